//! The fields of a JSONL line, read straight from the JSON text.
//!
//! Parsing each line into a `serde_json::Value` first built a map, a string
//! for every key and a copy of every value, all dropped at once. Here the
//! known keys are read in place (borrowed where the JSON has no escapes)
//! and everything else is parsed as a `Value` and dropped, so the parser
//! sees, checks and rejects exactly what it did before: the same errors at
//! the same columns, the last of duplicate keys winning, numbers out of
//! range refused anywhere in the line.

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
    let mut de = serde_json::Deserializer::from_str(line);
    let fields = de.deserialize_any(LineVisitor)?;
    de.end()?;
    Ok(fields)
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
