//! Gazetteer: the entries of data/gazetteer/*.tsv (and extra files of the same format), and ONE
//! trie of every folded alias, searched at the word starts of the folded body.
//!
//! Matching rules: whole words only (a name glued to another by an apostrophe, a slash or a hyphen
//! before a capital — "d’Italia", "Mackintosh-Leith" — is part of that other name, while "Kent-born"
//! still holds Kent); accents never matter; single-word aliases and aliases made of ordinary words
//! must match with their capitalisation ("Inter", "Sky", "Saints"), all others match in any case
//! (so all-caps headlines still match "Aston Villa"). Among overlapping valid matches the leftmost
//! longest wins. A possessive "’s" and a leading "the" stay outside the match.

use crate::doc::{EntityType, Span};

use super::fold::{self, Folded};

use super::lexicon::{FastMap, WordMap, LEXICON};
use super::names::WORD_BYTE;
use crate::extract::text::{
    load8, lower_alnum8, short_word_hash, split_byte, word_hash, word_hash_in, word_hash_lower,
};

/// One gazetteer line.
#[derive(Debug, Clone, PartialEq)]
pub struct GazEntry {
    pub canonical: String,
    pub kind: EntityType,
    pub sport: Option<String>,
    pub country: Option<String>,
    pub aliases: Vec<String>,
    /// A national side (from a national-teams file, or named "… national … team"): its name is
    /// also a country's, and a bare "in" before it means the country.
    pub national: bool,
}

/// One entry a surface form may stand for.
#[derive(Debug, Clone)]
struct Target {
    entry: u32,
    /// The folded surface with its capitalisation, for case-sensitive checks.
    folded: String,
    case_sensitive: bool,
    /// An ordinary word ("Heat", "Palace"): kept only with support elsewhere in the text.
    weak: bool,
}

/// A found gazetteer mention: its body span and every entry it may stand for.
#[derive(Debug, Clone, PartialEq)]
pub struct GazMatch {
    pub span: Span,
    pub entries: Vec<u32>,
    /// Every reading of this surface is an ordinary word.
    pub weak: bool,
}

pub struct Gazetteer {
    pub entries: Vec<GazEntry>,
    /// Pattern id → the entries its surface stands for.
    targets: Vec<Vec<Target>>,
    aliases: AliasTrie,
    /// The first word of every alias (its leading run of letters and digits): a search starts
    /// only at a word that opens some alias. A 64K-bit filter of their hashes ([`word_hash`])
    /// answers "no" for most words before the set is asked.
    /// First word → whether it is an ordinary opening (then the second word is checked too).
    first_words: WordMap<bool>,
    first_word_bits: Vec<u64>,
    /// Aliases opening with an ordinary word or a number ("The Hundred", "A-League", "3Arena"):
    /// their opening through the second word ([`word_hash`]), so "the" or "in" alone starts no
    /// search.
    second_words: WordMap<()>,
    /// Entries sharing their canonical name and type with entries of other sports ("Real Madrid"
    /// the football and the basketball club) → all entries of that name and type.
    twins: FastMap<u32, Vec<u32>>,
    /// Per entry, whether it has twins (a key of `twins`): most have none, and this answers
    /// without hashing.
    twinned: Vec<bool>,
    /// Each entry's canonical name as a [`fold::key`], made once here: names are compared by
    /// key many times an article.
    keys: Vec<String>,
    /// Club sides (no national sides) by every opening of their canonical name that ends before a
    /// space ("Boston", "Boston Red" for "Boston Red Sox"), in entry order: the sides a place's
    /// name opens, without a pass over every entry.
    sides_opening: FastMap<String, Vec<u32>>,
}

/// Every alias (a lower-cased fold) in a trie, for searches anchored at a word start. (An
/// Aho-Corasick automaton answered the same, but its build works out failure links that anchored
/// searches never follow: some 200 million instructions in every process, against a few million
/// for the trie.)
struct AliasTrie {
    /// Nodes are numbered level by level (the root is 0), so the children of node `n` are the
    /// nodes `first_child[n]..first_child[n + 1]`, in the order of their bytes.
    first_child: Vec<u32>,
    /// The byte leading into each node (the root's is unused).
    byte: Vec<u8>,
    /// The pattern id of the alias ending at each node, or `NO_ALIAS`.
    alias: Vec<u32>,
}

const NO_ALIAS: u32 = u32::MAX;

impl AliasTrie {
    /// Over distinct, non-empty `patterns`; a pattern's id is its index.
    fn new(patterns: &[String]) -> AliasTrie {
        // Sorted by their first eight bytes as a big-endian number (zero-padded), then whole:
        // the same order as by the strings alone, with most comparisons made without memcmp.
        let mut keyed: Vec<(u64, &str, u32)> = patterns
            .iter()
            .zip(0u32..)
            .map(|(p, id)| {
                let mut head = [0u8; 8];
                for (to, &b) in head.iter_mut().zip(p.as_bytes()) {
                    *to = b;
                }
                (u64::from_be_bytes(head), p.as_str(), id)
            })
            .collect();
        keyed.sort_unstable();
        let sorted: Vec<u32> = keyed.into_iter().map(|(_, _, id)| id).collect();
        let mut byte = vec![0u8];
        let mut alias = vec![NO_ALIAS];
        let mut children = vec![0u32];
        // Per pattern, its node at the depth reached so far; `longer` holds the patterns not yet
        // ended, in sorted order, so the nodes of each depth come out grouped by parent.
        let mut node_of = vec![0u32; patterns.len()];
        let mut longer = sorted;
        let mut depth = 0;
        while !longer.is_empty() {
            let mut last: Option<(u32, u8)> = None;
            let mut still_longer = Vec::with_capacity(longer.len());
            for id in longer {
                let p = patterns[id as usize].as_bytes();
                let key = (node_of[id as usize], p[depth]);
                if last != Some(key) {
                    last = Some(key);
                    children[key.0 as usize] += 1;
                    byte.push(key.1);
                    alias.push(NO_ALIAS);
                    children.push(0);
                }
                let node = byte.len() as u32 - 1;
                node_of[id as usize] = node;
                if p.len() == depth + 1 {
                    alias[node as usize] = id;
                } else {
                    still_longer.push(id);
                }
            }
            longer = still_longer;
            depth += 1;
        }
        let mut first_child = Vec::with_capacity(children.len() + 1);
        let mut next = 1u32;
        for n in children {
            first_child.push(next);
            next += n;
        }
        first_child.push(next);
        AliasTrie {
            first_child,
            byte,
            alias,
        }
    }

    /// The longest alias that `hay[start..end]` opens with: (its end in `hay`, its pattern id).
    fn longest_at(&self, hay: &[u8], start: usize, end: usize) -> Option<(usize, usize)> {
        let mut node = 0;
        let mut found = None;
        for (at, &b) in hay[start..end].iter().enumerate() {
            let children = self.first_child[node] as usize..self.first_child[node + 1] as usize;
            let Ok(i) = self.byte[children.clone()].binary_search(&b) else {
                break;
            };
            node = children.start + i;
            if self.alias[node] != NO_ALIAS {
                found = Some((start + at + 1, self.alias[node] as usize));
            }
        }
        found
    }
}

/// The built-in gazetteer files, in priority order (earlier files win ties between readings).
pub const BUILTIN_FILES: [(&str, &str); 13] = [
    (
        "national_teams.tsv",
        include_str!("../../../data/gazetteer/national_teams.tsv"),
    ),
    (
        "football_clubs.tsv",
        include_str!("../../../data/gazetteer/football_clubs.tsv"),
    ),
    (
        "world_football_clubs.tsv",
        include_str!("../../../data/gazetteer/world_football_clubs.tsv"),
    ),
    (
        "world_other_teams.tsv",
        include_str!("../../../data/gazetteer/world_other_teams.tsv"),
    ),
    (
        "us_franchises.tsv",
        include_str!("../../../data/gazetteer/us_franchises.tsv"),
    ),
    (
        "us_college.tsv",
        include_str!("../../../data/gazetteer/us_college.tsv"),
    ),
    (
        "rugby_cricket_clubs.tsv",
        include_str!("../../../data/gazetteer/rugby_cricket_clubs.tsv"),
    ),
    (
        "other_sports_teams.tsv",
        include_str!("../../../data/gazetteer/other_sports_teams.tsv"),
    ),
    (
        "motorsport_cycling_teams.tsv",
        include_str!("../../../data/gazetteer/motorsport_cycling_teams.tsv"),
    ),
    (
        "competitions.tsv",
        include_str!("../../../data/gazetteer/competitions.tsv"),
    ),
    (
        "venues.tsv",
        include_str!("../../../data/gazetteer/venues.tsv"),
    ),
    (
        "organisations.tsv",
        include_str!("../../../data/gazetteer/organisations.tsv"),
    ),
    (
        "places.tsv",
        include_str!("../../../data/gazetteer/places.tsv"),
    ),
];

/// Adds `extra` entries to `base`: an extra entry replaces the base entries with the same
/// canonical name, type and sport (or, when it names no sport, all those with the same canonical
/// name and type); otherwise it is added.
pub fn merge(mut base: Vec<GazEntry>, extra: Vec<GazEntry>) -> Vec<GazEntry> {
    for e in extra {
        let same = |b: &GazEntry| {
            b.canonical == e.canonical
                && b.kind == e.kind
                && (e.sport.is_none() || b.sport == e.sport)
        };
        match base.iter().position(same) {
            Some(i) => {
                base[i] = e.clone();
                let mut k = i + 1;
                while k < base.len() {
                    if same(&base[k]) {
                        base.remove(k);
                    } else {
                        k += 1;
                    }
                }
            }
            None => base.push(e),
        }
    }
    base
}

/// Parses one gazetteer file. Errors name the file and line.
pub fn parse(name: &str, text: &str) -> Result<Vec<GazEntry>, String> {
    let mut out = Vec::new();
    let national_file = name.contains("national");
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        // The first five columns, trimmed (no others are read), and how many there are.
        let mut cols: [&str; 5] = [""; 5];
        let mut ncols = 0;
        for col in split_byte(line, b'\t') {
            if let Some(slot) = cols.get_mut(ncols) {
                *slot = col.trim();
            }
            ncols += 1;
        }
        let cols = &cols[..ncols.min(5)];
        if cols.len() < 2 || cols[0].is_empty() {
            return Err(format!(
                "{name}:{}: expected `canonical<TAB>type<TAB>sport<TAB>country<TAB>aliases`",
                n + 1
            ));
        }
        let kind = EntityType::parse(cols[1])
            .ok_or_else(|| format!("{name}:{}: unknown type {:?}", n + 1, cols[1]))?;
        let opt = |i: usize| {
            cols.get(i)
                .filter(|s| !s.is_empty() && **s != "-")
                .map(|s| s.to_string())
        };
        let aliases: Vec<String> = cols
            .get(4)
            .map(|a| {
                split_byte(a, b'|')
                    .map(|s| strip_the(s.trim()))
                    .filter(|s| !s.is_empty() && *s != cols[0])
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        let national = kind == EntityType::Team
            && (national_file || aliases.iter().any(|a: &String| a.contains(" national ")));
        out.push(GazEntry {
            canonical: cols[0].to_string(),
            kind,
            sport: opt(2),
            country: opt(3),
            aliases,
            national,
        });
    }
    Ok(out)
}

fn strip_the(s: &str) -> &str {
    for the in ["the ", "The "] {
        if let Some(rest) = s.strip_prefix(the) {
            return rest;
        }
    }
    s
}

/// Written variants of a surface: "St James' Park" also as "St. James' Park", "&" as "and".
/// (The surface itself borrowed, and all of them inline: no allocation for most surfaces.)
fn variants(surface: &str) -> arrayvec::ArrayVec<std::borrow::Cow<'_, str>, 5> {
    let mut out = arrayvec::ArrayVec::new();
    out.push(std::borrow::Cow::Borrowed(surface));
    // German umlauts written the way a keyboard without them does: "Borussia
    // Moenchengladbach", "Koeln", "Fuerth" (folding alone reads "ö" as "o").
    if !surface.is_ascii() && surface.contains(['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü']) {
        let mut spelt = String::with_capacity(surface.len() + 4);
        for ch in surface.chars() {
            match ch {
                'ä' => spelt.push_str("ae"),
                'ö' => spelt.push_str("oe"),
                'ü' => spelt.push_str("ue"),
                'Ä' => spelt.push_str("Ae"),
                'Ö' => spelt.push_str("Oe"),
                'Ü' => spelt.push_str("Ue"),
                _ => spelt.push(ch),
            }
        }
        let _ = out.try_push(std::borrow::Cow::Owned(spelt));
    }
    let swaps: [(&str, &str); 4] = [
        ("St ", "St. "),
        ("St. ", "St "),
        (" & ", " and "),
        (" and ", " & "),
    ];
    if !may_swap(surface.as_bytes()) {
        return out;
    }
    for (from, to) in swaps {
        if surface.contains(from) {
            let _ = out.try_push(std::borrow::Cow::Owned(surface.replace(from, to)));
        }
    }
    out
}

/// Whether `surface` may hold a word `variants` swaps: an "St", an "&" or a " and ". Few do, and
/// one pass over the bytes rules out the rest for much less than the four substring searches
/// (which cost some 13 million instructions over the built-in gazetteers, at every start).
fn may_swap(surface: &[u8]) -> bool {
    surface.iter().enumerate().any(|(i, &b)| match b {
        b'&' => true,
        b'S' => surface.get(i + 1) == Some(&b't'),
        b' ' => surface[i + 1..].starts_with(b"and "),
        _ => false,
    })
}

impl Gazetteer {
    /// Builds the alias trie over `entries` (every entry kept: "Ireland" the rugby side and
    /// "Ireland" the cricket side are two entries).
    pub fn build(entries: Vec<GazEntry>) -> Gazetteer {
        let lex = &*LEXICON;
        let mut pattern_of: FastMap<String, usize> = FastMap::default();
        let mut patterns: Vec<String> = Vec::new();
        let mut targets: Vec<Vec<Target>> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let surfaces = std::iter::once(&e.canonical).chain(e.aliases.iter());
            for surface in surfaces.flat_map(|s| variants(s)) {
                // (Kept as folded when nothing is to be trimmed, as nearly always.)
                let folded = fold::fold_str(&surface);
                let folded = if folded.trim().len() == folded.len() {
                    folded
                } else {
                    folded.trim().to_string()
                };
                if folded.len() < 2 {
                    continue;
                }
                let lower = folded.to_ascii_lowercase();
                // (Counted as they go by: a `Vec` of the words for every surface cost more.)
                let mut words = 0;
                let mut ordinary = true;
                for w in lower.split_whitespace() {
                    words += 1;
                    ordinary = ordinary && lex.common.contains(w);
                }
                let case_sensitive = words == 1 || ordinary;
                let weak = ordinary && !folded.bytes().all(|b| !b.is_ascii_lowercase());
                let p = match pattern_of.get(&lower) {
                    Some(&p) => p,
                    None => {
                        patterns.push(lower.clone());
                        targets.push(Vec::new());
                        pattern_of.insert(lower, patterns.len() - 1);
                        patterns.len() - 1
                    }
                };
                let list = &mut targets[p];
                if !list
                    .iter()
                    .any(|t| t.entry == i as u32 && t.folded == folded)
                {
                    list.push(Target {
                        entry: i as u32,
                        folded,
                        case_sensitive,
                        weak,
                    });
                }
            }
        }
        let aliases = AliasTrie::new(&patterns);
        let mut first_words: WordMap<bool> = WordMap::default();
        let mut second_words: WordMap<()> = WordMap::default();
        let mut first_word_bits = vec![0u64; 1 << 10];
        for p in &patterns {
            let n = p.bytes().take_while(u8::is_ascii_alphanumeric).count();
            let ordinary = ordinary_opening(&p[..n]);
            let hash = word_hash(&p.as_bytes()[..n]);
            first_words.insert(hash, ordinary);
            let h = filter_slot(hash);
            first_word_bits[h / 64] |= 1 << (h % 64);
            if ordinary {
                let end = second_word_end(p.as_bytes(), n);
                second_words.insert(word_hash(&p.as_bytes()[..end]), ());
            }
        }
        let mut by_name: FastMap<(&str, EntityType), Vec<u32>> = FastMap::default();
        for (i, e) in entries.iter().enumerate() {
            by_name
                .entry((e.canonical.as_str(), e.kind))
                .or_default()
                .push(i as u32);
        }
        let mut twins: FastMap<u32, Vec<u32>> = FastMap::default();
        for group in by_name.into_values().filter(|g| g.len() > 1) {
            for &e in &group {
                twins.insert(e, group.clone());
            }
        }
        let mut twinned = vec![false; entries.len()];
        for &e in twins.keys() {
            twinned[e as usize] = true;
        }
        let keys = entries.iter().map(|e| fold::key(&e.canonical)).collect();
        let mut sides_opening: FastMap<String, Vec<u32>> = FastMap::default();
        for (i, e) in entries.iter().enumerate() {
            if e.kind != EntityType::Team || e.national {
                continue;
            }
            for (at, _) in e.canonical.match_indices(' ') {
                // (An opening already met is not copied again.)
                let head = &e.canonical[..at];
                match sides_opening.get_mut(head) {
                    Some(sides) => sides.push(i as u32),
                    None => {
                        sides_opening.insert(head.to_string(), vec![i as u32]);
                    }
                }
            }
        }
        Gazetteer {
            sides_opening,
            twins,
            twinned,
            keys,
            entries,
            targets,
            aliases,
            first_words,
            first_word_bits,
            second_words,
        }
    }

    /// The entry of `sport` with the same canonical name and type as `entry` (itself when it is
    /// of that sport; `None` when there is none): "Madrid" said of Real Madrid in a basketball
    /// story is the basketball club.
    pub fn twin_in(&self, entry: u32, sport: &str) -> Option<u32> {
        if self.entries[entry as usize].sport.as_deref() == Some(sport) {
            return Some(entry);
        }
        self.twins
            .get(&entry)?
            .iter()
            .copied()
            .find(|&t| self.entries[t as usize].sport.as_deref() == Some(sport))
    }

    /// Some entry of another sport shares `entry`'s canonical name and type ([`Gazetteer::twin_in`]
    /// may give another entry).
    pub fn has_twins(&self, entry: u32) -> bool {
        self.twinned[entry as usize]
    }

    /// The club sides (no national sides) whose canonical name is `head`, a space and more
    /// words, in entry order.
    pub fn sides_opening(&self, head: &str) -> &[u32] {
        self.sides_opening.get(head).map_or(&[], Vec::as_slice)
    }

    /// Some alias opens with this word (ASCII, any case): "Real" opens "Real Madrid".
    pub fn opens_alias(&self, word: &str) -> bool {
        // (Aliases are folded to ASCII: no other word opens one.)
        word.is_ascii()
            && self
                .first_words
                .contains_key(&word_hash_lower(word.as_bytes()))
    }

    /// The [`fold::key`] of `entry`'s canonical name.
    pub fn key(&self, entry: u32) -> &str {
        &self.keys[entry as usize]
    }

    pub fn is_national(&self, entry: u32) -> bool {
        self.entries[entry as usize].national
    }

    /// Number of distinct folded surfaces (aliases).
    #[cfg(test)]
    pub fn pattern_count(&self) -> usize {
        self.targets.len()
    }

    /// Every valid gazetteer mention in the folded body, leftmost-longest, not overlapping: at
    /// each word start, the longest alias that starts there and passes the boundary and case
    /// checks (a shorter one when the longest fails).
    pub fn find(&self, folded: &Folded) -> Vec<GazMatch> {
        let text = folded.text.as_bytes();
        let lower = &folded.lower;
        let len = text.len();
        // (About a match every hundred bytes of an article: few regrowths.)
        let mut out: Vec<GazMatch> = Vec::with_capacity(len / 128);
        // (Letters and digits are the same bytes in `text` and `lower`: the scan reads `lower`,
        // ASCII and lower case throughout, eight bytes at a time.)
        let lb = lower.as_bytes();
        let mut i = 0;
        while i < len {
            // Skip to the next word; a search starts only at a word's first letter or digit.
            // One load of eight bytes gives the skip, and for most words their end and their
            // hash too.
            let v = load8(lb, i);
            let word = lower_alnum8(v);
            if word & 0x80 == 0 {
                // (No word here: on to the first word byte of the eight, past all eight when
                // none is.)
                i += (word.trailing_zeros() / 8) as usize;
                continue;
            }
            let other = !word & 0x8080_8080_8080_8080;
            let (word_end, hash) = if other != 0 {
                let n = (other.trailing_zeros() / 8) as usize;
                (i + n, short_word_hash(v, n))
            } else {
                let end = lower_word_end(lb, i + 8);
                (end, word_hash_in(lb, i, end))
            };
            // Where the scan goes on when no name starts here (past the usual space).
            let next = word_end + usize::from(lb.get(word_end) == Some(&b' '));
            // One hash per word serves the bit filter and the map.
            let slot = filter_slot(hash);
            let ordinary = if self.first_word_bits[slot / 64] & (1 << (slot % 64)) == 0 {
                None
            } else {
                self.first_words.get(&hash).copied()
            };
            let Some(ordinary) = ordinary else {
                i = next;
                continue;
            };
            if ordinary {
                let end2 = second_word_end(lb, word_end);
                let known = self.second_words.contains_key(&word_hash_in(lb, i, end2))
                    || self.second_words.contains_key(&hash);
                if !known {
                    i = next;
                    continue;
                }
            }
            let mut end = len;
            let mut accepted = None;
            while let Some((m_end, pattern)) = self.aliases.longest_at(lb, i, end) {
                if let Some(found) = self.check(text, i, m_end, pattern) {
                    accepted = Some((m_end, found));
                    break;
                }
                end = m_end - 1;
                if end <= i {
                    break;
                }
            }
            match accepted {
                Some((e, (entries, weak))) => {
                    out.push(GazMatch {
                        span: folded.body_span(i, e),
                        entries,
                        weak,
                    });
                    i = e;
                }
                None => i = next,
            }
        }
        out
    }

    /// The entries a match stands for once boundaries and capitals are checked, and whether every
    /// reading is an ordinary word.
    fn check(&self, text: &[u8], s: usize, e: usize, pattern: usize) -> Option<(Vec<u32>, bool)> {
        if !at_boundary(text, s, e) {
            return None;
        }
        let slice = &text[s..e];
        // A name of several capitalised words written all in lower case is words of the
        // sentence ("her 100th national league game"), not the name.
        let lowered = slice.contains(&b' ') && !slice.iter().any(u8::is_ascii_uppercase);
        let targets = &self.targets[pattern];
        let mut entries = Vec::with_capacity(targets.len());
        let mut weak = true;
        for t in targets {
            if lowered && t.folded.bytes().any(|b| b.is_ascii_uppercase()) {
                continue;
            }
            let ok = !t.case_sensitive
                || slice == t.folded.as_bytes()
                || (shouty(slice) && !shouty(t.folded.as_bytes()) && caps_context(text, s, e));
            if ok && !entries.contains(&t.entry) {
                entries.push(t.entry);
                weak &= t.weak;
            }
        }
        (!entries.is_empty()).then_some((entries, weak))
    }
}

/// An alias opening that is too frequent to start a search on its own: an ordinary word
/// ("the", "in", "new") or a number.
fn ordinary_opening(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit()) || LEXICON.common.contains(word)
}

/// The end of the second word of `text` after a first word ending at `first_end` (at most three
/// separator bytes between them), or `first_end` when there is none.
#[inline(always)]
fn second_word_end(text: &[u8], first_end: usize) -> usize {
    // (Letters and digits by table: one load a byte, not two range tests.)
    let mut j = first_end;
    while j < text.len() && j - first_end < 3 && !WORD_BYTE[text[j] as usize] && text[j] != b'\n' {
        j += 1;
    }
    if j == first_end || j >= text.len() || !WORD_BYTE[text[j] as usize] {
        return first_end;
    }
    lower_word_end(text, j)
}

/// The end of the word of lower-case ASCII letters and digits at `start` of `text` (lower-case
/// ASCII), found eight bytes at a time.
#[inline(always)]
fn lower_word_end(text: &[u8], start: usize) -> usize {
    let mut at = start;
    loop {
        // (Past the end of `text` the bytes read as zero, which ends the word.)
        let other = !lower_alnum8(load8(text, at)) & 0x8080_8080_8080_8080;
        if other != 0 {
            return at + (other.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
}

/// A word's slot in the 64K-bit first-word filter.
fn filter_slot(word_hash: u64) -> usize {
    (word_hash >> 48) as usize
}

/// All letters upper case (and at least two of them).
fn shouty(s: &[u8]) -> bool {
    s.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 2
        && !s.iter().any(|b| b.is_ascii_lowercase())
}

/// An all-caps match counts for a capitalised alias only in an all-caps stretch: a neighbouring
/// word on the same line is all caps too, or the match opens a line as a dateline ("BOSTON —")
/// or as a newspaper's lead ("QUEENSLAND have …").
fn caps_context(text: &[u8], s: usize, e: usize) -> bool {
    // The word before byte `at`, across spaces, with where it starts.
    let word_ending = |at: usize| {
        let mut i = at;
        while i > 0 && text[i - 1] == b' ' {
            i -= 1;
        }
        let end = i;
        while i > 0 && text[i - 1].is_ascii_alphabetic() {
            i -= 1;
        }
        (&text[i..end], i)
    };
    let (word_before, before_start) = word_ending(s);
    let after = {
        let mut i = e;
        while i < text.len() && text[i] == b' ' {
            i += 1;
        }
        let start = i;
        while i < text.len() && text[i].is_ascii_alphabetic() {
            i += 1;
        }
        (&text[start..i], text.get(start).copied())
    };
    let caps = |w: &[u8]| w.len() >= 2 && w.iter().all(|b| b.is_ascii_uppercase());
    let line_start = s == 0 || text[s - 1] == b'\n';
    // "GALWAY v DONEGAL": a fixture's heading, its second side after a lower-case "v".
    let fixture_second =
        || matches!(word_before, b"v" | b"vs") && caps(word_ending(before_start).0);
    caps(word_before)
        || fixture_second()
        || caps(after.0)
        || scoreboard_line(text, s, e)
        || (line_start
            && match after.1 {
                Some(b'-') | Some(b',') => true,
                // "LONDON (Reuters) -": the agency in brackets, then the dash.
                Some(b'(') => agency_then_dash(&text[e..]),
                // "QUEENSLAND have wrapped up …": a newspaper's lead opens on its first name
                // in capitals, then goes on in lower case.
                Some(b) => b.is_ascii_lowercase(),
                _ => false,
            })
}

/// The match's line is a scoreboard in capitals ("FRANCE 34 FIJI 27 (half-time: 10-13)"): no
/// lower-case letter outside brackets, and another all-caps word beside the match's.
fn scoreboard_line(text: &[u8], s: usize, e: usize) -> bool {
    let start = text[..s]
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let end = text[e..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |i| e + i);
    let line = &text[start..end];
    let head = &line[..line.iter().position(|&b| b == b'(').unwrap_or(line.len())];
    if line.len() > 80
        || head.iter().any(u8::is_ascii_lowercase)
        || !head.iter().any(u8::is_ascii_digit)
    {
        return false;
    }
    head.split(|b| !b.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .count()
        >= 2
}

/// `rest` holds a short bracket ("(Reuters)", "(AP)") and then a dash: the end of a dateline.
fn agency_then_dash(rest: &[u8]) -> bool {
    let rest = &rest[rest.iter().take_while(|&&b| b == b' ').count()..];
    let Some(close) = rest.iter().take(40).position(|&b| b == b')') else {
        return false;
    };
    let after = &rest[close + 1..];
    let after = &after[after.iter().take_while(|&&b| b == b' ').count()..];
    !rest[..close].contains(&b'\n') && after.first() == Some(&b'-')
}

/// Whole-word test on the folded text, with the glue rules of the module note.
fn at_boundary(text: &[u8], s: usize, e: usize) -> bool {
    let alnum = |i: usize| text.get(i).is_some_and(|b| b.is_ascii_alphanumeric());
    if s > 0 {
        let b = text[s - 1];
        if b.is_ascii_alphanumeric() {
            return false;
        }
        if s >= 2 && alnum(s - 2) {
            match b {
                b'\'' | b'/' | b'.' => return false,
                // "Mackintosh-Leith": a capitalised word before the hyphen makes one name.
                b'-' => {
                    let mut i = s - 1;
                    while i > 0 && text[i - 1].is_ascii_alphanumeric() {
                        i -= 1;
                    }
                    if text[i].is_ascii_uppercase() {
                        return false;
                    }
                }
                _ => {}
            }
        }
    }
    if e < text.len() {
        let b = text[e];
        if b.is_ascii_alphanumeric() {
            return false;
        }
        if alnum(e + 1) {
            match b {
                // A possessive "'s" is fine; any other glued letters are not.
                b'\'' => {
                    let possessive = matches!(text[e + 1], b's' | b'S') && !alnum(e + 2);
                    if !possessive {
                        return false;
                    }
                }
                b'/' | b'.' => return false,
                // "Red Bull-Bora" is another name; "France 2-1" is a scoreline.
                b'-' if text[e + 1].is_ascii_uppercase()
                    || (text[e - 1].is_ascii_digit() && text[e + 1].is_ascii_digit()) =>
                {
                    return false
                }
                _ => {}
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The trie finds the longest alias a text opens with, as a scan of every alias does.
    #[test]
    fn alias_trie_finds_the_longest_alias_at_a_start() {
        let patterns: Vec<String> = [
            "man",
            "manchester",
            "manchester united",
            "manchester city",
            "m",
            "ma",
            "boston",
            "boston red sox",
            "bo",
            "z",
            "3arena",
            "st. mary's",
            "österreich",
        ]
        .iter()
        .map(|p| p.to_string())
        .collect();
        let trie = AliasTrie::new(&patterns);
        let brute = |hay: &[u8], start: usize, end: usize| {
            (0..patterns.len())
                .filter(|&id| hay[start..end].starts_with(patterns[id].as_bytes()))
                .max_by_key(|&id| patterns[id].len())
                .map(|id| (start + patterns[id].len(), id))
        };
        for hay in [
            "manchester united won",
            "manchester uni",
            "at manchester city",
            "mancunian",
            "boston red sox",
            "bosto",
            "3arena st. mary's österreich",
            "zz",
            "",
            "q",
        ] {
            let hay = hay.as_bytes();
            for start in 0..hay.len() {
                for end in start..=hay.len() {
                    assert_eq!(
                        trie.longest_at(hay, start, end),
                        brute(hay, start, end),
                        "{:?} {start}..{end}",
                        String::from_utf8_lossy(hay)
                    );
                }
            }
        }
    }

    fn gaz(lines: &str) -> Gazetteer {
        Gazetteer::build(parse("test.tsv", lines).unwrap())
    }

    fn found(g: &Gazetteer, body: &str) -> Vec<(String, Vec<String>)> {
        let folded = Folded::new(body);
        g.find(&folded)
            .into_iter()
            .map(|m| {
                (
                    body[m.span.start..m.span.end].to_string(),
                    m.entries
                        .iter()
                        .map(|&i| g.entries[i as usize].canonical.clone())
                        .collect(),
                )
            })
            .collect()
    }

    #[test]
    fn parses_and_rejects_bad_lines() {
        let e = parse(
            "x.tsv",
            "# c\nAtalanta\tteam\tfootball\tITA\tLa Dea|the Nerazzurri\n",
        )
        .unwrap();
        assert_eq!(e[0].aliases, ["La Dea", "Nerazzurri"]);
        assert_eq!(e[0].country.as_deref(), Some("ITA"));
        assert!(parse("x.tsv", "Foo\tthing\t-\t-\t\n")
            .unwrap_err()
            .contains("x.tsv:1"));
        assert!(parse("x.tsv", "Foo\n").is_err());
    }

    #[test]
    fn matches_folded_longest_on_word_boundaries() {
        let g = gaz("Raków Częstochowa\tteam\tfootball\tPOL\tRakow\n\
                     Villa Park\tvenue\tfootball\tENG\t\n\
                     Aston Villa\tteam\tfootball\tENG\tVilla\n\
                     Inter\tteam\tfootball\tITA\t\n\
                     Leith\tplace\t-\tSCO\t\n\
                     Kent\tteam\tcricket\tENG\t\n\
                     Italy\tteam\tfootball\tITA\tItalia\n");
        let got = found(
            &g,
            "Rakow Czestochowa lost at Villa Park to Aston Villa’s kids; inter alia Inter. \
             Mackintosh-Leith, a Kent-born d’Italia fan",
        );
        let surfaces: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            surfaces,
            [
                "Rakow Czestochowa",
                "Villa Park",
                "Aston Villa",
                "Inter",
                "Kent"
            ]
        );
    }

    #[test]
    fn multi_word_aliases_match_in_capitals() {
        let g = gaz("Aston Villa\tteam\tfootball\tENG\tVilla\nBoston\tplace\t-\tUSA\t\n");
        let got = found(
            &g,
            "ASTON VILLA FIGHT BACK\n\nBOSTON — Villa won; villa life",
        );
        let surfaces: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(surfaces, ["ASTON VILLA", "BOSTON", "Villa"]);
        // A newspaper's lead in capitals; not a word in capitals inside a sentence.
        let got = found(
            &g,
            "BOSTON have wrapped up the series.\n\nThey said BOSTON was never close.",
        );
        let surfaces: Vec<&str> = got.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(surfaces, ["BOSTON"]);
    }

    #[test]
    fn extra_entries_override_same_name_type_and_sport() {
        let base = parse(
            "a",
            "Foo\tteam\tfootball\tENG\tFooz\nFoo\tteam\tcricket\tENG\t\nBar\tplace\t-\tENG\t\n",
        )
        .unwrap();
        let extra = parse("b", "Foo\tteam\tcricket\tENG\tFoo CC\nBaz\tteam\t-\t-\t\n").unwrap();
        let all = merge(base.clone(), extra);
        assert_eq!(all.len(), 4);
        assert_eq!(all[1].aliases, ["Foo CC"]);
        let extra = parse("c", "Foo\tteam\t-\tENG\tF\n").unwrap();
        let all = merge(base, extra);
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].aliases, ["F"]);
    }
}
