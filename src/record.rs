//! The output: schema v1 of the JSON record, built from a finished [`Doc`].
//!
//! This is the contract users diff in CI. Fields keep their meaning across versions; new optional
//! fields may appear. Offsets are Unicode code-point offsets (as Python and spaCy count),
//! half-open, into `body`. `schema/record.schema.json` is the JSON Schema of this file's types.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::doc::{
    sentence_index, CharIndex, Doc, Granularity, Outcome, ParagraphKind, QuoteKind, ScoreKind, Span,
};

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
    /// A pair's two players (entity ids), for pairs only.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub members: Vec<String>,
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
    /// As written: whole numbers, or halves ("14½-13½" as 14.5 and 13.5).
    pub points: Vec<serde_json::Number>,
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

/// The record's id of entity `index`: "E1" for the first. Written out by hand, not with
/// `format!`: the record makes one for every entity, every side of a score and every speaker,
/// and the formatting machinery costs several times the digits.
pub fn entity_id(index: usize) -> String {
    let mut digits = [0u8; 20];
    let mut n = index + 1;
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(1 + digits.len() - at);
    id.push('E');
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

impl Record {
    /// Builds the record of a finished document, converting byte spans to code-point offsets.
    pub fn from_doc(doc: &Doc, source: Source) -> Record {
        Record::from_owned_doc(doc.clone(), source)
    }

    /// As [`Record::from_doc`], moving the document's strings into the record instead of copying
    /// them: the pipeline has no use for the document afterwards.
    pub fn from_owned_doc(doc: Doc, source: Source) -> Record {
        let Doc {
            body,
            paragraphs,
            sentences,
            meta,
            anchor: _,
            entities,
            dates,
            scores,
            quotes,
            events,
            warnings,
            sport_cue_hits: _,
            headline_cues: _,
            set_lists: _,
        } = doc;
        let index = CharIndex::new(&body);
        let at = |span: Span| (index.chars(span.start), index.chars(span.end));
        let sentence = |span: Span| sentence_index(&sentences, span.start);
        let text = |span: Span| body[span.start..span.end].to_string();
        let paragraphs = paragraphs
            .iter()
            .map(|p| {
                let (start, end) = at(p.span);
                ParagraphOut {
                    start,
                    end,
                    kind: paragraph_kind(p.kind).to_string(),
                }
            })
            .collect();
        let sentences_out = sentences
            .iter()
            .map(|&s| {
                let (start, end) = at(s);
                SentenceOut { start, end }
            })
            .collect();
        let entities = entities
            .into_iter()
            .enumerate()
            .map(|(i, e)| EntityOut {
                id: entity_id(i),
                name: e.name,
                kind: e.kind.as_str().to_string(),
                aliases: e.aliases,
                role: e.role,
                sport: e.sport,
                country: e.country,
                members: e.members.iter().map(|&m| entity_id(m)).collect(),
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
            .collect();
        let dates = dates
            .into_iter()
            .map(|d| {
                let (start, end) = at(d.span);
                DateOut {
                    text: text(d.span),
                    value: d.value,
                    granularity: granularity(d.granularity).to_string(),
                    relative: d.relative,
                    range_with: d.range_with,
                    start,
                    end,
                    sentence: sentence(d.span),
                }
            })
            .collect();
        let scores = scores
            .into_iter()
            .map(|s| {
                let (start, end) = at(s.span);
                ScoreOut {
                    text: text(s.span),
                    points: crate::doc::points_json(&s.points, s.halves),
                    teams: s
                        .teams
                        .map(|t| t.into_iter().map(|x| x.map(entity_id)).collect()),
                    sport: s.sport,
                    kind: score_kind(s.kind).to_string(),
                    outcome: s.outcome.map(|o| outcome(o).to_string()),
                    start,
                    end,
                    sentence: sentence(s.span),
                }
            })
            .collect();
        let quotes = quotes
            .into_iter()
            .map(|q| {
                let (start, end) = at(q.span);
                QuoteOut {
                    text: text(q.span),
                    speaker: q.speaker.map(entity_id),
                    speaker_text: q.speaker_text,
                    cue: q.cue,
                    addressee: q.addressee,
                    kind: quote_kind(q.kind).to_string(),
                    start,
                    end,
                    sentence: sentence(q.span),
                }
            })
            .collect();
        let events = events
            .into_iter()
            .map(|e| {
                let (start, end) = at(e.span);
                EventOut {
                    kind: e.kind,
                    args: e.args,
                    start,
                    end,
                    sentence: sentence(e.span),
                }
            })
            .collect();
        Record {
            schema_version: SCHEMA_VERSION,
            source,
            article: Article {
                title: meta.title,
                authors: meta.authors,
                published: meta.published,
                section: meta.section,
                site: meta.site,
                language: meta.language,
            },
            body,
            paragraphs,
            sentences: sentences_out,
            entities,
            dates,
            scores,
            quotes,
            events,
            warnings,
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

/// The serde name of `k`, as a match (a unit test holds it to serde's): the record names the
/// kind of every score, and going through a `serde_json::Value` costs an allocation more.
fn score_kind(k: ScoreKind) -> &'static str {
    match k {
        ScoreKind::Final => "final",
        ScoreKind::HalfTime => "half_time",
        ScoreKind::Aggregate => "aggregate",
        ScoreKind::Penalties => "penalties",
        ScoreKind::Set => "set",
        ScoreKind::Tiebreak => "tiebreak",
        ScoreKind::Innings => "innings",
        ScoreKind::Quarter => "quarter",
        ScoreKind::Running => "running",
        ScoreKind::Match => "match",
    }
}

/// The serde name of `o` (as `score_kind`).
fn outcome(o: Outcome) -> &'static str {
    match o {
        Outcome::Win => "win",
        Outcome::Loss => "loss",
        Outcome::Draw => "draw",
    }
}

fn quote_kind(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Speech => "speech",
        QuoteKind::Partial => "partial",
        QuoteKind::Scare => "scare",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_outcomes_are_named_as_serde_names_them() {
        use ScoreKind::*;
        let serde_name = |v: serde_json::Value| v.as_str().unwrap_or_default().to_string();
        for k in [
            Final, HalfTime, Aggregate, Penalties, Set, Tiebreak, Innings, Quarter, Running, Match,
        ] {
            assert_eq!(score_kind(k), serde_name(serde_json::to_value(k).unwrap()));
        }
        for o in [Outcome::Win, Outcome::Loss, Outcome::Draw] {
            assert_eq!(outcome(o), serde_name(serde_json::to_value(o).unwrap()));
        }
    }

    #[test]
    fn entity_ids_count_from_one() {
        for i in [0, 8, 9, 98, 99, 12_344] {
            assert_eq!(entity_id(i), format!("E{}", i + 1));
        }
    }
}
