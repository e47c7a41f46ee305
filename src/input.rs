//! Stage 0: bytes → decoded text, with the encoding and format (text or HTML) detected, and the
//! checks that turn bad input into a clear error instead of a panic.

use std::fmt;

use encoding_rs::Encoding;

/// Default refusal size: larger inputs are almost never articles, and bounding size bounds time.
pub const DEFAULT_MAX_BYTES: usize = 20 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
}

impl Format {
    pub fn as_str(&self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
        }
    }
}

/// Why an input cannot be processed. `kind()` is the stable name used in error records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    Empty,
    Binary,
    TooLarge { bytes: usize, limit: usize },
    Unreadable(String),
    Malformed(String),
}

impl InputError {
    pub fn kind(&self) -> &'static str {
        match self {
            InputError::Empty => "empty",
            InputError::Binary => "binary",
            InputError::TooLarge { .. } => "too_large",
            InputError::Unreadable(_) => "unreadable",
            InputError::Malformed(_) => "malformed",
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Empty => write!(f, "file is empty"),
            InputError::Binary => write!(f, "file is binary, not text or HTML"),
            InputError::TooLarge { bytes, limit } => write!(
                f,
                "file is {bytes} bytes, over the limit of {limit} bytes (raise it with --max-bytes)"
            ),
            InputError::Unreadable(why) => write!(f, "cannot read: {why}"),
            InputError::Malformed(why) => write!(f, "malformed input: {why}"),
        }
    }
}

impl std::error::Error for InputError {}

/// Decoded input, ready for cleanup.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
    pub format: Format,
    pub bytes: usize,
}

/// Decodes raw bytes: refuses empty, binary and oversized input; detects HTML by content; decodes
/// by byte-order mark, then (for HTML) the declared charset, then UTF-8 if valid, then chardetng.
pub fn decode(bytes: &[u8], max_bytes: usize, hint: Option<Format>) -> Result<Decoded, InputError> {
    decode_checked(bytes, None, max_bytes, hint)
}

/// As [`decode`], for text already in memory: as a `str` it is known to be valid UTF-8, so it
/// is not checked again.
pub fn decode_str(
    text: &str,
    max_bytes: usize,
    hint: Option<Format>,
) -> Result<Decoded, InputError> {
    decode_checked(text.as_bytes(), Some(text), max_bytes, hint)
}

/// [`decode`], given the bytes as text when they are known to be valid UTF-8.
fn decode_checked(
    bytes: &[u8],
    valid_utf8: Option<&str>,
    max_bytes: usize,
    hint: Option<Format>,
) -> Result<Decoded, InputError> {
    let as_utf8 = || valid_utf8.or_else(|| std::str::from_utf8(bytes).ok());
    if bytes.len() > max_bytes {
        return Err(InputError::TooLarge {
            bytes: bytes.len(),
            limit: max_bytes,
        });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(InputError::Empty);
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return finish(text.into_owned(), enc.name(), bytes.len(), hint);
    }
    if looks_binary(bytes) {
        return Err(InputError::Binary);
    }
    let sniffed_html = hint == Some(Format::Html) || looks_like_html(bytes);
    if sniffed_html {
        if let Some(enc) = declared_charset(bytes) {
            // A page declaring UTF-8 that is not valid UTF-8 is common; trust the bytes then.
            if enc != encoding_rs::UTF_8 || as_utf8().is_some() {
                let (text, _, _) = enc.decode(bytes);
                return finish(text.into_owned(), enc.name(), bytes.len(), hint);
            }
        }
    }
    if let Some(text) = as_utf8() {
        // The text is the bytes as they are: their HTML sniff stands for it (no second look).
        let format = hint.unwrap_or(if sniffed_html {
            Format::Html
        } else {
            Format::Text
        });
        return finish(text.to_string(), "UTF-8", bytes.len(), Some(format));
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let enc = detector.guess(None, true);
    let (text, _, _) = enc.decode(bytes);
    finish(text.into_owned(), enc.name(), bytes.len(), hint)
}

fn finish(
    text: String,
    encoding: &'static str,
    bytes: usize,
    hint: Option<Format>,
) -> Result<Decoded, InputError> {
    if text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    let format = hint.unwrap_or_else(|| {
        if looks_like_html(text.as_bytes()) {
            Format::Html
        } else {
            Format::Text
        }
    });
    Ok(Decoded {
        text,
        encoding: normalise_encoding_name(encoding),
        format,
        bytes,
    })
}

fn normalise_encoding_name(name: &'static str) -> &'static str {
    match name {
        "UTF-8" => "utf-8",
        "windows-1252" => "windows-1252",
        "ISO-8859-2" => "iso-8859-2",
        "UTF-16LE" => "utf-16le",
        "UTF-16BE" => "utf-16be",
        other => other,
    }
}

/// Binary: NUL bytes, or many control characters, in the first 8 KiB.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let is_control = |b: u8| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c);
    // Counted 64 bytes at a time as a byte-wide sum (which cannot overflow), so the compiler
    // vectorises it: this runs over the head of every input.
    let controls: usize = head
        .chunks(64)
        .map(|chunk| {
            let n: u8 = chunk.iter().map(|&b| u8::from(is_control(b))).sum();
            usize::from(n)
        })
        .sum();
    controls * 20 > head.len()
}

/// HTML by content: a doctype or an `<html`, `<head`, `<body`, `<article`, `<div` or `<p` tag near
/// the start (ignoring leading whitespace and comments).
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(0);
    // Every shape below opens with '<', which has no case: plain text is ruled out before the
    // head is lower-cased.
    if head.get(start) != Some(&b'<') {
        return false;
    }
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let rest = &lower[start..];
    if rest.starts_with(b"<!doctype html")
        || rest.starts_with(b"<html")
        || rest.starts_with(b"<?xml")
    {
        return true;
    }
    const TAGS: [&[u8]; 8] = [
        b"<html",
        b"<head",
        b"<body",
        b"<meta",
        b"<article",
        b"<div",
        b"<p>",
        b"<title",
    ];
    TAGS.iter().any(|t| lower.windows(t.len()).any(|w| w == *t))
}

/// `<meta charset=…>` or `http-equiv` content-type charset in the first 4 KiB.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: String = head
        .iter()
        .map(|&b| {
            if b.is_ascii() {
                b.to_ascii_lowercase() as char
            } else {
                ' '
            }
        })
        .collect();
    let mut from = 0;
    while let Some(pos) = lower[from..].find("charset") {
        let at = from + pos + "charset".len();
        let rest = lower[at..].trim_start();
        if let Some(rest) = rest.strip_prefix('=') {
            let rest = rest.trim_start().trim_start_matches(['"', '\'']);
            let label: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
                .collect();
            if let Some(enc) = Encoding::for_label(label.as_bytes()) {
                // Per the HTML spec, a declared UTF-16 means UTF-8 when no BOM said otherwise.
                if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                    return Some(encoding_rs::UTF_8);
                }
                return Some(enc);
            }
        }
        from = at;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_empty_and_whitespace() {
        assert_eq!(decode(b"", 100, None).unwrap_err(), InputError::Empty);
        assert_eq!(decode(b" \n\t ", 100, None).unwrap_err(), InputError::Empty);
    }

    #[test]
    fn refuses_binary() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0";
        assert_eq!(decode(png, 100, None).unwrap_err(), InputError::Binary);
    }

    #[test]
    fn refuses_oversized() {
        let err = decode(&[b'a'; 50], 10, None).unwrap_err();
        assert_eq!(err.kind(), "too_large");
    }

    #[test]
    fn decodes_latin1_text() {
        let bytes =
            b"Caf\xe9 owner Jos\xe9 Ib\xe1\xf1ez said the club\x92s season was \x93over\x94.";
        let d = decode(bytes, 1000, None).unwrap();
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("José Ibáñez"));
        assert!(d.text.contains("club’s"));
        assert!(d.text.contains("“over”"));
    }

    #[test]
    fn html_meta_charset_wins() {
        let bytes =
            b"<html><head><meta charset=\"windows-1252\"></head><body><p>Jos\xe9</p></body></html>";
        let d = decode(bytes, 1000, None).unwrap();
        assert_eq!(d.format, Format::Html);
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.text.contains("José"));
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let d = decode("\u{feff}Hello".as_bytes(), 100, None).unwrap();
        assert_eq!(d.text, "Hello");
        assert_eq!(d.format, Format::Text);
    }

    #[test]
    fn html_detected_by_content() {
        assert!(looks_like_html(b"  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"<div class=x><p>Hi</p></div>"));
        assert!(!looks_like_html(b"Arsenal beat Spurs 2-1 <3"));
    }
}
