//! HTTP(S) fetching: one configured agent, conditional requests, bounded bodies, clear failures.

use std::io::Read;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ureq::{Agent, ResponseExt};

/// Network limits; the defaults are the documented ones, tests shrink them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetConfig {
    /// Time allowed to open a connection.
    pub connect_timeout: Duration,
    /// Time allowed for a whole request, redirects and body included.
    pub timeout: Duration,
    /// Largest body accepted, after decompression.
    pub body_limit: u64,
    /// Redirects followed before giving up.
    pub max_redirects: u32,
    /// Fetches running at once.
    pub parallel: usize,
}

impl Default for NetConfig {
    fn default() -> Self {
        NetConfig {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            body_limit: 10 * 1024 * 1024,
            max_redirects: 5,
            parallel: 8,
        }
    }
}

/// A fetched page or feed, as stored in the cache.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The address after redirects.
    pub url: String,
    /// HTTP status of the final response.
    pub status: u16,
    /// The `Content-Type` header, if any.
    pub content_type: Option<String>,
    /// When it was fetched (or last re-validated), in Unix seconds.
    pub fetched_at: i64,
    /// The `ETag` header, for re-validation.
    pub etag: Option<String>,
    /// The `Last-Modified` header, for re-validation.
    pub last_modified: Option<String>,
    /// The body, decompressed.
    pub body: Vec<u8>,
}

impl Page {
    /// The charset named by the `Content-Type` header, if any.
    pub fn header_charset(&self) -> Option<&str> {
        let ct = self.content_type.as_deref()?;
        ct.split(';').skip(1).find_map(|p| {
            let (k, v) = p.split_once('=')?;
            k.trim()
                .eq_ignore_ascii_case("charset")
                .then(|| v.trim().trim_matches(['"', '\'']))
        })
    }

    /// The media type alone, lowercased ("text/html").
    pub fn mime(&self) -> Option<String> {
        let ct = self.content_type.as_deref()?;
        Some(ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
    }
}

/// The outcome of one request.
#[derive(Debug)]
pub enum Fetched {
    /// A new body.
    Page(Page),
    /// The cached copy is still current (HTTP 304).
    NotModified,
}

/// Validators from a cached copy, sent so an unchanged page costs no body.
#[derive(Debug, Default, Clone, Copy)]
pub struct Validators<'a> {
    /// `If-None-Match`.
    pub etag: Option<&'a str>,
    /// `If-Modified-Since`.
    pub last_modified: Option<&'a str>,
}

/// A configured HTTP client shared by every fetch of a run.
#[derive(Debug, Clone)]
pub struct Fetcher {
    agent: Agent,
    limit: u64,
}

/// The current time in Unix seconds.
pub fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}

impl Fetcher {
    /// An agent with the limits of `net`; statuses are checked here, not turned into errors by ureq.
    pub fn new(net: &NetConfig) -> Fetcher {
        let agent: Agent = Agent::config_builder()
            .timeout_connect(Some(net.connect_timeout))
            .timeout_global(Some(net.timeout))
            .max_redirects(net.max_redirects)
            .http_status_as_error(false)
            .user_agent(format!(
                "newsdiff/{} (+https://crates.io/crates/newsdiff)",
                env!("CARGO_PKG_VERSION")
            ))
            // ureq decodes gzip and brotli itself; deflate is decoded below.
            .accept_encoding("gzip, deflate, br")
            .build()
            .into();
        Fetcher {
            agent,
            limit: net.body_limit,
        }
    }

    /// GET `url`, conditionally when validators are given. Failures are one short reason each.
    pub fn fetch(&self, url: &str, validators: Validators<'_>) -> Result<Fetched, String> {
        let mut request = self
            .agent
            .get(url)
            .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5");
        if let Some(etag) = validators.etag {
            request = request.header("If-None-Match", etag);
        }
        if let Some(lm) = validators.last_modified {
            request = request.header("If-Modified-Since", lm);
        }
        let https = url.get(..8).is_some_and(|s| s.eq_ignore_ascii_case("https://"));
        let mut response = request.call().map_err(|e| describe(&e, self.limit, https))?;
        let status = response.status();
        if status.as_u16() == 304 {
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            return Err(format!(
                "HTTP {} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("error")
            ));
        }
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let content_type = header("content-type");
        let etag = header("etag");
        let last_modified = header("last-modified");
        let deflated = header("content-encoding").is_some_and(|e| e.trim().eq_ignore_ascii_case("deflate"));
        let final_url = response.get_uri().to_string();
        let raw = response
            .body_mut()
            .with_config()
            .limit(self.limit)
            .read_to_vec()
            .map_err(|e| describe(&e, self.limit, https))?;
        let body = if deflated { inflate(&raw, self.limit)? } else { raw };
        Ok(Fetched::Page(Page {
            url: final_url,
            status: status.as_u16(),
            content_type,
            fetched_at: now_unix(),
            etag,
            last_modified,
            body,
        }))
    }
}

/// Decode a `Content-Encoding: deflate` body: zlib-wrapped as the standard says, or raw deflate
/// as some servers send it.
fn inflate(raw: &[u8], limit: u64) -> Result<Vec<u8>, String> {
    let read = |reader: &mut dyn Read| -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        reader.take(limit.saturating_add(1)).read_to_end(&mut out)?;
        Ok(out)
    };
    let out = read(&mut flate2::read::ZlibDecoder::new(raw))
        .or_else(|_| read(&mut flate2::read::DeflateDecoder::new(raw)))
        .map_err(|e| format!("deflate decompression failed: {e}"))?;
    if out.len() as u64 > limit {
        return Err(too_large(limit));
    }
    Ok(out)
}

fn too_large(limit: u64) -> String {
    if limit >= 1024 * 1024 {
        format!("too large (over {} MiB)", limit / (1024 * 1024))
    } else {
        format!("too large (over {limit} bytes)")
    }
}

/// One short reason for a failed request. Over https, garbled data is the TLS layer's complaint
/// (rustls reports handshake failures as invalid data).
fn describe(e: &ureq::Error, limit: u64, https: bool) -> String {
    use std::io::ErrorKind;
    match e {
        ureq::Error::Timeout(_) => "timed out".into(),
        ureq::Error::HostNotFound => "host not found".into(),
        ureq::Error::ConnectionFailed => "connection failed".into(),
        ureq::Error::BodyExceedsLimit(_) => too_large(limit),
        ureq::Error::TooManyRedirects => "too many redirects".into(),
        ureq::Error::RedirectFailed => "redirect failed".into(),
        ureq::Error::Tls(m) => format!("TLS error: {m}"),
        ureq::Error::Rustls(e) => format!("TLS error: {e}"),
        ureq::Error::Decompress(kind, e) => format!("{kind} decompression failed: {e}"),
        ureq::Error::Io(io) => match io.kind() {
            ErrorKind::ConnectionRefused => "connection refused".into(),
            ErrorKind::TimedOut | ErrorKind::WouldBlock => "timed out".into(),
            ErrorKind::ConnectionReset | ErrorKind::ConnectionAborted => "connection closed by the server".into(),
            ErrorKind::UnexpectedEof => "response cut short".into(),
            ErrorKind::InvalidData if https => format!("TLS error: {io}"),
            _ => format!("network error: {io}"),
        },
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_charset_and_mime() {
        let page = Page {
            url: "u".into(),
            status: 200,
            content_type: Some("Text/HTML; Charset=\"windows-1252\"".into()),
            fetched_at: 0,
            etag: None,
            last_modified: None,
            body: Vec::new(),
        };
        assert_eq!(page.header_charset(), Some("windows-1252"));
        assert_eq!(page.mime().as_deref(), Some("text/html"));
    }

    #[test]
    fn deflate_bodies_are_inflated_within_the_limit() {
        use std::io::Write;
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(&[b'a'; 100]).unwrap();
        let zipped = z.finish().unwrap();
        assert_eq!(inflate(&zipped, 1000).unwrap().len(), 100);
        assert!(inflate(&zipped, 50).unwrap_err().contains("too large"));
        assert!(inflate(b"not deflate at all", 50).is_err());
    }
}
