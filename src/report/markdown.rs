//! `check --format markdown` (and `report.md`): for pasting into a ticket
//! or a pull request; GitHub-flavoured.

use super::fmt::{self, figure_span, plural};
use super::group::{self, StoryGroup};
use crate::config::Severity;
use crate::model::{ClaimRef, Cluster, Finding, Report};
use std::fmt::Write;

/// The report as a Markdown document.
pub fn render(report: &Report) -> String {
    let mut out = String::from("# crosscheck report\n\n");
    let n = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    let _ = writeln!(
        out,
        "As of {}: {}, {}, {}, {} ({}, {}, {} info).\n",
        report.as_of,
        super::check_table::articles(report),
        plural(report.claims, "claim", "claims"),
        plural(report.clusters.len(), "cluster", "clusters"),
        plural(report.findings.len(), "finding", "findings"),
        plural(n(Severity::Error), "error", "errors"),
        plural(n(Severity::Warning), "warning", "warnings"),
        n(Severity::Info),
    );
    out.push_str("## Findings\n\n");
    if report.findings.is_empty() {
        let _ = writeln!(
            out,
            "No findings: {} clusters consistent.\n",
            report.clusters.len()
        );
    }
    let groups = group::by_story(report);
    if groups.is_empty() {
        for f in &report.findings {
            finding(&mut out, f, "###");
        }
    }
    for g in &groups {
        story_header(&mut out, g);
        for f in &g.findings {
            finding(&mut out, f, "####");
        }
    }
    if !report.clusters.is_empty() {
        clusters(&mut out, &report.clusters, !report.stories.is_empty());
    }
    // Exactly one trailing newline.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// `### Story: <title>`, then where, when, who told it and the story's id,
/// then its toll; or the final group's heading and what it holds.
fn story_header(out: &mut String, g: &StoryGroup) {
    let Some(s) = g.story else {
        let _ = writeln!(
            out,
            "### {}\n\n_{}_\n",
            group::ACROSS_TITLE,
            group::ACROSS_NOTE
        );
        return;
    };
    let _ = writeln!(out, "### Story: {}\n", escape(fmt::story_title(s)));
    let _ = writeln!(
        out,
        "{} · story {}\n",
        escape(&fmt::story_facts(s)),
        escape(&s.id)
    );
    if let Some(t) = fmt::toll(s) {
        let _ = writeln!(out, "Toll: {}.\n", escape(&t));
    }
}

/// One finding under a heading of level `hashes` (`###` ungrouped, `####`
/// under a story).
fn finding(out: &mut String, f: &Finding, hashes: &str) {
    let _ = writeln!(
        out,
        "{hashes} {} · {} · {}\n",
        f.severity.as_str(),
        escape(&f.kind),
        escape(&f.id)
    );
    let _ = writeln!(out, "{}\n", escape(&f.message));
    for c in &f.claims {
        let _ = writeln!(out, "- {}: {}", cite(c), quote(c));
    }
    if !f.claims.is_empty() {
        out.push('\n');
    }
    let mut notes = Vec::new();
    if let Some(cl) = &f.cluster {
        notes.push(format!("cluster {}", escape(cl)));
    }
    if f.new == Some(true) {
        notes.push("new since the last run".into());
    } else if f.new == Some(false) {
        notes.push("seen before".into());
    }
    if let Some(r) = &f.review {
        let mut s = format!("reviewed: {}", escape(&r.decision));
        if let Some(by) = &r.by {
            let _ = write!(s, " by {}", escape(by));
        }
        if let Some(note) = &r.note {
            let _ = write!(s, " ({})", escape(note));
        }
        notes.push(s);
    }
    if !notes.is_empty() {
        let _ = writeln!(out, "_{}_\n", notes.join("; "));
    }
}

/// `Harbor Wire, 2025-06-18, articles/x.txt:9`.
fn cite(c: &ClaimRef) -> String {
    let source = c.source.as_deref().unwrap_or("unknown outlet");
    let date = fmt::published(c).unwrap_or_else(|| "undated".into());
    let place = c.path.as_deref().unwrap_or(&c.article);
    format!(
        "**{}**, {date}, {}:{}",
        escape(source),
        escape(place),
        c.line
    )
}

/// The sentence with the figure in bold.
fn quote(c: &ClaimRef) -> String {
    let flat = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    match figure_span(c) {
        Some(r) => format!(
            "“{}**{}**{}”",
            escape(&flat(&c.sentence[..r.start])),
            escape(flat(&c.sentence[r.clone()]).trim()),
            escape(&flat(&c.sentence[r.end..]))
        ),
        None => format!("“{}” (**{}**)", escape(&flat(&c.sentence)), escape(&c.text)),
    }
}

/// The clusters table; with `stories`, a last column names each cluster's
/// story (or the final group for a standing figure).
fn clusters(out: &mut String, clusters: &[Cluster], stories: bool) {
    out.push_str("## Clusters\n\n");
    if stories {
        out.push_str("| cluster | subject | low | best | high | unit | reports | story |\n");
        out.push_str("|---|---|--:|--:|--:|---|---|---|\n");
    } else {
        out.push_str("| cluster | subject | low | best | high | unit | reports |\n");
        out.push_str("|---|---|--:|--:|--:|---|---|\n");
    }
    let n = |x: Option<f64>| x.map(super::fmt::number).unwrap_or_default();
    for c in clusters {
        let kind = match &c.measure {
            Some(m) => format!("{}/{m}", c.kind),
            None => c.kind.clone(),
        };
        let reports: Vec<String> = c
            .claims
            .iter()
            .map(|r| escape(&super::fmt::report_line(r)))
            .collect();
        let _ = write!(
            out,
            "| {} ({}) | {} | {} | {} | {} | {} | {} |",
            escape(&kind),
            escape(&c.id),
            escape(c.subject.as_deref().unwrap_or("")),
            n(c.range.low),
            n(c.range.best),
            n(c.range.high),
            escape(&c.unit),
            reports.join("<br>")
        );
        if stories {
            let story = match &c.story {
                Some(s) => escape(s),
                None => group::ACROSS_TITLE.to_lowercase(),
            };
            let _ = write!(out, " {story} |");
        }
        out.push('\n');
    }
    out.push('\n');
}

/// Backslash-escapes what Markdown (and GitHub's tables and inline HTML)
/// would act on, so article text always shows as written.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(ch) = chars.next() {
        // `&` only acts when it could start an entity (`&lt;`, `&#60;`).
        let entity = ch == '&'
            && chars
                .peek()
                .is_some_and(|c| c.is_alphanumeric() || *c == '#');
        match ch {
            '&' if !entity => out.push(ch),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '!' | '&' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::check_table::tests::sample;

    #[test]
    fn escapes_article_text() {
        let md = render(&sample());
        assert!(!md.contains("<script>"));
        assert!(md.contains(r"\<script\>alert(1)\</script\>"));
        // `|` in a sentence cannot break out of anything.
        assert!(md.contains(r"rescuers \| divers"));
        assert!(md.contains(r"\*flooded\*"));
        assert_eq!(escape("a|b*c_d"), r"a\|b\*c\_d");
        assert_eq!(escape("A & B &amp; C"), r"A & B \&amp; C");
    }

    #[test]
    fn figure_in_bold_with_source() {
        let md = render(&sample());
        assert!(md.contains("### error · conflict · f-1c9e0a7b"));
        assert!(md.contains(
            "- **Harbor Wire**, 2025-06-16, articles/harbor-wire/ferry.txt:4: “**At least 15 people** were"
        ));
        assert!(
            md.contains("| casualties/killed (c-7f3a91d2) | Port Melden | 15 | 28 | 28 | people |")
        );
    }

    #[test]
    fn stable() {
        assert_eq!(render(&sample()), render(&sample()));
    }

    #[test]
    fn snapshot() {
        insta::assert_snapshot!(render(&sample()));
    }

    #[test]
    fn grouped_by_story() {
        use crate::report::check_table::tests::with_stories;
        let md = render(&with_stories());
        let at = |needle: &str| md.find(needle).unwrap_or_else(|| panic!("{needle}:\n{md}"));
        assert!(
            at("### Story: Teenager shot near Millbrook transit center")
                < at("#### error · conflict · f-c5a18e03")
        );
        assert!(at("f-c5a18e03") < at("### Story: Gunman kills two"));
        assert!(
            at("### Story: Port workers walk out over pay \\<script\\>")
                < at("#### info · deadline\\_passed · f-92e6b1d7")
        );
        assert!(at("f-92e6b1d7") < at("### Across stories"));
        assert!(at("### Across stories") < at("#### error · conflict · f-7d21c0e8"));
        assert!(md.contains("Toll: killed 3 (2–3), injured 4."));
        assert!(md.contains("**Regional Wire**, est. 2025-03-01–2025-03-03, regional-wire/0117:1"));
        assert!(md.contains("| reports | story |"));
        assert!(!md.contains("<script>"));
        assert!(!md.contains("Riverside Park"));
    }

    #[test]
    fn snapshot_stories() {
        insta::assert_snapshot!(render(&crate::report::check_table::tests::with_stories()));
    }
}
