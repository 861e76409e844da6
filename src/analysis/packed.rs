//! Article texts kept compressed between weighing a corpus's terms and analysing its stories:
//! grouping and titling read none of the text, and LZ4 keeps English prose in about half its
//! bytes, so the corpus-wide peak (every article held while stories are grouped) is that much
//! lower.

use rayon::prelude::*;

use crate::article::Article;

/// Each article's text, LZ4-compressed, by corpus index.
#[derive(Debug)]
pub(super) struct Packed(Vec<Box<[u8]>>);

impl Packed {
    /// Take every article's text, leaving it empty until [`Packed::restore`] gives it back.
    pub fn pack(articles: &mut [Article]) -> Packed {
        Packed(
            articles
                .par_iter_mut()
                .map(|article| {
                    let text = std::mem::take(&mut article.text);
                    lz4_flex::compress_prepend_size(text.as_bytes()).into_boxed_slice()
                })
                .collect(),
        )
    }

    /// The text of article `a`, as it was packed (empty for an index never packed).
    pub fn unpack(&self, a: usize) -> String {
        // These bytes were compressed from a string in this process: they cannot fail to
        // decompress, nor to be UTF-8, short of memory corruption.
        self.0
            .get(a)
            .and_then(|packed| lz4_flex::decompress_size_prepended(packed).ok())
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .unwrap_or_default()
    }

    /// Give each of `members` its text back.
    pub fn restore(&self, articles: &mut [Article], members: &[usize]) {
        for &a in members {
            if let Some(article) = articles.get_mut(a) {
                article.text = self.unpack(a);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::Document;

    #[test]
    fn texts_come_back_as_they_were() {
        let texts = [
            "",
            "Plain ASCII. Two sentences.",
            "Ünïcödé “quoted” — 北京, 3 km², émigré.",
        ];
        let mut articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(k, body)| {
                Article::from_document(Document {
                    source: format!("{k}.txt"),
                    stem: k.to_string(),
                    body: (*body).to_string(),
                    meta: crate::load::Metadata::default(),
                })
            })
            .collect();
        let cleaned: Vec<String> = articles.iter().map(|a| a.text.clone()).collect();
        let packed = Packed::pack(&mut articles);
        assert!(articles.iter().all(|a| a.text.is_empty()));
        packed.restore(&mut articles, &[2, 0]);
        assert_eq!(articles[2].text, cleaned[2]);
        assert_eq!(articles[0].text, cleaned[0]);
        assert!(articles[1].text.is_empty());
        assert_eq!(packed.unpack(1), cleaned[1]);
        assert_eq!(packed.unpack(3), "");
    }
}
