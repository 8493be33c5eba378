//! What the review page shows: the report filtered and grouped by story,
//! as plain data for the template (which escapes every string in it).

use crate::model::{ClaimRef, Cluster, Finding, Report, Story};
use crate::report::fmt;
use crate::review::{Reviews, UNDONE};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The page's filters, as its GET form sends them; empty means any.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Filter {
    /// `error`, `warning` or `info`.
    pub severity: String,
    /// Finding type: `conflict`, `superseded` …
    #[serde(rename = "type")]
    pub finding_type: String,
    /// Claim kind of the finding's cluster: `casualties` …
    pub kind: String,
    /// `new` or `seen` (before, by the ledger).
    pub seen: String,
    /// `yes` or `no`.
    pub reviewed: String,
    /// Words to find in a place (story place, subject) or an outlet.
    pub q: String,
}

impl Filter {
    /// The filter as a query string (without `?`), fields in form order.
    pub fn query(&self) -> String {
        let pairs = [
            ("severity", &self.severity),
            ("type", &self.finding_type),
            ("kind", &self.kind),
            ("seen", &self.seen),
            ("reviewed", &self.reviewed),
            ("q", &self.q),
        ];
        pairs
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    fn admits(&self, f: &Finding, cluster: Option<&Cluster>, story: Option<&Story>) -> bool {
        let is = |want: &str, have: &str| want.is_empty() || want == have;
        let seen = match f.new {
            Some(true) => "new",
            Some(false) => "seen",
            None => "",
        };
        let reviewed = if f.review.is_some() { "yes" } else { "no" };
        is(&self.severity, f.severity.as_str())
            && is(&self.finding_type, &f.kind)
            && is(&self.kind, cluster.map_or("", |c| c.kind.as_str()))
            && is(&self.seen, seen)
            && is(&self.reviewed, reviewed)
            && self.matches_words(f, cluster, story)
    }

    /// Whether every word of `q` is in a place or an outlet of the finding.
    fn matches_words(&self, f: &Finding, cluster: Option<&Cluster>, story: Option<&Story>) -> bool {
        let mut hay: Vec<&str> = Vec::new();
        hay.extend(f.claims.iter().filter_map(|c| c.source.as_deref()));
        if let Some(c) = cluster {
            hay.extend(c.subject.as_deref());
            hay.extend(c.claims.iter().filter_map(|c| c.source.as_deref()));
        }
        if let Some(s) = story {
            hay.extend(s.place.as_deref());
            hay.extend(s.sources.iter().map(String::as_str));
        }
        let hay = hay.join("\n").to_lowercase();
        self.q
            .split_whitespace()
            .all(|w| hay.contains(&w.to_lowercase()))
    }
}

/// Percent-encodes a query value (everything but unreserved characters).
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[derive(Serialize)]
pub(super) struct Page {
    as_of: String,
    articles: usize,
    claims: usize,
    total: usize,
    shown: usize,
    reviewed: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    filter: Filter,
    back: String,
    types: Vec<String>,
    kinds: Vec<String>,
    has_seen: bool,
    by_story: bool,
    groups: Vec<Group>,
    csrf: String,
}

#[derive(Serialize)]
struct Group {
    title: Option<String>,
    place: Option<String>,
    date: Option<String>,
    sources: Vec<String>,
    findings: Vec<FindingView>,
}

#[derive(Serialize)]
struct FindingView {
    id: String,
    severity: &'static str,
    kind: String,
    message: String,
    new: Option<bool>,
    review: Option<crate::model::Review>,
    history: Vec<Entry>,
    evidence: Vec<Evidence>,
    cluster: Option<ClusterView>,
}

#[derive(Serialize)]
struct Entry {
    decision: String,
    note: Option<String>,
    by: Option<String>,
    date: Option<String>,
}

#[derive(Serialize)]
struct Evidence {
    before: String,
    figure: String,
    after: String,
    source: String,
    published: Option<String>,
    place: String,
    value: String,
}

#[derive(Serialize)]
struct ClusterView {
    id: String,
    what: String,
    subject: Option<String>,
    low: String,
    best: String,
    high: String,
    unit: String,
    /// Inline SVG drawn by the static report's own code (it escapes its
    /// text); the template marks it safe.
    timeline: String,
}

/// The page for `report` (decisions applied) under `filter`.
pub(super) fn page(report: &Report, reviews: &Reviews, filter: &Filter, csrf: &str) -> Page {
    let clusters: HashMap<&str, &Cluster> =
        report.clusters.iter().map(|c| (c.id.as_str(), c)).collect();
    let stories: HashMap<&str, (usize, &Story)> = report
        .stories
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), (i, s)))
        .collect();
    let by_story = !report.stories.is_empty();
    // One group per story in report order, then the findings of no story.
    let mut groups: Vec<Group> = report.stories.iter().map(story_group).collect();
    groups.push(Group {
        title: by_story.then(|| "Findings outside any story".to_string()),
        place: None,
        date: None,
        sources: Vec::new(),
        findings: Vec::new(),
    });
    let other = groups.len() - 1;
    let mut shown = 0;
    for f in &report.findings {
        let cluster = f.cluster.as_deref().and_then(|c| clusters.get(c).copied());
        let story = cluster
            .and_then(|c| c.story.as_deref())
            .and_then(|s| stories.get(s).copied());
        if !filter.admits(f, cluster, story.map(|s| s.1)) {
            continue;
        }
        shown += 1;
        let g = story.map_or(other, |s| s.0);
        groups[g].findings.push(finding(f, cluster, reviews));
    }
    groups.retain(|g| !g.findings.is_empty());
    let mut types: Vec<String> = report.findings.iter().map(|f| f.kind.clone()).collect();
    types.sort();
    types.dedup();
    let mut kinds: Vec<String> = report.clusters.iter().map(|c| c.kind.clone()).collect();
    kinds.sort();
    kinds.dedup();
    let n = |s: &str| {
        report
            .findings
            .iter()
            .filter(|f| f.severity.as_str() == s)
            .count()
    };
    Page {
        as_of: report.as_of.to_string(),
        articles: report.articles,
        claims: report.claims,
        total: report.findings.len(),
        shown,
        reviewed: report
            .findings
            .iter()
            .filter(|f| f.review.is_some())
            .count(),
        errors: n("error"),
        warnings: n("warning"),
        infos: n("info"),
        filter: filter.clone(),
        back: filter.query(),
        types,
        kinds,
        has_seen: report.findings.iter().any(|f| f.new.is_some()),
        by_story,
        groups,
        csrf: csrf.to_string(),
    }
}

fn story_group(s: &Story) -> Group {
    Group {
        title: Some(s.title.clone().unwrap_or_else(|| format!("Story {}", s.id))),
        place: s.place.clone(),
        date: s.date.as_ref().map(fmt::span),
        sources: s.sources.clone(),
        findings: Vec::new(),
    }
}

fn finding(f: &Finding, cluster: Option<&Cluster>, reviews: &Reviews) -> FindingView {
    FindingView {
        id: f.id.clone(),
        severity: f.severity.as_str(),
        kind: f.kind.clone(),
        message: f.message.clone(),
        new: f.new,
        review: f.review.clone(),
        history: reviews
            .history(&f.id)
            .into_iter()
            .map(|d| Entry {
                decision: if d.review.decision == UNDONE {
                    "undid the decision".into()
                } else {
                    d.review.decision.clone()
                },
                note: d.review.note.clone(),
                by: d.review.by.clone(),
                date: d.review.date.clone(),
            })
            .collect(),
        evidence: f.claims.iter().map(evidence).collect(),
        cluster: cluster.map(cluster_view),
    }
}

fn evidence(c: &ClaimRef) -> Evidence {
    let (before, figure, after) = match fmt::figure_span(c) {
        Some(r) => (
            c.sentence[..r.start].to_string(),
            c.sentence[r.clone()].to_string(),
            c.sentence[r.end..].to_string(),
        ),
        None => (format!("{} ", c.sentence), c.text.clone(), String::new()),
    };
    Evidence {
        before,
        figure,
        after,
        source: c.source.clone().unwrap_or_else(|| "unknown outlet".into()),
        published: c.published.map(|d| d.to_string()),
        place: format!("{}:{}", c.path.as_deref().unwrap_or(&c.article), c.line),
        value: fmt::figure(c),
    }
}

fn cluster_view(c: &Cluster) -> ClusterView {
    let n = |x: Option<f64>| x.map(fmt::number).unwrap_or_else(|| "?".into());
    ClusterView {
        id: c.id.clone(),
        what: match &c.measure {
            Some(m) => format!("{} / {m}", c.kind),
            None => c.kind.clone(),
        },
        subject: c.subject.clone(),
        low: n(c.range.low),
        best: n(c.range.best),
        high: n(c.range.high),
        unit: c.unit.clone(),
        timeline: if spans_days(c) {
            crate::report::html::timeline(c)
        } else {
            String::new()
        },
    }
}

/// Whether the cluster's claims were published on two days or more: a
/// chart of one day is a vertical bar that says less than the range line.
fn spans_days(c: &Cluster) -> bool {
    let mut days = c.claims.iter().filter_map(|r| r.published);
    days.next().is_some_and(|first| days.any(|d| d != first))
}

/// The page's own styles, after the static report's.
pub(super) const CSS: &str = "
.filters{display:flex;flex-wrap:wrap;gap:8px 12px;align-items:flex-end;margin:16px 0 8px;padding:12px 16px;border:1px solid var(--line);border-radius:6px;background:var(--bg)}
.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--muted);gap:2px}
.filters select,.filters input{font:inherit;font-size:14px;height:32px;padding:4px 6px;border:1px solid var(--line);border-radius:4px;background:#fff;color:var(--fg)}
.filters .q{flex:1 1 180px}
.filters .q input{width:100%}
button{font:inherit;font-size:14px;padding:5px 12px;border-radius:4px;border:1px solid var(--line);background:#fff;color:var(--fg);cursor:pointer}
button.primary{background:var(--info);border-color:var(--info);color:#fff}
button.dismiss{border-color:var(--error);color:var(--error)}
button.accept{border-color:#067647;color:#067647}
.clear{font-size:13px;color:var(--muted);padding-bottom:7px}
.shown{color:var(--muted);font-size:13px;margin:0 0 12px}
.story{margin:24px 0 8px}
.story h2{margin:0 0 2px;border:0;padding:0}
.story .meta{margin:0 0 10px;color:var(--muted);font-size:13px;padding-bottom:6px;border-bottom:1px solid var(--line)}
.finding.reviewed{opacity:.8;border-left-style:dashed}
.tag.done{background:#ecfdf3;border-color:#067647;color:#067647}
.range{margin:8px 0 0}
.decide{margin-top:10px;display:grid;grid-template-columns:1fr auto;gap:6px 8px;align-items:start}
.decide textarea{font:inherit;font-size:14px;min-height:38px;padding:6px;border:1px solid var(--line);border-radius:4px;resize:vertical;grid-column:1/-1;width:100%}
.decide input{font:inherit;font-size:14px;padding:5px 6px;border:1px solid var(--line);border-radius:4px;min-width:0}
.decide .buttons{display:flex;gap:6px}
.undo{display:inline;margin-left:8px}
.undo button{font-size:12px;padding:1px 8px}
details.history{font-size:13px;color:var(--muted);margin-top:6px}
details.history ol{margin:4px 0 0;padding-left:20px}
@media (max-width:600px){
header.top{padding:16px}
main{padding:0 12px 32px}
.filters{padding:10px}
.filters label{flex:1 1 40%}
.filters .q{flex-basis:100%}
.decide{grid-template-columns:1fr}
.cite code{overflow-wrap:anywhere}
}
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_round_trip_encodes() {
        let f = Filter {
            severity: "error".into(),
            q: "Harbor & Wire".into(),
            ..Filter::default()
        };
        assert_eq!(f.query(), "severity=error&q=Harbor%20%26%20Wire");
    }
}
