//! The article extraction benchmark (AEB) measure, as published with the benchmark: both texts
//! are split into `\w+` tokens and every run of four tokens (a 4-shingle) is counted as a
//! multiset; per page TP/FP/FN are normalised to sum to one; precision and recall are averaged
//! over pages (precision over pages where something was extracted, recall over pages whose truth
//! has text; a page with neither FP nor FN scores 1 for both); F1 is that of the averages.
//!
//! [`run`] applies it to `clean::html::clean` over a benchmark directory (`html/<id>.html.gz` and
//! `ground-truth.json`). The truth holds the article body without headline or photo captions, so
//! the scored text is the body without the leading headline and, by default, without captions.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::doc::{Doc, ParagraphKind};

/// The `\w+` tokens of a text (Unicode letters, digits, marks and `_`).
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let word = c.is_alphanumeric() || c == '_';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// 4-shingles as a multiset; a text shorter than four tokens is one shingle, an empty one none.
fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let toks = tokens(text);
    let mut out: HashMap<Vec<&str>, usize> = HashMap::new();
    if toks.is_empty() {
        return out;
    }
    if toks.len() < 4 {
        *out.entry(toks).or_insert(0) += 1;
        return out;
    }
    for w in toks.windows(4) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Normalised (TP, FP, FN) of one page.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Counts {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fp == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fp)
        }
    }
    pub fn recall(&self) -> f64 {
        if self.fp == 0.0 && self.fn_ == 0.0 {
            1.0
        } else if self.tp == 0.0 && self.fn_ == 0.0 {
            0.0
        } else {
            self.tp / (self.tp + self.fn_)
        }
    }
}

/// Shingle matching of an extraction against the truth.
pub fn compare(truth: &str, extracted: &str) -> Counts {
    let t = shingles(truth);
    let p = shingles(extracted);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (k, &tc) in &t {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += tc.min(pc);
        fn_ += tc.saturating_sub(pc);
    }
    for (k, &pc) in &p {
        let tc = t.get(k).copied().unwrap_or(0);
        fp += pc.saturating_sub(tc);
    }
    let sum = (tp + fp + fn_) as f64;
    if sum == 0.0 {
        return Counts {
            tp: 0.0,
            fp: 0.0,
            fn_: 0.0,
        };
    }
    Counts {
        tp: tp as f64 / sum,
        fp: fp as f64 / sum,
        fn_: fn_ as f64 / sum,
    }
}

/// Averages over pages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub f1: f64,
    pub precision: f64,
    pub recall: f64,
}

pub fn summarise(pages: &[Counts]) -> Summary {
    let mean = |xs: Vec<f64>| {
        if xs.is_empty() {
            0.0
        } else {
            xs.iter().sum::<f64>() / xs.len() as f64
        }
    };
    let precision = mean(
        pages
            .iter()
            .filter(|c| c.tp + c.fp > 0.0)
            .map(Counts::precision)
            .collect(),
    );
    let recall = mean(
        pages
            .iter()
            .filter(|c| c.tp + c.fn_ > 0.0)
            .map(Counts::recall)
            .collect(),
    );
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Summary {
        f1,
        precision,
        recall,
    }
}

/// The text the truth is compared with: the body without its headline and, unless asked for,
/// without photo captions (the benchmark's truth carries neither).
pub fn scored_text(doc: &Doc, with_captions: bool) -> String {
    let mut out = String::new();
    for p in &doc.paragraphs {
        let skip = p.kind == ParagraphKind::Headline
            || (!with_captions && p.kind == ParagraphKind::Caption);
        if skip {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&doc.body[p.span.start..p.span.end]);
    }
    out
}

/// One benchmark page, its truth and what was extracted.
#[derive(Debug, Clone)]
pub struct PageResult {
    pub id: String,
    pub url: String,
    pub truth: String,
    pub extracted: String,
    pub counts: Counts,
    /// Decoding and cleanup time (not decompression).
    pub time: Duration,
    pub error: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub pages: Vec<PageResult>,
    pub summary: Summary,
    /// Summed per-page time: pages per second of one core is `pages / busy`.
    pub busy: Duration,
}

impl Report {
    pub fn pages_per_second(&self) -> f64 {
        self.pages.len() as f64 / self.busy.as_secs_f64().max(1e-9)
    }
}

/// The benchmark directory beside the repository: `../shared/bench/aeb`.
pub fn default_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/aeb")
}

/// Runs the extractor over every page of the benchmark at `dir` and scores it. With `parallel`,
/// pages are spread over threads (per-page times are still measured one page at a time).
pub fn run(dir: &Path, with_captions: bool, parallel: bool) -> Result<Report, String> {
    let truth_path = dir.join("ground-truth.json");
    let truth_text = std::fs::read_to_string(&truth_path)
        .map_err(|e| format!("{}: {e}", truth_path.display()))?;
    let truth: BTreeMap<String, serde_json::Value> =
        serde_json::from_str(&truth_text).map_err(|e| format!("{}: {e}", truth_path.display()))?;
    let items: Vec<(&String, &serde_json::Value)> = truth.iter().collect();
    let one = |(id, v): &(&String, &serde_json::Value)| -> Result<PageResult, String> {
        let path = dir.join("html").join(format!("{id}.html.gz"));
        let raw = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut bytes)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let start = Instant::now();
        let result = crate::input::decode(
            &bytes,
            crate::input::DEFAULT_MAX_BYTES,
            Some(crate::input::Format::Html),
        )
        .and_then(|d| crate::clean::html::clean(&d.text));
        let time = start.elapsed();
        let (extracted, error) = match result {
            Ok(doc) => (scored_text(&doc, with_captions), None),
            Err(e) => (String::new(), Some(e.to_string())),
        };
        let truth = v
            .get("articleBody")
            .and_then(|t| t.as_str())
            .unwrap_or("")
            .to_string();
        Ok(PageResult {
            id: id.to_string(),
            url: v
                .get("url")
                .and_then(|t| t.as_str())
                .unwrap_or("")
                .to_string(),
            counts: compare(&truth, &extracted),
            truth,
            extracted,
            time,
            error,
        })
    };
    let pages: Vec<PageResult> = if parallel {
        items.par_iter().map(one).collect::<Result<_, _>>()?
    } else {
        items.iter().map(one).collect::<Result<_, _>>()?
    };
    let counts: Vec<Counts> = pages.iter().map(|p| p.counts).collect();
    let busy = pages.iter().map(|p| p.time).sum();
    Ok(Report {
        summary: summarise(&counts),
        pages,
        busy,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unicode_words() {
        assert_eq!(
            tokens("Hello, wörld! 2-1 o'clock_x"),
            vec!["Hello", "wörld", "2", "1", "o", "clock_x"]
        );
    }

    #[test]
    fn measure_matches_the_reference() {
        let c = compare("a b c d e", "a b c d e");
        assert_eq!((c.precision(), c.recall()), (1.0, 1.0));
        // Truth shingles: abcd, bcde; extraction: abcd, bcdx → 1 TP, 1 FP, 1 FN.
        let c = compare("a b c d e", "a b c d x");
        assert!((c.precision() - 0.5).abs() < 1e-9 && (c.recall() - 0.5).abs() < 1e-9);
        // Nothing extracted: the page counts for recall (0) but not for precision.
        let c = compare("a b c d e", "");
        assert_eq!(c.tp + c.fp, 0.0);
        let s = summarise(&[c, compare("a b c d", "a b c d")]);
        assert_eq!(s.precision, 1.0);
        assert_eq!(s.recall, 0.5);
        // Short texts are one shingle.
        assert_eq!(compare("a b", "a b").tp, 1.0);
    }
}
