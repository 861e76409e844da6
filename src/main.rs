//! The `newsdiff` binary: parse arguments, run, map the outcome to an exit code.

mod cli;

use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Parser;

use cli::{Cli, ReportSettings, Settings};
use newsdiff::load::{LoadError, Loaded, load_demo, load_paths};
use newsdiff::output::{OutputError, write_atomic};
use newsdiff::report::render;

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
            eprintln!("newsdiff: error: {err:#}");
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

fn run_report(settings: &ReportSettings) -> Result<ExitCode> {
    let loaded: Loaded = if settings.paths.is_empty() {
        load_demo()
    } else {
        load_paths(&settings.paths)?
    };
    if !settings.quiet {
        for warning in &loaded.warnings {
            eprintln!(
                "newsdiff: warning: {}",
                newsdiff::sanitize::one_line(&warning.to_string())
            );
        }
    }
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
