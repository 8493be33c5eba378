//! The date grammar over tokens.
//!
//! `parse_core` reads one date expression starting exactly at a token;
//! cue words before it (`as of`, `by`, `since`, …) are attached by the
//! caller. Each rule asks for enough evidence that ordinary words (`may`,
//! `march`, `second`, bare numbers, scores) are not taken for dates.

use super::lex::{Kind, Kw, Lex, Tok, Unit};
use super::resolve::{Dir, Mode, Part, Val};

/// A parsed core expression: tokens `start..end`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Core {
    pub end: usize,
    pub val: Val,
    /// Hedged (`about fifty days`, `early September`).
    pub approx: bool,
    /// The expression itself looks forward (`in 10 days`, `a 50-day deadline`).
    pub deadline: bool,
    /// The expression fixes its own direction (`last June`).
    pub dir: Option<Dir>,
}

pub(super) struct P<'a> {
    pub toks: &'a [Tok],
    pub text: &'a str,
}

fn year_ok(v: u32) -> bool {
    (1000..=2999).contains(&v)
}

impl<'a> P<'a> {
    fn t(&self, i: usize) -> Option<&'a Tok> {
        self.toks.get(i)
    }
    fn kw(&self, i: usize, k: Kw) -> bool {
        self.t(i).is_some_and(|t| t.is_kw(k))
    }
    fn punct(&self, i: usize, b: u8) -> bool {
        self.t(i).is_some_and(|t| t.is_punct(b))
    }
    /// Token `i` ends exactly where `i + 1` starts.
    fn glued(&self, i: usize) -> bool {
        match (self.t(i), self.t(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }
    fn num(&self, i: usize) -> Option<(u32, u32)> {
        match self.t(i)?.kind {
            Kind::Num { v, len } => Some((v, len)),
            _ => None,
        }
    }
    /// A 4-digit year at `i`.
    fn year(&self, i: usize) -> Option<i32> {
        match self.num(i)? {
            (v, 4) if year_ok(v) && !self.glued_digit_after(i) => Some(v as i32),
            _ => None,
        }
    }
    /// `2025-06` or `2025.5`: the number goes on, so it is no plain year.
    fn glued_digit_after(&self, i: usize) -> bool {
        self.glued(i)
            && self
                .t(i + 1)
                .is_some_and(|t| matches!(t.kind, Kind::Punct(b'.' | b'-' | b'/' | b':' | b',')))
            && self.glued(i + 1)
            && self.num(i + 2).is_some()
            // `2014-2018` is a range of years, handled by the caller.
            && !(self.punct(i + 1, b'-') && self.num(i + 2).is_some_and(|(v, len)| len == 4 && year_ok(v)))
    }
    /// A decade at `i`: `1990s`, `1990's`, `1990’s`; value and next index.
    fn decade(&self, i: usize) -> Option<(i32, usize)> {
        match self.t(i)?.kind {
            Kind::Decade(y) => Some((y as i32, i + 1)),
            Kind::Num { v, len: 4 }
                if year_ok(v) && v % 10 == 0 && self.glued(i) && self.glued(i + 1) =>
            {
                let ap = self.t(i + 1)?;
                let apostrophe =
                    ap.is_punct(b'\'') || self.text.get(ap.start..ap.end) == Some("\u{2019}");
                let s = self.t(i + 2)?;
                (apostrophe
                    && self
                        .text
                        .get(s.start..s.end)
                        .is_some_and(|w| w.eq_ignore_ascii_case("s")))
                .then_some((v as i32, i + 3))
            }
            _ => None,
        }
    }

    /// `first quarter [of] [2024]`, starting at the ordinal.
    fn quarter_words(&self, i: usize) -> Option<Core> {
        let q = match self.t(i)?.lex() {
            Lex::OrdWord(q @ 1..=4) => q,
            _ => return None,
        };
        if !self.kw(i + 1, Kw::Quarter) {
            return None;
        }
        let (y, end) = self.opt_year(i + 2);
        Some(Core {
            end,
            val: Val::Quarter { y, q },
            approx: false,
            deadline: false,
            dir: None,
        })
    }

    /// A day of the month at `i` (`17`, `17th`); returns value and next index.
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.t(i)?;
        let d = match t.kind {
            Kind::Num { v, len: 1 | 2 } if (1..=31).contains(&v) => v,
            Kind::Ord(v) => v,
            // `the fourth of July`; a bare `second` is never a day.
            Kind::Word(Lex::OrdWord(v))
                if self.kw(i + 1, Kw::Of) && self.month(i + 2).is_some() =>
            {
                v
            }
            Kind::Word(Lex::NumWord(20 | 30))
                if self.punct(i + 1, b'-') && self.kw(i + 3, Kw::Of) =>
            {
                match self.t(i + 2)?.lex() {
                    Lex::OrdWord(u @ 1..=9) => {
                        let v = self.count(i).map_or(0, |c| c.0) + u;
                        return ((1..=31).contains(&v) && self.month(i + 4).is_some())
                            .then_some((v, i + 3));
                    }
                    _ => return None,
                }
            }
            _ => return None,
        };
        // `June 17:30`, `June 17.5`, `June 17%`: not a day.
        if self.glued(i) {
            if let Some(n) = self.t(i + 1) {
                if matches!(n.kind, Kind::Punct(b':' | b'%' | b'.' | b','))
                    && self.glued(i + 1)
                    && self.num(i + 2).is_some()
                {
                    return None;
                }
                if n.is_punct(b'%') {
                    return None;
                }
            }
        }
        Some((d, i + 1))
    }
    /// A count: digits or number words (`twenty-four`, `twenty four`).
    fn count(&self, i: usize) -> Option<(u32, usize)> {
        match self.t(i)?.kind {
            Kind::Num { v, len } if len <= 4 && v > 0 => Some((v, i + 1)),
            Kind::Word(Lex::NumWord(a)) => {
                if a >= 20 && a % 10 == 0 {
                    let j = if self.punct(i + 1, b'-') {
                        i + 2
                    } else {
                        i + 1
                    };
                    if let Some(Lex::NumWord(b)) = self.t(j).map(|t| t.lex()) {
                        if b < 10 {
                            return Some((a + b, j + 1));
                        }
                    }
                }
                Some((a, i + 1))
            }
            _ => None,
        }
    }
    fn unit(&self, i: usize) -> Option<Unit> {
        match self.t(i)?.lex() {
            Lex::Unit(u) => Some(u),
            _ => None,
        }
    }
    fn month(&self, i: usize) -> Option<(u32, bool)> {
        match self.t(i)?.lex() {
            Lex::Month { m, abbr } => Some((m, abbr)),
            _ => None,
        }
    }
    /// Skips the full stop of an abbreviated month (`Sept.`).
    fn after_month(&self, i: usize, abbr: bool) -> usize {
        if abbr && self.punct(i + 1, b'.') && self.glued(i) {
            i + 2
        } else {
            i + 1
        }
    }
    /// An optional `, YYYY` / `YYYY` / `of YYYY` after a day or month.
    fn opt_year(&self, i: usize) -> (Option<i32>, usize) {
        let j = if self.punct(i, b',') || self.kw(i, Kw::Of) {
            i + 1
        } else {
            i
        };
        match self.year(j) {
            Some(y) => (Some(y), j + 1),
            None => (None, i),
        }
    }

    /// Words before a standalone month or year that make it a date.
    fn date_context(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).and_then(|k| self.t(k)) else {
            return false;
        };
        matches!(
            prev.kw(),
            Some(
                Kw::In
                    | Kw::Since
                    | Kw::Of
                    | Kw::During
                    | Kw::By
                    | Kw::Until
                    | Kw::Through
                    | Kw::From
                    | Kw::Before
                    | Kw::After
                    | Kw::Early
                    | Kw::Mid
                    | Kw::Late
                    | Kw::Effective
                    | Kw::Last
                    | Kw::Next
                    | Kw::This
                    | Kw::Earlier
                    | Kw::Later
                    | Kw::On
                    | Kw::And
                    | Kw::Between
            )
        ) || prev.is_punct(b'-') && i >= 2 && self.kw(i - 2, Kw::Mid)
    }

    /// A plain `May`/`March`/`June`/`August`: names, verbs and adjectives
    /// as often as months, so they need context. Other months standing
    /// alone count when capitalised.
    fn lone_month_ok(&self, i: usize, m: u32, abbr: bool) -> bool {
        let t = &self.toks[i];
        if abbr {
            return false;
        }
        if matches!(m, 3 | 5 | 6 | 8) || !t.cap {
            t.cap && self.date_context(i)
        } else {
            true
        }
    }

    /// The second half of a range whose first half is `first`: a full
    /// expression of the same kind, a bare day after a month-day
    /// (`June 2 to 10`) or a bare year after a year (`2014-2018`).
    pub(super) fn range_end(&self, j: usize, first: Val) -> Option<Core> {
        let same = |v: &Val| {
            matches!(
                (first, v),
                (Val::Ymd { .. }, Val::Ymd { .. })
                    | (Val::Ym { .. }, Val::Ym { .. })
                    | (Val::Y { .. }, Val::Y { .. })
                    | (Val::Weekday { .. }, Val::Weekday { .. })
                    | (Val::Quarter { .. }, Val::Quarter { .. })
            )
        };
        if let Some(c) = self.core(j) {
            return same(&c.val).then_some(c);
        }
        let plain = |end, val| Core {
            end,
            val,
            approx: false,
            deadline: false,
            dir: None,
        };
        match first {
            // `from March to May`: context enough for a lone month.
            Val::Ym { .. } => {
                let (m, abbr) = self.month(j)?;
                let k = self.after_month(j, abbr);
                let (y, end) = self.opt_year(k);
                Some(plain(
                    end,
                    Val::Ym {
                        y,
                        m,
                        part: Part::Whole,
                    },
                ))
            }
            Val::Ymd { y, m, .. } => {
                let (d, k) = self.day(j)?;
                if self.month(k).is_some() {
                    return None;
                }
                let (y2, end) = self.opt_year(k);
                Some(plain(
                    end,
                    Val::Ymd {
                        y: y2.or(y),
                        m,
                        d,
                        d2: None,
                    },
                ))
            }
            Val::Y { .. } => {
                let y = self.year(j)?;
                self.year_tail_ok(j + 1).then(|| {
                    plain(
                        j + 1,
                        Val::Y {
                            y,
                            part: Part::Whole,
                        },
                    )
                })
            }
            _ => None,
        }
    }

    /// Parses one expression starting at token `i`.
    pub(super) fn core(&self, i: usize) -> Option<Core> {
        let t = self.t(i)?;
        let plain = |end, val| {
            Some(Core {
                end,
                val,
                approx: false,
                deadline: false,
                dir: None,
            })
        };
        match t.kind {
            Kind::Word(Lex::Month { m, abbr }) => self.month_first(i, m, abbr),
            Kind::Word(Lex::Weekday(w)) => {
                // `Tuesday, June 17`: the explicit date wins.
                let mut j = i + 1;
                if self.punct(j, b',') {
                    j += 1;
                }
                if let Some((m, abbr)) = self.month(j) {
                    if let Some(c) = self.month_first(j, m, abbr) {
                        if matches!(c.val, Val::Ymd { .. }) {
                            return Some(c);
                        }
                    }
                }
                if let Some(c) = self.day_first(j) {
                    return Some(c);
                }
                plain(
                    i + 1,
                    Val::Weekday {
                        w,
                        mode: Mode::Bare,
                    },
                )
            }
            Kind::Word(Lex::WeekdayAbbr(_)) => {
                // `Sun Sep 15 2013`, `Tue May 9`: only with the date after.
                let mut j = self.after_month(i, true);
                if self.punct(j, b',') {
                    j += 1;
                }
                let c = match self.month(j) {
                    Some((m, abbr)) => self.month_first(j, m, abbr),
                    None => self.day_first(j),
                }?;
                matches!(c.val, Val::Ymd { .. }).then_some(c)
            }
            Kind::Word(Lex::Quarter(q)) => {
                let (y, end) = self.opt_year(i + 1);
                plain(end, Val::Quarter { y, q })
            }
            Kind::Word(Lex::OrdWord(_)) => self.day_first(i).or_else(|| self.quarter_words(i)),
            Kind::Word(Lex::Season(s)) => {
                let (y, end) = self.opt_year(i + 1);
                if y.is_some() {
                    return plain(
                        end,
                        Val::Season {
                            s,
                            y,
                            mode: Mode::Bare,
                        },
                    );
                }
                // `in the summer`, `in summer`: the one of this year.
                let prev_in = i >= 1
                    && (self.kw(i - 1, Kw::In)
                        || self.kw(i - 1, Kw::During)
                        || (i >= 2
                            && self.kw(i - 1, Kw::The)
                            && (self.kw(i - 2, Kw::In) || self.kw(i - 2, Kw::During))));
                if prev_in {
                    return plain(
                        i + 1,
                        Val::Season {
                            s,
                            y: None,
                            mode: Mode::This,
                        },
                    );
                }
                None
            }
            Kind::Decade(y) => plain(
                i + 1,
                Val::Decade {
                    y: y as i32,
                    part: Part::Whole,
                },
            ),
            Kind::Num { .. } | Kind::Ord(_) => self.numeric(i),
            Kind::Word(Lex::NumWord(_)) => self.counted(i, false),
            Kind::Word(Lex::Kw(k)) => self.keyword(i, k),
            _ => None,
        }
    }

    fn month_first(&self, i: usize, m: u32, abbr: bool) -> Option<Core> {
        let j = self.after_month(i, abbr);
        let plain = |end, val| {
            Some(Core {
                end,
                val,
                approx: false,
                deadline: false,
                dir: None,
            })
        };
        if let Some((d, k)) = self.day(j) {
            // `June 17-18`
            let (d2, k) = if self.punct(k, b'-') && self.glued(k - 1) {
                match self.day(k + 1) {
                    Some((d2, k2)) if d2 > d && !self.month(k2).is_some() => (Some(d2), k2),
                    _ => (None, k),
                }
            } else {
                (None, k)
            };
            let (y, end) = self.opt_year(k);
            return plain(end, Val::Ymd { y, m, d, d2 });
        }
        let (y, end) = self.opt_year(j);
        if y.is_some() {
            return plain(
                end,
                Val::Ym {
                    y,
                    m,
                    part: Part::Whole,
                },
            );
        }
        if self.lone_month_ok(i, m, abbr) {
            return plain(
                j,
                Val::Ym {
                    y: None,
                    m,
                    part: Part::Whole,
                },
            );
        }
        None
    }

    /// `17 June 2025`, `the 4th of July`.
    fn day_first(&self, i: usize) -> Option<Core> {
        // `$12 December 27`: a price, then a month-first date.
        if i > 0
            && (self.punct(i - 1, b'$')
                || self.t(i - 1).is_some_and(|t| {
                    t.other_dash(self.text) == false
                        && t.kind == Kind::Other
                        && t.end == self.toks[i].start
                }))
        {
            return None;
        }
        let (d, mut j) = self.day(i)?;
        if self.kw(j, Kw::Of) {
            j += 1;
        }
        let (m, abbr) = self.month(j)?;
        let j = self.after_month(j, abbr);
        let (y, end) = self.opt_year(j);
        if y.is_none() && self.day(j).is_some() {
            return None;
        }
        // `3 may` could be "3 may come": demand a year or a capital.
        if (m == 5 || m == 3) && y.is_none() && !self.toks[j - 1].cap {
            return None;
        }
        Some(Core {
            end,
            val: Val::Ymd { y, m, d, d2: None },
            approx: false,
            deadline: false,
            dir: None,
        })
    }

    fn numeric(&self, i: usize) -> Option<Core> {
        let plain = |end, val| {
            Some(Core {
                end,
                val,
                approx: false,
                deadline: false,
                dir: None,
            })
        };
        if let Some((y, end)) = self.decade(i) {
            return plain(
                end,
                Val::Decade {
                    y,
                    part: Part::Whole,
                },
            );
        }
        if let Some((v, len)) = self.num(i) {
            // ISO 2025-06-23 and 2025/06/23.
            if len == 4 {
                for sep in [b'-', b'/'] {
                    if self.punct(i + 1, sep)
                        && self.glued(i)
                        && self.glued(i + 1)
                        && self.punct(i + 3, sep)
                        && self.glued(i + 2)
                        && self.glued(i + 3)
                    {
                        if let (Some((mo, 1..=2)), Some((d, 1..=2))) =
                            (self.num(i + 2), self.num(i + 4))
                        {
                            if (1..=12).contains(&mo) && (1..=31).contains(&d) && year_ok(v) {
                                return plain(
                                    i + 5,
                                    Val::Ymd {
                                        y: Some(v as i32),
                                        m: mo,
                                        d,
                                        d2: None,
                                    },
                                );
                            }
                            return None;
                        }
                    }
                }
                if let Some(y) = self.year(i) {
                    // `2017 Q1`
                    if let Some(Lex::Quarter(q)) = self.t(i + 1).map(|t| t.lex()) {
                        return plain(i + 2, Val::Quarter { y: Some(y), q });
                    }
                    // `2017 april`
                    if let Some((m, abbr)) = self.month(i + 1) {
                        if !matches!(m, 3 | 5) || self.t(i + 1).is_some_and(|t| t.cap) {
                            return plain(
                                self.after_month(i + 1, abbr),
                                Val::Ym {
                                    y: Some(y),
                                    m,
                                    part: Part::Whole,
                                },
                            );
                        }
                    }
                    if self.date_context(i) && self.year_tail_ok(i + 1) {
                        return plain(
                            i + 1,
                            Val::Y {
                                y,
                                part: Part::Whole,
                            },
                        );
                    }
                }
            }
            // US 6/23/2025.
            if len <= 2
                && self.punct(i + 1, b'/')
                && self.glued(i)
                && self.glued(i + 1)
                && self.punct(i + 3, b'/')
                && self.glued(i + 2)
                && self.glued(i + 3)
            {
                if let (Some((d, 1..=2)), Some((y, 4))) = (self.num(i + 2), self.num(i + 4)) {
                    if (1..=12).contains(&v) && (1..=31).contains(&d) && year_ok(y) {
                        return plain(
                            i + 5,
                            Val::Ymd {
                                y: Some(y as i32),
                                m: v,
                                d,
                                d2: None,
                            },
                        );
                    }
                }
                return None;
            }
        }
        if let Some(c) = self.day_first(i) {
            return Some(c);
        }
        self.counted(i, false)
    }

    /// After `in 2022`: a following lower-case content word means the
    /// number counts things (`in 2000 homes`).
    fn year_tail_ok(&self, j: usize) -> bool {
        let Some(t) = self.t(j) else { return true };
        match t.kind {
            Kind::Word(Lex::Other) | Kind::Word(Lex::PastVerb) => {
                let w = &self.text[t.start..t.end];
                t.cap || FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
            }
            Kind::Word(Lex::Unit(_)) => false,
            Kind::Num { .. } | Kind::Ord(_) => false,
            Kind::Punct(b'%') => false,
            _ => true,
        }
    }

    /// `N units ago`, `N-unit deadline`, at a count (or `a`).
    fn counted(&self, i: usize, allow_a: bool) -> Option<Core> {
        let (n, j) = if allow_a && self.kw(i, Kw::A) {
            (1, i + 1)
        } else {
            self.count(i)?
        };
        // `50-day deadline` / `two-week ultimatum`
        if self.punct(j, b'-') {
            let u = self.unit(j + 1)?;
            let mut k = j + 2;
            while matches!(self.t(k).map(|t| t.lex()), Some(Lex::Other))
                && k < j + 4
                && !self.kw(k, Kw::Deadline)
            {
                k += 1;
            }
            if self.kw(k, Kw::Deadline) || self.kw(k, Kw::Ultimatum) {
                return Some(Core {
                    end: k + 1,
                    val: Val::Forward { n, unit: u },
                    approx: false,
                    deadline: true,
                    dir: None,
                });
            }
            return None;
        }
        let u = self.unit(j)?;
        if self.kw(j + 1, Kw::Ago) {
            return Some(Core {
                end: j + 2,
                val: Val::Ago { n, unit: u },
                approx: false,
                deadline: false,
                dir: None,
            });
        }
        None
    }

    fn keyword(&self, i: usize, k: Kw) -> Option<Core> {
        let plain = |end, val| {
            Some(Core {
                end,
                val,
                approx: false,
                deadline: false,
                dir: None,
            })
        };
        match k {
            Kw::Yesterday | Kw::Today | Kw::Tomorrow | Kw::Tonight => {
                let n = match k {
                    Kw::Yesterday => -1,
                    Kw::Tomorrow => 1,
                    _ => 0,
                };
                // `yesterday morning` reads as one expression.
                let end = if matches!(
                    self.t(i + 1).and_then(|t| t.kw()),
                    Some(Kw::Morning | Kw::Afternoon | Kw::Evening)
                ) && k != Kw::Tonight
                {
                    i + 2
                } else {
                    i + 1
                };
                plain(end, Val::RelDay(n))
            }
            Kw::Overnight => plain(i + 1, Val::Overnight),
            Kw::A => {
                // `a two-week deadline`, `a week ago`
                if let Some(c) = self.counted(i + 1, false) {
                    if c.deadline {
                        return Some(c);
                    }
                }
                self.counted(i, true)
            }
            Kw::The => {
                // `the day before yesterday`, `the day after tomorrow`
                if self.unit(i + 1) == Some(Unit::Day) {
                    if self.kw(i + 2, Kw::Before) && self.kw(i + 3, Kw::Yesterday) {
                        return plain(i + 4, Val::RelDay(-2));
                    }
                    if self.kw(i + 2, Kw::After) && self.kw(i + 3, Kw::Tomorrow) {
                        return plain(i + 4, Val::RelDay(2));
                    }
                }
                // `the first quarter of 2024`
                if let Some(c) = self.quarter_words(i + 1) {
                    return Some(c);
                }
                // `the year 2019`
                if self.unit(i + 1) == Some(Unit::Year) && !self.is_plural(i + 1) {
                    if let Some(y) = self.year(i + 2) {
                        return plain(
                            i + 3,
                            Val::Y {
                                y,
                                part: Part::Whole,
                            },
                        );
                    }
                }
                // `the 4th of July`, `the end of the month`, `the past 24 hours`
                if let Some(c) = self.day_first(i + 1) {
                    return Some(c);
                }
                match self.t(i + 1)?.kw()? {
                    Kw::End | Kw::Beginning | Kw::Start | Kw::Middle => {
                        self.keyword(i + 1, self.t(i + 1)?.kw()?)
                    }
                    Kw::Past | Kw::Last | Kw::Next | Kw::Coming | Kw::Following => {
                        self.period(i + 1).or_else(|| {
                            let k2 = self.t(i + 1)?.kw()?;
                            if matches!(k2, Kw::Following | Kw::Next) {
                                self.keyword(i + 1, Kw::Next)
                            } else {
                                None
                            }
                        })
                    }
                    _ => None,
                }
            }
            Kw::Last | Kw::Next | Kw::This | Kw::Past | Kw::Coming | Kw::Previous => {
                if let Some(c) = self.period(i) {
                    return Some(c);
                }
                let (off, mode) = match k {
                    Kw::Last | Kw::Past | Kw::Previous => (-1, Mode::Last),
                    Kw::Next | Kw::Coming => (1, Mode::Next),
                    _ => (0, Mode::This),
                };
                let t1 = self.t(i + 1)?;
                match t1.lex() {
                    Lex::Weekday(w) => plain(i + 2, Val::Weekday { w, mode }),
                    Lex::Unit(Unit::Week) if !self.is_plural(i + 1) => {
                        plain(i + 2, Val::RelWeek(off))
                    }
                    Lex::Unit(Unit::Month) if !self.is_plural(i + 1) => plain(
                        i + 2,
                        Val::RelMonth {
                            off,
                            part: Part::Whole,
                        },
                    ),
                    Lex::Unit(Unit::Year) if !self.is_plural(i + 1) => plain(
                        i + 2,
                        Val::RelYear {
                            off,
                            part: Part::Whole,
                        },
                    ),
                    Lex::Season(s) => plain(i + 2, Val::Season { s, y: None, mode }),
                    Lex::Kw(Kw::Weekend) => plain(i + 2, Val::RelWeekend(off)),
                    Lex::Kw(Kw::Quarter) => plain(i + 2, Val::RelQuarter(off)),
                    Lex::Kw(Kw::Night) if off == -1 => plain(i + 2, Val::RelDay(-1)),
                    Lex::Kw(Kw::Morning | Kw::Afternoon | Kw::Evening) if off == 0 => {
                        plain(i + 2, Val::RelDay(0))
                    }
                    Lex::Month { m, abbr: false } if t1.cap || !matches!(m, 3 | 5) => {
                        // `last June`, `this September`: a whole month with
                        // the direction given by the word.
                        let dir = match mode {
                            Mode::Last => Some(Dir::Backward),
                            Mode::Next => Some(Dir::Forward),
                            Mode::This => Some(Dir::SameYear),
                            Mode::Bare => None,
                        };
                        Some(Core {
                            end: i + 2,
                            val: Val::Ym {
                                y: None,
                                m,
                                part: Part::Whole,
                            },
                            approx: false,
                            deadline: false,
                            dir,
                        })
                    }
                    _ => None,
                }
            }
            Kw::Earlier | Kw::Later => {
                if self.kw(i + 1, Kw::This) {
                    let u = self.unit(i + 2)?;
                    if matches!(u, Unit::Week | Unit::Month | Unit::Year) {
                        let val = if k == Kw::Earlier {
                            Val::SoFar(u)
                        } else {
                            Val::Rest(u)
                        };
                        return plain(i + 3, val);
                    }
                }
                None
            }
            Kw::Early | Kw::Mid | Kw::Middle | Kw::Late | Kw::End | Kw::Beginning | Kw::Start => {
                let part = match k {
                    Kw::Early | Kw::Beginning | Kw::Start => Part::Early,
                    Kw::Mid | Kw::Middle => Part::Mid,
                    _ => Part::Late,
                };
                let mut j = i + 1;
                if matches!(k, Kw::End | Kw::Beginning | Kw::Start | Kw::Middle) {
                    if !self.kw(j, Kw::Of) {
                        return None;
                    }
                    j += 1;
                } else if self.punct(j, b'-') && self.glued(i) {
                    j += 1;
                } else if self.kw(j, Kw::In) {
                    j += 1;
                }
                self.part_target(j, part).map(|(end, val)| Core {
                    end,
                    val,
                    approx: true,
                    deadline: false,
                    dir: None,
                })
            }
            Kw::In | Kw::Within => {
                // `in 10 days`, `within about fifty days`, `within 24 hours`, `in a week`
                let mut j = i + 1;
                let mut approx = false;
                if matches!(
                    self.t(j).and_then(|t| t.kw()),
                    Some(
                        Kw::About
                            | Kw::Around
                            | Kw::Approximately
                            | Kw::Roughly
                            | Kw::Some
                            | Kw::Nearly
                            | Kw::Almost
                    )
                ) {
                    approx = true;
                    j += 1;
                }
                if k == Kw::Within
                    && (self.kw(j, Kw::The)
                        && (self.kw(j + 1, Kw::Next) || self.kw(j + 1, Kw::Coming)))
                {
                    j += 2;
                } else if k == Kw::Within && self.kw(j, Kw::Next) {
                    j += 1;
                }
                let (n, j2) = if self.kw(j, Kw::A) {
                    (1, j + 1)
                } else {
                    self.count(j)?
                };
                let u = self.unit(j2)?;
                // `in 2 days of talks` is a length of time, not a date.
                if k == Kw::In && self.kw(j2 + 1, Kw::Of) {
                    return None;
                }
                Some(Core {
                    end: j2 + 1,
                    val: Val::Forward { n, unit: u },
                    approx,
                    deadline: true,
                    dir: None,
                })
            }
            _ => None,
        }
    }

    fn is_plural(&self, i: usize) -> bool {
        self.t(i).is_some_and(|t| {
            t.end > t.start && matches!(self.text.as_bytes()[t.end - 1], b's' | b'S')
        })
    }

    /// `the past 24 hours`, `the next two weeks`, `last three years`.
    fn period(&self, i: usize) -> Option<Core> {
        let k = self.t(i)?.kw()?;
        let past = match k {
            Kw::Past | Kw::Last | Kw::Previous => true,
            Kw::Next | Kw::Coming | Kw::Following => false,
            _ => return None,
        };
        let (n, j) = self.count(i + 1)?;
        let unit = self.unit(j)?;
        Some(Core {
            end: j + 1,
            val: Val::Period { n, unit, past },
            approx: false,
            deadline: false,
            dir: None,
        })
    }

    /// What `early`/`mid`/`late`/`end of` apply to.
    fn part_target(&self, j: usize, part: Part) -> Option<(usize, Val)> {
        if let Some((m, abbr)) = self.month(j) {
            let k = self.after_month(j, abbr);
            let (y, end) = self.opt_year(k);
            if y.is_none() && (m == 5 || m == 3) && !self.toks[j].cap {
                return None;
            }
            // `end of June 17` is not a thing; `early June 2` neither.
            if self.day(k).is_some() && y.is_none() {
                return None;
            }
            return Some((end, Val::Ym { y, m, part }));
        }
        if let Some((y, end)) = self.decade(j) {
            return Some((end, Val::Decade { y, part }));
        }
        if let Some(y) = self.year(j) {
            return Some((j + 1, Val::Y { y, part }));
        }
        if self.kw(j, Kw::The) {
            if let Some((y, end)) = self.decade(j + 1) {
                return Some((end, Val::Decade { y, part }));
            }
        }
        let t = self.t(j)?;
        let (off, k) = match t.kw() {
            Some(Kw::Next) => (1, j + 1),
            Some(Kw::Last) => (-1, j + 1),
            Some(Kw::This) | Some(Kw::The) => (0, j + 1),
            // `end of year`, `end of month`
            _ if self.unit(j).is_some() && part == Part::Late => (0, j),
            _ => return None,
        };
        match self.unit(k)? {
            Unit::Month if !self.is_plural(k) => Some((k + 1, Val::RelMonth { off, part })),
            Unit::Year if !self.is_plural(k) => Some((k + 1, Val::RelYear { off, part })),
            Unit::Week if !self.is_plural(k) && part == Part::Late => {
                // `the end of the week`: its last three days.
                Some((k + 1, Val::RelWeekend(off)))
            }
            _ => None,
        }
    }
}

const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "but",
    "when",
    "as",
    "after",
    "before",
    "to",
    "with",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "there",
    "this",
    "that",
    "alone",
    "compared",
    "while",
    "is",
    "was",
    "were",
    "has",
    "had",
    "have",
    "for",
    "of",
    "in",
    "on",
    "at",
    "by",
    "from",
    "than",
    "until",
    "despite",
    "amid",
    "following",
    "so",
    "its",
    "his",
    "her",
    "their",
    "our",
    "because",
    "if",
    "where",
    "which",
    "who",
    "then",
    "only",
    "not",
    "also",
    "following",
];
