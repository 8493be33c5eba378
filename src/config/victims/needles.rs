//! The victims phrases without a `*`, found through one word each of them
//! holds. As one expression between word boundaries, the phrases were
//! looked for by the regex crate's prefilter on their first bytes, and
//! openings as common as "in ", "no ", "pro" and "sta" ("in critical
//! condition", "no one was hurt", "pronounced dead", "stabbed") stopped it
//! every few words to be tried by the lazy DFA: the scan of every
//! paragraph was a tenth of extraction. Here an Aho-Corasick automaton
//! looks for one word of each phrase, chosen rare (news text holds about
//! one in 500 bytes), and the phrases it belongs to are compared byte for
//! byte where it puts their start.

/// The plain phrases and the words they are found by.
#[derive(Debug, Clone)]
pub struct Needles {
    /// The words, no one inside another: at each place of a text at most
    /// one of them starts, so a leftmost-first search restarted one byte
    /// on finds every place each of them stands.
    words: aho_corasick::AhoCorasick,
    /// The same words as a packed (Teddy) searcher, which `words` runs as
    /// its prefilter: asked directly, each search skips the automaton's
    /// set-up and its confirmation of the match (none, on machines without
    /// the vector instructions Teddy needs). It holds them in the order of
    /// [`teddy_order`], with the index in `words` of each.
    packed: Option<(aho_corasick::packed::Searcher, Vec<usize>)>,
    /// For each word, where it stands in the phrases that are found by it
    /// (bytes from the phrase's start), once each, with those phrases.
    offsets: Vec<Starts>,
    /// The largest of `offsets`.
    max_offset: usize,
    /// For each word that is (or is inside) a literal of a `*` phrase, the
    /// most words such a phrase may hold before it (each `*` as
    /// [`super::wild::STAR_WORDS`]), so the phrase starts within that many
    /// words before the place it is found (see [`Needles::wild_at`]).
    wild: Vec<Option<usize>>,
}

/// Where a word stands in phrases (bytes from their start), each place
/// with the phrases that hold the word there.
type Starts = Vec<(usize, Vec<Box<[u8]>>)>;

/// Words too common in news text to find a phrase by when it holds
/// another ("no one was hurt" is found by "hurt").
const COMMON: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "been", "by", "else", "expected", "for", "from",
    "had", "has", "have", "her", "his", "in", "is", "it", "its", "no", "not", "of", "on", "one",
    "or", "other", "the", "their", "there", "to", "was", "were", "with",
];

impl Needles {
    /// The scan of `phrases` (lower-case, ASCII, none with a `*`; longest
    /// first, the order of preference); `literals` are those the `*`
    /// phrases are looked for around, found in the same search, each with
    /// the most words its phrase may hold before it.
    pub fn new(
        phrases: &[&String],
        literals: &[(String, usize)],
    ) -> Result<Needles, aho_corasick::BuildError> {
        // Each phrase's words, with their offsets.
        let words_of = |p: &str| -> Vec<(usize, String)> {
            let mut out = Vec::new();
            let mut start = None;
            for (i, b) in p.bytes().chain([b' ']).enumerate() {
                match (b.is_ascii_whitespace(), start) {
                    (false, None) => start = Some(i),
                    (true, Some(s)) => {
                        out.push((s, p[s..i].to_string()));
                        start = None;
                    }
                    _ => {}
                }
            }
            out
        };
        // A phrase of one word is found by it; another by a word already
        // chosen if it holds one (it then costs nothing), else by its
        // longest word that is not common.
        let mut chosen: Vec<String> = phrases
            .iter()
            .filter_map(|p| match words_of(p).as_slice() {
                [(_, w)] => Some(w.clone()),
                _ => None,
            })
            .collect();
        let mut picks = Vec::with_capacity(phrases.len());
        for p in phrases {
            let words = words_of(p);
            let known = words
                .iter()
                .filter(|(_, w)| chosen.contains(w))
                .max_by_key(|(_, w)| w.len());
            let rare = || {
                words
                    .iter()
                    .filter(|(_, w)| !COMMON.contains(&w.as_str()))
                    .max_by_key(|(_, w)| w.len())
            };
            let longest = || words.iter().max_by_key(|(_, w)| w.len());
            // Every phrase holds a word: it is not empty once trimmed.
            let Some((mut at, mut w)) = known.or_else(rare).or_else(longest).cloned() else {
                continue;
            };
            // A word of three letters ("were hit") would make every
            // word of the automaton be looked for by its first three
            // bytes, which news text holds far more often: it is looked
            // for with the space before it.
            if w.len() < 4 && at > 0 && !chosen.contains(&w) {
                at -= 1;
                w = p[at..at + w.len() + 1].to_string();
            }
            if !chosen.contains(&w) {
                chosen.push(w.clone());
            }
            picks.push((w, at, p.as_bytes()));
        }
        // A word that holds another chosen word (or literal) is found by
        // that one.
        chosen.extend(literals.iter().map(|(l, _)| l.clone()));
        chosen.sort_by_key(|w| (w.len(), w.clone()));
        chosen.dedup();
        let mut kept: Vec<String> = Vec::new();
        for w in &chosen {
            if !kept.iter().any(|k| w.contains(k.as_str())) {
                kept.push(w.clone());
            }
        }
        let mut offsets: Vec<Starts> = vec![Vec::new(); kept.len()];
        for (w, at, p) in picks {
            // The first kept word inside `w`, and where it stands in it.
            let Some((id, inner)) = kept
                .iter()
                .enumerate()
                .find_map(|(id, k)| w.find(k.as_str()).map(|i| (id, i)))
            else {
                continue;
            };
            let k = at + inner;
            match offsets[id].iter_mut().find(|(o, _)| *o == k) {
                Some((_, phrases)) => phrases.push(p.into()),
                None => offsets[id].push((k, vec![p.into()])),
            }
        }
        let mut wild: Vec<Option<usize>> = vec![None; kept.len()];
        for (l, before) in literals {
            let Some(id) = kept.iter().position(|k| l.contains(k.as_str())) else {
                continue;
            };
            // The words of the literal before the word where it is found,
            // wherever it stands in it (a kept word may open mid-word or
            // on the space before a word: one word of slack).
            let inner = l
                .match_indices(kept[id].as_str())
                .map(|(i, _)| l[..i].bytes().filter(|&b| b == b' ').count() + 1)
                .max()
                .unwrap_or(0);
            let n = before + inner;
            wild[id] = Some(wild[id].map_or(n, |w: usize| w.max(n)));
        }
        let max_offset = offsets.iter().flatten().map(|(o, _)| *o).max().unwrap_or(0);
        let words = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(&kept)?;
        let order = teddy_order(&kept);
        let packed = aho_corasick::packed::Config::new()
            .match_kind(aho_corasick::packed::MatchKind::LeftmostFirst)
            // Past 64 words the crate's heuristic turns Teddy down for
            // slow confirmation; here a word is confirmed in one compare,
            // and the fallback (Rabin-Karp) tripled the scan's cost when
            // the shipped words went from 64 to 65.
            .heuristic_pattern_limits(false)
            .builder()
            .extend(order.iter().map(|&i| &kept[i]))
            .build()
            .map(|p| (p, order));
        Ok(Needles {
            words,
            packed,
            offsets,
            max_offset,
            wild,
        })
    }

    /// Every place in `low` where one of the words starts, and which, in
    /// text order, into `out` (cleared first).
    pub fn scan(&self, low: &[u8], out: &mut Vec<(usize, usize)>) {
        out.clear();
        let mut from = 0;
        while from < low.len() {
            // No word starts where another does: the two searchers find the
            // same word at each place.
            let m = match &self.packed {
                Some((p, order)) => p
                    .find_in(low, aho_corasick::Span::from(from..low.len()))
                    .map(|m| (m.start(), order[m.pattern().as_usize()])),
                None => self
                    .words
                    .find(aho_corasick::Input::new(low).range(from..))
                    .map(|m| (m.start(), m.pattern().as_usize())),
            };
            let Some(m) = m else {
                break;
            };
            out.push(m);
            from = m.0 + 1;
        }
    }

    /// The first place at or after `from`, of the [`Needles::scan`] `seen`
    /// of a text, where a word stands that is (or is inside) a literal of a
    /// `*` phrase: every such literal at or after `from` holds one of these
    /// places, so it lies in the same run of phrase bytes or after it.
    pub fn wild_at(&self, seen: &[(usize, usize)], from: usize) -> Option<usize> {
        self.wild_from(seen, from).next().map(|(q, _)| q)
    }

    /// Each place at or after `from`, of the [`Needles::scan`] `seen` of a
    /// text, where a word stands that is (or is inside) a literal of a `*`
    /// phrase, in text order, with the most words a `*` phrase found there
    /// may hold before it: such a phrase starts within them.
    pub fn wild_from<'s>(
        &'s self,
        seen: &'s [(usize, usize)],
        from: usize,
    ) -> impl Iterator<Item = (usize, usize)> + 's {
        let i = seen.partition_point(|&(q, _)| q < from);
        seen[i..]
            .iter()
            .filter_map(|&(q, id)| self.wild[id].map(|n| (q, n)))
    }

    /// The first match at or after `at` of the phrases in lower-cased
    /// `low`, as the unanchored expression `\b(?:phrases)\b` finds it: the
    /// leftmost start, and there the phrase preferred. `seen` is the
    /// [`Needles::scan`] of `low`.
    pub fn find_at(
        &self,
        low: &[u8],
        seen: &[(usize, usize)],
        at: usize,
    ) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for &(q, id) in &seen[seen.partition_point(|&(q, _)| q < at)..] {
            // Words further on put phrases' starts after the best one.
            if best.is_some_and(|(s, _)| q > s + self.max_offset) {
                break;
            }
            for (k, phrases) in &self.offsets[id] {
                let k = *k;
                let Some(s) = q.checked_sub(k) else {
                    continue;
                };
                if s < at || best.is_some_and(|(b, _)| s > b) {
                    continue;
                }
                if !super::ascii_boundary(low, s) {
                    continue;
                }
                // The phrases found by this word that stand here, whole
                // words; those of another word are tried where it stands.
                // Of those starting at one place the expression prefers
                // the first it lists, the longest: two of one length that
                // both stand there are one phrase.
                let here = |p: &[u8]| {
                    !p.is_empty()
                        && low[s..].starts_with(p)
                        && super::ascii_boundary(low, s + p.len())
                };
                let Some(len) = phrases.iter().filter(|p| here(p)).map(|p| p.len()).max() else {
                    continue;
                };
                best = match best {
                    Some((b, e)) if b == s => Some((s, e.max(s + len))),
                    _ => Some((s, s + len)),
                };
            }
        }
        best
    }
}

/// The order to give `words` to the packed searcher: sorted by their
/// first three bytes, and dealt so that words next to each other share a
/// bucket.
///
/// Teddy looks for each of its (fat: 16) buckets of words by a fingerprint
/// of their first three bytes, the sets of the bytes' halves at each
/// place; a place of the text that fits a bucket's fingerprint is checked
/// against each of its words. The crate deals words into buckets by their
/// order (the `i`-th to bucket `15 - i % 16`, unless one with the same low
/// halves came before), so in the order `words` are built in ("hurt",
/// "shot", "herself", "without"…) each bucket mixed unrelated openings, and
/// its fingerprint fitted many more places of news text than any of its
/// words: most of the scan's time went to checking those false starts.
/// Words of one opening ("stabbed", "stabbing", "striking") in one bucket
/// keep its fingerprint narrow. Sorted by the second byte first ("died",
/// "dies", "life", "lives", "killed" together), the scan checked about a
/// tenth fewer false starts than sorted by the first, on ECB+ and on the
/// local-news samples alike. No word starts where another does, so the
/// order changes no match (a test compares the two searchers).
pub(crate) fn teddy_order<W: AsRef<[u8]>>(words: &[W]) -> Vec<usize> {
    const BUCKETS: usize = 16;
    let mut sorted: Vec<usize> = (0..words.len()).collect();
    sorted.sort_by_key(|&i| bucket_key(words[i].as_ref()));
    let mut order = vec![0; words.len()];
    let mut next = sorted.into_iter();
    // Bucket `b` takes the places `15 - b`, `31 - b`, … of the order: a
    // run of the sorted words each.
    for b in 0..BUCKETS {
        for place in (BUCKETS - 1 - b..words.len()).step_by(BUCKETS) {
            order[place] = next.next().expect("one word for each place");
        }
    }
    order
}

/// The key [`teddy_order`] sorts words by: the second byte, then the first
/// and the third.
fn bucket_key(w: &[u8]) -> (Option<&u8>, Option<&u8>, Option<&u8>) {
    (w.get(1), w.first(), w.get(2))
}

/// `count` texts of `words`, each of `len.0` words and fewer than
/// `len.1` more, joined by single spaces save one join in `sep_one_in`
/// (on average), which is one of `seps`; drawn from a fixed linear
/// congruential sequence started at `seed`: the same texts every run.
#[cfg(test)]
pub(crate) fn generated_texts(
    words: &[&str],
    seps: &[&str],
    seed: u64,
    count: usize,
    len: (usize, usize),
    sep_one_in: usize,
) -> Vec<String> {
    let mut seed = seed;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize % n
    };
    let mut out = Vec::with_capacity(count);
    for _ in 0..count {
        let mut text = String::new();
        for _ in 0..(len.0 + next(len.1)) {
            text.push_str(words[next(words.len())]);
            text.push_str(if next(sep_one_in) == 0 {
                seps[next(seps.len())]
            } else {
                " "
            });
        }
        out.push(text);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    /// Every match from every place, by the needles and by the expression.
    /// The match from each place of a text.
    type Matches = Vec<Option<(usize, usize)>>;

    fn both(text: &str, c: &Config) -> (Matches, Matches) {
        let split = c.victims.split.as_ref().expect("the shipped phrases split");
        let mut low = Vec::new();
        crate::config::lower_into(text, &mut low);
        let mut seen = Vec::new();
        split.found_by.scan(&low, &mut seen);
        let by_needles = (0..=low.len()).map(|at| split.found_by.find_at(&low, &seen, at));
        let by_expr =
            (0..=low.len()).map(|at| split.plain.find_at(&low, at).map(|m| (m.start(), m.end())));
        (by_needles.collect(), by_expr.collect())
    }

    #[test]
    fn the_needles_find_what_the_expression_finds() {
        let c = Config::builtin();
        for text in [
            "A man was shot dead; no one else was hurt and nobody was killed.",
            "Officers pronounced him dead. She was in critical condition, later died.",
            "the shooting deaths of two men; shot and killed; unhurt, uninjured, no-one was injured",
            "Noone was hurt. NO ONE WAS HURT. killed_ xkilled killedx _killed killed",
            "took his own life, took the lives of, fell to their deaths, hanged himself",
            "no immediate reports of injuries, no reports of injury; deadline, deadly, stabbing",
        ] {
            let (a, b) = both(text, &c);
            assert_eq!(a, b, "{text}");
        }
    }

    #[test]
    fn random_texts_of_every_phrase_word_are_read_alike() {
        let c = Config::builtin();
        let mut words: Vec<String> = Vec::new();
        for p in c.victims.index.keys() {
            let p = std::str::from_utf8(p).unwrap();
            for w in p.split(' ') {
                if !words.iter().any(|x| x == w) {
                    words.push(w.to_string());
                }
            }
        }
        words.extend(["Killed", "DEAD", "xdead", "deadline", "un"].map(String::from));
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let seps = [" ", " ", " ", ", ", ". ", "-", "_", "é "];
        let mut found = 0;
        for text in super::generated_texts(&words, &seps, 0x9e37_79b9_7f4a_7c15, 1500, (3, 12), 4) {
            let (a, b) = both(&text, &c);
            found += b.iter().filter(|m| m.is_some()).count();
            assert_eq!(a, b, "{text:?}");
        }
        assert!(found > 1000, "{found}: the texts should hold phrases");
    }
}

#[cfg(test)]
mod packed_tests {
    use crate::config::Config;

    /// The phrase scan of the shipped rules.
    fn shipped() -> super::Needles {
        let c = Config::builtin();
        c.victims.split.expect("the shipped phrases split").found_by
    }

    /// The packed searcher and the automaton find the same words at the
    /// same places (on a machine without Teddy both scans are the
    /// automaton's).
    #[test]
    fn the_packed_searcher_finds_what_the_automaton_finds() {
        let n = &shipped();
        let words = [
            "killed",
            "shot",
            "gunshot",
            "hospital",
            "taken to",
            "in",
            "critical",
            "condition",
            "deadline",
            "hit",
            "white",
            "reports",
            "of",
            "no",
            "x",
            "",
            "injuries",
        ];
        let seps = [" ", ", ", ".", "-", "é "];
        for text in super::generated_texts(&words, &seps, 7, 500, (0, 12), 3) {
            let mut low = Vec::new();
            crate::config::lower_into(&text, &mut low);
            let mut got = Vec::new();
            n.scan(&low, &mut got);
            let mut want = Vec::new();
            let mut from = 0;
            while let Some(m) = n.words.find(aho_corasick::Input::new(&low).range(from..)) {
                want.push((m.start(), m.pattern().as_usize()));
                from = m.start() + 1;
            }
            assert_eq!(got, want, "{text:?}");
        }
    }

    /// The packed searcher takes at most 127 words; past 64 it is built
    /// only because its heuristic limit is turned off. With the limit on,
    /// the 65th word (one more phrase in the rules file) left the scan to
    /// a slower searcher and tripled its cost.
    #[test]
    fn the_shipped_words_fit_the_packed_searcher() {
        let n = &shipped();
        let words = n.words.patterns_len();
        assert!(words < 128, "{words} words: the packed searcher takes 127");
        let many: Vec<String> = (0..100).map(|i| format!("word{i:03}x")).collect();
        let refs: Vec<&String> = many.iter().collect();
        let n = super::Needles::new(&refs, &[]).expect("builds");
        assert_eq!(n.words.patterns_len(), 100);
        if cfg!(target_arch = "x86_64") && std::is_x86_feature_detected!("ssse3") {
            assert!(n.packed.is_some(), "a hundred words are searched packed");
        }
    }
}
