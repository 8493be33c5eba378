//! The records that flow through the pipeline: articles in, claims out.
//!
//! Field names follow `SPEC.md` ("Claim record"); they are part of the
//! contract other programs read, so they are only ever added to.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// One news article after ingest: metadata plus the clean text that the
/// extractor analyses (byte offsets in claims point into `text`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The JSONL `id`, else the file path relative to the PATH argument
    /// without its extension.
    pub id: String,
    /// The outlet, e.g. `Reuters`.
    pub source: Option<String>,
    /// Where the article was published.
    pub url: Option<String>,
    /// The publication date, when known.
    pub published: Option<NaiveDate>,
    /// The headline, when known.
    pub title: Option<String>,
    /// Place named in a dateline such as `WASHINGTON, June 17 (Reuters) –`.
    pub dateline_place: Option<String>,
    /// The file the article came from (for diagnostics), if any.
    pub path: Option<String>,
    /// 1-based line in `path` where the article starts (JSONL batches).
    pub path_line: Option<usize>,
    /// Date from the dateline, resolved against `published` when the
    /// dateline gives no year.
    pub dateline_date: Option<NaiveDate>,
    /// Byte offset in `text` where the body starts: front matter, a
    /// `date YYYY-MM-DD` line and a dateline come before it and yield no
    /// claims, but offsets still count from the start of `text`.
    pub body_start: usize,
    /// The text that was analysed.
    pub text: String,
    /// For an article with no publication date that joined a story: the
    /// story's dates, an estimated publication window against which its
    /// relative dates are resolved (see [`Claim::published_estimate`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_estimate: Option<DateSpan>,
}

/// A number or range with its unit, as the SPEC's `value` object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Value {
    /// Lower bound (`None` for `up to N`).
    #[serde(serialize_with = "whole_if_integral")]
    pub low: Option<f64>,
    /// Upper bound (`None` for `at least N`).
    #[serde(serialize_with = "whole_if_integral")]
    pub high: Option<f64>,
    /// `people`, `%`, an ISO 4217 code, `day`/`week`/`month`/`year`, or the
    /// counted noun in the singular.
    pub unit: String,
}

/// An inclusive span of days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DateSpan {
    /// First day.
    pub start: NaiveDate,
    /// Last day (inclusive).
    pub end: NaiveDate,
}

impl DateSpan {
    /// A span of one day.
    pub fn day(d: NaiveDate) -> Self {
        DateSpan { start: d, end: d }
    }
}

/// What a date in a claim stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateRole {
    /// When the reported event happened.
    Event,
    /// A date by which something must happen.
    Deadline,
    /// When a measure takes effect.
    Effective,
    /// The date a statistic refers to ("as of May 2024").
    AsOf,
}

impl DateRole {
    /// The SPEC's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            DateRole::Event => "event",
            DateRole::Deadline => "deadline",
            DateRole::Effective => "effective",
            DateRole::AsOf => "as_of",
        }
    }
}

/// Whether a figure belongs to the event its article reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// About the event the article reports: it may join the story's toll.
    #[default]
    Story,
    /// Recalls another event or gives a running total ("the 2012 shooting
    /// that killed 12", "the city's 600th homicide this year"): it never
    /// joins a story's toll and never conflicts with it.
    Background,
}

impl Scope {
    /// The SPEC's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Story => "story",
            Scope::Background => "background",
        }
    }
}

/// One extracted claim: the SPEC's claim record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The article id (shared by the article's claims; written as a string).
    #[serde(with = "shared")]
    pub article: Arc<str>,
    /// A kind from `claims.yaml`, `quantity` or `date`.
    pub kind: String,
    /// What is counted within the kind.
    pub measure: Option<String>,
    /// The exact matched text.
    pub text: String,
    /// Byte offset of `text` in the analysed text.
    pub start: usize,
    /// Byte offset just past `text`.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based column (in characters) of `start`.
    pub column: usize,
    /// The sentence the claim stands in (shared by its claims; written as
    /// a string).
    #[serde(with = "shared")]
    pub sentence: Arc<str>,
    /// Byte offset of `text` within `sentence` (for excerpts; not part of
    /// the record).
    #[serde(skip)]
    pub sentence_offset: usize,
    /// The figure, if the claim has one.
    pub value: Option<Value>,
    /// Whether the figure is hedged (`about`, `nearly`, `some` …).
    pub approx: bool,
    /// The resolved date, if any.
    pub date: Option<DateSpan>,
    /// What the date stands for.
    pub date_role: Option<DateRole>,
    /// The date words as written.
    pub date_text: Option<String>,
    /// The place or party the figure is about.
    pub subject: Option<String>,
    /// Who the article credits for the figure.
    pub attribution: Option<String>,
    /// The article's outlet (shared by the article's claims; written as a
    /// string).
    #[serde(default, with = "shared_opt")]
    pub source: Option<Arc<str>>,
    /// The article's publication date.
    pub published: Option<NaiveDate>,
    /// `story` when the figure is about the event the article reports;
    /// `background` when it recalls another event or gives a running total.
    #[serde(default)]
    pub scope: Scope,
    /// Extension: for an article with no publication date that joined a
    /// story, the story's dates as an estimated publication window (its
    /// relative dates were resolved within it). Absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_estimate: Option<DateSpan>,
    /// Extension: a qualifier that makes this a different quantity from an
    /// otherwise identical one (`additional`, `total`, `new`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// Extension: the figure's part in a change ("rose from 5% to 7%",
    /// "fell 1.2 per cent to 7,412"): `from`, `to` or `change`. Absent for
    /// a figure that states a level on its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Extension: `true` when the figure is not written in the text as a
    /// number but read from words ("a man was killed": 1, "no one was
    /// hurt": 0, "two men and a woman": 3, a person named). Absent (false)
    /// for a figure written in digits or number words, so that a reader
    /// that scores or compares only written quantities can leave these
    /// out.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inferred: bool,
}

/// A figure's part in a change: the two ends of "from A to B" and the
/// amount of "by X" are three different quantities, never one range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The level before the change ("from A").
    From,
    /// The level after it ("to B").
    To,
    /// The amount of the change ("by X", "rose X").
    Change,
}

impl Role {
    /// The record's spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::From => "from",
            Role::To => "to",
            Role::Change => "change",
        }
    }
}

/// A shared string written and read as a plain one: the claims of an
/// article share its id and outlet, and those of a sentence its text,
/// rather than each holding a copy.
mod shared {
    use serde::{Deserialize, Deserializer, Serializer};
    use std::sync::Arc;

    pub fn serialize<S: Serializer>(v: &Arc<str>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(v)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Arc<str>, D::Error> {
        String::deserialize(d).map(Arc::from)
    }
}

/// [`shared`] for an optional string: written as `Option<String>` is.
mod shared_opt {
    use serde::{Deserialize, Deserializer, Serializer};
    use std::sync::Arc;

    pub fn serialize<S: Serializer>(v: &Option<Arc<str>>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(x) => s.serialize_some(&**x),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Arc<str>>, D::Error> {
        Option::<String>::deserialize(d).map(|o| o.map(Arc::from))
    }
}

/// Writes `15` rather than `15.0` for whole figures, as people write them.
pub fn whole_if_integral<S: serde::Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) if x.is_finite() && x.fract() == 0.0 && x.abs() < 9.0e15 => {
            s.serialize_i64(*x as i64)
        }
        Some(x) if x.is_finite() => s.serialize_f64(*x),
        _ => s.serialize_none(),
    }
}

/// A claim as a report names it: the SPEC's claim ref plus what a reader
/// needs to find and judge it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimRef {
    /// The article id.
    pub article: String,
    /// Byte offset of the claim's text.
    pub start: usize,
    /// Byte offset past the claim's text.
    pub end: usize,
    /// The claim's text.
    pub text: String,
    /// The article's publication date.
    pub published: Option<NaiveDate>,
    /// Extension: the article's outlet.
    pub source: Option<String>,
    /// Extension: the file the article came from.
    pub path: Option<String>,
    /// Extension: 1-based line of `start`.
    pub line: usize,
    /// Extension: 1-based column of `start`.
    pub column: usize,
    /// Extension: the sentence the claim stands in.
    pub sentence: String,
    /// Extension: byte offset of `text` within `sentence`.
    pub sentence_offset: usize,
    /// Extension: the figure.
    pub value: Option<Value>,
    /// Extension: hedged figure.
    pub approx: bool,
    /// Extension: the resolved date.
    pub date: Option<DateSpan>,
    /// Extension: the date's role.
    pub date_role: Option<DateRole>,
    /// Extension: the estimated publication window of an undated article,
    /// taken from its story (see [`Claim::published_estimate`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_estimate: Option<DateSpan>,
    /// The claim's figure is read from words, not written (see
    /// [`Claim::inferred`]); kept for a story's toll, not printed.
    #[serde(skip)]
    pub inferred: bool,
}

/// The span of figures a cluster's sources give.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Range {
    /// The lowest figure any source gives.
    #[serde(serialize_with = "whole_if_integral")]
    pub low: Option<f64>,
    /// The most conservative well-supported figure.
    #[serde(serialize_with = "whole_if_integral")]
    pub best: Option<f64>,
    /// The highest figure any source gives.
    #[serde(serialize_with = "whole_if_integral")]
    pub high: Option<f64>,
}

/// The same quantity reported by one or more articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    /// Stable id.
    pub id: String,
    /// Claim kind.
    pub kind: String,
    /// Measure within the kind.
    pub measure: Option<String>,
    /// Canonical subject.
    pub subject: Option<String>,
    /// The claims, in publication order.
    pub claims: Vec<ClaimRef>,
    /// The span of figures.
    pub range: Range,
    /// Extension: the unit of the figures.
    pub unit: String,
    /// Extension: `additional`, `total` …
    pub qualifier: Option<String>,
    /// Extension: the event's dates as the claims place it.
    pub event: Option<DateSpan>,
    /// Extension: whether the kind's figure moves over time.
    pub moves: bool,
    /// Extension: articles whose claims joined without an event date, on
    /// weaker evidence (kind, measure and subject only).
    pub weak: Vec<String>,
    /// The story (real-world event) the cluster belongs to, or `None` for a
    /// standing quantity that is not tied to one event (a tariff rate
    /// reported across many stories).
    #[serde(default)]
    pub story: Option<String>,
}

/// A count a headline gives ("Man killed, another wounded in shooting":
/// killed 1, injured 1). A headline is no part of the analysed text, so
/// it is no claim record (a claim's offsets are in the text); it is one
/// more vote of its report on its story's toll.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeadlineFigure {
    /// The claim kind (`casualties`).
    pub kind: String,
    /// The measure (`killed`, `injured`, `killed_or_injured`).
    pub measure: String,
    /// The figure.
    pub figure: f64,
    /// Read from words, not written as a number ("Man killed").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inferred: bool,
}

/// A headline figure of one of a story's reports: its vote on the toll.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HeadlineVote {
    /// The report.
    pub article: String,
    /// Its publication day.
    pub published: Option<NaiveDate>,
    /// What its headline gives.
    pub figures: Vec<HeadlineFigure>,
}

/// One of a story's own figures: its toll, per kind and measure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoryFigure {
    /// Claim kind (`casualties`).
    pub kind: String,
    /// Measure within the kind (`killed`, `injured`).
    pub measure: Option<String>,
    /// The cluster the figure comes from.
    pub cluster: String,
    /// The lowest figure any source gives.
    #[serde(serialize_with = "whole_if_integral")]
    pub low: Option<f64>,
    /// The figure most of the latest reports agree on.
    #[serde(serialize_with = "whole_if_integral")]
    pub best: Option<f64>,
    /// The highest figure any source gives.
    #[serde(serialize_with = "whole_if_integral")]
    pub high: Option<f64>,
}

/// The articles, from any outlets and days, that report one real-world
/// event: one shooting, one missile strike, one tariff decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// Stable id: a hash of its articles.
    pub id: String,
    /// A headline for the story (its earliest article's title, else its
    /// lead sentence).
    pub title: Option<String>,
    /// The place the story is about, when its articles name one.
    pub place: Option<String>,
    /// When the event happened, as its articles place it.
    pub date: Option<DateSpan>,
    /// Its articles' ids, in publication order.
    pub articles: Vec<String>,
    /// Its outlets, sorted.
    pub sources: Vec<String>,
    /// The story's own counts (its toll), never background figures.
    pub figures: Vec<StoryFigure>,
    /// What its reports' headlines give: votes on its toll, not printed.
    #[serde(skip)]
    pub headlines: Vec<HeadlineVote>,
}

/// Decision recorded by an editor on a finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    /// `accepted` or `dismissed`.
    pub decision: String,
    /// Why.
    pub note: Option<String>,
    /// Who.
    pub by: Option<String>,
    /// When.
    pub date: Option<String>,
}

/// Something an editor should look at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable id: a hash of what the finding is about.
    pub id: String,
    /// `conflict`, `superseded`, `stale`, `deadline_passed`,
    /// `inconsistent`, `unresolved`, `corrected`.
    #[serde(rename = "type")]
    pub kind: String,
    /// `error`, `warning` or `info`.
    pub severity: crate::config::Severity,
    /// The cluster id, when the finding is about one.
    pub cluster: Option<String>,
    /// The claims involved.
    pub claims: Vec<ClaimRef>,
    /// Why it was raised, in plain words.
    pub message: String,
    /// With a ledger: whether this finding is new.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new: Option<bool>,
    /// An editor's decision, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

/// The `check` report: the SPEC's JSON shape.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The date staleness and deadlines were judged against.
    pub as_of: NaiveDate,
    /// Articles read.
    pub articles: usize,
    /// Claims extracted.
    pub claims: usize,
    /// Stories: the articles grouped by the real-world event they report.
    #[serde(default)]
    pub stories: Vec<Story>,
    /// Clusters of the same quantity.
    pub clusters: Vec<Cluster>,
    /// Findings, most severe first.
    pub findings: Vec<Finding>,
}

impl Claim {
    /// Byte offset of the claim's sentence in the analysed text (its
    /// `start` less where it stands in the sentence).
    pub fn sentence_start(&self) -> usize {
        self.start - self.sentence_offset.min(self.start)
    }
}

#[cfg(test)]
impl Claim {
    /// A claim for tests: an exact figure of `kind`/`measure` about
    /// `subject`, from `article` (whose outlet is "`article` outlet"),
    /// published on `published` (`YYYY-MM-DD`).
    pub(crate) fn sample(
        article: &str,
        kind: &str,
        measure: &str,
        subject: &str,
        low: f64,
        published: &str,
        unit: &str,
    ) -> Claim {
        Claim {
            article: article.into(),
            kind: kind.into(),
            measure: Some(measure.into()),
            text: format!("{low}"),
            start: 0,
            end: 2,
            line: 1,
            column: 1,
            sentence: format!("{low} {measure} in {subject}.").into(),
            sentence_offset: 0,
            value: Some(Value {
                low: Some(low),
                high: Some(low),
                unit: unit.into(),
            }),
            approx: false,
            date: None,
            date_role: None,
            date_text: None,
            subject: Some(subject.into()),
            attribution: None,
            source: Some(format!("{article} outlet").into()),
            published: NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
            scope: Scope::Story,
            published_estimate: None,
            qualifier: None,
            role: None,
            inferred: false,
        }
    }
}
