//! What the user named on the command line: a local path, a web address, or an address refused.

use std::path::{Path, PathBuf};

/// One input as given: a file or directory, an http(s) URL, or something with another scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file or directory.
    Path(PathBuf),
    /// An `http://` or `https://` address.
    Url(String),
    /// An address with a scheme newsdiff does not fetch (`file:`, `javascript:`, `ftp:` …).
    Refused {
        /// The argument as given.
        given: String,
        /// Why it is refused.
        reason: String,
    },
}

impl Input {
    /// Classify one command-line argument. An existing path always stays a path, so a file
    /// called `notes:2024.txt` is read, not refused.
    pub fn from_arg(arg: &Path) -> Input {
        let Some(text) = arg.to_str() else {
            return Input::Path(arg.to_path_buf());
        };
        match scheme(text) {
            Some(_) if arg.exists() => Input::Path(arg.to_path_buf()),
            Some(s) if s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https") => {
                let rest = text.get(s.len() + 1..).unwrap_or("");
                let host = rest
                    .strip_prefix("//")
                    .map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
                match host {
                    Some(h) if !h.is_empty() && !h.starts_with(':') => Input::Url(text.to_string()),
                    _ => Input::Refused {
                        given: text.to_string(),
                        reason: "not a valid web address (no host)".into(),
                    },
                }
            }
            Some(s) => Input::Refused {
                given: text.to_string(),
                reason: format!(
                    "refused: only http and https addresses are fetched, not {}:",
                    s.to_ascii_lowercase()
                ),
            },
            None => Input::Path(arg.to_path_buf()),
        }
    }

    /// The input as the user wrote it, for messages.
    pub fn display(&self) -> String {
        match self {
            Input::Path(p) => p.display().to_string(),
            Input::Url(u) => u.clone(),
            Input::Refused { given, .. } => given.clone(),
        }
    }
}

/// The URL scheme `text` starts with, if it looks like one: a letter, then letters, digits,
/// `+`, `-` or `.`, then `:`. One letter is a Windows drive (`C:\…`), not a scheme.
fn scheme(text: &str) -> Option<&str> {
    let end = text.find(':')?;
    let s = text.get(..end)?;
    let mut chars = s.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let rest_ok = chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (first_ok && rest_ok && s.len() >= 2).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arg(s: &str) -> Input {
        Input::from_arg(Path::new(s))
    }

    #[test]
    fn urls_paths_and_refusals() {
        assert_eq!(arg("https://example.org/a"), Input::Url("https://example.org/a".into()));
        assert_eq!(arg("HTTP://example.org"), Input::Url("HTTP://example.org".into()));
        assert_eq!(arg("articles/a.txt"), Input::Path("articles/a.txt".into()));
        assert_eq!(arg("C:\\news\\a.txt"), Input::Path("C:\\news\\a.txt".into()));
        for bad in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "ftp://x.org/a",
            "http:///nohost",
            "https:",
        ] {
            assert!(matches!(arg(bad), Input::Refused { .. }), "{bad}");
        }
        let Input::Refused { reason, .. } = arg("javascript:alert(1)") else {
            unreachable!()
        };
        assert!(reason.contains("javascript:"));
    }
}
