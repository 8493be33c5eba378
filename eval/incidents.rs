//! Per incident, is the story's toll right? Checks every ECB+ text of the
//! gold's topics as *one* batch (the same library calls as `crosscheck
//! check`), maps each story to the ECB+ event (`subtopic`) most of its
//! articles belong to, and for each gold event takes the largest story
//! mapped to it: its `figures` killed and injured `best` are compared with
//! the toll annotated by hand (`eval/incidents/dev.jsonl`,
//! `eval/incidents/blind.jsonl`; ids and figures only).
//!
//! Run: `cargo run --release --example incidents -- eval/incidents/dev.jsonl
//! [--docs ../shared/data/ecbplus/docs.jsonl] [--per-topic] [--errors]
//! [--claims FILE]`. `--per-topic` checks each topic as a batch of its own
//! instead of all topics together. `--errors` lists each miss with the
//! story's claims; never use it on the blind sample.
//!
//! A gold `null` is not scored (no report states a figure, or no majority
//! agrees on one); the count of stories that give a figure there is
//! printed apart.

use crosscheck::check;
use crosscheck::model::{Report, Story, StoryFigure};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One hand-annotated event.
struct Gold {
    subtopic: String,
    killed: Option<f64>,
    injured: Option<f64>,
}

/// The two measures scored.
const MEASURES: [&str; 2] = ["killed", "injured"];

#[path = "common.rs"]
mod common;

fn main() {
    let args = common::Args::new(&["--docs", "--claims"]);
    let errors = args.has("--errors");
    let per_topic = args.has("--per-topic");
    let Some(gold_path) = args.positional() else {
        common::usage(
            "incidents GOLD.jsonl [--docs DOCS.jsonl] [--per-topic] [--errors] [--claims FILE]",
        )
    };
    let config = args.config();
    let figure = |v: &serde_json::Value| v.as_f64();
    let mut gold = Vec::new();
    for (n, g) in common::gold_lines(&gold_path) {
        let Some(subtopic) = g["subtopic"].as_str() else {
            common::die(format!("{gold_path}:{n}: no subtopic"))
        };
        gold.push(Gold {
            subtopic: subtopic.to_string(),
            killed: figure(&g["killed"]),
            injured: figure(&g["injured"]),
        });
    }
    let topics: BTreeSet<String> = gold.iter().map(|g| topic_of(&g.subtopic)).collect();

    // The ECB+ texts of those topics, as crosscheck JSONL, one batch per
    // topic or one for all.
    let mut event_of: HashMap<String, String> = HashMap::new();
    let mut batches: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for d in common::ecb_docs(&args.docs()) {
        let topic = topic_of(&d.subtopic);
        if !topics.contains(&topic) {
            continue;
        }
        event_of.insert(d.id.clone(), d.subtopic.clone());
        let key = if per_topic { topic } else { String::new() };
        batches.entry(key).or_default().push(d.row());
    }
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    let mut stories: Vec<Story> = Vec::new();
    let mut reports: Vec<Report> = Vec::new();
    for (i, rows) in batches.values().enumerate() {
        let file = common::batch_file(&format!("incidents-{i}"), rows.iter().cloned());
        let batch = check::read(std::slice::from_ref(&file), &config, false, |p| {
            eprintln!("warning: {p}")
        });
        std::fs::remove_file(&file).ok();
        let report = batch
            .report(None, as_of, &config, "")
            .expect("no ledger, no error");
        stories.extend(report.stories.iter().cloned());
        reports.push(report);
    }

    // Each story's event: the subtopic most of its articles belong to; for
    // each event, its largest story.
    let mut main_story: HashMap<&str, &Story> = HashMap::new();
    for s in &stories {
        let mut by_event: BTreeMap<&str, usize> = BTreeMap::new();
        for a in &s.articles {
            if let Some(e) = event_of.get(a) {
                *by_event.entry(e.as_str()).or_insert(0) += 1;
            }
        }
        let Some((event, _)) = by_event
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        else {
            continue;
        };
        let e = main_story.entry(event).or_insert(s);
        if s.articles.len() > e.articles.len() {
            *e = s;
        }
    }

    let mut right = [0usize; 2];
    let mut within = [0usize; 2];
    let mut missing = [0usize; 2];
    let mut scored = [0usize; 2];
    let mut spurious = [0usize; 2];
    let mut unscored = [0usize; 2];
    let mut both = (0usize, 0usize);
    for g in &gold {
        let story = main_story.get(g.subtopic.as_str()).copied();
        let mut all_right = true;
        let mut any = false;
        for (m, measure) in MEASURES.iter().enumerate() {
            let want = if m == 0 { g.killed } else { g.injured };
            let got = story.and_then(|s| toll(s, measure));
            let Some(want) = want else {
                unscored[m] += 1;
                if let Some(f) = got {
                    spurious[m] += 1;
                    if errors {
                        let best = f.best.map_or("-".to_string(), |v| v.to_string());
                        println!(
                            "EXTRA {} {measure}: gold null, story best {best}",
                            g.subtopic
                        );
                    }
                }
                continue;
            };
            any = true;
            scored[m] += 1;
            let ok = got.is_some_and(|f| f.best == Some(want));
            let inside = got.is_some_and(|f| {
                f.low.is_some_and(|l| l <= want) && f.high.is_some_and(|h| want <= h)
            });
            right[m] += ok as usize;
            within[m] += inside as usize;
            missing[m] += got.is_none() as usize;
            all_right &= ok;
            if errors && !ok {
                print_miss(g, measure, want, story, got, &reports, &event_of);
            }
        }
        if any {
            both.1 += 1;
            both.0 += all_right as usize;
        }
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            "n/a".to_string()
        } else {
            format!("{a}/{b} ({:.0}%)", 100.0 * a as f64 / b as f64)
        }
    };
    let docs: usize = batches.values().map(Vec::len).sum();
    println!(
        "{gold_path}: {} events in {} topics, {docs} articles checked {}, {} stories",
        gold.len(),
        topics.len(),
        if per_topic {
            "topic by topic"
        } else {
            "as one batch"
        },
        stories.len()
    );
    for (m, measure) in MEASURES.iter().enumerate() {
        println!(
            "{measure:<8} best right {:<12} gold in [low, high] {:<12} no figure {}   (gold null: {}, story gives a figure for {})",
            pct(right[m], scored[m]),
            pct(within[m], scored[m]),
            missing[m],
            unscored[m],
            spurious[m]
        );
    }
    println!(
        "events with every stated measure right: {}",
        pct(both.0, both.1)
    );
}

/// `8_ecbplus` → `8`.
fn topic_of(subtopic: &str) -> String {
    subtopic.split('_').next().unwrap_or("").to_string()
}

/// The story's casualties figure of `measure`.
fn toll<'a>(s: &'a Story, measure: &str) -> Option<&'a StoryFigure> {
    s.figures
        .iter()
        .find(|f| f.kind == "casualties" && f.measure.as_deref() == Some(measure))
}

/// Prints one miss: the gold, the story's figure, and the claims behind it.
fn print_miss(
    g: &Gold,
    measure: &str,
    want: f64,
    story: Option<&Story>,
    got: Option<&StoryFigure>,
    reports: &[Report],
    event_of: &HashMap<String, String>,
) {
    let show = |v: Option<f64>| v.map_or("-".to_string(), |v| v.to_string());
    let Some(s) = story else {
        println!("MISS {} {measure}: gold {want}, no story", g.subtopic);
        return;
    };
    let other = s
        .articles
        .iter()
        .filter(|a| event_of.get(*a) != Some(&g.subtopic))
        .count();
    match got {
        None => println!(
            "MISS {} {measure}: gold {want}, story {} ({} articles, {other} of other events) has no figure",
            g.subtopic,
            s.id,
            s.articles.len()
        ),
        Some(f) => println!(
            "MISS {} {measure}: gold {want}, story {} ({} articles, {other} of other events) best {} [{}, {}]",
            g.subtopic,
            s.id,
            s.articles.len(),
            show(f.best),
            show(f.low),
            show(f.high)
        ),
    }
    // Every casualties claim of the story's articles, by cluster.
    let arts: BTreeSet<&str> = s.articles.iter().map(String::as_str).collect();
    for r in reports {
        for c in &r.clusters {
            if c.kind != "casualties" || !c.claims.iter().any(|x| arts.contains(x.article.as_str()))
            {
                continue;
            }
            let mark = if got.is_some_and(|f| f.cluster == c.id) {
                "*"
            } else {
                " "
            };
            println!(
                "  {mark} {} {:?} {:?} story {:?}",
                c.measure.as_deref().unwrap_or("-"),
                c.subject,
                c.qualifier,
                c.story.as_deref().map(|x| x == s.id)
            );
            for x in &c.claims {
                let v = x.value.as_ref().and_then(|v| v.low.or(v.high));
                let sentence: String = x.sentence.chars().take(150).collect();
                println!("      {} {}: {sentence}", x.article, show(v));
            }
        }
    }
}
