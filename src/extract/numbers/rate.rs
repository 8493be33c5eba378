//! Rates: a figure per something (`$71.30 per barrel`, `$9.99 a month`,
//! `600,000 barrels a day`). The unit is written `numerator/denominator`
//! with the denominator in the singular (`USD/barrel`, `barrel/day`), so
//! that a price is never compared with a total, nor a daily figure with a
//! yearly one.

use super::*;

impl Scan<'_> {
    /// The denominator after a figure of unit `unit` ending at `e`:
    /// `per barrel`, `a month`, `an hour`, `/month`. Returns where it ends
    /// and the rate's unit. Percentages, durations and units that are
    /// rates already (`mph`, `km/h`) take none; after `a` or `an` only
    /// spans of time and the usual units of trade count (`a share`, `a
    /// tonne`), and not before `ago`, `earlier` or `later` (`$5 a year
    /// ago` is no rate). Money may be per anything (`USD/share`); other
    /// figures only per span of time (`barrel/day`).
    pub(super) fn rate_after(&self, e: usize, unit: &str) -> Option<(usize, String)> {
        // Bytes first: nearly every figure is followed by something other
        // than `/`, ` per`, ` a` or ` an`.
        let next = self.byte(e);
        if next != b'/'
            && !(next == b' '
                && matches!(
                    self.byte(e + 1),
                    b'p' | b'a' | b'e' | b'y' | b'm' | b'w' | b'd'
                ))
        {
            return None;
        }
        if unit == "%"
            || unit.contains('/')
            || unit.starts_with("__")
            || matches!(
                unit,
                "mph" | "rpm" | "mpg" | "bpd" | "percentage point" | "basis point"
            )
            || nounwords::duration(unit).is_some()
        {
            return None;
        }
        // `$9.99/month`, `$3/kg`.
        if self.byte(e) == b'/' {
            let y = self
                .next(e + 1)
                .filter(|y| y.k == K::Word && y.s == e + 1 && self.boundary(y.e))?;
            let d = denominator(&self.w(Some(y)))?;
            return Some((y.e, format!("{unit}/{d}")));
        }
        let x = self
            .next(e)
            .filter(|x| x.k == K::Word && lex::joined(self.t, e, x.s))?;
        let xw = self.w(Some(x));
        // `$120 million annually`, `600,000 barrels daily`: an adverb of
        // frequency is `a year`, `a day`. Not the adjective before a noun
        // (`two daily flights`, `a $5 monthly fee` keep their own reading).
        if let Some(d) = frequency_adverb(&xw) {
            let y = self.next(x.e);
            let adjective = xw != "annually"
                && y.is_some_and(|y| {
                    y.k == K::Word
                        && lex::joined(self.t, x.e, y.s)
                        && !nounwords::never_noun(&self.w(Some(y)))
                });
            if adjective {
                return None;
            }
            return Some((x.e, format!("{unit}/{d}")));
        }
        // `every month`, `each day`: as `a month`, but only per span of
        // time (`$5 each` is the price of one, `12 every player` no rate).
        let every = matches!(xw.as_str(), "every" | "each");
        let per = match xw.as_str() {
            "per" => true,
            "a" | "an" | "every" | "each" => false,
            _ => return None,
        };
        let y = self
            .next(x.e)
            .filter(|y| y.k == K::Word && y.s == x.e + 1 && self.boundary(y.e))?;
        let w = self.w(Some(y));
        // `per cent` is a percentage; `per capita` a share of people.
        if w == "cent" || !self.byte(y.s).is_ascii_lowercase() {
            return None;
        }
        if !per && !trade_unit(&w) || every && nounwords::duration(&w).is_none() {
            return None;
        }
        let z = self.next(y.e);
        let after = self.w(z);
        // `€11m a year before tax` is still a rate: a sum before or after
        // tax is the same sum.
        if matches!(after.as_str(), "ago" | "earlier" | "later" | "since")
            || matches!(after.as_str(), "before" | "after")
                && !matches!(
                    self.w(z.and_then(|z| self.next(z.e))).as_str(),
                    "tax" | "taxes"
                )
        {
            return None;
        }
        // `a year or two`, `a year and a half`: the span goes on. A clause
        // after `and` (`$71.30 per barrel and the group pumps`) leaves the
        // rate whole.
        if matches!(after.as_str(), "or" | "and") {
            let v = z.and_then(|z| self.next(z.e));
            let vw = self.w(v);
            if v.is_none_or(|v| v.k == K::Num)
                || matches!(vw.as_str(), "a" | "an" | "half" | "so" | "more" | "less")
                || words::num_word(&vw).is_some()
            {
                return None;
            }
        }
        let d = denominator(&w)?;
        // A count over anything but time is an average of a stat line
        // (`3.8 yards per carry`), which keeps its counted noun.
        if !classify_money(unit) && nounwords::duration(&d).is_none() && d != "night" {
            return None;
        }
        Some((y.e, format!("{unit}/{d}")))
    }
}

/// Adverbs of frequency after a figure and the span they are per
/// (`$120 million annually`: `USD/year`).
fn frequency_adverb(w: &str) -> Option<&'static str> {
    Some(match w {
        "annually" | "yearly" => "year",
        "monthly" => "month",
        "weekly" => "week",
        "daily" => "day",
        _ => return None,
    })
}

/// An ISO 4217 code, as money units are written (`USD`).
fn classify_money(unit: &str) -> bool {
    unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase())
}

/// The denominator of a rate in the singular, as units are written: a
/// span of time (`day`), a unit of measure (`kg`), else the noun (`share`,
/// `barrel`, `game`). Not a word that cannot be a noun (`per the deal`).
fn denominator(w: &str) -> Option<String> {
    if let Some(d) = nounwords::duration(w) {
        return Some(d.to_string());
    }
    if let Some(u) = nounwords::measure_unit(w) {
        return Some(u.to_string());
    }
    let noun = w.len() > 1
        && w.bytes().all(|c| c.is_ascii_lowercase())
        && !nounwords::never_noun(w)
        && words::num_word(w).is_none();
    noun.then(|| noun::singular(w))
}

/// Denominators news writes after `a` or `an`: spans of time and units of
/// trade (`$3 a gallon`, `$40 a head`).
fn trade_unit(w: &str) -> bool {
    nounwords::duration(w).is_some()
        || matches!(
            w,
            "night"
                | "season"
                | "game"
                | "barrel"
                | "share"
                | "tonne"
                | "ton"
                | "gallon"
                | "litre"
                | "liter"
                | "pound"
                | "ounce"
                | "kilo"
                | "kilogram"
                | "head"
                | "person"
                | "piece"
                | "unit"
                | "ticket"
                | "seat"
                | "meal"
                | "visit"
                | "trip"
                | "mile"
                | "kilometre"
                | "kilometer"
                | "bushel"
                | "megawatt"
                | "pack"
                | "bottle"
                | "dose"
                | "pop"
        )
}

#[cfg(test)]
mod tests {
    use super::super::find_numbers;

    fn unit_of(text: &str) -> Vec<(Option<f64>, Option<String>, &str)> {
        find_numbers(text)
            .into_iter()
            .filter(|m| m.form.is_amount())
            .map(|m| (m.low, m.unit, &text[m.start..m.end]))
            .collect()
    }

    #[track_caller]
    fn rate(text: &str, want: &str, v: f64, unit: &str) {
        let got = unit_of(text);
        assert_eq!(
            got,
            vec![(Some(v), Some(unit.to_string()), want)],
            "{text:?}"
        );
    }

    #[test]
    fn prices_per_unit_of_trade() {
        rate(
            "Brent traded at $84.10 per barrel.",
            "$84.10 per barrel",
            84.1,
            "USD/barrel",
        );
        rate(
            "Wheat fetched €210 a tonne.",
            "€210 a tonne",
            210.0,
            "EUR/tonne",
        );
        rate(
            "The buyback pays 45 cents per share.",
            "45 cents per share",
            0.45,
            "USD/share",
        );
        rate(
            "Gas is $3.15/gallon here.",
            "$3.15/gallon",
            3.15,
            "USD/gallon",
        );
    }

    #[test]
    fn an_adverb_of_frequency_is_a_rate() {
        let u = |t: &str| {
            find_numbers(t)
                .into_iter()
                .map(|m| m.unit)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            u("The deal saves $80 million annually."),
            [Some("USD/year".to_string())]
        );
        assert_eq!(
            u("The mine ships 4,000 tonnes weekly."),
            [Some("tonne/week".to_string())]
        );
        // An adjective before its noun is no rate.
        assert_eq!(u("It adds 3 weekly trains."), [Some("train".to_string())]);
        // A sum before tax is the same sum a year.
        assert_eq!(
            u("She earns £90,000 a year before tax."),
            [Some("GBP/year".to_string())]
        );
    }

    #[test]
    fn a_rate_before_a_new_clause_stays_whole() {
        let got =
            unit_of("Crude sold at $71.30 per barrel and the firm pumps 9,000 barrels a day.");
        assert_eq!(got[0].1.as_deref(), Some("USD/barrel"));
        assert_eq!(got[1].1.as_deref(), Some("barrel/day"));
        rate(
            "Tolls run $4 a trip or whatever the city sets.",
            "$4 a trip",
            4.0,
            "USD/trip",
        );
    }

    #[test]
    fn amounts_and_counts_per_span_of_time() {
        rate(
            "The plan costs $12.99 a month.",
            "$12.99 a month",
            12.99,
            "USD/month",
        );
        rate(
            "Cleaners earn $18 an hour.",
            "$18 an hour",
            18.0,
            "USD/hour",
        );
        rate("He is paid £2m per year.", "£2m per year", 2e6, "GBP/year");
        rate(
            "The field pumps 350,000 barrels a day.",
            "350,000 barrels a day",
            350000.0,
            "barrel/day",
        );
        rate(
            "They treat 40 patients a week.",
            "40 patients a week",
            40.0,
            "patient/week",
        );
        rate(
            "Flights carry 9,000 people a night.",
            "9,000 people a night",
            9000.0,
            "people/night",
        );
    }

    #[test]
    fn every_and_each_span_of_time_make_a_rate() {
        rate(
            "Members pay $9.99 every month.",
            "$9.99 every month",
            9.99,
            "USD/month",
        );
        rate(
            "The pipeline moves 80,000 barrels each day.",
            "80,000 barrels each day",
            80000.0,
            "barrel/day",
        );
        // The price of one item and a noun after `each` are no rate.
        rate("Tickets sold for $5 each.", "$5", 5.0, "USD");
        rate("They paid $40 each member of staff.", "$40", 40.0, "USD");
        // A length of time stays one.
        rate(
            "He ran 5 miles every day.",
            "5 miles every day",
            5.0,
            "mile/day",
        );
    }

    #[test]
    fn no_rate_where_none_is_written() {
        // Speeds are rates already; a percentage stays a percentage.
        rate("Trucks may do 60 mph there.", "60 mph", 60.0, "mph");
        rate("Prices rose 3% a year.", "3%", 3.0, "%");
        // `a year ago` dates the figure; it is no denominator.
        rate(
            "Sales were $5 million a year ago.",
            "$5 million",
            5e6,
            "USD",
        );
        // `a` before a noun that is no unit of trade starts a new phrase.
        rate("She gave $20 a friend had lent her.", "$20", 20.0, "USD");
        // A span of time spent per span is not taken as a rate.
        rate("They work 40 hours a week.", "40 hours", 40.0, "hour");
        // `a year or two`, `a month and a half` go on with the span.
        rate(
            "It may cost $5 million a year or two later.",
            "$5 million",
            5e6,
            "USD",
        );
        // A count per game or per carry is a stat line's average.
        rate(
            "He averaged 21 points per game.",
            "21 points",
            21.0,
            "point",
        );
    }
}
