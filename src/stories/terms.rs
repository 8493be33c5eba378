//! The words and names an article is recognised by.
//!
//! Two views, as in online news clustering (Miranda et al., 2018): the
//! *words* of its title and lead, which say what happened, and the *names*
//! anywhere in its body (people, streets, venues, places, ages), which say
//! to whom and where. Different incidents of one type share their words
//! ("shot", "police", "hospital") but rarely their names, and a follow-up
//! weeks later (an arrest, a funeral) shares the victim's name even when
//! its words have moved on.

/// A term: a 64-bit FNV-1a hash of its view and its lower-cased text.
/// Hashes keep a hundred thousand articles' terms small; a collision costs
/// at most a little similarity between two unrelated articles.
pub type Term = u64;

use crate::config::CALENDAR_WORDS;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// Hashes `text`, lower-cased, under `view` (a byte that keeps the views
/// apart: the word "Aurora" and the name "Aurora" are different terms).
pub fn term(view: u8, text: &str) -> Term {
    let mut h = FNV_OFFSET ^ u64::from(view);
    h = h.wrapping_mul(FNV_PRIME);
    for b in text.bytes() {
        h ^= u64::from(b.to_ascii_lowercase());
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// View bytes.
pub const WORD: u8 = b'w';
/// A whole run of capitalised words ("East 63rd Street", "Maria Lopez").
pub const NAME: u8 = b'n';
/// One word of a run ("Lopez"): a surname on its own still identifies.
pub const NAME_PART: u8 = b'p';
/// A person's age as written ("19-year-old").
pub const AGE: u8 = b'a';
/// A place the article's figures are about.
pub const PLACE: u8 = b'l';
/// A figure it gives, with its unit ("people:37", "USD:200000000").
pub const FIGURE: u8 = b'f';
/// A year it names ("2008"): two quakes in one region are years apart.
pub const YEAR: u8 = b'y';
/// A run that reads as a person's name ("Dana Whitcombe"): two or three
/// capitalised words, none a number, the last no word of a place, venue or
/// body ([`NOT_PERSON`]).
pub const PERSON: u8 = b'h';

/// A town whose police the article cites ("Westbrook police", "the
/// Carrow Police Department"), by its last word: the place of its event. Two reports citing
/// only different towns' police are of different events, whatever street
/// name and wording they share.
pub const LOCALITY: u8 = b'c';

/// A victim's surname ("whitcombe" of "Dana A. Whitcombe, 34, was
/// killed"): two groups naming victims, none the same, are two incidents.
pub const VICTIM: u8 = b'v';

/// A victim's age ("31" of "a 31-year-old man was killed" and of "Andre
/// Whitlock, 31, was killed"): one victim, named or not, by one outlet or
/// another.
pub const VICTIM_AGE: u8 = b'g';

/// Generational suffixes after a surname ("Jr."), compared lower-cased
/// without the full stop.
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// The surname of a person's name as written ("Dana A. Whitcombe Jr." →
/// "Whitcombe"): two to four capitalised words, a suffix aside. A lone
/// word may be a first name ("his mother, Katherine, 61,") and a
/// description ("a 50-year-old man") is no name: `None`.
pub fn surname(name: &str) -> Option<&str> {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    if words
        .last()
        .is_some_and(|w| SUFFIXES.contains(&w.trim_end_matches('.').to_ascii_lowercase().as_str()))
    {
        words.pop();
    }
    let named = (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    let last = words.last()?.trim_end_matches(|c: char| !c.is_alphabetic());
    let person =
        named && last.chars().count() > 1 && !NOT_PERSON.contains(&last.to_lowercase().as_str());
    person.then_some(last)
}

/// A surname's spelling skeleton: lower-cased, its first letter and then
/// its consonants, vowels (and h, w, y) dropped and doubles folded, as
/// Soundex does. Outlets spell one victim "Rait" and "Raite", "Katherine"
/// and "Kathryn": keys that differ less often split one incident's reports.
pub fn surname_key(surname: &str) -> String {
    let mut key = String::new();
    for (i, c) in surname.chars().flat_map(char::to_lowercase).enumerate() {
        let kept = i == 0 || (c.is_alphabetic() && !"aeiouyhw".contains(c));
        if kept && !key.ends_with(c) {
            key.push(c);
        }
    }
    key
}

/// Words before "police" that name a kind of force, not a town ("State
/// police", "Transit police"), compared lower-cased.
const NOT_LOCALITY: &[&str] = &[
    "state",
    "county",
    "transit",
    "military",
    "capitol",
    "border",
    "campus",
    "university",
    "metro",
    "metropolitan",
    "tribal",
    "national",
    "airport",
    "highway",
    "railway",
    "port",
];

/// Words that name no town when they stand alone before "police" ("Local
/// police", "City police said"), though a town's name may end with them
/// ("Jersey City", "Highland Park").
const NOT_LOCALITY_ALONE: &[&str] = &[
    "local",
    "federal",
    "city",
    "park",
    "riot",
    "traffic",
    "secret",
    "religious",
    "morality",
    "the",
    "and",
    "but",
    "when",
    "after",
    "before",
    "while",
    "where",
    "us",
    "u.s",
    "un",
];

/// Whether the run before "police" can be a town: its last word is no kind
/// of force and no people's adjective ("Indonesian police", "British
/// police" name a country's force, which many towns' reports cite).
fn locality(run: &[Token]) -> bool {
    let Some(last) = run.last() else {
        return false;
    };
    let w = last.text.to_ascii_lowercase();
    let force = NOT_LOCALITY.contains(&w.as_str())
        || (run.len() == 1 && NOT_LOCALITY_ALONE.contains(&w.as_str()));
    let people = ["ian", "ese", "ish", "ean"].iter().any(|s| w.ends_with(s));
    !force && !people && run.iter().all(|t| capitalised(t.text))
}

/// Whether only a space parts the run's last word from `next` ("Monday,
/// police said" cites no Monday police).
fn adjacent(text: &str, run: &[Token], next: &Token) -> bool {
    let at = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    run.last()
        .is_some_and(|l| at(next.text) == at(l.text) + l.text.len() + 1)
}

/// Whether a sentence or a line ends between a run's last word and `next`:
/// "… in the 10500 block of Superior Ave. Officers located …" names
/// Superior Avenue, then opens a sentence, where the run went on into
/// "Superior Ave Officers". A full stop after a title that opens a name
/// ("Dr. Lee", "St. Louis") ends nothing.
fn sentence_between(text: &str, run: &[Token], next: &Token) -> bool {
    let Some(last) = run.last() else {
        return false;
    };
    let at = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    let gap = &text.as_bytes()[at(last.text) + last.text.len()..at(next.text)];
    if gap.contains(&b'\n') {
        return true;
    }
    if !gap.iter().any(|b| matches!(b, b'.' | b'!' | b'?')) {
        return false;
    }
    !(run.len() == 1 && NAME_TITLES.contains(&last.text))
}

/// Abbreviated titles that open a name ("Dr. Lee", "St. Louis", "Mt.
/// Hood"): a full stop after one, at a run's start, ends no sentence.
const NAME_TITLES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Sgt", "Lt", "Gen", "Col", "Capt", "Cpl", "Det",
    "Rev", "Gov", "Sen", "Rep", "Prof", "Pres", "Supt", "Insp", "Cmdr", "Adm", "Maj",
];

/// Last words of a run that make it a place, a venue or a body rather than
/// a person.
const NOT_PERSON: &[&str] = &[
    "street",
    "st",
    "avenue",
    "ave",
    "road",
    "rd",
    "boulevard",
    "blvd",
    "lane",
    "drive",
    "way",
    "place",
    "square",
    "court",
    "bridge",
    "highway",
    "park",
    "mall",
    "center",
    "centre",
    "star",
    "station",
    "hospital",
    "school",
    "college",
    "university",
    "church",
    "department",
    "police",
    "county",
    "city",
    "district",
    "club",
    "bar",
    "restaurant",
    "hotel",
    "company",
    "inc",
    "corp",
    "group",
    "agency",
    "office",
    "council",
    "court",
    "house",
    "party",
    "army",
    "forces",
    "ministry",
    "republic",
    "state",
    "states",
    "union",
    "news",
    "times",
    "post",
    "herald",
    "tribune",
    "press",
    "service",
    "services",
    "committee",
    "commission",
    "association",
    // Housing complexes, where many of a city's shootings happen: "Linwood
    // Gardens" names a place two incidents share, never a person.
    "apartments",
    "gardens",
    "terrace",
    "plaza",
    "heights",
    "village",
    "estates",
    "towers",
    "homes",
    "manor",
    "commons",
    "townhomes",
];

/// Function words and the vocabulary every news report shares: they say
/// nothing about which event an article reports.
const STOPWORDS: &[&str] = &[
    "about",
    "according",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "also",
    "although",
    "among",
    "and",
    "another",
    "any",
    "are",
    "around",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "came",
    "can",
    "could",
    "did",
    "does",
    "during",
    "each",
    "early",
    "either",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "her",
    "here",
    "hers",
    "him",
    "his",
    "how",
    "however",
    "including",
    "into",
    "its",
    "itself",
    "just",
    "last",
    "late",
    "later",
    "least",
    "less",
    "like",
    "made",
    "make",
    "many",
    "more",
    "most",
    "much",
    "must",
    "near",
    "new",
    "news",
    "next",
    "not",
    "now",
    "off",
    "one",
    "only",
    "other",
    "others",
    "our",
    "out",
    "over",
    "own",
    "per",
    "said",
    "same",
    "say",
    "says",
    "should",
    "since",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "three",
    "through",
    "told",
    "too",
    "two",
    "under",
    "until",
    "upon",
    "very",
    "was",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "year",
    "years",
    "yet",
    "you",
    "your",
    "today",
    "yesterday",
    "tomorrow",
    "week",
    "weeks",
    "month",
    "months",
    "day",
    "days",
    "night",
    "morning",
    "afternoon",
    "evening",
    "reported",
    "report",
    "reports",
    "statement",
    "spokesman",
    "spokeswoman",
    "officials",
    "official",
    "people",
    "time",
    "times",
    "first",
    "second",
    "third",
    "get",
    "got",
    "going",
    "went",
    "took",
    "take",
    "says",
    "told",
    "tell",
    "com",
    "www",
    "http",
    "https",
    "image",
    "photo",
    "caption",
    "copyright",
    "updated",
    "posted",
    "share",
    "click",
    "read",
    "via",
    "has",
    "are",
];

/// Capitalised words that start sentences and titles but name nothing.
const NOT_NAMES: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "of",
    "to",
    "as",
    "with",
    "after",
    "before",
    "while",
    "when",
    "where",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "his",
    "her",
    "their",
    "its",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sen",
    "rep",
    "gov",
    "lt",
    "sgt",
    "det",
    "officer",
    "police",
    "chief",
    "according",
    "officials",
    "authorities",
    "update",
    "updated",
    "breaking",
    "news",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "reuters",
    "ap",
    "afp",
    "said",
    "says",
    "no",
    "not",
    "one",
    "two",
    "three",
    "if",
    "so",
    "than",
    "then",
    "also",
    "more",
    "most",
    "some",
    "all",
    "one",
    "according",
    "photo",
    "image",
    "video",
    "copyright",
    "read",
    "share",
    "comments",
];

fn stopword(w: &str) -> bool {
    w.len() < 3 || STOPWORDS.contains(&w) || CALENDAR_WORDS.contains(&w)
}

fn not_name(w: &str) -> bool {
    NOT_NAMES.contains(&w) || CALENDAR_WORDS.contains(&w)
}

/// A token of running text.
#[derive(Debug, Clone, Copy)]
struct Token<'a> {
    text: &'a str,
    /// First of a sentence, title or line: capitalised whatever it is.
    initial: bool,
}

/// Words of `text`: runs of letters, digits, apostrophes and inner
/// hyphens, each marked when it opens a sentence.
fn tokens(text: &str) -> impl Iterator<Item = Token<'_>> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut initial = true;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_alphanumeric() || b >= 0x80 {
                let start = i;
                while i < bytes.len() {
                    let c = bytes[i];
                    let inner = (c == b'\'' || c == b'-' || c == b'.')
                        && i + 1 < bytes.len()
                        && bytes[i + 1].is_ascii_alphanumeric()
                        && (c != b'.' || bytes[start].is_ascii_digit());
                    if c.is_ascii_alphanumeric() || c >= 0x80 || inner {
                        i += 1;
                    } else {
                        break;
                    }
                }
                // Byte ranges stop only at ASCII bytes, so they are on
                // character boundaries.
                let t = Token {
                    text: &text[start..i],
                    initial,
                };
                initial = false;
                return Some(t);
            }
            if matches!(b, b'.' | b'!' | b'?' | b'\n' | b'"' | b':' | b';') {
                initial = true;
            }
            i += 1;
        }
        None
    })
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// A word's plain form: lower case, a plural `s` dropped, so "shootings"
/// and "shooting" are one word.
fn fold(w: &str) -> String {
    let mut s = w.to_lowercase();
    if s.len() > 4 && s.ends_with('s') && !s.ends_with("ss") {
        s.pop();
    }
    s
}

/// Adds the words of `text` (at most `limit` of them) to `out` with
/// weight `weight` each.
pub fn words(text: &str, limit: usize, weight: f32, out: &mut Vec<(Term, f32)>) {
    for t in tokens(text).take(limit) {
        if !t.text.bytes().any(|b| b.is_ascii_alphabetic()) {
            continue;
        }
        let w = fold(t.text);
        if stopword(&w) {
            continue;
        }
        out.push((term(WORD, &w), weight));
    }
}

/// Adds the names of `text` to `out`: each run of capitalised words (a
/// number may stand inside a run, as in "East 63rd Street"), each word of
/// a run, and ages written `19-year-old`. A capitalised word that opens a
/// sentence counts only inside a longer run ("Police said" names nothing;
/// "Maria Lopez, 19," names her).
///
/// A run right before "police" ("Westbrook police", "Westbrook Police
/// Department") is also pushed to `localities` as a [`LOCALITY`].
pub fn names(
    text: &str,
    out: &mut Vec<(Term, f32)>,
    persons: &mut Vec<Term>,
    localities: &mut Vec<Term>,
) {
    let mut run: Vec<Token> = Vec::new();
    let mut flush = |run: &mut Vec<Token>, out: &mut Vec<(Term, f32)>| {
        while run.last().is_some_and(|t| !capitalised(t.text)) {
            run.pop();
        }
        let lone_initial = run.len() == 1 && run[0].initial;
        if !run.is_empty() && !lone_initial {
            let mut whole = String::new();
            let last = run.len() - 1;
            for (i, t) in run.iter().enumerate() {
                if i > 0 {
                    whole.push(' ');
                }
                // "Ventura Ave." is "Ventura Avenue": releases abbreviate
                // what news spells out.
                let w = if i == last && last > 0 {
                    street_word(t.text)
                } else {
                    t.text
                };
                whole.push_str(w);
                if capitalised(w) && w.len() > 2 {
                    out.push((term(NAME_PART, w), 1.0));
                }
            }
            if run.len() > 1 {
                out.push((term(NAME, &whole), 1.0));
            }
            // "East Ventura Avenue" is also "Ventura Avenue", as a report
            // that leaves the direction out writes it.
            let rest = place_key(&whole);
            if rest.len() < whole.len() {
                out.push((term(NAME, rest), 1.0));
            }
            // "Coors Boulevard NW" is also "Coors Boulevard": a release
            // writes "Coors Blvd. NW", whose full stop ends the run before
            // its quadrant.
            if run.len() > 2 && quadrant(run[last].text) {
                let street = street_word(run[last - 1].text);
                if STREET_TYPES.contains(&street) {
                    let mut head: Vec<&str> = run[..last - 1].iter().map(|t| t.text).collect();
                    head.push(street);
                    out.push((term(NAME, &head.join(" ")), 1.0));
                }
            }
            let person = (2..=3).contains(&run.len())
                && run.iter().all(|t| capitalised(t.text))
                && run
                    .last()
                    .is_some_and(|t| !NOT_PERSON.contains(&t.text.to_lowercase().as_str()));
            if person {
                persons.push(term(PERSON, &whole));
            }
        }
        run.clear();
    };
    for t in tokens(text) {
        if t.text.eq_ignore_ascii_case("police") && locality(&run) && adjacent(text, &run, &t) {
            // By its last word: "Metro Nashville police" and "Nashville
            // police" are one town's. Two towns that share a last word
            // ("Jersey City", "Union City") then stay apart only by
            // their scores, the safe side.
            if let Some(last) = run.last() {
                localities.push(term(LOCALITY, last.text));
            }
        }
        let lower_ok = !not_name(&t.text.to_ascii_lowercase());
        if capitalised(t.text) && lower_ok && t.text.len() > 1 {
            if sentence_between(text, &run, &t) {
                flush(&mut run, out);
            }
            run.push(t);
            continue;
        }
        // `63rd` or `4300` continues a run only between capitalised words.
        if !run.is_empty() && t.text.starts_with(|c: char| c.is_ascii_digit()) {
            run.push(t);
            continue;
        }
        flush(&mut run, out);
        if t.text.len() == 4
            && (t.text.starts_with("19") || t.text.starts_with("20"))
            && t.text.bytes().all(|b| b.is_ascii_digit())
        {
            out.push((term(YEAR, t.text), 1.0));
        }
        if let Some(age) = t.text.strip_suffix("-year-old") {
            if age.bytes().all(|b| b.is_ascii_digit()) {
                out.push((term(AGE, age), 1.0));
            }
        }
    }
    flush(&mut run, out);
}

/// A kind of incident a report's lead tells of ("shooting", "fire"), see
/// [`kinds`].
pub const KIND: u8 = b'k';

/// The sex of the people a report counts first (`stories.sexes`).
pub const SEX: u8 = b'x';

/// A count of the killed or hurt, by measure and figure ("injured:2"):
/// what a report counts as its own, and what it recalls of another
/// incident (see `Fingerprint::recalls`).
pub const TOLL: u8 = b't';

/// The kind whose phrases tell of no incident ("under fire", "fire
/// department"): they keep their words from telling of one.
pub const NO_KIND: &str = "none";

/// `stories.incident_kinds` compiled: each phrase split into its words
/// once, when the rules are read, not at each lead or sentence read.
#[derive(Debug, Clone, Default)]
pub struct Kinds {
    /// Each phrase: the term of its kind (`None` for [`NO_KIND`]) and its
    /// words.
    phrases: Vec<(Option<Term>, Vec<String>)>,
}

impl Kinds {
    /// Compiles kinds (a name and its phrases); empty phrases are dropped.
    pub fn compile(kinds: &std::collections::BTreeMap<String, Vec<String>>) -> Kinds {
        let phrases = kinds
            .iter()
            .flat_map(|(name, ps)| {
                let t = (name != NO_KIND).then(|| term(KIND, name));
                ps.iter()
                    .map(move |p| (t, p.split_whitespace().map(String::from).collect()))
            })
            .filter(|(_, words): &(Option<Term>, Vec<String>)| !words.is_empty())
            .collect();
        Kinds { phrases }
    }
}

/// Pushes to `out` the kinds of incident `text` tells of: each of `kinds`
/// one of whose phrases `text` holds, compared word by word, ignoring
/// case. Where phrases overlap the longest is read: "opened fire" tells
/// of a shooting, and its "fire" of no blaze.
pub fn kinds(text: &str, kinds: &Kinds, out: &mut Vec<Term>) {
    if kinds.phrases.is_empty() {
        return;
    }
    let toks: Vec<&str> = tokens(text).map(|t| t.text).collect();
    let mut i = 0;
    while i < toks.len() {
        let mut best: Option<(Option<Term>, usize)> = None;
        for (kind, words) in &kinds.phrases {
            let n = words.len();
            if best.is_some_and(|b| b.1 >= n) || i + n > toks.len() {
                continue;
            }
            if words
                .iter()
                .zip(&toks[i..])
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
            {
                best = Some((*kind, n));
            }
        }
        match best {
            Some((kind, n)) => {
                out.extend(kind);
                i += n;
            }
            None => i += 1,
        }
    }
}

/// The lead of a body: from its first paragraph to the first sentence end
/// after at least `LEAD_MIN_WORDS` words, so a dateline ("TACOMA, Wash.")
/// or a release's incident number ("Incident No. 26-284020") does not end
/// it. `paras` are the body's paragraphs as byte ranges of `text`.
pub fn lead<'a>(text: &'a str, paras: &[(usize, usize)]) -> &'a str {
    // A release's header ("Louisville Metro Police Department — Case No.
    // 26-083412", "MEDIA RELEASE") is no sentence: it tells of no incident,
    // and read as the lede it would hide the kind the first sentence tells.
    let headers = paras
        .iter()
        .take_while(|&&(a, b)| header(&text[a..b]))
        .count();
    let paras = if headers < paras.len() {
        &paras[headers..]
    } else {
        paras
    };
    let Some(&(start, _)) = paras.first() else {
        return "";
    };
    let mut words = 0;
    for &(a, b) in paras {
        let para = &text[a..b];
        let bytes = para.as_bytes();
        let mut in_word = false;
        for (i, &c) in bytes.iter().enumerate() {
            let space = c.is_ascii_whitespace();
            if !space && !in_word {
                words += 1;
            }
            in_word = !space;
            // "the 3900 block of W. Market St. on a report of shots
            // fired": a period before a word in lower case closes an
            // abbreviation ("St.", "p.m."), and one after an initial ("W.")
            // too, not the sentence.
            let initial = c == b'.'
                && i >= 1
                && bytes[i - 1].is_ascii_uppercase()
                && (i == 1 || !bytes[i - 2].is_ascii_alphanumeric());
            let end = matches!(c, b'.' | b'!' | b'?')
                && !initial
                && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace())
                && !para[i + 1..]
                    .trim_start()
                    .starts_with(|n: char| n.is_lowercase());
            if end && words >= LEAD_MIN_WORDS {
                return &text[start..a + i + 1];
            }
        }
        if words >= LEAD_MIN_WORDS {
            return &text[start..b];
        }
    }
    &text[start..paras[paras.len() - 1].1]
}

/// Words a lead holds at least (see [`lead`]).
const LEAD_MIN_WORDS: usize = 8;

/// Whether a paragraph opening a body is a header, not the lede: a short
/// line (at most `HEADER_WORDS` words) that ends with no sentence's
/// closing mark, as an agency's name, a "MEDIA RELEASE" line or a case
/// number do. A dateline on its own line ("TACOMA, Wash.") ends with one.
fn header(para: &str) -> bool {
    let p = para.trim_end();
    !p.is_empty()
        && p.split_whitespace().count() <= HEADER_WORDS
        && !p.ends_with(['.', '!', '?', '"', '\u{201d}', '\''])
}

/// Words a header line holds at most (see [`header`]).
const HEADER_WORDS: usize = 14;

/// A street a block address names ("pacific avenue" of "the 5400 block
/// of S. Pacific Ave."), for [`blocks`].
pub const BLOCK_STREET: u8 = b'b';

/// An incident's number in its department's records ("Case No.
/// 26-083412"), see [`case_numbers`].
pub const CASE: u8 = b'o';

/// Pushes to `out` the record numbers `text` gives after one of `labels`
/// ("Case No. 26-083412", "Incident #26-284020", "report number
/// 2026-1187"): a word of `labels`, "No." or "Number" or "#", then a
/// token that opens with a digit and holds at least four characters. A
/// department numbers each incident once: two of its releases with
/// different numbers tell different incidents, however alike their
/// template and street.
pub fn case_numbers(text: &str, labels: &[String], out: &mut Vec<Term>) {
    // Most text gives no record number: a few byte searches say so
    // before any word is read.
    if labels.is_empty()
        || !(text.contains('#')
            || text.contains("No.")
            || text.contains("No ")
            || text.contains("umber"))
    {
        return;
    }
    let toks: Vec<&str> = tokens(text).map(|t| t.text).collect();
    for (i, w) in toks.iter().enumerate() {
        if !labels.iter().any(|l| l.eq_ignore_ascii_case(w)) {
            continue;
        }
        let mut j = i + 1;
        if toks
            .get(j)
            .is_some_and(|n| n.eq_ignore_ascii_case("no") || n.eq_ignore_ascii_case("number"))
        {
            j += 1;
        }
        if let Some(n) = toks.get(j) {
            if n.len() >= 4 && n.starts_with(|c: char| c.is_ascii_digit()) {
                out.push(term(CASE, n));
            }
        }
    }
}

/// The block addresses `text` gives ("the 5400 block of S. Pacific Ave.",
/// "1100 Block of E. Ventura Ave."), each as its street (a
/// [`BLOCK_STREET`]: written out, its direction dropped, so a release and
/// a paper name it alike) and its number. Police releases always give one
/// and news often does: two reports that give blocks far apart on one
/// street are of two incidents, however alike their words.
pub fn blocks(text: &str, out: &mut Vec<(Term, u32)>) {
    let bytes = text.as_bytes();
    for at in memchr::memmem::find_iter(bytes, b"lock of ") {
        if at == 0 || !matches!(bytes[at - 1], b'b' | b'B') {
            continue;
        }
        // The number before "block": digits, then one space.
        let head = text[..at - 1].trim_end_matches(' ');
        let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 || head.len() == at - 1 {
            continue;
        }
        let Ok(number) = head[head.len() - digits..].parse::<u32>() else {
            continue;
        };
        if let Some(street) = block_street(&text[at + 8..]) {
            out.push((term(BLOCK_STREET, &street), number));
        }
    }
}

/// The street that opens `rest` ("S. Pacific Ave. Officers ..." →
/// "pacific"), lower-cased: capitalised words and numbered streets
/// ("64th") up to a street type, the type and a leading direction
/// dropped.
fn block_street(rest: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    let mut typed = false;
    for t in tokens(rest).take(6) {
        let numbered = t.text.starts_with(|c: char| c.is_ascii_digit());
        if !capitalised(t.text) && !numbered {
            break;
        }
        let w = street_word(t.text);
        if STREET_TYPES.contains(&w) {
            // The type is left out of the term: "the 10500 block of
            // Superior" (a follow-up's short form) is the release's
            // "10500 block of Superior Ave.".
            typed = !words.is_empty();
            break;
        }
        words.push(w);
    }
    if words.len() > 1 && compass(words[0]) {
        words.remove(0);
    }
    if !typed {
        // "the 100 block of Broadway": one word, no type.
        words.truncate(1);
    }
    if words.is_empty() || compass(words[0]) {
        return None;
    }
    Some(words.join(" ").to_lowercase())
}

/// The last words of a street's name, written out.
const STREET_TYPES: &[&str] = &[
    "Avenue",
    "Street",
    "Road",
    "Boulevard",
    "Drive",
    "Lane",
    "Highway",
    "Parkway",
    "Court",
    "Place",
    "Trail",
    "Terrace",
    "Circle",
];

/// A place as two reports of it may both write it: a street's leading
/// direction dropped ("East Ventura Avenue" is "Ventura Avenue", as the
/// report that leaves the direction out writes it).
pub fn place_key(place: &str) -> &str {
    let Some((first, rest)) = place.split_once(' ') else {
        return place;
    };
    let kind = rest.rsplit(' ').next().unwrap_or(rest);
    if rest.contains(' ')
        && COMPASS.iter().any(|c| c.eq_ignore_ascii_case(first))
        && STREET_TYPES.contains(&kind)
    {
        rest
    } else {
        place
    }
}

/// A place as two reports of it may write it, for comparing the places
/// reports are about: an abbreviated street type written out and a
/// leading direction dropped, so a release's "Superior Ave" (or "E. 65th
/// St.") is the news's "Superior Avenue" ("East 65th Street"). Other
/// places are [`place_key`]'s.
pub fn place_street_key(place: &str) -> std::borrow::Cow<'_, str> {
    let mut words: Vec<&str> = place.split_whitespace().collect();
    // A quadrant after the street's type ("Coors Blvd. NW") is left out,
    // as the report that leaves it out writes the street.
    if words.len() > 2
        && words.last().is_some_and(|w| quadrant(w))
        && STREET_TYPES.contains(&street_word(words[words.len() - 2].trim_end_matches('.')))
    {
        words.pop();
    }
    let Some((last, head)) = words.split_last() else {
        return place.into();
    };
    let typed = street_word(last.trim_end_matches('.'));
    if head.is_empty() || !STREET_TYPES.contains(&typed) {
        return place_key(place).into();
    }
    let mut head = head;
    if head.len() > 1 && compass(head[0]) {
        head = &head[1..];
    }
    let mut out = head.join(" ");
    out.push(' ');
    out.push_str(typed);
    out.into()
}

/// Whether a word is a city quadrant written after a street ("Coors
/// Blvd. NW", "Central Ave SE"): initials only, for a word after a street
/// may be a name ("Main Street West End").
fn quadrant(w: &str) -> bool {
    matches!(
        w.strip_suffix('.').unwrap_or(w),
        "N" | "S" | "E" | "W" | "NE" | "NW" | "SE" | "SW"
    )
}

/// Directions that open a street's name ("East Ventura Avenue").
const COMPASS: &[&str] = &["North", "South", "East", "West"];

/// Whether a word is a direction opening a street's name, as releases and
/// news write it: an initial, with or without its dot ("E.", "NW"), in
/// capitals, or a word of [`COMPASS`] in any case ("East", "EAST"). Both
/// a block's street and a report's place read directions through it, so
/// "NW 23rd St." is one street wherever it is read.
fn compass(w: &str) -> bool {
    let w = w.strip_suffix('.').unwrap_or(w);
    matches!(w, "N" | "S" | "E" | "W" | "NE" | "NW" | "SE" | "SW")
        || COMPASS.iter().any(|c| c.eq_ignore_ascii_case(w))
}

/// The full word of a street-type abbreviation ("Ave" → "Avenue"); any
/// other word as it is. Only for the last word of a run, where "St" is a
/// street and "Dr" a drive, not a saint or a doctor.
fn street_word(w: &str) -> &str {
    match w {
        "Ave" | "Av" => "Avenue",
        "St" => "Street",
        "Rd" => "Road",
        "Blvd" => "Boulevard",
        "Dr" => "Drive",
        "Ln" => "Lane",
        "Hwy" => "Highway",
        "Pkwy" => "Parkway",
        "Ct" => "Court",
        "Pl" => "Place",
        _ => w,
    }
}

/// Sums the weights of repeated terms and sorts by term.
pub fn tally(mut v: Vec<(Term, f32)>) -> Vec<(Term, f32)> {
    v.sort_unstable_by_key(|p| p.0);
    let mut out: Vec<(Term, f32)> = Vec::with_capacity(v.len());
    for (t, w) in v {
        match out.last_mut() {
            Some(last) if last.0 == t => last.1 += w,
            _ => out.push((t, w)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_releases_header_and_abbreviations_do_not_end_its_lede() {
        let text = "Harbor City Police Department — Case No. 26-4471\n\
                    On Monday at about 9 p.m. officers went to the 400 block of N. Elm St. \
                    on a report of shots fired. They found a man hurt.";
        let first = text.find('\n').unwrap();
        let paras = [(0, first), (first + 1, text.len())];
        let lede = lead(text, &paras);
        assert!(lede.starts_with("On Monday"), "{lede}");
        assert!(lede.ends_with("shots fired."), "{lede}");
        // A dateline on its own line ends with a dot: it is read as before.
        assert!(!header("TACOMA, Wash."));
        assert!(header("MEDIA RELEASE"));
    }

    #[test]
    fn record_numbers_follow_their_label() {
        let labels: Vec<String> = ["case", "incident"].map(String::from).to_vec();
        let mut out = Vec::new();
        case_numbers(
            "Case No. 26-4471. Incident #2026-0093 was closed.",
            &labels,
            &mut out,
        );
        assert_eq!(out, [term(CASE, "26-4471"), term(CASE, "2026-0093")]);
        out.clear();
        // A case of twelve bottles, a number too short: none.
        case_numbers(
            "No case of 12 bottles was found; incident No. 7 is another.",
            &labels,
            &mut out,
        );
        assert!(out.is_empty(), "{out:?}");
    }

    #[test]
    fn directions_are_read_alike_by_blocks_and_places() {
        for w in ["N", "E.", "NW", "SE.", "East", "EAST", "west"] {
            assert!(compass(w), "{w}");
        }
        for w in ["Elm", "Ne", "Eastern"] {
            assert!(!compass(w), "{w}");
        }
        assert_eq!(place_street_key("NW 23rd St."), "23rd Street");
        let mut b = Vec::new();
        blocks(
            "the 1200 block of NW 23rd St. and the 900 block of EAST Pine Ave.",
            &mut b,
        );
        assert_eq!(
            b,
            [
                (term(BLOCK_STREET, "23rd"), 1200),
                (term(BLOCK_STREET, "pine"), 900)
            ]
        );
    }

    #[test]
    fn a_place_is_keyed_without_its_streets_direction() {
        assert_eq!(place_key("East Ventura Avenue"), "Ventura Avenue");
        assert_eq!(place_key("Ventura Avenue"), "Ventura Avenue");
        // Only a street's: a region or a two-word street keeps it.
        assert_eq!(place_key("East Timor"), "East Timor");
        assert_eq!(place_key("West Bank"), "West Bank");
        assert_eq!(place_key("North Street"), "North Street");
        assert_eq!(
            place_key("South Fulton Police Department"),
            "South Fulton Police Department"
        );
    }

    #[test]
    fn a_release_and_a_paper_write_one_street_place_alike() {
        // The type abbreviated or written out, the direction an initial,
        // a word or left out: one street.
        for p in [
            "Birchwood Ave",
            "Birchwood Ave.",
            "Birchwood Avenue",
            "W. Birchwood Ave",
        ] {
            assert_eq!(place_street_key(p), "Birchwood Avenue", "{p}");
        }
        assert_eq!(place_street_key("N 12th St."), "12th Street");
        assert_eq!(place_street_key("North 12th Street"), "12th Street");
        // A two-word street keeps its direction; other places are keyed
        // as before.
        assert_eq!(place_street_key("South Street"), "South Street");
        assert_eq!(place_street_key("East Timor"), "East Timor");
        assert_eq!(place_street_key("Harlow"), "Harlow");
        assert_eq!(place_street_key("Ave"), "Ave");
        // A city's quadrant after the type is left out, as a paper leaves
        // it out; a word after a street is kept (a name goes on).
        for p in [
            "Birchwood Ave. NE",
            "Birchwood Avenue SW",
            "Birchwood Ave N",
        ] {
            assert_eq!(place_street_key(p), "Birchwood Avenue", "{p}");
        }
        assert_eq!(
            place_street_key("Birchwood Avenue Market"),
            "Birchwood Avenue Market"
        );
        assert_eq!(place_street_key("NE Birchwood"), "NE Birchwood");
    }

    #[test]
    fn a_street_is_one_name_with_or_without_its_quadrant() {
        let names_of = |text: &str| {
            let (mut v, mut p, mut l) = (Vec::new(), Vec::new(), Vec::new());
            names(text, &mut v, &mut p, &mut l);
            v
        };
        let has = |v: &[(Term, f32)], s: &str| v.iter().any(|x| x.0 == term(NAME, s));
        // A release abbreviates the type, whose full stop ends the run
        // before the quadrant; a paper writes both out.
        let release = names_of("Deputies are at a bus stop on Harlan Blvd. SW near the library.");
        let paper = names_of("Two riders waiting on Harlan Boulevard SW were hurt.");
        assert!(has(&release, "harlan boulevard"));
        assert!(has(&paper, "harlan boulevard sw") && has(&paper, "harlan boulevard"));
        // No type before the initial: nothing more is read.
        let other = names_of("Officers met Dana Price NE at the door.");
        assert!(!has(&other, "dana price"));
    }

    #[test]
    fn a_housing_complex_is_no_person() {
        let persons_of = |text: &str| {
            let (mut v, mut p, mut l) = (Vec::new(), Vec::new(), Vec::new());
            names(text, &mut v, &mut p, &mut l);
            p
        };
        // Two incidents at one complex share its name, never a person.
        assert!(persons_of("A teen was shot outside the Alder Gardens complex.").is_empty());
        assert!(persons_of("Police were called to Maple Terrace on Friday.").is_empty());
        assert_eq!(persons_of("Police said Dana Whitcombe was hurt.").len(), 1);
    }

    #[test]
    fn a_surname_is_the_last_word_of_a_name() {
        assert_eq!(surname("Dana A. Whitcombe"), Some("Whitcombe"));
        assert_eq!(surname("Tom Lee III"), Some("Lee"));
        assert_eq!(surname("Ka'loni Flynn"), Some("Flynn"));
        assert_eq!(surname("Whitcombe"), None);
        assert_eq!(surname("a 50-year-old man"), None);
        assert_eq!(surname("Betty Ford Center"), None);
    }

    #[test]
    fn spelling_variants_share_a_surname_key() {
        assert_eq!(surname_key("Rait"), surname_key("Raite"));
        assert_eq!(surname_key("Smith"), surname_key("Smyth"));
        assert_ne!(surname_key("Whitcombe"), surname_key("Whitcomber"));
        assert_ne!(surname_key("Hart"), surname_key("Marek"));
    }

    fn has(v: &[(Term, f32)], view: u8, text: &str) -> bool {
        v.iter().any(|p| p.0 == term(view, text))
    }

    #[test]
    fn a_town_whose_police_are_cited_is_a_locality() {
        let found = |text: &str| {
            let mut l = Vec::new();
            names(text, &mut Vec::new(), &mut Vec::new(), &mut l);
            l
        };
        assert_eq!(
            found("Westbrook police said two men were shot."),
            vec![term(LOCALITY, "Westbrook")]
        );
        assert_eq!(
            found("A man died, according to the Lowell Park Police Department."),
            vec![term(LOCALITY, "Park")]
        );
        assert_eq!(
            found("Metro Nashville police said."),
            found("Nashville police said.")
        );
        // A kind of force or a country's force names no town.
        assert!(found("State police and Indonesian police said the road was closed.").is_empty());
        assert!(found("The police said the victim was 19.").is_empty());
        assert!(found("He was shot late Monday, police said.").is_empty());
    }

    #[test]
    fn names_runs_parts_streets_and_ages() {
        let mut v = Vec::new();
        let mut p = Vec::new();
        names(
            "Police said Maria Lopez, 19, was shot near East 63rd Street. \
             The 19-year-old was taken to Mercy Hospital.",
            &mut v,
            &mut p,
            &mut Vec::new(),
        );
        assert_eq!(p, vec![term(PERSON, "Maria Lopez")]);
        assert!(has(&v, NAME, "maria lopez"));
        assert!(has(&v, NAME_PART, "lopez"));
        assert!(has(&v, NAME, "east 63rd street"));
        assert!(has(&v, NAME, "mercy hospital"));
        assert!(has(&v, AGE, "19"));
        // A lone capitalised word opening a sentence names nothing.
        assert!(!has(&v, NAME_PART, "police"));
        assert!(!has(&v, NAME_PART, "the"));
    }

    #[test]
    fn streets_as_releases_abbreviate_them_are_the_streets_news_writes() {
        let found = |text: &str| {
            let mut v = Vec::new();
            names(text, &mut v, &mut Vec::new(), &mut Vec::new());
            v
        };
        let release =
            found("Officers responded to the 1100 block of E. Ventura Ave. at 10:48 p.m.");
        let daily = found("A man was shot on East Ventura Avenue on Monday.");
        let tv = found("A man was shot and killed on Ventura Avenue.");
        for v in [&release, &daily, &tv] {
            assert!(has(v, NAME, "ventura avenue"));
        }
        assert!(has(&daily, NAME, "east ventura avenue"));
        // Only a street's last word is written out: "St. Louis" and "Dr.
        // Reyes" keep theirs, and a run that is no street keeps its
        // direction.
        assert!(has(&found("He was flown to St Louis."), NAME, "st louis"));
        assert!(!has(
            &found("He met East Timor Minister."),
            NAME,
            "timor minister"
        ));
    }

    #[test]
    fn a_name_ends_where_its_sentence_or_line_does() {
        let found = |text: &str| {
            let mut v = Vec::new();
            names(text, &mut v, &mut Vec::new(), &mut Vec::new());
            v
        };
        // A street abbreviation's full stop ends the sentence.
        let v = found("Officers went to the 2200 block of Carver Ave. Officers found two men.");
        assert!(has(&v, NAME, "carver avenue"));
        assert!(!has(&v, NAME, "carver ave officers"));
        // So does a line's end, full stop or not.
        let v =
            found("Call the Harlow County Medical Examiner's Office\nAnyone with news may call.");
        assert!(has(&v, NAME, "harlow county medical examiner's office"));
        assert!(!has(&v, NAME_PART, "anyone"));
        let v = found("Its owner drove a Ford Ranger. Anyone who saw it may call.");
        assert!(has(&v, NAME, "ford ranger"));
        assert!(!has(&v, NAME, "ford ranger anyone"));
        // An opening title's does not.
        assert!(has(
            &found("He was flown to St. Louis Park."),
            NAME,
            "st louis park"
        ));
    }

    #[test]
    fn words_fold_plurals_and_drop_stopwords() {
        let mut v = Vec::new();
        words(
            "Two shootings were reported on Sunday near the park",
            100,
            1.0,
            &mut v,
        );
        assert!(has(&v, WORD, "shooting"));
        assert!(has(&v, WORD, "park"));
        assert!(!has(&v, WORD, "sunday"));
        assert!(!has(&v, WORD, "the"));
    }

    #[test]
    fn block_addresses_read_as_releases_and_papers_write_them() {
        let found = |text: &str| {
            let mut v = Vec::new();
            blocks(text, &mut v);
            v
        };
        let pacific = term(BLOCK_STREET, "pacific");
        let a = found(
            "Officers responded to the 5400 block of S. Pacific Ave. Officers found two men.",
        );
        assert_eq!(a, vec![(pacific, 5400)]);
        // One address, however the street is written.
        assert_eq!(
            found("Homicide investigation, 5400 Block of South Pacific Avenue"),
            a
        );
        assert_eq!(found("in the 5400 block of Pacific Avenue on Sunday"), a);
        // A follow-up's short form, with no type, is the same street.
        assert_eq!(found("shot in the 5400 block of Pacific late Friday"), a);
        assert_eq!(found("shot in the 5400 block of S. Pacific late Friday"), a);
        // A numbered street, and a street with no type.
        assert_eq!(
            found("the 1900 block of E. 64th St., police said"),
            vec![(term(BLOCK_STREET, "64th"), 1900)]
        );
        assert_eq!(
            found("the 100 block of Broadway late Friday"),
            vec![(term(BLOCK_STREET, "broadway"), 100)]
        );
        // No number, no street: no address.
        assert!(found("a block of flats on Pacific Avenue").is_empty());
        assert!(found("the 5400 block of the avenue").is_empty());
        assert!(found("a roadblock of 12 cars").is_empty());
    }

    #[test]
    fn tally_sums_repeats() {
        let t = tally(vec![(2, 1.0), (1, 1.0), (2, 0.5)]);
        assert_eq!(t, vec![(1, 1.0), (2, 1.5)]);
    }

    #[test]
    fn kinds_read_the_longest_phrase_and_leads_skip_datelines() {
        let rules = Kinds::compile(&crate::config::StoryRules::default().incident_kinds);
        let read = |text: &str| {
            let mut v = Vec::new();
            kinds(text, &rules, &mut v);
            v.sort_unstable();
            v.dedup();
            v
        };
        let kind = |k: &str| term(KIND, k);
        assert_eq!(
            read("A man opened fire at an office party."),
            [kind("shooting")]
        );
        assert_eq!(
            read("Firefighters found him in the burned house."),
            [kind("fire")]
        );
        assert_eq!(
            read("The mayor came under fire for the budget."),
            Vec::<Term>::new()
        );
        let mut both = vec![kind("shooting"), kind("fire")];
        both.sort_unstable();
        assert_eq!(read("He was SHOT, then the house was set on fire."), both);
        assert_eq!(
            read("The fire department said a car crashed into a pole."),
            [kind("crash")]
        );
        // The lead runs past a dateline to the end of the first sentence
        // of eight words or more; an incident number's line before it is
        // a header, left out.
        let text = "Incident No. 26-1\nDUNMORE, Pa. (KXYZ) — A man was stabbed on Birch Street, police said. \
                    A house burned.";
        let first = text.find('\n').unwrap();
        let paras = [(0, first), (first + 1, text.len())];
        assert_eq!(
            lead(text, &paras),
            "DUNMORE, Pa. (KXYZ) — A man was stabbed on Birch Street, police said."
        );
        assert_eq!(lead("", &[]), "");
    }

    #[test]
    fn tokens_never_split_inside_a_character() {
        let mut v = Vec::new();
        names(
            "Café Zoë — «Ölpreis» São Paulo",
            &mut v,
            &mut Vec::new(),
            &mut Vec::new(),
        );
        words("Café Zoë — «Ölpreis» São Paulo", 10, 1.0, &mut v);
        assert!(!v.is_empty());
    }
}
