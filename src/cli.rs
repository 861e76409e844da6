//! Command-line arguments, validated once into [`Settings`].

mod sources;

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use newsdiff::export::ExportFormat;
use newsdiff::report::Format;
use newsdiff::report::json::JsonOptions;

pub use sources::SourceSettings;
use sources::Sources;

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

const EXIT_CODES: &str = "Inputs: text and Markdown files, folders, saved .html pages, http(s) URLs, RSS/Atom/JSON feeds (files or URLs) and newsboat's cache.db, mixed freely. Fetched pages are kept in an offline cache ($NEWSDIFF_CACHE_DIR, else $XDG_CACHE_HOME/newsdiff, else ~/.cache/newsdiff).

Exit codes: 0 success, 1 output could not be written, 2 bad usage or input (missing path, nothing loaded, output file exists, no terminal for the reader).";

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

#[derive(Debug, Args)]
struct Destination {
    /// Write to FILE (atomically) instead of standard output ("-": standard output).
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
    /// JSON and JSONL: leave out each article's text.
    #[arg(long)]
    no_text: bool,
    /// JSON and JSONL: leave out the sentence alignment and copy groups.
    #[arg(long)]
    no_alignment: bool,
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
    /// JSON Lines: one story per line, written as each story is finished.
    Jsonl,
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
    /// What JSON and JSONL leave out.
    pub json: JsonOptions,
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
            // "-" is standard output, as for most tools, not a file named "-".
            file: self.output.filter(|p| p.as_os_str() != "-"),
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
                    FormatArg::Jsonl => Format::Jsonl,
                };
                let output = args.destination.settings();
                let to_terminal = output.file.is_none() && std::io::stdout().is_terminal();
                let color = match args.color {
                    ColorArg::Always => true,
                    ColorArg::Never => false,
                    ColorArg::Auto => to_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
                };
                Settings::Report(ReportSettings {
                    inputs: args.inputs.settings(),
                    format,
                    output,
                    color,
                    json: JsonOptions {
                        text: !args.no_text,
                        alignment: !args.no_alignment,
                    },
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
    use std::time::Duration;

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
        assert_eq!(src.max_file_size, 50 * 1024 * 1024);
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
    fn a_dash_is_standard_output() {
        let cli = Cli::try_parse_from(["newsdiff", "report", "-o", "-", "--max-file-size", "1K"]).unwrap();
        let Settings::Report(s) = cli.settings() else {
            panic!("not a report")
        };
        assert_eq!(s.output.file, None);
        assert_eq!(s.inputs.sources.max_file_size, 1024);
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
