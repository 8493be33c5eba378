//! Alignment and judging at scale: synthetic claims (by default 1 million in
//! 100,000 articles, and a tenth of that to show growth), timed, with the
//! peak resident memory.
//!
//! Run: `cargo bench --bench align` (optional argument: number of claims).

mod common;

use chrono::NaiveDate;
use crosscheck::config::Config;
use crosscheck::model::{Claim, Value};
use std::collections::HashMap;
use std::time::Instant;

const CLAIMS_PER_ARTICLE: usize = 10;

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let config = Config::builtin();
    let mut times = Vec::new();
    for size in [n / 10, n] {
        let claims = synthetic(size);
        let t = Instant::now();
        let report = crosscheck::check::report(
            size / CLAIMS_PER_ARTICLE,
            &claims,
            &HashMap::new(),
            NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"),
            &config,
        );
        let secs = t.elapsed().as_secs_f64();
        times.push(secs);
        println!(
            "align+judge: {size} claims in {} articles: {:.2} s, {} clusters, {} findings",
            size / CLAIMS_PER_ARTICLE,
            secs,
            report.clusters.len(),
            report.findings.len()
        );
    }
    println!(
        "growth: 10x the claims took {:.1}x the time",
        times[1] / times[0]
    );
    println!("peak resident memory: {} MB", common::peak_rss_mb());
}

/// Deterministic pseudo-random claims: a few kinds, 500 places, two years of
/// publication dates, figures that mostly agree.
fn synthetic(n: usize) -> Vec<Claim> {
    let kinds = [
        ("casualties", "killed", "people"),
        ("casualties", "injured", "people"),
        ("tariff", "rate", "%"),
        ("aid", "amount", "USD"),
        ("displacement", "displaced", "people"),
    ];
    let base = NaiveDate::from_ymd_opt(2024, 1, 1).expect("date");
    let mut seed: u64 = 42;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        seed >> 33
    };
    (0..n)
        .map(|i| {
            let (kind, measure, unit) = kinds[(next() % kinds.len() as u64) as usize];
            let place = next() % 500;
            let article = i / CLAIMS_PER_ARTICLE;
            let published = base + chrono::Duration::days((article % 730) as i64);
            let v = (place * 7 + next() % 3) as f64;
            Claim {
                article: format!("a{article}").into(),
                kind: kind.into(),
                measure: Some(measure.into()),
                text: format!("{v}"),
                start: i % 1000,
                end: i % 1000 + 3,
                line: 1,
                column: 1,
                sentence: "".into(),
                sentence_offset: 0,
                value: Some(Value {
                    low: Some(v),
                    high: Some(v),
                    unit: unit.into(),
                }),
                approx: false,
                date: None,
                date_role: None,
                date_text: None,
                subject: Some(format!("Place{place}")),
                attribution: None,
                source: Some(format!("Outlet {}", article % 13).into()),
                published: Some(published),
                scope: crosscheck::model::Scope::Story,
                published_estimate: None,
                qualifier: None,
                role: None,
                inferred: false,
            }
        })
        .collect()
}
