//! Command-line arguments, validated once into [`Settings`].

use std::io::IsTerminal;
use std::path::PathBuf;

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
    /// Article files or directories to open in the reader (none: the bundled demo).
    paths: Vec<PathBuf>,
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
    /// Article files or directories (searched recursively for .txt and .md). None: the bundled demo.
    paths: Vec<PathBuf>,
    /// Do not print warnings about skipped or damaged inputs.
    #[arg(short, long)]
    quiet: bool,
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
    /// Input paths; empty means the bundled demo.
    pub paths: Vec<PathBuf>,
    /// Whether warnings are suppressed.
    pub quiet: bool,
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
    fn force_needs_output() {
        assert!(Cli::try_parse_from(["newsdiff", "report", "--force"]).is_err());
    }

    #[test]
    fn clap_definition_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
