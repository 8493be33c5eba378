//! `sources.yaml`: metadata for plain files that carry none of their own,
//! keyed by file name, read once per directory.

use super::meta::{bad_date, parse_date, Meta};
use super::text::yaml_message;
use super::{Level, Problem};
use std::collections::BTreeMap;
use std::path::Path;

/// The file name that holds per-file metadata in a directory.
pub const FILE_NAME: &str = "sources.yaml";

/// Per-file metadata from one `sources.yaml`.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Sources(BTreeMap<String, Meta>);

impl Sources {
    /// The entry for `file_name` (`strike.txt`); an entry keyed by the stem
    /// (`strike`) is accepted too, since people write either.
    pub fn get(&self, file_name: &str) -> Option<&Meta> {
        self.0.get(file_name).or_else(|| {
            let stem = Path::new(file_name).file_stem()?.to_str()?;
            self.0.get(stem)
        })
    }
}

/// Reads `dir/sources.yaml` if there is one. A file that cannot be read or
/// parsed is an Error naming the file and line; the files beside it are
/// still read, just without its metadata.
pub fn load(dir: &Path) -> (Option<Sources>, Vec<Problem>) {
    let path = dir.join(FILE_NAME);
    if !path.is_file() {
        return (None, Vec::new());
    }
    let shown = path.display().to_string();
    let error = |line, message| Problem {
        level: Level::Error,
        path: shown.clone(),
        line,
        message,
    };
    let text = match std::fs::read(&path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => return (None, vec![error(None, format!("cannot read: {e}"))]),
    };
    match parse(&text) {
        Ok((s, bad)) => {
            let problems = bad.into_iter().map(|(l, m)| error(l, m)).collect();
            (Some(s), problems)
        }
        Err((line, msg)) => (None, vec![error(line, msg)]),
    }
}

type Located = (Option<usize>, String);

/// Parses the text of a `sources.yaml`. Entries with a bad date keep their
/// other fields; each bad date is returned with its line.
pub fn parse(text: &str) -> Result<(Sources, Vec<Located>), Located> {
    // A file of comments only is an empty map, not an error.
    let map: Option<BTreeMap<String, Meta>> = serde_saphyr::from_str(text)
        .map_err(|e| (e.location().map(|l| l.line() as usize), yaml_message(&e)))?;
    let mut map = map.unwrap_or_default();
    let mut bad = Vec::new();
    for (name, meta) in map.iter_mut() {
        if let Some(p) = meta.published.as_deref() {
            if parse_date(p).is_none() {
                bad.push((line_of(text, p), format!("{name}: {}", bad_date(p))));
                meta.published = None;
            }
        }
    }
    Ok((Sources(map), bad))
}

/// The first line mentioning `needle`: good enough to point at a bad value.
fn line_of(text: &str, needle: &str) -> Option<usize> {
    text.lines().position(|l| l.contains(needle)).map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_by_name_or_stem() {
        let y = "# corpus notes\na.txt:\n  source: Harbor Wire\n  published: 2025-07-01\nb:\n  title: B\n";
        let (s, bad) = parse(y).unwrap();
        assert!(bad.is_empty());
        assert_eq!(
            s.get("a.txt").unwrap().source.as_deref(),
            Some("Harbor Wire")
        );
        assert_eq!(s.get("b.txt").unwrap().title.as_deref(), Some("B"));
        assert!(s.get("c.txt").is_none());
    }

    #[test]
    fn comments_only_is_empty() {
        let (s, _) = parse("# nothing yet\n").unwrap();
        assert_eq!(s, Sources::default());
    }

    #[test]
    fn malformed_yaml_has_a_line() {
        let (line, msg) = parse("a.txt:\n  source: X\n b.txt: [\n").unwrap_err();
        assert!(line.is_some(), "{msg}");
        assert!(!msg.contains('\n'));
    }

    #[test]
    fn bad_date_is_located_and_dropped() {
        let (s, bad) = parse("a.txt:\n  published: last week\n  source: X\n").unwrap();
        assert_eq!(bad[0].0, Some(2));
        assert_eq!(s.get("a.txt").unwrap().published, None);
        assert_eq!(s.get("a.txt").unwrap().source.as_deref(), Some("X"));
    }
}

#[cfg(test)]
mod scalar_tests {
    use super::*;

    #[test]
    fn scalar_values_of_other_types() {
        // A numeric-looking title is still a title; a list is a type error
        // with a line, not a panic.
        let (s, _) = parse("a.txt:\n  title: 2025\n  published: 2025-07-01\n").unwrap();
        assert_eq!(s.get("a.txt").unwrap().title.as_deref(), Some("2025"));
        let (line, _) = parse("a.txt:\n  source: [x, y]\n").unwrap_err();
        assert_eq!(line, Some(2));
    }
}
