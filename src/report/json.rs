//! `check --format json`: the SPEC's report object, pretty-printed.

use crate::model::Report;

/// The report as the SPEC's JSON object, with a trailing newline.
pub fn render(report: &Report) -> String {
    // The model is plain data with string keys: serialising cannot fail.
    let mut s = serde_json::to_string_pretty(report).unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::check_table::tests::sample;
    use serde_json::Value;

    #[test]
    fn spec_shape() {
        let s = render(&sample());
        let v: Value = serde_json::from_str(&s).unwrap();
        let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        keys.sort();
        assert_eq!(
            keys,
            ["articles", "as_of", "claims", "clusters", "findings", "stories"]
        );
        // Top-level keys appear in the SPEC's order.
        let at = |k: &str| s.find(&format!("\n  \"{k}\":")).unwrap();
        assert!(at("as_of") < at("articles") && at("articles") < at("claims"));
        assert!(at("claims") < at("clusters") && at("clusters") < at("findings"));
        assert_eq!(v["as_of"], "2025-07-20");
        let f = &v["findings"][0];
        for k in ["id", "type", "severity", "cluster", "claims", "message"] {
            assert!(f.get(k).is_some(), "finding lacks {k}");
        }
        assert_eq!(f["type"], "conflict");
        assert_eq!(f["severity"], "error");
        let c = &v["clusters"][0];
        for k in [
            "id", "kind", "measure", "subject", "claims", "range", "story",
        ] {
            assert!(c.get(k).is_some(), "cluster lacks {k}");
        }
        assert_eq!(c["range"]["low"], 15);
        let r = &c["claims"][0];
        for k in ["article", "start", "end", "text", "published"] {
            assert!(r.get(k).is_some(), "claim ref lacks {k}");
        }
    }

    #[test]
    fn round_trips_and_is_stable() {
        let s = render(&sample());
        assert!(s.ends_with("}\n"));
        let back: Report = serde_json::from_str(&s).unwrap();
        assert_eq!(back, sample());
        assert_eq!(render(&back), s);
    }
}
