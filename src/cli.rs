//! Argument definitions and the subcommands' glue.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use crosscheck::check;
use crosscheck::config::{Config, Severity};
use crosscheck::ingest::{self, Level};
use crosscheck::ledger::{self, Ledger};
use crosscheck::model::{Report, Review};
use crosscheck::pipeline::{self, Event};
use crosscheck::report;
use crosscheck::review;
use crosscheck::review::DecisionStore;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Extract numeric and dated claims from news articles, line them up across
/// sources and report disagreements, superseded figures and stale dates.
#[derive(Parser, Debug)]
#[command(name = "crosscheck", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// Print every claim found, one record per claim.
    Extract(ExtractArgs),
    /// Extract, align across sources, judge and report.
    Check(CheckArgs),
    /// Record an editorial decision on a finding (review file or ledger).
    Review(ReviewArgs),
    /// How a quantity's reported figure moved over time, from the ledger.
    History(HistoryArgs),
    /// Serve the findings on a local review page: filter, accept, dismiss, undo.
    Serve(ServeArgs),
    /// Move a ledger's history between backends (JSON lines).
    #[command(subcommand)]
    Ledger(LedgerCmd),
}

#[derive(Subcommand, Debug)]
enum LedgerCmd {
    /// Write every row of the ledger as JSON lines.
    Export(TransferArgs),
    /// Add the rows of an export to the ledger (one transaction; rows it
    /// already holds are kept).
    Import(TransferArgs),
}

#[derive(Args, Debug)]
struct TransferArgs {
    /// The ledger: a SQLite file or a postgres:// URL.
    #[arg(long, value_name = "FILE|URL")]
    ledger: String,
    /// The JSON-lines file (none or `-`: standard output for export,
    /// standard input for import).
    file: Option<PathBuf>,
}

#[derive(Args, Debug)]
struct Input {
    /// Files or directories (walked recursively in sorted order); none or
    /// `-` reads standard input.
    paths: Vec<PathBuf>,
    /// The claim rules (default: ./claims.yaml when present, else the
    /// built-in copy).
    #[arg(long, value_name = "FILE")]
    claims: Option<PathBuf>,
}

#[derive(Args, Debug)]
struct ExtractArgs {
    #[command(flatten)]
    input: Input,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Table)]
    format: ExtractFormat,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum ExtractFormat {
    Table,
    Jsonl,
    Yaml,
}

#[derive(Args, Debug)]
struct CheckArgs {
    #[command(flatten)]
    input: Input,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Table)]
    format: CheckFormat,
    /// Also write report.md, report.html and report.json into DIR.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// The date against which staleness and passed deadlines are judged
    /// (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    as_of: Option<NaiveDate>,
    /// Exit with status 1 when a finding at or above this severity remains.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// A ledger of every article and claim seen: a SQLite file (created
    /// if missing) or a postgres:// URL. The batch is also judged against
    /// its history, each finding says whether it is new, and the ledger's
    /// editorial decisions apply.
    #[arg(long, value_name = "FILE|URL")]
    ledger: Option<String>,
    /// Show (and fail on) only findings new to the ledger.
    #[arg(long, requires = "ledger")]
    only_new: bool,
    /// Editorial decisions on findings (default: ./reviews.yaml when
    /// present).
    #[arg(long, value_name = "FILE")]
    review_file: Option<PathBuf>,
}

#[derive(Args, Debug)]
#[command(group(clap::ArgGroup::new("decision").required(true).args(["accept", "dismiss", "undo"])))]
struct ReviewArgs {
    /// The finding id, as the report prints it (e.g. conf-1a2b3c4d5e6f).
    id: String,
    /// The discrepancy is real and known.
    #[arg(long)]
    accept: bool,
    /// Not a real discrepancy.
    #[arg(long)]
    dismiss: bool,
    /// Withdraw the decision in force (kept in the ledger's log).
    #[arg(long, requires = "ledger")]
    undo: bool,
    /// Why.
    #[arg(long, value_name = "TEXT", required_unless_present = "undo")]
    note: Option<String>,
    /// Who decided (default: $USER, else `unknown`).
    #[arg(long, value_name = "NAME")]
    by: Option<String>,
    /// When (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<NaiveDate>,
    /// The review file (default: ./reviews.yaml, unless --ledger keeps
    /// the decision).
    #[arg(long, value_name = "FILE")]
    review_file: Option<PathBuf>,
    /// Keep the decision in this ledger (a SQLite file or a postgres://
    /// URL), shared by everyone who checks against it; warns when the
    /// ledger has never seen the finding.
    #[arg(long, value_name = "FILE|URL")]
    ledger: Option<String>,
}

#[derive(Args, Debug)]
struct ServeArgs {
    #[command(flatten)]
    input: Input,
    /// Judge the batch against this ledger's history too (a SQLite file or
    /// a postgres:// URL; given no batch, serve the batch of the ledger's
    /// latest run), so findings say whether they are new, and keep
    /// decisions in it, shared by the team; its history is never written.
    #[arg(long, value_name = "FILE|URL")]
    ledger: Option<String>,
    /// Where decisions are written (default: the ledger when --ledger is
    /// given, else ./reviews.yaml, created by the first decision).
    #[arg(long, value_name = "FILE")]
    review_file: Option<PathBuf>,
    /// Address to listen on; anything but loopback needs an access token.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    bind: String,
    /// Access token every request must carry (default: $CROSSCHECK_TOKEN).
    #[arg(long, value_name = "TOKEN")]
    token: Option<String>,
    /// The date against which staleness and passed deadlines are judged
    /// (default: today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    as_of: Option<NaiveDate>,
}

#[derive(Args, Debug)]
struct HistoryArgs {
    /// The ledger written by `check --ledger` (a file or a postgres://
    /// URL).
    #[arg(long, value_name = "FILE|URL")]
    ledger: String,
    /// Only this claim kind (e.g. casualties).
    #[arg(long, value_name = "K")]
    kind: Option<String>,
    /// Only this subject (canonical or as written, e.g. Kyiv).
    #[arg(long, value_name = "S")]
    subject: Option<String>,
    /// Only the figures of this story (an id from a report, e.g.
    /// st-0a1f5b503fad): one event's toll as its reports moved.
    #[arg(long, value_name = "ID")]
    story: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = HistoryFormat::Table)]
    format: HistoryFormat,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum HistoryFormat {
    Table,
    Json,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum CheckFormat {
    Table,
    Markdown,
    Json,
    Html,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum FailOn {
    Error,
    Warning,
    Never,
}

impl FailOn {
    fn threshold(self) -> Option<Severity> {
        match self {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Never => None,
        }
    }
}

/// Runs the parsed command; the exit status on success.
pub fn run(cli: Cli) -> Result<u8> {
    match cli.cmd {
        Cmd::Extract(a) => extract(a),
        Cmd::Check(a) => check(a),
        Cmd::Review(a) => review(a),
        Cmd::History(a) => history(a),
        Cmd::Serve(a) => serve(a),
        Cmd::Ledger(LedgerCmd::Export(a)) => export(a),
        Cmd::Ledger(LedgerCmd::Import(a)) => import(a),
    }
}

/// Loads `--claims`, `./claims.yaml`, or the built-in rules.
fn load_config(path: Option<&Path>) -> Result<Config> {
    let path = match path {
        Some(p) => Some(p.to_path_buf()),
        None => Some(PathBuf::from("claims.yaml")).filter(|p| p.is_file()),
    };
    match path {
        Some(p) => {
            let text = std::fs::read_to_string(&p)
                .with_context(|| format!("cannot read claim rules {}", p.display()))?;
            Ok(Config::parse(&text, &p.display().to_string())?)
        }
        None => Ok(Config::builtin()),
    }
}

/// Terminal width for tables: the real one on a terminal, else 80.
fn width() -> u16 {
    if std::io::stdout().is_terminal() {
        if let Some(w) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
            return w;
        }
    }
    80
}

/// Reports an input problem on stderr; returns whether it was an error.
fn problem(p: &ingest::Problem) -> bool {
    let label = match p.level {
        Level::Warning => "warning",
        Level::Error => "error",
    };
    eprintln!("{label}: {p}");
    p.level == Level::Error
}

fn extract(a: ExtractArgs) -> Result<u8> {
    let config = load_config(a.input.claims.as_deref())?;
    let items = ingest::read_batch(&a.input.paths);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    let mut table_rows = Vec::new();
    let mut write_err: Option<std::io::Error> = None;
    pipeline::run(
        items,
        &config,
        pipeline::Options::default(),
        |ev| match ev {
            Event::Problem(p) => failed |= problem(&p),
            Event::Article(_, claims, _) => {
                // Streamed formats go out as they come; the table needs all rows
                // to size its columns.
                let s = match a.format {
                    ExtractFormat::Jsonl => report::claims::jsonl(&claims),
                    ExtractFormat::Yaml => report::claims::yaml(&claims),
                    ExtractFormat::Table => {
                        table_rows.extend(claims);
                        return;
                    }
                };
                if write_err.is_none() {
                    if let Err(e) = out.write_all(s.as_bytes()) {
                        write_err = Some(e);
                    }
                }
            }
        },
    );
    if a.format == ExtractFormat::Table {
        let s = if table_rows.is_empty() {
            "no claims found\n".to_string()
        } else {
            report::claims::table(&table_rows, width())
        };
        out.write_all(s.as_bytes()).ok();
    }
    match write_err.map_or_else(|| out.flush(), Err) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(0),
        r => r.context("writing output")?,
    }
    Ok(if failed { 2 } else { 0 })
}

/// Whether to colour output: only on a terminal, never with `NO_COLOR`.
fn color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

fn render(format: CheckFormat, report: &Report) -> String {
    match format {
        CheckFormat::Table => report::check_table::render(
            report,
            &report::check_table::TableOptions {
                width: width(),
                color: color(),
            },
        ),
        CheckFormat::Markdown => report::markdown::render(report),
        CheckFormat::Json => report::json::render(report),
        CheckFormat::Html => report::html::render(report),
    }
}

/// The review file to use: `--review-file`, else `./reviews.yaml` when
/// present.
fn review_path(arg: Option<&Path>) -> Option<PathBuf> {
    match arg {
        Some(p) => Some(p.to_path_buf()),
        None => Some(PathBuf::from("reviews.yaml")).filter(|p| p.is_file()),
    }
}

/// Test-only: `CROSSCHECK_TEST_ABORT_AFTER=N` makes a `check --ledger` run
/// abort the process after storing N articles, mid-transaction, so tests
/// can show that a crash leaves the ledger as it was.
fn abort_after() -> Option<usize> {
    test_hook("CROSSCHECK_TEST_ABORT_AFTER")
}

fn test_hook(var: &str) -> Option<usize> {
    std::env::var(var).ok().and_then(|v| v.parse().ok())
}

/// Test-only: `CROSSCHECK_TEST_PAUSE_AFTER=N` with
/// `CROSSCHECK_TEST_PAUSE_FILE=F` makes a `check --ledger` run, after
/// storing N articles, create F and wait (up to a minute) until F is
/// removed, so tests can act while a run holds the ledger (a second run,
/// a server going away).
fn pause_here(stored: usize) {
    let Some(file) = std::env::var_os("CROSSCHECK_TEST_PAUSE_FILE") else {
        return;
    };
    if test_hook("CROSSCHECK_TEST_PAUSE_AFTER") != Some(stored) {
        return;
    }
    let file = PathBuf::from(file);
    if std::fs::write(&file, b"paused\n").is_err() {
        return;
    }
    let start = std::time::Instant::now();
    while file.exists() && start.elapsed() < std::time::Duration::from_secs(60) {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn check(a: CheckArgs) -> Result<u8> {
    let config = load_config(a.input.claims.as_deref())?;
    let mut store = review_path(a.review_file.as_deref()).map(review::ReviewFile::new);
    if let Some(s) = &mut store {
        // Read before the batch so a malformed file fails fast.
        s.list()?;
    }
    let as_of = a.as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
    let batch = check::read(&a.input.paths, &config, a.ledger.is_some(), |p| {
        problem(p);
    });
    let failed = batch.failed;
    let mut ledger = match &a.ledger {
        Some(p) => Some(Ledger::open(p)?),
        None => None,
    };
    let mut run = match &mut ledger {
        Some(l) => Some(l.run()?),
        None => None,
    };
    let now = now();
    let mut report = batch.report(run.as_ref(), as_of, &config, &now)?;
    let mut decided = Vec::new();
    if let Some(run) = &run {
        let abort = abort_after();
        for (i, art) in batch.ledger_articles.iter().enumerate() {
            if abort == Some(i) {
                std::process::abort();
            }
            run.store(art, &batch.claims[art.claims.clone()], &config, &now)?;
            pause_here(i + 1);
        }
        batch.store_stories(run, &report)?;
        decided = run.decisions()?;
    }
    // The ledger's decisions first, then the review file's: a decision in
    // the file overrides the shared one. The ledger holds decisions on
    // every batch ever checked, so those matching nothing here are quiet.
    let shared = review::Reviews {
        path: String::new(),
        decisions: decided
            .into_iter()
            .map(|d| review::Decision {
                id: d.finding,
                review: d.review,
                line: 0,
            })
            .collect(),
    };
    review::apply(&mut report, &shared);
    if let Some(s) = &mut store {
        for d in check::apply_decisions(&mut report, s)? {
            eprintln!(
                "warning: {}:{}: decision for {} matches no finding in this batch",
                s.name(),
                d.line,
                d.id
            );
        }
    }
    if a.only_new {
        report.findings.retain(|f| f.new == Some(true));
    }
    if let Some(dir) = &a.out {
        report::out::write_reports(dir, &report)
            .with_context(|| format!("cannot write reports into {}", dir.display()))?;
    }
    let s = render(a.format, &report);
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        r => r.context("writing output")?,
    }
    if failed {
        if let Some(l) = &a.ledger {
            eprintln!(
                "error: {}: ledger left unchanged because of the input errors above",
                ledger::redact(l)
            );
        }
        return Ok(2);
    }
    if let Some(run) = run.take() {
        run.commit()?;
    }
    let fails = a.fail_on.threshold().is_some_and(|t| {
        report
            .findings
            .iter()
            .any(|f| f.severity >= t && f.review.is_none())
    });
    Ok(u8::from(fails))
}

/// `$USER`, else `unknown`: who a decision is recorded as by default.
fn user() -> String {
    std::env::var("USER")
        .ok()
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| "unknown".into())
}

fn serve(a: ServeArgs) -> Result<u8> {
    use crosscheck::serve::{check_access, parse_bind, Options, Server};
    let token = a.token.clone().or_else(|| {
        std::env::var("CROSSCHECK_TOKEN")
            .ok()
            .filter(|t| !t.is_empty())
    });
    let bind = parse_bind(&a.bind)?;
    // Refuse before reading the batch: nothing to wait for.
    check_access(bind, token.as_deref())?;
    let config = load_config(a.input.claims.as_deref())?;
    let as_of = a.as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
    let mut ledger = match &a.ledger {
        Some(l) => Some(open_existing(l)?),
        None => None,
    };
    // A run that is never committed: serving reads the ledger only.
    let run = match &mut ledger {
        Some(l) => Some(l.run()?),
        None => None,
    };
    // With a ledger and no batch: the batch the ledger's latest run stored.
    let batch = match &run {
        Some(run) if a.input.paths.is_empty() => {
            let b = check::Batch::from_ledger(run, &config)?;
            if b.articles == 0 {
                anyhow::bail!(
                    "not serving: the ledger holds no run yet (give a batch, or run `check --ledger` first)"
                );
            }
            b
        }
        _ => check::read(&a.input.paths, &config, a.ledger.is_some(), |p| {
            problem(p);
        }),
    };
    if batch.failed {
        anyhow::bail!("not serving: fix the input errors above first");
    }
    let report = batch.report(run.as_ref(), as_of, &config, &now())?;
    drop(run);
    // Decisions go where `crosscheck review` puts them: into the ledger
    // when one is given (shared by the team), unless a review file is
    // named; else into the review file.
    let store: Box<dyn review::DecisionStore> = match (ledger, &a.review_file) {
        (Some(l), None) => Box::new(ledger::LedgerDecisions::new(l)),
        (_, file) => {
            let path = file
                .clone()
                .unwrap_or_else(|| PathBuf::from("reviews.yaml"));
            Box::new(review::ReviewFile::new(&path))
        }
    };
    let mut store = store;
    store.list()?;
    let target = store.name();
    let server = Server::bind(
        report,
        store,
        Options {
            bind,
            token,
            default_by: user(),
        },
    )?;
    // Whoever started the server may close our stdout after the address:
    // that must not stop the server.
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "serving on http://{}/", server.local_addr())
        .and_then(|_| writeln!(out, "decisions go to {target}"))
        .and_then(|_| out.flush());
    drop(out);
    server.run()?;
    Ok(0)
}

fn review(a: ReviewArgs) -> Result<u8> {
    if !review::looks_like_id(&a.id) {
        anyhow::bail!(
            "`{}` is not a finding id (like conf-1a2b3c4d5e6f; the report prints each finding's id)",
            a.id
        );
    }
    let by = a.by.clone().unwrap_or_else(user);
    let date = a.date.unwrap_or_else(|| chrono::Local::now().date_naive());
    let decision = if a.accept {
        "accepted"
    } else if a.dismiss {
        "dismissed"
    } else {
        "undone"
    };
    let r = Review {
        decision: decision.into(),
        note: a.note.clone(),
        by: Some(by),
        date: Some(date.to_string()),
    };
    if let Some(l) = &a.ledger {
        let ledger = open_existing(l)?;
        let name = ledger.path();
        if !ledger.finding_seen(&a.id).unwrap_or(false) {
            eprintln!(
                "warning: {name}: the ledger has never reported {}; recording the decision anyway",
                a.id
            );
        }
        let replaced = if a.undo {
            let d = ledger.undo_decision(&a.id, r.by.as_deref(), r.date.as_deref(), &now())?;
            if d.is_none() {
                eprintln!("note: {name}: no decision on {} to undo", a.id);
                return Ok(0);
            }
            d
        } else {
            ledger.record_decision(&a.id, &r, &now())?
        };
        println!("{name}: {} {decision}", a.id);
        if let Some(d) = replaced {
            eprintln!(
                "note: {name}: this replaces the earlier decision ({}, by {}, recorded {})",
                d.review.decision,
                d.review.by.as_deref().unwrap_or("unknown"),
                d.recorded_at
            );
        }
        // The ledger keeps it; a review file too only when asked for.
        if a.review_file.is_none() || a.undo {
            return Ok(0);
        }
    }
    let path = a
        .review_file
        .clone()
        .unwrap_or_else(|| PathBuf::from("reviews.yaml"));
    let replaced = review::ReviewFile::new(&path).record(&a.id, &r)?;
    println!("{}: {} {decision}", path.display(), a.id);
    if let Some(d) = replaced {
        eprintln!(
            "note: {}:{}: this replaces the earlier decision ({})",
            path.display(),
            d.line,
            d.review.decision
        );
    }
    Ok(0)
}

/// Opens an existing ledger for queries: a file must exist (a mistyped
/// path is not silently a new, empty ledger).
fn open_existing(target: &str) -> Result<Ledger> {
    if !ledger::is_url(target) && !Path::new(target).is_file() {
        anyhow::bail!("{target}: no such ledger");
    }
    Ok(Ledger::open_existing(target)?)
}

/// Writes `s` to standard output; a closed pipe is not an error.
fn print(s: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s).and_then(|_| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r.context("writing output"),
    }
}

fn history(a: HistoryArgs) -> Result<u8> {
    let ledger = open_existing(&a.ledger)?;
    let mut series = crosscheck::history::series(&ledger, a.kind.as_deref(), a.subject.as_deref())?;
    if let Some(story) = &a.story {
        let articles = ledger.story_articles(story)?;
        if articles.is_empty() {
            anyhow::bail!("{}: no story {story} in the ledger", ledger.path());
        }
        series = crosscheck::history::in_story(series, &articles);
    }
    let s = match a.format {
        HistoryFormat::Table => crosscheck::history::table(&series, width()),
        HistoryFormat::Json => crosscheck::history::json(&series),
    };
    print(s.as_bytes())?;
    Ok(0)
}

/// `--ledger`'s FILE argument, `None` for standard input or output.
fn stdio_or(file: Option<PathBuf>) -> Option<PathBuf> {
    file.filter(|f| f.as_os_str() != "-")
}

fn export(a: TransferArgs) -> Result<u8> {
    let ledger = open_existing(&a.ledger)?;
    let n = match stdio_or(a.file) {
        Some(p) => {
            // Written beside, then renamed: never a half-written export.
            let name = p.display().to_string();
            let tmp = p.with_extension(format!("tmp-{}", std::process::id()));
            let res = (|| -> Result<usize> {
                let f =
                    std::fs::File::create(&tmp).with_context(|| format!("cannot write {name}"))?;
                let mut w = std::io::BufWriter::new(f);
                let n = ledger.export(&mut w, &name)?;
                w.flush().with_context(|| format!("cannot write {name}"))?;
                std::fs::rename(&tmp, &p).with_context(|| format!("cannot write {name}"))?;
                Ok(n)
            })();
            if res.is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
            res?
        }
        None => {
            let mut w = std::io::BufWriter::new(std::io::stdout().lock());
            let n = ledger.export(&mut w, "standard output")?;
            w.flush().context("writing output")?;
            n
        }
    };
    eprintln!("{}: exported {n} rows", ledger.path());
    Ok(0)
}

fn import(a: TransferArgs) -> Result<u8> {
    let mut ledger = Ledger::open(&a.ledger)?;
    let got = match stdio_or(a.file) {
        Some(p) => {
            let f =
                std::fs::File::open(&p).with_context(|| format!("cannot read {}", p.display()))?;
            ledger.import(&mut std::io::BufReader::new(f), &p.display().to_string())?
        }
        None => ledger.import(&mut std::io::stdin().lock(), "standard input")?,
    };
    println!(
        "{}: imported {} article revisions ({} already there), {} claims, {} findings seen, {} decisions",
        ledger.path(),
        got.articles,
        got.skipped,
        got.claims,
        got.findings,
        got.decisions
    );
    Ok(0)
}
