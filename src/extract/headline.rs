//! A headline's toll: "Man killed, another wounded in gas station
//! shooting" gives killed 1 and injured 1.
//!
//! Many reports give their toll whole only in the headline: a police
//! release's body tells of "the victim", a follow-up of one named person,
//! while the headline counts everyone. The headline is no part of the text
//! a claim's offsets point into, so its counts are no claim records: they
//! are one more vote of the report on its story's toll (a report's vote is
//! its largest figure, see `stories::toll`).
//!
//! A headline is written in its own grammar: no articles, no "was":
//! "Man shot and killed in car", "Woman, daughter found dead". It is read
//! as the sentence it stands for ("A man shot and killed in car", "A woman
//! and a daughter found dead") by the same reader as the body.

use crate::config::Config;
use crate::model::{Article, HeadlineFigure, Scope};

/// The counts of killed and hurt that `article`'s headline gives, of the
/// story's own event (a count it recalls of another is `background` and
/// left out, as in the body). None when the headline is a roundup's
/// (`stories.headline_roundups`: "Violent weekend in Memphis: teen killed
/// at party, 14 shot across the city"), whose counts are of several
/// incidents.
pub fn toll(article: &Article, config: &Config) -> Vec<HeadlineFigure> {
    let Some(text) = article.title.as_deref().and_then(|t| sentence(t, config)) else {
        return Vec::new();
    };
    let read = Article {
        id: article.id.clone(),
        text,
        published: article.published,
        ..Article::default()
    };
    let mut out = Vec::new();
    for c in super::extract(&read, config) {
        let counts = config.kind(&c.kind).is_some_and(|k| k.is_toll());
        if !counts
            || c.scope != Scope::Story
            || !matches!(c.qualifier.as_deref(), None | Some("total"))
        {
            continue;
        }
        let (Some(measure), Some(v)) = (c.measure, c.value) else {
            continue;
        };
        // Only an exact figure votes: a headline rounds ("at least a
        // dozen hurt" over a body's fourteen), and a vague amount read from
        // words ("Hundreds mourn teen killed at party": at least 100) is a
        // vigil's crowd, not a toll.
        let Some(figure) = v.low.filter(|&x| v.high == Some(x)) else {
            continue;
        };
        // A headline tells one toll per measure: its largest figure (a
        // street read as a person named beside "two dead" is no other).
        match out
            .iter_mut()
            .find(|f: &&mut HeadlineFigure| f.kind == c.kind && f.measure == measure)
        {
            Some(f) if f.figure >= figure => {}
            Some(f) => {
                f.figure = figure;
                f.inferred = c.inferred;
            }
            None => out.push(HeadlineFigure {
                kind: c.kind,
                measure,
                figure,
                inferred: c.inferred,
            }),
        }
    }
    out
}

/// The sentence a headline stands for: the label before a colon set
/// aside ("UPDATE:", "Police:"), a verb in the headline's present tense in
/// the past (`stories.headline_tenses`: "Fire kills 3" → "killed 3"), an
/// article before a bare noun of one person that opens a clause or
/// follows "and" or such a verb ("Man killed" → "A man killed", "kills
/// mother" → "killed a mother"), two such nouns with only a comma between
/// them joined ("Woman, daughter found dead" → "A woman and a daughter"),
/// a headline in title case lower-cased (its capitals are style, not
/// names), and a full stop. None for a roundup's headline.
fn sentence(title: &str, config: &Config) -> Option<String> {
    let rules = &config.raw.stories;
    let mut t = title.trim();
    if let Some((label, rest)) = t.split_once(": ") {
        if label.split(|c: char| !c.is_alphanumeric()).any(|w| {
            rules
                .headline_roundups
                .iter()
                .any(|r| r.eq_ignore_ascii_case(w))
        }) {
            return None;
        }
        t = rest.trim();
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    let capitalised = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    // "Man Killed, Another Wounded In Shooting": more than three words,
    // nearly all capitalised.
    let title_case = words.len() > 3 && capitalised * 5 >= words.len() * 4;
    let person = &config.victims.person;
    let mut out: Vec<String> = Vec::with_capacity(words.len() + 4);
    // Whether the word before opens its clause with an article put
    // before it and stands alone ("Woman,"): a noun after it is one more
    // of the same list.
    let mut alone = false;
    // Whether the word before lets a bare noun follow with an article.
    let mut opens = true;
    for (i, w) in words.iter().enumerate() {
        let word = w.trim_end_matches([',', ';']);
        let mark = &w[word.len()..];
        let lower = word.to_lowercase();
        let tensed = rules.headline_tenses.get(&lower);
        let bare = opens && !matches!(lower.as_str(), "one" | "other") && person.has(&lower);
        // "Frayser man killed in driveway", "Comstock Township man shot
        // …": a place's name (one or two capitalised words) before the
        // noun that opens the headline.
        if i == 0 && !bare && !title_case {
            let noun_at = (1..3).find(|&k| {
                words.get(k).is_some_and(|n| person.has(&n.to_lowercase()))
                    && words[..k].iter().all(|p| {
                        p.chars().next().is_some_and(char::is_uppercase)
                            && p.chars().all(char::is_alphabetic)
                            && !person.has(&p.to_lowercase())
                    })
            });
            if noun_at.is_some() {
                out.push("A".into());
                out.push(w.to_string());
                opens = false;
                continue;
            }
        }
        if bare {
            if alone && i > 0 {
                // "Woman, daughter": the comma before is "and".
                if let Some(last) = out.last_mut() {
                    if last.ends_with(',') {
                        last.pop();
                        out.push("and".into());
                    }
                }
            }
            let first = out.is_empty();
            out.push(if first { "A" } else { "a" }.into());
            out.push(format!("{lower}{mark}"));
            alone = mark == ",";
            opens = !mark.is_empty();
            continue;
        }
        alone = false;
        let text = match tensed {
            Some(past) => format!("{past}{mark}"),
            None if title_case && i > 0 => format!("{}{mark}", cased(word)),
            None => w.to_string(),
        };
        opens = !mark.is_empty() || tensed.is_some() || lower == "and";
        out.push(text);
    }
    let mut s = out.join(" ");
    s.push('.');
    Some(s)
}

/// `w` lower-cased, an acronym ("TBI", "I-94") kept.
fn cased(w: &str) -> String {
    let acronym =
        w.chars().filter(|c| c.is_alphabetic()).count() > 1 && !w.chars().any(char::is_lowercase);
    if acronym {
        w.to_string()
    } else {
        w.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(title: &str) -> Vec<(String, f64)> {
        let a = Article {
            id: "h".into(),
            title: Some(title.into()),
            ..Article::default()
        };
        toll(&a, &Config::builtin())
            .into_iter()
            .map(|f| (f.measure, f.figure))
            .collect()
    }

    fn has(title: &str, measure: &str, figure: f64) {
        let got = read(title);
        assert!(
            got.iter().any(|(m, x)| m == measure && *x == figure),
            "{title}: {got:?}"
        );
    }

    #[test]
    fn a_headline_without_articles_counts_its_people() {
        has("Man shot and killed outside corner market", "killed", 1.0);
        has("Teen grazed by bullet near city park", "injured", 1.0);
        has(
            "Retiree killed, neighbor hurt when car hits porch",
            "killed",
            1.0,
        );
        has(
            "Retiree killed, neighbor hurt when car hits porch",
            "injured",
            1.0,
        );
    }

    #[test]
    fn a_headline_gives_one_figure_a_measure() {
        assert_eq!(
            read("Elm Street shooting leaves two dead"),
            [("killed".to_string(), 2.0)]
        );
    }

    #[test]
    fn a_town_before_the_noun_is_part_of_it() {
        has("Riverton man killed in house fire", "killed", 1.0);
    }

    #[test]
    fn nouns_with_a_comma_between_are_one_list() {
        has(
            "Grandmother, grandson found dead in farmhouse",
            "killed",
            2.0,
        );
    }

    #[test]
    fn numbers_and_labels_read_as_in_the_body() {
        has(
            "UPDATE: One dead, two hurt in crash on the bypass",
            "killed",
            1.0,
        );
        has(
            "UPDATE: One dead, two hurt in crash on the bypass",
            "injured",
            2.0,
        );
        has("Police: Woman found shot dead in parked car", "killed", 1.0);
    }

    #[test]
    fn a_title_case_headline_is_read_as_its_words() {
        has(
            "Man Killed, Another Wounded In Shooting Near Ballpark",
            "killed",
            1.0,
        );
    }

    #[test]
    fn a_verb_in_the_present_is_read_in_the_past() {
        has("Warehouse blast kills 2, injures worker", "killed", 2.0);
        has("Warehouse blast kills 2, injures worker", "injured", 1.0);
        has("Barn fire kills farmer and two sons", "killed", 3.0);
    }

    #[test]
    fn roundups_and_crowds_give_no_toll() {
        assert!(read("Busy weekend: man killed on porch, two shot at a bar").is_empty());
        let got = read("Hundreds mourn teacher killed in crash");
        assert!(got.iter().all(|(_, x)| *x < 10.0), "{got:?}");
        assert!(read("Street closed for repaving").is_empty());
    }
}
