//! A lazy tokenizer: the recogniser looks at a few tokens around each
//! candidate instead of tokenizing the whole text, which keeps the common
//! case (prose with no numbers) to one cheap pass over the bytes.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum K {
    /// A run of letters.
    Word,
    /// A run of ASCII digits.
    Num,
    /// Any other single character.
    Sym(char),
}

/// One token: byte span and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Tok {
    pub s: usize,
    pub e: usize,
    pub k: K,
}

impl Tok {
    pub fn is_sym(&self, c: char) -> bool {
        self.k == K::Sym(c)
    }
}

#[inline]
fn char_at(t: &str, pos: usize) -> Option<char> {
    t.get(pos..).and_then(|s| s.chars().next())
}

#[inline]
fn char_before(t: &str, pos: usize) -> Option<char> {
    t.get(..pos).and_then(|s| s.chars().next_back())
}

#[inline]
pub(super) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic()
    }
}

/// White space as `char::is_whitespace` has it, for an ASCII byte.
#[inline]
fn ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t'..=b'\r')
}

/// The token starting at or after `pos` (whitespace skipped).
///
/// ASCII bytes are read as bytes; only non-ASCII text pays for decoding
/// (the recogniser calls this a few times around every number).
pub(super) fn next(t: &str, mut pos: usize) -> Option<Tok> {
    let b = t.as_bytes();
    if !t.is_char_boundary(pos) {
        return None;
    }
    // Skip whitespace (ASCII fast path, Unicode spaces such as U+00A0 too).
    loop {
        let x = *b.get(pos)?;
        if x < 0x80 {
            if !ascii_space(x) {
                break;
            }
            pos += 1;
        } else {
            let c = char_at(t, pos)?;
            if !c.is_whitespace() {
                break;
            }
            pos += c.len_utf8();
        }
    }
    let s = pos;
    let x = b[pos];
    if x.is_ascii_digit() {
        let mut e = pos;
        while e < b.len() && b[e].is_ascii_digit() {
            e += 1;
        }
        return Some(Tok { s, e, k: K::Num });
    }
    let c = if x < 0x80 {
        x as char
    } else {
        char_at(t, pos)?
    };
    if is_letter(c) {
        let mut e = pos;
        while e < b.len() {
            let y = b[e];
            if y < 0x80 {
                if !y.is_ascii_alphabetic() {
                    break;
                }
                e += 1;
            } else {
                match char_at(t, e) {
                    Some(c) if is_letter(c) => e += c.len_utf8(),
                    _ => break,
                }
            }
        }
        return Some(Tok { s, e, k: K::Word });
    }
    Some(Tok {
        s,
        e: s + c.len_utf8(),
        k: K::Sym(c),
    })
}

/// The token ending at or before `pos` (whitespace skipped), not starting
/// before `floor`. ASCII fast path as in [`next`].
pub(super) fn prev(t: &str, mut pos: usize, floor: usize) -> Option<Tok> {
    let b = t.as_bytes();
    if !t.is_char_boundary(pos) {
        return None;
    }
    loop {
        if pos <= floor {
            return None;
        }
        let x = b[pos - 1];
        if x < 0x80 {
            if !ascii_space(x) {
                break;
            }
            pos -= 1;
        } else {
            let c = char_before(t, pos)?;
            if !c.is_whitespace() {
                break;
            }
            pos -= c.len_utf8();
        }
    }
    let e = pos;
    let x = b[pos - 1];
    if x.is_ascii_digit() {
        let mut s = pos;
        while s > floor && b[s - 1].is_ascii_digit() {
            s -= 1;
        }
        return Some(Tok { s, e, k: K::Num });
    }
    let c = if x < 0x80 {
        x as char
    } else {
        char_before(t, pos)?
    };
    if is_letter(c) {
        let mut s = pos;
        while s > floor {
            let y = b[s - 1];
            if y < 0x80 {
                if !y.is_ascii_alphabetic() {
                    break;
                }
                s -= 1;
            } else {
                match char_before(t, s) {
                    Some(c) if is_letter(c) => s -= c.len_utf8(),
                    _ => break,
                }
            }
        }
        return Some(Tok { s, e, k: K::Word });
    }
    let s = e - c.len_utf8();
    if s < floor {
        return None;
    }
    Some(Tok { s, e, k: K::Sym(c) })
}

/// Whether only whitespace (no newline pair, i.e. no paragraph break)
/// separates byte offsets `a <= b`.
pub(super) fn joined(t: &str, a: usize, b: usize) -> bool {
    match t.get(a..b) {
        Some(gap) => gap.bytes().filter(|&c| c == b'\n').count() < 2,
        None => false,
    }
}

/// Lower-cases an ASCII word into `buf`; `""` when it is too long or not
/// ASCII (no number or cue word is either).
pub(super) fn lower<'a>(w: &'a str, buf: &'a mut [u8; 24]) -> &'a str {
    let b = w.as_bytes();
    if b.len() > buf.len() || !w.is_ascii() {
        return "";
    }
    // Most words are in lower case already: the word itself, not a copy
    // read again as UTF-8.
    if !b.iter().any(u8::is_ascii_uppercase) {
        return w;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).unwrap_or("")
}

/// A lower-cased ASCII word (empty for long or non-ASCII words, which are
/// never cue words); avoids an allocation per lookup.
#[derive(Clone, Copy)]
pub(super) enum Lw<'a> {
    /// The word as written, when it is already in lower case (most
    /// words are): reading it as a `str` then costs nothing.
    Text(&'a str),
    /// A lower-cased copy on the stack: the bytes and their count.
    Buf([u8; 24], u8),
}

impl Lw<'_> {
    /// The empty word (what non-words read as).
    pub const EMPTY: Lw<'static> = Lw::Text("");

    #[inline]
    fn bytes(&self) -> &[u8] {
        match self {
            Lw::Text(s) => s.as_bytes(),
            Lw::Buf(b, n) => &b[..*n as usize],
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Lw::Text(s) => s,
            Lw::Buf(b, n) => std::str::from_utf8(&b[..*n as usize]).unwrap_or(""),
        }
    }
}

impl std::ops::Deref for Lw<'_> {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

// Comparisons work on bytes: no UTF-8 check per comparison (the cue
// tables compare each word against dozens of phrases).
impl PartialEq<&str> for Lw<'_> {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        self.bytes() == other.as_bytes()
    }
}

impl PartialEq<str> for Lw<'_> {
    #[inline]
    fn eq(&self, other: &str) -> bool {
        self.bytes() == other.as_bytes()
    }
}

impl PartialEq<Lw<'_>> for &str {
    #[inline]
    fn eq(&self, other: &Lw) -> bool {
        other == self
    }
}

/// [`CASE`] bit of an ASCII upper-case letter.
const UPPER: u8 = 1;
/// [`CASE`] bit of a non-ASCII byte.
const NON_ASCII: u8 = 2;

/// `UPPER`, `NON_ASCII` or 0 for every byte.
static CASE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = if c >= 0x80 {
            NON_ASCII
        } else if (c as u8).is_ascii_uppercase() {
            UPPER
        } else {
            0
        };
        c += 1;
    }
    t
};

/// The lower-cased text of a word token.
pub(super) fn lw<'a>(t: &'a str, tok: &Tok) -> Lw<'a> {
    if tok.k != K::Word {
        return Lw::EMPTY;
    }
    let Some(b) = t.as_bytes().get(tok.s..tok.e) else {
        return Lw::EMPTY;
    };
    if b.len() > 24 {
        return Lw::EMPTY;
    }
    // One pass and one table load a byte for both questions (non-ASCII?
    // upper case?): this runs for nearly every word the checks read.
    let class = b.iter().fold(0u8, |a, &c| a | CASE[c as usize]);
    if class & NON_ASCII != 0 {
        return Lw::EMPTY;
    }
    if class & UPPER == 0 {
        return Lw::Text(t.get(tok.s..tok.e).unwrap_or(""));
    }
    let mut buf = [0; 24];
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    Lw::Buf(buf, b.len() as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass [`lw`] agrees with the plain reading: ASCII words of
    /// up to 24 bytes lower-cased, anything else empty.
    #[test]
    fn lw_matches_plain_lowercasing() {
        let words = [
            "",
            "a",
            "Million",
            "million",
            "MILLION",
            "café",
            "Ünter",
            "abcdefghijklmnopqrstuvwx",
            "abcdefghijklmnopqrstuvwxy",
            "ABCDEFGHIJKLMNOPQRSTUVWX",
            "zZ",
            "@[`{",
        ];
        for w in words {
            let t = format!("x {w} y");
            let tok = Tok {
                s: 2,
                e: 2 + w.len(),
                k: K::Word,
            };
            let want = if w.len() <= 24 && w.is_ascii() {
                w.to_ascii_lowercase()
            } else {
                String::new()
            };
            assert_eq!(lw(&t, &tok).as_str(), want, "{w:?}");
        }
        let num = Tok {
            s: 0,
            e: 1,
            k: K::Num,
        };
        assert_eq!(lw("1", &num).as_str(), "");
    }
}
