//! Stories: the articles of a batch grouped by the real-world event they
//! report (one shooting, one strike, one tariff decision).
//!
//! Each article is reduced, while it is extracted, to a [`Fingerprint`]: the
//! words of its title and lead, the names in its body (people, streets,
//! venues, ages, years), the figures it gives, the place its figures are
//! about and the day its event happened. [`build`] then scores each article
//! only against the articles that share a rare term with it (an inverted
//! index, as in Miranda et al.'s online news clustering, 2018), within a
//! time window, and merges groups by average linkage (see [`link`]).
//! Nothing compares every article with every other, so a batch of 100,000
//! articles groups in near-linear time.
//!
//! Why TF-IDF cosine rather than BM25 or MinHash: the two views are short
//! (a title and a lead; a few dozen names), where cosine over IDF weights is
//! what separated same-incident pairs from different-incident pairs in our
//! measurements, and a centroid of TF-IDF vectors can be updated as articles
//! join. MinHash estimates plain Jaccard, which weighs "police" like a
//! victim's name; BM25's length normalisation buys nothing on texts this
//! short.

mod link;
pub mod terms;

use crate::config::{Config, StoryRules};
use crate::model::{Article, Claim, DateRole, DateSpan, Story};
use chrono::NaiveDate;
use terms::Term;

/// What an article is recognised by, made while it is extracted so that
/// its text need not be kept.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fingerprint {
    /// The article id.
    pub article: String,
    /// Its outlet.
    pub source: Option<String>,
    /// Its headline, else its first sentence (shortened).
    pub headline: Option<String>,
    /// Its publication date.
    pub published: Option<NaiveDate>,
    /// The day its event happened, as its own dates place it, else its
    /// publication date.
    pub event: Option<NaiveDate>,
    /// The place its figures are about (dateline, else the subject most of
    /// its claims name).
    pub place: Option<String>,
    /// Words of title and lead with their counts, sorted by term.
    pub words: Vec<(Term, f32)>,
    /// Names, ages and places with their counts, sorted by term.
    pub names: Vec<(Term, f32)>,
}

/// Longest headline kept when it is taken from the first sentence.
const HEADLINE_CHARS: usize = 120;

/// How many body bytes are read for names: the top of an article names
/// its victims, streets and venues; what follows is mostly quotes and
/// background, and reading it all would cost time on long pages.
const NAME_BYTES: usize = 6000;

/// The fingerprint of `article`, whose claims are `claims` and whose body
/// paragraphs are `body` (byte ranges of its text).
pub fn fingerprint(
    article: &Article,
    claims: &[Claim],
    body: &[(usize, usize)],
    config: &Config,
) -> Fingerprint {
    let rules = &config.raw.stories;
    let text = article.text.as_str();
    let mut words = Vec::new();
    let mut names = Vec::new();
    if let Some(t) = &article.title {
        terms::words(t, usize::MAX, rules.title_weight, &mut words);
        terms::names(t, &mut names);
    }
    let mut lead_left = rules.lead_words;
    let mut name_left = NAME_BYTES;
    for &(a, b) in body {
        let para = &text[a..b];
        if lead_left > 0 {
            let before = words.len();
            terms::words(para, lead_left, 1.0, &mut words);
            lead_left = lead_left.saturating_sub(para.split_whitespace().count());
            let _ = before;
        }
        if name_left > 0 {
            let mut end = para.len().min(name_left);
            while !para.is_char_boundary(end) {
                end -= 1;
            }
            terms::names(&para[..end], &mut names);
            name_left -= end;
        }
        if lead_left == 0 && name_left == 0 {
            break;
        }
    }
    // The figures it gives: two reports of one event share most of theirs.
    for c in claims {
        if let Some(v) = &c.value {
            if let Some(x) = v.low.or(v.high) {
                names.push((terms::term(terms::FIGURE, &format!("{}:{x}", v.unit)), 1.0));
            }
        }
    }
    let place = place(article, claims, config);
    let stated = toll_day(article, claims, config);
    if let Some(p) = &place {
        names.push((terms::term(terms::PLACE, p), 2.0));
    }
    let headline = article
        .title
        .clone()
        .or_else(|| body.first().map(|&(a, b)| first_sentence(&text[a..b])));
    Fingerprint {
        article: article.id.clone(),
        source: article.source.clone(),
        headline,
        published: article.published,
        event: event_day(article, claims, stated, config.raw.stories.window_days),
        place,
        words: terms::tally(words),
        names: terms::tally(names),
    }
}

/// The first sentence of a paragraph, shortened to a headline's length.
fn first_sentence(p: &str) -> String {
    let end = p
        .char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?') && p[i + 1..].starts_with(' '))
        .map_or(p.len(), |(i, _)| i + 1);
    let s = p[..end].trim();
    if s.chars().count() <= HEADLINE_CHARS {
        return s.to_string();
    }
    let cut: String = s.chars().take(HEADLINE_CHARS - 1).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut}…")
}

/// The place an article is about: its dateline, else the subject its
/// claims name most (the earliest on a tie).
fn place(article: &Article, claims: &[Claim], config: &Config) -> Option<String> {
    if let Some(p) = &article.dateline_place {
        return Some(config.canonical_name(p));
    }
    let mut counts: Vec<(&str, usize, usize)> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        let Some(s) = c.subject.as_deref() else {
            continue;
        };
        match counts.iter_mut().find(|e| e.0 == s) {
            Some(e) => e.1 += 1,
            None => counts.push((s, 1, i)),
        }
    }
    counts
        .iter()
        .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
        .map(|e| config.canonical_name(e.0))
}

/// The day an article's event happened: the earliest short event date its
/// claims give (a day or a few, not a month) that is not after its
/// publication, else its dateline day, else its publication date. A
/// follow-up that recalls "the March 3 shooting" is thereby dated to the
/// shooting, not to the day it was published.
///
/// When the article dates a toll of its own (`toll`), the event is that
/// day or an earlier one within `window` days ("Tuesday night's strike" in
/// a report that the toll rose on Thursday); a date further back is
/// another event it recalls.
fn event_day(
    article: &Article,
    claims: &[Claim],
    toll: Option<NaiveDate>,
    window: i64,
) -> Option<NaiveDate> {
    let published = article.published.or(article.dateline_date);
    claims
        .iter()
        .filter(|c| matches!(c.date_role, Some(DateRole::Event) | None))
        .filter_map(|c| c.date)
        .filter(|d| (d.end - d.start).num_days() <= 3)
        .filter(|d| published.is_none_or(|p| d.start <= p))
        // Within a year of publication: a date further back is history
        // the article recalls.
        .filter(|d| published.is_none_or(|p| (p - d.start).num_days() <= 366))
        .filter(|d| toll.is_none_or(|t| d.start <= t && (t - d.start).num_days() <= window))
        .map(|d| d.start)
        .min()
        .or(toll)
        .or(article.dateline_date)
        .or(article.published)
}

/// The date of the article's first toll that states its own (a figure of
/// an event-bound kind, about the story, with an event date of a few days
/// at most, not after publication).
fn toll_day(article: &Article, claims: &[Claim], config: &Config) -> Option<NaiveDate> {
    let published = article.published.or(article.dateline_date);
    claims
        .iter()
        .filter(|c| c.scope == crate::model::Scope::Story && c.date_role == Some(DateRole::Event))
        .filter(|c| {
            config
                .kind(&c.kind)
                .is_some_and(|k| k.def.scope == crate::config::KindScope::Event)
        })
        .filter_map(|c| c.date)
        .find(|d| (d.end - d.start).num_days() <= 3 && published.is_none_or(|p| d.start <= p))
        .map(|d| d.start)
}

/// Groups `fps` into stories: each inner vector holds the indices of one
/// story's articles, in ascending order. Every article is in exactly one
/// story, and the result does not depend on the order of `fps`.
pub fn build(fps: &[Fingerprint], rules: &StoryRules) -> Vec<Vec<usize>> {
    link::build(fps, rules)
}

/// The stories of `groups` (as [`build`] returns them) as report records,
/// without figures (alignment adds them), sorted by date and id.
pub fn describe(groups: &[Vec<usize>], fps: &[Fingerprint]) -> Vec<Story> {
    let mut out: Vec<Story> = groups
        .iter()
        .map(|members| {
            let mut ms: Vec<&Fingerprint> = members.iter().map(|&i| &fps[i]).collect();
            ms.sort_by(|a, b| {
                (a.published.is_none(), a.published, &a.article).cmp(&(
                    b.published.is_none(),
                    b.published,
                    &b.article,
                ))
            });
            let days: Vec<NaiveDate> = ms.iter().filter_map(|f| f.event).collect();
            let date = days
                .iter()
                .min()
                .zip(days.iter().max())
                .map(|(&start, &end)| DateSpan { start, end });
            let mut sources: Vec<String> = ms.iter().filter_map(|f| f.source.clone()).collect();
            sources.sort();
            sources.dedup();
            // The id is the first article's: a later follow-up joining the
            // story does not change it.
            let first = ms
                .iter()
                .min_by(|a, b| {
                    (a.event.is_none(), a.event, &a.article).cmp(&(
                        b.event.is_none(),
                        b.event,
                        &b.article,
                    ))
                })
                .map_or("", |f| f.article.as_str());
            Story {
                id: format!("st-{}", crate::ids::hash(&["story", first])),
                title: ms.iter().find_map(|f| f.headline.clone()),
                place: most_common(ms.iter().filter_map(|f| f.place.as_deref())),
                date,
                articles: ms.iter().map(|f| f.article.clone()).collect(),
                sources,
                figures: Vec::new(),
            }
        })
        .collect();
    out.sort_by(|a, b| (a.date.is_none(), a.date, &a.id).cmp(&(b.date.is_none(), b.date, &b.id)));
    out
}

/// The most frequent string, the first seen on a tie.
fn most_common<'a>(items: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for s in items {
        match counts.iter_mut().find(|e| e.0 == s) {
            Some(e) => e.1 += 1,
            None => counts.push((s, 1)),
        }
    }
    let mut best: Option<(&str, usize)> = None;
    for e in counts {
        if best.is_none_or(|b| e.1 > b.1) {
            best = Some(e);
        }
    }
    best.map(|b| b.0.to_string())
}
