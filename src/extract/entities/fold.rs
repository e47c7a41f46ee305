//! Folding: the body copied once into a parallel ASCII-ish buffer (accents stripped, curly quotes
//! and dashes made plain) with a map from every folded byte back to the body, so one automaton
//! over folded aliases finds "Rakow Czestochowa" and "Raków Częstochowa" alike and still reports
//! body offsets.

use crate::doc::Span;

/// The folded text of a body and the way back from folded bytes to body bytes.
pub struct Folded {
    pub text: String,
    /// `text` in lower case (the automaton's haystack).
    pub lower: String,
    /// One entry per non-ASCII char, in text order: the folded bytes it became
    /// (`folded.0..folded.1`) and the body bytes it was (`body.0..body.1`). ASCII copies across
    /// one to one, so between entries the two texts differ by a constant shift; most bodies are
    /// nearly all ASCII, so this stays short where a map per byte would cost eight bytes a byte.
    pieces: Vec<Piece>,
}

#[derive(Clone, Copy)]
struct Piece {
    folded: (u32, u32),
    body: (u32, u32),
}

impl Folded {
    pub fn new(body: &str) -> Folded {
        let mut text = String::with_capacity(body.len() + body.len() / 16);
        let mut pieces = Vec::new();
        let bytes = body.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // ASCII runs copy straight across.
            let run = ascii_prefix(&bytes[at..]);
            if run > 0 {
                text.push_str(&body[at..at + run]);
                at += run;
                continue;
            }
            let Some(c) = body[at..].chars().next() else {
                break;
            };
            let end = at + c.len_utf8();
            let piece = fold_char(c);
            pieces.push(Piece {
                folded: (text.len() as u32, (text.len() + piece.len()) as u32),
                body: (at as u32, end as u32),
            });
            text.push_str(piece);
            at = end;
        }
        // (Lower-cased in one pass at the end, not run by run.)
        let lower = text.to_ascii_lowercase();
        Folded {
            text,
            lower,
            pieces,
        }
    }

    /// The body span of folded bytes `start..end` (`start < end`).
    pub fn body_span(&self, start: usize, end: usize) -> Span {
        Span::new(self.body_range(start).0, self.body_range(end - 1).1)
    }

    /// The body bytes of the char that folded byte `i` came from.
    fn body_range(&self, i: usize) -> (usize, usize) {
        let i = i as u32;
        let k = self.pieces.partition_point(|p| p.folded.0 <= i);
        let Some(p) = k.checked_sub(1).map(|k| self.pieces[k]) else {
            return (i as usize, i as usize + 1);
        };
        if i < p.folded.1 {
            return (p.body.0 as usize, p.body.1 as usize);
        }
        let b = (i - p.folded.1 + p.body.1) as usize;
        (b, b + 1)
    }
}

/// How many bytes of `bytes` are ASCII before the first that is not, tested eight at a time.
fn ascii_prefix(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let v = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        if v & HIGH != 0 {
            return i + ((v & HIGH).trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i + bytes[i..]
        .iter()
        .position(|b| !b.is_ascii())
        .unwrap_or(bytes.len() - i)
}

/// The ASCII form of one non-ASCII char: letters lose their accents (deunicode), quotes and
/// hyphens become their plain form, anything else becomes a space (a word boundary).
pub fn fold_char(c: char) -> &'static str {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '\u{00B4}' | '\u{0060}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => "\"",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' => "-",
        // An en or em dash parts two names ("Tappara–Ilves 4–3"), where a hyphen may join two
        // into one ("Mackintosh-Leith"): a dash between spaces, as in "BOSTON — " (the names the
        // lists spell with one, "Liège–Bastogne–Liège", fold the same way).
        '\u{2013}' | '\u{2014}' => " - ",
        _ if c.is_alphanumeric() => match deunicode::deunicode_char(c) {
            // Scripts deunicode spells with a trailing space ("Zhong ") keep only the letters.
            Some(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric()) => s,
            Some(s) => {
                let t = s.trim();
                if !t.is_empty() && t.bytes().all(|b| b.is_ascii_alphanumeric()) {
                    t
                } else {
                    "_"
                }
            }
            None => "_",
        },
        _ => " ",
    }
}

/// A whole string folded the same way (for aliases and word lists).
pub fn fold_str(s: &str) -> String {
    // (ASCII folds to itself: copied whole, not char by char. Most of the gazetteers' thirteen
    // thousand surfaces are, at every start.)
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(fold_char(c));
        }
    }
    out
}

/// Folded and lower-cased, whitespace collapsed: the key names are compared by.
pub fn key(s: &str) -> String {
    // The usual case: plain ASCII, single spaces, nothing to fold.
    if plain_word(s.as_bytes()) || (s.is_ascii() && tidy_spacing(s.as_bytes())) {
        return s.to_ascii_lowercase();
    }
    let mut folded = fold_str(s);
    folded.make_ascii_lowercase();
    if tidy_spacing(folded.as_bytes()) {
        return folded;
    }
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `key(s) == key`, without building the key in the usual case (plain ASCII, single
/// spaces: the key is `s` in lower case).
pub fn key_is(s: &str, key: &str) -> bool {
    if plain_word(s.as_bytes()) || (s.is_ascii() && tidy_spacing(s.as_bytes())) {
        return s.len() == key.len()
            && s.bytes()
                .zip(key.bytes())
                .all(|(a, b)| a.to_ascii_lowercase() == b);
    }
    self::key(s) == key
}

/// One word of printable ASCII (no space, no control byte): its key is itself in lower case.
/// (Most names asked about are one word; a test with no early exit, which compiles to a few
/// instructions for a short word, before [`tidy_spacing`].)
fn plain_word(b: &[u8]) -> bool {
    !b.is_empty()
        && b.iter()
            .fold(true, |plain, &c| plain & (c.wrapping_sub(0x21) < 0x5F))
}

/// Not empty, no space at either end, no two spaces together and no whitespace but the plain
/// space: one pass over the bytes.
fn tidy_spacing(b: &[u8]) -> bool {
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    if first == b' ' || last == b' ' {
        return false;
    }
    let mut space_before = false;
    for &c in b {
        if c == b' ' {
            if space_before {
                return false;
            }
            space_before = true;
        } else {
            if matches!(c, b'\t' | b'\n' | b'\x0C' | b'\r') {
                return false;
            }
            space_before = false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_prefix_stops_at_the_first_non_ascii_byte() {
        for text in [
            "",
            "abc",
            "abcdefgh",
            "abcdefghé",
            "é",
            "abcdefghijklmnopq’rs",
            "ab’",
        ] {
            let want = text
                .bytes()
                .position(|b| !b.is_ascii())
                .unwrap_or(text.len());
            assert_eq!(ascii_prefix(text.as_bytes()), want, "{text}");
        }
    }

    #[test]
    fn folds_accents_and_maps_back() {
        let body = "At Raków Częstochowa’s ground – Ødegård";
        let f = Folded::new(body);
        // (The en dash parts words: a dash between spaces.)
        assert_eq!(f.text, "At Rakow Czestochowa's ground  -  Odegard");
        let at = f.text.find("Czestochowa").unwrap();
        let span = f.body_span(at, at + "Czestochowa".len());
        assert_eq!(&body[span.start..span.end], "Częstochowa");
        let at = f.text.find("Odegard").unwrap();
        let span = f.body_span(at, at + 7);
        assert_eq!(&body[span.start..span.end], "Ødegård");
    }

    #[test]
    fn multi_letter_folds_map_to_one_char() {
        let body = "Straße Æsir";
        let f = Folded::new(body);
        assert_eq!(f.text, "Strasse AEsir");
        let span = f.body_span(0, 7);
        assert_eq!(&body[span.start..span.end], "Straße");
        let span = f.body_span(4, 5);
        assert_eq!(&body[span.start..span.end], "ß");
    }

    #[test]
    fn every_folded_byte_maps_back_to_its_char() {
        let body = "a é—“Çe” 李 x’s Straße.";
        let f = Folded::new(body);
        // The reference: a map per folded byte, built char by char.
        let mut expected = Vec::new();
        for (at, c) in body.char_indices() {
            let n = if c.is_ascii() { 1 } else { fold_char(c).len() };
            for _ in 0..n {
                expected.push((at, at + c.len_utf8()));
            }
        }
        assert_eq!(expected.len(), f.text.len());
        for (i, &range) in expected.iter().enumerate() {
            assert_eq!(f.body_range(i), range, "folded byte {i}");
        }
    }

    #[test]
    fn keys_ignore_case_accents_and_spacing() {
        assert_eq!(key("  Raków   Częstochowa"), "rakow czestochowa");
        assert_eq!(key("O’Donoghue"), "o'donoghue");
        for (s, k) in [
            ("Ducks", "ducks"),
            ("Ducks", "Ducks"),
            ("Raków", "rakow"),
            ("  Real  Madrid", "real madrid"),
            ("Real Madrid", "real madri"),
        ] {
            assert_eq!(key_is(s, k), key(s) == k, "{s} {k}");
        }
    }
}
