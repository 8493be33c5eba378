//! Checking a batch against the ledger's history.
//!
//! For each key (kind, measure, canonical subject) among the batch's claims,
//! the ledger's claims with that key from other articles are loaded by an
//! indexed range query around the batch's event times, widened step by step
//! by the kind's event window while history claims keep chaining on (as
//! alignment chains them). A small batch therefore costs what its matching
//! history costs, not what the whole ledger holds.

use super::{rows, BatchArticle, LedgerError, Run};
use crate::align::{claim_ref, event_time};
use crate::config::Config;
use crate::model::{Claim, Finding, Report};
use crate::report::fmt;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap, HashSet};

/// A checked batch: the report, findings marked `new` or not.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The report, for the batch's articles only.
    pub report: Report,
    /// How many history claims the batch was aligned with.
    pub history_claims: usize,
}

impl Run<'_> {
    /// The ledger's current claims that may align with `claims`, from
    /// articles other than `exclude`, grouped by article.
    pub fn history(
        &self,
        claims: &[Claim],
        exclude: &HashSet<&str>,
        config: &Config,
    ) -> Result<Vec<Claim>, LedgerError> {
        // Per key: the batch's event days, and the kind's window.
        let mut keys: BTreeMap<(String, String, String), (Vec<i64>, i64)> = BTreeMap::new();
        for c in claims {
            let Some(kind) = config.kind(&c.kind) else {
                continue;
            };
            if c.value.is_none() && c.date.is_none() {
                continue;
            }
            let Some(t) = event_time(c).map(rows::day) else {
                continue;
            };
            let w = kind
                .def
                .window_days
                .unwrap_or(config.raw.alignment.event_window_days)
                .max(0);
            let k = (
                c.kind.clone(),
                c.measure.clone().unwrap_or_default(),
                self.subject_key(c, config),
            );
            keys.entry(k).or_insert((Vec::new(), w)).0.push(t);
        }
        let sql = format!(
            "SELECT {} FROM claims WHERE kind = ?1 AND measure = ?2 AND subject_key = ?3 \
             AND event_time BETWEEN ?4 AND ?5 AND current = 1",
            rows::COLUMNS
        );
        let mut out = Vec::new();
        let mut have: HashSet<(std::sync::Arc<str>, usize)> = HashSet::new();
        let mut load = |k: &(String, String, String), a: i64, b: i64, out: &mut Vec<Claim>| {
            let mut span: Option<(i64, i64)> = None;
            let params = [
                k.0.as_str().into(),
                k.1.as_str().into(),
                k.2.as_str().into(),
                a.into(),
                b.into(),
            ];
            let mut found = Vec::new();
            self.with(|db| db.each(&sql, &params, |r| found.push(rows::claim(r))))?;
            for c in found {
                if exclude.contains(&*c.article) || !have.insert((c.article.clone(), c.start)) {
                    continue;
                }
                if let Some(t) = event_time(&c).map(rows::day) {
                    span = Some(span.map_or((t, t), |(x, y)| (x.min(t), y.max(t))));
                }
                out.push(c);
            }
            Ok::<_, LedgerError>(span)
        };
        for (k, (mut days, w)) in keys {
            // The batch's days as intervals a window wide on each side,
            // merged where they touch: a batch that mentions an old event
            // and a new one does not load all the years in between.
            days.sort_unstable();
            let mut intervals: Vec<(i64, i64)> = Vec::new();
            for t in days {
                match intervals.last_mut() {
                    Some(last) if t - w <= last.1 + 1 => last.1 = t + w,
                    _ => intervals.push((t - w, t + w)),
                }
            }
            for (mut a, mut b) in intervals {
                let mut span = load(&k, a, b, &mut out)?;
                // History claims within a window chain on further, as
                // alignment chains them: widen until no new claim extends
                // the span.
                while let Some((x, y)) = span {
                    let mut next: Option<(i64, i64)> = None;
                    let mut widen = |s: Option<(i64, i64)>| {
                        if let Some((p, q)) = s {
                            next = Some(next.map_or((p, q), |(u, v)| (u.min(p), v.max(q))));
                        }
                    };
                    if x - w < a {
                        widen(load(&k, x - w, a - 1, &mut out)?);
                        a = x - w;
                    }
                    if y + w > b {
                        widen(load(&k, b + 1, y + w, &mut out)?);
                        b = y + w;
                    }
                    span = next;
                }
            }
        }
        out.sort_by(|x, y| (&x.article, x.start, &x.text).cmp(&(&y.article, y.start, &y.text)));
        Ok(out)
    }

    /// The current claims of the stored articles of `stories` (grouped by
    /// `index`) that are neither in the batch (`exclude`) nor in `have`: a
    /// report that names the city lines up with last week's report that
    /// named the street, since both are the story's.
    fn story_history(
        &self,
        have: &[Claim],
        stories: &[crate::model::Story],
        index: &crate::align::StoryIndex,
        exclude: &HashSet<&str>,
    ) -> Result<Vec<Claim>, LedgerError> {
        let ours: HashSet<&str> = stories.iter().map(|s| s.id.as_str()).collect();
        let known: HashSet<(&str, usize)> = have.iter().map(|c| (&*c.article, c.start)).collect();
        let mut articles: Vec<&str> = index
            .story_of
            .iter()
            .filter(|(a, s)| !exclude.contains(a.as_str()) && ours.contains(s.as_str()))
            .map(|(a, _)| a.as_str())
            .collect();
        articles.sort_unstable();
        let sql = format!(
            "SELECT {} FROM claims WHERE article = ?1 AND current = 1",
            rows::COLUMNS
        );
        let mut out = Vec::new();
        for a in articles {
            let mut found = Vec::new();
            self.with(|db| db.each(&sql, &[a.into()], |r| found.push(rows::claim(r))))?;
            out.extend(
                found
                    .into_iter()
                    .filter(|c| !known.contains(&(&*c.article, c.start))),
            );
        }
        Ok(out)
    }

    /// Checks the batch (`batch` articles, whose claims are `claims`)
    /// against itself and the ledger's history (within `stories`, the
    /// batch's stories, for event-bound figures): aligns and judges, keeps
    /// what involves the batch, adds `corrected` findings for revised
    /// articles and marks each finding new or seen before. Stores nothing
    /// but the ids of findings seen; [`Run::store`] stores the articles.
    // The batch, its context and its stories are what a check needs; a
    // struct bundling them would only be unpacked here.
    #[allow(clippy::too_many_arguments)]
    pub fn check(
        &self,
        batch: &[BatchArticle],
        claims: &[Claim],
        paths: &HashMap<String, String>,
        as_of: NaiveDate,
        config: &Config,
        now: &str,
        stories: Option<(&[crate::model::Story], &crate::align::StoryIndex)>,
    ) -> Result<Checked, LedgerError> {
        let ids: HashSet<&str> = batch.iter().map(|a| a.article.id.as_str()).collect();
        let mut history = self.history(claims, &ids, config)?;
        if let Some((stories, index)) = stories {
            history.extend(self.story_history(&history, stories, index, &ids)?);
        }
        let history_claims = history.len();
        let mut all = claims.to_vec();
        all.extend(history);
        let mut report = crate::check::report_in(batch.len(), &all, paths, as_of, config, stories);
        report.claims = claims.len();
        let ours = |r: &crate::model::ClaimRef| ids.contains(r.article.as_str());
        report.clusters.retain(|c| c.claims.iter().any(ours));
        report.findings.retain(|f| f.claims.iter().any(ours));
        for a in batch {
            let previous = match self.latest(&a.article.id)? {
                None => None,
                Some((r, h)) if h == a.hash => (r > 1).then_some(r - 1),
                Some((r, _)) => Some(r),
            };
            if let Some(p) = previous {
                let old = self.revision_claims(&a.article.id, p)?;
                let new = &claims[a.claims.clone()];
                report.findings.extend(corrected(&old, new, paths, config));
            }
        }
        report
            .findings
            .sort_by(|a, b| (b.severity, &a.kind, &a.id).cmp(&(a.severity, &b.kind, &b.id)));
        report.findings.dedup_by(|a, b| a.id == b.id);
        self.mark_findings(&mut report.findings, now)?;
        Ok(Checked {
            report,
            history_claims,
        })
    }
}

/// The figure key within one article: what must match for two claims to be
/// the same figure in two revisions.
fn figure_key(c: &Claim, config: &Config) -> Option<(String, String, String, String, String)> {
    let v = c.value.as_ref()?;
    let (k, m, s) = rows::key(c, config);
    Some((
        k,
        m,
        s,
        c.qualifier.clone().unwrap_or_default(),
        v.unit.clone(),
    ))
}

fn figure(c: &Claim) -> String {
    c.value
        .as_ref()
        .map(|v| fmt::value(v, c.approx))
        .unwrap_or_else(|| c.text.clone())
}

/// `corrected` findings between two revisions of one article: for each
/// figure (same kind, measure, subject, qualifier and unit) whose values
/// changed, one finding citing the old and the new claims.
pub fn corrected(
    old: &[Claim],
    new: &[Claim],
    paths: &HashMap<String, String>,
    config: &Config,
) -> Vec<Finding> {
    type Group<'a> = (Vec<&'a Claim>, Vec<&'a Claim>);
    let mut groups: BTreeMap<_, Group<'_>> = BTreeMap::new();
    for c in old {
        if let Some(k) = figure_key(c, config) {
            groups.entry(k).or_default().0.push(c);
        }
    }
    for c in new {
        if let Some(k) = figure_key(c, config) {
            groups.entry(k).or_default().1.push(c);
        }
    }
    let vals = |cs: &[&Claim]| -> Vec<String> {
        let mut v: Vec<String> = cs.iter().map(|c| figure(c)).collect();
        v.sort();
        v.dedup();
        v
    };
    let mut out = Vec::new();
    for (k, (o, n)) in groups {
        if o.is_empty() || n.is_empty() {
            continue;
        }
        let (ov, nv) = (vals(&o), vals(&n));
        if ov == nv {
            continue;
        }
        let gone: Vec<&Claim> = o
            .iter()
            .copied()
            .filter(|c| !nv.contains(&figure(c)))
            .collect();
        let came: Vec<&Claim> = n
            .iter()
            .copied()
            .filter(|c| !ov.contains(&figure(c)))
            .collect();
        if gone.is_empty() || came.is_empty() {
            continue;
        }
        let article = &n[0].article;
        let mut what = if k.1.is_empty() {
            k.0.clone()
        } else {
            k.1.replace('_', " ")
        };
        if !k.3.is_empty() {
            what = format!("{} {what}", k.3);
        }
        if !k.2.is_empty() {
            what.push_str(&format!(" ({})", k.2));
        }
        let list = |cs: &[&Claim]| {
            let mut v: Vec<String> = cs.iter().map(|c| figure(c)).collect();
            v.dedup();
            v.join(", ")
        };
        let message = format!(
            "{article} was revised: {what} changed from {} to {}",
            list(&gone),
            list(&came)
        );
        let mut parts: Vec<String> = vec![
            "corrected".into(),
            article.to_string(),
            k.0.clone(),
            k.1.clone(),
            k.2.clone(),
            k.3.clone(),
            k.4.clone(),
        ];
        parts.extend(gone.iter().map(|c| format!("old\u{1f}{}", c.text)));
        parts.extend(came.iter().map(|c| format!("new\u{1f}{}", c.text)));
        let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
        let path = paths.get(&**article).map(String::as_str);
        let mut claims: Vec<_> = gone.iter().map(|c| claim_ref(c, None)).collect();
        claims.extend(came.iter().map(|c| claim_ref(c, path)));
        out.push(Finding {
            id: format!("corr-{}", crate::ids::hash(&refs)),
            kind: "corrected".into(),
            severity: config.severity("corrected"),
            cluster: None,
            claims,
            message,
            new: None,
            review: None,
        });
    }
    out
}
