//! Stage 3: the extractors, one module per kind of fact, each with its rules and its corpus of
//! positive and negative examples side by side (Duckling's Rules/Corpus).

pub mod dates;
pub mod entities;
pub mod events;
pub mod quotes;
pub mod scores;
pub mod text;
