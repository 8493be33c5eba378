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

mod article;
mod assemble;
mod context;
mod digits;
mod lex;
mod multiplier;
mod notation;
mod noun;
mod nounwords;
mod quantity;
mod rate;
mod spoken;
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
    /// A share written in words with no whole part (`half`, `a third`,
    /// `three-quarters`): a proportion of something named elsewhere, not
    /// a count or an amount. `one and a half` and `half a million` stay
    /// cardinals.
    Fraction,
    /// A vague amount with no figure written (`dozens of`, `hundreds of
    /// millions`, `several thousand`): a count read conservatively (low
    /// 12, 1e8, 3000, `approx`), which claims use as a count, but which
    /// quantity annotation after CQE leaves out.
    Vague,
}

impl NumberForm {
    /// Whether the figure is an amount a claim can carry: a cardinal, or a
    /// share or a vague amount, which news also reports (`half of the
    /// voters`, `hundreds injured`) though neither is a measured quantity.
    pub fn is_amount(self) -> bool {
        matches!(
            self,
            NumberForm::Cardinal | NumberForm::Fraction | NumberForm::Vague
        )
    }
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
    /// `%`, an ISO 4217 code, a duration unit (`day`…), `people` (for
    /// `people`, `persons` and demonyms), or the counted noun in the
    /// singular, lower case (`officer`: see [`counts_persons`]); `None` for
    /// a bare number.
    pub unit: Option<String>,
    /// Byte span of the counted noun within the text, if there is one.
    pub noun: Option<(usize, usize)>,
    /// Whether this is a count, a year, a time, …
    pub form: NumberForm,
    /// For a one-sided bound: whether it excludes the figure itself
    /// (`more than 30`, `under 18`: true; `at least 30`, `up to 700`: false).
    pub strict: bool,
    /// For a range joined from two bounds (`more than 10 and no more than
    /// 20`): whether the low and the high end exclude their figures.
    pub joined: Option<(bool, bool)>,
    /// Byte span of the amount without bound or hedge words and without the
    /// counted noun, but with currency and percent signs: `$48.2 million`
    /// in "more than $48.2 million in aid"; both ends for a range.
    pub quantity: (usize, usize),
    /// Byte span of the first number alone, with its scale but without
    /// currency or percent: `48.2 million`.
    pub number: (usize, usize),
}

/// Whether a unit of [`NumberMatch`] counts persons: `people`, or a noun of
/// persons in the singular (`officer`, `member`, `child`), which the
/// recogniser keeps as written so that the count says what it counts.
pub fn counts_persons(unit: &str) -> bool {
    unit == "people" || nounwords::is_person_noun(unit)
}

/// Finds every numeric expression in `text`, in text order.
pub fn find_numbers(text: &str) -> Vec<NumberMatch> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut last_end = 0;
    // One scanner for the whole text: its caches of words and following
    // tokens hold whatever the floor; only the preceding tokens are read
    // afresh when the floor moves (see [`Scan::from`]).
    let mut scan = Scan::new(text, 0);
    while i < n {
        let c = b[i];
        // Letters first: they are most of the text.
        if is_ascii_letter(c) {
            let e = letters_end(b, i + 1);
            // Length and first letters before anything else: they reject
            // nearly every word of prose.
            let len = e - i;
            let maybe = (3..=15).contains(&len)
                && words::PREFILTER[words::pair_index(c, b[i + 1])] & (1 << len) != 0
                && words::PREFILTER2[words::pair_index(b[i + 1], b[i + 2])] & (1 << len) != 0;
            let glued = || {
                (i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] >= 0x80))
                    || (e < n && (b[e].is_ascii_digit() || b[e] >= 0x80))
            };
            if maybe && !glued() {
                let mut buf = [0u8; 24];
                let w = lex::lower(&text[i..e], &mut buf);
                if words::num_word(w).is_some() {
                    if let Some(m) = scan.from(last_end).at(i) {
                        i = m.end.max(i + 1);
                        last_end = m.end;
                        push(text, &mut out, m);
                        continue;
                    }
                }
            }
            // `less than a month`: the article under a bound is one. One
            // byte first: few words are `a` or `an`.
            if len <= 2
                && c | 0x20 == b'a'
                && (len == 1 || b[i + 1] | 0x20 == b'n')
                // The cue is `than`, `within`, `over` or `under`.
                && i >= 2
                && b[i - 1] == b' '
                && matches!(b[i - 2] | 0x20, b'n' | b'r')
                && [&b"than"[..], b"over", b"under", b"within"].iter().any(|w| {
                    i > w.len() && b[i - 1 - w.len()..i - 1].eq_ignore_ascii_case(w)
                })
            {
                if let Some(m) = article::bound(text, i, e).filter(|m| m.start >= last_end) {
                    i = m.end;
                    last_end = m.end;
                    push(text, &mut out, m);
                    continue;
                }
            }
            // `fivefold`, `tenfold`: a number word glued to `fold`.
            // One byte first: most words do not end in `d`.
            if b[e - 1] | 0x20 == b'd'
                && len >= 7
                && b[e - 4..e].eq_ignore_ascii_case(b"fold")
                && !glued()
            {
                if let Some(m) = scan.from(last_end).fold_word(i, e) {
                    i = m.end;
                    last_end = m.end;
                    push(text, &mut out, m);
                    continue;
                }
            }
            // The space after a word starts nothing: step over it here
            // rather than with a turn of the loop.
            i = if e < n && b[e] == b' ' { e + 1 } else { e };
        } else if c.is_ascii_digit()
            || (c == b'.'
                && i + 1 < n
                && b[i + 1].is_ascii_digit()
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] >= 0x80)))
        {
            let ds = if c == b'.' { i + 1 } else { i };
            let mut de = ds;
            while de < n && b[de].is_ascii_digit() {
                de += 1;
            }
            // Digits glued to letters before them are ids (`A320`, `MH17`).
            let glued = text[..ds]
                .chars()
                .next_back()
                .is_some_and(|c| lex::is_letter(c) && words::currency_symbol(c).is_none())
                && quantity::glued_currency(text, ds).is_none();
            if !glued {
                if let Some(m) = scan.from(last_end).at(ds) {
                    i = m.end.max(i + 1);
                    last_end = m.end;
                    push(text, &mut out, m);
                    continue;
                }
            }
            i = de.max(i + 1);
        } else if c >= 0xC2 && words::vulgar_at(text, i).is_some() {
            // `½`, `¾` standing alone (after digits they are read with them).
            if let Some(m) = scan.from(last_end).at(i) {
                i = m.end.max(i + 1);
                last_end = m.end;
                push(text, &mut out, m);
                continue;
            }
            i += 1;
        } else {
            i += 1;
        }
    }
    out
}

/// ASCII letters, by table: the scan's inner loop reads every letter of
/// the text, and one load beats the two range tests of
/// `u8::is_ascii_alphabetic`.
static LETTERS: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = b'A';
    while c <= b'Z' {
        t[c as usize] = true;
        t[c.to_ascii_lowercase() as usize] = true;
        c += 1;
    }
    t
};

#[inline]
fn is_ascii_letter(c: u8) -> bool {
    LETTERS[c as usize]
}

/// End of the run of ASCII letters starting at `i`. Prose is mostly
/// letters, so they are tested eight bytes at a time (see
/// [`non_letters`]), then one by one at the end of the text.
#[inline]
fn letters_end(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let stop = non_letters(u64::from_le_bytes(word));
        if stop != 0 {
            // Little-endian: the lowest flagged byte is the first in the text.
            return i + (stop.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && is_ascii_letter(b[i]) {
        i += 1;
    }
    i
}

/// The high bit of every byte of `x` that is not an ASCII letter, all
/// eight bytes at once. Setting bit 5 folds upper case onto lower case
/// (`A`..`Z` onto `a`..`z`, and nothing else onto them); with the high
/// bits cleared, adding 0x80 - c to a byte carries into its high bit
/// exactly when the byte is at least c, and never into the next byte.
#[inline]
fn non_letters(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let y = (x | (ONES * 0x20)) & !HIGH;
    let from_a = y + ONES * (0x80 - b'a' as u64);
    let past_z = y + ONES * (0x80 - b'z' as u64 - 1);
    let letter = from_a & !past_z & !x & HIGH;
    !letter & HIGH
}

/// A scaled figure without the binary noise of its multiplication:
/// `1.07bn` is 1070000000, not 1070000000.0000001. Twelve significant
/// digits are more than any article writes.
#[inline]
fn tidy(v: f64) -> f64 {
    if v.fract() == 0.0 || v.abs() < 1e3 || !v.is_finite() {
        return v;
    }
    // Powers of ten of either sign are exact as divisors only when whole.
    let e = 12 - v.abs().log10().ceil() as i32;
    let r = if e >= 0 {
        let p = 10f64.powi(e);
        (v * p).round() / p
    } else {
        let q = 10f64.powi(-e);
        (v / q).round() * q
    };
    if r.is_finite() {
        r
    } else {
        v
    }
}

/// Appends `m`, joining two one-sided bounds that close a range between
/// them: `more than 10 and less than 20 people` is one claim, 10 to 20.
fn push(text: &str, out: &mut Vec<NumberMatch>, mut m: NumberMatch) {
    m.low = m.low.map(tidy);
    m.high = m.high.map(tidy);
    if out.capacity() == 0 {
        // News runs about one figure to a hundred-odd bytes: room for
        // them up front rather than two or three regrowths (and copies
        // of these large matches) on the way.
        out.reserve((text.len() / 128).clamp(8, 256));
    }
    if let Some(p) = out.last_mut() {
        let one_sided = |x: &NumberMatch| x.low.is_some() != x.high.is_some();
        let cue = |x: &NumberMatch| x.start < x.quantity.0;
        let joins = || {
            let gap = text.get(p.end..m.start).unwrap_or("").trim();
            gap.eq_ignore_ascii_case("and") || gap.eq_ignore_ascii_case("but")
        };
        let same_unit = p.unit.is_none() || p.unit == m.unit;
        // `within one minute or two`, `at least five or six`: the bound
        // holds for an alternative written without its unit (`more than
        // two weeks or three weeks` bounds the first only).
        if one_sided(p)
            && cue(p)
            && m.low.is_some()
            && m.low == m.high
            && !cue(&m)
            && m.form == NumberForm::Cardinal
            && m.unit.is_none()
            && text
                .get(p.end..m.start)
                .is_some_and(|g| g.trim().eq_ignore_ascii_case("or"))
        {
            if p.low.is_none() {
                m.low = None;
            } else {
                m.high = None;
            }
            m.strict = p.strict;
        }
        // The cheap tests first: most matches are no bound.
        if one_sided(&m)
            && one_sided(p)
            && p.form.is_amount()
            && m.form.is_amount()
            && cue(p)
            && cue(&m)
            && p.noun.is_none()
            && same_unit
            && joins()
        {
            let (low, high) = match (p.low, p.high, m.low, m.high) {
                (Some(a), None, None, Some(b)) if a < b => (a, b),
                (None, Some(b), Some(a), None) if a < b => (a, b),
                _ => {
                    out.push(m);
                    return;
                }
            };
            let ends = if p.low.is_some() {
                (p.strict, m.strict)
            } else {
                (m.strict, p.strict)
            };
            p.joined = Some(ends);
            p.strict = false;
            p.low = Some(low);
            p.high = Some(high);
            p.end = m.end;
            p.quantity.1 = m.quantity.1;
            p.unit = m.unit;
            p.noun = m.noun;
            p.approx |= m.approx;
            return;
        }
    }
    out.push(m);
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

impl Core {
    /// Digits at `s..e` that are no quantity (an address, a version, a
    /// date written with slashes): kept whole so no part of them is read as
    /// a count.
    fn other(s: usize, e: usize) -> Core {
        Core {
            s,
            e,
            val: f64::NAN,
            kind: CoreKind::Card,
            digits: true,
            plain: None,
            scaled: false,
            lone_one: false,
            form: Some(NumberForm::Other),
            glued_unit: None,
        }
    }
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
    /// Tokens and words already read for this candidate: the checks ask
    /// for the same few neighbours many times over (the word before the
    /// number is read by the sign, article, currency, cue, form and range
    /// checks), so each is read from the text once.
    prevs: Memo<Option<Tok>>,
    nexts: Memo<Option<Tok>>,
    words: Memo<lex::Lw<'a>>,
}

/// A small cache keyed by a byte span (or an offset and 0), one slot per
/// start offset modulo its size; a clash just reads the text again.
/// Cells, because the checks take `&Scan`.
struct Memo<V: Copy> {
    slots: [std::cell::Cell<((usize, usize), V)>; 8],
}

impl<V: Copy> Memo<V> {
    fn new(empty: V) -> Self {
        Memo {
            slots: std::array::from_fn(|_| std::cell::Cell::new(((usize::MAX, 0), empty))),
        }
    }

    fn get(&self, key: (usize, usize), read: impl FnOnce() -> V) -> V {
        let slot = &self.slots[key.0 % 8];
        let (k, v) = slot.get();
        if k == key {
            return v;
        }
        let v = read();
        slot.set((key, v));
        v
    }
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
            prevs: Memo::new(None),
            nexts: Memo::new(None),
            words: Memo::new(lex::Lw::EMPTY),
        }
    }

    /// The scanner for a candidate after the match ending at `floor`:
    /// tokens before `floor` belong to earlier matches, so the cache of
    /// preceding tokens (which stop at the floor) is emptied when it moves;
    /// the other caches do not depend on it.
    fn from(&mut self, floor: usize) -> &Self {
        if floor != self.floor {
            self.floor = floor;
            self.prevs = Memo::new(None);
        }
        self
    }

    fn next(&self, pos: usize) -> Option<Tok> {
        self.nexts.get((pos, 0), || lex::next(self.t, pos))
    }

    fn prev(&self, pos: usize) -> Option<Tok> {
        self.prevs
            .get((pos, 0), || lex::prev(self.t, pos, self.floor))
    }

    /// Lower-cased word of a token ("" for non-words).
    fn w(&self, tok: Option<Tok>) -> lex::Lw<'a> {
        match tok {
            Some(x) if x.k == K::Word => self.words.get((x.s, x.e), || lex::lw(self.t, &x)),
            _ => lex::Lw::EMPTY,
        }
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
}

#[cfg(test)]
mod news_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod units_tests;

#[cfg(test)]
mod scan_reuse_tests {
    use super::*;

    /// One scanner moved from floor to floor reads every candidate as a
    /// fresh scanner at that floor does: its caches never leak a token
    /// read under an older floor.
    #[test]
    fn reused_scanner_agrees_with_fresh_ones() {
        let text = "Police said 3,000 people and more than 20 officers; \
                    about 15 were hurt, up from 12. The $4.5 million plan \
                    covers two to three thousand homes, or 40% of them.";
        let mut scan = Scan::new(text, 0);
        let b = text.as_bytes();
        let floors = [0, 12, 18, 30, 45, 60, 90, 12, 0];
        for &floor in &floors {
            for p in floor..text.len() {
                let starts =
                    b[p].is_ascii_alphanumeric() && (p == 0 || !b[p - 1].is_ascii_alphanumeric());
                if !starts {
                    continue;
                }
                let fresh = Scan::new(text, floor).at(p);
                let reused = scan.from(floor).at(p);
                assert_eq!(reused, fresh, "floor {floor}, at {p}");
            }
        }
    }
}
