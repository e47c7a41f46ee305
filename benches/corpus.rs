//! Throughput over a generated corpus of 10,000 varied articles: the whole pipeline on text and
//! on HTML (MB/s and articles/s), batch scaling at 1 and 2 threads through the real ordered engine,
//! and real-world HTML pages when `../shared/bench/aeb` is present.
//!
//! Run: `cargo bench --bench corpus` (add `-- --sample-count 1` for a quick look).
//!
//! The generator is deterministic and offline: it recombines the paragraphs of `fixtures/text`
//! with substituted names, numbers, months and weekdays, in four page shapes (clean text, scraped
//! text with page junk, plain HTML, HTML with JSON-LD and heavy boilerplate). Article `i` depends
//! only on `i`, so any slice of the corpus can be made without the rest.
//!
//! Writing the corpus to a folder (for `bench/memory.sh` and `bench/compare_python.py`):
//! `SPORTFACTS_CORPUS_DIR=/tmp/corpus SPORTFACTS_CORPUS_N=100000 cargo bench --bench corpus`
//! writes `DIR/NNN/article-NNNNNNN.{txt,html}` (1,000 files a folder) and exits.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use divan::counter::{BytesCount, ItemsCount};
use divan::{black_box, Bencher};
use sportfacts::batch;
use sportfacts::{Options, Pipeline};

/// Articles in the benchmark corpus.
const CORPUS_SIZE: usize = 10_000;
/// Articles in the scaling benchmark (a slice of the corpus: both shapes, in corpus order).
const SCALING_SIZE: usize = 2_000;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    if let Some(dir) = std::env::var_os("SPORTFACTS_CORPUS_DIR") {
        let n = std::env::var("SPORTFACTS_CORPUS_N")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(CORPUS_SIZE);
        write_corpus(Path::new(&dir), n);
        return;
    }
    divan::main();
}

// ---------------------------------------------------------------------------------------------
// The generator

/// SplitMix64: tiny, fast, deterministic; quality is ample for shuffling text.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const SITES: [&str; 6] = [
    "The Touchline Herald",
    "Matchday Post",
    "Sideline Daily",
    "The Final Whistle",
    "Northern Sport Review",
    "Pitchside News",
];
const SECTIONS: [&str; 8] = [
    "FOOTBALL",
    "TENNIS",
    "CRICKET",
    "RUGBY",
    "BASKETBALL",
    "GOLF",
    "MOTORSPORT",
    "NFL",
];
const NAV: [&str; 12] = [
    "Home",
    "News",
    "Scores",
    "Fixtures",
    "Tables",
    "Transfers",
    "Video",
    "Podcasts",
    "Opinion",
    "Fantasy",
    "Shop",
    "Newsletters",
];

/// What the generator recombines, read once from the fixtures.
struct Material {
    paragraphs: Vec<String>,
    /// Capitalised words seen mid-sentence: names of people, teams, places, competitions.
    names: Vec<String>,
}

static MATERIAL: LazyLock<Material> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("fixtures/text"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "txt"));
    files.sort();
    let mut paragraphs = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for para in text.split("\n\n") {
            let para = para.split_whitespace().collect::<Vec<_>>().join(" ");
            // Real prose only: page junk lines are short or lack sentence ends.
            if para.len() >= 120 && para.contains(". ") {
                paragraphs.push(para);
            }
        }
    }
    assert!(
        !paragraphs.is_empty(),
        "fixtures/text has no paragraphs to recombine"
    );
    // Names: capitalised mid-sentence and never seen in lower case (so not "Championship" when
    // "championship" occurs, not "Triple" when "triple" does).
    let mut capitalised: Vec<String> = Vec::new();
    let mut lower: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    for para in &paragraphs {
        let mut sentence_start = true;
        for word in words(para) {
            if let Word::Alpha(w) = word {
                let capital = w.chars().next().is_some_and(char::is_uppercase);
                if !capital {
                    lower.insert(w.to_string());
                } else if !sentence_start && w.chars().count() >= 3 && !is_calendar_word(w) {
                    capitalised.push(w.to_string());
                }
                sentence_start = false;
            } else if let Word::Other(o) = word {
                if o.contains(['.', '!', '?', '“', '"']) {
                    sentence_start = true;
                }
            }
        }
    }
    let mut names: Vec<String> = capitalised
        .into_iter()
        .filter(|w| !lower.contains(&w.to_lowercase()))
        .collect();
    names.sort();
    names.dedup();
    Material { paragraphs, names }
});

fn is_calendar_word(w: &str) -> bool {
    MONTHS.contains(&w) || WEEKDAYS.contains(&w)
}

enum Word<'a> {
    Alpha(&'a str),
    Digits(&'a str),
    Other(&'a str),
}

/// Splits text into runs of letters, runs of digits and runs of anything else.
fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    let mut rest = text;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let class = |c: char| {
            if c.is_alphabetic() || c == '’' || c == '\'' {
                0
            } else if c.is_ascii_digit() {
                1
            } else {
                2
            }
        };
        let k = class(first);
        let end = rest
            .char_indices()
            .find(|&(_, c)| class(c) != k)
            .map_or(rest.len(), |(i, _)| i);
        let (word, tail) = rest.split_at(end);
        rest = tail;
        Some(match k {
            0 => Word::Alpha(word),
            1 => Word::Digits(word),
            _ => Word::Other(word),
        })
    })
}

/// A paragraph with its names shuffled, its numbers, months and weekdays substituted.
fn vary(para: &str, rng: &mut Rng, names: &[String]) -> String {
    let mut out = String::with_capacity(para.len() + 16);
    let mut sentence_start = true;
    let mut after_month = false;
    for word in words(para) {
        let was_after_month = std::mem::take(&mut after_month);
        match word {
            Word::Alpha(w) => {
                let capital = w.chars().next().is_some_and(char::is_uppercase);
                if MONTHS.contains(&w) {
                    out.push_str(MONTHS[rng.below(MONTHS.len())]);
                    after_month = true;
                } else if WEEKDAYS.contains(&w) {
                    out.push_str(WEEKDAYS[rng.below(WEEKDAYS.len())]);
                } else if capital && !sentence_start && w.chars().count() >= 3 && rng.chance(60) {
                    out.push_str(&names[rng.below(names.len())]);
                } else {
                    out.push_str(w);
                }
                sentence_start = false;
            }
            Word::Digits(d) => {
                if was_after_month && d.len() <= 2 {
                    out.push_str(&rng.range(1, 28).to_string());
                } else if d.len() == 4 && (d.starts_with("19") || d.starts_with("20")) {
                    out.push_str(&rng.range(1995, 2030).to_string());
                } else if d.len() == 1 {
                    out.push_str(&rng.below(10).to_string());
                } else {
                    let lo = 10usize.pow(d.len() as u32 - 1);
                    out.push_str(&rng.range(lo, lo * 10 - 1).to_string());
                }
                sentence_start = false;
            }
            Word::Other(o) => {
                if o.contains(['.', '!', '?', '“', '"']) {
                    sentence_start = true;
                }
                // "May 5": keep the day valid across the single space.
                after_month = was_after_month && o == " ";
                out.push_str(o);
            }
        }
    }
    out
}

/// The four page shapes.
#[derive(Clone, Copy, PartialEq)]
enum Shape {
    CleanText,
    ScrapedText,
    Html,
    HeavyHtml,
}

impl Shape {
    fn is_html(self) -> bool {
        matches!(self, Shape::Html | Shape::HeavyHtml)
    }
}

/// One generated article: its bytes and whether it is an HTML page.
struct Generated {
    bytes: Vec<u8>,
    html: bool,
}

/// Article `i` of the corpus: 70% text (clean or scraped), 30% HTML (plain or heavy).
fn article(i: usize) -> Generated {
    let m = &*MATERIAL;
    let mut rng = Rng::new(i as u64);
    let shape = match rng.below(10) {
        0..=2 => Shape::CleanText,
        3..=6 => Shape::ScrapedText,
        7..=8 => Shape::Html,
        _ => Shape::HeavyHtml,
    };
    let count = rng.range(8, 24);
    let paragraphs: Vec<String> = (0..count)
        .map(|_| vary(rng.pick(&m.paragraphs).as_str(), &mut rng, &m.names))
        .collect();
    let lead = paragraphs
        .iter()
        .find(|p| !p.starts_with(['“', '"', '‘']))
        .unwrap_or(&paragraphs[0]);
    let headline = headline(lead);
    let authors: Vec<String> = (0..rng.range(1, 2))
        .map(|_| format!("{} {}", rng.pick(&m.names), rng.pick(&m.names)))
        .collect();
    let (year, month, day) = (rng.range(2019, 2026), rng.range(1, 12), rng.range(1, 28));
    let site = *rng.pick(&SITES);
    let section = *rng.pick(&SECTIONS);
    let page = Page {
        headline,
        authors,
        date: (year, month, day),
        site,
        section,
        paragraphs,
    };
    let text = match shape {
        Shape::CleanText => page.clean_text(),
        Shape::ScrapedText => page.scraped_text(&mut rng),
        Shape::Html => page.html(&mut rng, false),
        Shape::HeavyHtml => page.html(&mut rng, true),
    };
    Generated {
        bytes: text.into_bytes(),
        html: shape.is_html(),
    }
}

/// A headline from a paragraph's first clause, cut at a word boundary.
fn headline(para: &str) -> String {
    let first = para.split(['.', ',', ';']).next().unwrap_or(para);
    let mut out = String::new();
    for w in first.split_whitespace() {
        if out.len() + w.len() > 72 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

struct Page {
    headline: String,
    authors: Vec<String>,
    date: (usize, usize, usize),
    site: &'static str,
    section: &'static str,
    paragraphs: Vec<String>,
}

impl Page {
    fn byline(&self) -> String {
        format!("By {}", self.authors.join(" and "))
    }

    fn long_date(&self) -> String {
        let (y, m, d) = self.date;
        format!("{d} {} {y}", MONTHS[m - 1])
    }

    fn iso_date(&self) -> String {
        let (y, m, d) = self.date;
        format!("{y:04}-{m:02}-{d:02}")
    }

    fn clean_text(&self) -> String {
        let mut out = format!("{}\n\n", self.headline);
        out.push_str(&self.paragraphs.join("\n\n"));
        out.push('\n');
        out
    }

    /// Text as scraped from a page: navigation, section label, byline, date line, share
    /// buttons, inline ads and teasers, related links, footer.
    fn scraped_text(&self, rng: &mut Rng) -> String {
        let mut out = String::from("Skip to main content\n");
        let nav: Vec<&str> = NAV.iter().take(rng.range(4, NAV.len())).copied().collect();
        out.push_str(&nav.join(" | "));
        out.push_str("\nSign In\nSearch\n\n");
        out.push_str(&format!(
            "{}\n\n{}\n\n{}\n\n",
            self.section,
            self.headline,
            self.byline()
        ));
        let (y, m, d) = self.date;
        if rng.chance(50) {
            out.push_str(&format!("Published: {}\n\n", self.long_date()));
        } else {
            out.push_str(&format!(
                "Updated: {} {d}, {y}, {}:{:02} PM ET\n\n",
                &MONTHS[m - 1][..3],
                rng.range(1, 11),
                rng.below(60)
            ));
        }
        out.push_str("Share this article\n\n");
        for (k, para) in self.paragraphs.iter().enumerate() {
            out.push_str(para);
            out.push_str("\n\n");
            if k % 4 == 2 {
                out.push_str(if rng.chance(50) {
                    "Advertisement\n\n"
                } else {
                    "Read more: the week's biggest talking points\n\n"
                });
            }
        }
        out.push_str("Related articles\n\n");
        for _ in 0..rng.range(2, 5) {
            out.push_str(&headline(rng.pick(&self.paragraphs).as_str()));
            out.push('\n');
        }
        out.push_str(&format!(
            "\n© {} {}. All rights reserved.\nTerms | Privacy | Cookies | Contact us\n",
            self.date.0, self.site
        ));
        out
    }

    /// A saved page: head metadata, navigation, the article with byline, time and a figure,
    /// related links, footer, scripts. `heavy` adds JSON-LD, a cookie banner, a large inline
    /// style and script, and a long navigation, as big news sites have.
    fn html(&self, rng: &mut Rng, heavy: bool) -> String {
        let mut out = String::with_capacity(if heavy { 60_000 } else { 12_000 });
        out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.push_str(&format!(
            "<title>{} | {}</title>\n<meta name=\"author\" content=\"{}\">\n\
             <meta property=\"og:site_name\" content=\"{}\">\n\
             <meta property=\"article:published_time\" content=\"{}T09:15:00Z\">\n\
             <meta property=\"article:section\" content=\"{}\">\n",
            escape(&self.headline),
            self.site,
            escape(&self.authors.join(", ")),
            self.site,
            self.iso_date(),
            self.section
        ));
        if heavy {
            out.push_str("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",");
            out.push_str(&format!(
                "\"headline\":{},\"datePublished\":\"{}T09:15:00Z\",\"author\":[{}]}}</script>\n",
                serde_json::Value::String(self.headline.clone()),
                self.iso_date(),
                self.authors
                    .iter()
                    .map(|a| format!(
                        "{{\"@type\":\"Person\",\"name\":{}}}",
                        serde_json::Value::String(a.clone())
                    ))
                    .collect::<Vec<_>>()
                    .join(",")
            ));
            out.push_str("<style>");
            for k in 0..rng.range(150, 400) {
                out.push_str(&format!(
                    ".c{k}{{margin:{}px;padding:{}px;color:#{:06x}}}\n",
                    k % 17,
                    k % 5,
                    rng.below(0xFF_FFFF)
                ));
            }
            out.push_str("</style>\n");
        }
        out.push_str("</head>\n<body>\n");
        if heavy {
            out.push_str("<div class=\"cookie-banner\"><p>We use cookies to improve your experience. By continuing you accept our cookie policy.</p><button>Accept</button></div>\n");
        }
        out.push_str("<header><nav><ul>");
        let links = if heavy { rng.range(40, 90) } else { 10 };
        for k in 0..links {
            out.push_str(&format!(
                "<li><a href=\"/{}/{k}\">{}</a></li>",
                NAV[k % NAV.len()].to_lowercase(),
                NAV[k % NAV.len()]
            ));
        }
        out.push_str("</ul></nav></header>\n<main>\n<article>\n");
        out.push_str(&format!(
            "<h1>{}</h1>\n<p class=\"byline\">{}</p>\n<time datetime=\"{}\">{}</time>\n",
            escape(&self.headline),
            escape(&self.byline()),
            self.iso_date(),
            self.long_date()
        ));
        for (k, para) in self.paragraphs.iter().enumerate() {
            out.push_str(&format!("<p>{}</p>\n", escape(para)));
            if k == 1 {
                out.push_str(&format!(
                    "<figure><img src=\"/img/{k}.jpg\" alt=\"\"><figcaption>{} (Photo: Agency)</figcaption></figure>\n",
                    escape(&headline(para))
                ));
            }
            if heavy && k % 3 == 2 {
                out.push_str("<div class=\"ad-slot\"><p>Advertisement</p></div>\n");
            }
        }
        out.push_str("</article>\n<aside><h2>Most read</h2><ul>");
        for _ in 0..rng.range(3, 8) {
            out.push_str(&format!(
                "<li><a href=\"/story\">{}</a></li>",
                escape(&headline(rng.pick(&self.paragraphs).as_str()))
            ));
        }
        out.push_str("</ul></aside>\n</main>\n");
        out.push_str(&format!(
            "<footer><p>© {} {}. All rights reserved.</p><a href=\"/terms\">Terms</a> <a href=\"/privacy\">Privacy</a></footer>\n",
            self.date.0, self.site
        ));
        if heavy {
            out.push_str("<script>window.__STATE__=");
            out.push_str(&format!(
                "{{\"ids\":[{}]}}",
                (0..rng.range(500, 2500))
                    .map(|k| (k * 7919 % 100_003).to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            ));
            out.push_str(";</script>\n");
        }
        out.push_str("</body>\n</html>\n");
        out
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Writes `n` articles to `dir`, one at a time (memory stays flat whatever `n`).
fn write_corpus(dir: &Path, n: usize) {
    let mut bytes = 0usize;
    for i in 0..n {
        let a = article(i);
        let folder = dir.join(format!("{:03}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&folder).expect("create corpus folder");
        }
        let ext = if a.html { "html" } else { "txt" };
        let path = folder.join(format!("article-{i:07}.{ext}"));
        std::fs::write(&path, &a.bytes).expect("write corpus article");
        bytes += a.bytes.len();
    }
    let mut err = std::io::stderr();
    let _ = writeln!(
        err,
        "wrote {n} articles ({:.1} MB) to {}",
        bytes as f64 / 1e6,
        dir.display()
    );
}

// ---------------------------------------------------------------------------------------------
// The benchmarks

/// The corpus, generated once per process.
static CORPUS: LazyLock<Vec<Generated>> = LazyLock::new(|| (0..CORPUS_SIZE).map(article).collect());

fn pipeline() -> Pipeline {
    Pipeline::new(Options::default())
}

fn of_shape(html: bool) -> Vec<&'static [u8]> {
    CORPUS
        .iter()
        .filter(|a| a.html == html)
        .map(|a| a.bytes.as_slice())
        .collect()
}

fn counters<'a, 'b>(bencher: Bencher<'a, 'b>, articles: &[&[u8]]) -> Bencher<'a, 'b> {
    let bytes: usize = articles.iter().map(|a| a.len()).sum();
    bencher
        .counter(BytesCount::new(bytes))
        .counter(ItemsCount::new(articles.len()))
}

/// The whole pipeline (decode → cleanup → every extractor → record) on the ~7,000 text
/// articles of the corpus, one thread.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn pipeline_text(bencher: Bencher) {
    let pipeline = pipeline();
    let articles = of_shape(false);
    counters(bencher, &articles).bench(|| {
        for a in &articles {
            let _ = black_box(pipeline.extract(a, "bench.txt"));
        }
    });
}

/// The whole pipeline on the ~3,000 HTML pages of the corpus, one thread.
#[divan::bench(sample_count = 3, sample_size = 1)]
fn pipeline_html(bencher: Bencher) {
    let pipeline = pipeline();
    let articles = of_shape(true);
    counters(bencher, &articles).bench(|| {
        for a in &articles {
            let _ = black_box(pipeline.extract(a, "bench.html"));
        }
    });
}

/// The batch engine as the CLI runs it (ordered parallel extraction, JSON serialisation, output
/// to a sink) on the same articles with a pool of 1 and of 2 threads: the ratio is the scaling.
#[divan::bench(args = [1, 2], sample_count = 3, sample_size = 1)]
fn batch_scaling(bencher: Bencher, threads: usize) {
    let pipeline = pipeline();
    let articles: Vec<&[u8]> = CORPUS[..SCALING_SIZE]
        .iter()
        .map(|a| a.bytes.as_slice())
        .collect();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    let window = batch::WINDOW_PER_THREAD * threads;
    counters(bencher, &articles).bench(|| {
        let mut sink = std::io::sink();
        batch::for_each_ordered(
            &pool,
            window,
            articles.iter(),
            |a| match pipeline.extract(a, "bench") {
                Ok(record) => serde_json::to_string(&record).unwrap_or_default(),
                Err(e) => e.to_string(),
            },
            |json| match json {
                Some(json) => sink.write_all(json.as_bytes()),
                None => Ok(()),
            },
        )
        .expect("sink never fails");
    });
}

/// Real-world news pages (the Article Extraction Benchmark pages in `../shared/bench/aeb/html`,
/// gzipped), when present; measures nothing otherwise.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn pipeline_real_html(bencher: Bencher) {
    static PAGES: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
        use std::io::Read;
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/aeb/html");
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        paths.sort();
        paths
            .iter()
            .filter_map(|p| {
                let file = std::fs::File::open(p).ok()?;
                let mut out = Vec::new();
                flate2::read::GzDecoder::new(file)
                    .read_to_end(&mut out)
                    .ok()?;
                Some(out)
            })
            .collect()
    });
    let pipeline = pipeline();
    let pages: Vec<&[u8]> = PAGES.iter().map(Vec::as_slice).collect();
    counters(bencher, &pages).bench(|| {
        for p in &pages {
            let _ = black_box(pipeline.extract(p, "page.html"));
        }
    });
}
