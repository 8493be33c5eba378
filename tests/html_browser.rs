//! Opens the HTML report in real headless Chromium: the page must render
//! with every finding anchored, draw its timelines, link every story with
//! findings from its index to its section, and never run a script planted
//! in article text or a story title.
//!
//! Skips (with a note) when Chromium is missing, unless `CI` is set: CI
//! installs it, so there a missing browser is a failure.

use crosscheck::model::Report;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CHROMIUM: &str = "/usr/bin/chromium";

fn sample() -> Report {
    serde_json::from_str(include_str!("fixtures/report/sample.json")).expect("fixture parses")
}

fn with_stories() -> Report {
    serde_json::from_str(include_str!("fixtures/report/stories.json")).expect("fixture parses")
}

fn chromium() -> Option<PathBuf> {
    let p = PathBuf::from(CHROMIUM);
    if p.exists() {
        return Some(p);
    }
    if std::env::var_os("CI").is_some() {
        panic!("{CHROMIUM} not found: CI must install chromium for the HTML report test");
    }
    eprintln!("note: {CHROMIUM} not found; skipping the headless browser test");
    None
}

/// A fresh directory per run, so profiles and outputs never leak between
/// runs.
fn scratch() -> PathBuf {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let d = std::env::temp_dir().join(format!("crosscheck-html-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Runs Chromium headless on `page` with `extra` flags; returns stdout.
/// Kills it after a minute rather than hanging the test suite.
fn run(browser: &Path, dir: &Path, page: &Path, extra: &[String]) -> String {
    let profile = dir.join(format!("profile-{}", extra.len()));
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .args(extra)
    .arg(format!("file://{}", page.display()))
    .stdin(Stdio::null())
    .stdout(Stdio::piped())
    .stderr(Stdio::null());
    let mut child = cmd.spawn().expect("start chromium");
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut stdout, &mut s);
        s
    });
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium exited with {status}");
            break;
        }
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 60 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    reader.join().unwrap()
}

/// A page rendered from `report` and the DOM Chromium built from it: the
/// browser, a scratch directory, the page and the dumped DOM; `None` when
/// Chromium is missing outside CI.
fn open_in_chromium(report: &Report) -> Option<(PathBuf, PathBuf, PathBuf, String)> {
    let browser = chromium()?;
    let dir = scratch();
    let page = dir.join("report.html");
    std::fs::write(&page, crosscheck::report::html::render(report)).unwrap();
    let dom = run(&browser, &dir, &page, &["--dump-dom".into()]);
    assert!(dom.contains("<main>"), "no DOM dumped:\n{dom}");
    Some((browser, dir, page, dom))
}

#[test]
fn html_report_renders_in_chromium() {
    let report = sample();
    let Some((browser, dir, page, dom)) = open_in_chromium(&report) else {
        return;
    };
    for f in &report.findings {
        assert!(
            dom.contains(&format!("id=\"{}\"", f.id)),
            "finding {} has no element id",
            f.id
        );
    }
    let svg_at = dom.find("<svg class=\"timeline\"").expect("timeline svg");
    let svg_end = svg_at + dom[svg_at..].find("</svg>").unwrap();
    assert!(dom[svg_at..svg_end].matches("<circle").count() >= 3);

    // The planted script stays text: the title is ours and no script
    // element exists anywhere in the live DOM.
    assert!(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"));
    assert!(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!dom.contains("<script"));
    assert!(!dom.contains("<title>pwned</title>"));
    assert!(dom.contains("<title>crosscheck report, as of 2025-07-20</title>"));

    let shot = dir.join("shot.png");
    run(
        &browser,
        &dir,
        &page,
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1200,2000".into(),
            "--hide-scrollbars".into(),
        ],
    );
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(
        png.len() > 1000 && png.starts_with(b"\x89PNG"),
        "bad screenshot"
    );
    // For a human look at the page: CROSSCHECK_SHOT=/tmp/x.png.
    if let Some(to) = std::env::var_os("CROSSCHECK_SHOT") {
        std::fs::write(to, &png).unwrap();
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The `id`s of the elements of `tag` in a dumped DOM, in document order.
fn ids_of(dom: &str, tag: &str) -> Vec<String> {
    dom.match_indices(&format!("<{tag} "))
        .filter_map(|(at, _)| {
            let open = &dom[at..at + dom[at..].find('>')?];
            let id = open.find(" id=\"")? + 5;
            Some(open[id..id + open[id..].find('"')?].to_string())
        })
        .collect()
}

#[test]
fn story_index_resolves_in_chromium() {
    let report = with_stories();
    let Some((_, dir, _, dom)) = open_in_chromium(&report) else {
        return;
    };

    // The index as the browser parsed it: its links, in order.
    let nav_at = dom.find("<nav class=\"story-index\"").expect("story index");
    let nav = &dom[nav_at..nav_at + dom[nav_at..].find("</nav>").unwrap()];
    let links: Vec<&str> = nav
        .split("<a href=\"#")
        .skip(1)
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    // Every story with a finding has an entry, then the group across
    // stories; none without a finding does.
    let groups = crosscheck::report::group::by_story(&report);
    let expected: Vec<String> = groups
        .iter()
        .map(|g| match g.story {
            Some(s) => format!("story-{}", s.id),
            None => "across-stories".into(),
        })
        .collect();
    assert_eq!(links, expected);
    // Each anchor resolves to exactly one element, a story section, and
    // that section holds the story's findings.
    let sections = ids_of(&dom, "section");
    for (g, anchor) in groups.iter().zip(&expected) {
        assert_eq!(
            dom.matches(&format!(" id=\"{anchor}\"")).count(),
            1,
            "{anchor} does not resolve to one element"
        );
        assert!(sections.contains(anchor), "{anchor} is not a section");
        let start = dom.find(&format!(" id=\"{anchor}\"")).unwrap();
        let end = start + dom[start..].find("</section>").unwrap();
        for f in &g.findings {
            assert!(
                dom[start..end].contains(&format!("id=\"{}\"", f.id)),
                "finding {} not under {anchor}",
                f.id
            );
        }
    }
    // The planted scripts stay text: no script element in the live DOM and
    // the page keeps its own title.
    assert!(dom.contains("Port workers walk out over pay &lt;script&gt;document.title='pwned by a story'&lt;/script&gt;"));
    assert!(!dom.contains("<script"));
    assert!(!dom.contains("pwned by a story</title>"));
    assert!(dom.contains("<title>crosscheck report, as of 2025-03-20</title>"));
    let _ = std::fs::remove_dir_all(&dir);
}
