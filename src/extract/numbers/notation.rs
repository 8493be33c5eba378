//! Digits written in a notation that measures nothing: sports records and
//! stat lines (`(5-10)`, `an 18-30 record`, `(.454)`), dates with spaced
//! slashes (`4 / 11 / 2007`), street blocks (`the 1200 block of`) and
//! technical names (`32-bit`, `12-gauge`). Each is kept whole as one
//! match with no value, so none of its parts is read as a count.

use super::*;

impl Scan<'_> {
    /// Where the notation that starts with the digits of `q` ends, if the
    /// digits are in one.
    pub(super) fn notation_end(&self, q: &Qty, prevw: &str) -> Option<usize> {
        let c = &q.core;
        if q.money || q.unit.is_some() || c.scaled || c.form.is_some() {
            return None;
        }
        if let Some(e) = self.basketball_end(q, prevw) {
            return Some(e);
        }
        // `a four-by-four car`, `a 4×4`: a kind of vehicle (`4x4` is read
        // as a name elsewhere).
        if c.val == 4.0 && !c.scaled {
            for f in ["-by-four", "-by-4", "\u{d7}4"] {
                if self.starts(c.e, f) && self.boundary(c.e + f.len()) {
                    return Some(c.e + f.len());
                }
            }
        }
        if !c.digits {
            return None;
        }
        // `a . 290 hitter`, `(. 464)`: a batting average or winning
        // percentage whose point wire copy spaced out, as `(.464)`. Wire
        // copy also glues the point to the word before (`hit. 308 with 33
        // homers`, `a. 357 revolver`, `the line:. 290 average,. 919 OPS`):
        // then only where no plural noun follows, since a sentence may end
        // there and the next open with a count (`... in May. 312 people`).
        if c.plain == Some(3)
            && c.s >= 2
            && self.byte(c.s - 1) == b' '
            && self.byte(c.s - 2) == b'.'
            && (c.s == 2
                || matches!(self.byte(c.s - 3), b' ' | b'(' | b'\n')
                || matches!(self.byte(c.s - 3), b'a'..=b'z' | b':' | b',')
                    && !self.plural_word_after(c.e))
            && self.boundary(c.e)
        {
            let from = c.s.saturating_sub(40);
            let alcohol = self.b[from..c.s]
                .windows(7)
                .any(|w| w.eq_ignore_ascii_case(b"alcohol"));
            if !alcohol {
                return Some(c.e);
            }
        }
        // A winning percentage or batting average: `(.454)`, `over .500`,
        // `a .300 hitter`; always three decimals after a bare point. Not a
        // blood-alcohol level (`an alcohol level of .125`).
        if self.byte(c.s) == b'.' && c.e - c.s == 4 && self.boundary(c.e) {
            let from = c.s.saturating_sub(40);
            let alcohol = self.b[from..c.s]
                .windows(7)
                .any(|w| w.eq_ignore_ascii_case(b"alcohol"));
            return (!alcohol).then_some(c.e);
        }
        let nd = c.plain?;
        // `9/11`, `the 9 / 11 attacks`: the name of the 2001 attacks, no
        // count of nine nor a day (a date with its year is read above).
        if c.val == 9.0 && nd == 1 {
            for f in ["/11", " / 11"] {
                if self.starts(c.e, f)
                    && self.boundary(c.e + f.len())
                    && !(self.byte(c.e + f.len()) == b' ' && self.byte(c.e + f.len() + 1) == b'/')
                    && self.byte(c.e + f.len()) != b'/'
                {
                    return Some(c.e + f.len());
                }
            }
        }
        if let Some(e) = self.spaced_date(c.e).filter(|_| nd <= 2 && c.val >= 1.0) {
            return Some(e);
        }
        // `the 12200 block of 223rd Street`: an address.
        if nd >= 3 && (self.starts(c.e, " block of ") || self.starts(c.e, " block,")) {
            return Some(c.e);
        }
        // `32-bit`, `64-bit`, `a 12-gauge shotgun`: names of a kind, as
        // `.38-caliber` is.
        for f in ["-bit", "-gauge", " gauge"] {
            if self.starts(c.e, f) && self.boundary(c.e + f.len()) {
                return Some(c.e + f.len());
            }
        }
        // `a 700:1 contrast ratio`, `odds of 3:1`: a ratio in colon
        // notation, which measures nothing on its own (a clock time has two
        // digits after the colon and an hour before it).
        if self.byte(c.e) == b':' && self.digit(c.e + 1) {
            let n = self.run(c.e + 1);
            if (n != 2 || c.val > 24.0) && self.boundary(c.e + 1 + n) {
                return Some(c.e + 1 + n);
            }
        }
        // `odds of 2 / 1`, `at 5/2`, `a 10-1 shot`, `the 3-1 favourite`:
        // betting odds, a ratio in slash or hyphen notation, as `3:1` is
        // above. After `odds` the slash is enough; the hyphen, which
        // writes ranges and records too, needs the word of odds after it.
        if nd <= 3 {
            // Bytes, not a string search: this runs at every small figure.
            let k = match self.byte(c.e) {
                b'/' | b'-' => c.e + 1,
                b' ' if self.byte(c.e + 1) == b'/' && self.byte(c.e + 2) == b' ' => c.e + 3,
                _ => 0,
            };
            let n = if k > 0 { self.run(k) } else { 0 };
            if (1..=3).contains(&n) && self.boundary(k + n) {
                // The word after is read only where its first letter may
                // open a word of odds (most pairs are ranges of a count).
                let after = self.byte(k + n) == b' '
                    && matches!(self.byte(k + n + 1), b'o' | b'f' | b's' | b'u')
                    && matches!(
                        self.w(self.next(k + n)).as_str(),
                        "odds" | "favourite" | "favorite" | "shot" | "outsider" | "underdog"
                    );
                let before = self.byte(c.e) != b'-'
                    && (prevw == "odds"
                        || matches!(prevw, "of" | "at")
                            && self.w(self.prev(q.s).and_then(|p| self.prev(p.s))) == "odds");
                if after || before {
                    return Some(k + n);
                }
            }
        }
        // `biography_31.html`, `photo 12.jpg` (as wire copy spaces a link
        // out, `biography _ 31. html`): part of a file name.
        if self.byte(c.e) == b'.' {
            let k = if self.byte(c.e + 1) == b' ' {
                c.e + 2
            } else {
                c.e + 1
            };
            let ext = self.w(self.next(k.min(self.b.len())).filter(|x| x.s == k));
            if matches!(
                ext.as_str(),
                "html" | "htm" | "shtml" | "php" | "asp" | "aspx" | "jsp" | "pdf" | "jpg" | "png"
            ) {
                return Some(c.e);
            }
        }
        // `a 401(k) plan`, `a 501(c)(3) charity`: a letter in brackets
        // glued to the digits makes a name of a rule or a plan.
        if self.byte(c.e) == b'('
            && self.byte(c.e + 1).is_ascii_alphabetic()
            && self.byte(c.e + 2) == b')'
        {
            let mut e = c.e + 3;
            while self.byte(e) == b'(' && self.byte(e + 2) == b')' {
                e += 3;
            }
            return Some(e);
        }
        // `a 2-for-1 split`, `a 3-to-1 vote`: glued figures falling from
        // the first to the second are a ratio or a margin, not made and
        // attempted (`7-for-14`) nor a range (`5-to-6`).
        for f in ["-for-", "-to-"] {
            if self.starts(c.e, f) && self.digit(c.e + f.len()) {
                let k = c.e + f.len();
                let n = self.run(k);
                let second = self.t[k..k + n].parse::<f64>().unwrap_or(f64::MAX);
                if second < c.val && self.boundary(k + n) {
                    return Some(k + n);
                }
            }
        }
        // Years are read elsewhere (`the 2012-2013 season`).
        if nd <= 3 {
            return self.record_end(q, prevw);
        }
        None
    }

    /// Kinds of shot and ranks, in digits or words: `a three-point play`,
    /// `from 3-point range`, `a 3-pointer`, `missed an open three`, `the
    /// five seed`. (`a 10-point lead` counts points and stays.)
    fn basketball_end(&self, q: &Qty, prevw: &str) -> Option<usize> {
        let c = &q.core;
        if c.kind != CoreKind::Card {
            return None;
        }
        let v = c.val;
        if (v == 2.0 || v == 3.0) && self.byte(c.e) == b'-' {
            if self.starts(c.e, "-pointer") {
                let mut e = c.e + 8;
                if self.byte(e) == b's' {
                    e += 1;
                }
                return self.boundary(e).then_some(e);
            }
            if self.starts(c.e, "-point") && self.boundary(c.e + 6) {
                let kind = self.w(self.next(c.e + 6));
                let shot = matches!(
                    kind.as_str(),
                    "play"
                        | "plays"
                        | "range"
                        | "shot"
                        | "shots"
                        | "attempt"
                        | "attempts"
                        | "basket"
                        | "baskets"
                        | "line"
                        | "jumper"
                        | "jumpers"
                        | "shooter"
                        | "shooting"
                        | "arc"
                        | "touch"
                        | "percentage"
                        | "specialist"
                        | "territory"
                );
                return shot.then_some(c.e + 6);
            }
        }
        let nx = self.next(c.e);
        // `the five seed`, `a No. 2 seed`.
        if v <= 16.0 && is_word(self.t, &nx, "seed") {
            return nx.map(|x| x.e);
        }
        // `the six-seed`, `a two-seeded team`: a seed glued to its rank.
        if v <= 16.0 && self.starts(c.e, "-seed") {
            let mut e = c.e + 5;
            if self.starts(e, "ed") {
                e += 2;
            } else if self.byte(e) == b's' {
                e += 1;
            }
            if self.boundary(e) {
                return Some(e);
            }
        }
        // `on a three`, `missed an open three;`: a three-point shot.
        if v == 3.0
            && !c.digits
            && matches!(prevw, "a" | "an" | "open" | "another" | "deep" | "corner")
            && nx.is_none_or(|x| x.k != K::Word && !x.is_sym('-'))
        {
            return Some(c.e);
        }
        None
    }

    /// The second figure of a made-attempted line, `3-of-4`, `7-for-14`:
    /// a count, not the tail of a name such as `COVID-19`.
    pub(super) fn made_attempted_second(&self, s: usize) -> bool {
        let before = &self.b[..s.min(self.b.len())];
        ["-of-", "-for-"].iter().any(|f| {
            before.len() > f.len()
                && before[before.len() - f.len()..].eq_ignore_ascii_case(f.as_bytes())
                && before[before.len() - f.len() - 1].is_ascii_digit()
        })
    }

    /// Whether the word after `e` is a lower-case plural (`312 people`):
    /// a count's noun, which a figure of a notation never takes.
    fn plural_word_after(&self, e: usize) -> bool {
        self.next(e).is_some_and(|y| {
            y.k == K::Word && y.s == e + 1 && self.byte(y.s).is_ascii_lowercase() && {
                let w = &self.b[y.s..y.e];
                w.len() > 2 && w.ends_with(b"s") && !w.ends_with(b"ss")
            }
        })
    }

    /// `4 / 11 / 2007`, `6 / 6 / 2013`: a date whose slashes wire copy
    /// spaced out. `e` ends the first group; returns the end of the last.
    fn spaced_date(&self, e: usize) -> Option<usize> {
        let mut k = e;
        for round in 0..2 {
            if self.byte(k) != b' ' || self.byte(k + 1) != b'/' || self.byte(k + 2) != b' ' {
                return None;
            }
            k += 3;
            let n = self.run(k);
            let fine = if round == 0 {
                (1..=2).contains(&n)
            } else {
                n == 2 || n == 4
            };
            if !fine {
                return None;
            }
            k += n;
        }
        self.boundary(k).then_some(k)
    }

    /// A win-loss record or a made-attempted line written as two figures
    /// with a hyphen, which a range reading would turn into `low-high`:
    /// `The Jaguars (5-10)`, `(22-47)`, `(5-11,220)` (height and weight),
    /// `an 18-30 record`, `a 5-19 start`, `a mark of 122-147`, `stands at
    /// 284-286`, `fell to 15-17`, `an NFL-worst 2-14`, `is 122-147`. Returns
    /// the end.
    fn record_end(&self, q: &Qty, prevw: &str) -> Option<usize> {
        let c = &q.core;
        if self.byte(c.e) != b'-' || !self.digit(c.e + 1) {
            return None;
        }
        let e = c.e + 1 + self.run(c.e + 1);
        if !self.boundary(e) && self.byte(e) != b',' {
            return None;
        }
        // In brackets with nothing but figures: the line after a team or a
        // player's name.
        if c.s > 0 && self.byte(c.s - 1) == b'(' {
            let mut k = e;
            while self.digit(k) || matches!(self.byte(k), b',' | b'-' | b';' | b'.' | b' ') {
                k += 1;
            }
            if self.byte(k) == b')' {
                return Some(k);
            }
        }
        if !self.boundary(e) {
            return None;
        }
        let nx = self.w(self.next(e));
        let is_record_word = |w: &str| {
            matches!(
                w,
                "record"
                    | "records"
                    | "mark"
                    | "start"
                    | "finish"
                    | "slate"
                    | "season"
                    | "campaign"
            )
        };
        // `a 135-156 (.464) record`: the record word after a bracket.
        let bracketed_record = self.starts(e, " (")
            && self.t[e + 2..]
                .find(')')
                .is_some_and(|k| k <= 12 && is_record_word(&self.w(self.next(e + 3 + k))));
        let record_word = is_record_word(&nx) || bracketed_record;
        let p = self.prev(c.s);
        let pp = self.w(p.and_then(|p| self.prev(p.s)));
        let record_before = match prevw {
            "of" => matches!(pp.as_str(), "mark" | "record"),
            // `slumping at 9-14`, `underachieving at 9-14`: a team
            // doing something at two bare figures is doing it at a record.
            "at" => {
                matches!(
                    pp.as_str(),
                    "stand" | "stands" | "stood" | "sit" | "sits" | "up" | "finished" | "ended"
                ) || pp.len() >= 7 && pp.ends_with("ing")
            }
            // `the 15-17 Bulldogs`: two bare figures before a team's name.
            "the" => self.next(e).is_some_and(|x| {
                x.k == K::Word
                    && self.byte(x.s).is_ascii_uppercase()
                    && !words::is_month(&self.w(Some(x)))
            }),
            "to" => matches!(
                pp.as_str(),
                "fell"
                    | "falls"
                    | "dropped"
                    | "drops"
                    | "slipped"
                    | "slips"
                    | "improved"
                    | "improves"
                    | "moved"
                    | "moves"
            ),
            // `an NFL-worst 2-14`, `a league-best 12-3`.
            "worst" | "best" => p.is_some_and(|p| p.s > 0 && self.byte(p.s - 1) == b'-'),
            "went" | "go" | "goes" | "finished" => true,
            // `have opened 9-14`, `started 2-5`: a season begun at a record.
            "opened" | "opens" | "started" | "starts" => true,
            // `Cheeks is 122-147 in three seasons`, `they are 12-3 for the
            // season`, `now 10-0`: two bare figures said of a team or a
            // coach are its record (a range is told with its unit).
            "is" | "was" | "are" | "were" | "now" => true,
            _ => false,
        };
        // Not when a unit or a noun follows (`fell to 15-17 percent`).
        let unit_after = self.byte(e) == b'%'
            || matches!(nx.as_str(), "percent" | "pct" | "per")
            || self.noun_after(e, q, 2.0).is_some();
        (record_word || record_before && !unit_after).then_some(e)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{find_numbers, NumberForm};

    /// The values the recogniser reads as quantities in `text`.
    fn counts(text: &str) -> Vec<(Option<f64>, Option<f64>)> {
        find_numbers(text)
            .into_iter()
            .filter(|m| m.form == NumberForm::Cardinal)
            .map(|m| (m.low, m.high))
            .collect()
    }

    #[test]
    fn records_in_brackets_and_before_record_words_are_not_ranges() {
        for t in [
            "The Hawks (4-11) host the Owls on Sunday.",
            "She shot well from the floor (12-30) all night.",
            "The guard (6-2,195) signed on Monday.",
            "They opened the year with a 3-12 record.",
            "A 2-9 start cost the coach his job.",
            "He left with a mark of 140-161 over his tenure.",
            "His record as a head coach stands at 301-330 overall.",
            "The Bears fell to 14-16 after the loss.",
            "A league-worst 1-13 side came to town.",
        ] {
            assert_eq!(counts(t), vec![], "{t}");
        }
    }

    #[test]
    fn ranges_with_units_or_outside_records_stay_ranges() {
        assert_eq!(
            counts("Prices fell to 15-17 percent of the old level."),
            vec![(Some(15.0), Some(17.0))]
        );
        assert_eq!(
            counts("Each school will hire 10-15 teachers."),
            vec![(Some(10.0), Some(15.0))]
        );
    }

    #[test]
    fn winning_percentages_are_not_quantities() {
        assert_eq!(counts("The club won at a .561 clip (.561)."), vec![]);
        assert_eq!(counts("They never got back over .500 that year."), vec![]);
        assert_eq!(
            counts("His blood-alcohol level was .125 at the time."),
            vec![(Some(0.125), Some(0.125))]
        );
    }

    #[test]
    fn spaced_slash_dates_blocks_and_bit_widths_are_not_counts() {
        assert_eq!(counts("Posted 3 / 14 / 2012 at noon"), vec![]);
        assert_eq!(
            counts("Police were called to the 4300 block of Elm Road."),
            vec![]
        );
        assert_eq!(counts("Only the 64-bit build is affected."), vec![]);
        assert_eq!(counts("He bought a 20-gauge shotgun."), vec![]);
    }

    #[test]
    fn records_opened_at_ended_at_and_before_a_team() {
        for t in [
            "The Hawks have opened 3-11 under the new coach.",
            "The club wound up at 38-44 last year.",
            "Then the 12-19 Owls came back.",
            "He leaves with a 201-233 (.463) record overall.",
        ] {
            assert_eq!(counts(t), vec![], "{t}");
        }
        // A range before a plural noun is still a range.
        assert_eq!(
            counts("Then the 12-19 students came in."),
            vec![(Some(12.0), Some(19.0))]
        );
    }

    #[test]
    fn spaced_averages_seeds_and_shot_kinds_are_no_counts() {
        assert_eq!(counts("He is a career . 287 hitter."), vec![]);
        // The point glued to the word before, as wire copy spaces `.311`.
        assert_eq!(
            counts("Last year she hit. 311 with 20 doubles."),
            vec![(Some(20.0), Some(20.0))]
        );
        assert_eq!(counts("His line reads:. 276 average,. 802 OPS."), vec![]);
        assert_eq!(counts("Officers found a. 357 handgun in the car."), vec![]);
        // A sentence that ends before a count keeps the count.
        assert_eq!(
            counts("The plant closed in May. 312 workers lost jobs."),
            vec![(Some(312.0), Some(312.0))]
        );
        assert_eq!(counts("They finished at 41-41 (. 500) in the end."), vec![]);
        assert_eq!(counts("They entered as the seven-seed."), vec![]);
        assert_eq!(counts("A three-seeded side went out early."), vec![]);
        assert_eq!(counts("He has a soft three-point touch."), vec![]);
        // A blood-alcohol level keeps its figure.
        assert_eq!(
            counts("His blood alcohol level was . 215 at the stop.").len(),
            1
        );
    }

    #[test]
    fn the_name_of_the_2001_attacks_is_no_count() {
        assert_eq!(counts("Security changed after 9/11 for good."), vec![]);
        assert_eq!(counts("the 9 / 11 hijackers trained there"), vec![]);
    }
}
