//! Reading the words just before a position, as
//! `s.split_whitespace().rev()` gives them, without its generic searcher:
//! the claim rules look back a few words from every figure and name.

/// The last (up to) `N` words of `s`, nearest first, and how many there
/// are: the first `N` items of `s.split_whitespace().rev()`.
pub fn last_words<const N: usize>(s: &str) -> ([&str; N], usize) {
    let mut out = [""; N];
    let mut n = 0;
    let mut end = s.len();
    while n < N {
        let word_end = space_start(s, end);
        if word_end == 0 {
            break;
        }
        let word_start = word_start(s, word_end);
        out[n] = &s[word_start..word_end];
        n += 1;
        end = word_start;
    }
    (out, n)
}

/// The words of the ASCII `s` as `split_whitespace` cuts them, read by
/// bytes (`split_whitespace` decodes and tests each char).
pub fn ascii_words(s: &str) -> impl Iterator<Item = &str> {
    s.as_bytes()
        .split(|b| matches!(b, b' ' | b'\t'..=b'\r'))
        .filter(|w| !w.is_empty())
        .map(move |w| {
            let at = w.as_ptr() as usize - s.as_ptr() as usize;
            &s[at..at + w.len()]
        })
}

/// Where the run of non-white-space characters ending at byte `end` of `s`
/// starts (`end` itself when white space or nothing stands before it).
pub fn word_start(s: &str, end: usize) -> usize {
    let b = s.as_bytes();
    let mut i = end;
    loop {
        // Most of a word is ASCII above the space, never white space: step
        // over it with the cheapest test, and look closer at the rest.
        while i > 0 && b[i - 1] > b' ' && b[i - 1] < 0x80 {
            i -= 1;
        }
        // What the loop above left: white space ends the word; anything
        // else (a control byte, a non-ASCII character) belongs to it.
        let next = back_while(s, i, |c| !(c.is_whitespace() || c > ' ' && c.is_ascii()));
        if next == i {
            return i;
        }
        i = next;
    }
}

/// Where the run of white space ending at byte `end` of `s` starts.
pub fn space_start(s: &str, end: usize) -> usize {
    back_while(s, end, char::is_whitespace)
}

/// Steps back from byte `end` of `s` over the characters that satisfy
/// `keep`. ASCII is read a byte at a time (`char::is_whitespace` of an
/// ASCII character is `\t`..`\r` or the space); other characters are
/// decoded.
fn back_while(s: &str, end: usize, keep: impl Fn(char) -> bool) -> usize {
    let b = s.as_bytes();
    let mut i = end;
    while i > 0 {
        let c = b[i - 1];
        if c < 0x80 {
            if !keep(c as char) {
                break;
            }
            i -= 1;
            continue;
        }
        let Some(ch) = s[..i].chars().next_back() else {
            break;
        };
        if !keep(ch) {
            break;
        }
        i -= ch.len_utf8();
    }
    i
}

/// `w` without leading and trailing characters that are not letters: what
/// `w.trim_matches(|c: char| !c.is_alphabetic())` gives, on bytes when `w`
/// is ASCII (for which `is_alphabetic` is the ASCII test).
pub fn trim_to_letters(w: &str) -> &str {
    if !w.is_ascii() {
        return w.trim_matches(|c: char| !c.is_alphabetic());
    }
    let b = w.as_bytes();
    let Some(start) = b.iter().position(u8::is_ascii_alphabetic) else {
        return "";
    };
    let end = b
        .iter()
        .rposition(u8::is_ascii_alphabetic)
        .map_or(start, |i| i + 1);
    &w[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn ascii_words_cut_as_split_whitespace(s in "[ \t\n\r\u{b}\u{c}\u{1c}\u{1f}aZ.,'(0-9]{0,30}") {
            let fast: Vec<&str> = ascii_words(&s).collect();
            let slow: Vec<&str> = s.split_whitespace().collect();
            prop_assert_eq!(fast, slow);
        }

        #[test]
        fn agree_with_the_std_forms(s in "[ \\t\\n\\u{a0}\\u{2009}\\u{3000}aZ.,'’(0-9é]{0,30}") {
            let (w, n) = last_words::<3>(&s);
            let slow: Vec<&str> = s.split_whitespace().rev().take(3).collect();
            prop_assert_eq!(&w[..n], slow.as_slice());
            prop_assert_eq!(trim_to_letters(&s), s.trim_matches(|c: char| !c.is_alphabetic()));
            for (i, _) in s.char_indices().chain([(s.len(), ' ')]) {
                let slow = s[..i]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(j, c)| j + c.len_utf8());
                prop_assert_eq!(word_start(&s, i), slow);
            }
        }
    }

    #[test]
    fn on_plain_text() {
        let (w, n) = last_words::<4>("  among the dead were ");
        assert_eq!(&w[..n], ["were", "dead", "the", "among"]);
        let (w, n) = last_words::<3>("one  two");
        assert_eq!(&w[..n], ["two", "one"]);
        assert_eq!(trim_to_letters("(total),"), "total");
        assert_eq!(trim_to_letters("42"), "");
    }
}
