//! Scores: every score in the body, linked to its teams.
//!
//! Design (Duckling-style rules beside their corpus, `corpus.rs`):
//! 1. `sport`: the article's sport from cue words (`data/scores/sport_cues.tsv`, one automaton pass)
//!    and the gazetteer sports of its teams; only a clear majority counts. It decides which forms
//!    apply (cricket totals, tennis sets, golf rounds) and whether the sides are teams or people
//!    (tennis, golf, boxing, MMA, cycling, motorsport).
//! 2. `candidates`: one regex pass over the body for number pairs ("3-0", "3–0", "3 - 0",
//!    "three-nil", "a goalless draw", Australian rules "15.12 (102)"), the cricket and golf forms in
//!    articles of those sports, and listed scores ("Celtics 112, Knicks 104", "Arsenal 2 Chelsea 1"
//!    as a headline). Shape alone rules out chains (4-4-2, 12-5-2), decimals, times, years, money,
//!    bracketed records ("(7-2)"; a bracketed list of quarters after a result is kept). A listed
//!    score with a comma (the AP form "Seattle Kraken 4, Vancouver Canucks 3 (OT)") needs two
//!    team entities, or a line of its own, and no third entry (a tally list).
//! 3. `read`: the few words around each candidate (`data/scores/context.tsv`) rule out records,
//!    odds, ages, ranges, votes and series tallies, name the kind (final, half-time, quarter,
//!    running, aggregate, penalties, set, tiebreak, innings) and relate the points to the sides the
//!    clause names: a scoreline ("Roma 3-1 Fiorentina"), a verb and its object ("beat Y 3-0",
//!    "lost to Y 2-1", "were beaten 3-1 by Y"), a result noun ("a 3-0 win over Y"), a lead or a
//!    deficit ("led 61-55", "within 98-94"), a level score ("tied it 2-2").
//! 4. `link`: the sides — the subject of the clause (never the object of a preposition or a result
//!    verb), the team of a person named as subject (the team named most often beside them), the
//!    previous sentence's subject; places named like a team of the article read as that team.
//! 5. Here: the sides become teams in the order of the points; running scores whose clause names
//!    one side take the other from the match reported around them, level scores take the match's
//!    order, a live report's scorelines outgrown by the final become running scores.
//!
//! Margins ("won by five goals", "by 57 runs", "by seven wickets", "by two shots", "a 124-run
//! victory") are not scores: they say how a result was won, not what the score was (a cricket
//! event carries its margin). A tennis tiebreak stays inside its set's span ("7-6 (8-6)" is one
//! set score) and is not a score of its own. Golf scores are single values: a round ("a
//! final-round 66", "shot 66") is a running score (the schema has no round kind), a total to par
//! ("finish at -12", "12 under") is final; both name the player as their only side. A cricket
//! total names the batting side only: [runs, wickets], ten wickets when all out.

mod candidates;
#[cfg(test)]
mod corpus;
mod describe;
#[cfg(test)]
pub(crate) use corpus::doc_with as corpus_doc;
mod lexicon;
mod link;
mod read;
pub mod sport;
#[cfg(test)]
pub(crate) mod trace;

use std::sync::LazyLock;

use memchr::memmem;

use crate::doc::{Doc, Entity, EntityType, Outcome, ScoreFact, ScoreKind, Span};
use read::{order, Reading, Rel};

/// The sides that contests starting inside `sent` pair with side `s` (as winner only, when
/// `as_winner`), sorted and without repeats.
fn opponents_in<'a>(
    contests: impl Iterator<Item = &'a (usize, [usize; 2])>,
    sent: crate::doc::Span,
    s: usize,
    as_winner: bool,
) -> Vec<usize> {
    let mut out: Vec<usize> = contests
        .filter(|m| sent.start <= m.0 && m.0 < sent.end)
        .filter_map(|&(_, [a, b])| match (a == s, b == s) {
            (true, _) => Some(b),
            (false, true) if !as_winner => Some(a),
            _ => None,
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// A place's mention at `span` may be a county side: not after a word of place ("in Thurles",
/// "at Clones", "in the Munster final") and not naming a competition ("the Ulster final",
/// "Munster hurling championship").
fn county_as_side(body: &str, span: crate::doc::Span) -> bool {
    let before: Vec<&str> = body[..span.start]
        .split_whitespace()
        .rev()
        .take(2)
        .collect();
    let placed = |w: &str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "in" | "at" | "from" | "to" | "near" | "of"
        )
    };
    let after_place = match before.as_slice() {
        [w, ..] if placed(w) => true,
        [the, w] if the.eq_ignore_ascii_case("the") && placed(w) => true,
        _ => false,
    };
    let next: Vec<String> = body[span.end..]
        .split_whitespace()
        .take(2)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase()
        })
        .collect();
    let competition = next.iter().any(|w| {
        matches!(
            w.as_str(),
            "final" | "finals" | "semi-final" | "championship" | "title" | "council"
        )
    });
    !after_place && !competition
}

/// Whether the sentence around a position speaks of a judge's card ("the judges' cards read
/// …"), asked for positions in text order: the test reads its whole sentence, and the scores of a
/// list ("116-111, 115-112 and 117-110") share one, so the last answer is kept.
pub struct JudgesCards<'d> {
    doc: &'d Doc,
    last: Option<(crate::doc::Span, bool)>,
}

impl<'d> JudgesCards<'d> {
    pub fn new(doc: &'d Doc) -> JudgesCards<'d> {
        JudgesCards { doc, last: None }
    }

    /// True when the sentence around `pos` speaks of a judge's card.
    pub fn at(&mut self, pos: usize) -> bool {
        let sent = read::sentence_of(self.doc, pos);
        match self.last {
            Some((last, card)) if last == sent => card,
            _ => {
                let card = read::judges_card(self.doc, sent);
                self.last = Some((sent, card));
                card
            }
        }
    }
}

/// Period, half-time or aggregate scores in brackets right after a result whose sides were
/// found later than the reading ("Tappara–Ilves 4–3 (1–0, 2–2, 1–1)", "X 2-2 Y (agg 3-3; …)"):
/// each takes the result's sides, in its order.
fn bracketed_periods(
    doc: &Doc,
    found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])],
) {
    for i in 1..found.len() {
        let (head, tail) = found.split_at_mut(i);
        let (p, _, po) = &head[i - 1];
        let (c, r, o) = &mut tail[0];
        // (Or inside a box score's line, between its sides: "X 81 (20-18, 24-20) Y 77".)
        let box_line = head.iter().rev().find(|(b, _, bo)| {
            b.form == candidates::Form::Listed
                && b.core.start <= c.core.start
                && c.core.end <= b.span.end
                && bo.iter().all(Option::is_some)
        });
        let inside = box_line.is_some();
        let po = box_line.map_or(po, |b| &b.2);
        if o.iter().any(Option::is_some)
            || po.iter().any(Option::is_none)
            || (!inside
                && (!matches!(
                    r.kind,
                    ScoreKind::Quarter | ScoreKind::HalfTime | ScoreKind::Aggregate
                ) || p.span.end > c.core.start))
        {
            continue;
        }
        if inside {
            r.kind = ScoreKind::Quarter;
            *o = *po;
            continue;
        }
        // (A short tag of how the game ended may stand before the bracket: "2–3 SO (0–1, …)",
        // "2–1 OT (…)", "3-2 AET (…)"; so may the second side of a line "X 2-2 Y (agg 3-3)".)
        let from = po[1]
            .and_then(|e| doc.entities.get(e))
            .and_then(|e| {
                e.mentions.iter().find(|m| {
                    m.start >= p.span.end
                        && m.end <= c.core.start
                        && doc.body[p.span.end..m.start].trim().is_empty()
                })
            })
            .map_or(p.span.end, |m| m.end);
        let between = doc.body[from..c.core.start].trim_start();
        let between = between.trim_start_matches(|ch: char| ch.is_ascii_uppercase() || ch == '.');
        // (And the aggregate's own word inside it: "(agg 3-3".)
        let between = match r.kind {
            ScoreKind::Aggregate => between
                .trim_end()
                .trim_end_matches(|ch: char| ch.is_ascii_alphabetic() || ch == '.'),
            _ => between,
        };
        if between.len() <= 3
            && between
                .chars()
                .all(|ch| matches!(ch, ' ' | '(' | ',' | ';'))
        {
            *o = *po;
        }
    }
}

/// The phrases of a meeting before any the story reports (`data/scores/earlier_meeting.txt`),
/// each with a space on either side, as one searcher.
static EARLIER_MEETING: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    let phrases: Vec<String> =
        crate::extract::text::data_lines(include_str!("../../../data/scores/earlier_meeting.txt"))
            .map(|l| format!(" {} ", l.trim()))
            .collect();
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(phrases)
        .expect("earlier-meeting phrases build")
});

/// "Frame scores (Zhou first): 73-12, 45-70, …", "Quarters, home side first: …": a line whose
/// label says whose points come first gives every score after the label on that line that
/// side first, the other side from that side's match reported last before the line (else after).
fn first_side_label(
    doc: &Doc,
    sides: &link::Sides,
    found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])],
) {
    // (The matches as read by now: a results line's sides may have come after the first
    // reading. Made once, when a line has a label.)
    let mut now: Option<Vec<(usize, [usize; 2])>> = None;
    // (Built once: `str::find` would set up a new substring searcher for every paragraph.)
    static FIRST: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(" first"));
    for p in &doc.paragraphs {
        let line = doc.text(p.span);
        let Some(at) = FIRST.find(line.as_bytes()) else {
            continue;
        };
        let label_end = p.span.start + at + " first".len();
        let rest = &doc.body[label_end..p.span.end];
        // ("Scores Aces first throughout.": every score after it in the article, where the
        // text names no two sides of it.)
        let throughout = rest.starts_with(" throughout");
        if !(rest.starts_with("):") || rest.starts_with(':') || rest.starts_with(')') || throughout)
        {
            continue;
        }
        let Some(m) = sides.adjacent_mention_before(p.span.start + at + 1) else {
            continue;
        };
        if m.span.start < p.span.start {
            continue;
        }
        let side = m.entity;
        let now = now.get_or_insert_with(|| {
            found
                .iter()
                .filter(|(_, r, _)| r.kind == ScoreKind::Final && !r.single)
                .filter_map(|(c, _, o)| match o {
                    [Some(a), Some(b)] if a != b => Some((c.span.start, [*a, *b])),
                    _ => None,
                })
                .collect()
        });
        // (From the label's own line: a results line above it in the same block, "Chen Zhiyuan
        // (Chn) 13-10 Stuart Haddock (Eng)", is the match its list is of.)
        let line_start = p.span.start + line[..at].rfind('\n').map_or(0, |i| i + 1);
        let Some(pair) = match_with(now, line_start, Some(side)) else {
            continue;
        };
        let rival = other_side(pair, side);
        let side_kind = doc.entities[side].kind;
        for (c, r, o) in found.iter_mut() {
            if c.core.start < label_end || r.single {
                continue;
            }
            let on_line = c.span.end <= p.span.end;
            // (Two sides of the label's kind named by the text stand: "the Witches led 13-11".)
            let named = o
                .iter()
                .flatten()
                .filter(|&&e| doc.entities[e].kind == side_kind);
            if on_line || (throughout && named.count() < 2) {
                *o = [Some(side), Some(rival)];
            }
        }
    }
}

/// Finds the scores of `doc.body` (reads `doc.entities` for teams), in text order.
///
/// Some contests are made of contests of the other kind: a Davis Cup tie of singles and
/// doubles rubbers, a wrestling dual of bouts, a bowls championship of singles and fours. Where
/// the sport does not fix its sides as teams, the scores are read a second time with the other
/// kind of side, and a score the first reading leaves without two sides takes the two the
/// second finds ("Canada beat Belgium 3-1" in a tennis story; "a 7-3 decision over O'Keefe" in a dual).
pub fn extract(doc: &Doc) -> Vec<ScoreFact> {
    // (The label is the article's sport; the rules are those of the sport it is scored as.)
    let label = sport::detect(doc);
    // (A sumo story's number pairs are records: "finished 13-2", "went 8-7".)
    if label.is_some_and(|s| !s.scored()) {
        return Vec::new();
    }
    let sport = label.map(sport::Sport::scored_as);
    let people = link::people_by_default(doc, sport);
    let mut found = extract_with(doc, label, people);
    let kind = if people {
        EntityType::Team
    } else {
        EntityType::Person
    };
    let other_kind = label.is_none_or(sport::Sport::individual)
        && doc
            .entities
            .iter()
            .filter(|e| e.kind == kind)
            .nth(1)
            .is_some();
    // The clause a score ends: from the last comma, semicolon, "and" or "but" before it in its
    // sentence.
    let clause_of = |s: &ScoreFact| {
        let sent = read::sentence_of(doc, s.span.start);
        let head = &doc.body[sent.start..s.span.start];
        let from = [", ", "; ", " and ", " but "]
            .iter()
            .filter_map(|sep| head.rfind(sep).map(|at| at + sep.len()))
            .max()
            .unwrap_or(0);
        Span::new(sent.start + from, s.span.start)
    };
    let mentioned_in = |side: usize, span: Span| {
        doc.entities[side]
            .mentions
            .iter()
            .any(|m| span.start <= m.start && m.end <= span.end)
    };
    // Two sides the clause does not name, carried from elsewhere in the sentence ("… won a 3-2
    // decision over DeJong, and the Hawkeyes took a 12-9 lead"): the other kind's reading may
    // name its subject there.
    // (The clause, when the sides are carried.)
    let carried = |s: &ScoreFact| match s.teams.as_deref() {
        Some([Some(a), Some(b)]) => {
            let clause = clause_of(s);
            (!mentioned_in(*a, clause) && !mentioned_in(*b, clause)).then_some(clause)
        }
        _ => None,
    };
    if !other_kind {
        return found;
    }
    // (The teams of a sport of people meet in ties, not in its sets: "beat Belgium 3-1" is
    // the tie's final score, whatever tennis makes of a 3-1.)
    let second = extract_with(doc, label.filter(|_| !people), !people);
    // A scoreline naming two teams in its own words, which the first reading, of players, could
    // not see as one ("Canada 2 Czechia 1" above a tie's rubbers, "Hungary 45 Italy 41"),
    // is the tie's score.
    // (A nation the entity stage typed a place is a side of teams too.)
    let kind_or_nation =
        |e: &Entity| e.kind == kind || (kind == EntityType::Team && e.kind == EntityType::Place);
    // (Of teams only: two players' points in a line of a team story, "Okafor 31, Lindqvist
    // 27", are no score.)
    let named_inside = |o: &ScoreFact| match o.teams.as_deref() {
        Some([Some(a), Some(b)]) if people && a != b => [*a, *b].iter().all(|&t| {
            let e = &doc.entities[t];
            kind_or_nation(e)
                && (e
                    .mentions
                    .iter()
                    .any(|m| o.span.start <= m.start && m.end <= o.span.end)
                    || doc.text(o.span).contains(e.name.as_str()))
        }),
        _ => false,
    };
    let unseen: Vec<ScoreFact> = second
        .iter()
        .filter(|o| {
            named_inside(o)
                && !found
                    .iter()
                    .any(|s| s.span.start < o.span.end && o.span.start < s.span.end)
        })
        .cloned()
        .collect();
    if !unseen.is_empty() {
        found.extend(unseen);
        found.sort_by_key(|s| (s.span.start, s.span.end));
    }
    if !found.iter().any(|s| unlinked(s) || carried(s).is_some()) {
        return found;
    }
    // A team named right at the score as the one ahead: "(ISU 18-15)" after a bout's line, "made
    // it 18-15 Iowa State".
    let team_tagged = |s: &ScoreFact, o: &ScoreFact| match o.teams.as_deref() {
        Some([Some(a), Some(_)]) if people => doc.entities[*a].mentions.iter().any(|m| {
            (m.end + 1 == s.span.start
                && doc.body[..m.start].ends_with('(')
                && doc.body[m.end..].starts_with(' '))
                || (m.start == s.span.end + 1
                    && doc.body[s.span.end..].starts_with(' ')
                    // (Not a results line's next tally: "(PSU), 7-4 IOWA 15-9".)
                    && !doc.body[m.end..]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit()))
        }),
        _ => false,
    };
    let mut j = 0;
    for s in found.iter_mut() {
        while j < second.len() && second[j].span.start < s.span.start {
            j += 1;
        }
        let Some(o) = second.get(j).filter(|o| o.span == s.span) else {
            continue;
        };
        if team_tagged(s, o) {
            s.teams.clone_from(&o.teams);
            s.kind = o.kind;
            s.outcome = o.outcome;
            continue;
        }
        let carried_clause = carried(s);
        if !unlinked(s) && carried_clause.is_none() {
            continue;
        }
        // (A pair of players is a side of people too; a nation the entity stage typed a place,
        // "France were beaten 3-1 by South Korea", a side of teams, unless the sentence gives it
        // as someone's origin: "… by South Korea's Lim Jae-won/Shin Tae-ho".)
        let sent = read::sentence_of(doc, s.span.start);
        let of_kind = |e: usize| {
            let e = &doc.entities[e];
            e.kind == kind
                || !e.members.is_empty()
                || (kind_or_nation(e)
                    && !e.mentions.iter().any(|m| {
                        sent.start <= m.start
                            && m.end <= sent.end
                            && ["'s ", "’s "]
                                .iter()
                                .any(|p| doc.body[m.end..].starts_with(p))
                    }))
        };
        let both = match o.teams.as_deref() {
            Some([Some(a), Some(b)]) => a != b && of_kind(*a) && of_kind(*b),
            _ => false,
        };
        // ("Europe won the Solheim Cup 14½-13½": a final's winner or loser of the other kind
        // where the first reading found no side at all.)
        let none_first = s
            .teams
            .as_ref()
            .is_none_or(|t| t.iter().all(Option::is_none));
        let one = none_first
            && o.kind == ScoreKind::Final
            && matches!(o.outcome, Some(Outcome::Win | Outcome::Loss))
            && match o.teams.as_deref() {
                Some([Some(a), None]) | Some([None, Some(a)]) => of_kind(*a),
                _ => false,
            };
        if !both && !one {
            continue;
        }
        // (Carried sides give way only to a side the clause itself names: its subject, or the
        // loser a passive names first with the winner after the score, "France were beaten 3-1
        // by South Korea".)
        if let Some(clause) = carried_clause {
            let subject_named = match o.teams.as_deref() {
                Some([Some(a), Some(b)]) => {
                    mentioned_in(*a, clause)
                        || (mentioned_in(*b, clause)
                            && mentioned_in(*a, Span::new(s.span.end, sent.end)))
                }
                _ => false,
            };
            if !subject_named {
                continue;
            }
        }
        // (Only where the sentence names one of them, or a player of a pair: "… beating Tenby
        // 19-14 after 21 ends" in the fours is no score of the pairs final told around it.)
        // (By its name too: a nation may be typed a place where the sentence names it.)
        let named = |side: usize| {
            let e = &doc.entities[side];
            std::iter::once(side)
                .chain(e.members.iter().copied())
                .filter_map(|i| doc.entities.get(i))
                .any(|e| {
                    e.mentions
                        .iter()
                        .any(|m| sent.start <= m.start && m.end <= sent.end)
                        || doc.body[sent.start..sent.end].contains(e.name.as_str())
                })
        };
        let told = o.teams.iter().flatten().flatten().any(|&side| named(side));
        if told {
            s.teams.clone_from(&o.teams);
            s.kind = o.kind;
            s.outcome = o.outcome;
        }
    }
    found
}

/// A score of two sides that names one of them at most.
fn unlinked(s: &ScoreFact) -> bool {
    s.points.len() == 2
        && s.teams
            .as_ref()
            .is_none_or(|t| t.iter().filter(|x| x.is_some()).count() < 2)
}

/// The scores of `doc` with people (`people`) or teams as their sides.
fn extract_with(doc: &Doc, label: Option<sport::Sport>, people: bool) -> Vec<ScoreFact> {
    let sport = label.map(sport::Sport::scored_as);
    let mut sides = link::Sides::new(doc, sport, Some(people));
    let cands = candidates::find(doc, sport, &sides);
    // A place that a scoreline names as a side is that side wherever the article names it.
    let mut places: Vec<usize> = cands
        .iter()
        .filter(|c| matches!(c.form, candidates::Form::Listed | candidates::Form::Totals))
        .flat_map(|c| c.named.into_iter().flatten())
        .filter(|&e| {
            doc.entities
                .get(e)
                .is_some_and(|e| e.kind == EntityType::Place)
        })
        .collect();
    // In Gaelic games the sides are counties: a county named as a place ("Galway had four
    // points to spare over Mayo") is its side, unless every mention is a place's or a
    // championship's ("in Thurles", "the Munster hurling final").
    if sport == Some(sport::Sport::GaelicGames) {
        places.extend(
            doc.entities
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind == EntityType::Place)
                .filter(|(_, e)| e.mentions.iter().any(|&m| county_as_side(&doc.body, m)))
                .map(|(i, _)| i),
        );
    }
    places.sort_unstable();
    places.dedup();
    sides.promote_places(&places);
    let readings = read::read_all(doc, sport, &sides, &cands);
    #[cfg(test)]
    trace::readings(doc, &cands, &readings);
    let mut found: Vec<(candidates::Candidate, Reading, [Option<usize>; 2])> = cands
        .into_iter()
        .zip(readings)
        .filter_map(|(c, r)| {
            let r = r?;
            let order = order(&r, &c.points);
            Some((c, r, order))
        })
        .collect();

    demote_passing_scorelines(&mut found);

    // The matches the article reports: final (or set) scores with both sides known.
    let matches: Vec<(usize, [usize; 2])> = found
        .iter()
        .filter(|(_, r, _)| {
            matches!(
                r.kind,
                ScoreKind::Final | ScoreKind::Set | ScoreKind::Aggregate
            ) && !r.single
        })
        .filter_map(|(c, _, o)| match o {
            [Some(a), Some(b)] if a != b => Some((c.span.start, [*a, *b])),
            _ => None,
        })
        .collect();
    let found_finals: Vec<(usize, [usize; 2], Vec<i32>)> = found
        .iter()
        .filter(|(_, r, _)| r.kind == ScoreKind::Final && !r.single)
        .filter_map(|(c, _, o)| match o {
            [Some(a), Some(b)] if a != b => Some((c.span.start, [*a, *b], c.points.clone())),
            _ => None,
        })
        .collect();
    // In sports of people (a fight, a match of tennis), one contest is the article's: a score
    // naming one side takes the other from it.
    let contests = if sides.individual {
        sides.contests()
    } else {
        Vec::new()
    };
    let main_pair = sides.main_pair();
    // (The main pair when the text reports a result of theirs: in a round-up the two sides named
    // most need not have met.)
    let reported_main_pair = main_pair.filter(|p| matches.iter().any(|m| same_pair(m.1, *p)));
    // (And when it reports none, in a story of two sides: then the story's own match is the one
    // its results never name both sides of, "Thorns rally for 2-1 win", "a 1-0 halftime
    // deficit".)
    // (Not in a sport of people, whose team ties are told match by match.)
    let unreported_main_pair = sides
        .two_side_pair()
        .filter(|_| reported_main_pair.is_none() && !sides.individual);
    let mut team_contests: Option<Vec<(usize, [usize; 2])>> = None;
    // Whether a sentence speaks of a judge's card, kept for the last sentence asked: a fight's
    // cards are listed in one sentence, which need not be read once per card.
    let mut card_sentence: Option<(crate::doc::Span, bool)> = None;
    let mut judges_card = |sent: crate::doc::Span| match card_sentence {
        Some((s, card)) if s == sent => card,
        _ => {
            let card = read::judges_card(doc, sent);
            card_sentence = Some((sent, card));
            card
        }
    };
    for i in 0..found.len() {
        // The score before: where it ends, and its sides.
        let before = i.checked_sub(1).map(|p| (found[p].0.span.end, found[p].2));
        // "Wigan led 14-10 at the break", then a scorecard's "Half-time: 14-10": the half-time
        // score read with its sides before.
        let half_time_told = found[..i].iter().find_map(|(d, q, sides)| match sides {
            [Some(a), Some(b)]
                if q.kind == ScoreKind::HalfTime && found[i].0.points == d.points =>
            {
                Some([Some(*a), Some(*b)])
            }
            _ => None,
        });
        let (done, rest) = found.split_at_mut(i);
        let (c, r, o) = &mut rest[0];
        // "Eight straight wins, … capped by a 3-2 overtime win over the Toronto Maple Leafs" in
        // a Sabres season review: a result naming only its opponent is the story's own side's.
        // (Not in a quote, where "we" is the speaker's side; and only by a plain result noun: "a
        // 4-1 hammering at Coventry" was suffered, not handed out.)
        if !r.single
            && r.subject.is_none()
            && matches!(r.rel, Rel::Won | Rel::Lost)
            && r.kind == ScoreKind::Final
            && !sides.in_quote(c.core.start)
            && plain_result_noun(&doc.body[c.span.end..])
        {
            if let (Some(rival), Some(own)) = (r.opponent, sides.focus()) {
                if rival != own {
                    r.subject = Some(own);
                    *o = order(r, &c.points);
                    continue;
                }
            }
        }
        // "The scorecards read 117-111, 116-112 for …", "questioned the judge's 117-111 card":
        // a judge's card scores the contest reported last before it, its winner on the larger
        // points, whoever the clause names (the judge, a description of a fighter).
        // (A list of cards is written from one side's view, the split decision's dissent too:
        // "split decision (48-47, 47-48, 48-47)" keeps the first card's order.)
        let listed = before.filter(|&(end, order)| {
            sides.individual
                && end <= c.span.start
                && order.iter().all(Option::is_some)
                && doc.body[end..c.span.start]
                    .chars()
                    .all(|ch| ch == ',' || ch == ' ')
        });
        // (A level card keeps the contest's order, or its list's: "(96-94, 94-96, 95-95)".)
        if sides.individual && !r.single && c.points.len() == 2 {
            let in_contest = |s: usize| contests.iter().any(|m| m.1.contains(&s));
            let named = r.subject.is_some_and(in_contest) && r.rel != Rel::Unknown;
            let sent = read::sentence_of(doc, c.core.start);
            if !named && judges_card(sent) {
                // (The fight its own sentence names first: "X and Y fought to a split draw after
                // … Ekwueme saw it 95-95".)
                let joined = sides.joined_pairs(sent).next().map(|p| (sent.start, p));
                let contest =
                    joined.or_else(|| contests.iter().rev().find(|m| m.0 <= c.core.start).copied());
                if let Some((_, [w, l])) = contest {
                    *o = match listed {
                        Some((_, order)) => order,
                        None if c.points[0] >= c.points[1] => [Some(w), Some(l)],
                        None => [Some(l), Some(w)],
                    };
                    r.kind = ScoreKind::Final;
                    continue;
                }
            }
        }
        if sides.individual && !r.single && r.opponent.is_none() {
            if let Some(s) = r.subject {
                let mut rivals: Vec<usize> = matches
                    .iter()
                    .chain(&contests)
                    .filter(|m| m.1.contains(&s))
                    .map(|m| other_side(m.1, s))
                    .collect();
                rivals.sort_unstable();
                rivals.dedup();
                if rivals.len() > 1 {
                    // "needed a decider to get past Van Aert, winning 6-5": of several
                    // rivals, the one its own sentence reports the contest with.
                    let sent = read::sentence_of(doc, c.core.start);
                    rivals = opponents_in(matches.iter().chain(&contests), sent, s, false);
                    // ("… lifts the trophy after his 9-6 win": the player's match reported
                    // with the same points.)
                    if rivals.is_empty() && r.kind == ScoreKind::Final {
                        let same = same_points_match(&found_finals, c.span.start, &c.points)
                            .filter(|p| p.contains(&s));
                        rivals.extend(same.map(|p| other_side(p, s)));
                    }
                    // ("… to lose a match from 9-10", in his words after the semi-final's
                    // sets: the match of that player reported last before it.)
                    if rivals.is_empty() {
                        let last = last_match_before(&matches, c.span.start, Some(s));
                        rivals.extend(last.map(|m| other_side(m, s)));
                    }
                }
                if rivals.is_empty() {
                    // A retirement: the player who gave up is the leader's opponent.
                    let sent = read::sentence_of(doc, c.core.start);
                    rivals.extend(sides.retired_in(sent, s));
                }
                if let [rival] = rivals[..] {
                    r.opponent = Some(rival);
                    *o = order(r, &c.points);
                    continue;
                }
            } else if c.points.len() == 2 {
                // "beat Ishida by unanimous decision, with judges scoring it 116-111": the one
                // contest of the sentence, its winner on the larger points.
                let sent = read::sentence_of(doc, c.core.start);
                let mut here: Vec<[usize; 2]> = contests
                    .iter()
                    .filter(|m| sent.start <= m.0 && m.0 < sent.end)
                    .map(|m| m.1)
                    .collect();
                here.dedup();
                if let [[w, l]] = here[..] {
                    *o = match listed {
                        Some((_, order)) => order,
                        None if c.points[0] >= c.points[1] => [Some(w), Some(l)],
                        None => [Some(l), Some(w)],
                    };
                    if r.kind == ScoreKind::Running {
                        r.kind = ScoreKind::Final;
                    }
                    continue;
                }
            }
        }
        // "… to give Queensland a 22-18 win" in a standfirst, "a 22-18 win over New South Wales"
        // below: a result naming one side is the match of that side with the same points.
        if !r.single
            && r.opponent.is_none()
            && matches!(r.rel, Rel::Won | Rel::Lost)
            && r.kind == ScoreKind::Final
        {
            if let Some(s) = r.subject {
                // (The subject where its result puts it: "Boston were beaten 108-103" is the
                // side with 103 of "taking Game 3 108-103".)
                let high = usize::from(c.points.len() == 2 && c.points[1] > c.points[0]);
                let at = if r.rel == Rel::Won { high } else { 1 - high };
                let same = same_points_match(&found_finals, c.span.start, &c.points)
                    .filter(|pair| pair[at] == s && c.points[0] != c.points[1]);
                if let Some(pair) = same {
                    let rival = pair[1 - at];
                    r.opponent = Some(rival);
                    *o = order(r, &c.points);
                    continue;
                }
            }
        }
        // "Aalborg needed extra time to get past Barcelona, winning 35-33": a win whose
        // clause names no opponent is over the side its own sentence reports it beat; so is a
        // draw before a shoot-out ("Wigan edged Leeds on penalties after a 1-1 draw").
        // (Not a numbered game of the story's series: "The Twins, who … beat the Doosan Bears
        // three games to one in the playoff, had won Game 3 6-2" is against the story's side.)
        if !sides.individual
            && !r.single
            && !r.same_match
            && !r.own_game
            && r.opponent.is_none()
            && matches!(r.rel, Rel::Won | Rel::Lost | Rel::Drew)
            && c.points.len() == 2
        {
            if let Some(s) = r.subject {
                let sent = read::sentence_of(doc, c.core.start);
                let all = team_contests.get_or_insert_with(|| sides.contests());
                if let [rival] = opponents_in(all.iter(), sent, s, true)[..] {
                    r.opponent = Some(rival);
                    *o = order(r, &c.points);
                    continue;
                }
            }
        }
        // "… needed three sets to get past Roy and Tait, winning 21-23, 21-17, 15-13": a result
        // naming no opponent after the subject's own result verb and its object is against
        // that object.
        if !r.single
            && r.opponent.is_none()
            && matches!(r.rel, Rel::Won | Rel::Lost | Rel::Ordered)
            && c.points.len() == 2
            && after_participle(&doc.body[..c.core.start])
        {
            if let Some(s) = r.subject {
                let sent = read::sentence_of(doc, c.core.start);
                if let Some(rival) = sides.object_after_subject(sent, c.core.start, s) {
                    r.opponent = Some(rival);
                    *o = order(r, &c.points);
                    continue;
                }
            }
        }
        // A win or defeat of one of a story's two sides that names no opponent is against the
        // other when it is the article's first result in a report that never names both in one
        // result ("Thorns rally for 2-1 win" over a story of the Thorns and the Current), or when
        // it is told in a quote ("Last year we won 21-19 in Parma," said the Italy coach), unless
        // dated to a recent day ("On Saturday we lost 2-0 at home": the game before, against
        // anyone).
        if !sides.individual
            && !r.single
            && r.opponent.is_none()
            && matches!(r.rel, Rel::Won | Rel::Lost)
            && r.kind == ScoreKind::Final
            && c.points.len() == 2
        {
            if let Some(s) = r.subject {
                let first_result = || matches.iter().all(|m| m.0 > c.span.start);
                let quoted = || sides.in_quote(c.core.start) && !dated_to_a_day(doc, c.core.start);
                let pair = unreported_main_pair
                    .filter(|p| p.contains(&s) && first_result())
                    .or_else(|| sides.two_side_pair().filter(|p| p.contains(&s) && quoted()));
                if let Some(pair) = pair {
                    r.opponent = Some(other_side(pair, s));
                    *o = order(r, &c.points);
                    continue;
                }
            }
        }
        // "We beat Essendon. 11.9 (75) to 10.12 (72).": a sentence that is only a score is the
        // result the sentence before told without one, the winner on the larger points.
        if !sides.individual
            && !r.single
            && r.subject.is_none()
            && r.opponent.is_none()
            && c.points.len() == 2
            && c.points[0] != c.points[1]
        {
            let sent = read::sentence_of(doc, c.core.start);
            let alone = doc.body[sent.start..sent.end].trim_end_matches(['.', '!', ' ', '\n'])
                == &doc.body[c.span.start..c.span.end];
            let told = sides
                .previous_sentence(sent)
                .filter(|_| alone)
                .and_then(|prev| {
                    let in_prev = |at: usize| prev.start <= at && at < prev.end;
                    if done.iter().any(|(d, ..)| in_prev(d.span.start)) {
                        return None;
                    }
                    let all = team_contests.get_or_insert_with(|| sides.contests());
                    match all.iter().filter(|m| in_prev(m.0)).collect::<Vec<_>>()[..] {
                        [m] => Some(m.1),
                        _ => None,
                    }
                });
            if let Some([winner, loser]) = told {
                *o = if c.points[0] > c.points[1] {
                    [Some(winner), Some(loser)]
                } else {
                    [Some(loser), Some(winner)]
                };
                r.kind = ScoreKind::Final;
                continue;
            }
        }
        // "Winnipeg had already beaten Minnesota this season. They won 3-0 in St. Paul": a
        // result a pronoun tells, naming no opponent, is against the side the sentence before
        // beat or lost to.
        if !sides.individual
            && !r.single
            && r.opponent.is_none()
            && matches!(r.rel, Rel::Won | Rel::Lost)
            && c.points.len() == 2
        {
            if let Some(s) = r.subject {
                let sent = read::sentence_of(doc, c.core.start);
                let first = doc.body[sent.start..sent.end]
                    .split(|ch: char| !ch.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                if matches!(first, "They" | "We") {
                    if let Some(rival) = sides.previous_result_object(sent, s) {
                        r.opponent = Some(rival);
                        *o = order(r, &c.points);
                        continue;
                    }
                }
            }
        }
        if r.single || (matches.is_empty() && main_pair.is_none()) {
            continue;
        }
        if r.kind == ScoreKind::HalfTime && o.iter().all(Option::is_none) {
            if let Some(told) = half_time_told {
                *o = told;
                continue;
            }
            // ("Wakefield Trinity 26 … Castleford Tigers 18 …\nHalf-time: 14-12": a match-facts
            // block's half-time line is of the result listed right above it, in its order.)
            if half_time_label(&doc.body, c.core.start) {
                let listed = done
                    .iter()
                    .rev()
                    .take_while(|(d, ..)| c.span.start.saturating_sub(d.span.end) < 400)
                    .find_map(|(_, q, sides)| match sides {
                        [Some(a), Some(b)] if q.kind == ScoreKind::Final && a != b => {
                            Some([Some(*a), Some(*b)])
                        }
                        _ => None,
                    });
                if let Some(listed) = listed {
                    *o = listed;
                    continue;
                }
            }
        }
        let sent = read::sentence_of(doc, c.core.start);
        match r.rel {
            Rel::Leads | Rel::Trails if r.subject.is_some() && r.opponent.is_none() => {
                let Some(s) = r.subject else { continue };
                // (Else the story's two sides: "It is 12-11 to the Archers"; they come before a
                // match reported only after the score, which may be a past meeting: "They were
                // 17-8 up at the break" above "they were beaten 29-23 by Argentina".)
                let m = last_match_before(&matches, c.span.start, Some(s))
                    .filter(|&m| !background(doc, &matches, reported_main_pair, m, Some(s)))
                    .or_else(|| reported_main_pair.filter(|p| p.contains(&s)))
                    .or_else(|| match_told_next(doc, &matches, c.span.start, s))
                    .or_else(|| unreported_main_pair.filter(|p| p.contains(&s)))
                    .or_else(|| match_with(&matches, c.span.start, Some(s)))
                    .or_else(|| main_pair.filter(|p| p.contains(&s)));
                if let Some(m) = m {
                    r.opponent = Some(other_side(m, s));
                    *o = order(r, &c.points);
                }
            }
            // ("…the third set, which Jastrzębski Węgiel won 25-19": a set is part of the match
            // reported around it; so is a shoot-out: "as Boca win the shoot-out 4-3".)
            Rel::Won | Rel::Lost | Rel::Ordered
                if (r.same_match
                    || r.own_game
                    || matches!(r.kind, ScoreKind::Set | ScoreKind::Penalties))
                    && r.opponent.is_none() =>
            {
                let Some(s) = r.subject else { continue };
                // (A game named in words of its own is the reported main pair's, else the match
                // reported last with the side: in a round-up, "Bayern had won this fixture 4-0"
                // is not against the side the story names most.)
                let pair = if r.own_game {
                    let main = reported_main_pair
                        .or(unreported_main_pair)
                        .filter(|p| p.contains(&s));
                    let last = || last_match_before(&matches, c.span.start, Some(s));
                    if r.rematch {
                        last().or(main)
                    } else {
                        main.or_else(last)
                    }
                } else {
                    // (A shoot-out is of the side's match reported in its paragraph, in a
                    // round-up too: "In Oulu, KalPa needed a shootout to beat Kärpät 3-2. …
                    // KalPa took the shootout 2-1".)
                    let here = doc.paragraph_index(c.core.start);
                    matches
                        .iter()
                        .rev()
                        .filter(|m| m.0 <= c.span.start && m.1.contains(&s))
                        .filter(|_| !r.same_match && r.kind == ScoreKind::Penalties)
                        .find(|m| doc.paragraph_index(m.0) == here)
                        .map(|m| m.1)
                        .or_else(|| main_pair.filter(|p| p.contains(&s)))
                };
                // ("The sides last met in the 2025 qualifiers, when Senegal won 3-0": the sides of
                // a meeting before any the story reports, so none of those.)
                let before_all = EARLIER_MEETING.is_match(&doc.body[sent.start..c.core.start]);
                let pair = if before_all {
                    unreported_main_pair.filter(|p| p.contains(&s))
                } else {
                    pair.or_else(|| match_with(&matches, c.span.start, Some(s)))
                };
                if let Some(m) = pair {
                    r.opponent = Some(other_side(m, s));
                    *o = order(r, &c.points);
                }
            }
            // (Not a period's score: "(0–2, 1–1, 0–2)" repeats a final's points by chance.)
            Rel::Unknown if o.iter().all(Option::is_none) && r.kind != ScoreKind::Quarter => {
                // "the 2-1 scoreline flattered them": the points of a match reported around it.
                let teams =
                    same_points_match(&found_finals, c.span.start, &c.points).or_else(|| {
                        // (Not in a sport of people, whose running scores are games and sets,
                        // nor between two names: "Bd3 G. Otieno-Platt (2490) 0-1 H. Kowalczyk"
                        // is a board's result.)
                        (r.kind == ScoreKind::Running
                            && !sides.individual
                            && !between_names(&sides, c.span))
                        .then(|| running_told(done, &c.points))
                        .flatten()
                    });
                if let Some(teams) = teams {
                    if !sides.names_other_side(sent, &teams) {
                        *o = [Some(teams[0]), Some(teams[1])];
                    }
                }
            }
            Rel::Level | Rel::Drew
                if !matches!(r.kind, ScoreKind::Final) || r.opponent.is_none() =>
            {
                let m = match r.subject {
                    Some(s) if r.same_match && main_pair.is_some_and(|p| p.contains(&s)) => {
                        main_pair
                    }
                    Some(s) => last_match_before(&matches, c.span.start, Some(s))
                        .or_else(|| match_told_next(doc, &matches, c.span.start, s))
                        .or_else(|| unreported_main_pair.filter(|p| p.contains(&s)))
                        .or_else(|| match_with(&matches, c.span.start, Some(s))),
                    // ("2:2 in the north derby" in a story of two sides whose results never
                    // name both: their meeting, not a match of one of them told in passing.)
                    // (Not where a result of the side named most is reported: that is the
                    // story's match, "Ferencváros beat Pro Recco 12-11".)
                    None => unreported_main_pair
                        .filter(|p| !matches.iter().any(|m| m.1.contains(&p[0])))
                        .or_else(|| main_match(&matches, &sides, sent, doc, c.span.start)),
                };
                // ("… after Wednesday's 3-0 defeat to Manchester City, but they found a way back
                // … to make it 1-1": a match dated by its own day is told as background, not the
                // game a level score during play is of: that is the story's own.)
                let m = match m {
                    Some(m)
                        if r.kind != ScoreKind::Final
                            && background(doc, &matches, reported_main_pair, m, r.subject) =>
                    {
                        reported_main_pair
                    }
                    m => m,
                };
                if let Some(mut m) = m {
                    if !sides.names_other_side(sent, &m) {
                        // ("Inter … drew 3-3": the subject's side first.)
                        if r.rel == Rel::Drew && r.subject == Some(m[1]) {
                            m.swap(0, 1);
                        }
                        *o = [Some(m[0]), Some(m[1])];
                    }
                }
            }
            _ => {}
        }
    }

    bracketed_periods(doc, &mut found);
    second_column(doc, &sides, &mut found);
    shoot_out_sides(doc, &mut found);
    tie_sides(doc, &mut found);
    scoring_sequence(doc, &sides, main_pair, &mut found);
    listed_periods(doc, sport, &mut found);
    sets_tally_to_match(doc, main_pair, &mut found);
    periods_sum_to_match(doc, &mut found);
    form_lines(doc, &mut found);
    scorers_progressions(doc, &mut found);
    running_progressions(doc, &sides, &mut found);
    running_regressions(doc, &mut found);
    scores_under_result_line(doc, &sides, &mut found);
    if sport.is_none_or(|s| !s.individual() && s != sport::Sport::Volleyball) {
        bounded_by_final(doc, &sides, &mut found);
    }
    within_final(&mut found);
    first_side_label(doc, &sides, &mut found);
    innings_go_on(doc, &mut found);

    found
        .into_iter()
        .map(|(c, r, o)| {
            let teams = if r.single {
                r.subject.map(|s| vec![Some(s)])
            } else if o.iter().any(Option::is_some) {
                Some(o.to_vec())
            } else {
                None
            };
            let outcome = match r.kind {
                ScoreKind::Final
                | ScoreKind::Aggregate
                | ScoreKind::Penalties
                | ScoreKind::Set
                | ScoreKind::Match
                    if c.points.len() == 2 && !r.single =>
                {
                    Some(match c.points[0].cmp(&c.points[1]) {
                        std::cmp::Ordering::Greater => Outcome::Win,
                        std::cmp::Ordering::Less => Outcome::Loss,
                        std::cmp::Ordering::Equal => Outcome::Draw,
                    })
                }
                _ => None,
            };
            ScoreFact {
                span: c.span,
                points: c.points,
                halves: c.halves,
                teams,
                sport: label.map(|s| s.as_str().to_string()),
                kind: r.kind,
                outcome,
            }
        })
        .collect()
}

/// "… a corner 3 that made it 116-112", then the coach: "At 116-112 you find out who you are":
/// the nearest score during the game read before (in `done`) with the same points, not level,
/// and its sides in the order of `points`.
fn running_told(
    done: &[(candidates::Candidate, Reading, [Option<usize>; 2])],
    points: &[i32],
) -> Option<[usize; 2]> {
    if points.len() != 2 {
        return None;
    }
    done.iter().rev().find_map(|(d, q, sides)| match sides {
        [Some(a), Some(b)]
            if matches!(q.kind, ScoreKind::Running | ScoreKind::HalfTime)
                && d.points.len() == 2
                && d.points[0] != d.points[1] =>
        {
            if d.points == points {
                Some([*a, *b])
            } else if d.points[0] == points[1] && d.points[1] == points[0] {
                Some([*b, *a])
            } else {
                None
            }
        }
        _ => None,
    })
}

/// A name (of any kind) ends at most a few characters before `span` on its line and another
/// starts right after it: "Petrosyan-Keane (2581) 1-0 van der Heijden-Pas".
fn between_names(sides: &link::Sides, span: crate::doc::Span) -> bool {
    let near = 12;
    let before = sides.mentions_in(span.start.saturating_sub(near + 40), span.start);
    let after = sides.mentions_in(span.end, span.end + near + 40);
    before
        .last()
        .is_some_and(|m| span.start - m.span.end <= near)
        && after
            .first()
            .is_some_and(|m| m.span.start - span.end <= near)
}

/// The sides of a final reported with the same points (nearest before `pos`, else after), in the
/// order of `points`.
fn same_points_match(
    finals: &[(usize, [usize; 2], Vec<i32>)],
    pos: usize,
    points: &[i32],
) -> Option<[usize; 2]> {
    let fit = |f: &&(usize, [usize; 2], Vec<i32>)| {
        f.2.len() == 2
            && points.len() == 2
            && (f.2 == points || (f.2[0] == points[1] && f.2[1] == points[0]))
    };
    let f = finals
        .iter()
        .rev()
        .filter(|f| f.0 <= pos)
        .find(fit)
        .or_else(|| finals.iter().filter(|f| f.0 > pos).find(fit))?;
    Some(if f.2 == points { f.1 } else { [f.1[1], f.1[0]] })
}

/// A live report writes the score after each goal as a scoreline ("12' GOAL! Arsenal 1-0
/// Chelsea"): a bare scoreline that another final score of the same two sides outgrows (both
/// sides' points as high or higher) was a score during the game.
fn demote_passing_scorelines(found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])]) {
    let finals: Vec<(usize, [usize; 2], [i32; 2])> = found
        .iter()
        .enumerate()
        .filter(|(_, (c, r, _))| r.kind == ScoreKind::Final && !r.single && c.points.len() == 2)
        .filter_map(|(i, (c, _, o))| match o {
            [Some(a), Some(b)] if a != b => Some((i, [*a, *b], [c.points[0], c.points[1]])),
            _ => None,
        })
        .collect();
    for &(i, teams, points) in &finals {
        if found[i].1.rel != Rel::Ordered {
            continue;
        }
        let outgrown = finals.iter().any(|&(j, t, p)| {
            let p = if t == teams {
                p
            } else if t == [teams[1], teams[0]] {
                [p[1], p[0]]
            } else {
                return false;
            };
            j != i && p != points && p[0] >= points[0] && p[1] >= points[1]
        });
        if outgrown {
            found[i].1.kind = ScoreKind::Running;
        }
    }
}

/// True when the words before a score at `pos` say the trailing side just scored and still
/// trails: "cut the deficit to 24-20", "pulled within 98-94" (not a state: "still trailed 66-61",
/// "were within 98-94").
fn cuts_deficit(doc: &Doc, pos: usize) -> bool {
    // Only the last few words count: lower-case a short tail, not the whole text before `pos`.
    let mut from = pos.saturating_sub(40);
    while !doc.body.is_char_boundary(from) {
        from += 1;
    }
    let head = doc.body[from..pos].trim_end().to_lowercase();
    head.ends_with("deficit to")
        || [
            "the lead to",
            "the gap to",
            "the margin to",
            "the arrears to",
        ]
        .iter()
        .any(|p| head.ends_with(p))
        || [
            "pulled within",
            "got within",
            "crept within",
            "moved within",
            "closed to within",
            "closed within",
        ]
        .iter()
        .any(|p| head.ends_with(p))
}

/// The match a level score naming no side belongs to: the first match (the article's main one)
/// among those whose sides its sentence names, else the first match of all.
fn main_match(
    matches: &[(usize, [usize; 2])],
    sides: &link::Sides,
    sent: crate::doc::Span,
    doc: &Doc,
    pos: usize,
) -> Option<[usize; 2]> {
    // ("… from 9-10. Then it was 10-10": the match reported last before it in its paragraph
    // or the one before, in a story of several matches.)
    let para = doc.paragraph_index(pos);
    let recent = || {
        matches
            .iter()
            .rev()
            .filter(|m| m.0 <= pos)
            .take_while(|m| doc.paragraph_index(m.0) + 1 >= para)
            .next()
    };
    matches
        .iter()
        .find(|m| sides.names_any(sent, &m.1))
        .or_else(recent)
        .or_else(|| matches.first())
        .map(|m| m.1)
}

/// The side of `pair` that is not `side`.
fn other_side(pair: [usize; 2], side: usize) -> usize {
    if pair[0] == side {
        pair[1]
    } else {
        pair[0]
    }
}

/// A date of a day or shorter (a weekday, "last week", "on Sunday") stands in the sentence before
/// `pos`.
fn dated_to_a_day(doc: &Doc, pos: usize) -> bool {
    let sent = read::sentence_of(doc, pos);
    doc.dates.iter().any(|d| {
        sent.start <= d.span.start
            && d.span.end <= pos
            && matches!(
                d.granularity,
                crate::doc::Granularity::Time
                    | crate::doc::Granularity::Day
                    | crate::doc::Granularity::Weekend
                    | crate::doc::Granularity::Week
            )
    })
}

/// The two pairs name the same two sides.
fn same_pair(a: [usize; 2], b: [usize; 2]) -> bool {
    a == b || a == [b[1], b[0]]
}

/// `m` is a past match told in passing ([`dated_before_its_score`]) while the story reports a
/// match of its own that holds `subject` (when one is given): a score during play is of the
/// story's match.
fn background(
    doc: &Doc,
    matches: &[(usize, [usize; 2])],
    reported: Option<[usize; 2]>,
    m: [usize; 2],
    subject: Option<usize>,
) -> bool {
    reported.is_some_and(|p| {
        !same_pair(m, p)
            && subject.is_none_or(|s| p.contains(&s))
            && (dated_before_its_score(doc, matches, m)
                || pluperfect_before_its_score(doc, matches, m))
    })
}

/// The words after a score name its result plainly, a win or a defeat (perhaps after an
/// "overtime" or "home" before it): "a 3-2 overtime win over", "a 1-0 home defeat by".
fn plain_result_noun(after: &str) -> bool {
    after
        .split_whitespace()
        .take(3)
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .any(|w| {
            matches!(
                w,
                "win" | "victory" | "defeat" | "loss" | "success" | "triumph" | "reverse"
            )
        })
}

/// The last score reporting `pair` is told in the past perfect, "had" a few plain words before
/// it, at most six ("France, who had lost 20-18 to Scotland in round two", "They had beaten
/// Wales 31-17", "Tipperary, who had opened their campaign with a 3-19 to 2-18 win over Clare"):
/// a result before the story's match, told in passing.
fn pluperfect_before_its_score(
    doc: &Doc,
    matches: &[(usize, [usize; 2])],
    pair: [usize; 2],
) -> bool {
    let Some(&(at, _)) = matches.iter().rev().find(|m| same_pair(m.1, pair)) else {
        return false;
    };
    let sent = read::sentence_of(doc, at);
    let lo = sent.start.max(at.saturating_sub(60));
    let lo = (lo..=at)
        .find(|&i| doc.body.is_char_boundary(i))
        .unwrap_or(at);
    let window = &doc.body[lo..at];
    window.rfind("had ").is_some_and(|h| {
        let rest = &window[h + 4..];
        (h == 0 || window[..h].ends_with(' '))
            && rest.split_whitespace().count() <= 6
            && rest
                .chars()
                .all(|ch| ch.is_alphabetic() || ch == ' ' || ch == '-' || ch == '\'' || ch == '’')
    })
}

/// The last score reporting `pair` follows a date of its own in its noun phrase ("Wednesday's
/// 3-0 defeat", "last week's 2-1 win"): a past game told in passing.
fn dated_before_its_score(doc: &Doc, matches: &[(usize, [usize; 2])], pair: [usize; 2]) -> bool {
    let Some(&(at, _)) = matches.iter().rev().find(|m| same_pair(m.1, pair)) else {
        return false;
    };
    doc.dates.iter().any(|d| {
        d.span.end <= at
            && doc.body[d.span.end..at]
                .strip_prefix("'s ")
                .or_else(|| doc.body[d.span.end..at].strip_prefix("’s "))
                .is_some_and(|gap| gap.is_empty())
    })
}

/// The match a score at `pos` belongs to: the nearest reported before it (else after it) that
/// includes `side` when one is given.
fn match_with(
    matches: &[(usize, [usize; 2])],
    pos: usize,
    side: Option<usize>,
) -> Option<[usize; 2]> {
    let fits = |m: &&(usize, [usize; 2])| side.is_none_or(|s| m.1.contains(&s));
    last_match_before(matches, pos, side)
        .or_else(|| matches.iter().filter(|m| m.0 > pos).find(fits).map(|m| m.1))
}

/// The first match after `pos` that includes `side`, reported in the paragraph of `pos`: in a
/// round-up, "City led 2-0 at half-time … to earn a 2-2 draw" at Villa.
fn match_told_next(
    doc: &Doc,
    matches: &[(usize, [usize; 2])],
    pos: usize,
    side: usize,
) -> Option<[usize; 2]> {
    let para = doc.paragraph_index(pos);
    matches
        .iter()
        .find(|m| m.0 > pos && m.1.contains(&side))
        .filter(|m| doc.paragraph_index(m.0) == para)
        .map(|m| m.1)
}

/// The match reported last at or before `pos` that includes `side` when one is given.
fn last_match_before(
    matches: &[(usize, [usize; 2])],
    pos: usize,
    side: Option<usize>,
) -> Option<[usize; 2]> {
    matches
        .iter()
        .rev()
        .filter(|m| m.0 <= pos)
        .find(|m| side.is_none_or(|s| m.1.contains(&s)))
        .map(|m| m.1)
}

/// "winning 4-2 on penalties after a 1-1 draw", "went through 5-3 on aggregate after a 2-2
/// draw": a shoot-out or aggregate score naming one side is between the sides of the score of
/// the same sentence that names that side and another.
fn shoot_out_sides(doc: &Doc, found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])]) {
    for i in 0..found.len() {
        let (c, r, _) = &found[i];
        // (A draw too: "winning it 3-1 after a 2-2 draw" in "Bloemendaal got past Alster, …".)
        if !(matches!(r.kind, ScoreKind::Penalties | ScoreKind::Aggregate) || r.rel == Rel::Drew)
            || r.single
            || r.opponent.is_some()
        {
            continue;
        }
        let Some(s) = r.subject else { continue };
        let sent = read::sentence_of(doc, c.core.start);
        let other = found.iter().enumerate().find_map(|(j, (d, q, o))| {
            let here = sent.start <= d.core.start && d.core.start < sent.end;
            match o {
                [Some(a), Some(b)] if j != i && here && !q.single && a != b => {
                    if *a == s {
                        Some(*b)
                    } else if *b == s {
                        Some(*a)
                    } else {
                        None
                    }
                }
                _ => None,
            }
        });
        if let Some(x) = other {
            let (c, r, o) = &mut found[i];
            r.opponent = Some(x);
            *o = order(r, &c.points);
        }
    }
}

/// "FC Twente 1-1 PSV 0-1": a results table's row holds a second score right after the second
/// side, the half-time column; it is between the row's two sides, in the row's order.
fn second_column(
    doc: &Doc,
    sides: &link::Sides,
    found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])],
) {
    for i in 1..found.len() {
        let (prev, cur) = found.split_at_mut(i);
        let (pc, _, po) = &prev[i - 1];
        let (c, r, o) = &mut cur[0];
        let [Some(a), Some(b)] = *po else { continue };
        let [x, y] = c.points[..] else { continue };
        // (A level score may have read the row's sides already, as a draw.)
        let unread = o.iter().all(Option::is_none)
            || (x == y && o.contains(&Some(a)) && o.contains(&Some(b)));
        if !unread || r.single || pc.span.end > c.span.start {
            continue;
        }
        let between = &doc.body[pc.span.end..c.span.start];
        let Some(m) = sides.mention_at(pc.span.end + (between.len() - between.trim_start().len()))
        else {
            continue;
        };
        let rest = &doc.body[m.span.end.min(c.span.start)..c.span.start];
        let line_ends = doc.body[c.span.end..]
            .chars()
            .next()
            .is_none_or(|ch| ch == '\n');
        if m.entity == b && rest.trim().is_empty() && !between.contains('\n') && line_ends {
            *o = [Some(a), Some(b)];
            // (A score of the game, not another match: the half-time column.)
            if r.kind == ScoreKind::Final || r.kind == ScoreKind::Running {
                r.kind = ScoreKind::HalfTime;
            }
        }
    }
}

/// "Jadran, who won the first leg 9-8 in Split", "they went through 20-19 on aggregate": a leg
/// or the aggregate of a two-legged tie naming one side is against that side's opponent in the
/// tie: the side it is reported playing nearest, in the same paragraph or the one before or
/// after. A tie has one opponent; a season's other results are not told in legs.
fn tie_sides(doc: &Doc, found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])]) {
    let matches: Vec<(usize, [usize; 2])> = found
        .iter()
        .filter(|(_, r, _)| r.kind == ScoreKind::Final && !r.single)
        .filter_map(|(c, _, o)| match o {
            [Some(a), Some(b)] if a != b => Some((c.span.start, [*a, *b])),
            _ => None,
        })
        .collect();
    if matches.is_empty() {
        return;
    }
    for (c, r, o) in found.iter_mut() {
        if r.single
            || r.opponent.is_some()
            || !matches!(r.kind, ScoreKind::Final | ScoreKind::Aggregate)
        {
            continue;
        }
        let Some(s) = r.subject else { continue };
        let sent = read::sentence_of(doc, c.core.start);
        let words = doc.text(sent);
        let tie_word = r.kind == ScoreKind::Aggregate
            || words
                .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
                .any(|w| matches!(w, "leg" | "legs" | "tie" | "aggregate"));
        if !tie_word {
            continue;
        }
        let para = doc.paragraph_index(c.core.start);
        let near = matches
            .iter()
            .filter(|m| m.0 != c.span.start && m.1.contains(&s))
            .filter(|m| doc.paragraph_index(m.0).abs_diff(para) <= 1)
            .min_by_key(|m| m.0.abs_diff(c.core.start));
        if let Some(m) = near {
            r.opponent = Some(other_side(m.1, s));
            *o = order(r, &c.points);
        }
    }
}

/// The score at `pos` follows a half-time label opening its line ("Half-time: 0-1", "HT 1-0").
fn half_time_label(text: &str, pos: usize) -> bool {
    let Some((line_start, _)) = crate::extract::text::line_within(text, pos, pos, 40) else {
        return false;
    };
    let label = text[line_start..pos]
        .trim()
        .trim_end_matches(':')
        .trim_start_matches('(')
        .to_ascii_lowercase();
    matches!(
        label.as_str(),
        "half-time" | "half time" | "halftime" | "ht"
    )
}

/// "Lukko won 5–1 … Sjöholm's goal briefly made it 1–2": a score during a game cannot give a
/// side more than it ended with. A running or half-time score whose sides are known, set beside
/// the final of the same two sides nearest it, is turned round when only the other order keeps
/// both sides within their final points.
fn within_final(found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])]) {
    let finals: Vec<(usize, [usize; 2], [i32; 2])> = found
        .iter()
        .filter(|(c, r, _)| r.kind == ScoreKind::Final && !r.single && c.points.len() == 2)
        .filter_map(|(c, _, o)| match o {
            [Some(a), Some(b)] if a != b => {
                Some((c.span.start, [*a, *b], [c.points[0], c.points[1]]))
            }
            _ => None,
        })
        .collect();
    for (c, r, o) in found.iter_mut() {
        let ([Some(a), Some(b)], [x, y]) = (*o, &c.points[..]) else {
            continue;
        };
        if r.single || a == b || !matches!(r.kind, ScoreKind::Running | ScoreKind::HalfTime) {
            continue;
        }
        // (The game is the sides' final the text gives most often, as a report repeats its own
        // result in the headline, the lead and the results line; of finals given as often, the
        // nearest before the score, else the nearest. "They won last year's meeting 21-18" is
        // no bound on this game's 26-19, nor "Detroit beat Tampa Bay 5-2" in March on a 3-2
        // lead the 4-3 final allows.)
        let of_sides = || {
            finals
                .iter()
                .filter(|f| f.1.contains(&a) && f.1.contains(&b))
        };
        let told = |f: &(usize, [usize; 2], [i32; 2])| {
            of_sides().filter(|g| g.1 == f.1 && g.2 == f.2).count()
        };
        let Some(game) = of_sides().max_by_key(|f| {
            let before = f.0 <= c.span.start;
            (told(f), before, usize::MAX - f.0.abs_diff(c.span.start))
        }) else {
            continue;
        };
        let final_of = |side: usize| {
            if game.1[0] == side {
                game.2[0]
            } else {
                game.2[1]
            }
        };
        let fits = |first: usize, second: usize| *x <= final_of(first) && *y <= final_of(second);
        if !fits(a, b) && fits(b, a) {
            *o = [Some(b), Some(a)];
            r.subject = Some(b);
            r.opponent = Some(a);
        }
    }
}

/// "Mumbai were wobbling at 31 for 2 … Deshpande fell with the score on 129 for 3, and Rathore
/// was caught at 170 for 4": a cricket total naming no side goes on from the total told last
/// before it (in its paragraph or the one before) when neither the runs nor the wickets went
/// down: the same innings, the same batting side.
fn innings_go_on(doc: &Doc, found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])]) {
    let mut last: Option<(usize, usize, [i32; 2])> = None;
    for (c, r, _) in found.iter_mut() {
        if !r.single || c.points.len() != 2 {
            continue;
        }
        let para = doc.paragraph_index(c.span.start);
        let points = [c.points[0], c.points[1]];
        match r.subject {
            Some(s) => last = Some((para, s, points)),
            None if matches!(r.kind, ScoreKind::Innings | ScoreKind::Running) => {
                let Some((at, s, before)) = last else {
                    continue;
                };
                if para <= at + 1 && before[0] <= points[0] && before[1] <= points[1] {
                    r.subject = Some(s);
                    last = Some((para, s, points));
                }
            }
            None => {}
        }
    }
}

/// "Flamengo beat Palmeiras 3-1 … put the hosts 2-1 in front … made it 3-1 himself": a running
/// or half-time score that names no side, in a paragraph at most three after the final of its
/// game (the nearest final before it with its sides, no other game's final between), whose
/// sentence names no other side, takes the one order in which neither side ends above its final
/// points (a score only goes up). Level scores and scores both orders fit say nothing. (Only
/// where the score of a game adds up to its final: not in sports of sets, games or frames.)
fn bounded_by_final(
    doc: &Doc,
    sides: &link::Sides,
    found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])],
) {
    let mut last_final: Option<(usize, [usize; 2], [i32; 2])> = None;
    for (c, r, o) in found.iter_mut() {
        if r.kind == ScoreKind::Final && !r.single && c.points.len() == 2 {
            last_final = match *o {
                [Some(a), Some(b)] if a != b => {
                    Some((c.core.start, [a, b], [c.points[0], c.points[1]]))
                }
                // (A final of sides unknown may be another game's.)
                _ => None,
            };
            continue;
        }
        let Some((at, [a, b], [fa, fb])) = last_final else {
            continue;
        };
        let [x, y] = c.points[..] else { continue };
        if o.iter().any(Option::is_some)
            || r.single
            || x == y
            || !matches!(r.kind, ScoreKind::Running | ScoreKind::HalfTime)
            || doc.paragraphs.is_empty()
            || doc.paragraph_index(c.core.start) > doc.paragraph_index(at) + 3
        {
            continue;
        }
        let sent = read::sentence_of(doc, c.core.start);
        if sides.names_other_side(sent, &[a, b]) {
            continue;
        }
        let fits = |p: i32, q: i32| x <= p && y <= q;
        *o = match (fits(fa, fb), fits(fb, fa)) {
            (true, false) => [Some(a), Some(b)],
            (false, true) => [Some(b), Some(a)],
            _ => continue,
        };
        r.subject = o[0];
        r.opponent = o[1];
    }
}

/// The byte span of the line of `text` holding `start..end`, without its line breaks. (By the
/// memchr crate's vector searches: `str::rfind` and `find` of a char go a word at a time, and a
/// line may be a whole paragraph.)
fn line_around(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let line_start = memchr::memrchr(b'\n', &bytes[..start]).map_or(0, |i| i + 1);
    let line_end = memchr::memchr(b'\n', &bytes[end..]).map_or(text.len(), |i| end + i);
    (line_start, line_end)
}

/// "6' Try: MacDonald-Okoye (Saracens) – 0-5", "14' Try: ap Rhys-Lloyd (Gloucester-Hartpury) –
/// 7-5": in a scoring sequence, one line an event, the side a line names scored, so the points
/// that grew since the line before (nothing before the first: 0-0) are that side's, and the
/// others its opponent's in the story's match.
fn scoring_sequence(
    doc: &Doc,
    sides: &link::Sides,
    main_pair: Option<[usize; 2]>,
    found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])],
) {
    let Some(pair) = main_pair else { return };
    let body = doc.body.as_str();
    // Each score's line, and whether it is an event line: short, no quotation, a running score.
    // (An event line is short: a longer one is read as an empty line here.)
    let lines: Vec<(usize, usize)> = found
        .iter()
        .map(|(c, _, _)| {
            crate::extract::text::line_within(body, c.core.start, c.core.start, 400)
                .unwrap_or((c.core.start, c.core.start))
        })
        .collect();
    let events: Vec<bool> = found
        .iter()
        .zip(&lines)
        .map(|((c, r, _), &(start, end))| {
            let line = &body[start..end];
            r.kind == ScoreKind::Running
                && !r.single
                && c.points.len() == 2
                && line.split_whitespace().count() <= 12
                && !line.contains(['"', '“', '”'])
        })
        .collect();
    // Lines `a` then `b`, one right below the other (blank lines aside, and at most one line
    // between: "Half-time: …" inside the sequence).
    let below = |a: (usize, usize), b: (usize, usize)| {
        a.1 < b.0 && body[a.1..b.0].trim().lines().count() <= 1
    };
    for i in 0..found.len() {
        if !events[i] {
            continue;
        }
        let (start, end) = lines[i];
        // The score above: an event line, or a line of the match's own score ("Half-time: X 12
        // Y 18") right above.
        let after_prev = i > 0
            && below(lines[i - 1], lines[i])
            && found[i - 1].0.points.len() == 2
            && (events[i - 1]
                || (found[i - 1].0.form == candidates::Form::Listed
                    && found[i - 1].2.iter().all(Option::is_some)));
        let before_next = i + 1 < found.len() && events[i + 1] && below(lines[i], lines[i + 1]);
        // (One line alone is no sequence.)
        if !after_prev && !before_next {
            continue;
        }
        let (x, y) = (found[i].0.points[0], found[i].0.points[1]);
        let (p, q) = if after_prev {
            (found[i - 1].0.points[0], found[i - 1].0.points[1])
        } else {
            (0, 0)
        };
        let (_, r, o) = &mut found[i];
        if o.iter().any(Option::is_some) {
            continue;
        }
        let mut named = sides
            .mentions_in(start, end)
            .iter()
            .filter(|m| sides.is_side(m, false) && pair.contains(&m.entity))
            .map(|m| m.entity);
        let (Some(scorer), None) = (named.next(), named.next()) else {
            continue;
        };
        let other = other_side(pair, scorer);
        *o = match (x - p, y - q) {
            (dx, 0) if dx > 0 => [Some(scorer), Some(other)],
            (0, dy) if dy > 0 => [Some(other), Some(scorer)],
            _ => continue,
        };
        r.subject = o[0];
        r.opponent = o[1];
    }
}

/// "J van der Sluis (Ned) 4-3 C O'Kane (Irl)" then "Sets: 3-1, 2-3, 3-0, …", or a result then a
/// "Quarters" heading and "3-2, 2-2, 1-3, 2-2": a line that is only a list of scores (after a
/// short label) gives the periods of the result just above it, in its sides' order.
fn listed_periods(
    doc: &Doc,
    sport: Option<sport::Sport>,
    found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])],
) {
    use sport::Sport;
    // (A sport of sets or games lists sets; the others quarters or periods.)
    let kind = match sport {
        Some(s)
            if s.plays_games()
                || matches!(
                    s,
                    Sport::Tennis | Sport::Darts | Sport::Volleyball | Sport::CueSports
                ) =>
        {
            ScoreKind::Set
        }
        _ => ScoreKind::Quarter,
    };
    let body = doc.body.as_str();
    let line_of = |pos: usize| line_around(body, pos, pos);
    let mut i = 0;
    while i < found.len() {
        let (start, end) = line_of(found[i].0.span.start);
        let mut last = i;
        while last + 1 < found.len() && found[last + 1].0.span.start < end {
            last += 1;
        }
        let first = i;
        let here = first..=last;
        i = last + 1;
        // (Two scores at least, none read with sides.)
        if last == first
            || found[here.clone()]
                .iter()
                .any(|f| f.2.iter().any(Option::is_some))
        {
            continue;
        }
        // Only scores and separators once a short label ("Sets:") is set aside.
        let line = &body[start..end];
        let list = match line.split_once(':') {
            Some((label, rest)) if label.split_whitespace().count() <= 2 => rest,
            _ => line,
        };
        let separators = |gap: &str| {
            gap.chars()
                .all(|c| matches!(c, ',' | ';' | ' ' | '(' | ')'))
        };
        let mut at = end - list.len();
        let mut only_scores = true;
        for (c, _, _) in &found[here.clone()] {
            only_scores &= at <= c.span.start && separators(&body[at..c.span.start]);
            at = c.span.end.max(at);
        }
        if !only_scores || !separators(&body[at..end]) {
            continue;
        }
        // The result just above: on the line before, or before a one-line heading.
        let Some(j) = first.checked_sub(1) else {
            continue;
        };
        let ([Some(a), Some(b)], true) = (found[j].2, found[j].1.kind == ScoreKind::Final) else {
            continue;
        };
        let between = &body[line_of(found[j].0.span.start).1..start];
        let lines: Vec<&str> = between
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let near = match lines[..] {
            [] => true,
            [heading] => heading.split_whitespace().count() <= 3,
            _ => false,
        };
        if !near {
            continue;
        }
        for (_, r, o) in &mut found[here] {
            *o = [Some(a), Some(b)];
            r.subject = Some(a);
            r.opponent = Some(b);
            r.kind = kind;
        }
    }
}

/// "… a 3-1 victory in the grand final. The numbers are 13-11, 9-13, 13-5 and 14-12": the set
/// scores of one sentence, some without sides, whose tally of sets won (3 to 1 here, as
/// written) is the points of a match with its sides reported in the same paragraph or the one
/// before, are that match's sets, in the order the tally gives. The tally is the check: a list
/// of another match's sets rarely adds up to this one's result in either order.
fn sets_tally_to_match(
    doc: &Doc,
    main_pair: Option<[usize; 2]>,
    found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])],
) {
    for (sent, group) in sentence_groups(doc, found) {
        let sets: Vec<usize> = group
            .filter(|&k| found[k].1.kind == ScoreKind::Set && found[k].0.points.len() == 2)
            .collect();
        if sets.len() < 2 || sets.iter().all(|&k| found[k].2.iter().all(Option::is_some)) {
            continue;
        }
        let won = |k: &usize| found[*k].0.points[0] > found[*k].0.points[1];
        let lost = |k: &usize| found[*k].0.points[0] < found[*k].0.points[1];
        let tally = [
            sets.iter().filter(|k| won(k)).count() as i32,
            sets.iter().filter(|k| lost(k)).count() as i32,
        ];
        if tally[0] == tally[1] {
            continue;
        }
        // The sides the list's own linked sets give, in the written order, if any.
        let mut linked: Option<[usize; 2]> = None;
        let mut consistent = true;
        for &k in &sets {
            if let [Some(a), Some(b)] = found[k].2 {
                consistent &= linked.is_none_or(|l| l == [a, b]);
                linked = Some([a, b]);
            }
        }
        if !consistent {
            continue;
        }
        // The match: the nearest result before the list (in its paragraph or the one before),
        // a final or a match in sets, with both sides or one side the list's pair completes.
        let para = doc.paragraph_index(sent.start);
        let from = doc.paragraphs[para.saturating_sub(1)].span.start;
        let first = sets[0];
        let result = found[..first].iter().rev().find(|(c, r, o)| {
            c.span.start >= from
                && matches!(r.kind, ScoreKind::Final | ScoreKind::Match)
                && !r.single
                && c.points.len() == 2
                && o.iter().any(Option::is_some)
        });
        let Some((c, _, o)) = result else {
            continue;
        };
        let points = [c.points[0], c.points[1]];
        let pair = match *o {
            [Some(a), Some(b)] if a != b => [a, b],
            [known, other] => {
                let k = known.or(other).unwrap_or(usize::MAX);
                let Some(p) = linked.or(main_pair).filter(|p| p.contains(&k)) else {
                    continue;
                };
                let rival = if p[0] == k { p[1] } else { p[0] };
                if known.is_some() {
                    [k, rival]
                } else {
                    [rival, k]
                }
            }
        };
        let order = if points == tally {
            pair
        } else if points == [tally[1], tally[0]] {
            [pair[1], pair[0]]
        } else {
            continue;
        };
        if linked.is_some_and(|l| l != order) {
            continue;
        }
        for &k in &sets {
            let (_, r, o) = &mut found[k];
            *o = [Some(order[0]), Some(order[1])];
            r.subject = Some(order[0]);
            r.opponent = Some(order[1]);
        }
    }
}

/// The found scores grouped by sentence: each sentence with the index range of its scores.
fn sentence_groups(
    doc: &Doc,
    found: &[(candidates::Candidate, Reading, [Option<usize>; 2])],
) -> Vec<(crate::doc::Span, std::ops::RangeInclusive<usize>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < found.len() {
        let sent = read::sentence_of(doc, found[i].0.core.start);
        let mut last = i;
        while last + 1 < found.len() && found[last + 1].0.core.start < sent.end {
            last += 1;
        }
        out.push((sent, i..=last));
        i = last + 1;
    }
    out
}

/// A form guide's line: the opponent, where the game was, the score from the listed side's view
/// and its result ("Liverpool (A) 2-1 W").
static FORM_LINE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^\s*\S.*? \((?:H|A|N)\) [0-9]{1,3}[-–][0-9]{1,3} ([WDL])\s*$")
        .expect("form line regex")
});

/// The label over a form guide's lines: a side, perhaps a bracket, a colon and its results in a
/// row ("Newcastle United (most recent first): D-W-W-W-L").
static FORM_LABEL: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"^\s*\S.*?: ?[WDL](?:[- ]?[WDL]){2,}\s*$").expect("form label regex")
});

/// "Newcastle United (most recent first): D-W-W-W-L" over "Liverpool (A) 2-1 W": each line of a
/// form guide is a game of the side its label names, against the side the line names, the score
/// from the labelled side's view; the line's result letter must agree with the score.
fn form_lines(doc: &Doc, found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])]) {
    let body = doc.body.as_str();
    let team_in = |lo: usize, hi: usize| {
        doc.entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityType::Team)
            .flat_map(|(i, e)| e.mentions.iter().map(move |m| (m.start, i, m.end)))
            .filter(|&(start, _, end)| start >= lo && end <= hi)
            .min()
            .map(|(_, i, _)| i)
    };
    for (c, r, o) in found.iter_mut() {
        if o.iter().all(Option::is_some) || c.points.len() != 2 {
            continue;
        }
        let (start, end) = line_around(body, c.span.start, c.span.end);
        let Some(caps) = FORM_LINE.captures(&body[start..end]) else {
            continue;
        };
        let (a, b) = (c.points[0], c.points[1]);
        let agrees = match caps.get(1).map_or("", |m| m.as_str()) {
            "W" => a > b,
            "L" => a < b,
            _ => a == b,
        };
        if !agrees {
            continue;
        }
        // The label: the first line above that is neither blank nor another game of the guide.
        let mut hi = start;
        let label = loop {
            if hi == 0 {
                break None;
            }
            let (lo, _) = line_around(body, hi - 1, hi - 1);
            let line = &body[lo..hi - 1];
            if !(line.trim().is_empty() || FORM_LINE.is_match(line)) {
                break Some((lo, hi - 1));
            }
            hi = lo;
        };
        let Some((lo, label_end)) = label.filter(|&(lo, e)| FORM_LABEL.is_match(&body[lo..e]))
        else {
            continue;
        };
        let (Some(side), Some(rival)) = (team_in(lo, label_end), team_in(start, c.span.start))
        else {
            continue;
        };
        if side == rival {
            continue;
        }
        *o = [Some(side), Some(rival)];
        r.subject = Some(side);
        r.opponent = Some(rival);
    }
}

/// "Baskonia beat Fenerbahçe Beko 86-79 … The quarter scores (22-18, 19-25, 24-17, 21-19)
/// reflect …", "The periods finished 1-0, 1-2, 1-1, 1-0": the scores of one sentence, none read
/// with sides, whose sums (86 and 79 here) are the points of a result told before with both
/// sides, are that match's quarters or periods, in the order the sums give. The sums are the
/// check: another match's periods rarely add up to this one's result.
fn periods_sum_to_match(
    doc: &Doc,
    found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])],
) {
    for (sent, group) in sentence_groups(doc, found) {
        let periods: Vec<usize> = group
            .filter(|&k| {
                matches!(found[k].1.kind, ScoreKind::Quarter | ScoreKind::Running)
                    && found[k].0.points.len() == 2
            })
            .collect();
        if periods.len() < 2
            || periods
                .iter()
                .any(|&k| found[k].2.iter().any(Option::is_some))
        {
            continue;
        }
        let sums = periods.iter().fold([0, 0], |acc, &k| {
            [acc[0] + found[k].0.points[0], acc[1] + found[k].0.points[1]]
        });
        let first = periods[0];
        let result = found[..first].iter().rev().find_map(|(c, r, o)| {
            let ([Some(a), Some(b)], true) = (*o, r.kind == ScoreKind::Final) else {
                return None;
            };
            let points = [*c.points.first()?, *c.points.get(1)?];
            if points == sums {
                Some([a, b])
            } else if points == [sums[1], sums[0]] {
                Some([b, a])
            } else {
                None
            }
        });
        let Some(order) = result else {
            continue;
        };
        // (A sentence naming another side speaks of another match: "swept a doubleheader from
        // the Redbirds, 4-1 and 3-2" are two games, not periods of the 7-3 told before.)
        let other_side_named = doc.entities.iter().enumerate().any(|(e, ent)| {
            ent.kind == crate::doc::EntityType::Team
                && !order.contains(&e)
                && ent
                    .mentions
                    .iter()
                    .any(|m| m.start >= sent.start && m.end <= sent.end)
        });
        if other_side_named {
            continue;
        }
        for &k in &periods {
            let (_, r, o) = &mut found[k];
            *o = [Some(order[0]), Some(order[1])];
            r.subject = Some(order[0]);
            r.opponent = Some(order[1]);
            r.kind = ScoreKind::Quarter;
        }
    }
}

/// The text before a score ends with a participle clause after a comma: ", winning ", ", going
/// down " (the clause tells the result of the verb before it).
fn after_participle(before: &str) -> bool {
    // (Set scores before it in the same list are part of the clause: "winning 21-23, 21-17, ".)
    let mut before = before.trim_end();
    while let Some(head) = before.strip_suffix(',') {
        let last = head.rsplit(' ').next().unwrap_or("");
        let score = last.contains(['-', '–'])
            && last
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | '(' | ')'));
        if !score {
            break;
        }
        before = head[..head.len() - last.len()].trim_end();
    }
    let Some(comma) = before.rfind(',') else {
        return false;
    };
    let words: Vec<&str> = before[comma + 1..].split_whitespace().collect();
    (1..=2).contains(&words.len())
        && words[0].len() > 4
        && words[0].ends_with("ing")
        && words
            .iter()
            .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
}

/// "(3) Iker Ortega / Nahuel Vilches d. (5) Théo Moreau / Álvaro Sanz-Leal" and on the next line
/// "6-4, 3-6, 7-5" (or "Sets: 21-18, 19-21, 15-12"): scores alone on a line, with at most a label
/// before them, that name no side, are the result's on the line before, whose two sides a win
/// verb joins ("d.", "bt", "beat"), the winner first.
fn scores_under_result_line(
    doc: &Doc,
    sides: &link::Sides,
    found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])],
) {
    let body = doc.body.as_str();
    for (c, r, o) in found.iter_mut() {
        if r.single || o.iter().any(Option::is_some) || c.points.len() != 2 {
            continue;
        }
        let line_start = body[..c.span.start].rfind('\n').map_or(0, |i| i + 1);
        // (Before the score on its line: a label ("Sets:") and other scores only.)
        let head = &body[line_start..c.span.start];
        let label_only = head.split_whitespace().enumerate().all(|(i, w)| {
            w.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b',' | b'(' | b')'))
                || (i == 0 && w.ends_with(':') && w[..w.len() - 1].chars().all(char::is_alphabetic))
        });
        if !label_only || line_start < 2 {
            continue;
        }
        // (Blank lines may stand between: each line is a paragraph of its own.)
        let prev_end = body[..line_start].trim_end().len();
        let prev_start = body[..prev_end].rfind('\n').map_or(0, |i| i + 1);
        let Some([a, b]) = result_line_sides(body, sides, prev_start, prev_end) else {
            continue;
        };
        *o = [Some(a), Some(b)];
        r.subject = o[0];
        r.opponent = o[1];
    }
}

/// The winner and the loser of a results line: two sides joined by a win verb, with only
/// bracketed seeds and codes between ("Albuquerque-Reis/Moura (BRA) bt Müller-Ostrowski/Behrens
/// (GER) 2-1").
fn result_line_sides(
    body: &str,
    sides: &link::Sides,
    start: usize,
    end: usize,
) -> Option<[usize; 2]> {
    let named: Vec<&link::Mention> = sides
        .mentions_in(start, end)
        .iter()
        .filter(|m| sides.is_side(m, false))
        .collect();
    let [first, second] = named[..] else {
        return None;
    };
    if first.entity == second.entity {
        return None;
    }
    // (Two mentions over the same words have no gap.)
    let between = body.get(first.span.end..second.span.start)?;
    let mut gap = String::new();
    let mut depth = 0;
    for ch in between.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if depth == 0 => gap.push(ch),
            _ => {}
        }
    }
    let verb = lexicon::fold(gap.trim().trim_end_matches('.'));
    lexicon::is_word_of(lexicon::Cat::WinVerb, &verb).then_some([first.entity, second.entity])
}

/// "Beddoe landed three penalties before the break to make it 13-9": the side that "made it"
/// scored last, so it owns the points that went up since the score before in the same game
/// (13-3 before: the 9 is Wales's), or, with none known, the points that are not nought
/// ("nodded in to make it 1-0"). Score lines are written leader first, whoever scored, so the
/// subject of "made it" is not the leader.
fn scorers_progressions(
    doc: &Doc,
    found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])],
) {
    let in_game = |k: ScoreKind| {
        matches!(
            k,
            ScoreKind::Running | ScoreKind::HalfTime | ScoreKind::Quarter
        )
    };
    for i in 0..found.len() {
        let (c, r, o) = &found[i];
        let ([Some(a), Some(b)], [x, y]) = (*o, &c.points[..]) else {
            continue;
        };
        let (x, y) = (*x, *y);
        let Some(scorer) = r.subject.filter(|s| *s == a || *s == b) else {
            continue;
        };
        if r.single || r.own_part || x == y || !in_game(r.kind) || !made_it(doc, c) {
            continue;
        }
        // The score before it in the same game: the nearest earlier one in this paragraph or
        // the one before (captions aside), with both points no lower in some order.
        let here = doc.paragraph_index(c.core.start);
        let before = found[..i].iter().rev().find(|(pc, pr, _)| {
            in_game(pr.kind) && !pr.single && !pr.own_part && pc.points.len() == 2
        });
        let prev = before.and_then(|(pc, _, _)| {
            let there = doc.paragraph_index(pc.core.start);
            let between = (there + 1..here)
                .filter(|&k| doc.paragraphs[k].kind != crate::doc::ParagraphKind::Caption)
                .count();
            (there <= here && between == 0).then(|| (pc.points[0], pc.points[1]))
        });
        // Which of the two points went up: 0 for the first, 1 for the second.
        let risen = match prev {
            Some((p, q)) => {
                let mut ks = Vec::new();
                for (u, v) in [(p, q), (q, p)] {
                    if x == u && y > v {
                        ks.push(1);
                    } else if y == v && x > u {
                        ks.push(0);
                    }
                }
                ks.dedup();
                match ks[..] {
                    [k] => Some(k),
                    _ => None,
                }
            }
            None => None,
        }
        .or(match (x, y) {
            (_, 0) => Some(0),
            (0, _) => Some(1),
            _ => None,
        });
        let Some(k) = risen else { continue };
        let other = if scorer == a { b } else { a };
        let want = if k == 0 {
            [scorer, other]
        } else {
            [other, scorer]
        };
        let (_, r, o) = &mut found[i];
        *o = [Some(want[0]), Some(want[1])];
        r.subject = o[0];
        r.opponent = o[1];
    }
}

/// A score naming no side (`o`, reading `r`, points `x-y`) beside a score of the same game
/// whose two different sides are known (`other`, points `p-q`): both steps of a game (`in_game`,
/// not a single side's total nor a part's own points), neither level nor the same points, so
/// the known one's order may be carried over.
fn unsided_beside(
    o: &[Option<usize>; 2],
    r: &Reading,
    other: &Reading,
    [a, b]: [usize; 2],
    [x, y, p, q]: [i32; 4],
    in_game: impl Fn(ScoreKind) -> bool,
) -> bool {
    o.iter().all(Option::is_none)
        && !r.single
        && !other.single
        && !r.own_part
        && !other.own_part
        && a != b
        && x != y
        && in_game(r.kind)
        && in_game(other.kind)
        && (x, y) != (p, q)
}

/// A score right after "made it" / "to make it" whose leader is not named after it ("made it
/// 2-1 to Columbus", "made it 27-24 Cincinnati" name the leader, not the scorer).
fn made_it(doc: &Doc, c: &candidates::Candidate) -> bool {
    let sent = read::sentence_of(doc, c.core.start);
    let before = lexicon::Before::new(&doc.body, sent.start, c.core.start, 4);
    let after = doc.body[c.core.end..].trim_start();
    before.ending(lexicon::Cat::ScorerBefore, 0).is_some()
        && !after.starts_with("to ")
        && !after.starts_with(char::is_uppercase)
}

/// "Prewitt-Summers' 9-yard run on the opening drive made it 7-0, Halvorsen-Pike found … to make
/// it 14-3": a running score naming no side, right before a running score of the same game in
/// its sentence whose sides are known, takes the one order in which neither side's points went
/// down to the next (as `running_progressions` reads forwards).
fn running_regressions(
    doc: &Doc,
    found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])],
) {
    let in_game = |k: ScoreKind| matches!(k, ScoreKind::Running | ScoreKind::HalfTime);
    for i in (0..found.len().saturating_sub(1)).rev() {
        let (cur, next) = found.split_at_mut(i + 1);
        let (c, r, o) = &mut cur[i];
        let (nc, nr, no) = &next[0];
        let ([Some(a), Some(b)], [x, y], [p, q]) = (*no, &c.points[..], &nc.points[..]) else {
            continue;
        };
        let (x, y, p, q) = (*x, *y, *p, *q);
        if !unsided_beside(o, r, nr, [a, b], [x, y, p, q], in_game)
            || read::sentence_of(doc, c.core.start) != read::sentence_of(doc, nc.core.start)
        {
            continue;
        }
        let same = p >= x && q >= y;
        let swapped = p >= y && q >= x;
        *o = match (same, swapped) {
            (true, false) => [Some(a), Some(b)],
            (false, true) => [Some(b), Some(a)],
            _ => continue,
        };
        r.subject = o[0];
        r.opponent = o[1];
    }
}

/// "De Groot added a penalty to make it 14-6. … The winger finished a raid to make it 14-10":
/// a running score that names no side (or names both the other way round, against the points),
/// right after a running score of the same game whose sides are known (in its paragraph or the
/// one before), takes the one order in which neither side's points went down. When both orders
/// fit ("1-0", then "2-1") it says nothing.
fn running_progressions(
    doc: &Doc,
    sides: &link::Sides,
    found: &mut [(candidates::Candidate, Reading, [Option<usize>; 2])],
) {
    let in_game = |k: ScoreKind| {
        matches!(
            k,
            ScoreKind::Running | ScoreKind::HalfTime | ScoreKind::Quarter
        )
    };
    for i in 1..found.len() {
        let (prev, cur) = found.split_at_mut(i);
        let (c, r, o) = &mut cur[0];
        // "… the Tigres led 4-1 after six innings. The Tomateros chipped away … to make it 4-2":
        // a running score read with both sides the other way round from the one before it in
        // the same game, where that order would take a side's points down and the other
        // would not, is turned round (points never go down in a game).
        // (A score of no known sides between them is passed over: "When it's 3-2 with two
        // minutes left", a coach's look ahead, between "We were 2-0 down after one" and "made
        // it 2-1".)
        if let [Some(s), Some(t)] = *o {
            let known =
                prev.iter()
                    .rev()
                    .take(2)
                    .find_map(|(pc, pr, po)| match (po, &pc.points[..]) {
                        ([Some(a), Some(b)], &[p, q]) => Some((pc, pr, *a, *b, p, q)),
                        _ => None,
                    });
            let (Some((pc, pr, a, b, p, q)), &[x, y]) = (known, &c.points[..]) else {
                continue;
            };
            let near = doc.paragraph_index(c.core.start) <= doc.paragraph_index(pc.core.start) + 1;
            let steps = !r.single && !pr.single && !r.own_part && !pr.own_part;
            // (A quarter's score after a score during play may be the quarter's own: "3:2 for
            // Olympiacos after the first quarter. … Vouliagmeni won it 4:2".)
            let comparable = r.kind != ScoreKind::Quarter || pr.kind == ScoreKind::Quarter;
            if near && in_game(r.kind) && in_game(pr.kind) && steps && comparable {
                let mine = |side: usize, pts: i32| if side == a { pts >= p } else { pts >= q };
                let fits = |first: usize, second: usize| mine(first, x) && mine(second, y);
                if s == b && t == a && !fits(s, t) && fits(t, s) {
                    *o = [Some(a), Some(b)];
                    r.subject = o[0];
                    r.opponent = o[1];
                }
            }
            continue;
        }
        let (pc, pr, po) = &prev[i - 1];
        let ([Some(a), Some(b)], [x, y], [p, q]) = (*po, &c.points[..], &pc.points[..]) else {
            continue;
        };
        let (x, y, p, q) = (*x, *y, *p, *q);
        if !unsided_beside(o, r, pr, [a, b], [x, y, p, q], in_game) {
            continue;
        }
        let (pp, cp) = (
            doc.paragraph_index(pc.core.start),
            doc.paragraph_index(c.core.start),
        );
        // (A deficit cut names the game it belongs to: a few paragraphs of play may lie between.
        // A photo's caption between two paragraphs of play is no paragraph of the story.)
        let cut = r.rel == Rel::Trails && cuts_deficit(doc, c.core.start);
        let between = (pp + 1..cp)
            .filter(|&k| doc.paragraphs[k].kind != crate::doc::ParagraphKind::Caption)
            .count();
        if doc.paragraphs.is_empty() || cp < pp || between > if cut { 2 } else { 0 } {
            continue;
        }
        let sent = read::sentence_of(doc, c.core.start);
        if sides.names_other_side(sent, &[a, b]) {
            continue;
        }
        let same = x >= p && y >= q;
        let swapped = x >= q && y >= p;
        *o = match (same, swapped) {
            (true, false) => [Some(a), Some(b)],
            (false, true) => [Some(b), Some(a)],
            // "Green Bay led 17-7 at halftime. … Van Dyke then cut the deficit to 24-20": a
            // deficit cut ("pulled within", "cut the deficit to") is still a deficit, so the side
            // that led the score before still leads.
            (true, true) if cut && p != q => {
                let leader = if p > q { a } else { b };
                let other = if leader == a { b } else { a };
                if x > y {
                    [Some(leader), Some(other)]
                } else {
                    [Some(other), Some(leader)]
                }
            }
            _ => continue,
        };
        r.subject = o[0];
        r.opponent = o[1];
    }
}
