//! Reading a batch: files, directories, JSONL, HTML and standard input into
//! [`Article`]s with metadata and clean text.
//!
//! Contract used by the binary: [`read_batch`] streams articles one at a
//! time (a JSONL batch is never held whole in memory) and reports bad input
//! as [`Problem`]s in the same stream, so the rest of the batch is still read.
//!
//! Directory walks skip hidden entries, `sources.yaml` and files with other
//! extensions silently; a file named directly with an unsupported extension
//! is skipped with a Warning.

pub mod html;
pub mod input;
pub mod jsonl;
pub mod meta;
pub mod plain;
pub mod sources;
pub mod stdin;
pub mod text;
pub mod walk;

use crate::model::Article;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use walk::{Entry, Form, Job};

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

type Stream = Box<dyn Iterator<Item = Item> + Send>;

/// Streams the articles of `paths` (files or directories, walked
/// recursively in sorted order). An empty list or `-` reads standard input.
pub fn read_batch(paths: &[PathBuf]) -> Box<dyn Iterator<Item = Item> + Send> {
    Box::new(read_all(paths).map(|item| match item {
        Item::Article(mut a) => {
            meta::infer_missing(&mut a);
            Item::Article(a)
        }
        other => other,
    }))
}

fn read_all(paths: &[PathBuf]) -> Stream {
    if paths.is_empty() {
        return stdin::read();
    }
    let paths = paths.to_vec();
    Box::new(paths.into_iter().flat_map(|arg| -> Stream {
        if arg.as_os_str() == "-" {
            return stdin::read();
        }
        // Walking lists names only; each file is opened when its turn comes.
        Box::new(walk::walk(&arg).into_iter().flat_map(|entry| match entry {
            Entry::Problem(p) => Box::new(std::iter::once(Item::Problem(p))),
            Entry::Job(job) => read_job(job),
        }))
    }))
}

fn read_job(job: Job) -> Stream {
    let shown = job.path.display().to_string();
    if job.form == Form::Jsonl {
        return read_jsonl(&job.path, shown);
    }
    let bytes = match std::fs::read(&job.path) {
        Ok(b) => b,
        Err(e) => return one(problem(&shown, Level::Error, walk::io_message(&e))),
    };
    let (text, note) = match input::decode(bytes, &shown) {
        Ok(t) => t,
        Err(p) => return one(p),
    };
    let mut items: Vec<Item> = note.into_iter().map(Item::Problem).collect();
    let beside = file_name(&job.path).and_then(|n| job.sources.as_deref()?.get(&n).cloned());
    let (article, problems) = match job.form {
        Form::Html => html::article(&job.id, &shown, &text, beside.as_ref()),
        _ => plain::build(&job.id, &shown, text, beside.as_ref()),
    };
    items.extend(problems.into_iter().map(Item::Problem));
    if article.text.trim().is_empty() {
        // A page of scripts and markup only: nothing to check.
        items.push(Item::Problem(problem(
            &shown,
            Level::Warning,
            "no text found, skipped".into(),
        )));
    } else {
        items.push(Item::Article(Box::new(article)));
    }
    Box::new(items.into_iter())
}

fn read_jsonl(path: &Path, shown: String) -> Stream {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return one(problem(&shown, Level::Error, walk::io_message(&e))),
    };
    let mut reader = BufReader::with_capacity(input::SNIFF, file);
    match reader.fill_buf() {
        Ok([]) => {
            return one(problem(
                &shown,
                Level::Warning,
                "empty file, skipped".into(),
            ))
        }
        Ok(head) if input::looks_binary(head) => {
            let msg = "binary file (NUL bytes), skipped".into();
            return one(problem(&shown, Level::Warning, msg));
        }
        Ok(_) => {}
        Err(e) => return one(problem(&shown, Level::Error, walk::io_message(&e))),
    }
    Box::new(jsonl::JsonlReader::new(reader, &shown))
}

fn file_name(path: &Path) -> Option<String> {
    Some(path.file_name()?.to_str()?.to_string())
}

fn one(p: Problem) -> Stream {
    Box::new(std::iter::once(Item::Problem(p)))
}

pub(crate) fn problem(path: &str, level: Level, message: String) -> Problem {
    Problem {
        level,
        path: path.to_string(),
        line: None,
        message,
    }
}

#[cfg(test)]
mod tests;
