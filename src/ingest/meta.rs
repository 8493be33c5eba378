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
    // The usual `YYYY-MM-DD` read by hand: chrono's format parser took
    // about 1,300 instructions an article. Any other form, and a day that
    // does not exist, go the general way below.
    if let Some(d) = plain_ymd(s) {
        return Some(d);
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    None
}

/// `s` as exactly four, two and two ASCII digits joined by `-`, when that
/// names a day.
fn plain_ymd(s: &str) -> Option<NaiveDate> {
    let b: &[u8; 10] = s.as_bytes().try_into().ok()?;
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(digits(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)
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

    /// The hand reading of `YYYY-MM-DD` gives what chrono's format does,
    /// on well-formed, impossible and malformed dates.
    #[test]
    fn plain_dates_read_as_chrono_reads_them() {
        let chrono = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        for s in [
            "2025-07-14",
            "0000-01-01",
            "9999-12-31",
            "2024-02-29",
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-01-00",
            "2025-01-32",
            "2025-1-014",
            "2025/07/14",
            "20250-7-14",
            "+025-07-14",
            "2025-07-1a",
            "2025-07-14Z",
            "2025-07-1",
            " 2025-07-1",
        ] {
            if let Some(d) = plain_ymd(s) {
                assert_eq!(Some(d), chrono(s), "{s}");
            }
            assert_eq!(
                parse_date(s),
                chrono(s.trim()).or_else(|| {
                    DateTime::parse_from_rfc3339(s.trim())
                        .ok()
                        .map(|d| d.date_naive())
                }),
                "{s}"
            );
        }
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

/// Fills what an article's metadata left out from the article itself:
/// scraped pages often carry their date on a short line near the top
/// ("Tuesday 2 Jul 2013", "Updated: July 2, 2013 15:01 IST") and their
/// outlet only in the URL. Without a publication date half the dates in news
/// cannot be placed, so a visible one is better than none.
pub fn infer_missing(article: &mut Article) {
    if article.published.is_none() {
        article.published = date_near_top(&article.text, article.body_start);
    }
    if article.source.is_none() {
        article.source = article.url.as_deref().and_then(host);
    }
}

/// A single full date (with its year) on one of the first short lines.
fn date_near_top(text: &str, from: usize) -> Option<NaiveDate> {
    let body = text.get(from..)?;
    for line in body
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(6)
    {
        if line.chars().count() > 90 {
            continue;
        }
        let found = crate::extract::dates::find_dates(line, None)
            .into_iter()
            .find_map(|m| m.span.filter(|s| s.start == s.end).map(|s| s.start));
        if found.is_some() {
            return found;
        }
    }
    None
}

/// `https://www.bbc.co.uk/news/…` → `bbc.co.uk`.
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#', ':']).next()?.trim();
    let host = host.strip_prefix("www.").unwrap_or(host);
    (host.contains('.') && !host.is_empty()).then(|| host.to_ascii_lowercase())
}

#[cfg(test)]
mod infer_tests {
    use super::*;

    #[test]
    fn date_line_and_host() {
        let mut a = Article {
            text: "Quake hits Aceh\nTuesday 2 Jul 2013\nA strong quake killed 5 people.".into(),
            url: Some("http://www.example-news.com/world/1".into()),
            ..Article::default()
        };
        infer_missing(&mut a);
        assert_eq!(a.published, NaiveDate::from_ymd_opt(2013, 7, 2));
        assert_eq!(a.source.as_deref(), Some("example-news.com"));
    }

    #[test]
    fn no_date_no_guess() {
        let mut a = Article {
            text: "A quake killed 5 people on Tuesday.".into(),
            ..Article::default()
        };
        infer_missing(&mut a);
        assert_eq!(a.published, None);
    }
}
