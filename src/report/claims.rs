//! `extract` output: table, JSON Lines, YAML.

use super::fmt;
use crate::model::Claim;
use comfy_table::{ContentArrangement, Table};

/// One JSON object per claim, one per line.
pub fn jsonl(claims: &[Claim]) -> String {
    let mut out = String::new();
    for c in claims {
        // Serialising plain data to a string cannot fail.
        out.push_str(&serde_json::to_string(c).unwrap_or_default());
        out.push('\n');
    }
    out
}

/// A YAML sequence item per claim (concatenated chunks stay one sequence).
pub fn yaml(claims: &[Claim]) -> String {
    if claims.is_empty() {
        return String::new();
    }
    serde_saphyr::to_string(&claims).unwrap_or_default()
}

/// A table for people, `width` columns wide.
pub fn table(claims: &[Claim], width: u16) -> String {
    let mut t = Table::new();
    t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width)
        .set_header(vec!["where", "kind", "figure", "date", "subject", "text"]);
    for c in claims {
        let figure = c
            .value
            .as_ref()
            .map(|v| fmt::value(v, c.approx))
            .unwrap_or_default();
        let date = match (&c.date, &c.date_text) {
            (Some(d), _) => fmt::span(d),
            (None, Some(t)) => format!("? ({t})"),
            _ => String::new(),
        };
        let date = match c.date_role {
            Some(r) if !date.is_empty() && r.as_str() != "event" => {
                format!("{date} {}", r.as_str())
            }
            _ => date,
        };
        t.add_row(vec![
            format!("{}:{}:{}", c.article, c.line, c.column),
            fmt::kind(c),
            figure,
            date,
            c.subject.clone().unwrap_or_default(),
            c.text.clone(),
        ]);
    }
    let mut s = t.to_string();
    s.push('\n');
    s
}
