//! Quote marks: one scan of each paragraph for the characters that can open or close a quotation,
//! each classified by its neighbours, then paired with a small stack that lives for one paragraph.
//!
//! - Apostrophes never pair: a mark between two letters (don’t, O’Neill, Atalanta’s), a mark
//!   after a space before a letter or digit (the ’90s, rock ’n’ roll), and a closing single mark
//!   with no single opening mark before it in the paragraph (players’, “wasn’ the case”).
//! - A closing single mark after a letter and before another word ("the fans’ support") is weak:
//!   inside a single-quoted quotation it closes only when no stronger closing mark follows first.
//! - Pairing is local: the stack is emptied at every paragraph end, so one stray mark costs at most
//!   its own paragraph. The one exception is the news convention for quotations over several
//!   paragraphs: no closing mark at the end of a paragraph and an opening mark of the same kind at
//!   the start of the next. That run is one quotation from its first opening to its last closing
//!   mark.
//! - A quotation left open at the end of its paragraph with no continuation is kept (to the end of
//!   the paragraph) only when it opens the paragraph or follows a colon: a closing mark lost in
//!   scraping. Any other unclosed mark is dropped.
//! - Quotations inside quotations belong to the outer one and are not reported.

use super::LISTS;
use crate::doc::{Doc, ParagraphKind, Span};

/// The kind of mark: quotes pair only with marks of the same family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Family {
    Double,
    Single,
    Angle,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight double mark between two words: it closes an open quotation, else opens one.
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    len: usize,
    family: Family,
    role: Role,
    /// A closing single mark after a letter and before a word: possibly an apostrophe.
    weak: bool,
}

/// One quotation found by its marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Found {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The words inside the marks, trimmed of surrounding whitespace.
    pub content: Span,
    /// Byte offset just after the closing mark (the content end when the mark is missing).
    pub close_end: usize,
    pub family: Family,
}

/// Every top-level quotation of the body, in text order.
pub(super) fn find(doc: &Doc) -> Vec<Found> {
    let body = doc.body.as_str();
    let mut out = Vec::new();
    let mut carried: Option<Mark> = None;
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let span = para.span;
        if span.end > body.len() || !body.is_char_boundary(span.start) {
            carried = None;
            continue;
        }
        let marks = scan(body, span);
        let strong_ahead = strong_close_ahead(&marks);
        let mut stack: Vec<Mark> = Vec::new();
        let mut pairs: Vec<(Mark, Mark)> = Vec::new();
        let mut first = 0;
        if let Some(open) = carried.take() {
            // The continuation mark that opens this paragraph is not a new quotation.
            stack.push(open);
            first = 1;
        }
        for i in first..marks.len() {
            let m = marks[i];
            let role = match m.role {
                Role::Either if stack.iter().any(|o| o.family == m.family) => Role::Close,
                Role::Either => Role::Open,
                r => r,
            };
            match role {
                Role::Open | Role::Either => stack.push(m),
                Role::Close => {
                    let Some(k) = stack.iter().rposition(|o| o.family == m.family) else {
                        continue;
                    };
                    if m.weak && strong_ahead[i] {
                        continue;
                    }
                    let open = stack[k];
                    stack.truncate(k);
                    pairs.push((open, m));
                }
            }
        }
        // What is still open at the end of the paragraph.
        if let Some(&outer) = stack.first() {
            let next = doc.paragraphs.get(p + 1);
            // Only a quotation that reads as speech runs on: it starts with a capital.
            let speech = body[outer.at + outer.len..span.end]
                .chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| c.is_uppercase() || c.is_numeric());
            let continues = speech
                && next.is_some_and(|n| {
                    matches!(n.kind, ParagraphKind::Text | ParagraphKind::Blockquote)
                        && n.span.end <= body.len()
                        && scan_first(body, n.span)
                            .is_some_and(|f| f.family == outer.family && f.role != Role::Close)
                });
            if continues {
                carried = Some(outer);
            } else if opens_speech(body, span, outer) {
                let content = trim(body, outer.at + outer.len, span.end);
                push_found(&mut out, body, outer, content, span.end);
            }
        }
        pairs.sort_by_key(|(o, _)| o.at);
        for (open, close) in pairs {
            let content = trim(body, open.at + open.len, close.at);
            push_found(&mut out, body, open, content, close.at + close.len);
        }
    }
    out.sort_by_key(|f| (f.open, std::cmp::Reverse(f.close_end)));
    // Drop quotations inside quotations (and, from a carried run, the duplicates it may leave).
    let mut top: Vec<Found> = Vec::with_capacity(out.len());
    for f in out {
        if top
            .last()
            .is_some_and(|t| f.open >= t.open && f.close_end <= t.close_end)
        {
            continue;
        }
        top.push(f);
    }
    top
}

fn push_found(out: &mut Vec<Found>, body: &str, open: Mark, content: Span, close_end: usize) {
    if body[content.start..content.end]
        .chars()
        .any(char::is_alphanumeric)
    {
        out.push(Found {
            open: open.at,
            content,
            close_end,
            family: open.family,
        });
    }
}

fn trim(body: &str, start: usize, end: usize) -> Span {
    let end = end.max(start);
    let text = &body[start..end];
    let lead = text.len() - text.trim_start().len();
    let kept = text.trim();
    Span::new(start + lead, start + lead + kept.len())
}

/// Per mark: whether a later single closing mark that is not weak comes before any new single
/// opening mark (one backward pass, so a paragraph full of "players’" stays linear).
fn strong_close_ahead(marks: &[Mark]) -> Vec<bool> {
    let mut out = vec![false; marks.len()];
    let mut next = false;
    for (i, m) in marks.iter().enumerate().rev() {
        out[i] = next;
        if m.family == Family::Single {
            match m.role {
                Role::Open | Role::Either => next = false,
                Role::Close if !m.weak => next = true,
                Role::Close => {}
            }
        }
    }
    out
}

/// An unclosed quotation is kept when it opens its paragraph or follows a colon, or when it is a
/// run carried over from earlier paragraphs.
fn opens_speech(body: &str, para: Span, open: Mark) -> bool {
    if open.at < para.start {
        return true;
    }
    let before = body[para.start..open.at].trim_end();
    before.is_empty() || before.ends_with(':')
}

/// The first mark of a paragraph, when the paragraph starts with it.
fn scan_first(body: &str, span: Span) -> Option<Mark> {
    let text = &body[span.start..span.end];
    let lead = text.len() - text.trim_start().len();
    let c = text[lead..].chars().next()?;
    if !is_mark_char(c) {
        return None;
    }
    let at = span.start + lead;
    classify(body, span, at, c)
}

fn is_mark_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '„' | '‘' | '’' | '‚' | '«' | '»' | '‹' | '›'
    )
}

/// Every quote mark of one paragraph, classified. Bytes other than `"`, `'` and the lead bytes of
/// the curly marks and guillemets are skipped without decoding.
fn scan(body: &str, span: Span) -> Vec<Mark> {
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut take = |i: usize| -> usize {
        match body[i..].chars().next() {
            Some(c) => {
                if is_mark_char(c) {
                    if let Some(m) = classify(body, span, i, c) {
                        out.push(m);
                    }
                }
                c.len_utf8()
            }
            None => 1,
        }
    };
    let text = &bytes[span.start..span.end];
    // Marks start with one of four bytes: '"', '\'', 0xE2 (curly quotes) and 0xC2 (guillemets).
    // Guillemets are rare, so a paragraph without any is searched three bytes at a time.
    if memchr::memchr(0xC2, text).is_none() {
        let mut i = 0;
        while let Some(k) = memchr::memchr3(b'"', b'\'', 0xE2, &text[i..]) {
            i += k;
            i += take(span.start + i);
        }
    } else {
        let mut i = 0;
        while i < text.len() {
            let b = text[i];
            i += if b == b'"' || b == b'\'' || b == 0xE2 || b == 0xC2 {
                take(span.start + i)
            } else {
                1
            };
        }
    }
    out
}

/// Opening punctuation after which a mark opens: brackets, dashes, slashes and opening marks.
fn opens_after(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '(' | '[' | '{' | '<' | '–' | '—' | '-' | '/' | '“' | '‘' | '«' | '‹' | '„' | '‚'
        )
}

/// Punctuation before which a mark closes.
fn closes_before(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | '.'
                | ';'
                | ':'
                | '!'
                | '?'
                | ')'
                | ']'
                | '}'
                | '…'
                | '–'
                | '—'
                | '-'
                | '/'
                | '”'
                | '’'
                | '»'
                | '›'
                | '"'
                | '\''
        )
}

fn classify(body: &str, span: Span, at: usize, c: char) -> Option<Mark> {
    let len = c.len_utf8();
    let before = &body[span.start..at];
    let after = &body[at + len..span.end];
    let prev = before.chars().next_back();
    let next = after.chars().next();
    // A straight mark before this one counts as opening punctuation only when it opens itself.
    let prev_opens = match prev {
        None => true,
        Some('"' | '\'') => before[..before.len() - 1]
            .chars()
            .next_back()
            .is_none_or(opens_after),
        Some(p) => opens_after(p),
    };
    let next_closes = next.is_none_or(closes_before);
    let next_space = next.is_none_or(char::is_whitespace);
    let prev_word = prev.is_some_and(char::is_alphanumeric);
    let next_word = next.is_some_and(char::is_alphanumeric);
    let can_open = prev_opens && !next_space;
    let can_close = !prev_opens && next_closes;
    // After a letter and before a space and a word: "players’ union", "wasn’ the".
    let weak_close = prev_word && next_space && {
        let rest = after.trim_start();
        rest.len() < after.len() && rest.chars().next().is_some_and(char::is_alphanumeric)
    };
    let mark = |family, role, weak| {
        Some(Mark {
            at,
            len,
            family,
            role,
            weak,
        })
    };
    match c {
        '“' if can_open => mark(Family::Double, Role::Open, false),
        '“' if can_close => mark(Family::Double, Role::Close, false),
        '”' if can_close => mark(Family::Double, Role::Close, false),
        '”' if can_open => mark(Family::Double, Role::Open, false),
        '„' if !next_space => mark(Family::Double, Role::Open, false),
        '"' if can_open => mark(Family::Double, Role::Open, false),
        '"' if can_close => mark(Family::Double, Role::Close, false),
        '"' if prev_word && next_word => mark(Family::Double, Role::Either, false),
        '«' | '»' if can_open => mark(Family::Angle, Role::Open, false),
        '«' | '»' if can_close => mark(Family::Angle, Role::Close, false),
        '‹' | '›' | '‚' if can_open => mark(Family::Single, Role::Open, false),
        '‹' | '›' if can_close => mark(Family::Single, Role::Close, false),
        '‘' | '’' | '\'' if prev_word && next_word => None,
        '‘' | '\'' if can_open => {
            if elided(after) {
                None
            } else {
                mark(Family::Single, Role::Open, false)
            }
        }
        // ’ after a space is an elision (the ’90s, ’em), never an opening mark.
        '’' | '\'' | '‘' if can_close => mark(Family::Single, Role::Close, weak_close),
        // Curly marks keep their direction when spacing is sloppy: said:“Yes”, “Yes”said.
        '“' if !next_space => mark(Family::Double, Role::Open, false),
        '”' if !prev.is_none_or(char::is_whitespace) => mark(Family::Double, Role::Close, false),
        '‘' if !next_space && !prev_word && !elided(after) => {
            mark(Family::Single, Role::Open, false)
        }
        _ => None,
    }
}

/// Whether the text after a leading apostrophe is an elided word: the '90s, 'n', 'em, 'til.
fn elided(after: &str) -> bool {
    let mut chars = after.chars();
    if chars.next().is_some_and(|c| c.is_ascii_digit())
        && chars.next().is_some_and(|c| c.is_ascii_digit())
    {
        return true;
    }
    let end = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    let word = after[..end].to_lowercase();
    LISTS.has(&word, super::ELISION)
}
