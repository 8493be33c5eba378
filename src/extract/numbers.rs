//! Numbers as newsrooms write them: digits, number words, scales, currencies,
//! percentages, ranges, bounds and hedges, with the counted noun that follows.
//!
//! Contract used by `extract::mod`: [`find_numbers`] returns every numeric
//! expression in text order, non-overlapping. It never panics, on any input.
//!
//! How it works: one pass over the bytes looks for digits and number words
//! only; everything else (currency before, bound and hedge words before,
//! scale, currency, percent, range and counted noun after) is read from the
//! few tokens around each hit. Prose without numbers costs a byte scan and
//! a table lookup per word, which is what makes tens of MB/s possible.

mod lex;
mod words;

use lex::{Tok, K};
use words::{Cue, NumWord};

/// How a number is used; only `Cardinal` and `Ordinal` are counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberForm {
    /// A count or amount.
    Cardinal,
    /// `third` in "a third round".
    Ordinal,
    /// A calendar year (`2022`, `2012–13`).
    Year,
    /// A time of day (`2.15pm`, `10:30`).
    Time,
    /// An age (`aged 45`, `a 45-year-old`).
    Age,
    /// Phone numbers, list markers, ids and other non-quantities.
    Other,
}

/// A numeric expression found in text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMatch {
    /// Byte offset where the expression starts (bound and hedge words included).
    pub start: usize,
    /// Byte offset just past the expression (counted noun included).
    pub end: usize,
    /// Lower bound after scales (`at least 15` → 15; `up to 20` → None).
    pub low: Option<f64>,
    /// Upper bound after scales (`more than 100` → None).
    pub high: Option<f64>,
    /// Hedged: `about`, `roughly`, `nearly`, `some`, `an estimated`, vague
    /// amounts (`hundreds`, `dozens`).
    pub approx: bool,
    /// `%`, an ISO 4217 code, a duration unit (`day`…), `people`, or the
    /// counted noun in the singular, lower case; `None` for a bare number.
    pub unit: Option<String>,
    /// Byte span of the counted noun within the text, if there is one.
    pub noun: Option<(usize, usize)>,
    /// Whether this is a count, a year, a time, …
    pub form: NumberForm,
    /// For a one-sided bound: whether it excludes the figure itself
    /// (`more than 30`, `under 18`: true; `at least 30`, `up to 700`: false).
    pub strict: bool,
    /// Byte span of the amount without bound or hedge words and without the
    /// counted noun, but with currency and percent signs: `$48.2 million`
    /// in "more than $48.2 million in aid"; both ends for a range.
    pub quantity: (usize, usize),
    /// Byte span of the first number alone, with its scale but without
    /// currency or percent: `48.2 million`.
    pub number: (usize, usize),
}

/// Finds every numeric expression in `text`, in text order.
pub fn find_numbers(text: &str) -> Vec<NumberMatch> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut last_end = 0;
    while i < n {
        let c = b[i];
        let lead_dot = c == b'.'
            && i + 1 < n
            && b[i + 1].is_ascii_digit()
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] >= 0x80));
        if c.is_ascii_digit() || lead_dot {
            let ds = if c == b'.' { i + 1 } else { i };
            let mut de = ds;
            while de < n && b[de].is_ascii_digit() {
                de += 1;
            }
            // Digits glued to letters before them are ids (`A320`, `MH17`).
            let glued = text[..ds]
                .chars()
                .next_back()
                .is_some_and(|c| lex::is_letter(c) && words::currency_symbol(c).is_none());
            if !glued {
                if let Some(m) = Scan::new(text, last_end).at(ds) {
                    i = m.end.max(i + 1);
                    last_end = m.end;
                    out.push(m);
                    continue;
                }
            }
            i = de.max(i + 1);
        } else if c.is_ascii_alphabetic() {
            let mut e = i + 1;
            while e < n && b[e].is_ascii_alphabetic() {
                e += 1;
            }
            let glued = (i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] >= 0x80))
                || (e < n && (b[e].is_ascii_digit() || b[e] >= 0x80));
            let len = e - i;
            let maybe = (3..=15).contains(&len)
                && words::PREFILTER[words::pair_index(c, b[i + 1])] & (1 << len) != 0;
            if !glued && maybe {
                let mut buf = [0u8; 24];
                let w = lex::lower(&text[i..e], &mut buf);
                if words::num_word(w).is_some() {
                    if let Some(m) = Scan::new(text, last_end).at(i) {
                        i = m.end.max(i + 1);
                        last_end = m.end;
                        out.push(m);
                        continue;
                    }
                }
            }
            i = e;
        } else {
            i += 1;
        }
    }
    out
}

/// Parses a run of English number words (`one hundred and twenty`,
/// `half a million`, `two thirds`) starting at byte `pos`. Returns the
/// value and the byte offset just past the words.
pub fn parse_number_words(text: &str, pos: usize) -> Option<(f64, usize)> {
    if !text.is_char_boundary(pos.min(text.len())) {
        return None;
    }
    let s = Scan::new(text, pos);
    s.word_core(pos).map(|c| (c.val, c.e))
}

/// What kind of core number was read.
#[derive(Debug, Clone, Copy, PartialEq)]
enum CoreKind {
    Card,
    Ord,
    /// A fraction such as `two thirds`.
    Frac,
    /// `hundreds`, `tens of thousands`.
    Vague,
}

/// A number without its surroundings.
#[derive(Debug, Clone)]
struct Core {
    s: usize,
    e: usize,
    val: f64,
    kind: CoreKind,
    digits: bool,
    /// Plain integer digits (no separators, decimals or scale): the count of
    /// digits, for year and day tests.
    plain: Option<usize>,
    scaled: bool,
    /// Just the word `one`.
    lone_one: bool,
    /// The form is already known (time, id, …).
    form: Option<NumberForm>,
    /// A unit glued to the digits (`29km`, `a 10-day truce`).
    glued_unit: Option<(usize, usize, String)>,
}

/// A core with currency, scale and percent around it.
#[derive(Debug, Clone)]
struct Qty {
    core: Core,
    s: usize,
    e: usize,
    /// End of the number with its scale (`number` span end).
    ne: usize,
    val: f64,
    unit: Option<String>,
    money: bool,
}

struct Scan<'a> {
    t: &'a str,
    b: &'a [u8],
    floor: usize,
}

fn is_word(t: &str, tok: &Option<Tok>, w: &str) -> bool {
    match tok {
        Some(x) if x.k == K::Word => t[x.s..x.e].eq_ignore_ascii_case(w),
        _ => false,
    }
}

impl<'a> Scan<'a> {
    fn new(t: &'a str, floor: usize) -> Self {
        Scan {
            t,
            b: t.as_bytes(),
            floor,
        }
    }

    fn next(&self, pos: usize) -> Option<Tok> {
        lex::next(self.t, pos)
    }

    fn prev(&self, pos: usize) -> Option<Tok> {
        lex::prev(self.t, pos, self.floor)
    }

    /// Lower-cased word of a token ("" for non-words).
    fn w(&self, tok: Option<Tok>) -> lex::Lw {
        let none = Tok {
            s: 0,
            e: 0,
            k: K::Sym(' '),
        };
        lex::lw(self.t, &tok.unwrap_or(none))
    }

    fn byte(&self, i: usize) -> u8 {
        self.b.get(i).copied().unwrap_or(0)
    }

    fn digit(&self, i: usize) -> bool {
        self.byte(i).is_ascii_digit()
    }

    /// Length of the digit run at `i`.
    fn run(&self, i: usize) -> usize {
        let mut e = i;
        while self.digit(e) {
            e += 1;
        }
        e - i
    }

    /// Whether the text at `i` starts with `s`, ignoring ASCII case.
    fn starts(&self, i: usize, s: &str) -> bool {
        self.b
            .get(i..i + s.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(s.as_bytes()))
    }

    /// Whether the byte at `i` ends a word (not a letter or digit).
    fn boundary(&self, i: usize) -> bool {
        let c = self.byte(i);
        !(c.is_ascii_alphanumeric() || c >= 0x80)
    }

    // ---------------------------------------------------------------- digits

    /// Reads digits at `p` (a leading `.` is taken from `p - 1`).
    fn digit_core(&self, p: usize) -> Option<Core> {
        let b = self.b;
        let mut s = p;
        let lead_dot = p > self.floor
            && b[p - 1] == b'.'
            && (p < 2 || !(b[p - 2].is_ascii_alphanumeric() || b[p - 2] >= 0x80));
        if lead_dot {
            s = p - 1;
        }
        let first = self.run(p);
        let mut j = p + first;
        let mut clean = String::with_capacity(24);
        if lead_dot {
            clean.push_str("0.");
        }
        clean.push_str(&self.t[p..j]);
        let mut grouped = false;
        // Thousands groups: `13,000`, `940 000`, `1 234 567` (also with
        // no-break and thin spaces), but only groups of exactly three.
        if !lead_dot && first <= 3 {
            for sep in [",", " ", "\u{a0}", "\u{202f}", "\u{2009}"] {
                let mut k = j;
                let mut any = false;
                while self.t.get(k..k + sep.len()) == Some(sep) && self.run(k + sep.len()) == 3 {
                    let g = k + sep.len();
                    clean.push_str(&self.t[g..g + 3]);
                    k = g + 3;
                    any = true;
                }
                if any {
                    j = k;
                    grouped = true;
                    break;
                }
            }
            // Indian grouping: `12,34,567.89`, `1,50,000` (lakhs), only
            // when the last group has three digits.
            if !grouped && first <= 2 {
                let mut k = j;
                let mut pairs = String::new();
                while b.get(k) == Some(&b',') && self.run(k + 1) == 2 {
                    pairs.push_str(&self.t[k + 1..k + 3]);
                    k += 3;
                }
                if !pairs.is_empty() && b.get(k) == Some(&b',') && self.run(k + 1) == 3 {
                    clean.push_str(&pairs);
                    clean.push_str(&self.t[k + 1..k + 4]);
                    j = k + 4;
                    grouped = true;
                }
            }
        }
        let mut dec = lead_dot;
        if !lead_dot && b.get(j) == Some(&b'.') && self.digit(j + 1) {
            let k = j + 1 + self.run(j + 1);
            if b.get(k) == Some(&b'.') && self.digit(k + 1) {
                // Dotted chains are IP addresses, versions and dates.
                let mut k = k;
                while b.get(k) == Some(&b'.') && self.digit(k + 1) {
                    k += 1 + self.run(k + 1);
                }
                return Some(Core {
                    s,
                    e: k,
                    val: f64::NAN,
                    kind: CoreKind::Card,
                    digits: true,
                    plain: None,
                    scaled: false,
                    lone_one: false,
                    form: Some(NumberForm::Other),
                    glued_unit: None,
                });
            }
            clean.push_str(&self.t[j..k]);
            j = k;
            dec = true;
        }
        let mut val: f64 = clean.parse().ok()?;
        let mut sci = false;
        // Scientific notation `1.3e6`, `12.32e+14`.
        if matches!(self.byte(j), b'e' | b'E') {
            let mut k = j + 1;
            if matches!(self.byte(k), b'+' | b'-') {
                k += 1;
            }
            let r = self.run(k);
            if r > 0 && self.boundary(k + r) {
                let exp = &self.t[j..k + r];
                clean.push_str(exp);
                val = clean.parse().ok()?;
                j = k + r;
                sci = true;
            }
        }
        // Powers `1.1^23`, `2.5^-1`.
        if self.byte(j) == b'^' {
            let mut k = j + 1;
            let mut neg = false;
            while matches!(self.byte(k), b'+' | b'-') {
                neg ^= self.byte(k) == b'-';
                k += 1;
            }
            let r = self.run(k);
            if r > 0 && r < 6 {
                let e: i32 = self.t[k..k + r].parse().ok()?;
                val = val.powi(if neg { -e } else { e });
                j = k + r;
                sci = true;
            }
        }
        if !val.is_finite() {
            return None;
        }
        let mut kind = CoreKind::Card;
        // Digit fractions `3/4`, `1/2`; other slashes (`24/7`, `9/11`,
        // `5/17/2018`) are ids and dates.
        if b.get(j) == Some(&b'/') && self.digit(j + 1) && !(grouped || dec || sci || lead_dot) {
            let r = self.run(j + 1);
            let e2 = j + 1 + r;
            let den: f64 = self.t[j + 1..e2].parse().unwrap_or(0.0);
            if matches!(den as i64, 2 | 3 | 4 | 5 | 8)
                && val < den
                && val >= 1.0
                && self.boundary(e2)
                && self.byte(e2) != b'/'
            {
                val /= den;
                j = e2;
                kind = CoreKind::Frac;
            } else {
                let mut k = j;
                while self.byte(k) == b'/' && self.digit(k + 1) {
                    k += 1 + self.run(k + 1);
                }
                return Some(Core {
                    s,
                    e: k,
                    val: f64::NAN,
                    kind: CoreKind::Card,
                    digits: true,
                    plain: None,
                    scaled: false,
                    lone_one: false,
                    form: Some(NumberForm::Other),
                    glued_unit: None,
                });
            }
        }
        Some(Core {
            s,
            e: j,
            val,
            kind,
            digits: true,
            plain: if grouped || dec || sci || kind == CoreKind::Frac {
                None
            } else {
                Some(first)
            },
            scaled: false,
            lone_one: false,
            form: None,
            glued_unit: None,
        })
    }

    /// Reads what is glued to the digits: scale (`3bn`), ordinal suffix
    /// (`3rd`), time (`10:30`, `2.15pm`), decade (`1990s`), units (`29km`).
    fn digit_suffix(&self, c: &mut Core) {
        if c.form.is_some() {
            return;
        }
        let j = c.e;
        // Clock times: `10:30`, `10:30:15`.
        if self.byte(j) == b':' && self.run(j + 1) == 2 && c.plain.is_some_and(|d| d <= 2) {
            let mut k = j + 3;
            if self.byte(k) == b':' && self.run(k + 1) == 2 {
                k += 3;
            }
            c.e = self.ampm(k).unwrap_or(k);
            c.form = Some(NumberForm::Time);
            return;
        }
        if c.val <= 12.0 {
            if let Some(k) = self.ampm(j) {
                // `2.15pm`, `9 a.m.`: only hours and hour.minute values.
                let fine = c.plain.is_some() || (c.val.fract() * 100.0).round() < 60.0;
                if fine {
                    c.e = k;
                    c.form = Some(NumberForm::Time);
                    return;
                }
            }
        }
        let mut k = j;
        while self.byte(k).is_ascii_alphabetic() {
            k += 1;
        }
        if k > j && self.boundary(k) {
            let mut buf = [0u8; 24];
            let w = lex::lower(&self.t[j..k], &mut buf);
            if let (Some(sc), false) = (words::scale_word(w, true), c.scaled) {
                c.val *= sc;
                c.e = k;
                c.scaled = true;
                c.plain = None;
            } else if matches!(w, "st" | "nd" | "rd" | "th") && c.plain.is_some() {
                c.kind = CoreKind::Ord;
                c.e = k;
            } else if w == "s" && c.plain.is_some() {
                // `the 1990s`, `in their 40s`.
                c.e = k;
                c.form = Some(if c.plain == Some(4) {
                    NumberForm::Year
                } else {
                    NumberForm::Age
                });
            } else if let Some(u) = words::measure_unit(w) {
                c.glued_unit = Some((j, k, u.to_string()));
            } else if words::duration(w).is_some() || words::currency_word(w).is_some() {
                // `24hrs`, `50p`: left to the unit readers.
            } else {
                // `3D`, `4x4`, `5G`: an id, not a quantity.
                c.e = k;
                c.form = Some(NumberForm::Other);
            }
        }
    }

    /// `am`, `pm`, `a.m.`, `p.m.` at or after `j` (one optional space).
    fn ampm(&self, j: usize) -> Option<usize> {
        let k = if self.byte(j) == b' ' { j + 1 } else { j };
        for f in ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"] {
            if self.starts(k, f) && (f.ends_with('.') || self.boundary(k + f.len())) {
                return Some(k + f.len());
            }
        }
        None
    }

    // ----------------------------------------------------------------- words

    fn num_word_at(&self, tok: Option<Tok>) -> Option<NumWord> {
        let tok = tok?;
        if tok.k != K::Word {
            return None;
        }
        let mut buf = [0u8; 24];
        words::num_word(lex::lower(&self.t[tok.s..tok.e], &mut buf))
    }

    /// Reads number words from `s`.
    fn word_core(&self, s: usize) -> Option<Core> {
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
                let mut nx = self.next(t0.e);
                let mut after_a = nx;
                if is_word(self.t, &nx, "a") {
                    after_a = self.next(nx?.e);
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
        loop {
            let Some(tok) = self.next(pos) else { break };
            if !lex::joined(self.t, end, tok.s) {
                break;
            }
            // Connectors are only taken when a number word follows.
            if tok.is_sym('-') || is_word(self.t, &Some(tok), "and") {
                let nx = self.next(tok.e);
                let nw = self.num_word_at(nx);
                let ok = if tok.is_sym('-') {
                    // `twenty-five`, `fifty - two`, `two-thirds`.
                    (last == L::Tens && matches!(nw, Some(Unit(u)) if u >= 1.0 && u <= 9.0))
                        || (last == L::Tens && matches!(nw, Some(Ordinal(o)) if o <= 9.0))
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
                        L::Tens => tens_open && u >= 1.0 && u <= 9.0,
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
                    let base = if total + cur == 0.0 { 1.0 } else { total + cur };
                    total = base * 12.0;
                    cur = 0.0;
                    end = tok.e;
                    nwords += 1;
                    break;
                }
                Vague(12.0) if last != L::Start => {
                    // `three dozens`.
                    total = (total + cur) * 12.0;
                    cur = 0.0;
                    end = tok.e;
                    nwords += 1;
                    break;
                }
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
            val += f;
            end = fe;
            core.kind = CoreKind::Card;
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
        // `one and a half`, `five and a quarter`, then maybe a scale:
        // `one and a half million`.
        if core.kind == CoreKind::Card {
            let a = self.next(end);
            if is_word(self.t, &a, "and") {
                let b = self.next(a.map_or(end, |x| x.e));
                let c = b.and_then(|x| self.next(x.e));
                if is_word(self.t, &b, "a") {
                    let f = match self.num_word_at(c) {
                        Some(Half) => 0.5,
                        Some(Quarter) => 0.25,
                        Some(Ordinal(o)) if o >= 3.0 => 1.0 / o,
                        _ => 0.0,
                    };
                    if f > 0.0 {
                        val += f;
                        end = c.map_or(end, |x| x.e);
                        let sc = self.next(end);
                        if let Some(Scale(s)) = self.num_word_at(sc) {
                            if s < last_scale {
                                val *= s;
                                end = sc.map_or(end, |x| x.e);
                                core.scaled = true;
                            }
                        }
                    }
                }
            }
        }
        core.lone_one = nwords == 1 && val == 1.0 && core.kind == CoreKind::Card;
        core.val = val;
        core.e = end;
        Some(core)
    }

    /// A fraction in words at `pos`: `three fifths`, `fifty-four
    /// hundredths`, `one third`. Returns the value and its end.
    fn frac_words(&self, pos: usize) -> Option<(f64, usize)> {
        use NumWord::*;
        let a = self.next(pos)?;
        let mut n = match self.num_word_at(Some(a))? {
            Unit(u) => u,
            Tens(t) => t,
            _ => return None,
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
            _ => None,
        }
    }

    // -------------------------------------------------------------- quantity

    /// A number with currency, scale and percent around it, starting at
    /// the digit or word at `p`.
    fn qty(&self, p: usize) -> Option<Qty> {
        let mut core = if self.digit(p) {
            let mut c = self.digit_core(p)?;
            self.digit_suffix(&mut c);
            c
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
                    c.is_ascii_whitespace() || c == b'(' || c == b'='
                };
                if free {
                    s = m.s;
                    val = -val;
                    core.s = s;
                }
            } else if m.k == K::Word {
                let w = self.w(Some(m));
                if w == "minus" || w == "negative" {
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
                    let frac_ord = core.kind == CoreKind::Ord && core.val >= 3.0 && {
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
                        Some(NumWord::Hundred | NumWord::Scale(_) | NumWord::Dozen)
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
                } else if m.k == K::Word {
                    let raw = &self.t[m.s..m.e];
                    let code = words::iso_code(raw).or(if raw == "Rs" || raw == "INR" {
                        Some("INR")
                    } else {
                        None
                    });
                    if let Some(code) = code {
                        s = m.s;
                        unit = Some(code.to_string());
                        money = true;
                    }
                }
            }
        }
        let mut e = core.e;
        let mut ne = core.e;
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
            let nx = self.next(e);
            if let Some(x) = nx.filter(|x| x.k == K::Word && lex::joined(self.t, e, x.s)) {
                let mut buf = [0u8; 24];
                let w = lex::lower(&self.t[x.s..x.e], &mut buf);
                let attached = x.s == e;
                if let Some(sc) = words::scale_word(w, attached).or(if money && w == "m" {
                    Some(1e6)
                } else {
                    None
                }) {
                    val *= sc;
                    e = x.e;
                    ne = x.e;
                    core.scaled = true;
                    core.plain = None;
                    // `3 hundred thousand`.
                    if sc == 100.0 {
                        if let Some(y) = self.next(e) {
                            let mut buf = [0u8; 24];
                            let w2 = lex::lower(&self.t[y.s..y.e], &mut buf);
                            if let Some(sc2) = words::scale_word(w2, false).filter(|s| *s > 100.0) {
                                val *= sc2;
                                e = y.e;
                                ne = y.e;
                            }
                        }
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
                    if let Some((cents, ee)) = self.cents_after(e) {
                        val += cents / 100.0;
                        e = ee;
                    }
                }
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

    /// Letters before a `$` that name the dollar (`US$`, `HK $`, `C$`,
    /// `U.S. $`): the ISO code and where the prefix starts.
    fn dollar_prefix(&self, dollar: usize) -> Option<(&'static str, usize)> {
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

    /// `in 5`, `out of 10` after a small whole number: the share and its end.
    fn ratio_after(&self, q: &Qty) -> Option<(f64, usize)> {
        let n = q.val;
        if !(n >= 1.0 && n <= 100.0 && n.fract() == 0.0) || q.core.kind != CoreKind::Card {
            return None;
        }
        let x = self.next(q.e)?;
        let mut y = self.next(x.e)?;
        let w = self.w(Some(x));
        if w == "out" && is_word(self.t, &Some(y), "of") {
            y = self.next(y.e)?;
        } else if w != "in" {
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
        if mv > n && mv >= 2.0 && self.boundary(me) {
            Some((n / mv, me))
        } else {
            None
        }
    }

    /// `… dollars 50 cents`, `… dollars and forty-five cents`: the cents
    /// and where they end.
    fn cents_after(&self, e: usize) -> Option<(f64, usize)> {
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
        if !(v >= 1.0 && v < 100.0 && v.fract() == 0.0) {
            return None;
        }
        let y = self.next(ve)?;
        let w = self.w(Some(y));
        if matches!(w.as_str(), "cents" | "cent" | "pence" | "penny") {
            Some((v, y.e))
        } else {
            None
        }
    }

    /// A currency written after a number ending at `e`.
    fn currency_after(&self, e: usize, scaled: bool) -> Option<(&'static str, f64, usize)> {
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
                    return Some((code, 1.0, x.e));
                }
                let w = self.w(Some(x));
                if let Some((code, f)) = words::currency_word(&w) {
                    let risky = matches!(
                        w.as_str(),
                        "won" | "real" | "marks" | "dong" | "rand" | "franc" | "p"
                    );
                    if w == "p" && x.s != e {
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
                let mut adj = w.to_string();
                if adj == "hong" || adj == "new" || adj == "south" && self.w(Some(y)) != "african" {
                    if adj == "hong" || adj == "new" {
                        adj = self.w(Some(y)).to_string();
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
                    "us".to_string()
                } else {
                    adj
                };
                let q = words::currency_qualifier(&adj, code)?;
                Some((q, f, y.e))
            }
            K::Num => None,
        }
    }

    // ------------------------------------------------------------------ match

    /// Full match at the digit or number word at `p`.
    fn at(&self, p: usize) -> Option<NumberMatch> {
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
            quantity,
            number: num,
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
        if core.digits {
            // Dates and phone numbers written as hyphen chains
            // (`2024-06-17`, `202-555-0143`), and the tail of a chain
            // that did not make a range (`3-2`).
            let chain = self.id_chain(end);
            // `COVID-19`, `F-16`, `Su-25`: model and strain names.
            let tail = core.s >= 2
                && matches!(self.byte(core.s - 1), b'-' | b'/' | b':' | b'.')
                && (self.digit(core.s - 2)
                    || (self.byte(core.s - 1) == b'-'
                        && self.byte(core.s - 2).is_ascii_alphabetic()));
            if chain.is_some() || tail {
                let e = chain.unwrap_or(end);
                return Some(mk(
                    start,
                    e,
                    None,
                    None,
                    false,
                    None,
                    None,
                    NumberForm::Other,
                    false,
                    (qs, e),
                ));
            }
        }
        // Non-counts first: list markers, ages, days of the month, years.
        if let Some(f) = self.special_form(&q, &prevw) {
            let mut e = end;
            if f == NumberForm::Year {
                e = self.year_range(end).unwrap_or(end);
            }
            if f == NumberForm::Other {
                e = self.id_chain(end).unwrap_or(end);
            }
            if f == NumberForm::Age {
                e = self.age_tail(end).unwrap_or(end);
            }
            return Some(mk(
                start,
                e,
                low,
                high,
                false,
                None,
                None,
                f,
                false,
                (qs, e),
            ));
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
                return Some(mk(
                    start,
                    e,
                    None,
                    None,
                    false,
                    None,
                    None,
                    NumberForm::Other,
                    false,
                    (qs, e),
                ));
            }
            if let Some(e) = self.id_chain(end) {
                let plus = self.prev(start).is_some_and(|x| x.is_sym('+'));
                let _ = plus;
                return Some(mk(
                    start,
                    e,
                    None,
                    None,
                    false,
                    None,
                    None,
                    NumberForm::Other,
                    false,
                    (qs, e),
                ));
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
                Some((cs, Cue::Lower(st))) if low.is_some() && high.is_some() => {
                    high = None;
                    strict = st;
                    start = cs;
                }
                Some((cs, Cue::Upper(st))) if low.is_some() && high.is_some() => {
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
        // Ranges: `10-20`, `10 – 20`, `10 to 20`, `between 10 and 20`.
        if low.is_some() && high.is_some() && matches!(core.kind, CoreKind::Card | CoreKind::Frac) {
            let change = from.is_some_and(|f| self.change_verb_before(f.s));
            if let Some((r, conn_end)) = self.range_after(&q, between).filter(|_| !change) {
                let _ = conn_end;
                let mut a = q.val;
                let b = r.val;
                if r.core.scaled && !q.core.scaled && q.core.val < r.core.val {
                    // `10 to 20 million`, `$10-20 billion`.
                    let f = r.val / r.core.val.max(f64::MIN_POSITIVE);
                    if f.is_finite() && f > 1.0 {
                        a *= f;
                    }
                }
                if a < b {
                    low = Some(a);
                    high = Some(b);
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
                }
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
        // Bounds written after: `500 or more`, `100+`.
        if low.is_some() && high.is_some() && low == high {
            if self.byte(end) == b'+' && self.boundary(end + 1) {
                end += 1;
                high = None;
            } else if let Some((e2, lower)) = self.bound_after(end) {
                end = e2;
                if lower {
                    high = None;
                } else {
                    low = None;
                }
            }
        }
        // Counted noun.
        if unit.is_none() {
            if let Some((ns, ne2, u)) = q.core.glued_unit.clone() {
                unit = Some(u);
                noun = Some((ns, ne2));
                end = end.max(ne2);
            } else if let Some((ns, ne2, u)) = self.noun_after(
                end,
                &q,
                if core.kind == CoreKind::Ord {
                    1.0
                } else {
                    low.or(high).unwrap_or(0.0)
                },
            ) {
                if u == "__age" {
                    return Some(mk(
                        start,
                        ne2,
                        low,
                        high,
                        false,
                        None,
                        None,
                        NumberForm::Age,
                        strict,
                        (qs, qe),
                    ));
                }
                unit = Some(u);
                noun = Some((ns, ne2));
                end = ne2;
            }
        }
        if q.core.lone_one && noun.is_none() && start == q.s && !q.money && !ratio && q.val == 1.0 {
            form = NumberForm::Other;
        }
        if core.digits && q.core.plain.is_some() && noun.is_none() && unit.is_none() {
            // A bare list of digits after `No.` or `#` is an id.
            if let Some(x) = self.prev(q.s) {
                if x.is_sym('#') {
                    form = NumberForm::Other;
                }
            }
        }
        Some(NumberMatch {
            start,
            end,
            low,
            high,
            approx,
            unit,
            noun,
            form,
            strict,
            quantity: (qs, qe),
            number: num,
        })
    }

    /// Years, ages, list markers and days of the month.
    fn special_form(&self, q: &Qty, prevw: &str) -> Option<NumberForm> {
        let c = &q.core;
        if q.money || q.unit.is_some() {
            return None;
        }
        if prevw == "aged" || prevw == "age" || prevw == "ages" {
            return Some(NumberForm::Age);
        }
        if c.digits && self.age_tail(c.e).is_some() {
            return Some(NumberForm::Age);
        }
        let Some(nd) = c.plain else { return None };
        let v = c.val;
        // `1.` or `2)` opening a line.
        if nd <= 2 && matches!(self.byte(c.e), b'.' | b')') && {
            let nb = self.byte(c.e + 1);
            nb == b' ' || nb == b'\t'
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
            // Without a counted noun, a bare 4-digit number in this window
            // is a year; so is one before a capitalised word (a headline's
            // `2011 Civilians …`, `2012 Olympics`).
            match self.noun_after(c.e, q, v) {
                None => return Some(NumberForm::Year),
                Some((ns, _, _)) if self.byte(ns).is_ascii_uppercase() => {
                    return Some(NumberForm::Year)
                }
                _ => {}
            }
        }
        None
    }

    /// `-13`, `–13`, `/13`, `-2013`, ` to 2015` after a year.
    fn year_range(&self, e: usize) -> Option<usize> {
        let x = self.next(e)?;
        let conn = x.is_sym('-') || x.is_sym('–') || x.is_sym('/') || x.is_sym('—');
        if !(conn && x.s <= e + 1) && !is_word(self.t, &Some(x), "to") {
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

    /// Age tails: `-year-old`, ` years old`, `-year-olds`.
    fn age_tail(&self, e: usize) -> Option<usize> {
        for f in [
            "-year-olds",
            "-year-old",
            "-years-old",
            " year-old",
            " years-old",
            " year old",
            " years old",
            "-yr-old",
            "-month-old",
            " months old",
        ] {
            if self.starts(e, f) && self.boundary(e + f.len()) {
                return Some(e + f.len());
            }
        }
        None
    }

    /// Hyphen chains of three or more digit groups (`2024-06-17`,
    /// `555-123-4567`): returns the chain end.
    fn id_chain(&self, e: usize) -> Option<usize> {
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
    fn cue_before(&self, start: usize) -> Option<(usize, Cue)> {
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
            let before = self.prev(t.s);
            let clean = before.is_none_or(|b| !matches!(b.k, K::Sym('<' | '>' | '=')));
            if let (Some(c), true) = (cue, clean) {
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
            n += 1;
            pos = t.s;
        }
        if n == 0 {
            return None;
        }
        let toks = &buf[..n];
        for (phrase, cue) in words::CUES {
            let n = phrase.len();
            if n > toks.len() {
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
    fn bound_after(&self, e: usize) -> Option<(usize, bool)> {
        let x = self.next(e)?;
        let w = self.w(Some(x));
        if w != "or" && w != "and" {
            return None;
        }
        let y = self.next(x.e)?;
        let lower = match self.w(Some(y)).as_str() {
            "more" | "above" | "greater" | "higher" | "over" => true,
            "less" | "fewer" | "below" | "under" | "lower" => false,
            _ => return None,
        };
        Some((y.e, lower))
    }

    /// A second number after a range connector.
    fn range_after(&self, q: &Qty, between: bool) -> Option<(Qty, usize)> {
        let x = self.next(q.e)?;
        if !lex::joined(self.t, q.e, x.s) {
            return None;
        }
        let dash = x.is_sym('-') || x.is_sym('–') || x.is_sym('—') || x.is_sym('~');
        let word = self.w(Some(x));
        let ok = if between {
            word == "and"
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

    /// Verbs that make `from A to B` a change rather than a range.
    fn change_verb_before(&self, s: usize) -> bool {
        let mut pos = s;
        for _ in 0..3 {
            let Some(t) = self.prev(pos) else {
                return false;
            };
            let w = self.w(Some(t));
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
            ) {
                return true;
            }
            pos = t.s;
        }
        false
    }

    /// The counted noun after byte `e`: returns its span and unit.
    fn noun_after(&self, e: usize, q: &Qty, val: f64) -> Option<(usize, usize, String)> {
        let x = self.next(e)?;
        if !lex::joined(self.t, e, x.s) {
            return None;
        }
        let t = self.t;
        // Compound adjectives: `a 10-day truce`, `45-year-old`.
        if x.is_sym('-') && x.s == e {
            let y = self.next(x.e).filter(|y| y.s == x.e && y.k == K::Word)?;
            let w = self.w(Some(y));
            if let Some(d) = words::duration(&w) {
                if self.starts(y.e, "-old") || self.starts(y.e, "s-old") {
                    return Some((y.s, y.e, "__age".into()));
                }
                return Some((y.s, y.e, d.to_string()));
            }
            if let Some(u) = words::measure_unit(&w) {
                return Some((y.s, y.e, u.to_string()));
            }
            if words::is_person_noun(&w) {
                return Some((y.s, y.e, "people".into()));
            }
            if words::never_noun(&w) || w.len() < 3 || w.ends_with("ly") {
                return None;
            }
            return Some((y.s, y.e, singular(&w)));
        }
        if x.k != K::Word {
            return None;
        }
        let mut x = x;
        let mut w = self.w(Some(x));
        // `thousands of people`, `millions of dollars`, `dozens of homes`.
        if w == "of" && (q.core.kind == CoreKind::Vague || (q.core.scaled && !q.core.digits)) {
            let y = self.next(x.e)?;
            if y.k != K::Word {
                return None;
            }
            x = y;
            w = self.w(Some(y));
            if let Some((code, _)) = words::currency_word(&w) {
                if !matches!(w.as_str(), "won" | "real" | "p" | "rand" | "dong") {
                    return Some((x.s, x.e, code.to_string()));
                }
            }
            if w == "pounds" {
                return Some((x.s, x.e, "GBP".into()));
            }
        }
        if words::never_noun(&w) || words::is_month(&w) {
            return None;
        }
        let raw = &t[x.s..x.e];
        let capital = raw.chars().next().is_some_and(|c| c.is_uppercase());
        if let Some(d) = words::duration(&w) {
            if (w == "year" || w == "years") && self.starts(x.e, " old") {
                return Some((x.s, x.e + 4, "__age".into()));
            }
            return Some((x.s, x.e, d.to_string()));
        }
        if words::is_person_noun(&w) {
            return Some((x.s, x.e, "people".into()));
        }
        if let Some(u) = words::measure_unit(&w) {
            if w.len() > 1 || x.s == e {
                return Some((x.s, x.e, u.to_string()));
            }
            return None;
        }
        if capital && is_demonym_plural(&w) {
            return Some((x.s, x.e, "people".into()));
        }
        if let Some(u) = words::irregular_plural(&w) {
            return Some((x.s, x.e, u.to_string()));
        }
        // One adjective, then the noun: `200 new cases`, `15 Ukrainian
        // civilians`, `2,000 Russian troops`.
        let adjective = words::noun_adjective(&w) || (capital && is_demonym_adj(&w));
        if adjective {
            let y = self.next(x.e)?;
            if y.k == K::Word && lex::joined(t, x.e, y.s) {
                let w2 = self.w(Some(y));
                if !words::never_noun(&w2) {
                    if words::is_person_noun(&w2) {
                        return Some((y.s, y.e, "people".into()));
                    }
                    if let Some(d) = words::duration(&w2) {
                        return Some((y.s, y.e, d.to_string()));
                    }
                    let cap2 = t[y.s..y.e].chars().next().is_some_and(|c| c.is_uppercase());
                    if !cap2 && countable(&w2, val) {
                        return Some((y.s, y.e, singular(&w2)));
                    }
                }
            }
            return None;
        }
        if capital {
            return None;
        }
        if countable(&w, val) {
            return Some((x.s, x.e, singular(&w)));
        }
        None
    }
}

/// Whether a lower-case word can be the noun counted by `val`: plural for
/// anything but one, never a verb form in -ed or an adverb.
fn countable(w: &str, val: f64) -> bool {
    if w.len() < 2 || !w.is_ascii() || w.ends_with("ed") || w.ends_with("ly") {
        return false;
    }
    if val == 1.0 || val.fract() != 0.0 && val < 2.0 {
        return !w.ends_with("ing") || w.len() > 7;
    }
    plural_like(w)
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
fn singular(w: &str) -> String {
    if let Some(u) = words::irregular_plural(w) {
        return u.to_string();
    }
    if let Some(s) = w.strip_suffix("ies") {
        if s.len() > 1 {
            return format!("{s}y");
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

#[cfg(test)]
mod tests;
