//! Scores crosscheck's date recogniser against the English test
//! specifications of Microsoft Recognizers-Text.
//!
//! Usage: `cargo run --release --example recognizers_dates [DIR] [--show N]
//! [--speed JSONL]`, DIR defaulting to `../shared/data/recognizers-text`
//! next to the crate. `--show N` prints the first N failures; `--speed`
//! also times `find_dates` over the `text` fields of a JSONL file;
//! `--dump JSONL` lists every date found there, with context, and exits.
//!
//! A case passes when our matches line up one to one with the expected
//! results: the same text (case-insensitively) and a resolution that agrees.
//! For a `date`, our span must be that single day; for a `daterange`, its
//! `start` must be our first day and its (exclusive) `end` the day after our
//! last (an explicit interval between two named days, timex
//! `(YYYY-MM-DD,YYYY-MM-DD,P…)`, ends on its second day, our last day),
//! except that `before`/`until` ranges only give an end, compared with
//! our first day, and `since`/`after` ranges only give a start (compared with
//! our first day for `since`, with the day after our last for `after`).
//! Where Recognizers-Text lists several candidates (past and future) any one
//! will do. A `datetime` passes only when our span is that single day *and*
//! we read the same clock time (hours, minutes, seconds) from the same text,
//! with no end time; a day without its time fails. A `datetimerange` within
//! one day (`tomorrow from 7 to 8pm`, `this evening`) passes when our span
//! is that day and our start and end clock times are its start and end
//! (parts of the day as Recognizers-Text sets them: morning 08–12,
//! afternoon 12–16, evening 16–20, night 20–23:59:59); other
//! `datetimerange`s are compared like a `daterange`. A `time` or
//! `timerange` passes only for a match of kind `Time` with the same clock
//! time(s). A `set` passes for a match of kind `Set` whose interval, in
//! seconds, is the timex's (`P2W`), or, for sets that are no plain
//! interval (`XXXX-WXX-1`, `every Monday`), for the text alone. Durations
//! are compared in seconds (months of 30 days, years of 365, as
//! Recognizers-Text counts them). Cases marked `NotSupported` count like
//! any other case.
//!
//! The recogniser scored is `find_all`: `find_dates` (what the claim
//! pipeline uses) plus what dates nothing and so is left out of claims:
//! bare durations (`3 days`, `an hour`), times of day with no day (`3 pm`,
//! `in the morning`) and recurring times (`every Monday`). Everything else
//! is identical. `--dates-only` scores `find_dates` instead.

use chrono::{Days, NaiveDate};
use crosscheck::extract::dates::{find_all, find_dates, DateKind, DateMatch};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Default)]
struct Tally {
    cases: usize,
    passed: usize,
}

fn date10(v: &Value) -> Option<NaiveDate> {
    let s = v.as_str()?;
    NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

/// Character offset → byte offset.
fn char_to_byte(s: &str, c: usize) -> usize {
    s.char_indices().nth(c).map_or(s.len(), |(b, _)| b)
}

fn agrees(m: &DateMatch, published: NaiveDate, values: &[Value]) -> bool {
    // Impossible dates (`feb 30`): Recognizers-Text says "not resolved",
    // we give no span.
    // A time of day alone (`3 pm`, `5 to 6pm`): the same clock times.
    if m.kind == DateKind::Time {
        return values.iter().any(|v| match v["type"].as_str() {
            Some("time") => {
                m.time_end.is_none() && m.time.is_some() && m.time == clock(&v["value"], 0)
            }
            Some("timerange") => {
                m.time.is_some()
                    && m.time == clock(&v["start"], 0)
                    && m.time_end == clock(&v["end"], 0)
            }
            _ => false,
        });
    }
    // A recurring time: the same interval where it is one (`every two
    // weeks` is `P2W`); the text alone otherwise (`every Monday`).
    if m.kind == DateKind::Set {
        return values.iter().any(|v| {
            v["type"].as_str() == Some("set")
                && match (
                    interval_secs(v["timex"].as_str().unwrap_or("")),
                    &m.duration,
                ) {
                    (Some(a), Some((b, _))) => (a - b).abs() < 1e-6,
                    (None, None) => true,
                    _ => false,
                }
        });
    }
    let Some(span) = m.span else {
        // A bare duration has no span.
        if m.duration.is_some() {
            return values.iter().any(|v| {
                v["type"].as_str() == Some("duration")
                    && v["value"]
                        .as_str()
                        .and_then(|s| s.parse::<f64>().ok())
                        .zip(duration_secs(m, published))
                        .is_some_and(|(a, b)| (a - b).abs() < 1e-6)
            });
        }
        return values
            .iter()
            .all(|v| v["value"].as_str() == Some("not resolved"));
    };
    let after_end = span.end.checked_add_days(Days::new(1));
    values.iter().any(|v| {
        let ty = v["type"].as_str().unwrap_or("");
        match ty {
            "date" => date10(&v["value"]).is_some_and(|d| span.start == d && span.end == d),
            "datetime" => {
                let time = clock(&v["value"], 11);
                date10(&v["value"]).is_some_and(|d| span.start == d && span.end == d)
                    && time.is_some()
                    && m.time == time
                    && m.time_end.is_none()
            }
            // A range of clock times within one day.
            "datetimerange" if m.time_end.is_some() => {
                let start = clock(&v["start"], 11);
                date10(&v["start"]).is_some_and(|d| span.start == d && span.end == d)
                    && date10(&v["end"]) == Some(span.start)
                    && start.is_some()
                    && m.time == start
                    && m.time_end == clock(&v["end"], 11)
            }
            "daterange" | "datetimerange" => {
                if v["value"].as_str() == Some("not resolved") {
                    return true;
                }
                let start = date10(&v["start"]);
                let end = date10(&v["end"]);
                match v["Mod"].as_str() {
                    Some("before" | "until") => end == Some(span.start),
                    Some("since") => start == Some(span.start),
                    Some("after") => start == after_end,
                    _ => {
                        // An explicit interval between two named days
                        // (`(2018-10-01,2018-10-07,P6D)`) ends on the second
                        // day itself, which is our last day.
                        let day_interval = v["timex"].as_str().is_some_and(|t| {
                            t.starts_with('(') && t.split(',').nth(1).is_some_and(|e| e.len() == 10)
                        });
                        (v["start"].is_null() || start == Some(span.start))
                            && (v["end"].is_null()
                                || end == after_end
                                || (day_interval && end == Some(span.end)))
                            && !(v["start"].is_null() && v["end"].is_null())
                    }
                }
            }
            "duration" => {
                let secs = v["value"].as_str().and_then(|s| s.parse::<f64>().ok());
                duration_secs(m, published) == secs
            }
            _ => false,
        }
    })
}

/// `HH:MM:SS` at byte `at` of a JSON string.
fn clock(v: &Value, at: usize) -> Option<chrono::NaiveTime> {
    let s = v.as_str()?.get(at..at + 8)?;
    chrono::NaiveTime::parse_from_str(s, "%H:%M:%S").ok()
}

/// A set's interval (`P2W`, `P1D`, `PT1H`) in seconds; `None` for sets
/// that are no plain interval (`XXXX-WXX-1`, `T15`).
fn interval_secs(timex: &str) -> Option<f64> {
    let rest = timex.strip_prefix('P')?;
    let (time, rest) = match rest.strip_prefix('T') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let unit = rest.chars().last()?;
    let n: f64 = rest[..rest.len() - 1].parse().ok()?;
    let per = match (time, unit) {
        (true, 'H') => 3600.0,
        (true, 'M') => 60.0,
        (true, 'S') => 1.0,
        (false, 'D') => 86400.0,
        (false, 'W') => 7.0 * 86400.0,
        (false, 'M') => 30.0 * 86400.0,
        (false, 'Y') => 365.0 * 86400.0,
        _ => return None,
    };
    Some(n * per)
}

/// Our duration in seconds, as Recognizers-Text counts them.
fn duration_secs(m: &DateMatch, _published: NaiveDate) -> Option<f64> {
    let (n, unit) = m.duration.as_ref()?;
    let per = match unit.as_str() {
        "second" => 1.0,
        "minute" => 60.0,
        "hour" => 3600.0,
        "day" => 86400.0,
        "week" => 7.0 * 86400.0,
        "month" => 30.0 * 86400.0,
        "year" => 365.0 * 86400.0,
        _ => return None,
    };
    Some(n * per)
}

static DATES_ONLY: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn recognise(text: &str, published: Option<NaiveDate>) -> Vec<DateMatch> {
    if DATES_ONLY.load(std::sync::atomic::Ordering::Relaxed) {
        find_dates(text, published)
    } else {
        find_all(text, published)
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/recognizers-text");
    let mut show = 0usize;
    while let Some(a) = args.next() {
        if a == "--dump" {
            if let Some(f) = args.next() {
                dump(&PathBuf::from(f));
            }
            return;
        } else if a == "--speed" {
            if let Some(f) = args.next() {
                speed(&PathBuf::from(f));
            }
        } else if a == "--dates-only" {
            DATES_ONLY.store(true, std::sync::atomic::Ordering::Relaxed);
        } else if a == "--show" {
            show = args.next().and_then(|s| s.parse().ok()).unwrap_or(20);
        } else {
            dir = PathBuf::from(a);
        }
    }
    let mut total = Tally::default();
    let mut shown = 0;

    // DateTimeModel.json
    let raw = std::fs::read_to_string(dir.join("DateTimeModel.json")).expect("DateTimeModel.json");
    let cases: Vec<Value> =
        serde_json::from_str(raw.trim_start_matches('\u{feff}')).expect("valid JSON");
    let mut by_type: BTreeMap<String, Tally> = BTreeMap::new();
    for case in &cases {
        let Some(published) = date10(&case["Context"]["ReferenceDateTime"]) else {
            continue;
        };
        let input = case["Input"].as_str().unwrap_or("");
        let expected = case["Results"].as_array().cloned().unwrap_or_default();
        let ty = expected
            .first()
            .and_then(|r| r["TypeName"].as_str())
            .map_or("(no date)".to_string(), |t| {
                t.trim_start_matches("datetimeV2.").to_string()
            });
        let ours = recognise(input, Some(published));
        let ok = ours.len() == expected.len()
            && ours.iter().zip(&expected).all(|(m, r)| {
                let text = r["Text"].as_str().unwrap_or("");
                let values = r["Resolution"]["values"]
                    .as_array()
                    .cloned()
                    .unwrap_or_default();
                input[m.start..m.end].eq_ignore_ascii_case(text) && agrees(m, published, &values)
            });
        let t = by_type.entry(ty).or_default();
        t.cases += 1;
        t.passed += ok as usize;
        if !ok && shown < show {
            shown += 1;
            let got: Vec<_> = ours
                .iter()
                .map(|m| {
                    format!(
                        "{:?} {:?}",
                        &input[m.start..m.end],
                        m.span.map(|s| (s.start, s.end))
                    )
                })
                .collect();
            let want: Vec<_> = expected
                .iter()
                .map(|r| {
                    format!(
                        "{} {}",
                        r["Text"],
                        r["Resolution"]["values"].get(0).unwrap_or(&Value::Null)
                    )
                })
                .collect();
            println!("FAIL {input:?} (ref {published})\n  got  {got:?}\n  want {want:?}");
        }
    }
    println!("DateTimeModel.json (cases with a reference date; NotSupported counted)");
    report(&by_type, &mut total);

    // DurationParser.json: bare durations, found by `find_all` only.
    let raw =
        std::fs::read_to_string(dir.join("DurationParser.json")).expect("DurationParser.json");
    let cases: Vec<Value> =
        serde_json::from_str(raw.trim_start_matches('\u{feff}')).expect("valid JSON");
    let mut by_type: BTreeMap<String, Tally> = BTreeMap::new();
    for case in &cases {
        let Some(published) = date10(&case["Context"]["ReferenceDateTime"]) else {
            continue;
        };
        let input = case["Input"].as_str().unwrap_or("");
        let expected = case["Results"].as_array().cloned().unwrap_or_default();
        let ours = recognise(input, Some(published));
        let ok = ours.len() == expected.len()
            && ours.iter().zip(&expected).all(|(m, r)| {
                let start = char_to_byte(input, r["Start"].as_u64().unwrap_or(0) as usize);
                let end = char_to_byte(
                    input,
                    (r["Start"].as_u64().unwrap_or(0) + r["Length"].as_u64().unwrap_or(0)) as usize,
                );
                let secs = r["Value"]["FutureResolution"]["duration"]
                    .as_str()
                    .and_then(|s| s.parse::<f64>().ok());
                m.start == start
                    && m.end == end
                    && duration_secs(m, published)
                        .zip(secs)
                        .is_some_and(|(a, b)| (a - b).abs() < 1e-6)
            });
        let t = by_type.entry("duration".into()).or_default();
        t.cases += 1;
        t.passed += ok as usize;
    }
    println!("DurationParser.json");
    report(&by_type, &mut total);
    println!(
        "TOTAL {:>5} cases {:>5} passed {:>6.1}%",
        total.cases,
        total.passed,
        100.0 * total.passed as f64 / total.cases.max(1) as f64
    );
}

fn report(by_type: &BTreeMap<String, Tally>, total: &mut Tally) {
    let mut file = Tally::default();
    for (ty, t) in by_type {
        println!(
            "  {ty:<16} {:>5} cases {:>5} passed {:>6.1}%",
            t.cases,
            t.passed,
            100.0 * t.passed as f64 / t.cases.max(1) as f64
        );
        file.cases += t.cases;
        file.passed += t.passed;
    }
    println!(
        "  {:<16} {:>5} cases {:>5} passed {:>6.1}%",
        "all",
        file.cases,
        file.passed,
        100.0 * file.passed as f64 / file.cases.max(1) as f64
    );
    total.cases += file.cases;
    total.passed += file.passed;
}

/// Single-threaded throughput of `find_dates` over the texts of a JSONL file.
fn speed(path: &std::path::Path) {
    let raw = std::fs::read_to_string(path).expect("JSONL file");
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let published = NaiveDate::from_ymd_opt(2025, 8, 7);
    let mut found = 0;
    let rounds = 20;
    let t = std::time::Instant::now();
    for _ in 0..rounds {
        for text in &texts {
            found += find_dates(text, published).len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "speed: {} texts, {:.1} MB x {rounds}: {:.1} MB/s ({} dates per round)",
        texts.len(),
        bytes as f64 / 1e6,
        (bytes * rounds) as f64 / 1e6 / secs,
        found / rounds
    );
}

/// Every match in a JSONL file's texts, with some context, for eyeballing.
fn dump(path: &std::path::Path) {
    let raw = std::fs::read_to_string(path).expect("JSONL file");
    let published = NaiveDate::from_ymd_opt(2025, 8, 7);
    for v in raw
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
    {
        let Some(text) = v["text"].as_str() else {
            continue;
        };
        for m in find_dates(text, published) {
            let mut a = m.start.saturating_sub(40);
            while !text.is_char_boundary(a) {
                a -= 1;
            }
            let mut b = (m.end + 30).min(text.len());
            while !text.is_char_boundary(b) {
                b += 1;
            }
            let ctx = format!(
                "{}[{}]{}",
                &text[a..m.start],
                &text[m.start..m.end],
                &text[m.end..b]
            )
            .replace('\n', " ");
            println!(
                "{:<5} {:<10} {:<24} {ctx}",
                format!("{:?}", m.kind),
                m.role.as_str(),
                m.span
                    .map_or("-".to_string(), |s| format!("{}..{}", s.start, s.end))
            );
        }
    }
}
