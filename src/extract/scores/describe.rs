//! Sides named by a description instead of a name: "the hosts", "the visitors", "the home side",
//! "the tourists" (a role), "the Danish champions", "the Turkish side" (a nationality); the
//! phrases are `data/scores/descriptions.tsv`.
//!
//! A description stands for a side only when the text ties it to one of the article's two sides
//! (`Sides::main_pair`), never by a guess:
//! - a nationality names the one side of the pair from that country (the gazetteer's country of
//!   the team); two sides of one country name none;
//! - home and away come from the dateline ("SUNRISE, Fla. — …": the side whose name the place
//!   or its abbreviation names), from a verb of the two sides ("Minnesota hosted Winnipeg",
//!   "Vegas visited Colorado": past tense only), from a sentence that sets a role against a side named by its
//!   nationality ("the Danish champions made the hosts work for it": the hosts are the other
//!   side), or from the clause before it in its sentence ("ZAKSA took the opening set 25-21, and
//!   the visitors led 16-12": the subject of the sentence, described again); the first of these
//!   the article gives decides, and the other role is the other side.

use std::sync::LazyLock;

use memchr::memmem;
use regex::Regex;

use crate::extract::text::FastSet;

use crate::doc::{Doc, EntityType, ParagraphKind, Span};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Desc {
    Home,
    Away,
    /// Country codes of the nationality.
    Nation(Vec<String>),
}

struct Lists {
    roles: Regex,
    /// "the champions", "the leaders": a side the sentences before name as their subject.
    earlier_subjects: Vec<String>,
    /// "hosted", "visited": the verbs that give the subject's role (true: home).
    role_verbs: Vec<(String, bool)>,
    /// Result nouns that place their side ("home defeat": true, at home; "away win": false).
    venue_results: Vec<(String, bool)>,
    /// Words a club's site adds to the club's name ("FC", "Official Site"), lower case.
    site_tails: Vec<String>,
    role_home: Vec<String>,
    /// "the Danish champions": a nationality and a noun for a side, matched at the start of the
    /// haystack only (`after_the` finds where to try it).
    nations: AfterThe,
    /// "the Brazilians": a nationality's plural noun alone, matched at the start only.
    peoples: AfterThe,
    /// Each plural noun with its country codes.
    people: Vec<(String, Vec<String>)>,
    /// "the Pole": one player of a nationality, matched at the start only.
    player_nouns: AfterThe,
    /// Each player noun with its country codes.
    players: Vec<(String, Vec<String>)>,
    /// The nouns after a nationality ("side", "champions"), in lower case.
    heads: Vec<String>,
    demonyms: Vec<(String, Vec<String>)>,
}

/// A regex of `after_the`: "[Tt]he ", then one of a list of names as written. Built on first
/// asking (some 2 million instructions each), and asked only where the text after "the " opens
/// as one of the names does: the first three bytes of each name are kept.
struct AfterThe {
    source: String,
    re: std::sync::OnceLock<Regex>,
    /// The first three bytes of every name (as one number); `None` when a name is shorter.
    openings: Option<FastSet<u32>>,
}

impl AfterThe {
    fn new(source: String, names: &[String]) -> AfterThe {
        let openings = names
            .iter()
            .map(|n| opening(n.as_bytes()))
            .collect::<Option<FastSet<u32>>>();
        AfterThe {
            source,
            re: std::sync::OnceLock::new(),
            openings,
        }
    }

    /// Whether a name of the list may open `rest`.
    fn may_open(&self, rest: &[u8]) -> bool {
        match &self.openings {
            Some(set) => opening(rest).is_some_and(|o| set.contains(&o)),
            None => true,
        }
    }

    fn regex(&self) -> &Regex {
        self.re
            .get_or_init(|| Regex::new(&self.source).expect("after-the regex"))
    }
}

/// The first three bytes of `b` as one number, when it has three.
fn opening(b: &[u8]) -> Option<u32> {
    let o = b.get(..3)?;
    Some(u32::from(o[0]) << 16 | u32::from(o[1]) << 8 | u32::from(o[2]))
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let mut home = Vec::new();
    let mut away = Vec::new();
    let mut heads = Vec::new();
    let mut role_verbs = Vec::new();
    let mut venue_results = Vec::new();
    let mut site_tails = Vec::new();
    let mut demonyms: Vec<(String, Vec<String>)> = Vec::new();
    let mut people: Vec<(String, Vec<String>)> = Vec::new();
    let mut players: Vec<(String, Vec<String>)> = Vec::new();
    let mut earlier_subjects: Vec<String> = Vec::new();
    for line in include_str!("../../../data/scores/descriptions.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(cat), Some(phrase)) = (cols.next(), cols.next()) else {
            continue;
        };
        let phrase = phrase.trim().to_string();
        match cat.trim() {
            "home" => home.push(phrase.to_lowercase()),
            "away" => away.push(phrase.to_lowercase()),
            "nation_head" => heads.push(phrase),
            "home_verb" => role_verbs.push((phrase.to_lowercase(), true)),
            "away_verb" => role_verbs.push((phrase.to_lowercase(), false)),
            "home_result" => venue_results.push((phrase.to_lowercase(), true)),
            "away_result" => venue_results.push((phrase.to_lowercase(), false)),
            "site_tail" => site_tails.push(phrase.to_lowercase()),
            "earlier_subject" => earlier_subjects.push(phrase.to_lowercase()),
            "demonym" | "people" | "player" => {
                let codes = cols
                    .next()
                    .unwrap_or("")
                    .split('|')
                    .map(|c| c.trim().to_string())
                    .filter(|c| !c.is_empty())
                    .collect();
                if cat.trim() == "people" {
                    people.push((phrase, codes));
                } else if cat.trim() == "player" {
                    players.push((phrase, codes));
                } else {
                    demonyms.push((phrase, codes));
                }
            }
            _ => {}
        }
    }
    let alt = |v: &[String]| {
        let mut v: Vec<String> = v.iter().map(|p| regex::escape(p)).collect();
        v.sort_by_key(|p| std::cmp::Reverse(p.len()));
        v.join("|")
    };
    let roles_all: Vec<String> = home.iter().chain(&away).cloned().collect();
    // ASCII word boundaries keep both passes in the regex crate's DFA (as in `candidates`).
    let roles =
        Regex::new(&format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", alt(&roles_all))).expect("roles regex");
    let names: Vec<String> = demonyms.iter().map(|d| d.0.clone()).collect();
    let nations = AfterThe::new(
        format!(r"^[Tt]he ({}) (?i:({}))(?-u:\b)", alt(&names), alt(&heads)),
        &names,
    );
    let plurals: Vec<String> = people.iter().map(|d| d.0.clone()).collect();
    let peoples = AfterThe::new(format!(r"^[Tt]he ({})(?-u:\b)", alt(&plurals)), &plurals);
    let nouns: Vec<String> = players.iter().map(|d| d.0.clone()).collect();
    let player_nouns = AfterThe::new(format!(r"^[Tt]he ({})(?-u:\b)", alt(&nouns)), &nouns);
    let heads = heads.iter().map(|h| h.to_lowercase()).collect();
    // (Longest first: "the defending champions" before "the champions".)
    earlier_subjects.sort_by_key(|p| std::cmp::Reverse(p.len()));
    Lists {
        player_nouns,
        players,
        roles,
        earlier_subjects,
        role_verbs,
        venue_results,
        site_tails,
        role_home: home,
        nations,
        peoples,
        people,
        heads,
        demonyms,
    }
});

/// True when `phrase` (lower case) is a noun a nationality describes a side with ("side",
/// "champions", "league leaders").
pub fn is_nation_head(phrase: &str) -> bool {
    LISTS.heads.iter().any(|h| h == phrase)
}

/// Whether `text` opens (after spaces) on a description of a side by its role: "the hosts",
/// "The visitors".
pub fn opens_on_role(text: &str) -> bool {
    let rest = text.trim_start();
    // (Every role opens on "the": most clauses need no search.)
    if !(rest.starts_with("the ") || rest.starts_with("The ") || rest.starts_with("THE ")) {
        return false;
    }
    LISTS.roles.find(rest).is_some_and(|m| m.start() == 0)
}

/// Whether `text` opens (after spaces) on a description of a side the sentences before name
/// as their subject ("The champions won 25-21, …", "the holders"; `earlier_subject` in
/// `data/scores/descriptions.tsv`), followed by a word boundary.
pub fn opens_on_earlier_subject(text: &str) -> bool {
    let rest = text.trim_start();
    LISTS.earlier_subjects.iter().any(|p| {
        rest.len() >= p.len()
            && rest.is_char_boundary(p.len())
            && rest[..p.len()].eq_ignore_ascii_case(p)
            && !rest[p.len()..].starts_with(|c: char| c.is_alphanumeric())
    })
}

/// Every description in `doc.body`, in text order.
pub fn find(doc: &Doc) -> Vec<(Span, Desc)> {
    let lists = &*LISTS;
    let text = doc.body.as_str();
    let mut out: Vec<(Span, Desc)> = Vec::new();
    for (all, nat) in after_the(&lists.nations, text) {
        let Some(nat) = nat else {
            continue;
        };
        let Some((_, codes)) = lists.demonyms.iter().find(|d| d.0 == nat) else {
            continue;
        };
        // ("The Italians of AN Brescia": the name after "of" says which side.)
        if text[all.end..].starts_with(" of ") {
            continue;
        }
        out.push((all, Desc::Nation(codes.clone())));
    }
    // ("the Brazilians beat Racing Club"; not "the Germans Kruse and Weber", nor "the
    // Italians of AN Brescia".)
    for (all, codes) in nationals_alone(&lists.peoples, &lists.people, text) {
        out.push((all, Desc::Nation(codes)));
    }
    for m in lists.roles.find_iter(text) {
        let span = Span::new(m.start(), m.end());
        if out.iter().any(|(s, _)| s.overlaps(span)) {
            continue;
        }
        // ("the hosts' defence": still the side; "the visitors' end" too.)
        let low = m.as_str().to_lowercase();
        let desc = if lists.role_home.contains(&low) {
            Desc::Home
        } else {
            Desc::Away
        };
        out.push((span, desc));
    }
    out.sort_by_key(|d| d.0.start);
    out
}

/// The matches of `re` (`nations` or `peoples`, anchored) in `text`, left to right and never
/// overlapping, with the text of their first group. Each opens with "The " or "the " at an ASCII
/// word boundary and a capital letter after it (every nationality and plural noun starts with
/// one): most "the"s are followed by a lower-case word, and the regex is tried only at the
/// others. (Searching the whole body with the regex restarted it at every "the".)
fn after_the<'t>(re: &'t AfterThe, text: &'t str) -> impl Iterator<Item = (Span, Option<&'t str>)> {
    static HE: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new("he "));
    let b = text.as_bytes();
    let word_byte = |x: u8| x.is_ascii_alphanumeric() || x == b'_';
    // The first place at or after `from` where a match may start.
    let next_start = move |from: usize| {
        HE.find_iter(b.get(from + 1..)?)
            .map(|i| from + i)
            .find(|&s| {
                matches!(b[s], b'T' | b't')
                    && (s == 0 || !word_byte(b[s - 1]))
                    && b.get(s + 4).is_some_and(u8::is_ascii_uppercase)
            })
    };
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let start = next_start(from)?;
        // (The haystack from `start` on: the word boundary before it was checked above, the
        // one after the match sees the text that follows, as in a search of the whole text.)
        // (No name opens the text after "the ": the regex cannot match here.)
        let named = re.may_open(&b[start + 4..]);
        let Some(caps) = named.then(|| re.regex().captures(&text[start..])).flatten() else {
            from = start + 1;
            continue;
        };
        let all = caps.get(0)?;
        from = start + all.end();
        let group = caps
            .get(1)
            .map(|g| &text[start + g.start()..start + g.end()]);
        return Some((Span::new(start, from), group));
    })
}

/// The role verb ("hosted", "visited") `rest` opens with, followed by a space: true when it
/// makes its subject the home side.
pub fn role_verb(rest: &str) -> Option<(bool, usize)> {
    let lists = &*LISTS;
    lists.role_verbs.iter().find_map(|(v, home)| {
        let head = rest.get(..v.len())?;
        (head.eq_ignore_ascii_case(v) && rest[v.len()..].starts_with(' '))
            .then_some((*home, v.len() + 1))
    })
}

/// The team of the article a club's own site is named for: the page's site name ("Carlisle
/// United FC", "Arsenal.com") is, but for a club's form word or a web address's ending, the
/// name or an alias of exactly one team the text names.
pub fn site_team(doc: &Doc) -> Option<usize> {
    let site = doc.meta.site.as_deref()?.trim();
    // ("OM.fr", "www.arsenal.com": a web address's name.)
    let site = if site.contains('.') && !site.contains(' ') {
        let host = site.trim_start_matches("www.");
        host.split('.').next().unwrap_or(host)
    } else {
        site
    };
    let words_of = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let site = words_of(site);
    // ("Carlisle United FC", "Clonmore Camogie Club": the club's name and words a club's site
    // adds to it; not "Liverpool Echo".)
    let lists = &*LISTS;
    (1..=site.len())
        .rev()
        .take_while(|&k| site[k..].iter().all(|w| lists.site_tails.contains(w)))
        .find_map(|k| {
            let name = &site[..k];
            let mut found = doc
                .entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == EntityType::Team)
                .filter(|(_, e)| {
                    std::iter::once(&e.name)
                        .chain(e.aliases.iter())
                        .any(|n| words_of(n) == name)
                })
                .map(|(i, _)| i);
            match (found.next(), found.next()) {
                (Some(i), None) => Some(i),
                _ => None,
            }
        })
}

/// The result nouns that say where their side played ("home defeat", "away win") in `text`:
/// (start, end, home) of each, whole words, as the lists write them (lower case).
pub fn venue_results(text: &str) -> Vec<(usize, usize, bool)> {
    let lists = &*LISTS;
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    // (The first word of every phrase is "home", "away" or "road": found by a fast search,
    // then the phrase is checked at each.)
    for first in ["home ", "away ", "road "] {
        for at in memmem::find_iter(bytes, first.as_bytes()) {
            if at > 0 && bytes[at - 1].is_ascii_alphanumeric() {
                continue;
            }
            for (phrase, home) in &lists.venue_results {
                let end = at + phrase.len();
                let whole = phrase.starts_with(first)
                    && bytes.get(at..end) == Some(phrase.as_bytes())
                    && bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric());
                if whole {
                    out.push((at, end, *home));
                }
            }
        }
    }
    out.sort_unstable();
    out
}

/// The side whose country is one of `codes`, when exactly one of `pair` is.
pub fn nation_side(doc: &Doc, pair: [usize; 2], codes: &[String]) -> Option<usize> {
    let one_of = |of: &dyn Fn(usize) -> bool| match (of(pair[0]), of(pair[1])) {
        (true, false) => Some(pair[0]),
        (false, true) => Some(pair[1]),
        _ => None,
    };
    // A city's people ("@Berlin" for "the Berliners"): the one side whose name holds the city's
    // name as a word ("Füchse Berlin"), else the side of the country.
    let named_for = |i: usize| {
        doc.entities.get(i).is_some_and(|e| {
            codes
                .iter()
                .filter_map(|c| c.strip_prefix('@'))
                .any(|city| e.name.split([' ', '-']).any(|w| w == city))
        })
    };
    let of_country = |i: usize| {
        doc.entities
            .get(i)
            .and_then(|e| e.country.as_deref())
            .is_some_and(|c| codes.iter().any(|x| x == c))
    };
    one_of(&named_for).or_else(|| one_of(&of_country))
}

/// "The Frenchwoman was beaten 6-2, 6-3 by the Ukrainian": each "the" and a player's
/// nationality noun not followed by a name ("the American Courtney Vandermeer" names her), with
/// the nationality's country codes.
pub fn player_descriptions(doc: &Doc) -> Vec<(Span, Vec<String>)> {
    let lists = &*LISTS;
    nationals_alone(&lists.player_nouns, &lists.players, &doc.body).collect()
}

/// The matches of `re` (a "the" and a nationality's noun of `nouns`) that stand alone, not
/// followed by a name or by "of" ("the Germans Kruse and Weber", "the Italians of AN Brescia"
/// say who by the name), each with the nationality's country codes.
fn nationals_alone<'t>(
    re: &'t AfterThe,
    nouns: &'t [(String, Vec<String>)],
    text: &'t str,
) -> impl Iterator<Item = (Span, Vec<String>)> + 't {
    after_the(re, text).filter_map(move |(all, noun)| {
        let noun = noun?;
        let rest = &text[all.end..];
        let named_after = rest
            .strip_prefix(' ')
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase);
        if rest.starts_with(" of ") || named_after {
            return None;
        }
        let (_, codes) = nouns.iter().find(|d| d.0 == noun)?;
        Some((all, codes.clone()))
    })
}

/// The country codes the words right before a person's mention give: a nationality ("Czech
/// Karel Dvořáček", "British No 1 Oliver Kingsbury", "Spaniard Carlos Ruiz") or a country's
/// possessive ("Japan's Yuto Matsudaira", the place's own country).
pub fn nationality_before(doc: &Doc, mention: Span) -> Vec<String> {
    let lists = &*LISTS;
    let text = doc.body.as_str();
    let line_start = text[..mention.start].rfind('\n').map_or(0, |i| i + 1);
    let mut head = text[line_start..mention.start].trim_end();
    // (A ranking or seeding between: "world No 9", "No. 4", "top seed".)
    for _ in 0..3 {
        let Some((before, last)) = head.rsplit_once(' ') else {
            break;
        };
        let rank = last.bytes().all(|b| b.is_ascii_digit())
            || matches!(
                last,
                "No" | "No." | "no." | "world" | "number" | "seed" | "top"
            );
        if !rank {
            break;
        }
        head = before.trim_end();
    }
    if let Some(owner) = head.strip_suffix("'s").or_else(|| head.strip_suffix("’s")) {
        let owner_start = line_start + owner.len();
        return doc
            .entities
            .iter()
            .filter(|e| e.kind == crate::doc::EntityType::Place)
            .find(|e| e.mentions.iter().any(|m| m.end == owner_start))
            .and_then(|e| e.country.clone())
            .into_iter()
            .collect();
    }
    let last = head.rsplit(' ').next().unwrap_or("");
    lists
        .demonyms
        .iter()
        .chain(&lists.players)
        .find(|d| d.0 == last)
        .map(|d| d.1.clone())
        .unwrap_or_default()
}

/// True when `abbr` shortens `word`: the same first letter, the rest of its letters in order
/// ("fla" for "florida", "minn" for "minnesota").
fn abbreviates(abbr: &str, word: &str) -> bool {
    let mut rest = word.chars();
    abbr.chars().next() == word.chars().next() && abbr.chars().all(|c| rest.any(|d| d == c))
}

/// The marks that end a dateline ("BOSTON —", "LONDON (AP)").
const DATELINE_MARKS: [&str; 5] = ["—", "–", " -", "(", ":"];

/// Where the first `DATELINE_MARKS` mark of `text` stands, when within 40 bytes of its start.
/// Only the text's first bytes are searched, not the whole paragraph: a mark starting by byte 40
/// ends by byte 43 (none is longer than three bytes).
fn dateline_end(text: &str) -> Option<usize> {
    let mut cut = text.len().min(43);
    while !text.is_char_boundary(cut) {
        cut += 1;
    }
    DATELINE_MARKS
        .iter()
        .filter_map(|m| text[..cut].find(m))
        .min()
        .filter(|&end| end <= 40)
}

/// Each ground's home sides by the gazetteer's canonical names (`data/scores/home_grounds.tsv`).
static HOME_GROUNDS: LazyLock<crate::extract::text::FastMap<&'static str, Vec<&'static str>>> =
    LazyLock::new(|| {
        crate::extract::text::data_lines(include_str!("../../../data/scores/home_grounds.tsv"))
            .filter_map(|line| line.split_once('\t'))
            .map(|(ground, sides)| (ground.trim(), sides.split('|').map(str::trim).collect()))
            .collect()
    });

/// The entities of `doc` that play their home games at the ground `venue` (an entity of type
/// venue): Pittodrie → Aberdeen, where the article names Aberdeen.
pub fn home_sides(doc: &Doc, venue: usize) -> Vec<usize> {
    let Some(ground) = doc
        .entities
        .get(venue)
        .filter(|e| e.kind == EntityType::Venue)
    else {
        return Vec::new();
    };
    let Some(homes) = HOME_GROUNDS.get(ground.name.as_str()) else {
        return Vec::new();
    };
    doc.entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityType::Team && homes.contains(&e.name.as_str()))
        .map(|(i, _)| i)
        .collect()
}

/// The home side the dateline names: "SUNRISE, Fla. — …", "DENVER (AP) — …" — the one side of
/// `pair` a word of the dateline names (or begins, when abbreviated: "Fla." for Florida).
pub fn dateline_home(doc: &Doc, pair: [usize; 2]) -> Option<usize> {
    let p = doc
        .paragraphs
        .iter()
        .find(|p| p.kind == ParagraphKind::Text)?;
    let text = doc.text(p.span);
    let end = dateline_end(text)?;
    let head = &text[..end];
    let first = head.split(|c: char| !c.is_alphabetic()).next()?;
    // A dateline opens on a place in capitals.
    if first.chars().count() < 3 || first.chars().any(char::is_lowercase) {
        return None;
    }
    let words: Vec<(String, bool)> = head
        .split(|c: char| !c.is_alphabetic() && c != '.')
        .filter(|w| w.trim_end_matches('.').chars().count() >= 3)
        .map(|w| (w.trim_end_matches('.').to_lowercase(), w.ends_with('.')))
        .collect();
    let names = |i: usize| -> Vec<String> {
        let Some(e) = doc.entities.get(i) else {
            return Vec::new();
        };
        std::iter::once(&e.name)
            .chain(&e.aliases)
            .flat_map(|n| n.split_whitespace())
            .map(str::to_lowercase)
            .collect()
    };
    let names_side = |i: usize| {
        let team_words = names(i);
        words.iter().any(|(w, abbr)| {
            team_words
                .iter()
                .any(|t| t == w || (*abbr && abbreviates(w, t)))
        })
    };
    match (names_side(pair[0]), names_side(pair[1])) {
        (true, false) => Some(pair[0]),
        (false, true) => Some(pair[1]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dateline_end_is_found_as_in_the_whole_paragraph() {
        // The search of the whole text, as it was.
        let whole = |text: &str| {
            DATELINE_MARKS
                .iter()
                .filter_map(|m| text.find(m))
                .min()
                .filter(|&end| end <= 40)
        };
        let pad = "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz é — ( : – -";
        for n in 0..=pad.len() {
            if !pad.is_char_boundary(n) {
                continue;
            }
            for tail in ["", "—", " – LONDON", "(AP)", ": x", " -", "é—", "x"] {
                for lead in ["", "BOSTON ", "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ"] {
                    let text = format!("{lead}{}{tail} more words — here", &pad[..n]);
                    assert_eq!(dateline_end(&text), whole(&text), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn a_dateline_names_the_home_side() {
        let doc = crate::extract::scores::corpus_doc(
            "SUNRISE, Fla. — Varga scored as the Florida Panthers beat the Carolina Hurricanes 5-2.",
            "team:Florida Panthers|Panthers|Florida; team:Carolina Hurricanes|Hurricanes|Carolina",
        );
        assert_eq!(dateline_home(&doc, [1, 0]), Some(0));
        // A place no side is named after says nothing.
        let doc = crate::extract::scores::corpus_doc(
            "DENVER (AW) — Lindgren scored as the Colorado Avalanche beat the Vegas Golden Knights 3-2.",
            "team:Colorado Avalanche|Avalanche; team:Vegas Golden Knights|Vegas",
        );
        assert_eq!(dateline_home(&doc, [0, 1]), None);
        assert!(abbreviates("minn", "minnesota") && !abbreviates("fla", "carolina"));
    }

    #[test]
    fn a_club_site_is_named_for_its_club() {
        let site = |name: &str| {
            crate::extract::scores::corpus_doc(
                &format!("site:{name}"),
                &format!(
                    "site:{name}; team:Olympique de Marseille|Marseille|OM; team:Liverpool; \
                     team:Clonmore"
                ),
            )
        };
        assert_eq!(site_team(&site("OM.fr")), Some(0));
        assert_eq!(site_team(&site("www.liverpool.com")), Some(1));
        assert_eq!(site_team(&site("Liverpool FC Official Website")), Some(1));
        assert_eq!(site_team(&site("Clonmore Camogie Club")), Some(2));
        // A paper named after a city is no club's site.
        assert_eq!(site_team(&site("Liverpool Echo")), None);
        assert_eq!(site_team(&site("Marseille Matin")), None);
    }
}
