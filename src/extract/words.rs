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
        let head = &s[..end];
        let Some(word_end) = head
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_whitespace())
            .map(|(i, c)| i + c.len_utf8())
        else {
            break;
        };
        let word_start = head[..word_end]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        out[n] = &s[word_start..word_end];
        n += 1;
        end = word_start;
    }
    (out, n)
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
        fn agree_with_the_std_forms(s in "[ \\t\\n\\u{a0}\\u{2009}\\u{3000}aZ.,'’(0-9é]{0,30}") {
            let (w, n) = last_words::<3>(&s);
            let slow: Vec<&str> = s.split_whitespace().rev().take(3).collect();
            prop_assert_eq!(&w[..n], slow.as_slice());
            prop_assert_eq!(trim_to_letters(&s), s.trim_matches(|c: char| !c.is_alphabetic()));
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
