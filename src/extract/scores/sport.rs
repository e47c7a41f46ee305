//! Which sport an article is about, from cue words (`data/scores/sport_cues.tsv`) counted in one
//! pass over the body, plus the sports the gazetteer gives the teams and competitions found.
//! Only a clear majority names the sport: a score's `sport` is never a guess.

use std::sync::LazyLock;

use crate::doc::{Doc, EntityType, ScoreKind};
use crate::extract::text::{boundary_after, boundary_before, CueMatcher};

/// The sports whose score forms differ from the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sport {
    Football,
    Basketball,
    AmericanFootball,
    IceHockey,
    Baseball,
    RugbyUnion,
    RugbyLeague,
    AustralianFootball,
    Cricket,
    Tennis,
    Golf,
    Boxing,
    Mma,
    Cycling,
    Motorsport,
    /// Snooker and pool: frames.
    CueSports,
    /// Legs and sets.
    Darts,
    /// Hurling, camogie and Gaelic football: goals-points scores ("1-10 to 0-9").
    GaelicGames,
    /// Teams win a match in sets ("3-1"), each set to 25 points (the fifth to 15).
    Volleyball,
    /// Goals in four quarters ("64-58", "17-14 after the first quarter").
    Netball,
    /// Goals in two halves ("31-29", "17-14 at half-time"); its Champions League and goalkeepers
    /// are not football's.
    Handball,
    /// Goals in four quarters; a drawn knockout game goes to a shoot-out scored apart.
    FieldHockey,
    /// Goals in four quarters ("3-2, 2-4, 3-2 and 3-2"); a drawn tie goes to penalties scored
    /// apart. Its goalkeepers, penalties and Champions League are not football's.
    WaterPolo,
    /// Goals in four quarters ("14-12"; a goal from beyond the arc counts two in the PLL).
    Lacrosse,
    /// Racket sports won in games (scored as sets): squash and table tennis to 11, badminton to
    /// 21.
    Squash,
    TableTennis,
    Badminton,
    /// Points from raids and tackles in two halves ("38-35", "19-14 at half-time"); a tie in
    /// the knockouts goes to a tie-breaker of five raids a side.
    Kabaddi,
    /// Doubles in sets scored as tennis's ("6-4, 3-6, 7-6 (7-3)"), in a walled court.
    Padel,
    /// Bouts between two fencers in touches ("15-12"; pool bouts to 5).
    Fencing,
    /// Bouts without a score, won by a throw or a push-out: its number pairs are wrestlers'
    /// records over a tournament's fifteen days ("finished 13-2", "went 8-7").
    Sumo,
    /// Ten-pin bowling: games of ten frames up to 300 pins ("279-245"); "7-10" before "split"
    /// names the pins left standing.
    Bowling,
    /// Freestyle, Greco-Roman and folkstyle bouts between two wrestlers, in points ("won 6-4",
    /// "10-0 on technical superiority").
    Wrestling,
    /// Racquetball: games to 15, a deciding tiebreaker to 11 ("15-11, 12-15, 11-6"), a match
    /// won in games ("3-2").
    Racquetball,
    /// Team esports played over maps (Valorant, Counter-Strike): a map is won at 13 rounds, or
    /// by two in overtime ("13-11", "14-12"), and a series in maps ("3-1", "2-0"), like sets.
    Esports,
    /// Sepak takraw: teams of three (regu) win a match in sets to 21 ("21-17", capped at 25),
    /// best of three.
    SepakTakraw,
    /// Speedway: teams of riders meet over fifteen heats of four riders, a heat scored 3-2-1-0
    /// and so 5-1, 4-2 or 3-3 between the teams, the meeting's total the heats' sum ("49-41").
    Speedway,
}

/// How many sports the cue lists know.
pub const SPORTS: usize = 37;

const ALL: [Sport; SPORTS] = [
    Sport::Football,
    Sport::Basketball,
    Sport::AmericanFootball,
    Sport::IceHockey,
    Sport::Baseball,
    Sport::RugbyUnion,
    Sport::RugbyLeague,
    Sport::AustralianFootball,
    Sport::Cricket,
    Sport::Tennis,
    Sport::Golf,
    Sport::Boxing,
    Sport::Mma,
    Sport::Cycling,
    Sport::Motorsport,
    Sport::CueSports,
    Sport::Darts,
    Sport::GaelicGames,
    Sport::Volleyball,
    Sport::Netball,
    Sport::Handball,
    Sport::FieldHockey,
    Sport::WaterPolo,
    Sport::Lacrosse,
    Sport::Squash,
    Sport::TableTennis,
    Sport::Badminton,
    Sport::Kabaddi,
    Sport::Padel,
    Sport::Fencing,
    Sport::Sumo,
    Sport::Bowling,
    Sport::Wrestling,
    Sport::Racquetball,
    Sport::Esports,
    Sport::SepakTakraw,
    Sport::Speedway,
];

impl Sport {
    pub fn parse(s: &str) -> Option<Sport> {
        ALL.iter().copied().find(|x| x.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Sport::Football => "football",
            Sport::Basketball => "basketball",
            Sport::AmericanFootball => "american-football",
            Sport::IceHockey => "ice-hockey",
            Sport::Baseball => "baseball",
            Sport::RugbyUnion => "rugby-union",
            Sport::RugbyLeague => "rugby-league",
            Sport::Cricket => "cricket",
            Sport::Tennis => "tennis",
            Sport::AustralianFootball => "australian-rules",
            Sport::Golf => "golf",
            Sport::Boxing => "boxing",
            Sport::Mma => "mma",
            Sport::Cycling => "cycling",
            Sport::Motorsport => "motorsport",
            Sport::CueSports => "cue-sports",
            Sport::Darts => "darts",
            Sport::GaelicGames => "gaelic-games",
            Sport::Volleyball => "volleyball",
            Sport::Netball => "netball",
            Sport::Handball => "handball",
            Sport::FieldHockey => "field-hockey",
            Sport::WaterPolo => "water-polo",
            Sport::Lacrosse => "lacrosse",
            Sport::Squash => "squash",
            Sport::TableTennis => "table-tennis",
            Sport::Badminton => "badminton",
            Sport::Kabaddi => "kabaddi",
            Sport::Padel => "padel",
            Sport::Fencing => "fencing",
            Sport::Sumo => "sumo",
            Sport::Bowling => "bowling",
            Sport::Wrestling => "wrestling",
            Sport::Racquetball => "racquetball",
            Sport::Esports => "esports",
            Sport::SepakTakraw => "sepak-takraw",
            Sport::Speedway => "speedway",
        }
    }

    /// Sports whose sides are people, not teams.
    pub fn individual(self) -> bool {
        matches!(
            self,
            Sport::Tennis
                | Sport::Golf
                | Sport::Boxing
                | Sport::Mma
                | Sport::Cycling
                | Sport::Motorsport
                | Sport::CueSports
                | Sport::Darts
                | Sport::Squash
                | Sport::TableTennis
                | Sport::Badminton
                | Sport::Fencing
                | Sport::Sumo
                | Sport::Bowling
                | Sport::Wrestling
                | Sport::Racquetball
        )
    }

    /// Individual sports played one against one, where a score's sides are two people.
    pub fn head_to_head(self) -> bool {
        matches!(
            self,
            Sport::Tennis
                | Sport::Boxing
                | Sport::Mma
                | Sport::CueSports
                | Sport::Darts
                | Sport::Squash
                | Sport::TableTennis
                | Sport::Badminton
                | Sport::Fencing
                | Sport::Sumo
                | Sport::Bowling
                | Sport::Wrestling
                | Sport::Racquetball
        )
    }

    /// The part of a game an ordinal alone names after a result verb ("edged the third 21-19",
    /// "took the second 6-3"), in sports played in numbered quarters, periods, sets or games;
    /// `None` where "the first" is as likely a leg or a game of a series.
    pub fn ordinal_part(self) -> Option<ScoreKind> {
        match self {
            Sport::Basketball
            | Sport::AmericanFootball
            | Sport::IceHockey
            | Sport::Netball
            | Sport::WaterPolo
            | Sport::Lacrosse
            | Sport::FieldHockey => Some(ScoreKind::Quarter),
            Sport::Tennis | Sport::Volleyball | Sport::Padel | Sport::Darts => Some(ScoreKind::Set),
            s if s.plays_games() => Some(ScoreKind::Set),
            _ => None,
        }
    }

    /// Whether a bout or match of the sport has a score at all.
    pub fn scored(self) -> bool {
        self != Sport::Sumo
    }

    /// Racket sports whose matches are won in games to 11, 15 or 21 points, and esports in maps,
    /// written like sets.
    pub fn plays_games(self) -> bool {
        matches!(
            self,
            Sport::Squash
                | Sport::TableTennis
                | Sport::Badminton
                | Sport::Racquetball
                | Sport::Esports
                | Sport::SepakTakraw
        )
    }

    /// The kind a score of a games sport is by its points alone: a finished game is a set
    /// ("11-7", "12-10"; badminton "21-17", "30-29"), a match won in games ("3-1", "2-0") is
    /// final; anything else ("9-10", "10-10") says nothing by itself.
    pub fn game_kind(self, a: i32, b: i32) -> Option<ScoreKind> {
        let (hi, lo) = (a.max(b), a.min(b));
        // (Racquetball's games end at 15, its tiebreaker at 11, by one point.)
        if self == Sport::Racquetball {
            if (hi == 15 || hi == 11) && lo < hi {
                return Some(ScoreKind::Set);
            }
            return ((2..=3).contains(&hi) && lo < hi).then_some(ScoreKind::Final);
        }
        // (A map ends at 13 rounds, or by two to four in overtime from 12-12: "14-12",
        // "16-13"; a series goes to two or three maps.)
        if self == Sport::Esports {
            let map =
                (hi == 13 && lo <= 11) || (hi > 13 && lo >= 12 && (2..=4).contains(&(hi - lo)));
            if map {
                return Some(ScoreKind::Set);
            }
            return ((2..=3).contains(&hi) && lo < hi).then_some(ScoreKind::Final);
        }
        let to = match self {
            Sport::Squash | Sport::TableTennis => 11,
            Sport::Badminton | Sport::SepakTakraw => 21,
            _ => return None,
        };
        // (Badminton caps a game at 30, sepak takraw a set at 25: one point ends it there.)
        let cap = match self {
            Sport::Badminton => 30,
            Sport::SepakTakraw => 25,
            _ => i32::MAX,
        };
        let finished = (hi == to && lo <= to - 2)
            || (hi > to && hi - lo == 2 && hi <= cap)
            || (hi == cap && lo == cap - 1);
        if finished {
            return Some(ScoreKind::Set);
        }
        let best_of = if matches!(self, Sport::Badminton | Sport::SepakTakraw) {
            2
        } else {
            4
        };
        ((2..=best_of).contains(&hi) && lo < hi).then_some(ScoreKind::Final)
    }

    /// The sport whose score forms this one's follow: padel is scored as tennis is.
    pub fn scored_as(self) -> Sport {
        match self {
            Sport::Padel => Sport::Tennis,
            s => s,
        }
    }

    pub fn index(self) -> usize {
        ALL.iter().position(|&x| x == self).unwrap_or(0)
    }
}

struct Cues {
    /// Every cue, matched in any ASCII case; `exact` says which must match as written. Of
    /// duplicate cues ("EuroLeague", "Euroleague") the first in the file is the one reported.
    ///
    /// An Aho-Corasick DFA rather than the regex crate's lazy DFA over one alternation: the lazy
    /// DFA of some 570 cues in any case is built while searching, state by state, which cost
    /// about 700 million instructions in every process before it was warm (half of one
    /// `extract` run over the 87 text fixtures); this automaton is built whole, first as an NFA
    /// in a few million (see `CueMatcher`).
    automaton: CueMatcher,
    sport: Vec<Sport>,
    /// The cue is the sport's own name ("water polo"), which a headline names its sport by.
    names: Vec<bool>,
    /// The cue as written, for cues that must match their case (NBA, ERA, Masters).
    exact: Vec<Option<String>>,
    /// A phrase that is no sport's cue though a cue stands in it ("Boxing Day"): matched, as the
    /// longest, only to hide the shorter cue.
    blocks: Vec<bool>,
}

static CUES: LazyLock<Cues> = LazyLock::new(|| {
    let mut pats = Vec::new();
    let mut sport = Vec::new();
    let mut exact = Vec::new();
    let mut names = Vec::new();
    let mut blocks = Vec::new();
    for line in include_str!("../../../data/scores/sport_cues.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(s), Some(cue)) = (cols.next(), cols.next()) else {
            continue;
        };
        let is_name = cols.next().is_some_and(|c| c.trim() == "name");
        let block = s.trim() == "-";
        let (Some(s), cue) = (
            if block {
                Some(ALL[0])
            } else {
                Sport::parse(s.trim())
            },
            cue.trim(),
        ) else {
            continue;
        };
        if cue.is_empty() {
            continue;
        }
        exact.push(cue.chars().any(char::is_uppercase));
        names.push(is_name);
        blocks.push(block);
        pats.push(cue.to_string());
        sport.push(s);
    }
    let automaton = CueMatcher::new(&pats);
    Cues {
        automaton,
        sport,
        names,
        exact: exact
            .into_iter()
            .zip(pats)
            .map(|(e, p)| e.then_some(p))
            .collect(),
        blocks,
    }
});

/// Votes a gazetteer sport of a team or competition entity carries against one cue word.
const ENTITY_VOTES: usize = 3;

/// The one sport a headline or section names by its own name ("Water polo-Marseille edge
/// Jadran", section "Handball"), with the index of each such cue there. A page names its own
/// sport there; two sports named say nothing, and other cue words ("a late equaliser", "five-set
/// epic") may be another sport's too.
/// (Found on first asking and kept on the `Doc`.)
pub fn headline_cues(doc: &Doc) -> Option<(Sport, &[usize])> {
    doc.headline_cues
        .get_or_init(|| find_headline_cues(doc))
        .as_ref()
        .map(|(s, cues)| (*s, cues.as_slice()))
}

fn find_headline_cues(doc: &Doc) -> Option<(Sport, Vec<usize>)> {
    let mut named: Option<(Sport, Vec<usize>)> = None;
    let mut mixed = false;
    for text in [&doc.meta.title, &doc.meta.section, &doc.meta.site]
        .into_iter()
        .flatten()
    {
        for_each_cue(text, |i| {
            if !CUES.names[i] {
                return;
            }
            let s = CUES.sport[i];
            match &mut named {
                None => named = Some((s, vec![i])),
                Some((first, cues)) if *first == s => cues.push(i),
                Some(_) => mixed = true,
            }
        });
    }
    named.filter(|_| !mixed)
}

/// The sport of `doc` when the cues make it clear: the leader has at least two votes and twice
/// the votes of the runner-up. The sport the headline names wins when the body names it too in
/// other words ("… extra-man chances" under "Water polo-…"): clubs of many sports are listed
/// under one, and would outvote it; a word shared with another sport in the headline alone
/// ("Handball row" over a football match) is not enough.
pub fn detect(doc: &Doc) -> Option<Sport> {
    let mut votes = [0usize; SPORTS];
    let headline = headline_cues(doc);
    let mut confirmed = false;
    for &i in body_cues(doc) {
        let i = i as usize;
        let s = CUES.sport[i];
        votes[s.index()] += 1;
        if let Some((named, cues)) = headline {
            confirmed |= s == named && !cues.contains(&i);
        }
    }
    if confirmed {
        return headline.map(|(s, _)| s);
    }
    count_set_lists(doc_set_lists(doc), &mut votes);
    count_goals_behinds(&doc.body, &mut votes);
    for e in &doc.entities {
        // A name met once (a dateline's country, an acronym misread as a club) says less.
        if matches!(e.kind, EntityType::Team | EntityType::Competition) && !e.mentions.is_empty() {
            if let Some(s) = e.sport.as_deref().and_then(Sport::parse) {
                votes[s.index()] += if e.mentions.len() >= 2 {
                    ENTITY_VOTES
                } else {
                    1
                };
            }
        }
    }
    decide(&votes)
}

/// The sport of each of `SPORTS` vote slots.
pub fn all() -> &'static [Sport; SPORTS] {
    &ALL
}

/// The cue words of `doc.body`, as indices into the cue list, found on first asking.
fn body_cues(doc: &Doc) -> &[u32] {
    doc.sport_cue_hits.get_or_init(|| {
        let mut hits = Vec::new();
        for_each_cue(&doc.body, |i| hits.push(i as u32));
        hits
    })
}

/// Counts the cue words of `doc.body` into `votes`.
pub fn count_body(doc: &Doc, votes: &mut [usize; SPORTS]) {
    for &i in body_cues(doc) {
        votes[CUES.sport[i as usize].index()] += 1;
    }
}

/// Counts the cue words of `doc.body` and the votes its lists of set scores give by their shape
/// into `votes` (tennis's "6-4, 7-5" from volleyball's "25-20, 26-24": the words of both speak
/// of sets and match points).
pub fn count_body_and_set_lists(doc: &Doc, votes: &mut [usize; SPORTS]) {
    count_body(doc, votes);
    count_set_lists(doc_set_lists(doc), votes);
    count_goals_behinds(&doc.body, votes);
}

/// Votes of Australian rules scores by their shape: goals, a point, behinds and the total in
/// brackets, six points a goal ("12.14 (86)"; no other code writes a score so), each worth what a
/// listed side is.
fn count_goals_behinds(body: &str, votes: &mut [usize; SPORTS]) {
    let bytes = body.as_bytes();
    let number_before = |end: usize| {
        let start = bytes[..end]
            .iter()
            .rposition(|b| !b.is_ascii_digit())
            .map_or(0, |i| i + 1);
        (end - start <= 2 && start < end)
            .then(|| (start, body[start..end].parse::<u32>().unwrap_or(u32::MAX)))
    };
    for at in memchr::memchr_iter(b'(', bytes) {
        let Some(close) = bytes[at + 1..].iter().take(4).position(|&b| b == b')') else {
            continue;
        };
        let Ok(total) = body[at + 1..at + 1 + close].parse::<u32>() else {
            continue;
        };
        // " (86)" after "12.14".
        if at < 2 || bytes[at - 1] != b' ' {
            continue;
        }
        let Some((b_start, behinds)) = number_before(at - 1) else {
            continue;
        };
        if b_start < 2 || bytes[b_start - 1] != b'.' {
            continue;
        }
        let Some((_, goals)) = number_before(b_start - 1) else {
            continue;
        };
        if goals.saturating_mul(6).saturating_add(behinds) == total {
            votes[Sport::AustralianFootball.index()] += ENTITY_VOTES;
        }
    }
}

/// Counts the cue words of `text` into `votes`.
pub fn count(text: &str, votes: &mut [usize; SPORTS]) {
    for_each_cue(text, |i| votes[CUES.sport[i].index()] += 1);
}

/// Calls `f` with the index of each cue word of `text`.
fn for_each_cue(text: &str, mut f: impl FnMut(usize)) {
    let cues = &*CUES;
    cues.automaton.for_each(text, |m| {
        let i = m.pattern().as_usize();
        if cues.blocks[i] {
            return;
        }
        if let Some(exact) = &cues.exact[i] {
            if &text[m.start()..m.end()] != exact.as_str() {
                return;
            }
        }
        if boundary_before(text, m.start()) && boundary_after(text, m.end()) {
            f(i);
        }
    });
}

/// Votes a list of set scores gives its sport.
const SET_LIST_VOTES: usize = 2;

/// Two or more number pairs in a row ("6-7 (5-7), 6-4, 7-6 (7-3)", "25:21, 22:25, 25:19"), each
/// with an optional tiebreak in brackets. ASCII classes keep the pass in the regex DFA.
static SET_LIST: LazyLock<regex::Regex> = LazyLock::new(|| {
    let pair =
        r"[0-9]{1,2} ?(?:-|–|:|/) ?[0-9]{1,2}(?: ?\([0-9]{1,2}(?:(?:-|–|:|/)[0-9]{1,2})?\))?";
    regex::Regex::new(&format!(r"(?-u:\b){pair}(?:(?:, ?| |; ?){pair})+(?-u:\b)"))
        .expect("set-list regex")
});

/// The lists of two or more set scores in `text`, each as its pairs.
fn set_lists(text: &str) -> Vec<Vec<(u32, u32)>> {
    SET_LIST
        .find_iter(text)
        .map(|m| set_pairs(m.as_str()))
        .filter(|pairs| pairs.len() >= 2)
        .collect()
}

/// `set_lists` of `doc.body`, found on first asking and kept on the `Doc`.
fn doc_set_lists(doc: &Doc) -> &[Vec<(u32, u32)>] {
    doc.set_lists.get_or_init(|| set_lists(&doc.body))
}

/// A list of set scores tells its sport by shape alone, which matters where the words do not (a
/// results line, a short wire story): every pair a tennis set (6-4, 7-5, 7-6; the loser's view
/// too), every pair a volleyball set (to 25 by two, or past 25 by two; a deciding set to 15), a
/// badminton game (to 21) or a squash or table-tennis game (to 11).
/// Football's "2-1, 3-0" or a season "2024-25" fits none.
///
/// Games to 11 are squash's or table tennis's: the shape cannot tell which, so their votes go to
/// whichever of the two the words name more, and to neither when the words do not say.
fn count_set_lists(lists: &[Vec<(u32, u32)>], votes: &mut [usize; SPORTS]) {
    let mut to_eleven = 0;
    // (Padel's sets are tennis's: their votes go to padel where the words speak for it more.)
    let tennis_like = if votes[Sport::Padel.index()] > votes[Sport::Tennis.index()] {
        Sport::Padel
    } else {
        Sport::Tennis
    };
    let tennis_set = |a: u32, b: u32| {
        let (hi, lo) = (a.max(b), a.min(b));
        (hi == 6 && lo <= 4) || (hi == 7 && (lo == 5 || lo == 6))
    };
    let volleyball_set = |a: u32, b: u32| {
        let (hi, lo) = (a.max(b), a.min(b));
        (hi == 25 && lo <= 23) || (hi > 25 && hi - lo == 2) || (hi == 15 && lo <= 13)
    };
    let game = |to: u32, a: u32, b: u32| {
        let (hi, lo) = (a.max(b), a.min(b));
        (hi == to && lo + 2 <= to) || (hi > to && hi - lo == 2 && hi <= to + 9)
    };
    for pairs in lists {
        if pairs.iter().all(|&(a, b)| game(11, a, b)) {
            to_eleven += 1;
        } else if pairs.iter().all(|&(a, b)| game(21, a, b)) {
            // (Games to 21 are sepak takraw's sets too, where its words speak for it more.)
            let to_21 = if votes[Sport::SepakTakraw.index()] > votes[Sport::Badminton.index()] {
                Sport::SepakTakraw
            } else {
                Sport::Badminton
            };
            // (Two games to 21 are also beach volleyball's two sets: half the votes each.)
            if pairs.len() == 2 {
                votes[to_21.index()] += SET_LIST_VOTES / 2;
                votes[Sport::Volleyball.index()] += SET_LIST_VOTES / 2;
            } else {
                votes[to_21.index()] += SET_LIST_VOTES;
            }
        } else if beach_sets(pairs, game) {
            votes[Sport::Volleyball.index()] += SET_LIST_VOTES;
        } else if pairs.iter().all(|&(a, b)| tennis_set(a, b)) {
            votes[tennis_like.index()] += SET_LIST_VOTES;
        } else if pairs.iter().all(|&(a, b)| volleyball_set(a, b))
            && pairs.iter().any(|&(a, b)| a.max(b) >= 25)
        {
            votes[Sport::Volleyball.index()] += SET_LIST_VOTES;
        } else if racquetball_games(pairs) {
            votes[Sport::Racquetball.index()] += SET_LIST_VOTES;
        }
    }
    let (squash, table) = (
        votes[Sport::Squash.index()],
        votes[Sport::TableTennis.index()],
    );
    if squash != table {
        let s = if squash > table {
            Sport::Squash
        } else {
            Sport::TableTennis
        };
        votes[s.index()] += SET_LIST_VOTES * to_eleven;
    }
}

/// Racquetball's games: to 15 by one point, all but a last tiebreaker to 11 ("15-11, 12-15,
/// 11-6").
fn racquetball_games(pairs: &[(u32, u32)]) -> bool {
    let Some((last, rest)) = pairs.split_last() else {
        return false;
    };
    let to = |n: u32, &(a, b): &(u32, u32)| a.max(b) == n && a.min(b) < n;
    !rest.is_empty() && rest.iter().all(|p| to(15, p)) && (to(15, last) || to(11, last))
}

/// Beach volleyball's three sets: two to 21 and a deciding one to 15 ("21-18, 19-21, 15-12").
fn beach_sets(pairs: &[(u32, u32)], game: impl Fn(u32, u32, u32) -> bool) -> bool {
    let [first, second, third] = pairs[..] else {
        return false;
    };
    game(21, first.0, first.1) && game(21, second.0, second.1) && game(15, third.0, third.1)
}

/// The pairs of a set list, bracketed tiebreaks left out.
fn set_pairs(list: &str) -> Vec<(u32, u32)> {
    let mut depth = 0u32;
    let outside: String = list
        .chars()
        .map(|c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            if depth == 0 && c.is_ascii_digit() {
                c
            } else {
                ' '
            }
        })
        .collect();
    let numbers: Vec<u32> = outside.split(' ').filter_map(|n| n.parse().ok()).collect();
    numbers.chunks_exact(2).map(|p| (p[0], p[1])).collect()
}

fn decide(votes: &[usize; SPORTS]) -> Option<Sport> {
    let mut order: Vec<usize> = (0..votes.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(votes[i]));
    let (best, second) = (votes[order[0]], votes[order[1]]);
    (best >= 2 && best >= 2 * second).then_some(ALL[order[0]])
}

/// The sport of a short text (tests and single sentences): one cue is enough when it is alone.
#[cfg(test)]
pub fn detect_text(text: &str) -> Option<Sport> {
    let mut votes = [0usize; SPORTS];
    count(text, &mut votes);
    let mut order: Vec<usize> = (0..votes.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(votes[i]));
    (votes[order[0]] >= 1 && votes[order[1]] == 0).then_some(ALL[order[0]])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Australian rules scores written goals, behinds and total ("12.14 (86)") speak for that
    /// code over a body calling it "football" and naming a football ground.
    #[test]
    fn goals_and_behinds_name_australian_rules() {
        let body = "Country football: Koroit won the football league's grand final at Hampden \
                    Park, beating Terang Mortlake 12.14 (86) to 11.9 (75) after leading 3.4 (22) \
                    to 1.2 (8) at the first change. Football fans came from all over.";
        let doc = Doc::from_body(body.to_string(), crate::doc::ArticleMeta::default());
        assert_eq!(detect(&doc), Some(Sport::AustralianFootball));
    }

    /// A sport named by its name in the headline wins when the body names it in other words
    /// too, against clubs listed under another sport; a cue word the headline shares with
    /// another sport ("equaliser") does not.
    #[test]
    fn a_headline_names_the_sport() {
        let doc_of = |title: &str, body: &str| {
            let meta = crate::doc::ArticleMeta {
                title: Some(title.to_string()),
                ..Default::default()
            };
            let mut doc = Doc::from_body(format!("{title}\n\n{body}"), meta);
            for name in ["Marseille", "Brescia", "Olympiacos"] {
                doc.entities.push(crate::doc::Entity {
                    name: name.to_string(),
                    kind: EntityType::Team,
                    aliases: Vec::new(),
                    mentions: vec![crate::doc::Span::new(0, 1), crate::doc::Span::new(1, 2)],
                    role: None,
                    sport: Some("football".to_string()),
                    country: None,
                    members: Vec::new(),
                });
            }
            doc
        };
        let body = "Marseille beat Olympiacos 11-10 with a late goal; Brescia went through.";
        assert_eq!(
            detect(&doc_of(
                "Water polo-Marseille edge Olympiacos",
                &format!("{body} They scored two extra-man goals.")
            )),
            Some(Sport::WaterPolo)
        );
        assert_eq!(
            detect(&doc_of("Water polo-Marseille edge Olympiacos", body)),
            Some(Sport::Football)
        );
        let mut hockey = doc_of(
            "Färjestad edge Frölunda after late equaliser",
            "The goaltender made 30 saves and the power play scored twice.",
        );
        hockey.entities.clear();
        assert_eq!(detect(&hockey), Some(Sport::IceHockey));
    }

    #[test]
    fn cues_name_the_sport() {
        let cases = [
            (
                "He hit 22 aces and won the tiebreak at Wimbledon.",
                Some(Sport::Tennis),
            ),
            (
                "Somerset were all out for 198 in 44 overs; three wickets fell.",
                Some(Sport::Cricket),
            ),
            // "Boxing Day" names no boxing (a phrase hiding the cue in it).
            (
                "The Boxing Day Test at the MCG: India were all out for 187, two wickets \
                 fell in the first over of the Boxing Day session.",
                Some(Sport::Cricket),
            ),
            (
                "He birdied 13 and bogeyed 17 at Augusta.",
                Some(Sport::Golf),
            ),
            (
                "Two touchdowns and 301 yards for the quarterback.",
                Some(Sport::AmericanFootball),
            ),
            (
                "The goaltender made 31 saves on the power play.",
                Some(Sport::IceHockey),
            ),
            (
                "He had 12 rebounds and two 3-pointers.",
                Some(Sport::Basketball),
            ),
            (
                "A walk-off homer in the 10th inning.",
                Some(Sport::Baseball),
            ),
            (
                "The scrum-half kicked to touch from the lineout.",
                Some(Sport::RugbyUnion),
            ),
            (
                "The striker beat the goalkeeper from the penalty spot.",
                Some(Sport::Football),
            ),
            // Set lists name their sport by shape.
            (
                "Hurkacz beat Griekspoor 6-7 (5-7), 6-4, 7-6 (7-3) on Tuesday.",
                Some(Sport::Tennis),
            ),
            (
                "Modena won 3-1 (25:21, 22:25, 25:19, 27:25) on Sunday.",
                Some(Sport::Volleyball),
            ),
            // Neither shape: football results in a row, a season, game scores to 21.
            ("They won 2-1, 3-0 and 1-1 in May.", None),
            ("The 2024-25, 2025-26 seasons.", None),
            ("She won 21-17, 19-21, 21-15.", Some(Sport::Badminton)),
            // Games to 11: squash or table tennis, which the words tell.
            ("He won 11-7, 9-11, 11-5, 11-4.", None),
            (
                "He won 11-7, 9-11, 11-5, 11-4 on the glass court at the PSA event.",
                Some(Sport::Squash),
            ),
            (
                "Her forehand loop won it 11-9, 11-6, 8-11, 11-4 at the WTT Champions.",
                Some(Sport::TableTennis),
            ),
            (
                "The padel final went to a third set after two bandejas off the glass: 6-4, 3-6, 7-5.",
                Some(Sport::Padel),
            ),
            // (Two sets to 21 may be badminton or beach volleyball; a third to 15 is beach.)
            (
                "They won the title 21-18, 19-21, 15-12 on Sunday.",
                Some(Sport::Volleyball),
            ),
            (
                "The épée final went to priority after a double touch on the piste.",
                Some(Sport::Fencing),
            ),
            (
                "The yokozuna finished 11-4 after the ozeki threw him on the dohyo.",
                Some(Sport::Sumo),
            ),
            (
                "Her 14 raid points and a super tackle in the last minute won it, 38-35.",
                Some(Sport::Kabaddi),
            ),
            (
                "He closed with nine strikes in the ten-pin final and won the roll-off.",
                Some(Sport::Bowling),
            ),
            (
                "She scored a takedown in the second period and won 10-0 on technical superiority.",
                Some(Sport::Wrestling),
            ),
            (
                "Her drive serve and a backhand splat won the racquetball final 15-11, 11-6.",
                Some(Sport::Racquetball),
            ),
            (
                "The goal shooter landed two super shots in Super Netball.",
                Some(Sport::Netball),
            ),
            (
                "Kiel won the EHF Champions League tie with two late seven-metre throws.",
                Some(Sport::Handball),
            ),
            ("It was a good era for the club.", None),
            ("It was a good day.", None),
        ];
        for (text, want) in cases {
            let mut votes = [0; SPORTS];
            count(text, &mut votes);
            count_set_lists(&set_lists(text), &mut votes);
            assert_eq!(decide(&votes), want, "{text}");
        }
    }
}
