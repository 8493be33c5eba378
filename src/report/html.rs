//! `check --format html` (and `report.html`): one self-contained page an
//! editor can open from a mail attachment. No scripts, no network, no
//! external fonts or images: inline CSS and inline SVG only, under a CSP
//! that would block anything else even if escaping ever failed.

use super::fmt;
use super::fmt::{figure, figure_span, plural};
use super::group::{self, StoryGroup};
use crate::config::Severity;
use crate::model::{ClaimRef, Cluster, Finding, Report, Story};
use std::collections::HashMap;
use std::fmt::Write;

/// The anchor of the final group's section (story anchors are
/// `story-<id>`, so the two never collide).
const ACROSS_ANCHOR: &str = "across-stories";

/// The report as a standalone HTML5 document.
pub fn render(report: &Report) -> String {
    let mut o = String::with_capacity(16 * 1024);
    let n = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; img-src data:\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>crosscheck report, as of {}</title>\n<style>{CSS}{}</style>\n</head>\n<body>\n",
        report.as_of,
        if report.stories.is_empty() {
            ""
        } else {
            STORY_CSS
        },
    );
    let _ = write!(
        o,
        "<header class=\"top\">\n<h1>crosscheck report</h1>\n<p class=\"summary\">As of \
         <time datetime=\"{d}\">{d}</time> · {} · {} · {} · \
         <span class=\"badge error\">{} error</span> <span class=\"badge warning\">{} \
         warning</span> <span class=\"badge info\">{} info</span></p>\n</header>\n<main>\n",
        super::check_table::articles(report),
        plural(report.claims, "claim", "claims"),
        plural(report.clusters.len(), "cluster", "clusters"),
        n(Severity::Error),
        n(Severity::Warning),
        n(Severity::Info),
        d = report.as_of,
    );
    let groups = group::by_story(report);
    if !report.stories.is_empty() {
        index(&mut o, report, &groups);
    }
    o.push_str("<section class=\"findings\">\n<h2>Findings</h2>\n");
    if report.findings.is_empty() {
        let _ = writeln!(
            o,
            "<p class=\"none\">No findings: {} clusters consistent.</p>",
            report.clusters.len()
        );
    }
    if groups.is_empty() {
        for f in &report.findings {
            finding(&mut o, f);
        }
    }
    for g in &groups {
        story_section(&mut o, g);
    }
    o.push_str("</section>\n");
    if !report.clusters.is_empty() {
        // With stories, each cluster names its story, linked when the
        // story has a section (that is, a finding).
        let stories: HashMap<&str, (&Story, bool)> = report
            .stories
            .iter()
            .map(|s| (s.id.as_str(), (s, false)))
            .chain(
                groups
                    .iter()
                    .filter_map(|g| Some((g.story?.id.as_str(), (g.story?, true)))),
            )
            .collect();
        let story_of = |c: &Cluster| -> Option<String> {
            if report.stories.is_empty() {
                return None;
            }
            Some(match c.story.as_deref().and_then(|id| stories.get(id)) {
                Some((s, true)) => format!(
                    "Story <a href=\"#story-{}\">{}</a>",
                    esc(&s.id),
                    esc(fmt::story_title(s))
                ),
                Some((s, false)) => format!("Story: {}", esc(fmt::story_title(s))),
                None => match &c.story {
                    Some(id) => format!("Story {}", esc(id)),
                    None => group::ACROSS_TITLE.into(),
                },
            })
        };
        o.push_str("<section class=\"clusters\">\n<h2>Clusters</h2>\n");
        for c in &report.clusters {
            cluster(&mut o, c, story_of(c));
        }
        o.push_str("</section>\n");
    }
    o.push_str("</main>\n</body>\n</html>\n");
    o
}

/// The story index at the top of the page: every story with a finding, in
/// the order of the findings below (most severe first), each linking to
/// its section with its place, dates, outlets, toll and its findings
/// counted by severity; then the final group's entry. Stories with no
/// finding are listed, unlinked, in a closed `<details>` after them: an
/// editor sees everything the batch covered, yet a batch of hundreds of
/// quiet stories does not bury the few that need a look. `<details>` opens
/// without scripts.
fn index(o: &mut String, report: &Report, groups: &[StoryGroup]) {
    let _ = writeln!(
        o,
        "<nav class=\"story-index\" aria-labelledby=\"stories\">\n<h2 id=\"stories\">Stories</h2>\n\
         <p class=\"none\">{} in this batch, {} with findings.</p>",
        plural(report.stories.len(), "story", "stories"),
        groups.iter().filter(|g| g.story.is_some()).count()
    );
    if !groups.is_empty() {
        o.push_str("<ol>\n");
        for g in groups {
            let (anchor, title, facts, toll) = match g.story {
                Some(s) => (
                    format!("story-{}", esc(&s.id)),
                    esc(fmt::story_title(s)),
                    esc(&fmt::story_facts(s)),
                    fmt::toll(s),
                ),
                None => (
                    ACROSS_ANCHOR.to_string(),
                    group::ACROSS_TITLE.to_string(),
                    esc(group::ACROSS_NOTE),
                    None,
                ),
            };
            let sev = g.worst().map(Severity::as_str).unwrap_or("info");
            let _ = write!(
                o,
                "<li class=\"{sev}\"><a href=\"#{anchor}\">{title}</a> {}<br><span class=\"meta\">{facts}</span>",
                counts(g)
            );
            if let Some(t) = toll {
                let _ = write!(o, "<br><span class=\"toll\">Toll: {}</span>", esc(&t));
            }
            o.push_str("</li>\n");
        }
        o.push_str("</ol>\n");
    }
    let quiet = group::quiet(report, groups);
    if !quiet.is_empty() {
        let _ = writeln!(
            o,
            "<details class=\"quiet\"><summary>{} with no findings</summary>\n<ul>",
            plural(quiet.len(), "story", "stories")
        );
        for s in quiet {
            let _ = write!(
                o,
                "<li><b>{}</b><br><span class=\"meta\">{}</span>",
                esc(fmt::story_title(s)),
                esc(&fmt::story_facts(s))
            );
            if let Some(t) = fmt::toll(s) {
                let _ = write!(o, "<br><span class=\"toll\">Toll: {}</span>", esc(&t));
            }
            o.push_str("</li>\n");
        }
        o.push_str("</ul>\n</details>\n");
    }
    o.push_str("</nav>\n");
}

/// `1 error · 2 warnings` as badges, most severe first, naming only the
/// severities the group has.
fn counts(g: &StoryGroup) -> String {
    let parts: Vec<String> = [
        (Severity::Error, "error", "errors"),
        (Severity::Warning, "warning", "warnings"),
        (Severity::Info, "info", "info"),
    ]
    .into_iter()
    .filter(|(s, _, _)| g.count(*s) > 0)
    .map(|(s, one, many)| {
        format!(
            "<span class=\"badge {}\">{}</span>",
            s.as_str(),
            plural(g.count(s), one, many)
        )
    })
    .collect();
    parts.join(" ")
}

/// One story's section: its header (headline, where, when, who, toll)
/// and its findings; or the final group's.
fn story_section(o: &mut String, g: &StoryGroup) {
    match g.story {
        Some(s) => {
            let _ = write!(
                o,
                "<section class=\"story\" id=\"story-{id}\">\n<header class=\"story-head\"><h3>{}</h3>\n\
                 <p class=\"meta\">{} · <a class=\"sid\" href=\"#story-{id}\">story {id}</a></p>\n",
                esc(fmt::story_title(s)),
                esc(&fmt::story_facts(s)),
                id = esc(&s.id),
            );
            if let Some(t) = fmt::toll(s) {
                let _ = writeln!(o, "<p class=\"toll\">Toll: {}</p>", esc(&t));
            }
        }
        None => {
            let _ = writeln!(
                o,
                "<section class=\"story across\" id=\"{ACROSS_ANCHOR}\">\n<header class=\"story-head\"><h3>{}</h3>\n\
                 <p class=\"meta\">{}</p>",
                group::ACROSS_TITLE,
                esc(group::ACROSS_NOTE)
            );
        }
    }
    o.push_str("</header>\n");
    for f in &g.findings {
        finding(o, f);
    }
    o.push_str("</section>\n");
}

fn finding(o: &mut String, f: &Finding) {
    let sev = f.severity.as_str();
    let _ = write!(
        o,
        "<article class=\"finding {sev}\" id=\"{id}\">\n<header><span class=\"badge {sev}\">{sev}</span> \
         <span class=\"type\">{}</span> <a class=\"fid\" href=\"#{id}\">{id}</a>",
        esc(&f.kind),
        id = esc(&f.id),
    );
    if f.new == Some(true) {
        o.push_str(" <span class=\"tag\">new</span>");
    } else if f.new == Some(false) {
        o.push_str(" <span class=\"tag\">seen before</span>");
    }
    if let Some(r) = &f.review {
        let _ = write!(
            o,
            " <span class=\"tag\">reviewed: {}</span>",
            esc(&r.decision)
        );
    }
    let _ = writeln!(o, "</header>\n<p class=\"message\">{}</p>", esc(&f.message));
    o.push_str("<ul class=\"evidence\">\n");
    for c in &f.claims {
        evidence(o, c);
    }
    o.push_str("</ul>\n");
    if let Some(r) = &f.review {
        let mut s = format!("Reviewed: {}", esc(&r.decision));
        for (pre, v) in [(" by ", &r.by), (" on ", &r.date), (": ", &r.note)] {
            if let Some(v) = v {
                let _ = write!(s, "{pre}{}", esc(v));
            }
        }
        let _ = writeln!(o, "<p class=\"review\">{s}</p>");
    }
    if let Some(cl) = &f.cluster {
        let _ = writeln!(
            o,
            "<p class=\"see\">Cluster <a href=\"#cluster-{c}\">{c}</a></p>",
            c = esc(cl)
        );
    }
    o.push_str("</article>\n");
}

fn evidence(o: &mut String, c: &ClaimRef) {
    let quote = match figure_span(c) {
        Some(r) => format!(
            "{}<mark>{}</mark>{}",
            esc(&c.sentence[..r.start]),
            esc(&c.sentence[r.clone()]),
            esc(&c.sentence[r.end..])
        ),
        None => format!("{} <mark>{}</mark>", esc(&c.sentence), esc(&c.text)),
    };
    let _ = writeln!(
        o,
        "<li><blockquote>{quote}</blockquote><p class=\"cite\">{}</p></li>",
        cite(c)
    );
}

/// `Harbor Wire · 2025-06-18 · articles/x.txt:9 · ≥15 people`.
fn cite(c: &ClaimRef) -> String {
    let source = c.source.as_deref().unwrap_or("unknown outlet");
    let date = match (c.published, &c.published_estimate) {
        (Some(d), _) => format!("<time datetime=\"{d}\">{d}</time>"),
        (None, Some(e)) => format!(
            "<span class=\"est\" title=\"estimated from the dates of its story\">est. {}</span>",
            fmt::days(e)
        ),
        (None, None) => "undated".into(),
    };
    let place = c.path.as_deref().unwrap_or(&c.article);
    format!(
        "<b>{}</b> · {date} · <code>{}:{}</code> · {}",
        esc(source),
        esc(place),
        c.line,
        esc(&figure(c))
    )
}

/// One cluster: its range, every source's figure and, for a moving figure,
/// a timeline; `story` is the line naming its story (with stories only).
fn cluster(o: &mut String, c: &Cluster, story: Option<String>) {
    let kind = match &c.measure {
        Some(m) => format!("{} / {m}", c.kind),
        None => c.kind.clone(),
    };
    let subject = c
        .subject
        .as_deref()
        .map(|s| format!(" — {}", esc(s)))
        .unwrap_or_default();
    let n = |x: Option<f64>| x.map(fmt::number).unwrap_or_else(|| "?".into());
    let _ = write!(
        o,
        "<article class=\"cluster\" id=\"cluster-{id}\">\n<h3>{}{subject} <span class=\"cid\">{id}</span></h3>\n\
         <p class=\"range\">low <b>{}</b> · best <b>{}</b> · high <b>{}</b>{}</p>\n",
        esc(&kind),
        n(c.range.low),
        n(c.range.best),
        n(c.range.high),
        match c.unit.as_str() {
            "" | "%" => esc(&c.unit),
            u => format!(" {}", esc(u)),
        },
        id = esc(&c.id),
    );
    o.push_str(
        "<table>\n<thead><tr><th>outlet</th><th>published</th><th>figure</th><th>where</th></tr></thead>\n<tbody>\n",
    );
    for r in &c.claims {
        let _ = writeln!(
            o,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td><code>{}:{}</code></td></tr>",
            esc(r.source.as_deref().unwrap_or("unknown outlet")),
            fmt::published(r).unwrap_or_default(),
            esc(&figure(r)),
            esc(r.path.as_deref().unwrap_or(&r.article)),
            r.line
        );
    }
    o.push_str("</tbody>\n</table>\n");
    if c.moves {
        o.push_str(&timeline(c));
    }
    if let Some(s) = story {
        let _ = writeln!(o, "<p class=\"see\">{s}</p>");
    }
    o.push_str("</article>\n");
}

/// A small inline-SVG chart of a moving figure: one marker per dated claim
/// (its low figure, else its high one) against its publication date.
/// Empty unless at least two claims can be placed.
pub(crate) fn timeline(c: &Cluster) -> String {
    let mut s = String::new();
    let o = &mut s;
    let mut pts: Vec<(chrono::NaiveDate, f64, &str)> = c
        .claims
        .iter()
        .filter_map(|r| {
            let v = r.value.as_ref()?;
            let y = v.low.or(v.high).filter(|y| y.is_finite())?;
            Some((r.published?, y, r.source.as_deref().unwrap_or(&r.article)))
        })
        .collect();
    if pts.len() < 2 {
        return s;
    }
    // Stable sort: same-day claims keep the order the report gives them.
    pts.sort_by_key(|p| p.0);
    const W: f64 = 640.0;
    const H: f64 = 240.0;
    // Wide side margins leave room for the centred first and last dates.
    let (left, right, top, bottom) = (56.0, 48.0, 30.0, 44.0);
    let (d0, d1) = (pts[0].0, pts[pts.len() - 1].0);
    let days = (d1 - d0).num_days() as f64;
    let x = |d: chrono::NaiveDate| {
        if days == 0.0 {
            (left + W - right) / 2.0
        } else {
            left + (d - d0).num_days() as f64 / days * (W - left - right)
        }
    };
    let lo = pts.iter().map(|p| p.1).fold(0.0_f64, f64::min);
    let hi = pts.iter().map(|p| p.1).fold(f64::MIN, f64::max);
    let step = nice_step((hi - lo).max(1e-9) / 4.0);
    let (y_lo, y_hi) = (
        (lo / step).floor() * step,
        ((hi / step).floor() + 1.0) * step,
    );
    let y = |v: f64| top + (1.0 - (v - y_lo) / (y_hi - y_lo)) * (H - top - bottom);
    let unit = esc(&c.unit);
    let _ = write!(
        o,
        "<svg class=\"timeline\" viewBox=\"0 0 {W} {H}\" \
         width=\"{W}\" height=\"{H}\" role=\"img\" aria-label=\"reported figure by publication date\">\n\
         <text x=\"{left}\" y=\"16\" font-size=\"12\" fill=\"#59636e\">reported figure ({unit}) by publication date</text>\n"
    );
    let mut v = y_lo;
    while v <= y_hi + step / 2.0 {
        let yy = y(v);
        let _ = writeln!(
            o,
            "<line x1=\"{left}\" x2=\"{:.1}\" y1=\"{yy:.1}\" y2=\"{yy:.1}\" stroke=\"#e5e9ee\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"end\" fill=\"#59636e\">{}</text>",
            W - right,
            left - 6.0,
            yy + 4.0,
            fmt::number(v)
        );
        v += step;
    }
    let base = H - bottom;
    let _ = writeln!(
        o,
        "<line x1=\"{left}\" x2=\"{:.1}\" y1=\"{base}\" y2=\"{base}\" stroke=\"#8c959f\"/>",
        W - right
    );
    // Date labels, skipping any that would overlap the previous one.
    let mut last_x = f64::MIN;
    for (d, _, _) in &pts {
        let xx = x(*d);
        if xx - last_x < 72.0 {
            continue;
        }
        last_x = xx;
        let _ = writeln!(
            o,
            "<line x1=\"{xx:.1}\" x2=\"{xx:.1}\" y1=\"{base}\" y2=\"{:.1}\" stroke=\"#8c959f\"/>\
             <text x=\"{xx:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#59636e\">{d}</text>",
            base + 4.0,
            base + 18.0
        );
    }
    let path: Vec<String> = pts
        .iter()
        .map(|p| format!("{:.1},{:.1}", x(p.0), y(p.1)))
        .collect();
    let _ = writeln!(
        o,
        "<polyline points=\"{}\" fill=\"none\" stroke=\"#175cd3\" stroke-width=\"2\"/>",
        path.join(" ")
    );
    for (i, (d, v, outlet)) in pts.iter().enumerate() {
        let (xx, yy) = (x(*d), y(*v));
        let anchor = match i {
            0 => "start",
            i if i + 1 == pts.len() => "end",
            _ => "middle",
        };
        let label = format!("{} · {}", fmt::number(*v), outlet);
        let _ = writeln!(
            o,
            "<g class=\"point\"><circle cx=\"{xx:.1}\" cy=\"{yy:.1}\" r=\"5\" fill=\"#175cd3\" stroke=\"#fff\" stroke-width=\"1.5\">\
             <title>{}, {d}: {}</title></circle>\
             <text x=\"{xx:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"{anchor}\" fill=\"#1f2328\">{}</text></g>",
            esc(outlet),
            fmt::number(*v),
            yy - 10.0,
            esc(&label)
        );
    }
    o.push_str("</svg>\n");
    s
}

/// A round axis step (1, 2 or 5 times a power of ten) of at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let mag = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag)
}

/// Escapes text for element content and quoted attribute values alike.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

pub(crate) const CSS: &str = "
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;
--error:#b42318;--error-bg:#fef3f2;--warning:#9a4a00;--warning-bg:#fffaeb;
--info:#175cd3;--info-bg:#eff8ff}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;color:var(--fg);background:#fff}
header.top{padding:24px 32px 16px;border-bottom:1px solid var(--line);background:var(--bg)}
h1{margin:0 0 4px;font-size:22px}
h2{font-size:18px;margin:28px 0 12px;padding-bottom:6px;border-bottom:1px solid var(--line)}
h3{font-size:16px;margin:0 0 4px}
main{max-width:1040px;margin:0 auto;padding:0 32px 48px}
header.top>*{max-width:976px;margin-left:auto;margin-right:auto}
.summary{margin:0;color:var(--muted)}
.badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.03em}
.badge.error{color:var(--error);background:var(--error-bg);border:1px solid var(--error)}
.badge.warning{color:var(--warning);background:var(--warning-bg);border:1px solid var(--warning)}
.badge.info{color:var(--info);background:var(--info-bg);border:1px solid var(--info)}
.finding{border:1px solid var(--line);border-left:4px solid var(--muted);border-radius:6px;padding:12px 16px;margin:0 0 14px}
.finding.error{border-left-color:var(--error)}
.finding.warning{border-left-color:var(--warning)}
.finding.info{border-left-color:var(--info)}
.finding header{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.type{font-weight:600}
.fid,.cid{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);text-decoration:none}
.tag{font-size:12px;padding:0 6px;border-radius:4px;background:var(--bg);border:1px solid var(--line)}
.message{margin:6px 0 8px;font-weight:500}
.evidence{list-style:none;margin:0;padding:0}
.evidence li{margin:8px 0}
blockquote{margin:0;padding:6px 12px;border-left:3px solid var(--line);background:var(--bg);overflow-wrap:anywhere}
mark{background:#fff1a8;padding:0 2px;border-radius:2px;font-weight:600}
.cite{margin:2px 0 0 12px;font-size:13px;color:var(--muted)}
code{font:12.5px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.review,.see{font-size:13px;color:var(--muted);margin:6px 0 0}
.cluster{border:1px solid var(--line);border-radius:6px;padding:12px 16px;margin:0 0 14px}
.range{margin:0 0 8px;color:var(--muted)}
.range b{color:var(--fg)}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;padding:4px 8px;border-bottom:1px solid var(--line)}
th{font-weight:600;background:var(--bg)}
td.num{font-variant-numeric:tabular-nums}
svg.timeline{display:block;margin-top:12px;max-width:100%;height:auto;font-family:inherit}
.none{color:var(--muted)}
@media print{header.top{background:none}.finding,.cluster{break-inside:avoid}}
";

/// Added to [`CSS`] only for a report with stories, so a report without
/// them stays byte for byte what it was before stories existed.
const STORY_CSS: &str = "
.story-index ol,.story-index ul{margin:0;padding-left:24px}
.story-index li{margin:0 0 8px}
.story-index li>a{font-weight:600}
.meta,.toll{font-size:13px;color:var(--muted)}
.toll{color:var(--fg)}
.quiet summary{cursor:pointer;color:var(--muted);margin:8px 0}
.story{margin:0 0 24px}
.story-head{border-bottom:1px solid var(--line);margin:0 0 12px;padding:0 0 6px}
.story-head p{margin:2px 0 0}
.story-head .sid{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);text-decoration:none}
.est{font-style:italic}
@media print{.story-head{break-after:avoid}}
";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::check_table::tests::sample;

    #[test]
    fn article_text_is_escaped() {
        let h = render(&sample());
        assert!(!h.contains("<script>alert(1)</script>"));
        assert!(!h.contains("<script"));
        assert!(h.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(h.contains("document.title=&#39;pwned&#39;"));
        assert!(h.contains("Trade Journal &amp; Review"));
        assert!(h.contains("&quot;Journal&quot;"));
        assert_eq!(
            esc(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn self_contained() {
        let h = render(&sample());
        assert!(h.starts_with("<!DOCTYPE html>"));
        assert!(h.contains("default-src 'none'"));
        for bad in ["http://", "https://", "src=", "@import", "url("] {
            assert!(!h.contains(bad), "found {bad}");
        }
    }

    #[test]
    fn findings_marked_and_anchored() {
        let h = render(&sample());
        for f in &sample().findings {
            assert!(h.contains(&format!("id=\"{}\"", f.id)));
        }
        assert!(h.contains("<mark>At least 15 people</mark>"));
        assert_eq!(h.matches("<svg class=\"timeline\"").count(), 1);
        assert_eq!(render(&sample()), h);
    }

    #[test]
    fn story_index_links_every_story_with_findings() {
        use crate::report::check_table::tests::with_stories;
        let r = with_stories();
        let h = render(&r);
        let nav = &h[h.find("<nav class=\"story-index\"").unwrap()..h.find("</nav>").unwrap()];
        let groups = group::by_story(&r);
        let mut last = 0;
        for g in &groups {
            let anchor = match g.story {
                Some(s) => format!("story-{}", s.id),
                None => ACROSS_ANCHOR.to_string(),
            };
            // Linked from the index, in group order, and the section exists
            // once.
            let link = nav.find(&format!("href=\"#{anchor}\"")).expect(&anchor);
            assert!(link > last, "{anchor} out of order");
            last = link;
            assert_eq!(
                h.matches(&format!("id=\"{anchor}\"")).count(),
                1,
                "{anchor}"
            );
        }
        assert!(nav.contains("<span class=\"badge error\">1 error</span>"));
        assert!(nav.contains("Toll: killed 3 (2–3), injured 4"));
        // Quiet stories: listed in the closed details, with no link.
        let quiet = &nav[nav.find("<details").unwrap()..];
        assert!(quiet.contains("2 stories with no findings"));
        assert!(quiet.contains("Council approves budget for Riverside Park"));
        assert!(!quiet.contains("href="));
        // The planted title stays text.
        assert!(!h.contains("<script"));
        assert!(h.contains("Port workers walk out over pay &lt;script&gt;"));
        // Estimated dates are marked; clusters name their story.
        assert!(h.contains("<span class=\"est\" title=\"estimated from the dates of its story\">est. 2025-03-01–2025-03-03</span>"));
        assert!(h.contains("<td>est. 2025-03-01–2025-03-03</td>"));
        assert!(h.contains("<p class=\"see\">Story <a href=\"#story-s-5e1a0c37\">Gunman kills two"));
        assert!(h.contains("<p class=\"see\">Across stories</p>"));
    }

    /// A report without stories renders as it did before stories existed
    /// (this snapshot was checked byte for byte against that printer).
    #[test]
    fn snapshot_without_stories() {
        insta::assert_snapshot!(render(&sample()));
    }

    #[test]
    fn stories_without_findings_all_quiet() {
        let mut r = crate::report::check_table::tests::with_stories();
        r.findings.clear();
        let h = render(&r);
        assert!(h.contains("5 stories in this batch, 0 with findings."));
        assert!(h.contains("<summary>5 stories with no findings</summary>"));
        assert!(!h.contains("<ol>") && !h.contains("href=\"#story-"));
        assert!(h.contains("No findings: 4 clusters consistent."));
    }

    #[test]
    fn no_stories_no_index() {
        let h = render(&sample());
        assert!(!h.contains("story-index") && !h.contains("class=\"story"));
    }
}
