//! Extraction throughput: builds a JSONL corpus of at least 50 MB of news
//! text at run time (ECB+ from ../shared/data, else the repo's examples),
//! streams it through ingest and extraction, and reports MB/s on one core
//! and on all cores, with the peak resident memory.
//!
//! Run: `cargo bench --bench extract` (optional argument: corpus size in MB).

mod common;

use crosscheck::config::Config;
use crosscheck::ingest;
use crosscheck::pipeline::{self, Event};
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let mb: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(50);
    let texts = source_texts();
    let dir = std::env::temp_dir().join(format!("crosscheck-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("corpus.jsonl");
    let bytes = write_corpus(&path, &texts, mb * 1_000_000);
    println!(
        "corpus: {:.1} MB of article text in {}",
        bytes as f64 / 1e6,
        path.display()
    );
    let config = Config::builtin();
    for threads in [1, rayon::current_num_threads().max(1)] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        let t = Instant::now();
        let cpu = common::cpu_seconds();
        let claims = pool.install(|| run(&path, &config));
        let secs = t.elapsed().as_secs_f64();
        let cpu = common::cpu_seconds() - cpu;
        println!(
            "extract, {threads} thread(s): {claims} claims, {:.2} s, {:.1} MB/s ({:.1} MB/s per core); {:.2} CPU s, {:.1} MB per CPU second",
            secs,
            bytes as f64 / 1e6 / secs,
            bytes as f64 / 1e6 / secs / threads as f64,
            cpu,
            bytes as f64 / 1e6 / cpu.max(0.01)
        );
    }
    println!("peak resident memory: {} MB", common::peak_rss_mb());
    std::fs::remove_dir_all(&dir).ok();
}

fn run(path: &PathBuf, config: &Config) -> usize {
    let mut n = 0;
    pipeline::run(
        ingest::read_batch(std::slice::from_ref(path)),
        config,
        pipeline::Options::default(),
        |ev| {
            if let Event::Article(_, c, _) = ev {
                n += c.len();
            }
        },
    );
    n
}

/// Article texts to repeat: ECB+ when the shared data is beside the repo.
fn source_texts() -> Vec<String> {
    let ecb = PathBuf::from("../shared/data/ecbplus/docs.jsonl");
    if let Ok(s) = std::fs::read_to_string(&ecb) {
        let texts: Vec<String> = s
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
            .collect();
        if !texts.is_empty() {
            return texts;
        }
    }
    let mut out = Vec::new();
    for e in std::fs::read_dir("examples")
        .expect("examples/ corpus")
        .flatten()
    {
        let p = e.path();
        if matches!(p.extension().and_then(|x| x.to_str()), Some("txt" | "md")) {
            if let Ok(s) = std::fs::read_to_string(&p) {
                out.push(s);
            }
        }
    }
    out
}

fn write_corpus(path: &PathBuf, texts: &[String], target: usize) -> usize {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("corpus file"));
    let mut written = 0;
    let mut i = 0usize;
    while written < target {
        let text = &texts[i % texts.len()];
        let day = 1 + (i % 28);
        let line = serde_json::json!({
            "id": format!("a{i}"),
            "source": format!("Outlet {}", i % 17),
            "published": format!("2025-06-{day:02}"),
            "text": text,
        });
        writeln!(f, "{line}").expect("write corpus");
        written += text.len();
        i += 1;
    }
    f.flush().expect("flush corpus");
    written
}
