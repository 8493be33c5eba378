//! Phrases with a `*` ("in * condition", "pronounced * dead"), read piece
//! by piece as the expression [`super::phrase_expr`] writes them would read
//! them: each literal run of words one space apart, and each `*` standing
//! for up to three words of `[a-z0-9'-]`, each with the space after it.
//!
//! Why not the expression: a lazy DFA builds its states anew on every
//! thread, and these phrases are tried on few, short places, where the
//! states built cost far more than the reading (callgrind, one thread, on
//! the extract bench: 923.6 M instructions with the two expressions, 918.3 M
//! read so; one expression a phrase had cost about 38,000 a call).

/// A `*` phrase: literal runs (lower-case, with their spaces) and, for
/// each `*`, `None`.
#[derive(Debug, Clone)]
pub struct Pieces(Vec<Option<Vec<u8>>>);

/// The most words a `*` stands for.
pub const STAR_WORDS: usize = 3;

impl Pieces {
    /// The pieces of phrase `p` (its words one space apart).
    pub fn new(p: &str) -> Pieces {
        let mut pieces: Vec<Option<Vec<u8>>> = Vec::new();
        let mut after_wild = false;
        for (i, w) in p.split_whitespace().enumerate() {
            let mut run = Vec::new();
            // Each word a star stands for brings its own space.
            if i > 0 && !after_wild {
                run.push(b' ');
            }
            after_wild = w == "*";
            if !after_wild {
                run.extend(w.to_ascii_lowercase().bytes());
            }
            if !run.is_empty() {
                match pieces.last_mut() {
                    Some(Some(last)) => last.extend_from_slice(&run),
                    _ => pieces.push(Some(run)),
                }
            }
            if after_wild {
                pieces.push(None);
            }
        }
        Pieces(pieces)
    }

    /// Whether the phrase is all of `b`, case-blind.
    pub fn is_whole(&self, b: &[u8]) -> bool {
        ends(&self.0, b, 0, true, &mut |end| end == b.len())
    }

    /// Where the phrase's first match at the start of lower-cased `low`
    /// ends before a word boundary, in the order a backtracking expression
    /// prefers (each `*` the most words first); `None` without one.
    pub fn prefix(&self, low: &[u8]) -> Option<usize> {
        let mut found = None;
        ends(&self.0, low, 0, false, &mut |end| {
            let boundary = super::ascii_boundary(low, end);
            if boundary {
                found = Some(end);
            }
            boundary
        });
        found
    }
}

/// Offers `take` each end of a match of `pieces` from `at` in `b`, in the
/// order of preference, until it says yes; whether it did. `blind`: letters
/// compared without case.
fn ends(
    pieces: &[Option<Vec<u8>>],
    b: &[u8],
    at: usize,
    blind: bool,
    take: &mut dyn FnMut(usize) -> bool,
) -> bool {
    let Some((first, rest)) = pieces.split_first() else {
        return take(at);
    };
    match first {
        Some(run) => {
            let here = b.get(at..at + run.len()).is_some_and(|h| match blind {
                true => h.eq_ignore_ascii_case(run),
                false => h == run.as_slice(),
            });
            here && ends(rest, b, at + run.len(), blind, take)
        }
        None => {
            let letter = |c: &u8| match blind {
                true => c.is_ascii_alphanumeric(),
                false => c.is_ascii_lowercase() || c.is_ascii_digit(),
            } || matches!(c, b'\'' | b'-');
            let mut after = [at; STAR_WORDS + 1];
            let mut n = 0;
            while n < STAR_WORDS {
                let from = after[n];
                let word = b[from..].iter().take_while(|c| letter(c)).count();
                if word == 0 || b.get(from + word) != Some(&b' ') {
                    break;
                }
                n += 1;
                after[n] = from + word + 1;
            }
            (0..=n).rev().any(|k| ends(rest, b, after[k], blind, take))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Pieces;

    /// The expression `phrase_expr` writes, as the scan compiles it.
    fn expr(p: &str, whole: bool) -> regex::bytes::Regex {
        let e = super::super::phrase_expr(p);
        let e = match whole {
            true => format!("(?i)^(?:{e})$"),
            false => format!(r"^(?:{e})(?-u:\b)"),
        };
        regex::bytes::RegexBuilder::new(&e)
            .unicode(false)
            .build()
            .unwrap()
    }

    #[test]
    fn pieces_read_as_the_expression_does() {
        let phrases = [
            "in * condition",
            "pronounced * dead",
            "* died",
            "was shot *",
            "taken to * hospital in * condition",
            "suffered *",
        ];
        let texts = [
            "in critical condition",
            "in critical but stable condition",
            "in very very very bad condition",
            "in very very very very bad condition",
            "in condition",
            "In Stable Condition",
            "pronounced him dead at the scene",
            "pronounced dead",
            "the man died",
            "she died later",
            "was shot",
            "was shot twice",
            "was shot in the leg by",
            "was shot in the leg",
            "taken to a nearby hospital in serious condition",
            "taken to hospital in fair condition",
            "suffered non-life-threatening gunshot injuries",
            "suffered o'neill's injuries",
            "suffered injuries,",
            "in critical condition.",
            "in 2 conditions",
            "incritical condition",
        ];
        for p in phrases {
            let pieces = Pieces::new(p);
            for t in texts {
                let low = t.to_ascii_lowercase();
                let whole = expr(p, true).is_match(t.as_bytes());
                assert_eq!(pieces.is_whole(t.as_bytes()), whole, "{p} whole on {t}");
                let prefix = expr(p, false).find(low.as_bytes()).map(|m| m.end());
                assert_eq!(pieces.prefix(low.as_bytes()), prefix, "{p} prefix on {t}");
            }
        }
    }
}
