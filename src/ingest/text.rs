//! Plain-text articles (`.txt`, `.md`, plain standard input): YAML front
//! matter, a `date YYYY-MM-DD` first line and a news dateline, all of which
//! come before the body. The text itself is never rewritten, so claim
//! offsets count from the start of the file; only `body_start` moves.

use super::meta::Meta;
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

/// What was found at the head of a plain-text article.
#[derive(Debug, Default, PartialEq)]
pub struct Head {
    /// Metadata from a front matter block.
    pub front: Option<Meta>,
    /// A front matter block that is not valid YAML: 1-based file line (when
    /// known) and what is wrong. The block is still skipped as non-body.
    pub front_error: Option<(Option<usize>, String)>,
    /// The date from a `date YYYY-MM-DD` line.
    pub date_line: Option<NaiveDate>,
    /// A `date` line whose date does not exist (e.g. `2025-02-30`).
    pub date_line_error: Option<String>,
    /// A dateline such as `KYIV, Ukraine, July 4 (AP) —`.
    pub dateline: Option<Dateline>,
    /// Byte offset where the body begins.
    pub body_start: usize,
}

/// A parsed dateline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline {
    /// The place, title-cased (`WASHINGTON` → `Washington`).
    pub place: String,
    /// Month and day, when the dateline gives them.
    pub month_day: Option<(u32, u32)>,
    /// The agency in parentheses, e.g. `Reuters`.
    pub agency: Option<String>,
    /// The state, province or country after the place, as written
    /// (`Wash.` in `TACOMA, Wash. (KPSN) —`).
    pub region: Option<String>,
}

static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*(?:\r?\n|$))").unwrap()
});

// An upper-case place, an optional region in any case (`Ukraine`), an
// optional month and day, an optional agency in parentheses, then a dash.
// At least the date or the agency must be present (checked in code): a bare
// `WORD -` at the top of a page is more often a heading than a dateline.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    let month = "January|February|March|April|May|June|July|August|September|October|\
                 November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    Regex::new(&format!(
        r"^(?P<place>[A-Z][A-Z.'’\-]*(?: [A-Z][A-Z.'’\-]*)*)(?:, +(?P<region>[A-Z][A-Za-z.'’\-]*(?: [A-Z][A-Za-z.'’\-]*)*))?(?:, +(?P<month>{month})\.? +(?P<day>\d{{1,2}}))? *(?:\((?P<agency>[^()\n]{{1,40}})\))? *(?:--|[-–—]) *"
    ))
    .unwrap()
});

/// Finds front matter, a date line and a dateline at the head of `text`.
pub fn parse_head(text: &str) -> Head {
    let mut head = Head::default();
    let mut pos = if text.starts_with('\u{feff}') { 3 } else { 0 };
    if let Some((yaml, yaml_line, end)) = front_matter(&text[pos..]) {
        match parse_front(yaml) {
            Ok(m) => head.front = Some(m),
            Err((line, msg)) => {
                head.front_error = Some((line.map(|l| l + yaml_line - 1), msg));
            }
        }
        pos += end;
    }
    pos = skip_ws(text, pos);
    if let Some(c) = DATE_LINE.captures(&text[pos..]) {
        match NaiveDate::parse_from_str(&c[1], "%Y-%m-%d") {
            Ok(d) => head.date_line = Some(d),
            Err(_) => head.date_line_error = Some(format!("bad date {:?} in date line", &c[1])),
        }
        pos = skip_ws(text, pos + c[0].len());
    }
    if let Some((d, len)) = dateline(&text[pos..]) {
        head.dateline = Some(d);
        pos = skip_ws(text, pos + len);
    }
    head.body_start = pos;
    head
}

fn skip_ws(text: &str, pos: usize) -> usize {
    let rest = &text[pos..];
    pos + (rest.len() - rest.trim_start().len())
}

/// The YAML between a leading `---` line and the next `---` (or `...`)
/// line: (yaml, 1-based file line of its first line, byte length of the
/// whole block). Without a closing line there is no front matter: a story
/// may well open with a horizontal rule.
fn front_matter(text: &str) -> Option<(&str, usize, usize)> {
    let first_end = text.find('\n')?;
    if text[..first_end].trim_end() != "---" {
        return None;
    }
    let body = first_end + 1;
    let mut at = body;
    for line in text[body..].split_inclusive('\n') {
        let t = line.trim_end();
        if t == "---" || t == "..." {
            return Some((&text[body..at], 2, at + line.len()));
        }
        at += line.len();
    }
    None
}

/// Parses a front matter block; an error carries the 1-based line within
/// the block when the YAML library knows it.
pub fn parse_front(yaml: &str) -> Result<Meta, (Option<usize>, String)> {
    if yaml.trim().is_empty() {
        return Ok(Meta::default());
    }
    serde_saphyr::from_str::<Meta>(yaml).map_err(|e| {
        let line = e.location().map(|l| l.line() as usize);
        (line, yaml_message(&e))
    })
}

/// The first line of a YAML error, without the snippet the library renders
/// below it: problems are reported on one line.
pub fn yaml_message(e: &serde_saphyr::Error) -> String {
    let s = e.to_string();
    let first = s.lines().next().unwrap_or("invalid YAML").trim();
    format!("invalid YAML: {first}")
}

/// Recognises a dateline at the start of `s`: (dateline, byte length).
pub fn dateline(s: &str) -> Option<(Dateline, usize)> {
    let c = DATELINE.captures(s)?;
    let place = c.name("place")?.as_str();
    let agency = c.name("agency").map(|m| m.as_str().trim().to_string());
    let month_day = match (c.name("month"), c.name("day")) {
        (Some(m), Some(d)) => Some((month_number(m.as_str())?, d.as_str().parse().ok()?)),
        _ => None,
    };
    let letters = place.chars().filter(|c| c.is_ascii_uppercase()).count();
    if letters < 2 || (agency.is_none() && month_day.is_none()) {
        return None;
    }
    let d = Dateline {
        place: title_case(place),
        month_day,
        agency: agency.filter(|a| !a.is_empty()),
        region: c.name("region").map(|m| m.as_str().to_string()),
    };
    Some((d, c[0].len()))
}

fn month_number(name: &str) -> Option<u32> {
    let key = name.get(..3)?.to_ascii_lowercase();
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    months.iter().position(|m| *m == key).map(|i| i as u32 + 1)
}

fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for ch in s.chars() {
        if start {
            out.push(ch);
        } else {
            out.extend(ch.to_lowercase());
        }
        start = matches!(ch, ' ' | '-');
    }
    out
}

/// The date a month and day stand for, counted back from `published`: the
/// year that puts it nearest on or before the publication date (a dateline
/// never lies in the future of its own article). Feb 29 may need a few
/// years back to exist.
pub fn resolve_month_day(month: u32, day: u32, published: NaiveDate) -> Option<NaiveDate> {
    (0..8)
        .filter_map(|back| NaiveDate::from_ymd_opt(published.year() - back, month, day))
        .find(|d| *d <= published)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn seed_style_single_line_head() {
        let t = " date 2025-06-23 WASHINGTON, June 17 (Reuters) – U.S. officials said.";
        let h = parse_head(t);
        assert_eq!(h.date_line, Some(d(2025, 6, 23)));
        let dl = h.dateline.unwrap();
        assert_eq!(dl.place, "Washington");
        assert_eq!(dl.month_day, Some((6, 17)));
        assert_eq!(dl.agency.as_deref(), Some("Reuters"));
        assert_eq!(&t[h.body_start..], "U.S. officials said.");
    }

    #[test]
    fn datelines_with_region_or_without_date() {
        let (dl, n) = dateline("KYIV, Ukraine, July 4 (AP) — Sirens sounded.").unwrap();
        assert_eq!((dl.place.as_str(), dl.month_day), ("Kyiv", Some((7, 4))));
        assert_eq!(
            &"KYIV, Ukraine, July 4 (AP) — Sirens sounded."[n..],
            "Sirens sounded."
        );
        let (dl, _) = dateline("LONDON (Reuters) - Markets fell.").unwrap();
        assert_eq!((dl.place.as_str(), dl.month_day), ("London", None));
        let (dl, _) = dateline("NEW YORK, Sept. 3 -- Stocks rose.").unwrap();
        assert_eq!(
            (dl.place.as_str(), dl.month_day, dl.agency),
            ("New York", Some((9, 3)), None)
        );
    }

    #[test]
    fn ordinary_openings_are_not_datelines() {
        assert!(dateline("The minister said - twice - that").is_none());
        assert!(dateline("NATO - the alliance").is_none());
        assert!(dateline("A (small) step -").is_none());
    }

    #[test]
    fn front_matter_then_body() {
        let t = "---\ntitle: Aid vote\npublished: 2025-07-02\nextra: 1\n---\n\nThe vote passed.";
        let h = parse_head(t);
        let m = h.front.unwrap();
        assert_eq!(m.title.as_deref(), Some("Aid vote"));
        assert_eq!(m.published.as_deref(), Some("2025-07-02"));
        assert_eq!(&t[h.body_start..], "The vote passed.");
    }

    #[test]
    fn broken_front_matter_names_its_file_line() {
        let t = "---\ntitle: ok\npublished: [unclosed\n---\nBody.";
        let h = parse_head(t);
        let (line, msg) = h.front_error.unwrap();
        assert!(line.is_some_and(|l| (2..=5).contains(&l)), "{line:?}");
        assert!(!msg.contains('\n'));
        assert_eq!(&t[h.body_start..], "Body.");
    }

    #[test]
    fn unclosed_rule_is_text() {
        let t = "---\nJust a rule and text.";
        let h = parse_head(t);
        assert_eq!(h.front, None);
        assert_eq!(h.body_start, 0);
    }

    #[test]
    fn month_day_resolves_backwards_from_publication() {
        assert_eq!(
            resolve_month_day(6, 17, d(2025, 6, 23)),
            Some(d(2025, 6, 17))
        );
        assert_eq!(
            resolve_month_day(12, 30, d(2025, 1, 2)),
            Some(d(2024, 12, 30))
        );
        assert_eq!(
            resolve_month_day(2, 29, d(2025, 3, 1)),
            Some(d(2024, 2, 29))
        );
        assert_eq!(resolve_month_day(2, 30, d(2025, 3, 1)), None);
    }

    #[test]
    fn bad_date_line_is_reported_and_skipped() {
        let h = parse_head("date 2025-02-30\nBody.");
        assert!(h.date_line_error.is_some());
        assert_eq!(h.body_start, 16);
    }
}

#[cfg(test)]
mod prop {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        // Scraped pages open with anything; the head parser must not panic
        // and must leave body_start on a character boundary.
        #[test]
        fn head_never_panics(s in "(\u{feff})?(---\n)?[ -~\n–—é]{0,80}(---\n)?[ -~\n–—]{0,80}") {
            let h = parse_head(&s);
            prop_assert!(h.body_start <= s.len());
            prop_assert!(s.is_char_boundary(h.body_start));
        }

        #[test]
        fn datelines_never_panic(s in "[A-Z ,.()0-9a-z–—-]{0,60}") {
            let _ = dateline(&s);
        }
    }
}
