//! Entities: people, teams, competitions, venues, places and organisations — found by gazetteer and
//! by name shape, typed by context, and merged into one entity per real-world thing.

use crate::doc::{Doc, Entity};

/// Holds the gazetteer automaton and word lists; built once per process, shared by threads.
pub struct EntityExtractor {}

impl EntityExtractor {
    /// The built-in gazetteers of `data/gazetteer/`.
    pub fn builtin() -> EntityExtractor {
        EntityExtractor {}
    }

    /// Built-in gazetteers plus extra files `(name, contents)` in the same format.
    pub fn with_extra(_extra: &[(String, String)]) -> Result<EntityExtractor, String> {
        Ok(EntityExtractor {})
    }

    /// The entities of `doc`, ordered by first mention.
    pub fn extract(&self, _doc: &Doc) -> Vec<Entity> {
        Vec::new()
    }
}
