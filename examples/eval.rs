//! Measure findings against the development set in `eval/devset/` (see `eval/README.md`):
//! recall against the hand annotations, precision from the hand audit of every finding shown.
//!
//! `cargo run --release --example eval -- [DEVSET] [--list] [--stubs DIR]`
//! - `--list` prints every finding shown, with its audit judgement;
//! - `--stubs DIR` writes the findings not yet audited, as audit entries to fill in, one file per event.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use newsdiff::findings::{Finding, FindingKind, story_findings};
use newsdiff::load::load_paths;
use serde::Deserialize;

#[derive(Deserialize)]
struct Annotations {
    #[serde(default)]
    item: Vec<Item>,
}

#[derive(Deserialize)]
struct Item {
    kind: String,
    fact: String,
    mentions: Vec<Mention>,
}

#[derive(Deserialize)]
struct Mention {
    file: String,
    phrase: String,
}

#[derive(Deserialize, Default)]
struct Audit {
    #[serde(default)]
    finding: Vec<Judged>,
}

#[derive(Deserialize)]
struct Judged {
    key: String,
    judgement: String,
}

/// Lower case, straight quotes, one space: how phrases and passages are compared.
fn norm(s: &str) -> String {
    let mapped: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '«' | '»' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c => c,
        })
        .collect();
    mapped.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One passage as the evaluator sees it: the file it is from and the text around it.
struct Shown {
    file: String,
    passage: String,
    context: String,
}

/// A finding's stable audit key: its kind, title and every passage (file and text), hashed.
fn key(event: &str, f: &Finding, shown: &[Shown]) -> String {
    let mut parts: Vec<String> = shown
        .iter()
        .map(|s| format!("{}={}", s.file, norm(&s.passage)))
        .collect();
    parts.sort();
    // A quote's speaker (and any disagreement on it) is part of what is judged: it is in the
    // summary, so the summary is part of a quote's key.
    let speaker = if f.kind == FindingKind::SharedQuote {
        norm(&f.summary)
    } else {
        String::new()
    };
    let text = format!(
        "{event}|{}|{}|{}{speaker}",
        f.kind.label(),
        norm(&f.title),
        parts.join("|")
    );
    // FNV-1a: stable across runs and platforms, unlike the std hasher.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    format!("{h:016x}")
}

fn category(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::SharedQuote => "quote",
        FindingKind::Agrees => "agree",
        _ => "differ",
    }
}

/// Whether one finding covers an annotated item: passages in two different annotated
/// files, each around its file's phrase.
fn covers(item: &Item, shown: &[Shown]) -> bool {
    let files: BTreeSet<&str> = item
        .mentions
        .iter()
        .filter(|m| {
            let phrase = norm(&m.phrase);
            shown.iter().any(|s| {
                s.file == m.file
                    && (s.context.contains(&phrase) || {
                        let p = norm(&s.passage);
                        p.split(' ').count() >= 4 && phrase.contains(&p)
                    })
            })
        })
        .map(|m| m.file.as_str())
        .collect();
    files.len() >= 2
}

/// For a missed claim item: the claims extracted from each mentioned sentence, with their subjects.
fn explain(analysis: &newsdiff::Analysis, item: &Item) {
    for m in &item.mentions {
        let Some(article) = analysis.articles.iter().find(|a| a.source.ends_with(&m.file)) else {
            println!("      {}: not loaded", m.file);
            continue;
        };
        let phrase = norm(&m.phrase);
        let sentence = article
            .sentences
            .iter()
            .position(|s| norm(article.text.get(s.span.start..s.span.end).unwrap_or("")).contains(&phrase));
        let claims: Vec<String> = article
            .claims
            .iter()
            .filter(|c| Some(c.sentence) == sentence)
            .map(|c| {
                format!(
                    "[{:?} {} head={:?} verb={:?} role={:?} label={:?}]",
                    c.kind,
                    c.value.describe(),
                    c.subject.head,
                    c.subject.verb,
                    c.subject.role,
                    c.subject.label
                )
            })
            .collect();
        let where_ = if sentence.is_some() {
            ""
        } else {
            " (phrase not in one sentence)"
        };
        println!("      {}: «{}»{where_} {}", m.file, m.phrase, claims.join(" "));
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let list = args.iter().any(|a| a == "--list");
    let why = args.iter().any(|a| a == "--why");
    let stubs = args
        .iter()
        .position(|a| a == "--stubs")
        .and_then(|i| args.get(i + 1))
        .cloned();
    let root = args
        .iter()
        .find(|a| !a.starts_with("--") && Some(*a) != stubs.as_ref())
        .map_or_else(|| PathBuf::from("eval/devset"), PathBuf::from);
    // One audit file per event (`audit/<event>.toml`), so that audits can be added in parallel.
    let mut audit = Audit::default();
    for entry in std::fs::read_dir(root.join("audit")).into_iter().flatten().flatten() {
        let path = entry.path();
        match std::fs::read_to_string(&path).map(|s| toml::from_str::<Audit>(&s)) {
            Ok(Ok(a)) => audit.finding.extend(a.finding),
            Ok(Err(e)) => eprintln!("{}: {e}", path.display()),
            Err(e) => eprintln!("{}: {e}", path.display()),
        }
    }
    let judged: BTreeMap<&str, &str> = audit
        .finding
        .iter()
        .filter(|j| !j.judgement.is_empty())
        .map(|j| (j.key.as_str(), j.judgement.as_str()))
        .collect();
    let mut events: Vec<PathBuf> = std::fs::read_dir(root.join("texts"))
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    events.sort();
    if events.is_empty() {
        eprintln!(
            "no texts under {}: gather them first (eval/README.md)",
            root.join("texts").display()
        );
        std::process::exit(2);
    }
    let mut verdicts: BTreeMap<String, usize> = BTreeMap::new();
    let mut recall: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut stub_out: BTreeMap<String, String> = BTreeMap::new();
    let mut groups_mixed = 0usize;
    for dir in &events {
        let event = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut loaded = match load_paths(std::slice::from_ref(dir)) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("{event}: {e}");
                continue;
            }
        };
        // One story per event: the annotations are per event, and grouping is measured elsewhere.
        for d in &mut loaded.documents {
            d.meta.story = Some(event.clone());
        }
        let analysis = newsdiff::analyze(loaded.documents, &[]);
        let file_of = |a: usize| {
            Path::new(&analysis.articles[a].source)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let mut findings: Vec<(Finding, Vec<Shown>)> = Vec::new();
        for story in &analysis.stories {
            for f in story_findings(&analysis, story) {
                let shown = f
                    .passages
                    .iter()
                    .map(|p| {
                        let article = &analysis.articles[p.article];
                        let sentence = p.sentence.and_then(|s| article.sentences.get(s)).map(|s| s.span);
                        let (lo, hi) = sentence.map_or((p.span.start, p.span.end), |s| {
                            (s.start.min(p.span.start), s.end.max(p.span.end))
                        });
                        Shown {
                            file: file_of(p.article),
                            passage: article.text.get(p.span.start..p.span.end).unwrap_or("").to_string(),
                            context: norm(article.text.get(lo..hi).unwrap_or("")),
                        }
                    })
                    .collect();
                findings.push((f, shown));
            }
        }
        let annotations: Annotations = std::fs::read_to_string(root.join("annotations").join(format!("{event}.toml")))
            .ok()
            .and_then(|s| {
                toml::from_str(&s)
                    .map_err(|e| eprintln!("{event} annotations: {e}"))
                    .ok()
            })
            .unwrap_or(Annotations { item: Vec::new() });
        println!(
            "## {event}: {} articles, {} findings",
            analysis.articles.len(),
            findings.len()
        );
        for item in &annotations.item {
            let kind = item.kind.as_str();
            let hit = findings
                .iter()
                .any(|(f, s)| category(f.kind) == kind && covers(item, s));
            let elsewhere = !hit && findings.iter().any(|(_, s)| covers(item, s));
            let e = recall.entry(match kind {
                "quote" => "quote",
                "agree" => "agree",
                _ => "differ",
            });
            let r = e.or_insert((0, 0));
            r.0 += usize::from(hit);
            r.1 += 1;
            if !hit {
                let note = if elsewhere {
                    " (found under another verdict)"
                } else {
                    ""
                };
                println!("  missed {kind}: {}{note}", item.fact);
                if why && kind != "quote" {
                    explain(&analysis, item);
                }
            }
        }
        for (f, shown) in &findings {
            let k = key(&event, f, shown);
            let judgement = judged.get(k.as_str()).copied().unwrap_or("unaudited");
            *verdicts.entry(judgement.to_string()).or_default() += 1;
            // A quote group mixing two quotes: two passages that share no run of four words.
            if f.kind == FindingKind::SharedQuote && judgement == "wrong" {
                groups_mixed += 1;
            }
            if list {
                println!("  [{judgement}] {k} {} · {} · {}", f.kind.label(), f.title, f.summary);
            }
            if judgement == "unaudited" {
                let stub_out = stub_out.entry(event.clone()).or_default();
                let _ = writeln!(stub_out, "[[finding]]\nkey = \"{k}\"\nevent = \"{event}\"");
                let _ = writeln!(
                    stub_out,
                    "shown = {:?}",
                    format!("{} · {} · {}", f.kind.label(), f.title, f.summary)
                );
                for s in shown {
                    let _ = writeln!(
                        stub_out,
                        "# {}: «{}» in: {}",
                        s.file,
                        s.passage.replace('\n', " "),
                        s.context
                    );
                }
                let _ = writeln!(stub_out, "judgement = \"\"  # right | wrong | useless\nwhy = \"\"\n");
            }
        }
    }
    println!("\n## totals");
    for (cat, (hit, all)) in &recall {
        println!("recall {cat}: {hit}/{all} = {:.2}", *hit as f64 / (*all).max(1) as f64);
    }
    let audited: usize = verdicts
        .iter()
        .filter(|(k, _)| k.as_str() != "unaudited")
        .map(|(_, n)| n)
        .sum();
    let right = verdicts.get("right").copied().unwrap_or(0);
    println!(
        "precision: {right}/{audited} = {:.2} right ({})",
        right as f64 / audited.max(1) as f64,
        verdicts
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    println!("quote groups judged wrong (mixed or not a shared quote): {groups_mixed}");
    if let Some(dir) = stubs {
        for (event, text) in stub_out {
            let path = Path::new(&dir).join(format!("{event}.toml"));
            if let Err(e) = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, text)) {
                eprintln!("{}: {e}", path.display());
            }
        }
    }
}
