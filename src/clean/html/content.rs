//! Main content: which part of a page is the article, and its paragraphs.
//!
//! 1. **Segment.** One walk over the DOM makes text blocks (paragraphs, headings, list items,
//!    quotes, captions, cells), each owned by its innermost block-level element; `<br><br>` breaks
//!    a paragraph. Navigation, forms, media, `aside`, `footer` and hidden elements are skipped;
//!    every element gets a class/id/role/itemprop hint from the word lists in `data/html/`.
//! 2. **Remove furniture.** Elements with a boilerplate class (ads, share bars, related links,
//!    newsletters, comments, tooltips) and embedded posts (tweets, Instagram) go with everything
//!    inside, unless they hold half the page's prose (`<body class="no-sidebar">`).
//! 3. **Choose the container** as Readability.js does: paragraph scores (1 + commas + length/100,
//!    at most 3) passed to parent, grandparent and further ancestors, tag weights, class weights
//!    (scaled by the prose inside, so a one-line `story-title` cannot win), trafilatura's strong
//!    body signals (`itemprop=articleBody`, `article-body`-like classes, `<article>`), all damped
//!    by link density; then a common ancestor of near-equal candidates, a higher-scoring parent,
//!    and siblings that continue the article (a sibling scoring well itself or holding a strong
//!    candidate — a story split into sections — and the lead photo's caption).
//! 4. **Clean inside** (Readability's conditional cleaning): link lists and negative-class
//!    wrappers without prose go (unless they hold no link at all: a form guide's list of results,
//!    a figure's caption); junk lines ("Advertisement", "Read more: …", "Image 3 of 12"),
//!    bylines, date lines, lines repeating the section, site or an author, mostly-link lines and
//!    pull quotes that repeat a paragraph are dropped.
//!
//! Decisions: tables inside the article stay, one line per row with cells joined by spaces
//! (scorecards, standings and results tables carry names and numbers the later stages use; the
//! benchmark's annotators keep them too); rows made only of header cells (`Batter Dismissal R B`)
//! are column labels and go; a cell of real prose (a layout table) is a paragraph of its own.
//! Embedded tweets are not the article's text and go (the benchmark's annotators kept them: it
//! costs 0.002 F1 there). Captions are kept as `Caption` paragraphs without their credit.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;
use scraper::{Html, Node};

use crate::doc::{ArticleMeta, ParagraphKind};

fn word_set(text: &'static str) -> HashSet<&'static str> {
    crate::extract::text::data_lines(text).collect()
}

const BOILERPLATE: u8 = 1;
const NEGATIVE: u8 = 2;
const POSITIVE: u8 = 4;
const BODY: u8 = 8;

/// Class/id words and what they say, from the word lists: one lookup per word.
static CLASS_WORDS: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut m: HashMap<&'static str, u8> = HashMap::new();
    for (text, flag) in [
        (
            include_str!("../../../data/html/boilerplate-classes.txt"),
            BOILERPLATE,
        ),
        (
            include_str!("../../../data/html/negative-classes.txt"),
            NEGATIVE,
        ),
        (
            include_str!("../../../data/html/positive-classes.txt"),
            POSITIVE,
        ),
        (include_str!("../../../data/html/body-classes.txt"), BODY),
    ] {
        for w in word_set(text) {
            *m.entry(w).or_insert(0) |= flag;
        }
    }
    m
});

/// Flags of a class word, trying it without a plural `s` too (not for body names).
fn class_word_flags(w: &str) -> u8 {
    let words = &*CLASS_WORDS;
    let mut f = words.get(w).copied().unwrap_or(0);
    if w.len() > 3 && w.ends_with('s') {
        f |= words.get(&w[..w.len() - 1]).copied().unwrap_or(0) & !BODY;
    }
    f
}
static JUNK_LINES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| word_set(include_str!("../../../data/html/junk-lines.txt")));

/// The tags the extractor tells apart; everything else is `Other` (inline) or `OtherBlock`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tag {
    Root,
    Body,
    Div,
    Section,
    Article,
    Main,
    P,
    H(u8),
    Li,
    List,
    Dd,
    Dt,
    Blockquote,
    Figure,
    Figcaption,
    Pre,
    Table,
    Tr,
    Cell,
    HeaderCell,
    TableCaption,
    A,
    Br,
    Header,
    Form,
    Address,
    OtherBlock,
    /// Never text: navigation, controls, media, head.
    Skip,
    Other,
}

impl Tag {
    fn of(name: &str) -> Tag {
        match name {
            "body" => Tag::Body,
            "div" => Tag::Div,
            "section" => Tag::Section,
            "article" => Tag::Article,
            "main" => Tag::Main,
            "p" => Tag::P,
            "h1" => Tag::H(1),
            "h2" => Tag::H(2),
            "h3" => Tag::H(3),
            "h4" => Tag::H(4),
            "h5" => Tag::H(5),
            "h6" => Tag::H(6),
            "li" => Tag::Li,
            "ul" | "ol" | "dl" | "menu" => Tag::List,
            "dd" => Tag::Dd,
            "dt" => Tag::Dt,
            "blockquote" => Tag::Blockquote,
            "figure" => Tag::Figure,
            "figcaption" => Tag::Figcaption,
            "pre" => Tag::Pre,
            "table" => Tag::Table,
            "tr" => Tag::Tr,
            "td" => Tag::Cell,
            "th" => Tag::HeaderCell,
            "caption" => Tag::TableCaption,
            "a" => Tag::A,
            "br" => Tag::Br,
            "header" | "hgroup" => Tag::Header,
            "form" => Tag::Form,
            "address" => Tag::Address,
            "center" | "details" | "summary" | "fieldset" | "legend" | "thead" | "tbody"
            | "tfoot" | "hr" | "dialog" | "search" | "frameset" | "noscript" | "html" => {
                Tag::OtherBlock
            }
            "nav" | "aside" | "footer" | "button" | "select" | "option" | "optgroup" | "input"
            | "textarea" | "label" | "iframe" | "object" | "embed" | "canvas" | "video"
            | "audio" | "map" | "head" | "title" | "script" | "style" | "template" | "svg"
            | "math" | "img" | "picture" | "source" | "meta" | "link" | "datalist" | "output"
            | "progress" | "meter" | "dialog-box" => Tag::Skip,
            _ => Tag::Other,
        }
    }

    fn is_block(self) -> bool {
        !matches!(self, Tag::A | Tag::Other | Tag::Br)
    }
}

/// What the class, id, role and itemprop of an element say.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct Hint {
    /// Page furniture (ads, share bars, related links…): removed unless it holds the article.
    pub boilerplate: bool,
    /// Names the article body itself (`itemprop=articleBody`, `article-body`).
    pub body: bool,
    /// Readability's class weight: +25 positive, -25 negative.
    pub weight: i32,
    /// An embedded post (tweet, Instagram): never article text.
    pub embed: bool,
    /// A photo credit inside a caption.
    pub credit: bool,
    /// A caption by class (`image-caption`), when not a `<figcaption>`.
    pub caption: bool,
}

/// Splits class/id values into lower-case words at non-letters and camelCase humps, calling `f`
/// with each word and the one before it.
fn for_each_word(value: &str, mut f: impl FnMut(&str, &str)) {
    let mut prev = String::new();
    let mut word = String::new();
    let mut last_lower = false;
    let mut emit = |word: &mut String, prev: &mut String| {
        if !word.is_empty() {
            f(word, prev);
            std::mem::swap(prev, word);
            word.clear();
        }
    };
    for c in value.chars() {
        if c.is_alphabetic() {
            if c.is_uppercase() && last_lower {
                emit(&mut word, &mut prev);
            }
            last_lower = c.is_lowercase();
            word.extend(c.to_lowercase());
        } else {
            emit(&mut word, &mut prev);
            last_lower = false;
            if c.is_whitespace() {
                prev.clear();
            }
        }
    }
    emit(&mut word, &mut prev);
}

fn hint_of(el: &scraper::node::Element) -> (Hint, bool) {
    let mut hint = Hint::default();
    let mut hidden = false;
    let mut positive = false;
    let mut negative = false;
    for (name, value) in el.attrs() {
        match name {
            "class" | "id" => {
                let mut pair = String::new();
                for_each_word(value, |w, prev| {
                    let flags = class_word_flags(w);
                    hint.boilerplate |= flags & BOILERPLATE != 0;
                    negative |= flags & NEGATIVE != 0;
                    positive |= flags & POSITIVE != 0;
                    hint.body |= flags & BODY != 0;
                    if !prev.is_empty() {
                        pair.clear();
                        pair.push_str(prev);
                        pair.push_str(w);
                        hint.body |= CLASS_WORDS
                            .get(pair.as_str())
                            .is_some_and(|f| f & BODY != 0);
                    }
                    match w {
                        "tweet" | "twitter" | "instagram" | "tiktok" => hint.embed = true,
                        "copyright" | "photographer" | "source" => hint.credit = true,
                        "legend" => hint.caption = true,
                        // Compounds too: `piccaption`, `imagecredit`.
                        _ if w.contains("caption") => hint.caption = true,
                        _ if w.contains("credit") => hint.credit = true,
                        _ => {}
                    }
                });
            }
            "role" => match value.trim() {
                "navigation" | "banner" | "contentinfo" | "complementary" | "search" | "menu"
                | "menubar" | "dialog" | "alertdialog" | "toolbar" | "tablist" => {
                    hint.boilerplate = true
                }
                "main" | "article" => positive = true,
                _ => {}
            },
            "itemprop" => match value.trim() {
                "articleBody" | "articlebody" | "reviewBody" | "text" => hint.body = true,
                "author" | "creator" | "publisher" | "datePublished" | "dateModified" => {
                    hint.boilerplate = true
                }
                _ => {}
            },
            "hidden" => hidden = true,
            "aria-hidden" => hidden |= value.trim().eq_ignore_ascii_case("true"),
            "style" => {
                let v = value.to_ascii_lowercase();
                let v: String = v.chars().filter(|c| !c.is_whitespace()).collect();
                hidden |= v.contains("display:none") || v.contains("visibility:hidden");
            }
            _ => {}
        }
    }
    if hint.body {
        hint.boilerplate = false;
        hint.embed = false;
    }
    if positive {
        hint.weight += 25;
    }
    if negative || hint.boilerplate {
        hint.weight -= 25;
    }
    (hint, hidden)
}

/// One element of the page, with the aggregates of the text inside it.
#[derive(Debug, Clone)]
pub(crate) struct Element {
    pub tag: Tag,
    pub parent: usize,
    pub hint: Hint,
    /// Characters of text inside (blocks not removed).
    pub chars: usize,
    pub link_chars: usize,
    /// Characters of good prose inside (see [`Block::is_prose`]).
    pub prose: usize,
    /// Readability content score passed up from paragraphs.
    pub score: f64,
    pub scored: bool,
    /// Highest score in the subtree.
    pub best: f64,
    /// First and one-past-last block inside, in document order.
    pub blocks: (usize, usize),
    /// Removed with everything inside.
    pub removed: bool,
    pub children: Vec<usize>,
}

/// What a block is, from its owner element and the elements around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BlockKind {
    Paragraph,
    Heading(u8),
    Item,
    Quote,
    Caption,
    Pre,
    Cell,
    /// Text directly in a `div`, `section` and the like.
    Loose,
}

#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub text: String,
    /// Characters (not bytes) of `text`.
    pub chars: usize,
    pub link_chars: usize,
    pub owner: usize,
    pub kind: BlockKind,
    /// The innermost figure, figcaption or caption-classed element around it.
    pub caption: Option<usize>,
    pub removed: bool,
}

impl Block {
    fn link_density(&self) -> f64 {
        let n = self.chars;
        if n == 0 {
            return 0.0;
        }
        self.link_chars as f64 / n as f64
    }

    /// Article-like prose: long enough, few links.
    fn is_prose(&self) -> bool {
        matches!(
            self.kind,
            BlockKind::Paragraph
                | BlockKind::Loose
                | BlockKind::Quote
                | BlockKind::Pre
                | BlockKind::Cell
                | BlockKind::Item
        ) && self.text.len() >= 25
            && self.link_density() < 0.5
    }
}

/// The page as elements and text blocks.
pub(crate) struct Page {
    pub elements: Vec<Element>,
    pub blocks: Vec<Block>,
}

struct Frame {
    el: usize,
    tag: Tag,
}

fn new_element(tag: Tag, parent: usize, hint: Hint, first_block: usize) -> Element {
    Element {
        tag,
        parent,
        hint,
        chars: 0,
        link_chars: 0,
        prose: 0,
        score: 0.0,
        scored: false,
        best: 0.0,
        blocks: (first_block, first_block),
        removed: false,
        children: Vec::new(),
    }
}

/// State of the single walk over the DOM.
struct Walker {
    elements: Vec<Element>,
    blocks: Vec<Block>,
    stack: Vec<Frame>,
    buf: String,
    buf_links: usize,
    link_depth: usize,
    quote_depth: usize,
    /// Open figures, figcaptions and caption-classed elements, innermost last.
    captions: Vec<usize>,
    pending_br: bool,
}

impl Walker {
    /// Flushes the text gathered so far as a block owned by the innermost block element.
    fn flush(&mut self) {
        self.pending_br = false;
        let text = self.buf.trim();
        if text.is_empty() {
            self.buf.clear();
            self.buf_links = 0;
            return;
        }
        let owner = self
            .stack
            .iter()
            .rev()
            .find(|f| f.tag.is_block())
            .map_or(0, |f| f.el);
        let kind = if self.quote_depth > 0 {
            BlockKind::Quote
        } else {
            match self.elements[owner].tag {
                Tag::P => BlockKind::Paragraph,
                Tag::H(n) => BlockKind::Heading(n),
                Tag::Li | Tag::Dd | Tag::Dt => BlockKind::Item,
                Tag::Blockquote => BlockKind::Quote,
                Tag::Figcaption => BlockKind::Caption,
                Tag::Pre => BlockKind::Pre,
                Tag::Cell | Tag::HeaderCell | Tag::TableCaption => BlockKind::Cell,
                _ => BlockKind::Loose,
            }
        };
        let text = text.to_string();
        let chars = text.chars().count();
        self.blocks.push(Block {
            chars,
            link_chars: self.buf_links.min(chars),
            text,
            owner,
            kind,
            caption: self.captions.last().copied(),
            removed: false,
        });
        self.buf.clear();
        self.buf_links = 0;
    }

    /// Opens a node; `false` skips it with everything inside.
    fn open(&mut self, node: &Node) -> bool {
        match node {
            Node::Element(el) => {
                let tag = Tag::of(el.name());
                let (hint, hidden) = hint_of(el);
                // An inline caption (`<span class="caption">`) still makes a paragraph of its own.
                let tag = if hint.caption && !tag.is_block() {
                    Tag::OtherBlock
                } else {
                    tag
                };
                // Inline furniture (a share link, a credit, an author span) cannot hold the
                // article, so it goes at once; block furniture is judged later.
                let inline_junk =
                    !tag.is_block() && (hint.boilerplate || hint.credit || hint.embed);
                // (A paywalled page may keep the full text in a hidden body element, the teaser
                // shown above it: the body is the article, whatever the styling.)
                if tag == Tag::Skip || (hidden && !hint.body) || inline_junk {
                    return false;
                }
                if tag == Tag::Br {
                    if self.pending_br {
                        self.flush();
                    } else {
                        self.pending_br = true;
                        // One break keeps the block whole but ends its line: a results box
                        // lists one match a line ("Men's singles: …<br>Women's singles: …").
                        let kept = self.buf.trim_end_matches(' ').len();
                        self.buf.truncate(kept);
                        if !self.buf.is_empty() {
                            self.buf.push('\n');
                        }
                    }
                    return false;
                }
                if tag.is_block() {
                    self.flush();
                }
                let parent = self.stack.last().map_or(0, |f| f.el);
                let index = self.elements.len();
                self.elements
                    .push(new_element(tag, parent, hint, self.blocks.len()));
                self.elements[parent].children.push(index);
                match tag {
                    Tag::A => self.link_depth += 1,
                    Tag::Blockquote => self.quote_depth += 1,
                    _ => {}
                }
                if matches!(tag, Tag::Figcaption | Tag::Figure) || hint.caption {
                    self.captions.push(index);
                }
                self.stack.push(Frame { el: index, tag });
                true
            }
            Node::Text(text) => {
                let before = self.buf.len();
                push_text(&mut self.buf, text);
                let added = &self.buf[before..];
                if !added.trim().is_empty() {
                    self.pending_br = false;
                }
                if self.link_depth > 0 {
                    self.buf_links += added.chars().count();
                }
                false
            }
            Node::Document | Node::Fragment => true,
            _ => false,
        }
    }

    /// Closes an element opened with [`Walker::open`].
    fn close(&mut self, node: &Node) {
        let Node::Element(_) = node else { return };
        let Some(top) = self.stack.last() else { return };
        if top.tag.is_block() {
            self.flush();
        }
        let Some(frame) = self.stack.pop() else {
            return;
        };
        match frame.tag {
            Tag::A => self.link_depth = self.link_depth.saturating_sub(1),
            Tag::Blockquote => self.quote_depth = self.quote_depth.saturating_sub(1),
            _ => {}
        }
        if self.captions.last() == Some(&frame.el) {
            self.captions.pop();
        }
        self.elements[frame.el].blocks.1 = self.blocks.len();
    }
}

/// Walks the DOM once into elements and blocks (iteratively: depth is bounded by the pre-scan,
/// but the walk does not rely on it).
pub(crate) fn segment(html: &Html) -> Page {
    let mut w = Walker {
        elements: vec![new_element(Tag::Root, 0, Hint::default(), 0)],
        blocks: Vec::new(),
        stack: vec![Frame {
            el: 0,
            tag: Tag::Root,
        }],
        buf: String::new(),
        buf_links: 0,
        link_depth: 0,
        quote_depth: 0,
        captions: Vec::new(),
        pending_br: false,
    };
    let root = html.tree.root();
    let mut node = root;
    'walk: loop {
        if w.open(node.value()) {
            if let Some(child) = node.first_child() {
                node = child;
                continue;
            }
            w.close(node.value());
        }
        loop {
            if node == root {
                break 'walk;
            }
            if let Some(next) = node.next_sibling() {
                node = next;
                continue 'walk;
            }
            match node.parent() {
                Some(parent) => {
                    node = parent;
                    w.close(node.value());
                }
                None => break 'walk,
            }
        }
    }
    w.flush();
    let n = w.blocks.len();
    for f in &w.stack {
        w.elements[f.el].blocks.1 = n;
    }
    w.elements[0].blocks = (0, n);
    Page {
        elements: w.elements,
        blocks: w.blocks,
    }
}

/// Appends text with HTML whitespace collapsed, dropping zero-width characters.
fn push_text(buf: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            ' '
            | '\t'
            | '\n'
            | '\r'
            | '\x0c'
            | '\u{a0}'
            | '\u{2000}'..='\u{200a}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}' => {
                if !buf.is_empty() && !buf.ends_with([' ', '\n']) {
                    buf.push(' ');
                }
            }
            '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{ad}' => {}
            c if c.is_control() => {}
            c => buf.push(c),
        }
    }
}

/// Share of the page's prose an element must hold for its furniture class to be ignored (a
/// `<body class="no-sidebar">` or an opinion piece wrapped in `content--comment`).
const PROTECT_SHARE: f64 = 0.5;
/// Prose (characters) an element needs for its positive class hints to count in full.
const FULL_HINT_PROSE: f64 = 500.0;
/// Share of the top candidate's best score a sibling's best must reach to join the article.
const SIBLING_BEST: f64 = 0.3;
/// Longest text of a results table that joins the article beside it.
const MAX_RESULTS_TABLE: usize = 4000;
/// A table cell holding a whole result: a name, a scoreline (halves allowed), a name.
static RESULT_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\p{L}[^\d]{1,60}?\s\d{1,3}½?\s?[-–—]\s?\d{1,3}½?\s\p{L}[^\d]{0,60}")
        .expect("static regex")
});
/// A table cell holding a scoreline alone ("3–0", "2 - 1").
static BARE_SCORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d{1,3}½?\s?[-–—:]\s?\d{1,3}½?$").expect("static regex"));
/// Longest text of a figure or caption element whose text counts as a caption.
const MAX_CAPTION: usize = 600;

fn tag_weight(tag: Tag) -> f64 {
    match tag {
        Tag::Div | Tag::Article | Tag::Section | Tag::Main => 5.0,
        Tag::Pre | Tag::Cell | Tag::Blockquote => 3.0,
        Tag::HeaderCell => -5.0,
        Tag::Address | Tag::List | Tag::Dd | Tag::Dt | Tag::Li | Tag::Form => -3.0,
        Tag::H(_) => -5.0,
        _ => 0.0,
    }
}

impl Page {
    /// Marks furniture removed, then sums text, links and prose into every element.
    fn aggregate(&mut self) {
        let n = self.elements.len();
        // Text in a figure or a caption-classed element is a caption when that element is small
        // (a `<body class="has-captions">` does not make the page a caption).
        let mut raw_chars = vec![0usize; n];
        for b in &self.blocks {
            let mut e = b.owner;
            loop {
                raw_chars[e] += b.text.len();
                if e == 0 {
                    break;
                }
                e = self.elements[e].parent;
            }
        }
        for b in &mut self.blocks {
            if let Some(c) = b.caption {
                if raw_chars[c] <= MAX_CAPTION && b.kind != BlockKind::Quote {
                    b.kind = BlockKind::Caption;
                }
            }
        }
        // Raw prose per element, before anything is removed, to protect article wrappers.
        let mut raw = vec![0usize; n];
        for b in &self.blocks {
            if b.is_prose() {
                let mut e = b.owner;
                loop {
                    raw[e] += b.text.len();
                    if e == 0 {
                        break;
                    }
                    e = self.elements[e].parent;
                }
            }
        }
        let total = raw[0].max(1) as f64;
        for (i, &prose) in raw.iter().enumerate().skip(1) {
            let parent = self.elements[i].parent;
            let el = &self.elements[i];
            let furniture =
                (el.hint.embed || el.hint.boilerplate) && (prose as f64) < PROTECT_SHARE * total;
            self.elements[i].removed = furniture || self.elements[parent].removed;
        }
        for b in &mut self.blocks {
            b.removed = self.elements[b.owner].removed;
        }
        for b in &self.blocks {
            if b.removed {
                continue;
            }
            let chars = b.chars;
            let prose = if b.is_prose() { chars } else { 0 };
            let mut e = b.owner;
            loop {
                let el = &mut self.elements[e];
                el.chars += chars;
                el.link_chars += b.link_chars;
                el.prose += prose;
                if e == 0 {
                    break;
                }
                e = el.parent;
            }
        }
    }

    fn link_density(&self, e: usize) -> f64 {
        let el = &self.elements[e];
        if el.chars == 0 {
            0.0
        } else {
            el.link_chars as f64 / el.chars as f64
        }
    }

    fn is_ancestor(&self, a: usize, mut e: usize) -> bool {
        while e != 0 {
            if e == a {
                return true;
            }
            e = self.elements[e].parent;
        }
        a == 0
    }

    /// Readability's paragraph scores, passed to parent (full), grandparent (half) and further
    /// ancestors (a third per level).
    fn score(&mut self) {
        for bi in 0..self.blocks.len() {
            let b = &self.blocks[bi];
            if b.removed || !b.is_prose() || matches!(b.kind, BlockKind::Item | BlockKind::Caption)
            {
                continue;
            }
            let commas = b.text.matches([',', '，', '、']).count() as f64;
            let score = 1.0 + commas + (b.text.len() as f64 / 100.0).min(3.0);
            let owner = b.owner;
            let mut e = match self.elements[owner].tag {
                Tag::P | Tag::Pre | Tag::Cell | Tag::HeaderCell | Tag::Blockquote | Tag::H(_) => {
                    self.elements[owner].parent
                }
                _ => owner,
            };
            for level in 0..5 {
                if e == 0 {
                    break;
                }
                let el = &mut self.elements[e];
                if !el.scored {
                    el.scored = true;
                    // Class hints weigh in proportion to the prose inside: a `story-title`
                    // div with one line must not beat the story.
                    let mut hint = el.hint.weight as f64;
                    if el.hint.body {
                        hint += 25.0;
                    }
                    if el.tag == Tag::Article {
                        hint += 10.0;
                    }
                    if hint > 0.0 {
                        hint *= (el.prose as f64 / FULL_HINT_PROSE).min(1.0);
                    }
                    el.score = tag_weight(el.tag) + hint;
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => l as f64 * 3.0,
                };
                el.score += score / divider;
                e = el.parent;
            }
        }
        for e in 1..self.elements.len() {
            if self.elements[e].scored {
                let ld = self.link_density(e);
                self.elements[e].score *= 1.0 - ld;
                self.elements[e].best = self.elements[e].score;
            }
        }
        for e in (1..self.elements.len()).rev() {
            let p = self.elements[e].parent;
            if self.elements[e].best > self.elements[p].best {
                self.elements[p].best = self.elements[e].best;
            }
        }
    }

    /// The article container, Readability-style, then widened to a body-hinted ancestor.
    fn top_candidate(&self) -> Option<usize> {
        let mut scored: Vec<usize> = (1..self.elements.len())
            .filter(|&e| self.elements[e].scored && !self.elements[e].removed)
            .collect();
        scored.sort_by(|&a, &b| {
            self.elements[b]
                .score
                .total_cmp(&self.elements[a].score)
                .then(a.cmp(&b))
        });
        let mut top = *scored.first()?;
        let top_score = self.elements[top].score;
        // Several near-equal candidates under one ancestor: the ancestor is the article.
        let alternatives: Vec<usize> = scored
            .iter()
            .skip(1)
            .take(4)
            .copied()
            .filter(|&c| top_score > 0.0 && self.elements[c].score / top_score >= 0.75)
            .collect();
        if alternatives.len() >= 3 {
            let mut p = self.elements[top].parent;
            while p != 0 && !matches!(self.elements[p].tag, Tag::Body) {
                let containing = alternatives
                    .iter()
                    .filter(|&&c| self.is_ancestor(p, c))
                    .count();
                if containing >= 3 {
                    top = p;
                    break;
                }
                p = self.elements[p].parent;
            }
        }
        // Climb while the parent scores higher, but only to take in more prose: a parent that
        // scores higher on its class name alone would bring a sidebar along.
        let mut last = self.elements[top].score;
        let threshold = last / 3.0;
        let mut below = top;
        let mut p = self.elements[top].parent;
        while p != 0 && self.elements[p].tag != Tag::Body {
            if !self.elements[p].scored {
                p = self.elements[p].parent;
                continue;
            }
            let s = self.elements[p].score;
            if s < threshold {
                break;
            }
            if s > last {
                if self.elements[p].prose > self.elements[below].prose {
                    top = p;
                }
                break;
            }
            last = s;
            below = p;
            p = self.elements[p].parent;
        }
        // An only child stands for its parent.
        loop {
            let p = self.elements[top].parent;
            if p == 0 || self.elements[p].tag == Tag::Body || self.elements[p].removed {
                break;
            }
            let block_children = self.elements[p]
                .children
                .iter()
                .filter(|&&c| self.elements[c].chars > 0)
                .count();
            if block_children != 1 {
                break;
            }
            top = p;
        }
        Some(top)
    }

    /// A results table beside the report (a governing body's page: the report under a table
    /// of the rounds, "Somerford Park 9 – 7 Dunmore Hill"): no links, and two or more cells
    /// that hold a whole result, a name on each side of a scoreline. A sidebar's results are
    /// links or lie outside the article's parent, and do not join.
    fn results_table(&self, e: usize) -> bool {
        let el = &self.elements[e];
        let (from, to) = el.blocks;
        if el.link_chars > 0 || el.chars > MAX_RESULTS_TABLE {
            return false;
        }
        let whole = self.blocks[from..to]
            .iter()
            .filter(|b| !b.removed && b.kind == BlockKind::Cell && RESULT_CELL.is_match(&b.text))
            .take(2)
            .count()
            == 2;
        whole || self.result_rows(from, to) >= 2
    }

    /// Rows of a table in blocks `from..to` that give a result across three cells: a name, a
    /// bare scoreline, a name ("Trefl Gdańsk | 3–0 | Cuprum Stilon Gorzów").
    fn result_rows(&self, from: usize, to: usize) -> usize {
        let cells: Vec<(usize, &str)> = self.blocks[from..to]
            .iter()
            .filter(|b| !b.removed && b.kind == BlockKind::Cell)
            .map(|b| (self.elements[b.owner].parent, b.text.as_str()))
            .collect();
        let named = |t: &str| t.chars().next().is_some_and(char::is_alphabetic);
        cells
            .windows(3)
            .filter(|w| {
                w[0].0 == w[1].0
                    && w[1].0 == w[2].0
                    && self.elements[w[1].0].tag == Tag::Tr
                    && named(w[0].1)
                    && BARE_SCORE.is_match(w[1].1)
                    && named(w[2].1)
            })
            .count()
    }

    /// The top candidate and the siblings that continue the article.
    fn selection(&self, top: usize) -> Vec<usize> {
        let parent = self.elements[top].parent;
        if top == 0 || parent == 0 && self.elements[top].tag == Tag::Body {
            return vec![top];
        }
        let top_score = self.elements[top].score;
        let threshold = (top_score * 0.2).max(10.0);
        // A sibling holding a strong candidate of its own continues the article (a story split
        // into sections, each with its own body wrapper).
        let best_threshold = (self.elements[top].best * SIBLING_BEST).max(10.0);
        let mut out = Vec::new();
        for &s in &self.elements[parent].children {
            let el = &self.elements[s];
            if s == top {
                out.push(s);
                continue;
            }
            if el.removed || el.chars == 0 {
                continue;
            }
            // The lead photo beside the article body: its caption belongs to the article.
            let (from, to) = el.blocks;
            let captions_only = self.blocks[from..to]
                .iter()
                .filter(|b| !b.removed)
                .all(|b| b.kind == BlockKind::Caption);
            if captions_only && el.chars <= MAX_CAPTION {
                out.push(s);
                continue;
            }
            if el.scored && el.score >= threshold
                || el.best >= best_threshold && self.link_density(s) < 0.3
            {
                out.push(s);
                continue;
            }
            if self.results_table(s) {
                out.push(s);
                continue;
            }
            if el.tag == Tag::P {
                let ld = self.link_density(s);
                let (from, to) = el.blocks;
                let text_len: usize = self.blocks[from..to].iter().map(|b| b.text.len()).sum();
                let sentence = self.blocks[from..to]
                    .iter()
                    .any(|b| b.text.contains(". ") || b.text.ends_with('.'));
                if (text_len > 80 && ld < 0.25) || (text_len > 0 && ld == 0.0 && sentence) {
                    out.push(s);
                }
            }
        }
        out
    }

    /// Elements inside the selection dropped as Readability's conditional cleaning does: negative
    /// classes, link lists, data tables.
    fn drop_inside(&self, roots: &[usize]) -> Vec<bool> {
        let n = self.elements.len();
        let mut dropped = vec![false; n];
        let mut inside = vec![false; n];
        let selection_prose: usize = roots.iter().map(|&r| self.elements[r].prose).sum();
        for &r in roots {
            inside[r] = true;
        }
        for e in 1..n {
            let el = &self.elements[e];
            if !inside[e] {
                if inside[el.parent] {
                    inside[e] = true;
                } else {
                    continue;
                }
            }
            if dropped[el.parent] {
                dropped[e] = true;
                continue;
            }
            if roots.contains(&e) || el.chars == 0 {
                continue;
            }
            // A wrapper holding most of the article stays, whatever its class says.
            if el.prose as f64 >= PROTECT_SHARE * selection_prose as f64 {
                continue;
            }
            let ld = self.link_density(e);
            let (from, to) = el.blocks;
            let commas: usize = self.blocks[from..to]
                .iter()
                .filter(|b| !b.removed)
                .map(|b| b.text.matches(',').count())
                .sum();
            let drop = match el.tag {
                Tag::List
                | Tag::Div
                | Tag::Section
                | Tag::Form
                | Tag::Header
                | Tag::Table
                | Tag::OtherBlock => {
                    !el.hint.body
                        // (A prose-free one with no link at all is the article's data: a
                        // form guide's "Ashby (H) 2-0 W" lines, a figure's caption.)
                        && ((el.hint.weight < 0 && (ld > 0.2 || (el.prose == 0 && ld > 0.0)))
                            || (commas < 10 && ((el.hint.weight < 25 && ld > 0.33) || ld > 0.5)))
                }
                _ => false,
            };
            dropped[e] = drop;
        }
        dropped
    }
}

static CREDIT_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*[(\[]\s*(?:photo(?:graph)?s?|pictures?|images?|credit|video)?\s*(?:by|:)?\s*[^()\[\]]{0,80}(?:/|\b(?:getty|reuters|ap|afp|epa|pa|shutterstock|alamy|rex|usa today|imagn|icon sportswire)\b)[^()\[\]]{0,80}[)\]]\s*$")
        .expect("static regex")
});
static CREDIT_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)[\s|–—-]*(?:\b(?:photo(?:graph)?s?|pictures?|images?|credit|source)\s*(?:by|:|©)|©|\(c\)\s)\s*[^.!?]{2,80}$")
        .expect("static regex")
});

/// A caption with its photo credit removed.
pub(crate) fn strip_credit(caption: &str) -> &str {
    let mut text = caption.trim();
    if let Some(m) = CREDIT_PAREN.find(text) {
        if m.start() > 0 {
            text = text[..m.start()].trim_end();
        }
    }
    if let Some(m) = CREDIT_TAIL.find(text) {
        if m.start() > 0 {
            text = text[..m.start()].trim_end();
        }
    }
    text
}

fn normalise_for_compare(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

static JUNK_PATTERNS: LazyLock<regex::RegexSet> = LazyLock::new(|| {
    let patterns: Vec<String> =
        crate::extract::text::data_lines(include_str!("../../../data/html/junk-patterns.txt"))
            .map(|l| format!("(?i){l}"))
            .collect();
    regex::RegexSet::new(patterns).expect("data/html/junk-patterns.txt holds valid patterns")
});

static SHORTCODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\[[a-z_]+\b[^\]]*\].*\[/[a-z_]+\]$").expect("static regex"));

/// A line of page furniture: "Advertisement", "Read more: …", "Related", or a CMS shortcode the
/// site failed to render ("[button link=…]Send us…[/button]").
fn is_junk_line(text: &str) -> bool {
    if text.starts_with('[') && SHORTCODE.is_match(text) {
        return true;
    }
    if text.len() <= 200 && JUNK_PATTERNS.is_match(text.trim()) {
        return true;
    }
    if text.len() > 120 {
        return false;
    }
    let lower = text.to_lowercase();
    let bare = lower
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim();
    if JUNK_LINES.contains(bare) {
        return true;
    }
    if let Some((head, _)) = lower.split_once(':') {
        let head = head.trim();
        if JUNK_LINES.contains(head) {
            return true;
        }
    }
    false
}

/// A byline ("By Ana Ruiz and Tom O'Neill") or a date line ("Updated 10:05 PM ET, Nov 19, 2019").
fn is_meta_line(text: &str) -> bool {
    if text.len() > 160 {
        return false;
    }
    let words = text.split_whitespace().count();
    if words <= 14 {
        let lower = text.trim_start().to_lowercase();
        if (lower.starts_with("by ") || lower.starts_with("by:"))
            && ((words <= 4 && !text.trim_end().ends_with(['.', '!', '?']))
                || crate::clean::meta::parse_byline(text).is_some())
        {
            return true;
        }
        // "Words: Ana Ruiz", "Written by Tom O'Neill".
        if !lower.starts_with("by")
            && crate::clean::meta::opens_byline(text)
            && crate::clean::meta::parse_byline(text).is_some()
        {
            return true;
        }
    }
    let lower = text.trim_start().to_lowercase();
    if words <= 8
        && [
            "updated",
            "published",
            "posted",
            "last updated",
            "last modified",
        ]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return true;
    }
    // Every date form has a digit; most lines have none and skip the date patterns.
    if words <= 12
        && text.bytes().any(|b| b.is_ascii_digit())
        && !text.trim_end().ends_with(['.', '!', '?', '"', '”'])
        && crate::clean::meta::parse_published(text).is_some()
    {
        return true;
    }
    false
}

/// The article's paragraphs, in page order, without the headline.
pub(crate) fn extract(html: &Html, meta: &ArticleMeta) -> Vec<(ParagraphKind, String)> {
    extract_with_byline(html, meta).0
}

/// The article's paragraphs, the first byline line of the article's text, which the paragraphs
/// leave out ("Words: Rachel Mbeki-Thornton, club secretary" under the headline): the authors
/// of a page that names them nowhere else, and the date of its first date or byline line when
/// the page's metadata gives none (ISO).
pub(crate) fn extract_with_byline(
    html: &Html,
    meta: &ArticleMeta,
) -> (Vec<(ParagraphKind, String)>, Vec<String>, Option<String>) {
    let mut byline = Vec::new();
    let mut published = None;
    let headline = meta.title.as_deref();
    // Lines that only repeat the metadata: a section kicker, the site name, an author's name.
    let meta_keys: Vec<String> = meta
        .section
        .iter()
        .chain(meta.site.iter())
        .chain(meta.authors.iter())
        .map(|s| normalise_for_compare(s))
        .filter(|k| !k.is_empty())
        .collect();
    let mut page = segment(html);
    page.aggregate();
    page.score();
    // No paragraph long enough to score: the page's text as a whole, furniture removed.
    let top = page.top_candidate().unwrap_or(0);
    let roots = page.selection(top);
    let dropped = page.drop_inside(&roots);
    let headline_key = headline.map(normalise_for_compare);
    let mut out: Vec<(ParagraphKind, String)> = Vec::new();
    let mut seen_headline = false;
    // Cells of the table row being gathered: (row element, texts, all header cells).
    let mut row: Option<(usize, Vec<&str>, bool)> = None;
    for &r in &roots {
        let (from, to) = page.elements[r].blocks;
        for b in &page.blocks[from..to] {
            if b.removed || dropped[b.owner] {
                continue;
            }
            let text = b.text.as_str();
            if let (Some(h), false) = (&headline_key, seen_headline) {
                if matches!(
                    b.kind,
                    BlockKind::Heading(_) | BlockKind::Loose | BlockKind::Paragraph
                ) && text.len() <= 2 * h.len() + 16
                    && normalise_for_compare(text) == *h
                {
                    seen_headline = true;
                    continue;
                }
            }
            if is_junk_line(text) {
                continue;
            }
            let mut read_meta = |line: &str| {
                if byline.is_empty() && crate::clean::meta::opens_byline(line) {
                    if let Some((names, _)) = crate::clean::meta::parse_byline(line) {
                        byline = names;
                    }
                }
                // ("By A in Seville · Thursday, 11 February 2027 · 02:17": the date beside the
                // byline, for a page whose metadata gives none.)
                if published.is_none() && meta.published.is_none() {
                    published = crate::clean::meta::parse_published(line).map(|p| p.iso());
                }
            };
            if is_meta_line(text) {
                read_meta(text);
                continue;
            }
            // A few short lines set apart by line breaks, one of them a byline or a date line
            // (an old page's "kicker<br>headline<br>By A · date"): that line is metadata.
            let short_lines: Vec<(&str, bool)> =
                if text.contains('\n') && text.len() < 600 && text.lines().count() <= 6 {
                    text.lines().map(|l| (l, is_meta_line(l))).collect()
                } else {
                    Vec::new()
                };
            if short_lines.iter().any(|&(_, meta_line)| meta_line) {
                let mut kept = Vec::new();
                for (line, meta_line) in short_lines {
                    if meta_line {
                        read_meta(line);
                    } else {
                        kept.push(line);
                    }
                }
                flush_row(&mut row, &mut out);
                if !kept.is_empty() {
                    out.push((ParagraphKind::Text, kept.join("\n")));
                }
                continue;
            }
            if text.len() < 80 && meta_keys.contains(&normalise_for_compare(text)) {
                continue;
            }
            let ld = b.link_density();
            if b.kind == BlockKind::Cell {
                // A table row becomes one line, its cells joined; a cell of real prose (a
                // layout table) stays a paragraph of its own.
                let tr = page.elements[b.owner].parent;
                if page.elements[tr].tag == Tag::Tr && text.len() < 120 {
                    let header = page.elements[b.owner].tag == Tag::HeaderCell;
                    match &mut row {
                        Some((id, cells, all_header)) if *id == tr => {
                            cells.push(text);
                            *all_header &= header;
                        }
                        _ => {
                            flush_row(&mut row, &mut out);
                            row = Some((tr, vec![text], header));
                        }
                    }
                    continue;
                }
            }
            flush_row(&mut row, &mut out);
            let kind = match b.kind {
                BlockKind::Heading(1) if out.is_empty() && headline.is_some() => continue,
                BlockKind::Heading(_) => {
                    if ld > 0.5 {
                        continue;
                    }
                    ParagraphKind::Heading
                }
                BlockKind::Caption => {
                    let t = strip_credit(text);
                    if t.is_empty() || ld > 0.5 {
                        continue;
                    }
                    out.push((ParagraphKind::Caption, t.to_string()));
                    continue;
                }
                BlockKind::Quote => ParagraphKind::Blockquote,
                _ => {
                    if link_heavy(b) {
                        continue;
                    }
                    ParagraphKind::Text
                }
            };
            out.push((kind, text.to_string()));
        }
    }
    flush_row(&mut row, &mut out);
    drop_pull_quotes(&mut out);
    // A heading left with nothing after it (the "Related" heading of a dropped list).
    while out
        .last()
        .is_some_and(|(k, _)| *k == ParagraphKind::Heading)
    {
        out.pop();
    }
    (out, byline, published)
}

/// Mostly link text: a "Read more: …" line, an item of a link list. A long paragraph whose first
/// sentence is a link (a news digest) is still prose.
fn link_heavy(b: &Block) -> bool {
    let ld = b.link_density();
    ld > 0.5 && (b.chars < 150 || ld > 0.8)
}

/// Removes quotes that repeat a sentence of the article (pull quotes).
fn drop_pull_quotes(out: &mut Vec<(ParagraphKind, String)>) {
    let keys: Vec<String> = out.iter().map(|(_, t)| normalise_for_compare(t)).collect();
    let mut keep = vec![true; out.len()];
    for (i, (kind, _)) in out.iter().enumerate() {
        if *kind != ParagraphKind::Blockquote || keys[i].len() < 20 {
            continue;
        }
        keep[i] = !keys
            .iter()
            .enumerate()
            .any(|(j, k)| j != i && k.len() > keys[i].len() && k.contains(keys[i].as_str()));
    }
    let mut i = 0;
    out.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

/// Adds a gathered table row as one line; a row of header cells only ("Batter Dismissal R B")
/// labels columns and is left out.
fn flush_row(row: &mut Option<(usize, Vec<&str>, bool)>, out: &mut Vec<(ParagraphKind, String)>) {
    if let Some((_, cells, all_header)) = row.take() {
        if !all_header {
            out.push((ParagraphKind::Text, join_cells(&cells)));
        }
    }
}

/// A row's cells on one line, by spaces; but where a cell ending in a word (or a bracket closing
/// one) meets one opening on a capital ("FIRST TEAM · Premier League" | "Vipers 24-27 London
/// GD"), a middle dot keeps the two names apart, as the page's cell border did.
fn join_cells(cells: &[&str]) -> String {
    let mut line = String::with_capacity(cells.iter().map(|c| c.len() + 3).sum());
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            let word_end = line
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphabetic() || c == ')');
            let capital = cell.chars().next().is_some_and(char::is_uppercase);
            line.push_str(if word_end && capital { " · " } else { " " });
        }
        line.push_str(cell);
    }
    line
}

/// A trace of the content choice, for tuning.
pub(crate) fn explain(html: &Html) -> String {
    use std::fmt::Write;
    let mut page = segment(html);
    page.aggregate();
    page.score();
    let mut s = String::new();
    let describe = |page: &Page, e: usize| {
        let el = &page.elements[e];
        let (from, _) = el.blocks;
        let first = page.blocks.get(from).map_or("", |b| b.text.as_str());
        let first: String = first.chars().take(60).collect();
        format!(
            "#{e} {:?} hint={:?} score={:.1} chars={} links={} prose={} removed={} parent=#{} «{first}»",
            el.tag, el.hint, el.score, el.chars, el.link_chars, el.prose, el.removed, el.parent
        )
    };
    let mut scored: Vec<usize> = (1..page.elements.len())
        .filter(|&e| page.elements[e].scored)
        .collect();
    scored.sort_by(|&a, &b| page.elements[b].score.total_cmp(&page.elements[a].score));
    for &e in scored.iter().take(8) {
        let _ = writeln!(s, "cand {}", describe(&page, e));
    }
    if let Some(top) = page.top_candidate() {
        let _ = writeln!(s, "top {}", describe(&page, top));
        let roots = page.selection(top);
        for &r in &roots {
            let _ = writeln!(s, "sel {}", describe(&page, r));
        }
        let dropped = page.drop_inside(&roots);
        for &r in &roots {
            let (from, to) = page.elements[r].blocks;
            if let Some(b) = page.blocks[from..to].iter().find(|b| !b.removed) {
                let mut e = b.owner;
                while e != r && e != 0 {
                    let _ = writeln!(s, "  chain dropped={} {}", dropped[e], describe(&page, e));
                    e = page.elements[e].parent;
                }
            }
            for b in &page.blocks[from..to] {
                let t: String = b.text.chars().take(70).collect();
                let _ = writeln!(
                    s,
                    "  block owner=#{} {:?} removed={} dropped={} ld={:.2} «{t}»",
                    b.owner,
                    b.kind,
                    b.removed,
                    dropped[b.owner],
                    b.link_density()
                );
            }
        }
    }
    let removed: Vec<usize> = (1..page.elements.len())
        .filter(|&e| page.elements[e].removed && !page.elements[page.elements[e].parent].removed)
        .collect();
    for e in removed.iter().take(30) {
        let _ = writeln!(s, "removed {}", describe(&page, *e));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junk_lines_corpus() {
        let junk = [
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Read more: Arsenal agree fee for striker",
            "RELATED:",
            "Image 3 of 12",
            "4 min read",
            "Follow us on Twitter",
            "Follow Jo Park on Facebook and Instagram",
            "Sign up for our newsletter",
            "Subscribe to the Daily Kickoff",
            "Keith Bradsher contributed reporting from Hong Kong.",
            "Additional reporting by Joseph Hudak",
            "Source: News agencies",
            "jo.park@example.com",
            "twitter.com/jopark",
            "[button link=\"/x\"]Send us your review[/button]",
            "Anzeige",
            "Filed under: Football",
        ];
        for line in junk {
            assert!(is_junk_line(line), "should be junk: {line}");
        }
        let prose = [
            "Arsenal beat Chelsea 2-1 on Sunday.",
            "More than 60,000 fans watched the match.",
            "Related to the injury, the manager said nothing.",
            "He will follow the same plan next week, he said.",
            "Source close to the club: the deal is done, a person familiar with it said.",
            "The 3 of 5 sets played went to tie-breaks.",
            "Advertisement revenue rose 4% in the third quarter, the club said.",
        ];
        for line in prose {
            assert!(!is_junk_line(line), "should be prose: {line}");
        }
    }

    #[test]
    fn meta_lines_corpus() {
        for line in [
            "By Ana Ruiz",
            "By Reuters",
            "By Justine Coleman - 11/18/19 11:04 PM EST",
            "Updated at 1:23 p.m.",
            "Published: 5 June 2025",
            "Nov. 19, 2019, 10:05 PM ET",
        ] {
            assert!(is_meta_line(line), "should be meta: {line}");
        }
        for line in [
            "By the end of the game, Arsenal were out of sight and the fans had left.",
            "By then it was over.",
            "The final is on June 5, 2025.",
            "Arsenal beat Chelsea 2-1 on Sunday.",
        ] {
            assert!(!is_meta_line(line), "should be prose: {line}");
        }
    }

    #[test]
    fn caption_credits() {
        let cases = [
            (
                "Saka celebrates. (Photo by Jo Bloggs/Getty Images)",
                "Saka celebrates.",
            ),
            ("Saka celebrates. Photo: Jo Bloggs/AFP", "Saka celebrates."),
            (
                "José Manuel Ibáñez salutes the crowd. Photo © Sprintpix",
                "José Manuel Ibáñez salutes the crowd.",
            ),
            (
                "China has warned they will cease control (Image: GETTY )",
                "China has warned they will cease control",
            ),
            (
                "The team after the final whistle.",
                "The team after the final whistle.",
            ),
            (
                "Fans (and players) celebrate the title.",
                "Fans (and players) celebrate the title.",
            ),
        ];
        for (caption, want) in cases {
            assert_eq!(strip_credit(caption), want, "{caption}");
        }
    }

    #[test]
    fn short_lines_without_prose_still_come_out() {
        let html =
            Html::parse_document("<body><p>Final score.</p><p>Arsenal 2, Chelsea 1.</p></body>");
        let out = extract(&html, &ArticleMeta::default());
        assert_eq!(out.len(), 2, "{out:?}");
    }

    #[test]
    fn one_break_ends_a_line_two_end_the_paragraph() {
        let texts = article_texts(
            "<body><p>Men's singles: Ito bt Park 4-2<br>\n   Women's singles: Lee bt Wu 4-3</p>\
             <p>First line<br><br>Second paragraph</p></body>",
        );
        assert_eq!(
            texts,
            [
                "Men's singles: Ito bt Park 4-2\nWomen's singles: Lee bt Wu 4-3",
                "First line",
                "Second paragraph"
            ]
        );
    }

    #[test]
    fn cells_of_names_stay_apart() {
        assert_eq!(
            join_cells(&["FIRST TEAM · Premier League", "Vipers 24-27 London GD"]),
            "FIRST TEAM · Premier League · Vipers 24-27 London GD"
        );
        // Scores and numbers in cells of their own join by spaces, as before.
        assert_eq!(
            join_cells(&["Aston Villa", "2", "–", "2", "Manchester City", "(HT 0–2)"]),
            "Aston Villa 2 – 2 Manchester City (HT 0–2)"
        );
        // A bracketed note closing a cell keeps the next cell's name apart too.
        assert_eq!(
            join_cells(&["Oakmere 12 – 8½ Hazelbury (rec. ½)", "River Ground"]),
            "Oakmere 12 – 8½ Hazelbury (rec. ½) · River Ground"
        );
    }

    /// The article's paragraph texts of `page`, kinds aside.
    fn article_texts(page: &str) -> Vec<String> {
        extract(&Html::parse_document(page), &ArticleMeta::default())
            .into_iter()
            .map(|(_, t)| t)
            .collect()
    }

    /// Four paragraphs of a county final's report: prose enough to be the article.
    fn county_final_report() -> String {
        "<p>Kestrel Vale won the county final on Sunday, a first title for the club after three \
         lost finals, and their captain, a veteran of all three, lifted the cup in front of a full \
         stand.</p>"
            .repeat(4)
    }

    #[test]
    fn a_results_table_beside_the_report_joins_it() {
        let prose = county_final_report();
        let page = format!(
            "<body><main><section><h1>Kestrel Vale win the county final</h1></section>\
             <section><table><tr><td>Semi-final</td><td>Kestrel Vale 9 – 7 Dunmere</td></tr>\
             <tr><td>Final</td><td>Kestrel Vale 11 – 10 Ashby Cross</td></tr></table></section>\
             <section class=\"report\">{prose}</section>\
             <section><table><tr><td><a href=\"/r/1\">Hale 3 – 2 Tamford</a></td></tr>\
             <tr><td><a href=\"/r/2\">Brill 1 – 0 Oxmoor</a></td></tr></table></section>\
             </main></body>"
        );
        let texts = article_texts(&page);
        assert!(
            texts
                .iter()
                .any(|t| t.contains("Kestrel Vale 11 – 10 Ashby Cross")),
            "{texts:?}"
        );
        assert!(!texts.iter().any(|t| t.contains("Tamford")), "{texts:?}");
    }

    #[test]
    fn a_results_table_of_name_score_name_cells_joins_the_report() {
        let prose = county_final_report();
        let page = format!(
            "<body><main><article><h1>Kestrel Vale win the county final</h1>\
             <section><table><tr><th>Home</th><th>Result</th><th>Away</th></tr>\
             <tr><td>Kestrel Vale</td><td>3–1</td><td>Dunmere</td></tr>\
             <tr><td>Ashby Cross</td><td>0–3</td><td>Hale</td></tr></table></section>\
             <section class=\"report\">{prose}</section></article>\
             <aside><table><tr><td>Brill</td><td>18:00</td><td>Oxmoor</td></tr></table></aside>\
             </main></body>"
        );
        let texts = article_texts(&page);
        assert!(
            texts
                .iter()
                .any(|t| t.contains("Ashby Cross") && t.contains("0–3")),
            "{texts:?}"
        );
        assert!(!texts.iter().any(|t| t.contains("Oxmoor")), "{texts:?}");
    }

    #[test]
    fn class_words() {
        let mut seen = Vec::new();
        for_each_word("article-body__text relatedStories ad_slot", |w, prev| {
            seen.push(format!("{prev}+{w}"))
        });
        assert_eq!(
            seen,
            [
                "+article",
                "article+body",
                "body+text",
                "+related",
                "related+stories",
                "+ad",
                "ad+slot"
            ]
        );
    }

    #[test]
    fn tweets_bylines_and_related_lists_stay_out() {
        let page = r#"<html><body><article><div class="article-body">
            <p class="byline">By Ana Ruiz</p>
            <p>Arsenal beat Chelsea 2-1 on Sunday, with goals from Saka and Havertz in the second half.</p>
            <blockquote class="twitter-tweet"><p>What a win! pic.twitter.com/x</p>&mdash; Fan (@fan)</blockquote>
            <p>The win, their fifth in a row, lifts them to second, two points behind Liverpool.</p>
            <div class="related-articles"><h3>Related</h3><ul>
              <li><a href="/a">Arteta hails character after comeback</a></li>
              <li><a href="/b">Chelsea's defensive woes continue</a></li></ul></div>
            <p>Read more: <a href="/c">Five things we learned from the derby</a></p>
            <blockquote><p>“We never gave up,” Arteta said after the match, praising his players.</p></blockquote>
            </div></article></body></html>"#;
        let html = Html::parse_document(page);
        let meta = ArticleMeta::default();
        let out = extract(&html, &meta);
        let texts: Vec<&str> = out.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts.len(), 3, "{texts:#?}");
        assert!(texts[0].starts_with("Arsenal beat Chelsea"));
        assert_eq!(out[2].0, ParagraphKind::Blockquote);
    }

    /// A list the article holds with a furniture word in its class ("form-list") but no link at
    /// all is data of the article (a form guide's results), not a link list.
    #[test]
    fn a_link_free_list_in_the_article_stays() {
        let page = r#"<html><body><article><div class="article-body">
            <p>Harbour Town go into Saturday's derby in the sort of form that makes supporters check the table twice, and Vestby arrive with questions.</p>
            <p><strong>Harbour Town (most recent first): W-L-D</strong></p>
            <ul class="form-list"><li>Ashby (H) 2-0 W</li><li>Kestrel (A) 1-3 L</li></ul>
            <ul class="share-list"><li><a href="/s">Share</a></li><li><a href="/t">Tweet</a></li></ul>
            <p>Vestby have won four of the last six meetings, with one draw, and the last two both went their way.</p>
            </div></article></body></html>"#;
        let html = Html::parse_document(page);
        let out = extract(&html, &ArticleMeta::default());
        let texts: Vec<&str> = out.iter().map(|(_, t)| t.as_str()).collect();
        assert!(texts.contains(&"Ashby (H) 2-0 W"), "{texts:#?}");
        assert!(!texts.iter().any(|t| t.contains("Tweet")), "{texts:#?}");
    }
}
