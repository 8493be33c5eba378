//! The counted noun after a number, in the singular (`19 regions` →
//! `region`, `15 civilians` → `people`).

use super::*;

impl Scan<'_> {
    /// The counted noun after byte `e`: returns its span and unit.
    pub(super) fn noun_after(&self, e: usize, q: &Qty, val: f64) -> Option<(usize, usize, String)> {
        let yearish = q.core.plain == Some(4) && (1800.0..=2100.0).contains(&q.core.val);
        let found = self.noun_next(e, q, val).or_else(|| {
            // Not after decimals: `the USB 3.0 standard allows`.
            let decimal = !q.core.scaled && self.t[q.core.s..q.core.e].contains('.');
            if yearish || decimal || val == 1.0 || q.money || q.unit.is_some() {
                return None;
            }
            if self.age_limit(q, val) {
                return Some((e, e, "__age".into()));
            }
            self.modified_noun(e, val)
                .or_else(|| self.shared_modified_noun(e, val))
        });
        found.map(|(s, ne, u)| {
            // `a one-seat majority`: a noun glued to `one` makes a
            // compound adjective, and counts as `two-seat` does.
            let glued = s == e + 1 && self.byte(e) == b'-';
            let head = if val == 1.0 {
                if glued {
                    None
                } else {
                    self.singular_head(ne, &u)
                }
            } else {
                self.compound_head(s, ne, &u, val)
            };
            match head {
                Some((he, hu)) => (s, he, hu),
                None => (s, ne, u),
            }
        })
    }

    /// `one attempted murder charge later`, `one major heavyweight belt
    /// since`, `one fire station in`: after `one` the noun found (ending at
    /// `ne`, unit `u`) modifies a singular noun right after it, which is
    /// the head counted, where a preposition, a determiner, a form of `be`
    /// or a word of time closes the phrase. A verb in the past (`shot`,
    /// `died`) or an adverb (`back`, `away`) is no head.
    fn singular_head(&self, ne: usize, u: &str) -> Option<(usize, String)> {
        if !u.bytes().all(|c| c.is_ascii_lowercase())
            || nounwords::duration(u).is_some()
            || nounwords::measure_unit(u).is_some()
            || matches!(u, "time" | "people")
            || nounwords::is_person_noun(u)
        {
            return None;
        }
        let z = self.next(ne).filter(|z| {
            z.k == K::Word
                && z.s == ne + 1
                && self.byte(z.s).is_ascii_lowercase()
                && self.boundary(z.e)
                && matches!(self.byte(z.e), b' ' | b'.' | b',' | b';' | b':' | b')')
        })?;
        let wz = self.w(Some(z));
        if wz.len() < 3
            || !wz.bytes().all(|c| c.is_ascii_lowercase())
            || ["ed", "ing", "ly", "s"].iter().any(|x| wz.ends_with(x))
            || nounwords::never_noun(&wz)
            || nounwords::not_a_head(&wz)
            || words::num_word(&wz).is_some()
            || nounwords::duration(&wz).is_some()
            || nounwords::measure_unit(&wz).is_some()
            || nounwords::is_person_noun(&wz)
        {
            return None;
        }
        // The end of a sentence or clause closes the phrase too.
        if matches!(self.byte(z.e), b'.' | b',' | b';' | b':' | b')') {
            return Some((z.e, wz.to_string()));
        }
        let after = self
            .next(z.e)
            .filter(|y| y.k == K::Word && y.s == z.e + 1)?;
        let wa = self.w(Some(after));
        let closes = (nounwords::never_noun(&wa) && !matches!(&*wa, "dead" | "more" | "less"))
            || nounwords::closes_after_head(&wa);
        closes.then(|| (z.e, wz.to_string()))
    }

    /// `two police officers`, `nine rules violations`, `five women's
    /// basketball players`: the noun found (`s..ne`, unit `u`) modifies a
    /// plural noun right after it, which is the head counted. Returns the
    /// head's end and unit. A plural noun of persons is the head itself
    /// (`gave two girls flowers`), and so is the noun of a glued compound
    /// (`four 100-catch seasons`: the 100 counts catches).
    fn compound_head(&self, s: usize, ne: usize, u: &str, val: f64) -> Option<(usize, String)> {
        if val == 1.0
            || !u.bytes().all(|c| c.is_ascii_lowercase())
            || s == 0
            || self.byte(s - 1) == b'-'
            || nounwords::duration(u).is_some()
            || nounwords::measure_unit(u).is_some()
            || matches!(u, "time" | "people")
        {
            return None;
        }
        let y = self.prev(ne).filter(|y| y.k == K::Word && y.e == ne)?;
        let w = self.w(Some(y));
        let plural = *w != *u;
        let mut pos = ne;
        let mut modifiers = 0;
        if matches!(&*w, "women" | "men" | "children")
            && (self.starts(ne, "'s ") || self.t[ne..].starts_with("\u{2019}s "))
        {
            // A possessive before a compound: `women's basketball players`.
            pos = self.t[ne..].find(' ').map_or(ne, |k| ne + k);
            modifiers = 2;
        } else if plural && nounwords::is_person_noun(&w) {
            return None;
        }
        let mut seen = 0;
        loop {
            let z = self.next(pos).filter(|z| {
                z.k == K::Word
                    && z.s == pos + 1
                    && self.byte(z.s).is_ascii_lowercase()
                    && self.boundary(z.e)
                    && self.byte(z.e) != b'-'
            })?;
            let wz = self.w(Some(z));
            // `23 points thanks to`: a preposition, not a head.
            if nounwords::never_noun(&wz)
                || &*wz == "thanks"
                || nounwords::duration(&wz).is_some()
                || nounwords::measure_unit(&wz).is_some()
                || words::num_word(&wz).is_some()
            {
                return None;
            }
            let head = (plural_like(&wz) || nounwords::irregular_plural(&wz).is_some())
                && countable(&wz, val);
            if head && seen >= modifiers.min(1) {
                return Some((z.e, person_or_singular(&wz)));
            }
            // Only after a possessive may modifiers stand between.
            if modifiers == 0 || seen == modifiers || head {
                return None;
            }
            seen += 1;
            pos = z.e;
        }
    }

    /// `Five pirate boats`, `two first-degree murder charges`, `six AK-47
    /// rifles`, `three heavyweight title belts`: up to two modifiers (a
    /// singular noun, an adjective or a hyphenated compound) before the
    /// plural noun that is counted.
    fn modified_noun(&self, e: usize, val: f64) -> Option<(usize, usize, String)> {
        let mut pos = e;
        // `three 10-year sentences`, `four 100-catch seasons`: a figure in
        // a modifier is a quantity of its own; the noun is the first
        // figure's unit, but its span stops short of the second figure.
        let mut figure = false;
        for _ in 0..2 {
            // One modifier: a run of letters, digits and hyphens after a space.
            if self.byte(pos) != b' ' {
                return None;
            }
            let s = pos + 1;
            let mut k = s;
            while self.byte(k).is_ascii_alphanumeric() || self.byte(k) == b'-' {
                k += 1;
            }
            let chunk = self.t.get(s..k)?;
            let hyphen = chunk.contains('-');
            if chunk.is_empty()
                || self.byte(k) != b' '
                || !self.byte(s).is_ascii_alphanumeric()
                || !chunk.bytes().any(|c| c.is_ascii_alphabetic())
                || chunk.ends_with('-')
            {
                return None;
            }
            figure |= hyphen && self.byte(s).is_ascii_digit();
            // `six million 330ml cans`: a measure glued to its figure
            // describes the noun; that figure is its own match.
            let digits = chunk
                .bytes()
                .take_while(|c| c.is_ascii_digit() || *c == b'.')
                .count();
            let measure = !hyphen
                && digits > 0
                && chunk[digits..].bytes().all(|c| c.is_ascii_alphabetic())
                && nounwords::measure_unit(&chunk[digits..].to_ascii_lowercase()).is_some();
            figure |= measure;
            if !hyphen && !measure {
                let mut buf = [0u8; 24];
                let w = lex::lower(chunk, &mut buf);
                let stop = w.is_empty()
                    || !chunk.bytes().all(|c| c.is_ascii_alphabetic())
                    || self.byte(s).is_ascii_uppercase()
                    || nounwords::never_noun(w)
                    || words::num_word(w).is_some()
                    || words::is_month(w)
                    || nounwords::duration(w).is_some()
                    || nounwords::measure_unit(w).is_some()
                    || plural_like(w)
                    // Adverbs stop, but not how often a thing recurs
                    // (`24 equal monthly payments`).
                    || w.ends_with("ly") && !frequency(w)
                    || matches!(
                        w,
                        "inside"
                            | "outside"
                            | "near"
                            | "overnight"
                            | "yesterday"
                            | "today"
                            | "tonight"
                            | "tomorrow"
                            | "last"
                            | "next"
                            | "every"
                            | "such"
                            | "many"
                            | "much"
                            | "some"
                            | "any"
                            | "own"
                            | "most"
                            | "least"
                            | "people"
                    );
                if stop {
                    return None;
                }
            }
            pos = k;
            let y = self
                .next(pos)
                .filter(|y| y.k == K::Word && y.s == pos + 1 && self.boundary(y.e))?;
            let w2 = self.w(Some(y));
            if self.byte(y.s).is_ascii_lowercase()
                && self.byte(y.e) != b'-'
                && plural_like(&w2)
                && countable(&w2, val)
                && !nounwords::never_noun(&w2)
                && nounwords::duration(&w2).is_none()
            {
                let u = person_or_singular(&w2);
                // The span covers the modifiers: the noun phrase counted.
                return Some(if figure { (e, e, u) } else { (e + 1, y.e, u) });
            }
        }
        None
    }

    /// `1,200 oak and 300 pine trees`, `three state or two federal
    /// charges`: a figure with a modifier alone, joined by `and` or `or` to
    /// a figure with a modifier and a plural noun, counts that noun too.
    /// The span stops short of the second figure, a match of its own.
    fn shared_modified_noun(&self, e: usize, val: f64) -> Option<(usize, usize, String)> {
        let word_at = |p: usize| {
            self.next(p)
                .filter(|y| y.k == K::Word && y.s == p + 1 && self.byte(y.s).is_ascii_lowercase())
        };
        let m = word_at(e).filter(|m| self.boundary(m.e) && self.byte(m.e) == b' ')?;
        let w = self.w(Some(m));
        if nounwords::never_noun(&w)
            || words::num_word(&w).is_some()
            || plural_like(&w)
            || nounwords::duration(&w).is_some()
            || nounwords::measure_unit(&w).is_some()
            || w.len() < 3
            || ["ed", "ly", "ing"].iter().any(|x| w.ends_with(x))
        {
            return None;
        }
        let c = word_at(m.e).filter(|c| matches!(self.w(Some(*c)).as_str(), "and" | "or"))?;
        let z = self.next(c.e).filter(|z| z.s == c.e + 1)?;
        let ze = match z.k {
            K::Num => z.e,
            K::Word if words::num_word(&self.w(Some(z))).is_some() => self.word_core(z.s)?.e,
            _ => return None,
        };
        match self.modified_noun(ze, val)? {
            (s, _, u) if s == ze + 1 => Some((e, e, u)),
            _ => None,
        }
    }

    /// The noun of a second figure `z` (digits or a number word) that the
    /// first shares (`13- and 15-inch`, `six or seven years`), when `sep`
    /// joins the figure to it; ages do not pass on.
    fn second_figure_noun(&self, z: Tok, sep: u8, q: &Qty, val: f64) -> Option<String> {
        let ze = if z.k == K::Num {
            z.e
        } else {
            self.word_core(z.s)?.e
        };
        if self.byte(ze) != sep {
            return None;
        }
        let (_, _, u) = self.noun_next(ze, q, val)?;
        (u != "__age").then_some(u)
    }

    /// The noun right after the number (or after one adjective).
    fn noun_next(&self, e: usize, q: &Qty, val: f64) -> Option<(usize, usize, String)> {
        let x = self.next(e)?;
        if !lex::joined(self.t, e, x.s) {
            return None;
        }
        let t = self.t;
        // `13- and 15-inch models`, `two- or three-day stays`: the first
        // figure of a coordinated compound takes the unit of the second,
        // which stays a match of its own (so the span does not reach it).
        if x.is_sym('-') && x.s == e {
            let conj = self.next(x.e).filter(|y| {
                y.s <= x.e + 1 && matches!(self.w(Some(*y)).as_str(), "and" | "or" | "to")
            });
            let second = conj
                .and_then(|y| self.next(y.e))
                .filter(|z| matches!(z.k, K::Num | K::Word) && z.s == conj.map_or(0, |y| y.e) + 1);
            if let Some(u) = second.and_then(|z| self.second_figure_noun(z, b'-', q, val)) {
                return Some((e, e, u));
            }
        }
        // The word right after the figure, read once for the three tests
        // below.
        let xw = if x.k == K::Word && x.s == e + 1 {
            self.w(Some(x))
        } else {
            lex::Lw::EMPTY
        };
        // `0.68 in or 17 mm`, `12 in (30 cm)`: `in` is an inch where the
        // same length follows in metric units.
        if xw == "in" && self.metric_after(x.e) {
            return Some((x.s, x.e, "inch".into()));
        }
        // `six or seven years`, `2.3 or 2.6 GHz`: the first figure of an
        // alternative takes the noun of the second, which stays a match of
        // its own (so the span does not reach it). `11 and 13 inches`, `40
        // and 55 km`: with `and`, a unit of measure only (`5 and 7
        // rebounds` may be two lines of a stat; spans of time joined so,
        // `with 4 and 11 years of service`, are left as they were, since a
        // duration claim there moves stories).
        if xw == "or" || xw == "and" {
            let z = self
                .next(x.e)
                .filter(|z| z.s == x.e + 1 && matches!(z.k, K::Num | K::Word));
            if let Some(u) = z.and_then(|z| self.second_figure_noun(z, b' ', q, val)) {
                if xw == "or" || nounwords::measure_unit(&u).is_some() {
                    return Some((e, e, u));
                }
            }
        }
        // `480 by 360 pixels`, `3 x 4 ft`: the first side of a dimension
        // takes the measure unit of the second, which stays its own match.
        if matches!(&*xw, "by" | "x") {
            let z = self.next(x.e).filter(|z| z.k == K::Num && z.s == x.e + 1);
            // The second side may be grouped by commas (`2,880 by 1,800
            // pixels`) and its unit glued by a hyphen (`400 by 352-pixel`).
            let ze = z.map(|z| {
                let mut k = z.e;
                while self.byte(k) == b',' && self.run(k + 1) == 3 {
                    k += 4;
                }
                if self.byte(k) == b'-' && self.byte(k + 1).is_ascii_alphabetic() {
                    k += 1;
                }
                k
            });
            let y = ze
                .and_then(|k| self.next(k).map(|y| (k, y)))
                .filter(|&(k, y)| y.k == K::Word && (y.s == k || lex::joined(t, k, y.s)))
                .map(|(_, y)| y);
            // A one-letter unit must be glued, as after any figure.
            let y = y.filter(|y| y.e - y.s > 1);
            if let Some(u) = y.and_then(|y| nounwords::measure_unit(&self.w(Some(y)))) {
                return Some((e, e, u.to_string()));
            }
        }
        // Compound adjectives: `a 10-day truce`, `45-year-old`.
        if x.is_sym('-') && x.s == e {
            let y = self.next(x.e).filter(|y| y.s == x.e && y.k == K::Word)?;
            let w = self.w(Some(y));
            if let Some(d) = nounwords::duration(&w) {
                if self.starts(y.e, "-old") || self.starts(y.e, "s-old") {
                    return Some((y.s, y.e, "__age".into()));
                }
                return Some((y.s, y.e, d.to_string()));
            }
            if let Some((ue, u)) = self.area_unit(y, &w) {
                return Some((y.s, ue, u));
            }
            if let Some(u) = nounwords::measure_unit(&w) {
                let (ue, u) = self.unit_tail(y.e, u);
                return Some((y.s, ue, u));
            }
            // `a 200-nautical-mile zone`: an adjective glued before the
            // unit, as `200 nautical miles` reads.
            if self.byte(y.e) == b'-' && nounwords::noun_adjective(&w) {
                let z = self
                    .next(y.e + 1)
                    .filter(|z| z.k == K::Word && z.s == y.e + 1);
                if let Some(z) = z {
                    if let Some(u) = nounwords::measure_unit(&self.w(Some(z))) {
                        return Some((y.s, z.e, u.to_string()));
                    }
                }
            }
            if nounwords::is_person_noun(&w) {
                return Some((y.s, y.e, person_unit(&w)));
            }
            // `29-of-34 passes`: made of attempted, both count the noun.
            if w == "of" && self.byte(y.e) == b'-' {
                let unit = self
                    .next(y.e + 1)
                    .filter(|z| z.k == K::Num && z.s == y.e + 1)
                    .and_then(|z| self.noun_next(z.e, q, val))
                    .map(|(_, _, u)| u)
                    .filter(|u| u != "__age");
                return unit.map(|u| (e, e, u));
            }
            // `10-by-12-foot`, `8-by-12 feet`: the first side takes the
            // unit written with the second, which stays its own match.
            if w == "by" && self.byte(y.e) == b'-' {
                let z = self
                    .next(y.e + 1)
                    .filter(|z| z.k == K::Num && z.s == y.e + 1)?;
                if !matches!(self.byte(z.e), b'-' | b' ') {
                    return None;
                }
                let u = self
                    .next(z.e + 1)
                    .filter(|u| u.k == K::Word && u.s == z.e + 1)
                    .and_then(|u| nounwords::measure_unit(&self.w(Some(u))))?;
                return Some((e, e, u.to_string()));
            }
            // `a 25-basis-point rise`: one unit in two words.
            if w == "basis" && self.starts(y.e, "-point") {
                let ue = y.e + "-point".len();
                let ue = if self.byte(ue) == b's' { ue + 1 } else { ue };
                return Some((y.s, ue, "basis point".into()));
            }
            // `three-fold`, `10-fold`: a multiplier.
            if w == "fold" {
                return Some((y.s, y.e, "time".into()));
            }
            // `5,000-strong`, `10-long`: adjectives, not units.
            let adjective = matches!(
                w.as_str(),
                "strong"
                    | "long"
                    | "old"
                    | "wide"
                    | "high"
                    | "deep"
                    | "tall"
                    | "odd"
                    | "fold"
                    | "plus"
            );
            // `a three-point play`, `a 3-pointer`: kinds of shot, where
            // `a 10-point lead` is a margin.
            let shot = matches!(w.as_str(), "point" | "pointer") && (val == 2.0 || val == 3.0);
            if adjective || shot || nounwords::never_noun(&w) || w.len() < 3 || !countable(&w, 1.0)
            {
                return None;
            }
            // `a 17-incher`, `a six-footer`: a thing of that measure.
            let measure = w
                .strip_suffix("ers")
                .or_else(|| w.strip_suffix("er"))
                .and_then(nounwords::measure_unit);
            if let Some(u) = measure {
                return Some((y.s, y.e, u.to_string()));
            }
            return Some((y.s, y.e, singular(&w)));
        }
        // `17" MacBook`, `17 '' MacBook` (ECB+ writes the inch mark as two
        // quotes): inches, where no quotation opens before the figure on
        // its line (`"We lost by 17"` closes a quotation).
        if (x.is_sym('"')
            || x.is_sym('\u{2033}')
            || (x.is_sym('\'') && self.byte(x.s + 1) == b'\''))
            && !self.quote_open_before(e)
        {
            let ue = if x.is_sym('\'') { x.s + 2 } else { x.e };
            // `Three "aerials"`: a mark glued to the next word opens a quotation.
            if !self.byte(ue).is_ascii_alphanumeric() {
                return Some((x.s, ue, "inch".into()));
            }
        }
        // `35°C`, `35 °F`, `40°`.
        if x.is_sym('°') {
            let (ue, u) = self.unit_tail(x.s, "degree");
            return Some((x.s, ue.max(x.e), u));
        }
        if x.k != K::Word {
            return None;
        }
        if let Some(found) = self.symbol_unit(e, x) {
            return Some(found);
        }
        let mut x = x;
        let mut w = self.w(Some(x));
        // `thousands of people`, `millions of dollars`, `dozens of homes`.
        // `a pair of left hooks` as `a dozen of`.
        if w == "of"
            && (q.core.kind == CoreKind::Vague
                || (q.core.scaled && !q.core.digits)
                || (!q.core.digits && self.w(self.prev(x.s)) == "pair"))
        {
            let y = self.next(x.e)?;
            if y.k != K::Word {
                return None;
            }
            x = y;
            w = self.w(Some(y));
            // `a pair of left hooks`, `thousands of angry fans`: one
            // modifier before the plural counted.
            if !plural_like(&w) {
                let z = self.next(y.e).filter(|z| {
                    z.k == K::Word && z.s == y.e + 1 && self.byte(z.s).is_ascii_lowercase()
                });
                if let Some(z) = z {
                    let wz = self.w(Some(z));
                    if plural_like(&wz) && !nounwords::never_noun(&wz) && countable(&wz, val) {
                        x = z;
                        w = wz;
                    }
                }
            }
            if let Some((code, _)) = words::currency_word(&w) {
                if !matches!(w.as_str(), "won" | "real" | "p" | "rand" | "dong") {
                    return Some((x.s, x.e, code.to_string()));
                }
            }
            if w == "pounds" {
                return Some((x.s, x.e, "GBP".into()));
            }
        }
        // `three of the skiffs`, `two of the other largest foundries`: a
        // part of a group counts the group's noun (`two of them` has none).
        // A figure with a scale only where a second figure names the group
        // (`2.1 million of the 4.5 million voters`).
        if w == "of" && q.core.kind == CoreKind::Card && !q.money && val != 1.0 {
            return self.partitive_noun(e, x.e, val, q.core.scaled);
        }
        // `the first two rounds`: a number word starts its own match; but
        // `scores` is an amount only before `of` (`four scores`: goals).
        let scores_noun = w == "scores" && !is_word(t, &self.next(x.e), "of");
        let number_word = !scores_noun
            && matches!(
                words::num_word(&w),
                Some(
                    NumWord::Unit(_)
                        | NumWord::Tens(_)
                        | NumWord::Hundred
                        | NumWord::Scale(_)
                        | NumWord::Vague(_)
                        | NumWord::Dozen
                )
            );
        // `Seven other workers`, `12 more people`, `507 total yards`:
        // adjectives here.
        let adj_ok = matches!(w.as_str(), "other" | "more" | "total")
            && self
                .next(x.e)
                .is_some_and(|y| y.k == K::Word && lex::joined(t, x.e, y.s));
        // `shot seven times`: occurrences; and a multiplier (`three times
        // as many`, `five times the legal limit`) is a figure in `time` too,
        // as `fivefold` is; not a rate (`three times a day`).
        if w == "times" && q.core.kind == CoreKind::Card && !q.core.scaled {
            let nx = self.w(self.next(x.e));
            let rate = matches!(nx.as_str(), "a" | "an" | "per" | "each" | "every");
            return (!rate).then(|| (x.s, x.e, "time".to_string()));
        }
        if (nounwords::never_noun(&w) && !adj_ok) || words::is_month(&w) || number_word {
            return None;
        }
        // `pulled one back late`, `20 short of a majority`, `three clear
        // of`: a margin's adverb, no noun (`back` and `adrift` always;
        // `short` and `clear` where no noun follows: `one short film` is
        // still a film).
        if nounwords::margin_adverb(&w)
            && (matches!(&*w, "back" | "adrift")
                || self
                    .next(x.e)
                    .is_none_or(|y| y.k != K::Word || nounwords::never_noun(&self.w(Some(y)))))
        {
            return None;
        }
        // `2008 second-quarter earnings`, `the 1990 first-round pick`: the
        // word opens a compound adjective.
        if self.byte(x.e) == b'-' && words::num_word(&w).is_some() {
            return None;
        }
        // `four semi-finals`, `two high-rises`: see `hyphened_plural`.
        if self.byte(x.e) == b'-' && val != 1.0 && self.byte(x.s).is_ascii_lowercase() {
            if let Some(found) = self.hyphened_plural(x, &w, val) {
                return Some(found);
            }
        }
        // `this one don't`, `two won't`: a contraction, not a noun.
        if matches!(self.byte(x.e), b'\'') || self.t[x.e..].starts_with('\u{2019}') {
            let k = if self.byte(x.e) == b'\'' {
                x.e + 1
            } else {
                x.e + 3
            };
            if matches!(self.byte(k), b't' | b'T') && self.boundary(k + 1) {
                return None;
            }
        }
        let raw = &t[x.s..x.e];
        let capital = raw.chars().next().is_some_and(|c| c.is_uppercase());
        if let Some(d) = nounwords::duration(&w) {
            if (w == "year" || w == "years") && self.starts(x.e, " old") {
                return Some((x.s, x.e + 4, "__age".into()));
            }
            return Some((x.s, x.e, d.to_string()));
        }
        if nounwords::is_person_noun(&w) {
            // `Five adult women`, `two child soldiers`: a noun of persons
            // in the singular after a figure above one is a modifier of
            // the plural that follows, which is what is counted.
            if val > 1.0 && !plural_person(&w) {
                if let Some((ye, u)) = self.plural_after_modifier(x.e, val) {
                    return Some((x.s, ye, u));
                }
            }
            return Some((x.s, x.e, person_unit(&w)));
        }
        // `two Sundays ago`, `on three Fridays`: a weekday in the plural
        // is counted (capital and all), never a name after the figure.
        if capital {
            if let Some(d) = nounwords::weekday_plural(&w) {
                return Some((x.s, x.e, d.to_string()));
            }
        }
        if let Some((ue, u)) = self.area_unit(x, &w) {
            return Some((x.s, ue, u));
        }
        if w == "basis" {
            let y = self.next(x.e);
            if is_word(t, &y, "points") || is_word(t, &y, "point") {
                return Some((x.s, y?.e, "basis point".into()));
            }
        }
        if let Some(u) = nounwords::measure_unit(&w) {
            if w.len() > 1 || x.s == e || w == "m" && self.spaced_metre(x.e) {
                let (ue, u) = self.unit_tail(x.e, u);
                return Some((x.s, ue, u));
            }
            return None;
        }
        // `46 KOs`, `47 KO's`, `12 RBIs`: the plural of an abbreviation.
        if let Some(u) = self.abbreviation_plural(x) {
            return Some((x.s, u.1, u.0));
        }
        // `15 Israelis`; but `two Genovese family members`, `two Chinese
        // officials`: a demonym before a plural (or a noun and a plural)
        // is an adjective, read below.
        if capital && is_demonym_plural(&w) && !self.plural_within_two(x.e, val) {
            return Some((x.s, x.e, "people".into()));
        }
        if let Some(u) = nounwords::irregular_plural(&w) {
            return Some((x.s, x.e, u.to_string()));
        }
        // An adverb before the adjective: `36 mostly young people`, `two
        // heavily armed men`.
        if w.len() > 4 && w.ends_with("ly") && !capital {
            if let Some(y) = self
                .next(x.e)
                .filter(|y| y.k == K::Word && lex::joined(t, x.e, y.s))
            {
                let w2 = self.w(Some(y));
                let adj = nounwords::noun_adjective(&w2) || (w2.len() > 4 && w2.ends_with("ed"));
                if adj && self.byte(y.s).is_ascii_lowercase() {
                    x = y;
                    w = w2;
                }
            }
        }
        // A superlative before the adjective: `the 10 most visited
        // sites`, `five least common causes`; the word after it is an
        // adjective whatever its ending.
        let mut superlative = false;
        if matches!(w.as_str(), "most" | "least") {
            if let Some(y) = self.next(x.e).filter(|y| {
                y.k == K::Word && lex::joined(t, x.e, y.s) && self.byte(y.s).is_ascii_lowercase()
            }) {
                let w2 = self.w(Some(y));
                if !nounwords::never_noun(&w2) && !plural_like(&w2) {
                    x = y;
                    w = w2;
                    superlative = true;
                }
            }
        }
        // Two adjectives joined: `1,300 federal and independent
        // scientists`, `two local or state officials`.
        if !capital
            && (nounwords::noun_adjective(&w)
                || adjective_ending(&w)
                || (w.len() > 4 && w.ends_with("ed")))
        {
            if let Some(u) = self.coordinated_noun(x.e, val) {
                return Some((x.s, u.0, u.1));
            }
        }
        // One adjective, then the noun: `200 new cases`, `15 Ukrainian
        // civilians`, `2,000 Russian troops`.
        // Participles work as adjectives too (`13 loaded magazines`); the
        // casualty words were turned away above.
        let participle = w.len() > 4 && w.ends_with("ed") && !capital;
        let adjective = nounwords::noun_adjective(&w)
            || (capital && is_demonym_adj(&w))
            || participle
            || superlative;
        if adjective {
            let mut y = self.next(x.e)?;
            let mut w2 = self.w(Some(y));
            // A second adjective: `five other young men`, `two other
            // controversial changes` (one of the usual adjective endings).
            let ok = y.k == K::Word && lex::joined(t, x.e, y.s);
            let second = nounwords::noun_adjective(&w2)
                || (self.byte(y.s).is_ascii_lowercase()
                    && !countable(&w2, val)
                    && adjective_ending(&w2));
            if ok && second {
                let z = self
                    .next(y.e)
                    .filter(|z| z.k == K::Word && lex::joined(t, y.e, z.s))?;
                y = z;
                w2 = self.w(Some(z));
            }
            if ok {
                // `follows two last week`: a date after the number.
                if matches!(w.as_str(), "last" | "next" | "this" | "past" | "coming")
                    && nounwords::duration(&w2).is_some()
                {
                    return None;
                }
                if !nounwords::never_noun(&w2) {
                    if nounwords::is_person_noun(&w2) {
                        return Some((y.s, y.e, person_unit(&w2)));
                    }
                    if let Some(d) = nounwords::duration(&w2) {
                        return Some((y.s, y.e, d.to_string()));
                    }
                    let cap2 = t[y.s..y.e].chars().next().is_some_and(|c| c.is_uppercase());
                    // `Eleven other FBI agents`, `two new New York
                    // bridges`: a name used as a modifier.
                    if cap2 && val != 1.0 {
                        return self.plural_after_names(y, val);
                    }
                    if !cap2 && countable(&w2, val) {
                        return Some((y.s, y.e, singular(&w2)));
                    }
                    // A noun used as a modifier: `two other fire engines`.
                    if !cap2 && val != 1.0 {
                        let z = self.next(y.e).filter(|z| {
                            z.k == K::Word
                                && z.s == y.e + 1
                                && self.byte(z.s).is_ascii_lowercase()
                                && self.boundary(z.e)
                        })?;
                        let wz = self.w(Some(z));
                        if counted_plural(&wz, val) {
                            return Some((y.s, z.e, person_or_singular(&wz)));
                        }
                    }
                }
            }
            return None;
        }
        if capital {
            // `two Brooklyn gangs`, `20 Hamas fighters`: a proper name used
            // as an adjective, before a lower-case plural.
            if val == 1.0 {
                return None;
            }
            // `2.5 million Turkmens`: after a figure in the hundred
            // thousands or more, a capitalised plural is a people counted,
            // not a name (names are numbered in small figures).
            return self.plural_after_names(x, val).or_else(|| {
                (val >= 1e5 && w.len() > 4 && w.ends_with('s') && !w.ends_with("ss"))
                    .then(|| (x.s, x.e, singular(&w)))
            });
        }
        // `only one political party`, `one national team`: after `one`,
        // an adjective by its ending with a singular noun right after it;
        // the noun is what is counted.
        if val == 1.0 && adjective_ending(&w) && !nounwords::is_person_noun(&w) {
            let mut y = self.next(x.e).filter(|y| {
                y.k == K::Word
                    && y.s == x.e + 1
                    && self.byte(y.s).is_ascii_lowercase()
                    && self.boundary(y.e)
            });
            // `one memorable last-second game`: a compound modifier
            // glued by hyphens stands between the adjective and the noun.
            if let Some(z) = y.filter(|z| self.byte(z.e) == b'-') {
                y = self.hyphened_end(z).and_then(|h| {
                    self.next(h).filter(|n| {
                        n.k == K::Word
                            && n.s == h + 1
                            && self.byte(n.s).is_ascii_lowercase()
                            && self.boundary(n.e)
                    })
                });
            }
            if let Some(y) = y {
                let w2 = self.w(Some(y));
                if countable(&w2, 1.0)
                    && !nounwords::never_noun(&w2)
                    && !nounwords::speech_verb(&w2)
                    && !adjective_ending(&w2)
                {
                    return Some((y.s, y.e, singular(&w2)));
                }
            }
        }
        // After `one`, a word whose ending marks an adjective and nothing
        // else (`memorable`, `famous`, `possible`) is no noun: `one
        // memorable` counts nothing it names.
        if val == 1.0 && pure_adjective(&w) && !nounwords::is_person_noun(&w) {
            return None;
        }
        if countable(&w, val) {
            return Some((x.s, x.e, singular(&w)));
        }
        // `an eight round decision`, `a three punch combination`: a
        // singular noun glued to the figure as a compound adjective, its
        // hyphen left out; the noun it describes follows.
        let article = matches!(self.w(self.prev(q.s)).as_str(), "a" | "an");
        let head = self
            .next(x.e)
            .filter(|y| y.k == K::Word && y.s == x.e + 1 && self.byte(y.s).is_ascii_lowercase());
        if article
            && val > 1.0
            && !capital
            && w.len() > 2
            && !w.ends_with('s')
            && countable(&w, 1.0)
            && head.is_some_and(|y| !nounwords::never_noun(&self.w(Some(y))))
        {
            return Some((x.s, x.e, w.to_string()));
        }
        None
    }

    /// The end of a run of words glued by hyphens from the word `z`
    /// (`last-second`, `state-of-the-art`), or `None` when no word follows
    /// a hyphen.
    #[cold]
    fn hyphened_end(&self, z: Tok) -> Option<usize> {
        let mut e = z.e;
        let mut steps = 0;
        while self.byte(e) == b'-' && steps < 4 {
            let n = self
                .next(e + 1)
                .filter(|n| n.k == K::Word && n.s == e + 1)?;
            e = n.e;
            steps += 1;
        }
        (steps > 0).then_some(e)
    }

    /// `four semi-finals`, `two high-rises`, `three by-elections`: the word
    /// `x` glued by a hyphen before a plural makes one noun with it, and
    /// the whole word is what is counted. Not persons (`three co-workers`):
    /// a bare figure there is what the casualty reading takes for its
    /// count, which a unit of its own would duplicate. Out of line, since
    /// it is read only at a hyphen.
    #[inline(never)]
    fn hyphened_plural(&self, x: Tok, w: &str, val: f64) -> Option<(usize, usize, String)> {
        let y = self.next(x.e + 1).filter(|y| {
            y.k == K::Word
                && y.s == x.e + 1
                && self.byte(y.s).is_ascii_lowercase()
                && self.byte(y.e) != b'-'
                && self.boundary(y.e)
        })?;
        let w2 = self.w(Some(y));
        let plural = counted_plural(&w2, val) || nounwords::irregular_plural(&w2).is_some();
        (plural && !nounwords::is_person_noun(&w2))
            .then(|| (x.s, y.e, format!("{w}-{}", singular(&w2))))
    }

    /// `Five adult women`, `two child soldiers`: after a noun of persons in
    /// the singular ending at `e`, the plural right after it, which is
    /// what is counted. Returns its end and unit.
    #[inline(never)]
    fn plural_after_modifier(&self, e: usize, val: f64) -> Option<(usize, String)> {
        let y = self.next(e).filter(|y| {
            y.k == K::Word
                && y.s == e + 1
                && self.byte(y.s).is_ascii_lowercase()
                && self.boundary(y.e)
        })?;
        let w2 = self.w(Some(y));
        (nounwords::is_person_noun(&w2) && plural_person(&w2) || counted_plural(&w2, val))
            .then(|| (y.e, person_or_singular(&w2)))
    }

    /// `two Brooklyn gangs`, `five Buenos Aires street vendors`: after the
    /// capitalised word `x`, up to two more of a name (`Buenos Aires`),
    /// then the lower-case plural counted. Returns the plural's span and
    /// unit.
    fn plural_after_names(&self, x: Tok, val: f64) -> Option<(usize, usize, String)> {
        let t = self.t;
        let mut cur = x;
        for _ in 0..4 {
            let y = self
                .next(cur.e)
                .filter(|y| y.k == K::Word && lex::joined(t, cur.e, y.s) && self.boundary(y.e))?;
            if self.byte(y.s).is_ascii_uppercase() {
                // `41,200 Model Ys`, `two Galaxy S9s`: the plural of a
                // name ends in a capital or a figure and an -s; the name
                // in the singular is the unit.
                let raw = &t[y.s..y.e];
                let stem = raw.strip_suffix('s').unwrap_or("");
                if !stem.is_empty()
                    && stem.len() <= 3
                    && stem
                        .bytes()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                {
                    let name = format!("{} {stem}", &t[x.s..y.s].trim_end());
                    return Some((x.s, y.e, name.to_lowercase()));
                }
                cur = y;
                continue;
            }
            let w2 = self.w(Some(y));
            // `380 Ford and Toyota trucks`: two names joined.
            if matches!(w2.as_str(), "and" | "or") {
                let z = self.next(y.e).filter(|z| {
                    z.k == K::Word && z.s == y.e + 1 && self.byte(z.s).is_ascii_uppercase()
                });
                if let Some(z) = z {
                    cur = z;
                    continue;
                }
            }
            // `men`, `policemen`: plurals without an -s.
            let irregular = nounwords::irregular_plural(&w2).is_some()
                || (w2.ends_with("men") && nounwords::is_person_noun(&w2));
            if nounwords::never_noun(&w2) || !(irregular || plural_like(&w2) && countable(&w2, val))
            {
                return None;
            }
            if nounwords::is_person_noun(&w2) {
                return Some((y.s, y.e, person_unit(&w2)));
            }
            if nounwords::duration(&w2).is_some() || nounwords::measure_unit(&w2).is_some() {
                return None;
            }
            return Some((y.s, y.e, singular(&w2)));
        }
        None
    }

    /// After an adjective ending at `pos`: `and` or `or`, a second
    /// lower-case modifier, then the plural counted. Returns the plural's
    /// end and unit.
    fn coordinated_noun(&self, pos: usize, val: f64) -> Option<(usize, String)> {
        let lower_at = |p: usize| {
            self.next(p).filter(|y| {
                y.k == K::Word
                    && lex::joined(self.t, p, y.s)
                    && self.byte(y.s).is_ascii_lowercase()
                    && self.boundary(y.e)
            })
        };
        let c = lower_at(pos)?;
        if !matches!(self.w(Some(c)).as_str(), "and" | "or") {
            return None;
        }
        let y = lower_at(c.e)?;
        let w2 = self.w(Some(y));
        if nounwords::never_noun(&w2) || words::num_word(&w2).is_some() || plural_like(&w2) {
            return None;
        }
        let z = lower_at(y.e)?;
        let wz = self.w(Some(z));
        counted_plural(&wz, val).then(|| (z.e, person_or_singular(&wz)))
    }

    /// Whether a lower-case plural noun counted by `val` comes right after
    /// `pos` or after one lower-case word (`family members`).
    fn plural_within_two(&self, pos: usize, val: f64) -> bool {
        let mut pos = pos;
        for _ in 0..2 {
            let Some(y) = self.next(pos).filter(|y| {
                y.k == K::Word
                    && lex::joined(self.t, pos, y.s)
                    && self.byte(y.s).is_ascii_lowercase()
            }) else {
                return false;
            };
            let w = self.w(Some(y));
            if nounwords::never_noun(&w) {
                return false;
            }
            if plural_like(&w) && countable(&w, val) {
                return true;
            }
            pos = y.e;
        }
        false
    }

    /// Whether ` or 17 mm` or ` (30 cm)` follows `e`: the same length
    /// in metric units.
    fn metric_after(&self, e: usize) -> bool {
        let Some(y) = self.next(e).filter(|y| y.s == e + 1) else {
            return false;
        };
        if !(y.is_sym('(') || self.w(Some(y)) == "or") {
            return false;
        }
        let Some(z) = self.next(y.e).filter(|z| z.k == K::Num) else {
            return false;
        };
        let u = self
            .next(z.e)
            .filter(|u| u.k == K::Word && lex::joined(self.t, z.e, u.s));
        matches!(nounwords::measure_unit(&self.w(u)), Some("mm" | "cm" | "m"))
    }

    /// `KOs`, `KO's`, `RBIs` at `x`: the abbreviation in lower case and
    /// where the plural ends.
    fn abbreviation_plural(&self, x: Tok) -> Option<(String, usize)> {
        let raw = &self.t[x.s..x.e];
        let caps =
            |r: &str| r.len() >= 2 && r.len() <= 4 && r.bytes().all(|c| c.is_ascii_uppercase());
        if let Some(stem) = raw.strip_suffix('s').filter(|r| caps(r)) {
            return Some((stem.to_ascii_lowercase(), x.e));
        }
        let apostrophe_s = (self.starts(x.e, "'s") && self.boundary(x.e + 2))
            || (self.t[x.e..].starts_with("\u{2019}s") && self.boundary(x.e + 4));
        if caps(raw) && apostrophe_s {
            let e = x.e + if self.byte(x.e) == b'\'' { 2 } else { 4 };
            return Some((raw.to_ascii_lowercase(), e));
        }
        // `58-3 (51 KO)`, `121 RBI`: a boxing or batting line writes its
        // knockouts and runs batted in in the singular.
        matches!(raw, "KO" | "TKO" | "RBI").then(|| (raw.to_ascii_lowercase(), x.e))
    }
}

impl Scan<'_> {
    /// After `N of`: a determiner (`the`, `their` …), up to three
    /// lower-case modifiers, then the plural noun counted. A second figure
    /// may stand before the noun (`29 of 34 passes`, `18 of their next 23
    /// games`): both count the noun, and the first match ends at `e` so
    /// that the second is read on its own.
    fn partitive_noun(
        &self,
        e: usize,
        of_end: usize,
        val: f64,
        scaled: bool,
    ) -> Option<(usize, usize, String)> {
        let first = self
            .next(of_end)
            .filter(|y| lex::joined(self.t, of_end, y.s))?;
        let det = matches!(
            self.w(Some(first)).as_str(),
            "the" | "their" | "his" | "her" | "its" | "our" | "these" | "those"
        );
        let mut pos = if det { first.e } else { of_end };
        let mut figure = false;
        for _ in 0..4 {
            let y = self.next(pos).filter(|y| y.s == pos + 1)?;
            if y.k == K::Num && !figure {
                // Its decimals and thousands (`4.5 million`, `1,018`); a
                // comma before anything else ends a list, not a figure.
                let mut k = y.e;
                loop {
                    let n = self.run(k + 1);
                    match self.byte(k) {
                        b'.' if n > 0 => k += 1 + n,
                        b',' if n == 3 => k += 4,
                        _ => break,
                    }
                }
                if self.boundary(k) && self.byte(k) != b',' {
                    figure = true;
                    pos = k;
                    continue;
                }
            }
            // `eight of the Bluejays' 11 assists`, `two of Smith's 14
            // points`: a name in the possessive before the figure is whose
            // the group is.
            if y.k == K::Word && !figure && self.byte(y.s).is_ascii_uppercase() {
                let skip = ["' ", "'s ", "\u{2019} ", "\u{2019}s "]
                    .iter()
                    .find(|p| self.starts(y.e, p));
                if let Some(p) = skip {
                    pos = y.e + p.len() - 1;
                    continue;
                }
            }
            if y.k != K::Word || !self.boundary(y.e) || !self.byte(y.s).is_ascii_lowercase() {
                return None;
            }
            let w = self.w(Some(y));
            if !figure
                && matches!(
                    words::num_word(&w),
                    Some(NumWord::Unit(_) | NumWord::Tens(_))
                )
            {
                figure = true;
                pos = y.e;
                continue;
            }
            // `1.2 million of its 3 million customers`: the figure's scale.
            if figure && matches!(words::num_word(&w), Some(NumWord::Scale(_))) {
                pos = y.e;
                continue;
            }
            if words::num_word(&w).is_some() || nounwords::duration(&w).is_some() {
                return None;
            }
            // Without a determiner only a figure may come first, and a
            // figure with a scale needs one too.
            if (!det || scaled) && !figure {
                return None;
            }
            let irregular = nounwords::irregular_plural(&w);
            if irregular.is_some() || plural_like(&w) {
                if nounwords::never_noun(&w) || !(irregular.is_some() || countable(&w, val)) {
                    return None;
                }
                let u = person_or_singular(&w);
                return Some(if figure { (e, e, u) } else { (y.s, y.e, u) });
            }
            pos = y.e;
            // `two of the world's largest chipmakers`: a possessive is a
            // modifier of the noun.
            if self.starts(pos, "'s ") || self.starts(pos, "\u{2019}s ") {
                pos = self.t[pos..].find(' ').map_or(pos, |k| pos + k);
            }
        }
        None
    }

    /// Whether a quotation opens on the line before byte `e` (a quote
    /// mark, `\`\`` or `“`), so that a quote mark after a figure closes it.
    /// A quotation closed before the figure (`\`\` the thinnest, '' at
    /// 0.98 ''`) is no longer open: openers are counted against closers.
    fn quote_open_before(&self, e: usize) -> bool {
        let line = &self.t.as_bytes()[..e];
        let from = memchr::memrchr(b'\n', line).map_or(0, |i| i + 1);
        let line = &line[from..];
        memchr::memchr3(b'"', b'`', 0xE2, line).is_some_and(|_| {
            let l = &self.t[from..e];
            l.matches('"').count() % 2 == 1
                || l.matches("``").count() > l.matches("''").count()
                || l.matches('\u{201c}').count() > l.matches('\u{201d}').count()
        })
    }

    /// `physicians under 40`, `one who was under 16`: an upper bound on a
    /// person's age, with no noun after the figure.
    fn age_limit(&self, q: &Qty, val: f64) -> bool {
        if !(1.0..=99.0).contains(&val) || q.core.plain.is_none_or(|d| d > 2) {
            return false;
        }
        let under = self.prev(q.s);
        if !is_word(self.t, &under, "under") {
            return false;
        }
        let who = self.w(under.and_then(|u| self.prev(u.s)));
        let person = nounwords::is_person_noun(&who)
            || matches!(
                who.as_str(),
                "was" | "were" | "is" | "are" | "those" | "anyone" | "everyone" | "someone"
            )
            || (who.len() > 5 && (who.ends_with("ian") || who.ends_with("ians")));
        // Nothing counted after it: `under 40 to be elected`, `under 16.`
        person
            && self
                .next(q.e)
                .is_none_or(|x| x.k != K::Word || nounwords::never_noun(&self.w(Some(x))))
    }

    /// A name or a person ending right before `pos` that the plain test
    /// misses: `Joseph Smith Jr.`, `Reid's`, `the troubled actress`.
    pub(super) fn name_end_before(&self, pos: usize) -> bool {
        let Some(mut w) = self.prev(pos) else {
            return false;
        };
        // `Jr.`, `Sr.`: the word before the point.
        let point = w.is_sym('.');
        if point {
            match self.prev(w.s) {
                Some(x) => w = x,
                None => return false,
            }
        }
        if w.k != K::Word {
            return false;
        }
        let lw = self.w(Some(w));
        let before = self.prev(w.s);
        match lw.as_str() {
            "jr" | "sr" => before.is_some_and(|b| b.k == K::Word),
            _ if point => false,
            // `Reid's` is read as `Reid`, `'`, `s`.
            "s" => {
                before.is_some_and(|a| a.is_sym('\'') || a.is_sym('\u{2019}'))
                    && before
                        .and_then(|a| self.prev(a.s))
                        .is_some_and(|n| n.k == K::Word && self.byte(n.s).is_ascii_uppercase())
            }
            // `the actress`, `the defendant`, `a driver`: a lower-case noun
            // of a person right after an article or one adjective.
            _ => {
                let personish = ["ess", "or", "er", "ist", "ian", "ant", "ent"]
                    .iter()
                    .any(|f| lw.ends_with(f))
                    && lw.len() > 4
                    && self.byte(w.s).is_ascii_lowercase();
                let article = |x: Option<Tok>| matches!(self.w(x).as_str(), "the" | "a" | "an");
                personish && (article(before) || article(before.and_then(|b| self.prev(b.s))))
            }
        }
    }

    /// What may follow an age set off by one comma when the second comma
    /// is missing: `Lopez, 20 was found`, `Jenkin, 23 and from Cumbria`.
    pub(super) fn age_clause_after(&self, e: usize) -> bool {
        let x = self.next(e);
        match self.w(x).as_str() {
            "was" | "is" | "has" | "had" | "who" => true,
            "and" => matches!(
                self.w(x.and_then(|x| self.next(x.e))).as_str(),
                "from" | "of"
            ),
            _ => false,
        }
    }

    /// The second of two ages: `ages 6 and 16`, `aged 4 and 7`.
    pub(super) fn second_age(&self, c: &Core, prevw: &str) -> bool {
        if prevw != "and" || !c.digits {
            return false;
        }
        // The first age is an earlier match: read past `floor`.
        let back = |x: Option<Tok>| x.and_then(|x| lex::prev(self.t, x.s, 0));
        let and = self.prev(c.s);
        let first = back(and);
        let cue = back(first);
        if !first.is_some_and(|f| f.k == K::Num) {
            return false;
        }
        if matches!(self.w(cue).as_str(), "ages" | "aged") {
            return true;
        }
        // `Two men, 41 and 36, were shot`: the pair set off after people.
        cue.is_some_and(|c| c.is_sym(','))
            && nounwords::is_person_noun(&self.w(back(cue)))
            && self.closes_clause(c.e)
    }

    /// `41 and 36,` after people: the first of a pair of ages.
    pub(super) fn first_of_two_ages(&self, e: usize) -> bool {
        let and = self.next(e);
        if self.w(and) != "and" {
            return false;
        }
        let second = and.and_then(|a| self.next(a.e));
        second.is_some_and(|x| {
            x.k == K::Num
                && self.t[x.s..x.e]
                    .parse::<u32>()
                    .is_ok_and(|v| (1..=115).contains(&v))
                && self.closes_clause(x.e)
        })
    }

    /// Whether a comma, full stop or semicolon follows byte `e`.
    fn closes_clause(&self, e: usize) -> bool {
        self.next(e)
            .is_some_and(|x| x.is_sym(',') || x.is_sym('.') || x.is_sym(';'))
    }

    /// Whether a spaced `m` ending at `e` is a metre, which a lone letter
    /// seldom is (`6.5 m` may be millions): a speed (`300 m/s`) or a
    /// dimension after it (`6.5 m across`, `40 m high`).
    fn spaced_metre(&self, e: usize) -> bool {
        if self.byte(e) == b'/' {
            return self.byte(e + 1) == b's' && self.boundary(e + 2);
        }
        self.next(e).is_some_and(|y| {
            y.k == K::Word && y.s == e + 1 && nounwords::extent_word(&self.w(Some(y)))
        })
    }

    /// `square kilometres`, `sq km`, `sq. miles`, `square-mile`, `cubic
    /// metres` starting at the word `x` (lower-cased `w`): the end and unit.
    fn area_unit(&self, x: Tok, w: &str) -> Option<(usize, String)> {
        let kind = match w {
            "square" | "sq" => "square",
            "cubic" | "cu" => "cubic",
            _ => return None,
        };
        let mut k = x.e;
        if matches!(self.byte(k), b'.' | b'-') {
            k += 1;
        }
        let y = self
            .next(k)
            .filter(|y| y.k == K::Word && lex::joined(self.t, k, y.s))?;
        let u = nounwords::measure_unit(&self.w(Some(y)))?;
        if !matches!(u, "km" | "mile" | "m" | "foot" | "cm" | "mm") {
            return None;
        }
        Some((y.e, format!("{kind} {u}")))
    }

    /// What may follow a unit and change it: `per hour`, `an hour`, `/h`
    /// after a distance (speeds), `Celsius`, `C`, `Fahrenheit`, `F` after
    /// degrees. Returns the end and the unit.
    pub(super) fn unit_tail(&self, e: usize, u: &'static str) -> (usize, String) {
        let distance = matches!(u, "km" | "mile" | "m");
        if distance {
            let speed = |s: &str| match s {
                "km" => "km/h",
                "mile" => "mph",
                _ => "m/s",
            };
            // `km/h`, `km/hr`, `m/s`, and spaced as ECB+ writes them (`193km
            // / h`).
            let slash = match self.byte(e) {
                b'/' => Some(e),
                b' ' if self.starts(e, " / ") => Some(e + 2),
                _ => None,
            };
            if let Some(e) = slash {
                let mut k = e + 1;
                while self.byte(k).is_ascii_alphabetic() {
                    k += 1;
                }
                let tail = &self.t[e + 1..k];
                let per_hour = tail.eq_ignore_ascii_case("h") || tail.eq_ignore_ascii_case("hr");
                if self.boundary(k) && (per_hour && u != "m" || u == "m" && tail == "s") {
                    return (k, speed(u).into());
                }
            }
            let x = self.next(e);
            let xw = self.w(x);
            if matches!(xw.as_str(), "per" | "an" | "a") {
                let y = x.and_then(|x| self.next(x.e));
                let yw = self.w(y);
                if yw == "hour" && u != "m" || u == "m" && yw == "second" {
                    return (y.map_or(e, |y| y.e), speed(u).into());
                }
            }
        }
        // `369 lb-ft`, `369 lb ft`: torque in pound-feet.
        if u == "lb" {
            for f in ["-ft", " ft", "-feet", "-foot"] {
                if self.starts(e, f) && self.boundary(e + f.len()) {
                    return (e + f.len(), "lb-ft".into());
                }
            }
        }
        if u == "degree" {
            // `°C` glued, or `degrees Celsius`, `degrees C`.
            let mut k = e;
            if self.t[k..].starts_with('°') {
                k += '°'.len_utf8();
            }
            let x = self
                .next(k)
                .filter(|x| x.k == K::Word && lex::joined(self.t, k, x.s));
            let xw = self.w(x);
            let scale = match xw.as_str() {
                "celsius" | "centigrade" | "c" => Some("°C"),
                "fahrenheit" | "f" => Some("°F"),
                _ => None,
            };
            // A bare `C` or `F` must be a capital standing alone.
            let fine = x.is_some_and(|x| {
                xw.len() > 1 || (self.byte(x.s).is_ascii_uppercase() && self.boundary(x.e))
            });
            if let (Some(sc), true) = (scale, fine) {
                return (x.map_or(k, |x| x.e), sc.into());
            }
            return (k, u.into());
        }
        (e, u.into())
    }
}

impl Scan<'_> {
    /// A unit symbol after the figure ending at `e`, read from the token
    /// `x` as written: symbols whose case matters (`340 PS`, `60 W`, `500
    /// Nm`, `400 MPa`, `2.5 µm`), torque (`500 N·m`, `369 pound-feet`), and
    /// the one-letter `g` of grams (`5 g of sugar`). A spaced one-letter
    /// symbol is a unit only when no capitalised word or figure follows
    /// it (`100 W Main Street` is an address).
    fn symbol_unit(&self, e: usize, x: Tok) -> Option<(usize, usize, String)> {
        let raw = &self.t[x.s..x.e];
        // Every symbol and torque word starts with one of these letters.
        if !matches!(
            self.byte(x.s),
            b'N' | b'n'
                | b'P'
                | b'p'
                | b'W'
                | b'k'
                | b'K'
                | b'M'
                | b'G'
                | b'g'
                | b'u'
                | 0xC2
                | 0xCE
        ) {
            return None;
        }
        // Symbols are short; the torque words start `pound` or `newton`.
        if raw.len() > 3 && !(self.starts(x.s, "pound") || self.starts(x.s, "newton")) {
            return None;
        }
        let glued = x.s == e;
        let free_after = || {
            self.next(x.e).is_none_or(|y| match y.k {
                K::Word => self.byte(y.s).is_ascii_lowercase(),
                K::Num => false,
                K::Sym(_) => true,
            })
        };
        // `N·m`, `N-m`, `N m`: newton metres.
        if raw == "N" {
            for f in ["\u{b7}m", "\u{22c5}m", "-m", " m"] {
                if self.starts(x.e, f) && self.boundary(x.e + f.len()) {
                    return Some((x.s, x.e + f.len(), "n·m".into()));
                }
            }
            return None;
        }
        if let Some(u) = nounwords::cased_unit(raw) {
            if raw.len() > 1 && raw != "um" || glued || free_after() {
                return Some((x.s, x.e, u.into()));
            }
            return None;
        }
        if raw == "g" && !glued && free_after() {
            return Some((x.s, x.e, "g".into()));
        }
        // `369 pound-feet`, `newton-metres`, `newton metres`.
        let w = self.w(Some(x));
        let torque = match w.as_str() {
            "pound" | "pounds" => ["-feet", "-foot", " feet"]
                .iter()
                .find(|f| self.starts(x.e, f))
                .map(|f| (x.e + f.len(), "lb-ft")),
            "newton" | "newtons" => [
                "-metres", "-metre", "-meters", "-meter", " metres", " meters",
            ]
            .iter()
            .find(|f| self.starts(x.e, f))
            .map(|f| (x.e + f.len(), "n·m")),
            _ => None,
        };
        torque
            .filter(|&(k, _)| self.boundary(k))
            .map(|(k, u)| (x.s, k, u.to_string()))
    }
}

/// Endings that mark an adjective (`controversial`, `massive`, `famous`,
/// `historic`, `violent`, `notable`): enough to step over one between a
/// known adjective and the noun.
/// Adjectives of how often (`monthly payments`, `weekly episodes`).
fn frequency(w: &str) -> bool {
    matches!(
        w,
        "daily" | "weekly" | "monthly" | "quarterly" | "yearly" | "hourly" | "nightly"
    )
}

/// Endings that make an adjective and, in news, hardly ever a noun
/// (`memorable`, `possible`, `famous`), unlike `-al`, `-ive` or `-ent`
/// (`official`, `detective`, `student`).
fn pure_adjective(w: &str) -> bool {
    w.len() > 5 && (w.ends_with("able") || w.ends_with("ible") || w.ends_with("ous"))
}

fn adjective_ending(w: &str) -> bool {
    w.len() > 5
        && [
            "al", "ive", "ous", "ic", "ent", "ant", "able", "ible", "ful", "ary",
        ]
        .iter()
        .any(|f| w.ends_with(f))
}

/// The unit of a noun of persons: `people` for the words that say no
/// more than that (`people`, `persons`), else the noun's head in the
/// singular, as a counted noun is written (`two officers` → `officer`,
/// `120,000 members` → `member`). The claim assembler still counts all of
/// them as people (`super::counts_persons`).
fn person_unit(w: &str) -> String {
    match w {
        "people" | "person" | "persons" | "folks" => "people".to_string(),
        _ => singular(w.trim_end_matches('\'')),
    }
}

/// A plural noun that `val` can count after a modifier (`fire engines`,
/// `family members`): not a span of time, a unit of measure or a word
/// that is never a noun.
fn counted_plural(w: &str, val: f64) -> bool {
    plural_like(w)
        && countable(w, val)
        && !nounwords::never_noun(w)
        && nounwords::duration(w).is_none()
        && nounwords::measure_unit(w).is_none()
}

/// [`person_unit`] for a noun of persons, else the noun in the singular.
fn person_or_singular(w: &str) -> String {
    if nounwords::is_person_noun(w) {
        person_unit(w)
    } else {
        singular(w)
    }
}

/// Whether a lower-case word can be the noun counted by `val`: plural for
/// anything but one, never a verb form in -ed or an adverb.
fn countable(w: &str, val: f64) -> bool {
    // `-ed` marks a participle, but `speed` is a noun (`an eight-speed
    // gearbox`).
    if w.len() < 2 || !w.is_ascii() || w.ends_with("ed") && w != "speed" || w.ends_with("ly") {
        return false;
    }
    if val == 1.0 || val.fract() != 0.0 && val < 2.0 {
        // Singular nouns come after `one` and ordinals, and so do
        // adjectives (`the second largest`, `the first successful`).
        let superlative = w.ends_with("iest")
            || matches!(
                w,
                "largest"
                    | "biggest"
                    | "highest"
                    | "lowest"
                    | "best"
                    | "worst"
                    | "most"
                    | "least"
                    | "latest"
                    | "greatest"
                    | "longest"
                    | "smallest"
                    | "strongest"
                    | "oldest"
                    | "youngest"
                    | "fastest"
                    | "richest"
                    | "poorest"
                    | "closest"
                    | "newest"
                    | "fiscal"
                    | "else"
                    | "such"
                    | "annual"
                    | "final"
                    | "next"
                    | "last"
                    | "consecutive"
                    | "straight"
                    | "official"
                    | "only"
                    // Adverbs, prepositions and participles a pronoun
                    // `one` takes (`the one inside`, `this one involving`,
                    // `a rare one made`): read here, where only `one`
                    // comes, rather than for every figure.
                    | "inside"
                    | "outside"
                    | "close"
                    | "pretty"
                    | "made"
                    | "involving"
                    | "containing"
                    | "featuring"
            );
        // After `one` a plural is no counted noun but a verb of the
        // pronoun (`one imagines`, `one hopes`): `one` counts singulars.
        let verb = val == 1.0
            && plural_like(w)
            && nounwords::singular_in_s(w).is_none()
            && nounwords::irregular_plural(w).is_none();
        return !superlative
            && !verb
            && !w.ends_with("ful")
            && (!w.ends_with("ing") || w.len() > 7);
    }
    plural_like(w)
}

/// Whether a noun of persons is in the plural (`adults`, `women`,
/// `children`, `people`), read from its ending without building its
/// singular.
fn plural_person(w: &str) -> bool {
    plural_like(w)
        || w.ends_with("men")
        || w.ends_with("children")
        || matches!(w, "people" | "folks" | "police")
}

fn plural_like(w: &str) -> bool {
    w.len() > 2
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
}

/// Plural demonyms (`Ukrainians`, `Israelis`, `Chinese`).
fn is_demonym_plural(w: &str) -> bool {
    (w.ends_with("ans") || w.ends_with("is") || w.ends_with("ese") || w.ends_with("ers"))
        && w.len() > 4
}

/// Demonym adjectives (`Ukrainian`, `Israeli`, `British`).
fn is_demonym_adj(w: &str) -> bool {
    w.len() > 4
        && (w.ends_with("an")
            || w.ends_with('i')
            || w.ends_with("ese")
            || w.ends_with("ish")
            || w.ends_with("ch"))
}

/// The singular of a lower-case plural noun (good enough for units).
///
/// Rules, in order: irregular plurals and nouns that end in -s in the
/// singular (`series`, `news`, `gas`); -ies → -y (`cities`), except nouns in
/// -ie (`movies`); -uses → -us (`buses`, `viruses`), except nouns in -use
/// (`houses`, `causes`, `abuses`); -sses, -shes, -ches, -xes, -zzes drop -es
/// (`classes`, `bushes`, `churches`, `boxes`, `buzzes`), except nouns in -che
/// (`headaches`, `niches`); -men → -man; otherwise drop the final -s
/// (`prizes` → `prize`: a single -z- keeps its -e).
pub(super) fn singular(w: &str) -> String {
    if let Some(u) = nounwords::irregular_plural(w).or_else(|| nounwords::singular_in_s(w)) {
        return u.to_string();
    }
    if let Some(u) = nounwords::plural_in_e(w) {
        return u.to_string();
    }
    if let Some(s) = w.strip_suffix("ies") {
        if s.len() > 1 {
            return format!("{s}y");
        }
    }
    if let Some(s) = w.strip_suffix("uses") {
        let use_noun = s.ends_with('o') || s.ends_with('a') || s.ends_with('e') || s.is_empty();
        if !use_noun {
            return format!("{s}us");
        }
    }
    if let Some(s) = w.strip_suffix("men") {
        return format!("{s}man");
    }
    for suf in ["sses", "ches", "shes", "xes", "zzes"] {
        if w.ends_with(suf) {
            return w[..w.len() - 2].to_string();
        }
    }
    if plural_like(w) {
        return w[..w.len() - 1].to_string();
    }
    w.to_string()
}
