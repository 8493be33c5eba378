//! Bare durations (`for 3 days`, `two weeks`, `an hour and a half`) and
//! clock times attached to a date (`July 2, 2013 at 7:37 a.m.`).
//!
//! Durations are only looked for by [`super::super::find_all`]: a bare
//! length of time dates nothing, so the claim pipeline (`find_dates`) does
//! not get them.

use super::super::lex::{Kind, Kw, Lex};
use super::P;
use chrono::{NaiveTime, Timelike};

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
    pub(in super::super) fn word(&self, i: usize) -> &str {
        self.t(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .unwrap_or("")
    }
    pub(in super::super) fn is_word(&self, i: usize, w: &str) -> bool {
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

    /// A clock time or clock-time range starting at `i`, after an
    /// optional `,`, `at`, `@`, `for`: `7:37 a.m.`,
    /// `8:00am`, `from 2 to 4 pm`; start, end (for a range) and end index.
    /// `half` is the half of the day a part of the day before it gives
    /// (`tonight at 8` is 20:00; `pm` is true after noon): with it a
    /// bare hour after `at`/`around` is a time too.
    pub(in super::super) fn time_after(
        &self,
        i: usize,
        half: Option<bool>,
    ) -> Option<(NaiveTime, Option<NaiveTime>, usize)> {
        let mut j = i;
        if self.punct(j, b',') {
            j += 1;
        }
        let at = self.kw(j, Kw::At) || self.kw(j, Kw::Around) || self.punct(j, b'@');
        if at || self.is_word(j, "for") {
            j += 1;
        }
        if let Some(r) = self.clock_range(j, true, half) {
            return Some((r.start, Some(r.end), r.next));
        }
        let c = self.clock_parts(j)?;
        if !(c.explicit() || (at && half.is_some())) {
            return None;
        }
        Some((c.time_hint(half == Some(true))?, None, c.next))
    }

    /// A clock time at `j`: `7:37 a.m.`, `8:00am`, `17:49:19`, `5 pm`,
    /// `2.15pm`, `noon`; time and end index.
    pub(in super::super) fn clock(&self, j: usize) -> Option<(NaiveTime, usize)> {
        let c = self.clock_parts(j)?;
        // A bare number is no time: `at 5` could be anything.
        if !c.explicit() {
            return None;
        }
        Some((c.time(None)?, c.next))
    }

    /// A clock time or range of clock times at `i` standing alone
    /// (`3 p.m.`, `10:30`, `from 5 to 7 pm`, `between 3 and 8`), with the
    /// `from`/`between` before it when there is one: start token, start,
    /// end and next index.
    pub(in super::super) fn clock_expr(
        &self,
        i: usize,
        floor: usize,
    ) -> Option<(usize, NaiveTime, Option<NaiveTime>, usize)> {
        let opener = i > floor
            && matches!(
                self.t(i - 1).and_then(|t| t.kw()),
                Some(Kw::From | Kw::Between)
            );
        // Most numbers are no time: a bare number must be followed by
        // what a time or range goes on with (`:`, `.`, `-`, am/pm, `to`,
        // `and`, `in`, `noon`) before the full parse is tried.
        if let Some(n) = self.t(i + 1).filter(|_| self.num(i).is_some()) {
            let goes_on = matches!(n.kind, Kind::Punct(b':' | b'.' | b'-'))
                || n.other_dash(self.text)
                || matches!(
                    n.kw(),
                    Some(Kw::To | Kw::Until | Kw::Through | Kw::And | Kw::In | Kw::Noon | Kw::A)
                )
                || self.is_word(i + 1, "am")
                || self.is_word(i + 1, "pm")
                || self.is_word(i + 1, "p");
            if !goes_on {
                return None;
            }
        }
        // `GMT+05:00` is an offset.
        if i > 0
            && self.glued(i - 1)
            && matches!(
                self.t(i - 1).map(|t| t.kind),
                Some(Kind::Punct(b'+' | b'-'))
            )
        {
            return None;
        }
        // `midnight regulations`, `noon prayers`: a modifier.
        if matches!(
            self.t(i).and_then(|t| t.kw()),
            Some(Kw::Noon | Kw::Midnight)
        ) && matches!(
            self.t(i + 1).map(|t| t.kind),
            Some(Kind::Word(Lex::Other | Lex::Unit(_)))
        ) && !self.t(i + 1).is_some_and(|t| t.cap)
        {
            return None;
        }
        let first = if opener { i - 1 } else { i };
        // `5 in the morning`, `between 5 and 6 in the afternoon`: the
        // part of the day makes a bare hour a time and gives its half.
        let half_after = |k: usize| -> Option<(bool, usize)> {
            if !(self.kw(k, Kw::In) && self.kw(k + 1, Kw::The)) {
                return None;
            }
            match self.t(k + 2)?.kw()? {
                Kw::Morning => Some((false, k + 3)),
                Kw::Afternoon | Kw::Evening | Kw::Night => Some((true, k + 3)),
                _ => None,
            }
        };
        if let Some(r) = self.clock_range(first, opener, Some(false)) {
            if let Some((pm, end)) = half_after(r.next) {
                let r = self.clock_range(first, opener, Some(pm))?;
                return Some((first, r.start, Some(r.end), end));
            }
        }
        if let Some(r) = self.clock_range(first, opener, None) {
            return Some((first, r.start, Some(r.end), r.next));
        }
        if let Some(c) = self.clock_parts(i) {
            if let Some((pm, end)) = half_after(c.next) {
                return Some((i, c.time_hint(pm)?, None, end));
            }
        }
        // `12 noon`
        if self.num(i).is_some_and(|(v, _)| v == 12) && self.kw(i + 1, Kw::Noon) {
            return Some((i, NaiveTime::from_hms_opt(12, 0, 0)?, None, i + 2));
        }
        let (t, k) = self.clock(i)?;
        Some((i, t, None, k))
    }

    /// `from 5 to 7 pm`, `2:00 - 2:30 pm`, `between 3 and 5`, `3-8pm` at
    /// `i` (`from`/`between` included when `opener`). One side must be a
    /// clock time (`from 10 to 15` is a change in a figure) unless `half`
    /// is known from a part of the day; a bare side takes its half of the
    /// day from the other side or from `half`.
    fn clock_range(&self, i: usize, opener: bool, half: Option<bool>) -> Option<ClockRange> {
        let between = opener && self.kw(i, Kw::Between);
        let a_at = if opener && (between || self.kw(i, Kw::From)) {
            i + 1
        } else {
            i
        };
        let a = self.clock_parts(a_at)?;
        let k = a.next;
        let conn_ok = if between {
            // (`between 9 to 10:30` is common enough in speech.)
            self.kw(k, Kw::And) || self.kw(k, Kw::To)
        } else {
            matches!(
                self.t(k).and_then(|t| t.kw()),
                Some(Kw::To | Kw::Until | Kw::Through)
            ) || self.punct(k, b'-')
                || self.t(k).is_some_and(|t| t.other_dash(self.text))
        };
        if !conn_ok {
            return None;
        }
        let b = self.clock_parts(k + 1)?;
        if !a.explicit() && !b.explicit() && half.is_none() {
            return None;
        }
        let pm = half == Some(true);
        // `5 to 6pm`: the first side is in the afternoon when that puts it
        // before the second; `10:30 to 3`: the second side comes after.
        let end = b.time_hint(pm)?;
        let start = match (a.ampm, b.ampm) {
            (None, Some(_)) => {
                let pm = a.h < 12 && (a.h + 12) * 60 + a.m <= end.hour() * 60 + end.minute();
                a.time(Some(pm))?
            }
            _ => a.time_hint(pm)?,
        };
        let end = if b.ampm.is_none() && end < start && b.h < 12 {
            b.time(Some(true))?
        } else {
            end
        };
        if end <= start {
            return None;
        }
        Some(ClockRange {
            start,
            end,
            next: b.next,
        })
    }

    /// The pieces of a clock time at `j`, a bare hour (`5`) included.
    fn clock_parts(&self, j: usize) -> Option<ClockParts> {
        // `noon` is 12 p.m., `midnight` 12 a.m.
        let noon = self.kw(j, Kw::Noon);
        if noon || self.kw(j, Kw::Midnight) {
            return Some(ClockParts {
                h: 12,
                m: 0,
                s: 0,
                ampm: Some(noon),
                minutes: true,
                next: j + 1,
            });
        }
        let t = self.t(j)?;
        // `8am`, `7pm`, `8:00am` (the last as `8` `:` `00am`).
        let glued_ampm = |w: &str| -> Option<(u32, bool)> {
            let d = w.bytes().take_while(u8::is_ascii_digit).count();
            if d == 0 || d > 2 {
                return None;
            }
            // (Compared in place: a lower-cased copy would allocate.)
            let rest = &w[d..];
            let pm = if rest.eq_ignore_ascii_case("am") || rest.eq_ignore_ascii_case("a") {
                false
            } else if rest.eq_ignore_ascii_case("pm") || rest.eq_ignore_ascii_case("p") {
                true
            } else {
                return None;
            };
            Some((w[..d].parse().ok()?, pm))
        };
        // `8p.m.`: the rest of a glued `p.m.`
        let dotted_m = |k: usize| -> usize {
            if self.punct(k, b'.') && self.glued(k - 1) && self.is_word(k + 1, "m") {
                if self.punct(k + 2, b'.') && self.glued(k + 1) {
                    k + 3
                } else {
                    k + 2
                }
            } else {
                k
            }
        };
        let (h, mut m, mut s, mut k, mut ampm) = match t.kind {
            Kind::Other => {
                let (h, pm) = glued_ampm(self.word(j))?;
                (h, 0, 0, dotted_m(j + 1), Some(pm))
            }
            Kind::Num { v, len: 1 | 2 } => (v, 0, 0, j + 1, None),
            _ => return None,
        };
        let mut minutes = false;
        // `7:30`, and `2.15pm` (a full stop only before am/pm).
        let sep = if self.punct(k, b':') {
            Some(b':')
        } else if self.punct(k, b'.') {
            Some(b'.')
        } else {
            None
        };
        if let (None, Some(sep)) = (ampm, sep) {
            if self.glued(k - 1) && self.glued(k) {
                let mut mm = None;
                match self.t(k + 1).map(|t| t.kind) {
                    Some(Kind::Num { v, len: 2 })
                        if sep == b':' || self.ampm_at(k + 2).is_some() =>
                    {
                        mm = Some((v, None));
                    }
                    Some(Kind::Other) => {
                        let w = self.word(k + 1);
                        if w.bytes().take_while(u8::is_ascii_digit).count() == 2 {
                            if let Some((v, pm)) = glued_ampm(w) {
                                mm = Some((v, Some(pm)));
                            }
                        }
                    }
                    _ => {}
                }
                if let Some((v, pm)) = mm {
                    m = v;
                    ampm = pm;
                    k += 2;
                    minutes = true;
                    if sep == b':'
                        && ampm.is_none()
                        && self.punct(k, b':')
                        && self.glued(k - 1)
                        && self.glued(k)
                    {
                        if let Some((v, 2)) = self.num(k + 1) {
                            s = v;
                            k += 2;
                        }
                    }
                } else if sep == b':' {
                    return None;
                }
            }
        }
        if ampm.is_none() {
            if let Some((pm, k2)) = self.ampm_at(k) {
                ampm = Some(pm);
                k = k2;
            }
        }
        Some(ClockParts {
            h,
            m,
            s,
            ampm,
            minutes,
            next: k,
        })
    }

    /// A recurring time at `i`: `every day`, `each Monday at 4pm`, `every
    /// three weeks`, `every other month`, `weekly`; the interval in
    /// seconds when there is one, and the end index. `daily`, `weekly` …
    /// only when no noun follows (`a weekly magazine` is no time).
    pub(in super::super) fn recurring(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let t = self.t(i)?;
        if let Kind::Word(Lex::Freq(u)) = t.kind {
            // `Us Weekly`, `Entertainment Weekly`: a title.
            if t.cap && i > 0 && matches!(self.t(i - 1).map(|t| t.kind), Some(Kind::Word(_))) {
                return None;
            }
            let noun_after = self
                .t(i + 1)
                .is_some_and(|n| matches!(n.kind, Kind::Word(Lex::Other | Lex::PastVerb)));
            if noun_after {
                return None;
            }
            let (_, per) = unit_word(u.name())?;
            return Some((Some(per), i + 1));
        }
        // `once a week`
        if t.is_kw(Kw::Once) {
            if !self.kw(i + 1, Kw::A) {
                return None;
            }
            let (_, per) = self.dur_unit(i + 2)?;
            return Some((Some(per), i + 3));
        }
        // `every Monday`, `each Monday at 4pm`, `Tuesdays at 9am`, `every
        // other Friday`, `every weekend`, `every evening at 7`: no plain
        // interval.
        let no_interval = |end: usize| -> Option<(Option<f64>, usize)> {
            let end = self.time_after(end, None).map_or(end, |(_, _, e)| e);
            Some((None, end))
        };
        if matches!(t.kind, Kind::Word(Lex::Weekdays)) {
            return no_interval(i + 1);
        }
        if !t.is_kw(Kw::Every) {
            return None;
        }
        let mut j = i + 1;
        let other = self.is_word(j, "other");
        if other {
            j += 1;
        }
        match self.t(j)?.lex() {
            Lex::Weekday(_)
            | Lex::Kw(Kw::Weekend | Kw::Morning | Kw::Afternoon | Kw::Evening | Kw::Night) => {
                return no_interval(j + 1)
            }
            // `each quarter`: three months.
            Lex::Kw(Kw::Quarter) if !other => {
                let (_, per) = unit_word("month")?;
                return Some((Some(3.0 * per), j + 1));
            }
            _ => {}
        }
        let (n, k) = if other {
            (2.0, j)
        } else {
            match self.amount(j) {
                Some((n, k)) if self.dur_unit(k).is_some() => (n, k),
                _ => (1.0, j),
            }
        };
        let (_, per) = self.dur_unit(k)?;
        // `every day at 7 pm`: a time each day.
        if let Some((_, _, e)) = self.time_after(k + 1, None) {
            return Some((None, e));
        }
        Some((Some(n * per), k + 1))
    }

    /// `am`, `pm`, `a.m.`, `p.m.`, `a. m.` at `k`: afternoon or not, and
    /// the next index.
    fn ampm_at(&self, k: usize) -> Option<(bool, usize)> {
        let w = self.word(k);
        if w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm") {
            return Some((w.eq_ignore_ascii_case("pm"), k + 1));
        }
        let pm = w.eq_ignore_ascii_case("p");
        if (pm || w.eq_ignore_ascii_case("a"))
            && self.punct(k + 1, b'.')
            && self.is_word(k + 2, "m")
        {
            let mut k = k + 3;
            if self.punct(k, b'.') && self.glued(k - 1) {
                k += 1;
            }
            return Some((pm, k));
        }
        None
    }
}

/// A range of clock times.
struct ClockRange {
    start: NaiveTime,
    end: NaiveTime,
    next: usize,
}

/// A clock time as written.
struct ClockParts {
    h: u32,
    m: u32,
    s: u32,
    /// `Some(true)` for p.m.
    ampm: Option<bool>,
    minutes: bool,
    next: usize,
}

impl ClockParts {
    /// Written as a time, not a bare number.
    fn explicit(&self) -> bool {
        self.ampm.is_some() || self.minutes
    }

    /// The time, an hour from 1 to 11 with no am/pm taken as p.m. when
    /// `pm`.
    fn time_hint(&self, pm: bool) -> Option<NaiveTime> {
        if pm && self.ampm.is_none() && (1..12).contains(&self.h) {
            self.time(Some(true))
        } else {
            self.time(None)
        }
    }

    /// The time, with `ampm` standing in for a missing am/pm.
    fn time(&self, ampm: Option<bool>) -> Option<NaiveTime> {
        let h = match self.ampm.or(ampm) {
            Some(_) if !(1..=12).contains(&self.h) => return None,
            Some(true) if self.h < 12 => self.h + 12,
            Some(false) if self.h == 12 => 0,
            _ => self.h,
        };
        NaiveTime::from_hms_opt(h, self.m, self.s)
    }
}
