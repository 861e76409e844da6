//! The offline cache: every fetched page or feed in one SQLite file, safe for two processes at once.
//!
//! A damaged file is renamed to `cache.sqlite.corrupt-<unix time>` beside it and a fresh one is
//! made; nothing outside the cache directory is ever written.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OptionalExtension, params};

use super::fetch::{Page, now_unix};

/// File name of the cache inside its directory.
pub const CACHE_FILE: &str = "cache.sqlite";

/// How long a writer waits for another newsdiff process holding the lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS pages (
    url           TEXT PRIMARY KEY,   -- the address as requested
    final_url     TEXT NOT NULL,      -- after redirects
    status        INTEGER NOT NULL,
    content_type  TEXT,
    fetched_at    INTEGER NOT NULL,   -- unix seconds of the last fetch or re-validation
    etag          TEXT,
    last_modified TEXT,
    body          BLOB NOT NULL
);";

/// An open cache.
#[derive(Debug)]
pub struct Cache {
    conn: Connection,
}

/// The cache directory: `NEWSDIFF_CACHE_DIR`, else `$XDG_CACHE_HOME/newsdiff`, else
/// `~/.cache/newsdiff`. `None` when no home is known.
pub fn default_dir() -> Option<PathBuf> {
    let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(dir) = env("NEWSDIFF_CACHE_DIR") {
        return Some(dir);
    }
    if let Some(xdg) = env("XDG_CACHE_HOME").filter(|p| p.is_absolute()) {
        return Some(xdg.join("newsdiff"));
    }
    env("HOME").map(|h| h.join(".cache").join("newsdiff"))
}

impl Cache {
    /// Open (or create) the cache in `dir`. A damaged file is set aside and rebuilt; the returned
    /// note says so.
    pub fn open(dir: &Path) -> Result<(Cache, Option<String>), String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create cache directory: {e}"))?;
        let path = dir.join(CACHE_FILE);
        match Cache::open_file(&path) {
            Ok(cache) => Ok((cache, None)),
            Err(e) if is_damage(&e) => {
                let aside = dir.join(format!("{CACHE_FILE}.corrupt-{}", now_unix()));
                std::fs::rename(&path, &aside).map_err(|r| format!("damaged cache ({e}) cannot be moved: {r}"))?;
                // The journal files belong to the damaged file; a new database must not replay them.
                for suffix in ["-wal", "-shm", "-journal"] {
                    let side = dir.join(format!("{CACHE_FILE}{suffix}"));
                    let _ = std::fs::remove_file(side);
                }
                let cache = Cache::open_file(&path).map_err(|e| format!("cannot rebuild the cache: {e}"))?;
                let note = format!("damaged cache ({e}) set aside as {} and rebuilt", aside.display());
                Ok((cache, Some(note)))
            }
            Err(e) => Err(format!("cannot open the cache: {e}")),
        }
    }

    fn open_file(path: &Path) -> rusqlite::Result<Cache> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        // WAL lets one process read while another writes; the pragma answers with the mode.
        conn.query_row("PRAGMA journal_mode=WAL", [], |_| Ok(()))?;
        conn.execute_batch(SCHEMA)?;
        let check: String = conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
        if check != "ok" {
            return Err(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                Some(check),
            ));
        }
        Ok(Cache { conn })
    }

    /// The stored copy of `url`, if any.
    pub fn get(&self, url: &str) -> Result<Option<Page>, String> {
        self.conn
            .query_row(
                "SELECT final_url, status, content_type, fetched_at, etag, last_modified, body FROM pages WHERE url = ?1",
                [url],
                |r| {
                    Ok(Page {
                        url: r.get(0)?,
                        status: r.get(1)?,
                        content_type: r.get(2)?,
                        fetched_at: r.get(3)?,
                        etag: r.get(4)?,
                        last_modified: r.get(5)?,
                        body: r.get(6)?,
                    })
                },
            )
            .optional()
            .map_err(|e| format!("cache read failed: {e}"))
    }

    /// Store `page` as the copy of the requested `url`.
    pub fn put(&self, url: &str, page: &Page) -> Result<(), String> {
        self.conn
            .execute(
                "INSERT OR REPLACE INTO pages (url, final_url, status, content_type, fetched_at, etag, last_modified, body)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    url,
                    page.url,
                    page.status,
                    page.content_type,
                    page.fetched_at,
                    page.etag,
                    page.last_modified,
                    page.body
                ],
            )
            .map(|_| ())
            .map_err(|e| format!("cache write failed: {e}"))
    }

    /// Record that the copy of `url` was re-validated now.
    pub fn touch(&self, url: &str) -> Result<(), String> {
        self.conn
            .execute(
                "UPDATE pages SET fetched_at = ?2 WHERE url = ?1",
                params![url, now_unix()],
            )
            .map(|_| ())
            .map_err(|e| format!("cache write failed: {e}"))
    }
}

/// Whether an error means the file is not a usable database (rather than, say, a permission problem).
fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &[u8]) -> Page {
        Page {
            url: "https://example.org/final".into(),
            status: 200,
            content_type: Some("text/html".into()),
            fetched_at: 5,
            etag: Some("\"e1\"".into()),
            last_modified: None,
            body: body.to_vec(),
        }
    }

    #[test]
    fn round_trip_and_touch() {
        let dir = tempfile::tempdir().unwrap();
        let (cache, note) = Cache::open(dir.path()).unwrap();
        assert!(note.is_none());
        assert_eq!(cache.get("https://example.org/a").unwrap(), None);
        cache.put("https://example.org/a", &page(b"<p>x</p>")).unwrap();
        assert_eq!(cache.get("https://example.org/a").unwrap(), Some(page(b"<p>x</p>")));
        cache.touch("https://example.org/a").unwrap();
        assert!(cache.get("https://example.org/a").unwrap().unwrap().fetched_at > 5);
        // A second connection (another process) sees the same rows.
        let (other, _) = Cache::open(dir.path()).unwrap();
        assert!(other.get("https://example.org/a").unwrap().is_some());
    }

    #[test]
    fn damaged_file_is_set_aside_and_rebuilt() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(CACHE_FILE), vec![0x5a; 8192]).unwrap();
        let (cache, note) = Cache::open(dir.path()).unwrap();
        assert!(note.unwrap().contains("set aside"));
        assert_eq!(cache.get("x").unwrap(), None);
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names.iter().any(|n| n.starts_with("cache.sqlite.corrupt-")),
            "{names:?}"
        );
    }
}
