//! Turning a file's bytes into text, with the checks every form shares:
//! binary files and empty files are skipped, invalid UTF-8 is read lossily.

use super::{Level, Problem};

/// How far into a file we look for NUL bytes. Text never contains NUL;
/// binaries (images, archives, PDFs) almost always do early on.
pub const SNIFF: usize = 8 * 1024;

/// Whether the first [`SNIFF`] bytes contain a NUL byte.
pub fn looks_binary(head: &[u8]) -> bool {
    head[..head.len().min(SNIFF)].contains(&0)
}

/// Decodes a whole file. `Err` is a Warning that says why the file is
/// skipped; `Ok` may carry a Warning that it was read lossily.
pub fn decode(bytes: Vec<u8>, path: &str) -> Result<(String, Option<Problem>), Problem> {
    let warn = |line, message: String| Problem {
        level: Level::Warning,
        path: path.to_string(),
        line,
        message,
    };
    if looks_binary(&bytes) {
        return Err(warn(None, "binary file (NUL bytes), skipped".into()));
    }
    let (text, note) = match String::from_utf8(bytes) {
        Ok(s) => (s, None),
        Err(e) => {
            let bad = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let line = 1 + bytes[..bad].iter().filter(|b| **b == b'\n').count();
            let msg = format!("not valid UTF-8 (byte {bad}); read with replacement characters");
            (
                String::from_utf8_lossy(&bytes).into_owned(),
                Some(warn(Some(line), msg)),
            )
        }
    };
    if text.trim().is_empty() {
        return Err(warn(None, "empty file, skipped".into()));
    }
    Ok((text, note))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_text_passes_untouched() {
        let (t, note) = decode(b"Ten people were hurt.\n".to_vec(), "a.txt").unwrap();
        assert_eq!(t, "Ten people were hurt.\n");
        assert!(note.is_none());
    }

    #[test]
    fn latin1_is_read_lossily_with_a_line() {
        let (t, note) = decode(b"line one\nCaf\xe9 closed.\n".to_vec(), "b.txt").unwrap();
        assert!(t.contains("Caf\u{fffd} closed."));
        let p = note.unwrap();
        assert_eq!((p.level, p.line), (Level::Warning, Some(2)));
    }

    #[test]
    fn binary_and_empty_are_skipped() {
        assert!(decode(b"PK\x03\x04\x00\x00".to_vec(), "c.txt")
            .unwrap_err()
            .message
            .contains("binary"));
        assert!(decode(b"  \n\n".to_vec(), "d.txt")
            .unwrap_err()
            .message
            .contains("empty"));
        // A NUL far past the sniffing window is not looked at.
        let mut late = vec![b'a'; SNIFF + 10];
        late.push(0);
        assert!(!looks_binary(&late));
    }
}
