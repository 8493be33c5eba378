//! Runs extraction over a stream of input items, in parallel chunks, while
//! keeping output in input order and memory bounded by the chunk size.

use crate::config::Config;
use crate::extract;
use crate::ingest::{Item, Problem};
use crate::model::{Article, Claim};
use rayon::prelude::*;

/// How many articles are extracted together: large enough to keep both
/// cores busy, small enough that memory stays flat on any batch size.
pub const CHUNK: usize = 256;

/// What the pipeline hands back, in input order.
#[derive(Debug)]
pub enum Event {
    /// One article's claims. The article keeps its metadata; its text is
    /// dropped unless `keep_text` was asked for.
    Article(Box<Article>, Vec<Claim>),
    /// A problem with the input.
    Problem(Problem),
}

/// Extracts claims from every article of `items`, calling `on` for each
/// article (and each input problem) in input order.
pub fn run<I, F>(items: I, config: &Config, keep_text: bool, mut on: F)
where
    I: Iterator<Item = Item>,
    F: FnMut(Event),
{
    let mut chunk: Vec<Item> = Vec::with_capacity(CHUNK);
    let flush = |chunk: &mut Vec<Item>, on: &mut F| {
        let done: Vec<Event> = chunk
            .par_drain(..)
            .map(|item| match item {
                Item::Article(mut a) => {
                    let claims = extract::extract(&a, config);
                    if !keep_text {
                        a.text = String::new();
                    }
                    Event::Article(a, claims)
                }
                Item::Problem(p) => Event::Problem(p),
            })
            .collect();
        done.into_iter().for_each(&mut *on);
    };
    for item in items {
        chunk.push(item);
        if chunk.len() == CHUNK {
            flush(&mut chunk, &mut on);
        }
    }
    flush(&mut chunk, &mut on);
}
