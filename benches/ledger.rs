//! Ledger benchmark (prints times; `harness = false`):
//!
//! 1. ingest 100,000 synthetic articles with 1,000,000 claims into a fresh
//!    ledger, in one run;
//! 2. check a new 1,000-article batch (10,000 claims) against that history
//!    (history look-up, alignment, judging, marking findings, storing);
//! 3. the same check against a ledger ten times smaller with the same
//!    density of reports around the batch's dates (so the same matching
//!    history), to show the check of a small batch does not grow with the
//!    size of the ledger; and against one ten times smaller and sparser.
//!
//! `cargo bench --bench ledger` (set `LEDGER_BENCH_ARTICLES` for another
//! history size). With `LEDGER_BENCH_PG` set to a `postgres://` URL, the
//! same runs also go to that database (its ledger tables are dropped
//! first: give it a scratch database).

use chrono::{Days, NaiveDate};
use crosscheck::config::Config;
use crosscheck::ledger::{BatchArticle, Ledger};
use crosscheck::model::{Article, Claim, DateRole, DateSpan, Value};
use std::collections::HashMap;
use std::time::Instant;

#[allow(dead_code)]
mod common;
use common::Rng;

const CLAIMS_PER_ARTICLE: usize = 10;
const SUBJECTS: u64 = 2_000;
const DAYS: u64 = 730;

const MEASURES: [(&str, &str, &str); 6] = [
    ("casualties", "killed", "people"),
    ("casualties", "injured", "people"),
    ("casualties", "missing", "people"),
    ("displacement", "displaced", "people"),
    ("tariff", "rate", "%"),
    ("aid", "amount", "USD"),
];

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()
}

/// One synthetic article published on day `day` with its claims.
fn article(rng: &mut Rng, id: &str, day: u64) -> (Article, Vec<Claim>) {
    let published = start() + Days::new(day);
    let source = format!("Outlet {}", rng.below(50));
    let mut text = String::new();
    let mut claims = Vec::with_capacity(CLAIMS_PER_ARTICLE);
    for _ in 0..CLAIMS_PER_ARTICLE {
        let (kind, measure, unit) = MEASURES[rng.below(MEASURES.len() as u64) as usize];
        let subject = format!("Place {:04}", rng.below(SUBJECTS));
        let figure = (rng.below(40) + 10) as f64;
        let event = published - Days::new(rng.below(3));
        let t = format!("{figure} {unit}");
        let sentence = format!("Officials in {subject} said {t} were {measure}.");
        let s = text.len() + sentence.find(&t).unwrap();
        claims.push(Claim {
            article: id.into(),
            kind: kind.into(),
            measure: Some(measure.into()),
            text: t.clone(),
            start: s,
            end: s + t.len(),
            line: 1,
            column: s + 1,
            sentence: sentence.as_str().into(),
            sentence_offset: sentence.find(&t).unwrap(),
            value: Some(Value {
                low: Some(figure),
                high: Some(figure),
                unit: unit.into(),
            }),
            approx: false,
            date: Some(DateSpan::day(event)),
            date_role: Some(DateRole::Event),
            date_text: Some("on Monday".into()),
            subject: Some(subject),
            attribution: None,
            source: Some(source.as_str().into()),
            published: Some(published),
            scope: crosscheck::model::Scope::Story,
            published_estimate: None,
            qualifier: None,
            role: None,
            inferred: false,
        });
        text.push_str(&sentence);
        text.push(' ');
    }
    let a = Article {
        id: id.to_string(),
        source: Some(source),
        published: Some(published),
        text,
        ..Article::default()
    };
    (a, claims)
}

/// Empties the ledger `target`: removes the file, or drops the tables.
fn reset(target: &str) {
    if crosscheck::ledger::is_url(target) {
        let mut c = postgres::Client::connect(target, postgres::NoTls).unwrap();
        c.batch_execute(
            "DROP TABLE IF EXISTS articles, claims, findings_seen, decisions, ledger_meta",
        )
        .unwrap();
    } else {
        let _ = std::fs::remove_file(target);
    }
}

/// The ledger's size on disk, in bytes.
fn size(target: &str) -> u64 {
    if crosscheck::ledger::is_url(target) {
        let mut c = postgres::Client::connect(target, postgres::NoTls).unwrap();
        let r = c
            .query_one("SELECT pg_database_size(current_database())", &[])
            .unwrap();
        r.get::<_, i64>(0) as u64
    } else {
        std::fs::metadata(target).map(|m| m.len()).unwrap_or(0)
    }
}

/// Stores `articles` articles spread evenly over the `span` days before the
/// batch; returns the seconds taken.
fn ingest(path: &str, articles: usize, span: u64, config: &Config) -> f64 {
    reset(path);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let t = Instant::now();
    let mut ledger = Ledger::open(path).unwrap();
    let run = ledger.run().unwrap();
    for i in 0..articles {
        let day = DAYS - span + (i as u64 * span) / articles as u64;
        let (a, claims) = article(&mut rng, &format!("hist-{i}"), day);
        let b = BatchArticle::new(&a, 0..claims.len());
        run.store(&b, &claims, config, "2026-01-01T00:00:00Z")
            .unwrap();
    }
    run.commit().unwrap();
    t.elapsed().as_secs_f64()
}

/// Checks a 1,000-article batch published on the last two days of the
/// history.
fn check_batch(path: &str, config: &Config) -> Timing {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let mut batch = Vec::new();
    let mut claims = Vec::new();
    for i in 0..1_000 {
        let day = DAYS - 2 + rng.below(2);
        let (a, cs) = article(&mut rng, &format!("new-{i}"), day);
        batch.push(BatchArticle::new(&a, claims.len()..claims.len() + cs.len()));
        claims.extend(cs);
    }
    let as_of = start() + Days::new(DAYS);
    let t = Instant::now();
    let mut ledger = Ledger::open(path).unwrap();
    let run = ledger.run().unwrap();
    let checked = run
        .check(
            &batch,
            &claims,
            &HashMap::new(),
            as_of,
            config,
            "2026-01-02T00:00:00Z",
            None,
        )
        .unwrap();
    let checked_at = t.elapsed().as_secs_f64();
    for a in &batch {
        run.store(a, &claims[a.claims.clone()], config, "2026-01-02T00:00:00Z")
            .unwrap();
    }
    // Not committed: the same ledger serves the next measurement.
    drop(run);
    Timing {
        total: t.elapsed().as_secs_f64(),
        checked: checked_at,
        history: checked.history_claims,
        findings: checked.report.findings.len(),
    }
}

struct Timing {
    total: f64,
    checked: f64,
    history: usize,
    findings: usize,
}

fn main() {
    let config = Config::builtin();
    let n: usize = std::env::var("LEDGER_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = std::env::temp_dir().join(format!("crosscheck-ledger-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let runs = [
        ("history (2 years)", n, DAYS),
        ("history / 10, same density (73 days)", n / 10, DAYS / 10),
        ("history / 10, sparser (2 years)", n / 10, DAYS),
    ];
    let mut backends: Vec<(&str, Option<String>)> = vec![("sqlite", None)];
    if let Ok(url) = std::env::var("LEDGER_BENCH_PG") {
        backends.push(("postgres", Some(url)));
    }
    for (backend, url) in &backends {
        for (i, (label, articles, span)) in runs.into_iter().enumerate() {
            let db = match url {
                Some(u) => u.clone(),
                None => dir.join(format!("ledger-{i}.db")).display().to_string(),
            };
            let secs = ingest(&db, articles, span, &config);
            let size = size(&db);
            println!(
                "{backend}: {label}: ingest {articles} articles, {} claims: {secs:.2} s ({:.0} claims/s, {:.0} MB)",
                articles * CLAIMS_PER_ARTICLE,
                (articles * CLAIMS_PER_ARTICLE) as f64 / secs,
                size as f64 / 1e6
            );
            // Twice: the first run also warms the page cache.
            for round in 1..=2 {
                let t = check_batch(&db, &config);
                println!(
                    "{backend}: {label}: check 1000 articles, 10000 claims against it (round {round}): {:.3} s \
                     (look-up, align, judge {:.3} s; store {:.3} s; {} history claims aligned, {} findings)",
                    t.total,
                    t.checked,
                    t.total - t.checked,
                    t.history,
                    t.findings
                );
            }
        }
        if let Some(u) = url {
            reset(u);
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
