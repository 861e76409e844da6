//! The bundled demo corpus, embedded in the binary so `newsdiff` works from any directory.

use super::{Loaded, Manifest, Metadata, document_from_bytes};

const MANIFEST: &str = include_str!("../../data/geneva-2021/story.toml");

const FILES: &[(&str, &str)] = &[
    (
        "000_44f1903d9e07204c.txt",
        include_str!("../../data/geneva-2021/000_44f1903d9e07204c.txt"),
    ),
    (
        "003_fb52cff2e4072ccb.txt",
        include_str!("../../data/geneva-2021/003_fb52cff2e4072ccb.txt"),
    ),
    (
        "004_b24d43522332534d.txt",
        include_str!("../../data/geneva-2021/004_b24d43522332534d.txt"),
    ),
];

/// The demo corpus, with the story title its manifest gives.
pub fn load_demo() -> Loaded {
    let manifest = Manifest::parse(MANIFEST).unwrap_or_default();
    let mut loaded = Loaded::default();
    for (name, text) in FILES {
        let stem = name.rsplit_once('.').map_or(*name, |(s, _)| s).to_string();
        let meta: Metadata = manifest.metadata_for(name);
        // Shown as the repository path it was embedded from; the directory is named after the story.
        let source = format!("data/{}/{name}", manifest.story.id.as_deref().unwrap_or("demo"));
        if let Some(doc) = document_from_bytes(source, stem, text.as_bytes(), &meta, &mut loaded.warnings) {
            loaded.documents.push(doc);
        }
    }
    if let Some((id, title)) = manifest.story_title() {
        loaded.story_titles.push((id.to_string(), title.to_string()));
    }
    loaded
}

#[cfg(test)]
mod tests {
    #[test]
    fn demo_has_three_articles_in_one_story() {
        let loaded = super::load_demo();
        assert_eq!(loaded.documents.len(), 3);
        assert!(loaded.warnings.is_empty());
        let story = loaded.documents[0].meta.story.clone();
        assert!(story.is_some());
        assert!(loaded.documents.iter().all(|d| d.meta.story == story));
        assert_eq!(loaded.story_titles.len(), 1);
    }
}
