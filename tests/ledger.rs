//! Whole-CLI tests of the ledger on both backends: `check --ledger`,
//! `--only-new`, revisions (`corrected`), crash safety, concurrent runs,
//! `history`, decisions kept in the ledger, upgrades and export/import.
//!
//! Each test in [`both!`] runs twice: on a SQLite file, and on a fresh
//! database of the PostgreSQL server `CROSSCHECK_TEST_PG` names (a URL to a
//! database the user may `CREATE DATABASE` from; `.ci/pg-start` starts
//! one). Without it the PostgreSQL half is skipped with a note, except
//! under `CI=true`, where it fails.

mod common;

use common::{cc, crosscheck, stderr, write};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    common::scratch("ledger", name)
}

/// Where a test's ledger lives.
enum Backend {
    /// `ledger.db` in the test's directory.
    Sqlite,
    /// A database of its own on the test server.
    Postgres {
        /// The ledger URL (with the password).
        url: String,
    },
}

/// The test server's URL, if one is configured; under `CI=true` a missing
/// server is a failure.
fn server() -> Option<String> {
    match std::env::var("CROSSCHECK_TEST_PG") {
        Ok(u) if !u.is_empty() => Some(u),
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => panic!(
            "CI=true but CROSSCHECK_TEST_PG is not set: the PostgreSQL ledger tests need a server \
             (export CROSSCHECK_TEST_PG=$(.ci/pg-start DIR))"
        ),
        _ => {
            eprintln!(
                "note: CROSSCHECK_TEST_PG is not set; PostgreSQL ledger tests skipped \
                 (export CROSSCHECK_TEST_PG=$(.ci/pg-start DIR) to run them)"
            );
            None
        }
    }
}

/// `url` with its database replaced by `db`.
fn with_db(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let scheme = base.find("://").map_or(0, |i| i + 3);
    let host_end = base[scheme..].find('/').map_or(base.len(), |i| scheme + i);
    format!("{}/{db}{query}", &base[..host_end])
}

/// A connection to the test server's database `db`.
fn admin(db: &str) -> postgres::Client {
    let url = with_db(&server().expect("a test server"), db);
    postgres::Client::connect(&url, postgres::NoTls)
        .unwrap_or_else(|e| panic!("cannot reach the test server: {e}"))
}

impl Backend {
    /// A fresh PostgreSQL database for test `name`, or `None` (skipped)
    /// when no server is configured outside CI.
    fn postgres(name: &str) -> Option<Backend> {
        let url = server()?;
        let db = format!("cc_{name}_{}", std::process::id());
        let mut c = admin("postgres");
        for sql in [
            format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"),
            format!("CREATE DATABASE {db}"),
        ] {
            c.batch_execute(&sql)
                .unwrap_or_else(|e| panic!("cannot create test database {db}: {e:?}"));
        }
        Some(Backend::Postgres {
            url: with_db(&url, &db),
        })
    }

    /// The `--ledger` value.
    fn ledger(&self) -> &str {
        match self {
            Backend::Sqlite => "ledger.db",
            Backend::Postgres { url } => url,
        }
    }

    /// The database name (PostgreSQL).
    fn db(&self) -> Option<String> {
        match self {
            Backend::Sqlite => None,
            Backend::Postgres { url } => Some(
                url.rsplit('/')
                    .next()
                    .unwrap()
                    .split('?')
                    .next()
                    .unwrap()
                    .to_string(),
            ),
        }
    }

    /// Every row of the ledger, as `ledger export` writes it: equal dumps
    /// mean an unchanged ledger.
    fn dump(&self, dir: &Path) -> String {
        if let Backend::Sqlite = self {
            let c = rusqlite::Connection::open(dir.join("ledger.db")).unwrap();
            let ok: String = c
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .unwrap();
            assert_eq!(ok, "ok");
        }
        let o = cc(dir, &["ledger", "export", "--ledger", self.ledger()]);
        assert!(o.status.success(), "{}", stderr(&o));
        String::from_utf8(o.stdout).unwrap()
    }

    /// How many rows `table` holds.
    fn count(&self, dir: &Path, table: &str) -> usize {
        self.dump(dir)
            .lines()
            .filter(|l| l.contains(&format!("\"table\":\"{table}\"")))
            .count()
    }
}

impl Drop for Backend {
    fn drop(&mut self) {
        if let Some(db) = self.db() {
            if !std::thread::panicking() {
                let _ = admin("postgres")
                    .batch_execute(&format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"));
            }
        }
    }
}

/// Runs test function `f` on SQLite and on PostgreSQL.
macro_rules! both {
    ($f:ident) => {
        mod $f {
            #[test]
            fn sqlite() {
                super::$f(&super::Backend::Sqlite);
            }
            #[test]
            fn postgres() {
                if let Some(b) = super::Backend::postgres(stringify!($f)) {
                    super::$f(&b);
                }
            }
        }
    };
}

both!(ledger_cycle);
both!(crash_mid_run_leaves_ledger_unchanged);
both!(two_runs_at_once_both_land);
both!(history_lookup_matches_a_full_alignment);
both!(decisions_kept_in_the_ledger);
both!(export_then_import_gives_the_same_history);
both!(a_change_keeps_its_roles_in_the_ledger);
both!(a_v1_ledger_is_upgraded_on_first_use);
both!(stories_carry_over_batches);

/// `check` against the test ledger, judged as of a fixed day, then `extra`.
fn ledger_check<'a>(b: &'a Backend, extra: &[&'a str]) -> Vec<&'a str> {
    check_on(b.ledger(), extra)
}

/// `check --ledger ledger`, judged as of a fixed day, then `extra`.
fn check_on<'a>(ledger: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["check", "--ledger", ledger, "--as-of", "2026-03-10"];
    args.extend_from_slice(extra);
    args
}

fn check_json(b: &Backend, dir: &Path, extra: &[&str]) -> (i32, Value, String) {
    let mut args = ledger_check(b, &["--format", "json"]);
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

/// `history --format json` of the tariff on Ostria.
fn history_json(dir: &Path, ledger: &str) -> Value {
    let o = cc(
        dir,
        &[
            "history",
            "--ledger",
            ledger,
            "--kind",
            "tariff",
            "--subject",
            "ostria",
            "--format",
            "json",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    serde_json::from_slice(&o.stdout).unwrap()
}

const FIRST: &str = r#"{"id":"wire-7","source":"Harbor Wire","published":"2026-03-02","text":"Norland announced a 25% tariff on imported steel from Ostria, effective April 1."}
"#;
const SECOND: &str = r#"{"id":"post-9","source":"Valley Post","published":"2026-03-03","text":"Norland announced a 40% tariff on imported steel from Ostria, effective April 1."}
"#;
const REVISED: &str = r#"{"id":"wire-7","source":"Harbor Wire","published":"2026-03-02","text":"Norland announced a 20% tariff on imported steel from Ostria, effective April 1. An earlier version of this story gave the wrong rate."}
"#;

fn ledger_cycle(b: &Backend) {
    let d = scratch(&format!("cycle-{}", b.db().is_some()));
    write(&d, "b1/wire.jsonl", FIRST);
    write(&d, "b2/post.jsonl", SECOND);
    write(&d, "b3/wire.jsonl", REVISED);

    // Batch 1 alone: nothing to disagree with.
    let (code, v, err) = check_json(b, &d, &["b1"]);
    assert_eq!(code, 0, "{err}");
    assert!(of_type(&v, "conflict").is_empty());

    // Batch 2 conflicts with batch 1, which is not in the batch.
    let (code, v, _) = check_json(b, &d, &["b2", "--fail-on", "error"]);
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
    let before = b.dump(&d);

    // Batch 2 again: nothing new, nothing stored twice.
    let (code, v, _) = check_json(b, &d, &["b2", "--only-new"]);
    assert_eq!(code, 0);
    assert!(findings(&v).is_empty(), "{v:#}");
    let (code, v, _) = check_json(b, &d, &["b2"]);
    assert_eq!(code, 1);
    let c = of_type(&v, "conflict");
    assert_eq!(
        (c[0]["id"].as_str().unwrap(), &c[0]["new"]),
        (id.as_str(), &Value::Bool(false))
    );
    assert_eq!(b.dump(&d), before);

    // The first article comes back revised: a `corrected` finding with
    // both versions, new once.
    let (_, v, _) = check_json(b, &d, &["b3"]);
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
    let (_, v, _) = check_json(b, &d, &["b3"]);
    assert_eq!(of_type(&v, "corrected")[0]["new"], false);
    let (_, v, _) = check_json(b, &d, &["b3", "--only-new"]);
    assert!(findings(&v).is_empty(), "{v:#}");

    // History: both revisions of wire-7 and the rival figure, by date.
    let h = history_json(&d, b.ledger());
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
    let o = cc(&d, &["history", "--ledger", b.ledger()]);
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

fn crash_mid_run_leaves_ledger_unchanged(b: &Backend) {
    let d = scratch(&format!("crash-{}", b.db().is_some()));
    write(&d, "b1/wire.jsonl", FIRST);
    write(&d, "b2/many.jsonl", &batch(6, "many"));
    let (code, _, err) = check_json(b, &d, &["b1"]);
    assert_eq!(code, 0, "{err}");
    let before = b.dump(&d);

    // Killed after storing half the batch, mid-transaction.
    let o = crosscheck(&d)
        .env("CROSSCHECK_TEST_ABORT_AFTER", "3")
        .args(ledger_check(b, &["b2"]))
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert_eq!(o.status.code(), None, "expected death by signal");
    assert_eq!(b.dump(&d), before);

    // A fatal input error (a path that does not exist) after half the batch.
    let o = cc(&d, &ledger_check(b, &["b2", "missing.jsonl"]));
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    let name = match b {
        Backend::Sqlite => "ledger.db".to_string(),
        Backend::Postgres { url } => crosscheck::ledger::redact(url),
    };
    assert!(
        err.contains(&format!("{name}: ledger left unchanged")),
        "{err}"
    );
    assert_eq!(b.dump(&d), before);

    // A bad JSONL line is only a warning: the rest is stored.
    write(
        &d,
        "b3/mixed.jsonl",
        &format!("{}not json\n", batch(2, "mixed")),
    );
    let o = cc(&d, &ledger_check(b, &["b3"]));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_ne!(b.dump(&d), before);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn a_locked_sqlite_ledger_fails_with_a_clear_message() {
    let b = Backend::Sqlite;
    let d = scratch("lock");
    write(&d, "b1/wire.jsonl", FIRST);
    write(&d, "b2/post.jsonl", SECOND);
    let (code, _, _) = check_json(&b, &d, &["b1"]);
    assert_eq!(code, 0);
    let db = d.join("ledger.db");
    let before = b.dump(&d);
    let mut holder = rusqlite::Connection::open(&db).unwrap();
    let tx = holder
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .unwrap();
    let o = cc(&d, &ledger_check(&b, &["b2"]));
    drop(tx);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("ledger.db") && err.contains("in use by another run"),
        "{err}"
    );
    assert_eq!(b.dump(&d), before);
    let _ = std::fs::remove_dir_all(&d);
}

/// Two runs at once, with ten articles in common: both land, and the
/// shared articles are stored once.
fn two_runs_at_once_both_land(b: &Backend) {
    let d = scratch(&format!("parallel-{}", b.db().is_some()));
    let shared = batch(10, "shared");
    write(&d, "b1/a.jsonl", &(batch(40, "left") + &shared));
    write(&d, "b2/b.jsonl", &(batch(40, "right") + &shared));
    let spawn = |x: &str| cc(&d, &ledger_check(b, &["--format", "json", x]));
    let (l, r) = std::thread::scope(|s| {
        let l = s.spawn(|| spawn("b1"));
        let r = s.spawn(|| spawn("b2"));
        (l.join().unwrap(), r.join().unwrap())
    });
    for o in [&l, &r] {
        assert_eq!(o.status.code(), Some(0), "{}", stderr(o));
    }
    assert_eq!(b.count(&d, "articles"), 90);
    let _ = std::fs::remove_dir_all(&d);
}

/// A PostgreSQL ledger and its URL, for tests of PostgreSQL alone.
fn postgres_only(name: &str) -> Option<(Backend, String)> {
    let b = Backend::postgres(name)?;
    let url = b.ledger().to_string();
    Some((b, url))
}

/// The password of a `postgres://user:password@…` URL.
fn password(url: &str) -> &str {
    url.split(':').nth(2).unwrap().split('@').next().unwrap()
}

/// Starts `check --ledger` on `extra` that pauses after storing `after`
/// articles, holding the ledger, and returns once it has paused; removing
/// the returned file lets it go on.
fn paused(ledger: &str, d: &Path, after: usize, extra: &[&str]) -> (std::process::Child, PathBuf) {
    let pause = d.join("paused");
    let child = crosscheck(d)
        .env("CROSSCHECK_TEST_PAUSE_AFTER", after.to_string())
        .env("CROSSCHECK_TEST_PAUSE_FILE", &pause)
        .args(check_on(ledger, extra))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    while !pause.exists() {
        assert!(start.elapsed().as_secs() < 60, "the run never paused");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    (child, pause)
}

/// A run that finds the ledger held waits, then judges against what the
/// first run stored.
#[test]
fn a_second_postgres_run_waits_and_sees_the_first() {
    let Some(b) = Backend::postgres("waits") else {
        return;
    };
    let d = scratch("waits");
    write(&d, "b1/wire.jsonl", FIRST);
    write(&d, "b2/post.jsonl", SECOND);
    // The first run holds the lock once it has stored its article.
    let (mut first, pause) = paused(b.ledger(), &d, 1, &["--format", "json", "b1"]);
    let second = crosscheck(&d)
        .args(ledger_check(&b, &["--format", "json", "b2"]))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    // Still waiting while the first run holds the ledger.
    let second = {
        let mut second = second;
        assert!(
            second.try_wait().unwrap().is_none(),
            "the second run did not wait"
        );
        std::fs::remove_file(&pause).unwrap();
        assert!(first.wait().unwrap().success());
        second.wait_with_output().unwrap()
    };
    assert_eq!(second.status.code(), Some(1), "{}", stderr(&second));
    let v: Value = serde_json::from_slice(&second.stdout).unwrap();
    let c = of_type(&v, "conflict");
    assert_eq!(c.len(), 1, "{v:#}");
    assert_eq!(c[0]["new"], true);
    assert_eq!(b.count(&d, "articles"), 2);
    let _ = std::fs::remove_dir_all(&d);
}

/// The server going away mid-run: exit 2, a clear message without the
/// password, nothing stored; the next run stores everything.
#[test]
fn a_lost_postgres_server_loses_nothing() {
    let Some((b, url)) = postgres_only("lost") else {
        return;
    };
    let url = &url;
    let d = scratch("lost");
    write(&d, "b1/wire.jsonl", FIRST);
    write(&d, "b2/many.jsonl", &batch(6, "many"));
    let (code, _, err) = check_json(&b, &d, &["b1"]);
    assert_eq!(code, 0, "{err}");
    let before = b.dump(&d);
    let (run, pause) = paused(b.ledger(), &d, 3, &["b2"]);
    // The server drops the run's connection (as a restart or a network
    // failure would).
    let db = b.db().unwrap();
    let n = admin("postgres")
        .execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
            &[&db],
        )
        .unwrap();
    assert!(n >= 1);
    std::fs::remove_file(&pause).unwrap();
    let o = run.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("lost the connection to the ledger server"),
        "{err}"
    );
    assert!(err.contains(&crosscheck::ledger::redact(url)), "{err}");
    assert!(!err.contains(password(url)), "{err}");
    assert_eq!(b.dump(&d), before);
    let o = cc(&d, &ledger_check(&b, &["b2"]));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(b.count(&d, "articles"), 7);
    let _ = std::fs::remove_dir_all(&d);
}

/// Passwords never appear in messages: a wrong password, a server that
/// is not there, a failed run's note.
#[test]
fn postgres_passwords_are_never_printed() {
    let Some((b, url)) = postgres_only("secret") else {
        return;
    };
    let url = &url;
    let d = scratch("secret");
    write(&d, "b1/wire.jsonl", FIRST);
    let secret = "Tr0ub4dor-and-3";
    let user_end =
        url.find("://").unwrap() + 3 + url[url.find("://").unwrap() + 3..].find(':').unwrap();
    let host_start = url.find('@').unwrap();
    let wrong = format!("{}:{secret}{}", &url[..user_end], &url[host_start..]);
    let port = wrong
        .split(':')
        .nth(3)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let nowhere = wrong.replace(&format!(":{port}/"), ":9/");
    for (ledger, expect) in [
        (&wrong, "password authentication failed"),
        (&nowhere, "cannot open the ledger"),
    ] {
        for args in [
            ledger_check(&b, &["b1"]),
            vec!["history", "--ledger"],
            vec!["ledger", "export", "--ledger"],
        ] {
            let mut args: Vec<&str> = args
                .into_iter()
                .map(|a| if a == b.ledger() { ledger.as_str() } else { a })
                .collect();
            if !args.contains(&ledger.as_str()) {
                args.push(ledger);
            }
            let o = cc(&d, &args);
            assert_eq!(o.status.code(), Some(2), "{args:?}");
            let err = stderr(&o);
            assert!(err.contains(expect), "{err}");
            assert!(err.contains("***@"), "{err}");
            assert!(!err.contains(secret), "{err}");
        }
    }
    // PGPASSWORD is honoured and never printed either.
    let o = crosscheck(&d)
        .env("PGPASSWORD", secret)
        .args([
            "check",
            "--ledger",
            &wrong.replace(&format!(":{secret}@"), "@"),
            "b1",
        ])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("password authentication failed"), "{err}");
    assert!(!err.contains(secret), "{err}");
    // A failed run's note names the ledger without its password.
    let o = cc(&d, &ledger_check(&b, &["b1", "missing.jsonl"]));
    let err = stderr(&o);
    assert!(err.contains("ledger left unchanged"), "{err}");
    assert!(!err.contains(password(url)), "{err}");
    let _ = std::fs::remove_dir_all(&d);
}

/// `sslmode=require`: a build without the `tls` feature refuses it (the
/// password is never sent in the clear); a build with it encrypts.
#[test]
fn postgres_sslmode_require() {
    let Some((_b, url)) = postgres_only("tls") else {
        return;
    };
    let d = scratch("tls");
    write(&d, "b1/wire.jsonl", FIRST);
    let secure = format!("{url}?sslmode=require");
    if cfg!(feature = "tls") {
        let (run, pause) = paused(&secure, &d, 1, &["b1"]);
        let db = url.rsplit('/').next().unwrap().to_string();
        let row = admin("postgres")
            .query_one(
                "SELECT bool_and(s.ssl) FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid) \
                 WHERE a.datname = $1 AND a.application_name = 'crosscheck'",
                &[&db],
            )
            .unwrap();
        std::fs::remove_file(&pause).unwrap();
        let o = run.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        assert_eq!(row.get::<_, Option<bool>>(0), Some(true), "not encrypted");
    } else {
        let o = cc(&d, &check_on(&secure, &["b1"]));
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        assert!(
            err.contains("sslmode=require: this crosscheck is built without TLS"),
            "{err}"
        );
        assert!(!err.contains(password(&url)), "{err}");
    }
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
fn history_lookup_matches_a_full_alignment(b: &Backend) {
    let d = scratch(&format!("chain-{}", b.db().is_some()));
    let old = [
        tariff("far", "Old Gazette", "2026-01-10", 25),
        tariff("a", "Harbor Wire", "2026-03-01", 25),
        tariff("b", "River News", "2026-03-05", 25),
    ];
    for (i, a) in old.iter().enumerate() {
        write(&d, &format!("h{i}/a.jsonl"), a);
        let (code, _, err) = check_json(b, &d, &[&format!("h{i}")]);
        assert!(code <= 1, "{err}");
    }
    write(
        &d,
        "new/c.jsonl",
        &tariff("c", "Valley Post", "2026-03-09", 40),
    );
    let (_, v, _) = check_json(b, &d, &["new"]);
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

/// `review --ledger` keeps decisions in the ledger: every `check` against
/// it applies them; the latest stands; `--undo` withdraws one (the one
/// before stands again); the log keeps them all.
fn decisions_kept_in_the_ledger(b: &Backend) {
    let d = scratch(&format!("decide-{}", b.db().is_some()));
    write(&d, "b1/wire.jsonl", FIRST);
    write(&d, "b2/post.jsonl", SECOND);
    check_json(b, &d, &["b1"]);
    let (code, v, _) = check_json(b, &d, &["b2"]);
    assert_eq!(code, 1);
    let id = of_type(&v, "conflict")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let review = |extra: &[&str]| {
        let mut args = vec![
            "review",
            id.as_str(),
            "--ledger",
            b.ledger(),
            "--date",
            "2026-03-11",
        ];
        args.extend_from_slice(extra);
        cc(&d, &args)
    };
    let o = review(&["--dismiss", "--note", "the draft rate, never adopted"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!d.join("reviews.yaml").exists(), "the ledger keeps it");
    let (code, v, _) = check_json(b, &d, &["b2"]);
    assert_eq!(code, 0, "a dismissed finding does not fail the run");
    let r = &of_type(&v, "conflict")[0]["review"];
    assert_eq!(r["decision"], "dismissed");
    assert_eq!(r["by"], "desk-editor");
    // The latest decision stands.
    let o = review(&["--accept", "--note", "both rates were announced"]);
    assert!(
        stderr(&o).contains("replaces the earlier decision (dismissed"),
        "{}",
        stderr(&o)
    );
    let (_, v, _) = check_json(b, &d, &["b2"]);
    assert_eq!(of_type(&v, "conflict")[0]["review"]["decision"], "accepted");
    // A review file overrides the ledger.
    write(
        &d,
        "reviews.yaml",
        &format!("- id: {id}\n  decision: dismissed\n  note: desk copy\n"),
    );
    let (_, v, _) = check_json(b, &d, &["b2"]);
    assert_eq!(of_type(&v, "conflict")[0]["review"]["note"], "desk copy");
    std::fs::remove_file(d.join("reviews.yaml")).unwrap();
    // Undone: the decision before it stands again (as in the review
    // file); undone again, the finding stands unreviewed and fails the
    // run again.
    let o = review(&["--undo"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let (code, v, _) = check_json(b, &d, &["b2"]);
    assert_eq!(code, 0);
    assert_eq!(
        of_type(&v, "conflict")[0]["review"]["decision"],
        "dismissed"
    );
    let o = review(&["--undo"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let (code, v, _) = check_json(b, &d, &["b2"]);
    assert_eq!(code, 1);
    assert!(of_type(&v, "conflict")[0].get("review").is_none());
    // The library sees the same: nothing in force, four in the log.
    let l = crosscheck::ledger::Ledger::open_existing(&abs(b, &d)).unwrap();
    assert!(l.decisions().unwrap().is_empty());
    let log: Vec<String> = l
        .decision_log(Some(&id))
        .unwrap()
        .into_iter()
        .map(|d| d.review.decision)
        .collect();
    assert_eq!(log, ["dismissed", "accepted", "undone", "undone"]);
    assert_eq!(b.count(&d, "decisions"), 4);
    let _ = std::fs::remove_dir_all(&d);
}

/// The ledger as the library opens it from outside the test directory.
fn abs(b: &Backend, dir: &Path) -> String {
    match b {
        Backend::Sqlite => dir.join("ledger.db").display().to_string(),
        Backend::Postgres { url } => url.clone(),
    }
}

/// A history moved to the other backend (and to the same one) reads the
/// same; importing it twice adds nothing.
fn export_then_import_gives_the_same_history(b: &Backend) {
    let d = scratch(&format!("transfer-{}", b.db().is_some()));
    write(&d, "b1/wire.jsonl", FIRST);
    write(&d, "b2/post.jsonl", SECOND);
    write(&d, "b3/wire.jsonl", REVISED);
    for x in ["b1", "b2", "b3"] {
        check_json(b, &d, &[x]);
    }
    // The conflict as it stands after the revision (20% against 40%).
    let (_, v, _) = check_json(b, &d, &["b2"]);
    let id = of_type(&v, "conflict")[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let id = id.as_str();
    let o = cc(
        &d,
        &[
            "review",
            id,
            "--dismiss",
            "--note",
            "n",
            "--ledger",
            b.ledger(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = cc(
        &d,
        &["ledger", "export", "--ledger", b.ledger(), "history.jsonl"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let want = history_json(&d, b.ledger());
    assert_eq!(want[0]["figures"].as_array().unwrap().len(), 3);

    let mut targets = vec![(Backend::Sqlite, "moved.db".to_string())];
    if let Some(p) = Backend::postgres(&format!("moved_{}", b.db().is_some())) {
        let u = p.ledger().to_string();
        targets.push((p, u));
    }
    for (_keep, target) in &targets {
        let o = cc(
            &d,
            &["ledger", "import", "--ledger", target, "history.jsonl"],
        );
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let out = String::from_utf8_lossy(&o.stdout).to_string();
        assert!(
            out.contains("imported 3 article revisions (0 already there)"),
            "{out}"
        );
        assert!(out.contains("1 decisions"), "{out}");
        assert_eq!(history_json(&d, target), want, "{target}");
        // The same rows again: nothing added.
        let o = crosscheck(&d)
            .args(["ledger", "import", "--ledger", target])
            .stdin(std::fs::File::open(d.join("history.jsonl")).unwrap())
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&o.stdout).to_string();
        assert!(
            out.contains("imported 0 article revisions (3 already there), 0 claims, 0 findings seen, 0 decisions"),
            "{out}"
        );
        assert_eq!(history_json(&d, target), want);
        // And the moved ledger carries on: seen findings and decisions.
        let o = cc(
            &d,
            &[
                "check",
                "--ledger",
                target,
                "--as-of",
                "2026-03-10",
                "--format",
                "json",
                "b2",
            ],
        );
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        let c = of_type(&v, "conflict");
        assert_eq!(c[0]["new"], false);
        assert_eq!(c[0]["review"]["decision"], "dismissed");
    }
    // A broken line: the import fails naming it, and adds nothing.
    write(&d, "bad.jsonl", "{\"crosscheck_ledger\":2}\n{\"table\":\"articles\",\"row\":{\"id\":\"x\",\"revision\":1,\"content_hash\":\"h\",\"first_seen\":\"t\"}}\n{\"table\":\"nope\",\"row\":{}}\n");
    let o = cc(
        &d,
        &["ledger", "import", "--ledger", "moved.db", "bad.jsonl"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("bad.jsonl:3: unknown table `nope`"),
        "{}",
        stderr(&o)
    );
    let o = cc(&d, &["ledger", "export", "--ledger", "moved.db"]);
    assert!(!String::from_utf8_lossy(&o.stdout).contains("\"id\":\"x\""));
    let _ = std::fs::remove_dir_all(&d);
}

/// The tables of format 1, as crosscheck 0.1 created them.
const V1_SCHEMA: &str = "
CREATE TABLE articles(
  id TEXT NOT NULL, revision INTEGER NOT NULL,
  source TEXT, url TEXT, title TEXT, published TEXT,
  content_hash TEXT NOT NULL, first_seen TEXT NOT NULL,
  PRIMARY KEY(id, revision));
CREATE TABLE claims(
  article TEXT NOT NULL, revision INTEGER NOT NULL, current INTEGER NOT NULL,
  kind TEXT NOT NULL, measure TEXT NOT NULL, subject_key TEXT NOT NULL,
  event_time INTEGER, subject TEXT, qualifier TEXT, unit TEXT,
  low REAL, high REAL, approx INTEGER NOT NULL,
  date_start TEXT, date_end TEXT, date_role TEXT, date_text TEXT,
  attribution TEXT, text TEXT NOT NULL, start_off INTEGER NOT NULL,
  end_off INTEGER NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL,
  sentence TEXT NOT NULL, sentence_offset INTEGER NOT NULL,
  published TEXT, source TEXT);
CREATE INDEX claims_key ON claims(kind, measure, subject_key, event_time);
CREATE INDEX claims_article ON claims(article, revision);
CREATE TABLE findings_seen(id TEXT PRIMARY KEY, first_seen TEXT NOT NULL);
";

/// A format-1 ledger: the SQLite fixture (written by crosscheck 0.1 after
/// batches 1 and 2), or its rows copied into a PostgreSQL database laid
/// out as format 1 would be.
fn v1_ledger(b: &Backend, dir: &Path) {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ledger/v1.db");
    match b {
        Backend::Sqlite => {
            std::fs::copy(&fixture, dir.join("ledger.db")).unwrap();
        }
        Backend::Postgres { .. } => {
            use crosscheck::ledger::db::Val;
            let mut pg = admin(&b.db().unwrap());
            let ddl = V1_SCHEMA
                .replace("INTEGER", "BIGINT")
                .replace("REAL", "DOUBLE PRECISION");
            pg.batch_execute(&ddl).unwrap();
            pg.batch_execute(
                "CREATE TABLE ledger_meta(name TEXT PRIMARY KEY, value TEXT NOT NULL);
                 INSERT INTO ledger_meta VALUES ('version', '1');",
            )
            .unwrap();
            let lite = rusqlite::Connection::open(&fixture).unwrap();
            for t in ["articles", "claims", "findings_seen"] {
                let mut s = lite.prepare(&format!("SELECT * FROM {t}")).unwrap();
                let n = s.column_count();
                let marks: Vec<String> = (1..=n).map(|i| format!("${i}")).collect();
                let insert = pg
                    .prepare(&format!("INSERT INTO {t} VALUES ({})", marks.join(",")))
                    .unwrap();
                let rows: Vec<Vec<Val>> = s
                    .query_map([], |r| {
                        (0..n)
                            .map(|i| {
                                use rusqlite::types::ValueRef;
                                Ok(match r.get_ref(i)? {
                                    ValueRef::Null => Val::Null,
                                    ValueRef::Integer(x) => Val::Int(x),
                                    ValueRef::Real(x) => Val::Real(x),
                                    ValueRef::Text(x) | ValueRef::Blob(x) => {
                                        Val::Text(String::from_utf8_lossy(x).into_owned())
                                    }
                                })
                            })
                            .collect()
                    })
                    .unwrap()
                    .collect::<Result<_, _>>()
                    .unwrap();
                for r in rows {
                    let p: Vec<&(dyn postgres::types::ToSql + Sync)> = r
                        .iter()
                        .map(|v| v as &(dyn postgres::types::ToSql + Sync))
                        .collect();
                    pg.execute(&insert, &p).unwrap();
                }
            }
        }
    }
}

/// A ledger written by crosscheck 0.1 (format 1) is upgraded by the first
/// run that opens it, and keeps its history: the conflict it saw is not
/// new, the figures are all there, and claims gain a scope.
fn a_v1_ledger_is_upgraded_on_first_use(b: &Backend) {
    let d = scratch(&format!("upgrade-{}", b.db().is_some()));
    v1_ledger(b, &d);
    let l = crosscheck::ledger::Ledger::open(&abs(b, &d)).unwrap();
    assert_eq!(l.version().unwrap(), 1);
    drop(l);
    // `history` upgrades too, and reads the old rows.
    let h = history_json(&d, b.ledger());
    let figs: Vec<&str> = h[0]["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["figure"].as_str().unwrap())
        .collect();
    assert_eq!(figs, ["25%", "40%"]);
    let l = crosscheck::ledger::Ledger::open(&abs(b, &d)).unwrap();
    assert_eq!(l.version().unwrap(), crosscheck::ledger::rows::VERSION);
    drop(l);
    write(&d, "b2/post.jsonl", SECOND);
    write(&d, "b3/wire.jsonl", REVISED);
    let (code, v, err) = check_json(b, &d, &["b2"]);
    assert_eq!(code, 1, "{err}");
    let c = of_type(&v, "conflict");
    assert_eq!(c[0]["id"], "conf-fa7aa297f2e3");
    assert_eq!(c[0]["new"], false);
    let (_, v, _) = check_json(b, &d, &["b3"]);
    assert_eq!(of_type(&v, "corrected").len(), 1, "{v:#}");
    let dump = b.dump(&d);
    assert!(dump.starts_with(&format!(
        "{{\"crosscheck_ledger\":{}}}",
        crosscheck::ledger::rows::VERSION
    )));
    assert_eq!(dump.matches("\"scope\":\"story\"").count(), 6, "{dump}");
    let o = cc(
        &d,
        &[
            "review",
            "conf-fa7aa297f2e3",
            "--accept",
            "--note",
            "n",
            "--ledger",
            b.ledger(),
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(&d);
}

/// A report checked today joins the story of last week's reports of the
/// same event, keeps its id, and its toll is judged against theirs; a
/// different incident of the same day stays out; `history --story` shows
/// the story's figures from both batches.
fn stories_carry_over_batches(b: &Backend) {
    let d = scratch(&format!("stories-{}", b.db().is_some()));
    write(
        &d,
        "b1/herald.jsonl",
        r#"{"id":"herald-1","source":"Ashford Herald","published":"2026-03-01","title":"Two killed on Larkin Street","text":"Two people were killed outside a store on Larkin Street on Saturday night, Ashford police said. The victims were Dana Whitcombe, 34, and Rafael Osei, 27."}
"#,
    );
    write(
        &d,
        "b2/later.jsonl",
        r#"{"id":"courier-1","source":"Valley Courier","published":"2026-03-01","title":"Three dead in Larkin Street shooting","text":"Three people were killed in a shooting outside a Larkin Street store in Ashford on Saturday night. Relatives named two of them as Dana Whitcombe and Rafael Osei."}
{"id":"gazette-1","source":"Ashford Gazette","published":"2026-03-01","title":"Teen killed at Quarry Road Park","text":"One man was killed at the Quarry Road Park basketball court in Ashford on Saturday afternoon, police said. He was Tomas Reyes-Lund, 19."}
"#,
    );
    let (_, v, err) = check_json(b, &d, &["b1"]);
    let first = v["stories"][0]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{v}\n{err}"))
        .to_string();
    let (code, v, err) = check_json(b, &d, &["b2"]);
    assert_eq!(code, 1, "{err}");
    let larkin = v["stories"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == first.as_str())
        .unwrap_or_else(|| panic!("story {first} not carried over: {v}"));
    // In publication order, ties by id.
    assert_eq!(
        larkin["articles"],
        serde_json::json!(["courier-1", "herald-1"])
    );
    let conflicts = of_type(&v, "conflict");
    assert_eq!(conflicts.len(), 1, "{v}");
    let arts: Vec<&str> = conflicts[0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["article"].as_str().unwrap())
        .collect();
    assert!(
        arts.contains(&"herald-1") && arts.contains(&"courier-1"),
        "{arts:?}"
    );
    assert!(
        findings(&v)
            .iter()
            .all(|f| !f["claims"].to_string().contains("gazette-1")
                || !f["claims"].to_string().contains("herald-1")),
        "a finding mixes two incidents: {v}"
    );
    let o = cc(
        &d,
        &[
            "history",
            "--ledger",
            b.ledger(),
            "--story",
            &first,
            "--format",
            "json",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let h = String::from_utf8_lossy(&o.stdout);
    assert!(
        h.contains("herald-1") && h.contains("courier-1") && !h.contains("gazette-1"),
        "{h}"
    );
    let o = cc(
        &d,
        &[
            "history",
            "--ledger",
            b.ledger(),
            "--story",
            "st-000000000000",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&d);
}

/// The two ends of "from A to B" are stored with their roles (format 4),
/// so the ledger gives back the claims `extract` printed.
fn a_change_keeps_its_roles_in_the_ledger(b: &Backend) {
    let d = scratch(&format!("roles-{}", b.db().is_some()));
    write(
        &d,
        "b1/wire.jsonl",
        r#"{"id":"wire-8","source":"Harbor Wire","published":"2026-03-02","text":"Norland's tariff on steel from Ostria rose from 10% to 25%, effective April 1."}
"#,
    );
    let (_, _, err) = check_json(b, &d, &["b1"]);
    let dump = b.dump(&d);
    assert!(dump.contains("\"role\":\"from\""), "{err}\n{dump}");
    assert!(dump.contains("\"role\":\"to\""), "{dump}");
    let _ = std::fs::remove_dir_all(&d);
}
