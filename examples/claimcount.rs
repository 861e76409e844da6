fn main() {
    let l = newsdiff::load::load_demo();
    for d in l.documents {
        let w = d.body.split_whitespace().count();
        let a = newsdiff::Article::from_document(d);
        println!(
            "{} words={} claims={} quotes={}",
            a.id,
            w,
            a.extract_claims().len(),
            a.quotes.len()
        );
    }
    let docs = newsdiff::synth::corpus(20, 42);
    let (mut w, mut c) = (0, 0);
    for d in docs {
        w += d.body.split_whitespace().count();
        c += newsdiff::Article::from_document(d).extract_claims().len();
    }
    println!("synth words/claim = {}", w / c.max(1));
}
