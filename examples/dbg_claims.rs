fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args().skip(1).map(Into::into).collect();
    let loaded = newsdiff::load::load_paths(&paths).unwrap();
    let a = newsdiff::analyze(loaded.documents, &loaded.story_titles);
    for art in &a.articles {
        println!(
            "== {} (published {:?}, dateline {:?})",
            art.outlet, art.published, art.dateline
        );
        for c in &art.claims {
            let s = art.sentences.get(c.sentence).map(|s| art.slice(s.span)).unwrap_or("");
            println!(
                "  {:?} {} head={:?} label={:?} | {}",
                c.kind,
                c.value.describe(),
                c.subject.head,
                c.subject.label,
                s.chars().take(140).collect::<String>()
            );
        }
    }
}
