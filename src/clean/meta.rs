//! Metadata parsing shared by text and HTML cleanup: publication dates in every common form, and
//! bylines ("By A and B", "A, Chief Football Writer", "A | Site").

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate, Weekday};
use memchr::{memchr, memchr2, memchr2_iter, memmem};
use regex::Regex;

/// Month names and abbreviations to month numbers.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    let m = match w.as_str() {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    };
    Some(m)
}

/// Full weekday names, lower case.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A full weekday name in any case ("Monday"); abbreviations are left to the caller ("Sun" is
/// also a surname).
pub fn is_weekday(word: &str) -> bool {
    WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

const MONTH: &str = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

static ISO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?")
        .expect("static regex")
});
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
    ))
    .expect("static regex")
});
static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH}),?\s+(\d{{4}})\b"
    ))
    .expect("static regex")
});
static NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b").expect("static regex"));
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(\d{1,2})[:.](\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?(?:\s*\(?\b(GMT|UTC|BST|CET|CEST|EET|EEST|WET|WEST|IST|AEST|AEDT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|JST|KST|Z)\b\)?)?(?:\s*([+-]\d{2}:?\d{2}))?",
    )
    .expect("static regex")
});

/// A publication date as found: the date, and the time with its UTC offset when given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Published {
    pub date: NaiveDate,
    /// `HH:MM:SS`
    pub time: Option<String>,
    /// `+01:00`; `None` when the page gives a time without zone.
    pub offset: Option<String>,
    /// The numeric form was ambiguous (05/06/2025) and day-first was assumed.
    pub ambiguous: bool,
}

impl Published {
    /// ISO 8601: the date, or the date and time with offset when known.
    pub fn iso(&self) -> String {
        let date = self.date.format("%Y-%m-%d").to_string();
        match (&self.time, &self.offset) {
            (Some(t), Some(o)) => format!("{date}T{t}{o}"),
            (Some(t), None) => format!("{date}T{t}"),
            _ => date,
        }
    }
}

/// Finds a publication date in a line such as "Published on: June 5, 2025", "Updated: Mar 14, 2026,
/// 10:05 PM ET", "5 June 2025 14:02 BST", "2025-06-05T14:02:00+01:00" or "Sunday, January 11, 2026".
pub fn parse_published(line: &str) -> Option<Published> {
    // Every form carries a four-digit year and a day: most lines are rejected before any regex.
    if line.bytes().filter(u8::is_ascii_digit).take(5).count() < 5 {
        return None;
    }
    match ascii_view(line) {
        Some(view) => published_in(&view),
        None => published_in(line),
    }
}

/// `text` as this module's regexes read it, in ASCII with the same byte offsets, or `None` when
/// only the text itself will do. A non-ASCII char becomes as many '_' as its UTF-8 bytes when it
/// is a word char for the regexes' Unicode word boundaries, else as many 0x01 bytes: neither
/// is a letter, digit or space, and no pattern names either, so every search finds the same
/// matches at the same offsets, in the regex DFA (a non-ASCII byte sends a Unicode `\b` search
/// to a slow engine). A space, a digit or a numeral of another script, and the two chars that
/// Unicode case folding reads as ASCII letters ('ſ' as 's', the Kelvin sign as 'k') are read
/// by the patterns themselves: `None`.
fn ascii_view(text: &str) -> Option<std::borrow::Cow<'_, str>> {
    if text.is_ascii() {
        return Some(std::borrow::Cow::Borrowed(text));
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        if c.is_whitespace() || c.is_numeric() || matches!(c, '\u{17F}' | '\u{212A}') {
            return None;
        }
        let stand_in = if regex_syntax::is_word_character(c) {
            '_'
        } else {
            '\u{1}'
        };
        out.extend(std::iter::repeat_n(stand_in, c.len_utf8()));
    }
    Some(std::borrow::Cow::Owned(out))
}

/// `parse_published` of a line with digits enough for a date.
fn published_in(line: &str) -> Option<Published> {
    // (Byte tests before the searches: each form needs its separator, most lines have none.)
    let iso = memchr(b'-', line.as_bytes()).and_then(|_| ISO.captures(line));
    if let Some(c) = iso {
        let date = ymd(&c[1], &c[2], &c[3])?;
        let mut p = Published {
            date,
            time: None,
            offset: None,
            ambiguous: false,
        };
        if let (Some(h), Some(m)) = (c.get(4), c.get(5)) {
            let s = c.get(6).map_or("00", |s| s.as_str());
            p.time = Some(format!("{}:{}:{}", h.as_str(), m.as_str(), s));
            p.offset = c.get(7).map(|o| normalise_offset(o.as_str()));
        }
        if p.time.is_none() {
            add_time(line, &mut p);
        }
        return Some(p);
    }
    let month = may_name_month(line);
    let (date, ambiguous) = if let Some(c) = month.then(|| MONTH_FIRST.captures(line)).flatten() {
        (ymd_words(&c[3], &c[1], &c[2])?, false)
    } else if let Some(c) = month.then(|| DAY_FIRST.captures(line)).flatten() {
        (ymd_words(&c[3], &c[2], &c[1])?, false)
    } else if let Some(c) =
        memchr2(b'/', b'.', line.as_bytes()).and_then(|_| NUMERIC.captures(line))
    {
        let a: u32 = c[1].parse().ok()?;
        let b: u32 = c[2].parse().ok()?;
        let us = us_zone(line);
        let (day, month, ambiguous) = if a > 12 {
            (a, b, false)
        } else if b > 12 || us {
            (b, a, false)
        } else {
            (a, b, a != b)
        };
        (
            NaiveDate::from_ymd_opt(c[3].parse().ok()?, month, day)?,
            ambiguous,
        )
    } else {
        return None;
    };
    let mut p = Published {
        date,
        time: None,
        offset: None,
        ambiguous,
    };
    add_time(line, &mut p);
    Some(p)
}

/// Whether `line` may hold a month's name as `MONTH` reads it in any case: one of the twelve
/// openings of three letters, or a long s ('ſ', which Unicode case folding reads as an 's').
/// Most lines with digits enough for a date hold none: no regex search for them.
/// (The regexes' Unicode word boundaries send a line with any non-ASCII char to a slow engine.)
fn may_name_month(line: &str) -> bool {
    static OPENINGS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build([
                "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                "ſ",
            ])
            .expect("month openings build")
    });
    OPENINGS.is_match(line)
}

fn us_zone(line: &str) -> bool {
    static US: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT)\b").expect("static regex")
    });
    US.is_match(line)
}

fn add_time(line: &str, p: &mut Published) {
    if !may_hold_time(line) {
        return;
    }
    for c in TIME.captures_iter(line) {
        let Ok(mut h) = c[1].parse::<u32>() else {
            continue;
        };
        let Ok(m) = c[2].parse::<u32>() else { continue };
        let meridiem = c.get(4).map(|x| x.as_str().to_ascii_lowercase());
        let zone = c.get(5).map(|x| x.as_str().to_ascii_uppercase());
        let explicit = c.get(6).map(|x| normalise_offset(x.as_str()));
        // A bare "10.05" is more likely a decimal than a time; demand a colon, a meridiem or a zone.
        let colon = line[c.get(1).map_or(0, |x| x.end())..].starts_with(':');
        if !colon && meridiem.is_none() && zone.is_none() {
            continue;
        }
        if let Some(mer) = &meridiem {
            if h > 12 {
                continue;
            }
            let pm = mer.starts_with('p');
            if pm && h < 12 {
                h += 12;
            } else if !pm && h == 12 {
                h = 0;
            }
        }
        if h > 23 || m > 59 {
            continue;
        }
        let s = c
            .get(3)
            .map_or("00".to_string(), |x| x.as_str().to_string());
        p.time = Some(format!("{h:02}:{m:02}:{s}"));
        p.offset = explicit.or_else(|| zone.and_then(|z| zone_offset(&z, p.date)));
        return;
    }
}

/// Whether `TIME` may match in `line`: it needs a digit right before and right after a ':' or
/// a '.'. (`char::is_numeric` holds for every char `\d` matches: no time is ever skipped.)
fn may_hold_time(line: &str) -> bool {
    memchr2_iter(b':', b'.', line.as_bytes()).any(|at| {
        line[..at].chars().next_back().is_some_and(char::is_numeric)
            && line[at + 1..].chars().next().is_some_and(char::is_numeric)
    })
}

fn normalise_offset(o: &str) -> String {
    if o == "Z" || o == "z" {
        return "+00:00".into();
    }
    if o.len() == 5 && !o.contains(':') {
        return format!("{}:{}", &o[..3], &o[3..]);
    }
    o.to_string()
}

/// UTC offset of a zone abbreviation on a date (US zones follow US daylight-saving rules).
fn zone_offset(zone: &str, date: NaiveDate) -> Option<String> {
    let us_dst = {
        let year = date.year();
        let second_sunday_march = nth_weekday(year, 3, Weekday::Sun, 2);
        let first_sunday_november = nth_weekday(year, 11, Weekday::Sun, 1);
        date >= second_sunday_march && date < first_sunday_november
    };
    let h: &str = match zone {
        "GMT" | "UTC" | "Z" | "WET" => "+00:00",
        "BST" | "WEST" | "CET" => "+01:00",
        "CEST" | "EET" => "+02:00",
        "EEST" => "+03:00",
        "IST" => "+05:30",
        "JST" | "KST" => "+09:00",
        "AEST" => "+10:00",
        "AEDT" => "+11:00",
        "EST" => "-05:00",
        "EDT" => "-04:00",
        "CST" => "-06:00",
        "CDT" => "-05:00",
        "MST" => "-07:00",
        "MDT" => "-06:00",
        "PST" => "-08:00",
        "PDT" => "-07:00",
        "ET" => {
            if us_dst {
                "-04:00"
            } else {
                "-05:00"
            }
        }
        "CT" => {
            if us_dst {
                "-05:00"
            } else {
                "-06:00"
            }
        }
        "MT" => {
            if us_dst {
                "-06:00"
            } else {
                "-07:00"
            }
        }
        "PT" => {
            if us_dst {
                "-07:00"
            } else {
                "-08:00"
            }
        }
        _ => return None,
    };
    Some(h.to_string())
}

fn nth_weekday(year: i32, month: u32, weekday: Weekday, n: u32) -> NaiveDate {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, n as u8).unwrap_or(NaiveDate::MIN)
}

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

fn ymd_words(y: &str, month: &str, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y.parse().ok()?, month_number(month)?, d.parse().ok()?)
}

static BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:words\s+|written\s+|reported\s+|posted\s+|story\s+|(?:live\s+)?(?:coverage|commentary|blog)\s+|(?:[a-z]+\s+)?report\s+|analysis\s+|interview\s+|feature\s+|(?:show\s+)?notes\s+|recap\s+|preview\s+|column\s+|review\s+)?by[:\s]|(?:words|(?:live\s+)?text|author|reporter|reporting)\s*:)\s*(.+)$")
        .expect("static regex")
});

/// Whether `line` may open as `BY` needs: its leading ASCII letters are one of the words `BY`
/// starts with (each of which a space or a colon follows), or a non-ASCII char comes first or
/// right after them, which only the regex itself can judge (its case folding is Unicode's).
/// Most lines read as bylines open with a name: no regex search for them.
fn by_word_first(line: &str) -> bool {
    const OPENERS: [&str; 25] = [
        "show",
        "notes",
        "recap",
        "preview",
        "column",
        "review",
        "words",
        "written",
        "reported",
        "posted",
        "story",
        "live",
        "coverage",
        "commentary",
        "blog",
        "match",
        "report",
        "analysis",
        "interview",
        "feature",
        "by",
        "text",
        "author",
        "reporter",
        "reporting",
    ];
    let b = line.as_bytes();
    let run = b.iter().take_while(|x| x.is_ascii_alphabetic()).count();
    // ("Tournament report by …": any one word before "report".)
    let report_second = || {
        let rest = &b[run..];
        rest.first() == Some(&b' ')
            && rest.len() > 7
            && rest[1..7].eq_ignore_ascii_case(b"report")
            && rest[7] == b' '
    };
    b.get(run).is_some_and(|&x| x >= 0x80)
        || OPENERS
            .iter()
            .any(|w| w.as_bytes().eq_ignore_ascii_case(&b[..run]))
        || report_second()
}

/// A line without the symbols some pages set before a byline ("✍️ Text: …", "• By …"): chars
/// outside ASCII that are neither letters nor digits nor quotation marks.
fn without_leading_symbols(line: &str) -> &str {
    line.trim_start_matches(|c: char| {
        c.is_whitespace()
            || (!c.is_ascii() && !c.is_alphanumeric() && !matches!(c, '“' | '‘' | '«' | '„'))
    })
}

/// The job-title words of `TITLE_WORDS` (besides "in <Place>").
const TITLE_WORD_LIST: [&str; 19] = [
    "writer",
    "correspondent",
    "reporter",
    "editor",
    "columnist",
    "staff",
    "chief",
    "senior",
    "journalist",
    "analyst",
    "contributor",
    "producer",
    "insider",
    "expert",
    "host",
    "critic",
    "communications",
    "relations",
    "information",
];

/// Words that end a name in a byline and start a job title ("A, Chief Football Writer").
static TITLE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:{}|in\s+[A-Z][a-z]+)\b",
        TITLE_WORD_LIST.join("|")
    ))
    .expect("static regex")
});

/// `word` (no whitespace in it) is a title word from end to end: a `TITLE_WORDS` match over all
/// of it. An ASCII word is that only by being one of the list, ASCII case ignored (the regex's
/// "in <Place>" needs a space), so it is compared without a regex search, which cost more than
/// the rest of a byline's reading; other words go through the regex, whose Unicode case folding
/// also reads 'ſ' as 's' and the Kelvin sign as 'k'.
fn is_title_word(word: &str) -> bool {
    if word.is_ascii() {
        return TITLE_WORD_LIST.iter().any(|t| t.eq_ignore_ascii_case(word));
    }
    let view = ascii_view(word);
    TITLE_WORDS
        .find(view.as_deref().unwrap_or(word))
        .is_some_and(|m| m.start() == 0 && m.end() == word.len())
}

/// A writer's job title standing alone ("Sports reporter", "Chief Football Writer"): at most
/// four words, the last a title word; where the writer filed from may follow ("Football
/// correspondent, at St James' Park").
pub fn is_job_title(part: &str) -> bool {
    let part = match part.split_once(", ") {
        Some((title, place)) if place.starts_with("at ") || place.starts_with("in ") => title,
        _ => part,
    };
    let mut words = part.split_whitespace();
    let last = words.next_back();
    words.count() < 4 && last.is_some_and(is_title_word)
}

/// Whether `text` holds a `TITLE_WORDS` match (searched in its ASCII view when it has one).
fn has_title_word(text: &str) -> bool {
    match ascii_view(text) {
        Some(view) => TITLE_WORDS.is_match(&view),
        None => TITLE_WORDS.is_match(text),
    }
}

/// A photo or video credit's label inside a byline line ("Photo: Johan Ek", "Photos by …").
static CREDIT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|\s|[|·–—/,]\s*)(?:photos?|photography|pictures?|images?|foto|video)(?::|\s+by\b)")
        .expect("credit label regex")
});

/// The `CREDIT_LABEL` match in `text`. Every match holds one of the label words' stems below,
/// ASCII case ignored (none of their letters has a non-ASCII case form); a line without one,
/// nearly every line read as a byline, is not searched: the regex has no literal to skip
/// ahead by and costs several thousand instructions a line.
fn credit_label(text: &str) -> Option<regex::Match<'_>> {
    static STEMS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(["photo", "pictur", "image", "foto", "video"])
            .expect("credit label stems")
    });
    if !STEMS.is_match(text) {
        return None;
    }
    CREDIT_LABEL.find(text)
}

/// The line opens as a byline does: "By …", "Written by …", "Words: …".
pub fn opens_byline(line: &str) -> bool {
    BY.is_match(without_leading_symbols(line))
}

/// The marks between a site and its byline ("Desk | Written by A"), each with the char it
/// holds: a line without the char has not the mark.
const SITE_SEPARATORS: [(char, &str); 4] = [('|', " | "), ('–', " – "), ('—', " — "), ('·', " · ")];

/// Authors of a byline line, or `None` when the line is not a byline.
/// `explicit` says the line started with "By", which makes shape checks laxer.
pub fn parse_byline(line: &str) -> Option<(Vec<String>, Option<String>)> {
    let line = without_leading_symbols(line).trim_end();
    // (The name is cut from `line` at the offsets the ASCII view's match gives.)
    let by = by_word_first(line)
        .then(|| {
            let view = ascii_view(line);
            BY.captures(view.as_deref().unwrap_or(line))
                .map(|c| c.get(1).map_or(0..0, |m| m.range()))
        })
        .flatten();
    // ("RECAP — by A": an opener word that is no byline's opens a masthead.)
    let by_first = by.is_some();
    // A line not opening with a byline word needs a site (after one of the marks below) or a job
    // title to be a byline; without a mark it needs a title word, which the pieces below are
    // searched for one by one (any title word in a piece or a word of it is one in the line:
    // commas and spaces stand at their edges). Most lines read here are headlines and labels
    // with neither: one search rejects them.
    // (0xE2 and 0xC2 lead the UTF-8 bytes of '–', '—' and '·'.)
    if !by_first
        && !line.bytes().any(|b| matches!(b, b'|' | b'-' | 0xE2 | 0xC2))
        && !has_title_word(line)
    {
        return None;
    }
    // "Kreeda Times Sports Desk | Written by Harpreet Kaur Sandhu": a desk or site first, the
    // byline after the bar.
    // (A byte test first: most lines hold none of the separators.)
    if !by_first && line.bytes().any(|b| matches!(b, b'|' | 0xE2 | 0xC2)) {
        for (mark, sep) in SITE_SEPARATORS {
            // (A char search first: a curly quote passes the byte test above, and `split_once`
            // sets up a substring searcher.)
            if !line.contains(mark) {
                continue;
            }
            let Some((site, rest)) = line.split_once(sep) else {
                continue;
            };
            let rest = rest.trim();
            if by_word_first(rest) && BY.is_match(rest) {
                let (names, _) = parse_byline(rest)?;
                return Some((names, Some(site.trim().to_string())));
            }
            // "DOHYO DIARIES — a sumo blog by Fiona Kanazawa-Reid": a masthead and its tagline,
            // which names the writer last.
            if let Some((tagline, name)) = rest.rsplit_once(" by ") {
                let name = name.trim().trim_end_matches('.');
                if tagline.starts_with(|c: char| c.is_lowercase())
                    && name.split_whitespace().count() <= 4
                    && looks_like_person_name(name)
                {
                    return Some((vec![name.to_string()], Some(site.trim().to_string())));
                }
            }
        }
    }
    let (rest, explicit) = match by {
        Some(r) => (line[r].trim().to_string(), true),
        None => (line.to_string(), false),
    };
    // "Text: A   Photo: B": the photographer's credit after the writer is no author.
    let rest = match credit_label(&rest) {
        Some(m) if m.start() > 0 => rest[..m.start()].trim_end().to_string(),
        _ => rest,
    };
    // "A | Site", "A - Site", "A for Site": the part after the bar is the site.
    let mut site = None;
    let mut names_part = rest.clone();
    for (mark, sep) in [
        ('|', " | "),
        ('–', " – "),
        ('—', " — "),
        ('·', " · "),
        ('-', " - "),
    ] {
        // (A char search first: most lines have none of these marks.)
        if !names_part.contains(mark) {
            continue;
        }
        if let Some((a, b)) = names_part.split_once(sep) {
            let b = b.trim();
            if !b.is_empty() && parse_published(b).is_none() {
                site = Some(b.to_string());
            }
            names_part = a.trim().to_string();
        }
    }
    // "A, Chief Football Writer": cut the job title.
    let mut had_title = false;
    let mut pieces: Vec<String> = Vec::new();
    for piece in names_part.split(',') {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        if !pieces.is_empty() && has_title_word(piece) {
            had_title = true;
            break;
        }
        // "By A, Caledonian Press", "By A and B, Prairie Courier": the agency or paper the
        // authors file for.
        if !pieces.is_empty() && crate::extract::entities::ends_as_organisation(piece) {
            break;
        }
        pieces.push(piece.to_string());
    }
    // "DANA KOWALCZYK-REESE AP Sports Writer": a job title run on without a comma.
    if let Some(first) = pieces.first_mut() {
        if let Some(cut) = run_on_title(first) {
            *first = cut;
            had_title = true;
        }
    }
    // (Finders built once: `str::split` would set up two substring searchers for every piece of
    // every line read as a byline.)
    static AND: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(" and "));
    static AMPERSAND: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(" & "));
    let mut authors = Vec::new();
    for piece in pieces {
        for name in split_by(&piece, &AND).flat_map(|s| split_by(s, &AMPERSAND)) {
            let name = name.trim().trim_end_matches(['.', ':']);
            // "By Nerea Ruiz in Seville": where the writer filed from is no part of the name.
            let name = match name.rsplit_once(" in ") {
                Some((head, place))
                    if explicit
                        && looks_like_person_name(head)
                        && place.split_whitespace().count() <= 3
                        && place.starts_with(char::is_uppercase) =>
                {
                    head
                }
                _ => name,
            };
            // A forum's or a network's handle after "Posted by" ("u/bandeja_bot", "@kmac").
            if let Some(handle) = explicit.then(|| user_handle(name)).flatten() {
                authors.push(handle.to_string());
            } else if looks_like_person_name(name) {
                authors.push(name.to_string());
            } else if !explicit {
                return None;
            }
        }
    }
    if authors.is_empty() || (!explicit && !had_title && site.is_none()) {
        return None;
    }
    Some((authors, site))
}

/// A user's handle: "u/name", "@name", or one with its server or domain ("@hanne@quad.social",
/// "@name.bsky.social"): letters, digits, "_" and "-", then "@" and "." inside; without its mark.
pub(super) fn user_handle(name: &str) -> Option<&str> {
    let handle = name.strip_prefix("u/").or_else(|| name.strip_prefix('@'))?;
    (handle.len() >= 3
        && handle.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        && handle
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'@')))
    .then_some(handle)
}

/// The name before a job title written straight after it, without a comma ("Dana Reese AP
/// Sports Writer"): the words before the first title word and the agency and desk words that
/// lead up to it, when two or more words of a name are left.
fn run_on_title(piece: &str) -> Option<String> {
    const LEADS: [&str; 16] = [
        "ap",
        "afp",
        "upi",
        "sports",
        "football",
        "basketball",
        "baseball",
        "hockey",
        "soccer",
        "golf",
        "tennis",
        "cricket",
        "rugby",
        "racing",
        "associate",
        "national",
    ];
    let words: Vec<&str> = piece.split_whitespace().collect();
    let title = (2..words.len()).find(|&i| is_title_word(words[i]))?;
    let mut start = title;
    while start > 2 && LEADS.contains(&words[start - 1].to_lowercase().as_str()) {
        start -= 1;
    }
    let name = words[..start].join(" ");
    looks_like_person_name(&name).then_some(name)
}

/// `text.split(sep)` where `finder` finds `sep` (non-overlapping, left to right, as `split`).
pub(super) fn split_by<'t>(
    text: &'t str,
    finder: &'t memmem::Finder<'static>,
) -> impl Iterator<Item = &'t str> + 't {
    let mut from = 0;
    let mut seps = finder.find_iter(text.as_bytes());
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        match seps.next() {
            Some(at) => {
                let piece = &text[from..at];
                from = at + finder.needle().len();
                Some(piece)
            }
            None => {
                done = true;
                Some(&text[from..])
            }
        }
    })
}

/// Two to five capitalised words (with particles and initials), no digits.
pub fn looks_like_person_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() < 2 || words.len() > 5 || s.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    const PARTICLES: [&str; 12] = [
        "de", "van", "von", "da", "di", "dos", "del", "la", "le", "der", "den", "bin",
    ];
    // Words of a section label or a masthead, never of a person's name ("County Championship |
    // Division One", "Hoofdklasse Men | Round 10", "THE CRICKET PAVILION").
    const LABEL_WORDS: [&str; 14] = [
        "the",
        "championship",
        "league",
        "cup",
        "division",
        "men",
        "women",
        "round",
        "results",
        "scores",
        "series",
        "trophy",
        "club",
        "premiership",
    ];
    // (Compared ignoring ASCII case, with no lower-cased copy: the only char outside ASCII
    // whose lower case is ASCII is the Kelvin sign, 'k', which none of these words holds.)
    let listed = |list: &[&str], w: &str| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    if words.iter().any(|w| listed(&LABEL_WORDS, w)) {
        return false;
    }
    words
        .iter()
        .all(|w| listed(&PARTICLES, w) || w.chars().next().is_some_and(|c| c.is_uppercase()))
        && words
            .last()
            .is_some_and(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_separator_is_split_only_where_its_char_stands() {
        for line in [
            "Kreeda Times Sports Desk | Written by Harpreet Kaur Sandhu",
            "DOHYO DIARIES — a sumo blog by Fiona Kanazawa-Reid",
            "It’s “over” – by A · B",
            "A|B–C—D·E",
            "no marks at all",
            "",
        ] {
            for (mark, sep) in SITE_SEPARATORS {
                assert!(sep.contains(mark));
                assert_eq!(
                    line.contains(mark).then(|| line.split_once(sep)).flatten(),
                    line.split_once(sep),
                    "{line:?} {sep:?}"
                );
            }
        }
    }

    #[test]
    fn credit_labels_are_found_as_the_regex_finds_them() {
        // The stems' letters match no non-ASCII char in the regex's case-insensitive reading.
        for letter in "photicuremagfvd".chars() {
            let re = Regex::new(&format!("(?i)^{letter}$")).unwrap();
            let other = (0x80..=0x10FFFF)
                .filter_map(char::from_u32)
                .find(|c| re.is_match(c.encode_utf8(&mut [0; 4])));
            assert_eq!(other, None, "{letter}");
        }
        for line in [
            "By Anna Berg. Photo: Johan Ek",
            "Text: A   Photos by B",
            "Words by C | PHOTOGRAPHY: D",
            "E, Pictures: F",
            "G · images by H",
            "I/Video: J",
            "Fotos: K",
            "K. Photographer",
            "By Sam Photo",
            "By Lee Imagery: X",
            "By Ann Vidéo: Y",
            "",
        ] {
            assert_eq!(
                credit_label(line).map(|m| m.range()),
                CREDIT_LABEL.find(line).map(|m| m.range()),
                "{line}"
            );
        }
    }

    #[test]
    fn title_words_read_as_the_regex_reads_them() {
        let by_regex = |w: &str| {
            let view = ascii_view(w);
            TITLE_WORDS
                .find(view.as_deref().unwrap_or(w))
                .is_some_and(|m| m.start() == 0 && m.end() == w.len())
        };
        for w in [
            "Writer",
            "WRITER",
            "writer",
            "writers",
            "Writer.",
            "staff-writer",
            "Staff",
            "host",
            "Hosts",
            "in",
            "In",
            "Correspondent",
            "critic,",
            "editor-in-chief",
            "ſtaff",
            "ſenior",
            "Editör",
            "Chief",
            "chiefs",
            "Senior",
            "AP",
            "Sports",
            "",
            "x",
            "reporter’s",
        ] {
            assert_eq!(is_title_word(w), by_regex(w), "{w:?}");
        }
        for t in TITLE_WORD_LIST {
            assert!(is_title_word(t) && is_title_word(&t.to_uppercase()), "{t}");
        }
    }

    fn iso(line: &str) -> Option<String> {
        parse_published(line).map(|p| p.iso())
    }

    #[test]
    fn published_forms() {
        let cases = [
            ("Published on: June 5, 2025", "2025-06-05"),
            (
                "Updated: Mar 14, 2026, 10:05 PM ET",
                "2026-03-14T22:05:00-04:00",
            ),
            ("5 June 2025 14:02 BST", "2025-06-05T14:02:00+01:00"),
            ("2025-06-05T14:02:00+01:00", "2025-06-05T14:02:00+01:00"),
            ("2025-06-05", "2025-06-05"),
            ("Sunday, January 11, 2026", "2026-01-11"),
            (
                "Published 11:42 PM EDT Jul 22, 2025",
                "2025-07-22T23:42:00-04:00",
            ),
            ("Posted: 2025-09-07", "2025-09-07"),
            ("Thursday 5th June 2025", "2025-06-05"),
            ("Last updated 21/03/2025 at 09:15", "2025-03-21T09:15:00"),
            ("Jan. 3, 2026 8:00 a.m. PT", "2026-01-03T08:00:00-08:00"),
        ];
        for (line, want) in cases {
            assert_eq!(iso(line).as_deref(), Some(want), "{line}");
        }
        assert_eq!(iso("Skip to Content"), None);
        assert!(parse_published("05/06/2025").unwrap().ambiguous);
    }

    #[test]
    fn split_by_splits_as_str_split() {
        static AND: LazyLock<memmem::Finder<'static>> =
            LazyLock::new(|| memmem::Finder::new(" and "));
        for text in [
            "",
            " and ",
            "A and B",
            "A and and B",
            "A and B and ",
            "A",
            "and A and",
        ] {
            let ours: Vec<&str> = split_by(text, &AND).collect();
            let std: Vec<&str> = text.split(" and ").collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }

    #[test]
    fn bylines() {
        let cases: [(&str, &[&str]); 23] = [
            ("By Emmet Gates", &["Emmet Gates"]),
            (
                "Live coverage by Ines Moura and Per Lindqvist",
                &["Ines Moura", "Per Lindqvist"],
            ),
            ("Match report by Dara Quinn", &["Dara Quinn"]),
            ("By Ana Ruiz and Tom O'Neill", &["Ana Ruiz", "Tom O'Neill"]),
            ("Sam Keller, Chief Football Writer", &["Sam Keller"]),
            ("By Jo Park | The Puck Report", &["Jo Park"]),
            ("Mia Johnson, Staff Writer", &["Mia Johnson"]),
            ("BY LUCA DE ROSSI", &["LUCA DE ROSSI"]),
            ("Words by Kate van der Berg", &["Kate van der Berg"]),
            ("Words: Tomás Whitfield-Reyes", &["Tomás Whitfield-Reyes"]),
            (
                "Hamish Calloway-Burke | Rugby League Writer",
                &["Hamish Calloway-Burke"],
            ),
            ("By DANA REESE AP Sports Writer", &["DANA REESE"]),
            ("Interview by Alasdair McBride", &["Alasdair McBride"]),
            ("By Tom O'Neill Staff Writer", &["Tom O'Neill"]),
            // A desk first, the byline after the bar.
            (
                "Kreeda Times Sports Desk | Written by Harpreet Kaur Sandhu",
                &["Harpreet Kaur Sandhu"],
            ),
            // An agency after the name is no author; a live text's label; a forum's handle.
            (
                "By Morag Fitzpatrick-Dunn, Caledonian Press",
                &["Morag Fitzpatrick-Dunn"],
            ),
            (
                "Live text: Hanna Wróbel-Lindgren and Tom Asante",
                &["Hanna Wróbel-Lindgren", "Tom Asante"],
            ),
            ("Posted by u/bandeja_bot", &["bandeja_bot"]),
            // Where the writer filed from; a symbol before the label; a kind of piece before
            // "by"; a job's department after the name.
            (
                "By Iker Olabide-Sanz in Bilbao · Sunday, 3 March 2027 · 22:40",
                &["Iker Olabide-Sanz"],
            ),
            ("✍️ Text: Joana Ferreira-Lind", &["Joana Ferreira-Lind"]),
            ("Show notes by Priya Achebe-Moore", &["Priya Achebe-Moore"]),
            ("Championship report by Owen Tranter", &["Owen Tranter"]),
            (
                "Story By: Casey Lindqvist-Obi, Athletics Communications",
                &["Casey Lindqvist-Obi"],
            ),
        ];
        for (line, want) in cases {
            let (authors, _) = parse_byline(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(authors, want, "{line}");
        }
        for not in [
            "By the end of the game, Arsenal were out of sight.",
            "Coverage by the BBC starts at noon.",
            "Manchester United",
            "Skip to Content",
        ] {
            assert_eq!(parse_byline(not), None, "{not}");
        }
    }
}
