//! Date expressions in news text, resolved against the publication date.
//!
//! Contract used by `extract::mod`: [`find_dates`] returns every date
//! expression in text order, non-overlapping. It never panics, on any input.
//!
//! How the resolution rules were chosen (news is anchored on its
//! publication date, as in HeidelTime):
//!
//! - **Year-less month-day or month** (`June 17`, `in June`): in a deadline,
//!   effective-date or future-tense context, the first occurrence on or after
//!   the publication date; with a past-tense verb within six tokens
//!   (`was arrested Jan. 6`), the last one on or before it; otherwise the
//!   occurrence nearest the publication date (ties go to the past). `last June` is always backward and
//!   `next June` forward.
//! - **Bare weekday**: the most recent one on or before the publication date,
//!   unless the context is a deadline, an effective date or future tense
//!   (`will`, `'ll`, `going to`, `would`, `until`, `deadline` …), then the
//!   next one on or after it. `last Tuesday` is strictly before, `next
//!   Tuesday` strictly after, `this Tuesday` the one in the publication week.
//!   A bare weekday or a year-less date after `until`/`through` (on or
//!   after the publication date) or a verb of putting off (`postponed to`,
//!   `pushed back to`, `moved to`, `rescheduled for`: strictly after it)
//!   looks forward whatever the tense.
//! - **`overnight`**: the night that ends on the publication morning, so the
//!   span is the day before publication through the publication date (in a
//!   future-tense sentence: the publication date through the next day).
//! - **`since X`**: role `event`, span from the first day of X to the
//!   publication date (the claim holds over that whole stretch); without a
//!   publication date, or when X lies after it, just X.
//! - **Durations** (`within about fifty days`, `in 10 days`, `a 50-day
//!   deadline`): the publication date plus the duration, one day, role
//!   `deadline`; hours round up to whole days (`within 24 hours` is the next
//!   day).
//!   `in N years` is not read as a deadline (`the fifth coach in four
//!   years` counts back), nor is `in N days` in a past-tense sentence
//!   (`killed 30 people in 10 days`). A verb that grants the time sets a
//!   deadline in any tense: `Russia has 50 days to reach a deal`, `gave
//!   Iran two weeks to respond`, `was given 30 days to leave` (the words
//!   are `50 days`; the figure is then the deadline's, not a quantity).
//! - **`N units ago`**: at the granularity of the unit, as TimeML writes
//!   it: `two years ago` is that whole year, `three months ago` that
//!   month, `two weeks ago` that Monday-to-Sunday week; days and hours
//!   stay a day.
//! - **Years**: a four-digit year is a date after a cue (`in 2022`) or as
//!   a modifier after a determiner or possessive (`a 2011 study`, `her
//!   2016 campaign`, `Goldwater's failed 1964 bid`, `the 2008 season`),
//!   unless a counted plural, a unit or a level follows (`the 2000
//!   homes`, `a 1500 metre race`, `the 2000 mark`). A span of years
//!   written as one (`1961-62`, `2014-2015`, `2014/15`, `the 2019-20
//!   season`) is one range from January 1 of the first year to December
//!   31 of the last: a season or fiscal year named by two years covers
//!   both whole years, as nothing in the words says which months.
//!   `by 2040` after a figure (`cut emissions 40% by 2040`) is a target
//!   date, not a size (`2880 pixels by 1800`).
//! - **Centuries**: `the 19th century` is 1800–1899 (TimeML's value `18`,
//!   and Recognizers-Text's), as is `the 1800s` (`the 1990s` and `the
//!   2000s` stay decades); `early`/`mid`/`late` take 00–39, 40–69, 70–99.
//!   Decades in words need `nineteen` or a capital after `the` (`the
//!   Fifties`, `the late nineteen eighties`): `in the fifties` is as often
//!   an age or a temperature.
//! - **Parts**: `early` = days 1–10 (or January–April of a year), `mid` =
//!   11–20 (May–August), `late`/`end of` = 21st–last day (September–December).
//!   `the end of the year`, `year-end`, `year end`, `the year's end`,
//!   `end-2026` are the last third of the year named, the publication
//!   year when none is (in past-tense reporting too: never the next one);
//!   `later this year`, `later in the year` run from the publication date
//!   to December 31.
//!   Decades split 0–3 / 4–6 / 7–9. Seasons are meteorological, northern
//!   hemisphere; quarters are calendar quarters.
//! - **Roles**: `as of` → as_of; `effective`, `takes effect on`, `comes
//!   into force on` → effective; `by`, `until`, `through`, `no later than`,
//!   `deadline of`, `before` → deadline, except in a past-tense sentence
//!   (`By 1952 she was a star`), where they only bound an event, unless an
//!   infinitive of intent stands between the past verb and the date
//!   (`pledged to cut emissions 40% by 2040`, `had promised to deliver by
//!   the end of the year`) or follows it (`had until Friday to respond`);
//!   durations
//!   and any date in a sentence mentioning `deadline`/`ultimatum` → deadline;
//!   everything else → event.
//! - **Ranges** (`from June 2 to 10`, `between 2014 and 2018`, `2014-2018`,
//!   `Feb 28 to March 1`): first day of the first part to last day of the
//!   second; the second part counts forward from the first.
//! - **Tense** is read cheaply: the nearest marker within six tokens
//!   (`will`, `'ll`, `going to`, `would`, `expected`, … for the future;
//!   `was`, `said`, irregular past forms and `-ed` words for the past)
//!   decides; failing that, a future marker, `until` or `deadline` anywhere
//!   in the sentence makes it future.
//!
//! - **Clock times** go with the day they are written beside (`Tuesday at
//!   9 a.m.`, `9:45 a.m. on Wednesday`, `tomorrow from 2 to 4 pm`) and
//!   leave the span a day. A part of the day (`Monday night`, `this
//!   morning`) gives clock times as TimeML does (morning 08–12, afternoon
//!   12–16, evening 16–20, night 20–23:59:59) and puts a bare hour after it
//!   in that half of the day (`tonight at 8` is 20:00). A bare weekday with
//!   a clock time and no tense, or right after an infinitive (`to play
//!   Saturday`), is a fixture: the next one.
//! - **`the weekend`**: Saturday and Sunday of the weekend just gone in past
//!   tense, the next in future tense, else the nearer one.
//! - **`the following day`, `two days later`, `the day before`** count from
//!   the last single day found earlier in the same text; with none, they
//!   are not reported. `three days after Christmas` counts from the day
//!   named; `the week beginning 17 October` is that day's Monday-to-Sunday
//!   week; `Tuesday of last week` is the weekday in that week.
//! - Times of day with no day (`3 p.m.`, `from 5 to 7 pm`, `in the
//!   morning`) and recurring times (`every Monday`, `weekly`) are no dates
//!   (as in TimeML DATE): only [`find_all`] returns them.
//!
//! Without a publication date, relative and year-less expressions are still
//! found (so their text is kept) with no span; dates with a year resolve.
//! Speed: one pass cuts the text into tokens; only tokens that can begin a
//! date (month and weekday names, numbers, a few dozen keywords) are parsed
//! further, so ordinary prose costs little more than the scan.

/// Time zones written after a 24-hour clock time of four digits (`2045
/// GMT`, `0737 UTC`): such a figure is a time, neither a year nor a count.
/// Read by the date parser and by the number reader alike.
pub(crate) const CLOCK_ZONES: &[&str] = &[
    "gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt", "zulu", "cst", "cdt", "mst", "mdt",
    "hkt", "ist", "jst", "sgt", "msk", "cest", "eest", "aest", "aedt", "sast",
];

mod lex;
mod parse;
mod resolve;
#[cfg(test)]
mod tests;

use crate::model::{DateRole, DateSpan};
use chrono::{NaiveDate, NaiveTime, Timelike};
pub(super) use lex::word_key;
use lex::{Kind, Kw, Lex, Tok};
use parse::P;
use resolve::{Dir, Mode, Val};

/// A date expression found in text.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMatch {
    /// Byte offset where the expression starts (cue words like `by`,
    /// `as of`, `effective`, `within` included).
    pub start: usize,
    /// Byte offset just past the expression.
    pub end: usize,
    /// The resolved span, `None` when it cannot be resolved (no publication
    /// date, impossible date such as February 30).
    pub span: Option<DateSpan>,
    /// What the date stands for.
    pub role: DateRole,
    /// For durations that set a deadline ("within about fifty days"): the
    /// amount and unit (`day`, `week`, `month`, `year`).
    pub duration: Option<(f64, String)>,
    /// Hedged (`about fifty days`, `early September`).
    pub approx: bool,
    /// A clock time given with a single day (`July 2, 2013 at 7:37 a.m.`)
    /// or alone (`3 p.m.`), as written (no time zone); the start of a
    /// range of clock times.
    pub time: Option<NaiveTime>,
    /// The end of a range of clock times (`from 2 to 4 pm`, `Tuesday
    /// afternoon` = 12:00 to 16:00, `last night` = 20:00 to 23:59:59).
    pub time_end: Option<NaiveTime>,
    /// What the expression is; [`find_dates`] gives only
    /// [`DateKind::Date`].
    pub kind: DateKind,
}

/// What a [`DateMatch`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    /// A day or stretch of days (`span`), perhaps with clock times.
    Date,
    /// A time of day with no day of its own (`3 p.m.`, `10:30`, `from 5 to
    /// 7 pm`): `time` (and `time_end`) set, no span. From [`find_all`] only.
    Time,
    /// A bare length of time (`for 3 days`). From [`find_all`] only.
    Duration,
    /// A recurring time (`every Monday`, `weekly`): no span; `duration`
    /// holds the interval in seconds when there is one. From [`find_all`]
    /// only.
    Set,
}

/// Words before a day that belong to it.
#[derive(Debug, Clone, Copy)]
struct Lead {
    /// The day's first token.
    day: usize,
    /// The first token of the words before it.
    first: usize,
    /// A clock time or range (`9:45 a.m. on Wednesday`).
    time: Option<(NaiveTime, Option<NaiveTime>)>,
    /// A shift (`three days after`, `a week before`); with neither a time
    /// nor a shift, `the week beginning`.
    shift: Option<(i64, lex::Unit)>,
}

/// Tense of the words around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    /// A past marker within six tokens.
    Past,
    /// Only further off in the sentence: enough to doubt a deadline, not
    /// to move a year-less date back.
    PastFar,
    Future,
    Unknown,
}

impl Tense {
    fn is_past(self) -> bool {
        matches!(self, Tense::Past | Tense::PastFar)
    }
}

/// The clock times a part of the day covers, as Recognizers-Text and
/// TimeML read them (`MO`, `AF`, `EV`, `NI`).
fn part_of_day(k: Option<Kw>) -> Option<(NaiveTime, NaiveTime)> {
    let (a, b) = match k? {
        Kw::Morning => ((8, 0, 0), (12, 0, 0)),
        Kw::Afternoon => ((12, 0, 0), (16, 0, 0)),
        Kw::Evening => ((16, 0, 0), (20, 0, 0)),
        Kw::Night | Kw::Tonight => ((20, 0, 0), (23, 59, 59)),
        _ => return None,
    };
    Some((
        NaiveTime::from_hms_opt(a.0, a.1, a.2)?,
        NaiveTime::from_hms_opt(b.0, b.1, b.2)?,
    ))
}

/// A match with no day: a time of day, a recurring time or a duration.
fn dayless(start: usize, end: usize, kind: DateKind) -> DateMatch {
    DateMatch {
        start,
        end,
        span: None,
        role: DateRole::Event,
        duration: None,
        approx: false,
        time: None,
        time_end: None,
        kind,
    }
}

/// Tokens that can begin a clock time (`3`, `8am`, `noon`) or a
/// recurring time (`every`, `weekly`).
fn may_start_clock(p: &P, t: &Tok) -> bool {
    match t.kind {
        Kind::Num { len, .. } => len <= 2,
        Kind::Other => p
            .text
            .as_bytes()
            .get(t.start)
            .is_some_and(u8::is_ascii_digit),
        Kind::Word(
            Lex::Kw(Kw::Noon | Kw::Midnight | Kw::Every | Kw::Once) | Lex::Freq(_) | Lex::Weekdays,
        ) => true,
        _ => false,
    }
}

/// The day `amount` units (`day`, `week`, `month`, `year`, `hour`) after
/// `from`, as a duration that sets a deadline counts it; a fraction of a
/// unit is counted in days. `None` for an unknown unit or a date out of
/// range.
pub fn add_duration(from: NaiveDate, amount: f64, unit: &str) -> Option<NaiveDate> {
    let unit = match unit {
        "hour" => lex::Unit::Hour,
        "day" => lex::Unit::Day,
        "week" => lex::Unit::Week,
        "month" => lex::Unit::Month,
        "year" => lex::Unit::Year,
        _ => return None,
    };
    if !(0.0..=100_000.0).contains(&amount) {
        return None;
    }
    if amount.fract() == 0.0 {
        return resolve::shift(from, amount as i64, unit);
    }
    let per_day = match unit {
        lex::Unit::Hour => 1.0 / 24.0,
        lex::Unit::Day => 1.0,
        lex::Unit::Week => 7.0,
        lex::Unit::Month => 30.44,
        lex::Unit::Year => 365.25,
    };
    resolve::shift(from, (amount * per_day).round() as i64, lex::Unit::Day)
}

/// Finds every date expression in `text`, resolving relative and partial
/// dates against `published`: matches of kind [`DateKind::Date`] only (a
/// clock time with its day, `Tuesday at 9 a.m.`, is one).
pub fn find_dates(text: &str, published: Option<NaiveDate>) -> Vec<DateMatch> {
    scan(text, published, false, true)
}

/// [`find_dates`] plus what has no day of its own, all with no span and
/// role `event`: bare durations (`for 3 days`, `an hour and a half`;
/// [`DateKind::Duration`], `duration` the length in seconds as `(n,
/// "second")`, months of 30 days, years of 365), times of day (`3 p.m.`,
/// `from 5 to 7 pm`, `in the morning`; [`DateKind::Time`]) and recurring
/// times (`every Monday`, `weekly`; [`DateKind::Set`]). None of them dates
/// a claim, so the claim pipeline uses [`find_dates`]; this is for
/// evaluation and for callers that want them.
pub fn find_all(text: &str, published: Option<NaiveDate>) -> Vec<DateMatch> {
    scan(text, published, true, true)
}

/// Words that can open a bare duration besides numbers and `a`/`some`.
fn may_start_duration(p: &P, t: &Tok) -> bool {
    match t.kind {
        Kind::Other => p
            .text
            .as_bytes()
            .get(t.start)
            .is_some_and(u8::is_ascii_digit),
        Kind::Word(Lex::Kw(Kw::Some)) => true,
        Kind::Word(Lex::Other) => p.text.get(t.start..t.end).is_some_and(|w| {
            let w = w.to_ascii_lowercase();
            matches!(
                w.as_str(),
                "few"
                    | "several"
                    | "couple"
                    | "another"
                    | "half"
                    | "all"
                    | "full"
                    | "whole"
                    | "more"
                    | "less"
            )
        }),
        _ => false,
    }
}

/// The recogniser: `all` for [`find_all`]. `screen` lets it step over
/// tokens that begin nothing without parsing them; the tests turn it off to
/// check that doing so changes no answer.
fn scan(text: &str, published: Option<NaiveDate>, all: bool, screen: bool) -> Vec<DateMatch> {
    // A paragraph's tokens (about one in four bytes) were a large block
    // allocated and freed per paragraph, which cost more in the allocator
    // and in page faults than filling it: the block is kept per thread.
    let mut toks = TOKENS.take();
    lex::tokenize_into(text, &mut toks);
    let out = scan_tokens(&toks, text, published, all, screen);
    // Kept unless an outsized paragraph grew it (about 32 bytes a token).
    if toks.capacity() <= 1 << 16 {
        TOKENS.set(toks);
    }
    out
}

thread_local! {
    /// [`scan`]'s token buffer.
    static TOKENS: std::cell::Cell<Vec<Tok>> = const { std::cell::Cell::new(Vec::new()) };
}

fn scan_tokens(
    toks: &[Tok],
    text: &str,
    published: Option<NaiveDate>,
    all: bool,
    screen: bool,
) -> Vec<DateMatch> {
    let p = P { toks, text };
    let mut out = Vec::new();
    let mut i = 0;
    // Cue words may only be taken from tokens no earlier match used.
    let mut floor = 0;
    // What is written before a day and belongs to it: a clock time (`9:45
    // a.m. on Wednesday`) or a shift (`three days after Christmas`).
    let mut before_day: Option<Lead> = None;
    while i < toks.len() {
        // Most tokens can begin nothing (the tokeniser marked those that
        // can): step over them in one tight loop. `all` also looks for
        // durations, which begin with more.
        if screen && !all {
            match toks[i..].iter().position(|t| t.opens) {
                Some(k) => i += k,
                None => break,
            }
            // `the`, `a`, `in`, `within` before a word that cannot carry
            // a date on (most of them) begin nothing either: `P::keyword`
            // turns them away, and the shifts, `the week of` and `in the
            // morning` below all need such a word after them too.
            if matches!(toks[i].kw(), Some(Kw::The | Kw::A | Kw::In | Kw::Within))
                && !p.may_go_on(i + 1)
            {
                i += 1;
                continue;
            }
        }
        let start_ok = may_start(&toks[i]);
        // (Numbers start both; other tokens are screened only when needed.)
        let clock_ok = matches!(toks[i].kind, Kind::Num { len: 1 | 2, .. })
            || (!start_ok && may_start_clock(&p, &toks[i]));
        if !(start_ok || clock_ok || (all && may_start_duration(&p, &toks[i]))) {
            i += 1;
            continue;
        }
        let mut core = start_ok.then(|| p.core(i)).flatten();
        // `by year-end`, `by the year's end`: the expression begins before
        // `end`, on a word that begins nothing else.
        if core.is_none() && toks[i].is_kw(Kw::End) {
            if let Some((first, c)) = p.period_end_before(i, floor) {
                i = first;
                core = Some(c);
            }
        }
        let Some(mut core) = core else {
            // `in the morning`: a part of some day not named.
            if toks[i].is_kw(Kw::In) && toks.get(i + 1).is_some_and(|t| t.is_kw(Kw::The)) {
                if let Some((a, b)) = toks.get(i + 2).and_then(|t| part_of_day(t.kw())) {
                    let mut m = dayless(toks[i].start, toks[i + 2].end, DateKind::Time);
                    m.time = Some(a);
                    m.time_end = Some(b);
                    if all {
                        out.push(m);
                    }
                    i += 3;
                    floor = i;
                    continue;
                }
            }
            // `three days after Christmas`, `a week before June 1`, `the
            // week beginning 17 October`
            let shift = p.shift_before_date(i).map(|(n, u, j)| (Some((n, u)), j));
            if let Some((shift, j)) = shift.or_else(|| p.week_of(i).map(|j| (None, j))) {
                let day = p.core(j).is_some_and(|c| {
                    matches!(
                        c.val,
                        Val::Ymd { d2: None, .. }
                            | Val::RelDay(_)
                            | Val::Weekday { .. }
                            | Val::Holiday { .. }
                    )
                });
                if day {
                    before_day = Some(Lead {
                        day: j,
                        first: i,
                        time: None,
                        shift,
                    });
                    i = j;
                    floor = j;
                    continue;
                }
            }
            if let Some((every, end)) = clock_ok.then(|| p.recurring(i)).flatten() {
                let mut m = dayless(toks[i].start, toks[end - 1].end, DateKind::Set);
                m.duration = every.map(|n| (n, "second".to_string()));
                // (Consumed either way: `every Monday` is no Monday.)
                if all {
                    out.push(m);
                }
                i = end;
                floor = end;
                continue;
            }
            if let Some((first, t, t2, next)) = clock_ok.then(|| p.clock_expr(i, floor)).flatten() {
                // `9:45 a.m. on Wednesday`, `3:00 to 4:00 tomorrow`
                let j = if p.toks.get(next).is_some_and(|t| t.is_kw(Kw::On)) {
                    next + 1
                } else {
                    next
                };
                let day_follows = p.core(j).is_some_and(|c| {
                    matches!(
                        c.val,
                        Val::Ymd { d2: None, .. } | Val::RelDay(_) | Val::Weekday { .. }
                    )
                });
                if day_follows {
                    before_day = Some(Lead {
                        day: j,
                        first,
                        time: Some((t, t2)),
                        shift: None,
                    });
                    i = j;
                    floor = j;
                    continue;
                }
                let mut m = dayless(toks[first].start, toks[next - 1].end, DateKind::Time);
                m.time = Some(t);
                m.time_end = t2;
                if all {
                    out.push(m);
                }
                i = next;
                floor = next;
                continue;
            }
            if let Some((n, unit, end)) = all.then(|| p.duration(i)).flatten() {
                let mut m = dayless(toks[i].start, toks[end - 1].end, DateKind::Duration);
                m.duration = Some((n, unit.to_string()));
                out.push(m);
                i = end;
                floor = end;
                continue;
            }
            i += 1;
            continue;
        };
        let lead = before_day.take().filter(|b| b.day == i);
        let time_first = lead.and_then(|l| l.time);
        // `the following day`: from the last single day found before it;
        // with none, nothing is said about which day.
        let anchor = match core.val {
            Val::Anchored(n) => {
                let last = out
                    .iter()
                    .rev()
                    .filter(|m| m.kind == DateKind::Date)
                    .find_map(|m| m.span.filter(|s| s.start == s.end));
                match last {
                    Some(s) => Some(s.start.checked_add_signed(chrono::Duration::days(n))),
                    None => {
                        i += 1;
                        continue;
                    }
                }
            }
            _ => None,
        };
        let (sent_lo, sent_hi) = sentence(toks, i, core.end);
        let mut tense = tense(toks, i, core.end, sent_lo, sent_hi);
        // `advances to play Saturday`, `kicks off at 3:30 p.m. Saturday`: a
        // weekday right after an infinitive, or with a clock time and no
        // tense, is a fixture.
        if matches!(core.val, Val::Weekday { .. })
            && ((tense != Tense::Past && infinitive_before(&p, i, sent_lo))
                || (tense == Tense::Unknown
                    && (time_first.is_some() || p.time_after(core.end, None).is_some())))
        {
            tense = Tense::Future;
        }
        // `killed 30 people in 10 days`: a stretch of time, not a deadline.
        // (`has 50 days to`, `a 50-day deadline` set one whatever the tense.)
        if matches!(core.val, Val::Forward { .. })
            && matches!(toks[i].kw(), Some(Kw::In | Kw::Within))
            && stretch(&p, i, core.end, sent_lo, tense)
        {
            i += 1;
            continue;
        }
        // `from June 2 to June 10`, `between 2014 and 2018`, `Monday-Friday`.
        let range = range_tail(&p, i, floor, &core);
        let (cue_start, cue) = match range {
            // `take effect in about 30 days`. (Other dates after a bare
            // `take effect`, e.g. `later this month`, stay as they were:
            // claims pinned by the snapshots depend on them.)
            None if matches!(core.val, Val::Forward { .. })
                && i >= floor + 2
                && matches!(toks[i - 2].kw(), Some(Kw::Takes | Kw::Took))
                && toks[i - 1].is_kw(Kw::Effect) =>
            {
                (i - 2, Cue::Role(DateRole::Effective))
            }
            Some((_, _, true)) => (i - 1, Cue::None),
            Some(_) => (i, Cue::None),
            // `by this year's box office`: a possessive date is a modifier,
            // and the word before it belongs to something else.
            None if possessive(&p, core.end) => (i, Cue::None),
            None => cue(
                &p,
                i,
                floor,
                tense,
                // (`until last December` fixes its own year: no exception.)
                (core.dir.is_none()
                    && matches!(core.val, Val::Ymd { y: None, .. } | Val::Ym { y: None, .. }))
                    // `pledged to cut emissions 40% by 2040`, `had until
                    // Friday to respond`: a target, whatever the tense.
                    || aims(&p, i, sent_lo)
                    || infinitive_after(&p, core.end),
            ),
        };
        // `until Friday`, `postponed to Monday`: ahead whatever the tense;
        // a day something is put off to lies after the publication date.
        let ahead = forward_cue(&p, i, floor);
        if ahead == Some(true) {
            if let Val::Weekday {
                w,
                mode: Mode::Bare,
            } = core.val
            {
                core.val = Val::Weekday {
                    w,
                    mode: Mode::Next,
                };
            }
        }
        // "a deadline that falls in mid-October", "an early September
        // deadline": the word must stand close to the date. A weekday before
        // the word is usually when the deadline was set ("on Tuesday cut the
        // deadline"), so for weekdays only a word before counts ("the
        // ultimatum expires on Friday").
        let weekday = matches!(core.val, Val::Weekday { .. } | Val::Overnight);
        let near_lo = i.saturating_sub(8).max(sent_lo);
        let near_hi = if weekday {
            i
        } else {
            (core.end + 3).min(sent_hi)
        };
        // "The ultimatum, delivered on Monday", "issued August 4": a
        // participle right before the date says when something was done,
        // not when it falls due.
        let done_on = cue_start == i && done_on(&p, i, sent_lo);
        let mentions_deadline = !done_on
            && toks[near_lo..near_hi.max(near_lo)]
                .iter()
                .any(|t| t.is_kw(Kw::Deadline) || t.is_kw(Kw::Ultimatum));
        let role = match cue {
            Cue::Role(r) => r,
            Cue::Since => DateRole::Event,
            Cue::None if core.deadline || mentions_deadline => DateRole::Deadline,
            Cue::None => DateRole::Event,
        };
        let dir = if let Some(d) = core.dir {
            d
        } else if ahead.is_some() {
            Dir::Forward
        } else if cue == Cue::Since {
            // `since` looks back by definition.
            Dir::Backward
        } else if done_on && role == DateRole::Event {
            // `said on Monday it would`, `signed July 30`: when it was done.
            Dir::Backward
        } else if matches!(role, DateRole::Deadline | DateRole::Effective) || tense == Tense::Future
        {
            Dir::Forward
        } else if tense == Tense::Past && starts_then(&p, i, sent_lo) {
            // `deliveries starting in late August were agreed`: the date is
            // when something begins, not when the verb happened.
            Dir::Nearest
        } else if tense == Tense::Past || matches!(core.val, Val::Weekday { .. } | Val::Overnight) {
            // A past-tense verb right by the date (`was arrested Jan. 6`)
            // puts it on or before publication, as in SUTime.
            Dir::Backward
        } else {
            Dir::Nearest
        };
        let mut end_tok = core.end;
        let mut span;
        let mut time = None;
        let mut time_end = None;
        if let Some((second, _, _)) = range {
            end_tok = second.end;
            let (a, b) = resolve::inherit_year(core.val, second.val);
            let sa = resolve::resolve(a, published, dir);
            // The second half counts on from the first (`Monday to Friday`,
            // `from November to March`).
            let sb = match sa {
                Some(x) => resolve::resolve(b, Some(x.start), Dir::Forward),
                None => resolve::resolve(b, published, dir),
            };
            span = match (sa, sb) {
                (Some(x), Some(y)) if y.end >= x.start => Some(DateSpan {
                    start: x.start,
                    end: y.end,
                }),
                _ => None,
            };
        } else {
            // `July 2, 2013 at 7:37 a.m.`, `tomorrow 8:00am`, `Monday night`
            if let Some((t, t2)) = time_first {
                time = Some(t);
                time_end = t2;
            } else if matches!(
                core.val,
                Val::Ymd { d2: None, .. } | Val::RelDay(_) | Val::Weekday { .. }
            ) {
                let mut part = part_of_day(toks[end_tok - 1].kw());
                if part.is_none() && matches!(core.val, Val::RelDay(_) | Val::Weekday { .. }) {
                    // `Monday night`, `tomorrow evening`, `Tuesday in the morning`
                    let k = if p.toks.get(end_tok).is_some_and(|t| t.is_kw(Kw::In))
                        && p.toks.get(end_tok + 1).is_some_and(|t| t.is_kw(Kw::The))
                    {
                        end_tok + 2
                    } else {
                        end_tok
                    };
                    part = part_of_day(toks.get(k).and_then(Tok::kw))
                        .filter(|_| !toks[k].is_kw(Kw::Tonight));
                    if part.is_some() {
                        end_tok = k + 1;
                    }
                }
                if let Some((a, b)) = part {
                    time = Some(a);
                    time_end = Some(b);
                }
                let half = part.map(|(a, _)| a.hour() >= 12);
                if let Some((t, t2, e)) = p.time_after(end_tok, half) {
                    time = Some(t);
                    time_end = t2;
                    end_tok = e;
                }
            }
            span = match anchor {
                Some(day) => day.map(DateSpan::day),
                None => resolve::resolve(core.val, published, dir),
            };
            // `Wednesday, Jan. 5`: the weekday tells the year.
            if let (Kind::Word(Lex::Weekday(w) | Lex::WeekdayAbbr(w)), Some(pd)) =
                (toks[i].kind, published)
            {
                if let Val::Ymd {
                    y: None,
                    m,
                    d,
                    d2: None,
                } = core.val
                {
                    span = resolve::with_weekday(m, d, w, pd, dir).or(span);
                }
            }
        }
        if cue == Cue::Since {
            if let (Some(s), Some(pd)) = (span.as_mut(), published) {
                if pd >= s.start {
                    s.end = s.end.max(pd);
                }
            }
        }
        let duration = match core.val {
            Val::Forward { n, unit } => Some((n as f64, unit.name().to_string())),
            _ => None,
        };
        match lead {
            Some(Lead {
                shift: Some((n, unit)),
                ..
            }) => {
                span = span
                    .filter(|s| s.start == s.end)
                    .and_then(|s| resolve::shift(s.start, n, unit))
                    .map(DateSpan::day);
            }
            // `the week beginning 17 October`: that day's week.
            Some(Lead {
                time: None,
                shift: None,
                ..
            }) => span = span.and_then(|s| resolve::week_of(s.start)),
            _ => {}
        }
        let start = match lead {
            Some(l) => toks[l.first].start,
            None => toks[cue_start].start,
        };
        out.push(DateMatch {
            start,
            end: toks[end_tok - 1].end,
            span,
            role,
            duration,
            approx: core.approx,
            time,
            time_end,
            kind: DateKind::Date,
        });
        i = end_tok;
        floor = end_tok;
    }
    out
}

/// `in`/`within N units` that measures a stretch rather than setting a
/// deadline: `killed 30 people in 10 days` (past tense, `in`), `the third
/// attack in two days` (an ordinal before), `within a week of the vote`,
/// `was revoked within an hour`, `Within five years, half had left`.
fn stretch(p: &P, i: usize, end: usize, sent_lo: usize, tense: Tense) -> bool {
    let toks = p.toks;
    let within = toks[i].is_kw(Kw::Within);
    if !within && tense.is_past() {
        return true;
    }
    if toks
        .get(end)
        .is_some_and(|t| matches!(t.kw(), Some(Kw::Of | Kw::After | Kw::Before)))
    {
        return true;
    }
    let word = |k: usize| p.text.get(toks[k].start..toks[k].end).unwrap_or("");
    // An ordinal shortly before: `the fourth time in two months` (but not
    // `the first trucks would be sent within six weeks`).
    let lo = i.saturating_sub(4).max(sent_lo);
    if tense != Tense::Future
        && (lo..i).any(|k| {
            matches!(toks[k].lex(), Lex::OrdWord(_)) || matches!(word(k), "time" | "times")
        })
    {
        return true;
    }
    if within && tense.is_past() {
        // `Within five years, …` opening a past-tense sentence.
        if i == sent_lo {
            return true;
        }
        // `was revoked within an hour` (but `must be sent within`).
        if i >= sent_lo + 2
            && matches!(toks[i - 1].lex(), Lex::PastVerb)
            && matches!(word(i - 2), "was" | "were")
        {
            return true;
        }
    }
    false
}

/// A word right before token `i` that puts the date ahead whatever the
/// tense: `until` and `through` (`Some(false)`: on or after the publication
/// date), or a verb of putting off before `to`, `until` or `for`
/// (`postponed to`, `pushed back to`, `moved to`, `rescheduled for`;
/// `Some(true)`: after it, as nobody puts a thing off to the same day).
fn forward_cue(p: &P, i: usize, floor: usize) -> Option<bool> {
    let toks = p.toks;
    if i < floor + 1 {
        return None;
    }
    let prep = toks[i - 1];
    let open = matches!(prep.kw(), Some(Kw::Until | Kw::Through));
    if !(open || prep.is_kw(Kw::To) || p.is_word(i - 1, "for")) {
        return None;
    }
    let mut k = i - 1;
    if k > floor
        && ["back", "off", "forward", "up", "over"]
            .iter()
            .any(|w| p.is_word(k - 1, w))
    {
        k -= 1;
    }
    let put_off = k > floor
        && PUT_OFF_VERBS.iter().any(|v| p.is_word(k - 1, v))
        && (!p.is_word(i - 1, "for") || p.word(k - 1).to_ascii_lowercase().starts_with("resched"));
    if put_off {
        Some(true)
    } else if open {
        Some(false)
    } else {
        None
    }
}

/// Verbs that put a thing off to a later day (`postponed to Monday`).
const PUT_OFF_VERBS: &[&str] = &[
    "postponed",
    "postpone",
    "postpones",
    "postponing",
    "delayed",
    "delay",
    "delays",
    "moved",
    "move",
    "moves",
    "pushed",
    "push",
    "pushes",
    "deferred",
    "defer",
    "adjourned",
    "adjourn",
    "rescheduled",
    "reschedule",
    "put",
    "puts",
    "extended",
    "extend",
    "extends",
    "shifted",
    "bumped",
    "suspended",
];

/// An infinitive of intent between the nearest past-tense marker before
/// token `i` and `i` (`pledged to cut emissions 40% by 2040`, `had
/// promised to deliver by the end of the year`, `was to close by
/// year-end`): the date is a target, not when something was done (`was
/// able to restore some services by Saturday` stays past).
fn aims(p: &P, i: usize, sent_lo: usize) -> bool {
    let toks = p.toks;
    let lo = i.saturating_sub(12).max(sent_lo);
    for k in (lo..i).rev() {
        if k + 1 < i
            && k > sent_lo
            && toks[k].is_kw(Kw::To)
            && verb_at(p, k + 1)
            && INTENT.iter().any(|w| p.is_word(k - 1, w))
        {
            return true;
        }
        if marker(toks, k) == Some(Tense::Past) {
            return false;
        }
    }
    false
}

/// Words before `to` and a verb that make it a target (`pledged to cut`,
/// `was to close`, `had to finish`).
const INTENT: &[&str] = &[
    "pledged",
    "pledge",
    "pledges",
    "promised",
    "promise",
    "promises",
    "vowed",
    "vow",
    "vows",
    "planned",
    "plan",
    "plans",
    "aimed",
    "aim",
    "aims",
    "agreed",
    "agree",
    "agrees",
    "hoped",
    "hope",
    "hopes",
    "sought",
    "seek",
    "seeks",
    "wanted",
    "want",
    "wants",
    "intended",
    "intends",
    "committed",
    "targeted",
    "expected",
    "expects",
    "set",
    "scheduled",
    "due",
    "ready",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "needs",
    "needed",
    "ordered",
    "told",
    "asked",
    "urged",
    "called",
    "decided",
    "going",
];

/// `to` and a verb right after the date ending before token `end` (`had
/// until Friday to respond`).
fn infinitive_after(p: &P, end: usize) -> bool {
    p.toks.get(end).is_some_and(|t| t.is_kw(Kw::To)) && verb_at(p, end + 1)
}

/// Token `k` may be a verb in the base form: a lower-case word the date
/// grammar does not know, and no function word (`to its lowest`).
fn verb_at(p: &P, k: usize) -> bool {
    p.toks.get(k).is_some_and(|t| {
        !t.cap
            && (t.is_kw(Kw::Be)
                || (t.kind == Kind::Word(Lex::Other) && !parse::is_function_word(p.word(k))))
    })
}

/// `to play` (an `on` between allowed) right before token `i`.
fn infinitive_before(p: &P, i: usize, sent_lo: usize) -> bool {
    let toks = p.toks;
    let k = if i > sent_lo && toks[i - 1].is_kw(Kw::On) {
        i - 1
    } else {
        i
    };
    k >= sent_lo + 2
        && toks[k - 2].is_kw(Kw::To)
        && toks[k - 1].kind == Kind::Word(Lex::Other)
        && !toks[k - 1].cap
}

/// A beginning right before token `i` (`starting in`, `beginning on`,
/// `resuming from`).
fn starts_then(p: &P, i: usize, sent_lo: usize) -> bool {
    let toks = p.toks;
    let mut k = i;
    if k > sent_lo && matches!(toks[k - 1].kw(), Some(Kw::In | Kw::On | Kw::From | Kw::At)) {
        k -= 1;
    }
    k > sent_lo
        && p.text
            .get(toks[k - 1].start..toks[k - 1].end)
            .is_some_and(|w| {
                let w = w.to_ascii_lowercase();
                matches!(
                    w.as_str(),
                    "starting"
                        | "beginning"
                        | "starts"
                        | "begins"
                        | "resuming"
                        | "resumes"
                        | "opening"
                )
            })
}

/// A participle or past form right before token `i` (an `on` between
/// allowed): `delivered on Monday`, `set on August 4`, `issued Friday`.
fn done_on(p: &P, i: usize, sent_lo: usize) -> bool {
    let toks = p.toks;
    let mut k = i;
    if k > sent_lo && toks[k - 1].is_kw(Kw::On) {
        k -= 1;
    }
    // `handed over on Monday`
    if k > sent_lo + 1
        && p.text
            .get(toks[k - 1].start..toks[k - 1].end)
            .is_some_and(|w| matches!(w, "over" | "out" | "down" | "up" | "back"))
    {
        k -= 1;
    }
    if k <= sent_lo {
        return false;
    }
    // `will be delivered on Monday`, `to be signed on Friday`, `is to be
    // formally sentenced May 3`: planned.
    if k >= sent_lo + 2 && toks[k - 2].is_kw(Kw::Be) {
        return false;
    }
    if k >= sent_lo + 3
        && toks[k - 3].is_kw(Kw::Be)
        && toks[k - 2].kind == Kind::Word(Lex::Other)
        && !toks[k - 2].cap
    {
        return false;
    }
    let t = &toks[k - 1];
    let Some(w) = p.text.get(t.start..t.end) else {
        return false;
    };
    match t.lex() {
        // `held on`, `sent on`; but `the deadline was Monday` is still one.
        Lex::Kw(Kw::PastAux) => return !matches!(w, "was" | "were" | "had" | "did"),
        // `scheduled on`, `expected on` look ahead.
        Lex::Kw(_) => return false,
        _ => {}
    }
    (w.len() > 3 && w.ends_with("ed") && !t.cap)
        || matches!(
            w,
            "set"
                | "given"
                | "sent"
                | "made"
                | "laid"
                | "put"
                | "handed"
                | "said"
                | "told"
                | "announced"
                | "issued"
                | "imposed"
                | "signed"
                | "agreed"
        )
}

/// A cheap screen: only tokens that can begin a date expression are parsed.
fn may_start(t: &Tok) -> bool {
    match t.kind {
        Kind::Num { .. } | Kind::Ord(_) | Kind::Decade(_) => true,
        Kind::Word(l) => lex::word_starts_date(l),
        _ => false,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    None,
    Since,
    Role(DateRole),
}

/// The second half of a date range after `core` (which starts at `i`):
/// returns it, the connector's index, and whether a `from`/`between` opens
/// the range (and so belongs to it).
fn range_tail(
    p: &P,
    i: usize,
    floor: usize,
    core: &parse::Core,
) -> Option<(parse::Core, usize, bool)> {
    if !matches!(
        core.val,
        Val::Ymd { .. }
            | Val::Ym { .. }
            | Val::Y { .. }
            | Val::Weekday { .. }
            | Val::Quarter { .. }
    ) {
        return None;
    }
    let toks = p.toks;
    let c = core.end;
    let opener = i > floor && matches!(toks[i - 1].kw(), Some(Kw::From | Kw::Between));
    let between = opener && toks[i - 1].is_kw(Kw::Between);
    let conn = toks.get(c)?;
    let ok = if between {
        conn.is_kw(Kw::And)
    } else {
        matches!(conn.kw(), Some(Kw::To | Kw::Until | Kw::Through))
            || matches!(conn.kind, Kind::Punct(b'-' | b'~'))
            || (conn.other_dash(p.text))
    };
    // A bare `to`/`-` between two dates only makes a range after `from`,
    // or when both sides are the same kind of thing (`2014-2018`).
    if !ok {
        return None;
    }
    let second = p.range_end(c + 1, core.val)?;
    // Without `from`, `to` joins only two explicit calendar dates
    // (`Feb 28 to March 1`), never years or weekdays.
    let explicit = matches!(
        (core.val, second.val),
        (Val::Ymd { .. }, Val::Ymd { .. }) | (Val::Ym { .. }, Val::Ym { .. })
    );
    if !opener
        && !conn.is_punct(b'-')
        && !conn.other_dash(p.text)
        && !conn.is_kw(Kw::Through)
        && !explicit
    {
        return None;
    }
    Some((second, c, opener))
}

/// Token `k` starts a glued `'s` / `’s`.
fn possessive(p: &P, k: usize) -> bool {
    let toks = p.toks;
    let (Some(a), Some(b)) = (toks.get(k), toks.get(k + 1)) else {
        return false;
    };
    k > 0
        && toks[k - 1].end == a.start
        && a.end == b.start
        && matches!(p.text.get(a.start..a.end), Some("'" | "\u{2019}"))
        && p.text
            .get(b.start..b.end)
            .is_some_and(|w| w.eq_ignore_ascii_case("s"))
}

/// Looks for a cue phrase ending just before token `i`; returns the token
/// where the whole expression starts and the cue found.
fn cue(p: &P, i: usize, floor: usize, tense: Tense, yearless_day: bool) -> (usize, Cue) {
    let kw = |k: usize| -> Option<Kw> {
        if k < floor || k >= i {
            None
        } else {
            p.toks[k].kw()
        }
    };
    let back = |n: usize| i.checked_sub(n).filter(|&k| k >= floor);
    let Some(a) = back(1) else {
        return (i, Cue::None);
    };
    let k1 = kw(a);
    let k2 = back(2).and_then(kw);
    let k3 = back(3).and_then(kw);
    match (k3, k2, k1) {
        (_, Some(Kw::As), Some(Kw::Of)) => return (i - 2, Cue::Role(DateRole::AsOf)),
        (Some(Kw::No), Some(Kw::Later), Some(Kw::Than)) => {
            return (i - 3, Cue::Role(DateRole::Deadline))
        }
        (_, Some(Kw::Deadline), Some(Kw::Of | Kw::On | Kw::Until | Kw::By)) => {
            return (i - 2, Cue::Role(DateRole::Deadline))
        }
        (Some(Kw::Takes | Kw::Took), Some(Kw::Effect), Some(Kw::On | Kw::From)) => {
            return (i - 3, Cue::Role(DateRole::Effective))
        }
        (Some(Kw::Into), Some(Kw::Force), Some(Kw::On | Kw::From))
            if matches!(back(4).and_then(kw), Some(Kw::Takes | Kw::Took)) =>
        {
            return (i - 4, Cue::Role(DateRole::Effective))
        }
        (_, Some(Kw::Effective), Some(Kw::On | Kw::From | Kw::As)) => {
            return (i - 2, Cue::Role(DateRole::Effective))
        }
        _ => {}
    }
    match k1 {
        Some(Kw::Since) => (a, Cue::Since),
        Some(Kw::Effective) => (a, Cue::Role(DateRole::Effective)),
        // `By 1952, she was a star`: in past-tense narrative these only
        // bound an event. A year-less day stays a deadline even there, as
        // reported speech states them ("saying Moscow now had 10 days, by
        // August 8").
        Some(Kw::By | Kw::Until | Kw::Through) if tense.is_past() && !yearless_day => {
            (a, Cue::Role(DateRole::Event))
        }
        Some(Kw::By | Kw::Until | Kw::Through) => (a, Cue::Role(DateRole::Deadline)),
        Some(Kw::Deadline) => (a, Cue::Role(DateRole::Deadline)),
        Some(Kw::Before) if !tense.is_past() => (a, Cue::Role(DateRole::Deadline)),
        _ => (i, Cue::None),
    }
}

/// Token bounds of the sentence around `lo..hi`, looking at most 60
/// tokens each way (enough for news sentences, and bounded for speed).
fn sentence(toks: &[Tok], lo: usize, hi: usize) -> (usize, usize) {
    let is_end = |k: usize| -> bool {
        match toks[k].kind {
            Kind::Punct(b'\n' | b'!' | b'?') => true,
            // `Sept. 17` and `9 a.m. on` do not end a sentence.
            Kind::Punct(b'.') => {
                !(k > 0
                    && (matches!(toks[k - 1].kind, Kind::Word(Lex::Month { abbr: true, .. }))
                        || (k > 1
                            && toks[k - 2].is_punct(b'.')
                            && toks[k - 2].end == toks[k - 1].start
                            && toks[k - 1].end == toks[k].start
                            && toks[k - 1].end - toks[k - 1].start == 1
                            && matches!(toks[k - 1].kind, Kind::Word(_)))
                        || (toks[k - 1].end - toks[k - 1].start == 1
                            && matches!(toks[k - 1].kind, Kind::Word(_))
                            && toks
                                .get(k + 1)
                                .is_some_and(|t| t.start == toks[k].end && t.end - t.start == 1))))
            }
            _ => false,
        }
    };
    let mut s = lo;
    while s > 0 && lo - s < 60 && !is_end(s - 1) {
        s -= 1;
    }
    let mut e = hi;
    while e < toks.len() && e - hi < 60 && !is_end(e) {
        e += 1;
    }
    (s, e)
}

fn marker(toks: &[Tok], k: usize) -> Option<Tense> {
    match toks[k].lex() {
        // `Will Artino`: a capitalised `Will` inside a sentence is a name.
        Lex::Kw(Kw::Will)
            if toks[k].cap
                && k > 0
                && !matches!(
                    toks[k - 1].kind,
                    Kind::Punct(b'.' | b'\n' | b'"' | b'!' | b'?')
                ) =>
        {
            None
        }
        // `announced plans Tuesday to …`: `plans` is a noun unless `to`
        // follows.
        Lex::Kw(Kw::Scheduled)
            if !toks.get(k + 1).is_some_and(|t| t.is_kw(Kw::To))
                && matches!(toks[k].end - toks[k].start, 4 | 5) =>
        {
            None
        }
        // `due to` gives a cause far more often than a schedule.
        Lex::Kw(Kw::Due) if toks.get(k + 1).is_some_and(|t| t.is_kw(Kw::To)) => None,
        Lex::Kw(
            Kw::Will
            | Kw::Shall
            | Kw::Would
            | Kw::Upcoming
            | Kw::Scheduled
            | Kw::Expected
            | Kw::Due,
        ) => Some(Tense::Future),
        Lex::Kw(Kw::Ll) if k > 0 && toks[k - 1].end == toks[k].start => Some(Tense::Future),
        Lex::Kw(Kw::Going) if toks.get(k + 1).is_some_and(|t| t.is_kw(Kw::To)) => {
            Some(Tense::Future)
        }
        // `will be delivered`, `to be signed`, `is to be formally
        // sentenced`: the participle is passive (one word, an adverb, may
        // stand between).
        Lex::PastVerb | Lex::Kw(Kw::PastAux)
            if k > 0
                && (toks[k - 1].is_kw(Kw::Be)
                    || (k > 1
                        && toks[k - 2].is_kw(Kw::Be)
                        && toks[k - 1].kind == Kind::Word(Lex::Other)
                        && !toks[k - 1].cap)) =>
        {
            None
        }
        Lex::Kw(Kw::PastAux | Kw::Took) | Lex::PastVerb => Some(Tense::Past),
        _ => None,
    }
}

/// Tense near `lo..hi`: the nearest marker within six tokens decides;
/// failing that, any future marker (or `until`/`deadline`) in the sentence.
fn tense(toks: &[Tok], lo: usize, hi: usize, s: usize, e: usize) -> Tense {
    for d in 1..=6 {
        if lo >= s + d {
            if let Some(t) = marker(toks, lo - d) {
                return t;
            }
        }
        if hi + d - 1 < e {
            if let Some(t) = marker(toks, hi + d - 1) {
                return t;
            }
        }
    }
    let mut past = false;
    for k in s..e {
        match marker(toks, k) {
            Some(Tense::Future) => return Tense::Future,
            Some(Tense::Past) => past = true,
            _ => {}
        }
        if toks[k].is_kw(Kw::Until) || toks[k].is_kw(Kw::Deadline) || toks[k].is_kw(Kw::Ultimatum) {
            return Tense::Future;
        }
    }
    if past {
        Tense::PastFar
    } else {
        Tense::Unknown
    }
}
