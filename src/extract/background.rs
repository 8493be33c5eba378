//! Counts that recall another event or give a running total: "the 2012
//! theater shooting that killed 12", "the city's 600th homicide this year",
//! "two dead in four shootings this weekend", "58 officers killed nationwide
//! this year". Such a claim is `scope: background`: it never joins a story's
//! toll. The patterns are `victims.background` in `claims.yaml`.

use super::not_toll::{clause_end, clause_start};
use crate::config::Config;

/// Whether the count at `start..end` of the sentence `span` is background:
/// its clause, or the opening clause of its sentence ("In 2004, a tsunami
/// killed 170,000"), matches a background pattern; for a count in a
/// relative clause ("the 2004 quake, which killed 1,200"), the clause
/// before it too. Of the clause, only the words near the count are read:
/// what stands far after it ("killed a girl on Sunday … in a country still
/// recovering from such a disaster in 2004") says nothing of its event.
pub fn is_background(
    text: &str,
    span: (usize, usize),
    start: usize,
    end: usize,
    config: &Config,
) -> bool {
    let v = &config.victims;
    let a = clause_start(text, span.0, start);
    let b = clause_end(text, end, span.1).min(words_on(text, end, NEAR));
    if v.is_background(&text[a..b]) {
        return true;
    }
    if a > span.0 && relative(&text[a..start]) {
        // The separator before the relative clause, and the clause it ends.
        let sep = text[..a].char_indices().next_back().map_or(a, |(i, _)| i);
        let p = clause_start(text, span.0, sep);
        if v.is_background(&text[p..sep]) {
            return true;
        }
    }
    let opening = clause_end(text, span.0, span.1);
    opening < a && v.is_background(&text[span.0..opening])
}

/// How many words after a count its clause is read for background.
const NEAR: usize = 12;

/// Where the `n`-th word after `pos` ends (the text's end when fewer).
fn words_on(text: &str, pos: usize, n: usize) -> usize {
    let mut spaces = 0;
    let b = text.as_bytes();
    for (i, &c) in b[pos..].iter().enumerate() {
        if c == b' ' && i > 0 && b[pos + i - 1] != b' ' {
            spaces += 1;
            if spaces > n {
                return pos + i;
            }
        }
    }
    text.len()
}

/// Whether a clause opens with a relative pronoun ("which he said killed").
fn relative(clause: &str) -> bool {
    let w = clause.trim_start().split(' ').next().unwrap_or("");
    ["which", "that", "who"]
        .iter()
        .any(|r| w.eq_ignore_ascii_case(r))
}

/// Whether a count is of "others" ("two others", "the two other
/// victims", "another"): people besides those counted before it.
pub fn of_others(count: &str) -> bool {
    count.split_whitespace().any(|w| {
        ["other", "others", "another"]
            .iter()
            .any(|o| w.eq_ignore_ascii_case(o))
    })
}

#[cfg(test)]
mod tests {
    use crate::model::Scope;

    /// (measure, value, background) of each casualties claim of a text.
    fn scopes(text: &str) -> Vec<(String, f64, bool)> {
        crate::extract::claims_of(text, None)
            .into_iter()
            .filter(|c| c.kind == "casualties")
            .map(|c| {
                (
                    c.measure.unwrap(),
                    c.value.unwrap().low.unwrap(),
                    c.scope == Scope::Background,
                )
            })
            .collect()
    }

    fn m(measure: &str, v: f64, background: bool) -> (String, f64, bool) {
        (measure.to_string(), v, background)
    }

    #[test]
    fn a_relative_clause_tells_the_toll_of_what_it_follows() {
        assert_eq!(
            scopes("It was the strongest tremor since the 2006 quake, which killed 900 people."),
            [m("killed", 900.0, true)]
        );
        assert_eq!(
            scopes("The storm, which killed four people, hit the coast on Monday."),
            [m("killed", 4.0, false)]
        );
    }

    #[test]
    fn a_year_far_after_the_count_is_not_its_date() {
        assert_eq!(
            scopes(
                "A strong tremor killed a woman on Monday on the north coast of the \
                 island and stirred memories of the flood that swept the same valley in 2009."
            ),
            [m("killed", 1.0, false)]
        );
        assert_eq!(
            scopes("A ferry sank and killed 300 passengers in 2009."),
            [m("killed", 300.0, true)]
        );
    }

    #[test]
    fn others_belong_to_the_event_of_the_victim_before_them() {
        assert_eq!(
            scopes(
                "Two brothers face trial for shooting Dana Perez, a nurse, in 2019 \
                 and wounding three others."
            ),
            [m("killed_or_injured", 1.0, false), m("injured", 3.0, false)]
        );
    }

    #[test]
    fn a_city_running_total_is_background() {
        let s = scopes(
            "Fourteen people had been shot across the city in two days, three of them fatally.",
        );
        assert!(!s.is_empty() && s.iter().all(|c| c.2), "{s:?}");
        // Riots across a country are one event: its toll is the story's.
        assert_eq!(
            scopes("The riots left 40 people injured in towns across the country."),
            [m("injured", 40.0, false)]
        );
    }
}
