//! Saved web pages: the article's headline and paragraphs, and its metadata.
//!
//! Three steps: [`prescan`] bounds nesting and strips scripts before html5ever sees the page (so
//! no page, however hostile, costs more than linear time), [`metadata`] reads JSON-LD, meta tags
//! and the DOM, and [`content`] finds the article container and keeps its own text.

pub(crate) mod content;
pub(crate) mod metadata;
pub(crate) mod prescan;

use scraper::Html;

use crate::clean::text::build;
use crate::doc::{Doc, ParagraphKind};
use crate::input::InputError;

/// The article of an HTML page as a [`Doc`]: the headline first, then the article's paragraphs,
/// subheadings, list items, quotes and captions (credits removed).
pub fn clean(html: &str) -> Result<Doc, InputError> {
    let prepared = prescan::prepare(html);
    let page = Html::parse_document(&prepared.html);
    let meta = metadata::extract(&page, &prepared.json_ld);
    let paragraphs = content::extract(&page, &meta);
    if paragraphs.is_empty() {
        return Err(InputError::Malformed("no article text found".into()));
    }
    let mut all = Vec::with_capacity(paragraphs.len() + 1);
    if let Some(title) = meta.title.as_deref() {
        all.push((ParagraphKind::Headline, title.to_string()));
    }
    all.extend(paragraphs);
    Ok(build(all, meta))
}

/// A trace of the content choice (top candidates, the selection), for tuning; not a stable format.
#[doc(hidden)]
pub fn explain(html: &str) -> String {
    let prepared = prescan::prepare(html);
    let page = Html::parse_document(&prepared.html);
    let meta = metadata::extract(&page, &prepared.json_ld);
    format!(
        "meta: {meta:?}\nprescan: dropped={} flattened={}\n{}",
        prepared.dropped,
        prepared.flattened,
        content::explain(&page)
    )
}

/// Time spent in each step (pre-scan, parse, metadata, content), for tuning.
#[doc(hidden)]
pub fn step_times(html: &str) -> [std::time::Duration; 4] {
    let t0 = std::time::Instant::now();
    let prepared = prescan::prepare(html);
    let t1 = std::time::Instant::now();
    let page = Html::parse_document(&prepared.html);
    let t2 = std::time::Instant::now();
    let meta = metadata::extract(&page, &prepared.json_ld);
    let t3 = std::time::Instant::now();
    let _ = content::extract(&page, &meta);
    let t4 = std::time::Instant::now();
    [t1 - t0, t2 - t1, t3 - t2, t4 - t3]
}

/// Size of the page after the pre-scan, for tuning.
#[doc(hidden)]
pub fn prepared_len(html: &str) -> usize {
    prescan::prepare(html).html.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn timed(page: &str) -> (Result<Doc, InputError>, Duration) {
        let t = Instant::now();
        let r = clean(page);
        (r, t.elapsed())
    }

    #[test]
    fn simple_article() {
        let page = "<html lang=en><head><title>Arsenal beat Chelsea | Site</title></head><body>\
            <nav><a href=/>Home</a> <a href=/f>Football</a></nav>\
            <article><h1>Arsenal beat Chelsea</h1><p class=byline>By Ana Ruiz</p>\
            <p>Arsenal beat Chelsea 2-1 on Sunday, with goals from Saka and Havertz in the second half.</p>\
            <p>The win, their fifth in a row, lifts them to second in the table, two points behind Liverpool.</p>\
            <div class=advert>Advertisement</div>\
            <figure><img src=x.jpg><figcaption>Saka celebrates. (Photo by Jo Bloggs/Getty Images)</figcaption></figure>\
            </article><footer>Copyright</footer></body></html>";
        let doc = clean(page).unwrap();
        let kinds: Vec<ParagraphKind> = doc.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            vec![
                ParagraphKind::Headline,
                ParagraphKind::Text,
                ParagraphKind::Text,
                ParagraphKind::Caption
            ],
            "{}",
            doc.body
        );
        assert!(doc
            .body
            .starts_with("Arsenal beat Chelsea\n\nArsenal beat Chelsea 2-1"));
        assert!(doc.body.ends_with("Saka celebrates."), "{}", doc.body);
        assert_eq!(doc.meta.language.as_deref(), Some("en"));
    }

    #[test]
    fn hostile_deep_nesting() {
        let page =
            "<div>".repeat(65_536) + "<p>Deep text, with a comma, at the bottom of the page.</p>";
        let (r, t) = timed(&page);
        assert!(t < Duration::from_secs(2), "{t:?}");
        assert!(r.is_ok());
    }

    #[test]
    fn hostile_unclosed_bold() {
        let page = "<b>".repeat(1_000_000) + "text";
        let (_, t) = timed(&page);
        assert!(t < Duration::from_secs(3), "{t:?}");
    }

    #[test]
    fn hostile_malformed_and_odd() {
        for page in [
            "<div <p class=\"x>unterminated",
            "<<<>>></></ p><p/><!--",
            "<html></html>",
            "<html><head><title>T</title></head></html>",
            "<p>Just a paragraph without html or body, long enough to be prose, surely.</p>",
            "</div></div></div><p>",
            "<table><tr><td><table><tr><td>x",
        ] {
            let _ = clean(page);
        }
        let huge_attr = format!("<div title=\"{}\"><p>x</p></div>", "a".repeat(5_000_000));
        let (_, t) = timed(&huge_attr);
        assert!(t < Duration::from_secs(3), "{t:?}");
    }

    #[test]
    fn scripts_only_is_a_clear_error() {
        let page =
            "<html><head><script>var a=1;</script></head><body><script>b()</script></body></html>";
        let err = clean(page).unwrap_err();
        assert_eq!(err.to_string(), "malformed input: no article text found");
        assert!(clean("<html></html>").is_err());
    }
}
