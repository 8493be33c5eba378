//! The ledger's schema and the mapping between [`Claim`]s and rows.

use crate::align::event_time;
use crate::config::Config;
use crate::model::{Claim, DateRole, DateSpan, Value};
use chrono::NaiveDate;
use rusqlite::{params, Row, Statement};

/// The ledger format, kept in SQLite's `user_version`.
pub const VERSION: i64 = 1;

/// The tables, created when missing. Key columns (`measure`, `subject_key`)
/// hold `''` for none so that they compare equal in indexed look-ups;
/// `event_time` is the day number (from 1 CE) of [`event_time`].
pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS articles(
  id TEXT NOT NULL, revision INTEGER NOT NULL,
  source TEXT, url TEXT, title TEXT, published TEXT,
  content_hash TEXT NOT NULL, first_seen TEXT NOT NULL,
  PRIMARY KEY(id, revision));
CREATE TABLE IF NOT EXISTS claims(
  article TEXT NOT NULL, revision INTEGER NOT NULL, current INTEGER NOT NULL,
  kind TEXT NOT NULL, measure TEXT NOT NULL, subject_key TEXT NOT NULL,
  event_time INTEGER, subject TEXT, qualifier TEXT, unit TEXT,
  low REAL, high REAL, approx INTEGER NOT NULL,
  date_start TEXT, date_end TEXT, date_role TEXT, date_text TEXT,
  attribution TEXT, text TEXT NOT NULL, start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL,
  sentence TEXT NOT NULL, sentence_offset INTEGER NOT NULL,
  published TEXT, source TEXT);
CREATE INDEX IF NOT EXISTS claims_key ON claims(kind, measure, subject_key, event_time);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article, revision);
CREATE TABLE IF NOT EXISTS findings_seen(id TEXT PRIMARY KEY, first_seen TEXT NOT NULL);
";

/// The claim columns, in the order [`insert`] binds and [`claim`] reads
/// them.
pub const COLUMNS: &str = "article, revision, current, kind, measure, subject_key, \
    event_time, subject, qualifier, unit, low, high, approx, date_start, date_end, \
    date_role, date_text, attribution, text, start_off, end_off, line, col, sentence, \
    sentence_offset, published, source";

/// The `INSERT` statement for one claim row.
pub fn insert_sql() -> String {
    let marks: Vec<String> = (1..=27).map(|i| format!("?{i}")).collect();
    format!("INSERT INTO claims({COLUMNS}) VALUES ({})", marks.join(","))
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

/// Inserts one claim of `revision` (`subject_key` precomputed).
pub fn insert(
    stmt: &mut Statement<'_>,
    c: &Claim,
    revision: i64,
    subject_key: &str,
) -> rusqlite::Result<()> {
    let v = c.value.as_ref();
    stmt.execute(params![
        c.article,
        revision,
        1,
        c.kind,
        c.measure.as_deref().unwrap_or(""),
        subject_key,
        event_time(c).map(day),
        c.subject,
        c.qualifier,
        v.map(|v| v.unit.as_str()),
        v.and_then(|v| v.low),
        v.and_then(|v| v.high),
        c.approx,
        c.date.map(|d| d.start.to_string()),
        c.date.map(|d| d.end.to_string()),
        c.date_role.map(DateRole::as_str),
        c.date_text,
        c.attribution,
        c.text,
        c.start as i64,
        c.end as i64,
        c.line as i64,
        c.column as i64,
        c.sentence,
        c.sentence_offset as i64,
        c.published.map(|d| d.to_string()),
        c.source,
    ])?;
    Ok(())
}

/// Rebuilds a claim from a row selected with [`COLUMNS`].
pub fn claim(r: &Row<'_>) -> rusqlite::Result<Claim> {
    let measure: String = r.get(4)?;
    let unit: Option<String> = r.get(9)?;
    let start: Option<NaiveDate> = date(r.get(13)?);
    let end: Option<NaiveDate> = date(r.get(14)?);
    Ok(Claim {
        article: r.get(0)?,
        kind: r.get(3)?,
        measure: (!measure.is_empty()).then_some(measure),
        subject: r.get(7)?,
        qualifier: r.get(8)?,
        value: unit
            .map(|unit| -> rusqlite::Result<Value> {
                Ok(Value {
                    low: r.get(10)?,
                    high: r.get(11)?,
                    unit,
                })
            })
            .transpose()?,
        approx: r.get(12)?,
        date: start.zip(end).map(|(start, end)| DateSpan { start, end }),
        date_role: role(r.get(15)?),
        date_text: r.get(16)?,
        attribution: r.get(17)?,
        text: r.get(18)?,
        start: r.get::<_, i64>(19)? as usize,
        end: r.get::<_, i64>(20)? as usize,
        line: r.get::<_, i64>(21)? as usize,
        column: r.get::<_, i64>(22)? as usize,
        sentence: r.get(23)?,
        sentence_offset: r.get::<_, i64>(24)? as usize,
        published: date(r.get(25)?),
        source: r.get(26)?,
        scope: crate::model::Scope::Story,
        published_estimate: None,
    })
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
        };
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(SCHEMA).unwrap();
        let mut st = conn.prepare(&insert_sql()).unwrap();
        insert(&mut st, &c, 1, "Kyiv").unwrap();
        let back = conn
            .query_row(&format!("SELECT {COLUMNS} FROM claims"), [], claim)
            .unwrap();
        assert_eq!(back, c);
        let none = Claim {
            value: None,
            date: None,
            measure: None,
            subject: None,
            ..c
        };
        insert(&mut st, &none, 1, "").unwrap();
        let back = conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM claims WHERE subject_key = ''"),
                [],
                claim,
            )
            .unwrap();
        assert_eq!(back, none);
    }
}
