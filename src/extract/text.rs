//! Small text helpers the extractors share.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::noncontiguous;
use aho_corasick::{dfa, Input, Match, MatchKind};

/// Cue words in any ASCII case, leftmost-longest, by an Aho-Corasick automaton searched as the
/// NFA it is first built as, and as a DFA (built from that NFA) once `DFA_AFTER` bytes have been
/// searched. The DFA is some 45 instructions a byte cheaper, but its build cost some 30 million
/// instructions (the sport cues) in every process, a one-article run's greater part; the NFA
/// builds in a few million. Both kinds report the same matches (`AhoCorasick` builds its DFA from
/// the same NFA the same way).
pub struct CueMatcher {
    nfa: noncontiguous::NFA,
    dfa: OnceLock<dfa::DFA>,
    /// Bytes searched so far (by all threads) while there was no DFA.
    searched: AtomicUsize,
}

/// Bytes searched by NFA before the DFA is built: some twenty articles. (The NFA costs some 45
/// instructions a byte more: this many bytes cost about 3 million more, a DFA build 30 million.)
const DFA_AFTER: usize = 64 * 1024;

impl CueMatcher {
    /// Over `patterns` (a match's pattern id is its index), in any ASCII case, leftmost-longest.
    pub fn new<P: AsRef<[u8]>>(patterns: &[P]) -> CueMatcher {
        let nfa = noncontiguous::Builder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns)
            .expect("cue patterns build");
        CueMatcher {
            nfa,
            dfa: OnceLock::new(),
            searched: AtomicUsize::new(0),
        }
    }

    /// Calls `f` with every match in `hay`, leftmost-longest, in order.
    pub fn for_each(&self, hay: &str, mut f: impl FnMut(Match)) {
        let input = Input::new(hay);
        if let Some(dfa) = self.dfa(hay) {
            dfa.try_find_iter(input)
                .expect("unanchored search")
                .for_each(&mut f);
        } else {
            let nfa = &self.nfa;
            nfa.try_find_iter(input)
                .expect("unanchored search")
                .for_each(&mut f);
        }
    }

    /// The DFA, once searches have come to `DFA_AFTER` bytes.
    fn dfa(&self, hay: &str) -> Option<&dfa::DFA> {
        if let Some(dfa) = self.dfa.get() {
            return Some(dfa);
        }
        if self.searched.fetch_add(hay.len(), Ordering::Relaxed) < DFA_AFTER {
            return None;
        }
        Some(self.dfa.get_or_init(|| {
            dfa::Builder::new()
                .build_from_noncontiguous(&self.nfa)
                .expect("cue DFA build")
        }))
    }
}

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

/// A small fast hasher (the Fx hash of rustc) for the word-list look-ups, which hash short
/// strings millions of times; the lists are our own data, so no flooding to fear.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const FX_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.hash = (self.hash.rotate_left(5) ^ v).wrapping_mul(FX_SEED);
        }
        for &b in chunks.remainder() {
            self.hash = (self.hash.rotate_left(5) ^ b as u64).wrapping_mul(FX_SEED);
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.hash = (self.hash.rotate_left(5) ^ b as u64).wrapping_mul(FX_SEED);
    }
    fn write_u32(&mut self, v: u32) {
        self.hash = (self.hash.rotate_left(5) ^ v as u64).wrapping_mul(FX_SEED);
    }
    fn write_u64(&mut self, v: u64) {
        self.hash = (self.hash.rotate_left(5) ^ v).wrapping_mul(FX_SEED);
    }
    fn write_usize(&mut self, v: usize) {
        self.write_u64(v as u64);
    }
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A 64-bit hash of a word's bytes, used as the key itself where look-ups are hot: no string
/// to compare, no pointer to follow. (Ten thousand keys in a 64-bit space: a false hit is
/// astronomically unlikely.)
pub fn word_hash(bytes: &[u8]) -> u64 {
    words_hash(bytes, |v| v)
}

/// Eight bytes at a time, the last few zero-padded into one more word (no byte-at-a-time
/// tail), then the length; `map` is applied to every eight-byte word.
#[inline(always)]
fn words_hash(bytes: &[u8], mut map: impl FnMut(u64) -> u64) -> u64 {
    let mut h = FxHasher::default();
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h.write_u64(map(v));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        h.write_u64(map(load_short(rest)));
    }
    finish_word_hash(h, bytes.len())
}

/// One to seven bytes as a little-endian word, zero above them: two loads that may overlap
/// (the bytes they share are the same bytes in the same places), not a load a byte.
#[inline(always)]
fn load_short(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64;
        let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]) as u64;
        lo | hi << (8 * (n - 4))
    } else if n >= 2 {
        let lo = u16::from_le_bytes([b[0], b[1]]) as u64;
        let hi = u16::from_le_bytes([b[n - 2], b[n - 1]]) as u64;
        lo | hi << (8 * (n - 2))
    } else {
        b.first().map_or(0, |&x| x as u64)
    }
}

/// The end of a word hash: the length, then the high bits mixed down (the table indexes by
/// the low ones).
#[inline(always)]
fn finish_word_hash(mut h: FxHasher, len: usize) -> u64 {
    h.write_usize(len);
    let x = h.finish();
    let x = (x ^ (x >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^ (x >> 32)
}

/// [`word_hash`] of `text[start..end]`, read in place eight bytes at a time by [`load8`], the
/// last load masked down to the word's bytes (no copy, no byte-at-a-time tail).
#[inline(always)]
pub fn word_hash_in(text: &[u8], start: usize, end: usize) -> u64 {
    let mut h = FxHasher::default();
    let mut at = start;
    while end - at >= 8 {
        h.write_u64(load8(text, at));
        at += 8;
    }
    if end > at {
        h.write_u64(load8(text, at) & (u64::MAX >> (8 * (8 - (end - at)))));
    }
    finish_word_hash(h, end - start)
}

/// [`word_hash`] of a word of `len` bytes (1 to 7), given as eight bytes read from its start
/// ([`load8`]; the bytes past the word are cut off here).
#[inline(always)]
pub fn short_word_hash(v: u64, len: usize) -> u64 {
    let mut h = FxHasher::default();
    h.write_u64(v & (u64::MAX >> (8 * (8 - len))));
    finish_word_hash(h, len)
}

/// The eight bytes of `text` from `at` as a little-endian word, zero past the end of `text`.
#[inline(always)]
pub fn load8(text: &[u8], at: usize) -> u64 {
    match text.get(at..at + 8) {
        Some(c) => u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
        None => {
            let rest = text.get(at..).unwrap_or(&[]);
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(buf)
        }
    }
}

/// The high bit of every byte of `v` that is an ASCII lower-case letter or digit, found for
/// all eight bytes at once (bytes of 0x80 and up are neither).
#[inline(always)]
pub fn lower_alnum8(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // With the high bits cleared, adding 0x80 - c to a byte sets its high bit exactly when the
    // byte is c or more, and never carries into the next byte.
    let low = v & !HIGH;
    let at_least = |c: u8| low + ONES * (0x80 - c as u64);
    let letter = at_least(b'a') & !at_least(b'z' + 1);
    let digit = at_least(b'0') & !at_least(b'9' + 1);
    (letter | digit) & !v & HIGH
}

/// A club's ordinal and its form: a one-digit number, its stop, a space, then the form in two or
/// three capitals ("1. FC Köln", "1. SC Vítkovice"). Read by the sentence stage (no sentence ends
/// there) and the entity stage (the ordinal opens the club's name).
pub fn club_ordinal(number: &str, gap: &str, form: &str) -> bool {
    matches!(number.as_bytes(), [b'1'..=b'9'])
        && gap == ". "
        && (2..=3).contains(&form.len())
        && form.bytes().all(|b| b.is_ascii_uppercase())
}

/// The entries of a word-list data file: its lines trimmed, without blank lines and `#` comments.
pub fn data_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The pieces of `text` between line breaks, as `text.split('\n')` gives them, found with the
/// memchr crate's vector search (`split` of a char goes a byte or a word at a time).
pub fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    split_byte(text, b'\n')
}

/// `text.split(sep)` for an ASCII byte `sep`, by memchr (the gazetteers' some 30,000 fields
/// too: `str::split` of a char cost some 4 million instructions more at start-up).
pub fn split_byte(text: &str, sep: u8) -> impl Iterator<Item = &str> {
    debug_assert!(sep.is_ascii());
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let piece = rest?;
        match memchr::memchr(sep, piece.as_bytes()) {
            // (An ASCII byte is a char of its own: both sides are whole chars.)
            Some(at) => {
                rest = Some(&piece[at + 1..]);
                Some(&piece[..at])
            }
            None => {
                rest = None;
                Some(piece)
            }
        }
    })
}

/// The high bit of every byte of `v` that is an ASCII digit, for all eight bytes at once.
#[inline(always)]
pub fn digits8(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // (As in `lower_alnum8`: no carry crosses a byte once the high bits are cleared.)
    let low = v & !HIGH;
    let at_least = |c: u8| low + ONES * (0x80 - c as u64);
    at_least(b'0') & !at_least(b'9' + 1) & !v & HIGH
}

/// Where the first ASCII digit of `text` at or after `from` is, eight bytes at a time.
pub fn find_digit(text: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(chunk) = text.get(at..at + 8) {
        let v = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        let digits = digits8(v);
        if digits != 0 {
            return Some(at + (digits.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let rest = text.get(at..)?;
    rest.iter().position(u8::is_ascii_digit).map(|i| at + i)
}

/// [`word_hash`] of the ASCII lower-case form of ASCII `bytes`, lower-cased eight bytes at a
/// time as it hashes (no copy).
pub fn word_hash_lower(bytes: &[u8]) -> u64 {
    debug_assert!(bytes.is_ascii());
    // (Zero padding stays zero in lower case.)
    words_hash(bytes, ascii_lower8)
}

/// [`word_hash_lower`] of `bytes` if they are all ASCII, else `None`: the ASCII test made in
/// the same pass as the hash, eight bytes at a time.
#[inline]
pub fn ascii_word_hash_lower(bytes: &[u8]) -> Option<u64> {
    let mut high = 0u64;
    let h = words_hash(bytes, |v| {
        high |= v;
        ascii_lower8(v)
    });
    (high & 0x8080_8080_8080_8080 == 0).then_some(h)
}

/// Eight ASCII bytes lower-cased at once: 0x20 added to each byte in `A..=Z`.
#[inline]
fn ascii_lower8(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // High bit set where the byte is >= 'A' and where it is > 'Z' (bytes are < 0x80). A
    // non-ASCII byte may carry out of the top (its hash is thrown away by the caller): wrapping
    // adds, so that is no overflow.
    let ge_a = v.wrapping_add(ONES * (0x80 - b'A' as u64));
    let gt_z = v.wrapping_add(ONES * (0x80 - b'Z' as u64 - 1));
    let upper = ge_a & !gt_z & (ONES * 0x80);
    v | (upper >> 2)
}

/// A map keyed by [`word_hash`], hashed by the identity (the key is a hash already).
pub type WordMap<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

/// Passes a `u64` key through unchanged.
#[derive(Default, Clone, Copy)]
pub struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// The line holding `start..end`, when it reaches no more than `max` bytes either side: the
/// rules that read a short line (a table's row, a box score's line) look no further, so a page
/// of one endless line costs them nothing.
pub fn line_within(text: &str, start: usize, end: usize, max: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let lo = start.saturating_sub(max);
    let line_start = match memchr::memrchr(b'\n', &bytes[lo..start]) {
        Some(i) => lo + i + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    let hi = (end + max).min(bytes.len());
    let line_end = match memchr::memchr(b'\n', &bytes[end..hi]) {
        Some(i) => end + i,
        None if hi == bytes.len() => hi,
        None => return None,
    };
    Some((line_start, line_end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_as_str_split_does() {
        for text in ["", "\n", "a", "a\n", "\na", "a\nb", "a\n\nb\n", "é\n—\n\n"] {
            let by_hand: Vec<&str> = split_lines(text).collect();
            let by_split: Vec<&str> = text.split('\n').collect();
            assert_eq!(by_hand, by_split, "{text:?}");
        }
    }

    #[test]
    fn word_hash_in_place_is_word_hash() {
        let text = b"the quick brownfoxjumpedover 12 a lazy-dog";
        for start in 0..text.len() {
            for end in start..=text.len() {
                assert_eq!(
                    word_hash_in(text, start, end),
                    word_hash(&text[start..end]),
                    "{start}..{end}"
                );
            }
        }
    }

    #[test]
    fn short_loads_are_zero_padded() {
        let text = b"abcdefg";
        for n in 0..8 {
            let mut want = [0u8; 8];
            want[..n].copy_from_slice(&text[..n]);
            assert_eq!(load_short(&text[..n]), u64::from_le_bytes(want), "{n}");
        }
    }

    #[test]
    fn short_word_hash_is_word_hash() {
        let text = b"abcdefgh";
        for len in 1..8 {
            assert_eq!(
                short_word_hash(load8(text, 0), len),
                word_hash(&text[..len])
            );
        }
    }

    #[test]
    fn ascii_word_hash_lower_is_word_hash_lower_of_ascii() {
        for w in [
            "",
            "Ab",
            "Quarterback",
            "ALL-IRELAND CHAMPIONSHIPS",
            "Ødegård",
            "caf\u{e9}",
        ] {
            let want = w.is_ascii().then(|| word_hash_lower(w.as_bytes()));
            assert_eq!(ascii_word_hash_lower(w.as_bytes()), want, "{w}");
        }
    }

    #[test]
    fn lower_alnum8_marks_letters_and_digits() {
        let text = b"az09AZ /:`{@[\x80\xff\xe9bc";
        for at in 0..text.len() {
            let marks = lower_alnum8(load8(text, at));
            for k in 0..8 {
                let b = text.get(at + k).copied().unwrap_or(0);
                let want = b.is_ascii_lowercase() || b.is_ascii_digit();
                assert_eq!(marks >> (8 * k + 7) & 1 == 1, want, "byte {b:#x}");
            }
        }
    }
}
