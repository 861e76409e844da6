//! STUB until the export module lands.
use std::path::{Path, PathBuf};
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Markdown,
    Json,
    Html,
}
pub fn export_to_dir(
    _a: &crate::Analysis,
    _s: usize,
    _f: ExportFormat,
    dir: &Path,
) -> Result<PathBuf, crate::output::OutputError> {
    Ok(dir.to_path_buf())
}
