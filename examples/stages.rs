use std::time::Instant;
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let docs = newsdiff::synth::corpus(n, 42);
    let t = Instant::now();
    let mut c = 0;
    for d in &docs {
        c += newsdiff::clean::clean(&d.body).text.len();
    }
    println!("clean {:?} {c}", t.elapsed());
    let cleaned: Vec<String> = docs.iter().map(|d| newsdiff::clean::clean(&d.body).text).collect();
    let t = Instant::now();
    let mut sents = vec![];
    for text in &cleaned {
        let p = newsdiff::text::paragraphs(text);
        sents.push((p.clone(), newsdiff::text::split_sentences(text, &p)));
    }
    println!("sentences {:?}", t.elapsed());
    let t = Instant::now();
    for (text, (p, _)) in cleaned.iter().zip(&sents) {
        c += newsdiff::quotes::extract_quotes(text, p).len();
    }
    println!("quotes {:?}", t.elapsed());
    let t = Instant::now();
    for (text, (_, s)) in cleaned.iter().zip(&sents) {
        let sp: Vec<_> = s.iter().map(|s| s.span).collect();
        c += newsdiff::claims::extract_claims(text, &sp).len();
    }
    println!("claims {:?}", t.elapsed());
    let t = Instant::now();
    let articles: Vec<newsdiff::Article> = docs.clone().into_iter().map(newsdiff::Article::from_document).collect();
    println!("articles total {:?}", t.elapsed());
    let t = Instant::now();
    let mut vocab = newsdiff::text::Vocab::new();
    let _f = newsdiff::features::Features::compute(&articles, &mut vocab);
    println!("features {:?}", t.elapsed());
    let t = Instant::now();
    let a = newsdiff::analyze(docs, &[]);
    println!("analyze total {:?} {}", t.elapsed(), a.stories.len() + c);
}
