//! Argument definitions and the subcommands' glue.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use crosscheck::config::{Config, Severity};
use crosscheck::ingest::{self, Level};
use crosscheck::model::Report;
use crosscheck::pipeline::{self, Event};
use crosscheck::report;
use std::collections::HashMap;
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
    pipeline::run(items, &config, false, |ev| match ev {
        Event::Problem(p) => failed |= problem(&p),
        Event::Article(_, claims) => {
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
    });
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

fn check(a: CheckArgs) -> Result<u8> {
    let config = load_config(a.input.claims.as_deref())?;
    let as_of = a.as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
    let items = ingest::read_batch(&a.input.paths);
    let mut failed = false;
    let mut claims = Vec::new();
    let mut paths = HashMap::new();
    let mut articles = 0;
    pipeline::run(items, &config, false, |ev| match ev {
        Event::Problem(p) => failed |= problem(&p),
        Event::Article(art, cs) => {
            articles += 1;
            if let Some(p) = art.path {
                paths.insert(art.id, p);
            }
            claims.extend(cs);
        }
    });
    let report = crosscheck::check::report(articles, &claims, &paths, as_of, &config);
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
        return Ok(2);
    }
    let fails = a.fail_on.threshold().is_some_and(|t| {
        report
            .findings
            .iter()
            .any(|f| f.severity >= t && f.review.is_none())
    });
    Ok(u8::from(fails))
}
