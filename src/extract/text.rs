//! Small text helpers the extractors share.

/// ASCII letters and digits, by table (one load instead of two range tests per byte).
pub static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// A letter or digit (any script), or a joining mark inside a word.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// True when `pos` in `text` is not inside a word: the char before it is not a word char.
pub fn boundary_before(text: &str, pos: usize) -> bool {
    text[..pos]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c))
}

/// True when the char at `pos` is not a word char.
pub fn boundary_after(text: &str, pos: usize) -> bool {
    text[pos..].chars().next().is_none_or(|c| !is_word_char(c))
}
