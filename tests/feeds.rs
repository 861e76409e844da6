//! Local inputs beyond text: feed files of every kind, folders of saved pages, newsboat's cache.

use std::path::Path;

use assert_cmd::Command;
use rusqlite::Connection;
use serde_json::Value;

/// newsboat's own schema (cache.cpp), so the reader meets what newsboat writes.
const NEWSBOAT_SCHEMA: &str = "
CREATE TABLE rss_feed (
    rssurl VARCHAR(1024) PRIMARY KEY NOT NULL,
    url VARCHAR(1024) NOT NULL,
    title VARCHAR(1024) NOT NULL,
    lastmodified INTEGER(11) NOT NULL DEFAULT 0,
    is_rtl INTEGER(1) NOT NULL DEFAULT 0,
    etag VARCHAR(128) NOT NULL DEFAULT ''
);
CREATE TABLE rss_item (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    guid VARCHAR(64) NOT NULL,
    title VARCHAR(1024) NOT NULL,
    author VARCHAR(1024) NOT NULL,
    url VARCHAR(1024) NOT NULL,
    feedurl VARCHAR(1024) NOT NULL,
    pubDate INTEGER NOT NULL,
    content VARCHAR(65535) NOT NULL,
    unread INTEGER(1) NOT NULL,
    enclosure_url VARCHAR(1024),
    enclosure_type VARCHAR(1024),
    enqueued INTEGER(1) NOT NULL DEFAULT 0,
    flags VARCHAR(52),
    deleted INTEGER(1) NOT NULL DEFAULT 0,
    base VARCHAR(128) NOT NULL DEFAULT '',
    content_mime_type VARCHAR(255) NOT NULL DEFAULT '',
    enclosure_description VARCHAR(1024) NOT NULL DEFAULT '',
    enclosure_description_mime_type VARCHAR(128) NOT NULL DEFAULT ''
);
CREATE TABLE google_replay (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid VARCHAR(64) NOT NULL, state INTEGER NOT NULL, ts INTEGER NOT NULL);
CREATE TABLE metadata (db_schema_version_major INTEGER NOT NULL, db_schema_version_minor INTEGER NOT NULL);
CREATE INDEX idx_rssurl ON rss_feed(rssurl);
CREATE INDEX idx_guid ON rss_item(guid);
CREATE INDEX idx_feedurl ON rss_item(feedurl);
CREATE INDEX idx_deleted ON rss_item(deleted);
INSERT INTO metadata VALUES (2, 32);
";

fn newsdiff(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("newsdiff").unwrap();
    // Never the real home or cache; --offline in every test here keeps the network out.
    cmd.env("HOME", home)
        .env("NEWSDIFF_CACHE_DIR", home.join("cache"))
        .env_remove("XDG_DATA_HOME")
        .env_remove("XDG_CACHE_HOME");
    cmd
}

fn report(home: &Path, args: &[&str]) -> (Vec<Value>, String) {
    let out = newsdiff(home)
        .args(["report", "--format", "json", "--offline"])
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut articles: Vec<Value> = v["stories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["articles"].as_array().unwrap().clone())
        .collect();
    articles.sort_by_key(|a| a["source"].as_str().unwrap_or("").to_string());
    (articles, stderr)
}

fn field<'a>(articles: &'a [Value], key: &str) -> Vec<&'a str> {
    articles.iter().map(|a| a[key].as_str().unwrap_or("")).collect()
}

#[test]
fn every_feed_format_loads_one_article_per_item() {
    let home = tempfile::tempdir().unwrap();
    let f = |n: &str| format!("tests/fixtures/feeds/{n}");
    let (articles, stderr) = report(
        home.path(),
        &[
            &f("valley-post.rss"),
            &f("coast-daily.atom"),
            &f("herald.json"),
            &f("tideline.rdf"),
            &f("old-wire.xml"),
        ],
    );
    assert_eq!(stderr, "");
    assert_eq!(articles.len(), 6);
    let mut outlets = field(&articles, "outlet");
    outlets.sort_unstable();
    outlets.dedup();
    assert_eq!(
        outlets,
        [
            "Coast Daily",
            "North Bank Herald",
            "Old Wire",
            "Tideline",
            "Valley Post"
        ]
    );
    let valley = articles
        .iter()
        .find(|a| a["source"] == "https://valleypost.example/2024/05/02/bridge")
        .unwrap();
    assert_eq!(valley["title"], "Harbour bridge shut after crack found");
    assert_eq!(valley["url"], "https://valleypost.example/2024/05/02/bridge");
    assert!(valley["published"].as_str().unwrap().starts_with("2024-05-02"));
    // content:encoded wins over the description.
    let text = valley["text"].as_str().unwrap();
    assert!(
        text.contains("40,000 vehicles") && !text.contains("closed for three weeks."),
        "{text}"
    );
    let coast = articles.iter().find(|a| a["outlet"] == "Coast Daily").unwrap();
    assert!(coast["text"].as_str().unwrap().contains("45,000 vehicles"));
    // Items with only a summary keep it offline.
    let tide = articles.iter().find(|a| a["outlet"] == "Tideline").unwrap();
    assert!(tide["text"].as_str().unwrap().contains("30-centimetre crack"));
}

#[test]
fn feeds_are_told_by_content_and_bad_ones_are_warnings() {
    let home = tempfile::tempdir().unwrap();
    let disguised = home.path().join("notes.txt");
    std::fs::copy("tests/fixtures/feeds/coast-daily.atom", &disguised).unwrap();
    let (articles, stderr) = report(
        home.path(),
        &[disguised.to_str().unwrap(), "tests/fixtures/feeds/broken.xml"],
    );
    assert_eq!(field(&articles, "outlet"), ["Coast Daily"]);
    assert!(stderr.contains("broken.xml: invalid feed"), "{stderr}");
    newsdiff(home.path())
        .args(["report", "--offline", "tests/fixtures/feeds/broken.xml"])
        .assert()
        .code(2);
}

#[test]
fn folder_of_saved_pages_gives_outlets_headlines_and_dates() {
    let home = tempfile::tempdir().unwrap();
    let (articles, stderr) = report(home.path(), &["tests/fixtures/web"]);
    assert_eq!(stderr, "");
    assert_eq!(
        field(&articles, "outlet"),
        ["Coast Daily", "The Harbour Post", "North Bank Herald"]
    );
    assert_eq!(
        field(&articles, "title"),
        [
            "Bridge closed for three weeks over girder crack",
            "Harbour bridge shut after engineers find crack",
            "Traders fear months of lost business"
        ]
    );
    assert_eq!(
        field(&articles, "published"),
        ["2024-05-02T09:10:00Z", "2024-05-02T07:30:00+01:00", "2024-05-03"]
    );
    let herald = articles[2]["text"].as_str().unwrap();
    assert!(
        herald.contains("\u{201c}We need help now, not in a month,\u{201d}"),
        "{herald}"
    );
    assert!(herald.contains("won\u{2019}t"));
    for a in &articles {
        let text = a["text"].as_str().unwrap();
        for clutter in [
            "cookies",
            "partners",
            "Trending",
            "Share this",
            "Registered in England",
            "Front page",
        ] {
            assert!(!text.contains(clutter), "{clutter:?} left in {}", a["source"]);
        }
    }
}

/// A newsboat cache with two feeds: live, read, deleted and old items.
fn newsboat_cache(path: &Path) {
    let conn = Connection::open(path).unwrap();
    conn.execute_batch(NEWSBOAT_SCHEMA).unwrap();
    conn.execute_batch(
        "INSERT INTO rss_feed (rssurl, url, title) VALUES
           ('https://valleypost.example/feed', 'https://valleypost.example/', 'Valley Post'),
           ('https://coastdaily.example/atom', 'https://coastdaily.example/', 'Coast Daily');",
    )
    .unwrap();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let items: [(&str, &str, &str, i64, &str, i64, i64); 4] = [
        (
            "v1",
            "Harbour bridge shut",
            "https://valleypost.example/feed",
            now - 3600,
            "<p>The Harbour Bridge was closed on Thursday after inspectors found a crack.</p><p>“We will not reopen the bridge until we are certain it is safe,” said Ines Okafor.</p>",
            1,
            0,
        ),
        (
            "c1",
            "Bridge closed for three weeks",
            "https://coastdaily.example/atom",
            now - 7200,
            "<p>The Harbour Bridge will stay closed for three weeks after a crack was discovered.</p>",
            0,
            0,
        ),
        (
            "c2",
            "Deleted item",
            "https://coastdaily.example/atom",
            now - 60,
            "<p>Gone but not forgotten.</p>",
            1,
            1,
        ),
        (
            "v0",
            "Last week's story",
            "https://valleypost.example/feed",
            now - 8 * 86_400,
            "<p>An older story about the ferry timetable and the harbour.</p>",
            1,
            0,
        ),
    ];
    for (guid, title, feed, date, content, unread, deleted) in items {
        conn.execute(
            "INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread, deleted)
             VALUES (?1, ?2, 'Staff', ?3, ?4, ?5, ?6, ?7, ?8)",
            rusqlite::params![
                guid,
                title,
                format!("https://example.org/{guid}"),
                feed,
                date,
                content,
                unread,
                deleted
            ],
        )
        .unwrap();
    }
}

#[test]
fn newsboat_cache_items_with_since_and_unread() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("cache.db");
    newsboat_cache(&db);
    let before = std::fs::read(&db).unwrap();
    let db_arg = db.to_str().unwrap();

    let (all, stderr) = report(home.path(), &[db_arg]);
    assert_eq!(stderr, "");
    let mut titles = field(&all, "title");
    titles.sort_unstable();
    assert_eq!(
        titles,
        [
            "Bridge closed for three weeks",
            "Harbour bridge shut",
            "Last week's story"
        ]
    );
    let harbour = all.iter().find(|a| a["title"] == "Harbour bridge shut").unwrap();
    assert_eq!(harbour["outlet"], "Valley Post");
    assert_eq!(harbour["url"], "https://example.org/v1");

    let (recent, _) = report(home.path(), &["--since", "1d", db_arg]);
    assert_eq!(recent.len(), 2);
    let (unread, _) = report(home.path(), &["--unread", db_arg]);
    let mut titles = field(&unread, "title");
    titles.sort_unstable();
    assert_eq!(titles, ["Harbour bridge shut", "Last week's story"]);
    let (both, _) = report(home.path(), &["--unread", "--since", "2d", db_arg]);
    assert_eq!(field(&both, "title"), ["Harbour bridge shut"]);
    // Read-only: the file is exactly as newsboat left it.
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn newsboat_cache_is_read_while_newsboat_writes() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("cache.db");
    newsboat_cache(&db);
    // newsboat holds a write transaction open: readers still get the committed items.
    let writer = Connection::open(&db).unwrap();
    writer
        .execute_batch("BEGIN IMMEDIATE; UPDATE rss_item SET unread = 0;")
        .unwrap();
    let (items, _) = report(home.path(), &["--unread", db.to_str().unwrap()]);
    assert_eq!(items.len(), 2);
    writer.execute_batch("ROLLBACK;").unwrap();
}

#[test]
fn newsboat_flag_uses_the_default_location() {
    let home = tempfile::tempdir().unwrap();
    newsdiff(home.path())
        .args(["report", "--offline", "--newsboat"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no newsboat cache at"));
    let xdg = home.path().join(".local/share/newsboat");
    std::fs::create_dir_all(&xdg).unwrap();
    newsboat_cache(&xdg.join("cache.db"));
    let (items, _) = report(home.path(), &["--newsboat", "--since", "1d"]);
    assert_eq!(items.len(), 2);
    // ~/.newsboat wins when it exists.
    let dot = home.path().join(".newsboat");
    std::fs::create_dir_all(&dot).unwrap();
    std::fs::copy("tests/fixtures/feeds/valley-post.rss", dot.join("unused.rss")).unwrap();
    let conn = Connection::open(dot.join("cache.db")).unwrap();
    conn.execute_batch(NEWSBOAT_SCHEMA).unwrap();
    drop(conn);
    newsdiff(home.path())
        .args(["report", "--offline", "--newsboat"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no newsboat items"));
}

#[test]
fn the_same_feed_twice_gives_distinct_ids() {
    let home = tempfile::tempdir().unwrap();
    let copy = home.path().join("copy.rss");
    std::fs::copy("tests/fixtures/feeds/valley-post.rss", &copy).unwrap();
    let (articles, _) = report(
        home.path(),
        &["tests/fixtures/feeds/valley-post.rss", copy.to_str().unwrap()],
    );
    let mut ids = field(&articles, "id");
    ids.sort_unstable();
    assert_eq!(ids.len(), 4);
    ids.dedup();
    assert_eq!(ids.len(), 4, "{ids:?}");
}

#[test]
fn other_databases_and_binary_files_are_warnings() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("other.sqlite");
    Connection::open(&db)
        .unwrap()
        .execute_batch("CREATE TABLE t (x);")
        .unwrap();
    let (items, stderr) = report(
        home.path(),
        &[db.to_str().unwrap(), "tests/fixtures/web/coast-daily.html"],
    );
    assert_eq!(items.len(), 1);
    assert!(stderr.contains("not a newsboat cache"), "{stderr}");
}
