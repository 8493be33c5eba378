//! Editorial decisions kept in the ledger (`review --ledger`), so that
//! every desk and CI runner sharing a ledger shares them too.
//!
//! Every decision is kept, in the order recorded (`seq`); the latest one on
//! a finding stands. Undoing a decision records an `undone` one, so the log
//! says who undid what and when.

use super::db::{Db, DbError, Val};
use super::{Ledger, LedgerError};
use crate::model::Review;

/// The decisions the ledger accepts.
pub const DECISIONS: [&str; 3] = ["accepted", "dismissed", "undone"];

/// One decision as the ledger keeps it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredDecision {
    /// Order of recording (1, 2, …) across the ledger.
    pub seq: i64,
    /// The finding id.
    pub finding: String,
    /// The decision (`accepted`, `dismissed` or `undone`), note, who and
    /// the day it applies from.
    pub review: Review,
    /// When it was recorded (RFC 3339).
    pub recorded_at: String,
}

const SELECT: &str =
    "SELECT seq, finding, decision, note, by_name, date, recorded_at FROM decisions";

fn decision(r: &[Val]) -> StoredDecision {
    let text = |i: usize| r.get(i).and_then(Val::text);
    StoredDecision {
        seq: r.first().and_then(Val::int).unwrap_or(0),
        finding: text(1).unwrap_or_default(),
        review: Review {
            decision: text(2).unwrap_or_default(),
            note: text(3),
            by: text(4),
            date: text(5),
        },
        recorded_at: text(6).unwrap_or_default(),
    }
}

/// The decision in force on each finding, by finding id: the log replayed
/// per finding like a stack (a decision pushes, `undone` pops), as the
/// review file is, so undoing a later decision brings back the one before.
pub(super) fn latest(db: &mut Db) -> Result<Vec<StoredDecision>, DbError> {
    Ok(replay(log(db, None)?))
}

/// [`latest`] of an oldest-first log.
fn replay(log: Vec<StoredDecision>) -> Vec<StoredDecision> {
    let mut stacks: std::collections::BTreeMap<String, Vec<StoredDecision>> =
        std::collections::BTreeMap::new();
    for d in log {
        let stack = stacks.entry(d.finding.clone()).or_default();
        if d.review.decision == "undone" {
            stack.pop();
        } else {
            stack.push(d);
        }
    }
    stacks.into_values().filter_map(|mut s| s.pop()).collect()
}

/// Every decision recorded (on `finding` only, when given), oldest first.
fn log(db: &mut Db, finding: Option<&str>) -> Result<Vec<StoredDecision>, DbError> {
    let sql = format!("{SELECT} WHERE CAST(?1 AS TEXT) IS NULL OR finding = ?1 ORDER BY seq");
    Ok(db
        .rows(&sql, &[finding.into()])?
        .iter()
        .map(|r| decision(r))
        .collect())
}

/// The decision in force on `finding`.
fn in_force(db: &mut Db, finding: &str) -> Result<Option<StoredDecision>, DbError> {
    Ok(replay(log(db, Some(finding))?).pop())
}

/// Appends a decision; the caller holds the write lock, so `seq` is next.
pub(super) fn append(
    db: &mut Db,
    finding: &str,
    review: &Review,
    recorded_at: &str,
) -> Result<(), DbError> {
    db.execute(
        "INSERT INTO decisions(seq, finding, decision, note, by_name, date, recorded_at) \
         SELECT COALESCE(MAX(seq), 0) + 1, ?1, ?2, ?3, ?4, ?5, ?6 FROM decisions",
        &[
            finding.into(),
            review.decision.as_str().into(),
            review.note.as_deref().into(),
            review.by.as_deref().into(),
            review.date.as_deref().into(),
            recorded_at.into(),
        ],
    )?;
    Ok(())
}

impl Ledger {
    /// Records a decision on `finding` (`review.decision` is `accepted`,
    /// `dismissed` or `undone`) in a transaction of its own. Returns the
    /// decision it replaces, if one was in force.
    pub fn record_decision(
        &self,
        finding: &str,
        review: &Review,
        recorded_at: &str,
    ) -> Result<Option<StoredDecision>, LedgerError> {
        if !DECISIONS.contains(&review.decision.as_str()) {
            return Err(LedgerError::Invalid {
                path: self.name.clone(),
                message: format!(
                    "decision `{}` on {finding}; expected accepted, dismissed or undone",
                    review.decision
                ),
            });
        }
        self.write(|db| {
            let before = in_force(db, finding)?;
            append(db, finding, review, recorded_at)?;
            Ok(before)
        })
    }

    /// Undoes the decision in force on `finding` (records an `undone`
    /// decision by `by`; the decision before it, if any, stands again);
    /// returns the decision undone, or `None` (and records nothing) when
    /// none was in force.
    pub fn undo_decision(
        &self,
        finding: &str,
        by: Option<&str>,
        date: Option<&str>,
        recorded_at: &str,
    ) -> Result<Option<StoredDecision>, LedgerError> {
        let undone = Review {
            decision: "undone".into(),
            note: None,
            by: by.map(str::to_string),
            date: date.map(str::to_string),
        };
        self.write(|db| {
            let before = in_force(db, finding)?;
            if before.is_some() {
                append(db, finding, &undone, recorded_at)?;
            }
            Ok(before)
        })
    }

    /// The decision in force on each finding, by finding id.
    pub fn decisions(&self) -> Result<Vec<StoredDecision>, LedgerError> {
        Ok(self.read(latest)?.unwrap_or_default())
    }

    /// Every decision recorded (on `finding` only, when given), oldest
    /// first: the history of who decided what.
    pub fn decision_log(&self, finding: Option<&str>) -> Result<Vec<StoredDecision>, LedgerError> {
        Ok(self.read(|db| log(db, finding))?.unwrap_or_default())
    }
}

/// A ledger as the store of editorial decisions (`serve --ledger`): every
/// desk and CI job that checks against the ledger shares them.
pub struct LedgerDecisions {
    ledger: Ledger,
}

impl LedgerDecisions {
    /// Decisions kept in `ledger`.
    pub fn new(ledger: Ledger) -> Self {
        LedgerDecisions { ledger }
    }
}

impl std::fmt::Debug for LedgerDecisions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LedgerDecisions")
            .field("ledger", &self.ledger.path())
            .finish()
    }
}

fn as_decision(d: StoredDecision) -> crate::review::Decision {
    crate::review::Decision {
        id: d.finding,
        review: d.review,
        line: 0,
    }
}

fn store_error(e: LedgerError) -> crate::review::ReviewError {
    crate::review::ReviewError::Store {
        message: e.to_string(),
    }
}

fn recorded_now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

impl crate::review::DecisionStore for LedgerDecisions {
    fn name(&self) -> String {
        self.ledger.path().to_string()
    }

    fn record(
        &mut self,
        id: &str,
        review: &Review,
    ) -> Result<Option<crate::review::Decision>, crate::review::ReviewError> {
        let before = self
            .ledger
            .record_decision(id, review, &recorded_now())
            .map_err(store_error)?;
        Ok(before.map(as_decision))
    }

    fn undo(
        &mut self,
        id: &str,
        by: Option<String>,
        date: Option<String>,
    ) -> Result<Option<crate::review::Decision>, crate::review::ReviewError> {
        let undone = self
            .ledger
            .undo_decision(id, by.as_deref(), date.as_deref(), &recorded_now())
            .map_err(store_error)?;
        Ok(undone.map(as_decision))
    }

    fn list(&mut self) -> Result<crate::review::Reviews, crate::review::ReviewError> {
        let log = self.ledger.decision_log(None).map_err(store_error)?;
        Ok(crate::review::Reviews {
            path: self.ledger.path().to_string(),
            decisions: log.into_iter().map(as_decision).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review(decision: &str) -> Review {
        Review {
            decision: decision.into(),
            note: Some("n".into()),
            by: Some("ed".into()),
            date: Some("2026-03-11".into()),
        }
    }

    #[test]
    fn the_latest_decision_stands_and_every_one_is_kept() {
        let dir = std::env::temp_dir().join(format!("crosscheck-decisions-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("ledger.db").display().to_string();
        let l = Ledger::open(&path).unwrap();
        let id = "conf-1a2b3c4d5e6f";
        let at = "2026-03-11T09:00:00Z";
        assert!(l.decisions().unwrap().is_empty());
        assert_eq!(
            l.record_decision(id, &review("accepted"), at).unwrap(),
            None
        );
        let was = l.record_decision(id, &review("dismissed"), at).unwrap();
        assert_eq!(was.map(|d| d.review.decision).as_deref(), Some("accepted"));
        let now = l.decisions().unwrap();
        assert_eq!(now.len(), 1);
        assert_eq!((now[0].finding.as_str(), now[0].seq), (id, 2));
        assert_eq!(now[0].review, review("dismissed"));
        let e = l.record_decision(id, &review("maybe"), at).unwrap_err();
        assert!(e.to_string().contains("decision `maybe`"), "{e}");
        let undone = l.undo_decision(id, Some("ed"), None, at).unwrap();
        assert_eq!(undone.map(|d| d.seq), Some(2));
        // As in the review file, the decision before stands again.
        let now = l.decisions().unwrap();
        assert_eq!((now.len(), now[0].seq), (1, 1));
        let undone = l.undo_decision(id, Some("ed"), None, at).unwrap();
        assert_eq!(undone.map(|d| d.seq), Some(1));
        assert_eq!(l.undo_decision(id, Some("ed"), None, at).unwrap(), None);
        assert!(l.decisions().unwrap().is_empty());
        let log: Vec<String> = l
            .decision_log(None)
            .unwrap()
            .into_iter()
            .map(|d| d.review.decision)
            .collect();
        assert_eq!(log, ["accepted", "dismissed", "undone", "undone"]);
        drop(l);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
