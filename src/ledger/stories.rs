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

/// An article of the ledger's latest run, as the run stored it.
#[derive(Debug, Clone)]
pub struct LatestArticle {
    /// The article as a batch article (metadata, hash, no claims range).
    pub article: super::BatchArticle,
    /// Its claims, as stored.
    pub claims: Vec<crate::model::Claim>,
    /// Its fingerprint, when its story was stored.
    pub fingerprint: Option<Fingerprint>,
}

impl Run<'_> {
    /// The articles stored by the ledger's latest run (the revisions first
    /// seen at the latest time any was), by id, with their claims and
    /// fingerprints: what `serve --ledger` shows when given no batch.
    pub fn latest_run(&self) -> Result<Vec<LatestArticle>, LedgerError> {
        let rows = self.with(|db| {
            db.rows(
                "SELECT a.id, a.revision, a.source, a.url, a.title, a.published, a.content_hash, \
                 s.fingerprint FROM articles a LEFT JOIN story_articles s ON s.article = a.id \
                 WHERE a.first_seen = (SELECT MAX(first_seen) FROM articles) ORDER BY a.id",
                &[],
            )
        })?;
        let mut out = Vec::new();
        for r in rows {
            let text = |i: usize| r.get(i).and_then(Val::text);
            let (Some(id), Some(revision)) = (text(0), r.get(1).and_then(Val::int)) else {
                continue;
            };
            let article = crate::model::Article {
                id: id.clone(),
                source: text(2),
                url: text(3),
                title: text(4),
                published: text(5).and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()),
                ..crate::model::Article::default()
            };
            out.push(LatestArticle {
                article: super::BatchArticle {
                    article,
                    hash: text(6).unwrap_or_default(),
                    claims: 0..0,
                },
                claims: self.revision_claims(&id, revision)?,
                fingerprint: text(7).and_then(|f| serde_json::from_str(&f).ok()),
            });
        }
        Ok(out)
    }
}
