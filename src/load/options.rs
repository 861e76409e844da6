//! How inputs are loaded: network limits, the cache, offline use, and which feed items to keep.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use super::fetch::NetConfig;

/// Called after each fetch ends: (done, total, address).
pub type Progress = Arc<dyn Fn(usize, usize, &str) + Send + Sync>;

/// Called after each local file is read (whether or not it held an article): (files read,
/// articles found so far). Cheap enough to call for every file of a big folder.
pub type FileProgress = Arc<dyn Fn(usize, usize) + Send + Sync>;

/// Options for [`super::load_inputs`]. The default reads local files only: offline, no cache.
#[derive(Clone)]
pub struct LoadOptions {
    /// Read addresses from the cache only, never from the network.
    pub offline: bool,
    /// Fetch again even when the cached copy could be re-validated.
    pub refresh: bool,
    /// Keep only feed and cache items published within this long before now.
    pub since: Option<Duration>,
    /// Keep only newsboat items not yet read.
    pub unread: bool,
    /// Directory of the offline cache; `None` keeps no cache.
    pub cache_dir: Option<PathBuf>,
    /// Timeouts, size limit, redirects, parallel fetches.
    pub net: NetConfig,
    /// Largest local file (and feed or newsboat item) read, in bytes.
    pub max_file_size: u64,
    /// Told as fetches end.
    pub progress: Option<Progress>,
    /// Told as local files are read.
    pub file_progress: Option<FileProgress>,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            offline: true,
            refresh: false,
            since: None,
            unread: false,
            cache_dir: None,
            net: NetConfig::default(),
            max_file_size: super::DEFAULT_MAX_FILE_SIZE,
            progress: None,
            file_progress: None,
        }
    }
}

impl fmt::Debug for LoadOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoadOptions")
            .field("offline", &self.offline)
            .field("refresh", &self.refresh)
            .field("since", &self.since)
            .field("unread", &self.unread)
            .field("cache_dir", &self.cache_dir)
            .field("net", &self.net)
            .field("max_file_size", &self.max_file_size)
            .field("progress", &self.progress.is_some())
            .field("file_progress", &self.file_progress.is_some())
            .finish()
    }
}

impl LoadOptions {
    /// The Unix time before which feed items are dropped, if `since` is set.
    pub fn not_before(&self) -> Option<i64> {
        let since = i64::try_from(self.since?.as_secs()).unwrap_or(i64::MAX);
        Some(super::fetch::now_unix().saturating_sub(since))
    }
}
