//! `check`: claims in, report out — stories, alignment and judging glued
//! together.

use crate::align::{self, StoryIndex};
use crate::config::{Config, KindScope};
use crate::extract;
use crate::ingest::{self, Level, Problem};
use crate::judge;
use crate::ledger::{BatchArticle, LedgerError, Run};
use crate::model::{Article, Claim, Cluster, Report, Story, StoryFigure};
use crate::pipeline::{self, Event};
use crate::review::{self, Decision, DecisionStore, ReviewError};
use crate::stories::{self, Fingerprint};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::PathBuf;

/// Builds the report for a batch of `articles` articles whose claims are
/// `claims` (in input order), without stories. `paths` maps article ids
/// to their files.
pub fn report(
    articles: usize,
    claims: &[Claim],
    paths: &HashMap<String, String>,
    as_of: NaiveDate,
    config: &Config,
) -> Report {
    report_in(articles, claims, paths, as_of, config, None)
}

/// [`report`] with the batch's stories: event-bound figures line up within
/// their story, clusters name their story, and each story lists its own
/// figures (its toll).
pub fn report_in(
    articles: usize,
    claims: &[Claim],
    paths: &HashMap<String, String>,
    as_of: NaiveDate,
    config: &Config,
    stories: Option<(&[Story], &StoryIndex)>,
) -> Report {
    let clusters = align::align_in(claims, paths, config, stories.map(|s| s.1));
    let findings = judge::judge(&clusters, claims, paths, as_of, config);
    let mut stories: Vec<Story> = stories.map(|s| s.0.to_vec()).unwrap_or_default();
    let at: HashMap<&str, usize> = stories
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    // A story's toll: per kind and measure, from every report of the
    // story (see `stories::toll`); its cluster is the one about the story's
    // place (else the one most reports give). Parts ("11 of them
    // children") and increments ("six more bodies") are not the toll.
    let mut tolls: BTreeMap<(usize, &str, Option<&str>), Vec<&Cluster>> = BTreeMap::new();
    for c in &clusters {
        let Some(&i) = c.story.as_deref().and_then(|s| at.get(s)) else {
            continue;
        };
        let counts = config.kind(&c.kind).is_some_and(|k| k.is_toll());
        if !counts || !matches!(c.qualifier.as_deref(), None | Some("total")) {
            continue;
        }
        tolls
            .entry((i, &c.kind, c.measure.as_deref()))
            .or_default()
            .push(c);
    }
    for ((i, _, _), cs) in tolls {
        let rank = |c: &Cluster| {
            let here = c.subject.is_some() && c.subject == stories[i].place;
            (here, c.claims.len(), std::cmp::Reverse(c.id.clone()))
        };
        let Some(main) = cs.iter().copied().max_by_key(|c| rank(c)) else {
            continue;
        };
        let never_falls = config
            .kind(&main.kind)
            .is_some_and(|k| k.never_falls(main.measure.as_deref()));
        let headlines = headline_votes(
            &stories[i],
            &main.kind,
            main.measure.as_deref().unwrap_or_default(),
        );
        let range = stories::toll::toll(
            cs.iter().flat_map(|c| &c.claims),
            &headlines,
            never_falls,
            stories::toll::Words::of(config),
        );
        stories[i].figures.push(StoryFigure {
            kind: main.kind.clone(),
            measure: main.measure.clone(),
            cluster: main.id.clone(),
            low: range.low,
            best: range.best,
            high: range.high,
        });
    }
    for story in &mut stories {
        headline_only(story, config);
        hurt_from_hit(&mut story.figures);
    }
    Report {
        as_of,
        articles,
        claims: claims.len(),
        stories,
        clusters,
        findings,
    }
}

/// The votes of `story`'s headlines on the toll of `kind` and `measure`.
fn headline_votes<'a>(
    story: &'a Story,
    kind: &str,
    measure: &str,
) -> Vec<stories::toll::Headline<'a>> {
    story
        .headlines
        .iter()
        .flat_map(|v| {
            v.figures
                .iter()
                .filter(move |f| f.kind == kind && f.measure == measure)
                .map(move |f| stories::toll::Headline {
                    article: &v.article,
                    day: v.published,
                    figure: f.figure,
                    inferred: f.inferred,
                })
        })
        .collect()
}

/// A measure that only the story's headlines count ("Man found shot dead
/// in car" over a police release that tells of "the victim"): its toll
/// from the headlines alone. The figure names the story's cluster of
/// another measure of the same kind, as a hurt figure derived from the
/// hit does; a story with no such cluster gets none.
fn headline_only(story: &mut Story, config: &Config) {
    let mut measures: Vec<(&str, &str)> = story
        .headlines
        .iter()
        .flat_map(|v| &v.figures)
        .map(|f| (f.kind.as_str(), f.measure.as_str()))
        .filter(|(k, m)| {
            !story
                .figures
                .iter()
                .any(|f| f.kind == *k && f.measure.as_deref() == Some(*m))
        })
        .collect();
    measures.sort_unstable();
    measures.dedup();
    let mut added = Vec::new();
    for (kind, measure) in measures {
        // Every figure names a cluster (other programs join the two).
        let Some(cluster) = story
            .figures
            .iter()
            .find(|f| f.kind == kind)
            .map(|f| f.cluster.clone())
        else {
            continue;
        };
        let headlines = headline_votes(story, kind, measure);
        let never_falls = config
            .kind(kind)
            .is_some_and(|k| k.never_falls(Some(measure)));
        let range = stories::toll::toll(
            std::iter::empty(),
            &headlines,
            never_falls,
            stories::toll::Words::of(config),
        );
        added.push(StoryFigure {
            kind: kind.to_string(),
            measure: Some(measure.to_string()),
            cluster,
            low: range.low,
            best: range.best,
            high: range.high,
        });
    }
    story.figures.extend(added);
}

/// A story whose reports say only who was hit ("two men were stabbed"),
/// never how many were hurt, has as its hurt those hit less those killed,
/// as a reader takes it: no report would leave a death unsaid. The figure
/// comes from the hit's cluster.
fn hurt_from_hit(figures: &mut Vec<StoryFigure>) {
    let (hit, [killed, injured]) = crate::config::victims::HIT;
    let of = |m: &str| figures.iter().find(|f| f.measure.as_deref() == Some(m));
    let (Some(h), None) = (of(hit), of(injured)) else {
        return;
    };
    let dead = of(killed);
    let less = |x: Option<f64>, d: Option<f64>| x.map(|x| (x - d.unwrap_or(0.0)).max(0.0));
    let derived = StoryFigure {
        kind: h.kind.clone(),
        measure: Some(injured.to_string()),
        cluster: h.cluster.clone(),
        low: less(h.low, dead.and_then(|d| d.high)),
        best: less(h.best, dead.and_then(|d| d.best)),
        high: less(h.high, dead.and_then(|d| d.low)),
    };
    figures.push(derived);
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
    /// The stories the articles were grouped into, by date.
    pub stories: Vec<Story>,
    /// Article → story.
    pub index: StoryIndex,
    /// Each article's fingerprint, in input order.
    pub fingerprints: Vec<Fingerprint>,
}

/// Reads and extracts the batch at `paths` (none or `-`: standard input),
/// handing each input problem to `on_problem` as it is met. `keep_text`
/// keeps each article's text hash and metadata for a ledger. The articles
/// are grouped into stories (see [`Collect::finish`]).
pub fn read(
    paths: &[PathBuf],
    config: &Config,
    keep_text: bool,
    mut on_problem: impl FnMut(&Problem),
) -> Batch {
    let mut b = Batch::default();
    let mut collect = Collect::new(keep_text);
    let opts = pipeline::Options {
        keep_text: true,
        fingerprints: true,
    };
    pipeline::run(ingest::read_batch(paths), config, opts, |ev| match ev {
        Event::Problem(p) => {
            b.failed |= p.level == Level::Error;
            on_problem(&p);
        }
        Event::Article(art, cs, fp) => {
            if let Some(p) = &art.path {
                b.paths.insert(art.id.clone(), p.clone());
            }
            collect.push(*art, cs, fp.map(|f| *f), config);
        }
    });
    b.articles = collect.len();
    let g = collect.finish(config);
    if keep_text {
        b.ledger_articles = g
            .articles
            .into_iter()
            .zip(g.hashes)
            .zip(&g.ranges)
            .map(|((article, hash), r)| BatchArticle {
                article,
                hash,
                claims: r.clone(),
            })
            .collect();
    }
    b.claims = g.claims;
    b.stories = g.stories;
    b.index = g.index;
    b.fingerprints = g.fingerprints;
    b
}

impl Batch {
    /// The batch the ledger's latest run stored (its articles, claims and
    /// stories), to be judged again: `serve --ledger` given no batch shows
    /// it.
    pub fn from_ledger(run: &Run<'_>, config: &Config) -> Result<Batch, LedgerError> {
        let mut b = Batch::default();
        for l in run.latest_run()? {
            let start = b.claims.len();
            b.claims.extend(l.claims);
            let mut article = l.article;
            article.claims = start..b.claims.len();
            let fp = l.fingerprint.unwrap_or_else(|| Fingerprint {
                article: article.article.id.clone(),
                source: article.article.source.clone(),
                headline: article.article.title.clone(),
                published: article.article.published,
                event: article.article.published,
                ..Fingerprint::default()
            });
            b.fingerprints.push(fp);
            b.ledger_articles.push(article);
        }
        b.articles = b.ledger_articles.len();
        let groups = stories::build(&b.fingerprints, &config.raw.stories);
        b.stories = stories::describe(&groups, &b.fingerprints);
        b.index = StoryIndex::of(&b.stories);
        Ok(b)
    }

    /// The batch's report: judged against the ledger's history when a
    /// ledger `run` is given (findings then say whether they are new, and
    /// the batch's articles join the stories of the events the ledger has
    /// seen), else on its own. The batch must have been read with
    /// `keep_text` for a ledger. `now` stamps findings the ledger sees
    /// first.
    pub fn report(
        &self,
        run: Option<&Run<'_>>,
        as_of: NaiveDate,
        config: &Config,
        now: &str,
    ) -> Result<Report, LedgerError> {
        Ok(match run {
            Some(run) => {
                let (stories, index) = self.stories_with(run, config)?;
                run.check(
                    &self.ledger_articles,
                    &self.claims,
                    &self.paths,
                    as_of,
                    config,
                    now,
                    Some((&stories, &index)),
                )?
                .report
            }
            None => report_in(
                self.articles,
                &self.claims,
                &self.paths,
                as_of,
                config,
                Some((&self.stories, &self.index)),
            ),
        })
    }

    /// The batch's stories regrouped with the stored articles of the same
    /// days (back to the follow-up horizon): a report of an event the
    /// ledger has seen joins that event's story and keeps its id. Returns
    /// the stories holding an article of the batch, and the index of every
    /// article grouped, stored ones included (their claims then line up
    /// within their stories too).
    pub fn stories_with(
        &self,
        run: &Run<'_>,
        config: &Config,
    ) -> Result<(Vec<Story>, StoryIndex), LedgerError> {
        let rules = &config.raw.stories;
        let days = self.fingerprints.iter().filter_map(|f| f.event);
        let (lo, hi) = match (days.clone().min(), days.max()) {
            (Some(lo), Some(hi)) => (lo, hi),
            _ => return Ok((self.stories.clone(), self.index.clone())),
        };
        let horizon = |d: i64| chrono::Days::new(d.max(0) as u64);
        let ours: HashSet<&str> = self
            .fingerprints
            .iter()
            .map(|f| f.article.as_str())
            .collect();
        let stored: Vec<_> = run
            .stories_between(
                // Saturating: a date near the calendar's ends must not panic.
                lo.checked_sub_days(horizon(rules.follow_up_days))
                    .unwrap_or(NaiveDate::MIN),
                hi.checked_add_days(horizon(rules.window_days))
                    .unwrap_or(NaiveDate::MAX),
            )?
            .into_iter()
            // A re-run or a revision is read from the batch, not the ledger.
            .filter(|s| !ours.contains(s.fingerprint.article.as_str()))
            .collect();
        if stored.is_empty() {
            return Ok((self.stories.clone(), self.index.clone()));
        }
        let stored_id: HashMap<&str, &str> = stored
            .iter()
            .map(|s| (s.fingerprint.article.as_str(), s.story.as_str()))
            .collect();
        let mut fps = self.fingerprints.clone();
        fps.extend(stored.iter().map(|s| s.fingerprint.clone()));
        let mut all = stories::describe(&stories::build(&fps, rules), &fps);
        for story in &mut all {
            // A story the ledger knows keeps the id it was stored under
            // (the one most of its stored articles carry).
            let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
            for a in &story.articles {
                if let Some(id) = stored_id.get(a.as_str()) {
                    *counts.entry(id).or_insert(0) += 1;
                }
            }
            if let Some((id, _)) = counts.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) {
                story.id = id.to_string();
            }
        }
        let index = StoryIndex::of(&all);
        all.retain(|s| s.articles.iter().any(|a| ours.contains(a.as_str())));
        Ok((all, index))
    }

    /// Records in the ledger the story of each article of the batch, as
    /// `report` (this batch's report) groups them.
    pub fn store_stories(&self, run: &Run<'_>, report: &Report) -> Result<(), LedgerError> {
        let story_of: HashMap<&str, &str> = report
            .stories
            .iter()
            .flat_map(|s| s.articles.iter().map(move |a| (a.as_str(), s.id.as_str())))
            .collect();
        for fp in &self.fingerprints {
            if let Some(story) = story_of.get(fp.article.as_str()) {
                run.store_story(story, fp)?;
            }
        }
        Ok(())
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

/// Articles collected as they are extracted, in input order, then grouped
/// into stories by [`Collect::finish`].
#[derive(Debug, Default)]
pub struct Collect {
    /// Whether to hash each article's text (only a ledger needs it).
    hashing: bool,
    articles: Vec<Article>,
    hashes: Vec<String>,
    claims: Vec<Vec<Claim>>,
    fingerprints: Vec<Fingerprint>,
}

/// A collection grouped into stories: what [`report_in`] and the ledger
/// need.
#[derive(Debug, Default)]
pub struct Grouped {
    /// The articles' metadata, in input order (texts dropped).
    pub articles: Vec<Article>,
    /// A hash of each article's analysed text (empty unless the
    /// collection was made hashing).
    pub hashes: Vec<String>,
    /// Every claim, article by article in input order.
    pub claims: Vec<Claim>,
    /// Each article's claims: a range of `claims`.
    pub ranges: Vec<Range<usize>>,
    /// The stories, by date.
    pub stories: Vec<Story>,
    /// Article → story.
    pub index: StoryIndex,
    /// Each article's fingerprint, in input order (an undated article's
    /// dated by its story's estimate).
    pub fingerprints: Vec<Fingerprint>,
}

/// Whether an article has no date of its own to resolve its dates against.
fn undated(a: &Article) -> bool {
    a.published.is_none() && a.dateline_date.is_none()
}

impl Collect {
    /// An empty collection; `hashing` hashes each article's text, as a
    /// ledger records it.
    pub fn new(hashing: bool) -> Self {
        Collect {
            hashing,
            ..Collect::default()
        }
    }

    /// Articles pushed so far.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    /// Whether no article was pushed.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// Adds an article (its text still present), its claims and its
    /// fingerprint (made from the article when missing). The text is kept
    /// only for an undated article, which is read again once its story
    /// dates it.
    pub fn push(
        &mut self,
        mut article: Article,
        claims: Vec<Claim>,
        fp: Option<Fingerprint>,
        config: &Config,
    ) {
        let fp = fp.unwrap_or_else(|| {
            let (_, body) = extract::extract_body(&article, config);
            stories::fingerprint(&article, &claims, &body, config)
        });
        if self.hashing {
            self.hashes.push(crate::ids::hash(&[&article.text]));
        }
        if !undated(&article) {
            article.text = String::new();
        }
        self.articles.push(article);
        self.claims.push(claims);
        self.fingerprints.push(fp);
    }

    /// Groups the batch into stories. Claims of event-bound kinds that
    /// name no place take their story's place; an undated article in a
    /// dated story takes the story's dates as an estimated publication
    /// window and is read again against it, so that "on Thursday" resolves.
    pub fn finish(mut self, config: &Config) -> Grouped {
        let groups = stories::build(&self.fingerprints, &config.raw.stories);
        let stories = stories::describe(&groups, &self.fingerprints);
        let index = StoryIndex::of(&stories);
        let by_id: HashMap<&str, &Story> = stories.iter().map(|s| (s.id.as_str(), s)).collect();
        for (i, a) in self.articles.iter_mut().enumerate() {
            let story = index
                .story_of
                .get(&a.id)
                .and_then(|s| by_id.get(s.as_str()));
            if undated(a) {
                if let Some(span) = story.and_then(|s| s.date) {
                    a.published_estimate = Some(span);
                    self.claims[i] = extract::extract(a, config);
                    self.fingerprints[i].event = Some(span.start);
                }
                a.text = String::new();
            }
            if let Some(place) = story.and_then(|s| s.place.as_ref()) {
                for c in &mut self.claims[i] {
                    let event = config
                        .kind(&c.kind)
                        .is_some_and(|k| k.def.scope == KindScope::Event && !k.def.per_subject);
                    if event && c.subject.is_none() {
                        c.subject = Some(place.clone());
                    }
                }
            }
        }
        let mut claims = Vec::new();
        let mut ranges = Vec::with_capacity(self.claims.len());
        for cs in self.claims {
            let start = claims.len();
            claims.extend(cs);
            ranges.push(start..claims.len());
        }
        Grouped {
            articles: self.articles,
            hashes: self.hashes,
            claims,
            ranges,
            stories,
            index,
            fingerprints: self.fingerprints,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Scope;

    /// A casualties claim of `article`, undated, about `place`.
    fn said(article: &str, measure: &str, place: &str, figure: f64) -> Claim {
        let mut c = Claim::sample(
            article,
            "casualties",
            measure,
            place,
            figure,
            "2025-03-01",
            "people",
        );
        c.published = None;
        c
    }

    fn story(articles: &[&str]) -> Story {
        Story {
            id: "st-quake".into(),
            title: None,
            place: Some("Aceh".into()),
            date: None,
            articles: articles.iter().map(|a| a.to_string()).collect(),
            sources: Vec::new(),
            figures: Vec::new(),
            headlines: Vec::new(),
        }
    }

    fn figures(claims: &[Claim], articles: &[&str]) -> Vec<(String, Option<f64>)> {
        figures_with(claims, articles, &[])
    }

    /// [`figures`] with headline votes: per article, its headline figures.
    fn figures_with(
        claims: &[Claim],
        articles: &[&str],
        heads: &[(&str, &str, f64)],
    ) -> Vec<(String, Option<f64>)> {
        let mut st = story(articles);
        for (a, m, x) in heads {
            st.headlines.push(crate::model::HeadlineVote {
                article: a.to_string(),
                published: None,
                figures: vec![crate::model::HeadlineFigure {
                    kind: "casualties".into(),
                    measure: m.to_string(),
                    figure: *x,
                    inferred: false,
                }],
            });
        }
        let stories = vec![st];
        let index = StoryIndex::of(&stories);
        let as_of = NaiveDate::from_ymd_opt(2025, 3, 10).expect("a date");
        let r = report_in(
            articles.len(),
            claims,
            &HashMap::new(),
            as_of,
            &Config::builtin(),
            Some((&stories, &index)),
        );
        r.stories[0]
            .figures
            .iter()
            .map(|f| (f.measure.clone().unwrap_or_default(), f.best))
            .collect()
    }

    #[test]
    fn a_headline_votes_with_its_report() {
        // A police release tells of one victim in its body; its headline
        // and the other outlet count two: the report's vote is its
        // largest figure, the headline's.
        let claims = vec![
            said("a", "injured", "Aceh", 1.0),
            said("b", "injured", "Aceh", 2.0),
        ];
        let got = figures_with(&claims, &["a", "b"], &[("a", "injured", 2.0)]);
        assert!(got.contains(&("injured".into(), Some(2.0))), "{got:?}");
        let got = figures_with(&claims, &["a", "b"], &[]);
        assert!(got.contains(&("injured".into(), Some(1.0))), "{got:?}");
        // A measure only the headlines give names the story's cluster of
        // another measure; with no cluster at all, there is no figure.
        let got = figures_with(&claims, &["a", "b"], &[("b", "killed", 1.0)]);
        assert!(got.contains(&("killed".into(), Some(1.0))), "{got:?}");
        let got = figures_with(&[], &["a", "b"], &[("b", "killed", 1.0)]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_story_toll_reads_every_report_whichever_place_it_named() {
        // One report gives two districts' dead apart, so the story's
        // figures are split by place; the two reports of the full toll
        // named other places than the story's. Their 24 is the toll.
        let claims = vec![
            said("a", "killed", "Bener Meriah", 12.0),
            said("a", "killed", "Central Aceh", 10.0),
            said("b", "killed", "Central Aceh", 24.0),
            said("c", "killed", "Sumatra", 24.0),
            said("d", "killed", "Aceh", 5.0),
            said("e", "killed", "Aceh", 5.0),
        ];
        let f = figures(&claims, &["a", "b", "c", "d", "e"]);
        assert_eq!(f, vec![("killed".to_string(), Some(24.0))]);
    }

    #[test]
    fn a_recalled_toll_and_a_part_are_not_the_story_toll() {
        let mut old = said("a", "killed", "Aceh", 170000.0);
        old.scope = Scope::Background;
        let mut part = said("b", "killed", "Aceh", 6.0);
        part.qualifier = Some("part".into());
        let claims = vec![
            old,
            said("a", "killed", "Aceh", 3.0),
            part,
            said("b", "killed", "Aceh", 3.0),
        ];
        let f = figures(&claims, &["a", "b"]);
        assert_eq!(f, vec![("killed".to_string(), Some(3.0))]);
    }

    #[test]
    fn a_story_with_no_injured_claim_has_no_injured_figure() {
        // Unknown is not zero: nothing is said about the injured.
        let claims = vec![
            said("a", "killed", "Aceh", 2.0),
            said("b", "killed", "Aceh", 2.0),
        ];
        let f = figures(&claims, &["a", "b"]);
        assert_eq!(f, vec![("killed".to_string(), Some(2.0))]);
        // A report that says no one was hurt gives a zero.
        let claims = vec![
            said("a", "killed", "Aceh", 2.0),
            said("b", "injured", "Aceh", 0.0),
        ];
        let f = figures(&claims, &["a", "b"]);
        assert!(f.contains(&("injured".to_string(), Some(0.0))), "{f:?}");
    }

    #[test]
    fn the_hit_less_the_dead_are_the_hurt_where_no_report_counts_them() {
        // "Two men were stabbed"; no report says anyone died.
        let claims = vec![
            said("a", "killed_or_injured", "Aceh", 2.0),
            said("b", "killed_or_injured", "Aceh", 2.0),
        ];
        let f = figures(&claims, &["a", "b"]);
        assert!(f.contains(&("injured".to_string(), Some(2.0))), "{f:?}");
        // Three were shot and one died: two hurt.
        let claims = vec![
            said("a", "killed_or_injured", "Aceh", 3.0),
            said("b", "killed", "Aceh", 1.0),
        ];
        let f = figures(&claims, &["a", "b"]);
        assert!(f.contains(&("injured".to_string(), Some(2.0))), "{f:?}");
        // A report that counts the hurt is the figure, whatever the hit.
        let claims = vec![
            said("a", "killed_or_injured", "Aceh", 3.0),
            said("b", "injured", "Aceh", 1.0),
        ];
        let f = figures(&claims, &["a", "b"]);
        assert!(f.contains(&("injured".to_string(), Some(1.0))), "{f:?}");
        assert_eq!(f.iter().filter(|x| x.0 == "injured").count(), 1, "{f:?}");
    }
}
