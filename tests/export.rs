//! Exports of short invented articles: every format snapshotted, files never overwritten, hostile text defused.

use newsdiff::export::{ExportFormat, export_to_dir, render_export};
use newsdiff::load::{Document, Metadata};
use newsdiff::{Analysis, analyze};

#[path = "support/files.rs"]
mod files;
use files::names;

const FORMATS: [ExportFormat; 3] = [ExportFormat::Markdown, ExportFormat::Json, ExportFormat::Html];

fn doc(stem: &str, meta: Metadata, body: &str) -> Document {
    Document {
        source: format!("corpus/{stem}.txt"),
        stem: stem.into(),
        body: body.into(),
        meta,
    }
}

fn meta(outlet: &str, published: &str, url: Option<&str>) -> Metadata {
    Metadata {
        outlet: Some(outlet.into()),
        published: Some(published.into()),
        url: url.map(Into::into),
        story: Some("rivertown-flood".into()),
        ..Metadata::default()
    }
}

/// A flood covered by three outlets: one shared quote whose wording the Valley Post altered, and an
/// evacuation figure the Valley Post puts higher than the others.
fn flood() -> Analysis {
    analyze(
        vec![
            doc(
                "planet",
                meta(
                    "Daily Planet",
                    "2024-05-06",
                    Some("https://dailyplanet.example/rivertown-flood"),
                ),
                "Floods force hundreds from Rivertown homes\n\n\
                 The Amber River burst its banks on Sunday night and flooded the centre of Rivertown, county officials said on Monday.\n\n\
                 Rescue crews evacuated about 1,200 people from low-lying streets, the county emergency office said.\n\n\
                 “We will rebuild every house and every bridge that the water took,” Mayor Lena Brook told reporters at the town hall.",
            ),
            doc(
                "post",
                meta("Valley Post", "2024-05-06", None),
                "Amber River floods Rivertown streets\n\n\
                 The Amber River overflowed on Sunday night, flooding central Rivertown, officials said.\n\n\
                 More than 1,500 people were evacuated from low-lying streets, according to the county emergency office.\n\n\
                 \"We will restore every house and every bridge that the water took,\" said Mayor Lena Brook.",
            ),
            doc(
                "wire",
                meta(
                    "Northwind Wire",
                    "2024-05-07",
                    Some("https://wire.example/a?id=7&lang=en"),
                ),
                "Rivertown flooded after Amber River bursts banks\n\n\
                 RIVERTOWN — The Amber River burst its banks on Sunday night, flooding the centre of Rivertown, officials said.\n\n\
                 “We will rebuild every house and every bridge that the water took,” said Lena Brook, the mayor of Rivertown.\n\n\
                 About 1,200 people were evacuated from low-lying streets, the county emergency office said.",
            ),
        ],
        &[("rivertown-flood".into(), "Amber River floods Rivertown".into())],
    )
}

#[test]
fn flood_story_has_the_expected_findings() {
    let a = flood();
    assert_eq!(a.stories.len(), 1);
    let md = render_export(&a, &[0], ExportFormat::Markdown);
    assert!(md.contains("**CONFLICT**"), "{md}");
    assert!(md.contains("~~rebuild~~ **restore**"), "{md}");
    assert!(md.contains("<https://dailyplanet.example/rivertown-flood>"), "{md}");
}

#[test]
fn markdown_snapshot() {
    insta::assert_snapshot!(render_export(&flood(), &[0], ExportFormat::Markdown));
}

#[test]
fn json_snapshot() {
    let out = render_export(&flood(), &[0], ExportFormat::Json);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema_version"], 2);
    assert_eq!(v["kind"], "newsdiff-export");
    insta::assert_snapshot!(out);
}

#[test]
fn html_snapshot() {
    let out = render_export(&flood(), &[0], ExportFormat::Html);
    assert!(out.contains("href=\"https://wire.example/a?id=7&amp;lang=en\""));
    assert!(!out.contains("<script") && !out.contains(" src=") && !out.contains("url("));
    insta::assert_snapshot!(out);
}

#[test]
fn story_without_findings_says_so() {
    let a = analyze(
        vec![doc(
            "lone",
            Metadata::default(),
            "Library reopens\n\nThe Rivertown library reopened on Monday.",
        )],
        &[],
    );
    assert!(render_export(&a, &[0], ExportFormat::Markdown).contains("No findings."));
    assert!(render_export(&a, &[0], ExportFormat::Html).contains("<p>No findings.</p>"));
    let v: serde_json::Value = serde_json::from_str(&render_export(&a, &[0], ExportFormat::Json)).unwrap();
    assert_eq!(v["stories"][0]["findings"], serde_json::json!([]));
    // Unknown story indices are skipped, not a panic.
    assert!(render_export(&a, &[5], ExportFormat::Markdown).contains("No stories."));
}

#[test]
fn export_to_dir_numbers_and_never_overwrites() {
    let a = flood();
    let dir = tempfile::tempdir().unwrap();
    let first = export_to_dir(&a, 0, ExportFormat::Markdown, dir.path()).unwrap();
    assert_eq!(first, dir.path().join("newsdiff-rivertown-flood.md"));
    assert_eq!(
        std::fs::read_to_string(&first).unwrap(),
        render_export(&a, &[0], ExportFormat::Markdown)
    );
    let second = export_to_dir(&a, 0, ExportFormat::Markdown, dir.path()).unwrap();
    assert_eq!(second, dir.path().join("newsdiff-rivertown-flood-2.md"));

    // A file someone else put at the next name is left alone.
    let theirs = dir.path().join("newsdiff-rivertown-flood-3.md");
    std::fs::write(&theirs, "mine").unwrap();
    let third = export_to_dir(&a, 0, ExportFormat::Markdown, dir.path()).unwrap();
    assert_eq!(third, dir.path().join("newsdiff-rivertown-flood-4.md"));
    assert_eq!(std::fs::read_to_string(&theirs).unwrap(), "mine");

    let html = export_to_dir(&a, 0, ExportFormat::Html, dir.path()).unwrap();
    assert_eq!(html, dir.path().join("newsdiff-rivertown-flood.html"));
    // No temporary file is left behind.
    assert_eq!(
        names(dir.path()),
        vec![
            "newsdiff-rivertown-flood-2.md",
            "newsdiff-rivertown-flood-3.md",
            "newsdiff-rivertown-flood-4.md",
            "newsdiff-rivertown-flood.html",
            "newsdiff-rivertown-flood.md",
        ]
    );
    assert!(export_to_dir(&a, 9, ExportFormat::Json, dir.path()).is_err());
}

#[test]
fn hostile_text_never_reaches_any_format() {
    let osc = "\u{1b}]52;c;cm0gLXJmIH4=\u{7}";
    let hostile = |stem: &str, outlet: &str| {
        doc(
            stem,
            Metadata {
                outlet: Some(format!("{outlet}{osc}")),
                title: Some(format!("Dam{osc} <b>holds</b>")),
                url: Some(format!("javascript:alert(1){osc}")),
                story: Some(format!("dam{osc}")),
                ..Metadata::default()
            },
            &format!(
                "Dam holds\n\nEngineers said 300{osc} people left the valley on Friday.\n\n\
                 “The dam{osc} will hold through the whole spring season,” said engineer Ola Fenn."
            ),
        )
    };
    let a = analyze(vec![hostile("one", "Daily Planet"), hostile("two", "Valley Post")], &[]);
    let dir = tempfile::tempdir().unwrap();
    for format in FORMATS {
        let out = render_export(&a, &[0], format);
        assert!(!out.contains(['\u{1b}', '\u{7}']), "{format:?}: {out}");
        assert!(
            !out.contains("\\u001b") && !out.contains("\\u0007"),
            "{format:?}: {out}"
        );
        assert!(out.contains('\u{241b}'), "{format:?} shows the placeholder: {out}");
        assert!(!out.contains("href=\"javascript"), "{format:?}: {out}");
        // JSON carries the markup as inert text; the documents must not.
        assert_eq!(out.contains("<b>"), format == ExportFormat::Json, "{format:?}: {out}");
        let path = export_to_dir(&a, 0, format, dir.path()).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("newsdiff-dam-52-c-"), "{name}");
    }
}

#[cfg(unix)]
#[test]
fn reader_exports_get_a_new_files_mode_and_pass_dangling_links() {
    use std::os::unix::fs::PermissionsExt;
    let a = flood();
    let dir = tempfile::tempdir().unwrap();
    // A dangling link at the first name must not make every export fail.
    std::os::unix::fs::symlink(
        dir.path().join("gone.md"),
        dir.path().join("newsdiff-rivertown-flood.md"),
    )
    .unwrap();
    let path = export_to_dir(&a, 0, ExportFormat::Markdown, dir.path()).unwrap();
    assert_eq!(path, dir.path().join("newsdiff-rivertown-flood-2.md"));
    // The mode a new file gets under this process's umask (0644 under 022), not 0600.
    let touched = dir.path().join("touched");
    std::fs::write(&touched, "").unwrap();
    let mode = |p: &std::path::Path| p.metadata().unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), mode(&touched));
}
