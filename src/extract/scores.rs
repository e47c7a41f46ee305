//! Scores: every score in the body, linked to its teams.

use crate::doc::{Doc, ScoreFact};

/// Finds the scores of `doc.body` (reads `doc.entities` for teams), in text order.
pub fn extract(_doc: &Doc) -> Vec<ScoreFact> {
    Vec::new()
}
