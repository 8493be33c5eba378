//! The fields of a JSONL line, read straight from the JSON text.
//!
//! Parsing each line into a `serde_json::Value` first built a map, a string
//! for every key and a copy of every value, all dropped at once. Here the
//! known keys are read in place (borrowed where the JSON has no escapes)
//! and everything else is parsed as a `Value` and dropped, so the parser
//! sees, checks and rejects exactly what it did before: the same errors at
//! the same columns, the last of duplicate keys winning, numbers out of
//! range refused anywhere in the line. The usual line, whose values are
//! all plain strings or `null`, is first read by hand (`read_flat`), which
//! gives the same fields or leaves the line to the parser.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value};
use std::borrow::Cow;
use std::fmt;

/// A value of a known key, as much as the checks of `parse_line` need.
#[derive(Debug)]
pub enum Field<'a> {
    /// A string (borrowed from the line unless it held escapes).
    Str(Cow<'a, str>),
    /// A number, as `Value::Number` holds it.
    Num(Number),
    /// `null`.
    Null,
    /// A boolean, an array or an object.
    Other,
}

/// The known keys of a line's object (the last of each, as in a map).
#[derive(Debug, Default)]
pub struct Fields<'a> {
    pub id: Option<Field<'a>>,
    pub text: Option<Field<'a>>,
    pub source: Option<Field<'a>>,
    pub url: Option<Field<'a>>,
    pub title: Option<Field<'a>>,
    pub published: Option<Field<'a>>,
}

/// Reads the object of `line`, which must start (after JSON white space)
/// with `{`, as `serde_json::from_str::<Value>` reads it.
pub fn read(line: &str) -> Result<Fields<'_>, serde_json::Error> {
    if let Some(fields) = read_flat(line) {
        return Ok(fields);
    }
    let mut de = serde_json::Deserializer::from_str(line);
    let fields = de.deserialize_any(LineVisitor)?;
    de.end()?;
    Ok(fields)
}

/// [`read`] of the usual line, an object whose values are all strings or
/// `null`, read here byte by byte: the parser took about six instructions
/// a byte of it, most of them finding where each string ends a word at a
/// time and copying an escaped text into a scratch buffer that started
/// empty for each line and grew a dozen times over an article. `None` for
/// any other line (a number, a `\u` escape, anything the parser might
/// refuse), which the parser then reads: the same fields, the same errors.
fn read_flat(line: &str) -> Option<Fields<'_>> {
    let b = line.as_bytes();
    let mut i = skip_space(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_space(b, i + 1);
    let mut f = Fields::default();
    if b.get(i) == Some(&b'}') {
        i += 1;
    } else {
        loop {
            let (key, j) = flat_string(line, i)?;
            i = skip_space(b, j);
            if b.get(i) != Some(&b':') {
                return None;
            }
            i = skip_space(b, i + 1);
            let (value, j) = match b.get(i)? {
                b'"' => {
                    let (s, j) = flat_string(line, i)?;
                    (Field::Str(s), j)
                }
                b'n' if b[i..].starts_with(b"null") => (Field::Null, i + 4),
                _ => return None,
            };
            // The last of a key wins, as in a map.
            match key.as_ref() {
                "id" => f.id = Some(value),
                "text" => f.text = Some(value),
                "source" => f.source = Some(value),
                "url" => f.url = Some(value),
                "title" => f.title = Some(value),
                "published" => f.published = Some(value),
                _ => {}
            }
            i = skip_space(b, j);
            match b.get(i)? {
                b',' => i = skip_space(b, i + 1),
                b'}' => {
                    i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    (skip_space(b, i) == b.len()).then_some(f)
}

/// Past JSON white space from `i`.
fn skip_space(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\n' | b'\t' | b'\r')) {
        i += 1;
    }
    i
}

/// The JSON string that opens at `line[i]`, unescaped, and where it ends;
/// `None` unless it is closed, holds no control character and escapes
/// nothing but with one of `\" \\ \/ \b \f \n \r \t` (all of which the
/// parser takes alike).
fn flat_string(line: &str, i: usize) -> Option<(Cow<'_, str>, usize)> {
    let b = line.as_bytes();
    if b.get(i) != Some(&b'"') {
        return None;
    }
    let start = i + 1;
    // Unescaped as the closing quote is looked for: each escape's run of
    // plain bytes goes over whole. (A string with an escape is most often
    // the text, the rest of the line: room for all of it at once.)
    let mut out: Option<String> = None;
    let mut from = start;
    let end = loop {
        let k = from + memchr::memchr2(b'"', b'\\', &b[from..])?;
        if b[k] == b'"' {
            break k;
        }
        let c = match b.get(k + 1)? {
            c @ (b'"' | b'\\' | b'/') => *c as char,
            b'b' => '\x08',
            b'f' => '\x0c',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            _ => return None,
        };
        let o = out.get_or_insert_with(|| String::with_capacity(b.len() - start));
        o.push_str(&line[from..k]);
        o.push(c);
        from = k + 2;
    };
    if has_control(&b[start..end]) {
        return None;
    }
    let s = match out {
        None => Cow::Borrowed(&line[start..end]),
        Some(mut o) => {
            o.push_str(&line[from..end]);
            Cow::Owned(o)
        }
    };
    Some((s, end + 1))
}

/// Whether `b` holds a byte below 0x20: 64 bytes a turn, each turn
/// without a branch inside so that the compiler reads it with vector
/// instructions.
fn has_control(b: &[u8]) -> bool {
    let mut blocks = b.chunks_exact(64);
    for block in blocks.by_ref() {
        if block.iter().fold(0u8, |m, &c| m | u8::from(c < 0x20)) != 0 {
            return true;
        }
    }
    blocks.remainder().iter().any(|&c| c < 0x20)
}

struct LineVisitor;

impl<'de> Visitor<'de> for LineVisitor {
    type Value = Fields<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields<'de>, A::Error> {
        let mut f = Fields::default();
        while let Some(key) = map.next_key::<Field<'de>>()? {
            let slot = match &key {
                Field::Str(k) => match k.as_ref() {
                    "id" => Some(&mut f.id),
                    "text" => Some(&mut f.text),
                    "source" => Some(&mut f.source),
                    "url" => Some(&mut f.url),
                    "title" => Some(&mut f.title),
                    "published" => Some(&mut f.published),
                    _ => None,
                },
                _ => None,
            };
            match slot {
                Some(slot) => *slot = Some(map.next_value::<Field<'de>>()?),
                None => {
                    map.next_value::<Value>()?;
                }
            }
        }
        Ok(f)
    }
}

impl<'de> Deserialize<'de> for Field<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FieldVisitor)
    }
}

/// Reads any value as `Value`'s own visitor does, keeping only a string, a
/// number or `null`; arrays and objects are read through as `Value`s.
struct FieldVisitor;

impl<'de> Visitor<'de> for FieldVisitor {
    type Value = Field<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any valid JSON value")
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Field<'de>, E> {
        Ok(Field::Other)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Field<'de>, E> {
        Ok(Field::Num(v.into()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Field<'de>, E> {
        Ok(Field::Num(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Field<'de>, E> {
        Ok(Number::from_f64(v).map_or(Field::Null, Field::Num))
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Field<'de>, E> {
        Ok(Field::Str(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Field<'de>, E> {
        Ok(Field::Str(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Field<'de>, E> {
        Ok(Field::Str(Cow::Owned(v)))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Field<'de>, E> {
        Ok(Field::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Field<'de>, E> {
        Ok(Field::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Field<'de>, A::Error> {
        while seq.next_element::<Value>()?.is_some() {}
        Ok(Field::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Field<'de>, A::Error> {
        while map.next_entry::<String, Value>()?.is_some() {}
        Ok(Field::Other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the parser reads from `line`, field by field.
    fn general(line: &str) -> Option<String> {
        let mut de = serde_json::Deserializer::from_str(line);
        let fields = de.deserialize_any(LineVisitor).ok()?;
        de.end().ok()?;
        Some(format!("{fields:?}"))
    }

    /// The line read by hand, where it is, and by the parser agree.
    fn agree(line: &str) -> bool {
        let flat = read_flat(line).map(|f| format!("{f:?}"));
        if let Some(flat) = &flat {
            assert_eq!(Some(flat.clone()), general(line), "{line:?}");
        }
        flat.is_some()
    }

    #[test]
    fn the_usual_line_is_read_by_hand() {
        for line in [
            r#"{"id":"a","text":"x"}"#,
            r#" { "id" : "a" , "text" : "one\ntwo \"three\" \\ \/ \b\f\r\t" } "#,
            r#"{"id":"a","text":"x","url":null,"other":"y","id":"b"}"#,
            r#"{"id":"a","text":"ends in \\"}"#,
            r#"{"id":"a","text":"\\\"\\"}"#,
            "{\"id\":\"a\",\"text\":\"caf\u{e9} \u{2014} \u{1f600}\"}\r\n",
            r#"{}"#,
        ] {
            assert!(agree(line), "{line:?}");
        }
    }

    #[test]
    fn anything_else_is_left_to_the_parser() {
        for line in [
            r#"{"id":"a","text":"caf\u00e9"}"#,
            r#"{"id":"a","text":"\ud800"}"#,
            r#"{"id":1,"text":"x"}"#,
            r#"{"id":"a","text":"x","tags":["a"]}"#,
            r#"{"id":"a","text":"x","flag":true}"#,
            "{\"id\":\"a\",\"text\":\"raw\nnewline\"}",
            "{\"id\":\"a\",\"text\":\"tab\there\"}",
            r#"{"id":"a","text":"bad \q"}"#,
            r#"{"id":"a","text":"x",}"#,
            r#"{"id":"a","text":"x"} x"#,
            r#"{"id":"a" "text":"x"}"#,
            r#"{"id":"a","text":"x"#,
            r#"{"id":"a","text":"x\"#,
            r#"{"id":nul}"#,
            r#"{"id":"a",}"#,
            r#"[1]"#,
        ] {
            assert!(!agree(line), "{line:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn hand_and_parser_agree_on_strings(pieces in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Just("a"), proptest::strategy::Just(" "),
                proptest::strategy::Just("\\n"), proptest::strategy::Just("\\\""),
                proptest::strategy::Just("\\\\"), proptest::strategy::Just("\\/"),
                proptest::strategy::Just("\\t"), proptest::strategy::Just("\\u0041"),
                proptest::strategy::Just("\\x"), proptest::strategy::Just("\\"),
                proptest::strategy::Just("\""), proptest::strategy::Just("\n"),
                proptest::strategy::Just("\u{1f}"), proptest::strategy::Just("\u{7f}"),
                proptest::strategy::Just("\u{e9}"), proptest::strategy::Just("\u{2014}"),
                proptest::strategy::Just("0123456789"),
            ],
            0..24,
        ), key in proptest::prop_oneof![
            proptest::strategy::Just("text"), proptest::strategy::Just("id"),
            proptest::strategy::Just("other"),
        ]) {
            agree(&format!("{{\"id\":\"a\",\"{key}\":\"{}\"}}", pieces.concat()));
        }
    }
}
