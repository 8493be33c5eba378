//! The victims phrase scan finds what the one expression of every phrase
//! finds: [`hits_into`] reads most text with the phrases without a `*` and
//! looks for the `*` phrases only around their literals (see
//! [`crate::config::victims::Split`]).

use super::*;

/// The hits as the whole expression finds them, phrase by phrase.
fn reference(text: &str, config: &Config) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for m in config.victims.matcher.find_iter(text) {
        push_hit(text, 0, (m.start(), m.end()), config, &mut out);
    }
    out.iter().map(|h| (h.start, h.end, h.phrase)).collect()
}

fn scanned(text: &str, config: &Config) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    hits_into(text, 0, text.len(), config, &mut out);
    out.iter().map(|h| (h.start, h.end, h.phrase)).collect()
}

#[test]
fn the_split_scan_is_in_use() {
    let c = Config::builtin();
    let split = c.victims.split.as_ref().expect("the shipped phrases split");
    assert!(split.wild.is_some(), "the shipped phrases hold `*` phrases");
}

#[test]
fn star_phrases_and_their_neighbours_are_found_as_by_one_expression() {
    let c = Config::builtin();
    for text in [
        "The man was in critical condition; a woman IN STABLE CONDITION.",
        "He was in very poor but stable condition and suffered minor gunshot injuries.",
        "She suffered non-life-threatening injuries, in a b c d condition.",
        "There were no immediate official reports of any casualties.",
        "no reports of casualties, no reports of injuries, No * reports of * casualties",
        "Two were recovering from gunshot wounds and one from wounds.",
        "in in in condition condition; suffered suffered injuries injuries",
        "received-injuries in-condition suffered\ninjuries sustained  minor injuries",
        "sustained head injuries and was shot and killed; the killing of a man",
        "conditionally in a condition_ x in é condition, café suffered injuries",
        // A phrase starts as many words before its literal as its stars
        // and words allow, and no further.
        "he spent the whole long night at the city general hospital",
        "he spent the whole long cold night at the city general hospital",
        "she spent a night at the old county general hospital; taken to the  hospital",
        "upgraded to fair condition, then downgraded to very very poor condition",
        // Another phrase's literal nearer the start than this one's.
        "IN taken wounds received Condition and gunshot",
    ] {
        assert_eq!(scanned(text, &c), reference(text, &c), "{text}");
    }
}

#[test]
fn random_texts_of_phrase_words_are_scanned_as_by_one_expression() {
    let c = Config::builtin();
    let words = [
        "in",
        "no",
        "critical",
        "condition",
        "stable",
        "suffered",
        "received",
        "sustained",
        "minor",
        "injuries",
        "injury",
        "wounds",
        "wound",
        "reports",
        "of",
        "casualties",
        "recovering",
        "from",
        "immediate",
        "shot",
        "killed",
        "and",
        "one",
        "was",
        "injured",
        "died",
        "IN",
        "Condition",
        "a",
        "the",
        "gunshot",
        "non-life-threatening",
        "o'neil",
        "spent",
        "night",
        "at",
        "hospital",
        "taken",
        "to",
        "upgraded",
        "pronounced",
        "dead",
    ];
    let seps = [" ", " ", " ", " ", "  ", ", ", ". ", "\n", "-", "'", "é "];
    let mut found = 0;
    // Mostly single spaces, as the phrases are written.
    let texts = crate::config::victims::needles::generated_texts(
        &words,
        &seps,
        0x2545_f491_4f6c_dd1d,
        3000,
        (4, 20),
        3,
    );
    for text in texts {
        let want = reference(&text, &c);
        found += want.len();
        assert_eq!(scanned(&text, &c), want, "{text:?}");
    }
    assert!(found > 1000, "{found} hits: the texts should hold phrases");
}

#[test]
fn phrases_opening_with_a_star_or_beyond_ascii_are_found_as_by_one_expression() {
    const KINDS: &str = "version: 1\nkinds:\n  casualties:\n    extends: count\n    measures:\n      killed: [killed]\n";
    let texts = [
        "Two suffered minor injuries and one serious head injuries; in fair condition.",
        "injuries in bad condition, killed blessé, Blessé in a a a a condition",
    ];
    for (phrases, split) in [
        ("[killed, '* injuries', in * condition]", true),
        ("[killed, blessé, in * condition]", false),
        // The zero phrases of the shipped file hold no `*`.
        ("['suffered * injuries', 'in * condition']", true),
    ] {
        let yaml = format!("{KINDS}victims:\n  verbs:\n    injured: {phrases}\n");
        let c = Config::parse(&yaml, "c.yaml").unwrap();
        assert_eq!(c.victims.split.is_some(), split, "{phrases}");
        for text in texts {
            assert_eq!(scanned(text, &c), reference(text, &c), "{phrases}: {text}");
        }
    }
}
