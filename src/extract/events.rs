//! Events: match results (and later other happenings) built from the facts found before.

use crate::doc::{Doc, EventFact};

/// Builds events from `doc.scores`, `doc.entities` and `doc.dates`.
pub fn extract(_doc: &Doc) -> Vec<EventFact> {
    Vec::new()
}
