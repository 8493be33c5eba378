//! Small formatting helpers shared by the printers.

use crate::model::{Claim, ClaimRef, DateSpan, Value};

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
    match r.published {
        Some(d) => format!("{source} {d}: {}", figure(r)),
        None => format!("{source}: {}", figure(r)),
    }
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
}
