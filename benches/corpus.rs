//! Corpus benchmarks (work in progress).

fn main() {}
