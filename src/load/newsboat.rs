//! newsboat's `cache.db`: its items as documents, read-only so newsboat can keep running.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::feed::{Item, ItemFilter};
use super::html::{domain_of, fragment_text};
use super::kinds::url_stem;
use super::{Document, Metadata};

/// The first bytes of every SQLite database file.
pub const SQLITE_MAGIC: &[u8] = b"SQLite format 3\0";

/// newsboat's cache: `~/.newsboat/cache.db` if it exists, else `$XDG_DATA_HOME/newsboat/cache.db`
/// (`~/.local/share/newsboat/cache.db`), as newsboat itself looks.
pub fn default_path() -> Option<PathBuf> {
    let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    let home = env("HOME");
    let dotdir = home.as_ref().map(|h| h.join(".newsboat").join("cache.db"));
    if let Some(p) = dotdir.as_ref().filter(|p| p.exists()) {
        return Some(p.clone());
    }
    let data = env("XDG_DATA_HOME")
        .filter(|p| p.is_absolute())
        .or_else(|| home.map(|h| h.join(".local").join("share")));
    data.map(|d| d.join("newsboat").join("cache.db")).or(dotdir)
}

/// Which items to read.
#[derive(Debug, Clone, Copy, Default)]
pub struct NewsboatFilter {
    /// Dates and such.
    pub items: ItemFilter,
    /// Only items not yet read in newsboat.
    pub unread_only: bool,
}

/// The items of the newsboat cache at `path`, oldest first; deleted items are skipped.
pub fn load(path: &Path, filter: NewsboatFilter) -> Result<Vec<Item>, String> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| format!("cannot open database: {e}"))?;
    // newsboat may be writing; wait for it rather than fail.
    let _ = conn.busy_timeout(std::time::Duration::from_secs(5));
    let tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('rss_feed', 'rss_item')",
            [],
            |r| r.get(0),
        )
        .map_err(|e| format!("cannot read database: {e}"))?;
    if tables != 2 {
        return Err("an SQLite database, but not a newsboat cache (no rss_feed and rss_item tables)".into());
    }
    let sql = format!(
        "SELECT i.title, i.author, i.url, i.feedurl, i.pubDate, i.content, f.title, f.url
         FROM rss_item i LEFT JOIN rss_feed f ON f.rssurl = i.feedurl
         WHERE i.deleted = 0 {} {}
         ORDER BY i.pubDate, i.id",
        if filter.unread_only { "AND i.unread = 1" } else { "" },
        if filter.items.not_before.is_some() {
            "AND i.pubDate >= ?1"
        } else {
            ""
        },
    );
    let mut stmt = conn
        .prepare(&sql)
        .map_err(|e| format!("cannot read newsboat items: {e}"))?;
    let row = |r: &rusqlite::Row<'_>| -> rusqlite::Result<Row> {
        Ok(Row {
            title: r.get(0)?,
            author: r.get(1)?,
            url: r.get(2)?,
            feedurl: r.get(3)?,
            pub_date: r.get(4)?,
            content: r.get(5)?,
            feed_title: r.get(6)?,
            feed_site: r.get(7)?,
        })
    };
    let rows: Vec<Row> = match filter.items.not_before {
        Some(cut) => stmt.query_map([cut], row),
        None => stmt.query_map([], row),
    }
    .and_then(|rows| rows.collect())
    .map_err(|e| format!("cannot read newsboat items: {e}"))?;
    let source = path.display().to_string();
    Ok(rows
        .into_iter()
        .enumerate()
        .map(|(n, r)| r.into_item(&source, n))
        .collect())
}

/// One `rss_item` row with its feed's title. Text columns may be NULL in odd caches.
struct Row {
    title: Option<String>,
    author: Option<String>,
    url: Option<String>,
    feedurl: Option<String>,
    pub_date: Option<i64>,
    content: Option<String>,
    feed_title: Option<String>,
    feed_site: Option<String>,
}

impl Row {
    fn into_item(self, source: &str, n: usize) -> Item {
        let nonempty = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let site = self
            .feed_site
            .as_deref()
            .and_then(domain_of)
            .or_else(|| self.feedurl.as_deref().and_then(domain_of));
        let url = nonempty(self.url).filter(|u| u.starts_with("http://") || u.starts_with("https://"));
        let body = self.content.as_deref().map(fragment_text).unwrap_or_default();
        let fetch_page = if body.trim().is_empty() { url.clone() } else { None };
        let published = self
            .pub_date
            .filter(|t| *t > 0)
            .and_then(|t| jiff::Timestamp::from_second(t).ok())
            .map(|t| t.to_string());
        Item {
            doc: Document {
                source: url.clone().unwrap_or_else(|| format!("{source}#{}", n + 1)),
                stem: url.as_deref().map_or_else(
                    || format!("{}-{}", site.clone().unwrap_or_else(|| "newsboat".into()), n + 1),
                    url_stem,
                ),
                body,
                meta: Metadata {
                    title: nonempty(self.title),
                    outlet: nonempty(self.feed_title).or(site),
                    url,
                    published,
                    author: nonempty(self.author),
                    ..Metadata::default()
                },
            },
            fetch_page,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_path_prefers_the_dot_directory() {
        // Only the shape is checked: the real home is never read in tests.
        let p = default_path();
        assert!(p.is_none_or(|p| p.ends_with("newsboat/cache.db") || p.ends_with(".newsboat/cache.db")));
    }

    #[test]
    fn other_databases_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        Connection::open(&path)
            .unwrap()
            .execute_batch("CREATE TABLE t (x INTEGER);")
            .unwrap();
        let err = load(&path, NewsboatFilter::default()).unwrap_err();
        assert!(err.contains("not a newsboat cache"));
    }
}
