//! The shared document: the cleaned body text, its paragraphs and sentences, the article metadata,
//! and the facts every extractor adds.
//!
//! Like spaCy's `Doc`, the body never changes once cleanup has made it; every later stage only adds
//! spans into it. Internally spans are byte offsets (cheap slicing); `record` converts them to
//! Unicode code-point offsets once, when the output is built.

use chrono::NaiveDate;
use serde::Serialize;

/// A half-open byte range into [`Doc::body`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// What a paragraph of the body is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    /// The article's headline; always the first paragraph when the input had one.
    Headline,
    /// A subheading inside the article.
    Heading,
    /// Ordinary article prose (also list items and table rows).
    Text,
    /// A photo caption, its credit removed.
    Caption,
    /// A quotation set apart (a blockquote).
    Blockquote,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    pub kind: ParagraphKind,
}

/// Article metadata found by cleanup (lines of scraped text or HTML head and byline).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ArticleMeta {
    pub title: Option<String>,
    pub authors: Vec<String>,
    /// ISO 8601: `2025-06-05`, or `2026-03-14T22:05:00-04:00` when the page gives a time.
    pub published: Option<String>,
    pub section: Option<String>,
    pub site: Option<String>,
    pub language: Option<String>,
}

impl ArticleMeta {
    /// The calendar date of publication, the anchor for relative dates.
    pub fn published_date(&self) -> Option<NaiveDate> {
        let p = self.published.as_deref()?;
        NaiveDate::parse_from_str(p.get(..10)?, "%Y-%m-%d").ok()
    }
}

/// The six entity types of the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityType {
    Person,
    Team,
    Competition,
    Venue,
    Place,
    Organisation,
}

impl EntityType {
    pub fn parse(s: &str) -> Option<EntityType> {
        // (In any ASCII case, without a lower-cased copy: the gazetteers parse thousands.)
        let s = s.trim();
        [
            ("person", EntityType::Person),
            ("team", EntityType::Team),
            ("competition", EntityType::Competition),
            ("venue", EntityType::Venue),
            ("place", EntityType::Place),
            ("organisation", EntityType::Organisation),
            ("organization", EntityType::Organisation),
        ]
        .into_iter()
        .find(|(name, _)| s.eq_ignore_ascii_case(name))
        .map(|(_, kind)| kind)
    }
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Team => "team",
            EntityType::Competition => "competition",
            EntityType::Venue => "venue",
            EntityType::Place => "place",
            EntityType::Organisation => "organisation",
        }
    }
}

/// One real-world thing the article mentions. Its id in the record is `E{index+1}`; the entity
/// stage orders entities by first mention.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub name: String,
    pub kind: EntityType,
    /// Every other surface form seen in the body, in order of first use.
    pub aliases: Vec<String>,
    /// Sorted by start.
    pub mentions: Vec<Span>,
    /// player, coach, referee, executive, journalist — when the text says so.
    pub role: Option<String>,
    pub sport: Option<String>,
    pub country: Option<String>,
    /// A pair's two players (indices into the document's entities); empty for anything else.
    pub members: Vec<usize>,
}

/// Granularity of a date value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Time,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Season,
    Year,
    Decade,
    Century,
    Duration,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DateFact {
    pub span: Span,
    /// TIMEX3 value; `None` when a relative expression has no anchor.
    pub value: Option<String>,
    pub granularity: Granularity,
    /// Resolved against the publication date (or a date just mentioned).
    pub relative: bool,
    /// Index (into the dates list) of the other end of a range, when this is one end.
    pub range_with: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScoreKind {
    Final,
    HalfTime,
    Aggregate,
    Penalties,
    Set,
    Tiebreak,
    Innings,
    Quarter,
    Running,
    Match,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Win,
    Loss,
    Draw,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScoreFact {
    pub span: Span,
    /// As written, in order; in halves where `halves` says so.
    pub points: Vec<i32>,
    /// The points are counted in halves ("14½-13½" is [29, 27]): chess and match play give a
    /// drawn game or a halved match half a point to each side.
    pub halves: bool,
    /// Entity indices in the order the points refer to; `None` where the text does not say.
    pub teams: Option<Vec<Option<usize>>>,
    pub sport: Option<String>,
    pub kind: ScoreKind,
    /// For the first team, where the text says.
    pub outcome: Option<Outcome>,
}

/// Points as JSON numbers: whole points as integers, half points as decimals (29 in halves is
/// 14.5).
pub fn points_json(points: &[i32], halves: bool) -> Vec<serde_json::Number> {
    points
        .iter()
        .map(|&p| {
            if !halves {
                serde_json::Number::from(p)
            } else if p % 2 == 0 {
                serde_json::Number::from(p / 2)
            } else {
                serde_json::Number::from_f64(f64::from(p) / 2.0).expect("finite")
            }
        })
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    Speech,
    Partial,
    Scare,
}

#[derive(Debug, Clone, PartialEq)]
pub struct QuoteFact {
    /// The quoted words, without the quote marks.
    pub span: Span,
    /// Entity index of the speaker.
    pub speaker: Option<usize>,
    /// The words naming the speaker when no entity does ("a club spokesperson").
    pub speaker_text: Option<String>,
    pub cue: Option<String>,
    /// Whom or through what it was said ("Sky Sports"), as an entity index or text.
    pub addressee: Option<String>,
    pub kind: QuoteKind,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EventFact {
    pub kind: String,
    /// Arguments, with entities as ids (`E3`), scores as points, dates as TIMEX3 values.
    pub args: serde_json::Map<String, serde_json::Value>,
    pub span: Span,
}

/// The document every stage reads and adds to.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub body: String,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Span>,
    pub meta: ArticleMeta,
    /// The reference date for relative expressions: the publication date, or `--published`.
    pub anchor: Option<NaiveDate>,
    pub entities: Vec<Entity>,
    pub dates: Vec<DateFact>,
    pub scores: Vec<ScoreFact>,
    pub quotes: Vec<QuoteFact>,
    pub events: Vec<EventFact>,
    pub warnings: Vec<String>,
    /// The sport cue words of `body` (indices into the score stage's cue list), found once:
    /// the entity and score stages both count them.
    pub sport_cue_hits: std::sync::OnceLock<Vec<u32>>,
    /// The one sport the headline, section or site names and the indices of its cue words there
    /// (`scores::sport::headline_cues`), found once: the entity and score stages both ask, and
    /// the metadata does not change after cleanup.
    pub headline_cues:
        std::sync::OnceLock<Option<(crate::extract::scores::sport::Sport, Vec<usize>)>>,
    /// The lists of two or more set scores in `body` ("25-16, 25-19, 25-21"), each as its
    /// pairs, found once: the entity and score stages both let their shape vote for a sport.
    pub set_lists: std::sync::OnceLock<Vec<Vec<(u32, u32)>>>,
}

impl Doc {
    /// A document of clean body text split into paragraphs at blank lines.
    pub fn from_body(body: String, meta: ArticleMeta) -> Doc {
        let mut paragraphs = Vec::new();
        let mut offset = 0;
        for chunk in body.split("\n\n") {
            let lead = chunk.len() - chunk.trim_start().len();
            let trimmed = chunk.trim();
            if !trimmed.is_empty() {
                let start = offset + lead;
                paragraphs.push(Paragraph {
                    span: Span::new(start, start + trimmed.len()),
                    kind: ParagraphKind::Text,
                });
            }
            offset += chunk.len() + 2;
        }
        let anchor = meta.published_date();
        Doc {
            body,
            paragraphs,
            meta,
            anchor,
            ..Doc::default()
        }
    }

    pub fn text(&self, span: Span) -> &str {
        &self.body[span.start..span.end]
    }

    /// Index of the sentence holding byte `pos` (the last sentence starting at or before it).
    pub fn sentence_index(&self, pos: usize) -> usize {
        sentence_index(&self.sentences, pos)
    }

    /// Index of the paragraph holding byte `pos`.
    pub fn paragraph_index(&self, pos: usize) -> usize {
        match self.paragraphs.binary_search_by(|p| p.span.start.cmp(&pos)) {
            Ok(i) => i,
            Err(0) => 0,
            Err(i) => i - 1,
        }
    }

    /// The sentences that lie inside paragraph `p`.
    pub fn sentences_in(&self, p: usize) -> &[Span] {
        let span = self.paragraphs[p].span;
        let first = self.sentences.partition_point(|s| s.start < span.start);
        let last = self.sentences.partition_point(|s| s.start < span.end);
        &self.sentences[first..last]
    }
}

/// Converts byte offsets of one text into code-point offsets, in O(1) amortised per lookup after an
/// O(n) index (a prefix count every `BLOCK` bytes).
/// Index in `sentences` (sorted by start) of the sentence holding byte `pos`: the last one
/// starting at or before it.
pub fn sentence_index(sentences: &[Span], pos: usize) -> usize {
    match sentences.binary_search_by(|s| s.start.cmp(&pos)) {
        Ok(i) => i,
        Err(0) => 0,
        Err(i) => i - 1,
    }
}

pub struct CharIndex<'a> {
    text: &'a str,
    /// Code points before each block of `BLOCK` bytes.
    blocks: Vec<usize>,
}

/// Small blocks: a lookup counts at most this many bytes, and records look up every span twice.
const BLOCK: usize = 16;

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> CharIndex<'a> {
        let bytes = text.as_bytes();
        let mut blocks = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut count = 0;
        // Whole blocks in fixed-size chunks, which the compiler turns into vector compares.
        let mut whole = bytes.chunks_exact(BLOCK);
        for chunk in &mut whole {
            blocks.push(count);
            count += char_starts(chunk);
        }
        if !whole.remainder().is_empty() {
            blocks.push(count);
            count += char_starts(whole.remainder());
        }
        blocks.push(count);
        CharIndex { text, blocks }
    }

    /// Code-point offset of byte offset `byte` (which must lie on a char boundary).
    pub fn chars(&self, byte: usize) -> usize {
        let block = byte / BLOCK;
        let base = self.blocks[block];
        let from = block * BLOCK;
        base + char_starts(&self.text.as_bytes()[from..byte])
    }
}

/// The number of code points starting in `bytes`: the bytes that are not UTF-8 continuation
/// bytes (`0b10xx_xxxx`, which read as `i8` are the values below -64). Counted without
/// branches; at most `BLOCK` bytes at a time, so the sum fits a byte.
fn char_starts(bytes: &[u8]) -> usize {
    debug_assert!(bytes.len() <= BLOCK);
    let starts: u8 = bytes.iter().map(|&b| u8::from(b as i8 >= -0x40)).sum();
    usize::from(starts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_counts_code_points() {
        let text = "Raków Częstochowa – 3–0 ’90s ".repeat(20);
        let index = CharIndex::new(&text);
        for (byte, _) in text.char_indices() {
            assert_eq!(index.chars(byte), text[..byte].chars().count());
        }
        assert_eq!(index.chars(text.len()), text.chars().count());
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        let doc = Doc::from_body("One.\n\nTwo two.\n\n\nThree".into(), ArticleMeta::default());
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| doc.text(p.span)).collect();
        assert_eq!(texts, ["One.", "Two two.", "Three"]);
    }
}
