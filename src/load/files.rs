//! Reading one local file safely: regular files (or links to them) only when walking a folder, a
//! size limit, and SQLite databases recognised by their first bytes without reading them whole.

use std::fs;
use std::io::{self, Read};
use std::path::Path;

use super::newsboat::SQLITE_MAGIC;
use crate::filekind::{human_size, irregular, is_stream};

/// Largest file read by default (`--max-file-size`): far above any article, far below memory.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 50 * 1024 * 1024;

/// What a file holds, as far as loading needs to know before sniffing.
#[derive(Debug)]
pub enum Contents {
    /// The whole file, within the size limit.
    Bytes(Vec<u8>),
    /// An SQLite database, opened by path (a newsboat cache can be far larger than an article).
    Database,
}

/// Why a file was not read, as a warning message.
pub fn read_error(e: &io::Error) -> String {
    if e.kind() == io::ErrorKind::InvalidFilename {
        return "skipped: the path is longer than the system allows".into();
    }
    format!("skipped: cannot read: {e}")
}

/// The "over the limit" warning; `size` when known (a stream's is not).
fn too_large(size: Option<u64>, limit: u64) -> String {
    let limit = human_size(limit);
    match size {
        Some(size) => format!(
            "skipped: {} is over the file size limit of {limit} (--max-file-size)",
            human_size(size)
        ),
        None => format!("skipped: more than {limit}, the file size limit (--max-file-size)"),
    }
}

/// Read `path`. A walked file must be a regular file or a link to one: a FIFO would block forever
/// and a link to `/dev/zero` never ends. A file named on the command line may also be a pipe or a
/// character device (`<(command)`), read up to the size limit. Errors are warning messages.
pub fn read_input(path: &Path, limit: u64, walked: bool) -> Result<Contents, String> {
    let meta = fs::metadata(path).map_err(|e| read_error(&e))?;
    if let Some(what) = irregular(&meta)
        && (walked || !is_stream(&meta))
    {
        return Err(format!("skipped: {what}, not a regular file"));
    }
    let mut file = fs::File::open(path).map_err(|e| read_error(&e))?;
    let mut head = [0u8; 16];
    let got = read_full(&mut file, &mut head).map_err(|e| read_error(&e))?;
    // A database is read by SQLite, page by page: the size limit is for what is read whole.
    if meta.is_file() && head.get(..got) == Some(SQLITE_MAGIC) {
        return Ok(Contents::Database);
    }
    if meta.is_file() && meta.len() > limit {
        return Err(too_large(Some(meta.len()), limit));
    }
    // Room for the whole file up front: `read_to_end` through `take` knows no size, and from an
    // empty buffer it reads 32 bytes, then 64, and so on, ten calls for an ordinary article.
    let expected = if meta.is_file() { meta.len().min(limit) } else { 0 };
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0).max(got));
    bytes.extend_from_slice(head.get(..got).unwrap_or_default());
    // One byte past the limit tells a stream over the limit from one exactly at it.
    let rest = limit.saturating_add(1).saturating_sub(got as u64);
    file.take(rest).read_to_end(&mut bytes).map_err(|e| read_error(&e))?;
    // The file may have grown since it was measured, or be a stream.
    if bytes.len() as u64 > limit {
        return Err(too_large(None, limit));
    }
    Ok(Contents::Bytes(bytes))
}

/// Fill `buf` as far as the reader allows; returns the bytes read.
fn read_full(reader: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match reader.read(buf.get_mut(got..).unwrap_or_default()) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_files_within_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        fs::write(&file, "twelve bytes").unwrap();
        assert!(matches!(read_input(&file, 12, true), Ok(Contents::Bytes(b)) if b == b"twelve bytes"));
        let err = read_input(&file, 11, true).unwrap_err();
        assert_eq!(
            err,
            "skipped: 12 bytes is over the file size limit of 11 bytes (--max-file-size)"
        );
        let db = dir.path().join("c.db");
        fs::write(&db, [SQLITE_MAGIC, &[0u8; 100][..]].concat()).unwrap();
        assert!(matches!(read_input(&db, 10, true), Ok(Contents::Database)));
    }

    #[cfg(unix)]
    #[test]
    fn devices_only_when_named() {
        let zero = Path::new("/dev/zero");
        assert_eq!(
            read_input(zero, 100, true).unwrap_err(),
            "skipped: a device, not a regular file"
        );
        let err = read_input(zero, 100, false).unwrap_err();
        assert_eq!(
            err,
            "skipped: more than 100 bytes, the file size limit (--max-file-size)"
        );
    }
}
