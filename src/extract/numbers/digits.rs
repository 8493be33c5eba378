//! Digits: separators, decimals, exponents, digit fractions, and what is
//! glued to them (scales, ordinal suffixes, clock times, units).

use super::*;

impl Scan<'_> {
    // ---------------------------------------------------------------- digits

    /// Reads digits at `p` (a leading `.` is taken from `p - 1`).
    pub(super) fn digit_core(&self, p: usize) -> Option<Core> {
        let b = self.b;
        let mut s = p;
        let lead_dot = p > self.floor
            && b[p - 1] == b'.'
            && (p < 2 || !(b[p - 2].is_ascii_alphanumeric() || b[p - 2] >= 0x80));
        if lead_dot {
            s = p - 1;
        }
        let first = self.run(p);
        let mut j = p + first;
        let mut clean = Clean::new();
        if lead_dot {
            clean.push_str("0.");
        }
        clean.push_str(&self.t[p..j]);
        let mut grouped = false;
        // Thousands groups: `13,000`, `940 000`, `1 234 567` (also with
        // no-break and thin spaces), but only groups of exactly three.
        // Every separator starts with one of these bytes.
        if !lead_dot && first <= 3 && matches!(self.byte(j), b',' | b' ' | 0xC2 | 0xE2) {
            for sep in [",", " ", "\u{a0}", "\u{202f}", "\u{2009}"] {
                let mut k = j;
                let mut any = false;
                while self.t.get(k..k + sep.len()) == Some(sep) && self.run(k + sep.len()) == 3 {
                    let g = k + sep.len();
                    clean.push_str(&self.t[g..g + 3]);
                    k = g + 3;
                    any = true;
                }
                if any {
                    j = k;
                    grouped = true;
                    break;
                }
            }
            // Indian grouping: `12,34,567.89`, `1,50,000` (lakhs), only
            // when the last group has three digits.
            if !grouped && first <= 2 {
                let mut k = j;
                let mut pairs = String::new();
                while b.get(k) == Some(&b',') && self.run(k + 1) == 2 {
                    pairs.push_str(&self.t[k + 1..k + 3]);
                    k += 3;
                }
                if !pairs.is_empty() && b.get(k) == Some(&b',') && self.run(k + 1) == 3 {
                    clean.push_str(&pairs);
                    clean.push_str(&self.t[k + 1..k + 4]);
                    j = k + 4;
                    grouped = true;
                }
            }
        }
        let mut dec = lead_dot;
        // `2008.4:49 pm` (a date line run into its time): the digits after
        // the dot are an hour, not a decimal part.
        let clock_after = |k: usize| b.get(k) == Some(&b':') && self.run(k + 1) == 2;
        if !lead_dot
            && b.get(j) == Some(&b'.')
            && self.digit(j + 1)
            && !(self.run(j + 1) <= 2 && clock_after(j + 1 + self.run(j + 1)))
        {
            let k = j + 1 + self.run(j + 1);
            if b.get(k) == Some(&b'.') && self.digit(k + 1) {
                // Dotted chains are IP addresses, versions and dates.
                let mut k = k;
                while b.get(k) == Some(&b'.') && self.digit(k + 1) {
                    k += 1 + self.run(k + 1);
                }
                return Some(Core::other(s, k));
            }
            clean.push_str(&self.t[j..k]);
            j = k;
            dec = true;
        }
        let mut val: f64 = clean.value()?;
        let mut sci = false;
        // Scientific notation `1.3e6`, `12.32e+14`.
        if matches!(self.byte(j), b'e' | b'E') {
            let mut k = j + 1;
            if matches!(self.byte(k), b'+' | b'-') {
                k += 1;
            }
            let r = self.run(k);
            if r > 0 && self.boundary(k + r) {
                let exp = &self.t[j..k + r];
                clean.push_str(exp);
                val = clean.value()?;
                j = k + r;
                sci = true;
            }
        }
        // Powers `1.1^23`, `2.5^-1`.
        if self.byte(j) == b'^' {
            let mut k = j + 1;
            let mut neg = false;
            while matches!(self.byte(k), b'+' | b'-') {
                neg ^= self.byte(k) == b'-';
                k += 1;
            }
            let r = self.run(k);
            if r > 0 {
                let e: i32 = self.t[k..k + r].parse().unwrap_or(i32::MAX);
                val = if r < 6 {
                    val.powi(if neg { -e } else { e })
                } else if neg || val.abs() < 1.0 {
                    0.0
                } else {
                    f64::INFINITY
                };
                j = k + r;
                sci = true;
            }
        }
        // `3 x 10^8`, `6.02×10²³`: a figure times a power of ten.
        if !sci {
            if let Some((exp, k)) = self.times_ten(j) {
                // Through the parser, so that 6.02e23 stays exact.
                clean.push_str(&format!("e{exp}"));
                val = clean.value()?;
                j = k;
                sci = true;
            }
        }
        if !val.is_finite() {
            // Too large to represent (`1e309`, `10^400`, 500 digits): one
            // match for the whole token, not a quantity.
            return Some(Core::other(s, j));
        }
        let mut kind = CoreKind::Card;
        // Digit fractions `3/4`, `1/2`; other slashes (`24/7`, `9/11`,
        // `5/17/2018`) are ids and dates.
        if b.get(j) == Some(&b'/') && self.digit(j + 1) && !(grouped || dec || sci || lead_dot) {
            let r = self.run(j + 1);
            let e2 = j + 1 + r;
            let den: f64 = self.t[j + 1..e2].parse().unwrap_or(0.0);
            if matches!(den as i64, 2 | 3 | 4 | 5 | 8)
                && val < den
                && val >= 1.0
                && self.boundary(e2)
                && self.byte(e2) != b'/'
            {
                val /= den;
                j = e2;
                kind = CoreKind::Frac;
            } else {
                let mut k = j;
                while self.byte(k) == b'/' && self.digit(k + 1) {
                    k += 1 + self.run(k + 1);
                }
                return Some(Core::other(s, k));
            }
        }
        // Mixed numbers: `2 1/2 miles`, `- 1 4/5`.
        if kind == CoreKind::Card && !(grouped || dec || sci || lead_dot) && b.get(j) == Some(&b' ')
        {
            let mut k = j;
            while b.get(k) == Some(&b' ') && k < j + 2 {
                k += 1;
            }
            let r = self.run(k);
            // The slash may be spaced as tokenised text writes it
            // (`4 1 / 2 hours`), but not in a spaced date (`4 1 / 2 / 13`).
            let mut sl = k + 1;
            if self.byte(sl) == b' ' && self.byte(sl + 1) == b'/' {
                sl += 1;
            }
            let mut d = sl + 1;
            if sl > k + 1 && self.byte(d) == b' ' {
                d += 1;
            }
            if r == 1 && b.get(sl) == Some(&b'/') && self.run(d) == 1 {
                let num = f64::from(b[k] - b'0');
                let den = f64::from(b[d] - b'0');
                let e2 = d + 1;
                if matches!(den as i64, 2 | 3 | 4 | 5 | 8)
                    && num >= 1.0
                    && num < den
                    && self.boundary(e2)
                    && self.byte(e2) != b'/'
                    && !(self.byte(e2) == b' ' && self.byte(e2 + 1) == b'/')
                {
                    val += num / den;
                    j = e2;
                    kind = CoreKind::Frac;
                }
            }
        }
        // `2½ miles`: a vulgar fraction glued to whole digits.
        if kind == CoreKind::Card && !(grouped || dec || sci || lead_dot) {
            if let Some((f, len)) = words::vulgar_at(self.t, j) {
                val += f;
                j += len;
                kind = CoreKind::Frac;
            }
        }
        Some(Core {
            s,
            e: j,
            val,
            kind,
            digits: true,
            plain: if grouped || dec || sci || kind == CoreKind::Frac {
                None
            } else {
                Some(first)
            },
            scaled: false,
            lone_one: false,
            form: None,
            glued_unit: None,
        })
    }

    /// `the 50s`, `the late 60s`: a decade, where `in their 50s` is an age.
    fn the_decade(&self, s: usize) -> bool {
        let p = self.prev(s);
        let mut w = self.w(p);
        if matches!(w.as_str(), "early" | "mid" | "late") {
            w = self.w(p.and_then(|x| self.prev(x.s)));
        }
        w == "the"
    }

    /// Reads what is glued to the digits: scale (`3bn`), ordinal suffix
    /// (`3rd`), time (`10:30`, `2.15pm`), decade (`1990s`), units (`29km`).
    pub(super) fn digit_suffix(&self, c: &mut Core) {
        if c.form.is_some() {
            return;
        }
        let j = c.e;
        // Clock times: `10:30`, `10:30:15`.
        if self.byte(j) == b':' && self.run(j + 1) == 2 && c.plain.is_some_and(|d| d <= 2) {
            let mut k = j + 3;
            if self.byte(k) == b':' && self.run(k + 1) == 2 {
                k += 3;
            }
            c.e = self.ampm(k).unwrap_or(k);
            c.form = Some(NumberForm::Time);
            return;
        }
        if c.val <= 12.0 {
            if let Some(k) = self.ampm(j) {
                // `2.15pm`, `9 a.m.`: only hours and hour.minute values.
                let fine = c.plain.is_some() || (c.val.fract() * 100.0).round() < 60.0;
                if fine {
                    c.e = k;
                    c.form = Some(NumberForm::Time);
                    return;
                }
            }
        }
        // `2.5µm`: a symbol that starts outside ASCII.
        if self.byte(j) >= 0x80 {
            for f in ["\u{b5}m", "\u{3bc}m"] {
                if self.t[j..].starts_with(f) && self.boundary(j + f.len()) {
                    c.glued_unit = Some((j, j + f.len(), "µm".to_string()));
                    return;
                }
            }
        }
        let mut k = j;
        while self.byte(k).is_ascii_alphabetic() {
            k += 1;
        }
        // `500N·m`: newton metres, the dot outside ASCII.
        if k == j + 1 && self.byte(j) == b'N' && self.starts(k, "\u{b7}m") && self.boundary(k + 3) {
            c.glued_unit = Some((j, k + 3, "n·m".to_string()));
            return;
        }
        // `4x4`, `3v3`: one letter between figures makes a name.
        if k == j + 1 && self.digit(k) && c.plain.is_some() {
            c.e = k + self.run(k);
            c.form = Some(NumberForm::Other);
            return;
        }
        if k > j && self.boundary(k) {
            let raw = &self.t[j..k];
            let mut buf = [0u8; 24];
            let w = lex::lower(&self.t[j..k], &mut buf);
            // Glued `b` and `m` are scales only on money, decimals or
            // figures of ten and more (`$1B`, `1.2b`, `10M`), not in
            // `1B` (first base) or `1m` (a metre).
            let money_before = self.t[..c.s]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(|ch| words::currency_symbol(ch).is_some())
                || quantity::glued_currency(self.t, c.s).is_some();
            // `2m euros`: a currency word after makes it a scale too.
            let money_after = || {
                self.next(k).is_some_and(|x| {
                    x.k == K::Word
                        && x.s == k + 1
                        && (words::currency_word(&self.w(Some(x))).is_some()
                            || self.w(Some(x)) == "pounds")
                })
            };
            // `2m users`, `3m Windows customers`: people, accounts and
            // homes are counted by the million, never measured in metres.
            let counted_after = || {
                let mut x = self.next(k).filter(|x| x.k == K::Word && x.s == k + 1);
                if x.is_some_and(|x| self.byte(x.s).is_ascii_uppercase()) {
                    x = x.and_then(|y| self.next(y.e).filter(|z| z.k == K::Word && z.s == y.e + 1));
                }
                x.is_some_and(|x| {
                    self.byte(x.s).is_ascii_lowercase()
                        && nounwords::counted_by_millions(&self.w(Some(x)))
                })
            };
            let letter_ok = !matches!(w, "b" | "m")
                || money_before
                || c.plain.is_none()
                || c.val >= 10.0
                || money_after()
                || counted_after();
            // Video resolutions (`1080p`, `720p`) are not pence.
            let resolution = matches!(w, "p" | "i")
                && matches!(
                    c.val as u32,
                    240 | 360 | 480 | 576 | 720 | 1080 | 1440 | 2160 | 4320
                )
                && c.plain.is_some();
            // `4K`, `8K`: a screen resolution (or a race), not 4,000;
            // `5G`, `4G`: a network, not grams.
            let label = !money_before && (raw == "G" || raw == "K" && c.plain == Some(1));
            // `GT 650M`, `RTX 3080M`: a glued scale letter after a model
            // line in capitals names a model, not millions.
            let model = !money_before
                && c.plain.is_some()
                && matches!(w, "m" | "b" | "k")
                && self.model_line_before(c.s);
            if resolution || label || model {
                c.e = k;
                c.form = Some(NumberForm::Other);
            } else if w == "x" {
                // `10x`: a multiplier.
                c.glued_unit = Some((j, k, "time".to_string()));
            } else if let Some(u) = nounwords::cased_unit(raw) {
                c.glued_unit = Some((j, k, u.to_string()));
            } else if w == "m" && !money_before && self.race_metres(c, k) && !money_after() {
                // `the 5,000m title`, `800m freestyle`: metres of a race.
                c.glued_unit = Some((j, k, "m".to_string()));
            } else if let (Some(sc), false, true) = (
                // `$20MM`: finance writes millions so; only after money,
                // where `9mm` is a calibre.
                if raw == "MM" && money_before {
                    Some(1e6)
                } else {
                    words::scale_word(w, true)
                },
                c.scaled,
                letter_ok,
            ) {
                c.val *= sc;
                c.e = k;
                c.scaled = true;
                c.plain = None;
            } else if matches!(w, "st" | "nd" | "rd" | "th") && c.plain.is_some() {
                c.kind = CoreKind::Ord;
                c.e = k;
            } else if w == "s" && c.plain.is_some() {
                // `the 1990s`, `'50s`, `in their 40s`.
                c.e = k;
                let clipped = c.plain == Some(2)
                    && (self.t[..c.s].ends_with('\'')
                        || self.t[..c.s].ends_with('\u{2019}')
                        || c.val % 10.0 == 0.0 && self.the_decade(c.s));
                c.form = Some(if c.plain == Some(4) || clipped {
                    NumberForm::Year
                } else {
                    NumberForm::Age
                });
            } else if let Some(u) = nounwords::measure_unit(w) {
                let (ke, u) = self.unit_tail(k, u);
                c.glued_unit = Some((j, ke, u));
            } else if w == "in" {
                // `27in`, `6ft 4in`: inches glued, where a spaced `in` is
                // the preposition.
                c.glued_unit = Some((j, k, "inch".to_string()));
            } else if matches!(self.byte(j), b'C' | b'F') && k == j + 1 && !c.scaled {
                // `35C`, `104F`: temperatures.
                let u = if self.byte(j) == b'C' { "°C" } else { "°F" };
                c.glued_unit = Some((j, k, u.to_string()));
            } else if nounwords::duration(w).is_some()
                || words::currency_word(w).is_some()
                || raw == "pc"
            {
                // `24hrs`, `50p`: left to the unit readers.
            } else {
                // `3D`, `4x4`, `5G`: an id, not a quantity.
                c.e = k;
                c.form = Some(NumberForm::Other);
            }
        }
    }

    /// Whether the figure at `s` follows a model line written in capitals
    /// (`GT 650M`, `RTX 3080M`): a word of two to four capital letters
    /// and one space, which is no currency code (`USD 10m` is money).
    fn model_line_before(&self, s: usize) -> bool {
        if s < 3 || self.byte(s - 1) != b' ' {
            return false;
        }
        let b = self.t.as_bytes();
        let mut ls = s - 1;
        while ls > 0 && b[ls - 1].is_ascii_uppercase() {
            ls -= 1;
        }
        let n = s - 1 - ls;
        (2..=4).contains(&n)
            && (ls == 0 || !b[ls - 1].is_ascii_alphanumeric())
            && words::iso_code(&self.t[ls..s - 1]).is_none()
    }

    /// Whether a glued `m` after the figure `c` (ending at `k`) is metres
    /// of a race rather than millions: a figure written with a thousands
    /// group (`5,000m`: no one writes 5 billion so), or one the name of a
    /// race or its result follows (`800m freestyle`, `400m hurdles`,
    /// `1500m final`).
    fn race_metres(&self, c: &Core, k: usize) -> bool {
        if c.scaled {
            return false;
        }
        // `threw 14.87m`, `cleared 2.01m`, `a jump of 8.21m`: the mark of a
        // throw or a jump, with or without decimals; no one throws or jumps
        // millions.
        let p = self.prev(c.s);
        let pw = self.w(p);
        if nounwords::field_mark_verb(&pw)
            || pw == "of" && nounwords::field_mark_noun(&self.w(p.and_then(|p| self.prev(p.s))))
        {
            return true;
        }
        if self.t[c.s..c.e].contains('.') {
            return false;
        }
        if self.t[c.s..c.e].contains(',') {
            return true;
        }
        let Some(x) = self.next(k).filter(|x| x.k == K::Word && x.s == k + 1) else {
            return false;
        };
        let w = self.w(Some(x));
        // `300m above the harbour`, `falling 60m from a ridge`: a length
        // by the words of extent or a place it is measured from (money is
        // `from 50m` or `from a year earlier`).
        if nounwords::extent_word(&w) {
            return true;
        }
        if &*w == "from" {
            let place = self
                .next(x.e)
                .filter(|y| y.s == x.e + 1 && matches!(&*self.w(Some(*y)), "a" | "the"));
            let noun = place
                .and_then(|y| self.next(y.e))
                .filter(|z| z.k == K::Word);
            return noun.is_some_and(|z| nounwords::duration(&self.w(Some(z))).is_none());
        }
        matches!(
            &*w,
            "freestyle"
                | "backstroke"
                | "breaststroke"
                | "butterfly"
                | "medley"
                | "individual"
                | "hurdles"
                | "steeplechase"
                | "relay"
                | "sprint"
                | "dash"
                | "race"
                | "final"
                | "heat"
                | "heats"
                | "title"
                | "champion"
                | "record"
                | "run"
                | "runner"
                | "gold"
                | "silver"
                | "bronze"
        )
    }

    /// `x 10^8`, `×10²³`, `* 10^-3` at `j`: the power of ten and where
    /// it ends. The sign may be spaced; the power must be written.
    fn times_ten(&self, j: usize) -> Option<(i32, usize)> {
        let mut k = j;
        if self.byte(k) == b' ' {
            k += 1;
        }
        // One byte rejects nearly every figure: `x`, `X`, `*` or the
        // lead byte of `×`.
        if !matches!(self.byte(k), b'x' | b'X' | b'*' | 0xC3) {
            return None;
        }
        let sign = self.t.get(k..)?;
        k += if sign.starts_with('\u{d7}') {
            2
        } else if matches!(self.byte(k), b'x' | b'X' | b'*') {
            1
        } else {
            return None;
        };
        if self.byte(k) == b' ' {
            k += 1;
        }
        if !self.starts(k, "10") {
            return None;
        }
        k += 2;
        if self.byte(k) == b'^' {
            k += 1;
            let neg = self.byte(k) == b'-';
            if matches!(self.byte(k), b'-' | b'+') {
                k += 1;
            }
            let r = self.run(k);
            if r == 0 || r > 3 || !self.boundary(k + r) {
                return None;
            }
            let e: i32 = self.t[k..k + r].parse().ok()?;
            return Some((if neg { -e } else { e }, k + r));
        }
        // Superscript digits, with an optional superscript minus.
        let mut exp = 0i32;
        let mut digits = 0;
        let mut neg = false;
        for ch in self.t[k..].chars() {
            let d = match ch {
                '\u{207b}' if digits == 0 && !neg => {
                    neg = true;
                    k += ch.len_utf8();
                    continue;
                }
                '\u{2070}' => 0,
                '\u{b9}' => 1,
                '\u{b2}' => 2,
                '\u{b3}' => 3,
                '\u{2074}'..='\u{2079}' => ch as i32 - 0x2070,
                _ => break,
            };
            exp = exp * 10 + d;
            digits += 1;
            k += ch.len_utf8();
            if digits > 3 {
                return None;
            }
        }
        (digits > 0 && self.boundary(k)).then_some((if neg { -exp } else { exp }, k))
    }

    /// `am`, `pm`, `a.m.`, `p.m.` at or after `j` (one optional space);
    /// also `a. m.`, `p. m.`, as detokenised wire copy spaces them.
    pub(super) fn ampm(&self, j: usize) -> Option<usize> {
        let k = if self.byte(j) == b' ' { j + 1 } else { j };
        for f in ["a.m.", "p.m.", "a. m.", "p. m.", "a.m", "p.m", "am", "pm"] {
            if self.starts(k, f) && (f.ends_with('.') || self.boundary(k + f.len())) {
                return Some(k + f.len());
            }
        }
        None
    }
}

/// The characters of a figure without its separators, for parsing: on
/// the stack, since nearly every figure is short (a longer one spills
/// into a `String`); this runs for every number in the text.
struct Clean {
    buf: [u8; 32],
    len: usize,
    spill: String,
}

impl Clean {
    fn new() -> Self {
        Clean {
            buf: [0; 32],
            len: 0,
            spill: String::new(),
        }
    }

    fn push_str(&mut self, s: &str) {
        let b = s.as_bytes();
        if self.spill.is_empty() && self.len + b.len() <= self.buf.len() {
            self.buf[self.len..self.len + b.len()].copy_from_slice(b);
            self.len += b.len();
        } else {
            if self.spill.is_empty() {
                self.spill
                    .push_str(std::str::from_utf8(&self.buf[..self.len]).unwrap_or(""));
            }
            self.spill.push_str(s);
        }
    }

    fn as_str(&self) -> &str {
        if self.spill.is_empty() {
            std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
        } else {
            &self.spill
        }
    }

    /// The value. Whole numbers of up to 15 digits are exact in an `f64`
    /// and are summed directly; the rest go through the std parser.
    fn value(&self) -> Option<f64> {
        // Read on the bytes: most figures are whole, and reading them as a
        // `str` first checked them as UTF-8 for nothing.
        let b = if self.spill.is_empty() {
            &self.buf[..self.len]
        } else {
            self.spill.as_bytes()
        };
        if !b.is_empty() && b.len() <= 15 && b.iter().all(u8::is_ascii_digit) {
            let v = b.iter().fold(0u64, |v, &c| v * 10 + u64::from(c - b'0'));
            return Some(v as f64);
        }
        self.as_str().parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::Clean;

    #[test]
    fn clean_figures_read_as_the_std_parser_reads_them() {
        let long = "1".repeat(40);
        for parts in [
            &["13", "000"][..],
            &["0.", "5"],
            &["123456789012345"],
            &["1234567890123456"],
            &["12", ".5", "e6"],
            &[&long, "000"],
            &["9", &long],
        ] {
            let mut c = Clean::new();
            for p in parts {
                c.push_str(p);
            }
            let joined = parts.concat();
            assert_eq!(c.as_str(), joined);
            assert_eq!(c.value(), joined.parse::<f64>().ok(), "{joined}");
        }
    }
}
