//! Figures that are no toll although a casualty word stands near them: a
//! family count ("a mother of two"), a crowd ("hundreds gathered to
//! mourn"), ages ("aged 19 and 24"), an address or block ("2088 Philip
//! Street", "the 1200 block of"), a station ("Fox 5", "1010 WINS"), the
//! accused ("two men charged with killing") and what might have happened
//! ("could have killed dozens"). The words live in the
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
    // "fell about 200m down a gully": a length, not 200 million people
    // (no one writes a toll with a glued "m").
    let b = &text.as_bytes()[start..end];
    if b.len() >= 2 && b[b.len() - 1] == b'm' && b[b.len() - 2].is_ascii_digit() {
        return true;
    }
    let (back, n) = super::words::last_words::<6>(&text[sentence_start..start]);
    let mut back = back;
    for w in &mut back[..n] {
        *w = trim_word(w);
    }
    let back = &back[..n];
    let mut after = [""; 4];
    let mut m = 0;
    for w in text[end..].split_whitespace().take(4) {
        after[m] = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        m += 1;
    }
    let after = &after[..m];
    let is = |w: &str, x: &str| w.eq_ignore_ascii_case(x);
    // "a mother of two".
    if back.len() >= 2 && is(back[0], "of") && v.family.has(back[1]) {
        return true;
    }
    // "hundreds gathered", "hundreds turned out", "a crowd of 200".
    let two = |p: &[&str]| {
        let mut buf = [0u8; 64];
        let (a, b) = (p[0].as_bytes(), p[1].as_bytes());
        a.len() + b.len() < buf.len() && {
            buf[..a.len()].copy_from_slice(a);
            buf[a.len()] = b' ';
            buf[a.len() + 1..a.len() + 1 + b.len()].copy_from_slice(b);
            std::str::from_utf8(&buf[..a.len() + 1 + b.len()]).is_ok_and(|s| v.crowd.has(s))
        }
    };
    if after.iter().take(3).any(|w| v.crowd.has(w))
        || after.windows(2).take(2).any(two)
        || (back.len() >= 2 && is(back[0], "of") && is(back[1], "crowd"))
    {
        return true;
    }
    // "their two children were not hurt": what befell them is denied.
    if let Some(j) = after
        .iter()
        .position(|w| is(w, "not") || is(w, "never") || w.ends_with("n't"))
    {
        if (j >= 1 && NEGATED_BE.iter().any(|b| is(after[j - 1], b))) || w_nt(after[j]) {
            return true;
        }
    }
    // "two men charged with killing", "three teens arrested in the
    // shooting": the people counted are the accused, not the victims.
    for w in text[end..].split_whitespace().take(3) {
        let bare = trim_word(w);
        if v.accused.has(bare) {
            return true;
        }
        let stops = w.ends_with([',', ';', '.', ':'])
            || is(bare, "and")
            || is(bare, "or")
            || is(bare, "who")
            || v.transitive.has(bare)
            || is(bare, "died")
            || is(bare, "dead");
        if stops {
            break;
        }
    }
    // "shot and killed by two officers": the people after "by" that
    // follows a casualty verb did the deed (the agent of a passive).
    let by = match back {
        [b, verb, ..] if is(b, "by") => Some(*verb),
        [d, b, verb, ..]
            if is(b, "by") && (is(d, "the") || POSSESSIVES.iter().any(|p| is(d, p))) =>
        {
            Some(*verb)
        }
        _ => None,
    };
    if by.is_some_and(|w| v.transitive.has(w) && !w.ends_with("ing") && !is(w, "of")) {
        return true;
    }
    // "aged 19 and 24", "ages 6 and 16", "both 51".
    for w in back {
        if v.ages.has(w) {
            return true;
        }
        if !(is(w, "and") || w.is_empty() || small_number(w).is_some()) {
            break;
        }
    }
    // "2088 Philip Street", "the 1200 block of", "Highway 214".
    let street = |w: &str| v.streets.has(w.trim_end_matches('.'));
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    let named_street = after
        .iter()
        .position(|w| street(w))
        .is_some_and(|j| after[..j].iter().all(capital));
    if named_street || back.first().is_some_and(|w| street(w) && capital(w)) {
        return true;
    }
    // "Fox 5", "NBC 4", "1010 WINS", "KYW 1060"; "near mile marker 118",
    // "at exit 42": a place on a road, no count of anyone.
    let call_sign = |w: &str| {
        (3..=4).contains(&w.len())
            && (w.starts_with('K') || w.starts_with('W'))
            && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    if back
        .first()
        .is_some_and(|w| v.stations.has(w) || v.road_marks.has(w) || call_sign(w))
        || after.first().is_some_and(|w| call_sign(w))
    {
        return true;
    }
    hypothetical(text, sentence_start, start, config)
}

/// Possessive determiners that may stand between "by" and its agent.
const POSSESSIVES: &[&str] = &["his", "her", "their", "its"];

/// Forms of "be" and "have" that a "not" after a count of people follows:
/// "were not hurt", "have not been found".
const NEGATED_BE: &[&str] = &["was", "were", "is", "are", "had", "have", "has"];

/// "weren't", "wasn't": a form of "be" denied in one word.
fn w_nt(w: &str) -> bool {
    [
        "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't",
    ]
    .iter()
    .any(|x| w.eq_ignore_ascii_case(x))
}

/// Whether the figure at `start` counts a parent's children: "a mother of
/// two", "father of 12" (the nouns of `victims.family`).
pub fn family(text: &str, sentence_start: usize, start: usize, config: &Config) -> bool {
    let (back, n) = super::words::last_words::<2>(&text[sentence_start..start]);
    n == 2
        && trim_word(back[0]).eq_ignore_ascii_case("of")
        && config.victims.family.has(trim_word(back[1]))
}

/// Whether a hypothetical phrase ("could have", "threatened to") stands
/// before `pos` in its clause.
pub fn hypothetical(text: &str, sentence_start: usize, pos: usize, config: &Config) -> bool {
    let clause = &text[clause_start(text, sentence_start, pos)..pos];
    config.victims.hypothetical.is_match(clause)
}

/// Whether the sentence `text[start..end]` is about a player hurt in
/// sport (a phrase of `victims.sport`, as whole words): "Jones was injured
/// in the first quarter" is no toll.
pub fn sport_injury(text: &str, start: usize, end: usize, config: &Config) -> bool {
    let s = &text[start..end];
    let b = s.as_bytes();
    config.victims.sport.find_iter(s).any(|m| {
        let word = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_alphanumeric());
        (m.start() == 0 || !word(m.start() - 1)) && !word(m.end())
    })
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

/// A word without the punctuation around it.
fn trim_word(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use crate::model::{Claim, Scope};

    fn claims(text: &str) -> Vec<Claim> {
        crate::extract::claims_of(text, chrono::NaiveDate::from_ymd_opt(2025, 10, 5))
    }

    /// (measure, value) of each casualties claim of the story.
    fn tolls(text: &str) -> Vec<(String, f64)> {
        claims(text)
            .into_iter()
            .filter(|c| c.kind == "casualties" && c.scope == Scope::Story)
            .map(|c| (c.measure.unwrap(), c.value.unwrap().low.unwrap()))
            .collect()
    }

    fn killed(n: f64) -> Vec<(String, f64)> {
        vec![("killed".to_string(), n)]
    }

    #[test]
    fn players_hurt_in_sport_are_no_toll() {
        for text in [
            "Forward Tom Reyes was injured in the second half and left the field.",
            "Injured Hawks QB Dan Mills to miss the last two games.",
            "The club put Mills on injured reserve on Monday.",
        ] {
            assert!(!tolls(text).iter().any(|(m, _)| m == "injured"), "{text}");
        }
        // A count the text writes stays a toll.
        assert_eq!(
            tolls("Two men were injured in the first half."),
            vec![("injured".to_string(), 2.0)]
        );
        // A word inside another word is no sport ("curb" holds "rb"), and
        // the killed still count in a sentence that holds one.
        assert_eq!(
            tolls("A driver hit the curb and two people were injured.").len(),
            1
        );
        assert_eq!(
            tolls("A man was shot and killed near the field where the quarterback trains."),
            killed(1.0)
        );
    }

    #[test]
    fn the_agent_of_a_passive_is_no_toll() {
        // Those who did the deed stand after "by"; the toll is the
        // one before the verb.
        for text in [
            "A cyclist was shot and killed by two deputies after a chase.",
            "The clerk was wounded by the three robbers on Tuesday.",
        ] {
            assert_eq!(tolls(text).len(), 1, "{text}");
        }
        // "by" after no casualty verb says nothing of the figure.
        assert_eq!(
            tolls("Shots fired by a neighbour killed two people."),
            killed(2.0)
        );
    }

    #[test]
    fn family_counts_are_children() {
        assert_eq!(
            tolls("A mother of two was killed in the crash."),
            killed(1.0)
        );
        assert_eq!(tolls("The father of three died at the scene."), killed(1.0));
        // The children are still a figure, counted as children: never a
        // bare number with no unit.
        for text in [
            "Ortiz, a father of three, ran a bakery.",
            "The victim, a mother of 4, died on Friday.",
        ] {
            let kids: Vec<(f64, String)> = claims(text)
                .into_iter()
                .filter(|c| c.kind == "quantity")
                .map(|c| {
                    let v = c.value.unwrap();
                    (v.low.unwrap(), v.unit)
                })
                .collect();
            assert_eq!(kids.len(), 1, "{text}");
            assert_eq!(kids[0].1, "child", "{text}");
        }
    }

    #[test]
    fn people_said_to_be_unhurt_are_no_toll() {
        assert_eq!(
            tolls("His wife and their three children were not hurt."),
            vec![("injured".to_string(), 0.0)]
        );
        assert_eq!(tolls("Two officers weren't injured, police said."), vec![]);
    }

    #[test]
    fn crowds_are_no_toll() {
        assert_eq!(
            tolls("Hundreds gathered to mourn the dead on Sunday."),
            vec![]
        );
        assert_eq!(
            tolls("About 200 people attended a vigil for the dead."),
            vec![]
        );
    }

    #[test]
    fn a_length_is_no_toll() {
        assert_eq!(
            tolls("The climber died after he fell about 300m down a gully."),
            killed(1.0)
        );
    }

    #[test]
    fn ages_are_no_toll() {
        assert_eq!(
            tolls("The two men killed were aged 19 and 24."),
            killed(2.0)
        );
        // The sons were hurt; their ages are no toll.
        assert_eq!(
            tolls("He is survived by two sons, ages 6 and 16, who were hurt."),
            vec![("injured".to_string(), 2.0)]
        );
        // A relation's or a role's age set off by commas.
        assert_eq!(
            tolls("Her grandson, 6, was wounded in the leg."),
            vec![("injured".to_string(), 1.0)]
        );
        assert_eq!(
            tolls("A father, 38, and his stepdaughter, 5, died in the fire."),
            killed(2.0)
        );
        // Two people of one age.
        assert_eq!(
            tolls("Officer Tam Reed and Sergeant Lou Park, both 44, were killed in the blast."),
            killed(2.0)
        );
    }

    #[test]
    fn addresses_blocks_and_stations_are_no_toll() {
        assert_eq!(
            tolls("Shots killed a man at 2088 Philip Street."),
            killed(1.0)
        );
        assert_eq!(
            tolls("Two were killed in the 1200 block of Elm Avenue."),
            killed(2.0)
        );
        assert_eq!(tolls("The injured man told Fox 5 he was lucky."), vec![]);
        assert_eq!(
            tolls("A witness told 1010 WINS that the dead man was a clerk."),
            vec![]
        );
        // A place on a road.
        assert_eq!(
            tolls("A man was killed on the interstate near mile marker 212."),
            killed(1.0)
        );
        assert_eq!(
            tolls("A driver died in a crash just past exit 14 on Sunday."),
            killed(1.0)
        );
    }

    #[test]
    fn the_accused_are_no_toll() {
        assert_eq!(
            tolls("Two men charged with killing a cashier appeared in court."),
            killed(1.0)
        );
        assert_eq!(
            tolls("Three teens were arrested after the shooting."),
            vec![]
        );
    }

    #[test]
    fn what_might_have_happened_is_no_toll() {
        assert_eq!(
            tolls("\"He could have killed dozens,\" the chief said."),
            vec![]
        );
        assert_eq!(
            tolls("There might have been two people killed, he said."),
            vec![]
        );
    }

    #[test]
    fn running_totals_and_other_events_are_background() {
        let scopes = |t: &str| -> Vec<(f64, Scope)> {
            claims(t)
                .into_iter()
                .filter(|c| c.kind == "casualties")
                .map(|c| (c.value.unwrap().low.unwrap(), c.scope))
                .collect()
        };
        assert_eq!(
            scopes("It recalled the 2012 theater shooting that killed 12 people."),
            [(12.0, Scope::Background)]
        );
        assert_eq!(
            scopes("So far this year, 58 officers have been killed nationwide."),
            [(58.0, Scope::Background)]
        );
        assert_eq!(
            scopes("Two people died in four shootings across the city this weekend."),
            [(2.0, Scope::Background)]
        );
        // A weekend's tally of a city's incidents, the victim among them
        // (the victim's own death is told elsewhere in the report).
        assert_eq!(
            scopes("Lee was one of five people killed in the city over the weekend."),
            [(1.0, Scope::Background), (5.0, Scope::Background)]
        );
        // Not the toll of the report's own incident told so.
        assert_eq!(
            scopes("Lee was one of three people shot at a party over the weekend."),
            [(1.0, Scope::Story), (3.0, Scope::Story)]
        );
        assert_eq!(
            scopes("In 2004, a tsunami killed 170,000 people in the province."),
            [(170000.0, Scope::Background)]
        );
        assert_eq!(
            scopes("It struck just days after a quake killed one person."),
            [(1.0, Scope::Background)]
        );
        assert_eq!(
            scopes("Two deaths so close together were rare, the ranger said."),
            [(2.0, Scope::Background)]
        );
        // The victims named after "the shootings of" are this event's.
        assert_eq!(
            scopes("He is charged in the shootings of Tom Reed and Al Stone."),
            [(2.0, Scope::Story)]
        );
        // The story's own toll stays in the story.
        assert_eq!(
            scopes("A gunman killed three people at a diner on Saturday."),
            [(3.0, Scope::Story)]
        );
    }
}
