//! Quotes: every direct quotation and who said it.

use crate::doc::{Doc, QuoteFact};

/// Finds the quotes of `doc.body` (reads `doc.entities` for speakers), in text order.
pub fn extract(_doc: &Doc) -> Vec<QuoteFact> {
    Vec::new()
}
