//! `claims.yaml`: claim kinds, trigger words, tolerances, staleness windows,
//! boilerplate patterns and name aliases.
//!
//! The file is parsed strictly (`deny_unknown_fields`) so that a typo in a
//! key is an error pointing at its line rather than a rule silently ignored.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

mod line_rules;
mod story_rules;
mod triggers;
pub mod victims;
mod words;
pub(crate) use line_rules::lower_into;
pub use line_rules::{LineHits, LineRules};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
pub use story_rules::StoryRules;
pub use words::with_lower_bytes;
use words::{WordMap, WordSet};

/// The shipped `claims.yaml`, embedded so the binary works with no files
/// around it.
pub const DEFAULT_CLAIMS: &str = include_str!("../claims.yaml");

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Worth a look before publishing.
    Warning,
    /// Must be resolved before publishing.
    Error,
}

impl Severity {
    /// Lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The built-in behaviour a kind extends: which figures it can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Behaviour {
    /// People or things counted.
    Count,
    /// A percentage rate.
    Rate,
    /// A sum of money.
    Amount,
    /// A percentage share of something.
    Share,
    /// A date or a duration that sets one.
    Deadline,
    /// A person's age in years: read from the person's name or
    /// description, never from trigger words.
    Age,
}

/// One kind as written in the file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindDef {
    /// The built-in behaviour.
    pub extends: Behaviour,
    /// Whether the figure moves over time (a rising toll): a later different
    /// figure is `superseded`, not a `conflict`.
    #[serde(default)]
    pub moves: bool,
    /// Relative tolerance when comparing figures (0.05 = 5%).
    #[serde(default)]
    pub tolerance: f64,
    /// Days after which an as-of figure is stale.
    #[serde(default)]
    pub stale_after: Option<u32>,
    /// Reports of this kind whose event dates lie further apart than this
    /// are different events (default: `alignment.event_window_days`).
    #[serde(default)]
    pub window_days: Option<i64>,
    /// Whether figures of this kind belong to one event (`event`: aligned
    /// only within their story) or stand across stories (`standing`, the
    /// default: a tariff rate, an aid package, a deadline).
    #[serde(default)]
    pub scope: KindScope,
    /// Within a story, keep figures about different subjects apart even
    /// when no article tells them apart (ages: one per person).
    #[serde(default)]
    pub per_subject: bool,
    /// Measures whose figure only rises as reports come in (the dead stay
    /// dead): within a story, the latest reports that write no figure and
    /// only name or describe some of the dead do not bring the toll below
    /// what the earlier reports agree on.
    #[serde(default)]
    pub never_falls: Vec<String>,
    /// Measure name → trigger words.
    pub measures: BTreeMap<String, Vec<String>>,
}

/// Where a kind's figures are lined up.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KindScope {
    /// Across stories, by subject and qualifier.
    #[default]
    Standing,
    /// Within one story: a toll is a property of one event.
    Event,
}

/// Alignment settings.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alignment {
    /// Jaro-Winkler similarity at which two names are the same.
    #[serde(default = "default_similarity")]
    pub name_similarity: f64,
    /// Event dates further apart than this are different events.
    #[serde(default = "default_window")]
    pub event_window_days: i64,
}

fn default_similarity() -> f64 {
    0.92
}
fn default_window() -> i64 {
    4
}

impl Default for Alignment {
    fn default() -> Self {
        Alignment {
            name_similarity: default_similarity(),
            event_window_days: default_window(),
        }
    }
}

/// The file as written.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    /// Schema version (1).
    pub version: u32,
    /// Finding type → severity.
    #[serde(default)]
    pub severities: BTreeMap<String, Severity>,
    /// Alignment settings.
    #[serde(default)]
    pub alignment: Alignment,
    /// Story building settings.
    #[serde(default)]
    pub stories: StoryRules,
    /// Line patterns that are not article text.
    #[serde(default)]
    pub boilerplate: Vec<String>,
    /// Line patterns from which on the rest of the text is not article body.
    #[serde(default)]
    pub end_of_body: Vec<String>,
    /// Canonical name → other spellings.
    #[serde(default)]
    pub aliases: BTreeMap<String, Vec<String>>,
    /// Capitalised words that never name a subject.
    #[serde(default)]
    pub not_subjects: Vec<String>,
    /// Kind name → definition.
    pub kinds: BTreeMap<String, KindDef>,
    /// How victims are counted without numerals, and which figures are
    /// no toll (each key defaults to the shipped value).
    #[serde(default)]
    pub victims: victims::VictimsDef,
}

/// A problem with the claim rules, pointing at the line.
#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}:{column}: {message}")]
pub struct ConfigError {
    /// The file.
    pub path: String,
    /// 1-based line (0 when unknown).
    pub line: u64,
    /// 1-based column (0 when unknown).
    pub column: u64,
    /// What is wrong.
    pub message: String,
}

/// One trigger word's meaning.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// Index into [`Config::kinds`].
    pub kind: usize,
    /// Measure name.
    pub measure: String,
}

/// A kind, ready to use.
#[derive(Debug, Clone)]
pub struct Kind {
    /// Name, e.g. `casualties`.
    pub name: String,
    /// Definition.
    pub def: KindDef,
}

impl Kind {
    /// Whether `measure`'s figure only rises ([`KindDef::never_falls`]).
    pub fn never_falls(&self, measure: Option<&str>) -> bool {
        measure.is_some_and(|m| self.def.never_falls.iter().any(|n| n == m))
    }

    /// Whether its figures are a story's toll: counts of one event, not
    /// kept per subject (a story's `figures` hold them, a headline's
    /// counts vote on them).
    pub fn is_toll(&self) -> bool {
        self.def.scope == KindScope::Event
            && self.def.extends == Behaviour::Count
            && !self.def.per_subject
    }
}

/// The compiled claim rules.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file as written.
    pub raw: RawConfig,
    /// The `victims` section, compiled.
    pub victims: victims::Victims,
    /// `stories.incident_kinds`, compiled.
    pub incident_kinds: crate::stories::terms::Kinds,
    /// `stories.recall_cues` as one expression, without case; `None` when
    /// the list is empty.
    pub recall_cues: Option<regex::Regex>,
    /// Kinds in name order.
    pub kinds: Vec<Kind>,
    /// Trigger matcher: pattern index → [`Config::triggers`].
    pub trigger_matcher: AhoCorasick,
    /// The same words as vector searchers, the faster way where they build
    /// (see [`triggers`]).
    pub(crate) trigger_scan: Option<triggers::TriggerScan>,
    /// Meaning of each trigger pattern.
    pub triggers: Vec<Trigger>,
    /// Boilerplate line patterns and patterns of a line that ends the
    /// body.
    pub lines: LineRules,
    /// Lower-case alias → canonical name.
    pub aliases: HashMap<String, String>,
    /// Canonical names, for fuzzy matching.
    pub canonical: Vec<String>,
    /// The same, lower-cased.
    pub canonical_lower: Vec<String>,
    /// Words that never name a subject.
    pub not_subjects: std::collections::HashSet<String>,
    /// `aliases` and `not_subjects` as byte-keyed tables (see
    /// [`words`]): an alias maps to its index in `canonical`.
    alias_index: WordMap<usize>,
    not_subject_index: WordSet,
    /// Shapes of the keys of `aliases` and of `not_subjects`, for turning
    /// most names away before hashing them (both sets are fixed at parse).
    alias_shapes: WordShapes,
    not_subject_shapes: WordShapes,
    /// First character and length of each of `canonical_lower`.
    canonical_shapes: Vec<(Option<char>, usize)>,
    /// Indices of `canonical_lower` by initial (see [`initial_bucket`]), in
    /// order: the fuzzy match only reads names sharing a word's initial.
    canonical_by_initial: Vec<Vec<usize>>,
}

/// The `victims` section of the shipped rules: the defaults of a rules
/// file that leaves keys of it out.
fn shipped_victims() -> victims::VictimsDef {
    serde_saphyr::from_str::<RawConfig>(DEFAULT_CLAIMS)
        .map(|r| r.victims)
        .unwrap_or_default()
}

/// The bucket of [`Config::canonical_by_initial`] for a lower-case name
/// starting with byte `first`: one per ASCII letter, one for the rest.
fn initial_bucket(first: Option<u8>) -> usize {
    match first {
        Some(b @ b'a'..=b'z') => usize::from(b - b'a'),
        _ => 26,
    }
}

/// Which (initial letter, length) pairs a set of lower-case words holds:
/// a word of any other shape is not in the set, and most capitalised words
/// of a sentence are of another shape, which a bit test tells without
/// hashing.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordShapes {
    /// Bit `n` of entry `i`: a word of `n` bytes starting with letter `i`.
    lengths: [u64; 26],
}

impl WordShapes {
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordShapes {
        let mut shapes = WordShapes::default();
        for w in words {
            if let Some((i, n)) = Self::shape(w.as_bytes()) {
                shapes.lengths[i] |= 1 << n;
            }
        }
        shapes
    }

    /// The shape of `word` in any ASCII case, or `None` when it has none
    /// this filter knows (such words are always looked up).
    fn shape(word: &[u8]) -> Option<(usize, usize)> {
        let first = *word.first()?;
        (first.is_ascii_alphabetic() && word.len() < 64 && word.is_ascii())
            .then(|| (usize::from(first.to_ascii_lowercase() - b'a'), word.len()))
    }

    /// Whether the lower-case form of `word` can be in the set.
    pub(crate) fn may_hold(&self, word: &[u8]) -> bool {
        // As `shape` then the bit, with the ASCII test (a pass over the
        // word) only where the bit turns the word away.
        let Some(&first) = word.first() else {
            return true;
        };
        if !first.is_ascii_alphabetic() || word.len() >= 64 {
            return true;
        }
        let i = usize::from(first.to_ascii_lowercase() - b'a');
        self.lengths[i] & (1 << word.len()) != 0 || !word.is_ascii()
    }
}

impl Config {
    /// The shipped rules.
    pub fn builtin() -> Config {
        Config::parse(DEFAULT_CLAIMS, "<built-in claims.yaml>")
            .expect("the shipped claims.yaml is valid (checked by a test)")
    }

    /// Parses and compiles rules; `path` names the file in errors.
    pub fn parse(text: &str, path: &str) -> Result<Config, ConfigError> {
        let raw: RawConfig = serde_saphyr::from_str(text).map_err(|e| {
            let (line, column) = e
                .location()
                .map(|l| (l.line(), l.column()))
                .unwrap_or((0, 0));
            // The library's message may span lines; the CLI promises one.
            let message = e.to_string().lines().next().unwrap_or("").to_string();
            // The library prefixes "error: line N column M: ", which the
            // path:line:column already says.
            let message = match message.split_once(": ") {
                Some((head, rest)) if head.starts_with("error") => match rest.split_once(": ") {
                    Some((pos, tail)) if pos.starts_with("line ") => tail.to_string(),
                    _ => rest.to_string(),
                },
                _ => message,
            };
            ConfigError {
                path: path.to_string(),
                line,
                column,
                message,
            }
        })?;
        let err_at = |needle: &str, message: String| {
            let (line, column) = locate(text, needle);
            ConfigError {
                path: path.to_string(),
                line,
                column,
                message,
            }
        };
        if raw.version != 1 {
            return Err(err_at(
                "version",
                format!("unsupported version {}, expected 1", raw.version),
            ));
        }
        for name in raw.severities.keys() {
            if !FINDING_TYPES.contains(&name.as_str()) {
                return Err(err_at(
                    name,
                    format!(
                        "unknown finding type `{name}` in severities (known: {})",
                        FINDING_TYPES.join(", ")
                    ),
                ));
            }
        }
        let regex_set = |patterns: &[String], what: &str| {
            line_rules::compile(patterns.iter().map(String::as_str), true).map_err(|e| {
                let bad = patterns
                    .iter()
                    .find(|p| regex::Regex::new(p).is_err())
                    .cloned()
                    .unwrap_or_default();
                let msg = e
                    .to_string()
                    .lines()
                    .last()
                    .unwrap_or("")
                    .trim()
                    .to_string();
                err_at(&bad, format!("bad {what} pattern: {msg}"))
            })
        };
        let lines = LineRules::new(
            regex_set(&raw.boilerplate, "boilerplate")?,
            regex_set(&raw.end_of_body, "end_of_body")?,
            &raw.boilerplate,
            &raw.end_of_body,
        )
        .map_err(|e| err_at("boilerplate", format!("bad line pattern: {e}")))?;

        let mut kinds = Vec::new();
        let mut patterns = Vec::new();
        let mut triggers = Vec::new();
        for (name, def) in &raw.kinds {
            if !(0.0..1.0).contains(&def.tolerance) {
                return Err(err_at(
                    name,
                    format!("kind `{name}`: tolerance must be in [0, 1)"),
                ));
            }
            if def.measures.is_empty() {
                return Err(err_at(name, format!("kind `{name}` has no measures")));
            }
            if let Some(m) = def
                .never_falls
                .iter()
                .find(|m| !def.measures.contains_key(*m))
            {
                return Err(err_at(
                    name,
                    format!(
                        "kind `{name}`: never_falls names `{m}`, which is none of its measures"
                    ),
                ));
            }
            for (measure, words) in &def.measures {
                for w in words {
                    let w = w.trim();
                    if w.is_empty() {
                        continue;
                    }
                    patterns.push(w.to_lowercase());
                    triggers.push(Trigger {
                        kind: kinds.len(),
                        measure: measure.clone(),
                    });
                }
            }
            kinds.push(Kind {
                name: name.clone(),
                def: def.clone(),
            });
        }
        let trigger_matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .prefilter(false)
            .build(&patterns)
            .map_err(|e| err_at("kinds", format!("trigger words: {e}")))?;
        let trigger_scan = triggers::TriggerScan::new(&patterns);

        let mut aliases = HashMap::new();
        let mut alias_index = WordMap::default();
        let mut canonical = Vec::new();
        for (name, others) in &raw.aliases {
            for o in std::iter::once(name).chain(others) {
                let lower = o.to_lowercase();
                alias_index.insert(lower.as_bytes().into(), canonical.len());
                aliases.insert(lower, name.clone());
            }
            canonical.push(name.clone());
        }
        // Calendar words never name a subject, whatever the rules file says.
        let not_subjects: std::collections::HashSet<String> = raw
            .not_subjects
            .iter()
            .map(|s| s.to_lowercase())
            .chain(CALENDAR_WORDS.iter().map(|s| s.to_string()))
            .collect();
        let canonical_lower: Vec<String> = canonical.iter().map(|c| c.to_lowercase()).collect();
        let shipped = if std::ptr::eq(text, DEFAULT_CLAIMS) {
            victims::VictimsDef::default()
        } else {
            shipped_victims()
        };
        let victims = victims::Victims::compile(&raw.victims, &shipped)
            .map_err(|p| err_at(&p.near, p.message))?;
        let cues = &raw.stories.recall_cues;
        let recall_cues = if cues.is_empty() {
            None
        } else {
            let joined = format!(
                "(?i){}",
                cues.iter()
                    .map(|c| format!("(?:{c})"))
                    .collect::<Vec<_>>()
                    .join("|")
            );
            Some(regex::Regex::new(&joined).map_err(|e| {
                err_at(
                    "recall_cues",
                    format!("stories.recall_cues: not a regular expression: {e}"),
                )
            })?)
        };
        Ok(Config {
            victims,
            incident_kinds: crate::stories::terms::Kinds::compile(&raw.stories.incident_kinds),
            recall_cues,
            alias_index,
            not_subject_index: not_subjects.iter().map(|w| w.as_bytes().into()).collect(),
            alias_shapes: WordShapes::new(aliases.keys().map(String::as_str)),
            not_subject_shapes: WordShapes::new(not_subjects.iter().map(String::as_str)),
            canonical_by_initial: {
                let mut buckets = vec![Vec::new(); 27];
                for (i, c) in canonical_lower.iter().enumerate() {
                    buckets[initial_bucket(c.bytes().next())].push(i);
                }
                buckets
            },
            canonical_shapes: canonical_lower
                .iter()
                .map(|c| (c.chars().next(), c.len()))
                .collect(),
            kinds,
            trigger_matcher,
            trigger_scan,
            triggers,
            lines,
            aliases,
            canonical_lower,
            canonical,
            not_subjects,
            raw,
        })
    }

    /// Whether `kind` is the age kind (its claims carry a person, not a
    /// place, as subject).
    pub fn is_age(&self, kind: &str) -> bool {
        self.kind(kind)
            .is_some_and(|k| k.def.extends == Behaviour::Age)
    }

    /// The severity of a finding type.
    pub fn severity(&self, finding_type: &str) -> Severity {
        if let Some(s) = self.raw.severities.get(finding_type) {
            return *s;
        }
        match finding_type {
            "conflict" | "inconsistent" => Severity::Error,
            "superseded" | "stale" | "corrected" => Severity::Warning,
            _ => Severity::Info,
        }
    }

    /// A kind by name.
    pub fn kind(&self, name: &str) -> Option<&Kind> {
        self.kinds.iter().find(|k| k.name == name)
    }

    /// The canonical form of a name from the alias table only.
    pub fn alias(&self, name: &str) -> String {
        with_lower_bytes(name, |lower| self.alias_of(lower))
            .map_or_else(|| name.to_string(), str::to_string)
    }

    /// The canonical name the alias table gives the lower-cased `lower`.
    fn alias_of(&self, lower: &[u8]) -> Option<&str> {
        self.alias_shapes
            .may_hold(lower)
            .then(|| self.alias_index.get(lower))
            .flatten()
            .map(|&i| self.canonical[i].as_str())
    }

    /// Whether `word`, in any case, never names a subject.
    pub fn is_not_subject(&self, word: &str) -> bool {
        // "Saturday's shooting" names no more than "Saturday" does.
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("\u{2019}s"))
            .unwrap_or(word);
        self.not_subject_shapes.may_hold(word.as_bytes())
            && with_lower_bytes(word, |lower| self.not_subject_index.contains(lower))
    }

    /// [`Config::canonical_name`] of `name`, and whether the alias table
    /// knows that canonical form, in one look-up: every canonical name is a
    /// key of the table, so a name is known exactly when the table or the
    /// fuzzy match placed it.
    pub fn canonical_known(&self, name: &str) -> (String, bool) {
        let (c, known) = self.canonical_ref(name);
        (c.into_owned(), known)
    }

    /// [`Config::canonical_known`] without copying: the canonical name as
    /// the rules spell it, else `name` itself.
    pub fn canonical_ref<'a>(&'a self, name: &'a str) -> (Cow<'a, str>, bool) {
        with_lower_bytes(name, |lower| {
            if let Some(c) = self.alias_of(lower) {
                return (Cow::Borrowed(c), true);
            }
            match self.fuzzy(lower) {
                Some(c) => (Cow::Borrowed(c.as_str()), true),
                None => (Cow::Borrowed(name), false),
            }
        })
    }

    /// The canonical form of a name: alias table first, then a fuzzy match
    /// against the canonical names (so `Zelenskyy` and `Kiev` fold without
    /// listing every spelling).
    pub fn canonical_name(&self, name: &str) -> String {
        self.canonical_known(name).0
    }

    /// The canonical name nearest to `lower`, if near enough.
    fn fuzzy(&self, lower: &[u8]) -> Option<&String> {
        // Most words share their initial with no canonical name.
        let bucket = &self.canonical_by_initial[initial_bucket(lower.first().copied())];
        if bucket.is_empty() {
            return None;
        }
        // The bytes are those of a `str` lower-cased: always UTF-8.
        let lower = std::str::from_utf8(lower).ok()?;
        let threshold = self.raw.alignment.name_similarity;
        let mut best: Option<(f64, &String)> = None;
        let first = lower.chars().next();
        for &i in bucket {
            let (c, cl) = (&self.canonical[i], &self.canonical_lower[i]);
            let (initial, len) = self.canonical_shapes[i];
            // Spelling variants share their first letter and nearly their
            // length; skipping the rest keeps this off the profile.
            if initial != first || len.abs_diff(lower.len()) > 3 {
                continue;
            }
            // The bound errs high by far more than rounding, never low.
            if jaro_winkler_bound(lower, cl) < threshold - 1e-9 {
                continue;
            }
            let s = strsim::jaro_winkler(lower, cl);
            if s >= threshold && best.is_none_or(|(b, _)| s > b) {
                best = Some((s, c));
            }
        }
        best.map(|(_, c)| c)
    }
}

/// An upper bound of `strsim::jaro_winkler(a, b)`, far cheaper to work
/// out: Jaro's matching characters are at most those the two words share
/// in any order, and no transposition can raise it. 1 (no bound) unless
/// both words are ASCII.
fn jaro_winkler_bound(a: &str, b: &str) -> f64 {
    if !a.is_ascii() || !b.is_ascii() || a.is_empty() || b.is_empty() {
        return 1.0;
    }
    let mut count = [0u32; 128];
    for &c in a.as_bytes() {
        count[usize::from(c)] += 1;
    }
    let mut shared = 0u32;
    for &c in b.as_bytes() {
        let k = &mut count[usize::from(c)];
        if *k > 0 {
            *k -= 1;
            shared += 1;
        }
    }
    let m = f64::from(shared);
    let jaro = (m / a.len() as f64 + m / b.len() as f64 + 1.0) / 3.0;
    // Winkler's boost for a common prefix of up to four characters only
    // raises a similarity, and more the higher it is.
    let prefix = a
        .bytes()
        .zip(b.bytes())
        .take(4)
        .take_while(|(x, y)| x == y)
        .count() as f64;
    jaro + 0.1 * prefix * (1.0 - jaro)
}

/// Weekdays and months: capitalised, never a place or a party (nor a word
/// that tells one story from another).
pub(crate) const CALENDAR_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The finding types of the SPEC.
pub const FINDING_TYPES: &[&str] = &[
    "conflict",
    "superseded",
    "stale",
    "deadline_passed",
    "inconsistent",
    "unresolved",
    "corrected",
];

/// 1-based line and column of the first occurrence of `needle` in `text`.
fn locate(text: &str, needle: &str) -> (u64, u64) {
    if needle.is_empty() {
        return (0, 0);
    }
    match text.find(needle) {
        Some(pos) => {
            let before = &text[..pos];
            let line = before.matches('\n').count() as u64 + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u64 + 1;
            (line, col)
        }
        None => (0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_shapes_screen_as_their_shape_says() {
        let set = ["kyiv", "putin", "état", "x", "long".repeat(20).leak()];
        let shapes = WordShapes::new(set);
        let long = "Long".repeat(20);
        for w in [
            "Kyiv",
            "KYIV",
            "kyivx",
            "Putin",
            "putiN",
            "Etat",
            "État",
            "X",
            "y",
            "",
            "1999",
            "\u{212a}yiv",
            "Ky\u{212a}v",
            "ſtop",
            "Aſ",
            long.as_str(),
        ] {
            let b = w.as_bytes();
            let by_shape =
                WordShapes::shape(b).is_none_or(|(i, n)| shapes.lengths[i] & (1 << n) != 0);
            assert_eq!(shapes.may_hold(b), by_shape, "{w}");
            // and never turns away a word whose lower case is in the set
            if set.contains(&w.to_lowercase().as_str()) {
                assert!(shapes.may_hold(b), "{w}");
            }
        }
    }

    #[test]
    fn shipped_rules_parse() {
        let c = Config::builtin();
        for k in [
            "casualties",
            "tariff",
            "aid",
            "deadline",
            "displacement",
            "territory",
        ] {
            assert!(c.kind(k).is_some(), "missing default kind {k}");
        }
        assert_eq!(c.severity("conflict"), Severity::Error);
        assert_eq!(c.severity("deadline_passed"), Severity::Info);
    }

    #[test]
    fn unknown_key_points_at_its_line() {
        let text = "version: 1\nkinds:\n  x:\n    extends: count\n    measurez: {a: [b]}\n";
        let e = Config::parse(text, "c.yaml").unwrap_err();
        assert_eq!(e.path, "c.yaml");
        assert!(e.line >= 3, "{e}");
        assert!(e.to_string().starts_with("c.yaml:"), "{e}");
        assert!(!e.to_string().contains('\n'));
    }

    #[test]
    fn bad_regex_points_at_its_line() {
        let text = "version: 1\nboilerplate:\n  - 'ok'\n  - '(unclosed'\nkinds: {}\n";
        let e = Config::parse(text, "c.yaml").unwrap_err();
        assert_eq!(e.line, 4, "{e}");
    }

    #[test]
    fn the_jaro_winkler_bound_is_never_below_the_similarity() {
        let words = [
            "kyiv",
            "kiev",
            "kharkiv",
            "kharkov",
            "zelensky",
            "zelenskyy",
            "zelenskiy",
            "odesa",
            "odessa",
            "russia",
            "russian",
            "abc",
            "cba",
            "aaaa",
            "a",
            "zaporizhzhia",
            "zaporozhye",
            "united states",
            "unhcr",
            "israel",
            "israeli",
            "ab",
            "ba",
        ];
        for a in words {
            for b in words {
                let (j, bound) = (strsim::jaro_winkler(a, b), jaro_winkler_bound(a, b));
                assert!(j <= bound + 1e-12, "{a} {b}: {j} > {bound}");
            }
        }
    }

    #[test]
    fn aliases_and_fuzzy_names_fold() {
        let c = Config::builtin();
        assert_eq!(c.canonical_name("Kiev"), "Kyiv");
        assert_eq!(c.canonical_name("Zelenskyy"), "Zelensky");
        assert_eq!(c.canonical_name("Zelenskky"), "Zelensky");
        assert_eq!(c.canonical_name("Odesa"), "Odesa");
        assert_eq!(c.canonical_name("Lviv"), "Lviv");
    }

    #[test]
    fn user_kind_without_code() {
        let text = "version: 1\nkinds:\n  prisoners_exchanged:\n    extends: count\n    measures:\n      exchanged: [prisoners exchanged, swapped]\n";
        let c = Config::parse(text, "c.yaml").unwrap();
        assert_eq!(c.kinds[0].name, "prisoners_exchanged");
        assert_eq!(c.triggers.len(), 2);
    }

    #[test]
    fn never_falls_names_one_of_the_kinds_measures() {
        let kind =
            "version: 1\nkinds:\n  tolls:\n    extends: count\n    measures:\n      dead: [dead]\n";
        let ok = format!("{kind}    never_falls: [dead]\n");
        let c = Config::parse(&ok, "c.yaml").unwrap();
        assert_eq!(c.kinds[0].def.never_falls, ["dead"]);
        let bad = format!("{kind}    never_falls: [died]\n");
        let e = Config::parse(&bad, "c.yaml").unwrap_err().to_string();
        assert!(e.contains("never_falls names `died`"), "{e}");
    }
}
