//! A number with its currency, scale and percent sign around it, and the
//! readings that extend it (shares, cents).

use super::*;

impl Scan<'_> {
    // -------------------------------------------------------------- quantity

    /// A number with currency, scale and percent around it, starting at
    /// the digit or word at `p`.
    pub(super) fn qty(&self, p: usize) -> Option<Qty> {
        let mut core = if self.digit(p) {
            let mut c = self.digit_core(p)?;
            self.digit_suffix(&mut c);
            c
        } else if let Some((v, len)) = words::vulgar_at(self.t, p) {
            Core {
                s: p,
                e: p + len,
                val: v,
                kind: CoreKind::Frac,
                digits: true,
                plain: None,
                scaled: false,
                lone_one: false,
                form: None,
                glued_unit: None,
            }
        } else {
            self.word_core(p)?
        };
        let mut s = core.s;
        let mut unit: Option<String> = None;
        let mut money = false;
        let mut val = core.val;
        // A minus sign glued to digits, or the words minus / negative.
        let pv = self.prev(s);
        if let Some(m) = pv {
            if core.digits && m.is_sym('-') && m.e == s {
                // Only a sign when it does not join two numbers or words
                // (`3-2`, `COVID-19`): raw bytes, not tokens, since the
                // token before may belong to the previous match.
                let free = m.s == 0 || {
                    let c = self.byte(m.s - 1);
                    c.is_ascii_whitespace()
                        || matches!(c, b'(' | b'=' | b'<' | b'>' | b'[' | b',' | b';')
                };
                // `minus-40 degrees`: the sign word glued by a hyphen.
                let word = self.prev(m.s).filter(|w| {
                    w.k == K::Word
                        && w.e == m.s
                        && matches!(&*self.w(Some(*w)), "minus" | "negative")
                });
                if free {
                    s = m.s;
                    val = -val;
                    core.s = s;
                } else if let Some(w) = word {
                    s = w.s;
                    val = -val;
                    core.s = s;
                }
            } else if m.k == K::Word {
                let w = self.w(Some(m));
                if (w == "minus" || w == "negative") && !self.plus_or(m.s) {
                    s = m.s;
                    val = -val;
                    core.s = s;
                }
            }
        }
        // `a dozen`, `a hundred`, `a third of`, `a half`.
        if !core.digits && core.s == s {
            if let Some(a) = self.prev(s) {
                let w = self.w(Some(a));
                if w == "a" || w == "an" {
                    let first = self.num_word_at(self.next(core.s));
                    // Not `an eighth-round decision`: a compound adjective.
                    let frac_ord = core.kind == CoreKind::Ord
                        && core.val >= 3.0
                        && self.byte(core.e) != b'-'
                        && {
                            let nx = self.next(core.e);
                            is_word(self.t, &nx, "of")
                                || nx.is_none_or(|x| x.k != K::Word || self.w(Some(x)) == "and")
                        };
                    if frac_ord {
                        core.kind = CoreKind::Frac;
                        core.val = 1.0 / core.val;
                        val = core.val;
                        s = a.s;
                        core.s = s;
                    } else if matches!(
                        first,
                        Some(NumWord::Hundred | NumWord::Scale(_) | NumWord::Dozen | NumWord::Pair)
                    ) || (matches!(first, Some(NumWord::Half | NumWord::Quarter)))
                    {
                        s = a.s;
                        core.s = s;
                    }
                } else if (w == "several" || w == "few" || w == "couple" || w == "many")
                    && matches!(
                        self.num_word_at(self.next(core.s)),
                        Some(NumWord::Hundred | NumWord::Scale(_) | NumWord::Dozen)
                    )
                    && core.val <= 1e12
                {
                    // `several hundred`, `a few thousand`: conservative lows.
                    let k = if w == "several" { 3.0 } else { 2.0 };
                    val *= k;
                    core.kind = CoreKind::Vague;
                    s = a.s;
                    if w == "few" || w == "couple" {
                        if let Some(a2) = self.prev(a.s) {
                            if self.w(Some(a2)) == "a" {
                                s = a2.s;
                            }
                        }
                    }
                    core.s = s;
                } else if w == "of" && val >= 100.0 {
                    // `a couple of hundred`.
                }
            }
        }
        // `a quarter of a million`, `two thirds of a billion`, `three
        // quarters billion`.
        if core.kind == CoreKind::Frac && !core.digits {
            let nx = self.next(core.e);
            if let Some(NumWord::Scale(sc)) = self.num_word_at(nx) {
                core.val *= sc;
                val *= sc;
                core.e = nx.map_or(core.e, |x| x.e);
                core.kind = CoreKind::Card;
                core.scaled = true;
            }
        }
        if core.kind == CoreKind::Frac && !core.digits {
            let of = self.next(core.e);
            if is_word(self.t, &of, "of") {
                let mut x = of.and_then(|o| self.next(o.e));
                if is_word(self.t, &x, "a") {
                    x = x.and_then(|a| self.next(a.e));
                }
                if let Some(NumWord::Scale(sc)) = self.num_word_at(x) {
                    core.val *= sc;
                    val *= sc;
                    core.e = x.map_or(core.e, |x| x.e);
                    core.kind = CoreKind::Card;
                    core.scaled = true;
                }
            }
        }
        // Percent written first: `percent of 10`, `per cent of twenty`
        // (with no figure before the percent word, which would own it).
        // A byte test first: this runs for every number.
        let of_before =
            s >= 4 && self.byte(s - 1) == b' ' && self.starts(s - 3, "of") && self.boundary(s - 4);
        if core.form.is_none() && of_before && is_word(self.t, &self.prev(s), "of") {
            let of = self.prev(s);
            let pc = of.and_then(|o| self.prev(o.s));
            let pw = self.w(pc);
            let mut ps = pc.map(|x| x.s);
            if pw == "cent" {
                let per = pc.and_then(|x| self.prev(x.s));
                ps = per.filter(|_| self.w(per) == "per").map(|x| x.s);
            } else if pw != "percent" && pw != "percents" {
                ps = None;
            }
            let figure_before = ps
                .and_then(|p| self.prev(p))
                .is_some_and(|x| x.k == K::Num || self.num_word_at(Some(x)).is_some());
            if let (Some(p), false) = (ps, figure_before) {
                s = p;
                unit = Some("%".into());
            }
        }
        // Currency before: `$`, `US$`, `HK $`, `€`, `USD 200`, `Rs 50`.
        if core.form.is_none() {
            if let Some(m) = self.prev(s) {
                if let K::Sym(ch) = m.k {
                    if let Some(code) = words::currency_symbol(ch) {
                        let mut cs = m.s;
                        let mut code = code;
                        if ch == '$' {
                            if let Some((c2, start)) = self.dollar_prefix(m.s) {
                                code = c2;
                                cs = start;
                            }
                        }
                        if cs >= self.floor && self.t.is_char_boundary(cs) {
                            s = cs;
                            unit = Some(code.to_string());
                            money = true;
                        }
                    }
                } else if let Some((code, cs)) =
                    glued_currency(self.t, s).filter(|&(_, cs)| cs >= self.floor)
                {
                    // `$US50`, `$A5`, `USD10m`, `RM50`, `R50 million`.
                    s = cs;
                    unit = Some(code.to_string());
                    money = true;
                } else if m.k == K::Word {
                    let raw = &self.t[m.s..m.e];
                    // `kn 50`: the kuna's sign before the figure, as `50 kn`
                    // after it.
                    let code = words::iso_code(raw).or(match raw {
                        "Rs" | "INR" => Some("INR"),
                        "kn" => Some("HRK"),
                        _ => None,
                    });
                    if let Some(code) = code {
                        s = m.s;
                        unit = Some(code.to_string());
                        money = true;
                    }
                }
            }
        }
        // `$1, 199`, `$500, 000`: a thousands group set off by a space after
        // the comma, as detokenised wire copy writes it; only after a
        // currency, where a list of small amounts is unlikely.
        if money
            && core.plain.is_some_and(|d| d <= 3)
            && self.byte(core.e) == b','
            && self.byte(core.e + 1) == b' '
            && self.run(core.e + 2) == 3
            && self.boundary(core.e + 5)
            && !(matches!(self.byte(core.e + 5), b',' | b'.') && self.digit(core.e + 6))
        {
            let group: f64 = self.t[core.e + 2..core.e + 5].parse().unwrap_or(0.0);
            core.val = core.val * 1000.0 + group;
            val = core.val;
            core.e += 5;
            core.plain = None;
        }
        let mut e = core.e;
        let mut ne = core.e;
        // Two figures joined by `and` after `between` are a range, not
        // an amount with its cents.
        let between = || matches!(self.w(self.prev(s)).as_str(), "between" | "from");
        if core.form.is_some() || core.kind == CoreKind::Ord {
            return Some(Qty {
                core,
                s,
                e,
                ne,
                val,
                unit,
                money,
            });
        }
        // Spaced scale after digits: `6.4 million`, `10 bln`, `$1.5 bn`.
        if core.digits && !core.scaled && core.glued_unit.is_none() {
            let mut nx = self.next(e);
            // `$140-million bid`, `US $5.4-billion`: a hyphenated scale.
            if self.byte(e) == b'-' {
                nx = self.next(e + 1).filter(|x| {
                    x.s == e + 1 && {
                        let w = self.w(Some(*x));
                        matches!(w.as_str(), "million" | "billion" | "trillion")
                    }
                });
            }
            let hyphen = self.byte(e) == b'-';
            if let Some(x) =
                nx.filter(|x| x.k == K::Word && (hyphen || lex::joined(self.t, e, x.s)))
            {
                let mut buf = [0u8; 24];
                let w = lex::lower(&self.t[x.s..x.e], &mut buf);
                let attached = x.s == e;
                let letter = || self.spaced_scale_letter(x);
                if let Some(sc) = words::scale_word(w, attached)
                    .or(if money && w == "m" { Some(1e6) } else { None })
                    .or_else(letter)
                {
                    val *= sc;
                    e = x.e;
                    ne = x.e;
                    core.scaled = true;
                    core.plain = None;
                    let mut last_sc = sc;
                    // `3 hundred thousand`.
                    if sc == 100.0 {
                        if let Some(y) = self.next(e) {
                            let mut buf = [0u8; 24];
                            let w2 = lex::lower(&self.t[y.s..y.e], &mut buf);
                            if let Some(sc2) = words::scale_word(w2, false).filter(|s| *s > 100.0) {
                                val *= sc2;
                                e = y.e;
                                ne = y.e;
                                last_sc = sc2;
                            }
                        }
                    }
                    if let Some((add, te)) = self.scale_tail(e, last_sc) {
                        val += add * val.signum();
                        e = te;
                        ne = te;
                    }
                }
            }
        }
        if let Some((_, ge, _)) = &core.glued_unit {
            let _ = ge;
        }
        // Percent: `25%`, `25 %`, `25 percent`, `25 per cent`, `25 pct`.
        if !money && core.glued_unit.is_none() {
            let nx = self.next(e);
            if let Some(x) = nx.filter(|x| lex::joined(self.t, e, x.s)) {
                if x.is_sym('%') && (x.s == e || x.s == e + 1) && self.boundary(x.e) {
                    e = x.e;
                    unit = Some("%".into());
                } else if x.k == K::Word {
                    let w = self.w(Some(x));
                    match w.as_str() {
                        // `2.4pc`: only glued, since `10 pc` may be computers.
                        "pc" if x.s == e && self.t[x.s..x.e] == *"pc" => {
                            e = x.e;
                            unit = Some("%".into());
                        }
                        "percent" | "percents" | "pct" | "percentage" | "percentages" => {
                            e = x.e;
                            unit = Some("%".into());
                            if w.starts_with("percentage") {
                                let y = self.next(e);
                                if is_word(self.t, &y, "points") || is_word(self.t, &y, "point") {
                                    e = y.map_or(e, |y| y.e);
                                    unit = Some("percentage point".into());
                                }
                            }
                        }
                        "per" => {
                            let y = self.next(x.e);
                            if is_word(self.t, &y, "cent") {
                                e = y.map_or(e, |y| y.e);
                                unit = Some("%".into());
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        if unit.as_deref() == Some("%") {
            // `one per cent` is a figure as `one person` is.
            core.lone_one = false;
        }
        // Currency after: `10 bln euros`, `420 million Finnish markka`,
        // `50 cents`, `2.3 trillion yen`, `100 €`, `200 EUR`, `12-cent`.
        if unit.is_none() && core.glued_unit.is_none() {
            if let Some((code, f, ce)) =
                self.currency_after(e, core.scaled || core.kind == CoreKind::Vague)
            {
                val *= f;
                e = ce;
                unit = Some(code.to_string());
                money = true;
                if f == 1.0 {
                    if let Some((cents, ee)) = self.cents_after(e, !between()) {
                        val += cents / 100.0;
                        e = ee;
                    }
                }
            }
        }
        // `$100 and fifty`, `C$ 12 50`: unnamed cents after a currency sign.
        if money && e == core.e && !core.scaled && val.fract() == 0.0 && !between() {
            if let Some((cents, ee)) = self.cents_after(e, true) {
                val += cents / 100.0;
                e = ee;
            }
        }
        // `+1.5%`: a sign kept in the span (the value is positive).
        if unit.as_deref() == Some("%") {
            let plus = self.prev(s).filter(|x| x.is_sym('+') && x.e == s);
            if let Some(x) =
                plus.filter(|x| x.s == 0 || !self.byte(x.s - 1).is_ascii_alphanumeric())
            {
                s = x.s;
            }
        }
        Some(Qty {
            core,
            s,
            e,
            ne,
            val,
            unit,
            money,
        })
    }

    /// What completes digits with a spoken scale ending at `e` (`last` is
    /// the scale): `4 thousand 3 hundred and 21`, `6 crore and two
    /// hundred`, `3 million and a half`. Returns the value to add and the
    /// end. Only `and` plus a figure, or a figure with a smaller scale,
    /// continues the amount; after millions only a fraction does, since
    /// `5 million and 300 more` is two figures.
    pub(super) fn scale_tail(&self, e: usize, mut last: f64) -> Option<(f64, usize)> {
        let mut add = 0.0;
        let mut end = e;
        let big = last >= 1e6 && last != 1e7;
        for _ in 0..3 {
            let Some(mut x) = self.next(end).filter(|x| lex::joined(self.t, end, x.s)) else {
                break;
            };
            let and = is_word(self.t, &Some(x), "and");
            if and {
                // `3 million and a half`: the fraction of the scale.
                if let Some((f, fe)) = self.frac_words(x.e) {
                    if add == 0.0 && !is_word(self.t, &self.next(fe), "of") {
                        return Some((f * last, fe));
                    }
                    break;
                }
                match self.next(x.e) {
                    Some(y) => x = y,
                    None => break,
                }
            }
            if big {
                break;
            }
            let (v, ve) = if x.k == K::Num {
                if matches!(self.byte(x.e), b',' | b'.') && self.digit(x.e + 1) {
                    break;
                }
                match self.t[x.s..x.e].parse::<f64>() {
                    Ok(v) => (v, x.e),
                    Err(_) => break,
                }
            } else {
                match self.word_core(x.s) {
                    Some(c) if c.kind == CoreKind::Card && !c.scaled => (c.val, c.e),
                    _ => break,
                }
            };
            let y = self.next(ve);
            let sc2 = y.and_then(|y| {
                let mut buf = [0u8; 24];
                words::scale_word(lex::lower(&self.t[y.s..y.e], &mut buf), false)
            });
            match sc2 {
                Some(s2)
                    if s2 < last && s2 >= 100.0 && (1.0..1000.0).contains(&v) && x.k == K::Num =>
                {
                    add += v * s2;
                    end = y.map_or(ve, |y| y.e);
                    last = s2;
                }
                None if and && v >= 1.0 && v < last.min(1000.0) => {
                    add += v;
                    end = ve;
                    break;
                }
                _ => break,
            }
        }
        (end > e).then_some((add, end))
    }

    /// Letters before a `$` that name the dollar (`US$`, `HK $`, `C$`,
    /// `U.S. $`): the ISO code and where the prefix starts.
    pub(super) fn dollar_prefix(&self, dollar: usize) -> Option<(&'static str, usize)> {
        let before = self.t.get(..dollar)?;
        let trimmed = before.trim_end_matches(' ');
        let glued = trimmed.len() == before.len();
        let low = |n: usize| {
            trimmed
                .get(trimmed.len().saturating_sub(n)..)
                .map(|x| x.to_ascii_lowercase())
        };
        for us in ["u.s.", "u.s"] {
            if low(us.len()).as_deref() == Some(us) {
                let st = trimmed.len() - us.len();
                let free = trimmed[..st]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !lex::is_letter(c));
                if free && st >= self.floor {
                    return Some(("USD", st));
                }
            }
        }
        let w = self.prev(trimmed.len()).filter(|w| w.k == K::Word)?;
        if w.e != trimmed.len() {
            return None;
        }
        let wl = self.w(Some(w));
        let code = words::dollar_prefix(&wl)?;
        // `a $5 bill`: a spaced single letter is an article, except `c`.
        if glued || wl.len() >= 2 || wl == "c" {
            return Some((code, w.s));
        }
        None
    }

    /// Whether `plus or` stands right before `s`: `plus or minus 3 points`
    /// is a margin either way, written as its size.
    #[inline(never)]
    fn plus_or(&self, s: usize) -> bool {
        let or = self.prev(s);
        is_word(self.t, &or, "or") && is_word(self.t, &or.and_then(|o| self.prev(o.s)), "plus")
    }

    /// `in 5`, `out of 10` after a small whole number: the share and its end.
    pub(super) fn ratio_after(&self, q: &Qty) -> Option<(f64, usize)> {
        let n = q.val;
        if n.fract() != 0.0 || q.core.kind != CoreKind::Card {
            return None;
        }
        let x = self.next(q.e)?;
        let mut y = self.next(x.e)?;
        let w = self.w(Some(x));
        // `one over three`, `2000 over 3`: a fraction read aloud, only
        // when nothing follows the divisor (`3 over 20 years` is a span).
        let over = w == "over";
        if !over && !(1.0..=100.0).contains(&n.abs()) {
            return None;
        }
        if w == "out" && is_word(self.t, &Some(y), "of") {
            y = self.next(y.e)?;
        } else if w != "in" && !over {
            return None;
        }
        let m = if y.k == K::Num {
            if self.byte(y.e) == b',' && self.digit(y.e + 1)
                || self.byte(y.e) == b'.' && self.digit(y.e + 1)
            {
                return None;
            }
            // A 4-digit number after `in` is a year (`3 in 2009`).
            if y.e - y.s > 3 {
                return None;
            }
            (self.t[y.s..y.e].parse::<f64>().ok()?, y.e)
        } else {
            let c = self.word_core(y.s)?;
            if c.kind != CoreKind::Card {
                return None;
            }
            (c.val, c.e)
        };
        let (mv, me) = m;
        if over {
            let after = self.next(me);
            let free =
                after.is_none_or(|a| matches!(a.k, K::Sym('.' | ',' | ';' | ')' | '?' | '!')));
            if free && mv >= 2.0 && self.boundary(me) {
                return Some((n / mv, me));
            }
            return None;
        }
        if mv > n.abs() && mv >= 2.0 && self.boundary(me) {
            Some((n / mv, me))
        } else {
            None
        }
    }

    /// `… dollars 50 cents`, `… dollars and forty-five cents`: the cents
    /// and where they end.
    pub(super) fn cents_after(&self, e: usize, bare: bool) -> Option<(f64, usize)> {
        let mut x = self.next(e)?;
        if is_word(self.t, &Some(x), "and") {
            x = self.next(x.e)?;
        }
        let (v, ve) = if x.k == K::Num {
            if x.e - x.s > 2 {
                return None;
            }
            (self.t[x.s..x.e].parse::<f64>().ok()?, x.e)
        } else {
            let c = self.word_core(x.s)?;
            (c.val, c.e)
        };
        if !((1.0..100.0).contains(&v) && v.fract() == 0.0) {
            return None;
        }
        let y = self.next(ve);
        let w = self.w(y);
        if matches!(w.as_str(), "cents" | "cent" | "pence" | "penny") {
            return Some((v, y?.e));
        }
        // `15 dollars 50`, `thirteen dollars forty five`: the cents
        // unnamed, when nothing but the end of the clause follows them
        // (`10 dollars 20 people paid` is two figures).
        let free = match y {
            None => true,
            Some(y) => matches!(y.k, K::Sym('.' | ',' | ';' | '?' | '!')) || w == "and",
        };
        if bare && free && self.boundary(ve) {
            return Some((v, ve));
        }
        None
    }

    /// A currency written after a number ending at `e`.
    pub(super) fn currency_after(
        &self,
        e: usize,
        scaled: bool,
    ) -> Option<(&'static str, f64, usize)> {
        let x = self.next(e)?;
        if !lex::joined(self.t, e, x.s) {
            return None;
        }
        match x.k {
            K::Sym(ch) => {
                if x.is_sym('-') && x.s == e {
                    // `12-cent`, `one-yen`.
                    let y = self.next(x.e).filter(|y| y.s == x.e && y.k == K::Word)?;
                    let w = self.w(Some(y));
                    let (code, f) = words::currency_word(&w)?;
                    if w == "p" || w == "won" || w == "real" || w == "marks" {
                        return None;
                    }
                    return Some((code, f, y.e));
                }
                if x.s > e + 1 {
                    return None;
                }
                let code = words::currency_symbol(ch)?;
                // `10 € 20` would be odd; take a symbol only when nothing
                // numeric follows it directly.
                if self.digit(x.e) {
                    return None;
                }
                Some((code, 1.0, x.e))
            }
            K::Word => {
                let raw = &self.t[x.s..x.e];
                if raw.starts_with('元') {
                    return Some(("CNY", 1.0, x.s + '元'.len_utf8()));
                }
                if let Some(code) = words::iso_code(raw) {
                    // `75 USD million`: the scale after the code.
                    if !scaled {
                        let y = self.next(x.e).filter(|y| y.k == K::Word && y.s == x.e + 1);
                        if let Some(NumWord::Scale(sc)) = self.num_word_at(y) {
                            return Some((code, sc, y.map_or(x.e, |y| y.e)));
                        }
                    }
                    return Some((code, 1.0, x.e));
                }
                // `30 MUSD`, `120 MEUR`, `500 KEUR`: a scale letter glued to
                // the code, as in company reports.
                if raw.len() == 4 && !scaled {
                    let f = match raw.as_bytes()[0] {
                        b'M' => 1e6,
                        b'K' | b'T' => 1e3,
                        _ => 0.0,
                    };
                    if f > 0.0 {
                        if let Some(code) = words::iso_code(&raw[1..]) {
                            return Some((code, f, x.e));
                        }
                    }
                }
                let w = self.w(Some(x));
                if let Some((code, f)) = words::currency_word(&w) {
                    let risky = matches!(
                        w.as_str(),
                        "won" | "real" | "marks" | "dong" | "rand" | "franc" | "p"
                    );
                    // `45 p` spaced only in lower case, and not `p.m.`.
                    if w == "p"
                        && x.s != e
                        && (&self.t[x.s..x.e] != "p"
                            || self.byte(x.e) == b'.' && self.byte(x.e + 1).is_ascii_alphabetic())
                    {
                        return None;
                    }
                    if risky && !scaled && w != "p" {
                        return None;
                    }
                    return Some((code, f, x.e));
                }
                if w == "pounds" || w == "pound" {
                    // `pounds` is also a weight: money only with a scale or
                    // `sterling`.
                    let y = self.next(x.e);
                    if is_word(self.t, &y, "sterling") {
                        return Some(("GBP", 1.0, y?.e));
                    }
                    if scaled {
                        return Some(("GBP", 1.0, x.e));
                    }
                    return None;
                }
                // `US dollars`, `Canadian dollars`, `Swiss francs`,
                // `Hong Kong dollars`, `Finnish markka`.
                let mut y = self.next(x.e)?;
                let mut adj = w;
                if adj == "hong" || adj == "new" || adj == "south" && self.w(Some(y)) != "african" {
                    if adj == "hong" || adj == "new" {
                        adj = self.w(Some(y));
                        y = self.next(y.e)?;
                    }
                } else if adj == "south" {
                    y = self.next(y.e)?;
                }
                let yw = self.w(Some(y));
                let (code, f) = if yw == "pounds" || yw == "pound" {
                    ("GBP", 1.0)
                } else {
                    words::currency_word(&yw)?
                };
                let adj = if raw == "US" || raw == "U" {
                    "us"
                } else {
                    &adj
                };
                let q = words::currency_qualifier(adj, code)?;
                Some((q, f, y.e))
            }
            K::Num => None,
        }
    }
}

/// Whether a verb of price stands before byte `ls`, right before or with
/// `for`, `at` between (`costs R35`, `sells for R35`, `priced at R35`):
/// what follows is a price, so a rand figure under 100 is money there,
/// where `the Audi R8`, `the R2 road` stay names.
fn priced_before(t: &str, ls: usize) -> bool {
    let last = |end: usize| -> (&str, usize) {
        let h = t[..end].trim_end_matches(' ');
        let s = h
            .rfind(|c: char| !c.is_ascii_alphabetic())
            .map_or(0, |i| i + 1);
        (&h[s..], s)
    };
    let (w, s) = last(ls);
    if nounwords::price_verb(w) {
        return true;
    }
    matches!(w, "for" | "at") && nounwords::price_verb(last(s).0)
}

/// Currency letters glued before the digits at `ds`: `$US50`, `$A5`
/// (a dollar prefix written after the sign), `USD10m`, `EUR50m`, `GBP2bn`
/// (an ISO code), `RM50` (ringgit), `Rs50` (rupees), and `R50 million`
/// (rand, only with a scale, a thousands group, at least 100 or after a
/// verb of price, so that `R8` and `R2` stay names). Returns the code and where the currency
/// starts.
pub(super) fn glued_currency(t: &str, ds: usize) -> Option<(&'static str, usize)> {
    let b = t.as_bytes();
    let mut ls = ds;
    while ls > 0 && b[ls - 1].is_ascii_alphabetic() && ds - ls < 4 {
        ls -= 1;
    }
    if ls == ds || (ls > 0 && b[ls - 1].is_ascii_alphanumeric()) {
        return None;
    }
    let letters = &t[ls..ds];
    if ls > 0 && b[ls - 1] == b'$' {
        let mut buf = [0u8; 24];
        let code = words::dollar_prefix(lex::lower(letters, &mut buf))?;
        return Some((code, ls - 1));
    }
    let free = ls == 0 || !(b[ls - 1] >= 0x80 || matches!(b[ls - 1], b'-' | b'/' | b'.' | b'_'));
    if !free {
        return None;
    }
    if let Some(code) = words::iso_code(letters) {
        return Some((code, ls));
    }
    match letters {
        // `euro110 billion`: wire copy that lost the sign spells it out.
        "euro" | "Euro" => Some(("EUR", ls)),
        "RM" => Some(("MYR", ls)),
        "Rs" => Some(("INR", ls)),
        // `e80 million`, `e1.2bn`: the euro sign wire copy turned into a
        // letter; only with a scale, so that `e3` or `e10` stay names.
        "R" | "e" => {
            let mut e = ds;
            while e < b.len() && (b[e].is_ascii_digit() || b[e] == b',' || b[e] == b'.') {
                e += 1;
            }
            let digits = t[ds..e].trim_end_matches([',', '.']);
            let big = digits.contains(',') || digits.parse::<f64>().is_ok_and(|v| v >= 100.0);
            let rest = t[e..].trim_start();
            let scaled = ["million", "billion", "bn", "m ", "trillion", "m.", "m,"]
                .iter()
                .any(|w| rest.starts_with(w) || t[e..].starts_with(w));
            if letters == "e" {
                return scaled.then_some(("EUR", ls));
            }
            (big || scaled || priced_before(t, ls)).then_some(("ZAR", ls))
        }
        _ => None,
    }
}
