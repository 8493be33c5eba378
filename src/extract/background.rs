//! Counts that recall another event or give a running total: "the 2012
//! theater shooting that killed 12", "the city's 600th homicide this year",
//! "two dead in four shootings this weekend", "58 officers killed nationwide
//! this year". Such a claim is `scope: background`: it never joins a story's
//! toll. The patterns are `victims.background` in `claims.yaml`.

use super::not_toll::{clause_end, clause_start};
use crate::config::Config;

/// Whether the count at `start..end` of the sentence `span` is background:
/// its clause, or the opening clause of its sentence ("In 2004, a tsunami
/// killed 170,000"), matches a background pattern.
pub fn is_background(
    text: &str,
    span: (usize, usize),
    start: usize,
    end: usize,
    config: &Config,
) -> bool {
    let v = &config.victims;
    let a = clause_start(text, span.0, start);
    let b = clause_end(text, end, span.1);
    if v.is_background(&text[a..b]) {
        return true;
    }
    let opening = clause_end(text, span.0, span.1);
    opening < a && v.is_background(&text[span.0..opening])
}
