//! Context around a mention: the words just before and after it in its sentence, read as cues
//! (team, place, speech), role nouns ("striker Gomez", "Ellis, a second-round pick") and
//! scorelines close by.

use crate::doc::{Doc, EntityType, Span};

use super::lexicon::{word, Cue, LEXICON};
use super::names::{Shape, Token};

pub struct Ctx<'a> {
    pub doc: &'a Doc,
    pub tokens: &'a [Token],
    /// The `word::*` bits of every capitalised token (titles and suffixes exact-case), looked up
    /// once; other tokens have none.
    flags: Vec<u32>,
    /// A scratch buffer for the phrases cues are looked up by.
    scratch: std::cell::RefCell<String>,
    /// The body in ASCII lower case, at the body's offsets: a phrase of ASCII tokens one space
    /// apart is a slice of it, with nothing to build.
    lower: String,
    /// Per token, whether some cue phrase or role noun may open with it, found for both kinds
    /// on first asking (one look-up): the same words are asked about for every mention near
    /// them. [`KNOWN`] once looked up, then the answers ([`CUE`], [`ROLE`]).
    opens: Vec<std::cell::Cell<u8>>,
    /// The last answers of [`Ctx::signals`] and [`Ctx::role`] with the tokens they were for:
    /// the rules often ask the same twice in a row (a name's evidence, then its signals).
    last_signals: std::cell::Cell<Option<(usize, usize, Signals)>>,
    last_role: std::cell::Cell<Option<(usize, usize, RoleAnswer)>>,
}

/// What [`Ctx::role`] says: `Some(role)` for a role noun (`Some(None)`: a person noun with no
/// schema role).
type RoleAnswer = Option<Option<&'static str>>;

/// The bits of `Ctx::opens`: looked up; a cue phrase may open with the token; a role noun may.
const KNOWN: u8 = 1;
const CUE: u8 = 2;
const ROLE: u8 = 4;

/// What the words around one mention say.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Signals {
    pub team: bool,
    /// `team` came from a cue word of its own ("beat", "against", "were"), not from a role noun
    /// after the name ("the Galway fighter" is a person from Galway).
    pub side_word: bool,
    /// A place cue of more than one word, or a place cue after the name ("Kent-born").
    pub place_strong: bool,
    /// A bare one-word place preposition before the name ("in", "near").
    pub place_weak: bool,
    pub speech: bool,
    /// A scoreline within a few words (filled in only where a team-or-place reading is open).
    pub scoreline: bool,
    /// "the" stands right before the name.
    pub the_before: bool,
    /// A "from" or "travel to" stands right before the name.
    pub nation: bool,
    /// A play noun or verb and "from" stand right before the name ("a cross from", "hitting
    /// from"): a player's name.
    pub person_before: bool,
}

impl<'a> Ctx<'a> {
    pub fn new(doc: &'a Doc, tokens: &'a [Token]) -> Ctx<'a> {
        let lex = &*LEXICON;
        let flags = tokens
            .iter()
            .map(|t| {
                if !matches!(t.shape, Shape::Cap | Shape::Initials | Shape::Particle) {
                    return 0;
                }
                let w = &doc.body[t.span.start..t.span.end];
                let mut f = lex.token_flags(w);
                if f & word::TITLE != 0 && !lex.titles.contains(w) {
                    f &= !word::TITLE;
                }
                if f & word::SUFFIX != 0 && !lex.suffixes.contains(w) {
                    f &= !word::SUFFIX;
                }
                // A hyphenated word made only of ordinary words is one itself
                // ("Eighteen-year-old", "Two-time"), never part of a name.
                if f == 0 && w.contains('-') && w.split('-').all(|p| lex.is_common(p)) {
                    f = word::COMMON;
                }
                f
            })
            .collect::<Vec<u32>>();
        // ("the Delmont Lady Tigers": a title before a capitalised plural opens a nickname.)
        let mut flags = flags;
        for i in 0..tokens.len().saturating_sub(1) {
            if flags[i] & word::TITLE == 0 {
                continue;
            }
            let w = &doc.body[tokens[i].span.start..tokens[i].span.end];
            let next = &tokens[i + 1];
            let plural = &doc.body[next.span.start..next.span.end];
            if lex.nickname_prefixes.contains(w)
                && next.shape == Shape::Cap
                && plural.len() > 3
                && plural.ends_with('s')
                && !plural.ends_with("ss")
            {
                flags[i] &= !word::TITLE;
            }
        }
        Ctx {
            doc,
            tokens,
            flags,
            scratch: std::cell::RefCell::new(String::with_capacity(64)),
            lower: doc.body.to_ascii_lowercase(),
            opens: vec![std::cell::Cell::new(0); tokens.len()],
            last_signals: std::cell::Cell::new(None),
            last_role: std::cell::Cell::new(None),
        }
    }

    /// All the `word::*` bits of token `i`.
    pub fn flags(&self, i: usize) -> u32 {
        self.flags.get(i).copied().unwrap_or(0)
    }

    /// Token `i` has every bit of `flag` (`lexicon::word::*`).
    pub fn has(&self, i: usize, flag: u32) -> bool {
        self.flags.get(i).is_some_and(|f| f & flag == flag)
    }

    /// [`Lexicon::type_cue`](super::lexicon::Lexicon::type_cue) of token `i`'s text; a token
    /// whose word bits (looked up once) have no cue bit is no cue in any capitalisation, so no
    /// look-up.
    pub fn type_cue(&self, i: usize, first: bool, last: bool) -> Option<EntityType> {
        let looked_up = matches!(
            self.tokens[i].shape,
            Shape::Cap | Shape::Initials | Shape::Particle
        );
        if looked_up && self.flags(i) & word::CUE == 0 {
            return None;
        }
        LEXICON.type_cue(self.raw(i), first, last)
    }

    /// Whether some phrase of `kind` ([`CUE`] or [`ROLE`]) may open with token `i` (as
    /// `Lexicon::may_open`, asked the first time).
    fn opens(&self, i: usize, kind: u8) -> bool {
        let mut bits = self.opens[i].get();
        if bits & KNOWN == 0 {
            let (cue, role) = LEXICON.may_open(self.raw(i));
            bits = KNOWN | if cue { CUE } else { 0 } | if role { ROLE } else { 0 };
            self.opens[i].set(bits);
        }
        bits & kind != 0
    }

    /// Some cue phrase may open with token `i`.
    fn opens_cue(&self, i: usize) -> bool {
        self.opens(i, CUE)
    }

    /// Some role noun may open with token `i`.
    fn opens_role(&self, i: usize) -> bool {
        self.opens(i, ROLE)
    }

    fn raw(&self, i: usize) -> &'a str {
        let span = self.tokens[i].span;
        &self.doc.body[span.start..span.end]
    }

    /// A competition's head noun follows the name at `last` in its sentence ("the Ulster
    /// final", "the Connacht championship"): the name is the region a competition is for.
    pub fn competition_after(&self, last: usize) -> bool {
        const HEADS: [&str; 8] = [
            "final",
            "finals",
            "semi-final",
            "semi-finals",
            "quarter-final",
            "championship",
            "championships",
            "title",
        ];
        let next = last + 1;
        next < self.tokens.len()
            && !self.tokens[last].possessive
            && !self.tokens[last].punct_after
            && self.tokens[next].sentence == self.tokens[last].sentence
            && HEADS.iter().any(|h| self.raw(next) == *h)
    }

    /// Token `i` is this lower-case word.
    fn is_word(&self, i: usize, word: &str) -> bool {
        self.raw(i).eq_ignore_ascii_case(word)
    }

    /// Tokens `range` as one lower-case phrase, written into `buf` (or, the usual case, ASCII
    /// words one space apart, a slice of the lower-case body).
    fn phrase<'b>(&'b self, buf: &'b mut String, range: std::ops::Range<usize>) -> &'b str {
        if let Some(last) = range.end.checked_sub(1).filter(|&l| l >= range.start) {
            let bytes = self.doc.body.as_bytes();
            let spaced = (range.start..last).all(|k| {
                let end = self.tokens[k].span.end;
                self.tokens[k + 1].span.start == end + 1 && bytes[end] == b' '
            });
            let (start, end) = (
                self.tokens[range.start].span.start,
                self.tokens[last].span.end,
            );
            if spaced && bytes[start..end].is_ascii() {
                return &self.lower[start..end];
            }
        }
        buf.clear();
        for i in range {
            if !buf.is_empty() {
                buf.push(' ');
            }
            let w = self.raw(i);
            if w.is_ascii() {
                let at = buf.len();
                buf.push_str(w);
                buf[at..].make_ascii_lowercase();
            } else {
                buf.extend(w.chars().flat_map(char::to_lowercase));
            }
        }
        buf
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

    /// Up to `n` words right before token `first` (as a token range), in its sentence and with
    /// no punctuation in between; a "the" or "a" next to the name is skipped.
    fn before(&self, first: usize, n: usize) -> std::ops::Range<usize> {
        let Some(sentence) = self.tokens.get(first).map(|t| t.sentence) else {
            return first..first;
        };
        let mut hi = first;
        if hi > 0 {
            let t = &self.tokens[hi - 1];
            if t.sentence == sentence
                && !t.punct_after
                && (self.is_word(hi - 1, "the") || self.is_word(hi - 1, "a"))
            {
                hi -= 1;
            }
        }
        let mut lo = hi;
        while lo > 0 && hi - lo < n {
            let t = &self.tokens[lo - 1];
            if t.sentence != sentence || t.punct_after {
                break;
            }
            lo -= 1;
        }
        lo..hi
    }

    /// Up to `n` words right after token `last` (as a token range), in its sentence, with no
    /// punctuation in between (a possessive "’s" may stand between).
    fn after(&self, last: usize, n: usize) -> std::ops::Range<usize> {
        let sentence = self.tokens[last].sentence;
        let mut k = last;
        while k + 1 < self.tokens.len() && k - last < n {
            let t = &self.tokens[k];
            let gap_ok = !t.punct_after || (k == last && t.possessive && self.possessive_gap(k));
            if !gap_ok || self.tokens[k + 1].sentence != sentence {
                break;
            }
            k += 1;
        }
        last + 1..k + 1
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
        if let Some((f, l, s)) = self.last_signals.get() {
            if (f, l) == (first, last) {
                return s;
            }
        }
        let s = self.read_signals(first, last, span);
        self.last_signals.set(Some((first, last, s)));
        s
    }

    fn read_signals(&self, first: usize, last: usize, span: Span) -> Signals {
        let lex = &*LEXICON;
        let mut buf = self.scratch.borrow_mut();
        let buf = &mut *buf;
        let mut s = Signals {
            the_before: first > 0
                && !self.tokens[first - 1].punct_after
                && self.tokens[first - 1].sentence == self.tokens[first].sentence
                && self.is_word(first - 1, "the"),
            ..Signals::default()
        };
        // The longest phrase on each side, built once; shorter ones are its suffixes (before)
        // or prefixes (after).
        let before = self.before(first, lex.cue_words);
        let phrase = self.phrase(buf, before.clone());
        let mut cut = 0;
        for len in (1..=before.len()).rev() {
            let opens = self.opens_cue(before.end - len);
            let cues = if opens { lex.cue(&phrase[cut..]) } else { &[] };
            for cue in cues {
                match cue {
                    Cue::TeamBefore => {
                        s.team = true;
                        s.side_word = true;
                    }
                    Cue::PlaceBefore if len > 1 => s.place_strong = true,
                    Cue::PlaceBefore => s.place_weak = true,
                    Cue::NationBefore => s.nation = true,
                    Cue::PersonBefore => s.person_before = true,
                    Cue::Speech if len == 1 && self.tokens[last].punct_after => s.speech = true,
                    _ => {}
                }
            }
            if !cues.is_empty() {
                break;
            }
            cut += phrase.as_bytes()[cut..]
                .iter()
                .position(|&b| b == b' ')
                .map_or(phrase.len() - cut, |p| p + 1);
        }
        let after = self.after(last, lex.cue_words.max(lex.role_words));
        let phrase = self.phrase(buf, after.clone());
        // Where each prefix of 1, 2, 3… words ends.
        let mut ends = [phrase.len(); 8];
        // (A byte loop: the phrase is short, and a searcher costs more to set up.)
        let mut k = 0;
        for (i, &b) in phrase.as_bytes().iter().enumerate() {
            if b == b' ' {
                ends[k] = i;
                k += 1;
                if k == 7 {
                    break;
                }
            }
        }
        let words = after.len().min(8);
        let opens_cue = !after.is_empty() && self.opens_cue(after.start);
        for len in (1..=words).rev().filter(|_| opens_cue) {
            let cues = lex.cue(&phrase[..ends[len - 1]]);
            let mut found = false;
            for cue in cues {
                match cue {
                    Cue::TeamAfter => {
                        s.team = true;
                        s.side_word = true;
                    }
                    Cue::PlaceAfter => s.place_strong = true,
                    Cue::Speech if len == 1 => s.speech = true,
                    // (A cue of the words before a name says nothing after one: "Japan lost to
                    // them" reads "lost", not "lost to".)
                    Cue::TeamBefore | Cue::PlaceBefore | Cue::NationBefore | Cue::PersonBefore => {
                        continue
                    }
                    _ => {}
                }
                found = true;
            }
            if found {
                break;
            }
        }
        // ("the game's Most Valuable Player": a capitalised role noun outside a title-case
        // headline ends a title, not a side's name.)
        let role_case = !after.is_empty() && {
            let t = &self.tokens[after.start];
            t.shape != super::names::Shape::Cap || t.titlecase
        };
        if !self.tokens[last].possessive && role_case && self.opens_role(after.start) {
            // "Boston rookie", "Villa goalkeeper": a name before a role noun is a side.
            if ends[..words]
                .iter()
                .any(|&e| lex.role_lower(&phrase[..e]).is_some())
            {
                s.team = true;
            }
        }
        // "in Tennessee's 20-17 win": the preposition governs the win, not its owner, so it
        // makes no place of the name.
        if self.tokens[last].possessive && scoreline_after_possessive(&self.doc.body[span.end..]) {
            s.place_weak = false;
            s.place_strong = false;
            s.nation = false;
        }
        s
    }

    /// A role noun right before token `first` ("striker Gomez", "his caddie, Hiroshi Ito"), or
    /// in an appositive right after token `last` ("Watanabe, the 36-year-old", "Ellis, a
    /// second-round pick out of…"). `Some(None)`: a person noun with no schema role.
    pub fn role(&self, first: usize, last: usize) -> Option<Option<&'static str>> {
        if let Some((f, l, r)) = self.last_role.get() {
            if (f, l) == (first, last) {
                return r;
            }
        }
        let r = self.read_role(first, last);
        self.last_role.set(Some((first, last, r)));
        r
    }

    fn read_role(&self, first: usize, last: usize) -> Option<Option<&'static str>> {
        let lex = &*LEXICON;
        let mut buf = self.scratch.borrow_mut();
        let buf = &mut *buf;
        // Before: allow one comma between the noun and the name.
        if first > 0 && first < self.tokens.len() {
            let t = &self.tokens[first - 1];
            let gap = &self.doc.body[t.span.end..self.tokens[first].span.start];
            if t.sentence == self.tokens[first].sentence && (gap == " " || gap == ", ") {
                let mut lo = first - 1;
                while lo > 0 && first - lo < lex.role_words {
                    let p = &self.tokens[lo - 1];
                    if p.sentence != t.sentence || p.punct_after {
                        break;
                    }
                    lo -= 1;
                }
                for start in lo..first {
                    if !self.opens_role(start) {
                        continue;
                    }
                    if let Some(r) = lex.role_singular_lower(self.phrase(buf, start..first)) {
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
        let coordinated = first > 1
            && ["and", "&", "or"]
                .iter()
                .any(|w| self.raw(first - 1).eq_ignore_ascii_case(w))
            && self.tokens[first - 2].shape == Shape::Cap;
        let mut k = last + 1;
        let mut seen = 0;
        let mut found: Option<Option<&'static str>> = None;
        while k < self.tokens.len() && seen < 6 && self.tokens[k].sentence == t.sentence {
            let w = self.raw(k);
            if seen == 0 && self.tokens[k].shape == Shape::Number && self.tokens[k].punct_after {
                // ", 22," — an age.
                return Some(None);
            }
            let opener = ["the", "a", "an", "his", "her", "their"]
                .iter()
                .any(|o| w.eq_ignore_ascii_case(o));
            if seen == 0
                && !opener
                && !self.tokens[k].possessive
                && self.tokens[k].shape != Shape::Cap
            {
                return None;
            }
            if w.ends_with("-year-old") {
                found = Some(None);
            }
            let opens_role = self.opens_role(k);
            for len in (1..=lex.role_words).rev().filter(|_| opens_role) {
                if k + len > self.tokens.len() {
                    continue;
                }
                let phrase = self.phrase(buf, k..k + len);
                if let Some(r) = lex.role_lower(phrase) {
                    // "Ballyduff, the reigning champions,": a plural names a group, a side,
                    // unless the name closes a list ("Ryan and Doyle, the two openers").
                    if lex.role_singular_lower(phrase).is_none() && !coordinated {
                        return None;
                    }
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

    /// An appositive right after token `last` names an organisation ("Lionheart Events, the
    /// company run by …", "Matchroom, the promoter,"): a comma, an article or "its", then an
    /// organisation noun within three words.
    pub fn org_appositive(&self, last: usize) -> bool {
        let lex = &*LEXICON;
        let t = &self.tokens[last];
        let Some(next) = self.tokens.get(last + 1) else {
            return false;
        };
        let gap = &self.doc.body[t.span.end..next.span.start];
        if next.sentence != t.sentence || gap.trim() != "," || t.possessive {
            return false;
        }
        let opener = ["the", "a", "an", "its"]
            .iter()
            .any(|o| self.raw(last + 1).eq_ignore_ascii_case(o));
        if !opener {
            return false;
        }
        let mut buf = self.scratch.borrow_mut();
        for k in last + 2..(last + 5).min(self.tokens.len()) {
            let tk = &self.tokens[k];
            if tk.sentence != t.sentence || tk.shape != Shape::Lower {
                return false;
            }
            let w = self.phrase(&mut buf, k..k + 1);
            if !tk.possessive && lex.org_nouns.contains(w) {
                return true;
            }
            if lex.role_lower(w).is_some() || tk.punct_after {
                return false;
            }
        }
        false
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

/// `rest`, the text right after a name, is a possessive and a scoreline: "’s 20-17 win",
/// "' 101-96 loss".
fn scoreline_after_possessive(rest: &str) -> bool {
    let rest = rest
        .strip_prefix("’s")
        .or_else(|| rest.strip_prefix("'s"))
        .or_else(|| rest.strip_prefix('’'))
        .or_else(|| rest.strip_prefix('\''))
        .unwrap_or(rest);
    rest.strip_prefix(' ')
        .is_some_and(super::resolve::pair_at_start)
}
