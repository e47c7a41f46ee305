//! A linear pre-scan that makes any page safe and cheap to hand to html5ever.
//!
//! html5ever walks its stack of open elements for scope checks, so its time grows with the square
//! of nesting depth (64k nested `<div>`s take ~20 s, deeper pages can overflow the stack). This scan
//! tokenises the page the way the HTML tokenizer does (tags, quoted attributes, comments, raw-text
//! elements) and keeps a cheap model of the parser's open-element stack: implied end tags (`<p>`,
//! `<li>`, table parts), scope boundaries, and formatting elements that the parser would reconstruct.
//! Start tags that would nest deeper than [`MAX_DEPTH`] are dropped together with their end tags;
//! once the page has cost more than a fixed budget of scope-walk steps or elements, the rest is
//! flattened to text. Formatting elements the parser would close implicitly and then reconstruct
//! at every following paragraph get an explicit end tag instead. The model over-counts where it is unsure, which only makes it safer.
//!
//! The scan also removes what the extractor never reads and html5ever would spend time on: scripts
//! (keeping JSON-LD blocks aside for the metadata), styles, comments, `noscript`, `template`, inline
//! SVG and MathML, iframes.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Keys are already well-mixed `u64`s: one multiply is hash enough, and SipHash would be most of
/// the scan's time on a flood of tags.
#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (n ^ (n >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type KeyMap<V> = HashMap<Key, V, BuildHasherDefault<KeyHasher>>;

/// Deepest open-element stack handed to html5ever (libxml2's HTML parser stops at 256 too). Real
/// news pages stay well under 100.
pub const MAX_DEPTH: usize = 256;
/// Formatting elements (`b`, `a`, `font`…) the parser may keep open or reconstruct at once.
const MAX_FORMATTING: usize = 16;
/// How far down the stack an implied end tag or an end tag is looked for.
const SEARCH_LIMIT: usize = 64;
/// Elements handed to the parser before the rest of the page is flattened to text: real pages
/// have a few thousand (the largest benchmark page 1,600); a flood of tiny elements would only
/// cost memory.
const MAX_ELEMENTS: usize = 100_000;
/// Scope-walk steps (the sum of stack depths at every tag passed on) after which the rest of the
/// page is flattened. A 1 MB page of ordinary markup costs about a million.
const STEP_BUDGET: usize = 20_000_000;

/// A page ready for html5ever, with the JSON-LD blocks set aside.
#[derive(Debug, Default)]
pub struct Prepared {
    pub html: String,
    /// Contents of `<script type="application/ld+json">` elements, in page order.
    pub json_ld: Vec<String>,
    /// Start tags dropped because the page nested too deep or reopened too many formatting elements.
    pub dropped: usize,
    /// The step budget ran out and the rest of the page was flattened.
    pub flattened: bool,
}

/// A tag name packed into a `u64`: up to eight lower-case ASCII bytes, or a hash with the top bit
/// set for longer names. Cheap to compare, no allocation.
type Key = u64;

const fn key(name: &[u8]) -> Key {
    if name.len() <= 8 {
        let mut k: u64 = 0;
        let mut i = 0;
        while i < name.len() {
            k |= (name[i].to_ascii_lowercase() as u64) << (8 * i);
            i += 1;
        }
        k
    } else {
        // FNV-1a
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut i = 0;
        while i < name.len() {
            h ^= name[i].to_ascii_lowercase() as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
            i += 1;
        }
        h | (1 << 63)
    }
}

macro_rules! keys {
    ($($name:ident = $s:literal),* $(,)?) => { $(const $name: Key = key($s);)* };
}

keys! {
    A = b"a", ADDRESS = b"address", APPLET = b"applet", ARTICLE = b"article", ASIDE = b"aside",
    B = b"b", BIG = b"big", BLOCKQUOTE = b"blockquote", BODY = b"body", BR = b"br",
    BUTTON = b"button", CAPTION = b"caption", CENTER = b"center", CODE = b"code", DD = b"dd",
    DETAILS = b"details", DIALOG = b"dialog", DIR = b"dir", DIV = b"div", DL = b"dl", DT = b"dt",
    EM = b"em", FIELDSET = b"fieldset", FIGCAPTION = b"figcaption", FIGURE = b"figure",
    FONT = b"font", FOOTER = b"footer", FORM = b"form", H1 = b"h1", H2 = b"h2", H3 = b"h3",
    H4 = b"h4", H5 = b"h5", H6 = b"h6", HEAD = b"head", HEADER = b"header", HGROUP = b"hgroup",
    HR = b"hr", HTML = b"html", META = b"meta", WBR = b"wbr", I = b"i", IFRAME = b"iframe", LI = b"li", LISTING = b"listing",
    MAIN = b"main", MARQUEE = b"marquee", MATH = b"math", MENU = b"menu", NAV = b"nav",
    NOBR = b"nobr", NOEMBED = b"noembed", NOFRAMES = b"noframes", NOSCRIPT = b"noscript",
    OBJECT = b"object", OL = b"ol", OPTGROUP = b"optgroup", OPTION = b"option", P = b"p",
    PLAINTEXT = b"plaintext", PRE = b"pre", S = b"s", SCRIPT = b"script", SEARCH = b"search",
    SECTION = b"section", SMALL = b"small", STRIKE = b"strike",
    STRONG = b"strong", STYLE = b"style", SUMMARY = b"summary", SVG = b"svg", TABLE = b"table",
    TBODY = b"tbody", TD = b"td", TEMPLATE = b"template", TEXTAREA = b"textarea",
    TFOOT = b"tfoot", TH = b"th", THEAD = b"thead", TITLE = b"title", TR = b"tr", TT = b"tt",
    U = b"u", UL = b"ul", XMP = b"xmp",
}

fn is_void(k: Key) -> bool {
    const VOID: [Key; 19] = [
        key(b"area"),
        key(b"base"),
        key(b"basefont"),
        key(b"bgsound"),
        BR,
        key(b"col"),
        key(b"embed"),
        key(b"frame"),
        HR,
        key(b"image"),
        key(b"img"),
        key(b"input"),
        key(b"keygen"),
        key(b"link"),
        META,
        key(b"param"),
        key(b"source"),
        key(b"track"),
        WBR,
    ];
    VOID.contains(&k)
}

fn is_formatting(k: Key) -> bool {
    matches!(
        k,
        A | B | BIG | CODE | EM | FONT | I | NOBR | S | SMALL | STRIKE | STRONG | TT | U
    )
}

/// Elements that put a marker on the list of active formatting elements.
fn is_marker(k: Key) -> bool {
    matches!(
        k,
        APPLET | CAPTION | MARQUEE | OBJECT | TD | TH | TEMPLATE | HTML
    )
}

/// Start tags that close an open `<p>` in button scope.
fn closes_p(k: Key) -> bool {
    matches!(
        k,
        ADDRESS
            | ARTICLE
            | ASIDE
            | BLOCKQUOTE
            | CENTER
            | DETAILS
            | DIALOG
            | DIR
            | DIV
            | DL
            | FIELDSET
            | FIGCAPTION
            | FIGURE
            | FOOTER
            | HEADER
            | HGROUP
            | MAIN
            | MENU
            | NAV
            | OL
            | P
            | SEARCH
            | SECTION
            | SUMMARY
            | UL
            | H1
            | H2
            | H3
            | H4
            | H5
            | H6
            | PRE
            | LISTING
            | FORM
            | TABLE
            | HR
            | XMP
            | LI
            | DD
            | DT
            | PLAINTEXT
    )
}

fn is_heading(k: Key) -> bool {
    matches!(k, H1 | H2 | H3 | H4 | H5 | H6)
}

/// The parser's "special" elements that stop the search for an open `<li>`/`<dd>`.
fn is_special_block(k: Key) -> bool {
    closes_p(k) && !matches!(k, ADDRESS | DIV | P) || is_marker(k) || matches!(k, BODY | BUTTON)
}

/// Boundaries of the default scope (and of button scope with `button`).
fn is_scope_boundary(k: Key, button: bool) -> bool {
    matches!(
        k,
        APPLET | CAPTION | HTML | TABLE | TD | TH | MARQUEE | OBJECT | TEMPLATE
    ) || (button && k == BUTTON)
}

/// Elements removed whole, with everything inside.
fn drop_whole(k: Key) -> bool {
    matches!(
        k,
        SCRIPT | STYLE | NOSCRIPT | IFRAME | NOEMBED | NOFRAMES | XMP | TEMPLATE | SVG | MATH
    )
}

/// Writes the end tags of formatting elements the last tag closed implicitly, before that tag
/// (at `lt`); returns the new copy position.
fn write_closes(
    out: &mut String,
    html: &str,
    copied: usize,
    lt: usize,
    closes: &mut Vec<Key>,
) -> usize {
    if closes.is_empty() {
        return copied;
    }
    out.push_str(&html[copied..lt]);
    for k in closes.drain(..) {
        out.push_str("</");
        // Formatting element names are short: the key holds their bytes.
        for i in 0..8 {
            let b = ((k >> (8 * i)) & 0xff) as u8;
            if b == 0 {
                break;
            }
            out.push(b as char);
        }
        out.push('>');
    }
    lt
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Formatting {
    name: Key,
    /// Hash of the raw attribute text: the parser keeps at most three identical entries.
    attrs: u64,
}

struct Model {
    /// The open-element stack as the parser would hold it (approximately).
    stack: Vec<Key>,
    /// How many of each name are on `stack`.
    open: KeyMap<u32>,
    /// The list of active formatting elements; `None` is a marker.
    formatting: Vec<Option<Formatting>>,
    /// Start tags dropped per name, whose end tags must be dropped too.
    dropped: KeyMap<u32>,
    dropped_total: usize,
    steps: usize,
    /// Formatting elements closed implicitly by the last tag, innermost first: their end tags
    /// are written before it.
    closes: Vec<Key>,
}

impl Model {
    fn depth(&self) -> usize {
        self.stack.len()
    }

    fn is_open(&self, k: Key) -> bool {
        self.open.get(&k).copied().unwrap_or(0) > 0
    }

    /// Pops the top element, keeping the formatting list in step.
    fn pop(&mut self, by_own_end_tag: bool) -> Option<Key> {
        let k = self.stack.pop()?;
        if let Some(n) = self.open.get_mut(&k) {
            *n = n.saturating_sub(1);
        }
        if is_formatting(k) {
            if let Some(pos) = self
                .formatting
                .iter()
                .rposition(|f| f.is_some_and(|f| f.name == k))
            {
                self.formatting.remove(pos);
                if !by_own_end_tag {
                    // The parser would reconstruct it at the next text, once per paragraph, as a
                    // new element; an explicit end tag closes it for good instead.
                    self.closes.push(k);
                }
            }
        }
        if is_marker(k) {
            // Closing a cell, caption or object clears the formatting list back to its marker.
            while let Some(f) = self.formatting.pop() {
                if f.is_none() {
                    break;
                }
            }
        }
        Some(k)
    }

    /// Position of `k` on the stack when it lies within `SEARCH_LIMIT` of the top and no scope
    /// boundary comes first.
    fn find_in_scope(&self, k: Key, boundary: impl Fn(Key) -> bool) -> Option<usize> {
        if !self.is_open(k) {
            return None;
        }
        for (steps, pos) in (0..self.stack.len()).rev().enumerate() {
            if steps >= SEARCH_LIMIT {
                return None;
            }
            let here = self.stack[pos];
            if here == k {
                return Some(pos);
            }
            if boundary(here) {
                return None;
            }
        }
        None
    }

    fn pop_to(&mut self, pos: usize, own: Key) {
        while self.stack.len() > pos {
            let top_is_target = self.stack.len() == pos + 1;
            self.pop(top_is_target && self.stack[pos] == own);
        }
    }

    /// The implied end tags a start tag causes.
    fn implied_closes(&mut self, k: Key) {
        if closes_p(k) {
            if let Some(pos) = self.find_in_scope(P, |b| is_scope_boundary(b, true)) {
                self.pop_to(pos, P);
            }
        }
        match k {
            LI => {
                if let Some(pos) = self.find_in_scope(LI, is_special_block) {
                    self.pop_to(pos, LI);
                }
            }
            DD | DT => {
                let dd = self.find_in_scope(DD, is_special_block);
                let dt = self.find_in_scope(DT, is_special_block);
                if let Some(pos) = dd.max(dt) {
                    let own = self.stack[pos];
                    self.pop_to(pos, own);
                }
            }
            _ if is_heading(k) && self.stack.last().is_some_and(|&t| is_heading(t)) => {
                self.pop(false);
            }
            OPTION | OPTGROUP if self.stack.last() == Some(&OPTION) => {
                self.pop(false);
            }
            TR | TBODY | THEAD | TFOOT => {
                // Close open rows and cells of the current table.
                for part in [TD, TH, TR, TBODY, THEAD, TFOOT] {
                    if part == k || matches!(k, TR) && matches!(part, TBODY | THEAD | TFOOT) {
                        continue;
                    }
                    if let Some(pos) = self.find_in_scope(part, |b| b == TABLE || b == HTML) {
                        self.pop_to(pos, part);
                    }
                }
                if k == TR {
                    if let Some(pos) = self.find_in_scope(TR, |b| b == TABLE || b == HTML) {
                        self.pop_to(pos, TR);
                    }
                }
            }
            TD | TH => {
                for cell in [TD, TH] {
                    if let Some(pos) = self.find_in_scope(cell, |b| b == TABLE || b == TR) {
                        self.pop_to(pos, cell);
                    }
                }
            }
            A | NOBR => {
                // A new link closes an open one (the adoption agency).
                let after_marker = self
                    .formatting
                    .iter()
                    .rev()
                    .take_while(|f| f.is_some())
                    .any(|f| f.is_some_and(|f| f.name == k));
                if after_marker {
                    if let Some(pos) = self.find_in_scope(k, |b| is_scope_boundary(b, false)) {
                        self.pop_to(pos, k);
                    } else if let Some(pos) = self
                        .formatting
                        .iter()
                        .rposition(|f| f.is_some_and(|f| f.name == k))
                    {
                        self.formatting.remove(pos);
                    }
                }
            }
            _ => {}
        }
    }

    /// Whether a start tag goes through; updates the model.
    fn start(&mut self, k: Key, attrs: u64) -> bool {
        self.implied_closes(k);
        let formatting_open = self.formatting.iter().filter(|f| f.is_some()).count();
        if self.depth() >= MAX_DEPTH || (is_formatting(k) && formatting_open >= MAX_FORMATTING) {
            *self.dropped.entry(k).or_insert(0) += 1;
            self.dropped_total += 1;
            return false;
        }
        self.stack.push(k);
        *self.open.entry(k).or_insert(0) += 1;
        if is_formatting(k) {
            // Noah's Ark: a fourth identical entry since the last marker evicts the earliest.
            let same: Vec<usize> = (0..self.formatting.len())
                .rev()
                .take_while(|&i| self.formatting[i].is_some())
                .filter(|&i| self.formatting[i].is_some_and(|f| f.name == k && f.attrs == attrs))
                .collect();
            if same.len() >= 3 {
                if let Some(&earliest) = same.last() {
                    self.formatting.remove(earliest);
                }
            }
            self.formatting.push(Some(Formatting { name: k, attrs }));
        } else if is_marker(k) {
            self.formatting.push(None);
        }
        self.steps += self.stack.len();
        true
    }

    /// Whether an end tag goes through; updates the model.
    fn end(&mut self, k: Key) -> bool {
        if let Some(n) = self.dropped.get_mut(&k) {
            if *n > 0 {
                *n -= 1;
                return false;
            }
        }
        let boundary = |b: Key| match k {
            P => is_scope_boundary(b, true),
            LI => is_scope_boundary(b, false) || b == OL || b == UL,
            TD | TH | TR | TBODY | THEAD | TFOOT | TABLE | CAPTION => b == TABLE || b == HTML,
            _ => is_scope_boundary(b, false),
        };
        if let Some(pos) = self.find_in_scope(k, boundary) {
            self.pop_to(pos, k);
            self.steps += self.stack.len();
            return true;
        }
        // A stray `</br>` is a line break; a stray `</p>` makes an empty paragraph (and costs a
        // scope walk), other stray end tags are ignored by the parser anyway.
        k == BR
    }
}

/// Tokenises `html`, bounds its nesting and strips what the extractor never reads.
pub fn prepare(html: &str) -> Prepared {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut json_ld = Vec::new();
    let mut model = Model {
        stack: Vec::with_capacity(64),
        open: KeyMap::default(),
        formatting: Vec::new(),
        dropped: KeyMap::default(),
        dropped_total: 0,
        steps: 0,
        closes: Vec::new(),
    };
    let mut elements = 0usize;
    let mut flattened = false;
    let mut attrs: Vec<(usize, usize, usize)> = Vec::new();
    let mut i = 0;
    let mut copied = 0; // bytes[copied..i] still to be copied
    while let Some(off) = html[i..].find('<') {
        let lt = i + off;
        let next = bytes.get(lt + 1).copied();
        match next {
            Some(b'!') => {
                if bytes[lt..].starts_with(b"<!--") {
                    let end = find_bytes(html, lt + 2, "-->").map_or(bytes.len(), |e| e + 3);
                    out.push_str(&html[copied..lt]);
                    copied = end;
                    i = end;
                } else {
                    let end = find_byte(html, lt, b'>').map_or(bytes.len(), |e| e + 1);
                    let is_doctype = bytes.len() >= lt + 9
                        && bytes[lt + 2..lt + 9].eq_ignore_ascii_case(b"doctype");
                    if !is_doctype {
                        out.push_str(&html[copied..lt]);
                        copied = end;
                    }
                    i = end;
                }
            }
            Some(b'?') => {
                let end = find_byte(html, lt, b'>').map_or(bytes.len(), |e| e + 1);
                out.push_str(&html[copied..lt]);
                copied = end;
                i = end;
            }
            Some(b'/') => {
                let name_start = lt + 2;
                match bytes.get(name_start) {
                    Some(c) if c.is_ascii_alphabetic() => {
                        let tag = scan_tag(html, name_start, &mut attrs);
                        let k = key(&bytes[name_start..tag.name_end]);
                        let pass = !flattened && model.end(k);
                        copied = write_closes(&mut out, html, copied, lt, &mut model.closes);
                        if !pass {
                            out.push_str(&html[copied..lt]);
                            out.push(' ');
                            copied = tag.end;
                        }
                        i = tag.end;
                    }
                    Some(b'>') => {
                        out.push_str(&html[copied..lt]);
                        copied = lt + 3;
                        i = lt + 3;
                    }
                    Some(_) => {
                        let end = find_byte(html, lt, b'>').map_or(bytes.len(), |e| e + 1);
                        out.push_str(&html[copied..lt]);
                        copied = end;
                        i = end;
                    }
                    None => break,
                }
            }
            Some(c) if c.is_ascii_alphabetic() => {
                let name_start = lt + 1;
                let tag = scan_tag(html, name_start, &mut attrs);
                let name = &bytes[name_start..tag.name_end];
                let k = key(name);
                i = tag.end;
                if drop_whole(k) {
                    let content_end = if k == SVG || k == MATH {
                        if tag.self_closing {
                            tag.end
                        } else {
                            find_end_tag(html, tag.end, name)
                        }
                    } else {
                        find_end_tag(html, tag.end, name)
                    };
                    if k == SCRIPT && is_json_ld(&bytes[lt..tag.end]) {
                        if let Some(text) = html.get(tag.end..content_end) {
                            json_ld.push(text.to_string());
                        }
                    }
                    let end = skip_end_tag(html, content_end);
                    out.push_str(&html[copied..lt]);
                    out.push(' ');
                    copied = end;
                    i = end;
                    continue;
                }
                if k == TITLE || k == TEXTAREA {
                    // RCDATA: the content is text, copied as it is.
                    let end = skip_end_tag(html, find_end_tag(html, tag.end, name));
                    i = end;
                    continue;
                }
                if k == PLAINTEXT {
                    break;
                }
                if is_void(k) && !matches!(k, BR | HR | META | WBR) {
                    // Images, inputs, links: nothing the extractor reads.
                    out.push_str(&html[copied..lt]);
                    out.push(' ');
                    copied = tag.end;
                    continue;
                }
                if flattened {
                    out.push_str(&html[copied..lt]);
                    out.push(' ');
                    copied = tag.end;
                    continue;
                }
                if matches!(k, HTML | HEAD | BODY) || is_void(k) {
                    copied = rewrite_tag(&mut out, html, copied, &tag, &attrs);
                    elements += 1;
                    continue;
                }
                let attrs_key = key(&bytes[tag.name_end..tag.end]);
                let pass = model.start(k, attrs_key);
                copied = write_closes(&mut out, html, copied, lt, &mut model.closes);
                if pass {
                    copied = rewrite_tag(&mut out, html, copied, &tag, &attrs);
                    elements += 1;
                } else {
                    out.push_str(&html[copied..lt]);
                    out.push(' ');
                    copied = tag.end;
                }
                if model.steps > STEP_BUDGET || elements > MAX_ELEMENTS {
                    flattened = true;
                }
            }
            _ => i = lt + 1,
        }
        if i >= bytes.len() {
            break;
        }
    }
    if copied < html.len() {
        out.push_str(&html[copied..]);
    }
    Prepared {
        html: out,
        json_ld,
        dropped: model.dropped_total,
        flattened,
    }
}

struct TagScan {
    name_end: usize,
    /// Just past the closing `>` (or the end of input).
    end: usize,
    self_closing: bool,
}

/// Scans a tag from its name to its `>`, honouring quoted attribute values as the tokenizer does.
fn scan_tag(html: &str, name_start: usize, attrs: &mut Vec<(usize, usize, usize)>) -> TagScan {
    let bytes = html.as_bytes();
    attrs.clear();
    let mut i = name_start;
    while i < bytes.len()
        && !matches!(
            bytes[i],
            b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>'
        )
    {
        i += 1;
    }
    let name_end = i;
    let mut self_closing = false;
    loop {
        // Before an attribute name.
        while i < bytes.len() && matches!(bytes[i], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ') {
            i += 1;
        }
        match bytes.get(i) {
            None => {
                return TagScan {
                    name_end,
                    end: bytes.len(),
                    self_closing,
                }
            }
            Some(b'>') => {
                return TagScan {
                    name_end,
                    end: i + 1,
                    self_closing,
                }
            }
            Some(b'/') => {
                self_closing = bytes.get(i + 1) == Some(&b'>');
                i += 1;
                continue;
            }
            _ => {}
        }
        self_closing = false;
        // The attribute name; a leading `=` belongs to it.
        let attr_start = i;
        i += 1;
        while i < bytes.len()
            && !matches!(
                bytes[i],
                b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>' | b'='
            )
        {
            i += 1;
        }
        let attr_name_end = i;
        while i < bytes.len() && matches!(bytes[i], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ') {
            i += 1;
        }
        if bytes.get(i) != Some(&b'=') {
            attrs.push((attr_start, attr_name_end, attr_name_end));
            continue;
        }
        i += 1;
        while i < bytes.len() && matches!(bytes[i], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ') {
            i += 1;
        }
        match bytes.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                i = find_byte(html, i + 1, q).map_or(bytes.len(), |e| e + 1);
            }
            _ => {
                while i < bytes.len()
                    && !matches!(bytes[i], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'>')
                {
                    i += 1;
                }
            }
        }
        attrs.push((attr_start, attr_name_end, i.min(bytes.len())));
    }
}

/// Writes a start tag with only the attributes worth parsing, when it has others; returns the
/// new copy position.
fn rewrite_tag(
    out: &mut String,
    html: &str,
    copied: usize,
    tag: &TagScan,
    attrs: &[(usize, usize, usize)],
) -> usize {
    let bytes = html.as_bytes();
    let closed = tag.end <= bytes.len() && tag.end > 0 && bytes[tag.end - 1] == b'>';
    if !closed || attrs.iter().all(|&(a, n, _)| keep_attribute(&bytes[a..n])) {
        return copied;
    }
    out.push_str(&html[copied..tag.name_end]);
    for &(a, n, e) in attrs {
        if keep_attribute(&bytes[a..n]) {
            out.push(' ');
            out.push_str(&html[a..e]);
        }
    }
    if tag.self_closing {
        out.push('/');
    }
    out.push('>');
    tag.end
}

/// Attributes the extractor reads; the rest (`href`, `src`, `srcset`, `data-*`, `onclick`…) are
/// two thirds of a page's markup and only slow the parser down.
fn keep_attribute(name: &[u8]) -> bool {
    const KEEP: [&[u8]; 18] = [
        b"class",
        b"id",
        b"role",
        b"itemprop",
        b"itemtype",
        b"rel",
        b"hidden",
        b"aria-hidden",
        b"style",
        b"lang",
        b"xml:lang",
        b"content",
        b"property",
        b"name",
        b"datetime",
        b"charset",
        b"http-equiv",
        b"type",
    ];
    KEEP.iter().any(|k| k.eq_ignore_ascii_case(name))
}

fn is_json_ld(tag: &[u8]) -> bool {
    tag.windows(7).any(|w| w.eq_ignore_ascii_case(b"ld+json"))
}

/// Start of the end tag `</name` (followed by a space, `/` or `>`) from `from`, or the end of input.
fn find_end_tag(html: &str, from: usize, name: &[u8]) -> usize {
    let bytes = html.as_bytes();
    let mut i = from;
    while let Some(pos) = find_bytes(html, i, "</") {
        let after = pos + 2;
        let name_end = after + name.len();
        if name_end <= bytes.len()
            && bytes[after..name_end].eq_ignore_ascii_case(name)
            && bytes
                .get(name_end)
                .is_none_or(|c| matches!(c, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>'))
        {
            return pos;
        }
        i = after;
    }
    bytes.len()
}

/// Just past the end tag starting at `at` (or `at` at the end of input).
fn skip_end_tag(html: &str, at: usize) -> usize {
    if at >= html.len() {
        return html.len();
    }
    find_byte(html, at, b'>').map_or(html.len(), |e| e + 1)
}

/// Position of the ASCII byte `b` from `from` (memchr through `str::find`).
fn find_byte(html: &str, from: usize, b: u8) -> Option<usize> {
    html.get(from..)?.find(b as char).map(|p| p + from)
}

/// Position of the ASCII `needle` from `from`.
fn find_bytes(html: &str, from: usize, needle: &str) -> Option<usize> {
    let first = needle.as_bytes()[0];
    let mut i = from;
    loop {
        let at = find_byte(html, i, first)?;
        if html.as_bytes()[at..].starts_with(needle.as_bytes()) {
            return Some(at);
        }
        i = at + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_scripts_keeps_json_ld() {
        let p = prepare(
            "<html><head><script>var a='<div>';</script><script type=\"application/ld+json\">{\"a\":1}</script>\
             <style>p{}</style></head><body><!-- c --><p>Hi</p></body></html>",
        );
        assert_eq!(p.json_ld, vec!["{\"a\":1}".to_string()]);
        assert!(!p.html.contains("var a"));
        assert!(!p.html.contains("p{}"));
        assert!(!p.html.contains("<!--"));
        assert!(p.html.contains("<p>Hi</p>"));
    }

    #[test]
    fn ordinary_pages_pass_unchanged() {
        let page =
            "<div class=a><p>One<p>Two<ul><li>x<li>y</ul><table><tr><td>a<td>b<tr><td>c</table>\
                    <a class=x>l</a><a class=y>m</a></div>";
        let p = prepare(page);
        assert_eq!(p.html, page);
        assert_eq!(p.dropped, 0);
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let page = "<div>".repeat(10_000) + "text" + &"</div>".repeat(10_000);
        let p = prepare(&page);
        assert_eq!(p.html.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(p.html.matches("</div>").count(), MAX_DEPTH);
        assert!(p.html.contains("text"));
    }

    #[test]
    fn unclosed_paragraphs_do_not_nest() {
        let page = "<div>".to_string() + &"<p>para".repeat(2_000) + "</div>";
        assert_eq!(prepare(&page).dropped, 0);
        let items = "<ul>".to_string() + &"<li>item".repeat(2_000) + "</ul>";
        assert_eq!(prepare(&items).dropped, 0);
    }

    #[test]
    fn cells_do_not_escape_their_table() {
        // `</div>` cannot close a div outside the table, so each repetition nests deeper.
        let page = "<div><table><tr><td></div>".repeat(1_000);
        let p = prepare(&page);
        assert!(p.dropped > 0);
    }

    #[test]
    fn formatting_elements_are_capped() {
        let page = "<b>".repeat(1_000) + "x";
        assert_eq!(prepare(&page).html.matches("<b>").count(), MAX_DEPTH);
        // Formatting closed implicitly is closed explicitly, not rebuilt in every paragraph.
        let page: String = (0..1_000)
            .map(|i| format!("<p><b class=c{i}>x</p>"))
            .collect();
        let p = prepare(&page);
        assert_eq!(p.html.matches("x</b></p>").count(), 1_000);
        assert_eq!(p.dropped, 0);
        let page: String = (0..100).map(|i| format!("<div><i class=c{i}>x")).collect();
        assert!(prepare(&page).html.matches("<i ").count() <= MAX_FORMATTING);
    }

    #[test]
    fn quoted_attributes_hide_brackets() {
        let p = prepare("<div class=\"a > <b>\">x</div>");
        assert_eq!(p.html, "<div class=\"a > <b>\">x</div>");
    }

    #[test]
    fn unread_attributes_are_dropped() {
        let p = prepare("<a href=\"/x\" class=k data-x='1 > 2'>l</a><img src=a.jpg><br/>");
        assert_eq!(p.html, "<a class=k>l</a> <br/>");
    }
}
