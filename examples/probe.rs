//! Development probe: the claims newsdiff extracts from each sentence given on the command line,
//! with their subjects, a text's sentences read in turn (`cargo run --example probe -- "The 41-minute talks ended."`).

use newsdiff::claims::{ClaimContext, extract_claims};
use newsdiff::span::Span;
use newsdiff::text::{paragraphs, split_sentences};

fn main() {
    for s in std::env::args().skip(1) {
        println!("{s}");
        let sentences: Vec<Span> = split_sentences(&s, &paragraphs(&s)).iter().map(|x| x.span).collect();
        for c in extract_claims(&s, &sentences, &ClaimContext::default()) {
            println!(
                "  {:?} «{}» {} head={:?} verb={:?} role={:?} label={:?} parts={:?} scope={:?}",
                c.kind,
                s.get(c.span.start..c.span.end).unwrap_or(""),
                c.value.describe(),
                c.subject.head,
                c.subject.verb,
                c.subject.role,
                c.subject.label,
                c.subject.m().parts,
                c.subject.m().scope,
            );
        }
    }
}
