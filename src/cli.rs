//! Command-line arguments, validated once into [`Settings`].

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

use newsdiff::export::ExportFormat;
use newsdiff::report::Format;

/// Compare how different news outlets cover the same story.
///
/// newsdiff groups articles into stories, finds the quotes outlets share (and where one changed the
/// words), compares the figures and dates they give, aligns passages and lists what only one outlet
/// reports. With no PATH it opens the interactive reader on the bundled demo corpus.
#[derive(Debug, Parser)]
#[command(name = "newsdiff", version, about, long_about, after_help = EXIT_CODES, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Article files, directories, saved pages, feeds, newsboat caches or http(s) URLs to open in
    /// the reader (none: the bundled demo).
    paths: Vec<PathBuf>,
    #[command(flatten)]
    sources: Sources,
}

const EXIT_CODES: &str = "Exit codes: 0 success, 1 output could not be written, 2 bad usage or input (missing path, no articles, output file exists, no terminal for the reader).";

#[derive(Debug, Subcommand)]
enum Command {
    /// Analyse articles and print a report of their stories, shared quotes and differences.
    Report(ReportArgs),
    /// Export the highlighted passages of every story (each finding with every outlet's passage).
    Export(ExportArgs),
}

#[derive(Debug, Args)]
struct Inputs {
    /// Article files, directories (searched recursively for .txt, .md, .html and feeds), feeds,
    /// newsboat caches or http(s) URLs. None: the bundled demo.
    paths: Vec<PathBuf>,
    /// Do not print warnings about skipped or damaged inputs.
    #[arg(short, long)]
    quiet: bool,
    #[command(flatten)]
    sources: Sources,
}

/// Where remote and feed inputs come from, and which items to keep.
#[derive(Debug, Args)]
struct Sources {
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

#[derive(Debug, Args)]
struct Destination {
    /// Write to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Allow --output to replace an existing file.
    #[arg(long, requires = "output")]
    force: bool,
}

#[derive(Debug, Args)]
struct ReportArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Text)]
    format: FormatArg,
    #[command(flatten)]
    destination: Destination,
    /// When to colour text output.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    color: ColorArg,
}

#[derive(Debug, Args)]
struct ExportArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Export format.
    #[arg(short, long, value_enum, default_value_t = ExportFormatArg::Markdown)]
    format: ExportFormatArg,
    #[command(flatten)]
    destination: Destination,
    /// Only the story with this id (see `newsdiff report`).
    #[arg(long, value_name = "ID")]
    story: Option<String>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum FormatArg {
    /// Human-readable text.
    Text,
    /// Markdown for notes.
    Markdown,
    /// Stable JSON (schema in the README).
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormatArg {
    /// Markdown notes.
    Markdown,
    /// JSON for scripts.
    Json,
    /// One self-contained HTML page.
    Html,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColorArg {
    /// Colour when writing to a terminal and NO_COLOR is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

/// What the user asked for, decided once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Settings {
    /// Open the interactive reader.
    Reader(InputSettings),
    /// Print or write a report.
    Report(ReportSettings),
    /// Print or write an export of the highlighted passages.
    Export(ExportSettings),
}

/// Where articles come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputSettings {
    /// Input paths and URLs; empty (without `newsboat`) means the bundled demo.
    pub paths: Vec<PathBuf>,
    /// Whether warnings are suppressed.
    pub quiet: bool,
    /// Network, cache and feed settings.
    pub sources: SourceSettings,
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
    /// Cache directory given with `--cache-dir`.
    pub cache_dir: Option<PathBuf>,
}

impl Sources {
    fn settings(self) -> SourceSettings {
        SourceSettings {
            offline: self.offline,
            refresh: self.refresh,
            newsboat: self.newsboat,
            since: self.since,
            unread: self.unread,
            timeout: self.timeout,
            connect_timeout: self.connect_timeout,
            max_size: self.max_size,
            cache_dir: self.cache_dir,
        }
    }
}

/// Where results go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputSettings {
    /// Target file, or standard output.
    pub file: Option<PathBuf>,
    /// Whether an existing output file may be replaced.
    pub force: bool,
}

/// Settings of `newsdiff report`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportSettings {
    /// Inputs.
    pub inputs: InputSettings,
    /// Output format.
    pub format: Format,
    /// Destination.
    pub output: OutputSettings,
    /// Whether text output gets ANSI colour.
    pub color: bool,
}

/// Settings of `newsdiff export`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportSettings {
    /// Inputs.
    pub inputs: InputSettings,
    /// Export format.
    pub format: ExportFormat,
    /// Destination.
    pub output: OutputSettings,
    /// Only this story.
    pub story: Option<String>,
}

impl Inputs {
    fn settings(self) -> InputSettings {
        InputSettings {
            paths: self.paths,
            quiet: self.quiet,
            sources: self.sources.settings(),
        }
    }
}

impl Destination {
    fn settings(self) -> OutputSettings {
        OutputSettings {
            file: self.output,
            force: self.force,
        }
    }
}

impl Cli {
    /// Turn parsed arguments into settings.
    pub fn settings(self) -> Settings {
        match self.command {
            None => Settings::Reader(InputSettings {
                paths: self.paths,
                quiet: false,
                sources: self.sources.settings(),
            }),
            Some(Command::Report(args)) => {
                let format = match args.format {
                    FormatArg::Text => Format::Text,
                    FormatArg::Markdown => Format::Markdown,
                    FormatArg::Json => Format::Json,
                };
                let to_terminal = args.destination.output.is_none() && std::io::stdout().is_terminal();
                let color = match args.color {
                    ColorArg::Always => true,
                    ColorArg::Never => false,
                    ColorArg::Auto => to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
                };
                Settings::Report(ReportSettings {
                    inputs: args.inputs.settings(),
                    format,
                    output: args.destination.settings(),
                    color,
                })
            }
            Some(Command::Export(args)) => Settings::Export(ExportSettings {
                inputs: args.inputs.settings(),
                format: match args.format {
                    ExportFormatArg::Markdown => ExportFormat::Markdown,
                    ExportFormatArg::Json => ExportFormat::Json,
                    ExportFormatArg::Html => ExportFormat::Html,
                },
                output: args.destination.settings(),
                story: args.story,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_settings() {
        let cli =
            Cli::try_parse_from(["newsdiff", "report", "a", "b", "-f", "json", "-o", "x.json", "--force"]).unwrap();
        let Settings::Report(s) = cli.settings() else {
            panic!("not a report")
        };
        assert_eq!(s.inputs.paths, vec![PathBuf::from("a"), PathBuf::from("b")]);
        assert_eq!(s.format, Format::Json);
        assert_eq!(s.output.file, Some(PathBuf::from("x.json")));
        assert!(s.output.force);
        assert!(!s.color);
    }

    #[test]
    fn bare_paths_open_the_reader() {
        let Settings::Reader(s) = Cli::try_parse_from(["newsdiff", "dir"]).unwrap().settings() else {
            panic!("not the reader")
        };
        assert_eq!(s.paths, vec![PathBuf::from("dir")]);
        assert!(matches!(
            Cli::try_parse_from(["newsdiff"]).unwrap().settings(),
            Settings::Reader(_)
        ));
    }

    #[test]
    fn export_settings() {
        let cli = Cli::try_parse_from(["newsdiff", "export", "--format", "html", "--story", "s1"]).unwrap();
        let Settings::Export(s) = cli.settings() else {
            panic!("not an export")
        };
        assert_eq!(s.format, ExportFormat::Html);
        assert_eq!(s.story.as_deref(), Some("s1"));
    }

    #[test]
    fn source_flags() {
        let cli = Cli::try_parse_from([
            "newsdiff",
            "report",
            "--since",
            "2d",
            "--unread",
            "--timeout",
            "500ms",
            "--max-size",
            "64K",
            "--offline",
        ])
        .unwrap();
        let Settings::Report(s) = cli.settings() else {
            panic!("not a report")
        };
        let src = s.inputs.sources;
        assert_eq!(src.since, Some(Duration::from_secs(2 * 86_400)));
        assert_eq!(src.timeout, Duration::from_millis(500));
        assert_eq!(src.connect_timeout, Duration::from_secs(10));
        assert_eq!(src.max_size, 64 * 1024);
        assert!(src.unread && src.offline && !src.refresh);
        let Settings::Reader(r) = Cli::try_parse_from(["newsdiff", "--newsboat", "--since", "1w"])
            .unwrap()
            .settings()
        else {
            panic!("not the reader")
        };
        assert!(r.sources.newsboat);
        for bad in [
            &["newsdiff", "report", "--since", "2"][..],
            &["newsdiff", "report", "--since", "x"],
            &["newsdiff", "report", "--timeout", "0"],
            &["newsdiff", "report", "--max-size", "3G"],
            &["newsdiff", "report", "--offline", "--refresh"],
        ] {
            assert!(Cli::try_parse_from(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn force_needs_output() {
        assert!(Cli::try_parse_from(["newsdiff", "report", "--force"]).is_err());
    }

    #[test]
    fn clap_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
