//! Load on the review server, loopback only and bounded: 8 clients make
//! 2,000 decisions in total against a review file while a ninth reloads
//! the page. Checks every decision is stored exactly once and prints the
//! latencies (p50, p99, max) of decisions and of page loads.
//!
//! `cargo run --release --example serve_load`

#[path = "../tests/support/http.rs"]
mod http;

use crosscheck::model::Report;
use crosscheck::review::{DecisionStore, ReviewFile};
use crosscheck::serve::{Options, Server};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

const CLIENTS: usize = 8;
const DECISIONS: usize = 2000;

fn pct(v: &mut [Duration], p: f64) -> f64 {
    v.sort();
    let i = ((v.len() as f64 * p).ceil() as usize).clamp(1, v.len()) - 1;
    v[i].as_secs_f64() * 1000.0
}

fn summary(name: &str, v: &mut [Duration]) {
    println!(
        "{name}: {} requests, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        v.len(),
        pct(v, 0.50),
        pct(v, 0.99),
        pct(v, 1.0)
    );
}

fn main() {
    let report: Report =
        serde_json::from_str(include_str!("../tests/fixtures/report/stories.json")).unwrap();
    let ids: Vec<String> = report.findings.iter().map(|f| f.id.clone()).collect();
    let dir = std::env::temp_dir().join(format!("crosscheck-serve-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("reviews.yaml");
    std::fs::write(&path, "# load test\n").unwrap();
    let server = Server::bind(
        report,
        Box::new(ReviewFile::new(&path)),
        Options {
            bind: "127.0.0.1:0".parse().unwrap(),
            token: None,
            default_by: "load".into(),
        },
    )
    .unwrap();
    let addr = server.local_addr();
    std::thread::spawn(move || server.run());
    let token = http::csrf(&http::get(addr, "/").body);

    let done = Arc::new(AtomicBool::new(false));
    let reader = {
        let done = done.clone();
        std::thread::spawn(move || {
            let mut lat = Vec::new();
            while !done.load(Ordering::Relaxed) && lat.len() < 10_000 {
                let t = Instant::now();
                assert_eq!(http::get(addr, "/").status, 200);
                lat.push(t.elapsed());
                std::thread::sleep(Duration::from_millis(20));
            }
            lat
        })
    };
    let start = Instant::now();
    let workers: Vec<_> = (0..CLIENTS)
        .map(|c| {
            let (token, ids) = (token.clone(), ids.clone());
            std::thread::spawn(move || {
                let mut lat = Vec::new();
                for i in (c..DECISIONS).step_by(CLIENTS) {
                    let id = &ids[i % ids.len()];
                    let d = if i % 3 == 0 { "accepted" } else { "dismissed" };
                    let body = format!("csrf={token}&id={id}&decision={d}&note=decision+{i}");
                    let t = Instant::now();
                    let r = http::post_form(addr, "/decide", &body);
                    lat.push(t.elapsed());
                    assert_eq!(r.status, 303, "{}", r.body);
                }
                lat
            })
        })
        .collect();
    let mut decide: Vec<Duration> = workers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    let wall = start.elapsed();
    done.store(true, Ordering::Relaxed);
    let mut page = reader.join().unwrap();

    let list = ReviewFile::new(&path).list().unwrap();
    assert_eq!(list.decisions.len(), DECISIONS, "decisions stored");
    assert_eq!(
        http::distinct_notes(&list),
        DECISIONS,
        "each decision stored once"
    );
    println!(
        "{DECISIONS} decisions from {CLIENTS} clients in {:.1} s, each stored once ({} bytes of reviews.yaml)",
        wall.as_secs_f64(),
        std::fs::metadata(&path).unwrap().len()
    );
    summary("decisions", &mut decide);
    summary("page loads during the run", &mut page);
    let _ = std::fs::remove_dir_all(&dir);
}
