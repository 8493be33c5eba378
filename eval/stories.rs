//! Stories on ECB+: every text of the corpus checked as *one* batch, and the
//! stories `check` builds scored against the corpus's own event labels
//! (`subtopic`). Each ECB+ topic holds two different events of one type
//! (two earthquakes, two shootings, two product launches): the hard case.
//!
//! Prints B-cubed precision, recall and F1 of the stories over articles,
//! the share of multi-article stories and clusters that hold one event, and
//! the `conflict`/`superseded` findings that compare different events.
//!
//! Run: `cargo run --release --example stories [-- PATH] [--verbose] [--articles] [--claims FILE]`
//! (`--articles`: each story's articles with their event day, stated day
//! and counts of kinds and victims; not for blind samples)
//! (default `../shared/data/ecbplus/docs.jsonl`).

use crosscheck::check;
use std::collections::{BTreeMap, HashMap, HashSet};

#[path = "common.rs"]
mod common;

fn main() {
    let args = common::Args::new(&["--claims"]);
    let verbose = args.has("--verbose");
    let path = args
        .positional()
        .unwrap_or_else(|| common::ecb_path("docs.jsonl"));
    // ECB+ names documents `doc` and has no `id`: convert to crosscheck's
    // JSONL in one temporary batch.
    let docs = common::ecb_docs(&path);
    let event_of: HashMap<String, String> = docs
        .iter()
        .map(|d| (d.id.clone(), d.subtopic.clone()))
        .collect();
    let file = common::batch_file("stories", docs.iter().map(|d| d.row()));
    let config = args.config();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    let started = std::time::Instant::now();
    let batch = check::read(std::slice::from_ref(&file), &config, false, |p| {
        eprintln!("warning: {p}")
    });
    std::fs::remove_file(&file).ok();
    let n = batch.articles;
    let report = batch
        .report(None, as_of, &config, "")
        .expect("no ledger, no error");
    let elapsed = started.elapsed();

    // B-cubed over articles: for each article, the share of its story that
    // is its event (precision) and the share of its event in its story
    // (recall).
    let mut event_size: HashMap<&str, usize> = HashMap::new();
    for e in event_of.values() {
        *event_size.entry(e.as_str()).or_insert(0) += 1;
    }
    let (mut p, mut r, mut counted) = (0.0, 0.0, 0usize);
    let (mut multi, mut pure) = (0, 0);
    // Stories holding reports of two topics (in the local samples, two
    // cities' stretches; checked as one batch, these are never one event).
    let mut across_topics = 0;
    for s in &batch.stories {
        let mut by_event: BTreeMap<&str, usize> = BTreeMap::new();
        for a in &s.articles {
            *by_event.entry(event_of[a].as_str()).or_insert(0) += 1;
        }
        for a in &s.articles {
            let e = event_of[a].as_str();
            let same = by_event[e] as f64;
            p += same / s.articles.len() as f64;
            r += same / event_size[e] as f64;
            counted += 1;
        }
        let topics: HashSet<&str> = by_event
            .keys()
            .map(|e| e.split_once('_').map_or(*e, |t| t.0))
            .collect();
        if topics.len() > 1 {
            across_topics += 1;
        }
        if s.articles.len() > 1 {
            multi += 1;
            if by_event.len() == 1 {
                pure += 1;
            }
        }
        if verbose && (by_event.len() > 1 || s.articles.len() > 1) {
            println!(
                "{} {:?} {} articles: {:?}",
                s.id,
                s.place,
                s.articles.len(),
                by_event
            );
        }
        if args.has("--articles") {
            println!("{}", s.id);
            // What keeps or joins each article: its event and its own stated
            // day, the kinds of incident and victims it tells of.
            for a in &s.articles {
                if let Some(f) = batch.fingerprints.iter().find(|f| &f.article == a) {
                    println!(
                        "  {a} [{}] event {:?} stated {:?} kinds {} victims {} recalled days {:?}",
                        event_of[a],
                        f.event,
                        f.stated,
                        f.kinds.len(),
                        f.victims.len(),
                        f.recalled_days
                    );
                }
            }
        }
    }
    let (p, r) = (p / counted as f64, r / counted as f64);
    let f1 = 2.0 * p * r / (p + r);
    // Clusters that join two or more articles, and whether they hold one
    // event; findings that compare figures of different events.
    let (mut cmulti, mut cpure) = (0, 0);
    for c in &report.clusters {
        let arts: HashSet<&str> = c.claims.iter().map(|x| x.article.as_str()).collect();
        if arts.len() > 1 {
            cmulti += 1;
            let events: HashSet<&str> = arts.iter().map(|a| event_of[*a].as_str()).collect();
            if events.len() == 1 {
                cpure += 1;
            }
        }
    }
    let mut false_findings = 0;
    let mut judged = 0;
    for f in &report.findings {
        if f.kind != "conflict" && f.kind != "superseded" {
            continue;
        }
        judged += 1;
        let events: HashSet<&str> = f
            .claims
            .iter()
            .map(|x| event_of[&x.article].as_str())
            .collect();
        if events.len() > 1 {
            false_findings += 1;
            if verbose {
                println!("mixed finding {}: {}", f.id, f.message);
            }
        }
    }
    println!(
        "{path}: {n} articles, {} events, {} stories",
        event_size.len(),
        batch.stories.len()
    );
    println!("stories, B-cubed over articles: P {p:.3}  R {r:.3}  F1 {f1:.3}");
    println!("multi-article stories holding one event: {pure} of {multi}");
    println!("stories across topics (two samples' cities): {across_topics}");
    println!("multi-article clusters holding one event: {cpure} of {cmulti}");
    println!(
        "conflict/superseded findings comparing different events: {false_findings} of {judged}"
    );
    println!(
        "extract + stories + align + judge: {:.2} s",
        elapsed.as_secs_f64()
    );
}
