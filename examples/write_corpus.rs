//! Write a synthetic corpus to a folder, one Markdown file per article with its outlet in front
//! matter: `cargo run --release --example write_corpus -- 10000 DIR` (`one-story` as a third
//! argument: the single-story corpus of issue 9; `big-article` as a third argument: one article of
//! N MB in one paragraph plus one of usual length, issue 10's `synth::big_article`).

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "corpus".into()));
    let docs = match args.next().as_deref() {
        Some("one-story") => newsdiff::synth::one_story(n, 42),
        Some("big-article") => newsdiff::synth::big_article(n << 20, 42),
        _ => newsdiff::synth::corpus(n, 42),
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("cannot create {}: {e}", dir.display());
        std::process::exit(1);
    }
    for doc in docs {
        let mut front = format!("---\noutlet: {}\n", doc.meta.outlet.unwrap_or_default());
        if let Some(story) = doc.meta.story {
            front.push_str(&format!("story: {story}\n"));
        }
        front.push_str("---\n");
        if let Err(e) = std::fs::write(dir.join(format!("{}.md", doc.stem)), front + &doc.body) {
            eprintln!("cannot write: {e}");
            std::process::exit(1);
        }
    }
}
