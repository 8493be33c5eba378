//! The full match: a quantity with its bound and hedge words, range,
//! counted noun and form.

use super::*;

impl Scan<'_> {
    // ------------------------------------------------------------------ match

    /// Full match at the digit or number word at `p`.
    pub(super) fn at(&self, p: usize) -> Option<NumberMatch> {
        let q = self.qty(p)?;
        let mut start = q.s;
        let mut end = q.e;
        let qs = q.s;
        let mut qe = q.e;
        let num = (q.core.s, q.ne);
        let core = &q.core;
        let mut low = Some(q.val);
        let mut high = Some(q.val);
        let mut approx = core.kind == CoreKind::Vague;
        let mut unit = q.unit.clone();
        let mut noun = None;
        let mut strict = false;
        let mut form = match core.kind {
            CoreKind::Ord => NumberForm::Ordinal,
            _ => NumberForm::Cardinal,
        };
        if core.kind == CoreKind::Vague {
            high = None;
        }
        let mk = |start, end, low, high, approx, unit, noun, form, strict, quantity| NumberMatch {
            start,
            end,
            low,
            high,
            approx,
            unit,
            noun,
            form,
            strict,
            joined: None,
            quantity,
            number: num,
        };
        // An id, a score, a version: matched so its digits are not read as
        // counts, but carrying no value.
        let other = |start, end, quantity| {
            mk(
                start,
                end,
                None,
                None,
                false,
                None,
                None,
                NumberForm::Other,
                false,
                quantity,
            )
        };
        if let Some(f) = core.form {
            let (lo, hi) = if q.val.is_finite() {
                (Some(q.val), Some(q.val))
            } else {
                (None, None)
            };
            return Some(mk(
                start,
                end,
                lo,
                hi,
                false,
                None,
                None,
                f,
                false,
                (qs, qe),
            ));
        }
        let prevw = self.w(self.prev(start));
        // A height's inches after its feet (`7-foot-2`, `six-foot-five`).
        let inches = |v: f64| {
            let inch = Some("inch".to_string());
            mk(
                start,
                end,
                Some(v),
                Some(v),
                false,
                inch,
                None,
                NumberForm::Cardinal,
                false,
                (qs, qe),
            )
        };
        if core.digits {
            // Dates and phone numbers written as hyphen chains
            // (`2024-06-17`, `202-555-0143`), and the tail of a chain
            // that did not make a range (`3-2`).
            let chain = self.id_chain(end);
            // `COVID-19`, `F-16`, `Su-25`: model and strain names; not the
            // second side of a dimension (`480-by-360`).
            let side = core.s >= 5
                && self.b[core.s - 4..core.s].eq_ignore_ascii_case(b"-by-")
                && self.digit(core.s - 5);
            let tail = core.s >= 2
                && !side
                && !self.made_attempted_second(core.s)
                && matches!(self.byte(core.s - 1), b'-' | b'/' | b':' | b'.')
                && (self.digit(core.s - 2)
                    || (self.byte(core.s - 1) == b'-'
                        && self.byte(core.s - 2).is_ascii_alphabetic()
                        && !(core.s >= 10 && self.starts(core.s - 10, "magnitude"))));
            // A height `7-foot-2`, `5-feet-11`: the inches after the feet.
            if tail
                && chain.is_none()
                && core.plain.is_some()
                && q.val < 12.0
                && self.after_feet(core.s)
            {
                return Some(inches(q.val));
            }
            if chain.is_some() || tail {
                let e = chain.unwrap_or(end);
                return Some(other(start, e, (qs, e)));
            }
            if let Some(e) = self.local_phone(&q) {
                return Some(other(start, e, (qs, e)));
            }
        }
        // Records, stat lines, spaced dates, blocks: see `notation.rs`.
        if let Some(e) = self.notation_end(&q, &prevw) {
            return Some(other(start, e, (qs, e)));
        }
        // Non-counts first: list markers, ages, days of the month, years.
        if let Some(f) = self.special_form(&q, &prevw) {
            let mut e = end;
            if f == NumberForm::Year {
                e = self.year_range(end).unwrap_or(end);
            }
            if f == NumberForm::Other {
                e = self.id_chain(end).unwrap_or(end);
                // A phone number in spaced groups after a leading zero.
                if self.byte(core.s) == b'0' {
                    while self.byte(e) == b' '
                        && self.run(e + 1) >= 3
                        && self.boundary(e + 1 + self.run(e + 1))
                    {
                        e += 1 + self.run(e + 1);
                    }
                }
            }
            let mut age_unit = None;
            if f == NumberForm::Age {
                if let Some((tail_end, unit)) = self.age_tail(end) {
                    e = tail_end;
                    age_unit = unit.map(String::from);
                }
            }
            return Some(mk(
                start,
                e,
                low,
                high,
                false,
                age_unit,
                None,
                f,
                false,
                (qs, e),
            ));
        }
        if !core.digits {
            // `six-foot-five`: the inches after the feet, as `6-foot-5`.
            if core.kind == CoreKind::Card
                && q.val < 12.0
                && !q.money
                && q.unit.is_none()
                && self.after_feet(core.s)
            {
                return Some(inches(q.val));
            }
            // `the fourth quarter`, `the first half`: a part of a game or a
            // year, not the number 0.25.
            let part = &self.t[core.s..core.e];
            let lone = part.eq_ignore_ascii_case("half") || part.eq_ignore_ascii_case("quarter");
            let of = is_word(self.t, &self.next(core.e), "of");
            // The word before may belong to the previous match (`fourth`),
            // or be glued by a hyphen (`fourth-quarter comebacks`).
            let mut pt = lex::prev(self.t, start, 0);
            if pt.is_some_and(|x| x.is_sym('-') && x.e == start) {
                pt = pt.and_then(|x| lex::prev(self.t, x.s, 0));
            }
            let prevw = self.w(pt);
            // `the 4th quarter`: a digit ordinal before.
            let digit_ord = matches!(prevw.as_str(), "st" | "nd" | "rd" | "th")
                && pt.is_some_and(|x| x.s > 0 && self.digit(x.s - 1));
            // After an ordinal even with `of`: `the second half of the game`.
            let ordinal = digit_ord
                || words::num_word(&prevw).is_some_and(|w| matches!(w, NumWord::Ordinal(_)));
            if lone
                && (ordinal || !of)
                && (ordinal
                    || matches!(
                        prevw.as_str(),
                        "the"
                            | "this"
                            | "that"
                            | "next"
                            | "last"
                            | "final"
                            | "opening"
                            | "each"
                            | "every"
                            | "per"
                            | "after"
                            | "before"
                            | "until"
                            | "since"
                            | "at"
                    ))
            {
                return Some(other(start, end, (qs, qe)));
            }
            // `a half-century`, `half-year profit`, `a quarter-hour`: a span
            // named by a fraction word, which writes no figure.
            let fraction_word = |f: &str| {
                part.len() >= f.len() && part[part.len() - f.len()..].eq_ignore_ascii_case(f)
            };
            // So is a relation or a moment named with `half` (`his
            // half-brother`, `at half-time`).
            if (fraction_word("half") || fraction_word("quarter"))
                && self.byte(core.e) == b'-'
                && self.next(core.e + 1).is_some_and(|x| {
                    x.s == core.e + 1 && {
                        let w = self.w(Some(x));
                        nounwords::duration(&w).is_some() || nounwords::fraction_compound(&w)
                    }
                })
            {
                return Some(other(start, end, (qs, qe)));
            }
            // `the nineteen sixties`: a decade.
            if core.kind == CoreKind::Card && (10.0..=20.0).contains(&core.val) {
                if let Some(x) = self.next(core.e).filter(|x| x.k == K::Word) {
                    let w = self.w(Some(x));
                    let decade = matches!(
                        w.as_str(),
                        "twenties"
                            | "thirties"
                            | "forties"
                            | "fifties"
                            | "sixties"
                            | "seventies"
                            | "eighties"
                            | "nineties"
                            | "hundreds"
                    );
                    if decade && w != "hundreds" {
                        return Some(mk(
                            start,
                            x.e,
                            None,
                            None,
                            false,
                            None,
                            None,
                            NumberForm::Year,
                            false,
                            (qs, x.e),
                        ));
                    }
                }
            }
        }
        // Hyphen chains (`2024-06-17`, `+1-222-2222`) are ids or dates;
        // digits inside URLs and query strings are not quantities.
        if core.digits {
            if core.s > 0
                && matches!(
                    self.byte(core.s - 1),
                    b'/' | b'=' | b'?' | b'&' | b'%' | b'_' | b'\\'
                )
            {
                let mut e = end;
                while self.byte(e).is_ascii_alphanumeric()
                    || matches!(self.byte(e), b'%' | b'.' | b'-')
                {
                    e += 1;
                }
                return Some(other(start, e, (qs, e)));
            }
            if let Some(e) = self.id_chain(end) {
                let plus = self.prev(start).is_some_and(|x| x.is_sym('+'));
                let _ = plus;
                return Some(other(start, e, (qs, e)));
            }
            if self
                .prev(start)
                .is_some_and(|x| x.is_sym('+') && x.e == start)
            {
                return Some(mk(
                    start,
                    end,
                    low,
                    high,
                    false,
                    None,
                    None,
                    NumberForm::Other,
                    false,
                    (qs, qe),
                ));
            }
        }
        // Bound and hedge words before.
        let mut between = false;
        let mut from = None;
        for _ in 0..2 {
            match self.cue_before(start) {
                // `in 105 games over three seasons`: `over` a span of time
                // right after another figure's noun is a preposition, not a
                // bound (`backs over 100 yards each` stays one).
                Some((cs, Cue::Lower(st)))
                    if low.is_some() && high.is_some() && !self.over_a_span(cs, q.e) =>
                {
                    high = None;
                    strict = st;
                    start = cs;
                }
                // `within two to three weeks` is the range, not a bound on
                // its first figure.
                Some((cs, Cue::Upper(st)))
                    if low.is_some()
                        && high.is_some()
                        && !(self.starts(cs, "within")
                            && self.range_after(&q, false).is_some()) =>
                {
                    low = None;
                    strict = st;
                    start = cs;
                }
                Some((cs, Cue::Hedge)) if !approx || core.kind == CoreKind::Vague => {
                    approx = true;
                    start = cs;
                }
                _ => break,
            }
        }
        if start == q.s {
            let pw = self.prev(start);
            let w = self.w(pw);
            if w == "between" {
                between = true;
            } else if w == "from" {
                from = pw;
            }
        }
        // Ranges: `10-20`, `10 – 20`, `10 to 20`, `between 10 and 20`; a
        // lower bound may open one (`at least 72 to 120 hours`).
        if low.is_some() && matches!(core.kind, CoreKind::Card | CoreKind::Frac) {
            let change = from.is_some_and(|f| self.change_verb_before(f.s));
            // "rose 1.2 per cent to 7,412", "fell $2 to 30", "raised by 10%
            // to 25%": after a change verb, a first figure with its own
            // unit and a second without one (or any second after "by")
            // are the change and the new level, two figures.
            // Two sums of money where the second is three times the first
            // or more ("jumped 15 cents to $4.50", "rose $2 to $30") are
            // a change and a price; "rose $2 to $3" stays a range.
            // Two bare figures after "by" are a change and a level when the
            // second is three times the first or more ("cut the routes by
            // 3 to 20"); "cut by two to three" stays a range.
            let change_and_level = |r: &Qty| {
                let by = self.w(self.prev(start)) == "by";
                !between
                    && ((q.unit.is_some() || q.money)
                        && ((r.unit.is_none() && !r.money)
                            || (q.money && r.money && r.val >= 3.0 * q.val)
                            || by)
                        || by
                            && q.unit.is_none()
                            && r.unit.is_none()
                            && !q.money
                            && !r.money
                            && r.val >= 3.0 * q.val)
                    && self.change_verb_before(start)
            };
            // A range writes its percent sign on the second figure or on
            // both (`5 to 7%`, `5%-7%`); a percent then a bare figure is a
            // change and a level (`losing 1.9% to 31,259`).
            let percent_then_bare =
                |r: &Qty| q.unit.as_deref() == Some("%") && r.unit.is_none() && !r.money;
            if let Some((r, conn_end)) = self.range_after(&q, between).filter(|(r, _)| {
                !change && !change_and_level(r) && !percent_then_bare(r) && !self.set_score(&q, r)
            }) {
                let _ = conn_end;
                let mut a = q.val;
                let b = r.val;
                // `10 to 20 million`, `$10-20 billion`, `six to seven thousand`.
                if let Some(f) = self.carried_scale(&q, &r) {
                    a *= f;
                }
                if a < b {
                    low = Some(a);
                    high = Some(b);
                    strict = false;
                    end = r.e;
                    qe = r.e;
                    if unit.is_none() {
                        unit = r.unit.clone();
                    }
                    if between {
                        start = self.prev(start).map_or(start, |x| x.s);
                    } else if let Some(f) = from {
                        if !self.change_verb_before(f.s) {
                            start = f.s;
                        }
                    }
                    if r.core.kind == CoreKind::Vague {
                        approx = true;
                    }
                } else if !between && from.is_none() && self.tally(&q, &r, start) {
                    return Some(other(start, r.e, (qs, r.e)));
                }
            }
        }
        // A tied score: `broke open a 12-all game`.
        if core.digits
            && q.core.plain.is_some()
            && end == q.e
            && self.byte(end) == b'-'
            && self.starts(end + 1, "all")
            && self.boundary(end + 4)
        {
            return Some(other(start, end + 4, (qs, end + 4)));
        }
        // Scores and records that did not make a range: `led 13-3`,
        // `beat Tennessee, 83-74`, `(1-0 Big East)`.
        if core.digits
            && q.core.plain.is_some()
            && end == q.e
            && !q.money
            && q.unit.is_none()
            && self.byte(end) == b'-'
            && self.digit(end + 1)
        {
            let e = end + 1 + self.run(end + 1);
            if self.boundary(e) {
                return Some(other(start, e, (qs, e)));
            }
        }
        // Shares: `one in five`, `9 out of 10`. A cross-checker compares
        // the share, not the two counts.
        let mut ratio = false;
        if low.is_some() && low == high && q.unit.is_none() && end == q.e {
            if let Some((v, e2)) = self.ratio_after(&q) {
                low = Some(v);
                high = Some(v);
                end = e2;
                qe = e2;
                ratio = true;
            }
        }
        // Bounds written after: `500 or more`, `100+`, `three-plus seasons`.
        if low.is_some() && high.is_some() && low == high {
            if self.byte(end) == b'+' && self.boundary(end + 1) {
                end += 1;
                high = None;
            } else if self.byte(end) == b'-'
                && self.starts(end + 1, "plus")
                && self.boundary(end + 5)
            {
                end += 5;
                high = None;
            } else if let Some((e2, lower)) = self.bound_after(end) {
                end = e2;
                if lower {
                    high = None;
                } else {
                    low = None;
                }
                // `those 65 and older`, `children 12 or younger`: a bound
                // on an age.
                if q.unit.is_none() && !q.money && self.t[..e2].ends_with("er") && {
                    let w = self.w(self.prev(e2));
                    w == "older" || w == "younger"
                } {
                    return Some(mk(
                        start,
                        end,
                        low,
                        high,
                        approx,
                        None,
                        None,
                        NumberForm::Age,
                        strict,
                        (qs, qe),
                    ));
                }
            }
        }
        // Ordinals: see [`Scan::ordinal_series`].
        if core.kind == CoreKind::Ord {
            if let Some((ns, ne2, u)) = self.ordinal_series(start, end) {
                unit = Some(u);
                noun = Some((ns, ne2));
                end = ne2;
            }
        }
        // Counted noun.
        if unit.is_none() && core.kind != CoreKind::Ord {
            if let Some((ns, ne2, u)) = q.core.glued_unit.clone() {
                unit = Some(u);
                noun = Some((ns, ne2));
                end = end.max(ne2);
            } else if let Some((ns, ne2, u)) = self.noun_after(end, &q, low.or(high).unwrap_or(0.0))
            {
                if u == "__age" {
                    return Some(mk(
                        start,
                        ne2,
                        low,
                        high,
                        false,
                        None,
                        Some((ns, ne2)),
                        NumberForm::Age,
                        strict,
                        (qs, qe),
                    ));
                }
                unit = Some(u);
                noun = Some((ns, ne2));
                end = ne2;
                // `one score or less`, `ten people or more` (not `26 wives
                // and more than 100 children`).
                let or = is_word(self.t, &self.next(end), "or");
                if low.is_some() && low == high && or {
                    let bound = self
                        .bound_after(end)
                        .filter(|&(e2, _)| !is_word(self.t, &self.next(e2), "than"));
                    if let Some((e2, lower)) = bound {
                        end = e2;
                        if lower {
                            high = None;
                        } else {
                            low = None;
                        }
                    }
                }
            }
        }
        // Rates: `$71.30 per barrel`, `barrels a day` (see `rate.rs`).
        if core.kind != CoreKind::Ord {
            if let Some((e2, u)) = unit.as_deref().and_then(|u| self.rate_after(end, u)) {
                unit = Some(u);
                end = e2;
            }
        }
        // `a 5.6 quake`: a decimal under ten before a quake is its
        // magnitude, not a count of quakes (`two quakes`, `4 aftershocks`).
        if core.digits
            && !q.money
            && core.plain.is_none()
            && core.val < 10.0
            && unit
                .as_deref()
                .is_some_and(|u| matches!(u, "quake" | "earthquake" | "temblor" | "tremor"))
        {
            unit = Some("magnitude".into());
        }
        // Earthquakes: `magnitude 6.1`, `magnitude-6.1`, `6.1 on the Richter
        // scale` (`6.1-magnitude` and `7.8 magnitude` are read as nouns).
        if unit.is_none() && core.digits && !q.money {
            let mut pv = self.prev(q.s);
            if pv.is_some_and(|x| x.is_sym('-') && x.e == q.s) {
                pv = pv.and_then(|x| self.prev(x.s));
            }
            let after = self.t[end..].trim_start();
            let richter = after
                .get(..15)
                .is_some_and(|x| x.eq_ignore_ascii_case("on the richter "))
                // `rated 4.4 in magnitude`
                || (core.val < 10.0
                    && after.get(..12).is_some_and(|x| x.eq_ignore_ascii_case("in magnitude")));
            // `5.9 Earthquake Jolts Iran`: a decimal under ten before a quake.
            let quake = core.val < 10.0
                && core.plain.is_none()
                && matches!(
                    self.w(self.next(end)).as_str(),
                    "quake" | "earthquake" | "temblor" | "tremor" | "aftershock"
                );
            // `a magnitude of 6.1`.
            let of_magnitude = self.w(pv) == "of"
                && self.w(pv.and_then(|x| self.prev(x.s))) == "magnitude"
                && core.val < 10.0;
            if self.w(pv) == "magnitude" || of_magnitude || richter || quake {
                unit = Some("magnitude".into());
            }
        }
        // `a day or two`, `a round or two`: a vague few, not a figure.
        if !core.digits && q.val == 2.0 && start == q.s && prevw == "or" && self.a_noun_or(start) {
            form = NumberForm::Other;
        }
        if q.core.lone_one && start == q.s && !q.money && !ratio && q.val == 1.0 {
            // `one` is a count only with its noun; `at one point`, `at one
            // stage` are idioms even with one. A margin's adverb after it
            // counts one of what the sentence measures (`pulled one back`,
            // `one short of the record`), where no determiner makes `one`
            // a pronoun (`the one back home`).
            let margin = || {
                !matches!(&*prevw, "the" | "this" | "that" | "any" | "each" | "every")
                    && nounwords::margin_adverb(&self.w(self.next(q.core.e)))
            };
            if noun.is_none() && !margin()
                || prevw == "at"
                || prevw == "no"
                || noun.is_some_and(|n| self.article_one(q.s, n, &prevw))
                || self.one_compound(q.core.e)
            {
                form = NumberForm::Other;
            }
        }
        if core.digits && q.core.plain.is_some() && unit.as_deref() != Some("%") && !q.money {
            // Digits after `No.` or `#` are a rank or an address (`No. 10
            // Downing Street`, `#1 seed`), not a count.
            if let Some(x) = self.prev(q.s) {
                let no = x.is_sym('.')
                    && self.prev(x.s).is_some_and(|w| {
                        w.k == K::Word
                            && matches!(&self.t[w.s..w.e], "No" | "no" | "Nos" | "Nr" | "nr")
                    });
                if x.is_sym('#') || no {
                    form = NumberForm::Other;
                }
            }
        }
        if form == NumberForm::Cardinal {
            form = self.amount_form(core, low.or(high), unit.is_some(), end);
        }
        let mut m = mk(
            start,
            end,
            low,
            high,
            approx,
            unit,
            noun,
            form,
            strict,
            (qs, qe),
        );
        if ratio {
            // The share is the number: `one in five`, not `one`.
            m.number.1 = qe;
        }
        Some(m)
    }
}

impl Scan<'_> {
    /// `s` follows `<digits>-foot-` or `<digits>-feet-`: a height's inches.
    fn after_feet(&self, s: usize) -> bool {
        [&b"-foot-"[..], &b"-feet-"[..]].iter().any(|f| {
            s > f.len() && self.b[s - f.len()..s].eq_ignore_ascii_case(f) && {
                // The feet in digits or in a word: `6-foot-5`,
                // `six-foot-five`.
                let k = s - f.len();
                let mut a = k;
                while a > 0 && self.b[a - 1].is_ascii_alphabetic() {
                    a -= 1;
                }
                self.digit(k - 1)
                    || (a < k
                        && words::num_word(&self.t[a..k].to_ascii_lowercase())
                            .is_some_and(|w| matches!(w, NumWord::Unit(v) if v >= 3.0)))
            }
        })
    }

    /// A local phone number, three digits, a hyphen and four (`call 745-4811`),
    /// with no noun or unit after it that would make it a range (`300-1000
    /// people`): returns its end.
    /// A tally: two bare whole figures joined by `to`, the larger first,
    /// with no change before them (the caller asks for no `from`) and no
    /// noun after (`voted by 334 to 238`, `the board split 5 to 4`, `won
    /// 21 to 17`), is a vote or a score written in words, as `voted 7-2`
    /// is; a range rises (`18 to 24`), and a change names its verb (`fell
    /// 40 to 25`).
    #[inline(never)]
    fn tally(&self, q: &Qty, r: &Qty, start: usize) -> bool {
        q.core.plain.is_some()
            && r.core.plain.is_some()
            && q.val > r.val
            && q.unit.is_none()
            && r.unit.is_none()
            && !q.money
            && !r.money
            && self.w(self.next(q.e)) == "to"
            && self.noun_after(r.e, r, r.val).is_none()
            && !self.change_verb_before(start)
    }

    /// Whether `q-r` is one set of a list of set scores (`6-3, 2-6, 5-7`):
    /// a hyphenated pair of small plain figures with another such pair
    /// right before or after it, past a comma. The sets that read as a
    /// rising range are scores like the others.
    fn set_score(&self, q: &Qty, r: &Qty) -> bool {
        let small = |x: &Qty| x.core.plain.is_some_and(|d| d <= 2) && !x.money && x.unit.is_none();
        if !(small(q) && small(r) && self.byte(q.e) == b'-' && r.s == q.e + 1) {
            return false;
        }
        // A pair `d-d` (one or two digits each) ending at `at`.
        let pair_before = |at: usize| {
            let h = &self.t.as_bytes()[..at];
            let mut i = h.len();
            let digits = |i: &mut usize| {
                let e = *i;
                while *i > 0 && h[*i - 1].is_ascii_digit() && e - *i < 3 {
                    *i -= 1;
                }
                (1..=2).contains(&(e - *i))
            };
            digits(&mut i) && i > 0 && h[i - 1] == b'-' && {
                i -= 1;
                digits(&mut i)
            }
        };
        let pair_after = |at: usize| {
            let h = &self.b[at.min(self.b.len())..];
            let d1 = h.iter().take_while(|b| b.is_ascii_digit()).count();
            (1..=2).contains(&d1)
                && h.get(d1) == Some(&b'-')
                && (1..=2).contains(
                    &h[d1 + 1..]
                        .iter()
                        .take_while(|b| b.is_ascii_digit())
                        .count(),
                )
        };
        let before = self.t[..q.s].trim_end();
        let after = self.t[r.e..].strip_prefix(',').map(str::trim_start);
        before
            .strip_suffix(',')
            .is_some_and(|b| pair_before(b.trim_end().len()))
            || after.is_some_and(|a| pair_after(self.t.len() - a.len()))
    }

    fn local_phone(&self, q: &Qty) -> Option<usize> {
        let e = q.e;
        if q.core.plain != Some(3) || q.money || q.unit.is_some() || self.byte(e) != b'-' {
            return None;
        }
        let e2 = e + 1 + self.run(e + 1);
        if e2 != e + 5
            || !self.boundary(e2)
            || matches!(self.byte(e2), b'-' | b'%' | b'.' | b',') && self.digit(e2 + 1)
        {
            return None;
        }
        let after = self.next(e2);
        let ends = after.is_none_or(|x| x.k != K::Word || self.t[e2..x.s].contains('\n'));
        ends.then_some(e2)
    }

    /// `over` at `cs` as a preposition: right after another figure's noun
    /// (the scan's floor), before a span of time (`900 points over four
    /// seasons`); `e` is where the figure after it ends.
    fn over_a_span(&self, cs: usize, e: usize) -> bool {
        if !self.starts(cs, "over ") {
            return false;
        }
        let after_figure = self.floor != 0
            && self
                .t
                .get(self.floor..cs)
                .is_some_and(|g| g.trim().is_empty());
        // `took place over three days`, `repaid over 10 years`: after a
        // verb that spreads an event or a payment, `over` a span of time
        // is the span, as after another figure's noun (`lasted over three
        // hours`, `held over 200 meetings` stay bounds).
        if !after_figure && !nounwords::spread_over(&self.w(self.prev(cs))) {
            return false;
        }
        let nw = self.w(self.next(e));
        nounwords::duration(&nw).is_some() || matches!(nw.as_str(), "season" | "seasons")
    }

    /// Whether `a` (or `the next`, `another`) and a singular noun come
    /// before the `or` that ends at the number at `s`: `a day or two`.
    fn a_noun_or(&self, s: usize) -> bool {
        let Some(or) = self.prev(s) else {
            return false;
        };
        let Some(n) = lex::prev(self.t, or.s, 0).filter(|n| n.k == K::Word) else {
            return false;
        };
        let nw = self.w(Some(n));
        if !self.byte(n.s).is_ascii_lowercase() || words::num_word(&nw).is_some() {
            return false;
        }
        let a = self.w(lex::prev(self.t, n.s, 0));
        matches!(a.as_str(), "a" | "an" | "next" | "another")
    }

    /// `one-liners`, `a one-off`, `one-sided`, `a one-time champion`:
    /// compounds where `one` counts nothing; `e` is where `one` ends.
    fn one_compound(&self, e: usize) -> bool {
        // `a one liner`: the joke is written spaced as often as hyphenated.
        if self.byte(e) == b' ' {
            return matches!(self.w(self.next(e)).as_str(), "liner" | "liners");
        }
        if self.byte(e) != b'-' {
            return false;
        }
        let w = self.w(self.next(e + 1));
        matches!(
            w.as_str(),
            "liner" | "liners" | "off" | "offs" | "sided" | "time" | "stop"
        )
    }

    /// A cardinal's finer form: a vague amount (`dozens`, `several
    /// hundred`), or a share in words below one with no unit (`a third`,
    /// `three-quarters of the vote`, `more than half`), which the guideline
    /// of the held-out samples, after CQE, does not count as quantities;
    /// digits (`1/2 mile`), whole parts (`two and a half`), scales (`half a
    /// million`) and spans of time (`half an hour`) stay cardinals. `end` is
    /// where the figure ends.
    fn amount_form(&self, core: &Core, v: Option<f64>, has_unit: bool, end: usize) -> NumberForm {
        // `a multi-million-dollar empire`: no figure either.
        if core.kind == CoreKind::Vague
            || !core.digits && core.s >= 6 && self.t[..core.s].ends_with("multi-")
        {
            return NumberForm::Vague;
        }
        let share = v.is_some_and(|v| v.abs() < 1.0);
        if core.kind == CoreKind::Frac && !core.digits && !core.scaled && !has_unit && share {
            let a = self.next(end);
            let measured = matches!(self.w(a).as_str(), "a" | "an")
                && nounwords::duration(&self.w(a.and_then(|a| self.next(a.e)))).is_some();
            if !measured {
                return NumberForm::Fraction;
            }
        }
        NumberForm::Cardinal
    }

    /// The one way an ordinal counts something: `a`/`an`, the ordinal,
    /// optionally `straight`/`consecutive`/`successive`/`further`/`new`, and
    /// a noun of a series of events (`a third round of talks`, `for a
    /// second consecutive day`, `a fourth term`): there have been that many
    /// rounds, days, terms. Every other ordinal is a rank or an order
    /// (`the first deliveries`, `the second day`, `the third time`, `first
    /// two rounds`, `3rd place`) and gets no unit, so the caller drops it.
    /// `start` is where the ordinal starts, `e` where it ends; returns the
    /// noun's span and unit.
    pub(super) fn ordinal_series(&self, start: usize, e: usize) -> Option<(usize, usize, String)> {
        let art = self.w(self.prev(start));
        if art != "a" && art != "an" {
            return None;
        }
        let mut x = self
            .next(e)
            .filter(|x| x.k == K::Word && lex::joined(self.t, e, x.s))?;
        let mut w = self.w(Some(x));
        if matches!(
            w.as_str(),
            "straight" | "consecutive" | "successive" | "further" | "new" | "full"
        ) {
            let e2 = x.e;
            x = self
                .next(e2)
                .filter(|y| y.k == K::Word && lex::joined(self.t, e2, y.s))?;
            w = self.w(Some(x));
        }
        let u = nounwords::series_noun(&w)?;
        // `a sixth round stoppage`, `a second round pick`: the part of a
        // match names the kind of a result, which happened once.
        let then = self.w(self.next(x.e).filter(|y| y.k == K::Word && y.s == x.e + 1));
        if matches!(
            then.as_str(),
            "stoppage"
                | "knockout"
                | "ko"
                | "tko"
                | "pick"
                | "selection"
                | "exit"
                | "loss"
                | "defeat"
                | "win"
                | "victory"
                | "lead"
                | "goal"
                | "touchdown"
                | "collapse"
        ) {
            return None;
        }
        Some((x.s, x.e, u.to_string()))
    }
}
