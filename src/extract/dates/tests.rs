//! Unit tests for the date recogniser, in the project's own examples.

use super::*;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The single match `find` gives in `text`, with its text.
fn one_by(
    find: fn(&str, Option<NaiveDate>) -> Vec<DateMatch>,
    text: &str,
    published: &str,
) -> (String, DateMatch) {
    let pd = if published.is_empty() {
        None
    } else {
        Some(d(published))
    };
    let all = find(text, pd);
    assert_eq!(all.len(), 1, "expected one date in {text:?}, got {all:?}");
    let m = all.into_iter().next().unwrap();
    (text[m.start..m.end].to_string(), m)
}

/// The single date in `text`, with its text.
fn one(text: &str, published: &str) -> (String, DateMatch) {
    one_by(find_dates, text, published)
}

/// The single match of [`find_all`] in `text` (times and sets included).
fn one_all(text: &str, published: &str) -> (String, DateMatch) {
    one_by(find_all, text, published)
}

fn span(m: &DateMatch) -> (String, String) {
    let s = m.span.expect("resolved");
    (s.start.to_string(), s.end.to_string())
}

fn day(m: &DateMatch) -> String {
    let (a, b) = span(m);
    assert_eq!(a, b, "one day expected");
    a
}

/// Asserts the single day each text names, read as of `published`.
fn assert_days(published: &str, cases: &[(&str, &str)]) {
    for (text, want) in cases {
        assert_eq!(day(&one(text, published).1), *want, "{text}");
    }
}

fn texts_by(find: fn(&str, Option<NaiveDate>) -> Vec<DateMatch>, text: &str) -> Vec<String> {
    find(text, Some(d("2025-08-07")))
        .iter()
        .map(|m| text[m.start..m.end].to_string())
        .collect()
}

fn texts(text: &str) -> Vec<String> {
    texts_by(find_dates, text)
}

/// The texts of every [`find_all`] match, times and sets included.
fn texts_all(text: &str) -> Vec<String> {
    texts_by(find_all, text)
}

// --- seed examples -------------------------------------------------------

#[test]
fn effective_date_in_same_month_resolves_forward() {
    let (t, m) = one(
        "The tariff rises to 50%, effective August 27.",
        "2025-08-07",
    );
    assert_eq!(t, "effective August 27");
    assert_eq!(day(&m), "2025-08-27");
    assert_eq!(m.role, DateRole::Effective);
}

#[test]
fn as_of_month_is_the_whole_month() {
    let (t, m) = one(
        "As of May 2024, 6.5 million refugees were recorded abroad.",
        "2025-08-07",
    );
    assert_eq!(t, "As of May 2024");
    assert_eq!(span(&m), ("2024-05-01".into(), "2024-05-31".into()));
    assert_eq!(m.role, DateRole::AsOf);
}

#[test]
fn within_about_fifty_days_is_an_approximate_deadline() {
    let (t, m) = one(
        "He gave Moscow within about fifty days to agree.",
        "2025-07-15",
    );
    assert_eq!(t, "within about fifty days");
    assert_eq!(day(&m), "2025-09-03");
    assert_eq!(m.role, DateRole::Deadline);
    assert!(m.approx);
    assert_eq!(m.duration, Some((50.0, "day".to_string())));
}

#[test]
fn early_september_is_first_ten_days() {
    let (_, m) = one("Talks could resume in early September.", "2025-08-07");
    assert_eq!(span(&m), ("2025-09-01".into(), "2025-09-10".into()));
    assert!(m.approx);
}

#[test]
fn by_date_is_a_forward_deadline() {
    let (t, m) = one("Kyiv must answer by April 26.", "2025-04-18");
    assert_eq!(t, "by April 26");
    assert_eq!(day(&m), "2025-04-26");
    assert_eq!(m.role, DateRole::Deadline);
}

#[test]
fn bare_weekday_in_past_report_is_the_previous_one() {
    // 2025-08-07 is a Thursday.
    let (t, m) = one(
        "The envoys met on Tuesday in Riyadh and talked for hours.",
        "2025-08-07",
    );
    assert_eq!(t, "Tuesday");
    assert_eq!(day(&m), "2025-08-05");
    assert_eq!(m.role, DateRole::Event);
}

// --- absolute -------------------------------------------------------------

#[test]
fn absolute_forms() {
    let p = "2025-08-07";
    assert_days(
        p,
        &[
            ("It happened on June 17.", "2025-06-17"),
            ("It happened on 17 June 2025.", "2025-06-17"),
            ("It happened on June 17, 2025, at night.", "2025-06-17"),
            ("Filed 2025-06-23 in court.", "2025-06-23"),
        ],
    );
    assert_eq!(
        span(&one("It grew in June 2024.", p).1),
        ("2024-06-01".into(), "2024-06-30".into())
    );
    assert_eq!(
        span(&one("Russia invaded in February 2022.", p).1),
        ("2022-02-01".into(), "2022-02-28".into())
    );
    assert_eq!(
        span(&one("Prices rose in 2022.", p).1),
        ("2022-01-01".into(), "2022-12-31".into())
    );
    assert_eq!(
        span(&one("Output peaked in mid-2024.", p).1),
        ("2024-05-01".into(), "2024-08-31".into())
    );
}

#[test]
fn bare_numbers_are_not_years() {
    assert!(texts("Some 2022 people left, and 2014 stayed.").is_empty());
    assert!(texts("The team won 3-1 and scored 17 goals.").is_empty());
    assert!(texts("Damage in 2000 homes was reported.").is_empty());
    assert_eq!(
        texts("Fighting has gone on since 2014."),
        vec!["since 2014"]
    );
}

// --- relative -------------------------------------------------------------

#[test]
fn relative_days_and_periods() {
    let p = "2025-08-07"; // Thursday
    assert_days(
        p,
        &[
            ("Officials said yesterday that it was over.", "2025-08-06"),
            ("It ends today.", "2025-08-07"),
            ("Talks resume tomorrow.", "2025-08-08"),
        ],
    );
    assert_eq!(
        span(&one("Shelling intensified last week.", p).1),
        ("2025-07-28".into(), "2025-08-03".into())
    );
    assert_eq!(
        span(&one("Shelling intensified this week.", p).1),
        ("2025-08-04".into(), "2025-08-10".into())
    );
    assert_eq!(
        span(&one("Talks resume next week.", p).1),
        ("2025-08-11".into(), "2025-08-17".into())
    );
    assert_eq!(
        span(&one("Prices fell last month.", p).1),
        ("2025-07-01".into(), "2025-07-31".into())
    );
    assert_eq!(
        span(&one("A vote comes next month.", p).1),
        ("2025-09-01".into(), "2025-09-30".into())
    );
    assert_eq!(
        span(&one("Earlier this year the plan stalled.", p).1),
        ("2025-01-01".into(), "2025-08-07".into())
    );
    assert_eq!(
        span(&one("A new offensive began this spring.", p).1),
        ("2025-03-01".into(), "2025-05-31".into())
    );
    assert_eq!(
        span(&one("Output fell last year.", p).1),
        ("2024-01-01".into(), "2024-12-31".into())
    );
    assert_eq!(day(&one("He arrived three days ago.", p).1), "2025-08-04");
}

#[test]
fn overnight_is_the_night_before_publication() {
    let (t, m) = one(
        "Drones struck the city overnight, officials said.",
        "2025-08-07",
    );
    assert_eq!(t, "overnight");
    assert_eq!(span(&m), ("2025-08-06".into(), "2025-08-07".into()));
}

#[test]
fn weekday_direction_follows_tense_and_qualifier() {
    let p = "2025-08-07"; // Thursday
    assert_days(
        p,
        &[
            ("Delegations will meet Tuesday.", "2025-08-12"),
            ("They'll meet on Thursday.", "2025-08-07"),
            ("He spoke last Thursday.", "2025-07-31"),
            ("He speaks next Thursday.", "2025-08-14"),
            ("The ceasefire holds until Friday.", "2025-08-08"),
            ("A vote was held Thursday.", "2025-08-07"),
        ],
    );
}

// --- fuzzy -----------------------------------------------------------------

#[test]
fn fuzzy_parts_of_months_and_years() {
    let p = "2025-08-07";
    assert_eq!(
        span(&one("Fighting flared in mid-July.", p).1),
        ("2025-07-11".into(), "2025-07-20".into())
    );
    assert_eq!(
        span(&one("Fighting flared in late August.", p).1),
        ("2025-08-21".into(), "2025-08-31".into())
    );
    assert_eq!(
        span(&one("A report is due at the end of August.", p).1),
        ("2025-08-21".into(), "2025-08-31".into())
    );
    assert_eq!(
        span(&one("Funds run out at the end of the month.", p).1),
        ("2025-08-21".into(), "2025-08-31".into())
    );
    assert_eq!(
        span(&one("Elections are planned for early next year.", p).1),
        ("2026-01-01".into(), "2026-04-30".into())
    );
}

// --- durations --------------------------------------------------------------

#[test]
fn durations_set_deadlines() {
    let p = "2025-07-15";
    let (t, m) = one("Trump set a two-week deadline for a deal.", p);
    assert_eq!(t, "a two-week deadline");
    assert_eq!((day(&m), m.role), ("2025-07-29".into(), DateRole::Deadline));
    let (_, m) = one("They set a 50-day deadline.", p);
    assert_eq!(day(&m), "2025-09-03");
    assert_eq!(m.duration, Some((50.0, "day".into())));
    let (t, m) = one("The levy applies in 10 days.", p);
    assert_eq!((t.as_str(), day(&m)), ("in 10 days", "2025-07-25".into()));
    let (_, m) = one("Troops must leave within 24 hours.", p);
    assert_eq!(day(&m), "2025-07-16");
}

#[test]
fn past_stretch_with_in_is_not_a_deadline() {
    assert!(texts("Rebels killed 30 people in 10 days.").is_empty());
}

// --- cue words ----------------------------------------------------------------

#[test]
fn cue_words_set_role() {
    let p = "2025-08-07";
    let (t, m) = one("Some 6 million have fled since February 2022.", p);
    assert_eq!(t, "since February 2022");
    assert_eq!(m.role, DateRole::Event);
    assert_eq!(span(&m), ("2022-02-01".into(), "2025-08-07".into()));
    let (t, m) = one("The rule takes effect on September 1.", p);
    assert_eq!(
        (t.as_str(), m.role),
        ("takes effect on September 1", DateRole::Effective)
    );
    assert_eq!(day(&m), "2025-09-01");
    for s in [
        "until October 3",
        "no later than October 3",
        "deadline of October 3",
        "before October 3",
    ] {
        let (t, m) = one(&format!("Kyiv must reply {s}."), p);
        assert_eq!((t.as_str(), m.role), (s, DateRole::Deadline));
        assert_eq!(day(&m), "2025-10-03");
    }
    let (_, m) = one("The ultimatum expires on Friday.", p);
    assert_eq!((m.role, day(&m)), (DateRole::Deadline, "2025-08-08".into()));
}

#[test]
fn year_less_dates_take_the_nearest_year_or_go_forward() {
    // Nearest: a January article about December means last December.
    let (_, m) = one("Protests began on December 28.", "2025-01-05");
    assert_eq!(day(&m), "2024-12-28");
    // Forward for deadlines even when the date is far in the past this year.
    let (_, m) = one("Talks must end by January 3.", "2025-01-05");
    assert_eq!(day(&m), "2026-01-03");
}

// --- without publication date, and bad input -------------------------------------

#[test]
fn no_publication_date_keeps_text_but_no_span() {
    let all = find_dates(
        "On Tuesday, June 17, talks failed; in June 2024 they had started.",
        None,
    );
    assert_eq!(all.len(), 2);
    assert!(all[0].span.is_none());
    assert_eq!(all[1].span.unwrap().start, d("2024-06-01"));
    let all = find_dates("It happened yesterday.", None);
    assert_eq!(all.len(), 1);
    assert!(all[0].span.is_none());
}

#[test]
fn impossible_dates_do_not_resolve() {
    let all = find_dates(
        "On February 30, 2025 nothing happened.",
        Some(d("2025-08-07")),
    );
    assert_eq!(all.len(), 1);
    assert!(all[0].span.is_none());
    assert!(texts("Code 2025-13-45 failed.").is_empty());
    assert!(
        find_dates(
            "In 9999 and 0001 and 2999-12-31 and year 65535.",
            Some(d("2999-12-31"))
        )
        .len()
            <= 3
    );
}

#[test]
fn ordinary_words_are_not_dates() {
    for s in [
        "Russia may take a pass on the offer.",
        "Do you know what a deal is?",
        "Protesters march to parliament every day.",
        "The cat sat on the mat for a second time.",
        "This is the second round.",
        "March on, they said.",
        "May I ask a question?",
    ] {
        assert!(texts(s).is_empty(), "{s:?} gave {:?}", texts(s));
    }
    assert_eq!(texts("Elections are due in May."), vec!["May"]);
    assert_eq!(
        texts("Since March the front has barely moved."),
        vec!["Since March"]
    );
    assert_eq!(
        texts("It opened May 5 and closed in March 2023."),
        vec!["May 5", "March 2023"]
    );
}

proptest! {
    #[test]
    fn never_panics_and_spans_are_ordered(s in "\\PC{0,80}", y in 1i32..4000, o in 0u32..366) {
        let pd = NaiveDate::from_yo_opt(y, o + 1);
        let all = find_dates(&s, pd);
        let mut last = 0;
        for m in &all {
            prop_assert!(m.start < m.end && m.start >= last);
            prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
            last = m.end;
        }
    }

    #[test]
    fn never_panics_on_date_like_soup(parts in proptest::collection::vec(prop_oneof![
        Just("May"), Just("June"), Just("17"), Just("2025"), Just("-"), Just("/"), Just(","), Just("by"),
        Just("since"), Just("last"), Just("next"), Just("Tuesday"), Just("within"), Just("fifty"), Just("days"),
        Just("early"), Just("mid"), Just("the"), Just("end"), Just("of"), Just("month"), Just("9999"),
        Just("0"), Just("31st"), Just("é"), Just("ago"), Just("deadline"), Just("a"), Just("week"),
    ], 0..12), y in 1i32..4000) {
        let s = parts.join(" ");
        let t = parts.concat();
        for text in [s, t] {
            let all = find_dates(&text, NaiveDate::from_ymd_opt(y, 12, 31));
            let mut last = 0;
            for m in &all {
                prop_assert!(m.start < m.end && m.start >= last);
                prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                last = m.end;
            }
        }
    }
}

#[test]
fn ranges_decades_and_names() {
    let p = "2025-08-07";
    let (t, m) = one("He led the group from 1974 to 1978.", p);
    assert_eq!(t, "from 1974 to 1978");
    assert_eq!(span(&m), ("1974-01-01".into(), "1978-12-31".into()));
    let (t, m) = one("Talks ran between June 2 and June 10, 2024.", p);
    assert_eq!(t, "between June 2 and June 10, 2024");
    assert_eq!(span(&m), ("2024-06-02".into(), "2024-06-10".into()));
    let (t, m) = one("Output fell in 2014-2018.", p);
    assert_eq!(t, "2014-2018");
    assert_eq!(span(&m), ("2014-01-01".into(), "2018-12-31".into()));
    let (t, m) = one("Crime fell in the mid-1990's.", p);
    assert_eq!(t, "mid-1990's");
    assert_eq!(span(&m), ("1994-01-01".into(), "1996-12-31".into()));
    let (_, m) = one("Crime fell in the 1980s.", p);
    assert_eq!(span(&m), ("1980-01-01".into(), "1989-12-31".into()));
    // `Will` the name is no future marker; `due to` is a cause.
    assert_days(
        p,
        &[
            ("He scored Friday, Will Smith said.", "2025-08-01"),
            ("Flights stopped on Saturday due to fog.", "2025-08-02"),
        ],
    );
    assert_eq!(
        span(&one("I'll be out this September.", "2025-10-02").1).0,
        "2025-09-01"
    );
}

#[test]
fn quarters_ordinal_days_and_abbreviated_weekdays() {
    let p = "2025-08-07";
    let (t, m) = one("Profit rose in the third quarter of 2024.", p);
    assert_eq!(t, "the third quarter of 2024");
    assert_eq!(span(&m), ("2024-07-01".into(), "2024-09-30".into()));
    assert_eq!(
        span(&one("Sales in Q1 2025 fell.", p).1),
        ("2025-01-01".into(), "2025-03-31".into())
    );
    assert_eq!(
        span(&one("Sales fell last quarter.", p).1),
        ("2025-04-01".into(), "2025-06-30".into())
    );
    assert_days(
        p,
        &[
            ("Fireworks on the Fourth of July, 2024.", "2024-07-04"),
            ("Posted Sun Sep 15 2013 at noon.", "2013-09-15"),
        ],
    );
    assert!(texts("The cat sat on the mat in the sun on its second try.").is_empty());
    let (t, m) = one("Schools close from March to May.", p);
    assert_eq!(t, "from March to May");
    assert_eq!(span(&m), ("2025-03-01".into(), "2025-05-31".into()));
    let (_, m) = one("Talks ran Feb 28 to March 3, 2024.", p);
    assert_eq!(span(&m), ("2024-02-28".into(), "2024-03-03".into()));
    assert_eq!(
        span(&one("Growth slowed in the middle of 2007.", p).1),
        ("2007-05-01".into(), "2007-08-31".into())
    );
}

#[test]
fn nearest_tense_marker_decides() {
    let p = "2025-08-07"; // Thursday
                          // `began` (past) is nearer than `will`.
    assert_days(
        p,
        &[
            (
                "The talks, which began Tuesday, will continue.",
                "2025-08-05",
            ),
            ("They’ll vote on Monday.", "2025-08-11"),
            ("The rebels are going to withdraw on Monday.", "2025-08-11"),
        ],
    );
}

#[test]
fn past_narrative_bounds_are_events() {
    let p = "2025-08-07";
    let (t, m) = one("By 1952, she was a star.", p);
    assert_eq!((t.as_str(), m.role), ("By 1952", DateRole::Event));
    let (_, m) = one("He was at large until Dec. 7, 2024.", p);
    assert_eq!(m.role, DateRole::Event);
    let (t, m) = one("It was capped by this year's flop.", p);
    assert_eq!((t.as_str(), m.role), ("this year", DateRole::Event));
    assert!(texts("He is the fifth coach in four years.").is_empty());
}

#[test]
fn this_past_and_day_first_numeric() {
    let p = "2025-08-07"; // Thursday
    assert_eq!(
        day(&one("Fans gathered this past Sunday.", p).1),
        "2025-08-03"
    );
    assert_eq!(
        span(&one("Prices rose this past week.", p).1),
        ("2025-07-31".into(), "2025-08-06".into())
    );
    assert_days(
        p,
        &[
            ("Signed 23/06/2025 in Kyiv.", "2025-06-23"),
            ("Signed 6/7/2025 in Kyiv.", "2025-06-07"),
        ],
    );
}

#[test]
fn quarters_of_play_are_not_dates() {
    assert!(texts("He scored 12 points in the second quarter.").is_empty());
}

#[test]
fn nearby_past_verb_moves_year_less_dates_back() {
    // Nearest would be 2026-01-06; `arrested` says it already happened.
    assert_eq!(
        day(&one("He was arrested Jan. 6 in Clairemont.", "2025-08-07").1),
        "2025-01-06"
    );
    // With no tense evidence, the nearest occurrence.
    assert_eq!(
        day(&one("Talks on Jan. 6 in Geneva.", "2025-08-07").1),
        "2026-01-06"
    );
}

#[test]
fn extreme_publication_dates_do_not_panic() {
    let text = "Yesterday, tomorrow, overnight, last week, next month, this spring, next winter, \
                early next year, three days ago, within 50 days, in 10 weeks, the past 24 hours, \
                next Tuesday, last June, this quarter, June 17, the end of the month, since 2014.";
    for pd in [
        NaiveDate::MIN,
        NaiveDate::MAX,
        d("0001-01-01"),
        d("9999-12-31"),
    ] {
        let all = find_dates(text, Some(pd));
        assert!(all.len() > 10);
    }
}

// --- news fixes --------------------------------------------------------------

#[test]
fn a_date_when_something_was_done_is_no_deadline() {
    let p = "2025-08-07"; // Thursday
    let (t, m) = one(
        "The ultimatum, handed over on Monday, leaves Kyiv ten days.",
        p,
    );
    assert_eq!((t.as_str(), m.role), ("Monday", DateRole::Event));
    assert_eq!(day(&m), "2025-08-04");
    let (_, m) = one(
        "The ultimatum, delivered on August 4, gives Kyiv ten days.",
        p,
    );
    assert_eq!((m.role, day(&m)), (DateRole::Event, "2025-08-04".into()));
    let (_, m) = one("The deadline was set July 30 by the council.", p);
    assert_eq!((m.role, day(&m)), (DateRole::Event, "2025-07-30".into()));
    // Still a deadline when the date is when it falls due.
    let (_, m) = one("The ultimatum expires on August 20.", p);
    assert_eq!((m.role, day(&m)), (DateRole::Deadline, "2025-08-20".into()));
    let (_, m) = one("A vote on the deadline is scheduled on August 20.", p);
    assert_eq!(m.role, DateRole::Deadline);
}

#[test]
fn by_early_month_in_a_condition_is_a_forward_deadline() {
    let (t, m) = one(
        "Tariffs follow if a truce isn't agreed by early September.",
        "2025-08-07",
    );
    assert_eq!(
        (t.as_str(), m.role),
        ("by early September", DateRole::Deadline)
    );
    assert_eq!(span(&m), ("2025-09-01".into(), "2025-09-10".into()));
}

#[test]
fn a_beginning_looks_ahead_despite_a_past_verb() {
    let p = "2025-07-17";
    for s in [
        "Berlin approved the sale, with shipments starting in late August.",
        "Ministers said shipments beginning in late August were agreed.",
        "The ministry announced shipments starting in late August.",
    ] {
        let (_, m) = one(s, p);
        assert_eq!(span(&m), ("2025-08-21".into(), "2025-08-31".into()), "{s}");
    }
    // A past verb alone still moves a year-less date back.
    let (_, m) = one("Shipments were halted in late August.", p);
    assert_eq!(span(&m).0, "2024-08-21");
}

#[test]
fn a_year_naming_an_event_is_a_date() {
    let p = "2025-07-17";
    for s in [
        "Aid reached survivors of the 2004 earthquake.",
        "The earthquake of 2004 destroyed the port.",
        "The 2008 elections were disputed.",
    ] {
        let (t, m) = one(s, p);
        assert_eq!(t.len(), 4, "{s}");
        assert_eq!(m.role, DateRole::Event);
        assert_eq!(span(&m).0[..4], t[..4]);
    }
    assert!(texts("The 2000 homes were flooded and 2014 stayed.").is_empty());
    assert!(texts("Of the 1950 people on board, few survived.").is_empty());
}

#[test]
fn stretches_of_time_are_not_deadlines() {
    for s in [
        "It was the fourth such attack in two months.",
        "It is the second school hit within 24 hours.",
        "Within a week of the vote, the cabinet fell.",
        "Within five years, half of the farmers gave up.",
        "The warning was revoked within an hour.",
    ] {
        assert!(texts(s).is_empty(), "{s:?} gave {:?}", texts(s));
    }
    // Still deadlines.
    let (t, _) = one(
        "Officials said the first trucks would be sent within six weeks.",
        "2025-08-07",
    );
    assert_eq!(t, "within six weeks");
    let (t, m) = one("Prisoners must be moved within 10 days.", "2025-08-07");
    assert_eq!((t.as_str(), m.role), ("within 10 days", DateRole::Deadline));
    let (t, m) = one("The rules will take effect in about 30 days.", "2025-08-07");
    assert_eq!(
        (t.as_str(), m.role),
        ("take effect in about 30 days", DateRole::Effective)
    );
    assert_eq!(day(&m), "2025-09-06");
}

#[test]
fn past_forms_with_negation_and_took_mark_the_past() {
    let p = "2025-08-07";
    let (_, m) = one("It wasn't until May 30, 2005, that the name came out.", p);
    assert_eq!(m.role, DateRole::Event);
    let (_, m) = one("It took until 2003 for the state to admit it.", p);
    assert_eq!(m.role, DateRole::Event);
    let (_, m) = one("Until last December, builders had to file a study.", p);
    assert_eq!(m.role, DateRole::Event);
    assert!(texts("The screen is 2880 pixels by 1800 and bright.").is_empty());
}

#[test]
fn a_date_after_a_verb_of_saying_is_when_it_was_said() {
    let p = "2025-08-07"; // Thursday
    let (_, m) = one("A prosecutor said Friday that the hearing would resume.", p);
    assert_eq!(day(&m), "2025-08-01");
    let (_, m) = one("The ministry announced on Monday it will cut rates.", p);
    assert_eq!(day(&m), "2025-08-04");
    // A planned participle still looks ahead.
    let (_, m) = one("The aid will be delivered on Monday.", p);
    assert_eq!(day(&m), "2025-08-11");
    let (_, m) = one("A service will be held Tuesday at noon.", p);
    assert_eq!(day(&m), "2025-08-12");
}

#[test]
fn a_weekday_fixes_the_year_of_a_year_less_date() {
    // January 5 was a Wednesday in 2011 (and 2022), not in 2025 or 2026.
    let (t, m) = one("Updated Wednesday, Jan. 5 at 5:53 PM.", "2025-08-07");
    assert_eq!(t, "Wednesday, Jan. 5 at 5:53 PM");
    assert_eq!(day(&m), "2022-01-05");
    let (_, m) = one("Updated Wednesday, Jan. 5 at 5:53 PM.", "2011-01-06");
    assert_eq!(day(&m), "2011-01-05");
}

#[test]
fn bare_durations_only_in_find_all() {
    let p = Some(d("2025-08-07"));
    let text = "The siege lasted two weeks, the raid an hour and a half, the talks 3 days.";
    assert!(find_dates(text, p).is_empty());
    let all = find_all(text, p);
    let got: Vec<_> = all
        .iter()
        .map(|m| (&text[m.start..m.end], m.duration.clone().unwrap().0, m.span))
        .collect();
    assert_eq!(
        got,
        vec![
            ("two weeks", 1209600.0, None),
            ("an hour and a half", 5400.0, None),
            ("3 days", 259200.0, None),
        ]
    );
    for s in [
        "He tried a second time.",
        "The girl is 3 years old.",
        "Wait a minutes",
    ] {
        assert!(find_all(s, p).is_empty(), "{s:?}");
    }
    // Dated expressions are the same in both.
    let t = "A vote comes in 10 days, not next week.";
    assert_eq!(find_all(t, p), find_dates(t, p));
    assert_eq!(find_dates(t, p).len(), 2);
}

#[test]
fn a_clock_time_joins_its_day() {
    let p = "2025-08-07";
    let (t, m) = one(
        "The quake struck on July 2, 2013 at 7:37 a.m. local time.",
        p,
    );
    assert_eq!(t, "July 2, 2013 at 7:37 a.m.");
    assert_eq!(day(&m), "2013-07-02");
    assert_eq!(m.time, NaiveTime::from_hms_opt(7, 37, 0));
    let (t, m) = one("Polls close tomorrow at 8pm.", p);
    assert_eq!(
        (t.as_str(), m.time),
        ("tomorrow at 8pm", NaiveTime::from_hms_opt(20, 0, 0))
    );
    let (t, m) = one("It ended Friday, 17:45.", p);
    assert_eq!(
        (t.as_str(), m.time),
        ("Friday, 17:45", NaiveTime::from_hms_opt(17, 45, 0))
    );
    // A bare number is no time.
    let (t, m) = one("They meet on Monday at 5 with the envoy.", p);
    assert_eq!((t.as_str(), m.time), ("Monday", None));
}

#[test]
fn holidays_and_days_without_a_month() {
    let p = "2025-08-07";
    let (t, m) = one("Troops should be home by Christmas.", p);
    assert_eq!((t.as_str(), m.role), ("by Christmas", DateRole::Deadline));
    assert_eq!(day(&m), "2025-12-25");
    assert_days(
        p,
        &[
            ("Shops closed on New Year's Day.", "2025-01-01"),
            ("The parade on Independence Day drew crowds.", "2025-07-04"),
            ("Flights were full at Thanksgiving 2024.", "2024-11-28"),
            ("Pilgrims came for Easter 2025.", "2025-04-20"),
            ("Pilgrims came for Easter 2024.", "2024-03-31"),
            ("The strike ended on Labor Day.", "2024-09-02"),
        ],
    );
    assert!(texts("The labor market and the new year look weak.").is_empty());
    assert!(texts("A memorial service was held in the new hall.").is_empty());
    assert!(texts("She hung a Christmas wreath on Easter Island.").is_empty());
    // `on the 18th`: this month or a neighbour, by the usual direction.
    let (t, m) = one("The vote was held on the 4th.", p);
    assert_eq!((t.as_str(), day(&m)), ("the 4th", "2025-08-04".into()));
    assert_eq!(day(&one("Payment is due by the 18th.", p).1), "2025-08-18");
    // (The century is a date of its own: see `centuries_are_spans_of_a_hundred_years`.)
    assert_eq!(
        texts("He lives on the 18th floor, in the 18th century."),
        ["18th century"]
    );
    assert!(texts("Some 2000 new homes were built.").is_empty());
}

fn hm(h: u32, m: u32) -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(h, m, 0)
}

#[test]
fn times_of_day_stand_alone_with_no_day() {
    let p = Some(d("2025-08-07"));
    let text = "Polling stations opened at 7 a.m. and shut at 9:30 pm, the train at 2.15pm.";
    let found = find_all(text, p);
    let got: Vec<_> = found
        .iter()
        .map(|m| (&text[m.start..m.end], m.kind, m.span, m.time))
        .collect();
    assert_eq!(
        got,
        vec![
            ("7 a.m.", DateKind::Time, None, hm(7, 0)),
            ("9:30 pm", DateKind::Time, None, hm(21, 30)),
            ("2.15pm", DateKind::Time, None, hm(14, 15)),
        ]
    );
    let (t, m) = one_all("The curfew starts at midnight.", "2025-08-07");
    assert_eq!((t.as_str(), m.time), ("midnight", hm(0, 0)));
    let (t, m) = one_all("Prayers begin at 12 noon.", "2025-08-07");
    assert_eq!((t.as_str(), m.time), ("12 noon", hm(12, 0)));
    let (t, m) = one_all("The blast came at 3 in the morning.", "2025-08-07");
    assert_eq!((t.as_str(), m.time), ("3 in the morning", hm(3, 0)));
    // Not times: a score, a decimal, a bare hour, a change in a figure.
    assert!(texts_all("They won 3-1 and he scored 3.5 goals at 5.").is_empty());
    assert!(texts_all("Inflation fell from 10 to 8 and the ratio was 3:2.").is_empty());
}

#[test]
fn clock_time_ranges() {
    let p = "2025-08-07";
    let (t, m) = one_all("Voting runs from 8 to 11 am.", p);
    assert_eq!(
        (t.as_str(), m.kind, m.time, m.time_end),
        ("from 8 to 11 am", DateKind::Time, hm(8, 0), hm(11, 0))
    );
    // The bare side takes the half of the day of the other.
    let (t, m) = one_all("The road is shut 5 to 7pm.", p);
    assert_eq!(
        (t.as_str(), m.time, m.time_end),
        ("5 to 7pm", hm(17, 0), hm(19, 0))
    );
    let (_, m) = one_all("Aid arrives between 10:30 and 2 by truck.", p);
    assert_eq!((m.time, m.time_end), (hm(10, 30), hm(14, 0)));
    let (t, m) = one_all("Talks run between 5 and 6 in the afternoon.", p);
    assert_eq!(
        (t.as_str(), m.time, m.time_end),
        ("between 5 and 6 in the afternoon", hm(17, 0), hm(18, 0))
    );
    // (A timetable: the next Friday.)
    let (t, m) = one_all("The ferry sails Friday from 2:00 to 2:45 pm.", p);
    assert_eq!(t, "Friday from 2:00 to 2:45 pm");
    assert_eq!(
        (day(&m), m.time, m.time_end),
        ("2025-08-08".into(), hm(14, 0), hm(14, 45))
    );
}

#[test]
fn a_time_before_its_day_dates_that_day() {
    let p = "2025-08-07";
    let (t, m) = one("The envoy landed at 9:45 a.m. on Wednesday.", p);
    assert_eq!(
        (t.as_str(), m.kind),
        ("9:45 a.m. on Wednesday", DateKind::Date)
    );
    assert_eq!((day(&m), m.time), ("2025-08-06".into(), hm(9, 45)));
    let (t, m) = one("Shops reopen 10:00 to 16:00 tomorrow.", p);
    assert_eq!(t, "10:00 to 16:00 tomorrow");
    assert_eq!(
        (day(&m), m.time, m.time_end),
        ("2025-08-08".into(), hm(10, 0), hm(16, 0))
    );
}

#[test]
fn parts_of_the_day_keep_the_day_and_give_clock_times() {
    let p = "2025-08-07";
    let (t, m) = one("Shelling resumed on Monday night.", p);
    assert_eq!((t.as_str(), day(&m)), ("Monday night", "2025-08-04".into()));
    assert_eq!(
        (m.time, m.time_end),
        (hm(20, 0), NaiveTime::from_hms_opt(23, 59, 59))
    );
    let (t, m) = one("The minister spoke this morning.", p);
    assert_eq!(
        (t.as_str(), m.time, m.time_end),
        ("this morning", hm(8, 0), hm(12, 0))
    );
    let (t, m) = one("Storms are due tomorrow evening.", p);
    assert_eq!(
        (t.as_str(), day(&m)),
        ("tomorrow evening", "2025-08-08".into())
    );
    assert_eq!((m.time, m.time_end), (hm(16, 0), hm(20, 0)));
    // After a part of the evening a bare hour is in the evening.
    let (t, m) = one("The rally ends tonight at 9.", p);
    assert_eq!(
        (t.as_str(), m.time, m.time_end),
        ("tonight at 9", hm(21, 0), None)
    );
    let (t, m) = one("The shift ran last night from 7 to 11.", p);
    assert_eq!(t, "last night from 7 to 11");
    assert_eq!(
        (day(&m), m.time, m.time_end),
        ("2025-08-06".into(), hm(19, 0), hm(23, 0))
    );
    let (t, m) = one_all("Crowds gather in the evening.", p);
    assert_eq!(
        (t.as_str(), m.kind, m.span),
        ("in the evening", DateKind::Time, None)
    );
}

#[test]
fn recurring_times() {
    let p = "2025-08-07";
    let set = |text: &str| {
        let (t, m) = one_all(text, p);
        assert_eq!(m.kind, DateKind::Set, "{text}");
        assert_eq!(m.span, None, "{text}");
        (t, m.duration.map(|d| d.0))
    };
    assert_eq!(
        set("Inspectors visit weekly."),
        ("weekly".into(), Some(604800.0))
    );
    assert_eq!(
        set("Buses leave every two hours."),
        ("every two hours".into(), Some(7200.0))
    );
    assert_eq!(
        set("Rations come every other week."),
        ("every other week".into(), Some(1209600.0))
    );
    assert_eq!(
        set("Rent is paid once a month."),
        ("once a month".into(), Some(2592000.0))
    );
    assert_eq!(
        set("The council meets each Monday at 4pm."),
        ("each Monday at 4pm".into(), None)
    );
    assert_eq!(
        set("Markets open Saturdays at 8am."),
        ("Saturdays at 8am".into(), None)
    );
    // Only `find_all` gives them.
    assert!(texts("The council meets each Monday at 4pm.").is_empty());
    // An adjective before a noun, or a title, is no time.
    assert!(texts_all("She edits a weekly magazine and a daily paper.").is_empty());
    assert!(texts_all("He told Sports Weekly that midnight rules were void.").is_empty());
    assert!(texts_all("The office in Ashgabat (GMT+05:00) shut.").is_empty());
}

#[test]
fn a_clock_time_dates_its_claim_by_the_day_and_is_no_figure() {
    use crate::config::Config;
    use crate::model::Article;
    let a = Article {
        id: "t".into(),
        published: Some(d("2025-08-07")),
        text: "At least 12 people were killed on Tuesday at 9 a.m. when a bus crashed. \
               Rescuers arrived at 10:30."
            .into(),
        ..Article::default()
    };
    let claims = crate::extract::extract(&a, &Config::builtin());
    let twelve = claims
        .iter()
        .find(|c| c.value.as_ref().and_then(|v| v.low) == Some(12.0))
        .expect("the toll");
    assert_eq!(twelve.date.map(|s| s.start), Some(d("2025-08-05")));
    assert_eq!(twelve.date_text.as_deref(), Some("Tuesday at 9 a.m."));
    for c in &claims {
        let v = c.value.as_ref().and_then(|v| v.low);
        assert!(!matches!(v, Some(x) if x == 9.0 || x == 10.0), "{c:?}");
    }
}

#[test]
fn lists_of_years_and_short_decades() {
    assert_eq!(
        texts("Floods struck in 1994, 1996, 1999 and 2002."),
        vec!["1994", "1996", "1999", "2002"]
    );
    let text = "Films of the 1940s and \u{2019}50s were shown, and the '60s too.";
    let found = find_dates(text, Some(d("2025-08-07")));
    let got: Vec<_> = found
        .iter()
        .map(|m| (&text[m.start..m.end], m.span.map(|s| s.start.to_string())))
        .collect();
    assert_eq!(
        got,
        vec![
            ("1940s", Some("1940-01-01".to_string())),
            ("50s", Some("1950-01-01".to_string())),
            ("60s", Some("1960-01-01".to_string())),
        ]
    );
    // No apostrophe, no decade; a price list is no list of years.
    assert!(texts("He scored 50s twice and paid 1,500, 1,600 dollars.").is_empty());
}

#[test]
fn days_counted_from_the_day_last_named() {
    let p = Some(d("2025-08-07"));
    let text = "Guards seized the ship on Monday and freed the crew the following day.";
    let found = find_dates(text, p);
    let got: Vec<_> = found
        .iter()
        .map(|m| (&text[m.start..m.end], m.span.map(|s| s.start.to_string())))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Monday", Some("2025-08-04".to_string())),
            ("the following day", Some("2025-08-05".to_string())),
        ]
    );
    let text =
        "The dam burst on June 2; three days later the water fell; the day before, it rained.";
    let days: Vec<_> = find_dates(text, p)
        .iter()
        .map(|m| m.span.map(|s| s.start.to_string()))
        .collect();
    assert_eq!(
        days,
        vec![
            Some("2025-06-02".to_string()),
            Some("2025-06-05".to_string()),
            Some("2025-06-04".to_string()),
        ]
    );
    // With no day named before, nothing is claimed; `the day after the
    // vote` names its own anchor, which is no date.
    assert!(texts("The next day was calm.").is_empty());
    assert!(texts("He left the day after the vote.").is_empty());
}

#[test]
fn the_weekend_by_tense() {
    // 2025-08-07 is a Thursday.
    let (t, m) = one("Shelling went on over the weekend.", "2025-08-07");
    assert_eq!(t, "the weekend");
    assert_eq!(span(&m), ("2025-08-02".into(), "2025-08-03".into()));
    let (_, m) = one("Crowds will gather over the weekend.", "2025-08-07");
    assert_eq!(span(&m), ("2025-08-09".into(), "2025-08-10".into()));
    // On a Monday with no tense to go by, the weekend just gone.
    let (_, m) = one("Talks over the weekend: a summary.", "2025-08-04");
    assert_eq!(span(&m), ("2025-08-02".into(), "2025-08-03".into()));
}

#[test]
fn fixtures_on_a_weekday_look_ahead() {
    // 2025-08-07 is a Thursday.
    let p = "2025-08-07";
    assert_days(
        p,
        &[
            ("The team advances to play Saturday.", "2025-08-09"),
            (
                "They face the Hawks at 3:30 p.m. Saturday in Denver.",
                "2025-08-09",
            ),
        ],
    );
    // A past tense still wins, and `plans` before the weekday is a noun.
    assert_days(
        p,
        &[
            ("He went to church Sunday.", "2025-08-03"),
            (
                "The firm announced plans Tuesday to cut jobs.",
                "2025-08-05",
            ),
        ],
    );
}

#[test]
fn a_weekday_of_a_named_week_and_shifts_from_a_day() {
    // 2025-08-07 is a Thursday.
    let p = "2025-08-07";
    let (t, m) = one("The deal was signed on Tuesday of last week.", p);
    assert_eq!(
        (t.as_str(), day(&m)),
        ("Tuesday of last week", "2025-07-29".into())
    );
    let (t, m) = one("Voting ends Monday of the following week.", p);
    assert_eq!(
        (t.as_str(), day(&m)),
        ("Monday of the following week", "2025-08-11".into())
    );
    let (t, m) = one("Prices peaked three days after Christmas 2024.", p);
    assert_eq!(
        (t.as_str(), day(&m)),
        ("three days after Christmas 2024", "2024-12-28".into())
    );
    let (t, m) = one("The vote falls a week before June 1, 2026.", p);
    assert_eq!(
        (t.as_str(), day(&m)),
        ("a week before June 1, 2026", "2026-05-25".into())
    );
    // A shift from something that is no day is no date.
    assert!(texts("He resigned two days after the vote.").is_empty());
}

#[test]
fn the_week_beginning_a_day_is_its_week() {
    let (t, m) = one(
        "Repairs should end in the week beginning 17 November 2025.",
        "2025-08-07",
    );
    assert_eq!(t, "the week beginning 17 November 2025");
    assert_eq!(span(&m), ("2025-11-17".into(), "2025-11-23".into()));
    let (_, m) = one("Talks resume the week of September 10, 2025.", "2025-08-07");
    assert_eq!(span(&m), ("2025-09-08".into(), "2025-09-14".into()));
    // `the next day or two` is vague.
    assert!(
        texts("Power was cut on May 3 and may return over the next day or two.")
            .iter()
            .all(|t| !t.contains("next day"))
    );
}

/// Whether `scan` would go past its cheap screen at token `k`.
pub(super) fn screened_in(p: &P, k: usize) -> bool {
    let t = &p.toks[k];
    may_start(t) || matches!(t.kind, Kind::Num { len: 1 | 2, .. }) || may_start_clock(p, t)
}

#[test]
fn the_opens_flag_is_the_scanners_screen() {
    // Every lexicon word in three cases, and tokens of every other kind.
    let text = "January jan Sept sept. MONDAY tue Tues first thirtieth Q1 q4 quarter middle \
        one ninety hours day spring Fall Christmas new yesterday Tonight night morning last \
        next this past coming previous early mid late end beginning start earlier later the \
        of in on at since as by until till thru before after within effective effect takes \
        took be force into deadline ultimatum no than from during about around some nearly \
        weekend a an will would going to ll upcoming planned expected due said was met ago \
        and following between noon midday midnight every each once Mondays hourly nightly \
        annually walked cat 17 2025 17th 1990s '50s 8am 3pm A320 é — , . - \n\n x";
    let toks = lex::tokenize(text);
    let p = P { toks: &toks, text };
    for (k, t) in toks.iter().enumerate() {
        assert_eq!(t.opens, screened_in(&p, k), "{:?}", &text[t.start..t.end]);
    }
}

proptest! {
    #[test]
    fn the_opens_flag_agrees_on_any_text(s in "[a-zA-Z0-9 .,'\u{2019}é-]{0,60}") {
        let toks = lex::tokenize(&s);
        let p = P { toks: &toks, text: &s };
        for (k, t) in toks.iter().enumerate() {
            prop_assert_eq!(t.opens, screened_in(&p, k));
        }
    }
}

proptest! {
    #[test]
    fn the_keyword_screen_changes_no_answer(parts in proptest::collection::vec(prop_oneof![
        Just("the"), Just("a"), Just("an"), Just("in"), Just("within"), Just("The"), Just("In"),
        Just("day"), Just("days"), Just("week"), Just("year"), Just("hours"), Just("weekend"),
        Just("following"), Just("next"), Just("coming"), Just("past"), Just("last"), Just("end"),
        Just("beginning"), Just("of"), Just("before"), Just("after"), Just("yesterday"),
        Just("tomorrow"), Just("about"), Just("some"), Just("nearly"), Just("first"), Just("fourth"),
        Just("quarter"), Just("two"), Just("twenty"), Just("50"), Just("4th"), Just("2019"),
        Just("17"), Just("-"), Just("."), Just(","), Just("June"), Just("July"), Just("deadline"),
        Just("ago"), Just("later"), Just("cat"), Just("walked"), Just("é"), Just("on"), Just("by"),
    ], 0..10)) {
        for sep in [" ", ""] {
            let s = parts.join(sep);
            let toks = lex::tokenize(&s);
            let p = P { toks: &toks, text: &s };
            for (i, t) in toks.iter().enumerate() {
                if let Some(k) = t.kw() {
                    prop_assert_eq!(
                        format!("{:?}", p.keyword(i, k)),
                        format!("{:?}", p.keyword_rules(i, k)),
                        "{} at {}", s, i
                    );
                }
            }
        }
    }
}

proptest! {
    #[test]
    fn the_scanners_screens_change_no_answer(parts in proptest::collection::vec(prop_oneof![
        Just("the"), Just("a"), Just("in"), Just("within"), Just("on"), Just("by"), Just("since"),
        Just("day"), Just("days"), Just("week"), Just("of"), Just("weekend"), Just("following"),
        Just("next"), Just("last"), Just("end"), Just("after"), Just("before"), Just("Christmas"),
        Just("about"), Just("two"), Just("fifty"), Just("4th"), Just("2019"), Just("17"),
        Just("9"), Just("a.m."), Just("pm"), Just("at"), Just("morning"), Just("every"),
        Just("Monday"), Just("June"), Just("ago"), Just("later"), Just("deadline"), Just("was"),
        Just("will"), Just("cat"), Just("walked"), Just("-"), Just("."), Just(","), Just("\n\n"),
    ], 0..14), y in 1990i32..2030, o in 0u32..365) {
        let pd = NaiveDate::from_yo_opt(y, o + 1);
        for sep in [" ", ""] {
            let s = parts.join(sep);
            prop_assert_eq!(scan(&s, pd, false, true), scan(&s, pd, false, false), "{}", s);
        }
    }
}

// --- issue 12: years as modifiers, year spans, centuries, `ago`, forward
// cues, year ends and deadlines set by a verb --------------------------------

/// Asserts that none of `cases` holds a date.
fn assert_no_dates(cases: &[&str]) {
    for text in cases {
        assert!(texts(text).is_empty(), "{text}: {:?}", texts(text));
    }
}

/// The span of the single date in `text`, as `start..end`.
fn span_of(text: &str, published: &str) -> String {
    let (_, m) = one(text, published);
    let (a, b) = span(&m);
    format!("{a}..{b}")
}

#[test]
fn a_year_used_as_a_modifier_is_a_date() {
    let p = "2026-12-05";
    for (text, year) in [
        ("A 2011 study found more cases.", "2011"),
        ("Her 2016 campaign spent heavily.", "2016"),
        ("He missed the 2008 season.", "2008"),
        ("Goldwater's failed 1964 presidential bid.", "1964"),
        ("The inspiration for Stevens' 1982 comic series.", "1982"),
        ("He was driving a grey 2013 Toyota Camry.", "2013"),
        ("He was charged in the 1967 slayings of two women.", "1967"),
        ("In his 1974 book he wrote about it.", "1974"),
    ] {
        let (t, m) = one(text, p);
        assert_eq!(t, year, "{text}");
        assert_eq!(
            span(&m),
            (format!("{year}-01-01"), format!("{year}-12-31")),
            "{text}"
        );
    }
    assert_eq!(
        texts("He hosted the 2004 and 2005 Tony Awards."),
        ["2004", "2005"]
    );
    // Counts, levels, units and sizes stay numbers.
    assert_no_dates(&[
        "The storm destroyed the 2000 homes nearby.",
        "The index passed the 2000 mark.",
        "A man was shot in the 1900 block of Main Street.",
        "She won a 1500 metre race.",
        "A further 2000 troops arrived.",
        "The screen is 2880 pixels by 1800 and bright.",
        "About 1990 people attended.",
    ]);
}

#[test]
fn a_span_of_years_written_as_one_is_one_range() {
    let p = "2026-12-05";
    for (text, want, words) in [
        (
            "He played there in 1961-62.",
            "1961-01-01..1962-12-31",
            "1961-62",
        ),
        (
            "The 2014-2015 season was his best.",
            "2014-01-01..2015-12-31",
            "2014-2015",
        ),
        (
            "Profits fell in 2014/15.",
            "2014-01-01..2015-12-31",
            "2014/15",
        ),
        (
            "He left before the 2019-20 season.",
            "2019-01-01..2020-12-31",
            "2019-20",
        ),
        (
            "He was director (1999-2003) of the team.",
            "1999-01-01..2003-12-31",
            "1999-2003",
        ),
        (
            "The 1999-00 budget was cut.",
            "1999-01-01..2000-12-31",
            "1999-00",
        ),
        (
            "He coached them from 1979\u{2013}90.",
            "1979-01-01..1990-12-31",
            "1979\u{2013}90",
        ),
    ] {
        let (t, _) = one(text, p);
        assert_eq!(t, words, "{text}");
        assert_eq!(span_of(text, p), want, "{text}");
    }
    // A date, a count range and a number glued on are no spans of years.
    assert_eq!(
        span_of("It opened 2025-06-23.", p),
        "2025-06-23..2025-06-23"
    );
    assert_no_dates(&[
        "Between 1000-2000 people came.",
        "Call 555-1961-62 now.",
        "It ran 1500-2000 km.",
        "Is this a valid date? 2015-32",
    ]);
}

#[test]
fn a_year_after_a_figure_and_by_is_a_target_date() {
    let p = "2026-12-05";
    let (t, m) = one("The plan is to cut emissions 40% by 2040.", p);
    assert_eq!(t, "by 2040");
    assert_eq!(span(&m), ("2040-01-01".into(), "2040-12-31".into()));
    assert_eq!(m.role, DateRole::Deadline);
    // A past-tense pledge still sets a target.
    let (_, m) = one("The EU pledged to cut emissions 40% by 2040.", p);
    assert_eq!(m.role, DateRole::Deadline);
    let (t, m) = one("Sales should rise to $5 billion by 2030.", p);
    assert_eq!((t.as_str(), m.role), ("by 2030", DateRole::Deadline));
    let (t, _) = one("They hope to reach 2,000 by 2025.", p);
    assert_eq!(t, "by 2025");
    // A bound of past narrative stays an event.
    let (_, m) = one("By 1952 she was a star.", p);
    assert_eq!(m.role, DateRole::Event);
}

#[test]
fn centuries_are_spans_of_a_hundred_years() {
    let p = "2026-12-05";
    // TimeML's value `18` for the 19th century: 1800–1899.
    for (text, want) in [
        (
            "It was built in the 19th century.",
            "1800-01-01..1899-12-31",
        ),
        ("A 19th-century church burned.", "1800-01-01..1899-12-31"),
        (
            "Threats of the twenty-first century.",
            "2000-01-01..2099-12-31",
        ),
        (
            "It dates from the eighteenth century.",
            "1700-01-01..1799-12-31",
        ),
        (
            "In the early 20th century the town grew.",
            "1900-01-01..1939-12-31",
        ),
        (
            "By the mid-19th century it was a port.",
            "1840-01-01..1869-12-31",
        ),
        ("In the late 1800s it was a port.", "1870-01-01..1899-12-31"),
        ("The mill dates to the 1800s.", "1800-01-01..1899-12-31"),
        ("In the 1990s it closed.", "1990-01-01..1999-12-31"),
    ] {
        assert_eq!(span_of(text, p), want, "{text}");
    }
    assert!(texts("He placed 19th in the century ride.").is_empty());
}

#[test]
fn ago_resolves_at_its_own_granularity() {
    let p = "2026-12-05";
    assert_eq!(
        span_of("It opened 2 years ago.", p),
        "2024-01-01..2024-12-31"
    );
    assert_eq!(
        span_of("It opened a year ago.", p),
        "2025-01-01..2025-12-31"
    );
    assert_eq!(
        span_of("It opened three months ago.", p),
        "2026-09-01..2026-09-30"
    );
    assert_eq!(
        span_of("It opened two weeks ago.", p),
        "2026-11-16..2026-11-22"
    );
    assert_eq!(
        span_of("It opened 5 days ago.", p),
        "2026-11-30..2026-11-30"
    );
}

#[test]
fn a_day_things_are_put_off_to_lies_ahead() {
    let p = "2026-12-05"; // Saturday
    for (text, want) in [
        ("The talks were postponed to Monday.", "2026-12-07"),
        ("He said the vote was delayed until Thursday.", "2026-12-10"),
        ("The hearing was pushed back to Friday.", "2026-12-11"),
        ("The launch was moved to Saturday.", "2026-12-12"),
        ("The match was rescheduled for Sunday.", "2026-12-06"),
        ("Schools stayed closed until Tuesday.", "2026-12-08"),
        ("The exhibition ran through Sunday.", "2026-12-06"),
        ("The trial was adjourned to June 17.", "2027-06-17"),
    ] {
        assert_eq!(day(&one(text, p).1), want, "{text}");
    }
    // `until` may name the publication day itself; a postponement never.
    assert_eq!(
        day(&one("Shops stayed shut until Saturday.", p).1),
        "2026-12-05"
    );
    assert_eq!(
        day(&one("The game was postponed to Saturday.", p).1),
        "2026-12-12"
    );
}

#[test]
fn the_end_of_the_year_is_this_year_in_any_tense() {
    let p = "2026-12-05";
    for text in [
        "The firm had promised to deliver by the end of the year.",
        "The plant was to close by year-end, officials said.",
        "It said it would finish by the year's end.",
        "Officials expected a deal by year end.",
        "The bank forecast growth by end-2026.",
    ] {
        let (_, m) = one(text, p);
        assert_eq!(
            span(&m),
            ("2026-09-01".into(), "2026-12-31".into()),
            "{text}"
        );
        assert_eq!(m.role, DateRole::Deadline, "{text}");
    }
    assert_eq!(
        span_of("Talks resume later this year.", p),
        "2026-12-05..2026-12-31"
    );
    assert_eq!(
        span_of("Talks resumed later in the year.", p),
        "2026-12-05..2026-12-31"
    );
    assert!(texts("Staff got year-end bonuses.").is_empty());
}

#[test]
fn a_verb_that_grants_time_sets_a_deadline() {
    let p = "2026-12-05";
    for (text, words, want, n, unit) in [
        (
            "Russia has 50 days to reach a deal.",
            "50 days",
            "2027-01-24",
            50.0,
            "day",
        ),
        (
            "Trump gave Iran two weeks to respond.",
            "two weeks",
            "2026-12-19",
            2.0,
            "week",
        ),
        (
            "They were given 30 days to leave.",
            "30 days",
            "2027-01-04",
            30.0,
            "day",
        ),
        (
            "Firms get another six months to comply.",
            "six months",
            "2027-06-05",
            6.0,
            "month",
        ),
        (
            "Kyiv was granted 10 more days to answer.",
            "10 more days",
            "2026-12-15",
            10.0,
            "day",
        ),
        (
            "They imposed a 50-day deadline.",
            "a 50-day deadline",
            "2027-01-24",
            50.0,
            "day",
        ),
    ] {
        let (t, m) = one(text, p);
        assert_eq!(t, words, "{text}");
        assert_eq!(day(&m), want, "{text}");
        assert_eq!(m.role, DateRole::Deadline, "{text}");
        assert_eq!(m.duration, Some((n, unit.to_string())), "{text}");
    }
    // `has until Friday to`: a deadline in either tense.
    for text in [
        "Iran has until Friday to respond.",
        "Iran had until Friday to respond.",
    ] {
        let (_, m) = one(text, p);
        assert_eq!(day(&m), "2026-12-11", "{text}");
        assert_eq!(m.role, DateRole::Deadline, "{text}");
    }
    // Lengths of time that grant nothing.
    assert_no_dates(&[
        "He spent 50 days in jail.",
        "It took two weeks to build.",
        "He has 20 years of experience.",
    ]);
}

#[test]
fn decades_in_words() {
    let p = "2026-12-05";
    for (text, want) in [
        ("She was a star in the Fifties.", "1950-01-01..1959-12-31"),
        (
            "It peaked in the late nineteen eighties.",
            "1987-01-01..1989-12-31",
        ),
        (
            "Prices fell in the nineteen-thirties.",
            "1930-01-01..1939-12-31",
        ),
        (
            "By the mid-Sixties it had closed.",
            "1964-01-01..1966-12-31",
        ),
    ] {
        assert_eq!(span_of(text, p), want, "{text}");
    }
    // Ages and temperatures.
    assert_no_dates(&[
        "She is in her fifties.",
        "Highs will be in the fifties.",
        "Sixties fans came.",
    ]);
}

#[test]
fn a_year_before_the_name_of_an_event_is_a_date() {
    let p = "2026-08-02";
    for (text, year) in [
        ("Comedian picked to host 2027 Oscars", "2027"),
        ("2026 Valley Cup results and bracket", "2026"),
        (
            "She skipped the trials for 2028 Olympics selection.",
            "2028",
        ),
    ] {
        let (t, m) = one(text, p);
        assert_eq!(t, year, "{text}");
        assert_eq!(span(&m).0[..4], *year, "{text}");
    }
    // Counts of people named with a capital stay counts.
    assert_no_dates(&[
        "About 2000 Marines landed at dawn.",
        "Some 1500 British soldiers left.",
        "He said 2000 US troops would stay.",
    ]);
}

#[test]
fn a_named_weekday_is_no_date() {
    assert!(texts("The fix ships ahead of the usual Patch Tuesday release.").is_empty());
    assert!(texts("Voters in ten states go to the polls on Super Tuesday.").is_empty());
    // A weekday after an ordinary capitalised word is still a day.
    assert_eq!(
        texts("Police said Tuesday that Smith Tuesday denied it."),
        ["Tuesday", "Tuesday"]
    );
}

#[test]
fn a_passive_with_an_adverb_marks_no_past() {
    // `is to be formally sentenced May 3`: the sentencing lies ahead, and
    // the participle after `be` is no past tense.
    let (t, m) = one(
        "The man is to be formally sentenced May 3 by the judge.",
        "2026-04-04",
    );
    assert_eq!(t, "May 3");
    assert_eq!(day(&m), "2026-05-03");
}

#[test]
fn decades_ago_are_a_decade() {
    let (t, m) = one(
        "They founded the group nearly two decades ago.",
        "2009-07-20",
    );
    assert!(t.ends_with("two decades ago"), "{t}");
    assert_eq!(span(&m), ("1980-01-01".into(), "1989-12-31".into()));
    let (_, m) = one("Three decades ago the plant closed.", "2013-05-01");
    assert_eq!(span(&m), ("1980-01-01".into(), "1989-12-31".into()));
}

#[test]
fn a_four_digit_clock_time_in_a_time_zone_is_no_year() {
    assert_eq!(
        texts("The alarm went off at about 1930 GMT on Sunday."),
        ["Sunday"]
    );
    assert_eq!(texts("Crews left at 0615 UTC."), Vec::<String>::new());
    // A year still reads as one.
    assert_eq!(texts("The line opened in 1930."), ["1930"]);
}

#[test]
fn a_date_line_run_into_its_clock_time_keeps_its_year() {
    let (t, m) = one("Filed March 4, 2011.7:15 am", "2011-03-05");
    assert_eq!(
        (t.as_str(), day(&m).as_str()),
        ("March 4, 2011", "2011-03-04")
    );
}
