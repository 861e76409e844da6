//! Writing result files atomically, never replacing an existing file unless forced, and never
//! replacing anything but a regular file.

mod pending;

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::filekind::irregular;

pub use pending::{clean_up_on_signals, remove_pending};

/// Why a result file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The target exists and overwriting was not allowed.
    #[error("{0} already exists (use --force to overwrite it)")]
    Exists(PathBuf),
    /// The target is a directory: a file name is needed.
    #[error("{0} is a directory: give the name of a file to write")]
    IsDirectory(PathBuf),
    /// The target is a link, FIFO, device or socket: `--force` replaces only regular files.
    #[error("{} is {what}; --force replaces only regular files", .path.display())]
    NotRegular {
        /// The target.
        path: PathBuf,
        /// What it is ("a symbolic link", "a FIFO", …).
        what: &'static str,
    },
    /// The write itself failed; nothing was left half-written at the target.
    // The cause is part of the message and deliberately not a `source()`: anyhow's `{:#}` would
    // print it a second time.
    #[error("cannot write {}: {reason}", .path.display())]
    Io {
        /// The target.
        path: PathBuf,
        /// The underlying error, without the temporary file's name.
        reason: io::Error,
    },
}

impl OutputError {
    /// Whether the error is the user's to fix (a usage problem), not a failed write.
    pub fn is_usage(&self) -> bool {
        !matches!(self, OutputError::Io { .. })
    }
}

/// Whether anything (even a dangling link) occupies `path`.
pub fn occupied(path: &Path) -> bool {
    path.symlink_metadata().is_ok()
}

/// The error without the path tempfile adds to it, which would name the temporary file.
fn plain(e: io::Error) -> io::Error {
    match e.raw_os_error() {
        Some(code) => io::Error::from_raw_os_error(code),
        None => io::Error::from(e.kind()),
    }
}

/// Write `contents` to `path` through a temporary file in the same directory, renamed into place,
/// so readers see either nothing or the whole file. Without `force`, an existing file is an error
/// (checked again at the rename, so a file created meanwhile is not clobbered either).
///
/// A new file gets the mode a new file gets under the umask (0644 under umask 022); a file replaced
/// with `force` keeps its mode. `force` replaces only a regular file: a symbolic link is refused,
/// not written through, since a link planted in a shared folder would otherwise redirect the output
/// over a file elsewhere; FIFOs, devices and sockets are refused as they hold no report.
pub fn write_atomic(path: &Path, contents: &[u8], force: bool) -> Result<(), OutputError> {
    let mut file = AtomicFile::create(path, force)?;
    file.write(contents)?;
    file.commit()
}

/// A result file written piece by piece, with [`write_atomic`]'s guarantees: the pieces go to a
/// temporary file beside the target, renamed into place by [`AtomicFile::commit`]. Dropped without
/// a commit (an error, a reader that went away), the temporary file is removed and the target
/// left as it was. For reports too big to hold in memory before writing.
pub struct AtomicFile {
    path: PathBuf,
    tmp: Option<tempfile::NamedTempFile>,
    force: bool,
}

impl AtomicFile {
    /// Check that `path` may be written (see [`write_atomic`]) and open the temporary file.
    pub fn create(path: &Path, force: bool) -> Result<AtomicFile, OutputError> {
        let mut keep_mode = None;
        if let Ok(meta) = path.symlink_metadata() {
            if meta.is_dir() || path.is_dir() {
                return Err(OutputError::IsDirectory(path.to_path_buf()));
            }
            if !force {
                return Err(OutputError::Exists(path.to_path_buf()));
            }
            if let Some(what) = irregular(&meta) {
                return Err(OutputError::NotRegular {
                    path: path.to_path_buf(),
                    what,
                });
            }
            keep_mode = Some(meta.permissions());
        }
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let mut file = AtomicFile {
            path: path.to_path_buf(),
            tmp: None,
            force,
        };
        let tmp = tempfile::Builder::new()
            .prefix(".newsdiff-")
            .suffix(".tmp")
            .make_in(dir, |tmp_path| {
                // Registered before it exists, so a signal at any moment finds it to remove.
                pending::register(tmp_path);
                let created = create_new(tmp_path);
                if created.is_err() {
                    pending::unregister(tmp_path);
                }
                created
            })
            .map_err(|e| file.io_error(e))?;
        if let Some(mode) = keep_mode {
            tmp.as_file().set_permissions(mode).map_err(|e| file.io_error(e))?;
        }
        file.tmp = Some(tmp);
        Ok(file)
    }

    /// Append `bytes`.
    pub fn write(&mut self, bytes: &[u8]) -> Result<(), OutputError> {
        let written = match self.tmp.as_mut() {
            Some(tmp) => tmp.write_all(bytes),
            None => Ok(()),
        };
        written.map_err(|e| self.io_error(e))
    }

    /// Sync the temporary file and move it into place. Without `force`, a file that appeared at
    /// the target meanwhile is not replaced.
    pub fn commit(mut self) -> Result<(), OutputError> {
        let Some(tmp) = self.tmp.take() else {
            return Ok(());
        };
        let tmp_path = tmp.path().to_path_buf();
        let result = (|| {
            tmp.as_file().sync_all()?;
            if self.force {
                tmp.persist(&self.path).map_err(|e| e.error)?;
            } else {
                tmp.persist_noclobber(&self.path).map_err(|e| e.error)?;
            }
            Ok(())
        })();
        pending::unregister(&tmp_path);
        result.map_err(|e: io::Error| match e.kind() {
            io::ErrorKind::AlreadyExists => OutputError::Exists(self.path.clone()),
            _ => self.io_error(e),
        })
    }

    fn io_error(&self, e: io::Error) -> OutputError {
        OutputError::Io {
            path: self.path.clone(),
            reason: plain(e),
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        // Not committed: the temporary file removes itself; the signal handler need not.
        if let Some(tmp) = self.tmp.take() {
            let tmp_path = tmp.path().to_path_buf();
            drop(tmp);
            pending::unregister(&tmp_path);
        }
    }
}

/// Create a new file with the mode a new file gets under the umask.
fn create_new(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o666);
    }
    options.open(path)
}

/// `dir/stem.ext`, or the first of `dir/stem-2.ext`, `dir/stem-3.ext`, … that is free (a dangling
/// link counts as taken: it cannot be written without replacing it).
pub fn numbered_path(dir: &Path, stem: &str, ext: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.{ext}"));
    if !occupied(&first) {
        return first;
    }
    (2..)
        .map(|n| dir.join(format!("{stem}-{n}.{ext}")))
        .find(|p| !occupied(p))
        .unwrap_or(first)
}

#[cfg(test)]
mod tests;
