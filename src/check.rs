//! `check`: claims in, report out — alignment and judging glued together.

use crate::align;
use crate::config::Config;
use crate::ingest::{self, Level, Problem};
use crate::judge;
use crate::ledger::{BatchArticle, LedgerError, Run};
use crate::model::{Claim, Report};
use crate::pipeline::{self, Event};
use crate::review::{self, Decision, DecisionStore, ReviewError};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::path::PathBuf;

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

/// A batch read and extracted: what `check` and `serve` judge.
#[derive(Debug, Default)]
pub struct Batch {
    /// Articles read.
    pub articles: usize,
    /// Their claims, in input order.
    pub claims: Vec<Claim>,
    /// Article id → the file it came from.
    pub paths: HashMap<String, String>,
    /// Each article (text kept) with its range of `claims`, for a ledger;
    /// empty unless the batch was read with `keep_text`.
    pub ledger_articles: Vec<BatchArticle>,
    /// Whether any input problem was an error.
    pub failed: bool,
}

/// Reads and extracts the batch at `paths` (none or `-`: standard input),
/// handing each input problem to `on_problem` as it is met. `keep_text`
/// keeps each article's text for a ledger.
pub fn read(
    paths: &[PathBuf],
    config: &Config,
    keep_text: bool,
    mut on_problem: impl FnMut(&Problem),
) -> Batch {
    let mut b = Batch::default();
    pipeline::run(
        ingest::read_batch(paths),
        config,
        keep_text,
        |ev| match ev {
            Event::Problem(p) => {
                b.failed |= p.level == Level::Error;
                on_problem(&p);
            }
            Event::Article(art, cs) => {
                b.articles += 1;
                if keep_text {
                    let n = b.claims.len();
                    b.ledger_articles
                        .push(BatchArticle::new(&art, n..n + cs.len()));
                }
                if let Some(p) = art.path {
                    b.paths.insert(art.id, p);
                }
                b.claims.extend(cs);
            }
        },
    );
    b
}

impl Batch {
    /// The batch's report: judged against the ledger's history when a
    /// ledger `run` is given (findings then say whether they are new),
    /// else on its own. The batch must have been read with `keep_text`
    /// for a ledger. `now` stamps findings the ledger sees first.
    pub fn report(
        &self,
        run: Option<&Run<'_>>,
        as_of: NaiveDate,
        config: &Config,
        now: &str,
    ) -> Result<Report, LedgerError> {
        Ok(match run {
            Some(run) => {
                run.check(
                    &self.ledger_articles,
                    &self.claims,
                    &self.paths,
                    as_of,
                    config,
                    now,
                )?
                .report
            }
            None => report(self.articles, &self.claims, &self.paths, as_of, config),
        })
    }
}

/// Applies the decisions in force in `store` to `report`'s findings;
/// returns the standing decisions that match no finding, in file order.
pub fn apply_decisions(
    report: &mut Report,
    store: &mut dyn DecisionStore,
) -> Result<Vec<Decision>, ReviewError> {
    let reviews = store.list()?;
    Ok(review::apply(report, &reviews)
        .into_iter()
        .cloned()
        .collect())
}
