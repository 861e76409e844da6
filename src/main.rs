//! The `newsdiff` binary: parse arguments, run, map the outcome to an exit code.

mod cli;

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Parser;

use cli::{Cli, ReportSettings, Settings};
use newsdiff::load::{LoadError, Loaded, Warning, load_demo, load_paths};
use newsdiff::output::{OutputError, write_atomic};
use newsdiff::report::render;
use newsdiff::sanitize::one_line;

/// Exit code for bad usage or input, as clap uses for usage errors.
const EXIT_INPUT: u8 = 2;

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(err) => {
            let code = if err.downcast_ref::<LoadError>().is_some()
                || matches!(err.downcast_ref::<OutputError>(), Some(OutputError::Exists(_)))
            {
                EXIT_INPUT
            } else {
                1
            };
            eprintln!("newsdiff: error: {}", one_line(&format!("{err:#}")));
            ExitCode::from(code)
        }
    }
}

fn run() -> Result<ExitCode> {
    let settings = Cli::parse().settings();
    match settings {
        Settings::Report(report) => run_report(&report),
    }
}

fn print_warnings(warnings: &[Warning], quiet: bool) {
    if quiet {
        return;
    }
    for warning in warnings {
        // File names and messages can carry control characters; never echo them raw.
        eprintln!("newsdiff: warning: {}", one_line(&warning.to_string()));
    }
}

fn run_report(settings: &ReportSettings) -> Result<ExitCode> {
    let loaded: Loaded = if settings.paths.is_empty() {
        load_demo()
    } else {
        match load_paths(&settings.paths) {
            Ok(loaded) => loaded,
            Err(LoadError::NoArticles(inputs, warnings)) => {
                print_warnings(&warnings, settings.quiet);
                return Err(LoadError::NoArticles(inputs, Vec::new()).into());
            }
            Err(e) => return Err(e.into()),
        }
    };
    print_warnings(&loaded.warnings, settings.quiet);
    let analysis = newsdiff::analyze(loaded.documents, &loaded.story_titles);
    let text = render(&analysis, settings.format, settings.color);
    match &settings.output {
        Some(path) => write_atomic(path, text.as_bytes(), settings.force)?,
        None => {
            let mut stdout = io::stdout().lock();
            if let Err(e) = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
                // A reader that stopped early (`| head`) is not a failure.
                if e.kind() != io::ErrorKind::BrokenPipe {
                    return Err(e).context("cannot write to standard output");
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
