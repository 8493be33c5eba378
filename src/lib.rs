//! # crosscheck
//!
//! crosscheck reads a batch of news articles, extracts every numeric and dated
//! claim, lines the same claim up across sources and reports where sources
//! disagree, where a figure has been overtaken and where a date has gone stale.
//!
//! Data flows one way:
//! [`ingest`] (files, JSONL, HTML → [`model::Article`]) →
//! [`extract`] (articles → [`model::Claim`]) → [`stories`] (articles grouped
//! by real-world event) → `align` → `judge` → `report`.
//! The library never prints and never exits; the binary does.
#![deny(missing_docs)]

pub mod align;
pub mod check;
pub mod config;
pub mod extract;
pub mod history;
pub mod ids;
pub mod ingest;
pub mod judge;
pub mod ledger;
pub mod model;
pub mod pipeline;
pub mod report;
pub mod review;
pub mod serve;
pub mod stories;
