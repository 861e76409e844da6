//! Reports written story by story as the analysis hands them over, in every format: to
//! standard output as they come, or into the output file's temporary file, renamed into place at
//! the end. The report is never held whole, so memory does not grow with it.

use std::io::{self, Write};
use std::ops::ControlFlow;
use std::sync::atomic::Ordering;

use anyhow::{Context, Result};

use newsdiff::align::Depth;
use newsdiff::analysis::{Stages, analyze_each_releasing};
use newsdiff::output::{AtomicFile, OutputError};
use newsdiff::report::{Format, Streamed};

use crate::cli::{OutputSettings, ReportSettings};

/// Write a report story by story. A reader of standard output that stops
/// early (`| head`) ends the run successfully, and the stories not yet analysed are skipped.
pub fn stream_report(settings: &ReportSettings) -> Result<()> {
    let loaded = crate::load(&settings.inputs)?;
    let mut sink = Sink::open(&settings.output)?;
    let articles = loaded.documents.len();
    let stages = Stages::default();
    let mut report = Streamed::new(settings.format, settings.color, settings.json);
    let mut started = false;
    let mut failure: Option<WriteFailure> = None;
    // Text and Markdown print only which sentences one outlet alone reports, and JSON without
    // its alignment prints none of it: the counterparts themselves are worked out for JSON only.
    let depth = match settings.format {
        Format::Json | Format::Jsonl if settings.json.alignment => Depth::Counterparts,
        _ => Depth::Coverage,
    };
    analyze_each_releasing(
        loaded.documents,
        &loaded.story_titles,
        &stages,
        depth,
        |articles_so_far, story| {
            let mut written = Ok(());
            if !started {
                // Stories are handed over once every article is grouped: the count is known.
                written = sink.write(&report.header(stages.stories.load(Ordering::Acquire), articles));
            }
            let written = written.and_then(|()| sink.write(report.story(articles_so_far, &story)));
            started = true;
            match written {
                Ok(()) => ControlFlow::Continue(()),
                Err(e) => {
                    failure = Some(e);
                    ControlFlow::Break(())
                }
            }
        },
    );
    if failure.is_none() && !started {
        failure = sink.write(&report.header(0, articles)).err();
    }
    if failure.is_none() {
        failure = sink.write(&report.footer()).err();
    }
    sink.finish(failure)
}

/// Where a streamed report goes.
struct Sink {
    file: Option<AtomicFile>,
    stdout: io::StdoutLock<'static>,
}

/// Why a streamed report stopped being written.
enum WriteFailure {
    File(OutputError),
    Stdout(io::Error),
}

impl Sink {
    /// The output file (refused now, before any analysis, if it may not be written) or standard
    /// output.
    fn open(output: &OutputSettings) -> Result<Sink> {
        let file = match &output.file {
            Some(path) => Some(AtomicFile::create(path, output.force)?),
            None => None,
        };
        Ok(Sink {
            file,
            stdout: io::stdout().lock(),
        })
    }

    fn write(&mut self, text: &str) -> Result<(), WriteFailure> {
        match self.file.as_mut() {
            Some(file) => file.write(text.as_bytes()).map_err(WriteFailure::File),
            // Flushed at once: a script reading line by line sees each story as it is finished.
            None => self
                .stdout
                .write_all(text.as_bytes())
                .and_then(|()| self.stdout.flush())
                .map_err(WriteFailure::Stdout),
        }
    }

    /// Put the file in place, or report why the report stopped.
    fn finish(self, failure: Option<WriteFailure>) -> Result<()> {
        match failure {
            // Dropping the file removes its temporary file: nothing half-written is left.
            Some(WriteFailure::File(e)) => Err(e.into()),
            // A reader that stopped early is not a failure.
            Some(WriteFailure::Stdout(e)) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            Some(WriteFailure::Stdout(e)) => Err(e).context("cannot write to standard output"),
            None => match self.file {
                Some(file) => Ok(file.commit()?),
                None => Ok(()),
            },
        }
    }
}
