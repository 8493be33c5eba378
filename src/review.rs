//! Editorial decisions on findings: `reviews.yaml`.
//!
//! The file is a YAML sequence of decisions keyed on a finding's stable id:
//!
//! ```yaml
//! # decisions on crosscheck findings
//! - id: conf-1a2b3c4d5e6f
//!   decision: dismissed      # or: accepted
//!   note: "the two figures count different districts"
//!   by: alice
//!   date: 2026-11-22
//! ```
//!
//! A later decision on the same id replaces an earlier one. New decisions
//! are appended as text (so comments and order are kept) and the file is
//! replaced atomically.
//!
//! Undoing a decision appends an entry too, so the file stays the whole
//! history of who decided what:
//!
//! ```yaml
//! - id: conf-1a2b3c4d5e6f
//!   decision: undone         # withdraws the latest decision still standing
//!   by: alice
//!   date: 2026-11-23
//! ```
//!
//! Reading the file replays it per id like a stack: `accepted` and
//! `dismissed` push a decision, `undone` pops the latest one, and the top
//! of the stack is the decision in force (none when the stack is empty).
//! Files without `undone` entries read exactly as before.

use crate::model::{Report, Review};
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The `decision` of an entry that withdraws the latest standing decision.
pub const UNDONE: &str = "undone";

/// The prefixes of finding ids, one per finding type.
pub const ID_PREFIXES: [&str; 7] = ["conf", "supe", "stal", "dead", "inco", "unre", "corr"];

/// What can go wrong with a review file; each names the file (and line).
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// The file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The review file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// Another store of decisions (a ledger) failed; the message names it.
    #[error("{message}")]
    Store {
        /// What went wrong, naming the store (never a password).
        message: String,
    },
    /// The file or one entry is malformed.
    #[error("{path}:{line}: {message}")]
    Malformed {
        /// The review file.
        path: String,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// One decision read from the file.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    /// The finding id.
    pub id: String,
    /// The decision itself.
    pub review: Review,
    /// 1-based line where the entry starts.
    pub line: usize,
}

/// A parsed review file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reviews {
    /// The file, for messages.
    pub path: String,
    /// Decisions in file order.
    pub decisions: Vec<Decision>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    id: String,
    decision: String,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    by: Option<String>,
    #[serde(default)]
    date: Option<String>,
}

/// Whether `s` has the shape of a finding id (`conf-` and 12 hex digits).
pub fn looks_like_id(s: &str) -> bool {
    match s.split_once('-') {
        Some((p, h)) => {
            ID_PREFIXES.contains(&p) && h.len() == 12 && h.bytes().all(|b| b.is_ascii_hexdigit())
        }
        None => false,
    }
}

/// Whether the text holds nothing but comments and blank lines.
fn blank(text: &str) -> bool {
    text.lines()
        .map(str::trim)
        .all(|l| l.is_empty() || l.starts_with('#') || l == "---")
}

/// Parses a review file's text; `path` names it in errors.
pub fn parse(text: &str, path: &str) -> Result<Reviews, ReviewError> {
    let mut out = Reviews {
        path: path.to_string(),
        decisions: Vec::new(),
    };
    if blank(text) {
        return Ok(out);
    }
    let bad = |line: usize, message: String| ReviewError::Malformed {
        path: path.to_string(),
        line,
        message,
    };
    let entries: Vec<Spanned<Entry>> = serde_saphyr::from_str(text).map_err(|e| {
        let line = e.location().map_or(1, |l| l.line() as usize);
        let message = e.to_string().lines().next().unwrap_or("").to_string();
        bad(line, format!("malformed review entry: {message}"))
    })?;
    for s in entries {
        let line = s.referenced.line() as usize;
        let e = s.value;
        if !looks_like_id(&e.id) {
            return Err(bad(
                line,
                format!("`{}` is not a finding id (like conf-1a2b3c4d5e6f)", e.id),
            ));
        }
        if !["accepted", "dismissed", UNDONE].contains(&e.decision.as_str()) {
            return Err(bad(
                line,
                format!(
                    "decision for {} is `{}`; expected `accepted`, `dismissed` or `undone`",
                    e.id, e.decision
                ),
            ));
        }
        out.decisions.push(Decision {
            id: e.id,
            review: Review {
                decision: e.decision,
                note: e.note,
                by: e.by,
                date: e.date,
            },
            line,
        });
    }
    Ok(out)
}

/// Reads and parses a review file.
pub fn load(path: &Path) -> Result<Reviews, ReviewError> {
    let text = std::fs::read_to_string(path).map_err(|source| ReviewError::Io {
        path: path.display().to_string(),
        source,
    })?;
    parse(&text, &path.display().to_string())
}

impl Reviews {
    /// The decision in force for each id: the file replayed in order,
    /// each `undone` entry withdrawing the latest decision still standing.
    /// Ids whose decisions were all undone have none.
    pub fn latest(&self) -> HashMap<&str, &Decision> {
        let mut stacks: HashMap<&str, Vec<&Decision>> = HashMap::new();
        for d in &self.decisions {
            let stack = stacks.entry(d.id.as_str()).or_default();
            if d.review.decision == UNDONE {
                stack.pop();
            } else {
                stack.push(d);
            }
        }
        stacks
            .into_iter()
            .filter_map(|(id, s)| Some((id, *s.last()?)))
            .collect()
    }

    /// Every entry about `id` (decisions and undos), oldest first.
    pub fn history(&self, id: &str) -> Vec<&Decision> {
        self.decisions.iter().filter(|d| d.id == id).collect()
    }
}

/// Sets `review` on each finding that has a decision; returns the
/// decisions (the ones in force) that match no finding of the report, in
/// file order.
pub fn apply<'a>(report: &mut Report, reviews: &'a Reviews) -> Vec<&'a Decision> {
    let latest = reviews.latest();
    let mut used = std::collections::HashSet::new();
    for f in &mut report.findings {
        if let Some(d) = latest.get(f.id.as_str()) {
            f.review = Some(d.review.clone());
            used.insert(f.id.clone());
        }
    }
    let mut unmatched: Vec<&Decision> = latest
        .into_values()
        .filter(|d| !used.contains(&d.id))
        .collect();
    unmatched.sort_by_key(|d| d.line);
    unmatched
}

/// A YAML scalar for free text: a double-quoted string (JSON's escapes are
/// valid YAML).
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// The text of one entry as [`append`] writes it.
pub fn entry_text(id: &str, review: &Review) -> String {
    let mut s = format!("- id: {id}\n  decision: {}\n", review.decision);
    if let Some(n) = &review.note {
        s.push_str(&format!("  note: {}\n", quoted(n)));
    }
    if let Some(b) = &review.by {
        s.push_str(&format!("  by: {}\n", quoted(b)));
    }
    if let Some(d) = &review.date {
        s.push_str(&format!("  date: {}\n", quoted(d)));
    }
    s
}

/// Appends a decision to the review file at `path` (created if missing),
/// keeping everything already in it. The file is checked before and after
/// and replaced atomically: a failure leaves the old file as it was.
/// Returns the decision it replaces, if the id already had one.
pub fn append(path: &Path, id: &str, review: &Review) -> Result<Option<Decision>, ReviewError> {
    ReviewFile::new(path).record(id, review)
}

/// Where editorial decisions are kept: the review file, or (with a
/// ledger) the ledger's tables, so `review`, `serve` and `check` share one
/// history. Implementations serialise their own writes; callers share a
/// store behind a lock.
pub trait DecisionStore: Send {
    /// Where the decisions are kept, for messages.
    fn name(&self) -> String;
    /// Records `review` on finding `id`; returns the decision it replaces.
    fn record(&mut self, id: &str, review: &Review) -> Result<Option<Decision>, ReviewError>;
    /// Withdraws the latest decision standing on `id` (the one before it,
    /// if any, stands again), recording who undid it and when; returns the
    /// decision withdrawn, or `None` (and records nothing) when none stands.
    fn undo(
        &mut self,
        id: &str,
        by: Option<String>,
        date: Option<String>,
    ) -> Result<Option<Decision>, ReviewError>;
    /// Every decision and undo, oldest first.
    fn list(&mut self) -> Result<Reviews, ReviewError>;
}

/// The review file as a [`DecisionStore`]. A missing file holds no
/// decisions and is created by the first one.
///
/// The store keeps the file as it last read or wrote it, with the file's
/// size, time and inode: while those are unchanged nobody else wrote it,
/// so a page load need not parse it again, and after one fully checked
/// append further appends of its own entries need not re-parse the whole
/// file (which made a long history quadratic). Any outside change (a
/// `crosscheck review` in a terminal) is seen and re-read.
#[derive(Debug)]
pub struct ReviewFile {
    path: PathBuf,
    cache: Option<Cached>,
}

#[derive(Debug)]
struct Cached {
    stamp: Option<Stamp>,
    text: String,
    reviews: Reviews,
    /// Whether an append to `text` was checked by parsing the result.
    appendable: bool,
}

/// Size, modification time and inode: changes whenever the file does.
type Stamp = (u64, Option<std::time::SystemTime>, u64);

fn stamp(path: &Path) -> std::io::Result<Option<Stamp>> {
    match std::fs::metadata(path) {
        Ok(m) => {
            #[cfg(unix)]
            let ino = std::os::unix::fs::MetadataExt::ino(&m);
            #[cfg(not(unix))]
            let ino = 0;
            Ok(Some((m.len(), m.modified().ok(), ino)))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

impl ReviewFile {
    /// The store kept at `path`.
    pub fn new(path: impl Into<PathBuf>) -> Self {
        ReviewFile {
            path: path.into(),
            cache: None,
        }
    }

    fn io(&self, source: std::io::Error) -> ReviewError {
        ReviewError::Io {
            path: self.name(),
            source,
        }
    }

    /// The file as it is now: the cached copy while its stamp holds.
    fn current(&mut self) -> Result<&mut Cached, ReviewError> {
        let now = stamp(&self.path).map_err(|e| self.io(e))?;
        if self.cache.as_ref().is_none_or(|c| c.stamp != now) {
            let text = match std::fs::read_to_string(&self.path) {
                Ok(t) => t,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
                Err(e) => return Err(self.io(e)),
            };
            let reviews = parse(&text, &self.name())?;
            self.cache = Some(Cached {
                stamp: now,
                text,
                reviews,
                appendable: false,
            });
        }
        Ok(self.cache.as_mut().expect("just filled"))
    }

    /// The decision standing on `id` now.
    fn standing(&mut self, id: &str) -> Result<Option<Decision>, ReviewError> {
        Ok(self
            .current()?
            .reviews
            .latest()
            .get(id)
            .map(|d| (*d).clone()))
    }

    /// Appends one entry (a decision or an undo) to the file.
    fn push(&mut self, id: &str, review: &Review) -> Result<(), ReviewError> {
        let name = self.name();
        let c = self.current()?;
        let mut text = c.text.clone();
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        let line = text.matches('\n').count() + 1;
        let entry = entry_text(id, review);
        text.push_str(&entry);
        let wrote_as_asked = |r: &Reviews, n: usize| {
            r.decisions.len() == n
                && r.decisions
                    .last()
                    .is_some_and(|d| d.id == id && &d.review == review)
        };
        // The whole file once (it must be a block sequence an entry can
        // follow); after that, our own entry on its own suffices.
        let ok = if c.appendable {
            wrote_as_asked(&parse(&entry, &name)?, 1)
        } else {
            wrote_as_asked(&parse(&text, &name)?, c.reviews.decisions.len() + 1)
        };
        if !ok {
            return Err(ReviewError::Malformed {
                path: name,
                line: c.text.lines().count().max(1),
                message: "cannot append a decision: the file is not a block sequence of entries"
                    .into(),
            });
        }
        write_atomic(&self.path, text.as_bytes()).map_err(|e| self.io(e))?;
        let now = stamp(&self.path).map_err(|e| self.io(e))?;
        let c = self.cache.as_mut().expect("filled by current");
        c.reviews.decisions.push(Decision {
            id: id.to_string(),
            review: review.clone(),
            line,
        });
        c.text = text;
        c.stamp = now;
        c.appendable = true;
        Ok(())
    }
}

impl DecisionStore for ReviewFile {
    fn name(&self) -> String {
        self.path.display().to_string()
    }

    fn record(&mut self, id: &str, review: &Review) -> Result<Option<Decision>, ReviewError> {
        let before = self.standing(id)?;
        self.push(id, review)?;
        Ok(before)
    }

    fn undo(
        &mut self,
        id: &str,
        by: Option<String>,
        date: Option<String>,
    ) -> Result<Option<Decision>, ReviewError> {
        let standing = self.standing(id)?;
        if standing.is_some() {
            let entry = Review {
                decision: UNDONE.into(),
                note: None,
                by,
                date,
            };
            self.push(id, &entry)?;
        }
        Ok(standing)
    }

    fn list(&mut self) -> Result<Reviews, ReviewError> {
        Ok(self.current()?.reviews.clone())
    }
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over
/// `path`.
fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{file}.tmp-{}", std::process::id()));
    let res = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        if let Ok(m) = std::fs::metadata(path) {
            f.set_permissions(m.permissions())?;
        }
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if res.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(looks_like_id("conf-1a2b3c4d5e6f"));
        assert!(!looks_like_id("conf-1a2b"));
        assert!(!looks_like_id("cl-1a2b3c4d5e6f"));
    }

    #[test]
    fn parses_with_lines() {
        let t = "# c\n- id: conf-1a2b3c4d5e6f\n  decision: dismissed\n  note: x\n\n- id: supe-1a2b3c4d5e6f\n  decision: accepted\n";
        let r = parse(t, "r.yaml").unwrap();
        assert_eq!(r.decisions.len(), 2);
        assert_eq!(r.decisions[0].line, 2);
        assert_eq!(r.decisions[1].line, 6);
        assert_eq!(r.decisions[0].review.note.as_deref(), Some("x"));
    }

    #[test]
    fn bad_entries_name_line() {
        let t = "- id: conf-1a2b3c4d5e6f\n  decision: dismissed\n- id: conf-1a2b3c4d5e6f\n  decision: maybe\n";
        let e = parse(t, "r.yaml").unwrap_err().to_string();
        assert!(e.starts_with("r.yaml:3:"), "{e}");
        let t = "- id: conf-1a2b3c4d5e6f\n  decison: dismissed\n";
        let e = parse(t, "r.yaml").unwrap_err().to_string();
        assert!(e.starts_with("r.yaml:"), "{e}");
        assert!(parse("# only\n", "r.yaml").unwrap().decisions.is_empty());
    }

    #[test]
    fn undo_pops_the_latest_standing_decision() {
        let t = "# kept\n- id: conf-1a2b3c4d5e6f\n  decision: dismissed\n\
                 - id: conf-1a2b3c4d5e6f\n  decision: accepted\n\
                 - id: conf-1a2b3c4d5e6f\n  decision: undone\n\
                 - id: supe-1a2b3c4d5e6f\n  decision: accepted\n\
                 - id: supe-1a2b3c4d5e6f\n  decision: undone\n\
                 - id: supe-1a2b3c4d5e6f\n  decision: undone\n";
        let r = parse(t, "r.yaml").unwrap();
        let latest = r.latest();
        assert_eq!(latest["conf-1a2b3c4d5e6f"].review.decision, "dismissed");
        assert!(!latest.contains_key("supe-1a2b3c4d5e6f"));
        assert_eq!(r.history("conf-1a2b3c4d5e6f").len(), 3);
    }

    #[test]
    fn file_store_records_and_undoes() {
        let dir = std::env::temp_dir().join(format!("cc-review-store-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("reviews.yaml");
        std::fs::write(&path, "# desk decisions\n").unwrap();
        let mut s = ReviewFile::new(&path);
        let id = "conf-1a2b3c4d5e6f";
        let r = |d: &str| Review {
            decision: d.into(),
            note: Some("n".into()),
            by: None,
            date: None,
        };
        assert!(s.undo(id, None, None).unwrap().is_none());
        assert!(s.record(id, &r("dismissed")).unwrap().is_none());
        assert_eq!(
            s.record(id, &r("accepted"))
                .unwrap()
                .unwrap()
                .review
                .decision,
            "dismissed"
        );
        assert_eq!(
            s.undo(id, None, None).unwrap().unwrap().review.decision,
            "accepted"
        );
        let l = s.list().unwrap();
        assert_eq!(l.latest()[id].review.decision, "dismissed");
        assert_eq!(l.history(id).len(), 3);
        assert!(std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("# desk decisions\n"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn entry_round_trips() {
        let r = Review {
            decision: "accepted".into(),
            note: Some("a \"quoted\": note # not a comment\nline two".into()),
            by: Some("ed".into()),
            date: Some("2026-01-02".into()),
        };
        let p = parse(&entry_text("corr-00000000000a", &r), "r").unwrap();
        assert_eq!(p.decisions[0].review, r);
    }
}
