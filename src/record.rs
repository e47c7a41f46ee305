//! The output: schema v1 of the JSON record, built from a finished [`Doc`].
//!
//! This is the contract users diff in CI. Fields keep their meaning across versions; new optional
//! fields may appear. Offsets are Unicode code-point offsets (as Python and spaCy count),
//! half-open, into `body`. `schema/record.schema.json` is the JSON Schema of this file's types.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::doc::{CharIndex, Doc, Granularity, ParagraphKind, QuoteKind, ScoreKind, Span};

pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Source {
    /// The path as given, `-` for standard input, or the id of a `--stdin-jsonl` line.
    pub path: String,
    /// `text` or `html`.
    pub format: String,
    /// The encoding the input was decoded from (`utf-8`, `windows-1252`, …); `None` (null) in an
    /// error record for input that was never decoded (unreadable, empty, binary, too large).
    pub encoding: Option<String>,
    /// Size of the input in bytes.
    pub bytes: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Article {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub section: Option<String>,
    pub site: Option<String>,
    pub language: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SentenceOut {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ParagraphOut {
    pub start: usize,
    pub end: usize,
    pub kind: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EntityOut {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sport: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub country: Option<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DateOut {
    pub text: String,
    pub value: Option<String>,
    pub granularity: String,
    pub relative: bool,
    /// For one end of a range, the index in `dates` of the other end.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub range_with: Option<usize>,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ScoreOut {
    pub text: String,
    pub points: Vec<i32>,
    /// Entity ids in the order of `points`; `null` where the text does not say.
    pub teams: Option<Vec<Option<String>>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sport: Option<String>,
    pub kind: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub outcome: Option<String>,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct QuoteOut {
    pub text: String,
    pub speaker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub speaker_text: Option<String>,
    pub cue: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub addressee: Option<String>,
    pub kind: String,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EventOut {
    #[serde(rename = "type")]
    pub kind: String,
    pub args: Map<String, Value>,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
}

/// One article's facts: schema v1.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Record {
    pub schema_version: u32,
    pub source: Source,
    pub article: Article,
    pub body: String,
    pub paragraphs: Vec<ParagraphOut>,
    pub sentences: Vec<SentenceOut>,
    pub entities: Vec<EntityOut>,
    pub dates: Vec<DateOut>,
    pub scores: Vec<ScoreOut>,
    pub quotes: Vec<QuoteOut>,
    pub events: Vec<EventOut>,
    pub warnings: Vec<String>,
}

/// A batch line for an input that could not be read or processed.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ErrorRecord {
    pub source: Source,
    pub error: ErrorInfo,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ErrorInfo {
    pub kind: String,
    pub message: String,
}

pub fn entity_id(index: usize) -> String {
    format!("E{}", index + 1)
}

fn lower<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

impl Record {
    /// Builds the record of a finished document, converting byte spans to code-point offsets.
    pub fn from_doc(doc: &Doc, source: Source) -> Record {
        let index = CharIndex::new(&doc.body);
        let at = |span: Span| (index.chars(span.start), index.chars(span.end));
        let sentence = |span: Span| doc.sentence_index(span.start);
        let meta = &doc.meta;
        Record {
            schema_version: SCHEMA_VERSION,
            source,
            article: Article {
                title: meta.title.clone(),
                authors: meta.authors.clone(),
                published: meta.published.clone(),
                section: meta.section.clone(),
                site: meta.site.clone(),
                language: meta.language.clone(),
            },
            body: doc.body.clone(),
            paragraphs: doc
                .paragraphs
                .iter()
                .map(|p| {
                    let (start, end) = at(p.span);
                    ParagraphOut {
                        start,
                        end,
                        kind: paragraph_kind(p.kind).to_string(),
                    }
                })
                .collect(),
            sentences: doc
                .sentences
                .iter()
                .map(|&s| {
                    let (start, end) = at(s);
                    SentenceOut { start, end }
                })
                .collect(),
            entities: doc
                .entities
                .iter()
                .enumerate()
                .map(|(i, e)| EntityOut {
                    id: entity_id(i),
                    name: e.name.clone(),
                    kind: e.kind.as_str().to_string(),
                    aliases: e.aliases.clone(),
                    role: e.role.clone(),
                    sport: e.sport.clone(),
                    country: e.country.clone(),
                    mentions: e
                        .mentions
                        .iter()
                        .map(|&m| {
                            let (start, end) = at(m);
                            Mention {
                                start,
                                end,
                                sentence: sentence(m),
                            }
                        })
                        .collect(),
                })
                .collect(),
            dates: doc
                .dates
                .iter()
                .map(|d| {
                    let (start, end) = at(d.span);
                    DateOut {
                        text: doc.text(d.span).to_string(),
                        value: d.value.clone(),
                        granularity: granularity(d.granularity).to_string(),
                        relative: d.relative,
                        range_with: d.range_with,
                        start,
                        end,
                        sentence: sentence(d.span),
                    }
                })
                .collect(),
            scores: doc
                .scores
                .iter()
                .map(|s| {
                    let (start, end) = at(s.span);
                    ScoreOut {
                        text: doc.text(s.span).to_string(),
                        points: s.points.clone(),
                        teams: s
                            .teams
                            .as_ref()
                            .map(|t| t.iter().map(|x| x.map(entity_id)).collect()),
                        sport: s.sport.clone(),
                        kind: score_kind(s.kind),
                        outcome: s.outcome.map(|o| lower(&o)),
                        start,
                        end,
                        sentence: sentence(s.span),
                    }
                })
                .collect(),
            quotes: doc
                .quotes
                .iter()
                .map(|q| {
                    let (start, end) = at(q.span);
                    QuoteOut {
                        text: doc.text(q.span).to_string(),
                        speaker: q.speaker.map(entity_id),
                        speaker_text: q.speaker_text.clone(),
                        cue: q.cue.clone(),
                        addressee: q.addressee.clone(),
                        kind: quote_kind(q.kind).to_string(),
                        start,
                        end,
                        sentence: sentence(q.span),
                    }
                })
                .collect(),
            events: doc
                .events
                .iter()
                .map(|e| {
                    let (start, end) = at(e.span);
                    EventOut {
                        kind: e.kind.clone(),
                        args: e.args.clone(),
                        start,
                        end,
                        sentence: sentence(e.span),
                    }
                })
                .collect(),
            warnings: doc.warnings.clone(),
        }
    }
}

fn paragraph_kind(k: ParagraphKind) -> &'static str {
    match k {
        ParagraphKind::Headline => "headline",
        ParagraphKind::Heading => "heading",
        ParagraphKind::Text => "text",
        ParagraphKind::Caption => "caption",
        ParagraphKind::Blockquote => "blockquote",
    }
}

fn granularity(g: Granularity) -> &'static str {
    match g {
        Granularity::Time => "time",
        Granularity::Day => "day",
        Granularity::Weekend => "weekend",
        Granularity::Week => "week",
        Granularity::Month => "month",
        Granularity::Quarter => "quarter",
        Granularity::Season => "season",
        Granularity::Year => "year",
        Granularity::Decade => "decade",
        Granularity::Century => "century",
        Granularity::Duration => "duration",
    }
}

fn score_kind(k: ScoreKind) -> String {
    lower(&k)
}

fn quote_kind(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Speech => "speech",
        QuoteKind::Partial => "partial",
        QuoteKind::Scare => "scare",
    }
}
