//! Score candidates: one pass over the body for number pairs ("3-0", "3–0", "3 - 0",
//! "one-nil", "a goalless draw"), the cricket forms ("287 for 4", "287/4", "all out for 198",
//! "Lancashire 230 (44.2 overs)") in cricket articles, golf scores ("a final-round 66", "-12") in
//! golf articles, and listed scores ("Celtics 112, Knicks 104"). Only the shape of the text is judged
//! here (chains like 4-4-2, decimals, times, parenthesised records, years); the words around a
//! candidate are read in `read`.

use std::sync::LazyLock;

use regex::Regex;

use super::link::Sides;
use super::sport::Sport;
use crate::doc::{Doc, Span};

/// How a candidate is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Two numbers joined by a dash ("3-0", "7-6 (8-6)", "one-nil").
    Pair,
    /// "Celtics 112, Knicks 104", "Arsenal 2 Chelsea 1": both sides named by the form, each
    /// followed by its own points.
    Listed,
    /// Australian rules "Collingwood 15.12 (102) defeated Brisbane 10.8 (68)": both sides named.
    Totals,
    /// "a goalless draw": 0-0.
    Goalless,
    /// Cricket "287 for 4", "287/4": runs and wickets of one side.
    Innings,
    /// Cricket "all out for 198", "Lancashire 230 (44.2 overs)": a completed innings, ten wickets.
    AllOut,
    /// Golf round score ("a final-round 66").
    GolfRound,
    /// Golf total to par ("-12", "12 under").
    GolfToPar,
}

#[derive(Debug, Clone)]
pub struct Candidate {
    /// What the score fact reports.
    pub span: Span,
    /// The written numbers: the context windows are read around it.
    pub core: Span,
    pub points: Vec<i32>,
    pub form: Form,
    /// Sides the form itself names, in the order of the points.
    pub named: [Option<usize>; 2],
    /// The points are counted in halves: chess and match play score a draw or a halved match
    /// half a point ("14½-13½" is [29, 27]).
    pub halves: bool,
}

impl Candidate {
    /// A cricket total of `runs` for `wickets` at `span`, of the side named just before it.
    fn innings(span: Span, runs: i32, wickets: i32, sides: &Sides) -> Candidate {
        Candidate {
            span,
            core: span,
            points: vec![runs, wickets],
            form: Form::Innings,
            named: [sides.adjacent_before(span.start), None],
            halves: false,
        }
    }
}

/// A regex with its named groups resolved to indices once: `Captures::name` looks the name up in
/// a hash map on every call, and the loops below ask for several groups of every match.
struct Grouped<const N: usize> {
    re: Regex,
    /// The index of each group named to `new`, in that order.
    index: [usize; N],
}

impl<const N: usize> Grouped<N> {
    fn new(pattern: &str, names: [&str; N]) -> Grouped<N> {
        let re = Regex::new(pattern).expect("candidate regex");
        let index = names.map(|name| {
            re.capture_names()
                .position(|n| n == Some(name))
                .expect("named group")
        });
        Grouped { re, index }
    }
}

// Number pairs and the written forms of goalless and "nil" scores, as two regexes: every match
// of the first holds a digit, none of the second does, so their matches never overlap and, merged
// in text order (`pair_matches`), are the matches of the one alternation they were. Apart, each
// gets a fast prefilter (digits; a few words), where together the search ran an Aho-Corasick
// prefilter over every digit and every "one", "ten", "two" inside other words.

/// Number pairs ("3-0", "3 - 0", "25:21", "6/4", Brazil's "3 x 1", a level "18-all") and
/// Australian rules totals ("15.12 (102)"): the matches `digit_pairs` finds by hand, kept as
/// the specification its tests check it against.
#[cfg(test)]
static PAIR_DIGITS: LazyLock<Grouped<10>> = LazyLock::new(|| {
    // ASCII classes and word boundaries keep the whole pass in the regex crate's DFA (a Unicode
    // `\b` makes it fall back to a slower engine on non-ASCII text).
    Grouped::new(
        r"(?x)
        (?P<a>[0-9]{1,3})(?:\*?[\ \u{a0}]?[-–—][\ \u{a0}]?|(?P<colon>:)|(?P<slash>/)|(?P<cross>\ x\ ))(?P<b>[0-9]{1,3})
        | (?-u:\b)(?P<level>[0-9]{1,3})[-–]all(?-u:\b)
        | (?-u:\b)(?P<goals>[0-9]{1,2})\.(?P<behinds>[0-9]{1,2})(?:\ \((?P<total>[0-9]{1,3})\)|\.(?P<total2>[0-9]{1,3})(?-u:\b))
        ",
        [
            "a", "colon", "slash", "b", "goals", "behinds", "total", "total2", "cross", "level",
        ],
    )
});

/// "a goalless draw", "two-nil", "nil-one", and a score written out with its unit: "five goals
/// to four", "twenty-two points to eighteen".
static PAIR_WORDS: LazyLock<Grouped<9>> = LazyLock::new(|| {
    let (first, second) = (FIRST_WORD, SECOND_WORD);
    let number = "(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\
         |[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen\
         |[Nn]ineteen|[Nn]il|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine\
         |[Tt]en";
    Grouped::new(
        &format!(
            r"(?x)
        (?-u:\b)(?P<goalless>[Gg]oalless|[Ss]coreless)\ (?:draw|tie|stalemate)(?-u:\b)
        | (?-u:\b)(?P<wa>nil|zero|one|two|three|four|five|six|seven|eight|nine|ten)[-–](?P<wb>nil)(?-u:\b)
        | (?-u:\b)(?P<wc>nil)[-–](?P<wd>one|two|three|four|five|six|seven|eight|nine|ten)(?-u:\b)
        | (?-u:\b)(?P<we>{number})\ (?:goals|points|frames)\ to\ (?P<wf>{number})(?-u:\b)
        | (?-u:\b)(?P<wg>{first})[-–](?P<wh>{second})(?-u:\b)
        "
        ),
        ["goalless", "wa", "wb", "wc", "wd", "we", "wf", "wg", "wh"],
    )
});

/// The first word of a score written in two number words ("Two-one up", "Twenty-all",
/// "Fourteen-nothing"); the teens before the units they start with.
const FIRST_WORD: &str = "[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ee]leven|[Tt]welve|[Tt]hirteen\
     |[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Zz]ero|[Oo]ne|[Tt]wo\
     |[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en";

/// Its second word: a number word, "nothing" (0) or "all" (level).
const SECOND_WORD: &str = "twenty|thirty|forty|fifty|eleven|twelve|thirteen|fourteen|fifteen\
     |sixteen|seventeen|eighteen|nineteen|nothing|zero|all|one|two|three|four|five|six|seven|eight\
     |nine|ten";

/// A part of a match: its bytes in the text and the text itself (as `regex::Match` gives them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Part<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

impl<'t> Part<'t> {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
    fn as_str(&self) -> &'t str {
        self.text
    }
}

impl<'t> From<regex::Match<'t>> for Part<'t> {
    fn from(m: regex::Match<'t>) -> Part<'t> {
        Part {
            start: m.start(),
            end: m.end(),
            text: m.as_str(),
        }
    }
}

/// One number pair or word score, its parts by role.
#[derive(Debug, PartialEq, Eq)]
struct PairMatch<'t> {
    whole: Part<'t>,
    /// The two numbers of a pair.
    a: Option<Part<'t>>,
    b: Option<Part<'t>>,
    colon: bool,
    slash: bool,
    /// "3 x 1": a score only between two sides ("4 x 400m" is a relay).
    cross: bool,
    goalless: bool,
    /// The two number words ("two-nil").
    first_word: Option<Part<'t>>,
    second_word: Option<Part<'t>>,
    /// Australian rules goals, behinds and total.
    goals: Option<Part<'t>>,
    behinds: Option<Part<'t>>,
    total: Option<Part<'t>>,
}

/// An ASCII word byte, as the regex crate's ASCII `\b` reads one.
fn ascii_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The length of the run of ASCII digits at `at`.
fn digit_run(b: &[u8], at: usize) -> usize {
    b.get(at..).map_or(0, |rest| {
        rest.iter().take_while(|x| x.is_ascii_digit()).count()
    })
}

/// The length of a space or a no-break space at `at` (0 when neither).
fn space_len(text: &str, at: usize) -> usize {
    let rest = &text.as_bytes()[at..];
    if rest.starts_with(b" ") {
        1
    } else if rest.starts_with("\u{a0}".as_bytes()) {
        2
    } else {
        0
    }
}

/// Where the second number of a pair ends when the first ends at `at`: a separator ("-", " – ",
/// ":", "/", " x ") and one to three digits (the first three of a longer run).
fn pair_rest_end(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    // (Quadball marks the side that caught the snitch: "155*-130".)
    let at = if b.get(at) == Some(&b'*') && matches!(b.get(at + 1), Some(b'-' | 0xE2)) {
        at + 1
    } else {
        at
    };
    let rest = &text[at..];
    let before_dash = space_len(text, at);
    let dash = ["-", "–", "—"]
        .iter()
        .find(|d| text[at + before_dash..].starts_with(**d));
    let second = if let Some(d) = dash {
        let after_dash = at + before_dash + d.len();
        // (The space after the dash only where a digit follows it.)
        let spaced = after_dash + space_len(text, after_dash);
        if b.get(after_dash).is_some_and(u8::is_ascii_digit) {
            after_dash
        } else {
            spaced
        }
    } else if rest.starts_with([':', '/']) {
        at + 1
    } else if rest.starts_with(" x ") {
        at + 3
    } else {
        return None;
    };
    let digits = digit_run(b, second).min(3);
    (digits > 0).then_some(second + digits)
}

/// Where a level score ends when its number ends at `at`: "-all" or "–all" as a whole word.
fn level_rest_end(text: &str, at: usize) -> Option<usize> {
    let rest = text[at..]
        .strip_prefix('-')
        .or_else(|| text[at..].strip_prefix('–'))?;
    let end = text.len() - rest.strip_prefix("all")?.len();
    (!text
        .as_bytes()
        .get(end)
        .is_some_and(|&x| ascii_word_byte(x)))
    .then_some(end)
}

/// Where Australian rules totals end when the goals end at `at`: ".12 (102)" or ".12.102", one or
/// two digits of behinds and one to three of total.
fn totals_rest_end(text: &str, at: usize) -> Option<usize> {
    let b = text.as_bytes();
    if b.get(at) != Some(&b'.') {
        return None;
    }
    let behinds = digit_run(b, at + 1);
    if !(1..=2).contains(&behinds) {
        return None;
    }
    let after = at + 1 + behinds;
    let (total_start, bracketed) = if text[after..].starts_with(" (") {
        (after + 2, true)
    } else if b.get(after) == Some(&b'.') {
        (after + 1, false)
    } else {
        return None;
    };
    let total = digit_run(b, total_start);
    if !(1..=3).contains(&total) {
        return None;
    }
    let total_end = total_start + total;
    if bracketed {
        (b.get(total_end) == Some(&b')')).then_some(total_end + 1)
    } else {
        (!b.get(total_end).is_some_and(|&x| ascii_word_byte(x))).then_some(total_end)
    }
}

/// The matches of `PAIR_DIGITS` in `text`, found by hand: the regex's search went through the
/// whole body for its few dozen matches. Every branch opens on a run of digits, so only the
/// runs are looked at. A pair's first number is the whole rest of its run (no separator holds
/// a digit), so a run of more than three digits can only open a pair at its last three; a level
/// score and totals open on a whole run after a word boundary.
fn digit_pairs(text: &str) -> impl Iterator<Item = Part<'_>> {
    let b = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let run_start = crate::extract::text::find_digit(b, from)?;
        let run_end = run_start + digit_run(b, run_start);
        let len = run_end - run_start;
        let whole_run = run_start == 0 || !ascii_word_byte(b[run_start - 1]);
        let found = if len > 3 {
            pair_rest_end(text, run_end).map(|end| (run_end - 3, end))
        } else {
            pair_rest_end(text, run_end)
                .or_else(|| level_rest_end(text, run_end).filter(|_| whole_run))
                .or_else(|| totals_rest_end(text, run_end).filter(|_| whole_run && len <= 2))
                .map(|end| (run_start, end))
        };
        match found {
            Some((start, end)) => {
                from = end;
                return Some(Part {
                    start,
                    end,
                    text: &text[start..end],
                });
            }
            None => from = run_end,
        }
    })
}

/// The groups of a `PAIR_DIGITS` match, read off its text: the matches are found without
/// groups (`digit_pairs`; the regex crate ran a slower engine for the groups of every match).
/// The three branches write apart: only "-all" ends in letters, only goals.behinds holds a
/// full stop; a number is the whole run of digits, as no separator holds a digit.
fn digit_pair<'t>(text: &'t str, whole: Part<'t>) -> Option<PairMatch<'t>> {
    let w = whole.text;
    let b = w.as_bytes();
    let run = |from: usize| from + b[from..].iter().take_while(|x| x.is_ascii_digit()).count();
    let part = |x: usize, y: usize| Part {
        start: whole.start + x,
        end: whole.start + y,
        text: &w[x..y],
    };
    let first = run(0);
    let mut pm = PairMatch {
        whole,
        a: None,
        b: None,
        colon: false,
        slash: false,
        cross: false,
        goalless: false,
        first_word: None,
        second_word: None,
        goals: None,
        behinds: None,
        total: None,
    };
    if w.ends_with("all") {
        // "18-all" is level at 18; not "10-all-rounders".
        if text[whole.end..].starts_with(|c: char| c == '-' || c.is_alphanumeric()) {
            return None;
        }
        let level = part(0, first);
        pm.a = Some(level);
        pm.b = Some(level);
    } else if b.get(first) == Some(&b'.') {
        let behinds_end = run(first + 1);
        // " (102)" or ".102"
        let total_start = behinds_end
            + if b.get(behinds_end) == Some(&b' ') {
                2
            } else {
                1
            };
        pm.goals = Some(part(0, first));
        pm.behinds = Some(part(first + 1, behinds_end));
        pm.total = Some(part(total_start, run(total_start)));
    } else {
        let second = b.len() - b.iter().rev().take_while(|x| x.is_ascii_digit()).count();
        let between = &w[first..second];
        pm.a = Some(part(0, first));
        pm.b = Some(part(second, b.len()));
        pm.colon = between == ":";
        pm.slash = between == "/";
        pm.cross = between == " x ";
    }
    Some(pm)
}

/// The matches of `PAIR_DIGITS` and `PAIR_WORDS` in `text`, in text order.
fn pair_matches(text: &str) -> impl Iterator<Item = PairMatch<'_>> {
    let mut digits = digit_pairs(text)
        .filter_map(move |m| digit_pair(text, m))
        .peekable();
    let [goalless, wa, wb, wc, wd, we, wf, wg, wh] = PAIR_WORDS.index;
    // (Most texts hold none of the words every match needs: no pass of the regex over them.)
    let words_may_match = may_hold_pair_words(text);
    let mut words = words_may_match
        .then(|| PAIR_WORDS.re.captures_iter(text))
        .into_iter()
        .flatten()
        .filter_map(move |caps| {
            Some(PairMatch {
                whole: caps.get(0)?.into(),
                a: None,
                b: None,
                colon: false,
                slash: false,
                cross: false,
                goalless: caps.get(goalless).is_some(),
                first_word: caps
                    .get(wa)
                    .or(caps.get(wc))
                    .or(caps.get(we))
                    .or(caps.get(wg))
                    .map(Part::from),
                second_word: caps
                    .get(wb)
                    .or(caps.get(wd))
                    .or(caps.get(wf))
                    .or(caps.get(wh))
                    .map(Part::from),
                goals: None,
                behinds: None,
                total: None,
            })
        })
        .peekable();
    std::iter::from_fn(move || match (digits.peek(), words.peek()) {
        (Some(d), Some(w)) if w.whole.start() < d.whole.start() => words.next(),
        (Some(_), _) => digits.next(),
        (None, _) => words.next(),
    })
}

/// Whether `text` holds a word that every `PAIR_WORDS` match holds as written: "oalless" or
/// "coreless" (the goalless draw), "nil" (a score in words with nil), " goals to ", " points to "
/// or " frames to " (a score in number words), or a hyphen and the second number word of two
/// ("-one", "-all", "-nothing"; a teen's "teen").
fn may_hold_pair_words(text: &str) -> bool {
    // (One pass for all the needles: the words a hyphen joins to a number word ("-one",
    // "-teen", "-all", "-nothing") start most of them.)
    static NEEDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::new([
            "nil",
            "oalless",
            "coreless",
            " goals to ",
            " points to ",
            " frames to ",
            "-nothing",
            "-all",
            "-zero",
            "-one",
            "-two",
            "-three",
            "-four",
            "-five",
            "-six",
            "-seven",
            "-eight",
            "-nine",
            "-ten",
            "-eleven",
            "-twelve",
            "teen",
            "-twenty",
            "-thirty",
            "-forty",
            "-fifty",
        ])
        .expect("pair word needles build")
    });
    NEEDS.is_match(text)
}

/// Cricket totals.
static CRICKET: LazyLock<Grouped<15>> = LazyLock::new(|| {
    Grouped::new(
        r"(?x)
        (?P<fa>[0-9]{1,3})\ for\ (?P<fb>[0-9]{1,2})(?-u:\b)
        | (?P<sa>[0-9]{2,3})/(?P<sb>[0-9]{1,2})(?-u:\b)
        | (?-u:\b)(?P<allout>all\ out|bowled\ out|dismissed)\ for\ (?P<ao>[0-9]{1,3})(?-u:\b)
        | (?-u:\b)out\ for\ (?P<oo>[0-9]{1,3})(?-u:\b)
        | (?P<tt>[0-9]{2,3})\ \([0-9]{1,2}(?:\.[0-9])?\ overs\)
        | (?P<mi>[0-9]{2,3})\ in\ (?:their|its)\ (?:first|second|1st|2nd)\ innings(?-u:\b)
        | (?-u:\b)replied\ with\ (?P<rw>[0-9]{2,3})(?-u:\b)
        | (?P<amp>[0-9]{2,3})\ &\ (?P<amp2>[0-9]{2,3})(?-u:\b)
        | (?-u:\b)(?P<ww>[0-9]{1,2})/(?P<wr>[0-9]{2,3})(?-u:\b)
        | (?P<ra>[0-9]{2,3})\ all\ out(?-u:\b)
        ",
        [
            "fa", "fb", "sa", "sb", "allout", "ao", "oo", "tt", "mi", "rw", "amp", "amp2", "ww",
            "wr", "ra",
        ],
    )
});

/// Golf scores: two-digit rounds and totals to par.
static GOLF: LazyLock<Grouped<5>> = LazyLock::new(|| {
    Grouped::new(
        r"(?x)
        (?P<sign>[-−–+])(?P<par>[0-9]{1,2})(?-u:\b)
        | (?-u:\b)(?P<under>[0-9]{1,2})[-\ ](?P<dir>under|over)(?-u:\b)
        | (?-u:\b)(?P<round>[5-8][0-9])(?-u:\b)
        ",
        ["sign", "par", "under", "dir", "round"],
    )
});

/// A short line that is only a listed score, for pages whose entities are not known: "Iowa State
/// 31, Kansas State 27", with an overtime mark ("(OT)", "(2OT)", "(SO)", "(10 inn.)") or a
/// headline after a colon. Each name is at most `LISTED_NAME_CHARS` long, checked after the
/// match (see there).
static LISTED_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{Lu}[\p{L}.'’ -]+?) (\d{1,3}), (\p{Lu}[\p{L}.'’ -]+?) (\d{1,3})(?: \((?:[0-9]?OT|SO|[0-9]{1,2} inn(?:ings|\.)?)\))?(?:: \S.*)?$",
    )
    .expect("listed line regex")
});

/// Another "Name 41," entry right after a listed pair: ", New York 35" (a tally list); the name
/// is at most `LISTED_NAME_CHARS` long.
static LIST_MORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^, (?:the )?(\p{Lu}[\p{L}.'’ -]*?) [0-9]{1,3}(?:[^0-9]|$)").expect("list regex")
});

/// The longest name of a listed score, in characters. Checked on the match, not written as a
/// bounded repetition in the regexes: `[\p{L}…]{1,30}` compiles the Unicode letter class thirty
/// times over, some 150 million instructions at every start. The match is the same either way:
/// a name cannot hold the digit that ends it, so only one name fits.
const LISTED_NAME_CHARS: usize = 31;

fn listed_name_fits(name: &str) -> bool {
    name.chars().count() <= LISTED_NAME_CHARS
}

fn word_number(w: &str) -> Option<i32> {
    let w = w.to_ascii_lowercase();
    // "twenty-two": tens and units.
    if let Some((tens, unit)) = w.split_once('-') {
        return Some(word_number(tens)? + word_number(unit).filter(|&u| (1..=9).contains(&u))?);
    }
    Some(match w.as_str() {
        "nil" | "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        _ => return None,
    })
}

fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

fn char_after(text: &str, pos: usize) -> Option<char> {
    text[pos..].chars().next()
}

fn number(s: &str) -> Option<i32> {
    // "05" is a date or a clock, not a score.
    if s.len() > 1 && s.starts_with('0') {
        return None;
    }
    s.parse().ok()
}

/// True when a number pair at `a_start..b_end` stands alone: not part of a longer number, a chain
/// (4-4-2, 12-5-2, 1-800-…), a decimal, a time, a year range or an amount of money.
fn pair_stands_alone(text: &str, a_start: usize, b_end: usize) -> bool {
    if let Some(c) = char_before(text, a_start) {
        if c.is_alphanumeric() || "-–—/.:,$£€#+½".contains(c) {
            return false;
        }
    }
    match char_after(text, b_end) {
        Some(c) if c.is_alphanumeric() || c == '%' || c == '½' => return false,
        Some(c) if "-–—/:.,".contains(c) => {
            // "3-0." ends a sentence, "3-0, 6-4" lists; "4-4-2", "1.5" and "20:45" continue.
            let next = char_after(text, b_end + c.len_utf8());
            if next.is_some_and(|n| n.is_ascii_digit()) && c != ',' {
                return false;
            }
            if c == ',' && next.is_some_and(|n| n.is_ascii_digit()) {
                return false; // 1-1,000
            }
        }
        _ => {}
    }
    true
}

/// True when a colon pair reads as a time a game starts: an hour of the day and minutes on the
/// quarter hour, or on the hour ("19:30", "20:00", "15:45").
fn kick_off_time(hour: &str, minutes: &str) -> bool {
    let (Some(h), Some(m)) = (number(hour), number(minutes)) else {
        return false;
    };
    minutes.len() == 2 && h <= 23 && m % 15 == 0
}

/// The numbers of a colon pair written at `start..end` ("25:21").
fn colon_numbers(text: &str, start: usize, end: usize) -> Option<(i32, i32, bool)> {
    let (a, b) = text.get(start..end)?.split_once(':')?;
    let clock = b.len() == 2 && b < "60";
    Some((number(a)?, number(b)?, clock))
}

/// A volleyball set won as sets are: to 25 (15 in a deciding set) by two or more, or past it by
/// exactly two ("25:21", "15:11", "27:25").
fn set_shaped(x: i32, y: i32) -> bool {
    let (hi, lo) = (x.max(y), x.min(y));
    (hi == 25 || hi == 15) && hi - lo >= 2 || hi > 25 && hi - lo == 2
}

/// The words before or after a colon pair that read it as a score
/// (`data/scores/colon_score_words.tsv`), each phrase split into words.
struct ColonScoreWords {
    before: Vec<Vec<String>>,
    after: Vec<Vec<String>>,
    /// One word right after or right before a pair that reads it as a time ("20:45 CET",
    /// "11:52 left", "throw-off 20:30"), in lower case.
    clock_after: Vec<String>,
    clock_before: Vec<String>,
}

static COLON_SCORE_WORDS: LazyLock<ColonScoreWords> = LazyLock::new(|| {
    let mut words = ColonScoreWords {
        before: Vec::new(),
        after: Vec::new(),
        clock_after: Vec::new(),
        clock_before: Vec::new(),
    };
    let lines = crate::extract::text::data_lines(include_str!(
        "../../../data/scores/colon_score_words.tsv"
    ));
    for (place, phrase) in lines.filter_map(|l| l.split_once('\t')) {
        let list = match place.trim() {
            "before" => &mut words.before,
            "after" => &mut words.after,
            "clock_after" => {
                words.clock_after.push(phrase.trim().to_lowercase());
                continue;
            }
            "clock_before" => {
                words.clock_before.push(phrase.trim().to_lowercase());
                continue;
            }
            _ => continue,
        };
        let phrase = phrase.trim();
        let expanded: Vec<String> = if phrase.contains("{object}") {
            ["us", "them", "him", "her", "me"]
                .iter()
                .map(|o| phrase.replace("{object}", o))
                .collect()
        } else {
            vec![phrase.to_string()]
        };
        list.extend(
            expanded
                .iter()
                .map(|p| p.split_whitespace().map(str::to_string).collect()),
        );
    }
    words
});

/// True when a colon pair at `start..end` is a score ("3:1", "25:21, 23:25") and not a clock.
/// A pair whose second number has one digit can never be a time of day or a duration ("3:1",
/// "8:3", "1:0"); one with two (20:45, 1:40 left, 27:43) is only a score when the text says so:
/// inside a list of colon pairs all shaped as scores (a list of sets, or of periods after a score),
/// right after words that read a score ("led 24:20", "level at 22:22", "made it 32:32", "cut
/// it to 24:23", "beat us 29:25") or before them ("24:20 in front"; both lists in
/// `data/scores/colon_score_words.tsv`), or a volleyball set after the word set or its ordinal
/// ("the second set 25:21", "the third 25:19").
fn colon_pair_is_score(text: &str, sport: Option<Sport>, start: usize, end: usize) -> bool {
    let Some((x, y, clock)) = colon_numbers(text, start, end) else {
        return false;
    };
    if !clock {
        return true;
    }
    // The list the pair stands in: pairs joined by ", ".
    let item = |s: usize, e: usize| colon_numbers(text, s, e);
    let mut items = vec![(x, y, clock)];
    let mut lo = start;
    while let Some(prev) = text[..lo].strip_suffix(", ") {
        let digits = prev.len()
            - prev
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == ':')
                .len();
        let s = prev.len() - digits;
        match item(s, prev.len()) {
            Some(i) if digits >= 3 => {
                items.push(i);
                lo = s;
            }
            _ => break,
        }
    }
    let mut hi = end;
    while let Some(next) = text[hi..].strip_prefix(", ") {
        let digits = next.len()
            - next
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == ':')
                .len();
        let s = hi + 2;
        match item(s, s + digits) {
            Some(i) if digits >= 3 => {
                items.push(i);
                hi = s + digits;
            }
            _ => break,
        }
    }
    if items.len() >= 2 && items.iter().all(|&(a, b, c)| !c || set_shaped(a, b)) {
        return true;
    }
    // (Forty bytes back, moved to a char boundary: the text before may hold any letters.)
    let mut from = start.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    // The last three words before, in any case, in written order.
    let mut words: Vec<String> = text[from..start]
        .split_whitespace()
        .rev()
        .take(3)
        .map(str::to_lowercase)
        .collect();
    words.reverse();
    let before_reads_score = COLON_SCORE_WORDS.before.iter().any(|p| {
        p.len() <= words.len()
            && words[words.len() - p.len()..]
                .iter()
                .zip(p)
                .all(|(w, p)| w == p)
    });
    if before_reads_score {
        return true;
    }
    let last = words.last().map_or("", String::as_str);
    // The words after, as written: "went into the break 16:14 up", "24:20 in front".
    let after = text[end..].strip_prefix(' ').unwrap_or("");
    let next_reads_score = text[end..].starts_with(' ')
        && COLON_SCORE_WORDS.after.iter().any(|p| {
            let mut rest = after;
            p.iter().enumerate().all(|(i, w)| {
                if i > 0 {
                    let Some(r) = rest.strip_prefix(' ') else {
                        return false;
                    };
                    rest = r;
                }
                let word = rest
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .next()
                    .unwrap_or("");
                rest = &rest[word.len()..];
                word == w
            })
        });
    // "32:29 (16:14)": the half-time score in brackets after a score; "led 5:2 and later
    // 11:7": a second score after the first.
    let head = text[..start].trim_end();
    let after_score = |rest: &str| {
        let digits = rest.len()
            - rest
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == ':')
                .len();
        digits >= 3 && rest[rest.len() - digits..].contains(':')
    };
    let bracketed = head
        .strip_suffix('(')
        .is_some_and(|h| after_score(h.trim_end()));
    let later = ["and later", "and then", "then"].iter().any(|w| {
        head.strip_suffix(w)
            .is_some_and(|h| after_score(h.trim_end().trim_end_matches(',')))
    });
    if next_reads_score || bracketed || later {
        return true;
    }
    // In a handball, basketball or water polo story, where colon scores are the custom, two
    // numbers of ten or more a game's score apart are a score ("won it 30:29", "At 19:18",
    // "took the return 29:26"), unless they read as a time: of day ("at 19:30", "20:45 CET", a
    // live page's "20:44" opening its line) or on the game clock ("11:52 left").

    let line_start = text[..start]
        .rsplit('\n')
        .next()
        .is_some_and(|l| l.trim().is_empty());
    let next_word = after
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ')' | ';'))
        .next()
        .unwrap_or("")
        .to_lowercase();
    if matches!(
        sport,
        Some(Sport::Handball | Sport::Basketball | Sport::WaterPolo)
    ) && x >= 10
        && y >= 10
        && (x >= 24 || (x - y).abs() <= 12)
        && !(x <= 23 && y % 15 == 0)
        && !line_start
        && !COLON_SCORE_WORDS.clock_after.contains(&next_word)
        && !COLON_SCORE_WORDS.clock_before.iter().any(|w| w == last)
    {
        return true;
    }
    sport == Some(Sport::Volleyball)
        && set_shaped(x, y)
        && matches!(
            last,
            "set" | "first" | "second" | "third" | "fourth" | "fifth" | "tie-break" | "tiebreak"
        )
}

/// A tennis set written with a slash ("6/4 7/5", "beat Novotný 6/4, 7/5"): a finished set
/// beside another set score, never one alone (a lone "6/4" is a date as often as a set).
fn slashed_set(text: &str, start: usize, end: usize) -> bool {
    let set = |s: &str| {
        let Some((a, b)) = s.split_once(['/', '-', '–']) else {
            return false;
        };
        let (Some(a), Some(b)) = (number(a), number(b)) else {
            return false;
        };
        let (hi, lo) = (a.max(b), a.min(b));
        (hi == 6 && lo <= 4) || (hi == 7 && (lo == 5 || lo == 6))
    };
    if !set(&text[start..end]) {
        return false;
    }
    let is_pair = |c: char| c.is_ascii_digit() || matches!(c, '/' | '-' | '–');
    let before = text[..start].trim_end_matches([',', ' ']);
    let before = before
        .strip_suffix(')')
        .map_or(before, |b| b.rfind('(').map_or(b, |i| b[..i].trim_end()));
    let prev = &before[before.len() - (before.len() - before.trim_end_matches(is_pair).len())..];
    let after = text[end..].trim_start_matches(' ');
    let after = after.strip_prefix('(').map_or(after, |a| {
        a.find(')').map_or(a, |i| a[i + 1..].trim_start())
    });
    let after = after.trim_start_matches([',', ' ']);
    let next = &after[..after.len() - after.trim_start_matches(is_pair).len()];
    set(prev) || set(next)
}

/// The tiebreak written after a tennis set ("7-6 (8-6)", "7-6(4)"): the end of the whole.
fn tiebreak_end(text: &str, pos: usize) -> Option<usize> {
    let rest = &text[pos..];
    let skipped = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
    if skipped > 1 {
        return None;
    }
    let rest = &rest[skipped..];
    let inner = rest.strip_prefix('(')?;
    let close = inner.find(')')?;
    let body = &inner[..close];
    let ok = !body.is_empty()
        && body.len() <= 5
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | '/' | ':'));
    ok.then_some(pos + skipped + 1 + close + 1)
}

/// True when the pair sits alone inside brackets: "(7-2)", "(9-6, 3.41 ERA)" — a record.
fn in_brackets(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\u{a0}']);
    before.ends_with('(') || before.ends_with('[')
}

/// The pair at `start` follows another pair inside the same brackets, one not a list of periods:
/// the conference record after the overall one ("the Cyclones (8-1, 5-1 Big 12)", "(5-4, 3-3)").
fn later_in_record(text: &str, start: usize) -> bool {
    let Some(before) = text[..start].trim_end().strip_suffix(',') else {
        return false;
    };
    let b = before.as_bytes();
    let mut i = b.len();
    let digits = |i: &mut usize| {
        let end = *i;
        while *i > 0 && b[*i - 1].is_ascii_digit() {
            *i -= 1;
        }
        (1..=3).contains(&(end - *i))
    };
    if !digits(&mut i) {
        return false;
    }
    let Some(rest) = before[..i].strip_suffix(['-', '–']) else {
        return false;
    };
    let mut i = rest.len();
    if !digits(&mut i) || !rest[..i].ends_with('(') {
        return false;
    }
    !period_list(text, i)
}

/// The bracket opening just before `start` holds a list of two or more pairs: the quarters or
/// periods of a result ("85-79 (22-18, 20-21, 23-20, 20-20)").
pub fn period_list(text: &str, start: usize) -> bool {
    let rest = &text[start..];
    let Some(close) = rest.find(')') else {
        return false;
    };
    // (The last item may carry its tag: "(22-18, 16-20, SO 7-6)", "(1-0, 0-2, 1-0, 0-0;
    // shootout 2-1)", a shoot-out deciding it.)
    let items: Vec<&str> = rest[..close]
        .split([',', ';'])
        .map(str::trim)
        .enumerate()
        .map(|(n, i)| match i.split_once(' ') {
            Some((tag, pair))
                if n > 0
                    && (((1..=3).contains(&tag.len())
                        && tag.bytes().all(|b| b.is_ascii_uppercase()))
                        || super::lexicon::SHOOT_OUT_TAGS.contains(&tag)) =>
            {
                pair
            }
            _ => i,
        })
        .collect();
    // Two pairs right after a name are its records, overall and in conference: "Kansas State
    // (5-4, 3-3)"; not after a results line's second side ("Norway 2-0 Denmark (19-16, 18-14)").
    let head = text[..start.saturating_sub(1)].trim_end();
    let after_name = head.ends_with(|c: char| c.is_alphabetic()) && !side_after_pair(head);
    items.len() >= 2
        && !(after_name && items.len() == 2)
        && items.iter().all(|i| {
            let mut parts = i.split(['-', '–', ':']);
            let (a, b) = (parts.next(), parts.next());
            parts.next().is_none()
                && [a, b].iter().all(|p| {
                    p.is_some_and(|p| {
                        !p.is_empty() && p.len() <= 3 && p.bytes().all(|c| c.is_ascii_digit())
                    })
                })
        })
}

/// `head` ends with a results line's second side: a number pair, then up to four capitalised
/// words ("Norway 2-0 Denmark").
fn side_after_pair(head: &str) -> bool {
    let mut rest = head;
    for _ in 0..4 {
        let Some((before, word)) = rest.rsplit_once(' ') else {
            return false;
        };
        if !word.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        rest = before;
        let pair = rest.rsplit(' ').next().unwrap_or("");
        let mut parts = pair.split(['-', '–']);
        if let (Some(x), Some(y), None) = (parts.next(), parts.next(), parts.next()) {
            let digits =
                |p: &str| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit());
            if digits(x) && digits(y) {
                return true;
            }
        }
    }
    false
}

/// True when only " (" lies between a score ending at `end` and a bracketed pair at `start`: the
/// half-time score of a result ("2-1 (1-0)").
fn right_after(text: &str, end: usize, start: usize) -> bool {
    // (A match tiebreak in square brackets closes a list of sets: "6-4, 3-6, [10-7]".)
    end <= start && matches!(text[end..start].trim(), "(" | ", [" | ",[")
}

/// Every candidate of `doc`, in text order, without overlaps.
pub fn find(doc: &Doc, sport: Option<Sport>, sides: &Sides) -> Vec<Candidate> {
    let text = doc.body.as_str();
    let mut out: Vec<Candidate> = Vec::new();
    let mut totals: Vec<(Span, i32)> = Vec::new();
    let mut goals_points: Vec<(Span, i32, i32)> = Vec::new();
    let mut taken_until = 0;
    // The text writes a score with "x" between two sides somewhere (asked once, when needed).
    let cross_notation: std::cell::OnceCell<bool> = std::cell::OnceCell::new();
    for pm in pair_matches(text) {
        let whole = pm.whole;
        if whole.start() < taken_until {
            continue;
        }
        if let (Some(g), Some(b), Some(t)) = (pm.goals, pm.behinds, pm.total) {
            // Australian rules: goals.behinds (total), a total only when six points a goal and one
            // a behind add up to it.
            if let (Some(g), Some(b), Some(t)) =
                (number(g.as_str()), number(b.as_str()), number(t.as_str()))
            {
                if g * 6 + b == t {
                    totals.push((Span::new(whole.start(), whole.end()), t));
                }
            }
            continue;
        }
        if pm.goalless {
            out.push(Candidate {
                span: Span::new(whole.start(), whole.end()),
                core: Span::new(whole.start(), whole.end()),
                points: vec![0, 0],
                form: Form::Goalless,
                named: [None, None],
                halves: false,
            });
            continue;
        }
        // (Where a level score's "all" stands after a number of two words: "Twenty-two all".)
        let mut level_end: Option<usize> = None;
        let (a, b) = match (pm.a, pm.b) {
            (Some(a), Some(b)) => {
                if !pair_stands_alone(text, a.start(), b.end()) {
                    continue;
                }
                // ("beat SG Flensburg-Handewitt 32:29", "Kiel – Flensburg 32:29": a pair right
                // after a side's name is its score, unless it reads as a kick-off time, "Kiel –
                // Flensburg 19:30"; a timestamp opens a live report's entry before a name.)
                let after_side = sides
                    .adjacent_mention_before(a.start())
                    .is_some_and(|m| !text[m.span.end..a.start()].contains('\n'));
                let side_score = after_side && !kick_off_time(a.as_str(), b.as_str());
                if pm.colon && !side_score && !colon_pair_is_score(text, sport, a.start(), b.end())
                {
                    continue;
                }
                // ("Corinthians 2 x 1 Grêmio": a score written with "x", Brazil's way, between
                // two sides; once the text writes one so, its other "x" pairs are scores too:
                // "to make it 1 x 1", "the visitors 1 x 0 up".)
                let between_sides = |a: usize, b: usize| {
                    sides.adjacent_mention_before(a).is_some() && sides.adjacent_after(b).is_some()
                };
                if pm.cross
                    && !between_sides(a.start(), b.end())
                    && !*cross_notation.get_or_init(|| {
                        pair_matches(text).any(|m| match (m.a, m.b) {
                            (Some(a), Some(b)) => m.cross && between_sides(a.start(), b.end()),
                            _ => false,
                        })
                    })
                {
                    continue;
                }
                if pm.slash
                    && !(sport == Some(Sport::Tennis) && slashed_set(text, a.start(), b.end()))
                {
                    continue;
                }
                let colon = pm.colon || pm.slash || pm.cross;
                match (number(a.as_str()), number(b.as_str())) {
                    // A colon score is never Gaelic goals-points nor a cricket total.
                    (Some(x), Some(y)) if colon => (x, y),
                    // In Gaelic games a dash pair is one side's goals and points: read below.
                    (Some(x), Some(y)) if sport == Some(Sport::GaelicGames) => {
                        goals_points.push((Span::new(whole.start(), whole.end()), x, y));
                        continue;
                    }
                    // ("1-09", "0-07": a live page pads the points to two digits.)
                    (Some(x), None)
                        if sport == Some(Sport::GaelicGames)
                            && !colon
                            && b.as_str().len() == 2
                            && b.as_str().starts_with('0') =>
                    {
                        if let Ok(y) = b.as_str().parse() {
                            goals_points.push((Span::new(whole.start(), whole.end()), x, y));
                        }
                        continue;
                    }
                    // Australia writes a cricket total wickets first: "Scorchers 7-164".
                    (Some(x), Some(y))
                        if sport == Some(Sport::Cricket)
                            && x <= 10
                            && y >= 20
                            && wickets_first(doc, sides, whole.start()) =>
                    {
                        let span = Span::new(whole.start(), whole.end());
                        out.push(Candidate::innings(span, y, x, sides));
                        continue;
                    }
                    (Some(x), Some(y)) => (x, y),
                    _ => continue,
                }
            }
            _ => {
                let first = pm.first_word.map(|m| m.as_str().to_ascii_lowercase());
                let second = pm.second_word.map(|m| m.as_str());
                // ("twenty-one" is a number, "a one-two" a pass, "forty-all" a tennis game's
                // count: none a score.)
                let tens = |w: &str| matches!(w, "twenty" | "thirty" | "forty" | "fifty");
                let tens_units = first.as_deref().is_some_and(tens)
                    && second
                        .and_then(word_number)
                        .is_some_and(|u| (1..=9).contains(&u));
                let compound = tens_units
                    || match (first.as_deref(), second) {
                        (Some(f), Some(w)) => {
                            (f == "one" && w == "two")
                                || (f == "forty" && matches!(w, "all" | "nothing"))
                        }
                        _ => false,
                    };
                // ("three all-rounders" written "three-all-rounders": a word goes on. In Gaelic
                // games two number words are one side's goals and points: "Two-fourteen to
                // one-fifteen".)
                let goes_on = second.is_some()
                    && (text[whole.end()..].starts_with(|c: char| c == '-' || c.is_alphanumeric())
                        || (sport == Some(Sport::GaelicGames)
                            && first.as_deref().is_some_and(|f| f != "nil")
                            && second != Some("nil")));
                // ("Twenty-two all": a number of tens and units, then "all" as a word, is level;
                // not a cricket side's "Forty-eight all out".)
                let all_after = text[whole.end()..]
                    .strip_prefix(' ')
                    .and_then(|r| r.strip_prefix("all"))
                    .filter(|r| {
                        !r.starts_with(|c: char| c.is_alphanumeric() || c == '-')
                            && !r.starts_with(" out")
                    })
                    .map(|r| text.len() - r.len());
                if let (true, Some(end)) = (tens_units, all_after) {
                    let n = first.as_deref().and_then(word_number).unwrap_or(0)
                        + second.and_then(word_number).unwrap_or(0);
                    level_end = Some(end);
                    (n, n)
                } else if compound || goes_on {
                    continue;
                } else {
                    match (first.as_deref().and_then(word_number), second) {
                        (Some(x), Some("all")) => (x, x),
                        (Some(x), Some("nothing")) => (x, 0),
                        (Some(x), Some(w)) => match word_number(w) {
                            Some(y) => (x, y),
                            None => continue,
                        },
                        _ => continue,
                    }
                }
            }
        };
        let core = Span::new(whole.start(), level_end.unwrap_or(whole.end()));
        if later_in_record(text, core.start) {
            continue;
        }
        if in_brackets(text, core.start)
            && !bracket_allows(text, core.end)
            && !period_list(text, core.start)
            && !out
                .last()
                .is_some_and(|p| right_after(text, p.span.end, core.start))
        {
            continue;
        }
        let mut span = core;
        // A set won in a tiebreak keeps its tiebreak inside its span.
        let set_like = (a == 7 && b == 6) || (a == 6 && b == 7);
        if set_like {
            if let Some(end) = tiebreak_end(text, core.end) {
                span.end = end;
                taken_until = end;
            }
        }
        out.push(Candidate {
            span,
            core,
            points: vec![a, b],
            form: Form::Pair,
            named: [None, None],
            halves: false,
        });
    }
    pair_totals(doc, sides, &totals, &mut out);
    half_pairs(text, &mut out);
    gaelic(doc, sides, &goals_points, &mut out);
    if sport == Some(Sport::Cricket) {
        cricket(doc, sides, &mut out);
    }
    if sport == Some(Sport::Golf) {
        golf(text, &mut out);
    }
    listed(doc, sport, sides, &mut out);
    // At one start the longer candidate first, then the one whose form names more sides.
    out.sort_by_key(|c| {
        let named = c.named.iter().flatten().count();
        (
            c.span.start,
            std::cmp::Reverse(c.span.end),
            std::cmp::Reverse(named),
        )
    });
    let mut kept: Vec<Candidate> = Vec::with_capacity(out.len());
    // (A box score line keeps the period scores bracketed between its sides: "X 81 (20-18,
    // 24-20, 15-22, 22-17) Y 77".)
    let mut box_line: Option<Span> = None;
    for c in out {
        let in_box = box_line.is_some_and(|b| b.start < c.span.start && c.span.end < b.end)
            && text[..c.span.start].ends_with(['(', ' ']);
        if !in_box && kept.last().is_some_and(|k| k.span.end > c.span.start) {
            continue;
        }
        if c.form == Form::Listed && text[c.core.start..c.core.end].contains('(') {
            box_line = Some(c.span);
        }
        kept.push(c);
    }
    kept
}

/// A score in half points: "14½-13½", "2½-1½", "½-½", "14.5-13.5", "15½ to 12½". Both numbers
/// carry the half (a draw or halved match gives each side half a point, so the two add up to
/// whole games played); a decimal ".5" needs a whole part that is not 0 ("0.5-1.5" is a range).
/// A handicap's half goal gives one side alone a "½" ("12-8½", "7½ – 6" in polo), in a dash
/// pair of whole numbers.
static HALF_PAIR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([0-9]{1,2})?(½|\.5)?( ?[-–] ?| to )([0-9]{1,2})?(½|\.5)?")
        .expect("half pair regex")
});

/// Whether `LISTED_LINE` may match `line`, by its head: an ASCII line must open with a capital,
/// then letters, full stops, apostrophes, spaces and hyphens up to its first digit, which a
/// space comes before and which one or two more digits and ", " may follow (the regex's
/// classes hold only these ASCII chars). Few lines do, and the regex (some 8 million
/// instructions to compile) is then neither built nor run for most articles. A line with any
/// other char is left to the regex.
fn may_open_listed(line: &str) -> bool {
    let b = line.as_bytes();
    if !b.is_ascii() {
        return true;
    }
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let Some(d) = b.iter().position(u8::is_ascii_digit) else {
        return false;
    };
    let name = |c: &u8| c.is_ascii_alphabetic() || matches!(c, b'.' | b'\'' | b' ' | b'-');
    if b[d - 1] != b' ' || !b[..d].iter().all(name) {
        return false;
    }
    let digits = b[d..].iter().take_while(|c| c.is_ascii_digit()).count();
    digits <= 3 && b[d + digits..].starts_with(b", ")
}

/// `line.contains(", ")`, read from the line's commas (few) rather than by a substring searcher,
/// which `str::contains` sets up anew each call (every short paragraph is asked).
fn has_comma_space(line: &str) -> bool {
    let b = line.as_bytes();
    memchr::memchr_iter(b',', b).any(|i| b.get(i + 1) == Some(&b' '))
}

fn half_pairs(text: &str, out: &mut Vec<Candidate>) {
    if !text.contains('½') && !text.contains(".5") {
        return;
    }
    // Every dash and every " to " matches; only a match with a half ("½", ".5") can be a pair.
    // The matches are found by the regex's DFA alone, and only those holding a half are read
    // into groups (from the match's start, where the search of the whole text found it: the
    // same match).
    for m in HALF_PAIR.find_iter(text) {
        let found = m.as_str();
        if !found.contains('½') && !found.contains(".5") {
            continue;
        }
        let Some(caps) = HALF_PAIR.captures_at(text, m.start()) else {
            continue;
        };
        let whole = caps.get(0).expect("match");
        let halves = [caps.get(2), caps.get(5)];
        let one_sided = match halves {
            [Some(_), Some(_)] => false,
            [Some(h), None] | [None, Some(h)] => {
                if h.as_str() != "½" || caps[3].contains("to") {
                    continue;
                }
                true
            }
            [None, None] => continue,
        };
        let side = |digits: usize, half: usize| -> Option<i32> {
            let Some(h) = caps.get(half) else {
                // The whole side of a handicap pair.
                return Some(number(caps.get(digits)?.as_str())? * 2);
            };
            let n = match caps.get(digits) {
                Some(d) => number(d.as_str())?,
                None => 0,
            };
            let decimal = h.as_str() == ".5";
            if decimal && caps.get(digits).is_none_or(|d| d.as_str().starts_with('0')) {
                return None;
            }
            Some(n * 2 + 1)
        };
        let (Some(a), Some(b)) = (side(1, 2), side(4, 5)) else {
            continue;
        };
        // (A lone "½" needs whole numbers on both sides: "½-1" is no handicap score.)
        if one_sided && (caps.get(1).is_none() || caps.get(4).is_none()) {
            continue;
        }
        if !pair_stands_alone(text, whole.start(), whole.end()) {
            continue;
        }
        let span = Span::new(whole.start(), whole.end());
        out.push(Candidate {
            span,
            core: span,
            points: vec![a, b],
            form: Form::Pair,
            named: [None, None],
            halves: true,
        });
    }
}

/// Two Australian rules totals of one sentence make one score: "Collingwood 15.12 (102) defeated
/// Brisbane 10.8 (68)", "to lead 9.6 (60) to 5.4 (34) at half-time".
fn pair_totals(doc: &Doc, sides: &Sides, totals: &[(Span, i32)], out: &mut Vec<Candidate>) {
    let text = doc.body.as_str();
    for w in totals.windows(2) {
        let ((first, a), (second, b)) = (w[0], w[1]);
        let between = &text[first.end..second.start];
        // A results line abbreviates the verb: "Collingwood 12.10 (82) def. Carlton 9.14 (68)".
        let plain = between
            .replacen(" def. ", " ", 1)
            .replacen(" d. ", " ", 1)
            .replacen(" bt. ", " ", 1);
        if between.len() > 48 || plain.contains(['.', ';', '\n', '(']) {
            continue;
        }
        let named = [
            sides.adjacent_before(first.start),
            sides.adjacent_before(second.start),
        ];
        let both = named[0].is_some() && named[1].is_some() && named[0] != named[1];
        let start = match sides.adjacent_mention_before(first.start) {
            Some(m) if both => m.span.start,
            _ => first.start,
        };
        out.push(Candidate {
            span: Span::new(start, second.end),
            core: Span::new(first.start, second.end),
            points: vec![a, b],
            form: if both { Form::Totals } else { Form::Pair },
            named: if both { named } else { [None, None] },
            halves: false,
        });
    }
}

/// Gaelic games scores: each side's goals and points ("1-10", a goal worth three points), two of
/// them one score, its points the totals: "led by 1-10 to 0-9" (13-9), "Limerick 2-19 Galway
/// 2-17" (a scoreline naming both sides), "2-14 (20) to 1-15 (18)" (the total in brackets, kept
/// in the span when it adds up). A lone goals-points figure is one side's or one player's tally
/// ("De Barra finished with 1-8 (0-5 frees)"), not a score.
fn gaelic(doc: &Doc, sides: &Sides, figures: &[(Span, i32, i32)], out: &mut Vec<Candidate>) {
    let text = doc.body.as_str();
    // The end of a figure, past a bracketed total that adds up: "2-14 (20)".
    let end_of = |&(span, g, p): &(Span, i32, i32)| {
        let rest = &text[span.end..];
        if let Some(inner) = rest.strip_prefix(" (") {
            let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=3).contains(&digits)
                && inner[digits..].starts_with(')')
                && number(&inner[..digits]) == Some(g * 3 + p)
            {
                return span.end + 2 + digits + 1;
            }
        }
        span.end
    };
    // "level at 0-7 apiece", "0-9 each at the break": one figure that is both sides' score.
    for &(span, g, p) in figures {
        let rest = &text[span.end..];
        for word in [" apiece", " each"] {
            if rest.starts_with(word)
                && crate::extract::text::boundary_after(text, span.end + word.len())
            {
                let whole = Span::new(span.start, span.end + word.len());
                out.push(Candidate {
                    span: whole,
                    core: span,
                    points: vec![g * 3 + p, g * 3 + p],
                    form: Form::Pair,
                    named: [None, None],
                    halves: false,
                });
            }
        }
    }
    let mut i = 0;
    while i + 1 < figures.len() {
        let (first, second) = (&figures[i], &figures[i + 1]);
        let (end1, end2) = (end_of(first), end_of(second));
        let between = &text[end1.min(second.0.start)..second.0.start];
        let points = vec![first.1 * 3 + first.2, second.1 * 3 + second.2];
        if between == " to " {
            let core = Span::new(first.0.start, end2);
            out.push(Candidate {
                span: core,
                core,
                points,
                form: Form::Pair,
                named: [None, None],
                halves: false,
            });
            i += 2;
            continue;
        }
        // "Limerick 2-19 Galway 2-17": a side right before each figure.
        let left = sides.adjacent_mention_before(first.0.start).copied();
        let right = sides.adjacent_mention_before(second.0.start).copied();
        if let (Some(l), Some(r)) = (left, right) {
            if l.entity != r.entity
                && r.span.start >= end1
                && text[end1..r.span.start].trim().is_empty()
            {
                out.push(Candidate {
                    span: Span::new(l.span.start, end2),
                    core: Span::new(first.0.start, end2),
                    points,
                    form: Form::Listed,
                    named: [Some(l.entity), Some(r.entity)],
                    halves: false,
                });
                i += 2;
                continue;
            }
        }
        i += 1;
    }
}

/// A bracketed pair that is still a score: "(3-1 on aggregate)", "(4-2 pens)".
fn bracket_allows(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start();
    let low: String = rest.chars().take(16).collect::<String>().to_lowercase();
    ["on agg", "agg", "on pen", "pens", "aet", "a.e.t"]
        .iter()
        .any(|w| low.starts_with(w))
}

fn cricket(doc: &Doc, sides: &Sides, out: &mut Vec<Candidate>) {
    let text = doc.body.as_str();
    let [fa, fb, sa, sb, _allout, ao, oo, tt, mi, rw, amp, amp2, ww, wr, ra] = CRICKET.index;
    for caps in CRICKET.re.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        let span = Span::new(whole.start(), whole.end());
        if let (Some(a), Some(b)) = (caps.get(fa).or(caps.get(sa)), caps.get(fb).or(caps.get(sb))) {
            if char_before(text, a.start()).is_some_and(|c| c.is_alphanumeric() || c == '.') {
                continue;
            }
            let (Some(runs), Some(wickets)) = (number(a.as_str()), number(b.as_str())) else {
                continue;
            };
            // Runs for wickets; "4 for 33" is a bowler's figures, "2 for 4" a batting line.
            if wickets > 10 || runs < wickets || runs < 10 {
                continue;
            }
            if caps.get(sa).is_some() && char_after(text, b.end()) == Some('/') {
                continue; // a date 12/05/2025
            }
            out.push(Candidate::innings(span, runs, wickets, sides));
        } else if let Some((n, named)) = caps
            .get(ao)
            .or(caps.get(oo))
            .map(|n| (n, [None, None]))
            // "Heat 142 all out", "in reply to England's 247 all out": the side named before.
            .or_else(|| {
                caps.get(ra)
                    .map(|n| (n, [sides.adjacent_before(span.start), None]))
            })
        {
            let Some(runs) = number(n.as_str()) else {
                continue;
            };
            out.push(Candidate {
                span,
                core: span,
                points: vec![runs, 10],
                form: Form::AllOut,
                named,
                halves: false,
            });
        } else if let Some(n) = caps.get(mi).or(caps.get(rw)) {
            // "made 410 in their first innings", "replied with 384": a completed innings (not
            // "replied with 384 for 6", read by the runs-for-wickets form).
            let rest = &text[n.end()..];
            if rest.starts_with(" for ") || rest.starts_with(['/', '-']) {
                continue;
            }
            let Some(runs) = number(n.as_str()) else {
                continue;
            };
            let core = Span::new(n.start(), n.end());
            out.push(Candidate {
                span: core,
                core,
                points: vec![runs, 10],
                form: Form::AllOut,
                named: [None, None],
                halves: false,
            });
        } else if let (Some(n1), Some(n2)) = (caps.get(amp), caps.get(amp2)) {
            // A scorecard's two innings: "India 410 & 251", "England 384 & 281-3".
            let Some(m) = sides.adjacent_mention_before(n1.start()) else {
                continue;
            };
            let (Some(first), Some(second)) = (number(n1.as_str()), number(n2.as_str())) else {
                continue;
            };
            out.push(Candidate {
                span: Span::new(m.span.start, n1.end()),
                core: Span::new(n1.start(), n1.end()),
                points: vec![first, 10],
                form: Form::AllOut,
                named: [Some(m.entity), None],
                halves: false,
            });
            let rest = &text[n2.end()..];
            if !rest.starts_with(['/', '-', '–', '.']) {
                let core = Span::new(n2.start(), n2.end());
                out.push(Candidate {
                    span: core,
                    core,
                    points: vec![second, 10],
                    form: Form::AllOut,
                    named: [Some(m.entity), None],
                    halves: false,
                });
            }
        } else if let (Some(w), Some(r)) = (caps.get(ww), caps.get(wr)) {
            // "The Sixers are 4/88", "Heat 3/170": wickets first, as Australia writes a total
            // (not a date: "12/05/2025", and not a bowler's "3/29").
            if text[..w.start()].ends_with(['/', '.', '-'])
                || text[r.end()..].starts_with(['/', '.', '-'])
                || !wickets_first(doc, sides, span.start)
            {
                continue;
            }
            let (Some(wickets), Some(runs)) = (number(w.as_str()), number(r.as_str())) else {
                continue;
            };
            if wickets > 10 {
                continue;
            }
            out.push(Candidate::innings(span, runs, wickets, sides));
        } else if let Some(n) = caps.get(tt) {
            // "Lancashire 230 (44.2 overs)": the team named just before.
            let Some(runs) = number(n.as_str()) else {
                continue;
            };
            let Some(m) = sides.adjacent_mention_before(n.start()) else {
                continue;
            };
            let span = Span::new(m.span.start, n.end());
            out.push(Candidate {
                span,
                core: Span::new(n.start(), n.end()),
                points: vec![runs, 10],
                form: Form::AllOut,
                named: [Some(m.entity), None],
                halves: false,
            });
        }
    }
}

/// A pair at `start` that is a cricket total written wickets first ("Sixers 5-181", "finished
/// on 6-180", "The Sixers are 4/88"), not a bowler's figures ("took 3-29", "Ashcroft 3-29"): a
/// team right before it, or a word of `innings_total_before` and none of `bowling_before`.
fn wickets_first(doc: &Doc, sides: &Sides, start: usize) -> bool {
    use super::lexicon::{Before, Cat};
    if sides
        .adjacent_mention_before(start)
        .is_some_and(|m| m.kind == crate::doc::EntityType::Team)
    {
        return true;
    }
    let sent = super::read::sentence_of(doc, start);
    let before = Before::new(&doc.body, sent.start.min(start), start, 4);
    before.near(Cat::BowlingBefore, 2).is_none()
        && before.ending(Cat::InningsTotalBefore, 0).is_some()
}

fn golf(text: &str, out: &mut Vec<Candidate>) {
    let [sign, par, under, dir, round] = GOLF.index;
    for caps in GOLF.re.captures_iter(text) {
        let Some(whole) = caps.get(0) else { continue };
        if let (Some(sign), Some(n)) = (caps.get(sign), caps.get(par)) {
            // "-12" after a space: not "par-3", not "4-2".
            if !char_before(text, sign.start()).is_some_and(char::is_whitespace) {
                continue;
            }
            if char_after(text, n.end()).is_some_and(|c| {
                c == '-'
                    || c == '.' && {
                        char_after(text, n.end() + 1).is_some_and(|d| d.is_ascii_digit())
                    }
            }) {
                continue;
            }
            let Some(v) = number(n.as_str()) else {
                continue;
            };
            let v = if sign.as_str() == "+" { v } else { -v };
            let span = Span::new(sign.start(), n.end());
            out.push(Candidate {
                span,
                core: span,
                points: vec![v],
                form: Form::GolfToPar,
                named: [None, None],
                halves: false,
            });
        } else if let (Some(n), Some(dir)) = (caps.get(under), caps.get(dir)) {
            let Some(v) = number(n.as_str()) else {
                continue;
            };
            let v = if dir.as_str() == "under" { -v } else { v };
            let span = Span::new(whole.start(), whole.end());
            out.push(Candidate {
                span,
                core: span,
                points: vec![v],
                form: Form::GolfToPar,
                named: [None, None],
                halves: false,
            });
        } else if let Some(n) = caps.get(round) {
            if char_before(text, n.start()).is_some_and(|c| "-–$£€.,:/".contains(c))
                || char_after(text, n.end()).is_some_and(|c| {
                    // (The char after the mark, whatever its width: '–' is three bytes.)
                    "-–.,:/%".contains(c) && {
                        char_after(text, n.end() + c.len_utf8())
                            .is_some_and(|d| d.is_alphanumeric())
                    }
                })
            {
                continue;
            }
            let Some(v) = number(n.as_str()) else {
                continue;
            };
            let span = Span::new(n.start(), n.end());
            out.push(Candidate {
                span,
                core: span,
                points: vec![v],
                form: Form::GolfRound,
                named: [None, None],
                halves: false,
            });
        }
    }
}

/// Past a ranking before a name at `pos` ("No. 3 South Carolina", "No 11 ", "#4 "), or `pos`.
/// Past a bracket of period scores and the space after it at `pos` ("(20-18, 24-20, 15-22,
/// 22-17) "), else `pos`.
fn after_periods(text: &str, pos: usize) -> usize {
    let rest = &text[pos..];
    let Some(inner) = rest.strip_prefix('(') else {
        return pos;
    };
    let Some(close) = inner.find(')').filter(|&i| i <= 60) else {
        return pos;
    };
    let periods = &inner[..close];
    let only_pairs = periods.contains(['-', '–'])
        && periods
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | ',' | ' '));
    match inner[close + 1..].strip_prefix(' ') {
        Some(after) if only_pairs => text.len() - after.len(),
        _ => pos,
    }
}

/// Past the scorers in brackets after a side's goals, with their minutes, on a match-facts line
/// ("Lyon 4 (Diallo-Brun 8, 19, Morlaix 78 pen, Lacombe 90+1) Monaco 2", "HARROGATE TOWN 2
/// (Fairburn 30, Muir 90+3) NOTTINGHAM FOREST 2").
fn after_scorers(text: &str, pos: usize) -> usize {
    let rest = &text[pos..];
    let Some(inner) = rest.strip_prefix('(') else {
        return pos;
    };
    let Some(close) = inner.find(')').filter(|&i| i <= 200) else {
        return pos;
    };
    let scorers = &inner[..close];
    // Each item a name and minutes: capitalised words, then numbers ("90+1", "45'"), perhaps
    // "pen" or "og".
    let item = |it: &str| {
        let words: Vec<&str> = it.split_whitespace().collect();
        let minutes = words
            .iter()
            .filter(|w| {
                w.trim_end_matches(['\'', '’'])
                    .split('+')
                    .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            })
            .count();
        let named = words
            .first()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
        minutes >= 1 && (named || words.len() == minutes)
    };
    let fits = !scorers.contains(['(', '\n', '.', ';']) && scorers.split(',').all(item);
    match inner[close + 1..].strip_prefix(' ') {
        Some(after) if fits => text.len() - after.len(),
        _ => pos,
    }
}

fn after_ranking(text: &str, pos: usize) -> usize {
    let rest = &text[pos..];
    let Some(num) = ["No. ", "No ", "#"]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
    else {
        return pos;
    };
    let digits = num.len() - num.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    match num[digits..].strip_prefix(' ') {
        Some(after) if (1..=2).contains(&digits) => text.len() - after.len(),
        _ => pos,
    }
}

/// "Celtics 112, Knicks 104" (the AP form: each side followed by its own points, a comma between)
/// and "Arsenal 2 Chelsea 1" (the British headline form; also with a results line's verb:
/// "Queensland 22 def New South Wales 18"). With entities the sides must be
/// mentions; without, the line must be nothing but the listed score.
///
/// A name and a number twice is also how tallies are written: player points ("Smith 31, Jones
/// 27 points"), standings and win totals ("Boston 41, Miami 39" in a table), votes, money. So:
/// - both names must be side mentions directly followed by their number (a person is a side only
///   in a head-to-head sport: tennis, boxing, MMA; a golf or cycling list is a leaderboard);
/// - two team entities make a score anywhere (headline, results line, sentence); when a side is
///   only a place standing for a team (or a person), the pair must be a result line of its own
///   (`result_line`), since "Boston 41, Miami 39" in running text is as likely a tally;
/// - a third entry joined by a comma ("Boston 41, Miami 39, New York 35") makes a list, not a
///   score, whichever the names (AP writes one game a line, or games joined by "and" or ";");
/// - the words around it are read in `read` (units after it, "standings", "votes" before it).
fn listed(doc: &Doc, sport: Option<Sport>, sides: &Sides, out: &mut Vec<Candidate>) {
    let text = doc.body.as_str();
    let named_side = |m: &super::link::Mention| match m.kind {
        crate::doc::EntityType::Team => true,
        crate::doc::EntityType::Person => sport.is_some_and(Sport::head_to_head),
        _ => false,
    };
    for m1 in sides.side_mentions() {
        let rest = &text[m1.span.end..];
        // "Celtics 112, Knicks 104" anywhere; "Arsenal 2 Chelsea 1" (the British headline form)
        // only as a headline or at the head of a line, before a colon.
        let (n1, after1, comma) = match leading_number(rest, " ", ", ") {
            Some((n, a)) => (n, a, true),
            None => match leading_number(rest, " ", " ") {
                Some((n, a)) => (n, a, false),
                None => continue,
            },
        };
        let mut second_start = after_ranking(text, m1.span.end + after1);
        // (A box score's periods may stand between the sides: "Žalgiris Kaunas 81 (20-18,
        // 24-20, 15-22, 22-17) Olympiacos 77".)
        if !comma {
            second_start = after_scorers(text, after_periods(text, second_start));
            // ("Queensland 22 def New South Wales 18": a results line's "def", "bt", "d.".)
            for verb in ["def ", "def. ", "bt ", "d. ", "beat "] {
                if text[second_start..].starts_with(verb) {
                    second_start += verb.len();
                    break;
                }
            }
        }
        let Some(m2) = sides.side_starting_at(second_start) else {
            continue;
        };
        if !comma && !heads_line(doc, m1.span.start) {
            continue;
        }
        let rest2 = &text[m2.span.end..];
        let Some((n2, after2)) = leading_number(rest2, " ", "") else {
            continue;
        };
        let end = m2.span.end + after2;
        if char_after(text, end).is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '/') {
            continue;
        }
        // (The line may go on with the half-time score in brackets: "FRANCE 34 FIJI 27
        // (half-time: 10-13)", "Republic of Ireland 2 Iceland 1 (HT 0-0).")
        // (Or end its sentence: "Final: Belle Vue 49 Ipswich 41."; or, both sides teams the
        // text knows, go on as its subject: "Belle Vue Aces 49 Ipswich Witches 41 tonight at …".)
        let after = &text[end..];
        let closes_line = after
            .strip_prefix('.')
            .map(|r| r.trim_start_matches(' '))
            .is_some_and(|r| r.is_empty() || r.starts_with('\n'));
        let team = crate::doc::EntityType::Team;
        let teams_go_on = m1.kind == team
            && m2.kind == team
            && after
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()));
        if !comma
            && !after.starts_with([':', ';'])
            && !after.trim_start_matches(' ').starts_with(['\n', '('])
            && end != text.len()
            && !closes_line
            && !teams_go_on
        {
            continue;
        }
        if comma {
            let teams = named_side(m1) && named_side(m2);
            if !teams && !result_line(text, m1.span.start, end) {
                continue;
            }
            if in_list(text, m1.span.start, end) {
                continue;
            }
        }
        let core = Span::new(m1.span.end, end);
        out.push(Candidate {
            span: Span::new(m1.span.start, end),
            core,
            points: vec![n1, n2],
            form: Form::Listed,
            named: [Some(m1.entity), Some(m2.entity)],
            halves: false,
        });
    }
    for p in &doc.paragraphs {
        let line = doc.text(p.span);
        if line.len() > 120 || !has_comma_space(line) || !may_open_listed(line) {
            continue;
        }
        let Some(caps) = LISTED_LINE.captures(line) else {
            continue;
        };
        let (Some(na), Some(a), Some(nb), Some(b)) =
            (caps.get(1), caps.get(2), caps.get(3), caps.get(4))
        else {
            continue;
        };
        if !listed_name_fits(na.as_str()) || !listed_name_fits(nb.as_str()) {
            continue;
        }
        // The names must be able to name sides: no month or day ("June 5, July 12"), no vote
        // ("Yes 52, No 48"), no person, competition or venue the entity stage found.
        let at = |m: regex::Match| Span::new(p.span.start + m.start(), p.span.start + m.end());
        if [na, nb]
            .iter()
            .any(|n| !can_name_side(doc, sport, sides, at(*n)))
        {
            continue;
        }
        let (Some(x), Some(y)) = (number(a.as_str()), number(b.as_str())) else {
            continue;
        };
        out.push(Candidate {
            span: Span::new(p.span.start + na.start(), p.span.start + b.end()),
            core: Span::new(p.span.start + a.start(), p.span.start + b.end()),
            points: vec![x, y],
            form: Form::Listed,
            named: [None, None],
            halves: false,
        });
    }
}

/// A name of a listed line that could be a side: none of its words says otherwise
/// (`not_side` in `data/scores/context.tsv`) and no mention of a thing that is no side lies in it.
fn can_name_side(doc: &Doc, sport: Option<Sport>, sides: &Sides, name: Span) -> bool {
    let words = super::lexicon::tokens_after(&doc.body, name.start, name.end, 8);
    if super::lexicon::hits(&words)
        .iter()
        .any(|h| h.cat == super::lexicon::Cat::NotSide)
    {
        return false;
    }
    let head_to_head = sport.is_some_and(Sport::head_to_head);
    !sides
        .mentions_in(name.start, name.end)
        .iter()
        .any(|m| match m.kind {
            crate::doc::EntityType::Team | crate::doc::EntityType::Place => false,
            crate::doc::EntityType::Person => !head_to_head,
            _ => true,
        })
}

/// The listed score `start..end` is a line of its own: it heads its line and nothing follows it
/// on the line but an overtime mark ("(OT)") or a headline after a colon.
fn result_line(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    if !(before.is_empty() || before.ends_with('\n')) {
        return false;
    }
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    let mut rest = text[end..line_end].trim_end();
    if let Some(r) = rest.strip_prefix(" (") {
        match r.find(')') {
            Some(i) if i <= 12 => rest = &r[i + 1..],
            _ => return false,
        }
    }
    rest.is_empty() || rest.starts_with(':')
}

/// The listed pair `start..end` is two entries of a longer comma list ("Boston 41, Miami 39, New
/// York 35"; "…, Boston 41, Miami 39").
fn in_list(text: &str, start: usize, end: usize) -> bool {
    let mut cut = (end + 48).min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let after = text[end..cut].split('\n').next().unwrap_or("");
    if LIST_MORE
        .captures(after)
        .is_some_and(|c| listed_name_fits(&c[1]))
    {
        return true;
    }
    // Before: "41, " (or "41, the ") right before the first name.
    let before = text[..start]
        .trim_end_matches("the ")
        .trim_end_matches("The ");
    let Some(b) = before.strip_suffix(", ") else {
        return false;
    };
    let digits = b.bytes().rev().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && !b[..b.len() - digits].ends_with(|c: char| c.is_alphanumeric())
        && b[..b.len() - digits].ends_with(' ')
}

/// True when `pos` starts its line.
fn heads_line(doc: &Doc, pos: usize) -> bool {
    let before = &doc.body[..pos];
    if before.is_empty() || before.ends_with('\n') {
        return true;
    }
    // (After another result of the same line: "Sharks 22 Storm 20; Cowboys 16 Titans 14".)
    if before
        .strip_suffix("; ")
        .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit() || c == ')'))
    {
        return true;
    }
    // (After a short label: "Half-time: Gloucester-Hartpury 12 Saracens 18", "Result: …";
    // or one opening a sentence: "… 5-3. Final score: USA 11 Europe 8.")
    let line = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    let line = match line.rfind(". ") {
        Some(i) if line.trim_end().ends_with(':') => &line[i + 2..],
        _ => line,
    };
    let label = line.trim_end();
    label.ends_with(':')
        && label.split_whitespace().count() <= 2
        && !label.bytes().any(|b| b.is_ascii_digit())
}

/// `rest` starts with `lead`, a number of one to three digits and `tail`: the number and the
/// length up to the end of `tail`.
fn leading_number(rest: &str, lead: &str, tail: &str) -> Option<(i32, usize)> {
    let r = rest.strip_prefix(lead)?;
    let digits = r.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let n = number(&r[..digits])?;
    let after = &r[digits..];
    if !after.starts_with(tail) {
        return None;
    }
    Some((n, lead.len() + digits + tail.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn comma_space_is_found_as_str_contains_finds_it() {
        for line in [
            "Boston 104, Miami 99",
            "Boston 104,Miami 99,",
            ",, , ,",
            "a,\u{a0}b, ",
            "no commas",
            ",",
            "",
        ] {
            assert_eq!(has_comma_space(line), line.contains(", "), "{line:?}");
        }
    }

    /// The listed-score regexes with the name length checked after the match find what they
    /// found with it written as a bounded repetition, names of 30 and 31 characters and more
    /// included.
    #[test]
    fn listed_names_checked_after_the_match_as_when_bounded() {
        let bounded_line = Regex::new(
            r"^(\p{Lu}[\p{L}.'’ -]{1,30}?) (\d{1,3}), (\p{Lu}[\p{L}.'’ -]{1,30}?) (\d{1,3})(?: \((?:[0-9]?OT|SO|[0-9]{1,2} inn(?:ings|\.)?)\))?(?:: \S.*)?$",
        )
        .unwrap();
        let bounded_more =
            Regex::new(r"^, (?:the )?\p{Lu}[\p{L}.'’ -]{0,30}? [0-9]{1,3}(?:[^0-9]|$)").unwrap();
        let names = [
            "Iowa State".to_string(),
            "Ölands Södra".to_string(),
            "A".to_string(),
            "St. Mary’s".to_string(),
            format!("B{}", "é".repeat(29)),
            format!("B{}", "e".repeat(30)),
            format!("B{}", "e".repeat(31)),
            format!("Long Name {}", "x".repeat(40)),
            "lower case".to_string(),
            "The 49ers".to_string(),
        ];
        for x in &names {
            for y in &names {
                for tail in ["", " (OT)", ": Headline", " (10 inn.)", " 4", "1234"] {
                    let line = format!("{x} 31, {y} 27{tail}");
                    let got = LISTED_LINE
                        .captures(&line)
                        .filter(|c| listed_name_fits(&c[1]) && listed_name_fits(&c[3]))
                        .map(|c| {
                            (1..=4)
                                .map(|g| c.get(g).map(|m| m.range()))
                                .collect::<Vec<_>>()
                        });
                    let want = bounded_line.captures(&line).map(|c| {
                        (1..=4)
                            .map(|g| c.get(g).map(|m| m.range()))
                            .collect::<Vec<_>>()
                    });
                    assert_eq!(got, want, "{line:?}");
                }
            }
            for lead in [", ", ", the ", ",", ", The "] {
                for tail in [" 35", " 35, Miami 30", " 3512", " x"] {
                    let after = format!("{lead}{x}{tail}");
                    let got = LIST_MORE
                        .captures(&after)
                        .is_some_and(|c| listed_name_fits(&c[1]));
                    assert_eq!(got, bounded_more.is_match(&after), "{after:?}");
                }
            }
        }
    }

    /// The groups as the regex crate gives them (what `digit_pair` reads off the match text).
    fn by_captures(text: &str) -> Vec<PairMatch<'_>> {
        let [a, colon, slash, b, goals, behinds, total, total2, cross, level] = PAIR_DIGITS.index;
        PAIR_DIGITS
            .re
            .captures_iter(text)
            .filter_map(|caps| {
                let whole = caps.get(0)?;
                let level = caps.get(level).filter(|_| {
                    !text[whole.end()..].starts_with(|c: char| c == '-' || c.is_alphanumeric())
                });
                if caps.get(a).is_none() && caps.get(goals).is_none() && level.is_none() {
                    return None;
                }
                let p = |g: usize| caps.get(g).map(Part::from);
                Some(PairMatch {
                    whole: whole.into(),
                    a: p(a).or(level.map(Part::from)),
                    b: p(b).or(level.map(Part::from)),
                    colon: caps.get(colon).is_some(),
                    slash: caps.get(slash).is_some(),
                    cross: caps.get(cross).is_some(),
                    goalless: false,
                    first_word: None,
                    second_word: None,
                    goals: p(goals),
                    behinds: p(behinds),
                    total: p(total).or(p(total2)),
                })
            })
            .collect()
    }

    fn by_parts(text: &str) -> Vec<PairMatch<'_>> {
        digit_pairs(text)
            .filter_map(|m| digit_pair(text, m))
            .collect()
    }

    fn regex_matches(text: &str) -> Vec<Part<'_>> {
        PAIR_DIGITS.re.find_iter(text).map(Part::from).collect()
    }

    #[test]
    fn digit_pairs_are_the_regex_matches() {
        for text in [
            "won 3-0 at home, 25:21, 6/4 and 3 x 1; 18-all, 10-all-rounders, 18–all.",
            "15.12 (102) to 9.8.62 and 1.2.3.4 then 1234-5678 or 12 – 3 and 7\u{a0}—\u{a0}2",
            "4 x 400m, 2019-2021, 5.3-2, 12.10 (82), 12.10 (8), 3.2.1a, a12.3.4, x18-all_",
            "1-2345, 12345:6, 3 -4, 3- 4, 3 -  4, 3\u{a0}- 4, 3 - x, 123.4.5, 12.123.4, 9-all9",
        ] {
            let by_hand: Vec<Part> = digit_pairs(text).collect();
            assert_eq!(by_hand, regex_matches(text), "{text}");
        }
    }

    #[test]
    fn digit_pairs_read_as_the_groups() {
        for text in [
            "won 3-0 at home, 25:21, 6/4 and 3 x 1; 18-all, 10-all-rounders, 18–all.",
            "15.12 (102) to 9.8.62 and 1.2.3.4 then 1234-5678 or 12 – 3 and 7\u{a0}—\u{a0}2",
            "4 x 400m, 2019-2021, 5.3-2, 12.10 (82), 12.10 (8), 3.2.1a",
        ] {
            assert_eq!(by_parts(text), by_captures(text), "{text}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn digit_pairs_agree_with_the_regex_groups(s in "[0-9 .:/x()a-lr\u{a0}–—-]{0,40}") {
            prop_assert_eq!(by_parts(&s), by_captures(&s));
        }

        #[test]
        fn digit_pairs_find_the_regex_matches(s in "[0-9 .:/x()_a-lr\u{a0}–—-]{0,40}") {
            let by_hand: Vec<Part> = digit_pairs(&s).collect();
            prop_assert_eq!(by_hand, regex_matches(&s));
        }

        /// Golf scores and half points look at the chars around a number, some of them wide
        /// ("a 66–x" panicked once, reading one byte into the dash).
        #[test]
        fn golf_and_half_pairs_never_panic(s in "[0-9 .½–—\u{a0}a-z:/%$£+−-]{0,40}") {
            let mut out = Vec::new();
            golf(&s, &mut out);
            half_pairs(&s, &mut out);
        }
    }

    #[test]
    fn a_round_before_a_wide_dash() {
        // ("66–70": a range, not a round; the dash is three bytes wide.)
        let mut out = Vec::new();
        golf("carded a 66–70 range", &mut out);
        assert!(out.is_empty());
        golf("carded a 66– a record", &mut out);
        assert_eq!(out.len(), 1);
    }
}
