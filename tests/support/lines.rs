//! One line per finding ("kind · title · outlet: note · …"), shared by the trust tests so that
//! their assertions and failure messages read the same.

use newsdiff::Analysis;
use newsdiff::findings::Finding;

/// A finding as "kind · title · outlet: note ·…".
pub fn finding_line(analysis: &Analysis, f: &Finding) -> String {
    let passages: Vec<String> = f
        .passages
        .iter()
        .map(|p| format!("{}: {}", analysis.articles[p.article].outlet, p.note))
        .collect();
    format!("{} · {} · {}", f.kind.label(), f.title, passages.join(" · "))
}
