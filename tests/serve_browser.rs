//! `crosscheck serve` driven in real headless Chromium through WebDriver
//! (Debian's chromedriver): an editor opens the page, filters to errors,
//! dismisses a finding with a note, reloads, sees it reviewed, and `check`
//! agrees (its exit status changes); then undoes it. A script planted in
//! article text shows as text and never runs.
//!
//! Skips (with a note) when Chromium or chromedriver is missing, unless
//! `CI` is set: CI installs both, so there a missing one is a failure.
//! `CROSSCHECK_SHOT_DIR=DIR` keeps screenshots at 1280 px and 390 px.

mod common;
#[path = "support/http.rs"]
mod http;
#[path = "support/webdriver.rs"]
mod webdriver;

use crosscheck::review::ReviewFile;
use crosscheck::serve::{Options, Server};
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::Path;
use std::process::{Child, Stdio};
use webdriver::Browser;

/// Two outlets disagree on a tariff rate (a `conflict`, an error); the
/// second article carries a script. With the superseded fixture (a
/// warning) the batch has one finding of each severity.
const BATCH: &str = r#"{"id":"wire-7","source":"Harbor Wire","published":"2025-08-02","text":"Norland announced a 25% tariff on imported steel from Ostria, effective October 1."}
{"id":"post-9","source":"Valley Post","published":"2025-08-03","text":"Norland announced a 40% tariff on imported steel from Ostria, effective October 1. <script>document.title='pwned'</script>"}
"#;

const AS_OF: &str = "2025-09-01";

/// The server as a child process; killed on drop.
struct Serve(Child, SocketAddr);

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn superseded() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/cli/superseded")
        .display()
        .to_string()
}

fn serve(dir: &Path) -> Serve {
    let mut child = common::crosscheck(dir)
        .args(["serve", "batch.jsonl", &superseded(), "--as-of", AS_OF])
        .args(["--bind", "127.0.0.1:0", "--review-file", "reviews.yaml"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start crosscheck serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .strip_prefix("serving on http://")
        .and_then(|a| a.trim_end_matches('/').parse().ok())
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"));
    Serve(child, addr)
}

/// `crosscheck check` on the same batch and review file: its exit status.
fn check_status(dir: &Path) -> i32 {
    let o = common::cc(
        dir,
        &[
            "check",
            "batch.jsonl",
            &superseded(),
            "--as-of",
            AS_OF,
            "--review-file",
            "reviews.yaml",
        ],
    );
    o.status.code().unwrap()
}

fn shot(b: &Browser, name: &str) {
    let png = b.screenshot();
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 1000,
        "bad screenshot"
    );
    if let Some(dir) = std::env::var_os("CROSSCHECK_SHOT_DIR") {
        std::fs::write(Path::new(&dir).join(name), &png).unwrap();
    }
}

#[test]
fn editor_reviews_in_the_browser() {
    if !webdriver::available("the serve browser test") {
        return;
    }
    let d = common::scratch("serve-browser", "review");
    common::write(&d, "batch.jsonl", BATCH);
    assert_eq!(
        check_status(&d),
        1,
        "the conflict fails check before review"
    );
    let server = serve(&d);
    let url = format!("http://{}/", server.1);
    let b = Browser::start(1280, 1800);

    // Open the page: both findings, the script as text, not run.
    b.goto(&url);
    assert_eq!(b.title(), "crosscheck review, as of 2025-09-01");
    assert_eq!(b.find_all("article.finding", None).len(), 2);
    assert!(b.find_all("script", None).is_empty());
    let src = b.source();
    assert!(src.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"));
    shot(&b, "serve-1280.png");

    // Filter to errors.
    b.click(&b.find("select[name=severity] option[value=error]", None));
    b.click(&b.find("#apply", None));
    b.wait("select[name=severity] option[value=error][selected]");
    assert!(b.url().contains("severity=error"), "{}", b.url());
    let shown = b.find_all("article.finding", None);
    assert_eq!(shown.len(), 1);
    assert!(b.attr(&shown[0], "class").contains("error"));
    let id = b.attr(&shown[0], "id");
    assert!(id.starts_with("conf-"), "{id}");

    // Dismiss it with a note.
    let card = b.find(&format!("article[id='{id}']"), None);
    b.type_into(
        &b.find("textarea[name=note]", Some(&card)),
        "Different goods: <b>steel</b> vs. wire",
    );
    b.type_into(&b.find("input[name=by]", Some(&card)), "Ana");
    b.click(&b.find("button.dismiss", Some(&card)));
    b.wait(&format!("article.reviewed[id='{id}']"));
    assert!(
        b.url().contains("severity=error"),
        "the filter is kept: {}",
        b.url()
    );

    // Reload: still reviewed, the note shown as written.
    b.refresh();
    let card = b.wait(&format!("article[id='{id}']"));
    assert!(
        b.attr(&card, "class").contains("reviewed"),
        "not reviewed after reload; reviews.yaml:\n{}",
        std::fs::read_to_string(d.join("reviews.yaml")).unwrap_or_default()
    );
    let review = b.text(&b.find(".review", Some(&card)));
    assert!(
        review.contains("Dismissed by Ana")
            && review.contains("Different goods: <b>steel</b> vs. wire"),
        "{review}"
    );
    assert!(b.find_all("textarea", Some(&card)).is_empty());
    shot(&b, "serve-1280-reviewed.png");
    assert_eq!(check_status(&d), 0, "check honours the dismissal");

    // Reviewed filter agrees.
    b.goto(&format!("{url}?reviewed=no"));
    assert_eq!(b.find_all("article.finding", None).len(), 1);
    b.goto(&format!("{url}?reviewed=yes"));
    assert_eq!(b.find_all("article.finding", None).len(), 1);

    // Undo: the decision form is back and check fails again.
    b.goto(&url);
    let card = b.find(&format!("article[id='{id}']"), None);
    b.click(&b.find("form.undo button", Some(&card)));
    b.wait(&format!("article[id='{id}'] textarea"));
    b.goto(&url);
    let card = b.find(&format!("article[id='{id}']"), None);
    assert!(!b.attr(&card, "class").contains("reviewed"));
    assert_eq!(b.find_all("textarea[name=note]", Some(&card)).len(), 1);
    assert!(b
        .text(&b.find("details.history summary", Some(&card)))
        .contains("History (2)"));
    assert_eq!(check_status(&d), 1, "undone: check fails again");
    let file = std::fs::read_to_string(d.join("reviews.yaml")).unwrap();
    assert!(
        file.contains("decision: dismissed") && file.contains("decision: undone"),
        "{file}"
    );

    // A POST without the CSRF token is refused.
    let body = format!("id={id}&decision=accepted&note=forged");
    assert_eq!(http::post_form(server.1, "/decide", &body).status, 403);

    // Still no script ran, and the page at phone width.
    assert_eq!(b.title(), "crosscheck review, as of 2025-09-01");
    b.resize(390, 1800);
    b.goto(&url);
    shot(&b, "serve-390.png");
}

/// Findings grouped under their stories, in the browser; the phone-width
/// layout keeps the filters and decision buttons usable.
#[test]
fn findings_group_by_story_in_the_browser() {
    if !webdriver::available("the serve browser test") {
        return;
    }
    let d = common::scratch("serve-browser", "stories");
    let report = serde_json::from_str(include_str!("fixtures/report/serve_stories.json")).unwrap();
    let server = Server::bind(
        report,
        Box::new(ReviewFile::new(d.join("reviews.yaml"))),
        Options {
            bind: "127.0.0.1:0".parse().unwrap(),
            token: None,
            default_by: "desk-editor".into(),
        },
    )
    .unwrap();
    let url = format!("http://{}/", server.local_addr());
    std::thread::spawn(move || server.run());
    let b = Browser::start(1280, 1000);
    b.goto(&url);
    let heads: Vec<String> = b
        .find_all("header.story h2", None)
        .iter()
        .map(|h| b.text(h))
        .collect();
    assert_eq!(
        heads,
        [
            "India raises duties on imported steel",
            "Ferry capsizes off Port Melden",
            "Findings outside any story"
        ]
    );
    let first = b.find("section.group", None);
    let ids: Vec<String> = b
        .find_all("article.finding", Some(&first))
        .iter()
        .map(|f| b.attr(f, "id"))
        .collect();
    assert_eq!(ids, ["conf-00000000c0f1"]);
    assert!(b
        .text(&b.find("header.story .meta", None))
        .starts_with("New Delhi · 2025-06-30"));
    shot(&b, "serve-stories-1280.png");
    b.goto(&format!("{url}?q=port+melden"));
    assert_eq!(b.find_all("header.story h2", None).len(), 1);
    b.resize(390, 1000);
    b.goto(&url);
    // Nothing wider than the phone's screen.
    let html = b.find("html", None);
    let width = b.prop(&html, "scrollWidth").as_u64().unwrap();
    assert!(width <= 390, "the page is {width} px wide at 390");
    shot(&b, "serve-stories-390.png");
}
