//! Cleans a stream of documents on all cores and hands the results on in input order.
//!
//! Three steps overlap: a reader thread cuts the input into batches, the thread pool cleans them,
//! and a writer thread writes each batch's results. Two batches are cleaned at once, so the
//! threads that finish a batch's last documents early start on the next instead of waiting for
//! the slowest. The channels between the steps are bounded, so at most a handful of batches are
//! alive at once: memory is bounded by the batch size (plus the largest document), never by the
//! input's size. Order is kept because a batch is mapped in place and batches reach the writer
//! through a FIFO channel in input order, so the output is the same bytes whatever the number of
//! threads.

use rayon::prelude::*;
use rayon::ThreadPool;
use std::sync::mpsc::{sync_channel, Receiver};
use std::thread;

/// When the reader closes a batch: at this many bytes or items, whichever comes first. Large
/// enough that every thread has many documents to take from, small enough to bound memory.
#[derive(Debug, Clone, Copy)]
pub struct Batching {
    pub max_bytes: usize,
    pub max_items: usize,
}

impl Batching {
    pub fn for_threads(threads: usize) -> Batching {
        Batching { max_bytes: (1 << 20) * threads.max(1), max_items: 256 * threads.max(1) }
    }
}

/// Runs `work` over every item of `source` on `pool` and gives the results to `sink` in the
/// order of `source`. Stops at the first error of `source` or `sink`, after handing `sink` every
/// result that precedes a source error; the sink's error wins when both fail.
pub fn run<T, R, E>(
    pool: &ThreadPool,
    source: impl Iterator<Item = Result<T, E>> + Send,
    weight: impl Fn(&T) -> usize + Send,
    batching: Batching,
    work: impl Fn(T) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E> + Send,
) -> Result<(), E>
where
    T: Send,
    R: Send,
    E: Send,
{
    thread::scope(|scope| {
        let (batch_tx, batch_rx) = sync_channel::<Vec<T>>(1);
        // The results of each batch, in input order: the writer waits for each in turn. One batch
        // waits here while the next is cleaned, so two are in the pool at once.
        let (done_tx, done_rx) = sync_channel::<Receiver<Vec<R>>>(1);
        let reader = scope.spawn(move || -> Result<(), E> {
            let mut batch = Vec::new();
            let mut bytes = 0;
            for item in source {
                let item = item?;
                bytes += weight(&item);
                batch.push(item);
                if bytes >= batching.max_bytes || batch.len() >= batching.max_items {
                    bytes = 0;
                    if batch_tx.send(std::mem::take(&mut batch)).is_err() {
                        // The writer stopped; its error is the one to report.
                        return Ok(());
                    }
                }
            }
            if !batch.is_empty() {
                let _ = batch_tx.send(batch);
            }
            Ok(())
        });
        let writer = scope.spawn(move || -> Result<(), E> {
            for results in done_rx {
                // A batch whose cleaning panicked has no results; the panic is resumed below.
                let Ok(results) = results.recv() else { break };
                for result in results {
                    sink(result)?;
                }
            }
            Ok(())
        });
        let work = &work;
        pool.in_place_scope(|batches| {
            for batch in batch_rx {
                let (results_tx, results_rx) = sync_channel::<Vec<R>>(1);
                if done_tx.send(results_rx).is_err() {
                    break;
                }
                batches.spawn(move |_| {
                    let results: Vec<R> = batch.into_par_iter().map(work).collect();
                    // The writer stopped (a sink error): nothing waits for these.
                    let _ = results_tx.send(results);
                });
            }
            drop(done_tx);
        });
        let written = writer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        let read = reader.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        written.and(read)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pool(threads: usize) -> ThreadPool {
        rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap()
    }

    #[test]
    fn results_come_in_input_order_whatever_the_threads() {
        let tiny = Batching { max_bytes: 7, max_items: 3 };
        for threads in [1, 2, 4] {
            let mut out = Vec::new();
            let source = (0..100u64).map(Ok::<_, String>);
            run(
                &pool(threads),
                source,
                |n| *n as usize,
                tiny,
                |n| n * n,
                |r| {
                    out.push(r);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(out, (0..100u64).map(|n| n * n).collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_source_error_stops_after_the_results_before_it() {
        let one_by_one = Batching { max_bytes: 1, max_items: 1 };
        let source = (0..10).map(|n| if n == 5 { Err("bad line".to_string()) } else { Ok(n) });
        let mut out = Vec::new();
        let result = run(
            &pool(2),
            source,
            |_| 1,
            one_by_one,
            |n| n,
            |r| {
                out.push(r);
                Ok(())
            },
        );
        assert_eq!(result, Err("bad line".to_string()));
        assert_eq!(out, vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn a_sink_error_stops_the_reader() {
        let one_by_one = Batching { max_bytes: 1, max_items: 1 };
        let mut seen = 0;
        let result = run(
            &pool(2),
            (0..).map(Ok::<u64, String>),
            |_| 1,
            one_by_one,
            |n| n,
            |n| {
                seen += 1;
                if n == 3 {
                    Err("closed pipe".to_string())
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(result, Err("closed pipe".to_string()));
        assert_eq!(seen, 4);
    }
}
