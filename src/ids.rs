//! Stable identifiers: a hash of what a cluster or finding is about, so ids
//! survive re-runs and re-ordered inputs and editors can key decisions on
//! them.

/// FNV-1a over the parts (each followed by a separator), as 12 hex digits.
/// FNV is tiny, has no dependency and is stable across Rust versions, which
/// `std`'s `DefaultHasher` does not promise.
pub fn hash(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0x1f)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{:012x}", h >> 16)
}

#[cfg(test)]
mod tests {
    #[test]
    fn stable_and_separating() {
        assert_eq!(super::hash(&["a", "b"]), super::hash(&["a", "b"]));
        assert_ne!(super::hash(&["ab", ""]), super::hash(&["a", "b"]));
        assert_eq!(super::hash(&["x"]).len(), 12);
    }
}
