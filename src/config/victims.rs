//! The `victims` section of `claims.yaml`: how people are counted where
//! reporters write no numeral ("a man was killed", "two men and a woman were
//! found fatally shot", "no one was injured"), which figures are no toll
//! ("a mother of two", "hundreds gathered", "2088 Philip Street"), and which
//! recall another event or a running total (`scope: background`).

use super::words::{with_lower_bytes, WordMap, WordSet};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The section as written. Every key is optional: a key left out takes the
/// value of the shipped `claims.yaml`, so a rules file written before the
/// section existed reads victims as the shipped one does.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VictimsDef {
    /// Measure → phrases that say what happened to a person named next to
    /// them ("was fatally shot", "killing").
    #[serde(default)]
    pub verbs: Option<BTreeMap<String, Vec<String>>>,
    /// Measure → phrases that state a zero ("no one was injured").
    #[serde(default)]
    pub zero: Option<BTreeMap<String, Vec<String>>>,
    /// Last words of verb phrases that take their victims after them
    /// (`killed`, `of` in "the death of").
    #[serde(default)]
    pub transitive: Option<Vec<String>>,
    /// Nouns for one person (`man`, `victim`).
    #[serde(default)]
    pub person: Option<Vec<String>>,
    /// Nouns for several people (`men`, `victims`).
    #[serde(default)]
    pub people: Option<Vec<String>>,
    /// Titles before a name, left out of the name (`Deputy`, `Mr`).
    #[serde(default)]
    pub titles: Option<Vec<String>>,
    /// Nouns after which "of N" counts children, not victims (`mother`).
    #[serde(default)]
    pub family: Option<Vec<String>>,
    /// Words after a figure that make it a crowd (`gathered`).
    #[serde(default)]
    pub crowd: Option<Vec<String>>,
    /// Phrases before a figure, in its clause, that make it what might
    /// have happened (`could have`).
    #[serde(default)]
    pub hypothetical: Option<Vec<String>>,
    /// Words and phrases of sport that make a sentence's hurt players no
    /// toll (`injured reserve`, `hamstring`): a player injured in a game
    /// is no casualty of an incident. Whole words, case-blind.
    #[serde(default)]
    pub sport: Option<Vec<String>>,
    /// Words after a count of people that make them the accused, not
    /// victims (`charged`: "two men charged with killing").
    #[serde(default)]
    pub accused: Option<Vec<String>>,
    /// Ordinals that rank an incident among others ("the second shooting
    /// in less than a day"): the sentence after tells another.
    #[serde(default)]
    pub ranked: Option<Vec<String>>,
    /// Units of distance or time before "from", "after", "before" or
    /// "away" that set a place or an incident apart ("a block from the
    /// home where", "a day after a shooting in which").
    #[serde(default)]
    pub apart: Option<Vec<String>>,
    /// Directions after a unit of `apart` that close a sentence's opening
    /// words ("four blocks north,"): another spot's people.
    #[serde(default)]
    pub directions: Option<Vec<String>>,
    /// Words before a figure (or figures joined by "and") that make it an
    /// age: "aged 19 and 24", "both 51".
    #[serde(default)]
    pub ages: Option<Vec<String>>,
    /// Kin who share the family's surname, named by a first name alone
    /// ("his wife, Lorraine, 70").
    #[serde(default)]
    pub kin: Option<Vec<String>>,
    /// Words before a number that make it a station or channel (`Fox`).
    #[serde(default)]
    pub stations: Option<Vec<String>>,
    /// Words before a number that make it a place on a road (`milepost`).
    #[serde(default)]
    pub road_marks: Option<Vec<String>>,
    /// Street words after a number that make it an address (`Street`).
    #[serde(default)]
    pub streets: Option<Vec<String>>,
    /// Last words of the names of places, never of people (`Mall`,
    /// `School`): "Riverside Mall" is no victim.
    #[serde(default)]
    pub venues: Option<Vec<String>>,
    /// Last words of the names of places where people are taken that are
    /// no hospital (`Jail`, `Court`): "transported to Erlanger" is an injury,
    /// "transported to Hamilton County Jail" none.
    #[serde(default)]
    pub custody: Option<Vec<String>>,
    /// Words that may follow the name of a hospital the hurt are taken to
    /// (`where`, `with`): "transported to CRMC, where", "rushed to Mercy
    /// with"; a name followed by any other word is read as no hospital.
    #[serde(default)]
    pub hospital_after: Option<Vec<String>>,
    /// Verbs that carry the hurt somewhere (`transported`, `airlifted`):
    /// the name after "<verb> to" is where they were taken, never the
    /// place of what happened nor a claim's subject.
    #[serde(default)]
    pub carried: Option<Vec<String>>,
    /// Verbs of staying somewhere (`remained`, `stayed`): the hurt
    /// "remained at <name> in fair condition", where the name is no victim.
    #[serde(default)]
    pub stayed: Option<Vec<String>>,
    /// Verbs of arriving somewhere (`arrived`, `walked`): the hurt
    /// "walked into <name> with a gunshot wound", where the name is no
    /// victim.
    #[serde(default)]
    pub arrived: Option<Vec<String>>,
    /// Verbs that carry anyone anywhere (`taken`, `brought`): "<verb> to"
    /// tells of the hurt only before the name of a place of care ("taken
    /// to Mercy Medical Center"), or one reached "by ambulance".
    #[serde(default)]
    pub carried_care: Option<Vec<String>>,
    /// Vehicles of the hurt (`ambulance`): "taken to Mercy General by
    /// ambulance" names a hospital, whatever its name's words.
    #[serde(default)]
    pub ambulances: Option<Vec<String>>,
    /// Parts of the body a wound to which leaves its person alive
    /// (`leg`, `shoulder`): "shot in the leg" is hurt, not only hit.
    #[serde(default)]
    pub limbs: Option<Vec<String>>,
    /// Nouns of everyone in a place (`occupants`): "the occupants of the
    /// SUV" hold its driver and passengers, of no role of their own.
    #[serde(default)]
    pub everyone_in: Option<Vec<String>>,
    /// Classes of nouns that tell what someone was in an incident
    /// (`[driver, motorist]`, `[firefighter]`): hurt people told by nouns
    /// of different classes are different people.
    #[serde(default)]
    pub roles: Option<Vec<Vec<String>>>,
    /// Classes of nouns of one sex (`[man, boy, husband]`, `[woman, girl,
    /// wife]`): people told by nouns of different sexes are different
    /// people.
    #[serde(default)]
    pub sexes: Option<Vec<Vec<String>>>,
    /// Regular expressions: a count whose clause matches one recalls
    /// another event or gives a running total.
    #[serde(default)]
    pub background: Option<Vec<String>>,
}

/// A set of words looked up in any case (`Man`, `MAN` and `man` alike),
/// without allocating: these look-ups run for every word a victims phrase
/// walks over.
#[derive(Debug, Clone, Default)]
pub struct Words {
    set: WordSet,
    /// The (initial, length) pairs of the set's words: a screen before the
    /// hash look-up, which most words asked fail (a word of the text is
    /// asked of lists of a few dozen nouns or titles).
    shapes: super::WordShapes,
}

impl Words {
    /// The set of `words`, each lower-case already.
    fn new(words: impl IntoIterator<Item = String>) -> Words {
        let words: Vec<String> = words.into_iter().collect();
        Words {
            shapes: super::WordShapes::new(words.iter().map(String::as_str)),
            set: words
                .into_iter()
                .map(|w| w.into_bytes().into_boxed_slice())
                .collect(),
        }
    }

    /// Whether the set holds `w` in any case.
    pub fn has(&self, w: &str) -> bool {
        self.shapes.may_hold(w.as_bytes()) && with_lower_bytes(w, |b| self.set.contains(b))
    }
}

/// Nouns of roles by class (see `roles` in `claims.yaml`), looked up in
/// any case, singular or plural.
#[derive(Debug, Clone, Default)]
pub struct Roles(WordMap<usize>);

impl Roles {
    fn new(classes: Option<&Vec<Vec<String>>>) -> Roles {
        let mut m: WordMap<usize> = WordMap::default();
        for (k, class) in classes.into_iter().flatten().enumerate() {
            for w in class {
                let w = w.trim().to_lowercase();
                if !w.is_empty() {
                    m.insert(w.into_bytes().into_boxed_slice(), k);
                }
            }
        }
        Roles(m)
    }

    /// The class of the noun `w` ("drivers" is a driver's), if it has one.
    pub fn class(&self, w: &str) -> Option<usize> {
        if self.0.is_empty() || w.len() < 3 {
            return None;
        }
        let get = |w: &str| with_lower_bytes(w, |b| self.0.get(b).copied());
        get(w).or_else(|| {
            let lower = w.to_ascii_lowercase();
            if let Some(stem) = lower.strip_suffix("ies") {
                get(&format!("{stem}y"))
            } else if let Some(stem) = lower.strip_suffix("men") {
                get(&format!("{stem}man"))
            } else {
                lower.strip_suffix('s').and_then(get)
            }
        })
    }
}

/// What a phrase of [`Victims::matcher`] says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phrase {
    /// A person named next to it was killed, injured or hit (the measure).
    Verb(String),
    /// No one was (the measure).
    Zero(String),
}

pub mod needles;
pub mod wild;

/// Whether an ASCII word boundary (`(?-u:\b)`, the phrase expressions')
/// stands at byte `i` of `b`: the scan, the `*` phrases and the search by
/// words read their matches' edges so.
pub fn ascii_boundary(b: &[u8], i: usize) -> bool {
    let word = |i: usize| {
        b.get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    (i > 0 && word(i - 1)) != word(i)
}

/// The section, compiled.
#[derive(Debug, Clone)]
pub struct Victims {
    /// Every verb and zero phrase, case-blind, longest first, between word
    /// boundaries.
    pub matcher: regex::Regex,
    /// The phrases of each lower-case text `matcher` finds (a text may be
    /// listed under two measures).
    pub index: WordMap<Vec<usize>>,
    /// Meaning of each phrase.
    pub phrases: Vec<Phrase>,
    /// Phrases with a `*` (up to three words: "suffered * injuries"), each
    /// as an expression matching the whole text `matcher` found, and its
    /// index into `phrases`: their texts vary, so `index` cannot hold them.
    pub wild: Vec<WildPhrase>,
    /// `matcher` split in two, when every `*` phrase holds a literal word:
    /// see [`Split`].
    pub split: Option<Split>,
    /// Lower-case last words of verbs that take an object.
    pub transitive: Words,
    /// Lower-case nouns for one person.
    pub person: Words,
    /// Lower-case nouns for several people.
    pub people: Words,
    /// Lower-case titles, without a final dot.
    pub titles: Words,
    /// Lower-case family nouns.
    pub family: Words,
    /// Lower-case crowd words.
    pub crowd: Words,
    /// Hypothetical phrases, case-blind.
    pub hypothetical: aho_corasick::AhoCorasick,
    /// Sport phrases, case-blind (matched as whole words).
    pub sport: aho_corasick::AhoCorasick,
    /// Lower-case words that make a count the accused.
    pub accused: Words,
    /// Ordinals that rank an incident among others.
    pub ranked: Words,
    /// Units of distance or time that set another place or incident apart.
    pub apart: Words,
    /// Directions after a unit of `apart` ("two miles south,").
    pub directions: Words,
    /// Lower-case words before an age.
    pub ages: Words,
    /// Lower-case kin nouns before a first name alone.
    pub kin: Words,
    /// Lower-case station words.
    pub stations: Words,
    /// Lower-case words of places on a road.
    pub road_marks: Words,
    /// Lower-case street words, without a final dot.
    pub streets: Words,
    /// Lower-case last words of place names.
    pub venues: Words,
    /// Lower-case last words of places of custody.
    pub custody: Words,
    /// Lower-case words that may follow a hospital's name.
    pub hospital_after: Words,
    /// Lower-case verbs that carry the hurt somewhere.
    pub carried: Words,
    /// Lower-case verbs of staying somewhere.
    pub stayed: Words,
    /// Lower-case verbs of arriving somewhere.
    pub arrived: Words,
    /// Lower-case verbs that carry anyone anywhere.
    pub carried_care: Words,
    /// Lower-case vehicles of the hurt.
    pub ambulances: Words,
    /// Lower-case parts of the body whose wounds leave their person alive.
    pub limbs: Words,
    /// Lower-case nouns of everyone in a place.
    pub everyone_in: Words,
    /// The class of each noun of a role.
    pub roles: Roles,
    /// The sex of each noun of one sex (classes as `roles`).
    pub sexes: Roles,
    /// Background clause patterns, case-blind, as one expression (any of
    /// them matches).
    pub background: regex::Regex,
    /// `background` with ASCII word boundaries, when `background` needs
    /// Unicode: see [`Victims::is_background`].
    pub background_ascii_bounds: Option<regex::Regex>,
    /// The patterns case-sensitive, for an ASCII-lower-cased copy of the
    /// text, when every one of them [`folds`]: see
    /// [`Victims::is_background_lowered`].
    background_lower: Option<regex::bytes::Regex>,
}

/// [`Victims::matcher`] as two expressions run case-sensitively on an
/// ASCII-lower-cased copy of the text, which finds the same phrases at the
/// same places: the phrases without a `*`, and those with one. A `*`
/// phrase ("in * condition") opens with a common word and its `*` stands
/// for any three words: in one expression with a hundred literal phrases
/// the lazy DFA met ever new states and spent more time building them than
/// reading. The `*` phrases are looked for only around a literal each of
/// them must hold ([`Split::found_by`]), rare in news text.
#[derive(Debug, Clone)]
pub struct Split {
    /// The phrases without a `*`, in `matcher`'s order, on lower-cased
    /// bytes (the scan finds their matches with `found_by`).
    pub plain: regex::bytes::Regex,
    /// `plain`'s matches, found through a rare word of each phrase; the
    /// same search finds the longest literal part of each `*` phrase
    /// ("condition" of "in * condition").
    pub found_by: needles::Needles,
    /// The phrases with a `*`, in `matcher`'s order, read on lower-cased
    /// bytes from the start of the haystack (the word boundary before a
    /// phrase is checked by the caller); none when there are none.
    pub wild: Option<Vec<wild::Pieces>>,
    /// The first literal run of each `*` phrase ("in" of "in * condition"),
    /// once each; none when a phrase opens with a `*`.
    pub firsts: Option<Vec<Vec<u8>>>,
    /// For each byte, the run of `firsts` (sorted) that open with it,
    /// as a start and an end: a place is compared with those alone, since
    /// a place opening with a byte as common as "a" met every first run
    /// (all empty when there are no `firsts`, and every place is tried).
    pub opens: [(u16, u16); 256],
    /// For each of `firsts`, the `wild` phrases that open with it, as bits
    /// in their order (bit `i` for `wild[i]`): a place is read only by the
    /// phrases whose first run stands there. Empty when there are no
    /// `firsts` or more than 128 `*` phrases (every phrase is tried).
    pub tries: Vec<u128>,
    /// Every phrase, as `matcher` holds them, anchored as `wild` is: which
    /// is preferred where a phrase of each kind starts at one place.
    pub whole: regex::bytes::Regex,
    /// The bytes a match of `wild` may span (and every ASCII word byte):
    /// a match holding a needle lies in the run of these bytes around it.
    pub spans: [bool; 256],
}

/// A phrase with a `*`: see [`Victims::wild`].
#[derive(Debug, Clone)]
pub struct WildPhrase {
    /// Its index into [`Victims::phrases`].
    pub phrase: usize,
    /// Its literal runs and stars.
    pieces: wild::Pieces,
}

impl WildPhrase {
    /// Whether `m` (a match of the `*` phrases) is this phrase, whole,
    /// case-blind. Read piece by piece: an expression for each phrase
    /// built its lazy DFA's states anew on every thread, about 38,000
    /// instructions a call.
    pub fn is_match(&self, m: &str) -> bool {
        self.pieces.is_whole(m.as_bytes())
    }
}

impl Victims {
    /// Whether `text` (a clause or a sentence) matches a background
    /// pattern. A text with no letter, digit or mark outside ASCII has the
    /// same word boundaries under both readings: there the expression with
    /// ASCII ones answers, which stays on the lazy DFA.
    pub fn is_background(&self, text: &str) -> bool {
        match &self.background_ascii_bounds {
            Some(fast) if text.is_ascii() || !has_non_ascii_word(text) => fast.is_match(text),
            _ => self.background.is_match(text),
        }
    }

    /// [`Victims::is_background`] of `text`, given `low`, its copy with
    /// the ASCII letters lower-cased. Where the patterns allow, the
    /// case-sensitive expression reads `low`: case-blind, each word of a
    /// list was a chain of two-letter classes, which the expression could
    /// not merge on common openings as it does literal words, so the lazy
    /// DFA carried every word of a list from its first letter on and built
    /// each of its states from about a third more (callgrind: about a
    /// third fewer instructions a sentence, nearly all in building states).
    pub fn is_background_lowered(&self, text: &str, low: &[u8]) -> bool {
        if let Some(lower) = &self.background_lower {
            // Read alike where the expression with ASCII word boundaries
            // is: no word character outside ASCII, so neither `ſ` nor the
            // Kelvin sign, the only ones whose case folds to ASCII.
            let alike = self.background_ascii_bounds.is_none()
                || text.is_ascii()
                || !has_non_ascii_word(text);
            if alike && low.len() == text.len() {
                if self.background_ascii_bounds.is_none() || text.is_ascii() {
                    return lower.is_match(low);
                }
                // The expression is built without Unicode classes, whose
                // lazy DFA states cost several times as much to build
                // (callgrind: 1.6 M fewer instructions on the extract
                // bench than with them). Outside ASCII, such a text holds only
                // spaces and marks of punctuation: each as one byte that is
                // the same to every class the patterns may hold (a space,
                // or a byte that is no word, digit or space) reads alike.
                let ascii: Vec<u8> = text
                    .chars()
                    .map(|c| match c {
                        _ if c.is_ascii() => c.to_ascii_lowercase() as u8,
                        _ if c.is_whitespace() => b' ',
                        _ => 0x01,
                    })
                    .collect();
                return lower.is_match(&ascii);
            }
        }
        self.is_background(text)
    }
}

/// Whether case-insensitive `pattern` matches a text exactly where
/// case-sensitive `pattern` matches the text's ASCII-lower-cased copy (for
/// a text with no `ſ` or Kelvin sign, the only characters outside ASCII
/// whose case folds to an ASCII letter). Checked conservatively on the
/// pattern text: only ASCII, no upper case (so no `\S`, `\W`, `\D`, `\B`,
/// `\P`), no escape naming a character by number or a class by name, no
/// inline flags, and classes only of lower-case letters, digits, ranges
/// within either, marks and `\w`, `\d`, `\s` (a class such as `[!-a]` or
/// `[^a-z]`'s kin with upper-case letters unwritten would read differently).
fn folds(pattern: &str) -> bool {
    let b = pattern.as_bytes();
    let mut i = 0;
    let mut in_class = false;
    while i < b.len() {
        let c = b[i];
        if !c.is_ascii() || c.is_ascii_uppercase() {
            return false;
        }
        if c == b'\\' {
            let Some(&e) = b.get(i + 1) else {
                return false;
            };
            let ok = matches!(e, b'w' | b'd' | b's')
                || (!in_class && matches!(e, b'b' | b'n' | b't' | b'r' | b'z'))
                || e.is_ascii_punctuation();
            if !ok {
                return false;
            }
            i += 2;
            continue;
        }
        if in_class {
            match c {
                b']' => in_class = false,
                b'[' | b'&' | b'~' => return false,
                b'-' => {
                    // A range: both ends lower-case letters or both digits;
                    // a `-` first or last in the class stands for itself.
                    let prev = b[i - 1];
                    let next = b.get(i + 1).copied().unwrap_or(b']');
                    if prev != b'[' && prev != b'^' && next != b']' {
                        let letters = prev.is_ascii_lowercase() && next.is_ascii_lowercase();
                        let digits = prev.is_ascii_digit() && next.is_ascii_digit();
                        if !(letters || digits) || (i >= 2 && b[i - 2] == b'\\') {
                            return false;
                        }
                    }
                }
                _ => {}
            }
            i += 1;
            continue;
        }
        match c {
            b'(' if b.get(i + 1) == Some(&b'?') => return false,
            b'[' => {
                in_class = true;
                if b.get(i + 1) == Some(&b'^') {
                    i += 1;
                }
                // A `]` first in a class stands for itself: not read here.
                if b.get(i + 1) == Some(&b']') {
                    return false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    !in_class
}

/// Whether `text` holds a word character (Unicode `\w`) outside ASCII.
/// Told by the regex parser's own table of `\w`: as an expression it was
/// compiled, and its lazy DFA's states built, inside the first run
/// (callgrind: about 2.4 M instructions on the extract bench).
fn has_non_ascii_word(text: &str) -> bool {
    text.chars()
        .any(|c| !c.is_ascii() && regex_syntax::is_word_character(c))
}

/// `pattern` with each `\b` an ASCII word boundary, `(?-u:\b)` (an escaped
/// backslash before a `b`, and `\b{start}` and its kin, are left alone).
fn ascii_bounds(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('b') if chars.peek() != Some(&'{') => out.push_str(r"(?-u:\b)"),
            Some(n) => {
                out.push('\\');
                out.push(n);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// A problem in the section: what is wrong, and a string to locate it by.
pub struct Problem {
    /// Text to find the line by.
    pub near: String,
    /// What is wrong.
    pub message: String,
}

impl Victims {
    /// Compiles `def`, taking each missing key from `shipped`.
    pub fn compile(def: &VictimsDef, shipped: &VictimsDef) -> Result<Victims, Problem> {
        fn pick<'a, T>(a: &'a Option<T>, b: &'a Option<T>) -> Option<&'a T> {
            a.as_ref().or(b.as_ref())
        }
        let words = |a: &Option<Vec<String>>, b: &Option<Vec<String>>| -> Words {
            Words::new(
                pick(a, b)
                    .into_iter()
                    .flatten()
                    .map(|w| w.trim().trim_end_matches('.').to_lowercase())
                    .filter(|w| !w.is_empty()),
            )
        };
        // A list of phrases found anywhere, case-blind (`key` names it in
        // an error).
        let phrase_set = |a: &Option<Vec<String>>,
                          b: &Option<Vec<String>>,
                          key: &str|
         -> Result<aho_corasick::AhoCorasick, Problem> {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(
                    pick(a, b)
                        .into_iter()
                        .flatten()
                        .map(|w| w.trim())
                        .filter(|w| !w.is_empty()),
                )
                .map_err(|e| Problem {
                    near: key.into(),
                    message: format!("victims {key} phrases: {e}"),
                })
        };
        let mut patterns = Vec::new();
        let mut phrases = Vec::new();
        for (table, zero) in [
            (pick(&def.verbs, &shipped.verbs), false),
            (pick(&def.zero, &shipped.zero), true),
        ] {
            for (measure, list) in table.into_iter().flatten() {
                if !MEASURES.contains(&measure.as_str()) {
                    return Err(Problem {
                        near: measure.clone(),
                        message: format!(
                            "victims: unknown measure `{measure}` (known: {})",
                            MEASURES.join(", ")
                        ),
                    });
                }
                for p in list.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
                    patterns.push(p.to_lowercase());
                    phrases.push(if zero {
                        Phrase::Zero(measure.clone())
                    } else {
                        Phrase::Verb(measure.clone())
                    });
                }
            }
        }
        // One regular expression, longest phrases first so that "shot and
        // killed" wins over "shot": it reads every paragraph of every
        // article, and the regex crate's lazy DFA reads ASCII word
        // boundaries about twice as fast as an Aho-Corasick DFA does.
        let mut by_length: Vec<&String> = patterns.iter().collect();
        by_length.sort_by_key(|p| std::cmp::Reverse(p.len()));
        by_length.dedup();
        let matcher = phrases_matcher(&by_length)?;
        let split = split(&by_length)?;
        let mut index: WordMap<Vec<usize>> = WordMap::default();
        let mut wild = Vec::new();
        for (i, p) in patterns.iter().enumerate() {
            if is_wild(p) {
                wild.push(WildPhrase {
                    phrase: i,
                    pieces: wild::Pieces::new(p),
                });
            } else {
                index.entry(p.as_bytes().into()).or_default().push(i);
            }
        }
        let background: Vec<String> = pick(&def.background, &shipped.background)
            .cloned()
            .unwrap_or_default();
        // ASCII word boundaries keep the set on its fast engines; a pattern
        // that needs Unicode is compiled with it.
        let build = |unicode: bool| {
            regex::RegexSetBuilder::new(&background)
                .case_insensitive(true)
                .unicode(unicode)
                .build()
        };
        let set = build(false).or_else(|_| build(true)).map_err(|e| {
            let bad = background
                .iter()
                .find(|p| regex::Regex::new(p).is_err())
                .cloned()
                .unwrap_or_default();
            let msg = e.to_string();
            let msg = msg.lines().last().unwrap_or("").trim().to_string();
            Problem {
                near: bad,
                message: format!("bad background pattern: {msg}"),
            }
        })?;
        // Each pattern was checked on its own above; as one alternation a
        // clause is read once, on the lazy DFA.
        let alternation: Vec<String> = background.iter().map(|p| format!("(?:{p})")).collect();
        let one = |unicode: bool| {
            regex::RegexBuilder::new(&alternation.join("|"))
                .case_insensitive(true)
                .unicode(unicode)
                .build()
        };
        let mut background_ascii_bounds = None;
        let mut unicode = false;
        // (The patterns, which the expression's name takes over below.)
        let patterns = &background;
        let background = if set.is_empty() {
            // Matches nothing.
            regex::Regex::new(r"[^\s\S]").expect("a valid expression")
        } else {
            one(false)
                .or_else(|_| {
                    // A pattern needs Unicode (`[^ ]` could match part of a
                    // character), and with it every `\b` is a Unicode word
                    // boundary, which the lazy DFA gives up on at the first
                    // byte that is not ASCII (the slow engine then reads the
                    // clause). The same with ASCII word boundaries reads
                    // alike any text whose letters are all ASCII.
                    let ascii_bounds: Vec<String> = background
                        .iter()
                        .map(|p| format!("(?:{})", ascii_bounds(p)))
                        .collect();
                    unicode = true;
                    background_ascii_bounds = regex::RegexBuilder::new(&ascii_bounds.join("|"))
                        .case_insensitive(true)
                        .build()
                        .ok();
                    one(true)
                })
                .map_err(|e| Problem {
                    near: "background".into(),
                    message: format!("bad background pattern: {e}"),
                })?
        };
        // With Unicode where the patterns need it, as `background` (with
        // ASCII word boundaries, as `background_ascii_bounds`); else
        // without, as `background`.
        let background_lower = (!set.is_empty()
            && patterns.iter().all(|p| folds(p))
            && (!unicode || background_ascii_bounds.is_some()))
        .then(|| {
            let lower: Vec<String> = if unicode {
                patterns
                    .iter()
                    .map(|p| format!("(?:{})", ascii_bounds(p)))
                    .collect()
            } else {
                alternation.clone()
            };
            // Without Unicode classes, on ASCII text or its stand-in: see
            // `is_background_lowered`.
            regex::bytes::RegexBuilder::new(&lower.join("|"))
                .unicode(false)
                .build()
                .ok()
        })
        .flatten();
        Ok(Victims {
            matcher,
            index,
            phrases,
            wild,
            split,
            transitive: words(&def.transitive, &shipped.transitive),
            person: words(&def.person, &shipped.person),
            people: words(&def.people, &shipped.people),
            titles: words(&def.titles, &shipped.titles),
            family: words(&def.family, &shipped.family),
            crowd: words(&def.crowd, &shipped.crowd),
            hypothetical: phrase_set(&def.hypothetical, &shipped.hypothetical, "hypothetical")?,
            sport: phrase_set(&def.sport, &shipped.sport, "sport")?,
            accused: words(&def.accused, &shipped.accused),
            ranked: words(&def.ranked, &shipped.ranked),
            apart: words(&def.apart, &shipped.apart),
            directions: words(&def.directions, &shipped.directions),
            ages: words(&def.ages, &shipped.ages),
            kin: words(&def.kin, &shipped.kin),
            stations: words(&def.stations, &shipped.stations),
            road_marks: words(&def.road_marks, &shipped.road_marks),
            streets: words(&def.streets, &shipped.streets),
            venues: words(&def.venues, &shipped.venues),
            custody: words(&def.custody, &shipped.custody),
            hospital_after: words(&def.hospital_after, &shipped.hospital_after),
            carried: words(&def.carried, &shipped.carried),
            stayed: words(&def.stayed, &shipped.stayed),
            arrived: words(&def.arrived, &shipped.arrived),
            carried_care: words(&def.carried_care, &shipped.carried_care),
            ambulances: words(&def.ambulances, &shipped.ambulances),
            limbs: words(&def.limbs, &shipped.limbs),
            everyone_in: words(&def.everyone_in, &shipped.everyone_in),
            roles: Roles::new(pick(&def.roles, &shipped.roles)),
            sexes: Roles::new(pick(&def.sexes, &shipped.sexes)),
            background,
            background_ascii_bounds,
            background_lower,
        })
    }
}

/// The phrases (lower-case, in order of preference) as one case-blind
/// expression between word boundaries.
fn phrases_matcher(phrases: &[&String]) -> Result<regex::Regex, Problem> {
    regex::RegexBuilder::new(&alternation(phrases, r"(?-u:\b)"))
        .case_insensitive(true)
        .unicode(false)
        .size_limit(1 << 24)
        // The lazy DFA's cache: with the default it fills on news
        // text and is rebuilt over and over.
        .dfa_size_limit(1 << 24)
        .build()
        .map_err(phrases_problem)
}

/// The phrases as one alternation, in their order, after `head` and
/// before a word boundary.
fn alternation(phrases: &[&String], head: &str) -> String {
    let alternation: Vec<String> = phrases.iter().map(|p| phrase_expr(p)).collect();
    format!(r"{head}(?:{})(?-u:\b)", alternation.join("|"))
}

/// The problem of phrases that do not compile.
fn phrases_problem(e: regex::Error) -> Problem {
    Problem {
        near: "victims".into(),
        message: format!("victims phrases: {e}"),
    }
}

/// The [`Split`] of the phrases: none when they are not all ASCII (the
/// lower-cased copy folds ASCII letters only), when every phrase has a
/// `*`, or when a `*` phrase holds no literal word.
fn split(phrases: &[&String]) -> Result<Option<Split>, Problem> {
    if !phrases.iter().all(|p| p.is_ascii()) {
        return Ok(None);
    }
    let (wild, plain): (Vec<&String>, Vec<&String>) = phrases.iter().partition(|p| is_wild(p));
    if plain.is_empty() {
        return Ok(None);
    }
    let mut needles = Vec::new();
    // The first literal run of each `*` phrase, in their order.
    let mut first_of: Vec<Vec<u8>> = Vec::new();
    let mut spans = [false; 256];
    for b in (b'0'..=b'9').chain(b'a'..=b'z').chain(b'A'..=b'Z') {
        spans[usize::from(b)] = true;
    }
    for b in [b'_', b'\'', b'-', b' '] {
        spans[usize::from(b)] = true;
    }
    for p in &wild {
        // The literal runs between the `*` words, each as the phrase
        // expression writes it: words one space apart.
        let words: Vec<&str> = p.split_whitespace().collect();
        let runs = words.split(|w| *w == "*").map(|r| r.join(" "));
        first_of.push(runs.clone().next().unwrap_or_default().into_bytes());
        // The longest run is looked for, with the most words the phrase
        // may hold before it (each `*` as many as it stands for).
        let Some((k, r)) = runs.enumerate().max_by_key(|(_, r)| r.len()) else {
            return Ok(None);
        };
        if r.is_empty() {
            return Ok(None);
        }
        let before: usize = words
            .split(|w| *w == "*")
            .take(k)
            .map(|run| run.len() + wild::STAR_WORDS)
            .sum();
        needles.push((r, before));
        for b in p.bytes() {
            spans[usize::from(b)] = true;
        }
    }
    // None when a phrase opens with a `*`.
    let mut firsts = (!first_of.iter().any(Vec::is_empty)).then(|| first_of.clone());
    let mut opens = [(0u16, 0u16); 256];
    let mut tries = Vec::new();
    if let Some(f) = &mut firsts {
        f.sort();
        f.dedup();
        // The phrases each first run opens, as bits in their order.
        if wild.len() <= 128 {
            tries = f
                .iter()
                .map(|run| {
                    let opened = first_of.iter().enumerate().filter(|(_, f)| *f == run);
                    opened.fold(0u128, |bits, (i, _)| bits | 1 << i)
                })
                .collect();
        }
        for (i, run) in f.iter().enumerate() {
            let i = u16::try_from(i).map_err(|_| Problem {
                near: "victims".into(),
                message: "victims phrases: too many '*' phrases".into(),
            })?;
            let o = &mut opens[usize::from(run[0])];
            if o.0 == o.1 {
                *o = (i, i);
            }
            o.1 = i + 1;
        }
    }
    let wild = match wild.is_empty() {
        true => None,
        false => Some(wild.iter().map(|p| wild::Pieces::new(p)).collect()),
    };
    let found_by = needles::Needles::new(&plain, &needles).map_err(|e| Problem {
        near: "victims".into(),
        message: format!("victims phrases: {e}"),
    })?;
    Ok(Some(Split {
        plain: lower_matcher(&plain, r"(?-u:\b)")?,
        found_by,
        wild,
        firsts,
        tries,
        opens,
        whole: lower_matcher(phrases, "^")?,
        spans,
    }))
}

/// The phrases as [`phrases_matcher`] writes them, case-sensitive, for
/// an ASCII-lower-cased copy of the text, after `head` (a word boundary,
/// or `^`).
fn lower_matcher(phrases: &[&String], head: &str) -> Result<regex::bytes::Regex, Problem> {
    regex::bytes::RegexBuilder::new(&alternation(phrases, head))
        .unicode(false)
        .size_limit(1 << 24)
        .dfa_size_limit(1 << 24)
        .build()
        .map_err(phrases_problem)
}

/// Whether a phrase holds a `*` word, which stands for up to three words.
fn is_wild(p: &str) -> bool {
    p.split_whitespace().any(|w| w == "*")
}

/// A phrase as a regular expression: its words escaped and separated by
/// one space, a `*` word standing for up to three words ("suffered *
/// injuries": "suffered minor injuries", "suffered non-life-threatening
/// gunshot injuries").
fn phrase_expr(p: &str) -> String {
    if !is_wild(p) {
        return regex::escape(p);
    }
    let mut out = String::new();
    let mut after_wild = false;
    for (i, w) in p.split_whitespace().enumerate() {
        if i > 0 && !after_wild {
            out.push(' ');
        }
        after_wild = w == "*";
        if after_wild {
            // Each word the star stands for brings its own space.
            out.push_str(&format!(r"(?:[a-z0-9'-]+ ){{0,{}}}", wild::STAR_WORDS));
        } else {
            out.push_str(&regex::escape(w));
        }
    }
    out
}

/// The measures a victims phrase may give: those of the `casualties` kind.
pub const MEASURES: &[&str] = &["killed", "injured", "killed_or_injured"];

/// The measure of the hit ("shot" alone), and the two it adds up: a report
/// that gives 1 killed and 2 injured has told of 3 hit.
pub const HIT: (&str, [&str; 2]) = ("killed_or_injured", ["killed", "injured"]);

/// Whether a measure is one victims are counted by (killed, injured, hit).
pub fn victim_measure(m: &str) -> bool {
    MEASURES.contains(&m)
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    const KINDS: &str = "version: 1\nkinds:\n  casualties:\n    extends: count\n    measures:\n      killed: [killed]\n";

    #[test]
    fn a_missing_section_or_key_takes_the_shipped_value() {
        let c = Config::parse(KINDS, "c.yaml").unwrap();
        let shipped = Config::builtin();
        assert_eq!(c.victims.phrases.len(), shipped.victims.phrases.len());
        assert!(c.victims.person.has("man"));
        let text = format!("{KINDS}victims:\n  person: [sailor]\n");
        let c = Config::parse(&text, "c.yaml").unwrap();
        assert!(c.victims.person.has("sailor") && !c.victims.person.has("man"));
        assert!(c.victims.family.has("mother"));
    }

    #[test]
    fn roles_by_class_singular_or_plural() {
        let r = &Config::builtin().victims.roles;
        assert_eq!(r.class("Drivers"), r.class("motorist"));
        assert!(r.class("driver").is_some());
        assert_eq!(r.class("deputies"), r.class("Officer"));
        assert_eq!(r.class("firemen"), r.class("firefighter"));
        assert_ne!(r.class("passengers"), r.class("driver"));
        assert_eq!(r.class("woman"), None);
        assert_eq!(r.class("children"), None);
        let text = format!("{KINDS}victims:\n  roles: [[rider], [skier]]\n");
        let c = Config::parse(&text, "t.yaml").unwrap();
        assert!(c.victims.roles.class("riders").is_some());
        assert_eq!(c.victims.roles.class("driver"), None);
    }

    #[test]
    fn hospital_words_and_carrying_verbs_come_from_the_rules_file() {
        let shipped = Config::builtin();
        assert!(shipped.victims.hospital_after.has("Where"));
        assert!(shipped.victims.carried.has("airlifted"));
        assert!(!shipped.victims.carried.has("walked"));
        let text = format!("{KINDS}victims:\n  hospital_after: [beside]\n  carried: [ferried]\n");
        let c = Config::parse(&text, "c.yaml").unwrap();
        assert!(c.victims.hospital_after.has("beside") && !c.victims.hospital_after.has("where"));
        assert!(c.victims.carried.has("Ferried") && !c.victims.carried.has("transported"));
    }

    #[test]
    fn background_reads_alike_with_ascii_word_boundaries_where_it_may() {
        let c = Config::builtin();
        let v = &c.victims;
        assert!(
            v.background_ascii_bounds.is_some(),
            "the shipped patterns need Unicode"
        );
        for text in [
            "the 2012 theater shooting",
            "the 2012 caf\u{e9} shooting",
            "in 2004, a tsunami \u{2014} \u{201c}killed\u{201d}",
            "in 2004\u{e9}",
            "\u{e9}in 2004",
            "two deaths so far",
            "two deaths so far\u{e9}",
            "in two shootings\u{2019}",
            "in two shootings o\u{e9}",
            "in two shootings of Ann",
            "it came just two weeks after",
            "the war has claimed",
            "the war \u{212a}illed",
        ] {
            assert_eq!(v.is_background(text), v.background.is_match(text), "{text}");
        }
    }

    #[test]
    fn which_patterns_read_alike_on_a_lower_cased_copy() {
        for p in [
            r"\bso far\b",
            r"(in|of) [a-z.]* (19|20)\d\d",
            r"o[^f]|[^ ]|[-a-c0-9]",
        ] {
            assert!(super::folds(p), "{p}");
        }
        for p in [
            r"So far",
            r"[!-a]",
            r"\W",
            r"(?i)x",
            r"[[:alpha:]]",
            r"[a-z&&b]",
            r"\x41",
            r"[]a]",
            r"caf\u{e9}",
        ] {
            assert!(!super::folds(p), "{p}");
        }
        assert!(
            Config::builtin().victims.background_lower.is_some(),
            "the shipped patterns read alike on a lower-cased copy"
        );
    }

    proptest::proptest! {
        /// The case-sensitive patterns on a lower-cased copy answer as the
        /// case-blind ones on the text, in any case and with characters
        /// outside ASCII (word characters among them, and `ſ`, the Kelvin
        /// sign).
        #[test]
        fn background_reads_alike_on_a_lower_cased_copy(
            words in proptest::collection::vec(
                "(the|a|In|SINCE|2012|1999|march|Shootings|of|o|separate|So far|to date|\
                  this|year|came|just|three|days|after|another|12th|Homicide|count|ago|\
                  years|war|has|killed|caf\u{e9}|\u{17f}o far|\u{212a}illed|\u{2014}|x,|\\.|\
                  \u{a0}|\u{2019}s|shootings\u{2019}|\u{201c})",
                0..10,
            ),
        ) {
            static CONFIG: std::sync::LazyLock<Config> = std::sync::LazyLock::new(Config::builtin);
            let v = &CONFIG.victims;
            let text = words.join(" ");
            let mut low = Vec::new();
            crate::config::lower_into(&text, &mut low);
            proptest::prop_assert_eq!(
                v.is_background_lowered(&text, &low),
                v.background.is_match(&text),
                "{:?}",
                text
            );
        }
    }

    #[test]
    fn ascii_bounds_rewrites_only_word_boundaries() {
        assert_eq!(
            super::ascii_bounds(r"\bso far\b"),
            r"(?-u:\b)so far(?-u:\b)"
        );
        assert_eq!(super::ascii_bounds(r"a\\b\d"), r"a\\b\d");
        assert_eq!(super::ascii_bounds(r"\b{start}x"), r"\b{start}x");
    }

    #[test]
    fn the_section_is_parsed_strictly() {
        let text = format!("{KINDS}victims:\n  persons: [sailor]\n");
        let e = Config::parse(&text, "c.yaml").unwrap_err();
        assert!(e.line >= 7, "{e}");
        let text = format!("{KINDS}victims:\n  verbs:\n    maimed: [maimed]\n");
        let e = Config::parse(&text, "c.yaml").unwrap_err();
        assert!(e.to_string().contains("unknown measure `maimed`"), "{e}");
        let text = format!("{KINDS}victims:\n  background: ['(unclosed']\n");
        let e = Config::parse(&text, "c.yaml").unwrap_err();
        assert!(e.to_string().contains("bad background pattern"), "{e}");
        assert_eq!(e.line, 8, "{e}");
    }
}
