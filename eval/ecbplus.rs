//! What `check` finds on ECB+ (real multi-outlet event clusters): runs each
//! topic's articles as one batch (a topic holds two different events, e.g.
//! two earthquakes), then reports how clusters line up with the corpus's own
//! event labels and which findings come out.
//!
//! Run: `cargo run --release --example ecbplus [-- PATH]` (default
//! `../shared/data/ecbplus/numeric_subset.jsonl`; `--verbose` lists clusters).

use crosscheck::config::Config;
use std::collections::{BTreeMap, HashMap};

#[path = "common.rs"]
mod common;

fn main() {
    let args = common::Args::new(&[]);
    let verbose = args.has("--verbose");
    let path = args
        .positional()
        .unwrap_or_else(|| common::ecb_path("numeric_subset.jsonl"));
    // ECB+ names documents `doc` and has no `id`: convert to crosscheck's
    // JSONL, one temporary batch per topic.
    let mut topics: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut event_of: HashMap<String, String> = HashMap::new();
    for d in common::ecb_docs(&path) {
        event_of.insert(d.id.clone(), d.subtopic.clone());
        topics
            .entry(d.topic().to_string())
            .or_default()
            .push(d.row());
    }
    let config = Config::builtin();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    let (mut multi, mut pure, mut dated, mut undated) = (0, 0, 0, 0);
    let mut totals: BTreeMap<String, usize> = BTreeMap::new();
    for (topic, docs) in &topics {
        let file = common::batch_file(&format!("ecb-{topic}"), docs.iter().cloned());
        // What `check` does: stories, then alignment within them.
        let batch = crosscheck::check::read(std::slice::from_ref(&file), &config, true, |p| {
            eprintln!("warning: {p}")
        });
        std::fs::remove_file(&file).ok();
        for a in &batch.ledger_articles {
            if a.article.published.is_some() {
                dated += 1
            } else {
                undated += 1
            }
        }
        let report = batch
            .report(None, as_of, &config, "")
            .expect("no ledger, no error");
        let mut by_type: BTreeMap<&str, usize> = BTreeMap::new();
        for f in &report.findings {
            *by_type.entry(f.kind.as_str()).or_default() += 1;
            *totals.entry(f.kind.clone()).or_default() += 1;
        }
        let mut mixed = Vec::new();
        for c in &report.clusters {
            let mut events: Vec<&str> = c
                .claims
                .iter()
                .filter_map(|r| event_of.get(&r.article).map(String::as_str))
                .collect();
            events.sort_unstable();
            events.dedup();
            let arts: std::collections::HashSet<&str> =
                c.claims.iter().map(|r| r.article.as_str()).collect();
            if arts.len() < 2 {
                continue;
            }
            multi += 1;
            if events.len() == 1 {
                pure += 1
            } else {
                mixed.push((c, events))
            }
        }
        let articles = batch.articles;
        println!("topic {topic}: {articles} articles, {} claims, {} clusters, findings {:?}, clusters mixing events: {}",
            report.claims, report.clusters.len(), by_type, mixed.len());
        if verbose {
            for c in &report.clusters {
                let figs: Vec<String> = c
                    .claims
                    .iter()
                    .map(|r| {
                        format!(
                            "{}@{}={}",
                            r.article,
                            r.published.map(|d| d.to_string()).unwrap_or_default(),
                            r.text
                        )
                    })
                    .collect();
                println!(
                    "  {} {}/{} {:?}: {}",
                    c.id,
                    c.kind,
                    c.measure.as_deref().unwrap_or(""),
                    c.subject,
                    figs.join(", ")
                );
            }
            for f in &report.findings {
                println!("  [{}] {}", f.kind, f.message);
            }
        }
    }
    println!(
        "articles with a publication date found: {dated} of {}",
        dated + undated
    );
    println!(
        "multi-article clusters: {multi}, of which all from one event: {pure} ({:.0}%)",
        100.0 * pure as f64 / multi.max(1) as f64
    );
    println!("findings by type: {totals:?}");
}
