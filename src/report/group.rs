//! Findings grouped by the story they are about, for the printers that show
//! a story header above its findings (table, Markdown, HTML).
//!
//! A finding's story is its cluster's story. A finding with no cluster
//! (`unresolved`, `inconsistent`, `deadline_passed`) belongs to the story of
//! the article of its first claim. A finding whose cluster has no story (a
//! standing quantity such as a tariff rate, lined up across stories) goes
//! to one final group with no story, as does one whose story or article the
//! report does not list (a hand-edited or truncated report).

use crate::config::Severity;
use crate::model::{Finding, Report, Story};
use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

/// The findings about one story, or, with `story: None`, the final group of
/// findings not tied to one story.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryGroup<'a> {
    /// The story, or `None` for the final group ([`ACROSS_TITLE`]).
    pub story: Option<&'a Story>,
    /// Its findings, in report order (most severe first).
    pub findings: Vec<&'a Finding>,
}

impl StoryGroup<'_> {
    /// The most severe of its findings' severities.
    pub fn worst(&self) -> Option<Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }

    /// How many of its findings have severity `s`.
    pub fn count(&self, s: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == s).count()
    }
}

/// What the printers call the final group.
pub const ACROSS_TITLE: &str = "Across stories";

/// What the final group holds, in a sentence for its header.
pub const ACROSS_NOTE: &str = "Standing figures not tied to one event (a tariff rate, a price, \
                               a deadline), lined up across every story that reports them.";

/// The report's findings grouped by story: stories with at least one
/// finding, the one with the most severe finding first, then by the story's
/// date (undated last), then by id; then the group with no story, if it has
/// any findings. Empty when the report has no stories (older reports, or a
/// batch whose stories were not built): printers then list the findings
/// ungrouped, exactly as before stories existed.
pub fn by_story(report: &Report) -> Vec<StoryGroup<'_>> {
    if report.stories.is_empty() {
        return Vec::new();
    }
    let story_at: HashMap<&str, usize> = report
        .stories
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let article_story: HashMap<&str, usize> = report
        .stories
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.articles.iter().map(move |a| (a.as_str(), i)))
        .collect();
    let cluster_story: HashMap<&str, Option<&str>> = report
        .clusters
        .iter()
        .map(|c| (c.id.as_str(), c.story.as_deref()))
        .collect();
    let mut per_story: Vec<Vec<&Finding>> = vec![Vec::new(); report.stories.len()];
    let mut across = Vec::new();
    for f in &report.findings {
        let at = match f.cluster.as_deref().and_then(|c| cluster_story.get(c)) {
            Some(story) => story.and_then(|s| story_at.get(s).copied()),
            // No cluster (or one the report does not list): its article's.
            None => f
                .claims
                .first()
                .and_then(|c| article_story.get(c.article.as_str()).copied()),
        };
        match at {
            Some(i) => per_story[i].push(f),
            None => across.push(f),
        }
    }
    let mut groups: Vec<StoryGroup> = report
        .stories
        .iter()
        .zip(per_story)
        .filter(|(_, fs)| !fs.is_empty())
        .map(|(s, findings)| StoryGroup {
            story: Some(s),
            findings,
        })
        .collect();
    groups.sort_by_key(|g| {
        let s = g.story.expect("story groups have a story");
        (Reverse(g.worst()), s.date.is_none(), s.date, s.id.as_str())
    });
    if !across.is_empty() {
        groups.push(StoryGroup {
            story: None,
            findings: across,
        });
    }
    groups
}

/// The report's stories that no finding is about, in report order: the
/// HTML story index lists them apart, so an editor sees what the batch
/// covered without them crowding out the stories that need a look.
pub fn quiet<'a>(report: &'a Report, groups: &[StoryGroup<'_>]) -> Vec<&'a Story> {
    let loud: HashSet<&str> = groups
        .iter()
        .filter_map(|g| g.story.map(|s| s.id.as_str()))
        .collect();
    report
        .stories
        .iter()
        .filter(|s| !loud.contains(s.id.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::check_table::tests::{sample, with_stories};

    fn ids<'a>(groups: &'a [StoryGroup<'a>]) -> Vec<(Option<&'a str>, Vec<&'a str>)> {
        groups
            .iter()
            .map(|g| {
                (
                    g.story.map(|s| s.id.as_str()),
                    g.findings.iter().map(|f| f.id.as_str()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn no_stories_no_groups() {
        assert!(by_story(&sample()).is_empty());
    }

    #[test]
    fn findings_follow_cluster_then_article_then_across() {
        let r = with_stories();
        assert_eq!(
            ids(&by_story(&r)),
            vec![
                // By its cluster's story; an error, so first.
                (Some("s-9c04b7e2"), vec!["f-c5a18e03"]),
                // A warning on the toll of the other shooting that day.
                (Some("s-5e1a0c37"), vec!["f-3b90d2c4"]),
                // No cluster: the story of its first claim's article.
                (Some("s-b7320e6d"), vec!["f-92e6b1d7"]),
                // A cluster with no story: the tariff rate across stories,
                // last although it is an error.
                (None, vec!["f-7d21c0e8"]),
            ]
        );
    }

    #[test]
    fn same_severity_orders_by_date_then_id() {
        let mut r = with_stories();
        for f in &mut r.findings {
            f.severity = Severity::Info;
        }
        // Both shootings are on 2025-03-01: id breaks the tie; the strike
        // (2025-03-05) comes after them.
        let order: Vec<_> = by_story(&r)
            .iter()
            .map(|g| g.story.map(|s| s.id.clone()))
            .collect();
        assert_eq!(
            order,
            vec![
                Some("s-5e1a0c37".to_string()),
                Some("s-9c04b7e2".to_string()),
                Some("s-b7320e6d".to_string()),
                None
            ]
        );
        // An undated story comes after every dated one.
        r.stories
            .iter_mut()
            .find(|s| s.id == "s-5e1a0c37")
            .unwrap()
            .date = None;
        let first = by_story(&r)[0].story.unwrap().id.clone();
        assert_eq!(first, "s-9c04b7e2");
    }

    #[test]
    fn unknown_article_or_story_goes_across() {
        let mut r = with_stories();
        let f = r
            .findings
            .iter_mut()
            .find(|f| f.id == "f-92e6b1d7")
            .unwrap();
        f.claims[0].article = "nowhere/else".into();
        let c = r
            .clusters
            .iter_mut()
            .find(|c| c.id == "c-46ae0f19")
            .unwrap();
        c.story = Some("s-missing".into());
        let groups = by_story(&r);
        let last = groups.last().unwrap();
        assert!(last.story.is_none());
        let mut across: Vec<_> = last.findings.iter().map(|f| f.id.as_str()).collect();
        across.sort();
        assert_eq!(across, ["f-7d21c0e8", "f-92e6b1d7", "f-c5a18e03"]);
    }

    #[test]
    fn quiet_stories_are_the_rest() {
        let r = with_stories();
        let groups = by_story(&r);
        let q: Vec<_> = quiet(&r, &groups).iter().map(|s| s.id.as_str()).collect();
        assert_eq!(q, ["s-1f6d8a53", "s-0a93f4c1"]);
        assert_eq!(groups[0].count(Severity::Error), 1);
        assert_eq!(groups[0].worst(), Some(Severity::Error));
    }
}
