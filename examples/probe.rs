//! Development probe: the claims newsdiff extracts from each sentence given on the command line,
//! with their subjects (`cargo run --example probe -- "The 41-minute talks ended."`).

use newsdiff::claims::{ClaimContext, extract_claims};
use newsdiff::span::Span;

fn main() {
    for s in std::env::args().skip(1) {
        println!("{s}");
        for c in extract_claims(&s, &[Span::new(0, s.len())], &ClaimContext::default()) {
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
