//! Saved web pages: main content and metadata.

use scraper::{Html, Selector};

use crate::doc::{ArticleMeta, Doc};
use crate::input::InputError;

/// The article of an HTML page as a [`Doc`].
pub fn clean(html: &str) -> Result<Doc, InputError> {
    let page = Html::parse_document(html);
    let p = Selector::parse("p").expect("static selector");
    let paragraphs: Vec<String> = page
        .select(&p)
        .map(|e| e.text().collect::<String>().trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    Ok(Doc::from_body(
        paragraphs.join("\n\n"),
        ArticleMeta::default(),
    ))
}
