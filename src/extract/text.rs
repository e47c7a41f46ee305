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
    words_hash(bytes, |v| v)
}

/// Eight bytes at a time, the last few zero-padded into one more word (no byte-at-a-time
/// tail), then the length; `map` is applied to every eight-byte word.
#[inline(always)]
fn words_hash(bytes: &[u8], map: impl Fn(u64) -> u64) -> u64 {
    let mut h = FxHasher::default();
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h.write_u64(map(v));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut v = 0u64;
        for (k, &b) in rest.iter().enumerate() {
            v |= (b as u64) << (8 * k);
        }
        h.write_u64(map(v));
    }
    h.write_usize(bytes.len());
    // Mix the high bits down: the table indexes by the low ones.
    let x = h.finish();
    let x = (x ^ (x >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^ (x >> 32)
}

/// A 64-bit hash of a word's bytes taken one at a time: what a scan can compute as it reads
/// the word ([`byte_hash_finish`] after feeding each byte to an [`FxHasher`] by `write_u8`),
/// with no second pass over it as [`word_hash`] would need.
pub fn byte_hash(bytes: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    for &b in bytes {
        h.write_u8(b);
    }
    byte_hash_finish(h, bytes.len())
}

/// The end of [`byte_hash`]: the length, then the high bits mixed down.
#[inline]
pub fn byte_hash_finish(mut h: FxHasher, len: usize) -> u64 {
    h.write_usize(len);
    let x = h.finish();
    let x = (x ^ (x >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^ (x >> 32)
}

/// [`word_hash`] of the ASCII lower-case form of ASCII `bytes`, lower-cased eight bytes at a
/// time as it hashes (no copy).
pub fn word_hash_lower(bytes: &[u8]) -> u64 {
    debug_assert!(bytes.is_ascii());
    // (Zero padding stays zero in lower case.)
    words_hash(bytes, ascii_lower8)
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
