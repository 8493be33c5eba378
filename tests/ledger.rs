//! Whole-CLI tests of `check --ledger`, `--only-new`, revisions
//! (`corrected`), crash safety, locking and `history`.

mod common;

use common::{cc, crosscheck, stderr, write};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    common::scratch("ledger", name)
}

/// `check` against the test ledger, judged as of a fixed day, then `extra`.
fn ledger_check<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["check", "--ledger", "ledger.db", "--as-of", "2026-03-10"];
    args.extend_from_slice(extra);
    args
}

fn check_json(dir: &Path, extra: &[&str]) -> (i32, Value, String) {
    let mut args = ledger_check(&["--format", "json"]);
    args.extend_from_slice(extra);
    let o = cc(dir, &args);
    let stderr = stderr(&o);
    let json = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{stderr}", String::from_utf8_lossy(&o.stdout)));
    (o.status.code().unwrap_or(-1), json, stderr)
}

fn findings(v: &Value) -> Vec<&Value> {
    v["findings"].as_array().unwrap().iter().collect()
}

fn of_type<'a>(v: &'a Value, t: &str) -> Vec<&'a Value> {
    findings(v).into_iter().filter(|f| f["type"] == t).collect()
}

/// Every row of every table, as text: equal dumps mean an unchanged ledger.
fn dump(db: &Path) -> String {
    let c = rusqlite::Connection::open(db).unwrap();
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
    let mut out = String::new();
    for t in ["articles", "claims", "findings_seen"] {
        let mut s = c
            .prepare(&format!("SELECT * FROM {t} ORDER BY 1, 2"))
            .unwrap();
        let n = s.column_count();
        let rows = s
            .query_map([], |r| {
                let mut line = String::new();
                for i in 0..n {
                    let v: rusqlite::types::Value = r.get(i)?;
                    line.push_str(&format!("{v:?}|"));
                }
                Ok(line)
            })
            .unwrap();
        for r in rows {
            out.push_str(&r.unwrap());
            out.push('\n');
        }
    }
    out
}

const FIRST: &str = r#"{"id":"wire-7","source":"Harbor Wire","published":"2026-03-02","text":"Norland announced a 25% tariff on imported steel from Ostria, effective April 1."}
"#;
const SECOND: &str = r#"{"id":"post-9","source":"Valley Post","published":"2026-03-03","text":"Norland announced a 40% tariff on imported steel from Ostria, effective April 1."}
"#;
const REVISED: &str = r#"{"id":"wire-7","source":"Harbor Wire","published":"2026-03-02","text":"Norland announced a 20% tariff on imported steel from Ostria, effective April 1. An earlier version of this story gave the wrong rate."}
"#;

#[test]
fn ledger_cycle() {
    let d = scratch("cycle");
    write(&d, "b1/wire.jsonl", FIRST);
    write(&d, "b2/post.jsonl", SECOND);
    write(&d, "b3/wire.jsonl", REVISED);

    // Batch 1 alone: nothing to disagree with.
    let (code, v, err) = check_json(&d, &["b1"]);
    assert_eq!(code, 0, "{err}");
    assert!(of_type(&v, "conflict").is_empty());

    // Batch 2 conflicts with batch 1, which is not in the batch.
    let (code, v, _) = check_json(&d, &["b2", "--fail-on", "error"]);
    assert_eq!(code, 1);
    assert_eq!(v["articles"], 1);
    let c = of_type(&v, "conflict");
    assert_eq!(c.len(), 1, "{v:#}");
    assert_eq!(c[0]["new"], true);
    let articles: Vec<&str> = c[0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["article"].as_str().unwrap())
        .collect();
    assert!(articles.contains(&"wire-7") && articles.contains(&"post-9"));
    let id = c[0]["id"].as_str().unwrap().to_string();
    let before = dump(&d.join("ledger.db"));

    // Batch 2 again: nothing new, nothing stored twice.
    let (code, v, _) = check_json(&d, &["b2", "--only-new"]);
    assert_eq!(code, 0);
    assert!(findings(&v).is_empty(), "{v:#}");
    let (code, v, _) = check_json(&d, &["b2"]);
    assert_eq!(code, 1);
    let c = of_type(&v, "conflict");
    assert_eq!(
        (c[0]["id"].as_str().unwrap(), &c[0]["new"]),
        (id.as_str(), &Value::Bool(false))
    );
    assert_eq!(dump(&d.join("ledger.db")), before);

    // The first article comes back revised: a `corrected` finding with
    // both versions, new once.
    let (_, v, _) = check_json(&d, &["b3"]);
    let k = of_type(&v, "corrected");
    assert_eq!(k.len(), 1, "{v:#}");
    assert_eq!(k[0]["new"], true);
    assert_eq!(k[0]["severity"], "warning");
    let texts: Vec<&str> = k[0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["25%", "20%"]);
    let (_, v, _) = check_json(&d, &["b3"]);
    assert_eq!(of_type(&v, "corrected")[0]["new"], false);
    let (_, v, _) = check_json(&d, &["b3", "--only-new"]);
    assert!(findings(&v).is_empty(), "{v:#}");

    // History: both revisions of wire-7 and the rival figure, by date.
    let o = cc(
        &d,
        &[
            "history",
            "--ledger",
            "ledger.db",
            "--kind",
            "tariff",
            "--subject",
            "ostria",
            "--format",
            "json",
        ],
    );
    assert!(o.status.success());
    let h: Value = serde_json::from_slice(&o.stdout).unwrap();
    let figs: Vec<(String, bool)> = h[0]["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["figure"].as_str().unwrap().to_string(),
                f["replaced"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        figs,
        [
            ("25%".to_string(), true),
            ("20%".to_string(), false),
            ("40%".to_string(), false)
        ]
    );
    let o = cc(&d, &["history", "--ledger", "ledger.db"]);
    let table = String::from_utf8_lossy(&o.stdout);
    assert!(
        table.contains("Valley Post") && table.contains("40%"),
        "{table}"
    );
    let _ = std::fs::remove_dir_all(&d);
}

/// A batch of `n` articles about one quantity, all agreeing.
fn batch(n: usize, tag: &str) -> String {
    (0..n)
        .map(|i| {
            format!(
                "{{\"id\":\"{tag}-{i}\",\"source\":\"Outlet {i}\",\"published\":\"2026-03-0{}\",\"text\":\"Norland announced a 25% tariff on imported steel from Ostria, effective April 1.\"}}\n",
                1 + i % 5
            )
        })
        .collect()
}

#[test]
fn crash_mid_run_leaves_ledger_unchanged() {
    let d = scratch("crash");
    write(&d, "b1/wire.jsonl", FIRST);
    write(&d, "b2/many.jsonl", &batch(6, "many"));
    let (code, _, err) = check_json(&d, &["b1"]);
    assert_eq!(code, 0, "{err}");
    let db = d.join("ledger.db");
    let before = dump(&db);

    // Killed after storing half the batch, mid-transaction.
    let o = crosscheck(&d)
        .env("CROSSCHECK_TEST_ABORT_AFTER", "3")
        .args(ledger_check(&["b2"]))
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert_eq!(o.status.code(), None, "expected death by signal");
    assert_eq!(dump(&db), before);

    // A fatal input error (a path that does not exist) after half the batch.
    let o = cc(&d, &ledger_check(&["b2", "missing.jsonl"]));
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("ledger.db: ledger left unchanged"), "{err}");
    assert_eq!(dump(&db), before);

    // A bad JSONL line is only a warning: the rest is stored.
    write(
        &d,
        "b3/mixed.jsonl",
        &format!("{}not json\n", batch(2, "mixed")),
    );
    let o = cc(&d, &ledger_check(&["b3"]));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_ne!(dump(&db), before);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn a_locked_ledger_fails_with_a_clear_message() {
    let d = scratch("lock");
    write(&d, "b1/wire.jsonl", FIRST);
    write(&d, "b2/post.jsonl", SECOND);
    let (code, _, _) = check_json(&d, &["b1"]);
    assert_eq!(code, 0);
    let db = d.join("ledger.db");
    let before = dump(&db);
    let mut holder = rusqlite::Connection::open(&db).unwrap();
    let tx = holder
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .unwrap();
    let o = cc(&d, &ledger_check(&["b2"]));
    drop(tx);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("ledger.db") && err.contains("in use by another run"),
        "{err}"
    );
    assert_eq!(dump(&db), before);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn two_runs_at_once_both_land() {
    let d = scratch("parallel");
    write(&d, "b1/a.jsonl", &batch(40, "left"));
    write(&d, "b2/b.jsonl", &batch(40, "right"));
    let spawn = |b: &str| cc(&d, &ledger_check(&["--format", "json", b]));
    let (l, r) = std::thread::scope(|s| {
        let l = s.spawn(|| spawn("b1"));
        let r = s.spawn(|| spawn("b2"));
        (l.join().unwrap(), r.join().unwrap())
    });
    for o in [&l, &r] {
        assert_eq!(o.status.code(), Some(0), "{}", stderr(o));
    }
    let c = rusqlite::Connection::open(d.join("ledger.db")).unwrap();
    let n: i64 = c
        .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 80);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn history_needs_an_existing_ledger_and_only_new_needs_a_ledger() {
    let d = scratch("usage");
    let o = cc(&d, &["history", "--ledger", "nope.db"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("nope.db: no such ledger"));
    assert!(!d.join("nope.db").exists());
    let o = cc(&d, &["check", "--only-new", "x.jsonl"]);
    assert_eq!(o.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&d);
}

fn tariff(id: &str, outlet: &str, published: &str, rate: u32) -> String {
    format!(
        "{{\"id\":\"{id}\",\"source\":\"{outlet}\",\"published\":\"{published}\",\"text\":\"Norland announced a {rate}% tariff on imported steel from Ostria.\"}}\n"
    )
}

/// Aligning a batch against the ledger gives the same cluster as aligning
/// everything at once: history claims that chain on within the event
/// window are found, a far older report is not.
#[test]
fn history_lookup_matches_a_full_alignment() {
    let d = scratch("chain");
    let old = [
        tariff("far", "Old Gazette", "2026-01-10", 25),
        tariff("a", "Harbor Wire", "2026-03-01", 25),
        tariff("b", "River News", "2026-03-05", 25),
    ];
    for (i, a) in old.iter().enumerate() {
        write(&d, &format!("h{i}/a.jsonl"), a);
        let (code, _, err) = check_json(&d, &[&format!("h{i}")]);
        assert!(code <= 1, "{err}");
    }
    write(
        &d,
        "new/c.jsonl",
        &tariff("c", "Valley Post", "2026-03-09", 40),
    );
    let (_, v, _) = check_json(&d, &["new"]);
    let cluster = |v: &Value| -> (String, Vec<String>) {
        let c = v["clusters"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| {
                c["claims"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|r| r["article"] == "c")
            })
            .expect("the new article's cluster")
            .clone();
        let arts = c["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["article"].as_str().unwrap().to_string())
            .collect();
        (c["id"].as_str().unwrap().to_string(), arts)
    };
    let (id, arts) = cluster(&v);
    assert_eq!(arts, ["a", "b", "c"]);
    // Everything at once, no ledger.
    let o = cc(
        &d,
        &[
            "check",
            "h0",
            "h1",
            "h2",
            "new",
            "--as-of",
            "2026-03-10",
            "--format",
            "json",
        ],
    );
    let all: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(cluster(&all), (id, arts));
    let ids = |v: &Value| -> Vec<String> {
        let mut x: Vec<String> = v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| {
                f["claims"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|r| r["article"] == "c")
            })
            .map(|f| f["id"].as_str().unwrap().to_string())
            .collect();
        x.sort();
        x
    };
    assert_eq!(ids(&v), ids(&all));
    assert!(!ids(&v).is_empty());
    let _ = std::fs::remove_dir_all(&d);
}
