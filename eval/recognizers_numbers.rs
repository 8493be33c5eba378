//! Scores crosscheck's number recogniser against the Recognizers-Text
//! English specifications (NumberModel, NumberRangeModel, PercentModel,
//! CurrencyModel).
//!
//! Usage: `cargo run --release --example recognizers_numbers [DIR] [-v]`,
//! `… -- --show TEXT…` to print the matches found in each TEXT,
//! `… -- --review FILE.jsonl [STRIDE]` to print every STRIDE-th count in
//! context, or
//! `… -- --bench FILE.jsonl` to time `find_numbers` over its `text` fields
//! (DIR defaults to `../shared/data/recognizers-text`).
//!
//! A case passes when the set of results equals the expected `Results`:
//! same texts (case-insensitive) and same resolved values. Cases marked
//! `NotSupported` count like any other. With `-v` every failure is printed.
//!
//! How our matches are read for each model:
//! - Number: every Cardinal, Fraction, Vague or Year match, by its `number` span
//!   (the figure with its scale, without currency, bounds or noun).
//! - Percent: matches with unit `%`, by their `quantity` span.
//! - NumberRange: matches with a bound or a range, by their span without
//!   the counted noun; values in Recognizers' interval notation (written
//!   ranges are `[a,b)`, as the spec writes them; two joined bounds keep
//!   their own brackets).
//! - Currency: matches whose unit is an ISO code, by their `quantity` span;
//!   expected cents and pence are compared in the main unit.

use crosscheck::extract::numbers::{find_numbers, NumberForm, NumberMatch};
use serde_json::Value;
use std::collections::BTreeSet;

/// One result in comparable form: lower-cased text and a value key.
type Item = (String, String);

fn num_key(v: f64) -> String {
    // Twelve significant digits absorb the spec's rounding of thirds.
    if v == 0.0 {
        return "0".into();
    }
    format!("{:.11e}", v)
}

fn parse_num(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok()
}

fn ours(model: &str, text: &str) -> BTreeSet<Item> {
    let ms = find_numbers(text);
    let mut set = BTreeSet::new();
    for m in &ms {
        if let Some(i) = our_item(model, text, m) {
            set.insert(i);
        }
    }
    set
}

fn slice(text: &str, (s, e): (usize, usize)) -> String {
    text.get(s..e).unwrap_or("").trim().to_lowercase()
}

fn our_item(model: &str, text: &str, m: &NumberMatch) -> Option<Item> {
    let exact = m.low.is_some() && m.low == m.high;
    match model {
        "NumberModel" => {
            // Ordinals, times, ages and ids (dates' days, list markers) are
            // not numbers in that model's sense; fractions in words and
            // vague amounts are.
            if !(m.form.is_amount() || m.form == NumberForm::Year) {
                return None;
            }
            let v = if m.low.is_some() { m.low } else { m.high };
            Some((slice(text, m.number), num_key(v?)))
        }
        "PercentModel" => {
            if m.unit.as_deref() != Some("%") {
                return None;
            }
            Some((slice(text, m.quantity), num_key(m.low.or(m.high)?)))
        }
        "NumberRangeModel" => {
            if exact || (m.low.is_none() && m.high.is_none()) {
                return None;
            }
            let end = m.noun.map_or(m.end, |(s, _)| s);
            let txt = slice(text, (m.start, end));
            let key = match (m.low, m.high) {
                (Some(a), Some(b)) => match m.joined {
                    // Two bounds joined: each end keeps its own bracket.
                    Some((sl, sh)) => format!(
                        "{}{},{}{}",
                        if sl { "(" } else { "[" },
                        num_key(a),
                        num_key(b),
                        if sh { ")" } else { "]" }
                    ),
                    // Written ranges: the spec's convention is `[a,b)`.
                    None => format!("[{},{})", num_key(a), num_key(b)),
                },
                (Some(a), None) => {
                    format!("{}{},)", if m.strict { "(" } else { "[" }, num_key(a))
                }
                (None, Some(b)) => {
                    format!("(,{}{}", num_key(b), if m.strict { ")" } else { "]" })
                }
                (None, None) => return None,
            };
            Some((txt, key))
        }
        "CurrencyModel" => {
            // A price per unit (`USD/share`) is an amount of its currency,
            // as the specification reads `$ 98 a share`.
            let u = m.unit.as_deref()?.split('/').next()?;
            let iso = u.len() == 3 && u.chars().all(|c| c.is_ascii_uppercase());
            if !iso {
                return None;
            }
            let v = m.low.or(m.high)?;
            Some((slice(text, m.quantity), format!("{} {}", num_key(v), u)))
        }
        _ => None,
    }
}

/// Maps the spec's currency names to ISO codes and a factor to the main unit.
fn currency_iso(unit: &str, iso: Option<&str>) -> Option<(String, f64)> {
    if let Some(i) = iso {
        return Some((i.to_string(), 1.0));
    }
    let (code, f) = match unit {
        "Dollar" => ("USD", 1.0),
        "Cent" => ("USD", 0.01),
        "Pound" => ("GBP", 1.0),
        "Pence" | "Penny" => ("GBP", 0.01),
        "Franc" => ("CHF", 1.0),
        "Rupee" => ("INR", 1.0),
        "Finnish markka" => ("FIM", 1.0),
        "Netherlands guilder" => ("NLG", 1.0),
        "Peseta" => ("ESP", 1.0),
        "Bitcoin" => ("XBT", 1.0),
        _ => return None,
    };
    Some((code.to_string(), f))
}

fn expected(model: &str, case: &Value) -> BTreeSet<Item> {
    let mut set = BTreeSet::new();
    for r in case["Results"].as_array().into_iter().flatten() {
        let text = r["Text"].as_str().unwrap_or("").trim().to_lowercase();
        let res = &r["Resolution"];
        let val = res["value"].as_str().unwrap_or("null");
        let key = match model {
            "NumberModel" => parse_num(val).map(num_key).unwrap_or_else(|| val.into()),
            "PercentModel" => parse_num(val.trim_end_matches('%'))
                .map(num_key)
                .unwrap_or_else(|| val.into()),
            "NumberRangeModel" => {
                // `[20,30)`: normalise the numbers inside.
                let lb = val.chars().next().unwrap_or('[');
                let rb = val.chars().last().unwrap_or(')');
                let inner = val.get(1..val.len().saturating_sub(1)).unwrap_or("");
                let mut parts = inner.splitn(2, ',');
                let a = parts.next().unwrap_or("").trim();
                let b = parts.next().unwrap_or("").trim();
                let f = |s: &str| parse_num(s).map(num_key).unwrap_or_default();
                format!("{lb}{},{}{rb}", f(a), f(b))
            }
            "CurrencyModel" => {
                let unit = res["unit"].as_str().unwrap_or("");
                match (
                    currency_iso(unit, res["isoCurrency"].as_str()),
                    parse_num(val),
                ) {
                    (Some((code, f)), Some(v)) => format!("{} {}", num_key(v * f), code),
                    _ => format!("{val} {unit}"),
                }
            }
            _ => String::new(),
        };
        set.insert((text, key));
    }
    set
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--bench FILE.jsonl`: throughput of find_numbers over the `text`
    // fields of a JSONL file, repeated to about 50 MB.
    if args.first().map(String::as_str) == Some("--bench") {
        let path = args.get(1).cloned().unwrap_or_default();
        let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            eprintln!("{path}: {e}");
            std::process::exit(2)
        });
        let docs: Vec<String> = raw
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect();
        let size: usize = docs.iter().map(String::len).sum();
        let reps = (50_000_000 / size.max(1)).max(1);
        let start = std::time::Instant::now();
        let mut found = 0usize;
        for _ in 0..reps {
            for d in &docs {
                found += find_numbers(d).len();
            }
        }
        let secs = start.elapsed().as_secs_f64();
        let mb = (size * reps) as f64 / 1e6;
        println!(
            "{mb:.1} MB in {secs:.2} s: {:.1} MB/s, {} matches per pass",
            mb / secs,
            found / reps
        );
        return;
    }
    // `--units FILE.jsonl`: how often each unit comes out over a corpus
    // (a quick look for nouns that should not be units).
    if args.first().map(String::as_str) == Some("--units") {
        let path = args.get(1).cloned().unwrap_or_default();
        let raw = std::fs::read_to_string(&path).unwrap_or_default();
        let mut counts = std::collections::BTreeMap::<String, usize>::new();
        for v in raw
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        {
            for m in find_numbers(v["text"].as_str().unwrap_or("")) {
                let key = format!("{:?} {}", m.form, m.unit.as_deref().unwrap_or("-"));
                *counts.entry(key).or_default() += 1;
            }
        }
        let mut v: Vec<_> = counts.into_iter().collect();
        v.sort_by_key(|x| std::cmp::Reverse(x.1));
        for (k, n) in v {
            println!("{n:>6} {k}");
        }
        return;
    }
    // `--review FILE.jsonl [STRIDE]`: every STRIDE-th count (Cardinal, or
    // Ordinal with a unit: what the claim assembler keeps) over a corpus,
    // with 40 bytes of context either side, for reading by eye.
    if args.first().map(String::as_str) == Some("--review") {
        let path = args.get(1).cloned().unwrap_or_default();
        let stride: usize = args.get(2).and_then(|x| x.parse().ok()).unwrap_or(1).max(1);
        let raw = std::fs::read_to_string(&path).unwrap_or_default();
        let mut k = 0usize;
        for v in raw
            .lines()
            .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        {
            let t = v["text"].as_str().unwrap_or("");
            for m in find_numbers(t) {
                let count =
                    m.form.is_amount() || (m.form == NumberForm::Ordinal && m.unit.is_some());
                if !count {
                    continue;
                }
                k += 1;
                if !k.is_multiple_of(stride) {
                    continue;
                }
                let mut a = m.start.saturating_sub(40);
                while !t.is_char_boundary(a) {
                    a -= 1;
                }
                let mut b = (m.end + 40).min(t.len());
                while !t.is_char_boundary(b) {
                    b += 1;
                }
                let ctx = format!("{}[{}]{}", &t[a..m.start], &t[m.start..m.end], &t[m.end..b])
                    .replace('\n', " ");
                println!(
                    "{:?} {:?}..{:?} {:?}{} | {}",
                    m.form,
                    m.low,
                    m.high,
                    m.unit.as_deref().unwrap_or("-"),
                    if m.approx { " ~" } else { "" },
                    ctx
                );
            }
        }
        eprintln!("{k} counts");
        return;
    }
    // `--show TEXT...`: print what the recogniser finds in each TEXT.
    if args.first().map(String::as_str) == Some("--show") {
        for t in &args[1..] {
            for m in find_numbers(t) {
                println!(
                    "{:?} {:?} low={:?} high={:?} unit={:?} approx={} strict={}",
                    &t[m.start..m.end],
                    m.form,
                    m.low,
                    m.high,
                    m.unit,
                    m.approx,
                    m.strict
                );
            }
            println!("--");
        }
        return;
    }
    let verbose = args.iter().any(|a| a == "-v");
    args.retain(|a| a != "-v");
    let dir = args.first().cloned().unwrap_or_else(|| {
        // Relative to the crate root, wherever cargo is run from.
        format!(
            "{}/../shared/data/recognizers-text",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    let models = [
        "NumberModel",
        "NumberRangeModel",
        "PercentModel",
        "CurrencyModel",
    ];
    let (mut all, mut all_pass) = (0usize, 0usize);
    println!(
        "{:<18} {:>6} {:>7} {:>7}   (NotSupported cases counted; supported-only in brackets)",
        "file", "cases", "passed", "share"
    );
    for model in models {
        let path = format!("{dir}/{model}.json");
        let raw = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(2);
            }
        };
        let raw = raw.trim_start_matches('\u{feff}');
        let cases: Vec<Value> = match serde_json::from_str(raw) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(2);
            }
        };
        let (mut pass, mut sup, mut sup_pass) = (0, 0, 0);
        for case in &cases {
            let input = case["Input"].as_str().unwrap_or("");
            let want = expected(model, case);
            let got = ours(model, input);
            let ok = want == got;
            let ns = case.get("NotSupported").is_some();
            if !ns {
                sup += 1;
                sup_pass += ok as usize;
            }
            pass += ok as usize;
            if !ok && verbose {
                println!("FAIL {model}{}: {input:?}", if ns { " (NS)" } else { "" });
                println!("     want {want:?}");
                println!("     got  {got:?}");
            }
        }
        println!(
            "{:<18} {:>6} {:>7} {:>6.1}%   [{}/{}]",
            model,
            cases.len(),
            pass,
            100.0 * pass as f64 / cases.len().max(1) as f64,
            sup_pass,
            sup
        );
        all += cases.len();
        all_pass += pass;
    }
    println!(
        "{:<18} {:>6} {:>7} {:>6.1}%",
        "total",
        all,
        all_pass,
        100.0 * all_pass as f64 / all.max(1) as f64
    );
}
