//! Words and punctuation of one sentence with their byte spans: what the
//! readers of people ([`super::victims`], [`super::people`]) walk over.

/// A word or a punctuation mark.
#[derive(Debug, Clone, Copy)]
pub struct Tok<'a> {
    /// Byte offset in the article text.
    pub start: usize,
    /// Byte offset past it.
    pub end: usize,
    /// The text.
    pub s: &'a str,
}

impl Tok<'_> {
    /// A word (letters, digits, inner hyphens and apostrophes, a title's dot).
    pub fn is_word(&self) -> bool {
        self.s.chars().next().is_some_and(char::is_alphanumeric)
    }

    /// Starts with a capital letter.
    pub fn is_capital(&self) -> bool {
        self.s.chars().next().is_some_and(char::is_uppercase)
    }

    /// The word without a final dot (`Capt.` → `Capt`).
    pub fn bare(&self) -> &str {
        self.s.trim_end_matches('.')
    }

    /// Equal to `w` in any ASCII case.
    #[inline]
    pub fn is(&self, w: &str) -> bool {
        self.s.eq_ignore_ascii_case(w)
    }

    /// Equal to one of `ws` in any ASCII case.
    #[inline]
    pub fn is_any(&self, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is(w))
    }
}

/// The tokens of `text[from..to]`.
pub fn tokens(text: &str, from: usize, to: usize) -> Vec<Tok<'_>> {
    // Bytes, decoding only what is not ASCII: this runs over every sentence
    // with a victims phrase or an age.
    let at = |i: usize| char_at(text, i, to);
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let bytes = &text.as_bytes()[..to.min(text.len())];
    // About a token in four to five bytes of news (ECB+ 5.0, words and
    // marks): room for all of them, where a fifth regrew one call in three.
    let mut out = Vec::with_capacity((to - from) / 4 + 2);
    let mut i = from;
    loop {
        // ASCII spaces in a tight loop (the same as `char::is_whitespace`
        // on ASCII); anything else goes through the general reading.
        while i < bytes.len() && matches!(bytes[i], b' ' | b'\t'..=b'\r') {
            i += 1;
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        // An ASCII byte is told from its byte: a mark is a token of one
        // byte, a letter or digit opens a word. Only a byte outside ASCII
        // is decoded, and read as before.
        let start = i;
        if b < 0x80 {
            i += 1;
            if !b.is_ascii_alphanumeric() {
                out.push(Tok {
                    start,
                    end: i,
                    s: &text[start..i],
                });
                continue;
            }
        } else {
            let Some(c) = at(i) else {
                break;
            };
            let n = c.len_utf8();
            i += n;
            if c.is_whitespace() {
                continue;
            }
            if !c.is_alphanumeric() {
                out.push(Tok {
                    start,
                    end: i,
                    s: &text[start..i],
                });
                continue;
            }
        }
        loop {
            // ASCII letters and digits, the bulk of a word, in a tight
            // loop: to `char::is_alphanumeric` they are the only ASCII
            // alphanumerics, and each would go on the word below.
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            let Some(&d) = bytes.get(i) else {
                break;
            };
            // The byte after the run is no ASCII letter or digit: in ASCII
            // only `-`, `'` and `.` go on the word, and only before a
            // letter or digit.
            if d < 0x80 {
                if matches!(d, b'-' | b'\'' | b'.') && alnum(at(i + 1)) {
                    i += 1;
                    continue;
                }
                break;
            }
            let Some(d) = at(i) else {
                break;
            };
            let m = d.len_utf8();
            let inner = d == '’' && alnum(at(i + m));
            if !(d.is_alphanumeric() || inner) {
                break;
            }
            i += m;
        }
        // A title or an initial keeps its dot: `Capt.`, `A.`.
        if bytes.get(i) == Some(&b'.') && is_abbreviation(&text[start..i]) {
            i += 1;
        }
        out.push(Tok {
            start,
            end: i,
            s: &text[start..i],
        });
    }
    out
}

/// The character at byte `i` of `text[..to]`, if any.
#[inline(always)]
fn char_at(text: &str, i: usize, to: usize) -> Option<char> {
    let b = *text.as_bytes().get(i).filter(|_| i < to)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text[i..to].chars().next()
    }
}

/// An initial or a short title that takes a dot.
fn is_abbreviation(w: &str) -> bool {
    (w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()))
        || [
            "Mr", "Mrs", "Ms", "Dr", "Capt", "Sgt", "Lt", "Det", "Const", "Cpl", "Rev", "Gov",
            "Sen", "Rep", "St", "Jr", "Sr", "Pvt", "Insp", "Supt", "Prof", "Ave", "Blvd", "Rd",
        ]
        .contains(&w)
}

/// The value of a number written in digits or in words up to ninety-nine
/// (`3`, `three`, `twenty-one`), or `None`.
pub fn small_number(w: &str) -> Option<f64> {
    if !w.is_empty() && w.len() <= 6 && w.bytes().all(|b| b.is_ascii_digit() || b == b',') {
        return w.replace(',', "").parse().ok();
    }
    // No number word is longer than "seventy-seven": most words are turned
    // away by length before any comparison, without a lower-case copy.
    if w.len() < 3 || w.len() > 13 {
        return None;
    }
    // The hyphen found as a byte: `split_once('-')` set up a character
    // searcher for every word.
    if let Some(h) = w.bytes().position(|c| c == b'-') {
        let (a, b) = (&w[..h], &w[h + 1..]);
        let (t, u) = (word_value(a)?, word_value(b)?);
        return (t >= 20.0 && t % 10.0 == 0.0 && u < 10.0).then_some(t + u);
    }
    word_value(w)
}

/// The value of a number word up to ninety, in any ASCII case.
fn word_value(w: &str) -> Option<f64> {
    const WORDS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    // Every number word starts with one of these letters: most words are
    // turned away before the comparisons.
    if !w
        .as_bytes()
        .first()
        .is_some_and(|&c| matches!(c | 0x20, b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n'))
    {
        return None;
    }
    if let Some(i) = WORDS.iter().position(|x| x.eq_ignore_ascii_case(w)) {
        return Some(i as f64);
    }
    TENS.iter()
        .position(|x| x.eq_ignore_ascii_case(w))
        .map(|i| 20.0 + 10.0 * i as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`tokens`] as it read every character through `char_at`, before
    /// the tight loops over ASCII spaces and alphanumerics.
    fn tokens_by_char(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
        let at = |i: usize| char_at(text, i, to);
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let mut out = Vec::new();
        let mut i = from;
        while let Some(c) = at(i) {
            let n = c.len_utf8();
            if c.is_whitespace() {
                i += n;
                continue;
            }
            if !c.is_alphanumeric() {
                out.push((i, i + n));
                i += n;
                continue;
            }
            let start = i;
            i += n;
            while let Some(d) = at(i) {
                let m = d.len_utf8();
                let inner = matches!(d, '-' | '\'' | '’' | '.') && alnum(at(i + m));
                if !(d.is_alphanumeric() || inner) {
                    break;
                }
                i += m;
            }
            if at(i) == Some('.') && is_abbreviation(&text[start..i]) {
                i += 1;
            }
            out.push((start, i));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn tokens_as_read_char_by_char(
            t in "[aZMr9 \t\n\u{0b}\u{0c}\r.,'’\u{85}\u{a0}\u{2003}é一-]{0,40}",
            cut in 0usize..40,
        ) {
            let to = (0..=cut.min(t.len())).rev().find(|&k| t.is_char_boundary(k)).unwrap_or(0);
            let fast: Vec<(usize, usize)> =
                tokens(&t, 0, to).iter().map(|k| (k.start, k.end)).collect();
            proptest::prop_assert_eq!(fast, tokens_by_char(&t, 0, to));
        }
    }

    #[test]
    fn words_titles_and_numbers() {
        let t = "Capt. Tom Tennant, 52, and a co-worker's son were hit.";
        let w: Vec<&str> = tokens(t, 0, t.len()).iter().map(|t| t.s).collect();
        assert_eq!(
            w,
            [
                "Capt.",
                "Tom",
                "Tennant",
                ",",
                "52",
                ",",
                "and",
                "a",
                "co-worker's",
                "son",
                "were",
                "hit",
                "."
            ]
        );
        assert_eq!(small_number("twenty-one"), Some(21.0));
        assert_eq!(small_number("Five"), Some(5.0));
        assert_eq!(small_number("1,200"), Some(1200.0));
        assert_eq!(small_number("fifty-fifty"), None);
        assert_eq!(small_number("man"), None);
    }
}
