//! Article metadata shared by every input form (JSONL keys, front matter,
//! `sources.yaml` entries, HTML meta tags) and the date parsing they share.

use crate::model::Article;
use chrono::{DateTime, NaiveDate};
use serde::Deserialize;

/// Optional metadata keys as they appear in JSONL, front matter and
/// `sources.yaml`. Dates stay strings here so that a bad date can be
/// reported with its own message instead of a generic type error.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct Meta {
    /// The outlet.
    #[serde(default)]
    pub source: Option<String>,
    /// Where the article was published.
    #[serde(default)]
    pub url: Option<String>,
    /// `YYYY-MM-DD` or RFC 3339, unparsed.
    #[serde(default)]
    pub published: Option<String>,
    /// The headline.
    #[serde(default)]
    pub title: Option<String>,
}

impl Meta {
    /// Copies every field this metadata has into `article` where the article
    /// has none yet, so that metadata applied first wins. Returns an error
    /// message when `published` is present but not a date.
    pub fn fill(&self, article: &mut Article) -> Result<(), String> {
        fill_str(&mut article.source, &self.source);
        fill_str(&mut article.url, &self.url);
        fill_str(&mut article.title, &self.title);
        if let Some(p) = self.published.as_deref() {
            let d = parse_date(p).ok_or_else(|| bad_date(p))?;
            article.published.get_or_insert(d);
        }
        Ok(())
    }
}

fn fill_str(slot: &mut Option<String>, value: &Option<String>) {
    if slot.is_none() {
        // Blank strings are treated as absent: a `title: ""` carries nothing.
        if let Some(v) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            *slot = Some(v.to_string());
        }
    }
}

/// The message for an unparseable `published` value.
pub fn bad_date(value: &str) -> String {
    format!("bad date {value:?} in `published` (expected YYYY-MM-DD or RFC 3339)")
}

/// Parses `YYYY-MM-DD` or an RFC 3339 timestamp into the calendar date
/// written in it. The date is taken in the timestamp's own offset, not
/// converted to UTC: an article stamped `2025-07-01T00:30:00+03:00` was
/// published on July 1 where it was written.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    None
}

/// Lenient date parsing for web pages, whose meta tags often carry
/// `2025-07-14 09:30`, `2025-07-14T09:30:00` (no offset) or
/// `2025-07-14T09:30:00.000Z`: the leading `YYYY-MM-DD` is what counts.
pub fn parse_date_lenient(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    parse_date(s).or_else(|| {
        let head = s.get(..10)?;
        let rest = &s[10..];
        if rest.is_empty() || rest.starts_with(['T', 't', ' ']) {
            NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
        } else {
            None
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_plain_and_rfc3339_keep_local_day() {
        assert_eq!(parse_date("2025-07-14"), Some(d(2025, 7, 14)));
        assert_eq!(parse_date("2025-07-01T00:30:00+03:00"), Some(d(2025, 7, 1)));
        assert_eq!(parse_date("2025-07-14Z"), None);
        assert_eq!(parse_date("14/07/2025"), None);
        assert_eq!(parse_date("2025-02-30"), None);
    }

    #[test]
    fn lenient_dates_take_the_leading_day() {
        assert_eq!(parse_date_lenient("2025-07-14 09:30"), Some(d(2025, 7, 14)));
        assert_eq!(
            parse_date_lenient("2025-07-14T09:30:00"),
            Some(d(2025, 7, 14))
        );
        assert_eq!(parse_date_lenient("2025-07-145"), None);
        assert_eq!(parse_date_lenient("July 14"), None);
    }

    #[test]
    fn fill_keeps_what_is_already_there() {
        let mut a = Article {
            source: Some("Own".into()),
            ..Article::default()
        };
        let m = Meta {
            source: Some("Other".into()),
            title: Some("  ".into()),
            published: Some("2025-08-01".into()),
            url: Some("https://x.test/a".into()),
        };
        m.fill(&mut a).unwrap();
        assert_eq!(a.source.as_deref(), Some("Own"));
        assert_eq!(a.title, None);
        assert_eq!(a.published, Some(d(2025, 8, 1)));
        let bad = Meta {
            published: Some("soon".into()),
            ..Meta::default()
        };
        assert!(bad.fill(&mut a).unwrap_err().contains("soon"));
    }
}
