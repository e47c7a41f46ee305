//! The word lists the entity rules read (data/entities/*, data/given_names.txt,
//! data/cue_verbs.txt), parsed once per process. Lookups take lower-case keys unless said.

use std::sync::LazyLock;

use crate::doc::EntityType;

use super::fold;

use crate::extract::text::ascii_word_hash_lower;
pub use crate::extract::text::{word_hash, FastMap, FastSet, WordMap};

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
    NationBefore,
    /// "a pass from", "late hitting from": the name after is the player who did it, not where
    /// someone comes from (cancels the shorter "from").
    PersonBefore,
    Speech,
}

/// What a single word is, as bits: one look-up answers every list at once.
pub mod word {
    pub const GIVEN: u32 = 1;
    pub const COMMON: u32 = 1 << 1;
    pub const CALENDAR: u32 = 1 << 2;
    pub const DEMONYM: u32 = 1 << 3;
    /// First word of a demonym of two words ("South African").
    pub const DEMONYM_HEAD: u32 = 1 << 4;
    pub const PARTICLE: u32 = 1 << 5;
    /// A title in some capitalisation (check the exact form with `titles`).
    pub const TITLE: u32 = 1 << 6;
    /// A name suffix in some capitalisation (check the exact form with `suffixes`).
    pub const SUFFIX: u32 = 1 << 7;
    /// A one-word role noun (singular or plural).
    pub const ROLE: u32 = 1 << 8;
    /// A type cue word in some capitalisation.
    pub const CUE: u32 = 1 << 9;
    /// A given name that is also an ordinary word ("Will", "May").
    pub const WORD_GIVEN: u32 = 1 << 10;
    /// A lower-case word that after a hyphen makes a name an adjective ("Kent-born").
    pub const COMPOUND_TAIL: u32 = 1 << 11;
    /// A word that counts what follows ("Three", "Several"): never a name's first word.
    pub const COUNT: u32 = 1 << 12;
}

pub struct Lexicon {
    /// Every single word of the lists below → its `word::*` bits.
    pub words: WordMap<u32>,
    /// Lower-case ordinary words.
    pub common: FastSet<String>,
    /// Lower-case, folded demonyms (one or more words).
    pub demonyms: FastSet<String>,
    /// First bytes of the particles (a cheap test before the look-up).
    pub particle_firsts: [bool; 256],
    /// The particles of up to eight ASCII letters, packed into integers and sorted: the
    /// tokenizer's test for a lower-case word, with no hashing.
    particles_packed: Vec<u64>,
    /// A bit for every [`sport_slot`] of a packed particle: most lower-case words ("the", "and",
    /// "last") fail this before the search.
    particle_filter: Vec<u64>,
    pub elided: FastSet<String>,
    /// Titles as written (case-sensitive), with and without the full stop.
    pub titles: FastSet<String>,
    /// Suffixes as written.
    pub suffixes: FastSet<String>,
    /// Words that open a side's nickname before a capitalised plural ("Lady Tigers"), as
    /// written.
    pub nickname_prefixes: FastSet<String>,
    /// Compass words that open a name with the town after them ("West Hull"), as written.
    pub compass_words: FastSet<String>,
    /// School and college class years capitalised before a full name ("Senior Isaiah Brandt").
    pub class_years: FastSet<String>,
    /// Titles and suffixes that end in a full stop, without it ("Mr", "Jr"): the stop stays in
    /// the token.
    pub stop_stems: FastSet<String>,
    /// The first bytes of `stop_stems`.
    pub stop_stem_firsts: [bool; 256],
    /// Role noun (lower case, one to three words) → role (`None` for "a person, no role").
    pub roles: FastMap<String, Option<&'static str>>,
    /// Longest role noun, in words.
    pub role_words: usize,
    /// Type cue word (as written) → (type, position).
    pub type_cues: FastMap<String, Vec<(EntityType, CuePos)>>,
    /// Cue words written as one word with the name after them ("Pala" in "PalaBigi").
    pub joined_cues: Vec<(String, EntityType)>,
    /// Last words (as written) that make a name an object of no entity type ("Claret Jug").
    pub thing_heads: FastSet<String>,
    /// Context cue (lower case, one to three words) → classes.
    pub cues: FastMap<String, Vec<Cue>>,
    /// Lower-case words that, after a place's name, make the name of another side than the
    /// place's own ("Oregon State" is not Oregon, "Texas A&M" not Texas).
    pub other_side_after: FastSet<String>,
    /// Lower-case words that, capitalised at a sentence's or headline's start, never open a name
    /// (`data/entities/function_words.tsv`).
    pub never_opens_name: Vec<String>,
    /// Lower-case words a Title Case headline leaves in lower case (the same file).
    pub title_case_lower: Vec<String>,
    /// [`word_hash`] of the first word of every cue and of every role noun → what it opens
    /// ([`OPENS_CUE`], [`OPENS_ROLE`]), and of every role noun's first word with an "s" added
    /// ([`OPENS_ROLE_PLURAL`]): most words open nothing, and one look-up of a word rules out
    /// every phrase it opens, of both kinds.
    openers: WordMap<u8>,
    pub cue_words: usize,
    /// Words naming another side of a club after the club's name ("Celtic B", "Arsenal Women"),
    /// with whether they may follow its possessive (`data/entities/squad_markers.txt`).
    pub squad_markers: Vec<(&'static str, bool)>,
    /// Last words of an institution's name no person carries ("University", "College").
    pub institution_tails: Vec<&'static str>,
    /// Lower-case nouns of an appositive that make a name an organisation's ("the promoter").
    pub org_nouns: FastSet<String>,
    /// Lower-case sport words → sport.
    pub sport_words: FastMap<String, &'static str>,
    /// Sport words other codes use too ("goal", "penalty"): a vote for every three.
    pub shared_sport_words: FastSet<String>,
    /// A bit for every (length, first byte, second byte) of a sport word ([`sport_slot`]): a
    /// cheap test before the look-up, which runs on every lower-case word.
    sport_filter: Vec<u64>,
}

/// A word's bit in [`Lexicon::sport_filter`] (and `particle_filter`): its length (up to 15) and
/// five low bits of each of its first two bytes (the same for either case of a letter).
fn sport_slot(w: &[u8]) -> usize {
    let b0 = w.first().map_or(0, |&b| b as usize & 31);
    let b1 = w.get(1).map_or(0, |&b| b as usize & 31);
    (w.len().min(15) << 10) | (b0 << 5) | b1
}

use crate::extract::text::data_lines as lines;

const ROLES: [&str; 5] = ["player", "coach", "referee", "executive", "journalist"];

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    // (The first column, cut by memchr: `str::split` of a char set up a searcher for each of
    // the seven thousand lines.)
    let given: FastSet<String> = lines(include_str!("../../../data/given_names.txt"))
        .map(|l| memchr::memchr(b'\t', l.as_bytes()).map_or(l, |i| &l[..i]))
        .map(fold::key)
        .filter(|n| !n.is_empty())
        .collect();
    let common: FastSet<String> = lines(include_str!("../../../data/entities/common_words.txt"))
        .flat_map(str::split_whitespace)
        .map(str::to_lowercase)
        .collect();
    let count_words: Vec<&str> = lines(include_str!("../../../data/entities/count_words.txt"))
        .flat_map(str::split_whitespace)
        .collect();
    let calendar: FastSet<String> = lines(include_str!("../../../data/entities/calendar.txt"))
        .flat_map(str::split_whitespace)
        .map(str::to_string)
        .collect();
    let demonyms: FastSet<String> = lines(include_str!("../../../data/entities/demonyms.txt"))
        .map(fold::key)
        .collect();
    let compound_tails: Vec<&str> =
        lines(include_str!("../../../data/entities/compound_tails.txt")).collect();
    let particles: FastSet<String> = lines(include_str!("../../../data/entities/particles.txt"))
        .map(str::to_lowercase)
        .collect();
    let elided = lines(include_str!("../../../data/entities/name_prefixes.txt"))
        .map(str::to_lowercase)
        .collect();
    let titles: FastSet<String> = lines(include_str!("../../../data/entities/titles.txt"))
        .map(str::to_string)
        .collect();
    let suffixes: FastSet<String> = lines(include_str!("../../../data/entities/name_suffixes.txt"))
        .map(str::to_string)
        .collect();
    let nickname_prefixes: FastSet<String> =
        lines(include_str!("../../../data/entities/nickname_prefixes.txt"))
            .map(str::to_string)
            .collect();
    let class_years: FastSet<String> =
        lines(include_str!("../../../data/entities/class_years.txt"))
            .map(str::to_string)
            .collect();
    let compass_words: FastSet<String> =
        lines(include_str!("../../../data/entities/compass_words.txt"))
            .map(str::to_string)
            .collect();
    let mut roles = FastMap::default();
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
    let mut type_cues: FastMap<String, Vec<(EntityType, CuePos)>> = FastMap::default();
    let mut thing_heads: FastSet<String> = FastSet::default();
    let mut joined_cues: Vec<(String, EntityType)> = Vec::new();
    for line in lines(include_str!("../../../data/entities/type_cues.tsv")) {
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.len() < 3 {
            continue;
        }
        if cols[1] == "thing" {
            thing_heads.insert(cols[0].to_string());
            continue;
        }
        let Some(kind) = EntityType::parse(cols[1]) else {
            continue;
        };
        if cols[2] == "joined" {
            joined_cues.push((cols[0].to_string(), kind));
            continue;
        }
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
    let mut cues: FastMap<String, Vec<Cue>> = FastMap::default();
    let mut other_side_after: FastSet<String> = FastSet::default();
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
            "nation_before" => Cue::NationBefore,
            "speech" => Cue::Speech,
            "person_before" => Cue::PersonBefore,
            "other_side_after" => {
                other_side_after.insert(cue.trim().to_lowercase());
                continue;
            }
            _ => continue,
        };
        let cue = cue.trim().to_lowercase();
        cue_words = cue_words.max(cue.split_whitespace().count());
        cues.entry(cue).or_default().push(class);
    }
    let (mut never_opens_name, mut title_case_lower) = (Vec::new(), Vec::new());
    for line in lines(include_str!("../../../data/entities/function_words.tsv")) {
        let Some((word, class)) = line.split_once('\t') else {
            continue;
        };
        let word = word.trim().to_lowercase();
        match class.trim() {
            "never_opens_name" => never_opens_name.push(word),
            "title_case_lower" => title_case_lower.push(word),
            _ => {}
        }
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
    let institution_tails: Vec<&str> =
        lines(include_str!("../../../data/entities/institution_tails.txt")).collect();
    let squad_markers: Vec<(&str, bool)> =
        lines(include_str!("../../../data/entities/squad_markers.txt"))
            .map(|l| match l.split_once('\t') {
                Some((w, tag)) => (w.trim(), tag.trim() == "'s"),
                None => (l.trim(), false),
            })
            .collect();
    let org_nouns: FastSet<String> = lines(include_str!("../../../data/entities/org_nouns.txt"))
        .map(str::to_lowercase)
        .collect();
    let mut sport_words = FastMap::default();
    let mut shared_sport_words = FastSet::default();
    for line in lines(include_str!("../../../data/entities/sport_words.tsv")) {
        let mut cols = line.split('\t');
        if let (Some(word), Some(sport)) = (cols.next(), cols.next()) {
            let word = word.trim().to_lowercase();
            if cols.next().is_some_and(|c| c.trim() == "shared") {
                shared_sport_words.insert(word.clone());
            }
            sport_words.insert(word, sport.trim());
        }
    }
    let mut particle_firsts = [false; 256];
    for p in &particles {
        let p: &String = p;
        particle_firsts[p.as_bytes()[0] as usize] = true;
    }
    let mut particles_packed: Vec<u64> = particles
        .iter()
        .filter_map(|p| pack_ascii(p.as_bytes()))
        .collect();
    particles_packed.sort_unstable();
    let mut particle_filter = vec![0u64; (16 << 10) / 64];
    for p in &particles {
        if pack_ascii(p.as_bytes()).is_some() {
            let slot = sport_slot(p.as_bytes());
            particle_filter[slot / 64] |= 1 << (slot % 64);
        }
    }
    let mut sport_filter = vec![0u64; (16 << 10) / 64];
    for w in sport_words.keys() {
        let slot = sport_slot(w.as_bytes());
        sport_filter[slot / 64] |= 1 << (slot % 64);
    }
    let mut words: WordMap<u32> = WordMap::default();
    {
        let mut mark = |w: &str, bit: u32| {
            let key = straight_apostrophes(fold::key(w));
            *words.entry(word_hash(key.as_bytes())).or_default() |= bit;
        };
        for w in &given {
            mark(w, word::GIVEN);
        }
        for w in &common {
            mark(w, word::COMMON);
        }
        for w in &count_words {
            mark(w, word::COUNT);
        }
        for w in &calendar {
            mark(w, word::CALENDAR);
        }
        for w in &demonyms {
            let w: &String = w;
            match w.split_once(' ') {
                Some((head, _)) => mark(head, word::DEMONYM_HEAD),
                None => mark(w, word::DEMONYM),
            }
        }
        for w in &particles {
            mark(w, word::PARTICLE);
        }
        for w in &compound_tails {
            mark(w, word::COMPOUND_TAIL);
        }
        for w in &titles {
            mark(w, word::TITLE);
        }
        for w in &suffixes {
            mark(w, word::SUFFIX);
        }
        for w in roles.keys() {
            let w: &String = w;
            if !w.contains(' ') {
                mark(w, word::ROLE);
                mark(&format!("{w}s"), word::ROLE);
            }
        }
        for w in type_cues.keys() {
            mark(w, word::CUE);
        }
        for w in lines(include_str!("../../../data/entities/word_given_names.txt")) {
            mark(w, word::WORD_GIVEN);
        }
    }
    let stop_stems: FastSet<String> = titles
        .iter()
        .chain(suffixes.iter())
        .filter_map(|t| t.strip_suffix('.'))
        .map(str::to_string)
        .collect();
    let mut stop_stem_firsts = [false; 256];
    for stem in &stop_stems {
        if let Some(&b) = stem.as_bytes().first() {
            stop_stem_firsts[b as usize] = true;
        }
    }
    Lexicon {
        stop_stems,
        stop_stem_firsts,
        words,
        particle_firsts,
        particles_packed,
        particle_filter,
        sport_filter,
        common,
        demonyms,
        elided,
        titles,
        suffixes,
        nickname_prefixes,
        compass_words,
        class_years,
        openers: openers(&cues, &roles),
        roles,
        role_words,
        type_cues,
        joined_cues,
        thing_heads,
        cues,
        other_side_after,
        never_opens_name,
        title_case_lower,
        cue_words,
        org_nouns,
        squad_markers,
        institution_tails,
        sport_words,
        shared_sport_words,
    }
});

/// Calls `f` with `word` folded and lower-cased: on a stack buffer for short ASCII words (the
/// usual case, no allocation), else through [`fold::key`].
fn with_key<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let bytes = word.as_bytes();
    if bytes.len() <= 32 && bytes.iter().all(|b| b.is_ascii() && *b != b' ') {
        let mut buf = [0u8; 32];
        for (d, s) in buf.iter_mut().zip(bytes) {
            *d = s.to_ascii_lowercase();
        }
        // ASCII in, ASCII out.
        let lower = std::str::from_utf8(&buf[..bytes.len()]).unwrap_or("");
        f(lower)
    } else {
        f(&straight_apostrophes(fold::key(word)))
    }
}

/// `key.replace('’', "'")`, without a copy when there is no curly apostrophe (nearly always:
/// some 10,000 words of the lists are marked at every start).
fn straight_apostrophes(key: String) -> String {
    if !key.is_ascii() && key.contains('’') {
        key.replace('’', "'")
    } else {
        key
    }
}

/// Up to eight ASCII bytes, lower-cased, as one integer (first byte highest).
fn pack_ascii(w: &[u8]) -> Option<u64> {
    if w.is_empty() || w.len() > 8 || !w.is_ascii() {
        return None;
    }
    Some(
        w.iter()
            .fold(0u64, |k, &b| (k << 8) | b.to_ascii_lowercase() as u64),
    )
}

/// [`Lexicon::openers`] bits: some cue phrase opens with the word; some role noun does; the
/// word is a role noun's first word and an "s".
const OPENS_CUE: u8 = 1;
const OPENS_ROLE: u8 = 2;
const OPENS_ROLE_PLURAL: u8 = 4;

/// [`Lexicon::openers`] of the cue phrases and role nouns.
fn openers<C, R>(cues: &FastMap<String, C>, roles: &FastMap<String, R>) -> WordMap<u8> {
    let first = |k: &str| k.split(' ').next().unwrap_or("").to_string();
    let mut out: WordMap<u8> = WordMap::default();
    for k in cues.keys() {
        *out.entry(word_hash(first(k).as_bytes())).or_default() |= OPENS_CUE;
    }
    for k in roles.keys() {
        let w = first(k);
        *out.entry(word_hash(w.as_bytes())).or_default() |= OPENS_ROLE;
        *out.entry(word_hash(format!("{w}s").as_bytes()))
            .or_default() |= OPENS_ROLE_PLURAL;
    }
    out
}

impl Lexicon {
    /// The `word::*` bits of one word (folded, any case).
    pub fn flags(&self, w: &str) -> u32 {
        // The common case, a short ASCII word: lower-cased on the stack and hashed as bytes
        // (no string to make; this runs for most tokens).
        let b = w.as_bytes();
        if b.len() <= 32 && !b.contains(&b' ') {
            if let Some(hash) = ascii_word_hash_lower(b) {
                return self.words.get(&hash).copied().unwrap_or(0);
            }
        }
        with_key(w, |k| {
            self.words
                .get(&word_hash(k.as_bytes()))
                .copied()
                .unwrap_or(0)
        })
    }
    /// [`Lexicon::flags`] of one token's text (no spaces in it, so none to look for).
    pub fn token_flags(&self, w: &str) -> u32 {
        let b = w.as_bytes();
        if b.len() <= 32 {
            if let Some(hash) = ascii_word_hash_lower(b) {
                return self.words.get(&hash).copied().unwrap_or(0);
            }
        } else if b.is_ascii() {
            return self.flags(w);
        }
        // Accented or curly-quoted: a token folds to letters, digits and joiners, so its key
        // (`fold::key`, nothing to tidy) is made on the stack.
        let mut buf = [0u8; 64];
        let mut n = 0;
        for c in w.chars() {
            let mut one = [0u8; 4];
            let piece = if c.is_ascii() {
                c.encode_utf8(&mut one)
            } else {
                fold::fold_char(c)
            };
            let Some(dest) = buf.get_mut(n..n + piece.len()) else {
                return self.flags(w);
            };
            dest.copy_from_slice(piece.as_bytes());
            n += piece.len();
        }
        let key = &mut buf[..n];
        if key.is_empty() || key.iter().any(u8::is_ascii_whitespace) || key.contains(&0x0B) {
            return self.flags(w);
        }
        key.make_ascii_lowercase();
        self.words.get(&word_hash(key)).copied().unwrap_or(0)
    }
    /// Whether `w` may be a sport word (false only when it is none).
    pub fn may_be_sport_word(&self, w: &[u8]) -> bool {
        let slot = sport_slot(w);
        self.sport_filter[slot / 64] & (1 << (slot % 64)) != 0
    }
    /// Whether an ASCII word is a name particle (any case), as `flags` would say, without
    /// hashing.
    pub fn is_particle_ascii(&self, w: &[u8]) -> bool {
        let slot = sport_slot(w);
        self.particle_filter[slot / 64] & (1 << (slot % 64)) != 0
            && pack_ascii(w).is_some_and(|k| self.particles_packed.binary_search(&k).is_ok())
    }
    pub fn is_given(&self, w: &str) -> bool {
        self.flags(w) & word::GIVEN != 0
    }
    pub fn is_common(&self, w: &str) -> bool {
        self.flags(w) & word::COMMON != 0
    }
    pub fn is_demonym(&self, words: &str) -> bool {
        with_key(words, |k| self.demonyms.contains(k))
    }
    /// [`Lexicon::is_demonym`] of two words one space apart ("South African"): for plain ASCII
    /// words (their key is the pair in lower case) on the stack, with no string built.
    pub fn is_demonym_pair(&self, first: &str, second: &str) -> bool {
        let n = first.len() + 1 + second.len();
        let plain = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_graphic());
        if n > 64 || !plain(first) || !plain(second) {
            return self.is_demonym(&format!("{first} {second}"));
        }
        let mut buf = [0u8; 64];
        buf[..first.len()].copy_from_slice(first.as_bytes());
        buf[first.len()] = b' ';
        buf[first.len() + 1..n].copy_from_slice(second.as_bytes());
        buf[..n].make_ascii_lowercase();
        std::str::from_utf8(&buf[..n]).is_ok_and(|k| self.demonyms.contains(k))
    }
    pub fn is_title(&self, word: &str) -> bool {
        self.titles.contains(word)
    }
    pub fn is_suffix(&self, word: &str) -> bool {
        self.suffixes.contains(word)
    }
    /// The role of a role noun, singular or plural: `Some(role)` when it is one.
    pub fn role(&self, noun: &str) -> Option<Option<&'static str>> {
        if noun.is_ascii() {
            return with_key(noun, |k| self.role_lower(k));
        }
        self.role_lower(&noun.to_lowercase())
    }
    /// A singular role noun only, lower case: a plural before a name is no apposition
    /// ("one of many players Gasperini has improved" does not make Gasperini a player).
    pub fn role_singular_lower(&self, noun: &str) -> Option<Option<&'static str>> {
        self.roles.get(noun).copied()
    }
    /// As [`Lexicon::role`], for a phrase already in lower case (no allocation).
    pub fn role_lower(&self, noun: &str) -> Option<Option<&'static str>> {
        if let Some(r) = self.roles.get(noun) {
            return Some(*r);
        }
        self.roles.get(noun.strip_suffix('s')?).copied()
    }
    /// Whether some cue phrase, and whether some role noun (or its plural: "strikers"), may
    /// open with token text `word` (any case): false only when none does.
    pub fn may_open(&self, word: &str) -> (bool, bool) {
        let b = word.as_bytes();
        let Some(hash) = ascii_word_hash_lower(b).filter(|_| b.len() <= 32) else {
            return (true, true);
        };
        let bits = self.openers.get(&hash).copied().unwrap_or(0);
        // (A plural is asked about only with its lower-case "s".)
        let plural = bits & OPENS_ROLE_PLURAL != 0 && b.last() == Some(&b's');
        (bits & OPENS_CUE != 0, bits & OPENS_ROLE != 0 || plural)
    }
    pub fn cue(&self, words: &str) -> &[Cue] {
        self.cues.get(words).map(Vec::as_slice).unwrap_or(&[])
    }
    /// The type a joined cue gives a one-word name: the cue, then the name going on capitalised
    /// ("PalaBigi"; not "Palace", not "Pala" alone).
    pub fn joined_cue(&self, word: &str) -> Option<EntityType> {
        self.joined_cues.iter().find_map(|(cue, kind)| {
            let rest = word.strip_prefix(cue.as_str())?;
            (rest.chars().count() >= 2 && rest.starts_with(char::is_uppercase)).then_some(*kind)
        })
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
    use crate::extract::text::word_hash_lower;

    #[test]
    fn lists_load() {
        let lex = &*LEXICON;
        assert!(lex.is_common("Then"));
        assert!(lex.is_demonym("South African"));
        assert!(lex.is_demonym_pair("South", "African"));
        assert!(!lex.is_demonym_pair("South", "Wales"));
        assert!(lex.flags("van") & word::PARTICLE != 0);
        // Hashing while lower-casing agrees with hashing the lower-cased copy.
        for w in [
            "Atalanta",
            "O'NEIL-SMITH",
            "abcdefghIJKLMNOPQRSTUVWXYZ@[`{",
            "x",
            "",
            "Zz9",
        ] {
            let lower = w.to_ascii_lowercase();
            assert_eq!(
                word_hash_lower(w.as_bytes()),
                word_hash(lower.as_bytes()),
                "{w}"
            );
        }
        // The packed particle test agrees with the word table.
        for w in [
            "van", "De", "della", "y", "bint", "vandal", "and", "a", "dell", "zum",
        ] {
            let by_table = lex.flags(w) & word::PARTICLE != 0;
            assert_eq!(lex.is_particle_ascii(w.as_bytes()), by_table, "{w}");
        }
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
