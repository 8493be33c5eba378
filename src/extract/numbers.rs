//! Numbers as newsrooms write them: digits, number words, scales, currencies,
//! percentages, ranges, bounds and hedges, with the counted noun that follows.
//!
//! Contract used by `extract::mod`: [`find_numbers`] returns every numeric
//! expression in text order, non-overlapping. It never panics, on any input.

/// How a number is used; only `Cardinal` and `Ordinal` are counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberForm {
    /// A count or amount.
    Cardinal,
    /// `third` in "a third round".
    Ordinal,
    /// A calendar year (`2022`, `2012–13`).
    Year,
    /// A time of day (`2.15pm`, `10:30`).
    Time,
    /// An age (`aged 45`, `a 45-year-old`).
    Age,
    /// Phone numbers, list markers, ids and other non-quantities.
    Other,
}

/// A numeric expression found in text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMatch {
    /// Byte offset where the expression starts (bound and hedge words included).
    pub start: usize,
    /// Byte offset just past the expression (counted noun included).
    pub end: usize,
    /// Lower bound after scales (`at least 15` → 15; `up to 20` → None).
    pub low: Option<f64>,
    /// Upper bound after scales (`more than 100` → None).
    pub high: Option<f64>,
    /// Hedged: `about`, `roughly`, `nearly`, `some`, `an estimated`, vague
    /// amounts (`hundreds`, `dozens`).
    pub approx: bool,
    /// `%`, an ISO 4217 code, a duration unit (`day`…), `people`, or the
    /// counted noun in the singular, lower case; `None` for a bare number.
    pub unit: Option<String>,
    /// Byte span of the counted noun within the text, if there is one.
    pub noun: Option<(usize, usize)>,
    /// Whether this is a count, a year, a time, …
    pub form: NumberForm,
}

/// Finds every numeric expression in `text`, in text order.
pub fn find_numbers(text: &str) -> Vec<NumberMatch> {
    let _ = text;
    Vec::new()
}
