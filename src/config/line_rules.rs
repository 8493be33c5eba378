//! The boilerplate and end-of-body line patterns, compiled for speed.
//!
//! Every body line is tested against them, so how they run matters. Under
//! case-insensitive matching a pattern's literals come in every mix of
//! case (`cookie`, `Cookie`, `cOOkie`, …), too many for the regex engine
//! to look for them quickly: it would read each line byte by byte. A
//! pattern that can match anywhere in a line and is plain ASCII without
//! upper case is therefore run case-sensitively on an ASCII-lower-cased
//! copy of the line instead, which matches the same lines and lets the
//! engine skip ahead to its literals. Patterns anchored at the line start
//! (`^…`) stay as they are: they fail within a few bytes anyway.

use regex::{RegexSet, RegexSetBuilder};
use regex_automata::dfa::{dense, Automaton};

/// The line patterns of `claims.yaml`.
#[derive(Debug, Clone)]
pub struct LineRules {
    /// Boilerplate patterns as written (case-insensitive).
    pub boilerplate: RegexSet,
    /// End-of-body patterns as written (case-insensitive).
    pub end_of_body: RegexSet,
    /// The patterns that may run on a lower-cased line (see [`foldable`]),
    /// of both lists, case-sensitive. On bytes: the lower-cased copy is
    /// made eight bytes at a time into a byte buffer (still UTF-8, as only
    /// ASCII bytes change), where a byte pattern matches as a `str` one.
    lower: regex::bytes::RegexSet,
    /// `lower` as one alternation, which tells whether any matches: a
    /// whole text's screen (see [`LineRules::screen`]). On ECB+ texts a
    /// set's `is_match` cost about half as much again as one expression's.
    lower_any: regex::bytes::Regex,
    /// The other patterns of both lists, case-insensitive.
    rest: RegexSet,
    /// `rest` as one dense DFA that says whether any of them matches, to
    /// turn lines away before the set runs (see [`LineRules::hits_lowered`]);
    /// `None` if the patterns do not build as one.
    rest_screen: Option<dense::DFA<Vec<u32>>>,
    /// Whether each pattern of `lower`, then of `rest`, ends the body.
    ends: (Vec<bool>, Vec<bool>),
    /// Whether no pattern of `lower` holds an assertion about the ends of
    /// its haystack (`^`, `$`, `\z`), so that one that matches nowhere in
    /// a text matches in none of its lines (see [`LineRules::screen`]).
    screenable: bool,
}

/// Which kinds of pattern a line matches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LineHits {
    /// A boilerplate pattern.
    pub boilerplate: bool,
    /// An end-of-body pattern.
    pub end_of_body: bool,
}

/// `patterns` with each `\b` an ASCII word boundary: a Unicode one makes
/// the regex engine fall back from its fast DFA to a slow one on every
/// line; ASCII boundaries are right for these word lists and keep the DFA.
fn ascii_bounds<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    patterns
        .into_iter()
        .map(|p| p.replace(r"\b", r"(?-u:\b)"))
        .collect()
}

/// Compiles `patterns` into one set. A Unicode word boundary makes the
/// regex engine fall back from its fast DFA to a slow one on every line;
/// ASCII boundaries are right for these word lists and keep the DFA.
pub fn compile<'a>(
    patterns: impl IntoIterator<Item = &'a str>,
    case_insensitive: bool,
) -> Result<RegexSet, regex::Error> {
    let ascii = ascii_bounds(patterns);
    RegexSetBuilder::new(&ascii)
        .case_insensitive(case_insensitive)
        .size_limit(1 << 24)
        .build()
}

/// The patterns as [`compile`] writes them, case-insensitive, as one dense
/// DFA that tells whether any matches; `None` where they do not build as
/// one (a Unicode word boundary, a DFA grown past a few megabytes).
fn compile_screen<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Option<dense::DFA<Vec<u32>>> {
    let ascii = ascii_bounds(patterns);
    dense::Builder::new()
        .syntax(regex_automata::util::syntax::Config::new().case_insensitive(true))
        .configure(
            dense::Config::new()
                .dfa_size_limit(Some(1 << 22))
                .determinize_size_limit(Some(1 << 22)),
        )
        .build_many(&ascii)
        .ok()
}

/// [`compile`], case-sensitive, for byte haystacks.
fn compile_bytes<'a>(
    patterns: impl IntoIterator<Item = &'a str>,
) -> Result<regex::bytes::RegexSet, regex::Error> {
    let ascii = ascii_bounds(patterns);
    regex::bytes::RegexSetBuilder::new(&ascii)
        .size_limit(1 << 24)
        .build()
}

/// `line` with ASCII letters lower-cased, into `buf` (cleared first).
/// Eight bytes at a time: every body line is copied so, and
/// `make_ascii_lowercase` goes byte by byte.
pub(crate) fn lower_into(line: &str, buf: &mut Vec<u8>) {
    buf.clear();
    buf.extend_from_slice(line.as_bytes());
    let mut chunks = buf.chunks_exact_mut(8);
    for chunk in chunks.by_ref() {
        let x = u64::from_le_bytes((&*chunk).try_into().expect("eight bytes"));
        chunk.copy_from_slice(&lower8(x).to_le_bytes());
    }
    chunks.into_remainder().make_ascii_lowercase();
}

/// Whether the screen finds any of its patterns in `line`; `None` where
/// it cannot tell (a search error), and the set must decide.
fn screen_matches(dfa: &dense::DFA<Vec<u32>>, line: &str) -> Option<bool> {
    dfa.try_search_fwd(&regex_automata::Input::new(line).earliest(true))
        .ok()
        .map(|m| m.is_some())
}

/// Whether `line` holds `ſ` (U+017F) or the Kelvin sign (U+212A), whose
/// lower case is ASCII: their UTF-8 bytes looked for with the memchr crate,
/// where `contains` with the two characters decoded every character of
/// each line outside ASCII. (In UTF-8, 0xC5 and 0xE2 only start a
/// character, so the bytes after them say which.)
fn folds_into_ascii(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr2_iter(0xC5, 0xE2, b).any(|i| match b[i] {
        0xC5 => b[i + 1..].starts_with(&[0xBF]),
        _ => b[i + 1..].starts_with(&[0x84, 0xAA]),
    })
}

/// [`compile_bytes`] as one alternation (matching nothing when empty).
fn compile_any<'a>(
    patterns: impl IntoIterator<Item = &'a str>,
) -> Result<regex::bytes::Regex, regex::Error> {
    let ascii: Vec<String> = ascii_bounds(patterns)
        .iter()
        .map(|p| format!("(?:{p})"))
        .collect();
    let any = match ascii.is_empty() {
        true => r"[^\s\S]".to_string(),
        false => ascii.join("|"),
    };
    regex::bytes::RegexBuilder::new(&any)
        .size_limit(1 << 24)
        .build()
}

/// The eight bytes of `x` with `A`..=`Z` lower-cased and all others kept.
fn lower8(x: u64) -> u64 {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = ONES * 0x80;
    // Each byte's low seven bits, plus a bias that carries into the high
    // bit exactly when they reach `A`, or pass `Z`; no sum reaches 0x100.
    let low = x & !HIGH;
    let from_a = low + ONES * (0x80 - u64::from(b'A'));
    let past_z = low + ONES * (0x80 - u64::from(b'Z') - 1);
    // Bytes with the high bit set (not ASCII) are left alone.
    let upper = from_a & !past_z & !x & HIGH;
    x | (upper >> 2)
}

/// Whether case-insensitive `pattern` matches exactly the lines whose
/// ASCII-lower-cased copy the case-sensitive `pattern` matches (for lines
/// without `ſ` or the Kelvin sign, the only non-ASCII letters that fold to
/// ASCII ones). Checked conservatively on the pattern text: only ASCII, no
/// upper case (so no `\S`, `\W`, `\D`, `\B`, `\P`), no escape naming a
/// character by number or class by name (`\x41`, `\p{..}`), no character
/// class (a range such as `[!-a]` holds upper-case letters unwritten) and no
/// inline flags. Anchored patterns are left out: they gain nothing.
fn foldable(pattern: &str) -> bool {
    let mut escaped = false;
    let bytes = pattern.as_bytes();
    !pattern.starts_with('^')
        && bytes.iter().enumerate().all(|(i, &c)| {
            let ok = if escaped {
                matches!(c, b'b' | b's' | b'd' | b'w' | b'n' | b't' | b'r' | b'z')
                    || c.is_ascii_punctuation()
            } else {
                c.is_ascii()
                    && !c.is_ascii_uppercase()
                    && c != b'['
                    && !(c == b'(' && bytes.get(i + 1) == Some(&b'?'))
            };
            escaped = !escaped && c == b'\\';
            ok
        })
}

impl LineRules {
    /// The rules from both lists of patterns and their sets as
    /// [`compile`]d case-insensitively.
    pub fn new(
        boilerplate: RegexSet,
        end_of_body: RegexSet,
        boilerplate_patterns: &[String],
        end_of_body_patterns: &[String],
    ) -> Result<Self, regex::Error> {
        let (lower, rest): (Vec<_>, Vec<_>) = end_of_body_patterns
            .iter()
            .map(|p| (p.as_str(), true))
            .chain(boilerplate_patterns.iter().map(|p| (p.as_str(), false)))
            .partition(|(p, _)| foldable(p));
        Ok(LineRules {
            boilerplate,
            end_of_body,
            screenable: lower
                .iter()
                .all(|&(p, _)| !p.contains(['^', '$']) && !p.contains(r"\z")),
            lower: compile_bytes(lower.iter().map(|&(p, _)| p))?,
            lower_any: compile_any(lower.iter().map(|&(p, _)| p))?,
            rest: compile(rest.iter().map(|&(p, _)| p), true)?,
            rest_screen: compile_screen(rest.iter().map(|&(p, _)| p)),
            ends: (
                lower.iter().map(|&(_, e)| e).collect(),
                rest.iter().map(|&(_, e)| e).collect(),
            ),
        })
    }

    /// The patterns `line` matches; `buf` is scratch space for its
    /// lower-cased copy, kept by the caller across lines.
    pub fn hits(&self, line: &str, buf: &mut Vec<u8>) -> LineHits {
        lower_into(line, buf);
        self.hits_lowered(line, Some(buf))
    }

    /// Lower-cases `text` into `buf` (cleared first) for
    /// [`LineRules::hits_lowered`] of its lines, and tells whether the
    /// lower-cased patterns may match any of them. Most texts hold none of
    /// their literals: one search over the whole text then spares one per
    /// line. A match within a line is a match within the text, as no such
    /// pattern tests the ends of its haystack and a line's neighbours
    /// (`\n`, `\r`) are no word characters to a `\b`.
    pub fn screen(&self, text: &str, buf: &mut Vec<u8>) -> bool {
        lower_into(text, buf);
        !self.screenable || self.lower_any.is_match(buf)
    }

    /// [`LineRules::hits`] of `line`, given its lower-cased copy, or `None`
    /// where [`LineRules::screen`] found the lower-cased patterns nowhere.
    pub fn hits_lowered(&self, line: &str, lowered: Option<&[u8]>) -> LineHits {
        if !line.is_ascii() && folds_into_ascii(line) {
            return LineHits {
                boilerplate: self.boilerplate.is_match(line),
                end_of_body: self.end_of_body.is_match(line),
            };
        }
        let mut hits = LineHits::default();
        let mut note = |matched: &mut dyn Iterator<Item = usize>, ends: &[bool]| {
            for k in matched {
                if ends[k] {
                    hits.end_of_body = true;
                } else {
                    hits.boilerplate = true;
                }
            }
        };
        // (`matches` is dearer than `is_match`, and seldom needed.) The
        // set's `is_match` cost about 380 instructions a line, most of it
        // before the first byte is read (the patterns are anchored at the
        // line start and fail within a byte or two); the dense DFA of the
        // same patterns settles a line in about a third of that. It answers as
        // the set does; where it cannot (an error), the set decides.
        let may_match = self
            .rest_screen
            .as_ref()
            .is_none_or(|dfa| screen_matches(dfa, line).unwrap_or(true));
        if may_match && self.rest.is_match(line) {
            note(&mut self.rest.matches(line).iter(), &self.ends.1);
        }
        if let Some(low) = lowered.filter(|low| self.lower.is_match(low)) {
            note(&mut self.lower.matches(low).iter(), &self.ends.0);
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The DFA screen of the patterns that are not lower-cased answers as
    /// their set does, on lines that match each and on lines that do not.
    #[test]
    fn rest_screen_answers_as_the_set() {
        let config = crate::config::Config::builtin();
        let rules = &config.lines;
        let dfa = rules
            .rest_screen
            .as_ref()
            .expect("the built-in patterns build as a DFA");
        let lines = [
            "",
            "  ",
            "See also: more",
            "   READ MORE",
            "read moreover",
            "Related articles",
            "12 followers",
            "\u{a0}\u{2003}3 \u{0661} likes",
            "Comments",
            "comments: 4",
            "Leave a reply",
            " - Facebook ",
            "facebook page",
            "Photo: Reuters",
            "Photographs were taken",
            "Advertisement",
            "Leia também",
            "leia tambem",
            "À lire aussi",
            "à LIRE aussi",
            "The mayor said 40 people were hurt.",
            "Kelvin \u{212a} and long s \u{17f}",
            "x",
            "X",
            "xylophone",
        ];
        for line in lines {
            let screen = screen_matches(dfa, line).expect("no quit bytes");
            assert_eq!(screen, rules.rest.is_match(line), "{line:?}");
        }
    }

    proptest::proptest! {
        /// As above, on generated lines of the patterns' letters.
        #[test]
        fn rest_screen_answers_as_the_set_generated(
            line in "[ \t\u{a0}0-9a-zA-Z:ãáàéíçÀ\u{212a}\u{17f}-]{0,24}",
        ) {
            static CONFIG: std::sync::LazyLock<crate::config::Config> =
                std::sync::LazyLock::new(crate::config::Config::builtin);
            let rules = &CONFIG.lines;
            let dfa = rules.rest_screen.as_ref().expect("a DFA");
            let screen = screen_matches(dfa, &line).expect("no quit bytes");
            proptest::prop_assert_eq!(screen, rules.rest.is_match(&line));
        }
    }

    /// The whole text's screen, one alternation, answers as the set of
    /// the same patterns does.
    #[test]
    fn the_text_screen_answers_as_the_set() {
        let config = crate::config::Config::builtin();
        let rules = &config.lines;
        for text in [
            "",
            "Our cookie policy explains",
            "We use cookies to improve",
            "cookies on our site",
            "This site is supported by our readers.",
            "Privacy Overview\nThe mayor said",
            "Twelve cookies were eaten. Privacy matters.",
            "AKISMET reduces spam",
            "Sign up for our newsletter",
            "The mayor said 40 people were hurt.",
        ] {
            let mut buf = Vec::new();
            lower_into(text, &mut buf);
            assert_eq!(
                rules.lower_any.is_match(&buf),
                rules.lower.is_match(&buf),
                "{text:?}"
            );
        }
        assert!(rules.lower_any.is_match(b"our cookie policy"));
        assert!(!rules.lower_any.is_match(b"the mayor said"));
    }

    #[test]
    fn only_plain_free_patterns_run_lower_cased() {
        assert!(foldable(r"\b(cookies?|privacy (policy|overview))\b"));
        assert!(foldable(r"is supported by our (audience|readers)\.?"));
        assert!(!foldable(r"^\s*(see also|read more)\b"));
        assert!(!foldable(r"\bMy Site\b"));
        assert!(!foldable(r"\Sfoo"));
        assert!(!foldable(r"\x41bc"));
        assert!(!foldable(r"[!-a]x"));
        assert!(!foldable(r"(?-i:abc)"));
        assert!(!foldable("lê mais"));
        assert!(foldable(r"a\\b"));
    }

    /// The byte search for `ſ` and the Kelvin sign answers as `contains`
    /// of the two characters.
    #[test]
    fn folding_characters_found_by_their_bytes() {
        for line in [
            "plain",
            "ſ",
            "\u{212A}",
            "caf\u{e9} ſtreet",
            "\u{2013} dash \u{2014}",
            "\u{1C5} \u{2129} \u{212B} \u{17E}",
            "end \u{212A}",
            "\u{E2}\u{C5}",
        ] {
            assert_eq!(
                folds_into_ascii(line),
                line.contains(['\u{17F}', '\u{212A}']),
                "{line:?}"
            );
        }
    }

    /// The fast path assumes that `ſ` and the Kelvin sign are the only
    /// non-ASCII characters an ASCII letter matches case-insensitively.
    #[test]
    fn only_two_non_ascii_characters_fold_to_ascii_letters() {
        let all: String = (0x80..=0x10FFFFu32).filter_map(char::from_u32).collect();
        let re = regex::Regex::new("(?i)[a-z]").unwrap();
        let found: Vec<char> = re
            .find_iter(&all)
            .filter_map(|m| m.as_str().chars().next())
            .collect();
        assert_eq!(found, vec!['\u{17F}', '\u{212A}']);
    }

    #[test]
    fn eight_bytes_lower_cased_as_one_by_one() {
        // Every byte value at every place of the word, among others.
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut w = *b"aZ@[`{\xC3\x9F";
                w[at] = b;
                let want = w.map(|c| c.to_ascii_lowercase());
                assert_eq!(
                    lower8(u64::from_le_bytes(w)).to_le_bytes(),
                    want,
                    "{b} at {at}"
                );
            }
        }
        let mut buf = Vec::new();
        for line in [
            "",
            "ABC",
            "Hello, WORLD: Ünïcode ÀÉ and ſ \u{212A} ZZZZZZZZZ@[`{",
        ] {
            lower_into(line, &mut buf);
            assert_eq!(buf, line.to_ascii_lowercase().into_bytes(), "{line}");
        }
    }

    #[test]
    fn lower_cased_and_as_written_agree() {
        let bp: Vec<String> = [
            r"\b(cookies?|sign up for our newsletter)\b",
            r"^\s*(photo|image)\b",
        ]
        .map(String::from)
        .to_vec();
        let end = vec![r"is supported by our (audience|readers)".to_string()];
        let set = |p: &[String]| compile(p.iter().map(String::as_str), true).unwrap();
        let rules = LineRules::new(set(&bp), set(&end), &bp, &end).unwrap();
        let mut buf = Vec::new();
        for line in [
            "We use COOKIES here.",
            "Sign Up For Our Newsletter",
            "PHOTO: a ship",
            "This site Is Supported By Our Readers",
            "Cookiesz and photos",
            "coo\u{212A}ie policy",
            "Nothing to see; 40 died.",
        ] {
            let hits = rules.hits(line, &mut buf);
            assert_eq!(hits.boilerplate, rules.boilerplate.is_match(line), "{line}");
            assert_eq!(hits.end_of_body, rules.end_of_body.is_match(line), "{line}");
        }
    }
}
