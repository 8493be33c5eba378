//! Building an [`Article`] from a plain-text file: which metadata wins.

use super::meta::Meta;
use super::text::{parse_head, resolve_month_day};
use super::{Level, Problem};
use crate::model::Article;

/// Builds the article for a `.txt`/`.md` text. Metadata precedence: front
/// matter, then the `date` line, then `sources.yaml` (`beside`), then the
/// dateline's agency as the source of last resort. The dateline's month and
/// day are resolved against whichever publication date won.
pub fn build(id: &str, path: &str, text: String, beside: Option<&Meta>) -> (Article, Vec<Problem>) {
    let head = parse_head(&text);
    let mut problems = Vec::new();
    let mut warn = |line, message| {
        problems.push(Problem {
            level: Level::Warning,
            path: path.to_string(),
            line,
            message,
        })
    };
    let mut a = Article {
        id: id.to_string(),
        path: Some(path.to_string()),
        body_start: head.body_start,
        ..Article::default()
    };
    if let Some((line, msg)) = head.front_error {
        warn(line, format!("front matter ignored: {msg}"));
    }
    if let Some(m) = &head.front {
        if let Err(msg) = m.fill(&mut a) {
            warn(None, format!("front matter: {msg}"));
        }
    }
    if let Some(msg) = head.date_line_error {
        warn(None, msg);
    }
    if a.published.is_none() {
        a.published = head.date_line;
    }
    if let Some(m) = beside {
        // Bad dates in sources.yaml were reported (and dropped) on loading.
        let _ = m.fill(&mut a);
    }
    if let Some(dl) = head.dateline {
        a.dateline_place = Some(dl.place);
        a.dateline_date = match (dl.month_day, a.published) {
            (Some((m, d)), Some(p)) => resolve_month_day(m, d, p),
            _ => None,
        };
        if a.source.is_none() {
            a.source = dl.agency;
        }
    }
    a.text = text;
    (a, problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_fill_gaps_but_own_metadata_wins() {
        let beside = Meta {
            source: Some("Civic Ledger".into()),
            published: Some("2025-07-20".into()),
            title: Some("From sources".into()),
            url: None,
        };
        let text = "---\ntitle: Own title\n---\nBody text.".to_string();
        let (a, p) = build("x", "x.md", text, Some(&beside));
        assert!(p.is_empty());
        assert_eq!(a.title.as_deref(), Some("Own title"));
        assert_eq!(a.source.as_deref(), Some("Civic Ledger"));
        assert_eq!(a.published.unwrap().to_string(), "2025-07-20");
    }

    #[test]
    fn dateline_agency_and_date_use_the_winning_publication_date() {
        let text = "ODESA, Jan 2 (Harbor Wire) — Body.".to_string();
        let beside = Meta {
            published: Some("2025-01-05".into()),
            ..Meta::default()
        };
        let (a, _) = build("o", "o.txt", text, Some(&beside));
        assert_eq!(a.source.as_deref(), Some("Harbor Wire"));
        assert_eq!(a.dateline_place.as_deref(), Some("Odesa"));
        assert_eq!(a.dateline_date.unwrap().to_string(), "2025-01-02");
        assert_eq!(&a.text[a.body_start..], "Body.");
    }

    #[test]
    fn dateline_without_publication_date_has_no_date() {
        let (a, _) = build("o", "o.txt", "ODESA, Jan 2 (AP) - Body.".into(), None);
        assert_eq!((a.dateline_date, a.published), (None, None));
        assert_eq!(a.source.as_deref(), Some("AP"));
    }

    #[test]
    fn bad_front_matter_date_warns() {
        let (a, p) = build("b", "b.md", "---\npublished: soon\n---\nBody.".into(), None);
        assert_eq!(a.published, None);
        assert!(p[0].message.contains("soon"));
    }
}
