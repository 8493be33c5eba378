//! The date grammar over tokens.
//!
//! `parse_core` reads one date expression starting exactly at a token;
//! cue words before it (`as of`, `by`, `since`, …) are attached by the
//! caller. Each rule asks for enough evidence that ordinary words (`may`,
//! `march`, `second`, bare numbers, scores) are not taken for dates.

use super::lex::{Kind, Kw, Lex, Tok, Unit};
use super::resolve::{Dir, Mode, Part, Val};

// A child of `parse` (so it shares the private helpers), kept beside it.
#[path = "clock.rs"]
mod clock;
#[path = "relative.rs"]
mod relative;

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

impl Core {
    /// A date with no hedge, cue or direction of its own.
    pub(super) fn plain(end: usize, val: Val) -> Core {
        Core {
            end,
            val,
            approx: false,
            deadline: false,
            dir: None,
        }
    }
}

/// [`Core::plain`], for the parsers that answer with an `Option`.
pub(super) fn plain(end: usize, val: Val) -> Option<Core> {
    Some(Core::plain(end, val))
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
            // `2008.4:49 pm`: a clock time glued on after a dot is no decimal.
            && !(self.punct(i + 1, b'.') && self.glued(i + 2) && self.punct(i + 3, b':'))
            // `2014-2018` is a range of years, handled by the caller.
            && !(self.punct(i + 1, b'-') && self.num(i + 2).is_some_and(|(v, len)| len == 4 && year_ok(v)))
    }
    /// A decade at `i`: `1990s`, `1990's`, `1990’s`, `nineteen eighties`,
    /// `the Fifties`; value and next index. A decade word alone needs its
    /// capital and `the` (or `early`, `mid-`, `late`) before it: `in the
    /// fifties` is as often an age or a temperature.
    fn decade(&self, i: usize) -> Option<(i32, usize)> {
        match self.t(i)?.kind {
            Kind::Word(Lex::NumWord(19)) => {
                let j = if self.punct(i + 1, b'-') && self.glued(i) && self.glued(i + 1) {
                    i + 2
                } else {
                    i + 1
                };
                match self.t(j)?.lex() {
                    Lex::DecadeWord(n) => Some((1900 + n as i32, j + 1)),
                    _ => None,
                }
            }
            Kind::Word(Lex::DecadeWord(n)) => {
                let t = self.t(i)?;
                let prev = i.checked_sub(1).and_then(|k| self.t(k))?;
                let after = matches!(prev.kw(), Some(Kw::The | Kw::Early | Kw::Mid | Kw::Late))
                    || (prev.is_punct(b'-') && i >= 2 && self.kw(i - 2, Kw::Mid));
                (t.cap && after).then_some((1900 + n as i32, i + 1))
            }
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
        // `scored in the second quarter` is a period of play: word
        // quarters need their year.
        y?;
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
            // `in 1994, 1996, 1999 and 2002`: a list of years goes on.
            || (prev.is_punct(b',')
                && i >= 2
                && self.year(i - 2).is_some())
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
        let plain = Core::plain;
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
        match t.kind {
            Kind::Word(Lex::Month { m, abbr }) => self.month_first(i, m, abbr),
            Kind::Word(Lex::Weekday(w)) => {
                // `Patch Tuesday`, `Super Tuesday`: a name, not a day.
                if i > 0
                    && self.t(i - 1).is_some_and(|p| p.cap)
                    && NAMED_DAYS.iter().any(|n| self.is_word(i - 1, n))
                {
                    return None;
                }
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
                // `Tuesday of last week`, `Monday of the following week`
                if self.kw(i + 1, Kw::Of) {
                    if let Some(c) = self.core(i + 2) {
                        if let Val::RelWeek(off) = c.val {
                            return plain(c.end, Val::WeekdayOfWeek { w, off });
                        }
                    }
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
            Kind::Word(Lex::OrdWord(_)) => self
                .day_first(i)
                .or_else(|| self.quarter_words(i))
                .or_else(|| self.century(i)),
            Kind::Word(Lex::Holiday(h)) => self.holiday(i, h),
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
            Kind::Word(Lex::NumWord(_) | Lex::DecadeWord(_)) => {
                if let Some((y, end)) = self.decade(i) {
                    return plain(
                        end,
                        Val::Decade {
                            y,
                            part: Part::Whole,
                        },
                    );
                }
                self.century(i).or_else(|| self.counted(i, false))
            }
            Kind::Word(Lex::Kw(k)) => self.keyword(i, k),
            _ => None,
        }
    }

    fn month_first(&self, i: usize, m: u32, abbr: bool) -> Option<Core> {
        let j = self.after_month(i, abbr);
        if let Some((d, k)) = self.day(j) {
            // `June 17-18`
            let (d2, k) = if self.punct(k, b'-') && self.glued(k - 1) {
                match self.day(k + 1) {
                    Some((d2, k2)) if d2 > d && self.month(k2).is_none() => (Some(d2), k2),
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

    /// `Christmas`, `Christmas Eve`, `Independence Day`, `New Year's Day`,
    /// `Easter 2018`: holiday names, the two-word ones needing `Day`/`Eve`.
    fn holiday(&self, i: usize, h: u32) -> Option<Core> {
        // Compared without regard to case, in place: `new` opens this rule
        // at every `New York`, and a lower-cased copy would cost an
        // allocation each time.
        let word = |k: usize| {
            self.t(k)
                .and_then(|t| self.text.get(t.start..t.end))
                .unwrap_or("")
        };
        let is = |k: usize, w: &str| word(k).eq_ignore_ascii_case(w);
        // `'s` glued on (`Valentine's`, `Year's`)
        let poss = |k: usize| -> usize {
            if self.glued(k)
                && self.t(k + 1).is_some_and(|t| {
                    t.is_punct(b'\'') || self.text.get(t.start..t.end) == Some("\u{2019}")
                })
                && is(k + 2, "s")
            {
                k + 3
            } else {
                k + 1
            }
        };
        let (h, end) = match h {
            0 => {
                let j = i + 1;
                if is(j, "day") {
                    (0, j + 1)
                } else if is(j, "eve") {
                    (9, j + 1)
                } else {
                    (0, j)
                }
            }
            1..=3 => {
                let j = i + 1;
                if h == 3 && is(j, "sunday") {
                    (3, j + 1)
                } else {
                    (h, j)
                }
            }
            4..=7 => {
                let j = poss(i);
                is(j, "day").then_some((h, j + 1))?
            }
            _ => {
                if !is(i + 1, "year") {
                    return None;
                }
                let j = poss(i + 1);
                if is(j, "day") {
                    (8, j + 1)
                } else if is(j, "eve") {
                    (10, j + 1)
                } else {
                    return None;
                }
            }
        };
        let (y, end) = self.opt_year(end);
        // `Christmas tree`, `Easter Island`, `Thanksgiving dinner`: a bare
        // name before another word is a modifier, not a date.
        if y.is_none() && end == i + 1 {
            if let Some(t) = self.t(end) {
                if matches!(t.kind, Kind::Word(_))
                    && !FUNCTION_WORDS
                        .iter()
                        .any(|f| f.eq_ignore_ascii_case(word(end)))
                {
                    return None;
                }
            }
        }
        Some(Core {
            end,
            val: Val::Holiday { h, y },
            approx: false,
            deadline: false,
            dir: None,
        })
    }

    /// `on the 18th`, `by the 4th.`: a day with its month left out, only
    /// after a preposition and before no word (`on the 18th floor`).
    pub(super) fn month_day(&self, i: usize) -> Option<Core> {
        let prep = i >= 1
            && matches!(
                self.t(i - 1).and_then(|t| t.kw()),
                Some(Kw::On | Kw::By | Kw::Until | Kw::Since | Kw::Before | Kw::After | Kw::From)
            );
        let d = match self.t(i + 1)?.kind {
            Kind::Ord(d) => d,
            _ => return None,
        };
        let next_ok = match self.t(i + 2) {
            None => true,
            Some(t) => !matches!(t.kind, Kind::Word(_) | Kind::Num { .. } | Kind::Ord(_)),
        };
        (prep && next_ok).then_some(Core {
            end: i + 2,
            val: Val::MonthDay(d),
            approx: false,
            deadline: false,
            dir: None,
        })
    }

    /// `17 June 2025`, `the 4th of July`.
    fn day_first(&self, i: usize) -> Option<Core> {
        // `$12 December 27`, `€12 …`: a price, then a month-first date.
        // (Currency signs other than `$` are non-ASCII tokens glued on.)
        if i > 0
            && (self.punct(i - 1, b'$')
                || self.t(i - 1).is_some_and(|t| {
                    !t.other_dash(self.text) && t.kind == Kind::Other && t.end == self.toks[i].start
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
        if let Some(c) = self.century(i) {
            return Some(c);
        }
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
                match self.year_span(i) {
                    Some(Some((a, b, end))) => return plain(end, Val::Years { a, b }),
                    // `1000-2000 people`: a range of counts.
                    Some(None) => return None,
                    None => {}
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
                    // `at about 2045 GMT`: a 24-hour clock time in a time zone.
                    let zone = self.t(i + 1).is_some_and(|t| {
                        t.kind == Kind::Word(Lex::Other)
                            && super::CLOCK_ZONES
                                .iter()
                                .any(|z| z.eq_ignore_ascii_case(self.word(i + 1)))
                    });
                    if zone && y % 100 < 60 && y < 2400 {
                        return None;
                    }
                    if (self.date_context(i) && self.year_tail_ok(i + 1) && !self.dimension(i))
                        || self.year_as_modifier(i, y)
                        || self.year_naming_event(i, y)
                    {
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
            // US 6/23/2025; 23/6/2025 when the first number cannot be a
            // month. 6/7/2025 stays American.
            if len <= 2
                && self.punct(i + 1, b'/')
                && self.glued(i)
                && self.glued(i + 1)
                && self.punct(i + 3, b'/')
                && self.glued(i + 2)
                && self.glued(i + 3)
            {
                if let (Some((mut d, 1..=2)), Some((y, 4))) = (self.num(i + 2), self.num(i + 4)) {
                    let mut v = v;
                    if v > 12 && (1..=12).contains(&d) {
                        std::mem::swap(&mut v, &mut d);
                    }
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

    /// `2880 pixels by 1800`, `20 by 1200`: a size, not a year. A figure
    /// before `by` that is a percentage, a sum or a number with a scale
    /// (`cut emissions 40% by 2040`, `$5 billion by 2030`, `2,000 by
    /// 2025`) sets a target date instead.
    fn dimension(&self, i: usize) -> bool {
        if i < 2 || !self.kw(i - 1, Kw::By) {
            return false;
        }
        // A bare whole number right before `by`, not the end of a larger
        // figure (`2,000`, `1.5`, `$300`).
        let bare = |k: usize| {
            self.num(k).is_some()
                && !(k >= 1
                    && self.glued(k - 1)
                    && self.t(k - 1).is_some_and(|t| {
                        matches!(t.kind, Kind::Punct(b',' | b'.' | b'$')) || t.kind == Kind::Other
                    }))
        };
        bare(i - 2) || (i >= 3 && bare(i - 3) && SIZE_UNITS.iter().any(|u| self.is_word(i - 2, u)))
    }

    /// `the 2004 tsunami`, `a 2011 study`, `her 2016 campaign`, `Goldwater's
    /// failed 1964 bid`, `a grey 2013 Toyota`, `the 2004 and 2005 Tony
    /// Awards`: a year naming or dating a thing, after a determiner or a
    /// possessive (one adjective may stand between) and before a noun that
    /// is not a counted plural or a unit (`the 2000 homes`, `a 1500 metre
    /// race`, `the 1990 people`).
    fn year_as_modifier(&self, i: usize, y: i32) -> bool {
        if i == 0 || !(1800..=2099).contains(&y) {
            return false;
        }
        let det = |k: usize| -> bool {
            let Some(t) = self.t(k) else { return false };
            match t.kind {
                Kind::Word(Lex::Kw(Kw::The | Kw::A | Kw::This)) => true,
                // `Goldwater's`, `Stevens'`
                Kind::Word(_) if self.possessive_s(k) => true,
                Kind::Punct(b'\'') | Kind::Other
                    if k >= 1
                        && self.glued(k - 1)
                        && matches!(self.text.get(t.start..t.end), Some("'" | "\u{2019}"))
                        && self.word(k - 1).ends_with(['s', 'S']) =>
                {
                    true
                }
                Kind::Word(Lex::Other) => {
                    let w = self.word(k);
                    DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w))
                }
                _ => false,
            }
        };
        // One adjective between (`a grey 2013 Toyota`, `his failed 1964
        // bid`); not a word that goes with counts (`a further 2000`).
        let adjective = |k: usize| -> bool {
            let Some(t) = self.t(k) else { return false };
            let w = self.word(k).to_ascii_lowercase();
            matches!(t.kind, Kind::Word(Lex::Other | Lex::PastVerb))
                && !t.cap
                && !FUNCTION_WORDS.contains(&w.as_str())
                && !COUNT_NOUNS.contains(&w.as_str())
                && !COUNT_ADJECTIVES.contains(&w.as_str())
        };
        if !(det(i - 1) || (i >= 2 && adjective(i - 1) && det(i - 2))) {
            return false;
        }
        // `the 2004 and 2005 Tony Awards`
        if (self.kw(i + 1, Kw::And) || self.is_word(i + 1, "or")) && self.year(i + 2).is_some() {
            return self.modifier_tail(i + 3);
        }
        self.modifier_tail(i + 1)
    }

    /// `to host 2014 Oscars`, `2013 MVC Tournament results`: a year
    /// before the name of an event, with no determiner. The name is
    /// capitalised and no plural (`2000 Marines`), except the plural
    /// names of events (`Oscars`, `Olympics`), and no lower-case plural
    /// follows it (`2000 US troops`, `1500 British soldiers` are counts).
    fn year_naming_event(&self, i: usize, y: i32) -> bool {
        if !(1900..=2099).contains(&y) {
            return false;
        }
        let Some(t) = self.t(i + 1) else { return false };
        if !(t.cap && t.kind == Kind::Word(Lex::Other)) {
            return false;
        }
        let w = self.word(i + 1);
        let plural = w.ends_with(['s', 'S']) && !w.ends_with("ss");
        if plural && !EVENT_PLURALS.iter().any(|e| e.eq_ignore_ascii_case(w)) {
            return false;
        }
        !self.t(i + 2).is_some_and(|n| {
            let w = self.word(i + 2).to_ascii_lowercase();
            n.kind == Kind::Word(Lex::Other)
                && !n.cap
                && ((w.ends_with('s') && !w.ends_with("ss")) || COUNT_NOUNS.contains(&w.as_str()))
        })
    }

    /// Token `k` is the `s` of a glued `'s` / `’s` (`Goldwater's`).
    fn possessive_s(&self, k: usize) -> bool {
        k >= 2
            && self.is_word(k, "s")
            && self.glued(k - 1)
            && self.glued(k - 2)
            && matches!(self.word(k - 1), "'" | "\u{2019}")
    }

    /// After a year used as a modifier: a name (`2013 Toyota`), or a
    /// lower-case noun that counts cannot go with: not a plural (`2000
    /// homes`, but `the 2008 elections`, `the 1967 slayings`), not a
    /// noun counted without `-s` (`people`), not a unit (`a 1500 metre
    /// race`) and not a word that makes the number a level (`the 2000
    /// mark`, `the 1900 block`).
    fn modifier_tail(&self, j: usize) -> bool {
        let Some(t) = self.t(j) else { return false };
        if !matches!(
            t.kind,
            Kind::Word(Lex::Other | Lex::Season(_) | Lex::Holiday(_))
        ) {
            return false;
        }
        if t.cap {
            return true;
        }
        let w = self.word(j).to_ascii_lowercase();
        if FUNCTION_WORDS.contains(&w.as_str())
            || COUNT_NOUNS.contains(&w.as_str())
            || LEVEL_NOUNS.contains(&w.as_str())
            || SIZE_UNITS.contains(&w.as_str())
        {
            return false;
        }
        !w.ends_with('s')
            || [
                "ss",
                "sis",
                "tions",
                "ics",
                "games",
                "riots",
                "talks",
                "ings",
                "elections",
                "attacks",
                "protests",
                "polls",
                "playoffs",
                "finals",
                "awards",
                "floods",
            ]
            .iter()
            .any(|e| w.ends_with(e))
    }

    /// `1961-62`, `2014-2015`, `2014/15`, `1999–2000`: a span of whole
    /// years written as one, at a four-digit year; the years and the next
    /// index. The second part must come later (`1999-00` is 1999–2000),
    /// nothing may be glued on either side (`2025-06-23`, `555-1961-62`).
    /// `Some(None)` when counted things follow (`1000-2000 people`): a
    /// range of numbers, and no date at all.
    fn year_span(&self, i: usize) -> Option<Option<(i32, i32, usize)>> {
        let (a, 4) = self.num(i)? else { return None };
        if !(1000..=2999).contains(&a) || !self.glued(i) || !self.glued(i + 1) {
            return None;
        }
        let sep = self.t(i + 1)?;
        if !(matches!(sep.kind, Kind::Punct(b'-' | b'/')) || sep.other_dash(self.text)) {
            return None;
        }
        if i >= 1 && self.glued(i - 1) {
            let before = self.t(i - 1)?;
            if matches!(
                before.kind,
                Kind::Num { .. } | Kind::Punct(b'-' | b'/' | b'.' | b'$')
            ) || before.other_dash(self.text)
            {
                return None;
            }
        }
        let (v, len) = self.num(i + 2)?;
        if self.glued(i + 2)
            && self.t(i + 3).is_some_and(|t| {
                matches!(t.kind, Kind::Punct(b'-' | b'/' | b'.' | b':' | b','))
                    || t.other_dash(self.text)
            })
            && self.glued(i + 3)
            && self.num(i + 4).is_some()
        {
            return None;
        }
        let a = a as i32;
        let b = match len {
            2 => {
                let (c, yy) = (a - a % 100, v as i32);
                if yy > a % 100 {
                    c + yy
                } else if yy == (a % 100 + 1) % 100 {
                    c + 100 + yy
                } else {
                    return None;
                }
            }
            4 if (a + 1..=a + 100).contains(&(v as i32)) => v as i32,
            // `1000-2000`, `2018-2014`: numbers, not a span of years.
            4 => return Some(None),
            _ => return None,
        };
        if !(1000..=2999).contains(&b) {
            return Some(None);
        }
        // A wider span in two digits (`1979-90`) needs a word or bracket
        // before it that dates it: `2015-32` alone is no span of years.
        if len == 2 && b > a + 1 && !(self.date_context(i) || (i >= 1 && self.punct(i - 1, b'('))) {
            return None;
        }
        let end = i + 3;
        // `1000-2000 people`, `1500-2000 km`, `1990-2000 %`
        let tail_ok = match self.t(end) {
            None => true,
            Some(t) => match t.kind {
                Kind::Word(Lex::Other) if !t.cap => {
                    self.modifier_tail(end) || {
                        let w = self.word(end);
                        FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
                    }
                }
                Kind::Word(Lex::Unit(_)) | Kind::Num { .. } | Kind::Punct(b'%') => false,
                _ => true,
            },
        };
        Some(tail_ok.then_some((a, b, end)))
    }

    /// `the 19th century`, `19th-century`, `the twenty-first century`, at
    /// the ordinal (11th to 30th: earlier ones are out of the calendar
    /// range dates keep). `c` is the century's first year as TimeML writes
    /// it (`18` for the 19th century: 1800–1899).
    pub(super) fn century(&self, i: usize) -> Option<Core> {
        let (n, j) = match self.t(i)?.kind {
            Kind::Ord(n) => (n, i + 1),
            Kind::Word(Lex::OrdWord(n)) => (n, i + 1),
            // `twenty-first`
            Kind::Word(Lex::NumWord(20)) if self.punct(i + 1, b'-') => match self.t(i + 2)?.lex() {
                Lex::OrdWord(u @ 1..=9) => (20 + u, i + 3),
                _ => return None,
            },
            _ => return None,
        };
        let j = if self.punct(j, b'-') && self.glued(j - 1) && self.glued(j) {
            j + 1
        } else {
            j
        };
        if !self.kw(j, Kw::Century) || !(11..=30).contains(&n) {
            return None;
        }
        // `the 5th century BC`: outside the calendar kept.
        if self.is_word(j + 1, "bc") || self.is_word(j + 1, "bce") {
            return None;
        }
        plain(
            j + 1,
            Val::Century {
                c: (n as i32 - 1) * 100,
                part: Part::Whole,
            },
        )
    }

    /// After `in 2022`: a following lower-case content word means the
    /// number counts things (`in 2000 homes`).
    fn year_tail_ok(&self, j: usize) -> bool {
        let Some(t) = self.t(j) else { return true };
        match t.kind {
            // `the tsunami of 2004 killed …`: a verb follows a year, not a count.
            // (`and 2014 stayed` counts people, so only after `of`/`in`.)
            Kind::Word(Lex::PastVerb)
                if j >= 2
                    && matches!(
                        self.t(j - 2).and_then(|t| t.kw()),
                        Some(Kw::Of | Kw::In | Kw::During)
                    ) =>
            {
                true
            }
            Kind::Word(Lex::PastVerb) => false,
            Kind::Word(Lex::Other) => {
                let w = &self.text[t.start..t.end];
                t.cap || FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
            }
            Kind::Word(Lex::Unit(_)) => false,
            // `in 2000 new homes`
            Kind::Word(Lex::Holiday(_)) => t.cap,
            Kind::Num { .. } | Kind::Ord(_) => false,
            Kind::Punct(b'%') => false,
            _ => true,
        }
    }
}

/// A word of [`FUNCTION_WORDS`] (`its`, `the`, `with`), in any case.
pub(super) fn is_function_word(w: &str) -> bool {
    FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
}

/// Words before a year that make it a modifier (`her 2016 campaign`),
/// besides `the`, `a`, `this` and possessives.
/// Capitalised words that make a weekday after them a name (`Patch
/// Tuesday`, the day updates ship; `Super Tuesday`, a day of primaries).
const NAMED_DAYS: &[&str] = &["patch", "super", "cyber"];

/// Plural names of events that a year before them names (`2014 Oscars`).
const EVENT_PLURALS: &[&str] = &[
    "oscars",
    "olympics",
    "games",
    "awards",
    "championships",
    "finals",
    "playoffs",
    "emmys",
    "grammys",
    "elections",
];

const DETERMINERS: &[&str] = &[
    "his", "her", "its", "their", "our", "my", "your", "whose", "that",
];

/// Words before a number that go with counts (`a further 2000 troops`).
const COUNT_ADJECTIVES: &[&str] = &[
    "further",
    "additional",
    "estimated",
    "total",
    "remaining",
    "mere",
    "whopping",
    "record",
    "another",
    "about",
    "nearly",
    "over",
    "around",
    "only",
    "just",
    "almost",
    "roughly",
    "approximately",
    "some",
    "top",
    "full",
    "staggering",
    "reported",
    "combined",
    "average",
];

/// Nouns after a number that make it a level or a place, not a year (`the
/// 2000 mark`, `the 1900 block of Main Street`).
const LEVEL_NOUNS: &[&str] = &[
    "mark",
    "level",
    "block",
    "threshold",
    "barrier",
    "milestone",
    "figure",
    "limit",
    "point",
    "cap",
    "range",
    "line",
    "number",
    "plus",
    "odd",
    "percent",
    "pc",
    "per",
    "times",
];

/// Units written singular after a number used as a modifier (`a 1500
/// metre race`, `2880 pixels by 1800`).
const SIZE_UNITS: &[&str] = &[
    "pixels",
    "pixel",
    "px",
    "feet",
    "foot",
    "ft",
    "inches",
    "inch",
    "in",
    "cm",
    "mm",
    "m",
    "metres",
    "meters",
    "metre",
    "meter",
    "yards",
    "yard",
    "miles",
    "mile",
    "km",
    "kilometre",
    "kilometer",
    "kilometres",
    "kilometers",
    "kg",
    "kilogram",
    "lb",
    "pound",
    "ton",
    "tonne",
    "gallon",
    "litre",
    "liter",
    "calorie",
    "cc",
    "euro",
    "dollar",
    "yen",
    "yuan",
    "rupee",
    "acre",
    "hectare",
    "sq",
    "square",
    "cubic",
    "mw",
    "kw",
    "megawatt",
    "piece",
    "seat",
    "strong",
    "page",
    "word",
    "point",
    "man",
    "member",
    "unit",
    "room",
    "bed",
    "horsepower",
    "hp",
];

/// Nouns that are counted without a plural `-s`.
const COUNT_NOUNS: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "dead",
    "staff",
    "police",
    "personnel",
    "military",
    "cattle",
    "sheep",
    "fish",
    "metre",
    "meter",
    "foot",
    "mile",
    "kilometre",
    "ton",
    "tonne",
    "strong",
    "more",
    "other",
    "odd",
    "plus",
    "new",
    "extra",
    "square",
];

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
