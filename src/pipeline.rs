//! Runs extraction over a stream of input items, in parallel chunks, while
//! keeping output in input order and memory bounded by the chunk size.

use crate::config::Config;
use crate::extract;
use crate::ingest::{Item, Problem};
use crate::model::{Article, Claim};
use crate::stories::{self, Fingerprint};
use rayon::prelude::*;

/// How many articles are extracted together: large enough to keep both
/// cores busy, small enough that memory stays flat on any batch size.
pub const CHUNK: usize = 256;

/// What the pipeline hands back, in input order.
#[derive(Debug)]
pub enum Event {
    /// One article's claims, and its story fingerprint when asked for. The
    /// article keeps its metadata; its text is dropped unless `keep_text`
    /// was asked for.
    Article(Box<Article>, Vec<Claim>, Option<Box<Fingerprint>>),
    /// A problem with the input.
    Problem(Problem),
}

/// What to hand back with each article besides its claims.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Keep the article's text (the ledger stores a hash of it).
    pub keep_text: bool,
    /// Make its story fingerprint (`check` groups articles into stories).
    pub fingerprints: bool,
}

/// Extracts claims from every article of `items`, calling `on` for each
/// article (and each input problem) in input order.
///
/// Reading the input and handing results to `on` happen on the calling
/// thread while the pool extracts the chunk before: neither waits for the
/// other, so a second core is not left idle while one thread parses JSON.
pub fn run<I, F>(items: I, config: &Config, opts: Options, mut on: F)
where
    I: Iterator<Item = Item>,
    F: FnMut(Event),
{
    let mut items = items;
    let mut next = read_chunk(&mut items);
    let mut pending: Vec<Event> = Vec::new();
    while !next.is_empty() {
        let chunk = std::mem::take(&mut next);
        let mut done: Vec<Event> = Vec::new();
        rayon::in_place_scope(|s| {
            s.spawn(|_| done = extract_chunk(chunk, config, opts));
            pending.drain(..).for_each(&mut on);
            next = read_chunk(&mut items);
        });
        pending = done;
    }
    pending.into_iter().for_each(&mut on);
}

/// The next [`CHUNK`] items, fewer at the end of the input.
fn read_chunk<I: Iterator<Item = Item>>(items: &mut I) -> Vec<Item> {
    let mut chunk = Vec::with_capacity(CHUNK);
    chunk.extend(items.by_ref().take(CHUNK));
    chunk
}

/// One chunk's events, in its order, extracted in parallel.
fn extract_chunk(chunk: Vec<Item>, config: &Config, opts: Options) -> Vec<Event> {
    chunk
        .into_par_iter()
        .map(|item| match item {
            Item::Article(mut a) => {
                let (claims, body) = extract::extract_body(&a, config);
                let fp = opts
                    .fingerprints
                    .then(|| Box::new(stories::fingerprint(&a, &claims, &body, config)));
                if !opts.keep_text {
                    a.text = String::new();
                }
                Event::Article(a, claims, fp)
            }
            Item::Problem(p) => Event::Problem(p),
        })
        .collect()
}
