//! A story's toll: per measure, the figure its reports agree on.
//!
//! A toll is read from *reports*, not from claims or clusters: each article
//! of the story counts once, with the largest figure it gives for the
//! measure in any of the story's clusters (one that gives the total and
//! names one victim, or gives a district's dead and the province's, reports
//! the total). The story's clusters of one measure are split by place
//! wherever an article tells two places apart, and places are often
//! misread (a court, a suspect's name); a report's toll is the same
//! whichever of them its sentences landed in.
//!
//! `best` is the figure most of the latest reports agree on. Tolls rise as
//! reports come in (bodies are found, the wounded die), so the early
//! reports, often the most numerous, must not outvote the later ones:
//! - when reports are dated, only the latest day's reports vote; among them
//!   the figure most give wins, and on a tie the lower (ACLED's
//!   conservative rule);
//! - when no report is dated (its order is unknown), the highest figure
//!   that at least two reports give stands for the latest: one outlet's
//!   larger figure alone may be a misreading or another event's toll; with
//!   no figure given twice, the lowest.

use crate::align::point;
use crate::model::{ClaimRef, Range};
use chrono::NaiveDate;

/// The toll of one measure from the claims of the story's clusters of that
/// measure (parts and increments already left out).
pub fn toll<'a>(claims: impl IntoIterator<Item = &'a ClaimRef>) -> Range {
    let mut low: Option<f64> = None;
    let mut high: Option<f64> = None;
    // Each report once: (article, its publication day, its largest figure).
    let mut reports: Vec<(&str, Option<NaiveDate>, f64)> = Vec::new();
    for c in claims {
        let Some(v) = c.value.as_ref() else {
            continue;
        };
        for x in [v.low, v.high].into_iter().flatten() {
            low = Some(low.map_or(x, |l| l.min(x)));
            high = Some(high.map_or(x, |h| h.max(x)));
        }
        let Some(p) = point(v) else {
            continue;
        };
        match reports.iter_mut().find(|r| r.0 == c.article) {
            Some(r) => r.2 = r.2.max(p),
            None => reports.push((&c.article, c.published, p)),
        }
    }
    let best = agreed(&reports);
    Range { low, best, high }
}

/// Of `(figure, reports giving it)`, the figure most reports give, and on
/// a tie the lower (ACLED's conservative rule).
pub fn most_agreed(counts: &[(f64, usize)]) -> Option<f64> {
    counts
        .iter()
        .copied()
        .reduce(|a, b| {
            if b.1 > a.1 || (b.1 == a.1 && b.0 < a.0) {
                b
            } else {
                a
            }
        })
        .map(|(v, _)| v)
}

/// The figure most of the latest reports agree on, from each report's
/// `(article, publication day, figure)` (see the module's rules).
pub fn agreed(reports: &[(&str, Option<NaiveDate>, f64)]) -> Option<f64> {
    let latest = reports.iter().filter_map(|r| r.1).max();
    let mut counts: Vec<(f64, usize)> = Vec::new();
    for r in reports {
        if latest.is_some() && r.1 != latest {
            continue;
        }
        match counts.iter_mut().find(|(v, _)| *v == r.2) {
            Some(e) => e.1 += 1,
            None => counts.push((r.2, 1)),
        }
    }
    if latest.is_some() {
        most_agreed(&counts)
    } else {
        counts
            .iter()
            .filter(|(_, n)| *n >= 2)
            .map(|(v, _)| *v)
            .reduce(f64::max)
            .or_else(|| counts.iter().map(|(v, _)| *v).reduce(f64::min))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Value;

    /// A report's claim: `article` gives `figure`, published on `day`.
    fn said(article: &str, figure: f64, day: Option<&str>) -> ClaimRef {
        ClaimRef {
            article: article.into(),
            start: 0,
            end: 0,
            text: String::new(),
            published: day.map(|d| d.parse().expect("a date")),
            source: None,
            path: None,
            line: 1,
            column: 1,
            sentence: String::new(),
            sentence_offset: 0,
            value: Some(Value {
                low: Some(figure),
                high: Some(figure),
                unit: "people".into(),
            }),
            approx: false,
            date: None,
            date_role: None,
            published_estimate: None,
        }
    }

    fn best(claims: &[ClaimRef]) -> Option<f64> {
        toll(claims).best
    }

    #[test]
    fn undated_early_reports_do_not_outvote_a_confirmed_higher_toll() {
        // Three outlets had one dead early on; two later ones had 24.
        let claims = [
            said("a", 1.0, None),
            said("b", 1.0, None),
            said("c", 1.0, None),
            said("d", 24.0, None),
            said("e", 24.0, None),
        ];
        let r = toll(&claims);
        assert_eq!((r.low, r.best, r.high), (Some(1.0), Some(24.0), Some(24.0)));
    }

    #[test]
    fn one_outlets_larger_figure_alone_does_not_win() {
        // A single report of 12 (a misreading, or another quake recalled)
        // against single reports of 1 and 4: the conservative figure.
        let claims = [
            said("a", 12.0, None),
            said("b", 4.0, None),
            said("c", 1.0, None),
        ];
        assert_eq!(best(&claims), Some(1.0));
        // ... but when two reports agree on 4, that stands.
        let claims = [
            said("a", 12.0, None),
            said("b", 4.0, None),
            said("c", 4.0, None),
            said("d", 1.0, None),
            said("e", 1.0, None),
        ];
        assert_eq!(best(&claims), Some(4.0));
    }

    #[test]
    fn a_report_counts_once_with_its_largest_figure() {
        // "Two dead ... one of them died at the scene": the report says two.
        let claims = [
            said("a", 2.0, None),
            said("a", 1.0, None),
            said("a", 1.0, None),
            said("b", 2.0, None),
            said("c", 1.0, None),
        ];
        assert_eq!(best(&claims), Some(2.0));
    }

    #[test]
    fn dated_reports_vote_on_the_latest_day_only() {
        let claims = [
            said("a", 3.0, Some("2025-03-01")),
            said("b", 3.0, Some("2025-03-01")),
            said("c", 3.0, Some("2025-03-01")),
            said("d", 5.0, Some("2025-03-02")),
        ];
        let r = toll(&claims);
        assert_eq!((r.low, r.best, r.high), (Some(3.0), Some(5.0), Some(5.0)));
        // On the latest day, most reports win; a tie goes to the lower.
        let claims = [
            said("a", 6.0, Some("2025-03-02")),
            said("b", 5.0, Some("2025-03-02")),
            said("c", 5.0, Some("2025-03-02")),
            said("d", 7.0, Some("2025-03-02")),
            said("e", 7.0, Some("2025-03-02")),
        ];
        assert_eq!(best(&claims), Some(5.0));
    }

    #[test]
    fn a_lone_report_gives_its_own_figure() {
        assert_eq!(best(&[said("a", 3.0, None)]), Some(3.0));
        assert_eq!(best(&[]), None);
    }
}
