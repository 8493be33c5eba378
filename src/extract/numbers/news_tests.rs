//! Notations of business, technology and sport reporting (issue 12's
//! held-out classes), each in the project's own words.

use super::*;

/// Every count's text, low and unit.
fn read(text: &str) -> Vec<(&str, Option<f64>, Option<String>)> {
    find_numbers(text)
        .into_iter()
        .filter(|m| m.form.is_amount())
        .map(|m| (&text[m.start..m.end], m.low, m.unit))
        .collect()
}

#[track_caller]
fn reads(text: &str, want: &[(&str, f64, Option<&str>)]) {
    let want: Vec<_> = want
        .iter()
        .map(|&(s, v, u)| (s, Some(v), u.map(str::to_string)))
        .collect();
    assert_eq!(read(text), want, "{text:?}");
}

#[test]
fn a_glued_m_after_a_race_figure_is_metres() {
    reads(
        "She took the 1,500m crown and then the 400m hurdles.",
        &[("1,500m", 1500.0, Some("m")), ("400m", 400.0, Some("m"))],
    );
    reads(
        "He swam the 200m butterfly in record time.",
        &[("200m", 200.0, Some("m"))],
    );
    // Millions stay millions: money, or a noun that is no race.
    reads(
        "The club paid £45m and has 800m fans.",
        &[
            ("£45m", 45e6, Some("GBP")),
            ("800m fans", 800e6, Some("fan")),
        ],
    );
}

#[test]
fn a_glued_m_before_an_extent_or_a_place_is_metres() {
    reads(
        "The beacon stands 300m above the bay.",
        &[("300m", 300.0, Some("m"))],
    );
    reads(
        "The hiker slid about 60m from a ledge.",
        &[("about 60m", 60.0, Some("m"))],
    );
    // Money measured from a time, or from another figure, stays millions.
    reads(
        "Sales were up 60m from a year earlier.",
        &[("60m", 60e6, None)],
    );
}

#[test]
fn a_figure_with_a_modifier_shares_the_noun_of_the_next() {
    reads(
        "The park holds 1,200 oak and 300 pine trees.",
        &[
            ("1,200", 1200.0, Some("tree")),
            ("300 pine trees", 300.0, Some("tree")),
        ],
    );
    reads(
        "She faces three state or two federal charges.",
        &[
            ("three", 3.0, Some("charge")),
            ("two federal charges", 2.0, Some("charge")),
        ],
    );
    // A verb after the first figure passes nothing on.
    reads(
        "Five resigned and two senior aides left.",
        &[("Five", 5.0, None), ("two senior aides", 2.0, Some("aide"))],
    );
}

#[test]
fn one_counts_the_head_of_a_compound() {
    reads(
        "The town has one fire station.",
        &[("one fire station", 1.0, Some("station"))],
    );
    reads(
        "She faces one attempted murder charge.",
        &[("one attempted murder charge", 1.0, Some("charge"))],
    );
    reads(
        "He has held one title belt since May.",
        &[("one title belt", 1.0, Some("belt"))],
    );
    // A verb in the past or an adverb after the noun is no head.
    reads(
        "They are one game back in the race.",
        &[("one game", 1.0, Some("game"))],
    );
    reads(
        "Only one ship sank there.",
        &[("one ship", 1.0, Some("ship"))],
    );
}

#[test]
fn runs_batted_in_are_counted_in_the_singular() {
    reads(
        "He ended the year with 29 homers and 104 RBI.",
        &[
            ("29 homers", 29.0, Some("homer")),
            ("104 RBI", 104.0, Some("rbi")),
        ],
    );
}

#[test]
fn a_figure_after_a_model_line_in_capitals_is_a_name() {
    assert!(read("The notebook ships with GT 640M graphics.").is_empty());
    assert!(read("It pairs an RTX 3060M chip with 16GB.").len() == 1);
    // A currency code before is money.
    reads("They raised USD 12m.", &[("USD 12m", 12e6, Some("USD"))]);
}

#[test]
fn a_spaced_m_is_a_metre_before_a_dimension_or_a_speed() {
    reads(
        "The dish is 12 m across and the wind hit 30 m/s.",
        &[("12 m", 12.0, Some("m")), ("30 m/s", 30.0, Some("m/s"))],
    );
    reads(
        "Light moves at 3 x 10^8 m/s.",
        &[("3 x 10^8 m/s", 3e8, Some("m/s"))],
    );
}

#[test]
fn multipliers_take_the_unit_time() {
    reads(
        "Orders grew sixfold, then 3x.",
        &[("sixfold", 6.0, Some("time")), ("3x", 3.0, Some("time"))],
    );
}

#[test]
fn a_span_named_by_a_fraction_writes_no_figure() {
    assert!(read("It posted a record half-year loss.").is_empty());
    assert!(read("The firm is more than a half-century old.").is_empty());
    assert!(read("They met for a quarter-hour chat.").is_empty());
}

#[test]
fn past_bounds_a_figure_but_not_after_a_determiner() {
    let m = &find_numbers("Sales went past $2bn.")[0];
    assert_eq!((m.low, m.high), (Some(2e9), None));
    let m = &find_numbers("Sales grew in the past 18 months.")[0];
    assert_eq!((m.low, m.high), (Some(18.0), Some(18.0)));
}

#[test]
fn both_sides_of_a_hyphenated_dimension_take_its_unit() {
    reads(
        "They built 8-by-10-foot cabins.",
        &[("8", 8.0, Some("foot")), ("10-foot", 10.0, Some("foot"))],
    );
}

#[test]
fn a_gearbox_counts_its_speeds() {
    reads(
        "It has a nine-speed gearbox.",
        &[("nine-speed", 9.0, Some("speed"))],
    );
}

#[test]
fn glued_inches_and_data_rates() {
    reads(
        "A 32in screen, a 5ft 9in driver, 500 Mbps and 60fps.",
        &[
            ("32in", 32.0, Some("inch")),
            ("5ft", 5.0, Some("foot")),
            ("9in", 9.0, Some("inch")),
            ("500 Mbps", 500.0, Some("mbps")),
            ("60fps", 60.0, Some("fps")),
        ],
    );
    // A spaced `in` is the preposition.
    reads("He scored 7 in the final.", &[("7", 7.0, None)]);
}

#[test]
fn a_pair_counts_the_plural_after_one_modifier() {
    reads(
        "The boxer threw a pair of right jabs.",
        &[("a pair of right jabs", 2.0, Some("jab"))],
    );
}

#[test]
fn over_after_a_figure_with_its_unit_spreads_it_and_bounds_nothing() {
    reads(
        "The van did 31mpg over 450 miles.",
        &[
            ("31mpg", 31.0, Some("mpg")),
            ("450 miles", 450.0, Some("mile")),
        ],
    );
    let m = &find_numbers("Over 450 miles of road were shut.")[0];
    assert_eq!((m.low, m.high), (Some(450.0), None));
}

#[test]
fn a_year_in_a_name_and_a_model_before_a_verb_are_no_counts() {
    assert!(read("Euro 2028 opens in June.").is_empty());
    assert!(read("Last year Expo 2030 drew crowds.").is_empty());
    reads(
        "The new Series 7 costs $499.",
        &[("$499", 499.0, Some("USD"))],
    );
}

#[test]
fn a_label_before_a_singular_noun_is_no_count() {
    assert!(read("Lenders need more Tier 1 capital.").is_empty());
    assert!(read("The vaccine entered its Phase 2 trial.").is_empty());
    reads(
        "The league fined 4 clubs.",
        &[("4 clubs", 4.0, Some("club"))],
    );
}

#[test]
fn a_percentage_then_a_bare_figure_is_no_range() {
    reads(
        "The index dropped 2.1% to 18,450 by noon.",
        &[("2.1%", 2.1, Some("%")), ("18,450", 18450.0, None)],
    );
    // Written on the second figure, the sign covers both.
    assert_eq!(
        find_numbers("Yields ranged from 3 to 4%.")[0].high,
        Some(4.0)
    );
}

#[test]
fn the_sets_of_a_tennis_score_are_scores() {
    assert!(read("She won 6-4, 3-6, 7-5 in the final.").is_empty());
    assert!(read("He lost 4-6, 6-7 to the top seed.").is_empty());
    // A lone rising pair is still a range.
    assert_eq!(
        read("It takes 2-4 weeks."),
        [("2-4 weeks", Some(2.0), Some("week".to_string()))]
    );
}

#[test]
fn more_than_after_and_bounds_the_next_figure() {
    let m = find_numbers("The group has sales of $8bn and more than 9,000 staff.");
    assert_eq!(m.len(), 2);
    assert_eq!((m[0].low, m[0].high), (Some(8e9), Some(8e9)));
    assert_eq!((m[1].low, m[1].high), (Some(9000.0), None));
    // At the end of the clause it still bounds the figure.
    assert_eq!(find_numbers("Fares rose by 5% or more.")[0].high, None);
}

#[test]
fn a_starting_price_is_a_lower_bound() {
    let m = find_numbers("Tickets start at $75 for the opening night.");
    assert_eq!((m[0].low, m[0].high), (Some(75.0), None));
    let m = find_numbers("The laptop, starting at £999, ships soon.");
    assert_eq!((m[0].low, m[0].high), (Some(999.0), None));
}

#[test]
fn brightness_and_hyphenated_basis_points() {
    reads(
        "The panel reaches 1,800 nits in sunlight.",
        &[("1,800 nits", 1800.0, Some("nit"))],
    );
    reads(
        "Markets expect a 50-basis-point cut.",
        &[("50-basis-point", 50.0, Some("basis point"))],
    );
}

#[test]
fn the_inches_of_a_height_are_a_second_measure() {
    reads(
        "The new lock forward, 6-foot-7, joined from the academy.",
        &[("6-foot", 6.0, Some("foot")), ("7", 7.0, Some("inch"))],
    );
    reads(
        "At 5-feet-10 she was the shortest in the squad.",
        &[("5-feet", 5.0, Some("foot")), ("10", 10.0, Some("inch"))],
    );
    // Not after feet, or more than eleven: a name or a label, as before.
    assert!(read("The F-16 jets landed.").is_empty());
    assert_eq!(read("a 12-foot-14 plank").len(), 1);
}

#[test]
fn a_magnitude_written_after_the_figure() {
    reads(
        "The agency first put the tremor at 3.9 in magnitude.",
        &[("3.9", 3.9, Some("magnitude"))],
    );
}

#[test]
fn a_clock_time_run_into_a_date_line_is_no_decimal() {
    // `March 4, 2011.7:15 am`: the year and the hour are two things.
    let text = "Filed March 4, 2011.7:15 am";
    assert!(read(text).is_empty(), "{:?}", read(text));
    // A real decimal keeps its part.
    reads(
        "It grew 2011.75 tonnes.",
        &[("2011.75 tonnes", 2011.75, Some("tonne"))],
    );
}

#[test]
fn an_amount_to_spend_over_a_period_does_not_bound_the_period() {
    reads(
        "The city set aside $12m to upgrade over three years.",
        &[
            ("$12m", 12e6, Some("USD")),
            ("three years", 3.0, Some("year")),
        ],
    );
    // With no amount before the verb, `over` still bounds.
    let m = find_numbers("She was held for over three years.");
    assert_eq!((m[0].low, m[0].high), (Some(3.0), None));
}

/// An amount's text, low, high and unit.
type Bounded<'a> = (&'a str, Option<f64>, Option<f64>, Option<String>);

/// Every amount's text, low, high and unit.
fn bounds(text: &str) -> Vec<Bounded<'_>> {
    find_numbers(text)
        .into_iter()
        .filter(|m| m.form.is_amount())
        .map(|m| (&text[m.start..m.end], m.low, m.high, m.unit))
        .collect()
}

#[test]
fn a_figure_plus_is_a_lower_bound_with_its_noun() {
    assert_eq!(
        bounds("The firm has 40-plus stores and she coached two-plus seasons."),
        vec![
            ("40-plus stores", Some(40.0), None, Some("store".into())),
            ("two-plus seasons", Some(2.0), None, Some("season".into())),
        ]
    );
    // Glued to the unit it bounds: a `25-plus-year` career.
    assert_eq!(
        bounds("It ends a 25-plus-year career."),
        vec![("25-plus-year", Some(25.0), None, Some("year".into()))]
    );
    // `plus` as a word adds, it does not bound.
    assert_eq!(bounds("It costs $5 plus tax.")[0].2, Some(5.0));
}

#[test]
fn prices_that_begin_at_a_figure_are_a_floor() {
    assert_eq!(
        bounds("Plans begin at $19.99 and the top tier is $49."),
        vec![
            ("begin at $19.99", Some(19.99), None, Some("USD".into())),
            ("$49", Some(49.0), Some(49.0), Some("USD".into())),
        ]
    );
    assert_eq!(bounds("Fares beginning at £30 sold out.")[0].2, None);
}

#[test]
fn new_taiwan_dollars_and_the_kuna_before_the_figure() {
    reads(
        "The fund closed at NT$12.4 and fell NT $0.3, or kn 45 a unit.",
        &[
            ("NT$12.4", 12.4, Some("TWD")),
            ("NT $0.3", 0.3, Some("TWD")),
            ("kn 45 a unit", 45.0, Some("HRK/unit")),
        ],
    );
    reads("A TWD 500 fee applies.", &[("TWD 500", 500.0, Some("TWD"))]);
    // A word that ends in `nt` is no prefix.
    reads("It went $5 over.", &[("$5", 5.0, Some("USD"))]);
}

#[test]
fn a_place_in_a_ranking_is_no_count() {
    assert!(read("The bank sits in position 4 on the list.").is_empty());
    reads(
        "It held position 2 for 11 weeks.",
        &[("11 weeks", 11.0, Some("week"))],
    );
}

#[test]
fn two_bare_figures_after_a_copula_are_a_record() {
    reads(
        "The coach is 31-40 in two seasons.",
        &[("two seasons", 2.0, Some("season"))],
    );
    assert!(read("They were 8-4 on the road and are now 10-0 at home.").is_empty());
    // With a unit it is still a range.
    assert_eq!(
        bounds("Highs were 20-25 degrees."),
        vec![(
            "20-25 degrees",
            Some(20.0),
            Some(25.0),
            Some("degree".into())
        )]
    );
}

#[test]
fn how_often_a_thing_recurs_may_stand_before_its_noun() {
    reads(
        "Buyers make 36 equal monthly payments and face 12 quarterly reviews.",
        &[
            ("36 equal monthly payments", 36.0, Some("payment")),
            ("12 quarterly reviews", 12.0, Some("review")),
        ],
    );
    // An adverb still stops the noun.
    reads("It sold 40 mostly red cars.", &[("40", 40.0, None)]);
}

#[test]
fn an_inch_mark_after_a_closed_quotation_is_an_inch() {
    reads(
        "It is `` the slimmest yet, '' at 0.6 '' thick.",
        &[("0.6 ''", 0.6, Some("inch"))],
    );
    // Inside a quotation still open, the marks close it.
    reads("`` We lost by 17 '' he said.", &[("17", 17.0, None)]);
    reads(
        "He said \"it is 2\" and the 15\" model won.",
        &[("2", 2.0, None), ("15\"", 15.0, Some("inch"))],
    );
}

#[test]
fn the_far_end_of_a_span_of_versions_is_a_name() {
    assert!(read("The flaw hits IE6 to 10 and the A318 through 321.").is_empty());
    // A figure glued to a currency code or after a plain word still counts.
    reads(
        "Shares rose from USD5 to 7 and cost 3 to 4 euros.",
        &[
            ("USD5", 5.0, Some("USD")),
            ("7", 7.0, None),
            ("3 to 4 euros", 3.0, Some("EUR")),
        ],
    );
}

/// Every amount's low and unit, without its span.
fn units(text: &str) -> Vec<(Option<f64>, Option<String>)> {
    read(text).into_iter().map(|(_, v, u)| (v, u)).collect()
}

#[test]
fn two_bare_figures_after_a_team_doing_something_at_them_are_a_record() {
    assert!(read("The Hawks, stumbling at 4-11, host the Owls.").is_empty());
    assert!(read("Even while struggling at 6-10 they drew crowds.").is_empty());
    // A unit after still makes a range.
    assert_eq!(
        units("Growth is running at 3-4 percent.")
            .into_iter()
            .map(|(_, u)| u)
            .collect::<Vec<_>>(),
        vec![Some("%".to_string())]
    );
}

#[test]
fn a_ratio_in_colon_notation_and_a_file_name_measure_nothing() {
    assert!(read("The panel boasts a 5000:1 contrast ratio.").is_empty());
    assert!(read("Bookmakers offered odds of 7:2 on the champion.").is_empty());
    assert!(read("The list is at www. example. org / team _ 12. html today.").is_empty());
    assert!(read("Open scan_4.pdf for the chart.").is_empty());
}

#[test]
fn zero_before_a_singular_noun_names_a_kind() {
    assert!(read("Hackers used a zero day hole in the reader.").is_empty());
    assert!(read("The club has a zero tolerance policy.").is_empty());
    assert_eq!(
        units("The plant reported zero deaths and zero percent growth."),
        vec![
            (Some(0.0), Some("death".to_string())),
            (Some(0.0), Some("%".to_string()))
        ]
    );
}

#[test]
fn a_number_word_in_a_compound_with_one_is_no_count() {
    assert!(read("The shop sells all-in-one printers.").is_empty());
    assert!(read("Staff give one-on-one lessons and a two-for-one offer.").is_empty());
    // Digits joined so are made and attempted.
    assert_eq!(read("She went 3-for-4 at the plate.").len(), 2);
}

#[test]
fn a_version_before_what_it_tags_is_a_name() {
    assert!(read("The fix reaches Firefox 3 releases and Windows 8 users.").is_empty());
    // A count after a name set off by a comma is still a count.
    assert_eq!(read("At Acme, 40 workers left.").len(), 1);
}

#[test]
fn two_figures_joined_by_and_share_a_unit_of_measure() {
    assert_eq!(
        units("Screens of 11 and 13 inches ship first."),
        vec![
            (Some(11.0), Some("inch".to_string())),
            (Some(13.0), Some("inch".to_string()))
        ]
    );
    // Spans of time joined by `and` are left as they were: the first
    // stays bare (`with 4 and 11 years of service`).
    assert_eq!(
        units("Both guards, with 4 and 11 years on the job, were cleared."),
        vec![(Some(4.0), None), (Some(11.0), Some("year".to_string()))]
    );
}

#[test]
fn one_before_an_adjective_counts_the_noun_after_it() {
    assert_eq!(
        units("Only one political party may field candidates."),
        vec![(Some(1.0), Some("party".to_string()))]
    );
    assert_eq!(
        units("The side won just one regional title."),
        vec![(Some(1.0), Some("title".to_string()))]
    );
}

#[test]
fn knockouts_in_the_singular_and_inches_beside_millimetres() {
    assert_eq!(
        units("The champion is 40-2 (33 KO) now."),
        vec![(Some(33.0), Some("ko".to_string()))]
    );
    assert_eq!(
        units("The case is 0.6 in or 15 mm thick."),
        vec![
            (Some(0.6), Some("inch".to_string())),
            (Some(15.0), Some("mm".to_string()))
        ]
    );
    assert_eq!(
        units("The lid is 2 in (51 mm) wide."),
        vec![
            (Some(2.0), Some("inch".to_string())),
            (Some(51.0), Some("mm".to_string()))
        ]
    );
}

#[test]
fn quarters_and_halves_written_apart_with_no_of_are_counted() {
    assert_eq!(
        units("They trailed for three quarters before the late rally."),
        vec![(Some(3.0), Some("quarter".to_string()))]
    );
    assert_eq!(
        units("The firm grew in two quarters, then slowed."),
        vec![(Some(2.0), Some("quarter".to_string()))]
    );
    assert_eq!(
        units("Margins fell over the last two quarters."),
        vec![(Some(2.0), Some("quarter".to_string()))]
    );
    // With nothing that picks parts out, a share.
    assert!(!units("About three quarters agreed.")
        .iter()
        .any(|(v, _)| *v == Some(3.0)));
    assert!(!units("Nearly three quarters of voters agreed.")
        .iter()
        .any(|(v, _)| *v == Some(3.0)));
}

#[test]
fn a_number_word_after_a_part_word_names_the_part() {
    // A bout's rounds, a series' games and a race's stages named by a word.
    assert!(read("The champion pressed hard in round two.").is_empty());
    assert!(read("They forced Game Seven of the final.").is_empty());
    assert!(read("She led after stage three, and round four went to him.").is_empty());
    // A determiner makes the part word a phrase of its own; a noun after
    // the number is what it counts.
    reads(
        "Over the week two hikers went missing.",
        &[("two hikers", 2.0, Some("hiker"))],
    );
    reads(
        "The fight ended in round nine minutes after the bell.",
        &[("nine minutes", 9.0, Some("minute"))],
    );
}

#[test]
fn a_doubled_m_after_money_is_millions() {
    reads(
        "The club offered $18MM a year to its catcher.",
        &[("$18MM a year", 18e6, Some("USD/year"))],
    );
    reads("The fee was $4MM.", &[("$4MM", 4e6, Some("USD"))]);
    // Without money it stays millimetres.
    reads("It fired 9MM rounds.", &[("9MM", 9.0, Some("mm"))]);
}

#[test]
fn storage_written_out_is_its_symbol() {
    reads(
        "The tablet ships with a 256 gigabyte drive and 8 gigabytes of memory.",
        &[
            ("256 gigabyte", 256.0, Some("gb")),
            ("8 gigabytes", 8.0, Some("gb")),
        ],
    );
    reads(
        "The archive holds 3 terabytes in 640-kilobyte chunks.",
        &[
            ("3 terabytes", 3.0, Some("tb")),
            ("640-kilobyte", 640.0, Some("kb")),
        ],
    );
}

#[test]
fn a_height_in_words_gives_its_inches() {
    reads(
        "The six-foot-four forward signed on Monday.",
        &[("six-foot", 6.0, Some("foot")), ("four", 4.0, Some("inch"))],
    );
}

#[test]
fn a_letter_in_brackets_after_digits_names_a_plan() {
    assert!(read("Staff may move their 401(k) savings.").is_empty());
    assert!(read("It is a 501(c)(3) group.").is_empty());
    // A figure before a bracketed aside stays.
    reads("They hired 40 (mostly new) staff.", &[("40", 40.0, None)]);
}

#[test]
fn glued_figures_falling_to_the_second_are_a_ratio() {
    assert!(read("The board approved a 2-for-1 split.").is_empty());
    assert!(read("The motion passed on a 4-to-1 vote.").is_empty());
    // Made and attempted, and a rising range, stay figures.
    reads(
        "She went 6-for-9 from the floor.",
        &[("6", 6.0, None), ("9", 9.0, None)],
    );
}

#[test]
fn a_number_word_in_capitals_after_of_and_a_name_is_a_name() {
    assert!(read("Ministers of the Group of Seven met on Friday.").is_empty());
    // Not a count written plainly after `of`.
    reads(
        "He was one of the Board of seven directors.",
        &[("seven directors", 7.0, Some("director"))],
    );
}

#[test]
fn a_figure_after_number_names_it() {
    assert!(read("He wore number 14 for the club.").is_empty());
}

#[test]
fn up_to_and_the_article_bound_the_figure() {
    let m = &find_numbers("Its cores run at up to a 3.1GHz clock.")[0];
    assert_eq!(
        (m.low, m.high, m.unit.as_deref()),
        (None, Some(3.1), Some("ghz"))
    );
    // Reaching a figure is no ceiling.
    let m = &find_numbers("That brought the total up to a 40% share.")[0];
    assert_eq!(m.low, Some(40.0));
}

#[test]
fn a_label_word_before_a_made_attempted_line_is_no_label() {
    // `game 9` would be a game's name; glued to `-for-` it is made.
    reads(
        "She shot the game 9-for-12 from the line.",
        &[("9", 9.0, None), ("12", 12.0, None)],
    );
    assert!(read("They lost game 4 at home.").is_empty());
}

#[test]
fn a_possessive_name_inside_a_part_of_a_group() {
    reads(
        "He made five of the Hawks' 9 steals.",
        &[
            ("five", 5.0, Some("steal")),
            ("9 steals", 9.0, Some("steal")),
        ],
    );
}

#[test]
fn both_sides_of_a_dimension_with_grouped_digits_or_a_glued_unit() {
    reads(
        "The panel shows 3,840 by 2,160 pixels.",
        &[
            ("3,840", 3840.0, Some("pixel")),
            ("2,160 pixels", 2160.0, Some("pixel")),
        ],
    );
    reads(
        "a 640 by 480-pixel webcam",
        &[
            ("640", 640.0, Some("pixel")),
            ("480-pixel", 480.0, Some("pixel")),
        ],
    );
}

#[test]
fn screen_density_in_ppi_is_pixels_per_inch() {
    reads(
        "The new tablet packs 264 ppi.",
        &[("264 ppi", 264.0, Some("pixel/inch"))],
    );
}

#[test]
fn a_point_version_after_a_name_tags_the_noun() {
    assert!(read("The dock adds two Thunderbolt 3.0 ports.")
        .iter()
        .all(|r| r.0 != "3.0 ports"));
    assert!(read("Most Windows 8.1 machines got the fix.").is_empty());
    // A decimal that measures keeps its unit, and an average its points.
    reads(
        "The Pixel 4.5 inches wide",
        &[("4.5 inches", 4.5, Some("inch"))],
    );
    reads(
        "Jones averaged 11.2 points, Brown 9.6 points.",
        &[
            ("11.2 points", 11.2, Some("point")),
            ("9.6 points", 9.6, Some("point")),
        ],
    );
}

#[test]
fn a_wireless_standard_without_its_point_is_a_name() {
    assert!(read("It supports Wi-Fi 80211n/ac radios.").is_empty());
}

#[test]
fn a_group_named_by_its_size_after_big_is_no_count() {
    assert!(read("The club kept its big three together.").is_empty());
    reads(
        "The big three carmakers asked for aid.",
        &[("three carmakers", 3.0, Some("carmaker"))],
    );
}

#[test]
fn a_noun_glued_to_one_is_counted_as_after_two() {
    reads(
        "The party kept a one-seat majority.",
        &[("one-seat", 1.0, Some("seat"))],
    );
}

#[test]
fn an_adjective_glued_before_a_unit() {
    reads(
        "Boats keep out of the 12-nautical-mile zone.",
        &[("12-nautical-mile", 12.0, Some("mile"))],
    );
}

#[test]
fn between_closed_by_to_is_one_range() {
    let t = "The deal is said to be worth between $40 million to $55 million.";
    let got: Vec<_> = find_numbers(t)
        .into_iter()
        .filter(|m| m.form.is_amount())
        .map(|m| (m.low, m.high, m.unit))
        .collect();
    assert_eq!(got, vec![(Some(40e6), Some(55e6), Some("USD".to_string()))]);
}

#[test]
fn a_letter_e_before_a_scaled_figure_is_the_euro() {
    reads(
        "Thieves took jewels worth e65 million from the shop.",
        &[("e65 million", 65e6, Some("EUR"))],
    );
    // Without a scale the letter names something (`e3`, `e10`).
    assert!(read("The e3 show opened.").is_empty());
}

#[test]
fn a_pronoun_one_takes_no_verb_or_adverb_as_its_noun() {
    // `one` with a verb of the pronoun, an adverb or a participle counts
    // no noun (a bare `one` is no quantity claim).
    for t in [
        "Still, one hopes the talks resume.",
        "The old battery was replaced by a larger one inside the case.",
        "A second fire, this one involving a barn, broke out.",
    ] {
        assert!(
            read(t).iter().all(|(_, _, u)| u.is_none()),
            "{t:?}: {:?}",
            read(t)
        );
    }
    // `one` still counts its singular noun.
    reads(
        "Only one bidder came forward.",
        &[("one bidder", 1.0, Some("bidder"))],
    );
}

#[test]
fn a_singular_noun_of_persons_before_a_plural_is_a_modifier() {
    reads(
        "Four adult volunteers and two teen girls joined the search.",
        &[
            ("Four adult volunteers", 4.0, Some("volunteer")),
            ("two teen girls", 2.0, Some("girl")),
        ],
    );
    // Alone, the noun of persons is still what is counted.
    reads(
        "Three adults were taken to hospital.",
        &[("Three adults", 3.0, Some("adult"))],
    );
}

#[test]
fn a_colour_of_skin_before_a_noun_is_an_adjective() {
    reads(
        "The panel had seven white men and one black woman.",
        &[
            ("seven white men", 7.0, Some("man")),
            ("one black woman", 1.0, Some("woman")),
        ],
    );
    // With the noun left out there is none to count.
    assert!(
        read("Of the two judges, one white and one black, neither spoke.")
            .iter()
            .all(|(s, _, u)| *s == "two judges" || u.is_none())
    );
}

#[test]
fn a_word_hyphened_to_a_plural_makes_one_noun() {
    reads(
        "The club reached four semi-finals in a row.",
        &[("four semi-finals", 4.0, Some("semi-final"))],
    );
    reads(
        "The council approved two high-rises downtown.",
        &[("two high-rises", 2.0, Some("high-rise"))],
    );
}

#[test]
fn an_abbreviated_label_names_its_number() {
    for t in [
        "The interview aired on KSTP-TV, Ch. 5, that night.",
        "The findings appear in Vol. 12 of the review.",
        "Reach the desk at Ext. 221 on weekdays.",
    ] {
        assert!(read(t).is_empty(), "{t:?}: {:?}", read(t));
    }
}

#[test]
fn betting_odds_are_no_counts() {
    for t in [
        "Bookmakers now offer odds of 3 / 1 on the newcomer.",
        "She went off at odds of 7/2 and won easily.",
        "He was a 12-1 shot before the race.",
        "The champion is the 4-1 favourite to keep the belt.",
    ] {
        assert!(read(t).is_empty(), "{t:?}: {:?}", read(t));
    }
    // A range of a count stays a range.
    reads(
        "Some 3-5 people were hurt in the crash.",
        &[("Some 3-5 people", 3.0, Some("people"))],
    );
}

#[test]
fn a_glued_m_under_ten_before_people_or_accounts_is_millions() {
    reads(
        "The bug reached over 3m Android users last month.",
        &[("over 3m Android users", 3e6, Some("user"))],
    );
    reads(
        "The service now has 4m subscribers.",
        &[("4m subscribers", 4e6, Some("subscriber"))],
    );
    // A metre stays a metre before what it measures.
    reads("The fence is 2m high.", &[("2m", 2.0, Some("m"))]);
}

#[test]
fn a_number_word_in_capitals_inside_a_sentence_is_a_name() {
    for t in [
        "The coach kept his famed \"Five Pillars\" drill all season.",
        "Fans packed the hall for the Seven Oaks final.",
    ] {
        assert!(read(t).is_empty(), "{t:?}: {:?}", read(t));
    }
    // A sentence's first word and a headline still count.
    reads(
        "Three climbers were rescued on Sunday.",
        &[("Three climbers", 3.0, Some("climber"))],
    );
    assert!(!read("Storm Leaves Two Towns Without Power").is_empty());
}

#[test]
fn digits_hyphened_to_capitals_spell_a_number_to_call() {
    assert!(read("Tips go to 866-HELP-NOW around the clock.").is_empty());
    // A unit in capitals keeps its measure, and a short abbreviation
    // glued so is the counted noun.
    reads(
        "The firm is building a 400-MW wind farm.",
        &[("400-MW", 400.0, Some("mw"))],
    );
    reads(
        "It was his third 100-RBI season.",
        &[("100-RBI", 100.0, Some("rbi"))],
    );
}

#[test]
fn half_glued_to_a_relation_or_a_moment_is_no_share() {
    for t in [
        "Her half-brother was charged on Friday.",
        "The visitors led at half-time.",
    ] {
        assert!(read(t).is_empty(), "{t:?}: {:?}", read(t));
    }
}

#[test]
fn a_figure_before_a_verb_of_what_a_product_does_is_its_model() {
    assert!(
        read("The 7200 supports fast charging, and the 7300 features a bigger screen.").is_empty()
    );
    // A count of runs stays one.
    reads(
        "He made 1000 runs in the season.",
        &[("1000 runs", 1000.0, Some("run"))],
    );
}

#[test]
fn an_adjective_after_one_is_no_noun() {
    reads(
        "They earned one memorable last-minute win.",
        &[("one memorable last-minute win", 1.0, Some("win"))],
    );
    reads(
        "It was one famous victory.",
        &[("one famous victory", 1.0, Some("victory"))],
    );
}

#[test]
fn a_tally_written_with_to_is_a_score() {
    for t in [
        "The assembly voted by 301 to 254 to back the treaty.",
        "The council split 6 to 3 on the zoning plan.",
    ] {
        assert!(read(t).is_empty(), "{t:?}: {:?}", read(t));
    }
    // A range rises, and a change names its verb or `from`.
    reads(
        "Shifts last 8 to 12 hours.",
        &[("8 to 12 hours", 8.0, Some("hour"))],
    );
    assert_eq!(read("Membership fell from 90 to 60.").len(), 2);
    assert_eq!(read("Membership fell 90 to 60.").len(), 2);
}

#[test]
fn a_label_word_names_the_part_before_a_singular_noun() {
    reads(
        "The lender's tier 1 ratio rose to 13%.",
        &[("13%", 13.0, Some("%"))],
    );
    reads("The drug failed its phase 2 trial.", &[]);
    // After a determiner the word is a phrase of its own.
    reads(
        "This week 3 stores closed.",
        &[("3 stores", 3.0, Some("store"))],
    );
}

#[test]
fn a_figure_before_a_comparative_is_what_is_compared() {
    reads(
        "Debt was £4.2bn, £1.1bn more than a year earlier.",
        &[
            ("£4.2bn", 4.2e9, Some("GBP")),
            ("£1.1bn", 1.1e9, Some("GBP")),
        ],
    );
    // With no figure before it, the article under the bound is one.
    reads(
        "It took more than a year.",
        &[("more than a year", 1.0, Some("year"))],
    );
}

#[test]
fn plus_or_minus_is_a_margin_not_a_sign() {
    reads(
        "The survey's margin is plus or minus 2.5 percentage points.",
        &[("2.5 percentage points", 2.5, Some("percentage point"))],
    );
    reads(
        "It fell to minus 12 degrees.",
        &[("minus 12 degrees", -12.0, Some("degree"))],
    );
}

#[test]
fn and_older_bounds_an_age() {
    let m = find_numbers("Residents 70 and older may vote by post.");
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].form, NumberForm::Age);
    assert_eq!((m[0].low, m[0].high), (Some(70.0), None));
    let m = find_numbers("Children 12 or younger ride free.");
    assert_eq!(
        (m[0].form, m[0].low, m[0].high),
        (NumberForm::Age, None, Some(12.0))
    );
}

#[test]
fn a_market_verb_in_its_participle_splits_a_change_from_its_level() {
    reads(
        "Stocks rallied, with the airline gaining 85 cents to $24.10.",
        &[
            ("85 cents", 0.85, Some("USD")),
            ("$24.10", 24.1, Some("USD")),
        ],
    );
}

#[test]
fn voters_by_intent_and_days_by_their_calendar() {
    reads(
        "The pollster spoke to 950 likely voters.",
        &[("950 likely voters", 950.0, Some("voter"))],
    );
    reads(
        "The stock rose for nine trading days, and refunds take 14 working days.",
        &[
            ("nine trading days", 9.0, Some("day")),
            ("14 working days", 14.0, Some("day")),
        ],
    );
}

#[test]
fn a_part_of_a_group_counted_in_millions_takes_the_noun() {
    reads(
        "About 1.5 million of the 6.2 million registered members voted.",
        &[
            ("About 1.5 million", 1.5e6, Some("member")),
            ("6.2 million registered members", 6.2e6, Some("member")),
        ],
    );
    reads(
        "Some 40 of the 1,250 delegates walked out.",
        &[
            ("Some 40", 40.0, Some("delegate")),
            ("1,250 delegates", 1250.0, Some("delegate")),
        ],
    );
    // A figure with a scale and no second figure keeps no noun from `of`.
    reads(
        "Two million of the poorest families got help.",
        &[("Two million", 2e6, None)],
    );
}

#[test]
fn a_version_name_opens_a_sentence_before_the_noun_it_tags() {
    // A product's version at the start of a sentence, before a noun it
    // tags, is no count.
    reads("Android 12 support ended in May.", &[]);
    reads("Office 365 users were hit.", &[]);
    // A bound or a hedge, a lone one and people still count.
    reads(
        "Around 30 staff quit. Only 1 truck was lost.",
        &[
            ("Around 30 staff", 30.0, Some("staff")),
            ("1 truck", 1.0, Some("truck")),
        ],
    );
}

#[test]
fn over_a_span_after_a_verb_that_spreads_it() {
    reads(
        "The fair is held over four days, and the loan is repaid over 20 years.",
        &[
            ("four days", 4.0, Some("day")),
            ("20 years", 20.0, Some("year")),
        ],
    );
    // A bound stays where the verb does not spread (`lasted`), or where a
    // count follows.
    let m = find_numbers("The hearing lasted over six hours and she held over 90 talks.");
    assert_eq!(m.len(), 2);
    assert!(m.iter().all(|m| m.high.is_none()));
}

#[test]
fn a_glued_m_after_a_throw_or_a_jump_is_metres() {
    reads(
        "She threw 61.42m, and a leap of 7.05m took silver.",
        &[("61.42m", 61.42, Some("m")), ("7.05m", 7.05, Some("m"))],
    );
    // Elsewhere a decimal before `m` is millions.
    reads("The fund lost 12.5m last year.", &[("12.5m", 12.5e6, None)]);
}

#[test]
fn a_margin_adverb_is_no_noun() {
    reads(
        "The visitors got one back late, and the leaders sit 4 clear of the pack.",
        &[("one", 1.0, None), ("4", 4.0, None)],
    );
    // A noun after the adverb is still counted.
    reads(
        "She made one short film.",
        &[("one short film", 1.0, Some("film"))],
    );
}

#[test]
fn a_measure_after_version_is_the_version_s() {
    reads(
        "The diesel version 190 hp is cheaper; version 3.1 is out.",
        &[("190 hp", 190.0, Some("hp"))],
    );
}

#[test]
fn a_rand_price_after_a_verb_of_price() {
    reads(
        "A coffee costs R28 and a taxi sells for R60.",
        &[("R28", 28.0, Some("ZAR")), ("R60", 60.0, Some("ZAR"))],
    );
    // Without a price, `R8` stays a model's name.
    reads("He drove an R8 home.", &[]);
}
