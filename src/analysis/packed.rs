//! Article texts kept compressed between weighing a corpus's terms and analysing its stories:
//! grouping and titling read none of the text, and LZ4 keeps English prose in about half its
//! bytes, so the corpus-wide peak (every article held while stories are grouped) is that much
//! lower.

use crate::article::Article;

/// A text kept LZ4-compressed: prose takes about half the room, and is compressed or restored
/// at several hundred megabytes a second.
#[derive(Debug, Clone)]
pub struct PackedText(Box<[u8]>);

impl PackedText {
    /// `text`, compressed.
    pub fn new(text: &str) -> PackedText {
        PackedText(lz4_flex::compress_prepend_size(text.as_bytes()).into_boxed_slice())
    }

    /// The text as it was. These bytes were compressed from a string in this process, so they come
    /// back whole; were they ever not, the text reads as what could be restored rather than stop
    /// the run.
    pub fn unpack(&self) -> String {
        match lz4_flex::decompress_size_prepended(&self.0) {
            Ok(bytes) => {
                String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
            }
            Err(_) => String::new(),
        }
    }

    /// Bytes held.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether no byte is held (never: even an empty text keeps its length).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Each article's text, packed, by corpus index.
#[derive(Debug)]
pub(super) struct Packed(Vec<PackedText>);

impl From<Vec<PackedText>> for Packed {
    /// Texts packed one by one, by corpus index.
    fn from(texts: Vec<PackedText>) -> Packed {
        Packed(texts)
    }
}

impl Packed {
    /// Take one article's text, packed, leaving it empty until its story is analysed (and given
    /// its text by [`Packed::unpack`]).
    pub fn take(article: &mut Article) -> PackedText {
        PackedText::new(&std::mem::take(&mut article.text))
    }

    /// The text of article `a`, as it was packed (empty for an index never packed).
    pub fn unpack(&self, a: usize) -> String {
        self.0.get(a).map(PackedText::unpack).unwrap_or_default()
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
        let packed = Packed::from(articles.iter_mut().map(Packed::take).collect::<Vec<_>>());
        assert!(articles.iter().all(|a| a.text.is_empty()));
        for (a, text) in cleaned.iter().enumerate() {
            assert_eq!(&packed.unpack(a), text);
        }
        assert_eq!(packed.unpack(3), "");
    }
}
