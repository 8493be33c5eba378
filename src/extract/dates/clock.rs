//! Bare durations (`for 3 days`, `two weeks`, `an hour and a half`) and
//! clock times attached to a date (`July 2, 2013 at 7:37 a.m.`).
//!
//! Durations are only looked for by [`super::super::find_all`]: a bare
//! length of time dates nothing, so the claim pipeline (`find_dates`) does
//! not get them.

use super::super::lex::{Kind, Kw, Lex};
use super::P;
use chrono::NaiveTime;

/// A duration unit as a name and its length in seconds (months of 30
/// days, years of 365, as Recognizers-Text counts them).
fn unit_word(w: &str) -> Option<(&'static str, f64)> {
    let w = w.to_ascii_lowercase();
    Some(match w.as_str() {
        "second" | "seconds" | "sec" | "secs" | "s" => ("second", 1.0),
        "minute" | "minutes" | "min" | "mins" => ("minute", 60.0),
        "hour" | "hours" | "hr" | "hrs" | "h" => ("hour", 3600.0),
        "day" | "days" | "night" | "nights" => ("day", 86400.0),
        "week" | "weeks" => ("week", 604800.0),
        "fortnight" | "fortnights" => ("week", 1209600.0),
        "month" | "months" => ("month", 2592000.0),
        "year" | "years" => ("year", 31536000.0),
        "decade" | "decades" => ("year", 315360000.0),
        _ => return None,
    })
}

impl P<'_> {
    fn word(&self, i: usize) -> &str {
        self.t(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }
    fn is_word(&self, i: usize, w: &str) -> bool {
        self.word(i).eq_ignore_ascii_case(w)
    }

    /// A unit at `i` (whole words only, `h`/`s` only glued to digits).
    fn dur_unit(&self, i: usize) -> Option<(&'static str, f64)> {
        let t = self.t(i)?;
        if !matches!(t.kind, Kind::Word(_)) {
            return None;
        }
        let w = self.word(i);
        if matches!(w, "h" | "s" | "H" | "S") {
            return None;
        }
        unit_word(w)
    }

    /// An amount at `i`: `3`, `3.5`, `twenty`, `twenty four`, `a`, `an`,
    /// `a few`, `several`, `a couple of`, `half a`; value and next index.
    fn amount(&self, i: usize) -> Option<(f64, usize)> {
        let t = self.t(i)?;
        match t.kind {
            Kind::Num { v, len } if len <= 6 => {
                // `3.5`
                if self.punct(i + 1, b'.') && self.glued(i) && self.glued(i + 1) {
                    if let Some((f, flen)) = self.num(i + 2) {
                        let frac = f as f64 / 10f64.powi(flen as i32);
                        return Some((v as f64 + frac, i + 3));
                    }
                }
                (v > 0).then_some((v as f64, i + 1))
            }
            Kind::Word(Lex::NumWord(_)) => {
                let (n, j) = self.count(i)?;
                // `twenty and four hours`
                if self.kw(j, Kw::And) {
                    if let Some(Lex::NumWord(b @ 1..=9)) = self.t(j + 1).map(|t| t.lex()) {
                        if n >= 20 && n % 10 == 0 && self.dur_unit(j + 2).is_some() {
                            return Some(((n + b) as f64, j + 2));
                        }
                    }
                }
                Some((n as f64, j))
            }
            Kind::Word(Lex::Kw(Kw::A)) => {
                if self.is_word(i + 1, "few") {
                    return Some((3.0, i + 2));
                }
                if self.is_word(i + 1, "couple") && self.kw(i + 2, Kw::Of) {
                    return Some((2.0, i + 3));
                }
                Some((1.0, i + 1))
            }
            Kind::Word(Lex::Kw(Kw::Some)) => Some((3.0, i + 1)),
            _ => {
                let w = self.word(i).to_ascii_lowercase();
                match w.as_str() {
                    "few" | "several" => Some((3.0, i + 1)),
                    "couple" if self.kw(i + 1, Kw::Of) => Some((2.0, i + 2)),
                    "another" => Some((1.0, i + 1)),
                    "half" => {
                        let j = if self.kw(i + 1, Kw::A) { i + 2 } else { i + 1 };
                        Some((0.5, j))
                    }
                    _ => None,
                }
            }
        }
    }

    /// `and a half`, `and half`, `and a quarter` after a unit or amount:
    /// the fraction and next index.
    fn and_half(&self, j: usize) -> Option<(f64, usize)> {
        if !self.kw(j, Kw::And) {
            return None;
        }
        let k = if self.kw(j + 1, Kw::A) { j + 2 } else { j + 1 };
        if self.is_word(k, "half") {
            return Some((0.5, k + 1));
        }
        (k == j + 2 && self.is_word(k, "quarter")).then_some((0.25, k + 1))
    }

    /// A glued `3h`, `3day`, `3.5years`, `30-minutes`, `3-min` at `i`:
    /// seconds and next index.
    fn glued_duration(&self, i: usize) -> Option<(f64, usize)> {
        let t = self.t(i)?;
        // `3h`, `3day`: one mixed token.
        if t.kind == Kind::Other {
            let w = self.word(i);
            let d = w.bytes().take_while(u8::is_ascii_digit).count();
            if d == 0 || d > 4 {
                return None;
            }
            let (_, per) = unit_word(&w[d..])?;
            return Some((w[..d].parse::<f64>().ok()? * per, i + 1));
        }
        // `3.5years`: `3` `.` `5years`
        if let (Kind::Num { v, .. }, true, true) = (
            t.kind,
            self.punct(i + 1, b'.'),
            self.glued(i) && self.glued(i + 1),
        ) {
            let w = self.word(i + 2);
            let d = w.bytes().take_while(u8::is_ascii_digit).count();
            if self.t(i + 2).is_some_and(|t| t.kind == Kind::Other) && d > 0 && d < 4 {
                let (_, per) = unit_word(&w[d..])?;
                let frac: f64 = format!("0.{}", &w[..d]).parse().ok()?;
                return Some(((v as f64 + frac) * per, i + 3));
            }
        }
        let (n, j) = match t.kind {
            Kind::Num { .. } => self.amount(i)?,
            _ => return None,
        };
        // `3.5years`: the unit glued to the fraction.
        if j > i + 1 && self.glued(j - 1) {
            let (_, per) = self.dur_unit(j)?;
            return Some((n * per, j + 1));
        }
        // `30-minutes`, `3-min`
        if self.punct(j, b'-') && self.glued(j - 1) && self.glued(j) {
            let (_, per) = self.dur_unit(j + 1)?;
            return Some((n * per, j + 2));
        }
        None
    }

    /// A bare duration starting at `i`: its length in seconds (as amount and
    /// unit name) and end index.
    pub(in super::super) fn duration(&self, i: usize) -> Option<(f64, &'static str, usize)> {
        let mut j = i;
        // `more than an hour`, `less than 2 hours`
        if (self.is_word(j, "more") || self.is_word(j, "less")) && self.kw(j + 1, Kw::Than) {
            j += 2;
        }
        // `all day`, `all-week`, `full month`, `whole day`
        if self.is_word(j, "all") || self.is_word(j, "full") || self.is_word(j, "whole") {
            let k = if self.punct(j + 1, b'-') && self.glued(j) {
                j + 2
            } else {
                j + 1
            };
            let (name, per) = self.dur_unit(k)?;
            if self.is_plural(k) || !matches!(name, "day" | "week" | "month" | "year") {
                return None;
            }
            return Some((per, "second", k + 1));
        }
        let mut secs = 0.0;
        let mut last = None;
        let mut end = j;
        // `1 year 1 month 21 days`: parts add up.
        loop {
            if let Some((s, k)) = self.glued_duration(end) {
                secs += s;
                end = k;
                last = Some("second");
            } else {
                let Some((mut n, k)) = self.amount(end) else {
                    break;
                };
                // `two and a half hours`
                let k = match self.and_half(k) {
                    Some((f, k2)) if n >= 1.0 && n.fract() == 0.0 => {
                        n += f;
                        k2
                    }
                    _ => k,
                };
                let Some((name, per)) = self.dur_unit(k) else {
                    break;
                };
                // `a few` + plural, `a` + singular: `a days` is no duration;
                // `a second` is mostly an ordinal (`a second time`).
                let single = k == end + 1 && (self.kw(end, Kw::A) || self.is_word(end, "another"));
                if single && (self.is_plural(k) || name == "second") {
                    break;
                }
                let mut amount = n * per;
                let mut k = k + 1;
                // `an hour and a half`
                if let Some((f, k2)) = self.and_half(k) {
                    amount += per * f;
                    k = k2;
                }
                secs += amount;
                end = k;
                last = Some(name);
            }
            if last.is_none() || self.t(end).is_none() {
                break;
            }
            // `1 hour and 30 minutes`
            if self.kw(end, Kw::And)
                && (self.glued_duration(end + 1).is_some()
                    || self
                        .amount(end + 1)
                        .is_some_and(|(_, k)| self.dur_unit(k).is_some()))
            {
                end += 1;
            }
        }
        last?;
        // `3 years old`, `5 days ago` are something else.
        if self.is_word(end, "old") || self.kw(end, Kw::Ago) {
            return None;
        }
        Some((secs, "second", end))
    }

    /// A clock time starting at `i`, after an optional `at`, `@`, `,`:
    /// `7:37 a.m.`, `8:00am`, `17:49:19`, `5 pm`, `noon`; time and end index.
    pub(in super::super) fn time_after(&self, i: usize) -> Option<(NaiveTime, usize)> {
        let mut j = i;
        if self.punct(j, b',') {
            j += 1;
        }
        if self.kw(j, Kw::At) || self.punct(j, b'@') || self.is_word(j, "for") {
            j += 1;
        }
        self.clock(j)
    }

    fn clock(&self, j: usize) -> Option<(NaiveTime, usize)> {
        if self.is_word(j, "noon") || self.is_word(j, "midday") {
            return Some((NaiveTime::from_hms_opt(12, 0, 0)?, j + 1));
        }
        if self.is_word(j, "midnight") {
            return Some((NaiveTime::from_hms_opt(0, 0, 0)?, j + 1));
        }
        let t = self.t(j)?;
        // `8am`, `7pm`, `8:00am` (the last as `8` `:` `00am`).
        let glued_ampm = |w: &str| -> Option<(u32, bool)> {
            let d = w.bytes().take_while(u8::is_ascii_digit).count();
            if d == 0 || d > 2 {
                return None;
            }
            let pm = match w[d..].to_ascii_lowercase().as_str() {
                "am" | "a" => false,
                "pm" | "p" => true,
                _ => return None,
            };
            Some((w[..d].parse().ok()?, pm))
        };
        let (h, mut m, mut s, mut k, mut ampm) = match t.kind {
            Kind::Other => {
                let (h, pm) = glued_ampm(self.word(j))?;
                (h, 0, 0, j + 1, Some(pm))
            }
            Kind::Num { v, len: 1 | 2 } => (v, 0, 0, j + 1, None),
            _ => return None,
        };
        let mut minutes = false;
        if ampm.is_none() && self.punct(k, b':') && self.glued(k - 1) && self.glued(k) {
            match self.t(k + 1)?.kind {
                Kind::Num { v, len: 2 } => {
                    m = v;
                    k += 2;
                }
                Kind::Other => {
                    let w = self.word(k + 1);
                    let (mm, pm) = glued_ampm(w)?;
                    if w.bytes().take_while(u8::is_ascii_digit).count() != 2 {
                        return None;
                    }
                    m = mm;
                    ampm = Some(pm);
                    k += 2;
                }
                _ => return None,
            }
            minutes = true;
            if ampm.is_none() && self.punct(k, b':') && self.glued(k - 1) && self.glued(k) {
                if let Some((v, 2)) = self.num(k + 1) {
                    s = v;
                    k += 2;
                }
            }
        }
        if ampm.is_none() {
            // `am`, `pm`, `a.m.`, `p.m.`, `a. m.`
            let w = self.word(k).to_ascii_lowercase();
            if w == "am" || w == "pm" {
                ampm = Some(w == "pm");
                k += 1;
            } else if (w == "a" || w == "p") && self.punct(k + 1, b'.') && self.is_word(k + 2, "m")
            {
                ampm = Some(w == "p");
                k += 3;
                if self.punct(k, b'.') && self.glued(k - 1) {
                    k += 1;
                }
            }
        }
        // A bare number is no time: `at 5` could be anything.
        if ampm.is_none() && !minutes {
            return None;
        }
        let h = match ampm {
            Some(_) if !(1..=12).contains(&h) => return None,
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            _ => h,
        };
        Some((NaiveTime::from_hms_opt(h, m, s)?, k))
    }
}
