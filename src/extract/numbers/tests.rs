use super::*;

/// All matches that are counts (what the claim assembler keeps).
fn counts(text: &str) -> Vec<NumberMatch> {
    find_numbers(text)
        .into_iter()
        .filter(|m| m.form.is_amount() || m.form == NumberForm::Ordinal)
        .collect()
}

/// The single count in `text`.
fn one(text: &str) -> NumberMatch {
    let v = counts(text);
    assert_eq!(v.len(), 1, "{text:?}: {v:#?}");
    v.into_iter().next().unwrap()
}

fn span<'a>(text: &'a str, m: &NumberMatch) -> &'a str {
    &text[m.start..m.end]
}

/// Asserts the single count's text, low, high and unit.
#[track_caller]
fn check(text: &str, want: &str, low: Option<f64>, high: Option<f64>, unit: Option<&str>) {
    let m = one(text);
    assert_eq!(span(text, &m), want, "{text:?}: {m:?}");
    let close = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
        (None, None) => true,
        _ => false,
    };
    assert!(close(m.low, low), "{text:?}: low {:?} != {low:?}", m.low);
    assert!(
        close(m.high, high),
        "{text:?}: high {:?} != {high:?}",
        m.high
    );
    assert_eq!(m.unit.as_deref(), unit, "{text:?}");
}

fn exact(v: f64) -> (Option<f64>, Option<f64>) {
    (Some(v), Some(v))
}

#[test]
fn prefilter_knows_every_number_word() {
    for w in words::NUM_WORDS {
        assert!(words::num_word(w).is_some(), "{w}");
        let b = w.as_bytes();
        assert!(words::PREFILTER[words::pair_index(b[0], b[1])] & (1 << b.len()) != 0);
        assert!(words::PREFILTER2[words::pair_index(b[1], b[2])] & (1 << b.len()) != 0);
    }
}

#[test]
fn letter_runs_end_where_the_letters_do() {
    // Every byte value at every place of a run longer than one chunk.
    for c in 0..=255u8 {
        for at in 0..20 {
            let mut b = vec![b'q'; 20];
            b[at] = c;
            let want = if c.is_ascii_alphabetic() { 20 } else { at };
            assert_eq!(super::letters_end(&b, 0), want, "byte {c:#x} at {at}");
        }
    }
    assert_eq!(super::letters_end(b"AbcXyz", 0), 6);
    assert_eq!(super::letters_end(b"abc", 3), 3);
}

#[test]
fn cue_prefilter_knows_every_cue() {
    for (phrase, _) in words::CUES {
        let last = phrase.last().expect("a cue has words");
        assert!(words::ends_cue(last), "{last}");
    }
}

#[test]
fn digits_with_separators_and_decimals() {
    let (l, h) = exact(13000.0);
    check(
        "Police counted 13,000 marchers.",
        "13,000 marchers",
        l,
        h,
        Some("marcher"),
    );
    let (l, h) = exact(940000.0);
    check(
        "The city had 940 000 voters.",
        "940 000 voters",
        l,
        h,
        Some("voter"),
    );
    let (l, h) = exact(6.4);
    check(
        "Output grew by 6.4 points.",
        "6.4 points",
        l,
        h,
        Some("point"),
    );
    let (l, h) = exact(1234.5);
    check(
        "It weighed 1,234.5 tonnes.",
        "1,234.5 tonnes",
        l,
        h,
        Some("tonne"),
    );
    // A no-break space groups thousands too.
    let (l, h) = exact(40000.0);
    check(
        "They sent 40\u{a0}000 tents.",
        "40\u{a0}000 tents",
        l,
        h,
        Some("tent"),
    );
}

#[test]
fn number_words() {
    let (l, h) = exact(2.0);
    check("Two ships sank.", "Two ships", l, h, Some("ship"));
    let (l, h) = exact(12.0);
    check(
        "twelve lorries crossed",
        "twelve lorries",
        l,
        h,
        Some("lorry"),
    );
    let (l, h) = exact(50.0);
    check(
        "They freed fifty hostages.",
        "fifty hostages",
        l,
        h,
        Some("hostage"),
    );
    let (l, h) = exact(25.0);
    check(
        "twenty-five villages burned",
        "twenty-five villages",
        l,
        h,
        Some("village"),
    );
    let (l, h) = exact(120.0);
    check(
        "one hundred and twenty homes",
        "one hundred and twenty homes",
        l,
        h,
        Some("home"),
    );
    let (l, h) = exact(12.0);
    check(
        "a dozen drones hit the port",
        "a dozen drones",
        l,
        h,
        Some("drone"),
    );
    let (l, h) = exact(500000.0);
    check(
        "half a million refugees",
        "half a million refugees",
        l,
        h,
        Some("refugee"),
    );
    let (l, h) = exact(1.5e6);
    check(
        "one and a half million doses",
        "one and a half million doses",
        l,
        h,
        Some("dose"),
    );
    assert_eq!(
        parse_number_words("three thousand and two", 0).map(|x| x.0),
        Some(3002.0)
    );
    assert_eq!(
        parse_number_words("five point five", 0).map(|x| x.0),
        Some(5.5)
    );
}

#[test]
fn vague_amounts_are_approx_with_a_conservative_low() {
    let m = one("Hundreds fled the town.");
    assert_eq!((m.low, m.high, m.approx), (Some(100.0), None, true));
    let t = "thousands of people marched";
    let m = one(t);
    assert_eq!(span(t, &m), "thousands of people");
    assert_eq!(
        (m.low, m.unit.as_deref(), m.approx),
        (Some(1000.0), Some("people"), true)
    );
    let m = one("Dozens were hurt.");
    assert_eq!((m.low, m.approx), (Some(12.0), true));
    let m = one("tens of thousands of residents left");
    assert_eq!(
        (m.low, m.unit.as_deref()),
        (Some(10000.0), Some("resident"))
    );
    // `tens` and `scores` need `of`: here `scores` is a verb.
    assert!(counts("She scores well.").is_empty());
}

#[test]
fn ordinals() {
    let t = "They met for a third round of talks.";
    let m = one(t);
    assert_eq!(m.form, NumberForm::Ordinal);
    assert_eq!((m.low, m.unit.as_deref()), (Some(3.0), Some("round")));
    let m = one("He finished 3rd overall.");
    assert_eq!((m.form, m.low), (NumberForm::Ordinal, Some(3.0)));
    // `a third of` is a fraction, not an ordinal.
    let m = one("Russia holds about a fifth of the land.");
    assert_eq!(m.form, NumberForm::Fraction);
    assert!((m.low.unwrap() - 0.2).abs() < 1e-12 && m.approx);
}

#[test]
fn scales() {
    let (l, h) = exact(200e6);
    check(
        "They pledged $200 million.",
        "$200 million",
        l,
        h,
        Some("USD"),
    );
    let (l, h) = exact(6.4e6);
    check(
        "It serves 6.4 million users.",
        "6.4 million users",
        l,
        h,
        Some("user"),
    );
    let (l, h) = exact(3e9);
    check("A deal worth 3bn was signed.", "3bn", l, h, None);
    let (l, h) = exact(10e3);
    check("Some 10k runners", "Some 10k runners", l, h, Some("runner"));
}

#[test]
fn currencies() {
    let cases: &[(&str, &str, f64, &str)] = &[
        (
            "won a $48.2 million contract",
            "$48.2 million",
            48.2e6,
            "USD",
        ),
        ("lent 10 bln euros to Kyiv", "10 bln euros", 10e9, "EUR"),
        ("raised US$3bn in bonds", "US$3bn", 3e9, "USD"),
        ("fined £1.5m for it", "£1.5m", 1.5e6, "GBP"),
        (
            "a budget of 2.3 trillion yen",
            "2.3 trillion yen",
            2.3e12,
            "JPY",
        ),
        ("paid 500 hryvnias each", "500 hryvnias", 500.0, "UAH"),
        ("cost 40 billion rubles", "40 billion rubles", 40e9, "RUB"),
        ("cost 40 billion roubles", "40 billion roubles", 40e9, "RUB"),
        ("spent 8 billion yuan", "8 billion yuan", 8e9, "CNY"),
        ("a loan of 90 crore rupees", "90 crore rupees", 90e7, "INR"),
        ("a €2 million grant", "€2 million", 2e6, "EUR"),
        ("sold for ¥500", "¥500", 500.0, "JPY"),
        (
            "it cost 361 million pounds",
            "361 million pounds",
            361e6,
            "GBP",
        ),
        (
            "HK$10.05 billion in exports",
            "HK$10.05 billion",
            10.05e9,
            "HKD",
        ),
        // A price per unit of trade is a rate.
        (
            "up 50 cents a barrel",
            "50 cents a barrel",
            0.5,
            "USD/barrel",
        ),
        (
            "worth 10,000 Swiss francs",
            "10,000 Swiss francs",
            10000.0,
            "CHF",
        ),
    ];
    for (text, want, v, code) in cases {
        check(text, want, Some(*v), Some(*v), Some(code));
    }
    // `pounds` without a scale is a weight, not money.
    let m = one("a bag of 5 pounds of rice");
    assert_eq!(m.unit.as_deref(), Some("pound"));
}

#[test]
fn percentages() {
    for t in ["25%", "25 %", "25 percent", "25 per cent", "25 pct"] {
        let text = format!("Prices rose {t} last year.");
        let m = one(&text);
        assert_eq!(span(&text, &m), t);
        assert_eq!((m.low, m.unit.as_deref()), (Some(25.0), Some("%")));
    }
    let m = one("twenty percent of voters");
    assert_eq!((m.low, m.unit.as_deref()), (Some(20.0), Some("%")));
    let m = one("up 1.5 percentage points");
    assert_eq!(m.unit.as_deref(), Some("percentage point"));
}

#[test]
fn ranges() {
    let cases = [
        ("between 10 and 20 people", "between 10 and 20 people"),
        ("10-20 people", "10-20 people"),
        ("10–20 people", "10–20 people"),
        ("10 to 20 people", "10 to 20 people"),
        ("from 10 to 20 people", "from 10 to 20 people"),
    ];
    for (t, want) in cases {
        let text = format!("Officials said {t} were hurt.");
        check(&text, want, Some(10.0), Some(20.0), Some("people"));
    }
    // A scale written once covers both ends.
    check(
        "a $10-20 billion hole",
        "$10-20 billion",
        Some(10e9),
        Some(20e9),
        Some("USD"),
    );
    check(
        "between 5 and 10 million tonnes",
        "between 5 and 10 million tonnes",
        Some(5e6),
        Some(10e6),
        Some("tonne"),
    );
    // A change is not a range.
    let v = counts("The toll rose from 10 to 20.");
    assert_eq!(v.len(), 2, "{v:?}");
    // A score is not a range either, nor a count at all.
    assert!(counts("They won 3-2 at home.").is_empty());
}

#[test]
fn fiscal_years_are_years() {
    let t = "in the 2012–13 budget";
    let v = find_numbers(t);
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].form, NumberForm::Year);
    assert_eq!(span(t, &v[0]), "2012–13");
    let v = find_numbers("the 2012-2013 season");
    assert_eq!(v[0].form, NumberForm::Year);
}

#[test]
fn shares() {
    let t = "One in five children is hungry.";
    let m = one(t);
    assert_eq!(span(t, &m), "One in five children");
    assert!((m.low.unwrap() - 0.2).abs() < 1e-12);
    assert_eq!(m.unit.as_deref(), Some("child"));
    let m = one("9 out of 10 voters");
    assert!((m.low.unwrap() - 0.9).abs() < 1e-12);
    // `in` before a year is not a share.
    assert_eq!(one("3 in 2009").low, Some(3.0));
}

#[test]
fn bounds() {
    let lower = [
        "at least",
        "no fewer than",
        "more than",
        "over",
        "above",
        "in excess of",
    ];
    for b in lower {
        let text = format!("The blast killed {b} 15 people.");
        check(
            &text,
            &format!("{b} 15 people"),
            Some(15.0),
            None,
            Some("people"),
        );
    }
    let upper = [
        "up to",
        "fewer than",
        "under",
        "less than",
        "below",
        "no more than",
        "at most",
    ];
    for b in upper {
        let text = format!("The plan moves {b} 700 workers.");
        check(
            &text,
            &format!("{b} 700 workers"),
            None,
            Some(700.0),
            Some("worker"),
        );
    }
    assert!(one("more than 30 days").strict);
    assert!(!one("at least 30 days").strict);
    assert!(!one("up to 30 days").strict);
    check(
        "500 or more homes",
        "500 or more homes",
        Some(500.0),
        None,
        Some("home"),
    );
    // Two bounds that close a range make one claim.
    check(
        "more than 10 and less than 20 people",
        "more than 10 and less than 20 people",
        Some(10.0),
        Some(20.0),
        Some("people"),
    );
    // Facts in one sentence, two figures.
    let t = "The strike killed at least 15 people and injured over 100.";
    let v = counts(t);
    assert_eq!(v.len(), 2);
    assert_eq!(span(t, &v[0]), "at least 15 people");
    assert_eq!(span(t, &v[1]), "over 100");
    assert_eq!((v[1].low, v[1].high), (Some(100.0), None));
}

#[test]
fn hedges() {
    for h in [
        "about",
        "around",
        "roughly",
        "nearly",
        "almost",
        "some",
        "an estimated",
        "approximately",
        "close to",
        "estimated",
    ] {
        let text = format!("Officials said {h} 300 homes burned.");
        let m = one(&text);
        assert_eq!(span(&text, &m), format!("{h} 300 homes"));
        assert!(m.approx, "{h}");
        assert_eq!((m.low, m.high), (Some(300.0), Some(300.0)));
    }
    // `some` without a number is not a hedge, and not a number.
    assert!(find_numbers("Some people left.").is_empty());
    assert!(!one("They seized 40 tanks.").approx);
}

#[test]
fn counted_nouns() {
    let t = "Troops took 19 regions.";
    let m = one(t);
    assert_eq!(m.unit.as_deref(), Some("region"));
    assert_eq!(&t[m.noun.unwrap().0..m.noun.unwrap().1], "regions");
    check(
        "winds of 30 mph",
        "30 mph",
        Some(30.0),
        Some(30.0),
        Some("mph"),
    );
    check(
        "15 Ukrainian civilians died",
        "15 Ukrainian civilians",
        Some(15.0),
        Some(15.0),
        Some("civilian"),
    );
    check(
        "200 new cases",
        "200 new cases",
        Some(200.0),
        Some(200.0),
        Some("case"),
    );
    check(
        "2,000 Ukrainians fled",
        "2,000 Ukrainians",
        Some(2000.0),
        Some(2000.0),
        Some("people"),
    );
    check(
        "It lasted 3 weeks.",
        "3 weeks",
        Some(3.0),
        Some(3.0),
        Some("week"),
    );
    check(
        "a 10-day truce",
        "10-day",
        Some(10.0),
        Some(10.0),
        Some("day"),
    );
    check(
        "for 48 hours",
        "48 hours",
        Some(48.0),
        Some(48.0),
        Some("hour"),
    );
    check("7 cities", "7 cities", Some(7.0), Some(7.0), Some("city"));
    // Casualty words, verbs and prepositions are not nouns.
    for t in [
        "15 dead",
        "15 killed",
        "15 injured",
        "15 wounded",
        "15 missing",
        "15 died",
        "15 were hurt",
        "15 of them",
        "15 in all",
    ] {
        let m = one(t);
        assert_eq!((m.unit.as_deref(), m.noun), (None, None), "{t}");
        assert_eq!(m.end, 2, "{t}");
    }
}

#[test]
fn years_are_not_counts() {
    for (t, y) in [
        ("in 2022 the war widened", "2022"),
        ("since 2014", "2014"),
        ("The 2008 crisis", "2008"),
    ] {
        let v = find_numbers(t);
        assert_eq!(v.len(), 1, "{t}");
        assert_eq!(v[0].form, NumberForm::Year, "{t}");
        assert_eq!(span(t, &v[0]), y);
    }
    // With a counted noun and no year cue, it is a count.
    let m = one("They deployed 2000 troops.");
    assert_eq!(m.unit.as_deref(), Some("troop"));
}

#[test]
fn times_ages_phones_lists_are_not_counts() {
    let forms = |t: &str| find_numbers(t).iter().map(|m| m.form).collect::<Vec<_>>();
    assert_eq!(forms("at 2.15pm local"), [NumberForm::Time]);
    assert_eq!(forms("at 10:30 on"), [NumberForm::Time]);
    assert_eq!(forms("by 9 a.m. today"), [NumberForm::Time]);
    assert_eq!(forms("a man aged 45 was held"), [NumberForm::Age]);
    assert_eq!(forms("a 45-year-old man"), [NumberForm::Age]);
    assert_eq!(forms("he is 45 years old"), [NumberForm::Age]);
    assert_eq!(forms("call +1-202-555-0143 now"), [NumberForm::Other]);
    assert_eq!(forms("call 202-555-0143 now"), [NumberForm::Other]);
    assert_eq!(
        forms("1. First point\n2) Second"),
        [
            NumberForm::Other,
            NumberForm::Ordinal,
            NumberForm::Other,
            NumberForm::Ordinal
        ]
    );
    assert!(counts("on June 17 the talks began").is_empty());
    assert!(counts("on 17 June the talks began").is_empty());
    assert!(counts("It was 2024-06-17.").is_empty());
    // Not the count one.
    assert!(counts("a day, a man, a mix").is_empty());
    assert!(counts("one of the largest").is_empty());
    let m = one("one soldier was hurt");
    assert_eq!((m.low, m.unit.as_deref()), (Some(1.0), Some("soldier")));
    assert_eq!(one("at least one person").low, Some(1.0));
}

#[test]
fn absurd_input_never_panics() {
    let long = "9".repeat(500);
    for t in [
        "10^400",
        "1e309",
        long.as_str(),
        "999999999999 trillion trillion",
        "−5 ½ ₿ 元 ٣ १२ 🙂 9🙂9",
        "$",
        "-",
        ".5.",
        "1,",
        "1,00",
        "between and",
        "a $ million",
        "%%%",
    ] {
        for m in find_numbers(t) {
            assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
            for v in [m.low, m.high].into_iter().flatten() {
                assert!(v.is_finite(), "{t}: {m:?}");
            }
        }
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn check_spans(s: &str) {
        let v = find_numbers(s);
        let mut last = 0;
        for m in &v {
            assert!(m.start <= m.end, "{s:?}: {m:?}");
            assert!(m.start >= last, "{s:?}: overlap {v:?}");
            assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
            assert!(m.end <= s.len());
            if let Some((a, b)) = m.noun {
                assert!(s.is_char_boundary(a) && s.is_char_boundary(b));
            }
            for v in [m.low, m.high].into_iter().flatten() {
                assert!(v.is_finite());
            }
            last = m.end;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn arbitrary_strings(s in ".*") {
            check_spans(&s);
        }

        #[test]
        fn number_like_strings(s in "([0-9]{1,4}|[ ,.\\-–/:%$€£^e+]|one|two|hundred|thousand|million|and|a|half|to|between|over|about|people|years?|old| ){0,24}") {
            check_spans(&s);
        }
    }
}

#[test]
fn plural_nouns_come_out_singular() {
    let unit = |t: &str| one(t).unit;
    for (t, u) in [
        ("18 buses were torched", "bus"),
        ("tests on 4 viruses", "virus"),
        ("across 3 campuses", "campus"),
        ("paid 12 bonuses", "bonus"),
        ("20 houses burned", "house"),
        ("for 3 causes", "cause"),
        ("5 classes closed", "class"),
        ("7 churches", "church"),
        ("6 bushes", "bush"),
        ("9 boxes", "box"),
        ("2 quizzes", "quiz"),
        ("11 prizes", "prize"),
        ("40 cities", "city"),
        ("3 movies", "movie"),
        ("4 headaches", "headache"),
        ("two crises", "crisis"),
        ("8 wolves", "wolf"),
        ("3 species", "species"),
        ("a 10-part series", "part"),
        ("4 mice", "mouse"),
    ] {
        assert_eq!(unit(t).as_deref(), Some(u), "{t}");
    }
    // Persons: `people` only for the words that say no more; a noun of
    // persons keeps its head, which the claims still count as people.
    for t in ["300 people", "12 persons", "2,000 Ukrainians"] {
        assert_eq!(unit(t).as_deref(), Some("people"), "{t}");
    }
    for (t, u) in [
        ("5 children", "child"),
        ("12 women", "woman"),
        ("40 men", "man"),
        ("two policemen", "policeman"),
        ("more than 50 firefighters", "firefighter"),
        ("the 1,200 employees' pay", "employee"),
        ("a 300-member council", "member"),
        ("nine deaths", "death"),
    ] {
        assert_eq!(unit(t).as_deref(), Some(u), "{t}");
        assert!(super::counts_persons(u), "{u}");
    }
    assert!(!super::counts_persons("boat"));
    assert_eq!(unit("one gas leak").as_deref(), Some("gas"));
}

#[test]
fn ordinals_of_order_have_no_unit() {
    // A rank or an order: no unit (the caller keeps only Ordinals with one).
    for (t, w) in [
        ("the first deliveries arrived", "first"),
        ("on the second day of the siege", "second"),
        ("for the third time", "third"),
        ("the 2nd day", "2nd"),
    ] {
        let m = one(t);
        assert_eq!(m.form, NumberForm::Ordinal, "{t}");
        assert_eq!(m.unit, None, "{t}");
        assert_eq!(span(t, &m), w, "{t}");
    }
    // `first two rounds`: the ordinal has no unit, the count keeps its noun.
    let v = counts("in the first two rounds");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(
        (v[0].form, v[0].unit.as_deref()),
        (NumberForm::Ordinal, None)
    );
    assert_eq!((v[1].low, v[1].unit.as_deref()), (Some(2.0), Some("round")));
    // Article + ordinal + a noun of a series: that many have happened.
    for (t, v, u) in [
        ("a second round of talks", 2.0, "round"),
        ("she won a fourth term", 4.0, "term"),
        ("for a third consecutive day", 3.0, "day"),
        ("an eighth wave of infections", 8.0, "wave"),
    ] {
        let m = one(t);
        assert_eq!(
            (m.form, m.low, m.unit.as_deref()),
            (NumberForm::Ordinal, Some(v), Some(u)),
            "{t}"
        );
    }
    // ... but not with a noun that is no series.
    assert_eq!(one("a second man was held").unit, None);
}

#[test]
fn vague_plurals_with_of() {
    let m = one("dozens more were hurt");
    assert_eq!((m.low, m.high, m.approx), (Some(12.0), None, true));
    for (t, lo) in [
        ("dozens of people fled", 12.0),
        ("scores of people fled", 20.0),
        ("tens of thousands of people fled", 1e4),
        ("hundreds of thousands of people fled", 1e5),
    ] {
        let m = one(t);
        assert_eq!(
            (m.low, m.high, m.approx, m.unit.as_deref()),
            (Some(lo), None, true, Some("people")),
            "{t}"
        );
        assert!(span(t, &m).ends_with("people"), "{t}");
    }
}

#[test]
fn quake_magnitudes_are_not_counts_of_anything() {
    for t in [
        "a 6.1-magnitude quake hit",
        "a magnitude 6.1 quake hit",
        "a magnitude-6.1 quake hit",
        "a 7.8 magnitude quake hit",
        "it measured 6.1 on the Richter scale",
    ] {
        let m = one(t);
        assert_eq!(m.unit.as_deref(), Some("magnitude"), "{t}");
    }
}

#[test]
fn unrepresentable_numbers_are_one_other_match() {
    let long = "9".repeat(500);
    for t in ["10^400", "1e309", "10^4000000", long.as_str(), "2.5e999"] {
        let text = format!("x {t} y");
        let v = find_numbers(&text);
        assert_eq!(v.len(), 1, "{t}: {v:?}");
        assert_eq!(v[0].form, NumberForm::Other, "{t}");
        assert_eq!(&text[v[0].start..v[0].end], t);
        assert_eq!((v[0].low, v[0].high), (None, None));
    }
}

#[test]
fn news_review_fixes() {
    // Ages set off after a name, or after `he was`.
    for t in [
        "DeGeneres, 55, earned an Emmy",
        "Lopez, 20, faces life",
        "He died on Monday. He was 77.",
    ] {
        assert!(counts(t).is_empty(), "{t}: {:?}", counts(t));
    }
    // Emergency numbers, models and versions, scores.
    for t in [
        "her son dialed 911 from the flat",
        "a 911 call was made",
        "found in Internet Explorer 7, as well",
        "the new BlackBerry Curve 8900 is out",
        "Indy led 13-3 at the half",
        "in the fourth quarter",
        "midway through the first half",
        "the nineteen sixties",
        "up to 1080p video",
        "$76 million (in 2006 dollars)",
    ] {
        let v: Vec<_> = counts(t)
            .into_iter()
            .filter(|m| m.form == NumberForm::Cardinal || m.unit.is_some())
            .collect();
        let money = v
            .iter()
            .all(|m| m.unit.as_deref() == Some("USD") && m.low == Some(76e6));
        assert!(v.is_empty() || money, "{t}: {v:?}");
    }
    // Scale after a hyphen; half-a-dozen.
    check(
        "the initial $140-million bid",
        "$140-million",
        Some(140e6),
        Some(140e6),
        Some("USD"),
    );
    check(
        "half-a-dozen versions",
        "half-a-dozen versions",
        Some(6.0),
        Some(6.0),
        Some("version"),
    );
    // Adjectives between the number and the noun.
    check(
        "Seven other workers hid",
        "Seven other workers",
        Some(7.0),
        Some(7.0),
        Some("worker"),
    );
    check(
        "two Brooklyn gangs",
        "two Brooklyn gangs",
        Some(2.0),
        Some(2.0),
        Some("gang"),
    );
    assert_eq!(one("a 2.66 GHz chip").unit.as_deref(), Some("ghz"));
    // Not an age or a model: a count after a name with its noun.
    assert_eq!(one("On Monday, 12 people died").low, Some(12.0));
    assert_eq!(one("Police told Reuters 12 were killed").low, Some(12.0));
}

#[test]
fn news_review_fixes_2() {
    for t in [
        "No one reported damage",
        "Mismatches like this one don't help",
        "Mozilla released Firefox 3.05 to users",
    ] {
        let v: Vec<_> = counts(t)
            .into_iter()
            .filter(|m| m.form == NumberForm::Cardinal || m.unit.is_some())
            .collect();
        assert!(v.is_empty(), "{t}: {v:?}");
    }
    check(
        "made off with 2m euros in gems",
        "2m euros",
        Some(2e6),
        Some(2e6),
        Some("EUR"),
    );
    assert_eq!(
        one("09:11 GMT 5.9 Earthquake Jolts Iran").unit.as_deref(),
        Some("magnitude")
    );
    assert_eq!(
        one("it was 13 nautical miles away").unit.as_deref(),
        Some("mile")
    );
}

#[test]
fn money_scales_and_mixed_numbers() {
    check(
        "They lost 75 USD million.",
        "75 USD million",
        Some(75e6),
        Some(75e6),
        Some("USD"),
    );
    check(
        "losses of 30 MUSD were booked",
        "30 MUSD",
        Some(30e6),
        Some(30e6),
        Some("USD"),
    );
    check(
        "It costs three quarters billion us dollars.",
        "three quarters billion us dollars",
        Some(7.5e8),
        Some(7.5e8),
        Some("USD"),
    );
    check(
        "he ran 2 1/2 miles",
        "2 1/2 miles",
        Some(2.5),
        Some(2.5),
        Some("mile"),
    );
    // A date is no mixed number.
    assert!(counts("on 5 5/17/2018 at")
        .iter()
        .all(|m| m.low != Some(5.0 + 5.0 / 17.0)));
}

#[test]
fn news_review_fixes_3() {
    assert!(counts("not at odds with one another")
        .iter()
        .all(|m| m.form != NumberForm::Cardinal));
    check(
        "two plainclothes officers",
        "two plainclothes officers",
        Some(2.0),
        Some(2.0),
        Some("officer"),
    );
}

#[test]
fn compound_measurement_units() {
    let (l, h) = exact(90.0);
    check(
        "Gusts reached 90 km/h overnight.",
        "90 km/h",
        l,
        h,
        Some("km/h"),
    );
    check(
        "Gusts reached 90 kilometres per hour.",
        "90 kilometres per hour",
        l,
        h,
        Some("km/h"),
    );
    check(
        "The storm moved at 90 miles an hour.",
        "90 miles an hour",
        l,
        h,
        Some("mph"),
    );
    let (l, h) = exact(1200.0);
    check(
        "Fire burned 1,200 square miles of bush.",
        "1,200 square miles",
        l,
        h,
        Some("square mile"),
    );
    check(
        "Fire burned 1,200 sq. km of bush.",
        "1,200 sq. km",
        l,
        h,
        Some("square km"),
    );
    check(
        "A 1200-square-foot flat.",
        "1200-square-foot",
        l,
        h,
        Some("square foot"),
    );
    let (l, h) = exact(2.5e9);
    check(
        "It pumps 2.5 billion cubic metres a year.",
        "2.5 billion cubic metres a year",
        l,
        h,
        Some("cubic m/year"),
    );
    let (l, h) = exact(50.0);
    check(
        "The bank cut rates by 50 basis points.",
        "50 basis points",
        l,
        h,
        Some("basis point"),
    );
}

#[test]
fn temperatures_carry_their_scale() {
    let (l, h) = exact(41.0);
    check(
        "Madrid sweltered at 41C on Friday.",
        "41C",
        l,
        h,
        Some("°C"),
    );
    check(
        "Madrid sweltered at 41°C on Friday.",
        "41°C",
        l,
        h,
        Some("°C"),
    );
    check(
        "Madrid sweltered at 41 degrees Celsius.",
        "41 degrees Celsius",
        l,
        h,
        Some("°C"),
    );
    let (l, h) = exact(-12.0);
    check("Lows of -12F are forecast.", "-12F", l, h, Some("°F"));
    // Bare degrees stay degrees (angles, or a scale named elsewhere).
    let (l, h) = exact(30.0);
    check(
        "The ship listed 30 degrees.",
        "30 degrees",
        l,
        h,
        Some("degree"),
    );
}

#[test]
fn fractions_joined_by_and() {
    let (l, h) = exact(2.5);
    check(
        "Hikers covered two and one-half miles.",
        "two and one-half miles",
        l,
        h,
        Some("mile"),
    );
    let (l, h) = exact(4.5e6);
    check(
        "Some four million and a half voted.",
        "Some four million and a half",
        l,
        h,
        None,
    );
    let (l, h) = exact(2_000_250_000.0);
    check(
        "It cost two billion and a quarter million.",
        "two billion and a quarter million",
        l,
        h,
        None,
    );
    let (l, h) = exact(2.5e6);
    check(
        "Some 2 million and a half voted.",
        "Some 2 million and a half",
        l,
        h,
        None,
    );
    let (l, h) = exact(0.25);
    check("One quarter of staff left.", "One quarter", l, h, None);
    let (l, h) = exact(224.0);
    check(
        "They shipped two hundred and two dozen crates.",
        "two hundred and two dozen crates",
        l,
        h,
        Some("crate"),
    );
}

#[test]
fn vulgar_and_spoken_fractions() {
    let (l, h) = exact(3.5);
    check(
        "The queue stretched 3½ miles.",
        "3½ miles",
        l,
        h,
        Some("mile"),
    );
    let (l, h) = exact(0.75);
    check("Add ¾ cups.", "¾ cups", l, h, Some("cup"));
    let (l, h) = exact(0.25);
    check("The odds are one over four.", "one over four", l, h, None);
    // `over` before a span is not a fraction.
    let v = counts("They added 3 over 20 years.");
    assert_eq!(v[0].low, Some(3.0), "{v:?}");
    let (l, h) = exact(1.0 / 24.0);
    check(
        "Only one twenty-fourth remains.",
        "one twenty-fourth",
        l,
        h,
        None,
    );
    let (l, h) = exact(1e-9);
    check("It is a billionth of the total.", "a billionth", l, h, None);
    let m = one("Odds were one in four.");
    assert_eq!(
        &"Odds were one in four."[m.number.0..m.number.1],
        "one in four"
    );
}

#[test]
fn unnamed_cents_end_the_clause() {
    let (l, h) = exact(12.75);
    check(
        "A ticket cost 12 dollars 75.",
        "12 dollars 75",
        l,
        h,
        Some("USD"),
    );
    check(
        "A ticket cost twelve dollars seventy five.",
        "twelve dollars seventy five",
        l,
        h,
        Some("USD"),
    );
    // A figure with its own noun is another count.
    let v = counts("The fee was 12 dollars 75 riders paid it.");
    assert_eq!(v.len(), 2, "{v:?}");
    // `between … and …` is a range.
    check(
        "Tickets cost between $20 and 30.",
        "between $20 and 30",
        Some(20.0),
        Some(30.0),
        Some("USD"),
    );
}

#[test]
fn digits_with_spoken_scales_continue() {
    let (l, h) = exact(5230.0);
    check(
        "We counted 5 thousand 2 hundred and 30.",
        "5 thousand 2 hundred and 30",
        l,
        h,
        None,
    );
    let (l, h) = exact(40_000_300.0);
    check(
        "The grant is 4 crore and three hundred.",
        "4 crore and three hundred",
        l,
        h,
        None,
    );
    let (l, h) = exact(3e12);
    check(
        "The plan costs three lakh crore.",
        "three lakh crore",
        l,
        h,
        None,
    );
    // After millions, `and` starts another figure.
    let v = counts("It raised 4 million and 200 donors gave.");
    assert_eq!(v.len(), 2, "{v:?}");
}

#[test]
fn counted_nouns_after_modifiers() {
    let (l, h) = exact(4.0);
    check(
        "Police seized four hunting rifles.",
        "four hunting rifles",
        l,
        h,
        Some("rifle"),
    );
    check(
        "He faces four second-degree assault charges.",
        "four second-degree assault charges",
        l,
        h,
        Some("charge"),
    );
    check(
        "Troops found four M-16 rifles.",
        "four M-16 rifles",
        l,
        h,
        Some("rifle"),
    );
    let (l, h) = exact(300.0);
    check(
        "About 300 fellow workers joined.",
        "About 300 fellow workers",
        l,
        h,
        Some("worker"),
    );
    // No plural noun after the modifiers: no unit.
    let m = one("He scored 30 last night.");
    assert_eq!(m.unit, None);
    // A year before a noun stays a year.
    assert!(counts("In 2011 police officers struck.").is_empty());
    assert!(counts("Survivors of the 1987 floods met.").is_empty());
}

#[test]
fn compounds_and_idioms_are_not_fractions() {
    // `fourth-quarter`, `eighth-round`, `after half`: parts of a game.
    let v = counts("He led three fourth-quarter rallies.");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].low, Some(3.0));
    assert!(counts("He won an eighth-round stoppage.")
        .iter()
        .all(|m| m.low != Some(0.125)));
    assert!(counts("They scored right after half.").is_empty());
    let m = one("He hit two three-point shots.");
    assert_eq!(m.low, Some(2.0));
    assert!(counts("From the 3-point line.")
        .iter()
        .all(|m| m.unit.is_none()));
}

#[test]
fn ages_after_death_words_and_spaced_phones() {
    for t in [
        "Jazz pianist dies at 88",
        "The painter, who died in Rome at 88, was",
        "He retired at the age of 88.",
    ] {
        let v = find_numbers(t);
        assert_eq!(v.len(), 1, "{t}: {v:?}");
        assert_eq!(v[0].form, NumberForm::Age, "{t}");
    }
    let v = find_numbers("Ring 0800 123 4567 for help.");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].form, NumberForm::Other);
}

#[test]
fn percent_written_before_its_figure() {
    let m = one("The rate is per cent of 12.");
    assert_eq!(m.unit.as_deref(), Some("%"));
    assert_eq!(m.low, Some(12.0));
}

#[test]
fn reaching_a_figure_and_clipped_decades() {
    // `bringing … up to` reaches the figure; it is no ceiling.
    check(
        "Repairs brought output up to 64% of normal.",
        "64%",
        Some(64.0),
        Some(64.0),
        Some("%"),
    );
    check(
        "Output could rise up to 64%.",
        "up to 64%",
        None,
        Some(64.0),
        Some("%"),
    );
    let v = find_numbers("Songs of the '60s and ’70s.");
    assert!(v.iter().all(|m| m.form == NumberForm::Year), "{v:?}");
}

#[test]
fn parts_of_a_group_count_the_group_noun() {
    let (lo, hi) = exact(4.0);
    check(
        "Rescuers reached four of the stranded boats by noon.",
        "four of the stranded boats",
        lo,
        hi,
        Some("boat"),
    );
    let (lo, hi) = exact(3.0);
    check(
        "Three of the new clinics closed in May.",
        "Three of the new clinics",
        lo,
        hi,
        Some("clinic"),
    );
    check("Only three of them survived.", "three", lo, hi, None);
}

#[test]
fn names_labels_and_calibres_are_not_counts() {
    for t in [
        "Police found a .45-caliber pistol in the car.",
        "The charge falls under section 212 of the penal code.",
        "He was hurt in week 6 against Denver.",
        "Fans packed the arena for the Final Four last spring.",
        "The one thing voters wanted was a new bridge.",
        "Attackers used zero-day flaws in the browser.",
    ] {
        assert!(counts(t).is_empty(), "{t}: {:?}", counts(t));
    }
    // `the 3rd quarter` is a period of the game, not a fraction.
    let t = "The forward scored late in the 3rd quarter.";
    assert!(find_numbers(t).iter().all(|m| m.low != Some(0.25)), "{t}");
    // A headline in title case keeps its counts.
    assert_eq!(one("Storm Kills Three In Coastal Town").low, Some(3.0));
    // A count after a label word keeps its noun.
    let (lo, hi) = exact(40.0);
    check(
        "During that week 40 families left.",
        "40 families",
        lo,
        hi,
        Some("family"),
    );
}

#[test]
fn ages_set_off_after_a_person() {
    for t in [
        "The victim, 31, was not hurt.",
        "Police named the driver as Maria Lopes, 47.",
        // A relation or a role names the person.
        "Her nephew, 9, was asleep upstairs.",
        "The suspect, 19, was booked into jail.",
        "His girlfriend, 23, called for help.",
    ] {
        let v = find_numbers(t);
        assert_eq!(v.len(), 1, "{t}: {v:?}");
        assert_eq!(v[0].form, NumberForm::Age, "{t}");
    }
}

#[test]
fn nouns_after_two_adjectives_bounds_after_the_noun_and_dates_after() {
    let (lo, hi) = exact(6.0);
    check(
        "Six other young women were questioned.",
        "Six other young women",
        lo,
        hi,
        Some("woman"),
    );
    check(
        "He leaves six grandchildren.",
        "six grandchildren",
        lo,
        hi,
        Some("grandchild"),
    );
    check(
        "Games decided by two goals or fewer were common.",
        "two goals or fewer",
        None,
        Some(2.0),
        Some("goal"),
    );
    let v = counts("It had 12 members and more than 40 donors.");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!((v[0].low, v[0].high), exact(12.0));
    // `last week` after the number is a date, not its unit.
    assert_eq!(one("The attack follows two last week.").unit, None);
}

#[test]
fn times_counts_occurrences_and_quoted_titles_are_names() {
    let (lo, hi) = exact(4.0);
    check(
        "The dog was struck four times.",
        "four times",
        lo,
        hi,
        Some("time"),
    );
    // A multiplier is a figure in `time` too, as `fourfold` is (the
    // guideline's `five times the legal limit`).
    assert_eq!(
        one("Prices rose four times as fast.").unit.as_deref(),
        Some("time")
    );
    assert_eq!(one("Take it four times a day.").unit, None);
    let t = "She starred in \"Seven Brides For Seven Brothers\" and other films.";
    assert!(counts(t).is_empty(), "{t}: {:?}", counts(t));
}

#[test]
fn points_counted_off_in_prose_are_list_markers() {
    let t = "Two lessons stand out. One, the levee was too low, and two, nobody checked it.";
    let v = counts(t);
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].unit.as_deref(), Some("lesson"));
    // A sentence that opens with a count set off by commas keeps it.
    assert_eq!(one("Two, both minors, were held overnight.").low, Some(2.0));
}

#[test]
fn over_after_an_amount_spreads_it_over_a_period() {
    let v = counts("The state will spend $40 million over three years.");
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!((v[1].low, v[1].high), exact(3.0));
    assert_eq!(v[1].unit.as_deref(), Some("year"));
    // Without an amount before it, `over` is still a lower bound.
    let m = one("The trial lasted over three years.");
    assert_eq!((m.low, m.high), (Some(3.0), None));
}

// ---- Held-out news, fourth sample: error classes (own sentences) ----

/// The form of the single match in `text`.
#[track_caller]
fn only_form(text: &str) -> NumberForm {
    let v = find_numbers(text);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v[0].form
}

#[test]
fn spaced_clock_times_are_times() {
    for t in [
        "The shop opened at 9 a. m. on Monday.",
        "Guests left about 11 p. m.",
    ] {
        assert_eq!(only_form(t), NumberForm::Time, "{t}");
    }
}

#[test]
fn thousands_spaced_after_the_comma_join_after_a_currency() {
    check(
        "The laptop sells for $1, 349 in stores.",
        "$1, 349",
        Some(1349.0),
        Some(1349.0),
        Some("USD"),
    );
    check(
        "bail was set at $250, 000.",
        "$250, 000",
        Some(250000.0),
        Some(250000.0),
        Some("USD"),
    );
    // Without a currency, a comma and a space separate two figures.
    assert_eq!(counts("Rooms 4, 120 and 7 were empty.").len(), 3);
}

#[test]
fn the_second_half_of_a_game_is_no_fraction() {
    let v = find_numbers("He scored twice in the second half of the game.");
    assert!(v.iter().all(|m| m.form != NumberForm::Cardinal), "{v:?}");
    check(
        "Half of the homes were lost.",
        "Half",
        Some(0.5),
        Some(0.5),
        None,
    );
}

#[test]
fn a_figure_before_a_partitive_figure_shares_its_noun() {
    let t = "She hit 31 of 40 shots and won 9 of their last 12 games.";
    let v = counts(t);
    let got: Vec<_> = v
        .iter()
        .map(|m| (span(t, m), m.low, m.unit.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("31", Some(31.0), Some("shot")),
            ("40 shots", Some(40.0), Some("shot")),
            ("9", Some(9.0), Some("game")),
            ("12 games", Some(12.0), Some("game")),
        ]
    );
    check(
        "Four of his sons came.",
        "Four of his sons",
        Some(4.0),
        Some(4.0),
        Some("son"),
    );
}

#[test]
fn coordinated_compounds_share_the_unit() {
    let t = "Both the 11- and 14-inch screens are sold out.";
    let v = counts(t);
    let units: Vec<_> = v.iter().map(|m| (m.low, m.unit.as_deref())).collect();
    assert_eq!(
        units,
        [(Some(11.0), Some("inch")), (Some(14.0), Some("inch"))]
    );
    assert_eq!(span(t, &v[0]), "11");
}

#[test]
fn an_adverb_may_stand_before_the_adjective() {
    check(
        "at least 40 mostly young people marched",
        "at least 40 mostly young people",
        Some(40.0),
        None,
        Some("people"),
    );
}

#[test]
fn an_upper_bound_on_a_persons_age_is_an_age() {
    for (t, high) in [
        ("No physicians under 30 had applied.", 30.0),
        ("Her daughter was under 12.", 12.0),
    ] {
        let v = find_numbers(t);
        assert_eq!(v.len(), 1, "{t}: {v:?}");
        assert_eq!(
            (v[0].form, v[0].low, v[0].high),
            (NumberForm::Age, None, Some(high)),
            "{t}"
        );
    }
    // Not a person: a count under a bound.
    assert_eq!(
        one("The fund has under 30 staff.").form,
        NumberForm::Cardinal
    );
}

#[test]
fn ages_after_suffixed_names_possessives_and_nouns_of_persons() {
    for t in [
        "Samuel Ortiz Jr., 52, was released.",
        "Lee's, 41, latest film opens today.",
        "The suspect named was the dentist, 38, from Leeds.",
        "Anna Price, 29 and from Bristol, was named.",
        "Tom Hale, 61 was found at home.",
    ] {
        assert_eq!(only_form(t), NumberForm::Age, "{t}");
    }
    let t = "the twins, aged 4 and 9, were safe";
    assert!(find_numbers(t).iter().all(|m| m.form == NumberForm::Age));
}

#[test]
fn abbreviations_in_the_plural_are_counted_nouns() {
    check(
        "a record of 40-2 with 31 KOs",
        "31 KOs",
        Some(31.0),
        Some(31.0),
        Some("ko"),
    );
    check(
        "He has 28 KO's in all.",
        "28 KO's",
        Some(28.0),
        Some(28.0),
        Some("ko"),
    );
    check(
        "The firm runs 12 ATMs downtown.",
        "12 ATMs",
        Some(12.0),
        Some(12.0),
        Some("atm"),
    );
}

#[test]
fn a_singular_noun_glued_to_a_figure_after_an_article() {
    check(
        "She won a six round bout.",
        "six round",
        Some(6.0),
        Some(6.0),
        Some("round"),
    );
    check(
        "They built a two car garage.",
        "two car",
        Some(2.0),
        Some(2.0),
        Some("car"),
    );
    // Without the article the plural after it is the noun counted.
    assert_eq!(
        one("The two car makers merged.").unit.as_deref(),
        Some("maker")
    );
}

#[test]
fn yards_inches_and_screen_units_are_measures() {
    check(
        "a 60 yard run",
        "60 yard",
        Some(60.0),
        Some(60.0),
        Some("yard"),
    );
    check(
        "It gained 412 total yards.",
        "412 total yards",
        Some(412.0),
        Some(412.0),
        Some("yard"),
    );
    check(
        "a 5 inch screen",
        "5 inch",
        Some(5.0),
        Some(5.0),
        Some("inch"),
    );
    check(
        "with a 12 MPx camera",
        "12 MPx",
        Some(12.0),
        Some(12.0),
        Some("megapixel"),
    );
    check(
        "a 3000 mAh battery",
        "3000 mAh",
        Some(3000.0),
        Some(3000.0),
        Some("mah"),
    );
}

#[test]
fn kinds_of_shot_and_seeds_are_names() {
    for t in [
        "He finished a three-point play late.",
        "She went 4 for 9 from 3-point range.",
        "He hit a 3-pointer at the buzzer.",
        "Smith missed an open three; the ball went out.",
        "They clinched the four seed on Sunday.",
    ] {
        let v = find_numbers(t);
        let cards: Vec<_> = v
            .iter()
            .filter(|m| m.form == NumberForm::Cardinal && m.low == Some(3.0))
            .collect();
        assert!(cards.is_empty(), "{t}: {v:?}");
    }
    assert!(counts("They clinched the four seed on Sunday.").is_empty());
    // A margin counts points; a three-month stay is a duration.
    check("a 3-point lead", "3", Some(3.0), Some(3.0), None);
    check(
        "a three-month stay",
        "three-month",
        Some(3.0),
        Some(3.0),
        Some("month"),
    );
}

#[test]
fn made_attempted_lines_are_two_counts() {
    let t = "He went 6-of-11 from the floor and 2-for-5 from deep.";
    let v: Vec<_> = counts(t).iter().map(|m| m.low).collect();
    assert_eq!(v, [Some(6.0), Some(11.0), Some(2.0), Some(5.0)]);
    // Names keep their tails.
    assert!(counts("a COVID-19 ward").is_empty());
}

/// The form of the single amount in `text`.
fn form_of(text: &str) -> NumberForm {
    one(text).form
}

#[test]
fn shares_in_words_are_fractions_not_counts() {
    for t in [
        "Roughly half of the staff stayed home.",
        "A third of the budget went on fuel.",
        "Nearly three-quarters of the flats lost power.",
        "More than half voted against the plan.",
        "Two thirds of the seats changed hands.",
    ] {
        assert_eq!(form_of(t), NumberForm::Fraction, "{t}");
    }
    // A whole part, a scale or digits keep it an amount of its own.
    for t in [
        "The talks lasted two and a half days.",
        "Half a million tickets were sold.",
        "The trail is 1/2 mile long.",
        "The walk took 4 1/2 hours.",
    ] {
        assert_eq!(form_of(t), NumberForm::Cardinal, "{t}");
    }
}

#[test]
fn amounts_with_no_figure_are_vague() {
    for t in [
        "Dozens of shops stayed shut.",
        "Hundreds of volunteers turned up.",
        "Tens of thousands lost their savings.",
        "Several dozen farmers blocked the road.",
        "Millions of phones need the update.",
    ] {
        let m = one(t);
        assert_eq!(m.form, NumberForm::Vague, "{t}");
        assert!(m.low.is_some() && m.high.is_none(), "{t}");
    }
    // A figure with `dozen` is a number: `three dozen` is 36.
    assert_eq!(
        form_of("They sent three dozen boxes."),
        NumberForm::Cardinal
    );
}

/// The forms of every match in `text`, with its text.
fn forms(text: &str) -> Vec<(&str, NumberForm)> {
    find_numbers(text)
        .into_iter()
        .map(|m| (&text[m.start..m.end], m.form))
        .collect()
}

#[test]
fn names_numbered_after_a_word_are_not_counts() {
    use NumberForm::Other;
    for (t, want) in [
        (
            "The lorry overturned on state route 17 near the bridge.",
            "17",
        ),
        ("Traffic was diverted to highway 41 all night.", "41"),
        ("She boarded flight 206 to Lisbon.", "206"),
        ("The phone runs software version 4.2 out of the box.", "4.2"),
        ("He pulled a. 44 magnum from the bag.", "44"),
        ("Snow fell across much of the Lower 48 on Tuesday.", "48"),
        // The name word may follow an earlier match.
        ("Fans of the first film await Second Wave 3 eagerly.", "3"),
        // A "noun" with an object after it is a verb.
        ("The new Pixel 9000 gives you a brighter screen.", "9000"),
    ] {
        let f = forms(t);
        assert!(f.contains(&(want, Other)), "{t}: {f:?}");
    }
}

#[test]
fn local_phone_numbers_and_tied_scores_are_not_ranges() {
    use NumberForm::Other;
    let t = "Tips can be phoned in to the desk at 555-0199.";
    assert_eq!(forms(t), vec![("555-0199", Other)]);
    let t = "The visitors turned a 14-all tie into a rout.";
    assert_eq!(forms(t), vec![("14-all", Other)]);
    // A range with its noun stays a range.
    let m = one("Between them they fed 300-1000 families a week.");
    assert_eq!((m.low, m.high), (Some(300.0), Some(1000.0)));
}

#[test]
fn within_bounds_the_figure_from_above() {
    check(
        "The board must decide within 45 days.",
        "within 45 days",
        None,
        Some(45.0),
        Some("day"),
    );
    let m = one("Within three weeks the stock was gone.");
    assert_eq!((m.low, m.high, m.strict), (None, Some(3.0), false));
    // A range after it stays the range.
    let m = one("A fix should ship within four to six weeks.");
    assert_eq!((m.low, m.high), (Some(4.0), Some(6.0)));
}

#[test]
fn one_used_as_an_article_is_not_a_count() {
    for t in [
        "One reason may be the weather.",
        "The vote was close. One analysis put the margin at a handful.",
        "Turnout rose, according to one estimate.",
        "One neighbour, who did not give her name, said the dog barked all night.",
        "\"One shopper told us the queue was long,\" she wrote.",
        "He read from his memoir, \"A Long Walk: One Woman's Journey Home.\"",
    ] {
        assert!(counts(t).is_empty(), "{t}: {:?}", counts(t));
    }
    // Counting one of something still counts.
    for t in [
        "One man was injured in the blast.",
        "One bullet hit the door; two others missed.",
    ] {
        let c = counts(t);
        assert_eq!(
            c.first().map(|m| (m.start, m.low)),
            Some((c[0].start, Some(1.0))),
            "{t}"
        );
        assert!(t[c[0].start..].to_lowercase().starts_with("one"), "{t}");
    }
}

#[test]
fn mixed_numbers_with_a_spaced_slash() {
    check(
        "The hearing ran 3 1 / 2 hours before the break.",
        "3 1 / 2 hours",
        Some(3.5),
        Some(3.5),
        Some("hour"),
    );
    // A spaced date after a figure is not its fraction.
    let c = counts("Lot 4 1 / 2 / 2013 was sold.");
    assert!(c.iter().all(|m| m.low != Some(4.5)), "{c:?}");
}

#[test]
fn over_after_another_figure_is_a_preposition() {
    let t = "She scored 900 points over four seasons.";
    let c = counts(t);
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!((c[1].low, c[1].high), (Some(4.0), Some(4.0)));
    // A bound elsewhere, or on a figure that is no span of time, stays a
    // bound.
    let m = one("Over 300 guests came.");
    assert_eq!((m.low, m.high), (Some(300.0), None));
    let c = counts("It gave the two strikers over 20 goals each.");
    let last = c.last().map(|m| (m.low, m.high));
    assert_eq!(last, Some((Some(20.0), None)), "{c:?}");
}

#[test]
fn the_fifties_are_a_decade_and_multi_millions_are_vague() {
    let f = forms("Through the 60s she toured; in her 70s she wrote.");
    assert_eq!(f[0], ("60s", NumberForm::Year), "{f:?}");
    assert_eq!(f[1].1, NumberForm::Age, "{f:?}");
    assert_eq!(
        forms("He built a multi-billion-dollar firm.")[0].1,
        NumberForm::Vague
    );
}

#[test]
fn a_noun_or_two_is_vague_and_at_least_keeps_a_range() {
    assert!(counts("Rain may fall for a day or two.").is_empty());
    assert!(counts("He might last a round or two.").is_empty());
    let m = one("The line may be down for at least 48 to 96 hours.");
    assert_eq!((m.low, m.high), (Some(48.0), Some(96.0)));
}

#[test]
fn one_in_a_fixed_compound_counts_nothing() {
    for t in [
        "The host fired off one-liners all night.",
        "It was a one-off payment.",
        "The former one-time champion retired.",
    ] {
        assert!(counts(t).is_empty(), "{t}: {:?}", counts(t));
    }
    assert_eq!(one("She signed a one-year deal.").low, Some(1.0));
}

#[test]
fn a_pair_of_things_is_two_of_them() {
    check(
        "He threw a pair of touchdowns.",
        "a pair of touchdowns",
        Some(2.0),
        Some(2.0),
        Some("touchdown"),
    );
    // The noun behind an adjective is not read after `of` (as after
    // `dozens of`), but the figure is.
    assert_eq!(one("They sold a pair of used cars.").low, Some(2.0));
    // `the pair` and a bare `a pair` point back to people already counted.
    for t in ["The pair were arrested.", "They make a pair, she said."] {
        assert!(counts(t).is_empty(), "{t}: {:?}", counts(t));
    }
}

#[test]
fn a_change_verb_a_few_words_back_splits_from_a_to_b() {
    let v = counts("Ostria raised its tariff on steel from Norland from 10% to 25%.");
    assert_eq!(v.len(), 2, "{v:?}");
    // With no change verb in the clause it stays one range.
    let v = counts("Tickets cost, they said, from $10 to $20.");
    assert_eq!(v.len(), 1, "{v:?}");
}

#[test]
fn a_scaled_figure_carries_no_binary_noise() {
    let m = find_numbers("Profit was $1.07bn, up from 4.35m.");
    assert_eq!(m[0].low, Some(1_070_000_000.0));
    assert_eq!(m[1].low, Some(4_350_000.0));
    assert_eq!(tidy(2.5), 2.5);
    assert_eq!(tidy(1.5e13 + 0.001), 1.5e13);
}

#[test]
fn a_bound_holds_for_its_alternative() {
    let m = find_numbers("Within one minute or two, it burned.");
    assert_eq!((m[1].low, m[1].high), (None, Some(2.0)));
    let m = find_numbers("At least five or six died.");
    assert_eq!((m[1].low, m[1].high), (Some(6.0), None));
    let m = find_numbers("It had more than two weeks or three weeks left.");
    assert_eq!((m[1].low, m[1].high), (Some(3.0), Some(3.0)));
    let m = find_numbers("Five or six people died.");
    assert_eq!((m[1].low, m[1].high), (Some(6.0), Some(6.0)));
}

#[test]
fn both_sides_of_a_hyphenated_dimension_are_figures() {
    let m = find_numbers("the display's 480-by-360 resolution");
    let got: Vec<_> = m.iter().map(|m| (m.low, m.form)).collect();
    assert_eq!(
        got,
        [
            (Some(480.0), NumberForm::Cardinal),
            (Some(360.0), NumberForm::Cardinal)
        ]
    );
    // A name stays one: `COVID-19`, `F-35`.
    assert!(find_numbers("COVID-19 and the F-35")
        .iter()
        .all(|m| m.low.is_none()));
}

#[test]
fn a_capitalised_plural_after_a_large_figure_is_counted() {
    let m = find_numbers("Over 2.5 million Turkmens are eligible to vote.");
    assert_eq!(m[0].unit.as_deref(), Some("turkmen"));
    // Names are numbered in small figures: `the 3 Doors`.
    assert_eq!(find_numbers("He saw 3 Doors Down play.")[0].unit, None);
}
#[test]
fn an_age_set_off_after_a_counted_person_is_an_age() {
    // "One man" is an earlier match, which the age's look back must pass.
    for t in [
        "One man, 41, died at the hospital.",
        "A man, 41, died at the hospital.",
    ] {
        let n = find_numbers(t);
        let age = n
            .iter()
            .find(|m| &t[m.start..m.end] == "41")
            .expect("41 read");
        assert_eq!(age.form, NumberForm::Age, "{t}");
    }
}

#[test]
fn a_pair_of_ages_after_people_is_two_ages() {
    let t = "Two men, 41 and 36, were shot.";
    let forms: Vec<NumberForm> = find_numbers(t)
        .iter()
        .filter(|m| matches!(&t[m.start..m.end], "41" | "36"))
        .map(|m| m.form)
        .collect();
    assert_eq!(forms, [NumberForm::Age, NumberForm::Age]);
    // A count after people is no age.
    let t = "Two men, 41 and 36 others were shot.";
    assert!(
        find_numbers(t).iter().all(|m| m.form != NumberForm::Age),
        "{t}"
    );
}

#[test]
fn weekdays_in_the_plural_are_counted() {
    check(
        "The striker was hurt two Sundays ago.",
        "two Sundays",
        Some(2.0),
        Some(2.0),
        Some("sunday"),
    );
    check(
        "Shares fell on three Fridays running.",
        "three Fridays",
        Some(3.0),
        Some(3.0),
        Some("friday"),
    );
    // A single weekday after a figure is still no noun of it.
    assert!(counts("The team won 3 Sunday.")
        .iter()
        .all(|m| m.unit.as_deref() != Some("sunday")));
}

/// The amounts (what becomes a quantity claim) in `text`, as
/// (matched text, low, unit).
fn amounts(text: &str) -> Vec<(&str, Option<f64>, Option<String>)> {
    find_numbers(text)
        .into_iter()
        .filter(|m| m.form.is_amount())
        .map(|m| (&text[m.start..m.end], m.low, m.unit))
        .collect()
}

#[test]
fn clock_times_in_zones_written_with_a_point_or_glossed() {
    // A wire dateline's time with a point, and a local time glossed by
    // one in a zone, are times; the zones of Asia and the Americas count.
    assert!(amounts("Wednesday 3 June 2015 17.45 BST").is_empty());
    assert!(amounts("The blast came at 0915 (0345 GMT) near the port.").is_empty());
    assert!(amounts("Posted 1130 GMT (1930 HKT) by the desk").is_empty());
    assert!(amounts("The order was signed at 2210 IST.").is_empty());
    // A decimal before a zone-like word that is no zone stays a figure.
    assert_eq!(amounts("Shares rose 12.45 percent.").len(), 1);
}

#[test]
fn years_cut_to_two_digits_after_an_apostrophe() {
    assert!(
        amounts("He made the team three times ('91, '93, '95).").is_empty()
            || amounts("He made the team three times ('91, '93, '95).")
                .iter()
                .all(|(t, _, _)| t.contains("three"))
    );
    assert!(amounts("the \u{2019}72 squad still holds the mark").is_empty());
    // A plural noun after it: a quotation opening with a count.
    let v = amounts("'40 people were moved out overnight,' she said.");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!(v[0].1, Some(40.0));
}

#[test]
fn a_year_after_the_article_modifies_its_noun() {
    // `a 1985 police-corruption trial`: no count can follow `a`.
    assert!(amounts("He testified at a 1985 police-corruption trial.").is_empty());
    assert!(amounts("It recalled a 2004 staff memo.").is_empty());
    // A unit after it is still a measure.
    let v = amounts("She ran a 1500 metre race.");
    assert_eq!(v.len(), 1, "{v:?}");
}

#[test]
fn emergency_lines_and_numbered_roads_are_names() {
    assert!(amounts("A 911 supervisor stayed on the line.").is_empty());
    assert!(amounts("Traffic backed up on the 405 Freeway.").is_empty());
    // A federal highway after the country's abbreviation.
    assert!(amounts("The chase ended on U.S. 24 near a quarry.").is_empty());
    // A count after the country is still a count.
    assert_eq!(amounts("The U.S. 24 ships sailed.").len(), 1);
    // A lower-case road word after a count: a measure of the road.
    let v = amounts("They repaved 12 miles of freeway.");
    assert_eq!(v.len(), 1, "{v:?}");
}

#[test]
fn multipliers_are_figures_in_time() {
    for (t, lo) in [
        (
            "The new cell lasts four times longer than the old one.",
            4.0,
        ),
        ("Her reading was nearly three times the legal limit.", 3.0),
        ("The plant makes twice as many and six times as much.", 6.0),
    ] {
        let v = amounts(t);
        let m = v
            .iter()
            .find(|x| x.1 == Some(lo))
            .unwrap_or_else(|| panic!("{t}: {v:?}"));
        assert_eq!(m.2.as_deref(), Some("time"), "{t}");
    }
    // A rate keeps no `time`: how often, not how many times larger.
    let v = amounts("Take it three times a day.");
    assert!(v.iter().all(|x| x.2.as_deref() != Some("time")), "{v:?}");
}

#[test]
fn a_decimal_before_a_quake_is_its_magnitude() {
    check(
        "A 4.8 temblor shook the valley.",
        "4.8 temblor",
        Some(4.8),
        Some(4.8),
        Some("magnitude"),
    );
    // Whole counts of quakes stay counts.
    check(
        "Two quakes shook the valley.",
        "Two quakes",
        Some(2.0),
        Some(2.0),
        Some("quake"),
    );
}

#[test]
fn an_ordinal_part_before_a_result_is_no_series() {
    // `a seventh round knockout`: one knockout, in the seventh round.
    let m = one("He won by a seventh round knockout.");
    assert_eq!((m.form, m.unit), (NumberForm::Ordinal, None));
    // `a third round of talks` still says three rounds were held.
    let m = one("They met for a third round of talks.");
    assert_eq!(m.unit.as_deref(), Some("round"));
}

#[test]
fn spaced_one_liners_euro_glued_and_vehicle_names() {
    assert!(amounts("The host opened with a one liner about the weather.").is_empty());
    assert!(amounts("They fled in a stolen four-by-four.").is_empty());
    assert!(amounts("A 4\u{d7}4 was found burned out.").is_empty());
    let v = amounts("The fund holds euro45 billion in bonds.");
    assert_eq!(v.len(), 1, "{v:?}");
    assert_eq!((v[0].1, v[0].2.as_deref()), (Some(45e9), Some("EUR")));
}

#[test]
fn chips_and_wireless_standards_named_by_digits_and_a_letter() {
    assert!(amounts("It ships with a Radeon 5870M chip.").is_empty());
    assert!(amounts("The 7300M GS handles the graphics.").is_empty());
    assert!(amounts("It supports 802.11n and 802.11g networks.").is_empty());
    // Millions glued to a count or to money stay figures.
    let v = amounts("The firm sold 1500M units and raised $2000M.");
    assert_eq!(v.len(), 2, "{v:?}");
}
