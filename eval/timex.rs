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
        // A decade, or its early, mid or late part (`the late 1970s`,
        // 1977–1979), which TimeML writes as the decade with a modifier.
        let (ya, yb) = (y.rem_euclid(10), b.year().rem_euclid(10));
        if a.month() == 1
            && b.month() == 12
            && y.div_euclid(10) == b.year().div_euclid(10)
            && [(0, 9), (0, 3), (4, 6), (7, 9)].contains(&(ya, yb))
        {
            return format!("{}X", y.div_euclid(10));
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
    Some(so_far(span, dct).unwrap_or_else(|| timex(span)))
}

/// `earlier this week`, `earlier this month`, `earlier this year`: a span
/// from the start of the DCT's week, month or year to the DCT, which
/// TimeML writes as that week, month or year.
fn so_far(s: DateSpan, dct: NaiveDate) -> Option<String> {
    if s.end != dct || s.start == s.end {
        return None;
    }
    let monday = dct - chrono::Duration::days(i64::from(dct.weekday().num_days_from_monday()));
    if s.start == monday {
        let w = dct.iso_week();
        return Some(format!("{}-W{:02}", w.year(), w.week()));
    }
    if s.start == dct.with_day(1)? {
        return Some(format!("{}-{:02}", dct.year(), dct.month()));
    }
    (s.start == dct.with_ordinal(1)?).then(|| format!("{}", dct.year()))
}

/// A span of years written with both its ends (`from 1995 to 1998`,
/// `1979-90`, `Between 1991 and 1998`), which TimeML annotates as two
/// TIMEX3s, one per year: each end's byte span within `words` and its
/// value. `None` unless the span is whole years and both years are
/// written (the second may be its last two digits).
pub fn year_ends(words: &str, d: DateSpan) -> Option<[((usize, usize), String); 2]> {
    let (a, b) = (d.start.year(), d.end.year());
    if a >= b || d.start.ordinal() != 1 || d.end.month() != 12 || d.end.day() != 31 {
        return None;
    }
    let mut runs = Vec::new();
    let bytes = words.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let j = i + bytes[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            runs.push((i, j));
            i = j;
        } else {
            i += 1;
        }
    }
    let num = |(s, e): (usize, usize)| words[s..e].parse::<i32>().ok();
    let first = *runs
        .iter()
        .find(|&&r| r.1 - r.0 == 4 && num(r) == Some(a))?;
    let second = *runs.iter().rev().find(|&&r| {
        r.0 > first.0
            && ((r.1 - r.0 == 4 && num(r) == Some(b))
                || (r.1 - r.0 == 2 && num(r) == Some(b.rem_euclid(100))))
    })?;
    // `2008-09` names one season, which is no pair of years.
    if second.1 - second.0 == 2 && b == a + 1 {
        return None;
    }
    Some([(first, a.to_string()), (second, b.to_string())])
}

/// A claim's resolved date as a TIMEX3 value: the value the date words
/// give on their own when they resolve to the same span (so `since X` is
/// X's value), else the span's.
pub fn claim_date_value(words: &str, d: DateSpan, dct: NaiveDate) -> String {
    match dates::find_dates(words, Some(dct)).first() {
        Some(m) if m.span == Some(d) => date_value(words, m, dct).unwrap_or_else(|| timex(d)),
        _ => so_far(d, dct).unwrap_or_else(|| timex(d)),
    }
}

/// Where a claim's date words stand in `text`: at the claim itself
/// (`start`) when they are its own text (`own`: a date claim), else where
/// they first occur from its sentence's start.
pub fn date_words_at(
    text: &str,
    words: &str,
    own: bool,
    start: usize,
    sentence_start: usize,
) -> Option<usize> {
    if own {
        return Some(start);
    }
    text.get(sentence_start..)
        .and_then(|rest| rest.find(words))
        .map(|i| sentence_start + i)
}
