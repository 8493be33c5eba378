//! Units of counted nouns: nouns of persons, compound nouns, modifiers.

use super::*;

/// The unit and the matched text of the single count in `text`.
#[track_caller]
fn unit_of(text: &str) -> (Option<String>, &str) {
    let v: Vec<_> = find_numbers(text)
        .into_iter()
        .filter(|m| matches!(m.form, NumberForm::Cardinal | NumberForm::Ordinal))
        .collect();
    assert_eq!(v.len(), 1, "{text:?}: {v:#?}");
    (v[0].unit.clone(), &text[v[0].start..v[0].end])
}

#[track_caller]
fn check(text: &str, want: &str, unit: &str) {
    let (u, s) = unit_of(text);
    assert_eq!((u.as_deref(), s), (Some(unit), want), "{text:?}");
}

#[test]
fn a_noun_before_a_plural_modifies_it() {
    check(
        "Neighbours saw three police officers leave.",
        "three police officers",
        "officer",
    );
    check(
        "The panel found six alleged safety breaches.",
        "six alleged safety breaches",
        "breach",
    );
    check(
        "The club kept eleven rules changes.",
        "eleven rules changes",
        "change",
    );
    check(
        "They signed four women's hockey players.",
        "four women's hockey players",
        "player",
    );
    // A plural noun of persons is the head: what follows is another phrase.
    check("She gave two nurses flowers.", "two nurses", "nurse");
    // The noun of a glued compound is what its figure counts.
    check("a 40-member choirs festival", "40-member", "member");
    // Prepositions in -s are no heads.
    check(
        "He scored 23 points thanks to his shooting.",
        "23 points",
        "point",
    );
    check(
        "Two other houses besides burned.",
        "Two other houses",
        "house",
    );
    // A possessive right before a plural is no compound: the figure may
    // count the owners.
    check(
        "The two children's bikes were found.",
        "two children",
        "child",
    );
}

#[test]
fn a_figure_inside_the_modifiers_stays_its_own() {
    let t = "He served two 15-year terms and four 300-page reports.";
    let v: Vec<_> = find_numbers(t)
        .into_iter()
        .map(|m| (&t[m.start..m.end], m.low, m.unit))
        .collect();
    let u = |s: &str| Some(s.to_string());
    assert_eq!(
        v,
        [
            ("two", Some(2.0), u("term")),
            ("15-year", Some(15.0), u("year")),
            ("four", Some(4.0), u("report")),
            ("300-page", Some(300.0), u("page")),
        ]
    );
}

#[test]
fn an_adjective_of_any_kind_after_a_known_one() {
    check(
        "They passed three other massive budget cuts.",
        "three other massive budget cuts",
        "cut",
    );
    check(
        "Guards found two other dangerous weapons.",
        "two other dangerous weapons",
        "weapon",
    );
    check(
        "The storm hit five more historic churches.",
        "five more historic churches",
        "church",
    );
    check(
        "Crews sent two other fire engines.",
        "two other fire engines",
        "engine",
    );
}

#[test]
fn vague_amounts_have_a_form_of_their_own() {
    for t in [
        "Dozens of shops closed.",
        "hundreds of millions of users",
        "several thousand fans",
        "scores of villages",
    ] {
        let v = find_numbers(t);
        assert_eq!(v.len(), 1, "{t}: {v:?}");
        assert_eq!((v[0].form, v[0].approx), (NumberForm::Vague, true), "{t}");
    }
    // A figure, even a round one, is a count.
    for t in ["a dozen shops", "two dozen shops", "a million users"] {
        assert_eq!(find_numbers(t)[0].form, NumberForm::Cardinal, "{t}");
    }
}

#[test]
fn one_before_a_source_is_an_article() {
    for t in [
        "Prices rose, according to one estimate.",
        "One neighbour said the door was open.",
        "The shop shut. One worker, who did not give her name, told us why.",
    ] {
        let v: Vec<_> = find_numbers(t)
            .into_iter()
            .filter(|m| m.form == NumberForm::Cardinal)
            .collect();
        assert!(v.is_empty(), "{t}: {v:?}");
    }
    // A count: the sentence tells what happened to the one.
    check("One worker was hurt.", "One worker", "worker");
    check("One bullet hit the wall.", "One bullet", "bullet");
}

#[test]
fn a_lower_bound_may_open_a_range() {
    let t = "The repair may take at least 48 to 96 hours.";
    let v = find_numbers(t);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(
        (&t[v[0].start..v[0].end], v[0].low, v[0].high),
        ("at least 48 to 96 hours", Some(48.0), Some(96.0))
    );
    assert_eq!(v[0].unit.as_deref(), Some("hour"));
}

#[test]
fn dimensions_and_things_of_a_measure() {
    let t = "a 640 by 480 pixel screen and a 3 x 4 ft rug";
    let v: Vec<_> = find_numbers(t)
        .into_iter()
        .map(|m| (m.low, m.unit))
        .collect();
    let u = |s: &str| Some(s.to_string());
    assert_eq!(
        v,
        [
            (Some(640.0), u("pixel")),
            (Some(480.0), u("pixel")),
            (Some(3.0), u("foot")),
            (Some(4.0), u("foot")),
        ]
    );
    check("He landed a 20-incher.", "20-incher", "inch");
    check("a rookie six-footer", "six-footer", "foot");
}

#[test]
fn fractions_in_words_are_shares() {
    for t in [
        "a third of the seats",
        "nearly three-quarters of the vote",
        "more than half of the budget",
        "Half the town left.",
    ] {
        let v = find_numbers(t);
        assert_eq!(v.len(), 1, "{t}: {v:?}");
        assert_eq!(v[0].form, NumberForm::Fraction, "{t}");
    }
    // With a unit, or above one, a fraction measures or counts.
    for t in [
        "half an hour",
        "two and a half years",
        "half a million people",
        "3½ miles",
    ] {
        let v = find_numbers(t);
        assert_eq!(v.len(), 1, "{t}: {v:?}");
        assert_eq!(v[0].form, NumberForm::Cardinal, "{t}");
    }
}

#[test]
fn a_name_or_a_superlative_may_stand_before_the_noun() {
    check(
        "Police questioned four Santa Fe drivers.",
        "four Santa Fe drivers",
        "driver",
    );
    check(
        "Nine other NATO pilots flew home.",
        "Nine other NATO pilots",
        "pilot",
    );
    check(
        "Three other UN policemen stayed.",
        "Three other UN policemen",
        "policeman",
    );
    check(
        "It named the 12 most polluted rivers in the region.",
        "12 most polluted rivers",
        "river",
    );
    check(
        "These are the five least common causes.",
        "five least common causes",
        "cause",
    );
    // A name with no plural after it counts nothing.
    let v = find_numbers("He saw 3 New York Rangers games.");
    assert!(
        v.iter().all(|m| m.unit.as_deref() != Some("ranger")),
        "{v:?}"
    );
}

#[test]
fn demonyms_and_scores_before_a_noun() {
    check(
        "Two Maltese harbour pilots refused.",
        "Two Maltese harbour pilots",
        "pilot",
    );
    check(
        "Two Sudanese officials spoke.",
        "Two Sudanese officials",
        "official",
    );
    // Alone, a plural demonym counts people.
    check("Two Sudanese were freed.", "Two Sudanese", "people");
    // `scores` after a figure is a noun, before `of` an amount.
    check("He added three scores late on.", "three scores", "score");
}

#[test]
fn the_first_of_an_alternative_takes_the_second_noun() {
    let t = "He rented it for four or five months at 1.5 or 2 km.";
    let v: Vec<_> = find_numbers(t)
        .into_iter()
        .map(|m| (m.low, m.unit))
        .collect();
    let u = |s: &str| Some(s.to_string());
    assert_eq!(
        v,
        [
            (Some(4.0), u("month")),
            (Some(5.0), u("month")),
            (Some(1.5), u("km")),
            (Some(2.0), u("km")),
        ]
    );
}

#[test]
fn made_of_attempted_and_a_magnitude_of() {
    let t = "She hit 12-of-15 shots.";
    let v: Vec<_> = find_numbers(t)
        .into_iter()
        .map(|m| (m.low, m.unit))
        .collect();
    let u = |s: &str| Some(s.to_string());
    assert_eq!(v, [(Some(12.0), u("shot")), (Some(15.0), u("shot"))]);
    let v = find_numbers("A tremor with a magnitude of 5.4 hit the coast.");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].unit.as_deref(), Some("magnitude"));
}

#[test]
fn two_adjectives_joined_before_the_noun() {
    check(
        "About 400 regional and national reporters came.",
        "About 400 regional and national reporters",
        "reporter",
    );
    check(
        "They hired two local or state lawyers.",
        "two local or state lawyers",
        "lawyer",
    );
}

/// Every figure in `text` with a value: (low, unit), in text order.
fn figures(text: &str) -> Vec<(Option<f64>, Option<String>)> {
    find_numbers(text)
        .into_iter()
        .filter(|m| m.form.is_amount())
        .map(|m| (m.low, m.unit))
        .collect()
}

#[track_caller]
fn units_are(text: &str, want: &[(f64, &str)]) {
    let want: Vec<_> = want
        .iter()
        .map(|&(v, u)| (Some(v), Some(u.to_string())))
        .collect();
    assert_eq!(figures(text), want, "{text:?}");
}

#[test]
fn engine_power_torque_and_turning_speed() {
    units_are(
        "Its V8 gives 455 horsepower (460 hp, 470 bhp, or 480 PS).",
        &[(455.0, "hp"), (460.0, "hp"), (470.0, "hp"), (480.0, "ps")],
    );
    units_are(
        "Peak torque: 620 N·m, 610 Nm or 450 lb-ft, reached at 4,500 rpm.",
        &[
            (620.0, "n·m"),
            (610.0, "n·m"),
            (450.0, "lb-ft"),
            (4500.0, "rpm"),
        ],
    );
    units_are(
        "The diesel makes 380 pound-feet and 275Nm in the small one.",
        &[(380.0, "lb-ft"), (275.0, "n·m")],
    );
    units_are(
        "The hybrid averages 52 mpg, the coupe 31mpg.",
        &[(52.0, "mpg"), (31.0, "mpg")],
    );
}

#[test]
fn power_mass_strength_and_concentration() {
    units_are(
        "A 9 W bulb, a 7.4kW charger, a 40 MW farm and 2 gigawatts in all.",
        &[(9.0, "w"), (7.4, "kw"), (40.0, "mw"), (2.0, "gw")],
    );
    units_are(
        "Each tablet holds 325 mg of aspirin and 3 g of filler; 12g of salt.",
        &[(325.0, "mg"), (3.0, "g"), (12.0, "g")],
    );
    units_are(
        "Bolts rated at 150 ksi or 1,000 MPa; fibres of 7 µm, 8μm and 9 um.",
        &[
            (150.0, "ksi"),
            (1000.0, "mpa"),
            (7.0, "µm"),
            (8.0, "µm"),
            (9.0, "µm"),
        ],
    );
    units_are(
        "Lead at 15 ppb and nitrate at 10 ppm; the chips use a 3nm process.",
        &[(15.0, "ppb"), (10.0, "ppm"), (3.0, "nm")],
    );
    units_are(
        "Roast at 200 Celsius (392 Fahrenheit) for 45 min.",
        &[(200.0, "°C"), (392.0, "°F"), (45.0, "minute")],
    );
}

#[test]
fn one_letter_symbols_are_not_read_out_of_names() {
    // An address, a network generation and a screen resolution.
    assert_eq!(
        figures("They live at 100 W Main Street."),
        vec![(Some(100.0), None)]
    );
    assert_eq!(figures("Phones with 5G and a 4K screen sold out."), vec![]);
    // A sum of money keeps its glued scale letter.
    units_are("The buyer paid $5K for it.", &[(5000.0, "USD")]);
}

#[test]
fn dollars_named_after_the_sign_and_codes_glued_to_digits() {
    units_are(
        "Bids of $US40 million and $A12 million beat NZ$9 million.",
        &[(40e6, "USD"), (12e6, "AUD"), (9e6, "NZD")],
    );
    units_are(
        "The unit earned USD12m, lost EUR7.5m and owes JPY3bn.",
        &[(12e6, "USD"), (7.5e6, "EUR"), (3e9, "JPY")],
    );
}

#[test]
fn ringgit_sen_kuna_and_rand() {
    units_are(
        "Fares rise to RM8 from 90 sen; a room is 400 kn a night.",
        &[(8.0, "MYR"), (0.9, "MYR"), (400.0, "HRK/night")],
    );
    units_are(
        "The mine cost R12 billion, or R1,500 a share.",
        &[(12e9, "ZAR"), (1500.0, "ZAR/share")],
    );
    // A letter and a small figure glued are a name: the Audi R8.
    assert_eq!(figures("He drove an R8 to the R2 match."), vec![]);
}

#[test]
fn pence_are_pounds_and_signs_stay_on_percentages() {
    units_are(
        "Shares closed at 45p, down 3 p.",
        &[(0.45, "GBP"), (0.03, "GBP")],
    );
    units_are(
        "Growth was 2.4pc; the index was +1.5% and bonds -0.3%.",
        &[(2.4, "%"), (1.5, "%"), (-0.3, "%")],
    );
    let t = "The index was +1.5% on the day.";
    let m = &find_numbers(t)[0];
    assert_eq!(&t[m.start..m.end], "+1.5%");
    units_are(
        "Rates rose by one per cent, then by 1.5 per cent.",
        &[(1.0, "%"), (1.5, "%")],
    );
    // A phone number's plus is no sign.
    assert!(!figures("Call +44 20 7946 0000 now.").contains(&(Some(44.0), None)));
    assert_eq!(figures("Call +1-202-555-0143 now."), vec![]);
}

#[test]
fn figures_inside_names_and_labels_count_nothing() {
    for t in [
        "The S&P 500 slipped and the FTSE 100 rose.",
        "New COVID-19 rules began.",
        "Owners of the Model Y and the A320neo complained.",
        "Phones with 5G and TVs with 4K sold well.",
        "A Boeing 737 landed; the F-35 and an iPhone 15 too.",
        "Leaders of the G7 drove down Route 66.",
    ] {
        assert_eq!(figures(t), vec![], "{t}");
    }
}

#[test]
fn a_year_before_a_singular_noun_modifies_it() {
    for t in [
        "A 2011 study found the same.",
        "Her 2016 campaign spent heavily.",
        "The 2008 Miami Dolphins won.",
        "An 1850 map shows the river.",
    ] {
        let v: Vec<_> = find_numbers(t).into_iter().map(|m| m.form).collect();
        assert_eq!(v, vec![NumberForm::Year], "{t}");
    }
    // Counts in the thousands keep a plural noun or a unit.
    units_are(
        "They sold 2000 tickets and 1500 sheep.",
        &[(2000.0, "ticket"), (1500.0, "sheep")],
    );
}

#[test]
fn negative_figures_with_a_sign_word_or_a_minus() {
    units_are(
        "Nights reach minus-30 degrees, or -22F; output fell minus 2.5%.",
        &[(-30.0, "degree"), (-22.0, "°F"), (-2.5, "%")],
    );
}

#[test]
fn slash_fractions_but_not_dates() {
    units_are("Stir in 2/3 cup of milk.", &[(2.0 / 3.0, "cup")]);
    assert_eq!(figures("Filed on 5/6/2019 and 12/25."), vec![]);
}

#[test]
fn powers_of_ten_written_out() {
    let v = |t: &str| figures(t).into_iter().map(|f| f.0).collect::<Vec<_>>();
    assert_eq!(v("About 4.5e9 years"), vec![Some(4.5e9)]);
    assert_eq!(v("Light moves at 3 x 10^8 m/s."), vec![Some(3e8)]);
    assert_eq!(v("A mole holds 6.022×10²³ atoms."), vec![Some(6.022e23)]);
    assert_eq!(v("a gap of 1.6 × 10⁻³ m"), vec![Some(1.6e-3)]);
    // A dimension is no power.
    assert_eq!(v("A 3 x 10 rug."), vec![Some(3.0), Some(10.0)]);
}

#[test]
fn a_scale_carries_back_over_a_range() {
    let v = |t: &str| {
        let m = &find_numbers(t)[0];
        (m.low, m.high)
    };
    assert_eq!(
        v("Some four to five thousand fans came."),
        (Some(4000.0), Some(5000.0))
    );
    assert_eq!(v("It may cost €3-4 billion."), (Some(3e9), Some(4e9)));
    assert_eq!(v("between 6 and 8 million voters"), (Some(6e6), Some(8e6)));
    // A first figure larger than the second's keeps its own value.
    assert_eq!(
        v("from 500 to two thousand seats"),
        (Some(500.0), Some(2000.0))
    );
}

#[test]
fn scale_letters_before_a_counted_noun() {
    units_are(
        "Apple sold 50m iPads; the app has 2 B users and 3bn downloads.",
        &[(50e6, "ipad"), (2e9, "user"), (3e9, "download")],
    );
}

#[test]
fn names_and_measures_before_the_counted_noun() {
    check(
        "Tesla built 18,000 Model Xs in May.",
        "18,000 Model Xs",
        "model x",
    );
    check(
        "The fleet added 120 Volvo and Scania buses.",
        "120 Volvo and Scania buses",
        "bus",
    );
    // The glued measure is a figure of its own; the count is of cans.
    units_are(
        "The plant filled four million 500ml bottles.",
        &[(4e6, "bottle"), (500.0, "ml")],
    );
}

#[test]
fn a_possessive_inside_a_partitive_modifies_its_noun() {
    let (u, _) = unit_of("Shares rose after two of the region's biggest lenders merged.");
    assert_eq!(u.as_deref(), Some("lender"));
}

#[test]
fn an_inch_mark_after_a_figure_is_inches() {
    // Written as a double-quote mark, or as two single quotes with a space
    // (as some archives render it).
    let (u, _) = unit_of("The 15\" tablet ships in May.");
    assert_eq!(u.as_deref(), Some("inch"));
    let (u, _) = unit_of("Reviewers liked the 13 '' laptop.");
    assert_eq!(u.as_deref(), Some("inch"));
    // A mark that closes a quotation, or opens one before a word, is no inch.
    let v = find_numbers("\"We sold 40\" the owner said.");
    assert!(v.iter().all(|m| m.unit.as_deref() != Some("inch")), "{v:?}");
    let v = find_numbers("They flew three \"drones\" over the site.");
    assert!(v.iter().all(|m| m.unit.as_deref() != Some("inch")), "{v:?}");
}

/// Each figure's value and unit in `text`.
fn figures_of(text: &str) -> Vec<(Option<f64>, Option<String>)> {
    find_numbers(text)
        .into_iter()
        .filter(|m| m.low.is_some() || m.high.is_some())
        .map(|m| (m.low.or(m.high), m.unit))
        .collect()
}

#[test]
fn both_sides_of_a_dimension_take_a_spaced_unit() {
    assert_eq!(
        figures_of("Each shed is 6-by-10 feet inside."),
        [
            (Some(6.0), Some("foot".into())),
            (Some(10.0), Some("foot".into()))
        ]
    );
    // Without a unit the sides stay bare.
    assert_eq!(
        figures_of("a 640-by-480 screen"),
        [(Some(640.0), None), (Some(480.0), None)]
    );
}

#[test]
fn a_speed_with_a_spaced_slash_is_per_hour() {
    let f = figures_of("The van reached 120km / h on the ring road.");
    assert_eq!(f, [(Some(120.0), Some("km/h".into()))]);
}

#[test]
fn an_infants_age_keeps_its_unit() {
    let ages = |t: &str| -> Vec<(Option<f64>, Option<String>)> {
        find_numbers(t)
            .into_iter()
            .filter(|m| m.form == NumberForm::Age)
            .map(|m| (m.low, m.unit))
            .collect()
    };
    assert_eq!(
        ages("A 7-month-old girl and her 3-week-old brother were unhurt."),
        [
            (Some(7.0), Some("month".into())),
            (Some(3.0), Some("week".into()))
        ]
    );
    assert_eq!(
        ages("the 10-day-old foal"),
        [(Some(10.0), Some("day".into()))]
    );
    // Years stay the default, with no unit written on the figure.
    assert_eq!(ages("a 40-year-old driver"), [(Some(40.0), None)]);
    // A span of days is no age.
    assert!(ages("a 10-day trip and 3 weeks off").is_empty());
}
