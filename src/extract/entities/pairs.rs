//! Pairs: two players who play as one side (beach volleyball, padel, tennis and badminton
//! doubles, bowls pairs). Results write them with a slash ("Albuquerque-Reis/Moura (BRA) bt …",
//! "Iker Ortega / Nahuel Vilches d. …"); prose joins the two players with "and"
//! ("Albuquerque-Reis and Moura held their nerve"). A pair is a `team` entity whose `members` are
//! its two players.
//!
//! A slash between two names is also a photo credit ("Hoffmeister/Getty"), a sponsor's club name
//! ("Fortuna/Van Dijk Bouw") or a breadcrumb ("Home / Kabaddi"). So a page has pairs only when one
//! slash form joins two people the text names in full elsewhere; on such a page a slash form is a
//! pair when one of its names is such a person or when a score stands in its sentence (a results
//! line: "Lloyd/Bevan (Neath) 21-10"). Where no slash form names a pair, a story of doubles
//! names one in prose: two players in full joined by "and" in a sentence of the doubles.

use std::sync::LazyLock;

use crate::doc::{Doc, Entity, EntityType, Span};

use super::lexicon::LEXICON;

/// One name of a slash form: its span and the person entity it names, if any.
#[derive(Debug, Clone, Copy)]
struct Half {
    span: Span,
    person: Option<usize>,
}

/// Adds the pairs `doc` writes to `entities` (ordered by first mention, as the entity stage
/// leaves them), with a person for each player named only inside a pair.
pub fn add(doc: &Doc, entities: &mut Vec<Entity>) {
    slash_pairs(doc, entities);
    prose_pairs(doc, entities);
}

/// The pairs a slash form names ("Kim/Park", "Albuquerque-Reis/Moura (BRA) bt …").
fn slash_pairs(doc: &Doc, entities: &mut Vec<Entity>) {
    let body = doc.body.as_str();
    if !body.contains('/') {
        return;
    }
    let mut forms: Vec<(Half, Half)> = Vec::new();
    for (at, _) in body.match_indices('/') {
        if let Some(form) = slash_form(doc, entities, at) {
            forms.push(form);
        }
    }
    let full_person = |h: &Half| h.person.is_some_and(|p| entities[p].name.contains(' '));
    if !forms.iter().any(|(a, b)| full_person(a) && full_person(b)) {
        return;
    }
    forms.retain(|(a, b)| {
        a.person.is_some() || b.person.is_some() || score_in_sentence(doc, a.span.start)
    });
    if forms.is_empty() {
        return;
    }

    // Players named only inside pairs become people of their own; the others are named there too.
    let mut added: Vec<Entity> = Vec::new();
    for (a, b) in forms.iter_mut() {
        for h in [a, b] {
            if let Some(p) = h.person {
                let mentions = &mut entities[p].mentions;
                if let Err(at) =
                    mentions.binary_search_by_key(&(h.span.start, h.span.end), |m| (m.start, m.end))
                {
                    mentions.insert(at, h.span);
                }
                continue;
            }
            let surface = doc.text(h.span);
            let known = added.iter().position(|e| e.name == surface);
            let at = known.unwrap_or_else(|| {
                added.push(Entity {
                    name: surface.to_string(),
                    kind: EntityType::Person,
                    aliases: Vec::new(),
                    mentions: Vec::new(),
                    role: None,
                    sport: None,
                    country: None,
                    members: Vec::new(),
                });
                added.len() - 1
            });
            added[at].mentions.push(h.span);
            h.person = Some(entities.len() + at);
        }
    }
    entities.extend(added);

    // One pair per two players, whichever order they are written in.
    let mut pairs: Vec<([usize; 2], Vec<Span>)> = Vec::new();
    for (a, b) in &forms {
        let (Some(x), Some(y)) = (a.person, b.person) else {
            continue;
        };
        if x == y {
            continue;
        }
        let span = Span::new(a.span.start, b.span.end);
        match pairs.iter_mut().find(|(m, _)| *m == [x, y] || *m == [y, x]) {
            Some((_, spans)) => spans.push(span),
            None => pairs.push(([x, y], vec![span])),
        }
    }
    for (members, spans) in &mut pairs {
        spans.extend(joined_by_and(doc, entities, *members));
        spans.sort_by_key(|s| (s.start, s.end));
        spans.dedup();
    }
    for (members, spans) in pairs {
        let country = spans.iter().find_map(|s| country_beside(doc, entities, *s));
        // The name: the first slash form without spaces (surnames), else the first form.
        let name = spans
            .iter()
            .map(|s| doc.text(*s))
            .find(|t| t.contains('/') && !t.contains(" /"))
            .unwrap_or_else(|| doc.text(spans[0]))
            .to_string();
        let pair = pair_entity(doc, name, members, spans, country);
        entities.push(pair);
    }
    reorder_by_first_mention(entities);
}

/// A pair's entity: named `name`, its other forms in `spans` its aliases.
fn pair_entity(
    doc: &Doc,
    name: String,
    members: [usize; 2],
    spans: Vec<Span>,
    country: Option<String>,
) -> Entity {
    let mut aliases: Vec<String> = Vec::new();
    for s in &spans {
        let t = doc.text(*s);
        if t != name && !aliases.iter().any(|a| a == t) {
            aliases.push(t.to_string());
        }
    }
    Entity {
        name,
        kind: EntityType::Team,
        aliases,
        mentions: spans,
        role: None,
        sport: None,
        country,
        members: members.to_vec(),
    }
}

/// The pairs prose alone names, where no slash form does: in a sentence of doubles or a pair,
/// two players named in full joined by "and" ("Aoi Matsuda and Rina Koizumi, the home pair in
/// the women's doubles final, went down … to South Korea's Kim Seo-yeon and Park Ha-eun"; a
/// country's possessive may stand before the second: "Spain's Diego Ruiz and Hong Kong's Leung
/// Wing-yan"). The pair is named by the two surnames the text uses ("Matsuda/Koizumi").
fn prose_pairs(doc: &Doc, entities: &mut Vec<Entity>) {
    let body = doc.body.as_str();
    // (A story of doubles: "pair" alone also says two opponents, "the Barnsley pair Callum
    // Reese and Josh Hale", or two players of a team, "their defensive pair"; golf's
    // foursomes pairs play for a team whose points are the scores.)
    if !contains_word(body, "doubles") {
        return;
    }
    let person_at = |start: usize| {
        entities.iter().enumerate().find_map(|(i, e)| {
            (e.kind == EntityType::Person)
                .then(|| e.mentions.iter().find(|m| m.start == start))
                .flatten()
                .map(|m| (i, *m))
        })
    };
    let mut found: Vec<([usize; 2], Span)> = Vec::new();
    for s in &doc.sentences {
        let text = &body[s.start..s.end];
        if !contains_word(text, "doubles") && !contains_word(text, "pair") {
            continue;
        }
        let people = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityType::Person);
        for (a_entity, e) in people {
            for a in e
                .mentions
                .iter()
                .filter(|m| m.start >= s.start && m.end <= s.end)
            {
                // ("a bout between the Barnsley pair X and Y": two opponents.)
                if contains_word(&body[s.start..a.start], "between") {
                    continue;
                }
                if !body[a.end..].starts_with(" and ") {
                    continue;
                }
                let mut b_start = a.end + " and ".len();
                // (A country's or club's possessive before the second player.)
                if let Some(owner) = entities.iter().find_map(|o| {
                    (o.kind != EntityType::Person)
                        .then(|| o.mentions.iter().find(|m| m.start == b_start))
                        .flatten()
                }) {
                    let after = &body[owner.end..];
                    let Some(len) = ["'s ", "’s "].iter().find(|p| after.starts_with(**p)) else {
                        continue;
                    };
                    b_start = owner.end + len.len();
                }
                let Some((b, b_span)) = person_at(b_start) else {
                    continue;
                };
                let full = |span: Span| doc.text(span).contains(' ');
                if b != a_entity && full(*a) && full(b_span) && b_span.end <= s.end {
                    found.push(([a_entity, b], Span::new(a.start, b_span.end)));
                }
            }
        }
    }
    found.sort_by_key(|(_, s)| (s.start, s.end));
    for (members, span) in found {
        let paired = |e: &Entity| {
            e.members.len() == 2
                && e.members.contains(&members[0])
                && e.members.contains(&members[1])
        };
        if let Some(pair) = entities.iter_mut().find(|e| paired(e)) {
            if !pair.mentions.contains(&span) {
                pair.mentions.push(span);
                pair.mentions.sort_by_key(|m| (m.start, m.end));
            }
            continue;
        }
        // (A player already in another pair plays for that one.)
        if entities
            .iter()
            .any(|e| e.members.iter().any(|m| members.contains(m)))
        {
            continue;
        }
        let mut spans = vec![span];
        spans.extend(joined_by_and(doc, entities, members));
        spans.sort_by_key(|s| (s.start, s.end));
        spans.dedup();
        // (The surname the text uses alone, else the last word, else the first where the last
        // is an East Asian given name, "Kim Seo-yeon": hyphenated, lower case after it.)
        let surname = |p: usize| {
            let e = &entities[p];
            let last = e.name.rsplit(' ').next().unwrap_or(&e.name);
            let given_last = last
                .split_once('-')
                .is_some_and(|(_, b)| b.starts_with(|c: char| c.is_lowercase()));
            let guess = if given_last {
                e.name.split(' ').next().unwrap_or(&e.name)
            } else {
                last
            };
            e.aliases
                .iter()
                .filter(|a| !a.contains(' '))
                .min_by_key(|a| a.len())
                .cloned()
                .unwrap_or_else(|| guess.to_string())
        };
        let name = format!("{}/{}", surname(members[0]), surname(members[1]));
        let country = spans.iter().find_map(|s| country_beside(doc, entities, *s));
        let pair = pair_entity(doc, name, members, spans, country);
        entities.push(pair);
    }
    reorder_by_first_mention(entities);
}

/// `text` holds `word` as a whole word, as written ("doubles", not "Doubles" of a heading).
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The two names around the slash at byte `at`, when both are names of people's shape.
fn slash_form(doc: &Doc, entities: &[Entity], at: usize) -> Option<(Half, Half)> {
    let body = doc.body.as_str();
    // "A/B" or "A / B".
    let (left_end, right_start) = if body[..at].ends_with(' ') && body[at + 1..].starts_with(' ') {
        (at - 1, at + 2)
    } else {
        (at, at + 1)
    };
    let left = name_before(body, left_end)?;
    let right = name_after(body, right_start)?;
    let half = |span: Span, from_end: bool| -> Option<Half> {
        // (A thing the entity stage found there, a club or an agency, is no player.)
        let other = entities.iter().any(|e| {
            e.kind != EntityType::Person
                && e.mentions
                    .iter()
                    .any(|m| m.start < span.end && span.start < m.end)
        });
        if other {
            return None;
        }
        let person = person_named(doc, entities, span, from_end);
        Some(Half {
            span: person.map_or(span, |(_, s)| s),
            person: person.map(|(p, _)| p),
        })
    };
    let a = half(left, true)?;
    let b = half(right, false)?;
    // A name of more than two words not known as anyone's is a phrase, not a player.
    let words = |s: Span| doc.text(s).split(' ').filter(|w| !is_particle(w)).count();
    if (a.person.is_none() && words(a.span) > 2) || (b.person.is_none() && words(b.span) > 2) {
        return None;
    }
    Some((a, b))
}

/// The person entity a name stands for, and the part of the name that names them: the whole
/// name, or its last words (`from_end`, the name before a slash) or first words (after it).
fn person_named(
    doc: &Doc,
    entities: &[Entity],
    span: Span,
    from_end: bool,
) -> Option<(usize, Span)> {
    let text = doc.text(span);
    let mut cuts: Vec<usize> = vec![0];
    cuts.extend(text.match_indices(' ').map(|(i, _)| i));
    let parts: Vec<Span> = if from_end {
        cuts.iter()
            .map(|&c| Span::new(span.start + if c == 0 { 0 } else { c + 1 }, span.end))
            .collect()
    } else {
        let mut ends: Vec<usize> = text.match_indices(' ').map(|(i, _)| i).collect();
        ends.push(text.len());
        ends.iter()
            .rev()
            .map(|&e| Span::new(span.start, span.start + e))
            .collect()
    };
    for part in parts {
        let t = doc.text(part);
        let mut best: Option<(usize, usize)> = None;
        for (i, e) in entities.iter().enumerate() {
            if e.kind != EntityType::Person {
                continue;
            }
            let names = e.name == t
                || e.aliases.iter().any(|a| a == t)
                || e.name.strip_suffix(t).is_some_and(|g| g.ends_with(' '))
                || initial_and_surname(t, &e.name);
            if names && best.is_none_or(|(_, n)| e.mentions.len() > n) {
                best = Some((i, e.mentions.len()));
            }
        }
        if let Some((i, _)) = best {
            return Some((i, part));
        }
    }
    None
}

/// "L. Arnaiz" for "Lucas Arnaiz": the given name's initial, then the rest of the name.
fn initial_and_surname(short: &str, name: &str) -> bool {
    let Some((first, rest)) = short.split_once(' ') else {
        return false;
    };
    initial(first)
        && name.starts_with(&first[..first.len() - 1])
        && name
            .strip_suffix(rest)
            .is_some_and(|g| g.ends_with(' ') && !g.trim_end().contains(' '))
}

/// A name particle ("de", "van", "ap"; `data/entities/particles.txt`).
fn is_particle(word: &str) -> bool {
    word.is_ascii() && LEXICON.is_particle_ascii(word.as_bytes())
}

/// A capitalised word of a name: an upper-case letter first, letters, hyphens and apostrophes
/// after it, and a small letter somewhere ("OT", "SO" and "PA" are no names).
fn name_word(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
        && w.chars().any(char::is_lowercase)
}

/// A given name's initial: one capital letter and a full stop ("T.").
fn initial(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.next() == Some('.')
        && chars.next().is_none()
}

/// The name that ends at byte `end` (up to three words and the particles among them, one space
/// apart: "de Haan-Visser", "Iker Ortega", "Washington-Hale").
fn name_before(body: &str, end: usize) -> Option<Span> {
    let mut start = end;
    let mut words = 0;
    loop {
        let head = &body[..start];
        let word_start = head
            .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ':' | ',' | '/'))
            .map_or(0, |i| {
                i + head[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &head[word_start..];
        if word.is_empty() || words == 3 {
            break;
        }
        let particle = is_particle(word) && words > 0;
        // (A given name's initial opens the name: "T. Garrido-Vela/L. Arnaiz".)
        let initial = words > 0 && initial(word);
        if !name_word(word) && !particle && !initial {
            break;
        }
        start = word_start;
        words += usize::from(!particle);
        if initial {
            break;
        }
        if !body[..start].ends_with(' ') || body[..start - 1].ends_with(' ') {
            break;
        }
        start -= 1;
    }
    // (The loop may have stepped back over the space before a word it then refused.)
    let start = start + usize::from(body[start..end].starts_with(' '));
    (words > 0).then(|| Span::new(start, end))
}

/// The name that starts at byte `start` (as [`name_before`], forwards).
fn name_after(body: &str, start: usize) -> Option<Span> {
    let mut end = start;
    let mut words = 0;
    loop {
        let tail = &body[end..];
        let word_len = tail
            .find(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ':' | ',' | '/' | '.'))
            .unwrap_or(tail.len());
        // (A given name's initial opens the name: "L. Arnaiz".)
        let initial_len = word_len + 1;
        if words == 0
            && tail.get(..initial_len).is_some_and(initial)
            && tail[initial_len..].starts_with(' ')
        {
            end += initial_len + 1;
            words += 1;
            continue;
        }
        let word = &tail[..word_len];
        if word.is_empty() || words == 3 {
            break;
        }
        let particle = is_particle(word)
            && tail[word_len..]
                .strip_prefix(' ')
                .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase));
        if !name_word(word) && !particle {
            break;
        }
        end += word_len;
        words += usize::from(!particle);
        if !body[end..].starts_with(' ') {
            break;
        }
        let next = &body[end + 1..];
        if !next.chars().next().is_some_and(char::is_alphabetic) {
            break;
        }
        end += 1;
    }
    let end = end - usize::from(body[start..end].ends_with(' '));
    (words > 0 && end > start).then(|| Span::new(start, end))
}

/// Olympic country codes that are not the ISO codes entities carry (`data/entities/ioc_codes.tsv`).
static IOC_TO_ISO: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    include_str!("../../../data/entities/ioc_codes.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .collect()
});

/// The country the text gives a pair where it names it: "Brazil's Letícia Albuquerque-Reis and
/// Thaís Moura", "St-Laurent and O'Brien-Tait of Canada", "Müller-Ostrowski/Behrens (GER)".
fn country_beside(doc: &Doc, entities: &[Entity], span: Span) -> Option<String> {
    let body = doc.body.as_str();
    let country_at = |hit: &dyn Fn(Span) -> bool| {
        entities.iter().find_map(|e| {
            let nation = e.kind == EntityType::Place || e.kind == EntityType::Team;
            (nation && e.mentions.iter().any(|m| hit(*m)))
                .then(|| e.country.clone())
                .flatten()
        })
    };
    let before = &body[..span.start];
    if let Some(head) = before
        .strip_suffix("'s ")
        .or_else(|| before.strip_suffix("’s "))
    {
        if let Some(c) = country_at(&|m: Span| m.end == head.len()) {
            return Some(c);
        }
    }
    let after = &body[span.end..];
    for of in [" of the ", " of "] {
        if after.starts_with(of) {
            let at = span.end + of.len();
            if let Some(c) = country_at(&|m: Span| m.start == at) {
                return Some(c);
            }
        }
    }
    bracketed_country(after)
}

/// The ISO country of an Olympic code in brackets opening `after` (" (GER)", " (ESP)"), the
/// way results lines write a player's or a pair's nation.
pub fn bracketed_country(after: &str) -> Option<String> {
    let code = after.strip_prefix(" (")?.get(..4)?;
    let code = code.strip_suffix(')')?;
    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let iso = IOC_TO_ISO
        .iter()
        .find(|(ioc, _)| *ioc == code)
        .map_or(code, |(_, iso)| iso);
    Some(iso.to_string())
}

/// A score ("21-10", "6-4") stands in the sentence holding byte `pos`.
fn score_in_sentence(doc: &Doc, pos: usize) -> bool {
    let s = doc.sentences[doc.sentence_index(pos)];
    let text = &doc.body[s.start..s.end];
    let b = text.as_bytes();
    (1..b.len().saturating_sub(1)).any(|i| {
        matches!(b[i], b'-') && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit()
            || b[i..].starts_with("–".as_bytes())
                && b[i - 1].is_ascii_digit()
                && b.get(i + '–'.len_utf8()).is_some_and(u8::is_ascii_digit)
    })
}

/// Where the two players are named side by side with "and" or "&" ("Albuquerque-Reis and Moura",
/// "Letícia Albuquerque-Reis and Thaís Moura").
fn joined_by_and(doc: &Doc, entities: &[Entity], members: [usize; 2]) -> Vec<Span> {
    let body = doc.body.as_str();
    let mut out = Vec::new();
    for (first, second) in [(members[0], members[1]), (members[1], members[0])] {
        for a in &entities[first].mentions {
            let rest = &body[a.end..];
            let gap = [" and ", " & "]
                .iter()
                .find(|g| rest.starts_with(*g))
                .map(|g| g.len());
            let Some(gap) = gap else { continue };
            let b_start = a.end + gap;
            if let Some(b) = entities[second]
                .mentions
                .iter()
                .find(|b| b.start == b_start)
            {
                out.push(Span::new(a.start, b.end));
            }
        }
    }
    out
}

/// Puts the entities back in order of first mention, keeping pairs' members pointing at their
/// players.
fn reorder_by_first_mention(entities: &mut Vec<Entity>) {
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by_key(|&i| entities[i].mentions.first().map(|m| (m.start, m.end)));
    let mut new_index = vec![0; entities.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut taken: Vec<Option<Entity>> = entities.drain(..).map(Some).collect();
    for &old in &order {
        let mut e = taken[old].take().expect("each entity is taken once");
        for m in e.members.iter_mut() {
            *m = new_index[*m];
        }
        entities.push(e);
    }
}
