//! Tokeniser and lexicon for the date recogniser.
//!
//! The text is cut into ASCII words, digit runs, single ASCII punctuation
//! bytes and runs of non-ASCII bytes. Every cut falls on an ASCII byte or
//! between an ASCII and a non-ASCII byte, so token offsets are always char
//! boundaries whatever the input. Whitespace is skipped except newlines,
//! which end sentences.

/// Units a duration can be counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    pub(super) fn name(self) -> &'static str {
        match self {
            Unit::Hour => "hour",
            Unit::Day => "day",
            Unit::Week => "week",
            Unit::Month => "month",
            Unit::Year => "year",
        }
    }
}

/// Keywords the grammar and the context rules look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kw {
    Yesterday,
    Today,
    Tomorrow,
    Tonight,
    Overnight,
    Night,
    Morning,
    Afternoon,
    Evening,
    Ago,
    Last,
    Next,
    This,
    Past,
    Coming,
    Previous,
    Early,
    Mid,
    Late,
    End,
    Beginning,
    Start,
    Earlier,
    Later,
    The,
    Of,
    In,
    On,
    At,
    Since,
    As,
    By,
    Until,
    Through,
    Before,
    After,
    Within,
    Effective,
    Effect,
    Takes,
    /// `took`, `came`: `Takes` in the past tense.
    Took,
    /// `be`: `will be delivered` is no past tense.
    Be,
    Force,
    Into,
    Deadline,
    Ultimatum,
    No,
    Than,
    From,
    During,
    About,
    Around,
    Approximately,
    Roughly,
    Some,
    Nearly,
    Almost,
    Weekend,
    A,
    Will,
    Would,
    Shall,
    Going,
    To,
    Ll,
    Upcoming,
    Scheduled,
    Expected,
    Due,
    PastAux,
    And,
    Following,
    Between,
    Quarter,
    Middle,
    /// `noon`, `midday`.
    Noon,
    Midnight,
    /// `every`, `each`.
    Every,
    Once,
    /// `century`: after an ordinal (`the 19th century`).
    Century,
}

/// What a word means to the date grammar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Lex {
    /// Month 1..=12; `abbr` for `Jan`, `Sept`, …
    Month {
        m: u32,
        abbr: bool,
    },
    /// Weekday, 0 = Monday.
    Weekday(u32),
    /// `Mon`, `Tue`, `Sat`, …: only before a date (`sat` and `sun` are words).
    WeekdayAbbr(u32),
    /// `first` … `thirty-first` (the tens part only for 20 and 30).
    OrdWord(u32),
    /// `Q1` … `Q4`.
    Quarter(u32),
    /// `one` … `ninety`.
    NumWord(u32),
    /// `twenties` … `nineties` (20 … 90): a decade in words.
    DecadeWord(u32),
    /// A duration unit, singular or plural.
    Unit(Unit),
    /// 0 spring, 1 summer, 2 autumn, 3 winter.
    Season(u32),
    /// The first word of a holiday name (`Christmas`, `Independence`
    /// Day, …); see `resolve::holiday`.
    Holiday(u32),
    Kw(Kw),
    /// `daily`, `weekly`, `annually`, …: a recurring time.
    Freq(Unit),
    /// `Mondays`, `Tuesdays`, …: every such day.
    Weekdays,
    /// A lower-case word ending in `-ed`: a cheap past-tense marker.
    PastVerb,
    Other,
}

/// Token kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Word(Lex),
    /// A run of ASCII digits (value saturates; `len` is the digit count).
    Num {
        v: u32,
        len: u32,
    },
    /// `17th`, `1st`.
    Ord(u32),
    /// `1990s`: the first year of a decade.
    Decade(u32),
    /// One ASCII punctuation byte, or `\n`.
    Punct(u8),
    /// Anything else (mixed alphanumerics, non-ASCII runs).
    Other,
}

/// One token with its byte range.
#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// First letter is upper case.
    pub cap: bool,
    /// The token can begin a date, a clock time or a recurring time: a
    /// number, a token starting with a digit, or a word [`word_opens`]
    /// takes. The scanner parses nothing else (set once here rather than
    /// matched on the kind at every token there).
    pub opens: bool,
}

impl Tok {
    pub(super) fn lex(&self) -> Lex {
        match self.kind {
            Kind::Word(l) => l,
            _ => Lex::Other,
        }
    }
    pub(super) fn kw(&self) -> Option<Kw> {
        match self.kind {
            Kind::Word(Lex::Kw(k)) => Some(k),
            _ => None,
        }
    }
    pub(super) fn is_kw(&self, k: Kw) -> bool {
        self.kw() == Some(k)
    }
    pub(super) fn is_punct(&self, b: u8) -> bool {
        self.kind == Kind::Punct(b)
    }
    /// An en or em dash (non-ASCII, so a token of its own).
    pub(super) fn other_dash(&self, text: &str) -> bool {
        self.kind == Kind::Other
            && matches!(
                text.get(self.start..self.end),
                Some("\u{2013}" | "\u{2014}")
            )
    }
}

/// [`ALNUM`] class of an ASCII letter.
const LETTER: u8 = 1;
/// [`ALNUM`] class of an ASCII digit.
const DIGIT: u8 = 2;

/// `LETTER`, `DIGIT` or 0 for every byte.
static ALNUM: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphabetic() {
            LETTER
        } else if b.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        c += 1;
    }
    t
};

/// Cuts `text` into tokens.
#[cfg(test)]
pub(super) fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    tokenize_into(text, &mut toks);
    toks
}

/// The tokens of `text` into `toks` (cleared first), whose memory the
/// scanner keeps from one paragraph to the next.
pub(super) fn tokenize_into(text: &str, toks: &mut Vec<Tok>) {
    let b = text.as_bytes();
    toks.clear();
    // About one token in four bytes of news text: room for all of them,
    // so the vector is not regrown (and copied) on the way.
    toks.reserve(b.len() / 4 + 4);
    let mut i = 0;
    let n = b.len();
    while i < n {
        let c = b[i];
        // (The commonest byte between tokens.)
        if c == b' ' {
            i += 1;
            continue;
        }
        if ALNUM[c as usize] != 0 {
            let s = i;
            let seen;
            (i, seen) = run_end(b, s);
            let digits = seen == DIGIT;
            let alpha = seen == LETTER;
            let w = &b[s..i];
            let mut opens = true;
            let kind = if digits {
                let mut v: u32 = 0;
                for &d in w {
                    v = v.saturating_mul(10).saturating_add((d - b'0') as u32);
                }
                Kind::Num {
                    v,
                    len: w.len().min(99) as u32,
                }
            } else if alpha {
                let lex;
                (lex, opens) = classify(b, s, i);
                Kind::Word(lex)
            } else if w.len() == 2 && matches!(w[0], b'q' | b'Q') && (b'1'..=b'4').contains(&w[1]) {
                Kind::Word(Lex::Quarter((w[1] - b'0') as u32))
            } else if let Some(y) = decade(w) {
                Kind::Decade(y)
            } else if let Some(y) = short_decade(w, b, s) {
                Kind::Decade(y)
            } else {
                opens = c.is_ascii_digit();
                ordinal(w).map_or(Kind::Other, Kind::Ord)
            };
            toks.push(Tok {
                start: s,
                end: i,
                kind,
                cap: c.is_ascii_uppercase(),
                opens,
            });
            // The space after a word, stepped over here rather than with
            // a turn of the loop.
            if b.get(i) == Some(&b' ') {
                i += 1;
            }
        } else if c >= 0x80 {
            let s = i;
            while i < n && b[i] >= 0x80 {
                i += 1;
            }
            toks.push(Tok {
                start: s,
                end: i,
                kind: Kind::Other,
                cap: false,
                opens: false,
            });
        } else if (c == b'\n' && blank_line_follows(b, i))
            || (c != b'\n' && !c.is_ascii_whitespace())
        {
            toks.push(Tok {
                start: i,
                end: i + 1,
                kind: Kind::Punct(c),
                cap: false,
                opens: false,
            });
            i += 1;
        } else {
            i += 1;
        }
    }
}

/// Every byte with its high bit set.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// `b` in every byte.
const fn splat(b: u8) -> u64 {
    b as u64 * 0x0101_0101_0101_0101
}

/// The high bit of each byte is set where that byte of `x` lies in
/// `lo..=hi` (both ASCII). Each byte is compared on its low seven bits, so
/// no sum carries into the next byte; bytes of 0x80 and above never match.
const fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    let y = x & !HIGH;
    let at_least_lo = y + splat(0x80 - lo);
    let above_hi = y + splat(0x7F - hi);
    at_least_lo & !above_hi & !x & HIGH
}

/// The end of the run of ASCII letters and digits that starts at `s`, and
/// the [`ALNUM`] classes it holds, OR-ed together.
///
/// Letters go eight at a time: a word is almost always settled by one
/// load and a few arithmetic steps, where a byte at a time took a table
/// look-up, a test and a branch per letter (this was the tokeniser's
/// hottest loop). Digits, the byte that ends the letters and the last
/// bytes of the text (fewer than eight) go a byte at a time.
fn run_end(b: &[u8], s: usize) -> (usize, u8) {
    let mut i = s;
    while let Some(&chunk) = b.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(chunk);
        let stop = !in_range(x | splat(0x20), b'a', b'z') & HIGH;
        if stop != 0 {
            i += (stop.trailing_zeros() / 8) as usize;
            break;
        }
        i += 8;
    }
    let mut seen = if i > s { LETTER } else { 0 };
    while let Some(&x) = b.get(i) {
        let class = ALNUM[x as usize];
        if class == 0 {
            break;
        }
        seen |= class;
        i += 1;
    }
    (i, seen)
}

/// Whether a word can begin a date expression (the scanner's
/// `may_start` for words).
pub(super) const fn word_starts_date(l: Lex) -> bool {
    match l {
        Lex::Month { .. }
        | Lex::Weekday(_)
        | Lex::WeekdayAbbr(_)
        | Lex::NumWord(_)
        | Lex::DecadeWord(_)
        | Lex::OrdWord(_)
        | Lex::Quarter(_)
        | Lex::Season(_)
        | Lex::Holiday(_) => true,
        Lex::Kw(k) => matches!(
            k,
            Kw::Yesterday
                | Kw::Today
                | Kw::Tomorrow
                | Kw::Tonight
                | Kw::Overnight
                | Kw::A
                | Kw::The
                | Kw::Last
                | Kw::Next
                | Kw::This
                | Kw::Past
                | Kw::Coming
                | Kw::Previous
                | Kw::Earlier
                | Kw::Later
                | Kw::Early
                | Kw::Mid
                | Kw::Late
                | Kw::End
                | Kw::Middle
                | Kw::Beginning
                | Kw::Start
                | Kw::In
                | Kw::Within
        ),
        _ => false,
    }
}

/// Whether a word can begin a date ([`word_starts_date`]), a clock time or
/// a recurring time (`may_start_clock`); the scanner's tests hold the
/// three to agree.
const fn word_opens(l: Lex) -> bool {
    word_starts_date(l)
        || matches!(
            l,
            Lex::Freq(_) | Lex::Weekdays | Lex::Kw(Kw::Noon | Kw::Midnight | Kw::Every | Kw::Once)
        )
}

/// `1990s` → 1990.
fn decade(w: &[u8]) -> Option<u32> {
    if w.len() != 5
        || !matches!(w[4], b's' | b'S')
        || !w[..4].iter().all(u8::is_ascii_digit)
        || w[3] != b'0'
    {
        return None;
    }
    let v = w[..4].iter().fold(0, |a, &c| a * 10 + (c - b'0') as u32);
    (1000..=2990).contains(&v).then_some(v)
}

/// `'50s` (the `50s` after a glued apostrophe) → 1950; `'00s` and
/// `'10s` are this century's.
fn short_decade(w: &[u8], b: &[u8], s: usize) -> Option<u32> {
    let apostrophe =
        (s >= 1 && b[s - 1] == b'\'') || (s >= 3 && &b[s - 3..s] == "\u{2019}".as_bytes());
    if !apostrophe || w.len() != 3 || !matches!(w[2], b's' | b'S') || w[1] != b'0' {
        return None;
    }
    let v = (w[0] as char).to_digit(10)? * 10;
    Some(if v <= 10 { 2000 + v } else { 1900 + v })
}

/// `17th` → 17. Only 1..=31 with the right suffix.
fn ordinal(w: &[u8]) -> Option<u32> {
    let d = w.iter().take_while(|c| c.is_ascii_digit()).count();
    if d == 0 || d > 2 || w.len() != d + 2 {
        return None;
    }
    let v: u32 = w[..d].iter().fold(0, |a, &c| a * 10 + (c - b'0') as u32);
    let suf = [w[d].to_ascii_lowercase(), w[d + 1].to_ascii_lowercase()];
    let want: &[u8; 2] = match (v % 100, v % 10) {
        (11..=13, _) => b"th",
        (_, 1) => b"st",
        (_, 2) => b"nd",
        (_, 3) => b"rd",
        _ => b"th",
    };
    (&suf == want && (1..=31).contains(&v)).then_some(v)
}

/// Every word the date grammar knows, lower case, with its meaning. A word
/// not listed is [`Lex::Other`], or [`Lex::PastVerb`] by its ending.
const LEXICON: &[(&[&str], Lex)] = &[
    (&["january"], Lex::Month { m: 1, abbr: false }),
    (&["february"], Lex::Month { m: 2, abbr: false }),
    (&["march"], Lex::Month { m: 3, abbr: false }),
    (&["april"], Lex::Month { m: 4, abbr: false }),
    (&["may"], Lex::Month { m: 5, abbr: false }),
    (&["june"], Lex::Month { m: 6, abbr: false }),
    (&["july"], Lex::Month { m: 7, abbr: false }),
    (&["august"], Lex::Month { m: 8, abbr: false }),
    (&["september"], Lex::Month { m: 9, abbr: false }),
    (&["october"], Lex::Month { m: 10, abbr: false }),
    (&["november"], Lex::Month { m: 11, abbr: false }),
    (&["december"], Lex::Month { m: 12, abbr: false }),
    (&["jan"], Lex::Month { m: 1, abbr: true }),
    (&["feb"], Lex::Month { m: 2, abbr: true }),
    (&["mar"], Lex::Month { m: 3, abbr: true }),
    (&["apr"], Lex::Month { m: 4, abbr: true }),
    (&["jun"], Lex::Month { m: 6, abbr: true }),
    (&["jul"], Lex::Month { m: 7, abbr: true }),
    (&["aug"], Lex::Month { m: 8, abbr: true }),
    (&["sep", "sept"], Lex::Month { m: 9, abbr: true }),
    (&["oct"], Lex::Month { m: 10, abbr: true }),
    (&["nov"], Lex::Month { m: 11, abbr: true }),
    (&["dec"], Lex::Month { m: 12, abbr: true }),
    (&["monday"], Lex::Weekday(0)),
    (&["tuesday"], Lex::Weekday(1)),
    (&["wednesday"], Lex::Weekday(2)),
    (&["thursday"], Lex::Weekday(3)),
    (&["friday"], Lex::Weekday(4)),
    (&["saturday"], Lex::Weekday(5)),
    (&["sunday"], Lex::Weekday(6)),
    (&["mon"], Lex::WeekdayAbbr(0)),
    (&["tue", "tues"], Lex::WeekdayAbbr(1)),
    (&["wed"], Lex::WeekdayAbbr(2)),
    (&["thu", "thur", "thurs"], Lex::WeekdayAbbr(3)),
    (&["fri"], Lex::WeekdayAbbr(4)),
    (&["sat"], Lex::WeekdayAbbr(5)),
    (&["sun"], Lex::WeekdayAbbr(6)),
    (&["first"], Lex::OrdWord(1)),
    (&["second"], Lex::OrdWord(2)),
    (&["third"], Lex::OrdWord(3)),
    (&["fourth"], Lex::OrdWord(4)),
    (&["fifth"], Lex::OrdWord(5)),
    (&["sixth"], Lex::OrdWord(6)),
    (&["seventh"], Lex::OrdWord(7)),
    (&["eighth"], Lex::OrdWord(8)),
    (&["ninth"], Lex::OrdWord(9)),
    (&["tenth"], Lex::OrdWord(10)),
    (&["eleventh"], Lex::OrdWord(11)),
    (&["twelfth"], Lex::OrdWord(12)),
    (&["thirteenth"], Lex::OrdWord(13)),
    (&["fourteenth"], Lex::OrdWord(14)),
    (&["fifteenth"], Lex::OrdWord(15)),
    (&["sixteenth"], Lex::OrdWord(16)),
    (&["seventeenth"], Lex::OrdWord(17)),
    (&["eighteenth"], Lex::OrdWord(18)),
    (&["nineteenth"], Lex::OrdWord(19)),
    (&["twentieth"], Lex::OrdWord(20)),
    (&["thirtieth"], Lex::OrdWord(30)),
    (&["q1"], Lex::Quarter(1)),
    (&["q2"], Lex::Quarter(2)),
    (&["q3"], Lex::Quarter(3)),
    (&["q4"], Lex::Quarter(4)),
    (&["quarter"], Lex::Kw(Kw::Quarter)),
    (&["middle"], Lex::Kw(Kw::Middle)),
    (&["one"], Lex::NumWord(1)),
    (&["two"], Lex::NumWord(2)),
    (&["three"], Lex::NumWord(3)),
    (&["four"], Lex::NumWord(4)),
    (&["five"], Lex::NumWord(5)),
    (&["six"], Lex::NumWord(6)),
    (&["seven"], Lex::NumWord(7)),
    (&["eight"], Lex::NumWord(8)),
    (&["nine"], Lex::NumWord(9)),
    (&["ten"], Lex::NumWord(10)),
    (&["eleven"], Lex::NumWord(11)),
    (&["twelve"], Lex::NumWord(12)),
    (&["thirteen"], Lex::NumWord(13)),
    (&["fourteen"], Lex::NumWord(14)),
    (&["fifteen"], Lex::NumWord(15)),
    (&["sixteen"], Lex::NumWord(16)),
    (&["seventeen"], Lex::NumWord(17)),
    (&["eighteen"], Lex::NumWord(18)),
    (&["nineteen"], Lex::NumWord(19)),
    (&["twenty"], Lex::NumWord(20)),
    (&["thirty"], Lex::NumWord(30)),
    (&["forty"], Lex::NumWord(40)),
    (&["fifty"], Lex::NumWord(50)),
    (&["sixty"], Lex::NumWord(60)),
    (&["seventy"], Lex::NumWord(70)),
    (&["eighty"], Lex::NumWord(80)),
    (&["ninety"], Lex::NumWord(90)),
    (&["twenties"], Lex::DecadeWord(20)),
    (&["thirties"], Lex::DecadeWord(30)),
    (&["forties"], Lex::DecadeWord(40)),
    (&["fifties"], Lex::DecadeWord(50)),
    (&["sixties"], Lex::DecadeWord(60)),
    (&["seventies"], Lex::DecadeWord(70)),
    (&["eighties"], Lex::DecadeWord(80)),
    (&["nineties"], Lex::DecadeWord(90)),
    (&["hour", "hours"], Lex::Unit(Unit::Hour)),
    (&["day", "days"], Lex::Unit(Unit::Day)),
    (&["week", "weeks"], Lex::Unit(Unit::Week)),
    (&["month", "months"], Lex::Unit(Unit::Month)),
    (&["year", "years"], Lex::Unit(Unit::Year)),
    (&["spring"], Lex::Season(0)),
    (&["summer"], Lex::Season(1)),
    (&["autumn", "fall"], Lex::Season(2)),
    (&["winter"], Lex::Season(3)),
    (&["christmas", "xmas"], Lex::Holiday(0)),
    (&["thanksgiving"], Lex::Holiday(1)),
    (&["halloween"], Lex::Holiday(2)),
    (&["easter"], Lex::Holiday(3)),
    (&["independence"], Lex::Holiday(4)),
    (&["labor", "labour"], Lex::Holiday(5)),
    (&["memorial"], Lex::Holiday(6)),
    (&["valentine"], Lex::Holiday(7)),
    (&["new"], Lex::Holiday(8)),
    (&["yesterday"], Lex::Kw(Kw::Yesterday)),
    (&["today"], Lex::Kw(Kw::Today)),
    (&["tomorrow"], Lex::Kw(Kw::Tomorrow)),
    (&["tonight"], Lex::Kw(Kw::Tonight)),
    (&["overnight"], Lex::Kw(Kw::Overnight)),
    (&["night"], Lex::Kw(Kw::Night)),
    (&["morning"], Lex::Kw(Kw::Morning)),
    (&["afternoon"], Lex::Kw(Kw::Afternoon)),
    (&["evening"], Lex::Kw(Kw::Evening)),
    (&["last"], Lex::Kw(Kw::Last)),
    (&["next"], Lex::Kw(Kw::Next)),
    (&["this"], Lex::Kw(Kw::This)),
    (&["past"], Lex::Kw(Kw::Past)),
    (&["coming"], Lex::Kw(Kw::Coming)),
    (&["previous"], Lex::Kw(Kw::Previous)),
    (&["early"], Lex::Kw(Kw::Early)),
    (&["mid"], Lex::Kw(Kw::Mid)),
    (&["late"], Lex::Kw(Kw::Late)),
    (&["end"], Lex::Kw(Kw::End)),
    (&["beginning"], Lex::Kw(Kw::Beginning)),
    (&["start"], Lex::Kw(Kw::Start)),
    (&["earlier"], Lex::Kw(Kw::Earlier)),
    (&["later"], Lex::Kw(Kw::Later)),
    (&["the"], Lex::Kw(Kw::The)),
    (&["of"], Lex::Kw(Kw::Of)),
    (&["in"], Lex::Kw(Kw::In)),
    (&["on"], Lex::Kw(Kw::On)),
    (&["at"], Lex::Kw(Kw::At)),
    (&["since"], Lex::Kw(Kw::Since)),
    (&["as"], Lex::Kw(Kw::As)),
    (&["by"], Lex::Kw(Kw::By)),
    (&["until", "till"], Lex::Kw(Kw::Until)),
    (&["through", "thru"], Lex::Kw(Kw::Through)),
    (&["before"], Lex::Kw(Kw::Before)),
    (&["after"], Lex::Kw(Kw::After)),
    (&["within"], Lex::Kw(Kw::Within)),
    (&["effective"], Lex::Kw(Kw::Effective)),
    (&["effect"], Lex::Kw(Kw::Effect)),
    (
        &["takes", "take", "taking", "comes", "come"],
        Lex::Kw(Kw::Takes),
    ),
    (&["took", "came"], Lex::Kw(Kw::Took)),
    (&["be"], Lex::Kw(Kw::Be)),
    (&["force"], Lex::Kw(Kw::Force)),
    (&["into"], Lex::Kw(Kw::Into)),
    (&["deadline", "deadlines"], Lex::Kw(Kw::Deadline)),
    (&["ultimatum"], Lex::Kw(Kw::Ultimatum)),
    (&["no"], Lex::Kw(Kw::No)),
    (&["than"], Lex::Kw(Kw::Than)),
    (&["from"], Lex::Kw(Kw::From)),
    (&["during"], Lex::Kw(Kw::During)),
    (&["about"], Lex::Kw(Kw::About)),
    (&["around"], Lex::Kw(Kw::Around)),
    (&["approximately"], Lex::Kw(Kw::Approximately)),
    (&["roughly"], Lex::Kw(Kw::Roughly)),
    (&["some"], Lex::Kw(Kw::Some)),
    (&["nearly"], Lex::Kw(Kw::Nearly)),
    (&["almost"], Lex::Kw(Kw::Almost)),
    (&["weekend"], Lex::Kw(Kw::Weekend)),
    (&["a", "an"], Lex::Kw(Kw::A)),
    (&["will"], Lex::Kw(Kw::Will)),
    (&["would"], Lex::Kw(Kw::Would)),
    (&["shall"], Lex::Kw(Kw::Shall)),
    (&["going"], Lex::Kw(Kw::Going)),
    (&["to"], Lex::Kw(Kw::To)),
    (&["ll"], Lex::Kw(Kw::Ll)),
    (&["upcoming"], Lex::Kw(Kw::Upcoming)),
    (
        &["scheduled", "planned", "plans", "plan"],
        Lex::Kw(Kw::Scheduled),
    ),
    (&["expected"], Lex::Kw(Kw::Expected)),
    (&["due"], Lex::Kw(Kw::Due)),
    // Verbs of saying date the report, not what is reported ("officials
    // said deliveries start in late August"): they mark no tense.
    (
        &[
            "said",
            "told",
            "announced",
            "reported",
            "added",
            "stated",
            "warned",
            "noted",
            "confirmed",
        ],
        Lex::Other,
    ),
    // Auxiliaries and the commonest irregular past forms in news; regular
    // ones are caught by their `-ed` ending.
    (
        &[
            "was", "were", "had", "did", "wasn", "weren", "hadn", "didn", "began", "met", "went",
            "left", "saw", "fled", "struck", "fell", "rose", "made", "held", "gave", "spoke",
            "sent", "won", "lost", "led", "shot", "broke", "found", "got", "ran", "wrote", "paid",
            "sold", "brought", "caught", "fought", "knew", "thought", "became", "kept", "hit",
        ],
        Lex::Kw(Kw::PastAux),
    ),
    (&["ago"], Lex::Kw(Kw::Ago)),
    (&["and"], Lex::Kw(Kw::And)),
    (&["following"], Lex::Kw(Kw::Following)),
    (&["between"], Lex::Kw(Kw::Between)),
    (&["noon", "midday"], Lex::Kw(Kw::Noon)),
    (&["midnight"], Lex::Kw(Kw::Midnight)),
    (&["every", "each"], Lex::Kw(Kw::Every)),
    (&["once"], Lex::Kw(Kw::Once)),
    (&["century"], Lex::Kw(Kw::Century)),
    (
        &[
            "mondays",
            "tuesdays",
            "wednesdays",
            "thursdays",
            "fridays",
            "saturdays",
            "sundays",
        ],
        Lex::Weekdays,
    ),
    (&["hourly"], Lex::Freq(Unit::Hour)),
    (&["daily", "nightly", "everyday"], Lex::Freq(Unit::Day)),
    (&["weekly"], Lex::Freq(Unit::Week)),
    (&["monthly"], Lex::Freq(Unit::Month)),
    (&["annually", "yearly"], Lex::Freq(Unit::Year)),
];

/// The longest word [`classify`] looks up; longer ones are [`Lex::Other`].
const MAX_WORD: usize = 13;

/// Slots of the [`LEXICON`] hash table: a power of two, well above its
/// number of words so that probes stay short.
const SLOTS: usize = 1024;

/// A word of at most 16 ASCII letters as one number: its lower-case bytes,
/// little-endian, zero-padded. Letters are never zero, so the key is
/// unique per word.
pub(in crate::extract) const fn word_key(w: &[u8]) -> u128 {
    let mut key = 0u128;
    let mut i = 0;
    while i < w.len() {
        key |= ((w[i] | 0x20) as u128) << (8 * i);
        i += 1;
    }
    key
}

const fn slot(key: u128) -> usize {
    let h = (key as u64 ^ (key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - SLOTS.trailing_zeros())) as usize
}

/// [`LEXICON`] as an open-addressing hash table built at compile time: a
/// look-up is a few arithmetic steps and one or two probes, where matching
/// the word against every entry of the list would take dozens. Keys and
/// meanings (with [`word_opens`] of each) are kept in two arrays, slot by
/// slot.
static TABLE: ([u128; SLOTS], [(Lex, bool); SLOTS]) = {
    let mut t = ([0u128; SLOTS], [(Lex::Other, false); SLOTS]);
    let mut e = 0;
    while e < LEXICON.len() {
        let (words, lex) = LEXICON[e];
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            assert!(w.len() <= MAX_WORD, "lexicon word too long");
            let key = word_key(w);
            let mut s = slot(key);
            while t.0[s] != 0 {
                assert!(t.0[s] != key, "word listed twice in the lexicon");
                s = (s + 1) % SLOTS;
            }
            t.0[s] = key;
            t.1[s] = (lex, word_opens(lex));
            k += 1;
        }
        e += 1;
    }
    t
};

/// Classifies the word `b[s..e]` of ASCII letters; the flag is
/// [`word_opens`] of the meaning.
fn classify(b: &[u8], s: usize, e: usize) -> (Lex, bool) {
    let w = &b[s..e];
    if w.len() > MAX_WORD {
        return (Lex::Other, false);
    }
    // Most words are not in the lexicon, and their first two letters and
    // length tell so before any key is built.
    let second = if w.len() > 1 { w[1] } else { 0 };
    if SHAPES[pair(w[0], second)] & (1 << w.len()) == 0 {
        return (unlisted(w), false);
    }
    // The word's 16 bytes from `s` in one load where the text is long
    // enough, masked to the word. (Copying just the word would call
    // `memcpy`, dearer than the whole look-up.)
    let key = match b[s..].first_chunk::<16>() {
        Some(&sixteen) => {
            (u128::from_le_bytes(sixteen) | u128::from_le_bytes([0x20; 16])) & KEY_MASK[w.len()]
        }
        None => word_key(w),
    };
    // Keys and meanings apart: a probe that misses (most do) reads the
    // key alone.
    let (keys, lexes) = &TABLE;
    let mut s = slot(key);
    loop {
        let k = keys[s];
        if k == key {
            return lexes[s];
        }
        if k == 0 {
            break;
        }
        s = (s + 1) % SLOTS;
    }
    (unlisted(w), false)
}

/// What a word of at most [`MAX_WORD`] letters not in the lexicon is: a
/// past form by its ending, or nothing to the grammar.
fn unlisted(w: &[u8]) -> Lex {
    if w.len() >= 5 && w[w.len() - 2..].eq_ignore_ascii_case(b"ed") && w[0].is_ascii_lowercase() {
        Lex::PastVerb
    } else {
        Lex::Other
    }
}

/// The slot in [`SHAPES`] of a word's first two bytes (0 for the second of
/// a one-letter word). The low five bits of an ASCII letter are the same in
/// either case, so no byte need be lower-cased.
const fn pair(first: u8, second: u8) -> usize {
    ((first & 31) as usize) << 5 | (second & 31) as usize
}

/// For each pair of first letters, the lengths of the lexicon's words that
/// begin with them, as bits (`1 << len`): a screen before [`TABLE`].
static SHAPES: [u16; 1024] = {
    let mut t = [0u16; 1024];
    let mut e = 0;
    while e < LEXICON.len() {
        let words = LEXICON[e].0;
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            let second = if w.len() > 1 { w[1] } else { 0 };
            t[pair(w[0], second)] |= 1 << w.len();
            k += 1;
        }
        e += 1;
    }
    t
};

/// `KEY_MASK[n]` keeps the first `n` bytes of a [`word_key`].
static KEY_MASK: [u128; MAX_WORD + 1] = {
    let mut t = [0u128; MAX_WORD + 1];
    let mut n = 1;
    while n <= MAX_WORD {
        t[n] = (1u128 << (8 * n)) - 1;
        n += 1;
    }
    t
};

/// Whether the newline at `i` ends a paragraph (a blank line follows): a
/// single newline is a soft wrap ("a ceasefire by\nAugust 8") and no
/// boundary.
fn blank_line_follows(b: &[u8], i: usize) -> bool {
    b[i + 1..]
        .iter()
        .find(|&&c| !matches!(c, b' ' | b'\t' | b'\r'))
        .is_none_or(|&c| c == b'\n')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_need_the_right_suffix() {
        assert_eq!(ordinal(b"17th"), Some(17));
        assert_eq!(ordinal(b"1st"), Some(1));
        assert_eq!(ordinal(b"22nd"), Some(22));
        assert_eq!(ordinal(b"11th"), Some(11));
        assert_eq!(ordinal(b"11st"), None);
        assert_eq!(ordinal(b"40th"), None);
    }

    /// [`run_end`] as it was written first, a byte at a time.
    fn run_end_bytewise(b: &[u8], s: usize) -> (usize, u8) {
        let (mut i, mut seen) = (s, 0);
        while let Some(&x) = b.get(i) {
            let class = ALNUM[x as usize];
            if class == 0 {
                break;
            }
            seen |= class;
            i += 1;
        }
        (i, seen)
    }

    #[test]
    fn eight_bytes_at_a_time_agree_with_one_at_a_time() {
        // Every byte value at every place of a chunk, between letters and
        // digits, and runs ending at every distance from the text's end.
        for x in 0..=255u8 {
            for at in 0..12 {
                for fill in [b'a', b'Z', b'7'] {
                    let mut b = [fill; 12];
                    b[at] = x;
                    for s in 0..b.len() {
                        for end in s..=b.len() {
                            let b = &b[..end];
                            assert_eq!(run_end(b, s), run_end_bytewise(b, s), "{b:?} from {s}");
                        }
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn runs_agree_on_any_bytes(b in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::prelude::any::<u8>(),
                proptest::sample::select(b"aZ09 .-\xc3\xa9".to_vec()),
            ],
            0..40,
        ), s in 0usize..40) {
            let s = s.min(b.len());
            proptest::prop_assert_eq!(run_end(&b, s), run_end_bytewise(&b, s));
        }
    }

    #[test]
    fn every_lexicon_word_passes_the_screen_in_any_case() {
        for (words, lex) in LEXICON {
            for w in *words {
                if w.bytes().any(|c| c.is_ascii_digit()) {
                    continue; // `q1`: read whole by the tokeniser
                }
                let upper = w.to_ascii_uppercase();
                let title = format!("{}{}", &upper[..1], &w[1..]);
                for form in [w.to_string(), upper, title] {
                    let b = form.as_bytes();
                    assert_eq!(classify(b, 0, b.len()), (*lex, word_opens(*lex)), "{form}");
                    // and with text after it, as the 16-byte load reads it
                    let long = format!("{form} and more text after");
                    assert_eq!(classify(long.as_bytes(), 0, b.len()).0, *lex, "{form}");
                }
            }
        }
        assert_eq!(classify(b"hello", 0, 5), (Lex::Other, false));
        assert_eq!(classify(b"walked", 0, 6), (Lex::PastVerb, false));
    }

    #[test]
    fn every_lexicon_word_opens_as_the_scanner_screens() {
        for (words, _) in LEXICON {
            for w in *words {
                let text = format!("{w} {}", w.to_ascii_uppercase());
                let toks = tokenize(&text);
                let p = super::super::parse::P {
                    toks: &toks,
                    text: &text,
                };
                for (k, t) in toks.iter().enumerate() {
                    assert_eq!(t.opens, super::super::tests::screened_in(&p, k), "{w}");
                }
            }
        }
    }

    #[test]
    fn tokens_sit_on_char_boundaries() {
        let t = "Juné—17 “June” 2025-06-23";
        for tok in tokenize(t) {
            assert!(t.is_char_boundary(tok.start) && t.is_char_boundary(tok.end));
        }
    }
}
