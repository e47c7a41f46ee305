//! Dates: every expression of time, resolved to a TIMEX3 value against the article's date.

use crate::doc::{DateFact, Doc};

/// Finds the dates of `doc.body`; returns them in text order, and warnings.
pub fn extract(_doc: &Doc) -> (Vec<DateFact>, Vec<String>) {
    (Vec::new(), Vec::new())
}
