//! Counts that recall another event or give a running total: "the 2012
//! theater shooting that killed 12", "the city's 600th homicide this year",
//! "two dead in four shootings this weekend", "58 officers killed nationwide
//! this year". Such a claim is `scope: background`: it never joins a story's
//! toll. The patterns are `victims.background` in `claims.yaml`.

use super::not_toll::{clause_end, clause_start};
use crate::config::Config;
use crate::model::{Claim, Scope};

/// Whether the count at `start..end` of the sentence `span` is background:
/// its clause, or the opening clause of its sentence ("In 2004, a tsunami
/// killed 170,000"), matches a background pattern; for a count in a
/// relative clause ("the 2004 quake, which killed 1,200"), the clause
/// before it too. Of the clause, only the words near the count are read:
/// what stands far after it ("killed a girl on Sunday … in a country still
/// recovering from such a disaster in 2004") says nothing of its event.
/// `low` is a lower-cased copy of the text from byte `base` on, which holds
/// the sentence (see [`crate::config::victims::Victims::is_background_lowered`]).
pub fn is_background(
    text: &str,
    span: (usize, usize),
    start: usize,
    end: usize,
    (low, base): (&[u8], usize),
    config: &Config,
) -> bool {
    let v = &config.victims;
    let is = |a: usize, b: usize| v.is_background_lowered(&text[a..b], &low[a - base..b - base]);
    let a = clause_start(text, span.0, start);
    let b = clause_end(text, end, span.1).min(words_on(text, end, NEAR));
    if is(a, b) {
        return !accused_of(&text[span.0..start], config);
    }
    if a > span.0 && relative(&text[a..start]) {
        // The separator before the relative clause, and the clause it ends.
        let sep = text[..a].char_indices().next_back().map_or(a, |(i, _)| i);
        let p = clause_start(text, span.0, sep);
        if is(p, sep) {
            return true;
        }
    }
    let opening = clause_end(text, span.0, span.1);
    opening < a && is(span.0, opening)
}

/// Whether the words just before a count charge someone with it:
/// "accused of killing two people … in September", "charged with murder
/// in the shooting deaths of": the case a court story reports is its
/// event, whatever day or month it recalls.
fn accused_of(before: &str, config: &Config) -> bool {
    before.split_whitespace().rev().take(8).any(|w| {
        config
            .victims
            .accused
            .has(w.trim_matches(|c: char| !c.is_alphanumeric()))
    })
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

/// Marks as background the counts that recall an event of an earlier
/// day than the article's own: "Two men were hit … Thursday. On Monday, a
/// man was found shot to death about a mile away." The article's own
/// event is that of its first count, when it introduces its people ("a
/// man", "two men": a new event, not a follow-up's "the victim"); a later
/// count that introduces people too, in a sentence that opens with a day
/// before that one, is another event. A follow-up ("The victim died
/// Wednesday. On Monday, he was shot") names its people, or its day is
/// the later one.
///
/// A count that introduces people, dated before the article's own day,
/// whose sentence tells of another kind of incident than the first
/// count's (`stories.incident_kinds`) is another event too, wherever its
/// day stands: "A clerk was shot and killed on Saturday. … A woman was
/// stabbed a few blocks away late Friday."; so is one of another kind said
/// to be earlier on the article's own day ("Earlier Saturday, a house on
/// the same block burned, killing an elderly man").
///
/// People introduced right after "after", behind a count of the same
/// sentence, are another incident's, whatever the dates: "A man was shot
/// and killed … Saturday night, less than a day after two men were
/// wounded a few blocks away."
///
/// A roundup tells several incidents, one to a paragraph ("On Sunday
/// evening, 19-year-old Jalen Moore was shot and killed at a gas station
/// on Rossville Boulevard"): a count in a paragraph's first sentence that
/// opens with a day other than the article's own (earlier or later), at
/// a place other than that of the article's first count and not told of
/// before, is another incident, of whatever people.
pub fn recalled_days(text: &str, claims: &mut [Claim], config: &Config) {
    let casualty = |c: &Claim| {
        c.scope == Scope::Story
            && c.qualifier.is_none()
            && c.value.is_some()
            && c.measure
                .as_deref()
                .is_some_and(crate::config::victims::victim_measure)
    };
    let Some(lede) = claims
        .iter()
        .filter(|c| casualty(c))
        .min_by_key(|c| c.start)
    else {
        return;
    };
    let (start, lede_introduces) = (lede.start, introduces(&lede.text));
    // A lede that introduces people hurt, none dead ("A woman and her
    // nephew were shot … late Sunday"), dates the day they were hit.
    let lede_hurt = lede_introduces && lede.measure.as_deref() != Some("killed");
    // A lede without a day ("A shooting that killed a man … led a violent
    // weekend") takes the first day told after it, before any later count
    // that has its own ("… opened fire outside the lounge late Friday").
    // A lede that neither dates nor introduces its people ("UPDATE: the
    // man who was stabbed is expected to survive", above the first
    // report) follows up the incident the article first introduces.
    let first_told = match lede_introduces || lede.date.is_some() {
        true => None,
        false => claims
            .iter()
            .filter(|c| c.start > start && casualty(c) && introduces(&c.text))
            .min_by_key(|c| c.start)
            .and_then(|c| c.date),
    };
    let lede_date = lede.date.or(first_told).or_else(|| {
        let next = claims
            .iter()
            .filter(|c| c.start > start && casualty(c) && c.date.is_some())
            .map(Claim::sentence_start)
            .min()
            .unwrap_or(usize::MAX);
        claims
            .iter()
            .filter(|c| c.kind == "date" && c.start > start && c.start < next)
            .min_by_key(|c| c.start)
            .and_then(|c| c.date)
    });
    let (sentence, place) = (lede.sentence.clone(), lede.subject.clone());
    // "A man was shot and killed … Saturday night, less than a day after
    // two men were wounded a few blocks away": people introduced right
    // after "after", behind a count of the same sentence, are another
    // incident's.
    let after: Vec<usize> = (0..claims.len())
        .filter(|&i| {
            let c = &claims[i];
            c.start > start
                && follows_after(c)
                && casualty(c)
                && introduces(&c.text)
                && !of_others(&c.text)
                && claims.iter().any(|e| {
                    e.start < c.start
                        && casualty(e)
                        && std::sync::Arc::ptr_eq(&e.sentence, &c.sentence)
                })
        })
        .collect();
    for i in after {
        claims[i].scope = Scope::Background;
    }
    // "It was the second shooting in Slavic Village in less than 15 hours.
    // Early Saturday, four people were shot": the sentence after one that
    // ranks the article's incident among others tells another; and "a
    // block from the home where a man was killed" tells another place's.
    let later = |c: &Claim| {
        c.start > start && casualty(c) && !std::sync::Arc::ptr_eq(&c.sentence, &sentence)
    };
    // Counts set apart, as (sentence start, count start): those after
    // them in their sentence are of their clause.
    let apart: Vec<(usize, usize)> = claims
        .iter()
        .filter(|c| later(c) && !of_others(&c.text) && set_apart(c, config))
        .map(|c| (c.sentence_start(), c.start))
        .collect();
    let mut ranked_before: Option<(usize, bool)> = None;
    for c in claims.iter_mut() {
        if !later(c) {
            continue;
        }
        let s0 = c.sentence_start();
        if apart.iter().any(|&(s, at)| s == s0 && c.start >= at) {
            c.scope = Scope::Background;
            continue;
        }
        // "The shooting came about two hours after a man was killed",
        // "About two hours earlier, two women were shot": a span of time
        // sets its people's incident apart from the article's.
        if (introduces(&c.text) || named(&c.text)) && !of_others(&c.text) && time_apart(c, config) {
            c.scope = Scope::Background;
            continue;
        }
        let after_ranked = match ranked_before {
            Some((at, r)) if at == s0 => r,
            _ => {
                let r = ranks_incident(previous_sentence(text, s0), config);
                ranked_before = Some((s0, r));
                r
            }
        };
        if after_ranked && (introduces(&c.text) || named(&c.text)) {
            c.scope = Scope::Background;
        }
    }
    let Some(span) = lede_date else {
        return;
    };
    let day = (lede_introduces || first_told.is_some()).then_some(span.start);
    // The kinds of incident the lede's sentence tells of, read once when a
    // count first needs them.
    let mut lede_kinds: Option<Vec<crate::stories::terms::Term>> = None;
    // The places of the other incidents found, for the paragraphs after.
    let mut others: Vec<String> = Vec::new();
    for c in claims.iter_mut() {
        if c.start <= start || !casualty(c) || std::sync::Arc::ptr_eq(&c.sentence, &sentence) {
            continue;
        }
        let earlier = day.is_some_and(|day| c.date.is_some_and(|d| d.end < day));
        // "Earlier Saturday, a house on the same block burned": earlier on
        // the article's own day, which only another kind of incident tells
        // apart from its own.
        let earlier_that_day =
            day.is_some_and(|day| c.date.is_some_and(|d| d.start == day)) && said_earlier(c);
        let recalled = (earlier || earlier_that_day)
            && introduces(&c.text)
            && !of_others(&c.text)
            && (earlier && fronted(c) || {
                let lede = lede_kinds.get_or_insert_with(|| kinds_of(&sentence, config));
                other_kind(lede, &c.sentence, config)
            });
        // Another incident of a roundup: another day (or "Earlier
        // Friday night", earlier on the lede's) and another place, told
        // from a paragraph's start.
        let other = || {
            c.date
                .is_some_and(|d| d.end < span.start || d.start > span.end || said_earlier(c))
                && c.subject != place
                && opens_with_day(c)
                && {
                    let before = &text[..c.sentence_start()];
                    // A place the article has not told of before, or that
                    // of another incident it has told ("On Saturday
                    // morning, a Semmes man shot his wife" keeps the
                    // stadium of the paragraph before as its place: it is
                    // no more the lede's incident than that one).
                    before.trim_end_matches([' ', '\t']).ends_with('\n')
                        && c.subject
                            .as_deref()
                            .is_some_and(|s| !before.contains(s) || others.iter().any(|o| o == s))
                }
        };
        // "Jo Reyes, 28, who was shot Friday night …, died Sunday", after a
        // lede of people hurt on Sunday: one named dead of a day before
        // the lede's people were hit was hit in another incident (a
        // follow-up's lede counts its people dead or knows them).
        let named_dead =
            earlier && lede_hurt && c.measure.as_deref() == Some("killed") && named(&c.text);
        if recalled || named_dead || other() {
            c.scope = Scope::Background;
            if let Some(s) = c.subject.as_ref().filter(|s| Some(*s) != place.as_ref()) {
                others.push(s.clone());
            }
        }
    }
}

/// The kinds of incident `sentence` tells of (`stories.incident_kinds`).
fn kinds_of(sentence: &str, config: &Config) -> Vec<crate::stories::terms::Term> {
    let mut v = Vec::new();
    crate::stories::terms::kinds(sentence, &config.incident_kinds, &mut v);
    v
}

/// Whether `sentence` tells of kinds of incident (a stabbing), none of
/// which the lede's sentence tells of (`lede`, its kinds: a shooting).
fn other_kind(lede: &[crate::stories::terms::Term], sentence: &str, config: &Config) -> bool {
    if lede.is_empty() {
        return false;
    }
    let own = kinds_of(sentence, config);
    !own.is_empty() && !own.iter().any(|k| lede.contains(k))
}

/// The sentence before the one starting at `s0`, within its paragraph
/// (empty at a paragraph's start).
pub(crate) fn previous_sentence(text: &str, s0: usize) -> &str {
    let para = text[..s0].rfind('\n').map_or(0, |i| i + 1);
    let chunk = text[para..s0].trim_end();
    // Its own closing mark left out (a character: "awful.” Two men").
    let cut = super::text::floor_boundary(chunk, chunk.len().saturating_sub(1));
    let from = [". ", "? ", "! ", ".\" ", "?\" "]
        .iter()
        .filter_map(|p| chunk[..cut].rfind(p).map(|i| i + p.len()))
        .max()
        .unwrap_or(0);
    &chunk[from..]
}

/// Whether a sentence ranks its incident among others: an ordinal of
/// `victims.ranked` before "of" and a number ("the first of two on
/// Superior Avenue") or before a kind of incident within two words ("the
/// second shooting in Slavic Village").
pub(crate) fn ranks_incident(sentence: &str, config: &Config) -> bool {
    let words: Vec<&str> = sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        config.victims.ranked.has(w)
            && i > 0
            && ["the", "its", "a"]
                .iter()
                .any(|d| words[i - 1].eq_ignore_ascii_case(d))
            && match words.get(i + 1..) {
                Some([of, n, ..]) if of.eq_ignore_ascii_case("of") => {
                    super::tokens::small_number(n).is_some()
                }
                // "the fourth in the west end since Friday", "the third
                // this week": ranked in a place or a stretch of time.
                Some([next, ..])
                    if ["in", "since", "this"]
                        .iter()
                        .any(|p| next.eq_ignore_ascii_case(p)) =>
                {
                    true
                }
                Some(rest) if !rest.is_empty() => {
                    let near = rest[..rest.len().min(2)].join(" ");
                    !kinds_of(&near, config).is_empty()
                }
                _ => false,
            }
    })
}

/// Whether a count names someone ("Terrell Vance"): its first word is
/// capitalised and no determiner ("The man", "His wife").
fn named(count: &str) -> bool {
    let w = count.split_whitespace().next().unwrap_or("");
    w.starts_with(char::is_uppercase)
        && ![
            "the", "his", "her", "their", "its", "this", "that", "both", "all",
        ]
        .iter()
        .any(|d| w.eq_ignore_ascii_case(d))
        && super::tokens::small_number(w).is_none()
}

/// Whether a count that introduces people stands right after "where" or
/// "in which", in a clause that follows a distance or a time apart ("a
/// block and a half from the home where a man was killed", "a day after a
/// shooting outside a bar in which three people were hurt"): another
/// place's or another incident's.
fn set_apart(c: &Claim, config: &Config) -> bool {
    if !introduces(&c.text) {
        return false;
    }
    let Some(before) = c.sentence.get(..c.sentence_offset) else {
        return false;
    };
    let (w, n) = super::words::last_words::<12>(before);
    let is = |w: &str, x: &str| w.eq_ignore_ascii_case(x);
    let rel = if n >= 1 && is(w[0], "where") {
        1
    } else if n >= 2 && is(w[0], "which") && is(w[1], "in") {
        2
    } else {
        return false;
    };
    // "on the same block where four people were shot": a place told as
    // that of an incident, the same as the article's, is told by that one.
    if w[rel..n.min(rel + 3)].iter().any(|x| is(x, "same")) {
        return true;
    }
    // The words before the relative word, nearest first: a unit of
    // `victims.apart` within four words before "from", "after", "before"
    // or "away".
    let back = &w[rel..n];
    back.iter().enumerate().any(|(i, x)| {
        ["from", "after", "before", "away"].iter().any(|p| is(x, p))
            && back[i + 1..back.len().min(i + 5)].iter().any(|u| {
                config
                    .victims
                    .apart
                    .has(u.trim_matches(|c: char| !c.is_alphanumeric()))
            })
    })
}

/// Whether a span of time stands right before the count, setting its
/// incident apart from the one the sentence's subject is: a unit of
/// `victims.apart` and "after" ("The shooting came about two hours after a
/// man was killed", "a day after Jo Reyes, 28, was shot"), or "earlier",
/// "before", "later" or "away" closing the words that open its clause
/// ("About two hours earlier, two women were wounded", "Hours later and a
/// few blocks away, a man was shot"), or a direction (`victims.directions`:
/// "An hour earlier and four blocks north, a man was shot"), or "earlier
/// that" or "later that"
/// and a time of day ("Earlier that night, two men were shot"): the
/// people a report introduces at another hour or another spot are
/// another incident's.
fn time_apart(c: &Claim, config: &Config) -> bool {
    let Some(before) = c.sentence.get(..c.sentence_offset) else {
        return false;
    };
    let ([w, unit, then], n) = super::words::last_words::<3>(before);
    if n < 2 {
        return false;
    }
    let raw = w;
    let w = raw.trim_end_matches([',', ':', ';']);
    let comma = w.len() < raw.len();
    let is = |x: &str| w.eq_ignore_ascii_case(x);
    let apart = |u: &str| {
        config
            .victims
            .apart
            .has(u.trim_matches(|c: char| !c.is_alphanumeric()))
    };
    // "four blocks north,": a direction (`victims.directions`) as "away".
    let toward = || config.victims.directions.has(w);
    if (is("after")
        || (comma && (is("earlier") || is("before") || is("later") || is("away") || toward())))
        && apart(unit)
    {
        return true;
    }
    // "Earlier that night,", "Later that day,".
    comma
        && n == 3
        && unit.eq_ignore_ascii_case("that")
        && ["earlier", "later"]
            .iter()
            .any(|x| then.eq_ignore_ascii_case(x))
        && TIMES_OF_DAY.iter().any(|x| is(x))
}

/// Words for a part of a day, after "earlier that" or "later that".
const TIMES_OF_DAY: &[&str] = &["day", "night", "morning", "afternoon", "evening"];

/// Whether "after" stands right before the count in its sentence ("a
/// day after two men were wounded").
fn follows_after(c: &Claim) -> bool {
    c.sentence
        .get(..c.sentence_offset)
        .is_some_and(|before| last_word_is(before, "after"))
}

/// Whether a count's words introduce people ("a man", "two men",
/// "another woman"), not people known ("the victim", a name, "his wife").
fn introduces(count: &str) -> bool {
    let w = count.split_whitespace().next().unwrap_or("");
    ["a", "an", "another"]
        .iter()
        .any(|a| w.eq_ignore_ascii_case(a))
        || super::tokens::small_number(w).is_some()
}

/// Whether the count's date stands before it in its sentence: "On
/// Monday, a man was found shot".
fn fronted(c: &Claim) -> bool {
    let (Some(d), Some(before)) = (c.date_text.as_deref(), c.sentence.get(..c.sentence_offset))
    else {
        return false;
    };
    before.contains(d)
}

/// Whether the count's date is said to be earlier ("Earlier Saturday").
fn said_earlier(c: &Claim) -> bool {
    let Some(d) = c.date_text.as_deref() else {
        return false;
    };
    c.sentence
        .find(d)
        .is_some_and(|at| last_word_is(&c.sentence[..at], "earlier"))
}

/// Whether the last word of `before` is `word`, in any case.
fn last_word_is(before: &str, word: &str) -> bool {
    super::words::last_words::<1>(before).0[0].eq_ignore_ascii_case(word)
}

/// Whether the count's sentence opens with its date: "On Friday night,
/// Marcus Tate was shot", not "Jurors on Thursday watched video of …".
fn opens_with_day(c: &Claim) -> bool {
    let Some(d) = c.date_text.as_deref() else {
        return false;
    };
    let s = c.sentence.trim_start();
    let s = ["On ", "Early ", "Late ", "Earlier ", "Later "]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .unwrap_or(s);
    s.starts_with(d) && s.len() - d.len() > c.sentence.len() - c.sentence_offset
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
        scopes_on(text, None)
    }

    /// The same, of an article published on `published`.
    fn scopes_on(text: &str, published: Option<chrono::NaiveDate>) -> Vec<(String, f64, bool)> {
        crate::extract::claims_of(text, published)
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
    fn people_set_apart_by_a_span_of_time_are_another_incidents() {
        // The report's incident came some hours after another, or the
        // other is told as some hours earlier: its people are that one's.
        for text in [
            "A cyclist was hurt when a van hit him on Dunmore Road on Friday. \
             The crash came about three hours after a woman was killed in a fire on Vale Street.",
            "A clerk was shot and wounded at a pharmacy on Tuesday night. \
             Police said the robbery came a day after Ines Marsh, 52, was stabbed at a bakery nearby.",
            "A man was found shot to death in a parked van on Tuesday. \
             It was the second such call of the night: about an hour earlier, two men were hurt in a brawl.",
            // Another hour or another spot told before the people.
            "A bus driver was stabbed on Quay Lane on Sunday evening. \
             Three hours later and a mile away, a teenager was shot outside a chip shop.",
            "A bus driver was stabbed on Quay Lane on Sunday evening. \
             Earlier that day, three people were hurt in a brawl by the harbour.",
            // Another spot told by a direction.
            "A bus driver was stabbed on Quay Lane on Sunday evening. \
             An hour before and two miles south, a teenager was shot outside a chip shop.",
        ] {
            let s = scopes(text);
            assert!(!s[0].2, "{text}: {s:?}");
            assert!(s[1..].iter().any(|c| c.2), "{text}: {s:?}");
        }
        // "shortly after": no span of time, the same incident.
        let s = scopes(
            "A cyclist was hurt when a van hit him on Dunmore Road on Friday. \
             Shortly after, a second cyclist was injured by the same van.",
        );
        assert!(s.iter().all(|c| !c.2), "{s:?}");
    }

    #[test]
    fn a_ranking_in_a_place_or_a_stretch_of_time_tells_another_next() {
        // "the fourth in the district since Friday": the next sentence's
        // people are the others.
        let s = scopes(
            "A teenager was shot and wounded near the skate park on Thursday. \
             The shooting was the fourth in the district since Friday. \
             A man was shot and killed on Alder Way that night.",
        );
        assert!(!s[0].2, "{s:?}");
        assert!(s.iter().any(|c| c.2 && c.0 == "killed"), "{s:?}");
    }

    #[test]
    fn the_sentence_after_a_ranked_incident_tells_another() {
        // The article's incident is ranked among others: the people of the
        // next sentence, introduced or named, are another incident's.
        for text in [
            "A woman was stabbed on Elm Road on Tuesday. It was the third stabbing \
             on the road in a week. Two teenagers were wounded outside a diner there.",
            "A cook was shot dead in Riverside on Monday. The killing was the second of \
             three in the district. Omar Reyes, 40, was shot and killed near the bridge.",
        ] {
            let s = scopes(text);
            assert!(!s[0].2, "{text}: {s:?}");
            assert!(s[1..].iter().all(|c| c.2), "{text}: {s:?}");
        }
        // Without the ranking, the next sentence's people are the story's.
        let s = scopes(
            "A woman was stabbed on Elm Road on Tuesday. It was a quiet road. \
             Two teenagers were wounded outside a diner there.",
        );
        assert!(s.iter().all(|c| !c.2), "{s:?}");
        // Nor does a ranked sentence reach past its paragraph, nor take
        // the people it names already ("the victim").
        let s = scopes(
            "A woman was stabbed on Elm Road on Tuesday. It was the first stabbing \
             there this year. The victim was hurt badly.\nTwo teenagers were wounded too.",
        );
        assert!(s.iter().all(|c| !c.2), "{s:?}");
    }

    #[test]
    fn people_where_another_place_or_day_is_told_are_another_incidents() {
        // A relative clause after a distance or a time apart tells
        // another incident, with the "others" of its clause.
        let s = scopes(
            "A teenager was robbed and beaten on Pine Street on Friday. It happened \
             two blocks from the bar where a man was killed and two other men were hurt.",
        );
        assert!(!s[0].2 && s[1..].iter().all(|c| c.2), "{s:?}");
        let s = scopes(
            "A driver was shot on the highway on Monday. The shooting came two days \
             after a crash in which four people were injured.",
        );
        assert!(!s[0].2 && s[1..].iter().all(|c| c.2), "{s:?}");
        // "where" alone, with no place or day set apart, is the story's.
        let s = scopes(
            "A driver was shot on the highway on Monday. Police closed the ramp where \
             two people were injured.",
        );
        assert!(s.iter().all(|c| !c.2), "{s:?}");
    }

    #[test]
    fn people_introduced_right_after_after_are_another_incidents() {
        // The lede's own toll, then the incident it follows.
        assert_eq!(
            scopes(
                "A man was shot and killed outside a laundromat on Birch Street on Friday night, \
                 less than a day after two women were wounded a few blocks away."
            ),
            [m("killed", 1.0, false), m("injured", 2.0, true)]
        );
        // "after" that does not stand right before the people, or before
        // people known, keeps them in the article's incident.
        assert_eq!(
            scopes(
                "Two men were wounded after an argument on Birch Street, and a woman was killed."
            ),
            [m("injured", 2.0, false), m("killed", 1.0, false)]
        );
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

    /// (measure, value, background) of the casualties claims of an
    /// article published on Thursday 9 July 2026.
    fn dated(text: &str) -> Vec<(String, f64, bool)> {
        scopes_on(text, chrono::NaiveDate::from_ymd_opt(2026, 7, 9))
    }

    #[test]
    fn a_roundup_tells_other_incidents_apart() {
        // Each paragraph opens with another day at another place: another
        // incident, named or not; not a paragraph of the article's own place.
        assert_eq!(
            dated(
                "Two men were wounded outside a bar on Dorr Street on Tuesday night.\n\
                 On Wednesday, Dana Lowe, 30, was shot and killed on Vine Avenue.\n\
                 On Thursday, a second victim of the Dorr Street shooting died."
            ),
            [
                m("injured", 2.0, false),
                m("killed", 1.0, true),
                m("killed", 2.0, false)
            ]
        );
    }

    #[test]
    fn a_roundup_whose_lede_has_no_day_takes_the_next_one_told() {
        // The lede's day comes in the sentence after it; a paragraph
        // opening "Earlier <that day>" at a new place is another incident,
        // and so is the next day's paragraph, whose place is read from the
        // other incident's paragraph before it.
        let got = dated(
            "A shooting that killed a woman and hurt two men outside a Fenwick Road tavern topped a violent weekend.\n\
             Deputies are looking for the gunman, who fired into the tavern's patio late Friday.\n\
             Earlier Friday evening, two boys were shot outside Marlow Arena after a hockey game.\n\
             On Saturday morning, a man shot his brother and his uncle.",
        );
        let background: Vec<_> = got.iter().map(|(_, _, b)| *b).collect();
        assert_eq!(
            got[..2],
            [m("killed", 1.0, false), m("injured", 2.0, false)]
        );
        assert_eq!(background[2..], [true, true], "{got:?}");
        // The lede's own place in a later paragraph stays the lede's.
        let got = dated(
            "A shooting that killed a woman outside a Fenwick Road tavern topped a violent weekend.\n\
             Deputies are looking for the gunman, who fired into the tavern's patio late Friday.\n\
             On Saturday, a second victim of the Fenwick Road shooting died.",
        );
        assert!(got.iter().all(|(_, _, b)| !b), "{got:?}");
    }

    #[test]
    fn an_update_above_the_first_report_dates_the_incident_it_introduces() {
        // The update's "the woman" neither dates nor introduces anyone: the
        // incident is the one the report first introduces (Tuesday's), and
        // the shooting recalled from Sunday is another.
        let got = dated(
            "UPDATE 4:30 p.m.: Police say the woman who was stabbed is in stable condition.\n\
             EARLIER: A woman was stabbed Tuesday morning at a laundromat on Pell Street.\n\
             Police would not say whether it was tied to Sunday night's shooting, which killed two men.",
        );
        assert_eq!(got.last(), Some(&m("killed", 2.0, true)), "{got:?}");
        assert!(got[..got.len() - 1].iter().all(|(_, _, b)| !b), "{got:?}");
    }

    #[test]
    fn the_same_place_as_another_incident_is_told_by_that_one() {
        let got = dated(
            "A man was shot outside a corner shop on Pell Street on Tuesday. \
             The shop is on the same block where three people were shot.",
        );
        assert_eq!(
            got.last(),
            Some(&m("killed_or_injured", 3.0, true)),
            "{got:?}"
        );
        assert_eq!(got[0], m("killed_or_injured", 1.0, false));
    }

    #[test]
    fn a_case_in_court_is_the_story_whatever_month_it_recalls() {
        assert_eq!(
            dated(
                "A judge sent to a grand jury the case of a man accused of killing \
                 two people and wounding a third at a party on Oak Street in May."
            ),
            [m("killed", 2.0, false), m("injured", 1.0, false)]
        );
        // A running count of the city's.
        assert_eq!(
            dated("The deaths bring the city's homicide count for the year to 29."),
            [m("killed", 29.0, true)]
        );
    }

    #[test]
    fn people_of_an_earlier_day_are_another_event() {
        // The article's own people are hit on Thursday; the man found on
        // Monday is of another shooting.
        assert_eq!(
            dated(
                "Two women were shot outside a diner on Elm Road early Thursday. \
                 On Monday, a man was found shot to death two blocks away."
            ),
            [m("killed_or_injured", 2.0, false), m("killed", 1.0, true)]
        );
        // A follow-up: the first count is of people known, and the day
        // told later is that of its own shooting.
        assert_eq!(
            dated(
                "The victim died Thursday at a hospital. \
                 On Monday, a man was shot outside a diner on Elm Road."
            ),
            [m("killed", 1.0, false), m("killed_or_injured", 1.0, false)]
        );
        // A later day is no other event: the toll moved.
        assert_eq!(
            dated(
                "A man was shot on Elm Road on Monday. \
                 On Thursday, a second victim died."
            ),
            [m("killed_or_injured", 1.0, false), m("killed", 2.0, false)]
        );
    }

    #[test]
    fn one_named_dead_before_the_ledes_hurt_were_hit_is_another_event() {
        // The lede's people were hurt on Tuesday; the man who died after
        // he was shot on Sunday was hit in another shooting.
        assert_eq!(
            dated(
                "Two brothers were wounded on Elm Road late Tuesday. \
                 Jo Reyes, 28, who was shot Sunday night outside a bar on Pine Street, died Tuesday."
            ),
            [m("injured", 2.0, false), m("killed", 1.0, true)]
        );
        // A lede of a man dead dates his death: the day he was shot,
        // earlier, is his own.
        assert_eq!(
            dated(
                "A man died on Tuesday at a hospital. \
                 Jo Reyes, 28, was shot on Sunday night outside a bar on Pine Street."
            )
            .iter()
            .filter(|c| c.2)
            .count(),
            0
        );
    }

    #[test]
    fn another_kind_of_incident_an_earlier_day_is_another_event() {
        // The day stands after the count, but the stabbing is no part of
        // the shooting the article opens with.
        assert_eq!(
            dated(
                "A store clerk was shot and killed on Birch Street on Wednesday. \
                 A woman was stabbed a few blocks away late Tuesday."
            ),
            [m("killed", 1.0, false), m("killed_or_injured", 1.0, true)]
        );
        // Earlier the same day, of another kind: another event too.
        assert_eq!(
            dated(
                "A man was shot and wounded on Birch Street on Wednesday night. \
                 Earlier Wednesday, a house on the same block burned, killing an elderly woman."
            ),
            [m("injured", 1.0, false), m("killed", 1.0, true)]
        );
        // Of one kind, the earlier day after the count may be the
        // article's own incident told again: it stays.
        let same = dated(
            "A store clerk was shot and killed on Birch Street on Wednesday. \
             A man was shot on the same corner late Tuesday.",
        );
        assert!(same.len() > 1 && same.iter().all(|c| !c.2), "{same:?}");
    }

    #[test]
    fn the_sentence_before_may_close_with_a_curly_quote() {
        let text = "He said, \u{201c}It was awful.\u{201d} Two men were shot.";
        let s0 = text.find("Two").unwrap();
        assert_eq!(
            super::previous_sentence(text, s0),
            "He said, \u{201c}It was awful.\u{201d}"
        );
        let text = "Police came. “Run,” she said… Two men were shot.";
        let s0 = text.find("Two").unwrap();
        assert_eq!(super::previous_sentence(text, s0), "“Run,” she said…");
    }
}
