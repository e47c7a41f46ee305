//! Reading a candidate in its sentence: is it a score at all (the words around it rule out
//! records, odds, ages, ranges, votes), what kind of score it is (final, half-time, running…), and
//! how its points relate to the sides the clause names (who won, who leads, who trails).

use std::sync::LazyLock;

use super::candidates::{Candidate, Form};
use super::lexicon::{After, Before, Cat, Hit, OpenerScreen};
use super::link::{Mention, Mode, Sides};
use super::sport::Sport;
use crate::doc::{Doc, EntityType, ScoreKind, Span};

/// How the clause relates the subject to the points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    /// The subject won (its points are the larger).
    Won,
    /// The subject lost.
    Lost,
    Drew,
    /// The subject's points come first ("led 61-55", "a 12-0 run", "a 31-18 third quarter").
    Leads,
    /// The subject trails (the larger points are the other side's): "within 98-94".
    Trails,
    /// A level score during a game ("tied it 2-2").
    Level,
    /// Both sides named in the order of the points ("Ireland 27-20 France").
    Ordered,
    /// The clause does not say.
    Unknown,
}

#[derive(Debug, Clone)]
pub struct Reading {
    pub kind: ScoreKind,
    pub rel: Rel,
    pub subject: Option<usize>,
    pub opponent: Option<usize>,
    /// A score of one side only (cricket innings, golf).
    pub single: bool,
    /// The sentence says the score is between the sides of the match reported around it ("the
    /// teams met in January, when Green Bay won 32-29").
    pub same_match: bool,
    /// The game is named in words of its own between the result verb and the score ("won this
    /// fixture 4-0 last season", "won the first two matches, 5–3 and 4–3"): the match reported
    /// last with the subject, around it.
    pub own_game: bool,
    /// The game is named by its place among the sides' meetings ("won the decider 91-74"): the
    /// match reported last with the subject, before the story's main pair.
    pub rematch: bool,
    /// The points are one part's own ("won the second quarter 27-20", "took the third 21-19"),
    /// not the game's total at the time: no step in a progression of running scores.
    pub own_part: bool,
}

impl Default for Reading {
    /// A reading that says nothing yet: no sides, no relation, a running score of two sides.
    fn default() -> Reading {
        Reading {
            kind: ScoreKind::Running,
            rel: Rel::Unknown,
            subject: None,
            opponent: None,
            single: false,
            same_match: false,
            own_game: false,
            rematch: false,
            own_part: false,
        }
    }
}

const WINDOW: usize = 10;

struct Ctx<'a, 'b> {
    doc: &'a Doc,
    sides: &'b Sides<'a>,
    sport: Option<Sport>,
    sent: Span,
    before: Before,
    after: After,
    /// The end of the list this score opens ("6-7 (4), 7-6 (5), 6-4 to Sinner"): the opponent
    /// is named after it.
    run_end: usize,
    /// A volleyball story about beach volleyball, whose sets go to 21 (the third to 15).
    beach: bool,
}

impl Ctx<'_, '_> {
    fn text(&self) -> &str {
        &self.doc.body
    }

    fn mode(&self) -> Mode {
        if self.sides.individual {
            Mode::Individual
        } else {
            Mode::Team
        }
    }
}

/// The sides in the order of the points, from the clause's relation.
pub fn order(r: &Reading, points: &[i32]) -> [Option<usize>; 2] {
    let (s, o) = (r.subject, r.opponent.filter(|o| Some(*o) != r.subject));
    if r.single || points.len() < 2 {
        return [s, None];
    }
    let first_larger = points[0] >= points[1];
    match r.rel {
        Rel::Won if first_larger => [s, o],
        Rel::Won => [o, s],
        Rel::Lost | Rel::Trails if first_larger => [o, s],
        Rel::Lost | Rel::Trails => [s, o],
        Rel::Drew | Rel::Leads | Rel::Ordered | Rel::Level => [s, o],
        // Both sides may be known, but not whose points come first.
        Rel::Unknown => [None, None],
    }
}

/// The sentence holding byte `pos` (the paragraph, or the whole body, when there are none).
pub fn sentence_of(doc: &Doc, pos: usize) -> Span {
    if !doc.sentences.is_empty() {
        let s = doc.sentences[doc.sentence_index(pos)];
        if s.start <= pos && pos <= s.end {
            return s;
        }
    }
    if !doc.paragraphs.is_empty() {
        let p = doc.paragraphs[doc.paragraph_index(pos)].span;
        if p.start <= pos && pos <= p.end {
            return p;
        }
    }
    Span::new(0, doc.body.len())
}

/// Reads every candidate; `None` where the context says it is not a score.
pub fn read_all(
    doc: &Doc,
    sport: Option<Sport>,
    sides: &Sides,
    cands: &[Candidate],
) -> Vec<Option<Reading>> {
    let mut out: Vec<Option<Reading>> = Vec::with_capacity(cands.len());
    let beach = sport == Some(Sport::Volleyball)
        && memchr::memmem::find_iter(doc.body.as_bytes(), "each")
            .any(|i| i > 0 && matches!(doc.body.as_bytes()[i - 1], b'b' | b'B'));
    for (i, c) in cands.iter().enumerate() {
        let sent = sentence_of(doc, c.core.start);
        let hi = sent.end.max(c.span.end);
        let ctx = Ctx {
            doc,
            sides,
            sport,
            sent,
            before: Before::new(
                &doc.body,
                sent.start.min(c.core.start),
                c.core.start,
                WINDOW,
            ),
            after: After::new(&doc.body, c.span.end, hi, WINDOW),
            run_end: run_end(doc, cands, i),
            beach,
        };
        let prev = (i > 0)
            .then(|| (&cands[i - 1], out[i - 1].as_ref()))
            .and_then(|(p, r)| r.map(|r| (p, r)));
        let reading = match c.form {
            Form::Pair => read_pair(&ctx, c, prev),
            Form::Listed => read_listed(ctx, c),
            Form::Totals => Some(Reading {
                kind: ScoreKind::Final,
                rel: Rel::Ordered,
                subject: c.named[0],
                opponent: c.named[1],
                ..Reading::default()
            }),
            Form::Goalless => read_result(&ctx, c, prev),
            Form::Innings | Form::AllOut => read_innings(&ctx, c),
            Form::GolfRound | Form::GolfToPar => read_golf(&ctx, c),
        };
        out.push(reading);
    }
    out
}

/// A listed score ("Boston 104, Miami 99", "Seattle Kraken 4, Vancouver Canucks 3 (OT)"): the
/// sides in the order of the points, final unless the words around it name another kind ("At
/// halftime it was Boston 55, Miami 50"). Not a score when the words around it make it a tally:
/// a unit right after it ("Smith 31, Jones 27 points", "41, Miami 39 wins", "votes"), a record,
/// a tally word earlier in its clause ("Eastern Conference standings: Boston 41, Miami 39",
/// "the vote went Boston 12, Miami 8"), a hypothetical ("predicted Boston 24, Miami 17"), or
/// points no game of the sport ends with.
/// (Takes `ctx` whole: its window after the score is the one the kind is read with.)
fn read_listed(ctx: Ctx, c: &Candidate) -> Option<Reading> {
    // The context before the first name (the window of `ctx` ends at the first number).
    let lo = ctx.sent.start.min(c.span.start);
    let before = Before::new(ctx.text(), lo, c.span.start, WINDOW);
    if before.ending(Cat::NotBefore, 0).is_some()
        || ctx.after.starting(Cat::NotAfter, 0).is_some()
        || ctx.after.near(Cat::RecordNear, 2).is_some()
        || before.near(Cat::RecordNear, 2).is_some()
        || before.hits.iter().any(|h| {
            h.cat == Cat::ListBefore
                && before.tokens[h.end..]
                    .iter()
                    .all(|t| !t.punct || matches!(t.text.as_str(), "," | ":"))
        })
        || hypothetical(&ctx, &before)
    {
        return None;
    }
    let big = c.points[0].max(c.points[1]);
    let cap = match ctx.sport {
        Some(Sport::Football | Sport::IceHockey) => 20,
        Some(Sport::Baseball) => 40,
        Some(Sport::AmericanFootball) => 99,
        Some(Sport::Bowling) => 300,
        _ => 200,
    };
    if big > cap {
        return None;
    }
    let kind = {
        // The context before reaches back to the first name, not just to the first number.
        let wide = Ctx { before, ..ctx };
        cue_kind(&wide).unwrap_or(ScoreKind::Final)
    };
    Some(Reading {
        kind,
        rel: Rel::Ordered,
        subject: c.named[0],
        opponent: c.named[1],
        ..Reading::default()
    })
}

/// Where the run of scores starting at candidate `i` ends (scores joined by commas, spaces,
/// "and").
fn run_end(doc: &Doc, cands: &[Candidate], i: usize) -> usize {
    let mut j = i;
    while j + 1 < cands.len() {
        let (a, b) = (cands[j].span, cands[j + 1].span);
        if a.end > b.start {
            break;
        }
        let joined = doc.body[a.end..b.start]
            .split(|ch: char| ch.is_whitespace() || ch == ',')
            .all(|w| w.is_empty() || w == "and");
        if !joined {
            break;
        }
        j += 1;
    }
    cands[j].span.end
}

fn cricket_running(ctx: &Ctx) -> bool {
    if ctx.before.near(Cat::InningsRunningBefore, 1).is_some()
        || ctx.after.near(Cat::InningsRunningAfter, 0).is_some()
    {
        return true;
    }
    // "4-150 after 16 overs", "4/88 in the 11th over": a total part of the way through.
    let t = ctx.after.first_texts(4);
    let count = |w: &str| w.bytes().next().is_some_and(|b| b.is_ascii_digit());
    let over = |w: &str| matches!(w, "over" | "overs");
    match t[..] {
        ["after", n, o, ..] => count(n) && over(o),
        ["in", "the", n, o, ..] => count(n) && over(o),
        _ => false,
    }
}

fn read_innings(ctx: &Ctx, c: &Candidate) -> Option<Reading> {
    let kind = if c.form == Form::Innings && cricket_running(ctx) {
        ScoreKind::Running
    } else {
        ScoreKind::Innings
    };
    let subject = c.named[0].or_else(|| {
        ctx.sides
            .subject(c.core.start, ctx.sent, &[], Mode::Innings, false)
    });
    Some(Reading {
        kind,
        rel: Rel::Leads,
        subject,
        opponent: None,
        single: true,
        ..Reading::default()
    })
}

/// A round listed after the first of its rounds: "rounds of 67 and 69", "rounds of 68, 70 and
/// 65" (each earlier round a number, then "and" or a comma, back to the round words).
fn listed_round(ctx: &Ctx) -> bool {
    let tokens = &ctx.before.tokens;
    let mut gap = 0;
    while let (Some(sep), Some(round)) = (
        tokens.len().checked_sub(gap + 1).map(|i| &tokens[i]),
        tokens.len().checked_sub(gap + 2).map(|i| &tokens[i]),
    ) {
        let joins = matches!(sep.text.as_str(), "and" | ",");
        let number = !round.text.is_empty() && round.text.bytes().all(|b| b.is_ascii_digit());
        if !(joins && number) {
            return false;
        }
        gap += 2;
        if ctx.before.ending(Cat::GolfRoundBefore, gap).is_some() {
            return true;
        }
    }
    false
}

fn read_golf(ctx: &Ctx, c: &Candidate) -> Option<Reading> {
    let kind = if c.form == Form::GolfRound {
        if ctx.before.ending(Cat::GolfRoundBefore, 0).is_none() && !listed_round(ctx) {
            return None;
        }
        if ctx.after.starting(Cat::NotAfter, 0).is_some()
            || ctx
                .after
                .first_word()
                .is_some_and(|w| matches!(w, "holes" | "hole" | "footer" | "foot" | "yards"))
        {
            return None;
        }
        // A round is part of the total: the schema has no round kind, so it is a running score.
        ScoreKind::Running
    } else {
        let spelled = ctx.doc.text(c.span).contains(|c: char| c.is_alphabetic());
        if !spelled && ctx.before.ending(Cat::GolfTotalBefore, 0).is_none() {
            return None;
        }
        let during = ctx
            .before
            .tokens
            .iter()
            .rev()
            .take(4)
            .any(|t| matches!(t.text.as_str(), "through" | "thru" | "after"))
            || ctx.after.first_word() == Some("through");
        if during {
            ScoreKind::Running
        } else {
            ScoreKind::Final
        }
    };
    let subject = ctx
        .sides
        .subject(c.core.start, ctx.sent, &[], Mode::Individual, false);
    Some(Reading {
        kind,
        rel: Rel::Leads,
        subject,
        opponent: None,
        single: true,
        ..Reading::default()
    })
}

/// The pair at `core` stands between bare numbers on its line: two or more right before it and
/// one right after, as in a table's row.
fn table_cell(text: &str, core: Span) -> bool {
    row_after_numbers(text, core).is_some_and(|next| next.is_some_and(bare_number))
}

/// The pair at `core` closes a line score's row, the points of each period before it: "Marysburg
/// 14 0 7 7 7 — 35" (a linescore flattened onto one line reads "7 — 35" as a pair). The total
/// comes after two or more bare numbers and ends the row: nothing follows, or the next row's name
/// ("— 35 Twin Forks 0 14 …").
fn line_score_total(text: &str, core: Span) -> bool {
    row_after_numbers(text, core)
        .is_some_and(|next| next.is_none_or(|w| w.starts_with(char::is_uppercase)))
}

fn bare_number(w: &str) -> bool {
    !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
}

/// When two bare numbers stand right before the pair at `core` on its (short) line: the word after
/// the pair on the line, if any.
fn row_after_numbers(text: &str, core: Span) -> Option<Option<&str>> {
    let (line_start, line_end) =
        crate::extract::text::line_within(text, core.start, core.end, 400)?;
    let mut before = text[line_start..core.start].split_whitespace().rev();
    let two_before =
        before.next().is_some_and(bare_number) && before.next().is_some_and(bare_number);
    two_before.then(|| text[core.end..line_end].split_whitespace().next())
}

/// Words that make a paragraph a betting one (`data/scores/betting_words.txt`, lower case), and
/// whether the word counts only in the pair's own sentence.
static BETTING_WORDS: LazyLock<Vec<(&'static str, bool)>> = LazyLock::new(|| {
    crate::extract::text::data_lines(include_str!("../../../data/scores/betting_words.txt"))
        .map(|l| match l.split_once('\t') {
            Some((w, scope)) => (w.trim(), scope.trim() == "sentence"),
            None => (l, false),
        })
        .collect()
});

/// A price in a betting paragraph: the pair right after "at" or "paid" in a paragraph a betting
/// word is in ("We tipped Arsenal to beat Chelsea 2-0 at 15-2", "the draw paid 5-2"), or a pair
/// a betting word follows ("a 12-1 weekend acca", "12-1 with most bookmakers").
fn betting_price(ctx: &Ctx, c: &Candidate) -> bool {
    // (`everywhere`: the words of sentence scope count too, as "tipped Arsenal to …".)
    let betting = |w: &str, rest: &str, everywhere: bool| {
        w.len() >= 3
            && BETTING_WORDS.iter().any(|(b, sentence)| {
                b.len() == w.len()
                    && b.eq_ignore_ascii_case(w)
                    && (!sentence || (everywhere && tipped_to(rest)))
            })
    };
    let any_in = |span: Span, everywhere: bool| {
        let text = &ctx.text()[span.start..span.end.max(span.start)];
        let mut at = 0;
        text.split(|ch: char| !(ch.is_alphanumeric() || ch == '-'))
            .any(|w| {
                at += w.len() + 1;
                betting(w, text.get(at.min(text.len())..).unwrap_or(""), everywhere)
            })
    };
    let named_after = ctx
        .after
        .tokens
        .iter()
        .take(3)
        .take_while(|t| !t.punct)
        .any(|t| betting(&ctx.text()[t.span.start..t.span.end], "", false));
    if named_after {
        return true;
    }
    let Some(cue) = ctx.before.tokens.last().filter(|t| !t.punct) else {
        return false;
    };
    let paid = matches!(cue.text.as_str(), "paid" | "pays" | "pay" | "paying");
    if !(paid || cue.text == "at") {
        return false;
    }
    let doc = ctx.doc;
    // (A paragraph's words near the pair only: a page of one endless line is no paragraph.)
    let paragraph = doc
        .paragraphs
        .get(doc.paragraph_index(c.core.start))
        .map_or(ctx.sent, |p| p.span);
    let mut lo = paragraph.start.max(c.core.start.saturating_sub(1500));
    while !doc.body.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = paragraph.end.min(c.core.end + 1500).max(lo);
    while !doc.body.is_char_boundary(hi) {
        hi -= 1;
    }
    let paragraph = Span::new(lo, hi.max(lo));
    any_in(paragraph, paid) || any_in(ctx.sent, true)
}

/// The words after "tipped" name a side and "to": "Arsenal to beat Chelsea", "Real Madrid to
/// win" (a capitalised name of one to three words, then "to").
fn tipped_to(rest: &str) -> bool {
    let mut words = rest.split_whitespace();
    let mut names = 0;
    for w in words.by_ref() {
        if w.starts_with(char::is_uppercase) && names < 3 {
            names += 1;
            continue;
        }
        return names > 0 && w == "to";
    }
    false
}

/// Labels opening a box score's statistics line (`data/scores/stat_labels.txt`, lower case).
static STAT_LABELS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::extract::text::data_lines(include_str!("../../../data/scores/stat_labels.txt")).collect()
});

/// The pair at `core` stands on a box score's statistics line, one a stat label opens before a
/// colon or a dash: "Rushing: TF — Okafor-Liu 27-142, Rasmussen 9-31", "PASSING—Buffalo, Allen
/// 22-31".
fn stat_line(text: &str, core: Span) -> bool {
    let Some((line_start, _)) = crate::extract::text::line_within(text, core.start, core.end, 400)
    else {
        return false;
    };
    // (The label opens the line: only its first few bytes are read, whatever the line's length.)
    let mut head_end = core.start.min(line_start + 40);
    while !text.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let line = &text[line_start..head_end];
    let Some(cut) = line.find([':', '—', '–']) else {
        return false;
    };
    let label = line[..cut].trim();
    label.len() <= 32
        && !label.is_empty()
        && STAT_LABELS
            .iter()
            .any(|l| l.len() == label.len() && l.eq_ignore_ascii_case(label))
}

/// True when the words around a number pair say it is not a score.
fn ruled_out(ctx: &Ctx, c: &Candidate) -> bool {
    let (a, b) = (c.points[0], c.points[1]);
    if ctx.before.ending(Cat::NotBefore, 0).is_some()
        || ctx.after.starting(Cat::NotAfter, 0).is_some()
    {
        return true;
    }
    // A series tally: "a 2-0 lead in the five-match series", "leads the series 3-1". ("The
    // World Series" is a competition, "the series opener" a game.)
    let text = ctx.text();
    let series = |toks: &[super::lexicon::Token], i: usize| {
        let t = &toks[i];
        let game = toks.get(i + 1).is_some_and(|n| {
            matches!(
                n.text.as_str(),
                "opener" | "finale" | "game" | "decider" | "clincher" | "match" | "sweep"
            )
        });
        (t.text == "series" || t.text.ends_with("-series"))
            && !game
            && text[t.span.start..].starts_with(|c: char| c.is_lowercase())
    };
    let after = &ctx.after.tokens;
    let before = &ctx.before.tokens;
    let after_n = after.iter().take(5).take_while(|t| !t.punct).count();
    let before_n = before.iter().rev().take(3).take_while(|t| !t.punct).count();
    // A 7-2 home record, a record of 7-2 (but "a record 9-0 win" is a score).
    let result_after = |upto: usize| {
        ctx.after.hits.iter().any(|h| {
            h.start <= upto
                && matches!(
                    h.cat,
                    Cat::WinNoun | Cat::LossNoun | Cat::DrawNoun | Cat::NeutralNoun
                )
        })
    };
    // ("levelled the series with a 3-2 double-overtime win": the score of a game, a result noun
    // after it.)
    // (Nor "a 22-18 win and level the series": a game's result noun right after it.)
    // ("won Game 2 91-80 to level the series": what the game's score did to the series.)
    let to_series = after.first().is_some_and(|t| t.text == "to")
        && after.get(1).is_some_and(|t| {
            matches!(
                t.text.as_str(),
                "level"
                    | "tie"
                    | "square"
                    | "take"
                    | "win"
                    | "clinch"
                    | "force"
                    | "extend"
                    | "even"
                    | "cut"
                    | "keep"
                    | "stay"
                    | "avoid"
            )
        });
    if ((0..after_n).any(|i| series(after, i)) && !result_after(0) && !to_series)
        || ((before.len() - before_n..before.len()).any(|i| series(before, i)) && !result_after(1))
    {
        return true;
    }
    if let Some(h) = ctx.after.near(Cat::RecordNear, 2) {
        if !result_after(h.start) {
            return true;
        }
    }
    if ctx.before.near(Cat::RecordNear, 2).is_some() && !result_after(1) {
        return true;
    }
    // "to take a 2-1 lead in their WNBA semifinal series", "take 2-1 lead in WNBA semifinals":
    // a lead in a round of a best-of series counts games (sports that play series only; "a
    // 2-1 lead in the final" is a football score).
    let series_sport = matches!(
        ctx.sport,
        Some(Sport::Basketball | Sport::IceHockey | Sport::Baseball)
    );
    if series_sport && a.max(b) <= 4 && ctx.after.first_word() == Some("lead") {
        let round = after
            .iter()
            .skip(1)
            .take(7)
            .take_while(|t| !t.punct)
            .any(|t| {
                matches!(
                    t.text.as_str(),
                    "series"
                        | "semifinal"
                        | "semifinals"
                        | "semi-final"
                        | "semi-finals"
                        | "final"
                        | "finals"
                        | "quarterfinal"
                        | "quarterfinals"
                        | "playoff"
                        | "playoffs"
                )
            });
        if round && after.get(1).is_some_and(|t| t.text == "in") {
            return true;
        }
    }
    // A box score's label: "Assists: 19-14. Turnovers: 11-16."
    if ctx.before.hits.iter().any(|h| {
        h.cat == Cat::ListBefore
            && h.end < ctx.before.tokens.len()
            && ctx.before.tokens[h.end..].iter().all(|t| t.text == ":")
    }) {
        return true;
    }
    // A standings row: "1   Barça   11 9 1 1  49-20  28" (goals for and against between
    // counts of games and points).
    if table_cell(text, c.core)
        || line_score_total(text, c.core)
        || stat_line(text, c.core)
        || betting_price(ctx, c)
    {
        return true;
    }
    // "Kavanagh-Muir, now 21-1, had spent …": a record set off in commas after "now".
    let toks = &ctx.before.tokens;
    if toks.len() >= 2
        && toks[toks.len() - 1].text == "now"
        && toks[toks.len() - 2].text == ","
        && ctx.after.tokens.first().is_some_and(|t| t.text == ",")
    {
        return true;
    }
    // "outrebounded New York 41-30", "outshot the Jets 35-22": rebounds, shots, not points.
    if ctx.before.near(Cat::StatVerb, 4).is_some() {
        return true;
    }
    // "Shots finished 14-6 to Arsenal", "Corners were 7-2", "Shots 12-5 Detroit": a count the
    // clause opens on, with only a verb of tallies between (not a side named like one: "Aces
    // beat Liberty 88-84").
    if let Some(h) = ctx.before.near(Cat::StatSubject, 2) {
        let at = ctx.before.pos(h.start);
        let head = text[ctx.sent.start.min(at)..at]
            .trim_end_matches(|ch: char| ch.is_whitespace() || matches!(ch, '"' | '“' | '‘'));
        // (Each word between a verb of tallies: `tally_verb` in `data/scores/context.tsv`.)
        let tally_verb = (h.end..ctx.before.tokens.len()).all(|k| {
            ctx.before
                .hits
                .iter()
                .any(|v| v.cat == Cat::TallyVerb && v.start <= k && k < v.end)
        });
        let opens = head.is_empty()
            || head.ends_with([',', ';', ':', '.', '(', '-', '–', '—'])
            || [", and", ", but"].iter().any(|w| head.ends_with(w));
        if tally_verb && opens {
            return true;
        }
    }
    if hypothetical(ctx, &ctx.before) {
        return true;
    }
    // (A game of ten-pin bowling goes up to 300.)
    let cap = if ctx.sport == Some(Sport::Bowling) {
        300
    } else {
        200
    };
    if a.max(b) > cap {
        return true;
    }
    // "survives a 7-10 split": the pins a bowler's first ball left standing.
    ctx.sport == Some(Sport::Bowling)
        && ctx
            .after
            .tokens
            .first()
            .is_some_and(|t| matches!(t.text.as_str(), "split" | "splits" | "leave"))
}

/// A hypothetical ("should have won 2-1", "if they win 2-0") at most six tokens before the score
/// in its clause. A word inside a name is none: the "IF" of "Leksands IF", "Brynäs IF" (Nordic
/// clubs' "Idrottsförening") is not "if".
fn hypothetical(ctx: &Ctx, before: &Before) -> bool {
    before.hits.iter().any(|h| {
        h.cat == Cat::Hypothetical
            && before.tokens.len() - h.end <= 6
            && before.tokens[h.end..]
                .iter()
                .all(|t| !t.punct || t.text == ",")
            && ctx.sides.mention_at(before.pos(h.start)).is_none()
    })
}

fn tennis_kind(ctx: &Ctx, c: &Candidate) -> ScoreKind {
    let (a, b) = (c.points[0], c.points[1]);
    if ctx.before.near_marked(Cat::TiebreakBefore, 4).is_some() {
        return ScoreKind::Tiebreak;
    }
    let (hi, lo) = (a.max(b), a.min(b));
    // A match tiebreak played for a deciding set, in square brackets: "6-4, 3-6, [10-7]".
    let match_tiebreak = hi >= 10
        && hi - lo >= 2
        && ctx.text()[..c.core.start].ends_with('[')
        && ctx.text()[c.core.end..].starts_with(']');
    let complete = (hi == 6 && lo <= 4)
        || (hi == 7 && (lo == 5 || lo == 6))
        || (hi >= 8 && hi - lo == 2)
        || match_tiebreak;
    if complete {
        ScoreKind::Set
    } else {
        ScoreKind::Running
    }
}

/// A volleyball score by its points alone: a match won in sets ("3-1") is final, a finished set
/// ("25-21", "26-24", a fifth set "15-12") is a set; anything else says nothing by itself.
fn volleyball_kind(c: &Candidate, beach: bool) -> Option<ScoreKind> {
    let (a, b) = (c.points[0], c.points[1]);
    let (hi, lo) = (a.max(b), a.min(b));
    // (Beach matches are best of three sets: "2-1", "2-0".)
    if (hi == 3 && lo <= 2) || (beach && hi == 2 && lo <= 1) {
        return Some(ScoreKind::Final);
    }
    let finished = |to: i32| hi >= to && hi - lo >= 2 && (hi == to || hi - lo == 2);
    let set_to = if beach { 21 } else { 25 };
    (finished(set_to) || finished(15)).then_some(ScoreKind::Set)
}

/// The kind the words right around a score name, if any.
fn cue_kind(ctx: &Ctx) -> Option<ScoreKind> {
    // (Not past a result verb: "came from 16-10 down at half-time to win 27-22" names the
    // half-time score before the final one.)
    let half_before = ctx.before.near_marked(Cat::HalfBefore, 3).filter(|h| {
        !ctx.before.hits.iter().any(|v| {
            v.start >= h.end
                && matches!(
                    v.cat,
                    Cat::WinVerb
                        | Cat::LossVerb
                        | Cat::DrawVerb
                        | Cat::WinIntrans
                        | Cat::LossIntrans
                        | Cat::DrawIntrans
                )
        })
    });
    if ctx.after.near(Cat::HalfAfter, 2).is_some() || half_before.is_some() {
        return Some(ScoreKind::HalfTime);
    }
    // ("3-3 on aggregate"; a results line's "(agg 3-3; …)".)
    if ctx.after.near(Cat::AggAfter, 2).is_some() || ctx.before.ending(Cat::AggBefore, 0).is_some()
    {
        return Some(ScoreKind::Aggregate);
    }
    if ctx.after.near(Cat::RunningAfter, 2).is_some() {
        // "2-2 after regulation", "level at 1-1 after 90 minutes": the score before extra time
        // or a shootout decided the game.
        return Some(ScoreKind::Running);
    }
    if ctx.after.near(Cat::PensAfter, 3).is_some() {
        // An ice hockey shootout (penalty shots, "on penalties") decides the game and adds its
        // goal to the score: the score is the final one ("beat Ilves 3-2 on penalties").
        if ctx.sport != Some(Sport::IceHockey) {
            return Some(ScoreKind::Penalties);
        }
        return Some(ScoreKind::Final);
    }
    if ctx.after.near(Cat::PeriodAfter, 2).is_some() {
        return Some(ScoreKind::Quarter);
    }
    // "whitewashed Brouwer 3-0 in the sixth": an ordinal alone after a score a result verb
    // names, in a sport played in sets, names the set ("at 19-20 in the third" is a state of
    // it, "in the third round" the tournament's, "77-61 in the second" of basketball a
    // semi-final).
    if let [in_, the, ord, rest @ ..] = &ctx.after.tokens[..] {
        let alone = rest.first().is_none_or(|t| t.punct || t.text == "and");
        let sets = ctx.sport.and_then(Sport::ordinal_part) == Some(ScoreKind::Set);
        let state = ctx.before.tokens.last().is_some_and(|t| t.text == "at");
        let result = !state
            && (ctx.before.near(Cat::WinVerb, 3).is_some()
                || ctx.before.near(Cat::LossVerb, 3).is_some());
        if in_.text == "in"
            && the.text == "the"
            && PART_ORDINALS.contains(&ord.text.as_str())
            && alone
            && sets
            && result
        {
            return Some(ScoreKind::Set);
        }
    }
    None
}

fn read_pair(ctx: &Ctx, c: &Candidate, prev: Option<(&Candidate, &Reading)>) -> Option<Reading> {
    let (a, b) = (c.points[0], c.points[1]);
    if ctx.sport == Some(Sport::Cricket) {
        if a >= 20 && b <= 10 {
            // "287-4": runs and wickets.
            return read_innings(ctx, c);
        }
        if a <= 10 && b > 10 {
            return None; // bowling figures "4-33"
        }
        if a <= 10 && b <= 10 {
            // No cricket score is two small numbers: "1-0 up", "level at 1-1" count matches
            // won in a series.
            return None;
        }
    } else if a <= 10 && b > 10 && ctx.sport.is_none() && sentence_is_cricket(ctx) {
        return None;
    }
    if ruled_out(ctx, c) {
        return None;
    }
    // A list continues the score before it: "7-5, 4-6, 6-3", "31-24 after the first quarter and
    // 60-55 at halftime".
    if let Some((p, r)) = prev {
        if !r.single && (continues(ctx, p, c) || periods_after(ctx, p, r, c)) {
            let tagged_shoot_out = ctx.text()[..c.core.start]
                .trim_end()
                .rsplit(|ch: char| ch.is_whitespace() || ch == ',')
                .next()
                .is_some_and(|w| super::lexicon::SHOOT_OUT_TAGS.contains(&w));
            let kind = if tagged_shoot_out {
                ScoreKind::Penalties
            } else if ctx.sport == Some(Sport::Tennis) {
                tennis_kind(ctx, c)
            } else if let Some(s) = ctx.sport.filter(|s| s.plays_games()) {
                match s.game_kind(a, b) {
                    Some(ScoreKind::Set) => ScoreKind::Set,
                    _ => cue_kind(ctx).unwrap_or(ScoreKind::Running),
                }
            } else if ctx.sport == Some(Sport::Volleyball) {
                volleyball_kind(c, ctx.beach).unwrap_or(r.kind)
            } else if let Some(k) = cue_kind(ctx) {
                k
            } else if bracketed_after(ctx.text(), p, c) {
                // "85-79 (22-18, 20-21, …)": the quarters; "2-1 (1-0)": the half-time score.
                let open = ctx.text()[..c.core.start]
                    .rfind('(')
                    .unwrap_or(c.core.start);
                let periods = super::candidates::period_list(ctx.text(), open + 1);
                // ("Germany 2-1 Spain (22-18, 16-20, …)": a match won in sets.)
                let set_count = p.points.iter().all(|&x| x <= 3) && a.max(b) > 5;
                if periods && set_count {
                    ScoreKind::Set
                } else if periods {
                    ScoreKind::Quarter
                } else if ctx.sport == Some(Sport::Speedway) {
                    // ("5-1 (11-13)": a heat, then the meeting's score after it.)
                    ScoreKind::Running
                } else {
                    ScoreKind::HalfTime
                }
            } else {
                r.kind
            };
            return Some(inherit(r, p, kind));
        }
    }
    // A score in the tagged bracket after a result is the same game's, of the kind its tag
    // says ("agg 2-3", "3-4 pens", "HT 6-12"; a bare one runs).
    if let Some((p, r)) = prev {
        if !r.single && in_tagged_bracket(ctx.text(), p, c) {
            let kind = read_result(ctx, c, prev).map_or(ScoreKind::Running, |x| x.kind);
            return Some(inherit(r, p, kind));
        }
    }
    let mut reading = read_result(ctx, c, prev)?;
    // In a race, a number pair is a result only where the clause says who beat whom ("a 1-2
    // finish", "stages 3-5", "a 10-12 per cent ramp" are not scores).
    if matches!(ctx.sport, Some(Sport::Cycling | Sport::Motorsport))
        && !(matches!(reading.rel, Rel::Won | Rel::Lost | Rel::Drew | Rel::Ordered)
            && reading.subject.is_some()
            && reading.opponent.is_some())
    {
        return None;
    }
    let volleyball_set = ctx.sport == Some(Sport::Volleyball)
        && volleyball_kind(c, ctx.beach) == Some(ScoreKind::Set)
        && !matches!(reading.rel, Rel::Leads | Rel::Trails | Rel::Level);
    if volleyball_set {
        reading.kind = ScoreKind::Set;
    }
    // A game of squash, table tennis or badminton is written and read like a tennis set.
    let game = ctx
        .sport
        .filter(|s| s.plays_games())
        .and_then(|s| s.game_kind(a, b));
    let game_set = game == Some(ScoreKind::Set)
        && !matches!(reading.rel, Rel::Leads | Rel::Trails | Rel::Level);
    if game_set {
        reading.kind = ScoreKind::Set;
    }
    // "cleared to win it 62-58": in snooker or pool no match runs to 19 frames a side, so a
    // larger number is a frame's points, a part of the match like a set.
    if ctx.sport == Some(Sport::CueSports) && a.max(b) > 18 && reading.kind == ScoreKind::Final {
        reading.kind = ScoreKind::Set;
    }
    if ctx.sport == Some(Sport::Tennis) || volleyball_set || game_set {
        if ctx.sport == Some(Sport::Tennis) {
            reading.kind = tennis_kind(ctx, c);
        }
        // Set scores are written from the match winner's side, whoever won the set: "defeat
        // Muchova 1-6, 6-4, 6-2".
        match reading.rel {
            Rel::Won => reading.rel = Rel::Ordered,
            // "lost to Benali 6-7 (3/7) 1-4", "retired trailing 4-6 1-4": a run of sets the first
            // side did not win most of is written from the loser's side.
            Rel::Lost if !first_side_wins_run(ctx.text(), c.core.start, ctx.sent.end) => {
                reading.rel = Rel::Ordered;
            }
            Rel::Lost => {
                reading = Reading {
                    rel: Rel::Ordered,
                    subject: reading.opponent,
                    opponent: reading.subject,
                    ..reading
                }
            }
            _ => {}
        }
    }
    Some(reading)
}

/// True when, in the run of set scores starting at `start` ("6-7 (3/7) 1-4", "4-6, 6-3, 6-2"),
/// the side of the first numbers wins more sets than the other (ties go to the first side: the
/// run is then read from the winner's side, as most reports write it).
fn first_side_wins_run(text: &str, start: usize, end: usize) -> bool {
    let mut balance = 0i32;
    let rest = &text[start..end.max(start)];
    for word in rest.split([' ', ',']).filter(|w| !w.is_empty()) {
        let word = word.trim_end_matches(['.', ';']);
        if word.starts_with('(') {
            continue; // a tiebreak
        }
        let pair = word.split_once(['-', '–', '/']).and_then(|(a, b)| {
            let b = b.split('(').next().unwrap_or(b);
            Some((a.parse::<i32>().ok()?, b.parse::<i32>().ok()?))
        });
        match pair {
            Some((a, b)) => balance += (a - b).signum(),
            None => break,
        }
    }
    balance >= 0
}

/// A score listed after another takes its sides in the same order: "beating Ødestad 7-5, 4-6"
/// names Ødestad second in both sets, whoever won the set.
fn inherit(r: &Reading, p: &Candidate, kind: ScoreKind) -> Reading {
    match r.rel {
        Rel::Won | Rel::Lost | Rel::Drew | Rel::Ordered => {
            let o = order(r, &p.points);
            Reading {
                kind,
                rel: Rel::Ordered,
                subject: o[0],
                opponent: o[1],
                ..r.clone()
            }
        }
        _ => Reading { kind, ..r.clone() },
    }
}

/// True when a few words ending in "and" or "," lie between the previous score and this one, in
/// the same sentence.
fn follows(ctx: &Ctx, p: &Candidate, c: &Candidate) -> bool {
    if p.span.end > c.core.start || p.span.end < ctx.sent.start {
        return false;
    }
    let between = &ctx.text()[p.span.end..c.core.start];
    let words = between.split_whitespace().count();
    let end = between.trim_end();
    // (A full stop within the sentence closes an abbreviation: "in St. Paul on Dec. 6 and".)
    let abbreviations_only = between.split_whitespace().all(|w| {
        !w.contains('.')
            || (w.ends_with('.')
                && w.len() <= 5
                && w.starts_with(char::is_uppercase)
                && w[..w.len() - 1].chars().all(char::is_alphabetic))
    });
    words <= 8
        && abbreviations_only
        && !between.contains([';', ':', '(', '—'])
        && (end.ends_with(" and")
            || end.ends_with(',')
            || end.ends_with(" and later")
            || end.ends_with(" and then"))
}

/// True when the sentence's own cue words are cricket's (an article whose sport is unclear).
fn sentence_is_cricket(ctx: &Ctx) -> bool {
    let mut votes = [0usize; super::sport::SPORTS];
    super::sport::count(ctx.doc.text(ctx.sent), &mut votes);
    let cricket = votes[Sport::Cricket.index()];
    cricket > 0 && votes.iter().all(|&v| v <= cricket)
}

/// True when a bracket opens between the previous score and this one.
fn bracketed_after(text: &str, p: &Candidate, c: &Candidate) -> bool {
    p.span.end <= c.core.start && text[p.span.end..c.core.start].contains('(')
}

/// True when `c` opens a bracketed list of periods, quarters or sets placed at the end of the
/// clause of the final score `p` before it: "beat Frölunda 3-2 after a shootout at Löfbergs Arena
/// on Saturday night (1-0, 0-2, 1-0, 0-0, 1-0)".
fn periods_after(ctx: &Ctx, p: &Candidate, r: &Reading, c: &Candidate) -> bool {
    let text = ctx.text();
    if r.kind != ScoreKind::Final || p.span.end > c.core.start || p.span.start < ctx.sent.start {
        return false;
    }
    let Some(head) = text[..c.core.start].trim_end().strip_suffix('(') else {
        return false;
    };
    let between = &text[p.span.end..head.len()];
    between.split_whitespace().count() <= 12
        && !between.contains([';', ':', '(', ')', '—', '"', '“', '”'])
        && !between.contains(". ")
        && super::candidates::period_list(text, head.len() + 1)
}

/// True when only "," / "and" / "then" lie between the previous candidate and this one.
fn continues(ctx: &Ctx, p: &Candidate, c: &Candidate) -> bool {
    if p.span.end > c.core.start || p.span.end < ctx.sent.start {
        return false;
    }
    // A bracket may hold the aggregate or shoot-out score of the same tie: "1-0 (3-2 on aggregate)".
    let between = &ctx.text()[p.span.end..c.core.start];
    let words: Vec<&str> = between
        .split(|ch: char| ch.is_whitespace() || ch == ',' || ch == '(')
        .filter(|w| !w.is_empty())
        .collect();
    if words.iter().all(|w| matches!(*w, "and" | "then" | "&")) {
        return true;
    }
    // "(22-18, 16-20, SO 7-6)", "(…, 0-0; shootout 2-1)": a list's last item tagged as the
    // shoot-out deciding it.
    let tag = match words[..] {
        [";", tag] => Some(tag),
        [tag] if between.contains(',') => Some(tag),
        _ => None,
    };
    if tag.is_some_and(|t| super::lexicon::SHOOT_OUT_TAGS.contains(&t)) {
        return true;
    }
    // "Sale Sharks 24-18 Leicester Tigers (HT 10-13)", "2-1 (HT: 1-0)": a bracket right after
    // the result (and the name after it) naming its score the half-time one.
    if let Some(open) = between.rfind('(') {
        let (head, label) = (&between[..open], between[open + 1..].trim());
        if bracket_right_after(head)
            && super::lexicon::is_word_of(
                super::lexicon::Cat::HalfBefore,
                &super::lexicon::fold(label.trim_end_matches(':')),
            )
        {
            return true;
        }
    }
    // "took the second set 25:21 and the third 25:19", "won the first quarter 28-20 and the
    // second 30-22": the next part of the same game, named by its ordinal.
    let ordinal = |w: &str| {
        matches!(
            w,
            "first" | "second" | "third" | "fourth" | "fifth" | "last" | "final" | "deciding"
        )
    };
    matches!(words.first(), Some(&"and") | Some(&"then"))
        && words.len() <= 4
        && words.iter().any(|w| ordinal(w))
        && words[1..].iter().all(|w| {
            ordinal(w) || matches!(*w, "the" | "set" | "quarter" | "period" | "half" | "game")
        })
}

/// `head`, the text between a result and the bracket after it, is at most the name after the
/// result ("2-1 (", "24-18 Leicester Tigers ("): five words, no sentence or bracket punctuation.
fn bracket_right_after(head: &str) -> bool {
    head.split_whitespace().count() <= 5 && !head.contains(['.', ';', ':', '(', ')'])
}

/// "Preußen Münster 2-2 Hoffenheim (aet, 3-4 pens)", "Ferencváros 0-3 Midtjylland (aet; agg
/// 2-3)", "(after golden point; 18-18 at 80 minutes; HT 6-12)": `c` stands in the bracket opened
/// right after the result `p` (or in the same bracket as `p`), whose items before it hold only
/// the words that tag a game's parts (`BRACKET_TAGS`), one at least, and scores: the same game.
fn in_tagged_bracket(text: &str, p: &Candidate, c: &Candidate) -> bool {
    let Some(open) = text[..c.core.start].rfind('(') else {
        return false;
    };
    if text[open..c.core.start].contains(')') {
        return false;
    }
    // (`p` stands before the bracket, with at most a name between, or in it.)
    if p.span.start < open && !bracket_right_after(&text[p.span.end.min(open)..open]) {
        return false;
    }
    let inner = &text[(open + 1).max(p.span.end).min(c.core.start)..c.core.start];
    let tag = |w: &str| {
        let w = w.replace('.', "").to_lowercase();
        w.is_empty()
            || w.bytes()
                .all(|b| b.is_ascii_digit() || b == b'-' || b == b':')
            || super::lexicon::BRACKET_TAGS.contains(&w.as_str())
    };
    // (A bracket of bare scores is a list of the game's periods, read as such elsewhere.)
    inner
        .split([';', ','])
        .all(|item| item.split_whitespace().all(tag))
        && inner.bytes().any(|b| b.is_ascii_alphabetic())
        && !super::candidates::period_list(text, open + 1)
}

/// True when a competition's mention covers `pos`.
/// "the first meeting with Minnesota", "the first leg against Bayern Munich": words naming a
/// game (one at least of `GameWords::named`), then a preposition and one side named to its end. Returns
/// the game's words and that side, the game's opponent.
fn game_then_opponent<'t>(
    sides: &Sides,
    between: &'t [super::lexicon::Token],
) -> Option<(&'t [super::lexicon::Token], usize)> {
    let k = between.iter().rposition(|t| {
        matches!(
            t.text.as_str(),
            "against" | "with" | "over" | "versus" | "vs" | "v"
        )
    })?;
    let (game, rest) = (&between[..k], &between[k + 1..]);
    if !game
        .iter()
        .any(|t| GAME_WORDS.named.contains(&t.text.as_str()))
    {
        return None;
    }
    let rest = match rest {
        [the, name @ ..] if the.text == "the" => name,
        name => name,
    };
    let first = sides.mention_at(rest.first()?.span.start)?;
    let whole = rest.iter().all(|t| {
        sides
            .mention_at(t.span.start)
            .is_some_and(|m| m.entity == first.entity)
    });
    (whole && sides.is_side(first, true) && first.kind != EntityType::Competition)
        .then_some((game, first.entity))
}

fn in_competition(sides: &Sides, pos: usize) -> bool {
    sides
        .mention_at(pos)
        .is_some_and(|m| m.kind == EntityType::Competition)
}

/// The words of `data/scores/game_words.tsv`, read once: those that may stand between a result
/// verb and its score when the game is the one reported ("won the first leg 2-0", "won last
/// season's meeting 81-66"), those naming a game or a part of one, and those naming a game by its
/// place among the sides' meetings ("the decider", "the nightcap").
struct GameWords {
    any: Vec<&'static str>,
    named: Vec<&'static str>,
    rematch: Vec<&'static str>,
}

static GAME_WORDS: LazyLock<GameWords> = LazyLock::new(|| {
    let mut words = GameWords {
        any: Vec::new(),
        named: Vec::new(),
        rematch: Vec::new(),
    };
    let lines =
        crate::extract::text::data_lines(include_str!("../../../data/scores/game_words.tsv"));
    for (word, class) in lines.filter_map(|line| line.split_once('\t')) {
        let (word, class) = (word.trim(), class.trim());
        words.any.push(word);
        if matches!(class, "game" | "rematch") {
            words.named.push(word);
        }
        if class == "rematch" {
            words.rematch.push(word);
        }
    }
    words
});

/// "won the regular-season meeting between these teams 15-13", "won the league meeting
/// 21-18": the words between a result verb and its score name a game by a noun of
/// `GameWords::named` after one to four words of any kind, with at most the sides or when after it
/// ("had won both previous meetings this season, 4-1 … and 2-1").
fn modified_game(between: &[super::lexicon::Token]) -> bool {
    const AFTER: [&str; 20] = [
        "between",
        "these",
        "those",
        "the",
        "two",
        "teams",
        "sides",
        "them",
        "nations",
        "clubs",
        "countries",
        "players",
        "rivals",
        "this",
        "last",
        "season",
        "year",
        "week",
        "weekend",
        "night",
    ];
    let Some(head) = between
        .iter()
        .rposition(|t| GAME_WORDS.named.contains(&t.text.as_str()))
    else {
        return false;
    };
    (1..=4).contains(&head)
        && between[head + 1..]
            .iter()
            .all(|t| AFTER.contains(&t.text.as_str()))
}

/// The words of a game's part: "took the first set 6-4" is a set, not the match.
/// (Plural for a list: "won the quarters 3-2, 2-4, 3-2 and 3-2".)
const PART_WORDS: [&str; 11] = [
    "set", "quarter", "half", "period", "frame", "round", "sets", "quarters", "halves", "periods",
    "frames",
];

/// The ordinals that name a part of a game alone: "edged the third 21-19".
const PART_ORDINALS: [&str; 7] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
];

/// Nouns of whole games an ordinal may count ("the first of the three meetings").
const COUNTED_GAMES: [&str; 14] = [
    "game", "games", "meeting", "meetings", "match", "matches", "leg", "legs", "tie", "ties",
    "fixture", "fixtures", "contest", "contests",
];

/// What an ordinal alone between a result verb and its score names ("the third").
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ordinal {
    /// A part of the game, as the kind of its score: "Guangdong edged the third 21-19".
    Part(ScoreKind),
    /// One of the games named before it: "… two of the three meetings so far. They won the
    /// first 3-2".
    Game,
}

/// What `between` a result verb and its score names when it is "the" and an ordinal: one of the
/// games named last before it, else, in a sport played in numbered parts, a part.
fn ordinal_named(ctx: &Ctx, between: &[super::lexicon::Token]) -> Option<Ordinal> {
    let [the, ord] = between else {
        return None;
    };
    if the.text != "the" || !PART_ORDINALS.contains(&ord.text.as_str()) {
        return None;
    }
    let counted = words_since_sentence_before(ctx, the.span.start)?
        .filter_map(|w| {
            if PART_WORDS.contains(&w) {
                Some(false)
            } else {
                COUNTED_GAMES.contains(&w).then_some(true)
            }
        })
        .last()
        .unwrap_or(false);
    if counted {
        return Some(Ordinal::Game);
    }
    ctx.sport.and_then(Sport::ordinal_part).map(Ordinal::Part)
}

/// The part of a game the sentence before `verb`'s names ("What a quarter from the hosts. The
/// Gamecocks won it 25-16"), as the kind of its score.
fn part_named_before(ctx: &Ctx, verb: usize) -> Option<ScoreKind> {
    let words = words_since_sentence_before(ctx, verb)?;
    words.fold(None, |kind, w| match w {
        "quarter" | "period" => Some(ScoreKind::Quarter),
        "half" => Some(ScoreKind::HalfTime),
        "set" => Some(ScoreKind::Set),
        _ => kind,
    })
}

/// The words from the start of the sentence before `ctx`'s (at most 120 bytes back) to `pos`.
fn words_since_sentence_before<'t>(
    ctx: &Ctx<'t, '_>,
    pos: usize,
) -> Option<impl Iterator<Item = &'t str>> {
    let text: &'t str = &ctx.doc.body;
    let prev = text[..ctx.sent.start]
        .trim_end()
        .trim_end_matches(['.', '!', '?']);
    let from = prev
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |p| p + 1)
        .max(prev.len().saturating_sub(120));
    let from = (from..=prev.len()).find(|&i| text.is_char_boundary(i))?;
    Some(
        text[from..pos]
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty()),
    )
}

/// The part of a game a relative clause opening at most four words before `verb` hangs on: "the
/// final quarter, which the Vixens won 17-12" → "quarter".
fn relative_part(text: &str, sent_start: usize, verb: usize) -> Option<&'static str> {
    let head = &text[sent_start..verb];
    let at = head.rfind(", which ").or_else(|| head.rfind(", that "))?;
    let clause = &head[at + 2..];
    if clause.split_whitespace().count() > 5 {
        return None;
    }
    let last = head[..at].rsplit(' ').next()?;
    PART_WORDS.iter().find(|w| **w == last).copied()
}

/// The words before a result verb at `verb` say it tells a meeting of the sides named around:
/// a relative clause on a fixture between the same two sides ("the corresponding fixture last
/// season, which the Blades won 2-0"). Not on a final or a game of any two sides ("the 2024
/// final in Oslo, which Norway won 2-0").
fn meeting_told(text: &str, sent_start: usize, verb: usize) -> bool {
    let head = &text[sent_start..verb];
    head.rfind(", which ")
        .filter(|&at| head[at + 2..].split_whitespace().count() <= 5)
        .is_some_and(|at| {
            head[..at].rsplit(' ').take(4).any(|w| {
                matches!(
                    w,
                    "fixture" | "meeting" | "meetings" | "derby" | "rematch" | "encounter"
                )
            })
        })
}

/// A win, loss or draw verb ending the words before the score, `gap` words before it, with the
/// relation it gives its subject.
fn result_verb_ending(ctx: &Ctx, gap: usize) -> Option<(super::lexicon::Hit, Rel)> {
    [
        (Cat::WinVerb, Rel::Won),
        (Cat::LossVerb, Rel::Lost),
        (Cat::DrawVerb, Rel::Drew),
    ]
    .iter()
    .find_map(|&(cat, rel)| Some((ctx.before.ending(cat, gap)?, rel)))
}

/// A "drew" whose score is not level ("held them 2-1") only orders the sides.
fn drawn_unless_level(rel: Rel, equal: bool) -> Rel {
    if rel == Rel::Drew && !equal {
        Rel::Ordered
    } else {
        rel
    }
}

/// ", whom they beat 4-1", ", whom Napoli beat 4-1": the object relative's antecedent, the
/// verb's subject and the result, when a result verb ends the words before the score.
fn whom_clause(ctx: &Ctx) -> Option<(usize, usize, Rel)> {
    let (h, rel) = result_verb_ending(ctx, 0)?;
    let at = ctx.before.pos(h.start);
    let text = ctx.text();
    let head = &text[ctx.sent.start..at];
    // (Or a noun for the side before the clause: "… host Warrington Rylands, a side they beat
    // 3-1 last season".)
    let whom = head.rfind(", ")?;
    let clause = &head[whom + 2..];
    let noun = [
        "a side ",
        "a team ",
        "a club ",
        "an opponent ",
        "the side ",
        "the team ",
    ]
    .iter()
    .find_map(|n| clause.strip_prefix(n))
    .map(|c| {
        ["that ", "whom "]
            .iter()
            .find_map(|w| c.strip_prefix(w))
            .unwrap_or(c)
    });
    let between = match noun {
        Some(c) => c,
        None => clause.strip_prefix("whom ")?,
    };
    if between.split_whitespace().count() > 3 {
        return None;
    }
    let sides = ctx.sides;
    // ("whom" hangs on the name right before it; the noun on the last side named before it:
    // "host Warrington Rylands on Saturday, a side they beat".)
    let object = match noun {
        None => sides.adjacent_mention_before(ctx.sent.start + whom)?.entity,
        Some(_) => {
            sides
                .mentions_in(ctx.sent.start, ctx.sent.start + whom)
                .iter()
                .rev()
                .find(|m| sides.is_side(m, false))?
                .entity
        }
    };
    let named = sides
        .mentions_in(ctx.sent.start + whom, at)
        .iter()
        .find(|m| sides.is_side(m, false))
        .map(|m| m.entity);
    let pronoun = matches!(
        between.split_whitespace().next(),
        Some("they" | "he" | "she")
    );
    let subject = named.or_else(|| {
        pronoun
            .then(|| {
                sides
                    .mentions_in(ctx.sent.start, ctx.sent.start + whom)
                    .iter()
                    .find(|m| m.entity != object && sides.is_side(m, false))
                    .map(|m| m.entity)
            })
            .flatten()
    })?;
    (subject != object).then_some((subject, object, rel))
}

const DETERMINERS: [&str; 9] = [
    "a", "an", "the", "their", "its", "his", "her", "this", "that",
];

/// The side named right before the side starting at `start`, joined to it by a dash or "v"
/// ("Tappara–Ilves", "HIFK - Lukko", "Leeds v Burnley", "Leeds vs. Burnley").
fn fixture_side_before(ctx: &Ctx, start: usize) -> Option<usize> {
    ctx.sides
        .fixture_partner_before(ctx.sent.start.min(start), start)
        .map(|m| m.entity)
}

/// "First set to Nowicki-Brandt, 7-6": a set's winner named after "set to", a comma, then the
/// set's score.
fn set_to(ctx: &Ctx, c: &Candidate) -> Option<usize> {
    let text = ctx.text();
    let lo = ctx.sent.start.min(c.core.start);
    let m = ctx
        .sides
        .mentions_in(lo, c.core.start)
        .last()
        .filter(|m| ctx.sides.is_side(m, true))?;
    if &text[m.span.end..c.core.start] != ", " {
        return None;
    }
    let head = text[lo..m.span.start].to_ascii_lowercase();
    let head = head.trim_end();
    (head.ends_with(" set to") && head.split_whitespace().count() <= 3).then_some(m.entity)
}

/// The relation, sides and kind of a score from its clause.
fn read_result(ctx: &Ctx, c: &Candidate, prev: Option<(&Candidate, &Reading)>) -> Option<Reading> {
    let sides = ctx.sides;
    let text = ctx.text();
    let mode = ctx.mode();
    let cue = cue_kind(ctx);
    let equal = c.points.len() == 2 && c.points[0] == c.points[1];
    let result = |rel: Rel, subject: Option<usize>, opponent: Option<usize>| {
        let kind = cue.unwrap_or(match rel {
            Rel::Won | Rel::Lost | Rel::Drew | Rel::Ordered => ScoreKind::Final,
            _ => ScoreKind::Running,
        });
        Some(Reading {
            kind,
            rel,
            subject,
            opponent,
            ..Reading::default()
        })
    };

    // "Fourth set to Ferraresi-Conti, 6-3", a live blog's heading: the set's winner, a comma,
    // its score.
    if let Some(winner) = set_to(ctx, c) {
        return Some(Reading {
            kind: ScoreKind::Set,
            rel: Rel::Won,
            subject: Some(winner),
            ..Reading::default()
        });
    }

    // "Ireland 27-20 France", "Dall'Acqua 6-4 Lindqvist", "Zhou Yuxuan (Chn) 10-7 Kieran
    // O'Dowd (NIr)".
    let left = sides.adjacent_mention_before(c.core.start).copied();
    let right = sides.adjacent_after(c.span.end).copied();
    let coded_left = || {
        sides
            .adjacent_mention_before_record(c.core.start)
            .filter(|m| {
                let between = &text[m.span.end..c.core.start];
                between
                    .trim()
                    .strip_prefix('(')
                    .and_then(|b| b.strip_suffix(')'))
                    .is_some_and(super::lexicon::country_code)
            })
            .copied()
    };
    if let (Some(l), Some(r)) = (left.or_else(coded_left), right) {
        if l.entity != r.entity {
            return result(Rel::Ordered, Some(l.entity), Some(r.entity));
        }
    }

    // "Tappara–Ilves 4–3", "HIFK - Lukko 1-5", "Leeds v Burnley 2-2": a results line naming
    // the fixture by its sides, home side first, the score after them.
    if let Some(l) = left {
        if let Some(first) = fixture_side_before(ctx, l.span.start) {
            if first != l.entity {
                return result(Rel::Ordered, Some(first), Some(l.entity));
            }
        }
    }

    // "Real Madrid v Napoli (agg 2-0), 20:00 GMT": a fixture's aggregate in brackets after it,
    // home side first.
    // (The aggregate word is the context data's, `agg_before`, opening the bracket.)
    let fixture_end = ctx.before.ending(Cat::AggBefore, 0).and_then(|h| {
        let head = text[ctx.sent.start.min(c.core.start)..ctx.before.pos(h.start)].trim_end();
        let fixture = head.strip_suffix('(')?.trim_end();
        Some(ctx.sent.start.min(c.core.start) + fixture.len())
    });
    if left.is_none() {
        if let Some(at) = fixture_end {
            if let Some(second) = sides.adjacent_mention_before(at).copied() {
                if let Some(first) = fixture_side_before(ctx, second.span.start) {
                    if first != second.entity {
                        return Some(Reading {
                            kind: ScoreKind::Aggregate,
                            rel: if equal { Rel::Level } else { Rel::Ordered },
                            subject: Some(first),
                            opponent: Some(second.entity),
                            ..Reading::default()
                        });
                    }
                }
            }
        }
    }

    // "Kings 90-88.", "END Q1: Kings 24-19.", "(ISU 18-15)": a line of a live report naming one
    // side and the score alone: that side's points first, the other side from the match around it.
    if let (Some(l), None) = (left, right) {
        let lead_in = text[ctx.sent.start.min(l.span.start)..l.span.start].trim();
        let labelled = lead_in.is_empty()
            || (lead_in.ends_with(':') && lead_in.split_whitespace().count() <= 4);
        let rest = text[c.span.end..ctx.sent.end.max(c.span.end)].trim();
        let bare = rest.chars().all(|ch| matches!(ch, '.' | '!'));
        // ("… dec. Drew Pettibone (OSU), 11-2 (ISU 18-15)": a dual's running tally in brackets
        // after a bout, the side ahead named first.)
        let bracketed = lead_in.ends_with('(') && rest.starts_with(')');
        if (labelled && bare) || bracketed {
            return Some(Reading {
                kind: cue.unwrap_or(ScoreKind::Running),
                rel: if equal { Rel::Level } else { Rel::Leads },
                subject: Some(l.entity),
                opponent: None,
                ..Reading::default()
            });
        }
    }

    // "It finished 2-2 between Leeds and Burnley", "a 1-1 draw between X and Y".
    if let Some((a, b)) = between_pair(ctx, c) {
        let rel = Rel::Ordered;
        let kind = cue.unwrap_or(ScoreKind::Final);
        return Some(Reading {
            kind,
            rel,
            subject: Some(a),
            opponent: Some(b),
            ..Reading::default()
        });
    }

    // "beat Newcastle United 2-1", "lost to the Suns 104-99", "held Redcliffe 2-2", "beat the
    // Warriors (10-11) 121-115", "led Barcelona 2-0".
    let object = left.or_else(|| sides.adjacent_mention_before_record(c.core.start).copied());
    // "She beat the second seed, Ana Lucía Betancourt-Roa, 4-6, 6-4, 7-6", "Leinster beat the
    // champions, Munster, 24-20": an object named after its description, set off by commas.
    let appositive = object
        .is_none()
        .then(|| appositive_object(ctx, c))
        .flatten();
    let object = object.or(appositive.map(|a| a.0));
    if let Some(object) = object {
        let verb = verb_before_object(ctx, appositive.map_or(object.span.start, |a| a.1));
        if let Some((hit, at)) = verb {
            let rel = match hit.cat {
                Cat::WinVerb if passive(&ctx.text()[..at]) => Rel::Lost,
                Cat::WinVerb => Rel::Won,
                Cat::LossVerb => Rel::Lost,
                Cat::DrawVerb => Rel::Drew,
                Cat::LeadBefore => Rel::Leads,
                Cat::TrailBefore => Rel::Trails,
                _ => Rel::Ordered,
            };
            if matches!(rel, Rel::Leads | Rel::Trails) {
                let subject = sides.subject(at, ctx.sent, &[object.entity], mode, false);
                return Some(Reading {
                    kind: cue.unwrap_or(ScoreKind::Running),
                    rel: if equal { Rel::Level } else { rel },
                    subject,
                    opponent: Some(object.entity),
                    ..Reading::default()
                });
            }
            let subject = if rel == Rel::Ordered {
                sides
                    .adjacent_before(at)
                    .or_else(|| sides.subject(at, ctx.sent, &[object.entity], mode, false))
            } else {
                sides.subject(at, ctx.sent, &[object.entity], mode, false)
            };
            return result(drawn_unless_level(rel, equal), subject, Some(object.entity));
        }
    }

    // "when Boston beat them 3-1": an object pronoun right before the score stands for the side
    // the sentence is about (`object_pronoun_side`), the verb's subject is the other.
    if c.form == Form::Pair
        && mode == Mode::Team
        && ctx.before.tokens.last().is_some_and(|t| t.text == "them")
    {
        if let Some((h, rel)) = result_verb_ending(ctx, 1) {
            let at = ctx.before.pos(h.start);
            if !passive(&text[..at]) {
                let subject = sides.subject(at, ctx.sent, &[], mode, false);
                let exclude: Vec<usize> = subject.into_iter().collect();
                let object = sides.object_pronoun_side(at, ctx.sent, &exclude);
                if subject.is_some() && object.is_some() {
                    return result(drawn_unless_level(rel, equal), subject, object);
                }
            }
        }
    }

    // "… face Benfica, whom they beat 4-1 in Lisbon": the side before "whom" is the verb's
    // object, "they" the sentence's first other side (or the side named after "whom").
    if c.form == Form::Pair && mode == Mode::Team {
        if let Some((subject, object, rel)) = whom_clause(ctx) {
            return result(drawn_unless_level(rel, equal), Some(subject), Some(object));
        }
    }

    // "he beat me 6-3, 6-4", "they beat us 25-23": a quote's first-person object is the
    // speaker's side (`quoted_pronoun_pair`).
    if c.form == Form::Pair
        && ctx
            .before
            .tokens
            .last()
            .is_some_and(|t| matches!(t.text.as_str(), "me" | "us"))
    {
        if let Some((h, rel)) = result_verb_ending(ctx, 1) {
            let at = ctx.before.pos(h.start);
            if !passive(&text[..at]) {
                if let Some((subject, object)) = sides.quoted_pronoun_pair(at, ctx.sent) {
                    return result(drawn_unless_level(rel, equal), Some(subject), Some(object));
                }
            }
        }
    }

    // "won 30-27 against the Bills", "lost 4-3 in a shootout to the Stars", "drew 1-1 with".
    if c.form == Form::Pair {
        let intrans = [
            (Cat::WinIntrans, Rel::Won),
            (Cat::LossIntrans, Rel::Lost),
            (Cat::DrawIntrans, Rel::Drew),
        ];
        // Between the verb and the score: an adverb ("won comfortably 3-0"), the game itself
        // ("won the previous meeting 118-112", "won the first leg 2-0") or the competition
        // ("won the Solheim Cup 14½-13½", "won the Champions League final 1-0").
        // ("won the first meeting with Minnesota 128-101": the game's words, then its opponent.)
        let mut named_opponent = None;
        let found = (0..=7).find_map(|gap| {
            intrans.iter().find_map(|&(cat, rel)| {
                let h = ctx.before.ending(cat, gap)?;
                let mut between = &ctx.before.tokens[h.end..];
                named_opponent = None;
                if let Some((game, o)) = game_then_opponent(sides, between) {
                    between = game;
                    named_opponent = Some(o);
                }
                // ("won a unanimous decision, 30-27, 30-27, 29-28": a comma may close the game's
                // words.)
                if gap >= 2 {
                    if let [rest @ .., last] = between {
                        if last.punct && last.text == "," {
                            between = rest;
                        }
                    }
                }
                // ("won the Jeddah derby 2-0": a place names the game.)
                let place = |t: &super::lexicon::Token| {
                    sides
                        .mention_at(t.span.start)
                        .is_some_and(|m| m.kind == EntityType::Place)
                };
                let clean = between.iter().all(|t| {
                    !t.punct
                        && (sides.mention_at(t.span.start).is_none()
                            || in_competition(sides, t.span.start)
                            || place(t))
                });
                // ("won Game 3 87-73": a game's number too.)
                let names_competition = between.iter().any(|t| in_competition(sides, t.span.start));
                // ("lost this Sunday 29:31", "won on Saturday 2-1": "this" or "on" before a day
                // tells when, not which game.)
                let day_next = |k: usize| {
                    between
                        .get(k + 1)
                        .is_some_and(|n| crate::clean::meta::is_weekday(&n.text))
                };
                let game = (gap <= 1
                    || between.iter().enumerate().all(|(k, t)| {
                        GAME_WORDS.any.contains(&t.text.as_str())
                            || t.text.bytes().all(|b| b.is_ascii_digit())
                            || in_competition(sides, t.span.start)
                            || place(t)
                            || (matches!(t.text.as_str(), "this" | "on") && day_next(k))
                    }))
                    // (Four words at most, a closing comma not counted.)
                    && (between.len() <= 4 || names_competition);
                let ordinal = ordinal_named(ctx, between).is_some();
                // ("looked beaten at 8-10 in the fifth", "won from 0-2 down": a score after "at"
                // or "from" is a moment of the game, not its result.)
                let moment = between
                    .last()
                    .is_some_and(|t| matches!(t.text.as_str(), "at" | "from"));
                (clean && !moment && (game || ordinal || modified_game(between)))
                    .then_some((h, rel))
            })
        });
        // ("Guangdong edged the third 21-19": a transitive result verb takes a part named by
        // its ordinal alone as its object; "edging the first quarter 15-13", or by its ordinal
        // and its noun.)
        let found = found.or_else(|| {
            if let Some(h) = ctx.before.ending(Cat::WinVerb, 2) {
                let named = ordinal_named(ctx, &ctx.before.tokens[h.end..]);
                if matches!(named, Some(Ordinal::Part(_))) {
                    return Some((h, Rel::Won));
                }
            }
            let h = ctx.before.ending(Cat::WinVerb, 3)?;
            match &ctx.before.tokens[h.end..] {
                [the, ord, part]
                    if the.text == "the"
                        && PART_ORDINALS.contains(&ord.text.as_str())
                        && PART_WORDS.contains(&part.text.as_str()) =>
                {
                    Some((h, Rel::Won))
                }
                _ => None,
            }
        });
        // "took"/"claimed"/"sealed" name a result only with the game or its part between
        // ("took the first set 6-4"), never before a lead ("took a 2-0 lead" is read below).
        let found = found.filter(|(h, _)| {
            let verb = ctx.before.tokens[h.start].text.as_str();
            let between = &ctx.before.tokens[h.end..];
            let loose = matches!(
                verb,
                "took"
                    | "takes"
                    | "taking"
                    | "taken"
                    | "claimed"
                    | "clinched"
                    | "sealed"
                    | "stole"
                    | "steals"
                    | "stealing"
            );
            // ("… meant a golden set, and the Polish side took it 15-12": "it", the game or part
            // the clause before named.)
            !loose
                || between
                    .iter()
                    .any(|t| GAME_WORDS.named.contains(&t.text.as_str()))
                || matches!(between, [t] if t.text == "it")
                || ordinal_named(ctx, between).is_some()
        });
        if let Some((h, rel)) = found {
            let at = ctx.before.pos(h.start);
            // "… in the final quarter, which the Vixens won 17-12": the part a relative clause
            // hangs on.
            let antecedent = relative_part(ctx.text(), ctx.sent.start, at);
            let ordinal = match ordinal_named(ctx, &ctx.before.tokens[h.end..]) {
                Some(Ordinal::Part(kind)) => Some(kind),
                _ => None,
            };
            let part = antecedent.is_some()
                || ordinal.is_some()
                || ctx.before.tokens[h.end..]
                    .iter()
                    .any(|t| PART_WORDS.contains(&t.text.as_str()));
            let opponent =
                named_opponent.or_else(|| sides.prep_opponent(ctx.run_end, ctx.sent.end, &[]));
            let exclude: Vec<usize> = opponent.into_iter().collect();
            let subject = sides.subject(at, ctx.sent, &exclude, mode, true);
            // ("The Twins, who … beat the Doosan Bears …, had won Game 3 6-2": a numbered game
            // is of the series the story is about, not against another side the sentence
            // names; the match's sides come below.)
            let numbered = ctx.before.tokens[h.end..]
                .windows(2)
                .any(|w| w[0].text == "game" && w[1].text.bytes().all(|b| b.is_ascii_digit()));
            // (Not a side the sentence goes on to name as the next opponent: "… to win 6-7, 7-6,
            // 6-4 and will play Cordero-Luz on Sunday".)
            let before_next = || {
                let from = ctx.run_end.min(ctx.sent.end);
                let cut = ctx.text()[from..ctx.sent.end]
                    .find(" will ")
                    .map_or(ctx.sent.end, |i| from + i);
                crate::doc::Span::new(ctx.sent.start, cut)
            };
            let opponent = opponent.or_else(|| {
                let s = subject.filter(|_| !numbered)?;
                sides
                    .ground_opponent(ctx.run_end, ctx.sent.end, s)
                    .or_else(|| sides.only_other_side(before_next(), &[s]))
            });
            let rel = if rel == Rel::Drew && !equal {
                Rel::Unknown
            } else {
                rel
            };
            let (subject, opponent) = pair_or(ctx, at, rel, subject, opponent);
            if part {
                // "won the first quarter 28-20": the subject's points first, a part of the game.
                let kind = cue.unwrap_or_else(|| {
                    let says = |w: &str| {
                        antecedent == Some(w)
                            || ctx.before.tokens[h.end..].iter().any(|t| t.text == w)
                    };
                    if says("half") {
                        ScoreKind::HalfTime
                    } else if says("quarter")
                        || says("period")
                        || says("quarters")
                        || says("periods")
                    {
                        ScoreKind::Quarter
                    } else if says("set") || says("sets") {
                        ScoreKind::Set
                    } else {
                        ordinal.unwrap_or(ScoreKind::Running)
                    }
                });
                return Some(Reading {
                    kind,
                    rel: if rel == Rel::Lost {
                        Rel::Trails
                    } else {
                        Rel::Leads
                    },
                    subject,
                    opponent,
                    // (The first part's points are the game's total too.)
                    own_part: !ctx.before.tokens[h.end..]
                        .iter()
                        .any(|t| matches!(t.text.as_str(), "first" | "opening")),
                    ..Reading::default()
                });
            }
            // "took the shootout 2-1": the shoot-out's own tally, whatever the sport.
            let shootout = ctx.before.tokens[h.end..]
                .iter()
                .any(|t| matches!(t.text.as_str(), "shootout" | "shoot-out"));
            if shootout && cue.is_none() {
                return with_same_match(
                    ctx,
                    result(rel, subject, opponent).map(|r| Reading {
                        kind: ScoreKind::Penalties,
                        ..r
                    }),
                );
            }
            // ("What a quarter from the hosts. The Gamecocks won it 25-16": "it", the game or
            // part named before, is of the match the story reports.)
            let it = matches!(&ctx.before.tokens[h.start + 1..], [t] if t.text == "it");
            // (The part "it" is, named in the sentence before: "What a quarter …".)
            let part_before = it.then(|| part_named_before(ctx, at)).flatten();
            // ("Täby had won the first two matches, 5–3 and 4–3", "won this fixture 4-0 last
            // season": a game named in words of its own is between the sides reported around.)
            let between = match &ctx.before.tokens[h.end..] {
                [rest @ .., last] if last.punct && last.text == "," => rest,
                all => all,
            };
            let own_words = (modified_game(between)
                && !between
                    .iter()
                    .all(|t| GAME_WORDS.any.contains(&t.text.as_str())))
                || (between.is_empty() && meeting_told(ctx.text(), ctx.sent.start, at));
            // ("Madrid won the decider 91-74": a game of the sides met before.)
            let rematch = between
                .iter()
                .any(|t| GAME_WORDS.rematch.contains(&t.text.as_str()));
            let own_words = own_words || rematch;
            return with_same_match(ctx, result(rel, subject, opponent)).map(|mut r| {
                r.same_match |= it && r.opponent.is_none();
                r.own_game = own_words && r.opponent.is_none();
                r.rematch = rematch && r.opponent.is_none();
                if let Some(kind) = part_before.filter(|_| cue.is_none()) {
                    r.kind = kind;
                    r.rel = if rel == Rel::Lost {
                        Rel::Trails
                    } else {
                        Rel::Leads
                    };
                }
                r
            });
        }
    }

    // "a 3-0 win over Liverpool", "a 3-0 defeat at Brentford", "dropped a 120-109 decision",
    // "a goalless draw", "a 12-0 run", "a 3-1 lead", "1-0 up", "a 31-18 third quarter".
    let noun_cats = [
        Cat::WinNoun,
        Cat::LossNoun,
        Cat::DrawNoun,
        Cat::NeutralNoun,
        Cat::RunAfter,
        Cat::LeadAfter,
        Cat::TrailAfter,
        Cat::PeriodAfter,
    ];
    let noun = if c.form == Form::Goalless {
        Some((
            Hit {
                cat: Cat::DrawNoun,
                start: 0,
                end: 0,
            },
            c.span.end,
        ))
    } else {
        (0..=1).find_map(|at| {
            if ctx.after.tokens[..at.min(ctx.after.tokens.len())]
                .iter()
                .any(|t| t.punct)
            {
                return None;
            }
            noun_cats.iter().find_map(|&cat| {
                let h = ctx.after.starting(cat, at)?;
                // ("down 80-77 in front of 20,000 people", "ahead of the derby": a preposition
                // of place or time, no lead.)
                if cat == Cat::LeadAfter
                    && ctx.after.tokens.get(h.end).is_some_and(|t| t.text == "of")
                {
                    return None;
                }
                // "after the first quarter" says when, not whose quarter it was.
                if cat == Cat::PeriodAfter
                    && matches!(ctx.after.tokens[h.start].text.as_str(), "after" | "through")
                {
                    return None;
                }
                // The head of a compound is its last noun: "the 38-12 preliminary final
                // demolition of X" is a win, "final" only its modifier.
                let h = [Cat::WinNoun, Cat::LossNoun, Cat::DrawNoun]
                    .iter()
                    .filter(|_| matches!(cat, Cat::NeutralNoun | Cat::PeriodAfter))
                    .find_map(|&c| ctx.after.starting(c, h.end))
                    .unwrap_or(h);
                Some((h, ctx.after.tokens[h.end - 1].span.end))
            })
        })
    };
    // The noun phrase starts at its determiner: "a ferocious 27-20 win" (not the determiner of a
    // side's name right before the score: "to put the Raiders 16-14 in front").
    let np_start = {
        let toks = &ctx.before.tokens;
        let n = toks.len();
        let det = |i: usize| !toks[i].punct && DETERMINERS.contains(&toks[i].text.as_str());
        if n >= 1 && det(n - 1) {
            toks[n - 1].span.start
        } else if n >= 2
            && det(n - 2)
            && !toks[n - 1].punct
            && sides.adjacent_before(c.core.start).is_none()
        {
            toks[n - 2].span.start
        } else {
            c.core.start
        }
    };
    if let Some((h, noun_end)) = noun {
        let np_before = Before::new(text, ctx.sent.start.min(np_start), np_start, 6);
        let lead_rel = match h.cat {
            Cat::RunAfter | Cat::LeadAfter | Cat::PeriodAfter => Some(Rel::Leads),
            Cat::TrailAfter => Some(Rel::Trails),
            _ => None,
        };
        if let Some(rel) = lead_rel {
            let rel = if equal { Rel::Level } else { rel };
            let subject = sides
                .adjacent_before(np_start)
                .or_else(|| sides.subject(np_start, ctx.sent, &[], mode, true));
            let kind = match h.cat {
                Cat::RunAfter => Some(ScoreKind::Running),
                _ => cue,
            };
            // "1-0 up against West Indies", "a 2-0 lead over Milan": the other side after it.
            let opponent = subject.and_then(|s| {
                sides
                    .prep_opponent(noun_end, ctx.sent.end, &[s])
                    .filter(|&o| o != s)
            });
            return Some(Reading {
                kind: kind.unwrap_or(ScoreKind::Running),
                rel,
                subject,
                opponent,
                ..Reading::default()
            });
        }
        let mut rel = match h.cat {
            Cat::WinNoun => Rel::Won,
            Cat::LossNoun => Rel::Lost,
            Cat::DrawNoun => Rel::Drew,
            _ => {
                if np_before.near(Cat::LossMark, 2).is_some() {
                    Rel::Lost
                } else if np_before.near(Cat::WinIntrans, 2).is_some() {
                    Rel::Won
                } else {
                    Rel::Unknown
                }
            }
        };
        // "inflicted a 3-0 defeat on them": the subject won.
        if matches!(rel, Rel::Lost | Rel::Won) && np_before.near(Cat::Inflict, 2).is_some() {
            rel = Rel::Won;
        } else if rel == Rel::Won && np_before.near(Cat::LossMark, 2).is_some() {
            // "suffered a … win" does not happen; "fell to a 2-1 win for X" names X as winner.
            rel = Rel::Lost;
        }
        if rel == Rel::Drew && !equal {
            rel = Rel::Unknown;
        }
        // "Atalanta's 3-0 defeat of Liverpool": the defeat the subject inflicted.
        let text_after = text[noun_end..].trim_start();
        if rel == Rel::Lost && (text_after.starts_with("of ") || text_after.starts_with("of\u{a0}"))
        {
            rel = Rel::Won;
        }
        let opponent = sides.prep_opponent(noun_end, ctx.sent.end, &[]);
        // "a 7-3 decision over O'Keefe": a result over the side after it is the subject's win.
        if rel == Rel::Unknown && opponent.is_some() && text_after.starts_with("over ") {
            rel = Rel::Won;
        }
        let exclude: Vec<usize> = opponent.into_iter().collect();
        // "level with Real Madrid after their 4-0 win": "their" is the side named just before,
        // not the clause's subject.
        let possessive = text[np_start..c.core.start]
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "their" | "its" | "Their" | "Its"));
        // "The Red Raiders sent OSU into the elimination bracket with a 2-1 win": a result
        // "with" which a clause ends is its subject's, the side opening the clause, not the
        // object nearer it.
        let with_result = text[ctx.sent.start..np_start].trim_end().ends_with(" with");
        let clause_opener = || {
            let from = super::link::clause_start(text, ctx.sent.start, np_start);
            sides
                .mentions_in(from, np_start)
                .first()
                .filter(|m| {
                    sides.is_side(m, false)
                        && text[from..m.span.start].split_whitespace().count() <= 1
                })
                .map(|m| m.entity)
                .filter(|s| Some(*s) != opponent)
        };
        let subject = sides
            .adjacent_before(np_start)
            .or_else(|| sides.owner_before(np_start))
            .or_else(|| {
                possessive
                    .then(|| sides.side_shortly_before(np_start, 2))
                    .flatten()
            })
            .filter(|s| Some(*s) != opponent)
            .or_else(|| with_result.then(clause_opener).flatten())
            .or_else(|| sides.subject(np_start, ctx.sent, &exclude, mode, true));
        let opponent = opponent
            .or_else(|| subject.and_then(|s| sides.ground_opponent(noun_end, ctx.sent.end, s)))
            .or_else(|| subject.and_then(|s| sides.only_other_side(ctx.sent, &[s])))
            .or_else(|| subject.and_then(|s| sides.previous_result_object(ctx.sent, s)));
        let (subject, opponent) = pair_or(ctx, np_start, rel, subject, opponent);
        // "the 2-1 scoreline", "a 120-109 decision": a result, whoever won it.
        let mut reading = result(rel, subject, opponent);
        if let Some(r) = reading.as_mut() {
            if h.cat == Cat::NeutralNoun && cue.is_none() {
                r.kind = ScoreKind::Final;
            }
        }
        return with_same_match(ctx, reading);
    }

    // "led 61-55", "put Kansas City up 27-20", "within 98-94", "tied it 2-2".
    let running = [
        (Cat::LevelBefore, Rel::Level),
        (Cat::TrailBefore, Rel::Trails),
        (Cat::LeadBefore, Rel::Leads),
    ];
    let found = (0..=2)
        .find_map(|gap| {
            running.iter().find_map(|&(cat, rel)| {
                let h = ctx.before.ending(cat, gap)?;
                let clean = ctx.before.tokens[h.end..].iter().all(|t| !t.punct);
                clean.then_some((h, rel))
            })
        })
        .or_else(|| serving_for(ctx).map(|h| (h, Rel::Leads)));
    if let Some((h, rel)) = found {
        let at = ctx.before.pos(h.start);
        let rel = match rel {
            Rel::Level if !equal => Rel::Unknown,
            Rel::Leads if equal => Rel::Level,
            r => r,
        };
        // ("… when Kessler retired, with Echeverri leading 6-3": the side right before the
        // verb leads, whoever the clause began with; "retired from his match against Benali
        // trailing 6-7 1-4": a side played against is the opponent, the clause's subject trails.)
        let adjacent = sides.adjacent_mention_before(at).copied();
        let against = adjacent.filter(|m| super::link::opponent_named(text, m.span.start));
        let exclude: Vec<usize> = against.iter().map(|m| m.entity).collect();
        // "whose header made it 2-1 to Columbus": the side after "to" leads.
        let leader = (rel == Rel::Leads
            && c.points.len() == 2
            && c.points[0] > c.points[1]
            && ctx.after.first_word() == Some("to"))
        .then(|| {
            let at = ctx.after.tokens[0].span.end;
            let gap = text[at..].len() - text[at..].trim_start().len();
            sides.side_starting_at(at + gap).map(|m| m.entity)
        })
        .flatten()
        // ("made it 27-24 Cincinnati", "to make it 4-3 Nittany Lions": the side right after.)
        .or_else(|| {
            (rel == Rel::Leads && c.points.len() == 2 && c.points[0] > c.points[1])
                .then(|| sides.adjacent_after(c.span.end).map(|m| m.entity))
                .flatten()
        });
        // ("Down 36-30 in the second overtime …, Nebraska got both": a phrase opening its
        // sentence belongs to the subject after its comma.)
        let fronted = text[ctx.sent.start..at].trim().is_empty();
        let subject = leader
            .or_else(|| adjacent.filter(|_| against.is_none()).map(|m| m.entity))
            .or_else(|| sides.subject(at, ctx.sent, &exclude, mode, fronted));
        return Some(Reading {
            kind: cue.unwrap_or(ScoreKind::Running),
            rel,
            subject,
            opponent: against.map(|m| m.entity).filter(|&o| Some(o) != subject),
            ..Reading::default()
        });
    }
    // "Boston led by 12 at halftime, 60-48", "trailed by 10 entering the fourth, 80-70": a lead
    // named earlier in the clause, the score set off after it.
    if let Some(r) = distant_lead(ctx, c, cue, equal) {
        return Some(r);
    }

    // "beat Pegula in the final, 7-5, 7-5", "beat the Lakers by 15 points, 120-105": a result
    // verb with its object earlier in the clause.
    if let Some(r) = distant_object(ctx, c, cue, equal) {
        return Some(r);
    }

    // "scored the fight 116-112 for Usyk", "it finished 2-1 for Villa", "had it 96-94 the other
    // way for Anand", a judge's "96-94 to Farouk-Reilly": the side named after "for" (or a
    // card's "to") has the larger points.
    let words = ctx.after.first_texts(4);
    let credit = match words[..] {
        ["for", ..] => Some(0),
        ["in", "favour" | "favor", "of", ..] => Some(2),
        ["the", "other", "way", "for"] => Some(3),
        ["to", ..] if judges_card(ctx.doc, sentence_of(ctx.doc, c.core.start)) => Some(0),
        _ => None,
    };
    if let Some(last) = credit {
        let at = ctx.after.tokens[last].span.end;
        let next = &text[at..];
        let gap = next.len() - next.trim_start().len();
        if let Some(m) = sides.side_starting_at(at + gap).copied().or_else(|| {
            sides
                .mention_at(at + gap)
                .filter(|m| m.span.start == at + gap && m.kind == crate::doc::EntityType::Person)
                .copied()
        }) {
            let rel = if equal { Rel::Unknown } else { Rel::Won };
            // (A judge's card is of the fight the sentence names, else of the story's.)
            if judges_card(ctx.doc, sentence_of(ctx.doc, c.core.start)) {
                let opponent = sides.joined_opponent(ctx.sent, m.entity);
                let mut r = result(rel, Some(m.entity), opponent)?;
                r.same_match = opponent.is_none();
                return Some(r);
            }
            // ("After the first third it was 2:1 for Tatran": a score credited with no word
            // of an end is a lead during the game, of the story's match; "it finished 2-1 for
            // Villa" a result.)
            let kind = cue.unwrap_or_else(|| unsided_kind(ctx, c));
            if kind != ScoreKind::Final && !equal {
                return Some(Reading {
                    kind,
                    rel: Rel::Leads,
                    subject: Some(m.entity),
                    ..Reading::default()
                });
            }
            return result(rel, Some(m.entity), None);
        }
    }

    // "had won three in a row, most recently 4-3 in a shootout against the Kraken": a result
    // verb earlier in the sentence, the score set off after it with its opponent.
    if let Some(r) = elliptical_result(ctx, c, cue, equal) {
        return Some(r);
    }

    // "Denver led 31-24 after the first quarter and 60-55 at halftime": a score that follows
    // another in the same sentence, with no verb of its own, shares its sides.
    if let Some((p, r)) = prev {
        if !r.single && follows(ctx, p, c) {
            return Some(inherit(r, p, cue.unwrap_or(r.kind)));
        }
    }

    // Nothing in the clause ties the score to a side.
    let kind = cue.unwrap_or_else(|| unsided_kind(ctx, c));
    // "It's 12-11 to the Archers", "the final score was 3-1 to Leeds": an uneven score credited
    // "to" a side without a verb is that side's, the larger points its own; a final one is of
    // the story's match ("Last season's meeting ended 20-17 to the Hawkeyes").
    if c.points.len() == 2 && !equal && ctx.after.first_word() == Some("to") {
        let at = ctx.after.tokens[0].span.end;
        let gap = text[at..].len() - text[at..].trim_start_matches(' ').len();
        // ("… and it's 6-5 to him": in a story of players, the player its sentence, or the one
        // before, is about.)
        let pronoun = mode == Mode::Individual
            && ctx
                .after
                .tokens
                .get(1)
                .is_some_and(|t| matches!(t.text.as_str(), "him" | "her"));
        let credited = if pronoun {
            sides.subject(c.core.start, ctx.sent, &[], mode, false)
        } else {
            (gap == 1)
                .then(|| sides.side_starting_at(at + gap))
                .flatten()
                .map(|m| m.entity)
        };
        if let Some(side) = credited {
            return Some(Reading {
                kind,
                rel: if kind == ScoreKind::Final {
                    Rel::Won
                } else {
                    Rel::Leads
                },
                subject: Some(side),
                opponent: None,
                same_match: kind == ScoreKind::Final,
                ..Reading::default()
            });
        }
    }
    // "saved a match ball at 9-10 in the fifth", "was broken at 4-5", "to lose a match from
    // 9-10": in a story of players, a moment of the game after "at"/"from" is told from its
    // clause's subject, whose points come first (the opponent comes from the contest).
    if mode == Mode::Individual && kind == ScoreKind::Running {
        let moment = ctx
            .before
            .tokens
            .last()
            .is_some_and(|t| matches!(t.text.as_str(), "at" | "from"));
        if moment {
            let at = ctx.before.tokens[ctx.before.tokens.len() - 1].span.start;
            if let Some(s) = sides.subject(at, ctx.sent, &[], mode, false) {
                return Some(Reading {
                    kind,
                    rel: if equal { Rel::Level } else { Rel::Ordered },
                    subject: Some(s),
                    opponent: None,
                    ..Reading::default()
                });
            }
        }
    }
    let rel = if equal { Rel::Level } else { Rel::Unknown };
    Some(Reading {
        kind,
        rel,
        subject: None,
        opponent: None,
        ..Reading::default()
    })
}

/// The two sides of a draw joined by "and" before it ("Everton and Fulham drew 1-1"), in their
/// written order; otherwise the sides found.
fn pair_or(
    ctx: &Ctx,
    pos: usize,
    rel: Rel,
    subject: Option<usize>,
    opponent: Option<usize>,
) -> (Option<usize>, Option<usize>) {
    if rel == Rel::Drew {
        if let Some((a, b)) = ctx.sides.coordinated_before(pos, ctx.sent) {
            return (Some(a), Some(b));
        }
    }
    (subject, opponent)
}

/// "served for the match at 5-4", "serving for the second set at 6-5": the server leads.
fn serving_for(ctx: &Ctx) -> Option<Hit> {
    let toks = &ctx.before.tokens;
    if toks.last().is_none_or(|t| t.text != "at") {
        return None;
    }
    (2..=5).find_map(|gap| {
        let h = ctx.before.ending(Cat::ServeFor, gap)?;
        toks[h.end..].iter().all(|t| !t.punct).then_some(h)
    })
}

/// True when sentence `sent` speaks of a judge's card ("the scorecards read", "the judge's
/// 117-111 card", "judges scored it").
pub fn judges_card(doc: &Doc, sent: Span) -> bool {
    // (Most sentences hold no word a card's phrase opens with: those need no reading.)
    static CARD_WORDS: LazyLock<OpenerScreen> = LazyLock::new(|| OpenerScreen::new(Cat::Card));
    if !CARD_WORDS.may_hold(&doc.body[sent.start..sent.end]) {
        return false;
    }
    let whole = Before::new(&doc.body, sent.start, sent.end, 60);
    whole.hits.iter().any(|h| h.cat == Cat::Card)
}

/// Marks a result with one side known when its sentence says it was between the match's sides.
fn with_same_match(ctx: &Ctx, r: Option<Reading>) -> Option<Reading> {
    let mut r = r?;
    if r.subject.is_some() && r.opponent.is_none() {
        let whole = Before::new(ctx.text(), ctx.sent.start, ctx.sent.end, 60);
        // ("won Game 3 87-73": a numbered game of a series between the same two sides.)
        let numbered_game = whole.tokens.windows(2).any(|w| {
            w[0].text == "game"
                && !w[1].text.is_empty()
                && w[1].text.bytes().all(|b| b.is_ascii_digit())
        });
        r.same_match = numbered_game || whole.hits.iter().any(|h| h.cat == Cat::SamePair);
    }
    Some(r)
}

/// A lead or deficit verb earlier in the clause, the score after a comma.
fn distant_lead(ctx: &Ctx, c: &Candidate, cue: Option<ScoreKind>, equal: bool) -> Option<Reading> {
    let toks = &ctx.before.tokens;
    // The score follows a comma or an "and" directly.
    if toks.last().is_none_or(|t| t.text != "," && t.text != "and") {
        return None;
    }
    let clause = super::link::clause_start(ctx.text(), ctx.sent.start, c.core.start);
    let hit = ctx
        .before
        .hits
        .iter()
        .filter(|h| matches!(h.cat, Cat::LeadBefore | Cat::TrailBefore))
        .filter(|h| toks[h.start].span.start >= clause)
        .filter(|h| {
            // ("edged back in front by three-quarter time, 61-59", "went ahead early, 7-0".)
            matches!(
                toks[h.start].text.as_str(),
                "led" | "leads" | "leading" | "trailed" | "trails" | "trailing"
            ) || matches!(toks[h.end - 1].text.as_str(), "front" | "ahead")
        })
        .max_by_key(|h| h.start)?;
    // Nothing but words and that comma between.
    if toks[hit.end..toks.len() - 1].iter().any(|t| t.punct) {
        return None;
    }
    let rel = match hit.cat {
        _ if equal => Rel::Level,
        Cat::TrailBefore => Rel::Trails,
        _ => Rel::Leads,
    };
    let at = ctx.before.pos(hit.start);
    let subject = ctx.sides.subject(at, ctx.sent, &[], ctx.mode(), false);
    // "led by 12 at halftime, 60-48": the time named between verb and score.
    let when = ctx
        .before
        .hits
        .iter()
        .filter(|h| h.start >= hit.end)
        .find_map(|h| match h.cat {
            Cat::HalfAfter | Cat::HalfBefore => Some(ScoreKind::HalfTime),
            Cat::PeriodAfter => Some(ScoreKind::Quarter),
            _ => None,
        });
    Some(Reading {
        kind: cue.or(when).unwrap_or(ScoreKind::Running),
        rel,
        subject,
        opponent: None,
        ..Reading::default()
    })
}

/// "between X and Y" a few words after the score, or before it in its clause with nothing but a
/// few words of the verb between ("Friday's opener between Lecce and Cagliari finished 1-1"). A
/// level score only: who scored which points of an unequal one the phrase does not say.
fn between_pair(ctx: &Ctx, c: &Candidate) -> Option<(usize, usize)> {
    if c.points.len() != 2 || c.points[0] != c.points[1] {
        return None;
    }
    let after = ctx
        .after
        .tokens
        .iter()
        .take(6)
        .take_while(|t| !t.punct)
        .find(|t| t.text == "between")
        .and_then(|t| pair_joined_by_and(ctx, t.span.end))
        .map(|(a, b, _)| (a, b));
    after.or_else(|| {
        let text = ctx.text();
        let clause = super::link::clause_start(text, ctx.sent.start, c.core.start);
        let at = clause + text[clause..c.core.start].rfind("between ")? + "between".len();
        let (a, b, end) = pair_joined_by_and(ctx, at)?;
        let verb = &text[end..c.core.start];
        (verb.split_whitespace().count() <= 6
            && !verb.contains(|ch: char| ch.is_ascii_punctuation() && ch != '-'))
        .then_some((a, b))
    })
}

/// Two different sides joined by "and" or "&" from `at` (spaces before the first skipped): their
/// entities and the end of the second.
fn pair_joined_by_and(ctx: &Ctx, at: usize) -> Option<(usize, usize, usize)> {
    let rest = &ctx.text()[at..];
    let first = ctx
        .sides
        .side_starting_at(at + (rest.len() - rest.trim_start().len()))?;
    let tail = &ctx.text()[first.span.end..];
    let joint = tail.len() - tail.trim_start_matches([' ', '\u{a0}']).len();
    let tail = &tail[joint..];
    let and = ["and ", "& "].iter().find(|w| tail.starts_with(**w))?;
    let second = ctx
        .sides
        .side_starting_at(first.span.end + joint + and.len())?;
    (first.entity != second.entity).then_some((first.entity, second.entity, second.span.end))
}

/// The nearest side before the score in its clause, when a result verb governs it and nothing
/// but a phrase of place, time or manner stands between it and the score.
fn distant_object(
    ctx: &Ctx,
    c: &Candidate,
    cue: Option<ScoreKind>,
    equal: bool,
) -> Option<Reading> {
    let sides = ctx.sides;
    // ("Yenisey took revenge on SKA-Neftyanik: 5:4": a headline's score set off by a colon
    // right after the object.)
    let colon_set_off = ctx.text()[..c.core.start].ends_with(": ");
    let clause_end = if colon_set_off {
        c.core.start - 2
    } else {
        c.core.start
    };
    let clause = super::link::clause_start(ctx.text(), ctx.sent.start, clause_end);
    let object = *sides
        .mentions_in(clause, c.core.start)
        .iter()
        .rev()
        .find(|m| sides.is_side(m, true))?;
    let between = &ctx.text()[object.span.end..c.core.start];
    let colon_only = colon_set_off && between == ": ";
    // ("beat Eczacıbaşı in straight sets (25-17, 25-21, 26-24)": a bracket opening the list of
    // the sets or periods.)
    let list_opens = between.trim_end().ends_with('(')
        && between.matches('(').count() == 1
        && super::candidates::period_list(ctx.text(), c.core.start);
    let plain = if list_opens {
        between.trim_end().trim_end_matches('(')
    } else {
        between
    };
    if between.split_whitespace().count() > 8
        || (plain.contains([';', ':', '(', '—']) && !colon_only)
    {
        return None;
    }
    // "were beaten in straight sets by Zawiercie, 25-18, …": the side after "by" a passive
    // defeat governs won.
    if let Some(at) = passive_by(ctx, object.span.start) {
        let subject = sides.subject(at, ctx.sent, &[object.entity], ctx.mode(), false);
        return Some(Reading {
            kind: cue.unwrap_or(ScoreKind::Final),
            rel: Rel::Lost,
            subject,
            opponent: Some(object.entity),
            ..Reading::default()
        });
    }
    let Some((hit, at)) = verb_before_object(ctx, object.span.start) else {
        // "won in straight sets away to Cisterna, 25:18, 25:16, 25:23", "lost in overtime to
        // the Suns, 104-99": a verb that takes no object, its opponent after a preposition.
        let (rel, at) = intrans_before_prep(ctx, clause, object.span.start)?;
        let subject = sides.subject(at, ctx.sent, &[object.entity], ctx.mode(), false);
        return Some(Reading {
            kind: cue.unwrap_or(ScoreKind::Final),
            rel,
            subject,
            opponent: Some(object.entity),
            ..Reading::default()
        });
    };
    let rel = match hit.cat {
        Cat::WinVerb if passive(&ctx.text()[..at]) => Rel::Lost,
        Cat::WinVerb => Rel::Won,
        Cat::LossVerb => Rel::Lost,
        Cat::DrawVerb if equal => Rel::Drew,
        _ => return None,
    };
    let subject = sides.subject(at, ctx.sent, &[object.entity], ctx.mode(), false);
    let kind = cue.unwrap_or(ScoreKind::Final);
    Some(Reading {
        kind,
        rel,
        subject,
        opponent: Some(object.entity),
        ..Reading::default()
    })
}

/// Words that may stand between a verb of winning or losing and the preposition of its
/// opponent: how, where or in what the game was won ("in straight sets away to", "at home to",
/// "in overtime to").
const HOW_WORDS: [&str; 26] = [
    "in",
    "straight",
    "sets",
    "set",
    "three",
    "four",
    "five",
    "games",
    "away",
    "at",
    "home",
    "on",
    "the",
    "a",
    "their",
    "his",
    "her",
    "comfortably",
    "easily",
    "narrowly",
    "again",
    "overtime",
    "extra",
    "time",
    "shootout",
    "tiebreak",
];

/// The relation and position of a verb of winning or losing that takes no object ("won",
/// "lost", "went down", "were beaten") ending a few words of manner or place (`HOW_WORDS`)
/// before the preposition that opens the side at `object_start` ("to", "against", "over", "at").
fn intrans_before_prep(ctx: &Ctx, clause: usize, object_start: usize) -> Option<(Rel, usize)> {
    let lo = clause.max(ctx.sent.start).min(object_start);
    let before = Before::new(ctx.text(), lo, object_start, 12);
    let toks = &before.tokens;
    let n = toks.len();
    let skip = usize::from(n > 0 && toks[n - 1].text == "the");
    let prep = toks.get(n.checked_sub(skip + 1)?)?;
    if !matches!(
        prep.text.as_str(),
        "to" | "against" | "over" | "at" | "past" | "versus" | "vs" | "v"
    ) {
        return None;
    }
    let prep_i = n - skip - 1;
    let h = before
        .hits
        .iter()
        .filter(|h| matches!(h.cat, Cat::WinIntrans | Cat::LossIntrans))
        .filter(|h| h.end <= prep_i && prep_i - h.end <= 6)
        .filter(|h| {
            toks[h.end..prep_i]
                .iter()
                .all(|t| !t.punct && HOW_WORDS.contains(&t.text.as_str()))
        })
        .max_by_key(|h| (h.end, h.end - h.start))?;
    let verb = toks[h.start].text.as_str();
    let rel = match h.cat {
        Cat::WinIntrans
            if matches!(
                verb,
                "won" | "win" | "wins" | "winning" | "prevailed" | "prevail" | "triumphed"
            ) =>
        {
            Rel::Won
        }
        Cat::LossIntrans => Rel::Lost,
        _ => return None,
    };
    Some((rel, before.pos(h.start)))
}

/// "were beaten (in straight sets) by X", "lost 3-1 on Sunday by …": "by" right before the side
/// at `object_start`, after a passive defeat of the same clause (`loss_intrans`) at most four
/// words before it. The position of the verb phrase.
fn passive_by(ctx: &Ctx, object_start: usize) -> Option<usize> {
    let lo = ctx.sent.start.min(object_start);
    let before = Before::new(ctx.text(), lo, object_start, 9);
    let n = before.tokens.len();
    let skip = usize::from(n > 0 && before.tokens[n - 1].text == "the");
    if n < skip + 1 || before.tokens[n - 1 - skip].text != "by" {
        return None;
    }
    let by = n - 1 - skip;
    before
        .hits
        .iter()
        .filter(|h| h.cat == Cat::LossIntrans && h.end <= by && by - h.end <= 4)
        .filter(|h| {
            before.tokens[h.start..h.end]
                .iter()
                .any(|t| t.text.starts_with("be") || t.text == "were" || t.text == "was")
        })
        .filter(|h| before.tokens[h.end..by].iter().all(|t| !t.punct))
        .max_by_key(|h| h.end)
        .map(|h| before.pos(h.start))
}

/// A score after a comma, with no verb of its own, whose opponent follows ("against the
/// Kraken"), in a sentence whose subject won or lost earlier ("won three in a row, most
/// recently 4-3 …"): the nearest "won" or "lost" before it says who won.
fn elliptical_result(
    ctx: &Ctx,
    c: &Candidate,
    cue: Option<ScoreKind>,
    equal: bool,
) -> Option<Reading> {
    if equal {
        return None;
    }
    let sides = ctx.sides;
    let toks = &ctx.before.tokens;
    // Set off: a comma at most three words before the score.
    let comma = toks.iter().rev().take(4).position(|t| t.text == ",")?;
    if toks[toks.len() - comma..].iter().any(|t| t.punct) {
        return None;
    }
    let opponent = sides.prep_opponent(ctx.run_end, ctx.sent.end, &[]);
    let whole = Before::new(ctx.text(), ctx.sent.start, c.core.start, 24);
    let h = whole.hits.iter().rev().find(|h| {
        matches!(h.cat, Cat::WinIntrans | Cat::LossIntrans)
            && matches!(whole.tokens[h.start].text.as_str(), "won" | "lost")
    })?;
    // "But he won their most recent meeting, a British Open semi-final in May, 11-9, 7-11, …":
    // with no opponent after the score, the verb's object must name the game itself (the
    // opponent then comes from the contest reported around it).
    let opponent = match opponent {
        Some(o) => o,
        None => {
            let object = &whole.tokens[h.end..];
            let named = object
                .first()
                .is_some_and(|t| DETERMINERS.contains(&t.text.as_str()))
                && object.iter().take_while(|t| !t.punct).any(|t| {
                    GAME_WORDS.named.contains(&t.text.as_str())
                        && !PART_WORDS.contains(&t.text.as_str())
                });
            if !named {
                return None;
            }
            let at = whole.pos(h.start);
            let subject = sides.subject(at, ctx.sent, &[], ctx.mode(), false)?;
            // ("Samsung won the first two games in Daegu, 4-1 and 7-6": games of the story's
            // series.)
            let series = object
                .iter()
                .take_while(|t| !t.punct)
                .any(|t| matches!(t.text.as_str(), "games" | "matches" | "meetings"));
            return Some(Reading {
                kind: cue.unwrap_or(ScoreKind::Final),
                rel: if h.cat == Cat::WinIntrans {
                    Rel::Won
                } else {
                    Rel::Lost
                },
                subject: Some(subject),
                opponent: None,
                same_match: series,
                ..Reading::default()
            });
        }
    };
    let rel = if h.cat == Cat::WinIntrans {
        Rel::Won
    } else {
        Rel::Lost
    };
    let at = whole.pos(h.start);
    let subject = sides.subject(at, ctx.sent, &[opponent], ctx.mode(), false)?;
    Some(Reading {
        kind: cue.unwrap_or(ScoreKind::Final),
        rel,
        subject: Some(subject),
        opponent: Some(opponent),
        ..Reading::default()
    })
}

/// The verb before an object side: the phrase of a result verb category ending at most three
/// tokens before `object_start`, with only "the"/"a" or other names between ("beating
/// Belgium's Élodie Van den Broeck").
fn verb_before_object(ctx: &Ctx, object_start: usize) -> Option<(Hit, usize)> {
    let lo = ctx.sent.start.min(object_start);
    let before = Before::new(ctx.text(), lo, object_start, 8);
    let cats = [
        Cat::WinVerb,
        Cat::LossVerb,
        Cat::DrawVerb,
        Cat::Versus,
        Cat::LeadBefore,
        Cat::TrailBefore,
    ];
    for gap in 0..=5 {
        let n = before.tokens.len();
        if gap > n {
            break;
        }
        // Between verb and object: articles, names ("Belgium's"), a nationality, a title or a
        // ranking ("beating American Jessica Pegula", "beat top seed Sinner", "stuns No. 3
        // South Carolina").
        let text = ctx.text();
        let filler = (n - gap..n).all(|i| {
            let t = &before.tokens[i];
            super::lexicon::object_filler_at(text, &before.tokens, i)
                || !t.punct
                    && (ctx.sides.mention_at(t.span.start).is_some()
                        || t.text.ends_with("'s")
                        || text[t.span.start..].starts_with(char::is_uppercase))
        });
        if !filler {
            break;
        }
        let best = cats
            .iter()
            .filter_map(|&cat| before.ending(cat, gap))
            .max_by_key(|h| h.end - h.start);
        if let Some(h) = best {
            return Some((h, before.pos(h.start)));
        }
    }
    None
}

/// A side named between commas right before the score, after a description opening with "the"
/// ("beat the champions, Munster, 24-20"): the side and where its description starts.
fn appositive_object(ctx: &Ctx, c: &Candidate) -> Option<(Mention, usize)> {
    let text = ctx.text();
    let head = text[ctx.sent.start..c.core.start]
        .trim_end()
        .strip_suffix(',')?;
    let end = ctx.sent.start + head.trim_end().len();
    let m = *ctx.sides.adjacent_mention_before(end)?;
    let at = super::link::appositive_start(text, m.span)?;
    (at >= ctx.sent.start).then_some((m, at))
}

/// True when the text before a past participle makes it passive ("were beaten").
fn passive(before: &str) -> bool {
    let last = before
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_ascii_lowercase();
    matches!(
        last.as_str(),
        "were" | "was" | "been" | "be" | "being" | "is" | "are" | "get" | "got"
    )
}

/// The kind of a score whose words name no kind: a final where a word of an end stands around it
/// ("it finished 2-1", "3-1 full-time") or it stands as its own line, else a score during play.
fn unsided_kind(ctx: &Ctx, c: &Candidate) -> ScoreKind {
    if ctx.before.near(Cat::FinalBefore, 2).is_some()
        || ctx.after.near(Cat::FinalAfter, 0).is_some()
        || standalone(ctx, c)
    {
        ScoreKind::Final
    } else {
        ScoreKind::Running
    }
}

/// A score standing as its own line or at the head of one ("Ireland 27-20 France: …").
fn standalone(ctx: &Ctx, c: &Candidate) -> bool {
    let doc = ctx.doc;
    if doc.paragraphs.is_empty() {
        return false;
    }
    let p = doc.paragraphs[doc.paragraph_index(c.core.start)];
    // (A short quote, "“We were 16-16 with 20 to go,” the coach said", is no results line.)
    p.span.len() < 80 && ctx.before.tokens.len() <= 4 && !ctx.sides.in_quote(c.core.start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passive_needs_an_auxiliary() {
        assert!(passive("Newcastle were"));
        assert!(!passive("Villa have"));
    }
}
