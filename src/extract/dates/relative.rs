//! Relative and counted expressions: `last week`, `three days ago`,
//! `within fifty days`, `the end of the month`, `early next year`.

use super::super::lex::{Kind, Kw, Lex, Unit};
use super::super::resolve::{Dir, Mode, Part, Val};
use super::{plain, Core, P};

impl P<'_> {
    /// `N units ago`, `N-unit deadline`, at a count (or `a`).
    pub(super) fn counted(&self, i: usize, allow_a: bool) -> Option<Core> {
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
        // `has 50 days to reach a deal`, `gave Iran two more weeks to
        // respond`: the verb grants the time, so the duration sets a
        // deadline as `a 50-day deadline` does.
        let k = if self.is_word(j, "more") { j + 1 } else { j };
        if let Some(u) = self.unit(k) {
            if self.kw(k + 1, Kw::To)
                && self
                    .t(k + 2)
                    .is_some_and(|t| matches!(t.lex(), Lex::Other | Lex::Kw(Kw::Be)) && !t.cap)
                && self.granted(i)
            {
                return Some(Core {
                    end: k + 1,
                    val: Val::Forward { n, unit: u },
                    approx: i >= 1 && self.t(i - 1).and_then(|t| t.kw()).is_some_and(hedge),
                    deadline: true,
                    dir: None,
                });
            }
        }
        // `two decades ago`: at the granularity of decades.
        if (self.is_word(j, "decades") || self.is_word(j, "decade")) && self.kw(j + 1, Kw::Ago) {
            return plain(j + 2, Val::DecadesAgo(i32::try_from(n).ok()?));
        }
        let u = self.unit(j)?;
        // `two days later`, `a week earlier`: from the day last named.
        if matches!(u, Unit::Day | Unit::Week)
            && (self.kw(j + 1, Kw::Later) || self.kw(j + 1, Kw::Earlier))
        {
            let days = n as i64 * if u == Unit::Week { 7 } else { 1 };
            let sign = if self.kw(j + 1, Kw::Later) { 1 } else { -1 };
            return plain(j + 2, Val::Anchored(sign * days));
        }
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

    /// `year-end`, `year end`, `the year's end`, `month-end`, with `end`
    /// at `i` and nothing before `floor`: the first token and the core
    /// (the last third of this year, or of this month, as `the end of the
    /// year` is). Not as a modifier (`year-end bonuses`).
    pub(in super::super) fn period_end_before(
        &self,
        i: usize,
        floor: usize,
    ) -> Option<(usize, Core)> {
        if self.t(i + 1).is_some_and(|t| {
            t.kind == Kind::Word(Lex::Other) && !t.cap && !super::is_function_word(self.word(i + 1))
        }) {
            return None;
        }
        let unit_at = |k: usize| -> Option<Unit> {
            (k >= floor && !self.is_plural(k))
                .then(|| self.unit(k))
                .flatten()
                .filter(|u| matches!(u, Unit::Year | Unit::Month))
        };
        let back = |n: usize| i.checked_sub(n);
        let (first, unit) = if let Some(u) = back(2)
            .filter(|&k| self.punct(k + 1, b'-') && self.glued(k) && self.glued(k + 1))
            .and_then(unit_at)
        {
            (i - 2, u)
        } else if let Some(u) = back(3)
            .filter(|&k| {
                self.glued(k)
                    && self.glued(k + 1)
                    && matches!(self.word(k + 1), "'" | "\u{2019}")
                    && self.is_word(k + 2, "s")
            })
            .and_then(unit_at)
        {
            (i - 3, u)
        } else if let Some(u) = back(1).and_then(unit_at) {
            (i - 1, u)
        } else {
            return None;
        };
        let (first, off) = match first
            .checked_sub(1)
            .filter(|&k| k >= floor)
            .and_then(|k| self.t(k)?.kw())
        {
            Some(Kw::The | Kw::This) => (first - 1, 0),
            Some(Kw::Next) => (first - 1, 1),
            Some(Kw::Last) => (first - 1, -1),
            _ => (first, 0),
        };
        let val = match unit {
            Unit::Month => Val::RelMonth {
                off,
                part: Part::Late,
            },
            _ => Val::RelYear {
                off,
                part: Part::Late,
            },
        };
        Some((
            first,
            Core {
                end: i + 1,
                val,
                approx: true,
                deadline: false,
                dir: None,
            },
        ))
    }

    /// A verb that grants time (`has`, `gave`, `was given`, `granted`)
    /// shortly before token `i`, in the same clause: at most four words
    /// stand between (`gave Iran`, `has another`, `were given an
    /// additional`).
    fn granted(&self, i: usize) -> bool {
        let lo = i.saturating_sub(5);
        for k in (lo..i).rev() {
            let Some(t) = self.t(k) else { return false };
            if !matches!(t.kind, Kind::Word(_)) {
                return false;
            }
            let w = self.word(k);
            if GRANT_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w)) {
                return true;
            }
        }
        false
    }

    /// A date expression opened by the keyword `k` at `i`.
    pub(in super::super) fn keyword(&self, i: usize, k: Kw) -> Option<Core> {
        // `the`, `a`, `in` are among the commonest words of news and
        // rarely open a date: only a few kinds of word after them can, so
        // look at that one first ([`Self::keyword_rules`] read in full
        // gives the same answer; the tests hold them to it).
        if matches!(k, Kw::The | Kw::A | Kw::In | Kw::Within) && !self.may_go_on(i + 1) {
            return None;
        }
        self.keyword_rules(i, k)
    }

    /// Whether token `j`, right after `the`, `a`, `in` or `within`, can
    /// carry a date on: a number or number word, an ordinal, a unit, a
    /// hedge, `weekend`, `-` (`a 50-day deadline`) or a word that can
    /// itself open one (`the next`, `the end`).
    pub(in super::super) fn may_go_on(&self, j: usize) -> bool {
        self.t(j).is_some_and(|t| {
            t.opens
                || t.is_punct(b'-')
                || matches!(t.lex(), Lex::Unit(_) | Lex::Kw(Kw::Weekend | Kw::Following))
                || t.kw().is_some_and(hedge)
        })
    }

    /// [`Self::keyword`] without its screen.
    pub(in super::super) fn keyword_rules(&self, i: usize, k: Kw) -> Option<Core> {
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
                // `the day before`, `the day after` standing alone: from
                // the day last named (`the day after the vote` is no date).
                if self.unit(i + 1) == Some(Unit::Day) && !self.is_plural(i + 1) {
                    let n = if self.kw(i + 2, Kw::Before) {
                        -1
                    } else if self.kw(i + 2, Kw::After) {
                        1
                    } else {
                        0
                    };
                    let ends = self
                        .t(i + 3)
                        .is_none_or(|t| matches!(t.kind, Kind::Punct(_)));
                    if n != 0 && ends {
                        return plain(i + 3, Val::Anchored(n));
                    }
                }
                // `over the weekend`
                if self.kw(i + 1, Kw::Weekend) && !self.is_plural(i + 1) {
                    return plain(i + 2, Val::Weekend);
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
                if let Some(c) = self.month_day(i) {
                    return Some(c);
                }
                match self.t(i + 1)?.kw()? {
                    Kw::End | Kw::Beginning | Kw::Start | Kw::Middle => {
                        self.keyword(i + 1, self.t(i + 1)?.kw()?)
                    }
                    Kw::Past | Kw::Last | Kw::Next | Kw::Coming | Kw::Following | Kw::Previous => {
                        self.period(i + 1).or_else(|| {
                            let k2 = self.t(i + 1)?.kw()?;
                            // `the following day`, `the previous day`
                            // (`the next day or two` is vague.)
                            if matches!(k2, Kw::Following | Kw::Next | Kw::Previous)
                                && self.unit(i + 2) == Some(Unit::Day)
                                && !self.is_plural(i + 2)
                                && !self.is_word(i + 3, "or")
                            {
                                let n = if k2 == Kw::Previous { -1 } else { 1 };
                                return plain(i + 3, Val::Anchored(n));
                            }
                            match k2 {
                                Kw::Following | Kw::Next => self.keyword(i + 1, Kw::Next),
                                Kw::Previous => self.keyword(i + 1, Kw::Previous),
                                _ => None,
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
                // `this past Sunday` is `last Sunday`; `this past week` the
                // seven days before publication.
                if k == Kw::This && self.kw(i + 1, Kw::Past) {
                    let t2 = self.t(i + 2)?;
                    return match t2.lex() {
                        Lex::Weekday(w) => plain(
                            i + 3,
                            Val::Weekday {
                                w,
                                mode: Mode::Last,
                            },
                        ),
                        Lex::Kw(Kw::Weekend) => plain(i + 3, Val::RelWeekend(-1)),
                        Lex::Unit(u @ (Unit::Week | Unit::Month | Unit::Year))
                            if !self.is_plural(i + 2) =>
                        {
                            plain(
                                i + 3,
                                Val::Period {
                                    n: 1,
                                    unit: u,
                                    past: true,
                                },
                            )
                        }
                        _ => None,
                    };
                }
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
                // `later this year`, `earlier in the month`
                let j = if self.kw(i + 1, Kw::This) {
                    i + 2
                } else if self.kw(i + 1, Kw::In) && self.kw(i + 2, Kw::The) {
                    i + 3
                } else {
                    return None;
                };
                let u = self.unit(j)?;
                if matches!(u, Unit::Week | Unit::Month | Unit::Year) && !self.is_plural(j) {
                    let val = if k == Kw::Earlier {
                        Val::SoFar(u)
                    } else {
                        Val::Rest(u)
                    };
                    return plain(j + 1, val);
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
                if k == Kw::End && self.punct(j, b'-') && self.glued(i) && self.glued(j) {
                    // `end-2026`, `end-June`, `end-year`
                    j += 1;
                } else if matches!(k, Kw::End | Kw::Beginning | Kw::Start | Kw::Middle) {
                    if !self.kw(j, Kw::Of) {
                        return None;
                    }
                    j += 1;
                } else if (self.punct(j, b'-') && self.glued(i)) || self.kw(j, Kw::In) {
                    // `mid-July`, `early in 2024`
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
                if self.t(j).and_then(|t| t.kw()).is_some_and(hedge) {
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
                // `in 2 days of talks` is a length of time, not a date; and
                // `the fifth coach in four years` counts back, so `in N
                // years` is never read as a deadline.
                if k == Kw::In && (self.kw(j2 + 1, Kw::Of) || u == Unit::Year) {
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

    /// `week beginning`, `week of`, `week starting (on)`, `week
    /// commencing` at `i` (after an optional `the`): the index of the day
    /// that follows.
    pub(in super::super) fn week_of(&self, i: usize) -> Option<usize> {
        let i = if self.kw(i, Kw::The) { i + 1 } else { i };
        if self.unit(i) != Some(Unit::Week) || self.is_plural(i) {
            return None;
        }
        let j = i + 1;
        if self.kw(j, Kw::Of) || self.kw(j, Kw::Beginning) || self.is_word(j, "commencing") {
            return Some(j + 1);
        }
        if self.is_word(j, "starting") {
            return Some(if self.kw(j + 1, Kw::On) { j + 2 } else { j + 1 });
        }
        None
    }

    /// `three days after`, `a week before`, `two months from` at `i`,
    /// when a date follows: the shift (negative before) and the index of
    /// the date.
    pub(in super::super) fn shift_before_date(&self, i: usize) -> Option<(i64, Unit, usize)> {
        let (n, j) = if self.kw(i, Kw::A) {
            (1, i + 1)
        } else {
            self.count(i)?
        };
        let u = self.unit(j)?;
        let sign = match self.t(j + 1)?.kw()? {
            Kw::After | Kw::From => 1,
            Kw::Before => -1,
            _ => return None,
        };
        if u == Unit::Hour {
            return None;
        }
        Some((sign * n as i64, u, j + 2))
    }

    pub(super) fn is_plural(&self, i: usize) -> bool {
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
        // `the early 20th century`, `mid-19th century`
        let century = |k: usize| match self.century(k)? {
            Core {
                end,
                val: Val::Century { c, .. },
                ..
            } => Some((end, Val::Century { c, part })),
            _ => None,
        };
        if let Some(c) = century(j) {
            return Some(c);
        }
        if self.kw(j, Kw::The) {
            if let Some((y, end)) = self.decade(j + 1) {
                return Some((end, Val::Decade { y, part }));
            }
            if let Some(c) = century(j + 1) {
                return Some(c);
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

/// A hedge word before a span of time (`within about fifty days`).
fn hedge(k: Kw) -> bool {
    matches!(
        k,
        Kw::About
            | Kw::Around
            | Kw::Approximately
            | Kw::Roughly
            | Kw::Some
            | Kw::Nearly
            | Kw::Almost
    )
}

/// Verbs that grant a stretch of time before a deadline (`has 50 days to`,
/// `gave Iran two weeks to`, `was given 30 days to`).
const GRANT_VERBS: &[&str] = &[
    "has", "have", "had", "having", "gave", "give", "gives", "given", "giving", "got", "gets",
    "get", "granted", "grant", "grants", "allowed", "allow", "allows", "offered", "offer",
    "offers", "received",
];
