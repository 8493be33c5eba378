//! Small formatting helpers shared by the printers.

use crate::model::{Claim, ClaimRef, DateSpan, Story, Value};

/// A figure as an editor reads it: `≥15 people`, `10–20`, `≤20`, `~50 day`.
pub fn value(v: &Value, approx: bool) -> String {
    let n = |x: f64| number(x);
    let body = match (v.low, v.high) {
        (Some(a), Some(b)) if a == b => n(a),
        (Some(a), Some(b)) => format!("{}–{}", n(a), n(b)),
        (Some(a), None) => format!("≥{}", n(a)),
        (None, Some(b)) => format!("≤{}", n(b)),
        (None, None) => "?".to_string(),
    };
    let tilde = if approx { "~" } else { "" };
    match v.unit.as_str() {
        "" => format!("{tilde}{body}"),
        "%" => format!("{tilde}{body}%"),
        // "1 person", as people write it; "0 people" and "2 people" as is.
        "people" if v.low == Some(1.0) && v.high == Some(1.0) => format!("{tilde}1 person"),
        u => format!("{tilde}{body} {u}"),
    }
}

/// A number with thousands separators and no needless decimals.
pub fn number(x: f64) -> String {
    if !x.is_finite() {
        return x.to_string();
    }
    if x.fract() == 0.0 && x.abs() < 1e15 {
        let digits = (x.abs() as u64).to_string();
        let mut out = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(ch);
        }
        if x < 0.0 {
            out.insert(0, '-');
        }
        out
    } else {
        let s = format!("{x:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A date span: one day, or `start..end`.
pub fn span(d: &DateSpan) -> String {
    if d.start == d.end {
        d.start.to_string()
    } else {
        format!("{}..{}", d.start, d.end)
    }
}

/// `kind/measure`.
pub fn kind(c: &Claim) -> String {
    match &c.measure {
        Some(m) => format!("{}/{}", c.kind, m),
        None => c.kind.clone(),
    }
}

/// The figure as an editor reads it, or the matched words when there is none.
pub fn figure(c: &ClaimRef) -> String {
    match &c.value {
        Some(v) => value(v, c.approx),
        None => match &c.date {
            Some(d) => span(d),
            None => c.text.clone(),
        },
    }
}

/// Byte range of the claim's text within its sentence, when the offsets
/// agree with the text; the pipeline should guarantee it, but a printer
/// must not panic on a bad record.
pub fn figure_span(c: &ClaimRef) -> Option<std::ops::Range<usize>> {
    // The sentence has its line breaks turned into spaces (byte for byte);
    // the claim's text keeps them ("At\nleast 40 people").
    let text = c.text.replace(['\n', '\r'], " ");
    let r = c.sentence_offset..c.sentence_offset + text.len();
    if c.sentence.get(r.clone()) == Some(text.as_str()) && !text.is_empty() {
        return Some(r);
    }
    let at = c
        .sentence
        .find(text.as_str())
        .filter(|_| !text.is_empty())?;
    Some(at..at + text.len())
}

/// `Harbor Wire 2025-07-09: ≥15 people`: one source's figure, as the
/// cluster tables list them.
pub fn report_line(r: &ClaimRef) -> String {
    let source = r.source.as_deref().unwrap_or(&r.article);
    match published(r) {
        Some(d) => format!("{source} {d}: {}", figure(r)),
        None => format!("{source}: {}", figure(r)),
    }
}

/// A span of days as a reader writes it: `2025-03-01`, or
/// `2025-03-01–2025-03-03`.
pub fn days(d: &DateSpan) -> String {
    if d.start == d.end {
        d.start.to_string()
    } else {
        format!("{}–{}", d.start, d.end)
    }
}

/// When the claim's article was published: its date, else the window its
/// story gives an undated article, marked as estimated
/// (`est. 2025-03-01–2025-03-03`), else nothing.
pub fn published(c: &ClaimRef) -> Option<String> {
    match (c.published, &c.published_estimate) {
        (Some(d), _) => Some(d.to_string()),
        (None, Some(e)) => Some(format!("est. {}", days(e))),
        (None, None) => None,
    }
}

/// The story's headline, or a stand-in when its articles gave none.
pub fn story_title(s: &Story) -> &str {
    s.title.as_deref().unwrap_or("untitled story")
}

/// Where and when, and who told it: `Millbrook · 2025-03-01 · Metro Daily,
/// Valley Courier (3 articles)`.
pub fn story_facts(s: &Story) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(p) = &s.place {
        parts.push(p.clone());
    }
    if let Some(d) = &s.date {
        parts.push(days(d));
    }
    let articles = plural(s.articles.len(), "article", "articles");
    parts.push(if s.sources.is_empty() {
        articles
    } else {
        format!("{} ({articles})", s.sources.join(", "))
    });
    parts.join(" · ")
}

/// The story's toll, `killed 3 (2–3), injured 4`: each figure's best, with
/// the span its sources give when they differ. `None` for a story with no
/// figures of its own.
pub fn toll(s: &Story) -> Option<String> {
    if s.figures.is_empty() {
        return None;
    }
    let n = |x: Option<f64>| x.map(number).unwrap_or_else(|| "?".into());
    let parts: Vec<String> = s
        .figures
        .iter()
        .map(|f| {
            let what = f.measure.as_deref().unwrap_or(&f.kind);
            let best = f.best.or(f.low).or(f.high);
            if f.low == f.high || f.low.is_none() && f.high.is_none() {
                format!("{what} {}", n(best))
            } else {
                format!("{what} {} ({}–{})", n(best), n(f.low), n(f.high))
            }
        })
        .collect();
    Some(parts.join(", "))
}

/// `1 article`, `2 articles`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_naturally() {
        let v = |low, high, unit: &str| Value {
            low,
            high,
            unit: unit.into(),
        };
        assert_eq!(value(&v(Some(15.0), None, "people"), false), "≥15 people");
        assert_eq!(
            value(&v(Some(2e8), Some(2e8), "USD"), false),
            "200,000,000 USD"
        );
        assert_eq!(value(&v(Some(25.0), Some(25.0), "%"), true), "~25%");
        assert_eq!(value(&v(None, Some(6.4), "%"), false), "≤6.4%");
    }

    #[test]
    fn estimated_dates_say_so() {
        let r = crate::report::check_table::tests::with_stories();
        let claims = &r.clusters[0].claims;
        assert_eq!(published(&claims[0]).as_deref(), Some("2025-03-01"));
        let undated = claims.last().unwrap();
        assert_eq!(
            published(undated).as_deref(),
            Some("est. 2025-03-01–2025-03-03")
        );
        assert_eq!(
            report_line(undated),
            "Regional Wire est. 2025-03-01–2025-03-03: 3 people"
        );
    }

    #[test]
    fn story_header_parts() {
        let r = crate::report::check_table::tests::with_stories();
        let s = r.stories.iter().find(|s| s.id == "s-5e1a0c37").unwrap();
        assert_eq!(toll(s).as_deref(), Some("killed 3 (2–3), injured 4"));
        assert_eq!(
            story_facts(s),
            "Millbrook · 2025-03-01 · KXMB News, Metro Daily, Regional Wire, Valley Courier (4 articles)"
        );
        let tariff = &r.stories[0];
        assert_eq!(toll(tariff), None);
        assert_eq!(
            story_facts(tariff),
            "2025-02-20 · Metro Daily, Trade Ledger (2 articles)"
        );
    }
}
