//! The word lists the entity rules read (data/entities/*, data/given_names.txt,
//! data/cue_verbs.txt), parsed once per process. Lookups take lower-case keys unless said.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::doc::EntityType;

use super::fold;

/// Where a type cue stands in a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CuePos {
    Prefix,
    Suffix,
    Any,
}

/// Which way a context cue points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    TeamBefore,
    TeamAfter,
    PlaceBefore,
    PlaceAfter,
    Speech,
}

pub struct Lexicon {
    /// Folded, lower-case given names.
    pub given: HashSet<String>,
    /// Lower-case ordinary words.
    pub common: HashSet<String>,
    /// Lower-case months and weekdays.
    pub calendar: HashSet<String>,
    /// Lower-case, folded demonyms (one or more words).
    pub demonyms: HashSet<String>,
    pub particles: HashSet<String>,
    pub elided: HashSet<String>,
    /// Titles as written (case-sensitive), with and without the full stop.
    pub titles: HashSet<String>,
    /// Suffixes as written.
    pub suffixes: HashSet<String>,
    /// Role noun (lower case, one to three words) → role (`None` for "a person, no role").
    pub roles: HashMap<String, Option<&'static str>>,
    /// Longest role noun, in words.
    pub role_words: usize,
    /// Type cue word (as written) → (type, position).
    pub type_cues: HashMap<String, Vec<(EntityType, CuePos)>>,
    /// Context cue (lower case, one to three words) → classes.
    pub cues: HashMap<String, Vec<Cue>>,
    pub cue_words: usize,
    /// Lower-case sport words → sport.
    pub sport_words: HashMap<String, &'static str>,
}

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

const ROLES: [&str; 5] = ["player", "coach", "referee", "executive", "journalist"];

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let given = lines(include_str!("../../../data/given_names.txt"))
        .filter_map(|l| l.split('\t').next())
        .map(fold::key)
        .filter(|n| !n.is_empty())
        .collect();
    let common = lines(include_str!("../../../data/entities/common_words.txt"))
        .flat_map(str::split_whitespace)
        .map(str::to_lowercase)
        .collect();
    let calendar = lines(include_str!("../../../data/entities/calendar.txt"))
        .flat_map(str::split_whitespace)
        .map(str::to_string)
        .collect();
    let demonyms = lines(include_str!("../../../data/entities/demonyms.txt"))
        .map(fold::key)
        .collect();
    let particles = lines(include_str!("../../../data/entities/particles.txt"))
        .map(str::to_lowercase)
        .collect();
    let elided = lines(include_str!("../../../data/entities/name_prefixes.txt"))
        .map(str::to_lowercase)
        .collect();
    let titles = lines(include_str!("../../../data/entities/titles.txt"))
        .map(str::to_string)
        .collect();
    let suffixes = lines(include_str!("../../../data/entities/name_suffixes.txt"))
        .map(str::to_string)
        .collect();
    let mut roles = HashMap::new();
    let mut role_words = 1;
    for line in lines(include_str!("../../../data/entities/role_nouns.tsv")) {
        let mut cols = line.split('\t');
        let (Some(noun), Some(role)) = (cols.next(), cols.next()) else {
            continue;
        };
        let role = ROLES.iter().find(|r| **r == role.trim()).copied();
        let noun = noun.trim().to_lowercase();
        role_words = role_words.max(noun.split_whitespace().count());
        roles.entry(noun).or_insert(role);
    }
    let mut type_cues: HashMap<String, Vec<(EntityType, CuePos)>> = HashMap::new();
    for line in lines(include_str!("../../../data/entities/type_cues.tsv")) {
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.len() < 3 {
            continue;
        }
        let Some(kind) = EntityType::parse(cols[1]) else {
            continue;
        };
        let pos = match cols[2] {
            "prefix" => CuePos::Prefix,
            "suffix" => CuePos::Suffix,
            _ => CuePos::Any,
        };
        type_cues
            .entry(cols[0].to_string())
            .or_default()
            .push((kind, pos));
    }
    let mut cues: HashMap<String, Vec<Cue>> = HashMap::new();
    let mut cue_words = 1;
    for line in lines(include_str!("../../../data/entities/context_cues.tsv")) {
        let Some((cue, class)) = line.split_once('\t') else {
            continue;
        };
        let class = match class.trim() {
            "team_before" => Cue::TeamBefore,
            "team_after" => Cue::TeamAfter,
            "place_before" => Cue::PlaceBefore,
            "place_after" => Cue::PlaceAfter,
            "speech" => Cue::Speech,
            _ => continue,
        };
        let cue = cue.trim().to_lowercase();
        cue_words = cue_words.max(cue.split_whitespace().count());
        cues.entry(cue).or_default().push(class);
    }
    // The shared speech verbs are speech cues too.
    for line in lines(include_str!("../../../data/cue_verbs.txt")) {
        let verb = line.trim().to_lowercase();
        if !verb.contains(' ') {
            let classes = cues.entry(verb).or_default();
            if !classes.contains(&Cue::Speech) {
                classes.push(Cue::Speech);
            }
        }
    }
    let mut sport_words = HashMap::new();
    for line in lines(include_str!("../../../data/entities/sport_words.tsv")) {
        if let Some((word, sport)) = line.split_once('\t') {
            sport_words.insert(word.trim().to_lowercase(), sport.trim());
        }
    }
    Lexicon {
        given,
        common,
        calendar,
        demonyms,
        particles,
        elided,
        titles,
        suffixes,
        roles,
        role_words,
        type_cues,
        cues,
        cue_words,
        sport_words,
    }
});

impl Lexicon {
    pub fn is_given(&self, word: &str) -> bool {
        self.given.contains(&fold::key(word))
    }
    pub fn is_common(&self, word: &str) -> bool {
        self.common
            .contains(&word.to_lowercase().replace(['’', 'ʼ'], "'"))
    }
    pub fn is_calendar(&self, word: &str) -> bool {
        self.calendar.contains(&word.to_lowercase())
    }
    pub fn is_demonym(&self, words: &str) -> bool {
        self.demonyms.contains(&fold::key(words))
    }
    pub fn is_particle(&self, word: &str) -> bool {
        self.particles.contains(&word.to_lowercase())
    }
    pub fn is_title(&self, word: &str) -> bool {
        self.titles.contains(word)
    }
    pub fn is_suffix(&self, word: &str) -> bool {
        self.suffixes.contains(word)
    }
    /// The role of a role noun, singular or plural: `Some(role)` when it is one.
    pub fn role(&self, noun: &str) -> Option<Option<&'static str>> {
        let noun = noun.to_lowercase();
        if let Some(r) = self.roles.get(&noun) {
            return Some(*r);
        }
        let singular = noun.strip_suffix('s')?;
        self.roles.get(singular).copied()
    }
    pub fn cue(&self, words: &str) -> &[Cue] {
        self.cues.get(words).map(Vec::as_slice).unwrap_or(&[])
    }
    /// The type a cue word gives a name when it stands at `pos` (first or last word).
    pub fn type_cue(&self, word: &str, first: bool, last: bool) -> Option<EntityType> {
        self.type_cues.get(word)?.iter().find_map(|&(kind, pos)| {
            let fits = match pos {
                CuePos::Prefix => first,
                CuePos::Suffix => last,
                CuePos::Any => true,
            };
            fits.then_some(kind)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let lex = &*LEXICON;
        assert!(lex.is_common("Then"));
        assert!(lex.is_demonym("South African"));
        assert!(lex.is_particle("van"));
        assert!(lex.is_title("Mr."));
        assert!(lex.is_suffix("Jr."));
        assert_eq!(lex.role("strikers"), Some(Some("player")));
        assert_eq!(lex.role("head coach"), Some(Some("coach")));
        assert_eq!(lex.role("wife"), Some(None));
        assert_eq!(lex.role("table"), None);
        assert!(lex.cue("said").contains(&Cue::Speech));
        assert!(lex.cue("beat").contains(&Cue::TeamBefore));
        assert_eq!(
            lex.type_cue("Stadium", false, true),
            Some(EntityType::Venue)
        );
        assert_eq!(lex.type_cue("Stadium", true, false), None);
    }
}
