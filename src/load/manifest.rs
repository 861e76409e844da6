//! Directory manifests (`story.toml`): story id and title, and per-file metadata.

use serde::Deserialize;

use super::Metadata;

/// File name of a directory manifest.
pub const MANIFEST_NAME: &str = "story.toml";

/// A parsed `story.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct Manifest {
    /// The story every article of the directory belongs to.
    #[serde(default)]
    pub story: StoryEntry,
    /// Metadata per file.
    #[serde(default)]
    pub articles: Vec<ArticleEntry>,
}

/// `[story]` table.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct StoryEntry {
    /// Story key shared by the directory's articles.
    pub id: Option<String>,
    /// Human title for the story.
    pub title: Option<String>,
}

/// One `[[articles]]` entry.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct ArticleEntry {
    /// File name inside the directory.
    pub file: String,
    /// Everything else, flattened.
    #[serde(flatten)]
    pub meta: Metadata,
}

impl Manifest {
    /// Parse a manifest's TOML text.
    pub fn parse(text: &str) -> Result<Manifest, String> {
        toml::from_str(text).map_err(|e: toml::de::Error| e.message().to_string())
    }

    /// Metadata for the file named `name`: its entry, plus the directory's story.
    pub fn metadata_for(&self, name: &str) -> Metadata {
        let entry = self
            .articles
            .iter()
            .find(|a| a.file == name)
            .map(|a| a.meta.clone())
            .unwrap_or_default();
        let story = Metadata {
            story: self.story.id.clone(),
            ..Metadata::default()
        };
        entry.or(&story)
    }

    /// The title the manifest gives to the story called `id`, if any.
    pub fn story_title(&self) -> Option<(&str, &str)> {
        Some((self.story.id.as_deref()?, self.story.title.as_deref()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_and_story_merge() {
        let m = Manifest::parse(
            "[story]\nid = \"strike\"\ntitle = \"Rail strike\"\n\n[[articles]]\nfile = \"a.txt\"\noutlet = \"Daily Planet\"\ntitle = \"\"\n",
        )
        .unwrap();
        let a = m.metadata_for("a.txt");
        assert_eq!(a.outlet.as_deref(), Some("Daily Planet"));
        assert_eq!(a.title, None);
        assert_eq!(a.story.as_deref(), Some("strike"));
        assert_eq!(m.metadata_for("b.txt").story.as_deref(), Some("strike"));
        assert_eq!(m.story_title(), Some(("strike", "Rail strike")));
    }

    #[test]
    fn bad_manifest_is_an_error_message() {
        assert!(Manifest::parse("[[articles]]\nfile = 3").is_err());
    }
}
