//! Signs and magnitudes through the command line: two tiny articles whose figures differ only by a
//! sign or in the seventh decimal, and one absurdly large figure.

use assert_cmd::Command;

const A: &str = "---\noutlet: Harbor Wire\nstory: frost\n---\n\
Overnight the lake air in Pellmoor fell to -5 degrees Celsius, forecasters said on Tuesday.\n\n\
Filters at the Pellmoor plant caught 0.0000001 tons of dust, the operator said.\n\n\
The outage at the plant lasted 1";

const B: &str = "---\noutlet: Valley Post\nstory: frost\n---\n\
Overnight the lake air in Pellmoor fell to 5 degrees Celsius, forecasters said on Tuesday.\n\n\
Filters at the Pellmoor plant caught 0.0000009 tons of dust, the operator said.\n\n\
The outage at the plant lasted 3 hours, a notice claimed.\n";

#[test]
fn signs_and_tiny_values_differ_and_nothing_prints_inf() {
    let dir = tempfile::tempdir().unwrap();
    // 1 followed by 308 zeros: about f64::MAX hours.
    let huge = format!("{A}{} hours, a notice claimed.\n", "0".repeat(308));
    std::fs::write(dir.path().join("a.txt"), huge).unwrap();
    std::fs::write(dir.path().join("b.txt"), B).unwrap();
    let out = Command::cargo_bin("newsdiff")
        .unwrap()
        .env("NO_COLOR", "1")
        .arg("report")
        .arg(dir.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let report = String::from_utf8(out).unwrap();
    assert!(
        report.contains("Harbor Wire reports -5 °C; Valley Post reports 5 °C"),
        "{report}"
    );
    assert!(
        report.contains("Harbor Wire reports 0.0000001 t; Valley Post reports 0.0000009 t"),
        "{report}"
    );
    assert!(!report.contains(" inf ") && !report.contains("NaN"), "{report}");
    // Both differences are contradictions, not agreements.
    assert_eq!(report.matches("CONFLICT").count(), 2, "{report}");
}
