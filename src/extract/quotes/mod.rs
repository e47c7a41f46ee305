//! Quotes: every direct quotation of the body, its kind (speech, partial, scare) and who said it.
//!
//! Three local steps, so the cost grows with the number of quotes, not with the article:
//! 1. `marks`: one scan per paragraph for quote marks, classified by their neighbours (apostrophes
//!    pair with nothing) and paired with a stack that lives for one paragraph, except for the news
//!    convention of a quotation over several paragraphs.
//! 2. Attribution, around each quote only: the clause before it ("X said: “Q”", "X told Y that the
//!    team would “Q”"), the words after it ("“Q,” X said", "“Q,” said X", "“Q” — X"), else the
//!    speaker of the quote just before (same paragraph, or the paragraph before when this one is a
//!    quote paragraph), else the person the previous sentences are about.
//! 3. Speakers: a person mention is its entity; he/she/they and descriptions ("the Spaniard", "the
//!    Newcastle manager", "the 23-year-old") are the person the previous sentences are about (the
//!    subject of a speech verb there, a quote's speaker, else the first person named), and at worst
//!    the article's main person; "he" and "she" skip people whose gender the article's own
//!    pronouns and titles contradict. A role ("a club spokesperson", "Marchand’s race engineer")
//!    goes to `speaker_text`; so does a name no entity holds, unless it is the surname of exactly
//!    one person ("Dos Santos" typed as a club).
//!
//! When a clause holds several cues, the last one before the quote wins unless its subject names
//! nobody ("X said the kick felt “…”"): then the nearest earlier cue with a named subject does.
//!
//! Design choices:
//! - A quotation over several paragraphs is ONE fact whose span runs from its first opening mark to
//!   its last closing mark; its text holds the paragraph breaks and the continuation marks.
//! - Quotations inside quotations are part of the outer one and not reported.
//! - Scare quotes, nicknames and titles ("the so-called ‘finishers’", Darnell “D-Train” Okwuosa)
//!   are kept with kind `scare` and no speaker: short, unattributed or after a naming verb with no
//!   person saying it, or after "so-called" / "known as".
//! - A speech quote (it opens its clause, or follows "X said:" / "X said,") starts with a capital;
//!   any other attributed fragment inside the writer's sentence is `partial`.
//! - A headline that opens with a quote and names a person gives that person the quote.
//! - Context is read at most `WINDOW` (600) bytes on each side of a quote, and every search is a
//!   binary search or a bounded walk, so the stage stays linear on any input (see the corpus's
//!   `pathological_inputs_stay_linear`).

mod marks;

#[cfg(test)]
mod corpus;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use crate::doc::{Doc, EntityType, ParagraphKind, QuoteFact, QuoteKind, Span};
use crate::extract::text::{ascii_word_hash_lower, word_hash, word_hash_lower, WordMap};
use marks::Found;

// Word classes of data/quote_words.tsv, as bits.
const AUX: u32 = 1;
const BOUNDARY: u32 = 1 << 1;
const RELATIVE: u32 = 1 << 2;
const PRONOUN: u32 = 1 << 3;
const DET: u32 = 1 << 4;
const TELL: u32 = 1 << 5;
const NAMING: u32 = 1 << 6;
const NOT_CUE: u32 = 1 << 7;
const SCARE: u32 = 1 << 8;
const EPITHET: u32 = 1 << 9;
const LISTENER: u32 = 1 << 10;
const MEDIUM: u32 = 1 << 11;
const CALENDAR: u32 = 1 << 12;
const ELISION: u32 = 1 << 13;
const AFTER: u32 = 1 << 14;
const CUE: u32 = 1 << 15;
const FIRST_PERSON: u32 = 1 << 16;
const PASSIVE: u32 = 1 << 17;
const INTERVIEW: u32 = 1 << 18;
const SUBORDINATE: u32 = 1 << 19;

/// The first word of a phrase cue ("according" of "according to").
const PHRASE_FIRST: u32 = 1 << 20;

/// The word lists, parsed once.
struct Lists {
    /// [`word_hash`] of a lower-case word or phrase → class bits.
    words: WordMap<u32>,
    /// Cues of two or more words whose first word is no cue on its own ("according to").
    phrase_cues: Vec<Vec<String>>,
}

impl Lists {
    fn has(&self, word: &str, class: u32) -> bool {
        self.bits(word) & class != 0
    }
    /// The class bits of a lower-case word.
    fn bits(&self, word: &str) -> u32 {
        self.bits_hashed(word_hash(word.as_bytes()))
    }
    /// The class bits of the word with this `word_hash`.
    fn bits_hashed(&self, hash: u64) -> u32 {
        self.words.get(&hash).copied().unwrap_or(0)
    }
    /// `has` of a word in any ASCII case: an ASCII word is lower-cased as it is hashed, with no
    /// string made.
    fn has_folded(&self, word: &str, class: u32) -> bool {
        let bits = match ascii_word_hash_lower(word.as_bytes()) {
            Some(hash) => self.bits_hashed(hash),
            None => self.bits(&word.to_ascii_lowercase()),
        };
        bits & class != 0
    }
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let mut words: HashMap<String, u32> = HashMap::new();
    let mut phrase_cues = Vec::new();
    let lines = crate::extract::text::data_lines;
    for line in lines(include_str!("../../../data/cue_verbs.txt")) {
        let cue = line.to_lowercase();
        let parts: Vec<String> = cue.split_whitespace().map(str::to_string).collect();
        if parts.len() == 1 {
            *words.entry(cue).or_default() |= CUE;
        } else {
            phrase_cues.push(parts);
        }
    }
    for line in lines(include_str!("../../../data/quote_words.tsv")) {
        let Some((class, word)) = line.split_once('\t') else {
            continue;
        };
        let bit = match class.trim() {
            "aux" => AUX,
            "boundary" => BOUNDARY,
            "relative" => RELATIVE,
            "pronoun" => PRONOUN,
            "det" => DET,
            "tell" => TELL,
            "naming" => NAMING,
            "notcue" => NOT_CUE,
            "scare" => SCARE,
            "epithet" => EPITHET,
            "listener" => LISTENER,
            "medium" => MEDIUM,
            "calendar" => CALENDAR,
            "elision" => ELISION,
            "after" => AFTER,
            "first" => FIRST_PERSON,
            "passive" => PASSIVE,
            "interview" => INTERVIEW,
            "subordinate" => SUBORDINATE,
            _ => continue,
        };
        *words.entry(word.trim().to_lowercase()).or_default() |= bit;
    }
    // A phrase cue whose first word is a cue anyway ("told reporters") adds nothing.
    phrase_cues.retain(|p| words.get(&p[0]).is_none_or(|b| b & CUE == 0));
    for p in &phrase_cues {
        *words.entry(p[0].clone()).or_default() |= PHRASE_FIRST;
    }
    let words = words
        .into_iter()
        .map(|(w, bits)| (word_hash(w.as_bytes()), bits))
        .collect();
    Lists { words, phrase_cues }
});

/// Finds the quotes of `doc.body` (reads `doc.entities` for speakers), in text order.
pub fn extract(doc: &Doc) -> Vec<QuoteFact> {
    let found = marks::find(doc);
    if found.is_empty() {
        return Vec::new();
    }
    let ctx = Ctx::new(doc, &found);
    let mut state = State::default();
    let mut out = Vec::with_capacity(found.len());
    for (i, q) in found.iter().enumerate() {
        let fact = ctx.attribute(i, q, &mut state);
        out.push(fact);
    }
    out
}

/// A token of a clause: a word, a punctuation character, or a whole quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Punct(char),
    Quote,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    kind: Kind,
}

impl Tok {
    fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    fn punct(&self) -> Option<char> {
        match self.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }
}

/// Who a piece of text names as the speaker, before resolution.
#[derive(Debug, Clone, PartialEq)]
enum Who {
    Entity(usize),
    /// A role ("a club spokesperson").
    Text(String),
    /// A name no person mention covers.
    Name(String),
    /// he / she / they at this byte offset.
    Pronoun(usize),
    /// A definite description that refers back ("the Spaniard") at this offset.
    Description(String, usize),
    /// The subject of the clause the cue is in ("…, labelling him", "and said").
    Subject(usize),
    Nobody,
}

/// An attribution found around a quote.
#[derive(Debug, Clone)]
struct Attribution {
    who: Who,
    cue: Option<(usize, usize)>,
    addressee: Option<String>,
    naming: bool,
}

/// What earlier quotes of the article resolved to.
#[derive(Default)]
struct State {
    /// Per emitted quote: its paragraph, first and last sentence (attribution included), resolved
    /// speaker entity, speaker text.
    done: Vec<Done>,
}

struct Done {
    paragraph: usize,
    sentences: (usize, usize),
    speaker: Option<usize>,
    speaker_text: Option<String>,
    kind: QuoteKind,
}

struct Ctx<'a> {
    doc: &'a Doc,
    body: &'a str,
    quotes: &'a [Found],
    /// Person mentions outside quotations: (span, entity), sorted by start.
    persons: Vec<(Span, usize)>,
    /// Mentions of other kinds of entity (teams, organisations…), sorted by start.
    others: Vec<Span>,
    main_person: Option<usize>,
    /// Per entity: the gender its own text gives it (the pronouns after its mentions).
    genders: Vec<Option<Gender>>,
    /// The main person a "he" and a "she" may stand for.
    main_by_gender: [Option<usize>; 2],
}

/// Grammatical gender, as the article's pronouns show it; only used to keep "she" off a man.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// `text.split_whitespace().take(cap).count()`, in one pass over its chars (no splitting
/// machinery: this runs for every quote).
fn words_up_to(text: &str, cap: usize) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for c in text.chars() {
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            if words == cap {
                break;
            }
            words += 1;
            in_word = true;
        }
    }
    words
}

/// The gender of a pronoun or title in any case ("He", "MRS"), without allocating: the one of
/// its `to_lowercase()` (no pronoun holds a 'k', the one ASCII letter a non-ASCII capital, the
/// Kelvin sign, lower-cases to; so a word that is not ASCII is never one).
fn pronoun_gender_folded(word: &str) -> Option<Gender> {
    let mut buf = [0u8; 8];
    if word.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (b, c) in buf.iter_mut().zip(word.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    pronoun_gender_bytes(&buf[..word.len()])
}

/// The gender of a lower-case pronoun or title, from its bytes (no UTF-8 check needed to compare).
fn pronoun_gender_bytes(word: &[u8]) -> Option<Gender> {
    match word {
        b"he" | b"him" | b"his" | b"himself" | b"mr" => Some(Gender::Male),
        b"she" | b"her" | b"hers" | b"herself" | b"mrs" | b"ms" | b"miss" => Some(Gender::Female),
        _ => None,
    }
}

impl<'a> Ctx<'a> {
    fn new(doc: &'a Doc, quotes: &'a [Found]) -> Ctx<'a> {
        let body = doc.body.as_str();
        let mut persons = Vec::new();
        let mut others = Vec::new();
        let mut best: Option<(usize, usize)> = None;
        for (i, e) in doc.entities.iter().enumerate() {
            let valid = e.mentions.iter().filter(|m| {
                m.start < m.end
                    && m.end <= body.len()
                    && body.is_char_boundary(m.start)
                    && body.is_char_boundary(m.end)
            });
            if e.kind == EntityType::Person {
                let mut count = 0;
                for m in valid {
                    count += 1;
                    if !inside_quote(quotes, *m) {
                        persons.push((*m, i));
                    }
                }
                if best.is_none_or(|(_, c)| count > c) {
                    best = Some((i, count));
                }
            } else {
                others.extend(valid.copied());
            }
        }
        persons.sort_by_key(|(s, e)| (s.start, *e));
        others.sort();
        let mut ctx = Ctx {
            doc,
            body,
            quotes,
            persons,
            others,
            main_person: best.filter(|(_, c)| *c > 0).map(|(i, _)| i),
            genders: Vec::new(),
            main_by_gender: [None, None],
        };
        ctx.genders = ctx.learn_genders();
        ctx.main_by_gender = ctx.mains_by_gender();
        ctx
    }

    /// Votes per person: a title right before a mention (Mr, Mrs), and the first third-person
    /// pronoun after a mention, before anyone else is named (quotations skipped).
    fn learn_genders(&self) -> Vec<Option<Gender>> {
        let mut votes = vec![(0u32, 0u32); self.doc.entities.len()];
        if self.persons.is_empty() {
            return vec![None; votes.len()];
        }
        let mut vote = |e: usize, g: Gender, weight: u32| {
            if let Some(v) = votes.get_mut(e) {
                match g {
                    Gender::Male => v.0 += weight,
                    Gender::Female => v.1 += weight,
                }
            }
        };
        for (k, &(m, e)) in self.persons.iter().enumerate() {
            let before = self.body[..m.start].trim_end().trim_end_matches('.');
            let title_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
            // A title outweighs a stray pronoun ("Ms Okafor, his assistant").
            if let Some(g) = pronoun_gender_folded(&before[title_start..]) {
                vote(e, g, 4);
            }
            let (_, para) = self.paragraph_at(m.start);
            // Within the mention's own sentence: a pronoun further on may be someone else's.
            let (_, sentence) = self.sentence_at(m.start);
            let next = self.persons.get(k + 1).map_or(usize::MAX, |(n, _)| n.start);
            let end = para
                .end
                .min(sentence.end)
                .min(next)
                .min(m.end + 300)
                .max(m.end);
            // Up to the next quotation: a pronoun inside one is the speaker's own.
            let q = self.quotes.partition_point(|q| q.open < m.end);
            let end = self
                .quotes
                .get(q)
                .map_or(end, |q| end.min(q.open.max(m.end)));
            let end = floor_char_boundary(self.body, end);
            // A subject pronoun ("Nolan said she was") counts double; a possessive ("laughed at
            // his comments") may well be someone else's.
            // Not past a subordinate clause ("laughed when told of his comments").
            let gender = self.body[m.end..end]
                .split(|c: char| !c.is_alphabetic())
                .take(60)
                .filter(|w| !w.is_empty() && w.len() <= 8)
                .take_while(|w| !LISTS.has_folded(w, SUBORDINATE))
                .find_map(|w| pronoun_gender_folded(w).map(|g| (g, w)));
            if let Some((g, w)) = gender {
                let subject = matches!(w.to_ascii_lowercase().as_str(), "he" | "she");
                vote(e, g, if subject { 2 } else { 1 });
            }
        }
        votes
            .into_iter()
            .map(|(male, female)| match male.cmp(&female) {
                std::cmp::Ordering::Greater => Some(Gender::Male),
                std::cmp::Ordering::Less => Some(Gender::Female),
                std::cmp::Ordering::Equal => None,
            })
            .collect()
    }

    /// Whether entity `e` may be the person a pronoun of gender `want` stands for.
    fn fits(&self, e: usize, want: Option<Gender>) -> bool {
        match (want, self.genders.get(e).copied().flatten()) {
            (Some(w), Some(g)) => w == g,
            _ => true,
        }
    }

    /// The gender of the pronoun at byte `pos`, if it has one.
    fn gender_at(&self, pos: usize) -> Option<Gender> {
        let rest = &self.body[pos..];
        let end = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        pronoun_gender_folded(&rest[..end])
    }

    fn text(&self, start: usize, end: usize) -> &'a str {
        &self.body[start..end]
    }

    /// The token folded to lower case; borrowed when it has no capital (most words).
    fn lower(&self, t: Tok) -> Cow<'a, str> {
        let text = &self.body[t.start..t.end];
        if text.chars().any(char::is_uppercase) {
            Cow::Owned(text.to_lowercase())
        } else {
            Cow::Borrowed(text)
        }
    }

    fn is(&self, t: Tok, class: u32) -> bool {
        t.is_word() && self.bits(t) & class != 0
    }

    /// The class bits of a word token, any case (ASCII words hashed as they are lower-cased,
    /// with no copy).
    fn bits(&self, t: Tok) -> u32 {
        let raw = &self.body[t.start..t.end];
        if raw.len() <= 32 && raw.is_ascii() {
            return LISTS
                .words
                .get(&word_hash_lower(raw.as_bytes()))
                .copied()
                .unwrap_or(0);
        }
        LISTS.bits(&self.lower(t))
    }

    /// An auxiliary or adverb between a speaker and the cue: "has", "once", "later", "bluntly".
    fn is_aux(&self, t: Tok) -> bool {
        if !t.is_word() {
            return false;
        }
        let w = self.lower(t);
        LISTS.has(&w, AUX)
            || (w.len() > 4 && w.ends_with("ly") && !first_upper(self.text(t.start, t.end)))
    }

    fn capitalised(&self, t: Tok) -> bool {
        t.is_word()
            && self.body[t.start..t.end]
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    }

    /// The sentence span holding `pos`, or its paragraph when sentences are missing.
    fn sentence_at(&self, pos: usize) -> (usize, Span) {
        let doc = self.doc;
        if !doc.sentences.is_empty() {
            let i = doc.sentence_index(pos);
            let s = doc.sentences[i];
            if s.start <= pos && pos <= s.end {
                return (i, s);
            }
        }
        (usize::MAX, self.paragraph_at(pos).1)
    }

    fn paragraph_at(&self, pos: usize) -> (usize, Span) {
        if self.doc.paragraphs.is_empty() {
            return (0, Span::new(0, self.body.len()));
        }
        let i = self.doc.paragraph_index(pos);
        (i, self.doc.paragraphs[i].span)
    }

    /// Tokens of `start..end`; each quotation inside is one `Quote` token.
    fn tokens(&self, start: usize, end: usize) -> Vec<Tok> {
        let mut out = Vec::new();
        let first = self.quotes.partition_point(|q| q.close_end <= start);
        let mut at = start;
        for q in &self.quotes[first..] {
            if q.open >= end {
                break;
            }
            if q.open > at {
                tokenize(self.body, at, q.open, &mut out);
            }
            out.push(Tok {
                start: q.open.max(start),
                end: q.close_end.min(end),
                kind: Kind::Quote,
            });
            at = q.close_end.max(at);
        }
        if at < end {
            tokenize(self.body, at, end, &mut out);
        }
        out
    }

    /// Person mentions overlapping `start..end`.
    fn persons_in(&self, start: usize, end: usize) -> &[(Span, usize)] {
        let from = self.persons.partition_point(|(s, _)| s.end <= start);
        let to = self.persons.partition_point(|(s, _)| s.start < end);
        if from >= to {
            return &[];
        }
        &self.persons[from..to]
    }

    /// Whether a mention is a possessor ("Marchand’s race engineer").
    fn possessive(&self, m: Span) -> bool {
        let rest = &self.body[m.end..];
        let rest = rest
            .strip_prefix('’')
            .or_else(|| rest.strip_prefix('\''))
            .unwrap_or("");
        let rest = rest
            .strip_prefix('s')
            .or_else(|| rest.strip_prefix('S'))
            .unwrap_or(rest);
        self.body.len() > m.end
            && self.body[m.end..].starts_with(['’', '\''])
            && !rest.chars().next().is_some_and(char::is_alphanumeric)
    }

    /// Whether `start..end` is exactly (or inside) a mention of a non-person entity.
    fn other_entity(&self, start: usize, end: usize) -> bool {
        let i = self.others.partition_point(|s| s.end <= start);
        self.others
            .get(i)
            .is_some_and(|s| s.start <= start && end <= s.end)
    }

    /// The cue at token `i`: its length in tokens, when it is one.
    fn cue_at(&self, toks: &[Tok], i: usize) -> Option<usize> {
        let t = toks[i];
        if !t.is_word() {
            return None;
        }
        let bits = self.bits(t);
        if bits & CUE != 0 {
            // "Asked about it, X said" / "X, asked about it, shrugged": the one asked speaks, so
            // that "asked" introduces nothing.
            if bits & PASSIVE != 0
                && (i == 0
                    || toks[i - 1].punct().is_some()
                    || first_upper(self.text(t.start, t.end)))
            {
                return None;
            }
            // "called up", "calls time": not speech.
            if bits & NAMING != 0 {
                if let Some(next) = toks.get(i + 1) {
                    if self.is(*next, NOT_CUE) {
                        return None;
                    }
                }
            }
            return Some(1);
        }
        if bits & PHRASE_FIRST == 0 {
            return None;
        }
        let w = self.lower(t);
        'phrases: for p in &LISTS.phrase_cues {
            if p[0] != w {
                continue;
            }
            for (k, part) in p.iter().enumerate().skip(1) {
                match toks.get(i + k) {
                    Some(t) if t.is_word() && self.lower(*t) == *part => {}
                    _ => continue 'phrases,
                }
            }
            return Some(p.len());
        }
        None
    }

    fn attribute(&self, index: usize, q: &Found, state: &mut State) -> QuoteFact {
        let body = self.body;
        let (para, para_span) = self.paragraph_at(q.open);
        let (s_open, sent_open) = self.sentence_at(q.open);
        let (s_close, sent_close) = self.sentence_at(q.close_end.saturating_sub(1).max(q.open));
        // The clause before the quote: from its sentence start (or the previous quote) to the mark.
        let prev = index.checked_sub(1).map(|i| self.quotes[i]);
        let mut lead_start = sent_open.start.max(para_span.start);
        if let Some(p) = prev {
            if p.close_end <= q.open && p.close_end > lead_start {
                lead_start = p.close_end;
            }
        }
        // Bounded, so a sentence of a megabyte costs no more than a normal one.
        lead_start = lead_start.max(ceil_char_boundary(body, q.open.saturating_sub(WINDOW)));
        let lead = self.tokens(lead_start, q.open);
        let next_open = self.quotes.get(index + 1).map_or(usize::MAX, |n| n.open);
        let (_, close_para) = self.paragraph_at(q.close_end.saturating_sub(1).max(q.open));
        let tail_end = sent_close
            .end
            .max(q.close_end)
            .min(next_open)
            .min(close_para.end.max(q.close_end));
        let tail_end = floor_char_boundary(body, tail_end.min(q.close_end + WINDOW));
        let tail = self.tokens(q.close_end, tail_end.max(q.close_end));

        let content = self.text(q.content.start, q.content.end);
        // (Counted no further than the rules below look: up to eight words, and "more".)
        let word_count = words_up_to(content, 9);
        let starts_upper = content
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_numeric());
        let at_clause_start = !lead.iter().any(|t| t.is_word());
        let lead_text = self.text(lead_start, q.open).trim_end();
        let colon = lead_text.ends_with(':');

        // Labels first: "so-called ‘finishers’", "known as the ‘queen of the provinces’", and a
        // nickname inside a name (Darnell “D-Train” Okwuosa).
        let scare_prefix = self.scare_prefix(&lead);
        let label = matches!(scare_prefix, Some(Prefix::Strong))
            || (word_count <= 3 && self.inside_name(&lead, &tail));

        let mut lead_attr = if label {
            None
        } else {
            self.lead_attribution(&lead, colon)
        };
        let tail_attr = if label {
            None
        } else {
            self.tail_attribution(&tail)
        };
        // “…,” then an attribution: the comma inside the marks says the words after are the
        // attribution, whatever verb the clause before holds ("After Smith said he would stay,
        // “we are delighted,” the club said").
        let handed_on = content.ends_with([',', '?', '!']) && !colon && !self.cue_then_comma(&lead);
        if tail_attr.is_some() && (lead_attr.is_none() || handed_on) {
            lead_attr = None;
        }
        let tail_attr = if lead_attr.is_some() { None } else { tail_attr };
        let speech_then_attribution =
            tail_attr.is_some() && starts_upper && content.ends_with([',', '?', '!']);
        let found_attr = lead_attr.clone().or(tail_attr.clone());

        // "“…,” X said, “…”": the words after an interrupting attribution are speech too.
        let resumes = prev.is_some_and(|p| p.close_end == lead_start);
        let resumed = lead_attr.is_some() && resumes && self.cue_then_comma(&lead);
        let mut kind = if at_clause_start || resumed || speech_then_attribution {
            QuoteKind::Speech
        } else if lead_attr.is_some() && (colon || self.cue_then_comma(&lead)) {
            if starts_upper {
                QuoteKind::Speech
            } else {
                QuoteKind::Partial
            }
        } else if colon && starts_upper {
            QuoteKind::Speech
        } else {
            QuoteKind::Partial
        };

        // A short unattributed fragment inside the writer's sentence is a label; so is one whose
        // sentence goes on after it with no attribution ("“Not rolling away” my foot").
        let short = word_count <= 4;
        let tail_words = tail.iter().any(|t| t.is_word());
        // A headline that opens with a quote and names someone: "‘Dream come true’ for Okoro".
        let headline_speaker = if found_attr.is_none() && at_clause_start && !label {
            self.headline_person(para, para_span)
        } else {
            None
        };
        if label
            || (found_attr.is_none()
                && headline_speaker.is_none()
                && !colon
                && ((!at_clause_start && (short || (word_count <= 8 && scare_prefix.is_some())))
                    || (at_clause_start && short && tail_words)))
        {
            kind = QuoteKind::Scare;
        }

        let mut speaker = None;
        let mut speaker_text = None;
        let mut cue = None;
        let mut addressee = None;
        if kind != QuoteKind::Scare {
            match &found_attr {
                Some(a) => {
                    let resolved = self.resolve(&a.who, q, s_open, state);
                    let person = resolved.0.is_some();
                    if a.naming && short && !person && !a.who.names_someone() {
                        kind = QuoteKind::Scare;
                    } else {
                        (speaker, speaker_text) = resolved;
                        cue = a.cue.map(|(s, e)| body[s..e].to_string());
                        addressee = a.addressee.clone();
                    }
                }
                None if headline_speaker.is_some() => speaker = headline_speaker,
                None => {
                    (speaker, speaker_text) = self.inherit(q, para, s_open, state);
                }
            }
        }
        let last_sentence = if tail_attr.is_some() {
            s_close
        } else {
            s_close.max(s_open)
        };
        state.done.push(Done {
            paragraph: para,
            sentences: (s_open, last_sentence),
            speaker,
            speaker_text: speaker_text.clone(),
            kind,
        });
        QuoteFact {
            span: q.content,
            speaker,
            speaker_text,
            cue,
            addressee,
            kind,
        }
    }

    /// The first person a headline names outside its quotations.
    fn headline_person(&self, para: usize, span: Span) -> Option<usize> {
        let kind = self.doc.paragraphs.get(para)?.kind;
        if kind != ParagraphKind::Headline {
            return None;
        }
        self.persons_in(span.start, span.end)
            .first()
            .map(|(_, e)| *e)
    }

    /// "so-called", "known as", "dubbed" right before the quote (strong), or a determiner, "as",
    /// "called" (weak: a label only when nobody is quoted).
    fn scare_prefix(&self, lead: &[Tok]) -> Option<Prefix> {
        let words: Vec<Tok> = lead.iter().rev().take(2).copied().collect();
        let last = *words.first()?;
        if !last.is_word() {
            return None;
        }
        let w = self.lower(last);
        if w == "so-called" || w == "nicknamed" || w == "dubbed" {
            return Some(Prefix::Strong);
        }
        if let Some(before) = words.get(1) {
            if before.is_word() && format!("{} {}", self.lower(*before), w) == "known as" {
                return Some(Prefix::Strong);
            }
        }
        if LISTS.has(&w, SCARE) {
            return Some(Prefix::Weak);
        }
        None
    }

    /// A nickname between the parts of a name: a capitalised word right before and after.
    fn inside_name(&self, lead: &[Tok], tail: &[Tok]) -> bool {
        let before = lead.last().is_some_and(|t| self.capitalised(*t));
        let after = tail.first().is_some_and(|t| self.capitalised(*t));
        before && after
    }

    /// Whether the clause before the quote ends "… said," (a cue, maybe a speaker after it, then a
    /// comma).
    fn cue_then_comma(&self, lead: &[Tok]) -> bool {
        let n = lead.len();
        if n < 2 || lead[n - 1].punct() != Some(',') {
            return false;
        }
        // Only a name or a pronoun may stand between the cue and the comma ("said Smith,").
        (n.saturating_sub(5)..n - 1).rev().any(|i| {
            self.cue_at(lead, i).is_some()
                && lead[i + 1..n - 1]
                    .iter()
                    .all(|t| self.capitalised(*t) || self.is_particle(*t) || self.is(*t, PRONOUN))
        })
    }

    /// The attribution in the clause before the quote: the last cue there, or "X:".
    fn lead_attribution(&self, lead: &[Tok], colon: bool) -> Option<Attribution> {
        // The last cue before the quote, unless its subject names nobody and an earlier cue's does:
        // in "X said the kick felt “…”" the words are X's, not the kick's.
        let mut chosen: Option<Attribution> = None;
        for i in (0..lead.len()).rev() {
            if lead[i].kind == Kind::Quote {
                break;
            }
            let Some(len) = self.cue_at(lead, i) else {
                continue;
            };
            let cue_end = i + len;
            let cue_word = self.lower(lead[i]);
            let who = if cue_word == "according" {
                self.speaker_after(lead, cue_end)
            } else {
                self.speaker_before(lead, i)
            };
            let named = who.names_someone();
            let attribution = Attribution {
                who,
                cue: Some((lead[i].start, lead[cue_end - 1].end)),
                addressee: self.addressee(lead, i, cue_end),
                naming: LISTS.has(&cue_word, NAMING),
            };
            if named {
                // "Klopp, speaking after the game, said:": the cue is still the last verb; only
                // its subject lies further back.
                if let Some(last) = chosen.filter(|c| matches!(c.who, Who::Subject(_))) {
                    return Some(Attribution {
                        who: attribution.who,
                        addressee: last.addressee.or(attribution.addressee),
                        ..last
                    });
                }
                return Some(attribution);
            }
            chosen.get_or_insert(attribution);
        }
        if chosen.is_some() {
            return chosen;
        }
        if colon {
            // "Dall’Acqua, in his on-court interview: “…”"
            let (a, b) = (lead.first()?.start, lead.last()?.end);
            let who = match self
                .persons_in(a, b)
                .iter()
                .find(|(m, _)| !self.possessive(*m))
            {
                Some((_, e)) => Who::Entity(*e),
                None => {
                    let np: Vec<Tok> = lead.iter().take_while(|t| t.is_word()).copied().collect();
                    if np.is_empty() || np.len() > 6 {
                        return None;
                    }
                    let who = self.classify_np(&np, false);
                    if matches!(who, Who::Text(_)) && !np.iter().any(|t| self.capitalised(*t)) {
                        return None;
                    }
                    who
                }
            };
            let on = lead
                .iter()
                .rposition(|t| t.is_word() && matches!(&*self.lower(*t), "on" | "via"));
            let addressee = on.and_then(|i| self.medium(lead, i + 1));
            return Some(Attribution {
                who,
                cue: None,
                addressee,
                naming: false,
            });
        }
        None
    }

    /// The attribution right after the quote: ", X said", ", said X", "— X".
    fn tail_attribution(&self, tail: &[Tok]) -> Option<Attribution> {
        let mut i = 0;
        let mut dash = false;
        let mut colon = false;
        while let Some(t) = tail.get(i) {
            match t.punct() {
                Some(',') => {}
                Some('—' | '–' | '-' | '―') => dash = true,
                // A headline: "‘We will fight on’: Smith defiant".
                Some(':') => colon = true,
                _ => break,
            }
            i += 1;
        }
        let first = *tail.get(i)?;
        if !first.is_word() {
            return None;
        }
        if let Some(len) = self.cue_at(tail, i) {
            let who = self.speaker_after(tail, i + len);
            if who == Who::Nobody {
                return None;
            }
            let cue_word = self.lower(tail[i]);
            return Some(Attribution {
                who,
                cue: Some((tail[i].start, tail[i + len - 1].end)),
                addressee: self.addressee(tail, i, i + len),
                naming: LISTS.has(&cue_word, NAMING),
            });
        }
        // "X said", "Wild coach Rick DeLuca said", "the Spaniard added": a speaker phrase, then a
        // cue within a few words.
        // A lower-case role before a name opens one too: "sporting director Lorena Vásquez
        // said", "general manager Dale Whitcombe said".
        let role_before_name = || {
            let reach = tail[i..(i + 5).min(tail.len())]
                .last()
                .map_or(first.end, |t| t.end);
            !LISTS.has(&self.lower(first), BOUNDARY)
                && !self.persons_in(first.start, reach).is_empty()
        };
        let opener_ok = self.capitalised(first)
            || self.is(first, PRONOUN)
            || self.is(first, DET)
            || role_before_name();
        if opener_ok {
            let mut j = i;
            while j < tail.len() && j < i + 10 {
                let t = tail[j];
                match t.kind {
                    Kind::Quote => break,
                    Kind::Punct(c) if c != ',' && c != '’' && c != '\'' && c != '–' => break,
                    _ => {}
                }
                if j > i && t.is_word() {
                    if let Some(len) = self.cue_at(tail, j) {
                        let mut k = j;
                        while k > i && self.is_aux(tail[k - 1]) {
                            k -= 1;
                        }
                        let np: Vec<Tok> =
                            tail[i..k].iter().filter(|t| t.is_word()).copied().collect();
                        // "this feels new": a lone determiner names nobody.
                        if np.is_empty() || (np.len() == 1 && self.is(np[0], DET)) {
                            return None;
                        }
                        let cue_word = self.lower(tail[j]);
                        return Some(Attribution {
                            who: self.classify_np_span(&tail[i..k], true),
                            cue: Some((tail[j].start, tail[j + len - 1].end)),
                            addressee: self.addressee(tail, j, j + len),
                            naming: LISTS.has(&cue_word, NAMING),
                        });
                    }
                    let w = self.lower(t);
                    if LISTS.has(&w, BOUNDARY) && !self.capitalised(t) {
                        break;
                    }
                }
                j += 1;
            }
        }
        if dash || colon {
            // "“…” — Okafor", "‘…’: Smith defiant": the name that follows.
            let run: Vec<Tok> = tail[i..]
                .iter()
                .take_while(|t| self.capitalised(**t) || self.is_particle(**t))
                .take(5)
                .copied()
                .collect();
            let (Some(a), Some(b)) = (run.first(), run.last()) else {
                return None;
            };
            let who = match self.persons_in(a.start, b.end).first() {
                Some((_, e)) => Who::Entity(*e),
                None if self.other_entity(a.start, b.end) => return None,
                None => Who::Name(self.join(&run)),
            };
            return Some(Attribution {
                who,
                cue: None,
                addressee: None,
                naming: false,
            });
        }
        None
    }

    /// The speaker phrase in front of the cue at token `c`.
    fn speaker_before(&self, toks: &[Tok], c: usize) -> Who {
        let mut j = c;
        while j > 0 && self.is_aux(toks[j - 1]) {
            j -= 1;
        }
        let at = toks[c].start;
        if j > 0 && toks[j - 1].punct() == Some(',') {
            // "X, who …, said" / "His director, Léa Dubois, told" / "…, labelling him".
            let mut end = j - 1;
            loop {
                let mut k = end;
                while k > 0 && !is_clause_punct(toks[k - 1]) {
                    k -= 1;
                }
                let seg = &toks[k..end];
                let Some(first) = seg.first() else {
                    return Who::Subject(at);
                };
                // "X, who …, said" and "X, 38, said": skip the clause or the age.
                let age = seg.iter().all(|t| {
                    !t.is_word()
                        || self
                            .text(t.start, t.end)
                            .starts_with(|c: char| c.is_ascii_digit())
                });
                if self.is(*first, RELATIVE) || age {
                    if k > 0 && toks[k - 1].punct() == Some(',') {
                        end = k - 1;
                        continue;
                    }
                    return Who::Subject(at);
                }
                if self.np_like(seg) {
                    return self.classify_np_span(seg, true);
                }
                return Who::Subject(at);
            }
        }
        if j > 0 && self.is(toks[j - 1], PRONOUN) {
            return Who::Pronoun(toks[j - 1].start);
        }
        let end = j;
        let mut k = j;
        while k > 0 {
            let t = toks[k - 1];
            match t.kind {
                Kind::Word => {
                    if LISTS.has(&self.lower(t), BOUNDARY) {
                        break;
                    }
                }
                // "the players’ union", "J.P. van Rensburg": possessive marks and initials stay.
                Kind::Punct('’' | '\'') => {}
                Kind::Punct('.')
                    if k >= 2 && is_initial(self.text(toks[k - 2].start, toks[k - 2].end)) => {}
                _ => break,
            }
            k -= 1;
            if end - k >= 8 {
                break;
            }
        }
        if k == end {
            return Who::Subject(at);
        }
        self.classify_np_span(&toks[k..end], true)
    }

    /// The speaker phrase after a cue at token `from`: "said Ødestad, who …", "said the Vale
    /// manager, Gareth Llewellyn", "according to Bills coach Howard Lindqvist".
    fn speaker_after(&self, toks: &[Tok], from: usize) -> Who {
        let mut end = from;
        let mut words = 0;
        while end < toks.len() && words < 10 {
            let t = toks[end];
            match t.kind {
                Kind::Word => {
                    if end > from && LISTS.has(&self.lower(t), AFTER) && !self.capitalised(t) {
                        break;
                    }
                    words += 1;
                }
                Kind::Punct(',' | '’' | '\'' | '–' | '-') => {}
                Kind::Punct('.')
                    if end > from
                        && is_initial(self.text(toks[end - 1].start, toks[end - 1].end)) => {}
                _ => break,
            }
            end += 1;
        }
        let region = &toks[from..end];
        let (Some(a), Some(b)) = (region.first(), region.last()) else {
            return Who::Nobody;
        };
        if let Some((_, e)) = self
            .persons_in(a.start, b.end)
            .iter()
            .find(|(m, _)| !self.possessive(*m))
        {
            return Who::Entity(*e);
        }
        let comma = region
            .iter()
            .position(|t| t.punct() == Some(','))
            .unwrap_or(region.len());
        let np = &region[..comma];
        if np.is_empty() {
            return Who::Nobody;
        }
        let who = self.classify_np_span(np, false);
        if let Who::Text(_) | Who::Description(..) = who {
            // A role, then its holder's name: "said the Vale manager, Gareth Llewellyn".
            if comma < region.len() {
                let name: Vec<Tok> = region[comma + 1..]
                    .iter()
                    .take_while(|t| t.is_word())
                    .copied()
                    .collect();
                if !name.is_empty()
                    && name
                        .iter()
                        .all(|t| self.capitalised(*t) || self.is_particle(*t))
                {
                    return Who::Name(self.join(&name));
                }
            }
        }
        who
    }

    fn is_particle(&self, t: Tok) -> bool {
        t.is_word()
            && matches!(
                &*self.lower(t),
                "van"
                    | "von"
                    | "de"
                    | "der"
                    | "den"
                    | "di"
                    | "da"
                    | "dos"
                    | "das"
                    | "du"
                    | "del"
                    | "della"
                    | "le"
                    | "la"
                    | "ap"
                    | "bin"
                    | "al"
                    | "el"
                    | "ten"
                    | "ter"
            )
    }

    /// Whether tokens read as a speaker phrase (a name, a role, a determiner phrase), not a clause.
    fn np_like(&self, seg: &[Tok]) -> bool {
        let words: Vec<&Tok> = seg.iter().filter(|t| t.is_word()).collect();
        if words.is_empty() || words.len() > 6 {
            return false;
        }
        let name = |t: &Tok| self.capitalised(*t) || self.is_particle(*t);
        if words.iter().all(|t| name(t)) {
            return true;
        }
        // A role with its holder's name: "her father Ramón", "the Wild coach Rick DeLuca".
        self.is(*words[0], DET) && words.last().is_some_and(|t| self.capitalised(**t))
    }

    fn classify_np_span(&self, seg: &[Tok], prefer_last: bool) -> Who {
        let np: Vec<Tok> = seg.iter().filter(|t| t.is_word()).copied().collect();
        if np.is_empty() {
            return Who::Nobody;
        }
        let (a, b) = (seg[0].start, seg[seg.len() - 1].end);
        let ments: Vec<&(Span, usize)> = self.persons_in(a, b).iter().collect();
        let plain: Vec<&&(Span, usize)> =
            ments.iter().filter(|(m, _)| !self.possessive(*m)).collect();
        let pick = if prefer_last {
            plain.last()
        } else {
            plain.first()
        };
        if let Some((_, e)) = pick {
            return Who::Entity(*e);
        }
        if !ments.is_empty() {
            // "Marchand’s race engineer": a role of someone named.
            return Who::Text(self.text(a, b).to_string());
        }
        self.classify_np(&np, prefer_last)
    }

    /// A speaker phrase of words with no person mention in it.
    fn classify_np(&self, np: &[Tok], prefer_last: bool) -> Who {
        let (Some(first), Some(last)) = (np.first(), np.last()) else {
            return Who::Nobody;
        };
        let (a, b) = (first.start, last.end);
        if let Some((_, e)) = {
            let ments = self.persons_in(a, b);
            if prefer_last {
                ments.last()
            } else {
                ments.first()
            }
        } {
            return Who::Entity(*e);
        }
        if np.len() == 1 && self.is(*first, PRONOUN) {
            return Who::Pronoun(first.start);
        }
        if np.len() == 1 && self.is(*first, FIRST_PERSON) {
            // The writer ("I asked him") or a group ("we"): no one to resolve.
            return Who::Text(self.text(a, b).to_string());
        }
        let text = self.text(a, b).to_string();
        let first_word = self.lower(*first);
        if first_word == "the" && np.len() >= 2 {
            let head = self.lower(*last);
            let referring = np[1..].iter().any(|t| self.capitalised(*t))
                || np.iter().any(|t| self.lower(*t).contains("year-old"))
                || LISTS.has(&head, EPITHET);
            if referring {
                return Who::Description(text, a);
            }
            return Who::Text(text);
        }
        // A name the entity stage did not find: the trailing run of capitalised words.
        let mut k = np.len();
        while k > 0
            && (self.capitalised(np[k - 1]) || (k < np.len() && self.is_particle(np[k - 1])))
        {
            k -= 1;
        }
        while k < np.len() && self.is(np[k], DET) {
            k += 1;
        }
        if k < np.len() {
            let run = &np[k..];
            let (ra, rb) = (run[0].start, run[run.len() - 1].end);
            if self.other_entity(ra, rb) || run.iter().all(|t| self.is(*t, DET)) {
                return Who::Text(text);
            }
            // A capitalised sentence opener alone ("Nobody", "Everyone") is no name.
            if run.len() == 1 && k == 0 && LISTS.has(&self.lower(run[0]), DET | PRONOUN) {
                return Who::Text(text);
            }
            // One capitalised word opening a sentence may be a plain noun ("Fans dubbed him …"),
            // unless it is the surname of someone named.
            if run.len() == 1 && k == 0 && self.sentence_at(run[0].start).1.start == run[0].start {
                let word = self.join(run);
                return match self.person_named(&word) {
                    Some(_) => Who::Name(word),
                    None => Who::Text(word),
                };
            }
            return Who::Name(self.join(run));
        }
        Who::Text(text)
    }

    /// The one person whose name or alias ends with these words ("Dos Santos" → Ana Beatriz dos
    /// Santos), for a name the entity stage typed otherwise or missed here.
    fn person_named(&self, name: &str) -> Option<usize> {
        let fold = |s: &str| -> Vec<String> {
            deunicode::deunicode(s)
                .to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        let wanted = fold(name);
        if wanted.is_empty() {
            return None;
        }
        let mut found = None;
        for (i, e) in self.doc.entities.iter().enumerate() {
            if e.kind != EntityType::Person {
                continue;
            }
            let fits = std::iter::once(&e.name)
                .chain(e.aliases.iter())
                .any(|n| fold(n).ends_with(&wanted));
            if fits {
                if found.is_some() {
                    return None;
                }
                found = Some(i);
            }
        }
        found
    }

    fn join(&self, toks: &[Tok]) -> String {
        match (toks.first(), toks.last()) {
            (Some(a), Some(b)) => self.text(a.start, b.end).to_string(),
            _ => String::new(),
        }
    }

    /// The addressee after a cue at `c..cue_end`: "told Sky Sports", "told reporters", "said to
    /// the BBC", "said on team radio", "posting on Instagram".
    fn addressee(&self, toks: &[Tok], c: usize, cue_end: usize) -> Option<String> {
        let cue = self.lower(toks[c]);
        let next = *toks.get(cue_end)?;
        if LISTS.has(&cue, TELL) {
            return self.object(toks, cue_end);
        }
        if !next.is_word() {
            return None;
        }
        match &*self.lower(next) {
            "to" => self.object(toks, cue_end + 1),
            "on" | "via" => self.medium(toks, cue_end + 1),
            // "said in an interview with The Times"
            "in" => {
                let end = toks.len().min(cue_end + 6);
                let with = (cue_end + 1..end).find(|&k| {
                    toks[k].is_word()
                        && matches!(&*self.lower(toks[k]), "with" | "to")
                        && LISTS.has(&self.lower(toks[k - 1]), INTERVIEW)
                })?;
                self.object(toks, with + 1)
            }
            _ => None,
        }
    }

    /// An addressee phrase at token `i`: "reporters", "the BBC", "Sky Sports F1".
    fn object(&self, toks: &[Tok], i: usize) -> Option<String> {
        let t = *toks.get(i)?;
        if !t.is_word() {
            return None;
        }
        let w = self.lower(t);
        if LISTS.has(&w, LISTENER) {
            return Some(self.text(t.start, t.end).to_string());
        }
        if w == "the" {
            let n = *toks.get(i + 1)?;
            if self.is(n, LISTENER) {
                return Some(self.text(t.start, n.end).to_string());
            }
            return self
                .capital_run(toks, i + 1)
                .map(|(_, e)| self.text(t.start, e).to_string());
        }
        self.capital_run(toks, i)
            .map(|(s, e)| self.text(s, e).to_string())
    }

    /// A medium after "on"/"via": "Instagram", "BBC Radio 5 Live", "team radio", "social media".
    fn medium(&self, toks: &[Tok], i: usize) -> Option<String> {
        let t = *toks.get(i)?;
        if !t.is_word() {
            return None;
        }
        for len in (1..=3).rev() {
            let Some(last) = toks.get(i + len - 1) else {
                continue;
            };
            if !toks[i..i + len].iter().all(Tok::is_word) {
                continue;
            }
            let phrase = self.text(t.start, last.end).to_lowercase();
            if LISTS.has(&phrase, MEDIUM) {
                return Some(self.text(t.start, last.end).to_string());
            }
        }
        if self.lower(t) == "the" {
            return self
                .capital_run(toks, i + 1)
                .map(|(_, e)| self.text(t.start, e).to_string());
        }
        self.capital_run(toks, i)
            .map(|(s, e)| self.text(s, e).to_string())
    }

    /// A run of capitalised words (digits allowed after the first) from token `i`, not a date.
    fn capital_run(&self, toks: &[Tok], i: usize) -> Option<(usize, usize)> {
        let first = *toks.get(i)?;
        if !first.is_word()
            || !first_upper(self.text(first.start, first.end))
            || self.is(first, CALENDAR | PRONOUN)
        {
            return None;
        }
        let mut end = first.end;
        for t in &toks[i + 1..] {
            if !self.capitalised(*t) {
                break;
            }
            end = t.end;
        }
        Some((first.start, end))
    }

    /// Speaker of an unattributed quote: the quote before it when close by, else the person the
    /// previous sentences are about.
    fn inherit(
        &self,
        q: &Found,
        para: usize,
        s_open: usize,
        state: &State,
    ) -> (Option<usize>, Option<String>) {
        if let Some(prev) = state.done.last() {
            let opens_paragraph = self
                .doc
                .paragraphs
                .get(para)
                .is_some_and(|p| self.text(p.span.start, q.open).trim().is_empty());
            let near = prev.paragraph == para || (prev.paragraph + 1 == para && opens_paragraph);
            let has_speaker = prev.speaker.is_some() || prev.speaker_text.is_some();
            if near && has_speaker && prev.kind != QuoteKind::Scare {
                // Nobody else named in the sentences between.
                let from = self
                    .doc
                    .sentences
                    .get(prev.sentences.1.saturating_add(1))
                    .map_or(q.open, |s| s.start);
                let interrupted = from < q.open
                    && self
                        .persons_in(from, q.open)
                        .iter()
                        .any(|(_, e)| Some(*e) != prev.speaker);
                if !interrupted {
                    return (prev.speaker, prev.speaker_text.clone());
                }
            }
        }
        (self.salient(q.open, s_open, state, None), None)
    }

    /// Resolves a speaker phrase to (entity, text).
    fn resolve(
        &self,
        who: &Who,
        q: &Found,
        s_open: usize,
        state: &State,
    ) -> (Option<usize>, Option<String>) {
        match who {
            Who::Entity(e) => (Some(*e), None),
            Who::Text(t) => (None, Some(t.clone())),
            Who::Name(t) => match self.person_named(t) {
                Some(e) => (Some(e), None),
                None => (None, Some(t.clone())),
            },
            Who::Pronoun(pos) => {
                let at = (*pos).min(q.open);
                let s = self.sentence_at(at).0.min(s_open);
                (self.salient(at, s, state, self.gender_at(*pos)), None)
            }
            Who::Description(text, pos) => {
                let at = (*pos).min(q.open);
                let s = self.sentence_at(at).0.min(s_open);
                match self.salient(at, s, state, None) {
                    Some(e) => (Some(e), None),
                    None => (None, Some(text.clone())),
                }
            }
            Who::Subject(pos) => {
                // The previous quote of the same sentence, else the sentence's subject.
                let (s, span) = self.sentence_at(*pos);
                if let Some(d) = state.done.last() {
                    if s != usize::MAX
                        && d.sentences.0 <= s
                        && s <= d.sentences.1
                        && d.speaker.is_some()
                    {
                        return (d.speaker, None);
                    }
                }
                let start = span
                    .start
                    .min(*pos)
                    .max(ceil_char_boundary(self.body, pos.saturating_sub(WINDOW)));
                let toks = self.tokens(start, *pos);
                // A sentence that opens with a person's name the entity stage typed otherwise.
                let run: Vec<Tok> = toks
                    .iter()
                    .take_while(|t| self.capitalised(**t) || self.is_particle(**t))
                    .copied()
                    .collect();
                if !run.is_empty()
                    && self
                        .persons_in(run[0].start, run[run.len() - 1].end)
                        .is_empty()
                {
                    if let Some(e) = self.person_named(&self.join(&run)) {
                        return (Some(e), None);
                    }
                }
                for t in &toks {
                    if !t.is_word() {
                        continue;
                    }
                    // A possessor is not the subject: "Sandoval’s coach, …, described".
                    if let Some((m, e)) = self.persons_in(t.start, t.end).first() {
                        if m.start < *pos && !self.possessive(*m) {
                            return (Some(*e), None);
                        }
                    }
                    if self.is(*t, PRONOUN) {
                        let s = self.sentence_at(t.start).0.min(s_open);
                        return (
                            self.salient(t.start, s, state, self.gender_at(t.start)),
                            None,
                        );
                    }
                }
                (self.salient(q.open, s_open, state, None), None)
            }
            Who::Nobody => (self.salient(q.open, s_open, state, None), None),
        }
    }

    /// The person the sentences before sentence `s` are about: the speaker of a quote there, the
    /// subject of a speech verb there, else the first person named there; at worst the article's
    /// main person.
    fn salient(&self, pos: usize, s: usize, state: &State, want: Option<Gender>) -> Option<usize> {
        let doc = self.doc;
        if s == usize::MAX || doc.sentences.is_empty() {
            // No sentences: the nearest person named before.
            let i = self.persons.partition_point(|(m, _)| m.start < pos);
            return self.persons[..i]
                .iter()
                .rev()
                .map(|(_, e)| *e)
                .find(|e| self.fits(*e, want))
                .or_else(|| self.main_fitting(want));
        }
        let (para, _) = self.paragraph_at(pos);
        let mut i = s;
        let mut steps = 0;
        while i > 0 && steps < 10 {
            i -= 1;
            steps += 1;
            let span = doc.sentences[i];
            if para.saturating_sub(self.paragraph_at(span.start).0) > 3 {
                break;
            }
            // Quotes are in text order: none before one that ends before sentence i reaches it.
            if let Some(e) = state
                .done
                .iter()
                .rev()
                .take_while(|d| d.sentences.1 >= i)
                .filter(|d| d.sentences.0 <= i)
                .filter_map(|d| d.speaker)
                .find(|e| self.fits(*e, want))
            {
                return Some(e);
            }
            if let Some(e) = self
                .sentence_subjects(span)
                .into_iter()
                .find(|e| self.fits(*e, want))
            {
                return Some(e);
            }
        }
        self.main_fitting(want)
    }

    /// The article's main person, or else the most mentioned person a pronoun can stand for.
    fn main_fitting(&self, want: Option<Gender>) -> Option<usize> {
        match want {
            None => self.main_person,
            Some(Gender::Male) => self.main_by_gender[0],
            Some(Gender::Female) => self.main_by_gender[1],
        }
    }

    /// The most mentioned person each pronoun may stand for: [he, she].
    fn mains_by_gender(&self) -> [Option<usize>; 2] {
        let mut counts = vec![0usize; self.doc.entities.len()];
        for (_, e) in &self.persons {
            counts[*e] += 1;
        }
        [Gender::Male, Gender::Female].map(|g| {
            if let Some(m) = self.main_person.filter(|e| self.fits(*e, Some(g))) {
                return Some(m);
            }
            let mut best: Option<(usize, usize)> = None;
            for (e, &c) in counts.iter().enumerate() {
                if c > 0 && self.fits(e, Some(g)) && best.is_none_or(|(_, b)| c > b) {
                    best = Some((e, c));
                }
            }
            best.map(|(e, _)| e)
        })
    }

    /// The people a sentence is about, most likely subject first: a person right before a speech
    /// verb, then every person named outside quotations, in order.
    fn sentence_subjects(&self, span: Span) -> Vec<usize> {
        let named = self.persons_in(span.start, span.end);
        if named.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        let end = floor_char_boundary(self.body, span.end.min(span.start + 2 * WINDOW));
        let toks = self.tokens(span.start, end.max(span.start));
        for c in 0..toks.len() {
            if self.cue_at(&toks, c).is_some() {
                if let Who::Entity(e) = self.speaker_before(&toks, c) {
                    out.push(e);
                }
            }
        }
        for (_, e) in named {
            if !out.contains(e) {
                out.push(*e);
            }
        }
        out
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prefix {
    Strong,
    Weak,
}

impl Who {
    /// Whether the phrase points at a person (an entity, a pronoun, a description).
    fn names_someone(&self) -> bool {
        matches!(
            self,
            Who::Entity(_) | Who::Name(_) | Who::Pronoun(_) | Who::Description(..)
        )
    }
}

fn inside_quote(quotes: &[Found], m: Span) -> bool {
    let i = quotes.partition_point(|q| q.close_end <= m.start);
    quotes
        .get(i)
        .is_some_and(|q| q.content.start <= m.start && m.end <= q.content.end)
}

fn is_clause_punct(t: Tok) -> bool {
    match t.kind {
        Kind::Quote => true,
        Kind::Punct(c) => matches!(c, ',' | ';' | ':' | '(' | ')' | '.' | '!' | '?' | '—' | '–'),
        Kind::Word => false,
    }
}

/// "J.P", "Mr", "Jr", "St": a short capitalised abbreviation whose full stop ends no phrase.
fn is_initial(word: &str) -> bool {
    let n = word.chars().count();
    n <= 3 && first_upper(word)
}

fn first_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Appends the words and punctuation of `start..end`. A word runs over letters and digits and over
/// an inner apostrophe, hyphen, en dash, full stop or ampersand (don’t, Okoye-Banks, Red Bull–Bora,
/// J.P, A&M).
fn tokenize(body: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    let text = &body[start..end];
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i + c.len_utf8();
            while let Some(&(k, d)) = chars.peek() {
                let joins = d.is_alphanumeric()
                    || (matches!(d, '’' | '\'' | '-' | '‐' | '–' | '.' | '&')
                        && text[k + d.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric));
                if joins {
                    j = k + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Tok {
                start: start + i,
                end: start + j,
                kind: Kind::Word,
            });
        } else {
            out.push(Tok {
                start: start + i,
                end: start + i + c.len_utf8(),
                kind: Kind::Punct(c),
            });
        }
    }
}

/// Bytes of context read on each side of a quote.
const WINDOW: usize = 600;

/// The smallest char boundary at or after `i`.
fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// The largest char boundary at or before `i`.
fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::words_up_to;

    #[test]
    fn words_up_to_counts_as_split_whitespace() {
        for text in [
            "",
            "  ",
            "one",
            " one  two\tthree\u{a0}four ",
            "a b c d e f g h i j k",
            "“We won,” he\u{2009}said",
        ] {
            for cap in [0, 1, 3, 9, 20] {
                let want = text.split_whitespace().take(cap).count();
                assert_eq!(words_up_to(text, cap), want, "{text:?} {cap}");
            }
        }
    }
}
