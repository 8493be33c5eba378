//! `serve` without a browser: security answers (403, 413, CSP, escaping,
//! the token rule), grouping by story, and concurrent decisions each stored
//! exactly once. The browser walk-through is in serve_browser.rs.

mod common;
#[path = "support/http.rs"]
mod http;

use crosscheck::model::Report;
use crosscheck::review::{DecisionStore, ReviewFile};
use crosscheck::serve::{Options, Server};
use std::net::SocketAddr;
use std::path::Path;

fn stories() -> Report {
    serde_json::from_str(include_str!("fixtures/report/serve_stories.json"))
        .expect("fixture parses")
}

/// Serves `report` with decisions in `reviews`, on a free loopback port,
/// for the rest of the test process.
fn start(report: Report, reviews: &Path, token: Option<&str>) -> SocketAddr {
    let server = Server::bind(
        report,
        Box::new(ReviewFile::new(reviews)),
        Options {
            bind: "127.0.0.1:0".parse().unwrap(),
            token: token.map(str::to_string),
            default_by: "desk-editor".into(),
        },
    )
    .expect("binds");
    let addr = server.local_addr();
    std::thread::spawn(move || server.run());
    addr
}

/// Starts `crosscheck serve ARGS` in `dir` on a free loopback port; the
/// child and the address it printed.
fn serve(dir: &Path, args: &[&str]) -> (std::process::Child, SocketAddr) {
    use std::io::{BufRead, BufReader};
    let mut child = common::crosscheck(dir)
        .arg("serve")
        .args(args)
        .args(["--bind", "127.0.0.1:0"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr: SocketAddr = line
        .trim()
        .trim_start_matches("serving on http://")
        .trim_end_matches('/')
        .parse()
        .unwrap_or_else(|_| panic!("{line:?}"));
    (child, addr)
}

#[test]
fn page_is_grouped_by_story_escaped_and_self_contained() {
    let d = common::scratch("serve", "page");
    let addr = start(stories(), &d.join("reviews.yaml"), None);
    let r = http::get(addr, "/");
    assert_eq!(r.status, 200);
    let csp = r.header("content-security-policy").expect("a CSP");
    assert!(csp.starts_with("default-src 'none'"), "{csp}");
    assert!(
        !csp.contains("http") && !csp.contains("script-src"),
        "{csp}"
    );
    let page = &r.body;
    for bad in ["http://", "https://", "<script", "src="] {
        assert!(!page.contains(bad), "page has {bad}");
    }
    // Article text with a planted script is text.
    assert!(page.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"));
    assert!(page.contains("Trade Journal &amp; Review"));
    // Stories in report order, each with its findings; the rest after.
    let tariff = page.find("India raises duties on imported steel").unwrap();
    let ferry = page.find("Ferry capsizes off Port Melden").unwrap();
    let outside = page.find("Findings outside any story").unwrap();
    let at = |id: &str| page.find(&format!("id=\"{id}\"")).unwrap();
    assert!(tariff < at("conf-00000000c0f1") && at("conf-00000000c0f1") < ferry);
    assert!(ferry < at("supe-00000000500e") && at("supe-00000000500e") < outside);
    assert!(outside < at("dead-00000000dead"));
    assert!(page.contains("low <b>15</b> · best <b>28</b> · high <b>28</b>"));
    assert!(page.contains("<mark>At least 15 people</mark>"));
    assert!(page.contains("<svg class=\"timeline\""));

    // Search by place finds the story's findings; by outlet too.
    let r = http::get(addr, "/?q=melden");
    assert!(r.body.contains("id=\"supe-00000000500e\""));
    assert!(!r.body.contains("id=\"conf-00000000c0f1\""));
    let r = http::get(addr, "/?q=trade+journal&severity=error");
    assert!(r.body.contains("1 of 4 findings shown"), "{}", r.body);

    // The stylesheet is ours and the only resource.
    let css = http::get(addr, "/app.css");
    assert_eq!(css.status, 200);
    assert!(css.header("content-type").unwrap().starts_with("text/css"));
}

#[test]
fn state_changes_need_the_csrf_token_and_small_bodies() {
    let d = common::scratch("serve", "csrf");
    let reviews = d.join("reviews.yaml");
    let addr = start(stories(), &reviews, None);
    let token = http::csrf(&http::get(addr, "/").body);
    let form = "id=conf-00000000c0f1&decision=dismissed&note=same+rate";
    for (path, body) in [
        ("/decide", form.to_string()),
        ("/decide", format!("{form}&csrf=0000")),
        ("/undo", "id=conf-00000000c0f1".to_string()),
    ] {
        let r = http::post_form(addr, path, &body);
        assert_eq!(r.status, 403, "{path} {body}: {}", r.body);
    }
    assert!(!reviews.exists(), "nothing written without the token");
    let big = format!(
        "csrf={token}&id=conf-00000000c0f1&decision=dismissed&note={}",
        "a".repeat(20_000)
    );
    assert_eq!(http::post_form(addr, "/decide", &big).status, 413);
    let r = http::post_form(
        addr,
        "/decide",
        &format!("{form}&csrf={token}&back=severity%3Derror"),
    );
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        r.header("location"),
        Some("/?severity=error#conf-00000000c0f1")
    );
    let r = http::post_form(
        addr,
        "/decide",
        &format!("csrf={token}&id=conf-00000000c0f1&decision=maybe&note=x"),
    );
    assert_eq!(r.status, 400);
    let r = http::post_form(
        addr,
        "/decide",
        &format!("csrf={token}&id=conf-00000000c0f1&decision=accepted&note=+"),
    );
    assert_eq!(r.status, 400, "a note is required");
    let r = http::post_form(
        addr,
        "/decide",
        &format!("csrf={token}&id=conf-0000000000ff&decision=accepted&note=x"),
    );
    assert_eq!(r.status, 404, "no such finding");
    let list = ReviewFile::new(&reviews).list().unwrap();
    assert_eq!(list.decisions.len(), 1);
}

#[test]
fn a_token_guards_every_request() {
    let d = common::scratch("serve", "token");
    let token = "s3cret-token-for-tests";
    let addr = start(stories(), &d.join("reviews.yaml"), Some(token));
    assert_eq!(http::get(addr, "/").status, 401);
    assert_eq!(http::get(addr, "/?token=wrong-token-for-tests").status, 401);
    let r = http::get(addr, &format!("/?token={token}"));
    assert_eq!(r.status, 303);
    let cookie = r
        .header("set-cookie")
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    assert!(r.header("set-cookie").unwrap().contains("HttpOnly"));
    let r = http::request(addr, "GET", "/", &[("Cookie", &cookie)], b"").unwrap();
    assert_eq!(r.status, 200);
    let bearer = format!("Bearer {token}");
    let r = http::request(addr, "GET", "/", &[("Authorization", &bearer)], b"").unwrap();
    assert_eq!(r.status, 200);
}

#[test]
fn non_loopback_bind_without_token_refuses_to_start() {
    let d = common::scratch("serve", "bind");
    let o = common::crosscheck(&d)
        .args([
            "serve",
            "--bind",
            "0.0.0.0:0",
            "--as-of",
            "2026-03-10",
            "nothing-here",
        ])
        .env_remove("CROSSCHECK_TOKEN")
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let e = common::stderr(&o);
    assert_eq!(e.lines().count(), 1, "{e}");
    assert!(
        e.starts_with("error: 0.0.0.0:0 is not a loopback address"),
        "{e}"
    );
    let o = common::crosscheck(&d)
        .args([
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--token",
            "short",
            "nothing-here",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(common::stderr(&o).contains("at least 16 characters"));
}

/// 8 editors deciding at once: every decision is stored exactly once, in
/// one well-formed file, and the page still answers meanwhile. (The 2,000
/// decision run with latencies is `cargo run --release --example
/// serve_load`.)
#[test]
fn concurrent_decisions_are_each_stored_once() {
    const CLIENTS: usize = 8;
    const EACH: usize = 25;
    let d = common::scratch("serve", "concurrent");
    let reviews = d.join("reviews.yaml");
    std::fs::write(&reviews, "# desk decisions\n").unwrap();
    let report = stories();
    let ids: Vec<String> = report.findings.iter().map(|f| f.id.clone()).collect();
    let addr = start(report, &reviews, None);
    let token = http::csrf(&http::get(addr, "/").body);
    let workers: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (token, ids) = (token.clone(), ids.clone());
            std::thread::spawn(move || {
                for i in 0..EACH {
                    let id = &ids[(c + i) % ids.len()];
                    let decision = if i % 2 == 0 { "dismissed" } else { "accepted" };
                    let body = format!(
                        "csrf={token}&id={id}&decision={decision}&note=client+{c}+decision+{i}"
                    );
                    let r = http::post_form(addr, "/decide", &body);
                    assert_eq!(r.status, 303, "{}", r.body);
                }
            })
        })
        .collect();
    // The page answers while the decisions go in.
    for _ in 0..5 {
        assert_eq!(http::get(addr, "/").status, 200);
    }
    for w in workers {
        w.join().unwrap();
    }
    let list = ReviewFile::new(&reviews).list().unwrap();
    assert_eq!(list.decisions.len(), CLIENTS * EACH);
    assert_eq!(
        http::distinct_notes(&list),
        CLIENTS * EACH,
        "a decision stored twice"
    );
    assert!(std::fs::read_to_string(&reviews)
        .unwrap()
        .starts_with("# desk decisions\n"));
    // The later decision on each finding is the one in force.
    let latest = list.latest();
    for id in &ids {
        let last = list.decisions.iter().rev().find(|d| &d.id == id).unwrap();
        assert_eq!(latest[id.as_str()], last);
    }
}

/// With `--ledger`, findings say whether the ledger saw them before, the
/// seen filter works, serving never writes the ledger's history, and
/// decisions are kept in the ledger, where `check --ledger` honours them.
#[test]
fn ledger_marks_findings_seen_and_keeps_decisions() {
    let d = common::scratch("serve", "ledger");
    common::write(
        &d,
        "batch.jsonl",
        r#"{"id":"wire-7","source":"Harbor Wire","published":"2026-03-02","text":"Norland announced a 25% tariff on imported steel from Ostria, effective April 1."}
{"id":"post-9","source":"Valley Post","published":"2026-03-03","text":"Norland announced a 40% tariff on imported steel from Ostria, effective April 1."}
"#,
    );
    let o = common::cc(
        &d,
        &[
            "check",
            "batch.jsonl",
            "--as-of",
            "2026-03-10",
            "--ledger",
            "ledger.db",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", common::stderr(&o));
    let before = std::fs::read(d.join("ledger.db")).unwrap();
    let (mut child, addr) = serve(
        &d,
        &[
            "batch.jsonl",
            "--as-of",
            "2026-03-10",
            "--ledger",
            "ledger.db",
        ],
    );
    let seen = http::get(addr, "/?seen=seen").body;
    let new = http::get(addr, "/?seen=new").body;
    assert!(seen.contains("1 of 1 findings shown"), "{seen}");
    assert!(seen.contains("seen before</span>"));
    assert!(new.contains("0 of 1 findings shown"), "{new}");
    assert_eq!(
        std::fs::read(d.join("ledger.db")).unwrap(),
        before,
        "ledger written by reading the page"
    );
    // A decision made on the page is kept in the ledger, where the next
    // `check --ledger` (any desk's) finds it; no review file is written.
    let page = http::get(addr, "/").body;
    let token = http::csrf(&page);
    let id = page
        .split("id=\"conf-")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .map(|h| format!("conf-{h}"))
        .unwrap_or_else(|| panic!("no conflict on the page: {page}"));
    let r = http::post_form(
        addr,
        "/decide",
        &format!("csrf={token}&id={id}&decision=dismissed&note=two+rates+quoted"),
    );
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(r.status, 303, "{}", r.body);
    assert!(!d.join("reviews.yaml").exists());
    let o = common::cc(
        &d,
        &[
            "check",
            "batch.jsonl",
            "--as-of",
            "2026-03-10",
            "--ledger",
            "ledger.db",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", common::stderr(&o));
    // Given no batch, `serve --ledger` shows the ledger's latest run, with
    // the decision the ledger keeps.
    let (mut child, addr) = serve(&d, &["--as-of", "2026-03-10", "--ledger", "ledger.db"]);
    let page = http::get(addr, "/").body;
    let _ = child.kill();
    let _ = child.wait();
    assert!(page.contains(&id), "{page}");
    assert!(page.contains("two rates quoted"), "{page}");
}
