//! Web inputs end to end against a local server: pages, feeds, failures, the offline cache.

#[path = "support/server.rs"]
mod server;

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use assert_cmd::Command;
use serde_json::Value;
use server::{Reply, Request, Server};

const HARBOUR: &[u8] = include_bytes!("fixtures/web/harbour-post.html");
const COAST: &[u8] = include_bytes!("fixtures/web/coast-daily.html");
const HERALD_1252: &[u8] = include_bytes!("fixtures/web/herald-1252.html");

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(bytes).unwrap();
    z.finish().unwrap()
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(bytes).unwrap();
    z.finish().unwrap()
}

/// Every fixture route; `base` is the server's own address, for links and redirects.
fn routes(req: &Request, base: &str) -> Reply {
    let html = "text/html; charset=utf-8";
    match req.path.as_str() {
        "/harbour" => {
            if req.header("If-None-Match") == Some("\"h1\"") {
                return Reply::status(304);
            }
            Reply::ok(html, HARBOUR).header("ETag", "\"h1\"")
        }
        "/coast" => Reply::ok("text/html", COAST).header("Last-Modified", "Thu, 02 May 2024 10:00:00 GMT"),
        "/herald" => Reply::ok("text/html; charset=windows-1252", HERALD_1252),
        "/gzip" => Reply::ok(html, gzip(HARBOUR)).header("Content-Encoding", "gzip"),
        "/deflate" => Reply::ok(html, deflate(COAST)).header("Content-Encoding", "deflate"),
        "/truncated-gzip" => {
            let z = gzip(HARBOUR);
            Reply::ok(html, z.get(..z.len() / 2).unwrap().to_vec()).header("Content-Encoding", "gzip")
        }
        p if p.starts_with("/hop/") => {
            let n: u32 = p.trim_start_matches("/hop/").parse().unwrap_or(0);
            let to = if n == 0 {
                format!("{base}/coast")
            } else {
                format!("{base}/hop/{}", n - 1)
            };
            Reply::status(302).header("Location", &to)
        }
        "/slow" => Reply {
            delay_ms: 4000,
            ..Reply::ok(html, HARBOUR)
        },
        "/big" => Reply::ok(
            html,
            format!("<html><body><p>{}</p></body></html>", "word ".repeat(4000)),
        ),
        "/notes.txt" => Reply::ok(
            "text/plain; charset=utf-8",
            "Bridge notes\n\nThe Harbour Bridge closed on Thursday after a crack was found in a girder.",
        ),
        "/image" => Reply::ok("image/png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
        "/binary" => Reply::ok(html, b"<html>\0\0\0\x01\x02 binary".to_vec()),
        "/bad-feed" => Reply::ok("application/rss+xml", "<rss version=\"2.0\"><channel><item><title>Half"),
        "/summaries.rss" => Reply::ok(
            "application/rss+xml",
            format!(
                r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Bay Wire</title><link>{base}/</link>
<item><title>Harbour bridge shut</title><link>{base}/harbour</link><description>Short teaser.</description></item>
<item><title>Three-week closure</title><link>{base}/coast</link><description>Another teaser.</description></item>
</channel></rss>"#
            ),
        ),
        _ => Reply::status(404),
    }
}

fn newsdiff(cache: &Path) -> Command {
    let mut cmd = Command::cargo_bin("newsdiff").unwrap();
    // The cache lives in the test's temporary directory, and no proxy may take the requests away.
    cmd.env("NEWSDIFF_CACHE_DIR", cache)
        .env("HOME", cache)
        .env_remove("XDG_CACHE_HOME");
    for var in [
        "http_proxy",
        "https_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "all_proxy",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

/// `report --format json` over `args`: the articles, the standard error, and whether it succeeded.
fn report(cache: &Path, args: &[String]) -> (Vec<Value>, String, bool) {
    let out = newsdiff(cache)
        .args(["report", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if !out.status.success() {
        return (Vec::new(), stderr, false);
    }
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let articles = v["stories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["articles"].as_array().unwrap().clone())
        .collect();
    (articles, stderr, true)
}

fn by_source<'a>(articles: &'a [Value], source: &str) -> &'a Value {
    articles
        .iter()
        .find(|a| a["source"] == source)
        .unwrap_or_else(|| panic!("no article from {source}"))
}

#[test]
fn pages_load_with_their_metadata_and_without_clutter() {
    let server = Server::start(routes);
    let cache = tempfile::tempdir().unwrap();
    let urls: Vec<String> = ["/harbour", "/coast", "/herald", "/gzip", "/deflate", "/hop/3"]
        .iter()
        .map(|p| server.url(p))
        .collect();
    let (articles, stderr, ok) = report(cache.path(), &urls);
    assert!(ok, "{stderr}");
    assert_eq!(articles.len(), 6, "{stderr}");
    let harbour = by_source(&articles, &urls[0]);
    assert_eq!(harbour["outlet"], "The Harbour Post");
    assert_eq!(harbour["title"], "Harbour bridge shut after engineers find crack");
    assert_eq!(harbour["published"], "2024-05-02T07:30:00+01:00");
    assert_eq!(
        harbour["url"],
        "https://harbourpost.example/news/2024/05/02/bridge-shut"
    );
    let text = harbour["text"].as_str().unwrap();
    assert!(text.contains("About 40,000 vehicles cross the bridge every day."));
    for clutter in [
        "cookies",
        "Subscribe",
        "Share on",
        "Related stories",
        "newsletter",
        "Leave a Reply",
        "falling apart",
        "Most read",
        "All rights reserved",
    ] {
        assert!(!text.contains(clutter), "{clutter:?} left in:\n{text}");
    }
    let coast = by_source(&articles, &urls[1]);
    assert_eq!(coast["outlet"], "Coast Daily");
    assert_eq!(coast["title"], "Bridge closed for three weeks over girder crack");
    assert_eq!(coast["published"], "2024-05-02T09:10:00Z");
    assert_eq!(coast["author"], "Idris Haddad");
    // No canonical link: the address after redirects stands in.
    assert_eq!(coast["url"], urls[1]);
    let herald = by_source(&articles, &urls[2]);
    assert_eq!(herald["outlet"], "North Bank Herald");
    assert_eq!(herald["published"], "2024-05-03");
    let text = herald["text"].as_str().unwrap();
    assert!(
        text.contains("\u{201c}Every day the bridge is shut is a day we lose trade,\u{201d}"),
        "{text}"
    );
    assert!(text.contains("Café owner"));
    // Compressed and redirected pages read the same as plain ones.
    assert_eq!(by_source(&articles, &urls[3])["text"], harbour["text"]);
    assert_eq!(by_source(&articles, &urls[4])["text"], coast["text"]);
    assert_eq!(by_source(&articles, &urls[5])["title"], coast["title"]);
}

#[test]
fn every_failure_is_one_warning_and_the_rest_still_loads() {
    let server = Server::start(routes);
    let cache = tempfile::tempdir().unwrap();
    // A port nothing listens on: bind, note it, close.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let bad = [
        ("/missing", "HTTP 404"),
        ("/slow", "timed out"),
        ("/big", "too large"),
        ("/image", "not HTML or a feed (content type image/png)"),
        ("/binary", "binary"),
        ("/truncated-gzip", "gzip decompression failed"),
        ("/bad-feed", "invalid feed"),
        ("/hop/9", "too many redirects"),
    ];
    let mut args: Vec<String> = vec!["--timeout".into(), "1".into(), "--max-size".into(), "16K".into()];
    args.extend(bad.iter().map(|(p, _)| server.url(p)));
    args.push(format!("http://{closed}/gone"));
    // A server that answers in plain HTTP whatever it is sent: a TLS handshake with it fails.
    let plain = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let plain_addr = plain.local_addr().unwrap();
    std::thread::spawn(move || {
        for mut stream in plain.incoming().flatten() {
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi");
            std::thread::sleep(std::time::Duration::from_millis(300));
        }
    });
    args.push(format!("https://{plain_addr}/coast"));
    args.push("file:///etc/passwd".into());
    args.push("javascript:alert(1)".into());
    args.push(server.url("/coast"));
    let started = Instant::now();
    let (articles, stderr, ok) = report(cache.path(), &args);
    assert!(started.elapsed().as_secs() < 10, "took {:?}", started.elapsed());
    assert!(ok, "{stderr}");
    assert_eq!(articles.len(), 1);
    for (path, why) in bad {
        let line = stderr
            .lines()
            .find(|l| l.contains(&format!("{}:", server.url(path))))
            .unwrap_or_else(|| panic!("no warning for {path}:\n{stderr}"));
        assert!(line.starts_with("newsdiff: warning: ") && line.contains(why), "{line}");
    }
    assert!(
        stderr.contains(&format!("http://{closed}/gone: connection refused")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("https://{plain_addr}/coast: TLS error")),
        "{stderr}"
    );
    assert!(stderr.contains("file:///etc/passwd: refused: only http and https"));
    assert!(stderr.contains("javascript:alert(1): refused"));
    assert!(!stderr.contains("panicked"));
    assert_eq!(stderr.lines().count(), bad.len() + 4, "{stderr}");

    // Nothing loads: exit code 2.
    newsdiff(cache.path())
        .args(["report", &server.url("/missing"), "ftp://example.org/x"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no articles found"));
}

#[test]
fn export_and_plain_text_urls() {
    let server = Server::start(routes);
    let cache = tempfile::tempdir().unwrap();
    let out = newsdiff(cache.path())
        .args([
            "export",
            "--format",
            "json",
            &server.url("/harbour"),
            &server.url("/notes.txt"),
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("The Harbour Post") && text.contains("newsdiff-export"),
        "{text}"
    );
    let (articles, stderr, ok) = report(cache.path(), &[server.url("/notes.txt")]);
    assert!(ok && stderr.is_empty(), "{stderr}");
    assert_eq!(articles[0]["title"], "Bridge notes");
    assert_eq!(articles[0]["url"], server.url("/notes.txt"));
}

#[test]
fn summary_only_feed_items_get_their_pages() {
    let server = Server::start(routes);
    let cache = tempfile::tempdir().unwrap();
    let (articles, stderr, ok) = report(cache.path(), &[server.url("/summaries.rss")]);
    assert!(ok, "{stderr}");
    assert_eq!(articles.len(), 2);
    let first = by_source(&articles, &server.url("/harbour"));
    // The feed names the outlet and the headline; the page gives the text.
    assert_eq!(first["outlet"], "Bay Wire");
    assert_eq!(first["title"], "Harbour bridge shut");
    assert!(first["text"].as_str().unwrap().contains("40,000 vehicles"));
    assert!(!first["text"].as_str().unwrap().contains("teaser"));
}

#[test]
fn offline_cache_revalidates_and_serves_without_network() {
    let mut server = Server::start(routes);
    let cache = tempfile::tempdir().unwrap();
    let urls = vec![server.url("/harbour"), server.url("/coast")];
    let (online, stderr, ok) = report(cache.path(), &urls);
    assert!(ok && stderr.is_empty(), "{stderr}");
    assert!(cache.path().join("cache.sqlite").exists());

    // Again online: conditional requests with the stored validators; 304 keeps the copy.
    let (again, _, ok) = report(cache.path(), &urls);
    assert!(ok);
    assert_eq!(again, online);
    let log = server.requests();
    assert!(log.contains(&"/harbour \"h1\" -".to_string()), "{log:?}");
    assert!(
        log.contains(&"/coast - Thu, 02 May 2024 10:00:00 GMT".to_string()),
        "{log:?}"
    );

    // --refresh asks without validators.
    let before = server.requests().len();
    let (_, _, ok) = report(cache.path(), &["--refresh".to_string(), urls[0].clone()]);
    assert!(ok);
    assert_eq!(server.requests().get(before).map(String::as_str), Some("/harbour - -"));

    server.stop();
    let mut offline_args = vec!["--offline".to_string()];
    offline_args.extend(urls.iter().cloned());
    offline_args.push(format!("http://{}/never-fetched", server.addr));
    let (offline, stderr, ok) = report(cache.path(), &offline_args);
    assert!(ok, "{stderr}");
    assert_eq!(offline, online);
    assert!(stderr.contains("never-fetched: not in the offline cache"), "{stderr}");

    // Online with the server gone, the cached copy is used with a warning.
    let (fallback, stderr, ok) = report(cache.path(), &urls);
    assert!(ok);
    assert_eq!(fallback, online);
    assert!(stderr.contains("using the cached copy"), "{stderr}");
}

#[test]
fn damaged_cache_is_set_aside_and_two_processes_share_one() {
    let server = Server::start(routes);
    let cache = tempfile::tempdir().unwrap();
    std::fs::write(
        cache.path().join("cache.sqlite"),
        b"this is not a database, not at all".repeat(200),
    )
    .unwrap();
    let (articles, stderr, ok) = report(cache.path(), &[server.url("/coast")]);
    assert!(ok, "{stderr}");
    assert_eq!(articles.len(), 1);
    assert!(
        stderr.contains("damaged cache") && stderr.contains("set aside"),
        "{stderr}"
    );
    let names: Vec<String> = std::fs::read_dir(cache.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().any(|n| n.starts_with("cache.sqlite.corrupt-")),
        "{names:?}"
    );

    let urls: Vec<String> = ["/harbour", "/coast", "/herald", "/gzip"]
        .iter()
        .map(|p| server.url(p))
        .collect();
    let children: Vec<_> = (0..2)
        .map(|_| {
            let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsdiff"));
            cmd.env("NEWSDIFF_CACHE_DIR", cache.path())
                .env("HOME", cache.path())
                .env_remove("http_proxy")
                .env_remove("HTTP_PROXY")
                .args(["report", "--quiet"])
                .args(&urls)
                .stdout(std::process::Stdio::null());
            cmd.spawn().unwrap()
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }
}
