//! Word tables: number words, scales, currencies, cue words and the nouns
//! a number may count. Lookups take lower-cased ASCII words.

/// What a number word contributes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum NumWord {
    /// 0–19.
    Unit(f64),
    /// 20, 30, … 90.
    Tens(f64),
    /// `hundred`.
    Hundred,
    /// `thousand`, `million`, `lakh`, …
    Scale(f64),
    /// `dozen`.
    Dozen,
    /// `hundreds`, `dozens`, `tens`: a vague amount with its conservative low.
    Vague(f64),
    /// `first`, `twentieth`: also a denominator (`one fifth`).
    Ordinal(f64),
    /// `thirds`, `quarters`: plural denominators.
    Denominators(f64),
    /// `half`.
    Half,
    /// `quarter`.
    Quarter,
    /// `pair`: 2, but only in `a pair of` (`the pair` names two people
    /// already counted).
    Pair,
}

/// Looks a lower-cased word up as a number word.
pub(super) fn num_word(w: &str) -> Option<NumWord> {
    use NumWord::*;
    Some(match w {
        "zero" | "nought" | "naught" => Unit(0.0),
        "one" => Unit(1.0),
        "two" => Unit(2.0),
        "three" => Unit(3.0),
        "four" => Unit(4.0),
        "five" => Unit(5.0),
        "six" => Unit(6.0),
        "seven" => Unit(7.0),
        "eight" => Unit(8.0),
        "nine" => Unit(9.0),
        "ten" => Unit(10.0),
        "eleven" => Unit(11.0),
        "twelve" => Unit(12.0),
        "thirteen" => Unit(13.0),
        "fourteen" => Unit(14.0),
        "fifteen" => Unit(15.0),
        "sixteen" => Unit(16.0),
        "seventeen" => Unit(17.0),
        "eighteen" => Unit(18.0),
        "nineteen" => Unit(19.0),
        "twenty" => Tens(20.0),
        "thirty" => Tens(30.0),
        "forty" | "fourty" => Tens(40.0),
        "fifty" => Tens(50.0),
        "sixty" => Tens(60.0),
        "seventy" => Tens(70.0),
        "eighty" => Tens(80.0),
        "ninety" => Tens(90.0),
        "hundred" => Hundred,
        "thousand" => Scale(1e3),
        "lakh" | "lakhs" => Scale(1e5),
        "million" => Scale(1e6),
        "crore" | "crores" => Scale(1e7),
        "billion" => Scale(1e9),
        "trillion" => Scale(1e12),
        "dozen" => Dozen,
        "tens" => Vague(10.0),
        "dozens" => Vague(12.0),
        "scores" => Vague(20.0),
        "hundreds" => Vague(100.0),
        "thousands" => Vague(1e3),
        "millions" => Vague(1e6),
        "billions" => Vague(1e9),
        "trillions" => Vague(1e12),
        "first" => Ordinal(1.0),
        "second" => Ordinal(2.0),
        "third" => Ordinal(3.0),
        "fourth" => Ordinal(4.0),
        "fifth" => Ordinal(5.0),
        "sixth" => Ordinal(6.0),
        "seventh" => Ordinal(7.0),
        "eighth" => Ordinal(8.0),
        "ninth" => Ordinal(9.0),
        "tenth" => Ordinal(10.0),
        "eleventh" => Ordinal(11.0),
        "twelfth" => Ordinal(12.0),
        "thirteenth" => Ordinal(13.0),
        "fourteenth" => Ordinal(14.0),
        "fifteenth" => Ordinal(15.0),
        "sixteenth" => Ordinal(16.0),
        "seventeenth" => Ordinal(17.0),
        "eighteenth" => Ordinal(18.0),
        "nineteenth" => Ordinal(19.0),
        "twentieth" => Ordinal(20.0),
        "thirtieth" => Ordinal(30.0),
        "fortieth" => Ordinal(40.0),
        "fiftieth" => Ordinal(50.0),
        "sixtieth" => Ordinal(60.0),
        "seventieth" => Ordinal(70.0),
        "eightieth" => Ordinal(80.0),
        "ninetieth" => Ordinal(90.0),
        "hundredth" => Ordinal(100.0),
        "thousandth" => Ordinal(1e3),
        "millionth" => Ordinal(1e6),
        "billionth" => Ordinal(1e9),
        "trillionth" => Ordinal(1e12),
        "halves" => Denominators(2.0),
        "thirds" => Denominators(3.0),
        "quarters" | "fourths" => Denominators(4.0),
        "fifths" => Denominators(5.0),
        "sixths" => Denominators(6.0),
        "sevenths" => Denominators(7.0),
        "eighths" => Denominators(8.0),
        "ninths" => Denominators(9.0),
        "tenths" => Denominators(10.0),
        "hundredths" => Denominators(100.0),
        "thousandths" => Denominators(1e3),
        "millionths" => Denominators(1e6),
        "billionths" => Denominators(1e9),
        "trillionths" => Denominators(1e12),
        "firsts" => Denominators(1.0),
        "dozs" => Dozen,
        "half" => Half,
        "quarter" => Quarter,
        "pair" => Pair,
        _ => return None,
    })
}

/// Every word [`num_word`] knows (kept in step by a unit test); the
/// scanner's prefilter is built from it.
pub(super) const NUM_WORDS: &[&str] = &[
    "billion",
    "billions",
    "billionth",
    "billionths",
    "crore",
    "crores",
    "dozen",
    "dozens",
    "dozs",
    "eight",
    "eighteen",
    "eighteenth",
    "eighth",
    "eighths",
    "eightieth",
    "eighty",
    "eleven",
    "eleventh",
    "fifteen",
    "fifteenth",
    "fifth",
    "fifths",
    "fiftieth",
    "fifty",
    "first",
    "firsts",
    "five",
    "fortieth",
    "forty",
    "four",
    "fourteen",
    "fourteenth",
    "fourth",
    "fourths",
    "fourty",
    "half",
    "halves",
    "hundred",
    "hundreds",
    "hundredth",
    "hundredths",
    "lakh",
    "lakhs",
    "million",
    "millions",
    "millionth",
    "millionths",
    "naught",
    "nine",
    "nineteen",
    "nineteenth",
    "ninetieth",
    "ninety",
    "ninth",
    "ninths",
    "nought",
    "one",
    "pair",
    "quarter",
    "quarters",
    "scores",
    "second",
    "seven",
    "seventeen",
    "seventeenth",
    "seventh",
    "sevenths",
    "seventieth",
    "seventy",
    "six",
    "sixteen",
    "sixteenth",
    "sixth",
    "sixths",
    "sixtieth",
    "sixty",
    "ten",
    "tens",
    "tenth",
    "tenths",
    "third",
    "thirds",
    "thirteen",
    "thirteenth",
    "thirtieth",
    "thirty",
    "thousand",
    "thousands",
    "thousandth",
    "thousandths",
    "three",
    "trillion",
    "trillions",
    "trillionth",
    "trillionths",
    "twelfth",
    "twelve",
    "twentieth",
    "twenty",
    "two",
    "zero",
];

/// For each pair of first two letters, a bit per word length (3..=15) at
/// which some number word starts with that pair. Lets the scanner reject
/// `the`, `that`, `said` … with two table reads instead of a string match.
/// Built at compile time, so the scanner pays no lazy-init check per word.
pub(super) static PREFILTER: [u16; 32 * 32] = prefilter(0);

/// The same for the second and third letters: `there`, `these`, `those`
/// pass the first table (`three`, `third`) but not this one.
pub(super) static PREFILTER2: [u16; 32 * 32] = prefilter(1);

/// The table of number-word lengths by the letters at `at` and `at + 1`.
const fn prefilter(at: usize) -> [u16; 32 * 32] {
    let mut t = [0u16; 32 * 32];
    let mut i = 0;
    while i < NUM_WORDS.len() {
        let b = NUM_WORDS[i].as_bytes();
        if b.len() >= 3 && b.len() <= 15 {
            t[pair_index(b[at], b[at + 1])] |= 1 << b.len();
        }
        i += 1;
    }
    t
}

/// Index of a pair of ASCII letters in [`PREFILTER`]: the low five bits
/// of a letter are the same in both cases (`A` and `a` are 1).
#[inline]
pub(super) const fn pair_index(a: u8, b: u8) -> usize {
    (a & 31) as usize * 32 + (b & 31) as usize
}

/// Scale written after digits: `6.4 million`, `3bn`, `£1.5m`, `10k`.
/// `attached` is true when there is no space (`3bn`), where the short
/// forms are safe; spaced single letters are too ambiguous in prose.
pub(super) fn scale_word(w: &str, attached: bool) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "dozen" | "dozens" | "dz" | "dzs" | "doz" | "dozs" => 12.0,
        "thousand" => 1e3,
        "lakh" | "lakhs" => 1e5,
        "million" | "mln" | "mn" | "mil" | "mio" => 1e6,
        "crore" | "crores" => 1e7,
        "billion" | "bln" | "bn" => 1e9,
        "trillion" | "tln" | "trn" | "tn" => 1e12,
        // `9mm` is a calibre and `5G` a network far more often than
        // millions or gigas, so only k, m and b are taken attached.
        "k" if attached => 1e3,
        "m" if attached => 1e6,
        "b" if attached => 1e9,
        _ => return None,
    })
}

/// Currency written before a number, as a whole token or token sequence
/// (`$`, `US$`, `C$`, `€`, `USD`). Returns the ISO 4217 code.
pub(super) fn currency_symbol(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        '₹' => "INR",
        '₽' => "RUB",
        '₴' => "UAH",
        '₩' => "KRW",
        '₺' => "TRY",
        '₪' => "ILS",
        '₦' => "NGN",
        '₱' => "PHP",
        '₫' => "VND",
        '₡' => "CRC",
        '₾' => "GEL",
        '₭' => "LAK",
        '₿' => "XBT",
        '元' => "CNY",
        _ => return None,
    })
}

/// A vulgar fraction character (`½`, `¾`, `⅔`) and its value.
pub(super) fn vulgar(c: char) -> Option<f64> {
    Some(match c {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '⅕' => 0.2,
        '⅖' => 0.4,
        '⅗' => 0.6,
        '⅘' => 0.8,
        '⅙' => 1.0 / 6.0,
        '⅚' => 5.0 / 6.0,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

/// The vulgar fraction starting at byte `i` of `t`: value and length.
/// Only its lead bytes (0xC2, 0xE2) are looked at first, so prose pays
/// one comparison per non-ASCII byte.
#[inline]
pub(super) fn vulgar_at(t: &str, i: usize) -> Option<(f64, usize)> {
    let b = *t.as_bytes().get(i)?;
    if b != 0xC2 && b != 0xE2 {
        return None;
    }
    let c = t.get(i..)?.chars().next()?;
    vulgar(c).map(|v| (v, c.len_utf8()))
}

/// Letters directly before `$` that name another dollar (`C$`, `HK$`).
pub(super) fn dollar_prefix(w: &str) -> Option<&'static str> {
    Some(match w {
        "us" | "u.s" | "usd" => "USD",
        "c" | "ca" | "cad" => "CAD",
        "a" | "au" | "aud" => "AUD",
        "nz" | "nzd" => "NZD",
        "hk" | "hkd" => "HKD",
        "s" | "sg" | "sgd" => "SGD",
        "r" => "BRL",
        "mex" | "mx" | "mxn" => "MXN",
        // New Taiwan dollars: `NT$53.8`, `NT $0.9` as wire copy spaces it.
        "nt" | "ntd" => "TWD",
        _ => return None,
    })
}

/// ISO codes written as words (`USD 200`, `200 EUR`). Only upper-case
/// forms are taken, so `try`, `all` or `php` in prose are not money.
pub(super) fn iso_code(w: &str) -> Option<&'static str> {
    const CODES: &[&str] = &[
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "RUB", "UAH", "CHF", "CAD", "AUD", "NZD",
        "HKD", "SGD", "KRW", "TRY", "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF",
        "ILS", "SAR", "AED", "EGP", "NGN", "KES", "PKR", "IDR", "THB", "VND", "PHP", "MYR", "BTC",
        "TWD",
    ];
    // Every code is three capitals: most words fail this before the list.
    if w.len() != 3 || !w.as_bytes()[0].is_ascii_uppercase() {
        return None;
    }
    CODES.iter().find(|c| **c == w).map(|c| match *c {
        "RMB" => "CNY",
        "BTC" => "XBT",
        c => c,
    })
}

/// Currency names written after a number (`10 bln euros`, `2.3 trillion
/// yen`). Returns the ISO code and the factor to the main unit (`cents`).
pub(super) fn currency_word(w: &str) -> Option<(&'static str, f64)> {
    Some(match w {
        "dollar" | "dollars" | "usd" | "bucks" => ("USD", 1.0),
        "cent" | "cents" => ("USD", 0.01),
        "euro" | "euros" | "eur" => ("EUR", 1.0),
        "sterling" | "gbp" => ("GBP", 1.0),
        "pence" | "penny" | "pennies" | "p" => ("GBP", 0.01),
        "yen" | "jpy" => ("JPY", 1.0),
        "yuan" | "renminbi" | "rmb" | "cny" => ("CNY", 1.0),
        "hryvnia" | "hryvnias" | "hryvnas" | "hryvnya" | "hryvnyas" | "uah" => ("UAH", 1.0),
        "ruble" | "rubles" | "rouble" | "roubles" | "rub" => ("RUB", 1.0),
        "rupee" | "rupees" | "inr" => ("INR", 1.0),
        "franc" | "francs" | "chf" => ("CHF", 1.0),
        "won" | "krw" => ("KRW", 1.0),
        "lira" | "liras" | "lire" => ("TRY", 1.0),
        "shekel" | "shekels" | "sheqel" | "sheqalim" => ("ILS", 1.0),
        "rand" => ("ZAR", 1.0),
        "real" | "reais" => ("BRL", 1.0),
        "peso" | "pesos" => ("MXN", 1.0),
        "riyal" | "riyals" => ("SAR", 1.0),
        "dirham" | "dirhams" => ("AED", 1.0),
        "naira" => ("NGN", 1.0),
        "zloty" | "zlotys" | "zlotych" => ("PLN", 1.0),
        "krona" | "kronor" => ("SEK", 1.0),
        "krone" | "kroner" => ("NOK", 1.0),
        "forint" | "forints" => ("HUF", 1.0),
        "ringgit" => ("MYR", 1.0),
        "sen" => ("MYR", 0.01),
        "kuna" | "kunas" | "kn" => ("HRK", 1.0),
        "rupiah" => ("IDR", 1.0),
        "baht" => ("THB", 1.0),
        "dong" => ("VND", 1.0),
        "tenge" => ("KZT", 1.0),
        "lari" => ("GEL", 1.0),
        "markka" | "markkaa" => ("FIM", 1.0),
        "guilder" | "guilders" => ("NLG", 1.0),
        "peseta" | "pesetas" => ("ESP", 1.0),
        "deutschmark" | "deutschmarks" | "marks" => ("DEM", 1.0),
        "bitcoin" | "bitcoins" | "btc" => ("XBT", 1.0),
        _ => return None,
    })
}

/// A country adjective before a currency word that changes it
/// (`Canadian dollars`, `Swiss francs`, `Hong Kong dollars`).
pub(super) fn currency_qualifier(adj: &str, cur: &str) -> Option<&'static str> {
    Some(match (adj, cur) {
        ("us" | "american" | "u.s", "USD") => "USD",
        ("canadian", "USD") => "CAD",
        ("australian", "USD") => "AUD",
        ("singapore", "USD") => "SGD",
        ("taiwan" | "taiwanese", "USD") => "TWD",
        ("kong", "USD") => "HKD",
        ("zealand", "USD") => "NZD",
        ("swiss", "CHF") => "CHF",
        ("french", "CHF") => "FRF",
        ("belgian", "CHF") => "BEF",
        ("mexican", "MXN") => "MXN",
        ("philippine", "MXN") => "PHP",
        ("argentine" | "argentinian", "MXN") => "ARS",
        ("chilean", "MXN") => "CLP",
        ("colombian", "MXN") => "COP",
        ("chinese", "CNY") => "CNY",
        ("japanese", "JPY") => "JPY",
        ("indian", "INR") => "INR",
        ("pakistani", "INR") => "PKR",
        ("russian", "RUB") => "RUB",
        ("ukrainian", "UAH") => "UAH",
        ("turkish", "TRY") => "TRY",
        ("italian", "TRY") => "ITL",
        ("israeli", "ILS") => "ILS",
        ("south", "ZAR") => "ZAR",
        ("brazilian", "BRL") => "BRL",
        ("swedish", "SEK") => "SEK",
        ("danish", "NOK") => "DKK",
        ("norwegian", "NOK") => "NOK",
        ("saudi", "SAR") => "SAR",
        ("finnish", "FIM") => "FIM",
        ("dutch" | "netherlands", "NLG") => "NLG",
        ("german" | "west", "DEM") => "DEM",
        ("british", "GBP") => "GBP",
        ("egyptian", "GBP") => "EGP",
        _ => return None,
    })
}

/// Cue words before a number: bounds and hedges, as lower-case word
/// sequences. Longest phrases first within each table.
pub(super) enum Cue {
    /// low = N (strict when `true`).
    Lower(bool),
    /// high = N (strict when `true`).
    Upper(bool),
    /// approx.
    Hedge,
}

/// Phrases ending right before a number, tried longest first.
pub(super) const CUES: &[(&[&str], Cue)] = &[
    // Comparisons with "or equal" (rare in news, common in queries).
    (&["less", "than", "or", "equal", "to"], Cue::Upper(false)),
    (&["fewer", "than", "or", "equal", "to"], Cue::Upper(false)),
    (&["greater", "than", "or", "equal", "to"], Cue::Lower(false)),
    (&["more", "than", "or", "equal", "to"], Cue::Lower(false)),
    (&["equal", "to", "or", "less", "than"], Cue::Upper(false)),
    (&["equal", "to", "or", "fewer", "than"], Cue::Upper(false)),
    (&["equal", "to", "or", "more", "than"], Cue::Lower(false)),
    (&["equal", "to", "or", "greater", "than"], Cue::Lower(false)),
    (&["at", "least", "or", "equal", "to"], Cue::Lower(false)),
    (&["smaller", "or", "equal", "than"], Cue::Upper(false)),
    (&["less", "or", "equal", "than"], Cue::Upper(false)),
    (&["lower", "or", "equal", "than"], Cue::Upper(false)),
    (&["higher", "or", "equal", "than"], Cue::Lower(false)),
    (&["bigger", "or", "equal", "than"], Cue::Lower(false)),
    (&["greater", "or", "equal", "than"], Cue::Lower(false)),
    (&["larger", "or", "equal", "than"], Cue::Lower(false)),
    (&["no", "fewer", "than"], Cue::Lower(false)),
    (&["no", "less", "than"], Cue::Lower(false)),
    (&["not", "less", "than"], Cue::Lower(false)),
    (&["not", "fewer", "than"], Cue::Lower(false)),
    (&["a", "minimum", "of"], Cue::Lower(false)),
    (&["in", "excess", "of"], Cue::Lower(true)),
    (&["no", "more", "than"], Cue::Upper(false)),
    (&["not", "more", "than"], Cue::Upper(false)),
    (&["a", "maximum", "of"], Cue::Upper(false)),
    (&["as", "many", "as"], Cue::Upper(false)),
    (&["as", "much", "as"], Cue::Upper(false)),
    (&["as", "few", "as"], Cue::Lower(false)),
    (&["as", "little", "as"], Cue::Lower(false)),
    (&["more", "or", "less"], Cue::Hedge),
    (&["at", "least"], Cue::Lower(false)),
    // `prices start at $450`: the cheapest, so a lower bound.
    (&["start", "at"], Cue::Lower(false)),
    (&["starts", "at"], Cue::Lower(false)),
    (&["starting", "at"], Cue::Lower(false)),
    // `pricing begins at $119.99`: the same floor.
    (&["begin", "at"], Cue::Lower(false)),
    (&["begins", "at"], Cue::Lower(false)),
    (&["beginning", "at"], Cue::Lower(false)),
    (&["more", "than"], Cue::Lower(true)),
    (&["greater", "than"], Cue::Lower(true)),
    (&["larger", "than"], Cue::Lower(true)),
    (&["higher", "than"], Cue::Lower(true)),
    (&["bigger", "than"], Cue::Lower(true)),
    (&["upwards", "of"], Cue::Lower(true)),
    (&["upward", "of"], Cue::Lower(true)),
    // `up to a 2.7GHz chip`: the article before the figure.
    (&["up", "to", "a"], Cue::Upper(false)),
    (&["up", "to"], Cue::Upper(false)),
    (&["at", "most"], Cue::Upper(false)),
    (&["fewer", "than"], Cue::Upper(true)),
    (&["less", "than"], Cue::Upper(true)),
    (&["lower", "than"], Cue::Upper(true)),
    (&["smaller", "than"], Cue::Upper(true)),
    (&["close", "to"], Cue::Hedge),
    (&["an", "estimated"], Cue::Hedge),
    (&["just", "about"], Cue::Hedge),
    (&["over"], Cue::Lower(true)),
    // `spending went past £1bn`.
    (&["past"], Cue::Lower(true)),
    (&["above"], Cue::Lower(true)),
    (&["exceeding"], Cue::Lower(true)),
    (&["exceed"], Cue::Lower(true)),
    (&["exceeds"], Cue::Lower(true)),
    (&["exceeded"], Cue::Lower(true)),
    (&["surpass"], Cue::Lower(true)),
    (&["surpassing"], Cue::Lower(true)),
    (&["under"], Cue::Upper(true)),
    // `within 60 days`, `within five years`: no more than the figure.
    (&["within"], Cue::Upper(false)),
    (&["below"], Cue::Upper(true)),
    (&["about"], Cue::Hedge),
    (&["around"], Cue::Hedge),
    (&["roughly"], Cue::Hedge),
    (&["nearly"], Cue::Hedge),
    (&["almost"], Cue::Hedge),
    (&["some"], Cue::Hedge),
    (&["approximately"], Cue::Hedge),
    (&["approx"], Cue::Hedge),
    (&["estimated"], Cue::Hedge),
    (&["circa"], Cue::Hedge),
    (&["nigh"], Cue::Hedge),
];

/// Whether `w` is the last word of some phrase in [`CUES`] (kept in step
/// by a unit test): the bound reader's first, cheap test.
pub(super) fn ends_cue(w: &str) -> bool {
    matches!(
        w,
        "to" | "than"
            | "a"
            | "at"
            | "of"
            | "as"
            | "less"
            | "least"
            | "most"
            | "estimated"
            | "about"
            | "over"
            | "past"
            | "above"
            | "exceeding"
            | "exceed"
            | "exceeds"
            | "exceeded"
            | "surpass"
            | "surpassing"
            | "under"
            | "below"
            | "within"
            | "around"
            | "roughly"
            | "nearly"
            | "almost"
            | "some"
            | "approximately"
            | "approx"
            | "circa"
            | "nigh"
    )
}

/// Words that qualify a bound without changing it (`just over`, `well
/// over`, `slightly more than`).
pub(super) fn bound_qualifier(w: &str) -> bool {
    matches!(
        w,
        "just" | "well" | "slightly" | "little" | "a" | "far" | "much" | "significantly"
    )
}

/// Month names and their usual abbreviations (day numbers next to them
/// are dates, not counts).
pub(super) fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan"
            | "feb"
            | "mar"
            | "apr"
            | "jun"
            | "jul"
            | "aug"
            | "sep"
            | "sept"
            | "oct"
            | "nov"
            | "dec"
    )
}

/// Words before a 4-digit number that make it a year even when a noun
/// follows (`in 2022 troops entered…`).
pub(super) fn year_cue(w: &str) -> bool {
    matches!(
        w,
        "in" | "since"
            | "by"
            | "until"
            | "till"
            | "before"
            | "after"
            | "during"
            | "from"
            | "of"
            | "year"
            | "early"
            | "late"
            | "mid"
            | "spring"
            | "summer"
            | "autumn"
            | "fall"
            | "winter"
            | "fiscal"
            | "fy"
            | "through"
            | "between"
            | "circa"
            | "throughout"
    ) || is_month(w)
}
