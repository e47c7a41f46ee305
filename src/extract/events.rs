//! Events: match results (and later other happenings) built from the facts found before.
//!
//! One `match_result` per match the article reports, not per mention: the headline "Ireland 27-20
//! France" and the body's "a 27-20 win over France" are one match. A result needs a final score
//! with both sides known; half-time, running, quarter and single-set scores never make one alone.
//! - Team sports: each final score → `{"teams": [A, B], "score": [a, b], "winner": A | null}`.
//! - Tennis: a run of set scores ("7-5, 4-6, 6-3, 7-6 (8-6)") → the sets won, [3, 1].
//! - Cricket: the two completed innings of a one-innings-a-side match, in one paragraph →
//!   the runs [287, 230]; the margin ("57 runs") when the paragraph states it. Matches of two
//!   innings a side (a "first innings", a declaration) have no such score and make no event.
//!
//! Extra arguments when the result's sentence gives them: `competition`, `venue` (entity ids),
//! `date` (a day value of `doc.dates`), `stage` (from `data/events/stages.tsv`).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use memchr::memmem;
use regex::Regex;
use serde_json::{json, Map, Value};

use crate::doc::{Doc, EntityType, EventFact, Granularity, ScoreFact, ScoreKind, Span};
use crate::extract::text::{boundary_after, boundary_before};

/// Builds events from `doc.scores`, `doc.entities` and `doc.dates`.
pub fn extract(doc: &Doc) -> Vec<EventFact> {
    let mut results: Vec<Result> = Vec::new();
    team_results(doc, &mut results);
    tennis_results(doc, &mut results);
    cricket_results(doc, &mut results);
    results.sort_by_key(|r| r.span.start);
    // One event per match: the same two sides with the same score are the same match.
    let mut seen: Vec<([usize; 2], [i32; 2])> = Vec::new();
    let mut out = Vec::new();
    for r in results {
        let key = canonical(&r);
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        out.push(event(doc, &r));
    }
    out
}

/// A match result before it becomes an event.
struct Result {
    span: Span,
    teams: [usize; 2],
    score: [i32; 2],
    /// The score is counted in halves (`ScoreFact::halves`).
    halves: bool,
    margin: Option<String>,
}

fn canonical(r: &Result) -> ([usize; 2], [i32; 2]) {
    if r.teams[0] <= r.teams[1] {
        (r.teams, r.score)
    } else {
        ([r.teams[1], r.teams[0]], [r.score[1], r.score[0]])
    }
}

/// Both sides of a two-sided score, when known and different.
fn both_sides(s: &ScoreFact) -> Option<[usize; 2]> {
    match s.teams.as_deref() {
        Some([Some(a), Some(b)]) if a != b && s.points.len() == 2 => Some([*a, *b]),
        _ => None,
    }
}

fn team_results(doc: &Doc, out: &mut Vec<Result>) {
    let mut previous: Option<&ScoreFact> = None;
    let mut judges_cards = crate::extract::scores::JudgesCards::new(doc);
    for s in &doc.scores {
        // A list of final scores of the same sides is one contest scored several ways (a fight's
        // three judges: "116-111, 115-112 and 117-110", or told one judge after another in one
        // sentence): its first score stands for it.
        let listed = previous.is_some_and(|p| {
            let pair =
                |s: &ScoreFact| both_sides(s).map(|[a, b]| if a <= b { [a, b] } else { [b, a] });
            p.kind == ScoreKind::Final
                && pair(p).is_some()
                && (both_sides(p) == both_sides(s) && listed_together(&doc.body, p.span, s.span)
                    || (pair(p) == pair(s)
                        && doc.sentence_index(p.span.start) == doc.sentence_index(s.span.start)
                        && judges_cards.at(s.span.start)))
        });
        previous = Some(s);
        if s.kind != ScoreKind::Final || listed {
            continue;
        }
        if let Some(teams) = both_sides(s) {
            out.push(Result {
                span: s.span,
                teams,
                score: [s.points[0], s.points[1]],
                halves: s.halves,
                margin: None,
            });
        }
    }
}

/// Runs of set scores with the same players, written one after another.
fn tennis_results(doc: &Doc, out: &mut Vec<Result>) {
    let sets: Vec<&ScoreFact> = doc
        .scores
        .iter()
        .filter(|s| s.kind == ScoreKind::Set && both_sides(s).is_some())
        .collect();
    let mut i = 0;
    while i < sets.len() {
        let first = sets[i];
        let Some(players) = both_sides(first) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < sets.len()
            && both_sides(sets[j]) == Some(players)
            && listed_together(&doc.body, sets[j - 1].span, sets[j].span)
        {
            j += 1;
        }
        let run = &sets[i..j];
        let won = run.iter().filter(|s| s.points[0] > s.points[1]).count() as i32;
        let lost = run.len() as i32 - won;
        // A finished match: the winner took two sets (best of three) or three (best of five).
        let (hi, lo) = (won.max(lost), won.min(lost));
        if run.len() >= 2 && (hi == 2 || hi == 3) && hi > lo {
            out.push(Result {
                span: Span::new(first.span.start, run[run.len() - 1].span.end),
                teams: players,
                score: [won, lost],
                halves: false,
                margin: None,
            });
        }
        i = j;
    }
}

fn listed_together(body: &str, a: Span, b: Span) -> bool {
    a.end <= b.start
        && body[a.end..b.start]
            .split(|c: char| c.is_whitespace() || c == ',')
            .all(|w| w.is_empty() || w == "and")
}

/// Words that say a cricket match has two innings a side.
const MULTI_INNINGS: [&str; 6] = [
    "first innings",
    "second innings",
    "follow-on",
    "follow on",
    "declared",
    "declaration",
];

/// `MULTI_INNINGS` in any case. (The words are ASCII, and no char outside ASCII lower-cases into
/// them: the same test as a lower-cased copy of the body, without making one.)
static MULTI_INNINGS_ANY_CASE: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .build(MULTI_INNINGS)
        .expect("multi-innings words build")
});

static MARGIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bby (an innings and \d+ runs?|\d+ (?:runs?|wickets?)|(?:one|two|three|four|five|six|seven|eight|nine|ten) (?:runs?|wickets?))\b|\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)-(run|wicket) (?:win|victory|triumph)\b",
    )
    .expect("margin regex")
});

fn cricket_results(doc: &Doc, out: &mut Vec<Result>) {
    let innings: Vec<(&ScoreFact, usize)> = doc
        .scores
        .iter()
        .filter(|s| s.kind == ScoreKind::Innings && s.points.len() == 2)
        // A Super Over (a one-over eliminator after a tie) is not the match's innings: "In the
        // Super Over, Mumbai made 11/1" pairs with no match total.
        .filter(|s| !super_over(doc, s.span))
        .filter_map(|s| match s.teams.as_deref() {
            Some([Some(t)]) => Some((s, *t)),
            _ => None,
        })
        .collect();
    if innings.is_empty() {
        return;
    }
    if MULTI_INNINGS_ANY_CASE.is_match(&doc.body) {
        return;
    }
    if doc.paragraphs.is_empty() {
        return;
    }
    let before = out.len();
    let mut i = 0;
    while i < innings.len() {
        let p = doc.paragraph_index(innings[i].0.span.start);
        let mut j = i;
        while j < innings.len() && doc.paragraph_index(innings[j].0.span.start) == p {
            j += 1;
        }
        let group = &innings[i..j];
        let mut teams: Vec<(usize, i32, Span)> = Vec::new();
        // A side with two different totals in the paragraph played two innings: no single score.
        let mut two_innings = false;
        for (s, t) in group {
            match teams.iter().find(|x| x.0 == *t) {
                Some(x) if x.1 != s.points[0] => two_innings = true,
                Some(_) => {}
                None => teams.push((*t, s.points[0], s.span)),
            }
        }
        if teams.len() == 2 && !two_innings {
            let para = doc.paragraphs[p].span;
            // "by 57 runs", or "a 124-run victory" / "an eight-wicket win" (as "124 runs").
            let margin = MARGIN.captures(doc.text(para)).and_then(|c| {
                if let Some(m) = c.get(1) {
                    return Some(m.as_str().to_string());
                }
                let (n, unit) = (c.get(2)?.as_str(), c.get(3)?.as_str());
                let plural = if n == "one" || n == "1" { "" } else { "s" };
                Some(format!("{n} {unit}{plural}"))
            });
            out.push(Result {
                span: teams[0].2,
                teams: [teams[0].0, teams[1].0],
                score: [teams[0].1, teams[1].1],
                halves: false,
                margin,
            });
        }
        i = j;
    }
    // "The Knight Riders posted 185 for 6 …" and, paragraphs later, "the Warriors closing on
    // 186-4": the completed innings no paragraph paired make the article's match if they are
    // exactly two sides' with one total each.
    let paired: Vec<Span> = out[before..].iter().map(|r| r.span).collect();
    let paired_paragraphs: Vec<usize> = paired
        .iter()
        .map(|s| doc.paragraph_index(s.start))
        .collect();
    {
        let done: Vec<&(&ScoreFact, usize)> = innings
            .iter()
            .filter(|(s, _)| !paired_paragraphs.contains(&doc.paragraph_index(s.span.start)))
            .collect();
        let mut teams: Vec<(usize, i32, Span)> = Vec::new();
        for (s, t) in done {
            match teams.iter().find(|x| x.0 == *t) {
                Some(x) if x.1 != s.points[0] => return,
                Some(_) => {}
                None => teams.push((*t, s.points[0], s.span)),
            }
        }
        // (A match a paragraph already paired, one of whose innings is told again, is not made
        // again from a running total: "Sixers 5-181 beat Hurricanes 6-180", then "End of the
        // powerplay: Sixers 2-51" and "The Hurricanes finished on 6-180".)
        let made = |(a, x): (usize, i32), (b, y): (usize, i32)| {
            out[before..].iter().any(|r| {
                (r.teams == [a, b] && (r.score[0] == x || r.score[1] == y))
                    || (r.teams == [b, a] && (r.score[0] == y || r.score[1] == x))
            })
        };
        if teams.len() == 2 && !made((teams[0].0, teams[0].1), (teams[1].0, teams[1].1)) {
            let margin = MARGIN.captures(&doc.body).and_then(|c| {
                if let Some(m) = c.get(1) {
                    return Some(m.as_str().to_string());
                }
                let (n, unit) = (c.get(2)?.as_str(), c.get(3)?.as_str());
                let plural = if n == "one" || n == "1" { "" } else { "s" };
                Some(format!("{n} {unit}{plural}"))
            });
            out.push(Result {
                span: teams[0].2,
                teams: [teams[0].0, teams[1].0],
                score: [teams[0].1, teams[1].1],
                halves: false,
                margin,
            });
        }
    }
}

static STAGES: LazyLock<(AhoCorasick, Vec<&'static str>)> = LazyLock::new(|| {
    let mut pats = Vec::new();
    let mut labels = Vec::new();
    for line in include_str!("../../data/events/stages.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        if let Some((phrase, label)) = line.split_once('\t') {
            pats.push(phrase.trim());
            labels.push(label.trim());
        }
    }
    let ac = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&pats)
        .expect("stages build");
    (ac, labels)
});

fn stage_in(text: &str) -> Option<&'static str> {
    let (ac, labels) = &*STAGES;
    ac.find_iter(text)
        .find(|m| boundary_before(text, m.start()) && boundary_after(text, m.end()))
        .map(|m| labels[m.pattern().as_usize()])
}

fn id(i: usize) -> String {
    crate::record::entity_id(i)
}

fn sentence_of(doc: &Doc, pos: usize) -> Span {
    if !doc.sentences.is_empty() {
        let s = doc.sentences[doc.sentence_index(pos)];
        if s.start <= pos && pos <= s.end {
            return s;
        }
    }
    Span::new(0, doc.body.len())
}

/// The part of sentence `sent` that belongs to the score at `span`: from the end of the score
/// before it to the start of the score after it.
fn own_stretch(doc: &Doc, sent: Span, span: Span) -> Span {
    let mut lo = sent.start;
    // A clause joined after the score speaks of something else: "…at Brentford on January 31,
    // and the supporters dream of the Champions League".
    // (Finders built once: `str::find` would set up a new substring searcher for each word of
    // each score.)
    static JOINS: LazyLock<[memmem::Finder<'static>; 4]> =
        LazyLock::new(|| [", and ", ", but ", "; ", ", while "].map(memmem::Finder::new));
    let rest = &doc.body.as_bytes()[span.end.min(sent.end)..sent.end];
    let mut hi = JOINS
        .iter()
        .filter_map(|w| w.find(rest))
        .min()
        .map_or(sent.end, |i| span.end.min(sent.end) + i);
    for s in &doc.scores {
        if !sent.contains(s.span) || span.overlaps(s.span) {
            continue;
        }
        if s.span.end <= span.start {
            // ("4-1 in St. Paul on Dec. 6 and 2-1 at Tsongas on Jan. 10": the words of a list's
            // earlier item, up to its "and", are that item's. Not after a comma, which may bring
            // in this score's own words: "Geelong thrashed Richmond by 61 points, 19.15 (129)".)
            let between = doc.body[s.span.end..span.start].trim_end();
            let listed = between.ends_with(" and");
            lo = lo.max(if listed { span.start } else { s.span.end });
        } else if s.span.start >= span.end {
            hi = hi.min(s.span.start);
        }
    }
    Span::new(lo, hi.max(lo))
}

/// The first entity of `kind` mentioned inside `span`.
fn entity_in(doc: &Doc, span: Span, kind: EntityType) -> Option<usize> {
    doc.entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == kind)
        .filter_map(|(i, e)| {
            e.mentions
                .iter()
                .find(|m| span.contains(**m))
                .map(|m| (m.start, i))
        })
        .min()
        .map(|(_, i)| i)
}

fn event(doc: &Doc, r: &Result) -> EventFact {
    let sent = sentence_of(doc, r.span.start);
    let mut args = Map::new();
    args.insert("teams".into(), json!([id(r.teams[0]), id(r.teams[1])]));
    args.insert(
        "score".into(),
        json!(crate::doc::points_json(&r.score, r.halves)),
    );
    let winner = match r.score[0].cmp(&r.score[1]) {
        std::cmp::Ordering::Greater => Value::String(id(r.teams[0])),
        std::cmp::Ordering::Less => Value::String(id(r.teams[1])),
        std::cmp::Ordering::Equal => Value::Null,
    };
    args.insert("winner".into(), winner);
    if let Some(m) = &r.margin {
        args.insert("margin".into(), Value::String(m.clone()));
    }
    // A sentence may report two matches ("… a 2-0 win at Everton, while Arsenal were held 1-1 by
    // Brighton at the Emirates"): the competition, stage, venue and date are looked for between
    // the scores around this one.
    let own = own_stretch(doc, sent, r.span);
    if let Some(c) = entity_in(doc, own, EntityType::Competition) {
        args.insert("competition".into(), Value::String(id(c)));
    }
    if let Some(stage) = stage_in(doc.text(own)) {
        args.insert("stage".into(), Value::String(stage.to_string()));
    }
    if let Some(v) = entity_in(doc, own, EntityType::Venue) {
        args.insert("venue".into(), Value::String(id(v)));
    }
    let day = |within: Span| {
        doc.dates
            .iter()
            .filter(|d| within.contains(d.span) && d.granularity == Granularity::Day)
            .find_map(|d| d.value.clone())
    };
    let date = day(own).or_else(|| day(sent));
    if let Some(d) = date {
        args.insert("date".into(), Value::String(d));
    }
    EventFact {
        kind: "match_result".into(),
        args,
        span: r.span,
    }
}

/// True when the sentence around `span` speaks of a Super Over (or a one-over eliminator).
fn super_over(doc: &Doc, span: Span) -> bool {
    let sent = doc
        .sentences
        .iter()
        .find(|x| x.start <= span.start && span.start < x.end.max(x.start + 1))
        .copied()
        .unwrap_or(span);
    // (In any case, as `MULTI_INNINGS_ANY_CASE`.)
    static WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build(["super over", "super-over", "eliminator"])
            .expect("super over words build")
    });
    WORDS.is_match(doc.text(sent))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::scores::corpus_doc;

    fn events_of(text: &str, entities: &str) -> Vec<String> {
        let mut doc = corpus_doc(text, entities);
        doc.scores = crate::extract::scores::extract(&doc);
        extract(&doc)
            .iter()
            .map(|e| {
                let name = |v: &Value| {
                    v.as_str()
                        .and_then(|s| s.strip_prefix('E'))
                        .and_then(|n| n.parse::<usize>().ok())
                        .map_or("-".to_string(), |n| doc.entities[n - 1].name.clone())
                };
                let teams: Vec<String> = e.args["teams"]
                    .as_array()
                    .map(|a| a.iter().map(name).collect())
                    .unwrap_or_default();
                format!(
                    "{} {} winner {}",
                    teams.join(" v "),
                    e.args["score"],
                    name(&e.args["winner"])
                )
            })
            .collect()
    }

    #[test]
    fn one_event_per_match() {
        let got = events_of(
            "Ireland 27-20 France\n\nIreland beat France 27-20 in Dublin. Ireland led 13-6 at half-time.",
            "team:Ireland; team:France; place:Dublin",
        );
        assert_eq!(got, ["Ireland v France [27,20] winner Ireland"]);
    }

    #[test]
    fn a_listed_result_keeps_its_own_venue() {
        let text = "The Rockets beat the Comets 4-1 at Maple Arena in December and 2-1 at Harbour \
                    Hall in January.";
        let mut doc = corpus_doc(
            text,
            "team@ice-hockey:Rockets; team@ice-hockey:Comets; venue:Maple Arena; venue:Harbour Hall",
        );
        doc.scores = crate::extract::scores::extract(&doc);
        let venues: Vec<String> = extract(&doc)
            .iter()
            .map(|e| {
                e.args["venue"]
                    .as_str()
                    .and_then(|v| v.strip_prefix('E'))
                    .and_then(|n| n.parse::<usize>().ok())
                    .map_or("-".to_string(), |n| doc.entities[n - 1].name.clone())
            })
            .collect();
        assert_eq!(venues, ["Maple Arena", "Harbour Hall"]);
    }

    #[test]
    fn draws_have_no_winner() {
        let got = events_of(
            "Dunmore Athletic were held 2-2 at home by Redcliffe Town on Friday.",
            "team:Dunmore Athletic; team:Redcliffe Town",
        );
        assert_eq!(got, ["Dunmore Athletic v Redcliffe Town [2,2] winner -"]);
    }

    #[test]
    fn tennis_counts_sets() {
        let got = events_of(
            "Ferrández-Ruiz won the Wimbledon title, beating Ødestad 7-5, 4-6, 6-3, 7-6 (8-6) after a tiebreak. O’Sullivan won the ladies’ singles, beating Van den Broeck 6-4, 7-6(4).",
            "person:Ferrández-Ruiz; person:Ødestad; person:O’Sullivan; person:Van den Broeck; competition:Wimbledon",
        );
        assert_eq!(
            got,
            [
                "Ferrández-Ruiz v Ødestad [3,1] winner Ferrández-Ruiz",
                "O’Sullivan v Van den Broeck [2,0] winner O’Sullivan"
            ]
        );
    }

    #[test]
    fn cricket_pairs_the_two_innings() {
        let got = events_of(
            "Somerset recovered from 31 for 2 to post 287 for 4 in their 50 overs. Lancashire were all out for 230 as Somerset won by 57 runs.",
            "team:Somerset; team:Lancashire",
        );
        assert_eq!(got, ["Somerset v Lancashire [287,230] winner Somerset"]);
    }

    #[test]
    fn running_totals_do_not_make_a_paired_match_again() {
        let got = events_of(
            "Sixers 5-181 (18 overs) beat Hurricanes 6-180 (20 overs) to go second.\n\nEnd of the powerplay: Sixers 2-51.\n\nThe Hurricanes finished on 6-180 from their 20 overs.",
            "team@cricket:Sixers; team@cricket:Hurricanes",
        );
        assert_eq!(got, ["Sixers v Hurricanes [181,180] winner Sixers"]);
    }

    #[test]
    fn another_match_of_a_side_does_not_stop_the_pairing() {
        let got = events_of(
            "Kolkata won the final by eight wickets in 10.3 overs. Sunrisers were bowled out for 113 in 18.3 overs, and Kolkata reached 114 for 2.\n\nIn the qualifier, Sunrisers were all out for 159 in 19.3 overs.",
            "team@cricket:Kolkata; team@cricket:Sunrisers",
        );
        assert_eq!(got, ["Sunrisers v Kolkata [113,114] winner Kolkata"]);
    }

    #[test]
    fn cricket_pairs_innings_of_two_paragraphs() {
        let got = events_of(
            "Sent in, the Knight Riders posted 185 for 6 (20 overs).\n\nThe chase wobbled early. The Warriors were 41 for 2 in the sixth over, but closed on 186-4.",
            "team@cricket:Knight Riders; team@cricket:Warriors",
        );
        assert_eq!(got, ["Knight Riders v Warriors [185,186] winner Warriors"]);
    }

    #[test]
    fn innings_of_two_paragraphs_pair_beside_a_paired_paragraph() {
        let got = events_of(
            "Put in, Kent made 312 for 7 from their 50 overs.\n\nEssex finished on 252 for 8.\n\nIn the first match, Essex reached 248 for 4 in reply to Kent's 247 all out.",
            "team@cricket:Kent; team@cricket:Essex",
        );
        assert_eq!(
            got,
            [
                "Kent v Essex [312,252] winner Kent",
                "Essex v Kent [248,247] winner Essex"
            ]
        );
    }

    #[test]
    fn a_side_with_two_totals_in_two_paragraphs_makes_no_event() {
        let got = events_of(
            "Kent posted 185 for 6 (20 overs) in the semi-final.\n\nKent made 150 for 9 (20 overs) in the final.\n\nEssex closed on 151 for 2 in the T20 final.",
            "team@cricket:Kent; team@cricket:Essex",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn two_innings_matches_make_no_event() {
        let got = events_of(
            "Somerset declared on 251 for 6 in their second innings after 48 overs. Surrey were all out for 167 and lost by 124 runs.",
            "team:Somerset; team:Surrey",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn running_scores_make_no_event() {
        let got = events_of(
            "Boston led 61-55 at halftime. The Knicks got within 98-94 in the fourth quarter.",
            "team:Boston Celtics|Boston; team:New York Knicks|Knicks",
        );
        assert!(got.is_empty(), "{got:?}");
    }
}
