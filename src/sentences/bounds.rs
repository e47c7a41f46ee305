//! UAX#29 sentence boundaries computed directly for the characters news text is made of (ASCII,
//! Latin, Greek and Cyrillic letters, curly quotes, guillemets, dashes, the ellipsis and a few
//! symbols), without walking the full Unicode property tables. A line holding any other character
//! gets `None`, and the caller falls back to unicode-segmentation; for every line this module
//! accepts, its answer is the crate's answer (the tests below compare the two on random text and
//! on every accepted letter).
//!
//! Why: the table lookups per character were the largest single cost of the sentence stage.

/// Sentence_Break property values, as far as the accepted characters need them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
    Other,
}

fn class(c: char) -> Option<Class> {
    use Class::*;
    Some(match c {
        'a'..='z' => Lower,
        'A'..='Z' => Upper,
        '0'..='9' => Numeric,
        ' ' | '\t' | '\u{0B}' | '\u{0C}' | '\u{A0}' => Sp,
        '.' => ATerm,
        '!' | '?' => STerm,
        '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}' | '‘' | '’' | '“' | '”' | '«' | '»' => {
            Close
        }
        ',' | '-' | ':' | ';' | '–' | '—' => SContinue,
        // The rest of printable ASCII; the arms above take precedence.
        '\u{21}'..='\u{7E}' => Other,
        '…' | '£' | '€' | '°' | '•' | '×' | '÷' | '±' | '§' => Other,
        c if is_plain_letter(c) => {
            if c.is_uppercase() {
                Upper
            } else {
                Lower
            }
        }
        _ => return None,
    })
}

/// A precomposed Latin, Greek or Cyrillic letter that is plainly upper or lower case (no
/// combining marks, no title-case digraphs).
fn is_plain_letter(c: char) -> bool {
    let latin = matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}');
    let greek_cyrillic = matches!(c, '\u{370}'..='\u{4FF}');
    (latin || greek_cyrillic) && c.is_alphabetic() && (c.is_uppercase() != c.is_lowercase())
}

/// Whether every character of `line` is one `class` knows.
fn all_classified(line: &str) -> bool {
    // ASCII bytes are checked without decoding (the ones `class` knows: printable ASCII, the
    // tab and the vertical tab and form feed), 32 at a time with no early exit, which the
    // compiler vectorises; only a stretch holding another byte goes byte by byte, decoding and
    // classing the other chars (curly quotes, accented letters, a few in most lines).
    let ascii_known = |b: u8| (0x20..0x7F).contains(&b) || matches!(b, b'\t' | 0x0B | 0x0C);
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let end = (i + 32).min(bytes.len());
        if bytes[i..end]
            .iter()
            .fold(true, |all, &b| all & ascii_known(b))
        {
            i = end;
            continue;
        }
        while i < end {
            let b = bytes[i];
            if b < 0x80 {
                if !ascii_known(b) {
                    return false;
                }
                i += 1;
                continue;
            }
            let Some(c) = line[i..].chars().next() else {
                return false;
            };
            if class(c).is_none() {
                return false;
            }
            i += c.len_utf8();
        }
    }
    true
}

fn class_at(line: &str, at: usize) -> Option<Class> {
    line[at..].chars().next().and_then(class)
}

/// Byte offsets where the UAX#29 sentences of `line` start (`[0, …]`; empty for an empty line),
/// or `None` when the line holds a character this module does not classify. `line` holds no line
/// break.
///
/// Only "." "!" and "?" end sentences among the classified characters, so the rules are applied
/// around each of them (found with memchr) and nothing else is looked at.
pub(super) fn segment_starts(line: &str) -> Option<Vec<usize>> {
    use Class::*;
    if !all_classified(line) {
        return None;
    }
    let bytes = line.as_bytes();
    let mut starts = Vec::new();
    if !line.is_empty() {
        starts.push(0);
    }
    let mut from = 0;
    while let Some(found) = memchr::memchr3(b'.', b'!', b'?', &bytes[from..]) {
        let at = from + found;
        let after = at + 1;
        let here = if bytes[at] == b'.' { ATerm } else { STerm };
        let next = class_at(line, after);
        if here == ATerm {
            // SB6 (ATerm × Numeric) and SB7 ((Upper | Lower) ATerm × Upper).
            let before = line[..at].chars().next_back().and_then(class);
            let letter_before = matches!(before, Some(Upper | Lower));
            if next == Some(Numeric) || (letter_before && next == Some(Upper)) {
                from = after;
                continue;
            }
        }
        // SB9, SB10: closing punctuation and spaces stay with the sentence they follow.
        let mut j = after;
        for wanted in [Close, Sp] {
            while let Some(c) = line[j..]
                .chars()
                .next()
                .filter(|&c| class(c) == Some(wanted))
            {
                j += c.len_utf8();
            }
        }
        let Some(at_j) = class_at(line, j) else {
            break; // the line ends here
        };
        if here == ATerm {
            // SB8: no break when the next letter, past any non-letters, is lower case.
            let next_letter = line[j..]
                .chars()
                .filter_map(class)
                .find(|c| matches!(c, Upper | Lower | ATerm | STerm));
            if next_letter == Some(Lower) {
                from = j;
                continue;
            }
        }
        // SB8a: a continuation mark or another terminator keeps the sentence going.
        if !matches!(at_j, SContinue | ATerm | STerm) {
            starts.push(j); // SB11
        }
        from = j;
    }
    Some(starts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn reference(line: &str) -> Vec<usize> {
        line.split_sentence_bound_indices()
            .map(|(at, _)| at)
            .collect()
    }

    const ALPHABET: &[char] = &[
        'a', 'b', 'z', 'A', 'B', 'Z', '0', '9', ' ', ' ', ' ', '\t', '\u{A0}', '.', '.', '!', '?',
        '"', '\'', '(', ')', '[', ']', '{', '}', '‘', '’', '“', '”', '«', '»', ',', '-', ':', ';',
        '–', '—', '/', '%', '&', '#', '$', '*', '+', '=', '@', '_', '~', '|', '<', '>', '^', '`',
        '\\', '…', '£', '€', '°', '•', '×', '÷', '±', '§', 'é', 'É', 'ø', 'Ø', 'ł', 'Ł', 'ğ', 'ß',
        'α', 'Ω', 'д', 'Ж', 'ệ', 'Ạ',
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn agrees_with_unicode_segmentation(
            chars in proptest::collection::vec(proptest::sample::select(ALPHABET), 0..24)
        ) {
            let line: String = chars.into_iter().collect();
            let fast = segment_starts(&line);
            prop_assert!(fast.is_some(), "{line:?} refused");
            prop_assert_eq!(fast.unwrap(), reference(&line), "{:?}", line);
        }
    }

    #[test]
    fn every_accepted_letter_is_classed_as_unicode_does() {
        let templates = [
            "A. {}b", "a.{}", "x! {} y", "{}. Ab", "A{}. B", "b. ({} c", "9.{}",
        ];
        for c in ('\u{80}'..='\u{1EFF}').filter(|&c| class(c).is_some()) {
            for t in templates {
                let line = t.replace("{}", &c.to_string());
                assert_eq!(
                    segment_starts(&line),
                    Some(reference(&line)),
                    "{line:?} ({:04X})",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn other_characters_fall_back() {
        assert_eq!(segment_starts("Done。 Next"), None);
        assert_eq!(segment_starts("a\u{301}. B"), None);
        assert_eq!(segment_starts(""), Some(vec![]));
    }
}
