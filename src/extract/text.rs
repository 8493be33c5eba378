//! Text geometry: line/column look-up, the body mask (boilerplate lines
//! left out) and sentence boundaries.

use super::dates::word_key;
use crate::config::Config;

/// Byte offsets of line starts, for 1-based line/column look-up.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes `text`.
    pub fn new(text: &'a str) -> Self {
        let b = text.as_bytes();
        // News text runs about a line in a hundred bytes or more: room for
        // most articles' lines without regrowing.
        let mut starts = Vec::with_capacity(b.len() / 64 + 2);
        starts.push(0);
        // The memchr crate's search (vectorised, 32 bytes a step with AVX2)
        // over the whole text. The standard library's memchr, called per
        // line, reads a word at a time and cost more than an
        // eight-bytes-at-a-time loop; that loop in turn took about three
        // times the instructions of this (callgrind on the extract bench:
        // 10.4 M -> 3.7 M).
        starts.extend(memchr::memchr_iter(b'\n', b).map(|i| i + 1));
        LineIndex { text, starts }
    }

    /// 1-based line and column (in characters) of byte offset `pos`.
    pub fn line_col(&self, pos: usize) -> (usize, usize) {
        let pos = pos.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= pos);
        let start = self.starts[line - 1];
        let col = self.text.get(start..pos).map_or(0, |s| s.chars().count());
        (line, col + 1)
    }
}

/// Byte ranges of `text[from..]` that are article body: lines matching a
/// boilerplate pattern are left out, and everything from an end-of-body line
/// on. Ranges are line-sized, in order, and never include the newline.
pub fn body_lines(text: &str, from: usize, config: &Config) -> Vec<(usize, usize)> {
    body_lines_indexed(&LineIndex::new(text), from, config)
}

/// The last character boundary of `s` at or before byte `i` (at most
/// `s.len()`): a byte limit ("the 400 bytes after") cut back to where a
/// character starts, so that slicing there never panics.
#[inline]
pub fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The first character boundary of `s` at or after byte `i` (at most
/// `s.len()`): a byte limit moved on to where a character starts.
#[inline]
pub fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// [`body_lines`] of the text `index` indexes, cut at the line starts it
/// already holds rather than searching for the newlines a second time.
pub fn body_lines_indexed(index: &LineIndex, from: usize, config: &Config) -> Vec<(usize, usize)> {
    let text = index.text;
    let mut pos = ceil_boundary(text, from);
    // The pieces `text[pos..].split_inclusive('\n')` yields: up to each
    // line start after `pos`, then to the end (no empty last piece).
    let after = index.starts.partition_point(|&s| s <= pos);
    // At most one range a line: sized once rather than regrown.
    let mut out = Vec::with_capacity(index.starts.len() - after + 1);
    let ends = index.starts[after..].iter().copied().chain([text.len()]);
    // Lower-cased once for the whole body rather than line by line, into
    // a buffer kept per thread: a block the size of the article, allocated
    // and freed for each, cost more in the allocator than filling it.
    let mut lowered = LOWERED.take();
    let screened = config.lines.screen(&text[pos..], &mut lowered);
    let base = pos;
    for end in ends {
        if end == pos {
            continue;
        }
        let line = &text[pos..end];
        let start = pos;
        pos = end;
        let content = line.trim_end_matches(['\n', '\r']);
        // A line opening with a printable ASCII byte is not blank: most
        // lines, told without `trim`'s reading of white space from both ends.
        if !content
            .as_bytes()
            .first()
            .is_some_and(|&c| c > b' ' && c < 0x80)
            && content.trim().is_empty()
        {
            continue;
        }
        let low = screened.then(|| &lowered[start - base..start - base + content.len()]);
        let hits = config.lines.hits_lowered(content, low);
        // Short lines only: a long paragraph that happens to mention
        // "comments" is still article text.
        if content.len() < 200 && hits.end_of_body {
            break;
        }
        if hits.boilerplate {
            continue;
        }
        out.push((start, start + content.len()));
    }
    // Kept unless an outsized article grew it.
    if lowered.capacity() <= 1 << 20 {
        LOWERED.set(lowered);
    }
    out
}

thread_local! {
    /// [`body_lines_indexed`]'s lower-cased copy of the body.
    static LOWERED: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Words that end in a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "gov", "sen", "rep", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
    "inc", "corp", "co", "ltd", "jr", "sr", "prof", "capt", "maj", "adm", "approx", "est", "fig",
];

/// Joins adjacent body lines into paragraphs: news text is often
/// hard-wrapped, and a sentence (or a figure such as "at\nleast 40") may
/// cross a line break. A blank line or a left-out line ends a paragraph.
/// A line near the top that is only a date (`Updated: November 11, 2011
/// 18:50 IST`) stands alone, so a headline above it and the first sentence
/// below it do not run together through it. (Only the first lines are
/// looked at: that is where pages put their date, and it keeps the cost
/// per article fixed.)
pub fn paragraphs(text: &str, lines: &[(usize, usize)], config: &Config) -> Vec<(usize, usize)> {
    // At most a paragraph a line: sized once rather than regrown.
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(lines.len());
    let mut last_alone = false;
    for (n, &(a, b)) in lines.iter().enumerate() {
        let alone =
            n < DATE_LINE_WITHIN && is_date_line(&text[a..b]) || is_field_line(&text[a..b], config);
        if let Some(last) = out.last_mut() {
            let gap = &text[last.1..a];
            if (gap == "\n" || gap == "\r\n") && !alone && !last_alone {
                last.1 = b;
                continue;
            }
        }
        out.push((a, b));
        last_alone = alone;
    }
    out
}

/// Whether `line` is a figure in a field of a form ("Fatalities: 0",
/// "Civilian injuries: 2"), as agencies' summaries list them: a label of
/// at most three words, the first a capital, holding a kind's trigger word
/// (`claims.yaml`), then a colon, a space and a digit. Such a line stands
/// alone, so a field with no full stop does not run into the next one
/// ("Fatalities: 0" and "Displaced: 24 adults" are two figures with two
/// labels). Only a field with no stop at its end: one that closes with a
/// full stop ends its sentence there anyway, and a line of prose under a
/// label ("UPDATE: A suspect was arrested …") is left as it was read.
/// Hard-wrapped prose rarely opens a line so; a clock time ("10:40 a.m.")
/// opens with a digit and is no label.
fn is_field_line(line: &str, config: &Config) -> bool {
    let line = line.trim();
    if line.ends_with(['.', '!', '?', '"', '\u{201d}']) {
        return false;
    }
    let Some(colon) = line.get(..line.len().min(40)).and_then(|h| h.find(": ")) else {
        return false;
    };
    let label = &line[..colon];
    let mut words = 0;
    for w in label.split(' ') {
        words += 1;
        let ok = !w.is_empty()
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '(' || c == ')');
        if !ok || words > 3 {
            return false;
        }
    }
    label.chars().next().is_some_and(char::is_uppercase)
        && line[colon + 2..].starts_with(|c: char| c.is_ascii_digit())
        && config
            .trigger_matcher
            .find_iter(label)
            .any(|m| super::classify::is_word_edge(label, m.start(), m.end()))
}

/// How many body lines from the top may be a date line.
const DATE_LINE_WITHIN: usize = 6;

/// Words a date line may carry besides its date and clock time.
const DATE_LINE_WORDS: &[&str] = &[
    "updated",
    "published",
    "posted",
    "found",
    "modified",
    "last",
    "am",
    "pm",
    "a",
    "m",
    "ist",
    "et",
    "est",
    "edt",
    "pst",
    "pdt",
    "mst",
    "mdt",
    "cst",
    "cdt",
    "gmt",
    "bst",
    "utc",
    "cet",
    "cest",
];

/// Whether `line` is a date with at most a label and a clock time: short,
/// no full stop at its end, and every word outside the date a label.
fn is_date_line(line: &str) -> bool {
    let line = line.trim();
    if line.len() > 60 || line.ends_with('.') || !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let found = super::dates::find_dates(line, None);
    if found.is_empty() {
        return false;
    }
    let mut rest = String::with_capacity(line.len());
    let mut at = 0;
    for m in &found {
        rest.push_str(&line[at..m.start]);
        rest.push(' ');
        at = m.end;
    }
    rest.push_str(&line[at..]);
    rest.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| DATE_LINE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// Sentence byte ranges within `text[start..end]` (one body line).
pub fn sentences(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    // News runs a sentence to 100-200 bytes: room for most paragraphs'
    // sentences without regrowing.
    let mut out = Vec::with_capacity((end - start) / 96 + 1);
    let mut s = start;
    let mut i = start;
    while i < end {
        // Only a stop can end a sentence: jump to the next one.
        match next_stop(&bytes[i..end]) {
            Some(p) => i += p,
            None => break,
        }
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            // Skip closing quotes and brackets after the stop.
            let mut j = i + 1;
            while j < end {
                let rest = &text[j..end];
                if let Some(c) = rest.chars().next() {
                    if matches!(c, '"' | '\'' | '”' | '’' | ')' | ']') {
                        j += c.len_utf8();
                        continue;
                    }
                }
                break;
            }
            let next_is_space = j < end && bytes[j].is_ascii_whitespace();
            if next_is_space
                && !(b == b'.' && is_abbreviation(text, s, i) && !clock_closes(text, i, j, end))
            {
                let mut k = skip_space(bytes, j, end);
                // A closing quote set off by a space (`stressful. ''`, as
                // detokenised corpora and some feeds write it) still ends
                // this sentence: a quote followed by a space closes.
                let quotes = quote_run(text, k, end, &['"', '\'', '”', '’']);
                if quotes > k && (quotes == end || bytes[quotes].is_ascii_whitespace()) {
                    j = quotes;
                    k = skip_space(bytes, quotes, end);
                }
                let starts_sentence = opens_sentence(text, k, end);
                if starts_sentence {
                    out.push((s, j));
                    s = k;
                    i = k;
                    continue;
                }
            }
        }
        i += 1;
    }
    if s < end {
        out.push((s, end));
    }
    out
}

/// Offset of the first `.`, `!` or `?` in `b`: sentence splitting reads
/// every paragraph with a figure, mostly bytes that are no stop. (The
/// memchr crate's vectorised search: with an eight-bytes-at-a-time loop
/// here, sentence splitting took half as many instructions again, 33.6 M
/// against 22.5 M on the extract bench.)
fn next_stop(b: &[u8]) -> Option<usize> {
    memchr::memchr3(b'.', b'!', b'?', b)
}

fn skip_space(bytes: &[u8], mut k: usize, end: usize) -> usize {
    while k < end && bytes[k].is_ascii_whitespace() {
        k += 1;
    }
    k
}

/// The end of a run of the quote marks `marks` starting at `k` (`k` if
/// there is none).
fn quote_run(text: &str, mut k: usize, end: usize, marks: &[char]) -> usize {
    while let Some(c) = text[k..end].chars().next() {
        if !marks.contains(&c) {
            break;
        }
        k += c.len_utf8();
    }
    k
}

/// Whether a sentence can begin at `k`: a capital or a digit, an opening
/// bracket, or quote marks (`"`, `“`, `''`, ``` `` ```) before one.
fn opens_sentence(text: &str, k: usize, end: usize) -> bool {
    let capital = |at: usize| {
        text[at..end]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    };
    match text[k..end].chars().next() {
        Some('"' | '“' | '‘' | '(') => true,
        Some('\'' | '`') => capital(skip_space(
            text.as_bytes(),
            quote_run(text, k, end, &['\'', '`']),
            end,
        )),
        Some(_) => capital(k),
        None => false,
    }
}

/// Whether "a.m." or "p.m." at the full stop `dot` also closes its
/// sentence: the word after it (from `j`) is one of [`OPENERS`], which no
/// clock time runs on into ("at 9 p.m. Friday", "7 p.m. ET" go on):
/// "shortly before 6 a.m. The other man …" is two sentences.
fn clock_closes(text: &str, dot: usize, j: usize, end: usize) -> bool {
    let b = text.as_bytes();
    if dot < 3
        || !(b[dot - 3].eq_ignore_ascii_case(&b'a') || b[dot - 3].eq_ignore_ascii_case(&b'p'))
    {
        return false;
    }
    if !(b[dot - 2] == b'.' && b[dot - 1].eq_ignore_ascii_case(&b'm'))
        || (dot > 3 && b[dot - 4].is_ascii_alphanumeric())
    {
        return false;
    }
    let k = skip_space(b, j, end);
    let w = text[k..end]
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    OPENERS.contains(&w)
}

/// Capital words that open a sentence and never run on from a clock
/// time: determiners and subject pronouns.
const OPENERS: &[&str] = &[
    "The", "A", "An", "He", "She", "They", "It", "His", "Her", "Their", "Its", "We", "I",
];

/// Whether the full stop at `dot` closes an abbreviation (`Mr.`, `U.S.`)
/// rather than a sentence.
fn is_abbreviation(text: &str, from: usize, dot: usize) -> bool {
    let word_start = text[from..dot]
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace() || c == '(')
        .map_or(from, |(p, c)| from + p + c.len_utf8());
    let word = &text[word_start..dot];
    if word.is_empty() {
        return false;
    }
    // Initials and dotted acronyms: U.S, U.N, J.
    let mut chars = word.chars();
    if word.contains('.')
        || matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
    {
        return true;
    }
    // (Only letters become letters under `word_key`'s `| 0x20`, so a word
    // with any other byte never takes the key of an abbreviation.)
    word.len() <= 16
        && ABBREVIATION_KEYS
            .binary_search(&word_key(word.as_bytes()))
            .is_ok()
}

/// [`ABBREVIATIONS`] as sorted [`word_key`]s: a sentence stop looks its
/// word up with a binary search rather than forty comparisons.
static ABBREVIATION_KEYS: [u128; ABBREVIATIONS.len()] = {
    let mut keys = [0u128; ABBREVIATIONS.len()];
    let mut i = 0;
    while i < keys.len() {
        assert!(ABBREVIATIONS[i].len() <= 16, "abbreviation too long");
        let key = word_key(ABBREVIATIONS[i].as_bytes());
        // Insertion sort: the list is short and this runs at compile time.
        let mut j = i;
        while j > 0 && keys[j - 1] > key {
            keys[j] = keys[j - 1];
            j -= 1;
        }
        keys[j] = key;
        i += 1;
    }
    keys
};

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The line starts the vectorised search finds are those of a
        /// newline search.
        #[test]
        fn line_starts_agree_with_a_newline_search(t in "[\n\u{0b}\t\u{8a}\u{0a0a} ab]{0,40}") {
            let mut slow = vec![0];
            slow.extend(t.match_indices('\n').map(|(i, _)| i + 1));
            proptest::prop_assert_eq!(LineIndex::new(&t).starts, slow);
        }

        /// The indexed cut, with its lines lower-cased and screened at
        /// once, gives the lines the newline search gave line by line.
        #[test]
        fn indexed_body_lines_agree_with_a_newline_split(
            t in "[a\n\ré ]{0,30}|(Cookies?|PRIVACY policy|is Supported by our readers|see also|comments|\\(c\\)|x|é|\u{17F}|\n|\r| ){0,12}",
            from in 0usize..32,
        ) {
            let config = Config::builtin();
            let mut slow = Vec::new();
            let mut pos = from.min(t.len());
            while !t.is_char_boundary(pos) {
                pos += 1;
            }
            let mut buf = Vec::new();
            for line in t[pos..].split_inclusive('\n') {
                let start = pos;
                pos += line.len();
                let content = line.trim_end_matches(['\n', '\r']);
                if content.trim().is_empty() {
                    continue;
                }
                let hits = config.lines.hits(content, &mut buf);
                if content.len() < 200 && hits.end_of_body {
                    break;
                }
                if !hits.boilerplate {
                    slow.push((start, start + content.len()));
                }
            }
            proptest::prop_assert_eq!(body_lines(&t, from, &config), slow);
        }
    }

    #[test]
    fn line_and_column() {
        let t = "ab\ncdé f\n";
        let idx = LineIndex::new(t);
        assert_eq!(idx.line_col(0), (1, 1));
        assert_eq!(idx.line_col(3), (2, 1));
        assert_eq!(idx.line_col(t.find('f').unwrap()), (2, 5));
    }

    #[test]
    fn splits_sentences_but_not_abbreviations() {
        let t = "The U.S. said 15 died. Mr. Smith left! Then 2.5 million fled.";
        let s: Vec<&str> = sentences(t, 0, t.len())
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect();
        assert_eq!(
            s,
            vec![
                "The U.S. said 15 died.",
                "Mr. Smith left!",
                "Then 2.5 million fled."
            ]
        );
    }

    #[test]
    fn a_clock_time_may_close_its_sentence() {
        let t = "She left the ward at 7 a.m. Her brother drove her home. They met at 9 p.m. Sunday. It opens at 8 a.m. EDT and 10 a.m. Pacific.";
        let s: Vec<&str> = sentences(t, 0, t.len())
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect();
        assert_eq!(
            s,
            vec![
                "She left the ward at 7 a.m.",
                "Her brother drove her home.",
                "They met at 9 p.m. Sunday.",
                "It opens at 8 a.m. EDT and 10 a.m. Pacific."
            ]
        );
    }

    #[test]
    fn quotes_set_off_by_spaces_end_and_open_sentences() {
        let t = "\"It was hard. ''\nThe toll rose to 12 on Monday.\n''We stayed, '' she said. `` Then 3 fled.";
        let s: Vec<&str> = sentences(t, 0, t.len())
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect();
        assert_eq!(
            s,
            vec![
                "\"It was hard. ''",
                "The toll rose to 12 on Monday.",
                "''We stayed, '' she said.",
                "`` Then 3 fled."
            ]
        );
        // An apostrophe before a lower-case word opens nothing.
        let t = "It ended in the 1980s. 'twas said so.";
        assert_eq!(sentences(t, 0, t.len()).len(), 1);
    }

    /// The paragraphs of `t`'s body, as text.
    fn body_paragraphs(t: &str) -> Vec<&str> {
        let lines = body_lines(t, 0, &Config::builtin());
        paragraphs(t, &lines, &Config::builtin())
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect()
    }

    #[test]
    fn wrapped_lines_form_one_paragraph() {
        let t = "At least 15 people were\nkilled overnight.\n\nNext one.\nSee also: x\nAfter.\n";
        assert_eq!(
            body_paragraphs(t),
            vec![
                "At least 15 people were\nkilled overnight.",
                "Next one.",
                "After."
            ]
        );
    }

    #[test]
    fn a_date_line_stands_alone() {
        let t = "Ferry sinks off the coast, 12 rescued\nUpdated: March 3, 2024 14:10 GMT\nThe ferry went down\non Tuesday.\n";
        assert_eq!(
            body_paragraphs(t),
            vec![
                "Ferry sinks off the coast, 12 rescued",
                "Updated: March 3, 2024 14:10 GMT",
                "The ferry went down\non Tuesday."
            ]
        );
        // A wrapped line that holds a date among other words is body text.
        assert!(!is_date_line("killed on March 3, 2024 in"));
        assert!(is_date_line("Saturday, September 14, 2024"));
        assert!(is_date_line("Published August 02, 2024"));
    }

    #[test]
    fn a_field_line_stands_alone() {
        let t = "Fire Rescue summary\nType: House fire\nDeaths: 0\nInjured: 2 residents\nCrews were\nthere for hours.\n";
        assert_eq!(
            body_paragraphs(t),
            vec![
                "Fire Rescue summary\nType: House fire",
                "Deaths: 0",
                "Injured: 2 residents",
                "Crews were\nthere for hours."
            ]
        );
        assert!(is_field_line("Injured firefighters: 2", &Config::builtin()));
        // A label of no kind's word is left as it was read.
        assert!(!is_field_line("Units: 14", &Config::builtin()));
        // A field that ends its sentence is left to the sentence splitter.
        assert!(!is_field_line(
            "UPDATE: Police made an arrest.",
            &Config::builtin()
        ));
        // A clock time, a sentence with a colon late in it, and a
        // lower-case label are no fields.
        assert!(!is_field_line(
            "10:40 a.m. Officers arrived.",
            &Config::builtin()
        ));
        assert!(!is_field_line(
            "The chief of the department told reporters: no one",
            &Config::builtin()
        ));
        assert!(!is_field_line("said: we will", &Config::builtin()));
        // A label over words, no figure, is left as it was read.
        assert!(!is_field_line(
            "End of Watch: Friday, June 24",
            &Config::builtin()
        ));
    }

    #[test]
    fn the_figures_of_fields_are_read_each_with_its_own_label() {
        let t = "Station 4 report\nDeaths: 0\nDisplaced: 9 residents\n";
        let claims = crate::extract::claims_of(t, None);
        let got: Vec<(Option<&str>, Option<f64>)> = claims
            .iter()
            .filter(|c| c.kind != "quantity")
            .map(|c| (c.measure.as_deref(), c.value.as_ref().and_then(|v| v.low)))
            .collect();
        assert!(got.contains(&(Some("killed"), Some(0.0))), "{got:?}");
        assert!(!got.contains(&(Some("displaced"), Some(0.0))), "{got:?}");
    }

    #[test]
    fn boilerplate_lines_and_tail_are_not_body() {
        let c = Config::builtin();
        let t = "Real text with 5 dead.\nSee also: Ship sinks, 3 Dead, 19 Missing\nMore text.\nYou may also like\nJunk 7 dead.\n";
        let lines: Vec<&str> = body_lines(t, 0, &c)
            .into_iter()
            .map(|(a, b)| &t[a..b])
            .collect();
        assert_eq!(lines, vec!["Real text with 5 dead.", "More text."]);
    }
}
