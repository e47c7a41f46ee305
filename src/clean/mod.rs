//! Stage 1: input cleanup. Scraped text ([`text`]) and saved web pages ([`html`]) become a [`Doc`]
//! whose body is the headline and the article's own paragraphs, with the article metadata beside it.
//! [`meta`] holds the date and byline parsing both share.
//!
//! [`Doc`]: crate::doc::Doc

pub mod html;
pub mod meta;
pub mod text;
