//! Context around a number: what makes it a year, age, time or id; bound
//! and hedge words; ranges.

use super::*;

impl Scan<'_> {
    /// Years, ages, list markers and days of the month.
    pub(super) fn special_form(&self, q: &Qty, prevw: &str) -> Option<NumberForm> {
        let c = &q.core;
        // Constant dollars: `$76 million (in 2006 dollars)`.
        if q.money
            && prevw == "in"
            && c.plain == Some(4)
            && q.s == c.s
            && (1800.0..=2100.0).contains(&c.val)
        {
            return Some(NumberForm::Year);
        }
        // Before the money test: `"Million Dollar Mermaid"` is a title.
        if self.name_part(q, prevw) {
            return Some(NumberForm::Other);
        }
        // `GeForce 9400M`, `the 9600M GT`, `Wi-Fi 802.11b`: a chip or a
        // standard named by digits and a letter, not millions or billions.
        if !q.money && c.digits && self.model_with_letter(c) {
            return Some(NumberForm::Other);
        }
        // `877-LAPD`, `555-HELP`: three digits joined by a hyphen to a
        // word of four capitals or more spell a phone number (an exchange
        // and the letters of its line), where a lower-case word glued so
        // is the counted noun (`a 53-man roster`) and so is a short
        // abbreviation (`a 100-RBI season`); a unit in capitals keeps its
        // measure (`a 500-MW plant`).
        if c.digits
            && !q.money
            && c.plain == Some(3)
            && self.byte(c.e) == b'-'
            && self.spelled_id(c.e + 1)
        {
            return Some(NumberForm::Other);
        }
        // `22.34 BST`: a clock time written with a point, in a time zone.
        if c.digits && !c.scaled && c.plain.is_none() && self.dotted_clock(c) {
            return Some(NumberForm::Time);
        }
        if q.money || q.unit.is_some() {
            return None;
        }
        if self.spoken_list_marker(c, prevw) {
            return Some(NumberForm::Other);
        }
        if prevw == "aged" || prevw == "age" || prevw == "ages" || self.second_age(c, prevw) {
            return Some(NumberForm::Age);
        }
        // `at the age of 91`, `dies at 77`, `dead at 95`.
        if c.plain.is_some_and(|d| d <= 3) && (1.0..=115.0).contains(&c.val) {
            let p1 = self.prev(c.s);
            let w2 = self.w(p1.and_then(|p| self.prev(p.s)));
            let age_of = prevw == "of" && w2 == "age";
            // A death word shortly before (`dies in prison at 77`) and
            // nothing after but the end of the clause.
            let died_at = prevw == "at" && {
                let a = crate::extract::text::ceil_boundary(
                    self.t,
                    c.s.saturating_sub(40).max(self.floor),
                );
                let before = self.t[a..c.s].to_ascii_lowercase();
                let last = self.next(c.e);
                (before.contains("die") || before.contains("dead") || before.contains("passe"))
                    && last.is_none_or(|x| {
                        matches!(x.k, K::Sym('.' | ',' | ';' | ')' | '"' | '\u{201d}'))
                            || !lex::joined(self.t, c.e, x.s)
                            || self.t[c.e..x.s].contains('\n')
                    })
            };
            if age_of || died_at {
                return Some(NumberForm::Age);
            }
        }
        if c.digits && self.age_tail(c.e).is_some() {
            return Some(NumberForm::Age);
        }
        // Versions after a name: `Firefox 3.05`, `Explorer 7.0`.
        if c.plain.is_none()
            && c.digits
            && c.kind == CoreKind::Card
            && !c.scaled
            && c.val < 100.0
            && self.model_number(q)
        {
            return Some(NumberForm::Other);
        }
        // `USB 3.0 ports`, `Windows 8.1 machines`: a figure with a point
        // after a capitalised name tags what follows with a version; a
        // count is whole, and a measure would have its unit. Points are
        // the exception, a player's average or an index's move with the
        // verb left out (`Smith 12.5 points`).
        if c.plain.is_none()
            && c.digits
            && c.kind == CoreKind::Card
            && !c.scaled
            && c.val < 100.0
            && self.byte(c.s).is_ascii_digit()
            && self.t[c.s..c.e].contains('.')
            && self.name_before(c)
            && !self.noun_after(c.e, q, c.val).is_some_and(|(_, _, u)| {
                u == "point"
                    || nounwords::measure_unit(&u).is_some()
                    || nounwords::duration(&u).is_some()
            })
        {
            return Some(NumberForm::Other);
        }
        // `version 2.0`, `the Bluetooth version 2.1`: a name, whatever its
        // digits; not before a unit of measure, which the version has (`the
        // sport version 340 bhp`, `the long-range version 600 km`).
        if c.digits
            && !c.scaled
            && prevw == "version"
            && q.s == c.s
            && self
                .noun_after(c.e, q, c.val)
                .is_none_or(|(_, _, u)| nounwords::measure_unit(&u).is_none())
        {
            return Some(NumberForm::Other);
        }
        // `in round two`, `Game Seven`, `after stage three`: a number word
        // after a word that numbers a part names that part, as `Game 7`
        // does below; not where a determiner makes the word a phrase of
        // its own (`this week five were hurt`, `the game two teams
        // played`), nor before a noun it counts (`round two pieces`; `game
        // two of the series` is still the game's name).
        if !c.digits
            && c.kind == CoreKind::Card
            && c.val < 100.0
            && is_label(prevw)
            && self.label_named(q.s)
            && (self.w(self.next(c.e)) == "of" || self.noun_after(c.e, q, c.val).is_none())
        {
            return Some(NumberForm::Other);
        }
        // `their big three`, `the Big Four`: a number word after `big`
        // with no noun names a group by its size (`big three banks` still
        // counts the banks).
        if !c.digits
            && c.kind == CoreKind::Card
            && prevw == "big"
            && self.noun_after(c.e, q, c.val).is_none()
        {
            return Some(NumberForm::Other);
        }
        // `the Group of Seven`, `the Gang of Four`: a number word written
        // in capitals after `of` and a capitalised word is part of a name.
        if !c.digits
            && c.kind == CoreKind::Card
            && prevw == "of"
            && self.byte(c.s).is_ascii_uppercase()
            && self.capitalised_before_of(c.s)
        {
            return Some(NumberForm::Other);
        }
        // `Dean Smith's "Four Corners" offense`: a number word in
        // capitals inside a sentence, before a capitalised word, is part
        // of a name (a headline capitalises every word, a sentence its
        // first).
        if !c.digits
            && c.kind == CoreKind::Card
            && self.byte(c.s).is_ascii_uppercase()
            && self.named_number_word(c)
        {
            return Some(NumberForm::Other);
        }
        let nd = c.plain?;
        let v = c.val;
        // `The 8900 supports Wi-Fi`: a bare figure of three digits or more
        // before a verb of what a product does, and its object, is the
        // product's model number (news writes counts of thousands with a
        // comma, and a count's noun is no such verb before a word).
        if (3..=5).contains(&nd)
            && c.digits
            && !(nd == 4 && (1800.0..=2100.0).contains(&c.val))
            && self.product_verb_after(c.e)
        {
            return Some(NumberForm::Other);
        }
        // `'86`, `’87`: a year with its century cut off, unless a plural
        // noun makes it a count opening a quotation (`'20 people died'`).
        if nd == 2 && self.clipped_year(c.s) && self.byte(c.e) != b's' {
            let counted = self
                .noun_after(c.e, q, v)
                .is_some_and(|(ns, ne, u)| !self.singular_noun(ns, ne, &u));
            if !counted {
                return Some(NumberForm::Year);
            }
        }
        // `the 605 Freeway`, `the 10 Expressway`: a road named by its number.
        if nd <= 3 && c.digits && self.road_after(c.e) {
            return Some(NumberForm::Other);
        }
        // Emergency numbers: `dialed 911`, `a 999 call`.
        if matches!(v as u32, 911 | 999 | 112) && nd == 3 {
            let nx = self.w(self.next(c.e));
            let call = matches!(
                prevw,
                "dial"
                    | "dialed"
                    | "dialled"
                    | "dialing"
                    | "dialling"
                    | "call"
                    | "called"
                    | "calling"
                    | "calls"
                    | "phoned"
                    | "rang"
            ) || matches!(
                nx.as_str(),
                "call"
                    | "calls"
                    | "caller"
                    | "callers"
                    | "dispatcher"
                    | "dispatchers"
                    | "operator"
                    | "operators"
                    | "supervisor"
                    | "supervisors"
                    | "dispatch"
                    | "line"
                    | "lines"
                    | "hotline"
                    | "emergency"
                    | "system"
                    | "center"
                    | "centre"
                    | "tape"
                    | "tapes"
                    | "recording"
                    | "recordings"
            );
            if call {
                return Some(NumberForm::Other);
            }
        }
        if nd <= 3 && (1.0..=115.0).contains(&v) && self.age_apposition(c, prevw) {
            return Some(NumberForm::Age);
        }
        if nd <= 5 && self.model_number(q) {
            return Some(NumberForm::Other);
        }
        // Numbered parts and places: `section 293`, `in week 3`, `Flight
        // 370` is caught above as a name. Not the first figure of a
        // made-attempted line (`opened the game 9-for-9`): the word before
        // is no label there.
        // A noun in the singular after the number names what the part
        // qualifies, as after a capitalised label (`a tier 1 ratio`, `a
        // phase 3 trial`, `a category 4 storm`), where no determiner makes
        // the label word a phrase of its own.
        if nd <= 4
            && (is_label(prevw) || prevw.is_empty() && self.label_abbreviation_before(q.s))
            && !self.made_attempted_first(c.e)
            && match self.noun_after(c.e, q, v) {
                None => true,
                Some((ns, ne, u)) => self.singular_noun(ns, ne, &u) && self.label_named(q.s),
            }
        {
            return Some(NumberForm::Other);
        }
        // Military and wire-service times: `0737 GMT`, `at 1100 hours`.
        if nd == 4 && v % 100.0 < 60.0 && v < 2400.0 {
            let nx = self.w(self.next(c.e));
            let zone = crate::extract::dates::CLOCK_ZONES.contains(&nx.as_str())
                || matches!(nx.as_str(), "hrs" | "local");
            let hours = matches!(nx.as_str(), "hours" | "hour")
                && matches!(prevw, "at" | "by" | "until" | "from" | "before" | "after");
            // `struck at 1353 (1023 GMT)`: a local time glossed by a time
            // in a zone.
            let glossed =
                self.byte(c.e) == b' ' && self.byte(c.e + 1) == b'(' && self.run(c.e + 2) == 4 && {
                    let z = self.w(self.next(c.e + 6));
                    crate::extract::dates::CLOCK_ZONES.contains(&z.as_str())
                };
            if zone || hours || glossed {
                return Some(NumberForm::Time);
            }
        }
        // Zero-padded figures (`03`, `0737`, `0845 125 2222`) are codes,
        // dates, times and phone numbers.
        if nd >= 2 && self.byte(c.s) == b'0' {
            return Some(NumberForm::Other);
        }
        // `1.` or `2)` opening a line.
        if nd <= 2 && matches!(self.byte(c.e), b'.' | b')') && {
            let nb = self.byte(c.e + 1);
            nb == b' ' || nb == b'\t' || nb == b'\n' || nb == b'\r' || nb == 0
        } {
            let line_start = self.t[..c.s].rfind('\n').map_or(0, |i| i + 1);
            if self.t[line_start..c.s].trim().is_empty() {
                return Some(NumberForm::Other);
            }
        }
        // Days of the month next to a month name.
        if (1.0..=31.0).contains(&v) && nd <= 2 {
            if words::is_month(prevw) {
                return Some(NumberForm::Other);
            }
            if let Some(p) = self.prev(c.s) {
                if p.is_sym('.') {
                    let pw = self.w(self.prev(p.s));
                    if words::is_month(&pw) {
                        return Some(NumberForm::Other);
                    }
                }
            }
            let mut nx = self.next(c.e);
            if is_word(self.t, &nx, "of") {
                nx = nx.and_then(|x| self.next(x.e));
            }
            if words::is_month(&self.w(nx))
                && nx.is_some_and(|x| {
                    self.t[x.s..x.e]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase())
                })
            {
                return Some(NumberForm::Other);
            }
        }
        if nd == 4 && (1800.0..=2100.0).contains(&v) {
            if words::year_cue(prevw) {
                return Some(NumberForm::Year);
            }
            // `Euro 2024 starts`, `Expo 2020`, `Vision 2030`: a year in a
            // name written in capitals right before it.
            if (1900.0..=2100.0).contains(&v)
                && self.prev(c.s).is_some_and(|p| {
                    p.k == K::Word && p.e + 1 == c.s && self.byte(p.s).is_ascii_uppercase()
                })
                && !words::is_month(prevw)
            {
                return Some(NumberForm::Year);
            }
            // Without a counted noun, a bare 4-digit number in this window
            // is a year; so is one before a capitalised word (a headline's
            // `2011 Civilians …`, `2012 Olympics`).
            match self.noun_after(c.e, q, v) {
                None => return Some(NumberForm::Year),
                Some((ns, _, _)) if self.byte(ns).is_ascii_uppercase() => {
                    return Some(NumberForm::Year)
                }
                // `the 1967 slayings`, `the 2011 floods`: news writes
                // counts of a thousand and more with a comma.
                Some((_, _, u))
                    if prevw == "the" && (1900.0..=2030.0).contains(&v) && !counts_persons(&u) =>
                {
                    return Some(NumberForm::Year)
                }
                // `a 1970 police-bribery case`: after the article a figure
                // of thousands written without a comma counts nothing (`a
                // 2,000-strong crowd` has one); it is a year, unless the
                // noun is a unit (`a 1500 metre race`).
                Some((_, _, u))
                    if matches!(prevw, "a" | "an")
                        && (1900.0..=2030.0).contains(&v)
                        && nounwords::measure_unit(&u).is_none()
                        && nounwords::duration(&u).is_none() =>
                {
                    return Some(NumberForm::Year)
                }
                // `a 2011 study`, `her 2016 campaign`: a noun in the
                // singular after a figure of thousands is modified by a
                // year; it is not counted by it.
                Some((ns, ne, u)) if self.singular_noun(ns, ne, &u) => {
                    return Some(NumberForm::Year)
                }
                _ => {}
            }
        }
        None
    }

    /// Whether the noun at `ns..ne` (unit `u`) is written in the
    /// singular: its last word is its unit, and it is no plural without
    /// an -s (`sheep`), no noun of persons and no unit of measure.
    fn singular_noun(&self, ns: usize, ne: usize, u: &str) -> bool {
        let head = self.t[ns..ne].rsplit(' ').next().unwrap_or("");
        let mut buf = [0u8; 24];
        let h = lex::lower(head, &mut buf);
        !h.is_empty()
            && h == u
            && !h.ends_with('s')
            && nounwords::irregular_plural(h).is_none()
            && nounwords::measure_unit(h).is_none()
            && nounwords::duration(h).is_none()
            && !counts_persons(u)
    }

    /// An age set off after a name or a pronoun: `DeGeneres, 55, earned`,
    /// `Mahnefah Gray, 19, told`, `(55)` after a name, `She was 85.`
    pub(super) fn age_apposition(&self, c: &Core, prevw: &str) -> bool {
        let Some(mut p) = self.prev(c.s) else {
            return false;
        };
        // `Lee Park, also 24, died`: an age likened to another's, set off
        // as the plain one is; `Lee Park, just 19,` one weighed.
        if matches!(prevw, "also" | "just" | "only") {
            match self.prev(p.s) {
                Some(q) if q.is_sym(',') => p = q,
                _ => return false,
            }
        }
        let nx = self.next(c.e);
        let closes = |x: &Option<Tok>, syms: &[char]| match x {
            None => true,
            Some(x) => syms.iter().any(|&s| x.is_sym(s)),
        };
        if p.is_sym(',') || p.is_sym('(') {
            // A name or a person (`the troubled actress, 26, would`); the
            // person may be an earlier match (`One man, 41, died`): look
            // past `floor`.
            let name = lex::prev(self.t, p.s, 0).is_some_and(|w| {
                let lw = self.w(Some(w));
                w.k == K::Word
                    && (self.byte(w.s).is_ascii_uppercase()
                        || nounwords::is_person_noun(&lw)
                        || nounwords::is_one_person_noun(&lw))
                    && !words::is_month(&lw)
                    && !is_weekday(&lw)
            }) || self.name_end_before(p.s);
            // The age may end the sentence: `and his sister Katie, 20.`
            let close: &[char] = if p.is_sym('(') {
                &[')']
            } else {
                &[',', '.', ';']
            };
            return name
                && (closes(&nx, close)
                    || p.is_sym(',')
                        && (self.age_clause_after(c.e) || self.first_of_two_ages(c.e)));
        }
        if prevw == "was" || prevw == "is" {
            let who = self.w(self.prev(p.s));
            return matches!(who.as_str(), "he" | "she") && closes(&nx, &['.', ',', ';']);
        }
        false
    }

    /// Numbers that are part of a name rather than a count: a calibre
    /// (`a .38-caliber revolver`), a capitalised number word inside a
    /// name or title in running text (`the Final Four`, `Million Dollar
    /// Baby`), `the one thing` (the only one), `zero-day` compounds, the end
    /// of a span of versions (`IE6 to 10`).
    fn name_part(&self, q: &Qty, prevw: &str) -> bool {
        let c = &q.core;
        if c.digits {
            // `the Lower 48`: the contiguous states.
            if c.val == 48.0 && c.plain == Some(2) && prevw == "lower" {
                return true;
            }
            // `IE6 to 10`, `A318 through 321`: the other end of a span of
            // versions or models named by capitals glued to a figure.
            if matches!(prevw, "to" | "through") && c.plain.is_some_and(|d| d <= 3) {
                if let Some(p) = self.prev(c.s) {
                    let b = self.t.as_bytes()[..p.s].trim_ascii_end();
                    let digits = b.iter().rev().take_while(|x| x.is_ascii_digit()).count();
                    let caps = b[..b.len() - digits]
                        .iter()
                        .rev()
                        .take_while(|x| x.is_ascii_uppercase())
                        .count();
                    let start = b.len() - digits - caps;
                    // Not money written with its code (`from USD5 to 7`).
                    if digits > 0
                        && caps > 0
                        && (start == 0 || !b[start - 1].is_ascii_alphanumeric())
                        && quantity::glued_currency(self.t, start + caps).is_none()
                        && self.boundary(c.e)
                        && !self.starts(c.e, "%")
                    {
                        return true;
                    }
                }
            }
            return [
                "-caliber", " caliber", "-calibre", " calibre", " magnum", "-magnum",
            ]
            .iter()
            .any(|f| self.starts(c.e, f) && self.boundary(c.e + f.len()));
        }
        if c.kind != CoreKind::Card {
            return false;
        }
        if !c.scaled && c.val == 0.0 && self.byte(c.e) == b'-' {
            return true;
        }
        // `the zero day flaw`, `zero tolerance`, `a zero emission car`:
        // `zero` counts a plural (`zero deaths`), so before a noun in the
        // singular it names a kind of thing.
        if !c.scaled && c.val == 0.0 && !q.money && q.unit.is_none() && self.zero_compound(c.e) {
            return true;
        }
        // `an all-in-one shop`, `one-on-one talks`, `a two-for-one offer`:
        // a number word joined by a preposition into a compound.
        if !c.scaled && self.in_compound(c.s, c.e) {
            return true;
        }
        if !c.scaled && c.val == 1.0 && matches!(prevw, "the" | "that") && self.byte(c.e) != b'-' {
            return true;
        }
        if !self.byte(c.s).is_ascii_uppercase() {
            return false;
        }
        let cap_word = |x: Option<Tok>| {
            x.is_some_and(|x| x.k == K::Word && self.byte(x.s).is_ascii_uppercase())
        };
        let p = self.prev(c.s);
        let n = self.next(c.e).filter(|n| n.s == c.e + 1);
        // In running text only: not after sentence punctuation or at a
        // line start, and not in a headline written in title case.
        let inside =
            p.is_some_and(|p| p.k == K::Word && p.e + 1 == c.s && !self.t[p.e..c.s].contains('\n'));
        // A quoted title inside a sentence: `and "Million Dollar Mermaid"`.
        let quoted = p.is_some_and(|p| {
            (p.is_sym('"') || p.is_sym('\u{201c}'))
                && self
                    .prev(p.s)
                    .is_some_and(|pp| pp.k == K::Word || pp.is_sym(','))
        }) && cap_word(n);
        if quoted {
            return !self.title_case_line(c.s);
        }
        if !inside || !(cap_word(p) || cap_word(n)) {
            return false;
        }
        let pw = self.w(p);
        if words::is_month(&pw) || is_weekday(&pw) {
            return false;
        }
        !self.title_case_line(c.s)
    }

    /// Whether a singular noun, not a unit, follows `zero` at `e`:
    /// `zero day`, `zero tolerance` (`zero percent`, `zero hours`,
    /// `zero degrees` and `zero in on` stay as they are).
    fn zero_compound(&self, e: usize) -> bool {
        let Some(x) = self.next(e).filter(|x| x.k == K::Word && x.s == e + 1) else {
            return false;
        };
        let w = self.w(Some(x));
        w.len() >= 3
            && self.byte(x.s).is_ascii_lowercase()
            && !w.ends_with('s')
            && !nounwords::never_noun(&w)
            && nounwords::measure_unit(&w).is_none()
            && !matches!(
                &*w,
                "percent" | "per" | "point" | "degree" | "and" | "or" | "to" | "in"
            )
    }

    /// Whether the number word at `s..e` is part of a compound ending in
    /// `-in-one`, `-on-one`, `-for-one`, `-to-one`, `-by-one`: `an
    /// all-in-one shop`, `one-on-one talks`, `a two-for-one offer`. Digits
    /// stay counts (`3-for-4`), and so do ranges (`five-to-six hours`).
    fn in_compound(&self, s: usize, e: usize) -> bool {
        // Most figures touch no hyphen: two bytes decide.
        if self.byte(e) != b'-' && (s == 0 || self.byte(s - 1) != b'-') {
            return false;
        }
        const JOINS: [&str; 5] = ["-in-", "-on-", "-for-", "-to-", "-by-"];
        let one_at = |k: usize| self.starts(k, "one") && self.boundary(k + 3);
        JOINS
            .iter()
            .any(|j| self.starts(e, j) && one_at(e + j.len()))
            || one_at(s)
                && JOINS.iter().any(|j| {
                    s > j.len()
                        && self.starts(s - j.len(), j)
                        && self.byte(s - j.len() - 1).is_ascii_alphabetic()
                })
    }

    /// Points counted off in prose: `One, the plan is late, and two, it
    /// costs more.` Both ends are needed (`Two, both minors, were held`
    /// counts people).
    fn spoken_list_marker(&self, c: &Core, prevw: &str) -> bool {
        if c.digits || c.scaled || c.kind != CoreKind::Card || self.byte(c.e) != b',' {
            return false;
        }
        let lo = |a: usize, b: usize| {
            // Not clipped at `floor`: the first marker is an earlier match.
            let (a, b) = (
                crate::extract::text::ceil_boundary(self.t, a),
                crate::extract::text::floor_boundary(self.t, b),
            );
            self.t.get(a..b).unwrap_or("")
        };
        if c.val == 1.0 {
            let start = self.prev(c.s).is_none_or(|p| {
                matches!(p.k, K::Sym('.' | '!' | '?' | ':')) || self.t[p.e..c.s].contains('\n')
            });
            return start && lo(c.e, c.e + 300).contains("and two,");
        }
        c.val == 2.0 && prevw == "and" && {
            let before = lo(c.s.saturating_sub(300), c.s);
            before.contains(". One, ") || before.contains("\nOne, ") || before.starts_with("One, ")
        }
    }

    /// `one` with its noun used as the article `a` rather than to count:
    /// `according to one estimate`; at the start of a sentence, `One
    /// factor could be race`, `One report said`, `One friend, who asked
    /// not to be named, said` (a noun of discourse, or anyone who speaks);
    /// and `One Man's Road`, a capitalised noun in a title inside running
    /// text. `One man was shot` still counts. `s` is where `one` starts,
    /// `noun` the span of its noun.
    pub(super) fn article_one(&self, s: usize, noun: (usize, usize), prevw: &str) -> bool {
        if prevw == "to"
            && self.w(self.prev(s).and_then(|p| lex::prev(self.t, p.s, 0))) == "according"
        {
            return true;
        }
        // Sentence start: nothing before but an opening quote, after the
        // end of a sentence, a colon or a line break.
        let mut p = lex::prev(self.t, s, 0);
        while let Some(x) = p.filter(|x| {
            matches!(x.k, K::Sym('"' | '\'' | '`' | '\u{201c}' | '\u{2018}'))
                && !self.t[x.e..s].contains('\n')
        }) {
            p = lex::prev(self.t, x.s, 0);
        }
        let opens = p.is_none_or(|x| {
            matches!(x.k, K::Sym('.' | '!' | '?' | ':')) || self.t[x.e..s].contains('\n')
        });
        if !opens || !self.byte(s).is_ascii_uppercase() {
            return false;
        }
        // The head is the last word of the noun phrase.
        let head_s = self.t[noun.0..noun.1]
            .rfind(' ')
            .map_or(noun.0, |i| noun.0 + i + 1);
        // A title word (`Man`), not a shout in capitals (`ONE MORE YEAR!`).
        let title_word =
            self.byte(head_s).is_ascii_uppercase() && self.byte(head_s + 1).is_ascii_lowercase();
        if title_word && !self.title_case_line(s) {
            return true;
        }
        let head = self.w(self.next(head_s));
        if nounwords::discourse_noun(&head) {
            return true;
        }
        // Someone who speaks: a speech verb within the next few tokens, or
        // after a relative clause (`One friend, who asked not to be
        // named, said`).
        let comma = self.next(noun.1).filter(|x| x.is_sym(','));
        let who = comma.is_some_and(|c| is_word(self.t, &self.next(c.e), "who"));
        let mut pos = noun.1;
        for _ in 0..if who { 14 } else { 4 } {
            let Some(x) = self.next(pos) else {
                return false;
            };
            if x.k == K::Word && nounwords::speech_verb(&self.w(Some(x))) {
                return true;
            }
            if matches!(x.k, K::Sym('.' | ';' | '!' | '?')) {
                return false;
            }
            pos = x.e;
        }
        false
    }

    /// Whether the line around `pos` has no lower-case word of four
    /// letters or more: a headline, where every word is capitalised.
    fn title_case_line(&self, pos: usize) -> bool {
        let b = self.t.as_bytes();
        let mut s = pos.min(b.len());
        while s > 0 && b[s - 1] != b'\n' {
            s -= 1;
        }
        let mut e = pos.min(b.len());
        while e < b.len() && b[e] != b'\n' {
            e += 1;
        }
        let mut k = s;
        while k < e {
            let w0 = k;
            while k < e && b[k].is_ascii_alphabetic() {
                k += 1;
            }
            if k - w0 >= 4 && b[w0].is_ascii_lowercase() {
                return false;
            }
            k += 1;
        }
        true
    }

    /// Whether the word glued at `s` (after a hyphen) is written in
    /// capitals, four letters or more, and is no unit, duration or
    /// currency (`LAPD` in `877-LAPD`, not `RBI`, `MW` or `MPH`).
    #[cold]
    fn spelled_id(&self, s: usize) -> bool {
        let Some(x) = self.next(s).filter(|x| x.k == K::Word && x.s == s) else {
            return false;
        };
        let raw = &self.t[x.s..x.e];
        if raw.len() < 4 || !raw.bytes().all(|b| b.is_ascii_uppercase()) {
            return false;
        }
        let w = self.w(Some(x));
        nounwords::measure_unit(&w).is_none()
            && nounwords::cased_unit(raw).is_none()
            && nounwords::duration(&w).is_none()
            && words::currency_word(&w).is_none()
            && words::iso_code(raw).is_none()
    }

    /// Whether the capitalised number word of `c` stands inside a
    /// sentence (a word before it on the same line, perhaps across an
    /// opening quote) and a capitalised word follows it on a line that is
    /// no headline.
    #[cold]
    fn named_number_word(&self, c: &Core) -> bool {
        let Some(nx) = self
            .next(c.e)
            .filter(|x| x.k == K::Word && x.s == c.e + 1 && self.byte(x.s).is_ascii_uppercase())
        else {
            return false;
        };
        if &self.t[nx.s..nx.e] == "I" {
            return false;
        }
        // Across an opening quote: one or two marks.
        let mut p = lex::prev(self.t, c.s, 0);
        for _ in 0..2 {
            match p {
                Some(x) if matches!(x.k, K::Sym('`' | '"' | '\u{201c}')) => {
                    p = lex::prev(self.t, x.s, 0);
                }
                _ => break,
            }
        }
        let Some(p) = p.filter(|p| p.k == K::Word) else {
            return false;
        };
        !self.t[p.e..c.s].contains('\n') && !self.title_case_line(c.s)
    }

    /// Whether a verb of what a product does follows the figure ending at
    /// `e`, and a word, an article or a price after it (`8900 supports
    /// roaming`, `the 9000 features a keyboard`, `costs $499`), not an
    /// auxiliary or a preposition (`300 supports were`, `500 offers in`).
    fn product_verb_after(&self, e: usize) -> bool {
        let Some(v) = self.next(e).filter(|v| v.k == K::Word && v.s == e + 1) else {
            return false;
        };
        // One byte first: the verbs all end in `s`.
        if self.byte(v.e - 1) != b's' || !nounwords::product_verb(&self.w(Some(v))) {
            return false;
        }
        self.next(v.e).is_some_and(|o| {
            lex::joined(self.t, v.e, o.s)
                && (o.is_sym('$')
                    || o.k == K::Word && {
                        let w = self.w(Some(o));
                        matches!(w.as_str(), "a" | "an" | "the" | "with")
                            || !nounwords::never_noun(&w)
                    })
        })
    }

    /// Whether the word before the `of` right before `s` is capitalised
    /// and does not open the sentence (`the Group of Seven`, not `Most of
    /// Four`… at a sentence's start).
    fn capitalised_before_of(&self, s: usize) -> bool {
        let Some(of) = self.prev(s) else {
            return false;
        };
        let Some(w) = self.prev(of.s).filter(|w| w.k == K::Word) else {
            return false;
        };
        self.byte(w.s).is_ascii_uppercase()
            && self
                .prev(w.s)
                .is_some_and(|p| p.k == K::Word && !self.t[p.e..w.s].contains('\n'))
    }

    /// Whether the word that numbers a part, right before the number at
    /// `s`, stands with no determiner before it (`in round two`, `Game
    /// Seven`), so the number names the part; after `the`, `this`, `last`
    /// … the word is a phrase of its own and the number may count what
    /// follows (`this week five were hurt`).
    fn label_named(&self, s: usize) -> bool {
        let Some(label) = self.prev(s) else {
            return false;
        };
        !matches!(
            self.w(self.prev(label.s)).as_str(),
            "the"
                | "this"
                | "that"
                | "these"
                | "those"
                | "last"
                | "next"
                | "each"
                | "every"
                | "a"
                | "an"
                | "per"
                | "same"
                | "one"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
        )
    }

    /// Whether a capitalised name (or one in camel case, `iPhone 15`)
    /// stands right before the figure of `c`, inside a sentence: not the
    /// first word of a sentence or a headline, a month, a weekday or an
    /// agency.
    fn name_before(&self, c: &Core) -> bool {
        self.name_word_before(c) == Some(false)
    }

    /// The capitalised name before the figure of `c`, as `name_before`
    /// reads it: `Some(false)` inside a sentence, `Some(true)` where it is
    /// the first word of a sentence (`Windows 10 support ended`), which
    /// only a noun the figure tags can make a name (see `model_number`).
    fn name_word_before(&self, c: &Core) -> Option<bool> {
        let p = self.prev(c.s)?;
        // A capitalised name, or one in camel case (`iPhone 15`, `eBook 3`).
        let camel = || {
            self.byte(p.s).is_ascii_lowercase()
                && self.b[p.s + 1..p.e].iter().any(|c| c.is_ascii_uppercase())
        };
        if p.k != K::Word || !(self.byte(p.s).is_ascii_uppercase() || camel()) || p.e + 1 != c.s {
            return None;
        }
        let pw = self.w(Some(p));
        if words::is_month(&pw)
            || is_weekday(&pw)
            || nounwords::never_noun(&pw)
            || matches!(
                pw.as_str(),
                "reuters" | "afp" | "ap" | "cnn" | "bbc" | "xinhua" | "tass" | "ria" | "upi"
            )
        {
            return None;
        }
        // The first word of a sentence or a headline is most often no
        // name (`Some 40`, `Police 3`). The word may follow an earlier
        // match (`First Class 2`): not clipped at it.
        let Some(pp) = lex::prev(self.t, p.s, 0) else {
            return Some(true);
        };
        if matches!(
            pp.k,
            K::Sym('.' | '!' | '?' | '"' | '\'' | '`' | ':' | '\u{201c}')
        ) || self.t[pp.e..p.s].contains('\n')
        {
            return Some(true);
        }
        Some(false)
    }

    /// A bare number right after a capitalised word that is not the start
    /// of a sentence: model and version numbers (`Internet Explorer 7`,
    /// `the Curve 8900`), scores (`Gonzaga 83`), routes and categories.
    pub(super) fn model_number(&self, q: &Qty) -> bool {
        let c = &q.core;
        let Some(initial) = self.name_word_before(c) else {
            return false;
        };
        if initial {
            // `Windows 10 support ended`, `Windows 8 users must`: at the
            // start of a sentence only a noun the number tags makes the
            // word before it a name; a word that opens a bound or a hedge
            // (`About 40 staff`, `Nearly 30 percent`) never is one, and
            // people are counted (`Police 3 officers` is no model).
            // A version noun the reader takes for a verb (`support`) is
            // read as written.
            let pw = self.w(self.prev(c.s));
            return c.val > 1.0
                && !words::ends_cue(&pw)
                && match self.noun_after(c.e, q, c.val) {
                    Some((ns, ne, u)) => {
                        nounwords::version_noun(&u) || self.singular_noun(ns, ne, &u)
                    }
                    None => self.next(c.e).is_some_and(|x| {
                        x.k == K::Word && nounwords::version_noun(&self.w(Some(x)))
                    }),
                };
        }
        match self.noun_after(c.e, q, c.val) {
            None => true,
            // A noun in the singular names what the label qualifies:
            // `Tier 1 capital`, `Phase 3 trial`.
            Some((ns, ne, u)) if self.singular_noun(ns, ne, &u) => true,
            // `Internet Explorer 9 releases`, `Windows 8 users`: what a
            // version number tags, not a count of it.
            Some((_, _, u)) if nounwords::version_noun(&u) => true,
            // A "noun" with an object after it is a verb: `the Curve 8900
            // helps you`, `Windows 7 makes the switch`, `the Series 9 costs
            // $399`.
            Some((_, ne, _)) => {
                self.next(ne)
                    .is_some_and(|x| x.k == K::Num || matches!(x.k, K::Sym('$' | '£' | '€')))
                    || matches!(
                        self.w(self.next(ne)).as_str(),
                        "you"
                            | "us"
                            | "them"
                            | "him"
                            | "it"
                            | "the"
                            | "a"
                            | "an"
                            | "its"
                            | "their"
                            | "his"
                            | "our"
                            | "your"
                            | "this"
                            | "these"
                            | "those"
                    )
            }
        }
    }

    /// `-13`, `–13`, `/13`, `-2013`, ` to 2015` after a year.
    pub(super) fn year_range(&self, e: usize) -> Option<usize> {
        let x = self.next(e)?;
        let conn = x.is_sym('-') || x.is_sym('–') || x.is_sym('/') || x.is_sym('—');
        let to = is_word(self.t, &Some(x), "to");
        if !(to || conn && x.s <= e + 1) {
            return None;
        }
        let y = self.next(x.e)?;
        if y.k != K::Num || (conn && y.s > x.e + 1) {
            return None;
        }
        let d = y.e - y.s;
        if (d == 2 && conn) || (d == 4 && (self.t[y.s..y.e] > self.t[e - 4..e])) {
            if self.byte(y.e) == b'-' && self.digit(y.e + 1) {
                return None;
            }
            return Some(y.e);
        }
        None
    }

    /// Age tails: `-year-old`, ` years old`, `-year-olds`, and ages of
    /// infants in months, weeks and days (`8-month-old`, `3-week-old`):
    /// the tail's end and the age's unit where it is not years (`an
    /// 8-month-old son`: `month`).
    pub(super) fn age_tail(&self, e: usize) -> Option<(usize, Option<&'static str>)> {
        // Every tail starts with a hyphen or a space, then the unit's first
        // letter, which picks the few tails to compare: most numbers are
        // spared every comparison.
        if !matches!(self.byte(e), b'-' | b' ') {
            return None;
        }
        let (tails, unit): (&[&str], _) = match self.byte(e + 1).to_ascii_lowercase() {
            b'y' => (
                &[
                    "-year-olds",
                    "-year-old",
                    "-years-old",
                    " year-old",
                    " years-old",
                    " year old",
                    " years old",
                    "-yr-old",
                ],
                None,
            ),
            b'm' => (&["-month-old", " months old"], Some("month")),
            b'w' => (&["-week-old", " weeks old"], Some("week")),
            b'd' => (&["-day-old", " days old"], Some("day")),
            _ => return None,
        };
        tails
            .iter()
            .find(|f| self.starts(e, f) && self.boundary(e + f.len()))
            .map(|f| (e + f.len(), unit))
    }

    /// Hyphen chains of three or more digit groups (`2024-06-17`,
    /// `555-123-4567`): returns the chain end.
    pub(super) fn id_chain(&self, e: usize) -> Option<usize> {
        let mut k = e;
        let mut groups = 0;
        while self.byte(k) == b'-' && self.digit(k + 1) {
            k += 1 + self.run(k + 1);
            groups += 1;
        }
        if groups >= 2 && self.boundary(k) {
            Some(k)
        } else {
            None
        }
    }

    /// Bound or hedge phrase ending right before `start`.
    pub(super) fn cue_before(&self, start: usize) -> Option<(usize, Cue)> {
        // Comparison signs: `>30`, `>= 30`, `≤ 100`, `< = 100`.
        if let Some(t) = self.prev(start) {
            let (mut t, mut eq) = (t, false);
            if t.is_sym('=') {
                if let Some(u) = self.prev(t.s).filter(|u| u.is_sym('>') || u.is_sym('<')) {
                    t = u;
                    eq = true;
                }
            }
            let cue = match t.k {
                K::Sym('>') => Some(Cue::Lower(!eq)),
                K::Sym('<') => Some(Cue::Upper(!eq)),
                K::Sym('≥') => Some(Cue::Lower(false)),
                K::Sym('≤') => Some(Cue::Upper(false)),
                _ => None,
            };
            // Not `<>30` or `=>30`, and not HTML.
            let clean = || {
                self.prev(t.s)
                    .is_none_or(|b| !matches!(b.k, K::Sym('<' | '>' | '=')))
            };
            if let Some(c) = cue.filter(|_| clean()) {
                return Some((t.s, c));
            }
        }
        // Up to six preceding words, nearest first, on the stack.
        let blank = (
            Tok {
                s: 0,
                e: 0,
                k: K::Sym(' '),
            },
            self.w(None),
        );
        let mut buf = [blank; 6];
        let mut n = 0;
        let mut pos = start;
        while n < buf.len() {
            let Some(t) = self.prev(pos) else { break };
            if t.k != K::Word || !lex::joined(self.t, t.e, pos) {
                break;
            }
            buf[n] = (t, self.w(Some(t)));
            // Most numbers follow no cue: the nearest word settles it
            // before the words further back are read.
            if n == 0 && !words::ends_cue(&buf[0].1) {
                return None;
            }
            n += 1;
            pos = t.s;
        }
        if n == 0 {
            return None;
        }
        let toks = &buf[..n];
        // The nearest word is a cue's last word ("to", "of", "at" before
        // most figures), and most phrases end in another: their last
        // word's length and first byte turn them away before any word is
        // compared (the phrases are compared in their order of preference).
        let near = toks[0].1.as_bytes();
        for (phrase, cue) in words::CUES {
            let n = phrase.len();
            let last = phrase[n - 1].as_bytes();
            if n > toks.len() || last.len() != near.len() || last.first() != near.first() {
                continue;
            }
            let ok = phrase
                .iter()
                .rev()
                .zip(toks.iter())
                .all(|(p, (_, w))| p == w);
            if ok {
                let mut s = toks[n - 1].0.s;
                // `how about 20`, `what about 20`: not a hedge.
                if n == 1 && matches!(toks[0].1.as_str(), "about" | "around") {
                    let w = self.w(self.prev(s));
                    if w == "how" || w == "what" {
                        return None;
                    }
                }
                // `$150 million over seven years`: `over` after an amount
                // spreads it over a period; it does not bound the period.
                if *phrase == ["over"] {
                    // The amount is an earlier match: look past `floor`.
                    let before = lex::prev(self.t, s, 0);
                    let is_amount = |b: Tok| {
                        matches!(b.k, K::Num | K::Sym('%'))
                            || b.k == K::Word
                                && matches!(
                                    self.w(Some(b)).as_str(),
                                    "million"
                                        | "billion"
                                        | "trillion"
                                        | "thousand"
                                        | "dollars"
                                        | "euros"
                                        | "pounds"
                                        | "percent"
                                )
                            // A figure with its unit: `28mpg over 600
                            // miles`, `30 points over three games`.
                            || b.k == K::Word
                                && lex::prev(self.t, b.s, 0)
                                    .is_some_and(|n| n.k == K::Num && b.s - n.e <= 1)
                    };
                    // `$40bn to build over five years`: the amount is what
                    // the verb spends over the period.
                    let infinitive = || {
                        let to = before.and_then(|b| lex::prev(self.t, b.s, 0));
                        before.is_some_and(|b| b.k == K::Word)
                            && self.w(to) == "to"
                            && to
                                .and_then(|t| lex::prev(self.t, t.s, 0))
                                .is_some_and(is_amount)
                    };
                    if before.is_some_and(is_amount) || infinitive() {
                        return None;
                    }
                }
                // `the past 12 months`, `its past two seasons`: an
                // adjective of time, not `went past 100`.
                if *phrase == ["past"]
                    && matches!(
                        self.w(self.prev(s)).as_str(),
                        "the"
                            | "this"
                            | "these"
                            | "those"
                            | "its"
                            | "his"
                            | "her"
                            | "their"
                            | "our"
                            | "my"
                            | "your"
                    )
                {
                    return None;
                }
                // `bringing the total up to 83%`: reaching a figure, not a
                // ceiling.
                if phrase.starts_with(&["up", "to"])
                    && toks[n..].iter().any(|(_, w)| {
                        matches!(w.as_str(), "bring" | "brings" | "bringing" | "brought")
                    })
                {
                    return None;
                }
                let cue = match cue {
                    Cue::Lower(b) => Cue::Lower(*b),
                    Cue::Upper(b) => Cue::Upper(*b),
                    Cue::Hedge => Cue::Hedge,
                };
                if matches!(cue, Cue::Lower(_) | Cue::Upper(_)) {
                    // `just over`, `well over`, `a little over`.
                    if let Some(t) = self.prev(s) {
                        if t.k == K::Word
                            && words::bound_qualifier(&self.w(Some(t)))
                            && self.w(Some(t)) != "a"
                        {
                            s = t.s;
                        }
                    }
                }
                return Some((s, cue));
            }
        }
        None
    }

    /// `or more`, `or fewer`, `and above` after a number. Returns the end
    /// and whether it is a lower bound.
    pub(super) fn bound_after(&self, e: usize) -> Option<(usize, bool)> {
        let x = self.next(e)?;
        let w = self.w(Some(x));
        if w != "or" && w != "and" {
            return None;
        }
        let y = self.next(x.e)?;
        let lower = match self.w(Some(y)).as_str() {
            "more" | "above" | "greater" | "higher" | "over" | "older" => true,
            "less" | "fewer" | "below" | "under" | "lower" | "younger" => false,
            _ => return None,
        };
        // `$21bn and more than 40,000 staff`: "more than" bounds the next
        // figure, not this one.
        if self.w(self.next(y.e)) == "than" {
            return None;
        }
        Some((y.e, lower))
    }

    /// A second number after a range connector.
    pub(super) fn range_after(&self, q: &Qty, between: bool) -> Option<(Qty, usize)> {
        let x = self.next(q.e)?;
        if !lex::joined(self.t, q.e, x.s) {
            return None;
        }
        let dash = x.is_sym('-') || x.is_sym('–') || x.is_sym('—') || x.is_sym('~');
        let word = self.w(Some(x));
        // `between $60 million to $70 million`: `to` after `between`, as
        // hurried copy writes it, closes the range as `and` does.
        let ok = if between {
            word == "and" || word == "to"
        } else {
            dash || word == "to" || word == "through" || word == "thru"
        };
        if !ok {
            return None;
        }
        let mut y = self.next(x.e)?;
        // A currency sign may repeat: `$10 to $20`.
        if let K::Sym(c) = y.k {
            if words::currency_symbol(c).is_some() && q.money {
                y = self.next(y.e)?;
            }
        }
        let starts_num = y.k == K::Num || self.num_word_at(Some(y)).is_some();
        if !starts_num {
            return None;
        }
        let r = Scan::new(self.t, x.e).qty(y.s)?;
        if r.core.form.is_some() || r.core.kind == CoreKind::Ord {
            return None;
        }
        // Both sides must agree on what they are.
        if q.unit.is_some() && r.unit.is_some() && q.unit != r.unit {
            return None;
        }
        if q.core.digits != r.core.digits && dash {
            return None;
        }
        Some((r, x.e))
    }

    /// The scale the second figure of a range passes back to the first:
    /// `10 to 20 million`, `$5-6 billion`, `six to seven thousand`,
    /// `between 2 and 3 million`. Only when the first has no scale of its
    /// own and is smaller than the second's figure before its scale
    /// (`500 to 2 thousand` keeps its 500).
    pub(super) fn carried_scale(&self, q: &Qty, r: &Qty) -> Option<f64> {
        if !r.core.scaled || q.core.scaled {
            return None;
        }
        let f = if r.core.digits {
            r.val / r.core.val.max(f64::MIN_POSITIVE)
        } else {
            // Words: the scale is the last word of the second figure.
            let last = self.prev(r.core.e).filter(|x| x.k == K::Word)?;
            let mut buf = [0u8; 24];
            words::scale_word(lex::lower(&self.t[last.s..last.e], &mut buf), false)?
        };
        let before = if r.core.digits {
            r.core.val
        } else {
            r.core.val / f
        };
        (f.is_finite() && f > 1.0 && q.core.val < before).then_some(f)
    }

    /// `7 B users`, `3 M subscribers`: a capital scale letter standing
    /// alone before the counted noun (a lower-case word).
    pub(super) fn spaced_scale_letter(&self, x: Tok) -> Option<f64> {
        let f = match &self.t[x.s..x.e] {
            "B" => 1e9,
            "M" => 1e6,
            _ => return None,
        };
        let y = self
            .next(x.e)
            .filter(|y| y.k == K::Word && y.s == x.e + 1)?;
        let w = self.w(Some(y));
        (self.byte(y.s).is_ascii_lowercase() && w.ends_with('s') && !nounwords::never_noun(&w))
            .then_some(f)
    }

    /// Verbs that make `from A to B` a change rather than a range: within
    /// the three tokens before (`rose 5% from`), or farther back in the
    /// same clause, words only, up to eight (`raised its tariff on steel
    /// from Ostria from 10% to 25%`, `went up last year from $5 to $7`).
    /// The far reach stops at punctuation, a figure, a word that opens a
    /// clause or says a range (`ranging`, `between`), and takes no bare
    /// `up` or `down`, which are particles as often as changes there.
    pub(super) fn change_verb_before(&self, s: usize) -> bool {
        let mut pos = s;
        // Set by the first token the far reach may not pass.
        let mut stopped = false;
        for i in 0..8 {
            let Some(t) = self.prev(pos) else {
                return false;
            };
            let w = self.w(Some(t));
            stopped = stopped
                || t.k != K::Word
                || matches!(
                    w.as_str(),
                    "and"
                        | "but"
                        | "or"
                        | "which"
                        | "who"
                        | "that"
                        | "while"
                        | "whereas"
                        | "ranging"
                        | "ranged"
                        | "range"
                        | "ranges"
                        | "varying"
                        | "varied"
                        | "between"
                        | "said"
                        | "says"
                );
            if i >= 3 && (stopped || w == "up" || w == "down") {
                return false;
            }
            if matches!(
                w.as_str(),
                "rose"
                    | "risen"
                    | "rise"
                    | "rises"
                    | "rising"
                    | "increased"
                    | "increase"
                    | "increases"
                    | "raised"
                    | "raise"
                    | "climbed"
                    | "jumped"
                    | "fell"
                    | "fallen"
                    | "falls"
                    | "dropped"
                    | "declined"
                    | "decreased"
                    | "cut"
                    | "reduced"
                    | "lowered"
                    | "grew"
                    | "grown"
                    | "went"
                    | "soared"
                    | "surged"
                    | "slipped"
                    | "plunged"
                    | "revised"
                    | "up"
                    | "down"
                    | "changed"
                    | "moved"
                    | "doubled"
                    | "tripled"
                    | "expanded"
                    | "shrank"
                    | "extended"
                    | "upgraded"
                    | "downgraded"
                    | "boosted"
                    // Market verbs: `added 14p to 412p`, `shed 3% to 410`.
                    | "added"
                    | "gained"
                    | "lost"
                    | "shed"
                    | "sank"
                    | "slid"
                    | "dipped"
                    | "eased"
                    | "tumbled"
                    | "slumped"
                    | "rallied"
                    | "advanced"
                    | "edged"
                    // Their participles, as a round-up writes a second
                    // market (`and US crude losing 74 cents to $63.88`).
                    | "losing"
                    | "gaining"
                    | "adding"
                    | "shedding"
                    | "falling"
                    | "dropping"
                    | "climbing"
                    | "jumping"
                    | "slipping"
                    | "sliding"
                    | "sinking"
                    | "dipping"
                    | "easing"
                    | "tumbling"
                    | "slumping"
                    | "declining"
            ) {
                return true;
            }
            pos = t.s;
        }
        false
    }
}

impl Scan<'_> {
    /// `9600M GT`, `GeForce 9400M`, `802.11b`: four digits and a capital `M`
    /// glued, before a capitalised model word or after a capitalised name
    /// (money writes a sign, and a count of millions writes `m` or
    /// `million`), or the wireless standard `802.11` and its letter.
    fn model_with_letter(&self, c: &Core) -> bool {
        let t = &self.t[c.s..c.e];
        // Wire copy drops the point (`Wi-Fi 80211b/g`).
        if t.starts_with("802.11") || t.starts_with("80211") {
            return true;
        }
        let Some(d) = t.strip_suffix('M').filter(|_| c.scaled) else {
            return false;
        };
        if d.len() != 4 || !d.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let caps_after = self.next(c.e).is_some_and(|x| {
            x.k == K::Word
                && x.s == c.e + 1
                && (2..=4).contains(&(x.e - x.s))
                && self.t[x.s..x.e].bytes().all(|b| b.is_ascii_uppercase())
        });
        let name_before = self.prev(c.s).is_some_and(|p| {
            p.k == K::Word && p.e + 1 == c.s && self.byte(p.s).is_ascii_uppercase()
        });
        caps_after || name_before
    }

    /// `9-for-9`, `3-of-4` glued after the figure ending at `e`: the
    /// first figure of a made-attempted line.
    fn made_attempted_first(&self, e: usize) -> bool {
        ["-for-", "-of-"]
            .iter()
            .any(|f| self.starts(e, f) && self.digit(e + f.len()))
    }

    /// `22.34 BST`, `8.05 GMT`: an hour, a point, two digits of minutes and
    /// a time zone.
    fn dotted_clock(&self, c: &Core) -> bool {
        let t = &self.t[c.s..c.e];
        let Some((h, m)) = t.split_once('.') else {
            return false;
        };
        let ok = (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
            && h.parse::<u32>().is_ok_and(|h| h < 24)
            && m.parse::<u32>().is_ok_and(|m| m < 60);
        ok && {
            let z = self.w(self.next(c.e));
            crate::extract::dates::CLOCK_ZONES.contains(&z.as_str())
        }
    }

    /// An apostrophe glued before the digits at `s` (`'86`, `’87`), after
    /// a space, a bracket or a comma: the year's century left out.
    fn clipped_year(&self, s: usize) -> bool {
        let a = if s >= 1 && self.byte(s - 1) == b'\'' {
            s - 1
        } else if s >= 3 && self.t.get(s - 3..s) == Some("\u{2019}") {
            s - 3
        } else {
            return false;
        };
        a == 0 || matches!(self.byte(a - 1), b' ' | b'(' | b',' | b'\n')
    }

    /// Whether an abbreviated label word and its point stand right before
    /// `s`: `Ch. 4`, `Vol. 2`, `Apt. 12`, `Ext. 221`, as `channel 4` reads.
    fn label_abbreviation_before(&self, s: usize) -> bool {
        let Some(dot) = self.prev(s).filter(|d| d.is_sym('.')) else {
            return false;
        };
        // `U.S. 40`: a federal highway, as `Route 40` reads (a count after
        // the country takes its noun: `U.S. 40 troops`).
        if self.t[..dot.e].ends_with("U.S.") {
            return true;
        }
        let Some(w) = self.prev(dot.s).filter(|w| w.k == K::Word && w.e == dot.s) else {
            return false;
        };
        matches!(
            self.w(Some(w)).as_str(),
            "ch" | "chap"
                | "sec"
                | "art"
                | "vol"
                | "pt"
                | "ep"
                | "rm"
                | "apt"
                | "ste"
                | "fig"
                | "pg"
                | "ext"
                | "para"
        )
    }

    /// A capitalised road word right after `e`: `the 605 Freeway`.
    fn road_after(&self, e: usize) -> bool {
        let Some(x) = self.next(e).filter(|x| x.k == K::Word && x.s == e + 1) else {
            return false;
        };
        self.byte(x.s).is_ascii_uppercase()
            && matches!(
                self.w(Some(x)).as_str(),
                "freeway" | "expressway" | "motorway" | "turnpike" | "tollway" | "beltway"
            )
    }
}

/// Words that number a part or a place: `section 293`, `week 3`, a rank
/// `in position 5`.
fn is_label(w: &str) -> bool {
    matches!(
        w,
        "section"
            | "article"
            | "number"
            | "chapter"
            | "page"
            | "week"
            | "phase"
            | "stage"
            | "game"
            | "round"
            | "room"
            | "gate"
            | "platform"
            | "terminal"
            | "exit"
            | "lane"
            | "pier"
            | "channel"
            | "ward"
            | "district"
            | "precinct"
            | "grade"
            | "level"
            | "tier"
            | "category"
            | "paragraph"
            | "clause"
            | "amendment"
            | "route"
            | "highway"
            | "interstate"
            | "freeway"
            | "motorway"
            | "flight"
            | "suite"
            | "apartment"
            | "episode"
            | "position"
    )
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}
