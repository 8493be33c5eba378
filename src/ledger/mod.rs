//! The ledger: a database of every article and claim seen, so that a new
//! batch is judged against history as well as itself. It is an embedded
//! SQLite file (the default, no set-up) or a PostgreSQL server shared by a
//! newsroom (`--ledger postgres://…`); both behave alike ([`db`] hides the
//! difference).
//!
//! One `check` run is one transaction ([`Ledger::run`] takes the write
//! lock: SQLite's `BEGIN IMMEDIATE`, or PostgreSQL's advisory lock): until
//! [`Run::commit`], nothing the run did is visible, and a crash, an error
//! or a lost connection leaves the ledger as it was. A second run waits
//! for the first ([`BUSY_TIMEOUT`] on SQLite, [`db::PG_LOCK_TIMEOUT`] on
//! PostgreSQL), then sees what it stored.

mod batch;
pub mod db;
mod decisions;
pub mod rows;
mod stories;
mod transfer;

pub use batch::{corrected, Checked};
pub use db::{is_url, redact, BUSY_TIMEOUT};
pub use decisions::{LedgerDecisions, StoredDecision};
pub use stories::{LatestArticle, StoredStory};
pub use transfer::Imported;

use crate::config::Config;
use crate::model::{Article, Claim};
use db::{Db, DbError, Mode, Val};
use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::ops::Range;

/// What can go wrong with the ledger; each names the ledger (a file, or a
/// server URL without its password).
#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    /// Another run holds the ledger.
    #[error("{path}: the ledger is in use by another run (still locked after {secs}s); try again when it has finished")]
    Busy {
        /// The ledger.
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
        /// The ledger.
        path: String,
        /// The format found.
        found: i64,
    },
    /// The ledger cannot be opened (no such server, refused, bad URL).
    #[error("{path}: cannot open the ledger: {message}")]
    Open {
        /// The ledger.
        path: String,
        /// The cause, passwords removed.
        message: String,
    },
    /// The server went away in the middle of a run.
    #[error("{path}: lost the connection to the ledger server ({message}); nothing of this run was stored")]
    Lost {
        /// The ledger.
        path: String,
        /// The cause, passwords removed.
        message: String,
    },
    /// A line of a `ledger import` file is not a ledger record.
    #[error("{file}:{line}: {message}")]
    Import {
        /// The file read.
        file: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A request the ledger refuses (an unknown decision).
    #[error("{path}: {message}")]
    Invalid {
        /// The ledger.
        path: String,
        /// What is wrong.
        message: String,
    },
    /// Reading or writing an export file failed.
    #[error("{file}: {message}")]
    Io {
        /// The file.
        file: String,
        /// The cause.
        message: String,
    },
    /// Any other database error.
    #[error("{path}: ledger error: {message}")]
    Sql {
        /// The ledger.
        path: String,
        /// The cause, passwords removed.
        message: String,
    },
}

/// An open ledger.
pub struct Ledger {
    db: RefCell<Db>,
    name: String,
    secrets: Vec<String>,
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

/// `text` with every secret replaced by `***`.
fn scrub(text: String, secrets: &[String]) -> String {
    secrets
        .iter()
        .fold(text, |t, s| t.replace(s.as_str(), "***"))
}

impl Ledger {
    /// Opens the ledger `target` for writing: a SQLite file (created if
    /// missing) or a `postgres://` URL (completed from the `PG*`
    /// environment variables). Tables are created or upgraded by the first
    /// run.
    pub fn open(target: &str) -> Result<Ledger, LedgerError> {
        Self::open_with(target, Mode::Create)
    }

    /// Opens an existing ledger (never creating a file) for queries. A
    /// SQLite file is opened for writing when permitted, so that SQLite
    /// can roll back what a crashed run left behind, and read-only
    /// otherwise. A ledger of an older format is upgraded here, when the
    /// connection may write.
    pub fn open_existing(target: &str) -> Result<Ledger, LedgerError> {
        let l = Self::open_with(target, Mode::Existing)?;
        let v = l.with(|db| db.version())?;
        if v > rows::VERSION {
            return Err(LedgerError::Version {
                path: l.name.clone(),
                found: v,
            });
        }
        if v > 0 && v < rows::VERSION {
            l.write(|_| Ok(()))?;
        }
        Ok(l)
    }

    fn open_with(target: &str, mode: Mode) -> Result<Ledger, LedgerError> {
        let name = redact(target);
        let db = Db::open(target, mode).map_err(|(e, secrets)| LedgerError::Open {
            path: name.clone(),
            message: scrub(e.to_string(), &secrets),
        })?;
        let secrets = db.secrets().to_vec();
        Ok(Ledger {
            db: RefCell::new(db),
            name,
            secrets,
        })
    }

    /// The ledger as messages name it (a URL without its password).
    pub fn path(&self) -> &str {
        &self.name
    }

    /// Whether the ledger is a PostgreSQL server.
    pub fn is_postgres(&self) -> bool {
        self.db.borrow().is_postgres()
    }

    pub(crate) fn err(&self, e: DbError) -> LedgerError {
        let path = self.name.clone();
        if e.busy() {
            let secs = if self.is_postgres() {
                db::PG_LOCK_TIMEOUT
            } else {
                BUSY_TIMEOUT
            };
            return LedgerError::Busy {
                path,
                secs: secs.as_secs(),
            };
        }
        let message = scrub(e.to_string(), &self.secrets);
        if e.lost() {
            LedgerError::Lost { path, message }
        } else {
            LedgerError::Sql { path, message }
        }
    }

    /// Runs `f` on the connection, naming the ledger in its errors.
    pub(crate) fn with<T>(
        &self,
        f: impl FnOnce(&mut Db) -> Result<T, DbError>,
    ) -> Result<T, LedgerError> {
        let r = f(&mut self.db.borrow_mut());
        r.map_err(|e| self.err(e))
    }

    /// Runs `f` in a read-only transaction (one consistent view); `None`
    /// for a database that holds no ledger yet.
    pub(crate) fn read<T>(
        &self,
        f: impl FnOnce(&mut Db) -> Result<T, DbError>,
    ) -> Result<Option<T>, LedgerError> {
        self.with(|db| {
            if db.version()? == 0 {
                return Ok(None);
            }
            db.begin_read()?;
            let r = f(db);
            match r {
                Ok(v) => {
                    db.commit()?;
                    Ok(Some(v))
                }
                Err(e) => {
                    db.rollback();
                    Err(e)
                }
            }
        })
    }

    /// Runs `f` in a write transaction of its own (lock taken, tables
    /// created or upgraded), committed when `f` succeeds.
    pub(crate) fn write<T>(
        &self,
        f: impl FnOnce(&mut Db) -> Result<T, DbError>,
    ) -> Result<T, LedgerError> {
        self.transaction(|| self.with(f))
    }

    /// Runs `f` in a write transaction of its own, committed when `f`
    /// succeeds and rolled back otherwise.
    pub(crate) fn transaction<T>(
        &self,
        f: impl FnOnce() -> Result<T, LedgerError>,
    ) -> Result<T, LedgerError> {
        self.begin()?;
        let r = f().and_then(|v| self.with(|db| db.commit()).map(|_| v));
        if r.is_err() {
            self.db.borrow_mut().rollback();
        }
        r
    }

    /// Opens a write transaction: takes the lock, then creates or upgrades
    /// the tables.
    fn begin(&self) -> Result<(), LedgerError> {
        self.with(|db| db.begin_write())?;
        let r = self.migrate();
        if r.is_err() {
            self.db.borrow_mut().rollback();
        }
        r
    }

    /// Brings the schema to [`rows::VERSION`], one step at a time.
    fn migrate(&self) -> Result<(), LedgerError> {
        let v = self.with(|db| db.version())?;
        if v > rows::VERSION {
            return Err(LedgerError::Version {
                path: self.name.clone(),
                found: v,
            });
        }
        for step in &rows::MIGRATIONS[v.max(0) as usize..] {
            self.with(|db| db.batch(step))?;
        }
        if v < rows::VERSION {
            self.with(|db| db.set_version(rows::VERSION))?;
        }
        Ok(())
    }

    /// The ledger's format (0 for a database that holds none yet).
    pub fn version(&self) -> Result<i64, LedgerError> {
        self.with(|db| db.version())
    }

    /// Starts a run: takes the write lock and creates or upgrades the
    /// tables. Dropping the run without [`Run::commit`] rolls it back.
    pub fn run(&mut self) -> Result<Run<'_>, LedgerError> {
        self.begin()?;
        Ok(Run {
            ledger: self,
            open: Cell::new(true),
            names: Default::default(),
        })
    }

    /// Whether `id` is a finding the ledger has seen (for `review`).
    pub fn finding_seen(&self, id: &str) -> Result<bool, LedgerError> {
        let r =
            self.read(|db| db.row("SELECT 1 FROM findings_seen WHERE id = ?1", &[id.into()]))?;
        Ok(r.flatten().is_some())
    }
}

/// One run's transaction. Dropping it without [`Run::commit`] rolls back.
pub struct Run<'a> {
    ledger: &'a Ledger,
    open: Cell<bool>,
    /// Canonical subject names already computed (fuzzy matching is the
    /// costly part of a key).
    names: std::cell::RefCell<std::collections::HashMap<String, String>>,
}

/// The latest stored revision of an article: number and content hash.
type Latest = Option<(i64, String)>;

impl Drop for Run<'_> {
    fn drop(&mut self) {
        if self.open.get() {
            self.ledger.db.borrow_mut().rollback();
        }
    }
}

impl Run<'_> {
    /// Runs `f` on the run's connection.
    pub(crate) fn with<T>(
        &self,
        f: impl FnOnce(&mut Db) -> Result<T, DbError>,
    ) -> Result<T, LedgerError> {
        self.ledger.with(f)
    }

    /// The latest stored revision of article `id`.
    pub(crate) fn latest(&self, id: &str) -> Result<Latest, LedgerError> {
        let r = self.with(|db| {
            db.row(
                "SELECT revision, content_hash FROM articles WHERE id = ?1 ORDER BY revision DESC LIMIT 1",
                &[id.into()],
            )
        })?;
        Ok(r.map(|r| (r[0].int().unwrap_or(0), r[1].text().unwrap_or_default())))
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
        let mut out = Vec::new();
        self.with(|db| {
            db.each(&sql, &[id.into(), revision.into()], |r| {
                out.push(rows::claim(r))
            })
        })?;
        Ok(out)
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
        let revision = match self.latest(&a.article.id)? {
            Some((_, h)) if h == a.hash => return Ok(false),
            Some((r, _)) => r + 1,
            None => 1,
        };
        let m = &a.article;
        let article = [
            m.id.as_str().into(),
            revision.into(),
            m.source.as_deref().into(),
            m.url.as_deref().into(),
            m.title.as_deref().into(),
            m.published.map(|d| d.to_string()).into(),
            a.hash.as_str().into(),
            now.into(),
        ];
        // An article's claims go in by one statement per chunk: one round
        // trip to a server instead of one per claim.
        let chunks: Vec<(String, Vec<Val>)> = claims
            .chunks(rows::INSERT_CHUNK)
            .map(|cs| {
                let vals = cs
                    .iter()
                    .flat_map(|c| rows::values(c, revision, &self.subject_key(c, config)))
                    .collect();
                (rows::insert_sql(cs.len()), vals)
            })
            .collect();
        self.with(|db| {
            if revision > 1 {
                db.execute(
                    "UPDATE claims SET current = 0 WHERE article = ?1 AND current = 1",
                    &[m.id.as_str().into()],
                )?;
            }
            db.execute(
                "INSERT INTO articles(id, revision, source, url, title, published, content_hash, first_seen) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                &article,
            )?;
            for (sql, vals) in &chunks {
                db.execute(sql, vals)?;
            }
            Ok(())
        })?;
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
    /// Ids are looked up and added in chunks: a few round trips to a
    /// server for a batch's thousands of findings, not two per finding.
    pub fn mark_findings(
        &self,
        findings: &mut [crate::model::Finding],
        now: &str,
    ) -> Result<(), LedgerError> {
        let mut seen: HashSet<String> = HashSet::new();
        for chunk in findings.chunks(rows::INSERT_CHUNK) {
            let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("?{i}")).collect();
            let sql = format!(
                "SELECT id FROM findings_seen WHERE id IN ({})",
                marks.join(",")
            );
            let ids: Vec<Val> = chunk.iter().map(|f| f.id.as_str().into()).collect();
            let found = self.with(|db| db.rows(&sql, &ids))?;
            seen.extend(found.iter().filter_map(|r| r[0].text()));
        }
        // A finding listed twice is new once, as if added one by one.
        let mut added: Vec<&str> = Vec::new();
        for f in findings.iter_mut() {
            let old = seen.contains(&f.id);
            f.new = Some(!old);
            if !old {
                seen.insert(f.id.clone());
                added.push(&f.id);
            }
        }
        for chunk in added.chunks(rows::INSERT_CHUNK) {
            let tuples: Vec<String> = (0..chunk.len())
                .map(|i| format!("(?{}, ?{})", 2 * i + 1, 2 * i + 2))
                .collect();
            let sql = format!(
                "INSERT INTO findings_seen(id, first_seen) VALUES {}",
                tuples.join(",")
            );
            let vals: Vec<Val> = chunk
                .iter()
                .flat_map(|id| [Val::from(*id), Val::from(now)])
                .collect();
            self.with(|db| db.execute(&sql, &vals))?;
        }
        Ok(())
    }

    /// The editorial decisions in force, as the run's transaction sees them.
    pub fn decisions(&self) -> Result<Vec<StoredDecision>, LedgerError> {
        self.with(decisions::latest)
    }

    /// Makes the run's changes permanent.
    /// When the commit fails (SQLite still locked by a reader, a lost
    /// server), the run is rolled back: nothing of it is kept.
    pub fn commit(self) -> Result<(), LedgerError> {
        let r = self.with(|db| db.commit());
        if r.is_ok() {
            self.open.set(false);
        }
        r
    }
}
