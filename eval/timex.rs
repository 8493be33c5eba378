//! Resolved date spans written as TimeML TIMEX3 values, shared by the
//! held-out scorer (`heldout.rs`) and the TimeML-style date scorer
//! (`timeml.rs`), so both map crosscheck's dates to TimeML the same way.

use chrono::{Datelike, NaiveDate};
use crosscheck::extract::dates;
use crosscheck::model::DateSpan;

fn last_of_month(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

/// A resolved span as a TIMEX3 value: a day, an ISO week or weekend, a
/// month (also its early / mid / late part, which TimeML writes as the
/// month with a modifier), a season, a quarter, a year (also its parts) or
/// a decade; anything else as `start/end`.
pub fn timex(s: DateSpan) -> String {
    let (a, b) = (s.start, s.end);
    if a == b {
        return a.format("%Y-%m-%d").to_string();
    }
    let iw = a.iso_week();
    if b.signed_duration_since(a).num_days() == 6 && a.weekday() == chrono::Weekday::Mon {
        return format!("{}-W{:02}", iw.year(), iw.week());
    }
    if b.signed_duration_since(a).num_days() == 1 && a.weekday() == chrono::Weekday::Sat {
        return format!("{}-W{:02}-WE", iw.year(), iw.week());
    }
    let y = a.year();
    if a.month() == b.month() && y == b.year() {
        let last = last_of_month(y, a.month()).map_or(31, |d| d.day());
        let parts = [(1, 10), (11, 20), (21, last), (1, last)];
        if parts.contains(&(a.day(), b.day())) {
            return format!("{y}-{:02}", a.month());
        }
    }
    let month_start = a.day() == 1;
    let month_end = last_of_month(b.year(), b.month()) == Some(b);
    if month_start && month_end {
        if y == b.year() {
            match (a.month(), b.month()) {
                (1, 12) | (1, 4) | (5, 8) | (9, 12) => return format!("{y}"),
                (3, 5) => return format!("{y}-SP"),
                (6, 8) => return format!("{y}-SU"),
                (9, 11) => return format!("{y}-FA"),
                (m, n) if n == m + 2 && m % 3 == 1 => return format!("{y}-Q{}", m / 3 + 1),
                _ => {}
            }
        }
        if a.month() == 12 && b.month() == 2 && b.year() == y + 1 {
            return format!("{y}-WI");
        }
        if a.month() == 1 && b.month() == 12 && y % 10 == 0 && b.year() == y + 9 {
            return format!("{}X", y / 10);
        }
    }
    format!("{a}/{b}")
}

/// The value of a date match: `since X` spans from X to the DCT, and its
/// value is X's (TimeML annotates the X).
pub fn date_value(text: &str, m: &dates::DateMatch, dct: NaiveDate) -> Option<String> {
    let span = m.span?;
    let words = &text[m.start..m.end];
    if span.end == dct && words.to_lowercase().starts_with("since ") {
        // X alone, or as `in X` (a bare year is a date only in context).
        let inner = &words[6..];
        let x = dates::find_dates(inner, Some(dct))
            .first()
            .and_then(|d| d.span)
            .or_else(|| {
                dates::find_dates(&format!("in {inner}"), Some(dct))
                    .first()?
                    .span
            });
        if let Some(x) = x {
            return Some(timex(x));
        }
    }
    Some(timex(span))
}

/// A claim's resolved date as a TIMEX3 value: the value the date words
/// give on their own when they resolve to the same span (so `since X` is
/// X's value), else the span's.
pub fn claim_date_value(words: &str, d: DateSpan, dct: NaiveDate) -> String {
    match dates::find_dates(words, Some(dct)).first() {
        Some(m) if m.span == Some(d) => date_value(words, m, dct).unwrap_or_else(|| timex(d)),
        _ => timex(d),
    }
}

