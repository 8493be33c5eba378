//! The credit patterns of attribution ("according to X", "X said",
//! "said X"), matched by hand.
//!
//! They were regular expressions (kept in the tests below as the spec this
//! code must agree with, match for match). Their word classes and bounded
//! repetitions (`{2,80}?`) make lazy DFAs that keep building states, which
//! was most of the cost of attribution. Read directly, each pattern has
//! few choices at a start (a word is followed by a blank, which no word
//! holds, so its repetitions are in effect possessive): the code below
//! tries them in the regex's own order at each start, leftmost first, and
//! so finds the same match.

/// `said|says|reported|estimated|estimates|announced|confirmed|told|stated`,
/// in that order.
const BEFORE_VERBS: &[&str] = &[
    "said",
    "says",
    "reported",
    "estimated",
    "estimates",
    "announced",
    "confirmed",
    "told",
    "stated",
];

/// Lower-case words that end a crediting phrase on their own, in the
/// regex's order.
const BODIES: &[&str] = &[
    "officials",
    "authorities",
    "police",
    "ministry",
    "military",
    "army",
    "government",
    "agency",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "estimates",
];

/// How many capitalised words may stand before the last word of a phrase.
const MAX_LEADING: usize = 4;

/// The first match at or after `from` of
///
/// ```text
/// ((?:(?:the|a) )?(?:[A-Z]W*B+){0,4}(?:(?:officials|authorities|police) in [A-Z]W*
///   |[A-Z]W*|officials|authorities|police|ministry|military|army|government
///   |agency|spokesman|spokeswoman|spokesperson|estimates))B+(?:BEFORE_VERBS)\b
/// ```
///
/// (`W` a [`is_word`] character, `B` a [`is_blank`] byte, `\b` an ASCII
/// word boundary): the span of the phrase, and the end of the match.
///
/// `words` are the spans of the credit words of `s` in order, as a
/// non-overlapping scan finds them: every verb lies in one of them (a verb
/// hidden in an earlier word starts inside it), and no match starts more
/// than [`PHRASE_WORDS`] words before its verb, so only those stretches
/// are tried.
pub fn said_before(
    s: &str,
    from: usize,
    words: &[(usize, usize)],
) -> Option<((usize, usize), usize)> {
    let b = s.as_bytes();
    // Most credit words follow a word that cannot end a phrase ("he
    // said", "an estimated"): with no verb a phrase can stand before,
    // there is nothing to try.
    if !words.iter().any(|&w| may_follow_phrase(s, w, from)) {
        return None;
    }
    let mut next = from;
    for &(start, end) in words {
        let lo = next.max(words_back(s, start, PHRASE_WORDS));
        for i in lo..end {
            if !may_start(b[i]) {
                continue;
            }
            if let Some((g, e)) = said_before_at(s, i) {
                return Some(((i, g), e));
            }
        }
        next = next.max(end);
    }
    None
}

/// Whether a verb of a [`said_before`] match at or after `from` may start
/// in the credit word at `start..end`, given what stands before it.
///
/// Every verb of a match starts in one of the credit words (a verb hidden
/// in an earlier word starts inside that word), after a blank. The phrase
/// then ends where that run of blanks starts, `g`, and its last word is
/// either capitalised (`[A-Z]W*`, so the run of word characters before
/// `g` holds an upper-case letter) or one of [`BODIES`]: where neither
/// holds, no match has its verb here.
fn may_follow_phrase(s: &str, (start, end): (usize, usize), from: usize) -> bool {
    let b = s.as_bytes();
    (start.max(from).max(1)..end)
        .filter(|&h| is_blank(b[h - 1]) && !is_blank(b[h]))
        .any(|h| {
            let g = h - b[..h].iter().rev().take_while(|&&c| is_blank(c)).count();
            let head = &s[..g];
            head.chars()
                .rev()
                .take_while(|&c| is_word(c))
                .any(|c| c.is_ascii_uppercase())
                || BODIES.iter().any(|w| head.ends_with(w))
        })
}

/// Whether a match can start with byte `b`: an article, a capitalised word
/// or one of [`BODIES`].
fn may_start(b: u8) -> bool {
    b.is_ascii_uppercase() || matches!(b, b't' | b'a' | b'o' | b'p' | b'm' | b'g' | b's' | b'e')
}

/// [`said_before`] anchored at `start`: where its phrase ends and where
/// the match ends.
fn said_before_at(s: &str, start: usize) -> Option<(usize, usize)> {
    after_article(s, start, &["the ", "a "], |p| phrase_then_verb(s, p))
}

/// `f` from past an optional article at `p` (one of `articles`), taken
/// greedily as a regex takes it: with the article first, then without.
fn after_article<T>(
    s: &str,
    p: usize,
    articles: &[&str],
    f: impl FnMut(usize) -> Option<T>,
) -> Option<T> {
    let with = articles
        .iter()
        .find(|a| s[p..].starts_with(**a))
        .map(|a| p + a.len());
    with.into_iter().chain([p]).find_map(f)
}

/// From `p`: the greedy run of up to four capitalised words, then the last
/// word of the phrase and its verb, trying fewer leading words when more
/// fail.
fn phrase_then_verb(s: &str, p: usize) -> Option<(usize, usize)> {
    let mut at = [p; MAX_LEADING + 1];
    let mut n = 0;
    while n < MAX_LEADING {
        let Some(e) = capitalised(s, at[n]) else {
            break;
        };
        let f = blanks(s, e);
        if f == e {
            break;
        }
        n += 1;
        at[n] = f;
    }
    at[..=n].iter().rev().find_map(|&q| last_word(s, q))
}

/// The three ways a phrase may end at `q`, in the regex's order, each
/// followed by blanks and a verb: where the phrase ends and the verb ends.
fn last_word(s: &str, q: usize) -> Option<(usize, usize)> {
    let rest = &s[q..];
    if !rest.as_bytes().first().is_some_and(|&b| may_start(b)) {
        return None;
    }
    let in_place = ["officials", "authorities", "police"]
        .iter()
        .find(|w| rest.starts_with(**w) && rest[w.len()..].starts_with(" in "))
        .and_then(|w| capitalised(s, q + w.len() + 4));
    let body = BODIES
        .iter()
        .find(|w| rest.starts_with(**w))
        .map(|w| q + w.len());
    [in_place, capitalised(s, q), body]
        .into_iter()
        .flatten()
        .find_map(|g| verb_after(s, g).map(|end| (g, end)))
}

/// `B+(?:BEFORE_VERBS)\b` at `g`: where the verb ends.
fn verb_after(s: &str, g: usize) -> Option<usize> {
    let h = blanks(s, g);
    if h == g {
        return None;
    }
    let v = BEFORE_VERBS.iter().find(|v| s[h..].starts_with(**v))?;
    let end = h + v.len();
    word_boundary_after(s, end).then_some(end)
}

/// The first match at or after `from` of
///
/// ```text
/// \b(?:said|says|reported|according to)B+((?:theB+)?[A-Z]W*(?:B+[A-Z]W*){0,4})
/// ```
///
/// as [`said_before`] reads it: the span of the name after the verb.
/// `from` must be at or before the first credit word.
pub fn said_after(s: &str, from: usize) -> Option<(usize, usize)> {
    let b = s.as_bytes();
    (from..b.len())
        .filter(|&i| matches!(b[i], b's' | b'r' | b'a') && !(i > 0 && is_ascii_word(b[i - 1])))
        .find_map(|i| said_after_at(s, i))
}

fn said_after_at(s: &str, i: usize) -> Option<(usize, usize)> {
    let v = ["said", "says", "reported", "according to"]
        .iter()
        .find(|v| s[i..].starts_with(**v))?;
    let p = blanks(s, i + v.len());
    if p == i + v.len() {
        return None;
    }
    // The optional `the` is greedy, and without it a capitalised word
    // cannot start at its lower-case `t`.
    let first = s[p..]
        .starts_with("the")
        .then(|| blanks(s, p + 3))
        .filter(|&q| q > p + 3)
        .and_then(|q| capitalised(s, q))
        .or_else(|| capitalised(s, p))?;
    let mut end = first;
    for _ in 0..MAX_LEADING {
        let f = blanks(s, end);
        match capitalised(s, f) {
            Some(e) if f > end => end = e,
            _ => break,
        }
    }
    Some((p, end))
}

/// The first match at or after `from` of
///
/// ```text
/// \b[Aa]ccording to (?:the |a |an )?([^,;:!?()\n]{2,80}?(?:\s*\([^)]{1,40}\))?)
///   (?:[,;:!?]|\.\s+[^a-z]|\.?\s*$)
/// ```
///
/// where the match starts, and the span of the source it names.
pub fn according(s: &str, from: usize) -> Option<(usize, (usize, usize))> {
    let b = s.as_bytes();
    (from..b.len())
        .filter(|&i| matches!(b[i], b'A' | b'a') && !(i > 0 && is_ascii_word(b[i - 1])))
        .filter(|&i| s[i + 1..].starts_with("ccording to "))
        .find_map(|i| {
            let p = i + "according to ".len();
            after_article(s, p, &["the ", "a ", "an "], |g| {
                source_from(s, g).map(|end| (i, (g, end)))
            })
        })
}

/// The source named from `g`: the fewest characters (two to eighty, none
/// of `,;:!?()` or a line break) that, with a bracketed note after them if
/// one fits, end the clause.
fn source_from(s: &str, g: usize) -> Option<usize> {
    let mut chars = s[g..].char_indices();
    for n in 1..=80 {
        let (_, c) = chars.next()?;
        if matches!(c, ',' | ';' | ':' | '!' | '?' | '(' | ')' | '\n') {
            return None;
        }
        if n < 2 {
            continue;
        }
        let q = g + chars.offset();
        if let Some(r) = bracket_after(s, q).filter(|&r| clause_ends(s, r)) {
            return Some(r);
        }
        if clause_ends(s, q) {
            return Some(q);
        }
    }
    None
}

/// `\s*\([^)]{1,40}\)` at `q`: where it ends.
fn bracket_after(s: &str, q: usize) -> Option<usize> {
    let rest = s[q..].trim_start_matches(char::is_whitespace);
    let inner = rest.strip_prefix('(')?;
    let close = inner.find(')')?;
    let n = inner[..close].chars().count();
    (1..=40)
        .contains(&n)
        .then(|| s.len() - inner.len() + close + 1)
}

/// `[,;:!?]|\.\s+[^a-z]|\.?\s*$` at `r`.
fn clause_ends(s: &str, r: usize) -> bool {
    let rest = &s[r..];
    if rest.starts_with([',', ';', ':', '!', '?']) {
        return true;
    }
    if let Some(after) = rest.strip_prefix('.') {
        // `\s+[^a-z]`: two blanks, or one and then anything but a-z.
        let mut it = after.chars();
        let first_ws = it.next().is_some_and(char::is_whitespace);
        if first_ws {
            match it.next() {
                Some(c) if c.is_whitespace() || !c.is_ascii_lowercase() => return true,
                _ => {}
            }
        }
    }
    let r = rest.strip_prefix('.').unwrap_or(rest);
    r.chars().all(char::is_whitespace)
}

/// `[A-Z]W*` at `i`: where it ends.
fn capitalised(s: &str, i: usize) -> Option<usize> {
    if !s.as_bytes().get(i)?.is_ascii_uppercase() {
        return None;
    }
    let rest = &s[i + 1..];
    let len = rest.find(|c| !is_word(c)).unwrap_or(rest.len());
    Some(i + 1 + len)
}

/// The word characters of the patterns: `[A-Za-z0-9À-ɏ.’'-]`.
fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, 'À'..='ɏ' | '.' | '’' | '\'' | '-')
}

/// Whether `b` is one of the blanks `[ \t\r\n]` of the patterns.
fn is_blank(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// Past the blanks at `i`.
fn blanks(s: &str, i: usize) -> usize {
    i + s.as_bytes()[i..]
        .iter()
        .take_while(|&&b| is_blank(b))
        .count()
}

/// `(?-u:\b)` after a letter at `end`: no ASCII word byte follows.
fn word_boundary_after(s: &str, end: usize) -> bool {
    !s.as_bytes().get(end).is_some_and(|&b| is_ascii_word(b))
}

fn is_ascii_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Where the `n`th run of non-blank bytes before byte `at` of `s` starts
/// (0 if there are fewer): no match of [`said_before`] whose verb starts at
/// or after `at` can start earlier when `n` is the most words a phrase
/// spans, [`PHRASE_WORDS`].
pub fn words_back(s: &str, at: usize, n: usize) -> usize {
    let b = s.as_bytes();
    let mut i = at;
    for _ in 0..n {
        while i > 0 && is_blank(b[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            return 0;
        }
        while i > 0 && !is_blank(b[i - 1]) {
            i -= 1;
        }
    }
    i
}

/// Most words a phrase of [`said_before`] spans: an article, four
/// capitalised words and `officials in Kyiv`.
pub const PHRASE_WORDS: usize = 1 + MAX_LEADING + 3;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use regex::Regex;
    use std::sync::LazyLock;

    static SAID_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"((?:(?:the|a) )?(?:[A-Z][A-Za-z0-9À-ɏ.’'-]*[ \t\r\n]+){0,4}(?:(?:officials|authorities|police) in [A-Z][A-Za-z0-9À-ɏ.’'-]*|[A-Z][A-Za-z0-9À-ɏ.’'-]*|officials|authorities|police|ministry|military|army|government|agency|spokesman|spokeswoman|spokesperson|estimates))[ \t\r\n]+(?:said|says|reported|estimated|estimates|announced|confirmed|told|stated)(?-u:\b)").unwrap()
    });
    static ACCORDING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)[Aa]ccording to (?:the |a |an )?([^,;:!?()\n]{2,80}?(?:\s*\([^)]{1,40}\))?)(?:[,;:!?]|\.\s+[^a-z]|\.?\s*$)").unwrap()
    });
    static SAID_AFTER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?:said|says|reported|according to)[ \t\r\n]+((?:the[ \t\r\n]+)?[A-Z][A-Za-z0-9À-ɏ.’'-]*(?:[ \t\r\n]+[A-Z][A-Za-z0-9À-ɏ.’'-]*){0,4})").unwrap()
    });

    /// Every match of the regex, as `said_before` gives them one by one.
    fn before_both(s: &str) -> (Vec<((usize, usize), usize)>, Vec<((usize, usize), usize)>) {
        let by_regex = SAID_BEFORE
            .captures_iter(s)
            .map(|c| {
                let g = c.get(1).unwrap();
                ((g.start(), g.end()), c.get(0).unwrap().end())
            })
            .collect();
        let words = credit_words(s);
        let mut by_hand = Vec::new();
        let mut pos = 0;
        while let Some(m) = said_before(s, pos, &words) {
            pos = m.1;
            by_hand.push(m);
        }
        (by_regex, by_hand)
    }

    /// The spans of the credit words as `attribution` scans them.
    fn credit_words(s: &str) -> Vec<(usize, usize)> {
        super::super::CREDIT_MATCHER
            .find_iter(s)
            .map(|m| (m.start(), m.end()))
            .collect()
    }

    fn according_both(
        s: &str,
    ) -> (
        Option<(usize, (usize, usize))>,
        Option<(usize, (usize, usize))>,
    ) {
        let by_regex = ACCORDING.captures(s).map(|c| {
            let g = c.get(1).unwrap();
            (c.get(0).unwrap().start(), (g.start(), g.end()))
        });
        (by_regex, according(s, 0))
    }

    fn after_both(s: &str) -> (Option<(usize, usize)>, Option<(usize, usize)>) {
        let by_regex = SAID_AFTER.captures(s).map(|c| {
            let g = c.get(1).unwrap();
            (g.start(), g.end())
        });
        (by_regex, said_after(s, 0))
    }

    #[test]
    fn agree_with_the_regexes_on_crafted_sentences() {
        for s in [
            "Ukrainian officials reported that strikes killed 15 people.",
            "Both sides swapped 84 prisoners, officials in Kyiv said.",
            "At least 20 died, the UNHCR said.",
            "He said the Red Cross told reporters 12 died, a spokesman said.",
            "The New York City Fire Department Chief said on Monday.",
            "xThe Health Ministry  \n said; police\tsaid_ok, army saidé",
            "A B C D E F G said it, said The Kyiv Independent Daily News Now Today.",
            "According told, the estimates estimated, Ministry estimates said",
            "said the  Ministry, according to\nthe UN, reported the",
            "officials in kyiv said; officials in Kyiv-Östra’s said. ",
            "It fell 6%, according to U.S. estimates.",
            "according to the United Nations High Commissioner for Refugees (UNHCR Data).",
            "according to a UN (x) report. and more",
            "according to an official  in the region.  x",
            "according to officials.\nthen; according to police (who asked not to be named ok) said",
            "According to the Associated Press and was battled by firefighters for nearly eight hours before it was fully extinguished and everyone went home after the long night.",
            "xaccording to AP, according to it. According to X.a",
            "said", "the said", " said X", "Ǝ said", "ɏ É said, said É",
        ] {
            let (r, h) = before_both(s);
            assert_eq!(r, h, "said_before on {s:?}");
            let (r, h) = after_both(s);
            assert_eq!(r, h, "said_after on {s:?}");
            let (r, h) = according_both(s);
            assert_eq!(r, h, "according on {s:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn agree_with_the_regexes(words in proptest::collection::vec(
            prop_oneof![
                Just("said"), Just("says"), Just("reported"), Just("estimates"),
                Just("estimated"), Just("told"), Just("stated"), Just("according to"),
                Just("the"), Just("a"), Just("The"), Just("officials"), Just("police"),
                Just("in"), Just("Kyiv"), Just("U.S."), Just("Ministry"), Just("Zoë"),
                Just("É"), Just("O’Neil"), Just("spokeswoman"), Just("he"), Just("x"),
                Just("Red"), Just("Cross"), Just(","), Just("."), Just("_"), Just("9"),
            ],
            0..14,
        ), seps in proptest::collection::vec(
            prop_oneof![Just(" "), Just(" "), Just(" "), Just("  "), Just("\n"), Just(""), Just("\u{a0}")],
            14,
        )) {
            let s: String = words.iter().zip(&seps).flat_map(|(w, p)| [*w, *p]).collect();
            let (r, h) = before_both(&s);
            prop_assert_eq!(r, h, "said_before on {:?}", s);
            let (r, h) = after_both(&s);
            prop_assert_eq!(r, h, "said_after on {:?}", s);
        }

        #[test]
        fn according_agrees_with_its_regex(words in proptest::collection::vec(
            prop_oneof![
                Just("according to"), Just("According to"), Just("the"), Just("an"), Just("a"),
                Just("UN"), Just("officials"), Just("(UNHCR)"), Just("("), Just(")"), Just("()"),
                Just("."), Just(","), Just("!"), Just("x"), Just("X"), Just("é"), Just("long words here"),
                Just("thirty characters long phrase"), Just("\n"), Just("  "),
            ],
            0..16,
        ), seps in proptest::collection::vec(
            prop_oneof![Just(" "), Just(" "), Just(""), Just(". "), Just("\t"), Just("\u{a0}")],
            16,
        )) {
            let s: String = words.iter().zip(&seps).flat_map(|(w, p)| [*w, *p]).collect();
            let (r, h) = according_both(&s);
            prop_assert_eq!(r, h, "according on {:?}", s);
        }

        #[test]
        fn no_match_starts_before_the_words_back_bound(words in proptest::collection::vec(
            prop_oneof![Just("said"), Just("the"), Just("a"), Just("Kyiv"), Just("officials"), Just("in"), Just("x")],
            0..16,
        )) {
            let s = words.join(" ");
            for c in SAID_BEFORE.captures_iter(&s) {
                let m = c.get(0).unwrap();
                let verb = s[..m.end()].rfind(' ').map_or(0, |i| i + 1);
                prop_assert!(words_back(&s, verb, PHRASE_WORDS) <= m.start(), "{:?}", s);
            }
        }
    }
}
