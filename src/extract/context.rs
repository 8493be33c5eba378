//! Who a figure is about (`subject`) and who the article credits for it
//! (`attribution`), from the words of its sentence.

use crate::config::Config;
use regex::Regex;
use std::borrow::Cow;
use std::cell::OnceCell;
use std::sync::LazyLock;

mod said;

/// A capitalised name in a sentence; `'a` is the life of the text and the
/// rules that name it.
#[derive(Debug, Clone)]
pub struct Name<'a> {
    start: usize,
    end: usize,
    after_preposition: bool,
    sentence_initial: bool,
    /// Preceded by a verb of giving ("gave Russia 50 days", "set for Russia").
    after_give: bool,
    /// What it offers as a subject (see [`offer`]), once asked: a name
    /// serves the claims of one sentence, under one set of rules.
    offer: OnceCell<Option<(Cow<'a, str>, usize)>>,
}

/// Capitalised word runs ("Kyiv", "United Nations", "U.S.") in
/// `text[from..to]`.
pub fn names<'a>(text: &str, from: usize, to: usize) -> Vec<Name<'a>> {
    // Room for the names of most sentences: growing from nothing took
    // an allocation or two for each of them.
    let mut out: Vec<Name<'a>> = Vec::with_capacity(8);
    names_into(text, from, to, &mut out);
    out
}

/// [`names`] into `out` (cleared first), whose memory the caller keeps
/// from one sentence to the next.
pub fn names_into<'a>(text: &str, from: usize, to: usize, out: &mut Vec<Name<'a>>) {
    out.clear();
    out.reserve(8);
    let s = &text[from..to];
    let bytes = s.as_bytes();
    let mut run: Option<(usize, usize, bool, bool, bool)> = None;
    let mut pos = 0;
    // Words as `split_inclusive(char::is_whitespace)` cuts them, without
    // their closing white space: a doubled space yields an empty word,
    // which ends a run.
    while pos < s.len() {
        if run.is_none() {
            // Outside a run, a word without an upper-case ASCII letter or
            // a non-ASCII character is no name and does nothing: go
            // straight to the word holding the next such byte.
            let Some(k) = next_upper_or_wide(&bytes[pos..]) else {
                break;
            };
            pos = word_start(s, pos, pos + k);
        }
        let (len, step) = word_at(s, pos);
        let w = &s[pos..pos + len];
        let wstart = pos;
        pos += step;
        let (lead, core) = if starts_lower(w) { (0, "") } else { core_of(w) };
        if is_capitalised(core) {
            let a = from + wstart + lead;
            let b = a + core.len();
            let ends_run = w.ends_with([',', ';', ':', ')', '"', '”'])
                || w.ends_with("'s")
                || w.ends_with("’s");
            match run.as_mut() {
                Some(r) => r.1 = b,
                None => {
                    let (prev_word, prev_prev) = words_before(s, wstart);
                    // "in Kharkiv", "in central Kharkiv", "on the capital Kyiv".
                    let prep = is_one_of(PREPOSITIONS, prev_word)
                        || (is_one_of(PREPOSITIONS, prev_prev)
                            && prev_word.chars().all(char::is_lowercase));
                    let give = is_one_of(GIVE, prev_word);
                    let first = prev_word.is_empty();
                    run = Some((a, b, prep, first, give));
                }
            }
            if ends_run {
                if let Some(r) = run.take() {
                    out.push(mk(r));
                }
            }
        } else if let Some(r) = run.take() {
            if particle(w) && next_capitalised(s, pos) {
                // "Fond du Lac Avenue", "Rio de Janeiro": the run goes on.
                run = Some(r);
            } else {
                out.push(mk(r));
            }
        }
    }
    if let Some(r) = run.take() {
        out.push(mk(r));
    }
}

/// Lower-case words that stand inside place and family names between
/// capitalised ones ("Fond du Lac", "Rio de Janeiro", "Van der Berg").
fn particle(w: &str) -> bool {
    w.len() <= 5
        && matches!(
            w,
            "du" | "de"
                | "la"
                | "le"
                | "del"
                | "della"
                | "da"
                | "di"
                | "van"
                | "von"
                | "der"
                | "des"
                | "dos"
                | "das"
        )
}

/// Whether the word at byte `pos` of `s` is capitalised.
#[inline(never)]
fn next_capitalised(s: &str, pos: usize) -> bool {
    if pos >= s.len() {
        return false;
    }
    let (len, _) = word_at(s, pos);
    let w = &s[pos..pos + len];
    !starts_lower(w) && is_capitalised(core_of(w).1)
}

/// The index of the first byte of `b` that is an upper-case ASCII letter or
/// not ASCII. Eight bytes at a time: this runs over every sentence with a
/// claim, and most of it is lower-case.
fn next_upper_or_wide(b: &[u8]) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let ones = u64::MAX / 255;
    let mut chunks = b.chunks_exact(8);
    let mut done = 0;
    for chunk in chunks.by_ref() {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        if x & HIGH != 0 {
            break;
        }
        // Every byte is below 0x80, so these sums carry into no other
        // byte: the top bit of a byte of the first is set from `A` up, of
        // the second from `[` (just past `Z`) up.
        let from_a = x + ones * u64::from(0x80 - b'A');
        let past_z = x + ones * u64::from(0x80 - b'Z' - 1);
        if from_a & !past_z & HIGH != 0 {
            break;
        }
        done += 8;
    }
    b[done..]
        .iter()
        .position(|&c| c.is_ascii_uppercase() || c >= 0x80)
        .map(|k| done + k)
}

/// Where the word holding byte `i` of `s` starts, at `lo` (a word start)
/// or after.
fn word_start(s: &str, lo: usize, i: usize) -> usize {
    lo + super::words::word_start(&s[lo..i], i - lo)
}

/// The last two non-empty words before the word starting at `wstart` (""
/// where there are fewer).
fn words_before(s: &str, wstart: usize) -> (&str, &str) {
    let ([prev, prev_prev], _) = super::words::last_words::<2>(&s[..wstart]);
    (prev, prev_prev)
}

/// The word starting at `pos`: its length, and how far the next word
/// starts (past the one white-space character that ends it).
fn word_at(s: &str, pos: usize) -> (usize, usize) {
    let b = s.as_bytes();
    let mut i = pos;
    while i < b.len() {
        // All ASCII white space is at or below the space.
        if b[i] > b' ' && b[i] < 0x80 {
            i += 1;
            continue;
        }
        if b[i] < 0x80 {
            if (b[i] as char).is_whitespace() {
                return (i - pos, i - pos + 1);
            }
            i += 1;
            continue;
        }
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            return (i - pos, i - pos + c.len_utf8());
        }
        i += c.len_utf8();
    }
    (i - pos, i - pos)
}

/// Whether the first letter or digit of `w` is an ASCII lower-case letter
/// or a digit: then it is no name, which most words show at once.
fn starts_lower(w: &str) -> bool {
    w.bytes()
        .find(|b| b.is_ascii_alphanumeric() || *b >= 0x80)
        .is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// The word without surrounding punctuation (full stops inside are kept,
/// a final one is not), and its byte offset in the word.
fn core_of(w: &str) -> (usize, &str) {
    if w.is_ascii() {
        // The same on bytes: for ASCII, `is_alphanumeric` is the ASCII test.
        let b = w.as_bytes();
        let keep = |c: &u8| c.is_ascii_alphanumeric() || *c == b'.';
        let lead = b.iter().position(keep).unwrap_or(b.len());
        let mut end = b.iter().rposition(keep).map_or(lead, |i| i + 1);
        while end > lead && b[end - 1] == b'.' {
            end -= 1;
        }
        return (lead, &w[lead..end]);
    }
    let keep = |c: char| c.is_alphanumeric() || c == '.';
    let t = w.trim_start_matches(|c: char| !keep(c));
    let core = t.trim_end_matches(|c: char| !keep(c)).trim_end_matches('.');
    (w.len() - t.len(), core)
}

/// Whether `w` is one of `list` (lower-case ASCII words) in any case.
fn is_one_of(list: &[&str], w: &str) -> bool {
    // The lists hold short words: lower-case a copy of `w` once and compare
    // whole words, rather than folding case word by word.
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return false;
    };
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    list.iter().any(|x| x.as_bytes() == lower)
}

fn mk<'a>(
    (a, b, after_preposition, sentence_initial, after_give): (usize, usize, bool, bool, bool),
) -> Name<'a> {
    Name {
        start: a,
        end: b,
        after_preposition,
        sentence_initial,
        after_give,
        offer: OnceCell::new(),
    }
}

/// Verbs and prepositions that introduce who a deadline is set for.
const GIVE: &[&str] = &[
    "gave", "given", "give", "gives", "giving", "for", "told", "warned", "urged",
];

/// Whether the name is the one a deadline binds: "gave Russia 50 days",
/// "Moscow now had 10 days", "Russia had to agree … within 50 days".
fn holds_deadline(text: &str, n: &Name<'_>) -> bool {
    if n.after_give {
        return true;
    }
    // "Moscow now had 10 days", "Russia had to agree"; but not "the United
    // States has given Russia …", where the giver stands first.
    let after: Vec<&str> = text[n.end..].split_whitespace().take(3).collect();
    let Some(pos) = after
        .iter()
        .take(2)
        .position(|w| matches!(*w, "had" | "has" | "have" | "must" | "was" | "is"))
    else {
        return false;
    };
    !after
        .get(pos + 1)
        .is_some_and(|w| GIVE.contains(w) || matches!(*w, "set" | "issued" | "imposed"))
}

fn is_demonym(w: &str) -> bool {
    [
        "ian", "ians", "ese", "ish", "ean", "eans", "an", "ans", "i", "is",
    ]
    .iter()
    .any(|s| w.ends_with(s))
}

/// "Indian goods", "Chinese steel imports": the country a trade figure is
/// about.
fn is_trade_noun(text: &str, end: usize) -> bool {
    let next = text[end..].split_whitespace().next().unwrap_or("");
    let next = next.trim_matches(|c: char| !c.is_alphabetic());
    is_one_of(
        &[
            "goods",
            "imports",
            "exports",
            "products",
            "steel",
            "cars",
            "firms",
            "companies",
            "economy",
        ],
        next,
    )
}

fn next_is_lowercase(text: &str, end: usize) -> bool {
    text[end..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(char::is_lowercase)
}

/// Whether the core of a word is capitalised: an upper-case letter, then
/// some lower-case one ("Kyiv", "McCain"), or an acronym ("UN", "U.S.").
fn is_capitalised(core: &str) -> bool {
    if core.is_ascii() {
        // The tests below on bytes: for ASCII, the `char` case tests are
        // the ASCII ones.
        let b = core.as_bytes();
        let upper_or_stop = |c: &u8| c.is_ascii_uppercase() || *c == b'.';
        return b.first().is_some_and(u8::is_ascii_uppercase)
            && b.iter().any(u8::is_ascii_lowercase)
            || b.iter().all(upper_or_stop)
                && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2;
    }
    core.chars().next().is_some_and(char::is_uppercase) && core.chars().any(char::is_lowercase)
        || is_acronym(core)
}

fn is_acronym(w: &str) -> bool {
    // The cheap test first: most words fail it at their first letter.
    w.chars().all(|c| c.is_uppercase() || c == '.')
        && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "to", "of", "across", "near", "against", "into", "from", "for", "over",
    "outside", "around",
];

/// The subject of the figure at `fig_start..fig_end` in the sentence
/// `sent_start..sent_end`, skipping names inside `exclude` (the attribution).
pub fn subject<'a>(
    text: &'a str,
    names: &[Name<'a>],
    fig: (usize, usize),
    exclude: Option<(usize, usize)>,
    deadline: bool,
    config: &'a Config,
) -> Option<String> {
    let mut best: Option<(usize, &str)> = None;
    for n in names {
        if exclude.is_some_and(|(a, b)| n.start >= a && n.end <= b) {
            continue;
        }
        if n.start < fig.1 && n.end > fig.0 {
            continue;
        }
        // What the name offers does not depend on the figure: worked out
        // once, for the sentence's first claim.
        let Some((canonical, penalty)) = n.offer.get_or_init(|| offer(text, n, config)).as_ref()
        else {
            continue;
        };
        let distance = if n.end <= fig.0 {
            fig.0 - n.end
        } else {
            n.start.saturating_sub(fig.1)
        };
        let score = distance + penalty;
        // A deadline is about the party it binds, wherever it stands.
        let score = if deadline && holds_deadline(text, n) {
            0
        } else {
            score
        };
        if best.as_ref().is_none_or(|(s, _)| score < *s) {
            best = Some((score, canonical));
        }
    }
    best.map(|(_, n)| n.to_string())
}

/// Words that name no place when they stand alone: a point of the compass
/// cut from a street ("East" of "East 63rd Street") and words for a kind of
/// venue.
const NOT_ALONE: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "street",
    "avenue",
    "road",
    "boulevard",
    "station",
    "park",
    "mall",
    "club",
    "bar",
    "hospital",
    "school",
    "church",
    "center",
    "centre",
    "block",
];

/// Whether a name is a fragment that never names a subject: a word of
/// [`NOT_ALONE`] on its own, or a station ("Union Station", "Kings Cross
/// Station"), which is where something happened, not what it is about.
fn fragment(name: &str) -> bool {
    // The last space found by a byte search: `rsplit(' ')` set up a
    // character searcher for every name asked (about 170 instructions).
    match memchr::memrchr(b' ', name.as_bytes()) {
        Some(i) => name[i + 1..].eq_ignore_ascii_case("station"),
        // "station" is a word of the list.
        None => NOT_ALONE.iter().any(|w| w.eq_ignore_ascii_case(name)),
    }
}

/// Whether the name starting at byte `start` of `text` follows "to" after
/// one of the `carried` verbs of `claims.yaml` ("transported to CRMC",
/// "airlifted to Harborview"): where the hurt were taken, not where
/// anything happened. A hospital a city's every shooting report names
/// would otherwise be their place, and tie unrelated incidents into one
/// story.
fn destination(text: &str, start: usize, config: &Config) -> bool {
    // Most names follow no "to ": three bytes say so before any word is
    // looked for (every name of a sentence with a claim is asked).
    let before = &text.as_bytes()[..start];
    if !(before.ends_with(b" to ") || before.ends_with(b"\nto ")) {
        return false;
    }
    let (prev, prev_prev) = words_before(text, start);
    if prev != "to" {
        return false;
    }
    config.victims.carried.has(prev_prev) || {
        // "transported by EMS to", "taken by ambulance to": the carrier
        // between the verb and "to".
        let ([_, _, by, verb], _) = super::words::last_words::<4>(&text[..start]);
        by == "by" && config.victims.carried.has(verb)
    }
}

/// The name of several words `full` (cut into `words`) as a subject,
/// without its leading titles and function words ("President Putin" →
/// "Putin"), or `None` if a word of it never names one; `line_break`
/// tells whether white space other than a space stands in the kept words.
fn subject_words<'a>(
    full: &'a str,
    mut words: impl Iterator<Item = &'a str>,
    line_break: impl Fn(&str) -> bool,
    config: &Config,
) -> Option<Cow<'a, str>> {
    let first = words.find(|w| !config.is_not_subject(w))?;
    let keep = &full[first.as_ptr() as usize - full.as_ptr() as usize..];
    // A name holding a word that never names a subject is none (the
    // first kept word is not one: it has just been asked).
    if words.any(|w| config.is_not_subject(w)) {
        return None;
    }
    // Words of a run are one white-space character apart: the kept
    // words joined by spaces are the text itself unless one is a line
    // break or the like.
    Some(if line_break(keep) {
        Cow::Owned(keep.split_whitespace().collect::<Vec<_>>().join(" "))
    } else {
        Cow::Borrowed(keep)
    })
}

/// The canonical name `n` stands for as a subject and the penalty its
/// place in the sentence carries, or `None` if it cannot be a subject.
fn offer<'a>(text: &'a str, n: &Name<'a>, config: &'a Config) -> Option<(Cow<'a, str>, usize)> {
    let full = &text[n.start..n.end];
    if fragment(full) || destination(text, n.start, config) {
        return None;
    }
    // Most names are one ASCII word: nothing to split or join.
    let name = if !full.is_empty() && full.bytes().all(|b| b > b' ' && b < 0x80) {
        if config.is_not_subject(full) {
            return None;
        }
        Cow::Borrowed(full)
    } else if full.is_ascii() {
        // (Cut by bytes: `split_whitespace` decodes and tests each char, and
        // this runs for every name of several words a claim may take.)
        let line_break = |keep: &str| keep.bytes().any(|b| matches!(b, b'\t'..=b'\r'));
        subject_words(full, super::words::ascii_words(full), line_break, config)?
    } else {
        let line_break = |keep: &str| keep.contains(|c: char| c.is_whitespace() && c != ' ');
        subject_words(full, full.split_whitespace(), line_break, config)?
    };
    // As `trim_end_matches` with each suffix in turn, without building a
    // string searcher for each name.
    let trimmed = |mut name: &str| {
        while let Some(t) = name.strip_suffix("'s") {
            name = t;
        }
        while let Some(t) = name.strip_suffix("’s") {
            name = t;
        }
        name.len()
    };
    let name = match name {
        Cow::Borrowed(b) => Cow::Borrowed(&b[..trimmed(b)]),
        Cow::Owned(mut o) => {
            o.truncate(trimmed(&o));
            Cow::Owned(o)
        }
    };
    let (canonical, known) = match &name {
        Cow::Borrowed(b) => config.canonical_ref(b),
        Cow::Owned(o) => {
            let (c, k) = config.canonical_known(o);
            (Cow::Owned(c), k)
        }
    };
    // An unknown capitalised word only names a place after a
    // preposition ("in Bener Meriah"); elsewhere it is as likely a
    // person, an agency or a headline word.
    if !known && (n.sentence_initial || !n.after_preposition) {
        return None;
    }
    // "Russian missiles struck Kharkiv": a demonym before a noun names
    // who acted, not where; it only serves when nothing better is there.
    let trade = is_trade_noun(text, n.end);
    let demonym =
        !trade && canonical != name && is_demonym(&name) && next_is_lowercase(text, n.end);
    let place = if n.after_preposition || trade { 0 } else { 80 };
    let unknown = if known { 0 } else { 20 };
    let actor = if demonym { 200 } else { 0 };
    let penalty = place + unknown + actor;
    Some((canonical, penalty))
}

/// The literal words the credit patterns need, spelt as they spell them
/// (so matched case-sensitively): a sentence without any of them credits
/// nobody, and which of them it holds says which patterns can match.
const CREDIT_WORDS: [&str; 9] = [
    "ccording to",
    "said",
    "says",
    "reported",
    "estimate",
    "announced",
    "confirmed",
    "told",
    "stated",
];
static CREDIT_MATCHER: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    // Leftmost-first, which (unlike the standard semantics) gets a vector
    // prefilter; no word is another's prefix, so the words found are the same.
    aho_corasick::AhoCorasick::builder()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(CREDIT_WORDS)
        .expect("fixed word list")
});
static ACRONYM: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\(([A-Z][A-Z.]{1,12})").unwrap());

/// Who the sentence credits for its figures, with the byte span of the
/// credit (so it is not also taken as the subject).
pub fn attribution(
    text: &str,
    sent: (usize, usize),
    config: &Config,
) -> Option<(String, (usize, usize))> {
    let s = &text[sent.0..sent.1];
    // Most sentences credit nobody: a literal scan is far cheaper than the
    // patterns below, and it tells which of them can match at all. A word
    // hidden inside an earlier one ("saysaid") cannot start a match of
    // them, but for `told` after `according to`, which the `said_before`
    // scan finds from the first word on.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut according = false;
    let mut said = false;
    for m in CREDIT_MATCHER.find_iter(s) {
        words.push((m.start(), m.end()));
        match m.pattern().as_usize() {
            0 => according = true,
            1..=3 => said = true,
            _ => {}
        }
    }
    let first = words.first()?.0;
    if according {
        // `first` may be the `c` of `according to`.
        if let Some((start, (a, b))) = said::according(s, first.saturating_sub(1)) {
            let phrase = s[a..b].trim();
            let name = ACRONYM
                .captures(phrase)
                .map(|a| a[1].trim_end_matches('.').to_string())
                .unwrap_or_else(|| trim_phrase(phrase));
            return Some((config.alias(&name), (sent.0 + start, sent.0 + b)));
        }
    }
    let mut pos = 0;
    while let Some(((a, b), end)) = said::said_before(s, pos, &words) {
        pos = end;
        let phrase = trim_phrase(&s[a..b]);
        let first = phrase.split_whitespace().next().unwrap_or("");
        if phrase.is_empty()
            || config.not_subjects.contains(&first.to_lowercase())
                && phrase.split_whitespace().count() == 1
        {
            continue;
        }
        if matches!(
            first.to_lowercase().as_str(),
            "he" | "she" | "they" | "it" | "we"
        ) {
            continue;
        }
        return Some((config.alias(&phrase), (sent.0 + a, sent.0 + b)));
    }
    if !(according || said) {
        return None;
    }
    // `first` may be the `c` of `according to`.
    let (a, b) = said::said_after(s, first.saturating_sub(1))?;
    let phrase = trim_phrase(&s[a..b]);
    if phrase.is_empty() {
        return None;
    }
    Some((config.alias(&phrase), (sent.0 + a, sent.0 + b)))
}

/// Trims articles and trailing punctuation and keeps at most six words.
fn trim_phrase(p: &str) -> String {
    let p = p
        .trim()
        .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
    let p = p
        .strip_prefix("the ")
        .or_else(|| p.strip_prefix("The "))
        .unwrap_or(p);
    p.split_whitespace().take(6).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subj(t: &str, fig: &str) -> Option<String> {
        let c = Config::builtin();
        let a = t.find(fig).unwrap();
        let att = attribution(t, (0, t.len()), &c).map(|x| x.1);
        subject(t, &names(t, 0, t.len()), (a, a + fig.len()), att, false, &c)
    }

    #[test]
    fn subjects_from_seed_like_sentences() {
        assert_eq!(
            subj("Ukrainian officials reported that Russian strikes in Kyiv killed at least 15 people.", "15").as_deref(),
            Some("Kyiv")
        );
        assert_eq!(
            subj(
                "A Russian attack on a holiday camp in Zaporizhzhia left two dead and 12 injured.",
                "two"
            )
            .as_deref(),
            Some("Zaporizhzhia")
        );
        assert_eq!(
            subj("The administration announced an additional 25% tariff on India for buying Russian oil.", "25%").as_deref(),
            Some("India")
        );
        assert_eq!(
            subj(
                "The conflict has displaced over 6.4 million Ukrainians, according to the UNHCR.",
                "6.4"
            )
            .as_deref(),
            Some("Ukraine")
        );
        assert_eq!(
            subj("An assault on Kiev resulted in 32 fatalities.", "32").as_deref(),
            Some("Kyiv")
        );
    }

    #[test]
    fn where_the_hurt_were_taken_is_no_subject() {
        // The hospital is where they were taken; the place stands elsewhere.
        assert_eq!(
            subj(
                "Two men were shot in Kharkiv and taken to Central Hospital.",
                "Two"
            )
            .as_deref(),
            Some("Kharkiv")
        );
        assert_eq!(subj("All four were transported to CRMC.", "four"), None);
        // A carrier between the verb and "to".
        assert_eq!(
            subj("The boy was transported by EMS to Rainbow Babies.", "boy"),
            None
        );
        assert_eq!(
            subj(
                "The teen was rushed to Kings County Hospital, where he died.",
                "teen"
            ),
            None
        );
        // Other verbs before "to" leave the name a subject.
        assert_eq!(
            subj("The strikes moved closer to Kharkiv, killing 12.", "12").as_deref(),
            Some("Kharkiv")
        );
    }

    proptest::proptest! {
        #[test]
        fn next_upper_or_wide_finds_the_first(b in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..40)) {
            let plain = b.iter().position(|&c| c.is_ascii_uppercase() || c >= 0x80);
            proptest::prop_assert_eq!(next_upper_or_wide(&b), plain);
        }
    }

    /// The slow forms the fast paths of `names` stand for.
    fn words_before_slow(s: &str, wstart: usize) -> (&str, &str) {
        let mut words = s[..wstart]
            .rsplit(char::is_whitespace)
            .filter(|w| !w.is_empty());
        (words.next().unwrap_or(""), words.next().unwrap_or(""))
    }

    fn core_of_slow(w: &str) -> (usize, &str) {
        let keep = |c: char| c.is_alphanumeric() || c == '.';
        let t = w.trim_start_matches(|c: char| !keep(c));
        let core = t.trim_end_matches(|c: char| !keep(c)).trim_end_matches('.');
        (w.len() - t.len(), core)
    }

    fn is_capitalised_slow(core: &str) -> bool {
        core.chars().next().is_some_and(char::is_uppercase) && core.chars().any(char::is_lowercase)
            || is_acronym(core)
    }

    proptest::proptest! {
        #[test]
        fn fast_word_tests_agree_with_the_char_forms(s in "[ \t\n\u{a0}\u{2009}aAzZ.,'’(\"0-9é]{0,24}") {
            for (i, _) in s.char_indices().chain([(s.len(), ' ')]) {
                proptest::prop_assert_eq!(words_before(&s, i), words_before_slow(&s, i));
            }
            proptest::prop_assert_eq!(core_of(&s), core_of_slow(&s));
            let core = core_of(&s).1;
            proptest::prop_assert_eq!(is_capitalised(core), is_capitalised_slow(core));
            proptest::prop_assert_eq!(is_capitalised(&s), is_capitalised_slow(&s));
        }
    }

    #[test]
    fn particles_stand_inside_names() {
        let t = "Two men were shot on Fond du Lac Avenue, and one on de Gaulle Street in Rio de Janeiro.";
        let got: Vec<&str> = names(t, 0, t.len())
            .iter()
            .map(|n| &t[n.start..n.end])
            .collect();
        assert_eq!(
            got,
            [
                "Two",
                "Fond du Lac Avenue",
                "Gaulle Street",
                "Rio de Janeiro"
            ]
        );
    }

    #[test]
    fn word_tests_on_names() {
        for w in [
            "Kyiv", "U.S.", "UN", "A", "McCain", "x", "É.U.", "Émile", "...", "(Kyiv),", "'s",
        ] {
            assert_eq!(core_of(w), core_of_slow(w), "{w}");
            assert_eq!(is_capitalised(w), is_capitalised_slow(w), "{w}");
        }
    }

    #[test]
    fn next_upper_or_wide_on_letters() {
        let s = b"at the edge of a long lower-case run @[`{ Kyiv";
        assert_eq!(next_upper_or_wide(s), Some(s.len() - 4));
        assert_eq!(next_upper_or_wide(b"abcdefgh@[`{~ \x7f"), None);
        assert_eq!(next_upper_or_wide("abcdefghijé".as_bytes()), Some(10));
    }

    #[test]
    fn attributions() {
        let c = Config::builtin();
        let a = |t: &str| attribution(t, (0, t.len()), &c).map(|x| x.0);
        assert_eq!(
            a("Over 1.2 million people have been killed or injured, according to U.S. estimates.")
                .as_deref(),
            Some("U.S. estimates")
        );
        assert_eq!(
            a("It displaced 6 million, according to the United Nations High Commissioner for Refugees (UNHCR Data).").as_deref(),
            Some("UNHCR")
        );
        assert_eq!(
            a("At least 20 died, the UNHCR said.").as_deref(),
            Some("UNHCR")
        );
        assert_eq!(
            a("Ukrainian officials reported that strikes killed 15 people.").as_deref(),
            Some("Ukrainian officials")
        );
        assert_eq!(a("Twelve people were hurt in the blast.").as_deref(), None);
        assert_eq!(
            a("Both sides swapped 84 prisoners, officials in Kyiv said.").as_deref(),
            Some("officials in Kyiv")
        );
    }
}

#[cfg(test)]
mod fragment_tests {
    use super::fragment;

    #[test]
    fn street_fragments_venue_words_and_stations_are_never_subjects() {
        assert!(fragment("East"));
        assert!(fragment("Station"));
        assert!(fragment("Union Station"));
        assert!(fragment("Park"));
        assert!(!fragment("East Timor"));
        assert!(!fragment("South Sudan"));
        assert!(!fragment("Quarry Road Park"));
        assert!(!fragment("Kharkiv"));
    }
}
