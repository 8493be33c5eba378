//! A bound on one unit written with the article: `less than a month`,
//! `more than a week`, `within a day`, `a little over a month`. The
//! article is no number (`after a year` is none), but under a bound it
//! stands for one: a bound at 1 of the unit, as the held-out guideline
//! annotates it.

use super::{nounwords, NumberForm, NumberMatch};

/// The bound whose article `a`/`an` spans `start..end` in `text`, if a
/// bound word stands before it and a unit of time or measure after it.
pub(super) fn bound(text: &str, start: usize, end: usize) -> Option<NumberMatch> {
    // The unit, one space after, in the singular: first, as most words
    // after an article are none.
    let rest = text[end..].strip_prefix(' ')?;
    let len = rest.bytes().take_while(u8::is_ascii_lowercase).count();
    let w = &rest[..len];
    if w.ends_with('s') || rest[len..].starts_with(|c: char| c.is_alphanumeric() || c == '-') {
        return None;
    }
    let unit = nounwords::duration(w).or_else(|| nounwords::measure_unit(w))?;
    // The cue, one space before: `than` (after `more`, `less`, `fewer`),
    // `within`, or `over`/`under` after `little` or `just`.
    let head = text[..start].strip_suffix(' ')?;
    let (cue, lower, strict) = if let Some(h) = word_off(head, "than") {
        let h = h.strip_suffix(' ')?;
        let (s, lower) = match word_off(h, "more") {
            Some(s) => (s, true),
            None => (word_off(h, "less").or_else(|| word_off(h, "fewer"))?, false),
        };
        // A figure right before the comparative is what is compared
        // (`£3bn more than a year earlier`, `about 40 fewer than a year
        // ago`): the article names a point in time, no bound.
        if compared_figure(s) {
            return None;
        }
        (s.len(), lower, true)
    } else if let Some(h) = word_off(head, "within") {
        (h.len(), false, false)
    } else {
        let (h, lower) = match word_off(head, "over") {
            Some(h) => (h, true),
            None => (word_off(head, "under")?, false),
        };
        let h = h.strip_suffix(' ')?;
        let s = word_off(h, "little").or_else(|| word_off(h, "just"))?;
        // `a little over`: the article of `little` opens the bound.
        let s = s
            .strip_suffix(' ')
            .and_then(|x| word_off(x, "a"))
            .unwrap_or(s);
        (s.len(), lower, true)
    };
    let ue = end + 1 + len;
    Some(NumberMatch {
        start: cue,
        end: ue,
        low: lower.then_some(1.0),
        high: (!lower).then_some(1.0),
        approx: false,
        unit: Some(unit.to_string()),
        noun: Some((end + 1, ue)),
        form: NumberForm::Cardinal,
        strict,
        joined: None,
        quantity: (start, end),
        number: (start, end),
    })
}

/// Whether the text `s` before a comparative ends with a figure: a word
/// with a digit (`40`, `£3.6bn`, `5%`) or a scale or percent word written
/// out (`2 million`, `5 per cent`).
fn compared_figure(s: &str) -> bool {
    let last = s.trim_end().rsplit(' ').next().unwrap_or("");
    last.bytes().any(|b| b.is_ascii_digit())
        || ["million", "billion", "trillion", "percent", "cent"]
            .iter()
            .any(|w| last.eq_ignore_ascii_case(w))
}

/// `s` without its last word when that word is `w` (any case) standing
/// whole.
fn word_off<'a>(s: &'a str, w: &str) -> Option<&'a str> {
    let cut = s.len().checked_sub(w.len())?;
    let (h, t) = s.split_at_checked(cut)?;
    (t.eq_ignore_ascii_case(w) && !h.ends_with(|c: char| c.is_alphanumeric())).then_some(h)
}

#[cfg(test)]
mod tests {
    use super::super::find_numbers;

    /// (text, low, high, unit) of every figure.
    fn read(t: &str) -> Vec<(&str, Option<f64>, Option<f64>, String)> {
        find_numbers(t)
            .into_iter()
            .map(|m| {
                (
                    &t[m.start..m.end],
                    m.low,
                    m.high,
                    m.unit.unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn a_bound_on_one_unit_with_the_article() {
        assert_eq!(
            read("Less than a year later it closed."),
            [("Less than a year", None, Some(1.0), "year".into())]
        );
        assert_eq!(
            read("He waited more than a week and a little over a month."),
            [
                ("more than a week", Some(1.0), None, "week".into()),
                ("a little over a month", Some(1.0), None, "month".into())
            ]
        );
        assert_eq!(
            read("They walked less than a mile."),
            [("less than a mile", None, Some(1.0), "mile".into())]
        );
    }

    #[test]
    fn the_bare_article_is_no_number() {
        assert!(read("After a year he left; it was more than a joke.").is_empty());
        assert!(read("It took over a week; rather than a month-long wait.").is_empty());
        assert!(read("more than a years").is_empty());
    }
}
