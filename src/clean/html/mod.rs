//! Saved web pages: the article's headline and paragraphs, and its metadata.
//!
//! A feed file's first entry is first made a page ([`feed`]). Three steps: [`prescan`] bounds nesting and strips scripts before html5ever sees the page (so
//! no page, however hostile, costs more than linear time), [`metadata`] reads JSON-LD, meta tags
//! and the DOM, and [`content`] finds the article container and keeps its own text.

pub(crate) mod content;
pub(crate) mod feed;
pub(crate) mod metadata;
pub(crate) mod prescan;

use scraper::Html;

use crate::clean::text::build;
use crate::doc::{Doc, ParagraphKind};
use crate::input::InputError;

/// The article of an HTML page as a [`Doc`]: the headline first, then the article's paragraphs,
/// subheadings, list items, quotes and captions (credits removed).
pub fn clean(html: &str) -> Result<Doc, InputError> {
    // (An Atom or RSS feed saved as a file: its first entry, as a page.)
    let page_of_feed = feed::as_page(html);
    let html = page_of_feed.as_deref().unwrap_or(html);
    let prepared = prescan::prepare(html);
    let page = Html::parse_document(&prepared.html);
    let mut meta = metadata::extract(&page, &prepared.json_ld);
    let (paragraphs, byline, published) = content::extract_with_byline(&page, &meta);
    if meta.authors.is_empty() {
        meta.authors = byline;
    }
    if meta.published.is_none() {
        meta.published = published;
    }
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

    /// A time bound in release builds, eight times looser in unoptimised test builds.
    fn within(ms: u64) -> Duration {
        Duration::from_millis(if cfg!(debug_assertions) { ms * 8 } else { ms })
    }

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
    fn a_hidden_article_body_behind_a_paywall_is_the_article() {
        let page = "<html><body><article><h1>Blades beaten by Coventry</h1>\
            <div class=byline>By <a href=\"/author/hannah-osei\">Hannah Osei</a> \
            <span class=role>Blades reporter</span></div>\
            <div class=premium-teaser><p>For 25 minutes it looked as if the corner had been \
            turned, and then the boos came back.</p><p>Subscribe now to read on.</p></div>\
            <div class=article-body hidden><p>For 25 minutes it looked as if the corner had been \
            turned, and then the boos came back.</p><p>Sheffield United were beaten 3-1 by \
            Coventry City, who came from a goal down to win for the third time in a row.</p>\
            <p>Okonjo's header had the Blades 1-0 up on 14 minutes, but the visitors were level \
            by the break and ran away with it after.</p></div>\
            <div class=menu hidden><p>Football, cricket, rugby, golf and more sports news.</p></div>\
            </article></body></html>";
        let doc = clean(page).unwrap();
        assert!(doc.body.contains("were beaten 3-1 by"), "{}", doc.body);
        assert!(!doc.body.contains("more sports news"), "{}", doc.body);
        assert_eq!(doc.meta.authors, ["Hannah Osei"]);
    }

    #[test]
    fn a_byline_paragraph_names_the_authors_the_page_names_nowhere_else() {
        let page = "<html><body><h1>Vipers lose a thriller</h1>\
            <p>Words: Rachel Mbeki-Thornton, club secretary</p>\
            <p>Our first team were beaten 27-24 by London GD on Saturday evening, and it stung.</p>\
            <p>We led 14-11 at half-time after a run of four goals from the left wing.</p>\
            </body></html>";
        let doc = clean(page).unwrap();
        assert_eq!(doc.meta.authors, ["Rachel Mbeki-Thornton"]);
        assert!(!doc.body.contains("Words:"), "{}", doc.body);
    }

    /// Hostile pages: each must finish quickly (generous bounds: tests may run unoptimised) with a
    /// record or a clear error, never a panic or a stack overflow.
    /// An old table page: kicker, headline and byline in one cell, set apart by line breaks.
    #[test]
    fn a_byline_line_inside_a_block_of_short_lines_is_metadata() {
        let page = "<html><head><title>Site - Cup: Rovers win</title></head><body><table><tr><td>\
            <font size=1>CUP &gt; Semi-final</font><br><font size=5><b>Rovers go through on \
            penalties</b></font><br><font size=1>By <b>Ines Ferraz-Oyelaran</b> in Porto &middot; \
            Sunday, 7 March 2027 &middot; 23:10</font><br><br>\
            <p>Rovers are through to the final after beating City 4-3 on penalties at the Dragao \
            last night, with the goalkeeper saving twice in the shoot-out.</p>\
            <p>The first leg had finished goalless, and so did the second after extra time.</p>\
            </td></tr></table></body></html>";
        let doc = clean(page).unwrap();
        assert_eq!(doc.meta.authors, ["Ines Ferraz-Oyelaran"]);
        assert_eq!(doc.meta.published.as_deref(), Some("2027-03-07T23:10:00"));
        assert!(!doc.body.contains("By Ines"), "{}", doc.body);
    }

    #[test]
    fn hostile_deep_nesting() {
        let page = "<div>".repeat(65_536)
            + "<p>Deep text, with a comma, at the bottom of the page.</p>"
            + &"</div>".repeat(65_536);
        let (r, t) = timed(&page);
        assert!(t < within(800), "{t:?}");
        assert!(r.unwrap().body.contains("Deep text"));
        let page = "<div>".repeat(1_000_000) + "<p>Deep text, with a comma, at the bottom.</p>";
        let (r, t) = timed(&page);
        assert!(t < within(2000), "{t:?}");
        assert!(r.is_ok());
    }

    #[test]
    fn hostile_unclosed_formatting() {
        let page = "<p>Start of the text, with commas, and more words.</p>".to_string()
            + &"<b>".repeat(1_000_000)
            + "text";
        let (r, t) = timed(&page);
        assert!(t < within(2000), "{t:?}");
        assert!(r.is_ok());
        // Formatting elements closed by every paragraph would be rebuilt in each following one.
        let page: String = (0..100_000)
            .map(|i| format!("<p><b class=c{i}>Word, word, word, word, word.</p>"))
            .collect();
        let (_, t) = timed(&page);
        assert!(t < within(3000), "{t:?}");
    }

    #[test]
    fn hostile_wide_and_stray() {
        // Deep, then very many siblings: each costs a scope walk of the whole stack.
        let page = "<span>".repeat(250) + &"<div></div>".repeat(500_000);
        let (_, t) = timed(&page);
        assert!(t < within(3000), "{t:?}");
        let page = "<div>".repeat(250) + &"</p>".repeat(1_000_000) + "<p>Text, comma, text.</p>";
        let (_, t) = timed(&page);
        assert!(t < within(2000), "{t:?}");
        // `</div>` cannot close a div outside the table: every repetition nests deeper.
        let page = "<div><table><tr><td></div>".repeat(50_000);
        let (_, t) = timed(&page);
        assert!(t < within(3000), "{t:?}");
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
            "<svg><p>not html</p>",
            "<script>never closed",
            "<title>never closed",
            "<a href='x>y</a>",
            "\u{feff}<p>é</p>",
        ] {
            let _ = clean(page);
        }
        let huge_attr = format!(
            "<div title=\"{}\"><p>Some text, after a huge attribute, to find.</p></div>",
            "a".repeat(5_000_000)
        );
        let (r, t) = timed(&huge_attr);
        assert!(t < within(2000), "{t:?}");
        assert!(r.unwrap().body.contains("Some text"));
    }

    #[test]
    fn empty_pages_are_a_clear_error() {
        let scripts =
            "<html><head><script>var a=1;</script></head><body><script>b()</script></body></html>";
        for page in [
            scripts,
            "<html></html>",
            "<html><head><title>Only a title</title></head></html>",
        ] {
            let err = clean(page).unwrap_err();
            assert_eq!(err.to_string(), "malformed input: no article text found");
        }
    }

    /// Random tag soup from the pieces hostile pages are made of: never a panic.
    #[test]
    fn tag_soup_never_panics() {
        const PIECES: [&str; 32] = [
            "<div>",
            "</div>",
            "<p>",
            "</p>",
            "<b>",
            "</b>",
            "<a href=x>",
            "</a>",
            "<table>",
            "<tr>",
            "<td>",
            "</table>",
            "<li>",
            "<ul>",
            "<br>",
            "<br/>",
            "<!--",
            "-->",
            "<script>",
            "</script>",
            "<svg>",
            "<title>",
            "<h1>",
            "</h1>",
            "text, words ",
            "é😀 ",
            "&amp;",
            "&#x1F600;",
            "<",
            ">",
            "\"",
            "<figure><figcaption>Cap (Photo: X/Y)",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..300 {
            let mut page = String::new();
            for _ in 0..200 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                page.push_str(PIECES[(seed % PIECES.len() as u64) as usize]);
            }
            let _ = clean(&page);
        }
    }
}
