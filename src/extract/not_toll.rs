//! Figures that are no toll although a casualty word stands near them: a
//! family count ("a mother of two"), a crowd ("hundreds gathered to
//! mourn"), ages ("aged 19 and 24"), an address or block ("2088 Philip
//! Street", "the 1200 block of"), a station ("Fox 5", "1010 WINS") and what
//! might have happened ("could have killed dozens"). The words live in the
//! `victims` section of `claims.yaml`.

use super::tokens::small_number;
use crate::config::Config;

/// Whether the count at `text[start..end]` (in the sentence starting at
/// `sentence_start`) is no toll.
pub fn not_toll(
    text: &str,
    sentence_start: usize,
    start: usize,
    end: usize,
    config: &Config,
) -> bool {
    let v = &config.victims;
    let before = &text[sentence_start..start];
    let (back, n) = super::words::last_words::<6>(before);
    let back: Vec<&str> = back[..n]
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let after = text[end..].split_whitespace().take(4);
    let after: Vec<&str> = after
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .collect();
    let lower = |w: &str| w.to_lowercase();
    // "a mother of two".
    if back.len() >= 2 && back[0].eq_ignore_ascii_case("of") && v.family.contains(&lower(back[1])) {
        return true;
    }
    // "hundreds gathered", "a crowd of 200".
    if after.iter().take(3).any(|w| v.crowd.contains(&lower(w)))
        || after.windows(2).take(2).any(|p| {
            v.crowd
                .contains(&format!("{} {}", lower(p[0]), lower(p[1])))
        })
        || (back.len() >= 2
            && back[0].eq_ignore_ascii_case("of")
            && back[1].eq_ignore_ascii_case("crowd"))
    {
        return true;
    }
    // "aged 19 and 24", "ages 6 and 16".
    for w in &back {
        if w.eq_ignore_ascii_case("aged") || w.eq_ignore_ascii_case("ages") {
            return true;
        }
        if !(w.eq_ignore_ascii_case("and") || w.is_empty() || small_number(w).is_some()) {
            break;
        }
    }
    // "2088 Philip Street", "the 1200 block of", "Highway 214".
    let street = |w: &str| v.streets.contains(&lower(w.trim_end_matches('.')));
    let named_street = after
        .iter()
        .position(|w| street(w))
        .is_some_and(|j| after[..j].iter().all(|w| w.starts_with(char::is_uppercase)));
    if named_street
        || back
            .first()
            .is_some_and(|w| street(w) && w.starts_with(char::is_uppercase))
    {
        return true;
    }
    // "Fox 5", "NBC 4", "1010 WINS", "KYW 1060".
    let call_sign = |w: &str| {
        (3..=4).contains(&w.len())
            && (w.starts_with('K') || w.starts_with('W'))
            && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    if back
        .first()
        .is_some_and(|w| v.stations.contains(&lower(w)) || call_sign(w))
        || after.first().is_some_and(|w| call_sign(w))
    {
        return true;
    }
    hypothetical(text, sentence_start, start, config)
}

/// Whether a hypothetical phrase ("could have", "threatened to") stands
/// before `pos` in its clause.
pub fn hypothetical(text: &str, sentence_start: usize, pos: usize, config: &Config) -> bool {
    let clause = &text[clause_start(text, sentence_start, pos)..pos];
    let lower = clause.to_lowercase();
    config
        .victims
        .hypothetical
        .iter()
        .any(|h| lower.contains(h.as_str()))
}

/// Where the clause holding `pos` starts: after the last comma, semicolon,
/// colon, dash or bracket before it in its sentence.
pub fn clause_start(text: &str, sentence_start: usize, pos: usize) -> usize {
    text[sentence_start..pos]
        .rfind([',', ';', ':', '(', '—', '–'])
        .map_or(sentence_start, |i| {
            let c = text[sentence_start + i..]
                .chars()
                .next()
                .map_or(1, char::len_utf8);
            sentence_start + i + c
        })
}

/// Where the clause holding `pos` ends (see [`clause_start`]).
pub fn clause_end(text: &str, pos: usize, sentence_end: usize) -> usize {
    text[pos..sentence_end]
        .find([',', ';', ':', ')', '—', '–'])
        .map_or(sentence_end, |i| pos + i)
}
