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
pub mod toll;

use crate::config::{Config, StoryRules};
use crate::model::{Article, Claim, DateRole, DateSpan, Story};
use chrono::NaiveDate;
use terms::Term;

/// What an article is recognised by, made while it is extracted so that
/// its text need not be kept. The ledger keeps it (as JSON), so that a
/// later batch's reports of the same event join the event's story.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
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
    /// The day its own dates place its event ("on Saturday"), where they
    /// do. Absent from fingerprints a ledger kept before it was read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated: Option<NaiveDate>,
    /// The place its figures are about (dateline, else the subject most of
    /// its claims name).
    pub place: Option<String>,
    /// Words of title and lead with their counts, sorted by term.
    pub words: Vec<(Term, f32)>,
    /// Names, ages and places with their counts, sorted by term.
    pub names: Vec<(Term, f32)>,
    /// Runs that read as people's names, sorted: a follow-up weeks later
    /// must share one with its story.
    pub persons: Vec<Term>,
    /// The towns whose police it cites, sorted: two reports that cite
    /// only different towns' police are of different events. Absent from
    /// fingerprints a ledger kept before it was read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub localities: Vec<Term>,
    /// The block addresses it gives as street and number, sorted (see
    /// [`terms::blocks`]): two reports that give blocks far apart on one
    /// street are of two incidents. Absent from fingerprints a ledger kept
    /// before it was read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blocks: Vec<(Term, u32)>,
    /// The victims it describes by age and surname, sorted (see
    /// [`victims`]): two groups describing victims, none the same, are two
    /// incidents.
    /// Absent from fingerprints a ledger kept before it was read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub victims: Vec<Term>,
    /// The kinds of incident its lead tells of (see [`terms::kinds`]),
    /// sorted: groups telling of kinds, none the same, are of different
    /// incidents. Absent from fingerprints a ledger kept before it was
    /// read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<Term>,
    /// The sexes of the people its first count counts (see [`sexes`]),
    /// sorted: groups whose first counts give sexes, none the same, are of
    /// different incidents. Absent from fingerprints a ledger kept before
    /// it was read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sexes: Vec<Term>,
    /// The record numbers it gives ("Case No. 26-083412", see
    /// [`terms::case_numbers`]), sorted: two groups holding articles of
    /// one source that give numbers, none the same, are of different
    /// incidents. Absent from fingerprints a ledger kept before it was
    /// read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cases: Vec<Term>,
    /// The counts its headline gives (see [`crate::extract::headline`]):
    /// its votes on its story's toll. Absent from fingerprints a ledger
    /// kept before it was read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headline_toll: Vec<crate::model::HeadlineFigure>,
    /// The region its dateline names (`Wash.` in `TACOMA, Wash. (KPSN)
    /// —`), lower-case letters only (`wash`): two groups whose reports
    /// name regions, none the same, are of different incidents (see
    /// `dateline_regions`). Absent from fingerprints a ledger kept before
    /// it was read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    /// Its own counts of the killed and hurt, by measure and figure
    /// (`terms::TOLL`), sorted. Absent from fingerprints a ledger kept
    /// before it was read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tolls: Vec<Term>,
    /// The tolls of other incidents it recalls after telling its own, one
    /// per sentence (see [`recalled_tolls`]): a group whose reports count
    /// every figure of one as their own is that other incident. Absent
    /// from fingerprints a ledger kept before it was read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recalls: Vec<Vec<Term>>,
    /// The days on which, by its own words, another incident than its
    /// own happened, before its own event (see [`recalled_days`]): a group
    /// whose reports' own dates all fall on one of them is that incident.
    /// Absent from fingerprints a ledger kept before it was read.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recalled_days: Vec<NaiveDate>,
}

/// `v` sorted, without repeats.
fn sorted<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    v.sort_unstable();
    v.dedup();
    v
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
    let mut persons = Vec::new();
    let mut localities = Vec::new();
    let mut blocks = Vec::new();
    let mut cases = Vec::new();
    let mut regions = Vec::new();
    let mut kinds = Vec::new();
    terms::kinds(terms::lead(text, body), &config.incident_kinds, &mut kinds);
    // The title tells of kinds where the lede tells of none; where the
    // lede does, a title's other kind is an incident it recalls ("Man
    // stabbed at bus stop, a day after deadly party shooting nearby").
    let lede_kinds = !kinds.is_empty();
    if let Some(t) = &article.title {
        if !lede_kinds {
            terms::kinds(t, &config.incident_kinds, &mut kinds);
        }
        terms::blocks(t, &mut blocks);
        terms::case_numbers(t, &rules.case_labels, &mut cases);
        terms::words(t, usize::MAX, rules.title_weight, &mut words);
        terms::names(t, &mut names, &mut persons, &mut localities);
    }
    let mut lead_left = rules.lead_words;
    let mut name_left = NAME_BYTES;
    // What tells of another incident than the report's own: its words,
    // figures, people, places and days are that incident's.
    let other = linked_incident(text, claims, config);
    let mine = |c: &Claim| !other.iter().any(|&(s, e)| s <= c.start && c.start < e);
    let (tolls, recalls) = recalled_tolls(claims, &other, rules.recalled_toll);
    let mut recalled = recalled_sentences(text, claims, config);
    if !other.is_empty() {
        recalled.extend_from_slice(&other);
        recalled.sort_unstable();
    }
    for (k, &(a, b)) in body.iter().enumerate() {
        let mut para = &text[a..b];
        let mut at = a;
        // A dateline ("CLEVELAND, Ohio (WEKO) —") names the city and the
        // outlet every report of that outlet names, whatever its event.
        if k == 0 {
            if let Some((dl, len)) = crate::ingest::text::dateline(para) {
                if rules.dateline_regions {
                    let region: Option<String> = dl.region.map(|r| {
                        r.chars()
                            .filter(char::is_ascii_alphabetic)
                            .map(|c| c.to_ascii_lowercase())
                            .collect()
                    });
                    regions.extend(region.filter(|r| !r.is_empty()));
                }
                para = &para[len..];
                at += len;
            }
        }
        if lead_left > 0 {
            let mut left = lead_left;
            for piece in outside(para, at, &other) {
                terms::words(piece, left, 1.0, &mut words);
                left = left.saturating_sub(piece.split_whitespace().count());
            }
            lead_left = lead_left.saturating_sub(para.split_whitespace().count());
        }
        if name_left > 0 {
            let end = crate::extract::text::floor_boundary(para, name_left);
            for piece in outside(&para[..end], at, &recalled) {
                terms::names(piece, &mut names, &mut persons, &mut localities);
                terms::blocks(piece, &mut blocks);
                terms::case_numbers(piece, &rules.case_labels, &mut cases);
            }
            name_left -= end;
        }
        if lead_left == 0 && name_left == 0 {
            break;
        }
    }
    // The figures it gives: two reports of one event share most of theirs.
    for c in claims {
        // A recalled figure (another incident's toll, a city's yearly
        // count) is no figure of this report's event: two reports of
        // different incidents that recall the same one share it.
        if c.scope == crate::model::Scope::Background || !mine(c) {
            continue;
        }
        if let Some(v) = &c.value {
            if let Some(x) = v.low.or(v.high) {
                names.push((terms::term(terms::FIGURE, &format!("{}:{x}", v.unit)), 1.0));
            }
        }
    }
    // The subject its claims name most, people included, is a name two
    // reports share ("4-year-old daughter"); the place is that subject
    // only when it is no person.
    // The rest reads the report's own claims only.
    let own: Vec<Claim>;
    let claims = if other.is_empty() {
        claims
    } else {
        own = claims.iter().filter(|c| mine(c)).cloned().collect();
        &own[..]
    };
    if let Some(p) = place(article, claims, config, true) {
        names.push((terms::term(terms::PLACE, &p), 2.0));
    }
    let place = place(article, claims, config, false);
    let toll = toll_day(article, claims, config);
    let window = config.raw.stories.window_days;
    let stated = stated_day(
        article,
        claims,
        toll,
        window,
        &rules.since_words,
        config.recall_cues.as_ref(),
    );
    let headline = article
        .title
        .clone()
        .or_else(|| body.first().map(|&(a, b)| first_sentence(&text[a..b])));
    let event = event_day(article, stated, toll);
    let recalled_days = recalled_days(text, claims, event, config);
    Fingerprint {
        article: article.id.clone(),
        source: article.source.clone(),
        headline,
        published: article.published,
        event,
        stated,
        place,
        words: terms::tally(words),
        names: terms::tally(names),
        persons: sorted(persons),
        localities: sorted(localities),
        blocks: sorted(blocks),
        victims: victims(claims, config),
        kinds: sorted(kinds),
        sexes: sexes(claims, rules),
        cases: sorted(cases),
        headline_toll: crate::extract::headline::toll(article, config),
        regions: sorted(regions),
        tolls,
        recalls,
        recalled_days,
    }
}

/// The days on which, by the report's words, another incident happened
/// before its own (`event`), sorted: in a sentence that tells of another
/// incident (one matching `stories.recall_cues`), the date of a stretch
/// reaching to the report ("This is the second homicide at this location
/// since Saturday"), and the day a span of days before the sentence's
/// own day ("Two men were shot Tuesday night, three days after another
/// man was killed at the same complex") when a count of the report's own
/// stands before the span in that sentence (what follows it is the other
/// incident's, as after a phrase of `links`). A follow-up that tells its
/// own shooting so ("died Tuesday, four days after he was shot") recalls
/// its own event's day, which is no day before it.
fn recalled_days(
    text: &str,
    claims: &[Claim],
    event: Option<NaiveDate>,
    config: &Config,
) -> Vec<NaiveDate> {
    let (Some(event), Some(cues)) = (event, config.recall_cues.as_ref()) else {
        return Vec::new();
    };
    let since = &config.raw.stories.since_words;
    let mut out = Vec::new();
    for c in claims {
        // The cheap tests first, the sentence's cue last.
        let since_day = match (c.date, c.date_text.as_deref()) {
            (Some(d), Some(t))
                if t.split_whitespace()
                    .next()
                    .is_some_and(|w| since.iter().any(|s| s.eq_ignore_ascii_case(w))) =>
            {
                Some(d.start)
            }
            _ => None,
        };
        // A span of days: "three days" before "after".
        let span = || {
            let n = c.value.as_ref().and_then(|v| v.low)?;
            let days = match c.text.rsplit(' ').next()?.to_ascii_lowercase().as_str() {
                "day" | "days" => n,
                "week" | "weeks" => n * 7.0,
                _ => return None,
            };
            let next = text.get(c.end..)?.split_whitespace().next()?;
            next.eq_ignore_ascii_case("after").then_some(days)
        };
        let days = match since_day {
            Some(_) => 0.0,
            None => match span() {
                Some(d) => d,
                None => continue,
            },
        };
        if !cues.is_match(&c.sentence) {
            continue;
        }
        if let Some(d) = since_day {
            out.push(d);
            continue;
        }
        let start = c.sentence_start();
        // Its own count before the span, and a count of the other's after
        // it: "four days after he was shot" tells of the report's own.
        let here = |o: &&Claim| o.sentence_start() == start;
        let own_before = claims
            .iter()
            .filter(here)
            .any(|o| own_count(o) && o.start < c.start);
        let after = claims
            .iter()
            .filter(here)
            .any(|o| victim_count(o) && o.start > c.end);
        if !own_before || !after || days < 1.0 {
            continue;
        }
        // From the sentence's own day, else the report's.
        let base = claims
            .iter()
            .filter(|o| o.sentence_start() == start && o.date_role == Some(DateRole::Event))
            .filter_map(|o| o.date)
            .find(|d| (d.end - d.start).num_days() <= 1)
            .map_or(event, |d| d.start);
        if let Some(d) = base.checked_sub_days(chrono::Days::new(days as u64)) {
            out.push(d);
        }
    }
    // Within the window: an incident further back ("the fourth shooting
    // there since September") is no candidate for the report's story.
    let window = config.raw.stories.window_days;
    out.retain(|&d| d < event && (event - d).num_days() <= window);
    sorted(out)
}

/// A count of the killed or hurt as a term of its measure and figure.
fn toll_term(c: &Claim) -> Option<(Term, f64)> {
    let v = c.value.as_ref()?;
    let x = v.low.or(v.high)?;
    let m = c.measure.as_deref()?;
    Some((terms::term(terms::TOLL, &format!("{m}:{x}")), x))
}

/// The report's own counts of the killed and hurt as terms, sorted (not
/// `scope: background`, not within `other`), and the tolls of other
/// incidents it tells after its own, one list of terms per sentence: the
/// counts within `other`, the spans [`linked_incident`] gives (after
/// "linked to", or in the sentence after one that ranks the incident
/// among others), in a sentence counting at least `least` people hit,
/// unless the report counts each of them as its own too. A carjacking
/// report that goes on "It was the second shooting in the neighbourhood
/// in a day. Early Saturday, four people were shot, one fatally, at a
/// party" is not a report of the party. Only those spans: a count merely
/// read as background ("less than a day after two men were wounded", "a
/// day after he and another man were shot") is too often the report's
/// own incident told again.
fn recalled_tolls(
    claims: &[Claim],
    other: &[(usize, usize)],
    least: u32,
) -> (Vec<Term>, Vec<Vec<Term>>) {
    let linked = |c: &Claim| other.iter().any(|&(s, e)| s <= c.start && c.start < e);
    let theirs = |c: &Claim| c.scope == crate::model::Scope::Background || linked(c);
    let counts = || claims.iter().filter(|c| victim_count(c));
    let mine: Vec<&Claim> = counts().filter(|c| !theirs(c)).collect();
    let Some(first) = mine.iter().map(|c| c.start).min() else {
        return (Vec::new(), Vec::new());
    };
    let tolls: Vec<Term> = sorted(
        mine.iter()
            .filter_map(|c| toll_term(c).map(|t| t.0))
            .collect(),
    );
    if least == 0 {
        return (tolls, Vec::new());
    }
    let mut recalled: Vec<&Claim> = counts().filter(|c| c.start > first && linked(c)).collect();
    recalled.sort_by_key(|c| c.sentence_start());
    let mut recalls = Vec::new();
    for group in recalled.chunk_by(|a, b| a.sentence_start() == b.sentence_start()) {
        let people = hit(group);
        let terms: Vec<Term> = sorted(
            group
                .iter()
                .filter_map(|c| toll_term(c).map(|t| t.0))
                .collect(),
        );
        if people < f64::from(least) || terms.iter().all(|t| tolls.binary_search(t).is_ok()) {
            continue;
        }
        recalls.push(terms);
    }
    (tolls, recalls)
}

/// How many people `counts` tell were hit: the count of the killed or
/// hurt, or the killed and the hurt added up (`victims::HIT`), the
/// largest figure of each.
fn hit(counts: &[&Claim]) -> f64 {
    let (all, [killed, hurt]) = crate::config::victims::HIT;
    let most = |m: &str| {
        counts
            .iter()
            .filter(|c| c.measure.as_deref() == Some(m))
            .filter_map(|c| toll_term(c).map(|t| t.1))
            .fold(0.0, f64::max)
    };
    most(all).max(most(killed) + most(hurt))
}

/// The sexes of the people an article counts first, as terms, sorted
/// (see `stories.sexes`): the words of its first count of people killed or
/// hurt that is about its own story, and of the other counts of that
/// sentence ("A woman and a teenager were wounded"). A count recalled
/// from another incident is background and read by none ("… a day after
/// two men were wounded").
fn sexes(claims: &[Claim], rules: &StoryRules) -> Vec<Term> {
    if rules.sexes.is_empty() {
        return Vec::new();
    }
    let counts = |c: &&Claim| own_count(c);
    let Some(first) = claims.iter().filter(counts).min_by_key(|c| c.start) else {
        return Vec::new();
    };
    let firsts: Vec<&Claim> = claims
        .iter()
        .filter(counts)
        .filter(|c| std::sync::Arc::ptr_eq(&c.sentence, &first.sentence))
        .collect();
    // The people counted first are the incident's only where they are
    // all it counts: a follow-up that leads with one of four people shot
    // ("A woman wounded in last week's shooting has died") counts her
    // first, and the first reports may have counted a man first.
    let first_sum: f64 = firsts
        .iter()
        .filter_map(|c| c.value.as_ref().and_then(|v| v.high.or(v.low)))
        .sum();
    if most_counted(claims).is_some_and(|n| n > first_sum) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for c in firsts {
        for w in c.text.split(|ch: char| !ch.is_alphanumeric()) {
            for (sex, words) in &rules.sexes {
                if words.iter().any(|s| s.eq_ignore_ascii_case(w)) {
                    out.push(terms::term(terms::SEX, sex));
                }
            }
        }
    }
    sorted(out)
}

/// The byte spans of the sentences that tell of another incident the
/// article ranks its own among ("It was the second shooting in the
/// neighbourhood in a day. Early Saturday, four people were shot at a
/// party on East 65th Street."): their counts of the killed and hurt are
/// all background, and the streets, blocks and names they give are that
/// incident's. Sorted by start.
fn recalled_sentences(text: &str, claims: &[Claim], config: &Config) -> Vec<(usize, usize)> {
    let counts = |c: &&Claim| victim_count(c);
    let span = |c: &Claim| {
        let start = c.sentence_start();
        (start, start + c.sentence.len())
    };
    let own: Vec<(usize, usize)> = claims
        .iter()
        .filter(counts)
        .filter(|c| c.scope != crate::model::Scope::Background)
        .map(span)
        .collect();
    let mut out: Vec<(usize, usize)> = claims
        .iter()
        .filter(counts)
        .filter(|c| c.scope == crate::model::Scope::Background)
        .map(span)
        .filter(|s| !own.contains(s))
        .collect();
    out.sort_unstable();
    out.dedup();
    // Only after a sentence that ranks the incident, or in a sentence
    // that tells of another incident in so many words (`recall_cues`: "It
    // came hours after two women were wounded on Birch Street") once the
    // report has counted its own: a recalled count elsewhere ("a man was
    // killed there last spring"), or one before the report's own (a
    // conviction's lede), may be of this story's own place and people.
    let first_own = claims
        .iter()
        .filter(|c| own_count(c))
        .map(|c| c.start)
        .min();
    out.retain(|&(s, e)| {
        crate::extract::background::ranks_incident(
            crate::extract::background::previous_sentence(text, s),
            config,
        ) || (first_own.is_some_and(|f| f < s)
            && config
                .recall_cues
                .as_ref()
                .is_some_and(|re| text.get(s..e).is_some_and(|t| re.is_match(t))))
    });
    out
}

/// The byte spans of the text that tell of another incident the report
/// ties its own to: what follows a phrase of `stories.links` in its
/// sentence ("Police would not say whether the shooting is linked to
/// Saturday's party shooting, in which a teenager was killed and four
/// other people were wounded"), when a count of the report's own killed
/// or hurt stands before the phrase and a count of the killed or hurt
/// after it. Its figures, people, places, days and words are evidence of
/// that incident, not of the report's. A report that counts nothing
/// before (an arrest "linked to" a killing it then tells) recalls its own
/// incident so, and keeps it. After that first count, a sentence whose
/// sentence before matches `stories.recall_cues` is the other incident's
/// too. Sorted by start.
fn linked_incident(text: &str, claims: &[Claim], config: &Config) -> Vec<(usize, usize)> {
    let links = &config.raw.stories.links;
    if links.is_empty() && config.recall_cues.is_none() {
        return Vec::new();
    }
    let counts = |c: &&Claim| victim_count(c);
    // The first count of the report's own: nothing before it is tied.
    let Some(first) = claims
        .iter()
        .filter(counts)
        .filter(|c| c.scope != crate::model::Scope::Background)
        .map(|c| c.start)
        .min()
    else {
        return Vec::new();
    };
    let mut out: Vec<(usize, usize)> = Vec::new();
    for c in claims.iter().filter(counts).filter(|c| c.start > first) {
        let s = c.sentence_start();
        let e = (s + c.sentence.len()).min(text.len());
        if out.last().is_some_and(|&(_, end)| end == e) {
            continue;
        }
        let Some(sentence) = text.get(s..c.start) else {
            continue;
        };
        // The last phrase of `links` before the count, after the first own
        // count, at word edges.
        let low = sentence.to_ascii_lowercase();
        let word = |ch: Option<char>| ch.is_some_and(char::is_alphanumeric);
        let at = links
            .iter()
            .filter_map(|l| {
                let l = l.to_ascii_lowercase();
                low.match_indices(l.as_str())
                    .filter(|&(i, m)| {
                        !word(low[..i].chars().next_back())
                            && !word(low[i + m.len()..].chars().next())
                    })
                    .map(|(i, _)| s + i)
                    .filter(|&i| i > first)
                    .last()
            })
            .min();
        if let Some(at) = at {
            out.push((at, e));
            continue;
        }
        // A count in the sentence after one that tells of another incident
        // ("It was the second shooting in the district in a day. Early
        // Saturday, four people were shot …") is that incident's.
        // (The cue sentence's own counts stay: "a day after a man was
        // killed there" may tell this incident's own.)
        if let Some(re) = config.recall_cues.as_ref() {
            let before = crate::extract::background::previous_sentence(text, s);
            if s > first && re.is_match(before) {
                out.push((s, e));
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether `c` is a count of people killed or hurt with a figure.
fn victim_count(c: &Claim) -> bool {
    c.value.is_some()
        && c.measure
            .as_deref()
            .is_some_and(crate::config::victims::victim_measure)
}

/// The pieces of `para` (which starts at byte `at` of its text) outside
/// the spans `cut` (sorted, in the text's bytes).
fn outside<'t>(para: &'t str, at: usize, cut: &[(usize, usize)]) -> Vec<&'t str> {
    let mut out = Vec::new();
    let mut from = 0;
    for &(s, e) in cut {
        let (s, e) = (s.saturating_sub(at), e.saturating_sub(at));
        if e <= from || s >= para.len() {
            continue;
        }
        if s > from && para.is_char_boundary(s) {
            out.push(&para[from..s]);
        }
        from = crate::extract::text::ceil_boundary(para, e);
    }
    out.push(&para[from..]);
    out
}

/// The victims an article describes, as terms, sorted. A named person it
/// gives an age (`age` kinds' subjects) in a sentence that also gives a
/// toll of its own (a figure of a kind with `scope: event`) or holds one of
/// the `victim_words` ("The victim was identified as Ann Lee, 34") is known
/// by surname and age; an unnamed one only when the toll counts them ("A
/// 17-year-old boy was shot"), by age. A suspect's or a witness's age is
/// in neither ("a 35-year-old man stabbed his mother"). Two reports of one
/// victim share a term even when one names them and the other does not
/// ("a 31-year-old man", "Andre Whitlock, 31").
fn victims(claims: &[Claim], config: &Config) -> Vec<Term> {
    let kind_is = |c: &Claim, f: &dyn Fn(&crate::config::KindDef) -> bool| {
        config.kind(&c.kind).is_some_and(|k| f(&k.def))
    };
    let tolls: Vec<&Claim> = claims
        .iter()
        .filter(|c| c.scope == crate::model::Scope::Story)
        .filter(|c| {
            kind_is(c, &|d| {
                d.scope == crate::config::KindScope::Event
                    && d.extends != crate::config::Behaviour::Age
            })
        })
        .collect();
    let rules = &config.raw.stories;
    let holds = |sentence: &str, words: &[String]| {
        sentence
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|w| words.iter().any(|v| v.eq_ignore_ascii_case(w)))
    };
    let mut out: Vec<Term> = Vec::new();
    for c in claims {
        if !kind_is(c, &|d| d.extends == crate::config::Behaviour::Age)
            || holds(&c.sentence, &rules.suspect_words)
        {
            continue;
        }
        // A place the aliases know ("Los Angeles") is no person.
        let surname = c
            .subject
            .as_deref()
            .filter(|s| !config.canonical_known(s).1)
            .and_then(terms::surname);
        let victim = match surname {
            Some(_) => {
                tolls
                    .iter()
                    .any(|t| t.sentence_start() == c.sentence_start())
                    || holds(&c.sentence, &rules.victim_words)
            }
            None => tolls.iter().any(|t| t.start <= c.start && c.end <= t.end),
        };
        if !victim {
            continue;
        }
        if let Some(y) = c.value.as_ref().and_then(|v| v.low) {
            out.push(terms::term(terms::VICTIM_AGE, &y.to_string()));
        }
        if let Some(s) = surname {
            out.push(terms::term(terms::VICTIM, &terms::surname_key(s)));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Whether a claim counts people killed or hurt in the article's own
/// incident.
fn own_count(c: &Claim) -> bool {
    c.scope == crate::model::Scope::Story && victim_count(c)
}

/// The largest count of people killed or hurt in the article's own
/// incident.
fn most_counted(claims: &[Claim]) -> Option<f64> {
    claims
        .iter()
        .filter(|c| own_count(c))
        .filter_map(|c| c.value.as_ref().and_then(|v| v.high.or(v.low)))
        .reduce(f64::max)
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
/// claims name most (the earliest on a tie), leaving out the people whose
/// ages it gives unless `people` ("4-year-old daughter" is no place).
fn place(article: &Article, claims: &[Claim], config: &Config, people: bool) -> Option<String> {
    if let Some(p) = &article.dateline_place {
        return Some(config.canonical_name(p));
    }
    let of_person = |c: &Claim| {
        config
            .kind(&c.kind)
            .is_some_and(|k| k.def.extends == crate::config::Behaviour::Age)
    };
    // A hospital is the place only where no other is named (see
    // `care_places`).
    let care = |s: &str| {
        let words = &config.raw.stories.care_places;
        s.split(|ch: char| !ch.is_alphanumeric())
            .any(|w| words.iter().any(|v| v.eq_ignore_ascii_case(w)))
    };
    let subjects = || {
        claims
            .iter()
            .filter(|c| people || !of_person(c))
            .filter_map(|c| c.subject.as_deref())
    };
    let other = subjects().any(|s| !care(s));
    most_common(subjects().filter(|s| !other || !care(s))).map(|s| config.canonical_name(&s))
}

/// The day an article's event happened: the day its own dates give
/// (`stated`, see [`stated_day`]), else the day of its own toll, else its
/// dateline day, else its publication date. A follow-up that recalls "the
/// March 3 shooting" is thereby dated to the shooting, not to the day it
/// was published.
fn event_day(
    article: &Article,
    stated: Option<NaiveDate>,
    toll: Option<NaiveDate>,
) -> Option<NaiveDate> {
    stated
        .or(toll)
        .or(article.dateline_date)
        .or(article.published)
}

/// The day the article's own dates place its event, if they do: the
/// earliest short event date its claims give (a day or a few, not a
/// month) that is not after its publication.
///
/// When the article dates a toll of its own (`toll`), the event is that
/// day or an earlier one within `window` days ("Tuesday night's strike" in
/// a report that the toll rose on Thursday); a date further back is
/// another event it recalls.
fn stated_day(
    article: &Article,
    claims: &[Claim],
    toll: Option<NaiveDate>,
    window: i64,
    since: &[String],
    cues: Option<&regex::Regex>,
) -> Option<NaiveDate> {
    let published = article.published.or(article.dateline_date);
    // Each recalled figure's sentence and day (see below), gathered once.
    let recalled: Vec<(usize, NaiveDate)> = claims
        .iter()
        .filter(|b| b.scope == crate::model::Scope::Background)
        .filter_map(|b| Some((b.sentence_start(), b.date?.start)))
        .collect();
    claims
        .iter()
        .filter(|c| matches!(c.date_role, Some(DateRole::Event) | None))
        // A stretch of time reaching to the report ("the second homicide
        // at this location since Saturday") starts on its date: the
        // report's own event is later.
        .filter(|c| {
            c.date_text.as_deref().is_none_or(|t| {
                let w = t.split_whitespace().next().unwrap_or("");
                !since.iter().any(|s| s.eq_ignore_ascii_case(w))
            })
        })
        // The date of a recalled figure is the other incident's ("It
        // was the second crash there this month. On Aug. 1, two people
        // were hurt …").
        .filter(|c| c.scope != crate::model::Scope::Background)
        // Nor are the other dates of that day in its sentence ("The gas
        // station is about four blocks from the house where a teenager
        // was killed early Saturday": the blocks are no toll, and their
        // day is the recalled one's).
        .filter(|c| {
            c.date
                .is_none_or(|d| !recalled.contains(&(c.sentence_start(), d.start)))
        })
        // Nor the dates of a sentence that tells of another incident
        // ("Eight days earlier, a boy was wounded outside the same gate").
        .filter(|c| cues.is_none_or(|re| !re.is_match(&c.sentence)))
        .filter_map(|c| c.date)
        .filter(|d| (d.end - d.start).num_days() <= 3)
        .filter(|d| published.is_none_or(|p| d.start <= p))
        // Within a year of publication: a date further back is history
        // the article recalls.
        .filter(|d| published.is_none_or(|p| (p - d.start).num_days() <= 366))
        .filter(|d| toll.is_none_or(|t| d.start <= t && (t - d.start).num_days() <= window))
        .map(|d| d.start)
        .min()
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
                headlines: ms
                    .iter()
                    .filter(|f| !f.headline_toll.is_empty())
                    .map(|f| crate::model::HeadlineVote {
                        article: f.article.clone(),
                        published: f.published,
                        figures: f.headline_toll.clone(),
                    })
                    .collect(),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn article(id: &str, published: &str, title: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            source: Some(format!("{id} outlet")),
            published: NaiveDate::parse_from_str(published, "%Y-%m-%d").ok(),
            title: Some(title.into()),
            text: text.into(),
            ..Article::default()
        }
    }

    fn fp(a: &Article, c: &Config) -> Fingerprint {
        let (claims, body) = crate::extract::extract_body(a, c);
        fingerprint(a, &claims, &body, c)
    }

    /// Reports of two shootings in one town on one day, and a follow-up.
    fn batch(c: &Config) -> Vec<Fingerprint> {
        let arts = [
            article("a1", "2026-04-12", "Two killed on Larkin Street",
                "Two people were killed outside a store on Larkin Street on Saturday night, Ashford police said. \
                 The victims were Dana Whitcombe, 34, and Rafael Osei, 27."),
            article("a2", "2026-04-12", "Larkin Street shooting leaves two dead",
                "Dana Whitcombe and Rafael Osei were shot dead outside a Larkin Street store on Saturday, police in Ashford said."),
            article("b1", "2026-04-12", "One dead at Quarry Road Park",
                "One man was killed and three people were injured at the Quarry Road Park basketball court on Saturday afternoon. \
                 The man who died was Tomas Reyes-Lund, 19."),
            article("b2", "2026-04-13", "Teen killed at Quarry Road Park court",
                "Tomas Reyes-Lund, 19, was killed and three others were wounded at the Quarry Road Park court on Saturday."),
            article("a3", "2026-05-06", "Man charged in Larkin Street killings",
                "A man was charged on Tuesday with murder in the deaths of Dana Whitcombe and Rafael Osei, \
                 who were shot outside a Larkin Street store last month."),
        ];
        arts.iter().map(|a| fp(a, c)).collect()
    }

    fn ids(fps: &[Fingerprint], groups: &[Vec<usize>]) -> Vec<Vec<String>> {
        let mut out: Vec<Vec<String>> = groups
            .iter()
            .map(|g| {
                let mut v: Vec<String> = g.iter().map(|&i| fps[i].article.clone()).collect();
                v.sort();
                v
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn datelines_of_two_states_are_two_stories() {
        // One street name, one day, one toll told alike, in two states'
        // cities: a batch of many cities' news holds such pairs.
        let c = Config::builtin();
        let report = |id: &str, dateline: &str| {
            fp(
                &article(
                    id,
                    "2026-03-08",
                    "Man shot and killed outside corner store on Harmon Avenue",
                    &format!(
                        "{dateline} — A man was shot and killed outside a corner store on Harmon Avenue \
                         late Saturday, police said. He was pronounced dead at the scene. \
                         Officers found several shell casings near the store's door."
                    ),
                ),
                &c,
            )
        };
        let fps = vec![
            report("a", "BRAXTON, Ore. (KBRX)"),
            report("b", "BRAXTON, Oregon (KPLN)"),
            report("c", "MILLBROOK, Tenn. (WMTN)"),
        ];
        assert_eq!(
            ids(&fps, &build(&fps, &c.raw.stories)),
            [vec!["a", "b"], vec!["c"]]
        );
        // Off, the third report's words and names are the others'.
        let mut rules = c.raw.stories.clone();
        rules.dateline_regions = false;
        let fps: Vec<Fingerprint> = fps
            .into_iter()
            .map(|f| Fingerprint {
                regions: Vec::new(),
                ..f
            })
            .collect();
        assert_eq!(build(&fps, &rules).len(), 1);
    }

    #[test]
    fn incidents_of_one_day_stay_apart_and_a_follow_up_joins() {
        let c = Config::builtin();
        let fps = batch(&c);
        let got = ids(&fps, &build(&fps, &c.raw.stories));
        assert_eq!(got, [vec!["a1", "a2", "a3"], vec!["b1", "b2"]]);
    }

    #[test]
    fn the_order_of_the_batch_changes_nothing() {
        let c = Config::builtin();
        let fps = batch(&c);
        let mut rev = fps.clone();
        rev.reverse();
        assert_eq!(
            ids(&fps, &build(&fps, &c.raw.stories)),
            ids(&rev, &build(&rev, &c.raw.stories))
        );
        let d1 = describe(&build(&fps, &c.raw.stories), &fps);
        let d2 = describe(&build(&rev, &c.raw.stories), &rev);
        assert_eq!(d1, d2);
    }

    #[test]
    fn a_new_event_weeks_later_in_the_same_place_is_a_new_story() {
        let c = Config::builtin();
        let mut fps = batch(&c);
        fps.push(fp(
            &article("c1", "2026-05-20", "Man shot on Larkin Street",
                "A man was killed in a shooting on Larkin Street in Ashford on Tuesday night, police said. \
                 He was identified as Joel Marsh, 41."),
            &c,
        ));
        let got = ids(&fps, &build(&fps, &c.raw.stories));
        assert!(got.contains(&vec!["c1".to_string()]), "{got:?}");
    }

    #[test]
    fn every_article_is_in_exactly_one_story_with_a_stable_id() {
        let c = Config::builtin();
        let fps = batch(&c);
        let stories = describe(&build(&fps, &c.raw.stories), &fps);
        let mut all: Vec<&String> = stories.iter().flat_map(|s| &s.articles).collect();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), fps.len());
        assert_eq!(
            stories.iter().map(|s| s.articles.len()).sum::<usize>(),
            fps.len()
        );
        let larkin = stories
            .iter()
            .find(|s| s.articles.contains(&"a1".to_string()))
            .unwrap();
        // The follow-up joining later does not change the story's id.
        let without = describe(&build(&fps[..2], &c.raw.stories), &fps[..2]);
        assert_eq!(without[0].id, larkin.id);
        assert_eq!(larkin.title.as_deref(), Some("Two killed on Larkin Street"));
        assert_eq!(
            larkin.date.map(|d| d.start.to_string()).as_deref(),
            Some("2026-04-11")
        );
    }

    #[test]
    fn a_second_shooting_on_one_street_days_later_is_a_new_story() {
        // Worded alike, one town, one street, within the window: only the
        // days the reports give (Sunday the 5th, Saturday the 11th) and
        // the victims tell the two shootings apart.
        let c = Config::builtin();
        let arts = [
            article("m1", "2026-04-06", "Man shot dead on Pell Street",
                "A man was shot and killed on Pell Street in Ashford on Sunday night, police said. \
                 He was identified as Owen Hart, 33."),
            article("m2", "2026-04-06", "Pell Street shooting leaves man dead",
                "A man was shot dead on Pell Street on Sunday night, Ashford police said."),
            article("s1", "2026-04-12", "Man shot dead on Pell Street",
                "A man was shot and killed on Pell Street in Ashford on Saturday night, police said. \
                 He was identified as Luis Marek, 45."),
            article("s2", "2026-04-12", "Pell Street shooting leaves man dead",
                "A man was shot dead on Pell Street on Saturday night, Ashford police said."),
        ];
        let fps: Vec<Fingerprint> = arts.iter().map(|a| fp(a, &c)).collect();
        let got = ids(&fps, &build(&fps, &c.raw.stories));
        assert_eq!(got, [vec!["m1", "m2"], vec!["s1", "s2"]]);
    }

    #[test]
    fn two_shootings_on_one_street_in_one_week_with_different_victims_are_two_stories() {
        // Named or only described by age: "A 17-year-old boy was shot" is
        // no victim of the killing of Owen Hart, 33.
        // One town, one street, one wording, two days apart: only the
        // victims the reports name tell the shootings apart.
        let c = Config::builtin();
        let arts = [
            article("m1", "2026-04-06", "Man killed in Ashford shooting",
                "A man was shot and killed on Pell Street in Ashford on Sunday night, Ashford police said. \
                 The victim was identified as Owen R. Hart, 33."),
            article("m2", "2026-04-07", "Pell Street shooting victim named",
                "Owen Hart, 33, was shot and killed on Pell Street on Sunday night, Ashford police said."),
            article("s1", "2026-04-08", "Man killed in Ashford shooting",
                "A man was shot and killed on Pell Street in Ashford on Tuesday night, Ashford police said. \
                 The victim was identified as Luis A. Marek, 45."),
            article("s2", "2026-04-09", "Pell Street shooting victim named",
                "Luis Marek, 45, was shot and killed on Pell Street on Tuesday night, Ashford police said."),
        ];
        let fps: Vec<Fingerprint> = arts.iter().map(|a| fp(a, &c)).collect();
        let got = ids(&fps, &build(&fps, &c.raw.stories));
        assert_eq!(got, [vec!["m1", "m2"], vec!["s1", "s2"]]);
    }

    #[test]
    fn shootings_blocks_apart_on_one_avenue_on_one_day_are_two_stories() {
        // Two police releases in one template, one avenue, one day, no
        // one named: only the blocks they give tell them apart. A paper's
        // report of the first, a few blocks off, still joins it.
        let c = Config::builtin();
        let arts = [
            article("r1", "2026-05-03", "Shooting investigation, 2400 block of N. Alder Ave.",
                "On Sunday, May 3, 2026, at about 2:10 a.m., officers responded to a report of shots fired in the \
                 2400 block of N. Alder Ave. Officers located two adult males with gunshot wounds. Both were \
                 transported to a local hospital."),
            article("r2", "2026-05-03", "Shooting investigation, 6100 block of N. Alder Ave.",
                "On Sunday, May 3, 2026, at about 8:40 p.m., officers responded to a report of shots fired in the \
                 6100 block of N. Alder Ave. Officers located two adult males with gunshot wounds. Both were \
                 transported to a local hospital."),
            article("p1", "2026-05-04", "Two men shot near Alder Avenue bar",
                "Two men were wounded early Sunday in the 2500 block of North Alder Avenue, police said. \
                 Both were taken to a hospital."),
        ];
        let fps: Vec<Fingerprint> = arts.iter().map(|a| fp(a, &c)).collect();
        assert_eq!(
            fps[0].blocks,
            fps[1]
                .blocks
                .iter()
                .map(|&(s, _)| (s, 2400))
                .collect::<Vec<_>>()
        );
        let got = ids(&fps, &build(&fps, &c.raw.stories));
        assert_eq!(got, [vec!["p1", "r1"], vec!["r2"]]);
    }

    #[test]
    fn releases_giving_blocks_of_two_streets_are_two_stories() {
        // One department's releases of one Saturday in one template: a
        // party shooting and a carjacking, each at a block of its own
        // street. No block of one is on the other's street.
        let c = Config::builtin();
        let arts = [
            article("q1", "2026-06-13", "Shooting investigation, 5600 block of E. 61st St.",
                "On Saturday, June 13, 2026, at about 1:20 a.m., officers responded to a report of shots fired \
                 in the 5600 block of E. 61st St. Officers located three adults with gunshot wounds. All were \
                 transported to a local hospital."),
            article("q2", "2026-06-13", "Shooting investigation, 7100 block of Linden Ave.",
                "On Saturday, June 13, 2026, at about 3:40 p.m., officers responded to a report of shots fired \
                 in the 7100 block of Linden Ave. Officers located one adult male with a gunshot wound. He was \
                 transported to a local hospital."),
        ];
        let fps: Vec<Fingerprint> = arts.iter().map(|a| fp(a, &c)).collect();
        let got = ids(&fps, &build(&fps, &c.raw.stories));
        assert_eq!(got, [vec!["q1"], vec!["q2"]]);
        // Without the block addresses, the template makes them one.
        let plain = |a: &Article| Article {
            text: a
                .text
                .replace("5600 block of E. 61st St", "city")
                .replace("7100 block of Linden Ave", "city"),
            title: Some("Shooting investigation".into()),
            ..a.clone()
        };
        let fps: Vec<Fingerprint> = arts.iter().map(|a| fp(&plain(a), &c)).collect();
        let got = ids(&fps, &build(&fps, &c.raw.stories));
        assert_eq!(got, [vec!["q1", "q2"]]);
    }

    #[test]
    fn a_title_recalling_another_kind_of_incident_tells_of_the_ledes_kind() {
        let c = Config::builtin();
        let kinds =
            |title: &str, text: &str| fp(&article("t", "2026-06-14", title, text), &c).kinds;
        let kind = |k: &str| vec![terms::term(terms::KIND, k)];
        // The lede tells of a stabbing; the title's shooting is recalled.
        assert_eq!(
            kinds(
                "Man stabbed at bus stop, a day after party shooting nearby",
                "A man was stabbed several times at a bus stop on Linden Avenue on Sunday afternoon, police said."
            ),
            kind("stabbing")
        );
        // A lede that tells of no kind leaves the title's.
        assert_eq!(
            kinds(
                "Woman killed in hit-and-run on Linden Avenue",
                "A woman was hit and killed late Saturday on Linden Avenue, police said, and the driver left."
            ),
            kind("crash")
        );
        // "fire into the crowd" is a shooting, not a blaze.
        assert_eq!(
            kinds(
                "Witness describes party killing",
                "A witness told a judge Tuesday she saw the man fire into the crowd at the party."
            ),
            kind("shooting")
        );
    }

    #[test]
    fn a_stabbing_and_a_shooting_on_one_street_a_day_apart_are_two_stories() {
        // The shooting's first report recalls the stabbing of the night
        // before on the same street: street, town and days are shared, and
        // only the kind of incident their leads tell of keeps them apart.
        let mut c = Config::builtin();
        let arts = [
            article("s1", "2026-05-08", "Woman stabbed at Birch Street apartment",
                "A woman was stabbed several times at an apartment on Birch Street late Friday, and her \
                 boyfriend was arrested, Dunmore police said. The woman was taken to a hospital in serious \
                 condition."),
            article("g1", "2026-05-09", "Clerk shot and killed in Birch Street store robbery",
                "A store clerk was shot and killed during a robbery on Birch Street on Saturday afternoon, \
                 Dunmore police said. It was the second violent call on Birch Street in a day: a woman was \
                 stabbed in an apartment a few blocks away late Friday, and her boyfriend was arrested."),
            article("g2", "2026-05-10", "Family names clerk killed on Birch Street",
                "The clerk fatally shot at a Birch Street store on Saturday was Omar Reyes, 52, his family \
                 said. Dunmore police have made no arrest."),
        ];
        let fps: Vec<Fingerprint> = arts.iter().map(|a| fp(a, &c)).collect();
        let got = ids(&fps, &build(&fps, &c.raw.stories));
        assert_eq!(got, [vec!["g1", "g2"], vec!["s1"]]);
        // Without the kinds, the recalled stabbing pulls the two together.
        c.incident_kinds = terms::Kinds::default();
        let fps: Vec<Fingerprint> = arts.iter().map(|a| fp(a, &c)).collect();
        let got = ids(&fps, &build(&fps, &c.raw.stories));
        assert_eq!(got, [vec!["g1", "g2", "s1"]]);
    }

    #[test]
    fn the_sexes_are_those_of_the_people_counted_first() {
        let c = Config::builtin();
        let sexes = |text: &str| fp(&article("x", "2026-07-13", "Shooting", text), &c).sexes;
        let sex = |s: &str| terms::term(terms::SEX, s);
        assert_eq!(
            sexes("A woman and a teenager were wounded on Linden Avenue late Sunday."),
            [sex("female")]
        );
        // A tie gives no sex: another report counts the nephew as "a boy".
        assert_eq!(
            sexes("A woman and her teenage nephew were shot outside their building late Sunday."),
            [sex("female")]
        );
        // Both, in one count or two of the first count's sentence.
        let mut both = vec![sex("female"), sex("male")];
        both.sort_unstable();
        assert_eq!(sexes("A man and a woman were shot on Sunday."), both);
        assert_eq!(
            sexes("A man was killed and a girl was wounded in the shooting on Sunday."),
            both
        );
        // People recalled from another incident are not the report's own.
        assert_eq!(
            sexes(
                "A man was shot and killed outside a store on Saturday night, less than a day \
                 after a woman was wounded a few blocks away."
            ),
            [sex("male")]
        );
        // A later sentence's people are not counted first.
        assert!(
            sexes("Four people were shot on Sunday. A woman was in serious condition.").is_empty()
        );
        // A follow-up that leads with one of the people its report counts
        // later ("the three hurt") tells nothing of the others' sexes: the
        // first report may have led with a man.
        assert!(sexes(
            "A woman hurt in the shooting on Elm Road has died. Police said \
             three people were wounded there on Friday."
        )
        .is_empty());
    }

    /// A release of the Harbor City police, in its template.
    fn release(id: &str, published: &str, street: &str, day: &str, case: &str) -> Article {
        Article {
            source: Some("harborcity-pd.example".into()),
            ..article(
                id,
                published,
                &format!("Shooting investigation, {street}"),
                &format!(
                    "Harbor City Police Department — Case No. {case}\n\
                     On {day} at approximately 10 p.m., Central Division officers responded to the {street} \
                     on a report of shots fired. Officers located an adult male suffering from a gunshot \
                     wound. He was transported to Mercy Hospital.\n\
                     Anyone with information is asked to call the Harbor City Police Department."
                ),
            )
        }
    }

    #[test]
    fn one_departments_releases_with_different_case_numbers_are_two_stories() {
        // Two shootings a night apart, two blocks apart on one avenue, told
        // in one template: only the case numbers tell them apart.
        let mut c = Config::builtin();
        let arts = [
            release(
                "r1",
                "2026-05-09",
                "3900 block of Birch Ave.",
                "Friday",
                "26-1001",
            ),
            release(
                "r2",
                "2026-05-10",
                "4100 block of Birch Ave.",
                "Saturday",
                "26-1044",
            ),
            release(
                "r3",
                "2026-05-12",
                "3900 block of Birch Ave.",
                "Friday",
                "26-1001",
            ),
        ];
        let fps: Vec<Fingerprint> = arts.iter().map(|a| fp(a, &c)).collect();
        assert_eq!(fps[0].cases, [terms::term(terms::CASE, "26-1001")]);
        let got = ids(&fps, &build(&fps, &c.raw.stories));
        assert_eq!(got, [vec!["r1", "r3"], vec!["r2"]]);
        c.raw.stories.case_labels.clear();
        let fps: Vec<Fingerprint> = arts.iter().map(|a| fp(a, &c)).collect();
        let got = ids(&fps, &build(&fps, &c.raw.stories));
        assert_eq!(got, [vec!["r1", "r2", "r3"]]);
    }

    #[test]
    fn reports_counting_people_of_one_sex_and_of_the_other_are_two_stories() {
        // A drive-by's reports recall a porch shooting on the same avenue
        // two days before: street, town, outlets and kind are shared, and
        // only the people each counts first keep the two apart.
        let mut c = Config::builtin();
        let arts = [
            article("p1", "2026-07-11", "Two men shot on Linden Avenue porch",
                "Two men were shot while sitting on a porch on Linden Avenue in Eastfield late Friday, \
                 Dunmore police said. One was in critical condition at Mercy Hospital."),
            article("p2", "2026-07-11", "Two men wounded in Eastfield porch shooting",
                "Two men were wounded when someone fired from a passing car at a porch on Linden Avenue \
                 in Eastfield shortly before midnight Friday, Dunmore police said."),
            article("d1", "2026-07-13", "Woman, teen wounded in Linden Avenue drive-by",
                "A woman and a teenager were wounded when someone fired from a passing car on Linden \
                 Avenue in Eastfield late Sunday, Dunmore police said. Both were taken to Mercy Hospital. \
                 It was the second shooting on Linden Avenue since two men were shot on a porch Friday."),
        ];
        let fps: Vec<Fingerprint> = arts.iter().map(|a| fp(a, &c)).collect();
        let got = ids(&fps, &build(&fps, &c.raw.stories));
        assert_eq!(got, [vec!["d1"], vec!["p1", "p2"]]);
        // Without the sexes, the recalled porch shooting pulls them together.
        c.raw.stories.sexes.clear();
        let fps: Vec<Fingerprint> = arts.iter().map(|a| fp(a, &c)).collect();
        let got = ids(&fps, &build(&fps, &c.raw.stories));
        assert_eq!(got, [vec!["d1", "p1", "p2"]]);
    }

    #[test]
    fn a_recalled_incidents_date_is_not_the_reports_own() {
        // Published on a Saturday: the pileup was Friday, and the crash
        // it recalls, six days before, is another incident's day.
        let c = Config::builtin();
        let f = fp(
            &article(
                "r",
                "2026-03-14",
                "Three hurt in pileup on Route 9",
                "Three people were hurt Friday when a van struck two cars on Route 9 near Elm Road, deputies said. \
                 It was the second crash on that stretch of the highway this month. On March 7, two people were \
                 hurt when a truck rolled over near the Mill Road exit.",
            ),
            &c,
        );
        assert_eq!(f.stated, chrono::NaiveDate::from_ymd_opt(2026, 3, 13));
        assert_eq!(f.event, f.stated);
    }

    #[test]
    fn a_recalled_toll_is_no_figure_of_the_report() {
        // The carjacking report recalls the party shooting's toll in a
        // sentence of its own: its figures are the party's, not its own.
        let c = Config::builtin();
        let f = fp(
            &article(
                "r",
                "2026-07-11",
                "Man shot in leg during carjacking",
                "A man was shot in the leg Saturday afternoon when two men took his car at a gas station on Dunmore Road. \
                 It was the second shooting in Eastvale in less than a day. Early Saturday, five people were shot, \
                 two of them fatally, at a party on Pike Street.",
            ),
            &c,
        );
        let figure = |x: &str| {
            f.names
                .iter()
                .any(|n| n.0 == terms::term(terms::FIGURE, &format!("people:{x}")))
        };
        assert!(figure("1"), "{:?}", f.names);
        assert!(!figure("3"));
        assert!(!figure("2"));
    }

    #[test]
    fn the_incident_a_report_ranks_its_own_among_names_nothing() {
        // "It was the second shooting …": the next sentence's street is
        // the other incident's; a recalled count elsewhere keeps its names.
        let c = Config::builtin();
        let text = "A man was shot in the leg Saturday afternoon when two men took his car at a gas station on Dunmore Road. \
                    It was the second shooting in Eastvale in less than a day. Early Saturday, five people were shot, \
                    two of them fatally, at a party on Pike Street.";
        let f = fp(&article("r", "2026-07-11", "Carjacking", text), &c);
        let has =
            |f: &Fingerprint, t: &str| f.names.iter().any(|n| n.0 == terms::term(terms::NAME, t));
        assert!(has(&f, "Dunmore Road"));
        assert!(!has(&f, "Pike Street"), "{:?}", f.names);
        let plain = text.replace(
            "It was the second shooting in Eastvale in less than a day.",
            "Police are looking for the car.",
        );
        let g = fp(&article("r", "2026-07-11", "Carjacking", &plain), &c);
        assert!(has(&g, "Pike Street"));
    }

    #[test]
    fn a_sentence_telling_of_another_incident_after_the_reports_own_names_nothing() {
        let c = Config::builtin();
        let text =
            "A man was shot in the leg outside a bakery on Dunmore Road on Sunday afternoon. \
                    The shooting came hours after two women were wounded on Pike Street.";
        let f = fp(
            &article("r", "2026-07-12", "Man shot on Dunmore Road", text),
            &c,
        );
        let has =
            |f: &Fingerprint, t: &str| f.names.iter().any(|n| n.0 == terms::term(terms::NAME, t));
        assert!(has(&f, "Dunmore Road"));
        assert!(!has(&f, "Pike Street"), "{:?}", f.names);
        // Told first, the recalled incident may be the report's own (a
        // conviction's lede): its names stay.
        let first = "Hours after two women were wounded on Pike Street, police made an arrest.";
        let g = fp(&article("r", "2026-07-12", "Arrest", first), &c);
        assert!(has(&g, "Pike Street"));
    }

    #[test]
    fn a_dateline_names_no_one() {
        // The city and the outlet of a dateline are in every report of
        // that outlet, whatever its event.
        let c = Config::builtin();
        let f = fp(
            &article(
                "w",
                "2026-07-13",
                "Shooting",
                "HARLOW, Maine (WKRT) — A man was shot on Quarry Road late Sunday, police said.",
            ),
            &c,
        );
        let has = |view: u8, t: &str| f.names.iter().any(|n| n.0 == terms::term(view, t));
        assert!(has(terms::NAME, "Quarry Road"));
        assert!(!has(terms::NAME_PART, "WKRT"));
        assert!(!has(terms::NAME_PART, "Maine"));
    }

    #[test]
    fn victims_are_the_aged_people_of_a_toll_not_suspects_or_witnesses() {
        let c = Config::builtin();
        let victims = |text: &str| fp(&article("v", "2026-04-06", "Shooting", text), &c).victims;
        let age = |y: &str| terms::term(terms::VICTIM_AGE, y);
        let mut hart = vec![
            terms::term(terms::VICTIM, &terms::surname_key("Hart")),
            age("33"),
        ];
        hart.sort_unstable();
        // A toll in the sentence, or the word "victim"; spelling variants
        // of one surname are one victim.
        assert_eq!(
            victims("Owen Hart, 33, was shot and killed on Sunday."),
            hart
        );
        assert_eq!(
            victims("The victim was identified as Owen Harte, 33."),
            hart
        );
        // Unnamed, by age, when the toll counts the person.
        assert_eq!(
            victims("A 17-year-old boy was shot in the leg."),
            [age("17")]
        );
        // A suspect or a witness is no victim.
        assert!(
            victims("Jo Ames, 19, was charged with murder in the killing on Sunday.").is_empty()
        );
        assert!(victims("Neighbour Rosa Lund, 61, said she heard shots.").is_empty());
        assert!(victims("A 35-year-old Dover man stabbed his mother to death.").is_empty());
        // A lone first name may be no surname, and the toll does not
        // count the age: nothing (the safe side: nothing kept apart).
        assert!(victims("His mother, Katherine, 61, was killed.").is_empty());
    }

    #[test]
    fn a_person_named_by_age_is_no_place() {
        let c = Config::builtin();
        let a = article(
            "p1",
            "2026-04-12",
            "Mother and child found dead",
            "A woman and her 6-year-old son were found dead at their home on Friday, police said. \
             The woman was identified as Ana Pell, 31.",
        );
        assert_eq!(fp(&a, &c).place, None);
    }

    #[test]
    fn a_hospital_is_the_place_only_where_no_other_is_named() {
        let c = Config::builtin();
        // The hurt told one sentence each, in their condition at a
        // hospital, name it more often than the street where they were shot.
        let a = article(
            "h1",
            "2026-04-12",
            "Three hurt in shooting",
            "Three men were shot on Alder Street late Saturday, police said. \
             One man was in critical condition Sunday at Harlow General Hospital. \
             A second man, 31, was in stable condition at Harlow General Hospital. \
             A third man was in fair condition at Harlow General Hospital.",
        );
        let place = fp(&a, &c).place.unwrap_or_default();
        assert!(!place.contains("Hospital"), "{place}");
        // Without the words of care places, the hospital named most wins.
        let mut off = c.clone();
        off.raw.stories.care_places.clear();
        let place = fp(&a, &off).place.unwrap_or_default();
        assert!(place.contains("Hospital"), "{place}");
        // A report naming only the hospital keeps it.
        let b = article(
            "h2",
            "2026-04-12",
            "Man hurt",
            "A man was in critical condition Sunday at Harlow General Hospital.",
        );
        let place = fp(&b, &c).place.unwrap_or_default();
        assert!(place.contains("Hospital"), "{place}");
    }

    #[test]
    fn a_day_told_with_a_recalled_toll_is_not_the_reports_day() {
        let c = Config::builtin();
        // Monday's shooting, told beside Saturday's killing a few blocks
        // away: the blocks are no toll, and their day is Saturday's.
        let a = article(
            "r1",
            "2026-05-12",
            "Man wounded at gas station",
            "A man was critically wounded when he was shot at a gas station on Elm Avenue \
             on Monday evening, police said. He was taken to a hospital in critical condition. \
             The gas station is about four blocks from the house where a 17-year-old was \
             killed and two other people were wounded early Saturday.",
        );
        let f = fp(&a, &c);
        assert_eq!(f.stated, NaiveDate::from_ymd_opt(2026, 5, 11));
    }

    #[test]
    fn the_day_of_another_incident_a_report_tells_of() {
        let c = Config::builtin();
        let day = |d| NaiveDate::from_ymd_opt(2026, 5, d).expect("a date");
        // A release that ranks its killing after one "since" a day.
        let a = article(
            "r1",
            "2026-05-13",
            "Homicide Investigation: 4100 block of Alder Court",
            "Officers responded to a shooting on Tuesday evening in the 4100 block of Alder \
             Court. One man was pronounced deceased on the scene. This is the second homicide \
             at this location since Saturday.",
        );
        assert_eq!(fp(&a, &c).recalled_days, vec![day(9)]);
        // Its own count, then a span of days before another's count.
        let b = article(
            "r2",
            "2026-05-13",
            "Two shot at Alder Court",
            "Two men were shot, one fatally, on Tuesday night at the Alder Court complex, \
             three days after another man was shot and killed there.",
        );
        assert_eq!(fp(&b, &c).recalled_days, vec![day(9)]);
        // A follow-up telling its own shooting so recalls no other day.
        let d = article(
            "r3",
            "2026-05-16",
            "Man shot at Alder Court dies",
            "A man shot at the Alder Court complex on Tuesday died on Friday, \
             three days after he was shot, police said.",
        );
        assert!(fp(&d, &c).recalled_days.is_empty());
    }

    #[test]
    fn a_sentence_telling_of_another_incident_does_not_date_the_report() {
        let c = Config::builtin();
        // Tuesday's killing at a complex; the sentence of the shooting
        // there three days before dates that incident, not this one.
        let a = article(
            "r1",
            "2026-05-13",
            "Man killed at Alder Court",
            "A man was shot and killed on Tuesday evening at the Alder Court complex. \
             It was the second shooting at the complex in a week: officers were called \
             to its gate on May 9.",
        );
        assert_eq!(fp(&a, &c).stated, NaiveDate::from_ymd_opt(2026, 5, 12));
        // Off, the earliest date is the report's.
        let mut off = c.clone();
        off.recall_cues = None;
        assert_eq!(fp(&a, &off).stated, NaiveDate::from_ymd_opt(2026, 5, 9));
    }

    #[test]
    fn the_sentence_after_a_recall_cue_is_the_other_incidents() {
        let c = Config::builtin();
        let a = article(
            "r1",
            "2026-05-16",
            "Man shot at Alder Street gas station",
            "A man was shot in the leg at a gas station on Alder Street on Saturday afternoon. \
             It was the second shooting on Alder Street in less than a day. \
             Early Saturday, four people were shot at a backyard party.",
        );
        let (claims, _) = crate::extract::extract_body(&a, &c);
        let third = a.text.find("Early Saturday").unwrap();
        let spans = linked_incident(&a.text, &claims, &c);
        assert!(
            spans.iter().any(|&(s, e)| s <= third && third < e),
            "{spans:?}"
        );
        // Without the cues, the sentence is the report's.
        let mut off = c.clone();
        off.recall_cues = None;
        let spans = linked_incident(&a.text, &claims, &off);
        assert!(!spans.iter().any(|&(s, e)| s <= third && third < e));
    }

    #[test]
    fn a_toll_told_after_a_recall_cue_is_the_other_incidents() {
        let c = Config::builtin();
        let carjacking = article(
            "c1",
            "2026-05-16",
            "Man shot during carjacking at Eastgate gas station",
            "A man was shot in the leg during a carjacking at a gas station in Eastgate on Saturday afternoon. \
             It was the second shooting in Eastgate in less than a day. \
             Early Saturday, four people were shot, one fatally, at a backyard party.",
        );
        let party = article(
            "p1",
            "2026-05-16",
            "One dead, three hurt at Eastgate backyard party",
            "Four people were shot, one of them fatally, at a backyard party in Eastgate early Saturday, police said.",
        );
        let (c1, p1) = (fp(&carjacking, &c), fp(&party, &c));
        assert_eq!(c1.recalls.len(), 1, "{c1:?}");
        assert!(
            c1.recalls[0].iter().all(|t| p1.tolls.contains(t)),
            "{c1:?} {p1:?}"
        );
        // Its own toll is no recalled one.
        assert!(c1.recalls[0].iter().all(|t| !c1.tolls.contains(t)));
        // The party's report recalls nothing.
        assert!(p1.recalls.is_empty());
        let mut off = c.clone();
        off.raw.stories.recalled_toll = 0;
        assert!(fp(&carjacking, &off).recalls.is_empty());
    }

    #[test]
    fn a_stretch_since_a_day_does_not_date_the_report() {
        let c = Config::builtin();
        // Tuesday's killing at a complex where another man was killed on
        // Saturday: the stretch starts on Saturday, the event is Tuesday's.
        let a = article(
            "r1",
            "2026-05-13",
            "Homicide at Birchwood Court",
            "Officers responded to a shooting at Birchwood Court on Tuesday night. \
             One man was pronounced dead on the scene. \
             This is the second homicide at this complex since Saturday.",
        );
        let f = fp(&a, &c);
        assert_eq!(f.stated, NaiveDate::from_ymd_opt(2026, 5, 12));
    }

    #[test]
    fn what_a_report_ties_its_incident_to_is_the_other_incidents() {
        let c = Config::builtin();
        // Shots into a home, no one hurt, tied to Saturday's party
        // shooting: the teenager killed, the four wounded, the day and
        // the age are the party's.
        let a = article(
            "r1",
            "2026-05-15",
            "Shots fired into home on Alder Street",
            "No one was hurt when someone fired shots into a home on Alder Street late Thursday. \
             Police would not say whether the shooting is linked to Saturday's party shooting, \
             in which a 17-year-old was killed and four other people were wounded.",
        );
        let f = fp(&a, &c);
        assert_eq!(f.stated, NaiveDate::from_ymd_opt(2026, 5, 14));
        let figure = |x: &str| {
            f.names
                .iter()
                .any(|n| n.0 == terms::term(terms::FIGURE, &format!("people:{x}")))
        };
        assert!(figure("0"), "{:?}", f.names);
        assert!(!figure("1"));
        assert!(!figure("4"));
        assert!(!f.names.iter().any(|n| n.0 == terms::term(terms::AGE, "17")));
        // An arrest that counts nothing before the phrase keeps what follows.
        let b = article(
            "r2",
            "2026-05-15",
            "Man arrested",
            "Police arrested a man on Thursday in a case linked to Saturday's party shooting, \
             in which a 17-year-old was killed and four other people were wounded.",
        );
        let g = fp(&b, &c);
        assert!(g
            .names
            .iter()
            .any(|n| n.0 == terms::term(terms::FIGURE, "people:4")));
    }

    #[test]
    fn an_empty_batch_has_no_stories() {
        let c = Config::builtin();
        assert!(build(&[], &c.raw.stories).is_empty());
    }
}
