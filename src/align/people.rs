//! One person under the names outlets give them: "John Jenkin", "Jenkin"
//! and "Johnny Jenkin" are one person; "Katie Jenkin" is another.
//!
//! Age claims line up by person rather than by their subject as written.
//! Two names are one person when their surnames match (spelling variants
//! too: Raite and Rait) and their first names, where both give one, are
//! variants (Katie and Kathryn share their first three letters; Katherine
//! and Catherine are near in spelling). A surname alone is that person
//! when exactly one person of the batch carries it.

use crate::config::Config;
use crate::model::Claim;
use std::collections::{BTreeMap, HashMap};

/// Maps the subject of each age claim of `claims` to the name its person is
/// shown by (the longest name given for them). Descriptions of unnamed
/// people ("50-year-old man") map to themselves.
pub fn person_names(claims: &[Claim], config: &Config) -> HashMap<String, String> {
    let mut subjects: Vec<&str> = claims
        .iter()
        .filter(|c| config.is_age(&c.kind))
        .filter_map(|c| c.subject.as_deref())
        .collect();
    subjects.sort_unstable();
    subjects.dedup();
    // Surnames are short, and short names near in spelling are often two
    // families (Simons, Simpson): a stricter bar than for places.
    let threshold = config.raw.alignment.name_similarity.max(0.95);
    // Persons by surname initial: (surname, first name, names given).
    let mut persons: BTreeMap<char, Vec<Person>> = BTreeMap::new();
    let mut out = HashMap::new();
    // Full names first, so that a surname alone finds every person it
    // could be.
    let mut named: Vec<(&str, String, Option<String>)> = Vec::new();
    for s in subjects {
        match parts(s) {
            Some((surname, first)) => named.push((s, surname, first)),
            None => {
                out.insert(s.to_string(), s.to_string());
            }
        }
    }
    named.sort_by_key(|(s, _, first)| (first.is_none(), std::cmp::Reverse(s.len()), *s));
    for (s, surname, first) in named {
        let Some(initial) = surname.chars().next() else {
            continue;
        };
        let bucket = persons.entry(initial).or_default();
        let same_surname: Vec<usize> = bucket
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.surname == surname || strsim::jaro_winkler(&p.surname, &surname) >= threshold
            })
            .map(|(i, _)| i)
            .collect();
        let found = match &first {
            Some(f) => same_surname
                .iter()
                .copied()
                .find(|&i| bucket[i].first.as_deref().is_some_and(|g| variants(f, g))),
            // A surname alone: the one person who carries it, if one.
            None => (same_surname.len() == 1).then(|| same_surname[0]),
        };
        match found {
            Some(i) => bucket[i].names.push(s),
            None => bucket.push(Person {
                surname,
                first,
                names: vec![s],
            }),
        }
    }
    for p in persons.values().flatten() {
        // The longest name shows the person; names were sorted longest
        // first, so it is the first.
        let shown = p.names[0];
        for n in &p.names {
            out.insert(n.to_string(), shown.to_string());
        }
    }
    out
}

struct Person<'a> {
    surname: String,
    first: Option<String>,
    names: Vec<&'a str>,
}

/// Lower-case surname and first name of a name; `None` for a description
/// ("50-year-old man").
fn parts(name: &str) -> Option<(String, Option<String>)> {
    if name.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let surname = words.last()?.clone();
    // "Lo Presti", "Da Silva": a surname's particle opens the name, which
    // is then a surname alone (else "Lo Presti" is not "Gaetano Lo Presti").
    let first = (words.len() > 1 && !SURNAME_PARTICLES.contains(&words[0].as_str()))
        .then(|| words[0].clone());
    Some((surname, first))
}

/// Words that open a surname of more than one word ("Lo Presti", "Da
/// Silva", "Von Holt") and seldom a first name ("Del" and "Van" are first
/// names too, so they are not here).
pub const SURNAME_PARTICLES: &[&str] = &["da", "de", "della", "di", "dos", "du", "lo", "von"];

/// Whether two first names may be one person's: equal, one the other's
/// initial, sharing their first three letters (Katie, Kathryn), or near in
/// spelling (Katherine, Catherine).
fn variants(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let initial = |x: &str, y: &str| x.chars().count() == 1 && y.starts_with(x);
    if initial(a, b) || initial(b, a) {
        return true;
    }
    let prefix = |x: &str| x.chars().take(3).collect::<String>();
    (a.chars().count() >= 3 && b.chars().count() >= 3 && prefix(a) == prefix(b))
        || strsim::jaro_winkler(a, b) >= 0.9
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(subjects: &[&str]) -> HashMap<String, String> {
        let claims: Vec<Claim> = subjects
            .iter()
            .map(|s| Claim::sample("a", "age", "age", s, 20.0, "2025-01-01", "year"))
            .collect();
        person_names(&claims, &Config::builtin())
    }

    #[test]
    fn a_surname_joins_its_one_person() {
        let n = names(&["John Smith", "Smith", "Johnny Smith"]);
        assert_eq!(n["Smith"], "Johnny Smith");
        assert_eq!(n["John Smith"], "Johnny Smith");
    }

    #[test]
    fn a_surname_of_two_words_joins_the_full_name() {
        let n = names(&["Gaetano Lo Presti", "Lo Presti"]);
        assert_eq!(n["Lo Presti"], "Gaetano Lo Presti");
    }

    #[test]
    fn two_people_of_one_family_stay_apart() {
        let n = names(&["John Jenkin", "Katie Jenkin", "Kathryn Jenkin", "Jenkin"]);
        assert_eq!(n["Katie Jenkin"], "Kathryn Jenkin");
        assert_ne!(n["John Jenkin"], n["Kathryn Jenkin"]);
        // A surname two people carry names neither.
        assert_eq!(n["Jenkin"], "Jenkin");
    }

    #[test]
    fn spelling_variants_and_descriptions() {
        let n = names(&[
            "Katherine Gomes",
            "Catherine Gomes",
            "Duncan Raite",
            "Duncan Rait",
        ]);
        assert_eq!(n["Katherine Gomes"], n["Catherine Gomes"]);
        assert_eq!(n["Duncan Raite"], n["Duncan Rait"]);
        let n = names(&["50-year-old man"]);
        assert_eq!(n["50-year-old man"], "50-year-old man");
    }
}
