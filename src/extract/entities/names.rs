//! Names by shape: the body cut once into word tokens (per sentence), and the runs of capitalised
//! tokens that may be names — with particles ("Ruud van Leeuwen", "Juan Carlos de la Torre"),
//! hyphens ("Ødegård-Lind"), elided prefixes ("d’Alessandro"), initials ("T.J.", "O."),
//! suffixes ("Jr.", "III") and letters of any script ("Çalhanoğlu").

use std::sync::LazyLock;

use crate::doc::{Doc, EntityType, ParagraphKind, Span};

use super::lexicon::{word, LEXICON};

/// What a token looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Starts with a capital (or an elided prefix and a capital: "d’Alessandro").
    Cap,
    /// Initials: "J.", "T.J.", "J.P.".
    Initials,
    /// A lower-case name particle: "van", "de", "dos".
    Particle,
    /// Any other lower-case word (or a "-born" tail split off "Kent-born").
    Lower,
    /// Starts with a digit.
    Number,
}

#[derive(Debug, Clone)]
pub struct Token {
    /// Body span of the word, a possessive "’s" left outside.
    pub span: Span,
    pub shape: Shape,
    pub possessive: bool,
    pub sentence: u32,
    /// Joined to the previous token of the same sentence by one space only.
    pub glued: bool,
    /// The first word of a sentence, or the first after an opening quote, bracket, colon or dash.
    pub opener: bool,
    /// Punctuation (other than a possessive) stands between this token and the next.
    pub punct_after: bool,
    /// The token lies in a title-case headline or heading.
    pub titlecase: bool,
    /// A lower-case word that may be a sport word ([`Lexicon::may_be_sport_word`], asked here
    /// while the word's bytes are at hand; false for every other token).
    ///
    /// [`Lexicon::may_be_sport_word`]: super::lexicon::Lexicon::may_be_sport_word
    pub sport_word: bool,
}

/// Abbreviations that keep their full stop inside a name token.
fn keeps_stop(word: &str) -> bool {
    let lex = &*LEXICON;
    // (The first byte rules out most words, those ending a sentence, before any hashing.)
    (word
        .as_bytes()
        .first()
        .is_some_and(|&b| lex.stop_stem_firsts[b as usize])
        && lex.stop_stems.contains(word))
        || matches!(word, "St" | "Mt" | "Ft" | "Jnr" | "Snr")
        || is_initials_body(word)
}

/// "J" or "J.P" or "T.J" (the final stop not yet included).
fn is_initials_body(word: &str) -> bool {
    let mut chars = word.chars();
    loop {
        match chars.next() {
            Some(c) if c.is_uppercase() => {}
            _ => return false,
        }
        match chars.next() {
            None => return true,
            Some('.') => {}
            _ => return false,
        }
    }
}

pub use crate::extract::text::WORD_BYTE;

/// Curly quotes, dashes, ellipses and the like (General Punctuation): never part of a word,
/// known without the Unicode tables.
#[inline]
fn punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

/// The char at byte `i` of `text` and its length (ASCII without decoding).
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '-' | '‐' | '.')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// An Irish initial mutation before a capital ("Ó hAilpín", "Mac an tSaoir", "Ó bhFearghail",
/// "na nGael"): one or two lower-case letters of the mutation, then the name's own capital and a
/// lower-case letter ("mRNA" is no name).
#[inline]
pub fn irish_mutation(b: &[u8]) -> bool {
    let lead = match b {
        [b'b', b'h', ..] => 2,
        [b'h' | b't' | b'n' | b'm' | b'g' | b'b' | b'd', ..] => 1,
        _ => return false,
    };
    b.len() > lead + 1
        && b[lead].is_ascii_uppercase()
        && (b[lead + 1].is_ascii_lowercase() || b[lead + 1] >= 0x80)
}

/// The shape of a token's text.
pub fn shape_of(word: &str) -> Shape {
    let lex = &*LEXICON;
    // ASCII fast paths: a plain lower-case word, a plain capitalised one.
    let b = word.as_bytes();
    if b.len() >= 2 && b.iter().all(u8::is_ascii_alphabetic) {
        if b[0].is_ascii_uppercase() || irish_mutation(b) {
            return Shape::Cap;
        }
        if !(b.len() <= 5
            && lex.particle_firsts[b[0] as usize]
            && lex.flags(word) & word::PARTICLE != 0)
        {
            return Shape::Lower;
        }
        return Shape::Particle;
    }
    let Some(first) = word.chars().next() else {
        return Shape::Lower;
    };
    if first.is_ascii_digit() || first.is_numeric() {
        return Shape::Number;
    }
    if word.ends_with('.') && is_initials_body(&word[..word.len() - 1]) {
        return Shape::Initials;
    }
    if first.is_uppercase() {
        // A lone capital ("R", "B" in a scorecard header, "I") names nobody.
        if word.chars().nth(1).is_none() && LEXICON.flags(word) & word::PARTICLE == 0 {
            return Shape::Lower;
        }
        return Shape::Cap;
    }
    // "d’Alessandro", "dell'Acqua": an elided lower-case prefix, an apostrophe, a capital.
    if let Some(pos) = word.find(is_apostrophe) {
        let (prefix, rest) = word.split_at(pos);
        let after = rest.chars().nth(1);
        if lex.elided.contains(&prefix.to_lowercase()) && after.is_some_and(char::is_uppercase) {
            return Shape::Cap;
        }
    }
    if irish_mutation(word.as_bytes()) {
        return Shape::Cap;
    }
    // Lower-case already: no folding needed for the look-up.
    let first = word.as_bytes()[0];
    if word.len() <= 5
        && lex.particle_firsts[first as usize]
        && lex.flags(word) & word::PARTICLE != 0
    {
        return Shape::Particle;
    }
    Shape::Lower
}

/// [`WORD_CLASS`] bit of every ASCII letter or digit.
const WORD: u8 = 1;
/// [`WORD_CLASS`] bit of ASCII letters only.
const LETTER: u8 = 2;

/// ASCII letters (`WORD | LETTER`), digits (`WORD`) and the rest (0), by table.
static WORD_CLASS: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 128 {
        if (b as u8).is_ascii_alphabetic() {
            t[b] = WORD | LETTER;
        } else if (b as u8).is_ascii_digit() {
            t[b] = WORD;
        }
        b += 1;
    }
    t
};

/// Ends an ASCII word for certain: not a letter or digit, not a joiner that may go on
/// ("T.J", "O'Neil", "Ødegård-Lind"), not the first byte of a multi-byte char.
static ENDS_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = !(b as u8).is_ascii_alphanumeric() && !matches!(b as u8, b'\'' | b'-' | b'.');
        b += 1;
    }
    t
};

/// Cuts the body into word tokens, sentence by sentence.
pub fn tokenize(doc: &Doc) -> Vec<Token> {
    let body = doc.body.as_str();
    let lex = &*LEXICON;
    let mut tokens: Vec<Token> = Vec::with_capacity(body.len() / 5);
    let titlecase_paragraphs = titlecase_paragraphs(doc);
    for (si, sentence) in doc.sentences.iter().enumerate() {
        let paragraph = doc.paragraph_index(sentence.start);
        let titlecase = titlecase_paragraphs
            .get(paragraph)
            .copied()
            .unwrap_or(false);
        let first_token = tokens.len();
        // A one-letter "t" token was made: Dutch "'t" may need marking (most sentences have none).
        let mut lone_t = false;
        // A lone capital was made: it may be an initial without its stop ("P Deegan 0-4").
        let mut lone_capital = false;
        // A capital and digits were made ("P26"): a table's columns may follow ("W15 D4 L7").
        let mut letter_digits = false;
        let text = &body[sentence.start..sentence.end];
        let mut i = 0;
        let bytes = text.as_bytes();
        while i < bytes.len() {
            // ASCII punctuation and spaces: skip without decoding.
            let b = bytes[i];
            if b < 0x80 {
                if !WORD_BYTE[b as usize] {
                    i += 1;
                    continue;
                }
                // Most words: ASCII letters ended by a space or plain punctuation. Their shape
                // is known from the sweep, with no decoding and no second pass.
                // One table load a byte gives both the word's end and whether it is all
                // letters (the class bits AND together: digits clear the letter bit).
                let mut j = i + 1;
                let mut class = WORD_CLASS[b as usize];
                for &c in &bytes[j..] {
                    let k = WORD_CLASS[c as usize];
                    if k == 0 {
                        break;
                    }
                    class &= k;
                    j += 1;
                }
                let letters = class & LETTER != 0;
                let ends = match bytes.get(j) {
                    None => true,
                    Some(&n) if ENDS_WORD[n as usize] => true,
                    // A closing curly quote, a dash, a no-break space: the word ends as surely
                    // as at ASCII punctuation (an apostrophe or a letter goes on below).
                    Some(&n) if n >= 0x80 => char_at(text, j).is_some_and(|(c, _)| {
                        (punctuation(c) || !c.is_alphanumeric()) && !is_joiner(c)
                    }),
                    // A full stop that cannot join ("T.J") ends the word, unless it is kept
                    // ("Jr.", "J.").
                    Some(b'.') => {
                        !bytes
                            .get(j + 1)
                            .is_some_and(|&m| m >= 0x80 || WORD_BYTE[m as usize])
                            && !keeps_stop(&text[i..j])
                    }
                    _ => false,
                };
                if ends {
                    let shape = if !letters || j - i < 2 {
                        shape_of(&text[i..j])
                    } else if b.is_ascii_uppercase() {
                        Shape::Cap
                    } else if j - i <= 5
                        && lex.particle_firsts[b as usize]
                        && lex.is_particle_ascii(&bytes[i..j])
                    {
                        Shape::Particle
                    } else if bytes[i + 1].is_ascii_uppercase() && irish_mutation(&bytes[i..j]) {
                        Shape::Cap
                    } else {
                        Shape::Lower
                    };
                    let start = sentence.start + i;
                    lone_t |= j - i == 1 && b == b't';
                    lone_capital |= j - i == 1 && b.is_ascii_uppercase();
                    letter_digits |= !letters && shape == Shape::Cap;
                    let sport_word = shape == Shape::Lower && lex.may_be_sport_word(&bytes[i..j]);
                    let (glued, opener) = link(&mut tokens, body, first_token, start, false);
                    tokens.push(Token {
                        span: Span::new(start, sentence.start + j),
                        shape,
                        possessive: false,
                        sentence: si as u32,
                        glued,
                        opener,
                        punct_after: false,
                        titlecase,
                        sport_word,
                    });
                    // (The usual space after a word is skipped here, not by the loop.)
                    i = j + usize::from(bytes.get(j) == Some(&b' '));
                    continue;
                }
            }
            let Some((c, clen)) = char_at(text, i) else {
                break;
            };
            if punctuation(c) || !c.is_alphanumeric() {
                i += clen;
                continue;
            }
            let at = i;
            let mut j = i + clen;
            // The last hyphen joined inside the word, and how many there are.
            let mut hyphen: Option<usize> = None;
            let mut hyphens = 0;
            let mut apostrophe = false;
            loop {
                // ASCII letters and digits in one sweep.
                while j < bytes.len() && WORD_BYTE[bytes[j] as usize] {
                    j += 1;
                }
                let Some((d, dlen)) = char_at(text, j) else {
                    break;
                };
                if !punctuation(d) && d.is_alphanumeric() {
                    j += dlen;
                    continue;
                }
                if is_joiner(d) {
                    if let Some((n, nlen)) = char_at(text, j + dlen) {
                        if n.is_alphanumeric() {
                            if matches!(d, '-' | '‐') {
                                hyphen = Some(j);
                                hyphens += 1;
                            } else if is_apostrophe(d) {
                                apostrophe = true;
                            }
                            j += dlen + nlen;
                            continue;
                        }
                    }
                }
                break;
            }
            let mut end = j;
            // "J.P." / "Jr." / "St.": keep the closing full stop.
            if char_at(text, j).is_some_and(|x| x.0 == '.') && keeps_stop(&text[at..end]) {
                end += 1;
                j += 1;
            }
            let mut word_end = end;
            let mut possessive = false;
            let word = &text[at..end];
            for s in ["’s", "'s", "ʼs", "’S", "'S"] {
                if !apostrophe {
                    break;
                }
                if word.len() > s.len() + 1 && word.ends_with(s) {
                    word_end = end - s.len();
                    possessive = true;
                    break;
                }
            }
            // "Ellis’ homer": a bare apostrophe after a final s.
            if !possessive && word.ends_with('s') {
                if let Some((a, alen)) = char_at(text, j) {
                    if is_apostrophe(a)
                        && !char_at(text, j + alen).is_some_and(|x| x.0.is_alphanumeric())
                        && word.chars().next().is_some_and(char::is_uppercase)
                    {
                        possessive = true;
                    }
                }
            }
            // "Kent-born", "Dublin-based": the lower-case tail is a word of its own.
            let word = &text[at..word_end];
            let mut pieces: [(usize, usize); 2] = [(at, word_end), (word_end, word_end)];
            let mut n = 1;
            if let (Some(h), 1) = (hyphen, hyphens) {
                let tail = text.get(h + 1..word_end).unwrap_or("");
                // "Hake-van Dijk", "Lopes-da Silva": a particle after the hyphen, then a
                // capitalised word, is the inside of a double surname.
                // ("Goes-van der Sloot": another particle may come first.)
                let particle_tail = tail.len() <= 5
                    && lex.flags(tail) & word::PARTICLE != 0
                    && text.as_bytes().get(j) == Some(&b' ')
                    && text.get(j + 1..).is_some_and(|r| {
                        let next = r.split([' ', ',', '.']).next().unwrap_or("");
                        next.starts_with(char::is_uppercase)
                            || (next.len() <= 5
                                && lex.flags(next) & word::PARTICLE != 0
                                && r[next.len()..].starts_with(' ')
                                && r[next.len() + 1..].starts_with(char::is_uppercase))
                    });
                // ("Park Ji-hoon": a lower-case tail that makes no adjective stays in the name.)
                let adjective_tail = || {
                    tail.ends_with("ed")
                        || tail.ends_with("ing")
                        || lex.flags(tail) & word::COMPOUND_TAIL != 0
                };
                if h > at
                    && word.chars().next().is_some_and(char::is_uppercase)
                    && !tail.is_empty()
                    && tail.chars().all(|c| c.is_lowercase())
                    && !particle_tail
                    && adjective_tail()
                {
                    pieces = [(at, h), (h, word_end)];
                    n = 2;
                }
            }
            for (k, &(s, e)) in pieces[..n].iter().enumerate() {
                let word = &text[s..e];
                let shape = if word.starts_with('-') {
                    Shape::Lower
                } else {
                    shape_of(word)
                };
                let start = sentence.start + s;
                lone_t |= word == "t";
                let sport_word = shape == Shape::Lower && lex.may_be_sport_word(word.as_bytes());
                let (glued, opener) = link(&mut tokens, body, first_token, start, k > 0);
                tokens.push(Token {
                    span: Span::new(start, sentence.start + e),
                    shape,
                    possessive: possessive && k == n - 1,
                    sentence: si as u32,
                    glued,
                    opener,
                    punct_after: false,
                    titlecase,
                    sport_word,
                });
            }
            i = j.max(i + 1);
        }
        if tokens.len() > first_token {
            if let Some(last) = tokens.last_mut() {
                last.punct_after = true;
            }
        }
        if lone_t {
            elided_articles(&mut tokens[first_token..], body);
        }
        if lone_capital {
            bare_initials(&mut tokens[first_token..], body);
        }
        if letter_digits {
            table_columns(&mut tokens[first_token..], body);
        }
    }
    tokens
}

/// Scorer and official lists write initials without a stop ("Scorers: P Deegan 0-4, J
/// Walsh-Kenny 0-5", "Referee: M Oyelaran"): a lone capital right before a capitalised word that
/// is no ordinary word is an initial. Not "A" or "I" (words of their own), not a capital after
/// another one or after a capitalised word ("W D L Pts", "Pool B Winners"), and not before an
/// ordinary word ("K League", "X Games", "E Street").
fn bare_initials(tokens: &mut [Token], body: &str) {
    for k in 0..tokens.len().saturating_sub(1) {
        let span = tokens[k].span;
        let letter = body.as_bytes()[span.start];
        if span.end != span.start + 1
            || !letter.is_ascii_uppercase()
            || matches!(letter, b'A' | b'I')
            || tokens[k].shape != Shape::Lower
            || tokens[k].possessive
        {
            continue;
        }
        let next = &tokens[k + 1];
        if !next.glued || next.shape != Shape::Cap || next.titlecase {
            continue;
        }
        let after_name = k > 0 && {
            let prev = &tokens[k - 1];
            let lone_capital = prev.span.end == prev.span.start + 1
                && body.as_bytes()[prev.span.start].is_ascii_uppercase();
            (tokens[k].glued && matches!(prev.shape, Shape::Cap | Shape::Initials))
                || (lone_capital && prev.span.end + 2 >= span.start)
        };
        if after_name || LEXICON.is_common(&body[next.span.start..next.span.end]) {
            continue;
        }
        tokens[k].shape = Shape::Initials;
    }
}

/// A league table's columns ("Banks o' Dee P26 W15 D4 L7 GD+30 Pts49", "Meath — P5 W4 D0 L1"):
/// two or more words side by side, each a capital (and up to two letters more) then digits, are
/// counts, not names. ("U18", "T20" alone stay words of a squad's or a competition's name.)
fn table_columns(tokens: &mut [Token], body: &str) {
    let column = |t: &Token| {
        let w = &body.as_bytes()[t.span.start..t.span.end];
        let letters = w.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        t.shape == Shape::Cap
            && w[0].is_ascii_uppercase()
            && (1..=3).contains(&letters)
            && letters < w.len()
            && w[letters..].iter().all(u8::is_ascii_digit)
    };
    let marks: Vec<bool> = tokens.iter().map(column).collect();
    for k in 0..tokens.len() {
        let beside = |j: usize| marks[j] && tokens[j.max(k)].glued;
        if marks[k] && ((k > 0 && beside(k - 1)) || (k + 1 < tokens.len() && beside(k + 1))) {
            tokens[k].shape = Shape::Number;
        }
    }
}

/// Dutch "'t" (het) inside a surname ("Van 't Hek", "Jesper van 't Zand"): after "van" or "op",
/// before a capitalised word, it is a particle joined to both, its apostrophe no punctuation.
fn elided_articles(tokens: &mut [Token], body: &str) {
    for k in 1..tokens.len().saturating_sub(1) {
        let span = tokens[k].span;
        // (A length test first: this looks at every token.)
        if span.end != span.start + 1 || body.as_bytes()[span.start] != b't' {
            continue;
        }
        let prev = tokens[k - 1].span;
        let gap = &body[prev.end..span.start];
        let before = &body[prev.start..prev.end];
        if !matches!(gap, " '" | " ’")
            || !(before.eq_ignore_ascii_case("van") || before.eq_ignore_ascii_case("op"))
            || tokens[k - 1].possessive
            || !tokens[k + 1].glued
            || tokens[k + 1].shape != Shape::Cap
        {
            continue;
        }
        tokens[k - 1].punct_after = false;
        let t = &mut tokens[k];
        t.shape = Shape::Particle;
        t.glued = true;
        t.opener = false;
    }
}

/// How a token starting at `start` joins the one before it in its sentence (tokens from
/// `first_token` on): `(glued, opener)`; marks punctuation after the previous token. `split` is
/// the tail of a split word ("-born"), glued with no gap.
#[inline(always)]
fn link(
    tokens: &mut [Token],
    body: &str,
    first_token: usize,
    start: usize,
    split: bool,
) -> (bool, bool) {
    let Some(p) = tokens.len().checked_sub(1).filter(|&p| p >= first_token) else {
        return (false, true);
    };
    let prev = &mut tokens[p];
    // The common gap, one space.
    if prev.span.end + 1 == start && body.as_bytes()[prev.span.end] == b' ' {
        prev.punct_after = prev.possessive;
        return (!prev.possessive, false);
    }
    let gap = &body[prev.span.end..start];
    let glued = !prev.possessive && (gap == " " || gap == "\u{a0}" || (split && gap.is_empty()));
    if gap.is_ascii() {
        // The same tests by bytes (ASCII whitespace as `char::is_whitespace` has it).
        let space = |b: &u8| matches!(b, b'\t'..=b'\r' | b' ');
        let opener = gap
            .bytes()
            .rev()
            .find(|b| !space(b))
            .is_some_and(|b| matches!(b, b'"' | b'(' | b'[' | b'\'' | b':' | b'-'));
        prev.punct_after = gap.bytes().any(|b| !space(&b)) || prev.possessive;
        return (glued, opener);
    }
    let opener = gap.trim_end().chars().last().is_some_and(|c| {
        matches!(
            c,
            '“' | '"' | '‘' | '(' | '[' | '\'' | ':' | '—' | '–' | '-' | '•' | '…'
        )
    });
    let punct = gap.chars().any(|c| !c.is_whitespace());
    prev.punct_after = punct || prev.possessive;
    (glued, opener)
}

/// Headline and heading paragraphs written in Title Case ("Gasperini Leaving Atalanta Ends a
/// Perfect Marriage"), where capitals say nothing about names.
fn titlecase_paragraphs(doc: &Doc) -> Vec<bool> {
    doc.paragraphs
        .iter()
        .map(|p| {
            if !matches!(p.kind, ParagraphKind::Headline | ParagraphKind::Heading) {
                return false;
            }
            let text = doc.text(p.span);
            if p.kind == ParagraphKind::Heading && results_line(text) {
                return false;
            }
            // Counted as they come, nothing collected.
            let (mut words, mut caps) = (0usize, 0usize);
            let long_words = text
                .split(|c: char| !c.is_alphanumeric() && !is_joiner(c))
                .filter(|w| {
                    w.chars().nth(3).is_some() && w.chars().next().is_some_and(char::is_alphabetic)
                })
                .skip(1);
            // (A lower-case word that Title Case would capitalise says the line is in
            // sentence case, whatever names fill it: "European Quadball Cup final: Brussels
            // Basilisks 155*-130 Madrid Manticores".)
            let mut sentence_case = false;
            for w in long_words {
                words += 1;
                let upper = w.chars().next().is_some_and(char::is_uppercase);
                caps += usize::from(upper);
                sentence_case |= !upper && !LEXICON.title_case_lower.iter().any(|t| t == w);
            }
            words >= 3 && caps * 4 >= words * 3 && !sentence_case
        })
        .collect()
}

/// A heading that is a results line, "Polonia London 3-0 Bristol City (25-19, …)": a few
/// capitalised words, a scoreline and a few more, then at most a bracket. Its capitals are
/// names, not Title Case. (Not "Everton 2-1 Brentford: Header Completes Comeback".)
fn results_line(text: &str) -> bool {
    if text.contains(": ") {
        return false;
    }
    let Some(m) = SCORELINE.find(text) else {
        return false;
    };
    let tail = text[m.end()..].split('(').next().unwrap_or("");
    let names = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        (1..=4).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "&" | "de" | "van" | "of")
            })
    };
    names(&text[..m.start()]) && names(tail)
}

static SCORELINE: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r"\b\d{1,3} ?[-–:] ?\d{1,3}\b").unwrap());

/// A run of tokens that may hold names: capitalised words, initials and inner particles, joined
/// by single spaces within a sentence, closed by a possessive. `first..=last` index tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub first: usize,
    pub last: usize,
    /// A nickname in quotes inside the name ("Darnell “D-Train” Okwuosa"), as a token range.
    pub nickname: Option<(usize, usize)>,
}

/// The capitalised runs of a token list. `given(i)`: token `i` (a capitalised word or initials)
/// is a known given name (the caller has every capitalised token's word bits at hand).
pub fn runs(tokens: &[Token], body: &str, given: impl Fn(usize) -> bool) -> Vec<Run> {
    // (Room for a run every eight tokens, about what articles hold: few regrowths.)
    let mut out = Vec::with_capacity(tokens.len() / 8);
    let mut i = 0;
    while i < tokens.len() {
        // (Most tokens are lower-case words: skipped by one tight search.)
        match tokens[i..]
            .iter()
            .position(|t| matches!(t.shape, Shape::Cap | Shape::Initials | Shape::Particle))
        {
            Some(skip) => i += skip,
            None => break,
        }
        let t = &tokens[i];
        let starts = matches!(t.shape, Shape::Cap | Shape::Initials)
            || (t.shape == Shape::Particle && particle_leads_to_cap(tokens, i));
        if !starts {
            i += 1;
            continue;
        }
        let mut last = i;
        let mut j = i;
        let mut nickname = None;
        while j + 1 < tokens.len() {
            if tokens[j].possessive {
                // "UEFA Women's Europa Cup": a competition's name goes on past "Women's".
                match gendered_competition(tokens, body, j) {
                    Some(end) => {
                        j = end;
                        last = end;
                        continue;
                    }
                    None => break,
                }
            }
            let n = &tokens[j + 1];
            if !n.glued || n.sentence != tokens[j].sentence {
                if nickname.is_none() && given(j) {
                    if let Some(nick) = nickname_after(tokens, body, j) {
                        nickname = Some(nick);
                        j = nick.1 + 1;
                        last = j;
                        continue;
                    }
                }
                break;
            }
            match n.shape {
                Shape::Cap | Shape::Initials => {
                    j += 1;
                    last = j;
                }
                // "Schalke 04", "Spandau 04": a club's founding year, two digits with a
                // leading zero, closes its name (no score or count is written so; a time,
                // "08:15", goes on).
                Shape::Number
                    if founding_digits(&body[n.span.start..n.span.end])
                        && !body[n.span.end..].starts_with([':', '.', '/', '-']) =>
                {
                    last = j + 1;
                    break;
                }
                // "Hallam Park 1st XV", "Beaufort House 2nd XI": a school's or club's squad,
                // an ordinal and a side's size in Roman numerals, goes on the name.
                Shape::Number if squad_ordinal(tokens, body, j + 1) => {
                    j += 2;
                    last = j;
                }
                Shape::Particle if particle_leads_to_cap(tokens, j + 1) => j += 1,
                // "Mac an tSaoir", "Nic an Bhaird": the article inside an Irish surname.
                Shape::Lower if irish_article(tokens, body, j) => j += 1,
                // "Club an der Alster", "Mülheim an der Ruhr": German "an der" before a name.
                Shape::Lower if german_an_der(tokens, body, j + 1) => j += 1,
                _ => break,
            }
        }
        out.push(Run {
            first: i,
            last,
            nickname,
        });
        i = last + 1;
    }
    out
}

/// Where a club's ordinal starts when one opens the name at token `i`: a one-digit number and
/// its stop right before a club's form in capitals, inside a sentence ("beat 1. SC Vítkovice";
/// a line's opening number is a place in a table: "3. TTF Liebherr Ochsenhausen 22:10").
pub fn club_ordinal_start(tokens: &[Token], body: &str, i: usize) -> Option<usize> {
    let n = &tokens[i.checked_sub(1)?];
    let form = &body[tokens[i].span.start..tokens[i].span.end];
    let inside = i >= 2 && tokens[i - 2].sentence == n.sentence;
    (inside
        && n.shape == Shape::Number
        && n.sentence == tokens[i].sentence
        && crate::extract::text::club_ordinal(
            &body[n.span.start..n.span.end],
            &body[n.span.end..tokens[i].span.start],
            form,
        ))
    .then_some(n.span.start)
}

/// Token `i` is an ordinal ("1st", "2nd") and the next, glued to it, a side's size in Roman
/// numerals ("XV", "XI", "VIII", "XIII"): a squad of a school or club ("1st XV").
fn squad_ordinal(tokens: &[Token], body: &str, i: usize) -> bool {
    let Some(size) = tokens.get(i + 1) else {
        return false;
    };
    let ordinal = &body[tokens[i].span.start..tokens[i].span.end];
    let digits = ordinal.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && matches!(&ordinal[digits..], "st" | "nd" | "rd" | "th")
        && size.glued
        && matches!(
            &body[size.span.start..size.span.end],
            "XV" | "XI" | "VIII" | "XIII" | "VII" | "IV" | "V"
        )
}

/// Two digits with a leading zero ("04"): the year a club's name carries.
pub fn founding_digits(word: &str) -> bool {
    matches!(word.as_bytes(), [b'0', d] if d.is_ascii_digit())
}

/// Token `j` is "Women's" or "Men's" and a run of capitalised words joined to it by a space ends
/// in a competition's cue word ("UEFA Women's Europa Cup", "FIFA Men's World Cup"): the index of
/// that last word. ("Chelsea Women's Sam Kerr" goes no further.)
fn gendered_competition(tokens: &[Token], body: &str, j: usize) -> Option<usize> {
    let text = |t: &Token| &body[t.span.start..t.span.end];
    if !matches!(text(&tokens[j]), "Women" | "Men") {
        return None;
    }
    let gap = &body[tokens[j].span.end..tokens.get(j + 1)?.span.start];
    if !matches!(gap, "'s " | "’s ") || tokens[j + 1].sentence != tokens[j].sentence {
        return None;
    }
    let mut k = j + 1;
    while tokens[k].shape == Shape::Cap {
        if LEXICON.type_cue(text(&tokens[k]), false, true) == Some(EntityType::Competition) {
            return Some(k);
        }
        match tokens.get(k + 1) {
            Some(n) if n.glued && n.sentence == tokens[k].sentence && !tokens[k].possessive => {
                k += 1
            }
            _ => return None,
        }
    }
    None
}

/// A quoted nickname of one to three words right after token `j` and before a capitalised
/// surname: `Darnell “D-Train” Okwuosa`, `Jerome "The Bus" Bettis`.
fn nickname_after(tokens: &[Token], body: &str, j: usize) -> Option<(usize, usize)> {
    let gap = |a: usize| &body[tokens[a].span.end..tokens[a + 1].span.start];
    if !matches!(gap(j), " “" | " \"" | " ‘" | " '") {
        return None;
    }
    let sentence = tokens[j].sentence;
    for k in j + 1..(j + 4).min(tokens.len() - 1) {
        if tokens[k + 1].sentence != sentence || tokens[k].possessive {
            return None;
        }
        let g = gap(k);
        if matches!(g, "” " | "\" " | "’ " | "' ") {
            return (tokens[k + 1].shape == Shape::Cap).then_some((j + 1, k));
        }
        if g != " " {
            return None;
        }
    }
    None
}

/// Token `j` is "Mac", "Mc", "Nic" or "Mhic", the next one "an" and the one after it a capitalised
/// word joined to it: an Irish surname ("Mac an tSaoir"), not an article before a noun.
fn irish_article(tokens: &[Token], body: &str, j: usize) -> bool {
    let text = |t: &Token| &body[t.span.start..t.span.end];
    matches!(text(&tokens[j]), "Mac" | "Nic" | "Mhic")
        && tokens.get(j + 1).is_some_and(|t| text(t) == "an")
        && tokens
            .get(j + 2)
            .is_some_and(|t| t.glued && t.sentence == tokens[j].sentence && t.shape == Shape::Cap)
}

/// Token `i` is "an" before "der" and a capitalised word, all joined: the German "an der" inside a
/// name ("Club an der Alster", "Frankfurt an der Oder").
fn german_an_der(tokens: &[Token], body: &str, i: usize) -> bool {
    let text = |t: &Token| &body[t.span.start..t.span.end];
    tokens.get(i).is_some_and(|t| text(t) == "an")
        && tokens
            .get(i + 1)
            .is_some_and(|t| t.glued && t.sentence == tokens[i].sentence && text(t) == "der")
        && particle_leads_to_cap(tokens, i + 1)
}

/// A particle (or a chain of them, "de la") followed by a capitalised word in the same run.
fn particle_leads_to_cap(tokens: &[Token], i: usize) -> bool {
    let mut j = i;
    while tokens[j].shape == Shape::Particle && !tokens[j].possessive {
        match tokens.get(j + 1) {
            Some(n) if n.glued && n.sentence == tokens[j].sentence => j += 1,
            _ => return false,
        }
    }
    j > i && tokens[j].shape == Shape::Cap
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::ArticleMeta;

    fn doc(text: &str) -> Doc {
        let mut d = Doc::from_body(text.to_string(), ArticleMeta::default());
        d.sentences = crate::sentences::split(&d);
        d
    }

    fn run_texts(text: &str) -> Vec<String> {
        let d = doc(text);
        let tokens = tokenize(&d);
        runs(&tokens, &d.body, |j| {
            LEXICON.is_given(&d.body[tokens[j].span.start..tokens[j].span.end])
        })
        .into_iter()
        .map(|r| d.body[tokens[r.first].span.start..tokens[r.last].span.end].to_string())
        .collect()
    }

    /// A results line set as a heading names sides in its capitals; a Title Case heading
    /// (with a score or not) does not.
    #[test]
    fn results_line_headings_are_no_title_case() {
        let mut d = doc(
            "Polonia London 3-0 Bristol City (25-19, 25-21, 25-17)\n\nWessex Wildcats 2:3 London \
             Lynx\n\nMud Hens Rally Past Clippers 7-5 At Fifth Third Field\n\nEverton 2-1 \
             Brentford: Late Header Completes Comeback\n\nThe champions won again.",
        );
        for p in &mut d.paragraphs[..4] {
            p.kind = ParagraphKind::Heading;
        }
        assert_eq!(titlecase_paragraphs(&d), [false, false, true, true, false]);
    }

    #[test]
    fn runs_hold_particles_initials_and_suffixes() {
        assert_eq!(
            run_texts("Then J.P. van Rensburg met Marcus Ellis Jr. and di Santo’s side in Kent-born style."),
            ["Then J.P. van Rensburg", "Marcus Ellis Jr.", "di Santo", "Kent"]
        );
        assert_eq!(
            run_texts("Juan Carlos de la Torre beat Marco d’Alessandro, Ødegård-Lind’s friend."),
            [
                "Juan Carlos de la Torre",
                "Marco d’Alessandro",
                "Ødegård-Lind"
            ]
        );
        assert_eq!(run_texts("It was a van and de facto win."), ["It"]);
        // Irish mutations and the article inside an Irish surname; a particle after a hyphen.
        assert_eq!(
            run_texts(
                "Referee Niall Mac an tSaoir booked Ciarán Ó hAilpín, René Hake-van Dijk and Wim \
                 Goes-van der Sloot."
            ),
            [
                "Referee Niall Mac an tSaoir",
                "Ciarán Ó hAilpín",
                "René Hake-van Dijk",
                "Wim Goes-van der Sloot"
            ]
        );
        assert_eq!(
            run_texts("He took an Arsenal shirt, tested mRNA, and was Kent-born."),
            ["He", "Arsenal", "Kent"]
        );
        // A competition's name goes on past "Women's"/"Men's"; a player's does not.
        assert_eq!(
            run_texts("The UEFA Women's Europa Cup tie saw Chelsea Women's Sam Kerr score."),
            ["The UEFA Women's Europa Cup", "Chelsea Women", "Sam Kerr"]
        );
        // German "an der" inside a name; "an" alone stays out ("gave Jordan an Italian passport").
        assert_eq!(
            run_texts(
                "Club an der Alster drew, and Jordan an Italian passport in Frankfurt an der Oder."
            ),
            [
                "Club an der Alster",
                "Jordan",
                "Italian",
                "Frankfurt an der Oder"
            ]
        );
        // Dutch "'t" after "van" before a capital is inside the surname; a quoted word is not.
        assert_eq!(
            run_texts("Jesper van 't Zand scored and Van ’t Hek watched, a van 'the Bus' drove."),
            ["Jesper van 't Zand", "Van ’t Hek", "Bus"]
        );
    }

    #[test]
    fn shapes() {
        assert_eq!(shape_of("T.J."), Shape::Initials);
        assert_eq!(shape_of("d’Alessandro"), Shape::Cap);
        assert_eq!(shape_of("van"), Shape::Particle);
        assert_eq!(shape_of("Çalhanoğlu"), Shape::Cap);
        assert_eq!(shape_of("said"), Shape::Lower);
        assert_eq!(shape_of("tSaoir"), Shape::Cap);
        assert_eq!(shape_of("hAilpín"), Shape::Cap);
        assert_eq!(shape_of("bhFearghail"), Shape::Cap);
        assert_eq!(shape_of("mRNA"), Shape::Lower);
    }

    #[test]
    fn possessives_and_openers() {
        let d = doc("“We won,” said Ellis’ coach. Atalanta’s win");
        let t = tokenize(&d);
        let words: Vec<&str> = t.iter().map(|t| d.text(t.span)).collect();
        assert_eq!(
            words,
            ["We", "won", "said", "Ellis", "coach", "Atalanta", "win"]
        );
        assert!(t[0].opener && t[3].possessive && t[5].possessive && t[5].opener);
        assert!(!t[2].opener);
    }
}
