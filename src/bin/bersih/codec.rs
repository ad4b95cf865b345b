//! Compression by file name: corpora ship as `.jsonl.gz` or `.jsonl.zst`, and an output keeps its
//! input's compression.

use crate::progress::{Counting, Progress};
use flate2::read::MultiGzDecoder;
use flate2::write::GzEncoder;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    /// The compression a file's name announces (`.gz`, `.zst`).
    pub fn of(path: &Path) -> Compression {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("gz") => Compression::Gzip,
            Some("zst") => Compression::Zstd,
            _ => Compression::None,
        }
    }

    /// A reader of the decompressed bytes. Gzip streams may hold several members (`cat a.gz b.gz`
    /// is a valid shard), so all of them are read.
    pub fn reader<'a, R: Read + Send + 'a>(self, raw: R) -> io::Result<Box<dyn Read + Send + 'a>> {
        Ok(match self {
            Compression::None => Box::new(raw),
            Compression::Gzip => Box::new(MultiGzDecoder::new(raw)),
            Compression::Zstd => Box::new(zstd::Decoder::new(raw)?),
        })
    }

    /// A writer that compresses into `file`; call [`Encoder::finish`] to complete the stream.
    pub fn writer(self, file: File) -> io::Result<Encoder> {
        let file = BufWriter::with_capacity(1 << 16, file);
        Ok(match self {
            Compression::None => Encoder::Plain(file),
            Compression::Gzip => Encoder::Gzip(GzEncoder::new(file, flate2::Compression::default())),
            // Level 3 is zstd's default: far faster than gzip at a better ratio.
            Compression::Zstd => Encoder::Zstd(zstd::Encoder::new(file, 3)?),
        })
    }
}

/// Opens `path` for reading through its compression, counting the bytes as stored into
/// `progress`.
pub fn open(path: &Path, progress: Progress) -> io::Result<Box<dyn Read + Send>> {
    let file = BufReader::with_capacity(1 << 16, Counting::new(File::open(path)?, progress));
    Compression::of(path).reader(file)
}

/// A compressing writer whose stream end is written explicitly, so a failure to write it is seen
/// (a drop would swallow it).
pub enum Encoder {
    Plain(BufWriter<File>),
    Gzip(GzEncoder<BufWriter<File>>),
    Zstd(zstd::Encoder<'static, BufWriter<File>>),
}

impl Encoder {
    /// Writes the end of the compressed stream and flushes everything to the file.
    pub fn finish(self) -> io::Result<File> {
        let buffered = match self {
            Encoder::Plain(w) => w,
            Encoder::Gzip(w) => w.finish()?,
            Encoder::Zstd(w) => w.finish()?,
        };
        buffered.into_inner().map_err(|e| e.into_error())
    }
}

impl Write for Encoder {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Encoder::Plain(w) => w.write(buf),
            Encoder::Gzip(w) => w.write(buf),
            Encoder::Zstd(w) => w.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            Encoder::Plain(w) => w.write_all(buf),
            Encoder::Gzip(w) => w.write_all(buf),
            Encoder::Zstd(w) => w.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Encoder::Plain(w) => w.flush(),
            Encoder::Gzip(w) => w.flush(),
            Encoder::Zstd(w) => w.flush(),
        }
    }
}
