//! Judging clusters and articles into findings, each with the claims it is
//! about and a reason a reader can check.

use crate::align::{claim_ref, point};
use crate::config::{Behaviour, Config};
use crate::ids;
use crate::model::{Claim, ClaimRef, Cluster, DateRole, Finding, Scope, Value};
use crate::report::fmt::{self, figure};
use chrono::NaiveDate;
use std::collections::HashMap;

/// How close a hedged figure is taken to be (`nearly 30` covers 27–33).
const APPROX_SLACK: f64 = 0.10;

/// All findings for a batch, most severe first.
pub fn judge(
    clusters: &[Cluster],
    claims: &[Claim],
    paths: &HashMap<String, String>,
    as_of: NaiveDate,
    config: &Config,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let hit = hit_by_parts(claims);
    for c in clusters {
        let kind = config.kind(&c.kind);
        let tolerance = kind.map_or(0.0, |k| k.def.tolerance);
        let deadline = kind.is_some_and(|k| k.def.extends == Behaviour::Deadline);
        // Parts of a figure ("11 of them children") and increments of a
        // moving count ("six more bodies") are not rival totals: nothing to
        // compare them with.
        let partial = match c.qualifier.as_deref() {
            Some("part") => true,
            Some("additional") => c.moves,
            _ => false,
        };
        if deadline {
            judge_dates(c, config, &mut out);
        } else if !partial {
            judge_figures(c, tolerance, &hit, config, &mut out);
        }
        passed(c, as_of, config, &mut out);
    }
    for c in claims {
        stale(c, paths, as_of, config, &mut out);
    }
    let mut start = 0;
    while start < claims.len() {
        let mut end = start;
        while end < claims.len() && claims[end].article == claims[start].article {
            end += 1;
        }
        let article = &claims[start..end];
        inconsistent(article, paths, config, &mut out);
        unresolved(article, paths, config, &mut out);
        start = end;
    }
    out.sort_by(|a, b| (b.severity, &a.kind, &a.id).cmp(&(a.severity, &b.kind, &b.id)));
    out.dedup_by(|a, b| a.id == b.id);
    out
}

/// Per article and kind, the hit its own killed and injured figures add up
/// to (the largest of each, of story scope and no part): "a boy was killed
/// and two others were wounded" has told of 3 hit, though its only figure
/// of the hit may be one of them ("a girl was shot in the leg").
fn hit_by_parts(claims: &[Claim]) -> HashMap<(&str, &str), f64> {
    let (_, parts) = crate::config::victims::HIT;
    let mut most: HashMap<(&str, &str, usize), f64> = HashMap::new();
    for c in claims {
        if c.scope != Scope::Story || c.qualifier.is_some() {
            continue;
        }
        let Some(i) = parts.iter().position(|p| c.measure.as_deref() == Some(*p)) else {
            continue;
        };
        if let Some(p) = c.value.as_ref().and_then(point) {
            let m = most
                .entry((c.article.as_ref(), c.kind.as_str(), i))
                .or_insert(p);
            *m = m.max(p);
        }
    }
    let mut sum: HashMap<(&str, &str), f64> = HashMap::new();
    for ((article, kind, _), v) in most {
        *sum.entry((article, kind)).or_insert(0.0) += v;
    }
    sum
}

/// A figure as an interval, widened by the kind's tolerance and by the
/// hedge of `approx`.
fn interval(v: &Value, approx: bool, tolerance: f64) -> (f64, f64) {
    let slack = tolerance.max(if approx { APPROX_SLACK } else { 0.0 });
    let lo = v.low.map_or(f64::NEG_INFINITY, |x| x - x.abs() * slack);
    let hi = v.high.map_or(f64::INFINITY, |x| x + x.abs() * slack);
    (lo, hi)
}

/// `Harbor Wire (2025-06-18)`, or the article id without an outlet.
fn who(r: &ClaimRef) -> String {
    let name = r.source.clone().unwrap_or_else(|| r.article.clone());
    match r.published {
        Some(d) => format!("{name} ({d})"),
        None => name,
    }
}

fn what(c: &Cluster) -> String {
    let mut s = c
        .measure
        .clone()
        .unwrap_or_else(|| c.kind.clone())
        .replace('_', " ");
    if let Some(q) = &c.qualifier {
        s = format!("{q} {s}");
    }
    if let Some(subj) = &c.subject {
        s.push_str(&format!(" ({subj})"));
    }
    s
}

fn finding(
    kind: &str,
    cluster: Option<&str>,
    claims: Vec<ClaimRef>,
    message: String,
    config: &Config,
) -> Finding {
    let mut parts: Vec<String> = claims
        .iter()
        .map(|r| format!("{}\u{1f}{}", r.article, r.text))
        .collect();
    parts.sort();
    let mut key: Vec<&str> = vec![kind, cluster.unwrap_or("")];
    key.extend(parts.iter().map(String::as_str));
    Finding {
        id: format!("{}-{}", short(kind), ids::hash(&key)),
        kind: kind.to_string(),
        severity: config.severity(kind),
        cluster: cluster.map(str::to_string),
        claims,
        message,
        new: None,
        review: None,
    }
}

fn short(kind: &str) -> &'static str {
    match kind {
        "conflict" => "conf",
        "superseded" => "supe",
        "stale" => "stal",
        "deadline_passed" => "dead",
        "inconsistent" => "inco",
        "unresolved" => "unre",
        "corrected" => "corr",
        _ => "find",
    }
}

/// Conflicts and superseded figures among a cluster's numeric claims.
fn judge_figures(
    c: &Cluster,
    tolerance: f64,
    hit: &HashMap<(&str, &str), f64>,
    config: &Config,
    out: &mut Vec<Finding>,
) {
    let refs: Vec<&ClaimRef> = c.claims.iter().filter(|r| r.value.is_some()).collect();
    if refs.len() < 2 {
        return;
    }
    let iv = |r: &ClaimRef| interval(r.value.as_ref().expect("filtered"), r.approx, tolerance);
    // A moving count (a toll) is what each report gives at most, as for the
    // story's toll (`stories::toll`): a report that says "both were taken
    // to hospital" and "the other suffered minor injuries" gives 2, and
    // its part is no disagreement with another outlet's 2.
    let mut most: HashMap<&str, f64> = HashMap::new();
    for r in &refs {
        if let Some(p) = point_of(r) {
            let m = most.entry(r.article.as_str()).or_insert(p);
            *m = m.max(p);
        }
    }
    // Of the hit, a report gives at least its killed and injured added up:
    // its "a girl was shot" beside "one killed and two wounded" is a part,
    // no rival to another outlet's "three victims with gunshot wounds".
    if c.moves && c.measure.as_deref() == Some(crate::config::victims::HIT.0) {
        for (article, m) in most.iter_mut() {
            if let Some(&sum) = hit.get(&(*article, c.kind.as_str())) {
                *m = m.max(sum);
            }
        }
    }
    let told: Vec<&ClaimRef> = if c.moves {
        refs.iter()
            .copied()
            .filter(|r| point_of(r).is_none_or(|p| Some(&p) >= most.get(r.article.as_str())))
            .collect()
    } else {
        refs.clone()
    };
    // Figures that cannot all hold: in one dimension a set of intervals
    // shares a point iff the highest lower end is at most the lowest upper
    // end, so one pass per group finds the disagreement (no pairwise scan).
    // For a moving count only reports of the same day form a group: on
    // different days a different figure is an update.
    let mut involved: Vec<&ClaimRef> = Vec::new();
    let mut pair: Option<(&ClaimRef, &ClaimRef)> = None;
    let mut i = 0;
    while i < told.len() {
        let mut j = i + 1;
        while j < told.len() && (!c.moves || told[j].published == told[i].published) {
            j += 1;
        }
        let group = &told[i..j];
        i = j;
        let hi_claim = group.iter().min_by(|a, b| iv(a).1.total_cmp(&iv(b).1));
        let lo_claim = group.iter().max_by(|a, b| iv(a).0.total_cmp(&iv(b).0));
        let (Some(&low), Some(&high)) = (hi_claim, lo_claim) else {
            continue;
        };
        let (max_lo, min_hi) = (iv(high).0, iv(low).1);
        if max_lo <= min_hi || low.article == high.article {
            continue;
        }
        pair.get_or_insert((low, high));
        involved.extend(
            group
                .iter()
                .filter(|r| iv(r).1 < max_lo || iv(r).0 > min_hi),
        );
    }
    if let Some((a, b)) = pair {
        let tol = if tolerance > 0.0 {
            format!(" (tolerance {}%)", fmt::number(tolerance * 100.0))
        } else {
            String::new()
        };
        let message = format!(
            "{} reports {} but {} reports {} for the same {}: the figures cannot both be true{}",
            who(a),
            figure(a),
            who(b),
            figure(b),
            what(c),
            tol
        );
        let claims = involved.into_iter().cloned().collect();
        out.push(finding("conflict", Some(&c.id), claims, message, config));
    }
    if c.moves {
        superseded(c, &refs, config, out);
    }
}

/// Older reports of a moving figure that a later report has overtaken.
fn superseded(c: &Cluster, refs: &[&ClaimRef], config: &Config, out: &mut Vec<Finding>) {
    let Some(latest) = refs.iter().filter_map(|r| r.published).max() else {
        return;
    };
    let newest: Vec<&&ClaimRef> = refs
        .iter()
        .filter(|r| r.published == Some(latest))
        .collect();
    // Among the day's reports the highest stands: tolls rise as bodies are
    // found, so a lower figure the same day is the earlier count.
    let standing = newest
        .iter()
        .copied()
        .max_by(|a, b| {
            point_of(a)
                .unwrap_or(f64::MIN)
                .total_cmp(&point_of(b).unwrap_or(f64::MIN))
        })
        .expect("latest exists");
    let older: Vec<&&ClaimRef> = refs
        .iter()
        .filter(|r| r.published.is_some_and(|d| d < latest))
        .filter(|r| r.value != standing.value || r.approx != standing.approx)
        .collect();
    if older.is_empty() {
        return;
    }
    let older_high = older.iter().filter_map(|r| point_of(r)).reduce(f64::max);
    // The dead stay dead: a day whose reports only name or describe some
    // of them ("Ruth Calloway, 71, died in the fire") revises nothing.
    let never_falls = config
        .kind(&c.kind)
        .is_some_and(|k| k.never_falls(c.measure.as_deref()));
    if never_falls
        && newest.iter().all(|r| r.inferred)
        && point_of(standing)
            .zip(older_high)
            .is_some_and(|(n, o)| n < o)
    {
        return;
    }
    let direction = match (point_of(standing), older_high) {
        (Some(n), Some(o)) if n < o => " (revised down)",
        _ => "",
    };
    let list: Vec<String> = older
        .iter()
        .map(|r| format!("{} {}", who(r), figure(r)))
        .collect();
    let message = format!(
        "the {} moved over time: the latest report, {} by {}{}, stands; earlier figures are out of date: {}",
        what(c),
        figure(standing),
        who(standing),
        direction,
        list.join("; ")
    );
    let mut claims: Vec<ClaimRef> = older.iter().map(|r| (**r).clone()).collect();
    claims.push((**standing).clone());
    out.push(finding("superseded", Some(&c.id), claims, message, config));
}

fn point_of(r: &ClaimRef) -> Option<f64> {
    r.value.as_ref().and_then(point)
}

/// Slack around a deadline date: a hedged duration ("about fifty days")
/// is taken to ±10% of its length, at least two days.
fn date_slack(r: &ClaimRef) -> i64 {
    let span = match (r.published, r.date) {
        (Some(p), Some(d)) => (d.end - p).num_days().abs(),
        _ => 0,
    };
    if r.approx {
        ((span as f64 * APPROX_SLACK).ceil() as i64).max(2)
    } else {
        0
    }
}

fn dates_agree(a: &ClaimRef, b: &ClaimRef) -> bool {
    match (a.date, b.date) {
        (Some(x), Some(y)) => {
            let s = date_slack(a) + date_slack(b);
            (x.start - y.end).num_days() <= s && (y.start - x.end).num_days() <= s
        }
        _ => true,
    }
}

/// Deadlines restated across articles: a later, different date moved it.
fn judge_dates(c: &Cluster, config: &Config, out: &mut Vec<Finding>) {
    let refs: Vec<&ClaimRef> = c.claims.iter().filter(|r| r.date.is_some()).collect();
    let Some(latest) = refs.iter().filter_map(|r| r.published).max() else {
        return;
    };
    let standing = *refs
        .iter()
        .rev()
        .find(|r| r.published == Some(latest))
        .expect("latest exists");
    let older: Vec<&ClaimRef> = refs
        .iter()
        .copied()
        .filter(|r| r.published.is_some_and(|d| d < latest) && r.article != standing.article)
        .filter(|r| !dates_agree(r, standing))
        .collect();
    if older.is_empty() {
        return;
    }
    let span = |r: &ClaimRef| r.date.map(|d| fmt::span(&d)).unwrap_or_default();
    let list: Vec<String> = older
        .iter()
        .map(|r| format!("{} \"{}\" ({})", who(r), r.text, span(r)))
        .collect();
    let message = format!(
        "the {} was moved: {} now gives \"{}\" ({}); earlier: {}",
        what(c),
        who(standing),
        standing.text,
        span(standing),
        list.join("; ")
    );
    let mut claims: Vec<ClaimRef> = older.into_iter().cloned().collect();
    claims.push(standing.clone());
    out.push(finding("superseded", Some(&c.id), claims, message, config));
}

/// The standing deadline or effective date of a cluster lies before
/// `as_of`.
fn passed(c: &Cluster, as_of: NaiveDate, config: &Config, out: &mut Vec<Finding>) {
    let standing = c
        .claims
        .iter()
        .filter(|r| matches!(r.date_role, Some(DateRole::Deadline | DateRole::Effective)))
        .filter(|r| r.date.is_some())
        .max_by_key(|r| (r.published, r.start));
    let Some(r) = standing else { return };
    let d = r.date.expect("filtered");
    if d.end >= as_of {
        return;
    }
    let role = if r.date_role == Some(DateRole::Effective) {
        "effective date"
    } else {
        "deadline"
    };
    let message = format!(
        "the {role} \"{}\" for the {} ({}) has passed: it is {} days before {as_of}",
        r.text,
        what(c),
        fmt::span(&d),
        (as_of - d.end).num_days()
    );
    out.push(finding(
        "deadline_passed",
        Some(&c.id),
        vec![r.clone()],
        message,
        config,
    ));
}

/// An as-of figure older than its kind's window.
fn stale(
    c: &Claim,
    paths: &HashMap<String, String>,
    as_of: NaiveDate,
    config: &Config,
    out: &mut Vec<Finding>,
) {
    if c.date_role != Some(DateRole::AsOf) {
        return;
    }
    let (Some(d), Some(window)) = (c.date, config.kind(&c.kind).and_then(|k| k.def.stale_after))
    else {
        return;
    };
    let age = (as_of - d.end).num_days();
    if age <= i64::from(window) {
        return;
    }
    let at_publication = c
        .published
        .map(|p| format!(" ({} days old when published)", (p - d.end).num_days()))
        .unwrap_or_default();
    let message = format!(
        "\"{}\" is a figure as of {}: {age} days before {as_of}, past the {window}-day window for {}{}",
        c.text,
        fmt::span(&d),
        c.kind,
        at_publication
    );
    let r = claim_ref(c, paths.get(&*c.article).map(String::as_str));
    out.push(finding("stale", None, vec![r], message, config));
}

/// One article stating a duration and an end date that do not agree.
fn inconsistent(
    article: &[Claim],
    paths: &HashMap<String, String>,
    config: &Config,
    out: &mut Vec<Finding>,
) {
    let is_deadline = |c: &Claim| {
        config
            .kind(&c.kind)
            .is_some_and(|k| k.def.extends == Behaviour::Deadline)
            && c.date.is_some()
            && c.date_role == Some(DateRole::Deadline)
    };
    let durations: Vec<&Claim> = article
        .iter()
        .filter(|c| is_deadline(c) && c.value.is_some())
        .collect();
    let absolutes: Vec<&Claim> = article
        .iter()
        .filter(|c| is_deadline(c) && c.value.is_none())
        .collect();
    let path = |c: &Claim| paths.get(&*c.article).map(String::as_str);
    for d in &durations {
        for a in &absolutes {
            let same_subject = d.subject.is_none() || a.subject.is_none() || d.subject == a.subject;
            let (rd, ra) = (claim_ref(d, path(d)), claim_ref(a, path(a)));
            if !same_subject || dates_agree(&rd, &ra) {
                continue;
            }
            let span = |r: &ClaimRef| r.date.map(|x| fmt::span(&x)).unwrap_or_default();
            let message = format!(
                "the article states \"{}\", which counted from its date ({}) ends {}, and also \"{}\" ({}): the two do not agree",
                d.text,
                d.published.map(|p| p.to_string()).unwrap_or_default(),
                span(&rd),
                a.text,
                span(&ra)
            );
            out.push(finding("inconsistent", None, vec![rd, ra], message, config));
        }
    }
}

/// Dated claims of one article that could not be placed in time.
fn unresolved(
    article: &[Claim],
    paths: &HashMap<String, String>,
    config: &Config,
    out: &mut Vec<Finding>,
) {
    let open: Vec<&Claim> = article
        .iter()
        .filter(|c| c.date.is_none() && c.date_text.is_some())
        .collect();
    let refs: Vec<ClaimRef> = open
        .iter()
        .map(|c| claim_ref(c, paths.get(&*c.article).map(String::as_str)))
        .collect();
    if refs.is_empty() {
        return;
    }
    let why = if article[0].published.is_none() {
        "the article has no publication date"
    } else {
        "the dates give no year or cannot exist"
    };
    // Name the date words, once each: several figures may share one date.
    let mut texts: Vec<String> = Vec::new();
    for c in &open {
        let t = format!("\"{}\"", c.date_text.as_deref().unwrap_or(&c.text));
        if !texts.contains(&t) {
            texts.push(t);
        }
    }
    let message = format!(
        "{} dated statement(s) in {} could not be placed in time ({why}): {}",
        texts.len(),
        article[0].article,
        texts.join(", ")
    );
    out.push(finding("unresolved", None, refs, message, config));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::align;

    fn claim(
        article: &str,
        kind: &str,
        measure: &str,
        low: f64,
        published: &str,
        unit: &str,
    ) -> Claim {
        Claim::sample(article, kind, measure, "X", low, published, unit)
    }

    fn run(claims: &[Claim]) -> Vec<Finding> {
        let c = Config::builtin();
        let cl = align(claims, &HashMap::new(), &c);
        let as_of = NaiveDate::from_ymd_opt(2025, 7, 1).unwrap();
        judge(&cl, claims, &HashMap::new(), as_of, &c)
    }

    #[test]
    fn rising_toll_is_superseded_not_conflict() {
        let f = run(&[
            claim("a", "casualties", "killed", 15.0, "2025-06-17", "people"),
            claim("b", "casualties", "killed", 28.0, "2025-06-19", "people"),
        ]);
        let types: Vec<&str> = f.iter().map(|f| f.kind.as_str()).collect();
        assert_eq!(types, vec!["superseded"]);
    }

    #[test]
    fn a_reports_part_of_its_toll_is_no_conflict() {
        // The release gives 2 hurt ("both were taken to hospital") and 1 of
        // them ("the other suffered minor injuries"); the station gives 2.
        let same = run(&[
            claim("a", "casualties", "injured", 2.0, "2025-06-17", "people"),
            claim("a", "casualties", "injured", 1.0, "2025-06-17", "people"),
            claim("b", "casualties", "injured", 2.0, "2025-06-17", "people"),
        ]);
        assert!(same.iter().all(|f| f.kind != "conflict"), "{same:?}");
        // A report whose largest figure differs still conflicts.
        let differ = run(&[
            claim("a", "casualties", "injured", 2.0, "2025-06-17", "people"),
            claim("a", "casualties", "injured", 1.0, "2025-06-17", "people"),
            claim("b", "casualties", "injured", 3.0, "2025-06-17", "people"),
        ]);
        let c: Vec<&Finding> = differ.iter().filter(|f| f.kind == "conflict").collect();
        assert_eq!(c.len(), 1, "{differ:?}");
        assert!(
            c[0].message.contains("reports 2 people"),
            "{}",
            c[0].message
        );
    }

    #[test]
    fn a_reports_hit_is_at_least_its_dead_and_hurt_added_up() {
        // The station: one killed, two wounded, and "a girl was shot in the
        // leg" (hit 1); the release: three victims with gunshot wounds.
        let station = |measure, n| claim("a", "casualties", measure, n, "2025-06-17", "people");
        let hit = |n| {
            claim(
                "b",
                "casualties",
                "killed_or_injured",
                n,
                "2025-06-17",
                "people",
            )
        };
        let told = [
            station("killed", 1.0),
            station("injured", 2.0),
            station("killed_or_injured", 1.0),
        ];
        let f = run(&[told.to_vec(), vec![hit(3.0)]].concat());
        assert!(f.iter().all(|f| f.kind != "conflict"), "{f:?}");
        // Without the dead and hurt apart, the part is all the station told.
        let f = run(&[station("killed_or_injured", 1.0), hit(3.0)]);
        assert_eq!(
            f.iter().filter(|f| f.kind == "conflict").count(),
            1,
            "{f:?}"
        );
    }

    #[test]
    fn tariffs_that_cannot_both_hold_conflict() {
        let f = run(&[
            claim("a", "tariff", "rate", 25.0, "2025-06-17", "%"),
            claim("b", "tariff", "rate", 35.0, "2025-06-17", "%"),
        ]);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].kind, "conflict");
        assert!(
            f[0].message.contains("25%") && f[0].message.contains("35%"),
            "{}",
            f[0].message
        );
    }

    #[test]
    fn bounds_and_hedges_overlap() {
        let mut a = claim("a", "tariff", "rate", 28.0, "2025-06-17", "%");
        let mut b = claim("b", "tariff", "rate", 30.0, "2025-06-17", "%");
        b.approx = true;
        assert!(run(&[a.clone(), b]).is_empty());
        a.value.as_mut().unwrap().high = None;
        a.value.as_mut().unwrap().low = Some(15.0);
        let c = claim("c", "tariff", "rate", 28.0, "2025-06-17", "%");
        assert!(run(&[a, c]).is_empty());
    }

    #[test]
    fn stale_as_of_figure() {
        let mut a = claim(
            "a",
            "displacement",
            "displaced",
            6.4e6,
            "2025-06-17",
            "people",
        );
        a.date_role = Some(DateRole::AsOf);
        a.date = Some(crate::model::DateSpan {
            start: NaiveDate::from_ymd_opt(2024, 5, 1).unwrap(),
            end: NaiveDate::from_ymd_opt(2024, 5, 31).unwrap(),
        });
        let f = run(&[a]);
        assert_eq!(
            f.iter().map(|f| f.kind.as_str()).collect::<Vec<_>>(),
            vec!["stale"]
        );
    }
}
