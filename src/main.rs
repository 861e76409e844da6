//! The `newsdiff` binary: parse arguments, run, map the outcome to an exit code.

mod cli;
mod streaming;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::Parser;

use cli::{Cli, InputSettings, OutputSettings, Settings};
use newsdiff::Analysis;
use newsdiff::export::render_export;
use newsdiff::load::{
    Input, LoadError, LoadOptions, Loaded, NetConfig, Warning, default_cache_dir, default_newsboat_path, load_demo,
    load_inputs,
};
use newsdiff::output::{OutputError, write_atomic};
use newsdiff::sanitize::one_line;

// mimalloc keeps peak memory and time down on large corpora (glibc's per-thread arenas fragment
// under rayon); see BENCHMARKS.md.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit code for bad usage or input, as clap uses for usage errors.
const EXIT_INPUT: u8 = 2;

/// A usage problem found after parsing (exit code 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct UsageError(String);

fn main() -> ExitCode {
    small_pages();
    match run() {
        Ok(code) => code,
        Err(err) => {
            let input = err.downcast_ref::<LoadError>().is_some()
                || err.downcast_ref::<UsageError>().is_some()
                || err.downcast_ref::<OutputError>().is_some_and(OutputError::is_usage);
            eprintln!("newsdiff: error: {}", one_line(&format!("{err:#}")));
            ExitCode::from(if input { EXIT_INPUT } else { 1 })
        }
    }
}

/// Transparent huge pages off for this process. mimalloc asks for them on its arenas (and kernels
/// set to `always` use them anyway), so a 2 MiB page stays resident while any object on it lives:
/// on 10,000 articles that was a fifth more peak memory, for no measurable speed (BENCHMARKS.md).
/// Pages touched from now on are small, including those of arenas mapped before `main`.
fn small_pages() {
    #[cfg(target_os = "linux")]
    {
        // Not fatal: an old kernel without the flag keeps the larger footprint.
        let _ = rustix::thread::disable_transparent_huge_pages(true);
    }
}

fn run() -> Result<ExitCode> {
    let settings = Cli::parse().settings();
    if !matches!(settings, Settings::Reader(_)) {
        // A signal while a result file is written must not leave its temporary file behind.
        newsdiff::output::clean_up_on_signals();
    }
    match settings {
        Settings::Reader(inputs) => {
            if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
                return Err(
                    UsageError("the reader needs a terminal; use `newsdiff report` for a text report".into()).into(),
                );
            }
            // Cheap mistakes are told before the terminal is taken; reading the inputs happens
            // behind the reader's progress screen, so its first frame comes at once.
            let paths = inputs_of(&inputs)?;
            for input in &paths {
                if let Input::Path(path) = input
                    && !path.exists()
                {
                    return Err(LoadError::Missing(path.clone()).into());
                }
            }
            let mut options = options_of(&inputs);
            // The reader shows its own progress: nothing may write over the screen.
            options.progress = None;
            let outcome = newsdiff::tui::run::run_opening(paths, options).context("terminal error")?;
            // The terminal is back: what loading had to say is printed as the other commands do.
            print_warnings(&outcome.warnings, inputs.quiet);
            if let Some(failure) = outcome.failure {
                return Err(load_failure(failure, inputs.quiet).into());
            }
        }
        Settings::Report(s) => streaming::stream_report(&s)?,
        Settings::Export(s) => {
            let analysis = analyze(&s.inputs)?;
            let stories: Vec<usize> = match &s.story {
                None => (0..analysis.stories.len()).collect(),
                Some(id) => match analysis.stories.iter().position(|st| &st.id == id) {
                    Some(i) => vec![i],
                    None => bail!(UsageError(format!("no story with id {id:?} (see `newsdiff report`)"))),
                },
            };
            emit(&render_export(&analysis, &stories, s.format), &s.output)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// More URLs than this get a progress line on a terminal.
const PROGRESS_AFTER: usize = 3;

/// The inputs named on the command line, with newsboat's cache when `--newsboat` asks for it.
fn inputs_of(settings: &InputSettings) -> Result<Vec<Input>> {
    let mut inputs: Vec<Input> = settings.paths.iter().map(|p| Input::from_arg(p)).collect();
    if settings.sources.newsboat {
        match default_newsboat_path() {
            Some(path) if path.exists() => inputs.push(Input::Path(path)),
            Some(path) => bail!(UsageError(format!(
                "--newsboat: no newsboat cache at {} (give its path instead)",
                path.display()
            ))),
            None => bail!(UsageError(
                "--newsboat: no home directory to find newsboat's cache in".into()
            )),
        }
    }
    Ok(inputs)
}

/// Loading options from the settings; progress goes to standard error when it is a terminal.
fn options_of(settings: &InputSettings) -> LoadOptions {
    let s = &settings.sources;
    let show_progress = !settings.quiet && io::stderr().is_terminal();
    LoadOptions {
        offline: s.offline,
        refresh: s.refresh,
        since: s.since,
        unread: s.unread,
        cache_dir: s.cache_dir.clone().or_else(default_cache_dir),
        net: NetConfig {
            connect_timeout: s.connect_timeout,
            timeout: s.timeout,
            body_limit: s.max_size,
            ..NetConfig::default()
        },
        max_file_size: s.max_file_size,
        progress: show_progress.then(|| {
            let progress: newsdiff::load::Progress = std::sync::Arc::new(|done: usize, total: usize, url: &str| {
                if total <= PROGRESS_AFTER {
                    return;
                }
                // One line rewritten in place; addresses can come from feeds, so they are sanitised.
                let mut err = io::stderr().lock();
                let shown: String = one_line(url).chars().take(70).collect();
                let _ = write!(err, "\r\x1b[2Knewsdiff: fetched {done}/{total} {shown}");
                if done == total {
                    let _ = writeln!(err);
                }
            });
            progress
        }),
        file_progress: None,
    }
}

/// Load the inputs (or the demo), print warnings, analyse.
fn analyze(settings: &InputSettings) -> Result<Analysis> {
    let loaded = load(settings)?;
    Ok(newsdiff::analyze(loaded.documents, &loaded.story_titles))
}

/// Load the inputs (or the demo) and print warnings.
fn load(settings: &InputSettings) -> Result<Loaded> {
    let inputs = inputs_of(settings)?;
    let loaded: Loaded = if inputs.is_empty() {
        load_demo()
    } else {
        load_inputs(&inputs, &options_of(settings)).map_err(|e| load_failure(e, settings.quiet))?
    };
    print_warnings(&loaded.warnings, settings.quiet);
    Ok(loaded)
}

/// A failed load's warnings printed (they say why each input gave nothing), its error returned.
fn load_failure(error: LoadError, quiet: bool) -> LoadError {
    match error {
        LoadError::NoArticles(names, warnings) => {
            print_warnings(&warnings, quiet);
            LoadError::NoArticles(names, Vec::new())
        }
        other => other,
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

/// Write `text` to the output file (atomically) or to standard output.
fn emit(text: &str, output: &OutputSettings) -> Result<()> {
    if let Some(path) = &output.file {
        write_atomic(path, text.as_bytes(), output.force)?;
        return Ok(());
    }
    let mut stdout = io::stdout().lock();
    if let Err(e) = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        // A reader that stopped early (`| head`) is not a failure.
        if e.kind() != io::ErrorKind::BrokenPipe {
            return Err(e).context("cannot write to standard output");
        }
    }
    Ok(())
}
