//! Turning a parsed date expression into a calendar span.
//!
//! All arithmetic goes through chrono's checked operations: a year such as
//! 2999 plus a large offset yields `None`, never a panic.

use super::lex::Unit;
use crate::model::DateSpan;
use chrono::{Datelike, Days, Months, NaiveDate};

/// Part of a month or year (`early`, `mid`, `late`/`end of`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Whole,
    Early,
    Mid,
    Late,
}

/// How a weekday or season is qualified.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Bare,
    Last,
    Next,
    This,
}

/// Which way to resolve a date that lacks a year (or a bare weekday).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dir {
    /// On or after the publication date: deadlines, effective dates, future tense.
    Forward,
    /// On or before it: explicit past-tense reporting.
    Backward,
    /// Whichever candidate is nearest.
    Nearest,
    /// The one in the publication year (`this September`).
    SameYear,
}

/// A parsed date expression, not yet anchored.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Val {
    /// A day, optionally a day range in the same month (`June 17-18`).
    Ymd {
        y: Option<i32>,
        m: u32,
        d: u32,
        d2: Option<u32>,
    },
    Ym {
        y: Option<i32>,
        m: u32,
        part: Part,
    },
    Y {
        y: i32,
        part: Part,
    },
    /// A calendar quarter (`Q3 2024`, `the first quarter`).
    Quarter {
        y: Option<i32>,
        q: u32,
    },
    /// `last quarter`, `this quarter`, `next quarter`.
    RelQuarter(i32),
    /// `the 1990s`, `the early 2000s`.
    Decade {
        y: i32,
        part: Part,
    },
    /// `two decades ago`: the decade the year `n` decades before lies in,
    /// as TimeML gives it (`198X` in 2009).
    DecadesAgo(i32),
    /// `the 19th century` (`c` = 1800, its first year as TimeML counts
    /// it), `the early 20th century`.
    Century {
        c: i32,
        part: Part,
    },
    /// A span of whole years written as one (`1961-62`, `2014/15`, `the
    /// 2019-20 season`): January 1 of `a` to December 31 of `b`.
    Years {
        a: i32,
        b: i32,
    },
    RelDay(i64),
    Overnight,
    Weekday {
        w: u32,
        mode: Mode,
    },
    RelWeek(i32),
    /// `Tuesday of last week`: weekday `w` of the week `off` weeks away.
    WeekdayOfWeek {
        w: u32,
        off: i32,
    },
    RelWeekend(i32),
    /// `the weekend`: the one before or after publication, by direction.
    Weekend,
    /// `the following day`, `two days later`: days after (or before) the
    /// day last named in the text; resolved by the caller.
    Anchored(i64),
    RelMonth {
        off: i32,
        part: Part,
    },
    RelYear {
        off: i32,
        part: Part,
    },
    /// `earlier this week/month/year`.
    SoFar(Unit),
    /// `later this week/month/year`.
    Rest(Unit),
    Season {
        s: u32,
        y: Option<i32>,
        mode: Mode,
    },
    Ago {
        n: u32,
        unit: Unit,
    },
    /// `in`/`within N units`, `an N-unit deadline`.
    Forward {
        n: u32,
        unit: Unit,
    },
    /// A holiday (see [`holiday`]), optionally with its year.
    Holiday {
        h: u32,
        y: Option<i32>,
    },
    /// `on the 18th`: a day of a month not named.
    MonthDay(u32),
    /// `the past/next N units`.
    Period {
        n: u32,
        unit: Unit,
        past: bool,
    },
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    ymd(y, m, 1)?.checked_add_months(Months::new(1))?.pred_opt()
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let k = u32::try_from(n.unsigned_abs()).ok()?;
    if n >= 0 {
        d.checked_add_months(Months::new(k))
    } else {
        d.checked_sub_months(Months::new(k))
    }
}

/// `n` units from `d` (negative: back).
pub(super) fn shift(d: NaiveDate, n: i64, unit: Unit) -> Option<NaiveDate> {
    match unit {
        // Hours round up to whole days: "within 24 hours" is by tomorrow.
        Unit::Hour => add_days(d, n.signum() * ((n.abs() + 23) / 24)),
        Unit::Day => add_days(d, n),
        Unit::Week => add_days(d, n.checked_mul(7)?),
        Unit::Month => add_months(d, n),
        Unit::Year => add_months(d, n.checked_mul(12)?),
    }
}

fn span(a: NaiveDate, b: NaiveDate) -> DateSpan {
    DateSpan { start: a, end: b }
}

fn month_span(y: i32, m: u32, part: Part) -> Option<DateSpan> {
    let end = month_end(y, m)?;
    Some(match part {
        Part::Whole => span(ymd(y, m, 1)?, end),
        Part::Early => span(ymd(y, m, 1)?, ymd(y, m, 10)?),
        Part::Mid => span(ymd(y, m, 11)?, ymd(y, m, 20)?),
        Part::Late => span(ymd(y, m, 21)?, end),
    })
}

/// Thirds of a year: January–April, May–August, September–December.
fn year_span(y: i32, part: Part) -> Option<DateSpan> {
    if !(1000..=2999).contains(&y) {
        return None;
    }
    let (a, b) = match part {
        Part::Whole => (1, 12),
        Part::Early => (1, 4),
        Part::Mid => (5, 8),
        Part::Late => (9, 12),
    };
    Some(span(ymd(y, a, 1)?, month_end(y, b)?))
}

/// Part of the `len` years from `first`, split as decades are: early the
/// first four tenths (a decade's years 0–3, a century's 00–39), mid the
/// next three (4–6, 40–69), late the rest (7–9, 70–99).
fn thirds(first: i32, len: i32, part: Part) -> Option<DateSpan> {
    let (a, b) = match part {
        Part::Whole => (0, 10),
        Part::Early => (0, 4),
        Part::Mid => (4, 7),
        Part::Late => (7, 10),
    };
    years(first + a * len / 10, first + b * len / 10 - 1)
}

/// January 1 of `a` to December 31 of `b`.
fn years(a: i32, b: i32) -> Option<DateSpan> {
    Some(span(
        year_span(a, Part::Whole)?.start,
        year_span(b, Part::Whole)?.end,
    ))
}

fn quarter_span(y: i32, q: u32) -> Option<DateSpan> {
    if !(1000..=2999).contains(&y) || !(1..=4).contains(&q) {
        return None;
    }
    let m = (q - 1) * 3 + 1;
    Some(span(ymd(y, m, 1)?, month_end(y, m + 2)?))
}

/// Meteorological seasons of the northern hemisphere; winter `y` runs from
/// December of `y` into February of `y + 1`.
fn season_span(s: u32, y: i32) -> Option<DateSpan> {
    let (m, yy) = match s {
        0 => (3, y),
        1 => (6, y),
        2 => (9, y),
        _ => (12, y),
    };
    let start = ymd(yy, m, 1)?;
    let end = start.checked_add_months(Months::new(3))?.pred_opt()?;
    Some(span(start, end))
}

/// Picks among candidate spans (in chronological order) by direction.
fn pick(cands: &[DateSpan], p: NaiveDate, dir: Dir) -> Option<DateSpan> {
    match dir {
        Dir::Forward => cands.iter().find(|c| c.end >= p).copied(),
        Dir::SameYear => cands.iter().find(|c| c.start.year() == p.year()).copied(),
        Dir::Backward => cands.iter().rev().find(|c| c.start <= p).copied(),
        Dir::Nearest => {
            let dist = |c: &DateSpan| {
                if c.end < p {
                    (p - c.end).num_days()
                } else if c.start > p {
                    (c.start - p).num_days()
                } else {
                    0
                }
            };
            // Ties go to the past: news mostly reports what happened.
            cands.iter().min_by_key(|c| dist(c)).copied()
        }
    }
}

fn year_candidates(p: NaiveDate, f: impl Fn(i32) -> Option<DateSpan>) -> Vec<DateSpan> {
    (-1..=1).filter_map(|k| f(p.year() + k)).collect()
}

/// The Monday-to-Sunday week holding `d`.
pub(super) fn week_of(d: NaiveDate) -> Option<DateSpan> {
    let mon = week_monday(d)?;
    Some(span(mon, add_days(mon, 6)?))
}

fn week_monday(p: NaiveDate) -> Option<NaiveDate> {
    add_days(p, -(p.weekday().num_days_from_monday() as i64))
}

/// Gives the first half of a range the year of the second when it has
/// none (`from June 2 to June 10, 2020`), and the reverse.
pub(super) fn inherit_year(a: Val, b: Val) -> (Val, Val) {
    let year_of = |v: Val| match v {
        Val::Ymd { y, .. } | Val::Ym { y, .. } => y,
        _ => None,
    };
    let with = |v: Val, yy: Option<i32>| match v {
        Val::Ymd { y: None, m, d, d2 } => Val::Ymd { y: yy, m, d, d2 },
        Val::Ym { y: None, m, part } => Val::Ym { y: yy, m, part },
        other => other,
    };
    (with(a, year_of(b)), with(b, year_of(a)))
}

/// A year-less `m`/`d` that falls on weekday `w` (0 = Monday): the
/// occurrence in the dozen years around `p` chosen by `dir`, or `None`
/// when none fits (then the weekday was a slip, and the date stands).
pub(super) fn with_weekday(m: u32, d: u32, w: u32, p: NaiveDate, dir: Dir) -> Option<DateSpan> {
    let c: Vec<DateSpan> = (-11..=1)
        .filter_map(|k| ymd(p.year().checked_add(k)?, m, d))
        .filter(|x| x.weekday().num_days_from_monday() == w)
        .map(DateSpan::day)
        .collect();
    pick(&c, p, dir).or_else(|| c.last().copied())
}

/// The date of holiday `h` in year `y` (US holidays as US news means them):
/// 0 Christmas Day, 1 Thanksgiving, 2 Halloween, 3 Easter Sunday,
/// 4 Independence Day, 5 Labor Day, 6 Memorial Day, 7 Valentine's Day,
/// 8 New Year's Day, 9 Christmas Eve, 10 New Year's Eve.
pub(super) fn holiday(h: u32, y: i32) -> Option<NaiveDate> {
    if !(1000..=2999).contains(&y) {
        return None;
    }
    // The `n`th weekday `w` (0 = Monday) of month `m`; `n` = 5 is the last.
    let nth = |m: u32, w: u32, n: u32| -> Option<NaiveDate> {
        let first = ymd(y, m, 1)?;
        let off = (w as i64 - first.weekday().num_days_from_monday() as i64).rem_euclid(7);
        let mut d = add_days(first, off + 7 * (n as i64 - 1))?;
        while d.month() != m {
            d = add_days(d, -7)?;
        }
        Some(d)
    };
    match h {
        0 => ymd(y, 12, 25),
        1 => nth(11, 3, 4),
        2 => ymd(y, 10, 31),
        3 => {
            // Anonymous Gregorian computus.
            let (a, b, c) = (y % 19, y / 100, y % 100);
            let (d, e) = (b / 4, b % 4);
            let g = (8 * b + 13) / 25;
            let hh = (19 * a + b - d - g + 15) % 30;
            let (i, k) = (c / 4, c % 4);
            let l = (32 + 2 * e + 2 * i - hh - k) % 7;
            let m = (a + 11 * hh + 19 * l) / 433;
            let month = (hh + l - 7 * m + 90) / 25;
            let day = (hh + l - 7 * m + 33 * month + 19) % 32;
            ymd(y, month as u32, day as u32)
        }
        4 => ymd(y, 7, 4),
        5 => nth(9, 0, 1),
        6 => nth(5, 0, 5),
        7 => ymd(y, 2, 14),
        8 => ymd(y, 1, 1),
        9 => ymd(y, 12, 24),
        10 => ymd(y, 12, 31),
        _ => None,
    }
}

/// Resolves `v` against the publication date `p`.
pub(super) fn resolve(v: Val, p: Option<NaiveDate>, dir: Dir) -> Option<DateSpan> {
    match v {
        Val::Ymd {
            y: Some(y),
            m,
            d,
            d2,
        } => {
            if !(1000..=2999).contains(&y) {
                return None;
            }
            let a = ymd(y, m, d)?;
            Some(span(a, d2.map_or(Some(a), |d2| ymd(y, m, d2))?))
        }
        Val::Ymd { y: None, m, d, d2 } => {
            let p = p?;
            let c = year_candidates(p, |y| {
                let a = ymd(y, m, d)?;
                Some(span(a, d2.map_or(Some(a), |d2| ymd(y, m, d2))?))
            });
            // February 29 in no nearby leap year, or an impossible day.
            if c.is_empty() {
                return None;
            }
            pick(&c, p, dir)
        }
        Val::Ym {
            y: Some(y),
            m,
            part,
        } => {
            if !(1000..=2999).contains(&y) {
                return None;
            }
            month_span(y, m, part)
        }
        Val::Ym { y: None, m, part } => {
            let p = p?;
            // The whole month decides the year, so "early June" written
            // on June 20 stays in this June.
            let c = year_candidates(p, |y| month_span(y, m, Part::Whole));
            let chosen = pick(&c, p, dir)?;
            month_span(chosen.start.year(), m, part)
        }
        Val::Y { y, part } => year_span(y, part),
        Val::Quarter { y: Some(y), q } => quarter_span(y, q),
        Val::Quarter { y: None, q } => {
            let p = p?;
            let c = year_candidates(p, |y| quarter_span(y, q));
            pick(&c, p, dir)
        }
        Val::RelQuarter(off) => {
            let p = p?;
            let first = ymd(p.year(), (p.month() - 1) / 3 * 3 + 1, 1)?;
            let s = add_months(first, off as i64 * 3)?;
            quarter_span(s.year(), (s.month() - 1) / 3 + 1)
        }
        // `the 1800s` is the century; `the 2000s` (and `the 1990s`) a
        // decade.
        Val::Decade { y, part } if y % 100 == 0 && y < 2000 => {
            resolve(Val::Century { c: y, part }, p, dir)
        }
        Val::Decade { y, part } => thirds(y, 10, part),
        Val::DecadesAgo(n) => {
            let y = p?.year().checked_sub(n.checked_mul(10)?)?;
            thirds(y.div_euclid(10) * 10, 10, Part::Whole)
        }
        Val::Century { c, part } => thirds(c, 100, part),
        Val::Years { a, b } => years(a, b),
        Val::RelDay(n) => Some(DateSpan::day(add_days(p?, n)?)),
        Val::Overnight => {
            let p = p?;
            if dir == Dir::Forward {
                Some(span(p, p.succ_opt()?))
            } else {
                Some(span(p.pred_opt()?, p))
            }
        }
        Val::Weekday { w, mode } => {
            let p = p?;
            let pw = p.weekday().num_days_from_monday() as i64;
            let w = w as i64;
            let back = (pw - w).rem_euclid(7);
            let fwd = (w - pw).rem_euclid(7);
            let off = match mode {
                Mode::Last => -(if back == 0 { 7 } else { back }),
                Mode::Next => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                Mode::This => w - pw,
                Mode::Bare => {
                    if dir == Dir::Forward {
                        fwd
                    } else {
                        -back
                    }
                }
            };
            Some(DateSpan::day(add_days(p, off)?))
        }
        Val::RelWeek(off) => {
            let mon = add_days(week_monday(p?)?, off as i64 * 7)?;
            Some(span(mon, add_days(mon, 6)?))
        }
        Val::Weekend => {
            let p = p?;
            let pw = p.weekday().num_days_from_monday() as i64;
            // Sunday counts as the weekend that is still on.
            let back = (pw - 5).rem_euclid(7);
            let fwd = (5 - pw).rem_euclid(7);
            let off = match dir {
                Dir::Forward => fwd,
                Dir::Nearest if fwd < back && back > 1 => fwd,
                _ => -back,
            };
            let sat = add_days(p, off)?;
            Some(span(sat, sat.succ_opt()?))
        }
        // Only the caller knows the anchor.
        Val::Anchored(_) => None,
        Val::WeekdayOfWeek { w, off } => Some(DateSpan::day(add_days(
            week_monday(p?)?,
            off as i64 * 7 + w as i64,
        )?)),
        Val::RelWeekend(off) => {
            let sat = add_days(week_monday(p?)?, off as i64 * 7 + 5)?;
            Some(span(sat, sat.succ_opt()?))
        }
        Val::RelMonth { off, part } => {
            let first = add_months(p?.with_day(1)?, off as i64)?;
            month_span(first.year(), first.month(), part)
        }
        Val::RelYear { off, part } => year_span(p?.year().checked_add(off)?, part),
        Val::SoFar(unit) => {
            let p = p?;
            let start = match unit {
                Unit::Week => week_monday(p)?,
                Unit::Month => p.with_day(1)?,
                Unit::Year => ymd(p.year(), 1, 1)?,
                Unit::Day | Unit::Hour => p,
            };
            Some(span(start, p))
        }
        Val::Rest(unit) => {
            let p = p?;
            let end = match unit {
                Unit::Week => add_days(week_monday(p)?, 6)?,
                Unit::Month => month_end(p.year(), p.month())?,
                Unit::Year => ymd(p.year(), 12, 31)?,
                Unit::Day | Unit::Hour => p,
            };
            Some(span(p, end))
        }
        Val::Season { s, y: Some(y), .. } => {
            if !(1000..=2999).contains(&y) {
                return None;
            }
            season_span(s, y)
        }
        Val::Season { s, y: None, mode } => {
            let p = p?;
            let c = year_candidates(p, |y| season_span(s, y));
            match mode {
                Mode::Last => c.iter().rev().find(|c| c.end < p).copied(),
                Mode::Next => c.iter().find(|c| c.start > p).copied(),
                Mode::This | Mode::Bare => {
                    // The occurrence containing the publication date, else
                    // the one that starts in its calendar year.
                    c.iter()
                        .find(|c| c.start <= p && p <= c.end)
                        .or_else(|| c.iter().find(|c| c.start.year() == p.year()))
                        .copied()
                }
            }
        }
        Val::Holiday { h, y: Some(y) } => holiday(h, y).map(DateSpan::day),
        Val::Holiday { h, y: None } => {
            let p = p?;
            let c = year_candidates(p, |y| holiday(h, y).map(DateSpan::day));
            pick(&c, p, dir)
        }
        Val::MonthDay(d) => {
            let p = p?;
            let first = p.with_day(1)?;
            let c: Vec<DateSpan> = (-1..=1)
                .filter_map(|k| {
                    let f = add_months(first, k)?;
                    ymd(f.year(), f.month(), d).map(DateSpan::day)
                })
                .collect();
            pick(&c, p, dir)
        }
        // At the granularity it is counted in, as TimeML gives it: `two
        // years ago` is that year, `three months ago` that month, `two
        // weeks ago` that week; days and hours stay a day.
        Val::Ago { n, unit } => {
            let d = shift(p?, -(n as i64), unit)?;
            match unit {
                Unit::Year => year_span(d.year(), Part::Whole),
                Unit::Month => month_span(d.year(), d.month(), Part::Whole),
                Unit::Week => week_of(d),
                Unit::Day | Unit::Hour => Some(DateSpan::day(d)),
            }
        }
        Val::Forward { n, unit } => Some(DateSpan::day(shift(p?, n as i64, unit)?)),
        Val::Period { n, unit, past } => {
            let p = p?;
            if past {
                Some(span(shift(p, -(n as i64), unit)?, p.pred_opt()?))
            } else {
                Some(span(p.succ_opt()?, shift(p, n as i64, unit)?))
            }
        }
    }
}
