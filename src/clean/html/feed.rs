//! Atom and RSS feeds saved as files: the feed's first entry (or item) is the article. Its title,
//! author, date and category become the meta tags of a small page, its summary the standfirst
//! and its content (HTML, in CDATA or escaped) the body, so the page cleanup reads it as any
//! other page. The feed's own title and the other entries are left out.

use std::sync::LazyLock;

use regex::Regex;

/// The first entry of a feed: Atom's `<entry>` or RSS's `<item>`.
static ENTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)<(entry|item)(?:\s[^>]*)?>(.*?)</(?:entry|item)>").expect("static regex")
});

/// `<name …>value</name>` inside an entry, for the names asked for.
fn element<'t>(entry: &'t str, names: &[&str]) -> Option<&'t str> {
    names.iter().find_map(|name| {
        let open = format!("<{name}");
        let mut from = 0;
        while let Some(at) = entry[from..].find(&open) {
            let start = from + at;
            let after = &entry[start + open.len()..];
            // (A longer tag with the same start is another element: "<content:encoded>" is not
            // "<content>"'s.)
            if after.starts_with(|c: char| c == '>' || c.is_whitespace() || c == '/') {
                let body_start = start + open.len() + after.find('>')? + 1;
                if entry[..body_start].ends_with("/>") {
                    return None;
                }
                let close = format!("</{name}>");
                let end = entry[body_start..].find(&close)? + body_start;
                return Some(&entry[body_start..end]);
            }
            from = start + open.len();
        }
        None
    })
}

/// An attribute of the first `<name …>` tag inside an entry: `<category term="T20 Blast"/>`.
fn attribute<'t>(entry: &'t str, name: &str, attr: &str) -> Option<&'t str> {
    let at = entry.find(&format!("<{name} "))?;
    let tag = &entry[at..at + entry[at..].find('>')?];
    let key = format!("{attr}=\"");
    let v = tag.find(&key)? + key.len();
    Some(&tag[v..v + tag[v..].find('"')?])
}

/// An element's text: the inside of a CDATA section as written, else the text with XML's
/// escapes undone (an Atom `type="html"` content escapes its markup).
fn value(raw: &str) -> String {
    let raw = raw.trim();
    if let Some(inner) = raw
        .strip_prefix("<![CDATA[")
        .and_then(|r| r.strip_suffix("]]>"))
    {
        return inner.to_string();
    }
    raw.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Text for an attribute or a plain element of the page: markup's own characters escaped.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The page a feed file stands for, when `text` is an Atom or RSS feed with an entry.
pub fn as_page(text: &str) -> Option<String> {
    let mut cut = text.len().min(2048);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let start = head.find('<')?;
    let opening = head[start..].trim_start_matches(|c: char| c != '<');
    let is_feed = ["<feed", "<rss", "<rdf:RDF"]
        .iter()
        .any(|t| head.contains(t) && (opening.starts_with("<?xml") || opening.starts_with(t)));
    if !is_feed {
        return None;
    }
    let entry = ENTRY.captures(text)?.get(2)?.as_str();
    let title = element(entry, &["title"]).map(value).unwrap_or_default();
    let title = strip_tags(&title);
    // (Atom's author has its name inside; RSS writes "mail@example.com (Name)" or a creator.)
    let author = element(entry, &["author"])
        .map(|a| element(a, &["name"]).map_or_else(|| value(a), value))
        .or_else(|| element(entry, &["dc:creator"]).map(value))
        .map(|a| match (a.find('('), a.rfind(')')) {
            (Some(o), Some(c)) if a.contains('@') && o < c => a[o + 1..c].to_string(),
            _ => a,
        })
        .unwrap_or_default();
    let published = element(entry, &["published", "pubDate", "dc:date", "updated"])
        .map(value)
        .unwrap_or_default();
    let section = attribute(entry, "category", "label")
        .or_else(|| attribute(entry, "category", "term"))
        .map(value)
        .or_else(|| element(entry, &["category"]).map(value))
        .unwrap_or_default();
    let summary = element(entry, &["summary", "description"])
        .map(value)
        .unwrap_or_default();
    let content = element(entry, &["content:encoded", "content"])
        .map(value)
        .unwrap_or_default();
    // (An RSS item may carry its whole story in the description and no content.)
    let (summary, content) = if content.trim().is_empty() {
        (String::new(), summary)
    } else {
        (summary, content)
    };
    let mut page = String::with_capacity(content.len() + summary.len() + 512);
    page.push_str("<!DOCTYPE html><html><head><title>");
    page.push_str(&escaped(title.trim()));
    page.push_str("</title>");
    for (attr, key, v) in [
        ("name", "author", author.trim()),
        ("property", "article:published_time", published.trim()),
        ("property", "article:section", section.trim()),
    ] {
        if !v.is_empty() {
            page.push_str(&format!(
                "<meta {attr}=\"{key}\" content=\"{}\">",
                escaped(v)
            ));
        }
    }
    page.push_str("</head><body><article><h1>");
    page.push_str(&escaped(title.trim()));
    page.push_str("</h1>");
    if !summary.trim().is_empty() {
        if summary.contains('<') {
            page.push_str(&summary);
        } else {
            page.push_str(&format!("<p>{}</p>", escaped(summary.trim())));
        }
    }
    page.push_str(&content);
    page.push_str("</article></body></html>");
    Some(page)
}

/// A title's text without tags (an Atom `type="html"` title may hold markup).
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_atom_entry_becomes_a_page() {
        let feed = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>The Touchline - Rugby</title>
  <entry>
    <title type="text">Harlequins edge Bath in thriller</title>
    <published>2027-03-05T21:40:00+00:00</published>
    <author><name>Ada Lowe-Price</name></author>
    <category term="rugby-union" label="Premiership"/>
    <summary type="text">A late try settles it at the Stoop.</summary>
    <content type="html"><![CDATA[<p>Harlequins beat Bath 28-24 on Friday night.</p>]]></content>
  </entry>
  <entry><title>Another story</title><content type="html">&lt;p&gt;Not this one.&lt;/p&gt;</content></entry>
</feed>"#;
        let page = as_page(feed).expect("a feed");
        assert!(page.contains("<title>Harlequins edge Bath in thriller</title>"));
        assert!(page.contains(r#"<meta name="author" content="Ada Lowe-Price">"#));
        assert!(page.contains(r#"content="2027-03-05T21:40:00+00:00""#));
        assert!(page.contains(r#"content="Premiership""#));
        assert!(page.contains("<p>A late try settles it at the Stoop.</p>"));
        assert!(page.contains("<p>Harlequins beat Bath 28-24 on Friday night.</p>"));
        assert!(!page.contains("Not this one"));
        assert!(!page.contains("The Touchline"));
    }

    #[test]
    fn an_rss_item_with_escaped_html_becomes_a_page() {
        let feed = "<rss version=\"2.0\"><channel><title>Site</title><item>\
            <title>Leeds 2 Hull 1</title><pubDate>Sat, 06 Nov 2027 17:05:00 +0000</pubDate>\
            <author>desk@example.com (Sam Orr)</author><category>Football</category>\
            <description>&lt;p&gt;Leeds beat Hull 2-1.&lt;/p&gt;</description></item></channel></rss>";
        let page = as_page(feed).expect("a feed");
        assert!(page.contains(r#"content="Sam Orr""#), "{page}");
        assert!(page.contains(r#"content="Football""#));
        assert!(page.contains("<p>Leeds beat Hull 2-1.</p>"));
    }

    #[test]
    fn a_feed_cut_inside_a_character_is_read_safely() {
        let feed = format!("<?xml version=\"1.0\"?><feed>{}</feed>", "é".repeat(1500));
        assert!(as_page(&feed).is_none());
    }

    #[test]
    fn a_page_is_no_feed() {
        assert!(as_page("<!DOCTYPE html><html><body><p>Hi</p></body></html>").is_none());
        assert!(as_page("Arsenal beat Spurs 2-1 in the feed of the day").is_none());
    }
}
