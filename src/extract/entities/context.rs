//! Context around a mention: the words just before and after it in its sentence, read as cues
//! (team, place, speech), role nouns ("striker Gomez", "Ellis, a second-round pick") and
//! scorelines close by.

use crate::doc::{Doc, Span};

use super::lexicon::{Cue, LEXICON};
use super::names::{Shape, Token};

pub struct Ctx<'a> {
    pub doc: &'a Doc,
    pub tokens: &'a [Token],
}

/// What the words around one mention say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Signals {
    pub team: bool,
    /// A place cue of more than one word, or a place cue after the name ("Kent-born").
    pub place_strong: bool,
    /// A bare one-word place preposition before the name ("in", "near").
    pub place_weak: bool,
    pub speech: bool,
    /// A scoreline within a few words.
    pub scoreline: bool,
    /// "the" stands right before the name.
    pub the_before: bool,
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Doc, tokens: &'a [Token]) -> Ctx<'a> {
        Ctx { doc, tokens }
    }

    fn word(&self, i: usize) -> String {
        self.doc.text(self.tokens[i].span).to_lowercase()
    }

    /// Index of the first token starting at or after `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < pos)
    }

    /// Index of the last token ending at or before `pos`, if any.
    pub fn token_ending(&self, pos: usize) -> Option<usize> {
        self.tokens
            .partition_point(|t| t.span.end <= pos)
            .checked_sub(1)
    }

    /// Up to `n` lower-case words right before token `first`, nearest last, in its sentence and
    /// with no punctuation in between; a "the" next to the name is skipped.
    fn before(&self, first: usize, n: usize) -> Vec<String> {
        let mut out = Vec::new();
        let sentence = self.tokens.get(first).map(|t| t.sentence);
        let mut k = first;
        while k > 0 && out.len() < n {
            let t = &self.tokens[k - 1];
            if Some(t.sentence) != sentence || t.punct_after {
                break;
            }
            let w = self.word(k - 1);
            k -= 1;
            if out.is_empty() && k + 1 == first && (w == "the" || w == "a") {
                continue;
            }
            out.push(w);
        }
        out.reverse();
        out
    }

    /// Up to `n` lower-case words right after token `last`, in its sentence, with no
    /// punctuation in between (a possessive "’s" may stand between).
    fn after(&self, last: usize, n: usize) -> Vec<String> {
        let mut out = Vec::new();
        let sentence = self.tokens[last].sentence;
        let mut k = last;
        while k + 1 < self.tokens.len() && out.len() < n {
            let t = &self.tokens[k];
            let gap_ok = !t.punct_after || (k == last && t.possessive && self.possessive_gap(k));
            if !gap_ok || self.tokens[k + 1].sentence != sentence {
                break;
            }
            k += 1;
            out.push(self.word(k));
        }
        out
    }

    /// The text after a possessive token holds only the "’s" and spaces.
    fn possessive_gap(&self, k: usize) -> bool {
        let start = self.tokens[k].span.end;
        let end = self
            .tokens
            .get(k + 1)
            .map_or(self.doc.body.len(), |t| t.span.start);
        self.doc.body[start..end]
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, '’' | '\'' | 's' | 'S' | 'ʼ'))
    }

    /// Cues before `first` and after `last` (token indices of one mention); on each side the
    /// longest cue phrase wins ("flew home to" over "home to").
    pub fn signals(&self, first: usize, last: usize, span: Span) -> Signals {
        let lex = &*LEXICON;
        let mut s = Signals {
            the_before: first > 0
                && !self.tokens[first - 1].punct_after
                && self.tokens[first - 1].sentence == self.tokens[first].sentence
                && self.word(first - 1) == "the",
            ..Signals::default()
        };
        let before = self.before(first, lex.cue_words);
        for len in (1..=before.len()).rev() {
            let phrase = before[before.len() - len..].join(" ");
            let cues = lex.cue(&phrase);
            for cue in cues {
                match cue {
                    Cue::TeamBefore => s.team = true,
                    Cue::PlaceBefore if len > 1 => s.place_strong = true,
                    Cue::PlaceBefore => s.place_weak = true,
                    Cue::Speech if len == 1 && self.tokens[last].punct_after => s.speech = true,
                    _ => {}
                }
            }
            if !cues.is_empty() {
                break;
            }
        }
        let after = self.after(last, lex.cue_words.max(lex.role_words));
        for len in (1..=after.len()).rev() {
            let phrase = after[..len].join(" ");
            let cues = lex.cue(&phrase);
            for cue in cues {
                match cue {
                    Cue::TeamAfter => s.team = true,
                    Cue::PlaceAfter => s.place_strong = true,
                    Cue::Speech if len == 1 => s.speech = true,
                    _ => {}
                }
            }
            if !cues.is_empty() {
                break;
            }
        }
        for len in 1..=after.len() {
            let phrase = after[..len].join(" ");
            if lex.role(&phrase).is_some() && !self.tokens[last].possessive {
                // "Boston rookie", "Villa goalkeeper": a name before a role noun is a side.
                s.team = true;
            }
        }
        s.scoreline = self.scoreline_near(span);
        s
    }

    /// A role noun right before token `first` ("striker Gomez", "his caddie, Hiroshi Ito"), or
    /// in an appositive right after token `last` ("Watanabe, the 36-year-old", "Ellis, a
    /// second-round pick out of…"). `Some(None)`: a person noun with no schema role.
    pub fn role(&self, first: usize, last: usize) -> Option<Option<&'static str>> {
        let lex = &*LEXICON;
        // Before: allow one comma between the noun and the name.
        if first > 0 {
            let t = &self.tokens[first - 1];
            let gap = &self.doc.body[t.span.end..self.tokens[first].span.start];
            if t.sentence == self.tokens[first].sentence && (gap == " " || gap == ", ") {
                let mut words: Vec<String> = Vec::new();
                let mut k = first;
                while k > 0 && words.len() < lex.role_words {
                    let p = &self.tokens[k - 1];
                    if p.sentence != t.sentence || (k - 1 != first - 1 && p.punct_after) {
                        break;
                    }
                    words.insert(0, self.word(k - 1));
                    k -= 1;
                }
                for len in (1..=words.len()).rev() {
                    let phrase = words[words.len() - len..].join(" ");
                    if let Some(r) = lex.role(&phrase) {
                        return Some(r);
                    }
                }
            }
        }
        // After: ", the 25-year-old striker," / ", a utility infielder" / ", 22,".
        let t = &self.tokens[last];
        let next = self.tokens.get(last + 1)?;
        let gap = &self.doc.body[t.span.end..next.span.start];
        if next.sentence != t.sentence || gap.trim() != "," {
            return None;
        }
        let mut k = last + 1;
        let mut seen = 0;
        let mut found: Option<Option<&'static str>> = None;
        while k < self.tokens.len() && seen < 6 && self.tokens[k].sentence == t.sentence {
            let w = self.word(k);
            if seen == 0 && self.tokens[k].shape == Shape::Number && self.tokens[k].punct_after {
                // ", 22," — an age.
                return Some(None);
            }
            if seen == 0
                && !matches!(w.as_str(), "the" | "a" | "an" | "his" | "her" | "their")
                && !w.ends_with("'s")
                && self.tokens[k].shape != Shape::Cap
            {
                return None;
            }
            if w.ends_with("-year-old") {
                found = Some(None);
            }
            for len in (1..=lex.role_words).rev() {
                if k + len > self.tokens.len() {
                    continue;
                }
                let phrase: Vec<String> = (k..k + len).map(|i| self.word(i)).collect();
                if let Some(r) = lex.role(&phrase.join(" ")) {
                    return Some(r);
                }
            }
            if self.tokens[k].punct_after {
                break;
            }
            seen += 1;
            k += 1;
        }
        found
    }

    /// A scoreline ("2-1", "27–20", "5 - 3") within 60 bytes of the span, in the same sentence.
    pub fn scoreline_near(&self, span: Span) -> bool {
        let sentence = self.doc.sentences[self.doc.sentence_index(span.start)];
        let lo = floor_char(
            &self.doc.body,
            span.start.saturating_sub(60).max(sentence.start),
        );
        let hi = floor_char(&self.doc.body, (span.end + 60).min(sentence.end));
        let b = &self.doc.body.as_bytes()[lo..hi];
        let mut i = 0;
        while i < b.len() {
            if b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()) {
                let mut j = i;
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                let mut k = j;
                while k < b.len() && b[k] == b' ' {
                    k += 1;
                }
                let dash = if b[k..].starts_with(b"-") {
                    1
                } else if b[k..].starts_with("–".as_bytes()) {
                    3
                } else {
                    0
                };
                if dash > 0 {
                    let mut m = k + dash;
                    while m < b.len() && b[m] == b' ' {
                        m += 1;
                    }
                    if m < b.len() && b[m].is_ascii_digit() {
                        let mut e = m;
                        while e < b.len() && b[e].is_ascii_digit() {
                            e += 1;
                        }
                        // Not "4-2-3-1" formations or "2-for-4" lines.
                        let more = e < b.len() && (b[e] == b'-' || b[e].is_ascii_alphabetic());
                        if !more {
                            return true;
                        }
                    }
                }
                i = j;
            } else {
                i += 1;
            }
        }
        false
    }
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
