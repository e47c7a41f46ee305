//! Scraped plain text: each line is classified by its shape and vocabulary — headline, section
//! label, byline, date line, caption, page junk or article prose — and the body is rebuilt from the
//! headline, the prose and the captions (credits removed).
//!
//! Rules decide by line shape and by the word lists in `data/page_junk.tsv`, never by one site's
//! exact strings, so they hold for sites nobody here has seen.

use crate::extract::text::{split_lines, FastMap, FastSet};
use std::cell::OnceCell;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use memchr::{memchr, memchr2, memchr3, memmem, memrchr3};
use regex::Regex;

use super::meta::{parse_byline, parse_published};
use crate::doc::{ArticleMeta, Doc, Paragraph, ParagraphKind, Span};

struct JunkWords {
    lines: FastSet<String>,
    /// Prefix phrases by their first word: a line is checked only against the phrases that
    /// open with its own first word.
    prefixes: FastMap<String, Vec<String>>,
    /// Trailing-block headings, each with whether it has several words (only those also match
    /// as the opening of a longer line; told once here, not counted for every line asked).
    ends: Vec<(String, bool)>,
    /// Headings that start the trailing block only when no prose follows them ("Read more").
    soft_ends: FastSet<String>,
    /// The "contains" phrases, all searched in one pass: one regex alternation of them (fewer
    /// instructions a line than an Aho-Corasick DFA, with or without its prefilter), compiled
    /// on first asking (some 3 million instructions): only a line holding a key is asked.
    contains: std::sync::OnceLock<Regex>,
    /// The source of `contains` (empty for no phrase).
    contains_alternation: String,
    /// The longest word of each "contains" phrase, matched in the raw line: a line without any
    /// cannot hold a phrase, and need not be normalised.
    contains_keys: AhoCorasick,
    teasers: FastSet<String>,
    suffixes: Vec<String>,
    /// The last bytes of the suffixes: a line ending in any other byte needs no comparing.
    suffix_last: [bool; 256],
    credits: FastSet<String>,
    story_kinds: FastSet<String>,
    /// Words that make a short label a section's ("PREP SPORTS", "Basketball").
    section_words: FastSet<String>,
}

static JUNK: LazyLock<JunkWords> = LazyLock::new(|| {
    let mut contains = Vec::new();
    let mut words = JunkWords {
        lines: FastSet::default(),
        prefixes: FastMap::default(),
        ends: Vec::new(),
        soft_ends: FastSet::default(),
        contains: std::sync::OnceLock::new(),
        contains_alternation: String::new(),
        contains_keys: AhoCorasick::new(Vec::<String>::new()).expect("empty automaton"),
        teasers: FastSet::default(),
        suffixes: Vec::new(),
        suffix_last: [false; 256],
        credits: FastSet::default(),
        story_kinds: FastSet::default(),
        section_words: FastSet::default(),
    };
    for line in include_str!("../../data/page_junk.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((kind, phrase)) = line.split_once('\t') else {
            continue;
        };
        let phrase = phrase.trim().to_lowercase();
        match kind {
            "line" => {
                words.lines.insert(phrase);
            }
            "prefix" => words
                .prefixes
                .entry(first_word(&phrase).to_string())
                .or_default()
                .push(phrase),
            "end" => {
                let several_words = phrase.contains(' ');
                words.ends.push((phrase, several_words));
            }
            "softend" => {
                words.soft_ends.insert(phrase);
            }
            "contains" => contains.push(phrase),
            "suffix" => words.suffixes.push(format!(" {phrase}")),
            "teaser" => {
                words.teasers.insert(phrase);
            }
            "credit" => {
                words.credits.insert(phrase);
            }
            "storykind" => {
                words.story_kinds.insert(phrase);
            }
            "sectionword" => {
                words.section_words.insert(phrase);
            }
            _ => {}
        }
    }
    for p in &words.suffixes {
        if let Some(&b) = p.as_bytes().last() {
            words.suffix_last[usize::from(b)] = true;
        }
    }
    if !contains.is_empty() {
        let alternation: Vec<String> = contains.iter().map(|p| regex::escape(p)).collect();
        words.contains_alternation = alternation.join("|");
    }
    let keys = contains.iter().map(|p| {
        p.split(' ')
            .max_by_key(|w| w.len())
            .unwrap_or_default()
            .to_string()
    });
    words.contains_keys = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(keys)
        .expect("junk phrase keys build");
    words
});

impl JunkWords {
    /// A "contains" phrase is in `norm` (a `normalise`d line). A phrase holds its key: a line
    /// without any key (nearly every one) holds no phrase, and needs no regex until one does.
    /// (Once built, the regex alone answers: it costs less a line than the keys' automaton.)
    fn holds_phrase(&self, norm: &str) -> bool {
        if let Some(re) = self.contains.get() {
            return re.is_match(norm);
        }
        self.contains_keys.is_match(norm)
            && self
                .contains
                .get_or_init(|| {
                    if self.contains_alternation.is_empty() {
                        never_matches()
                    } else {
                        Regex::new(&self.contains_alternation).expect("junk phrases build")
                    }
                })
                .is_match(norm)
    }
}

/// A regex that matches no text (an empty alternation would match every text).
fn never_matches() -> Regex {
    Regex::new(r"[^\s\S]").expect("the empty class compiles")
}

/// Lower-cased letters and spaces only: "Share this article (12)" → "share this article".
fn normalise(line: &str) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(line.len());
    let mut space = true;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let letter = if b < 0x80 {
            i += 1;
            let letter = ASCII_LETTER_LOWER[usize::from(b)] != 0;
            if letter {
                // The whole run of ASCII letters at once: found by table, then copied in one
                // go, lower-cased by setting bit 0x20 (which leaves the apostrophe as it is).
                let start = i - 1;
                while bytes
                    .get(i)
                    .is_some_and(|&x| ASCII_LETTER_LOWER[usize::from(x)] != 0)
                {
                    i += 1;
                }
                out.extend(bytes[start..i].iter().map(|&x| x | 0x20));
            }
            letter
        } else {
            let c = line[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            let letter = c.is_alphabetic() || c == '’';
            if letter {
                for low in c.to_lowercase() {
                    out.extend_from_slice(low.encode_utf8(&mut [0u8; 4]).as_bytes());
                }
            }
            letter
        };
        if letter {
            space = false;
        } else if !space {
            out.push(b' ');
            space = true;
        }
    }
    while out.last() == Some(&b' ') {
        out.pop();
    }
    // (Only ASCII bytes and whole chars were copied: always UTF-8.)
    String::from_utf8(out).unwrap_or_default()
}

/// An ASCII letter or apostrophe in lower case, by byte; 0 for every other byte (a non-ASCII
/// byte included).
static ASCII_LETTER_LOWER: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let x = b as u8;
        if x.is_ascii_alphabetic() || x == b'\'' {
            t[b] = x.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// Whether `normalise(line)` would be empty: the line has no letter.
fn has_letter(line: &str) -> bool {
    line.chars().any(|c| {
        if c.is_ascii() {
            c.is_ascii_alphabetic() || c == '\''
        } else {
            c.is_alphabetic() || c == '’'
        }
    })
}

/// `s.split_whitespace().count()` for text that went through `normalise_text` (whose only
/// whitespace is ASCII), counting stops soon after 60 words: no rule here needs more.
fn word_count(s: &str) -> usize {
    words_past(s, 60)
}

/// Whether `s` has more than `k` words (`word_count(s) > k`, counting stops soon after `k`).
fn words_over(s: &str, k: usize) -> bool {
    words_past(s, k) > k
}

/// The number of words of `s` when it has `cap` or fewer, else some number above `cap`. Counted
/// 64 bytes at a time without branches (the compiler vectorises it): this runs several times per
/// line.
fn words_past(s: &str, cap: usize) -> usize {
    let space = |x: u8| x == b' ' || (b'\t'..=b'\r').contains(&x);
    let b = s.as_bytes();
    let mut words = usize::from(b.first().is_some_and(|&x| !space(x)));
    let mut at = 1;
    while at < b.len() && words <= cap {
        let end = (at + 64).min(b.len());
        // At most 64 word starts per chunk: a byte-wide sum cannot overflow, and keeps 16
        // lanes to a vector register.
        let starts: u8 = b[at - 1..end - 1]
            .iter()
            .zip(&b[at..end])
            .map(|(&prev, &next)| u8::from(space(prev) & !space(next)))
            .sum();
        words += usize::from(starts);
        at = end;
    }
    words
}

/// The text up to the first space (a phrase that `norm` starts with, word for word, opens
/// with `norm`'s first word).
fn first_word(norm: &str) -> &str {
    // (A byte loop: the word is short, and `split` sets up a searcher.)
    let end = norm.bytes().position(|b| b == b' ').unwrap_or(norm.len());
    &norm[..end]
}

fn starts_with_phrase(norm: &str, phrase: &str) -> bool {
    norm.starts_with(phrase) && norm[phrase.len()..].chars().next().is_none_or(|c| c == ' ')
}

/// Page junk: navigation, share/follow/subscribe lines, ads, credits, comment teasers.
/// `words` is `word_count(line)` (counted once per line by the caller).
/// A line set in Markdown's bold or italics as a whole ("**Rose City hold on**", a chat's or a
/// forum's headline), without the marks.
fn without_markdown_emphasis(line: String) -> String {
    for mark in ["**", "__", "*", "_"] {
        if let Some(inner) = line
            .strip_prefix(mark)
            .and_then(|l| l.strip_suffix(mark))
            .filter(|i| !i.is_empty() && !i.starts_with(' ') && !i.ends_with(' '))
            .filter(|i| !i.contains(mark) && i.chars().any(char::is_alphanumeric))
        {
            return inner.to_string();
        }
    }
    line
}

/// A chat export's message header: the time stamp in brackets, then the poster ("[08/11/2027
/// 08:21] derbydad_mike", "[12.03.27, 21:40:05] Ana:"), or the poster and a one-line message
/// ("[11/26/27, 9:39:12 PM] Greg: 28-24 WOLVES WIN", WhatsApp's form).
static CHAT_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\[\d{1,4}[./-]\d{1,2}[./-]\d{1,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?\] ?\S",
    )
    .expect("static regex")
});

/// A chat export's message header (`CHAT_HEADER`): page furniture, and after an article the
/// start of its comments.
fn chat_header(line: &str) -> bool {
    // (A digit follows the bracket: most lines opening with one are asked without building the
    // regex. `char::is_numeric` holds for every char of `\d`, and more.)
    line.starts_with('[')
        && line[1..].chars().next().is_some_and(char::is_numeric)
        && CHAT_HEADER.is_match(line)
}

/// A cookie-consent notice of a paragraph's length: "We and our 214 partners use cookies and
/// similar technologies … personalised advertising …".
fn consent_notice(line: &str) -> bool {
    memchr::memmem::find(line.as_bytes(), b"cookies").is_some() && {
        let low = line.to_lowercase();
        [
            "partners",
            "consent",
            "privacy settings",
            "personalised",
            "personalized",
        ]
        .iter()
        .any(|w| low.contains(w))
    }
}

fn is_junk(line: &str, words: usize) -> bool {
    if words > 60 {
        return false; // real paragraphs; menus and banners are shorter
    }
    if chat_header(line) {
        return true;
    }
    if words > 40 {
        // Too long for any phrase rule below (all are for 40 words or fewer, and every listed
        // phrase is short); only symbol-only lines, menus, score tickers and a long consent
        // notice remain.
        return !has_letter(line) || is_nav(line) || is_ticker(line) || consent_notice(line);
    }
    let junk = &*JUNK;
    // (Byte searches by the memchr crate: `str::find` of a char goes a byte or a word at a time,
    // and every line is asked.)
    let colon = memchr(b':', line.as_bytes());
    if words > 20 && colon.is_none() && !junk.contains_keys.is_match(line) {
        // Only the "contains" and teaser rules reach lines this long (whole-line phrases are a
        // few words), and neither can match here.
        return !has_letter(line) || is_nav(line) || is_ticker(line);
    }
    let norm = normalise(line);
    if norm.is_empty() {
        // Only digits and symbols: counters, separators, bullets; not a line of set or game
        // scores under a result ("6-4, 3-6, 7-6 (7-3)").
        return !scores_only(line);
    }
    if junk.lines.contains(&norm) {
        return true;
    }
    if words <= 40 && junk.holds_phrase(&norm) {
        return true;
    }
    // Inline teasers: "RELATED: Other headline", "READ MORE: …".
    if let Some((head, rest)) = colon.map(|at| (&line[..at], &line[at + 1..])) {
        if !words_over(rest, 16) && !ends_sentence(rest) && junk.teasers.contains(&normalise(head))
        {
            return true;
        }
    }
    // Calls to action at the end of a promo line: "… every rumor. SIGN UP".
    if words <= 20
        && norm
            .as_bytes()
            .last()
            .is_some_and(|&b| junk.suffix_last[usize::from(b)])
        && junk
            .suffixes
            .iter()
            .any(|p| norm.ends_with(p.as_str()) && norm.len() > p.len())
    {
        return true;
    }
    if words <= 16
        && junk
            .prefixes
            .get(first_word(&norm))
            .is_some_and(|ps| ps.iter().any(|p| starts_with_phrase(&norm, p)))
    {
        // A real sentence that happens to start like junk ends like a sentence and is long.
        return !(words >= 8 && ends_sentence(line));
    }
    is_nav(line) || is_ticker(line) || is_button_row(line)
}

/// The line is a list of scores and nothing else: "6-4, 3-6, 7-5", "21-18 19-21 15-12",
/// "7-6 (7-3), 6-4".
fn scores_only(line: &str) -> bool {
    static SCORES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\d{1,3}[-–]\d{1,3}(?: ?\(\d{1,2}(?:[-–]\d{1,2})?\))?(?:,? \d{1,3}[-–]\d{1,3}(?: ?\(\d{1,2}(?:[-–]\d{1,2})?\))?)*$")
            .expect("the score list pattern compiles")
    });
    SCORES.is_match(line.trim())
}

/// A row of buttons in square brackets, with or without a label before them ("[Facebook] [X]
/// [Email] [Print]", "Share: [f] [x] [in]").
fn is_button_row(line: &str) -> bool {
    let Some(open) = memchr(b'[', line.as_bytes()) else {
        return false;
    };
    if words_over(&line[..open], 2) {
        return false;
    }
    let mut buttons = 0;
    let mut rest = line[open..].trim();
    while let Some(inner) = rest.strip_prefix('[') {
        let Some(close) = inner.find(']') else {
            return false;
        };
        if words_over(&inner[..close], 3) {
            return false;
        }
        buttons += 1;
        rest = inner[close + 1..].trim_start();
    }
    rest.is_empty() && buttons >= 2
}

/// A score ticker: three or more short items between separators, two or more of them holding a
/// number pair ("LIVE | URC: Leinster 33-10 Ulster (FT) | Top 14: Toulouse 26-19 Racing 92 (FT)
/// | …"); never a sentence.
fn is_ticker(line: &str) -> bool {
    // (0xC2 and 0xE2 lead the UTF-8 bytes of '·', '•' and the arrowheads: a byte test rules
    // out most lines.)
    if ends_sentence(line) || memchr3(b'|', 0xC2, 0xE2, line.as_bytes()).is_none() {
        return false;
    }
    // (A strip may set its items apart with arrowheads: "RESULTS ▸ … 6-3 7-5 ▸ …".)
    let parts: Vec<&str> = line
        .split(['|', '•', '·', '▸', '►', '▶'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let pair = |p: &str| {
        let b = p.as_bytes();
        (1..b.len().saturating_sub(1)).any(|i| {
            matches!(b[i], b'-' | b':') && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit()
        })
    };
    // (A strip's item may write its score without a dash, "FINAL OTT 3 BUF 0", "GEEL 12.10 (82)
    // d STK 9.13 (67)", or be a fixture, "Thu 7.30pm CARL v COLL (MCG)", "EDM @ VAN".)
    let numbers = |p: &str| {
        p.split(|c: char| !c.is_ascii_digit() && c != '.')
            .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
            .count()
            >= 2
    };
    let fixture = |p: &str| p.contains(" v ") || p.contains(" vs ") || p.contains(" @ ");
    let item = |p: &&&str| pair(p) || numbers(p) || fixture(p);
    parts.len() >= 3
        && parts.iter().all(|p| !words_over(p, 12))
        && (parts.iter().filter(|p| pair(p)).count() >= 2
            || parts.iter().filter(item).count() * 4 >= parts.len() * 3)
}

/// The heading of a trailing block of other stories ("Related Articles", "More from …").
fn is_end_marker(line: &str, words: usize) -> bool {
    // (A heading may end on a colon: "Trending now:".)
    if words > 6 || ends_sentence(line.trim_end().trim_end_matches(':')) {
        return false;
    }
    let norm = normalise(line);
    JUNK.ends
        .iter()
        .any(|(p, several_words)| norm == *p || (*several_words && starts_with_phrase(&norm, p)))
}

/// A heading that may stand inside an article as a link ("Read more") but, with no prose after
/// it, starts the trailing list of other stories.
/// A heading "MORE <SECTION>" in capitals ("MORE NBL", "MORE FOOTBALL") is one too.
/// `words` and `rest_words` are the `word_count`s of `line` and of the lines of `rest`.
fn is_soft_end(line: &str, words: usize, rest: &[String], rest_words: &[usize]) -> bool {
    let more_heading = || {
        let mut words = line.split_whitespace();
        matches!((words.next(), words.next(), words.next()), (Some("MORE"), Some(w), None)
            if w.chars().all(|c| !c.is_lowercase()) && w.chars().any(char::is_alphabetic))
    };
    words <= 4
        && (JUNK.soft_ends.contains(&normalise(line)) || more_heading())
        && !rest.iter().zip(rest_words).any(|(l, &w)| is_prose(l, w))
}

/// A wide gap between menu items, searched for with a finder built once (`str::split("  ")`
/// sets up a searcher for every piece of every line).
static GAP: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("  "));

const NAV_SEPARATORS: [char; 7] = ['|', '•', '·', '›', '»', '>', '/'];

/// Menus and breadcrumbs: several short items between separators or wide gaps
/// ("Home | News | Scores", "Scores   Schedule   Standings", "Subscribe   Log in").
fn is_nav(line: &str) -> bool {
    if ends_sentence(line) {
        return false; // its last item would end a sentence: prose
    }
    if !has_nav_separator_or_gap(line) {
        return false; // one part: no menu
    }
    let item =
        |p: &str| !words_over(p, 4) && !ends_sentence(p) && p.chars().any(char::is_alphabetic);
    let mut parts: Vec<&str> = Vec::new();
    for piece in split_at_separators(line) {
        // A part of punctuation alone ("::", "–") is one more separator.
        let piece_parts = super::meta::split_by(piece, &GAP)
            .map(str::trim)
            .filter(|p| p.chars().any(char::is_alphanumeric));
        for part in piece_parts {
            // (One part that is no menu item settles it: prose with a slash in it need not be
            // split any further.)
            if !item(part) {
                return false;
            }
            parts.push(part);
        }
    }
    if parts.len() < 2 {
        return false;
    }
    // "Courtside Australia · 12 May 2025 · By Kirsty Mac": a site, a date and a byline are the
    // article's own metadata, not a menu.
    let byline = parts
        .iter()
        .any(|p| p.len() > 3 && p.is_char_boundary(3) && p[..3].eq_ignore_ascii_case("by "));
    if byline && parts.iter().any(|p| parse_published(p).is_some()) {
        return false;
    }
    let breadcrumb = line.contains(['›', '>', '»']);
    parts.len() >= 3 || breadcrumb || parts.iter().all(|p| junk_item(p))
}

/// `line` cut at its menu separators. A slash joining two words with no space beside it, one of
/// them capitalised, is no separator: it joins a pair of players or two names
/// ("Castellví/Rinaldi d. Ibarrola/da Silva 6-1, 6-2"), where a menu writes "Home / News" (and
/// an agency's sign-off "jmr/ah/dj" is still cut).
fn split_at_separators(line: &str) -> impl Iterator<Item = &str> {
    let b = line.as_bytes();
    let joins_names = move |i: usize| {
        let glued = i > 0
            && !b[i - 1].is_ascii_whitespace()
            && b.get(i + 1).is_some_and(|n| !n.is_ascii_whitespace());
        let word_before = line[..i].rsplit(char::is_whitespace).next().unwrap_or("");
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        glued && (capital(word_before) || capital(&line[i + 1..]))
    };
    let mut from = 0;
    let mut cuts = line
        .char_indices()
        .filter(move |&(i, c)| NAV_SEPARATORS.contains(&c) && !(c == '/' && joins_names(i)));
    std::iter::from_fn(move || {
        if from > line.len() {
            return None;
        }
        match cuts.next() {
            Some((i, c)) => {
                let piece = &line[from..i];
                from = i + c.len_utf8();
                Some(piece)
            }
            None => {
                let piece = &line[from..];
                from = line.len() + 1;
                Some(piece)
            }
        }
    })
}

/// A menu item that is junk by itself: a whole-line phrase ("Sign in") or a short one opening
/// with a junk prefix ("Subscribe for £1").
fn junk_item(item: &str) -> bool {
    let norm = normalise(item);
    JUNK.lines.contains(&norm)
        || JUNK
            .prefixes
            .get(first_word(&norm))
            .is_some_and(|ps| ps.iter().any(|p| starts_with_phrase(&norm, p)))
}

/// Whether `line` holds one of `NAV_SEPARATORS` or a wide gap, by byte searches (this runs for
/// every line).
fn has_nav_separator_or_gap(line: &str) -> bool {
    let b = line.as_bytes();
    memchr3(b'|', b'>', b'/', b).is_some()
        || (memchr2(0xC2, 0xE2, b).is_some() && line.contains(['•', '·', '›', '»']))
        || GAP.find(b).is_some()
}

/// A short label written as a breadcrumb with bars or slashes ("Sports | Golf") names its last,
/// most specific item, unless that item is the kind of story ("Liiga / Round-up"): then the
/// item before it. Any other label stays whole.
fn crumb_tail(label: &str) -> &str {
    let parts: Vec<&str> = label
        .split(['|', '/'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        [.., before, last] if (2..=3).contains(&parts.len()) => {
            if JUNK.story_kinds.contains(&normalise(last)) {
                before
            } else {
                last
            }
        }
        _ => label,
    }
}

/// The last item of a breadcrumb ("Sport › Football › Serie A" → "Serie A"), or the item
/// before it when the last is the kind of story ("Top > J1 League > Match reports").
fn breadcrumb_section(line: &str) -> Option<String> {
    if !line.contains(['›', '>', '»']) {
        return None;
    }
    let items: Vec<&str> = line
        .split(['›', '>', '»'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // (The kind of story, then a round or stage of the competition: "AFL > Round 22 > Match
    // report" is the AFL's.)
    let mut n = items.len();
    if n >= 2 && JUNK.story_kinds.contains(&normalise(items[n - 1])) {
        n -= 1;
    }
    if n >= 2 && round_label(items[n - 1]) {
        n -= 1;
    }
    // (A section is a few words: a long item is an event's name, "Tour de Suisse Women".)
    while n >= 2 && words_past(items[n - 1], 3) > 3 {
        n -= 1;
    }
    items.get(n.checked_sub(1)?).map(|s| s.to_string())
}

/// A round or stage of a competition as a breadcrumb item: "Round 22", "Group A", "Stage 2",
/// "Grand Final", "Division A", "Matchday 11".
fn round_label(item: &str) -> bool {
    let norm = normalise(item);
    let first = norm.split(' ').next().unwrap_or("");
    let last = norm.rsplit(' ').next().unwrap_or("");
    matches!(
        first,
        "round" | "group" | "stage" | "division" | "matchday" | "week" | "pool" | "game"
    ) || matches!(last, "final" | "finals")
}

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '”', '’', '\'', ')', ']', ' ']);
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// Article prose: a real sentence or more.
/// `words` is `word_count(line)`.
fn is_prose(line: &str, words: usize) -> bool {
    (words >= 8 && ends_sentence(line)) || words >= 20
}

/// A headline: a short line of several words that is not a sentence-long paragraph of prose.
/// `words` is `word_count(line)`.
fn is_headline_shaped(line: &str, words: usize) -> bool {
    (2..=30).contains(&words)
        && !(words >= 12 && line.trim_end().ends_with('.'))
        && !list_item(line)
}

/// A numbered list's item: "1. Okafor-Lindgren saves three match points" in a newsletter's
/// "In this issue", "2) Quick hits" (not "5 things we learned").
fn list_item(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && matches!(line.as_bytes().get(digits), Some(b'.' | b')'))
        && line.as_bytes().get(digits + 1) == Some(&b' ')
}

const DATE_PREFIXES: [&str; 10] = [
    "published",
    "updated",
    "posted",
    "last updated",
    "first published",
    "modified",
    "last modified",
    "date",
    "on",
    "filed",
];

/// A line that gives the publication date: a date alone, or behind "Published", "Updated"…
fn date_line(line: &str) -> Option<(super::meta::Published, bool)> {
    date_line_with(line, || parse_published(line))
}

/// `date_line` with `parse_published(line)` given by `published` (a caller that has read the
/// line already passes on what it read).
fn date_line_with(
    line: &str,
    published: impl FnOnce() -> Option<super::meta::Published>,
) -> Option<(super::meta::Published, bool)> {
    if words_over(line, 14) {
        return None;
    }
    let norm = normalise(line);
    let updated = norm.starts_with("updated")
        || norm.starts_with("last updated")
        || norm.starts_with("modified");
    let prefixed = DATE_PREFIXES.iter().any(|p| starts_with_phrase(&norm, p));
    let published = published()?;
    if prefixed {
        return Some((published, updated));
    }
    // Unprefixed: the line must be only date words (weekday, month, numbers, time, zone).
    let only_date_words = norm.split(' ').all(|w| {
        w.is_empty()
            || super::meta::month_number(w).is_some()
            || super::meta::is_weekday(w)
            || WEEKDAY_ABBREVIATIONS.contains(&w)
            || ZONES.contains(&w)
            || matches!(
                w,
                "am" | "pm" | "a" | "m" | "p" | "at" | "of" | "st" | "nd" | "rd" | "th"
            )
    });
    only_date_words.then_some((published, updated))
}

const ZONES: [&str; 22] = [
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "wet", "west", "ist", "aest", "aedt", "et",
    "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "z",
];

/// Weekday abbreviations a date line may use ("Sun 5 June 2025").
const WEEKDAY_ABBREVIATIONS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

static CREDIT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)[\s|–—-]*\b(?:photo(?:graph)?s?|pictures?|images?|credit)\s*(?:by|:)\s*[^.!?]{2,80}$",
    )
    .expect("static regex")
});

/// Words a photo credit at the end of a line holds; the regex runs only where one is found.
static CREDIT_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build(["photo", "picture", "image", "credit"])
        .expect("credit words build")
});

/// A caption with its photo credit cut off, or `None` when the line carries no credit.
fn strip_credit(line: &str) -> Option<&str> {
    let trimmed = line.trim_end();
    // "(Photo by X/Getty Images)": a closing parenthesis ends the line.
    if trimmed.ends_with(')') {
        if let Some(open) = trimmed.rfind('(') {
            let inner = &trimmed[open + 1..trimmed.len() - 1];
            if (2..=120).contains(&inner.len()) {
                let norm = normalise(inner);
                let credit = norm.split(' ').any(|w| JUNK.credits.contains(w))
                    || JUNK
                        .credits
                        .iter()
                        .any(|p| p.contains(' ') && norm.contains(p.as_str()));
                if credit
                    && (inner.contains('/')
                        || norm.starts_with("photo")
                        || norm.contains("getty")
                        || !words_over(inner, 4))
                {
                    return Some(trimmed[..open].trim_end());
                }
            }
        }
    }
    // "… Photograph: Tom Jenkins/The Guardian": only the last stretch of the line can hold it.
    let mut tail_from = trimmed.len().saturating_sub(140);
    while !trimmed.is_char_boundary(tail_from) {
        tail_from -= 1;
    }
    let tail = &trimmed[tail_from..];
    // No char of a `CREDIT_TAIL` match is '.', '!' or '?': a match lies after the last of them,
    // so only the credit words there need looking for (prose ends in a full stop: next to nothing
    // is left to search).
    let after_stop = memrchr3(b'.', b'!', b'?', tail.as_bytes()).map_or(0, |i| i + 1);
    if CREDIT_WORDS.is_match(&tail[after_stop..]) {
        if let Some(m) = CREDIT_TAIL.find(tail) {
            let at = tail_from + m.start();
            if at > 0 {
                return Some(line[..at].trim_end());
            }
        }
    }
    None
}

/// Spaces other than the plain one (tab, no-break, thin, ideographic…): folded to " ".
fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\u{00A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

/// Zero-width characters and soft hyphens: dropped.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
    )
}

/// Normalises line breaks, strips control and zero-width characters, folds odd spaces.
fn normalise_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Runs of ordinary characters are copied whole; only the characters below are looked at.
    let bytes = text.as_bytes();
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if (0x20..0x7F).contains(&b) || b == b'\n' {
            i += 1;
            // Whole chunks of ordinary characters at once: a test without branches that the
            // compiler vectorises.
            while let Some(chunk) = bytes.get(i..i + 32) {
                let odd = chunk.iter().fold(0u8, |acc, &x| {
                    acc | u8::from(!((0x20..0x7F).contains(&x) || x == b'\n'))
                });
                if odd != 0 {
                    break;
                }
                i += 32;
            }
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let replacement = match c {
            '\r' if bytes.get(i + 1) == Some(&b'\n') => "",
            '\r' | '\u{2028}' | '\u{2029}' => "\n",
            c if is_odd_space(c) => " ",
            c if is_invisible(c) => "",
            c if c.is_control() => "",
            _ => {
                i += c.len_utf8();
                continue;
            }
        };
        out.push_str(&text[copied..i]);
        out.push_str(replacement);
        i += c.len_utf8();
        copied = i;
    }
    out.push_str(&text[copied..]);
    out
}

/// A text browser's dump (`lynx -dump`) numbers every link in brackets stuck to its text:
/// "[14]Home > [15]Sports > [16]Baseball", "by [17]Aya Koizumi-Hartley", "[24][IMG]". Where a
/// text holds five or more such markers, they are dropped (with the image placeholders), so the
/// byline, breadcrumb and headline read as on the page. A footnote mark is kept: it follows its
/// word and a space or stop follows it ("the final.[1] Next").
fn without_link_numbers(text: String) -> String {
    // A marker: '[', one to four digits, ']', then a letter, '[' or '#' right after.
    let marker_at = |b: &[u8], i: usize| -> Option<usize> {
        let digits = b[i + 1..]
            .iter()
            .take(5)
            .take_while(|c| c.is_ascii_digit())
            .count();
        let close = i + 1 + digits;
        ((1..=4).contains(&digits)
            && b.get(close) == Some(&b']')
            && b.get(close + 1)
                .is_some_and(|&n| n.is_ascii_alphabetic() || n == b'[' || n >= 0x80))
        .then_some(close + 1)
    };
    let b = text.as_bytes();
    let count = memchr::memchr_iter(b'[', b)
        .filter(|&i| marker_at(b, i).is_some())
        .take(5)
        .count();
    if count < 5 {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for i in memchr::memchr_iter(b'[', b) {
        if i < copied {
            continue;
        }
        let end = if let Some(end) = marker_at(b, i) {
            end
        } else if b[i..].starts_with(b"[IMG]") {
            i + 5
        } else {
            continue;
        };
        out.push_str(&text[copied..i]);
        copied = end;
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
fn normalise_text_by_char(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' => out.push('\n'),
            c if is_odd_space(c) => out.push(' '),
            c if is_invisible(c) => {}
            '\u{2028}' | '\u{2029}' => out.push('\n'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Lines of a text, trimmed, with hard-wrapped lines of one paragraph joined; `None` marks a
/// blank line.
fn logical_lines(text: &str) -> Vec<Option<String>> {
    let mut out: Vec<Option<String>> = Vec::new();
    // Every line trimmed, with whether it is `wordy` (worked out once per line).
    let raw_lines: Vec<&str> = split_lines(text).collect();
    let lines: Vec<(&str, bool)> = raw_lines
        .iter()
        .map(|raw| {
            let line = raw.trim();
            (line, wordy(line))
        })
        .collect();
    // An e-paper or OCR text opens each paragraph with an indent, right under the last line
    // of the one before: its short last lines and indented first lines hide the wrap width
    // from the usual test, so half its lines near one width are enough; an indented line
    // never continues the line above.
    let indent = |raw: &str| raw.starts_with("  ") || raw.starts_with('\t');
    let indented_openings = (1..lines.len())
        .filter(|&i| lines[i - 1].1 && lines[i].1 && indent(raw_lines[i]))
        .count();
    let by_indent = indented_openings >= 3;
    let width = wrap_width(&lines, if by_indent { 5 } else { 7 });
    // Length of the last raw line when it was not blank.
    let mut last_len: Option<usize> = None;
    for (&(line, is_wordy), raw) in lines.iter().zip(&raw_lines) {
        if line.is_empty() {
            out.push(None);
            last_len = None;
            continue;
        }
        // (A newspaper's narrow column, under 50 columns, wraps long words early: its lines
        // fill it unevenly, and only an indent opens a paragraph; a line of figures under an
        // unfinished sentence goes on with it: "… in front, 4.3" over "(27) to 3.2 (20).")
        let narrow = by_indent && width.is_some_and(|w| w < 50);
        let filled = match (width, last_len) {
            (Some(w), Some(n)) => {
                (n * 4 >= w * 3 && is_wordy || narrow)
                    && !(by_indent && indent(raw))
                    && !line.contains("   ")
            }
            _ => false,
        };
        let unfinished = |prev: &str| {
            !prev.contains("   ") && !prev.ends_with(['.', '!', '?', '"', '”', ':', ')'])
        };
        last_len = (is_wordy || (narrow && last_len.is_some())).then_some(line.len());
        let join = match out.last() {
            Some(Some(prev)) => {
                continues(prev, line)
                    || (filled && (is_wordy || unfinished(prev)) && {
                        let words = word_count(line);
                        !is_junk(line, words) && meta_line(line, words, true).is_none()
                    })
            }
            _ => false,
        };
        if join {
            if let Some(Some(prev)) = out.last_mut() {
                // "Tuima-" over "vave-Ropati": a word the typesetting broke at the line's end
                // is one word again.
                let broken = prev.ends_with('-')
                    && prev[..prev.len() - 1]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphabetic)
                    && line.starts_with(|c: char| c.is_lowercase());
                if broken {
                    prev.pop();
                } else {
                    prev.push(' ');
                }
                prev.push_str(line);
            }
        } else {
            out.push(Some(line.to_string()));
        }
    }
    out
}

/// The width a hard-wrapped text was wrapped at, if it was: plain-text wires and e-mails break
/// every line at 60–80 columns and separate paragraphs by blank lines, so most lines that another
/// line follows directly come close to one width. A line that filled three quarters of it was
/// broken by the wrapping, whatever the next line starts with. Widths are counted in bytes:
/// close enough to columns for telling wrapped text, and no decoding of every line. Rules
/// ("-----") and rows of figures are no wrapped prose: they neither set the width nor join.
/// `lines` are the text's lines, trimmed, each with whether it is `wordy`; `near_tenths` of the
/// lines followed by another must come close to the width (7: three quarters of it or more).
fn wrap_width(lines: &[(&str, bool)], near_tenths: usize) -> Option<usize> {
    let mut followed: Vec<usize> = lines
        .windows(2)
        .filter(|w| w[0].1 && w[1].1)
        .map(|w| w[0].0.len())
        .collect();
    if followed.len() < 6 {
        return None;
    }
    followed.sort_unstable();
    let width = followed[followed.len() * 9 / 10];
    // (An indented newspaper column may be as narrow as 28.)
    let narrowest = if near_tenths <= 5 { 28 } else { 40 };
    if !(narrowest..=120).contains(&width) {
        return None;
    }
    let near = followed
        .iter()
        .filter(|&&n| n * 4 >= width * 3 && n <= width)
        .count();
    (near * 10 >= followed.len() * near_tenths).then_some(width)
}

/// A line of words: letters make at least a third of its visible characters (not a rule of
/// dashes, not a row of figures).
fn wordy(line: &str) -> bool {
    let b = line.as_bytes();
    // The ASCII bytes counted in one sweep of byte-wide sums the compiler vectorises (at most
    // 255 bytes a chunk: no sum overflows). ASCII whitespace for `char::is_whitespace` is
    // '\t'..='\r' and ' '; ASCII letters are `is_alphabetic`'s.
    let (mut letters, mut visible) = (0usize, 0usize);
    let mut high = 0u8;
    for chunk in b.chunks(255) {
        let (mut l, mut v, mut h) = (0u8, 0u8, 0u8);
        for &x in chunk {
            l += u8::from(x.is_ascii_alphabetic());
            v += u8::from(x < 0x80 && x != b' ' && !(b'\t'..=b'\r').contains(&x));
            h |= x;
        }
        letters += usize::from(l);
        visible += usize::from(v);
        high |= h;
    }
    if high >= 0x80 {
        // The other chars (curly quotes, dashes, accented letters) one by one; ASCII stretches
        // skipped 32 bytes at a time.
        let mut i = 0;
        while i < b.len() {
            if b[i] < 0x80 {
                i += 1;
                while let Some(chunk) = b.get(i..i + 32) {
                    if chunk.iter().fold(0u8, |acc, &x| acc | x) >= 0x80 {
                        break;
                    }
                    i += 32;
                }
                continue;
            }
            let Some(c) = line[i..].chars().next() else {
                break;
            };
            i += c.len_utf8();
            if !c.is_whitespace() {
                visible += 1;
                letters += usize::from(c.is_alphabetic());
            }
        }
    }
    letters >= 3 && letters * 3 >= visible
}

/// Whether `next` continues the paragraph `prev` (hard-wrapped text).
fn continues(prev: &str, next: &str) -> bool {
    let starts_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
    starts_lower
        && words_over(prev, 5)
        && !ends_sentence(prev)
        && !is_junk(next, word_count(next))
        && parse_byline(next).is_none()
}

/// What a header line says about the article.
#[derive(Default)]
struct MetaLine {
    authors: Vec<String>,
    /// The authors came after a "By".
    explicit: bool,
    site: Option<String>,
    /// "Category: Basho reports", "Filed under: Serie A" beside the date or byline.
    section: Option<String>,
    published: Option<super::meta::Published>,
    updated: bool,
}

/// A count of a page's reactions beside its date: "14 comments", "2.1k shares", "310 views".
/// A newsletter's or a paper's issue number, after its tagline or alone: "Issue #212", "Pro
/// pickleball, every Tuesday. Issue #112", "Vol. 4 No. 17".
static ISSUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\s)(?:issue|edition|no\.|number)\s*#?\s*\d+$").expect("static regex")
});

static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\d.,]+k?\s+(?:comments?|replies|shares?|views|reads|likes|reactions)$")
        .expect("static regex")
});

static READ_TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\d+\s*(?:min(?:ute)?s?|m)(?:\s+read)?$").expect("static regex")
});

/// Words without which a line below the header is neither a byline nor a date line (a superset
/// test: the parts are checked properly after it).
static BODY_META_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(AhoCorasickKind::DFA))
        .build([
            "by",
            "published",
            "updated",
            "posted",
            "modified",
            "text:",
            "words:",
            "author:",
            "reporter:",
        ])
        .expect("meta words build")
});

/// A byline and/or date line, possibly several parts joined by separators:
/// "Posted: 2025-09-08 | By Priya Raghunathan, F1 correspondent", "2025-07-13 · 6 min read".
/// `words` is `word_count(line)`.
fn meta_line(line: &str, words: usize, in_header: bool) -> Option<MetaLine> {
    if words > 18 {
        return None;
    }
    // Below the header only "by …" bylines and "Published/Updated …" date lines count.
    if !in_header && !BODY_META_WORDS.is_match(line) {
        return None;
    }
    let mut found = MetaLine::default();
    // "Hamish Calloway-Burke | Rugby League Writer": the whole line is one byline.
    // (The whole line's date, read once: a line of one part is read for a date again below.)
    let mut line_published = (in_header && words <= 12).then(|| parse_published(line));
    let whole_line_read = matches!(line_published, Some(None));
    if whole_line_read {
        // ("By A | 8 November 2027 | Reports", "Notes by A | Category: Recaps": a date or a
        // labelled field among the parts is read part by part.)
        let byline = parse_byline(line).filter(|(_, site)| {
            site.as_deref().is_none_or(|s| {
                !s.contains(':')
                    && (!s.bytes().any(|b| b.is_ascii_digit()) || parse_published(s).is_none())
            })
        });
        if let Some((authors, site)) = byline {
            found.authors = authors;
            found.explicit = super::meta::opens_byline(line);
            found.site = site;
            return Some(found);
        }
    }
    let mut leftovers = Vec::new();
    let mut any = false;
    // (How many parts stood before the byline's: a label before it is the section.)
    let mut byline_at = None;
    // (A wire's slug fields stand apart by wide gaps: "Words: 640   Filed: 19 Sep 2026 18:47".)
    for part in line
        .split(['|', '·', '•'])
        .flat_map(|p| super::meta::split_by(p, &GAP))
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        if part.starts_with(|c: char| c.is_ascii_digit()) && READ_TIME.is_match(part) {
            continue;
        }
        let norm = normalise(part);
        let explicit_by =
            norm.starts_with("by ") || norm.contains(" by ") || super::meta::opens_byline(part);
        // (A part that is the whole line was read as a byline above, in vain: `parse_byline`
        // trims what it reads.)
        let read_already = whole_line_read && part == line.trim();
        if (in_header || explicit_by) && !words_over(part, 12) && !read_already {
            if let Some((authors, site)) = parse_byline(part) {
                if found.authors.is_empty() {
                    found.authors = authors;
                    found.explicit = explicit_by;
                    byline_at = Some(leftovers.len());
                }
                found.site = found.site.or(site);
                any = true;
                continue;
            }
        }
        let date_allowed = in_header || !words_over(part, 10);
        // Below the header only a line saying "Published", "Updated"… is a date line, or a
        // date beside a "By" byline ("By A | 8 November 2027").
        let prefixed = DATE_PREFIXES[..6]
            .iter()
            .any(|p| starts_with_phrase(&norm, p))
            || (found.explicit && !found.authors.is_empty());
        if date_allowed && found.published.is_none() && (in_header || prefixed) {
            let read = if part == line {
                line_published.take()
            } else {
                None
            };
            if let Some((published, updated)) =
                date_line_with(part, || read.unwrap_or_else(|| parse_published(part)))
            {
                found.published = Some(published);
                found.updated = updated;
                any = true;
                continue;
            }
        }
        leftovers.push(part);
    }
    if !any {
        return None;
    }
    // "By A | Site": a short leftover beside a byline is the site's name; one before the
    // byline heads the line as its section ("PREP SPORTS | Published Nov. 27 | By A").
    for (at, part) in leftovers.into_iter().enumerate() {
        if byline_at.is_some_and(|b| at < b) && explicit_section_label(part) {
            found.section.get_or_insert_with(|| title_case(part.trim()));
            continue;
        }
        // "14 comments", "2.1k shares": a count of the page's reactions; "Issue #212".
        if COUNT.is_match(part) || (!words_over(part, 8) && ISSUE.is_match(part)) {
            continue;
        }
        // "Category: Basho reports", "Filed under: Serie A": the section.
        if let Some((label, value)) = part.split_once(':') {
            let label = normalise(label);
            if matches!(
                label.as_str(),
                "category" | "categories" | "section" | "filed under"
            ) && !value.trim().is_empty()
                && !words_over(value, 4)
            {
                found
                    .section
                    .get_or_insert_with(|| value.trim().to_string());
                continue;
            }
        }
        // "Priority: Standard", "Words: 640": a wire's other slug fields beside its date;
        // "Sports reporter · 5 Sep, 2027": the writer's job title, the byline on its own line.
        if found.published.is_some() && (labelled_field(part) || super::meta::is_job_title(part)) {
            continue;
        }
        if found.published.is_some()
            && normalise(part).split(' ').all(|w| {
                w.is_empty()
                    || ZONES.contains(&w)
                    || matches!(
                        w,
                        "am" | "pm" | "updated" | "last" | "modified" | "at" | "edited"
                    )
            })
        {
            // A bare time beside the date, the time of an update that day, a post's "Edited"
            // mark or its visibility icon ("Apr 11, 2027, 19:42 · Edited · 🌐").
            continue;
        }
        // "Published: 18 October 2026 | Last updated: 18 October 2026, 09:30 BST": the
        // update's own date beside the publication date.
        if found.published.is_some() && date_line(part).is_some_and(|(_, updated)| updated) {
            continue;
        }
        // "Mikael Lindroos | 26.11.2026 08:05": a person's name beside the header's date is its
        // byline without the "By".
        if found.authors.is_empty()
            && in_header
            && found.published.is_some()
            && !words_over(part, 4)
            && crate::clean::meta::looks_like_person_name(part)
            && part
                .split_whitespace()
                .next()
                .is_some_and(crate::extract::entities::is_given_name)
        {
            found.authors = vec![part.to_string()];
            continue;
        }
        // "THE COURIER-STAR   Monday, October 4, 2027": a paper's running head, its name in
        // capitals beside the date.
        let masthead = found.published.is_some()
            && in_header
            && !words_over(part, 4)
            && part.chars().any(char::is_alphabetic)
            && !part.chars().any(char::is_lowercase);
        if (found.authors.is_empty() && !masthead) || words_over(part, 4) {
            return None;
        }
        found.site.get_or_insert_with(|| part.to_string());
    }
    Some(found)
}

/// A section's label heading a byline line: one to three words, one of them a sport's or a
/// section's word (`sectionword` in `data/page_junk.tsv`), not a site's name ("Courtside
/// Australia · 12 May 2025 · By …").
fn explicit_section_label(part: &str) -> bool {
    !words_over(part, 3)
        && !part.contains(':')
        && normalise(part)
            .split(' ')
            .any(|w| JUNK.section_words.contains(w))
}

/// A line that is one social-network handle: "@hanne@quad.social", "@name.bsky.social", "@kmac".
fn is_handle(line: &str) -> bool {
    super::meta::user_handle(line.trim()).is_some()
}

/// A short "Label: value" field ("Priority: Standard", "Embargo: None", "Words: 640").
fn labelled_field(part: &str) -> bool {
    part.split_once(": ").is_some_and(|(label, value)| {
        !label.is_empty()
            && label.chars().all(|c| c.is_alphabetic() || c == ' ')
            && !words_over(label, 2)
            && !words_over(value, 3)
    })
}

/// Article prose that ends the page header: a real sentence (headlines end in no full stop).
/// `words` is `word_count(line)`.
fn is_body_prose(line: &str, words: usize) -> bool {
    // (A ticker of results set apart by bars is no prose: "SCORES: … drawn | … won by 7 wkts |".)
    // (The char test first: most lines have no bar, and `matches` sets up a searcher.)
    if line.contains('|') && line.matches(" | ").nth(1).is_some() {
        return false;
    }
    // (So is a strip of fixtures or results set apart by dots: "ROUND 9 RESULTS  GEEL 12.10 (82)
    // d STK 9.13 (67) · BL 15.8 (98) d GCS 9.9 (63) · …".)
    if (line.contains('·') && line.matches(" · ").nth(1).is_some())
        || (line.contains('•') && line.matches(" • ").nth(1).is_some())
    {
        return false;
    }
    let t = line.trim_end_matches([')', ']', ' ']);
    (words >= 8 && t.ends_with(['.', '…', '”', '"', '’', ':'])) || words >= 25
}

/// Cleans scraped text into a document: metadata from the header lines, a body of headline,
/// prose and captions, and nothing from the page around the article.
pub fn clean(text: &str) -> Doc {
    let text = normalise_text(text);
    let text = without_link_numbers(text);
    let lines: Vec<String> = logical_lines(&text)
        .into_iter()
        .flatten()
        .map(without_markdown_emphasis)
        .collect();
    let mut meta = ArticleMeta::default();
    let mut warnings = Vec::new();
    let mut updated_date = None;
    // The authors so far came after a "By": a later byline without one does not replace them,
    // and one with it replaces a guess ("Super Netball | Round 5" above "… · By Kirsty Mac").
    let authors_explicit = std::cell::Cell::new(false);
    let mut record_meta = |m: MetaLine, meta: &mut ArticleMeta, warnings: &mut Vec<String>| {
        if meta.authors.is_empty()
            || (m.explicit && !authors_explicit.get() && !m.authors.is_empty())
        {
            authors_explicit.set(m.explicit);
            meta.authors = m.authors;
        }
        if meta.site.is_none() {
            meta.site = m.site;
        }
        if meta.section.is_none() {
            meta.section = m.section;
        }
        if let Some(p) = m.published {
            if p.ambiguous {
                warnings.push("ambiguous numeric publication date: read as day first".to_string());
            }
            if m.updated {
                updated_date.get_or_insert(p);
            } else if meta.published.is_none() {
                meta.published = Some(p.iso());
            }
        }
    };

    // Each line's words counted once: most rules below ask for them, some several times.
    let words: Vec<usize> = lines.iter().map(|l| word_count(l)).collect();
    // Whether each line is junk, told on first asking: the lines past the article's end (its
    // trailing list of other stories, the page's footer) are never asked.
    let junk_cells: Vec<OnceCell<bool>> = vec![OnceCell::new(); lines.len()];
    let junk = |i: usize| *junk_cells[i].get_or_init(|| is_junk(&lines[i], words[i]));
    // The header runs up to the first line of real prose or the first captioned photo.
    // (A captioned photo between the headline and the byline does not end it: "Headline /
    // Photo caption (Photo: …) / By … / Published …".)
    let header_end = lines
        .iter()
        .enumerate()
        .position(|(i, l)| {
            // (Asked only of a line that is neither junk nor prose.)
            let caption = || strip_credit(l).is_some_and(|c| !c.is_empty());
            let byline_follows = || {
                (i + 1..lines.len())
                    .filter(|&n| !junk(n))
                    .take(2)
                    .any(|n| meta_line(&lines[n], words[n], true).is_some())
            };
            // (A profile's bio under its handle is no prose of the article: "Speedway
            // correspondent. Shale, sparks and statistics.")
            let bio = || i > 0 && is_handle(&lines[i - 1]);
            // (A standfirst between the headline and the byline or date line is still header:
            // "Chicago came back from 14 points down …" under the headline, over "By A and B".)
            let standfirst = || {
                let next = (i + 1..lines.len()).find(|&n| !junk(n));
                let above = (0..i).rev().find(|&n| !junk(n));
                (12..=45).contains(&words[i])
                    && !l.contains(['·', '|'])
                    && next.is_some_and(|n| meta_line(&lines[n], words[n], true).is_some())
                    && above.is_some_and(|a| {
                        words[a] > 3
                            && is_headline_shaped(&lines[a], words[a])
                            && !ends_sentence(&lines[a])
                            && !lines[a].contains(['·', '|', '['])
                    })
            };
            !junk(i)
                && ((is_body_prose(l, words[i]) && !standfirst())
                    || (caption() && !byline_follows()))
                && meta_line(l, words[i], true).is_none()
                && !bio()
        })
        .unwrap_or(lines.len());

    // Header: metadata lines, labels (site, section), the headline; the rest of it is body.
    let mut labels: Vec<(usize, String)> = Vec::new();
    let mut candidates: Vec<usize> = Vec::new();
    // Header lines that gave the publication date.
    let mut date_lines: Vec<usize> = Vec::new();
    // Header lines that gave a byline or a date.
    let mut meta_lines: Vec<usize> = Vec::new();
    for (i, line) in lines[..header_end].iter().enumerate() {
        if junk(i) {
            // A bare date ("2025-12-29") is all digits and symbols, which junk removal drops;
            // in the header it is the date line.
            // (So is a date and byline line set apart by dots or bars, which reads as a menu:
            // "April 18, 2027 · Text: Haruka Nishimura-Ellis · Photos: Kenta Obara".)
            if (line.len() <= 40 || has_nav_separator_or_gap(line))
                && line.bytes().any(|b| b.is_ascii_digit())
            {
                if let Some(m) = meta_line(line, words[i], true).filter(|m| m.published.is_some()) {
                    record_meta(m, &mut meta, &mut warnings);
                    date_lines.push(i);
                    continue;
                }
            }
            if let Some(section) = breadcrumb_section(line) {
                if (1..=3).contains(&words_past(&section, 3)) {
                    labels.push((i, section));
                }
            }
            continue;
        }
        if let Some(m) = meta_line(line, words[i], true) {
            if m.published.is_some() {
                date_lines.push(i);
            }
            meta_lines.push(i);
            record_meta(m, &mut meta, &mut warnings);
            continue;
        }
        // (A profile's handle and the bio under it are no headline.)
        if is_handle(line) || (i > 0 && is_handle(&lines[i - 1])) {
            continue;
        }
        candidates.push(i);
    }
    // "Cathal Breathnach" on a line of its own, right above or below the date line and below
    // the headline: the byline without its "By". The writer's job title may stand between
    // ("Football correspondent, at St James' Park"), and is no headline.
    if meta.authors.is_empty() {
        let headline = candidates
            .iter()
            .position(|&i| words[i] > 3 && is_headline_shaped(&lines[i], words[i]));
        let job_title_above_date = |i: usize| {
            i + 2 < lines.len()
                && date_lines.contains(&(i + 2))
                && crate::clean::meta::is_job_title(lines[i + 1].trim())
        };
        let byline = headline.and_then(|h| {
            (h + 1..candidates.len()).find(|&k| {
                let i = candidates[k];
                let beside_date = date_lines.contains(&(i + 1))
                    || date_lines.contains(&(i.wrapping_sub(1)))
                    || job_title_above_date(i);
                beside_date
                    && words[i] <= 4
                    && !ends_sentence(&lines[i])
                    && crate::clean::meta::looks_like_person_name(&lines[i])
            })
        });
        if let Some(k) = byline {
            let i = candidates[k];
            meta.authors = vec![lines[i].trim().to_string()];
            candidates.remove(k);
            if job_title_above_date(i) {
                candidates.retain(|&c| c != i + 1);
            }
        }
    }
    // A social post's author card: the display name over the handle ("Hanne Verbruggen-Lobo"
    // over "@hanne@quad.social").
    if meta.authors.is_empty() {
        let card = candidates.iter().position(|&i| {
            i + 1 < header_end
                && is_handle(&lines[i + 1])
                && words[i] <= 4
                && !ends_sentence(&lines[i])
                && crate::clean::meta::looks_like_person_name(lines[i].trim())
        });
        if let Some(k) = card {
            meta.authors = vec![lines[candidates[k]].trim().to_string()];
            candidates.remove(k);
        }
    }
    let headline_shaped = |i: usize| words[i] > 3 && is_headline_shaped(&lines[i], words[i]);
    let mut title_at = candidates
        .iter()
        .copied()
        .find(|&i| headline_shaped(i))
        .or_else(|| {
            candidates
                .iter()
                .copied()
                .rev()
                .find(|&i| words[i] > 1 && lines[i].chars().any(char::is_lowercase))
        });
    // (The first metadata line below a line: a masthead above may have read as a byline.)
    let meta_below = |t: usize| meta_lines.iter().copied().find(|&m| m > t);
    // A clean headline: no sentence, caption, standfirst (18 words or more), menu or notice.
    let clean_headline = |i: usize| {
        let line = lines[i].trim_end();
        headline_shaped(i)
            && !line.ends_with(['.', ']', ')', ':'])
            && words[i] <= 17
            && !line.contains(" | ")
            && !line.contains(['[', '·'])
            && strip_credit(line).is_none()
    };
    // (A headline and its deck of two clauses, one right under the other, both clean: the
    // upper one is the headline.)
    let over_deck = |mut i: usize, t: usize| {
        while lines[i].contains("; ") {
            let above = i.wrapping_sub(1);
            if above > t && candidates.contains(&above) && clean_headline(above) {
                i = above;
            } else {
                break;
            }
        }
        i
    };
    // A masthead: the page's first real line with a menu right under it ("The Sliotar &
    // Sideline" over "GAA | Football | Hurling"). When another headline-shaped line stands
    // further down, above the byline or date, that one is the headline.
    if let (Some(t), Some(first_meta)) = (title_at, title_at.and_then(meta_below)) {
        let masthead = (0..t).all(junk) && t + 1 < lines.len() && junk(t + 1);
        if masthead {
            // (Not a line of fields set apart by dots or bars: "Saved from bsky.app · Unrolled
            // … · 16 posts". A clean headline before a longer standfirst under it: "Cornell
            // survives Georgetown in overtime" over "Big Red let a three-goal lead slip …".)
            let later_of = |clean: bool| {
                candidates.iter().rev().find(|&&i| {
                    i > t
                        && i < first_meta
                        && headline_shaped(i)
                        && !lines[i].contains(['·', '|'])
                        && (!clean || clean_headline(i))
                })
            };
            if let Some(&later) = later_of(true).or_else(|| later_of(false)) {
                title_at = Some(over_deck(later, t));
            }
        }
    }
    // A masthead with nothing headline-shaped between it and the last date or byline line: a
    // post's own headline under its author card and time (a thread unrolled by a reader site,
    // a channel's post) is the headline.
    if let Some(t) = title_at {
        let masthead = (0..t).all(junk) && t + 1 < lines.len() && junk(t + 1);
        let last_meta = meta_lines.iter().chain(&date_lines).copied().max();
        if let Some(last_meta) = last_meta.filter(|&m| masthead && m > t) {
            let between = candidates
                .iter()
                .any(|&i| i > t && i < last_meta && clean_headline(i));
            if let Some(&below) = candidates
                .iter()
                .find(|&&i| i > last_meta && clean_headline(i))
                .filter(|_| !between)
            {
                title_at = Some(below);
            }
        }
    }
    // The headline stands right above the byline or date line, with at most a photo caption
    // or a standfirst between: the nearest headline-shaped line above the first of them that
    // is no sentence, caption, standfirst (18 words or more), menu or notice ("We value your
    // privacy. … [I accept]", a site's tagline, "CFL | Grey Cup" are all further up).
    // (Only when the first choice is no clean headline itself, or has a menu right under it
    // like a site's tagline: a deck under a clean headline stays the deck.)
    if let (Some(t), Some(first_meta)) = (title_at, title_at.and_then(meta_below)) {
        if !clean_headline(t) || (t + 1 < lines.len() && junk(t + 1)) {
            let near = candidates
                .iter()
                .rev()
                .copied()
                .find(|&i| i < first_meta && i > t && clean_headline(i));
            if let Some(i) = near {
                title_at = Some(over_deck(i, t));
            }
        }
    }
    let mut paragraphs: Vec<(ParagraphKind, String)> = Vec::new();
    for &i in &candidates {
        let line = &lines[i];
        match title_at {
            Some(t) if i == t => {
                meta.title = Some(line.clone());
                paragraphs.push((ParagraphKind::Headline, line.clone()));
            }
            Some(t) if i > t => match strip_credit(line) {
                // (A photo between the headline and the byline: its caption, without credit.)
                Some(caption) if !caption.is_empty() => {
                    paragraphs.push((ParagraphKind::Caption, caption.to_string()))
                }
                _ => paragraphs.push((ParagraphKind::Text, line.clone())),
            },
            _ if words[i] <= 4 && !ends_sentence(line) => {
                labels.push((i, crumb_tail(line).to_string()))
            }
            // Long lines above the headline are teasers and promos, not the article.
            _ => {}
        }
    }

    // The last line that opens as a byline, found once if a chat header asks: a chat export's
    // messages end the article only once no write-up is left below them.
    let last_byline_cell: OnceCell<Option<usize>> = OnceCell::new();
    let last_byline = || {
        *last_byline_cell.get_or_init(|| lines.iter().rposition(|l| super::meta::opens_byline(l)))
    };
    // Body: prose and captions until a trailing block of other stories.
    let mut seen_prose = false;
    for (n, (line, &line_words)) in lines[header_end..]
        .iter()
        .zip(&words[header_end..])
        .enumerate()
    {
        let next = header_end + n + 1;
        if seen_prose
            && (is_end_marker(line, line_words)
                || (chat_header(line) && last_byline().is_none_or(|b| b < next))
                || is_soft_end(line, line_words, &lines[next..], &words[next..]))
        {
            break;
        }
        if junk(header_end + n) {
            continue;
        }
        // A standfirst may sit between the headline and the byline: the first lines of the body
        // still read as header.
        if let Some(m) = meta_line(line, line_words, n < 3) {
            // A write-up posted below a page's chatter (a chat export, a channel's posts): the
            // first "By" byline of a page whose header named no one, right under a line shaped
            // like a clean headline, marks where the article starts; what stood above is the
            // page's own talk.
            if m.explicit
                && !m.authors.is_empty()
                && !authors_explicit.get()
                && super::meta::opens_byline(line)
            {
                if let Some((ParagraphKind::Text, above)) = paragraphs.last() {
                    let w = word_count(above);
                    if w > 3
                        && w <= 17
                        && is_headline_shaped(above, w)
                        && !above.trim_end().ends_with(['.', ':', ')', ']'])
                        && lines[header_end + n - 1] == *above
                    {
                        let headline = paragraphs.pop().map(|(_, l)| l).unwrap_or_default();
                        paragraphs.clear();
                        meta.title = Some(headline.clone());
                        paragraphs.push((ParagraphKind::Headline, headline));
                        seen_prose = false;
                    }
                }
            }
            record_meta(m, &mut meta, &mut warnings);
            continue;
        }
        if is_prose(line, line_words) {
            seen_prose = true;
        }
        match strip_credit(line) {
            Some(caption) if !caption.is_empty() => {
                paragraphs.push((ParagraphKind::Caption, caption.to_string()));
            }
            Some(_) => {}
            None => paragraphs.push((ParagraphKind::Text, line.clone())),
        }
    }
    if meta.published.is_none() {
        meta.published = updated_date.map(|p| p.iso());
    }
    // Labels: with two or more, the first names the site and the last the section.
    labels.sort();
    let labels: Vec<String> = labels.into_iter().map(|(_, l)| l).collect();
    // (A "Category:" field beside the date names the section already.)
    let named = meta.section.is_some();
    match labels.len() {
        0 => {}
        1 if named => {}
        1 => meta.section = Some(title_case(&labels[0])),
        _ => {
            if meta.site.is_none() {
                meta.site = Some(title_case(&labels[0]));
            }
            if !named {
                meta.section = labels.last().map(|l| title_case(l));
            }
        }
    }
    meta.language = Some("en".into());
    meta.title = meta.title.map(|t| without_pictographs(&t));
    let mut doc = build(paragraphs, meta);
    doc.warnings = warnings;
    doc
}

/// A title without the emoji a post opens or closes it with ("🏆 European Quadball Cup final",
/// "… the heat-by-heat thread 🧵"): symbols from the arrows block up (not CJK or full-width
/// punctuation), and the joiners and variation selectors emoji are built with.
fn without_pictographs(title: &str) -> String {
    let pictograph = |c: char| {
        let u = u32::from(c);
        c.is_whitespace()
            || matches!(c, '\u{200d}' | '\u{fe0f}')
            || (u >= 0x2190
                && !c.is_alphanumeric()
                && !(0x3000..=0x303f).contains(&u)
                && !(0xff00..=0xffef).contains(&u))
    };
    let trimmed = title.trim_matches(pictograph);
    if trimmed.is_empty() {
        title.trim().to_string()
    } else {
        trimmed.to_string()
    }
}

const ACRONYMS: [&str; 30] = [
    "NBA", "WNBA", "NFL", "MLB", "NHL", "MLS", "NWSL", "WSL", "UFC", "PGA", "LPGA", "ATP", "WTA",
    "NCAA", "IPL", "EFL", "SPL", "ODI", "GAA", "AFL", "NRL", "URC", "BBC", "ESPN", "UEFA", "FIFA",
    "WWE", "USA", "UK", "EU",
];

/// "FEATURES" → "Features"; mixed-case labels stay as written.
fn title_case(label: &str) -> String {
    if label.chars().any(|c| c.is_lowercase()) {
        return label.to_string();
    }
    let single = label.split_whitespace().count() == 1;
    label
        .split_whitespace()
        .map(|w| {
            // Acronyms stay in capitals (NBA, F1): a lone short label, a short word without a
            // vowel, or a known sports acronym.
            let vowel = w.chars().any(|c| "AEIOUY".contains(c));
            if (single && w.len() <= 4) || (w.len() <= 3 && !vowel) || ACRONYMS.contains(&w) {
                return w.to_string();
            }
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(|c| c.to_lowercase()))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Joins paragraphs with blank lines into the body and records their spans.
pub(crate) fn build(paragraphs: Vec<(ParagraphKind, String)>, meta: ArticleMeta) -> Doc {
    let mut body = String::new();
    let mut spans = Vec::with_capacity(paragraphs.len());
    for (kind, text) in paragraphs {
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        let start = body.len();
        body.push_str(&text);
        spans.push(Paragraph {
            span: Span::new(start, body.len()),
            kind,
        });
    }
    let anchor = meta.published_date();
    Doc {
        body,
        paragraphs: spans,
        meta,
        anchor,
        ..Doc::default()
    }
}

/// Clean body text taken as it is: no junk removal, no metadata. Paragraphs break at blank lines,
/// or at every line when the text has no blank lines.
pub fn plain(text: &str) -> Doc {
    let text = normalise_text(text);
    let has_blank = text.contains("\n\n");
    let mut paragraphs = Vec::new();
    let pieces: Vec<&str> = if has_blank {
        text.split("\n\n").collect()
    } else {
        text.split('\n').collect()
    };
    for piece in pieces {
        let piece = piece.trim();
        if !piece.is_empty() {
            paragraphs.push((ParagraphKind::Text, piece.to_string()));
        }
    }
    let meta = ArticleMeta {
        language: Some("en".into()),
        ..ArticleMeta::default()
    };
    build(paragraphs, meta)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body_of(text: &str) -> (Doc, Vec<String>) {
        let doc = clean(text);
        let paras = doc
            .paragraphs
            .iter()
            .map(|p| doc.text(p.span).to_string())
            .collect();
        (doc, paras)
    }

    #[test]
    fn link_numbers_of_a_text_browser_dump_are_dropped() {
        let dump =
            "[1]Skip [2]Home > [3]Sports > [4]Baseball\n\nby [5]Aya Koizumi\n[6][IMG]\nWon 7-3.";
        assert_eq!(
            without_link_numbers(dump.to_string()),
            "Skip Home > Sports > Baseball\n\nby Aya Koizumi\n\nWon 7-3."
        );
        // A footnote mark and a bracketed tiebreak stay; so do fewer than five markers.
        let notes = "The final.[1] Next [2] a [10-7] tiebreak [3]x [4]y [5]z";
        assert_eq!(without_link_numbers(notes.to_string()), notes);
    }

    #[test]
    fn normalise_text_matches_the_plain_definition() {
        let samples = [
            "a\r\nb\rc\td\u{A0}e\u{200B}f\u{2028}g\u{7}h’i\u{3000}j\u{FEFF}",
            "\r\r\n\n\u{AD}soft\u{2009}thin",
            "plain ascii only",
            "",
        ];
        for s in samples {
            assert_eq!(normalise_text(s), normalise_text_by_char(s), "{s:?}");
        }
    }

    #[test]
    fn nav_separators_are_found_by_their_bytes() {
        for c in NAV_SEPARATORS {
            assert!(has_nav_separator_or_gap(&format!("Home {c} News")), "{c}");
        }
        assert!(has_nav_separator_or_gap("Scores  Fixtures"));
        assert!(!has_nav_separator_or_gap("He said “no” – twice… ’90s"));
    }

    proptest::proptest! {
        #[test]
        fn word_count_is_the_whitespace_split(s in "\\PC*|[a ]{100,200}|[ \t\n\u{A0}\u{1680}\u{2009}\u{3000}a’]*") {
            let s = normalise_text(&s);
            let words = s.split_whitespace().count();
            proptest::prop_assert_eq!(words_past(&s, usize::MAX), words);
            proptest::prop_assert_eq!(word_count(&s) > 60, words > 60);
            proptest::prop_assert!(words > 60 || word_count(&s) == words);
        }

        #[test]
        fn normalise_text_agrees_on_any_text(s in "\\PC*|[\r\n\t a\u{A0}\u{200B}\u{2028}’\u{7}]*") {
            proptest::prop_assert_eq!(normalise_text(&s), normalise_text_by_char(&s));
        }
    }

    #[test]
    fn junk_lines() {
        for junk in [
            "Skip to Content",
            "ADVERTISEMENT",
            "Advertisement",
            "Share this article",
            "Follow us on X for the latest",
            "12 Comments",
            "Home | News | Scores | Transfers",
            "Continue reading below",
            "Sign up to our newsletter",
            "Photo: Getty Images",
            "• • •",
            "RELATED: Red Bull confirm floor upgrade for Baku after breakthrough",
            "Get the Red Sox newsletter: every pitch, every rumor. SIGN UP",
            "Scores   Schedule   Standings   Teams   Podcasts",
            "Subscribe   Log in",
            "We use cookies to give you the best experience. Accept all | Manage preferences",
            "You are here: Home / County Cricket / One-Day Cup",
            "Football > La Liga",
            "Basketball › EuroLeague",
            "Sign in | Subscribe for £1",
            "Subscribe from $1 a week. Already a subscriber? Log in",
            "[Facebook] [X] [Email] [Print]",
            "Share: [f] [x] [in] [✉]",
            "LIVE | NBL: Kings 98-91 Breakers (FT) | A-League: Wanderers 2-1 Victory (FT) | WNBL: Fire 77-70 Flames",
            "TODAY'S RESULTS ▸ Major F: Kerr/Ruiz d. Amat/Soto 6-7(4) 6-3 7-5 ▸ Open SF: Lenz/Moll d. Ortiz/Paz 6-2 6-4",
            // A wire portal's login line and slug fields.
            "You are logged in as: Subscriber 40921 (Regional Sport Desk)   [Log out]",
            "SLUG: NETBALL-FINAL (UPDATED, adds quotes)",
            "Keywords: netball, Super Netball, Swifts",
        ] {
            assert!(is_junk(junk, word_count(junk)), "{junk}");
        }
        for prose in [
            "Arsenal beat Chelsea 2-1 on Sunday.",
            "Share prices of the club rose after the takeover was confirmed on Friday morning.",
            "Home fans booed.",
            "Menu changes at the stadium were the least of their worries this season.",
            "18/06/2025 14:32 BST",
            "Celtics 112, Knicks 104",
            "Related to the case, the club said nothing about the fee or the terms.",
            "Results | Kings 98-91 Breakers | Wanderers 2-1 Victory.",
            "[Update] Kings lead 24-19 after the first quarter in Sydney",
            "6-4, 3-6, 7-6 (7-3)",
            "21-18 19-21 15-12",
        ] {
            assert!(!is_junk(prose, word_count(prose)), "{prose}");
        }
    }

    #[test]
    fn end_markers() {
        for end in [
            "Related Articles",
            "Most Read",
            "Recommended for you",
            "More from The Athletic",
            "You may also like",
            // A forum thread's comments start under its sort menu.
            "Sort by: Best",
            // A heading may end on a colon.
            "Trending now:",
        ] {
            assert!(is_end_marker(end, word_count(end)), "{end}");
        }
        let prose = "Related to the case, the club said nothing.";
        assert!(!is_end_marker(prose, word_count(prose)));
        // "Read more" ends the article only when no prose follows it.
        let soft_end = |line: &str, rest: &[&str]| {
            let lines: Vec<String> = rest.iter().map(|s| s.to_string()).collect();
            let words: Vec<usize> = rest.iter().map(|s| word_count(s)).collect();
            is_soft_end(line, word_count(line), &lines, &words)
        };
        assert!(soft_end(
            "Read more",
            &[
                "Liiga: Tappara extend lead at the top",
                "SHL table after round 41"
            ]
        ));
        assert!(!soft_end(
            "Read more",
            &["The visitors had the better of the second half, and the home side never looked like scoring again."]
        ));
        assert!(!soft_end("Read more about the new stadium plans", &[]));
        // A site, a date and a byline between separators are metadata, not a menu.
        assert!(!is_nav("Tideline Sport · 3 March 2025 · By Ana Kerr"));
        assert!(is_nav("Home · Netball · Cricket · Results"));
        assert!(is_nav("Home / Padel / Results"));
        // A slash with no space beside it joins names: a pairs result, not a menu.
        assert!(!is_nav("Castellví/Rinaldi d. Ibarrola/da Silva 6-1, 6-2"));
        assert!(is_nav("jmr/ah/dj"));
        assert!(is_nav(
            "ICE EXPRESS  ::  Liiga  ::  SHL  ::  NHL  ::  Betting"
        ));
    }

    #[test]
    fn captions_lose_their_credit() {
        let cases = [
            (
                "Gasperini has called time (Photo by Marco Luzzani/Getty Images)",
                "Gasperini has called time",
            ),
            (
                "Judge celebrates his homer in the ninth. (AP Photo/Frank Lee)",
                "Judge celebrates his homer in the ninth.",
            ),
            (
                "Kane scores the opener. Photograph: Tom Jenkins/The Guardian",
                "Kane scores the opener.",
            ),
            ("Salah at Anfield (Getty Images)", "Salah at Anfield"),
        ];
        for (line, want) in cases {
            assert_eq!(strip_credit(line), Some(want), "{line}");
        }
        assert_eq!(
            strip_credit("He played for Roma (2015-2019) and Lazio."),
            None
        );
        assert_eq!(
            strip_credit("The club (founded in 1907) is based in Bergamo."),
            None
        );
    }

    #[test]
    fn header_shape() {
        let (doc, paras) = body_of(
            "Skip to Content\nFEATURES\n\nBig Win for the Underdogs in Cup Thriller\n\nBy Ann Lee and Bo Park\n\nPublished on: June 5, 2025\n\nThe underdogs won the cup on Saturday with a late goal from their captain.\n\nAdvertisement\n\nIt was their first trophy since 1987, and the town partied all night long.\n\nRelated Articles\n\nAnother story about something else entirely happening today\n",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Big Win for the Underdogs in Cup Thriller")
        );
        assert_eq!(doc.meta.authors, ["Ann Lee", "Bo Park"]);
        assert_eq!(doc.meta.published.as_deref(), Some("2025-06-05"));
        assert_eq!(doc.meta.section.as_deref(), Some("Features"));
        assert_eq!(paras.len(), 3);
        assert_eq!(doc.paragraphs[0].kind, ParagraphKind::Headline);
        assert!(paras[2].starts_with("It was their first"));
    }

    #[test]
    fn bare_date_and_name_lines_in_the_header() {
        let (doc, paras) = body_of("SPORT DAILY\nTaranaki Sink Canterbury in the Final Over\n\nMaia Rautahi\n2025-12-29\n\nTaranaki beat Canterbury by three wickets in the last over at Pukekura Park on Sunday.\n");
        assert_eq!(doc.meta.authors, ["Maia Rautahi"]);
        assert_eq!(doc.meta.published.as_deref(), Some("2025-12-29"));
        assert_eq!(paras.len(), 2);
        // The time of an update beside the date is part of the date line.
        let (doc, paras) = body_of("Taranaki Sink Canterbury in the Final Over\n\nBy Maia Rautahi\nMonday 29 December 2025, 08:40 GMT | Updated 09:15 GMT\n\nTaranaki beat Canterbury by three wickets in the last over at Pukekura Park on Sunday.\n");
        assert_eq!(
            doc.meta.published.as_deref(),
            Some("2025-12-29T08:40:00+00:00")
        );
        assert_eq!(paras.len(), 2);
        // … and so is an update's own date.
        let (doc, _) = body_of("Taranaki Sink Canterbury in the Final Over\n\nInterview by Maia Rautahi\nPublished: 29 December 2025 | Last updated: 29 December 2025, 09:15 GMT\n\nTaranaki beat Canterbury by three wickets in the last over at Pukekura Park on Sunday.\n");
        assert_eq!(doc.meta.published.as_deref(), Some("2025-12-29"));
        assert_eq!(doc.meta.authors, ["Maia Rautahi"]);
        // A wire's slug fields apart by wide gaps: the filing time is the date, the rest goes.
        let (doc, paras) = body_of("Taranaki Sink Canterbury in the Final Over\n\nPriority: Standard   Words: 640   Filed: 29 Dec 2025 18:47 GMT   Embargo: None\n\nTaranaki beat Canterbury by three wickets in the last over at Pukekura Park on Sunday.\n");
        assert_eq!(
            doc.meta.published.as_deref(),
            Some("2025-12-29T18:47:00+00:00")
        );
        assert_eq!(paras.len(), 2);
        // A mobile page: the audio player's and the reading time's lines are junk, the
        // writer's job title beside the date is no site, and the name above is the byline.
        let (doc, paras) = body_of("Listen · 5 min\nShare ▸ Facebook · X · WhatsApp · Copy link\n\nTaranaki Sink Canterbury in the Final Over\n\nMaia Rautahi\nSports reporter · 29 Dec, 2025 08:30 AM\n3 mins to read\n\nTaranaki beat Canterbury by three wickets in the last over at Pukekura Park on Sunday.\n");
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Taranaki Sink Canterbury in the Final Over")
        );
        assert_eq!(doc.meta.published.as_deref(), Some("2025-12-29T08:30:00"));
        assert_eq!(doc.meta.authors, ["Maia Rautahi"]);
        assert_eq!(paras.len(), 2);
        // Without a date line beside it, a name-shaped line stays where it is.
        let (doc, _) = body_of("Taranaki Sink Canterbury in the Final Over\n\nMaia Rautahi\n\nTaranaki beat Canterbury by three wickets in the last over at Pukekura Park on Sunday.\n");
        assert!(doc.meta.authors.is_empty());
    }

    #[test]
    fn clean_text_without_junk() {
        let (doc, paras) = body_of("Lakers Rally Past Celtics\n\nLeBron James scored 30 points as the Lakers beat the Celtics 110-104 on Tuesday night.\n");
        assert_eq!(doc.meta.title.as_deref(), Some("Lakers Rally Past Celtics"));
        assert_eq!(paras.len(), 2);
    }

    /// A blog's masthead tagline names its writer; a date line set apart by dots reads as a
    /// menu yet gives the date and byline; "Category:" names the section, "14 comments" is no
    /// site; a translation notice above the headline is junk; a breadcrumb's last item that is
    /// the kind of story gives way to the one before.
    #[test]
    fn blog_and_translated_page_headers() {
        let (doc, _) = body_of(
            "MAWASHI NOTES — a sumo blog by Keiko Brandt-Mori
Home | Banzuke | Reports

Posted on July 26, 2027 · Category: Basho reports · 14 comments

Tanaka wins Osaka playoff to claim first cup

Well. I have been writing this blog for eleven years and I am not sure I have seen a day like it.",
        );
        assert_eq!(doc.meta.authors, vec!["Keiko Brandt-Mori".to_string()]);
        assert_eq!(doc.meta.published.as_deref(), Some("2027-07-26"));
        assert_eq!(doc.meta.section.as_deref(), Some("Basho reports"));
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Tanaka wins Osaka playoff to claim first cup")
        );
        let (doc, paras) = body_of(
            "SAITAMA FOOTBALL NET — English edition
Top > J1 League > Match reports

This article was machine-assisted and edited from the Japanese original. Names follow Hepburn romanization.

Reds snatch derby with stoppage-time double

April 18, 2027 · Text: Haruka Ellis-Mori · Photos: Kenta Obara

The derby at Saitama Stadium on Saturday ended in a 2-1 victory for the Reds over Omiya.",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Reds snatch derby with stoppage-time double")
        );
        assert_eq!(doc.meta.authors, vec!["Haruka Ellis-Mori".to_string()]);
        // (A breadcrumb ending on the kind of story names the item before it.)
        assert_eq!(doc.meta.section.as_deref(), Some("J1 League"));
        assert_eq!(doc.meta.published.as_deref(), Some("2027-04-18"));
        assert!(paras.iter().all(|p| !p.contains("machine")));
        // (So does a round or stage of the competition.)
        let (doc, _) = body_of(
            "AFL > Round 22 > Match report

Magpies hold their nerve to edge Blues by seven points

Collingwood beat Carlton by seven points at the MCG on Saturday night in front of 88,000 fans.",
        );
        assert_eq!(doc.meta.section.as_deref(), Some("AFL"));
    }

    /// An e-mail newsletter's header: the browser link, the issue line with its date, the
    /// sponsor, the numbered contents; a machine translator's bar; a photographer's credit
    /// beside the writer.
    /// A newspaper page turned to text: a running head (the paper's name beside the date), a
    /// narrow column wrapped unevenly, each paragraph opened by an indent, a score broken over
    /// two lines.
    #[test]
    fn a_narrow_indented_column_is_one_paragraph_a_paragraph() {
        let (doc, paras) = body_of(
            "THE VALLEY ECHO                                        Sunday, May 9, 2027

Hawks hold on to
edge Rovers

By TAMSIN OYELARAN-PRICE

   HAWKS held their nerve in the
last quarter to beat Rovers at
the Showgrounds on Saturday,
and went into the main break in
front, 4.3
(27) to 3.2 (20).
   Rovers coach Dale Whitcombe
said his side had run out of legs
late in the game after a long trip.
   The win keeps Hawks in the top
four with three rounds to play,
and their captain was pleased.
   \"We knew it would be tight,\" she
said after the siren had gone.
   Hawks host the Magpies at the
Showgrounds next Saturday night.
",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Hawks hold on to edge Rovers")
        );
        assert_eq!(doc.meta.published.as_deref(), Some("2027-05-09"));
        assert_eq!(doc.meta.site.as_deref(), Some("THE VALLEY ECHO"));
        assert!(
            paras.iter().any(|p| p.starts_with("HAWKS held their nerve")
                && p.ends_with("in front, 4.3 (27) to 3.2 (20).")),
            "{paras:?}"
        );
        assert!(
            paras
                .iter()
                .any(|p| p.starts_with("Rovers coach") && p.ends_with("a long trip.")),
            "{paras:?}"
        );
    }

    #[test]
    fn a_write_up_posted_below_a_chat_starts_at_its_headline() {
        let (doc, paras) = body_of(
            "Netball Chat — channel export
Channel: #results

[12/06/2027 21:40] scorebot (BOT)
Full time posted to #scores: THUNDER 58 – FIREBIRDS 55. Congratulations to everyone who came along to the arena tonight.

[13/06/2027 08:02] mod_jo (Moderator)
Pinned our write-up below. Keep the hot takes for the general thread, please, and no spoilers for the replay.

**Thunderbirds edge Firebirds in a tense semi-final**
By Carys Oduya-Price | 13 June 2027 | Match reports

The Thunderbirds beat the Firebirds 58-55 in the semi-final on Saturday night, after trailing by four at the last break.

[13/06/2027 09:15] netfan_22
Great read. They also won 61-50 in the round robin, worth a mention?",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Thunderbirds edge Firebirds in a tense semi-final")
        );
        assert_eq!(doc.meta.authors, vec!["Carys Oduya-Price".to_string()]);
        assert_eq!(doc.meta.published.as_deref(), Some("2027-06-13"));
        assert!(
            paras.iter().all(|p| !p.contains("Pinned")
                && !p.contains("THUNDER 58")
                && !p.contains("61-50")),
            "{paras:?}"
        );
    }

    /// A standfirst between the headline and the byline keeps the header open, so an app's
    /// masthead with its [Follow] button is not the headline.
    #[test]
    fn a_standfirst_between_headline_and_byline() {
        let (doc, paras) = body_of(
            "THE HARBOUR GAZETTE                [Follow]

NBA

Celtics hold off Knicks late to win 104-99 at the Garden

Boston led by 21 in the third quarter and had to survive a late New York run before Jaylen Cole sealed it at the line with nine seconds left

By Rosa Lindqvist and Omar Haddad
Nov 14, 2027 at 10:41 PM

NEW YORK - The Boston Celtics beat the New York Knicks 104-99 on Sunday night, after a fourth-quarter comeback that came up one stop short.",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Celtics hold off Knicks late to win 104-99 at the Garden")
        );
        assert_eq!(
            doc.meta.authors,
            vec!["Rosa Lindqvist".to_string(), "Omar Haddad".to_string()]
        );
        assert!(paras.iter().any(|p| p.contains("comeback")), "{paras:?}");
    }

    /// A consent notice of a paragraph's length is page furniture, not the story's first prose.
    #[test]
    fn a_long_consent_notice_is_no_prose() {
        let (doc, paras) = body_of(
            "The Dales Gazette
News | Sport | Jobs

We and our 180 partners use cookies and similar technologies to store and access information on your device, to show you personalised advertising and to measure audience. You can change your choices at any time by clicking on the privacy settings link at the foot of any page.

Harriers edge Rovers in five-goal thriller at the Moor

By Ellen Dacre
14:10, 3 SEP 2027

Harriers beat Rovers 3-2 at the Moor on Saturday, the winner coming from a corner in the last minute of normal time.",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Harriers edge Rovers in five-goal thriller at the Moor")
        );
        assert!(paras.iter().all(|p| !p.contains("cookies")), "{paras:?}");
    }

    /// A social thread: the author card (display name over handle, bio under it) names the
    /// author, the post's time line with its "Edited" mark and icon dates it, and the first
    /// post's own line is the headline, without its emoji.
    #[test]
    fn a_social_thread_under_a_reader_masthead() {
        let (doc, paras) = body_of(
            "Unrolled — threads worth reading
Home | Popular | Log in

Priya Raman-Holt
@priya@pitch.social
Netball writer. Opinions mine.

Mar 3, 2027, 21:05 · Edited · 🌐
🏆 Fast5 final: Wellington Pulse 31-28 Auckland Stars

The Pulse are champions again after a tense final in Christchurch on Sunday night, the Stars having led by three at half-time. 1/6",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Fast5 final: Wellington Pulse 31-28 Auckland Stars")
        );
        assert_eq!(doc.meta.authors, vec!["Priya Raman-Holt".to_string()]);
        assert_eq!(doc.meta.published.as_deref(), Some("2027-03-03T21:05:00"));
        assert!(
            paras.iter().all(|p| !p.contains("Opinions mine")),
            "{paras:?}"
        );
    }

    /// WhatsApp writes each message on its header's line; a write-up pasted into one is the
    /// article, its "SECTION | Published … | By A and B, Paper" line read part by part.
    #[test]
    fn a_write_up_pasted_into_a_whatsapp_chat() {
        let (doc, paras) = body_of(
            "[03/09/27, 18:02:11] Messages and calls are end-to-end encrypted. Only people in this chat can read them.
[03/09/27, 19:40:05] Priya: 2-0 down at the break, not looking good
[03/09/27, 21:05:44] Sam: 3-2!!! what a comeback
[04/09/27, 08:12:30] Ollie: Here's the Gazette report, pasting it because of the paywall:

Harbour Town complete comeback to beat Millbrook 3-2
LOCAL SPORT | Published Sep. 4, 2027 | By Nia Osei and Tom Varga, Westfield Gazette

Harbour Town came from two goals down at half-time to beat Millbrook 3-2 on Friday night and reach the county cup final for the first time.

The winner arrived in stoppage time, when Callum Reyes headed in a corner at the back post.
[04/09/27, 08:30:02] Priya: great read",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Harbour Town complete comeback to beat Millbrook 3-2")
        );
        assert_eq!(
            doc.meta.authors,
            vec!["Nia Osei".to_string(), "Tom Varga".to_string()]
        );
        assert_eq!(doc.meta.published.as_deref(), Some("2027-09-04"));
        assert_eq!(doc.meta.section.as_deref(), Some("Local Sport"));
        assert!(
            paras.iter().any(|p| p.contains("stoppage time"))
                && paras
                    .iter()
                    .all(|p| !p.contains("encrypted") && !p.contains("great read")),
            "{paras:?}"
        );
    }

    #[test]
    fn newsletter_and_translator_headers() {
        let (doc, paras) = body_of(
            "View this email in your browser | Forward to a friend

THE BASELINE BRIEF
Tennis, every Monday. Issue #48 · Monday, May 3, 2027

Presented by ACME STRINGS — use code BRIEF10 for 10% off.

IN THIS ISSUE
1. Nakamura takes the Madrid title
2. Quick hits from the doubles

Nakamura takes the Madrid title in three sets

Words: Dana Okoro-Blum

Hiro Nakamura won the Madrid Open on Sunday, beating the top seed in three sets on the clay.",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Nakamura takes the Madrid title in three sets")
        );
        assert_eq!(doc.meta.authors, vec!["Dana Okoro-Blum".to_string()]);
        assert_eq!(doc.meta.published.as_deref(), Some("2027-05-03"));
        assert!(paras
            .iter()
            .all(|p| !p.contains("browser") && !p.contains("use code")));
        let (doc, paras) = body_of(
            "Google Translate
This page has been translated from: Finnish   Show original   Options
Translate to: English

Hockey

Kärpät level the series with a late winner

Text: Aino Lahti-Berg   Photo: Mikko Salo
Published 10 apr 2027 07:42

Kärpät beat Tappara 3–2 on Friday evening and the final series is level at 2–2.",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Kärpät level the series with a late winner")
        );
        assert_eq!(doc.meta.authors, vec!["Aino Lahti-Berg".to_string()]);
        assert!(paras.iter().all(|p| !p.contains("translated")));
    }

    #[test]
    fn masthead_over_a_menu_is_not_the_headline() {
        // A four-word site name with a menu under it; the headline stands above the byline.
        let (doc, _) = body_of(
            "Pitch & Paddock Weekly
Home | Racing | Rugby | Cricket | Podcasts

RUGBY

Harlequins Hold Off Saracens in Six-Try Thriller

By Jo Park
12 March 2026 21:05

Harlequins beat Saracens 31-28 at the Stoop on Saturday.",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Harlequins Hold Off Saracens in Six-Try Thriller")
        );
        assert_eq!(doc.meta.section.as_deref(), Some("Rugby"));
        // Without a menu under it, the first headline-shaped line stays the headline (a kicker
        // line further down is not preferred).
        let (doc, _) = body_of(
            "Harlequins Hold Off Saracens in Six-Try Thriller

A Late Try Decides It at the Stoop

By Jo Park
12 March 2026 21:05

Harlequins beat Saracens 31-28 at the Stoop on Saturday.",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Harlequins Hold Off Saracens in Six-Try Thriller")
        );
    }

    #[test]
    fn byline_over_the_writers_job_title_and_where_they_filed_from() {
        // The name, then the job title with the ground, then the date: the name is the byline,
        // and the job title is no headline.
        let (doc, _) = body_of(
            "Football > Premier League

Hartlepool 0-2 Gateshead: Okoro double settles it

Sam Pryce
Football correspondent, at Victoria Park
Sat 4 Nov 2028 20.14 GMT

Gateshead won 2-0 at Victoria Park on Saturday.",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Hartlepool 0-2 Gateshead: Okoro double settles it")
        );
        assert_eq!(doc.meta.authors, vec!["Sam Pryce".to_string()]);
    }

    #[test]
    fn headline_above_the_byline_over_a_notice_or_a_tagline() {
        // A consent notice (bracketed buttons) and a site's tagline over its menu are no
        // headlines: the clean headline-shaped line nearest above the byline is, past a caption.
        let (doc, _) = body_of(
            "Skip to main content
We value your privacy. We and our partners store information on your device. [I accept]

MLS Cup Playoffs | Round One

Crew hold nerve in shoot-out to force Game 3

By Dana Whitlock
Published 23:10 EST, 2 November 2026

Columbus Crew beat FC Cincinnati 4-2 on penalties.",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Crew hold nerve in shoot-out to force Game 3")
        );
        let (doc, _) = body_of(
            "LONG ROOM
Cricket news, scores and opinion
Live scores | Tests | ODIs | T20Is | Domestic

Gunawardene's five-for squares the series at the Basin Reserve

Lahiru Gunawardene is mobbed by team-mates. Photo: Marty Holloway / Long Room Images

By Aroha Tane
Published 06:32 GMT, 23 November 2026

Sri Lanka won by 39 runs to level the series.",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Gunawardene's five-for squares the series at the Basin Reserve")
        );
    }

    #[test]
    fn no_headline_when_first_line_is_prose() {
        let (doc, paras) = body_of("LeBron James scored 30 points as the Lakers beat the Celtics 110-104 on Tuesday night.\nThe win was their fifth in a row.");
        assert_eq!(doc.meta.title, None);
        assert_eq!(paras.len(), 2);
    }

    #[test]
    fn bar_breadcrumb_names_its_last_item() {
        let (doc, _) = body_of("Sports | Golf\n\nPersaud Edges Lindqvist by One in the Desert\n\nBy Jo Park\n\nS. A. Persaud holed a 12-foot putt on the last green on Sunday to win by a shot.");
        assert_eq!(doc.meta.section.as_deref(), Some("Golf"));
        assert_eq!(crumb_tail("Sports | Golf"), "Golf");
        assert_eq!(
            crumb_tail("Home | News | Golf | Video | Shop"),
            "Home | News | Golf | Video | Shop"
        );
        assert_eq!(crumb_tail("Golf"), "Golf");
        assert_eq!(crumb_tail("Liiga / Round-up"), "Liiga");
        assert_eq!(crumb_tail("Football | Match report"), "Football");
    }

    #[test]
    fn site_name_before_navigation() {
        let (doc, _) = body_of("PUCK REPORT\nMenu\nSign in\nNHL\nOilers Edge Flames in Shootout Classic\nBy Jo Park | Puck Report\nSunday, January 11, 2026\nThe Oilers beat the Flames 4-3 in a shootout on Saturday night in Edmonton.");
        assert_eq!(doc.meta.site.as_deref(), Some("Puck Report"));
        assert_eq!(doc.meta.section.as_deref(), Some("NHL"));
        assert_eq!(doc.meta.authors, ["Jo Park"]);
        assert_eq!(doc.meta.published.as_deref(), Some("2026-01-11"));
    }

    #[test]
    fn hard_wrapped_paragraphs_join() {
        let (_, paras) = body_of("Cup Final Report\n\nThe underdogs won the cup on Saturday with a late goal from\ntheir captain, who had been injured for most of the season.\n");
        assert_eq!(paras.len(), 2);
        assert!(paras[1].contains("from their captain"));
    }

    #[test]
    fn hard_wrapped_lines_join_whatever_the_next_line_starts_with() {
        let text = "Rovers Snatch Late Winner\n\nBy Jo Park\n\n\
The visitors had the better of the first half and deserved their lead when\n\
Marcus Obi headed in from a corner after 27 minutes, but the home side came\n\
back strongly after the break and equalised through their captain on the\n\
hour. The winner arrived in stoppage time from the substitute.\n\n\
Manager Dan Cole said his players had shown great character throughout a\n\
difficult afternoon, and he praised the travelling supporters who had made\n\
the long trip north on a cold and wet Saturday in the middle of winter.\n\n\
The result lifts Rovers to fifth in the table, two points off the play-off\n\
places, with a home game against the leaders to come next weekend at the\n\
Old Mill ground.\n";
        let (doc, paras) = body_of(text);
        assert_eq!(paras.len(), 4, "{paras:?}");
        assert!(
            paras[1].contains("lead when Marcus Obi headed"),
            "{paras:?}"
        );
        assert!(paras[2].starts_with("Manager Dan Cole said"), "{paras:?}");
        assert_eq!(doc.meta.authors, ["Jo Park"]);
        // Not wrapped: lines of every length, each its own paragraph.
        let (_, paras) = body_of("Late Goal Settles the Derby\n\nFirst paragraph of the story ends here.\nSecond one.\nA third paragraph that is a good deal longer than the others are.\n");
        assert_eq!(paras.len(), 4, "{paras:?}");
    }

    /// An e-paper page opens its paragraphs with an indent right under the one before, and its
    /// typesetting breaks words at the lines' ends.
    #[test]
    fn indented_paragraphs_and_broken_words_of_an_e_paper() {
        let text = "SPORT | RUGBY LEAGUE\n\nMAROONS SEAL SERIES IN\nSUNCORP THRILLER\n\n\
QUEENSLAND have wrapped up the State of Origin series with a\n\
game to spare, holding off a desperate late surge from New South\n\
Wales to win 22-18 in front of 52,311 at Suncorp Stadium last\n\
night.\n\
  The Maroons led 12-6 at half-time and were 18-6 clear early in\n\
the second half before the Blues hit back with tries to Reuben\n\
O'Halloran and Josh Ah-Kuoi to close the gap with nine minutes.\n\
  It took a solo effort from Queensland halfback Kalani Tuima-\n\
vave-Ropati, who stepped through two defenders from 35 metres\n\
out in the 74th minute, to settle a game that swung wildly.\n\
  Queensland won Game I 20-14 at Accor Stadium three weeks ago,\n\
and now lead the series 2-0 heading into the dead rubber.\n";
        let (_, paras) = body_of(text);
        assert!(
            paras
                .iter()
                .any(|p| p.contains("from New South Wales to win")),
            "{paras:?}"
        );
        assert!(
            paras.iter().any(|p| p.starts_with("The Maroons led")),
            "{paras:?}"
        );
        assert!(
            paras
                .iter()
                .any(|p| p.contains("Kalani Tuimavave-Ropati, who")),
            "{paras:?}"
        );
    }

    #[test]
    fn rules_and_figure_rows_do_not_hide_the_wrap_width() {
        // Rules of dashes wider than the prose would set the width above the prose lines'.
        let rule = "-".repeat(80);
        let text = format!(
            "SKATE NEWS  ::  Liiga  ::  SHL  ::  KHL  ::  NHL  ::  Juniors  ::  Betting now\n{rule}\n\
Cookies: we use cookies for statistics and marketing purposes. OK | Settings\n{rule}\n\n\
Rovers Snatch Late Winner\n\n\
The visitors had the better of the first half and deserved their lead, and\n\
Marcus Obi headed in from a corner after 27 minutes, but the home side came\n\
back strongly after the break and equalised through their captain on the\n\
hour. The winner arrived in stoppage time from the substitute, Jan\n\
Kowalczyk-Reyes, who had come on five minutes earlier.\n\n\
Manager Dan Cole said his players had shown great character throughout a\n\
difficult afternoon, and he praised the travelling supporters who had made\n\
the long trip north on a cold and wet Saturday in the middle of winter.\n"
        );
        let (_, paras) = body_of(&text);
        assert!(
            paras
                .iter()
                .any(|p| p.contains("the substitute, Jan Kowalczyk-Reyes, who")),
            "{paras:?}"
        );
        assert!(
            paras.iter().any(|p| p.starts_with("Manager Dan Cole")),
            "{paras:?}"
        );
    }

    #[test]
    fn section_headings_and_ladders_end_the_article_when_no_prose_follows() {
        let (_, paras) = body_of(
            "Kings Hang On in Overtime\n\nThe Kings beat United 99-96 in overtime on Saturday night in Sydney.\n\nMORE NBL\n\n> Wildcats 101-87 Bullets: Perth cruise\n\nLADDER\n\n1. Perth Wildcats 9-2\n\n2. Melbourne United 8-4\n",
        );
        assert_eq!(
            paras.last().map(String::as_str),
            Some("The Kings beat United 99-96 in overtime on Saturday night in Sydney."),
            "{paras:?}"
        );
        // Prose after it: a heading inside the story, kept.
        let (_, paras) = body_of(
            "Kings Hang On in Overtime\n\nThe Kings beat United 99-96 in overtime on Saturday night in Sydney.\n\nLADDER\n\nThe win lifts the Kings to fourth on the ladder, two games behind the leaders in Perth.\n",
        );
        assert!(
            paras.iter().any(|p| p.starts_with("The win lifts")),
            "{paras:?}"
        );
    }

    #[test]
    fn plain_keeps_everything() {
        let doc = plain("Share this article\n\nArsenal won.");
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.meta.title, None);
    }

    #[test]
    fn a_masthead_a_label_and_a_ticker_give_way_to_the_headline_over_its_deck() {
        let page = "THE DART BOARD — darts, every leg\n\
            Home | PDC | WDF | Podcast\n\n\
            SCORES: Round 3 — Smith 4-1 Jones | Brown 4-3 Green | Black 4-0 White | Grey 4-2 Stone\n\n\
            PDC World Championship | Round 3\n\n\
            Okafor survives Lindqvist fightback to reach the last 16\n\n\
            The Nigerian misses six match darts; Lindqvist wins four legs in a row\n\n\
            Written by Mara Quinn-Howell\n\
            Sunday 28 December 2026\n\n\
            Tunde Okafor reached the last 16 of the world championship on Sunday night, beating \
            Bo Lindqvist 4-3 in a match that lasted almost two hours at the Alexandra Palace.\n";
        let (doc, _) = body_of(page);
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Okafor survives Lindqvist fightback to reach the last 16")
        );
        assert_eq!(doc.meta.authors, ["Mara Quinn-Howell"]);
        assert_eq!(doc.meta.published.as_deref(), Some("2026-12-28"));
    }

    #[test]
    fn strips_of_scores_and_fixtures_without_dashes_and_account_links_are_junk() {
        assert!(is_ticker(
            "ROUND 9 RESULTS  GEEL 12.10 (82) d STK 9.13 (67) · BL 15.8 (98) d GCS 9.9 (63) · \
             RICH 8.12 (60) d NM 7.11 (53)"
        ));
        assert!(is_ticker(
            "NHL SCORES  FINAL OTT 3 BUF 0 · FINAL/OT MTL 4 TOR 3 · FINAL BOS 2 DET 5 · 10:00 PM \
             EDM @ VAN"
        ));
        assert!(is_ticker(
            "ROUND 10 FIXTURE  Thu 7.30pm CARL v COLL (MCG) · Fri 7.40pm ESS v SYD (Marvel) · \
             Sat 1.45pm GEEL v HAW (GMHBA)"
        ));
        // (A byline and date line set apart by dots is no strip.)
        assert!(!is_ticker("By Sam Lee · 5 Sep, 2027 08:30 AM · 4 min read"));
        assert!(is_junk("Log in | Join", word_count("Log in | Join")));
    }

    #[test]
    fn a_clean_headline_under_a_masthead_wins_over_the_longer_standfirst_below_it() {
        let page = "The Upper Lakeside Courier\n\
            News | Sports | Opinion | Obituaries\n\n\
            SCORES: Yankees 5, Blue Jays 3 · Mets 2, Phillies 7 · Cornell 12, Georgetown 11 (OT)\n\n\
            Cornell survives Georgetown in overtime\n\n\
            Big Red let a three-goal lead slip in the fourth quarter, but a sudden-victory goal \
            sends them to championship weekend\n\n\
            Dana Whitcomb\n\
            Lakeside Courier\n\
            Published 12:41 a.m. ET May 21, 2028\n\n\
            Cornell beat Georgetown 12-11 in overtime on Saturday night to reach the final four of \
            the national championship for the first time in six seasons.\n";
        let (doc, _) = body_of(page);
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Cornell survives Georgetown in overtime")
        );
    }
}
