//! The trigger words of `claims.yaml` found by packed (Teddy) searchers on
//! a lower-cased copy of a sentence, as [`Config::trigger_matcher`] finds
//! them.
//!
//! Every sentence with a figure is searched for the trigger words. The
//! automaton ran at about 18 instructions a byte (a DFA step for each byte,
//! case folded); vector searchers skip ahead to the few places where a
//! word starts, and the automaton, anchored there, says which word is the
//! longest that starts there. The trigger scan of the extract benchmark
//! fell from 25.2 M instructions to 17.9 M (three searchers: 35 and 35
//! words of four bytes or more, and "aid"); in one searcher of all the
//! words, or in runs of 32 (which the crate reads with its slim, 8-bucket
//! Teddy), the false starts cost about as much as the automaton.
//!
//! [`Config::trigger_matcher`]: super::Config::trigger_matcher

use super::victims::needles::teddy_order;
use aho_corasick::{packed, AhoCorasick, Anchored, Input, MatchKind, Span, StartKind};

/// How many words one packed searcher takes (its fat Teddy's limit).
const PER_SEARCHER: usize = 64;

/// The most bytes of a place Teddy reads to tell whether a word may start
/// there.
const TEDDY_BYTES: usize = 4;

/// The most searchers a scan runs (the places they found are kept on the
/// stack).
const MAX_SEARCHERS: usize = 4;

/// The trigger words as packed searchers and an anchored automaton.
#[derive(Debug, Clone)]
pub struct TriggerScan {
    /// The words (see [`word_starts`]) in the order [`teddy_order`] deals
    /// them into buckets: those of [`TEDDY_BYTES`] or more in as few runs
    /// of at most [`PER_SEARCHER`] as hold them, then, if any, the shorter
    /// ones.
    packed: Vec<packed::Searcher>,
    /// The words, longest match first, anchored: the same pattern
    /// numbers as `trigger_matcher`.
    anchored: AhoCorasick,
}

impl TriggerScan {
    /// The scan of `patterns` (lower-case, none empty, in the order of
    /// `trigger_matcher`); `None` where the packed searcher cannot be built
    /// (a machine without the vector instructions Teddy needs), when the
    /// automaton reads alone.
    pub fn new(patterns: &[String]) -> Option<TriggerScan> {
        // Teddy reads as many bytes of each place as its shortest word
        // holds, up to four: a word of three ("aid", in every "said")
        // would make the places that fit each bucket far more, and is
        // looked for apart.
        if patterns.is_empty() {
            return None;
        }
        let (long, short): (Vec<&[u8]>, Vec<&[u8]>) = word_starts(patterns)
            .into_iter()
            .partition(|w| w.len() >= TEDDY_BYTES);
        let searcher = |words: &[&[u8]]| {
            let order = teddy_order(words);
            packed::Config::new()
                .match_kind(packed::MatchKind::LeftmostFirst)
                .builder()
                .extend(order.iter().map(|&i| words[i]))
                .build()
        };
        let mut packed = Vec::new();
        for run in long.chunks(
            long.len()
                .div_ceil(long.len().div_ceil(PER_SEARCHER))
                .max(1),
        ) {
            packed.push(searcher(run)?);
        }
        if !short.is_empty() {
            packed.push(searcher(&short)?);
        }
        if packed.len() > MAX_SEARCHERS {
            return None;
        }
        let anchored = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(patterns)
            .ok()?;
        Some(TriggerScan { packed, anchored })
    }

    /// Each match of the words in `low` (a lower-cased text) as
    /// `trigger_matcher.find_iter` finds them in the text: its start, end
    /// and pattern number, in text order.
    ///
    /// Leftmost-longest: of the matches that start leftmost, the longest,
    /// and the next search from its end. Every word starts with one a
    /// searcher looks for (itself, or a shorter word at its start), so the
    /// nearest place any searcher finds is the leftmost start. A searcher
    /// is asked again only once the scan has passed the place it gave.
    pub fn find_each(&self, low: &[u8], mut found: impl FnMut(usize, usize, usize)) {
        let mut at = 0;
        let mut next = [None; MAX_SEARCHERS];
        let mut asked = [false; MAX_SEARCHERS];
        loop {
            for (k, searcher) in self.packed.iter().enumerate() {
                if !asked[k] || next[k].is_some_and(|p| p < at) {
                    next[k] = searcher
                        .find_in(low, Span::from(at..low.len()))
                        .map(|m| m.start());
                    asked[k] = true;
                }
            }
            let Some(p) = next.iter().flatten().min().copied() else {
                break;
            };
            let input = Input::new(low).range(p..).anchored(Anchored::Yes);
            match self.anchored.find(input) {
                Some(m) => {
                    found(m.start(), m.end(), m.pattern().as_usize());
                    at = m.end();
                }
                // (Not met: the word found there is one. Stepping on keeps
                // the loop finite regardless.)
                None => at = p + 1,
            }
        }
    }
}

/// The words the searchers look for: those that hold no other at their
/// start ("deadlines" is found where "deadline" is, and the anchored
/// automaton then takes the longest).
fn word_starts(patterns: &[String]) -> Vec<&[u8]> {
    let mut words: Vec<&[u8]> = patterns.iter().map(|p| p.as_bytes()).collect();
    words.sort_unstable();
    words.dedup();
    words
        .iter()
        .copied()
        .filter(|w| !words.iter().any(|o| o.len() < w.len() && w.starts_with(o)))
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    /// The scan finds what the automaton finds, at the same places, in
    /// texts of every trigger word in three cases, of words that hold one
    /// ("said", "overkill") and of longer triggers' parts.
    #[test]
    fn the_scan_finds_what_the_automaton_finds() {
        let c = Config::builtin();
        let scan = c.trigger_scan.as_ref().expect("the shipped triggers pack");
        let mut words: Vec<String> = Vec::new();
        for k in c.raw.kinds.values() {
            for ws in k.measures.values() {
                for w in ws {
                    let title = w[..1].to_uppercase() + &w[1..];
                    words.extend([w.clone(), w.to_uppercase(), title]);
                    words.extend(w.split(' ').map(str::to_string));
                }
            }
        }
        words.extend(["said", "overkill", "x", "", "d", "é", "DEADLINEs"].map(String::from));
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let seps = [" ", ", ", ".", "-", "é ", ""];
        let mut found = 0;
        for text in
            crate::config::victims::needles::generated_texts(&words, &seps, 5, 2000, (1, 14), 3)
        {
            let want: Vec<(usize, usize, usize)> = c
                .trigger_matcher
                .find_iter(&text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            let mut low = Vec::new();
            crate::config::lower_into(&text, &mut low);
            let mut got = Vec::new();
            scan.find_each(&low, |s, e, p| got.push((s, e, p)));
            assert_eq!(got, want, "{text:?}");
            found += want.len();
        }
        assert!(found > 5000, "{found}: the texts should hold triggers");
    }
}
