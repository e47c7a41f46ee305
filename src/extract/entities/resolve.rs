//! Resolution: from gazetteer matches and capitalised runs to one entity per real-world thing.
//!
//! 1. Gazetteer matches inside a person-shaped run give way to the person ("Jordan Henderson",
//!    "Lewis Hamilton"); a gazetteer name followed by a type cue becomes a new name of that type
//!    ("Xcel Energy Center").
//! 2. Each gazetteer match picks one reading: team or place by context ("Italy beat France" vs
//!    "cities in Italy"), then readings supported elsewhere in the text, then the article's sport,
//!    then file order. A city standing for its team ("giving Boston a 5-3 win") joins the team.
//! 3. Unlisted names are typed by evidence: type cues ("Ashgrove Stadium"), titles, role nouns,
//!    speech verbs, ages, the given-name lexicon, and the name's shape.
//! 4. People are merged: full names by surname, suffix and compatible given names; a bare surname,
//!    given name or titled surname joins the person it names (the one mentioned most, then the
//!    most recent); "the Gewiss" joins "Gewiss Stadium".
//! 5. Title-case headlines only confirm names found elsewhere.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::doc::{Doc, Entity, EntityType, ParagraphKind, Span};

use super::context::{Ctx, Signals};
use super::fold::{self, Folded};
use super::gazetteer::{GazMatch, Gazetteer};
use super::lexicon::{word, FastMap, FastSet, LEXICON};
use super::names::{self, Run, Shape, Token};

/// Evidence that a name is a person's.
#[derive(Debug, Clone, Copy, Default)]
struct Evidence {
    title: bool,
    /// A role noun before or in an appositive; `Some(None)` for a person noun with no role.
    role: Option<Option<&'static str>>,
    speech: bool,
}

impl Evidence {
    fn any(&self) -> bool {
        self.title || self.role.is_some() || self.speech
    }
}

/// A name found by shape, not (or no longer) covered by the gazetteer.
#[derive(Debug, Clone)]
struct Piece {
    /// Token range of the name itself.
    first: usize,
    last: usize,
    /// The title token before it ("Mr."), inside the mention span.
    title: Option<usize>,
    /// A capitalised role noun that opened the run ("Openers Keaton D’Arcy").
    cap_role: Option<Option<&'static str>>,
    cue_kind: Option<EntityType>,
    /// A quoted nickname inside the name, as a token range.
    nickname: Option<(usize, usize)>,
}

impl Piece {
    /// A name of tokens `first..=last` with no title, role or nickname inside it.
    fn plain(first: usize, last: usize, cue_kind: Option<EntityType>) -> Piece {
        Piece {
            first,
            last,
            title: None,
            cap_role: None,
            cue_kind,
            nickname: None,
        }
    }

    /// The role noun next to the name, if any (context read on demand: it costs).
    fn role(&self, ctx: &Ctx) -> Option<Option<&'static str>> {
        self.cap_role
            .or_else(|| ctx.role(self.title.unwrap_or(self.first), self.last))
    }

    /// All the person evidence around the name.
    fn evidence(&self, ctx: &Ctx) -> Evidence {
        let span = Span::new(
            ctx.tokens[self.first].span.start,
            ctx.tokens[self.last].span.end,
        );
        let signals = ctx.signals(self.title.unwrap_or(self.first), self.last, span);
        Evidence {
            title: self.title.is_some(),
            role: self.role(ctx),
            speech: signals.speech || signals.person_before,
        }
    }
}

/// What one mention was resolved to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Target {
    Gaz(u32),
    Person(usize),
    Other(usize),
}

struct Mention {
    span: Span,
    target: Target,
    role: Option<&'static str>,
    /// A place cue stands next to it ("in", "born in").
    place_cue: bool,
}

/// A person found by shape.
struct Person {
    given: Vec<String>,
    surname: String,
    suffix: Option<String>,
    /// Full-name mentions (with a given name) and all mentions, by position.
    full: Vec<usize>,
    all: Vec<usize>,
    /// Display forms (no title), longest wins as the name.
    forms: Vec<String>,
    /// Quoted nicknames seen inside the name.
    nicknames: Vec<String>,
}

/// Any other thing found by shape ("Ashgrove Stadium", "Millbrook United").
struct Other {
    kind: EntityType,
    key: String,
    name: String,
}

pub fn extract(gaz: &Gazetteer, doc: &Doc) -> Vec<Entity> {
    if doc.body.is_empty() || doc.sentences.is_empty() {
        return Vec::new();
    }
    let body = doc.body.as_str();
    let folded = Folded::new(body);
    let matches = gaz.find(&folded);
    let tokens = names::tokenize(doc);
    let ctx = Ctx::new(doc, &tokens);
    // (A run's word is capitalised or initials: its word bits are the context's.)
    let runs = names::runs(&tokens, body, |j| ctx.has(j, word::GIVEN));
    let tok_gaz = token_gaz(&tokens, &matches);

    // 1. Runs into pieces; gazetteer matches a person-shaped run overrides are dropped.
    let mut dropped: Vec<bool> = matches
        .iter()
        .map(|gm| nationality_code(body, gm.span))
        .collect();
    let mut pieces: Vec<Piece> = Vec::new();
    let mut title_runs: Vec<Run> = Vec::new();
    for run in &runs {
        if let (Some(nick), false) = (run.nickname, tokens[run.first].titlecase) {
            for m in tok_gaz[run.first..=run.last].iter().flatten() {
                dropped[*m] = true;
            }
            // The name starts at the given name before the nickname; words before it may be a
            // title or a role noun ("Safety Jerome “Bam” Whitaker").
            let first = nick.0 - 1;
            let lex = &*LEXICON;
            let title = (first > run.first && ctx.has(first - 1, word::TITLE)).then(|| first - 1);
            let cap_role = (run.first..first).find_map(|i| lex.role(tok_text(&tokens, body, i)));
            pieces.push(Piece {
                first,
                last: run.last,
                title,
                cap_role,
                cue_kind: None,
                nickname: Some(nick),
            });
            continue;
        }
        if tokens[run.first].titlecase {
            title_runs.push(*run);
            continue;
        }
        split_run(
            gaz,
            &ctx,
            *run,
            &tok_gaz,
            &matches,
            &mut dropped,
            &mut pieces,
        );
    }

    // 2. Names typed by a cue word ("Ashgrove Stadium", "Millbrook United").
    let mut mentions: Vec<Mention> = Vec::new();
    let mut others: Vec<Other> = Vec::new();
    let mut shaped: Vec<usize> = Vec::new();
    // Pieces typed a venue or a place by their cue word, by the thing they name.
    let mut cued_grounds: Vec<(usize, usize)> = Vec::new();
    for (p, piece) in pieces.iter().enumerate() {
        // Ordinary words alone name a competition only capitalised in mid-sentence ("the World
        // Championship"), not opening one ("World Championship races are…" is ambiguous).
        // (A name ending in an institution's word is no one's, whatever its first word.)
        let institution = LEXICON
            .institution_tails
            .contains(&tok_text(&tokens, body, piece.last));
        let typed = piece.cue_kind.filter(|&kind| {
            name_token_count(&tokens, body, piece) >= 2
                && (institution
                    || !(ctx.has(piece.first, word::GIVEN) && piece.evidence(&ctx).any()))
                && ((piece.first..=piece.last).any(|i| !ctx.has(i, word::COMMON))
                    || (kind == EntityType::Competition
                        && !tokens[piece.first].opener
                        && !tokens[piece.first].titlecase))
        });
        match typed {
            Some(kind) => {
                let mut span = piece_span(&tokens, piece);
                let mut from = tokens[piece.first].span.start;
                // ("1. FC Saarbrücken-TT": the club's ordinal is part of its name.)
                if kind == EntityType::Team {
                    if let Some(at) = names::club_ordinal_start(&tokens, body, piece.first) {
                        span.start = at;
                        from = at;
                    }
                }
                let text = &body[from..span.end];
                let i = other_index(&mut others, kind, text);
                if matches!(kind, EntityType::Venue | EntityType::Place) {
                    cued_grounds.push((i, p));
                }
                mentions.push(Mention {
                    span,
                    target: Target::Other(i),
                    role: None,
                    place_cue: false,
                });
            }
            None => shaped.push(p),
        }
    }
    sides_named_like_grounds(&ctx, &pieces, &cued_grounds, &mut others);

    // 3. Gazetteer readings.
    let sport = article_sport(gaz, &matches, &dropped, &tokens, doc);
    let team_story = team_sport(sport.sport.as_deref());
    resolve_gazetteer(
        gaz,
        &ctx,
        &folded.lower,
        &matches,
        &dropped,
        &sport,
        &mut others,
        &mut mentions,
    );

    // "Italian Grands Prix" is the Italian Grand Prix the gazetteer already found.
    if !others.is_empty() {
        let mut seen: Vec<u32> = mentions
            .iter()
            .filter_map(|m| match m.target {
                Target::Gaz(e) => Some(e),
                _ => None,
            })
            .collect();
        seen.sort_unstable();
        seen.dedup();
        let other_keys: Vec<String> = others.iter().map(|o| singular_key(&o.name)).collect();
        let mut same: Vec<Option<u32>> = vec![None; others.len()];
        for &e in &seen {
            let entry = &gaz.entries[e as usize];
            if !others.iter().any(|o| o.kind == entry.kind) {
                continue;
            }
            for name in std::iter::once(&entry.canonical).chain(entry.aliases.iter()) {
                // Plurals differ by a few letters at most: skip the rest unfolded.
                let near = others
                    .iter()
                    .any(|o| o.kind == entry.kind && o.name.len().abs_diff(name.len()) <= 4);
                if !near {
                    continue;
                }
                let key = singular_key(name);
                for (o, k) in other_keys.iter().enumerate() {
                    if *k == key && others[o].kind == entry.kind && same[o].is_none() {
                        same[o] = Some(e);
                    }
                }
            }
        }
        for m in mentions.iter_mut() {
            if let Target::Other(o) = m.target {
                if let Some(e) = same[o] {
                    m.target = Target::Gaz(e);
                }
            }
        }
    }

    // "the Gewiss" for the Gewiss Stadium: a sponsor's name after "the" is the ground named
    // after it.
    let venues: Vec<(String, Target)> = mentions
        .iter()
        .filter_map(|m| match m.target {
            Target::Gaz(e) if gaz.entries[e as usize].kind == EntityType::Venue => {
                Some((gaz.key(e).to_string(), m.target))
            }
            Target::Other(o) if others[o].kind == EntityType::Venue => {
                Some((others[o].key.clone(), m.target))
            }
            _ => None,
        })
        .collect();
    for m in mentions.iter_mut() {
        let Target::Gaz(e) = m.target else { continue };
        if gaz.entries[e as usize].kind != EntityType::Organisation
            || m.span.start < 4
            || !body.as_bytes()[m.span.start - 4..m.span.start].eq_ignore_ascii_case(b"the ")
        {
            continue;
        }
        let first_word = format!("{} ", fold::key(doc.text(m.span)));
        if let Some((_, t)) = venues.iter().find(|(k, _)| k.starts_with(&first_word)) {
            m.target = *t;
        }
    }

    // 4. People: full names first, then bare surnames and given names.
    let mut persons: Vec<Person> = Vec::new();
    let mut singles: Vec<(usize, Form)> = Vec::new();
    // Quoted names ("El Flaco") wait until every plain mention of a person is known: they may
    // be the nickname of the person just named.
    let mut quoted_names: Vec<(usize, Form)> = Vec::new();
    for p in shaped {
        let piece = &pieces[p];
        let form = person_form(&tokens, body, piece);
        if form.given.is_empty() {
            singles.push((p, form));
            continue;
        }
        if piece.title.is_none() && quoted(body, piece_span(&tokens, piece)) {
            quoted_names.push((p, form));
            continue;
        }
        add_full_name(
            &ctx,
            piece,
            form,
            team_story,
            &mut persons,
            &mut others,
            &mut mentions,
        );
    }
    let mut short_forms: Option<ShortForms> = None;
    // Names of a line-up or a scorer line ("Tries: Walker, Hudson 2"): people, surnames alone.
    let listed = super::lists::name_items(doc, |s| {
        mentions.iter().find_map(|m| match m.target {
            Target::Gaz(e) if m.span.overlaps(s) => Some(gaz.entries[e as usize].kind),
            _ => None,
        })
    });
    for (p, form) in singles {
        let piece = &pieces[p];
        let span = piece_span(&tokens, piece);
        if quoted(body, span) {
            if let Some(at) = nickname_of(doc, &mentions, span) {
                mentions.push(Mention {
                    span,
                    target: Target::Person(at),
                    role: None,
                    place_cue: false,
                });
                continue;
            }
        }
        let word = doc.text(Span::new(
            tokens[piece.first].span.start,
            tokens[piece.last].span.end,
        ));
        let common = piece.first == piece.last
            && (ctx.has(piece.first, word::COMMON) || ctx.has(piece.first, word::DEMONYM));
        if let Some(at) = find_person(&persons, &form, span.start, &mentions) {
            if !common || !tokens[piece.first].opener {
                persons[at].forms.push(form.display);
                mentions.push(Mention {
                    span,
                    target: Target::Person(at),
                    role: piece.role(&ctx).flatten(),
                    place_cue: false,
                });
                continue;
            }
        }
        // An ordinary word opening a sentence stands for a club only when a verb or a clause
        // follows ("City are", "Real, who"), not a noun ("City officials", "Real progress").
        if common && tokens[piece.first].opener && !verb_follows(&ctx, piece.first, span) {
            continue;
        }
        // A squad marker alone ("the U18 game") is no short form of the squad's club.
        if squad_word(word) {
            continue;
        }
        let forms = short_forms.get_or_insert_with(|| ShortForms::new(gaz, &mentions, &others));
        // "Real" for Real Madrid: an ordinary word, capitalised, that opens the name of a club
        // the text names in full; so does a word that types other names ("Union" of "Union
        // Saint-Gilloise", though "Rugby Football Union" is a body).
        let club = || {
            let cue = piece.first == piece.last && LEXICON.type_cue(word, false, true).is_some();
            ((common || cue) && tokens[piece.first].shape == Shape::Cap)
                .then(|| forms.club_opening(word))
                .flatten()
        };
        if let Some(target) = forms.find(word, span.start).or_else(club) {
            mentions.push(Mention {
                span,
                target,
                role: None,
                place_cue: false,
            });
            continue;
        }
        // "PalaBigi", "PalaFenera": a hall, a joined cue word (data/entities/type_cues.tsv) and
        // its name written as one word.
        if let Some(kind) = (piece.first == piece.last)
            .then(|| LEXICON.joined_cue(word))
            .flatten()
        {
            let i = other_index(&mut others, kind, word);
            mentions.push(Mention {
                span,
                target: Target::Other(i),
                role: None,
                place_cue: false,
            });
            continue;
        }
        let chars = word.chars().count();
        // (No one's name holds a digit: "KO16", "Final8" are rounds, not people.)
        if common
            || chars < 2
            || tokens[piece.first].shape != Shape::Cap
            || word.bytes().any(|b| b.is_ascii_digit())
        {
            continue;
        }
        let signals = ctx.signals(piece.first, piece.last, span);
        let evidence = piece.evidence(&ctx);
        let listed_name = listed
            .binary_search_by_key(&span.start, |s| s.start)
            .is_ok_and(|i| listed[i] == span);
        if ctx.org_appositive(piece.last) && !listed_name {
            // "Matchroom, the promoter, …"
            let i = other_index(&mut others, EntityType::Organisation, word);
            mentions.push(Mention {
                span,
                target: Target::Other(i),
                role: None,
                place_cue: false,
            });
        } else if evidence.any() || listed_name {
            let at = persons.len();
            persons.push(Person {
                given: Vec::new(),
                surname: form.surname,
                suffix: form.suffix,
                full: Vec::new(),
                all: Vec::new(),
                forms: vec![form.display],
                nicknames: Vec::new(),
            });
            persons[at].all.push(mentions.len());
            mentions.push(Mention {
                span,
                target: Target::Person(at),
                role: evidence.role.flatten(),
                place_cue: false,
            });
        } else if team_story
            && (score_beside(body, span, signals.side_word)
                || (signals.side_word && !signals.the_before && score_after_verb(body, span))
                || (signals.side_word
                    && side_before_verb(gaz, &tokens, &mentions, &others, piece.first))
                || (signals.team && squad_role_then_name(gaz, &ctx, piece.first, piece.last))
                || listed_results_line_side(body, span)
                || results_line_side(body, span.start, span.end))
        {
            // "beat Coalville 2-1", "were beaten 3-0 by Nantwich": an unlisted side.
            let i = other_index(&mut others, EntityType::Team, word);
            mentions.push(Mention {
                span,
                target: Target::Other(i),
                role: None,
                place_cue: false,
            });
        } else if (signals.place_weak
            || signals.place_strong
            || (signals.nation && origin_after_person(&ctx, piece.first)))
            && !signals.the_before
            && !indefinite_before(&ctx, piece.first)
            && !tokens[piece.first].opener
            && word.chars().any(char::is_lowercase)
        {
            let i = other_index(&mut others, EntityType::Place, word);
            mentions.push(Mention {
                span,
                target: Target::Other(i),
                role: None,
                place_cue: false,
            });
        }
    }

    for (p, form) in quoted_names {
        let piece = &pieces[p];
        let span = piece_span(&tokens, piece);
        match nickname_of(doc, &mentions, span) {
            Some(at) => mentions.push(Mention {
                span,
                target: Target::Person(at),
                role: None,
                place_cue: false,
            }),
            None => add_full_name(
                &ctx,
                piece,
                form,
                team_story,
                &mut persons,
                &mut others,
                &mut mentions,
            ),
        }
    }

    let bare_sides = if team_story {
        clubs_without_form_word(&persons, &others, &mut mentions);
        people_named_as_sides(&persons, &others, &mut mentions);
        people_named_as_sides_heads(&persons, &others, &mut mentions);
        bare_names_as_sides(gaz, &ctx, &tokens, &persons, &mut others, &mut mentions)
    } else {
        Vec::new()
    };

    // A place named like someone's surname is that person ("Andre St. Pierre" … "St. Pierre"),
    // and so is a one-word team of another sport ("Williams" after "Serena Williams" in a tennis
    // story; in a motor-racing story it stays the team) or a ground's one-word name
    // ("Villamarin" after "Andres Villamarin"; "at Villamarin" stays the ground).
    for m in mentions.iter_mut() {
        let place = match m.target {
            Target::Gaz(e) => {
                let entry = &gaz.entries[e as usize];
                entry.kind == EntityType::Place
                    || (entry.kind == EntityType::Venue && !doc.text(m.span).contains(' '))
                    || (entry.kind == EntityType::Team
                        && sport.sport.is_some()
                        && entry.sport != sport.sport
                        && !doc.text(m.span).contains(' '))
            }
            Target::Other(o) => others[o].kind == EntityType::Place,
            Target::Person(_) => false,
        };
        {
            if place && !m.place_cue {
                let key = fold::key(doc.text(m.span));
                if let Some(p) = persons
                    .iter()
                    .position(|p| p.surname == key && !p.full.is_empty())
                {
                    m.target = Target::Person(p);
                }
            }
        }
    }

    short_alias_of_named_side(gaz, doc, &mut mentions, &others);
    first_word_of_named_side(gaz, doc, &mut mentions);
    sides_named_by_their_tail(&others, &mut mentions);
    unlisted_sides_named_again(&tokens, body, &mut mentions, &others);
    sides_named_without_sponsor(gaz, doc, &mut mentions, &others);
    initialisms_of_sides(gaz, &tokens, body, &mut mentions, &others);
    squads_of_sides(gaz, body, &mut mentions, &mut others);
    nations_as_their_womens_side(gaz, &mut mentions);

    // 5. Title-case headlines: only names already known.
    if !title_runs.is_empty() {
        let mut known = known_names(&persons, &others);
        // (A name stands for what its mentions in the text became: "Lake Forest" moved to
        // "Lake Forest Athletics" is that side in a headline too.)
        for m in &mentions {
            if let Some(t) = known.get_mut(&fold::key(doc.text(m.span))) {
                *t = m.target;
            }
        }
        // (A surname found to be a side names the side in a headline too.)
        known.extend(bare_sides);
        for run in title_runs {
            title_case_run(&tokens, body, run, &tok_gaz, &known, &mut mentions);
        }
    }

    assemble(gaz, doc, mentions, &persons, &others)
}

/// A multi-word name found by shape: a person's (merged with the one it names) or another
/// thing's, by its evidence.
/// "Casper Ruud (NOR)", "Musetti (ITA)": three capitals in brackets right after a capitalised
/// name are the player's nationality code, not the acronym of an organisation or a club.
fn nationality_code(body: &str, span: Span) -> bool {
    let code = &body.as_bytes()[span.start..span.end];
    if code.len() != 3 || !code.iter().all(u8::is_ascii_uppercase) {
        return false;
    }
    let Some(before) = body[..span.start].strip_suffix('(') else {
        return false;
    };
    if !body[span.end..].starts_with(')') {
        return false;
    }
    let name_word = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    before.ends_with(' ') && name_word.chars().next().is_some_and(char::is_uppercase)
}

fn add_full_name(
    ctx: &Ctx,
    piece: &Piece,
    form: Form,
    team_story: bool,
    persons: &mut Vec<Person>,
    others: &mut Vec<Other>,
    mentions: &mut Vec<Mention>,
) {
    let tokens = ctx.tokens;
    let body = ctx.doc.body.as_str();
    match looks_like_person(ctx, piece, team_story) {
        Some(EntityType::Person) => {}
        Some(kind) => {
            let span = piece_span(tokens, piece);
            let i = other_index(others, kind, ctx.doc.text(span));
            mentions.push(Mention {
                span,
                target: Target::Other(i),
                role: None,
                place_cue: true,
            });
            return;
        }
        None => return,
    }
    let Form {
        given,
        surname,
        suffix,
        display,
    } = form;
    let at = place_person(persons, given, surname, suffix, mentions.len());
    let span = piece_span(tokens, piece);
    persons[at].forms.push(display);
    if let Some((a, b)) = piece.nickname {
        let nick = body[tokens[a].span.start..tokens[b].span.end].to_string();
        if !persons[at].nicknames.contains(&nick) {
            persons[at].nicknames.push(nick);
        }
    }
    mentions.push(Mention {
        span,
        target: Target::Person(at),
        role: piece.role(ctx).flatten(),
        place_cue: false,
    });
}

/// The name at `span` stands inside quotation marks of its own (“El Flaco”, “El Flaco,”).
fn quoted(body: &str, span: Span) -> bool {
    let open = body[..span.start].chars().next_back();
    let mut after = body[span.end..].chars();
    let mut close = after.next();
    if matches!(close, Some(',' | '.')) {
        close = after.next();
    }
    matches!(open, Some('“' | '"' | '‘' | '«')) && matches!(close, Some('”' | '"' | '’' | '»'))
}

/// The person whose nickname the quoted name at `span` gives: the mention right before it in
/// its sentence is a person's, and only a dash, a comma or a naming phrase stands between
/// ("Núñez – “El Flaco” to the fans", "Echeverría, known at home as “El Relámpago”").
fn nickname_of(doc: &Doc, mentions: &[Mention], span: Span) -> Option<usize> {
    let sentence = doc.sentence_index(span.start);
    let open = doc.body[..span.start].chars().next_back()?.len_utf8();
    let quote = span.start - open;
    let prev = mentions
        .iter()
        .filter(|m| m.span.end <= quote && doc.sentence_index(m.span.start) == sentence)
        .max_by_key(|m| m.span.end)?;
    let Target::Person(at) = prev.target else {
        return None;
    };
    let gap = &doc.body[prev.span.end..quote];
    if gap.len() > 60 {
        return None;
    }
    let bare = gap
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, ',' | '–' | '—' | '-' | '('));
    let gap = gap.trim_end();
    let named = gap.ends_with(" as")
        || ["nicknamed", "dubbed", "called", "nickname", "aka", "a.k.a."]
            .iter()
            .any(|w| gap.ends_with(w));
    (bare || named).then_some(at)
}

/// Clubs are often named after a ground ("Somerford Park", "Ashby Fields") and schools after
/// their town ("Paint Creek", "Greenup Valley"): a name a venue cue typed is a side when at least
/// two of its mentions act as one ("Somerford Park beat …", "… were"; a side of a results line
/// counts twice), a town's when one does, and none reads as a place ("at Somerford Park", "the
/// Somerford Park crowd").
fn sides_named_like_grounds(
    ctx: &Ctx,
    pieces: &[Piece],
    cued_grounds: &[(usize, usize)],
    others: &mut [Other],
) {
    let tokens = ctx.tokens;
    for (o, other) in others.iter_mut().enumerate() {
        if !matches!(other.kind, EntityType::Venue | EntityType::Place) {
            continue;
        }
        // (A town's name with a squad word after it, "Paint Creek coach", is a school's, and
        // once is enough: a town has no other reason to act as a side.)
        let town = other.kind == EntityType::Place;
        let mut sides = 0;
        let mut grounds = 0;
        for &(_, p) in cued_grounds.iter().filter(|&&(i, _)| i == o) {
            let piece = &pieces[p];
            let span = piece_span(tokens, piece);
            let sig = ctx.signals(piece.first, piece.last, span);
            if sig.place_weak || sig.place_strong || sig.the_before || sig.nation {
                grounds += 1;
            } else if results_line_side(ctx.doc.body.as_str(), span.start, span.end) {
                // ("Mount Vernon def. Sioux Center 25-20, …": a results line names sides.)
                sides += 2;
            } else if sig.side_word || (town && sig.team) {
                sides += 1;
            }
        }
        let needed = if town { 1 } else { 2 };
        if sides >= needed && grounds == 0 {
            other.kind = EntityType::Team;
        }
    }
}

/// The index of the found-by-shape thing of this kind and name (made if new).
fn other_index(others: &mut Vec<Other>, kind: EntityType, name: &str) -> usize {
    let key = fold::key(name);
    if let Some(i) = others.iter().position(|o| o.key == key && o.kind == kind) {
        return i;
    }
    others.push(Other {
        kind,
        key,
        name: name.to_string(),
    });
    others.len() - 1
}

/// A name's key with every word's plural "s" dropped ("Grands Prix" = "Grand Prix").
fn singular_key(name: &str) -> String {
    fold::key(name)
        .split(' ')
        .map(|w| {
            if w.len() > 3 {
                w.strip_suffix('s').unwrap_or(w)
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// For each token, the gazetteer match overlapping it.
fn token_gaz(tokens: &[Token], matches: &[GazMatch]) -> Vec<Option<usize>> {
    // Match by match (few) rather than token by token (many): each token gets the first match
    // overlapping it. (Filled by a collect: `vec![None; n]` is a zeroed allocation, which
    // costs more.)
    let mut out: Vec<Option<usize>> = std::iter::repeat_n(None, tokens.len()).collect();
    let mut from = 0;
    for (m, gm) in matches.iter().enumerate() {
        // Tokens and matches both run in text order: the search starts where the last ended.
        from += tokens[from..].partition_point(|t| t.span.end <= gm.span.start);
        for (t, slot) in tokens[from..].iter().zip(&mut out[from..]) {
            if t.span.start >= gm.span.end {
                break;
            }
            if slot.is_none() {
                *slot = Some(m);
            }
        }
    }
    out
}

fn tok_text<'b>(tokens: &[Token], body: &'b str, i: usize) -> &'b str {
    &body[tokens[i].span.start..tokens[i].span.end]
}

fn piece_span(tokens: &[Token], piece: &Piece) -> Span {
    let start = piece.title.unwrap_or(piece.first);
    Span::new(tokens[start].span.start, tokens[piece.last].span.end)
}

/// Name words (capitalised or initials; not particles or suffixes).
fn name_token_count(tokens: &[Token], body: &str, piece: &Piece) -> usize {
    (piece.first..=piece.last)
        .filter(|&i| {
            matches!(tokens[i].shape, Shape::Cap | Shape::Initials)
                && !LEXICON.is_suffix(tok_text(tokens, body, i))
        })
        .count()
}

/// Cuts one capitalised run into pieces: leading titles, role nouns, demonyms and ordinary words
/// come off; gazetteer matches stay unless a person-shaped run or a type cue overrides them.
fn split_run(
    gaz: &Gazetteer,
    ctx: &Ctx,
    run: Run,
    tok_gaz: &[Option<usize>],
    matches: &[GazMatch],
    dropped: &mut [bool],
    pieces: &mut Vec<Piece>,
) {
    let lex = &*LEXICON;
    let tokens = ctx.tokens;
    let body = ctx.doc.body.as_str();
    let text = |i: usize| tok_text(tokens, body, i);
    let mut first = run.first;
    let last = run.last;
    if headline_label(ctx, tok_gaz, first, last) {
        return;
    }
    // A results line ("Spar Girona 66-70 Lointek Gernika"): each side's whole name stands on
    // either side of the score, sponsor and all, whatever lists know parts of it ("Girona").
    // (A name the gazetteer knows whole, or but for a club's form word, "Real Madrid CF", stays
    // the gazetteer's; one opening on a given name is a player's: "Luke Humphries 10-6 …".)
    // ("C O'Kane (Irl) 3-4 …", "J. van Dijk …": an initial opens a player's name.)
    let initial = tokens[first].shape == Shape::Initials
        || text(first).trim_end_matches('.').chars().count() == 1;
    let line = (last > first && !ctx.has(first, word::GIVEN) && !initial)
        .then(|| results_line(body, tokens[first].span.start, tokens[last].span.end))
        .flatten();
    if let Some(((partner_start, partner_end), verb_line)) = line {
        let known_whole = (first..=last).all(|i| {
            tok_gaz[i].is_some_and(|m| Some(m) == tok_gaz[first].or(tok_gaz[last]))
                || ctx.type_cue(i, true, true) == Some(EntityType::Team)
        });
        // (Something in it says club: a listed name, an acronym, a club's form word, or a
        // listed side on the line's other side. Two unknown words may be a player's name.)
        let partner_listed_side = || {
            matches.iter().any(|m| {
                m.span.start == partner_start
                    && m.span.end == partner_end
                    && m.entries
                        .iter()
                        .all(|&x| gaz.entries[x as usize].kind == EntityType::Team)
            })
        };
        let clubby = (first..=last).any(|i| {
            tok_gaz[i].is_some()
                || ctx.type_cue(i, true, true) == Some(EntityType::Team)
                || text(i).chars().filter(char::is_ascii_uppercase).count() >= 2
        }) || partner_listed_side();
        if clubby && !known_whole {
            for m in tok_gaz[first..=last].iter().flatten() {
                dropped[*m] = true;
            }
            pieces.push(Piece::plain(first, last, Some(EntityType::Team)));
            return;
        }
        // ("Clear Lake def. Davenport Assumption 25-22, …": a name opening on an ordinary word
        // stays whole, for the story's sport to type; nothing the gazetteer knows is in it.)
        if verb_line
            && ctx.has(first, word::COMMON)
            && tok_gaz[first..=last].iter().all(Option::is_none)
        {
            pieces.push(Piece::plain(first, last, None));
            return;
        }
    }
    let mut title = None;
    let mut cap_role = None;
    let ends_with_cue = last > first && suffix_cue(ctx, first, last).is_some();
    while first <= last {
        if tok_gaz[first].is_some() {
            break;
        }
        let w = text(first);
        let more = first < last;
        let next_namey = more && matches!(tokens[first + 1].shape, Shape::Cap | Shape::Particle);
        if ctx.has(first, word::CALENDAR) && !(ctx.has(first, word::GIVEN) && next_namey) {
            title = None;
            first += 1;
            continue;
        }
        if more && ctx.has(first, word::TITLE) {
            title = Some(first);
            first += 1;
            continue;
        }
        if more && tokens[first].shape == Shape::Cap {
            if let Some(r) = lex.role(w) {
                if !ctx.has(first, word::GIVEN) {
                    cap_role = Some(r);
                    title = None;
                    first += 1;
                    continue;
                }
            }
            // "Senior Isaiah Brandt": a class year before a given name and a surname.
            if first + 1 < last && ctx.has(first + 1, word::GIVEN) && lex.class_years.contains(w) {
                cap_role = Some(Some("player"));
                title = None;
                first += 1;
                continue;
            }
        }
        if ctx.type_cue(first, true, false).is_some() && more {
            break;
        }
        // "Finn O’Callaghan": a given name that is also a demonym or an ordinary word (not
        // after an article: "the Dane Felix Brandt" is a Dane).
        let article_before = first > 0
            && tokens[first - 1].span.end + 1 == tokens[first].span.start
            && matches!(
                ctx.doc.text(tokens[first - 1].span),
                "the" | "a" | "fellow" | "The"
            );
        let given_start = ctx.has(first, word::GIVEN)
            && next_namey
            && !(article_before && ctx.has(first, word::DEMONYM));
        if !ends_with_cue && !given_start {
            if more && ctx.has(first, word::DEMONYM_HEAD) && lex.is_demonym_pair(w, text(first + 1))
            {
                first += 2;
                continue;
            }
            // A lone demonym stays: it may be a surname met before ("French’s try").
            if ctx.has(first, word::DEMONYM) && more {
                first += 1;
                continue;
            }
        }
        // An ordinary word opening a sentence or a title-case line is no name ("Then", "The");
        // capitalised in mid-sentence before another name word it may be one ("for Will de
        // Villiers-Crane").
        // (So is a preposition or conjunction before a name that ends in a cue word: "For
        // Rose City, the title …", "After Leicester City …".)
        let the =
            w == "The" || (more && LEXICON.never_opens_name.iter().any(|n| capitalised(w, n)));
        // (A participle opening a sentence before a given name is no name either: "Trailing
        // Declan Marsh 6-2, Zhou …", "Facing Sam Kerr".)
        let participle = tokens[first].opener
            && more
            && w.len() > 5
            && w.ends_with("ing")
            && ctx.has(first + 1, word::GIVEN)
            && !ctx.has(first, word::GIVEN);
        if participle {
            title = None;
            first += 1;
            continue;
        }
        let strip = ctx.has(first, word::COMMON)
            && !given_start
            && !(next_namey && compass_word(w))
            && (the || !ends_with_cue || (tokens[first].opener && ctx.has(first, word::COUNT)))
            && (the
                || tokens[first].opener
                || tokens[first].titlecase
                || w.chars().count() < 2
                || !next_namey);
        // "Will Smith, the club doctor, said": a word that is also a given name, a surname after
        // it, and the text says a person.
        let word_name = strip
            && next_namey
            && ctx.has(first, word::WORD_GIVEN)
            && (ctx.role(first, last).is_some() || {
                let span = Span::new(tokens[first].span.start, tokens[last].span.end);
                ctx.signals(first, last, span).speech
            });
        if strip && more && !word_name {
            title = None;
            first += 1;
            continue;
        }
        if strip && !word_name && (tokens[first].opener || tokens[first].titlecase || the) {
            // An ordinary word opening a sentence may still be a club's short name ("Real were
            // 2-1 down"): kept for the short-form test, which asks for the club in full.
            if !the && !tokens[first].titlecase && !more && gaz.opens_alias(w) {
                pieces.push(Piece::plain(first, last, None));
            }
            return;
        }
        break;
    }
    if first > last {
        return;
    }
    // Segments between ordinary words inside the run.
    let mut seg_start = first;
    let mut i = first;
    while i <= last {
        let splits = i > seg_start
            && !ends_with_cue
            && (!ctx.has(seg_start, word::GIVEN) || tokens[i].opener)
            && tok_gaz[i].is_none()
            && tokens[i].shape == Shape::Cap
            // A demonym closing a run is a surname ("Bevan French").
            && (ctx.has(i, word::COMMON) || (ctx.has(i, word::DEMONYM) && i < last))
            && ctx.type_cue(i, false, true).is_none()
            && ctx.type_cue(i, true, false).is_none()
            // (Not an ordinary word opening a two-word nickname that ends the run: "Guangdong
            // Southern Tigers", "Bristol Golden Eagles".)
            && !(i + 1 == last && plural_nickname(ctx, tok_gaz, matches, gaz, last));
        if splits {
            segment(
                gaz,
                ctx,
                seg_start,
                i - 1,
                title,
                cap_role,
                tok_gaz,
                matches,
                dropped,
                pieces,
            );
            title = None;
            seg_start = i + 1;
        }
        i += 1;
    }
    if seg_start <= last {
        segment(
            gaz, ctx, seg_start, last, title, cap_role, tok_gaz, matches, dropped, pieces,
        );
    }
}

/// `w` is the lower-case word `lower` with a capital first letter ("For" of "for"; not "FOR").
fn capitalised(w: &str, lower: &str) -> bool {
    let (Some(c), Some(l)) = (w.chars().next(), lower.chars().next()) else {
        return false;
    };
    w.len() == lower.len()
        && c.is_uppercase()
        && c.to_lowercase().eq(std::iter::once(l))
        && w[c.len_utf8()..] == lower[l.len_utf8()..]
}

/// "Post-Match Thread: …", "Player Ratings: …": the label a headline opens with before its
/// colon, two or three capitalised words no list knows and no given name — no one's name.
fn headline_label(ctx: &Ctx, tok_gaz: &[Option<usize>], first: usize, last: usize) -> bool {
    let tokens = ctx.tokens;
    let doc = ctx.doc;
    let (start, end) = (tokens[first].span.start, tokens[last].span.end);
    if last == first || last - first > 2 || !doc.body[end..].starts_with(':') {
        return false;
    }
    let p = &doc.paragraphs[doc.paragraph_index(start)];
    p.kind == ParagraphKind::Headline
        && p.span.start == start
        && (first..=last).all(|i| tok_gaz[i].is_none() && !ctx.has(i, word::GIVEN))
}

/// Token `i` is a capitalised plural a side's nickname ends with: one the gazetteer gives a
/// team, or one no list knows ("Tigers", "Leopards").
fn plural_nickname(
    ctx: &Ctx,
    tok_gaz: &[Option<usize>],
    matches: &[GazMatch],
    gaz: &Gazetteer,
    i: usize,
) -> bool {
    let tokens = ctx.tokens;
    let w = tok_text(tokens, ctx.doc.body.as_str(), i);
    if tokens[i].shape != Shape::Cap || tokens[i].possessive || w.len() <= 3 || !w.ends_with('s') {
        return false;
    }
    match tok_gaz[i] {
        Some(m) => matches[m]
            .entries
            .iter()
            .all(|&e| gaz.entries[e as usize].kind == EntityType::Team),
        None => ctx.flags(i) == 0 && ctx.type_cue(i, false, true).is_none(),
    }
}

#[allow(clippy::too_many_arguments)]
fn segment(
    gaz: &Gazetteer,
    ctx: &Ctx,
    first: usize,
    last: usize,
    title: Option<usize>,
    cap_role: Option<Option<&'static str>>,
    tok_gaz: &[Option<usize>],
    matches: &[GazMatch],
    dropped: &mut [bool],
    pieces: &mut Vec<Piece>,
) {
    let lex = &*LEXICON;
    let tokens = ctx.tokens;
    let body = ctx.doc.body.as_str();
    let text = |i: usize| tok_text(tokens, body, i);
    // Trim particles left dangling at the end and suffix-only leftovers.
    let mut last = last;
    while last > first && tokens[last].shape == Shape::Particle {
        last -= 1;
    }
    // The gazetteer matches inside, in text order, read off `tok_gaz` as asked (few; usually
    // none: no list is made).
    let gaz_in = || {
        let mut prev = None;
        tok_gaz[first..=last]
            .iter()
            .flatten()
            .copied()
            .filter(move |&m| prev.replace(m) != Some(m))
    };
    // The one match inside, when there is exactly one.
    let sole_match = gaz_in().next().filter(|_| gaz_in().nth(1).is_none());
    // The last word types a name, unless a first-word cue opens a Romance-style name with a
    // particle inside ("Estadio do Vale", "Stade de la Meinau") or a side's two-word name.
    let cue_of = |f: usize, l: usize| -> Option<EntityType> {
        if l <= f {
            return None;
        }
        let prefix = ctx.type_cue(f, true, false);
        let particle = (f + 1..l).any(|i| tokens[i].shape == Shape::Particle);
        // (A side's form word before one more word names a side whatever that word: "Team
        // Park" is a curling rink.)
        match prefix {
            Some(k) if particle || (k == EntityType::Team && l == f + 1) => Some(k),
            _ => suffix_cue(ctx, f, l).or(prefix),
        }
    };
    // Words, then a nickname opened by a nickname word ("the Grant Falls Lady Bobcats", "the
    // Lady Hornets"): a school's side, whatever the words before (a given name, a town).
    let prefixed_nickname = last > first
        && title.is_none()
        && cap_role.is_none()
        && lex.nickname_prefixes.contains(text(last - 1))
        && !ctx.has(last - 1, word::TITLE)
        && tokens[last].shape == Shape::Cap
        && !tokens[last].possessive
        && (first..last).all(|i| tokens[i].shape == Shape::Cap && !tokens[i].possessive);
    if prefixed_nickname {
        for m in gaz_in() {
            dropped[m] = true;
        }
        pieces.push(Piece::plain(first, last, Some(EntityType::Team)));
        return;
    }
    if gaz_in().next().is_none() {
        pieces.push(Piece {
            first,
            last,
            title,
            cap_role,
            cue_kind: cue_of(first, last),
            nickname: None,
        });
        return;
    }
    // The whole segment is one gazetteer name: nothing for the shape rules.
    let whole = sole_match.is_some_and(|m| {
        let m = &matches[m];
        m.span.start <= tokens[first].span.start && m.span.end >= tokens[last].span.end
    });
    if whole {
        return;
    }
    // A plural noun, a particle and a town the gazetteer may know ("Leones del Caracas",
    // "Tigres del Licey"): one name, typed by its shape and context below (a club, where sides
    // are), not a place or a club of one of its words.
    let plural_led = last > first + 1
        && tokens[first + 1].shape == Shape::Particle
        && tokens[first].shape == Shape::Cap
        && text(first).ends_with('s')
        && !ctx.has(first, word::GIVEN)
        && tok_gaz[first].is_none_or(|m| {
            matches[m].span.end <= tokens[first].span.end
                && matches[m]
                    .entries
                    .iter()
                    .all(|&e| gaz.entries[e as usize].kind == EntityType::Team)
        });
    if plural_led {
        for m in gaz_in() {
            dropped[m] = true;
        }
        pieces.push(Piece::plain(first, last, None));
        return;
    }
    // A first-word cue, then a particle and names the gazetteer knows ("Meeting de Paris",
    // "Stade de Reims"), or a sport's name and one place ("Athletics Kenya", "Rugby Australia"):
    // one name of the cue's type.
    // (The sport's name may be a club's too: "Athletics" for the baseball side.)
    if let Some(kind) = ctx
        .type_cue(first, true, false)
        .filter(|_| last > first && suffix_cue(ctx, first, last).is_none())
    {
        let particle_led = tok_gaz[first].is_none() && tokens[first + 1].shape == Shape::Particle;
        let rest = tok_gaz[first + 1];
        let body_of_country = kind == EntityType::Organisation
            && rest.is_some_and(|m| {
                tok_gaz[first] != Some(m)
                    && (first + 1..=last).all(|i| tok_gaz[i] == Some(m))
                    && matches[m].span.start == tokens[first + 1].span.start
                    && matches[m]
                        .entries
                        .iter()
                        .any(|&e| gaz.entries[e as usize].kind == EntityType::Place)
            });
        // A club's form word and a place or a club of another sport the gazetteer knows ("CN
        // Marseille", "AN Brescia"): one unlisted side. (A listed one, "FC Barcelona", matched
        // whole above.) A ground's word the same way: "Estadio Nacional" is a ground, not the
        // club Nacional.
        // A place's first word and a side's nickname the same way ("Lake Forest", "Mount
        // Union"): a town (or the school named after it), not the listed side.
        let form_word_and_name = matches!(
            kind,
            EntityType::Team | EntityType::Venue | EntityType::Place
        ) && tok_gaz[first].is_none()
            && rest.is_some_and(|m| {
                (first + 1..=last).all(|i| tok_gaz[i] == Some(m))
                    && matches[m].span.start == tokens[first + 1].span.start
                    && matches[m].span.end == tokens[last].span.end
                    && matches[m]
                        .entries
                        .iter()
                        .all(|&e| match gaz.entries[e as usize].kind {
                            EntityType::Team => true,
                            EntityType::Place => kind != EntityType::Place,
                            _ => false,
                        })
            });
        if particle_led || body_of_country || form_word_and_name {
            for m in gaz_in() {
                dropped[m] = true;
            }
            pieces.push(Piece::plain(first, last, Some(kind)));
            return;
        }
    }
    let single_token = |m: usize| {
        let s = matches[m].span;
        (first..=last)
            .filter(|&i| tokens[i].span.overlaps(s))
            .count()
            == 1
    };
    // A place or plain capitalised words, then a plural nickname the gazetteer gives other sides
    // ("Hunter Hurricanes", "Fremantle Mariners", "Newcastle Jets"): a side of its own the
    // gazetteer lacks, whose nickname alone names it too. (A listed side named in full matched
    // whole above; words of the listed side's own name are that side: "LA Lakers".)
    // (A nickname in the singular, "Queensland Thunder", after a place only: plain capitalised
    // words before one are as likely a person's name.)
    // (A run of one word has no place before its last word.)
    // (A ground's name is a place here: "Murrayfield Racers", "Wembley Lions".)
    let place_before = last > first
        && tok_gaz[first].is_some_and(|m| {
            matches[m].span.end == tokens[last - 1].span.end
                && matches[m].entries.iter().any(|&e| {
                    matches!(
                        gaz.entries[e as usize].kind,
                        EntityType::Place | EntityType::Venue
                    )
                })
        });
    let place_and_nickname = last > first
        && last - first <= 3
        && title.is_none()
        && cap_role.is_none()
        && tok_gaz[last].is_some_and(|m| {
            let gm = &matches[m];
            let prefix = fold::key(&body[tokens[first].span.start..tokens[last - 1].span.end]);
            single_token(m)
                && gm.span.start == tokens[last].span.start
                && text(last).len() > 3
                && (text(last).ends_with('s') || place_before)
                && !tokens[last].possessive
                && gm.entries.iter().all(|&e| {
                    let entry = &gaz.entries[e as usize];
                    entry.kind == EntityType::Team
                        && !std::iter::once(&entry.canonical)
                            .chain(entry.aliases.iter())
                            .any(|n| names_by_prefix(n, &prefix))
                })
                // (Nor where the text names a listed side of the nickname in full: "the Golden
                // State Warriors … Oakland Warriors fans" is one side under an old name.)
                && !matches.iter().any(|other| {
                    other.entries.len() == 1
                        && gm.entries.contains(&other.entries[0])
                        && body[other.span.start..other.span.end].contains(' ')
                })
        })
        // (A place's or a side's cue word may stand inside: "the Holt County Eagles", "the St.
        // Boniface Giants", a school's name and nickname.)
        && (first..last).all(|i| {
            tokens[i].shape == Shape::Cap
                && !tokens[i].possessive
                && (ctx.type_cue(i, true, true).is_none()
                    || ctx.type_cue(i, true, false) == Some(EntityType::Place)
                    || (i > first && ctx.type_cue(i, false, true) == Some(EntityType::Team)))
                && !ctx.has(i, word::CALENDAR)
                && (!ctx.has(i, word::TITLE) || ctx.type_cue(i, true, false) == Some(EntityType::Place))
                && tok_gaz[i].is_none_or(|m| {
                    matches[m].span.end <= tokens[last - 1].span.end
                        && matches[m].entries.iter().all(|&e| {
                            matches!(
                                gaz.entries[e as usize].kind,
                                EntityType::Place | EntityType::Team | EntityType::Venue
                            )
                        })
                })
        });
    // A place, then a capitalised plural no list knows ("Ipswich Witches", "Exeter Chiefs"): a
    // side named town and nickname, the commonest club name in English. (Not after a place that
    // is a given name too, "Sydney Adams"; nor a plural that types a name, "Paris Masters",
    // "Seattle Times".)
    let place_and_coined_plural = place_before
        && last == first + 1
        && title.is_none()
        && cap_role.is_none()
        && !ctx.has(first, word::GIVEN)
        && tok_gaz[last].is_none()
        && tokens[last].shape == Shape::Cap
        && !tokens[last].possessive
        // (A role noun's plural is a coined nickname too: "Murrayfield Racers", "Leeds Riders".)
        && ctx.flags(last) & !word::ROLE == 0
        && ctx.type_cue(last, false, true).is_none()
        && text(last).len() > 3
        && text(last).ends_with('s')
        && !text(last).ends_with("ss");
    if place_and_nickname || place_and_coined_plural {
        for m in gaz_in() {
            dropped[m] = true;
        }
        pieces.push(Piece::plain(first, last, Some(EntityType::Team)));
        return;
    }
    // A person-shaped run: "Jordan Henderson", "Lewis Hamilton", "Mr. Denver Smith".
    let others_plain = (first..=last)
        .filter(|&i| tok_gaz[i].is_none())
        .all(|i| !ctx.has(i, word::COMMON) && ctx.type_cue(i, false, true).is_none());
    let starts_given = ctx.has(first, word::GIVEN);
    // "Dallas Goedert": a place's name, then one plain capitalised word no list knows — a given
    // name that happens to be a town's, and a surname.
    let place_then_surname = last == first + 1
        && sole_match.is_some_and(|m| {
            tok_gaz[first] == Some(m)
                && single_token(m)
                && tok_gaz[last].is_none()
                && tokens[last].shape == Shape::Cap
                && ctx.flags(last) == 0
                && matches[m]
                    .entries
                    .iter()
                    .all(|&e| gaz.entries[e as usize].kind == EntityType::Place)
        });
    // "Tamsin Williams": a plain capitalised word no list knows, then a one-word short name of a
    // team whose sport nothing else in the text names — a given name and a surname.
    let surname_of_team = last == first + 1
        && sole_match.is_some_and(|sole| {
            tok_gaz[last] == Some(sole)
                && tok_gaz[first].is_none()
                && single_token(sole)
                && tokens[first].shape == Shape::Cap
                && ctx.flags(first) == 0
                && {
                    let m = &matches[sole];
                    let surface = &body[m.span.start..m.span.end];
                    m.entries.iter().all(|&e| {
                        let entry = &gaz.entries[e as usize];
                        entry.kind == EntityType::Team
                            && !fold::key_is(surface, gaz.key(e))
                            && !sport_named_elsewhere(gaz, matches, sole, entry.sport.as_deref())
                    })
                }
        });
    if last > first
        && gaz_in().all(single_token)
        && others_plain
        && (starts_given
            || place_then_surname
            || surname_of_team
            || title.is_some()
            || cap_role.is_some()
            || role_noun_before(ctx, first)
            || tokens[first].shape == Shape::Particle
            || surname_particle(text(first)))
        && cue_of(first, last).is_none()
    {
        for m in gaz_in() {
            dropped[m] = true;
        }
        pieces.push(Piece {
            first,
            last,
            title,
            cap_role,
            cue_kind: None,
            nickname: None,
        });
        return;
    }
    // A gazetteer name and a type cue after it: "Xcel Energy Center", "Japan Golf Tour".
    let tail_cue = suffix_cue(ctx, first, last);
    // Names, then a cue word the gazetteer knows alone only as the short form of another name
    // ("Championship" for the EFL Championship, "City" for Manchester City): "World
    // Championship", "Kingsmere City" are one name of the cue's type.
    let short_cue = tail_cue.is_some()
        && last > first
        && tok_gaz[last].is_some_and(|m| {
            single_token(m) && tok_gaz[last - 1] != Some(m) && {
                // (Some reading of it names something else: "Masters" is also the snooker
                // event's own name, yet "Qatar Masters" is one name.)
                matches[m]
                    .entries
                    .iter()
                    .any(|&e| !fold::key_is(text(last), gaz.key(e)))
            }
        });
    // Either way, or a cue after a gazetteer name ("Xcel Energy Center"): one name of the cue's
    // type, the gazetteer matches inside it dropped.
    // (A compass word may open it: "West Auckland Town", "North Ferriby United".)
    let name_at = if last > first + 1 && compass_word(text(first)) && tok_gaz[first].is_none() {
        first + 1
    } else {
        first
    };
    if short_cue || (tail_cue.is_some() && tok_gaz[last].is_none() && tok_gaz[name_at].is_some()) {
        for m in gaz_in() {
            dropped[m] = true;
        }
        pieces.push(Piece::plain(first, last, tail_cue));
        return;
    }
    // "Trefl Gdańsk", "Sonepar Padova", "Dinamo Tbilisi": words no list knows (no given name, no
    // ordinary word, no title), then a town the gazetteer knows closing the name: a club named
    // by its sponsor or nickname and its town, one team name.
    // (The town may be of two words: "Conad Reggio Emilia".)
    let town_at = tok_gaz[last].and_then(|m| {
        let gm = &matches[m];
        let at = (first + 1..=last).find(|&i| tokens[i].span.start == gm.span.start)?;
        (gm.span.end == tokens[last].span.end
            && (at..=last).all(|i| tok_gaz[i] == Some(m))
            && gm
                .entries
                .iter()
                .any(|&e| gaz.entries[e as usize].kind == EntityType::Place))
        .then_some(at)
    });
    let sponsor_town = town_at.is_some_and(|at| last - first <= 3 && at > first)
        && title.is_none()
        && cap_role.is_none()
        && !role_noun_before(ctx, first)
        && (first..town_at.unwrap_or(first)).all(|i| {
            // (A club's form word may open it: "KC Lindenau Halle".)
            let form_word =
                i == first && ctx.type_cue(i, true, false) == Some(EntityType::Team);
            tok_gaz[i].is_none()
                && tokens[i].shape == Shape::Cap
                && !tokens[i].possessive
                && (form_word || (ctx.flags(i) == 0 && ctx.type_cue(i, true, true).is_none()))
        })
        // Opening a sentence, the first word may be any capitalised word ("Rainy Bergamo"): a
        // side's own word must follow ("Velta Graz beat …", "… were").
        && (!tokens[first].opener || {
            let span = Span::new(tokens[first].span.start, tokens[last].span.end);
            let sig = ctx.signals(first, last, span);
            sig.team && sig.side_word
        });
    if sponsor_town {
        for m in gaz_in() {
            dropped[m] = true;
        }
        pieces.push(Piece::plain(first, last, Some(EntityType::Team)));
        return;
    }
    // A club's form word, then a nickname the gazetteer gives other sides ("KHC Lions", "HC
    // Dragons"): a club of its own. (Not a side's own name: "FC Porto" is Porto's.)
    let nickname_club = last == first + 1
        && ctx.type_cue(first, true, false) == Some(EntityType::Team)
        && tok_gaz[first].is_none()
        && tok_gaz[last].is_some_and(|m| {
            single_token(m)
                && matches[m].entries.iter().all(|&e| {
                    gaz.entries[e as usize].kind == EntityType::Team
                        && !fold::key_is(text(last), gaz.key(e))
                })
        });
    if nickname_club {
        for m in gaz_in() {
            dropped[m] = true;
        }
        pieces.push(Piece::plain(first, last, Some(EntityType::Team)));
        return;
    }
    // A compass word, then a town ("West Hull", "East Fife", "North Ferriby"): one name, a
    // side's or a district's as its context says, not the town's (nor its club's).
    let compass_town = last == first + 1
        && compass_word(text(first))
        && tok_gaz[first].is_none()
        && tokens[last].shape == Shape::Cap
        && !tokens[first].possessive
        && tok_gaz[last].is_some_and(|m| {
            single_token(m)
                && matches[m]
                    .entries
                    .iter()
                    .any(|&e| gaz.entries[e as usize].kind == EntityType::Place)
        });
    if compass_town {
        for m in gaz_in() {
            dropped[m] = true;
        }
        pieces.push(Piece::plain(first, last, None));
        return;
    }
    // Otherwise the gazetteer stands; what lies around its matches is a name of its own.
    let mut i = first;
    while i <= last {
        if tok_gaz[i].is_some() {
            i += 1;
            continue;
        }
        let s = i;
        while i < last && tok_gaz[i + 1].is_none() {
            i += 1;
        }
        let mut e = i;
        while e > s && tokens[e].shape == Shape::Particle {
            e -= 1;
        }
        // A capitalised role noun opening the rest ("Serie A. Defender Niccolò Dell’Orto" when
        // the sentence went on past "A.") is no part of the name.
        let mut s = s;
        let mut role = if s == first { cap_role } else { None };
        if s < e && tokens[s].shape == Shape::Cap && !ctx.has(s, word::GIVEN) {
            if let Some(r) = lex.role(text(s)) {
                role = Some(r);
                s += 1;
            }
        }
        if tokens[s].shape != Shape::Particle || s < e {
            let t = if s == first { title } else { None };
            pieces.push(Piece {
                first: s,
                last: e,
                title: t,
                cap_role: role,
                cue_kind: cue_of(s, e),
                nickname: None,
            });
        }
        i += 1;
    }
}

/// A country's code, the four home nations of the United Kingdom as one: a story of the Elite
/// League names Belfast, Cardiff and Sheffield.
fn country_group(code: &str) -> &str {
    match code {
        "ENG" | "SCO" | "WAL" | "NIR" => "GBR",
        other => other,
    }
}

/// A compass word that opens a district's or a club's name ("West" of "West Hull";
/// `data/entities/compass_words.txt`).
fn compass_word(w: &str) -> bool {
    LEXICON.compass_words.contains(w)
}

/// A listed side's `name` holds the words before its nickname (`prefix`, a key): its own
/// place, or their initials ("LA" for "Los Angeles Lakers").
fn names_by_prefix(name: &str, prefix: &str) -> bool {
    let key = fold::key(name);
    if key.contains(prefix) {
        return true;
    }
    let initials: String = key
        .split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .collect();
    prefix.len() >= 2 && !prefix.contains(' ') && initials.starts_with(prefix)
}

/// The type the last word of tokens `first..=last` gives the name, or its last two words when they
/// are one cue ("Al Hamra Golf Club", "Oakmont Country Club"; a word must stand before them).
fn suffix_cue(ctx: &Ctx, first: usize, last: usize) -> Option<EntityType> {
    let lex = &*LEXICON;
    let tokens = ctx.tokens;
    // A squad marker closing the name leaves the cue before it ("Olympia HC II").
    let last = if last > first + 1
        && squad_word(&ctx.doc.body[tokens[last].span.start..tokens[last].span.end])
    {
        last - 1
    } else {
        last
    };
    if last > first + 1 {
        let pair = &ctx.doc.body[tokens[last - 1].span.start..tokens[last].span.end];
        if let Some(k) = lex.type_cue(pair, false, true) {
            return Some(k);
        }
    }
    ctx.type_cue(last, false, true)
}

/// A lower-case role noun stands right before token `first` in its sentence ("match referee
/// Everton O’Garro"): the name after it is a person's, whatever its words also name.
fn role_noun_before(ctx: &Ctx, first: usize) -> bool {
    let Some(prev) = first.checked_sub(1).map(|i| &ctx.tokens[i]) else {
        return false;
    };
    let body = ctx.doc.body.as_str();
    prev.sentence == ctx.tokens[first].sentence
        && prev.shape == Shape::Lower
        && &body[prev.span.end..ctx.tokens[first].span.start] == " "
        && LEXICON
            .role_singular_lower(&body[prev.span.start..prev.span.end])
            .is_some()
}

/// A person's name split into given names, surname (with its particles) and suffix.
struct Form {
    given: Vec<String>,
    surname: String,
    suffix: Option<String>,
    display: String,
}

/// Particles that, capitalised at the start of a name, belong to the surname ("Van Dyke").
fn surname_particle(word: &str) -> bool {
    if word.len() > 6 {
        return false;
    }
    // Lower-cased once, on the stack for ASCII (this runs for most capitalised words).
    let mut buf = [0u8; 6];
    let lower: std::borrow::Cow<str> = if word.is_ascii() {
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[..word.len()].make_ascii_lowercase();
        std::borrow::Cow::Borrowed(std::str::from_utf8(&buf[..word.len()]).unwrap_or(""))
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    };
    // (A `match` on the string: compiled to a switch on the length, not thirty comparisons.)
    matches!(
        lower.as_ref(),
        "van"
            | "von"
            | "de"
            | "di"
            | "da"
            | "du"
            | "le"
            | "la"
            | "del"
            | "della"
            | "dos"
            | "das"
            | "des"
            | "der"
            | "den"
            | "ter"
            | "ten"
            | "st"
            | "st."
            | "saint"
            | "dall"
            | "degli"
            | "ó"
            | "ní"
            | "mac"
            | "nic"
            | "vander"
            | "vanden"
            | "vande"
            | "an"
    )
}

fn person_form(tokens: &[Token], body: &str, piece: &Piece) -> Form {
    let lex = &*LEXICON;
    let text = |i: usize| tok_text(tokens, body, i);
    let in_nick = |i: usize| piece.nickname.is_some_and(|(a, b)| a <= i && i <= b);
    let mut last = piece.last;
    let mut suffix = None;
    if last > piece.first && lex.is_suffix(text(last)) {
        suffix = Some(text(last).trim_end_matches('.').to_lowercase());
        last -= 1;
    }
    let mut s = last;
    while s > piece.first && !in_nick(s - 1) {
        let w = text(s - 1);
        let lower_particle = tokens[s - 1].shape == Shape::Particle;
        // "Hake-van Dijk": a double surname joined by a particle after the hyphen.
        let hyphen_particle = w
            .rsplit_once(['-', '‐'])
            .is_some_and(|(head, tail)| !head.is_empty() && lex.flags(tail) & word::PARTICLE != 0);
        if lower_particle || surname_particle(w) || hyphen_particle {
            s -= 1;
        } else {
            break;
        }
    }
    let surname = &body[tokens[s].span.start..tokens[last].span.end];
    let given = (piece.first..s)
        .filter(|&i| !in_nick(i))
        .map(|i| fold::key(text(i)))
        .collect();
    let display = match piece.nickname {
        // "Darnell “D-Train” Okwuosa" is Darnell Okwuosa.
        Some((a, b)) if a > piece.first && b < piece.last => format!(
            "{} {}",
            &body[tokens[piece.first].span.start..tokens[a - 1].span.end],
            &body[tokens[b + 1].span.start..tokens[piece.last].span.end]
        ),
        _ => body[tokens[piece.first].span.start..tokens[piece.last].span.end].to_string(),
    };
    Form {
        given,
        surname: fold::key(surname),
        suffix,
        display,
    }
}

/// A multi-word name with no gazetteer reading and no type cue: a person's with evidence (a
/// title, a role noun, a speech verb, a known given name) or a name's shape (particles,
/// initials, a suffix); a place after a place word ("from El Palmar"); else a person's when no
/// word of it is an ordinary word.
fn looks_like_person(ctx: &Ctx, piece: &Piece, team_story: bool) -> Option<EntityType> {
    let tokens = ctx.tokens;
    let body = ctx.doc.body.as_str();
    let titled = piece.title.is_some() || piece.cap_role.is_some();
    // "the Venus Rosewater Dish", "the Claret Jug": a trophy, whatever its first word.
    if !titled
        && LEXICON
            .thing_heads
            .contains(tok_text(tokens, body, piece.last))
    {
        return None;
    }
    if !titled && ctx.org_appositive(piece.last) {
        return Some(EntityType::Organisation);
    }
    // ("Spandau 04": a club's name with its founding year.)
    if tokens[piece.last].shape == Shape::Number {
        return Some(EntityType::Team);
    }
    if titled || ctx.has(piece.first, word::GIVEN) {
        return Some(EntityType::Person);
    }
    let shaped = (piece.first..=piece.last).any(|i| {
        tokens[i].shape == Shape::Initials || (i > piece.first && ctx.has(i, word::SUFFIX))
    });
    if shaped {
        return Some(EntityType::Person);
    }
    let evidence = piece.evidence(ctx);
    if evidence.any() {
        return Some(EntityType::Person);
    }
    let span = Span::new(tokens[piece.first].span.start, tokens[piece.last].span.end);
    let signals = ctx.signals(piece.first, piece.last, span);
    let particles = (piece.first..=piece.last).any(|i| tokens[i].shape == Shape::Particle);
    // Right after "the", with no given name and nothing else saying person, a name is a
    // landmark or a thing ("the Bola del Mundo", "the Peña Cabarga"), not someone ("the Van
    // Dijk header" opens on a surname particle).
    if signals.the_before && !surname_particle(tok_text(tokens, body, piece.first)) {
        return particles.then_some(EntityType::Place);
    }
    // "in Casalecchio di Reno", "at Castel di Sangro": a name with a particle after a place
    // preposition, opening on no particle and owning nothing, is a town.
    if particles
        && (signals.place_weak || signals.place_strong)
        && !signals.nation
        && !signals.person_before
        && !tokens[piece.last].possessive
        && !surname_particle(tok_text(tokens, body, piece.first))
    {
        return Some(EntityType::Place);
    }
    // An unlisted side of a team sport, named where sides are ("Ashby Ivanhoe manager Tom Reed",
    // "were beaten 3-0 by Ashby Ivanhoe"): no given name opens it and nothing says person. (A
    // side word alone is not enough: "an lbw appeal against Kavi Boodram".)
    // ("losing 12-8 to Radnički Kragujevac": a scoreline right before, joined by a preposition.)
    let side = || {
        (signals.team && !signals.side_word)
            || (signals.side_word && (ctx.scoreline_near(span) || side_subject(ctx, piece.first)))
            || score_beside(body, span, false)
            // (A results line's side opening on an ordinary word, "Clear Lake def. …": no one's
            // name; a person-shaped one is voted on with its other mentions.)
            || (ctx.has(piece.first, word::COMMON) && results_line_side(body, span.start, span.end))
    };
    if particles {
        // "Tigres del Licey", "Tomateros de Culiacán": a plural noun, a particle and the club's
        // town, where sides are; no given name opens it.
        let plural = tok_text(tokens, body, piece.first).ends_with('s');
        if team_story
            && plural
            && !tokens[piece.last].possessive
            && (side() || ctx.scoreline_near(span))
        {
            return Some(EntityType::Team);
        }
        return Some(EntityType::Person);
    }
    let side = side();
    if team_story && side && !signals.place_strong && !ctx.tokens[piece.last].possessive {
        let hyphenated = (piece.first..=piece.last)
            .any(|i| tok_text(tokens, body, i).contains(['-', '‐', '’', '\'']));
        if !hyphenated {
            return Some(EntityType::Team);
        }
    }
    // "from El Palmar", "in Santa Cruz": an unknown name after a place word is a place.
    if (signals.place_weak || signals.place_strong || signals.nation) && !signals.the_before {
        return Some(EntityType::Place);
    }
    // "RELATED POSTS", "TIPSTER LEADERBOARD": a line of capitals alone, opening on no given
    // name, is a page's heading, not someone.
    if heading_line(body, span) {
        return None;
    }
    // A demonym may close a name as its surname ("Bevan French"), not open it.
    let plain = !ctx.has(piece.first, word::DEMONYM)
        && (piece.first..=piece.last).all(|i| !ctx.has(i, word::COMMON));
    plain.then_some(EntityType::Person)
}

/// `span` is the whole of its line, in capitals, of two or more words.
fn heading_line(body: &str, span: Span) -> bool {
    let name = &body[span.start..span.end];
    let alone = body[..span.start]
        .rsplit('\n')
        .next()
        .is_some_and(|head| head.trim().is_empty())
        && body[span.end..]
            .split('\n')
            .next()
            .is_some_and(|tail| tail.trim().is_empty());
    alone && name.contains(' ') && !name.chars().any(char::is_lowercase)
}

fn given_compatible(a: &[String], b: &[String]) -> bool {
    a.iter().zip(b.iter()).all(|(x, y)| {
        if x == y {
            return true;
        }
        // "o." vs "ollie"; "j.p." vs "jean-pierre"; "y" (a results line's "Y Abdelrahman") vs
        // "youssef".
        let initials = |s: &str| (s.ends_with('.') && s.len() <= 6) || s.chars().count() == 1;
        let first = |s: &str| s.chars().next();
        (initials(x) || initials(y)) && first(x) == first(y)
    })
}

/// "Pinheiro Dias" and "Rafael Pinheiro Dias": the shorter name's words are the last words of
/// the longer one's, and its first word is no given name — a double surname written without the
/// given name, not another person ("Rafael Dias" and "Pedro Rafael Dias" stay apart).
fn first_surname_dropped(a: &[String], b: &[String]) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    !short.is_empty()
        && short.len() < long.len()
        && long.ends_with(short)
        && !LEXICON.is_given(&short[0])
        && !short[0].ends_with('.')
}

/// The person a full name (its parts, moved in) belongs to (made if new).
fn place_person(
    persons: &mut Vec<Person>,
    given: Vec<String>,
    surname: String,
    suffix: Option<String>,
    mention: usize,
) -> usize {
    let found = persons.iter().position(|p| {
        p.surname == surname
            && !p.given.is_empty()
            && (given_compatible(&p.given, &given) || first_surname_dropped(&p.given, &given))
            && (p.suffix == suffix || p.suffix.is_none() || suffix.is_none())
    });
    let at = match found {
        Some(i) => {
            if given.len() > persons[i].given.len() {
                persons[i].given = given;
            }
            if persons[i].suffix.is_none() {
                persons[i].suffix = suffix;
            }
            i
        }
        None => {
            persons.push(Person {
                given,
                surname,
                suffix,
                full: Vec::new(),
                all: Vec::new(),
                forms: Vec::new(),
                nicknames: Vec::new(),
            });
            persons.len() - 1
        }
    };
    persons[at].full.push(mention);
    persons[at].all.push(mention);
    at
}

/// The person a bare surname (or given name, or nickname) names: the one with the most full
/// mentions, then the one mentioned last before it.
fn find_person(persons: &[Person], form: &Form, pos: usize, mentions: &[Mention]) -> Option<usize> {
    let pick = |cands: &mut dyn Iterator<Item = usize>| -> Option<usize> {
        cands.max_by_key(|&i| {
            let p = &persons[i];
            let recent = p
                .all
                .iter()
                .map(|&m| mentions[m].span.start)
                .filter(|&s| s < pos)
                .max()
                .unwrap_or(0);
            (p.full.len(), recent, usize::MAX - i)
        })
    };
    // (Candidates are filtered again rather than collected: no list to allocate.)
    let key = &form.surname;
    let by_surname = |&i: &usize| {
        persons[i].surname == *key && (form.suffix.is_none() || persons[i].suffix == form.suffix)
    };
    if (0..persons.len()).any(|i| by_surname(&i)) {
        return pick(&mut (0..persons.len()).filter(by_surname));
    }
    if !form.given.is_empty() {
        return None;
    }
    let by_given = |&i: &usize| persons[i].given.first() == Some(key);
    if (0..persons.len()).any(|i| by_given(&i)) {
        return pick(&mut (0..persons.len()).filter(by_given));
    }
    // "Jean-Phil" for Jean-Philippe.
    if key.chars().count() >= 4 {
        let mut by_prefix = (0..persons.len()).filter(|&i| {
            persons[i]
                .given
                .first()
                .is_some_and(|g| g.len() > key.len() && g.starts_with(key.as_str()))
        });
        if let (Some(only), None) = (by_prefix.next(), by_prefix.next()) {
            return Some(only);
        }
    }
    None
}

/// The multi-word names of the teams, venues, competitions and organisations the text names, word
/// by word, for short forms ("the Gewiss" → Gewiss Stadium, "Vale" → Kingsmere Vale).
struct ShortForms<'a> {
    /// Folded name keys (words joined by single spaces), with what they name.
    names: Vec<(Cow<'a, str>, Target, EntityType)>,
    /// How often each was mentioned.
    counts: Vec<usize>,
    /// Where each was first mentioned (byte offset).
    first: Vec<usize>,
}

/// A verb or a clause follows token `i` ("City are", "Real had", "City finished", "Real, who",
/// "City’s"): it is a subject, not an adjective before a noun.
fn verb_follows(ctx: &Ctx, i: usize, span: Span) -> bool {
    let t = &ctx.tokens[i];
    if t.possessive || t.punct_after || ctx.signals(i, i, span).team {
        return true;
    }
    let Some(next) = ctx.tokens.get(i + 1).filter(|n| n.sentence == t.sentence) else {
        return false;
    };
    let w = &ctx.doc.body[next.span.start..next.span.end];
    next.shape == Shape::Lower && (AUXILIARIES.contains(&w) || w.ends_with("ed"))
}

/// Verbs that may follow a club's short name at a sentence start ("Real had", "Real will").
const AUXILIARIES: [&str; 16] = [
    "had", "has", "have", "were", "was", "are", "is", "will", "would", "could", "can", "did",
    "must", "need", "never", "still",
];

impl<'a> ShortForms<'a> {
    fn new(gaz: &'a Gazetteer, mentions: &[Mention], others: &[Other]) -> ShortForms<'a> {
        let mut names: Vec<(Cow<'a, str>, Target, EntityType)> = Vec::new();
        let mut counts: Vec<usize> = Vec::new();
        // (`key` is the name's fold::key, made once by the gazetteer or `other_index`.)
        let mut add = |target: Target, kind: EntityType, key: Cow<'a, str>| {
            if matches!(kind, EntityType::Person | EntityType::Place) || !key.contains(' ') {
                return;
            }
            if let Some(i) = names.iter().position(|n| n.1 == target) {
                counts[i] += 1;
                return;
            }
            names.push((key, target, kind));
            counts.push(1);
        };
        for m in mentions {
            if let Target::Gaz(e) = m.target {
                add(
                    m.target,
                    gaz.entries[e as usize].kind,
                    Cow::Borrowed(gaz.key(e)),
                );
            }
        }
        for (i, o) in others.iter().enumerate() {
            if o.key.contains(' ') {
                add(Target::Other(i), o.kind, Cow::Owned(o.key.clone()));
            }
        }
        // Where each was first mentioned: one pass over the mentions, not one a name.
        let index: FastMap<Target, usize> =
            names.iter().enumerate().map(|(i, n)| (n.1, i)).collect();
        let mut first = vec![usize::MAX; names.len()];
        for m in mentions {
            if let Some(&i) = index.get(&m.target) {
                first[i] = first[i].min(m.span.start);
            }
        }
        ShortForms {
            names,
            counts,
            first,
        }
    }

    /// The club whose name (of two words or more) opens with `word`, an ordinary word ("Real"
    /// → Real Madrid); of several, the one named most often, if one is.
    fn club_opening(&self, word: &str) -> Option<Target> {
        let key = fold::key(word);
        if key.len() < 3 || LEXICON.flags(word) & word::PARTICLE != 0 {
            return None;
        }
        let mut best: Option<(Target, usize)> = None;
        let mut tied = false;
        for (i, (name, target, kind)) in self.names.iter().enumerate() {
            if *kind != EntityType::Team || first_word(name) != key {
                continue;
            }
            let n = self.counts[i];
            match best {
                Some((_, b)) if b > n => {}
                Some((_, b)) if b == n => tied = true,
                _ => {
                    best = Some((*target, n));
                    tied = false;
                }
            }
        }
        if tied {
            return None;
        }
        best.map(|(t, _)| t)
    }

    /// The one name `word` is a word of, if exactly one.
    fn find(&self, word: &str, pos: usize) -> Option<Target> {
        let lex = &*LEXICON;
        let key = fold::key(word);
        // (Two capitals may be a club's short form: "LG" for the LG Twins.)
        let acronym = word.len() == 2 && word.bytes().all(|b| b.is_ascii_uppercase());
        if (key.len() < 3 && !acronym) || lex.is_given(word) {
            return None;
        }
        let team_cue = lex
            .type_cue(word, false, true)
            .is_some_and(|k| k == EntityType::Team);
        if (lex.is_common(word) && !team_cue) || lex.is_demonym(word) {
            return None;
        }
        let is_cue =
            lex.type_cue(word, false, true).is_some() || lex.type_cue(word, true, false).is_some();
        let mut found: Option<Target> = None;
        let mut several = false;
        // Of several names holding the word, the one the text named before it, if only one was
        // ("Millbrook United … Millbrook led 1-0 …", the "Millbrook Echo" named later): a short
        // form points back.
        let mut named_before: Option<Target> = None;
        let mut several_before = false;
        for (i, (name, target, kind)) in self.names.iter().enumerate() {
            if !has_word(name, &key) {
                continue;
            }
            // A cue word ("City", "United") stands for a team only as its last word.
            let last = last_word(name) == key;
            if is_cue && !(team_cue && *kind == EntityType::Team && last) {
                continue;
            }
            // A ground named after a place ("Mt Dandenong Road", "Lake Placid Arena") is not
            // what the place's name alone stands for: "Dandenong were 1-24".
            if *kind == EntityType::Venue && after_place_prefix(name, &key) {
                continue;
            }
            several |= found.is_some_and(|f| f != *target);
            found = Some(*target);
            if self.first[i] < pos {
                several_before |= named_before.is_some_and(|f| f != *target);
                named_before = Some(*target);
            }
        }
        match (several, several_before) {
            (false, _) => found,
            (true, false) => named_before,
            (true, true) => None,
        }
    }
}

/// In `name` (a key: lower case, single spaces), the word `key` comes right after a place's
/// prefix cue ("mt", "mount", "lake"; `data/entities/type_cues.tsv`).
fn after_place_prefix(name: &str, key: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    words.windows(2).any(|w| {
        w[1] == key && {
            let mut cue = String::with_capacity(w[0].len());
            let mut chars = w[0].chars();
            cue.extend(chars.next().map(|c| c.to_ascii_uppercase()));
            cue.extend(chars);
            LEXICON.type_cue(&cue, true, false) == Some(EntityType::Place)
        }
    })
}

// Words of a name key (single spaces between), found by bytes: keys are short, and a string
// searcher costs more to set up than the search.

/// `key` is one of the words of `name` (as `name.split(' ').any(|w| w == key)`).
fn has_word(name: &str, key: &str) -> bool {
    name.as_bytes()
        .split(|&b| b == b' ')
        .any(|w| w == key.as_bytes())
}

/// The words of `name` up to its first space (as `name.split(' ').next()`).
fn first_word(name: &str) -> &str {
    let b = name.as_bytes();
    // (A space is one byte: the cut is a char boundary.)
    &name[..b.iter().position(|&c| c == b' ').unwrap_or(b.len())]
}

/// The word of `name` after its last space (as `name.rsplit(' ').next()`).
fn last_word(name: &str) -> &str {
    let b = name.as_bytes();
    &name[b.iter().rposition(|&c| c == b' ').map_or(0, |p| p + 1)..]
}

/// The sport most of the text's unambiguous gazetteer names and sport words belong to.
fn article_sport(
    gaz: &Gazetteer,
    matches: &[GazMatch],
    dropped: &[bool],
    tokens: &[Token],
    doc: &Doc,
) -> ArticleSport {
    let body = doc.body.as_str();
    let mut votes: FastMap<&str, usize> = FastMap::default();
    // Names that may be a place or a side of one sport ("Galway": the town or its county side),
    // each name once: (sport, surface).
    let mut place_sides: Vec<(&str, &str)> = Vec::new();
    let mut nicknames_seen: FastSet<String> = FastSet::default();
    for (m, gm) in matches.iter().enumerate() {
        if dropped[m] {
            continue;
        }
        let mut sports = gm
            .entries
            .iter()
            .filter_map(|&e| gaz.entries[e as usize].sport.as_deref())
            .filter(|s| *s != "multi");
        let Some(first) = sports.next() else { continue };
        if !sports.all(|s| s == first) {
            continue;
        }
        // A name that may be a place says nothing of the sport alone …
        if gm
            .entries
            .iter()
            .any(|&e| gaz.entries[e as usize].kind == EntityType::Place)
        {
            // (… a side called by the place's bare name, not a country's national side, and
            // not a club with a longer name: "Stockport" for Stockport County is a town.)
            let surface = &body[gm.span.start..gm.span.end];
            let bare = gm.entries.iter().all(|&e| {
                let entry = &gaz.entries[e as usize];
                entry.kind == EntityType::Place
                    || (entry.canonical == surface && !gaz.is_national(e))
            });
            if bare {
                place_sides.push((first, surface));
            }
            continue;
        }
        // A one-word nickname ("Thunder", "Ducks") may be another sport's side's too, which the
        // gazetteer names only in full: named again, it says less than a full name; several
        // sides' nicknames still add up ("the Celtics … the Knicks … the Lakers").
        let surface = &body[gm.span.start..gm.span.end];
        let repeated = !surface.contains(' ')
            && gm
                .entries
                .iter()
                .all(|&e| !fold::key_is(surface, gaz.key(e)))
            && !nicknames_seen.insert(fold::key(surface));
        *votes.entry(first).or_default() += if repeated { 1 } else { 2 };
    }
    // … but three or more different ones whose sides, called by the bare name, all play one
    // sport ("Armagh", "Tyrone", "Donegal": county sides) speak for it, a vote each.
    place_sides.sort_unstable();
    place_sides.dedup();
    let mut k = 0;
    while k < place_sides.len() {
        let sport = place_sides[k].0;
        let n = place_sides[k..].iter().take_while(|p| p.0 == sport).count();
        if n >= 3 {
            *votes.entry(sport).or_default() += n;
        }
        k += n;
    }
    let lex = &*LEXICON;
    // (The tokenizer asked the sport-word filter of each lower-case word.)
    // (A word other codes use too, "goal", "penalty", is a vote for every three: rugby league
    // kicks goals as often as football scores them.)
    let mut shared: FastMap<&str, usize> = FastMap::default();
    for t in tokens {
        if t.shape == Shape::Lower && t.sport_word {
            let word = &body[t.span.start..t.span.end];
            if let Some(s) = lex.sport_words.get(word) {
                if lex.shared_sport_words.contains(word) {
                    *shared.entry(s).or_default() += 1;
                } else {
                    *votes.entry(s).or_default() += 1;
                }
            }
        }
    }
    for (s, n) in shared {
        *votes.entry(s).or_default() += n.div_ceil(3);
    }
    // The score stage's cue words, each of one sport only ("penalty goal", "golden point",
    // "five-eighth"), a vote each: this list's single words ("goal", "penalty") are shared.
    // Lists of set scores vote by their shape, as in the score stage.
    let mut cue_votes = [0usize; crate::extract::scores::sport::SPORTS];
    crate::extract::scores::sport::count_body_and_set_lists(doc, &mut cue_votes);
    for (s, n) in crate::extract::scores::sport::all().iter().zip(cue_votes) {
        if n > 0 {
            *votes.entry(s.as_str()).or_default() += n;
        }
    }
    // The sport a headline or section names ("Water polo-Marseille edge Jadran", from the score
    // stage's cue list, which knows sports' many-word names) wins when the body's sport words
    // speak for it too: clubs of many sports are listed under one and would outvote it.
    if let Some((named, _)) = crate::extract::scores::sport::headline_cues(doc) {
        if votes.get(named.as_str()).is_some_and(|&n| n > 0) {
            let mut voted: Vec<String> = vec![named.as_str().to_string()];
            voted.extend(
                votes
                    .keys()
                    .filter(|s| **s != named.as_str())
                    .map(|s| s.to_string()),
            );
            voted[1..].sort_unstable();
            return ArticleSport {
                sport: Some(named.as_str().to_string()),
                clear: true,
                voted,
            };
        }
    }
    let mut best: Vec<(&str, usize)> = votes.into_iter().collect();
    best.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let clear = match best.as_slice() {
        [] => false,
        [(_, n)] => *n >= 12,
        [(_, n), (_, m), ..] => *n >= 12 && *n >= 2 * m,
    };
    ArticleSport {
        sport: best.first().map(|(s, _)| s.to_string()),
        clear,
        voted: best.iter().map(|(s, _)| s.to_string()).collect(),
    }
}

/// The name at token `first` belongs to another name: a player's country ("of the United
/// States", "from Italy"), or a longer name's last word ("the All England").
fn inside_other_name(ctx: &Ctx, first: usize) -> bool {
    let word = |i: usize| ctx.doc.text(ctx.tokens[i].span);
    let joined = first.checked_sub(1).is_some_and(|p| {
        let t = &ctx.tokens[p];
        t.shape == Shape::Cap
            && !t.opener
            && ctx.doc.body[t.span.end..ctx.tokens[first].span.start] == *" "
    });
    if joined {
        return true;
    }
    let mut before = first.checked_sub(1);
    if before.is_some_and(|p| word(p).eq_ignore_ascii_case("the")) {
        before = before.and_then(|p| p.checked_sub(1));
    }
    before.is_some_and(|p| matches!(word(p), "of" | "from"))
}

/// `rest`, the text after a name, goes on as a results line's scoreline and the other side's
/// capitalised name: " 4-1 Exeter City".
fn results_line_home(rest: &str) -> bool {
    let rest = rest.trim_start_matches(' ');
    pair_at_start(rest)
        && rest
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '–')
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
}

/// `s` opens on a scoreline ("3-1", "104–99") that no more digits or letters follow.
pub(super) fn pair_at_start(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize| {
        let st = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i > st
    };
    if !digits(&mut i) {
        return false;
    }
    let dash = if s[i..].starts_with('-') {
        1
    } else if s[i..].starts_with('–') {
        '–'.len_utf8()
    } else {
        return false;
    };
    i += dash;
    digits(&mut i) && !(i < b.len() && (b[i] == b'-' || b[i].is_ascii_alphanumeric()))
}

/// The name is the subject of a result verb and its scoreline: a few small words, then the score
/// ("Barceloneta were beaten 10-9 by …", "Kelsall won 3-1"), or the verb, its object of one or two
/// capitalised words and the score ("Oakmere beat Hazelbury 12-8").
fn score_after_verb(body: &str, span: Span) -> bool {
    let Some(mut rest) = body[span.end..].strip_prefix(' ') else {
        return false;
    };
    let mut verb = false;
    let mut object = 0;
    for _ in 0..5 {
        let Some(end) = rest.find(' ') else {
            return false;
        };
        let word = &rest[..end];
        if !word.bytes().all(|b| b.is_ascii_lowercase()) {
            let name_word = word.chars().next().is_some_and(char::is_uppercase)
                && word.chars().skip(1).all(char::is_lowercase)
                && word.len() > 1;
            if !(verb && name_word && object < 2) {
                return false;
            }
            object += 1;
        } else if object > 0 {
            return false;
        }
        verb = true;
        rest = &rest[end + 1..];
        if pair_at_start(rest) {
            return true;
        }
    }
    false
}

/// A line of a results list, a side's name on each side of a scoreline and nothing else but a
/// bracketed tag ("(HT 1-3)", "(aet)").
static RESULTS_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{Lu}[^\n]{0,50}?) \d{1,3} ?[-–] ?\d{1,3} (\p{Lu}[^\n]{0,50}?)( \([^()\n]{1,40}\))?$",
    )
    .expect("static regex")
});

/// A fixture's results line, the sides first and the score after: "Ferencváros – Pro Recco
/// 12-11 (3-4, 2-2, 4-1, 3-4)".
static FIXTURE_RESULT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{Lu}[^\n:]{0,50}?) [–-] (\p{Lu}[^\n:]{0,50}?) \d{1,3} ?[-–:] ?\d{1,3}(?: \([^()\n]{1,40}\))?$",
    )
    .expect("static regex")
});

/// The result's verbs a results line may be written with ("Marysburg d. Twin Forks 3-1").
const RESULT_LINE_VERBS: [&str; 5] = ["def.", "d.", "defeated", "beat", "bt"];

/// A results line written as a sentence with no verb but the result's, the winner first and
/// the score or set scores after: "Pleasant Valley def. Ankeny Centennial 25-16, 25-19, 25-21",
/// "Marysburg d. Twin Forks 3-1".
static VERB_RESULT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let verbs: Vec<String> = RESULT_LINE_VERBS.iter().map(|v| regex::escape(v)).collect();
    Regex::new(&format!(
        r"^(\p{{Lu}}[^\n,:]{{0,50}}?) (?:{}) (\p{{Lu}}[^\n,:]{{0,50}}?) \d{{1,3}} ?[-–] ?\d{{1,3}}(?:, \d{{1,3}} ?[-–] ?\d{{1,3}}(?: ?\(\d{{1,2}}\))?)*(?: \([^()\n]{{1,40}}\))?$",
        verbs.join("|")
    ))
    .expect("static regex")
});

/// Body bytes `start..end` are one side's whole name in a results line ("Casademont Zaragoza
/// 80-72 IDK Euskotren", "Ferencváros – Pro Recco 12-11", "Osage Bend def. Hays 3-1").
fn results_line_side(body: &str, start: usize, end: usize) -> bool {
    results_line(body, start, end).is_some()
}

/// The other side's name (body bytes) of the results line whose one side is body bytes
/// `start..end`, and whether the line is written with the result's verb ("Clear Lake def.
/// Davenport Assumption 25-22, …").
fn results_line(body: &str, start: usize, end: usize) -> Option<((usize, usize), bool)> {
    let bytes = body.as_bytes();
    // (Cheap tests first: a digit just after the name or two bytes before it, or a dash after.)
    let digit_after = bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
    let digit_before = start >= 2 && bytes[start - 2].is_ascii_digit();
    let dash_after = body[end..].starts_with(" – ") || body[end..].starts_with(" - ");
    let verb_after = RESULT_LINE_VERBS.iter().any(|v| {
        body[end..]
            .strip_prefix(' ')
            .and_then(|r| r.strip_prefix(v))
            .is_some_and(|r| r.starts_with(' '))
    });
    if !(digit_after || digit_before || dash_after || verb_after) {
        return None;
    }
    let line = crate::extract::text::line_within(body, start, end, 140)?;
    if line.1 - line.0 > 140 {
        return None;
    }
    let (line_start, line_end) = result_piece(body, line, start, end);
    let line = &body[line_start..line_end];
    let (caps, verb) = match RESULTS_LINE
        .captures(line)
        .or_else(|| FIXTURE_RESULT_LINE.captures(line))
    {
        Some(caps) => (caps, false),
        None => (VERB_RESULT_LINE.captures(line)?, true),
    };
    let (a, b) = (caps.get(1)?, caps.get(2)?);
    // (A name holds no score of its own, "Ridgeview 6-3, 4-2 SCL" is a line of records, nor a
    // result's verb: "X def. Y – TKO R2 3:12" is a bout's line.)
    let holds_verb = |name: &str| {
        RESULT_LINE_VERBS
            .iter()
            .any(|v| name.split(' ').any(|w| w == *v))
    };
    if [a, b]
        .iter()
        .any(|g| holds_pair(g.as_str()) || (!verb && holds_verb(g.as_str())))
    {
        return None;
    }
    // (Before a bracketed tag, a word of capitals alone is a tag too: "A–B 2–3 OT (1–0, …)".)
    if caps.get(3).is_some() && !b.as_str().chars().any(char::is_lowercase) {
        return None;
    }
    let span = |g: regex::Match| (line_start + g.start(), line_start + g.end());
    if span(a) == (start, end) {
        Some((span(b), verb))
    } else if span(b) == (start, end) {
        Some((span(a), verb))
    } else {
        None
    }
}

/// `s` holds a scoreline or record, digits either side of a dash ("6-3,", "4–2").
fn holds_pair(s: &str) -> bool {
    s.char_indices().any(|(i, c)| {
        matches!(c, '-' | '–')
            && s[..i].ends_with(|d: char| d.is_ascii_digit())
            && s[i + c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit())
    })
}

/// The piece of a results line (body bytes `line`) that holds body bytes `start..end`: one line
/// may list several results apart by semicolons, after a short label ("Semi-finals: Riga 21-12
/// Debrecen; Ljubljana 22-20 Antwerp (OT)").
fn result_piece(body: &str, line: (usize, usize), start: usize, end: usize) -> (usize, usize) {
    let (mut piece_start, mut piece_end) = line;
    if let Some(i) = body[piece_start..start].rfind("; ") {
        piece_start += i + 2;
    }
    if let Some(i) = body[end..piece_end].find("; ") {
        piece_end = end + i;
    }
    if let Some(i) = body[piece_start..start].find(": ") {
        if i <= 40 {
            piece_start += i + 2;
        }
    }
    (piece_start, piece_end)
}

/// A line of results written the American way, each side's name before its points, and nothing
/// else but a tag of extra time or innings: "Marysburg 35, Twin Forks 28 (OT)".
static LISTED_RESULTS_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(\p{Lu}[^\n,]{0,50}?) \d{1,3}, (\p{Lu}[^\n,]{0,50}?) \d{1,3}(?: \([^()\n]{1,12}\))?$",
    )
    .expect("static regex")
});

/// Body span `span` is one side's whole name in a listed results line ("Marysburg 35, Twin
/// Forks 28").
fn listed_results_line_side(body: &str, span: Span) -> bool {
    let bytes = body.as_bytes();
    // (An abbreviation, "DET 3, TB 2", is a listed side's the gazetteer reads, or no one's.)
    if !body[span.start..span.end].chars().any(char::is_lowercase) {
        return false;
    }
    // (Cheap test first: a digit just after the name.)
    if !bytes.get(span.end + 1).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let Some((line_start, line_end)) =
        crate::extract::text::line_within(body, span.start, span.end, 140)
    else {
        return false;
    };
    if line_end - line_start > 140 {
        return false;
    }
    let Some(caps) = LISTED_RESULTS_LINE.captures(&body[line_start..line_end]) else {
        return false;
    };
    [caps.get(1), caps.get(2)]
        .into_iter()
        .flatten()
        .any(|g| line_start + g.start() == span.start && line_start + g.end() == span.end)
}

/// Nouns naming a match's result, between a scoreline and the side it was against.
const RESULT_NOUNS: [&str; 12] = [
    "win",
    "victory",
    "defeat",
    "loss",
    "draw",
    "success",
    "triumph",
    "thrashing",
    "drubbing",
    "hammering",
    "rout",
    "reverse",
];

/// A scoreline stands right beside the name: before it with a preposition ("3-0 by Nantwich",
/// "2-0 to Winsford", "2-1 over Coalville"), or after it when a side word stands before the name
/// (`cued`: "beat Coalville 2-1"), or between two names as in a results line ("Surbiton 3-1
/// Harwich Town": the score joins the name to another capitalised one).
fn score_beside(body: &str, span: Span, cued: bool) -> bool {
    let after = body[span.end..].trim_start_matches(['’', '\'', 's']);
    if let Some(rest) = after.strip_prefix(' ').filter(|_| cued) {
        if pair_at_start(rest) {
            return true;
        }
    }
    // (A name's word holds a small letter: not a tag such as "OT", "SO" or "AET" after a score.)
    let capital_word_at_start = |s: &str| {
        let word = s.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        word.chars().next().is_some_and(char::is_uppercase) && word.chars().any(char::is_lowercase)
    };
    let capital_word_at_end = |s: &str| {
        let word = s.trim_end_matches(['’', '\'', 's']);
        s.chars().next_back().is_some_and(char::is_alphabetic)
            && word
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase)
    };
    // "Surbiton 3-1 Harwich": a pair, then a capitalised word, on the same line.
    if let Some(rest) = after.strip_prefix(' ') {
        if pair_at_start(rest) {
            let past =
                rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '–');
            if past.strip_prefix(' ').is_some_and(capital_word_at_start) {
                return true;
            }
        }
    }
    let before = body[..span.start].trim_end();
    // "Harwich 3-1 Surbiton": a capitalised word, then the pair, right before the name.
    if body[..span.start].ends_with(' ') && capital_word_at_start(&body[span.start..span.end]) {
        let start = before.rfind([' ', '\n']).map_or(0, |p| p + 1);
        let pair = &before[start..];
        // (The pair ends right before the name: "3-1. Bookmakers" ends a sentence.)
        if pair_at_start(pair) && pair.ends_with(|c: char| c.is_ascii_digit()) {
            let head = before[..start].strip_suffix(' ').unwrap_or("");
            if !head.ends_with('\n') && capital_word_at_end(head) {
                return true;
            }
        }
    }
    let last_word_is_pair = |head: &str| {
        let start = head
            .rfind(|c: char| c.is_whitespace() || c == '(')
            .map_or(0, |p| p + 1);
        pair_at_start(&head[start..])
    };
    for prep in [" by", " to", " over", " against", " with"] {
        if let Some(head) = before.strip_suffix(prep) {
            let head = head.trim_end();
            // ("18-18, with Aiman Daud saving…": a clause after the comma, no side's.)
            if head.ends_with([',', ';', ':']) {
                continue;
            }
            if last_word_is_pair(head) {
                return true;
            }
            // "a 2-11 to 1-12 win over Ballyduff", "a 3-1 defeat to Harwich": the pair, a
            // result noun, then the preposition.
            let noun_start = head.rfind(' ').map_or(0, |p| p + 1);
            if RESULT_NOUNS.contains(&&head[noun_start..])
                && last_word_is_pair(head[..noun_start].trim_end())
            {
                return true;
            }
        }
    }
    false
}

/// The one gazetteer side of `sport` (or an American college's, whose teams play every sport)
/// whose name is the place `city` and more words ("Utah Utes" for "Utah" in a college football
/// story; none when two of one kind fit). `college`: the story names American colleges.
fn named_side_of(gaz: &Gazetteer, city: &str, sport: Option<&str>, college: bool) -> Option<u32> {
    let sport = sport?;
    let mut pro = None;
    let mut campus = None;
    let mut several = (false, false);
    // (Sides whose name opens with the place's, by the gazetteer's index.)
    for &i in gaz.sides_opening(city) {
        let e = &gaz.entries[i as usize];
        if !opens_with_place(&e.canonical, city) {
            continue;
        }
        let (slot, many) = if e.sport.as_deref() == Some(sport) {
            (&mut pro, &mut several.0)
        } else if e.sport.as_deref() == Some("multi") && e.country.as_deref() == Some("USA") {
            (&mut campus, &mut several.1)
        } else {
            continue;
        };
        *many |= slot.is_some();
        *slot = Some(i);
    }
    let pro = pro.filter(|_| !several.0);
    let campus = campus.filter(|_| !several.1);
    // Both a club and a college bear the name ("Washington"): the college in a story of
    // colleges; otherwise neither ("a trip to Pittsburgh" may be the city).
    match (pro, campus) {
        (Some(_), Some(c)) if college => Some(c),
        (Some(_), Some(_)) => None,
        (p, c) => p.or(c),
    }
}

/// `name` is the whole name of the place `city`'s club: a club's form word before it ("FC
/// Cincinnati", "AC Milan", "SC Freiburg"), its German adjective and a form word ("Mannheimer
/// HC"), or words and a particle before it ("Leones del Caracas"). "Cincinnati won Game 1" names
/// that club.
fn club_form_of(name: &str, city: &str) -> bool {
    let form = |form: &str, prefix: bool| {
        !form.contains(' ') && LEXICON.type_cue(form, prefix, !prefix) == Some(EntityType::Team)
    };
    let before = name
        .strip_suffix(city)
        .and_then(|head| head.strip_suffix(' '));
    before.is_some_and(|f| form(f, true))
        || before
            .and_then(|head| head.rsplit_once(' '))
            .is_some_and(|(_, particle)| LEXICON.flags(particle) & word::PARTICLE != 0)
        || name
            .strip_prefix(city)
            .and_then(|rest| rest.strip_prefix("er "))
            .is_some_and(|f| form(f, false))
}

/// `name` is the place `head` and more words, the name of the place's own side ("Boston Red
/// Sox" for "Boston"), not another's that opens with it ("Oregon State" for "Oregon").
fn opens_with_place(name: &str, head: &str) -> bool {
    name.len() > head.len()
        && name.starts_with(head)
        && name.as_bytes()[head.len()] == b' '
        && !name[head.len() + 1..]
            .split(' ')
            .next()
            .is_some_and(|w| LEXICON.other_side_after.contains(w.to_lowercase().as_str()))
}

/// A capitalised name (or "They", "We") is the subject of the side verb before token `first`
/// ("ZAKSA host Ślepsk Suwałki", "Kelsall drew with Ashby Ivanhoe"): one side meeting another.
fn side_subject(ctx: &Ctx, first: usize) -> bool {
    let tokens = ctx.tokens;
    let sentence = tokens[first].sentence;
    let mut k = first;
    let mut words = 0;
    while k > 0 && words < 3 {
        let t = &tokens[k - 1];
        if t.sentence != sentence || t.punct_after || t.shape != Shape::Lower {
            break;
        }
        k -= 1;
        words += 1;
    }
    if words == 0 || k == 0 {
        return false;
    }
    let t = &tokens[k - 1];
    let w = tok_text(tokens, &ctx.doc.body, k - 1);
    t.sentence == sentence
        && !t.punct_after
        && matches!(t.shape, Shape::Cap | Shape::Initials)
        && !matches!(w, "He" | "She" | "I" | "It" | "His" | "Her" | "You")
}

/// A story about a sport of sides, where an unlisted name in a side's place is a side (not about
/// tennis, golf, boxing, athletics… where the sides are people; nor about no sport at all).
fn team_sport(sport: Option<&str>) -> bool {
    // (The score stage's sports know which are played by people alone: wrestling, fencing, …)
    if let Some(known) = sport.and_then(crate::extract::scores::sport::Sport::parse) {
        return !known.individual();
    }
    !matches!(
        sport,
        None | Some(
            "tennis"
                | "golf"
                | "boxing"
                | "mma"
                | "cue-sports"
                | "darts"
                | "athletics"
                | "cycling"
                | "motorsport"
                | "swimming"
                | "alpine-skiing"
                | "horse-racing"
                | "multi"
        )
    )
}

/// The sport an article is about, and whether the vote was clear (a dozen votes or more, at
/// least twice the next sport's).
struct ArticleSport {
    sport: Option<String>,
    clear: bool,
    /// Every sport with a vote at all.
    voted: Vec<String>,
}

impl ArticleSport {
    /// Something in the text speaks for `sport`.
    fn has_vote(&self, sport: Option<&str>) -> bool {
        sport.is_some_and(|s| self.voted.iter().any(|v| v == s))
    }
}

/// Picks one reading for every gazetteer match and records the mentions.
#[allow(clippy::too_many_arguments)]
fn resolve_gazetteer<'m>(
    gaz: &Gazetteer,
    ctx: &Ctx,
    lower_body: &str,
    matches: &'m [GazMatch],
    dropped: &[bool],
    article: &ArticleSport,
    others: &mut Vec<Other>,
    mentions: &mut Vec<Mention>,
) {
    let entry = |e: u32| &gaz.entries[e as usize];
    let sport = article.sport.as_deref();
    // Every reading of a match, a club of another sport replaced by its namesake of the
    // article's sport when the words are its name's ("Madrid" in a basketball story is Real
    // Madrid the basketball club; "Warriors", a nickname of Zimbabwe's football side, is not
    // Zimbabwe's cricket side).
    // (Only an entry with twins may change: a match with none keeps its own list, unallocated.)
    let readings = |gm: &'m GazMatch| -> Cow<'m, [u32]> {
        if sport.is_none() || !gm.entries.iter().any(|&e| gaz.has_twins(e)) {
            return Cow::Borrowed(&gm.entries);
        }
        let mut out: Vec<u32> = Vec::with_capacity(gm.entries.len());
        // The surface's key, made at most once however many readings it has.
        let mut words: Option<String> = None;
        for &e in &gm.entries {
            // (An entry of the sport is its own twin: no name to compare.)
            let twin = sport.and_then(|s| gaz.twin_in(e, s)).filter(|&t| {
                t == e
                    || in_name(
                        gaz.key(e),
                        words.get_or_insert_with(|| fold::key(ctx.doc.text(gm.span))),
                    )
            });
            let e = twin.unwrap_or(e);
            if !out.contains(&e) {
                out.push(e);
            }
        }
        Cow::Owned(out)
    };
    let all_readings: Vec<Cow<[u32]>> = matches.iter().map(readings).collect();
    // The matches that can only be one team, with it: the full names a short form may end.
    let single_teams: Vec<(Span, u32)> = matches
        .iter()
        .zip(&all_readings)
        .filter(|(_, r)| r.len() == 1 && entry(r[0]).kind == EntityType::Team)
        .map(|(other, r)| (other.span, r[0]))
        .collect();
    // Entries named somewhere by an unambiguous surface.
    let mut strong: FastMap<u32, usize> = FastMap::default();
    for (m, gm) in matches.iter().enumerate() {
        if !dropped[m] && all_readings[m].len() == 1 && !gm.weak {
            *strong.entry(all_readings[m][0]).or_default() += 1;
        }
    }
    let mut chosen: Vec<Option<u32>> = vec![None; matches.len()];
    // The country most of the story's sure names (one reading) are from, made once when first
    // asked.
    let story_country_cell: std::cell::OnceCell<Option<&str>> = std::cell::OnceCell::new();
    let story_country = || {
        *story_country_cell.get_or_init(|| {
            let mut count: FastMap<&str, usize> = FastMap::default();
            for (&e, &n) in &strong {
                if let Some(c) = gaz.entries[e as usize].country.as_deref() {
                    *count.entry(country_group(c)).or_default() += n;
                }
            }
            // (Ties go to the country named first in the alphabet: the same answer every run.)
            count
                .into_iter()
                .max_by_key(|&(c, n)| (n, std::cmp::Reverse(c)))
                .map(|(c, _)| c)
        })
    };
    // Per short-form surface (lower case): the teams named in full with it as their ending, and
    // how many times the surface itself stands alone.
    let mut short_form_cache: FastMap<String, (Vec<u32>, usize)> = FastMap::default();
    let mut short_form_key = String::new();
    // Per nickname surface and kind: the one side or competition of the story it stands for.
    let mut own_form_cache: FastMap<(String, EntityType), Option<u32>> = FastMap::default();
    // The surfaces naming each entry alone, made once when first asked (a long text may ask for
    // every mention of a short form).
    let sole_names_cell: std::cell::OnceCell<FastMap<u32, Vec<String>>> =
        std::cell::OnceCell::new();
    let sole_names = || sole_names_cell.get_or_init(|| sole_names_of(ctx, matches, &all_readings));
    let mut signals: Vec<Signals> = vec![Signals::default(); matches.len()];
    // One match's readings as they are narrowed (a buffer kept across matches).
    let mut cands: Vec<u32> = Vec::new();
    // The kind a team-or-place reading took by a cue of its own, for lists ("Foggia and Rimini").
    let mut by_cue: Vec<Option<EntityType>> = vec![None; matches.len()];
    // The side a cue asked for when the sport said place.
    let mut team_hint: Vec<Option<u32>> = vec![None; matches.len()];
    // A national side of this sport the gazetteer lacks, named by a side word.
    let mut own_side: Vec<bool> = vec![false; matches.len()];
    for (m, gm) in matches.iter().enumerate() {
        if dropped[m] {
            continue;
        }
        let first = ctx.token_at(gm.span.start);
        if first >= ctx.tokens.len() {
            continue;
        }
        let last = ctx.token_ending(gm.span.end).unwrap_or(first).max(first);
        // Context matters only where a place or venue reading is open, or the name is an
        // ordinary word.
        let open = gm.weak
            || gm
                .entries
                .iter()
                .any(|&e| matches!(entry(e).kind, EntityType::Place | EntityType::Venue));
        let mut sig = if open {
            ctx.signals(first, last, gm.span)
        } else {
            Signals::default()
        };
        // "grew up in Turku, Finland", "AMES, Iowa —": the region or country of a place just
        // named.
        if open && !sig.team && !sig.place_strong && after_place_comma(ctx, first) {
            sig.place_strong = true;
        }
        cands.clear();
        cands.extend_from_slice(&all_readings[m]);
        let has = |k: EntityType, c: &[u32]| c.iter().any(|&e| entry(e).kind == k);
        let fits = |e: u32| sport.is_none() || entry(e).sport.as_deref() == sport;
        // (The list test only where the match before took a kind by a cue.)
        let inherited = m
            .checked_sub(1)
            .and_then(|p| by_cue[p])
            .filter(|_| coordinated(ctx, matches[m - 1].span, gm.span));
        // "at St Andrews" (the course) vs "in St Andrews" (the town); "Monza" the circuit in a
        // motor-racing story.
        if has(EntityType::Venue, &cands)
            && (has(EntityType::Place, &cands) || has(EntityType::Team, &cands))
        {
            let venue_fits = cands.iter().any(|&e| {
                entry(e).kind == EntityType::Venue
                    && (strong.contains_key(&e) || (sport.is_some() && fits(e)))
            });
            if venue_fits && !(sig.place_strong || sig.place_weak || sig.team) {
                cands.retain(|&e| entry(e).kind == EntityType::Venue);
            } else {
                cands.retain(|&e| entry(e).kind != EntityType::Venue);
            }
        }
        if has(EntityType::Team, &cands) && has(EntityType::Place, &cands) {
            sig.scoreline = ctx.scoreline_near(gm.span);
            let national = cands
                .iter()
                .any(|&e| entry(e).kind == EntityType::Team && gaz.is_national(e));
            let sport_fits = cands
                .iter()
                .any(|&e| entry(e).kind == EntityType::Team && fits(e));
            let (team, cued) = if sig.place_strong && !sig.team {
                (false, true)
            } else if sig.team {
                (true, true)
            } else if let Some(kind) = inherited {
                (kind == EntityType::Team, true)
            } else if sig.place_weak || (sig.nation && national && !sig.the_before) {
                // "in Dortmund" is the city, "in Liverpool’s history" the club; "from Nigeria"
                // is the country (a club after "from" is the one a player left).
                let possessive = ctx.tokens[last].possessive;
                (!national && possessive && sport_fits, true)
            } else if sig.scoreline {
                (true, false)
            } else {
                (sport_fits, false)
            };
            // A side of another sport is rarely meant: read the place, which may still stand for
            // a side of this sport ("Leicester" for Leicester Tigers), else keep the side.
            let team = if team && !sport_fits {
                // A national side of another sport is the country ("beating Belgium’s Élodie
                // Van den Broeck" in a tennis story).
                team_hint[m] = (!national).then_some(()).and_then(|_| {
                    cands
                        .iter()
                        .copied()
                        .filter(|&e| entry(e).kind == EntityType::Team)
                        .min()
                });
                // … unless a side word of its own says a side ("captained Ireland at the
                // Olympics" in a boxing story): the country's side in this sport, which the
                // gazetteer lacks.
                // So does a scoreline beside it, on a page of several sports ("Denmark stayed
                // top with a 32-29 win" among hockey results); not a player's country ("of the
                // United States 10-0", "Germany's Kai Brandt 4-0").
                own_side[m] = national
                    && (sig.side_word || (sig.scoreline && !inside_other_name(ctx, first)))
                    && !ctx.tokens[last].possessive;
                false
            } else {
                team
            };
            let keep = if team {
                EntityType::Team
            } else {
                EntityType::Place
            };
            if cued {
                by_cue[m] = Some(keep);
            }
            cands.retain(|&e| entry(e).kind == keep);
        }
        let token = &ctx.tokens[first];
        // Ordinary words opening a sentence name nothing ("World" …), unless every word of a
        // name of two or more is capitalised ("World Rugby confirmed", "World Athletics has").
        // (Asked only of an ordinary word opening a sentence.)
        let capitalised_name = || {
            let surface = &ctx.doc.body[gm.span.start..gm.span.end];
            surface.contains(' ')
                && surface
                    .split(' ')
                    .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        };
        // (A results line makes it a side: "Reading 4-1 Exeter City", not "Down 4-2 in the
        // ninth".)
        if gm.weak && (token.titlecase || (token.opener && !capitalised_name())) {
            let side = sig.team || results_line_home(&ctx.doc.body[gm.span.end..]);
            cands.retain(|&e| {
                strong.contains_key(&e) || (side && entry(e).kind == EntityType::Team)
            });
        }
        // A one-word nickname ("the Blues", "the Warriors") whose every reading is a club of
        // another sport is the club of this sport named in full with that last word ("the
        // Guyana Amazon Warriors"); with none, in a story clearly about one sport, it names a
        // side the gazetteer lacks: better unlinked than a club from elsewhere.
        // The same for a one-word short form of a competition ("Championship" is the EFL
        // Championship in a football story, the All-Ireland championship the text names in a
        // hurling one): a bare generic word of another sport's competition follows the story's
        // sport, or stays unlinked.
        // (An all-sport entry, "Olympics" or a college's teams, fits every story.)
        let other_sport =
            |e: u32| !fits(e) && entry(e).sport.as_deref().is_some_and(|s| s != "multi");
        let short_kind = cands.first().map(|&e| entry(e).kind).filter(|k| {
            matches!(k, EntityType::Team | EntityType::Competition)
                && cands.iter().all(|&e| entry(e).kind == *k && other_sport(e))
        });
        if let Some(kind) = short_kind.filter(|_| sport.is_some()) {
            // (Several clubs' one own name is a multi-sport club's: "Olympiacos" in a water
            // polo story is its water polo side, named as the gazetteer's other sides are.)
            let short = if kind == EntityType::Team {
                nickname_only(gaz, ctx, gm, &cands)
                    || (cands.len() > 1 && !own_name_of_all(gaz, ctx, gm, &cands))
            } else {
                nickname_only(gaz, ctx, gm, &cands)
            };
            if short
                && !cands
                    .iter()
                    .any(|&e| named_otherwise(sole_names(), ctx, gm, e))
            {
                if let Some(own) = *own_form_cache
                    .entry((ctx.doc.text(gm.span).to_string(), kind))
                    .or_insert_with(|| {
                        own_short_form(gaz, ctx, gm, &strong, sport, kind, (matches, &all_readings))
                    })
                {
                    cands = vec![own];
                } else if article.clear || kind == EntityType::Competition {
                    cands.clear();
                }
            }
        }
        // A side of another sport before a competition's head noun ("the Ulster final", "the
        // Connacht championship" in a Gaelic football story) is the province or region the
        // competition is for, not that side.
        if sport.is_some()
            && !cands.is_empty()
            && cands
                .iter()
                .all(|&e| entry(e).kind == EntityType::Team && other_sport(e))
            && ctx.competition_after(last)
        {
            cands.clear();
        }
        // A short name none of whose clubs the text names in full ("the Knight Riders" of
        // Kolkata, "Thunder" of Oklahoma City) is the club the text does name in full with that
        // ending ("the Trinbago Knight Riders", "Manchester Thunder"), whatever the sport the
        // story's other names vote for. Not a place's name ("Milan" is not Inter Milan); a
        // club's own one-word name ("Sharks", of Durban) only where the text names the longer one
        // more often ("Sale Sharks" four times, "Sharks" once in a headline; not "Rangers" ten
        // times and "Queens Park Rangers" once).
        let surface = &ctx.doc.body[gm.span.start..gm.span.end];
        let own_name = |e: u32| entry(e).canonical.eq_ignore_ascii_case(surface);
        if !cands.is_empty()
            && cands.iter().all(|&e| entry(e).kind == EntityType::Team)
            && !all_readings[m]
                .iter()
                .any(|&e| entry(e).kind == EntityType::Place)
            && (!cands.iter().any(|&e| own_name(e)) || !surface.contains(' '))
        {
            // (Worked out once per surface: a long text names the same short form thousands of
            // times. The key is made in a buffer kept across matches: a string is made only for
            // a surface not met before.)
            short_form_key.clear();
            short_form_key.push_str(surface);
            short_form_key.make_ascii_lowercase();
            if !short_form_cache.contains_key(short_form_key.as_str()) {
                let found = {
                    let mut longer: Vec<u32> = single_teams
                        .iter()
                        .filter(|(span, _)| ends_with_words(ctx.doc.body.as_str(), *span, gm.span))
                        .map(|&(_, e)| e)
                        .collect();
                    longer.sort_unstable();
                    longer.dedup();
                    // (Bytes, lengths first: most matches differ in length.)
                    let bare = matches
                        .iter()
                        .filter(|o| {
                            o.span.end - o.span.start == surface.len()
                                && ctx.doc.body.as_bytes()[o.span.start..o.span.end]
                                    .eq_ignore_ascii_case(surface.as_bytes())
                        })
                        .count();
                    (longer, bare)
                };
                short_form_cache.insert(short_form_key.clone(), found);
            }
            let (longer, bare) = &short_form_cache[short_form_key.as_str()];
            let own: Vec<u32> = longer
                .iter()
                .copied()
                .filter(|e| !cands.contains(e))
                .collect();
            // (Or the one-word club is of another sport than the story's, the longer one of
            // the story's: "Lions" of Johannesburg is not meant in a baseball story naming the
            // Samsung Lions.)
            let outnumbered = || {
                own.len() == 1
                    && (strong.get(&own[0]).copied().unwrap_or(0) > *bare
                        || (sport.is_some()
                            && entry(own[0]).sport.as_deref() == sport
                            && cands
                                .iter()
                                .filter(|&&e| own_name(e))
                                .all(|&e| entry(e).sport.as_deref() != sport)))
            };
            if own.len() == 1
                && !cands
                    .iter()
                    .any(|&e| named_otherwise(sole_names(), ctx, gm, e))
                && (!cands.iter().any(|&e| own_name(e)) || outnumbered())
            {
                cands = own;
            }
        }
        // The same for a competition: "the Gold Cup" after "the Cheltenham Gold Cup" is that
        // race, not the football tournament the short form names elsewhere (whatever the sport).
        if !cands.is_empty()
            && cands.iter().all(|&e| {
                entry(e).kind == EntityType::Competition
                    && !entry(e)
                        .canonical
                        .eq_ignore_ascii_case(&ctx.doc.body[gm.span.start..gm.span.end])
            })
        {
            // Of several ("the Cheltenham Gold Cup", "the Irish Gold Cup"), the one named
            // first: the story's own.
            let own = matches
                .iter()
                .zip(&all_readings)
                .find(|(other, r)| {
                    r.len() == 1
                        && !cands.contains(&r[0])
                        && entry(r[0]).kind == EntityType::Competition
                        && ends_with_words(ctx.doc.body.as_str(), other.span, gm.span)
                })
                .map(|(_, r)| r[0]);
            if let Some(own) = own.filter(|_| {
                !cands
                    .iter()
                    .any(|&e| named_otherwise(sole_names(), ctx, gm, e))
            }) {
                cands = vec![own];
            }
        }
        // Namesakes of one kind and sport ("All-Ireland" for the hurling and the football
        // championships): the one whose other name words the text uses ("football").
        let twins = cands.len() > 1
            && cands.iter().all(|&e| {
                entry(e).kind == entry(cands[0]).kind && entry(e).sport == entry(cands[0]).sport
            });
        let surface = if twins {
            fold::key(ctx.doc.text(gm.span))
        } else {
            String::new()
        };
        // (`lower_body` is the folded body in lower case, as its `fold::key` but for runs of
        // spaces, which no word looked for holds.)
        let told = |e: u32| -> usize {
            if !twins {
                return 0;
            }
            fold::key(&entry(e).canonical)
                .split([' ', '-'])
                .filter(|w| w.len() >= 5 && !surface.contains(w))
                .filter(|w| lower_body.contains(w))
                .count()
        };
        // (Namesakes of one sport in two countries, "the Sixers" of Philadelphia and of
        // Adelaide: the one of the country the story's sure names are mostly from.)
        let home = |e: u32| {
            cands.len() > 1 && {
                let country = entry(e).country.as_deref().map(country_group);
                country.is_some() && country == story_country()
            }
        };
        let best = cands.iter().copied().max_by_key(|&e| {
            let s = strong.get(&e).copied().unwrap_or(0);
            let fits = sport.is_some() && entry(e).sport.as_deref() == sport;
            (s > 0, fits, told(e), home(e), s, usize::MAX - e as usize)
        });
        // A dateline ("MADRID, Spain (AP) —") names where the story was filed: the place,
        // whatever club shares or shortens to the name.
        let best = match all_readings[m]
            .iter()
            .copied()
            .find(|&e| entry(e).kind == EntityType::Place)
        {
            Some(place) if dateline(ctx, gm.span) => Some(place),
            _ => best,
        };
        signals[m] = sig;
        chosen[m] = best;
    }
    // A city standing for its team: "giving Boston a 5-3 win", "over New York", "Redcliffe"
    // for Redcliffe Town.
    let mut teams: Vec<u32> = chosen
        .iter()
        .flatten()
        .copied()
        .filter(|&e| entry(e).kind == EntityType::Team)
        .collect();
    teams.sort_unstable();
    teams.dedup();
    let mut targets: Vec<Option<Target>> = chosen.iter().map(|c| c.map(Target::Gaz)).collect();
    // A story of American colleges names them twice or more (a player's college named once,
    // "a rookie from Tulane", makes no college story of an NFL game).
    let is_college = |e: u32| {
        entry(e).sport.as_deref() == Some("multi") && entry(e).country.as_deref() == Some("USA")
    };
    let college = chosen
        .iter()
        .flatten()
        .filter(|&&e| is_college(e))
        .nth(1)
        .is_some();
    // A place the text uses as a side ("Limerick beat Galway", "against Kansas") that has no
    // team of that name in the gazetteer at all: a county, college or town side named after it.
    // It takes cue words of its own (a role noun after it, "the Galway fighter", is a person's
    // home) at two mentions or more; then every mention without a place cue is the side.
    let uncued = |m: usize| {
        let sig = signals[m];
        !(sig.place_strong || sig.place_weak || dateline(ctx, matches[m].span))
    };
    // (A side of a results line, "Riga 21-12 Debrecen", counts twice: a line says nothing more.)
    let mut sides: Vec<u32> = Vec::new();
    for (m, gm) in matches.iter().enumerate() {
        if !uncued(m)
            || all_readings[m]
                .iter()
                .any(|&e| entry(e).kind == EntityType::Team)
        {
            continue;
        }
        let Some(e) =
            chosen[m].filter(|&e| entry(e).kind == EntityType::Place && !entry(e).national)
        else {
            continue;
        };
        if signals[m].side_word {
            sides.push(e);
        } else if results_line_side(ctx.doc.body.as_str(), gm.span.start, gm.span.end) {
            sides.extend([e, e]);
        }
    }
    // Two cued mentions at least: one cue may be a trip ("a trip to Pittsburgh") or a home town
    // ("against the Philadelphia southpaw").
    sides.sort_unstable();
    let mut seen_twice: Vec<u32> = sides
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0])
        .collect();
    seen_twice.dedup();
    let sides = seen_twice;
    // The side a place (and the surface naming it) stands for among the story's teams, worked
    // out once per place and surface: a text names its places again and again.
    let mut own_sides: FastMap<(&str, &str), Option<u32>> = FastMap::default();
    for (m, gm) in matches.iter().enumerate() {
        let Some(e) = chosen[m] else { continue };
        if entry(e).kind != EntityType::Place {
            continue;
        }
        if !uncued(m) {
            continue;
        }
        let city = entry(e).canonical.as_str();
        let surface = &ctx.doc.body[gm.span.start..gm.span.end];
        let opens = opens_with_place;
        let own_team = *own_sides.entry((city, surface)).or_insert_with(|| {
            // The surface may be a short form of the place ("UAE" for UAE Team Emirates).
            let own: Vec<u32> = teams
                .iter()
                .copied()
                .filter(|&t| {
                    let team = entry(t);
                    std::iter::once(&team.canonical)
                        .chain(team.aliases.iter())
                        .any(|a| {
                            opens(a, city)
                                || (surface != city && opens(a, surface))
                                || club_form_of(a, city)
                        })
                })
                .collect();
            own.iter()
                .copied()
                .max_by_key(|&t| chosen.iter().filter(|c| **c == Some(t)).count())
        });
        if let Some(t) = own_team {
            targets[m] = Some(Target::Gaz(t));
            continue;
        }
        let found: Vec<usize> = (0..others.len())
            .filter(|&o| {
                others[o].kind == EntityType::Team
                    && (opens(&others[o].name, surface) || club_form_of(&others[o].name, surface))
            })
            .collect();
        if found.len() == 1 {
            targets[m] = Some(Target::Other(found[0]));
        } else if own_side[m] {
            // (The country's side the story names elsewhere, "the United States", is the one
            // "U.S." stands for.)
            let named = chosen
                .iter()
                .flatten()
                .copied()
                .find(|&t| entry(t).kind == EntityType::Team && entry(t).canonical == city);
            targets[m] = Some(match named {
                Some(t) => Target::Gaz(t),
                None => Target::Other(other_index(others, EntityType::Team, surface)),
            });
        } else if let Some(t) =
            team_hint[m].filter(|&t| !article.clear && article.has_vote(entry(t).sport.as_deref()))
        {
            // (A side of a sport nothing else in the text speaks for is not meant: "the Galway
            // fighter" in a boxing story is from the town.)
            targets[m] = Some(Target::Gaz(t));
        } else if sides.binary_search(&e).is_ok() {
            let i = other_index(others, EntityType::Team, city);
            targets[m] = Some(Target::Other(i));
        } else if let Some(t) = signals[m]
            .side_word
            .then(|| named_side_of(gaz, city, sport, college))
            .flatten()
        {
            // "The Cyclones … visit Utah next Saturday": one side word is enough when exactly
            // one side of the story's sport (or a college's) bears the place's name.
            targets[m] = Some(Target::Gaz(t));
        }
    }
    for (m, gm) in matches.iter().enumerate() {
        let Some(target) = targets[m] else { continue };
        let role = match target {
            Target::Gaz(e) if entry(e).kind == EntityType::Person => {
                let first = ctx.token_at(gm.span.start);
                let last = ctx.token_ending(gm.span.end).unwrap_or(first).max(first);
                ctx.role(first, last).flatten()
            }
            _ => None,
        };
        mentions.push(Mention {
            span: gm.span,
            target,
            role,
            place_cue: signals[m].place_strong || signals[m].place_weak,
        });
    }
}

/// "a" or "an" right before token `first` in its sentence: a word of a thing's name ("in a
/// Super Over", "in an Ashes Test"), not a place named after a place word.
fn indefinite_before(ctx: &Ctx, first: usize) -> bool {
    first > 0 && {
        let p = &ctx.tokens[first - 1];
        let w = &ctx.doc.body[p.span.start..p.span.end];
        !p.punct_after
            && p.sentence == ctx.tokens[first].sentence
            && (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
    }
}

/// Two names side by side in a list: "Foggia and Rimini", "Crotone, Parma".
fn coordinated(ctx: &Ctx, a: Span, b: Span) -> bool {
    if a.end > b.start {
        return false;
    }
    let gap = ctx.doc.body[a.end..b.start]
        .trim_start_matches(['’', '\'', 's'])
        .trim();
    matches!(gap, "," | "and" | "or" | ", and" | ", or" | "&")
}

/// Token `first` follows "in Turku, ": a capitalised name with a place cue before it, then a
/// comma (the second name is the region or country of the first).
fn after_place_comma(ctx: &Ctx, first: usize) -> bool {
    if first == 0 {
        return false;
    }
    let prev = &ctx.tokens[first - 1];
    let sentence = ctx.tokens[first].sentence;
    let body = ctx.doc.body.as_str();
    if prev.sentence != sentence
        || !body[prev.span.start..].starts_with(|c: char| c.is_uppercase())
        || &body[prev.span.end..ctx.tokens[first].span.start] != ", "
    {
        return false;
    }
    let mut k = first - 1;
    while k > 0 && first - 1 - k < 4 {
        let t = &ctx.tokens[k - 1];
        if t.sentence != sentence
            || t.punct_after
            || !matches!(t.shape, Shape::Cap | Shape::Particle)
        {
            break;
        }
        k -= 1;
    }
    let span = Span::new(ctx.tokens[k].span.start, prev.span.end);
    // A dateline ("AMES, Iowa —") opens its paragraph in capitals.
    let para = ctx.doc.paragraphs[ctx.doc.paragraph_index(span.start)];
    if para.span.start == span.start && !body[span.start..span.end].contains(char::is_lowercase) {
        return true;
    }
    let sig = ctx.signals(k, first - 1, span);
    (sig.place_weak || sig.place_strong) && !sig.team
}

/// "BOSTON — Marcus Ellis Jr. …": a place opening its paragraph before a dash.
fn dateline(ctx: &Ctx, span: Span) -> bool {
    let body = ctx.doc.body.as_str();
    let p = ctx.doc.paragraphs[ctx.doc.paragraph_index(span.start)];
    if p.span.start != span.start {
        return false;
    }
    let rest = body[span.end..].trim_start_matches([' ', ',']);
    // "BOSTON —", "BOSTON (AP)"; not an abbreviation opening a sentence ("UAE set a pace"), nor
    // a side opening a scoreboard line ("FRANCE 34 FIJI 27").
    rest.starts_with(['—', '–', '-'])
        || (body[span.start..span.end]
            .chars()
            .all(|c| !c.is_lowercase())
            && !rest.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()))
}

/// Every name of a person or other thing found so far, by key.
fn known_names(persons: &[Person], others: &[Other]) -> FastMap<String, Target> {
    let mut known: FastMap<String, Target> = FastMap::default();
    for (i, p) in persons.iter().enumerate() {
        for f in &p.forms {
            known.entry(fold::key(f)).or_insert(Target::Person(i));
        }
        known.entry(p.surname.clone()).or_insert(Target::Person(i));
    }
    for (i, o) in others.iter().enumerate() {
        known.entry(o.key.clone()).or_insert(Target::Other(i));
    }
    known
}

/// Names inside a title-case headline: `known` people and things only.
fn title_case_run(
    tokens: &[Token],
    body: &str,
    run: Run,
    tok_gaz: &[Option<usize>],
    known: &FastMap<String, Target>,
    mentions: &mut Vec<Mention>,
) {
    let mut i = run.first;
    while i <= run.last {
        if tok_gaz[i].is_some() {
            i += 1;
            continue;
        }
        // (A known name may take in a listed name it holds: "Kadetten Schaffhausen" of an
        // unlisted club is no "Schaffhausen", the place.)
        // (Eight words at most: no name known from the text is longer.)
        let mut hit = None;
        for j in i..=run.last.min(i + 7) {
            let key = fold::key(&body[tokens[i].span.start..tokens[j].span.end]);
            if let Some(t) = known.get(&key) {
                hit = Some((j, *t));
            }
        }
        let span = |j: usize| Span::new(tokens[i].span.start, tokens[j].span.end);
        let holds = |m: &Mention, s: Span| s.start <= m.span.start && m.span.end <= s.end;
        let overlaps = |m: &Mention, s: Span| m.span.start < s.end && s.start < m.span.end;
        let hit = hit.filter(|&(j, _)| {
            let s = span(j);
            mentions.iter().all(|m| !overlaps(m, s) || holds(m, s))
        });
        match hit {
            Some((j, target)) => {
                let s = span(j);
                mentions.retain(|m| !holds(m, s));
                mentions.push(Mention {
                    span: Span::new(tokens[i].span.start, tokens[j].span.end),
                    target,
                    role: None,
                    place_cue: false,
                });
                i = j + 1;
            }
            None => i += 1,
        }
    }
}

/// A listed team named only by a one-word alias that is the last word of one unlisted side the
/// text names in full is that side: "KHC Dragons … Dragons" is not Dragons RFC, "Rot-Weiss Köln …
/// Köln" not 1. FC Köln. (Not when the listed team is named in full, nor for a listed side's
/// name: "Inter Milan … Milan" are two clubs.)
fn short_alias_of_named_side(
    gaz: &Gazetteer,
    doc: &Doc,
    mentions: &mut [Mention],
    others: &[Other],
) {
    // (Nothing to do without an unlisted side.)
    if !others.iter().any(|o| o.kind == EntityType::Team) {
        return;
    }
    // The unlisted sides named by two words or more, with their last word's key; the listed names
    // named by two words or more.
    let mut sides: Vec<(Target, String)> = Vec::new();
    let mut full: Vec<Target> = Vec::new();
    for m in mentions.iter() {
        let other_team = matches!(m.target, Target::Other(o) if others[o].kind == EntityType::Team);
        if !other_team && !matches!(m.target, Target::Gaz(_)) {
            continue;
        }
        let surface = doc.text(m.span);
        let Some(at) = surface.as_bytes().iter().rposition(|&b| b == b' ') else {
            continue;
        };
        if other_team && !sides.iter().any(|s| s.0 == m.target) {
            sides.push((m.target, fold::key(&surface[at + 1..])));
        }
        full.push(m.target);
    }
    if sides.is_empty() {
        return;
    }
    for i in 0..mentions.len() {
        let Target::Gaz(e) = mentions[i].target else {
            continue;
        };
        let entry = &gaz.entries[e as usize];
        let surface = doc.text(mentions[i].span);
        if entry.kind != EntityType::Team
            || surface.contains(' ')
            || full.contains(&mentions[i].target)
        {
            continue;
        }
        let key = fold::key(surface);
        let mut holders = sides
            .iter()
            .filter(|(t, tail)| *t != mentions[i].target && *tail == key);
        let (Some((side, _)), None) = (holders.next(), holders.next()) else {
            continue;
        };
        let side = *side;
        // A listed side's whole one-word name ("Wasps", "India") names the unlisted side only
        // where that side was named in full first ("Durham Wasps … the Wasps"), not where the
        // listed side came first ("India … TeleSport India", "Benfica … in Lisbon Benfica").
        let first_of = |t: Target| {
            mentions
                .iter()
                .filter(|m| m.target == t)
                .map(|m| m.span.start)
                .min()
        };
        if fold::key_is(surface, gaz.key(e)) && first_of(side) > first_of(Target::Gaz(e)) {
            continue;
        }
        for m in mentions.iter_mut() {
            if m.target == Target::Gaz(e) {
                m.target = side;
            }
        }
    }
}

/// A listed team named only by one word that opens the name of one other listed team the text
/// names in full is that team: "Sporting Kansas City … scored twice for Sporting" is not
/// Sporting CP, "Real Madrid … Real" not Real Sociedad.
fn first_word_of_named_side(gaz: &Gazetteer, doc: &Doc, mentions: &mut [Mention]) {
    let team =
        |t: Target| matches!(t, Target::Gaz(e) if gaz.entries[e as usize].kind == EntityType::Team);
    // The listed teams named in full, with their first word's key.
    let mut full: Vec<(Target, String)> = Vec::new();
    for m in mentions.iter().filter(|m| team(m.target)) {
        let surface = doc.text(m.span);
        if let Some((first, _)) = surface.split_once(' ') {
            if !full.iter().any(|(t, _)| *t == m.target) {
                full.push((m.target, fold::key(first)));
            }
        }
    }
    if full.is_empty() {
        return;
    }
    // (Not a team's own name, "Dundee" beside "Dundee United", "England" beside "England
    // Lions"; nor one the text names by another word too, "Oregon … the Ducks".)
    // (The answer is the team's, not the mention's: each team is weighed once.)
    let mut moves: Vec<(Target, Target)> = Vec::new();
    let mut weighed: Vec<Target> = Vec::new();
    for m in mentions.iter().filter(|m| team(m.target)) {
        let Target::Gaz(e) = m.target else { continue };
        let surface = doc.text(m.span);
        if surface.contains(' ') || weighed.contains(&m.target) {
            continue;
        }
        weighed.push(m.target);
        let key = fold::key(surface);
        let mut holders = full
            .iter()
            .filter(|(t, first)| *first == key && *t != m.target);
        let (Some(&(side, _)), None) = (holders.next(), holders.next()) else {
            continue;
        };
        if full.iter().any(|(t, _)| *t == m.target)
            || fold::key_is(surface, gaz.key(e))
            || mentions
                .iter()
                .any(|o| o.target == m.target && !fold::key_is(doc.text(o.span), &key))
        {
            continue;
        }
        // (Nor a place's name, "Oregon" beside "Oregon State": two sides of one state. Looked
        // up only here, for the rare word that passed the rest.)
        let place = gaz.find(&fold::Folded::new(surface)).iter().any(|g| {
            g.entries
                .iter()
                .any(|&x| gaz.entries[x as usize].kind == EntityType::Place)
        });
        if !place {
            moves.push((m.target, side));
        }
    }
    for m in mentions.iter_mut() {
        if let Some(&(_, side)) = moves.iter().find(|(t, _)| *t == m.target) {
            m.target = side;
        }
    }
}

/// A nation's women's side named by its nickname ("the Black Ferns", listed as "New Zealand
/// women") makes the nation's bare name in the same text that side too ("a 27-24 win over New
/// Zealand"): one side, as the gold conventions count a nation's teams.
fn nations_as_their_womens_side(gaz: &Gazetteer, mentions: &mut [Mention]) {
    let mut womens: Vec<(u32, &str)> = Vec::new();
    for m in mentions.iter() {
        let Target::Gaz(e) = m.target else { continue };
        let entry = &gaz.entries[e as usize];
        if entry.kind != EntityType::Team || womens.iter().any(|&(w, _)| w == e) {
            continue;
        }
        if let Some(nation) = entry.canonical.strip_suffix(" women") {
            womens.push((e, nation));
        }
    }
    for m in mentions.iter_mut() {
        let Target::Gaz(e) = m.target else { continue };
        let entry = &gaz.entries[e as usize];
        if entry.kind != EntityType::Team {
            continue;
        }
        let mut sides = womens.iter().filter(|&&(w, nation)| {
            entry.canonical == nation && gaz.entries[w as usize].country == entry.country
        });
        if let (Some(&(w, _)), None) = (sides.next(), sides.next()) {
            m.target = Target::Gaz(w);
        }
    }
}

/// An unlisted side of two words or more whose name ends another unlisted side's name ("the
/// Flying Leopards" of "Liaoning Flying Leopards", the town dropped) is that side, when only
/// one side's name ends so.
fn sides_named_by_their_tail(others: &[Other], mentions: &mut [Mention]) {
    let teams: Vec<usize> = (0..others.len())
        .filter(|&i| others[i].kind == EntityType::Team)
        .collect();
    for &short in &teams {
        let key = others[short].key.as_str();
        if !key.contains(' ') {
            continue;
        }
        let mut holders = teams.iter().filter(|&&full| {
            full != short
                && others[full]
                    .key
                    .strip_suffix(key)
                    .is_some_and(|head| head.ends_with(' '))
        });
        let (Some(&full), None) = (holders.next(), holders.next()) else {
            continue;
        };
        for m in mentions.iter_mut() {
            if m.target == Target::Other(short) {
                m.target = Target::Other(full);
            }
        }
    }
}

/// A side named without the sponsor's words its full name carries ("ŁKS Łódź" of "ŁKS Commercecon
/// Łódź", "Tofaş Bursa" of "Tofaş Spor Bursa"): a team named by two words or more that open and
/// close the longer name of one other team the text names, its words in the same order, is that
/// team.
fn sides_named_without_sponsor(
    gaz: &Gazetteer,
    doc: &Doc,
    mentions: &mut [Mention],
    others: &[Other],
) {
    let team = |t: Target| match t {
        Target::Gaz(e) => gaz.entries[e as usize].kind == EntityType::Team,
        Target::Other(o) => others[o].kind == EntityType::Team,
        Target::Person(_) => false,
    };
    // Each team's names of two words or more, as word keys.
    let mut named: Vec<(Target, Vec<String>)> = Vec::new();
    for m in mentions.iter().filter(|m| team(m.target)) {
        let surface = doc.text(m.span);
        if !surface.contains(' ') {
            continue;
        }
        let words: Vec<String> = fold::key(surface).split(' ').map(str::to_string).collect();
        if !named.iter().any(|(t, w)| *t == m.target && *w == words) {
            named.push((m.target, words));
        }
    }
    if !named.iter().any(|(_, w)| w.len() >= 3) {
        return;
    }
    let mut moves: Vec<(Target, Target)> = Vec::new();
    for (short, words) in &named {
        let mut holders = named.iter().filter(|(t, side)| {
            t != short
                && side.len() > words.len()
                && side[0] == words[0]
                && side.last() == words.last()
                && in_order(words, side)
        });
        let Some(&(side, _)) = holders.next() else {
            continue;
        };
        if holders.all(|(t, _)| *t == side) && !moves.iter().any(|(t, _)| t == short) {
            moves.push((*short, side));
        }
    }
    for m in mentions.iter_mut() {
        if let Some(&(_, side)) = moves.iter().find(|(t, _)| *t == m.target) {
            m.target = side;
        }
    }
}

/// Whether every word of `short` appears in `long`, in the same order.
fn in_order(short: &[String], long: &[String]) -> bool {
    let mut rest = long.iter();
    short.iter().all(|w| rest.any(|l| l == w))
}

/// A club named without its form word ("Nordwest Essen" for "KC Nordwest Essen", "Ajax" aside):
/// a "person" or an unlisted side whose name is an unlisted side's name after its first word is
/// that side, and so are the bare surname's mentions.
fn clubs_without_form_word(persons: &[Person], others: &[Other], mentions: &mut [Mention]) {
    let sides: Vec<(usize, &str)> = others
        .iter()
        .enumerate()
        .filter(|(_, o)| o.kind == EntityType::Team)
        // (The first word is a club's form word: "KC", "FC", not "For".)
        .filter(|(_, o)| {
            o.name.split_once(' ').is_some_and(|(form, _)| {
                LEXICON.type_cue(form, true, false) == Some(EntityType::Team)
            })
        })
        .filter_map(|(i, o)| Some((i, o.key.split_once(' ')?.1)))
        .collect();
    if sides.is_empty() {
        return;
    }
    // (An unlisted side of the tail's name too: "Lindenau Halle were …".)
    let short: Vec<(usize, usize)> = others
        .iter()
        .enumerate()
        .filter(|(_, o)| o.kind == EntityType::Team && o.key.contains(' '))
        .filter_map(|(i, o)| {
            let &(full, _) = sides.iter().find(|(_, tail)| *tail == o.key)?;
            Some((i, full))
        })
        .collect();
    for m in mentions.iter_mut() {
        if let Target::Other(i) = m.target {
            if let Some(&(_, full)) = short.iter().find(|(s, _)| *s == i) {
                m.target = Target::Other(full);
            }
        }
    }
    for (p, person) in persons.iter().enumerate() {
        if person.given.is_empty() {
            continue;
        }
        let Some(&(o, _)) = sides.iter().find(|(_, tail)| {
            tail.contains(' ') && person.forms.iter().any(|f| fold::key(f).as_str() == *tail)
        }) else {
            continue;
        };
        for m in mentions.iter_mut() {
            if m.target == Target::Person(p) {
                m.target = Target::Other(o);
                m.role = None;
            }
        }
    }
}

/// A "person" named only by the whole name of an unlisted side found elsewhere in the text
/// ("Indiana Wesleyan (17-4) …", "Indiana Wesleyan outlasts Taylor 81-77") is that side: a
/// college named after a state, a school after someone, a club after its two towns ("Terang
/// Mortlake coach Shane Crothers" beside "beat Terang Mortlake 12.14 (86) …").
fn people_named_as_sides(persons: &[Person], others: &[Other], mentions: &mut [Mention]) {
    for (p, person) in persons.iter().enumerate() {
        let Some(first) = person.forms.first() else {
            continue;
        };
        let key = fold::key(first);
        // (Named by the whole name, or, when its first word is no given name to make it
        // someone's, by its last word as a surname: "Mortlake".)
        let someones = first
            .split(' ')
            .next()
            .is_some_and(|w| LEXICON.flags(w) & (word::GIVEN | word::WORD_GIVEN) != 0);
        let last = key.rsplit(' ').next().filter(|_| !someones).unwrap_or(&key);
        if !key.contains(' ')
            || !person
                .forms
                .iter()
                .all(|f| fold::key_is(f, &key) || fold::key_is(f, last))
        {
            continue;
        }
        let Some(o) = others
            .iter()
            .position(|o| o.kind == EntityType::Team && o.key == key)
        else {
            continue;
        };
        for m in mentions.iter_mut() {
            if m.target == Target::Person(p) {
                m.target = Target::Other(o);
                m.role = None;
            }
        }
    }
}

/// A side named by its place and nickname ("the Clay Springs Lady Panthers") is the "person" of
/// its place's words too ("Clay Springs won the first meeting"): a school named like a given name
/// and a surname. Only where the rest of the side's name is a nickname (capitalised, ending in a
/// plural), and the person is never named by a longer form.
fn people_named_as_sides_heads(persons: &[Person], others: &[Other], mentions: &mut [Mention]) {
    let sides: Vec<(usize, &str)> = others
        .iter()
        .enumerate()
        .filter(|(_, o)| o.kind == EntityType::Team)
        .filter(|(_, o)| {
            o.name
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.len() > 3 && w.ends_with('s'))
        })
        .map(|(i, o)| (i, o.key.as_str()))
        .collect();
    if sides.is_empty() {
        return;
    }
    // The one side whose name opens with `key`'s words.
    let side_headed_by = |key: &str| {
        let mut holders = sides.iter().filter(|(_, side)| {
            side.strip_prefix(key)
                .is_some_and(|rest| rest.starts_with(' '))
        });
        match (holders.next(), holders.next()) {
            (Some(&(o, _)), None) => Some(o),
            _ => None,
        }
    };
    let mut moves: Vec<(Target, usize)> = Vec::new();
    for (p, person) in persons.iter().enumerate() {
        let Some(first) = person.forms.first().filter(|_| !person.given.is_empty()) else {
            continue;
        };
        let key = fold::key(first);
        if !person
            .forms
            .iter()
            .all(|f| f == first || fold::key_is(f, &key))
        {
            continue;
        }
        if let Some(o) = side_headed_by(&key) {
            moves.push((Target::Person(p), o));
        }
    }
    // (An unlisted side of the place's words alone too: "Clay Springs (19-8) won …".)
    for (i, other) in others.iter().enumerate() {
        if other.kind == EntityType::Team {
            if let Some(o) = side_headed_by(&other.key) {
                moves.push((Target::Other(i), o));
            }
        }
    }
    for m in mentions.iter_mut() {
        if let Some(&(_, o)) = moves.iter().find(|(from, _)| *from == m.target) {
            m.target = Target::Other(o);
            m.role = None;
        }
    }
}

/// A one-word "person" of a team story, never named with a given name, whom the text treats as a
/// side: ranked or seeded ("No. 11 seed Drake"), with a record ("Drake (29-6) are…"), beside a
/// side word or a scoreline ("Drake beat Texas 68-61"), before a role noun ("Drake coach …"). A
/// school or club named like a given name or surname: when such cues outnumber the person cues
/// (titles, speech, role nouns before the name) two to one, and there are two at least, its
/// mentions become the side's: the listed side named by the word and a nickname the text also
/// uses on its own ("Drake Bulldogs" beside "the Bulldogs", which joins it), else an unlisted one.
/// A full name whose first word is no known given name ("Perfumerías Avenida") votes the same
/// way, its mentions needing a role noun, a ranking, a record or a scoreline to count as a side's.
/// Returns the surnames turned into sides, with their side.
fn bare_names_as_sides(
    gaz: &Gazetteer,
    ctx: &Ctx,
    tokens: &[Token],
    persons: &[Person],
    others: &mut Vec<Other>,
    mentions: &mut Vec<Mention>,
) -> Vec<(String, Target)> {
    let mut sides = Vec::new();
    let body = ctx.doc.body.as_str();
    // Votes (side, person) by surname: a name read as two people is still one word.
    let mut votes: Vec<(&str, usize, usize)> = Vec::new();
    for m in mentions.iter() {
        let Target::Person(p) = m.target else {
            continue;
        };
        let person = &persons[p];
        let at = match votes.iter().position(|v| v.0 == person.surname) {
            Some(at) => at,
            None => {
                votes.push((&person.surname, 0, 0));
                votes.len() - 1
            }
        };
        let (first, Some(last)) = (ctx.token_at(m.span.start), ctx.token_ending(m.span.end)) else {
            continue;
        };
        if first > last {
            continue;
        }
        // A full name whose first word no list knows as a given name ("Perfumerías Avenida")
        // is a club's as readily as a person's: it casts its own votes. A known given name
        // makes a person.
        // (A results line written with the result's verb, "Crane Valley def. Lewis Central
        // 25-23, …", is a school's: schools are named after people too.)
        let line = results_line(body, m.span.start, m.span.end);
        let full = body[m.span.start..m.span.end].contains(' ');
        if !person.given.is_empty() || full {
            let unknown_given = person.given.len() == 1
                && tokens[first].shape == Shape::Cap
                && !ctx.has(first, word::TITLE)
                && (!full || !ctx.has(first, word::GIVEN) || line.is_some_and(|(_, verb)| verb));
            if !unknown_given {
                votes[at].2 = usize::MAX;
                continue;
            }
        }
        let signals = ctx.signals(first, last, m.span);
        let evidence = Piece::plain(first, last, None).evidence(ctx);
        // (A full name's mentions need more than a side's verb: players score and win too.)
        // (A results line's side, "Oakdale def. Riverton Prairie 25-19, 25-21", where the
        // sides are teams: two votes, as a line says nothing more of it.)
        let line_side = line.is_some();
        let side = (signals.team && (person.given.is_empty() || !signals.side_word))
            || ranked_before(&body[..m.span.start])
            || record_after(&body[m.span.end..])
            || score_beside(body, m.span, signals.side_word);
        let person_cue =
            evidence.title || evidence.speech || (evidence.role.is_some() && !signals.side_word);
        let v = &mut votes[at];
        v.1 += if line_side { 2 } else { usize::from(side) };
        v.2 = v.2.saturating_add(usize::from(person_cue));
    }
    for &(surname, side, person) in &votes {
        // A word already read as an unlisted side where it stood beside its score ("a 2-1 win
        // over Drumcree") is that side wherever else it stands alone ("Drumcree came back").
        let side = if others
            .iter()
            .any(|o| o.kind == EntityType::Team && o.key == surname)
        {
            side + 2
        } else {
            side
        };
        if side < 2 || person == usize::MAX || side <= person.saturating_mul(2) {
            continue;
        }
        let named = |t: Target| matches!(t, Target::Person(p) if persons[p].surname == surname);
        let Some(word) = mentions
            .iter()
            .find(|m| named(m.target))
            .map(|m| &body[m.span.start..m.span.end])
        else {
            continue;
        };
        let target = match listed_side_by_nickname(gaz, tokens, body, word) {
            Some((e, nickname)) => {
                for t in tokens {
                    if &body[t.span.start..t.span.end] != nickname {
                        continue;
                    }
                    // (The nickname alone may have been read as another sport's side.)
                    if let Some(m) = mentions.iter_mut().find(|m| m.span == t.span) {
                        if matches!(m.target, Target::Gaz(g) if gaz.entries[g as usize].kind == EntityType::Team)
                        {
                            m.target = Target::Gaz(e);
                        }
                        continue;
                    }
                    let covered = mentions
                        .iter()
                        .any(|m| m.span.start <= t.span.start && t.span.end <= m.span.end);
                    if !covered {
                        mentions.push(Mention {
                            span: t.span,
                            target: Target::Gaz(e),
                            role: None,
                            place_cue: false,
                        });
                    }
                }
                Target::Gaz(e)
            }
            None => Target::Other(other_index(others, EntityType::Team, word)),
        };
        // (Results lines may already have made the word an unlisted side: "Drake 74, …".)
        let unlisted = others
            .iter()
            .position(|o| o.kind == EntityType::Team && o.name == word)
            .map(Target::Other);
        for m in mentions.iter_mut() {
            if named(m.target) || Some(m.target) == unlisted {
                m.target = target;
                m.role = None;
            }
        }
        sides.push((surname.to_string(), target));
    }
    sides
}

/// The one listed side named `word` and a one-word nickname that the text also uses as a
/// capitalised word of its own ("Drake Bulldogs" for "Drake" beside "the Bulldogs"), with that
/// nickname.
fn listed_side_by_nickname<'g>(
    gaz: &'g Gazetteer,
    tokens: &[Token],
    body: &str,
    word: &str,
) -> Option<(u32, &'g str)> {
    let mut found = None;
    for (e, entry) in gaz.entries.iter().enumerate() {
        let Some(nickname) = entry
            .canonical
            .strip_prefix(word)
            .and_then(|rest| rest.strip_prefix(' '))
        else {
            continue;
        };
        if entry.kind != EntityType::Team || nickname.contains(' ') {
            continue;
        }
        if tokens
            .iter()
            .any(|t| t.shape == Shape::Cap && &body[t.span.start..t.span.end] == nickname)
        {
            if found.is_some() {
                return None;
            }
            found = Some((e as u32, nickname));
        }
    }
    found
}

/// The text before a name ends with a ranking ("No. 11 ", "No. 3 seed ", "#7 ").
fn ranked_before(before: &str) -> bool {
    let before = before.strip_suffix("seed ").unwrap_or(before);
    let Some(rest) = before.strip_suffix(' ') else {
        return false;
    };
    let digits = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    if digits.len() == rest.len() || rest.len() - digits.len() > 2 {
        return false;
    }
    digits.ends_with("No. ") || digits.ends_with("No.") || digits.ends_with(" #") || digits == "#"
}

/// A win-loss record in brackets right after a name ("Drake (29-6)", "(10-4-2)").
fn record_after(after: &str) -> bool {
    let Some(inner) = after.strip_prefix(" (") else {
        return false;
    };
    let Some(close) = inner.find(')') else {
        return false;
    };
    let parts: Vec<&str> = inner[..close].split('-').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()))
}

/// An unlisted side named again where nothing else claimed the words: by the plural last word
/// of its name ("The Hunter Hurricanes … the Hurricanes", the gazetteer's namesakes of another
/// sport set aside; not when two unlisted sides share the word), or by its whole name
/// ("Kampong 3-1 Bloemendaal" in a results list, then "Kampong went top …": a single word opening
/// a sentence is read before the list makes it a side).
fn unlisted_sides_named_again(
    tokens: &[Token],
    body: &str,
    mentions: &mut Vec<Mention>,
    others: &[Other],
) {
    let names: Vec<(&str, usize)> = others
        .iter()
        .enumerate()
        .filter(|(_, o)| o.kind == EntityType::Team && o.name.chars().count() >= 3)
        .map(|(i, o)| (o.name.as_str(), i))
        .collect();
    if names.is_empty() {
        return;
    }
    let mut nicknames: Vec<(&str, Option<usize>)> = Vec::new();
    for &(name, o) in &names {
        let Some((_, last)) = name.rsplit_once(' ') else {
            continue;
        };
        let plural = last.len() > 3
            && last.ends_with('s')
            && last.starts_with(|c: char| c.is_uppercase())
            && !last.ends_with("'s")
            && !last.ends_with("’s");
        if !plural {
            continue;
        }
        match nicknames.iter_mut().find(|(w, _)| *w == last) {
            Some(slot) => slot.1 = None,
            None => nicknames.push((last, Some(o))),
        }
    }
    // The plural last words first, then whole names, each where no mention stands yet.
    let mut added: Vec<Mention> = Vec::new();
    for by_nickname in [true, false] {
        for t in tokens {
            if t.shape != Shape::Cap {
                continue;
            }
            let found = if by_nickname {
                let word = &body[t.span.start..t.span.end];
                nicknames
                    .iter()
                    .find(|(w, _)| *w == word)
                    .and_then(|&(_, o)| o)
                    .map(|o| (t.span, o))
            } else {
                let rest = &body[t.span.start..];
                names.iter().find_map(|&(name, o)| {
                    let after = rest.strip_prefix(name)?;
                    // (The whole name, ending at a word's end.)
                    let whole = !after.starts_with(|c: char| c.is_alphanumeric() || c == '-');
                    whole.then(|| (Span::new(t.span.start, t.span.start + name.len()), o))
                })
            };
            let Some((span, o)) = found else { continue };
            if mentions.iter().chain(&added).any(|m| m.span.overlaps(span)) {
                continue;
            }
            added.push(Mention {
                span,
                target: Target::Other(o),
                role: None,
                place_cue: false,
            });
        }
    }
    mentions.extend(added);
}

/// A mention's target is a side: a listed team or an unlisted one.
fn team_target(gaz: &Gazetteer, others: &[Other], target: Target) -> bool {
    match target {
        Target::Gaz(e) => gaz.entries[e as usize].kind == EntityType::Team,
        Target::Other(o) => others[o].kind == EntityType::Team,
        Target::Person(_) => false,
    }
}

/// A player's or coach's noun, then a capitalised name, right after token `last`: "Marysburg
/// coach Ron Tietjen", "Jennies catcher Paige Lindquist-Mora". A word no list knows before them
/// is the side that person plays or coaches for, not a town. (Not a word a list knows as the
/// start of a name, "Eagles senior quarterback", nor an abbreviation; and at a sentence's start
/// only a word the text capitalises elsewhere too: "Sophomore quarterback Gavin Rasmussen".)
fn squad_role_then_name(gaz: &Gazetteer, ctx: &Ctx, first: usize, last: usize) -> bool {
    let tokens = ctx.tokens;
    let body = ctx.doc.body.as_str();
    let sentence = tokens[last].sentence;
    if tokens[last].punct_after || tokens[last].possessive {
        return false;
    }
    let word = &body[tokens[first].span.start..tokens[last].span.end];
    if !word.chars().any(char::is_lowercase) || gaz.opens_alias(&fold::key(word)) {
        return false;
    }
    // ("their Sentinel player Ilya Morozko-Berg": a kind of player, not a side.)
    let owned = first > 0
        && !tokens[first - 1].punct_after
        && tokens[first - 1].sentence == sentence
        && matches!(
            body[tokens[first - 1].span.start..tokens[first - 1].span.end]
                .to_lowercase()
                .as_str(),
            "their" | "his" | "her" | "its" | "our" | "my" | "your" | "a" | "an"
        );
    if owned {
        return false;
    }
    let role_then_name = |j: usize| {
        let words = &body[tokens[last + 1].span.start..tokens[j].span.end];
        let role = LEXICON.role_singular_lower(words).flatten();
        matches!(role, Some("player" | "coach"))
            && (last + 1..=j).all(|k| {
                tokens[k].shape == Shape::Lower
                    && tokens[k].sentence == sentence
                    && (k == j || !tokens[k].punct_after)
            })
            && !tokens[j].punct_after
            && tokens
                .get(j + 1)
                .is_some_and(|n| n.shape == Shape::Cap && n.sentence == sentence)
    };
    if !(last + 1..(last + 4).min(tokens.len())).any(role_then_name) {
        return false;
    }
    // (Nor a word the text also writes as part of a longer name, "Developres Rzeszów": the
    // short-form rules tie it to that name.)
    let same = |k: usize| &body[tokens[k].span.start..tokens[k].span.end] == word;
    let capital_beside = |k: usize| {
        let joined = |a: usize, b: usize| {
            tokens[a].sentence == tokens[b].sentence
                && !tokens[a].punct_after
                && !tokens[a].possessive
        };
        (k > 0 && joined(k - 1, k) && tokens[k - 1].shape == Shape::Cap && !tokens[k - 1].opener)
            || (k + 1 < tokens.len() && joined(k, k + 1) && tokens[k + 1].shape == Shape::Cap)
    };
    let mut capitalised_inside = false;
    for k in (0..tokens.len()).filter(|&k| same(k)) {
        if capital_beside(k) {
            return false;
        }
        capitalised_inside |= !tokens[k].opener;
    }
    !tokens[first].opener || capitalised_inside
}

/// A listed or unlisted side stands right before the one or two small words (a verb: "play",
/// "beat", "will face") before token `first`: "Benfica play Follonica" names two sides.
fn side_before_verb(
    gaz: &Gazetteer,
    tokens: &[Token],
    mentions: &[Mention],
    others: &[Other],
    first: usize,
) -> bool {
    let sentence = tokens[first].sentence;
    (2..=3).any(|back| {
        let Some(j) = first.checked_sub(back) else {
            return false;
        };
        let words_between = (j + 1..first)
            .all(|k| tokens[k].shape == Shape::Lower && tokens[k].sentence == sentence);
        words_between
            && !tokens[j].punct_after
            && mentions
                .iter()
                .any(|m| m.span.end == tokens[j].span.end && team_target(gaz, others, m.target))
    })
}

/// A club's second team or age group is a side of its own: a side's name and a squad marker
/// ("Vipers II", "Ruislip Eagles U18", "Ajax U-21", "Celtic B", "Arsenal Women", "Chelsea's
/// Under-18s") name another side than the club's first team. Every form of one squad is one
/// side: "Liverpool U18", "Liverpool Under-18s" and "Liverpool's Under-18s".
fn squads_of_sides(
    gaz: &Gazetteer,
    body: &str,
    mentions: &mut Vec<Mention>,
    others: &mut Vec<Other>,
) {
    // (A listed town before the club's word is part of its name too.)
    let town = |t: Target| matches!(t, Target::Gaz(e) if gaz.entries[e as usize].kind == EntityType::Place);
    // Names already read with their marker ("Liverpool Under-18s coach …") are keyed as the
    // club's squad; of two names of one squad, the first stands for both.
    let mut same_squad: Vec<(usize, usize)> = Vec::new();
    for o in 0..others.len() {
        if others[o].kind != EntityType::Team {
            continue;
        }
        let Some(key) = squad_key(&others[o].name) else {
            continue;
        };
        match others[..o]
            .iter()
            .position(|p| p.key == key && p.kind == EntityType::Team)
        {
            Some(first) => same_squad.push((o, first)),
            None => others[o].key = key,
        }
    }
    for m in mentions.iter_mut() {
        if let Target::Other(o) = m.target {
            if let Some(&(_, first)) = same_squad.iter().find(|s| s.0 == o) {
                m.target = Target::Other(first);
            }
        }
    }
    let mut merged: Vec<usize> = Vec::new();
    for i in 0..mentions.len() {
        if merged.contains(&i) || !team_target(gaz, others, mentions[i].target) {
            continue;
        }
        let Some(len) = squad_marker(&body[mentions[i].span.end..]) else {
            continue;
        };
        // The club's town or first word read apart ("Ruislip" of "Ruislip Eagles U18") is
        // part of the name.
        let mut start = mentions[i].span.start;
        while let Some(j) = mentions.iter().position(|p| {
            p.span.end + 1 == start
                && body.as_bytes()[p.span.end] == b' '
                && (team_target(gaz, others, p.target) || town(p.target))
        }) {
            merged.push(j);
            start = mentions[j].span.start;
        }
        let club_end = mentions[i].span.end;
        let span = Span::new(start, club_end + len);
        let name = &body[span.start..span.end];
        // (The club by its listed name when it has one: "Dortmund's Under-19s" and "Borussia
        // Dortmund's Under-19s" are one squad.)
        let club = match mentions[i].target {
            Target::Gaz(e) if start == mentions[i].span.start => {
                Some(gaz.entries[e as usize].canonical.as_str())
            }
            _ => None,
        };
        let key = match club {
            Some(club) => squad_key(&format!("{club}{}", &body[club_end..span.end])),
            None => squad_key(name),
        }
        .unwrap_or_else(|| fold::key(name));
        let o = match others
            .iter()
            .position(|p| p.key == key && p.kind == EntityType::Team)
        {
            Some(o) => o,
            None => {
                others.push(Other {
                    kind: EntityType::Team,
                    key,
                    name: name.to_string(),
                });
                others.len() - 1
            }
        };
        // (A mention read inside the marker, "Under-18s" alone, is this one's.)
        merged.extend((0..mentions.len()).filter(|&j| {
            j != i && mentions[j].span.start >= club_end && mentions[j].span.end <= span.end
        }));
        mentions[i].span = span;
        mentions[i].target = Target::Other(o);
    }
    if !merged.is_empty() {
        let mut i = 0;
        mentions.retain(|_| {
            i += 1;
            !merged.contains(&(i - 1))
        });
    }
}

/// The length of a squad marker opening `rest` with its space (" II", " U18", " Women") or the
/// club's possessive ("'s Under-18s", "’s Women", for the markers that take one).
fn squad_marker(rest: &str) -> Option<usize> {
    let (lead, possessive) = ["'s ", "’s "]
        .iter()
        .find(|p| rest.starts_with(**p))
        .map_or((" ", false), |p| (*p, true));
    let word = rest.strip_prefix(lead)?;
    let end = word
        .find(|c: char| !(c.is_alphanumeric() || c == '-'))
        .unwrap_or(word.len());
    let w = &word[..end];
    let listed = LEXICON
        .squad_markers
        .iter()
        .any(|&(m, after_possessive)| m == w && (after_possessive || !possessive));
    (listed || age_group(w).is_some()).then_some(lead.len() + end)
}

/// A second team's, a women's side's or an age group's marker: "II", "B", "Women", "U18",
/// "U-21", "Under-18s".
fn squad_word(w: &str) -> bool {
    age_group(w).is_some() || LEXICON.squad_markers.iter().any(|&(m, _)| m == w)
}

/// An age group's number: "U18", "U-21", "U21s", "Under-18s", "Under-23".
fn age_group(w: &str) -> Option<&str> {
    let rest = w
        .strip_prefix("Under-")
        .or_else(|| w.strip_prefix("U-"))
        .or_else(|| w.strip_prefix('U'))?;
    let digits = rest.strip_suffix('s').unwrap_or(rest);
    (digits.len() == 2 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// The key of a squad's name, the same for every way of writing it: the club's words and the
/// marker, an age group by its number ("Liverpool's Under-18s" and "Liverpool U18": "liverpool
/// u18"). None when the name ends in no marker or holds nothing before it.
fn squad_key(name: &str) -> Option<String> {
    let (club, marker) = name.rsplit_once(' ')?;
    let club = club
        .strip_suffix("'s")
        .or_else(|| club.strip_suffix("’s"))
        .unwrap_or(club);
    let marker = match age_group(marker) {
        Some(age) => format!("u{age}"),
        None if squad_word(marker) => marker.to_lowercase(),
        None => return None,
    };
    let club = fold::key(club);
    (!club.is_empty()).then(|| format!("{club} {marker}"))
}

/// A side named by its initials ("BC" for Boston College, the team's nickname left out; "EBFC"
/// for East Bengal, with "FC" after them): an upper-case word of two to four letters no mention
/// covers, which the initials of exactly one side's name (or of a form the text uses) spell.
fn initialisms_of_sides(
    gaz: &Gazetteer,
    tokens: &[Token],
    body: &str,
    mentions: &mut Vec<Mention>,
    others: &[Other],
) {
    // The words that may be initials, first: most texts have none, and then no side's initials
    // need spelling out.
    let shouted: Vec<&Token> = tokens
        .iter()
        .filter(|t| {
            let word = &body[t.span.start..t.span.end];
            (2..=4).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
        })
        .collect();
    if shouted.is_empty() {
        return;
    }
    let initials = |name: &str, drop_last: bool| -> Option<String> {
        let words: Vec<&str> = name.split_whitespace().collect();
        let words = if drop_last {
            &words[..words.len().saturating_sub(1)]
        } else {
            &words[..]
        };
        if words.len() < 2 {
            return None;
        }
        words
            .iter()
            .map(|w| w.chars().next().filter(char::is_ascii_uppercase))
            .collect()
    };
    let mut sides: Vec<(String, Target)> = Vec::new();
    for m in mentions
        .iter()
        .filter(|m| team_target(gaz, others, m.target))
    {
        let name = match m.target {
            Target::Gaz(e) => gaz.entries[e as usize].canonical.as_str(),
            Target::Other(o) => others[o].name.as_str(),
            Target::Person(_) => continue,
        };
        for form in [name, &body[m.span.start..m.span.end]] {
            for drop_last in [false, true] {
                if let Some(key) = initials(form, drop_last) {
                    // ("EBFC" for East Bengal: a club's initials with "FC" after them; "OSU"
                    // for Oklahoma State: a university's, with "U".)
                    let club = format!("{key}FC");
                    let university = format!("{key}U");
                    for key in [key, club, university] {
                        if !sides.iter().any(|(k, t)| *k == key && *t == m.target) {
                            sides.push((key, m.target));
                        }
                    }
                }
            }
        }
    }
    if sides.is_empty() {
        return;
    }
    let mut added = Vec::new();
    for t in shouted {
        let word = &body[t.span.start..t.span.end];
        let mut targets = sides.iter().filter(|(k, _)| k == word).map(|(_, t)| *t);
        let (Some(target), None) = (targets.next(), targets.next()) else {
            continue;
        };
        // (A word read by its shape alone as a side of its own, "OSU", is the side it spells.)
        if let Some(m) = mentions.iter_mut().find(|m| m.span.overlaps(t.span)) {
            if m.span == t.span
                && matches!(m.target, Target::Other(o) if others[o].name == word
                    && others[o].kind == EntityType::Team)
            {
                m.target = target;
            }
            continue;
        }
        added.push(Mention {
            span: t.span,
            target,
            role: None,
            place_cue: false,
        });
    }
    mentions.extend(added);
}

/// Builds the entities, ordered by first mention.
fn assemble(
    gaz: &Gazetteer,
    doc: &Doc,
    mut mentions: Vec<Mention>,
    persons: &[Person],
    others: &[Other],
) -> Vec<Entity> {
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    mentions.dedup_by(|a, b| a.span.overlaps(b.span));
    // Mentions grouped by target, groups in order of first mention: a group number per
    // mention, then every group's mentions side by side in one list (no list per target).
    let mut order: Vec<Target> = Vec::new();
    let mut group_of: FastMap<Target, usize> =
        FastMap::with_capacity_and_hasher(mentions.len(), Default::default());
    let groups: Vec<usize> = mentions
        .iter()
        .map(|m| {
            *group_of.entry(m.target).or_insert_with(|| {
                order.push(m.target);
                order.len() - 1
            })
        })
        .collect();
    let mut starts = vec![0usize; order.len() + 1];
    for &g in &groups {
        starts[g + 1] += 1;
    }
    for g in 0..order.len() {
        starts[g + 1] += starts[g];
    }
    let mut members = vec![0usize; mentions.len()];
    let mut next = starts.clone();
    for (i, &g) in groups.iter().enumerate() {
        members[next[g]] = i;
        next[g] += 1;
    }
    let mut out = Vec::with_capacity(order.len());
    for (g, target) in order.into_iter().enumerate() {
        let ms = &members[starts[g]..starts[g + 1]];
        let spans: Vec<Span> = ms.iter().map(|&i| mentions[i].span).collect();
        let role = ms
            .iter()
            .find_map(|&i| mentions[i].role)
            .map(str::to_string);
        let (name, kind, sport, country) = match target {
            Target::Gaz(e) => {
                let entry = &gaz.entries[e as usize];
                // A country's bare name says nothing of the sport its side plays ("Australia"
                // has a side in many): only a name of its own does ("the Hockeyroos").
                let bare_country = entry.national
                    && gaz.has_twins(e)
                    && spans
                        .iter()
                        .all(|s| doc.text(*s) == entry.canonical.as_str());
                (
                    entry.canonical.clone(),
                    entry.kind,
                    entry.sport.clone().filter(|_| !bare_country),
                    entry.country.clone(),
                )
            }
            Target::Person(p) => {
                let lex = &*LEXICON;
                let name = persons[p]
                    .forms
                    .iter()
                    .map(|f| strip_title(f, lex))
                    .max_by_key(|f| f.chars().count())
                    .unwrap_or_default()
                    .to_string();
                (name, EntityType::Person, None, None)
            }
            Target::Other(o) => (others[o].name.clone(), others[o].kind, None, None),
        };
        let mut aliases: Vec<String> = Vec::new();
        for s in &spans {
            let surface = doc.text(*s);
            if surface != name && !aliases.iter().any(|a| a == surface) {
                aliases.push(surface.to_string());
            }
        }
        if let Target::Person(p) = target {
            for nick in &persons[p].nicknames {
                if !aliases.contains(nick) {
                    aliases.push(nick.clone());
                }
            }
        }
        out.push(Entity {
            name,
            kind,
            aliases,
            mentions: spans,
            role: if kind == EntityType::Person {
                role
            } else {
                None
            },
            sport,
            country,
            members: Vec::new(),
        });
    }
    out
}

fn strip_title<'f>(form: &'f str, lex: &super::lexicon::Lexicon) -> &'f str {
    // (As `split_once(' ')`, by bytes: a form is short.)
    match form.as_bytes().iter().position(|&b| b == b' ') {
        Some(at) if lex.is_title(&form[..at]) => &form[at + 1..],
        _ => form,
    }
}

/// The match is one word and no reading's own name: a nickname or short form ("Blues" for the
/// St. Louis Blues), not "Arsenal".
fn nickname_only(gaz: &Gazetteer, ctx: &Ctx, gm: &GazMatch, cands: &[u32]) -> bool {
    let surface = &ctx.doc.body[gm.span.start..gm.span.end];
    if surface.contains(' ') {
        return false;
    }
    cands.iter().all(|&e| !fold::key_is(surface, gaz.key(e)))
}

/// `gm`'s surface is the canonical name of every one of `cands`: one club's sides in several
/// sports ("Olympiacos"), not several clubs sharing a nickname ("Hurricanes").
fn own_name_of_all(gaz: &Gazetteer, ctx: &Ctx, gm: &GazMatch, cands: &[u32]) -> bool {
    let surface = &ctx.doc.body[gm.span.start..gm.span.end];
    cands.iter().all(|&e| fold::key_is(surface, gaz.key(e)))
}

/// Entry `e` is named somewhere by another surface than `gm`'s, and by that alone.
/// `sole_names`: each entry's surfaces (as keys) that name it alone ([`sole_names_of`]).
fn named_otherwise(
    sole_names: &FastMap<u32, Vec<String>>,
    ctx: &Ctx,
    gm: &GazMatch,
    e: u32,
) -> bool {
    sole_names.get(&e).is_some_and(|keys| {
        let surface = &ctx.doc.body[gm.span.start..gm.span.end];
        keys.iter().any(|k| !fold::key_is(surface, k))
    })
}

/// Each entry named somewhere by a surface that names it alone (not weak) → those surfaces'
/// distinct keys.
fn sole_names_of(
    ctx: &Ctx,
    matches: &[GazMatch],
    readings: &[Cow<[u32]>],
) -> FastMap<u32, Vec<String>> {
    let body = ctx.doc.body.as_str();
    let mut out: FastMap<u32, Vec<String>> = FastMap::default();
    for (m, r) in matches.iter().zip(readings) {
        if r.len() == 1 && !m.weak {
            let key = fold::key(&body[m.span.start..m.span.end]);
            let keys = out.entry(r[0]).or_default();
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    out
}

/// The name at `long` ends with the words at `short`, after a space ("Trinbago Knight Riders"
/// and "Knight Riders"; not "Chievo" and "Verona"), compared without regard to ASCII case.
fn ends_with_words(body: &str, long: Span, short: Span) -> bool {
    let (l, s) = (&body[long.start..long.end], &body[short.start..short.end]);
    l.len() > s.len() + 1
        && l.is_char_boundary(l.len() - s.len())
        && l[l.len() - s.len()..].eq_ignore_ascii_case(s)
        && l.as_bytes()[l.len() - s.len() - 1] == b' '
}

/// `words` are whole words of `name` ("Madrid" of "Real Madrid"), both given as
/// [`fold::key`]s.
fn in_name(name: &str, words: &str) -> bool {
    if words.is_empty() {
        return name.is_empty();
    }
    // An occurrence with a space or an end on both sides (no formatted copies: this runs for
    // every reading of every short form). The occurrences are those of `str::match_indices`,
    // leftmost and not overlapping, found by a first-byte search: `match_indices` set up a
    // substring searcher at each call, on names of a few words.
    let bytes = name.as_bytes();
    let w = words.as_bytes();
    let mut at = 0;
    while let Some(i) = memchr::memchr(w[0], &bytes[at..]) {
        at += i;
        let end = at + w.len();
        if bytes.get(at..end) != Some(w) {
            at += 1;
            continue;
        }
        if (at == 0 || bytes[at - 1] == b' ') && (end == bytes.len() || bytes[end] == b' ') {
            return true;
        }
        at = end;
    }
    false
}

/// The one team (or competition: `kind`) of `sport` named unambiguously in the text whose name
/// ends in the one word of `gm`.
fn own_short_form(
    gaz: &Gazetteer,
    ctx: &Ctx,
    gm: &GazMatch,
    strong: &FastMap<u32, usize>,
    sport: Option<&str>,
    kind: EntityType,
    named: (&[GazMatch], &[Cow<[u32]>]),
) -> Option<u32> {
    let word = fold::key(ctx.doc.text(gm.span));
    let tail = format!(" {word}");
    // (A college's sides play every sport: "Drake" and "the Bulldogs" in a basketball story.)
    let fits = |entry: &super::gazetteer::GazEntry| {
        entry.sport.as_deref() == sport
            || (entry.sport.as_deref() == Some("multi") && entry.country.as_deref() == Some("USA"))
    };
    let mut found: Vec<u32> = strong
        .keys()
        .copied()
        .filter(|&e| {
            let entry = &gaz.entries[e as usize];
            entry.kind == kind
                && fits(entry)
                && std::iter::once(&entry.canonical)
                    .chain(entry.aliases.iter())
                    .any(|n| fold::key(n).ends_with(&tail))
        })
        .collect();
    // None named in full: the side the text names by a place and this nickname ("Oregon" and
    // "the Ducks" for the Oregon Ducks), of the story's sport or a college's.
    if found.is_empty() && kind == EntityType::Team {
        let (matches, readings) = named;
        // (The sides opening with each place's canonical name, by the gazetteer's index.)
        for place in matches
            .iter()
            .zip(readings)
            .flat_map(|(_, r)| r.iter().copied())
            .filter(|&e| gaz.entries[e as usize].kind == EntityType::Place)
        {
            let head = gaz.key(place);
            for &i in gaz.sides_opening(&gaz.entries[place as usize].canonical) {
                let entry = &gaz.entries[i as usize];
                let key = gaz.key(i);
                if fits(entry) && key.len() == head.len() + tail.len() && key.ends_with(&tail) {
                    found.push(i);
                }
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    (found.len() == 1).then(|| found[0])
}

/// "the 21-year-old from Split", "a mother of two from Leeds", "the 163km from Ennezat": "from"
/// after an age, a distance or a person noun with no sporting role before token `i` gives where
/// someone or something comes from, not a club or a passer (a rookie "from Tulane" is from a
/// college).
fn origin_after_person(ctx: &Ctx, i: usize) -> bool {
    if i < 2 {
        return false;
    }
    let from = &ctx.tokens[i - 1];
    let noun = &ctx.tokens[i - 2];
    let body = ctx.doc.body.as_str();
    let w = &body[noun.span.start..noun.span.end];
    from.sentence == ctx.tokens[i].sentence
        && noun.sentence == from.sentence
        && !noun.punct_after
        && body[from.span.start..from.span.end].eq_ignore_ascii_case("from")
        && (w.ends_with("-year-old")
            || distance(w)
            || LEXICON.role_singular_lower(&w.to_lowercase()) == Some(None))
}

/// A distance: "163km", "12 miles" (the unit word), "40-kilometre": "the 163km from Ennezat" runs
/// from a place.
fn distance(w: &str) -> bool {
    let unit =
        w.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',' || c == '-');
    matches!(
        unit,
        "km" | "kms"
            | "kilometres"
            | "kilometers"
            | "kilometre"
            | "kilometer"
            | "miles"
            | "mile"
            | "metres"
            | "meters"
    )
}

/// Some match of another surface than match `except`'s names only entries of `sport`.
fn sport_named_elsewhere(
    gaz: &Gazetteer,
    matches: &[GazMatch],
    except: usize,
    sport: Option<&str>,
) -> bool {
    let Some(sport) = sport else { return false };
    let own = &matches[except].entries;
    matches.iter().any(|gm| {
        gm.entries != *own
            && gm
                .entries
                .iter()
                .all(|&e| gaz.entries[e as usize].sport.as_deref() == Some(sport))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_name_finds_as_match_indices_did() {
        fn by_match_indices(name: &str, words: &str) -> bool {
            if words.is_empty() {
                return name.is_empty();
            }
            let bytes = name.as_bytes();
            name.match_indices(words).any(|(at, _)| {
                let end = at + words.len();
                (at == 0 || bytes[at - 1] == b' ') && (end == bytes.len() || bytes[end] == b' ')
            })
        }
        let names = [
            "",
            "a",
            "aa a",
            "yx x x",
            "a a a",
            "manchester united",
            "united",
            "real madrid cf",
            "são paulo fc",
            "x xx x",
            "ab ab ab",
            " lead",
            "trail ",
        ];
        let words = [
            "",
            "a",
            "a a",
            "x x",
            "united",
            "madrid",
            "real madrid",
            "paulo",
            "são",
            "ab ab",
            "x",
            "xx",
            "lead",
            "trail",
            "aa a",
            "manchester united",
        ];
        for name in names {
            for w in words {
                assert_eq!(
                    in_name(name, w),
                    by_match_indices(name, w),
                    "{name:?} {w:?}"
                );
            }
        }
    }
}
