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

/// Cuts `text` into tokens.
pub(super) fn tokenize(text: &str) -> Vec<Tok> {
    let b = text.as_bytes();
    let mut toks = Vec::with_capacity(b.len() / 5 + 4);
    let mut i = 0;
    let n = b.len();
    while i < n {
        let c = b[i];
        if c.is_ascii_alphanumeric() {
            let s = i;
            let mut digits = true;
            let mut alpha = true;
            while i < n && b[i].is_ascii_alphanumeric() {
                if b[i].is_ascii_digit() {
                    alpha = false;
                } else {
                    digits = false;
                }
                i += 1;
            }
            let w = &b[s..i];
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
                Kind::Word(classify(w))
            } else if w.len() == 2 && matches!(w[0], b'q' | b'Q') && (b'1'..=b'4').contains(&w[1]) {
                Kind::Word(Lex::Quarter((w[1] - b'0') as u32))
            } else if let Some(y) = decade(w) {
                Kind::Decade(y)
            } else if let Some(y) = short_decade(w, b, s) {
                Kind::Decade(y)
            } else {
                ordinal(w).map_or(Kind::Other, Kind::Ord)
            };
            toks.push(Tok {
                start: s,
                end: i,
                kind,
                cap: c.is_ascii_uppercase(),
            });
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
            });
        } else if (c == b'\n' && blank_line_follows(b, i))
            || (c != b'\n' && !c.is_ascii_whitespace())
        {
            toks.push(Tok {
                start: i,
                end: i + 1,
                kind: Kind::Punct(c),
                cap: false,
            });
            i += 1;
        } else {
            i += 1;
        }
    }
    toks
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

/// Classifies one ASCII word. Most words fail the length/first-letter
/// screen quickly, which keeps the whole scan fast.
fn classify(w: &[u8]) -> Lex {
    if w.len() > 13 {
        return Lex::Other;
    }
    let mut buf = [0u8; 13];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    let l = &buf[..w.len()];
    use Kw::*;
    let k = |k: Kw| Lex::Kw(k);
    let mo = |m: u32, abbr: bool| Lex::Month { m, abbr };
    match l {
        b"january" => mo(1, false),
        b"february" => mo(2, false),
        b"march" => mo(3, false),
        b"april" => mo(4, false),
        b"may" => mo(5, false),
        b"june" => mo(6, false),
        b"july" => mo(7, false),
        b"august" => mo(8, false),
        b"september" => mo(9, false),
        b"october" => mo(10, false),
        b"november" => mo(11, false),
        b"december" => mo(12, false),
        b"jan" => mo(1, true),
        b"feb" => mo(2, true),
        b"mar" => mo(3, true),
        b"apr" => mo(4, true),
        b"jun" => mo(6, true),
        b"jul" => mo(7, true),
        b"aug" => mo(8, true),
        b"sep" | b"sept" => mo(9, true),
        b"oct" => mo(10, true),
        b"nov" => mo(11, true),
        b"dec" => mo(12, true),
        b"monday" => Lex::Weekday(0),
        b"tuesday" => Lex::Weekday(1),
        b"wednesday" => Lex::Weekday(2),
        b"thursday" => Lex::Weekday(3),
        b"friday" => Lex::Weekday(4),
        b"saturday" => Lex::Weekday(5),
        b"sunday" => Lex::Weekday(6),
        b"mon" => Lex::WeekdayAbbr(0),
        b"tue" | b"tues" => Lex::WeekdayAbbr(1),
        b"wed" => Lex::WeekdayAbbr(2),
        b"thu" | b"thur" | b"thurs" => Lex::WeekdayAbbr(3),
        b"fri" => Lex::WeekdayAbbr(4),
        b"sat" => Lex::WeekdayAbbr(5),
        b"sun" => Lex::WeekdayAbbr(6),
        b"first" => Lex::OrdWord(1),
        b"second" => Lex::OrdWord(2),
        b"third" => Lex::OrdWord(3),
        b"fourth" => Lex::OrdWord(4),
        b"fifth" => Lex::OrdWord(5),
        b"sixth" => Lex::OrdWord(6),
        b"seventh" => Lex::OrdWord(7),
        b"eighth" => Lex::OrdWord(8),
        b"ninth" => Lex::OrdWord(9),
        b"tenth" => Lex::OrdWord(10),
        b"eleventh" => Lex::OrdWord(11),
        b"twelfth" => Lex::OrdWord(12),
        b"thirteenth" => Lex::OrdWord(13),
        b"fourteenth" => Lex::OrdWord(14),
        b"fifteenth" => Lex::OrdWord(15),
        b"sixteenth" => Lex::OrdWord(16),
        b"seventeenth" => Lex::OrdWord(17),
        b"eighteenth" => Lex::OrdWord(18),
        b"nineteenth" => Lex::OrdWord(19),
        b"twentieth" => Lex::OrdWord(20),
        b"thirtieth" => Lex::OrdWord(30),
        b"q1" => Lex::Quarter(1),
        b"q2" => Lex::Quarter(2),
        b"q3" => Lex::Quarter(3),
        b"q4" => Lex::Quarter(4),
        b"quarter" => Lex::Kw(Kw::Quarter),
        b"middle" => Lex::Kw(Kw::Middle),
        b"one" => Lex::NumWord(1),
        b"two" => Lex::NumWord(2),
        b"three" => Lex::NumWord(3),
        b"four" => Lex::NumWord(4),
        b"five" => Lex::NumWord(5),
        b"six" => Lex::NumWord(6),
        b"seven" => Lex::NumWord(7),
        b"eight" => Lex::NumWord(8),
        b"nine" => Lex::NumWord(9),
        b"ten" => Lex::NumWord(10),
        b"eleven" => Lex::NumWord(11),
        b"twelve" => Lex::NumWord(12),
        b"thirteen" => Lex::NumWord(13),
        b"fourteen" => Lex::NumWord(14),
        b"fifteen" => Lex::NumWord(15),
        b"sixteen" => Lex::NumWord(16),
        b"seventeen" => Lex::NumWord(17),
        b"eighteen" => Lex::NumWord(18),
        b"nineteen" => Lex::NumWord(19),
        b"twenty" => Lex::NumWord(20),
        b"thirty" => Lex::NumWord(30),
        b"forty" => Lex::NumWord(40),
        b"fifty" => Lex::NumWord(50),
        b"sixty" => Lex::NumWord(60),
        b"seventy" => Lex::NumWord(70),
        b"eighty" => Lex::NumWord(80),
        b"ninety" => Lex::NumWord(90),
        b"hour" | b"hours" => Lex::Unit(Unit::Hour),
        b"day" | b"days" => Lex::Unit(Unit::Day),
        b"week" | b"weeks" => Lex::Unit(Unit::Week),
        b"month" | b"months" => Lex::Unit(Unit::Month),
        b"year" | b"years" => Lex::Unit(Unit::Year),
        b"spring" => Lex::Season(0),
        b"summer" => Lex::Season(1),
        b"autumn" | b"fall" => Lex::Season(2),
        b"winter" => Lex::Season(3),
        b"christmas" | b"xmas" => Lex::Holiday(0),
        b"thanksgiving" => Lex::Holiday(1),
        b"halloween" => Lex::Holiday(2),
        b"easter" => Lex::Holiday(3),
        b"independence" => Lex::Holiday(4),
        b"labor" | b"labour" => Lex::Holiday(5),
        b"memorial" => Lex::Holiday(6),
        b"valentine" => Lex::Holiday(7),
        b"new" => Lex::Holiday(8),
        b"yesterday" => k(Yesterday),
        b"today" => k(Today),
        b"tomorrow" => k(Tomorrow),
        b"tonight" => k(Tonight),
        b"overnight" => k(Overnight),
        b"night" => k(Night),
        b"morning" => k(Morning),
        b"afternoon" => k(Afternoon),
        b"evening" => k(Evening),
        b"last" => k(Last),
        b"next" => k(Next),
        b"this" => k(This),
        b"past" => k(Past),
        b"coming" => k(Coming),
        b"previous" => k(Previous),
        b"early" => k(Early),
        b"mid" => k(Mid),
        b"late" => k(Late),
        b"end" => k(End),
        b"beginning" => k(Beginning),
        b"start" => k(Start),
        b"earlier" => k(Earlier),
        b"later" => k(Later),
        b"the" => k(The),
        b"of" => k(Of),
        b"in" => k(In),
        b"on" => k(On),
        b"at" => k(At),
        b"since" => k(Since),
        b"as" => k(As),
        b"by" => k(By),
        b"until" | b"till" => k(Until),
        b"through" | b"thru" => k(Through),
        b"before" => k(Before),
        b"after" => k(After),
        b"within" => k(Within),
        b"effective" => k(Effective),
        b"effect" => k(Effect),
        b"takes" | b"take" | b"taking" | b"comes" | b"come" => k(Takes),
        b"took" | b"came" => k(Took),
        b"be" => k(Be),
        b"force" => k(Force),
        b"into" => k(Into),
        b"deadline" | b"deadlines" => k(Deadline),
        b"ultimatum" => k(Ultimatum),
        b"no" => k(No),
        b"than" => k(Than),
        b"from" => k(From),
        b"during" => k(During),
        b"about" => k(About),
        b"around" => k(Around),
        b"approximately" => k(Approximately),
        b"roughly" => k(Roughly),
        b"some" => k(Some),
        b"nearly" => k(Nearly),
        b"almost" => k(Almost),
        b"weekend" => k(Weekend),
        b"a" | b"an" => k(A),
        b"will" => k(Will),
        b"would" => k(Would),
        b"shall" => k(Shall),
        b"going" => k(Going),
        b"to" => k(To),
        b"ll" => k(Ll),
        b"upcoming" => k(Upcoming),
        b"scheduled" | b"planned" | b"plans" | b"plan" => k(Scheduled),
        b"expected" => k(Expected),
        b"due" => k(Due),
        // Verbs of saying date the report, not what is reported ("officials
        // said deliveries start in late August"): they mark no tense.
        b"said" | b"told" | b"announced" | b"reported" | b"added" | b"stated" | b"warned"
        | b"noted" | b"confirmed" => Lex::Other,
        // Auxiliaries and the commonest irregular past forms in news; regular
        // ones are caught by their `-ed` ending.
        b"was" | b"were" | b"had" | b"did" | b"wasn" | b"weren" | b"hadn" | b"didn" | b"began"
        | b"met" | b"went" | b"left" | b"saw" | b"fled" | b"struck" | b"fell" | b"rose"
        | b"made" | b"held" | b"gave" | b"spoke" | b"sent" | b"won" | b"lost" | b"led"
        | b"shot" | b"broke" | b"found" | b"got" | b"ran" | b"wrote" | b"paid" | b"sold"
        | b"brought" | b"caught" | b"fought" | b"knew" | b"thought" | b"became" | b"kept"
        | b"hit" => k(PastAux),
        b"ago" => k(Ago),
        b"and" => k(And),
        b"following" => k(Following),
        b"between" => k(Between),
        b"noon" | b"midday" => k(Noon),
        b"midnight" => k(Midnight),
        b"every" | b"each" => k(Every),
        b"once" => k(Once),
        b"mondays" | b"tuesdays" | b"wednesdays" | b"thursdays" | b"fridays" | b"saturdays"
        | b"sundays" => Lex::Weekdays,
        b"hourly" => Lex::Freq(Unit::Hour),
        b"daily" | b"nightly" | b"everyday" => Lex::Freq(Unit::Day),
        b"weekly" => Lex::Freq(Unit::Week),
        b"monthly" => Lex::Freq(Unit::Month),
        b"annually" | b"yearly" => Lex::Freq(Unit::Year),
        _ if l.len() >= 5 && l.ends_with(b"ed") && w[0].is_ascii_lowercase() => Lex::PastVerb,
        _ => Lex::Other,
    }
}

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

    #[test]
    fn tokens_sit_on_char_boundaries() {
        let t = "Juné—17 “June” 2025-06-23";
        for tok in tokenize(t) {
            assert!(t.is_char_boundary(tok.start) && t.is_char_boundary(tok.end));
        }
    }
}
