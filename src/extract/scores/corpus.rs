//! The scores corpus: positive and negative examples beside the rules (Duckling's Corpus).
//! Each case is a short text, the entities an entity stage would find in it (hand-made here, so
//! the rules are tested apart from that stage), and every score an editor would mark.

use crate::doc::{ArticleMeta, Doc, Entity, EntityType, Span};

/// Entities written as `type:Name|Alias|Alias; type:Name…`; every whole-word occurrence of a name
/// or alias in `text` becomes a mention (longest names first).
pub fn doc_with(text: &str, entities: &str) -> Doc {
    let mut doc = Doc::from_body(text.to_string(), ArticleMeta::default());
    doc.sentences = crate::sentences::split(&doc);
    let mut taken: Vec<Span> = Vec::new();
    let mut specs: Vec<(usize, EntityType, String)> = Vec::new();
    for (i, spec) in entities
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .enumerate()
    {
        let (kind, names) = spec.split_once(':').expect("type:names");
        let kind = EntityType::parse(kind).expect("entity type");
        let names: Vec<&str> = names.split('|').map(str::trim).collect();
        doc.entities.push(Entity {
            name: names[0].to_string(),
            kind,
            aliases: names[1..].iter().map(|s| s.to_string()).collect(),
            mentions: Vec::new(),
            role: None,
            sport: None,
            country: None,
        });
        for n in names {
            specs.push((i, kind, n.to_string()));
        }
    }
    specs.sort_by_key(|s| std::cmp::Reverse(s.2.len()));
    for (i, _, name) in specs {
        let mut from = 0;
        while let Some(at) = doc.body[from..].find(&name) {
            let start = from + at;
            let end = start + name.len();
            from = end;
            let word_start = crate::extract::text::boundary_before(&doc.body, start);
            let word_end = crate::extract::text::boundary_after(&doc.body, end);
            let span = Span::new(start, end);
            if word_start && word_end && !taken.iter().any(|t| t.overlaps(span)) {
                taken.push(span);
                doc.entities[i].mentions.push(span);
            }
        }
    }
    for e in &mut doc.entities {
        e.mentions.sort();
    }
    doc
}
