//! No figure inside a family count ("a mother of two"), an address or block
//! ("2088 Philip Street", "the 1200 block of Elm Avenue"), an age ("Dana
//! Reyes, 24,", "a 19-year-old", "aged 19 and 24", "Dana Reyes, a
//! 24-year-old clerk,", "She was 24." after the name, "both 24", "Dana
//! Reyes, 24 and Tom Okafor, 25") or a count of the accused ("two men
//! charged with killing a clerk") ever becomes a toll, whatever the
//! sentence around it.

use crosscheck::config::Config;
use crosscheck::extract::extract;
use crosscheck::model::Article;
use proptest::prelude::*;
use std::sync::LazyLock;

static CONFIG: LazyLock<Config> = LazyLock::new(Config::builtin);

const NUMBER_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];
const FAMILY: &[&str] = &[
    "mother",
    "father",
    "grandmother",
    "dad",
    "mom",
    "grandfather",
];
const PERSONS: &[&str] = &["man", "woman", "teen", "clerk", "driver", "victim"];
const VERBS: &[&str] = &[
    "was killed",
    "was shot and killed",
    "died",
    "was wounded",
    "was fatally shot",
    "was pronounced dead",
    "was injured",
    "was hospitalized",
];
const OPENINGS: &[&str] = &["", "Police said ", "On Sunday, ", "Officials said that "];
const CLOSINGS: &[&str] = &[".", " on Friday night.", ", police said.", " in the crash."];
const NAMES: &[&str] = &["Dana Reyes", "Colm Ferris", "Priya Nair", "Tom Okafor"];
const STREETS: &[&str] = &["Philip Street", "Elm Avenue", "Harbor Road", "Main St."];

/// A sentence holding `figure` (as written) where it is no toll, and the
/// figure's value.
fn sentence() -> impl Strategy<Value = (String, f64)> {
    let pick = |xs: &'static [&'static str]| prop::sample::select(xs);
    let family = (
        pick(OPENINGS),
        pick(FAMILY),
        0..NUMBER_WORDS.len(),
        any::<bool>(),
        pick(VERBS),
        pick(CLOSINGS),
    )
        .prop_map(|(o, f, i, words, v, c)| {
            let n = (i + 2) as f64;
            let written = if words {
                NUMBER_WORDS[i].to_string()
            } else {
                (i + 2).to_string()
            };
            (format!("{o}a {f} of {written} {v}{c}"), n)
        });
    let address = (
        pick(OPENINGS),
        pick(PERSONS),
        pick(VERBS),
        100u32..9999,
        pick(STREETS),
        any::<bool>(),
    )
        .prop_map(|(o, p, v, n, s, block)| {
            let place = if block {
                format!("in the {n} block of {s}")
            } else {
                format!("at {n} {s}")
            };
            (format!("{o}a {p} {v} {place}."), f64::from(n))
        });
    let age = (
        pick(OPENINGS),
        pick(NAMES),
        pick(PERSONS),
        3u32..99,
        pick(VERBS),
        pick(CLOSINGS),
        0..7,
    )
        .prop_map(|(o, name, p, n, v, c, form)| {
            let other =
                NAMES[(NAMES.iter().position(|x| *x == name).unwrap_or(0) + 1) % NAMES.len()];
            let s = match form {
                0 => format!("{o}{name}, {n}, {v}{c}"),
                1 => format!("{o}a {n}-year-old {p} {v}{c}"),
                2 => format!("{o}{name}, a {n}-year-old {p}, {v}{c}"),
                3 => format!("Police named the {p} as {name}. She was {n}. {o}she {v}{c}"),
                4 => format!("{o}{name} and {other}, both {n}, were hurt{c}"),
                5 => format!("{o}{name}, {n} and {other}, {}, were killed{c}", n + 1),
                _ => format!(
                    "{o}the two victims, aged {n} and {}, {}",
                    n + 1,
                    "were hurt."
                ),
            };
            (s, f64::from(n))
        });
    let accused = (
        pick(OPENINGS),
        0..NUMBER_WORDS.len(),
        pick(&["men", "teens", "brothers", "suspects"]),
        pick(&[
            "charged with killing",
            "accused of shooting",
            "arrested for stabbing",
            "suspected of killing",
        ]),
        pick(PERSONS),
        pick(CLOSINGS),
    )
        .prop_map(|(o, i, who, what, p, c)| {
            let text = format!("{o}{} {who} {what} a {p}{c}", NUMBER_WORDS[i]);
            (text, (i + 2) as f64)
        });
    prop_oneof![family, address, age, accused]
}

proptest! {
    #[test]
    fn family_counts_addresses_and_ages_are_never_tolls((text, figure) in sentence()) {
        let a = Article { id: "p".into(), text: text.clone(), ..Article::default() };
        for c in extract(&a, &CONFIG) {
            if c.kind != "casualties" {
                continue;
            }
            let v = c.value.as_ref().and_then(|v| v.low);
            prop_assert!(v != Some(figure), "{text:?} gave {c:?}");
            // The claim's text never holds the figure as a toll of its own.
            prop_assert!(v.is_none_or(|v| v <= 2.0), "{text:?} gave {c:?}");
        }
    }
}
