//! `ledger export` and `ledger import`: a ledger's history as JSON lines,
//! to move it between backends (a desk's SQLite file to the newsroom's
//! server) or to back it up.
//!
//! The first line is `{"crosscheck_ledger": N}` (the format written); each
//! further line is one row, `{"table": "claims", "row": {column: value}}`,
//! tables in the order of [`rows::TABLES`], so articles come before their
//! claims.

use super::db::Val;
use super::{decisions, rows, Ledger, LedgerError};
use crate::model::Review;
use std::collections::HashSet;
use std::io::{BufRead, Write};

/// What an import added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    /// Article revisions added.
    pub articles: usize,
    /// Article revisions the ledger already held (they and their claims
    /// were left as the ledger had them).
    pub skipped: usize,
    /// Claims added.
    pub claims: usize,
    /// Finding ids added to those seen.
    pub findings: usize,
    /// Editorial decisions added.
    pub decisions: usize,
}

fn columns(list: &str) -> Vec<&str> {
    list.split(',').map(str::trim).collect()
}

impl Ledger {
    /// Writes every row of the ledger to `out` as JSON lines, from one
    /// consistent view; `file` names `out` in errors. Returns the rows
    /// written.
    pub fn export(&self, out: &mut dyn Write, file: &str) -> Result<usize, LedgerError> {
        let mut n = 0;
        let mut failed: Option<std::io::Error> = None;
        let mut line = |v: serde_json::Value| {
            if failed.is_none() {
                if let Err(e) = writeln!(out, "{v}") {
                    failed = Some(e);
                }
            }
        };
        line(serde_json::json!({ "crosscheck_ledger": rows::VERSION }));
        self.read(|db| {
            for (table, cols, order) in rows::TABLES {
                let names = columns(cols);
                let sql = format!("SELECT {cols} FROM {table} ORDER BY {order}");
                db.each(&sql, &[], |r| {
                    let row: serde_json::Map<String, serde_json::Value> = names
                        .iter()
                        .zip(r)
                        .map(|(k, v)| (k.to_string(), v.to_json()))
                        .collect();
                    line(serde_json::json!({ "table": table, "row": row }));
                    n += 1;
                })?;
            }
            Ok(())
        })?;
        match failed {
            Some(e) => Err(LedgerError::Io {
                file: file.to_string(),
                message: e.to_string(),
            }),
            None => Ok(n),
        }
    }

    /// Adds the rows of an export (`input`, named `file` in errors) to the
    /// ledger, in one transaction: a bad line leaves the ledger as it was.
    /// Rows the ledger already holds are kept as they are, so importing
    /// the same export twice adds nothing the second time.
    pub fn import(&mut self, input: &mut dyn BufRead, file: &str) -> Result<Imported, LedgerError> {
        self.transaction(|| self.import_rows(input, file))
    }

    fn import_rows(&self, input: &mut dyn BufRead, file: &str) -> Result<Imported, LedgerError> {
        let mut got = Imported::default();
        let mut skipped: HashSet<(String, i64)> = HashSet::new();
        let mut header = false;
        for (i, line) in input.lines().enumerate() {
            let n = i + 1;
            let bad = |message: String| LedgerError::Import {
                file: file.to_string(),
                line: n,
                message,
            };
            let line = line.map_err(|e| bad(e.to_string()))?;
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value =
                serde_json::from_str(&line).map_err(|e| bad(format!("not JSON: {e}")))?;
            if !header {
                match v.get("crosscheck_ledger").and_then(|v| v.as_i64()) {
                    Some(f) if f <= rows::VERSION => header = true,
                    Some(f) => {
                        return Err(bad(format!(
                            "ledger format {f} is newer than this crosscheck understands ({})",
                            rows::VERSION
                        )))
                    }
                    None => return Err(bad(
                        "not a ledger export (the first line should be {\"crosscheck_ledger\": N})"
                            .into(),
                    )),
                }
                continue;
            }
            let table = v.get("table").and_then(|t| t.as_str()).unwrap_or("");
            let Some((_, cols, _)) = rows::TABLES.iter().find(|(t, _, _)| *t == table) else {
                return Err(bad(format!("unknown table `{table}`")));
            };
            let known = columns(cols);
            let Some(row) = v.get("row").and_then(|r| r.as_object()) else {
                return Err(bad("a record needs a `row` object".into()));
            };
            let mut names = Vec::new();
            let mut vals = Vec::new();
            for (k, v) in row {
                // Column names go into SQL: only known ones.
                if !known.contains(&k.as_str()) {
                    return Err(bad(format!("unknown column `{k}` of {table}")));
                }
                names.push(k.as_str());
                vals.push(Val::from_json(v).ok_or_else(|| bad(format!("bad value for `{k}`")))?);
            }
            let get = |c: &str| names.iter().position(|n| *n == c).map(|i| &vals[i]);
            let key = || -> Option<(String, i64)> {
                let (a, r) = match table {
                    "articles" => (get("id")?, get("revision")?),
                    _ => (get("article")?, get("revision")?),
                };
                Some((a.text()?, r.int()?))
            };
            match table {
                "decisions" => {
                    let text = |c: &str| get(c).and_then(Val::text);
                    let (Some(finding), Some(decision), Some(at)) =
                        (text("finding"), text("decision"), text("recorded_at"))
                    else {
                        return Err(bad(
                            "a decision needs finding, decision and recorded_at".into()
                        ));
                    };
                    let review = Review {
                        decision,
                        note: text("note"),
                        by: text("by_name"),
                        date: text("date"),
                    };
                    let added = self.with(|db| {
                        let dup = db
                            .row(
                                "SELECT 1 FROM decisions WHERE finding = ?1 AND decision = ?2 AND recorded_at = ?3",
                                &[finding.as_str().into(), review.decision.as_str().into(), at.as_str().into()],
                            )?
                            .is_some();
                        if !dup {
                            decisions::append(db, &finding, &review, &at)?;
                        }
                        Ok(!dup)
                    })?;
                    got.decisions += usize::from(added);
                }
                "claims" => {
                    let Some(k) = key() else {
                        return Err(bad("a claim needs article and revision".into()));
                    };
                    if skipped.contains(&k) {
                        continue;
                    }
                    self.insert(table, &names, &vals, false)?;
                    got.claims += 1;
                }
                _ => {
                    let added = self.insert(table, &names, &vals, true)?;
                    match (table, added) {
                        ("articles", true) => got.articles += 1,
                        ("articles", false) => {
                            got.skipped += 1;
                            if let Some(k) = key() {
                                skipped.insert(k);
                            }
                        }
                        ("findings_seen", true) => got.findings += 1,
                        _ => {}
                    }
                }
            }
        }
        if !header {
            return Err(LedgerError::Import {
                file: file.to_string(),
                line: 1,
                message: "empty: not a ledger export".into(),
            });
        }
        Ok(got)
    }

    /// Inserts one row (`names` checked against the table's columns);
    /// returns whether it was added.
    fn insert(
        &self,
        table: &str,
        names: &[&str],
        vals: &[Val],
        keep_existing: bool,
    ) -> Result<bool, LedgerError> {
        let marks: Vec<String> = (1..=names.len()).map(|i| format!("?{i}")).collect();
        let sql = format!(
            "INSERT INTO {table}({}) VALUES ({}){}",
            names.join(", "),
            marks.join(", "),
            if keep_existing {
                " ON CONFLICT DO NOTHING"
            } else {
                ""
            }
        );
        Ok(self.with(|db| db.execute(&sql, vals))? > 0)
    }
}
