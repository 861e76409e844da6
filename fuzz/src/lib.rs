//! Shared piece of the fuzz targets: a finding is any invariant the library's harness reports broken.

/// Panic (a fuzz finding) when `problems` is not empty.
pub fn assert_none(problems: Vec<String>) {
    assert!(problems.is_empty(), "{problems:#?}");
}
