//! Word lists for counted nouns: persons, durations, measures,
//! irregular plurals, words that are never nouns, and the adjectives
//! allowed between a number and its noun. Lookups take lower-cased words.

/// Nouns that count persons; their unit is `people`.
pub(super) fn is_person_noun(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "person"
            | "persons"
            | "civilian"
            | "civilians"
            | "child"
            | "children"
            | "kid"
            | "kids"
            | "soldier"
            | "soldiers"
            | "resident"
            | "residents"
            | "migrant"
            | "migrants"
            | "refugee"
            | "refugees"
            | "worker"
            | "workers"
            | "troop"
            | "troops"
            | "man"
            | "men"
            | "woman"
            | "women"
            | "adult"
            | "adults"
            | "victim"
            | "victims"
            | "passenger"
            | "passengers"
            | "student"
            | "students"
            | "officer"
            | "officers"
            | "policeman"
            | "policemen"
            | "police"
            | "fighter"
            | "fighters"
            | "militant"
            | "militants"
            | "protester"
            | "protesters"
            | "protestor"
            | "protestors"
            | "demonstrator"
            | "demonstrators"
            | "journalist"
            | "journalists"
            | "prisoner"
            | "prisoners"
            | "detainee"
            | "detainees"
            | "hostage"
            | "hostages"
            | "patient"
            | "patients"
            | "personnel"
            | "employee"
            | "employees"
            | "staff"
            | "inhabitant"
            | "inhabitants"
            | "citizen"
            | "citizens"
            | "individual"
            | "individuals"
            | "pilgrim"
            | "pilgrims"
            | "villager"
            | "villagers"
            | "miner"
            | "miners"
            | "firefighter"
            | "firefighters"
            | "rebel"
            | "rebels"
            | "insurgent"
            | "insurgents"
            | "serviceman"
            | "servicemen"
            | "servicemembers"
            | "sailor"
            | "sailors"
            | "marine"
            | "marines"
            | "infant"
            | "infants"
            | "baby"
            | "babies"
            | "boy"
            | "boys"
            | "girl"
            | "girls"
            | "teenager"
            | "teenagers"
            | "doctor"
            | "doctors"
            | "nurse"
            | "nurses"
            | "peacekeeper"
            | "peacekeepers"
            | "guard"
            | "guards"
            | "tourist"
            | "tourists"
            | "voter"
            | "voters"
            | "settler"
            | "settlers"
            | "volunteer"
            | "volunteers"
            | "crew"
            | "crewman"
            | "crewmen"
            | "servicemember"
            | "members"
            | "member"
            | "evacuee"
            | "evacuees"
            | "asylum"
            | "conscript"
            | "conscripts"
            | "recruit"
            | "recruits"
            | "paramedic"
            | "paramedics"
            | "rescuer"
            | "rescuers"
            // Counts of dead and hurt persons are counts of people; the
            // claim assembler reads the measure from these words.
            | "death"
            | "deaths"
            | "fatality"
            | "fatalities"
            | "casualty"
            | "casualties"
            | "employees'"
    )
}

/// Nouns of one person that only a relation or a role names (`her
/// daughter`, `the suspect`, `his friend`): a figure set off by commas
/// right after one is the person's age (`her son, 7, was hurt`), never a
/// count of the dead or hurt. Not in [`is_person_noun`], whose words also
/// count (`two men`), where these are rarely counted with a figure.
pub(super) fn is_one_person_noun(w: &str) -> bool {
    matches!(
        w,
        "son"
            | "daughter"
            | "mother"
            | "father"
            | "mom"
            | "mum"
            | "dad"
            | "brother"
            | "sister"
            | "husband"
            | "wife"
            | "grandmother"
            | "grandfather"
            | "grandson"
            | "granddaughter"
            | "grandchild"
            | "stepson"
            | "stepdaughter"
            | "stepfather"
            | "stepmother"
            | "nephew"
            | "niece"
            | "cousin"
            | "aunt"
            | "uncle"
            | "boyfriend"
            | "girlfriend"
            | "fiance"
            | "fiancee"
            | "partner"
            | "friend"
            | "roommate"
            | "neighbor"
            | "neighbour"
            | "coworker"
            | "co-worker"
            | "colleague"
            | "teen"
            | "youth"
            | "toddler"
            | "suspect"
            | "gunman"
            | "shooter"
            | "clerk"
            | "cashier"
            | "motorist"
    )
}

/// Singular duration words (the unit of `3 days`, `a 10-day truce`).
pub(super) fn duration(w: &str) -> Option<&'static str> {
    Some(match w {
        "second" | "seconds" => "second",
        "minute" | "minutes" | "mins" | "min" => "minute",
        "hour" | "hours" | "hrs" => "hour",
        "day" | "days" => "day",
        "week" | "weeks" => "week",
        "fortnight" | "fortnights" => "fortnight",
        "month" | "months" => "month",
        "year" | "years" | "yrs" => "year",
        "decade" | "decades" => "decade",
        "century" | "centuries" => "century",
        _ => return None,
    })
}

/// A word of extent or position after a length (`12 m deep`, `300m
/// above`), which makes an `m` metres.
pub(super) fn extent_word(w: &str) -> bool {
    matches!(
        w,
        "across"
            | "long"
            | "wide"
            | "high"
            | "tall"
            | "deep"
            | "away"
            | "below"
            | "above"
            | "underground"
            | "underwater"
    )
}

/// Words after a singular noun that are no head of it: verbs in the
/// past that do not end in `-ed` and adverbs (`one man shot`, `one game
/// back`, `one step away`).
pub(super) fn not_a_head(w: &str) -> bool {
    matches!(
        w,
        "shot"
            | "hit"
            | "cut"
            | "set"
            | "put"
            | "beat"
            | "struck"
            | "fell"
            | "ran"
            | "won"
            | "lost"
            | "left"
            | "led"
            | "got"
            | "took"
            | "made"
            | "saw"
            | "told"
            | "paid"
            | "held"
            | "kept"
            | "sold"
            | "built"
            | "sent"
            | "spent"
            | "met"
            | "gave"
            | "came"
            | "went"
            | "broke"
            | "drove"
            | "flew"
            | "grew"
            | "knew"
            | "threw"
            | "wrote"
            | "rose"
            | "stole"
            | "fought"
            | "bought"
            | "brought"
            | "caught"
            | "thought"
            | "began"
            | "became"
            | "stood"
            | "sat"
            | "let"
            | "felt"
            | "found"
            | "heard"
            | "meant"
            | "read"
            | "drew"
            | "wore"
            | "tore"
            | "hung"
            | "fled"
            | "slid"
            | "spun"
            | "swam"
            | "woke"
            | "sank"
            | "blew"
            | "sang"
            | "rang"
            | "shook"
            | "froze"
            | "chose"
            | "spoke"
            | "bit"
            | "hid"
            | "lit"
            | "fed"
            | "bled"
            | "dug"
            | "stuck"
            | "swung"
            | "wept"
            | "slept"
            | "crept"
            | "dealt"
            | "lent"
            | "bent"
            | "leapt"
            | "sped"
            | "sought"
            | "forgot"
            | "arose"
            | "bore"
            | "wound"
            | "bound"
            | "overcame"
            | "withdrew"
            | "undertook"
            | "upheld"
            | "oversaw"
            | "ate"
            | "drank"
            | "rode"
            | "shone"
            | "sprang"
            | "stung"
            | "swore"
            | "quit"
            | "shut"
            | "spread"
            | "split"
            | "burst"
            | "cast"
            | "cost"
            | "bet"
            | "away"
            | "back"
            | "ahead"
            | "apiece"
            | "each"
            | "again"
            | "alone"
            | "too"
            | "also"
            | "only"
            | "instead"
            | "either"
            | "even"
            | "still"
            | "just"
            | "ago"
            | "later"
            | "earlier"
            | "there"
            | "here"
            | "now"
            | "then"
            | "yet"
            | "not"
            | "never"
            | "once"
            | "home"
            | "abroad"
            | "long"
            | "short"
            | "high"
            | "low"
            | "behind"
            | "together"
            | "enough"
    )
}

/// Words that close a noun phrase after its head (`one murder charge
/// later`, `one title belt since`).
pub(super) fn closes_after_head(w: &str) -> bool {
    matches!(
        w,
        "since"
            | "later"
            | "last"
            | "next"
            | "this"
            | "today"
            | "yesterday"
            | "tonight"
            | "tomorrow"
            | "downtown"
            | "during"
            | "against"
            | "between"
            | "through"
            | "near"
            | "until"
    )
}

/// A weekday in the plural (`Sundays`), as its singular unit.
pub(super) fn weekday_plural(w: &str) -> Option<&'static str> {
    Some(match w {
        "mondays" => "monday",
        "tuesdays" => "tuesday",
        "wednesdays" => "wednesday",
        "thursdays" => "thursday",
        "fridays" => "friday",
        "saturdays" => "saturday",
        "sundays" => "sunday",
        _ => return None,
    })
}

/// Unit abbreviations and singular measure words taken as the unit even
/// though they are not plural nouns.
pub(super) fn measure_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "mph" => "mph",
        "ghz" => "ghz",
        "mhz" => "mhz",
        "khz" => "khz",
        "hz" => "hz",
        // Screen brightness: `2,600 nits`.
        "nit" | "nits" => "nit",
        "megapixel" | "megapixels" | "mp" | "mpx" => "megapixel",
        "pixel" | "pixels" => "pixel",
        // Screen density: `326 ppi`, pixels per inch, a rate already.
        "ppi" => "pixel/inch",
        "mah" | "mahr" => "mah",
        "yard" | "yards" | "yd" | "yds" => "yard",
        "inch" | "inches" => "inch",
        "kph" | "kmh" => "km/h",
        "km" | "kms" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "mi" | "mile" | "miles" => "mile",
        "m" | "metre" | "metres" | "meter" | "meters" => "m",
        "cm" => "cm",
        "mm" => "mm",
        "ft" | "foot" | "feet" => "foot",
        "kg" | "kgs" | "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "lb" | "lbs" => "lb",
        "t" | "tonne" | "tonnes" | "ton" | "tons" => "tonne",
        "mw" => "mw",
        "gw" => "gw",
        "kw" => "kw",
        "kwh" => "kwh",
        "mwh" => "mwh",
        "gwh" => "gwh",
        "bpd" => "bpd",
        "ha" | "hectare" | "hectares" => "hectare",
        "magnitude" => "magnitude",
        "degree" | "degrees" => "degree",
        "sq" => "sq",
        // Storage, written out or as symbols: `512 gigabyte flash`,
        // `2 terabytes`, `4GB`.
        "gb" | "gigabyte" | "gigabytes" => "gb",
        "kb" | "kilobyte" | "kilobytes" => "kb",
        // Data rates and frame rates: `1 Gbps`, `300 Mbps`, `60fps`.
        "gbps" => "gbps",
        "mbps" => "mbps",
        "kbps" => "kbps",
        "fps" => "fps",
        "mb" | "megabyte" | "megabytes" => "mb",
        "tb" | "terabyte" | "terabytes" => "tb",
        "ml" => "ml",
        "l" | "litre" | "litres" | "liter" | "liters" => "litre",
        // Engines and machines: power, torque, speed of turning, economy.
        "horsepower" | "hp" | "bhp" => "hp",
        "rpm" => "rpm",
        "mpg" => "mpg",
        "watt" | "watts" => "w",
        "kilowatt" | "kilowatts" => "kw",
        "megawatt" | "megawatts" => "mw",
        "gigawatt" | "gigawatts" => "gw",
        // Mass, strength of materials, concentration, small lengths.
        "mg" | "milligram" | "milligrams" | "milligramme" | "milligrammes" => "mg",
        "g" | "gram" | "grams" | "gramme" | "grammes" => "g",
        "ksi" => "ksi",
        "mpa" | "megapascal" | "megapascals" => "mpa",
        "ppm" => "ppm",
        "ppb" => "ppb",
        "micrometre" | "micrometres" | "micrometer" | "micrometers" | "micron" | "microns" => "µm",
        "nm" | "nanometre" | "nanometres" | "nanometer" | "nanometers" => "nm",
        "celsius" | "centigrade" => "°C",
        "fahrenheit" => "°F",
        _ => return None,
    })
}

/// Unit symbols whose case carries their meaning, as written after a
/// figure (`340 PS`, `60 W`, `500 Nm`, `400 MPa`, `2.5 µm`): the unit, or
/// `None` for anything else. `PS` is metric horsepower, `Nm` a newton
/// metre (where `nm` is a nanometre), `W` a watt (where `w` is nothing).
pub(super) fn cased_unit(raw: &str) -> Option<&'static str> {
    Some(match raw {
        "PS" => "ps",
        "W" => "w",
        "kW" | "KW" => "kw",
        "MW" => "mw",
        "GW" => "gw",
        "Nm" => "n·m",
        "MPa" => "mpa",
        "µm" | "μm" | "um" => "µm",
        _ => return None,
    })
}

/// Irregular plurals and mass nouns that may follow a number.
pub(super) fn irregular_plural(w: &str) -> Option<&'static str> {
    Some(match w {
        "cattle" => "cattle",
        "sheep" => "sheep",
        "fish" => "fish",
        "teeth" => "tooth",
        "mice" => "mouse",
        "aircraft" => "aircraft",
        "livestock" => "livestock",
        "deer" => "deer",
        "geese" => "goose",
        "data" => "datum",
        "lives" => "life",
        "wives" => "wife",
        "children" => "child",
        "grandchildren" => "grandchild",
        "knives" => "knife",
        "shelves" => "shelf",
        "leaves" => "leaf",
        "series" => "series",
        "species" => "species",
        "headquarters" => "headquarters",
        "vaccine" => "vaccine",
        _ => return None,
    })
}

/// Nouns that end in -s in the singular (or have no other form), so that
/// dropping the -s would be wrong: `news`, `gas`, `means`, `politics`.
pub(super) fn singular_in_s(w: &str) -> Option<&'static str> {
    Some(match w {
        "news" => "news",
        "gas" => "gas",
        "bias" => "bias",
        "atlas" => "atlas",
        "canvas" => "canvas",
        "alias" => "alias",
        "lens" => "lens",
        "chaos" => "chaos",
        "ethos" => "ethos",
        "means" => "means",
        "barracks" => "barracks",
        "crossroads" => "crossroads",
        "gallows" => "gallows",
        "innings" => "innings",
        "politics" => "politics",
        "physics" => "physics",
        "economics" => "economics",
        "mathematics" => "mathematics",
        "athletics" => "athletics",
        "diabetes" => "diabetes",
        "measles" => "measles",
        "rabies" => "rabies",
        "mumps" => "mumps",
        "premises" => "premises",
        "bus" | "busses" => "bus",
        "plainclothes" => "plainclothes",
        _ => return None,
    })
}

/// Plurals whose singular the suffix rules get wrong: nouns in -ie, -use,
/// -che, -ve, Greek and Latin plurals.
pub(super) fn plural_in_e(w: &str) -> Option<&'static str> {
    Some(match w {
        "movies" => "movie",
        "cookies" => "cookie",
        "zombies" => "zombie",
        "calories" => "calorie",
        "sorties" => "sortie",
        "rookies" => "rookie",
        "goalies" => "goalie",
        "selfies" => "selfie",
        "brownies" => "brownie",
        "prairies" => "prairie",
        "smoothies" => "smoothie",
        "freebies" => "freebie",
        "hippies" => "hippie",
        "aunties" => "auntie",
        "birdies" => "birdie",
        "genies" => "genie",
        "monies" => "money",
        "uses" => "use",
        "abuses" => "abuse",
        "excuses" => "excuse",
        "misuses" => "misuse",
        "fuses" => "fuse",
        "muses" => "muse",
        "ruses" => "ruse",
        "recluses" => "recluse",
        "headaches" => "headache",
        "stomachaches" => "stomachache",
        "aches" => "ache",
        "caches" => "cache",
        "niches" => "niche",
        "avalanches" => "avalanche",
        "cliches" => "cliche",
        "moustaches" => "moustache",
        "mustaches" => "mustache",
        "quiches" => "quiche",
        "psyches" => "psyche",
        "quizzes" => "quiz",
        "halves" => "half",
        "calves" => "calf",
        "wolves" => "wolf",
        "thieves" => "thief",
        "loaves" => "loaf",
        "scarves" => "scarf",
        "hooves" => "hoof",
        "selves" => "self",
        "oxen" => "ox",
        "crises" => "crisis",
        "analyses" => "analysis",
        "theses" => "thesis",
        "hypotheses" => "hypothesis",
        "diagnoses" => "diagnosis",
        "prognoses" => "prognosis",
        "oases" => "oasis",
        "axes" => "axis",
        "criteria" => "criterion",
        "phenomena" => "phenomenon",
        "indices" => "index",
        "appendices" => "appendix",
        "matrices" => "matrix",
        "vertices" => "vertex",
        _ => return None,
    })
}

/// Nouns of events that come in a numbered series, in the singular: the
/// only nouns an ordinal counts (`a third round`, `a second term`).
pub(super) fn series_noun(w: &str) -> Option<&'static str> {
    Some(match w {
        "round" => "round",
        "term" => "term",
        "wave" => "wave",
        "day" => "day",
        "night" => "night",
        "week" => "week",
        "month" => "month",
        "year" => "year",
        "season" => "season",
        "phase" => "phase",
        "stage" => "stage",
        "session" => "session",
        "attempt" => "attempt",
        "bid" => "bid",
        "vote" => "vote",
        "ballot" => "ballot",
        "referendum" => "referendum",
        "election" => "election",
        "leg" => "leg",
        "lap" => "lap",
        "summit" => "summit",
        "tranche" => "tranche",
        "dose" => "dose",
        "lockdown" => "lockdown",
        "package" => "package",
        "quake" | "earthquake" => "quake",
        "aftershock" => "aftershock",
        "explosion" => "explosion",
        "blast" => "blast",
        _ => return None,
    })
}

/// Words that are never the counted noun: determiners, pronouns,
/// prepositions, conjunctions, auxiliaries, common verbs in -s, and the
/// casualty words the caller handles itself.
/// Nouns (in the singular) that a version or model number tags rather
/// than counts when they follow it: `Internet Explorer 9 releases`,
/// `Windows 8 users`, `the iPhone 5 owners`.
pub(super) fn version_noun(w: &str) -> bool {
    matches!(
        w,
        "release"
            | "version"
            | "edition"
            | "build"
            | "update"
            | "patch"
            | "beta"
            | "user"
            | "owner"
            | "support"
    )
}

pub(super) fn never_noun(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "another"
            | "the"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "your"
            | "my"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "by"
            | "with"
            | "as"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "than"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "does"
            | "do"
            | "did"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "can"
            | "says"
            | "said"
            | "seems"
            | "remains"
            | "remain"
            | "appears"
            | "means"
            | "makes"
            | "goes"
            | "comes"
            | "shows"
            | "includes"
            | "represents"
            | "marks"
            | "becomes"
            | "gets"
            | "takes"
            | "lies"
            | "stands"
            | "follows"
            | "puts"
            | "sets"
            | "plus"
            | "minus"
            | "times"
            | "us"
            | "thus"
            | "always"
            | "perhaps"
            | "whereas"
            | "has's"
            | "dead"
            | "killed"
            | "injured"
            | "wounded"
            | "missing"
            | "died"
            | "dies"
            | "die"
            | "hurt"
            | "percent"
            | "per"
            | "pct"
            | "percentage"
            | "who"
            | "which"
            | "what"
            | "when"
            | "where"
            | "while"
            | "after"
            | "before"
            | "into"
            | "onto"
            | "upon"
            | "across"
            | "about"
            | "over"
            | "under"
            | "up"
            | "down"
            | "out"
            | "off"
            | "more"
            | "less"
            | "fewer"
            | "others"
            | "other"
            | "each"
            | "apiece"
            | "all"
            | "both"
            | "ago"
            | "earlier"
            | "later"
            | "yes"
            | "no"
            | "not"
            | "also"
            | "were's"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "you"
            | "i"
            | "them"
            | "him"
            | "me"
            | "there"
            | "here"
            | "then"
            | "now"
            | "so"
            | "if"
            | "because"
            | "though"
            | "although"
            | "since"
            | "until"
            | "during"
            | "through"
            | "against"
            | "between"
            | "among"
            | "amid"
            | "via"
            | "per's"
            | "news"
            | "is's"
            | "et"
            | "al"
            | "vs"
            | "st"
            | "nd"
            | "rd"
            | "th"
            | "am"
            | "pm"
            | "gmt"
            | "utc"
            | "bst"
            | "est"
            | "edt"
            | "cet"
            | "alone"
            | "yet"
            | "still"
            | "just"
            | "only"
            | "even"
            | "again"
            | "too"
            | "very"
            | "respectively"
            | "overall"
            | "total"
            | "altogether"
            | "apart"
            | "besides"
            | "or's"
    )
}

/// Adjectives allowed between a number and its noun (`200 new cases`).
pub(super) fn noun_adjective(w: &str) -> bool {
    matches!(
        w,
        "new"
            // A jury or a crowd described by race (`six black women, two
            // white men`): the noun follows.
            | "black"
            | "white"
            | "nautical"
            | "plainclothes"
            | "more"
            | "other"
            | "additional"
            | "extra"
            | "further"
            | "young"
            | "old"
            | "elderly"
            | "small"
            | "large"
            | "big"
            | "major"
            | "minor"
            | "foreign"
            | "local"
            | "armed"
            | "unarmed"
            | "innocent"
            | "civilian"
            | "military"
            | "confirmed"
            | "suspected"
            | "alleged"
            | "reported"
            | "registered"
            | "active"
            | "former"
            | "senior"
            | "junior"
            | "female"
            | "male"
            | "displaced"
            | "internally"
            | "separate"
            | "different"
            | "daily"
            | "weekly"
            | "monthly"
            | "annual"
            | "consecutive"
            | "straight"
            | "full"
            | "whole"
            | "straightforward"
            | "key"
            | "main"
            | "top"
            | "high"
            | "low"
            | "last"
            | "next"
            | "previous"
            | "total"
            // Voters by their intent, and days that count by a calendar
            // of their own (`800 likely voters`, `12 trading days`, `10
            // working days`, `five business days`).
            | "likely"
            | "trading"
            | "working"
            | "sitting"
            | "business"
            | "calendar"
            | "russian"
            | "ukrainian"
            | "american"
            | "israeli"
            | "palestinian"
            | "british"
            | "french"
            | "german"
            | "chinese"
            | "japanese"
            | "indian"
            | "iranian"
            | "syrian"
            | "iraqi"
            | "afghan"
            | "turkish"
            | "polish"
            | "european"
            | "african"
            | "nato"
            | "u.s"
            | "us"
            | "un"
    )
}

/// Nouns of discourse, which `One` at the start of a sentence introduces
/// as the article `a` does: `One factor could be race`, `One report said`.
pub(super) fn discourse_noun(w: &str) -> bool {
    matches!(
        w,
        "factor"
            | "difference"
            | "impetus"
            | "reason"
            | "problem"
            | "question"
            | "issue"
            | "example"
            | "report"
            | "change"
            | "reminder"
            | "concern"
            | "place"
            | "way"
            | "explanation"
            | "theory"
            | "possibility"
            | "option"
            | "idea"
            | "sign"
            | "lesson"
            | "advantage"
            | "drawback"
            | "benefit"
            | "solution"
            | "hint"
            | "clue"
            | "suggestion"
            | "estimate"
            | "calculation"
            | "analysis"
            | "study"
            | "account"
            | "source"
            | "aspect"
            | "feature"
            | "highlight"
            | "consequence"
            | "effect"
            | "result"
            | "goal"
            | "hope"
            | "fear"
            | "worry"
            | "criticism"
            | "complaint"
            | "challenge"
            | "exception"
            | "twist"
            | "surprise"
    )
}

/// Verbs of saying: a person `One` introduces before one of them is an
/// indefinite speaker (`One witness told reporters`), not a count.
pub(super) fn speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "tells"
            | "wrote"
            | "writes"
            | "added"
            | "noted"
            | "recalled"
            | "explained"
            | "suggested"
            | "claimed"
            | "asked"
            | "described"
            | "commented"
            | "posted"
    )
}

/// Plurals a glued `m` or `b` under ten scales to millions or billions
/// when they follow it (`2m users`, `3m Windows customers`): a figure of
/// metres measures things, it does not count people or their accounts,
/// homes and copies, and these are what news counts by the million.
pub(super) fn counted_by_millions(w: &str) -> bool {
    matches!(
        w,
        "users"
            | "customers"
            | "subscribers"
            | "viewers"
            | "listeners"
            | "readers"
            | "visitors"
            | "voters"
            | "households"
            | "homes"
            | "accounts"
            | "downloads"
            | "copies"
            | "members"
            | "shares"
    ) || (w.ends_with('s') && is_person_noun(w))
}

/// Words glued by a hyphen after `half` or `quarter` that make a name of
/// their own, no share of anything (`his half-brother`, `at half-time`,
/// `the half-back`): as `a half-century` names a span.
pub(super) fn fraction_compound(w: &str) -> bool {
    matches!(
        w,
        "brother"
            | "brothers"
            | "sister"
            | "sisters"
            | "sibling"
            | "siblings"
            | "time"
            | "back"
            | "backs"
            | "mast"
            | "hearted"
            | "way"
            | "final"
            | "finals"
            | "pipe"
    )
}

/// Verbs in -s that say what a product does or has (`the 8900 supports
/// Wi-Fi`, `the 9000 features a keyboard`): after a bare figure they make
/// it the product's model number, the subject of the verb, where a
/// counted noun would be read.
pub(super) fn product_verb(w: &str) -> bool {
    matches!(
        w,
        "supports"
            | "features"
            | "offers"
            | "includes"
            | "ships"
            | "sports"
            | "boasts"
            | "packs"
            | "comes"
            | "lacks"
            | "weighs"
            | "costs"
            | "retails"
    )
}

/// Words before `over` that spread an event or a payment across a span of
/// time (`took place over three days`, `took part over two days`, `paid
/// over 10 years`, `held over two weekends`): `over` and a duration after
/// them is the span, not a lower bound.
pub(super) fn spread_over(w: &str) -> bool {
    matches!(
        w,
        "place"
            | "part"
            | "held"
            | "staged"
            | "hosted"
            | "played"
            | "spread"
            | "split"
            | "phased"
            | "paid"
            | "repaid"
            | "payable"
            | "repayable"
            | "conducted"
            | "stretched"
    )
}

/// Verbs of a throw or a jump (`threw 14.87m`, `cleared 2.01m`): a glued
/// `m` after them is metres, the athlete's mark.
pub(super) fn field_mark_verb(w: &str) -> bool {
    matches!(
        w,
        "threw"
            | "throws"
            | "throwing"
            | "jumped"
            | "jumps"
            | "jumping"
            | "leapt"
            | "leaped"
            | "leaps"
            | "cleared"
            | "clears"
            | "vaulted"
            | "heaved"
            | "hurled"
    )
}

/// Nouns of a throw or a jump before `of` (`a throw of 62.3m`, `a leap of
/// 8.21m`).
pub(super) fn field_mark_noun(w: &str) -> bool {
    matches!(
        w,
        "throw" | "throws" | "jump" | "jumps" | "leap" | "leaps" | "vault" | "heave"
    )
}

/// Adverbs of a margin after a figure (`one back`, `20 short of`, `three
/// clear of`, `two adrift of`): no counted noun where nothing a noun could
/// head follows.
pub(super) fn margin_adverb(w: &str) -> bool {
    matches!(w, "back" | "short" | "clear" | "adrift")
}

/// Verbs of price before a figure (`costs R35`, `sells for R35`, `priced
/// at R35`), as written (lower case).
pub(super) fn price_verb(w: &str) -> bool {
    matches!(
        w,
        "cost"
            | "costs"
            | "costing"
            | "priced"
            | "pay"
            | "pays"
            | "paid"
            | "charge"
            | "charges"
            | "charged"
            | "sell"
            | "sells"
            | "sold"
            | "retails"
            | "retailed"
            | "fetch"
            | "fetches"
            | "fetched"
    )
}
