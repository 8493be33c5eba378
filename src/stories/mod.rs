//! Stories: the articles of a batch grouped by the real-world event they
//! report (one shooting, one strike, one tariff decision).
//!
//! Each article is reduced, while it is extracted, to a [`Fingerprint`]: the
//! words of its title and lead, the names in its body, the place its
//! figures are about and the day its event happened. [`build`] then groups
//! the fingerprints online, in event-time order, in the manner of Miranda
//! et al. (2018): an article is scored only against the stories that share
//! a rare term with it (an inverted index), within a time window, and joins
//! the best one above a threshold or starts its own. Nothing compares every
//! article with every other, so a batch of 100,000 articles groups in
//! near-linear time.
//!
//! Why TF-IDF cosine rather than BM25 or MinHash: the two views are short
//! (a title and a lead; a few dozen names), where cosine over IDF weights is
//! what separated same-incident pairs from different-incident pairs in our
//! measurements, and a centroid of TF-IDF vectors can be updated as articles
//! join. MinHash estimates plain Jaccard, which weighs "police" like a
//! victim's name; BM25's length normalisation buys nothing on texts this
//! short.

pub mod terms;

use crate::config::{Config, StoryRules};
use crate::model::{Article, Claim, DateRole, DateSpan, Story};
use chrono::NaiveDate;
use std::collections::HashMap;
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
    /// Whether `event` is the date of one of its own tolls ("killed ... on
    /// Wednesday evening"): such an article reports an event of that day,
    /// and is never a follow-up of an event weeks before.
    pub event_stated: bool,
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
        event: stated.or_else(|| event_day(article, claims)),
        event_stated: stated.is_some(),
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
fn event_day(article: &Article, claims: &[Claim]) -> Option<NaiveDate> {
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
        .map(|d| d.start)
        .min()
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

/// A story under construction: its members and the sums of their
/// normalised vectors (centroids, kept as sums with their squared norms).
#[derive(Debug, Default)]
struct Group {
    members: Vec<usize>,
    words: HashMap<Term, f32>,
    words_norm2: f32,
    names: HashMap<Term, f32>,
    names_norm2: f32,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
}

impl Group {
    /// Cosine of a unit vector with the group's centroid of one view.
    fn cosine(sum: &HashMap<Term, f32>, norm2: f32, v: &[(Term, f32)]) -> f32 {
        if norm2 <= 0.0 {
            return 0.0;
        }
        let dot: f32 = v
            .iter()
            .filter_map(|(t, w)| sum.get(t).map(|s| s * w))
            .sum();
        dot / norm2.sqrt()
    }

    /// Adds a unit vector to one view's sum, keeping its squared norm.
    fn add(sum: &mut HashMap<Term, f32>, norm2: &mut f32, v: &[(Term, f32)]) {
        for &(t, w) in v {
            let e = sum.entry(t).or_insert(0.0);
            // |s + v|² = |s|² + 2 s·v + |v|², term by term.
            *norm2 += 2.0 * *e * w + w * w;
            *e += w;
        }
    }

    /// Days between `day` and the group's dates (0 inside them); `None`
    /// when either is undated.
    fn gap(&self, day: Option<NaiveDate>) -> Option<i64> {
        let (d, first, last) = (day?, self.first?, self.last?);
        Some(if d < first {
            (first - d).num_days()
        } else if d > last {
            (d - last).num_days()
        } else {
            0
        })
    }
}

/// An article's two views as unit vectors of TF-IDF weights
/// (`(1 + ln tf) · ln(N / df)`).
fn weigh(v: &[(Term, f32)], df: &HashMap<Term, u32>, n: f32) -> Vec<(Term, f32)> {
    let mut out: Vec<(Term, f32)> = v
        .iter()
        .map(|&(t, tf)| {
            let d = df.get(&t).copied().unwrap_or(1).max(1) as f32;
            (t, (1.0 + tf.ln().max(0.0)) * (n / d).ln().max(0.0))
        })
        .filter(|p| p.1 > 0.0)
        .collect();
    let norm = out.iter().map(|p| p.1 * p.1).sum::<f32>().sqrt();
    if norm > 0.0 {
        for p in &mut out {
            p.1 /= norm;
        }
    }
    out
}

/// Groups `fps` into stories: each inner vector holds the indices of one
/// story's articles, in the order they joined. Every article is in exactly
/// one story. The result depends only on the fingerprints, not their
/// order.
pub fn build(fps: &[Fingerprint], rules: &StoryRules) -> Vec<Vec<usize>> {
    let n = fps.len();
    if n == 0 {
        return Vec::new();
    }
    // Document frequencies over both views (their terms never collide: the
    // view is hashed in).
    let mut df: HashMap<Term, u32> = HashMap::new();
    for f in fps {
        for (t, _) in f.words.iter().chain(&f.names) {
            *df.entry(*t).or_insert(0) += 1;
        }
    }
    // Batches of two or three articles still need IDF to mean something: a
    // term in every article weighs nothing, so N counts one more.
    let nf = n as f32 + 1.0;
    let common = ((rules.common_share * n as f32).ceil() as u32).max(4);
    // In event-time order (undated last), ties by id: the order articles
    // arrive in never changes the result.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&fps[a], &fps[b]);
        (x.event.is_none(), x.event, &x.article).cmp(&(y.event.is_none(), y.event, &y.article))
    });
    let mut groups: Vec<Group> = Vec::new();
    // Rare term → groups holding it, in the order they got it.
    let mut postings: HashMap<Term, Vec<u32>> = HashMap::new();
    let mut shared: HashMap<u32, f32> = HashMap::new();
    for &i in &order {
        let f = &fps[i];
        let words = weigh(&f.words, &df, nf);
        let names = weigh(&f.names, &df, nf);
        // Candidates: groups sharing a rare term, scored by how much rare
        // weight they share; only the most recent holders of a term are
        // read, which bounds the work per article.
        shared.clear();
        for &(t, w) in words.iter().chain(&names) {
            if df.get(&t).copied().unwrap_or(0) > common {
                continue;
            }
            if let Some(p) = postings.get(&t) {
                for &g in p.iter().rev().take(64) {
                    *shared.entry(g).or_insert(0.0) += w;
                }
            }
        }
        let mut cands: Vec<(u32, f32)> = shared.iter().map(|(&g, &w)| (g, w)).collect();
        cands.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        cands.truncate(rules.candidates);
        let mut best: Option<(u32, f32)> = None;
        for &(g, _) in &cands {
            let grp = &groups[g as usize];
            let ws = Group::cosine(&grp.words, grp.words_norm2, &words);
            let ns = Group::cosine(&grp.names, grp.names_norm2, &names);
            let gap = grp.gap(f.event);
            if let Some(gap) = gap {
                let follow_up =
                    !f.event_stated && gap <= rules.follow_up_days && ns >= rules.follow_up_names;
                if gap > rules.window_days && !follow_up {
                    continue;
                }
            }
            let score = rules.words_weight * ws + rules.names_weight * ns;

            if score >= rules.join && best.is_none_or(|b| score > b.1) {
                best = Some((g, score));
            }
        }
        let g = match best {
            Some((g, _)) => g,
            None => {
                groups.push(Group::default());
                (groups.len() - 1) as u32
            }
        };
        let grp = &mut groups[g as usize];
        grp.members.push(i);
        Group::add(&mut grp.words, &mut grp.words_norm2, &words);
        Group::add(&mut grp.names, &mut grp.names_norm2, &names);
        if let Some(d) = f.event {
            grp.first = Some(grp.first.map_or(d, |x| x.min(d)));
            grp.last = Some(grp.last.map_or(d, |x| x.max(d)));
        }
        for &(t, _) in words.iter().chain(&names) {
            if df.get(&t).copied().unwrap_or(0) > common {
                continue;
            }
            let p = postings.entry(t).or_default();
            if p.last() != Some(&g) {
                p.push(g);
            }
        }
    }
    groups.into_iter().map(|g| g.members).collect()
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
