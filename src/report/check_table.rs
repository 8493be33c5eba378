//! `check --format table`: a summary line, each finding as a rustc-style
//! diagnostic pointing at the figure in its sentence, then a table of the
//! clusters with every source's figure side by side.

use super::fmt::{self, figure, figure_span, plural, report_line};
use super::group::{self, StoryGroup};
use crate::config::Severity;
use crate::model::{ClaimRef, Cluster, Finding, Report};
use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use comfy_table::{Attribute, Cell, ContentArrangement, Table};

/// How to lay out the table report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableOptions {
    /// Terminal width in columns; excerpts and the table are kept within it.
    pub width: u16,
    /// Whether to emit ANSI colours (the binary decides: terminal, no
    /// `NO_COLOR`).
    pub color: bool,
}

impl Default for TableOptions {
    fn default() -> Self {
        TableOptions {
            width: 100,
            color: false,
        }
    }
}

/// Narrowest layout we try to honour; below this even a label cannot fit.
const MIN_WIDTH: usize = 40;

/// The whole table report.
pub fn render(report: &Report, opts: &TableOptions) -> String {
    let width = (opts.width as usize).max(MIN_WIDTH);
    let mut out = summary(report, width);
    out.push('\n');
    if report.findings.is_empty() {
        out.push_str(&format!(
            "no findings: {} clusters consistent\n",
            report.clusters.len()
        ));
    } else {
        let renderer = if opts.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        }
        .decor_style(DecorStyle::Unicode)
        .term_width(width);
        let groups = group::by_story(report);
        if groups.is_empty() {
            for f in &report.findings {
                out.push('\n');
                out.push_str(&diagnostic(&renderer, f, width));
                out.push('\n');
            }
        }
        for g in &groups {
            out.push('\n');
            out.push_str(&story_header(g, width, opts.color));
            for f in &g.findings {
                out.push('\n');
                out.push_str(&diagnostic(&renderer, f, width));
                out.push('\n');
            }
        }
    }
    if !report.clusters.is_empty() {
        out.push('\n');
        let stories = !report.stories.is_empty();
        out.push_str(&clusters_table(
            &report.clusters,
            stories,
            width as u16,
            opts.color,
        ));
        out.push('\n');
    }
    out
}

/// A full-width rule naming the story, then its headline, where, when and
/// who told it, and its toll; each line wrapped to `width`.
///
/// ```text
/// ━━ story s-5e1a0c37 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
/// Gunman kills two at Larkspur Avenue laundromat
/// Millbrook · 2025-03-01 · KXMB News, Metro Daily, Regional Wire, Valley
/// Courier (4 articles)
/// toll: killed 3 (2–3), injured 4
/// ```
fn story_header(g: &StoryGroup, width: usize, color: bool) -> String {
    let (name, lines) = match g.story {
        Some(s) => {
            let mut lines = vec![fmt::story_title(s).to_string(), fmt::story_facts(s)];
            if let Some(t) = fmt::toll(s) {
                lines.push(format!("toll: {t}"));
            }
            (format!("story {}", s.id), lines)
        }
        None => (
            group::ACROSS_TITLE.to_lowercase(),
            vec![group::ACROSS_NOTE.to_string()],
        ),
    };
    let name = truncate(&name, width.saturating_sub(6));
    let fill = width.saturating_sub(name.chars().count() + 4);
    let rule = format!("━━ {name} {}", "━".repeat(fill));
    let mut out = if color {
        format!("\x1b[1m{rule}\x1b[0m\n")
    } else {
        format!("{rule}\n")
    };
    for line in lines {
        out.push_str(&wrap(&line, width));
        out.push('\n');
    }
    out
}

/// `6 articles, 9 claims, 2 clusters: 1 error, 1 warning, 2 info (as of …)`,
/// broken before the date when it would not fit.
fn summary(r: &Report, width: usize) -> String {
    let count = |s: Severity| r.findings.iter().filter(|f| f.severity == s).count();
    let head = format!(
        "{}, {}, {}: {}, {}, {} info",
        articles(r),
        plural(r.claims, "claim", "claims"),
        plural(r.clusters.len(), "cluster", "clusters"),
        plural(count(Severity::Error), "error", "errors"),
        plural(count(Severity::Warning), "warning", "warnings"),
        count(Severity::Info),
    );
    let tail = format!("(as of {})", r.as_of);
    if head.chars().count() + 1 + tail.len() <= width {
        format!("{head} {tail}")
    } else {
        // A head too long for the width (with stories, on a narrow
        // terminal) is wrapped; one that fits is left whole.
        format!("{}\n{tail}", wrap(&head, width))
    }
}

/// `6 articles`, or `10 articles in 5 stories` when the report has stories.
pub(crate) fn articles(r: &Report) -> String {
    let n = plural(r.articles, "article", "articles");
    if r.stories.is_empty() {
        n
    } else {
        format!("{n} in {}", plural(r.stories.len(), "story", "stories"))
    }
}

fn level(s: Severity) -> Level<'static> {
    match s {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

fn diagnostic(renderer: &Renderer, f: &Finding, width: usize) -> String {
    // `error[conflict]: ` precedes the first line of the message.
    let lead = f.severity.as_str().len() + f.kind.len() + 4;
    let message = wrap(&f.message, width.saturating_sub(lead).max(20));
    let mut group = Group::with_title(level(f.severity).primary_title(message).id(&f.kind));
    // The gutter is as wide as the longest line number in the group.
    let digits = f
        .claims
        .iter()
        .map(|c| c.line.to_string().len())
        .max()
        .unwrap_or(1);
    for c in &f.claims {
        group = group.element(
            Origin::path(location(c, width))
                .line(c.line)
                .char_column(c.column),
        );
        let (excerpt, span, label) = excerpt(c, width, digits);
        group = group.element(
            Snippet::source(excerpt)
                .line_start(c.line)
                .annotation(AnnotationKind::Primary.span(span).label(label)),
        );
    }
    group = group.element(Level::NOTE.with_name("id").message(f.id.as_str()));
    if f.new == Some(true) {
        group = group.element(Level::NOTE.message("new since the last run"));
    } else if f.new == Some(false) {
        group = group.element(Level::NOTE.message("seen before"));
    }
    if let Some(r) = &f.review {
        let mut text = format!("reviewed: {}", r.decision);
        if let Some(by) = &r.by {
            text.push_str(&format!(" by {by}"));
        }
        if let Some(note) = &r.note {
            text.push_str(&format!(" ({note})"));
        }
        group = group.element(Level::NOTE.message(wrap(&text, width.saturating_sub(10))));
    }
    tidy(&renderer.render(&[group]))
}

/// annotate-snippets computes a snippet's `line:col` from the excerpt, not
/// the article, so each excerpt is placed after an explicit `Origin` and
/// given no path; the renderer then draws an empty `⸬` location marker
/// before it, which carries no information and is dropped here (along with
/// trailing blanks).
fn tidy(rendered: &str) -> String {
    let mut out = String::new();
    for line in rendered.lines() {
        if strip_ansi(line).trim() == "⸬" {
            continue;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.pop();
    out
}

/// The visible text of a line (SGR escapes removed).
fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(ch) = chars.next() {
        if ch == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(ch);
        }
    }
    out
}

/// `path` when the article came from a file, else the article id; long
/// ones lose their start (the file name matters most) to fit the width.
fn location(c: &ClaimRef, width: usize) -> String {
    let p = c.path.as_deref().unwrap_or(&c.article);
    // Room left by the gutter, the arrow and `:line:col`.
    let room = width.saturating_sub(format!("    ╭▸ :{}:{}", c.line, c.column).chars().count() + 3);
    let n = p.chars().count();
    if n <= room {
        return p.to_string();
    }
    let tail: String = p.chars().skip(n + 1 - room.max(2)).collect();
    format!("…{tail}")
}

/// `Harbor Wire, 2025-06-18: ≥15 people`.
pub(crate) fn claim_label(c: &ClaimRef) -> String {
    let source = c.source.as_deref().unwrap_or(&c.article);
    let date = fmt::published(c).unwrap_or_else(|| "undated".into());
    format!("{source}, {date}: {}", figure(c))
}

/// A one-line window of the sentence around the figure that, with the
/// gutter, the underline and its label, fits in `width` columns. Returns
/// the excerpt, the figure's byte span in it and the (possibly shortened)
/// label.
fn excerpt(c: &ClaimRef, width: usize, digits: usize) -> (String, std::ops::Range<usize>, String) {
    // Newlines would split the snippet; same-length spaces keep offsets.
    let flat: String = c
        .sentence
        .chars()
        .map(|ch| if ch.is_control() { ' ' } else { ch })
        .collect();
    let (before, fig, after) = match figure_span(c) {
        Some(r) => (&flat[..r.start], &flat[r.clone()], &flat[r.end..]),
        None => ("", c.text.as_str(), ""),
    };
    // Gutter: ` NN | ` is the line number's digits plus three.
    let avail = width.saturating_sub(digits + 4);
    let fig = truncate(fig, avail / 2);
    let fig_w = fig.chars().count();
    let label = truncate(&claim_label(c), avail.saturating_sub(fig_w + 4).max(8));
    let label_w = label.chars().count();
    // Context before the figure may use what the underline's label leaves.
    let room_before = avail.saturating_sub(fig_w + 1 + label_w);
    let before_n = before.chars().count();
    let lead = if before_n <= room_before {
        before.to_string()
    } else {
        let keep = room_before.saturating_sub(1);
        let tail: String = before.chars().skip(before_n - keep).collect();
        format!("…{tail}")
    };
    let lead_w = lead.chars().count();
    let rest = avail.saturating_sub(lead_w + fig_w);
    let trail = truncate(after.trim_end(), rest);
    let start = lead.len();
    let text = format!("{lead}{fig}{trail}");
    (text, start..start + fig.len(), label)
}

/// At most `max` characters, ending in `…` when cut.
fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Greedy word wrap to `width` characters per line.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line_w = 0;
    for word in text.split_whitespace() {
        let w = word.chars().count();
        if line_w > 0 && line_w + 1 + w > width {
            out.push('\n');
            line_w = 0;
        } else if line_w > 0 {
            out.push(' ');
            line_w += 1;
        }
        out.push_str(word);
        line_w += w;
    }
    out
}

/// The clusters side by side; with `stories`, each names its story (or
/// `across stories`) under its id.
fn clusters_table(clusters: &[Cluster], stories: bool, width: u16, color: bool) -> String {
    let mut t = Table::new();
    t.load_style(comfy_table::presets::UTF8_FULL)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width);
    let header = ["cluster", "range", "reports"];
    if color {
        t.enforce_styling();
        t.set_header(header.map(|h| Cell::new(h).add_attribute(Attribute::Bold)));
    } else {
        t.force_no_tty();
        t.set_header(header);
    }
    for c in clusters {
        let what = match &c.measure {
            Some(m) => format!("{}/{m}", c.kind),
            None => c.kind.clone(),
        };
        let mut what = match &c.subject {
            Some(s) => format!("{what}\n{s}"),
            None => what,
        };
        if let Some(q) = &c.qualifier {
            what.push_str(&format!(" ({q})"));
        }
        what.push_str(&format!("\n{}", c.id));
        if stories {
            let story = c.story.as_deref().map(|s| format!("story {s}"));
            let across = group::ACROSS_TITLE.to_lowercase();
            what.push_str(&format!("\n{}", story.unwrap_or(across)));
        }
        let reports: Vec<String> = c.claims.iter().map(report_line).collect();
        t.add_row(vec![what, range(c), reports.join("\n")]);
    }
    t.to_string()
}

/// `low 15` / `best 28 people` / `high 28` on three short lines, so the
/// column stays narrow and the reports get the room; `?` when unknown.
fn range(c: &Cluster) -> String {
    let n = |x: Option<f64>| x.map(fmt::number).unwrap_or_else(|| "?".into());
    let unit = match c.unit.as_str() {
        "" => String::new(),
        "%" => "%".into(),
        u => format!(" {u}"),
    };
    format!(
        "low  {}\nbest {}{unit}\nhigh {}",
        n(c.range.low),
        n(c.range.best),
        n(c.range.high)
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The synthetic report every printer's tests share: a rising toll
    /// (15 → 21 → 28) and a 25% vs 35% tariff conflict, with planted
    /// `<script>` and markdown-active text in the sentences.
    pub(crate) fn sample() -> Report {
        serde_json::from_str(include_str!("../../tests/fixtures/report/sample.json"))
            .expect("fixture parses")
    }

    /// Two shootings in one city on one day told by several outlets (one
    /// undated article dated by its story), a strike, a park budget with no
    /// findings, and a solar-panel duty reported across two stories; a
    /// `<script>` planted in a story title.
    pub(crate) fn with_stories() -> Report {
        serde_json::from_str(include_str!("../../tests/fixtures/report/stories.json"))
            .expect("fixture parses")
    }

    fn plain(width: u16) -> String {
        render(
            &sample(),
            &TableOptions {
                width,
                color: false,
            },
        )
    }

    #[test]
    fn no_ansi_without_colour() {
        assert!(!plain(80).contains('\x1b'));
    }

    #[test]
    fn colour_when_asked() {
        let s = render(
            &sample(),
            &TableOptions {
                width: 80,
                color: true,
            },
        );
        assert!(s.contains('\x1b'));
    }

    #[test]
    fn fits_in_80_columns() {
        for w in [80u16, 60] {
            for line in plain(w).lines() {
                assert!(
                    line.chars().count() <= w as usize,
                    "{} > {w}: {line}",
                    line.chars().count()
                );
            }
        }
    }

    #[test]
    fn diagnostics_name_kind_id_and_place() {
        let s = plain(80);
        assert!(s.starts_with("6 articles, 9 claims, 2 clusters: 1 error, 1 warning, 2 info"));
        assert!(s.contains("error[conflict]: Harbor Wire"));
        assert!(s.contains("f-1c9e0a7b"));
        assert!(s.contains("articles/harbor-wire/tariffs.txt:9:1"));
        // No path: the article id stands in.
        assert!(s.contains("daily-ledger/ferry:3:12"));
        assert!(s.contains("Harbor Wire, 2025-06-18: 25%"));
    }

    #[test]
    fn long_paths_and_sentences_still_fit() {
        let mut r = sample();
        let c = &mut r.findings[0].claims[0];
        c.path = Some(format!("{}story.txt", "deep/".repeat(30)));
        c.line = 123456;
        c.source = Some("An Outlet With A Remarkably Long Name Indeed".into());
        let s = render(
            &r,
            &TableOptions {
                width: 80,
                color: false,
            },
        );
        assert!(
            s.contains("╭▸ …/deep/") && s.contains("/story.txt:123456:1"),
            "{s}"
        );
        for line in s.lines() {
            assert!(line.chars().count() <= 80, "{line}");
        }
    }

    #[test]
    fn no_findings_said_plainly() {
        let mut r = sample();
        r.findings.clear();
        let s = render(&r, &TableOptions::default());
        assert!(s.contains("no findings: 2 clusters consistent"));
    }

    #[test]
    fn snapshot_80_columns() {
        insta::assert_snapshot!(plain(80));
    }

    fn stories_plain(width: u16) -> String {
        render(
            &with_stories(),
            &TableOptions {
                width,
                color: false,
            },
        )
    }

    #[test]
    fn grouped_by_story() {
        let s = stories_plain(80);
        assert!(s.starts_with("10 articles in 5 stories, 14 claims, 4 clusters"));
        let at = |needle: &str| s.find(needle).unwrap_or_else(|| panic!("{needle}:\n{s}"));
        // Story headers in order, each before its own findings.
        assert!(at("━━ story s-9c04b7e2 ") < at("f-c5a18e03"));
        assert!(at("f-c5a18e03") < at("━━ story s-5e1a0c37 "));
        assert!(at("━━ story s-5e1a0c37 ") < at("f-3b90d2c4"));
        assert!(at("f-3b90d2c4") < at("━━ story s-b7320e6d "));
        assert!(at("━━ story s-b7320e6d ") < at("f-92e6b1d7"));
        assert!(at("f-92e6b1d7") < at("━━ across stories "));
        assert!(at("━━ across stories ") < at("f-7d21c0e8"));
        assert!(s.contains("toll: killed 3 (2–3), injured 4"));
        assert!(s.contains("Regional Wire, est. 2025-03-01–2025-03-03: 3 people"));
        // Stories with no findings get no header.
        assert!(!s.contains("s-0a93f4c1") && !s.contains("Riverside Park"));
        for w in [80usize, 60] {
            for line in stories_plain(w as u16).lines() {
                assert!(line.chars().count() <= w, "{line}");
            }
        }
    }

    #[test]
    fn no_stories_reads_as_before() {
        // The fixture without its stories, and no cluster story: the flat
        // report, with no story header or column.
        let mut r = with_stories();
        r.stories.clear();
        for c in &mut r.clusters {
            c.story = None;
        }
        let s = render(
            &r,
            &TableOptions {
                width: 80,
                color: false,
            },
        );
        assert!(s.starts_with("10 articles, 14 claims"));
        assert!(!s.contains("━━ story") && !s.contains("across stories"));
        // The estimate is still shown: it is the claim's, not the story's.
        assert!(s.contains("est. 2025-03-01–2025-03-03"));
    }

    #[test]
    fn snapshot_stories_80_columns() {
        insta::assert_snapshot!(stories_plain(80));
    }
}
