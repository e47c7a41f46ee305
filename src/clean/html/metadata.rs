//! Article metadata of a web page, from the sources in the order the best extractors trust them:
//! JSON-LD (`NewsArticle` and kin, also inside `@graph` and arrays), then OpenGraph and `article:*`
//! properties, then `<meta name=author|parsely-*|dc.*>`, then `<time datetime>`, then a byline
//! element (`rel=author`, `itemprop`/class `author`/`byline`), then `<h1>`, then `<title>` without
//! its site suffix. A publisher is never an author; `site` holds the site name.

use std::sync::LazyLock;

use scraper::{ElementRef, Html, Selector};
use serde_json::Value;

use crate::clean::meta::{looks_like_person_name, parse_byline, parse_published};
use crate::doc::ArticleMeta;

fn selector(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

static ITEMPROP_NAME: LazyLock<Selector> = LazyLock::new(|| selector("[itemprop=name]"));
/// Links: inside a byline, to the writers' pages (`href` itself is dropped before parsing).
static LINK: LazyLock<Selector> = LazyLock::new(|| selector("a"));
/// Labels a page shows above the headline for its section.
static SECTION_LABEL: LazyLock<Selector> = LazyLock::new(|| {
    selector(
        "[class*=section-label], [class*=section-name], [class*=kicker], [class*=eyebrow], \
         [class*=rubric], [class*=overline], [class*=article-section], a[rel~=category]",
    )
});
static BREADCRUMB_ITEM: LazyLock<Selector> = LazyLock::new(|| {
    selector(
        "[class*=breadcrumb] li, [class*=breadcrumb] a, [itemtype*=BreadcrumbList] [itemprop=name]",
    )
});

const ARTICLE_TYPES: [&str; 14] = [
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "LiveBlogPosting",
    "BlogPosting",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BackgroundNewsArticle",
    "AskPublicNewsArticle",
    "SatiricalArticle",
    "Report",
    "TechArticle",
    "SocialMediaPosting",
];

/// What the JSON-LD says about the article.
#[derive(Debug, Default)]
struct LinkedData {
    headline: Option<String>,
    authors: Vec<String>,
    published: Option<String>,
    section: Option<String>,
    publisher: Option<String>,
    language: Option<String>,
}

fn types_of(v: &Value) -> Vec<&str> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn is_article(v: &Value) -> bool {
    types_of(v)
        .iter()
        .any(|t| ARTICLE_TYPES.contains(&t.trim_start_matches("schema:")))
}

/// Every object of a JSON-LD document: top level, arrays, `@graph`.
fn objects<'a>(v: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| objects(x, out, depth + 1)),
        Value::Object(o) => {
            out.push(v);
            if let Some(g) = o.get("@graph") {
                objects(g, out, depth + 1);
            }
            if let Some(m) = o.get("mainEntity") {
                objects(m, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(decode_entities(s.trim())).filter(|s| !s.is_empty()),
        Value::Array(a) => a.iter().find_map(text_of),
        Value::Object(o) => o.get("name").and_then(text_of),
        _ => None,
    }
}

/// JSON-LD and meta strings sometimes carry HTML entities: numeric ones and the common named ones
/// are decoded.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    const NAMED: [(&str, &str); 16] = [
        ("amp", "&"),
        ("quot", "\""),
        ("apos", "'"),
        ("lt", "<"),
        ("gt", ">"),
        ("nbsp", " "),
        ("rsquo", "’"),
        ("lsquo", "‘"),
        ("rdquo", "”"),
        ("ldquo", "“"),
        ("ndash", "–"),
        ("mdash", "—"),
        ("hellip", "…"),
        ("pound", "£"),
        ("euro", "€"),
        ("eacute", "é"),
    ];
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 1..];
        let end = tail.find(';').filter(|&e| e > 0 && e <= 10);
        let decoded = end.and_then(|e| {
            let name = &tail[..e];
            if let Some(num) = name.strip_prefix('#') {
                let code = match num.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => num.parse().ok()?,
                };
                char::from_u32(code).map(|c| c.to_string())
            } else {
                NAMED
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        });
        match (decoded, end) {
            (Some(d), Some(e)) => {
                out.push_str(&d);
                rest = &tail[e + 1..];
            }
            _ => {
                out.push('&');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Author names of a JSON-LD `author` value: a string, a Person, an `@id` reference, or a list.
fn authors_of(v: &Value, all: &[&Value], out: &mut Vec<String>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::String(s) => {
            let s = s.trim();
            if s.starts_with("http") || s.contains('@') && !s.contains(' ') {
                return;
            }
            push_names(&decode_entities(s), out);
        }
        Value::Array(a) => a.iter().for_each(|x| authors_of(x, all, out, depth + 1)),
        Value::Object(o) => {
            let types = types_of(v);
            if types
                .iter()
                .any(|t| *t == "Organization" || *t == "NewsMediaOrganization")
            {
                return;
            }
            if let Some(name) = o.get("name").and_then(text_of) {
                push_names(&name, out);
            } else if let (Some(g), Some(f)) = (
                o.get("givenName").and_then(text_of),
                o.get("familyName").and_then(text_of),
            ) {
                push_names(&format!("{g} {f}"), out);
            } else if let Some(id) = o.get("@id").and_then(Value::as_str) {
                if let Some(target) = all.iter().find(|x| {
                    x.get("@id").and_then(Value::as_str) == Some(id) && x.get("name").is_some()
                }) {
                    authors_of(target, all, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

/// Adds the names of an author string ("Ana Ruiz and Tom O'Neill", "By Ana Ruiz").
fn push_names(s: &str, out: &mut Vec<String>) {
    let s = s.trim();
    if s.is_empty() {
        return;
    }
    let names: Vec<String> = match parse_byline(&format!("By {}", strip_by(s))) {
        Some((names, _)) => names,
        None => vec![strip_by(s).to_string()],
    };
    for n in names {
        let n = n.trim().to_string();
        if !n.is_empty() && !out.contains(&n) {
            out.push(n);
        }
    }
}

fn strip_by(s: &str) -> &str {
    let t = s.trim();
    for p in ["By ", "by ", "BY "] {
        if let Some(r) = t.strip_prefix(p) {
            return r.trim();
        }
    }
    t
}

fn linked_data(blocks: &[String]) -> LinkedData {
    let mut ld = LinkedData::default();
    let parsed: Vec<Value> = blocks
        .iter()
        .filter_map(|b| {
            let b = b
                .trim()
                .trim_start_matches("<![CDATA[")
                .trim_end_matches("]]>")
                .trim();
            serde_json::from_str::<Value>(b)
                .ok()
                .or_else(|| serde_json::from_str::<Value>(&lenient_json(b)).ok())
        })
        .collect();
    let mut all: Vec<&Value> = Vec::new();
    for v in &parsed {
        objects(v, &mut all, 0);
    }
    // The article object: the first of an article type, preferring one with a headline.
    let article = all
        .iter()
        .filter(|v| is_article(v))
        .max_by_key(|v| (v.get("headline").is_some(), v.get("author").is_some()))
        .copied()
        // `max_by_key` keeps the last of equals; the first article is wanted among equals.
        .and_then(|best| {
            let key = (best.get("headline").is_some(), best.get("author").is_some());
            all.iter()
                .find(|v| {
                    is_article(v) && (v.get("headline").is_some(), v.get("author").is_some()) == key
                })
                .copied()
        });
    let Some(a) = article else {
        // Publisher of a page without an article object still names the site.
        ld.publisher = all
            .iter()
            .find(|v| {
                types_of(v).iter().any(|t| {
                    *t == "Organization" || *t == "NewsMediaOrganization" || *t == "WebSite"
                })
            })
            .and_then(|v| v.get("name"))
            .and_then(text_of);
        return ld;
    };
    ld.headline = a
        .get("headline")
        .or_else(|| a.get("name"))
        .and_then(text_of);
    if let Some(author) = a.get("author").or_else(|| a.get("creator")) {
        authors_of(author, &all, &mut ld.authors, 0);
    }
    ld.published = a
        .get("datePublished")
        .or_else(|| a.get("dateCreated"))
        .and_then(text_of);
    ld.section = a.get("articleSection").and_then(text_of);
    ld.publisher = a.get("publisher").and_then(|p| match p {
        Value::Object(o) => o.get("name").and_then(text_of).or_else(|| {
            let id = o.get("@id")?.as_str()?;
            all.iter()
                .find(|x| x.get("@id").and_then(Value::as_str) == Some(id))
                .and_then(|x| x.get("name"))
                .and_then(text_of)
        }),
        other => text_of(other),
    });
    ld.language = a.get("inLanguage").and_then(text_of);
    ld
}

static TRAILING_COMMA: LazyLock<regex::Regex> =
    LazyLock::new(|| regex::Regex::new(r",(\s*[}\]])").expect("static regex"));

/// JSON as sites write it: raw line breaks and tabs inside strings, trailing commas, an HTML
/// comment around it.
fn lenient_json(text: &str) -> String {
    let t = text
        .trim()
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim();
    let flat: String = t
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    TRAILING_COMMA.replace_all(&flat, "$1").into_owned()
}

/// `<meta>` values by name or property, first occurrence wins.
#[derive(Debug, Default)]
struct MetaTags {
    og_title: Option<String>,
    og_site: Option<String>,
    published: Option<String>,
    section: Option<String>,
    authors: Vec<String>,
    title: Option<String>,
    locale: Option<String>,
}

fn set(slot: &mut Option<String>, v: &str) {
    if slot.is_none() && !v.trim().is_empty() {
        *slot = Some(v.trim().to_string());
    }
}

/// The elements metadata reads, gathered in one pass over the page (four selectors would walk it
/// four times).
struct Gathered<'a> {
    metas: Vec<ElementRef<'a>>,
    h1s: Vec<ElementRef<'a>>,
    title: Option<ElementRef<'a>>,
    datetimes: Vec<&'a str>,
}

fn gather(html: &Html) -> Gathered<'_> {
    let mut g = Gathered {
        metas: Vec::new(),
        h1s: Vec::new(),
        title: None,
        datetimes: Vec::new(),
    };
    for el in html.tree.nodes().filter_map(ElementRef::wrap) {
        match el.value().name() {
            "meta" => g.metas.push(el),
            "h1" => g.h1s.push(el),
            "title" if g.title.is_none() => g.title = Some(el),
            "time" => {
                if let Some(d) = el.value().attr("datetime") {
                    g.datetimes.push(d);
                }
            }
            _ => {}
        }
    }
    g
}

fn meta_tags(metas: &[ElementRef]) -> MetaTags {
    let mut m = MetaTags::default();
    let mut author_tags: Vec<String> = Vec::new();
    for el in metas {
        let e = el.value();
        let key = e
            .attr("property")
            .or_else(|| e.attr("name"))
            .or_else(|| e.attr("itemprop"))
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        let Some(content) = e.attr("content") else {
            continue;
        };
        match key.as_str() {
            "og:title" => set(&mut m.og_title, content),
            "og:site_name" => set(&mut m.og_site, content),
            "og:locale" => set(&mut m.locale, content),
            "article:published_time"
            | "article:published"
            | "og:published_time"
            | "datepublished"
            | "parsely-pub-date"
            | "sailthru.date"
            | "dc.date.issued"
            | "dc.date"
            | "dcterms.created"
            | "date"
            | "pubdate"
            | "publish-date"
            | "publishdate"
            | "article.published"
            | "publication_date"
            | "cxenseparse:recs:publishtime" => set(&mut m.published, content),
            "article:section"
            | "parsely-section"
            | "section"
            | "article.section"
            | "cxenseparse:section" => set(&mut m.section, content),
            "author" | "article:author" | "parsely-author" | "dc.creator" | "sailthru.author"
            | "byl" | "dcterms.creator" | "cxenseparse:author" => {
                let c = content.trim();
                if !c.is_empty() && !c.starts_with("http") {
                    author_tags.push(c.to_string());
                }
            }
            "parsely-title" | "dc.title" | "twitter:title" | "sailthru.title" => {
                set(&mut m.title, content)
            }
            _ => {}
        }
    }
    for a in author_tags {
        push_names(&a, &mut m.authors);
    }
    m
}

/// The text of an element with whitespace collapsed.
fn element_text(el: ElementRef) -> String {
    let mut s = String::new();
    for t in el.text() {
        for w in t.split_whitespace() {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(w);
        }
    }
    s
}

/// Authors from byline elements: `[itemprop=author] [itemprop=name]`, `rel=author` links, or a
/// `.byline` whose text reads as one.
fn byline_authors(html: &Html) -> Vec<String> {
    let mut out = Vec::new();
    // One pass over the elements with plain substring tests: a selector with seven `[class*=…]`
    // alternatives costs several times more on a large page.
    // Each element read once: a byline element (an author's `rel`/`itemprop`, a class or id
    // saying author, byline or writer), else a line of the article's details (a class or id
    // saying meta: "Published … · Report by A"), which is read after the byline elements and
    // names someone only where it reads as a byline.
    let kind = |el: &ElementRef| {
        let mut details = false;
        for (name, value) in el.value().attrs() {
            match name {
                "rel" | "itemprop" if value == "author" => return Some(false),
                "class" | "id" => {
                    let v = value.as_bytes();
                    if contains_ignore_case(v, b"author")
                        || contains_ignore_case(v, b"byline")
                        || contains_ignore_case(v, b"writer")
                    {
                        return Some(false);
                    }
                    details |= contains_ignore_case(v, b"meta");
                }
                _ => {}
            }
        }
        details.then_some(true)
    };
    let mut bylines: Vec<(bool, ElementRef)> = html
        .tree
        .nodes()
        .filter_map(ElementRef::wrap)
        .filter_map(|el| kind(&el).map(|details| (details, el)))
        .take(40)
        .collect();
    bylines.sort_by_key(|&(details, _)| details);
    for (details_only, el) in bylines {
        let v = el.value();
        if v.name() == "meta" || v.name() == "link" || v.name() == "body" || v.name() == "html" {
            continue;
        }
        let text = if let Some(name) = el.select(&ITEMPROP_NAME).next() {
            element_text(name)
        } else {
            element_text(el)
        };
        if text.is_empty() || text.len() > 200 {
            continue;
        }
        // "By <a href="/author/…">Hannah Osei</a> <span>Blades reporter</span>": the byline's
        // links that read as names name the writers, whatever role words stand beside them.
        let linked: Vec<String> = el
            .select(&LINK)
            .map(element_text)
            .filter(|t| looks_like_person_name(t))
            .collect();
        if !details_only && !linked.is_empty() {
            for n in linked {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
            break;
        }
        if let Some((names, _)) = parse_byline(&text) {
            for n in names {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
        } else if details_only {
            continue;
        } else {
            let plain = strip_by(&text).trim_end_matches([',', '.', ':']);
            if looks_like_person_name(plain) && !out.iter().any(|o| o == plain) {
                out.push(plain.to_string());
            }
        }
        if !out.is_empty() && v.attr("rel") != Some("author") {
            // The first byline that reads as one names the authors.
            break;
        }
    }
    out
}

fn contains_ignore_case(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

fn normalise_name(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// `<title>` without its site suffix ("Headline | Site", "Headline - Site").
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let title = title.trim();
    let site_key = site.map(normalise_name);
    for sep in [" | ", " – ", " — ", " - ", " :: ", " · ", " « ", " » "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail_key = normalise_name(tail);
            let is_site = site_key
                .as_deref()
                .is_some_and(|s| !s.is_empty() && (tail_key.contains(s) || s.contains(&tail_key)))
                || tail.contains('.') && !tail.contains(' ')
                || (sep == " | " && tail.split_whitespace().count() <= 4);
            if is_site && head.split_whitespace().count() >= 3 {
                return strip_site_suffix(head, site);
            }
        }
    }
    title.to_string()
}

/// The section a page shows: a section label or kicker near the headline, else the last
/// breadcrumb that is neither "Home" nor the headline.
fn dom_section(html: &Html, title: Option<&str>) -> Option<String> {
    let title_key = title.map(normalise_name).unwrap_or_default();
    let usable = |t: &str| {
        let words = t.split_whitespace().count();
        (1..=4).contains(&words)
            && t.len() <= 40
            && !t.eq_ignore_ascii_case("home")
            && normalise_name(t) != title_key
            && parse_published(t).is_none()
    };
    if let Some(t) = html
        .select(&SECTION_LABEL)
        .take(10)
        .map(element_text)
        .find(|t| usable(t))
    {
        return Some(t);
    }
    let crumbs: Vec<String> = html
        .select(&BREADCRUMB_ITEM)
        .take(20)
        .map(element_text)
        .filter(|t| usable(t))
        .collect();
    crumbs.last().cloned()
}

/// A section value that names a section: not a domain, not a content type ("post", "article").
fn usable_section(s: &str) -> bool {
    let t = s.trim();
    const GENERIC: [&str; 12] = [
        "post",
        "posts",
        "article",
        "articles",
        "story",
        "stories",
        "page",
        "all",
        "blog",
        "uncategorized",
        "uncategorised",
        "default",
    ];
    let domain = t.contains('.') && !t.ends_with('.') && !t.contains(' ');
    let generic = GENERIC.contains(&t.to_lowercase().as_str());
    !t.is_empty() && !domain && !generic
}

/// Non-person author values: whole values, agencies (also cut after a name), words.
struct NonNames {
    whole: Vec<&'static str>,
    agencies: Vec<&'static str>,
    words: Vec<&'static str>,
}

static NON_NAMES: LazyLock<NonNames> = LazyLock::new(|| {
    let mut n = NonNames {
        whole: Vec::new(),
        agencies: Vec::new(),
        words: Vec::new(),
    };
    for line in include_str!("../../../data/html/author-non-names.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(w) = line.strip_prefix("word:") {
            n.words.push(w);
        } else if let Some(a) = line.strip_prefix("agency:") {
            n.agencies.push(a);
            n.whole.push(a);
        } else {
            n.whole.push(line);
        }
    }
    n
});

/// An author value that names an agency, a desk or a login, not a person.
fn is_non_person(author: &str) -> bool {
    let lower = author.trim().to_lowercase();
    let n = &*NON_NAMES;
    n.whole.contains(&lower.as_str())
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| n.words.contains(&w))
        || (!lower.contains(' ') && author.chars().all(|c| !c.is_uppercase()))
}

/// An author's name without a label ("Text: Ana Ruiz") and in title case when written in capitals.
fn tidy_author(author: &str) -> String {
    let mut a = author.trim();
    if let Some((label, rest)) = a.split_once(':') {
        if !label.trim().contains(' ') && !rest.trim().is_empty() {
            a = rest.trim();
        }
    }
    // "Eric Tucker Associated Press": the agency after the name goes.
    let lower = a.to_lowercase();
    if let Some(agency) = NON_NAMES
        .agencies
        .iter()
        .filter(|_| !NON_NAMES.whole.contains(&lower.as_str()))
        .find(|n| lower.len() > n.len() + 1 && lower.ends_with(&format!(" {n}")))
    {
        if let Some(head) = a.get(..a.len() - agency.len()) {
            a = head.trim_end_matches([' ', ',', '-', '|']).trim();
        }
    }
    // "Jeff Foust Monday, November 18": a date run on from the byline.
    let cut = a
        .split_whitespace()
        .position(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.chars().any(|c| c.is_ascii_digit())
                || crate::clean::meta::month_number(w).is_some() && w.len() > 3
                || crate::clean::meta::is_weekday(w)
        })
        .filter(|&p| p >= 2);
    let trimmed;
    if let Some(p) = cut {
        trimmed = a.split_whitespace().take(p).collect::<Vec<_>>().join(" ");
        a = trimmed.trim_end_matches([',', '|', '-', '·']).trim();
    }
    let letters: Vec<char> = a.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 3 && letters.iter().all(|c| c.is_uppercase()) {
        let mut out = String::with_capacity(a.len());
        let mut start = true;
        for c in a.chars() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = !c.is_alphabetic();
        }
        return out;
    }
    a.to_string()
}

/// A date shown in the page: the text of a date-, time- or byline-classed element
/// ("Nov. 19, 2019 5:30 p.m. ET", "By Jo Park | 19/11/2019").
fn dom_date(html: &Html) -> Option<String> {
    html.tree
        .nodes()
        .filter_map(ElementRef::wrap)
        .filter(|el| {
            el.value().attrs().any(|(name, value)| {
                matches!(name, "class" | "id" | "itemprop")
                    && [
                        "date", "time", "publish", "posted", "byline", "dateline", "meta",
                    ]
                    .iter()
                    .any(|w| contains_ignore_case(value.as_bytes(), w.as_bytes()))
            })
        })
        .take(30)
        .map(element_text)
        .filter(|t| !t.is_empty() && t.len() <= 120)
        .find_map(|t| iso(&t))
}

/// A title without a leading section label ("Opinion | Republicans Are Following Trump").
fn strip_section_prefix(title: &str, section: Option<&str>) -> String {
    if let (Some((head, rest)), Some(section)) = (title.split_once(" | "), section) {
        if normalise_name(head) == normalise_name(section) && rest.split_whitespace().count() >= 3 {
            return rest.trim().to_string();
        }
    }
    title.to_string()
}

/// Publication date as ISO 8601, from any date string.
fn iso(s: &str) -> Option<String> {
    parse_published(s).map(|p| p.iso())
}

/// Everything the page says about the article.
pub(crate) fn extract(html: &Html, json_ld: &[String]) -> ArticleMeta {
    let ld = linked_data(json_ld);
    let gathered = gather(html);
    let tags = meta_tags(&gathered.metas);
    let site = ld
        .publisher
        .clone()
        .or_else(|| tags.og_site.clone())
        .filter(|s| !s.trim().is_empty());

    let raw_page_title = gathered.title.map(element_text).filter(|t| !t.is_empty());
    let page_title = raw_page_title
        .as_deref()
        .map(|t| strip_site_suffix(t, site.as_deref()));
    // A blog theme's first `<h1>` may be the site's name ("Canasta Femenina" over the post's
    // own `<h1>`): the `<h1>` the page's `<title>` opens with wins, and one naming the site (as
    // the metadata or the `<title>`'s tail does) is passed over.
    let h1 = || {
        let texts: Vec<String> = gathered
            .h1s
            .iter()
            .map(|e| element_text(*e))
            .filter(|t| !t.is_empty())
            .collect();
        if texts.len() > 1 {
            let title_key = page_title.as_deref().map(normalise_name);
            if let Some(t) = texts
                .iter()
                .find(|t| title_key.as_deref() == Some(normalise_name(t).as_str()))
            {
                return Some(t.clone());
            }
            let raw_key = raw_page_title.as_deref().map(normalise_name);
            let site_key = site.as_deref().map(normalise_name);
            let names_site = |t: &str| {
                let key = normalise_name(t);
                site_key.as_deref() == Some(key.as_str())
                    || raw_key
                        .as_deref()
                        .is_some_and(|r| r.len() > key.len() && r.ends_with(key.as_str()))
            };
            if let Some(t) = texts.iter().find(|t| !names_site(t)) {
                return Some(t.clone());
            }
        }
        texts.into_iter().next()
    };
    let title = ld
        .headline
        .as_deref()
        .map(|t| strip_site_suffix(t, site.as_deref()))
        .or_else(|| {
            tags.og_title
                .as_deref()
                .map(|t| strip_site_suffix(t, site.as_deref()))
        })
        .or_else(|| tags.title.as_deref().map(decode_entities))
        .or_else(h1)
        .or_else(|| page_title.clone())
        // The page's headline may say more than its metadata's shortened one ("… Syracuse,
        // 14-12" in Open Graph, "… Syracuse, 14-12, to Reach Championship Weekend" on the page).
        .map(|t| match h1() {
            Some(full)
                if full.len() > t.len()
                    && normalise_name(&full).starts_with(&normalise_name(&t))
                    && t.split_whitespace().count() >= 3 =>
            {
                full
            }
            _ => t,
        })
        .map(|t| {
            strip_section_prefix(
                &decode_entities(&t),
                ld.section.as_deref().or(tags.section.as_deref()),
            )
        });

    // A publisher is never an author.
    let not_authors: Vec<String> = [
        site.as_deref(),
        ld.publisher.as_deref(),
        tags.og_site.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(normalise_name)
    .collect();
    let people = |mut authors: Vec<String>| {
        for a in &mut authors {
            *a = tidy_author(a);
        }
        authors.retain(|a| {
            let k = normalise_name(a);
            !k.is_empty() && !not_authors.contains(&k) && !is_non_person(a)
        });
        authors.dedup();
        authors
    };
    // The first source naming a person: linked data, meta tags, then the page's byline (a desk
    // or an agency named in the metadata leaves the byline to name the writers).
    let mut authors = people(ld.authors.clone());
    if authors.is_empty() {
        authors = people(tags.authors.clone());
    }
    if authors.is_empty() {
        authors = people(byline_authors(html));
    }

    let published = ld
        .published
        .as_deref()
        .and_then(iso)
        .or_else(|| tags.published.as_deref().and_then(iso))
        .or_else(|| gathered.datetimes.iter().find_map(|d| iso(d)))
        .or_else(|| dom_date(html))
        // ("Vipers Weekly: Weekend round-up - 15 February 2027": a newsletter's issue date.)
        .or_else(|| gathered.title.and_then(|t| iso(&element_text(t))));

    let section = ld
        .section
        .clone()
        .or(tags.section.clone())
        .filter(|s| usable_section(s))
        .or_else(|| dom_section(html, title.as_deref()));

    let language = html
        .root_element()
        .value()
        .attr("lang")
        .or_else(|| html.root_element().value().attr("xml:lang"))
        .map(str::to_string)
        .or(ld.language.clone())
        .or(tags.locale.clone())
        .and_then(|l| {
            let primary = l.trim().split(['-', '_']).next()?.to_ascii_lowercase();
            (!primary.is_empty()
                && primary.len() <= 3
                && primary.chars().all(|c| c.is_ascii_alphabetic()))
            .then_some(primary)
        });

    // A page with no site name elsewhere: the `<title>`'s suffix after the headline ("… surge –
    // Hunter Hurricanes Water Polo Club").
    let site = site.or_else(|| {
        let page = element_text(gathered.title?);
        title_suffix(&page, title.as_deref()?)
    });

    ArticleMeta {
        title,
        authors,
        published,
        section,
        site,
        language,
    }
}

/// What follows the headline in a page's `<title>` after a separator, when the rest is the
/// headline itself.
fn title_suffix(page_title: &str, headline: &str) -> Option<String> {
    let headline = normalise_name(headline);
    [" | ", " – ", " — ", " - ", " :: ", " · "]
        .iter()
        .find_map(|sep| {
            let (head, tail) = page_title.trim().split_once(sep)?;
            let tail = tail.trim();
            (normalise_name(head) == headline && !tail.is_empty() && tail.len() <= 80)
                .then(|| decode_entities(tail))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(page: &str) -> ArticleMeta {
        let prepared = super::super::prescan::prepare(page);
        let html = Html::parse_document(&prepared.html);
        extract(&html, &prepared.json_ld)
    }

    #[test]
    fn json_ld_graph_with_person_references() {
        let page = r#"<html lang="en-GB"><head><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","@id":"https://x.test/#website","name":"X Sport"},
          {"@type":"NewsArticle","headline":"Arsenal beat Chelsea","datePublished":"2025-06-05T14:02:00+01:00",
           "author":[{"@id":"https://x.test/#/person/1"},{"@type":"Person","givenName":"Tom","familyName":"O'Neill"}],
           "articleSection":["Football","Premier League"],
           "publisher":{"@type":"Organization","name":"X Sport"}},
          {"@type":"Person","@id":"https://x.test/#/person/1","name":"Ana Ruiz"}]}
        </script><title>Arsenal beat Chelsea | X Sport</title></head><body><p>x</p></body></html>"#;
        let m = meta_of(page);
        assert_eq!(m.title.as_deref(), Some("Arsenal beat Chelsea"));
        assert_eq!(m.authors, vec!["Ana Ruiz", "Tom O'Neill"]);
        assert_eq!(m.published.as_deref(), Some("2025-06-05T14:02:00+01:00"));
        assert_eq!(m.section.as_deref(), Some("Football"));
        assert_eq!(m.site.as_deref(), Some("X Sport"));
        assert_eq!(m.language.as_deref(), Some("en"));
    }

    #[test]
    fn a_desk_in_the_metadata_leaves_the_byline_to_name_the_writers() {
        let page = r#"<html><head><meta name="author" content="Sports Desk">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
        "author":[{"@type":"Organization","name":"Sports Desk"}]}</script></head><body>
        <div class="byline">By <a href="/a">Ilse Brandt-Okoye</a> and <a href="/b">Tomás Leal</a>
        · <time>Saturday 4 September 2027</time></div><p>x</p></body></html>"#;
        assert_eq!(meta_of(page).authors, ["Ilse Brandt-Okoye", "Tomás Leal"]);
    }

    #[test]
    fn a_blogs_category_link_is_the_section() {
        let page = r#"<html><body><h1>Rovers edge City</h1><p>x</p>
        <footer class="entry-meta">Posted in <a href="/category/cup/" rel="category tag">Cup
        Football</a> and tagged <a href="/tag/rovers/" rel="tag">Rovers</a></footer></body></html>"#;
        assert_eq!(meta_of(page).section.as_deref(), Some("Cup Football"));
    }

    #[test]
    fn a_blog_themes_site_name_h1_is_no_headline() {
        let page = r#"<html><head><title>Rovers edge City in the cup | Terrace Notes</title>
        </head><body><h1 class="site-title"><a href="/">Terrace Notes</a></h1>
        <h1 class="entry-title">Rovers edge City in the cup</h1><p>x</p></body></html>"#;
        assert_eq!(
            meta_of(page).title.as_deref(),
            Some("Rovers edge City in the cup")
        );
        // Named by the `<title>`'s tail alone, the site's `<h1>` is passed over too.
        let page = r#"<html><head><title>Cup night at the Mill | Terrace Notes</title>
        </head><body><h1>Terrace Notes</h1><h1>Cup night</h1><p>x</p></body></html>"#;
        assert_eq!(meta_of(page).title.as_deref(), Some("Cup night"));
    }

    #[test]
    fn the_pages_headline_may_say_more_than_its_metadata() {
        let page = r#"<html><head><meta property="og:title" content="Rovers edge City, 3-2">
        </head><body><h1>Rovers edge City, 3-2, to reach the final</h1><p>x</p></body></html>"#;
        assert_eq!(
            meta_of(page).title.as_deref(),
            Some("Rovers edge City, 3-2, to reach the final")
        );
    }

    #[test]
    fn an_article_details_line_gives_date_and_writer() {
        let page = r#"<html><body><h1>Final result</h1>
        <p class="meta">Published 9 August 2027 · Match report by Owen Tranter</p>
        <p class="meta">Filed under Polo</p><p>x</p></body></html>"#;
        let m = meta_of(page);
        assert_eq!(m.published.as_deref(), Some("2027-08-09"));
        assert_eq!(m.authors, ["Owen Tranter"]);
    }

    #[test]
    fn a_date_in_the_title_is_the_last_resort() {
        let page = "<html><head><title>Vipers Weekly: Weekend round-up - 15 February 2027</title>\
            </head><body><h1>Weekend round-up</h1><p>x</p></body></html>";
        assert_eq!(meta_of(page).published.as_deref(), Some("2027-02-15"));
    }

    #[test]
    fn sloppy_json_ld() {
        let page =
            "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\",\n\
            \"headline\": \"Line\nbreak\", \"datePublished\": \"2025-06-05\",}</script></head>\
            <body><p>x</p></body></html>";
        let m = meta_of(page);
        assert_eq!(m.title.as_deref(), Some("Line break"));
        assert_eq!(m.published.as_deref(), Some("2025-06-05"));
    }

    #[test]
    fn publisher_is_never_an_author() {
        let page = r#"<html><head><script type="application/ld+json">
        {"@type":"NewsArticle","headline":"H","author":{"@type":"Organization","name":"Wire Service"},
         "publisher":{"name":"Wire Service"}}</script>
        <meta name="author" content="Wire Service"></head><body></body></html>"#;
        assert!(meta_of(page).authors.is_empty());
    }

    #[test]
    fn open_graph_then_meta_then_dom() {
        let page = r#"<html><head><title>Lions edge Packers in thriller - Blitz Report</title>
        <meta property="og:site_name" content="Blitz Report">
        <meta property="article:published_time" content="2025-12-15T00:12:00-05:00">
        <meta property="article:section" content="NFL"></head>
        <body><h1>Lions edge Packers in thriller</h1>
        <div class="byline">By <a rel="author" href="/a/j">Jordan Castellano-Pierce</a> and Mia Thornton</div>
        </body></html>"#;
        let m = meta_of(page);
        assert_eq!(m.title.as_deref(), Some("Lions edge Packers in thriller"));
        assert_eq!(m.published.as_deref(), Some("2025-12-15T00:12:00-05:00"));
        assert_eq!(m.section.as_deref(), Some("NFL"));
        assert_eq!(m.site.as_deref(), Some("Blitz Report"));
        assert!(m.authors.contains(&"Jordan Castellano-Pierce".to_string()));
    }

    #[test]
    fn a_titles_suffix_names_the_site_when_nothing_else_does() {
        let page = r#"<html><head><title>Hurricanes pipped by Tigers – Hunter Water Polo Club</title>
        </head><body><h1>Hurricanes pipped by Tigers</h1></body></html>"#;
        let m = meta_of(page);
        assert_eq!(m.title.as_deref(), Some("Hurricanes pipped by Tigers"));
        assert_eq!(m.site.as_deref(), Some("Hunter Water Polo Club"));
        // (A suffix after words that are not the headline is no site: "– as it happened".)
        let page = r#"<html><head><title>Arsenal 2-1 Chelsea – as it happened</title></head>
        <body><h1>Arsenal beat Chelsea</h1></body></html>"#;
        assert_eq!(meta_of(page).site, None);
    }

    #[test]
    fn title_suffix() {
        assert_eq!(
            strip_site_suffix("Arsenal beat Chelsea 2-1 at the Emirates | The Sport", None),
            "Arsenal beat Chelsea 2-1 at the Emirates"
        );
        assert_eq!(
            strip_site_suffix("Arsenal beat Chelsea - BBC Sport", Some("BBC Sport")),
            "Arsenal beat Chelsea"
        );
        assert_eq!(
            strip_site_suffix("Spurs - the season so far", None),
            "Spurs - the season so far"
        );
        assert_eq!(
            strip_section_prefix("Opinion | Republicans are following Trump", Some("Opinion")),
            "Republicans are following Trump"
        );
    }
}
