//! Thread pools for `clean_batch(threads=n)`, built once per size: building a pool spawns its
//! threads, which would cost more than cleaning a small batch.

use rayon::{ThreadPool, ThreadPoolBuilder};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// The pool with `threads` threads.
pub fn with_threads(threads: usize) -> Arc<ThreadPool> {
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<ThreadPool>>>> = OnceLock::new();
    let mut pools = POOLS.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    pools
        .entry(threads)
        .or_insert_with(|| {
            Arc::new(ThreadPoolBuilder::new().num_threads(threads).build().expect("spawning threads for a pool"))
        })
        .clone()
}
