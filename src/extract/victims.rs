//! People counted the way crime and disaster reporters write them, most
//! often without a numeral: "a man was killed", "the victim died", "two men
//! and a woman were found fatally shot" (3), "killing a soldier and two
//! civilians" (3), "four people were shot, one fatally" (killed 1, injured
//! 3), "one of the five people shot has died" (killed 1, injured 4), "no one
//! else was injured" (0).
//!
//! Only sentences holding a phrase of `victims.verbs` or `victims.zero`
//! (one case-blind automaton over each paragraph) come here. A count is a
//! noun phrase of people next to such a phrase: before it ("the man was
//! pronounced dead") or, after an active verb, behind it ("the blast killed
//! a soldier"). A pronoun's count ("he died") stands only for a person the
//! sentence before introduces and counts no one (the article reads that,
//! [`pronoun_antecedents`]): otherwise it repeats a person already counted.

use super::tokens::{small_number, Tok};
use crate::config::victims::{Phrase, Victims, MEASURES};
use crate::config::Config;
use crate::model::{Claim, Scope};

/// A victims phrase found in a paragraph.
#[derive(Debug, Clone, Copy)]
pub struct Hit {
    /// Byte span in the article text.
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// Index into [`Victims::phrases`].
    pub phrase: usize,
}

/// A count of people read from a sentence.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Count {
    /// Byte span of the noun phrase (or the zero phrase).
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// `killed`, `injured` or `killed_or_injured`.
    pub measure: &'static str,
    /// How many.
    pub value: f64,
    /// A part of a larger group, not a total ("one of four people hit":
    /// the one).
    pub part: bool,
    /// Said of a group an earlier count of the article gave: "one of them
    /// died", "two died" after "four people were shot". The article's
    /// accounting (see [`split_earlier`]) reads it against that group.
    pub earlier: bool,
}

/// The victims phrases of `text[from..to]` that stand as whole words, into
/// `out` (cleared first).
pub fn hits_into(text: &str, from: usize, to: usize, config: &Config, out: &mut Vec<Hit>) {
    hits_into_lowered(text, from, to, None, config, out);
}

/// [`hits_into`], given `text[from..to]` with its ASCII letters
/// lower-cased if the caller has it.
pub fn hits_into_lowered(
    text: &str,
    from: usize,
    to: usize,
    lowered: Option<&[u8]>,
    config: &Config,
    out: &mut Vec<Hit>,
) {
    out.clear();
    let hay = &text[from..to];
    let v = &config.victims;
    let Some(split) = &v.split else {
        for m in v.matcher.find_iter(hay) {
            push_hit(hay, from, (m.start(), m.end()), config, out);
        }
        return;
    };
    LOWER.with_borrow_mut(|(own, seen)| {
        let low: &[u8] = match lowered {
            Some(low) => low,
            None => {
                crate::config::lower_into(hay, own);
                own
            }
        };
        split.found_by.scan(low, seen);
        let Some(wild) = &split.wild else {
            let mut at = 0;
            while let Some(m) = split.found_by.find_at(low, seen, at) {
                push_hit(hay, from, m, config, out);
                at = m.1.max(at + 1);
            }
            return;
        };
        let mut at = 0;
        let mut p = split.found_by.find_at(low, seen, 0);
        let mut w = next_wild(low, seen, 0, split, wild);
        loop {
            // A match found from an earlier place stands while it starts
            // at or after `at`: the next match of its expression.
            if p.is_some_and(|m| m.0 < at) {
                p = split.found_by.find_at(low, seen, at);
            }
            if w.is_some_and(|m| m.0 < at) {
                w = next_wild(low, seen, at, split, wild);
            }
            // The leftmost of the two, as the whole expression finds it;
            // where both start at one place (rare: "in critical condition"
            // and "in * condition"), the whole expression decides which of
            // its phrases is preferred there.
            let m = match (p, w) {
                (None, None) => break,
                (Some(a), None) => a,
                (None, Some(b)) => b,
                (Some(a), Some(b)) if a.0 < b.0 => a,
                (Some(a), Some(b)) if b.0 < a.0 => b,
                (Some(a), Some(_)) => match split.whole.find(&low[a.0..]) {
                    Some(m) => (a.0, a.0 + m.end()),
                    None => break,
                },
            };
            push_hit(hay, from, m, config, out);
            // Every phrase holds a word: no match is empty.
            at = m.1.max(at + 1);
        }
    });
}

#[cfg(test)]
mod scan_tests;

thread_local! {
    /// The lower-cased copy of the paragraph [`hits_into`] reads, and where
    /// the words of [`crate::config::victims::needles`] stand in it.
    #[allow(clippy::type_complexity)]
    static LOWER: std::cell::RefCell<(Vec<u8>, Vec<(usize, usize)>)> =
        const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
}

/// The first match of the `*` phrases in lower-cased `low` at or after
/// `at`, as one unanchored expression of them would find it. Each such
/// match holds one of the needles and spans only bytes of `split.spans`:
/// it lies in the run of those bytes around the first needle found, or in
/// a later run. The runs end at a byte that is no ASCII word byte, where
/// the word boundaries of the expression read the same in the run as in
/// `low`. In a run, `wild` is tried only where a phrase's first words
/// stand after a word boundary.
fn next_wild(
    low: &[u8],
    seen: &[(usize, usize)],
    at: usize,
    split: &crate::config::victims::Split,
    wild: &[crate::config::victims::wild::Pieces],
) -> Option<(usize, usize)> {
    let mut from = at;
    while from < low.len() {
        let q = split.found_by.wild_at(seen, from)?;
        let ws = low[at..q]
            .iter()
            .rposition(|&b| !split.spans[usize::from(b)])
            .map_or(at, |i| at + i + 1);
        let we = low[q..]
            .iter()
            .position(|&b| !split.spans[usize::from(b)])
            .map_or(low.len(), |i| q + i);
        // A phrase holds the place it is found by, and starts within the
        // words it may hold before it: only the places from the earliest
        // such start to the last place found are read (the whole run had
        // been, a place at a time).
        let (mut lo, mut hi) = (q, q);
        let found = split.found_by.wild_from(seen, q);
        for (q, n) in found.take_while(|&(q, _)| q < we) {
            lo = lo.min(words_back(low, ws, q, n));
            hi = q;
        }
        for s in lo..=hi {
            if let Some(end) = wild_here(low, s, we, split, wild) {
                return Some((s, s + end));
            }
        }
        from = we + 1;
    }
    None
}

/// The start of the word `n` words before the one at `q` (or before the
/// one `q` is inside, or the space after), not before `lo`.
fn words_back(low: &[u8], lo: usize, q: usize, n: usize) -> usize {
    let mut i = q;
    let mut left = n;
    loop {
        while i > lo && low[i - 1] != b' ' {
            i -= 1;
        }
        if left == 0 || i == lo {
            return i;
        }
        while i > lo && low[i - 1] == b' ' {
            i -= 1;
        }
        left -= 1;
    }
}

/// Where the first `*` phrase in order that matches at `s` (within the
/// run ending at `we`) ends, from `s`, as an alternation of them prefers.
fn wild_here(
    low: &[u8],
    s: usize,
    we: usize,
    split: &crate::config::victims::Split,
    wild: &[crate::config::victims::wild::Pieces],
) -> Option<usize> {
    let (a, b) = split.opens[usize::from(low[s])];
    let Some(firsts) = &split.firsts else {
        // A phrase opens with a `*`: every place is read by every phrase.
        return match crate::config::victims::ascii_boundary(low, s) {
            true => wild.iter().find_map(|p| p.prefix(&low[s..we])),
            false => None,
        };
    };
    if a == b || !crate::config::victims::ascii_boundary(low, s) {
        return None;
    }
    let here = &low[s..we];
    let (a, b) = (usize::from(a), usize::from(b));
    if split.tries.is_empty() {
        if !firsts[a..b].iter().any(|f| here.starts_with(f)) {
            return None;
        }
        return wild.iter().find_map(|p| p.prefix(here));
    }
    // Only the phrases whose first run stands here, in their order.
    let mut bits = (a..b)
        .filter(|&i| here.starts_with(&firsts[i]))
        .fold(0u128, |bits, i| bits | split.tries[i]);
    while bits != 0 {
        let i = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        if let Some(end) = wild.get(i).and_then(|p| p.prefix(here)) {
            return Some(end);
        }
    }
    None
}

/// Records the hits of one match of the victims expression.
fn push_hit(hay: &str, from: usize, (ms, me): (usize, usize), config: &Config, out: &mut Vec<Hit>) {
    let v = &config.victims;
    let m = &hay[ms..me];
    // The expression's word boundaries are ASCII: a phrase inside a
    // word of other letters ("killedé") is none.
    let before = hay[..ms].chars().next_back();
    let after = hay[me..].chars().next();
    if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric) {
        return;
    }
    let before = out.len();
    crate::config::with_lower_bytes(m, |key| {
        for &phrase in v.index.get(key).into_iter().flatten() {
            out.push(Hit {
                start: from + ms,
                end: from + me,
                phrase,
            });
        }
    });
    if out.len() == before {
        // A phrase with a `*` ("suffered * injuries").
        for w in v.wild.iter().filter(|w| w.is_match(m)) {
            out.push(Hit {
                start: from + ms,
                end: from + me,
                phrase: w.phrase,
            });
        }
    }
}

/// The counts of one sentence, given its tokens and the hits inside it.
pub fn counts(toks: &[Tok], hits: &[Hit], config: &Config) -> Vec<Count> {
    let v = &config.victims;
    // Each hit as a token range; a hit that splits a token is no phrase.
    let verbs: Vec<(usize, usize, &'static str, bool)> = hits
        .iter()
        .filter_map(|h| {
            // Tokens are in text order: found by halving.
            let a = toks.binary_search_by_key(&h.start, |t| t.start).ok()?;
            let b = toks.binary_search_by_key(&h.end, |t| t.end).ok()? + 1;
            let (m, zero) = match &v.phrases[h.phrase] {
                Phrase::Verb(m) => (m, false),
                Phrase::Zero(m) => (m, true),
            };
            let m = measure(m)?;
            // "A man was shot in the leg": hit where a wound leaves one
            // alive is hurt (a death told in the sentence still wins,
            // below: "shot in the arm and later died").
            let m = match m == "killed_or_injured" && to_a_limb(toks, b, v) {
                true => "injured",
                false => m,
            };
            Some((a, b, m, zero))
        })
        .collect();
    let r = Reader {
        toks,
        v,
        config,
        verbs: &verbs,
    };
    let mut out: Vec<Count> = Vec::new();
    for &(a, b, m, zero) in &verbs {
        if zero {
            out.push(Count {
                start: toks[a].start,
                end: toks[b - 1].end,
                measure: m,
                value: 0.0,
                part: false,
                earlier: false,
            });
            continue;
        }
        if r.negated(a) {
            // "Her two sons were not hurt", "the driver of the truck was
            // not injured": people denied any harm are a zero (the largest
            // figure stands, so a zero said of some beside others hurt
            // leaves those others' count).
            if m == "injured"
                && a >= 2
                && toks[a - 1].is("not")
                && toks[a - 2].is_any(&["were", "was"])
            {
                out.push(Count {
                    start: toks[a - 2].start,
                    end: toks[b - 1].end,
                    measure: m,
                    value: 0.0,
                    part: false,
                    earlier: false,
                });
            }
            continue;
        }
        let got = r.read(a, b, m);
        if got.is_empty() && m == "killed" {
            if let Some(c) = r.pronoun_suicide(a, b) {
                out.push(c);
                continue;
            }
        }
        if got.is_empty() && m == "killed" && r.died_after(a) {
            // "Gray was rushed to a hospital but was declared dead", "was
            // taken to hospital, where he died": those hurt before died.
            let at = toks[a].start;
            // Not a pronoun's count ("He was taken to a hospital, where
            // he died"), which stands only for a person introduced before.
            let pronoun = |c: &Count| c.start == toks[0].start && toks[0].is_any(PRONOUNS);
            if let Some(c) = out.iter_mut().rev().find(|c| {
                c.measure == "injured"
                    && c.end <= at
                    && c.value > 0.0
                    && !c.part
                    && !c.earlier
                    && !pronoun(c)
            }) {
                c.measure = "killed";
            } else if let Some(c) = r.subject_died(a) {
                // "The victim was transported to CRMC, where he was
                // pronounced deceased": the subject of the sentence.
                out.push(c);
            }
        }
        out.extend(got);
    }
    // One phrase read by two verbs ("was shot and critically injured"):
    // the more precise measure stands.
    let rank = |m: &str| match m {
        "killed" => 0,
        "injured" => 1,
        _ => 2,
    };
    // A part read of the same people as a whole ("one of the four people
    // injured … has died": one injured of the four, and the other three)
    // gives way to the whole.
    out.sort_by_key(|x| (x.start, x.end, rank(x.measure), x.part));
    // "Horton and the two other victims killed and injured": a group of
    // whom some died and the rest were hurt is the hit; "X and two others"
    // is the one killed and the others injured.
    let mut k = 0;
    while k + 1 < out.len() {
        let (a, b) = (out[k], out[k + 1]);
        let both = a.start == b.start
            && a.end == b.end
            && a.measure == "killed"
            && b.measure == "injured"
            && a.value == b.value
            && a.value > 0.0
            && !(a.part || a.earlier || b.part || b.earlier);
        if both && a.value == 1.0 {
            // "Ada Brook, who was hurt in the blast, later died": hurt,
            // then dead.
            out.remove(k + 1);
        } else if both {
            match others_in(toks, a.start, a.end).filter(|&n| n < a.value) {
                Some(n) => {
                    out[k].value = a.value - n;
                    out[k + 1].value = n;
                }
                None => {
                    out[k].measure = "killed_or_injured";
                    out.remove(k + 1);
                }
            }
        }
        k += 1;
    }
    out.dedup_by(|later, first| {
        later.start == first.start
            && later.end == first.end
            && (later.measure == first.measure || later.measure == "killed_or_injured")
    });
    // "the deaths of Dana Whitcombe and Rafael Osei, who were shot": people
    // said to be hit inside a count that says what befell them are no one
    // new.
    if out.len() > 1 {
        let all = out.clone();
        out.retain(|c| {
            c.measure != "killed_or_injured"
                || !all.iter().any(|o| {
                    o.measure != "killed_or_injured"
                        && !o.part
                        && o.value >= c.value
                        && o.start <= c.start
                        && c.end <= o.end
                        && (o.start, o.end) != (c.start, c.end)
                })
        });
    }
    out
}

/// Whether the tokens from `b` tell a wound to a limb: "in" or "to", up
/// to three words ("the left", "his upper right"), then a word of
/// `victims.limbs` ("shot in the leg", "a gunshot wound to the shoulder").
fn to_a_limb(toks: &[Tok], b: usize, v: &Victims) -> bool {
    if !toks.get(b).is_some_and(|t| t.is_any(&["in", "to"])) {
        return false;
    }
    toks.iter()
        .skip(b + 1)
        .take(4)
        .take_while(|t| t.is_word())
        .any(|t| v.limbs.has(t.s))
}

/// N in "and [the] N other(s)" among the tokens of `start..end`.
fn others_in(toks: &[Tok], start: usize, end: usize) -> Option<f64> {
    let a = toks.partition_point(|t| t.start < start);
    let b = toks.partition_point(|t| t.start < end);
    let t = &toks[a..b];
    (0..t.len()).find_map(|i| {
        if !t[i].is("and") {
            return None;
        }
        let j = if t.get(i + 1).is_some_and(|x| x.is("the")) {
            i + 2
        } else {
            i + 1
        };
        let n = small_number(t.get(j)?.s)?;
        t.get(j + 1)
            .is_some_and(|x| x.is_any(&["other", "others"]))
            .then_some(n)
    })
}

/// Reads a count said of a group named before ("one of them died", "two
/// died") against the article's claims so far: after a group hit
/// ("four people were shot"), those killed of it are no part but the
/// killed figure, and the rest of the group is injured (the count handed
/// back). Any other count of such a group is a part of it; with no group
/// before, a bare "two died" stands as a count of its own.
pub fn split_earlier(c: &mut Count, claims: &[Claim]) -> Option<Count> {
    let group = claims.iter().rev().find_map(|o| {
        let n = o.value.as_ref()?.low?;
        (o.scope == Scope::Story
            && o.qualifier.is_none()
            && o.measure.as_deref() == Some("killed_or_injured")
            && n >= c.value)
            .then_some(n)
    });
    let n = group?;
    if c.measure != "killed" {
        // "Two men were shot. Both were taken to a hospital": all of the
        // group hurt is the injured figure, no part.
        c.part = !(c.measure == "injured" && c.value == n);
        return None;
    }
    c.part = false;
    Some(Count {
        measure: "injured",
        value: n - c.value,
        part: false,
        earlier: false,
        ..*c
    })
}

/// Adds up the injured an article names one by one, in sentences of their
/// own ("Smith was wounded in the leg. Jones was treated for a graze."):
/// when they outnumber every injured figure the article states (and the
/// hit less the killed), an `injured` claim of how many they are joins the
/// article's claims, on the last of them.
///
/// Two mentions are one person when they share a surname or a noun of one
/// person ("the chief" and "Chief Scott Russell"); one who is also said to
/// be killed is no injured. A person may be named in one sentence and
/// described in another ("a bank clerk", "Jo Hart"), which no word joins:
/// so the named and the described are counted apart and the larger count
/// stands, never their sum.
pub fn account(text: &str, claims: &mut Vec<Claim>, config: &Config) {
    let v = &config.victims;
    rejoin_named(text, claims, v);
    let antecedents = pronoun_antecedents(text, claims, v);
    // The phrase that tells who a mention is: a pronoun's antecedent.
    let span = |i: usize, c: &Claim| {
        antecedents
            .iter()
            .find(|a| a.0 == i)
            .map_or((c.start, c.end), |a| (a.1, a.2))
    };
    let story = |c: &&Claim| {
        c.scope == Scope::Story
            && c.qualifier.is_none()
            && c.value.is_some()
            && c.measure
                .as_deref()
                .is_some_and(crate::config::victims::victim_measure)
    };
    dead_one_by_one(text, claims, v, &story);
    let largest = |m: &str| {
        claims
            .iter()
            .filter(story)
            .filter(|c| c.measure.as_deref() == Some(m))
            .filter_map(|c| c.value.as_ref()?.low)
            .reduce(f64::max)
    };
    // Every injured figure the article gives, as the reader would take it.
    let killed = largest("killed").unwrap_or(0.0);
    let injured = largest("injured");
    let hit_group = largest("killed_or_injured");
    let mut stated = injured
        .unwrap_or(0.0)
        .max(hit_group.unwrap_or(0.0) - killed);
    // "A girl was shot … Three men were also wounded": the people said
    // to be hurt "also" are besides those hit or hurt before them (read
    // before the sum below joins the claims: "A man was burned, and a
    // firefighter was also hurt" is two, not the two and the one again).
    let also = also_hurt(text, claims, &story);
    // "Two passengers were hurt … The driver of the Ram was treated and
    // released": groups of hurt told apart add up.
    if let Some((at, n)) = hurt_apart(text, claims, v, &story).filter(|&(_, n)| n > stated) {
        claims.push(inferred_total(&claims[at], None, n));
        stated = n;
    }
    // "Three were taken to hospital; the other eight were treated at the
    // scene": the rest told after those hurt add up with them.
    // (Only where the article gives an injured figure, the first count.)
    let rest = injured.and_then(|_| rest_of_split(text, claims, &story));
    if let Some((at, n)) = rest.filter(|&(_, n)| n > stated) {
        claims.push(inferred_total(&claims[at], Some("injured"), n));
        stated = n;
    }
    // "One was taken to a hospital in critical condition; the other was
    // treated at the scene": one hurt, then "the other" hurt, with no one
    // dead, are a pair.
    // A claim of one person hurt, of the story.
    let hurt_one = |c: &Claim| {
        story(&c)
            && c.measure.as_deref() == Some("injured")
            && c.value.as_ref().and_then(|x| x.low) == Some(1.0)
    };
    // (Only where the article's largest injured figure is one: most
    // articles give none, and the claims are not walked for them.)
    if killed == 0.0 && stated < 2.0 && injured == Some(1.0) {
        let first = claims
            .iter()
            .position(|c| hurt_one(c) && text[c.start..c.end].eq_ignore_ascii_case("one"));
        let other = first.and_then(|f| {
            (f + 1..claims.len()).find(|&i| {
                let c = &claims[i];
                hurt_one(c) && the_other(&text[c.start..c.end]) && c.start > claims[f].end
            })
        });
        if let Some(at) = other {
            claims.push(inferred_total(&claims[at], Some("injured"), 2.0));
            stated = 2.0;
        }
    }
    // "Two people died and a third is in serious condition … A fourth
    // person received minor injuries": the rank of one hurt tells how many
    // were hit before, those not dead being hurt too. Only "a third", "a
    // fourth" after a death told: "the second victim" may be one already
    // counted.
    if killed > 0.0 && injured.is_some() {
        let ranked = claims
            .iter()
            .enumerate()
            .filter(|(_, c)| {
                hurt_one(c)
                    && text[c.start..c.end]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| w.eq_ignore_ascii_case("a"))
            })
            .filter_map(|(i, c)| Some((i, rank(&text[c.start..c.end])? - killed)))
            .max_by(|x, y| x.1.total_cmp(&y.1));
        if let Some((at, n)) = ranked.filter(|&(_, n)| n > stated) {
            claims.push(inferred_total(&claims[at], Some("injured"), n));
            stated = n;
        }
    }
    if let Some(at) = also.filter(|&(_, n)| n > stated) {
        claims.push(inferred_total(&claims[at.0], Some("injured"), at.1));
        return;
    }
    // One entry per mention of one person: its keys, whether it names the
    // person, whether it says they died, whether it only says they were
    // hit, and its claim.
    let mut mentions: Vec<(Vec<String>, bool, bool, bool, usize)> = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        if !story(&c) || c.value.as_ref().and_then(|x| x.low) != Some(1.0) {
            continue;
        }
        // "Two were killed and another wounded. A third was also shot.":
        // the third of the hit is one the figures already count.
        if rank(&text[c.start..c.end]).is_some_and(|n| n <= killed + stated) {
            continue;
        }
        // "A man was killed and another man wounded … One of them was
        // pronounced dead. The other was rushed to hospital": with one of
        // the pair told dead and one told hurt before, "the other" is the
        // one who lived, no one new.
        if killed > 0.0
            && the_other(&text[c.start..c.end])
            && claims.iter().any(|o| {
                story(&o)
                    && o.end <= c.start
                    && o.measure.as_deref() == Some("injured")
                    && o.value.as_ref().and_then(|x| x.low) == Some(1.0)
            })
        {
            continue;
        }
        let (start, end) = span(i, c);
        let Some((mut keys, named)) = person_keys(text, start, end, v) else {
            continue;
        };
        // "A farmer was flown to hospital … the air ambulance carried the
        // man": "the" and a noun that tells only a sex, first met, is the
        // person of the indefinite mention before it of that sex or none.
        if !named
            && text[start..end]
                .split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && !mentions
                .iter()
                .any(|m| m.0.iter().any(|k| keys.contains(k)))
        {
            if let Some(sex) = sex_in(text, start, end, v).filter(|&k| k < 2) {
                let before = mentions.last().filter(|m| {
                    let o = &claims[m.4];
                    let (os, oe) = span(m.4, o);
                    text[os..oe].split_whitespace().next().is_some_and(|w| {
                        w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")
                    }) && sex_in(text, os, oe, v).is_none_or(|k| k == sex)
                });
                if let Some(m) = before {
                    keys.extend(m.0.iter().cloned());
                }
            }
        }
        let killed = c.measure.as_deref() == Some("killed");
        let hit = c.measure.as_deref() == Some("killed_or_injured");
        mentions.push((keys, named, killed, hit, i));
    }
    // What keeps two mentions that share a key apart: "a 34-year-old
    // man" is no "31-year-old man", nor "Sheila Pease" "Ronald Pease".
    // Read only for mentions that share a key with another (few do).
    // (Given names are read only where two named mentions are written
    // differently: "Pease" and "Pease" name no two people.)
    let apart_of = |m: &(Vec<String>, bool, bool, bool, usize), other: usize| {
        let (start, end) = span(m.4, &claims[m.4]);
        let o = &claims[mentions[other].4];
        let given = (m.1 && mentions[other].1 && text[start..end] != text[o.start..o.end])
            .then(|| given_name(text, start, end, m.0.last()?, v))
            .flatten();
        (age_of(text, start, end), given)
    };
    let mut apart: Vec<Option<(Option<f64>, Option<String>)>> = vec![None; mentions.len()];
    // "Three men were shot … a 40-year-old man was grazed in the arm": the
    // hit who did not die are the injured, more than the one told apart.
    let hit = hit_group.unwrap_or(0.0) - killed;
    if injured.is_some_and(|i| hit > i) && hit >= stated {
        let at = claims.iter().position(|c| {
            story(&c)
                && c.measure.as_deref() == Some("killed_or_injured")
                && c.value.as_ref().and_then(|x| x.low) == hit_group
        });
        if let Some(at) = at {
            claims.push(inferred_total(&claims[at], Some("injured"), hit));
            return;
        }
    }
    if mentions.len() < 2 && stated > 0.0 {
        return;
    }
    // Mentions that share a key are one person (a union of sets, walked
    // until nothing joins).
    let mut group: Vec<usize> = (0..mentions.len()).collect();
    let root = |g: &Vec<usize>, mut i: usize| {
        while g[i] != i {
            i = g[i];
        }
        i
    };
    let differ = |x: &Option<f64>, y: &Option<f64>| x.zip(*y).is_some_and(|(x, y)| x != y);
    for a in 0..mentions.len() {
        for b in a + 1..mentions.len() {
            if mentions[a].0.iter().any(|k| mentions[b].0.contains(k)) {
                let (ra, rb) = (root(&group, a), root(&group, b));
                if ra == rb {
                    continue;
                }
                for (r, other) in [(ra, rb), (rb, ra)] {
                    if apart[r].is_none() {
                        apart[r] = Some(apart_of(&mentions[r], other));
                    }
                }
                let (Some((ax, ag)), Some((bx, bg))) = (&apart[ra], &apart[rb]) else {
                    continue;
                };
                if differ(ax, bx) || ag.is_some() && bg.is_some() && ag != bg {
                    continue;
                }
                let (lo, hi) = (ra.min(rb), ra.max(rb));
                group[hi] = lo;
                // The group's age and given name are its members'.
                let (x, g) = apart[hi].take().unwrap_or_default();
                if let Some((lx, lg)) = apart[lo].as_mut() {
                    *lx = lx.or(x);
                    if lg.is_none() {
                        *lg = g;
                    }
                }
            }
        }
    }
    let roots: Vec<usize> = (0..mentions.len()).map(|i| root(&group, i)).collect();
    // "He shot Barnes" in a report of four murders that names fewer dead:
    // those only said to be hit may be the dead not named, and are no
    // injured until the killed figure is made up.
    let mut dead = vec![false; mentions.len()];
    for (m, &r) in mentions.iter().zip(&roots) {
        dead[r] |= m.2;
    }
    // The named and the described are counted apart, so each count has
    // its own dead not told its way: in "the man found dead … the coroner
    // said Ortega had been shot", no one is named dead, and Ortega, only
    // said to be hit, may be (and is) the man.
    let told_dead = |by_name: bool| {
        (0..mentions.len())
            .filter(|&r| {
                dead[r] && (0..mentions.len()).any(|i| roots[i] == r && mentions[i].1 == by_name)
            })
            .count()
    };
    let untold = |by_name: bool| (killed - told_dead(by_name) as f64).max(0.0) as usize;
    let (mut untold_named, mut untold_described) = (untold(true), untold(false));
    // "Darnell Rucker … was shot … and died … Another man was hit in the
    // arm": one said to be another, after a mention of the dead, is none
    // of them.
    let first_dead = mentions
        .iter()
        .filter(|m| m.2)
        .map(|m| claims[m.4].start)
        .min();
    let other_than_dead = |members: &[usize]| {
        members.iter().all(|&i| {
            let c = &claims[mentions[i].4];
            let w = text[c.start..c.end].split_whitespace().next().unwrap_or("");
            let other = w.eq_ignore_ascii_case("another")
                || text[c.start..c.end]
                    .split_whitespace()
                    .nth(1)
                    .is_some_and(|x| x.eq_ignore_ascii_case("other"));
            other && first_dead.is_some_and(|d| d < c.start)
        })
    };
    // Counted by sex (a class of `sexes`, the last slot for none): "The
    // boy was in serious condition … His grandmother, Evelyn Porter, was
    // treated" are two, a described boy being no named grandmother.
    let mut named = [0; 3];
    let mut described = [0; 3];
    let mut last = None;
    for r in 0..mentions.len() {
        let members: Vec<usize> = (0..mentions.len()).filter(|&i| roots[i] == r).collect();
        if members.is_empty() || members.iter().any(|&i| mentions[i].2) {
            continue;
        }
        let only_hit = members.iter().all(|&i| mentions[i].3);
        let mut sex = None;
        for &i in &members {
            let (start, end) = span(mentions[i].4, &claims[mentions[i].4]);
            match (sex, sex_in(text, start, end, v)) {
                (_, None) => {}
                (None, Some(k)) => sex = Some(Some(k)),
                (Some(Some(a)), Some(k)) if a != k => sex = Some(None),
                _ => {}
            }
        }
        let slot = sex.flatten().filter(|&k| k < 2).unwrap_or(2);
        let mut counted = false;
        for (by_name, count, untold) in [
            (true, &mut named, &mut untold_named),
            (false, &mut described, &mut untold_described),
        ] {
            if !members.iter().any(|&i| mentions[i].1 == by_name) {
                continue;
            }
            if only_hit && *untold > 0 && !other_than_dead(&members) {
                *untold -= 1;
            } else {
                count[slot] += 1;
                counted = true;
            }
        }
        if counted {
            let at = members.iter().map(|&i| mentions[i].4).max();
            last = last.max(at);
        }
    }
    let total = |c: &[usize; 3]| c.iter().sum::<usize>();
    let n = if named[2] + described[2] == 0 {
        named[0].max(described[0]) + named[1].max(described[1])
    } else {
        total(&named).max(total(&described))
    };
    let Some(at) = last.filter(|_| n as f64 > stated) else {
        return;
    };
    claims.push(inferred_total(&claims[at], Some("injured"), n as f64));
}

/// Whether a phrase of people opens with "the other" ("The other", "the
/// other victim"): the rest of a group told of before.
fn the_other(phrase: &str) -> bool {
    let mut w = phrase.split_whitespace();
    w.next().is_some_and(|x| x.eq_ignore_ascii_case("the"))
        && w.next().is_some_and(|x| x.eq_ignore_ascii_case("other"))
}

/// A total of `n` people added up from an article's mentions, told where
/// `like` is (its sentence, place and date), of `measure` (`like`'s own
/// where `None`): inferred, since no number the article writes gives it.
fn inferred_total(like: &Claim, measure: Option<&str>, n: f64) -> Claim {
    let mut total = like.clone();
    if let Some(m) = measure {
        total.measure = Some(m.into());
    }
    total.inferred = true;
    // A total, though `like` be a count of others ("two other people").
    total.qualifier = None;
    total.value = Some(crate::model::Value {
        low: Some(n),
        high: Some(n),
        unit: "people".into(),
    });
    total
}

/// "Ortiz was shot ... Ortiz died ... doctors said Ortiz died": a person
/// the article has counted, named or described again with the same
/// figure, is that person again, as "he died" is: the first mention keeps
/// the record, the later ones (read from words, no number written) add
/// none. Mentions are one person as in [`account`] (a shared surname or
/// noun of one person); "the victim", which tells no one apart, repeats
/// any earlier count of the same figure. Runs after [`account`], on
/// claims in text order, so the article's totals are read first.
pub fn drop_repeats(text: &str, claims: &mut Vec<Claim>, config: &Config) {
    let v = &config.victims;
    // The counts of people, in one pass: most articles hold none, or none
    // read from words, and the rest hold few.
    // (A flag first: most claims are no count of people, and the string
    // tests would run on every claim of every article.)
    if !claims.iter().any(|c| c.inferred) {
        return;
    }
    let mut counted: Vec<usize> = Vec::new();
    let mut inferred = false;
    for (i, c) in claims.iter().enumerate() {
        if c.measure
            .as_deref()
            .is_some_and(crate::config::victims::victim_measure)
            && c.qualifier.is_none()
            && c.value.as_ref().is_some_and(|x| x.unit == "people")
        {
            counted.push(i);
            inferred |= c.inferred;
        }
    }
    if !inferred {
        return;
    }
    // Keys are read only for a mention read from words that follows a
    // count of the same figure, and once per claim (kept, not copied);
    // the tables are made at the first such mention, which most articles
    // with counts of people lack.
    let mut keys: Vec<Option<Option<Vec<String>>>> = Vec::new();
    let key = |k: usize| {
        let c = &claims[counted[k]];
        person_keys(text, c.start, c.end, v).map(|(k, _)| k)
    };
    let mut drop: Vec<bool> = Vec::new();
    for n in 1..counted.len() {
        let c = &claims[counted[n]];
        if !c.inferred {
            continue;
        }
        let low = c.value.as_ref().and_then(|x| x.low);
        // Someone counted dead is counted hit: "Horton died ... Horton
        // was shot" tells nothing new; the other way round it does.
        let same_figure = |m: usize| {
            let o = &claims[counted[m]];
            !drop.get(m).is_some_and(|d| *d)
                && o.kind == c.kind
                && o.scope == c.scope
                && o.value.as_ref().and_then(|x| x.low) == low
                && (o.measure == c.measure
                    || (o.measure.as_deref() == Some("killed")
                        && c.measure.as_deref() == Some("killed_or_injured")))
        };
        let Some(first) = (0..n).find(|&m| same_figure(m)) else {
            continue;
        };
        // "The man who died was identified as Andre Whitlock, 31": the
        // repeat tells who the counted person is, and stories know a
        // victim by an age given beside a toll (two shootings on one
        // street a day apart have different victims), so it stays.
        let aged = claims.iter().any(|o| {
            std::sync::Arc::ptr_eq(&o.sentence, &c.sentence)
                && config
                    .kind(&o.kind)
                    .is_some_and(|k| k.def.extends == crate::config::Behaviour::Age)
        });
        if aged {
            continue;
        }
        let definite = text[c.start..c.end]
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        if keys.is_empty() {
            keys.resize(counted.len(), None);
        }
        if keys[n].is_none() {
            keys[n] = Some(key(n));
        }
        let mut repeat = false;
        for m in (first..n).filter(|&m| same_figure(m)) {
            if keys[m].is_none() {
                keys[m] = Some(key(m));
            }
            repeat = match (&keys[n], &keys[m]) {
                (Some(Some(a)), Some(Some(b))) => {
                    a.iter().any(|k| !k.starts_with('#') && b.contains(k))
                }
                // "the victim", "the boy" after a count of one: the one the
                // article has told of, by a noun it may not have used
                // ("the other" of a pair is the one it has not).
                _ => definite && low == Some(1.0) && !the_other(&text[c.start..c.end]),
            };
            if repeat {
                break;
            }
        }
        if repeat {
            if drop.is_empty() {
                drop.resize(counted.len(), false);
            }
            drop[n] = true;
        }
    }
    if drop.is_empty() {
        return;
    }
    let mut gone = vec![false; claims.len()];
    for k in (0..counted.len()).filter(|&k| drop[k]) {
        gone[counted[k]] = true;
    }
    let mut i = 0;
    claims.retain(|_| {
        i += 1;
        !gone[i - 1]
    });
}

/// "Bynum died Thursday … Hollis died at the scene": the dead an
/// article names one by one add up (mentions sharing a surname are one
/// person), and a killer who then took their own life ("Pike was shot and
/// killed by her husband … He then turned the gun on himself") is one
/// more, besides the named dead or, with none named, those described.
/// The sum is an inferred `killed` claim on the last of them, when it is
/// more than any count of the article says.
fn dead_one_by_one(
    text: &str,
    claims: &mut Vec<Claim>,
    v: &Victims,
    story: &dyn Fn(&&Claim) -> bool,
) {
    let one_dead = |c: &&Claim| {
        story(c)
            && c.measure.as_deref() == Some("killed")
            && c.value.as_ref().and_then(|x| x.low) == Some(1.0)
    };
    // Most articles tell no two dead one by one: nothing to add (and no
    // person's keys to build, which cost 4 M instructions on the bench).
    if claims.iter().filter(one_dead).take(2).count() < 2 {
        return;
    }
    let killed = |c: &&Claim| story(c) && c.measure.as_deref() == Some("killed");
    let value = |c: &Claim| c.value.as_ref().and_then(|x| x.low).unwrap_or(0.0);
    let most = claims.iter().filter(killed).map(value).fold(0.0, f64::max);
    // Each mention adds at most one; without a suicide only those named
    // in full add more than one in all, and a name needs a capital word
    // in the phrase or set off after it: most articles with two such
    // mentions tell of one person, or count as many, and need no keys.
    // A pronoun's death that is no suicide ("He was pronounced dead")
    // stands for someone told of before: no one more.
    let said_of = |c: &Claim| {
        PRONOUNS
            .iter()
            .any(|p| text[c.start..c.end].eq_ignore_ascii_case(p))
    };
    let pronoun = |c: &Claim| said_of(c) && took_own_life(text, c);
    let may_be_named = |c: &Claim| {
        phrase_words(&text[c.start..c.end]).any(|w| {
            w.starts_with(char::is_uppercase) && !ONE.iter().any(|o| w.eq_ignore_ascii_case(o))
        }) || text[c.end..]
            .strip_prefix(", ")
            .or_else(|| text[c.end..].strip_prefix(' '))
            .is_some_and(|r| r.starts_with(char::is_uppercase))
    };
    let (mut mentions, mut some_suicide, mut names) = (0, false, 0);
    for c in claims.iter().filter(one_dead) {
        if said_of(c) && !pronoun(c) {
            continue;
        }
        mentions += 1;
        if pronoun(c) {
            some_suicide = true;
        } else if may_be_named(c) {
            names += 1;
        }
    }
    if mentions as f64 <= most || (!some_suicide && names < 2) {
        return;
    }
    let (mut named, mut described) = (Vec::new(), Vec::new());
    let mut suicides = 0;
    let mut last = 0;
    for (i, c) in claims.iter().enumerate().filter(|(_, c)| one_dead(c)) {
        if said_of(c) && !pronoun(c) {
            continue;
        }
        if pronoun(c) {
            suicides += 1;
        } else if let Some((mut keys, by_name)) = person_keys(text, c.start, c.end, v) {
            if by_name {
                // By name alone: "the driver of the Ford, Tyler Brandt"
                // and "the driver of the Honda, Miguel Soto" are two.
                let surname = keys.pop().unwrap_or_default();
                let given = given_name(text, c.start, c.end, &surname, v);
                named.push((given, surname));
            } else {
                described.push(keys);
            }
        } else {
            continue;
        }
        last = i;
    }
    let people = match suicides {
        0 => distinct_names(&named),
        _ => distinct_names(&named).max(distinct(&described)),
    };
    let n = (people + suicides) as f64;
    if n < 2.0 || n <= most {
        return;
    }
    claims.push(inferred_total(&claims[last], None, n));
}

/// The groups of hurt an article tells apart, added up: the largest
/// injured count and each other that is apart from every one taken, and
/// the claim the sum goes on (the last of them). Two counts are apart when
/// their nouns are of roles of different classes ("two passengers", "the
/// driver"), or when the second opens a clause joined by "and" to the
/// first's in one sentence ("A woman was badly burned and three
/// firefighters suffered minor injuries"). None with fewer than two.
fn hurt_apart(
    text: &str,
    claims: &[Claim],
    v: &Victims,
    story: &dyn Fn(&&Claim) -> bool,
) -> Option<(usize, f64)> {
    let value = |c: &Claim| c.value.as_ref().and_then(|x| x.low).unwrap_or(0.0);
    let hurt = |c: &&Claim| story(c) && c.measure.as_deref() == Some("injured") && value(c) >= 1.0;
    // Most articles tell of one group of hurt or none: nothing to read.
    if claims.iter().filter(hurt).take(2).count() < 2 {
        return None;
    }
    // Each group: its claim, its roles' classes, its sex, its vehicle.
    type Group<'t> = (usize, Vec<usize>, Option<usize>, Option<&'t str>);
    let mut groups: Vec<Group> = Vec::new();
    for (i, c) in claims.iter().enumerate().filter(|(_, c)| hurt(c)) {
        let mut classes: Vec<usize> = phrase_words(set_off(text, c.start))
            .chain(phrase_words(&text[c.start..c.end]))
            .filter_map(|w| v.roles.class(w))
            .collect();
        classes.sort_unstable();
        classes.dedup();
        let inside = vehicle(text, c, v);
        // "All five occupants of the van": everyone in it, of every role.
        if inside.is_some() && phrase_words(&text[c.start..c.end]).any(|w| v.everyone_in.has(w)) {
            classes.clear();
        }
        // "Four children and the car's driver": a count that joins people
        // of a role to people of none may hold anyone, so no role sets it
        // apart from "the four students" told later.
        let roleless = |w: &str| v.people.has(w) && v.roles.class(w).is_none();
        if !classes.is_empty() && phrase_words(&text[c.start..c.end]).any(roleless) {
            classes.clear();
        }
        groups.push((i, classes, sex_of(text, c, v), inside));
    }
    let people =
        |c: &Claim| phrase_words(&text[c.start..c.end]).any(|w| v.person.has(w) || v.people.has(w));
    let apart = |a: usize, b: usize| {
        let ((i, x, sx, vx), (j, y, sy, vy)) = (&groups[a], &groups[b]);
        if !x.is_empty() && !y.is_empty() && !x.iter().any(|k| y.contains(k)) {
            return true;
        }
        // "Both men were in stable condition … A woman was grazed", "The
        // driver of the Odyssey … The driver of the F-150": people of two
        // sexes, or of two vehicles, are two groups.
        if sx.zip(*sy).is_some_and(|(p, q)| p != q)
            || vx.zip(*vy).is_some_and(|(p, q)| !p.eq_ignore_ascii_case(q))
        {
            return true;
        }
        let (first, second) = if claims[*i].start < claims[*j].start {
            (&claims[*i], &claims[*j])
        } else {
            (&claims[*j], &claims[*i])
        };
        std::sync::Arc::ptr_eq(&first.sentence, &second.sentence)
            && first.end < second.start
            && people(first)
            && people(second)
            && {
                let between = text[first.end..second.start].trim_end();
                between.ends_with(" and") && between.len() > 5 && !between.contains(['.', ';'])
            }
    };
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by(|&a, &b| value(&claims[groups[b].0]).total_cmp(&value(&claims[groups[a].0])));
    let mut taken: Vec<usize> = Vec::new();
    for k in order {
        if taken.iter().all(|&t| apart(t, k)) {
            taken.push(k);
        }
    }
    if taken.len() < 2 {
        return None;
    }
    let n = taken.iter().map(|&t| value(&claims[groups[t].0])).sum();
    let at = taken.iter().map(|&t| groups[t].0).max()?;
    Some((at, n))
}

/// "Officers found a 29-year-old man with a cut to the head. He was
/// treated at the scene.": a count told by a pronoun that opens its
/// sentence (the reader gives one, never of the dead) stands for the
/// person the sentence before introduces ("a" or "an" and a noun of one
/// person, of the pronoun's sex or none, or a name with its age set off:
/// "Rita Moss, 80,"), when no count of people is read in that sentence; a
/// sentence that holds the same pronoun is stepped over ("She was loading
/// groceries when a man grabbed her purse. She was taken to a hospital."),
/// back to the paragraph before. Any other such
/// count repeats someone counted (or no one known) and is dropped. The
/// counts kept, with the antecedent's span: (claim, start, end).
fn pronoun_antecedents(
    text: &str,
    claims: &mut Vec<Claim>,
    v: &Victims,
) -> Vec<(usize, usize, usize)> {
    // A pronoun's death too ("He was pronounced deceased"), never a
    // killer's suicide ("He then turned the gun on himself"), one more dead
    // whoever the pronoun stands for.
    // "EMS pronounced him deceased": "him" and "her" are counted only so.
    let pronoun = |c: &Claim| {
        c.end - c.start <= 3
            && (PRONOUNS.iter().any(|p| c.text.eq_ignore_ascii_case(p))
                || (c.measure.as_deref() == Some("killed")
                    && ["him", "her"]
                        .iter()
                        .any(|p| c.text.eq_ignore_ascii_case(p))))
            && (c.measure.as_deref() != Some("killed") || !took_own_life(text, c))
    };
    // Most articles have none: nothing to read.
    if !claims.iter().any(pronoun) {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut gone = vec![false; claims.len()];
    for i in 0..claims.len() {
        if !pronoun(&claims[i]) {
            continue;
        }
        match antecedent(text, claims, i, v) {
            Some((s, e)) => found.push((i, s, e)),
            None => gone[i] = true,
        }
    }
    if gone.iter().any(|&g| g) {
        let mut k = 0;
        claims.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
        // Indexes shift past each claim dropped.
        for f in &mut found {
            f.0 -= gone[..f.0].iter().filter(|&&g| g).count();
        }
    }
    found
}

/// Whether the sentence of a pronoun's claim of the dead says they took
/// their own life ("He then turned the gun on himself"): the words after
/// it, to the sentence's end.
fn took_own_life(text: &str, c: &Claim) -> bool {
    let rest = &text[c.end..];
    let rest = &rest[..rest.find(['.', '\n']).unwrap_or(rest.len())];
    rest.split(|ch: char| !ch.is_alphanumeric()).any(|w| {
        ["himself", "herself", "suicide"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
    }) || rest.contains("own life")
}

/// The person a pronoun claim `claims[i]` stands for (see
/// [`pronoun_antecedents`]): the span of "a 29-year-old man".
fn antecedent(text: &str, claims: &[Claim], i: usize, v: &Victims) -> Option<(usize, usize)> {
    let c = &claims[i];
    let sex = usize::from(c.text.eq_ignore_ascii_case("she") || c.text.eq_ignore_ascii_case("her"));
    // The sentences before the pronoun's own ("EMS pronounced him
    // deceased" holds no one before "him").
    let own = c.start.saturating_sub(c.sentence_offset);
    let para = text[..c.start].rfind('\n').map_or(0, |k| k + 1);
    let mut sentences = super::text::sentences(text, para, own.max(para));
    if sentences.len() < 2 && para > 0 {
        // A pronoun near a paragraph's start may stand for the person of
        // the paragraph before (its own line).
        let before = text[..para - 1].rfind('\n').map_or(0, |k| k + 1);
        let mut earlier = super::text::sentences(text, before, para - 1);
        earlier.append(&mut sentences);
        sentences = earlier;
    }
    for &(s, e) in sentences.iter().rev().take(2) {
        // A count of people in it: the pronoun repeats someone counted.
        let mut counted = claims.iter().filter(|o| {
            o.start >= s
                && o.end <= e
                && o.scope == Scope::Story
                && o.measure
                    .as_deref()
                    .is_some_and(crate::config::victims::victim_measure)
        });
        if let Some(o) = counted.next() {
            // "Officers found a man suffering from gunshot wounds. He was
            // pronounced dead": the one person the sentence introduces
            // hit or hurt is the one who died (a death, not a repeat).
            let one_hit = c.measure.as_deref() == Some("killed")
                && o.measure.as_deref() != Some("killed")
                && o.value.as_ref().and_then(|x| x.low) == Some(1.0)
                && counted.next().is_none()
                && o.text
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
                && sex_in(text, o.start, o.end, v).is_none_or(|x| x == sex);
            return one_hit.then_some((o.start, o.end));
        }
        let toks = super::tokens::tokens(text, s, e);
        // "During the encounter, the man raised a handgun … He was
        // transported with injuries considered serious": a pronoun's hurt
        // stands for "the" person too, one the sentence before counts
        // no one of (the article's accounting joins the two mentions of
        // one noun).
        let one_after = |dets: &[&str]| {
            toks.iter().enumerate().find_map(|(k, t)| {
                if !t.is_any(dets) {
                    return None;
                }
                let n = (k + 1..toks.len().min(k + 5))
                    .take_while(|&n| toks[n].is_word())
                    .find(|&n| v.person.has(toks[n].s))?;
                let agrees = v.sexes.class(toks[n].s).is_none_or(|x| x == sex);
                agrees.then(|| (t.start, toks[n].end))
            })
        };
        let one = one_after(&["a", "an"]).or_else(|| {
            (c.measure.as_deref() == Some("injured"))
                .then(|| one_after(&["the"]))
                .flatten()
        });
        // "Police said the woman, 52, walked in after a neighbor drove her":
        // the person described with an age set off, told before any other
        // noun of one person, is who the sentence is about.
        if let Some(aged) = aged_definite(&toks, sex, v) {
            if one.is_none_or(|o| aged.0 < o.0) {
                return Some(aged);
            }
        }
        if one.is_some() {
            return one;
        }
        // "Rita Moss, 80, was crossing …": a name with its age set off.
        let named = (2..toks.len().saturating_sub(2)).find_map(|k| {
            let aged = toks[k].s == ","
                && small_number(toks[k + 1].s).is_some()
                && toks[k + 2].s == ","
                && toks[k - 1].is_capital()
                && toks[k - 2].is_capital();
            aged.then(|| (toks[k - 2].start, toks[k - 1].end))
        });
        if named.is_some() {
            return named;
        }
        // "She was loading groceries when …", "\"He threw me down,\" she
        // said": the same pronoun opens the sentence before, or is in it;
        // its person is further back.
        let same = toks.iter().any(|t| t.s.eq_ignore_ascii_case(&c.text));
        if !same {
            return None;
        }
    }
    None
}

/// "the man, 41,": "the", a noun of one person of the pronoun's `sex`
/// (or of none), and an age set off by commas, in `toks`: its span.
fn aged_definite(toks: &[Tok], sex: usize, v: &Victims) -> Option<(usize, usize)> {
    toks.windows(5).find_map(|w| {
        let aged = w[0].is("the")
            && v.person.has(w[1].s)
            && v.sexes.class(w[1].s).is_none_or(|x| x == sex)
            && w[2].s == ","
            && small_number(w[3].s).is_some()
            && w[4].s == ",";
        aged.then(|| (w[0].start, w[1].end))
    })
}

/// The age a phrase of one person gives, in it ("a 34-year-old man") or
/// set off right after it ("Sheila Pease, 46,").
fn age_of(text: &str, start: usize, end: usize) -> Option<f64> {
    let inside = phrase_words(&text[start..end])
        .find(|w| age_word(w))
        .and_then(|w| {
            let n = w.to_ascii_lowercase();
            small_number(n.split("-year-old").next()?)
        });
    inside.or_else(|| {
        let rest = text[end..].strip_prefix(", ")?;
        let n = rest.split([',', ' ']).next()?;
        small_number(n).filter(|_| n.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// The words before a name set off by a comma at `start`, back to the
/// clause's start (at most 60 bytes): "The driver of the Ram" of "The
/// driver of the Ram, Kyle Denton,", whose noun is the name's too.
fn set_off(text: &str, start: usize) -> &str {
    text[..start].strip_suffix(", ").map_or("", |b| {
        let from = b.rfind([',', '.', ';', '\n']).map_or(0, |k| k + 1);
        if b.len() - from <= 60 {
            &b[from..]
        } else {
            ""
        }
    })
}

/// The one sex (a class of `victims.sexes`) of the people a claim's
/// phrase tells, with the noun a name is set off after: "Both men",
/// "His grandmother, Evelyn Porter"; none where a noun of people has no
/// sex ("a man and two passengers") or the phrase holds both.
fn sex_of(text: &str, c: &Claim, v: &Victims) -> Option<usize> {
    sex_in(text, c.start, c.end, v)
}

/// [`sex_of`] the phrase `text[start..end]`.
fn sex_in(text: &str, start: usize, end: usize, v: &Victims) -> Option<usize> {
    let mut sex = None;
    for w in phrase_words(set_off(text, start)).chain(phrase_words(&text[start..end])) {
        match v.sexes.class(w) {
            Some(k) if sex.is_some_and(|s| s != k) => return None,
            Some(k) => sex = Some(k),
            None if v.person.has(w) || v.people.has(w) => return None,
            None => {}
        }
    }
    sex
}

/// The vehicle (or place) a claim's people were in, as the word after
/// "of the" or "in the" behind a noun of a role, in its phrase or right
/// after it: "Odyssey" of "The driver of the Odyssey"; "F-150" of "The
/// driver" before "of the F-150 was"; none of "two of the children".
fn vehicle<'t>(text: &'t str, c: &Claim, v: &Victims) -> Option<&'t str> {
    let upto = super::text::floor_boundary(text, c.end + 30);
    let span = &text[c.start..upto];
    if let Some(at) = span.find(" of the ").or_else(|| span.find(" in the ")) {
        let role = span[..at].split_whitespace().next_back()?;
        v.roles.class(role)?;
        return phrase_words(&span[at + 8..]).next();
    }
    // "Driver of vehicle 1, Ana Whitcomb,": a release's numbered vehicle,
    // in the phrase or before the name set off after it.
    let numbered = |s: &'t str| {
        let at = s.find(" of vehicle ")?;
        v.roles.class(s[..at].split_whitespace().next_back()?)?;
        let number = s[at + 12..].split([' ', ',']).next()?;
        Some(&s[at + 4..at + 12 + number.len()])
    };
    numbered(&text[c.start..c.end]).or_else(|| numbered(set_off(text, c.start)))
}

/// The words of a phrase that names or describes people ("His
/// passenger, Irene Soto,"): split at white space and commas, trimmed of
/// marks other than inner hyphens and apostrophes, none empty.
fn phrase_words(phrase: &str) -> impl Iterator<Item = &str> {
    phrase
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\''))
        .filter(|w| !w.is_empty())
}

/// The given name before `surname` (lower-case, as the keys are) in the
/// phrase `text[start..end]` or the name set off right after it: "Irene"
/// of "His passenger, Irene Soto,"; none for "Soto" alone.
fn given_name(text: &str, start: usize, end: usize, surname: &str, v: &Victims) -> Option<String> {
    let upto = super::text::floor_boundary(text, end + 40);
    let words: Vec<&str> = phrase_words(&text[start..upto]).collect();
    let at = words.iter().position(|w| w.eq_ignore_ascii_case(surname))?;
    let given = words[..at].last()?;
    let plain = |w: &str| {
        v.titles.has(w) || v.person.has(w) || ONE.iter().any(|o| w.eq_ignore_ascii_case(o))
    };
    (given.starts_with(char::is_uppercase) && !plain(given)).then(|| given.to_lowercase())
}

/// How many people the named mentions (given name, surname) are: those
/// named in full, one surname being one person unless they give it
/// different given names ("Miguel Soto" and "Irene Soto" are two); a name
/// in one word ("Soto", "Alexis") may be anyone's surname or given name,
/// and is one person only where no one is named in full.
fn distinct_names(mentions: &[(Option<String>, String)]) -> usize {
    let mut people: Vec<&(Option<String>, String)> = Vec::new();
    for m in mentions.iter().filter(|m| m.0.is_some()) {
        if !people.iter().any(|p| p.1 == m.1 && p.0 == m.0) {
            people.push(m);
        }
    }
    people.len().max(usize::from(!mentions.is_empty()))
}

/// How many people the mentions with these keys are: mentions that share
/// a key are one person.
fn distinct(mentions: &[Vec<String>]) -> usize {
    let mut people: Vec<Vec<&String>> = Vec::new();
    for keys in mentions {
        let joined: Vec<usize> = (0..people.len())
            .filter(|&p| people[p].iter().any(|k| keys.contains(k)))
            .collect();
        let mut merged: Vec<&String> = keys.iter().collect();
        for &p in joined.iter().rev() {
            merged.extend(people.swap_remove(p));
        }
        people.push(merged);
    }
    people.len()
}

/// The last story count of the injured said with "also" ("Three men were
/// also wounded"), and how many it makes with the people hit or hurt and
/// alive before it in the article (the largest such figure less the
/// killed before it).
fn also_hurt(
    text: &str,
    claims: &[Claim],
    story: &dyn Fn(&&Claim) -> bool,
) -> Option<(usize, f64)> {
    let value = |c: &Claim| c.value.as_ref().and_then(|v| v.low).unwrap_or(0.0);
    // "A man shot in the stomach … The two other people hurt were
    // treated": a count of others hurt (`additional`) is besides them too.
    let others = |c: &Claim| {
        c.scope == Scope::Story
            && c.qualifier.as_deref() == Some("additional")
            && c.measure.as_deref() == Some("injured")
            && c.value
                .as_ref()
                .and_then(|v| v.low)
                .is_some_and(|n| n > 0.0)
            && text[c.start..c.end]
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("other"))
    };
    let (at, c) = claims.iter().enumerate().rev().find(|(_, c)| {
        (story(c)
            && c.measure.as_deref() == Some("injured")
            && text[c.end..]
                .split_whitespace()
                .take(3)
                .any(|w| w.eq_ignore_ascii_case("also")))
            || others(c)
    })?;
    let before = |m: &str| {
        claims
            .iter()
            .filter(|o| story(o) && o.end <= c.start && o.measure.as_deref() == Some(m))
            .map(value)
            .fold(0.0, f64::max)
    };
    let earlier = before("killed_or_injured").max(before("injured")) - before("killed");
    (earlier > 0.0).then(|| (at, value(c) + earlier))
}

/// "Three were taken to hospital; the other eight were treated at the
/// scene": a count of the hurt opening with "the other" (read as a part),
/// after a count of
/// the hurt in its sentence that is no part of any group, is the rest of
/// a group whose whole no phrase of the hurt gives ("Eleven people were
/// treated by paramedics"): the two add up. Where the whole was read as
/// people hit, the first count is a part of it and nothing is added. The
/// claim of the rest, and the sum.
fn rest_of_split(
    text: &str,
    claims: &[Claim],
    story: &dyn Fn(&&Claim) -> bool,
) -> Option<(usize, f64)> {
    let value = |c: &Claim| c.value.as_ref().and_then(|v| v.low).unwrap_or(0.0);
    let injured = |c: &Claim| c.scope == Scope::Story && c.measure.as_deref() == Some("injured");
    claims.iter().enumerate().find_map(|(at, rest)| {
        // The rest is read as a part (of a group told before it, or of
        // none); the words are read last, as this runs for every claim.
        if rest.qualifier.as_deref() != Some("part") || !injured(rest) || value(rest) <= 0.0 {
            return None;
        }
        let the_other = text
            .get(rest.start..rest.end)
            .and_then(|t| t.get(..10))
            .is_some_and(|t| t.eq_ignore_ascii_case("the other "));
        if !the_other {
            return None;
        }
        let first = claims
            .iter()
            .filter(story)
            .filter(|c| {
                injured(c)
                    && c.end <= rest.start
                    && std::sync::Arc::ptr_eq(&c.sentence, &rest.sentence)
            })
            .map(value)
            .fold(0.0, f64::max);
        (first > 0.0).then(|| (at, first + value(rest)))
    })
}

/// "Horton was shot and killed in October 2011" in a trial report that
/// also says "Zurana Horton died": a person the article names as a
/// victim of its own event is no victim of another, whatever year a
/// sentence gives. A named background count of one whose surname a story
/// count of one carries joins the story.
fn rejoin_named(text: &str, claims: &mut [Claim], v: &Victims) {
    let one = |c: &Claim| {
        c.qualifier.is_none()
            && c.value.as_ref().and_then(|x| x.low) == Some(1.0)
            && c.measure
                .as_deref()
                .is_some_and(crate::config::victims::victim_measure)
    };
    if !claims
        .iter()
        .any(|c| c.scope == Scope::Background && one(c))
    {
        return;
    }
    let surname = |c: &Claim| match person_keys(text, c.start, c.end, v) {
        Some((mut keys, true)) => keys.pop(),
        _ => None,
    };
    let story: Vec<String> = claims
        .iter()
        .filter(|c| c.scope == Scope::Story && one(c))
        .filter_map(surname)
        .collect();
    for c in claims.iter_mut() {
        if c.scope == Scope::Background && one(c) && surname(c).is_some_and(|s| story.contains(&s))
        {
            c.scope = Scope::Story;
        }
    }
}

/// What tells one person apart in the phrase `text[start..end]`: its
/// surname (the last capitalised word after its nouns of one person, or a
/// name set off after it: "a girl, Mia Cole,") and its nouns of one person
/// ("chief", "clerk"), and whether it names the person. `None` for a phrase
/// that tells no one apart ("the victim"); "another man" is someone new,
/// with a key of its own.
fn person_keys(text: &str, start: usize, end: usize, v: &Victims) -> Option<(Vec<String>, bool)> {
    let words: Vec<&str> = phrase_words(&text[start..end]).collect();
    // "He" of a killer's suicide: someone besides the victims described.
    if let [w] = words[..] {
        if PRONOUNS.iter().any(|p| w.eq_ignore_ascii_case(p)) {
            return Some((vec![format!("#{start}")], false));
        }
    }
    // "another man", "a second woman": someone besides those named so far.
    if words
        .first()
        .is_some_and(|w| w.eq_ignore_ascii_case("another"))
        || words.iter().any(|w| {
            w.eq_ignore_ascii_case("other") || ORDINALS.iter().any(|o| w.eq_ignore_ascii_case(o))
        })
    {
        return Some((vec![format!("#{start}")], false));
    }
    let mut keys: Vec<String> = Vec::new();
    let mut after_noun = 0;
    for (i, w) in words.iter().enumerate() {
        if v.person.has(w) && !GENERIC.iter().any(|g| w.eq_ignore_ascii_case(g)) {
            keys.push(w.to_lowercase());
            after_noun = i + 1;
        }
    }
    let capital = |w: &&str| {
        w.starts_with(char::is_uppercase)
            && !v.titles.has(w)
            && !v.person.has(w)
            && !v.venues.has(w)
            && !ONE.iter().any(|o| w.eq_ignore_ascii_case(o))
            && !SUFFIXES.contains(w)
    };
    let mut surname = words[after_noun..]
        .iter()
        .rev()
        .find(|w| capital(w))
        .copied();
    if surname.is_none() {
        // ", Mia Cole," set off right after the phrase.
        let rest = text[end..].strip_prefix(", ").unwrap_or("");
        let run: Vec<&str> = rest
            .split(' ')
            .take_while(|w| w.starts_with(char::is_uppercase))
            .collect();
        if run.len() >= 2 && run.last().is_some_and(|w| w.ends_with(',')) {
            surname = run.last().map(|w| w.trim_end_matches(','));
        }
    }
    if surname.is_none() && after_noun == words.len() && after_noun > 0 {
        // "his co-worker Luis Fuentes": a name right after the noun.
        let rest = text[end..].strip_prefix(' ').unwrap_or("");
        let mut run: Vec<&str> = Vec::new();
        // Split at any white space: a name that ends its paragraph ("…
        // Luis Fuentes.\nServices …") ends at its stop.
        for w in rest.split(char::is_whitespace) {
            let bare = w.trim_end_matches([',', '.', ';']);
            if !capital(&bare) {
                break;
            }
            run.push(bare);
            if bare.len() < w.len() {
                break;
            }
        }
        if run.len() >= 2 {
            surname = run.last().copied();
        }
    }
    let named = surname.is_some();
    keys.extend(surname.map(str::to_lowercase));
    // "One juvenile was struck … A second juvenile was grazed": a class
    // noun ([`CLASSES`]) tells no one apart, but an indefinite phrase of
    // one introduces someone new, where "the juvenile" repeats them.
    if keys.is_empty()
        && words
            .first()
            .is_some_and(|w| ["a", "an", "one"].iter().any(|d| w.eq_ignore_ascii_case(d)))
        && words[1..]
            .iter()
            .any(|w| CLASSES.iter().any(|c| w.eq_ignore_ascii_case(c)))
    {
        return Some((vec![format!("#{start}")], false));
    }
    (!keys.is_empty()).then_some((keys, named))
}

/// Nouns of the age class a release puts a person in: of [`GENERIC`].
const CLASSES: &[&str] = &["adult", "juvenile"];

/// The rank an ordinal gives a person in a short phrase ("a third", "the
/// third victim"): the person is the n-th of those hit. Not "a second
/// woman", the second of the women.
fn rank(phrase: &str) -> Option<f64> {
    let mut words = phrase.split_whitespace();
    let det = words.next()?;
    if !(det.eq_ignore_ascii_case("a") || det.eq_ignore_ascii_case("the")) {
        return None;
    }
    let w = words.next()?;
    let noun = words.next();
    if words.next().is_some()
        || noun.is_some_and(|n| !GENERIC.iter().any(|g| n.eq_ignore_ascii_case(g)))
    {
        return None;
    }
    let i = ORDINALS.iter().position(|o| w.eq_ignore_ascii_case(o))?;
    Some(i as f64 + 2.0)
}

/// Nouns of one person that tell no one apart.
/// "An adult male" and "an adult female" of a police release are two:
/// "adult" (or "juvenile") says only which age class the person is in.
const GENERIC: &[&str] = &[
    "victim",
    "person",
    "one",
    "other",
    "individual",
    "adult",
    "juvenile",
];

/// Words after a surname that are no surname.
const SUFFIXES: &[&str] = &["Jr", "Sr", "II", "III", "IV"];

/// The `'static` name of a measure of [`MEASURES`].
fn measure(m: &str) -> Option<&'static str> {
    MEASURES.iter().copied().find(|x| *x == m)
}

/// Forms of "be" and "have": between a person and what befell them ("was
/// killed", "has died"), and never part of a noun phrase.
const BE_HAVE: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "being", "has", "have", "had",
];

/// Other words between a person and the phrase that says what befell them.
const AUX: &[&str] = &[
    "got",
    "get",
    "later",
    "also",
    "reportedly",
    "allegedly",
    "then",
    "who",
    "that",
    "which",
    "both",
    "all",
    "each",
    "critically",
    "seriously",
    "badly",
    "severely",
    "subsequently",
    "tragically",
    "apparently",
    "initially",
    "eventually",
    "instantly",
    "immediately",
    "since",
    "now",
    "believed",
    "to",
    "reported",
    "found",
    // "Two women were located suffering from gunshot wounds".
    "located",
    // "remains in critical condition", "were listed in stable condition".
    "listed",
    "remain",
    "remains",
    "remained",
    "left",
    "lay",
    "lying",
    "officially",
    "just",
    "presumably",
    "probably",
    "likely",
];

/// Verbs of `victims.verbs` used as freely of teams and rivals as of
/// victims: they count a noun of people ("beat a deputy"), never a name.
/// "Hit" too ("two men were hit", never "Toledo was hit by a storm"),
/// and "expected to recover" ("both men", never "Prices").
const NOUN_ONLY: &[&str] = &["beat", "beaten", "hit", "recover", "survive"];

/// What "were hit by" may name for the people to be hit as "shot" says:
/// "hit by a car", not "hit by layoffs" nor "hit with a fine".
const HIT_BY: &[&str] = &[
    "gunfire",
    "gunshots",
    "bullet",
    "bullets",
    "pellets",
    "shrapnel",
    "car",
    "vehicle",
    "truck",
    "train",
    "bus",
    "van",
    "suv",
    "pickup",
    "motorcycle",
    "driver",
    "motorist",
];

/// Past participles that do not end in "-ed": "was struck and killed".
const PARTICIPLES: &[&str] = &[
    "struck", "hit", "run", "beaten", "stabbed", "shot", "thrown", "bitten", "taken", "dragged",
    "cut",
];

/// Words opening a phrase of where a person was struck, after the
/// participle: "cut on the hand", "hit by a car", "shot in the leg".
const WHERE_STRUCK: &[&str] = &["on", "in", "by", "at", "near", "through"];

/// Verbs in the past that do not end in "-ed": "made it out and was
/// treated", "fled and was shot".
const PAST: &[&str] = &[
    "made", "ran", "fled", "got", "went", "came", "escaped", "found",
];

/// Words of direction between a preposition and a place: "in east
/// London", "in northeast Philadelphia".
const COMPASS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "central",
    "downtown",
    "rural",
    "suburban",
    "nearby",
];

/// Words before a capitalised name that make it a place or a body, not a
/// person: "taken to Mercy General", "at Sam's Club".
const PLACE_BEFORE: &[&str] = &[
    "to", "at", "in", "on", "into", "from", "near", "of", "by", "outside", "inside",
];

/// Capitalised words that open many sentences and name no person.
const NOT_NAMES: &[&str] = &[
    "police",
    "authorities",
    "officials",
    "investigators",
    "officers",
];

/// Words that scale the number before them: "2 million people" is no
/// count of two.
const SCALES: &[&str] = &["hundred", "thousand", "million", "billion", "lakh", "crore"];

/// Vague numbers before "of" and a noun of people, and the least each
/// stands for (as the numbers reader reads them).
const VAGUE: &[(&str, f64)] = &[
    ("tens", 10.0),
    ("dozens", 12.0),
    ("scores", 20.0),
    ("hundreds", 100.0),
    ("thousands", 1000.0),
];

/// Nouns of `victims.people` that count two after "a" or "the": "the
/// couple found dead" (not "a couple of men").
const PAIRS: &[&str] = &["couple", "twins"];

/// Ordinals that stand for a person in "a third was wounded".
const ORDINALS: &[&str] = &["second", "third", "fourth", "fifth", "sixth"];

/// Words that make the phrase say the opposite.
const NEGATIONS: &[&str] = &["not", "never", "no", "nobody", "none", "n't"];

/// Adjectives ending in "-ly", which may modify a noun of people ("an
/// elderly couple") where an adverb ("fatally") may not.
const LY_ADJECTIVES: &[&str] = &["elderly", "burly", "lonely", "friendly", "sickly"];

/// Pronouns of one person that may be the subject of a suicide.
const PRONOUNS: &[&str] = &["he", "she"];

/// Words that open where or when a person was hit, after the phrase of
/// [`Reader::hit_back`].
const WHERE_WHEN: &[&str] = &[
    "in",
    "at",
    "on",
    "during",
    "outside",
    "inside",
    "near",
    "behind",
    "early",
    "late",
    "last",
    "overnight",
];

/// Determiners of one person.
const ONE: &[&str] = &[
    "a", "an", "the", "one", "another", "his", "her", "its", "their", "our", "my", "this", "that",
];

/// Possessive determiners, which a number may follow ("his two sons").
const POSSESSIVES: &[&str] = &["his", "her", "its", "their", "our", "my"];

/// A word between a person and what befell them.
fn is_aux(t: &Tok) -> bool {
    t.is_any(BE_HAVE) || t.is_any(AUX)
}

/// Words (besides [`BE_HAVE`]) that end a noun phrase walked over: they are no modifier.
const STOP: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "by",
    "for",
    "with",
    "from",
    "to",
    "into",
    "near",
    "after",
    "before",
    "during",
    "when",
    "while",
    "as",
    "than",
    "and",
    "or",
    "but",
    "said",
    "says",
    "say",
    "told",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "you",
    "him",
    "them",
    "us",
    "who",
    "whom",
    "which",
    "that",
    "what",
    "where",
    "how",
    "why",
    "if",
    "because",
    "then",
    "there",
    "here",
    "killed",
    "killing",
    "shot",
    "died",
    "dead",
    "injured",
    "wounded",
    "including",
    "among",
    "about",
    "over",
    "under",
    "up",
    "out",
    "off",
    "not",
    "no",
    "all",
    "some",
    "many",
    "several",
    "dozens",
    "hundreds",
    "thousands",
    "both",
    "each",
    "every",
    "any",
    "most",
];

struct Reader<'a, 't> {
    toks: &'a [Tok<'t>],
    v: &'a Victims,
    config: &'a Config,
    verbs: &'a [(usize, usize, &'static str, bool)],
}

impl Reader<'_, '_> {
    fn tok(&self, i: usize) -> Option<&Tok<'_>> {
        self.toks.get(i)
    }

    /// "was not injured", "no one was killed" (a zero phrase says that).
    fn negated(&self, a: usize) -> bool {
        let mut i = a;
        let mut seen = 0;
        while i > 0 && seen < 3 {
            let t = &self.toks[i - 1];
            if t.is_any(NEGATIONS) || t.s.ends_with("n't") {
                return true;
            }
            if !is_aux(t) {
                return false;
            }
            i -= 1;
            seen += 1;
        }
        false
    }

    /// Whether the phrase at token `a` says of someone named before it in
    /// the sentence that they died: "but was declared dead", "where he
    /// died" (no person of its own before it, past forms of "be").
    fn died_after(&self, a: usize) -> bool {
        let mut j = a;
        while j > 0 && self.toks[j - 1].is_any(BE_HAVE) {
            j -= 1;
        }
        j > 0 && self.toks[j - 1].is_any(&["but", "where", "he", "she", "they", "later"])
    }

    /// "He then turned the gun on himself", "Police said she later took
    /// her own life": a killer told by a pronoun who took their own life
    /// after the killing (a "then" or "later", or the gun turned), one
    /// dead besides those killed; the pronoun opens the sentence or
    /// follows "said". The phrase of the suicide is at tokens `a..b`.
    fn pronoun_suicide(&self, a: usize, b: usize) -> Option<Count> {
        if !self.suicide(b) {
            return None;
        }
        let mut p = a;
        // "He then shot himself": "then" inside the phrase too.
        let mut after = (a..b).any(|k| self.toks[k].is_any(&["gun", "then", "later"]));
        while p > 0 && self.toks[p - 1].is_any(&["then", "later"]) {
            after = true;
            p -= 1;
        }
        let he = p.checked_sub(1)?;
        let opens = he == 0 || self.toks[he - 1].is("said");
        (after && opens && self.toks[he].is_any(PRONOUNS))
            .then(|| self.count(he, he + 1, "killed", 1.0))
    }

    /// The people opening the sentence before the first "was" or "were"
    /// ahead of token `a` ("The victim was transported …, where he was
    /// pronounced deceased"), as a count of the dead.
    fn subject_died(&self, a: usize) -> Option<Count> {
        let j = (1..a).find(|&j| self.toks[j].is_any(&["was", "were"]))?;
        if (0..j).any(|k| !self.toks[k].is_word() && self.toks[k].s != "-") {
            return None;
        }
        let np = self
            .np_back(j, false)
            .filter(|np| np.start == 0 && np.part.is_none())?;
        Some(self.count(np.start, np.end, "killed", np.n))
    }

    /// The counts a verb phrase at tokens `a..b` gives.
    fn read(&self, a: usize, b: usize, m: &'static str) -> Vec<Count> {
        if let Some(inside) = self.pronounced(a, b) {
            return inside;
        }
        let mut i = a;
        while i > 0 && self.toks[i - 1].is_any(&["fatally", "critically", "seriously", "also"]) {
            i -= 1;
        }
        // Passive when a form of "be" (or "got") stands in the words
        // between: "who was killed", not "a crash that killed a woman" nor
        // "had killed two".
        let passive = {
            let mut j = i;
            let mut be = false;
            while j > 0 && i - j < 3 && is_aux(&self.toks[j - 1]) {
                be |= self.toks[j - 1].is_any(&[
                    "was", "were", "is", "are", "be", "been", "being", "got", "get",
                ]);
                j -= 1;
            }
            // "was struck and killed".
            be || self.participle_back(i).is_some()
        };
        if self.toks[b - 1].is("to") && !self.to_a_hospital(b) {
            return Vec::new();
        }
        let last = self.toks[b - 1].s;
        let active_only = last.ends_with("ing") || last.eq_ignore_ascii_case("of");
        // "He beat a deputy", "a clerk was beaten", never "the Hawks beat
        // Boston": these verbs count a noun of people, not a name.
        let mut noun_only = self.toks[b - 1].is_any(NOUN_ONLY);
        if self.toks[b - 1].is("hit") && self.tok(b).is_some_and(|t| t.is_any(&["by", "with"])) {
            // "were hit by layoffs", "was hit with a fine": no one was
            // hurt; "Jones was hit by gunfire" counts Jones.
            if !(b + 1..b + 4).any(|k| self.tok(k).is_some_and(|t| t.is_any(HIT_BY))) {
                return Vec::new();
            }
            noun_only = false;
        }
        // Only a verb that takes an object has its victims after it: "the
        // blast killed a soldier", but not "found dead the brother".
        if !passive && self.v.transitive.has(last) {
            // "Fatal Shooting Released During Trial": in a headline's title
            // case a capitalised word after the phrase is no name.
            let title = a > 0
                && self.toks[b - 1].is_capital()
                && self.tok(b).is_some_and(|t| t.is_capital());
            if let Some((s, e, n)) = self.list_fwd(b).filter(|_| !title) {
                if noun_only && !self.is_head(e - 1) {
                    return Vec::new();
                }
                // "stabbing his mother and a former girlfriend to death".
                let to_death = self.tok(e).is_some_and(|t| t.is("to"))
                    && self.tok(e + 1).is_some_and(|t| t.is("death"));
                // "shot his wife before killing himself": a killing and
                // a suicide, whose victims are dead.
                let suicide = e > s + 1 && self.suicide_at_end(e);
                let m = if to_death || suicide { "killed" } else { m };
                let mut out = vec![self.count(s, e, m, n)];
                // "shooting three people, killing one": one killed, two
                // hit and alive.
                if m == "killed_or_injured" {
                    if let Some(k) = self.killing_some(e).filter(|&k| k <= n) {
                        out.push(self.count(s, e, "injured", n - k));
                    }
                }
                return out;
            }
            // "the gunman killed two shoppers": an active verb with an
            // object has its agent before it, whoever the object is.
            let object = self.tok(b).is_some_and(|t| {
                (t.is_any(ONE) && !t.is_any(&["this", "that"]))
                    || t.is("both")
                    || small_number(t.s).is_some()
            }) || (self.tok(b).is_some() && self.is_head(b));
            if active_only || object {
                return Vec::new();
            }
        }
        let Some(np) = self.np_back(a, m == "killed") else {
            return self.pronoun_subject(a, b, m);
        };
        if noun_only && !self.is_head(np.end - 1) {
            return Vec::new();
        }
        let mut out = Vec::new();
        if let (true, Some((k, ks, ke))) = (np.earlier, np.part) {
            // "one of them died", "two died": of a group counted before.
            let mut c = self.count(ks, ke, m, k);
            c.earlier = true;
            c.part = ke > ks + 1;
            return vec![c];
        }
        if let Some((k, ks, ke)) = np.part {
            // "was one of four people hit", "one of the five people
            // killed was": the verb says what befell the group; in "two of
            // the three victims died" what befell the two.
            let of_group = !passive
                && ((ks > 0 && self.toks[ks - 1].is_any(BE_HAVE))
                    || self.tok(b).is_some_and(|t| t.is_any(BE_HAVE)));
            if !of_group {
                out.push(self.count(ks, ke, m, k));
                if m == "killed" && np.hit && np.n >= k {
                    // "one of the five people shot has died": the one is
                    // killed, the others were hit and survived.
                    out.push(self.count(ks, ke, "injured", np.n - k));
                } else {
                    out[0].part = true;
                }
                return out;
            }
            if m == "killed" && np.hit && np.n >= k {
                // "one of the five people shot has died": the one is
                // killed, the others were hit and survived.
                out.push(self.count(ks, ke, m, k));
                out.push(self.count(ks, ke, "injured", np.n - k));
                return out;
            }
            // "one of four people hit by gunfire": the four were hit, the
            // one is a part of them.
            out.push(self.count(np.start, np.end, m, np.n));
            let mut one = self.count(ks, ks + 1, m, k);
            one.part = true;
            out.push(one);
            return out;
        }
        // "four people were shot, one fatally".
        if m == "killed_or_injured" {
            if let Some((k, ks, ke)) = self.fatal_split(b) {
                if k <= np.n {
                    out.push(self.count(ks, ke, "killed", k));
                    out.push(self.count(np.start, np.end, "injured", np.n - k));
                    return out;
                }
            }
        }
        // "A second victim has died": the toll is now two.
        let n = match self.ordinal_rank(np.start, np.end) {
            Some(r) if m == "killed" && np.n == 1.0 => r,
            _ => np.n,
        };
        // "Dana Whitfield died along with her sons Caleb and Eli and her
        // daughter Nora": those she died with died too.
        if let Some((e, k)) = self.along_with(b) {
            out.push(self.count(np.start, e, m, n + k));
            return out;
        }
        out.push(self.count(np.start, np.end, m, n));
        out
    }

    /// "EMS pronounced him deceased", "medics declared the driver dead":
    /// a phrase at tokens `a..b` that holds its dead between its verb and
    /// "dead" or "deceased". The count of them ("him" and "her" as
    /// pronouns, which the article keeps only for a person introduced
    /// before, see [`pronoun_antecedents`]), or none where the words
    /// between are no people ("pronounced at 3 a.m. dead" is read as any
    /// other phrase).
    fn pronounced(&self, a: usize, b: usize) -> Option<Vec<Count>> {
        if b < a + 3 || !self.toks[a].is_any(&["pronounced", "declared"]) {
            return None;
        }
        if b == a + 3 && self.toks[a + 1].is_any(&["him", "her"]) {
            return Some(vec![self.count(a + 1, a + 2, "killed", 1.0)]);
        }
        let (s, e, n) = self.list_fwd(a + 1).filter(|&(_, e, _)| e == b - 1)?;
        Some(vec![self.count(s, e, "killed", n)])
    }

    /// The people listed right after "along with" or "together with" at
    /// token `b` (where they end, how many): the ones a person died or was
    /// hurt with.
    fn along_with(&self, b: usize) -> Option<(usize, f64)> {
        let with = self.tok(b)?.is_any(&["along", "together"]) && self.tok(b + 1)?.is("with");
        if !with {
            return None;
        }
        self.list_fwd(b + 2).map(|(_, e, k)| (e, k))
    }

    /// Whether the name from token `b` on is where the hurt are taken
    /// ("transported to CRMC", "rushed to Erlanger Children's, where"): a
    /// run of capitalised words that is no place of custody, closed by no
    /// word or a word of `hospital_after` ("with", "where"); never "taken
    /// to court", "taken to Chattanooga police headquarters" nor
    /// "transported to Mt Cook Village by helicopter".
    fn to_a_hospital(&self, b: usize) -> bool {
        // "taken to", "brought to": anyone is taken anywhere, so only a
        // place of care (or one reached by ambulance) tells of the hurt.
        let care_only = b >= 2 && self.v.carried_care.has(self.toks[b - 2].s);
        // "the Queen Mary University Hospital": a name after "the".
        let from = match self.tok(b).is_some_and(|t| t.is("the"))
            && self.tok(b + 1).is_some_and(|t| t.is_capital())
        {
            true => b + 1,
            false => b,
        };
        // A word of a place of care ("hospital", "infirmary").
        let care = |t: &Tok| self.config.raw.stories.care_places.iter().any(|w| t.is(w));
        let mut e = from;
        while self.tok(e).is_some_and(|t| t.is_word() && t.is_capital()) {
            e += 1;
        }
        if e > from && !self.v.custody.has(self.toks[e - 1].bare()) {
            let of_care = self.toks[from..e].iter().any(care);
            // "taken to Mercy General by ambulance".
            let by_ambulance = self.tok(e).is_some_and(|t| t.is("by"))
                && (e + 1..e + 3).any(|k| self.tok(k).is_some_and(|t| self.v.ambulances.has(t.s)));
            let follows = self
                .tok(e)
                .is_none_or(|t| !t.is_word() || self.v.hospital_after.has(t.s));
            if by_ambulance || (of_care && follows) {
                return true;
            }
        }
        // "airlifted to a hospital in Bloemfontein", "taken to the
        // regional medical center".
        if self.tok(b).is_some_and(|t| t.is_any(&["a", "an", "the"]))
            && self.toks[b + 1..]
                .iter()
                .take(3)
                .take_while(|t| t.is_word())
                .any(care)
        {
            return true;
        }
        if care_only || from > b {
            return false;
        }
        // "transported to the burn unit at Bronson".
        if e == b
            && self.tok(b).is_some_and(|t| t.is_any(&["the", "a"]))
            && self.tok(b + 1).is_some_and(|t| t.is("burn"))
            && self
                .tok(b + 2)
                .is_some_and(|t| t.is_any(&["unit", "center"]))
        {
            return true;
        }
        e > b
            && !self.toks[b].is_any(ONE)
            && !self.v.custody.has(self.toks[e - 1].bare())
            && self
                .tok(e)
                .is_none_or(|t| !t.is_word() || self.v.hospital_after.has(t.s))
    }

    /// The rank "a second victim", "a third person", "a second" give
    /// tokens `s..e`: 2, 3, 2.
    fn ordinal_rank(&self, s: usize, e: usize) -> Option<f64> {
        // Not "the third victim died", one of those counted.
        if !(e == s + 2 || (e == s + 3 && self.is_head(s + 2))) || !self.toks[s].is("a") {
            return None;
        }
        let i = ORDINALS.iter().position(|o| self.toks[s + 1].is(o))?;
        Some(i as f64 + 2.0)
    }

    fn count(&self, s: usize, e: usize, measure: &'static str, value: f64) -> Count {
        Count {
            start: self.toks[s].start,
            end: self.toks[e - 1].end,
            measure,
            value,
            part: false,
            earlier: false,
        }
    }

    /// ", killing one" right after a list of people hit ending at token
    /// `e`: how many were killed.
    fn killing_some(&self, e: usize) -> Option<f64> {
        if self.tok(e)?.s != "," {
            return None;
        }
        let &(_, vb, _, _) = self
            .verbs
            .iter()
            .find(|&&(a, _, m, zero)| a == e + 1 && m == "killed" && !zero)?;
        let k = small_number(self.tok(vb)?.s)?;
        self.tok(vb + 1)
            .is_none_or(|t| !t.is_word() || t.is_any(STOP))
            .then_some(k)
    }

    /// ", one fatally", ", one of them fatally", ", one of whom died" right
    /// after a phrase of people hit: how many died, and their tokens.
    fn fatal_split(&self, b: usize) -> Option<(f64, usize, usize)> {
        if self.tok(b)?.s != "," {
            return None;
        }
        let k = small_number(self.tok(b + 1)?.s)?;
        let mut j = b + 2;
        if self.tok(j).is_some_and(|t| t.is("of"))
            && self.tok(j + 1).is_some_and(|t| t.is_any(&["them", "whom"]))
        {
            j += 2;
        }
        while self
            .tok(j)
            .is_some_and(|t| t.is_any(&["later", "has", "have", "was"]))
        {
            j += 1;
        }
        let t = self.tok(j)?;
        let fatal = t.is("fatally")
            || self
                .verbs
                .iter()
                .any(|&(a, _, m, zero)| a == j && m == "killed" && !zero);
        fatal.then_some((k, b + 1, j + 1))
    }

    /// The people before a phrase ending at token `a` (exclusive).
    fn np_back(&self, a: usize, killed: bool) -> Option<Back> {
        let (i, hit) = self.subject_end(a, killed)?;
        // "A man with a graze wound to the head was treated": a "with"
        // phrase after the person, tried only where no person ends right
        // before (this runs for each phrase).
        self.np_from(i, hit).or_else(|| {
            let (j, h) = self.subject_end(self.with_back(i)?, killed)?;
            self.np_from(j, hit || h)
        })
    }

    /// The people of [`Reader::np_back`] whose subject ends at token `i`.
    fn np_from(&self, i: usize, hit: bool) -> Option<Back> {
        // "a neighbour who tried to get into the house suffered burns".
        let i = self.relative_back(i).unwrap_or(i);
        let end = self.skip_appositions_back(i);
        if let Some((k, s)) = self.of_earlier(end) {
            if let Some(list) = self.part_joined(s, k, end, hit) {
                return Some(list);
            }
            return Some(Back {
                start: s,
                end,
                n: 0.0,
                hit,
                part: Some((k, s, end)),
                earlier: true,
            });
        }
        // "A father and three of his children": a part told by a
        // possessive, joined to one of them.
        if end >= 4
            && self.v.people.has(self.toks[end - 1].s)
            && self.toks[end - 2].is_any(POSSESSIVES)
        {
            if let Some(n) = small_number(self.toks[end - 4].s) {
                if let Some(list) = self.part_joined(end - 4, n, end, hit) {
                    return Some(list);
                }
            }
        }
        // "Two passengers in the car were hurt", "the driver of the
        // pickup was killed": the people before where they were.
        let end = match self.part_back(end, false) {
            None => self.pp_back(end).unwrap_or(end),
            Some(_) => end,
        };
        let (start, n) = self.list_back(end)?;
        // "one of the five people (shot)".
        if start >= 2 && self.toks[start - 1].is("of") {
            if let Some(k) = small_number(self.toks[start - 2].s) {
                if let Some(list) = self.part_joined(start - 2, k, i.max(end), hit) {
                    return Some(list);
                }
                return Some(Back {
                    start,
                    end: i.max(end),
                    n,
                    hit,
                    part: Some((k, start - 2, i.max(end))),
                    earlier: false,
                });
            }
        }
        Some(Back {
            start,
            end,
            n,
            hit,
            part: None,
            earlier: false,
        })
    }

    /// Where the subject of a phrase ending at token `a` (exclusive) ends,
    /// walked back over auxiliaries, other phrases of the same person and
    /// where they were taken; whether a phrase of people hit stood between.
    /// `killed`: the phrase is of the dead (see [`Reader::hit_back`]).
    fn subject_end(&self, a: usize, killed: bool) -> Option<(usize, bool)> {
        let mut i = a;
        let mut hit = false;
        loop {
            if i == 0 {
                return None;
            }
            let t = &self.toks[i - 1];
            // "26 were admitted to hospital": the verb that carried them
            // before a phrase of where they were taken.
            if i == a && self.toks[a].is("to") && self.v.carried.has(t.s) {
                i -= 1;
                continue;
            }
            // Not "Both were taken to a hospital": "both" as the subject.
            let subject = i == 1 || !self.toks[i - 2].is_word();
            if is_aux(t) && !(subject && t.is("both")) {
                i -= 1;
                continue;
            }
            // Another phrase of the sentence: "shot and", "the five people
            // shot (has died)".
            // (Not "to the hospital": its people are the object before it,
            // "refused a ride to the hospital and was treated".)
            if let Some(&(s, _, m, _)) = self
                .verbs
                .iter()
                .find(|v| v.1 == i && !v.3 && !self.toks[v.0].is("to"))
            {
                hit |= m != "killed";
                i = s;
                continue;
            }
            if t.is("and")
                && i >= 2
                && self
                    .verbs
                    .iter()
                    .any(|v| v.1 == i - 1 && !self.toks[v.0].is("to"))
            {
                i -= 1;
                continue;
            }
            // "A man shot in the parking lot … Monday night has died", "A
            // man who was stabbed at a party Sunday has died": a phrase of
            // people hit after the person, then where and when.
            if let Some(s) = self.hit_back(i, killed) {
                hit = true;
                i = s;
                continue;
            }
            // "was struck and killed", "was punched and kicked and treated
            // for cuts": other verbs of the same person before "and".
            if let Some(j) = self.participle_back(i) {
                i = j;
                continue;
            }
            // "Ada Brook, who was hurt": a relative clause after the name.
            if t.s == ","
                && self.tok(i).is_some_and(|x| x.is("who"))
                && i >= 2
                && (self.is_name_word(i - 2) || self.is_head(i - 2))
            {
                i -= 1;
                continue;
            }
            // "is in a Portland hospital, in critical condition": where the
            // person is, set off by a comma after "is" or "was".
            if t.s == "," {
                if let Some(j) = self.place_back(i - 1) {
                    i = j;
                    continue;
                }
            }
            // "was transported to the University of Utah Burn Center in
            // serious condition": where they were taken, then how they were.
            if let Some(k) = self.carried_back(i) {
                i = k;
                continue;
            }
            // "Two men escaped through a window and were treated for
            // burns": the people of the verb before "and".
            if t.is("and") {
                if let Some(j) = self.coordinated_back(i - 1) {
                    i = j;
                    continue;
                }
            }
            // "Wade Kowalchuk, 42, of Prairie Crossing was killed": where
            // the person lives, after the person.
            if let Some(j) = self.residence_back(i) {
                i = j;
                continue;
            }
            // "A man walking his dog was hit": what the person was doing.
            if let Some(j) = self.doing_back(i) {
                i = j;
                continue;
            }
            break;
        }
        Some((i, hit))
    }

    /// "Wade Kowalchuk, 42, of Prairie Crossing (was killed)", "a man from
    /// Elk Grove (died)": "of" or "from" and up to four capitalised words
    /// ending at token `i` (exclusive), after a name, a noun of people or
    /// the comma closing an age. Where the "of" is.
    fn residence_back(&self, i: usize) -> Option<usize> {
        let mut k = i;
        while k > 0 && i - k < 4 && self.toks[k - 1].is_word() && self.toks[k - 1].is_capital() {
            k -= 1;
        }
        if k == i || k < 2 || !self.toks[k - 1].is_any(&["of", "from"]) {
            return None;
        }
        let of = k - 1;
        let ok = self.toks[of - 1].s == "," || self.is_name_word(of - 1) || self.is_head(of - 1);
        ok.then_some(of)
    }

    /// "A man walking his dog (was hit)": a word in "-ing" right after a
    /// noun of people, then words only (up to eight in all, no form of
    /// "be" nor other victims phrase), ending at token `i` (exclusive)
    /// before a form of "be". Where the "-ing" word is.
    fn doing_back(&self, i: usize) -> Option<usize> {
        if !self.tok(i).is_some_and(|t| t.is_any(BE_HAVE)) {
            return None;
        }
        let from = i.saturating_sub(8).max(1);
        let k = (from..i)
            .rev()
            .take_while(|&k| self.toks[k].is_word() && !self.toks[k].is_any(BE_HAVE))
            .find(|&k| {
                let t = &self.toks[k];
                !t.is_capital() && t.s.len() > 4 && t.s.ends_with("ing") && self.is_head(k - 1)
            })?;
        let other = self.verbs.iter().any(|v| v.0 >= k && v.0 < i);
        (!other).then_some(k)
    }

    /// A phrase of people hit standing between a person and the phrase
    /// read, which ends at token `i` (exclusive): where the person ends.
    /// The phrase is the last of the sentence before `i`, of people hit
    /// (`killed_or_injured`), and tells what befell the person before the
    /// verb that is read:
    /// - right after the person (no form of "be" before it), then up to 14
    ///   words opening with one of [`WHERE_WHEN`], no comma nor form of
    ///   "be": "A man shot in the parking lot of an apartment complex
    ///   Monday night (has died)", "The clerk stabbed during the night's
    ///   robbery (remains in critical condition)";
    /// - for a phrase of the dead (`killed`) only, also a relative clause
    ///   ("who was stabbed", up to two words between "who" and the phrase)
    ///   or a bare participle ("shot"), then any words that open no clause
    ///   of their own, up to 16 from the person: "A man who was stabbed at
    ///   a party Sunday (has died)", "The man shot Friday (died Sunday)".
    ///   The hit who died are dead. The hurt are not read so: a sample
    ///   lost an incident to it.
    fn hit_back(&self, i: usize, killed: bool) -> Option<usize> {
        // "A woman wounded in last week's shooting outside a bar has
        // died": a word in "-ing" after a determiner or a possessive names
        // the incident, where and when the person was hurt, and is no
        // phrase of its own.
        let x = self
            .verbs
            .iter()
            .rev()
            .filter(|x| x.0 < i)
            .find(|x| !self.names_incident(x.0, x.1))?;
        // "One of the four people injured in the fire has died": the hurt
        // who died are dead too, in the first form only.
        let hurt = killed && x.2 == "injured";
        if x.3 || !(x.2 == "killed_or_injured" || hurt) || x.1 >= i || x.0 == 0 {
            return None;
        }
        let person = |e: usize| e > 0 && (self.is_head(e - 1) || self.is_name_word(e - 1));
        let word = |t: &Tok| t.is_word() || t.s.starts_with(['\'', '’']);
        let near = i <= x.1 + 14
            && self.toks[x.1].is_any(WHERE_WHEN)
            && self.toks[x.1..i]
                .iter()
                .all(|t| word(t) && !t.is_any(BE_HAVE));
        // "A boy was hit in the arm and his sister was grazed": a phrase
        // opening with "was" is a clause of its own, and what follows it
        // tells of someone else.
        if near && person(x.0) && !self.toks[x.0].is_any(BE_HAVE) {
            return Some(x.0);
        }
        if !killed || hurt {
            return None;
        }
        // "who was stabbed": the person ends before the "who". A bare
        // participle has no object: not "the farmer shot his brother".
        let e = match (x.0.saturating_sub(3)..x.0)
            .rev()
            .find(|&j| self.toks[j].is("who"))
        {
            Some(w) => w,
            None if self.opens_object(x.1) => return None,
            None => x.0,
        };
        // Words only, and no clause of its own ("and police said", "but").
        let verb_in =
            |from: usize, to: usize| self.verbs.iter().any(|v| v.0 >= from && v.0 < to && !v.3);
        let clause = (e..i).any(|j| {
            let t = &self.toks[j];
            !t.is_word()
                || t.is_any(&[
                    "but", "said", "says", "while", "when", "as", "which", "that",
                ])
                || (t.is("and") && !verb_in(j + 1, (j + 3).min(i)))
        });
        (i - e <= 16 && person(e) && !clause).then_some(e)
    }

    /// Whether the phrase at tokens `a..b` is one word in "-ing" after a
    /// determiner or a possessive ("the shooting", "Friday's stabbing"):
    /// the name of an incident, not what befell a person.
    fn names_incident(&self, a: usize, b: usize) -> bool {
        b == a + 1
            && a > 0
            && self.toks[a].s.ends_with("ing")
            && (self.toks[a - 1].is_any(&["the", "a", "an", "that", "this", "last"])
                || self.toks[a - 1].s.ends_with("'s")
                || self.toks[a - 1].s.ends_with("’s"))
    }

    /// Whether token `b` opens an object of the verb before it: "killed
    /// his brother", "shot two men", "shot Ada Brook" (no weekday).
    fn opens_object(&self, b: usize) -> bool {
        self.tok(b).is_some_and(|t| {
            (t.is_any(ONE) && !t.is_any(&["this", "that"]))
                || t.is("both")
                || small_number(t.s).is_some()
                || self.is_head(b)
                || self.is_name_word(b)
        })
    }

    /// "He was taken to a hospital in critical condition", "She had cuts
    /// and was treated at the scene": a phrase at token `a` whose subject is
    /// the pronoun opening the sentence, one person (of a `measure` other
    /// than `killed`: "he died" repeats someone). The article keeps the
    /// count only where a sentence before introduces that person and
    /// counts no one ([`pronoun_antecedents`]).
    ///
    /// A death so told ("He was pronounced deceased") is counted the same
    /// way (the article drops it where it repeats someone), but not a
    /// suicide's phrase, which [`Reader::pronoun_suicide`] reads: the
    /// phrase at tokens `a..b`.
    fn pronoun_subject(&self, a: usize, b: usize, measure: &'static str) -> Vec<Count> {
        if measure == "killed" && self.suicide(b) {
            return Vec::new();
        }
        match self.subject_end(a, false) {
            Some((1, _)) if self.toks[0].is_any(PRONOUNS) => {
                vec![self.count(0, 1, measure, 1.0)]
            }
            _ => Vec::new(),
        }
    }

    /// "The mother and two of the children", "a father and three of his
    /// children": a part of a group ("two of the children", from token
    /// `k`, of `n` people) joined by "and" to people before it is one more
    /// item of their list, no part: the people of the phrase ending at
    /// `end`, all of them counted.
    fn part_joined(&self, k: usize, n: f64, end: usize, hit: bool) -> Option<Back> {
        let joined = k >= 2
            && self.toks[k - 1].is("and")
            && self.tok(k + 1).is_some_and(|t| t.is("of"))
            && self
                .tok(k + 2)
                .is_some_and(|t| t.is("the") || t.is_any(POSSESSIVES));
        let (start, m) = joined.then(|| self.list_back(k - 1)).flatten()?;
        Some(Back {
            start,
            end,
            n: m + n,
            hit,
            part: None,
            earlier: false,
        })
    }

    /// "escaped through a window and" ending at the "and" at token `and`:
    /// a verb in the past ("-ed", or one of [`PAST`]) right after people
    /// (past "had" or "were"), up to eight words back (five more before a
    /// "with" phrase) with no comma nor
    /// other victims phrase between. Where the verb (and its auxiliaries)
    /// start.
    fn coordinated_back(&self, and: usize) -> Option<usize> {
        let mut from = and.saturating_sub(8).max(1);
        // "was shot several times in the 2300 block of Avenue F and died":
        // a passive phrase of the same person may stand four words further
        // before a death.
        let died = self
            .tok(and + 1)
            .is_some_and(|t| t.is_any(&["died", "later", "eventually"]));
        let reach = if died {
            and.saturating_sub(12).max(1)
        } else {
            from
        };
        let mut v = and;
        while v > from.min(reach) {
            v -= 1;
            let t = &self.toks[v];
            if !t.is_word() {
                return None;
            }
            // "was found inside the home with a self-inflicted gunshot
            // wound and": a "with" phrase stepped over, five words more.
            if t.is("with") {
                from = from.min(v.saturating_sub(5).max(1));
            }
            // "The other was hit in the leg and was expected to recover":
            // another phrase of the same person, in the passive, where it
            // starts (its person is walked back to from there); not "killed
            // his girlfriend and then turned the gun on himself".
            if let Some(x) = self
                .verbs
                .iter()
                .find(|x| x.0 <= v && v < x.1 && !self.toks[x.0].is("to"))
            {
                let passive = x.0 > 0
                    && (self.toks[x.0].is_any(BE_HAVE) || self.toks[x.0 - 1].is_any(BE_HAVE));
                return (!x.3 && passive).then_some(x.0);
            }
            if v < from {
                continue;
            }
            let past = !t.is_capital() && (t.s.ends_with("ed") || t.is_any(PAST));
            // "had a graze wound … and was treated", "had cuts to his
            // face …": "had" with an object is the verb itself.
            let had = t.is("had") && self.tok(v + 1).is_some_and(|o| self.object(o));
            if !had && (!past || t.is_any(BE_HAVE)) {
                continue;
            }
            let mut j = v;
            while j > 0 && self.toks[j - 1].is_any(BE_HAVE) {
                j -= 1;
            }
            // "A 41-year-old male at the residence had …": people before
            // where they were.
            // "He suffered a broken jaw and": the pronoun opening the
            // sentence.
            if j > 0
                && (self.is_head(j - 1)
                    || self.is_name_word(j - 1)
                    || self.pp_back(j).is_some()
                    || (j == 1 && self.toks[0].is_any(PRONOUNS)))
            {
                return Some(j);
            }
            // "The driver of the Civic, a 52-year-old man, suffered a
            // broken leg and": people before an apposition.
            if j > 0 && self.toks[j - 1].s == "," {
                let e = self.skip_appositions_back(j);
                if e < j
                    && e > 0
                    && (self.is_head(e - 1)
                        || self.is_name_word(e - 1)
                        || self.pp_back(e).is_some())
                {
                    return Some(j);
                }
            }
            // "He had cuts to his face and hands, declined transport and
            // was treated": verbs in a series with commas share the person
            // before the first.
            if j > 0 && self.toks[j - 1].s == "," {
                if let Some(k) = self.coordinated_back(j - 1) {
                    return Some(k);
                }
            }
            // "A girl riding in the back seat survived and": people, then
            // what they were doing, then the verb.
            if let Some(k) = (j.saturating_sub(6).max(1)..j).find(|&k| {
                let t = &self.toks[k];
                !t.is_capital() && t.s.ends_with("ing") && self.is_head(k - 1)
            }) {
                return (k..j).all(|x| self.toks[x].is_word()).then_some(k);
            }
        }
        None
    }

    /// Whether `o`, right after "had", opens its object: "a", "an", a
    /// possessive or a plural noun ("had cuts", "had burns"), never a
    /// participle ("had fled") nor an adverb ("had always").
    fn object(&self, o: &Tok) -> bool {
        o.is_any(&["a", "an"])
            || o.is_any(POSSESSIVES)
            || (o.is_word()
                && !o.is_capital()
                && o.s.len() > 3
                && o.s.ends_with('s')
                && !o.s.ends_with("ss")
                && !o.s.ends_with("ys")
                && !o.is_any(STOP)
                && !o.is_any(AUX))
    }

    /// "transported to the Burn Center" ending at token `i` (exclusive):
    /// a verb of `carried` and "to", or one of `stayed` and "at"
    /// ("remained at Providence Sacred Heart Medical Center"), then words
    /// only (up to ten): where the verb is.
    fn carried_back(&self, i: usize) -> Option<usize> {
        // Only before a condition ("in serious condition") or a wound
        // ("remained at Mercy on Friday with a gunshot wound").
        if !self.tok(i).is_some_and(|t| t.is("in") || t.is("with")) {
            return None;
        }
        // "the other was transported in non-critical condition": carried,
        // where to left untold.
        if i >= 2 && self.v.carried.has(self.toks[i - 1].s) && self.toks[i - 2].is_any(BE_HAVE) {
            return Some(i - 1);
        }
        for k in (i.saturating_sub(10).max(1)..i).rev() {
            let t = &self.toks[k];
            if !t.is_word() {
                return None;
            }
            // "transported to the burn unit at Bronson": the "at" of a
            // verb of staying only.
            if t.is("at") && k + 1 < i && self.v.stayed.has(self.toks[k - 1].s) {
                return Some(k - 1);
            }
            // "walked into Mercy General with a gunshot wound", "showed up
            // at a hospital with stab wounds": how the person came there.
            if t.is_any(&["at", "into"]) && k + 1 < i {
                let v = if k >= 2 && self.toks[k - 1].is("up") {
                    k - 2
                } else {
                    k - 1
                };
                if self.v.arrived.has(self.toks[v].s) {
                    return Some(v);
                }
            }
            // "is in hospital with serious injuries", "remains in a
            // hospital in critical condition": where the person is.
            if t.is("in")
                && k + 1 < i
                && (self.toks[k - 1].is_any(BE_HAVE) || self.v.stayed.has(self.toks[k - 1].s))
                && self.toks[k + 1..i]
                    .iter()
                    .any(|w| w.is_any(&["hospital", "hospitals"]))
            {
                return Some(k - 1);
            }
            if t.is("to") {
                if k + 1 >= i {
                    return None;
                }
                // "was taken by road to Base Hospital in a stable
                // condition", "flown by helicopter to": how they were
                // carried, one or two words after "by".
                let by = (2..=3)
                    .filter(|&n| k > n)
                    .find(|&n| self.toks[k - n].is("by"))
                    .filter(|&n| self.toks[k - n + 1..k].iter().all(|w| w.is_word()));
                let v = by.map_or(k - 1, |n| k - n - 1);
                return self.v.carried.has(self.toks[v].s).then_some(v);
            }
        }
        None
    }

    /// "in the car", "of the pickup" ending at token `end` (exclusive)
    /// after a noun of people: where the noun ends.
    fn pp_back(&self, end: usize) -> Option<usize> {
        let from = end.saturating_sub(5);
        let p = (from..end)
            .rev()
            .take_while(|&j| self.toks[j].is_word() && !self.toks[j].is_any(BE_HAVE))
            .find(|&j| {
                self.toks[j].is_any(&["in", "inside", "of", "from", "at", "on", "aboard"])
            })?;
        (p > 0 && p + 1 < end && self.is_head(p - 1)).then_some(p)
    }

    /// "struck and" ending at token `i` (exclusive) after a form of "be" or
    /// another such pair ("was punched and kicked and"): where the pair
    /// starts. The verb is a past participle: "-ed" or one of
    /// [`PARTICIPLES`].
    ///
    /// Where on the body or where the person was struck may stand between
    /// the participle and "and": up to four words opening with one of
    /// [`WHERE_STRUCK`] ("was cut on the hand and treated at the scene",
    /// "was hit by a car and killed"), words only, none a form of "be" nor
    /// another victims phrase.
    fn participle_back(&self, i: usize) -> Option<usize> {
        if i < 3 || !self.toks[i - 1].is("and") {
            return None;
        }
        let at = |p: usize| {
            let t = &self.toks[p];
            let participle = p > 0
                && t.is_word()
                && !t.is_capital()
                && (t.s.ends_with("ed") || t.is_any(PARTICIPLES))
                && !t.is_any(BE_HAVE);
            let before = p > 0 && {
                let b = &self.toks[p - 1];
                b.is_any(BE_HAVE) || b.is("and")
            };
            participle && before
        };
        if at(i - 2) {
            return Some(i - 2);
        }
        // The phrase of where, back from the "and".
        let and = i - 1;
        let from = and.saturating_sub(4);
        let open = (from..and)
            .rev()
            .take_while(|&j| {
                let t = &self.toks[j];
                t.is_word() && !t.is_any(BE_HAVE) && !t.is("and")
            })
            .find(|&j| self.toks[j].is_any(WHERE_STRUCK))?;
        let other = self.verbs.iter().any(|v| v.0 >= open && v.0 < and);
        (open >= 2 && !other && at(open - 1)).then_some(open - 1)
    }

    /// A relative clause "who ..." (no comma, no other victims phrase)
    /// between a person and the phrase at token `i` (exclusive): "a
    /// 17-year-old who was with him was wounded". Where the person ends.
    fn relative_back(&self, i: usize) -> Option<usize> {
        // "the officer who fired the shot": a noun, not what befell anyone.
        if i == 0 || self.toks[i - 1].is_any(ONE) {
            return None;
        }
        // Up to 18 tokens: "a man who fired at Jackson County deputies
        // after a chase on U.S. 40 late Monday was wounded". A dot within
        // the sentence's tokens is an abbreviation's ("U.S."), no end.
        let from = i.saturating_sub(18);
        let j = (from..i)
            .rev()
            .take_while(|&j| self.toks[j].is_word() || self.toks[j].s == ".")
            .find(|&j| self.toks[j].is("who"))?;
        // "An adult female, 39, who tried to separate the two men": the
        // person before an age set off by commas.
        let p = if j >= 1 && self.toks[j - 1].s == "," {
            self.skip_appositions_back(j)
        } else {
            j
        };
        let person = p >= 1
            && (p == j || self.toks[p].s == ",")
            && (self.is_head(p - 1) || self.is_name_word(p - 1));
        let other_phrase = self.verbs.iter().any(|v| v.0 >= j && v.0 < i);
        (person && !other_phrase).then_some(j)
    }

    /// A "with" phrase (words only, up to ten, no form of "be" nor other
    /// victims phrase but one that opens with the "with") between a person
    /// and the phrase at token `i` (exclusive): "a woman with a gunshot
    /// wound to the lower leg was transported". Where it starts.
    fn with_back(&self, i: usize) -> Option<usize> {
        // The cheap test first, on bytes: most phrases have no "with"
        // before them, and this runs once for each.
        let from = i.saturating_sub(18);
        let mut j = i;
        loop {
            if j == from {
                return None;
            }
            j -= 1;
            let b = self.toks[j].s.as_bytes();
            if b.len() == 4 && b.eq_ignore_ascii_case(b"with") {
                break;
            }
            let word = match b.first() {
                Some(c) if c.is_ascii() => c.is_ascii_alphanumeric(),
                _ => self.toks[j].is_word(),
            };
            if !word {
                return None;
            }
        }
        let person = j >= 1 && j + 1 < i && (self.is_head(j - 1) || self.is_name_word(j - 1));
        let clause = (j + 1..i).any(|k| self.toks[k].is_any(BE_HAVE));
        let other_phrase = self.verbs.iter().any(|v| v.0 > j && v.0 < i);
        (person && !clause && !other_phrase).then_some(j)
    }

    /// "in a Portland hospital" ending at the comma at token `comma`, after
    /// a form of "be": where it starts.
    fn place_back(&self, comma: usize) -> Option<usize> {
        let from = comma.saturating_sub(7);
        let j = (from..comma)
            .rev()
            .take_while(|&j| self.toks[j].s != ",")
            .find(|&j| self.toks[j].is_any(&["in", "at"]))?;
        (j > 0 && self.toks[j - 1].is_any(BE_HAVE)).then_some(j)
    }

    /// A count of a group named before, ending at token `end`
    /// (exclusive): "one of them", "two of those", "one of the victims",
    /// "one of the wounded", or a bare number opening its clause ("Two
    /// died."). How many, and the first token.
    fn of_earlier(&self, end: usize) -> Option<(f64, usize)> {
        let t = |i: usize| &self.toks[i];
        let clause_opens = |i: usize| {
            i == 0 || {
                let p = t(i - 1);
                p.is_any(&["and", "but", "while"]) || (!p.is_word() && p.s != "-")
            }
        };
        if end >= 1 {
            if let Some(k) = small_number(t(end - 1).s) {
                // "All three were transported to Erlanger": the three hit.
                if end >= 2 && t(end - 2).is("all") {
                    return clause_opens(end - 2).then_some((k, end - 2));
                }
                // "Three were taken to hospital; the other eight were
                // treated at the scene": the rest of a group.
                if end >= 3 && t(end - 2).is("other") && t(end - 3).is("the") {
                    return clause_opens(end - 3).then_some((k, end - 3));
                }
                // "Two died", not "The two died" or "Flight 17 crashed".
                return clause_opens(end - 1).then_some((k, end - 1));
            }
            // "Both were taken to the hospital": the two counted before.
            if t(end - 1).is("both") && clause_opens(end - 1) {
                return Some((2.0, end - 1));
            }
        }
        if end < 3 {
            return None;
        }
        let (of, k) = if t(end - 1).is_any(&["them", "those", "whom"]) {
            (end - 2, end - 3)
        } else if end >= 4
            && t(end - 2).is("the")
            && (self.v.people.has(t(end - 1).s)
                || t(end - 1).is_any(&["injured", "wounded", "dead", "hospitalized"]))
        {
            (end - 3, end - 4)
        } else {
            return None;
        };
        if !t(of).is("of") {
            return None;
        }
        small_number(t(k).s).map(|n| (n, k))
    }

    /// Steps back over appositions before a phrase: ", 22,", ", of
    /// Burnsville,", ", 22, of Burnsville,".
    fn skip_appositions_back(&self, end: usize) -> usize {
        let mut e = end;
        loop {
            if e < 3 || self.toks[e - 1].s != "," {
                return e;
            }
            // ", 34," but not the year of ", October 3, 2026,": no one is
            // that old.
            if small_number(self.toks[e - 2].s).is_some_and(|n| n < 130.0)
                && self.toks[e - 3].s == ","
            {
                e -= 3;
                continue;
            }
            // ", both 51,".
            if e >= 4
                && small_number(self.toks[e - 2].s).is_some()
                && self.v.ages.has(self.toks[e - 3].s)
                && self.toks[e - 4].s == ","
            {
                e -= 4;
                continue;
            }
            // ", of <Place>," and ", <Name>," after a noun of people: "a
            // store clerk, Mary Jones, was".
            let mut j = e - 1;
            while j > 0 && self.toks[j - 1].is_capital() {
                j -= 1;
            }
            // ", 46-year-old Scott Russell,".
            if j < e - 1 && j > 0 && age_word(self.toks[j - 1].s) {
                j -= 1;
            }
            if j < e - 1 && j >= 2 && self.toks[j - 1].is("of") && self.toks[j - 2].s == "," {
                e = j - 2;
                // ", 34, of Chattanooga,": the age before the place too.
                if e >= 2 && small_number(self.toks[e - 1].s).is_some() && self.toks[e - 2].s == ","
                {
                    e -= 2;
                }
                continue;
            }
            if j < e - 1 && j >= 2 && self.toks[j - 1].s == "," && self.is_head(j - 2) {
                e = j - 1;
                continue;
            }
            // ", who had been convicted before his arrest,", ", head of the
            // clans of Palermo,": a clause set off by commas after a name,
            // a noun of people or an age ("Tom Reed, shot twice, died").
            // The opening comma is the nearest one after such a word.
            let age = |j: usize| {
                j >= 2 && self.toks[j - 2].s == "," && small_number(self.toks[j - 1].s).is_some()
            };
            // ", a 29-year-old man," after "the driver of the pickup": a
            // person set off, with no comma in it, is who was before.
            let indefinite = |j: usize| {
                self.toks[j + 1].is_any(&["a", "an"])
                    && (j + 2..e - 1).any(|k| self.is_head(k))
                    && (j + 1..e - 1).all(|k| self.toks[k].s != ",")
            };
            let open = (e.saturating_sub(30)..e - 1)
                .rev()
                .filter(|&j| self.toks[j].s == ",")
                .find(|&j| {
                    j >= 1
                        && (self.is_name_word(j - 1)
                            || self.is_head(j - 1)
                            || age(j)
                            || indefinite(j))
                })
                .filter(|&j| j + 1 < e - 1);
            if let Some(j) = open {
                // ", 52, who had …,": past the age too.
                e = if age(j) { j - 2 } else { j };
                continue;
            }
            return e;
        }
    }

    /// A list of people ending at token `end` (exclusive), walked back:
    /// its first token and how many it counts. The joiner nearest the
    /// phrase must be "and": "A, B and C".
    fn list_back(&self, end: usize) -> Option<(usize, f64)> {
        let (mut start, mut total) = self.part_back(end, false)?;
        let mut first = true;
        // The count of the item at `start`, and whether a comma follows it.
        let (mut last, mut comma_after) = (total, false);
        // Whether every item after the one read so far is a name.
        let mut names_only = self.is_name_word(start);
        loop {
            let j = start;
            let (next_end, is_and) = if j >= 1 && self.toks[j - 1].is("and") {
                if j >= 2 && self.toks[j - 2].s == "," {
                    (j - 2, true)
                } else {
                    (j - 1, true)
                }
            } else if j >= 1 && self.toks[j - 1].s == "," {
                (j - 1, false)
            } else {
                break;
            };
            if first && !is_and {
                break;
            }
            // "Hector Soto, 38, and his son": the comma before "and" also
            // closes an apposition.
            let e = match self.skip_appositions_back(next_end) {
                e if e == next_end && is_and && next_end + 2 == j => {
                    let past = self.skip_appositions_back(j - 1);
                    if past < next_end {
                        past
                    } else {
                        e
                    }
                }
                e => e,
            };
            // "The driver of the Galaxy and three passengers".
            let part = self
                .part_back(e, true)
                .or_else(|| self.part_back(self.pp_back(e)?, true));
            match part {
                Some((s, n)) => {
                    // "The driver, a 24-year-old man, and a passenger": an
                    // indefinite phrase set off by commas after a definite
                    // one (or a name) says who it is, and counts no one new.
                    let definite = self.toks[s].is("the")
                        || self.toks[s].s.ends_with("'s")
                        || self.is_name_word(s);
                    // "Soto's husband, Hector Soto, 38, and", "the driver,
                    // Al Roy, and": a name set off after a definite noun of
                    // people is who it is.
                    let owned = (self.toks[s].s.ends_with("'s")
                        || self.toks[s].is("the")
                        || self.toks[s].is_any(POSSESSIVES))
                        && !self.is_name_word(e - 1);
                    let apposition = !is_and
                        && comma_after
                        && ((self.toks[start].is_any(&["a", "an"]) && definite)
                            || (owned && self.is_name_word(start)));
                    // "Two other workers, Dale Marsh, 58, and Cody Riha,
                    // 23,": the names set off after a count are who they
                    // are, and count no one new.
                    let named = !is_and && names_only && n >= 2.0 && total <= n;
                    total = if named {
                        n
                    } else if apposition {
                        total + n - last
                    } else {
                        total + n
                    };
                    names_only &= self.is_name_word(s);
                    comma_after = self.toks[next_end].s == ",";
                    (start, last) = (s, n);
                    first = false;
                }
                None => break,
            }
        }
        Some((start, total))
    }

    /// One phrase of people ending at token `end` (exclusive): its first
    /// token and its count. `in_list`: after "and", where "another" or a
    /// bare noun ("and state police bomb technician") counts one.
    fn part_back(&self, end: usize, in_list: bool) -> Option<(usize, f64)> {
        if end == 0 {
            return None;
        }
        let j = end - 1;
        let t = &self.toks[j];
        if t.is_any(&["another"]) {
            return Some((j, 1.0));
        }
        if t.is_any(ORDINALS) && j >= 1 && self.toks[j - 1].is("a") {
            return Some((j - 1, 1.0));
        }
        // "a family of five", "a mother of two".
        if let Some(k) = small_number(t.s) {
            if j >= 2 && self.toks[j - 1].is("of") {
                let head = self.toks[j - 2].s;
                if head.eq_ignore_ascii_case("family") {
                    let s = if j >= 3 && self.toks[j - 3].is_any(ONE) {
                        j - 3
                    } else {
                        j - 2
                    };
                    return Some((s, k));
                }
                if self.v.family.has(head) {
                    return self.head_back(j - 2, in_list);
                }
            }
            return None;
        }
        if self.is_head(j) {
            return self.head_back(j, in_list);
        }
        if self.is_name_word(j) {
            return self.name_back(j);
        }
        None
    }

    /// A noun of people, or a "19-year-old".
    fn is_head(&self, i: usize) -> bool {
        let w = self.toks[i].s;
        self.v.person.has(w) || self.v.people.has(w) || age_word(w)
    }

    fn head_back(&self, j: usize, in_list: bool) -> Option<(usize, f64)> {
        let w = self.toks[j].s;
        let plural = self.v.people.has(w) || w.ends_with("-year-olds");
        let mut i = j;
        let mut mods = 0;
        while i > 0 && mods <= 6 {
            let t = &self.toks[i - 1];
            if let Some(n) = small_number(t.s) {
                // "2 million people", "220,000 people": a figure the
                // numbers reader gives.
                let glued = i >= 3 && {
                    let (sep, d) = (&self.toks[i - 2], &self.toks[i - 3]);
                    matches!(sep.s, "," | ".")
                        && sep.end == t.start
                        && d.end == sep.start
                        && d.s.starts_with(|c: char| c.is_ascii_digit())
                };
                if glued || (i < j && self.toks[i].is_any(SCALES)) {
                    return None;
                }
                if plural == (n != 1.0) {
                    // "the two men", "her two young sons".
                    let s = if i >= 2
                        && (self.toks[i - 2].is("the") || self.toks[i - 2].is_any(POSSESSIVES))
                    {
                        i - 2
                    } else {
                        i - 1
                    };
                    return Some((s, n));
                }
                return None;
            }
            if plural {
                if t.is("both") {
                    return Some((i - 1, 2.0));
                }
                if t.is_any(ONE) {
                    // "the couple found dead", "the twins": two.
                    let pair = i == j && self.toks[j].is_any(PAIRS);
                    return pair.then_some((i - 1, 2.0));
                }
            } else if t.is_any(ONE) {
                return Some((i - 1, 1.0));
            } else if t.s.ends_with("'s") || t.s.ends_with("’s") {
                // "Woodburn's police chief": a possessive determines one
                // ("the couple's son" with its article).
                let the = i >= 2 && self.toks[i - 2].is_any(&["the", "a", "an"]);
                return Some((i - 1 - usize::from(the), 1.0));
            }
            if self.is_modifier(i - 1) {
                i -= 1;
                mods += 1;
                continue;
            }
            // "dozens of others were injured": a vague number of them,
            // whose bounds the numbers reader gives.
            if plural && t.is("of") && i >= 2 {
                let w = self.toks[i - 2].s;
                if let Some(&(_, n)) = VAGUE.iter().find(|(v, _)| w.eq_ignore_ascii_case(v)) {
                    return Some((i - 2, n));
                }
            }
            break;
        }
        (in_list && !plural).then_some((i, 1.0))
    }

    /// A word that may stand between a determiner and its noun.
    fn is_modifier(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.is_word()
            && !t.is_any(STOP)
            && !t.is_any(BE_HAVE)
            && !t.is_any(BE_HAVE)
            && !t.is_any(NEGATIONS)
            && (!t.s.ends_with("ly") || t.is_any(LY_ADJECTIVES))
    }

    /// A word of a person's name.
    fn is_name_word(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if !t.is_capital() || !t.is_word() || small_number(t.s).is_some() {
            return false;
        }
        let w = t.bare();
        if self.v.titles.has(w) {
            return true;
        }
        !self.config.is_not_subject(w)
            && !NOT_NAMES.iter().any(|n| w.eq_ignore_ascii_case(n))
            && !self.v.people.has(w)
            && !self.v.person.has(w)
            && !t.is_any(STOP)
    }

    /// A name ending at token `j`: it counts one person.
    fn name_back(&self, j: usize) -> Option<(usize, f64)> {
        let mut i = j + 1;
        while i > 0 && self.is_name_word(i - 1) {
            i -= 1;
        }
        // A name of titles alone ("Deputy") is no name, nor that of a
        // place ("Riverside Mall").
        let titles = (i..=j).all(|k| self.v.titles.has(self.toks[k].bare()));
        if titles || self.v.venues.has(self.toks[j].bare()) {
            return None;
        }
        // "state police bomb technician Bill Hakim": the description
        // belongs to the name.
        if i > 0 && self.is_head(i - 1) {
            let mut k = i - 1;
            let mut mods = 0;
            while k > 0 && mods < 6 && self.is_modifier(k - 1) && !self.toks[k - 1].is_any(ONE) {
                k -= 1;
                mods += 1;
            }
            if k > 0 && self.toks[k - 1].is_any(ONE) {
                k -= 1;
            }
            return Some((k, 1.0));
        }
        // "taken to Mercy General in stable condition", "in east London":
        // a place.
        let mut k = i;
        while k > 0 && self.toks[k - 1].is_any(COMPASS) {
            k -= 1;
        }
        // "passengers in the Nissan".
        if k > 1 && self.toks[k - 1].is("the") && self.toks[k - 2].is_any(PLACE_BEFORE) {
            k -= 1;
        }
        if k > 0 && self.toks[k - 1].is_any(PLACE_BEFORE) {
            return None;
        }
        // "66-year-old LuAnn Johnson", "the 35-year-old Jerry Ortiz".
        if i > 0 && age_word(self.toks[i - 1].s) {
            i -= 1;
            if i > 0 && self.toks[i - 1].is_any(ONE) {
                i -= 1;
            }
        }
        Some((i, 1.0))
    }

    /// A list of people from token `b` on, after an active verb: its first
    /// token, its end (exclusive) and count. The list closes with "and" or
    /// "then": in "killed a woman, a spokesman said" only the woman counts.
    fn list_fwd(&self, b: usize) -> Option<(usize, usize, f64)> {
        let (end, mut resume, n) = self.part_fwd(b, false)?;
        let (mut committed, mut total) = ((end, n), n);
        let (mut pending_end, mut pending_total) = (end, n);
        loop {
            let mut k = resume;
            let mut closes = false;
            if self.tok(k).is_some_and(|t| t.s == ",") {
                k += 1;
            }
            while self.tok(k).is_some_and(|t| t.is_any(&["and", "then"])) {
                closes = true;
                k += 1;
            }
            // "killed his wife and then turned the gun on himself",
            // "killed two people before killing himself": the killer is
            // one more dead.
            let before = usize::from(self.tok(k).is_some_and(|t| t.is("before")));
            if let Some(e) = self
                .suicide_at(k + before)
                .filter(|_| closes || before == 1)
            {
                total += 1.0;
                committed = (e, total);
                break;
            }
            if k == resume {
                break;
            }
            match self.part_fwd(k, true) {
                Some((e, r, n)) => {
                    total += n;
                    resume = r;
                    (pending_end, pending_total) = (e, total);
                    if closes {
                        committed = (e, total);
                    }
                }
                None => {
                    // "killing his mother, sister and pet dog": the list
                    // closes, with a part that counts no one.
                    if closes {
                        committed = (pending_end, pending_total);
                    }
                    break;
                }
            }
        }
        Some((b, committed.0, committed.1))
    }

    /// Where a phrase of `killed` that starts at token `k` and ends in
    /// "himself" or "herself" ("turned the gun on himself") ends.
    fn suicide_at(&self, k: usize) -> Option<usize> {
        self.verbs
            .iter()
            .find(|&&(a, b, m, zero)| a == k && m == "killed" && !zero && self.suicide(b))
            .map(|v| v.1)
    }

    /// Whether a phrase ending at token `b` (exclusive) is a suicide's:
    /// "turned the gun on himself", "took his own life".
    fn suicide(&self, b: usize) -> bool {
        let last = &self.toks[b - 1];
        last.is_any(&["himself", "herself"])
            || (last.is("life") && b >= 2 && self.toks[b - 2].is("own"))
    }

    /// Whether a suicide's phrase ends at token `e` (exclusive).
    fn suicide_at_end(&self, e: usize) -> bool {
        self.suicide(e)
            && self
                .verbs
                .iter()
                .any(|&(_, b, m, zero)| b == e && m == "killed" && !zero)
    }

    /// One phrase of people from token `k`: its end (exclusive), where a
    /// list goes on after it (past an apposition), and its count.
    fn part_fwd(&self, k: usize, in_list: bool) -> Option<(usize, usize, f64)> {
        let t = self.tok(k)?;
        if in_list && t.is_any(&["himself", "herself"]) {
            return Some((k + 1, k + 1, 1.0));
        }
        // "killing her and her two young sons": a person named before,
        // counted where a list adds others to them.
        if !in_list && t.is_any(&["him", "her"]) && self.tok(k + 1).is_some_and(|t| t.is("and")) {
            return Some((k + 1, k + 1, 1.0));
        }
        // "wounded a third", "and another".
        let ordinal = |i: usize| self.tok(i).is_some_and(|t| t.is_any(ORDINALS));
        let ends = |i: usize| {
            self.tok(i)
                .is_none_or(|t| !t.is_word() || t.is_any(STOP) || t.is_any(BE_HAVE))
        };
        if t.is("a") && ordinal(k + 1) && ends(k + 2) {
            return Some((k + 2, k + 2, 1.0));
        }
        if t.is("another") && ends(k + 1) {
            return Some((k + 1, k + 1, 1.0));
        }
        // "killing both", "injuring both of them".
        if t.is("both") && !in_list && ends(k + 1) {
            return Some((k + 1, k + 1, 2.0));
        }
        if self.is_name_word(k) {
            let mut e = k;
            while self.tok(e).is_some() && self.is_name_word(e) {
                e += 1;
            }
            // "Arkansas woman", "OSP bomb technician": a name that
            // modifies a noun of one person.
            let mut j = e;
            while self.tok(j).is_some() && j < e + 4 && !self.is_head(j) && self.is_modifier(j) {
                j += 1;
            }
            if self.tok(j).is_some() && self.is_head(j) {
                let plural = self.v.people.has(self.toks[j].s);
                return (!plural).then(|| (j + 1, self.skip_apposition_fwd(j + 1), 1.0));
            }
            let titles = (k..e).all(|i| self.v.titles.has(self.toks[i].bare()));
            if titles || self.v.venues.has(self.toks[e - 1].bare()) {
                return None;
            }
            return Some((e, self.skip_apposition_fwd(e), 1.0));
        }
        // The determiner: a number, "both", one of [`ONE`], or none (in a
        // list, "and state police bomb technician").
        // "the death of 20-year-old Ka'loni Flynn".
        if age_word(t.s)
            && !t.s.ends_with('s')
            && self.tok(k + 1).is_some()
            && self.is_name_word(k + 1)
        {
            let mut e = k + 1;
            while self.tok(e).is_some() && self.is_name_word(e) {
                e += 1;
            }
            if !self.v.venues.has(self.toks[e - 1].bare()) {
                return Some((e, self.skip_apposition_fwd(e), 1.0));
            }
        }
        // "killing one", "wounding two, police said": a number of people
        // with no noun.
        if let Some(n) = small_number(t.s) {
            // Not "170" of "170,000", which the tokens split.
            let glued = |t: &Tok| {
                t.start == self.toks[k].end
                    && matches!(t.s, "," | ".")
                    && self.tok(k + 2).is_some_and(|d| {
                        d.start == t.end && d.s.starts_with(|c: char| c.is_ascii_digit())
                    })
            };
            let bare = self.tok(k + 1).is_none_or(|t| {
                (!t.is_word() && !glued(t)) || t.is_any(&["and", "then", "in", "at", "on"])
            });
            if bare && !in_list {
                return Some((k + 1, k + 1, n));
            }
        }
        let (det, mut i): (Det, usize) = if let Some(n) = small_number(t.s) {
            if self.tok(k + 1).is_some_and(|t| t.is_any(SCALES)) {
                return None;
            }
            (Det::Num(n), k + 1)
        } else if t.is("the") && self.tok(k + 1).and_then(|t| small_number(t.s)).is_some() {
            (Det::Num(small_number(self.toks[k + 1].s)?), k + 2)
        } else if t.is("both") {
            (Det::Num(2.0), k + 1)
        } else if let Some(n) = t
            .is_any(POSSESSIVES)
            .then(|| self.tok(k + 1).and_then(|t| small_number(t.s)))
            .flatten()
        {
            // "her two young sons".
            (Det::Num(n), k + 2)
        } else if t.is_any(ONE) {
            (Det::One, k + 1)
        } else if in_list {
            (Det::None, k)
        } else {
            return None;
        };
        let mut mods = 0;
        while self.tok(i).is_some() && mods <= 6 {
            // "a family of five".
            if self.toks[i].is("family") && self.tok(i + 1).is_some_and(|t| t.is("of")) {
                let n = small_number(self.tok(i + 2)?.s)?;
                return Some((i + 3, i + 3, n));
            }
            // "wounding two other people": "other" before a noun of
            // people modifies it.
            let other =
                self.toks[i].is("other") && self.tok(i + 1).is_some() && self.is_head(i + 1);
            if self.is_head(i) && !other {
                let plural = self.v.people.has(self.toks[i].s);
                // "her sons Caleb and Eli": a plural noun after a
                // possessive counts the names after it.
                if plural && matches!(det, Det::One) && t.is_any(POSSESSIVES) {
                    if let Some((e, n)) = self.names_fwd(i + 1) {
                        return Some((e, e, n));
                    }
                }
                // "a couple", "an elderly couple"; not "a couple of".
                let pair =
                    self.toks[i].is_any(PAIRS) && self.tok(i + 1).is_none_or(|t| !t.is("of"));
                let n = match (det, plural) {
                    (Det::One, true) if pair => 2.0,
                    (Det::Num(n), true) if n != 1.0 => n,
                    (Det::Num(n), false) if n == 1.0 => n,
                    (Det::One | Det::None, false) => 1.0,
                    _ => return None,
                };
                let resume = match n == 1.0 {
                    true => self.other_sex_apposition(i),
                    false => None,
                };
                return Some((
                    i + 1,
                    resume.unwrap_or_else(|| self.skip_apposition_fwd(i + 1)),
                    n,
                ));
            }
            if !self.is_modifier(i) {
                return None;
            }
            i += 1;
            mods += 1;
        }
        None
    }

    /// Two or more names from token `k` on, joined by commas and "and"
    /// ("Caleb and Eli", "Ada, Bo and Cy"): where they end and how many.
    fn names_fwd(&self, k: usize) -> Option<(usize, f64)> {
        let (mut e, mut n) = (k, 0.0);
        loop {
            let s = e;
            while self.tok(e).is_some() && self.is_name_word(e) {
                e += 1;
            }
            if e == s {
                return None;
            }
            n += 1.0;
            let mut j = e;
            if self.tok(j).is_some_and(|t| t.s == ",") {
                j += 1;
            }
            if self.tok(j).is_some_and(|t| t.is("and")) {
                j += 1;
            }
            if j == e || self.tok(j).is_none() || !self.is_name_word(j) {
                break;
            }
            e = j;
        }
        (n >= 2.0).then_some((e, n))
    }

    /// "shot the woman, his former girlfriend, and then …": after a noun
    /// of one person of a sex (token `head`), a possessive of the other
    /// sex cannot be that person's, so the noun of one person it opens (of
    /// no sex or of the head's), set off by commas, is the same person
    /// told again, no one more ("the woman, her daughter, and" is two).
    /// Where the list goes on after it: its closing comma.
    fn other_sex_apposition(&self, head: usize) -> Option<usize> {
        // The words first, the sexes (a look-up each) only then.
        if !self.tok(head + 1)?.is(",") {
            return None;
        }
        let owner = match self.tok(head + 2)? {
            t if t.is("his") => "man",
            t if t.is("her") => "woman",
            _ => return None,
        };
        let sex = self.v.sexes.class(self.toks[head].s)?;
        let owner = self.v.sexes.class(owner);
        if owner.is_none_or(|o| o == sex) {
            return None;
        }
        let mut j = head + 3;
        while self.tok(j).is_some() && j < head + 6 && !self.is_head(j) && self.is_modifier(j) {
            j += 1;
        }
        let noun = self.tok(j)?;
        let same = self.is_head(j)
            && !self.v.people.has(noun.s)
            && self.v.sexes.class(noun.s).is_none_or(|k| k == sex)
            && self.tok(j + 1).is_some_and(|t| t.is(","));
        same.then_some(j + 1)
    }

    /// Past ", 40" (an age), ", Alexandros Grigoropoulos" or "Alice
    /// McMeekin, 58" after a phrase.
    fn skip_apposition_fwd(&self, e: usize) -> usize {
        let mut e = e;
        if self.tok(e).is_some() && self.is_name_word(e) {
            while self.tok(e).is_some() && self.is_name_word(e) {
                e += 1;
            }
            if self.tok(e).is_some_and(|t| t.s == ",")
                && self.tok(e + 1).is_some_and(|t| small_number(t.s).is_some())
            {
                return e + 2;
            }
            return e;
        }
        if self.tok(e).is_some_and(|t| t.s == ",") {
            if self.tok(e + 1).is_some_and(|t| small_number(t.s).is_some()) {
                return e + 2;
            }
            let mut j = e + 1;
            while self.tok(j).is_some() && self.is_name_word(j) {
                j += 1;
            }
            if j > e + 2 {
                return j;
            }
        }
        e
    }
}

/// The determiner of a phrase of people.
#[derive(Clone, Copy)]
enum Det {
    Num(f64),
    One,
    None,
}

/// A phrase of people walked back from a verb.
struct Back {
    start: usize,
    end: usize,
    n: f64,
    /// A phrase of people hit or injured stood between ("the five people
    /// shot has died").
    hit: bool,
    /// "one of the N": how many, and the tokens of the whole phrase.
    part: Option<(f64, usize, usize)>,
    /// The phrase counts a part of a group named before ("one of them").
    earlier: bool,
}

/// "19-year-old", "nine-year-old", "19-year-olds", in any case.
fn age_word(w: &str) -> bool {
    let b = w.as_bytes();
    let stem = |suffix: &str| {
        b.len() > suffix.len()
            && b[b.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
            && w.is_char_boundary(b.len() - suffix.len())
    };
    let n = if stem("-year-old") {
        &w[..w.len() - 9]
    } else if stem("-year-olds") {
        &w[..w.len() - 10]
    } else {
        return false;
    };
    small_number(n).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokens;

    /// Every count of a sentence.
    fn all(s: &str) -> Vec<Count> {
        let c = Config::builtin();
        let mut hits = Vec::new();
        hits_into(s, 0, s.len(), &c, &mut hits);
        let toks = tokens(s, 0, s.len());
        counts(&toks, &hits, &c)
    }

    /// (measure, value, text) of each count of a sentence that is no part
    /// of a group.
    fn read(s: &str) -> Vec<(&'static str, f64, String)> {
        all(s)
            .into_iter()
            .filter(|k| !k.part)
            .map(|k| (k.measure, k.value, s[k.start..k.end].to_string()))
            .collect()
    }

    fn one(s: &str) -> Vec<(&'static str, f64)> {
        read(s).into_iter().map(|(m, v, _)| (m, v)).collect()
    }

    #[test]
    fn weekdays_counted_are_no_toll() {
        // `two Sundays ago` counts days: the one hurt is the subject.
        assert!(one("The keeper was injured two Sundays ago.")
            .iter()
            .all(|&(_, v)| v != 2.0));
    }

    #[test]
    fn those_died_along_with_died_too() {
        assert_eq!(
            one("Ana Reyes, 36, died along with her son Leo and her daughter Ivy."),
            [("killed", 3.0)]
        );
        assert_eq!(
            one("The driver was injured along with two passengers."),
            [("injured", 3.0)]
        );
        // No list after "along with": the person alone.
        assert_eq!(
            one("The man died along with hopes of a deal."),
            [("killed", 1.0)]
        );
    }

    #[test]
    fn a_person_with_a_casualty_verb_is_one() {
        assert_eq!(one("A man was killed on Sunday."), [("killed", 1.0)]);
        assert_eq!(one("The victim died at the hospital."), [("killed", 1.0)]);
        assert_eq!(
            one("A teen was fatally shot near the school."),
            [("killed", 1.0)]
        );
        assert_eq!(
            read("The man was pronounced dead at the scene."),
            [("killed", 1.0, "The man".to_string())]
        );
        assert_eq!(
            one("A 19-year-old was shot and killed Sunday."),
            [("killed", 1.0)]
        );
        assert_eq!(one("A bus driver was wounded."), [("injured", 1.0)]);
        assert_eq!(one("A clerk was grazed by a bullet."), [("injured", 1.0)]);
        assert_eq!(
            one("A woman was in critical condition."),
            [("injured", 1.0)]
        );
    }

    #[test]
    fn shot_alone_means_hit() {
        assert_eq!(one("A man was shot."), [("killed_or_injured", 1.0)]);
        // Where the wound may kill, still hit (a limb's is hurt: see
        // `a_wound_to_a_limb_is_hurt`).
        assert_eq!(
            one("A man was shot in the back."),
            [("killed_or_injured", 1.0)]
        );
        // Shot, then injured: the precise measure stands.
        assert_eq!(
            one("A man was shot and critically injured."),
            [("injured", 1.0)]
        );
    }

    #[test]
    fn enumerations_add_up() {
        assert_eq!(
            read("Two men and a woman were found fatally shot in a car."),
            [("killed", 3.0, "Two men and a woman".to_string())]
        );
        assert_eq!(
            one("A woman and her son were found dead."),
            [("killed", 2.0)]
        );
        assert_eq!(
            one("He killed two people, then himself."),
            [("killed", 3.0)]
        );
        assert_eq!(
            one("Smith, Jones and Brown were killed."),
            [("killed", 3.0)]
        );
        // A list closes with "and": the spokesman is no victim.
        assert_eq!(
            one("It killed a woman, a spokesman said."),
            [("killed", 1.0)]
        );
        // Names set off after a count say who they are.
        assert_eq!(
            one("Two other workers, Ada Brook, 58, and Tom Reyes, 23, were in critical condition."),
            [("injured", 2.0)]
        );
        assert_eq!(
            one("Two men, Ada Brook and Tom Reyes, were killed."),
            [("killed", 2.0)]
        );
        // ... but a name after "and" is one more.
        assert_eq!(one("Two men and Tom Reyes were killed."), [("killed", 3.0)]);
    }

    #[test]
    fn the_hit_whose_main_verb_says_they_died_are_dead() {
        assert_eq!(
            one("A man who was stabbed at a house party in Elm Park on Saturday night has died."),
            [("killed", 1.0)]
        );
        assert_eq!(
            one("The woman shot Tuesday died Thursday."),
            [("killed", 1.0)]
        );
        // The hurt who died, with the incident's noun among the words of
        // where and when: "stabbing" names the incident, no verb of theirs.
        assert_eq!(
            one("A girl hurt in a stabbing near the river last month has died."),
            [("killed", 1.0)]
        );
        assert_eq!(
            one("A man wounded in Friday's shooting at a gas station has died."),
            [("killed", 1.0)]
        );
        // Another clause between: the verb is not theirs.
        let mut r = one("A man who was shot and police said a woman died.");
        r.sort_by(|a, b| a.0.cmp(b.0));
        assert!(r.contains(&("killed_or_injured", 1.0)), "{r:?}");
    }

    #[test]
    fn zero_is_a_figure() {
        assert!(read("No one was injured in the fire.").contains(&(
            "injured",
            0.0,
            "No one was injured".to_string()
        )));
        assert_eq!(one("No other injuries were reported."), [("injured", 0.0)]);
        let mut r = one("There were no reports of injuries or damage.");
        r.sort_by(|a, b| a.0.cmp(b.0));
        assert_eq!(r, [("injured", 0.0), ("killed", 0.0)]);
        assert_eq!(one("Nobody else was hurt."), [("injured", 0.0)]);
        assert_eq!(one("No one else died."), [("killed", 0.0)]);
        // A negated verb is no count of its own, but a person denied
        // harm is a zero (the largest figure of an article stands).
        assert_eq!(one("The bus driver was not injured."), [("injured", 0.0)]);
        assert_eq!(one("The boy was never hurt."), []);
    }

    #[test]
    fn trades_schools_and_travellers_are_people() {
        // Nouns of work, school and travel count as any person does.
        assert_eq!(
            one("Two labourers died when the trench caved in."),
            [("killed", 2.0)]
        );
        assert_eq!(
            one("Six learners were injured when the minibus rolled."),
            [("injured", 6.0)]
        );
        assert_eq!(
            one("A commuter was hurt on the platform."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("Three skiers were killed in the slide."),
            [("killed", 3.0)]
        );
    }

    #[test]
    fn a_blanket_zero_of_the_hurt_is_a_zero_of_the_dead() {
        // Nobody hurt: nobody dead either.
        for s in [
            "Nobody was hurt when the shed caught fire on Monday.",
            "No one was injured after the barge struck the pier.",
            "There were no reports of any injuries, the brigade said.",
        ] {
            let mut r = one(s);
            r.sort_by(|a, b| a.0.cmp(b.0));
            assert_eq!(r, [("injured", 0.0), ("killed", 0.0)], "{s}");
        }
        // "Else" leaves the dead told before.
        assert_eq!(
            one("No one else was hurt in the crash."),
            [("injured", 0.0)]
        );
        // Zeros of the dead in other words.
        assert_eq!(
            one("The storm claimed no lives in the valley."),
            [("killed", 0.0)]
        );
        assert_eq!(
            one("There were no reports of deaths after the flood."),
            [("killed", 0.0)]
        );
        assert_eq!(one("Fortunately no lives were lost."), [("killed", 0.0)]);
        // The people of a role at the scene, unhurt.
        assert_eq!(
            one("No officers were injured during the standoff."),
            [("injured", 0.0)]
        );
        // An article that tells a death keeps it above the zero.
        let text = "A woman was killed when her van overturned on Route 8. The other driver was not injured.";
        let got = article(text);
        assert!(got.contains(&claim("killed", 1.0, false)), "{got:?}");
        assert!(got.contains(&claim("injured", 0.0, false)), "{got:?}");
    }

    #[test]
    fn victims_are_accounted_for() {
        let mut r = one("Four people were shot, one fatally, on Friday.");
        r.sort_by(|a, b| a.0.cmp(b.0));
        assert_eq!(r, [("injured", 3.0), ("killed", 1.0)]);
        let mut r = one("Five people were shot, one of them fatally.");
        r.sort_by(|a, b| a.0.cmp(b.0));
        assert_eq!(r, [("injured", 4.0), ("killed", 1.0)]);
        let mut r = one("One of the five people shot has died.");
        r.sort_by(|a, b| a.0.cmp(b.0));
        assert_eq!(
            r,
            [
                ("injured", 4.0),
                ("killed", 1.0),
                ("killed_or_injured", 5.0)
            ]
        );
        assert_eq!(
            one("Tom Reed was killed and three others hospitalized."),
            [("killed", 1.0), ("injured", 3.0)]
        );
        assert_eq!(
            one("A man was killed and three other people were wounded."),
            [("killed", 1.0), ("injured", 3.0)]
        );
    }

    #[test]
    fn one_of_a_group_is_a_part_of_it() {
        // The group was hit; the one is a part of it, not the toll.
        let s = "Dara Quinn was one of three shoppers struck by gunfire.";
        let got: Vec<_> = all(s)
            .into_iter()
            .map(|k| (k.measure, k.value, k.part, s[k.start..k.end].to_string()))
            .collect();
        assert_eq!(
            got,
            [
                ("killed_or_injured", 1.0, true, "one".into()),
                ("killed_or_injured", 3.0, false, "three shoppers".into()),
            ]
        );
        // Killed, all of them: five, the one a part.
        assert_eq!(
            one("A toddler was one of the five people killed in the crash."),
            [("killed", 5.0)]
        );
    }

    #[test]
    fn a_count_of_a_group_named_before() {
        let earlier = |s: &str| -> Vec<(&'static str, f64, bool, bool)> {
            all(s)
                .into_iter()
                .map(|k| (k.measure, k.value, k.part, k.earlier))
                .collect()
        };
        assert_eq!(
            earlier("One of them died at the hospital."),
            [("killed", 1.0, true, true)]
        );
        assert_eq!(
            earlier("Two of the victims were pronounced dead."),
            [("killed", 2.0, true, true)]
        );
        assert_eq!(
            earlier("Two died, police said."),
            [("killed", 2.0, false, true)]
        );
        // A number inside a name or after an article is no such count.
        assert_eq!(earlier("The two died in hospital."), []);
    }

    /// (measure, value, part) of each casualties claim of an article.
    fn article(text: &str) -> Vec<(String, f64, bool)> {
        crate::extract::claims_of(text, None)
            .into_iter()
            .filter(|c| c.kind == "casualties")
            .map(|c| {
                let part = c.qualifier.as_deref() == Some("part");
                (c.measure.unwrap(), c.value.unwrap().low.unwrap(), part)
            })
            .collect()
    }

    fn claim(m: &str, v: f64, part: bool) -> (String, f64, bool) {
        (m.to_string(), v, part)
    }

    #[test]
    fn a_split_told_over_two_sentences() {
        assert_eq!(
            article(
                "Four people were shot late on Friday. One of them died in \
                 hospital; the others are in stable condition."
            ),
            [
                claim("killed_or_injured", 4.0, false),
                claim("killed", 1.0, false),
                claim("injured", 3.0, false),
            ]
        );
        assert_eq!(
            article("Six people were shot outside the club. Two died at the scene."),
            [
                claim("killed_or_injured", 6.0, false),
                claim("killed", 2.0, false),
                claim("injured", 4.0, false),
            ]
        );
        // Wounded, not killed: a part of the group, no toll of its own.
        assert_eq!(
            article("Three men were shot. One of them was critically injured."),
            [
                claim("killed_or_injured", 3.0, false),
                claim("injured", 1.0, true),
            ]
        );
        // No group before: "one of them" is a part of a group not counted.
        assert_eq!(
            article("One of them died on Sunday."),
            [claim("killed", 1.0, true)]
        );
    }

    #[test]
    fn a_toll_rising_at_the_end_of_a_long_sentence() {
        assert_eq!(
            article(
                "The death toll from Friday's shooting at a busy outdoor \
                 market on the east side of the old town rose to three on Sunday."
            ),
            [claim("killed", 3.0, false)]
        );
        // Far from its word, a figure nothing rose to takes none.
        assert_eq!(
            article(
                "The death toll from Friday's shooting at a busy outdoor \
                 market on the east side of the old town was not given by the \
                 three officers."
            ),
            []
        );
    }

    #[test]
    fn disasters_and_strikes_read_the_same() {
        assert_eq!(one("A family of five died in the fire."), [("killed", 5.0)]);
        assert_eq!(
            one("The blast killed a soldier and two civilians."),
            [("killed", 3.0)]
        );
        assert_eq!(
            one("The quake killed six children and injured a nurse."),
            [("killed", 6.0), ("injured", 1.0)]
        );
    }

    #[test]
    fn names_with_ages_and_appositions() {
        assert_eq!(
            one("The victim, John Smith, 22, was pronounced dead."),
            [("killed", 1.0)]
        );
        assert_eq!(
            one("A store clerk, Mary Jones, was wounded."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("She opened fire, killing Ann Lee, 47, and wounding Bo Park, 39."),
            [("killed", 1.0), ("injured", 1.0)]
        );
        assert_eq!(
            one("LuAnn Johnson, of Burnsville, was killed."),
            [("killed", 1.0)]
        );
    }

    #[test]
    fn what_befell_a_part_or_its_group() {
        // The verb of the two, not of the three.
        let mut r = read("Two of the three victims died.");
        r.retain(|x| x.0 == "killed");
        assert_eq!(r, []);
        let parts: Vec<_> = all("Two of the three victims died.")
            .into_iter()
            .map(|k| (k.measure, k.value, k.part))
            .collect();
        assert_eq!(parts, [("killed", 2.0, true)]);
        // Shot three, killing one: one killed, two hit and alive.
        let mut r = one("He was accused of shooting three people, killing one, at a firm.");
        r.sort_by(|a, b| a.0.cmp(b.0).then(a.1.total_cmp(&b.1)));
        assert_eq!(r, [("injured", 2.0), ("killed", 1.0)]);
        assert_eq!(
            one("He is accused of stabbing his father and a neighbour to death."),
            [("killed", 2.0)]
        );
        assert_eq!(
            one("He was convicted in the death of 19-year-old Mara Quist."),
            [("killed", 1.0)]
        );
    }

    #[test]
    fn the_agent_of_an_active_verb_is_no_victim() {
        assert_eq!(one("The gunman killed two diners."), [("killed", 2.0)]);
        assert_eq!(one("A sniper shot a pair of deer."), []);
        // A reduced relative clause still reads back.
        assert_eq!(
            one("A man killed in the crash was named."),
            [("killed", 1.0)]
        );
    }

    #[test]
    fn a_vague_number_of_people_takes_its_own_verb() {
        assert_eq!(
            article("A boy was killed and dozens of others were badly hurt in the storm."),
            [claim("killed", 1.0, false), claim("injured", 12.0, false)]
        );
        // A scaled or grouped figure is the numbers reader's, never a count
        // of its first digits.
        assert_eq!(
            article("About 3 million people died of hunger."),
            [claim("killed", 3e6, false)]
        );
        assert_eq!(
            article("The floods left 140,000 people dead."),
            [claim("killed", 140e3, false)]
        );
    }

    #[test]
    fn killed_and_injured_together() {
        // One named and the others: the one died, the others were hurt.
        assert_eq!(
            one("Police said Rita Solis and the three other victims killed and injured in the raid were bystanders."),
            [("killed", 1.0), ("injured", 3.0)]
        );
        // No way to split them: all were hit.
        assert_eq!(
            one("Nine people were killed and injured in the crash."),
            [("killed_or_injured", 9.0)]
        );
    }

    #[test]
    fn a_clause_set_off_after_the_name_is_stepped_over() {
        assert_eq!(
            read("Ada Brook, 61, who had run the bakery for years, was found dead on Sunday."),
            [("killed", 1.0, "Ada Brook".to_string())]
        );
        assert_eq!(
            one("Ada Brook, owner of a bakery in the old town, has died."),
            [("killed", 1.0)]
        );
        // Hurt, then dead: the death stands.
        assert_eq!(
            one("Ada Brook, who was hurt in the blast, later died."),
            [("killed", 1.0)]
        );
        assert_eq!(
            one("Ada Brook, who was hurt, is recovering."),
            [("injured", 1.0)]
        );
    }

    #[test]
    fn a_death_by_ones_own_hand_is_a_death() {
        assert_eq!(
            one("The prisoner hanged himself in his cell."),
            [("killed", 1.0)]
        );
        assert_eq!(
            article("The four murder victims were named on Monday."),
            [claim("killed", 4.0, false)]
        );
    }

    #[test]
    fn the_hit_inside_a_count_of_the_dead_are_no_one_new() {
        assert_eq!(
            one("He was charged in the deaths of Ann Roe and Bo Tran, who were shot last week."),
            [("killed", 2.0)]
        );
    }

    #[test]
    fn headline_words_are_no_names() {
        assert_eq!(one("Video Of Fatal Shooting Shown To Jury"), []);
        assert_eq!(one("Gunmen who killed teacher jailed"), []);
    }

    #[test]
    fn a_victim_named_in_a_story_sentence_is_no_background() {
        let scopes: Vec<bool> = crate::extract::claims_of(
            "Jurors heard from witnesses on Monday. Mira Stone died at the scene, they said. \
             Stone was shot and killed in May 2019 outside her home.",
            None,
        )
        .into_iter()
        .filter(|c| c.kind == "casualties")
        .map(|c| c.scope == Scope::Background)
        .collect();
        // One record: "Stone was shot and killed" tells of the person the
        // story sentence counted, with the same figure (see `drop_repeats`);
        // read as background, it would have stayed a second record.
        assert_eq!(scopes, [false]);
    }

    #[test]
    fn the_third_of_those_hit_is_no_one_new() {
        assert_eq!(
            largest(
                "Two workers were killed and another was wounded. A third was also shot.",
                "injured"
            ),
            Some(1.0)
        );
        // A second woman beyond the stated figures is someone new.
        assert_eq!(
            largest(
                "A man was killed. A woman was shot in the arm. A second woman was grazed.",
                "injured"
            ),
            Some(2.0)
        );
    }

    #[test]
    fn places_are_never_victims() {
        assert_eq!(one("Stray gunfire wounded Riverside Mall."), []);
        assert_eq!(one("Oakdale Mall was shot up overnight."), []);
        assert_eq!(
            one("He shot Oakdale Mall guard Tom Banks."),
            [("killed_or_injured", 1.0)]
        );
        assert_eq!(one("Carla Mendes was wounded."), [("injured", 1.0)]);
    }

    /// The largest story-scope figure of a measure an article gives.
    fn largest(text: &str, measure: &str) -> Option<f64> {
        largest_of(&article(text), measure)
    }

    #[test]
    fn the_hurt_told_one_sentence_each_add_up() {
        // An injury told by the cut suffered.
        let text = "Two men were arrested after a brawl at a taproom. A bartender was taken to St Luke's Hospital. A customer suffered a cut above his eye.";
        assert_eq!(largest(text, "injured"), Some(2.0));
        // "The man" first met after "a hiker" is the hiker again.
        let text = "A hiker was flown to Kingsway Hospital after a fall from a ladder. Paramedics said the man was in serious condition.";
        assert_eq!(largest(text, "injured"), Some(1.0));
        // Not the man after a woman.
        let text = "A woman was taken to Kingsway Hospital after the crash. Paramedics said the man was in serious condition.";
        assert_eq!(largest(text, "injured"), Some(2.0));
        // Still in hospital, or in a condition told with "a" and two words.
        let text = "A van hit a bus shelter on Mill Road. One man died at the scene and a second man remains in hospital.";
        assert_eq!(largest(text, "injured"), Some(1.0));
        let text =
            "A swimmer was pulled from the reef on Sunday. He is in a serious but stable condition.";
        assert_eq!(largest(text, "injured"), Some(1.0));
        let text = "A teenager is in hospital after a fall from a balcony.";
        assert_eq!(largest(text, "injured"), Some(1.0));
        // How they were carried, between the verb and where to.
        let text = "Her brother was taken by road to Bay Hospital in a stable condition.";
        assert_eq!(largest(text, "injured"), Some(1.0));
        let text = "A passenger was flown by helicopter to Bay Hospital with head injuries.";
        assert_eq!(largest(text, "injured"), Some(1.0));
    }

    #[test]
    fn found_deceased_is_found_dead() {
        assert_eq!(
            one("A man was found deceased inside the cabin."),
            [("killed", 1.0)]
        );
    }

    #[test]
    fn the_hurt_told_by_what_they_escaped_with_or_had_are_counted() {
        // Each sentence tells one more person hurt, in words the
        // emergency services and local papers use.
        for (text, n) in [
            ("A jogger was bitten by a dog on the towpath.", 1.0),
            (
                "A driver escaped with minor injuries when his van overturned.",
                1.0,
            ),
            (
                "A worker escaped with burns after a fryer caught fire.",
                1.0,
            ),
            ("A rider escaped with two fractures after her fall.", 1.0),
            ("A climber had serious head injuries after the slip.", 1.0),
            (
                "A man was in a serious but stable condition last night.",
                1.0,
            ),
            ("A teenager with a knife wound walked into a clinic.", 1.0),
            ("A snowboarder was taken to hospital after a fall.", 1.0),
            ("Two kayakers were injured when their boats capsized.", 2.0),
        ] {
            assert_eq!(largest(text, "injured"), Some(n), "{text}");
        }
        // Two of two sexes, each told in a sentence of its own, add up.
        let text =
            "A woman was bitten by a snake on the trail. A man had minor injuries after a fall.";
        assert_eq!(largest(text, "injured"), Some(2.0));
    }

    #[test]
    fn a_killer_told_by_a_pronoun_who_then_takes_his_life_is_one_more_dead() {
        // The victim by name, the killer's suicide in a sentence of its own.
        assert_eq!(
            largest(
                "Ruth Dale, 61, was shot and killed by her husband at their \
                 farm. He then turned the gun on himself.",
                "killed"
            ),
            Some(2.0)
        );
        assert_eq!(
            largest(
                "A clerk was shot dead on Friday. Police said she later took her own life.",
                "killed"
            ),
            Some(2.0)
        );
        // Alone, the one who died.
        assert_eq!(largest("He then killed himself.", "killed"), Some(1.0));
        // With no "then" nor a gun, the pronoun may be the one found dead.
        assert_eq!(
            largest(
                "A man was found dead in a cell. He had hanged himself.",
                "killed"
            ),
            Some(1.0)
        );
    }

    #[test]
    fn a_killer_who_then_shot_himself_is_dead_never_hurt() {
        // "Then shot himself" after a killing is the killer's death,
        // never a wound.
        let t = "Lena Ortiz, 42, was shot to death at the house she shared with her \
                 boyfriend, Dale Crane, 45, police said. Crane then shot himself, \
                 officers said.";
        assert_eq!(largest(t, "injured"), None);
        assert_eq!(largest(t, "killed_or_injured"), None);
        assert_eq!(
            one("Police said Rob Tate, 38, then shot himself."),
            [("killed", 1.0)]
        );
        // By a pronoun, one more dead besides the victim.
        let t = "Mara Quinn was killed in her kitchen. He then shot himself.";
        assert_eq!(largest(t, "killed"), Some(2.0));
        // "Shot himself in the foot" alone stays a wound.
        let t = "Rob Tate shot himself in the foot while cleaning a rifle.";
        assert_eq!(largest(t, "killed"), None);
    }

    #[test]
    fn a_charge_for_wounding_others_counts_them() {
        assert_eq!(
            one("She faces a charge of assault for wounding two other people."),
            [("injured", 2.0)]
        );
        assert_eq!(
            one("The blast killed a worker and injured three other workers."),
            [("killed", 1.0), ("injured", 3.0)]
        );
    }

    #[test]
    fn an_obituary_name_age_and_town_before_died() {
        assert_eq!(
            one("Nell Ashby Crane, 71, of Dunmore, died Tuesday after the crash."),
            [("killed", 1.0)]
        );
    }

    #[test]
    fn disasters_told_without_numerals() {
        assert_eq!(
            one("The wind tore the roof off, killing both."),
            [("killed", 2.0)]
        );
        assert_eq!(one("The fire killed an elderly couple."), [("killed", 2.0)]);
        assert_eq!(one("Two boys drowned in the quarry."), [("killed", 2.0)]);
        assert_eq!(
            one("Nine people were treated at hospitals for cuts."),
            [("injured", 9.0)]
        );
        assert_eq!(
            one("A farmer was flown to the burn unit at Mercy."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("The boy was released from the hospital on Monday."),
            [("injured", 1.0)]
        );
    }

    #[test]
    fn the_dead_named_one_by_one_add_up() {
        assert_eq!(
            largest(
                "Ada Lorne died at the scene. Ben Kato died at a hospital on Sunday.",
                "killed"
            ),
            Some(2.0)
        );
        // Two of one family, told apart by their given names.
        assert_eq!(
            largest(
                "Paul Marsh, 40, died at the scene. The van's driver, Omar \
                 Reyes, 52, died at a hospital. His passenger, Rita Reyes, \
                 49, died later.",
                "killed"
            ),
            Some(3.0)
        );
        // A name in one word may be anyone's.
        assert_eq!(
            largest(
                "The death of Okafor shook the town. Friends said the murder of Emeka was senseless.",
                "killed"
            ),
            Some(1.0)
        );
        // One person named twice is one.
        assert_eq!(
            largest(
                "Tom Alder was killed on Friday. Alder died in the crash.",
                "killed"
            ),
            Some(1.0)
        );
        // A count that says as many stands.
        assert_eq!(
            largest(
                "Three people died. Ada Lorne died at the scene. Ben Kato died later.",
                "killed"
            ),
            Some(3.0)
        );
    }

    #[test]
    fn the_injured_named_one_by_one_add_up() {
        assert_eq!(
            largest(
                "Lena Marsh was wounded in the leg on Friday. Omar Field \
                 was treated for a graze. Police are looking for the driver.",
                "injured"
            ),
            Some(2.0)
        );
        // The same person twice is one: the same noun, the same surname.
        assert_eq!(
            largest(
                "A bus driver was in critical condition on Monday. The \
                 driver, Sam Ortega, was hospitalized. Ortega was grazed. A \
                 cyclist suffered minor injuries.",
                "injured"
            ),
            Some(2.0)
        );
        // The dead told by a noun, the hit by name, with no word to join
        // them: the hit may be the dead, and no injured is counted.
        assert_eq!(
            largest(
                "Police identified the man found dead in a car as Luis Oren, \
                 44. The coroner said Oren had been shot several times.",
                "injured"
            ),
            None
        );
        // ... but one more hit than the dead is injured.
        assert_eq!(
            largest(
                "A man was found dead in a car. Police said Luis Oren had \
                 been shot. Mia Ruiz was shot in the arm.",
                "injured"
            ),
            Some(1.0)
        );
        // One who died is no injured.
        assert_eq!(
            largest(
                "Ann Vale was shot in the chest. Vale died at the scene. Ed \
                 Moss was shot in the arm.",
                "injured"
            ),
            Some(1.0)
        );
        // "Another" is someone else, whatever noun it shares.
        assert_eq!(
            largest(
                "A man was shot in the leg. Another man was wounded in the \
                 hand. A woman was grazed.",
                "injured"
            ),
            Some(3.0)
        );
        // Named in one sentence, described in another: never summed.
        assert_eq!(
            largest(
                "A cashier was hurt. Jo Hart was treated for cuts.",
                "injured"
            ),
            Some(1.0)
        );
        // A stated figure at least as large stands.
        assert_eq!(
            largest(
                "Five people were injured. Lena Marsh was wounded. Omar \
                 Field was hurt.",
                "injured"
            ),
            Some(5.0)
        );
    }

    #[test]
    fn injuries_told_as_suffered_or_as_a_condition() {
        assert_eq!(
            one("A bank employee suffered non-life-threatening injuries."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("The driver sustained serious head injuries."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("The clerk was in critical but stable condition."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("The town's fire chief, 52-year-old Ray Dunn, is at a county hospital, in serious condition."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("He is accused of fatally shooting Mara Quist."),
            [("killed", 1.0)]
        );
    }

    #[test]
    fn an_active_verb_after_that_or_had() {
        assert_eq!(
            one("He was charged in a crash that killed a woman in Leeds."),
            [("killed", 1.0)]
        );
        assert_eq!(one("The gunman had killed two people."), [("killed", 2.0)]);
        assert_eq!(one("A man who was killed was named."), [("killed", 1.0)]);
    }

    #[test]
    fn zeros_joined_by_or() {
        let mut r = one("No one was killed or injured in the raid.");
        r.sort_by(|a, b| a.0.cmp(b.0));
        assert_eq!(r, [("injured", 0.0), ("killed", 0.0)]);
        assert_eq!(
            one("There were no immediate reports of damage or casualties."),
            [("killed", 0.0), ("injured", 0.0)]
        );
        assert_eq!(
            one("Every guest escaped without injury."),
            [("injured", 0.0)]
        );
    }

    #[test]
    fn shootings_of_named_people() {
        assert_eq!(
            article("He faces charges in the shootings of Paul Dern and Al Stone."),
            [claim("killed_or_injured", 2.0, false)]
        );
    }

    #[test]
    fn pronouns_places_and_mothers_are_not_counted() {
        // The sentence's reading counts one, which the article keeps only
        // for a person the sentence before introduces.
        assert_eq!(pronoun_claims("He died on Sunday."), 0);
        assert_eq!(
            pronoun_claims("She was taken to Mercy General in stable condition."),
            0
        );
        assert_eq!(one("A mother of two was killed."), [("killed", 1.0)]);
        // Plural with no number: how many is not said.
        assert_eq!(one("The victims were wounded."), []);
    }

    #[test]
    fn a_hospital_named_without_the_word_hospital() {
        // A hospital known by its name or initials alone.
        assert_eq!(
            one("The waiter was transported to RGMC with a wound to the hip."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("A teenager was rushed to Mercy Saint Luke's, where she is in surgery."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("A jogger was rushed to Baptist Memorial."),
            [("injured", 1.0)]
        );
        // Where no one hurt is taken: custody, a court, a town reached by
        // helicopter, a lower-case place.
        for s in [
            "The driver was taken to Pine County Jail.",
            "A teenager was taken to Juvenile Court on Monday.",
            "The hiker was transported to Elk Ridge Village by a rescue crew.",
            "The man was taken to court.",
        ] {
            assert_eq!(one(s), [], "{s}");
        }
    }

    #[test]
    fn both_or_all_of_those_hit() {
        // "Both", "all three" as the subject: the group counted before,
        // whole; alone, a count of their own.
        assert_eq!(
            largest(
                "Two brothers were shot on Elm Street. Both were taken to the hospital.",
                "injured"
            ),
            Some(2.0)
        );
        assert_eq!(
            largest(
                "Three people were hit at the court. All three were transported to Grace General.",
                "injured"
            ),
            Some(3.0)
        );
        assert_eq!(
            one("Both were taken to a hospital in stable condition."),
            [("injured", 2.0)]
        );
        // "both" after its subject is no subject.
        assert_eq!(one("The two guards were both hurt."), [("injured", 2.0)]);
    }

    #[test]
    fn hospital_transfers_are_injuries() {
        assert_eq!(
            one("Three climbers were taken to hospital with broken bones."),
            [("injured", 3.0)]
        );
        assert_eq!(
            one("A cyclist was taken to Royal Infirmary Hospital after the collision."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("The farmer suffered serious burns trying to free the cattle."),
            [("injured", 1.0)]
        );
    }

    #[test]
    fn those_taken_to_hospital_who_died_are_the_dead() {
        assert_eq!(
            one("The boy was rushed to a hospital but was declared dead on arrival."),
            [("killed", 1.0)]
        );
        assert_eq!(
            one("Two men were taken to hospital, where they died."),
            [("killed", 2.0)]
        );
        // A death with a person of its own leaves the hurt alone.
        assert_eq!(
            one("A woman was taken to hospital and a man died at the scene."),
            [("injured", 1.0), ("killed", 1.0)]
        );
    }

    #[test]
    fn verbs_joined_by_and_share_their_person() {
        assert_eq!(
            read("A retired cyclist was struck and killed by a van on Route 9."),
            [("killed", 1.0, "A retired cyclist".to_string())]
        );
        assert_eq!(
            one("A cashier was punched and kicked and treated for cuts."),
            [("injured", 1.0)]
        );
        // Where the person was struck, between the verb and "and".
        assert_eq!(
            one("A worker was cut on the wrist and treated at the scene."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("An elderly pedestrian was hit by a tram and killed."),
            [("killed", 1.0)]
        );
        // An active verb keeps its agent apart: the van killed no van.
        assert_eq!(
            one("The van struck and killed a jogger."),
            [("killed", 1.0)]
        );
    }

    #[test]
    fn a_relative_clause_between_person_and_verb() {
        assert_eq!(
            read("A 16-year-old who was standing with him was wounded in the hip."),
            [("injured", 1.0, "A 16-year-old".to_string())]
        );
        assert_eq!(
            one("A roommate who tried to stop the fight was hurt."),
            [("injured", 1.0)]
        );
        // "the shot" is a noun: the one who fired it is no victim.
        assert_eq!(one("The deputy who fired the shot was cleared."), []);
    }

    #[test]
    fn a_place_after_a_direction_word_is_no_victim() {
        assert_eq!(
            one("A man was stabbed to death in north Leeds and two other men injured."),
            [("killed", 1.0), ("injured", 2.0)]
        );
    }

    #[test]
    fn an_apposition_set_off_by_commas_is_the_same_person() {
        assert_eq!(
            one("The rider, a 30-year-old man, and a pillion passenger died."),
            [("killed", 2.0)]
        );
        // A list of indefinite people stays a list.
        assert_eq!(
            one("A man, a woman and a child were killed."),
            [("killed", 3.0)]
        );
    }

    #[test]
    fn a_pronoun_that_opens_a_list_and_a_possessive_number() {
        assert_eq!(
            one("The blaze was set deliberately, killing him and his three daughters."),
            [("killed", 4.0)]
        );
        assert_eq!(one("The fire killed her two sons."), [("killed", 2.0)]);
        assert_eq!(
            one("A father and his three young daughters died in the blaze."),
            [("killed", 4.0)]
        );
        // A pronoun alone repeats a person counted elsewhere.
        assert_eq!(one("He is accused of killing her."), []);
    }

    #[test]
    fn a_second_victim_dying_raises_the_toll() {
        assert_eq!(
            one("A second victim has died, police said."),
            [("killed", 2.0)]
        );
        assert_eq!(one("A third man died in hospital."), [("killed", 3.0)]);
        // One of the victims counted already.
        assert_eq!(one("The third victim died on the way."), [("killed", 1.0)]);
    }

    #[test]
    fn a_beating_counts_people_never_teams() {
        assert_eq!(
            one("He beat a guard and took her keys."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("A shop owner was beaten in the raid."),
            [("injured", 1.0)]
        );
        assert_eq!(one("The Hawks beat Boston on Sunday."), []);
        assert_eq!(one("Arsenal were beaten at home."), []);
        // A pronoun, kept only for a person introduced before.
        assert_eq!(pronoun_claims("He was beaten to death."), 0);
    }

    #[test]
    fn new_nouns_of_people() {
        assert_eq!(
            one("An intruder was shot dead by the homeowner."),
            [("killed", 1.0)]
        );
        assert_eq!(
            one("The sophomore who was shot and killed was 15."),
            [("killed", 1.0)]
        );
    }

    #[test]
    fn bodies_found_are_the_dead() {
        assert_eq!(
            one("Divers recovered the bodies of two hikers and a teenager."),
            [("killed", 3.0)]
        );
    }

    #[test]
    fn a_group_said_to_be_unhurt_is_a_zero() {
        assert_eq!(
            one("The driver and her two sons were not hurt."),
            [("injured", 0.0)]
        );
        assert_eq!(one("The other passengers were unhurt."), [("injured", 0.0)]);
    }

    #[test]
    fn the_others_after_the_dead_are_all_the_injured() {
        assert_eq!(
            article("Lena Ruiz, 20, was killed at the scene. Three other people were wounded."),
            [claim("killed", 1.0, false), claim("injured", 3.0, false)]
        );
        // "Two others" right after the dead, hurt: not more of the dead.
        let a = crate::extract::claims_of(
            "A man has died and two other people have been taken to hospital.",
            None,
        );
        let injured: Vec<_> = a
            .iter()
            .filter(|c| c.measure.as_deref() == Some("injured"))
            .map(|c| (c.value.as_ref().unwrap().low, c.qualifier.clone()))
            .collect();
        assert_eq!(injured, [(Some(2.0), None)]);
    }

    #[test]
    fn those_hit_who_did_not_die_are_injured() {
        // Three hit, none said to die, one told apart as grazed: three
        // injured, not one.
        let a =
            article("Three men were shot outside a bar. A 40-year-old man was grazed in the arm.");
        assert!(a.contains(&claim("injured", 3.0, false)), "{a:?}");
        // Hit victims in a report of more deaths than it names may be the
        // dead: no injured is added up from them.
        let a = article(
            "The gunman killed four people. He shot Ann Bell in the hall. \
             He shot Tom Hale in the yard. Deputy Ray Cole was killed outside.",
        );
        assert!(!a.iter().any(|c| c.0 == "injured"), "{a:?}");
    }

    #[test]
    fn a_phrase_of_the_hit_between_person_and_verb() {
        // Where and when the person was hit stand between them and what
        // befell them.
        assert_eq!(
            largest(
                "A woman stabbed outside a laundromat on Elm Street early Sunday has died.",
                "killed"
            ),
            Some(1.0)
        );
        let a = article("A teen shot near a bus stop late Friday remains in critical condition.");
        assert_eq!(a, [claim("injured", 1.0, false)], "{a:?}");
        // A change of condition says the person was hurt.
        assert_eq!(
            one("The boy was upgraded to good condition on Monday."),
            [("injured", 1.0)]
        );
    }

    #[test]
    fn a_name_after_a_noun_may_end_its_paragraph() {
        // The second dead is named right after "his neighbour", at the end
        // of a paragraph: two dead, whatever follows.
        let a = article(
            "Walt Ibsen Cray, 70, died Monday from burns suffered in the barn fire, \
             which also took the life of his neighbour Hugo Lind.\nWalt kept bees for 40 years.",
        );
        assert!(a.contains(&claim("killed", 2.0, false)), "{a:?}");
    }

    #[test]
    fn a_passive_phrase_further_back_before_a_death() {
        assert_eq!(
            largest(
                "Omar Lisk, 40, was stabbed several times in the 900 block of Hart Street and died hours later.",
                "killed"
            ),
            Some(1.0)
        );
    }

    #[test]
    fn another_after_the_dead_is_one_of_the_hurt() {
        let a = article(
            "Nadia Frost, 52, was shot in her kitchen and died at the scene. \
             Another woman was hit in the shoulder.",
        );
        assert!(a.contains(&claim("injured", 1.0, false)), "{a:?}");
    }

    #[test]
    fn others_hurt_are_besides_those_hurt_before() {
        let a = article(
            "A cyclist shot in the back outside a bakery late Friday was upgraded to fair condition. \
             The two other people hurt were treated and released.",
        );
        assert_eq!(largest_of(&a, "injured"), Some(3.0), "{a:?}");
    }

    #[test]
    fn the_rest_of_a_split_adds_up_with_the_first_part() {
        // No whole is read ("were seen by medics"): the two add up.
        let t = "Nine people were seen by medics after the stampede. Two were \
                 taken to hospital; the other seven were treated at the scene.";
        assert_eq!(largest(t, "injured"), Some(9.0));
        // The whole was read as people hit: the two are a part of it.
        let t = "Six people were shot. Two were taken to hospital; the other four \
                 were treated at the scene.";
        assert_eq!(largest(t, "injured"), None);
        assert_eq!(largest(t, "killed_or_injured"), Some(6.0));
    }

    #[test]
    fn one_of_the_hurt_who_died_leaves_the_rest_hurt() {
        assert_eq!(
            one("One of the five workers injured in the blast at the mill has died."),
            [("killed", 1.0), ("injured", 4.0)]
        );
        assert_eq!(
            one("A cyclist hurt in a crash on the bridge last week has died."),
            [("killed", 1.0)]
        );
        // The incident named by a word in "-ing" is where and when the
        // person was hurt, no phrase of its own.
        assert_eq!(
            one("A clerk wounded in Friday's robbery at a gas station on Elm Street has died."),
            [("killed", 1.0)]
        );
        assert_eq!(
            one("A teenager injured in the stabbing near the river park has died."),
            [("killed", 1.0)]
        );
    }

    #[test]
    fn where_the_hurt_came_or_lie_before_their_wound() {
        assert_eq!(
            one("A teenager walked into St. Jude's with a gunshot wound to the leg."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("Later a woman showed up at a clinic with stab wounds."),
            [("killed_or_injured", 1.0)]
        );
        assert_eq!(
            one("A worker is in hospital with serious injuries after the fall."),
            [("injured", 1.0)]
        );
        // "in" before no hospital says nothing of the person.
        assert_eq!(
            one("A man is in custody with minor injuries after the crash."),
            []
        );
    }

    #[test]
    fn those_admitted_or_sent_to_the_hospital_are_hurt() {
        assert_eq!(
            one("Two people died and 14 were admitted to hospital after the bus overturned."),
            [("killed", 2.0), ("injured", 14.0)]
        );
        assert_eq!(
            one("The chlorine spill sent six students to the hospital."),
            [("injured", 6.0)]
        );
    }

    fn largest_of(a: &[(String, f64, bool)], measure: &str) -> Option<f64> {
        a.iter()
            .filter(|(m, _, part)| m == measure && !part)
            .map(|(_, v, _)| *v)
            .reduce(f64::max)
    }

    #[test]
    fn hit_reads_as_shot_when_people_are_hit() {
        assert_eq!(
            one("A 19-year-old and a 20-year-old were hit as they stood on a porch."),
            [("killed_or_injured", 2.0)]
        );
        assert_eq!(
            one("Lena Cruz was hit by a stray bullet."),
            [("killed_or_injured", 1.0)]
        );
        assert_eq!(
            one("A cyclist was hit by a van."),
            [("killed_or_injured", 1.0)]
        );
        // Not places, teams or people hit by something that wounds no one.
        assert_eq!(one("Fairview was hit by a tornado."), []);
        assert_eq!(one("Hundreds of workers were hit by the layoffs."), []);
        assert_eq!(one("The club was hit with a fine."), []);
        // "Hit" with no form of "be" before it is no phrase.
        assert_eq!(one("The man hit the wall."), []);
        // Split like "shot": "five people were hit, one fatally".
        assert_eq!(
            one("Five people were hit, one fatally."),
            [("injured", 4.0), ("killed", 1.0)]
        );
    }

    #[test]
    fn a_killer_who_turns_the_gun_on_himself_is_one_more_dead() {
        assert_eq!(
            one("A man killed his girlfriend and then turned the gun on himself."),
            [("killed", 2.0)]
        );
        assert_eq!(
            one("The father killed his two sons before killing himself."),
            [("killed", 3.0)]
        );
        assert_eq!(
            one("He killed three people, then himself."),
            [("killed", 4.0)]
        );
        // Alone, the killer is the one who died.
        assert_eq!(
            one("The shooter then turned the gun on himself."),
            [("killed", 1.0)]
        );
        // "Shot" before a suicide: a murder-suicide, whose victims died.
        assert_eq!(
            one("Police said the farmer shot his brother before killing himself."),
            [("killed", 2.0)]
        );
        assert_eq!(
            one("A woman shot and killed her husband and then took her own life."),
            [("killed", 2.0)]
        );
    }

    #[test]
    fn a_couple_is_two() {
        assert_eq!(
            one("The couple were found dead in their kitchen."),
            [("killed", 2.0)]
        );
        assert_eq!(
            one("A couple was injured in the crash."),
            [("injured", 2.0)]
        );
        // "A couple of" is a vague number, never two.
        assert_eq!(
            one("A couple of hours later a man was shot."),
            [("killed_or_injured", 1.0)]
        );
    }

    #[test]
    fn those_expected_to_recover_are_injured() {
        assert_eq!(one("Both men are expected to recover."), [("injured", 2.0)]);
        assert_eq!(
            one("A 30-year-old is expected to survive."),
            [("injured", 1.0)]
        );
        // Not of a name: a capital opening a sentence may be anything.
        assert_eq!(one("Prices are expected to recover."), []);
    }

    #[test]
    fn police_release_words() {
        assert_eq!(
            one("An adult male suffering from a gunshot wound was found in an alley."),
            [("killed_or_injured", 1.0)]
        );
        assert_eq!(
            one("Officers found three victims with gunshot wounds."),
            [("killed_or_injured", 3.0)]
        );
        assert_eq!(
            one("Two juveniles were transported to a local hospital."),
            [("injured", 2.0)]
        );
        assert_eq!(
            one("A second victim succumbed to her injuries on Sunday."),
            [("killed", 2.0)]
        );
        // A death told after "where he" with no hurt count before it is
        // that of the sentence's subject.
        assert_eq!(
            one("The rider was flown to Mercy, where he was pronounced deceased."),
            [("killed", 1.0)]
        );
        assert_eq!(
            one("The boy remains in serious condition."),
            [("injured", 1.0)]
        );
    }

    #[test]
    fn people_before_where_they_were_or_what_they_did_first() {
        assert_eq!(
            one("Two passengers in the Honda were taken to a hospital."),
            [("injured", 2.0)]
        );
        assert_eq!(one("The driver of the van was killed."), [("killed", 1.0)]);
        assert_eq!(
            one("A woman and her son escaped through a window and were treated for burns."),
            [("injured", 2.0)]
        );
        assert_eq!(
            one("Two workers had climbed down before the wall fell and were hurt."),
            [("injured", 2.0)]
        );
        // A verb of someone else between: no one of those before.
        assert_eq!(one("The police arrived and were hurt."), []);
    }

    #[test]
    fn a_name_after_a_possessive_phrase_is_who_it_is() {
        assert_eq!(
            one("Her brother, Omar Diaz, 30, and the family's driver were hurt."),
            [("injured", 2.0)]
        );
        assert_eq!(
            one("Ana Ruiz, 41, and the couple's son were killed."),
            [("killed", 2.0)]
        );
    }

    #[test]
    fn the_hurt_said_also_are_besides_those_before() {
        assert!(article(
            "A boy shot at a park was in critical condition Sunday. \
                 Two women were also wounded."
        )
        .contains(&claim("injured", 3.0, false)));
        // Besides the dead: no one more hurt.
        let a = article("A man was killed in the crash. His wife was also injured.");
        assert!(!a.contains(&claim("injured", 2.0, false)), "{a:?}");
    }

    #[test]
    fn groups_of_hurt_in_different_roles_add_up() {
        // Nouns of two roles: two groups.
        let t = "Three tenants were treated for smoke inhalation. \
                 One firefighter hurt his ankle on the stairs.";
        assert_eq!(largest(t, "injured"), Some(4.0));
        // A role set off before a name counts for the name.
        let t = "Two passengers in the van were taken to a hospital. \
                 The driver of the truck, Ray Voss, 40, was treated and released.";
        assert_eq!(largest(t, "injured"), Some(3.0));
        // Two clauses joined by "and", each with its own verb.
        let t = "A man was badly burned and two deputies suffered minor injuries.";
        assert_eq!(largest(t, "injured"), Some(3.0));
        // One role told twice, or nouns that may be anyone: no sum.
        let t = "Two firefighters were hurt. One firefighter was in stable condition.";
        assert_eq!(largest(t, "injured"), Some(2.0));
        let t = "Two children were hurt. A girl was in serious condition.";
        assert_eq!(largest(t, "injured"), Some(2.0));
        // A count joining people of no role to a role holds anyone: the
        // pupils told later are among its children.
        let t = "The bus hit a van, sending three children and the van's driver \
                 to hospitals. The three pupils had cuts.";
        assert_eq!(largest(t, "injured"), Some(4.0));
    }

    #[test]
    fn the_hurt_told_by_where_they_were_taken_are_injured() {
        assert_eq!(
            one("The gas leak sent six tenants to hospitals on Monday."),
            [("injured", 6.0)]
        );
        assert_eq!(
            one("Medics took two hikers to hospital after the rockfall."),
            [("injured", 2.0)]
        );
        assert_eq!(
            one("A man was found with serious injuries."),
            [("injured", 1.0)]
        );
    }

    #[test]
    fn the_driver_of_a_vehicle_is_no_part_of_a_group() {
        // "of the" after a noun of one person is whose, not a partitive;
        // and the person before an indefinite apposition did what follows.
        let t = "The driver of the sedan, a 61-year-old woman, suffered a broken arm \
                 and was transported to Mercy Hospital in fair condition. \
                 Her passenger, a 58-year-old man, suffered minor injuries.";
        assert_eq!(largest(t, "injured"), Some(2.0));
        let a = article("The owner of the shop, a 50-year-old man, suffered minor injuries.");
        assert!(a.contains(&claim("injured", 1.0, false)), "{a:?}");
    }

    #[test]
    fn a_condition_after_where_the_hurt_were_taken() {
        // The person before "was carried to <place> in * condition".
        let a = article(
            "One tenant was pulled from a window and flown to the Valley Burn Center \
             in critical condition.",
        );
        assert!(a.contains(&claim("injured", 1.0, false)), "{a:?}");
        // An apposition that holds a phrase of its own ("in her 70s").
        let t = "Six students were taken to hospitals. The driver of the van, a woman \
                 in her 70s, was in stable condition.";
        assert_eq!(largest(t, "injured"), Some(7.0));
    }

    #[test]
    fn people_then_what_they_were_doing_then_the_verb() {
        let a = article("A boy sitting in the front row survived and was rushed to Mercy.");
        assert!(a.contains(&claim("injured", 1.0, false)), "{a:?}");
    }

    #[test]
    fn a_condition_the_hurt_are_listed_in() {
        assert_eq!(
            one("Both men were listed in stable condition."),
            [("injured", 2.0)]
        );
        assert_eq!(
            one("The girl is listed in serious but stable condition."),
            [("injured", 1.0)]
        );
    }

    #[test]
    fn treated_at_the_scene_and_carried_by_ambulance() {
        assert_eq!(
            one("One firefighter was treated at the scene for heat exhaustion."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("The clerk was transported by ambulance to Mercy General with a cut."),
            [("injured", 1.0)]
        );
        // Not before a place of custody.
        assert_eq!(
            one("The suspect was transported by ambulance to County Jail."),
            []
        );
    }

    #[test]
    fn groups_of_hurt_of_two_sexes_or_two_vehicles_add_up() {
        let t = "Both men were in stable condition. A young woman was grazed by a bullet.";
        assert_eq!(largest(t, "injured"), Some(3.0));
        // A noun of people of no sex may be anyone.
        let t = "Two people were hurt. A woman was in stable condition.";
        assert_eq!(largest(t, "injured"), Some(2.0));
        let t = "The driver of the minivan and two passengers were treated for minor \
                 injuries. The driver of the pickup was taken to Mercy Hospital.";
        assert_eq!(largest(t, "injured"), Some(4.0));
        // One vehicle's driver told twice is one person.
        let t = "The driver of the minivan was hurt. The driver of the minivan, a \
                 41-year-old woman, was treated and released.";
        assert_eq!(largest(t, "injured"), Some(1.0));
    }

    #[test]
    fn the_hurt_said_also_are_not_added_twice() {
        let t = "A man was badly burned early Tuesday, and a firefighter was also hurt.";
        assert_eq!(largest(t, "injured"), Some(2.0));
    }

    #[test]
    fn the_named_and_the_described_of_two_sexes_add_up() {
        let t = "The boy was in serious condition. His grandmother, Ada Lusk, 66, \
                 was treated for smoke inhalation.";
        assert_eq!(largest(t, "injured"), Some(2.0));
        // A name of no known sex may be the boy.
        let t = "The boy was in serious condition. Jo Lusk, 9, was treated for smoke \
                 inhalation.";
        assert_eq!(largest(t, "injured"), Some(1.0));
    }

    #[test]
    fn a_part_of_a_family_joined_to_one_of_them_is_counted_with_them() {
        assert_eq!(
            one("The father and two of the children were treated for smoke inhalation."),
            [("injured", 3.0)]
        );
        assert_eq!(
            one("A mother and three of her sons were taken to a hospital."),
            [("injured", 4.0)]
        );
        // Alone it is a part of a group, as before.
        assert_eq!(one("Two of the children were taken to a hospital."), []);
        // With "also", the driver told after them is besides them.
        let t = "The father and two of the children were taken to a hospital. The \
                 van's driver was also hospitalized.";
        assert_eq!(largest(t, "injured"), Some(4.0));
    }

    #[test]
    fn had_with_an_object_before_and_the_verb() {
        assert_eq!(
            one(
                "A 40-year-old man at the house had a cut to the arm and was treated at the scene."
            ),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("The cashier, a woman in her 50s, had a broken nose and was treated and released."),
            [("injured", 1.0)]
        );
    }

    /// The casualty claims of an article whose text is a pronoun.
    fn pronoun_claims(text: &str) -> usize {
        crate::extract::claims_of(text, None)
            .iter()
            .filter(|c| c.kind == "casualties" && (c.text == "He" || c.text == "She"))
            .count()
    }

    #[test]
    fn a_pronoun_stands_for_the_person_the_sentence_before_introduces() {
        let t = "Officers found a 27-year-old man on the sidewalk. He was transported \
                 to Mercy General, where he is listed in serious condition.";
        assert_eq!(largest(t, "injured"), Some(1.0));
        // Someone counted already: the pronoun repeats them.
        let t = "A man was shot in the leg. He was taken to a hospital in stable condition.";
        assert_eq!(pronoun_claims(t), 0);
        // No one introduced: no count.
        let t = "The fire started in the kitchen. He was taken to a hospital.";
        assert_eq!(pronoun_claims(t), 0);
        // A death too: the person the sentence before introduces died
        // (the sentence before counts no one, so "he died" repeats no
        // count).
        let t = "Deputies found a man in the yard. He died at the scene.";
        assert_eq!(largest(t, "killed"), Some(1.0));
        // A person of the other sex is no antecedent; a sentence opening
        // with the same pronoun is stepped over, back to the paragraph
        // before.
        let t = "A woman was knocked down in a parking lot, police said.\nShe was \
                 loading groceries when a man grabbed her purse. She was taken to \
                 Mercy Hospital with a broken wrist.";
        assert_eq!(largest(t, "injured"), Some(1.0));
        // "He suffered a broken jaw and was transported to …".
        let t = "A 34-year-old man had been kicked by two men. He suffered a broken \
                 jaw and was transported to Mercy General, where he is in stable condition.";
        assert_eq!(largest(t, "injured"), Some(1.0));
        // "The" person too, for the hurt: told of before, counted nowhere.
        let t = "Deputies were called about a man with a knife. During the standoff, \
                 the man lunged at a deputy, who fired once. He was taken to Mercy \
                 General in critical condition.";
        assert_eq!(largest(t, "injured"), Some(1.0));
        // Never for a death (a definite person may be one counted dead).
        let t = "During the standoff, the man lunged at the officers. He died at the scene.";
        assert_eq!(largest(t, "killed"), None);
    }

    #[test]
    fn a_death_told_by_a_pronoun_is_the_person_found_before() {
        // Found with wounds no phrase counts, then dead.
        let t = "Deputies came upon a 50-year-old male, 50, beside a pickup with stab \
                 wounds. He was pronounced deceased by medics.";
        assert_eq!(largest(t, "killed"), Some(1.0));
        // The one found is the one dead: no second death.
        let t = "A woman was found dead in a garage. Police found a man nearby. He \
                 died later at a hospital.";
        assert!(largest(t, "killed").is_some_and(|k| k <= 2.0));
        // Found hit, then dead: the one hit is the one who died, and no
        // one is left hurt.
        let t = "Troopers found a woman in the back seat with multiple gunshot \
                 wounds. She was pronounced dead at a hospital.";
        assert_eq!(largest(t, "killed"), Some(1.0));
        assert_eq!(largest(t, "injured"), None);
        assert_eq!(largest(t, "killed_or_injured"), Some(1.0));
        // Not of a person of the other sex, nor of one of two hit.
        let t = "Troopers found a woman with a gunshot wound. He was pronounced dead.";
        assert_eq!(largest(t, "killed"), None);
        let t = "Troopers found a woman with a gunshot wound and a man with a stab \
                 wound. He was pronounced dead.";
        assert_eq!(largest(t, "killed"), None);
        // A counted death before: the pronoun repeats it.
        let t = "A man was killed on Elm Street on Friday. He died at the scene.";
        assert_eq!(largest(t, "killed"), Some(1.0));
        // A killer's suicide is still one more dead.
        let t = "Ruth Dale, 61, was shot and killed by her husband at their farm. He \
                 then turned the gun on himself.";
        assert_eq!(largest(t, "killed"), Some(2.0));
    }

    #[test]
    fn a_long_relative_clause_before_the_hurt() {
        let t = "A man who fired at Polk County troopers after a chase on U.S. 12 early \
                 Sunday was shot and wounded.";
        assert_eq!(largest(t, "injured"), Some(1.0));
    }

    #[test]
    fn the_dead_between_pronounced_and_dead() {
        assert_eq!(
            one("Paramedics pronounced the two hikers dead at the trailhead."),
            [("killed", 2.0)]
        );
        // "him": the person the sentence before introduces.
        let t = "Troopers found a 60-year-old man in a ditch. Medics pronounced him \
                 deceased a short time later.";
        assert_eq!(largest(t, "killed"), Some(1.0));
        // No one introduced: no count.
        let t = "The storm knocked out power. A doctor pronounced him dead.";
        assert_eq!(largest(t, "killed"), None);
    }

    #[test]
    fn an_adult_male_and_an_adult_female_are_two() {
        let t = "Deputies located an adult male, 45, with a stab wound to the leg. An \
                 adult female, 39, was treated at the scene.";
        assert_eq!(largest(t, "injured"), Some(2.0));
        // An indefinite class noun is someone new; a definite one repeats.
        let t = "One juvenile was hurt by flying glass. Later a second juvenile was \
                 treated for a cut.";
        assert_eq!(largest(t, "injured"), Some(2.0));
        let t = "An adult was hurt by flying glass. The adult was treated for a cut.";
        assert_eq!(largest(t, "injured"), Some(1.0));
    }

    #[test]
    fn a_relative_clause_after_an_age_and_a_laceration() {
        // The person, an age set off, then "who …" before the phrase.
        assert_eq!(
            one("A neighbour, 62, who tried to pull the dog away sustained a laceration to his arm."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("The waiter suffered lacerations to both hands."),
            [("injured", 1.0)]
        );
    }

    #[test]
    fn a_year_set_off_after_a_day_is_no_age() {
        assert_eq!(
            one("The cashier, 52, who was stabbed outside the store on Friday, May 8, 2026, died Monday."),
            [("killed", 1.0)]
        );
    }

    #[test]
    fn the_same_noun_with_two_ages_or_one_surname_with_two_given_names_is_two() {
        let t = "Officers found a 27-year-old man on the sidewalk. He was transported to \
                 Mercy General in serious condition. A 29-year-old man who tried to stop \
                 the fight was punched and treated at the scene.";
        assert_eq!(largest(t, "injured"), Some(2.0));
        let t = "Ronald Pease, 49, was found dead. His wife, Sheila Pease, 46, was in \
                 critical condition. Her son, Kyle Marsh, 19, was shot in the hand.";
        assert_eq!(largest(t, "injured"), Some(2.0));
        // One age, one person.
        let t = "A 27-year-old man was hurt. The 27-year-old man was in stable condition.";
        assert_eq!(largest(t, "injured"), Some(1.0));
    }

    #[test]
    fn drivers_of_numbered_vehicles_add_up() {
        let t = "Driver of vehicle 1, Ana Ruiz, 34, was transported to Mercy Hospital with \
                 injuries. Passenger of vehicle 1, a juvenile, 8, was transported to Mercy \
                 Hospital with injuries. Driver of vehicle 3, Tom Moss, 61, was treated at \
                 the scene.";
        assert_eq!(largest(t, "injured"), Some(3.0));
    }

    #[test]
    fn a_burn_unit_and_the_occupants_of_a_home() {
        assert_eq!(
            one("A man was transported to the burn unit at Mercy General."),
            [("injured", 1.0)]
        );
        let t = "Four occupants were transported to a hospital. One firefighter was \
                 treated at the scene.";
        assert_eq!(largest(t, "injured"), Some(5.0));
    }

    #[test]
    fn verbs_in_a_series_with_commas_share_their_person() {
        let t = "A 30-year-old man who tried to help was punched. He had bruises on his \
                 arms and neck, refused a ride to the hospital and was treated at the scene.";
        assert_eq!(largest(t, "injured"), Some(1.0));
        assert_eq!(
            one("A clerk had burns to both hands, called for help and was treated at the scene."),
            [("injured", 1.0)]
        );
    }

    #[test]
    fn a_with_phrase_between_person_and_verb() {
        assert_eq!(
            one("A boy with a gunshot wound to the knee was taken to Mercy Hospital."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("A 40-year-old man with a cut to the scalp was treated at the scene."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("A woman, with bruises to her face, was treated and released."),
            [("injured", 1.0)]
        );
    }

    #[test]
    fn where_the_hurt_stayed_and_how_they_were() {
        assert_eq!(
            one("Her husband remained at Valley General Medical Center in fair condition."),
            [("injured", 1.0)]
        );
        let t = "A woman was knocked down by a cyclist. She spent Friday night at Mercy \
                 Hospital.";
        assert_eq!(largest(t, "injured"), Some(1.0));
        // A person named with an age introduces them too; a sentence that
        // quotes the same pronoun is stepped over.
        let t = "Rita Moss, 80, was crossing the street when a van hit her.\n\"It came \
                 out of nowhere,\" she said. She spent the night at Mercy Hospital.";
        assert_eq!(largest(t, "injured"), Some(1.0));
        // Taken somewhere, then the "at" of a place: where they were taken.
        assert_eq!(
            one("The boy was taken to the burn unit at Mercy in serious condition."),
            [("injured", 1.0)]
        );
    }

    #[test]
    fn a_second_verb_of_one_person_after_and_was() {
        assert_eq!(
            one("The second man was hit in the arm and was expected to recover."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("A woman was shot in the hand and was released from the hospital."),
            [("injured", 1.0)]
        );
    }

    #[test]
    fn a_plural_noun_before_names_counts_the_names() {
        assert_eq!(
            one("Ana Reyes died along with her daughters Mia and Lola and her son Leo."),
            [("killed", 4.0)]
        );
        assert_eq!(
            one("The fire killed his sons Tom, Ben and Sam."),
            [("killed", 3.0)]
        );
    }

    #[test]
    fn the_dead_named_right_after_their_noun_add_up() {
        let t = "Ruth Ann Kell, 61, died Friday of burns from the mill fire, which also \
                 took the life of her neighbor Omar Haddad.";
        assert_eq!(largest(t, "killed"), Some(2.0));
    }

    #[test]
    fn a_killer_found_with_a_self_inflicted_wound_and_pronounced_dead() {
        let t = "The gunman, her former boyfriend, 33, was found in a shed with a \
                 self-inflicted gunshot wound and was pronounced dead at the scene.";
        assert_eq!(largest(t, "killed"), Some(1.0));
        assert_eq!(
            one("The man was found and was pronounced dead."),
            [("killed", 1.0)]
        );
    }
    #[test]
    fn a_pronoun_stands_for_the_person_given_an_age_before_another() {
        // The person given an age comes first; the neighbor who drove
        // them is no one hurt.
        let t = "Deputies say a woman was stabbed in a parking lot late Monday. \
                 The woman, 52, reached Mercy Hospital after a neighbor drove her there. \
                 She was treated and released.";
        assert_eq!(largest(t, "injured"), Some(1.0));
    }

    #[test]
    fn two_clauses_of_the_hit_joined_by_and_are_two_people() {
        let t = "A girl was hit in the shoulder and her cousin was grazed on the hand.";
        assert_eq!(largest(t, "injured"), Some(2.0));
        // Where the person was hit, then what befell them, is one person.
        assert_eq!(
            one("A man shot in the arm and leg outside a bar has died."),
            [("killed", 1.0)]
        );
    }

    #[test]
    fn a_wound_after_where_the_hurt_stayed() {
        let t = "Marco Reyes, 30, remained at Mercy Hospital on Sunday with a gunshot wound.";
        assert_eq!(largest(t, "killed_or_injured"), Some(1.0));
    }

    #[test]
    fn people_then_what_they_were_doing_then_a_form_of_be() {
        assert_eq!(
            one("A man walking his dog was struck by a stray bullet."),
            [("killed_or_injured", 1.0)]
        );
    }

    #[test]
    fn where_the_person_lives_between_person_and_verb() {
        assert_eq!(
            one("Tomas Ferreira, 37, of Birch Hollow was killed when his van rolled."),
            [("killed", 1.0)]
        );
        assert_eq!(
            one("A woman from Upper Marsh Falls died after the crash."),
            [("killed", 1.0)]
        );
        assert_eq!(
            one("Lena Obi of Westport was badly hurt."),
            [("injured", 1.0)]
        );
        // "of" and capitals after no person: nothing to step over.
        assert_eq!(
            largest("The Bank of Ireland was hit by a truck.", "killed"),
            None
        );
    }

    #[test]
    fn the_people_of_a_vehicle_are_no_part() {
        let t = "All three passengers of the minivan were taken to a hospital.";
        assert_eq!(article(t), [claim("injured", 3.0, false)]);
    }
    #[test]
    fn walking_in_hurt_caught_in_a_crossfire_and_released_from_a_named_hospital() {
        assert_eq!(
            one("A third man self-transported to Mercy Hospital with a gunshot wound."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("A cyclist was caught in the crossfire on Elm Street."),
            [("killed_or_injured", 1.0)]
        );
        assert_eq!(
            one("A 70-year-old man was released from Mercy General Hospital on Friday."),
            [("injured", 1.0)]
        );
    }
    #[test]
    fn the_occupants_of_a_vehicle_hold_its_passengers() {
        let t = "All four occupants of the sedan were taken to hospitals. \
                 A 10-year-old passenger is in critical condition.";
        assert_eq!(largest(t, "injured"), Some(4.0));
        let t = "Two occupants of the sedan were taken to hospitals. \
                 The driver of the truck was treated at the scene.";
        assert_eq!(largest(t, "injured"), Some(3.0));
    }
    #[test]
    fn a_victim_set_off_by_a_possessive_of_the_other_sex_is_one_person() {
        // The victim set off by a possessive of the other sex is one
        // person: her partner's, not hers.
        let t = "Deputies said the man broke into the flat on Birch Lane, shot the \
                 woman, his estranged wife, and then turned the gun on himself.";
        assert_eq!(largest(t, "killed"), Some(2.0));
        // A possessive of her own sex may be hers: another person.
        let t = "He shot the woman, her sister, and then turned the gun on himself.";
        assert_eq!(largest(t, "killed"), Some(3.0));
        // Who hanged himself in a cell after no killing is one dead.
        let t = "Police said Moreno had hanged himself in his cell. Moreno was found dead.";
        assert_eq!(largest(t, "killed"), Some(1.0));
    }

    #[test]
    fn the_other_of_a_pair_one_of_whom_died_is_the_one_hurt() {
        let t = "A man was stabbed to death and another man was badly hurt in a fight \
                 on the quay. One of them died at the scene. The other was flown to a \
                 hospital, where he was in serious condition.";
        assert_eq!(largest(t, "injured"), Some(1.0));
        // Told before anyone hurt, the other is one more.
        let t = "One of the two men stabbed outside a pub on Friday has died, police said. \
                 The other man, 26, was in fair condition. Police also learned that a \
                 woman who had been standing near the door was grazed in the arm.";
        assert_eq!(largest(t, "injured"), Some(2.0));
    }

    #[test]
    fn a_wound_to_a_limb_is_hurt() {
        assert_eq!(
            one("A cyclist was shot in the left thigh on the towpath."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("Two men were stabbed in the arm outside the depot."),
            [("injured", 2.0)]
        );
        // The chest may kill: hit, no more.
        assert_eq!(
            one("A guard was shot in the chest."),
            [("killed_or_injured", 1.0)]
        );
        // A death told in the sentence wins.
        let t = "A driver was shot in the hand and later died at the hospital.";
        assert_eq!(largest(t, "killed"), Some(1.0));
        assert_eq!(largest(t, "injured"), None);
    }

    #[test]
    fn one_hurt_and_the_other_hurt_are_two() {
        let t = "Medics reached the quarry shortly after noon. One was airlifted to \
                 Lakeside Hospital in serious condition; the other was transported in \
                 fair condition.";
        assert_eq!(largest(t, "injured"), Some(2.0));
        // Told as found, then hit.
        assert_eq!(
            one("Two men were located suffering from gunshot wounds behind the depot."),
            [("killed_or_injured", 2.0)]
        );
    }

    #[test]
    fn a_place_of_care_is_named_by_its_words() {
        assert_eq!(
            one("The cyclist was airlifted to The Royal Infirmary at Leeds."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("Two hikers were airlifted to the Queen Mary University Hospital on Sunday."),
            [("injured", 2.0)]
        );
        assert_eq!(
            one("A jogger was rushed to Harbor General by ambulance."),
            [("injured", 1.0)]
        );
        assert_eq!(
            one("A swimmer was airlifted to a regional hospital in Cairns."),
            [("injured", 1.0)]
        );
        // Custody is no place of care.
        assert_eq!(one("The suspect was airlifted to Pine County Jail."), []);
    }

    #[test]
    fn constables_and_pensioners_are_people() {
        assert_eq!(
            one("A constable and two pensioners were injured."),
            [("injured", 3.0)]
        );
    }

    #[test]
    fn the_rank_of_one_hurt_counts_those_before() {
        let t = "Two hikers died and a third was in serious condition after the rockslide. \
                 A fourth person suffered minor injuries.";
        assert_eq!(largest(t, "killed"), Some(2.0));
        assert_eq!(largest(t, "injured"), Some(2.0));
    }
}
