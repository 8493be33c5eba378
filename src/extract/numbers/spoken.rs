//! Numbers in words: `one hundred and twenty`, `half a million`, `two
//! thirds`, `five point five`, `tens of thousands`.

use super::*;

impl Scan<'_> {
    // ----------------------------------------------------------------- words

    pub(super) fn num_word_at(&self, tok: Option<Tok>) -> Option<NumWord> {
        let tok = tok?;
        if tok.k != K::Word {
            return None;
        }
        words::num_word(&self.w(Some(tok)))
    }

    /// Reads number words from `s`.
    pub(super) fn word_core(&self, s: usize) -> Option<Core> {
        use NumWord::*;
        let t0 = self.next(s)?;
        let first = self.num_word_at(Some(t0))?;
        let mut core = Core {
            s: t0.s,
            e: t0.e,
            val: 0.0,
            kind: CoreKind::Card,
            digits: false,
            plain: None,
            scaled: false,
            lone_one: false,
            form: None,
            glued_unit: None,
        };
        match first {
            Vague(base) => {
                // `tens of thousands`, `hundreds of millions`.
                core.val = base;
                core.kind = CoreKind::Vague;
                let of = self.next(t0.e);
                // `tens` and `scores` are amounts only in `tens of …`
                // (`he scores` is a verb).
                if (base == 10.0 || base == 20.0) && !is_word(self.t, &of, "of") {
                    return None;
                }
                if is_word(self.t, &of, "of") {
                    let nx = self.next(of?.e);
                    if let Some(Vague(b2)) = self.num_word_at(nx) {
                        if b2 > base && b2 >= 1e3 {
                            core.val = base * b2;
                            core.e = nx?.e;
                        }
                    }
                }
                return Some(core);
            }
            Ordinal(n) => {
                core.val = n;
                core.kind = CoreKind::Ord;
                return Some(core);
            }
            Half | Quarter => {
                let f = if first == Half { 0.5 } else { 0.25 };
                // `half a million`, `half a dozen`, `quarter million`.
                // Hyphens glued on both sides count as spaces: `half-a-dozen`.
                let hop = |x: Option<Tok>, e: usize| match x {
                    Some(h) if h.is_sym('-') && h.s == e => {
                        self.next(h.e).filter(|y| y.s == h.e && y.k == K::Word)
                    }
                    x => x,
                };
                let mut nx = hop(self.next(t0.e), t0.e);
                let mut after_a = nx;
                if is_word(self.t, &nx, "a") {
                    let a = nx?;
                    after_a = hop(self.next(a.e), a.e);
                } else {
                    nx = None;
                }
                let _ = nx;
                match self.num_word_at(after_a) {
                    Some(Scale(sc)) => {
                        core.val = f * sc;
                        core.e = after_a?.e;
                        core.scaled = true;
                    }
                    Some(Hundred) => {
                        core.val = f * 100.0;
                        core.e = after_a?.e;
                    }
                    Some(Dozen) => {
                        core.val = f * 12.0;
                        core.e = after_a?.e;
                    }
                    _ => {
                        core.val = f;
                        core.kind = CoreKind::Frac;
                    }
                }
                return Some(core);
            }
            Denominators(_) => return None,
            Pair => {
                // `a pair of left hooks` counts two hooks; `a pair` alone
                // and `the pair` point back to people.
                let a = is_word(self.t, &self.prev(t0.s), "a");
                if !(a && is_word(self.t, &self.next(t0.e), "of")) {
                    return None;
                }
                core.val = 2.0;
                return Some(core);
            }
            _ => {}
        }
        // Cardinal grammar: units, tens, hundred, scales, `and`, hyphens.
        #[derive(PartialEq, Clone, Copy)]
        enum L {
            Start,
            Unit,
            Tens,
            Hundred,
            Scale,
        }
        let mut total = 0.0f64;
        let mut cur = 0.0f64;
        let mut last = L::Start;
        let mut last_scale = f64::INFINITY;
        let mut pos = t0.s;
        let mut end = t0.s;
        let mut nwords = 0;
        let mut tens_open = false;
        // Value before the last `and`: a fraction after `and` applies to
        // what follows it only (`one hundred and three quarters`).
        let mut and_base = 0.0f64;
        let mut and_frac: Option<(f64, usize)> = None;
        while let Some(tok) = self.next(pos) {
            if !lex::joined(self.t, end, tok.s) {
                break;
            }
            // Connectors are only taken when a number word follows.
            if tok.is_sym('-') || is_word(self.t, &Some(tok), "and") {
                let nx = self.next(tok.e);
                let nw = self.num_word_at(nx);
                let ok = if tok.is_sym('-') {
                    // `twenty-five`, `fifty - two`, `two-thirds`.
                    (last == L::Tens
                        && (matches!(nw, Some(Unit(u)) if (1.0..=9.0).contains(&u))
                            || matches!(nw, Some(Ordinal(o)) if o <= 9.0)))
                        || (last != L::Start && matches!(nw, Some(Denominators(_))))
                        || (last == L::Unit && matches!(nw, Some(Ordinal(o)) if o >= 3.0))
                } else {
                    // `twenty and three fifths`.
                    if last != L::Start {
                        if let Some(f) = nx.and_then(|x| self.frac_words(x.s)) {
                            and_frac = Some(f);
                            break;
                        }
                    }
                    // `one hundred and twenty`, `two thousand and two hundred`.
                    matches!(last, L::Hundred | L::Scale)
                        && matches!(nw, Some(Unit(_) | Tens(_)))
                        && !matches!(nw, Some(Unit(u)) if u == 0.0)
                };
                if !ok {
                    break;
                }
                if !tok.is_sym('-') {
                    and_base = total + cur;
                }
                pos = tok.e;
                continue;
            }
            let Some(nw) = self.num_word_at(Some(tok)) else {
                break;
            };
            match nw {
                Unit(u) => {
                    let ok = match last {
                        L::Start | L::Hundred | L::Scale => cur % 100.0 == 0.0 || last == L::Scale,
                        L::Tens => tens_open && (1.0..=9.0).contains(&u),
                        L::Unit => false,
                    };
                    if !ok {
                        break;
                    }
                    cur += u;
                    tens_open = false;
                    last = L::Unit;
                }
                Tens(v) => {
                    if !matches!(last, L::Start | L::Hundred | L::Scale) || cur % 100.0 != 0.0 {
                        // `one twenty-fifth`, `three twenty firsts`: a
                        // compound denominator after the numerator.
                        if let Some((d, de)) = self.compound_denominator(tok, v, total + cur) {
                            total = (total + cur) / d;
                            cur = 0.0;
                            core.kind = CoreKind::Frac;
                            end = de;
                            nwords += 1;
                        }
                        break;
                    }
                    cur += v;
                    tens_open = true;
                    last = L::Tens;
                }
                Hundred => {
                    if cur >= 100.0 || last == L::Hundred {
                        break;
                    }
                    cur = if cur == 0.0 { 100.0 } else { cur * 100.0 };
                    tens_open = false;
                    last = L::Hundred;
                }
                Scale(sc) => {
                    if sc >= last_scale {
                        // `three lakh crore`, `two thousand million`: a
                        // scale of a scale, straight after it.
                        if last == L::Scale && sc > last_scale && cur == 0.0 {
                            total *= sc;
                            last_scale = sc;
                            nwords += 1;
                            end = tok.e;
                            pos = tok.e;
                            continue;
                        }
                        break;
                    }
                    let base = if cur == 0.0 && last == L::Start {
                        1.0
                    } else {
                        cur
                    };
                    if base == 0.0 {
                        break;
                    }
                    total += base * sc;
                    cur = 0.0;
                    last_scale = sc;
                    core.scaled = true;
                    tens_open = false;
                    last = L::Scale;
                }
                Dozen => {
                    // `three hundred and two dozen`: only what follows `and`.
                    let base = if total + cur == 0.0 {
                        1.0
                    } else {
                        total + cur - and_base
                    };
                    total = and_base + base * 12.0;
                    cur = 0.0;
                    end = tok.e;
                    nwords += 1;
                    break;
                }
                Vague(12.0) if last != L::Start => {
                    // `three dozens`.
                    total = and_base + (total + cur - and_base) * 12.0;
                    cur = 0.0;
                    end = tok.e;
                    nwords += 1;
                    break;
                }
                // `led for three quarters`, `the last two quarters`: parts of
                // a game or a year counted, written apart and with no `of`
                // after (`three quarters of the vote` is a share).
                Denominators(_) if last != L::Start && self.counted_parts(t0.s, end, tok) => break,
                Denominators(d) if last != L::Start => {
                    total = and_base + (total + cur - and_base) / d;
                    cur = 0.0;
                    core.kind = CoreKind::Frac;
                    end = tok.e;
                    nwords += 1;
                    break;
                }
                Ordinal(o) if last == L::Tens && tens_open && o <= 9.0 => {
                    // `twenty-first`.
                    cur += o;
                    core.kind = CoreKind::Ord;
                    end = tok.e;
                    nwords += 1;
                    break;
                }
                Half | Quarter if last == L::Unit && cur == 1.0 && total == 0.0 => {
                    // `one half`, `one quarter`.
                    cur = if nw == Half { 0.5 } else { 0.25 };
                    core.kind = CoreKind::Frac;
                    end = tok.e;
                    nwords += 1;
                    break;
                }
                Ordinal(o) if last == L::Unit && cur == 1.0 && total == 0.0 && o >= 3.0 => {
                    // `one third`, `one fifth`.
                    cur = 1.0 / o;
                    core.kind = CoreKind::Frac;
                    end = tok.e;
                    nwords += 1;
                    break;
                }
                _ => break,
            }
            nwords += 1;
            end = tok.e;
            pos = tok.e;
        }
        if nwords == 0 {
            return None;
        }
        let mut val = total + cur;
        if let Some((f, fe)) = and_frac {
            end = fe;
            core.kind = CoreKind::Card;
            let sc = self.next(fe);
            match self.num_word_at(sc) {
                // `one billion and a half million`.
                Some(Scale(s)) if s < last_scale && last == L::Scale => {
                    val += f * s;
                    end = sc.map_or(end, |x| x.e);
                }
                // `one and a half million`.
                Some(Scale(s)) if s < last_scale && total == 0.0 => {
                    val = (val + f) * s;
                    end = sc.map_or(end, |x| x.e);
                    core.scaled = true;
                }
                // `two million and a half`: half of the scale.
                _ if last == L::Scale => val += f * last_scale,
                // `one hundred and three quarters`, `one and a half`.
                _ => val += f,
            }
        }
        // Spoken decimals: `five point five`, `nought point nought three`.
        if core.kind == CoreKind::Card && and_frac.is_none() {
            let p = self.next(end);
            if is_word(self.t, &p, "point") {
                let mut digits = String::new();
                let mut k = p.map_or(end, |x| x.e);
                let mut dend = end;
                while let Some(x) = self.next(k) {
                    match self.num_word_at(Some(x)) {
                        Some(Unit(u)) if u < 10.0 => {
                            digits.push(char::from(b'0' + u as u8));
                            dend = x.e;
                            k = x.e;
                        }
                        Some(Unit(u)) if digits.is_empty() => {
                            digits.push_str(&format!("{}", u as u8));
                            dend = x.e;
                            break;
                        }
                        Some(Tens(t)) if digits.is_empty() => {
                            let mut v = t as u8;
                            dend = x.e;
                            let h = self.next(x.e);
                            if h.is_some_and(|h| h.is_sym('-')) {
                                if let Some(Unit(u)) =
                                    self.num_word_at(h.and_then(|h| self.next(h.e)))
                                {
                                    if u < 10.0 {
                                        v += u as u8;
                                        dend = h.and_then(|h| self.next(h.e)).map_or(dend, |y| y.e);
                                    }
                                }
                            }
                            digits.push_str(&format!("{v}"));
                            break;
                        }
                        _ => break,
                    }
                    if digits.len() > 12 {
                        break;
                    }
                }
                if let Ok(f) = format!("0.{digits}").parse::<f64>() {
                    if !digits.is_empty() {
                        val += f;
                        end = dend;
                    }
                }
            }
        }
        core.lone_one = nwords == 1 && val == 1.0 && core.kind == CoreKind::Card;
        core.val = val;
        core.e = end;
        Some(core)
    }

    /// The denominator `twenty-fifth(s)` starting at the tens word `tok`
    /// (value `tens`), after the numerator `num`: its value and end.
    fn compound_denominator(&self, tok: Tok, tens: f64, num: f64) -> Option<(f64, usize)> {
        use NumWord::*;
        let mut x = self.next(tok.e)?;
        if x.is_sym('-') && x.s == tok.e {
            x = self.next(x.e)?;
        }
        let d = match self.num_word_at(Some(x))? {
            Ordinal(o) if o <= 9.0 && num == 1.0 => o,
            Denominators(o) if o <= 9.0 && num > 1.0 => o,
            _ => return None,
        };
        // Not `one twenty-first-century idea`.
        if self.byte(x.e) == b'-' {
            return None;
        }
        Some((tens + d, x.e))
    }

    /// A fraction in words at `pos`: `three fifths`, `fifty-four
    /// hundredths`, `one third`. Returns the value and its end.
    pub(super) fn frac_words(&self, pos: usize) -> Option<(f64, usize)> {
        use NumWord::*;
        let a = self.next(pos)?;
        let mut n = if is_word(self.t, &Some(a), "a") {
            1.0
        } else {
            match self.num_word_at(Some(a))? {
                Unit(u) => u,
                Tens(t) => t,
                _ => return None,
            }
        };
        let mut k = a.e;
        let mut b = self.next(k)?;
        if let Some(Tens(_)) = self.num_word_at(Some(a)) {
            let mut c = b;
            if c.is_sym('-') {
                c = self.next(c.e)?;
            }
            if let Some(Unit(u)) = self.num_word_at(Some(c)) {
                if u < 10.0 {
                    n += u;
                    k = c.e;
                    b = self.next(k)?;
                }
            }
        }
        if b.is_sym('-') {
            b = self.next(b.e)?;
        }
        match self.num_word_at(Some(b))? {
            Denominators(d) => Some((n / d, b.e)),
            Ordinal(d) if n == 1.0 && d >= 3.0 => Some((1.0 / d, b.e)),
            // `a half`, `one-half`, `a quarter`.
            Half if n == 1.0 => Some((0.5, b.e)),
            Quarter if n == 1.0 => Some((0.25, b.e)),
            _ => None,
        }
    }
}

impl Scan<'_> {
    /// Whether the plural denominator `tok` after number words from `s`
    /// to `end` counts parts (`for three quarters`, `the last two
    /// quarters`, `in two halves`) rather than making a fraction
    /// (`nearly three quarters`, `three quarters` alone): `quarters` or
    /// `halves` set apart by a space, after a preposition of time or a
    /// word that picks parts out of a series, with no `of` or scale word
    /// after.
    fn counted_parts(&self, s: usize, end: usize, tok: Tok) -> bool {
        let w = self.w(Some(tok));
        if !(&*w == "quarters" || &*w == "halves") || tok.s != end + 1 || self.byte(end) != b' ' {
            return false;
        }
        let after = self.next(tok.e);
        let before = self.w(self.prev(s));
        matches!(
            &*before,
            "for" | "in" | "over" | "after" | "through" | "during" | "first" | "last" | "next"
                | "past" | "final" | "all" | "those" | "these"
        ) && !is_word(self.t, &after, "of")
            // `three quarters billion`: a fraction of a scale.
            && self.num_word_at(after).is_none()
    }
}
