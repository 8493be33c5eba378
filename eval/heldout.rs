//! Scores crosscheck on held-out news the way CQE (quantities) and
//! TempEval-3 / HeidelTime (dates) are scored: 30 ECB+ texts the project was
//! not tuned on, annotated by hand (`eval/heldout/GUIDELINES.md`,
//! `eval/heldout/gold.jsonl`) before crosscheck was run on them.
//!
//! Usage: `cargo run --release --example heldout [-- --show] [--docs FILE]
//! [--gold GOLD]` (`FILE` defaults to `../shared/data/ecbplus/docs.jsonl`;
//! the texts are read from there at run time, the repository holds only ids
//! and short mentions). `GOLD` defaults to `eval/heldout/gold.jsonl`, the
//! first sample, since used to fix errors; `eval/heldout/blind.jsonl` is the
//! second, blind sample, which nobody tunes on (see the guideline). `--show` lists every error: spurious predictions, wrong
//! values and misses, by document; `--dump DOC` prints the claims of one
//! text.
//!
//! The claims as users get them, through the CLI (three commands):
//! `--emit-input BATCH` writes the sample's texts as a crosscheck JSONL
//! batch (`id` = doc, `published` = DCT, `text`) and stops; `crosscheck
//! extract BATCH --format jsonl > CLAIMS` extracts them; `--claims CLAIMS`
//! adds the `cli claims` rows, scored from the saved claim records by the
//! same rules as the `claims` rows. `--written` leaves out, in both, the
//! records marked `"inferred": true` (counts read from words with no number
//! written), which the guideline's gold does not annotate.
//!
//! Matching (relaxed span, as CQE and TempEval-3 do it): a prediction and a
//! gold mention match when their byte spans overlap; gold spans are found
//! by searching each mention in the text, in order. Each gold mention is
//! matched at most once. A quantity is correct when its bounds agree with
//! the gold ones within 0.5% (an exact figure has equal bounds); "with
//! units" also needs the unit. A date is correct when the resolved span,
//! written as a TIMEX3 value (`2008-12-09`, `2008-12`, `2008-W50`,
//! `2008-W50-WE`, `2008`, `2008-SU`, `199X`), equals the gold value.
//! Precision = correct / predicted, recall = correct / gold.
//!
//! Rows:
//! - `find_numbers`: every match whose form is a count or an age (years,
//!   clock times, ordinals, ids, fractions in words and vague amounts are
//!   the recogniser's own "not a quantity");
//! - `find_dates`: every match, resolved against the document creation
//!   time (DCT) of the gold file;
//! - `claims`: what `crosscheck extract` emits for the text given as JSONL
//!   with `published` = DCT: claims with a value are quantities, the date
//!   words of every claim are dates;
//! - `cli claims` (with `--claims`): the same, read from the claim records
//!   of a saved `crosscheck extract --format jsonl` run, located at their
//!   byte offsets.

use chrono::NaiveDate;
use crosscheck::config::Config;
use crosscheck::extract::{self, dates, numbers};
use crosscheck::ingest::jsonl;
use crosscheck::model::DateSpan;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

#[path = "timex.rs"]
mod timex;

#[path = "common.rs"]
mod common;

/// `--written`: leave out the claim records marked `inferred` (a count
/// read from words with no number written, "a man was killed"), which the
/// guideline's gold leaves out.
static WRITTEN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn written_only() -> bool {
    WRITTEN.load(std::sync::atomic::Ordering::Relaxed)
}
use timex::{claim_date_value, date_value, timex};

/// One gold or predicted quantity.
#[derive(Clone, Debug)]
struct Quantity {
    span: (usize, usize),
    text: String,
    low: Option<f64>,
    high: Option<f64>,
    unit: Option<String>,
    /// Gold only: count, money, percent, measure, duration, age.
    kind: String,
}

/// One gold or predicted date.
#[derive(Clone, Debug)]
struct Date {
    span: (usize, usize),
    text: String,
    /// TIMEX3-style value; `None` when the prediction has no span.
    value: Option<String>,
}

/// Gold mentions found in the text, in order; a mention that cannot be
/// found is a broken gold file, reported and skipped.
fn locate(text: &str, mentions: &[Value], doc: &str) -> Vec<(usize, usize, Value)> {
    let mut out = Vec::new();
    let mut from = (0, 0);
    for m in mentions {
        let t = m["text"].as_str().unwrap_or("");
        // The next mention is searched after this one, else inside it
        // (`four 100-catch seasons`, then `100-catch`).
        let found = text
            .get(from.1..)
            .and_then(|rest| rest.find(t))
            .map(|i| from.1 + i)
            .or_else(|| text.get(from.0..)?.find(t).map(|i| from.0 + i));
        match found {
            Some(s) => {
                out.push((s, s + t.len(), m.clone()));
                from = (
                    s + text[s..].chars().next().map_or(1, char::len_utf8),
                    s + t.len(),
                );
            }
            None => eprintln!("gold: {doc}: mention {t:?} not found after byte {}", from.0),
        }
    }
    out
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(x), Some(y)) => (x - y).abs() <= 0.005 * x.abs().max(y.abs()).max(1e-9),
        _ => false,
    }
}

/// Nouns for persons: crosscheck counts them as `people`.
const PERSONS: &[&str] = &[
    "people",
    "person",
    "man",
    "woman",
    "child",
    "pirate",
    "crew",
    "parishioner",
    "leader",
    "wife",
    "individual",
    "player",
    "guy",
];

fn unit_agrees(gold: Option<&str>, pred: Option<&str>) -> bool {
    // `pixel per inch` in a gold line is the tool's `pixel/inch` (the
    // README writes rates so).
    let norm = |u: &str| u.trim().to_lowercase().replace(" per ", "/");
    match (gold.map(norm), pred.map(norm)) {
        (None, None) => true,
        (Some(g), Some(p)) => {
            let last = |s: &str| s.rsplit(' ').next().unwrap_or("").to_string();
            g == p
                || last(&g) == last(&p)
                || (p == "people" && PERSONS.contains(&g.as_str()))
                || (g == "year" && p == "years")
        }
        (None, Some(p)) => p.is_empty(),
        (Some(_), None) => false,
    }
}

fn value_agrees(g: &Quantity, p: &Quantity) -> bool {
    close(g.low, p.low) && close(g.high, p.high)
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Counts for one row.
#[derive(Default, Clone)]
struct Score {
    gold: usize,
    predicted: usize,
    correct: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.correct += o.correct;
    }
    fn prf(&self) -> (f64, f64, f64) {
        let p = ratio(self.correct, self.predicted);
        let r = ratio(self.correct, self.gold);
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        (p, r, f)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// What went wrong with one mention, for `--show`.
struct Error {
    doc: String,
    what: &'static str,
    text: String,
    detail: String,
}

/// Matches predictions to gold: each prediction takes the first unmatched
/// overlapping gold mention that it agrees with, else counts as wrong (when
/// it overlaps one) or spurious. Returns (correct, errors).
fn match_all<T>(
    doc: &str,
    gold: &[T],
    pred: &[T],
    span: impl Fn(&T) -> (usize, usize),
    agree: impl Fn(&T, &T) -> bool,
    show: impl Fn(&T) -> (String, String),
) -> (usize, Vec<Error>) {
    let mut used = vec![false; gold.len()];
    let mut correct = 0;
    let mut errors = Vec::new();
    for p in pred {
        let sp = span(p);
        let hit = (0..gold.len())
            .find(|&i| !used[i] && overlaps(span(&gold[i]), sp) && agree(&gold[i], p));
        if let Some(i) = hit {
            used[i] = true;
            correct += 1;
            continue;
        }
        let (t, v) = show(p);
        match gold.iter().find(|g| overlaps(span(g), sp)) {
            Some(g) => {
                let (gt, gv) = show(g);
                errors.push(Error {
                    doc: doc.into(),
                    what: "wrong",
                    text: t,
                    detail: format!("{v}, gold {gt:?} {gv}"),
                })
            }
            None => errors.push(Error {
                doc: doc.into(),
                what: "spurious",
                text: t,
                detail: v,
            }),
        }
    }
    for (i, g) in gold.iter().enumerate() {
        if !used[i] {
            let (t, v) = show(g);
            errors.push(Error {
                doc: doc.into(),
                what: "missed",
                text: t,
                detail: v,
            });
        }
    }
    (correct, errors)
}

fn show_q(q: &Quantity) -> (String, String) {
    let b = |v: Option<f64>| v.map_or("-".to_string(), |x| format!("{x}"));
    let v = if q.low.is_some() && q.low == q.high {
        b(q.low)
    } else {
        format!("[{}, {}]", b(q.low), b(q.high))
    };
    (
        q.text.clone(),
        format!("{v} {}", q.unit.as_deref().unwrap_or("(no unit)")),
    )
}

fn show_d(d: &Date) -> (String, String) {
    (
        d.text.clone(),
        d.value.clone().unwrap_or_else(|| "(unresolved)".into()),
    )
}

/// Same value at the gold granularity: a single day agrees with the month
/// or year it lies in when the gold value is that month or year (`30 months
/// ago` is `2006-06` in TimeML; a day in June 2006 agrees).
fn same_date(gold: Option<&str>, pred: Option<&str>) -> bool {
    let (Some(g), Some(p)) = (gold, pred) else {
        return false;
    };
    let is_day = p.len() == 10 && p.as_bytes()[4] == b'-' && p.as_bytes()[7] == b'-';
    g == p
        || (is_day
            && (g.len() == 7 || g.len() == 4)
            && p.starts_with(g)
            && g.bytes().all(|c| c.is_ascii_digit() || c == b'-'))
}

struct Doc {
    id: String,
    dct: NaiveDate,
    text: String,
    gold_q: Vec<Quantity>,
    gold_d: Vec<Date>,
}

fn load(gold_path: &str, docs_path: &str) -> Vec<Doc> {
    parse_gold(
        &common::read(gold_path),
        &common::texts(docs_path),
        docs_path,
    )
}

/// The gold documents of a gold file's text, with their texts looked up
/// by doc id.
fn parse_gold(gold: &str, texts: &HashMap<String, String>, docs_path: &str) -> Vec<Doc> {
    let mut out = Vec::new();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let g: Value = serde_json::from_str(line).expect("gold line is JSON");
        let id = g["doc"].as_str().expect("gold doc id").to_string();
        // A sample written by the project carries its own text; an ECB+
        // sample only the doc id.
        let own = g["text"].as_str().map(str::to_string);
        let Some(text) = own.or_else(|| texts.get(&id).cloned()) else {
            eprintln!("gold: {id} is not in {docs_path}");
            continue;
        };
        let dct = NaiveDate::parse_from_str(g["dct"].as_str().unwrap_or(""), "%Y-%m-%d")
            .expect("gold dct is YYYY-MM-DD");
        let empty = Vec::new();
        let qs = g["quantities"].as_array().unwrap_or(&empty);
        let gold_q = locate(&text, qs, &id)
            .into_iter()
            .map(|(s, e, v)| Quantity {
                span: (s, e),
                text: text[s..e].to_string(),
                low: v["low"].as_f64(),
                high: v["high"].as_f64(),
                unit: v["unit"].as_str().map(str::to_string),
                kind: v["kind"].as_str().unwrap_or("count").to_string(),
            })
            .collect();
        let ds = g["dates"].as_array().unwrap_or(&empty);
        let gold_d = locate(&text, ds, &id)
            .into_iter()
            .map(|(s, e, v)| Date {
                span: (s, e),
                text: text[s..e].to_string(),
                value: v["value"].as_str().map(str::to_string),
            })
            .collect();
        out.push(Doc {
            id,
            dct,
            text,
            gold_q,
            gold_d,
        });
    }
    out
}

/// The recogniser's quantities: counts and ages.
fn recognised_quantities(text: &str) -> Vec<Quantity> {
    numbers::find_numbers(text)
        .into_iter()
        .filter(|m| {
            matches!(
                m.form,
                numbers::NumberForm::Cardinal | numbers::NumberForm::Age
            )
        })
        .map(|m| Quantity {
            span: (m.start, m.end),
            text: text[m.start..m.end].to_string(),
            low: m.low,
            high: m.high,
            // An age is in years: the form says so where no unit is given.
            unit: match m.form {
                numbers::NumberForm::Age => m.unit.clone().or(Some("year".into())),
                _ => m.unit.clone(),
            },
            kind: String::new(),
        })
        .collect()
}

fn recognised_dates(text: &str, dct: NaiveDate) -> Vec<Date> {
    let mut out = Vec::new();
    for m in dates::find_dates(text, Some(dct)) {
        let words = &text[m.start..m.end];
        // A span of years with both ends written is two dates.
        if let Some(ends) = m.span.and_then(|d| timex::year_ends(words, d)) {
            for ((a, b), value) in ends {
                out.push(Date {
                    span: (m.start + a, m.start + b),
                    text: words[a..b].to_string(),
                    value: Some(value),
                });
            }
            continue;
        }
        out.push(Date {
            span: (m.start, m.end),
            text: words.to_string(),
            value: date_value(text, &m, dct),
        });
    }
    out
}

/// The text as `crosscheck extract` reads it from JSONL, with the DCT as
/// its publication date.
fn as_article(doc: &Doc) -> crosscheck::model::Article {
    jsonl::parse_line(&input_line(doc)).expect("valid article")
}

/// One line of a crosscheck JSONL batch: `id` = doc, `published` = DCT.
fn input_line(doc: &Doc) -> String {
    serde_json::json!({
        "id": doc.id, "published": doc.dct.to_string(), "text": doc.text,
    })
    .to_string()
}

/// `--emit-input FILE`: the sample's texts as a crosscheck JSONL batch, in
/// gold order, written to a temporary file first so that a failed write
/// leaves no half batch behind.
fn emit_input(docs: &[Doc], path: &str) -> std::io::Result<()> {
    let mut out = String::new();
    for d in docs {
        out.push_str(&input_line(d));
        out.push('\n');
    }
    let tmp = format!("{path}.tmp");
    std::fs::write(&tmp, out)?;
    std::fs::rename(&tmp, path)
}

/// The fields of one claim record of `crosscheck extract --format jsonl`
/// (README, "The claim record") that the scorer reads.
#[derive(Clone, Debug)]
struct Record {
    start: usize,
    end: usize,
    text: String,
    sentence: String,
    /// `(low, high, unit)` when the claim has a value.
    value: Option<(Option<f64>, Option<f64>, String)>,
    date: Option<DateSpan>,
    date_text: Option<String>,
    /// A count read from words, with no number written (`"inferred": true`).
    inferred: bool,
}

/// Claim records by article id, from the text of a saved `extract
/// --format jsonl` output. A line that is no claim record is an error
/// `LINE: what is wrong` (1-based).
fn read_records(src: &str) -> Result<HashMap<String, Vec<Record>>, String> {
    let mut out: HashMap<String, Vec<Record>> = HashMap::new();
    for (i, line) in src.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let (article, r) = parse_record(line).map_err(|e| format!("{}: {e}", i + 1))?;
        if written_only() && r.inferred {
            continue;
        }
        out.entry(article).or_default().push(r);
    }
    Ok(out)
}

fn parse_record(line: &str) -> Result<(String, Record), String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let str_field = |k: &str| v[k].as_str().ok_or(format!("no string \"{k}\""));
    let offset = |k: &str| {
        v[k].as_u64()
            .map(|n| n as usize)
            .ok_or(format!("no offset \"{k}\""))
    };
    let value = match &v["value"] {
        Value::Null => None,
        o @ Value::Object(_) => Some((
            o["low"].as_f64(),
            o["high"].as_f64(),
            o["unit"]
                .as_str()
                .ok_or("value without a unit")?
                .to_string(),
        )),
        _ => return Err("\"value\" is neither an object nor null".into()),
    };
    let date = match &v["date"] {
        Value::Null => None,
        d => Some(
            serde_json::from_value::<DateSpan>(d.clone())
                .map_err(|e| format!("bad \"date\": {e}"))?,
        ),
    };
    let record = Record {
        start: offset("start")?,
        end: offset("end")?,
        text: str_field("text")?.to_string(),
        sentence: v["sentence"].as_str().unwrap_or("").to_string(),
        value,
        date,
        date_text: v["date_text"].as_str().map(str::to_string),
        inferred: v["inferred"].as_bool().unwrap_or(false),
    };
    Ok((str_field("article")?.to_string(), record))
}

/// The quantities and dates of one text's claim records, located as the
/// `claims` rows locate the pipeline's: a figure at its byte offsets, the
/// date words of a claim in its sentence. Also returns how many records
/// did not sit at their offsets (found by their text instead; more than
/// zero means the batch was not the one `--emit-input` wrote).
fn from_records(doc: &Doc, recs: &[Record]) -> (Vec<Quantity>, Vec<Date>, usize) {
    let text = doc.text.as_str();
    let mut misplaced = 0;
    let mut qs = Vec::new();
    let mut ds: Vec<Date> = Vec::new();
    for r in recs {
        let start = if text.get(r.start..r.end) == Some(r.text.as_str()) {
            r.start
        } else {
            misplaced += 1;
            match nearest(text, &r.text, r.start) {
                Some(s) => s,
                None => continue,
            }
        };
        let end = start + r.text.len();
        if let Some((low, high, unit)) = &r.value {
            qs.push(Quantity {
                span: (start, end),
                text: r.text.clone(),
                low: *low,
                high: *high,
                unit: Some(unit.clone()),
                kind: String::new(),
            });
        }
        let Some(words) = r.date_text.as_deref() else {
            continue;
        };
        let own = r.value.is_none() && r.text == words;
        let sentence_start = sentence_start(text, &r.sentence, &r.text, start)
            .unwrap_or_else(|| text[..start].rfind('\n').map_or(0, |i| i + 1));
        if let Some(s) = timex::date_words_at(text, words, own, start, sentence_start) {
            push_date(&mut ds, s, words, r.date, doc.dct);
        }
    }
    ds.sort_by_key(|d| d.span);
    (qs, ds, misplaced)
}

/// Where a record's sentence starts in the text: the record prints the
/// sentence with its line breaks as spaces, so it is matched with any
/// white space equal to any other, placed so that it holds the claim's
/// words at the claim's offset.
fn sentence_start(text: &str, sentence: &str, words: &str, at: usize) -> Option<usize> {
    let same = |a: &[u8], b: &[u8]| {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(x, y)| x == y || (x.is_ascii_whitespace() && y.is_ascii_whitespace()))
    };
    sentence
        .match_indices(words)
        .filter_map(|(k, _)| at.checked_sub(k))
        .find(|&s| {
            text.as_bytes()
                .get(s..s + sentence.len())
                .is_some_and(|t| same(t, sentence.as_bytes()))
        })
}

/// The occurrence of `needle` nearest to byte `at`.
fn nearest(text: &str, needle: &str, at: usize) -> Option<usize> {
    text.match_indices(needle)
        .map(|(i, _)| i)
        .min_by_key(|&i| i.abs_diff(at))
}

/// Scores one text's claim records: value, value + unit and date rows of
/// the CLI path. Returns the records that were not at their offsets.
fn score_records(rows: &mut Rows, doc: &Doc, recs: &[Record]) -> usize {
    let (q, d, misplaced) = from_records(doc, recs);
    score_quantities(rows, "cli claims: value", doc, &q, &doc.gold_q, false);
    score_quantities(rows, "cli claims: value + unit", doc, &q, &doc.gold_q, true);
    score_dates(rows, "cli claims: date value", doc, &d);
    misplaced
}

/// What `crosscheck extract` emits, as quantities and dates. The text given
/// to the pipeline is the same, so offsets line up with the gold spans.
fn pipeline(doc: &Doc, config: &Config) -> (Vec<Quantity>, Vec<Date>, Attachment) {
    let article = as_article(doc);
    let text = article.text.as_str();
    let claims = extract::extract(&article, config);
    let mut qs = Vec::new();
    let mut ds: Vec<Date> = Vec::new();
    let mut att = Attachment::default();
    for c in claims.iter().filter(|c| !(written_only() && c.inferred)) {
        if let Some(v) = &c.value {
            qs.push(Quantity {
                span: (c.start, c.end),
                text: c.text.clone(),
                low: v.low,
                high: v.high,
                unit: Some(v.unit.clone()),
                kind: c.kind.clone(),
            });
        }
        // The date words of a claim: the claim's own text for a date
        // claim, else found in its sentence.
        let Some(words) = c.date_text.as_deref() else {
            continue;
        };
        let own = c.value.is_none() && c.text == words;
        let sentence_start = c.start.saturating_sub(c.sentence_offset);
        let Some(s) = timex::date_words_at(text, words, own, c.start, sentence_start) else {
            continue;
        };
        if c.value.is_some() {
            // ECB+ gives one sentence per line: a figure dated by words on
            // another line took its date across a sentence boundary.
            att.dated += 1;
            let line_of = |i: usize| text[..i].matches('\n').count();
            if line_of(s) != line_of(c.start) {
                att.across += 1;
                att.examples
                    .push(format!("{}: {:?} dated by {:?}", doc.id, c.text, words));
            }
        }
        push_date(&mut ds, s, words, c.date, doc.dct);
    }
    ds.sort_by_key(|d| d.span);
    (qs, ds, att)
}

/// Adds a claim's date words found at byte `at`, once per span: several
/// figures of a sentence share its date words.
fn push_date(ds: &mut Vec<Date>, at: usize, words: &str, date: Option<DateSpan>, dct: NaiveDate) {
    let span = (at, at + words.len());
    if ds.iter().any(|d| d.span == span) {
        return;
    }
    // A span of years with both ends written is two dates, as the
    // guideline annotates it (`1979-90`: 1979 and 1990).
    if let Some(ends) = date.and_then(|d| timex::year_ends(words, d)) {
        for ((a, b), value) in ends {
            ds.push(Date {
                span: (at + a, at + b),
                text: words[a..b].to_string(),
                value: Some(value),
            });
        }
        return;
    }
    ds.push(Date {
        span,
        text: words.to_string(),
        value: date.map(|d| claim_date_value(words, d, dct)),
    });
}

/// Figures given a date, and how many took it from another sentence.
#[derive(Default)]
struct Attachment {
    dated: usize,
    across: usize,
    examples: Vec<String>,
}

/// `--dump DOC`: the claims `extract` gives for one text, to see why a
/// figure became one.
fn dump_claims(doc: &Doc, config: &Config) {
    let article = as_article(doc);
    for c in extract::extract(&article, config) {
        let v = c
            .value
            .as_ref()
            .map(|v| format!("{:?}..{:?} {}", v.low, v.high, v.unit));
        println!(
            "{:<12} {:<18} {:?} {} {:?} {:?}",
            c.kind,
            c.measure.as_deref().unwrap_or("-"),
            c.text,
            v.unwrap_or_default(),
            c.date_text,
            c.date.map(timex)
        );
    }
}

#[derive(Default)]
struct Rows {
    scores: BTreeMap<&'static str, Score>,
    errors: BTreeMap<&'static str, Vec<Error>>,
}

impl Rows {
    fn add(
        &mut self,
        row: &'static str,
        gold: usize,
        predicted: usize,
        (correct, errors): (usize, Vec<Error>),
    ) {
        self.scores.entry(row).or_default().add(&Score {
            gold,
            predicted,
            correct,
        });
        self.errors.entry(row).or_default().extend(errors);
    }
}

fn score_quantities(
    rows: &mut Rows,
    row: &'static str,
    doc: &Doc,
    pred: &[Quantity],
    gold: &[Quantity],
    units: bool,
) {
    let r = match_all(
        &doc.id,
        gold,
        pred,
        |q| q.span,
        |g, p| value_agrees(g, p) && (!units || unit_agrees(g.unit.as_deref(), p.unit.as_deref())),
        show_q,
    );
    rows.add(row, gold.len(), pred.len(), r);
}

fn score_dates(rows: &mut Rows, row: &'static str, doc: &Doc, pred: &[Date]) {
    let r = match_all(
        &doc.id,
        &doc.gold_d,
        pred,
        |d| d.span,
        |g, p| same_date(g.value.as_deref(), p.value.as_deref()),
        show_d,
    );
    rows.add(row, doc.gold_d.len(), pred.len(), r);
}

fn main() {
    let args = common::Args::new(&["--docs", "--gold", "--dump", "--emit-input", "--claims"]);
    let show = args.has("--show");
    WRITTEN.store(args.has("--written"), std::sync::atomic::Ordering::Relaxed);
    let opt = |name: &str| args.opt(name);
    let docs_path = args.docs();
    let gold_path = opt("--gold")
        .unwrap_or_else(|| format!("{}/eval/heldout/gold.jsonl", env!("CARGO_MANIFEST_DIR")));
    let docs = load(&gold_path, &docs_path);
    let config = Config::builtin();
    if let Some(id) = opt("--dump") {
        for doc in docs.iter().filter(|d| d.id == id) {
            dump_claims(doc, &config);
        }
        return;
    }
    if let Some(out) = opt("--emit-input") {
        if let Err(e) = emit_input(&docs, &out) {
            common::die(format!("{out}: {e}"));
        }
        eprintln!("{out}: {} texts", docs.len());
        return;
    }
    let records = opt("--claims").map(|p| {
        let src = common::read(&p);
        let recs = read_records(&src).unwrap_or_else(|e| common::die(format!("{p}:{e}")));
        let foreign = recs
            .keys()
            .filter(|a| !docs.iter().any(|d| &d.id == *a))
            .count();
        if foreign > 0 {
            eprintln!("{p}: claims of {foreign} articles not in the gold file left out");
        }
        recs
    });
    let mut misplaced = 0;
    let mut rows = Rows::default();
    let mut by_kind: BTreeMap<String, Score> = BTreeMap::new();
    let mut attach = Attachment::default();
    for doc in &docs {
        let rq = recognised_quantities(&doc.text);
        score_quantities(
            &mut rows,
            "find_numbers: value",
            doc,
            &rq,
            &doc.gold_q,
            false,
        );
        score_quantities(
            &mut rows,
            "find_numbers: value + unit",
            doc,
            &rq,
            &doc.gold_q,
            true,
        );
        // Recall per kind of quantity (value only).
        for g in &doc.gold_q {
            let s = by_kind.entry(g.kind.clone()).or_default();
            s.gold += 1;
            if rq
                .iter()
                .any(|p| overlaps(g.span, p.span) && value_agrees(g, p))
            {
                s.correct += 1;
            }
        }
        let counted: Vec<Quantity> = doc
            .gold_q
            .iter()
            .filter(|g| g.kind != "age")
            .cloned()
            .collect();
        let rq_no_age: Vec<Quantity> = rq
            .iter()
            .filter(|p| {
                !doc.gold_q
                    .iter()
                    .any(|g| g.kind == "age" && overlaps(g.span, p.span))
            })
            .cloned()
            .collect();
        score_quantities(
            &mut rows,
            "find_numbers: value, ages left out",
            doc,
            &rq_no_age,
            &counted,
            false,
        );
        let rd = recognised_dates(&doc.text, doc.dct);
        score_dates(&mut rows, "find_dates: value", doc, &rd);
        let (pq, pd, att) = pipeline(doc, &config);
        attach.dated += att.dated;
        attach.across += att.across;
        attach.examples.extend(att.examples);
        score_quantities(&mut rows, "claims: value", doc, &pq, &doc.gold_q, false);
        score_quantities(
            &mut rows,
            "claims: value + unit",
            doc,
            &pq,
            &doc.gold_q,
            true,
        );
        score_dates(&mut rows, "claims: date value", doc, &pd);
        if let Some(recs) = &records {
            let none = Vec::new();
            misplaced += score_records(&mut rows, doc, recs.get(&doc.id).unwrap_or(&none));
        }
    }
    if misplaced > 0 {
        eprintln!(
            "claims: {misplaced} records were not at their byte offsets (found by their text)"
        );
    }
    let chars: usize = docs.iter().map(|d| d.text.len()).sum();
    println!(
        "held-out ECB+ ({}): {} texts, {} bytes, {} gold quantities, {} gold dates\n",
        std::path::Path::new(&gold_path)
            .file_name()
            .map_or(gold_path.as_str(), |n| n.to_str().unwrap_or("?")),
        docs.len(),
        chars,
        docs.iter().map(|d| d.gold_q.len()).sum::<usize>(),
        docs.iter().map(|d| d.gold_d.len()).sum::<usize>()
    );
    println!("| row | gold | predicted | correct | P | R | F1 |");
    println!("|---|--:|--:|--:|--:|--:|--:|");
    for (row, s) in &rows.scores {
        let (p, r, f) = s.prf();
        println!(
            "| {row} | {} | {} | {} | {:.2} | {:.2} | {:.2} |",
            s.gold, s.predicted, s.correct, p, r, f
        );
    }
    println!("\nfind_numbers recall by kind of quantity (value):");
    for (k, s) in &by_kind {
        println!(
            "  {k:<9} {:>3}/{:<3} {:.2}",
            s.correct,
            s.gold,
            ratio(s.correct, s.gold)
        );
    }
    println!(
        "\nclaims with a figure and a date: {}, dated from another sentence (ECB+ line): {}",
        attach.dated, attach.across
    );
    if show {
        for e in &attach.examples {
            println!("across  {e}");
        }
        for (row, errs) in &rows.errors {
            if row.ends_with("value + unit") || row.contains("ages left out") {
                continue;
            }
            println!("\n## {row}: {} errors", errs.len());
            for e in errs {
                println!("{:<16} {:<8} {:?}  {}", e.doc, e.what, e.text, e.detail);
            }
        }
        for row in ["find_numbers: value + unit", "claims: value + unit"] {
            println!("\n## {row}: unit errors only");
            for e in rows.errors.get(row).into_iter().flatten() {
                if e.what == "wrong" {
                    println!("{:<16} {:<8} {:?}  {}", e.doc, e.what, e.text, e.detail);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(a: &str, b: &str) -> DateSpan {
        DateSpan {
            start: NaiveDate::parse_from_str(a, "%Y-%m-%d").unwrap(),
            end: NaiveDate::parse_from_str(b, "%Y-%m-%d").unwrap(),
        }
    }

    #[test]
    fn spans_are_written_as_timex_values() {
        assert_eq!(timex(span("2008-12-09", "2008-12-09")), "2008-12-09");
        assert_eq!(timex(span("2008-12-01", "2008-12-31")), "2008-12");
        assert_eq!(timex(span("2008-12-01", "2008-12-10")), "2008-12");
        assert_eq!(timex(span("2009-02-23", "2009-03-01")), "2009-W09");
        assert_eq!(timex(span("2008-12-13", "2008-12-14")), "2008-W50-WE");
        assert_eq!(timex(span("2005-01-01", "2005-12-31")), "2005");
        assert_eq!(timex(span("2005-09-01", "2005-11-30")), "2005-FA");
        assert_eq!(timex(span("2005-04-01", "2005-06-30")), "2005-Q2");
        assert_eq!(timex(span("1940-01-01", "1949-12-31")), "194X");
        assert_eq!(
            timex(span("2008-12-02", "2008-12-05")),
            "2008-12-02/2008-12-05"
        );
    }

    #[test]
    fn units_agree_by_head_noun_and_persons() {
        assert!(unit_agrees(Some("site"), Some("web site")));
        assert!(unit_agrees(Some("pirate"), Some("people")));
        assert!(!unit_agrees(Some("boat"), Some("people")));
        assert!(!unit_agrees(Some("USD"), None));
    }

    /// A two-line text of our own, its gold and the claim records a run
    /// might print for it: one figure right, one with the wrong unit, one
    /// not in the gold, and one gold figure missed.
    fn tiny() -> (Doc, HashMap<String, Vec<Record>>) {
        let text = "The ferry company bought 12 boats for $3 million on Tuesday.\n\
                    Its 40 crew were paid 5 percent more.";
        let texts = HashMap::from([("ferry".to_string(), text.to_string())]);
        let gold = r#"{"doc": "ferry", "dct": "2024-03-14", "quantities": [
            {"text": "12 boats", "value": 12, "low": 12, "high": 12, "unit": "boat", "kind": "count"},
            {"text": "$3 million", "value": 3000000, "low": 3000000, "high": 3000000, "unit": "USD", "kind": "money"},
            {"text": "40 crew", "value": 40, "low": 40, "high": 40, "unit": "crew", "kind": "count"},
            {"text": "5 percent", "value": 5, "low": 5, "high": 5, "unit": "%", "kind": "percent"}],
            "dates": [{"text": "Tuesday", "value": "2024-03-12"}]}"#
            .replace('\n', " ");
        let doc = parse_gold(&gold, &texts, "test").remove(0);
        let at = |w: &str| text.find(w).unwrap();
        let s0 = "The ferry company bought 12 boats for $3 million on Tuesday.";
        let record = |w: &str, value: &str, date: &str| {
            format!(
                r#"{{"article":"ferry","kind":"quantity","text":"{w}","start":{},"end":{},"sentence":"{s0}","value":{value},{date}}}"#,
                at(w),
                at(w) + w.len()
            )
        };
        let no_date = r#""date":null,"date_text":null"#;
        let lines = [
            record(
                "12 boats",
                r#"{"low":12,"high":12,"unit":"boat"}"#,
                r#""date":{"start":"2024-03-12","end":"2024-03-12"},"date_text":"on Tuesday""#,
            ),
            record(
                "$3 million",
                r#"{"low":3000000,"high":3000000,"unit":"EUR"}"#,
                no_date,
            ),
            record("company", r#"{"low":1,"high":1,"unit":"company"}"#, no_date),
        ];
        (doc, read_records(&lines.join("\n")).unwrap())
    }

    #[test]
    fn claim_records_are_scored_by_value_and_by_unit() {
        let (doc, recs) = tiny();
        let mut rows = Rows::default();
        assert_eq!(score_records(&mut rows, &doc, &recs["ferry"]), 0);
        let row = |r: &str| {
            let s = &rows.scores[r];
            (s.gold, s.predicted, s.correct)
        };
        // Values: 12 and 3,000,000 right, the spurious 1 wrong; 4 gold.
        assert_eq!(row("cli claims: value"), (4, 3, 2));
        // With units, EUR against USD is wrong.
        assert_eq!(row("cli claims: value + unit"), (4, 3, 1));
        // The date words of the boats claim are found in its sentence.
        assert_eq!(row("cli claims: date value"), (1, 1, 1));
        let (p, r, f) = rows.scores["cli claims: value"].prf();
        assert!((p - 2.0 / 3.0).abs() < 1e-9 && (r - 0.5).abs() < 1e-9);
        assert!((f - 4.0 / 7.0).abs() < 1e-9);
    }

    #[test]
    fn a_record_off_its_offsets_is_found_by_its_text_and_counted() {
        let (doc, mut recs) = tiny();
        for r in recs.get_mut("ferry").unwrap() {
            r.start += 1;
            r.end += 1;
        }
        let mut rows = Rows::default();
        assert_eq!(score_records(&mut rows, &doc, &recs["ferry"]), 3);
        assert_eq!(rows.scores["cli claims: value"].correct, 2);
    }

    #[test]
    fn a_sentence_printed_with_spaces_for_line_breaks_is_found() {
        let text = "Title\nA crew of 40\nsailed on Monday.";
        let at = text.find("40").unwrap();
        assert_eq!(
            sentence_start(text, "A crew of 40 sailed on Monday.", "40", at),
            Some(6)
        );
        assert_eq!(
            sentence_start(text, "Another sentence of 40.", "40", at),
            None
        );
    }

    #[test]
    fn a_bad_claim_line_names_its_line() {
        let ok = r#"{"article":"a","text":"two","start":0,"end":3,"value":null,"date":null}"#;
        assert_eq!(read_records(ok).unwrap()["a"].len(), 1);
        let e = read_records(&format!("{ok}\n\n{{\"article\":\"a\"}}")).unwrap_err();
        assert!(e.starts_with("3: "), "{e}");
        let e = read_records(&format!("{ok}\nnot json")).unwrap_err();
        assert!(e.starts_with("2: not JSON"), "{e}");
    }

    #[test]
    fn emitted_input_is_a_batch_crosscheck_reads() {
        let (doc, _) = tiny();
        let a = jsonl::parse_line(&input_line(&doc)).unwrap();
        assert_eq!(a.id, "ferry");
        assert_eq!(a.text, doc.text);
        assert_eq!(
            a.published.map(|d| d.to_string()).as_deref(),
            Some("2024-03-14")
        );
    }

    #[test]
    fn a_day_agrees_with_its_month_only_when_the_gold_is_the_month() {
        assert!(same_date(Some("2006-06"), Some("2006-06-14")));
        assert!(same_date(Some("2006"), Some("2006-06-14")));
        assert!(!same_date(Some("2006-06-14"), Some("2006-06")));
        assert!(!same_date(Some("2006-W23"), Some("2006-06-05")));
        assert!(!same_date(Some("2006-07"), Some("2006-06-14")));
    }
}
