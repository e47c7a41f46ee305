//! Date rules: a one-pass tokenizer over each paragraph and a hand-written grammar over its tokens
//! that finds time expressions and says what they mean (an [`Expr`], not yet resolved against the
//! publication date). Resolution lives in `mod.rs`; the corpus of examples in `corpus.rs`.
//!
//! Why tokens and not regexes: most rules need a word or two of context on each side (the tense of
//! the clause, "aged" before a number, "fans" after a four-digit one, a capitalised month only in a
//! date-like frame), which is cheap to look at on a token array and awkward in one big alternation.
//! Tokens are made once per paragraph into a reused buffer; keyword lookup is one hash probe per
//! short word.

use std::sync::LazyLock;

use super::lexicon::{lower, Cue, FastMap, Lexicon};
use crate::doc::Span;
use crate::extract::text::WORD_BYTE;

/// A unit of time after a number ("three years", "10-day").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unit {
    Year,
    Month,
    Week,
    Day,
    Decade,
    Season,
    Fortnight,
    /// Hours, minutes, seconds: match clocks and race gaps, never emitted.
    Clock,
}

/// A season of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// How a weekday, month or season of the year without a year is placed around the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shift {
    /// By the tense of the clause.
    Tense,
    Last,
    This,
    Next,
}

/// The tense of the clause around an expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
    Unknown,
}

/// Day-month order of a written date, a cue for numeric dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Order {
    DayFirst,
    MonthFirst,
}

/// What an expression means, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Expr {
    /// A calendar day; `y` None takes the year nearest the anchor in the direction of the tense.
    Date {
        y: Option<i32>,
        m: u32,
        d: u32,
        wd: Option<u32>,
    },
    /// 05/06/2025: which number is the day depends on the article's conventions.
    NumericDate {
        a: u32,
        b: u32,
        y: i32,
    },
    /// A named day (index into the holiday table).
    Holiday(usize),
    /// Monday = 0.
    Weekday {
        wd: u32,
        shift: Shift,
    },
    /// "Sunday week" (British): that weekday a week after its next coming, Monday = 0.
    WeekdayWeek(u32),
    /// today 0, yesterday -1, tomorrow +1 (tonight, this morning, last night ...).
    Deictic(i32),
    Month {
        y: Option<i32>,
        m: u32,
        shift: Shift,
    },
    Year(i32),
    /// The first three digits of the decade's years: 198 for the 1980s.
    Decade(i32),
    /// A season across two years, by its first year.
    Season2(i32),
    /// "the 2022 season": a season named by one year.
    SeasonYear(i32),
    /// this 0, last -1, next +1 season.
    SeasonRel(i32),
    /// "the new season".
    SeasonNew,
    /// "the new year".
    NewYear,
    YearRel(i32),
    MonthRel(i32),
    WeekRel(i32),
    WeekendRel(i32),
    /// "at the weekend": the last or the coming one, by tense.
    WeekendTense,
    YearPart {
        part: Part,
        y: Option<i32>,
        shift: Shift,
    },
    /// "two years ago".
    Ago {
        n: i32,
        unit: Unit,
    },
    /// "in two weeks' time".
    Ahead {
        n: i32,
        unit: Unit,
    },
    Duration {
        n: u32,
        unit: Unit,
    },
    /// Relative to the date mentioned just before: "the following year" (+1), "the same summer" (0).
    Anaphor {
        unit: Unit,
        offset: i32,
    },
    /// Consumed and dropped: ages, frequencies, match clocks.
    Skip,
}

impl Expr {
    /// True for expressions whose resolution reads the tense of their clause.
    fn wants_tense(&self) -> bool {
        matches!(
            self,
            Expr::Date { y: None, .. }
                | Expr::Holiday(_)
                | Expr::Weekday {
                    shift: Shift::Tense,
                    ..
                }
                | Expr::Month {
                    y: None,
                    shift: Shift::Tense,
                    ..
                }
                | Expr::WeekendTense
                | Expr::YearPart {
                    y: None,
                    shift: Shift::Tense,
                    ..
                }
        )
    }

    /// True for expressions that carry an explicit year other year-less dates of the sentence take.
    fn explicit_year(&self) -> Option<i32> {
        match *self {
            Expr::Date { y: Some(y), .. } | Expr::Month { y: Some(y), .. } | Expr::Year(y) => {
                Some(y)
            }
            _ => None,
        }
    }

    /// True for the expressions that can be one end of a range ("between 2006 and 2010").
    fn rangeable(&self) -> bool {
        matches!(
            self,
            Expr::Year(_)
                | Expr::Date { .. }
                | Expr::Month { .. }
                | Expr::Season2(_)
                | Expr::Decade(_)
                | Expr::Weekday { .. }
        )
    }
}

/// One expression found in the text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Cand {
    pub span: Span,
    pub expr: Expr,
    pub tense: Tense,
    pub in_quote: bool,
    /// An explicit year said earlier in the same sentence.
    pub sentence_year: Option<i32>,
    /// How a written date put day and month (for numeric-date conventions).
    pub order: Option<Order>,
    /// The other end of a range, as an offset in the candidate list (+1 or -1).
    pub range_with: Option<isize>,
}

/// Keywords of the grammar (looked up lower-cased; months and weekdays must be capitalised).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kw {
    Month(u32),
    MonthAbbr(u32),
    Weekday(u32),
    WeekdayAbbr(u32),
    Number(u32),
    A,
    Unit(Unit),
    Campaign,
    PartOfDay,
    Deictic(i32),
    This,
    Last,
    Next,
    Past,
    Previous,
    Following,
    Same,
    New,
    The,
    Early,
    Mid,
    Late,
    Earlier,
    Later,
    Weekend,
    YearPart(Part),
    DecadeWord(i32),
    Every,
    Noon,
    /// "overnight": the night before the article, when it is an adverb.
    Overnight,
    /// A word that opens a subordinate clause ("that", "who", "when").
    Clause,
}

/// Which (length, first letter) pairs any keyword has: bit `letter` of entry `length`. Most
/// words of a text are no keyword, and this rules them out before lower-casing and hashing.
static KEYWORD_SHAPES: LazyLock<[u32; 11]> = LazyLock::new(|| {
    let mut shapes = [0u32; 11];
    for k in KEYWORDS.keys() {
        shapes[k.len()] |= 1 << (k[0] - b'a');
    }
    shapes
});

/// Could `word` (ASCII) be a keyword, by its length and first letter?
fn keyword_shaped(word: &[u8]) -> bool {
    let first = word[0] | 0x20;
    word.len() < 11
        && first.is_ascii_lowercase()
        && KEYWORD_SHAPES[word.len()] & (1 << (first - b'a')) != 0
}

/// Up to sixteen ASCII bytes, lower-cased, as one integer (first byte highest; words hold no
/// zero byte, so no two words pack alike).
fn pack_lower(word: &[u8]) -> u128 {
    word.iter()
        .fold(0u128, |k, &b| (k << 8) | b.to_ascii_lowercase() as u128)
}

/// The keywords packed by [`pack_lower`], grouped by length and first letter, with each group's
/// range: a probe compares integers within its group (one to a few keywords), with no hashing,
/// no slice comparison and no binary search.
struct KeywordTable {
    entries: Vec<(u128, Kw)>,
    /// `entries[start..end]` of the keywords of each length (0 to 10) and first letter.
    groups: [[(u16, u16); 26]; 11],
}

static KEYWORD_TABLE: LazyLock<KeywordTable> = LazyLock::new(|| {
    let mut keyed: Vec<(usize, u8, u128, Kw)> = KEYWORDS
        .iter()
        .map(|(k, &v)| (k.len(), k[0] - b'a', pack_lower(k), v))
        .collect();
    keyed.sort_unstable_by_key(|&(len, first, key, _)| (len, first, key));
    let mut groups = [[(0u16, 0u16); 26]; 11];
    for (i, &(len, first, _, _)) in keyed.iter().enumerate() {
        let g = &mut groups[len][first as usize];
        if g.0 == g.1 {
            *g = (i as u16, i as u16);
        }
        g.1 = i as u16 + 1;
    }
    KeywordTable {
        entries: keyed.into_iter().map(|(_, _, key, v)| (key, v)).collect(),
        groups,
    }
});

/// The keyword an ASCII word of at most ten bytes is (any case).
fn keyword(word: &[u8]) -> Option<Kw> {
    let first = word.first()? | 0x20;
    if word.len() > 10 || !first.is_ascii_lowercase() {
        return None;
    }
    let table = &*KEYWORD_TABLE;
    let (start, end) = table.groups[word.len()][usize::from(first - b'a')];
    let key = pack_lower(word);
    table.entries[usize::from(start)..usize::from(end)]
        .iter()
        .find(|&&(k, _)| k == key)
        .map(|&(_, v)| v)
}

/// Keyed by lower-case bytes, so a probe needs no UTF-8 check.
static KEYWORDS: LazyLock<FastMap<&'static [u8], Kw>> = LazyLock::new(|| {
    let mut m: FastMap<&'static [u8], Kw> = FastMap::default();
    let months = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    for (i, w) in months.iter().enumerate() {
        m.insert(w.as_bytes(), Kw::Month(i as u32 + 1));
    }
    for (w, n) in [
        ("jan", 1),
        ("feb", 2),
        ("mar", 3),
        ("apr", 4),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("sep", 9),
        ("sept", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
    ] {
        m.insert(w.as_bytes(), Kw::MonthAbbr(n));
    }
    for (i, w) in crate::clean::meta::WEEKDAYS.iter().enumerate() {
        m.insert(w.as_bytes(), Kw::Weekday(i as u32));
    }
    for (w, n) in [
        ("mon", 0),
        ("tue", 1),
        ("tues", 1),
        ("wed", 2),
        ("thu", 3),
        ("thur", 3),
        ("thurs", 3),
        ("fri", 4),
        ("sat", 5),
        ("sun", 6),
    ] {
        m.insert(w.as_bytes(), Kw::WeekdayAbbr(n));
    }
    let numbers = [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    for (i, w) in numbers.iter().enumerate() {
        m.insert(w.as_bytes(), Kw::Number(i as u32 + 1));
    }
    for (w, n) in [
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
    ] {
        m.insert(w.as_bytes(), Kw::Number(n));
    }
    for (w, u) in [
        ("year", Unit::Year),
        ("years", Unit::Year),
        ("month", Unit::Month),
        ("months", Unit::Month),
        ("week", Unit::Week),
        ("weeks", Unit::Week),
        ("day", Unit::Day),
        ("days", Unit::Day),
        ("decade", Unit::Decade),
        ("decades", Unit::Decade),
        ("season", Unit::Season),
        ("seasons", Unit::Season),
        ("fortnight", Unit::Fortnight),
        ("fortnights", Unit::Fortnight),
        ("hour", Unit::Clock),
        ("hours", Unit::Clock),
        ("minute", Unit::Clock),
        ("minutes", Unit::Clock),
        ("min", Unit::Clock),
        ("mins", Unit::Clock),
        ("second", Unit::Clock),
        ("seconds", Unit::Clock),
        ("sec", Unit::Clock),
        ("secs", Unit::Clock),
    ] {
        m.insert(w.as_bytes(), Kw::Unit(u));
    }
    // "last term", "this term": a season, as British football writing says.
    for w in ["campaign", "campaigns", "term", "terms"] {
        m.insert(w.as_bytes(), Kw::Campaign);
    }
    m.insert(b"overnight", Kw::Overnight);
    for w in ["morning", "afternoon", "evening", "night", "lunchtime"] {
        m.insert(w.as_bytes(), Kw::PartOfDay);
    }
    for (w, k) in [
        ("today", 0),
        ("tonight", 0),
        ("yesterday", -1),
        ("tomorrow", 1),
    ] {
        m.insert(w.as_bytes(), Kw::Deictic(k));
    }
    for (w, k) in [
        ("this", Kw::This),
        ("last", Kw::Last),
        ("next", Kw::Next),
        ("past", Kw::Past),
        ("previous", Kw::Previous),
        ("following", Kw::Following),
        ("same", Kw::Same),
        ("new", Kw::New),
        ("the", Kw::The),
        ("early", Kw::Early),
        ("mid", Kw::Mid),
        ("late", Kw::Late),
        ("earlier", Kw::Earlier),
        ("later", Kw::Later),
        ("weekend", Kw::Weekend),
        ("every", Kw::Every),
        ("each", Kw::Every),
        ("a", Kw::A),
        ("an", Kw::A),
        ("noon", Kw::Noon),
        ("midday", Kw::Noon),
        ("midnight", Kw::Noon),
    ] {
        m.insert(w.as_bytes(), k);
    }
    for w in CLAUSE_WORDS {
        m.insert(w.as_bytes(), Kw::Clause);
    }
    for (w, p) in [
        ("spring", Part::Spring),
        ("summer", Part::Summer),
        ("autumn", Part::Autumn),
        ("fall", Part::Autumn),
        ("winter", Part::Winter),
    ] {
        m.insert(w.as_bytes(), Kw::YearPart(p));
    }
    for (w, d) in [
        ("sixties", 196),
        ("seventies", 197),
        ("eighties", 198),
        ("nineties", 199),
        ("noughties", 200),
    ] {
        m.insert(w.as_bytes(), Kw::DecadeWord(d));
    }
    m
});

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum T {
    Word,
    /// Digits only, with their value (numbers longer than nine digits are `Other`).
    Num(u32),
    /// "5th", "21st".
    Ord(u32),
    /// "1980s", "90s".
    Plural(u32),
    /// "8pm", "30am" (the minutes of "8:30am"); true for pm.
    AmPm(u32, bool),
    Punct(char),
    Other,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub start: usize,
    pub end: usize,
    pub t: T,
    pub kw: Option<Kw>,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Number of digits of a `Num`.
    pub digits: u8,
}

/// Splits `text` (which starts at byte `base` of the body) into words, numbers and single
/// punctuation marks, appending to `out`.
// (Its own function, as is `classify`: where the compiler chose otherwise, by how the crate fell
// into codegen units, the stage ran some 0.5M instructions a pass slower.)
#[inline(never)]
pub(super) fn tokenize(text: &str, base: usize, out: &mut Vec<Tok>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        // ASCII letters and digits in one sweep by table; a non-ASCII char may go on.
        if WORD_BYTE[b as usize] {
            let start = i;
            i += 1;
            while i < bytes.len() && WORD_BYTE[bytes[i] as usize] {
                i += 1;
            }
            while i < bytes.len() && bytes[i] >= 0x80 {
                let c = text[i..].chars().next().unwrap_or(' ');
                if !is_word_char(c) {
                    break;
                }
                i += c.len_utf8();
                while i < bytes.len() && WORD_BYTE[bytes[i] as usize] {
                    i += 1;
                }
            }
            out.push(classify(&text[start..i], base + start, base + i));
            continue;
        }
        // Decode one char (ASCII fast path).
        let (c, len) = if b < 0x80 {
            (b as char, 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c, c.len_utf8())
        };
        if is_word_char(c) {
            let start = i;
            i += len;
            while i < bytes.len() {
                let b = bytes[i];
                if b < 0x80 {
                    if b.is_ascii_alphanumeric() {
                        i += 1;
                    } else {
                        break;
                    }
                } else {
                    let c = text[i..].chars().next().unwrap_or(' ');
                    if is_word_char(c) {
                        i += c.len_utf8();
                    } else {
                        break;
                    }
                }
            }
            out.push(classify(&text[start..i], base + start, base + i));
        } else {
            if !c.is_whitespace() {
                out.push(Tok {
                    start: base + i,
                    end: base + i + len,
                    t: T::Punct(c),
                    kw: None,
                    cap: false,
                    digits: 0,
                });
            }
            i += len;
        }
    }
}

/// A letter or digit. The typographic marks of news text (curly quotes, dashes, the ellipsis: the
/// General Punctuation block) are answered without the Unicode tables' binary search.
fn is_word_char(c: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
}

#[inline(never)]
fn classify(word: &str, start: usize, end: usize) -> Tok {
    let mut tok = Tok {
        start,
        end,
        t: T::Other,
        kw: None,
        cap: false,
        digits: 0,
    };
    let bytes = word.as_bytes();
    let ndig = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if ndig == bytes.len() {
        if ndig <= 9 {
            tok.t = T::Num(word.parse().unwrap_or(0));
            tok.digits = ndig as u8;
        }
        return tok;
    }
    if ndig > 0 {
        if ndig <= 4 {
            let v: u32 = word[..ndig].parse().unwrap_or(0);
            let suffix = &word[ndig..];
            tok.digits = ndig as u8;
            tok.t = if suffix.eq_ignore_ascii_case("s") {
                T::Plural(v)
            } else if ["st", "nd", "rd", "th"]
                .iter()
                .any(|s| suffix.eq_ignore_ascii_case(s))
            {
                T::Ord(v)
            } else if suffix.eq_ignore_ascii_case("am") {
                T::AmPm(v, false)
            } else if suffix.eq_ignore_ascii_case("pm") {
                T::AmPm(v, true)
            } else {
                T::Other
            };
        }
        return tok;
    }
    tok.t = T::Word;
    tok.cap = word.chars().next().is_some_and(char::is_uppercase);
    // The longest keyword has ten letters.
    if bytes.len() <= 10 && bytes.is_ascii() && keyword_shaped(bytes) {
        tok.kw = keyword(bytes);
    }
    tok
}

/// Months whose names are also common words or first names: dates only in a date-like frame.
const AMBIGUOUS_MONTHS: [u32; 5] = [3, 4, 5, 6, 8];

/// Words before a month name that make it a date ("in May", "since April", "last March").
const MONTH_CONTEXT: &[&str] = &[
    "in",
    "on",
    "of",
    "since",
    "until",
    "till",
    "by",
    "from",
    "to",
    "through",
    "throughout",
    "between",
    "during",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "end",
    "start",
    "beginning",
    "and",
    "or",
    "last",
    "next",
    "this",
    "every",
];

/// Words before a weekday that make it a day even when a name follows ("on Sunday Smith ...").
const DAY_CONTEXT: &[&str] = &[
    "on", "by", "until", "till", "since", "before", "after", "from", "through", "and", "or",
];

/// Words that open a subordinate clause: a tense cue beyond one belongs to another clause.
const CLAUSE_WORDS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "when", "while", "where", "whereas", "although",
    "though", "because", "but",
];

/// Words before "a week", "a year" ... that make it a duration ("for a year", "at least a week").
const A_UNIT_CONTEXT: &[&str] = &[
    "for", "in", "within", "over", "after", "than", "least", "about", "nearly", "almost", "just",
    "only", "barely", "around", "roughly", "under", "spend", "spent", "lasted", "last",
];

/// Words after a number and its unit that make it an age or a difference, not a duration.
const NOT_DURATION_AFTER: &[&str] = &["old", "younger", "older", "senior", "junior", "apart"];

/// Words just before a four-digit number that make it something other than a year.
const NOT_YEAR_BEFORE: &[&str] = &[
    "no",
    "number",
    "lap",
    "laps",
    "stage",
    "hole",
    "page",
    "room",
    "flight",
    "bib",
    "aged",
    "route",
    "copyright",
    "c",
    "record",
    "code",
];

/// Words that may follow "overnight" used as an adverb of time ("overnight in Brisbane").
const OVERNIGHT_ADVERB_AFTER: &[&str] = &[
    "in", "at", "on", "from", "to", "as", "after", "when", "while", "and", "but", "with", "by",
    "before", "for", "that", "the", "a", "his", "her", "their",
];

/// Words before "overnight" that make it the idiom of suddenness.
const OVERNIGHT_IDIOM_BEFORE: &[&str] = &[
    "happen",
    "happens",
    "happened",
    "happening",
    "change",
    "changes",
    "changed",
    "come",
    "comes",
    "came",
    "become",
    "becomes",
    "became",
    "not",
    "an",
    "star",
    "success",
    "sensation",
    "fix",
    "fixed",
    "build",
    "built",
    "transform",
    "transformed",
    "disappear",
    "vanish",
    "improve",
    "improved",
    "turn",
    "turned",
    "work",
    "grow",
    "stay",
    "stayed",
    "stays",
];

/// Time zones that may follow a clock time.
const TIME_ZONES: &[&str] = &[
    "CET", "CEST", "BST", "GMT", "UTC", "ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "CST", "CDT",
    "MT", "MST", "MDT", "AEST", "AEDT", "IST", "JST", "WET", "EET",
];

/// A match of the grammar: tokens `s..e`, and for a range written as one piece ("2019-2021") the
/// second end.
struct M {
    s: usize,
    e: usize,
    expr: Expr,
    order: Option<Order>,
    second: Option<(usize, usize, Expr)>,
}

impl M {
    fn new(s: usize, e: usize, expr: Expr) -> M {
        M {
            s,
            e,
            expr,
            order: None,
            second: None,
        }
    }
}

/// The tense cues and clause boundaries of one sentence (token indices, ascending).
#[derive(Default)]
struct SentenceCues {
    sentence: Option<u32>,
    cues: Vec<(usize, Tense)>,
    boundaries: Vec<usize>,
}

/// The grammar over one paragraph's tokens.
pub(super) struct Scanner<'a> {
    pub body: &'a str,
    pub toks: &'a [Tok],
    /// Sentence id per token.
    pub sent: &'a [u32],
    /// Inside quotation marks, per token.
    pub quote: &'a [bool],
    pub lex: &'a Lexicon,
    /// Mentions of people, sorted: a month or weekday inside one is a name ("Theresa May").
    pub person_spans: &'a [Span],
}

impl Scanner<'_> {
    /// Finds every expression of the paragraph, appending candidates in text order.
    pub(super) fn scan(&self, out: &mut Vec<Cand>) {
        let first = out.len();
        // (first token, end token, meaning, written order, second end of a one-piece range)
        let mut matches: Vec<(usize, usize, Expr, Option<Order>, bool)> = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            match self.match_at(i) {
                Some(m) => {
                    let next = m.second.map_or(m.e, |(_, e, _)| e).max(i + 1);
                    if m.expr != Expr::Skip {
                        matches.push((m.s, m.e, m.expr, m.order, false));
                    }
                    if let Some((s, e, expr)) = m.second {
                        matches.push((s, e, expr, None, true));
                    }
                    i = next;
                }
                None => i += 1,
            }
        }
        // Candidates come in text order, so one sentence's cues are computed once and kept
        // until the next sentence; likewise the last explicit year of the sentence.
        let mut cues = SentenceCues::default();
        let mut year_in_sentence: (Option<u32>, Option<i32>) = (None, None);
        let mut previous_tense = Tense::Unknown;
        for &(s, e, expr, order, second) in &matches {
            // Both ends of "25-27 July" share the clause, so the tense of the first.
            let tense = if second {
                previous_tense
            } else if expr.wants_tense() {
                match self.tense_at(s, e, &mut cues) {
                    // "confirmed the dates for September 13-21", "set for March 3": a day
                    // someone fixes is as likely ahead as behind.
                    Tense::Past
                        if matches!(expr, Expr::Date { y: None, .. })
                            && s > 0
                            && self.is_word(s - 1, "for") =>
                    {
                        Tense::Unknown
                    }
                    Tense::Unknown if self.results_heading(s, e, expr) => Tense::Past,
                    t => t,
                }
            } else {
                Tense::Unknown
            };
            previous_tense = tense;
            let sid = self.sent[s];
            if year_in_sentence.0 != Some(sid) {
                year_in_sentence = (Some(sid), None);
            }
            let sentence_year = year_in_sentence.1;
            if let Some(y) = expr.explicit_year() {
                year_in_sentence.1 = Some(y);
            }
            out.push(Cand {
                span: Span::new(self.toks[s].start, self.toks[e - 1].end),
                expr,
                tense,
                in_quote: self.quote[s],
                sentence_year,
                order,
                range_with: None,
            });
        }
        // Ranges: "between 2006 and 2010", "from 2016 to 2025", "2019 – 2021".
        for k in 1..matches.len() {
            let (s1, e1, x1, _, _) = matches[k - 1];
            let (s2, _, x2, _, _) = matches[k];
            if !x1.rangeable() || !x2.rangeable() || out[first + k - 1].range_with.is_some() {
                continue;
            }
            let gap = &self.toks[e1..s2];
            let before = s1.checked_sub(1).map(|p| &self.toks[p]);
            let is = |t: &Tok, w: &str| t.t == T::Word && self.text(t).eq_ignore_ascii_case(w);
            let linked = match gap {
                [g] if is(g, "and") => before.is_some_and(|b| is(b, "between")),
                [g] if ["to", "until", "till", "through"].iter().any(|w| is(g, w)) => {
                    before.is_some_and(|b| is(b, "from"))
                }
                [g] if matches!(g.t, T::Punct('-' | '–' | '—')) => {
                    matches!(
                        (x1, x2),
                        (Expr::Year(_), Expr::Year(_)) | (Expr::Date { .. }, Expr::Date { .. })
                    ) || before.is_some_and(|b| is(b, "from"))
                }
                _ => false,
            };
            if linked {
                out[first + k - 1].range_with = Some(1);
                out[first + k].range_with = Some(-1);
            }
        }
    }

    fn text(&self, t: &Tok) -> &str {
        &self.body[t.start..t.end]
    }

    fn tok(&self, i: usize) -> Option<&Tok> {
        self.toks.get(i)
    }

    fn kw(&self, i: usize) -> Option<Kw> {
        self.toks.get(i).and_then(|t| t.kw)
    }

    /// Token `i` is the word `w` (any case).
    fn is_word(&self, i: usize, w: &str) -> bool {
        self.tok(i)
            .is_some_and(|t| t.t == T::Word && self.text(t).eq_ignore_ascii_case(w))
    }

    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.tok(i).is_some_and(|t| {
            t.t == T::Word && {
                let s = self.text(t);
                ws.iter().any(|w| s.eq_ignore_ascii_case(w))
            }
        })
    }

    fn is_punct(&self, i: usize, cs: &[char]) -> bool {
        matches!(self.tok(i), Some(Tok { t: T::Punct(c), .. }) if cs.contains(c))
    }

    /// Tokens `i` and `i + 1` touch (no space between).
    fn adj(&self, i: usize) -> bool {
        match (self.tok(i), self.tok(i + 1)) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    fn same_sentence(&self, i: usize, j: usize) -> bool {
        i < self.sent.len() && j < self.sent.len() && self.sent[i] == self.sent[j]
    }

    /// The previous token in the same sentence.
    fn prev(&self, i: usize) -> Option<usize> {
        let p = i.checked_sub(1)?;
        self.same_sentence(p, i).then_some(p)
    }

    fn in_person(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let span = Span::new(t.start, t.end);
        let k = self.person_spans.partition_point(|s| s.end <= t.start);
        self.person_spans.get(k).is_some_and(|s| s.overlaps(span))
    }

    /// A year 1850-2100 written with four digits at token `i`.
    fn year_at(&self, i: usize) -> Option<i32> {
        match self.tok(i) {
            Some(t) if t.digits == 4 => match t.t {
                T::Num(v) if (1850..=2100).contains(&v) => Some(v as i32),
                _ => None,
            },
            _ => None,
        }
    }

    /// A day of the month at token `i` ("5", "05", "5th").
    fn day_at(&self, i: usize) -> Option<u32> {
        let t = self.tok(i)?;
        let d = match t.t {
            T::Num(v) if t.digits <= 2 => v,
            T::Ord(v) if t.digits <= 2 => v,
            _ => return None,
        };
        (1..=31).contains(&d).then_some(d)
    }

    /// The number at `i` goes on as a score, a time or a decimal ("2-1", "3:45", "2.4").
    fn continues_as_number(&self, i: usize) -> bool {
        self.adj(i)
            && self.is_punct(i + 1, &['-', '–', ':', '.', '/', ','])
            && self.adj(i + 1)
            && matches!(
                self.tok(i + 2).map(|t| t.t),
                Some(T::Num(_)) | Some(T::AmPm(..))
            )
    }

    /// The number at `i` continues a number before it ("2-1", "1,500", "3:45").
    fn continues_number(&self, i: usize) -> bool {
        i >= 2
            && self.adj(i - 1)
            && self.is_punct(i - 1, &['-', '–', ':', '.', '/', ','])
            && self.adj(i - 2)
            && matches!(self.toks[i - 2].t, T::Num(_))
    }

    /// A month name at `i` (full or abbreviated, capitalised), with the token after it (past an
    /// abbreviation's full stop).
    fn month_at(&self, i: usize) -> Option<(u32, usize, bool)> {
        let t = self.tok(i)?;
        if !t.cap || self.in_person(i) {
            return None;
        }
        match t.kw? {
            Kw::Month(m) => Some((m, i + 1, false)),
            Kw::MonthAbbr(m) => {
                let next = if self.adj(i) && self.is_punct(i + 1, &['.']) {
                    i + 2
                } else {
                    i + 1
                };
                Some((m, next, true))
            }
            _ => None,
        }
    }

    /// "June 5", "Jun 05, 2025", "Sept. 21", "June 5th 2025" at `i`: (end, year, month, day).
    fn month_day(&self, i: usize) -> Option<(usize, Option<i32>, u32, u32)> {
        let (m, j, _) = self.month_at(i)?;
        let d = self.day_at(j)?;
        if self.continues_as_number(j) || d > days_in_month(m) {
            return None;
        }
        let (end, y) = self.optional_year(j + 1);
        Some((end, y, m, d))
    }

    /// "5 June", "5th of June 2025", "1 July" at `i`: (end, year, month, day).
    fn day_month(&self, i: usize) -> Option<(usize, Option<i32>, u32, u32)> {
        let d = self.day_at(i)?;
        if self.continues_number(i) || self.continues_as_number(i) {
            return None;
        }
        let mut j = i + 1;
        if self.is_word(j, "of") {
            j += 1;
        }
        let (m, k, _) = self.month_at(j)?;
        if d > days_in_month(m) {
            return None;
        }
        let (end, y) = self.optional_year(k);
        Some((end, y, m, d))
    }

    /// An optional ", 2025" or " 2025" at `j`.
    fn optional_year(&self, j: usize) -> (usize, Option<i32>) {
        let k = if self.is_punct(j, &[',']) { j + 1 } else { j };
        match self.year_at(k) {
            Some(y) if !self.continues_as_number(k) && !self.not_year_after(k) => (k + 1, Some(y)),
            _ => (j, None),
        }
    }

    /// The word after the number at `i` makes it a count ("2000 fans").
    fn not_year_after(&self, i: usize) -> bool {
        match self.tok(i + 1) {
            Some(t) if t.t == T::Word => {
                let w = self.text(t);
                lower(w).is_some_and(|l| self.lex.not_year.contains(l.as_str()))
            }
            Some(t) => t.t == T::Punct('%') && self.adj(i),
            None => false,
        }
    }

    /// Extends a day expression ending at `e` with an attached time: "at 8pm", "from 12:30",
    /// ", 7:05 p.m. ET". Returns the new end.
    fn attach_time(&self, e: usize) -> usize {
        let mut j = e;
        if self.is_punct(j, &[',']) {
            j += 1;
        }
        let lead = self.is_any(j, &["at", "from"]);
        if lead {
            j += 1;
        }
        let Some(after) = self.clock_at(j) else {
            return e;
        };
        let _ = lead;
        after
    }

    /// A clock time at `j` ("8pm", "8 p.m.", "20:45 CET", "7:05 p.m.", "noon"): its end.
    fn clock_at(&self, j: usize) -> Option<usize> {
        let t = self.tok(j)?;
        let mut k = match t.t {
            T::AmPm(h, _) if (1..=12).contains(&h) => j + 1,
            T::Word if t.kw == Some(Kw::Noon) => return Some(j + 1),
            T::Num(h) if t.digits <= 2 && h <= 24 => {
                if self.adj(j) && self.is_punct(j + 1, &[':', '.']) && self.adj(j + 1) {
                    match self.tok(j + 2) {
                        Some(m) if m.digits == 2 => match m.t {
                            T::AmPm(..) => j + 3,
                            T::Num(_) => {
                                // "17.30" needs am/pm or a 24-hour reading to be a time.
                                j + 3
                            }
                            _ => return None,
                        },
                        _ => return None,
                    }
                } else if (1..=12).contains(&h) && self.meridiem_at(j + 1).is_some() {
                    j + 1
                } else {
                    return None;
                }
            }
            _ => return None,
        };
        if let Some(after) = self.meridiem_at(k) {
            k = after;
        }
        if let Some(z) = self.tok(k) {
            if z.t == T::Word && TIME_ZONES.contains(&self.text(z)) {
                k += 1;
            }
        }
        if self.is_word(k, "local") && self.is_word(k + 1, "time") {
            k += 2;
        }
        Some(k)
    }

    /// "a.m.", "p.m.", "am", "pm" at `j`: its end.
    fn meridiem_at(&self, j: usize) -> Option<usize> {
        if self.is_any(j, &["am", "pm"]) {
            return Some(j + 1);
        }
        if self.is_any(j, &["a", "p"])
            && self.adj(j)
            && self.is_punct(j + 1, &['.'])
            && self.adj(j + 1)
            && self.is_word(j + 2, "m")
        {
            let end = if self.adj(j + 2) && self.is_punct(j + 3, &['.']) {
                j + 4
            } else {
                j + 3
            };
            return Some(end);
        }
        None
    }

    /// The tense of the clause around tokens `s..e`: the nearest cue before or after in the
    /// sentence, cues after the expression counting a little farther.
    /// A weekday alone on its line with a result under it ("Friday" / "Jaén 2-2 Peñíscola"):
    /// the heading of games already played.
    fn results_heading(&self, s: usize, e: usize, expr: Expr) -> bool {
        if !matches!(expr, Expr::Weekday { .. }) {
            return false;
        }
        let (start, end) = (self.toks[s].start, self.toks[e - 1].end);
        let line_start = self.body[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = self.body[end..]
            .find('\n')
            .map_or(self.body.len(), |i| end + i);
        if !self.body[line_start..start].trim().is_empty()
            || !self.body[end..line_end].trim().is_empty()
            || line_end == self.body.len()
        {
            return false;
        }
        let next = self.body[line_end + 1..]
            .split('\n')
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        let b = next.as_bytes();
        (1..b.len().saturating_sub(1))
            .any(|i| matches!(b[i], b'-') && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
            || next.contains('–') && next.bytes().any(|c| c.is_ascii_digit())
    }

    fn tense_at(&self, s: usize, e: usize, cache: &mut SentenceCues) -> Tense {
        let sid = self.sent[s];
        if cache.sentence != Some(sid) {
            let mut lo = s;
            while lo > 0 && self.sent[lo - 1] == sid {
                lo -= 1;
            }
            let mut hi = s;
            while hi + 1 < self.toks.len() && self.sent[hi + 1] == sid {
                hi += 1;
            }
            cache.cues.clear();
            cache.boundaries.clear();
            // A relative clause set off by commas ("Bellini, who left Sampdoria last month,
            // could make his debut on Boxing Day") ends at its closing comma: its verb is not
            // the main clause's.
            let mut relative_open = false;
            for i in lo..=hi {
                if let Some(t) = self.cue_at(i) {
                    cache.cues.push((i, t));
                }
                if self.clause_boundary(i) {
                    cache.boundaries.push(i);
                    relative_open = i > lo
                        && self.is_punct(i - 1, &[','])
                        && self.is_any(i, &["who", "which", "whose"]);
                } else if relative_open && self.is_punct(i, &[',']) {
                    cache.boundaries.push(i);
                    relative_open = false;
                }
            }
            cache.sentence = Some(sid);
        }
        // Only cues of the expression's own clause count: a subordinating word, a semicolon,
        // a dash or a quote mark ends the search ("warned that the rain for Sunday's race
        // could ..." is not a past Sunday).
        let (cues, bounds) = (&cache.cues, &cache.boundaries);
        let lo = bounds[..bounds.partition_point(|&b| b < s)].last().copied();
        let hi = bounds.get(bounds.partition_point(|&b| b < e)).copied();
        let before = cues[..cues.partition_point(|(i, _)| *i < s)]
            .last()
            .filter(|(i, _)| lo.is_none_or(|b| *i > b));
        let after = cues
            .get(cues.partition_point(|(i, _)| *i < e))
            .filter(|(i, _)| hi.is_none_or(|b| *i < b));
        match (before, after) {
            (Some(&(b, tb)), Some(&(a, ta))) => {
                // The verb of an English clause mostly comes before its time expression: a cue
                // after it wins only when much nearer, and never from a clause joined on after
                // it ("trained on Monday and will meet them again tomorrow").
                let joined = (e..a).any(|i| self.is_any(i, &["and", "but", "then"]));
                if joined || s - b <= 2 * (a + 1 - e) + 4 {
                    tb
                } else {
                    ta
                }
            }
            (Some(&(_, t)), None) | (None, Some(&(_, t))) => t,
            (None, None) => Tense::Unknown,
        }
    }

    /// Token `i` starts or ends a clause for tense purposes.
    fn clause_boundary(&self, i: usize) -> bool {
        match self.toks[i].t {
            T::Punct(c) => matches!(c, ';' | '—' | '“' | '”' | '"'),
            T::Word => self.toks[i].kw == Some(Kw::Clause) && !self.demonstrative_that(i),
            _ => false,
        }
    }

    /// "that" as a pronoun ("reading much into that on Friday"), which opens no clause: it is
    /// followed by a preposition or ends the phrase.
    fn demonstrative_that(&self, i: usize) -> bool {
        self.is_word(i, "that")
            && (self.is_any(
                i + 1,
                &["on", "in", "at", "for", "with", "from", "to", "by", "of"],
            ) || self
                .tok(i + 1)
                .is_none_or(|t| matches!(t.t, T::Punct('.' | ',' | '!' | '?' | ';'))))
    }

    /// The tense token `i` gives its clause, if any.
    fn cue_at(&self, i: usize) -> Option<Tense> {
        let t = &self.toks[i];
        match t.t {
            T::Word => {}
            // A score outside parentheses reports a result: the past.
            T::Num(_) => {
                // (Not the days of a range: "June 19-21", "25-27 July".)
                let in_date =
                    (i > 0 && self.month_at(i - 1).is_some()) || self.month_at(i + 3).is_some();
                let score = self.adj(i)
                    && self.is_punct(i + 1, &['-', '–'])
                    && self.adj(i + 1)
                    && matches!(self.tok(i + 2).map(|t| t.t), Some(T::Num(_)))
                    && !self.continues_number(i)
                    && !(i > 0 && self.is_punct(i - 1, &['(']))
                    && !in_date;
                return score.then_some(Tense::Past);
            }
            _ => return None,
        }
        let w = self.text(t);
        if t.cap || w.len() > 20 {
            return None;
        }
        // "we'll", "she’ll"
        if w == "ll"
            && i > 0
            && self.toks[i - 1].end == t.start
            && self.is_punct(i - 1, &['\'', '’'])
        {
            return Some(Tense::Future);
        }
        let low = lower(w)?;
        let lower = low.as_str();
        if lower == "set" && self.is_word(i + 1, "to") {
            return Some(Tense::Future);
        }
        // A gerund after "despite" names what has happened ("are through despite losing on
        // Wednesday"): a past cue, where the gerund alone gives none.
        if lower.len() >= 5
            && lower.ends_with("ing")
            && i > 0
            && self.is_any(i - 1, &["despite", "notwithstanding"])
        {
            return Some(Tense::Past);
        }
        match self.lex.cues.get(lower) {
            // An irregular participle after a form of "be" is passive ("will be held"): its
            // tense is the auxiliary's.
            Some(Cue::Past) if i > 0 && self.is_any(i - 1, &["be", "being", "is", "are", "am"]) => {
                return None
            }
            Some(Cue::Past) => return Some(Tense::Past),
            Some(Cue::Future) => return Some(Tense::Future),
            Some(Cue::Neutral) => return None,
            None => {}
        }
        if lower.len() >= 4 && lower.ends_with("ed") && lower.is_ascii() {
            // A participle after a form of "be" is passive: its tense is the auxiliary's.
            let mut p = i;
            for _ in 0..3 {
                let Some(q) = p.checked_sub(1) else { break };
                p = q;
                if matches!(self.toks[p].t, T::Punct('-')) {
                    continue;
                }
                if self.is_any(p, &["be", "being", "is", "are", "am", "get", "gets"]) {
                    return None;
                }
                if self.toks[p].t == T::Word && !self.is_word(p, "re") {
                    break;
                }
            }
            return Some(Tense::Past);
        }
        None
    }

    /// The expression starting at token `i`, if any.
    fn match_at(&self, i: usize) -> Option<M> {
        let t = self.toks[i];
        match t.t {
            T::Num(v) => self.number_rules(i, v),
            T::Ord(_) => self.day_month_rule(i),
            T::Plural(v) if t.digits == 4 && v % 10 == 0 => {
                Some(M::new(i, i + 1, Expr::Decade(v as i32 / 10)))
            }
            T::Punct('\'' | '’') => self.apostrophe_decade(i).map(|(e, d)| M::new(i, e, d)),
            T::Word => self.word_rules(i, t),
            _ => None,
        }
    }

    fn word_rules(&self, i: usize, t: Tok) -> Option<M> {
        if t.cap {
            if let Some(m) = self.holiday_rule(i) {
                return Some(m);
            }
        }
        match t.kw? {
            Kw::The => self.the_rules(i),
            Kw::Early | Kw::Mid | Kw::Late => self.modifier_rules(i),
            Kw::Earlier | Kw::Later => {
                if self.is_word(i + 1, "this") {
                    let m = self.relative_rules(i + 1)?;
                    matches!(
                        m.expr,
                        Expr::MonthRel(0)
                            | Expr::YearRel(0)
                            | Expr::SeasonRel(0)
                            | Expr::WeekRel(0)
                    )
                    .then_some(M::new(i, m.e, m.expr))
                } else {
                    None
                }
            }
            Kw::This | Kw::Last | Kw::Next => self.relative_rules(i),
            Kw::Deictic(k) => self.deictic_rule(i, t, k),
            Kw::Weekday(_) | Kw::WeekdayAbbr(_) if t.cap => self.weekday_rule(i, Shift::Tense, i),
            Kw::Month(_) | Kw::MonthAbbr(_) if t.cap => self.month_rule(i, Shift::Tense, i),
            Kw::Number(n) => {
                let (n, j) = self.compound_number(i, n);
                self.duration_rule(i, n, j)
            }
            Kw::A => self.a_unit_rule(i),
            Kw::Every => self.every_rule(i),
            Kw::Overnight => self.overnight_rule(i),
            Kw::Unit(Unit::Fortnight) => {
                let every = self
                    .prev(i)
                    .is_some_and(|p| self.is_any(p, &["every", "each", "a"]));
                (!every).then(|| {
                    M::new(
                        i,
                        i + 1,
                        Expr::Duration {
                            n: 1,
                            unit: Unit::Fortnight,
                        },
                    )
                })
            }
            Kw::YearPart(part) => {
                // "summer 2024"
                let y = self.year_at(i + 1)?;
                (!self.not_year_after(i + 1)).then(|| {
                    M::new(
                        i,
                        i + 2,
                        Expr::YearPart {
                            part,
                            y: Some(y),
                            shift: Shift::Tense,
                        },
                    )
                })
            }
            _ => None,
        }
    }

    /// "Overnight in Brisbane, …", "… swam 1:53.88 overnight": the night before the article (as
    /// "last night"). Not an adjective before a noun ("the overnight leader", "overnight rain"),
    /// nor the idiom of suddenness ("it won't happen overnight", "an overnight success").
    fn overnight_rule(&self, i: usize) -> Option<M> {
        if self.same_sentence(i, i + 1)
            && self.tok(i + 1).is_some_and(|n| n.t == T::Word && !n.cap)
            && !self.is_any(i + 1, OVERNIGHT_ADVERB_AFTER)
        {
            return None;
        }
        if self
            .prev(i)
            .is_some_and(|p| self.is_any(p, OVERNIGHT_IDIOM_BEFORE))
        {
            return None;
        }
        // A negation a few words before: "you don’t get that overnight".
        let negated = (i.saturating_sub(6)..i).any(|k| {
            self.same_sentence(k, i)
                && (self.is_any(k, &["not", "never", "cannot"])
                    || (self.is_word(k, "t") && k > 0 && self.is_punct(k - 1, &['\'', '’'])))
        });
        if negated {
            return None;
        }
        Some(M::new(i, i + 1, Expr::Deictic(-1)))
    }

    /// "twenty-five" → 25.
    fn compound_number(&self, i: usize, n: u32) -> (u32, usize) {
        if n >= 20 && n % 10 == 0 && self.adj(i) && self.is_punct(i + 1, &['-']) && self.adj(i + 1)
        {
            if let Some(Kw::Number(u)) = self.kw(i + 2) {
                if u < 10 {
                    return (n + u, i + 3);
                }
            }
        }
        (n, i + 1)
    }

    /// Rules led by a number.
    fn number_rules(&self, i: usize, v: u32) -> Option<M> {
        let t = self.toks[i];
        if self.continues_number(i) {
            return None;
        }
        if i > 0 && self.adj(i - 1) && self.is_punct(i - 1, &['£', '$', '€', '#', '¥']) {
            return None;
        }
        if t.digits == 4 {
            return self.year_rules(i, v);
        }
        if t.digits <= 2 {
            if let Some(m) = self.day_range(i) {
                return Some(m);
            }
            if let Some(m) = self.numeric_date(i) {
                return Some(m);
            }
            if let Some(m) = self.day_month_rule(i) {
                return Some(m);
            }
        }
        if t.digits <= 3 && v >= 1 {
            // "10 days", "18-month"
            if self.continues_as_number(i) {
                return None;
            }
            return self.duration_rule(i, v, i + 1);
        }
        None
    }

    /// "5 June", "5th of June 2025".
    fn day_month_rule(&self, i: usize) -> Option<M> {
        let (e, y, m, d) = self.day_month(i)?;
        let e = self.attach_time(e);
        let mut out = M::new(i, e, Expr::Date { y, m, d, wd: None });
        out.order = Some(Order::DayFirst);
        Some(out)
    }

    /// "25-27 July", "25–27 July 2025": two days of one month, as the two ends of a range.
    fn day_range(&self, i: usize) -> Option<M> {
        let d1 = self.day_at(i)?;
        if self.continues_number(i)
            || !(self.adj(i) && self.is_punct(i + 1, &['-', '–']) && self.adj(i + 1))
        {
            return None;
        }
        let d2 = self.day_at(i + 2)?;
        let (m, k, _) = self.month_at(i + 3)?;
        if d2 <= d1 || d2 > days_in_month(m) || self.continues_as_number(i + 2) {
            return None;
        }
        let (e, y) = self.optional_year(k);
        let mut out = M::new(
            i,
            i + 1,
            Expr::Date {
                y,
                m,
                d: d1,
                wd: None,
            },
        );
        out.order = Some(Order::DayFirst);
        out.second = Some((
            i + 2,
            e,
            Expr::Date {
                y,
                m,
                d: d2,
                wd: None,
            },
        ));
        Some(out)
    }

    /// "July 25-27": the month's range counterpart.
    fn month_day_range(&self, i: usize) -> Option<M> {
        let (m, j, _) = self.month_at(i)?;
        let d1 = self.day_at(j)?;
        if !(self.adj(j) && self.is_punct(j + 1, &['-', '–']) && self.adj(j + 1)) {
            return None;
        }
        let d2 = self.day_at(j + 2)?;
        if d2 <= d1 || d2 > days_in_month(m) || self.continues_as_number(j + 2) {
            return None;
        }
        let (e, y) = self.optional_year(j + 3);
        let mut out = M::new(
            i,
            j + 1,
            Expr::Date {
                y,
                m,
                d: d1,
                wd: None,
            },
        );
        out.order = Some(Order::MonthFirst);
        out.second = Some((
            j + 2,
            e,
            Expr::Date {
                y,
                m,
                d: d2,
                wd: None,
            },
        ));
        Some(out)
    }

    /// 05/06/2025, 5.6.2025, 05-06-2025.
    fn numeric_date(&self, i: usize) -> Option<M> {
        let sep = match self.tok(i + 1)?.t {
            T::Punct(c @ ('/' | '.' | '-')) => c,
            _ => return None,
        };
        let a = self.day_at(i)?;
        let b = self.day_at(i + 2)?;
        if !(self.adj(i) && self.adj(i + 1) && self.adj(i + 2) && self.is_punct(i + 3, &[sep])) {
            return None;
        }
        if !self.adj(i + 3) || self.continues_as_number(i + 4) {
            return None;
        }
        let y = self.year_at(i + 4)?;
        if a > 12 && b > 12 {
            return None;
        }
        let e = self.attach_time(i + 5);
        Some(M::new(i, e, Expr::NumericDate { a, b, y }))
    }

    /// Rules led by a four-digit number: ISO dates, seasons, year ranges, years.
    fn year_rules(&self, i: usize, v: u32) -> Option<M> {
        // Before 1850 a number is a year only after a word that asks for one ("built in 1807").
        let y = self.year_at(i).or_else(|| {
            let old = (1000..1850).contains(&v) && self.toks[i].digits == 4;
            (old && self
                .prev(i)
                .is_some_and(|p| self.is_any(p, &["in", "since", "founded", "built", "until"])))
            .then_some(v as i32)
        })?;
        // A year after a word that makes it a number, or in a copyright line.
        if let Some(p) = self.prev(i) {
            if self.is_any(p, NOT_YEAR_BEFORE) || self.is_punct(p, &['©']) {
                return None;
            }
            if p > 0 && self.is_punct(p, &['.']) && self.is_word(p - 1, "no") {
                return None;
            }
        }
        if self.not_year_after(i) {
            return None;
        }
        // "1900 GMT" is a clock time.
        if self
            .tok(i + 1)
            .is_some_and(|z| z.t == T::Word && TIME_ZONES.contains(&self.text(z)))
        {
            return None;
        }
        let _ = v;
        // 2025-06-05, 2025/06/05
        if self.adj(i) && self.is_punct(i + 1, &['-', '/']) && self.adj(i + 1) {
            if let (Some(m), true) = (self.tok(i + 2), self.adj(i + 2)) {
                if m.digits == 2 && self.is_punct(i + 3, &['-', '/']) && self.adj(i + 3) {
                    if let (T::Num(mo), Some(d)) = (m.t, self.day_at(i + 4)) {
                        if (1..=12).contains(&mo) && d <= days_in_month(mo) {
                            let e = self.attach_time(i + 5);
                            return Some(M::new(
                                i,
                                e,
                                Expr::Date {
                                    y: Some(y),
                                    m: mo,
                                    d,
                                    wd: None,
                                },
                            ));
                        }
                    }
                }
            }
        }
        // 2015-16, 2015/16, 2015–2016, 2019-2021, 2003 – 2019
        let dash = self.is_punct(i + 1, &['-', '–', '/']);
        let tight = self.adj(i) && self.adj(i + 1);
        let spaced_en = self.is_punct(i + 1, &['–', '—']);
        if dash && (tight || spaced_en) {
            if let Some(end) = self.tok(i + 2) {
                let second_end = match end.t {
                    T::Num(w) if end.digits == 2 => {
                        let century = y - y % 100;
                        let mut full = century + w as i32;
                        if full <= y {
                            full += 100;
                        }
                        Some((full, true))
                    }
                    T::Num(w) if end.digits == 4 => Some((w as i32, false)),
                    _ => None,
                };
                if let Some((full, short)) = second_end {
                    if self.continues_as_number(i + 2) {
                        return None;
                    }
                    let season_word = self.season_word(i + 3);
                    let the_before = self.prev(i).is_some_and(|p| self.is_word(p, "the"));
                    let slash = self.is_punct(i + 1, &['/']);
                    if full == y + 1 && (short || slash || season_word || the_before) {
                        let e = if season_word { i + 4 } else { i + 3 };
                        return Some(M::new(i, e, Expr::Season2(y)));
                    }
                    if full > y && full <= 2100 && full - y <= 200 {
                        let mut m = M::new(i, i + 1, Expr::Year(y));
                        m.second = Some((i + 2, i + 3, Expr::Year(full)));
                        return Some(m);
                    }
                    return None;
                }
            }
        }
        if self.continues_as_number(i) {
            return None;
        }
        if self.season_word(i + 1) {
            return Some(M::new(i, i + 2, Expr::SeasonYear(y)));
        }
        Some(M::new(i, i + 1, Expr::Year(y)))
    }

    fn season_word(&self, i: usize) -> bool {
        matches!(
            self.kw(i),
            Some(Kw::Unit(Unit::Season)) | Some(Kw::Campaign)
        ) && self.tok(i).is_some_and(|t| !t.cap)
    }

    /// "’90s", "'80s": a two-digit decade after an apostrophe.
    fn apostrophe_decade(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.adj(i) {
            return None;
        }
        let t = self.tok(i + 1)?;
        match t.t {
            T::Plural(v) if t.digits == 2 && v % 10 == 0 => {
                Some((i + 2, Expr::Decade(two_digit_decade(v))))
            }
            _ => None,
        }
    }

    /// Rules led by "the".
    fn the_rules(&self, i: usize) -> Option<M> {
        let j = i + 1;
        let next = self.tok(j)?;
        match next.kw {
            Some(Kw::Following) | Some(Kw::Next) | Some(Kw::Previous) | Some(Kw::Same) => {
                let offset = match next.kw {
                    Some(Kw::Following) | Some(Kw::Next) => 1,
                    Some(Kw::Previous) => -1,
                    _ => 0,
                };
                let unit = match self.kw(j + 1) {
                    Some(Kw::Unit(u))
                        if matches!(
                            u,
                            Unit::Year | Unit::Month | Unit::Week | Unit::Day | Unit::Season
                        ) =>
                    {
                        u
                    }
                    Some(Kw::PartOfDay) if offset == 1 && !self.is_word(j + 1, "night") => {
                        Unit::Day
                    }
                    Some(Kw::YearPart(_)) if offset == 0 => Unit::Year,
                    _ => return None,
                };
                if self.tok(j + 1).is_some_and(|t| t.cap) {
                    return None;
                }
                return Some(M::new(i, j + 2, Expr::Anaphor { unit, offset }));
            }
            Some(Kw::New) => {
                if self.is_word(j + 1, "year") && !self.toks[j].cap {
                    return Some(M::new(i, j + 2, Expr::NewYear));
                }
                if self.season_word(j + 1) {
                    return Some(M::new(i, j + 2, Expr::SeasonNew));
                }
                return None;
            }
            Some(Kw::Unit(u @ (Unit::Day | Unit::Year | Unit::Season))) if !next.cap => {
                // "the day before yesterday", "the year before", "the day after"
                if u == Unit::Day
                    && self.is_word(j + 1, "before")
                    && self.is_word(j + 2, "yesterday")
                {
                    return Some(M::new(i, j + 3, Expr::Deictic(-2)));
                }
                if u == Unit::Day && self.is_word(j + 1, "after") && self.is_word(j + 2, "tomorrow")
                {
                    return Some(M::new(i, j + 3, Expr::Deictic(2)));
                }
                let offset = if self.is_word(j + 1, "before") {
                    -1
                } else if self.is_word(j + 1, "after") {
                    1
                } else {
                    return None;
                };
                // "the day after the final" is relative to the final, not to a date.
                if self.is_any(j + 2, &["the", "his", "her", "their", "a", "an"]) {
                    return None;
                }
                return Some(M::new(i, j + 2, Expr::Anaphor { unit: u, offset }));
            }
            Some(Kw::Early) | Some(Kw::Mid) | Some(Kw::Late) => {
                let m = self.modifier_rules(j)?;
                return matches!(m.expr, Expr::Decade(_)).then_some(M::new(i, m.e, m.expr));
            }
            Some(Kw::DecadeWord(d)) if !next.cap => {
                return Some(M::new(i, j + 1, Expr::Decade(d)));
            }
            Some(Kw::YearPart(part)) => return self.year_part_after_the(i, j, part),
            Some(Kw::Weekend) => {
                let prep = self.prev(i).is_some_and(|p| {
                    self.is_any(
                        p,
                        &[
                            "at", "over", "on", "across", "during", "from", "since", "for",
                            "until", "before", "after", "by",
                        ],
                    )
                });
                // "the weekend’s game" names one weekend, as "this weekend’s game" does.
                let possessive = self.adj(j) && self.is_punct(j + 1, &['\'', '’']);
                return (prep || possessive).then(|| M::new(i, j + 1, Expr::WeekendTense));
            }
            _ => {}
        }
        match next.t {
            T::Num(_) if next.digits == 4 => {
                let m = self.year_rules(j, 0)?;
                if m.second.is_none() && matches!(m.expr, Expr::Season2(_) | Expr::SeasonYear(_)) {
                    return Some(M { s: i, ..m });
                }
                Some(m)
            }
            T::Plural(v) if next.digits == 2 && v % 10 == 0 => {
                Some(M::new(i, j + 1, Expr::Decade(two_digit_decade(v))))
            }
            T::Plural(v) if next.digits == 4 && v % 10 == 0 => {
                Some(M::new(i, j + 1, Expr::Decade(v as i32 / 10)))
            }
            T::Punct('\'' | '’') => {
                let (e, d) = self.apostrophe_decade(j)?;
                Some(M::new(i, e, d))
            }
            T::Num(_) | T::Ord(_) => {
                // "the 5th of June"
                if !self.is_word(j + 1, "of") {
                    return None;
                }
                let m = self.day_month_rule(j)?;
                Some(M { s: i, ..m })
            }
            _ => None,
        }
    }

    /// "the summer of 2024", "the spring", "the winter".
    fn year_part_after_the(&self, i: usize, j: usize, part: Part) -> Option<M> {
        let t = self.toks[j];
        // "the Summer Olympics", "the Winter Classic": part of a name.
        if t.cap && self.tok(j + 1).is_some_and(|n| n.t == T::Word && n.cap) {
            return None;
        }
        if self.is_word(j + 1, "of") {
            if let Some(y) = self.year_at(j + 2) {
                return Some(M::new(
                    i,
                    j + 3,
                    Expr::YearPart {
                        part,
                        y: Some(y),
                        shift: Shift::Tense,
                    },
                ));
            }
        }
        // "the fall" is too often a fall; "the spring" a spring.
        if self.is_word(j, "fall")
            && !self
                .prev(i)
                .is_some_and(|p| self.is_any(p, &["in", "during", "over", "this"]))
        {
            return None;
        }
        // "the summer transfer window" is still the summer; "the summer's" too.
        Some(M::new(
            i,
            j + 1,
            Expr::YearPart {
                part,
                y: None,
                shift: Shift::Tense,
            },
        ))
    }

    /// early / mid / late + year, month or decade.
    fn modifier_rules(&self, i: usize) -> Option<M> {
        let mut j = i + 1;
        if self.adj(i) && self.is_punct(j, &['-']) {
            j += 1;
        }
        let t = self.tok(j)?;
        match t.t {
            T::Num(_) if t.digits == 4 => {
                let y = self.year_at(j)?;
                if self.continues_as_number(j) || self.not_year_after(j) {
                    return None;
                }
                Some(M::new(i, j + 1, Expr::Year(y)))
            }
            T::Plural(v) if t.digits == 4 && v % 10 == 0 => {
                Some(M::new(i, j + 1, Expr::Decade(v as i32 / 10)))
            }
            T::Plural(v) if t.digits == 2 && v % 10 == 0 => {
                // "in his early 30s" is an age.
                let possessive = self.prev(i).is_some_and(|p| {
                    self.is_any(p, &["his", "her", "their", "my", "your", "our", "its"])
                });
                (!possessive).then(|| M::new(i, j + 1, Expr::Decade(two_digit_decade(v))))
            }
            T::Punct('\'' | '’') => {
                let (e, d) = self.apostrophe_decade(j)?;
                Some(M::new(i, e, d))
            }
            T::Word => {
                let m = self.month_rule(j, Shift::Tense, j)?;
                matches!(m.expr, Expr::Month { .. }).then_some(M { s: i, ..m })
            }
            _ => None,
        }
    }

    /// this / last / next + unit, weekday, month or season of the year.
    fn relative_rules(&self, i: usize) -> Option<M> {
        let k = match self.toks[i].kw? {
            Kw::This => 0,
            Kw::Last => -1,
            Kw::Next => 1,
            _ => return None,
        };
        // "the last season", "the next week" are something else (or handled by "the").
        if self.prev(i).is_some_and(|p| self.is_word(p, "the")) {
            return None;
        }
        let j = i + 1;
        let t = self.tok(j)?;
        let shift = [Shift::Last, Shift::This, Shift::Next][(k + 1) as usize];
        let expr = match t.kw? {
            Kw::Unit(Unit::Week) if !t.cap => Expr::WeekRel(k),
            Kw::Weekend if !t.cap => Expr::WeekendRel(k),
            Kw::Unit(Unit::Month) if !t.cap => Expr::MonthRel(k),
            Kw::Unit(Unit::Year) if !t.cap => Expr::YearRel(k),
            Kw::Unit(Unit::Season) | Kw::Campaign if !t.cap => Expr::SeasonRel(k),
            Kw::YearPart(part) if !t.cap => Expr::YearPart {
                part,
                y: None,
                shift,
            },
            Kw::PartOfDay => {
                if k == 0 && !self.is_word(j, "night") {
                    Expr::Deictic(0)
                } else if k == -1 && self.is_word(j, "night") {
                    Expr::Deictic(-1)
                } else {
                    return None;
                }
            }
            Kw::Weekday(_) if t.cap => return self.weekday_rule(j, shift, i),
            Kw::Month(_) if t.cap => {
                let m = self.month_rule(j, shift, i)?;
                return matches!(m.expr, Expr::Month { y: None, .. }).then_some(m);
            }
            _ => return None,
        };
        Some(M::new(i, j + 1, expr))
    }

    /// today, tonight, yesterday (afternoon), tomorrow (night) [at 8pm].
    fn deictic_rule(&self, i: usize, t: Tok, k: i32) -> Option<M> {
        // "USA Today": a capitalised "Today" after a capitalised word is a name.
        if t.cap {
            if let Some(p) = self.prev(i) {
                if self.toks[p].t == T::Word && self.toks[p].cap && self.toks[p].end + 1 >= t.start
                {
                    return None;
                }
            }
        }
        let mut e = i + 1;
        if k != 0 && self.kw(e) == Some(Kw::PartOfDay) {
            e += 1;
        }
        let e = self.attach_time(e);
        Some(M::new(i, e, Expr::Deictic(k)))
    }

    /// A weekday at `i` (the expression starts at `s`): "Sunday", "Sunday night",
    /// "Tuesday, July 22, 2025", "Sun 19 Oct 2025", "Wednesday at 7:05 p.m.".
    fn weekday_rule(&self, i: usize, shift: Shift, s: usize) -> Option<M> {
        if self.in_person(i) {
            return None;
        }
        let (wd, abbr) = match self.toks[i].kw? {
            Kw::Weekday(w) => (w, false),
            Kw::WeekdayAbbr(w) => (w, true),
            _ => return None,
        };
        let mut j = i + 1;
        if abbr && self.adj(i) && self.is_punct(j, &['.']) {
            j += 1;
        }
        if self.is_punct(j, &[',']) {
            j += 1;
        }
        let dated = self
            .month_day(j)
            .map(|r| (r, Order::MonthFirst))
            .or_else(|| {
                // "Thursday 5th June", "Sun 19 Oct 2025", "Saturday the 5th of June"
                let k = if self.is_word(j, "the") { j + 1 } else { j };
                self.day_month(k).map(|r| (r, Order::DayFirst))
            });
        if let Some(((e, y, m, d), order)) = dated {
            let e = self.attach_time(e);
            let mut out = M::new(
                s,
                e,
                Expr::Date {
                    y,
                    m,
                    d,
                    wd: Some(wd),
                },
            );
            out.order = Some(order);
            return Some(out);
        }
        if abbr {
            return None;
        }
        // "on a Tuesday night in Stoke": any Tuesday, not a date.
        if s == i && self.prev(i).is_some_and(|p| self.is_any(p, &["a", "an"])) {
            return Some(M::new(i, i + 1, Expr::Skip));
        }
        // "Sunday Night Football", "Friday Night Lights": a title even after "on".
        if self
            .tok(i + 1)
            .is_some_and(|n| n.cap && n.kw == Some(Kw::PartOfDay))
            && self
                .tok(i + 2)
                .is_some_and(|n| n.t == T::Word && n.cap && n.kw.is_none())
        {
            return Some(M::new(i, i + 3, Expr::Skip));
        }
        // "The Sunday Times", "Monday Night Football", "Sunday League": part of a name, unless a
        // preposition frames the weekday as a day ("on Sunday Smith scored").
        if s == i
            && self.tok(i + 1).is_some_and(|n| {
                n.t == T::Word
                    && n.cap
                    && matches!(n.kw, None | Some(Kw::PartOfDay))
                    && self.same_sentence(i, i + 1)
            })
            && !self.prev(i).is_some_and(|p| self.is_any(p, DAY_CONTEXT))
        {
            return None;
        }
        // "Sunday week", "on Saturday week": the weekday a week after its next coming (not
        // "Sunday Week 3" or "Monday week's draw" read as a name of the week).
        if shift == Shift::Tense
            && self.is_word(i + 1, "week")
            && self.tok(i + 1).is_some_and(|t| !t.cap)
            && self.same_sentence(i, i + 1)
            && !self
                .tok(i + 2)
                .is_some_and(|t| matches!(t.t, T::Num(_)) && self.same_sentence(i, i + 2))
        {
            return Some(M::new(s, i + 2, Expr::WeekdayWeek(wd)));
        }
        let mut e = i + 1;
        if self.kw(e) == Some(Kw::PartOfDay) && self.tok(e).is_some_and(|t| !t.cap) {
            e += 1;
        }
        let e = self.attach_time(e);
        Some(M::new(s, e, Expr::Weekday { wd, shift }))
    }

    /// A month at `i` (the expression starts at `s`): "June 5, 2025", "June 2028", "in April".
    fn month_rule(&self, i: usize, shift: Shift, s: usize) -> Option<M> {
        if s == i {
            if let Some(m) = self.month_day_range(i) {
                return Some(m);
            }
        }
        if let Some((e, y, m, d)) = self.month_day(i) {
            if shift == Shift::Tense || s == i {
                let e = self.attach_time(e);
                let mut out = M::new(s, e, Expr::Date { y, m, d, wd: None });
                out.order = Some(Order::MonthFirst);
                return Some(out);
            }
        }
        let (m, j, abbr) = self.month_at(i)?;
        let (e, y) = self.optional_year(j);
        if let Some(y) = y {
            return Some(M::new(
                s,
                e,
                Expr::Month {
                    y: Some(y),
                    m,
                    shift: Shift::Tense,
                },
            ));
        }
        if abbr {
            return None;
        }
        if s == i && AMBIGUOUS_MONTHS.contains(&m) {
            let framed = self.prev(i).is_some_and(|p| {
                self.is_any(p, MONTH_CONTEXT)
                    || (self.is_punct(p, &['-'])
                        && self.adj(p)
                        && p > 0
                        && self.is_word(p - 1, "mid"))
            });
            if !framed {
                return None;
            }
        }
        // "May Day", "April Fools": a capitalised word right after is part of a name.
        if self.tok(i + 1).is_some_and(|n| {
            n.t == T::Word && n.cap && n.kw.is_none() && self.same_sentence(i, i + 1)
        }) && AMBIGUOUS_MONTHS.contains(&m)
        {
            return None;
        }
        Some(M::new(s, i + 1, Expr::Month { y: None, m, shift }))
    }

    /// A number `n` (words or digits, ending before `j`) and a unit: durations, ages, "ago".
    fn duration_rule(&self, i: usize, n: u32, j: usize) -> Option<M> {
        let hyphen = self.adj(j - 1) && self.is_punct(j, &['-']) && self.adj(j);
        let u_at = if hyphen { j + 1 } else { j };
        let ut = self.tok(u_at)?;
        let unit = match ut.kw {
            Some(Kw::Unit(u)) if !ut.cap => u,
            _ => return None,
        };
        let e = u_at + 1;
        // "aged 25", "every two years": not durations.
        if let Some(p) = self.prev(i) {
            if self.is_any(p, &["aged", "every", "each", "per"]) {
                return Some(M::new(i, e, Expr::Skip));
            }
        }
        if unit == Unit::Clock {
            return Some(M::new(i, e, Expr::Skip));
        }
        if hyphen {
            // "67-year-old", "two-year-olds"
            if self.adj(u_at) && self.is_punct(e, &['-']) && self.is_any(e + 1, &["old", "olds"]) {
                return Some(M::new(i, e + 2, Expr::Skip));
            }
            // "the One-Day Cup", "a four-day game": a match format.
            if self.tok(e).is_some_and(|t| {
                t.t == T::Word
                    && lower(self.text(t))
                        .is_some_and(|l| self.lex.format_nouns.contains(l.as_str()))
            }) {
                return Some(M::new(i, e, Expr::Skip));
            }
            return Some(M::new(i, e, duration(n, unit)));
        }
        // "one day" is some day.
        if n == 1 && unit == Unit::Day && self.is_word(i, "one") {
            return Some(M::new(i, e, Expr::Skip));
        }
        if self.is_any(e, NOT_DURATION_AFTER)
            || (self.is_word(e, "of") && self.is_word(e + 1, "age"))
        {
            return Some(M::new(i, e + 1, Expr::Skip));
        }
        let n = n as i32;
        if self.is_word(e, "ago") {
            return Some(M::new(i, e + 1, Expr::Ago { n, unit }));
        }
        if self.is_any(e, &["later", "earlier"]) {
            let sign = if self.is_word(e, "later") { 1 } else { -1 };
            return Some(M::new(
                i,
                e + 1,
                Expr::Anaphor {
                    unit,
                    offset: sign * n,
                },
            ));
        }
        // "in two weeks' time"
        if self.is_punct(e, &['\'', '’']) && self.is_word(e + 1, "time") {
            return Some(M::new(i, e + 2, Expr::Ahead { n, unit }));
        }
        Some(M::new(i, e, duration(n as u32, unit)))
    }

    /// "a week", "a decade ago", "a year later", "a fortnight".
    fn a_unit_rule(&self, i: usize) -> Option<M> {
        if i > 0 && self.adj(i - 1) && self.is_punct(i - 1, &['-']) {
            return None;
        }
        let t = self.tok(i + 1)?;
        let unit = match t.kw {
            Some(Kw::Unit(u)) if !t.cap => u,
            _ => return None,
        };
        let e = i + 2;
        if self.is_word(e, "ago") {
            return (unit != Unit::Clock).then(|| M::new(i, e + 1, Expr::Ago { n: 1, unit }));
        }
        // British "a week on Sunday": that weekday a week after its next coming, as "Sunday
        // week" (not "a week on Sunday's form", where no weekday follows "on").
        if unit == Unit::Week && self.is_word(e, "on") && self.same_sentence(i, e + 1) {
            if let Some(Kw::Weekday(wd)) = self.tok(e + 1).filter(|t| t.cap).and_then(|t| t.kw) {
                if !self.is_punct(e + 2, &['\'', '’']) {
                    return Some(M::new(i, e + 2, Expr::WeekdayWeek(wd)));
                }
            }
        }
        if self.is_any(e, &["later", "earlier"]) && unit != Unit::Clock {
            let offset = if self.is_word(e, "later") { 1 } else { -1 };
            return Some(M::new(i, e + 1, Expr::Anaphor { unit, offset }));
        }
        // "in a fortnight's time", "a week's time": the point ahead, as "in two weeks' time".
        if unit != Unit::Clock && self.is_punct(e, &['\'', '’']) {
            if self.is_word(e + 1, "s") && self.is_word(e + 2, "time") {
                return Some(M::new(i, e + 3, Expr::Ahead { n: 1, unit }));
            }
            if self.is_word(e + 1, "time") {
                return Some(M::new(i, e + 2, Expr::Ahead { n: 1, unit }));
            }
        }
        let frequency = self
            .prev(i)
            .is_some_and(|p| self.is_any(p, &["once", "twice", "times", "thrice"]));
        if frequency || self.is_any(e, NOT_DURATION_AFTER) {
            return Some(M::new(i, e, Expr::Skip));
        }
        let framed = self.prev(i).is_some_and(|p| self.is_any(p, A_UNIT_CONTEXT));
        match unit {
            Unit::Fortnight => Some(M::new(i, e, duration(1, unit))),
            Unit::Year | Unit::Month | Unit::Week | Unit::Decade if framed => {
                Some(M::new(i, e, duration(1, unit)))
            }
            _ => None,
        }
    }

    /// "every week", "each season", "every Monday", "every two years": consumed, not dates.
    fn every_rule(&self, i: usize) -> Option<M> {
        let mut j = i + 1;
        if self.is_word(j, "other") || self.is_word(j, "single") {
            j += 1;
        }
        if matches!(self.kw(j), Some(Kw::Number(_)) | Some(Kw::A))
            || matches!(self.tok(j).map(|t| t.t), Some(T::Num(_)))
        {
            j += 1;
        }
        match self.kw(j)? {
            Kw::Unit(_)
            | Kw::Campaign
            | Kw::Weekday(_)
            | Kw::Month(_)
            | Kw::YearPart(_)
            | Kw::Weekend
            | Kw::PartOfDay => {
                let mut e = j + 1;
                if self.kw(e) == Some(Kw::PartOfDay) {
                    e += 1;
                }
                Some(M::new(i, e, Expr::Skip))
            }
            _ => None,
        }
    }

    /// A named day at `i` ("Boxing Day", "Christmas Eve", "New Year’s Day", "Thanksgiving").
    fn holiday_rule(&self, i: usize) -> Option<M> {
        let first = self.text(&self.toks[i]);
        if !self.lex.may_open_holiday(first)
            || !lower(first).is_some_and(|l| self.lex.holiday_first.contains(l.as_str()))
        {
            return None;
        }
        // Words from i, with "Year’s" read as "years".
        let mut words: Vec<(String, usize)> = Vec::with_capacity(4);
        let mut k = i;
        while words.len() < 4 && k < self.toks.len() {
            let t = self.toks[k];
            match t.t {
                T::Word => {
                    let mut w = self.text(&t).to_ascii_lowercase();
                    let mut end = k + 1;
                    if self.adj(k)
                        && self.is_punct(k + 1, &['\'', '’'])
                        && self.adj(k + 1)
                        && self.is_word(k + 2, "s")
                    {
                        w.push('s');
                        end = k + 3;
                    }
                    words.push((w, end));
                    k = end;
                }
                T::Punct('.') if k > i => k += 1,
                _ => break,
            }
        }
        for (idx, h) in self.lex.holidays.iter().enumerate() {
            if h.words.len() <= words.len() && h.words.iter().zip(&words).all(|(a, (b, _))| a == b)
            {
                let e = words[h.words.len() - 1].1;
                return Some(M::new(i, e, Expr::Holiday(idx)));
            }
        }
        None
    }
}

fn duration(n: u32, unit: Unit) -> Expr {
    Expr::Duration { n, unit }
}

/// "’90s" → 199, "’20s" → 202 when the 2020s have begun by 2100: decades up to the current one
/// are this century's, later ones the last century's.
fn two_digit_decade(v: u32) -> i32 {
    let d = (v / 10) as i32;
    if d <= 2 {
        200 + d
    } else {
        190 + d
    }
}

pub(super) fn days_in_month(m: u32) -> u32 {
    match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Quotation state per token of a paragraph: “…”, "…" and ‘…’ (an apostrophe inside a word is
/// not a quote mark).
#[inline(never)] // (As `tokenize`.)
pub(super) fn quote_flags(toks: &[Tok], out: &mut Vec<bool>) {
    out.clear();
    let mut double = false;
    let mut single = false;
    for (i, t) in toks.iter().enumerate() {
        let touches_prev = i > 0 && toks[i - 1].end == t.start;
        let touches_next = toks.get(i + 1).is_some_and(|n| n.start == t.end);
        match t.t {
            T::Punct('“') => double = true,
            T::Punct('”') => double = false,
            T::Punct('"') => double = !double,
            T::Punct('‘') => single = true,
            T::Punct('’') | T::Punct('\'') if single => {
                // Closing when nothing word-like follows it directly.
                let word_after = touches_next
                    && matches!(toks[i + 1].t, T::Word | T::Num(_) | T::Plural(_))
                    && touches_prev;
                if !word_after {
                    single = false;
                }
            }
            T::Punct('\'') if !touches_prev && touches_next && toks[i + 1].t == T::Word => {
                single = true
            }
            _ => {}
        }
        out.push(double || single);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_fit_the_probe_buffer() {
        assert!(KEYWORDS
            .keys()
            .all(|k| k.len() <= 10 && k.is_ascii() && k[0].is_ascii_lowercase()));
        // The packed table answers as the map does, in any case.
        for (k, v) in KEYWORDS.iter() {
            assert_eq!(keyword(k), Some(*v));
            assert_eq!(keyword(&k.to_ascii_uppercase()), Some(*v));
        }
        assert_eq!(keyword(b"marc"), None);
        assert_eq!(keyword(b"ma"), None);
    }

    #[test]
    fn tokens_split_words_numbers_and_marks() {
        let mut toks = Vec::new();
        tokenize("the ’90s, 8pm 5th 2025-06-05 Raków", 0, &mut toks);
        let kinds: Vec<T> = toks.iter().map(|t| t.t).collect();
        assert_eq!(
            kinds,
            [
                T::Word,
                T::Punct('’'),
                T::Plural(90),
                T::Punct(','),
                T::AmPm(8, true),
                T::Ord(5),
                T::Num(2025),
                T::Punct('-'),
                T::Num(6),
                T::Punct('-'),
                T::Num(5),
                T::Word
            ]
        );
        assert_eq!(toks[0].kw, Some(Kw::The));
        assert_eq!(
            toks.last().map(|t| t.end),
            Some("the ’90s, 8pm 5th 2025-06-05 Raków".len())
        );
    }
}
