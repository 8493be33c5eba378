//! What the scorer examples share: their command line, reading a file or
//! stopping with a one-line error (exit 2), the ECB+ rows as crosscheck
//! articles, a batch written to a temporary file, and the configuration
//! (`--claims FILE` or the built-in one). Each scorer includes this file
//! with `#[path = "common.rs"] mod common;`, as the two date scorers share
//! `timex.rs`.

// Each scorer uses a part of what is here.
#![allow(dead_code)]

use crosscheck::config::Config;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

/// Stops the scorer with `error: MSG` and exit code 2, as the CLI does
/// for bad input.
pub fn die(msg: impl std::fmt::Display) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(2)
}

/// Stops the scorer with `usage: TEXT` and exit code 2.
pub fn usage(text: &str) -> ! {
    eprintln!("usage: {text}");
    std::process::exit(2)
}

/// A file's text, or a one-line error naming it.
pub fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| die(format!("{path}: {e}")))
}

/// The ECB+ texts beside the project (`../shared/data/ecbplus/FILE`),
/// found from the crate's directory so a scorer runs from anywhere.
pub fn ecb_path(file: &str) -> String {
    format!(
        "{}/../shared/data/ecbplus/{file}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// A scorer's arguments: switches (`--errors`), options that take a value
/// (`--docs FILE`) and at most one positional argument.
pub struct Args {
    list: Vec<String>,
    /// The options that take a value, so their values are not taken for
    /// the positional argument.
    valued: &'static [&'static str],
}

impl Args {
    /// The process's arguments; `valued` names the options that take a
    /// value.
    pub fn new(valued: &'static [&'static str]) -> Self {
        Self::from(std::env::args().skip(1).collect(), valued)
    }

    fn from(list: Vec<String>, valued: &'static [&'static str]) -> Self {
        Self { list, valued }
    }

    /// Whether the switch `name` is given.
    pub fn has(&self, name: &str) -> bool {
        self.list.iter().any(|a| a == name)
    }

    /// The value after option `name`.
    pub fn opt(&self, name: &str) -> Option<String> {
        let i = self.list.iter().position(|a| a == name)?;
        self.list.get(i + 1).cloned()
    }

    /// The first argument that is neither an option nor an option's value.
    pub fn positional(&self) -> Option<String> {
        self.list
            .iter()
            .enumerate()
            .find(|(i, a)| {
                !a.starts_with("--")
                    && (*i == 0 || !self.valued.contains(&self.list[i - 1].as_str()))
            })
            .map(|(_, a)| a.clone())
    }

    /// `--docs FILE`, or ECB+'s `docs.jsonl`.
    pub fn docs(&self) -> String {
        self.opt("--docs").unwrap_or_else(|| ecb_path("docs.jsonl"))
    }

    /// The configuration of `--claims FILE`, or the built-in one.
    pub fn config(&self) -> Config {
        match self.opt("--claims") {
            Some(p) => Config::parse(&read(&p), &p).unwrap_or_else(|e| die(e)),
            None => Config::builtin(),
        }
    }
}

/// One ECB+ text.
pub struct EcbDoc {
    /// The document's name without `.xml`: the article id given to
    /// crosscheck.
    pub id: String,
    /// The document's name as the corpus writes it (`1_10ecb.xml`), the
    /// name the gold files use.
    pub name: String,
    /// The event cluster (`1_ecb`).
    pub subtopic: String,
    /// The page's address, or null.
    pub url: serde_json::Value,
    /// The text.
    pub text: String,
    /// The publication date and title, which ECB+ rows lack and the
    /// project's own samples in the same shape (`eval/local/`) carry.
    pub published: serde_json::Value,
    /// See `published`.
    pub title: serde_json::Value,
}

impl EcbDoc {
    /// The topic: the subtopic's number before `_`.
    pub fn topic(&self) -> &str {
        self.subtopic.split('_').next().unwrap_or("")
    }

    /// The text as one line of crosscheck's JSONL input.
    pub fn row(&self) -> String {
        let mut row = serde_json::json!({"id": self.id, "url": self.url, "text": self.text});
        for (k, v) in [("published", &self.published), ("title", &self.title)] {
            if !v.is_null() {
                row[k] = v.clone();
            }
        }
        row.to_string()
    }
}

/// Every ECB+ row of a JSONL file; lines that are no row are skipped.
pub fn ecb_docs(path: &str) -> Vec<EcbDoc> {
    read(path)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            let name = v["doc"].as_str()?.to_string();
            Some(EcbDoc {
                id: name.trim_end_matches(".xml").to_string(),
                subtopic: v["subtopic"].as_str().unwrap_or("").to_string(),
                url: v["url"].clone(),
                text: v["text"].as_str()?.to_string(),
                published: v["published"].clone(),
                title: v["title"].clone(),
                name,
            })
        })
        .collect()
}

/// The texts of an ECB+ JSONL file by document name (`1_10ecb.xml`).
pub fn texts(path: &str) -> HashMap<String, String> {
    ecb_docs(path)
        .into_iter()
        .map(|d| (d.name, d.text))
        .collect()
}

/// The lines of a gold file as JSON, each with its line number; a line
/// that is not JSON stops the scorer naming the file and line.
pub fn gold_lines(path: &str) -> Vec<(usize, serde_json::Value)> {
    read(path)
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| match serde_json::from_str(l) {
            Ok(v) => (n + 1, v),
            Err(e) => die(format!("{path}:{}: {e}", n + 1)),
        })
        .collect()
}

/// Writes crosscheck JSONL rows to a temporary file named for the scorer
/// and the batch, for `check::read`; the caller removes it.
pub fn batch_file(name: &str, rows: impl IntoIterator<Item = String>) -> PathBuf {
    let file = std::env::temp_dir().join(format!("crosscheck-{name}-{}.jsonl", std::process::id()));
    let mut f =
        std::fs::File::create(&file).unwrap_or_else(|e| die(format!("{}: {e}", file.display())));
    for r in rows {
        writeln!(f, "{r}").unwrap_or_else(|e| die(format!("{}: {e}", file.display())));
    }
    file
}

#[cfg(test)]
mod tests {
    use super::Args;

    fn args(list: &[&str]) -> Args {
        Args::from(
            list.iter().map(|s| s.to_string()).collect(),
            &["--docs", "--claims"],
        )
    }

    #[test]
    fn an_option_value_is_not_the_positional_argument() {
        let a = args(&["--docs", "d.jsonl", "--errors", "gold.jsonl"]);
        assert_eq!(a.positional().as_deref(), Some("gold.jsonl"));
        assert_eq!(a.opt("--docs").as_deref(), Some("d.jsonl"));
        assert!(a.has("--errors"));
        assert!(!a.has("--show"));
        assert_eq!(args(&["--errors"]).positional(), None);
    }
}
