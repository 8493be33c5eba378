//! The `crosscheck` command line: parses arguments, loads the claim rules,
//! runs the library and writes output. Only this file prints or exits.

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // One line, as CI logs and editors' terminals want it.
            eprintln!("error: {}", one_line(&e));
            ExitCode::from(2)
        }
    }
}

fn one_line(e: &anyhow::Error) -> String {
    let s: Vec<String> = e.chain().map(|c| c.to_string()).collect();
    s.join(": ").replace('\n', " ")
}
