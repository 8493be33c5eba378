//! The ledger: an embedded SQLite database of every article and claim seen,
//! so that a new batch is judged against history as well as itself.
//!
//! One `check` run is one transaction ([`Ledger::run`] takes the write lock
//! with `BEGIN IMMEDIATE`): until [`Run::commit`], nothing the run did is
//! visible, and a crash or an error leaves the ledger as it was. A second
//! run on the same ledger waits up to [`BUSY_TIMEOUT`] for the lock and
//! then fails with [`LedgerError::Busy`].

mod batch;
pub mod rows;

pub use batch::{corrected, Checked};

use crate::config::Config;
use crate::model::{Article, Claim};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use std::ops::Range;
use std::path::Path;
use std::time::Duration;

/// How long a run waits for another run's lock before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// What can go wrong with the ledger; each names the ledger file.
#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    /// Another run holds the ledger.
    #[error("{path}: the ledger is in use by another run (still locked after {secs}s); try again when it has finished")]
    Busy {
        /// The ledger file.
        path: String,
        /// How long we waited.
        secs: u64,
    },
    /// The ledger was written by a newer crosscheck.
    #[error(
        "{path}: ledger format {found} is newer than this crosscheck understands ({})",
        rows::VERSION
    )]
    Version {
        /// The ledger file.
        path: String,
        /// The format found.
        found: i64,
    },
    /// Any other database error.
    #[error("{path}: ledger error: {source}")]
    Sql {
        /// The ledger file.
        path: String,
        /// The cause.
        source: rusqlite::Error,
    },
}

/// Whether a database error means "locked by someone else".
fn busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// An open ledger.
pub struct Ledger {
    conn: Connection,
    path: String,
}

/// An article of the batch as the ledger records it: metadata, a hash of
/// its text, and where its claims are in the batch's claim list.
#[derive(Debug, Clone, PartialEq)]
pub struct BatchArticle {
    /// The article's metadata (its text is not kept).
    pub article: Article,
    /// Hash of the analysed text.
    pub hash: String,
    /// The article's claims: a range of the batch's claim list.
    pub claims: Range<usize>,
}

impl BatchArticle {
    /// Records `article` (text still present) whose claims are `claims`.
    pub fn new(article: &Article, claims: Range<usize>) -> Self {
        let hash = crate::ids::hash(&[&article.text]);
        let mut a = article.clone();
        a.text = String::new();
        BatchArticle {
            article: a,
            hash,
            claims,
        }
    }
}

impl Ledger {
    /// Opens (creating if missing) the ledger at `path` for writing.
    pub fn open(path: &Path) -> Result<Ledger, LedgerError> {
        Self::open_with(path, OpenFlags::default())
    }

    /// Opens an existing ledger (never creating one) for queries. It is
    /// opened for writing when permitted, so that SQLite can roll back what
    /// a crashed run left behind, and read-only otherwise.
    pub fn open_existing(path: &Path) -> Result<Ledger, LedgerError> {
        Self::open_with(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .or_else(|_| {
            Self::open_with(
                path,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
        })
    }

    fn open_with(path: &Path, flags: OpenFlags) -> Result<Ledger, LedgerError> {
        let name = path.display().to_string();
        let sql = |source| LedgerError::Sql {
            path: name.clone(),
            source,
        };
        let conn = Connection::open_with_flags(path, flags).map_err(sql)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(sql)?;
        conn.pragma_update(None, "cache_size", -65536)
            .map_err(sql)?;
        Ok(Ledger { conn, path: name })
    }

    /// The ledger file.
    pub fn path(&self) -> &str {
        &self.path
    }

    pub(crate) fn err(&self, source: rusqlite::Error) -> LedgerError {
        if busy(&source) {
            LedgerError::Busy {
                path: self.path.clone(),
                secs: BUSY_TIMEOUT.as_secs(),
            }
        } else {
            LedgerError::Sql {
                path: self.path.clone(),
                source,
            }
        }
    }

    /// The connection, for read-only queries ([`crate::history`]).
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Starts a run: takes the write lock and creates the tables if needed.
    pub fn run(&mut self) -> Result<Run<'_>, LedgerError> {
        let path = self.path.clone();
        let wrap = |source: rusqlite::Error| {
            if busy(&source) {
                LedgerError::Busy {
                    path: path.clone(),
                    secs: BUSY_TIMEOUT.as_secs(),
                }
            } else {
                LedgerError::Sql {
                    path: path.clone(),
                    source,
                }
            }
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(wrap)?;
        tx.execute_batch(rows::SCHEMA).map_err(wrap)?;
        let version: i64 = tx
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(wrap)?;
        match version {
            0 => tx
                .pragma_update(None, "user_version", rows::VERSION)
                .map_err(wrap)?,
            v if v > rows::VERSION => {
                return Err(LedgerError::Version {
                    path: path.clone(),
                    found: v,
                })
            }
            _ => {}
        }
        Ok(Run {
            tx,
            path,
            names: Default::default(),
        })
    }
}

/// One run's transaction. Dropping it without [`Run::commit`] rolls back.
pub struct Run<'a> {
    tx: rusqlite::Transaction<'a>,
    path: String,
    /// Canonical subject names already computed (fuzzy matching is the
    /// costly part of a key).
    names: std::cell::RefCell<std::collections::HashMap<String, String>>,
}

/// The latest stored revision of an article: number and content hash.
type Latest = Option<(i64, String)>;

impl Run<'_> {
    pub(crate) fn err(&self, source: rusqlite::Error) -> LedgerError {
        LedgerError::Sql {
            path: self.path.clone(),
            source,
        }
    }

    pub(crate) fn tx(&self) -> &rusqlite::Transaction<'_> {
        &self.tx
    }

    /// The latest stored revision of article `id`.
    pub(crate) fn latest(&self, id: &str) -> Result<Latest, LedgerError> {
        self.tx
            .prepare_cached(
                "SELECT revision, content_hash FROM articles WHERE id = ?1 ORDER BY revision DESC LIMIT 1",
            )
            .and_then(|mut s| s.query_row([id], |r| Ok((r.get(0)?, r.get(1)?))).optional())
            .map_err(|e| self.err(e))
    }

    /// The stored claims of revision `revision` of article `id`.
    pub(crate) fn revision_claims(
        &self,
        id: &str,
        revision: i64,
    ) -> Result<Vec<Claim>, LedgerError> {
        let sql = format!(
            "SELECT {} FROM claims WHERE article = ?1 AND revision = ?2 ORDER BY start_off",
            rows::COLUMNS
        );
        let mut stmt = self.tx.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let it = stmt
            .query_map(params![id, revision], rows::claim)
            .map_err(|e| self.err(e))?;
        it.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Stores one article of the batch with its claims, unless the ledger
    /// already holds that very text as the article's latest revision. An
    /// article that comes back with different text becomes a new revision.
    /// Returns whether anything was stored.
    pub fn store(
        &self,
        a: &BatchArticle,
        claims: &[Claim],
        config: &Config,
        now: &str,
    ) -> Result<bool, LedgerError> {
        let e = |e| self.err(e);
        let revision = match self.latest(&a.article.id)? {
            Some((_, h)) if h == a.hash => return Ok(false),
            Some((r, _)) => r + 1,
            None => 1,
        };
        if revision > 1 {
            self.tx
                .prepare_cached("UPDATE claims SET current = 0 WHERE article = ?1 AND current = 1")
                .and_then(|mut s| s.execute([&a.article.id]))
                .map_err(e)?;
        }
        let m = &a.article;
        self.tx
            .prepare_cached(
                "INSERT INTO articles(id, revision, source, url, title, published, content_hash, first_seen) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    m.id,
                    revision,
                    m.source,
                    m.url,
                    m.title,
                    m.published.map(|d| d.to_string()),
                    a.hash,
                    now
                ])
            })
            .map_err(e)?;
        let mut stmt = self.tx.prepare_cached(&rows::insert_sql()).map_err(e)?;
        for c in claims {
            let key = self.subject_key(c, config);
            rows::insert(&mut stmt, c, revision, &key).map_err(e)?;
        }
        Ok(true)
    }

    /// The canonical subject of a claim, `""` for none.
    pub(crate) fn subject_key(&self, c: &Claim, config: &Config) -> String {
        let Some(s) = c.subject.as_deref() else {
            return String::new();
        };
        let mut names = self.names.borrow_mut();
        if let Some(k) = names.get(s) {
            return k.clone();
        }
        let k = config.canonical_name(s);
        names.insert(s.to_string(), k.clone());
        k
    }

    /// Marks each finding `new` or seen before, and remembers the new ones.
    pub fn mark_findings(
        &self,
        findings: &mut [crate::model::Finding],
        now: &str,
    ) -> Result<(), LedgerError> {
        let e = |e| self.err(e);
        let mut seen = self
            .tx
            .prepare_cached("SELECT 1 FROM findings_seen WHERE id = ?1")
            .map_err(e)?;
        let mut add = self
            .tx
            .prepare_cached("INSERT INTO findings_seen(id, first_seen) VALUES (?1, ?2)")
            .map_err(e)?;
        for f in findings {
            let old = seen.exists([&f.id]).map_err(e)?;
            f.new = Some(!old);
            if !old {
                add.execute(params![f.id, now]).map_err(e)?;
            }
        }
        Ok(())
    }

    /// Makes the run's changes permanent.
    pub fn commit(self) -> Result<(), LedgerError> {
        let path = self.path.clone();
        self.tx.commit().map_err(|source| {
            if busy(&source) {
                LedgerError::Busy {
                    path,
                    secs: BUSY_TIMEOUT.as_secs(),
                }
            } else {
                LedgerError::Sql { path, source }
            }
        })
    }
}

/// Whether `id` is a finding the ledger has seen (for `review`).
pub fn finding_seen(ledger: &Ledger, id: &str) -> Result<bool, LedgerError> {
    ledger
        .conn
        .prepare("SELECT 1 FROM findings_seen WHERE id = ?1")
        .and_then(|mut s| s.exists([id]))
        .map_err(|e| ledger.err(e))
}
