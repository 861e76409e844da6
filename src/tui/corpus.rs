//! What the reader was opened on, kept so an added input can be analysed with the rest: the
//! documents with their bodies compressed, since they wait (most often unused) beside every
//! story's analysis for the whole session.

use rayon::prelude::*;

use crate::analysis::PackedText;
use crate::load::{Document, LoadOptions, Metadata};

/// The documents read, the manifests' story titles and how inputs are loaded.
#[derive(Debug, Clone)]
pub struct Corpus {
    /// Every document read so far, in corpus order.
    documents: Vec<Kept>,
    /// Story titles from manifests.
    pub story_titles: Vec<(String, String)>,
    /// How inputs are loaded (network, cache, feed filters).
    pub options: LoadOptions,
}

/// A document with its body compressed (a folder of 10,000 articles is compressed or restored in
/// a fraction of a second on both cores).
#[derive(Debug, Clone)]
struct Kept {
    source: String,
    stem: String,
    meta: Metadata,
    body: PackedText,
}

impl Corpus {
    /// Keep `documents` (compressed copies; the caller keeps its own).
    pub fn new(documents: &[Document], story_titles: Vec<(String, String)>, options: LoadOptions) -> Corpus {
        Corpus {
            documents: documents.par_iter().map(keep).collect(),
            story_titles,
            options,
        }
    }

    /// How many documents are kept.
    pub fn len(&self) -> usize {
        self.documents.len()
    }

    /// Whether no document is kept.
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// The documents as they were read, in corpus order.
    pub fn documents(&self) -> Vec<Document> {
        self.documents.par_iter().map(restore).collect()
    }
}

fn keep(document: &Document) -> Kept {
    Kept {
        source: document.source.clone(),
        stem: document.stem.clone(),
        meta: document.meta.clone(),
        body: PackedText::new(&document.body),
    }
}

fn restore(kept: &Kept) -> Document {
    let body = kept.body.unpack();
    Document {
        source: kept.source.clone(),
        stem: kept.stem.clone(),
        body,
        meta: kept.meta.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_come_back_as_they_were_read() {
        let mut documents = crate::synth::corpus(12, 5);
        documents[0].body = "Ünïcödé “quotes”, 東京, emoji 🙂 and a tab\there.".into();
        documents[1].body = String::new();
        documents[2].meta.outlet = Some("Acme News".into());
        let corpus = Corpus::new(&documents, vec![("k".into(), "Title".into())], LoadOptions::default());
        assert_eq!(corpus.len(), 12);
        assert_eq!(corpus.documents(), documents);
        assert_eq!(corpus.clone().documents(), documents);
        assert!(Corpus::new(&[], Vec::new(), LoadOptions::default()).is_empty());
    }

    #[test]
    fn bodies_take_less_room_than_the_text() {
        let documents = crate::synth::corpus(50, 9);
        let text: usize = documents.iter().map(|d| d.body.len()).sum();
        let kept: usize = Corpus::new(&documents, Vec::new(), LoadOptions::default())
            .documents
            .iter()
            .map(|k| k.body.len())
            .sum();
        assert!(kept * 10 < text * 7, "{kept} of {text}");
    }
}
