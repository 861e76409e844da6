//! Front matter: a `---` YAML or `+++` TOML block at the very top of a text or Markdown file.

use super::Metadata;

mod simple;

/// Largest front matter parsed. Real front matter is a few lines; the YAML parser's time grows
/// faster than the size of hostile input, so anything larger is ignored unparsed.
pub const MAX_BYTES: usize = 64 * 1024;

/// Deepest nesting of `[` and `{` parsed (real front matter has one or two levels).
pub const MAX_DEPTH: usize = 32;

/// Fence kinds and the language of what they enclose.
#[derive(Clone, Copy)]
enum Fence {
    Yaml,
    Toml,
}

/// Locate a front-matter block: its fence, its content, and the body after it.
fn locate(text: &str) -> Option<(Fence, &str, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (fence, marker) = if text.starts_with("---") {
        (Fence::Yaml, "---")
    } else if text.starts_with("+++") {
        (Fence::Toml, "+++")
    } else {
        return None;
    };
    let first_line_end = text.find('\n')?;
    if text.get(..first_line_end)?.trim_end() != marker {
        return None;
    }
    let rest = text.get(first_line_end + 1..)?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == marker {
            let content = rest.get(..offset)?;
            let body = rest.get(offset + line.len()..)?;
            return Some((fence, content, body));
        }
        offset += line.len();
    }
    None
}

/// Split `text` into its front matter (parsed) and body. Text without front matter is all body.
pub fn split(text: &str) -> Result<(Metadata, String), String> {
    let Some((fence, content, body)) = locate(text) else {
        return Ok((Metadata::default(), text.to_string()));
    };
    check_limits(content)?;
    let meta = match fence {
        Fence::Yaml => parse_yaml(content)?,
        Fence::Toml => parse_toml(content)?,
    };
    Ok((meta, body.to_string()))
}

/// The body of `text` with any front-matter block removed, even one that failed to parse.
pub fn strip(text: &str) -> &str {
    locate(text).map_or(text, |(_, _, body)| body)
}

/// Refuse front matter too large or too deeply nested to parse in linear time. One pass over
/// the bytes; brackets inside quotes count too, which only errs on the side of refusing.
fn check_limits(content: &str) -> Result<(), String> {
    if content.len() > MAX_BYTES {
        return Err(format!("too large ({} bytes; the limit is {MAX_BYTES})", content.len()));
    }
    let mut depth = 0usize;
    for b in content.bytes() {
        match b {
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(format!("nested deeper than {MAX_DEPTH} levels"));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    Ok(())
}

fn parse_yaml(content: &str) -> Result<Metadata, String> {
    if content.trim().is_empty() {
        return Ok(Metadata::default());
    }
    match simple::simple_mapping(content) {
        Some(pairs) => Ok(metadata_from(|key| {
            pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| (*v).to_string())
        })),
        None => parse_yaml_with_parser(content),
    }
}

/// [`parse_yaml`] by the YAML parser, whatever the front matter.
fn parse_yaml_with_parser(content: &str) -> Result<Metadata, String> {
    let value: serde_yaml_ng::Value = serde_yaml_ng::from_str(content).map_err(|e| format!("invalid YAML: {e}"))?;
    let serde_yaml_ng::Value::Mapping(map) = value else {
        return Err("YAML front matter is not a mapping of keys to values".into());
    };
    Ok(metadata_from(|key| {
        map.get(key).and_then(|v| match v {
            serde_yaml_ng::Value::String(s) => Some(s.clone()),
            serde_yaml_ng::Value::Number(n) => Some(n.to_string()),
            serde_yaml_ng::Value::Bool(b) => Some(b.to_string()),
            _ => None,
        })
    }))
}

fn parse_toml(content: &str) -> Result<Metadata, String> {
    let table: toml::Table = content
        .parse()
        .map_err(|e: toml::de::Error| format!("invalid TOML: {}", e.message()))?;
    Ok(metadata_from(|key| {
        table.get(key).and_then(|v| match v {
            toml::Value::String(s) => Some(s.clone()),
            toml::Value::Datetime(d) => Some(d.to_string()),
            toml::Value::Integer(i) => Some(i.to_string()),
            _ => None,
        })
    }))
}

/// Build metadata from a lookup; `date` is accepted as an alias of `published`, `source`/`site` of `outlet`.
fn metadata_from(get: impl Fn(&str) -> Option<String>) -> Metadata {
    let first = |keys: &[&str]| keys.iter().find_map(|k| get(k)).filter(|s| !s.trim().is_empty());
    Metadata {
        id: first(&["id"]),
        title: first(&["title", "headline"]),
        outlet: first(&["outlet", "site", "publisher"]),
        url: first(&["url", "link"]),
        published: first(&["published", "date"]),
        story: first(&["story"]),
        author: first(&["author", "by"]),
        language: first(&["language", "lang"]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_front_matter() {
        let (m, body) = split("---\ntitle: \"Flood hits Rivertown\"\noutlet: Daily Planet\npublished: 2024-03-02\nstory: flood\n---\nBody.\n").unwrap();
        assert_eq!(m.title.as_deref(), Some("Flood hits Rivertown"));
        assert_eq!(m.outlet.as_deref(), Some("Daily Planet"));
        assert_eq!(m.published.as_deref(), Some("2024-03-02"));
        assert_eq!(m.story.as_deref(), Some("flood"));
        assert_eq!(body, "Body.\n");
    }

    #[test]
    fn toml_front_matter_with_a_date() {
        let (m, body) =
            split("+++\ntitle = \"Strike ends\"\npublished = 2024-05-01\nurl = \"https://example.org/a\"\n+++\nText")
                .unwrap();
        assert_eq!(m.title.as_deref(), Some("Strike ends"));
        assert_eq!(m.published.as_deref(), Some("2024-05-01"));
        assert_eq!(m.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(body, "Text");
    }

    #[test]
    fn no_or_unclosed_front_matter_is_body() {
        assert_eq!(split("Plain text").unwrap().1, "Plain text");
        assert_eq!(split("---\ntitle: x\nno close").unwrap().1, "---\ntitle: x\nno close");
        assert_eq!(split("--- a dash line\nx").unwrap().1, "--- a dash line\nx");
    }

    #[test]
    fn invalid_front_matter_is_reported_and_stripped() {
        let text = "---\ntitle: [unclosed\n---\nBody";
        assert!(split(text).unwrap_err().starts_with("invalid YAML"));
        assert_eq!(strip(text), "Body");
        assert!(split("+++\n= broken\n+++\nB").unwrap_err().starts_with("invalid TOML"));
    }

    #[test]
    fn hostile_front_matter_is_refused_before_parsing() {
        let deep = format!("---\ntitle: {}\n---\nBody", "[".repeat(250_000));
        let err = split(&deep).unwrap_err();
        assert_eq!(err, "too large (250008 bytes; the limit is 65536)");
        assert_eq!(strip(&deep), "Body");
        let nested = format!("---\ntitle: {}\n---\nBody", "[".repeat(40));
        assert_eq!(split(&nested).unwrap_err(), "nested deeper than 32 levels");
        let toml = format!("+++\na = {}\n+++\nBody", "{x = ".repeat(40));
        assert_eq!(split(&toml).unwrap_err(), "nested deeper than 32 levels");
        assert!(split("---\ntags: [a, [b, c]]\n---\nBody").is_ok());
    }
}
