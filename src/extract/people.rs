//! Ages of people: "John Smith, 22,", "Smith, aged 61", "a 58-year-old
//! store clerk, John Smith,", "66-year-old LuAnn Johnson". The subject of an
//! age is the person as named, titles left out ("Deputy Jerry Ortiz, 35" is
//! "Jerry Ortiz"); an unnamed person keeps the description ("a 50-year-old
//! man" is "50-year-old man"), which lines up with no one else.

use super::numbers::{NumberForm, NumberMatch};
use super::tokens::{small_number, Tok};
use crate::config::Config;

/// An age read from a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Age {
    /// Byte span of the age as written ("22", "58-year-old").
    pub start: usize,
    /// End of the span.
    pub end: usize,
    /// Years.
    pub years: f64,
    /// The person as named, or the description.
    pub subject: String,
    /// A bare number the recogniser did not read as an age ("Smith was
    /// 22."): any other claim of it gives way.
    pub bare: bool,
}

/// Whether a number may be an age: one the recogniser read as an age, or a
/// bare whole number from 1 to 110 right after "was" or "is" ("Smith was
/// 22.", "Smith, who was 22,"), which [`ages`] keeps only after a name.
pub fn may_be_age(text: &str, n: &NumberMatch) -> bool {
    match n.form {
        NumberForm::Age => true,
        NumberForm::Cardinal => {
            n.unit.is_none()
                && n.low == n.high
                && n.low
                    .is_some_and(|y| (1.0..=110.0).contains(&y) && y.fract() == 0.0)
                && (after_be(&text[..n.start])
                    || in_named_list(text, n)
                    || after_both(&text[..n.start])
                    || second_of_pair(text, n))
        }
        _ => false,
    }
}

/// "Ivo Marsh, 20 and Leo Dunn, 24": a number after a capitalised word
/// and a comma, before "and" and another capitalised word.
fn in_named_list(text: &str, n: &NumberMatch) -> bool {
    let Some(before) = text[..n.start].strip_suffix(", ") else {
        return false;
    };
    let capital = before
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    capital
        && text[n.end..]
            .strip_prefix(" and ")
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
}

/// "Ivo Marsh and Leo Dunn, both 20": `before` ends with a capitalised
/// word, a comma and "both".
fn after_both(before: &str) -> bool {
    before.strip_suffix("both ").is_some_and(after_name)
}

/// Whether `before` ends with a capitalised word, a comma and a space.
fn after_name(before: &str) -> bool {
    before
        .strip_suffix(", ")
        .and_then(|b| b.rsplit(' ').next())
        .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// "Ivo Marsh and Leo Dunn, 20 and 24.": the second number of a pair of
/// ages after a pair of names, closing its clause.
fn second_of_pair(text: &str, n: &NumberMatch) -> bool {
    let Some(b) = text[..n.start].strip_suffix(" and ") else {
        return false;
    };
    let digits = b.len() - b.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let closes = text[n.end..]
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ',' | ';'));
    (1..=3).contains(&digits) && closes && after_name(&b[..b.len() - digits])
}

/// Whether `before` ends with the word "was" or "is" and a space ("was
/// only ", "was just ": a word of degree is stepped over).
fn after_be(before: &str) -> bool {
    let before = degree_before(before).unwrap_or(before);
    let b = before.trim_end_matches(' ').as_bytes();
    if b.len() == before.len() {
        return false;
    }
    let word = |w: &[u8]| {
        b.len() >= w.len()
            && b[b.len() - w.len()..].eq_ignore_ascii_case(w)
            && (b.len() == w.len() || !b[b.len() - w.len() - 1].is_ascii_alphanumeric())
    };
    word(b"was") || word(b"is")
}

/// `before` without the word of degree it ends with ("only ", "just "),
/// if it ends with one.
fn degree_before(before: &str) -> Option<&str> {
    let b = before
        .strip_suffix("only ")
        .or_else(|| before.strip_suffix("just "))?;
    (b.is_empty() || b.ends_with(' ')).then_some(b)
}

/// The ages of one sentence: `nums` are its numbers the recogniser read as
/// ages.
///
/// `text` is the article's: "Police named the victim as Ann Lee. She was
/// 34." gives Ann Lee's age from the sentence before.
pub fn ages(text: &str, toks: &[Tok], nums: &[&NumberMatch], config: &Config) -> Vec<Age> {
    let mut out = Vec::new();
    for n in nums {
        let Some(years) = n.low.filter(|y| (0.0..=120.0).contains(y)) else {
            continue;
        };
        // An infant's age in months, weeks or days (`an 8-month-old
        // boy`) is no age in years: it stays a quantity in its own unit.
        if n.unit.as_deref().is_some_and(|u| u != "year") {
            continue;
        }
        let Some(i) = toks.iter().position(|t| t.end > n.number.0) else {
            continue;
        };
        // The token past the age: `58-year-old` is one token, `22` another.
        let Some(last) = toks.iter().rposition(|t| t.start < n.end) else {
            continue;
        };
        // "He was only 19", "Lee Park, just 19, died": the word of degree
        // before the age is stepped over (the tokens without it: rare
        // enough that the copy costs nothing).
        let without;
        let (toks, i, last) = if i >= 2 && toks[i - 1].is_any(&["only", "just"]) {
            without = [&toks[..i - 1], &toks[i..]].concat();
            (&without[..], i - 1, last - 1)
        } else {
            (toks, i, last)
        };
        // "then-15-year-old Timmons": an age at another time, which would
        // otherwise stand against the age now.
        let then = |t: &Tok| t.is("then");
        let at_other_time = toks[i]
            .s
            .get(..5)
            .is_some_and(|p| p.eq_ignore_ascii_case("then-"))
            || (i >= 1 && then(&toks[i - 1]))
            || (i >= 2 && toks[i - 1].s == "-" && then(&toks[i - 2]));
        if at_other_time {
            continue;
        }
        let bare = n.form != NumberForm::Age;
        // "Ivo Marsh and Leo Dunn, both 20", "…, 20 and 24": ages of two
        // named people.
        if let Some(names) = pair(toks, i, config) {
            for subject in names {
                out.push(Age {
                    start: n.start,
                    end: n.end,
                    years,
                    subject,
                    bare,
                });
            }
            continue;
        }
        let subject = if bare {
            name_before_be(toks, i, last + 1, config)
                .or_else(|| pronoun_before_be(text, toks, i, last + 1, config))
                .or_else(|| name_before(toks, i, config))
        } else {
            name_before(toks, i, config)
                .or_else(|| name_before_description(toks, i, config))
                .or_else(|| name_after(toks, last + 1, config))
                .or_else(|| name_next(text, toks, i, last + 1, config))
                .or_else(|| died_at(toks, i, config))
                // "Smith was 22 years old.": as "Smith was 22.".
                .or_else(|| name_before_be(toks, i, last + 1, config))
                .or_else(|| identified_as(toks, i, last + 1, config))
                .or_else(|| description(toks, i, last + 1, config))
                // "She was 34." reads as an age on its own: whose, the
                // sentence before says.
                .or_else(|| pronoun_before_be(text, toks, i, last + 1, config))
        };
        // A first name alone of kin takes the family's surname.
        let subject = match subject {
            Some(one) if !one.contains(' ') => Some(kin_name(text, toks, i, config).unwrap_or(one)),
            other => other,
        };
        if let Some(subject) = subject {
            out.push(Age {
                start: n.start,
                end: n.end,
                years,
                subject,
                bare,
            });
        }
    }
    out
}

/// "Smith, 22", "Smith, aged 61", "Smith, age 61": the name before an age
/// set off by a comma.
fn name_before(toks: &[Tok], i: usize, config: &Config) -> Option<String> {
    let mut j = i;
    if j > 0 && toks[j - 1].is_any(&["aged", "age"]) {
        j -= 1;
    }
    // "a week after Lee Park, also 24, died": an age likened to another's
    // is still this person's.
    if j > 0 && toks[j - 1].is("also") {
        j -= 1;
    }
    if j == 0 || toks[j - 1].s != "," {
        return None;
    }
    let mut end = j - 1;
    let run = |end: usize| name_start(toks, end, config);
    let mut s = run(end);
    // "Lee Park, of Dover, 24": the town set off between is where the
    // person is from; the name stands before it.
    if s > 2 && s < end && toks[s - 1].is_any(&["of", "from"]) && toks[s - 2].s == "," {
        let t = run(s - 2);
        if s - 2 - t >= 2 {
            end = s - 2;
            s = t;
        }
    }
    join_name(&toks[s..end], config)
}

/// "Raj Chohan, a 59-year-old grandmother,", "Tom Lee III, a 38-year-old
/// Troy resident", "Jo Kerr, the 17-year-old killed …", "Jo Kerr was a
/// 17-year-old junior": the name before a comma or "was", then "a" or "the"
/// and an age that describes it.
fn name_before_description(toks: &[Tok], i: usize, config: &Config) -> Option<String> {
    if i < 3
        || !toks[i - 1].is_any(&["a", "an", "the"])
        || !(toks[i - 2].s == "," || toks[i - 2].is_any(&["was", "is"]))
    {
        return None;
    }
    let end = i - 2;
    let s = name_start(toks, end, config);
    // Two words at least, no place: "Smith, a 40-year-old" may be the
    // sentence's opening word.
    if end - s < 2 || place_name(&toks[s..end], config) {
        return None;
    }
    join_name(&toks[s..end], config)
}

/// "Smith was 22.", "Smith, who was 22,", "The victim, identified as Jane
/// Doe, was 34", "Smith was 22 years old.": a name, then "was" and the age
/// `toks[i]` (ending before `toks[k]`), which closes its clause (in "Smith
/// was 22 when" too; "was 18 at the time" is an age at another time, no age
/// now).
fn name_before_be(toks: &[Tok], i: usize, k: usize, config: &Config) -> Option<String> {
    let closes = toks.get(k).is_none_or(|t| {
        matches!(t.s, "." | "," | ";" | ")" | "-" | "–" | "—") || t.is_any(&["when", "at"])
    });
    if !closes || i == 0 || !toks[i - 1].is_any(&["was", "is"]) || at_the_time(toks, k - 1) {
        return None;
    }
    let mut end = i - 1;
    if end > 0 && toks[end - 1].is("who") {
        end -= 1;
    }
    let apposition = end > 0 && toks[end - 1].s == ",";
    if apposition {
        end -= 1;
    }
    let s = name_start(toks, end, config);
    // A place ("Riverside Mall was 40 years old") or a name the aliases
    // know ("Russia") is no person.
    if s == end || place_name(&toks[s..end], config) {
        return None;
    }
    join_name(&toks[s..end], config)
}

/// "Police named the victim as Ann Lee. She was 34.": a sentence opening
/// with "He was" or "She was" and the bare number `toks[i]`, closing its
/// clause, is about the person the sentence before opens with, else the
/// last name of two words or more in it.
fn pronoun_before_be(
    text: &str,
    toks: &[Tok],
    i: usize,
    k: usize,
    config: &Config,
) -> Option<String> {
    let closes = toks
        .get(k)
        .is_none_or(|t| matches!(t.s, "." | "," | ";") || t.is_any(&["when", "at"]));
    // The pronoun opens the sentence (or follows a full stop the sentence
    // splitter did not end it at: "as Ann Lee. She was 34.").
    if i < 2
        || !closes
        || at_the_time(toks, k - 1)
        || !toks[i - 2].is_any(&["he", "she"])
        || !toks[i - 1].is_any(&["was", "is"])
        || (i > 2 && toks[i - 3].s != ".")
    {
        return None;
    }
    // The sentence before: back to the end of the one before it. One that
    // tells of the same pronoun ("On Saturday he was shot … He was 31.")
    // is about the same person: the name is further back (three sentences
    // at most).
    let mut here = toks[i - 2].start;
    for _ in 0..3 {
        let before = sentence_before(text, here);
        let before = &before[..];
        if let Some(name) = opening_name(before, config) {
            return Some(name);
        }
        match before.first() {
            Some(first) if before.iter().any(|t| t.is(toks[i - 2].s)) => here = first.start,
            _ => return last_name(before, config),
        }
    }
    None
}

/// The tokens of the sentence that ends before byte `here` of `text`
/// (600 characters back at most), its closing mark included.
fn sentence_before(text: &str, here: usize) -> Vec<Tok<'_>> {
    let from = text[..here]
        .char_indices()
        .rev()
        .nth(600)
        .map_or(0, |(b, _)| b);
    let mut before = super::tokens::tokens(text, from, here);
    let opens = before[..before.len().saturating_sub(1)]
        .iter()
        .rposition(|t| matches!(t.s, "." | "!" | "?"))
        .map_or(0, |p| p + 1);
    // A line opens a sentence too (a dateline, a time stamp above it).
    let opens = (opens + 1..before.len())
        .rev()
        .find(|&k| text[before[k - 1].end..before[k].start].contains('\n'))
        .unwrap_or(opens);
    before.drain(..opens);
    before
}

/// "shot his wife, Lorraine, 70", "Her children, Jordan, 14, and Ava, 9":
/// a first name alone set off after a word of `kin` behind "his", "her" or
/// "their" (or after "and" and another such name and its age) is of the
/// family whose surname the possessive stands for: the last name before
/// it in the sentence, else the first in the sentence before. `toks[i]`
/// is the age.
fn kin_name(text: &str, toks: &[Tok], i: usize, config: &Config) -> Option<String> {
    let comma = |k: usize| toks.get(k).is_some_and(|t| t.s == ",");
    let lone =
        |k: usize| name_word(&toks[k], config) && (k == 0 || !name_word(&toks[k - 1], config));
    if i < 4 || !comma(i - 1) || !lone(i - 2) {
        return None;
    }
    let first = toks[i - 2].s;
    // Back over "Jordan, 14, and" to the word of kin.
    let mut m = i - 2;
    let kin = loop {
        if m >= 2 && comma(m - 1) && config.victims.kin.has(toks[m - 2].s) {
            break m - 2;
        }
        let mut a = m.checked_sub(1)?;
        if !toks[a].is("and") {
            return None;
        }
        if a > 0 && comma(a - 1) {
            a -= 1;
        }
        let number = a >= 4 && toks[a - 1].s.bytes().all(|b| b.is_ascii_digit()) && comma(a - 2);
        if !number || !lone(a - 3) {
            return None;
        }
        m = a - 3;
    };
    let p = (kin.saturating_sub(3)..kin)
        .rev()
        .find(|&k| toks[k].is_any(&["his", "her", "their"]))?;
    let runs = |toks: &[Tok]| -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut e = toks.len();
        while e > 0 {
            let s = name_start(toks, e, config);
            if s < e && !place_name(&toks[s..e], config) {
                out.push((s, e));
            }
            e = s.min(e - 1);
        }
        out
    };
    let surname = |toks: &[Tok], (s, e): (usize, usize)| {
        let name = join_name(&toks[s..e], config)?;
        Some(format!("{first} {}", name.rsplit(' ').next()?))
    };
    if let Some(&run) = runs(&toks[..p]).first() {
        return surname(toks, run);
    }
    let before = sentence_before(text, toks.first()?.start);
    let run = *runs(&before).last()?;
    surname(&before, run)
}

/// "Ann Lee coached at a Kansas City school.": a sentence that opens with
/// a full name is about that person, whatever names (a city, a school)
/// stand later in it. Not one that speaks ("Jo Hart said the man was
/// quiet."): the person it tells of is someone else. Who told it, set off
/// at its close ("Ann Lee died Thursday, her family said."), makes no one
/// speak of another.
fn opening_name(before: &[Tok], config: &Config) -> Option<String> {
    let e = before.iter().take_while(|t| name_word(t, config)).count();
    let speaks = before
        .iter()
        .enumerate()
        .any(|(k, t)| t.is_any(&["said", "says", "told"]) && !closing_attribution(before, k));
    if e < 2 || speaks || before[e - 1].s.ends_with("'s") || before[e - 1].s.ends_with("’s") {
        return None;
    }
    if place_name(&before[..e], config) {
        return None;
    }
    join_name(&before[..e], config)
}

/// Whether the word of saying `toks[k]` only tells who told the sentence,
/// at its close: a comma at most four words before ("…, her family
/// said", "…, police said Monday") and at most three words after it, to
/// the sentence's end ("said in a statement.").
fn closing_attribution(toks: &[Tok], k: usize) -> bool {
    let set_off = toks[k.saturating_sub(5)..k].iter().any(|t| t.s == ",");
    let rest = &toks[k + 1..];
    let words = rest.iter().filter(|t| t.is_word()).count();
    let only_closing = rest
        .iter()
        .all(|t| t.is_word() || matches!(t.s, "." | "!" | "?" | "\"" | "”" | "'" | "’"));
    set_off && words <= 3 && only_closing
}

/// The last name of two words or more in the sentence `before` (not a
/// place, not a name the aliases know).
fn last_name(before: &[Tok], config: &Config) -> Option<String> {
    let mut e = before.len();
    while e > 0 {
        if !name_word(&before[e - 1], config) {
            e -= 1;
            continue;
        }
        let s = name_start(before, e, config);
        // 'Vincent "The Chin" Gigante': the nickname is no part of the name.
        if e - s == 1 {
            if let Some(f) = nickname_before(before, s, config) {
                let open = before[f..s].iter().position(|t| !name_word(t, config))? + f;
                let mut name: Vec<Tok> = before[f..open].to_vec();
                name.push(before[s]);
                return join_name(&name, config);
            }
        }
        let place = place_name(&before[s..e], config);
        // The sentence's first word is capitalised whatever it is.
        let s = if s == 0 && e - s > 2 { 1 } else { s };
        if e - s >= 2 && !place {
            return join_name(&before[s..e], config);
        }
        e = s;
    }
    None
}

/// 'Vincent "The Chin" Gigante': where the first name starts, when a
/// quoted nickname of capitalised words stands between it and the surname
/// at `toks[s]`.
fn nickname_before(toks: &[Tok], s: usize, config: &Config) -> Option<usize> {
    let quote = |t: &Tok| matches!(t.s, "\"" | "“" | "”" | "'" | "‘" | "’");
    if s < 4 || !quote(&toks[s - 1]) {
        return None;
    }
    let open = (s.saturating_sub(6)..s - 1)
        .rev()
        .find(|&k| quote(&toks[k]))?;
    let inner = &toks[open + 1..s - 1];
    if inner.is_empty() || !inner.iter().all(|t| t.is_capital()) || open == 0 {
        return None;
    }
    let mut f = open;
    while f > 0 && name_word(&toks[f - 1], config) {
        f -= 1;
    }
    (f < open && !config.victims.titles.has(toks[open - 1].bare())).then_some(f)
}

/// "John Gotti died of cancer in 2002 at age 61", "Esther Williams dies at
/// 91": the name before "died" whose age at death `toks[i]` is.
fn died_at(toks: &[Tok], i: usize, config: &Config) -> Option<String> {
    let mut j = i.checked_sub(1)?;
    if toks[j].is("age") {
        j = j.checked_sub(1)?;
    }
    if !toks[j].is("at") {
        return None;
    }
    let d = (j.saturating_sub(10)..j)
        .rev()
        .take_while(|&k| !matches!(toks[k].s, "," | ";" | ":"))
        .find(|&k| toks[k].is_any(&["died", "dies"]))?;
    let s = name_start(toks, d, config);
    if s == d || place_name(&toks[s..d], config) {
        return None;
    }
    join_name(&toks[s..d], config)
}

/// "Ivo Marsh and Leo Dunn, both 20" (both names), "Ivo Marsh and Leo
/// Dunn, 20 and 24" (the first number is the first name's, the second the
/// second's): the names whose age `toks[i]` is.
fn pair(toks: &[Tok], i: usize, config: &Config) -> Option<Vec<String>> {
    let number = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.s.bytes().all(|b| b.is_ascii_digit()))
    };
    let (comma, which) = if i >= 2 && toks[i - 1].is("both") {
        (i - 2, None)
    } else if i >= 1 && toks[i - 1].s == "," && toks.get(i + 1)?.is("and") && number(i + 2) {
        (i - 1, Some(0))
    } else if i >= 3 && toks[i - 1].is("and") && number(i - 2) && toks[i - 3].s == "," {
        (i - 3, Some(1))
    } else {
        return None;
    };
    if toks[comma].s != "," {
        return None;
    }
    let run = |end: usize| name_start(toks, end, config);
    let b = run(comma);
    if b == comma || b == 0 || !toks[b - 1].is("and") {
        return None;
    }
    let a = run(b - 1);
    // Two words each, no place: "Smith and Jones" may be a firm.
    if b - 1 - a < 2 || comma - b < 2 {
        return None;
    }
    if place_name(&toks[a..b - 1], config) || place_name(&toks[b..comma], config) {
        return None;
    }
    let first = join_name(&toks[a..b - 1], config)?;
    let second = join_name(&toks[b..comma], config)?;
    Some(match which {
        None => vec![first, second],
        Some(0) => vec![first],
        _ => vec![second],
    })
}

/// "The 17-year-old was identified as Jo Kerr", "The victim, a 17-year-old
/// boy, was identified as Jo Kerr", "Police identified the 17-year-old as
/// Jo Kerr": the age `toks[i]` (ending before `toks[k]`) describes the one
/// the same clause names. Only an age written as one: the person it
/// describes ("the 17-year-old", "a 17-year-old boy") is the subject or
/// object of "identified" or "named", nothing else between.
fn identified_as(toks: &[Tok], i: usize, k: usize, config: &Config) -> Option<String> {
    if !year_old(&toks[k - 1]) || i == 0 || !toks[i - 1].is_any(&["the", "a", "an"]) {
        return None;
    }
    let verb = |t: &Tok| t.is_any(&["identified", "named"]);
    // The noun after the age: "boy", "man", two words at most.
    let mut j = k;
    while j < toks.len()
        && j < k + 2
        && toks[j].is_word()
        && !toks[j].is_capital()
        && !is_stop(&toks[j])
    {
        j += 1;
    }
    let object = i >= 2 && verb(&toks[i - 2]);
    if object {
        // "identified the 17-year-old as …"
        if !toks.get(j)?.is("as") {
            return None;
        }
    } else {
        if toks.get(j)?.s == "," {
            j += 1;
        }
        // "was identified as", "has been identified as", "were named as".
        let mut v = j;
        while v < toks.len() && v < j + 3 && toks[v].is_any(&["was", "is", "has", "had", "been"]) {
            v += 1;
        }
        if v == j || !toks.get(v).is_some_and(verb) || !toks.get(v + 1)?.is("as") {
            return None;
        }
        j = v + 1;
    }
    let s = j + 1;
    let mut e = s;
    while e < toks.len() && name_word(&toks[e], config) {
        e += 1;
    }
    if e - s < 2 || place_name(&toks[s..e], config) {
        return None;
    }
    join_name(&toks[s..e], config)
}

/// "was 18 at the time (of the shooting)" after the number `toks[i]`.
fn at_the_time(toks: &[Tok], i: usize) -> bool {
    let is = |k: usize, w: &str| toks.get(i + k).is_some_and(|t| t.is(w));
    is(1, "at") && is(2, "the") && is(3, "time")
}

/// Whether the capitalised run `name` (not empty) names a place, not a
/// person: it ends in a word of `venues` ("Riverside Mall") or is a name
/// the aliases know ("Russia").
fn place_name(name: &[Tok], config: &Config) -> bool {
    if name.last().is_some_and(|t| venue(t, config)) {
        return true;
    }
    let words: Vec<&str> = name.iter().map(|t| t.s).collect();
    config.canonical_known(&words.join(" ")).1
}

/// A word that ends the name of a place, not a person: "Riverside Mall".
pub fn venue(t: &Tok, config: &Config) -> bool {
    config.victims.venues.has(t.bare())
}

/// "58-year-old store clerk, John Smith", "32-year-old Englishman Robert
/// Buckley": a name after the age and a short description.
fn name_after(toks: &[Tok], k: usize, config: &Config) -> Option<String> {
    // Only an age written as one ("58-year-old") describes who follows:
    // "in their 50s Esther Williams" does not.
    if !year_old(&toks[k - 1]) {
        return None;
    }
    let mut j = k;
    let mut words = 0;
    while j < toks.len() && words < 4 && toks[j].is_word() && !toks[j].is_capital() {
        if is_stop(&toks[j]) {
            return None;
        }
        j += 1;
        words += 1;
    }
    if j < toks.len() && toks[j].s == "," && words > 0 {
        j += 1;
    }
    let s = j;
    while j < toks.len() && name_word(&toks[j], config) {
        j += 1;
    }
    // Capitalised words are no name when they describe a noun of people
    // ("a 16-year-old Brooklyn teen", "a 35-year-old New Bedford man"),
    // and one is none when it is a place or people the aliases know ("the
    // 40-year-old American").
    let v = &config.victims;
    let modifies = toks
        .get(j)
        .is_some_and(|t| v.person.has(t.s) || v.people.has(t.s));
    if j > s && modifies || j == s + 1 && config.canonical_known(toks[s].bare()).1 {
        return None;
    }
    join_name(&toks[s..j], config)
}

/// "A 59-year-old grandmother was hit and killed … . Raj Chohan, who
/// lived nearby, was walking …": a sentence that opens with an unnamed
/// person of an age (`toks[i]`, its noun ending before `toks[k]`) and is
/// followed by one that opens with a full name as its subject gives the
/// age to that name. Not when the name speaks ("Jo Hart, a neighbour,
/// said"): a witness opens sentences that way too.
fn name_next(text: &str, toks: &[Tok], i: usize, k: usize, config: &Config) -> Option<String> {
    // The person opens the sentence, or its line (a headline without a
    // full stop may run into it).
    let opens = i == 1 || (i >= 2 && text[toks[i - 2].end..toks[i - 1].start].contains('\n'));
    if !opens || !toks[i - 1].is_any(&["a", "an"]) {
        return None;
    }
    description(toks, i, k, config)?;
    let from = toks.last()?.end;
    let to = super::text::floor_boundary(text, from + 400);
    let next = super::tokens::tokens(text, from, to);
    let s = next.iter().position(|t| t.is_word())?;
    // Only the sentence's closing marks stand between.
    if next[..s]
        .iter()
        .any(|t| !matches!(t.s, "." | "!" | "?" | "\"" | "”" | "'"))
    {
        return None;
    }
    let mut e = s;
    while e < next.len() && name_word(&next[e], config) {
        e += 1;
    }
    let v = &config.victims;
    if e - s < 2 || v.titles.has(next[s].bare()) || place_name(&next[s..e], config) {
        return None;
    }
    let speaks = |t: Option<&Tok>| t.is_some_and(|t| t.is_any(&["said", "says", "told", "added"]));
    let after = next.get(e)?;
    let subject = if after.s == "," {
        // Past the apposition: the name must not be the one who speaks.
        let close = (e + 1..next.len().min(e + 14)).find(|&j| next[j].s == ",");
        close.is_none_or(|j| !speaks(next.get(j + 1)))
    } else {
        after.is_any(&["who", "was", "is", "had", "has", "died"]) && !speaks(Some(after))
    };
    subject.then(|| join_name(&next[s..e], config))?
}

/// "58-year-old", "58 years old" (the token ending the age).
fn year_old(t: &Tok) -> bool {
    let l = t.s.as_bytes();
    let ends =
        |x: &str| l.len() >= x.len() && l[l.len() - x.len()..].eq_ignore_ascii_case(x.as_bytes());
    ends("year-old") || ends("old")
}

/// "50-year-old man", "58-year-old store clerk": the age and the noun of
/// people after it, as written.
fn description(toks: &[Tok], i: usize, k: usize, config: &Config) -> Option<String> {
    if !year_old(&toks[k - 1]) {
        return None;
    }
    let v = &config.victims;
    let mut j = k;
    let mut head = None;
    while j < toks.len() && j < k + 4 && toks[j].is_word() && !is_stop(&toks[j]) {
        let w = toks[j].s;
        if v.person.has(w) || v.people.has(w) {
            head = Some(j);
        } else if head.is_some() {
            break;
        }
        j += 1;
    }
    let h = head?;
    let words: Vec<&str> = toks[i..=h].iter().map(|t| t.s).collect();
    Some(words.join(" "))
}

/// The words of a name as one string, titles left out; `None` when no
/// word is left.
fn join_name(toks: &[Tok], config: &Config) -> Option<String> {
    let titles = &config.victims.titles;
    // "Covington Police Officer Dan Reyes", "Common Pleas Judge Ana Ruiz":
    // the words of an agency or a court before a title are no part of
    // the name either; it starts after the last title (one word left at
    // least).
    // Three words at least, the first no title: the screen that spares
    // most names the look-ups.
    let inner = toks.len() >= 3 && !titles.has(toks[0].bare());
    let from = if inner {
        toks[1..toks.len() - 1]
            .iter()
            .rposition(|t| titles.has(t.bare()))
            .map_or(0, |p| p + 2)
    } else {
        0
    };
    let words: Vec<&str> = toks[from..]
        .iter()
        .skip_while(|t| titles.has(t.bare()))
        .map(|t| t.s.trim_end_matches("'s").trim_end_matches("’s"))
        .collect();
    // "Tom Lee III", "Tom Lee Jr.": the person is Tom Lee.
    let mut words = words;
    while words.len() > 1
        && ["Jr", "Sr", "II", "III", "IV"].contains(&words[words.len() - 1].trim_end_matches('.'))
    {
        words.pop();
    }
    // A lone initial names no one.
    (!words.is_empty() && words.iter().any(|w| w.len() > 2)).then(|| words.join(" "))
}

/// Where the run of name words ending before `toks[end]` starts (`end`
/// itself when there is none).
fn name_start(toks: &[Tok], end: usize, config: &Config) -> usize {
    let mut s = end;
    while s > 0 && name_word(&toks[s - 1], config) {
        s -= 1;
    }
    s
}

/// A word of a person's name: capitalised, not a word that never names a
/// subject, not a noun of people.
fn name_word(t: &Tok, config: &Config) -> bool {
    if !t.is_capital() || !t.is_word() || small_number(t.s).is_some() {
        return false;
    }
    let w = t.bare();
    // A middle initial ("Dana A. Reyes", "Owen I. Lund"): the article "A"
    // and the pronoun "I" are no names, but with a full stop they are.
    let initial = t.s.len() == 2 && t.s.ends_with('.');
    let v = &config.victims;
    initial || v.titles.has(w) || !(config.is_not_subject(w) || v.people.has(w) || v.person.has(w))
}

fn is_stop(t: &Tok) -> bool {
    t.is_any(&[
        "was", "were", "is", "are", "had", "has", "who", "and", "or", "of", "in", "on", "at",
        "from", "with", "by", "for", "to", "as", "when", "after", "said",
    ])
}

#[cfg(test)]
mod tests {
    use crate::extract::claims_of;

    /// (subject, years, text) of each age claim.
    fn ages(text: &str) -> Vec<(String, f64, String)> {
        claims_of(text, None)
            .into_iter()
            .filter(|c| c.kind == "age")
            .map(|c| {
                let v = c.value.unwrap();
                assert_eq!(v.unit, "year");
                (c.subject.unwrap(), v.low.unwrap(), c.text)
            })
            .collect()
    }

    fn age(subject: &str, years: f64, text: &str) -> (String, f64, String) {
        (subject.to_string(), years, text.to_string())
    }

    #[test]
    fn a_name_then_its_age() {
        assert_eq!(
            ages("Dana Whitfield, 22, was shot on Friday."),
            [age("Dana Whitfield", 22.0, "22")]
        );
        assert_eq!(
            ages("Police named the driver as Colm Ferris, aged 61, of Leeds."),
            [age("Colm Ferris", 61.0, "61")]
        );
        // Titles are not the name.
        assert_eq!(
            ages("Deputy Jerry Ortiz, 35, died."),
            [age("Jerry Ortiz", 35.0, "35")]
        );
        // A town before a noun of people describes the person.
        assert_eq!(
            ages("A 35-year-old New Bedford man was killed."),
            [age("35-year-old New Bedford man", 35.0, "35-year-old")]
        );
        // A middle initial that is also a word ("A", "I") stays in it.
        assert_eq!(
            ages("The victim was Nora A. Kell, 27, of Dover."),
            [age("Nora A. Kell", 27.0, "27")]
        );
        assert_eq!(
            ages("Owen I. Brandt, 40, was hurt."),
            [age("Owen I. Brandt", 40.0, "40")]
        );
    }

    #[test]
    fn a_pronoun_after_a_sentence_opening_with_a_name() {
        // The sentence's subject, not the city or school named later in it.
        assert_eq!(
            ages("Marcus Oyelaran taught chess at a north Kansas City high school for years. He was 44."),
            [age("Marcus Oyelaran", 44.0, "44")]
        );
        // A line above (a time stamp) is another sentence.
        assert_eq!(
            ages("Posted 9:00 a.m. CST\nFormer mayor Hollis Brandvold died Monday.\nHe was 81."),
            [age("Hollis Brandvold", 81.0, "81")]
        );
        // A sentence of the same pronoun between is about the same person.
        assert_eq!(
            ages("Nadia Farrow sang in a church choir. On Friday she was shot at Elm Court Plaza. She was 29."),
            [age("Nadia Farrow", 29.0, "29")]
        );
        // One who speaks is not the one the pronoun means.
        assert_eq!(
            ages("Ruth Amsel said her neighbour Tomas Ekberg kept to himself. He was 45."),
            [age("Tomas Ekberg", 45.0, "45")]
        );
    }

    #[test]
    fn a_word_of_degree_or_a_home_town_before_the_age() {
        assert_eq!(
            ages("Oren Vasquez, just 19, died."),
            [age("Oren Vasquez", 19.0, "19")]
        );
        assert_eq!(
            ages("Oren Vasquez coached youth soccer. He was only 19."),
            [age("Oren Vasquez", 19.0, "19")]
        );
        // The town is where the person is from, not the person.
        assert_eq!(
            ages("Oren Vasquez, of Millbrook, 19, died."),
            [age("Oren Vasquez", 19.0, "19")]
        );
    }

    #[test]
    fn the_ages_of_a_pair() {
        assert_eq!(
            ages("Ivo Marsh and Leo Dunn, both 20, were hurt."),
            [age("Ivo Marsh", 20.0, "20"), age("Leo Dunn", 20.0, "20")]
        );
        // In order: the first age is the first name's.
        assert_eq!(
            ages("Police named them as Ivo Marsh and Leo Dunn, 20 and 24."),
            [age("Ivo Marsh", 20.0, "20"), age("Leo Dunn", 24.0, "24")]
        );
        // Not a count of people after the pair.
        assert!(ages("Ivo Marsh and Leo Dunn, 20 and 24 others were there.").is_empty());
    }

    #[test]
    fn an_age_with_the_name_the_clause_gives() {
        for text in [
            "The 19-year-old was identified as Oren Vasquez.",
            "The driver, a 19-year-old student, was identified as Oren Vasquez.",
            "Police identified the 19-year-old as Oren Vasquez on Monday.",
            "Oren Vasquez was a 19-year-old student at the college.",
            "Oren Vasquez was 19 years old.",
        ] {
            assert_eq!(
                ages(text)
                    .into_iter()
                    .map(|a| (a.0, a.1))
                    .collect::<Vec<_>>(),
                [("Oren Vasquez".to_string(), 19.0)],
                "{text}"
            );
        }
        // Another verb between: the name is someone else's.
        let other =
            ages("A 19-year-old was shot and a man identified as Oren Vasquez was arrested.");
        assert!(other.iter().all(|a| a.0 != "Oren Vasquez"), "{other:?}");
    }

    #[test]
    fn an_age_likened_to_another() {
        assert_eq!(
            ages("Ivo Brandt, 24, died a week after Tomas Reyes, also 24, was shot."),
            [
                age("Ivo Brandt", 24.0, "24"),
                age("Tomas Reyes", 24.0, "24")
            ]
        );
    }

    #[test]
    fn an_age_then_the_name() {
        assert_eq!(
            ages("A 58-year-old store clerk, Priya Nair, was wounded."),
            [age("Priya Nair", 58.0, "58-year-old")]
        );
        assert_eq!(
            ages("Police said 66-year-old Lena Marsh was killed."),
            [age("Lena Marsh", 66.0, "66-year-old")]
        );
    }

    #[test]
    fn an_unnamed_person_keeps_the_description() {
        assert_eq!(
            ages("A 50-year-old man was taken to hospital."),
            [age("50-year-old man", 50.0, "50-year-old")]
        );
        // No person, no age claim; a demonym or a place is no name.
        assert_eq!(ages("The 30-year-old building collapsed."), []);
        assert_eq!(ages("The 40-year-old American never recovered."), []);
        assert_eq!(
            ages("Champion swimmer of the 40s and 50s Esther Williams died."),
            []
        );
    }

    #[test]
    fn a_name_described_by_its_age() {
        assert_eq!(
            ages("Police said Nina Osei, a 59-year-old nurse, was struck."),
            [age("Nina Osei", 59.0, "59-year-old")]
        );
        // A suffix is no part of the person's name.
        assert_eq!(
            ages("Tom Lee III, a 38-year-old Troy resident, was charged."),
            [age("Tom Lee", 38.0, "38-year-old")]
        );
        // "the" as well as "a".
        assert_eq!(
            ages("Friends mourned Ava Lind, the 19-year-old struck on the bridge."),
            [age("Ava Lind", 19.0, "19-year-old")]
        );
    }

    #[test]
    fn an_age_in_the_sentence_after_the_name() {
        assert_eq!(
            ages("Police named the victim as Ann Lee. She was 34."),
            [age("Ann Lee", 34.0, "34")]
        );
        assert_eq!(
            ages("The dead man was Karl Benn of Dover. He was 61, a friend said."),
            [age("Karl Benn", 61.0, "61")]
        );
        // An age at the time of the events is no age now.
        assert_eq!(
            ages("Lopez, who was 18 at the time of the shooting, confessed."),
            []
        );
        // Only a name: "He was 20." after no one named is no age.
        assert_eq!(ages("The car was parked outside. He was 20."), []);
    }

    #[test]
    fn an_age_set_apart_from_the_name() {
        assert_eq!(ages("Reyes was 22."), [age("Reyes", 22.0, "22")]);
        assert_eq!(
            ages("Toma Reyes, who was 41, was not hurt."),
            [age("Toma Reyes", 41.0, "41")]
        );
        assert_eq!(
            ages("The victim, identified as Lila Brandt, was 34."),
            [age("Lila Brandt", 34.0, "34")]
        );
        assert_eq!(
            ages("Deputy Omar Vance was 29 when he died."),
            [age("Omar Vance", 29.0, "29")]
        );
        // Not a person, or not an age.
        assert_eq!(ages("Westgate Mall was 40 when it closed."), []);
        assert_eq!(ages("The toll was 12."), []);
        assert_eq!(ages("Reyes was 22 points ahead."), []);
    }

    #[test]
    fn an_infants_age_is_no_age_in_years() {
        // The months stay a quantity in months, not 8 years of the girl.
        assert_eq!(ages("The girl, Mia Stone, an 8-month-old, was unhurt."), []);
        let c = claims_of("The girl, Mia Stone, an 8-month-old, was unhurt.", None);
        let v = c.iter().find_map(|c| c.value.as_ref()).unwrap();
        assert_eq!((v.low, v.unit.as_str()), (Some(8.0), "month"));
    }

    #[test]
    fn an_age_at_another_time_is_left_out() {
        assert_eq!(ages("The then-15-year-old Rory Hale was charged."), []);
        assert_eq!(ages("Rory Hale, then 15, was charged."), []);
    }

    #[test]
    fn an_age_is_no_toll() {
        let claims = claims_of("Toma Reyes, who was 41, was not hurt.", None);
        // The person denied harm is a zero; the age is never the toll.
        assert!(
            claims
                .iter()
                .all(|c| c.kind == "age" || c.value.as_ref().and_then(|v| v.low) == Some(0.0)),
            "{claims:?}"
        );
    }

    #[test]
    fn the_name_opening_the_next_sentence_takes_the_age() {
        assert_eq!(
            ages(
                "A 47-year-old nurse was struck and killed by a van on Friday. \
                 Mara Quist, who lived nearby, was crossing the road."
            ),
            [age("Mara Quist", 47.0, "47-year-old")]
        );
        assert_eq!(
            ages("A 23-year-old man has been charged. Oren Vale is due in court."),
            [age("Oren Vale", 23.0, "23-year-old")]
        );
        // A witness who speaks is not the person described.
        assert_eq!(
            ages("A 47-year-old nurse was killed. Mara Quist, a neighbour, said she heard it."),
            [age("47-year-old nurse", 47.0, "47-year-old")]
        );
        // Nor is a name after a title, or one that does not open the sentence.
        assert_eq!(
            ages("A 47-year-old nurse was killed. Sergeant Tom Reyes gave details."),
            [age("47-year-old nurse", 47.0, "47-year-old")]
        );
        assert_eq!(
            ages("A 47-year-old nurse was killed. Police said Mara Quist was driving."),
            [age("47-year-old nurse", 47.0, "47-year-old")]
        );
    }

    #[test]
    fn an_age_after_a_name_is_no_toll_whatever_follows() {
        let claims = claims_of(
            "The gang that killed a driver was led by Ivo Marsh, 20 and Leo Dunn, 24, police said.",
            None,
        );
        let tolls: Vec<f64> = claims
            .iter()
            .filter(|c| c.kind == "casualties")
            .filter_map(|c| c.value.as_ref()?.low)
            .collect();
        assert_eq!(tolls, [1.0], "{claims:?}");
    }

    #[test]
    fn an_age_at_death() {
        assert_eq!(
            ages("Nora Vance died of a stroke in 2011 at age 83."),
            [age("Nora Vance", 83.0, "83")]
        );
        assert_eq!(
            ages("Leo Strand dies at 90"),
            [age("Leo Strand", 90.0, "90")]
        );
    }

    #[test]
    fn a_nickname_is_no_part_of_the_name() {
        assert_eq!(
            ages("Crime boss Carlo \"The Hammer\" Venti died on Monday. He was 81."),
            [age("Carlo Venti", 81.0, "81")]
        );
    }

    #[test]
    fn several_people_in_one_sentence() {
        assert_eq!(
            ages("Ann Lee, 47; Rosa Diaz, 36; and Bo Park, 39, were named."),
            [
                age("Ann Lee", 47.0, "47"),
                age("Rosa Diaz", 36.0, "36"),
                age("Bo Park", 39.0, "39")
            ]
        );
    }

    #[test]
    fn a_title_after_an_agencys_words() {
        assert_eq!(
            ages("Dover Police Officer Nell Brandt, 33, was hit in the arm."),
            [age("Nell Brandt", 33.0, "33")]
        );
        assert_eq!(
            ages("Circuit Court Judge Omar Pell, 58, set bond."),
            [age("Omar Pell", 58.0, "58")]
        );
    }

    #[test]
    fn kin_named_by_a_first_name_alone() {
        assert_eq!(
            ages("Deputies said Hal Voss, 81, shot his wife, Edna, 79, and then himself."),
            [age("Hal Voss", 81.0, "81"), age("Edna Voss", 79.0, "79")]
        );
        // The possessive of the sentence before; a list of two.
        assert_eq!(
            ages("Prewitt was in fair condition. Her sons, Eli, 12, and Noah, 8, were unhurt."),
            [
                age("Eli Prewitt", 12.0, "12"),
                age("Noah Prewitt", 8.0, "8")
            ]
        );
        // A full name after the kin word is the name as written; a lone
        // name after no word of kin is a surname.
        assert_eq!(
            ages("Hal Voss shot his wife, Edna Marsh, 79."),
            [age("Edna Marsh", 79.0, "79")]
        );
        assert_eq!(
            ages("Hal Voss met a neighbour, Pruitt, 40."),
            [age("Pruitt", 40.0, "40")]
        );
    }

    #[test]
    fn who_told_it_at_the_close_is_no_one_speaking() {
        assert_eq!(
            ages("Tariq Benn, a sophomore at Eastmoor High, died Friday at Mercy Hospital in Glen Park, his family said. He was 16."),
            [age("Tariq Benn", 16.0, "16")]
        );
        // One who speaks of another still gives the age to the other.
        assert_eq!(
            ages("Ruth Amsel said on Monday that her tenant Ivo Lund had moved out. He was 45."),
            [age("Ivo Lund", 45.0, "45")]
        );
    }
}
