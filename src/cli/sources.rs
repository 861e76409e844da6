//! Flags for remote, feed and cache inputs, and the parsers of their durations and sizes.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

/// Where remote and feed inputs come from, and which items to keep.
#[derive(Debug, Args)]
pub struct Sources {
    /// Read URLs only from the offline cache; a URL not cached is a warning.
    #[arg(long, conflicts_with = "refresh")]
    offline: bool,
    /// Fetch every URL again instead of re-validating the cached copy.
    #[arg(long)]
    refresh: bool,
    /// Also read newsboat's cache (~/.newsboat/cache.db, else $XDG_DATA_HOME/newsboat/cache.db).
    #[arg(long)]
    newsboat: bool,
    /// Only feed and newsboat items published within DURATION of now (30m, 12h, 2d, 1w).
    #[arg(long, value_name = "DURATION", value_parser = parse_since)]
    since: Option<Duration>,
    /// Only newsboat items not yet read.
    #[arg(long)]
    unread: bool,
    /// Time allowed for each URL, redirects and body included (seconds, or 500ms, 2m).
    #[arg(long, value_name = "TIME", default_value = "30", value_parser = parse_timeout)]
    timeout: Duration,
    /// Time allowed to connect to a server.
    #[arg(long, value_name = "TIME", default_value = "10", value_parser = parse_timeout)]
    connect_timeout: Duration,
    /// Largest page or feed accepted, after decompression (bytes, or 512K, 10M).
    #[arg(long, value_name = "SIZE", default_value = "10M", value_parser = parse_size)]
    max_size: u64,
    /// Largest local file read, and largest feed or newsboat item (bytes, or 512K, 200M); larger
    /// ones are skipped with a warning.
    #[arg(long, value_name = "SIZE", default_value = "50M", value_parser = parse_size)]
    max_file_size: u64,
    /// Directory of the offline cache [default: $NEWSDIFF_CACHE_DIR, else $XDG_CACHE_HOME/newsdiff,
    /// else ~/.cache/newsdiff].
    #[arg(long, value_name = "DIR")]
    cache_dir: Option<PathBuf>,
}

/// A count with a unit, split: "12h" → (12, "h").
fn number_and_unit(s: &str) -> Result<(u64, &str), String> {
    let s = s.trim();
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (num, unit) = (s.get(..digits).unwrap_or(""), s.get(digits..).unwrap_or(""));
    let n = num
        .parse::<u64>()
        .map_err(|_| format!("{s:?} does not start with a number"))?;
    Ok((n, unit.trim()))
}

/// `--since`: a number and a unit (s, m, h, d, w).
fn parse_since(s: &str) -> Result<Duration, String> {
    let (n, unit) = number_and_unit(s)?;
    let secs = match unit {
        "s" => 1,
        "m" | "min" => 60,
        "h" => 3600,
        "d" => 86_400,
        "w" => 7 * 86_400,
        _ => return Err(format!("{s:?}: give a number and a unit: s, m, h, d or w (e.g. 2d)")),
    };
    n.checked_mul(secs)
        .map(Duration::from_secs)
        .ok_or_else(|| format!("{s:?} is too long"))
}

/// Timeouts: seconds, or a number with ms, s or m; never zero.
fn parse_timeout(s: &str) -> Result<Duration, String> {
    let (n, unit) = number_and_unit(s)?;
    let d = match unit {
        "ms" => Duration::from_millis(n),
        "" | "s" => Duration::from_secs(n),
        "m" => Duration::from_secs(n.saturating_mul(60)),
        _ => return Err(format!("{s:?}: give seconds, or a number with ms, s or m")),
    };
    if d.is_zero() {
        return Err("a timeout must be more than zero".into());
    }
    Ok(d)
}

/// Sizes: bytes, or a number with K or M (binary units); never zero.
fn parse_size(s: &str) -> Result<u64, String> {
    let (n, unit) = number_and_unit(s)?;
    let factor = match unit.to_ascii_uppercase().as_str() {
        "" | "B" => 1,
        "K" | "KB" | "KIB" => 1024,
        "M" | "MB" | "MIB" => 1024 * 1024,
        _ => return Err(format!("{s:?}: give bytes, or a number with K or M")),
    };
    match n.checked_mul(factor) {
        Some(0) => Err("the size limit must be more than zero".into()),
        Some(v) => Ok(v),
        None => Err(format!("{s:?} is too large")),
    }
}

/// How remote and feed inputs are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceSettings {
    /// Read URLs from the cache only.
    pub offline: bool,
    /// Fetch again without re-validating.
    pub refresh: bool,
    /// Add newsboat's default cache to the inputs.
    pub newsboat: bool,
    /// Keep feed items newer than this.
    pub since: Option<Duration>,
    /// Keep only unread newsboat items.
    pub unread: bool,
    /// Per-URL time limit.
    pub timeout: Duration,
    /// Connect time limit.
    pub connect_timeout: Duration,
    /// Body size limit in bytes.
    pub max_size: u64,
    /// Local file size limit in bytes.
    pub max_file_size: u64,
    /// Cache directory given with `--cache-dir`.
    pub cache_dir: Option<PathBuf>,
}

impl Sources {
    /// The validated settings.
    pub fn settings(self) -> SourceSettings {
        SourceSettings {
            offline: self.offline,
            refresh: self.refresh,
            newsboat: self.newsboat,
            since: self.since,
            unread: self.unread,
            timeout: self.timeout,
            connect_timeout: self.connect_timeout,
            max_size: self.max_size,
            max_file_size: self.max_file_size,
            cache_dir: self.cache_dir,
        }
    }
}
