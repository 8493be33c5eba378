//! Lining the same quantity up across articles.
//!
//! Claims are blocked on what must match exactly (kind, measure, canonical
//! subject, qualifier, unit) and then walked in event-time order: a gap wider
//! than the kind's window starts a new event. Sorting makes this
//! O(n log n); no claim is compared with every other.

use crate::config::{Behaviour, Config};
use crate::ids;
use crate::model::{Claim, ClaimRef, Cluster, DateRole, DateSpan, Range, Value};
use chrono::NaiveDate;
use std::collections::HashMap;

mod people;

/// The cluster key: what must match for two claims to be one quantity.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Key {
    kind: String,
    measure: Option<String>,
    subject: Option<String>,
    qualifier: Option<String>,
    unit: String,
}

/// A [`Key`] as interned string ids (`u32::MAX` for none).
type IKey = [u32; 5];

/// When the claim places its event: an explicit event date, else the day it
/// was published; `None` when neither is known.
pub fn event_time(c: &Claim) -> Option<NaiveDate> {
    match (c.date_role, c.date) {
        (Some(DateRole::Event), Some(d)) => Some(d.start),
        _ => c.published,
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
    }
}

/// Groups the claims of configured kinds into clusters of the same quantity.
/// `paths` maps article ids to their files (for excerpts).
pub fn align(claims: &[Claim], paths: &HashMap<String, String>, config: &Config) -> Vec<Cluster> {
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
    for (i, c) in claims.iter().enumerate() {
        let Some(kind) = config.kind(&c.kind) else {
            continue;
        };
        if c.value.is_none() && c.date.is_none() {
            continue;
        }
        let deadline = kind.def.extends == Behaviour::Deadline;
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
        let key = [
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
        ];
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
        };
        block(&key, &keyed[i..j], claims, paths, config, &mut clusters);
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
    let deadline = kind.is_some_and(|k| k.def.extends == Behaviour::Deadline);
    for (members, weak) in groups {
        if deadline {
            out.push(cluster(key, &members, weak, claims, paths, moves));
            continue;
        }
        for part in split_by_magnitude(members, claims) {
            let weak = weak
                .iter()
                .filter(|a| part.iter().any(|&i| *claims[i].article == ***a))
                .cloned()
                .collect();
            out.push(cluster(key, &part, weak, claims, paths, moves));
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
    moves: bool,
) -> Cluster {
    let mut ms: Vec<&Claim> = members.iter().map(|&i| &claims[i]).collect();
    ms.sort_by(|a, b| (a.published, &a.article, a.start).cmp(&(b.published, &b.article, b.start)));
    let times: Vec<NaiveDate> = ms.iter().filter_map(|c| event_time(c)).collect();
    let event = match (times.iter().min(), times.iter().max()) {
        (Some(&a), Some(&b)) => Some(DateSpan { start: a, end: b }),
        _ => None,
    };
    let id = ids::hash(&[
        "cluster",
        &key.kind,
        key.measure.as_deref().unwrap_or(""),
        key.subject.as_deref().unwrap_or(""),
        key.qualifier.as_deref().unwrap_or(""),
        &key.unit,
        &event.map(|e| e.start.to_string()).unwrap_or_default(),
    ]);
    Cluster {
        id: format!("cl-{id}"),
        kind: key.kind.clone(),
        measure: key.measure.clone(),
        subject: key.subject.clone(),
        range: range(&ms, moves),
        claims: ms
            .iter()
            .map(|c| claim_ref(c, paths.get(&*c.article).map(String::as_str)))
            .collect(),
        unit: key.unit.clone(),
        qualifier: key.qualifier.clone(),
        event,
        moves,
        weak,
        story: None,
    }
}

/// A figure's single representative number: the exact value, else the
/// bound it states.
pub fn point(v: &Value) -> Option<f64> {
    v.low.or(v.high)
}

/// `low`/`high` span every figure; `best` is the most conservative figure
/// that the most reports agree on (ACLED's rule), taken among the latest
/// reports for a figure that moves over time (the newer figure stands).
fn range(ms: &[&Claim], moves: bool) -> Range {
    let all: Vec<f64> = ms
        .iter()
        .filter_map(|c| c.value.as_ref())
        .flat_map(|v| [v.low, v.high])
        .flatten()
        .collect();
    let low = all.iter().copied().reduce(f64::min);
    let high = all.iter().copied().reduce(f64::max);
    let latest = ms.iter().filter_map(|c| c.published).max();
    let pool: Vec<&&Claim> = ms
        .iter()
        .filter(|c| !moves || latest.is_none() || c.published == latest)
        .collect();
    let mut counts: Vec<(f64, usize)> = Vec::new();
    for c in pool {
        if let Some(p) = c.value.as_ref().and_then(point) {
            match counts.iter_mut().find(|(v, _)| *v == p) {
                Some(e) => e.1 += 1,
                None => counts.push((p, 1)),
            }
        }
    }
    let best = counts
        .iter()
        .copied()
        .reduce(|a, b| {
            if b.1 > a.1 || (b.1 == a.1 && b.0 < a.0) {
                b
            } else {
                a
            }
        })
        .map(|(v, _)| v);
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
