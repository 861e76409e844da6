//! Command-line arguments, validated once into [`Settings`].

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use newsdiff::report::Format;

/// Compare how different news outlets cover the same story.
///
/// newsdiff groups articles into stories, finds the quotes outlets share (and where one changed the
/// words), aligns passages and lists what only one outlet reports. With no PATH it uses the bundled
/// demo corpus.
#[derive(Debug, Parser)]
#[command(name = "newsdiff", version, about, long_about, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

const EXIT_CODES: &str = "Exit codes: 0 success, 1 output could not be written, 2 bad usage or input (missing path, no articles, output file exists).";

#[derive(Debug, Subcommand)]
enum Command {
    /// Analyse articles and print a report of their stories, shared quotes and differences.
    Report(ReportArgs),
}

#[derive(Debug, Args)]
struct ReportArgs {
    /// Article files or directories (searched recursively for .txt and .md). None: the bundled demo.
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Text)]
    format: FormatArg,
    /// Write the report to FILE (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Allow --output to replace an existing file.
    #[arg(long, requires = "output")]
    force: bool,
    /// When to colour text output.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    color: ColorArg,
    /// Do not print warnings about skipped or damaged inputs.
    #[arg(short, long)]
    quiet: bool,
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
    /// Print or write a report.
    Report(ReportSettings),
}

/// Settings of `newsdiff report`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportSettings {
    /// Input paths; empty means the bundled demo.
    pub paths: Vec<PathBuf>,
    /// Output format.
    pub format: Format,
    /// Target file, or standard output.
    pub output: Option<PathBuf>,
    /// Whether an existing output file may be replaced.
    pub force: bool,
    /// Whether text output gets ANSI colour.
    pub color: bool,
    /// Whether warnings are suppressed.
    pub quiet: bool,
}

impl Cli {
    /// Turn parsed arguments into settings.
    pub fn settings(self) -> Settings {
        let args = match self.command {
            Some(Command::Report(args)) => args,
            // Until the interactive reader exists, bare `newsdiff` shows the demo report.
            None => ReportArgs {
                paths: Vec::new(),
                format: FormatArg::Text,
                output: None,
                force: false,
                color: ColorArg::Auto,
                quiet: false,
            },
        };
        let format = match args.format {
            FormatArg::Text => Format::Text,
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Json => Format::Json,
        };
        let color = match args.color {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => {
                args.output.is_none()
                    && std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        Settings::Report(ReportSettings {
            paths: args.paths,
            format,
            output: args.output,
            force: args.force,
            color,
            quiet: args.quiet,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_settings() {
        let cli =
            Cli::try_parse_from(["newsdiff", "report", "a", "b", "-f", "json", "-o", "x.json", "--force"]).unwrap();
        let Settings::Report(s) = cli.settings();
        assert_eq!(s.paths, vec![PathBuf::from("a"), PathBuf::from("b")]);
        assert_eq!(s.format, Format::Json);
        assert_eq!(s.output, Some(PathBuf::from("x.json")));
        assert!(s.force);
        assert!(!s.color);
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
