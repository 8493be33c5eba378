//! The ledger's schema and the mapping between [`Claim`]s and rows.

use super::db::Val;
use crate::align::event_time;
use crate::config::Config;
use crate::model::{Claim, DateRole, DateSpan, Role, Scope, Value};
use chrono::NaiveDate;

/// The ledger format this crosscheck writes. SQLite keeps it in
/// `user_version`, PostgreSQL in the `ledger_meta` table.
pub const VERSION: i64 = 4;

/// The steps from an empty database to [`VERSION`]: step `i` takes a
/// ledger of format `i` to format `i + 1`, in the run's transaction. A new
/// table or column is a new step at the end; a step never changes once
/// released, since ledgers of every format exist.
///
/// The SQL is what both backends accept: `BIGINT` has integer affinity in
/// SQLite, `DOUBLE PRECISION` real affinity. Key columns (`measure`,
/// `subject_key`) hold `''` for none so that they compare equal in indexed
/// look-ups; `event_time` is the day number (from 1 CE) of [`event_time`].
pub const MIGRATIONS: [&str; VERSION as usize] = [
    // 1: articles, claims, findings seen.
    "
CREATE TABLE IF NOT EXISTS articles(
  id TEXT NOT NULL, revision BIGINT NOT NULL,
  source TEXT, url TEXT, title TEXT, published TEXT,
  content_hash TEXT NOT NULL, first_seen TEXT NOT NULL,
  PRIMARY KEY(id, revision));
CREATE TABLE IF NOT EXISTS claims(
  article TEXT NOT NULL, revision BIGINT NOT NULL, current BIGINT NOT NULL,
  kind TEXT NOT NULL, measure TEXT NOT NULL, subject_key TEXT NOT NULL,
  event_time BIGINT, subject TEXT, qualifier TEXT, unit TEXT,
  low DOUBLE PRECISION, high DOUBLE PRECISION, approx BIGINT NOT NULL,
  date_start TEXT, date_end TEXT, date_role TEXT, date_text TEXT,
  attribution TEXT, text TEXT NOT NULL, start_off BIGINT NOT NULL,
  end_off BIGINT NOT NULL, line BIGINT NOT NULL, col BIGINT NOT NULL,
  sentence TEXT NOT NULL, sentence_offset BIGINT NOT NULL,
  published TEXT, source TEXT);
CREATE INDEX IF NOT EXISTS claims_key ON claims(kind, measure, subject_key, event_time);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article, revision);
CREATE TABLE IF NOT EXISTS findings_seen(id TEXT PRIMARY KEY, first_seen TEXT NOT NULL);
",
    // 2: each claim's scope; editorial decisions, every one kept (the
    // latest per finding stands; `seq` orders them).
    "
ALTER TABLE claims ADD COLUMN scope TEXT NOT NULL DEFAULT 'story';
CREATE TABLE decisions(
  seq BIGINT PRIMARY KEY, finding TEXT NOT NULL, decision TEXT NOT NULL,
  note TEXT, by_name TEXT, date TEXT, recorded_at TEXT NOT NULL);
CREATE INDEX decisions_finding ON decisions(finding, seq);
",
    // 3: the story each article belongs to, with the fingerprint (JSON) a
    // later batch's articles are compared with, and its event day number.
    "
CREATE TABLE story_articles(
  article TEXT PRIMARY KEY, story TEXT NOT NULL, event BIGINT,
  fingerprint TEXT NOT NULL);
CREATE INDEX story_articles_event ON story_articles(event);
CREATE INDEX story_articles_story ON story_articles(story);
",
    // 4: a figure's part in a change (`from`, `to`, `change`), so that the
    // two ends of "from A to B" come back from the ledger as they were
    // extracted.
    "
ALTER TABLE claims ADD COLUMN role TEXT;
",
];

/// Each table and its columns, in the order `ledger export` writes them
/// and `ledger import` accepts them.
pub const TABLES: [(&str, &str, &str); 5] = [
    (
        "articles",
        "id, revision, source, url, title, published, content_hash, first_seen",
        "id, revision",
    ),
    (
        "claims",
        COLUMNS,
        "article, revision, start_off, end_off, kind",
    ),
    ("findings_seen", "id, first_seen", "id"),
    (
        "decisions",
        "seq, finding, decision, note, by_name, date, recorded_at",
        "seq",
    ),
    (
        "story_articles",
        "article, story, event, fingerprint",
        "article",
    ),
];

/// The claim columns, in the order [`insert`] binds and [`claim`] reads
/// them.
pub const COLUMNS: &str = "article, revision, current, kind, measure, subject_key, \
    event_time, subject, qualifier, unit, low, high, approx, date_start, date_end, \
    date_role, date_text, attribution, text, start_off, end_off, line, col, sentence, \
    sentence_offset, published, source, scope, role";

/// The most claim rows one `INSERT` carries (SQLite binds at most 32,766
/// parameters).
pub const INSERT_CHUNK: usize = 256;

/// The `INSERT` statement for `rows` claim rows.
pub fn insert_sql(rows: usize) -> String {
    let n = COLUMNS.split(',').count();
    let tuples: Vec<String> = (0..rows)
        .map(|r| {
            let marks: Vec<String> = (1..=n).map(|i| format!("?{}", r * n + i)).collect();
            format!("({})", marks.join(","))
        })
        .collect();
    format!("INSERT INTO claims({COLUMNS}) VALUES {}", tuples.join(","))
}

/// A day as the ledger stores event times.
pub fn day(d: NaiveDate) -> i64 {
    i64::from(chrono::Datelike::num_days_from_ce(&d))
}

/// The look-up key of a claim: kind, measure and canonical subject.
pub fn key(c: &Claim, config: &Config) -> (String, String, String) {
    (
        c.kind.clone(),
        c.measure.clone().unwrap_or_default(),
        c.subject
            .as_deref()
            .map(|s| config.canonical_name(s))
            .unwrap_or_default(),
    )
}

fn role(s: Option<String>) -> Option<DateRole> {
    match s.as_deref() {
        Some("event") => Some(DateRole::Event),
        Some("deadline") => Some(DateRole::Deadline),
        Some("effective") => Some(DateRole::Effective),
        Some("as_of") => Some(DateRole::AsOf),
        _ => None,
    }
}

fn date(s: Option<String>) -> Option<NaiveDate> {
    s.and_then(|s| s.parse().ok())
}

fn scope_str(s: Scope) -> &'static str {
    match s {
        Scope::Story => "story",
        Scope::Background => "background",
    }
}

/// The row of one claim of `revision` (`subject_key` precomputed), in
/// [`COLUMNS`] order.
pub fn values(c: &Claim, revision: i64, subject_key: &str) -> Vec<Val> {
    let v = c.value.as_ref();
    vec![
        (&*c.article).into(),
        revision.into(),
        1.into(),
        c.kind.as_str().into(),
        c.measure.as_deref().unwrap_or("").into(),
        subject_key.into(),
        event_time(c).map(day).into(),
        c.subject.as_deref().into(),
        c.qualifier.as_deref().into(),
        v.map(|v| v.unit.as_str()).into(),
        v.and_then(|v| v.low).into(),
        v.and_then(|v| v.high).into(),
        c.approx.into(),
        c.date.map(|d| d.start.to_string()).into(),
        c.date.map(|d| d.end.to_string()).into(),
        c.date_role.map(DateRole::as_str).into(),
        c.date_text.as_deref().into(),
        c.attribution.as_deref().into(),
        c.text.as_str().into(),
        (c.start as i64).into(),
        (c.end as i64).into(),
        (c.line as i64).into(),
        (c.column as i64).into(),
        (&*c.sentence).into(),
        (c.sentence_offset as i64).into(),
        c.published.map(|d| d.to_string()).into(),
        c.source.as_deref().into(),
        scope_str(c.scope).into(),
        c.role.map(Role::as_str).into(),
    ]
}

/// Rebuilds a claim from a row selected with [`COLUMNS`].
pub fn claim(r: &[Val]) -> Claim {
    let text = |i: usize| r.get(i).and_then(Val::text);
    let int = |i: usize| r.get(i).and_then(Val::int);
    let real = |i: usize| r.get(i).and_then(Val::real);
    let measure = text(4).unwrap_or_default();
    let start: Option<NaiveDate> = date(text(13));
    let end: Option<NaiveDate> = date(text(14));
    let n = |i| int(i).unwrap_or(0).max(0) as usize;
    Claim {
        article: text(0).unwrap_or_default().into(),
        kind: text(3).unwrap_or_default(),
        measure: (!measure.is_empty()).then_some(measure),
        subject: text(7),
        qualifier: text(8),
        value: text(9).map(|unit| Value {
            low: real(10),
            high: real(11),
            unit,
        }),
        approx: int(12).unwrap_or(0) != 0,
        date: start.zip(end).map(|(start, end)| DateSpan { start, end }),
        date_role: role(text(15)),
        date_text: text(16),
        attribution: text(17),
        text: text(18).unwrap_or_default(),
        start: n(19),
        end: n(20),
        line: n(21),
        column: n(22),
        sentence: text(23).unwrap_or_default().into(),
        sentence_offset: n(24),
        published: date(text(25)),
        source: text(26).map(Into::into),
        scope: match text(27).as_deref() {
            Some("background") => Scope::Background,
            _ => Scope::Story,
        },
        // The estimate comes from the batch's stories, not the ledger.
        published_estimate: None,
        role: match text(28).as_deref() {
            Some("from") => Some(Role::From),
            Some("to") => Some(Role::To),
            Some("change") => Some(Role::Change),
            _ => None,
        },
        // Not kept in the ledger: a figure read from words is compared as
        // any other once it is there.
        inferred: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_survives_a_round_trip() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let c = Claim {
            article: "a".into(),
            kind: "casualties".into(),
            measure: Some("killed".into()),
            text: "at least 15 people".into(),
            start: 10,
            end: 28,
            line: 2,
            column: 3,
            sentence: "It said at least 15 people died.".into(),
            sentence_offset: 8,
            value: Some(Value {
                low: Some(15.0),
                high: None,
                unit: "people".into(),
            }),
            approx: true,
            date: Some(DateSpan {
                start: d,
                end: d + chrono::Days::new(2),
            }),
            date_role: Some(DateRole::Event),
            date_text: Some("Sunday".into()),
            subject: Some("Kiev".into()),
            attribution: Some("police".into()),
            source: Some("Wire".into()),
            published: Some(d),
            scope: crate::model::Scope::Story,
            published_estimate: None,
            qualifier: Some("total".into()),
            role: Some(Role::To),
            inferred: false,
        };
        let back = claim(&values(&c, 1, "Kyiv"));
        assert_eq!(back, c);
        let none = Claim {
            value: None,
            date: None,
            measure: None,
            subject: None,
            scope: Scope::Background,
            role: None,
            ..c
        };
        let back = claim(&values(&none, 1, ""));
        assert_eq!(back, none);
    }
}
