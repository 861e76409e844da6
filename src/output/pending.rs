//! Temporary files being written, removed when a signal ends the process before they are renamed.
//!
//! A temporary file is deleted when its handle drops, but a signal ends the process without
//! running any drop: the registry lets a signal handler remove what is half-written.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Temporary files that exist (or are being created) and are not yet renamed into place.
struct Registry(Mutex<Vec<PathBuf>>);

impl Registry {
    const fn new() -> Registry {
        Registry(Mutex::new(Vec::new()))
    }

    fn register(&self, path: &Path) {
        if let Ok(mut pending) = self.0.lock() {
            pending.push(path.to_path_buf());
        }
    }

    fn unregister(&self, path: &Path) {
        if let Ok(mut pending) = self.0.lock() {
            pending.retain(|p| p != path);
        }
    }

    fn remove_all(&self) -> usize {
        let Ok(mut pending) = self.0.lock() else {
            return 0;
        };
        pending.drain(..).filter(|p| std::fs::remove_file(p).is_ok()).count()
    }
}

/// The process's temporary files.
static PENDING: Registry = Registry::new();

/// Note a temporary file before it is created.
pub(super) fn register(path: &Path) {
    PENDING.register(path);
}

/// Forget a temporary file once it is renamed into place or removed.
pub(super) fn unregister(path: &Path) {
    PENDING.unregister(path);
}

/// Remove every temporary file still being written. Returns how many were removed.
pub fn remove_pending() -> usize {
    PENDING.remove_all()
}

/// On SIGINT, SIGTERM or SIGHUP, remove the temporary files being written and exit with 128 plus
/// the signal's number (130 for Ctrl-C), as a shell does. For the commands that write files, not
/// the reader, which handles its own signals to restore the terminal.
#[cfg(unix)]
pub fn clean_up_on_signals() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            remove_pending();
            std::process::exit(128 + signal);
        }
    });
}

/// Signals end the process without a handler elsewhere.
#[cfg(not(unix))]
pub fn clean_up_on_signals() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pending_files_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let (a, b) = (dir.path().join(".a.tmp"), dir.path().join(".b.tmp"));
        std::fs::write(&a, "half").unwrap();
        std::fs::write(&b, "done").unwrap();
        // A registry of its own: the process's one holds other tests' files.
        let registry = Registry::new();
        registry.register(&a);
        registry.register(&b);
        registry.unregister(&b);
        assert_eq!(registry.remove_all(), 1);
        assert!(!a.exists());
        assert!(b.exists());
    }
}
