//! The date stage's word lists (`data/dates/*`), parsed once per process.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use arrayvec::ArrayString;

use super::rules::Order;
use crate::extract::text::CueMatcher;

/// FNV-1a: the word lists are probed once per short word of the text, where SipHash's
/// DoS resistance buys nothing and costs most of the lookup.
#[derive(Default)]
pub(super) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= *b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(super) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
pub(super) type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// `word` lower-cased when it is short ASCII (every listed word is), else None. Kept on the
/// stack, as a string from the start: the tense cues ask this of every word of a sentence with
/// a date, and a byte buffer would need a UTF-8 check each time.
pub(super) fn lower(word: &str) -> Option<ArrayString<24>> {
    if !word.is_ascii() {
        return None;
    }
    let mut low = ArrayString::from(word).ok()?;
    low.make_ascii_lowercase();
    Some(low)
}

/// What a word says about the tense of its clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cue {
    Past,
    Future,
    /// Looks like a past form (-ed) but is not one ("need", "hundred").
    Neutral,
}

/// How a sport labels its seasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SeasonKind {
    /// August to May across two years: 2024/2025.
    Split,
    /// A calendar year: 2025.
    Single,
    /// Labelled by the starting year, running into January and February (the NFL).
    Autumn,
}

/// How to find a named day in a given year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum HolidayRule {
    Fixed(u32, u32),
    /// Days after Easter Sunday.
    Easter(i64),
    /// The `n`th weekday `wd` (0 = Monday) of month `m`.
    Nth {
        m: u32,
        n: u32,
        wd: u32,
    },
    /// The last weekday `wd` of month `m`.
    Last {
        m: u32,
        wd: u32,
    },
}

#[derive(Debug, Clone)]
pub(super) struct Holiday {
    /// Lower-case words, apostrophes dropped ("new", "years", "day").
    pub words: Vec<String>,
    pub rule: HolidayRule,
}

pub(super) struct Lexicon {
    pub cues: FastMap<String, Cue>,
    pub not_year: FastSet<String>,
    /// Nouns after "one-day", "four-day" that make it a match format.
    pub format_nouns: FastSet<String>,
    /// Longest names first.
    pub holidays: Vec<Holiday>,
    pub holiday_first: FastSet<String>,
    /// By length, a bit for the first letter of each word of `holiday_first`; `None` when one
    /// of them is of another shape (see `may_open_holiday`).
    holiday_first_shapes: Option<[u32; 16]>,
    /// Every cue of `sport_cues`, in any ASCII case, leftmost-longest; a match's pattern is its
    /// index into `sport_cues` (of duplicates in other cases, the first in the file).
    /// An Aho-Corasick DFA, built whole in a few million instructions: the regex crate's lazy
    /// DFA over one alternation of the cues is a little cheaper per byte once warm, but
    /// building its states while searching cost some 75 million instructions in every process.
    /// (First an NFA: see `CueMatcher`.)
    pub sport_matcher: CueMatcher,
    /// Per cue: (sport, weight).
    pub sport_cues: Vec<(String, u32)>,
    pub season_kinds: HashMap<String, SeasonKind>,
    pub locale: HashMap<String, Order>,
}

pub(super) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::parse(
        include_str!("../../../data/dates/tense_cues.tsv"),
        include_str!("../../../data/dates/not_year_words.txt"),
        include_str!("../../../data/dates/format_nouns.txt"),
        include_str!("../../../data/dates/holidays.tsv"),
        include_str!("../../../data/dates/sport_cues.tsv"),
        include_str!("../../../data/dates/season_calendars.tsv"),
        include_str!("../../../data/dates/locale_cues.tsv"),
    )
});

/// Non-comment, non-blank lines split at tabs.
fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

impl Lexicon {
    fn parse(
        tense: &str,
        not_year: &str,
        format_nouns: &str,
        holidays: &str,
        sports: &str,
        calendars: &str,
        locale: &str,
    ) -> Lexicon {
        let cues = rows(tense)
            .filter_map(|r| {
                let cue = match *r.get(1)? {
                    "past" => Cue::Past,
                    "future" => Cue::Future,
                    _ => Cue::Neutral,
                };
                Some((r[0].to_lowercase(), cue))
            })
            .collect();
        let not_year = rows(not_year).map(|r| r[0].to_lowercase()).collect();
        let format_nouns = rows(format_nouns).map(|r| r[0].to_lowercase()).collect();
        let mut holiday_list: Vec<Holiday> = rows(holidays)
            .filter_map(|r| {
                let rule = parse_holiday_rule(r.get(1)?)?;
                let words = r[0]
                    .split_whitespace()
                    .map(|w| w.to_lowercase().replace(['.', '\'', '’'], ""))
                    .collect();
                Some(Holiday { words, rule })
            })
            .collect();
        holiday_list.sort_by_key(|h| std::cmp::Reverse(h.words.len()));
        let holiday_first = holiday_list
            .iter()
            .filter_map(|h| h.words.first().cloned())
            .collect();
        let holiday_first_shapes = first_letter_shapes(&holiday_first);
        let mut patterns = Vec::new();
        let mut sport_cues = Vec::new();
        for r in rows(sports) {
            if r.len() < 2 {
                continue;
            }
            patterns.push(r[0].to_string());
            let weight = r.get(2).and_then(|w| w.parse().ok()).unwrap_or(1);
            sport_cues.push((r[1].to_string(), weight));
        }
        let sport_matcher = CueMatcher::new(&patterns);
        let season_kinds = rows(calendars)
            .filter_map(|r| {
                let kind = match *r.get(1)? {
                    "single" => SeasonKind::Single,
                    "autumn" => SeasonKind::Autumn,
                    _ => SeasonKind::Split,
                };
                Some((r[0].to_string(), kind))
            })
            .collect();
        let locale = rows(locale)
            .filter_map(|r| {
                let order = match *r.get(1)? {
                    "month-first" => Order::MonthFirst,
                    _ => Order::DayFirst,
                };
                Some((r[0].to_string(), order))
            })
            .collect();
        Lexicon {
            cues,
            not_year,
            format_nouns,
            holidays: holiday_list,
            holiday_first,
            holiday_first_shapes,
            sport_matcher,
            sport_cues,
            season_kinds,
            locale,
        }
    }
}

impl Lexicon {
    /// False only when `word` cannot lower-case to a word of `holiday_first`, told by its length
    /// and first letter alone: most capitalised words of a text are asked, and few pass.
    pub fn may_open_holiday(&self, word: &str) -> bool {
        let Some(shapes) = &self.holiday_first_shapes else {
            return true;
        };
        let first = word.as_bytes().first().map(u8::to_ascii_lowercase);
        match (shapes.get(word.len()), first) {
            (Some(&bits), Some(c)) if c.is_ascii_lowercase() => bits & (1 << (c - b'a')) != 0,
            _ => false,
        }
    }
}

/// For each length below 16, a bit for the first letter of each of `words` that long; `None`
/// when a word is longer or opens with anything but a lower-case ASCII letter.
fn first_letter_shapes(words: &FastSet<String>) -> Option<[u32; 16]> {
    let mut shapes = [0u32; 16];
    for w in words {
        let first = *w.as_bytes().first()?;
        if w.len() >= shapes.len() || !first.is_ascii_lowercase() {
            return None;
        }
        shapes[w.len()] |= 1 << (first - b'a');
    }
    Some(shapes)
}

fn parse_holiday_rule(s: &str) -> Option<HolidayRule> {
    if let Some(rest) = s.strip_prefix("easter") {
        let n = if rest.is_empty() {
            0
        } else {
            rest.trim_start_matches('+').parse().ok()?
        };
        return Some(HolidayRule::Easter(n));
    }
    let parts: Vec<&str> = s.split(':').collect();
    match parts.as_slice() {
        ["nth", m, n, wd] => Some(HolidayRule::Nth {
            m: m.parse().ok()?,
            n: n.parse().ok()?,
            wd: wd.parse::<u32>().ok()?.checked_sub(1)?,
        }),
        ["last", m, wd] => Some(HolidayRule::Last {
            m: m.parse().ok()?,
            wd: wd.parse::<u32>().ok()?.checked_sub(1)?,
        }),
        [md] => {
            let (m, d) = md.split_once('-')?;
            Some(HolidayRule::Fixed(m.parse().ok()?, d.parse().ok()?))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_parse() {
        let lex = &*LEXICON;
        assert_eq!(lex.cues.get("won"), Some(&Cue::Past));
        assert_eq!(lex.cues.get("will"), Some(&Cue::Future));
        assert!(lex.not_year.contains("fans"));
        assert!(lex.holidays.iter().any(|h| h.words == ["boxing", "day"]));
        // Longest names first, so "Christmas Day" wins over "Christmas".
        assert!(lex
            .holidays
            .windows(2)
            .all(|w| w[0].words.len() >= w[1].words.len()));
        assert_eq!(lex.season_kinds.get("cricket"), Some(&SeasonKind::Single));
        assert_eq!(lex.locale.get("favour"), Some(&Order::DayFirst));
        assert_eq!(
            parse_holiday_rule("nth:11:4:4"),
            Some(HolidayRule::Nth { m: 11, n: 4, wd: 3 })
        );
    }
}
