//! Small text helpers the extractors share.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

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
    let mut h = FxHasher::default();
    h.write(bytes);
    h.write_usize(bytes.len());
    mix(h.finish())
}

/// The final mix of [`word_hash`] and [`chunk_hash`]: the high bits mixed down, as tables index
/// by the low ones.
#[inline]
fn mix(x: u64) -> u64 {
    let x = (x ^ (x >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^ (x >> 32)
}

/// A 64-bit hash of a word's bytes taken eight at a time, the last few zero-padded into one
/// word (no byte-by-byte tail, unlike [`word_hash`]): the form a scan that reads eight bytes at
/// once can compute as it goes ([`ChunkHasher`]).
pub fn chunk_hash(bytes: &[u8]) -> u64 {
    let mut h = ChunkHasher::default();
    for c in bytes.chunks(8) {
        let mut buf = [0u8; 8];
        buf[..c.len()].copy_from_slice(c);
        h.push(u64::from_le_bytes(buf));
    }
    h.finish(bytes.len())
}

/// [`chunk_hash`] fed chunk by chunk.
#[derive(Default, Clone, Copy)]
pub struct ChunkHasher(FxHasher);

impl ChunkHasher {
    /// One chunk of up to eight bytes, little-endian, zero above its last byte.
    #[inline]
    pub fn push(&mut self, chunk: u64) {
        self.0.write_u64(chunk);
    }
    /// The hash of the `len` bytes pushed.
    #[inline]
    pub fn finish(mut self, len: usize) -> u64 {
        self.0.write_usize(len);
        mix(self.0.finish())
    }
}

/// Eight bytes of `b` from `i` as a little-endian word, zeros past the end (a zero byte is no
/// word byte, so scans stop there).
#[inline]
pub fn load8(b: &[u8], i: usize) -> u64 {
    match b.get(i..i + 8) {
        Some(c) => u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]),
        None => {
            let mut buf = [0u8; 8];
            let rest = b.get(i..).unwrap_or(&[]);
            buf[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(buf)
        }
    }
}

const LANES_ONE: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte lane.
pub const LANES_HIGH: u64 = LANES_ONE * 0x80;

/// The high bit of each byte lane of `v` set where that byte lies in `lo..=hi` (ASCII bounds;
/// `x` is `v` with each lane's high bit cleared, so no lane carries into the next).
#[inline]
fn lanes_in(x: u64, lo: u8, hi: u8) -> u64 {
    (x + LANES_ONE * (0x80 - lo as u64)) & !(x + LANES_ONE * (0x7f - hi as u64))
}

/// The lanes of `v` (eight bytes) that are ASCII letters or digits ([`WORD_BYTE`]), and those that
/// are ASCII letters, as high bits: a word's extent is found eight bytes at a time.
#[inline]
pub fn word_lanes(v: u64) -> (u64, u64) {
    let x = v & !LANES_HIGH;
    let ascii = !v & LANES_HIGH;
    let alpha = (lanes_in(x, b'A', b'Z') | lanes_in(x, b'a', b'z')) & ascii;
    let word = alpha | (lanes_in(x, b'0', b'9') & ascii);
    (word, alpha)
}

/// How many of the lanes marked in `lanes` (high bits) lead, from the lowest byte: 0 to 8.
#[inline]
pub fn leading_lanes(lanes: u64) -> usize {
    ((!lanes & LANES_HIGH).trailing_zeros() / 8) as usize
}

/// The low `n` byte lanes of a word (`n` from 1 to 8).
#[inline]
pub fn low_lanes(n: usize) -> u64 {
    u64::MAX >> (64 - 8 * n)
}

/// [`word_hash`] of the ASCII lower-case form of ASCII `bytes`, lower-cased eight bytes at a
/// time as it hashes (no copy).
pub fn word_hash_lower(bytes: &[u8]) -> u64 {
    debug_assert!(bytes.is_ascii());
    let mut h = FxHasher::default();
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h.write_u64(ascii_lower8(v));
    }
    for &b in chunks.remainder() {
        h.write_u8(b.to_ascii_lowercase());
    }
    h.write_usize(bytes.len());
    let x = h.finish();
    let x = (x ^ (x >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^ (x >> 32)
}

/// Eight ASCII bytes lower-cased at once: 0x20 added to each byte in `A..=Z`.
#[inline]
fn ascii_lower8(v: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // High bit set where the byte is >= 'A' and where it is > 'Z' (bytes are < 0x80).
    let ge_a = v + ONES * (0x80 - b'A' as u64);
    let gt_z = v + ONES * (0x80 - b'Z' as u64 - 1);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lanes_agree_with_the_byte_tables() {
        for b in 0..=255u8 {
            let v = u64::from_le_bytes([b'x', b, b'1', 0x80, b' ', b'Z', 0xC3, b]);
            let (word, alpha) = word_lanes(v);
            let lane = 1 << 15;
            assert_eq!(word & lane != 0, WORD_BYTE[b as usize], "{b}");
            assert_eq!(alpha & lane != 0, b.is_ascii_alphabetic(), "{b}");
        }
        let (word, _) = word_lanes(u64::from_le_bytes(*b"abc9 xyz"));
        assert_eq!(leading_lanes(word), 4);
        let (word, _) = word_lanes(u64::from_le_bytes(*b"abcdefgh"));
        assert_eq!(leading_lanes(word), 8);
        assert_eq!(load8(b"abc", 1), u64::from_le_bytes(*b"bc\0\0\0\0\0\0"));
    }

    #[test]
    fn chunk_hash_fed_by_chunks_is_the_same() {
        for w in ["", "a", "atalanta", "manchester", "abcdefghijklmnop", "x1"] {
            let b = w.as_bytes();
            let mut h = ChunkHasher::default();
            let mut at = 0;
            loop {
                let v = load8(b, at);
                let n = leading_lanes(word_lanes(v).0);
                if n > 0 {
                    h.push(v & low_lanes(n));
                }
                at += n;
                if n < 8 {
                    break;
                }
            }
            assert_eq!(at, b.len());
            assert_eq!(h.finish(at), chunk_hash(b), "{w}");
        }
    }
}
