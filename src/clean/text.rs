//! Scraped plain text: each line is classified by its shape and vocabulary — headline, section
//! label, byline, date line, caption, page junk or article prose — and the body is rebuilt from the
//! headline, the prose and the captions (credits removed).
//!
//! Rules decide by line shape and by the word lists in `data/page_junk.tsv`, never by one site's
//! exact strings, so they hold for sites nobody here has seen.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::meta::{parse_byline, parse_published};
use crate::doc::{ArticleMeta, Doc, Paragraph, ParagraphKind, Span};

struct JunkWords {
    lines: HashSet<String>,
    prefixes: Vec<String>,
    ends: Vec<String>,
    credits: HashSet<String>,
}

static JUNK: LazyLock<JunkWords> = LazyLock::new(|| {
    let mut words = JunkWords {
        lines: HashSet::new(),
        prefixes: Vec::new(),
        ends: Vec::new(),
        credits: HashSet::new(),
    };
    for line in include_str!("../../data/page_junk.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((kind, phrase)) = line.split_once('\t') else {
            continue;
        };
        let phrase = phrase.trim().to_lowercase();
        match kind {
            "line" => {
                words.lines.insert(phrase);
            }
            "prefix" => words.prefixes.push(phrase),
            "end" => words.ends.push(phrase),
            "credit" => {
                words.credits.insert(phrase);
            }
            _ => {}
        }
    }
    words
});

/// Lower-cased letters and spaces only: "Share this article (12)" → "share this article".
fn normalise(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut space = true;
    for c in line.chars() {
        if c.is_alphabetic() || c == '\'' || c == '’' {
            for l in c.to_lowercase() {
                out.push(l);
            }
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

fn starts_with_phrase(norm: &str, phrase: &str) -> bool {
    norm.starts_with(phrase) && norm[phrase.len()..].chars().next().is_none_or(|c| c == ' ')
}

/// Page junk: navigation, share/follow/subscribe lines, ads, credits, comment teasers.
fn is_junk(line: &str) -> bool {
    let norm = normalise(line);
    if norm.is_empty() {
        // Only digits and symbols: counters, separators, bullets.
        return true;
    }
    let junk = &*JUNK;
    if junk.lines.contains(&norm) {
        return true;
    }
    if word_count(line) <= 12 && junk.prefixes.iter().any(|p| starts_with_phrase(&norm, p)) {
        // A real sentence that happens to start like junk ends like a sentence and is long.
        return !(word_count(line) >= 8 && ends_sentence(line));
    }
    is_nav(line)
}

/// The heading of a trailing block of other stories ("Related Articles", "More from …").
fn is_end_marker(line: &str) -> bool {
    if word_count(line) > 6 || ends_sentence(line) {
        return false;
    }
    let norm = normalise(line);
    JUNK.ends
        .iter()
        .any(|p| norm == *p || (p.split(' ').count() >= 2 && starts_with_phrase(&norm, p)))
}

const NAV_SEPARATORS: [char; 7] = ['|', '•', '·', '›', '»', '>', '/'];

/// Menus and breadcrumbs: several short items between separators.
fn is_nav(line: &str) -> bool {
    let parts: Vec<&str> = line
        .split(|c| NAV_SEPARATORS.contains(&c))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let separators = line.chars().filter(|c| NAV_SEPARATORS.contains(c)).count();
    separators >= 2 && parts.len() >= 3 && parts.iter().all(|p| word_count(p) <= 4)
}

/// The last item of a breadcrumb ("Sport › Football › Serie A" → "Serie A").
fn breadcrumb_section(line: &str) -> Option<String> {
    if !line.contains(['›', '>', '»']) {
        return None;
    }
    line.split(['›', '>', '»'])
        .map(str::trim)
        .rfind(|p| !p.is_empty())
        .map(str::to_string)
}

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '”', '’', '\'', ')', ']', ' ']);
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

/// Article prose: a real sentence or more.
fn is_prose(line: &str) -> bool {
    let words = word_count(line);
    (words >= 8 && ends_sentence(line)) || words >= 20
}

/// A section label: one to three words in capitals ("FEATURES", "NBA", "MOTORSPORT").
fn is_label(line: &str) -> bool {
    let words = word_count(line);
    let letters: Vec<char> = line.chars().filter(|c| c.is_alphabetic()).collect();
    (1..=3).contains(&words)
        && letters.len() >= 2
        && letters.iter().all(|c| c.is_uppercase())
        && !ends_sentence(line)
}

/// A headline: a short line of several words that is not a sentence-long paragraph of prose.
fn is_headline_shaped(line: &str) -> bool {
    let words = word_count(line);
    (2..=30).contains(&words) && !(words >= 12 && line.trim_end().ends_with('.'))
}

const DATE_PREFIXES: [&str; 9] = [
    "published",
    "updated",
    "posted",
    "last updated",
    "first published",
    "modified",
    "last modified",
    "date",
    "on",
];

/// A line that gives the publication date: a date alone, or behind "Published", "Updated"…
fn date_line(line: &str) -> Option<(super::meta::Published, bool)> {
    if word_count(line) > 14 {
        return None;
    }
    let norm = normalise(line);
    let updated = norm.starts_with("updated")
        || norm.starts_with("last updated")
        || norm.starts_with("modified");
    let prefixed = DATE_PREFIXES.iter().any(|p| starts_with_phrase(&norm, p));
    let published = parse_published(line)?;
    if prefixed {
        return Some((published, updated));
    }
    // Unprefixed: the line must be only date words (weekday, month, numbers, time, zone).
    let only_date_words = norm.split(' ').all(|w| {
        w.is_empty()
            || super::meta::month_number(w).is_some()
            || WEEKDAYS.contains(&w)
            || ZONES.contains(&w)
            || matches!(
                w,
                "am" | "pm" | "a" | "m" | "p" | "at" | "of" | "st" | "nd" | "rd" | "th"
            )
    });
    only_date_words.then_some((published, updated))
}

const ZONES: [&str; 22] = [
    "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "wet", "west", "ist", "aest", "aedt", "et",
    "est", "edt", "ct", "cst", "cdt", "pt", "pst", "pdt", "z",
];

const WEEKDAYS: [&str; 14] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
];

static CREDIT_PAREN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\(([^()]{2,120})\)\s*$").expect("static regex"));
static CREDIT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)[\s|–—-]*\b(?:photo(?:graph)?s?|pictures?|images?|credit)\s*(?:by|:)\s*[^.!?]{2,80}$",
    )
    .expect("static regex")
});

/// A caption with its photo credit cut off, or `None` when the line carries no credit.
fn strip_credit(line: &str) -> Option<&str> {
    if let Some(c) = CREDIT_PAREN.captures(line) {
        let inner = normalise(&c[1]);
        let credit = inner.split(' ').any(|w| JUNK.credits.contains(w))
            || JUNK
                .credits
                .iter()
                .any(|p| p.contains(' ') && inner.contains(p.as_str()));
        if credit
            && (c[1].contains('/')
                || inner.starts_with("photo")
                || inner.contains("getty")
                || word_count(&c[1]) <= 4)
        {
            let m = c.get(0).map_or(line.len(), |m| m.start());
            return Some(line[..m].trim_end());
        }
    }
    if let Some(m) = CREDIT_TAIL.find(line) {
        if m.start() > 0 {
            return Some(line[..m.start()].trim_end());
        }
    }
    None
}

/// Normalises line breaks, strips control and zero-width characters, folds odd spaces.
fn normalise_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' => out.push('\n'),
            '\t' | '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
                out.push(' ')
            }
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}' => {}
            '\u{2028}' | '\u{2029}' => out.push('\n'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Lines of a text, trimmed, with hard-wrapped lines of one paragraph joined; `None` marks a
/// blank line.
fn logical_lines(text: &str) -> Vec<Option<String>> {
    let mut out: Vec<Option<String>> = Vec::new();
    for raw in text.split('\n') {
        let line = raw.trim();
        if line.is_empty() {
            out.push(None);
            continue;
        }
        let join = match out.last() {
            Some(Some(prev)) => continues(prev, line),
            _ => false,
        };
        if join {
            if let Some(Some(prev)) = out.last_mut() {
                prev.push(' ');
                prev.push_str(line);
            }
        } else {
            out.push(Some(line.to_string()));
        }
    }
    out
}

/// Whether `next` continues the paragraph `prev` (hard-wrapped text).
fn continues(prev: &str, next: &str) -> bool {
    if ends_sentence(prev) || is_junk(next) || parse_byline(next).is_some() {
        return false;
    }
    let starts_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
    starts_lower && word_count(prev) >= 6
}

/// Cleans scraped text into a document: metadata from the header lines, a body of headline,
/// prose and captions, and nothing from the page around the article.
pub fn clean(text: &str) -> Doc {
    let text = normalise_text(text);
    let lines = logical_lines(&text);
    let mut meta = ArticleMeta::default();
    let mut paragraphs: Vec<(ParagraphKind, String)> = Vec::new();
    let mut warnings = Vec::new();
    let mut in_header = true;
    let mut seen_prose = false;
    let mut seen_junk = false;
    let mut labels: Vec<(String, bool)> = Vec::new();
    let mut updated_date = None;
    let content: Vec<&String> = lines.iter().flatten().collect();

    for (i, line) in content.iter().enumerate() {
        let line = line.as_str();
        if seen_prose && is_end_marker(line) {
            break;
        }
        if is_junk(line) {
            if in_header {
                if let Some(section) = breadcrumb_section(line) {
                    if word_count(&section) <= 3 {
                        labels.push((section, true));
                    }
                }
            }
            seen_junk = true;
            continue;
        }
        // Bylines and date lines: anywhere in the header, and short explicit ones in the body.
        let byline_allowed =
            in_header || (word_count(line) <= 8 && normalise(line).starts_with("by "));
        if byline_allowed && word_count(line) <= 14 {
            if let Some((authors, site)) = parse_byline(line) {
                if meta.authors.is_empty() {
                    meta.authors = authors;
                }
                if meta.site.is_none() {
                    meta.site = site;
                }
                continue;
            }
        }
        let date_allowed = in_header || word_count(line) <= 10;
        if date_allowed {
            if let Some((published, updated)) = date_line(line) {
                let prefixed_or_header = in_header
                    || DATE_PREFIXES[..6]
                        .iter()
                        .any(|p| starts_with_phrase(&normalise(line), p));
                if prefixed_or_header {
                    if published.ambiguous {
                        warnings.push(format!(
                            "ambiguous numeric publication date {:?}: read as day first",
                            line
                        ));
                    }
                    if updated {
                        updated_date.get_or_insert(published);
                    } else if meta.published.is_none() {
                        meta.published = Some(published.iso());
                    }
                    continue;
                }
            }
        }
        if in_header && meta.title.is_none() {
            if is_label(line) && !is_prose(line) {
                labels.push((line.to_string(), seen_junk));
                continue;
            }
            if is_headline_shaped(line) && !is_prose(line) {
                meta.title = Some(line.to_string());
                paragraphs.push((ParagraphKind::Headline, line.to_string()));
                continue;
            }
            if is_headline_shaped(line) && !next_is_meta(&content[i + 1..]) && i + 1 < content.len()
            {
                // A long headline that reads like a sentence, followed directly by prose.
                let next_prose = content.get(i + 1).is_some_and(|n| is_prose(n));
                if next_prose && !line.ends_with('.') {
                    meta.title = Some(line.to_string());
                    paragraphs.push((ParagraphKind::Headline, line.to_string()));
                    continue;
                }
            }
        }
        if in_header && meta.title.is_some() && next_is_meta(&content[i..=i]) {
            continue;
        }
        in_header = false;
        if is_prose(line) {
            seen_prose = true;
        }
        match strip_credit(line) {
            Some(caption) if !caption.is_empty() => {
                paragraphs.push((ParagraphKind::Caption, caption.to_string()));
            }
            Some(_) => {}
            None => paragraphs.push((ParagraphKind::Text, line.to_string())),
        }
    }
    if meta.published.is_none() {
        meta.published = updated_date.map(|p| p.iso());
    }
    // Labels: the one nearest the headline is the section; a label that opened the page before
    // any navigation is the site's name.
    for (label, after_junk) in &labels {
        if !after_junk && labels.len() > 1 && meta.site.is_none() {
            meta.site = Some(title_case(label));
        } else {
            meta.section = Some(title_case(label));
        }
    }
    if meta.section.is_none() {
        if let Some((label, _)) = labels.last() {
            meta.section = Some(title_case(label));
        }
    }
    meta.language = Some("en".into());
    let mut doc = build(paragraphs, meta);
    doc.warnings = warnings;
    doc
}

fn next_is_meta(lines: &[&String]) -> bool {
    lines
        .first()
        .is_some_and(|l| parse_byline(l).is_some() || date_line(l).is_some())
}

/// "FEATURES" → "Features"; mixed-case labels stay as written.
fn title_case(label: &str) -> String {
    if label.chars().any(|c| c.is_lowercase()) {
        return label.to_string();
    }
    label
        .split_whitespace()
        .map(|w| {
            if w.len() <= 3 {
                return w.to_string();
            }
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(|c| c.to_lowercase()))
                    .collect(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Joins paragraphs with blank lines into the body and records their spans.
pub(crate) fn build(paragraphs: Vec<(ParagraphKind, String)>, meta: ArticleMeta) -> Doc {
    let mut body = String::new();
    let mut spans = Vec::with_capacity(paragraphs.len());
    for (kind, text) in paragraphs {
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        let start = body.len();
        body.push_str(&text);
        spans.push(Paragraph {
            span: Span::new(start, body.len()),
            kind,
        });
    }
    let anchor = meta.published_date();
    Doc {
        body,
        paragraphs: spans,
        meta,
        anchor,
        ..Doc::default()
    }
}

/// Clean body text taken as it is: no junk removal, no metadata. Paragraphs break at blank lines,
/// or at every line when the text has no blank lines.
pub fn plain(text: &str) -> Doc {
    let text = normalise_text(text);
    let has_blank = text.contains("\n\n");
    let mut paragraphs = Vec::new();
    let pieces: Vec<&str> = if has_blank {
        text.split("\n\n").collect()
    } else {
        text.split('\n').collect()
    };
    for piece in pieces {
        let piece = piece.trim();
        if !piece.is_empty() {
            paragraphs.push((ParagraphKind::Text, piece.to_string()));
        }
    }
    let meta = ArticleMeta {
        language: Some("en".into()),
        ..ArticleMeta::default()
    };
    build(paragraphs, meta)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body_of(text: &str) -> (Doc, Vec<String>) {
        let doc = clean(text);
        let paras = doc
            .paragraphs
            .iter()
            .map(|p| doc.text(p.span).to_string())
            .collect();
        (doc, paras)
    }

    #[test]
    fn junk_lines() {
        for junk in [
            "Skip to Content",
            "ADVERTISEMENT",
            "Advertisement",
            "Share this article",
            "Follow us on X for the latest",
            "12 Comments",
            "Home | News | Scores | Transfers",
            "Continue reading below",
            "Sign up to our newsletter",
            "Photo: Getty Images",
            "• • •",
        ] {
            assert!(is_junk(junk), "{junk}");
        }
        for prose in [
            "Arsenal beat Chelsea 2-1 on Sunday.",
            "Share prices of the club rose after the takeover was confirmed on Friday morning.",
            "Home fans booed.",
            "Menu changes at the stadium were the least of their worries this season.",
        ] {
            assert!(!is_junk(prose), "{prose}");
        }
    }

    #[test]
    fn end_markers() {
        for end in [
            "Related Articles",
            "Most Read",
            "Recommended for you",
            "More from The Athletic",
            "You may also like",
        ] {
            assert!(is_end_marker(end), "{end}");
        }
        assert!(!is_end_marker(
            "Related to the case, the club said nothing."
        ));
    }

    #[test]
    fn captions_lose_their_credit() {
        let cases = [
            (
                "Gasperini has called time (Photo by Marco Luzzani/Getty Images)",
                "Gasperini has called time",
            ),
            (
                "Judge celebrates his homer in the ninth. (AP Photo/Frank Lee)",
                "Judge celebrates his homer in the ninth.",
            ),
            (
                "Kane scores the opener. Photograph: Tom Jenkins/The Guardian",
                "Kane scores the opener.",
            ),
            ("Salah at Anfield (Getty Images)", "Salah at Anfield"),
        ];
        for (line, want) in cases {
            assert_eq!(strip_credit(line), Some(want), "{line}");
        }
        assert_eq!(
            strip_credit("He played for Roma (2015-2019) and Lazio."),
            None
        );
        assert_eq!(
            strip_credit("The club (founded in 1907) is based in Bergamo."),
            None
        );
    }

    #[test]
    fn header_shape() {
        let (doc, paras) = body_of(
            "Skip to Content\nFEATURES\n\nBig Win for the Underdogs in Cup Thriller\n\nBy Ann Lee and Bo Park\n\nPublished on: June 5, 2025\n\nThe underdogs won the cup on Saturday with a late goal from their captain.\n\nAdvertisement\n\nIt was their first trophy since 1987, and the town partied all night long.\n\nRelated Articles\n\nAnother story about something else entirely happening today\n",
        );
        assert_eq!(
            doc.meta.title.as_deref(),
            Some("Big Win for the Underdogs in Cup Thriller")
        );
        assert_eq!(doc.meta.authors, ["Ann Lee", "Bo Park"]);
        assert_eq!(doc.meta.published.as_deref(), Some("2025-06-05"));
        assert_eq!(doc.meta.section.as_deref(), Some("Features"));
        assert_eq!(paras.len(), 3);
        assert_eq!(doc.paragraphs[0].kind, ParagraphKind::Headline);
        assert!(paras[2].starts_with("It was their first"));
    }

    #[test]
    fn clean_text_without_junk() {
        let (doc, paras) = body_of("Lakers Rally Past Celtics\n\nLeBron James scored 30 points as the Lakers beat the Celtics 110-104 on Tuesday night.\n");
        assert_eq!(doc.meta.title.as_deref(), Some("Lakers Rally Past Celtics"));
        assert_eq!(paras.len(), 2);
    }

    #[test]
    fn no_headline_when_first_line_is_prose() {
        let (doc, paras) = body_of("LeBron James scored 30 points as the Lakers beat the Celtics 110-104 on Tuesday night.\nThe win was their fifth in a row.");
        assert_eq!(doc.meta.title, None);
        assert_eq!(paras.len(), 2);
    }

    #[test]
    fn site_name_before_navigation() {
        let (doc, _) = body_of("PUCK REPORT\nMenu\nSign in\nNHL\nOilers Edge Flames in Shootout Classic\nBy Jo Park | Puck Report\nSunday, January 11, 2026\nThe Oilers beat the Flames 4-3 in a shootout on Saturday night in Edmonton.");
        assert_eq!(doc.meta.site.as_deref(), Some("Puck Report"));
        assert_eq!(doc.meta.section.as_deref(), Some("NHL"));
        assert_eq!(doc.meta.authors, ["Jo Park"]);
        assert_eq!(doc.meta.published.as_deref(), Some("2026-01-11"));
    }

    #[test]
    fn hard_wrapped_paragraphs_join() {
        let (_, paras) = body_of("Cup Final Report\n\nThe underdogs won the cup on Saturday with a late goal from\ntheir captain, who had been injured for most of the season.\n");
        assert_eq!(paras.len(), 2);
        assert!(paras[1].contains("from their captain"));
    }

    #[test]
    fn plain_keeps_everything() {
        let doc = plain("Share this article\n\nArsenal won.");
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.meta.title, None);
    }
}
