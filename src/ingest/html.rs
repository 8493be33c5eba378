//! Saved web pages: the article text via `dom_smoothie` (a Readability
//! port), metadata from meta tags, and a plain body-text fallback when the
//! page has no recognisable article.

use super::meta::{parse_date_lenient, Meta};
use super::{problem, Level, Problem};
use crate::model::Article;
use chrono::NaiveDate;
use dom_smoothie::{Config, Readability, TextMode};

/// What was taken from a page.
#[derive(Debug, Default, PartialEq)]
pub struct Page {
    /// Plain text, paragraphs separated by blank lines.
    pub text: String,
    /// `og:title`, else `<title>`.
    pub title: Option<String>,
    /// `og:site_name` (or a JSON-LD publisher).
    pub source: Option<String>,
    /// The canonical URL.
    pub url: Option<String>,
    /// The publication date from meta tags, JSON-LD or `<time datetime>`.
    pub published: Option<NaiveDate>,
    /// Things worth a Warning: fallback extraction, an unreadable date.
    pub warnings: Vec<String>,
}

// Meta keys for the publication date, in order of trust: Open Graph and
// schema.org stamps are written by CMSes, `date`/`pubdate` are older habits.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dcterms.date",
];

/// Extracts a page. Never panics: a panic inside the HTML library is
/// turned into the body-text fallback, because one odd page must not end
/// the batch.
pub fn extract(html: &str) -> Page {
    std::panic::catch_unwind(|| extract_inner(html)).unwrap_or_else(|_| Page {
        text: String::new(),
        warnings: vec!["HTML could not be parsed".into()],
        ..Page::default()
    })
}

fn extract_inner(html: &str) -> Page {
    let mut r = Readability::from(html);
    let metas = meta_tags(&r);
    let get = |k: &str| {
        metas
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let mut page = Page {
        title: get("og:title").or_else(|| non_empty(r.doc.select("title").text().to_string())),
        source: get("og:site_name"),
        url: r
            .doc
            .select("link[rel=canonical]")
            .attr("href")
            .map(|h| h.trim().to_string()),
        ..Page::default()
    };
    page.url = page.url.filter(|u| !u.is_empty()).or_else(|| get("og:url"));
    let mut dates: Vec<String> = DATE_KEYS.iter().filter_map(|k| get(k)).collect();
    // JSON-LD ranks just after the three structured meta keys.
    let structured = DATE_KEYS[..3].iter().filter(|k| get(k).is_some()).count();
    // JSON-LD is read here rather than from the parsed article so that it
    // counts even when Readability finds no article.
    let ld = r.parse_json_ld().unwrap_or_default();
    if let Some(p) = ld.published_time {
        dates.insert(structured, p);
    }
    if let Some(t) = r.doc.select("time[datetime]").attr("datetime") {
        dates.push(t.to_string());
    }
    page.source = page.source.or(ld.site_name);
    page.url = page.url.or(ld.url);

    strip_furniture(&r);
    r.config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    match r.parse() {
        Ok(a) if !a.text_content.trim().is_empty() => {
            page.text = paragraphs(&a.text_content);
            if let Some(p) = a.published_time {
                // Dublin Core keys that dom_smoothie knows and we do not.
                dates.push(p);
            }
            page.title = page.title.or_else(|| non_empty(a.title));
            page.source = page.source.or(a.site_name);
            page.url = page.url.or(a.url);
        }
        other => {
            let why = match other {
                Err(e) => e.to_string(),
                Ok(_) => "no article text found".into(),
            };
            page.warnings
                .push(format!("{why}; using the whole page text"));
            // Parsing rewrote the tree, so the fallback starts afresh.
            let fresh = Readability::from(html);
            strip_furniture(&fresh);
            page.text = body_text(&fresh);
        }
    }
    page.published = dates.iter().find_map(|d| parse_date_lenient(d));
    if page.published.is_none() {
        if let Some(d) = dates.first() {
            page.warnings
                .push(format!("unrecognised publication date {d:?}"));
        }
    }
    page
}

/// An HTML page as an article; `sources.yaml` fills what the page lacks.
pub fn article(id: &str, path: &str, html: &str, beside: Option<&Meta>) -> (Article, Vec<Problem>) {
    let page = extract(html);
    let mut a = Article {
        id: id.to_string(),
        path: Some(path.to_string()),
        source: page.source,
        url: page.url,
        title: page.title,
        published: page.published,
        text: page.text,
        ..Article::default()
    };
    if let Some(m) = beside {
        let _ = m.fill(&mut a);
    }
    let problems = page
        .warnings
        .into_iter()
        .map(|w| problem(path, Level::Warning, w));
    (a, problems.collect())
}

/// `(key, content)` of every meta tag, key lower-cased from `property`,
/// `name` or `itemprop`, in document order.
fn meta_tags(r: &Readability) -> Vec<(String, String)> {
    let sel = r.doc.select("meta[content]");
    sel.nodes()
        .iter()
        .filter_map(|n| {
            let key = n
                .attr("property")
                .or_else(|| n.attr("name"))
                .or_else(|| n.attr("itemprop"))?;
            let value = n.attr("content")?.trim().to_string();
            (!value.is_empty()).then(|| (key.trim().to_ascii_lowercase(), value))
        })
        .collect()
}

// Page furniture that Readability sometimes keeps when it sits next to the
// article's paragraphs (a cookie banner's <p> scores like text). None of it
// is news, and its figures ("143 partners", "27 comments") would become
// claims, so it goes before scoring.
const FURNITURE: &str = "nav, aside, footer, form, dialog, \
    [class*=cookie], [id*=cookie], [class*=consent], [id*=consent], [class*=gdpr], \
    [class*=related], [id*=related], [class*=comments], [id*=comments], \
    [class*=newsletter], [class*=share], [class*=social], [role=navigation]";

fn strip_furniture(r: &Readability) {
    r.doc.select(FURNITURE).remove();
}

fn body_text(r: &Readability) -> String {
    let doc = &r.doc;
    doc.select("script, style, noscript, template, header")
        .remove();
    let body = doc.select("body");
    let raw = if body.exists() {
        body.formatted_text()
    } else {
        doc.formatted_text()
    };
    paragraphs(&raw)
}

/// Normalises extracted text: lines trimmed, runs of blank lines collapsed
/// to one, so paragraphs are separated by exactly one blank line.
pub fn paragraphs(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut blank = false;
    for line in raw
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
    {
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        out.push_str(&line);
        blank = false;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

fn non_empty(s: String) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_are_separated_by_one_blank_line() {
        let raw = "\n  First   para\n\n\n\n Second\nline two \n\n";
        assert_eq!(paragraphs(raw), "First para\n\nSecond\nline two\n");
        assert_eq!(paragraphs(" \n\n"), "");
    }

    #[test]
    fn meta_dates_in_order_of_trust() {
        let html = r#"<html><head><meta name="date" content="2025-01-02">
            <meta property="og:published_time" content="2025-01-01T23:00:00-05:00">
            </head><body><p>Text.</p></body></html>"#;
        assert_eq!(extract(html).published.unwrap().to_string(), "2025-01-01");
        let html =
            r#"<html><body><time datetime="2025-03-04T10:00">4 March</time><p>x</p></body></html>"#;
        assert_eq!(extract(html).published.unwrap().to_string(), "2025-03-04");
        // JSON-LD outranks a bare `date` meta tag and `<time>`.
        let html = r#"<html><head><meta name="date" content="2025-02-02">
            <script type="application/ld+json">{"@context":"https://schema.org",
            "@type":"NewsArticle","datePublished":"2025-02-01"}</script>
            </head><body><time datetime="2025-03-04">x</time><p>x</p></body></html>"#;
        assert_eq!(extract(html).published.unwrap().to_string(), "2025-02-01");
    }

    #[test]
    fn pages_without_an_article_fall_back_with_a_warning() {
        let page = extract("<html><body><nav>Menu</nav><div>Only 3 words here</div></body></html>");
        assert!(page.text.contains("Only 3 words here"), "{page:?}");
        assert!(!page.text.contains("Menu"));
        // JSON-LD still counts when there is no article to find.
        let ld = r#"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2025-06-30","publisher":{"@type":"Organization","name":"Civic Ledger"}}</script></head><body></body></html>"#;
        let page = extract(ld);
        assert_eq!(page.source.as_deref(), Some("Civic Ledger"));
        assert_eq!(page.published.unwrap().to_string(), "2025-06-30");
        let empty = extract("");
        assert!(empty.text.is_empty());
        assert!(!empty.warnings.is_empty());
    }
}
