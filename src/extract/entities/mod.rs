//! Entities: people, teams, competitions, venues, places and organisations — found by gazetteer and
//! by name shape, typed by context, and merged into one entity per real-world thing.
//!
//! | file | what |
//! |---|---|
//! | `fold.rs` | the body folded once to ASCII, with an offset map back |
//! | `lexicon.rs` | word lists of `data/entities/` and the given-name lexicon |
//! | `gazetteer.rs` | `data/gazetteer/*.tsv` and the one trie of all aliases |
//! | `names.rs` | tokens and capitalised runs (particles, initials, suffixes, hyphens) |
//! | `context.rs` | cue words, role nouns and scorelines around a mention |
//! | `lists.rs` | line-ups and scorer lines: lists of names that are people |
//! | `resolve.rs` | readings, typing by evidence, merging, the entity list |
//! | `corpus.rs` | examples beside the rules: what must and must not be found |

mod context;
mod fold;
mod gazetteer;
pub(crate) mod lexicon;
mod lists;
mod names;
mod pairs;
mod resolve;

#[cfg(test)]
mod corpus;

use std::sync::{Arc, LazyLock};

use crate::doc::{Doc, Entity, Span};

use gazetteer::Gazetteer;

pub use pairs::bracketed_country;

/// `word` after a place's name makes another side's name than the place's own ("State" in
/// "Oregon State"; `other_side_after` in `data/entities/context_cues.tsv`).
pub fn other_side_word(word: &str) -> bool {
    lexicon::LEXICON
        .other_side_after
        .contains(word.to_lowercase().as_str())
}

/// The schema role of a role noun in lower case ("head coach" → "coach", "captain" → "player";
/// `data/entities/role_nouns.tsv`): the score stage ties a person named "as Ireland head coach"
/// to Ireland.
pub fn role_of_noun(noun: &str) -> Option<&'static str> {
    lexicon::LEXICON.role_lower(noun).flatten()
}

/// `word` is a given name in `data/given_names.txt` (the page-header cleanup tells a byline
/// without "By" from a label with it).
pub fn is_given_name(word: &str) -> bool {
    lexicon::LEXICON.is_given(word)
}

/// The last word of `name` types it an organisation (`data/entities/type_cues.tsv`: "Prairie
/// Courier", "Caledonian Press"): the byline cleanup tells the paper a writer files for from a
/// second writer.
pub fn ends_as_organisation(name: &str) -> bool {
    name.split_whitespace().count() >= 2
        && name.split_whitespace().last().is_some_and(|w| {
            lexicon::LEXICON.type_cue(w, false, true) == Some(crate::doc::EntityType::Organisation)
        })
}

/// Holds the gazetteer alias trie and word lists; built once per process, shared by threads.
pub struct EntityExtractor {
    gazetteer: Arc<Gazetteer>,
}

static BUILTIN: LazyLock<Arc<Gazetteer>> = LazyLock::new(|| {
    let entries = builtin_entries().expect("built-in gazetteers parse");
    Arc::new(Gazetteer::build(entries))
});

fn builtin_entries() -> Result<Vec<gazetteer::GazEntry>, String> {
    let mut all = Vec::new();
    for (name, text) in gazetteer::BUILTIN_FILES {
        all.extend(gazetteer::parse(name, text)?);
    }
    Ok(all)
}

impl EntityExtractor {
    /// The built-in gazetteers of `data/gazetteer/`.
    pub fn builtin() -> EntityExtractor {
        EntityExtractor {
            gazetteer: Arc::clone(&BUILTIN),
        }
    }

    /// Built-in gazetteers plus extra files `(name, contents)` in the same format: their entries
    /// add to the built-in ones and override those with the same canonical name and type.
    pub fn with_extra(extra: &[(String, String)]) -> Result<EntityExtractor, String> {
        if extra.is_empty() {
            return Ok(EntityExtractor::builtin());
        }
        let mut added = Vec::new();
        for (name, text) in extra {
            added.extend(gazetteer::parse(name, text)?);
        }
        let all = gazetteer::merge(builtin_entries()?, added);
        Ok(EntityExtractor {
            gazetteer: Arc::new(Gazetteer::build(all)),
        })
    }

    /// A place a score names as one of its sides is that nation's team where the gazetteer
    /// lists a national side of its name: "Japan beat Pakistan 3-1" on a multi-sport page, where
    /// the country reads as a place until a result names it. (Not a city, "In Cairo we won
    /// 1-0", whatever the scores stage made of it.) Run after the scores stage.
    pub fn nations_as_sides(&self, doc: &mut Doc) {
        let gaz = &*self.gazetteer;
        let mut sides: Vec<usize> = doc
            .scores
            .iter()
            .flat_map(|s| s.teams.iter().flatten().flatten().copied())
            .filter(|&e| doc.entities[e].kind == crate::doc::EntityType::Place)
            .collect();
        sides.sort_unstable();
        sides.dedup();
        for e in sides {
            let len = doc.entities[e].name.len();
            let name = fold::Folded::new(&doc.entities[e].name);
            let national = gaz.find(&name).iter().any(|m| {
                m.span.start == 0
                    && m.span.end == len
                    && m.entries.iter().any(|&x| gaz.is_national(x))
            });
            if national {
                doc.entities[e].kind = crate::doc::EntityType::Team;
            }
        }
    }

    /// The entities of `doc`, ordered by first mention.
    pub fn extract(&self, doc: &Doc) -> Vec<Entity> {
        let mut entities = resolve::extract(&self.gazetteer, doc);
        one_reading_per_acronym(doc, &mut entities);
        unlist_foreign_nicknames(doc, &mut entities);
        pairs::add(doc, &mut entities);
        entities
    }
}

/// An acronym the text uses for two entities ("ISU" of Iowa State in "Jace Romero-Whitt (ISU)",
/// the skating union's in "(ISU 3-0)" on the same results list) stands for one of them in one
/// story: the one it names most often, where one does. Run before pairs are made (no entity has
/// members yet), it keeps the entities ordered by first mention.
fn one_reading_per_acronym(doc: &Doc, entities: &mut Vec<Entity>) {
    let acronym = |t: &str| (2..=5).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_uppercase());
    // Each acronym's readings: (surface, entity, how many mentions).
    let mut readings: Vec<(&str, usize, usize)> = Vec::new();
    // (Of named bodies only: a person named with a code, "BUF Maracle", is another matter.)
    for (i, e) in entities.iter().enumerate() {
        if e.kind == crate::doc::EntityType::Person {
            continue;
        }
        for m in &e.mentions {
            let t = doc.text(*m);
            if !acronym(t) {
                continue;
            }
            match readings.iter_mut().find(|(s, j, _)| *s == t && *j == i) {
                Some(r) => r.2 += 1,
                None => readings.push((t, i, 1)),
            }
        }
    }
    let mut moves: Vec<(&str, usize, usize)> = Vec::new();
    for &(surface, _, _) in &readings {
        if moves.iter().any(|(s, _, _)| *s == surface) {
            continue;
        }
        let mut of_it: Vec<(usize, usize)> = readings
            .iter()
            .filter(|(s, _, _)| *s == surface)
            .map(|&(_, i, n)| (i, n))
            .collect();
        if of_it.len() < 2 {
            continue;
        }
        of_it.sort_by_key(|&(i, n)| (std::cmp::Reverse(n), i));
        if of_it[0].1 == of_it[1].1 {
            continue;
        }
        let winner = of_it[0].0;
        moves.extend(of_it[1..].iter().map(|&(i, _)| (surface, i, winner)));
    }
    if moves.is_empty() {
        return;
    }
    for (surface, from, to) in moves {
        let (taken, kept): (Vec<Span>, Vec<Span>) = entities[from]
            .mentions
            .iter()
            .partition(|m| doc.text(**m) == surface);
        entities[from].mentions = kept;
        let to = &mut entities[to];
        to.mentions.extend(taken);
        to.mentions.sort_by_key(|m| (m.start, m.end));
        // (The surface is one of the winner's forms now.)
        if to.name != surface && !to.aliases.iter().any(|a| a == surface) {
            to.aliases.push(surface.to_string());
        }
    }
    entities.retain(|e| !e.mentions.is_empty());
    entities.sort_by_key(|e| e.mentions.first().map(|m| (m.start, m.end)));
}

/// How a listed team named only by a one-word plural ("Lions", "Steelmen"; not a club's town,
/// "Toulouse") stands to its listed name: no word of it (Millwall's "Lions") or its last word
/// (Philadelphia's "Eagles"). `None` for any other entity.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Nickname {
    Apart,
    LastWord,
}

fn nickname_of(doc: &Doc, e: &Entity) -> Option<Nickname> {
    if e.kind != crate::doc::EntityType::Team || !e.members.is_empty() {
        return None;
    }
    let mut found = None;
    for m in &e.mentions {
        let surface = doc.text(*m);
        let plural = surface.ends_with('s') || surface.ends_with("men");
        if !plural || surface.contains(' ') {
            return None;
        }
        let reading = if e
            .name
            .rsplit_once(' ')
            .is_some_and(|(_, w)| w.eq_ignore_ascii_case(surface))
        {
            Nickname::LastWord
        } else if e.name.split(' ').any(|w| w.eq_ignore_ascii_case(surface)) {
            return None;
        } else {
            Nickname::Apart
        };
        if found.is_some_and(|f| f != reading) {
            return None;
        }
        found = Some(reading);
    }
    found
}

/// A listed club named only by a one-word plural nickname its name does not hold ("Lions" for
/// Millwall, "Eagles" for Crystal Palace, "Tigers" for Hull City), from another country than
/// every other side of the story (two or more, all of one country), is that story's own side
/// going by the same nickname (Athletic Club's "Lions", Eintracht's "Eagles"), not the listed
/// club: the side keeps the name the story gives it, not the club's name, sport and country.
/// So is one in a story whose other sides (two or more) the gazetteer knows none of, or few.
fn unlist_foreign_nicknames(doc: &Doc, entities: &mut [Entity]) {
    let readings: Vec<Option<Nickname>> = entities.iter().map(|e| nickname_of(doc, e)).collect();
    let doubtful: Vec<bool> = readings.iter().map(Option::is_some).collect();
    if !doubtful.contains(&true) {
        return;
    }
    let mut countries: Vec<&str> = Vec::new();
    let (mut others, mut unlisted) = (0, 0);
    for (e, _) in entities.iter().zip(&doubtful).filter(|(_, d)| !**d) {
        if e.kind != crate::doc::EntityType::Team {
            continue;
        }
        others += 1;
        match e.country.as_deref() {
            Some(c) if !countries.contains(&c) => countries.push(c),
            Some(_) => {}
            None => unlisted += 1,
        }
    }
    if others < 2 {
        return;
    }
    // Every other side unknown to the gazetteer (a school's, a village's), or all but a few
    // (two unlisted for each listed: a town's club the gazetteer misreads as a college, "Portland"
    // beside Koroit and Terang Mortlake): the nickname is one of theirs ("the Eagles" of a
    // high-school game, "the Saints" of a country football club), not a league's club.
    let listed = others - unlisted;
    let home = match countries[..] {
        [] => None,
        [home] if unlisted == 0 => Some(home.to_string()),
        _ if unlisted >= 2 && unlisted >= 2 * listed => None,
        _ => return,
    };
    for (e, reading) in entities.iter_mut().zip(&readings) {
        let Some(reading) = *reading else { continue };
        // (Another country's club by its own name's last word, "the Eagles" of Philadelphia,
        // is left alone: only a story of unlisted sides unlists it.)
        if e.country.is_some()
            && e.country != home
            && (home.is_none() || reading == Nickname::Apart)
        {
            // (The side stays, under the name the story gives it, with no club's sport or
            // country to vote with.)
            e.name = doc.text(e.mentions[0]).to_string();
            e.aliases.retain(|a| *a != e.name);
            e.country = None;
            e.sport = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::{ArticleMeta, EntityType};

    fn doc(text: &str) -> Doc {
        let mut d = Doc::from_body(text.to_string(), ArticleMeta::default());
        d.sentences = crate::sentences::split(&d);
        d
    }

    /// A nation a result names as a side is a team, not a place ("Malaysia" read as a place
    /// until "India drew 2-2 with Malaysia" names it); the city the day is in stays a place.
    #[test]
    fn nations_named_as_sides_are_teams() {
        let pipeline = crate::Pipeline::new(crate::Options::default());
        let record = pipeline
            .extract_str(
                "Medal day in Nagoya\n\nJapan beat Pakistan 3-1 in the men's hockey semi-final \
                 on Saturday, and India drew 2-2 with Malaysia in the kabaddi. Pakistan now play \
                 for bronze.",
                "nations.txt",
            )
            .unwrap();
        let kind = |name: &str| {
            record
                .entities
                .iter()
                .find(|e| e.name == name)
                .map(|e| e.kind.clone())
        };
        assert_eq!(kind("Malaysia").as_deref(), Some("team"));
        assert_eq!(kind("Nagoya").as_deref(), Some("place"));
    }

    #[test]
    fn extractor_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<EntityExtractor>();
    }

    #[test]
    fn builtin_gazetteers_parse_and_build_quickly() {
        // Word lists first, so the figure is the gazetteer's own.
        let _ = lexicon::LEXICON.words.len();
        let started = std::time::Instant::now();
        let entries = builtin_entries().unwrap();
        let n = entries.len();
        let parsed = started.elapsed();
        let g = Gazetteer::build(entries);
        let took = started.elapsed();
        eprintln!(
            "gazetteer: {n} entries, {} surfaces; parsed in {parsed:?}, alias trie built in {:?}",
            g.pattern_count(),
            took - parsed
        );
        assert!(n > 1000);
    }

    #[test]
    fn extra_gazetteer_adds_and_overrides() {
        let extra = vec![(
            "local.tsv".to_string(),
            "Kingsmere Vale\tteam\tfootball\tENG\tVale|the Valiants\n\
             Tomás Okafor-Reyes\tperson\tfootball\tENG\tOkafor-Reyes\n"
                .to_string(),
        )];
        let x = EntityExtractor::with_extra(&extra).unwrap();
        let d = doc("The Valiants won again. Okafor-Reyes scored twice for Kingsmere Vale.");
        let e = x.extract(&d);
        let team = e.iter().find(|e| e.name == "Kingsmere Vale").unwrap();
        assert_eq!(team.kind, EntityType::Team);
        assert_eq!(team.aliases, ["Valiants"]);
        let p = e.iter().find(|e| e.name == "Tomás Okafor-Reyes").unwrap();
        assert_eq!(p.kind, EntityType::Person);
        assert!(EntityExtractor::with_extra(&[("bad.tsv".into(), "X\tthing\n".into())]).is_err());
    }
}
