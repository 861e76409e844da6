//! Tests of atomic writing: refusing to overwrite, modes, what `--force` replaces, messages.

use super::*;

#[test]
fn refuses_to_overwrite_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.json");
    write_atomic(&path, b"one", false).unwrap();
    assert!(matches!(
        write_atomic(&path, b"two", false),
        Err(OutputError::Exists(_))
    ));
    assert_eq!(std::fs::read(&path).unwrap(), b"one");
    write_atomic(&path, b"three", true).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"three");
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1);
}

#[test]
fn numbered_paths_skip_existing_files() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(numbered_path(dir.path(), "x", "md"), dir.path().join("x.md"));
    std::fs::write(dir.path().join("x.md"), "").unwrap();
    std::fs::write(dir.path().join("x-2.md"), "").unwrap();
    assert_eq!(numbered_path(dir.path(), "x", "md"), dir.path().join("x-3.md"));
}

#[test]
fn missing_directory_is_an_io_error_named_once() {
    let err = write_atomic(Path::new("/nonexistent-dir-for-test/x.json"), b"x", false).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.starts_with("cannot write /nonexistent-dir-for-test/x.json: "),
        "{msg}"
    );
    assert!(!msg.contains(".newsdiff-") && !msg.contains(".tmp"), "{msg}");
    assert_eq!(msg.matches("os error").count(), 1, "{msg}");
    assert!(std::error::Error::source(&err).is_none());
}

#[test]
fn a_directory_is_not_a_file_name() {
    let dir = tempfile::tempdir().unwrap();
    for force in [false, true] {
        let err = write_atomic(dir.path(), b"x", force).unwrap_err();
        assert!(matches!(err, OutputError::IsDirectory(_)));
        assert!(err.to_string().contains("is a directory"));
    }
}

#[cfg(unix)]
#[test]
fn force_replaces_only_regular_files_and_keeps_their_mode() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kept.txt");
    std::fs::write(&file, "old").unwrap();
    std::fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).unwrap();
    write_atomic(&file, b"new", true).unwrap();
    assert_eq!(std::fs::read(&file).unwrap(), b"new");
    assert_eq!(file.metadata().unwrap().permissions().mode() & 0o7777, 0o640);

    let target = dir.path().join("target.txt");
    std::fs::write(&target, "untouched").unwrap();
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let err = write_atomic(&link, b"x", true).unwrap_err();
    assert!(err.to_string().contains("is a symbolic link"), "{err}");
    assert_eq!(std::fs::read(&target).unwrap(), b"untouched");
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());

    let err = write_atomic(Path::new("/dev/null"), b"x", true).unwrap_err();
    assert!(err.to_string().contains("is a device"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 3);
}

#[cfg(unix)]
#[test]
fn dangling_links_are_taken_names() {
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(dir.path().join("gone"), dir.path().join("x.md")).unwrap();
    assert_eq!(numbered_path(dir.path(), "x", "md"), dir.path().join("x-2.md"));
    assert!(matches!(
        write_atomic(&dir.path().join("x.md"), b"x", false),
        Err(OutputError::Exists(_))
    ));
}

#[test]
fn a_file_written_in_pieces_appears_only_when_committed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("report.txt");
    let mut file = AtomicFile::create(&path, false).unwrap();
    file.write(b"one ").unwrap();
    file.write(b"two").unwrap();
    assert!(!path.exists(), "nothing at the target before the commit");
    file.commit().unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "one two");
    // Dropped without a commit: the target keeps its contents, the temporary file is gone.
    let mut file = AtomicFile::create(&path, true).unwrap();
    file.write(b"half").unwrap();
    drop(file);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "one two");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("report.txt")]);
    // Without force, an existing target is refused before anything is written.
    assert!(matches!(AtomicFile::create(&path, false), Err(OutputError::Exists(_))));
}
