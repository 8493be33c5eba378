//! What a figure takes from the figures and words beside it: its part in a
//! change ("rose from 5 to 7 per cent", "fell 1.2 per cent to 7,412", "cut
//! by 3 to 20"), and a unit written once for two figures ("from 5 to 7 per
//! cent", "312 flats were sold and 95 at auction") or left to the index it
//! measures where its change is told in points ("the FTSE closed 31 points
//! higher at 7,412": points; "closed at 7,412" alone writes no unit).
//!
//! The recogniser keeps the two ends of a change apart (see
//! `numbers::assemble`); this module says which end is which, so that a
//! change is never read as one range and its level is never compared with
//! another outlet's change.

use super::numbers::{NumberForm, NumberMatch};
use crate::model::Role;

/// What [`read`] says of one figure.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reading {
    /// Its part in a change, if it is one.
    pub role: Option<Role>,
    /// A unit for a figure written without one: the other end's, the
    /// neighbour's, or `point` for an index level.
    pub unit: Option<String>,
}

/// Verbs after which a figure is the amount of a change ("rose 5%").
const CHANGE: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "rises",
    "rising",
    "increased",
    "increase",
    "increases",
    "increasing",
    "raised",
    "raise",
    "raising",
    "climbed",
    "climbs",
    "jumped",
    "jumps",
    "fell",
    "fallen",
    "falls",
    "fall",
    "falling",
    "dropped",
    "drops",
    "declined",
    "declines",
    "decreased",
    "cut",
    "cuts",
    "reduced",
    "lowered",
    "grew",
    "grown",
    "grows",
    "soared",
    "surged",
    "slipped",
    "plunged",
    "slumped",
    "tumbled",
    "sank",
    "slid",
    "dipped",
    "eased",
    "rallied",
    "shrank",
    "advanced",
    "narrowed",
    "widened",
    "lifted",
    "trimmed",
    "slashed",
    "hiked",
    "doubled",
    "tripled",
    "halved",
    "up",
    "down",
];

/// Change verbs that also mean collecting money: "raised $10m" is a sum
/// raised, not a change, unless a new level follows ("raised $2 to $30").
const RAISE: &[&str] = &["raised", "raise", "raising", "raises"];

/// Whether the figure is a sum of money (an ISO code, or a rate of one).
fn money(n: &NumberMatch) -> bool {
    n.unit
        .as_deref()
        .is_some_and(|u| u.len() >= 3 && u.as_bytes()[..3].iter().all(u8::is_ascii_uppercase))
}

/// Verbs that make a change only when a new level follows ("gained 50
/// points to 12,000"): "gained 14 points" alone is a tally.
const CHANGE_WITH_LEVEL: &[&str] = &[
    "gained", "gaining", "lost", "losing", "added", "adding", "shed", "shedding", "edged", "moved",
];

/// Words that join a figure to a neighbour whose unit it shares.
const JOINS: &[&str] = &["and", "or", "but", "while", "versus", "vs", "against"];

/// Names of stock indexes, whose levels are counted in points.
const INDEXES: &[&str] = &[
    "index",
    "indices",
    "indexes",
    "FTSE",
    "Dow",
    "Nasdaq",
    "NASDAQ",
    "Nikkei",
    "S&P",
    "DAX",
    "CAC",
    "Hang Seng",
    "Sensex",
    "Nifty",
    "ASX",
    "Stoxx",
    "STOXX",
    "KOSPI",
    "Kospi",
    "TSX",
    "IBEX",
    "Ibex",
    "Bovespa",
    "Topix",
    "TOPIX",
];

/// Reads the figures `nums` of the sentence starting at `floor`, in text
/// order, into `out` (one [`Reading`] per figure).
pub fn read(text: &str, floor: usize, nums: &[&NumberMatch], out: &mut Vec<Reading>) {
    out.clear();
    out.resize(nums.len(), Reading::default());
    for i in 0..nums.len() {
        let n = nums[i];
        // What stands between this figure and the next, commas aside.
        let gap = |m: &&&NumberMatch| text[n.end.min(m.start)..m.start].trim_matches([' ', ',']);
        // The next figure, when only "to" stands between: "A to B", "50
        // points, or 0.4%, to 12,044".
        let to_next = nums.get(i + 1).filter(|m| is_word(gap(m), "to"));
        // "shed 38 points, or 0.2%, to 16,139": a level after the change
        // told twice.
        let level_after_or = || {
            nums.get(i + 1).is_some_and(|m| is_word(gap(&m), "or"))
                && nums.get(i + 2).is_some_and(|l| {
                    let m = nums[i + 1];
                    is_word(
                        text[m.end.min(l.start)..l.start].trim_matches([' ', ',']),
                        "to",
                    )
                })
        };
        let Some((w1, w1s)) = word_before(text, floor, n.start) else {
            continue;
        };
        let verb_before = |at: usize, within: usize| verb_within(text, floor, at, within, CHANGE);
        // "rose 12% to $1.2bn from $1.07bn": the old level after the new.
        let from_after_to = i > 0
            && out[i - 1].role == Some(Role::To)
            && is_word(text[nums[i - 1].end.min(n.start)..n.start].trim(), "from");
        let role =
            if is_word(w1, "from") && (to_next.is_some() || verb_before(w1s, 3) || from_after_to) {
                Some(Role::From)
            } else if (is_word(w1, "by") && verb_before(w1s, 6))
                || (one_of(w1, CHANGE) && !(one_of(w1, RAISE) && money(n) && to_next.is_none()))
                || (one_of(w1, CHANGE_WITH_LEVEL) && (to_next.is_some() || level_after_or()))
            {
                Some(Role::Change)
            } else if is_word(w1, "to")
                && out[i].role.is_none()
                && word_before(text, floor, w1s)
                    .is_some_and(|(v, _)| one_of(v, CHANGE) && !one_of(v, &["cut", "cuts", "down"]))
            {
                // "rose to 21", but not "power was cut to 30,000 households".
                Some(Role::To)
            } else {
                None
            };
        if out[i].role.is_none() {
            out[i].role = role;
        }
        // "fell 50 points, or 0.4%, to": the same change told twice.
        if out[i].role == Some(Role::Change) {
            if let Some(m) = nums.get(i + 1) {
                if is_word(gap(&m), "or") && out[i + 1].role.is_none() {
                    out[i + 1].role = Some(Role::Change);
                }
            }
        }
        if let (Some(r), Some(m)) = (out[i].role, to_next) {
            if r == Role::To {
                continue;
            }
            out[i + 1].role = Some(Role::To);
            // The two ends of "from A to B" measure one thing: "from 5 to
            // 7 per cent" are both per cent. A change and a level do not.
            if r == Role::From {
                match (&n.unit, &m.unit) {
                    (None, Some(u)) => out[i].unit = Some(u.clone()),
                    (Some(u), None) => out[i + 1].unit = Some(u.clone()),
                    _ => {}
                }
            }
        }
    }
    for i in 0..nums.len() {
        let n = nums[i];
        if n.form != NumberForm::Cardinal || out[i].unit.is_some() {
            continue;
        }
        if n.unit.is_some() {
            if let Some(u) = rate_of_the_other_end(text, nums, i, out[i].role) {
                out[i].unit = Some(u);
            }
            continue;
        }
        // The figure before is a level in points ("31.5 points higher at
        // 7,713.6"); a level told after a percentage or alone ("little
        // changed at 5,150.48") writes no unit.
        // "shed 38 points, or 0.2%, to 16,139": the change told twice.
        let points = |j: usize| nums[j].unit.as_deref() == Some("point");
        let after_points = i > 0
            && (points(i - 1) || i > 1 && out[i - 1].role == Some(Role::Change) && points(i - 2));
        if let Some(u) = elided(text, nums, i)
            .or_else(|| out_of_or_tally(text, floor, nums, i))
            .or_else(|| compared(text, nums, i, out[i].role))
            .or_else(|| fronted(text, floor, nums, i))
        {
            out[i].unit = Some(u);
        } else if after_points && index_level(text, floor, n, out[i].role) {
            out[i].unit = Some("point".into());
        }
    }
}

/// The counted noun of the figure before, for a bare figure compared with
/// it: the other end of a change ("sold 2.3 million phones, up from
/// 900,000"; "added 8.1 million subscribers to reach 282 million") or a
/// difference ("12,400 employees, about 600 fewer than"). Percentages,
/// money, rates and durations lend nothing: "rose 1.2 per cent to 7,412"
/// is a level of something else.
fn compared(text: &str, nums: &[&NumberMatch], i: usize, role: Option<Role>) -> Option<String> {
    let p = nums.get(i.checked_sub(1)?)?;
    let n = nums[i];
    let u = p.unit.as_deref()?;
    // A margin measures the same things as the figure before: "142
    // points, 19 ahead of", "96 of the 230 seats, 20 short of a
    // majority", "15 matches, one short of its record".
    let difference = || {
        let after = text[n.end..].trim_start();
        [
            "fewer than",
            "more than",
            "short of",
            "ahead of",
            "clear of",
            "adrift of",
            "behind ",
        ]
        .iter()
        .any(|w| {
            after
                .get(..w.len())
                .is_some_and(|a| a.eq_ignore_ascii_case(w))
        })
    };
    // A level after a change in points is no count of points ("fell 31
    // points to 6,390"); a difference from a count of points is points
    // ("2,100 points, 13 more than the old record").
    if p.form != NumberForm::Cardinal
        || n.start < p.end
        || money(p)
        || u.contains('/')
        || (u == "point" && !difference())
        || matches!(
            u,
            "%" | "time" | "day" | "week" | "month" | "year" | "hour" | "minute"
        )
    {
        return None;
    }
    let gap = &text[p.end..n.start];
    if gap.len() > 80
        || gap
            .bytes()
            .any(|b| b.is_ascii_digit() || b";:()\"".contains(&b))
    {
        return None;
    }
    let reach = word_before(text, p.end, n.start)
        .is_some_and(|(w, _)| one_of(w, &["reach", "reaching", "from"]));
    (matches!(role, Some(Role::To | Role::From)) || reach || difference()).then(|| u.to_string())
}

/// The noun of the count before, for a bare whole count that is its
/// total or the other side of a tally: "four stars out of five", "scored
/// 8 goals out of 10"; "won by 31 votes to 19", "by three sets to one"
/// (after "by", the larger first: a change and its level, "cut by 3
/// routes to 20", rise). Money, rates, percentages and units of measure
/// or time lend nothing.
fn out_of_or_tally(text: &str, floor: usize, nums: &[&NumberMatch], i: usize) -> Option<String> {
    let p = nums.get(i.checked_sub(1)?)?;
    let n = nums[i];
    let gap = text.get(p.end..n.start)?;
    let out_of = gap.eq_ignore_ascii_case(" out of ");
    if !out_of && gap != " to " {
        return None;
    }
    let u = p.unit.as_deref()?;
    if p.form != NumberForm::Cardinal
        || money(p)
        || u.contains('/')
        || matches!(
            u,
            "%" | "point" | "time" | "day" | "week" | "month" | "year" | "hour" | "minute"
        )
    {
        return None;
    }
    let (Some(a), Some(b)) = (
        p.low.filter(|_| p.high == p.low),
        n.low.filter(|_| n.high == n.low),
    ) else {
        return None;
    };
    if a.fract() != 0.0 || b.fract() != 0.0 {
        return None;
    }
    let ok = if out_of {
        b > a
    } else {
        a > b && word_before(text, floor, p.start).is_some_and(|(w, _)| is_word(w, "by"))
    };
    ok.then(|| u.to_string())
}

/// "Of the 1,200 jobs at the plant, 400 will go", "Of his 11 goals this
/// season, eight came from corners": a bare count right after the clause a
/// fronted "of" opens is a part of the figure in it, and takes its noun.
/// Money, rates and percentages lend nothing ("Of the 40% ..., 12 ...").
fn fronted(text: &str, floor: usize, nums: &[&NumberMatch], i: usize) -> Option<String> {
    let p = nums.get(i.checked_sub(1)?)?;
    let n = nums[i];
    let u = p.unit.as_deref()?;
    if p.form != NumberForm::Cardinal || n.start < p.end || money(p) || u.contains('/') || u == "%"
    {
        return None;
    }
    // One comma, ending the clause right before the count.
    let gap = &text[p.end..n.start];
    if gap.len() > 60
        || !gap.trim_end().ends_with(',')
        || gap.bytes().filter(|&b| b == b',').count() != 1
        || gap
            .bytes()
            .any(|b| b.is_ascii_digit() || b";:()\"".contains(&b))
    {
        return None;
    }
    // "Of" opens the sentence or a clause, with at most a determiner
    // between it and the figure.
    let (mut w, mut s) = word_before(text, floor, p.start)?;
    if one_of(
        w,
        &[
            "the", "his", "her", "its", "their", "our", "your", "my", "those", "these", "all",
        ],
    ) {
        (w, s) = word_before(text, floor, s)?;
    }
    let opens = text[floor..s].trim_end();
    let clause = opens.is_empty()
        || opens.ends_with([',', ';', ':'])
        || word_before(text, floor, s).is_some_and(|(j, _)| one_of(j, &["and", "but", "while"]));
    (w == "Of" || w == "of" && clause).then(|| u.to_string())
}

/// A sum of money at the other end of a change from a rate in the same
/// currency takes the rate: "to $17.99 a month from $15.49", and the
/// change before its new level ("rose $18 to $3,397 an ounce", "by 5 cents
/// to 65 cents a share"). Not a sum told again with its own rate after
/// "or" ("from $5.1 billion, or $1.67 a share": the total is no rate).
fn rate_of_the_other_end(
    text: &str,
    nums: &[&NumberMatch],
    i: usize,
    role: Option<Role>,
) -> Option<String> {
    let n = nums[i];
    let nu = n.unit.as_deref()?;
    if !money(n) || nu.contains('/') {
        return None;
    }
    fn rate<'m>(m: &'m NumberMatch, nu: &str) -> Option<&'m str> {
        m.unit
            .as_deref()
            .filter(|u| u.contains('/') && u.split('/').next() == Some(nu))
    }
    let gap = |a: &NumberMatch, b: &NumberMatch| text[a.end..b.start].trim_matches([' ', ',']);
    let next = nums.get(i + 1).filter(|m| m.start >= n.end);
    if role == Some(Role::Change) {
        if let Some(m) = next {
            if let Some(u) = rate(m, nu).filter(|_| gap(n, m) == "to") {
                return Some(u.to_string());
            }
        }
    }
    let p = nums.get(i.checked_sub(1)?)?;
    let pu = rate(p, nu)?;
    if n.start < p.end || next.is_some_and(|m| one_of(gap(n, m), &["or"])) {
        return None;
    }
    one_of(gap(p, n), &["from", "to", "up from", "down from"]).then(|| pu.to_string())
}

/// The unit of the figure before `nums[i]` when it is written once for
/// both: "312 flats were sold and 95 at auction", "5% in March and 3 in
/// April".
fn elided(text: &str, nums: &[&NumberMatch], i: usize) -> Option<String> {
    let p = nums.get(i.checked_sub(1)?)?;
    let n = nums[i];
    let u = p.unit.as_deref()?;
    if p.form != NumberForm::Cardinal || n.start < p.end {
        return None;
    }
    let gap = &text[p.end..n.start];
    let words: Vec<&str> = gap
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    // A duration lends its unit only across the joining word itself ("one
    // minute or two"), not over a verb ("sentenced to five years and fined
    // 200").
    let duration = matches!(u, "day" | "week" | "month" | "year" | "hour" | "minute");
    if duration && words.len() != 1 {
        return None;
    }
    if words.is_empty()
        || words.len() > 8
        || gap
            .bytes()
            .any(|b| b.is_ascii_digit() || b";:()\"".contains(&b))
        || !words.iter().any(|w| one_of(w, JOINS))
    {
        return None;
    }
    // A new clause with its own subject after the joining word ("start at
    // $450, and the stadium holds 82,500") counts something else.
    if let Some(j) = words.iter().position(|w| one_of(w, JOINS)) {
        if words.get(j + 1).is_some_and(|w| {
            one_of(
                w,
                &[
                    "the", "a", "an", "its", "their", "his", "her", "this", "that",
                ],
            )
        }) {
            return None;
        }
    }
    // The figure stands alone: a preposition, a clause or the sentence
    // follows ("95 at auction"), not "of" ("95 of them" counts them).
    let after = text[n.end..].trim_start();
    let next = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let alone = after.is_empty()
        || after.starts_with([',', '.', ';'])
        || one_of(
            next,
            &[
                "at", "in", "on", "for", "by", "from", "last", "this", "the", "a", "and", "or",
                "were", "was", "are", "is", "had", "have",
            ],
        );
    alone.then(|| u.to_string())
}

/// "the FTSE closed 31 points up at 7,412", "the Dow rose 50 points to
/// 12,044": a level of an index the sentence names before it (the caller
/// asks that the change before it be in points).
fn index_level(text: &str, floor: usize, n: &NumberMatch, role: Option<Role>) -> bool {
    if n.low.is_none_or(|v| v < 100.0) || role == Some(Role::Change) {
        return false;
    }
    let level = matches!(role, Some(Role::To | Role::From))
        || word_before(text, floor, n.start).is_some_and(|(w, _)| is_word(w, "at"));
    level && {
        let before = &text[floor..n.start];
        INDEXES.iter().any(|x| has_word(before, x))
    }
}

/// Whether `hay` holds `word` as a whole word (case as written for names,
/// `index` in any case).
fn has_word(hay: &str, word: &str) -> bool {
    let lower = word.bytes().all(|b| b.is_ascii_lowercase());
    let mut from = 0;
    while let Some(i) = if lower {
        find_ci(&hay[from..], word)
    } else {
        hay[from..].find(word)
    } {
        let s = from + i;
        let e = s + word.len();
        let left = hay[..s]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let right = hay[e..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if left && right {
            return true;
        }
        from = e;
    }
    false
}

/// Byte offset of ASCII `needle` (lower case) in `hay`, ignoring ASCII case.
fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (0..=h.len().checked_sub(n.len())?).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

/// The word right before `pos` (spaces skipped, nothing else), and where it
/// starts; `None` when punctuation or a digit stands there.
fn word_before(text: &str, floor: usize, pos: usize) -> Option<(&str, usize)> {
    let head = text[floor..pos].trim_end();
    let start = head
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || *c == '&')
        .last()
        .map(|(i, _)| i)?;
    Some((&head[start..], floor + start))
}

/// Whether one of `verbs` is among the `within` words before `pos`.
fn verb_within(text: &str, floor: usize, mut pos: usize, within: usize, verbs: &[&str]) -> bool {
    for _ in 0..within {
        let Some((w, s)) = word_before(text, floor, pos) else {
            return false;
        };
        if one_of(w, verbs) {
            return true;
        }
        pos = s;
    }
    false
}

fn is_word(w: &str, x: &str) -> bool {
    w.eq_ignore_ascii_case(x)
}

fn one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers::find_numbers;

    /// (figure text, role, unit as read or borrowed) of each figure.
    fn read_all(text: &str) -> Vec<(String, Option<&'static str>, Option<String>)> {
        let nums = find_numbers(text);
        let refs: Vec<&NumberMatch> = nums.iter().collect();
        let mut out = Vec::new();
        read(text, 0, &refs, &mut out);
        nums.iter()
            .zip(out)
            .map(|(n, r)| {
                (
                    text[n.start..n.end].to_string(),
                    r.role.map(Role::as_str),
                    r.unit.or(n.unit.clone()),
                )
            })
            .collect()
    }

    fn fig(
        t: &str,
        role: Option<&'static str>,
        unit: Option<&str>,
    ) -> (String, Option<&'static str>, Option<String>) {
        (t.to_string(), role, unit.map(str::to_string))
    }

    #[test]
    fn reporting_verbs_of_change_give_roles() {
        assert_eq!(
            read_all("The margin narrowed to 29.8% from 31.2%."),
            [
                fig("29.8%", Some("to"), Some("%")),
                fig("31.2%", Some("from"), Some("%"))
            ]
        );
        assert_eq!(
            read_all("It lifted the payout by 4% to 25 cents."),
            [
                fig("4%", Some("change"), Some("%")),
                fig("25 cents", Some("to"), Some("USD"))
            ]
        );
    }

    #[test]
    fn market_verbs_a_change_by_and_a_change_told_twice_give_a_level() {
        assert_eq!(
            read_all("Vodafone added 3p to 96p."),
            [
                fig("3p", Some("change"), Some("GBP")),
                fig("96p", Some("to"), Some("GBP"))
            ]
        );
        // "by" farther from its verb, two bare figures.
        assert_eq!(
            read_all("The board cut the number of depots by 4 to 15."),
            [fig("4", Some("change"), None), fig("15", Some("to"), None)]
        );
        // A range of changes stays one figure.
        assert_eq!(read_all("Jobs were cut by two to three.").len(), 1);
        assert_eq!(
            read_all("The Dow lost 120 points, or 0.3%, to 38,400."),
            [
                fig("120 points", Some("change"), Some("point")),
                fig("0.3%", Some("change"), Some("%")),
                fig("38,400", Some("to"), Some("point"))
            ]
        );
    }

    #[test]
    fn a_change_and_its_new_level_are_two_figures() {
        assert_eq!(
            read_all("The index rose 1.2 per cent to 7,412."),
            [
                fig("1.2 per cent", Some("change"), Some("%")),
                // Its change is not in points: the level writes no unit.
                fig("7,412", Some("to"), None)
            ]
        );
        assert_eq!(
            read_all("Sales rose by 10% to 500 units."),
            [
                fig("10%", Some("change"), Some("%")),
                fig("500 units", Some("to"), Some("unit"))
            ]
        );
    }

    #[test]
    fn by_x_to_y_is_a_change_and_a_level_even_in_one_unit() {
        assert_eq!(
            read_all("The levy was raised by 10% to 25%."),
            [
                fig("10%", Some("change"), Some("%")),
                fig("25%", Some("to"), Some("%"))
            ]
        );
        assert_eq!(
            read_all("The toll rose to 21."),
            [fig("21", Some("to"), None)]
        );
        assert_eq!(
            read_all("Power was cut to about 30,000 households.")[0].1,
            None
        );
    }

    #[test]
    fn a_change_told_twice_and_an_old_level_after_the_new() {
        assert_eq!(
            read_all("The Dow fell 50 points, or 0.4%, to 12,044."),
            [
                fig("50 points", Some("change"), Some("point")),
                fig("0.4%", Some("change"), Some("%")),
                fig("12,044", Some("to"), Some("point"))
            ]
        );
        assert_eq!(
            read_all("Profit rose 12% to $1.2bn from $1.07bn."),
            [
                fig("12%", Some("change"), Some("%")),
                fig("$1.2bn", Some("to"), Some("USD")),
                fig("$1.07bn", Some("from"), Some("USD"))
            ]
        );
        // A price and its change, both in money: not one range.
        assert_eq!(
            read_all("Shares jumped 15 cents to $4.50."),
            [
                fig("15 cents", Some("change"), Some("USD")),
                fig("$4.50", Some("to"), Some("USD"))
            ]
        );
        // Close sums stay a range.
        assert_eq!(read_all("Prices rose $2 to $3.").len(), 1);
    }

    #[test]
    fn money_raised_is_a_sum_not_a_change() {
        assert_eq!(
            read_all("The start-up raised $10m from investors."),
            [fig("$10m", None, Some("USD"))]
        );
        assert_eq!(
            read_all("The council raised fees by $5 to $45."),
            [
                fig("$5", Some("change"), Some("USD")),
                fig("$45", Some("to"), Some("USD"))
            ]
        );
        assert_eq!(read_all("Rates were raised 0.25%.")[0].1, Some("change"));
    }

    #[test]
    fn the_ends_of_from_a_to_b_share_their_unit() {
        assert_eq!(
            read_all("Unemployment rose from 5 to 7 per cent."),
            [
                fig("5", Some("from"), Some("%")),
                fig("7 per cent", Some("to"), Some("%"))
            ]
        );
        assert_eq!(
            read_all("Profits fell from $5bn to $3bn."),
            [
                fig("$5bn", Some("from"), Some("USD")),
                fig("$3bn", Some("to"), Some("USD"))
            ]
        );
    }

    #[test]
    fn a_change_verb_farther_back_in_the_clause_still_counts() {
        assert_eq!(
            read_all("Ostria raised its tariff on steel from Norland from 10% to 25%."),
            [
                fig("10%", Some("from"), Some("%")),
                fig("25%", Some("to"), Some("%"))
            ]
        );
        assert_eq!(
            read_all("Bus fares went up last year from $5 to $7."),
            [
                fig("$5", Some("from"), Some("USD")),
                fig("$7", Some("to"), Some("USD"))
            ]
        );
        // Not past a comma, a clause word or a word that says a range.
        for t in [
            "Rents rose, and shops hire from 10 to 20 staff.",
            "Sales rose in shops ranging from 10 to 20 staff.",
            "Prices fell as firms that hire from 10 to 20 staff closed.",
        ] {
            let r = read_all(t);
            assert!(r.iter().all(|(_, role, _)| role.is_none()), "{t}: {r:?}");
        }
    }

    #[test]
    fn a_range_is_no_change() {
        let r = read_all("Between 5 and 10 people were hurt; 3 to 4 buses burned.");
        assert!(r.iter().all(|(_, role, _)| role.is_none()), "{r:?}");
        assert_eq!(
            read_all("Prices could rise 5 to 10 percent.")[0].0,
            "5 to 10 percent"
        );
    }

    #[test]
    fn a_unit_written_once_serves_both_figures() {
        assert_eq!(
            read_all("312 flats were sold and 95 at auction."),
            [
                fig("312 flats", None, Some("flat")),
                fig("95", None, Some("flat"))
            ]
        );
        // Not over a verb from a duration, not to a count of something named.
        assert_eq!(
            read_all("He was sentenced to five years and fined 200.")[1],
            fig("200", None, None)
        );
        assert_eq!(
            read_all("Officers arrested 12 men and 3 of them were charged.")[1],
            fig("3", None, None)
        );
    }

    #[test]
    fn an_index_level_is_in_points_after_a_change_in_points() {
        assert_eq!(
            read_all("The FTSE 100 closed 31 points higher at 7,412 on Friday.")[2],
            fig("7,412", None, Some("point"))
        );
        assert_eq!(
            read_all("The Dow shed 90 points, or 0.3%, to 33,020.")[2],
            fig("33,020", Some("to"), Some("point"))
        );
        // Alone, or after a percentage, a level writes no unit; nor does
        // the next index's level after a change in points.
        assert_eq!(
            read_all("The FTSE 100 closed at 7,412 on Friday.")[1],
            fig("7,412", None, None)
        );
        assert_eq!(
            read_all("The Kospi lost 1.9% to 2,375.")[1],
            fig("2,375", Some("to"), None)
        );
        assert_eq!(
            read_all("The Kospi shed 46 points to 2,375, while the Sensex ended flat at 65,400.")
                [2],
            fig("65,400", None, None)
        );
        // Not any figure after "at".
        assert_eq!(
            read_all("The hall was full at 7,412 seats.")[0]
                .2
                .as_deref(),
            Some("seat")
        );
        assert_eq!(
            read_all("The crowd stood at 7,412.")[0],
            fig("7,412", None, None)
        );
    }

    #[test]
    fn a_bare_figure_compared_with_a_count_takes_its_noun() {
        assert_eq!(
            read_all("The firm sold 1.5 million bikes this year, up from 800,000.")[1],
            fig("800,000", Some("from"), Some("bike"))
        );
        assert_eq!(
            read_all("The app added 3 million members to reach 41 million.")[1].2,
            Some("member".to_string())
        );
        assert_eq!(
            read_all("The mill has 900 workers, about 150 fewer than in spring.")[1].2,
            Some("worker".to_string())
        );
        // A difference from a count of points is points.
        assert_eq!(
            read_all("She has 1,840 points, 12 more than the old mark.")[1].2,
            Some("point".to_string())
        );
        // A percentage, a sum of money or a duration lends nothing.
        assert_eq!(read_all("Sales rose 4% to 1,200.")[1].2, None);
        assert_eq!(read_all("It cost $5m, up from 300.")[1].2, None);
    }

    #[test]
    fn the_old_price_of_a_rate_is_a_rate() {
        assert_eq!(
            read_all("The plan will cost $12.99 a month from $9.99.")[1].2,
            Some("USD/month".to_string())
        );
        // A sum in another currency keeps its own.
        assert_eq!(
            read_all("The plan will cost $12.99 a month from €9.")[1].2,
            Some("EUR".to_string())
        );
    }

    #[test]
    fn a_change_before_its_new_price_takes_the_rate() {
        let r = read_all("Copper rose $40 to $9,120 a tonne.");
        assert_eq!(r[0].1, Some("change"));
        assert_eq!(r[0].2, Some("USD/tonne".to_string()));
        let r = read_all("The board raised its payout by 4 cents to 52 cents a share.");
        assert_eq!(r[0].2, Some("USD/share".to_string()));
        // A total told again per share keeps its own unit, as the old
        // level of a change does.
        let r = read_all(
            "Profit rose to $3.2 billion, or $1.10 a share, from $2.9 billion, or $0.98 a share.",
        );
        assert_eq!(r[2].2, Some("USD".to_string()));
        assert_eq!(r[3].2, Some("USD/share".to_string()));
    }

    #[test]
    fn a_unit_is_not_lent_across_a_new_clause_with_its_own_subject() {
        assert_eq!(
            read_all("Seats cost $80, and the arena holds 21,000.")[1].2,
            None
        );
        assert_eq!(
            read_all("They sold 312 flats and 95 at auction.")[1].2,
            Some("flat".to_string())
        );
    }

    #[test]
    fn a_fronted_of_lends_its_noun_to_the_part_after_the_comma() {
        let unit = |t: &str, i: usize| read_all(t)[i].2.clone();
        assert_eq!(
            unit("Of the 800 staff at the mill, 120 will be let go.", 1),
            Some("staff".to_string())
        );
        assert_eq!(
            unit("Of her 14 titles this decade, nine came on clay.", 1),
            Some("title".to_string())
        );
        // After a clause: "..., and of the 40 ships, six sank".
        assert_eq!(
            unit("The fleet left port, and of the 40 ships, six sank.", 1),
            Some("ship".to_string())
        );
        // Not when "of" belongs to a noun before it, nor over a second comma,
        // nor from money or a share.
        assert_eq!(
            unit("A fleet of 40 ships, 12 of them old, sailed.", 1),
            None
        );
        assert_eq!(unit("Of the 40 ships, says the navy, six sank.", 1), None);
        assert_eq!(unit("Of the $40m raised, 12 went to wages.", 1), None);
        assert_eq!(unit("Of the 40% who voted, 12 were new.", 1), None);
    }

    #[test]
    fn a_margin_measures_what_the_figure_before_counts() {
        // Ahead of, short of, behind: the same things as the count before.
        assert_eq!(
            read_all("The Hawks have 61 points, 7 ahead of the Owls.")[1].2,
            Some("point".to_string())
        );
        assert_eq!(
            read_all("The bloc holds 140 of the 301 seats, 11 short of control.")[2].2,
            Some("seat".to_string())
        );
        assert_eq!(
            read_all("The streak is 22 games, two behind the club mark.")[1].2,
            Some("game".to_string())
        );
        // Money lends nothing.
        assert_eq!(read_all("It raised $40m, 5 short of the goal.")[1].2, None);
    }

    #[test]
    fn a_total_or_a_tally_takes_the_noun_of_the_count_before() {
        assert_eq!(
            read_all("Critics gave it three stars out of five.")[1].2,
            Some("star".to_string())
        );
        assert_eq!(
            read_all("The board backed the plan by 9 votes to 4.")[1].2,
            Some("vote".to_string())
        );
        // A duration or a share lends nothing.
        assert_eq!(read_all("He served 4 years out of 10.")[1].2, None);
    }
}
