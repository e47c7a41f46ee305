//! # sportfacts
//!
//! Rule-based extraction of normalised facts from sports articles: who (people, teams,
//! competitions, venues, places, organisations), when (dates resolved to TIMEX3 values), what
//! happened (scores, match results) and who said what (quotes with speakers). Every fact points
//! back to its place in the cleaned body.
//!
//! The stages run in a fixed order over one [`Doc`]:
//!
//! | stage | module | adds |
//! |---|---|---|
//! | input | [`input`] | decoded text, encoding, format |
//! | cleanup | [`clean`] | `body`, paragraphs, article metadata |
//! | sentences | [`sentences`] | sentence spans |
//! | entities | [`extract::entities`] | entities with mentions |
//! | dates | [`extract::dates`] | dates with TIMEX3 values |
//! | scores | [`extract::scores`] | scores linked to teams |
//! | quotes | [`extract::quotes`] | quotes with speakers |
//! | events | [`extract::events`] | match results and other events |
//! | record | [`record`] | the schema v1 [`Record`] (code-point offsets) |
//!
//! ```
//! let pipeline = sportfacts::Pipeline::new(sportfacts::Options::default());
//! let record = pipeline
//!     .extract_str("Arsenal beat Chelsea 2-1 on Sunday.", "example.txt")
//!     .unwrap();
//! assert_eq!(record.source.format, "text");
//! ```
//!
//! Untrusted input: every input is size-checked, decoded and sniffed before parsing; nothing is
//! fetched; no input makes the pipeline panic (see the tests under `tests/`).

pub mod aeb;
pub mod batch;
pub mod clean;
pub mod doc;
pub mod eval;
pub mod extract;
pub mod input;
pub mod record;
pub mod sentences;

use chrono::NaiveDate;

pub use doc::Doc;
pub use input::{Format, InputError};
pub use record::{ErrorInfo, ErrorRecord, Record, Source};

/// How the pipeline treats its input.
#[derive(Debug, Clone)]
pub struct Options {
    /// Take text input as clean body text: no junk removal, no metadata lines.
    pub plain: bool,
    /// Reference date when the article carries none (it never overrides the article's own).
    pub published: Option<NaiveDate>,
    /// Inputs larger than this are refused.
    pub max_bytes: usize,
    /// Force a format instead of detecting it by content.
    pub format: Option<Format>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            plain: false,
            published: None,
            max_bytes: input::DEFAULT_MAX_BYTES,
            format: None,
        }
    }
}

/// The whole chain, built once (gazetteer automaton, word lists) and shared read-only by threads.
pub struct Pipeline {
    options: Options,
    entities: extract::entities::EntityExtractor,
}

impl Pipeline {
    pub fn new(options: Options) -> Pipeline {
        Pipeline {
            options,
            entities: extract::entities::EntityExtractor::builtin(),
        }
    }

    /// A pipeline whose gazetteer also holds the entries of `extra` files (name, contents), which
    /// add to the built-in ones and override entries of the same name and type.
    pub fn with_gazetteers(
        options: Options,
        extra: &[(String, String)],
    ) -> Result<Pipeline, String> {
        Ok(Pipeline {
            options,
            entities: extract::entities::EntityExtractor::with_extra(extra)?,
        })
    }

    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Runs every stage on raw bytes. `path` is recorded in `source.path`.
    pub fn extract(&self, bytes: &[u8], path: &str) -> Result<Record, InputError> {
        self.extract_with(bytes, path, self.options.published)
    }

    /// As [`Pipeline::extract`], with a per-input fallback reference date.
    pub fn extract_with(
        &self,
        bytes: &[u8],
        path: &str,
        published: Option<NaiveDate>,
    ) -> Result<Record, InputError> {
        let decoded = input::decode(bytes, self.options.max_bytes, self.options.format)?;
        self.extract_decoded(decoded, path, published)
    }

    /// Runs every stage on text already in memory.
    pub fn extract_str(&self, text: &str, path: &str) -> Result<Record, InputError> {
        let decoded = input::decode_str(text, self.options.max_bytes, self.options.format)?;
        self.extract_decoded(decoded, path, self.options.published)
    }

    /// The stages from cleanup on, over decoded input.
    fn extract_decoded(
        &self,
        decoded: input::Decoded,
        path: &str,
        published: Option<NaiveDate>,
    ) -> Result<Record, InputError> {
        let mut doc = match decoded.format {
            Format::Html => clean::html::clean(&decoded.text)?,
            Format::Text if self.options.plain => clean::text::plain(&decoded.text),
            Format::Text => clean::text::clean(&decoded.text),
        };
        if doc.body.trim().is_empty() {
            return Err(InputError::Malformed("no article text found".into()));
        }
        if doc.anchor.is_none() {
            doc.anchor = published;
        }
        self.annotate(&mut doc);
        let source = Source {
            path: path.to_string(),
            format: decoded.format.as_str().to_string(),
            encoding: Some(decoded.encoding.to_string()),
            bytes: decoded.bytes,
        };
        Ok(Record::from_owned_doc(doc, source))
    }

    /// The stages after cleanup, in order; each reads what the earlier ones added.
    pub fn annotate(&self, doc: &mut Doc) {
        doc.sentences = sentences::split(doc);
        doc.entities = self.entities.extract(doc);
        let (dates, warnings) = extract::dates::extract(doc);
        doc.dates = dates;
        doc.warnings.extend(warnings);
        // (Quotes before scores: a score a speaker gives in the first person is the speaker's.)
        doc.quotes = extract::quotes::extract(doc);
        doc.scores = extract::scores::extract(doc);
        self.entities.nations_as_sides(doc);
        doc.events = extract::events::extract(doc);
    }
}
