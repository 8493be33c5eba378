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
//!   conservative rule). A report that gives its figure in an update
//!   (a sentence opened by an update marker, `stories.update_markers`:
//!   "10:40 a.m. — UPDATE: three people were injured …") was written later
//!   that day than the reports that give none: where any of the latest
//!   day's reports does, only those vote;
//! - when no report is dated (its order is unknown), the highest figure
//!   that at least two reports give stands for the latest: one outlet's
//!   larger figure alone may be a misreading or another event's toll; with
//!   no figure given twice, the lowest;
//! - for a measure that never falls (`never_falls` in `claims.yaml`: the
//!   dead), when no report of the latest day writes a figure, only names
//!   or describes some of the dead ("Luis Fuentes, 29, died at the scene"
//!   in a follow-up about one victim), `best` does not fall below what
//!   the earlier reports agree on: such a report tells whom it writes
//!   about, not the toll. The hurt may die, so the injured figure falls;
//! - a zero of one person or group ("Her son was not hurt", "No officers
//!   were injured") says those were unhurt, not that no one was: a report
//!   whose only figure is such a zero does not vote where another report
//!   counts someone (a zero of the whole toll, `stories.whole_zeros`:
//!   "No one else was hurt", still does). A count told in a sentence that
//!   recalls another incident (`stories.recall_cues`: "It was the second
//!   shooting on the road in a week; a man was shot in the arm there last
//!   Saturday") counts no one of this one.

use crate::align::point;
use crate::model::{ClaimRef, Range};
use chrono::NaiveDate;

/// The toll of one measure from the claims of the story's clusters of that
/// measure (parts and increments already left out); `never_falls` for a
/// measure whose figure only rises (see the module's rules).
pub fn toll<'a>(
    claims: impl IntoIterator<Item = &'a ClaimRef>,
    headlines: &'a [Headline<'a>],
    never_falls: bool,
    words: Words,
) -> Range {
    let mut low: Option<f64> = None;
    let mut high: Option<f64> = None;
    let mut reports: Vec<Said> = Vec::new();
    for c in claims {
        let Some(v) = c.value.as_ref() else {
            continue;
        };
        for x in [v.low, v.high].into_iter().flatten() {
            low = Some(low.map_or(x, |l| l.min(x)));
            high = Some(high.map_or(x, |h| h.max(x)));
        }
        if let Some(p) = point(v) {
            let whole = p != 0.0 || whole_zero(&c.text, words.whole_zeros);
            hear(&mut reports, &c.article, c.published, p, c.inferred, whole);
            if p > 0.0 && !words.recall_cues.is_some_and(|re| re.is_match(&c.sentence)) {
                if let Some(r) = reports.iter_mut().find(|r| r.article == c.article) {
                    r.counts = true;
                }
            }
            if updates(&c.sentence, words.markers) {
                if let Some(r) = reports.iter_mut().find(|r| r.article == c.article) {
                    r.updated = true;
                }
            }
        }
    }
    // A headline's count is one more figure of its report ("Man killed,
    // another wounded": the body of a police release may tell only of
    // "the victim").
    for h in headlines {
        low = Some(low.map_or(h.figure, |l| l.min(h.figure)));
        high = Some(high.map_or(h.figure, |x| x.max(h.figure)));
        // A headline's zero may be of one person ("daughter unhurt"): it
        // votes as such a zero of the body does.
        hear(
            &mut reports,
            h.article,
            h.day,
            h.figure,
            h.inferred,
            h.figure != 0.0,
        );
        if h.figure > 0.0 {
            if let Some(r) = reports.iter_mut().find(|r| r.article == h.article) {
                r.counts = true;
            }
        }
    }
    Range {
        low,
        best: best(&reports, never_falls),
        high,
    }
}

/// The words a toll is read with (`claims.yaml`'s stories section).
#[derive(Debug, Clone, Copy, Default)]
pub struct Words<'a> {
    /// `update_markers` (see [`updates`]).
    pub markers: &'a [String],
    /// `whole_zeros` (see [`whole_zero`]).
    pub whole_zeros: &'a [String],
    /// `recall_cues`, compiled: a count told in a sentence that matches
    /// tells of another incident, and counts no one of this one.
    pub recall_cues: Option<&'a regex::Regex>,
}

impl<'a> Words<'a> {
    /// The words of `config`'s stories section.
    pub fn of(config: &'a crate::config::Config) -> Words<'a> {
        Words {
            markers: &config.raw.stories.update_markers,
            whole_zeros: &config.raw.stories.whole_zeros,
            recall_cues: config.recall_cues.as_ref(),
        }
    }
}

/// A count a report's headline gives for the measure (see
/// [`crate::extract::headline`]).
#[derive(Debug, Clone, Copy)]
pub struct Headline<'a> {
    /// The report.
    pub article: &'a str,
    /// Its publication day.
    pub day: Option<NaiveDate>,
    /// The figure.
    pub figure: f64,
    /// Read from words ("Man killed").
    pub inferred: bool,
}

/// What one report gives for a measure: each report counts once, with
/// its largest figure.
#[derive(Debug, Clone, Copy)]
pub struct Said<'a> {
    /// The article.
    pub article: &'a str,
    /// Its publication day.
    pub day: Option<NaiveDate>,
    /// Its largest figure.
    pub figure: f64,
    /// Whether any of its figures is written as a number (not read from
    /// people named or described).
    pub written: bool,
    /// Whether it gives a figure in an update of itself (see
    /// [`updates`]): written later in its day than a report that gives
    /// none.
    pub updated: bool,
    /// Whether any of its figures tells the whole toll: a count, or a
    /// zero of everyone ("No one else was hurt"), not only a zero of one
    /// person or group ("No officers were injured").
    pub whole: bool,
    /// Whether it counts someone of the story: a figure above zero, not
    /// told in a sentence that recalls another incident.
    pub counts: bool,
}

/// Whether a zero's words (`text`, the claim's) tell of everyone: they
/// hold a phrase of `whole_zeros`, or the list is empty.
pub fn whole_zero(text: &str, whole_zeros: &[String]) -> bool {
    if whole_zeros.is_empty() {
        return true;
    }
    let text = text.to_lowercase();
    whole_zeros.iter().any(|w| text.contains(w.as_str()))
}

/// Whether `sentence` opens with an update marker (one of `markers`, as
/// written, ending the word or before a colon), a time stamp before it
/// aside: "UPDATE: …", "10:40 a.m. — UPDATE: …", "UPDATE 7:15 a.m.
/// Saturday: …". A post or story rewritten as news comes in marks what
/// it adds so.
pub fn updates(sentence: &str, markers: &[String]) -> bool {
    if markers.is_empty() {
        return false;
    }
    for w in sentence.split_whitespace().take(6) {
        let bare = w.trim_end_matches([':', ',']);
        if markers.iter().any(|m| m == bare) {
            return true;
        }
        // A time stamp ("10:40", "a.m.", "—") may stand before it.
        let stamp = bare.is_empty()
            || bare.bytes().all(|b| b.is_ascii_digit() || b == b':')
            || matches!(
                bare.to_ascii_lowercase().as_str(),
                "a.m." | "p.m." | "am" | "pm"
            )
            || !bare.chars().any(char::is_alphanumeric);
        if !stamp {
            return false;
        }
    }
    false
}

/// Adds one claim's figure to what its report gives.
pub fn hear<'a>(
    reports: &mut Vec<Said<'a>>,
    article: &'a str,
    day: Option<NaiveDate>,
    figure: f64,
    inferred: bool,
    whole: bool,
) {
    match reports.iter_mut().find(|r| r.article == article) {
        Some(r) => {
            r.figure = r.figure.max(figure);
            r.written |= !inferred;
            r.whole |= whole;
        }
        None => reports.push(Said {
            article,
            day,
            figure,
            written: !inferred,
            updated: false,
            whole,
            counts: false,
        }),
    }
}

/// The figure most of the latest reports agree on ([`agreed`]); for a
/// measure that `never_falls`, not below what the earlier reports agree
/// on when no report of the latest day writes a figure.
pub fn best(reports: &[Said], never_falls: bool) -> Option<f64> {
    // A zero of a group alone does not vote against a report that counts
    // someone.
    let kept: Vec<Said>;
    let reports = if reports.iter().any(|r| r.counts) && reports.iter().any(|r| !r.whole) {
        kept = reports.iter().filter(|r| r.whole).copied().collect();
        &kept[..]
    } else {
        reports
    };
    let best = agreed(reports);
    let latest = reports.iter().filter_map(|r| r.day).max();
    if !never_falls || latest.is_none() || reports.iter().any(|r| r.day == latest && r.written) {
        return best;
    }
    let earlier: Vec<Said> = reports
        .iter()
        .filter(|r| r.day != latest)
        .copied()
        .collect();
    match (best, agreed(&earlier)) {
        (Some(b), Some(e)) => Some(b.max(e)),
        _ => best,
    }
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

/// The figure most of the latest reports agree on (see the module's
/// rules).
pub fn agreed(reports: &[Said]) -> Option<f64> {
    let latest = reports.iter().filter_map(|r| r.day).max();
    // Of the latest day's reports, those updated were written last.
    let updated = latest.is_some() && reports.iter().any(|r| r.day == latest && r.updated);
    let mut counts: Vec<(f64, usize)> = Vec::new();
    for r in reports {
        if (latest.is_some() && r.day != latest) || (updated && !r.updated) {
            continue;
        }
        match counts.iter_mut().find(|(v, _)| *v == r.figure) {
            Some(e) => e.1 += 1,
            None => counts.push((r.figure, 1)),
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
            inferred: false,
        }
    }

    fn best(claims: &[ClaimRef]) -> Option<f64> {
        toll(claims, &[], false, Words::default()).best
    }

    #[test]
    fn an_update_outranks_the_days_other_reports() {
        let markers: Vec<String> = ["UPDATE", "Updated"].map(String::from).to_vec();
        let marked = Words {
            markers: &markers,
            ..Words::default()
        };
        assert!(updates("UPDATE: A third man was hurt.", &markers));
        assert!(updates(
            "9:05 p.m. — UPDATE: A third man was hurt.",
            &markers
        ));
        assert!(updates("Updated 6 a.m. Sunday: the toll rose.", &markers));
        assert!(!updates("Police gave an UPDATE on Monday.", &markers));
        assert!(!updates("Update on the case is expected.", &markers));
        // A paper's 2 and a department's post whose update says 3, one
        // day: the post was written later that day.
        let mut post = said("pd", 3.0, Some("2026-05-02"));
        post.sentence = "9:05 p.m. — UPDATE: Three people were hurt in all.".into();
        let claims = [said("paper", 2.0, Some("2026-05-02")), post.clone()];
        assert_eq!(toll(&claims, &[], false, marked).best, Some(3.0));
        // Unmarked, the tie goes to the lower figure; a later day's
        // reports still vote alone.
        assert_eq!(toll(&claims, &[], false, Words::default()).best, Some(2.0));
        let claims = [said("paper", 2.0, Some("2026-05-03")), post];
        assert_eq!(toll(&claims, &[], false, marked).best, Some(2.0));
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
        let r = toll(&claims, &[], false, Words::default());
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
        let r = toll(&claims, &[], false, Words::default());
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

    /// `said` of a figure read from words ("Dana Whitfield, 36, died").
    fn named(article: &str, figure: f64, day: &str) -> ClaimRef {
        ClaimRef {
            inferred: true,
            ..said(article, figure, Some(day))
        }
    }

    #[test]
    fn the_dead_named_in_a_later_report_do_not_lower_the_toll() {
        // Three dead agreed on Monday; Tuesday's only report names one.
        let claims = [
            said("a", 3.0, Some("2025-03-01")),
            said("b", 3.0, Some("2025-03-01")),
            named("c", 1.0, "2025-03-02"),
        ];
        assert_eq!(toll(&claims, &[], true, Words::default()).best, Some(3.0));
        // The hurt may die: a measure that may fall takes the latest day.
        assert_eq!(toll(&claims, &[], false, Words::default()).best, Some(1.0));
        // A later report that writes its figure is a correction.
        let claims = [
            said("a", 3.0, Some("2025-03-01")),
            said("b", 3.0, Some("2025-03-01")),
            said("c", 2.0, Some("2025-03-02")),
        ];
        assert_eq!(toll(&claims, &[], true, Words::default()).best, Some(2.0));
        // A later report that names more dead than were counted raises it.
        let claims = [
            said("a", 1.0, Some("2025-03-01")),
            named("c", 2.0, "2025-03-02"),
        ];
        assert_eq!(toll(&claims, &[], true, Words::default()).best, Some(2.0));
    }

    /// `said` of a figure in the words `text` of `sentence`.
    fn told(article: &str, figure: f64, day: &str, text: &str, sentence: &str) -> ClaimRef {
        ClaimRef {
            text: text.into(),
            sentence: sentence.into(),
            ..named(article, figure, day)
        }
    }

    #[test]
    fn a_zero_of_one_person_or_group_does_not_outvote_the_hurt() {
        let whole: Vec<String> = ["no one", "nobody", "no injuries"]
            .map(String::from)
            .to_vec();
        let cues = regex::Regex::new(r"(?i)\b(second|third) shooting\b").expect("a pattern");
        let words = Words {
            whole_zeros: &whole,
            recall_cues: Some(&cues),
            ..Words::default()
        };
        assert!(whole_zero("Nobody else was hurt", &whole));
        assert!(!whole_zero("No deputies were injured", &whole));
        // The cyclist was hit; the next day's report only says that her
        // son, riding behind her, was not hurt.
        let shot = "A cyclist was struck by a stray bullet on Ferry Lane.";
        let son = "Her son was not hurt.";
        let claims = [
            told("a", 1.0, "2026-05-02", "A cyclist", shot),
            told("a", 0.0, "2026-05-02", "was not hurt", son),
            told("b", 0.0, "2026-05-03", "was not hurt", son),
        ];
        assert_eq!(toll(&claims, &[], false, words).best, Some(1.0));
        // Without the list every zero is a whole one, as before.
        assert_eq!(toll(&claims, &[], false, Words::default()).best, Some(0.0));
        // A zero of the group of guards beside a man wounded by them.
        let claims = [
            told(
                "a",
                0.0,
                "2026-05-03",
                "No guards were injured",
                "No guards were injured.",
            ),
            told(
                "b",
                1.0,
                "2026-05-03",
                "A man",
                "A man was wounded by guards.",
            ),
        ];
        assert_eq!(toll(&claims, &[], false, words).best, Some(1.0));
        // A zero of everyone still votes.
        let claims = [
            told("a", 1.0, "2026-05-02", "A cyclist", shot),
            told(
                "b",
                0.0,
                "2026-05-03",
                "Nobody was hurt",
                "Nobody was hurt.",
            ),
        ];
        assert_eq!(toll(&claims, &[], false, words).best, Some(0.0));
        // A count told of another incident, in a sentence that recalls it,
        // counts no one of this one: the homeowner's zero stands.
        let recall =
            "It was the third shooting on the road this month; a man was hurt there last week.";
        let claims = [
            told("a", 1.0, "2026-05-02", "a man", recall),
            told(
                "a",
                0.0,
                "2026-05-02",
                "was not hurt",
                "The homeowner was not hurt.",
            ),
            told(
                "b",
                0.0,
                "2026-05-02",
                "was not injured",
                "The homeowner was not injured.",
            ),
        ];
        assert_eq!(toll(&claims, &[], false, words).best, Some(0.0));
    }

    #[test]
    fn a_lone_report_gives_its_own_figure() {
        assert_eq!(best(&[said("a", 3.0, None)]), Some(3.0));
        assert_eq!(best(&[]), None);
    }
}
