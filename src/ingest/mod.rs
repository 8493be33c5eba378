//! Reading a batch: files, directories, JSONL, HTML and standard input into
//! [`Article`]s with metadata and clean text.
//!
//! Contract used by the binary: [`read_batch`] streams articles one at a
//! time (a JSONL batch is never held whole in memory) and reports bad input
//! as [`Problem`]s in the same stream, so the rest of the batch is still read.

use crate::model::Article;
use std::path::PathBuf;

/// How serious an input problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// The input was read anyway (lossy UTF-8) or one item was skipped (a bad
    /// JSONL line, a binary file).
    Warning,
    /// An input could not be read at all (missing path, permission denied):
    /// the run ends with exit status 2 after the rest of the batch.
    Error,
}

/// A problem with one input, named by file and line.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Warning or error.
    pub level: Level,
    /// The file (or `<stdin>`).
    pub path: String,
    /// 1-based line, when the problem is on one line.
    pub line: Option<usize>,
    /// What is wrong, in one line.
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.path, l, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// One item of the input stream.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// An article ready for extraction.
    Article(Box<Article>),
    /// A problem with the input; reading goes on.
    Problem(Problem),
}

/// Streams the articles of `paths` (files or directories, walked
/// recursively in sorted order). An empty list or `-` reads standard input.
pub fn read_batch(paths: &[PathBuf]) -> Box<dyn Iterator<Item = Item> + Send> {
    let _ = paths;
    Box::new(std::iter::empty())
}
