//! How well casualties and ages are read from real crime and disaster news:
//! scores the claim pipeline against hand annotations of ECB+ articles
//! (`eval/casualties/dev.jsonl`, `dev2.jsonl`, `dev3.jsonl`,
//! `eval/casualties/blind.jsonl`: per article
//! the killed and injured figures the text states for its main event, and
//! each named person's age; ids and figures only).
//!
//! Run: `cargo run --release --example casualties -- eval/casualties/dev.jsonl
//! [--docs ../shared/data/ecbplus/docs.jsonl] [--errors] [--most-repeated]`.
//! `--errors` lists each miss; never use it on the blind sample. An
//! article's killed (injured) figure is its largest story-scope claim of
//! that measure that is no part or increment (as a story's toll) (`--most-repeated`: the figure its claims repeat most, the
//! rule of the first runs); with no injured claim, those hit less those
//! killed.

use crosscheck::extract::extract;
use crosscheck::ingest::jsonl::parse_line;
use crosscheck::model::{Claim, Scope};

#[path = "common.rs"]
mod common;

fn main() {
    let args = common::Args::new(&["--docs", "--claims"]);
    let errors = args.has("--errors");
    MOST_REPEATED.store(
        args.has("--most-repeated"),
        std::sync::atomic::Ordering::Relaxed,
    );
    let Some(gold_path) = args.positional() else {
        common::usage("casualties GOLD.jsonl [--docs DOCS.jsonl] [--errors] [--most-repeated]")
    };
    let texts = common::texts(&args.docs());
    let config = args.config();
    let mut s = Score::default();
    for (n, g) in common::gold_lines(&gold_path) {
        let doc = g["doc"].as_str().unwrap_or("");
        let Some(text) = texts.get(doc) else {
            common::die(format!("{gold_path}:{n}: no document {doc}"))
        };
        let row = serde_json::json!({"id": doc, "text": text}).to_string();
        let article = parse_line(&row).expect("a well-formed line");
        let claims = extract(&article, &config);
        s.article(doc, &g, &claims, errors);
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            "n/a".to_string()
        } else {
            format!("{a}/{b} ({:.0}%)", 100.0 * a as f64 / b as f64)
        }
    };
    println!(
        "articles stating a toll with a casualties claim: {}",
        pct(s.found, s.tolls)
    );
    println!(
        "killed right per article:   {}",
        pct(s.killed_right, s.killed)
    );
    println!(
        "injured right per article:  {}",
        pct(s.injured_right, s.injured)
    );
    // How the misses fall (counts only, so it serves blind samples too):
    // no figure at all, a figure below the gold one, or above it.
    println!(
        "misses (none/low/high):     killed {}/{}/{}  injured {}/{}/{}",
        s.misses[0][0],
        s.misses[0][1],
        s.misses[0][2],
        s.misses[1][0],
        s.misses[1][1],
        s.misses[1][2]
    );
    println!("named ages found:           {}", pct(s.ages_found, s.ages));
    println!(
        "named ages right (of found): {}",
        pct(s.ages_right, s.ages_found)
    );
}

#[derive(Default)]
struct Score {
    tolls: usize,
    found: usize,
    killed: usize,
    killed_right: usize,
    injured: usize,
    injured_right: usize,
    ages: usize,
    ages_found: usize,
    ages_right: usize,
    /// Per measure (killed, injured): misses with no figure, too low, too high.
    misses: [[usize; 3]; 2],
}

impl Score {
    fn article(&mut self, doc: &str, g: &serde_json::Value, claims: &[Claim], errors: bool) {
        let story: Vec<&Claim> = claims
            .iter()
            .filter(|c| c.kind == "casualties" && c.scope == Scope::Story && c.value.is_some())
            // As a story's toll leaves them out: a part ("two of the three
            // victims") or an increment is no total.
            .filter(|c| matches!(c.qualifier.as_deref(), None | Some("total")))
            .collect();
        let gk = g["killed"].as_f64();
        let gi = g["injured"].as_f64();
        if gk.is_some() || gi.is_some() {
            self.tolls += 1;
            if story.is_empty() {
                if errors {
                    println!("{doc}: no casualties claim");
                }
            } else {
                self.found += 1;
            }
        }
        let killed = figure(&story, "killed");
        let injured = figure(&story, "injured").or_else(|| {
            // Only "shot" or "hit": the injured are those hit who did not die.
            // Fewer hit than killed says nothing of the injured.
            Some(figure(&story, "killed_or_injured")? - killed.unwrap_or(0.0)).filter(|n| *n >= 0.0)
        });
        for (m, (what, gold, got, total, right)) in [
            (
                "killed",
                gk,
                killed,
                &mut self.killed,
                &mut self.killed_right,
            ),
            (
                "injured",
                gi,
                injured,
                &mut self.injured,
                &mut self.injured_right,
            ),
        ]
        .into_iter()
        .enumerate()
        {
            let Some(gold) = gold else { continue };
            *total += 1;
            if got == Some(gold) {
                *right += 1;
                continue;
            }
            let how = match got {
                None => 0,
                Some(n) if n < gold => 1,
                Some(_) => 2,
            };
            self.misses[m][how] += 1;
            if errors {
                println!("{doc}: {what} {gold} but read {got:?}");
            }
        }
        for a in g["ages"].as_array().into_iter().flatten() {
            let (Some(name), Some(age)) = (a[0].as_str(), a[1].as_f64()) else {
                continue;
            };
            self.ages += 1;
            let found: Vec<&Claim> = claims
                .iter()
                .filter(|c| c.kind == "age")
                .filter(|c| c.subject.as_deref().is_some_and(|s| same_person(s, name)))
                .collect();
            // A full name that matches speaks for the person; a surname
            // alone ("Lane, 26") may be a relative's, and counts only
            // where no full name does.
            let full = |c: &&Claim| c.subject.as_deref().is_some_and(|s| s.contains(' '));
            let found: Vec<&Claim> = if name.contains(' ') && found.iter().any(full) {
                found.into_iter().filter(full).collect()
            } else {
                found
            };
            if found.is_empty() {
                if errors {
                    println!("{doc}: no age for {name}");
                }
                continue;
            }
            self.ages_found += 1;
            if found
                .iter()
                .all(|c| c.value.as_ref().and_then(|v| v.low) == Some(age))
            {
                self.ages_right += 1;
            } else if errors {
                println!("{doc}: age of {name} is {age}, read {:?}", found[0].value);
            }
        }
    }
}

/// The figure an article gives for a measure. `--most-repeated`: the one
/// its claims repeat most, the earliest among equals (the rule of the
/// first runs); by default the largest, since an article states its toll
/// whole and its parts ("one man was killed when ...") smaller.
fn figure(claims: &[&Claim], measure: &str) -> Option<f64> {
    let values: Vec<f64> = claims
        .iter()
        .filter(|c| c.measure.as_deref() == Some(measure))
        .filter_map(|c| c.value.as_ref()?.low)
        .collect();
    if !MOST_REPEATED.load(std::sync::atomic::Ordering::Relaxed) {
        return values.iter().copied().reduce(f64::max);
    }
    let count = |v: f64| values.iter().filter(|&&w| w == v).count();
    let best = values.iter().map(|&v| count(v)).max()?;
    values.iter().copied().find(|&v| count(v) == best)
}

/// Whether `--most-repeated` was given.
static MOST_REPEATED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The same person: the same surname, and the same first name where both
/// give one (as its first three letters: Katie and Kathryn).
fn same_person(subject: &str, name: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            // "Curtis Lane Jr." is Curtis Lane: the tool leaves the suffix out.
            .filter(|w| !matches!(w.as_str(), "jr" | "sr" | "ii" | "iii" | "iv"))
            .collect()
    };
    let (a, b) = (words(subject), words(name));
    let (Some(sa), Some(sb)) = (a.last(), b.last()) else {
        return false;
    };
    if sa != sb {
        return false;
    }
    // "Lo Presti" is Gaetano Lo Presti: a surname of two words or more
    // that opens with a particle (the tool's `align::SURNAME_PARTICLES`) is
    // the name's tail, no first name.
    let particle =
        |w: &[String]| w.len() > 1 && crosscheck::align::SURNAME_PARTICLES.contains(&w[0].as_str());
    let tail = |x: &[String], y: &[String]| particle(x) && y.len() > x.len() && y.ends_with(x);
    if tail(&a, &b) || tail(&b, &a) {
        return true;
    }
    match (a.len() > 1, b.len() > 1) {
        (true, true) => a[0].chars().take(3).eq(b[0].chars().take(3)),
        _ => true,
    }
}
