//! Expanding PATH arguments into the files to read, in sorted order, with
//! their article ids and the `sources.yaml` beside them.

use super::sources::{self, Sources};
use super::{Level, Problem};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How a file is read, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// `.jsonl`: one article per line.
    Jsonl,
    /// `.txt`, `.md`: one plain-text article.
    Text,
    /// `.html`, `.htm`: a saved web page.
    Html,
}

impl Form {
    /// The form for a file name, case-insensitively; `None` for other files.
    pub fn of(path: &Path) -> Option<Form> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "jsonl" => Some(Form::Jsonl),
            "txt" | "md" | "markdown" => Some(Form::Text),
            "html" | "htm" => Some(Form::Html),
            _ => None,
        }
    }
}

/// One file to read.
#[derive(Debug, Clone)]
pub struct Job {
    /// Where it is.
    pub path: PathBuf,
    /// The id for a single-article file.
    pub id: String,
    /// How to read it.
    pub form: Form,
    /// Metadata from the `sources.yaml` in its directory, if any.
    pub sources: Option<Arc<Sources>>,
}

/// A file to read, or a problem met while walking.
#[derive(Debug)]
pub enum Entry {
    /// Read this file.
    Job(Job),
    /// Report this.
    Problem(Problem),
}

/// The files under one PATH argument. Directories are walked depth-first
/// with entries sorted by name, hidden entries and `sources.yaml` skipped,
/// files of other extensions skipped silently (a corpus folder often holds
/// images or notes). A file named directly with an unknown extension gets a
/// Warning, since the user asked for it.
pub fn walk(arg: &Path) -> Vec<Entry> {
    let mut out = Vec::new();
    let meta = match std::fs::metadata(arg) {
        Ok(m) => m,
        Err(e) => {
            out.push(Entry::Problem(problem(arg, Level::Error, io_message(&e))));
            return out;
        }
    };
    if meta.is_dir() {
        let mut seen = HashSet::new();
        walk_dir(arg, arg, &mut seen, &mut out);
        return out;
    }
    let Some(form) = Form::of(arg) else {
        let msg = "unsupported file type (expected .txt, .md, .jsonl, .html or .htm), skipped";
        out.push(Entry::Problem(problem(arg, Level::Warning, msg.into())));
        return out;
    };
    let dir = arg
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let sources = load_sources(dir, &mut out);
    let id = arg
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    out.push(Entry::Job(Job {
        path: arg.to_path_buf(),
        id,
        form,
        sources,
    }));
    out
}

fn walk_dir(root: &Path, dir: &Path, seen: &mut HashSet<PathBuf>, out: &mut Vec<Entry>) {
    // A symlink cycle would otherwise walk forever.
    if let Ok(canon) = dir.canonicalize() {
        if !seen.insert(canon) {
            return;
        }
    }
    let mut names: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.file_name()).collect(),
        Err(e) => {
            out.push(Entry::Problem(problem(dir, Level::Error, io_message(&e))));
            return;
        }
    };
    names.sort();
    let sources = load_sources(dir, out);
    for name in names {
        let n = name.to_string_lossy();
        if n.starts_with('.') || n == sources::FILE_NAME {
            continue;
        }
        let path = dir.join(&name);
        if path.is_dir() {
            walk_dir(root, &path, seen, out);
        } else if let Some(form) = Form::of(&path) {
            out.push(Entry::Job(Job {
                id: relative_id(root, &path),
                path,
                form,
                sources: sources.clone(),
            }));
        }
    }
}

fn load_sources(dir: &Path, out: &mut Vec<Entry>) -> Option<Arc<Sources>> {
    let (s, problems) = sources::load(dir);
    out.extend(problems.into_iter().map(Entry::Problem));
    s.map(Arc::new)
}

/// `root/a/b.txt` → `a/b`, with `/` separators on every platform.
pub fn relative_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path).with_extension("");
    let parts: Vec<_> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect();
    parts.join("/")
}

fn problem(path: &Path, level: Level, message: String) -> Problem {
    Problem {
        level,
        path: path.display().to_string(),
        line: None,
        message,
    }
}

/// An io error in one line, without Rust's `(os error 2)` suffix.
pub fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => format!("cannot read: {e}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_relative_without_extension() {
        let root = Path::new("corpus");
        assert_eq!(
            relative_id(root, Path::new("corpus/day1/strike.txt")),
            "day1/strike"
        );
        assert_eq!(relative_id(root, Path::new("corpus/a.b.md")), "a.b");
    }

    #[test]
    fn forms_by_extension() {
        assert_eq!(Form::of(Path::new("x.JSONL")), Some(Form::Jsonl));
        assert_eq!(Form::of(Path::new("x.htm")), Some(Form::Html));
        assert_eq!(Form::of(Path::new("x.png")), None);
        assert_eq!(Form::of(Path::new("README")), None);
    }

    #[test]
    fn missing_path_is_an_error() {
        let e = walk(Path::new("/nonexistent/crosscheck/x.txt"));
        assert!(matches!(&e[..], [Entry::Problem(p)] if p.level == Level::Error));
    }
}
