//! `history`: how a quantity's reported figure moved over time, by source,
//! read from the ledger.

use crate::ledger::{rows, Ledger, LedgerError};
use crate::model::Claim;
use crate::report::fmt;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, ContentArrangement, Table};
use serde::Serialize;

/// One reported figure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    /// Publication date of the article.
    pub published: Option<chrono::NaiveDate>,
    /// The outlet.
    pub source: Option<String>,
    /// The article id.
    pub article: String,
    /// The figure as a reader writes it (`at least 15 people`).
    pub figure: String,
    /// Lower bound.
    #[serde(serialize_with = "crate::model::whole_if_integral")]
    pub low: Option<f64>,
    /// Upper bound.
    #[serde(serialize_with = "crate::model::whole_if_integral")]
    pub high: Option<f64>,
    /// Hedged.
    pub approx: bool,
    /// The exact words.
    pub text: String,
    /// Who the article credits.
    pub attribution: Option<String>,
    /// The article's revision in the ledger (1 for the first text seen).
    pub revision: i64,
    /// Whether a later revision of the article replaced this one.
    pub replaced: bool,
}

/// One quantity's figures, ordered by date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    /// Claim kind.
    pub kind: String,
    /// Measure within the kind.
    pub measure: Option<String>,
    /// Canonical subject.
    pub subject: Option<String>,
    /// `additional`, `total` …
    pub qualifier: Option<String>,
    /// Unit of the figures.
    pub unit: String,
    /// The figures.
    pub figures: Vec<Point>,
}

/// The figures of `series` reported by `articles` (a story's articles,
/// sorted); series left with none are dropped.
pub fn in_story(series: Vec<Series>, articles: &[String]) -> Vec<Series> {
    series
        .into_iter()
        .filter_map(|mut s| {
            s.figures
                .retain(|p| articles.binary_search(&p.article).is_ok());
            (!s.figures.is_empty()).then_some(s)
        })
        .collect()
}

/// The series matching `kind` and `subject` (case-insensitive; subject
/// matches the canonical or the written name). Figures from revisions an
/// article later replaced are included and marked `replaced`.
pub fn series(
    ledger: &Ledger,
    kind: Option<&str>,
    subject: Option<&str>,
) -> Result<Vec<Series>, LedgerError> {
    // Case-insensitive by `lower()`, which both backends have; the order
    // is set here, not by SQL, so that it does not depend on a server's
    // collation or on where it sorts NULLs.
    let sql = format!(
        "SELECT {} FROM claims WHERE unit IS NOT NULL \
         AND (CAST(?1 AS TEXT) IS NULL OR lower(kind) = lower(?1)) \
         AND (CAST(?2 AS TEXT) IS NULL OR lower(subject_key) = lower(?2) OR lower(subject) = lower(?2))",
        rows::COLUMNS
    );
    let mut found: Vec<(Claim, String, i64, bool)> = Vec::new();
    ledger.read(|db| {
        db.each(&sql, &[kind.into(), subject.into()], |r| {
            found.push((
                rows::claim(r),
                r[5].text().unwrap_or_default(),
                r[1].int().unwrap_or(1),
                r[2].int().unwrap_or(1) != 0,
            ))
        })
    })?;
    found.sort_by(|(a, ak, ar, _), (b, bk, br, _)| {
        let unit = |c: &Claim| c.value.as_ref().map(|v| v.unit.clone());
        (
            &a.kind,
            &a.measure,
            ak,
            &a.qualifier,
            unit(a),
            a.published,
            &a.source,
            &a.article,
            ar,
            a.start,
        )
            .cmp(&(
                &b.kind,
                &b.measure,
                bk,
                &b.qualifier,
                unit(b),
                b.published,
                &b.source,
                &b.article,
                br,
                b.start,
            ))
    });
    let mut out: Vec<Series> = Vec::new();
    for (c, key, revision, current) in found {
        let Some(v) = c.value.clone() else { continue };
        let subject = (!key.is_empty()).then_some(key);
        let same = out.last().is_some_and(|s| {
            s.kind == c.kind
                && s.measure == c.measure
                && s.subject == subject
                && s.qualifier == c.qualifier
                && s.unit == v.unit
        });
        if !same {
            out.push(Series {
                kind: c.kind.clone(),
                measure: c.measure.clone(),
                subject,
                qualifier: c.qualifier.clone(),
                unit: v.unit.clone(),
                figures: Vec::new(),
            });
        }
        out.last_mut().expect("pushed").figures.push(Point {
            published: c.published,
            source: c.source.as_deref().map(str::to_string),
            article: c.article.to_string(),
            figure: fmt::value(&v, c.approx),
            low: v.low,
            high: v.high,
            approx: c.approx,
            text: c.text,
            attribution: c.attribution,
            revision,
            replaced: !current,
        });
    }
    Ok(out)
}

fn title(s: &Series) -> String {
    let mut t = s.kind.clone();
    if let Some(m) = &s.measure {
        t.push_str(&format!(" / {m}"));
    }
    if let Some(q) = &s.qualifier {
        t.push_str(&format!(" ({q})"));
    }
    if let Some(subj) = &s.subject {
        t.push_str(&format!(" — {subj}"));
    }
    t
}

/// The series as tables, one per quantity.
pub fn table(series: &[Series], width: u16) -> String {
    if series.is_empty() {
        return "no figures in the ledger match\n".into();
    }
    let mut out = String::new();
    for s in series {
        out.push_str(&title(s));
        out.push('\n');
        let mut t = Table::new();
        t.load_style(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(width);
        t.set_header(["published", "source", "figure", "article", "attribution"]);
        for p in &s.figures {
            t.add_row([
                Cell::new(
                    p.published
                        .map(|d| d.to_string())
                        .unwrap_or_else(|| "—".into()),
                ),
                Cell::new(p.source.as_deref().unwrap_or("—")),
                Cell::new(&p.figure),
                Cell::new(match (p.revision, p.replaced) {
                    (1, false) => p.article.clone(),
                    (r, false) => format!("{} (revision {r})", p.article),
                    (r, true) => format!("{} (revision {r}, later revised)", p.article),
                }),
                Cell::new(p.attribution.as_deref().unwrap_or("")),
            ]);
        }
        out.push_str(&t.to_string());
        out.push_str("\n\n");
    }
    out
}

/// The series as pretty JSON (an array).
pub fn json(series: &[Series]) -> String {
    let mut s = serde_json::to_string_pretty(series).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}
