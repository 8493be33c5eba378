//! Claims from articles: numbers and dates found, classified into kinds,
//! and given subjects and attributions.
//!
//! The recognisers ([`numbers`], [`dates`]) know nothing of kinds; this module
//! joins them sentence by sentence with the rules of `claims.yaml`.

pub(crate) mod background;
mod change;
pub mod classify;
pub mod context;
pub mod dates;
pub mod headline;
pub mod not_toll;
pub mod numbers;
pub mod people;
pub mod text;
pub mod tokens;
pub mod victims;
mod words;

use crate::config::{Behaviour, Config};
use crate::model::{Article, Claim, DateRole, DateSpan, Role, Value};
use dates::DateMatch;
use numbers::{NumberForm, NumberMatch};
use std::cell::{Cell, OnceCell};
use std::sync::Arc;

/// Extracts every claim of one article, in text order.
pub fn extract(article: &Article, config: &Config) -> Vec<Claim> {
    extract_body(article, config).0
}

/// [`extract`], also handing back the article's body paragraphs (byte
/// ranges of its text, boilerplate left out), which story building reads
/// without finding them a second time.
pub fn extract_body(article: &Article, config: &Config) -> (Vec<Claim>, Vec<(usize, usize)>) {
    let text = article.text.as_str();
    let index = text::LineIndex::new(text);
    let lines = text::paragraphs(
        text,
        &text::body_lines_indexed(&index, article.body_start, config),
        config,
    );
    if lines.is_empty() {
        return (Vec::new(), lines);
    }
    // An undated article that joined a story is read as of the end of the
    // story's window: "on Thursday" is the Thursday before it.
    let reference = article
        .published
        .or(article.dateline_date)
        .or(article.published_estimate.map(|s| s.end));
    // News runs about a claim to 180 bytes (ECB+): room for them up front.
    // A claim is a large value, and each regrowth of the vector (a realloc
    // that seldom grows in place) copied all of them; in a perf profile the
    // regrowths took about 3% of extraction time.
    let mut claims = Vec::with_capacity(text.len() / 128 + 4);
    // The place the article is about: its dateline, else the first subject
    // it names; a figure whose sentence names no place is about it.
    let mut lead = article
        .dateline_place
        .as_deref()
        .map(|p| config.canonical_name(p));
    // Kept per thread from one article to the next, as within one.
    let mut scratch = SCRATCH.take();
    // The memory of the names of the last sentence that read them.
    let mut spare_names: Vec<context::Name> = Vec::new();
    // Shared by every claim of the article rather than copied into each.
    let shared = Shared {
        id: article.id.as_str().into(),
        source: article.source.as_deref().map(Arc::from),
    };

    // The recognisers run once per paragraph rather than once per sentence:
    // fewer calls, and a paragraph is the widest span a figure can cross.
    for &(ls, le) in &lines {
        let line = &text[ls..le];
        // Shifted to article offsets in place: the matches are large, and
        // a collect through `into_iter` would move each one.
        let mut nums: Vec<NumberMatch> = numbers::find_numbers(line);
        nums.retain(|n| sane(line, n));
        for n in &mut nums {
            n.start += ls;
            n.end += ls;
            n.noun = n.noun.map(|(a, b)| (a + ls, b + ls));
            n.number = (n.number.0 + ls, n.number.1 + ls);
            n.quantity = (n.quantity.0 + ls, n.quantity.1 + ls);
        }
        let mut dts: Vec<DateMatch> = dates::find_dates(line, reference);
        for d in &mut dts {
            d.start += ls;
            d.end += ls;
        }
        // Lower-cased once for the victims phrases and the trigger words.
        crate::config::lower_into(line, &mut scratch.low);
        victims::hits_into_lowered(
            text,
            ls,
            le,
            Some(&scratch.low),
            config,
            &mut scratch.victims,
        );
        if nums.is_empty() && dts.is_empty() && scratch.victims.is_empty() {
            continue;
        }
        let first = claims.len();
        // One pair of buffers per paragraph, refilled sentence by sentence:
        // most sentences hold a figure or a date, and each collect would
        // otherwise allocate anew.
        let mut sn: Vec<&NumberMatch> = Vec::with_capacity(nums.len());
        let mut sd: Vec<&DateMatch> = Vec::with_capacity(dts.len());
        let mut figs: Vec<classify::Figure> = Vec::with_capacity(nums.len());
        // The recogniser gives its matches in text order: a sentence's are
        // then a run found by halving, and the three readings below go
        // over that run instead of every figure of the paragraph.
        let ordered = nums.is_sorted_by_key(|n| n.start);
        for (ss, se) in text::sentences(text, ls, le) {
            let own = if ordered {
                let a = nums.partition_point(|n| n.start < ss);
                &nums[a..a + nums[a..].partition_point(|n| n.start < se)]
            } else {
                &nums[..]
            };
            sn.clear();
            sn.extend(
                own.iter()
                    .filter(|n| n.start >= ss && n.start < se)
                    // An ordinal counts only in a series (`a third round`),
                    // where the recogniser gives it a unit; a rank or an order
                    // (`117th Street`, `the fifth player`) is no figure, and
                    // would otherwise take a trigger nearby.
                    .filter(|n| match n.form {
                        NumberForm::Ordinal => n.unit.is_some(),
                        f => f.is_amount(),
                    })
                    .filter(|n| !dts.iter().any(|d| date_holds_no_figure(d, n))),
            );
            sd.clear();
            sd.extend(dts.iter().filter(|d| d.start >= ss && d.start < se));
            // People: victims phrases and ages (see `victims`, `people`).
            let in_sentence = |a: usize| a >= ss && a < se;
            // Collected once: they decide whether to read people at all,
            // and the reading takes them (an empty list allocates nothing).
            let ages: Vec<&NumberMatch> = own
                .iter()
                .filter(|n| in_sentence(n.start) && people::may_be_age(text, n))
                .collect();
            let people = !ages.is_empty() || scratch.victims.iter().any(|h| in_sentence(h.start));
            // "one of the best ...": a count of one, as CQE counts it,
            // though the recogniser reads the membership as no amount. It
            // takes no trigger: "one of the deadliest attacks" is no toll.
            let ones: Vec<&NumberMatch> = own
                .iter()
                .filter(|n| {
                    n.form == NumberForm::Other
                        && in_sentence(n.start)
                        && classify::one_of_the_most(text, n.start, n.end)
                })
                .collect();
            if sn.is_empty() && sd.is_empty() && !people && ones.is_empty() {
                continue;
            }
            let s = Sentence {
                text,
                span: (ss, se),
                paragraph: ls,
                article,
                shared: &shared,
                config,
                index: &index,
                reference,
                shown: OnceCell::new(),
                names: OnceCell::new(),
                spare_names: Cell::new(std::mem::take(&mut spare_names)),
                attribution: OnceCell::new(),
            };
            let before = claims.len();
            s.claims(&sn, &sd, &mut claims, &mut scratch, &mut figs);
            level_takes_kind(&mut claims[before..]);
            if people {
                s.people(own, &ages, &sd, &scratch.victims, &mut claims, before);
            }
            for n in ones {
                // "one of the five people shot has died": the casualty
                // reading has the figure already.
                if claims[before..]
                    .iter()
                    .any(|c| c.start < n.end && n.start < c.end)
                {
                    continue;
                }
                let mut c = s.claim("quantity".into(), None, n.start, n.end);
                c.value = Some(Value {
                    low: Some(1.0),
                    high: Some(1.0),
                    unit: String::new(),
                });
                claims.push(c);
            }
            s.scope(&mut claims[before..], &scratch.low);
            spare_names = s.names.into_inner().unwrap_or_else(|| s.spare_names.take());
        }
        inherit_subjects(&mut claims[first..], &mut lead, config);
    }
    background::recalled_days(text, &mut claims, config);
    victims::account(text, &mut claims, config);
    // Claims are large: a sort moves every one of them (and takes a
    // buffer of half as many), so none is made when they are in order.
    if !claims.is_sorted_by_key(|c| (c.start, c.end)) {
        claims.sort_by_key(|c| (c.start, c.end));
    }
    victims::drop_repeats(text, &mut claims, config);
    // (Unless an outsized paragraph grew its copy.)
    if scratch.low.capacity() <= 1 << 20 {
        SCRATCH.set(scratch);
    }
    (claims, lines)
}

thread_local! {
    /// [`extract_body`]'s working memory: each article allocated its
    /// vectors anew and grew them over its first paragraphs.
    static SCRATCH: Cell<Scratch> = Cell::new(Scratch::default());
}

/// What every claim of an article carries, made once.
struct Shared {
    id: Arc<str>,
    source: Option<Arc<str>>,
}

/// Working memory of [`Sentence::claims`], kept from one sentence to the
/// next: most sentences of a paragraph hold a figure or a date, and each
/// would otherwise allocate these anew.
#[derive(Default)]
struct Scratch {
    hits: Vec<classify::TriggerHit>,
    chosen: Vec<Option<classify::TriggerHit>>,
    assign: classify::AssignBuffers,
    used_dates: Vec<bool>,
    /// What each figure takes from its neighbours (see [`change`]).
    readings: Vec<change::Reading>,
    /// Victims phrases of the paragraph.
    victims: Vec<victims::Hit>,
    /// The paragraph with its ASCII letters lower-cased.
    low: Vec<u8>,
}

/// A sentence with figures or dates. What its claims share (the shown
/// text, the names, the attribution) is worked out on the first claim that
/// needs it, once: many such sentences yield no claim at all.
struct Sentence<'a> {
    text: &'a str,
    span: (usize, usize),
    /// Where the paragraph starts (of which `Scratch::low` is a copy).
    paragraph: usize,
    article: &'a Article,
    shared: &'a Shared,
    config: &'a Config,
    index: &'a text::LineIndex<'a>,
    reference: Option<chrono::NaiveDate>,
    /// The sentence as claims show it, and the bytes of leading white space
    /// it leaves out.
    shown: OnceCell<(Arc<str>, usize)>,
    names: OnceCell<Vec<context::Name<'a>>>,
    /// Memory for `names`, from an earlier sentence.
    spare_names: Cell<Vec<context::Name<'a>>>,
    attribution: OnceCell<Option<(String, (usize, usize))>>,
}

impl<'a> Sentence<'a> {
    fn shown(&self) -> &(Arc<str>, usize) {
        self.shown.get_or_init(|| {
            let sentence = &self.text[self.span.0..self.span.1];
            let trimmed = sentence.trim();
            // Line breaks of wrapped text become spaces; byte offsets into
            // the sentence stay valid because each is one byte for one byte.
            // Bytes, not chars: both are ASCII, and one vectorised search
            // for either runs over every sentence with a claim (two
            // `contains` calls went over it twice, a word at a time).
            // (`str::replace` with a pattern of two chars went char by
            // char through a searcher: about 40 instructions a byte.)
            let bytes = trimmed.as_bytes();
            let shown: Arc<str> = if memchr::memchr2(b'\n', b'\r', bytes).is_some() {
                let mut s = String::with_capacity(trimmed.len());
                let mut from = 0;
                for (i, &c) in bytes.iter().enumerate() {
                    if c == b'\n' || c == b'\r' {
                        s.push_str(&trimmed[from..i]);
                        s.push(' ');
                        from = i + 1;
                    }
                }
                s.push_str(&trimmed[from..]);
                s.into()
            } else {
                trimmed.into()
            };
            (shown, sentence.len() - sentence.trim_start().len())
        })
    }

    fn names(&self) -> &[context::Name<'a>] {
        self.names.get_or_init(|| {
            let mut names = self.spare_names.take();
            context::names_into(self.text, self.span.0, self.span.1, &mut names);
            names
        })
    }

    fn attribution(&self) -> Option<&(String, (usize, usize))> {
        self.attribution
            .get_or_init(|| context::attribution(self.text, self.span, self.config))
            .as_ref()
    }

    fn claims<'n>(
        &self,
        nums: &[&'n NumberMatch],
        dts: &[&DateMatch],
        out: &mut Vec<Claim>,
        scratch: &mut Scratch,
        figs: &mut Vec<classify::Figure<'n>>,
    ) {
        let config = self.config;
        // Trigger words only serve to classify figures: a sentence with
        // dates alone needs none.
        let hits = &mut scratch.hits;
        hits.clear();
        if !nums.is_empty() {
            let (a, b) = (self.span.0 - self.paragraph, self.span.1 - self.paragraph);
            let low = &scratch.low[a..b];
            classify::triggers_into_lowered(self.text, self.span.0, self.span.1, low, config, hits);
        }
        let used_dates = &mut scratch.used_dates;
        used_dates.clear();
        used_dates.resize(dts.len(), false);

        figs.clear();
        figs.extend(nums.iter().map(|n| classify::Figure {
            start: n.start,
            end: n.end,
            unit: n.unit.as_deref(),
        }));
        let chosen = &mut scratch.chosen;
        classify::assign_into(self.text, figs, hits, config, &mut scratch.assign, chosen);
        let readings = &mut scratch.readings;
        change::read(self.text, self.span.0, nums, readings);
        for ((n, &hit), reading) in nums.iter().zip(chosen.iter()).zip(readings.iter()) {
            // A unit the figure borrows: the other end of "from A to B",
            // the neighbour that wrote it once, an index's points.
            let borrowed = reading.unit.as_deref();
            // "a quarter of those surveyed", "about half said no", "half
            // its value": a share, in per cent. A fraction word is one
            // before "of", a determiner, or under a hedge.
            let share = n.form == NumberForm::Fraction
                && n.unit.is_none()
                && hit.is_none()
                && (n.approx || share_follows(&self.text[n.end..]));
            let (mut kind, mut measure, mut behaviour) = match hit {
                Some(h) => {
                    let t = &config.triggers[h.trigger];
                    let k = &config.kinds[t.kind];
                    (k.name.clone(), Some(t.measure.clone()), Some(k.def.extends))
                }
                // A vague amount ("thousands of photos", "dozens of
                // counts") writes no figure: a claim only where a kind
                // claims it (a toll of "hundreds"), never a quantity.
                None if n.form == NumberForm::Vague => continue,
                // Every other figure a newsroom would count: with a unit
                // or a counted noun, a share, or a bare count that is no
                // label ("nine in favor", "had 14").
                None if n.unit.is_some() || share => ("quantity".to_string(), None, None),
                // A bare zero is a counter ("Share 0"), not a count: news
                // writes "no one", "none".
                None if n.form == NumberForm::Cardinal
                    && n.low.or(n.high) != Some(0.0)
                    && (borrowed.is_some()
                        || !(classify::label_or_age(self.text, self.span.0, n.start, n.end)
                            || classify::bare_label(self.text, self.span, n.start, n.end))) =>
                {
                    ("quantity".to_string(), None, None)
                }
                None => continue,
            };
            // "a mother of two": the figure counts her children.
            let family = n.unit.is_none()
                && n.form == NumberForm::Cardinal
                && not_toll::family(self.text, self.span.0, n.start, config);
            // Nobody counts 6.1 people: a fraction is a magnitude or a rate.
            if behaviour == Some(Behaviour::Count)
                && ([n.low, n.high].iter().flatten().any(|v| v.fract() != 0.0)
                    || (n.unit.is_none()
                        && classify::label_or_age(self.text, self.span.0, n.start, n.end))
                    || not_toll::not_toll(self.text, self.span.0, n.start, n.end, config))
            {
                // No toll, but still a figure with its noun: "the two men
                // accused of killing her" are two men.
                if (n.unit.is_none() && !family) || n.form == NumberForm::Vague {
                    continue;
                }
                (kind, measure, behaviour) = ("quantity".to_string(), None, None);
            }
            let unit = match (behaviour, n.unit.as_deref()) {
                (Some(Behaviour::Count), None) => "people".to_string(),
                // A count of officers or children is a count of people.
                (Some(Behaviour::Count), Some(u)) if numbers::counts_persons(u) => {
                    "people".to_string()
                }
                (Some(Behaviour::Count), Some(u))
                    if hit.is_some_and(|h| h.start >= n.start && h.end <= n.end) =>
                {
                    // The counted noun is the trigger ("32 fatalities"): people.
                    if classify::is_money(u) {
                        u.to_string()
                    } else {
                        "people".to_string()
                    }
                }
                // "to $17.99 a month from $15.49": the old price is a rate
                // too, in the currency it writes.
                (_, Some(u)) => match borrowed {
                    Some(b) if b.strip_prefix(u).is_some_and(|r| r.starts_with('/')) => b,
                    _ => u,
                }
                .to_string(),
                _ if share => "%".to_string(),
                _ if family => "child".to_string(),
                (_, None) => borrowed.unwrap_or_default().to_string(),
            };
            let scale = if share { 100.0 } else { 1.0 };
            // A duration that sets a deadline carries its own date: the
            // reference date plus the duration.
            let trigger_end = hit.map_or(n.end, |h| h.end.max(n.end));
            let mut c = self.claim(kind, measure, n.start, n.end);
            c.value = Some(Value {
                low: n.low.map(|v| v * scale),
                high: n.high.map(|v| v * scale),
                unit,
            });
            c.approx = n.approx;
            // "hundreds of officers": a vague amount writes no figure.
            c.inferred = n.form == NumberForm::Vague;
            c.role = reading.role;
            if behaviour == Some(Behaviour::Deadline) {
                c.date_role = Some(if c.measure.as_deref() == Some("effective") {
                    DateRole::Effective
                } else {
                    DateRole::Deadline
                });
                c.date_text = Some(c.text.clone());
                c.date = self
                    .reference
                    .zip(n.low.or(n.high))
                    .and_then(|(r, amount)| {
                        dates::add_duration(r, amount, c.value.as_ref()?.unit.as_str())
                            .map(DateSpan::day)
                    });
                out.push(c);
                continue;
            }
            // The date of a figure is the nearest date of its sentence.
            // A length of time inside a date ("four years ago") is part of
            // it, not dated by it nor by another.
            let inside = dts.iter().any(|d| d.start <= n.start && n.start < d.end);
            let date = if inside { None } else { nearest(dts, n.start) };
            if let Some(i) = date {
                used_dates[i] = true;
            }
            let d = date.map(|i| dts[i]);
            // "6.4 million Ukrainians": the counted people name the subject.
            if let Some((a, b)) = n.noun {
                let noun = &self.text[a..b];
                if noun.starts_with(char::is_uppercase) {
                    let canonical = config.alias(noun);
                    if canonical != noun {
                        c.subject = Some(canonical);
                    }
                }
            }
            c.qualifier = classify::around(self.text, self.span.0, n.number.0, n.number.1)
                .or_else(|| classify::qualifier(self.text, self.span.0, n.start, trigger_end));
            if let Some(d) = d {
                self.set_date(&mut c, d);
            }
            out.push(c);
        }

        for (i, d) in dts.iter().enumerate() {
            // Deadlines and effective dates always stand as claims of their
            // own (they are judged on their own); other dates only when no
            // figure took them.
            let role_claim = matches!(d.role, DateRole::Deadline | DateRole::Effective);
            if used_dates[i] && !role_claim {
                continue;
            }
            let (kind, measure) = match d.role {
                DateRole::Deadline => ("deadline", Some("deadline")),
                DateRole::Effective => ("deadline", Some("effective")),
                _ => ("date", None),
            };
            let kind = if config.kind(kind).is_some() || kind == "date" {
                kind
            } else {
                "date"
            };
            let mut c = self.claim(
                kind.to_string(),
                measure.map(str::to_string),
                d.start,
                d.end,
            );
            // "within 60 days" bounds the time, as it bounds a figure.
            let within = self.text.as_bytes()[d.start..]
                .get(..7)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"within "));
            c.value = d.duration.as_ref().map(|(n, u)| Value {
                low: (!within).then_some(*n),
                high: Some(*n),
                unit: u.clone(),
            });
            c.approx = d.approx;
            self.set_date(&mut c, d);
            out.push(c);
        }
    }

    /// Claims of people: counts read without numerals (which replace the
    /// numeric casualties claims of `out[first..]` they overlap: "two men
    /// and a woman" is 3, not 2) and ages.
    fn people(
        &self,
        nums: &[NumberMatch],
        ages: &[&NumberMatch],
        dts: &[&DateMatch],
        hits: &[victims::Hit],
        out: &mut Vec<Claim>,
        first: usize,
    ) {
        let config = self.config;
        let (ss, se) = self.span;
        let toks = tokens::tokens(self.text, ss, se);
        // The paragraph's hits are in text order: the sentence's are a run.
        let hits = &hits[hits.partition_point(|h| h.start < ss)..];
        let hits = &hits[..hits.partition_point(|h| h.start < se)];
        let counts = if hits.is_empty() {
            Vec::new()
        } else {
            victims::counts(&toks, hits, config)
        };
        // Where the claims read here begin: only those before are replaced.
        let mut own = out.len();
        let measures: Vec<&str> = counts.iter().map(|c| c.measure).collect();
        let contrast = |m: &str| measures.iter().any(|x| *x != m);
        let mut counts = counts;
        let mut next = 0;
        // The index of a count worked out from two others, which takes no
        // figure's place.
        let mut derived = usize::MAX;
        // Whether the sentence is about a player hurt in sport: read once,
        // at its first `injured` count no figure writes ("Jones was
        // injured in the first quarter"; "two men were injured" is a
        // figure the text writes, and stays).
        let mut sport: Option<bool> = None;
        while next < counts.len() {
            let mut c = counts[next];
            let own_count = next != derived;
            next += 1;
            if not_toll::hypothetical(self.text, ss, c.start, config)
                || c.measure == "injured"
                    && !written(nums, c.start, c.end, c.value)
                    && *sport
                        .get_or_insert_with(|| not_toll::sport_injury(self.text, ss, se, config))
            {
                continue;
            }
            // "Four people were shot. One of them died": the one killed,
            // the others hit and alive.
            if c.earlier {
                if let Some(split) = victims::split_earlier(&mut c, out) {
                    counts.insert(next, split);
                    derived = next;
                }
            }
            let Some(kind) = config.kinds.iter().find(|k| {
                k.def.extends == Behaviour::Count && k.def.measures.contains_key(c.measure)
            }) else {
                continue;
            };
            // A numeric claim that already says this ("at least 12 people
            // were killed") stands: it knows its bounds and hedges.
            let overlaps = |o: &Claim| o.start < c.end && c.start < o.end;
            let said = out[first..own].iter().position(|o| {
                overlaps(o)
                    && o.measure.as_deref() == Some(c.measure)
                    && o.value.as_ref().and_then(|v| v.low) == Some(c.value)
            });
            // "A man was killed and three others were wounded", "Darius
            // King was killed. Three other people were wounded": the others
            // are other than the dead, not more of the wounded.
            let others_are_all = |out: &[Claim]| {
                contrast(c.measure)
                    || !out[..first].iter().any(|e| {
                        e.scope == crate::model::Scope::Story
                            && e.measure.as_deref() == Some(c.measure)
                    })
            };
            if let Some(i) = said {
                if out[first + i].qualifier.as_deref() == Some("additional") && others_are_all(out)
                {
                    out[first + i].qualifier = None;
                }
                continue;
            }
            // "A girl was killed and dozens of others were injured": the
            // figure took the nearer trigger, the grammar says what befell
            // them; the figure keeps its bounds.
            let retag = out[first..own].iter().position(|o| {
                overlaps(o)
                    && o.kind == kind.name
                    && o.measure
                        .as_deref()
                        .is_some_and(crate::config::victims::victim_measure)
                    && o.value.as_ref().and_then(|v| v.low) == Some(c.value)
            });
            if let Some(i) = retag.filter(|_| own_count && !c.part) {
                if out[first + i].qualifier.as_deref() == Some("additional") && others_are_all(out)
                {
                    out[first + i].qualifier = None;
                }
                out[first + i].measure = Some(c.measure.to_string());
                continue;
            }
            // Other numeric claims of the same people, or the bare count of
            // them ("two men" as a quantity), give way: "two men and a
            // woman" is 3.
            let mut i = if own_count { first } else { own };
            while i < own {
                let o = &out[i];
                let same_people = (o.kind == kind.name
                    && o.measure
                        .as_deref()
                        .is_some_and(crate::config::victims::victim_measure))
                    || (o.kind == "quantity"
                        && o.value
                            .as_ref()
                            .is_some_and(|v| numbers::counts_persons(&v.unit)));
                if same_people && overlaps(o) {
                    out.remove(i);
                    own -= 1;
                } else {
                    i += 1;
                }
            }
            let mut claim = self.claim(
                kind.name.clone(),
                Some(c.measure.to_string()),
                c.start,
                c.end,
            );
            claim.value = Some(Value {
                low: Some(c.value),
                high: Some(c.value),
                unit: "people".into(),
            });
            claim.inferred = !own_count || !written(nums, c.start, c.end, c.value);
            // "The driver of the pickup", "all four passengers of the
            // minivan": "of the" after a noun of people (one or several)
            // tells whose or where, no part of a group.
            let of_where = || {
                self.text[c.start..c.end]
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| config.victims.person.has(w) || config.victims.people.has(w))
            };
            claim.qualifier = if c.part {
                Some("part".into())
            } else {
                classify::around(self.text, ss, c.start, c.end)
                    .filter(|q| q == "part" && !of_where())
            };
            if let Some(i) = nearest(dts, c.start) {
                self.set_date(&mut claim, dts[i]);
            }
            out.push(claim);
        }
        let kind = config
            .kinds
            .iter()
            .find(|k| k.def.extends == Behaviour::Age);
        let named = match kind {
            Some(_) => people::ages(self.text, &toks, ages, config),
            None => Vec::new(),
        };
        // An age no person is named for ("died at 75", "the 30-year-old
        // was arrested", "a 30-year-old building") is still a figure: a
        // quantity of years, measure `age`, which lines up with nothing
        // (the `age` kind lines ages up by person).
        for n in ages.iter().filter(|n| n.form == NumberForm::Age) {
            let years = n.low.or(n.high).filter(|y| (0.0..=120.0).contains(y));
            if years.is_none() || named.iter().any(|a| a.start == n.start) {
                continue;
            }
            let mut claim =
                self.claim_about("quantity".into(), Some("age".into()), n.start, n.end, None);
            claim.subject = None;
            // An infant's age keeps its unit (`an 8-month-old son`).
            claim.value = Some(Value {
                low: n.low,
                high: n.high,
                unit: n.unit.clone().unwrap_or_else(|| "year".into()),
            });
            claim.approx = n.approx;
            out.push(claim);
        }
        let Some(kind) = kind else {
            return;
        };
        let measure = kind.def.measures.keys().next().cloned();
        for a in named {
            // "Jones, who was 41, was not hurt", "Andrew Lopez, 20 and Jon
            // Carr, 24, were": the figure is an age, not one any trigger
            // near it takes as a toll (a count holding the age, "a
            // 58-year-old man", stands).
            let mut i = first;
            while i < out.len() {
                let o = &out[i];
                let toll = a.start <= o.start
                    && o.end <= a.end
                    && o.measure
                        .as_deref()
                        .is_some_and(crate::config::victims::victim_measure);
                // Another age of the same span ("Ivo Marsh and Leo Dunn,
                // both 20") stands.
                let age = o.kind == kind.name;
                if (toll || a.bare) && !age && o.start < a.end && a.start < o.end {
                    out.remove(i);
                } else {
                    i += 1;
                }
            }
            let mut claim = self.claim_about(
                kind.name.clone(),
                measure.clone(),
                a.start,
                a.end,
                Some(a.subject),
            );
            claim.value = Some(Value {
                low: Some(a.years),
                high: Some(a.years),
                unit: "year".into(),
            });
            out.push(claim);
        }
    }

    /// Marks the casualty counts among `claims` that recall another event
    /// or give a running total as background.
    /// (`low` is the paragraph's lower-cased copy, `Scratch::low`.)
    fn scope(&self, claims: &mut [Claim], low: &[u8]) {
        // A clause matches only in a sentence that does: one look at the
        // sentence turns most away.
        let mut sentence_matches = None;
        for c in claims.iter_mut() {
            if c.value.is_none()
                || !c
                    .measure
                    .as_deref()
                    .is_some_and(crate::config::victims::victim_measure)
            {
                continue;
            }
            let v = &self.config.victims;
            if !*sentence_matches.get_or_insert_with(|| {
                let (a, b) = (self.span.0 - self.paragraph, self.span.1 - self.paragraph);
                v.is_background_lowered(&self.text[self.span.0..self.span.1], &low[a..b])
            }) {
                return;
            }
            let low = (low, self.paragraph);
            if background::is_background(self.text, self.span, c.start, c.end, low, self.config) {
                c.scope = crate::model::Scope::Background;
            }
        }
        // "killing Zurana Horton, a mother of 12, in 2011 and wounding two
        // others": the others are of the event of a victim counted before
        // them in the sentence.
        let story = |c: &Claim| {
            c.scope == crate::model::Scope::Story
                && c.value.is_some()
                && c.measure
                    .as_deref()
                    .is_some_and(crate::config::victims::victim_measure)
        };
        for i in 0..claims.len() {
            let c = &claims[i];
            if c.scope == crate::model::Scope::Background
                && c.measure
                    .as_deref()
                    .is_some_and(crate::config::victims::victim_measure)
                && (background::of_others(&c.text)
                    || self.text.get(c.end..).is_some_and(|t| {
                        // "wounding three others": a figure whose noun is
                        // the others.
                        let w = t.split_whitespace().next().unwrap_or("");
                        background::of_others(w.trim_end_matches(|x: char| !x.is_alphabetic()))
                    }))
                && claims.iter().any(|o| story(o) && o.end <= c.start)
            {
                claims[i].scope = crate::model::Scope::Story;
            }
        }
    }

    fn claim(&self, kind: String, measure: Option<String>, start: usize, end: usize) -> Claim {
        self.claim_about(kind, measure, start, end, None)
    }

    /// A claim; its subject read from the sentence unless given (an age's
    /// person), when the sentence's names need not be read.
    fn claim_about(
        &self,
        kind: String,
        measure: Option<String>,
        start: usize,
        end: usize,
        subject: Option<String>,
    ) -> Claim {
        let attribution = self.attribution();
        let (shown, lead) = self.shown();
        let (line, column) = self.index.line_col(start);
        let deadline = self
            .config
            .kind(&kind)
            .is_some_and(|k| k.def.extends == Behaviour::Deadline);
        Claim {
            article: self.shared.id.clone(),
            kind,
            measure,
            text: self.text[start..end].to_string(),
            start,
            end,
            line,
            column,
            sentence: shown.clone(),
            sentence_offset: start - self.span.0 - lead,
            value: None,
            approx: false,
            date: None,
            date_role: None,
            date_text: None,
            subject: subject.or_else(|| {
                context::subject(
                    self.text,
                    self.names(),
                    (start, end),
                    attribution.map(|a| a.1),
                    deadline,
                    self.config,
                )
            }),
            attribution: attribution.map(|a| a.0.clone()),
            source: self.shared.source.clone(),
            published: self.article.published,
            scope: crate::model::Scope::Story,
            published_estimate: self.article.published_estimate,
            qualifier: None,
            role: None,
            inferred: false,
        }
    }

    fn set_date(&self, c: &mut Claim, d: &DateMatch) {
        c.date = d.span;
        c.date_role = Some(d.role);
        c.date_text = Some(self.text[d.start..d.end].to_string());
        c.approx |= d.approx && c.value.is_none();
    }
}

/// Whether the count `value` of the people phrase `start..end` is written
/// in it as a number: one figure of the sentence's `nums` lies in the
/// phrase and says it ("one man was killed"). "A man", "no one", a name, or
/// "two men and a woman" (3) write none.
fn written(nums: &[NumberMatch], start: usize, end: usize, value: f64) -> bool {
    let mut inside = nums.iter().filter(|n| n.start >= start && n.end <= end);
    inside
        .next()
        .is_some_and(|n| n.low == Some(value) && n.high == Some(value))
        && inside.next().is_none()
}

/// Whether `s` starts, after spaces, with the ASCII word `w` (any case).
/// Whether a fraction word's share of something follows: "of those
/// surveyed", "its value", "the staff".
fn share_follows(s: &str) -> bool {
    ["of", "the", "its", "their", "his", "her", "our", "all"]
        .iter()
        .any(|w| starts_with_word(s, w))
}

fn starts_with_word(s: &str, w: &str) -> bool {
    let s = s.trim_start().as_bytes();
    s.len() >= w.len()
        && s[..w.len()].eq_ignore_ascii_case(w.as_bytes())
        && s.get(w.len()).is_none_or(|b| !b.is_ascii_alphanumeric())
}

/// Index of the date nearest to byte offset `pos`.
fn nearest(dts: &[&DateMatch], pos: usize) -> Option<usize> {
    dts.iter()
        .enumerate()
        .min_by_key(|(_, d)| {
            if d.end <= pos {
                pos - d.end
            } else {
                d.start.saturating_sub(pos)
            }
        })
        .map(|(i, _)| i)
}

/// Whether the figure `n` overlaps the date `d` and so is part of it (the
/// day of "March 3", the year of "in 2009"), unless it is a length of time
/// the date counts from: "four years ago", "the past three weeks" name a
/// date and a duration, both of which a quantity reader counts, as CQE's
/// and TimeML's guidelines do. A date that already carries its duration as
/// a value (a deadline "within 60 days") keeps it to itself.
fn date_holds_no_figure(d: &DateMatch, n: &NumberMatch) -> bool {
    n.start < d.end
        && d.start < n.end
        && !(d.duration.is_none()
            && n.form == NumberForm::Cardinal
            && n.unit.as_deref().is_some_and(|u| {
                classify::is_duration(u) || matches!(u, "minute" | "second" | "decade")
            }))
}

/// Fills in missing subjects of a paragraph's claims: a figure in a
/// sentence that names no place ("11 of them children") is about the place
/// last named in its paragraph, else the article's lead place.
fn inherit_subjects(claims: &mut [Claim], lead: &mut Option<String>, config: &Config) {
    // The claim that last named a subject, by index: copied only into the
    // claims that inherit it, not on every claim that names one.
    let mut last: Option<usize> = None;
    for i in 0..claims.len() {
        // An age's subject is a person, never a place.
        if config.kind(&claims[i].kind).is_none() || config.is_age(&claims[i].kind) {
            continue;
        }
        match &claims[i].subject {
            Some(s) => {
                last = Some(i);
                lead.get_or_insert_with(|| s.clone());
            }
            None => {
                let inherited = match last {
                    Some(j) => claims[j].subject.clone(),
                    None => lead.clone(),
                };
                claims[i].subject = inherited;
            }
        }
    }
}

/// Whether a recognised number can stand as a figure: finite, with at least
/// one bound, and not the tail of a number too large to represent (the
/// recogniser gives up on `10^400` and may then see `400`).
fn sane(text: &str, n: &NumberMatch) -> bool {
    let finite = [n.low, n.high].iter().flatten().all(|v| v.is_finite());
    let bounded = n.low.is_some() || n.high.is_some();
    let tail_of_overflow = text[..n.start]
        .chars()
        .next_back()
        .is_some_and(|c| c == '^' || c.is_ascii_digit() || c == '.');
    finite && bounded && !tail_of_overflow
}

/// "raised the tariff from 10% to 25%": the trigger takes the first end,
/// but the new level is the same quantity as the old one, so the `to` end
/// takes the kind (and, where it has none, the subject and date) of its
/// `from` end. Without this, a tariff cluster would hold only the rate the
/// sentence says is gone.
fn level_takes_kind(claims: &mut [Claim]) {
    for i in 1..claims.len() {
        let (head, tail) = claims.split_at_mut(i);
        let (from, to) = (&head[i - 1], &mut tail[0]);
        let same_unit = match (&from.value, &to.value) {
            (Some(a), Some(b)) => a.unit == b.unit,
            _ => false,
        };
        if from.role != Some(Role::From)
            || to.role != Some(Role::To)
            || from.kind == "quantity"
            || to.kind != "quantity"
            || !same_unit
        {
            continue;
        }
        to.kind = from.kind.clone();
        to.measure = from.measure.clone();
        if to.subject.is_none() {
            to.subject = from.subject.clone();
        }
        if to.date.is_none() && to.date_text.is_none() {
            to.date = from.date;
            to.date_role = from.date_role;
            to.date_text = from.date_text.clone();
        }
    }
}

/// Every claim of an article of `text` published on `published` (`None`:
/// undated), with the shipped rules: what the extraction tests look at.
#[cfg(test)]
pub(crate) fn claims_of(text: &str, published: Option<chrono::NaiveDate>) -> Vec<Claim> {
    let article = Article {
        id: "t".into(),
        published,
        text: text.into(),
        ..Article::default()
    };
    extract(&article, &Config::builtin())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(text: &str) -> Vec<Claim> {
        claims_of(text, chrono::NaiveDate::from_ymd_opt(2025, 7, 10))
    }

    /// (kind, text, low, unit, role) of a claim with a figure.
    type Fig = (String, String, Option<f64>, String, Option<&'static str>);

    fn figures(text: &str) -> Vec<Fig> {
        claims(text)
            .into_iter()
            .filter_map(|c| {
                let v = c.value?;
                Some((c.kind, c.text, v.low, v.unit, c.role.map(|r| r.as_str())))
            })
            .collect()
    }

    #[test]
    fn a_count_read_from_words_says_so() {
        // (text, value, inferred) of the casualty claims.
        let got = |t: &str| -> Vec<(String, f64, bool)> {
            claims(t)
                .into_iter()
                .filter(|c| c.kind == "casualties")
                .map(|c| (c.text, c.value.and_then(|v| v.low).unwrap(), c.inferred))
                .collect()
        };
        let s = |t: &str, v: f64, i: bool| (t.to_string(), v, i);
        assert_eq!(got("A man was killed."), [s("A man", 1.0, true)]);
        assert_eq!(got("One man was killed."), [s("One man", 1.0, false)]);
        assert_eq!(
            got("Two people were killed."),
            [s("Two people", 2.0, false)]
        );
        assert_eq!(
            got("Two men and a woman were killed."),
            [s("Two men and a woman", 3.0, true)]
        );
        assert_eq!(
            got("The blast injured 12 people, police said."),
            [s("12 people", 12.0, false)]
        );
        // Written in the record only when true.
        let line = |t: &str| serde_json::to_string(&claims(t)[0]).unwrap();
        assert!(line("A man was killed.").contains(r#""inferred":true"#));
        assert!(!line("One man was killed.").contains("inferred"));
    }

    #[test]
    fn a_figure_no_toll_takes_is_still_a_quantity() {
        let f = figures("Two men accused of killing the clerk went on trial.");
        assert_eq!(
            f[0],
            (
                "quantity".into(),
                "Two men".into(),
                Some(2.0),
                "man".into(),
                None
            )
        );
        // An age is written in three digits at most: "peaking at 6.9m" is
        // an audience.
        let f = figures("It was watched by 6.1m people, peaking at 6.9m.");
        assert_eq!(f[1].2, Some(6.9e6));
        assert!(figures("She died at 95.").iter().all(|x| x.3 == "year"));
        // "Hundreds" writes no number: a claim of a kind, read from words.
        let c = claims("Hundreds of police officers were injured.");
        assert!(c[0].inferred && c[0].value.as_ref().unwrap().low == Some(100.0));
    }

    #[test]
    fn every_counted_figure_reaches_the_record() {
        let f = figures("The jury voted nine in favor and three against.");
        let got: Vec<_> = f
            .iter()
            .map(|x| (x.0.as_str(), x.2, x.3.as_str()))
            .collect();
        assert_eq!(
            got,
            [("quantity", Some(9.0), ""), ("quantity", Some(3.0), "")]
        );
        let f = figures("312 flats were sold and 95 at auction.");
        assert_eq!(f[1].2, Some(95.0));
        assert_eq!(f[1].3, "flat");
        let f = figures("A quarter of those surveyed said no.");
        assert_eq!((f[0].2, f[0].3.as_str()), (Some(25.0), "%"));
        // A fraction word under a hedge or before a determiner is a share.
        let f = figures("Roughly half backed the plan; nearly half the seats changed.");
        let got: Vec<_> = f
            .iter()
            .map(|x| (x.1.as_str(), x.2, x.3.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("Roughly half", Some(50.0), "%"),
                ("nearly half", Some(50.0), "%")
            ]
        );
        let f = figures("It is one of the best films ever made.");
        assert_eq!((f[0].1.as_str(), f[0].2), ("one", Some(1.0)));
    }

    #[test]
    fn a_person_told_of_again_is_counted_once() {
        let people = |t: &str| -> Vec<(String, String, f64)> {
            claims(t)
                .into_iter()
                .filter(|c| c.kind == "casualties")
                .map(|c| (c.text, c.measure.unwrap(), c.value.unwrap().low.unwrap()))
                .collect()
        };
        let p = |t: &str, m: &str, v: f64| (t.to_string(), m.to_string(), v);
        // The same surname with the same figure: one record.
        assert_eq!(
            people("Dana Whitfield was killed in the crash. Friends said Whitfield was killed on her way home."),
            [p("Dana Whitfield", "killed", 1.0)]
        );
        // Dead, then said to be hit: nothing new.
        assert_eq!(
            people("Omar Reyes died on Friday. Reyes was shot twice."),
            [p("Omar Reyes", "killed", 1.0)]
        );
        // Hit, then dead: the death is new.
        assert_eq!(
            people("Omar Reyes was shot on Friday. Reyes died later."),
            [
                p("Omar Reyes", "killed_or_injured", 1.0),
                p("Reyes", "killed", 1.0)
            ]
        );
        // "the victim" after a count of one of the same figure.
        assert_eq!(
            people("A cyclist was killed on Route 9. The victim was killed instantly."),
            [p("A cyclist", "killed", 1.0)]
        );
        // Two people told apart by surname stay two, and the dead named
        // one by one add up (an inferred total on the last of them).
        assert_eq!(
            people("Lena Ortiz was killed. Mark Hale was killed."),
            [
                p("Lena Ortiz", "killed", 1.0),
                p("Mark Hale", "killed", 1.0),
                p("Mark Hale", "killed", 2.0)
            ]
        );
    }

    #[test]
    fn labels_years_and_ids_stay_out() {
        let f = figures(
            "The S&P 500 gained as COVID-19 eased; the Model Y and 5G phones sold. \
             Internet Explorer 8 and 9 were patched in 2013. Share 0 \
             The defense forced a three-and-out.",
        );
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn an_age_with_no_person_is_a_quantity_of_years() {
        let c = claims("He died at 75. The 30-year-old was arrested.");
        let ages: Vec<_> = c
            .iter()
            .map(|c| {
                (
                    c.kind.as_str(),
                    c.measure.as_deref(),
                    c.value.as_ref().unwrap().low,
                )
            })
            .collect();
        assert_eq!(
            ages,
            [
                ("quantity", Some("age"), Some(75.0)),
                ("quantity", Some("age"), Some(30.0))
            ]
        );
        assert!(c.iter().all(|c| c.subject.is_none()));
    }

    #[test]
    fn a_change_gives_two_figures_with_roles() {
        let f = figures("The FTSE 100 rose 1.2 per cent to 7,412.");
        assert_eq!(
            f,
            [
                (
                    "quantity".into(),
                    "1.2 per cent".into(),
                    Some(1.2),
                    "%".into(),
                    Some("change")
                ),
                (
                    "quantity".into(),
                    "7,412".into(),
                    Some(7412.0),
                    // A change in per cent: the level writes no unit.
                    "".into(),
                    Some("to")
                ),
            ]
        );
        let f = figures("Unemployment rose from 5 to 7 per cent.");
        let got: Vec<_> = f.iter().map(|x| (x.2, x.3.as_str(), x.4)).collect();
        assert_eq!(
            got,
            [(Some(5.0), "%", Some("from")), (Some(7.0), "%", Some("to"))]
        );
        // The role is written to the record only when there is one.
        let c = claims("Prices rose by 4% in May.");
        let json = serde_json::to_string(&c[0]).unwrap();
        assert!(json.ends_with(r#""role":"change"}"#), "{json}");
        let c = claims("Officials counted 4,000 homes.");
        assert!(!serde_json::to_string(&c[0])
            .unwrap()
            .contains(r#","role":"#));
    }

    #[test]
    fn the_new_level_is_the_same_kind_as_the_old() {
        let f = figures("Norland raised the tariff from 10% to 25% on Monday.");
        let got: Vec<_> = f
            .iter()
            .map(|x| (x.0.as_str(), x.2, x.3.as_str(), x.4))
            .collect();
        assert_eq!(
            got,
            [
                ("tariff", Some(10.0), "%", Some("from")),
                ("tariff", Some(25.0), "%", Some("to"))
            ]
        );
    }

    #[test]
    fn a_duration_a_date_counts_from_is_a_figure_too() {
        let c = claims("The plant opened four years ago and closed for the past three weeks.");
        let f: Vec<_> = c
            .iter()
            .filter_map(|c| Some((c.text.as_str(), c.value.as_ref()?.low, c.date.is_some())))
            .collect();
        // Neither length of time is dated by the date it lies in.
        assert_eq!(
            f,
            [
                ("four years", Some(4.0), false),
                ("three weeks", Some(3.0), false)
            ]
        );
        // The dates stand as claims of their own.
        let dates = c.iter().filter(|c| c.kind == "date").count();
        assert_eq!(dates, 2, "{c:?}");
        // A day of the month is no figure; a deadline's duration is its
        // value, given once.
        let c = claims("Talks resume on March 3 and must end within 60 days.");
        let v: Vec<_> = c.iter().filter(|c| c.value.is_some()).collect();
        assert_eq!(v.len(), 1, "{c:?}");
        assert_eq!(v[0].kind, "deadline");
        // "within" makes the duration an upper bound.
        let x = v[0].value.as_ref().unwrap();
        assert_eq!((x.low, x.high), (None, Some(60.0)));
    }

    #[test]
    fn a_line_about_cookies_is_news_but_a_cookie_notice_is_not() {
        let f = figures("About 100 people work at the plant, which makes cookies.");
        assert_eq!(f.len(), 1, "{f:?}");
        let f = figures("We and our 143 partners use cookies to personalise ads.");
        assert!(f.is_empty(), "{f:?}");
        let f = figures("Cookie information is stored for 30 days in your browser.");
        assert!(f.is_empty(), "{f:?}");
    }

    #[test]
    fn a_vague_amount_is_a_claim_only_when_a_kind_claims_it() {
        let f = figures("Hundreds of stores sold thousands of photos to millions of readers.");
        assert!(f.is_empty(), "{f:?}");
        let f = figures("Dozens of people were killed in the blast.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].0.as_str(), f[0].2), ("casualties", Some(12.0)));
    }

    #[test]
    fn a_rank_is_no_figure_but_a_series_is() {
        // `fled` is a displacement trigger: the street number must not take it.
        let c = claims("The driver hit a cyclist on 45th Street and then fled the scene.");
        assert!(c.iter().all(|c| c.value.is_none()), "{c:?}");
        let c = claims("Shelling hit the port for a third consecutive day.");
        let v: Vec<_> = c.iter().filter_map(|c| c.value.as_ref()).collect();
        assert_eq!(v.len(), 1, "{c:?}");
        assert_eq!((v[0].low, v[0].unit.as_str()), (Some(3.0), "day"));
    }
}
