//! Every input the fuzz targets ever failed on (`tests/fixtures/fuzz/<target>/`), replayed through
//! the same harness: each must now pass every check. See FUZZING.md.

use std::path::Path;

use newsdiff::check::harness;

/// Replay each file under `tests/fixtures/fuzz/<target>` through `check`; the number replayed.
fn replay(target: &str, check: impl Fn(&[u8]) -> Vec<String>) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return 0;
    };
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in &paths {
        let data = std::fs::read(path).unwrap();
        let problems = check(&data);
        assert!(problems.is_empty(), "{}: {problems:#?}", path.display());
    }
    paths.len()
}

/// Text targets take `&str`: libFuzzer skips inputs that are not UTF-8, and so does the replay.
fn text(check: fn(&str) -> Vec<String>) -> impl Fn(&[u8]) -> Vec<String> {
    move |data| std::str::from_utf8(data).map_or_else(|_| Vec::new(), check)
}

#[test]
fn load_clean_crashers_pass() {
    replay("load_clean", harness::load_clean);
}

#[test]
fn quotes_crashers_pass() {
    replay("quotes", text(harness::quotes));
}

#[test]
fn claims_crashers_pass() {
    replay("claims", text(harness::claims));
}

#[test]
fn analysis_crashers_pass() {
    replay("analysis", harness::corpus);
}
