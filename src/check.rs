//! `check`: claims in, report out — alignment and judging glued together.

use crate::align;
use crate::config::Config;
use crate::judge;
use crate::model::{Claim, Report};
use chrono::NaiveDate;
use std::collections::HashMap;

/// Builds the report for a batch of `articles` articles whose claims are
/// `claims` (in input order). `paths` maps article ids to their files.
pub fn report(
    articles: usize,
    claims: &[Claim],
    paths: &HashMap<String, String>,
    as_of: NaiveDate,
    config: &Config,
) -> Report {
    let clusters = align::align(claims, paths, config);
    let findings = judge::judge(&clusters, claims, paths, as_of, config);
    Report {
        as_of,
        articles,
        claims: claims.len(),
        stories: Vec::new(),
        clusters,
        findings,
    }
}
