//! Scores crosscheck's dates TempEval-3 style on TimeML-annotated ECB+
//! news (`eval/timeml/GUIDELINES.md`): every TIMEX3 of type DATE, with its
//! normalised value, annotated by hand before crosscheck was run.
//!
//! Usage: `cargo run --release --example timeml [-- --gold GOLD] [--docs
//! FILE] [--show]` (`GOLD` defaults to `eval/timeml/dev.jsonl`, `FILE` to
//! `../shared/data/ecbplus/docs.jsonl`; `--show` lists every error: never
//! on `eval/timeml/blind.jsonl`).
//!
//! Each text goes through the claim pipeline as `crosscheck extract
//! --format jsonl` reads it (a JSONL line with `published` = the gold DCT);
//! the date words of every claim (`date_text`, the claim's own text for a
//! date claim, else found in its sentence) are a predicted TIMEX3, once per
//! span. Its value is the claim's resolved `date` written as TimeML writes
//! it (`eval/timex.rs`: a day `2009-01-05`, an ISO week `2009-W02`, a
//! weekend `2009-W02-WE`, a month, a season `2009-SU`, a quarter `2009-Q3`,
//! a year, a decade `199X`); words that name the present, the past or the
//! future in general (`now`, `currently`, `recently`, `in the future`) are
//! `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`, whatever day they were given; a
//! span from the start of the DCT's week, month or year to the DCT
//! (`earlier this year`) is that week, month or year; a span of years with
//! both ends written (`from 1995 to 1998`, `1979-90`) is two TIMEX3s, one
//! per year, as TimeML annotates it; a part of a decade (`the late 1970s`)
//! is the decade (`197X`), as TimeML writes it with a modifier.
//!
//! The page's own date line (`dct_line` in the gold file) is the DCT and,
//! as in TempEval-3, outside the scored text: dates found on it are left
//! out.
//!
//! Matching as TempEval-3: a prediction and a gold TIMEX3 match when their
//! character spans overlap (each gold at most once). Relaxed span P/R/F1
//! counts matches; value P/R/F1 counts matches with equal values.

use chrono::NaiveDate;
use crosscheck::config::Config;
use crosscheck::extract;
use crosscheck::ingest::jsonl;
use crosscheck::model::DateSpan;
use serde_json::Value;
use std::collections::HashMap;

#[path = "timex.rs"]
mod timex;

#[path = "common.rs"]
mod common;

/// One gold or predicted TIMEX3, its span in bytes of the text.
#[derive(Clone, Debug)]
struct Timex {
    span: (usize, usize),
    text: String,
    /// `None` for a prediction the pipeline could not resolve.
    value: Option<String>,
}

struct Doc {
    id: String,
    dct: NaiveDate,
    text: String,
    gold: Vec<Timex>,
    /// The page's own date line (`dct_line`, characters in the gold file):
    /// the DCT, kept out of the scored text as TempEval-3 keeps the DCT
    /// out of the document's text.
    dct_line: Option<(usize, usize)>,
}

/// The byte offset of character `c` of `text` (gold offsets count
/// characters).
fn byte_at(text: &str, c: usize) -> Option<usize> {
    text.char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .nth(c)
}

fn parse_gold(src: &str, texts: &HashMap<String, String>) -> Result<Vec<Doc>, String> {
    let mut out = Vec::new();
    for (i, line) in src.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = |e: String| format!("{}: {e}", i + 1);
        let g: Value = serde_json::from_str(line).map_err(|e| at(e.to_string()))?;
        let id = g["doc"].as_str().ok_or_else(|| at("no doc id".into()))?;
        let text = texts
            .get(id)
            .ok_or_else(|| at(format!("{id} is not in the texts")))?;
        let dct = g["dct"]
            .as_str()
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            .ok_or_else(|| at("dct is not YYYY-MM-DD".into()))?;
        let mut gold = Vec::new();
        for t in g["timex"].as_array().into_iter().flatten() {
            let off = |k: &str| t[k].as_u64().and_then(|c| byte_at(text, c as usize));
            let (Some(s), Some(e)) = (off("start"), off("end")) else {
                return Err(at(format!("{id}: a TIMEX3 offset is outside the text")));
            };
            gold.push(Timex {
                span: (s, e),
                text: text[s..e].to_string(),
                value: t["value"].as_str().map(str::to_string),
            });
        }
        let dct_line = match g["dct_line"].as_array().map(Vec::as_slice) {
            None => None,
            Some([a, b]) => {
                let at_char = |v: &Value| v.as_u64().and_then(|c| byte_at(text, c as usize));
                match (at_char(a), at_char(b)) {
                    (Some(a), Some(b)) => Some((a, b)),
                    _ => return Err(at(format!("{id}: dct_line is outside the text"))),
                }
            }
            Some(_) => return Err(at(format!("{id}: dct_line is not [start, end]"))),
        };
        out.push(Doc {
            id: id.to_string(),
            dct,
            text: text.clone(),
            gold,
            dct_line,
        });
    }
    Ok(out)
}

/// TimeML's value for words that refer to the present, the past or the
/// future in general rather than to a calendar date.
fn reference_value(words: &str) -> Option<&'static str> {
    let w = words.trim().to_lowercase();
    let w = w.trim_start_matches("in ").trim_start_matches("at ");
    match w {
        "now" | "right now" | "currently" | "presently" | "present" | "nowadays" | "these days" => {
            Some("PRESENT_REF")
        }
        "recently" | "lately" | "the past" => Some("PAST_REF"),
        "the future" | "future" | "a later date" => Some("FUTURE_REF"),
        _ => None,
    }
}

fn predicted_value(words: &str, date: Option<DateSpan>, dct: NaiveDate) -> Option<String> {
    if let Some(r) = reference_value(words) {
        return Some(r.to_string());
    }
    date.map(|d| timex::claim_date_value(words, d, dct))
}

/// The dates of the claim records `crosscheck extract --format jsonl`
/// gives for the text, with the DCT as publication date.
fn predicted(doc: &Doc, config: &Config) -> Vec<Timex> {
    let line = serde_json::json!({
        "id": doc.id, "published": doc.dct.to_string(), "text": doc.text,
    })
    .to_string();
    let article = jsonl::parse_line(&line).expect("a valid JSONL article");
    let text = article.text.as_str();
    let mut out: Vec<Timex> = Vec::new();
    for c in extract::extract(&article, config) {
        let Some(words) = c.date_text.as_deref() else {
            continue;
        };
        let own = c.value.is_none() && c.text == words;
        let sentence_start = c.start.saturating_sub(c.sentence_offset);
        let Some(s) = timex::date_words_at(text, words, own, c.start, sentence_start) else {
            continue;
        };
        let span = (s, s + words.len());
        let on_date_line = doc.dct_line.is_some_and(|l| overlaps(l, span));
        if on_date_line || out.iter().any(|t| t.span == span) {
            continue;
        }
        // A span of years with both ends written is two TIMEX3s.
        if let Some(ends) = c.date.and_then(|d| timex::year_ends(words, d)) {
            for ((a, b), value) in ends {
                out.push(Timex {
                    span: (s + a, s + b),
                    text: words[a..b].to_string(),
                    value: Some(value),
                });
            }
            continue;
        }
        out.push(Timex {
            span,
            text: words.to_string(),
            value: predicted_value(words, c.date, doc.dct),
        });
    }
    out.sort_by_key(|t| t.span);
    out
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Counts of one row: gold, predicted, span matches, value matches.
#[derive(Default, Clone, Copy)]
struct Score {
    gold: usize,
    predicted: usize,
    spans: usize,
    values: usize,
}

fn prf(correct: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (p, r) = (ratio(correct, predicted), ratio(correct, gold));
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// Matches predictions to gold, TempEval-3 style: each prediction takes
/// the first unmatched overlapping gold TIMEX3 of the same value, else the
/// first unmatched overlapping one. Returns the score and the errors.
fn score(doc: &str, gold: &[Timex], pred: &[Timex]) -> (Score, Vec<String>) {
    let mut used = vec![false; gold.len()];
    let mut s = Score {
        gold: gold.len(),
        predicted: pred.len(),
        ..Score::default()
    };
    let mut errors = Vec::new();
    let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "(unresolved)".into());
    for p in pred {
        let free = |i: &usize| !used[*i] && overlaps(gold[*i].span, p.span);
        let same = (0..gold.len()).find(|i| free(i) && gold[*i].value == p.value);
        match same.or_else(|| (0..gold.len()).find(free)) {
            Some(i) => {
                used[i] = true;
                s.spans += 1;
                if gold[i].value == p.value {
                    s.values += 1;
                } else {
                    errors.push(format!(
                        "{doc:<18} wrong    {:?} {}, gold {:?} {}",
                        p.text,
                        shown(&p.value),
                        gold[i].text,
                        shown(&gold[i].value)
                    ));
                }
            }
            None => errors.push(format!(
                "{doc:<18} spurious {:?} {}",
                p.text,
                shown(&p.value)
            )),
        }
    }
    for (g, _) in gold.iter().zip(&used).filter(|(_, u)| !**u) {
        errors.push(format!(
            "{doc:<18} missed   {:?} {}",
            g.text,
            shown(&g.value)
        ));
    }
    (s, errors)
}

fn is_reference(v: &Option<String>) -> bool {
    v.as_deref().is_some_and(|v| v.ends_with("_REF"))
}

fn main() {
    let args = common::Args::new(&["--docs", "--gold"]);
    let show = args.has("--show");
    let gold_path = args
        .opt("--gold")
        .unwrap_or_else(|| format!("{}/eval/timeml/dev.jsonl", env!("CARGO_MANIFEST_DIR")));
    let texts = common::texts(&args.docs());
    let docs = parse_gold(&common::read(&gold_path), &texts)
        .unwrap_or_else(|e| common::die(format!("{gold_path}:{e}")));
    let config = Config::builtin();
    let (mut all, mut dated) = (Score::default(), Score::default());
    let mut errors = Vec::new();
    for doc in &docs {
        let pred = predicted(doc, &config);
        let (s, e) = score(&doc.id, &doc.gold, &pred);
        errors.extend(e);
        // Without the references to the present, past and future: the
        // gold ones and the predictions that fall on them or carry one.
        let gold: Vec<Timex> = doc
            .gold
            .iter()
            .filter(|g| !is_reference(&g.value))
            .cloned()
            .collect();
        let pred: Vec<Timex> = pred
            .into_iter()
            .filter(|p| {
                !is_reference(&p.value)
                    && !doc
                        .gold
                        .iter()
                        .any(|g| is_reference(&g.value) && overlaps(g.span, p.span))
            })
            .collect();
        let (d, _) = score(&doc.id, &gold, &pred);
        for (acc, x) in [(&mut all, s), (&mut dated, d)] {
            acc.gold += x.gold;
            acc.predicted += x.predicted;
            acc.spans += x.spans;
            acc.values += x.values;
        }
    }
    println!(
        "TimeML dates ({}): {} texts, {} gold TIMEX3 ({} without *_REF)\n",
        std::path::Path::new(&gold_path)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?"),
        docs.len(),
        all.gold,
        dated.gold
    );
    println!("| row | gold | predicted | correct | P | R | F1 |");
    println!("|---|--:|--:|--:|--:|--:|--:|");
    for (row, s) in [("all DATE", all), ("without *_REF", dated)] {
        for (what, correct) in [("relaxed span", s.spans), ("value", s.values)] {
            let (p, r, f) = prf(correct, s.predicted, s.gold);
            println!(
                "| {row}: {what} | {} | {} | {correct} | {p:.2} | {r:.2} | {f:.2} |",
                s.gold, s.predicted
            );
        }
    }
    if show {
        println!();
        for e in &errors {
            println!("{e}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(span: (usize, usize), value: &str) -> Timex {
        Timex {
            span,
            text: String::new(),
            value: Some(value.into()),
        }
    }

    #[test]
    fn words_for_the_present_past_and_future_are_references() {
        assert_eq!(reference_value("now"), Some("PRESENT_REF"));
        assert_eq!(reference_value("Currently"), Some("PRESENT_REF"));
        assert_eq!(reference_value("recently"), Some("PAST_REF"));
        assert_eq!(reference_value("in the future"), Some("FUTURE_REF"));
        assert_eq!(reference_value("Tuesday"), None);
    }

    #[test]
    fn a_span_match_with_another_value_counts_for_the_span_only() {
        let gold = [t((0, 6), "2009-01-05"), t((10, 14), "2009")];
        let pred = [
            t((0, 3), "2009-01-06"),
            t((10, 14), "2009"),
            t((20, 25), "2010"),
        ];
        let (s, errors) = score("d", &gold, &pred);
        assert_eq!((s.gold, s.predicted, s.spans, s.values), (2, 3, 2, 1));
        assert_eq!(errors.len(), 2);
    }

    fn span(a: &str, b: &str) -> DateSpan {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        DateSpan {
            start: d(a),
            end: d(b),
        }
    }

    #[test]
    fn our_spans_are_written_as_timeml_writes_them() {
        let dct = NaiveDate::from_ymd_opt(2010, 9, 10).unwrap();
        let v = |words: &str, a: &str, b: &str| timex::claim_date_value(words, span(a, b), dct);
        // So far this year, month, week: the whole period.
        assert_eq!(v("Earlier this year", "2010-01-01", "2010-09-10"), "2010");
        assert_eq!(
            v("earlier this month", "2010-09-01", "2010-09-10"),
            "2010-09"
        );
        assert_eq!(
            v("earlier this week", "2010-09-06", "2010-09-10"),
            "2010-W36"
        );
        // Parts of a decade are the decade.
        assert_eq!(v("the late 1970s", "1977-01-01", "1979-12-31"), "197X");
        assert_eq!(v("the early 1980s", "1980-01-01", "1983-12-31"), "198X");
        assert_eq!(
            v("the next eight days", "2010-09-11", "2010-09-18"),
            "2010-09-11/2010-09-18"
        );
    }

    #[test]
    fn a_span_of_years_with_both_ends_is_two_timexes() {
        let ends = |w: &str, a: &str, b: &str| {
            timex::year_ends(w, span(a, b)).map(|e| e.map(|((s, t), v)| (w[s..t].to_string(), v)))
        };
        let pair = |a: &str, b: &str, c: &str, d: &str| {
            Some([
                (a.to_string(), b.to_string()),
                (c.to_string(), d.to_string()),
            ])
        };
        assert_eq!(
            ends("from 1995 to 1998", "1995-01-01", "1998-12-31"),
            pair("1995", "1995", "1998", "1998")
        );
        assert_eq!(
            ends("1979-90", "1979-01-01", "1990-12-31"),
            pair("1979", "1979", "90", "1990")
        );
        // A season named by two years, a decade, a single year: one value.
        assert_eq!(ends("the 2008-09 season", "2008-01-01", "2009-12-31"), None);
        assert_eq!(ends("the 1990s", "1990-01-01", "1999-12-31"), None);
        assert_eq!(ends("in 2005", "2005-01-01", "2005-12-31"), None);
    }

    #[test]
    fn gold_offsets_count_characters() {
        assert_eq!(byte_at("é ab", 2), Some(3));
        assert_eq!(byte_at("ab", 2), Some(2));
        assert_eq!(byte_at("ab", 3), None);
    }
}
