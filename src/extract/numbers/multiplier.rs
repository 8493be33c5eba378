//! Multipliers written as one word: `twofold`, `fivefold`, `tenfold`,
//! `hundredfold`. The figure is the factor and the unit `time`, as for
//! `three-fold` and `10x` (read with the other glued units).

use super::*;

impl Scan<'_> {
    /// The word at `s..e`, if it is a number word and `fold`, with any
    /// bound or hedge before it (`nearly fivefold`).
    pub(super) fn fold_word(&self, s: usize, e: usize) -> Option<NumberMatch> {
        let mut buf = [0u8; 24];
        let w = lex::lower(&self.t[s..e], &mut buf);
        let v = match words::num_word(w.strip_suffix("fold")?)? {
            NumWord::Unit(v) | NumWord::Tens(v) if v >= 2.0 => v,
            NumWord::Hundred => 100.0,
            NumWord::Scale(v) => v,
            _ => return None,
        };
        let (mut low, mut high) = (Some(v), Some(v));
        let (mut start, mut approx, mut strict) = (s, false, false);
        match self.cue_before(s) {
            Some((cs, Cue::Lower(st))) => (high, strict, start) = (None, st, cs),
            Some((cs, Cue::Upper(st))) => (low, strict, start) = (None, st, cs),
            Some((cs, Cue::Hedge)) => (approx, start) = (true, cs),
            None => {}
        }
        Some(NumberMatch {
            start,
            end: e,
            low,
            high,
            approx,
            unit: Some("time".into()),
            noun: None,
            form: NumberForm::Cardinal,
            strict,
            joined: None,
            quantity: (s, e),
            number: (s, e),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::find_numbers;

    /// Low, high, unit and matched text.
    type Read<'a> = (Option<f64>, Option<f64>, Option<String>, &'a str);

    fn read(text: &str) -> Vec<Read<'_>> {
        find_numbers(text)
            .into_iter()
            .filter(|m| m.form.is_amount())
            .map(|m| (m.low, m.high, m.unit, &text[m.start..m.end]))
            .collect()
    }

    #[test]
    fn multipliers_in_words_digits_and_hyphens() {
        let t = |v: f64, s: &'static str| (Some(v), Some(v), Some("time".to_string()), s);
        assert_eq!(
            read("Exports grew fivefold, imports three-fold and fees 10x; rents 12-fold."),
            vec![
                t(5.0, "fivefold"),
                t(3.0, "three-fold"),
                t(10.0, "10x"),
                t(12.0, "12-fold")
            ]
        );
        assert_eq!(
            read("Costs rose nearly tenfold."),
            vec![(
                Some(10.0),
                Some(10.0),
                Some("time".into()),
                "nearly tenfold"
            )]
        );
        // Not a number word before `fold`, and not a grid of figures.
        assert_eq!(read("The manifold leaked; a 4x4 truck."), vec![]);
    }
}
