//! Argument definitions and the subcommands' glue.

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use crosscheck::config::Config;
use crosscheck::ingest::{self, Level};
use crosscheck::pipeline::{self, Event};
use crosscheck::report;
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

/// Runs the parsed command; the exit status on success.
pub fn run(cli: Cli) -> Result<u8> {
    match cli.cmd {
        Cmd::Extract(a) => extract(a),
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
