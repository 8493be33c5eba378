//! Stories in the ledger: the story each stored article belongs to, with
//! the fingerprint a later batch's articles are compared with, so that a
//! report of an event checked today joins the story of the reports checked
//! last week, and keeps its id.

use super::db::Val;
use super::{rows, Ledger, LedgerError, Run};
use crate::stories::Fingerprint;
use chrono::NaiveDate;

/// A stored article's story and fingerprint.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredStory {
    /// The story id.
    pub story: String,
    /// The article's fingerprint.
    pub fingerprint: Fingerprint,
}

impl Run<'_> {
    /// The stored articles whose event day lies in `from..=to` (the batch's
    /// days widened by the follow-up horizon), with their stories.
    /// Fingerprints that no longer parse (written by another version) are
    /// passed over: the article then only misses its story.
    pub fn stories_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<StoredStory>, LedgerError> {
        let rows = self.with(|db| {
            db.rows(
                "SELECT story, fingerprint FROM story_articles \
                 WHERE event BETWEEN ?1 AND ?2 ORDER BY article",
                &[rows::day(from).into(), rows::day(to).into()],
            )
        })?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let story = r.first().and_then(Val::text)?;
                let fp = r.get(1).and_then(Val::text)?;
                let fingerprint = serde_json::from_str(&fp).ok()?;
                Some(StoredStory { story, fingerprint })
            })
            .collect())
    }

    /// Records (or moves) article `fp.article` into `story`.
    pub fn store_story(&self, story: &str, fp: &Fingerprint) -> Result<(), LedgerError> {
        // Plain data with string keys: serialising cannot fail.
        let json = serde_json::to_string(fp).unwrap_or_default();
        self.with(|db| {
            db.execute(
                "INSERT INTO story_articles(article, story, event, fingerprint) \
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT(article) DO UPDATE SET \
                 story = excluded.story, event = excluded.event, fingerprint = excluded.fingerprint",
                &[
                    fp.article.as_str().into(),
                    story.into(),
                    fp.event.map(rows::day).into(),
                    json.as_str().into(),
                ],
            )
        })?;
        Ok(())
    }
}

impl Ledger {
    /// The ids of the articles stored in `story`, sorted.
    pub fn story_articles(&self, story: &str) -> Result<Vec<String>, LedgerError> {
        let rows = self.read(|db| {
            db.rows(
                "SELECT article FROM story_articles WHERE story = ?1 ORDER BY article",
                &[story.into()],
            )
        })?;
        Ok(rows
            .unwrap_or_default()
            .iter()
            .filter_map(|r| r.first().and_then(Val::text))
            .collect())
    }
}
