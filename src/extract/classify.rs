//! Which kind and measure a figure belongs to, from the trigger words of
//! `claims.yaml` around it.

use crate::config::{Behaviour, Config};

/// A trigger word found in a sentence.
#[derive(Debug, Clone, Copy)]
pub struct TriggerHit {
    /// Byte span in the article text.
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// Index into [`Config::triggers`].
    pub trigger: usize,
}

/// All trigger words in `text[from..to]` that stand as whole words.
pub fn triggers_in(text: &str, from: usize, to: usize, config: &Config) -> Vec<TriggerHit> {
    let mut out = Vec::new();
    triggers_into(text, from, to, config, &mut out);
    out
}

/// [`triggers_in`] into `out` (cleared first), whose memory is reused from
/// one sentence to the next.
pub fn triggers_into(
    text: &str,
    from: usize,
    to: usize,
    config: &Config,
    out: &mut Vec<TriggerHit>,
) {
    let hay = &text[from..to];
    out.clear();
    let Some(_) = &config.trigger_scan else {
        return triggers_by_automaton(hay, from, config, out);
    };
    let mut low = LOWER.take();
    crate::config::lower_into(hay, &mut low);
    triggers_into_lowered(text, from, to, &low, config, out);
    // Kept unless an outsized sentence grew it.
    if low.capacity() <= 1 << 16 {
        LOWER.set(low);
    }
}

/// [`triggers_into`] given `low`, `text[from..to]` with its ASCII letters
/// lower-cased (the paragraph's copy the victims phrases are read on).
pub fn triggers_into_lowered(
    text: &str,
    from: usize,
    to: usize,
    low: &[u8],
    config: &Config,
    out: &mut Vec<TriggerHit>,
) {
    let hay = &text[from..to];
    out.clear();
    let Some(scan) = &config.trigger_scan else {
        return triggers_by_automaton(hay, from, config, out);
    };
    // The same words at the same places, found on the lower-cased copy
    // (the matcher folds ASCII case, as the copy does).
    scan.find_each(low, |s, e, p| {
        if is_word_edge(hay, s, e) {
            out.push(TriggerHit {
                start: from + s,
                end: from + e,
                trigger: p,
            });
        }
    });
}

/// The trigger words of `hay` (at `from` in the text) by the automaton.
fn triggers_by_automaton(hay: &str, from: usize, config: &Config, out: &mut Vec<TriggerHit>) {
    out.extend(
        config
            .trigger_matcher
            .find_iter(hay)
            .filter(|m| is_word_edge(hay, m.start(), m.end()))
            .map(|m| TriggerHit {
                start: from + m.start(),
                end: from + m.end(),
                trigger: m.pattern().as_usize(),
            }),
    );
}

thread_local! {
    /// [`triggers_into`]'s lower-cased copy of the sentence.
    static LOWER: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Whether `hay[start..end]` stands between word boundaries (no letter or
/// digit right before or after it).
pub(super) fn is_word_edge(hay: &str, start: usize, end: usize) -> bool {
    let before = hay[..start].chars().next_back();
    let after = hay[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Number of words strictly between two byte offsets.
fn words_between(text: &str, a: usize, b: usize) -> usize {
    if a >= b {
        return 0;
    }
    text.get(a..b)
        .map_or(usize::MAX, |s| s.split_whitespace().count())
}

/// Whether a figure with this unit can belong to a kind of this behaviour.
pub fn fits(behaviour: Behaviour, unit: Option<&str>, noun_is_trigger: bool) -> bool {
    match behaviour {
        // Counts of people: "10 houses" or "two trucks" near "injured" are
        // not casualties.
        Behaviour::Count => match unit {
            None => true,
            // `two officers`: the recogniser keeps the noun of persons.
            Some(u) if crate::extract::numbers::counts_persons(u) => true,
            Some(u) => noun_is_trigger && !(is_money(u) || u == "%" || is_duration(u)),
        },
        Behaviour::Rate | Behaviour::Share => unit == Some("%"),
        Behaviour::Amount => unit.is_some_and(is_money),
        Behaviour::Deadline => unit.is_some_and(is_duration),
        // Ages are read from the person, never by trigger words.
        Behaviour::Age => false,
    }
}

/// ISO 4217 codes are three upper-case letters.
pub fn is_money(unit: &str) -> bool {
    unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
}

/// Duration units.
pub fn is_duration(unit: &str) -> bool {
    matches!(unit, "day" | "week" | "month" | "year" | "hour")
}

/// A figure to classify: its span and unit.
#[derive(Debug, Clone, Copy)]
pub struct Figure<'a> {
    /// Byte offset of the figure.
    pub start: usize,
    /// Byte offset past the figure (counted noun included).
    pub end: usize,
    /// Its unit, if it carries one.
    pub unit: Option<&'a str>,
}

/// How well trigger `h` fits figure `f` (lower is better), or `None`.
///
/// A trigger right after the figure ("two dead", "32 fatalities") beats one
/// before it ("killed at least 15"); a trigger separated from the figure by
/// another figure belongs to that other figure.
fn score(
    text: &str,
    f: &Figure,
    h: &TriggerHit,
    figures: &[Figure],
    config: &Config,
) -> Option<usize> {
    const AFTER: usize = 4;
    // "The death toll from Tuesday night's missile strike on Kharkiv rose
    // to 21": a toll's figure may stand a clause away from its word.
    const BEFORE: usize = 12;
    let t = &config.triggers[h.trigger];
    let behaviour = config.kinds[t.kind].def.extends;
    let inside = h.start >= f.start && h.end <= f.end;
    if !fits(behaviour, f.unit, inside) {
        return None;
    }
    // A duration in a sentence about a deadline sets that deadline, however
    // far the word "deadline" stands from it.
    if behaviour == Behaviour::Deadline {
        return Some(20);
    }
    let (score, between) = if inside {
        (0, (f.start, f.start))
    } else if h.start >= f.end {
        let d = words_between(text, f.end, h.start);
        if d > AFTER {
            return None;
        }
        (d * 2, (f.end, h.start))
    } else if h.end <= f.start {
        let d = words_between(text, h.end, f.start);
        // "The death toll from Saturday's shooting at a crowded mall in
        // the city's north end rose to two": a figure a toll rose to takes
        // its word from the whole sentence.
        if d > BEFORE && !(d <= 3 * BEFORE && rises_to(&text[h.end..f.start])) {
            return None;
        }
        (d * 2 + 1, (h.end, f.start))
    } else {
        return None;
    };
    let blocked = figures
        .iter()
        .any(|o| o.start >= between.0 && o.end <= between.1 && o.start < o.end);
    (!blocked).then_some(score)
}

/// Whether `before` ends with "rose to", "has risen to", "climbed to" (and
/// the like) right before a figure.
fn rises_to(before: &str) -> bool {
    let (w, n) = super::words::last_words::<2>(before);
    n == 2
        && w[0].eq_ignore_ascii_case("to")
        && [
            "rose",
            "risen",
            "rises",
            "climbed",
            "climbs",
            "jumped",
            "grew",
            "increased",
        ]
        .iter()
        .any(|x| w[1].eq_ignore_ascii_case(x))
}

/// The trigger of each figure of a sentence, or `None` where no trigger
/// fits. Each trigger goes to one figure, best fits first: in "at least 40
/// were injured, 11 of them children" the 40 takes "injured", and the 11 (a
/// part of the 40, not another count) is left unclassified.
pub fn assign(
    text: &str,
    figures: &[Figure],
    hits: &[TriggerHit],
    config: &Config,
) -> Vec<Option<TriggerHit>> {
    let mut out = Vec::new();
    assign_into(
        text,
        figures,
        hits,
        config,
        &mut AssignBuffers::default(),
        &mut out,
    );
    out
}

/// Working memory of [`assign_into`], kept from one sentence to the next.
#[derive(Debug, Default)]
pub struct AssignBuffers {
    pairs: Vec<(usize, usize, usize)>,
    used: Vec<bool>,
}

/// [`assign`] into `out` (cleared first), with working memory `buf`: this
/// runs for every sentence with a figure, and each would otherwise
/// allocate three vectors.
pub fn assign_into(
    text: &str,
    figures: &[Figure],
    hits: &[TriggerHit],
    config: &Config,
    buf: &mut AssignBuffers,
    out: &mut Vec<Option<TriggerHit>>,
) {
    let pairs = &mut buf.pairs;
    pairs.clear();
    for (fi, f) in figures.iter().enumerate() {
        for (hi, h) in hits.iter().enumerate() {
            if let Some(s) = score(text, f, h, figures, config) {
                pairs.push((s, fi, hi));
            }
        }
    }
    pairs.sort_unstable();
    out.clear();
    out.resize(figures.len(), None);
    let used = &mut buf.used;
    used.clear();
    used.resize(hits.len(), false);
    for &(_, fi, hi) in pairs.iter() {
        let deadline = config.kinds[config.triggers[hits[hi].trigger].kind]
            .def
            .extends
            == Behaviour::Deadline;
        if out[fi].is_some() || (used[hi] && !deadline) {
            continue;
        }
        out[fi] = Some(hits[hi]);
        used[hi] = true;
    }
}

/// A qualifier read from the words right around the number itself:
/// `six more bodies` is an increment (`additional`); `11 of them`,
/// `14 of the injured`, `among the dead were five children` and `including
/// 3 children` are a part of a larger figure (`part`), not a rival total.
pub fn around(
    text: &str,
    sentence_start: usize,
    number_start: usize,
    number_end: usize,
) -> Option<String> {
    // Case-blind comparisons on the text itself: lower-casing copies would
    // copy the rest of the article for every figure.
    let after = text[number_end..].trim_start();
    let next = |p: &[&str]| p.iter().any(|p| starts_with_ci(after, p));
    if next(&["more ", "others ", "other "]) {
        return Some("additional".into());
    }
    if next(&["of them", "of the ", "of whom"]) {
        return Some("part".into());
    }
    let (tail, n) = super::words::last_words::<4>(&text[sentence_start..number_start]);
    let tail = &tail[..n];
    let is = |w: &str, words: &[&str]| words.iter().any(|x| w.eq_ignore_ascii_case(x));
    if tail
        .first()
        .is_some_and(|w| is(w, &["including", "includes", "include"]))
    {
        return Some("part".into());
    }
    // "the last three bodies", "a further 12": what was added to a count.
    if tail
        .first()
        .is_some_and(|w| is(w, &["last", "final", "further", "another"]))
    {
        return Some("additional".into());
    }
    // "among the dead were N", "among them were N".
    if tail.iter().skip(2).any(|w| is(w, &["among"])) && is(tail[0], &["were", "are", "was"]) {
        return Some("part".into());
    }
    None
}

/// Whether a bare number is a label or an age rather than a count of
/// people: "Week 3", "Flight 17", "Banky, 40.", "dead at 95", "61 and 48
/// years old".
pub fn label_or_age(text: &str, sentence_start: usize, start: usize, end: usize) -> bool {
    let before = text[sentence_start..start].trim_end();
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let after = &text[end..];
    const LABELS: &[&str] = &[
        "Week",
        "Game",
        "Day",
        "Round",
        "Stage",
        "Level",
        "Phase",
        "Category",
        "Chapter",
        "Section",
        "Article",
        "Flight",
        "Route",
        "Highway",
        "Block",
        "Apartment",
        "Unit",
        "Room",
        "Gate",
        "Terminal",
        "Platform",
        "Channel",
        "Page",
        "No.",
        "Number",
        "Interstate",
        "Precinct",
    ];
    if LABELS.contains(&prev) {
        return true;
    }
    // "dead at 95", "died at 81"; not "peaking at 6.9m" or "at 7,412",
    // which no age is written as.
    if prev == "at" {
        let fig = &text[start..end];
        return fig.len() <= 3 && fig.bytes().all(|b| b.is_ascii_digit())
            || fig.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-');
    }
    // An apposition after a name: "Benjamin Banky, 40." / "John Jenkin, 23, was".
    if before.ends_with(',') {
        let word = prev.trim_end_matches(',');
        let next = after.chars().next();
        if word.starts_with(char::is_uppercase)
            && matches!(next, Some(',' | '.' | ')' | ';') | None)
        {
            return true;
        }
    }
    // "who were 61 and 48 years old".
    let after = after.trim_start();
    let rest = ["and ", "or "]
        .iter()
        .find(|p| starts_with_ci(after, p))
        .map(|p| &after[p.len()..]);
    if let Some(rest) = rest {
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        let rest = rest.trim_start_matches([' ', '-']);
        if ["years old", "years-old", "year-old"]
            .iter()
            .any(|p| starts_with_ci(rest, p))
        {
            return true;
        }
    }
    false
}

/// Whether a bare number (no unit, no trigger) is part of a name rather
/// than a count: "Internet Explorer 8 and 9", "SEA-ME-WE 4", "their 8
/// Block gang", "the two" standing for two people already named.
pub fn bare_label(text: &str, sentence: (usize, usize), start: usize, end: usize) -> bool {
    let sentence_start = sentence.0;
    let before = text[sentence_start..start].trim_end();
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    // The next word on the same line: a headline's last figure is not
    // followed by the next line's first word.
    let after = text[end..].trim_start_matches([' ', '\t']);
    let next = after.split(char::is_whitespace).next().unwrap_or("");
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    // Names are numbered in digits ("Explorer 8", "8 Block"); a capitalised
    // word before (not the sentence's first word, which any sentence
    // capitalises) or after names something, unless every word is
    // capitalised, as in a headline.
    let digits = text[start..end].bytes().all(|b| b.is_ascii_digit());
    let first_word = !before.contains(char::is_whitespace);
    if digits
        && ((capital(prev) && !first_word && prev.ends_with(|c: char| c.is_alphanumeric()))
            || (capital(next) && next.ends_with(|c: char| c.is_alphanumeric())))
        && !title_case(&text[sentence_start..sentence.1.max(end)])
    {
        return true;
    }
    // "a three-and-out": a word compound, not a count ("3-of-4" made of
    // attempted is two counts).
    if text[end..].starts_with("-and-") {
        return true;
    }
    // "Explorer 8 and 9": the second of a pair whose first is a name.
    if ["and", "or", "&"].contains(&prev) {
        let head = before[..before.len() - prev.len()].trim_end();
        let num = head.rsplit(char::is_whitespace).next().unwrap_or("");
        if !num.is_empty() && num.bytes().all(|b| b.is_ascii_digit()) {
            let s = sentence_start + head.len() - num.len();
            return bare_label(text, sentence, s, s + num.len());
        }
    }
    // "those two were", "of the two": a pronoun, not a count.
    let p = prev.to_ascii_lowercase();
    (p == "the" || p == "those" || p == "these")
        && (after.is_empty() || after.starts_with(['.', ',', ';']) || is_verb_start(next))
}

/// "one of the best players", "one of the most repressive states": the
/// word `one` at `start..end` before a superlative.
pub fn one_of_the_most(text: &str, start: usize, end: usize) -> bool {
    if !text[start..end].eq_ignore_ascii_case("one") {
        return false;
    }
    let mut words = text[end..]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    let (Some(of), Some(the), Some(w)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    const NOT_SUPERLATIVE: &[&str] = &[
        "forest", "interest", "request", "contest", "protest", "harvest", "modest", "honest",
        "arrest", "suggest", "conquest", "inquest", "digest", "invest",
    ];
    let w = w.to_ascii_lowercase();
    of.eq_ignore_ascii_case("of")
        && the.eq_ignore_ascii_case("the")
        && (["most", "best", "worst", "least"].contains(&w.as_str())
            || (w.len() >= 6 && w.ends_with("est") && !NOT_SUPERLATIVE.contains(&w.as_str())))
}

/// Whether most longer words of `s` are capitalised: a headline.
fn title_case(s: &str) -> bool {
    let (mut words, mut caps) = (0, 0);
    for w in s.split_whitespace().filter(|w| w.len() > 3) {
        words += 1;
        caps += usize::from(w.starts_with(|c: char| c.is_uppercase()));
    }
    words >= 3 && caps * 4 >= words * 3
}

/// "were", "was", "are", "is", "had", "have": a verb right after a bare
/// number makes it the subject, standing for people already named.
fn is_verb_start(w: &str) -> bool {
    [
        "were", "was", "are", "is", "had", "have", "has", "will", "would",
    ]
    .iter()
    .any(|x| w.eq_ignore_ascii_case(x))
}

/// Whether `s` starts with the ASCII `prefix`, ignoring ASCII case: what
/// `s.to_ascii_lowercase().starts_with(prefix)` says for a lower-case
/// prefix, without copying `s` (often the rest of the article).
fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|a| a.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// A qualifier that makes otherwise identical figures different quantities:
/// an *additional* 25% tariff is not a *total* 50% tariff.
pub fn qualifier(
    text: &str,
    sentence_start: usize,
    start: usize,
    end_hint: usize,
) -> Option<String> {
    // Three words before, nearest first, then the figure's own words; no
    // allocation (this runs for every figure that makes a claim).
    let (before, n) = super::words::last_words::<3>(&text[sentence_start..start]);
    let after = text.get(start..end_hint.max(start)).unwrap_or("");
    // (By bytes where ASCII: the figure's words are read for every claim.)
    let (ascii, wide) = if after.is_ascii() {
        (Some(super::words::ascii_words(after)), None)
    } else {
        (None, Some(after.split_whitespace()))
    };
    let after = ascii
        .into_iter()
        .flatten()
        .chain(wide.into_iter().flatten());
    for w in before[..n].iter().copied().chain(after) {
        // Trimming never lengthens a word: a short one matches nothing.
        if w.len() < QUALIFIER_LENGTHS[0] {
            continue;
        }
        let w = super::words::trim_to_letters(w);
        // Most words are turned away by their length: a word of a length
        // no qualifier word has matches none.
        if !QUALIFIER_LENGTHS.contains(&w.len()) {
            continue;
        }
        let one_of = |words: &[&str]| words.iter().any(|x| w.eq_ignore_ascii_case(x));
        if one_of(ADDITIONAL) {
            return Some("additional".into());
        }
        if one_of(TOTAL) {
            return Some("total".into());
        }
    }
    None
}

/// Words that make a figure an increment.
const ADDITIONAL: &[&str] = &["additional", "further", "extra", "another"];
/// Words that make a figure a total.
const TOTAL: &[&str] = &["total", "overall", "combined", "cumulative", "cumulatively"];
/// The byte lengths of the words of [`ADDITIONAL`] and [`TOTAL`], shortest
/// first.
const QUALIFIER_LENGTHS: &[usize] = &[5, 7, 8, 10, 12];

#[cfg(test)]
mod tests {
    use super::*;

    fn pick(text: &str, fig: &str, others: &[&str]) -> Option<String> {
        let c = Config::builtin();
        let hits = triggers_in(text, 0, text.len(), &c);
        let figures: Vec<Figure> = std::iter::once(&fig)
            .chain(others)
            .map(|o| {
                let a = text.find(o).unwrap();
                Figure {
                    start: a,
                    end: a + o.len(),
                    unit: None,
                }
            })
            .collect();
        assign(text, &figures, &hits, &c)[0].map(|h| c.triggers[h.trigger].measure.clone())
    }

    #[test]
    fn nearest_trigger_wins() {
        let t = "strikes killed at least 15 people and injured over 100 in the city";
        assert_eq!(
            pick(t, "at least 15 people", &["over 100"]).as_deref(),
            Some("killed")
        );
        assert_eq!(
            pick(t, "over 100", &["at least 15 people"]).as_deref(),
            Some("injured")
        );
        let t = "the attack left two dead and 12 injured";
        assert_eq!(pick(t, "two", &["12"]).as_deref(), Some("killed"));
        assert_eq!(pick(t, "12", &["two"]).as_deref(), Some("injured"));
    }

    #[test]
    fn wounding_before_a_figure_is_its_word() {
        // Not the "dead" of the attacker's own death after it.
        let t = "firing into the crowd and wounding nine before he was shot dead";
        assert_eq!(pick(t, "nine", &[]).as_deref(), Some("injured"));
    }

    #[test]
    fn one_trigger_one_figure() {
        let t = "At least 15 people were killed when missiles struck two blocks";
        assert_eq!(pick(t, "two", &["At least 15 people"]), None);
        let t = "At least 40 people were injured, 11 of them children";
        assert_eq!(pick(t, "11", &["At least 40 people"]), None);
        assert_eq!(
            pick(t, "At least 40 people", &["11"]).as_deref(),
            Some("injured")
        );
    }

    #[test]
    fn parts_and_increments() {
        let q = |t: &str, n: &str| {
            let a = t.find(n).unwrap();
            around(t, 0, a, a + n.len())
        };
        assert_eq!(
            q("rescuers recovered six more bodies", "six").as_deref(),
            Some("additional")
        );
        assert_eq!(
            q("40 were injured, 11 of them children", "11").as_deref(),
            Some("part")
        );
        assert_eq!(
            q("Among the dead were five children", "five").as_deref(),
            Some("part")
        );
        assert_eq!(q("at least 15 people were killed", "15"), None);
    }

    #[test]
    fn labels_and_ages_are_not_counts() {
        let f = |t: &str, n: &str| {
            let a = t.find(n).unwrap();
            label_or_age(t, 0, a, a + n.len())
        };
        assert!(f("was hurt in Week 3 against Atlanta", "3"));
        assert!(f("opened fire, killing Benjamin Banky, 40.", "40"));
        assert!(f("Mark Felt, dead at 95", "95"));
        assert!(f("the women killed, who were 61 and 48 years old", "61"));
        assert!(!f("the attack killed 40, officials said", "40"));
        assert!(!f("at least 15 people were killed", "15"));
    }

    #[test]
    fn qualifier_lengths_cover_every_word() {
        for w in ADDITIONAL.iter().chain(TOTAL) {
            assert!(QUALIFIER_LENGTHS.contains(&w.len()), "{w}");
        }
        assert!(QUALIFIER_LENGTHS.windows(2).all(|p| p[0] < p[1]));
    }

    #[test]
    fn qualifiers() {
        let t = "an additional 25% tariff";
        let s = t.find("25").unwrap();
        assert_eq!(qualifier(t, 0, s, t.len()).as_deref(), Some("additional"));
        let t = "a total of 50% in tariffs";
        let s = t.find("50").unwrap();
        assert_eq!(qualifier(t, 0, s, t.len()).as_deref(), Some("total"));
    }
}
