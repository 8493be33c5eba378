//! Case-blind look-ups of short words (aliases, words that never name a
//! subject), which run several times for every capitalised word of every
//! sentence with a figure.
//!
//! The tables are fixed when the rules are parsed and the keys are a few
//! bytes long, so two things the standard map pays for are dropped: the
//! SipHash hasher (a keyed hash against flooding; these tables never grow
//! from input) and the UTF-8 check of a lower-cased copy (keys are bytes).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-and-rotate hasher in the manner of rustc's `FxHasher`: a few
/// instructions per eight bytes.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in chunks.by_ref() {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The hasher of the word tables.
pub type WordHash = BuildHasherDefault<WordHasher>;

/// Lower-case words (as bytes) → a value.
pub type WordMap<V> = HashMap<Box<[u8]>, V, WordHash>;

/// A set of lower-case words (as bytes).
pub type WordSet = HashSet<Box<[u8]>, WordHash>;

/// Calls `f` with the bytes of `s.to_lowercase()`, without allocating for
/// the short ASCII words that names and their look-ups almost always are.
pub fn with_lower_bytes<R>(s: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 64];
    if s.len() <= buf.len() {
        let b = &mut buf[..s.len()];
        // For ASCII text this is exactly what `to_lowercase` does. (In one
        // pass, which also tells whether the text is ASCII: a copy then
        // `make_ascii_lowercase` called `memcpy` for words of a few bytes,
        // and `is_ascii` first read them twice.)
        let mut high = 0u8;
        for (d, &c) in b.iter_mut().zip(s.as_bytes()) {
            high |= c;
            *d = c.to_ascii_lowercase();
        }
        if high < 0x80 {
            return f(b);
        }
    }
    f(s.to_lowercase().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_bytes_agree_with_to_lowercase() {
        let long = "Ab".repeat(40);
        for s in ["Kyiv", "U.S.", "ÉTATS", "İstanbul", "", "ſ", long.as_str()] {
            with_lower_bytes(s, |b| assert_eq!(b, s.to_lowercase().as_bytes(), "{s}"));
        }
    }

    #[test]
    fn tables_find_their_words_by_bytes() {
        let mut m: WordMap<usize> = WordMap::default();
        for (i, w) in ["kyiv", "united states", "a", "eu", "zaporizhzhia"]
            .iter()
            .enumerate()
        {
            m.insert(w.as_bytes().into(), i);
        }
        assert_eq!(m.get(b"united states".as_slice()), Some(&1));
        assert_eq!(m.get(b"zaporizhzhia".as_slice()), Some(&4));
        assert_eq!(m.get(b"united state".as_slice()), None);
    }
}
