//! Writing result files atomically, never replacing an existing file unless forced.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Why a result file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The target exists and overwriting was not allowed.
    #[error("{0} already exists (use --force to overwrite it)")]
    Exists(PathBuf),
    /// The write itself failed; nothing was left half-written at the target.
    #[error("cannot write {path}: {source}")]
    Io {
        /// The target.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
}

/// Write `contents` to `path` through a temporary file in the same directory, renamed into place,
/// so readers see either nothing or the whole file. Without `force`, an existing file is an error
/// (checked again at the rename, so a file created meanwhile is not clobbered either).
pub fn write_atomic(path: &Path, contents: &[u8], force: bool) -> Result<(), OutputError> {
    if !force && path.exists() {
        return Err(OutputError::Exists(path.to_path_buf()));
    }
    let io_err = |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".newsdiff-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io_err)?;
    tmp.write_all(contents).map_err(io_err)?;
    tmp.as_file().sync_all().map_err(io_err)?;
    if force {
        tmp.persist(path).map_err(|e| io_err(e.error))?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == io::ErrorKind::AlreadyExists {
                OutputError::Exists(path.to_path_buf())
            } else {
                io_err(e.error)
            }
        })?;
    }
    Ok(())
}

/// `dir/stem.ext`, or the first of `dir/stem-2.ext`, `dir/stem-3.ext`, … that does not exist yet.
pub fn numbered_path(dir: &Path, stem: &str, ext: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.{ext}"));
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| dir.join(format!("{stem}-{n}.{ext}")))
        .find(|p| !p.exists())
        .unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_to_overwrite_unless_forced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        write_atomic(&path, b"one", false).unwrap();
        assert!(matches!(
            write_atomic(&path, b"two", false),
            Err(OutputError::Exists(_))
        ));
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        write_atomic(&path, b"three", true).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"three");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1);
    }

    #[test]
    fn numbered_paths_skip_existing_files() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(numbered_path(dir.path(), "x", "md"), dir.path().join("x.md"));
        std::fs::write(dir.path().join("x.md"), "").unwrap();
        std::fs::write(dir.path().join("x-2.md"), "").unwrap();
        assert_eq!(numbered_path(dir.path(), "x", "md"), dir.path().join("x-3.md"));
    }

    #[test]
    fn missing_directory_is_an_io_error() {
        let err = write_atomic(Path::new("/nonexistent-dir-for-test/x.json"), b"x", false).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("cannot write /nonexistent-dir-for-test/x.json")
        );
    }
}
