fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100);
    let docs = if n == 0 {
        newsdiff::load::load_paths(&[std::path::PathBuf::from("/tmp/seeds_nomani")])
            .unwrap()
            .documents
    } else {
        newsdiff::synth::corpus(n, 42)
    };
    let stems: Vec<String> = docs
        .iter()
        .map(|d| d.stem.split('-').next().unwrap().to_string())
        .collect();
    let articles: Vec<newsdiff::Article> = docs.into_iter().map(newsdiff::Article::from_document).collect();

    let f = newsdiff::features::Features::compute(&articles);
    let (mut same, mut diff) = (vec![], vec![]);
    for a in 0..articles.len() {
        for b in a + 1..articles.len() {
            let c = 0.5 * newsdiff::features::cosine(&f.articles[a].names, &f.articles[b].names)
                + 0.5 * newsdiff::features::cosine(&f.articles[a].vector, &f.articles[b].vector);
            if stems[a] == stems[b] || n == 0 {
                same.push(c)
            } else {
                diff.push(c)
            }
        }
    }
    same.sort_by(f32::total_cmp);
    diff.sort_by(f32::total_cmp);
    let q = |v: &Vec<f32>, p: f32| v.get(((v.len() as f32 - 1.0) * p) as usize).copied().unwrap_or(-1.0);
    println!(
        "same: min {:.3} p10 {:.3} med {:.3}",
        q(&same, 0.0),
        q(&same, 0.1),
        q(&same, 0.5)
    );
    println!(
        "diff: med {:.3} p99 {:.3} max {:.3}",
        q(&diff, 0.5),
        q(&diff, 0.99),
        q(&diff, 1.0)
    );
}
