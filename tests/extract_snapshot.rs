//! Snapshots of the example corpus, run through the real binary from the
//! crate root (as the README's commands are). The extractor is still being
//! tuned, so these change; review with `cargo insta review`, or accept with
//! `INSTA_UPDATE=always cargo test --test extract_snapshot`, and read the
//! diff before committing it.

use std::process::Command;

fn run(args: &[&str]) -> (String, String, Option<i32>) {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("run crosscheck");
    (
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        out.status.code(),
    )
}

#[test]
fn extract_examples_jsonl() {
    let (stdout, stderr, code) = run(&["extract", "--format", "jsonl", "examples/"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stderr, "", "the example corpus reads without warnings");
    // Every line is one JSON object.
    for line in stdout.lines() {
        serde_json::from_str::<serde_json::Value>(line)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
    }
    insta::assert_snapshot!(stdout);
}

#[test]
fn check_examples_markdown() {
    let (stdout, stderr, code) = run(&[
        "check",
        "--as-of",
        "2025-09-15",
        "--format",
        "markdown",
        "examples/",
    ]);
    // The corpus has planted conflicts (see examples/sources.yaml).
    assert_eq!(code, Some(1), "{stderr}");
    assert_eq!(stderr, "");
    for ty in [
        "conflict",
        "superseded",
        "stale",
        "deadline\\_passed",
        "inconsistent",
    ] {
        assert!(stdout.contains(ty), "no {ty} in the report:\n{stdout}");
    }
    insta::assert_snapshot!(stdout);
}
