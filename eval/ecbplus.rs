//! What `check` finds on ECB+ (real multi-outlet event clusters): runs each
//! topic's articles as one batch (a topic holds two different events, e.g.
//! two earthquakes), then reports how clusters line up with the corpus's own
//! event labels and which findings come out.
//!
//! Run: `cargo run --release --example ecbplus [-- PATH]` (default
//! `../shared/data/ecbplus/numeric_subset.jsonl`; `--verbose` lists clusters).

use crosscheck::config::Config;
use std::collections::{BTreeMap, HashMap};
use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose");
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "../shared/data/ecbplus/numeric_subset.jsonl".into());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("error: {path}: {e}");
        std::process::exit(2)
    });
    // ECB+ names documents `doc` and has no `id`: convert to crosscheck's
    // JSONL, one temporary batch per topic.
    let mut topics: BTreeMap<String, Vec<serde_json::Value>> = BTreeMap::new();
    let mut event_of: HashMap<String, String> = HashMap::new();
    for line in text.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let doc = v["doc"]
            .as_str()
            .unwrap_or("")
            .trim_end_matches(".xml")
            .to_string();
        let sub = v["subtopic"].as_str().unwrap_or("").to_string();
        let topic = sub.split('_').next().unwrap_or("").to_string();
        event_of.insert(doc.clone(), sub);
        topics.entry(topic).or_default().push(serde_json::json!({
            "id": doc, "url": v["url"], "text": v["text"],
        }));
    }
    let config = Config::builtin();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    let dir = std::env::temp_dir().join(format!("crosscheck-ecb-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let (mut multi, mut pure, mut dated, mut undated) = (0, 0, 0, 0);
    let mut totals: BTreeMap<String, usize> = BTreeMap::new();
    for (topic, docs) in &topics {
        let file = dir.join(format!("topic-{topic}.jsonl"));
        let mut f = std::fs::File::create(&file).expect("batch file");
        for d in docs {
            writeln!(f, "{d}").expect("write batch");
        }
        drop(f);
        // What `check` does: stories, then alignment within them.
        let batch = crosscheck::check::read(&[file], &config, true, |p| eprintln!("warning: {p}"));
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
    std::fs::remove_dir_all(&dir).ok();
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
