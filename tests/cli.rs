//! Whole-CLI tests.
//!
//! Most cases are `tests/cmd/*.toml` files run by `trycmd`, with the expected
//! `.stdout` / `.stderr` beside them (`[..]` and `...` mark parts that may
//! vary). Regenerate with `TRYCMD=overwrite cargo test --test cli`, then read
//! the diff: each case asserts a finding type, an exit status or a message a
//! user relies on. Fixtures live in `tests/fixtures/cli/`.
//!
//! The plain tests below cover what a snapshot cannot: files written by
//! `check --out`.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

#[test]
fn cli() {
    trycmd::TestCases::new()
        .default_bin_name("crosscheck")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .case("tests/cmd/*.toml");
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli")
}

fn crosscheck(args: &[&str], cwd: &Path) -> Output {
    common::crosscheck(cwd)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("run crosscheck")
}

/// A fresh, empty directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let thread = std::thread::current().id();
        TempDir(common::scratch("cli", &format!("{name}-{thread:?}")))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn check_out_writes_all_three_reports() {
    let tmp = TempDir::new("out");
    // A directory that does not exist yet, two levels deep: --out creates it.
    let out_dir = tmp.0.join("reports/latest");
    let out = crosscheck(
        &[
            "check",
            "--as-of",
            "2025-09-01",
            "--format",
            "json",
            "--out",
            out_dir.to_str().unwrap(),
            "conflict",
        ],
        &fixtures(),
    );
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let mut names: Vec<String> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["report.html", "report.json", "report.md"]);

    // report.json is the same report as `--format json` on stdout.
    let json = std::fs::read_to_string(out_dir.join("report.json")).unwrap();
    assert_eq!(json, String::from_utf8(out.stdout).unwrap());
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["as_of"], "2025-09-01");
    let findings = v["findings"].as_array().unwrap();
    assert!(
        findings.iter().any(|f| f["type"] == "conflict"),
        "no conflict in {json}"
    );
    let id = findings[0]["id"].as_str().unwrap();

    let md = std::fs::read_to_string(out_dir.join("report.md")).unwrap();
    assert!(md.contains("conflict") && md.contains(id), "{md}");
    assert!(md.contains("2025-09-01"), "report.md states its date: {md}");

    let html = std::fs::read_to_string(out_dir.join("report.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains(id), "{html}");
    assert!(html.trim_end().ends_with("</html>"), "report.html is whole");
}

#[test]
fn check_out_into_a_file_is_an_error() {
    let tmp = TempDir::new("out-file");
    let file = tmp.0.join("not-a-dir");
    std::fs::write(&file, "x").unwrap();
    let out = crosscheck(
        &[
            "check",
            "--as-of",
            "2025-09-01",
            "--out",
            file.to_str().unwrap(),
            "conflict",
        ],
        &fixtures(),
    );
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "one-line message: {err}");
    assert!(err.contains("not-a-dir"), "names the path: {err}");
}

/// The same output twice: ids and bytes are stable (SPEC: "the same input
/// gives the same ids and byte-identical output").
#[test]
fn check_json_is_byte_identical_across_runs() {
    let args = [
        "check",
        "--as-of",
        "2025-09-01",
        "--format",
        "json",
        "conflict",
        "superseded",
        "stale",
        "separate_events",
    ];
    let a = crosscheck(&args, &fixtures());
    let b = crosscheck(&args, &fixtures());
    assert_eq!(a.stdout, b.stdout);
    assert!(!a.stdout.is_empty());
}

/// Hard-wrapped text: a deadline whose "by" ends one line and whose date
/// starts the next ("... a ceasefire by\nAugust 8") is still a deadline, and
/// its passing is found.
#[test]
fn deadline_by_across_a_line_break() {
    let text = "date 2025-07-29\nThe U.S. president said on Tuesday that Russia must agree to a ceasefire by\nAugust 8 or face new tariffs on buyers of its oil.\n";
    let out = common::cc_stdin(
        &["check", "--as-of", "2025-09-01", "--format", "json"],
        text,
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["type"] == "deadline_passed"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
