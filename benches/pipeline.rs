//! Throughput of each stage and of the whole pipeline, in bytes/s (divan prints MB/s) and
//! articles/s, over the fixture articles and the founding sample article.
//!
//! Run: `cargo bench --bench pipeline`. Each stage is measured on documents already brought to the
//! point where that stage starts, so the figures do not include earlier stages.

use std::path::Path;
use std::sync::LazyLock;

use divan::counter::{BytesCount, ItemsCount};
use divan::{black_box, Bencher};
use sportfacts::doc::Doc;
use sportfacts::extract::{dates, entities::EntityExtractor, events, quotes, scores};
use sportfacts::{clean, sentences, Options, Pipeline};

// The allocator the `extract` binary uses, so the figures are the binary's.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

/// (raw bytes, is_html) of every fixture article plus the sample article.
static ARTICLES: LazyLock<Vec<(Vec<u8>, bool)>> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for dir in ["fixtures/text", "fixtures/html"] {
        if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
            for e in entries.flatten() {
                let p = e.path();
                let ext = p.extension().and_then(|x| x.to_str()).unwrap_or("");
                if matches!(ext, "txt" | "html") {
                    paths.push(p);
                }
            }
        }
    }
    paths.push(root.join("../shared/corpus/atalanta-gasperini.txt"));
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| {
            let html = p.extension().is_some_and(|x| x == "html");
            std::fs::read(&p).ok().map(|b| (b, html))
        })
        .collect()
});

fn text_articles() -> Vec<String> {
    ARTICLES
        .iter()
        .filter(|(_, html)| !html)
        .map(|(b, _)| String::from_utf8_lossy(b).into_owned())
        .collect()
}

fn html_articles() -> Vec<String> {
    ARTICLES
        .iter()
        .filter(|(_, html)| *html)
        .map(|(b, _)| {
            sportfacts::input::decode(b, usize::MAX, None)
                .map(|d| d.text)
                .unwrap_or_default()
        })
        .collect()
}

static EXTRACTOR: LazyLock<EntityExtractor> = LazyLock::new(EntityExtractor::builtin);

/// Documents ready for the stage after `upto`.
fn docs_upto(upto: &str) -> Vec<Doc> {
    let anchor = chrono::NaiveDate::from_ymd_opt(2025, 6, 5);
    text_articles()
        .iter()
        .map(|t| {
            let mut doc = clean::text::clean(t);
            doc.anchor = doc.anchor.or(anchor);
            doc.sentences = sentences::split(&doc);
            if upto == "sentences" {
                return doc;
            }
            doc.entities = EXTRACTOR.extract(&doc);
            if upto == "entities" {
                return doc;
            }
            doc.dates = dates::extract(&doc).0;
            doc.scores = scores::extract(&doc);
            doc.quotes = quotes::extract(&doc);
            doc
        })
        .collect()
}

fn body_bytes(docs: &[Doc]) -> usize {
    docs.iter().map(|d| d.body.len()).sum()
}

fn counters<'a, 'b>(bencher: Bencher<'a, 'b>, bytes: usize, items: usize) -> Bencher<'a, 'b> {
    bencher
        .counter(BytesCount::new(bytes))
        .counter(ItemsCount::new(items))
}

#[divan::bench]
fn stage_cleanup_text(bencher: Bencher) {
    let texts = text_articles();
    let bytes = texts.iter().map(String::len).sum();
    counters(bencher, bytes, texts.len()).bench(|| {
        for t in &texts {
            black_box(clean::text::clean(t));
        }
    });
}

#[divan::bench]
fn stage_sentences(bencher: Bencher) {
    let docs = docs_upto("sentences");
    counters(bencher, body_bytes(&docs), docs.len()).bench(|| {
        for d in &docs {
            black_box(sentences::split(d));
        }
    });
}

#[divan::bench]
fn stage_cleanup_and_sentences(bencher: Bencher) {
    let texts = text_articles();
    let bytes = texts.iter().map(String::len).sum();
    counters(bencher, bytes, texts.len()).bench(|| {
        for t in &texts {
            let doc = clean::text::clean(t);
            black_box(sentences::split(&doc));
        }
    });
}

#[divan::bench]
fn stage_entities(bencher: Bencher) {
    let docs = docs_upto("sentences");
    counters(bencher, body_bytes(&docs), docs.len()).bench(|| {
        for d in &docs {
            black_box(EXTRACTOR.extract(d));
        }
    });
}

#[divan::bench]
fn stage_dates(bencher: Bencher) {
    let docs = docs_upto("entities");
    counters(bencher, body_bytes(&docs), docs.len()).bench(|| {
        for d in &docs {
            black_box(dates::extract(d));
        }
    });
}

#[divan::bench]
fn stage_scores(bencher: Bencher) {
    let docs = docs_upto("entities");
    counters(bencher, body_bytes(&docs), docs.len()).bench(|| {
        for d in &docs {
            black_box(scores::extract(d));
        }
    });
}

#[divan::bench]
fn stage_quotes(bencher: Bencher) {
    let docs = docs_upto("entities");
    counters(bencher, body_bytes(&docs), docs.len()).bench(|| {
        for d in &docs {
            black_box(quotes::extract(d));
        }
    });
}

#[divan::bench]
fn stage_events(bencher: Bencher) {
    let docs = docs_upto("all");
    counters(bencher, body_bytes(&docs), docs.len()).bench(|| {
        for d in &docs {
            black_box(events::extract(d));
        }
    });
}

#[divan::bench]
fn stage_cleanup_html(bencher: Bencher) {
    let pages = html_articles();
    let bytes = pages.iter().map(String::len).sum();
    counters(bencher, bytes, pages.len()).bench(|| {
        for p in &pages {
            let _ = black_box(clean::html::clean(p));
        }
    });
}

#[divan::bench]
fn pipeline_text(bencher: Bencher) {
    let pipeline = Pipeline::new(Options::default());
    let texts = text_articles();
    let bytes = texts.iter().map(String::len).sum();
    counters(bencher, bytes, texts.len()).bench(|| {
        for t in &texts {
            let _ = black_box(pipeline.extract_str(t, "bench.txt"));
        }
    });
}

#[divan::bench]
fn pipeline_html(bencher: Bencher) {
    let pipeline = Pipeline::new(Options::default());
    let pages: Vec<&Vec<u8>> = ARTICLES
        .iter()
        .filter(|(_, h)| *h)
        .map(|(b, _)| b)
        .collect();
    let bytes = pages.iter().map(|b| b.len()).sum();
    counters(bencher, bytes, pages.len()).bench(|| {
        for p in &pages {
            let _ = black_box(pipeline.extract(p, "bench.html"));
        }
    });
}

#[divan::bench]
fn build_entity_automaton() -> EntityExtractor {
    EntityExtractor::builtin()
}
