//! One article as the JSON report shows it: metadata, optional text, sentence spans and quotes.

use super::{ArticleJson, QuoteJson, SpanJson};
use crate::article::Article;

pub(super) fn article(a: &Article, text: bool) -> ArticleJson<'_> {
    ArticleJson {
        id: &a.id,
        outlet: &a.outlet,
        title: &a.title,
        source: &a.source,
        url: a.url.as_deref(),
        published: a.published.as_deref(),
        author: a.author.as_deref(),
        language: a.language.as_deref(),
        wire: a.wire.as_deref(),
        dateline: a.dateline.as_deref(),
        text: text.then_some(a.text.as_str()),
        sentences: a
            .sentences
            .iter()
            .map(|s| SpanJson {
                start: s.span.start,
                end: s.span.end,
            })
            .collect(),
        quotes: a
            .quotes
            .iter()
            .map(|q| QuoteJson {
                text: a.slice(q.span),
                start: q.span.start,
                end: q.span.end,
                speaker: q.speaker.as_deref(),
            })
            .collect(),
    }
}
