//! JSONL batches: one article per line, read line by line so a batch of any
//! size streams through in constant memory. A bad line becomes a Warning
//! with its line number and reading goes on.

use super::meta::{bad_date, parse_date};
use super::{Item, Level, Problem};
use crate::model::Article;
use fields::Field;
use serde_json::{Map, Value};
use std::io::BufRead;

mod fields;

/// Streams the articles of one JSONL source.
pub struct JsonlReader<R> {
    reader: R,
    path: String,
    line: usize,
    buf: Vec<u8>,
    /// An article held back while the warning about its line goes first.
    pending: Option<Item>,
    done: bool,
}

impl<R: BufRead> JsonlReader<R> {
    /// Reads `reader`; `path` names it in articles and problems.
    pub fn new(reader: R, path: &str) -> Self {
        JsonlReader {
            reader,
            path: path.to_string(),
            line: 0,
            buf: Vec::new(),
            pending: None,
            done: false,
        }
    }

    fn problem(&self, level: Level, message: String) -> Item {
        Item::Problem(Problem {
            level,
            path: self.path.clone(),
            line: Some(self.line),
            message,
        })
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        if let Some(item) = self.pending.take() {
            return Some(item);
        }
        while !self.done {
            self.buf.clear();
            match read_line(&mut self.reader, &mut self.buf) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    self.line += 1;
                    // Parsed in place: a valid line is not copied first.
                    let text = match std::str::from_utf8(&self.buf) {
                        Ok(s) => std::borrow::Cow::Borrowed(s),
                        Err(_) => String::from_utf8_lossy(&self.buf),
                    };
                    if text.trim().is_empty() {
                        continue;
                    }
                    let lossy = matches!(text, std::borrow::Cow::Owned(_));
                    let parsed = parse_line(&text);
                    drop(text);
                    let item = match parsed {
                        Ok(mut a) => {
                            a.path = Some(self.path.clone());
                            a.path_line = Some(self.line);
                            Item::Article(Box::new(a))
                        }
                        Err(msg) => self.problem(Level::Warning, format!("{msg}; line skipped")),
                    };
                    if lossy {
                        let note = "not valid UTF-8; read with replacement characters";
                        self.pending = Some(item);
                        return Some(self.problem(Level::Warning, note.into()));
                    }
                    return Some(item);
                }
                Err(e) => {
                    self.done = true;
                    return Some(self.problem(Level::Error, format!("read error: {e}")));
                }
            }
        }
        None
    }
}

/// `reader.read_until(b'\n', buf)`, with the memchr crate's search for the
/// newline: the standard library's reads a word at a time, and a line of
/// JSONL is a whole article (3.6 M fewer instructions on the extract
/// benchmark's 4 MB of lines).
fn read_line<R: BufRead>(reader: &mut R, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut read = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (done, used) = match memchr::memchr(b'\n', available) {
            Some(i) => {
                buf.extend_from_slice(&available[..=i]);
                (true, i + 1)
            }
            None => {
                buf.extend_from_slice(available);
                (available.is_empty(), available.len())
            }
        };
        reader.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

/// Parses one JSONL line into an article, or says what is wrong with it.
pub fn parse_line(line: &str) -> Result<Article, String> {
    // An object (the usual line) is read field by field; anything else
    // goes through a `Value`, to be told it is no object.
    if !line
        .trim_start_matches([' ', '\t', '\n', '\r'])
        .starts_with('{')
    {
        return parse_value_line(line);
    }
    let f = fields::read(line).map_err(|e| json_message(&e))?;
    let id = match f.id {
        Some(Field::Str(s)) if !s.trim().is_empty() => s.into_owned(),
        // Numeric ids are common in exported datasets; they name the
        // article just as well.
        Some(Field::Num(n)) => n.to_string(),
        Some(Field::Str(_)) => return Err("empty \"id\"".into()),
        Some(_) => return Err("\"id\" must be a string".into()),
        None => return Err("missing \"id\"".into()),
    };
    let text = match f.text {
        Some(Field::Str(s)) => s.into_owned(),
        Some(_) => return Err("\"text\" must be a string".into()),
        None => return Err("missing \"text\"".into()),
    };
    let published = match opt_field(f.published, "published")? {
        Some(p) => Some(parse_date(&p).ok_or_else(|| bad_date(&p))?),
        None => None,
    };
    Ok(Article {
        id,
        source: opt_field(f.source, "source")?,
        url: opt_field(f.url, "url")?,
        title: opt_field(f.title, "title")?,
        published,
        text,
        ..Article::default()
    })
}

/// [`opt_str`] of a field read in place.
fn opt_field(f: Option<Field<'_>>, key: &str) -> Result<Option<String>, String> {
    match f {
        None | Some(Field::Null) => Ok(None),
        Some(Field::Str(s)) if s.trim().is_empty() => Ok(None),
        Some(Field::Str(s)) => Ok(Some(s.trim().to_string())),
        Some(_) => Err(format!("\"{key}\" must be a string")),
    }
}

/// [`parse_line`] through a `serde_json::Value`: the way for lines that
/// are no object, and the reference the field-by-field reading must agree
/// with.
fn parse_value_line(line: &str) -> Result<Article, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| json_message(&e))?;
    let Value::Object(mut obj) = value else {
        return Err("expected a JSON object".into());
    };
    let id = match obj.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        // Numeric ids are common in exported datasets; they name the
        // article just as well.
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(_)) => return Err("empty \"id\"".into()),
        Some(_) => return Err("\"id\" must be a string".into()),
        None => return Err("missing \"id\"".into()),
    };
    // Moved out, not copied: the text is most of the line.
    let text = match obj.remove("text") {
        Some(Value::String(s)) => s,
        Some(_) => return Err("\"text\" must be a string".into()),
        None => return Err("missing \"text\"".into()),
    };
    let published = match opt_str(&obj, "published")? {
        Some(p) => Some(parse_date(&p).ok_or_else(|| bad_date(&p))?),
        None => None,
    };
    Ok(Article {
        id,
        source: opt_str(&obj, "source")?,
        url: opt_str(&obj, "url")?,
        title: opt_str(&obj, "title")?,
        published,
        text,
        ..Article::default()
    })
}

/// serde_json's message without its `at line 1 column N` tail, which would
/// be confusing next to the file's own line number: the column is kept.
fn json_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let what = full.find(" at line ").map_or(full.as_str(), |i| &full[..i]);
    if e.line() > 1 {
        format!("invalid JSON: {what} at end of line")
    } else {
        format!("invalid JSON: {what} at column {}", e.column())
    }
}

/// An optional string key; `null` and `""` count as absent.
fn opt_str(obj: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.trim().to_string())),
        Some(_) => Err(format!("\"{key}\" must be a string")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`read_line`] cuts a stream as `read_until` does, with lines longer
    /// than the reader's buffer and without a final newline.
    #[test]
    fn read_line_cuts_as_read_until() {
        let long = "x".repeat(50);
        for text in [
            "",
            "\n",
            "a\nbb\n\nccc",
            "a\r\nb\n",
            long.as_str(),
            &format!("{long}\n{long}\n"),
        ] {
            for cap in [1, 3, 8, 64] {
                let mut fast = std::io::BufReader::with_capacity(cap, text.as_bytes());
                let mut slow = std::io::BufReader::with_capacity(cap, text.as_bytes());
                loop {
                    let (mut a, mut b) = (Vec::new(), Vec::new());
                    let n = read_line(&mut fast, &mut a).unwrap();
                    let m = slow.read_until(b'\n', &mut b).unwrap();
                    assert_eq!((n, &a), (m, &b), "{text:?} {cap}");
                    if n == 0 {
                        break;
                    }
                }
            }
        }
    }

    fn run(input: &[u8]) -> Vec<Item> {
        JsonlReader::new(input, "batch.jsonl").collect()
    }

    #[test]
    fn good_lines_become_articles_with_their_line() {
        let items = run(b"\n{\"id\":\"a\",\"text\":\"Two hurt.\",\"published\":\"2025-07-03T08:00:00Z\",\"extra\":[1]}\n");
        let Item::Article(a) = &items[0] else {
            panic!("{items:?}")
        };
        assert_eq!((a.id.as_str(), a.path_line), ("a", Some(2)));
        assert_eq!(a.published.unwrap().to_string(), "2025-07-03");
    }

    #[test]
    fn each_bad_line_is_named_and_skipped() {
        let input = b"{\"id\":\"a\",\"text\":\"x\"}\n{broken\n{\"text\":\"no id\"}\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"x\",\"published\":\"July\"}\n[1]\n{\"id\":\"e\",\"text\":\"y\"}";
        let items = run(input);
        let probs: Vec<_> = items
            .iter()
            .filter_map(|i| match i {
                Item::Problem(p) => Some((p.line.unwrap(), p.message.clone())),
                _ => None,
            })
            .collect();
        let lines: Vec<usize> = probs.iter().map(|p| p.0).collect();
        assert_eq!(lines, [2, 3, 4, 5, 6]);
        assert!(probs[0].1.starts_with("invalid JSON"));
        assert!(probs[1].1.contains("missing \"id\""));
        assert!(probs[2].1.contains("missing \"text\""));
        assert!(probs[3].1.contains("July"));
        assert!(matches!(items.last(), Some(Item::Article(a)) if a.id == "e"));
    }

    /// Lines built from JSON pieces, most of them broken: the field-by-field
    /// reading must give what the `Value` reading gives, error for error.
    fn agree(line: &str) {
        assert_eq!(parse_line(line), parse_value_line(line), "{line:?}");
    }

    #[test]
    fn field_reading_agrees_on_crafted_lines() {
        for line in [
            r#"{"id":"a","text":"x"}"#,
            r#" {"id":"a","text":"x\ny","source":" Wire ","published":"2025-07-03T08:00:00+03:00"}"#,
            r#"{"id":7,"text":"x","url":null,"title":""}"#,
            r#"{"id":-7.5e3,"text":"x"}"#,
            r#"{"id":" ","text":"x"}"#,
            r#"{"id":null,"text":"x"}"#,
            r#"{"id":true,"text":"x"}"#,
            r#"{"id":"a"}"#,
            r#"{"text":"x"}"#,
            r#"{"id":"a","text":5}"#,
            r#"{"id":"a","text":"x","source":3}"#,
            r#"{"id":"a","text":"x","published":"July"}"#,
            r#"{"id":"a","text":"x","published":["2025-07-03"]}"#,
            r#"{"id":"a","id":"b","text":"x","text":"y"}"#,
            r#"{"id":"a","text":"x","id":3}"#,
            r#"{"id":"a","text":"x","extra":{"n":1e400}}"#,
            r#"{"id":"a","text":"x","extra":[1,2,{"k":[null]}]}"#,
            r#"{"id":"a","text":"x","id":1e400}"#,
            r#"{"\u0069d":"a","te\u0078t":"x"}"#,
            r#"{"id":"a","text":"x"} trailing"#,
            r#"{"id":"a","text":"x"}{}"#,
            r#"{"id":"a" "text":"x"}"#,
            r#"{"id":"a","text":"x",}"#,
            r#"{"id":"a","text":"bad \q escape"}"#,
            r#"{"id":"a","text":"x""#,
            r#"{broken"#,
            r#"{1:2}"#,
            r#"{}"#,
            "[1]",
            "\"just a string\"",
            "12",
            "nul",
            "{\"id\":\"a\",\"text\":\"x\"}\r\n",
            "\u{a0}{\"id\":\"a\",\"text\":\"x\"}",
        ] {
            agree(line);
        }
    }

    proptest::proptest! {
        #[test]
        fn field_reading_agrees_on_pieces(pieces in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just("{"), proptest::strategy::Just("}"),
                proptest::strategy::Just("\"id\""), proptest::strategy::Just("\"text\""),
                proptest::strategy::Just("\"source\""), proptest::strategy::Just("\"published\""),
                proptest::strategy::Just("\"title\""), proptest::strategy::Just("\"url\""),
                proptest::strategy::Just("\"x\""), proptest::strategy::Just(":"),
                proptest::strategy::Just(","), proptest::strategy::Just("\"2025-07-03\""),
                proptest::strategy::Just("\"a\\nb\""), proptest::strategy::Just("\" \""),
                proptest::strategy::Just("1"), proptest::strategy::Just("-2.5"),
                proptest::strategy::Just("1e400"), proptest::strategy::Just("null"),
                proptest::strategy::Just("true"), proptest::strategy::Just("["),
                proptest::strategy::Just("]"), proptest::strategy::Just(" "),
            ],
            0..16,
        )) {
            agree(&pieces.concat());
        }

        #[test]
        fn field_reading_agrees_on_objects(fields in proptest::collection::vec(
            (
                proptest::prop_oneof![
                    proptest::strategy::Just("id"), proptest::strategy::Just("text"),
                    proptest::strategy::Just("source"), proptest::strategy::Just("url"),
                    proptest::strategy::Just("title"), proptest::strategy::Just("published"),
                    proptest::strategy::Just("other"),
                ],
                proptest::prop_oneof![
                    proptest::strategy::Just("\"a\""), proptest::strategy::Just("\" b \""),
                    proptest::strategy::Just("\"\""), proptest::strategy::Just("\"x\\ty\""),
                    proptest::strategy::Just("\"2025-07-03\""), proptest::strategy::Just("\"2025-07-03T01:00:00Z\""),
                    proptest::strategy::Just("12"), proptest::strategy::Just("-0.5"),
                    proptest::strategy::Just("null"), proptest::strategy::Just("false"),
                    proptest::strategy::Just("[1,\"a\"]"), proptest::strategy::Just("{\"k\":1}"),
                ],
            ),
            0..8,
        )) {
            let body: Vec<String> = fields.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
            agree(&format!("{{{}}}", body.join(",")));
        }
    }

    #[test]
    fn invalid_utf8_line_warns_then_reads() {
        let items = run(b"{\"id\":\"a\",\"text\":\"caf\xe9\"}\n");
        assert!(matches!(&items[0], Item::Problem(p) if p.level == Level::Warning));
        assert!(matches!(&items[1], Item::Article(a) if a.text.contains('\u{fffd}')));
    }
}
