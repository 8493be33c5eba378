//! Whole-CLI tests of the review cycle: check → review → check shows the
//! finding reviewed and the exit status follows.

mod common;

use common::{cc, stderr};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;

fn scratch(name: &str) -> PathBuf {
    common::scratch("review", name)
}

/// Two outlets disagree on a tariff rate: one `conflict`, an error.
const BATCH: &str = r#"{"id":"wire-7","source":"Harbor Wire","published":"2026-03-02","text":"Norland announced a 25% tariff on imported steel from Ostria, effective April 1."}
{"id":"post-9","source":"Valley Post","published":"2026-03-03","text":"Norland announced a 40% tariff on imported steel from Ostria, effective April 1."}
"#;

fn setup(name: &str) -> PathBuf {
    let d = scratch(name);
    std::fs::write(d.join("batch.jsonl"), BATCH).unwrap();
    d
}

fn check(dir: &Path, extra: &[&str]) -> (Output, Value) {
    let mut args = vec![
        "check",
        "batch.jsonl",
        "--as-of",
        "2026-03-10",
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    let o = cc(dir, &args);
    let v = serde_json::from_slice(&o.stdout).unwrap_or(Value::Null);
    (o, v)
}

fn conflict(v: &Value) -> &Value {
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["type"] == "conflict")
        .expect("a conflict")
}

#[test]
fn review_cycle() {
    let d = setup("cycle");
    let (o, v) = check(&d, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let id = conflict(&v)["id"].as_str().unwrap().to_string();
    assert!(conflict(&v).get("review").is_none());

    // An existing file with a comment: kept as it was.
    std::fs::write(d.join("reviews.yaml"), "# Desk decisions, newest last.\n").unwrap();
    let o = cc(
        &d,
        &[
            "review",
            &id,
            "--dismiss",
            "--note",
            "Valley Post quoted the draft: \"40%\" was never adopted",
            "--date",
            "2026-03-11",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let text = std::fs::read_to_string(d.join("reviews.yaml")).unwrap();
    assert!(
        text.starts_with("# Desk decisions, newest last.\n- id: "),
        "{text}"
    );
    assert!(text.contains("by: \"desk-editor\""), "{text}");

    let (o, v) = check(&d, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let r = &conflict(&v)["review"];
    assert_eq!(r["decision"], "dismissed");
    assert_eq!(r["date"], "2026-03-11");
    assert_eq!(
        r["note"],
        "Valley Post quoted the draft: \"40%\" was never adopted"
    );

    // Markdown and the table say so too.
    let o = cc(
        &d,
        &[
            "check",
            "batch.jsonl",
            "--as-of",
            "2026-03-10",
            "--format",
            "markdown",
        ],
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("reviewed: dismissed by desk-editor"));

    // A later decision replaces the earlier one; the file keeps both.
    let o = cc(
        &d,
        &[
            "review",
            &id,
            "--accept",
            "--note",
            "confirmed with the ministry",
        ],
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stderr(&o).contains("reviews.yaml:2: this replaces the earlier decision"),
        "{}",
        stderr(&o)
    );
    let (o, v) = check(&d, &[]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(conflict(&v)["review"]["decision"], "accepted");
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn decisions_matching_nothing_are_listed() {
    let d = setup("stale");
    std::fs::write(
        d.join("reviews.yaml"),
        "# old decisions\n- id: conf-00000000beef\n  decision: accepted\n  note: an old story\n",
    )
    .unwrap();
    let (o, _) = check(&d, &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("warning: reviews.yaml:2: decision for conf-00000000beef matches no finding in this batch"), "{err}");
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn malformed_entries_are_errors_with_their_line() {
    let d = setup("malformed");
    let good = "- id: conf-00000000beef\n  decision: accepted\n";
    for (bad, line) in [
        ("- id: conf-00000000cafe\n  decision: maybe\n", 3),
        ("- id: not-an-id\n  decision: accepted\n", 3),
        ("- id: conf-00000000cafe\n  decison: accepted\n", 4),
    ] {
        std::fs::write(d.join("mine.yaml"), format!("{good}{bad}")).unwrap();
        let (o, _) = check(&d, &["--review-file", "mine.yaml"]);
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.starts_with(&format!("error: mine.yaml:{line}:")),
            "{err}"
        );
    }
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn review_file_option_and_bad_ids() {
    let d = setup("option");
    let (_, v) = check(&d, &[]);
    let id = conflict(&v)["id"].as_str().unwrap().to_string();
    // The same decision, twice: the first run has nowhere to write it.
    let accept = [
        "review",
        &id,
        "--accept",
        "--note",
        "known",
        "--review-file",
        "desk/decisions.yaml",
    ];
    let o = cc(&d, &accept);
    assert_eq!(o.status.code(), Some(2), "the folder does not exist");
    std::fs::create_dir(d.join("desk")).unwrap();
    let o = cc(&d, &accept);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!d.join("reviews.yaml").exists());
    let (o, v) = check(&d, &["--review-file", "desk/decisions.yaml"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(conflict(&v)["review"]["decision"], "accepted");
    let (o, _) = check(&d, &[]);
    assert_eq!(o.status.code(), Some(1), "the default file is not there");

    let o = cc(&d, &["review", "cl-123", "--accept", "--note", "x"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not a finding id"));
    let o = cc(&d, &["review", &id, "--note", "x"]);
    assert_eq!(o.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&d);
}
