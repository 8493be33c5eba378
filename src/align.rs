//! Lining the same quantity up across articles.
//!
//! Claims are blocked on what must match exactly (kind, measure, canonical
//! subject, qualifier, unit) and then walked in event-time order: a gap wider
//! than the kind's window starts a new event. Sorting makes this
//! O(n log n); no claim is compared with every other.
//!
//! Figures of an event-bound kind (`scope: event`, a toll) are blocked on
//! their story instead of their subject and time: a story is one event, so
//! its claims that name the city, the county or nothing are one quantity,
//! and two shootings in one city on one day never share a cluster.

use crate::config::{Behaviour, Config, KindScope};
use crate::ids;
use crate::model::{Claim, ClaimRef, Cluster, DateRole, DateSpan, Range, Scope, Value};
use crate::stories::toll;
use chrono::NaiveDate;
use std::collections::HashMap;

mod people;
pub use people::SURNAME_PARTICLES;

/// The cluster key: what must match for two claims to be one quantity.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Key {
    kind: String,
    measure: Option<String>,
    subject: Option<String>,
    qualifier: Option<String>,
    unit: String,
    /// The story of an event-bound figure.
    story: Option<String>,
}

/// A [`Key`] as interned string ids (`u32::MAX` for none).
type IKey = [u32; 6];

/// A claim as blocking sees it: its key, its event time and its index.
type Keyed = (IKey, Option<NaiveDate>, usize);

/// Which story each article belongs to (article id → story id), and each
/// story's place.
#[derive(Debug, Clone, Default)]
pub struct StoryIndex {
    /// Article id → story id.
    pub story_of: HashMap<String, String>,
    /// Story id → its place, when its articles name one.
    pub place: HashMap<String, String>,
}

impl StoryIndex {
    /// The index of `stories`: each article's story, each story's place.
    pub fn of(stories: &[crate::model::Story]) -> StoryIndex {
        let mut index = StoryIndex::default();
        for s in stories {
            for a in &s.articles {
                index.story_of.insert(a.clone(), s.id.clone());
            }
            if let Some(p) = &s.place {
                index.place.insert(s.id.clone(), p.clone());
            }
        }
        index
    }
}

/// When the claim places its event: an explicit event date, else the day it
/// was published (for an undated article in a story, the end of its
/// estimated window); `None` when neither is known.
pub fn event_time(c: &Claim) -> Option<NaiveDate> {
    match (c.date_role, c.date) {
        (Some(DateRole::Event), Some(d)) => Some(d.start),
        _ => c.published.or(c.published_estimate.map(|s| s.end)),
    }
}

/// Builds a report's reference to a claim; `path` is the article's file.
pub fn claim_ref(c: &Claim, path: Option<&str>) -> ClaimRef {
    ClaimRef {
        article: c.article.to_string(),
        start: c.start,
        end: c.end,
        text: c.text.clone(),
        published: c.published,
        source: c.source.as_deref().map(str::to_string),
        path: path.map(str::to_string),
        line: c.line,
        column: c.column,
        sentence: c.sentence.to_string(),
        sentence_offset: c.sentence_offset,
        value: c.value.clone(),
        approx: c.approx,
        date: c.date,
        date_role: c.date_role,
        published_estimate: c.published_estimate,
        inferred: c.inferred,
    }
}

/// Groups the claims of configured kinds into clusters of the same quantity.
/// `paths` maps article ids to their files (for excerpts).
pub fn align(claims: &[Claim], paths: &HashMap<String, String>, config: &Config) -> Vec<Cluster> {
    align_in(claims, paths, config, None)
}

/// [`align`] with stories: figures of event-bound kinds line up only within
/// their story (claims of articles `stories` does not know line up as
/// [`align`] does). Background figures of those kinds never join a story's
/// cluster: they line up across stories by subject, and only when they
/// have one.
pub fn align_in(
    claims: &[Claim],
    paths: &HashMap<String, String>,
    config: &Config,
    stories: Option<&StoryIndex>,
) -> Vec<Cluster> {
    // Keys are interned to small integers: a million claims share a few
    // thousand distinct names, and sorting integers beats sorting strings.
    let mut interner: HashMap<String, u32> = HashMap::new();
    let mut names: HashMap<&str, u32> = HashMap::new();
    let intern = |s: &str, interner: &mut HashMap<String, u32>| -> u32 {
        if let Some(&i) = interner.get(s) {
            return i;
        }
        let i = interner.len() as u32;
        interner.insert(s.to_string(), i);
        i
    };
    let persons = people::person_names(claims, config);
    let mut keyed: Vec<(IKey, Option<NaiveDate>, usize)> = Vec::new();
    // Canonical subjects of story-bound claims, by claim index.
    let mut subjects: HashMap<usize, u32> = HashMap::new();
    for (i, c) in claims.iter().enumerate() {
        let Some(kind) = config.kind(&c.kind) else {
            continue;
        };
        if c.value.is_none() && c.date.is_none() {
            continue;
        }
        // "rose from 10% to 25%": the level before the change is one the
        // same sentence says is gone; its `to` end is the figure to line up.
        if c.role == Some(crate::model::Role::From) {
            continue;
        }
        let deadline = kind.def.extends == Behaviour::Deadline;
        // An as-of statistic ("6.4 million displaced as of May 2024") is a
        // running total, the same figure whichever story recalls it.
        let story = (kind.def.scope == KindScope::Event
            && c.scope == Scope::Story
            && c.date_role != Some(DateRole::AsOf))
        .then(|| stories.and_then(|s| s.story_of.get(&*c.article)))
        .flatten();
        if kind.def.scope == KindScope::Event && c.scope == Scope::Background && c.subject.is_none()
        {
            // A recalled toll with no subject could be any event's.
            continue;
        }
        let subject = match c.subject.as_deref() {
            None => u32::MAX,
            // An age is about a person, by whatever name outlets give them.
            Some(s) if kind.def.extends == Behaviour::Age => {
                intern(persons.get(s).map_or(s, String::as_str), &mut interner)
            }
            Some(s) => match names.get(s) {
                Some(&id) => id,
                None => {
                    let id = intern(&config.canonical_name(s), &mut interner);
                    names.insert(s, id);
                    id
                }
            },
        };
        let opt = |s: Option<&str>, interner: &mut HashMap<String, u32>| {
            s.map_or(u32::MAX, |s| intern(s, interner))
        };
        let mut key = [
            intern(&c.kind, &mut interner),
            opt(c.measure.as_deref(), &mut interner),
            subject,
            opt(c.qualifier.as_deref(), &mut interner),
            // A deadline stated as a duration and one stated as a date are
            // the same deadline.
            if deadline {
                u32::MAX
            } else {
                opt(c.value.as_ref().map(|v| v.unit.as_str()), &mut interner)
            },
            opt(story.map(String::as_str), &mut interner),
        ];
        // Within a story the subject is settled per block (see
        // `story_blocks`), so it is kept aside rather than keyed.
        if story.is_some() && !kind.def.per_subject {
            subjects.insert(i, key[2]);
            key[2] = u32::MAX;
        }
        keyed.push((key, event_time(c), i));
    }
    let mut strings = vec![String::new(); interner.len()];
    for (s, i) in interner {
        strings[i as usize] = s;
    }
    let name = |i: u32| (i != u32::MAX).then(|| strings[i as usize].clone());
    // Undated claims sort after dated ones within their block.
    keyed.sort_unstable_by(|a, b| {
        (a.0, a.1.is_none(), a.1, &claims[a.2].article, a.2).cmp(&(
            b.0,
            b.1.is_none(),
            b.1,
            &claims[b.2].article,
            b.2,
        ))
    });

    let mut clusters = Vec::new();
    let mut i = 0;
    while i < keyed.len() {
        let mut j = i;
        while j < keyed.len() && keyed[j].0 == keyed[i].0 {
            j += 1;
        }
        let k = keyed[i].0;
        let key = Key {
            kind: name(k[0]).unwrap_or_default(),
            measure: name(k[1]),
            subject: name(k[2]),
            qualifier: name(k[3]),
            unit: name(k[4]).unwrap_or_default(),
            story: name(k[5]),
        };
        match &key.story {
            Some(story) if k[2] == u32::MAX => {
                let place = stories.and_then(|s| s.place.get(story));
                for (subject, items) in story_blocks(&keyed[i..j], &subjects, claims, &name, place)
                {
                    let key = Key {
                        subject,
                        ..key.clone()
                    };
                    block(&key, &items, claims, paths, config, &mut clusters);
                }
            }
            _ => block(&key, &keyed[i..j], claims, paths, config, &mut clusters),
        }
        i = j;
    }
    clusters.sort_by(|a, b| {
        (&a.kind, &a.measure, &a.subject, a.event, &a.id)
            .cmp(&(&b.kind, &b.measure, &b.subject, b.event, &b.id))
    });
    clusters
}

/// Clusters one block of identical keys, sorted by event time.
fn block(
    key: &Key,
    items: &[(IKey, Option<NaiveDate>, usize)],
    claims: &[Claim],
    paths: &HashMap<String, String>,
    config: &Config,
    out: &mut Vec<Cluster>,
) {
    let kind = config.kind(&key.kind);
    let window = kind
        .and_then(|k| k.def.window_days)
        .unwrap_or(config.raw.alignment.event_window_days);
    let mut groups: Vec<(Vec<usize>, Vec<String>)> = Vec::new();
    let mut last: Option<NaiveDate> = None;
    for &(_, t, idx) in items {
        // A story is one event: its follow-ups weeks later are about it too.
        let t = if key.story.is_some() {
            if groups.is_empty() {
                groups.push((Vec::new(), Vec::new()));
            }
            groups[0].0.push(idx);
            continue;
        } else {
            t
        };
        match t {
            Some(t) => {
                let gap = last.map_or(i64::MAX, |l| (t - l).num_days());
                if groups.is_empty() || gap > window {
                    groups.push((Vec::new(), Vec::new()));
                }
                if let Some(g) = groups.last_mut() {
                    g.0.push(idx);
                }
                last = Some(t);
            }
            None => {
                // No event time: join only when there is exactly one event
                // this claim could belong to, and say so.
                match groups.len() {
                    1 => {
                        let g = &mut groups[0];
                        g.0.push(idx);
                        if !g.1.iter().any(|a| **a == *claims[idx].article) {
                            g.1.push(claims[idx].article.to_string());
                        }
                    }
                    _ => groups.push((vec![idx], Vec::new())),
                }
            }
        }
    }
    let moves = kind.is_some_and(|k| k.def.moves);
    let never_falls = kind.is_some_and(|k| k.never_falls(key.measure.as_deref()));
    let moving = (moves, never_falls);
    let deadline = kind.is_some_and(|k| k.def.extends == Behaviour::Deadline);
    for (members, weak) in groups {
        if deadline {
            out.push(cluster(key, &members, weak, claims, paths, moving));
            continue;
        }
        for part in split_by_magnitude(members, claims) {
            let weak = weak
                .iter()
                .filter(|a| part.iter().any(|&i| *claims[i].article == ***a))
                .cloned()
                .collect();
            out.push(cluster(key, &part, weak, claims, paths, moving));
        }
    }
}

/// How far apart two figures may be and still be reports of one quantity.
/// Early tolls run low and jump (1 dead, then 24), but a toll of 5 and one
/// of 170,000 in the same story are different events (a quake today and the
/// tsunami it recalls).
const SAME_QUANTITY_RATIO: f64 = 50.0;

/// Splits a cluster where consecutive figures (in size order) lie more than
/// [`SAME_QUANTITY_RATIO`] apart.
fn split_by_magnitude(mut members: Vec<usize>, claims: &[Claim]) -> Vec<Vec<usize>> {
    let size = |i: usize| claims[i].value.as_ref().and_then(point).map(f64::abs);
    members.sort_by(|&a, &b| {
        size(a)
            .unwrap_or(0.0)
            .total_cmp(&size(b).unwrap_or(0.0))
            .then(a.cmp(&b))
    });
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut prev: Option<f64> = None;
    for i in members {
        let v = size(i);
        let jump = match (prev, v) {
            (Some(p), Some(v)) => v > p.max(1.0) * SAME_QUANTITY_RATIO,
            _ => false,
        };
        if out.is_empty() || jump {
            out.push(Vec::new());
        }
        if let Some(last) = out.last_mut() {
            last.push(i);
        }
        prev = v.or(prev);
    }
    out
}

fn cluster(
    key: &Key,
    members: &[usize],
    weak: Vec<String>,
    claims: &[Claim],
    paths: &HashMap<String, String>,
    (moves, never_falls): (bool, bool),
) -> Cluster {
    let mut ms: Vec<&Claim> = members.iter().map(|&i| &claims[i]).collect();
    ms.sort_by(|a, b| (a.published, &a.article, a.start).cmp(&(b.published, &b.article, b.start)));
    let times: Vec<NaiveDate> = ms.iter().filter_map(|c| event_time(c)).collect();
    let event = match (times.iter().min(), times.iter().max()) {
        (Some(&a), Some(&b)) => Some(DateSpan { start: a, end: b }),
        _ => None,
    };
    // A story-bound cluster is keyed on its story rather than its event's
    // first day: it keeps its id as later reports join the story.
    let when = match &key.story {
        Some(story) => story.clone(),
        None => event.map(|e| e.start.to_string()).unwrap_or_default(),
    };
    let id = ids::hash(&[
        "cluster",
        &key.kind,
        key.measure.as_deref().unwrap_or(""),
        key.subject.as_deref().unwrap_or(""),
        key.qualifier.as_deref().unwrap_or(""),
        &key.unit,
        &when,
    ]);
    Cluster {
        id: format!("cl-{id}"),
        kind: key.kind.clone(),
        measure: key.measure.clone(),
        subject: key.subject.clone(),
        range: range(&ms, moves, never_falls),
        claims: ms
            .iter()
            .map(|c| claim_ref(c, paths.get(&*c.article).map(String::as_str)))
            .collect(),
        unit: key.unit.clone(),
        qualifier: key.qualifier.clone(),
        event,
        moves,
        weak,
        story: key.story.clone(),
    }
}

/// Splits one story's block of claims by subject where the story tells
/// places apart, and names each part's subject.
///
/// Reporters name one place many ways (the city, the county, the
/// neighbourhood, or none), so by default a story's figures of one measure
/// are one quantity, about the subject most of them name (else the story's
/// place). Only when one article gives different figures for two places
/// ("three dead in Kyiv and two in Odesa") are those places kept apart; a
/// figure naming no place then joins the story's place, else the largest
/// part.
fn story_blocks(
    items: &[Keyed],
    subjects: &HashMap<usize, u32>,
    claims: &[Claim],
    name: &dyn Fn(u32) -> Option<String>,
    place: Option<&String>,
) -> Vec<(Option<String>, Vec<Keyed>)> {
    let subject_of = |i: usize| subjects.get(&i).copied().filter(|&s| s != u32::MAX);
    // Does any article give different figures for two places ("three dead
    // in Kyiv and two in Odesa")? The same figure under two names ("three
    // injured at the park", "the three injured were taken to the
    // hospital") is one quantity.
    let mut seen: HashMap<&str, (u32, Option<&Value>)> = HashMap::new();
    let mut apart = false;
    for &(_, _, i) in items {
        if let Some(s) = subject_of(i) {
            let v = claims[i].value.as_ref();
            match seen.insert(&claims[i].article, (s, v)) {
                Some((prev, pv)) if prev != s && pv != v => apart = true,
                _ => {}
            }
        }
    }
    let mut counts: Vec<(u32, usize)> = Vec::new();
    for &(_, _, i) in items {
        if let Some(s) = subject_of(i) {
            match counts.iter_mut().find(|e| e.0 == s) {
                Some(e) => e.1 += 1,
                None => counts.push((s, 1)),
            }
        }
    }
    let place_id = place.and_then(|p| {
        counts
            .iter()
            .find(|e| name(e.0).as_ref() == Some(p))
            .map(|e| e.0)
    });
    let main = place_id.or_else(|| {
        let mut best: Option<(u32, usize)> = None;
        for &e in &counts {
            if best.is_none_or(|b| e.1 > b.1) {
                best = Some(e);
            }
        }
        best.map(|b| b.0)
    });
    if !apart {
        let subject = main.and_then(name).or_else(|| place.cloned());
        return vec![(subject, items.to_vec())];
    }
    let mut parts: Vec<(u32, Vec<Keyed>)> = Vec::new();
    for &item in items {
        let s = subject_of(item.2).or(main).unwrap_or(u32::MAX);
        match parts.iter_mut().find(|p| p.0 == s) {
            Some(p) => p.1.push(item),
            None => parts.push((s, vec![item])),
        }
    }
    parts.into_iter().map(|(s, v)| (name(s), v)).collect()
}

/// A figure's single representative number: the exact value, else the
/// bound it states.
pub fn point(v: &Value) -> Option<f64> {
    v.low.or(v.high)
}

/// `low`/`high` span every figure; `best` is the most conservative figure
/// that the most reports agree on (ACLED's rule); for a figure that moves
/// over time, the one the latest reports agree on (the newer figure
/// stands), and for one that `never_falls` not below the earlier reports'
/// when the latest write no figure (see `stories::toll`).
fn range(ms: &[&Claim], moves: bool, never_falls: bool) -> Range {
    let all: Vec<f64> = ms
        .iter()
        .filter_map(|c| c.value.as_ref())
        .flat_map(|v| [v.low, v.high])
        .flatten()
        .collect();
    let low = all.iter().copied().reduce(f64::min);
    let high = all.iter().copied().reduce(f64::max);
    if moves {
        // A count that moves (a toll): each report once, with its largest
        // figure (an article that gives the total and names one victim,
        // "two dead"; "Reyes-Lund died at the scene", reports two), and
        // the latest reports vote (see `stories::toll`).
        let mut reports = Vec::new();
        for c in ms {
            if let Some(p) = c.value.as_ref().and_then(point) {
                toll::hear(&mut reports, &c.article, c.published, p, c.inferred, true);
            }
        }
        let best = toll::best(&reports, never_falls);
        return Range { low, best, high };
    }
    let mut counts: Vec<(f64, usize)> = Vec::new();
    for p in ms.iter().filter_map(|c| c.value.as_ref().and_then(point)) {
        match counts.iter_mut().find(|(v, _)| *v == p) {
            Some(e) => e.1 += 1,
            None => counts.push((p, 1)),
        }
    }
    let best = crate::stories::toll::most_agreed(&counts);
    Range { low, best, high }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(
        article: &str,
        kind: &str,
        measure: &str,
        subject: &str,
        low: f64,
        published: &str,
    ) -> Claim {
        Claim::sample(article, kind, measure, subject, low, published, "people")
    }

    #[test]
    fn separates_events_and_places() {
        let c = Config::builtin();
        let claims = vec![
            claim("a", "casualties", "killed", "Kyiv", 15.0, "2025-06-17"),
            claim("b", "casualties", "killed", "Kiev", 21.0, "2025-06-18"),
            claim("c", "casualties", "killed", "Kyiv", 28.0, "2025-06-19"),
            claim("d", "casualties", "killed", "Kyiv", 32.0, "2025-07-31"),
            claim("e", "casualties", "killed", "Odesa", 4.0, "2025-06-17"),
        ];
        let cl = align(&claims, &HashMap::new(), &c);
        assert_eq!(cl.len(), 3);
        let kyiv: Vec<usize> = cl
            .iter()
            .filter(|c| c.subject.as_deref() == Some("Kyiv"))
            .map(|c| c.claims.len())
            .collect();
        assert_eq!(kyiv, vec![3, 1]);
        let first = cl.iter().find(|c| c.claims.len() == 3).unwrap();
        assert_eq!(first.range.low, Some(15.0));
        assert_eq!(first.range.best, Some(28.0));
        assert_eq!(first.range.high, Some(28.0));
    }

    #[test]
    fn figures_of_another_order_are_another_quantity() {
        let c = Config::builtin();
        let claims = vec![
            claim("a", "casualties", "killed", "Aceh", 5.0, "2013-07-02"),
            claim("b", "casualties", "killed", "Aceh", 24.0, "2013-07-03"),
            claim("c", "casualties", "killed", "Aceh", 170000.0, "2013-07-02"),
        ];
        let cl = align(&claims, &HashMap::new(), &c);
        let sizes: Vec<usize> = cl.iter().map(|c| c.claims.len()).collect();
        assert_eq!(sizes.len(), 2, "{sizes:?}");
        assert!(sizes.contains(&2) && sizes.contains(&1));
    }

    #[test]
    fn the_level_before_a_change_lines_up_with_nothing() {
        let c = Config::builtin();
        let mut old = claim("a", "tariff", "rate", "India", 10.0, "2025-08-06");
        old.role = Some(crate::model::Role::From);
        let mut new = claim("a", "tariff", "rate", "India", 25.0, "2025-08-06");
        new.role = Some(crate::model::Role::To);
        let other = claim("b", "tariff", "rate", "India", 25.0, "2025-08-07");
        let cl = align(&[old, new, other], &HashMap::new(), &c);
        assert_eq!(cl.len(), 1, "{cl:?}");
        assert_eq!(cl[0].claims.len(), 2);
        assert_eq!(
            (cl[0].range.low, cl[0].range.high),
            (Some(25.0), Some(25.0))
        );
    }

    #[test]
    fn ids_do_not_depend_on_input_order() {
        let c = Config::builtin();
        let mut claims = vec![
            claim("a", "casualties", "killed", "Kyiv", 15.0, "2025-06-17"),
            claim("b", "casualties", "killed", "Kyiv", 21.0, "2025-06-18"),
        ];
        let one = align(&claims, &HashMap::new(), &c);
        claims.reverse();
        let two = align(&claims, &HashMap::new(), &c);
        assert_eq!(one, two);
    }
}
