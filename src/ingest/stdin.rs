//! Standard input: JSONL when the first non-blank character is `{`, else
//! one plain-text article with id `stdin`.

use super::{input, jsonl::JsonlReader, plain, problem, Item, Level, Stream};
use std::io::{BufRead, BufReader, Cursor, Read};

/// How standard input is named in problems.
pub const NAME: &str = "<stdin>";

/// Streams standard input.
pub fn read() -> Stream {
    from_reader(BufReader::new(std::io::stdin()))
}

/// Streams any reader the way standard input is read (for tests and for
/// callers that pipe data in).
pub fn from_reader<R: BufRead + Send + 'static>(mut reader: R) -> Stream {
    // Look at leading blank lines without losing them: JSONL line numbers
    // must still count them.
    let mut head = Vec::new();
    let first = loop {
        let before = head.len();
        match reader.read_until(b'\n', &mut head) {
            Ok(0) | Err(_) => break None,
            Ok(_) => {
                if let Some(b) = head[before..].iter().find(|b| !b.is_ascii_whitespace()) {
                    break Some(*b);
                }
            }
        }
    };
    let whole = Cursor::new(head).chain(reader);
    if first == Some(b'{') {
        Box::new(JsonlReader::new(BufReader::new(whole), NAME))
    } else {
        Box::new(plain_from(whole, "stdin", NAME).into_iter())
    }
}

/// Reads all of `reader` as one plain-text article named `id`; used for
/// standard input that is not JSONL.
fn plain_from(reader: impl Read, id: &str, shown: &str) -> Vec<Item> {
    let mut bytes = Vec::new();
    let mut reader = reader;
    if let Err(e) = reader.read_to_end(&mut bytes) {
        return vec![Item::Problem(problem(
            shown,
            Level::Error,
            format!("read error: {e}"),
        ))];
    }
    let (text, note) = match input::decode(bytes, shown) {
        Ok(t) => t,
        Err(p) => return vec![Item::Problem(p)],
    };
    let (mut article, problems) = plain::build(id, shown, text, None);
    article.path = None;
    let mut items: Vec<Item> = note
        .into_iter()
        .chain(problems)
        .map(Item::Problem)
        .collect();
    items.push(Item::Article(Box::new(article)));
    items
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_is_detected_and_keeps_line_numbers() {
        let items: Vec<Item> =
            from_reader(Cursor::new(b"\n  {\"id\":\"a\",\"text\":\"t\"}\n".to_vec())).collect();
        assert!(matches!(&items[..], [Item::Article(a)] if a.id == "a" && a.path_line == Some(2)));
    }

    #[test]
    fn plain_text_is_one_article() {
        let input = b" date 2025-06-23 KYIV, June 20 (AP) - Nine people were hurt.\n".to_vec();
        let items: Vec<Item> = from_reader(Cursor::new(input)).collect();
        let [Item::Article(a)] = &items[..] else {
            panic!("{items:?}")
        };
        assert_eq!(a.id, "stdin");
        assert_eq!(a.dateline_date.unwrap().to_string(), "2025-06-20");
    }

    #[test]
    fn empty_input_is_a_warning() {
        let items: Vec<Item> = from_reader(Cursor::new(Vec::new())).collect();
        assert!(matches!(&items[..], [Item::Problem(_)]));
    }
}
