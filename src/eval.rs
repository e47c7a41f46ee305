//! Evaluation: runs the pipeline over annotated articles and scores each kind of fact against gold
//! files, with the format and matching rules of `GOLD-FORMAT.md` (precision, recall and F1 per
//! kind, micro-averaged over the articles; speaker attribution accuracy; metadata accuracy).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::record::{EntityOut, Record};
use crate::Pipeline;

#[derive(Debug, Clone, Deserialize, Default)]
pub struct Gold {
    /// Path of the article, for gold files that do not sit beside their article.
    #[serde(default)]
    pub input: Option<String>,
    #[serde(default)]
    pub article: GoldArticle,
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    #[serde(default)]
    pub dates: Vec<GoldDate>,
    #[serde(default)]
    pub scores: Vec<GoldScore>,
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct GoldArticle {
    pub title: Option<String>,
    pub author: Option<String>,
    pub authors: Option<Vec<String>>,
    pub published: Option<String>,
    pub section: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub optional: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldDate {
    pub text: String,
    pub value: Option<String>,
    #[serde(default)]
    pub optional: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldScore {
    pub text: String,
    /// Numbers as written; a half point ("14½-13½" in golf's team match play) is 14.5, which
    /// no extracted score (whole points) matches.
    pub points: Vec<f64>,
    #[serde(default)]
    pub teams: Option<Vec<Option<String>>>,
    #[serde(default)]
    pub optional: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    pub text: String,
    pub speaker: Option<String>,
    #[serde(default)]
    pub optional: bool,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEvent {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub args: serde_json::Map<String, serde_json::Value>,
    #[serde(default)]
    pub optional: bool,
}

/// True positives, false positives, false negatives.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Counts {
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The kinds scored, in report order.
pub const KINDS: [&str; 7] = [
    "entities",
    "dates",
    "scores",
    "scores_points",
    "quotes",
    "events",
    "metadata",
];

#[derive(Debug, Clone, Serialize, Default)]
pub struct ArticleReport {
    pub gold: String,
    pub counts: BTreeMap<String, Counts>,
    /// Matched quotes with a gold speaker: (right speaker, all).
    pub attribution: (usize, usize),
    pub misses: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Default)]
pub struct Report {
    pub articles: Vec<ArticleReport>,
    pub totals: BTreeMap<String, Counts>,
    pub attribution: (usize, usize),
}

/// Headline figures, as committed in the baseline file.
#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq)]
pub struct Figures {
    pub f1: BTreeMap<String, f64>,
    pub precision: BTreeMap<String, f64>,
    pub recall: BTreeMap<String, f64>,
    pub attribution: f64,
    pub articles: usize,
}

impl Report {
    pub fn figures(&self) -> Figures {
        let mut f = Figures {
            articles: self.articles.len(),
            attribution: ratio(self.attribution.0, self.attribution.1),
            ..Figures::default()
        };
        for (k, c) in &self.totals {
            f.f1.insert(k.clone(), round(c.f1()));
            f.precision.insert(k.clone(), round(c.precision()));
            f.recall.insert(k.clone(), round(c.recall()));
        }
        f.attribution = round(f.attribution);
        f
    }

    /// A readable table: totals per kind, then a line per article.
    pub fn table(&self, misses: bool) -> String {
        let mut out = String::new();
        out.push_str(&format!(
            "{:<14} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7}\n",
            "kind", "tp", "fp", "fn", "P", "R", "F1"
        ));
        for kind in KINDS {
            if let Some(c) = self.totals.get(kind) {
                out.push_str(&format!(
                    "{:<14} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}\n",
                    kind,
                    c.tp,
                    c.fp,
                    c.fn_,
                    c.precision(),
                    c.recall(),
                    c.f1()
                ));
            }
        }
        out.push_str(&format!(
            "speaker attribution: {}/{} = {:.3}\n\nper article (F1: entities dates scores quotes events metadata):\n",
            self.attribution.0,
            self.attribution.1,
            ratio(self.attribution.0, self.attribution.1)
        ));
        for a in &self.articles {
            let f = |k: &str| a.counts.get(k).map_or(1.0, Counts::f1);
            out.push_str(&format!(
                "  {:<48} {:.2} {:.2} {:.2} {:.2} {:.2} {:.2}  speakers {}/{}\n",
                a.gold,
                f("entities"),
                f("dates"),
                f("scores"),
                f("quotes"),
                f("events"),
                f("metadata"),
                a.attribution.0,
                a.attribution.1
            ));
            if misses {
                for m in &a.misses {
                    out.push_str(&format!("      {m}\n"));
                }
            }
        }
        out
    }
}

fn round(x: f64) -> f64 {
    (x * 10000.0).round() / 10000.0
}

/// Every `*.gold.json` under `path` (or `path` itself), sorted.
pub fn gold_files(path: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if path.is_file() {
        out.push(path.to_path_buf());
    } else if let Ok(entries) = std::fs::read_dir(path) {
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                out.extend(gold_files(&p));
            } else if p.to_string_lossy().ends_with(".gold.json") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The article a gold file annotates: its `input` field (relative to the working directory or to
/// any folder above the gold file), else the file beside it with the same stem.
pub fn article_for(gold_path: &Path, gold: &Gold) -> Option<PathBuf> {
    if let Some(input) = &gold.input {
        let p = PathBuf::from(input);
        if p.exists() {
            return Some(p);
        }
        let mut dir = gold_path.parent();
        while let Some(d) = dir {
            let candidate = d.join(input);
            if candidate.exists() {
                return Some(candidate);
            }
            dir = d.parent();
        }
        return None;
    }
    let name = gold_path.file_name()?.to_string_lossy();
    let stem = name.strip_suffix(".gold.json")?;
    ["txt", "html", "htm", "text"]
        .iter()
        .map(|ext| gold_path.with_file_name(format!("{stem}.{ext}")))
        .find(|p| p.exists())
}

/// Scores the pipeline on every gold file under `path`.
pub fn evaluate(pipeline: &Pipeline, path: &Path) -> Result<Report, String> {
    let files = gold_files(path);
    if files.is_empty() {
        return Err(format!("no *.gold.json files under {}", path.display()));
    }
    let mut report = Report::default();
    for gold_path in files {
        let text = std::fs::read_to_string(&gold_path)
            .map_err(|e| format!("{}: {e}", gold_path.display()))?;
        let gold: Gold =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", gold_path.display()))?;
        let article = article_for(&gold_path, &gold)
            .ok_or_else(|| format!("{}: article not found", gold_path.display()))?;
        let bytes = std::fs::read(&article).map_err(|e| format!("{}: {e}", article.display()))?;
        // Like a user with clean text, pass the known publication date as the fallback anchor.
        let anchor = gold
            .article
            .published
            .as_deref()
            .and_then(|p| chrono::NaiveDate::parse_from_str(p.get(..10)?, "%Y-%m-%d").ok());
        let record = pipeline
            .extract_with(&bytes, &article.to_string_lossy(), anchor)
            .map_err(|e| format!("{}: {e}", article.display()))?;
        let mut a = score_article(&gold, &record);
        a.gold = gold_path.to_string_lossy().into_owned();
        for (k, c) in &a.counts {
            report.totals.entry(k.clone()).or_default().add(*c);
        }
        report.attribution.0 += a.attribution.0;
        report.attribution.1 += a.attribution.1;
        report.articles.push(a);
    }
    Ok(report)
}

/// Case-folded, accents stripped, whitespace collapsed, a leading "the" and a trailing
/// possessive dropped.
pub fn norm_name(s: &str) -> String {
    let folded = deunicode::deunicode(s).to_lowercase();
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    let mut out = words.join(" ");
    for suffix in ["'s", "'"] {
        if out.len() > suffix.len() + 1 && out.ends_with(suffix) {
            out.truncate(out.len() - suffix.len());
            break;
        }
    }
    out.trim_matches(|c: char| !c.is_alphanumeric()).to_string()
}

/// Quote text for comparison: quote marks dropped, accents folded, whitespace collapsed.
fn norm_quote(s: &str) -> String {
    let folded = deunicode::deunicode(s).to_lowercase();
    let kept: String = folded
        .chars()
        .map(|c| if c == '"' || c == '\'' { ' ' } else { c })
        .collect();
    kept.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

fn entity_names(e: &EntityOut) -> Vec<String> {
    std::iter::once(&e.name)
        .chain(e.aliases.iter())
        .map(|n| norm_name(n))
        .collect()
}

fn gold_names(e: &GoldEntity) -> Vec<String> {
    std::iter::once(&e.name)
        .chain(e.aliases.iter())
        .map(|n| norm_name(n))
        .collect()
}

fn shares_name(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| b.contains(x))
}

/// The names (canonical and aliases) a gold reference such as a team or speaker stands for.
fn gold_ref_names(gold: &Gold, name: &str) -> Vec<String> {
    let n = norm_name(name);
    gold.entities
        .iter()
        .find(|e| gold_names(e).contains(&n))
        .map(gold_names)
        .unwrap_or_else(|| vec![n])
}

fn pred_ref_names(record: &Record, id: &str) -> Vec<String> {
    record
        .entities
        .iter()
        .find(|e| e.id == id)
        .map(entity_names)
        .unwrap_or_default()
}

pub fn score_article(gold: &Gold, record: &Record) -> ArticleReport {
    let mut a = ArticleReport::default();
    a.counts.insert(
        "entities".into(),
        score_entities(gold, record, &mut a.misses),
    );
    a.counts
        .insert("dates".into(), score_dates(gold, record, &mut a.misses));
    let (with_teams, points) = score_scores(gold, record, &mut a.misses);
    a.counts.insert("scores".into(), with_teams);
    a.counts.insert("scores_points".into(), points);
    let (quotes, attribution) = score_quotes(gold, record, &mut a.misses);
    a.counts.insert("quotes".into(), quotes);
    a.attribution = attribution;
    a.counts
        .insert("events".into(), score_events(gold, record, &mut a.misses));
    a.counts.insert(
        "metadata".into(),
        score_metadata(gold, record, &mut a.misses),
    );
    a
}

fn score_entities(gold: &Gold, record: &Record, misses: &mut Vec<String>) -> Counts {
    let mut c = Counts::default();
    let gnames: Vec<Vec<String>> = gold.entities.iter().map(gold_names).collect();
    let mut matched = vec![false; gold.entities.len()];
    // Canonical-name matches first, so an alias match cannot steal a gold entity.
    let mut order: Vec<usize> = (0..record.entities.len()).collect();
    order.sort_by_key(|&i| {
        let e = &record.entities[i];
        let n = norm_name(&e.name);
        !gnames
            .iter()
            .zip(&gold.entities)
            .any(|(g, ge)| ge.kind == e.kind && g.contains(&n))
    });
    for i in order {
        let e = &record.entities[i];
        let names = entity_names(e);
        let hit = gold
            .entities
            .iter()
            .enumerate()
            .filter(|(_, g)| g.kind == e.kind)
            .find(|(j, _)| shares_name(&names, &gnames[*j]));
        match hit {
            Some((j, g)) if !matched[j] => {
                matched[j] = true;
                if !g.optional {
                    c.tp += 1;
                }
            }
            Some((_, g)) if g.optional => {}
            Some(_) => {
                c.fp += 1;
                misses.push(format!("entity FP (split) {} [{}]", e.name, e.kind));
            }
            None => {
                c.fp += 1;
                misses.push(format!("entity FP {} [{}]", e.name, e.kind));
            }
        }
    }
    for (j, g) in gold.entities.iter().enumerate() {
        if !matched[j] && !g.optional {
            c.fn_ += 1;
            misses.push(format!("entity FN {} [{}]", g.name, g.kind));
        }
    }
    c
}

fn overlaps_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a.contains(&b) || b.contains(&a) {
        return true;
    }
    let years = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_ascii_digit())
            .filter(|w| w.len() == 4)
            .map(str::to_string)
            .collect()
    };
    let ya = years(&a);
    years(&b).iter().any(|y| ya.contains(y))
}

fn score_dates(gold: &Gold, record: &Record, misses: &mut Vec<String>) -> Counts {
    let mut c = Counts::default();
    let mut matched = vec![false; gold.dates.len()];
    for d in &record.dates {
        let hit = gold.dates.iter().enumerate().position(|(j, g)| {
            !matched[j] && g.value == d.value && overlaps_text(&g.text, &d.text)
        });
        match hit {
            Some(j) => {
                matched[j] = true;
                if !gold.dates[j].optional {
                    c.tp += 1;
                }
            }
            None => {
                // A second mention of an optional or already-matched expression is neutral only
                // when the gold marks it optional.
                let optional = gold
                    .dates
                    .iter()
                    .any(|g| g.optional && overlaps_text(&g.text, &d.text));
                if !optional {
                    c.fp += 1;
                    misses.push(format!("date FP {:?} = {:?}", d.text, d.value));
                }
            }
        }
    }
    for (j, g) in gold.dates.iter().enumerate() {
        if !matched[j] && !g.optional {
            c.fn_ += 1;
            misses.push(format!("date FN {:?} = {:?}", g.text, g.value));
        }
    }
    c
}

fn same_points(a: &[serde_json::Number], b: &[f64]) -> Option<bool> {
    if a.len() != b.len() {
        return None;
    }
    let same = |x: &serde_json::Number, y: &f64| x.as_f64() == Some(*y);
    if a.iter().zip(b).all(|(x, y)| same(x, y)) {
        return Some(false);
    }
    a.iter()
        .zip(b.iter().rev())
        .all(|(x, y)| same(x, y))
        .then_some(true)
}

fn score_scores(gold: &Gold, record: &Record, misses: &mut Vec<String>) -> (Counts, Counts) {
    let mut with_teams = Counts::default();
    let mut points_only = Counts::default();
    let mut matched = vec![false; gold.scores.len()];
    let mut matched_points = vec![false; gold.scores.len()];
    for s in &record.scores {
        // Points only.
        match gold
            .scores
            .iter()
            .enumerate()
            .position(|(j, g)| !matched_points[j] && same_points(&s.points, &g.points).is_some())
        {
            Some(j) => {
                matched_points[j] = true;
                if !gold.scores[j].optional {
                    points_only.tp += 1;
                }
            }
            None => points_only.fp += 1,
        }
        // Points and teams.
        let hit = gold.scores.iter().enumerate().position(|(j, g)| {
            if matched[j] {
                return false;
            }
            let Some(reversed) = same_points(&s.points, &g.points) else {
                return false;
            };
            // A level score (1-1) has no natural order: either order of the sides is right.
            let level = s.points.iter().rev().eq(s.points.iter());
            teams_agree(gold, record, g, s, reversed)
                || (level && teams_agree(gold, record, g, s, !reversed))
        });
        match hit {
            Some(j) => {
                matched[j] = true;
                if !gold.scores[j].optional {
                    with_teams.tp += 1;
                }
            }
            None => {
                let optional = gold
                    .scores
                    .iter()
                    .any(|g| g.optional && same_points(&s.points, &g.points).is_some());
                if !optional {
                    with_teams.fp += 1;
                    let teams: Vec<String> = s
                        .teams
                        .iter()
                        .flatten()
                        .map(|t| {
                            t.as_ref()
                                .and_then(|id| record.entities.iter().find(|e| &e.id == id))
                                .map_or("?".to_string(), |e| e.name.clone())
                        })
                        .collect();
                    misses.push(format!(
                        "score FP {:?} {:?} teams {:?}",
                        s.text, s.points, teams
                    ));
                }
            }
        }
    }
    for (j, g) in gold.scores.iter().enumerate() {
        if !g.optional {
            if !matched[j] {
                with_teams.fn_ += 1;
                // (Whole points as written: [3, 1], not [3.0, 1.0].)
                let points: Vec<String> = g.points.iter().map(|p| p.to_string()).collect();
                misses.push(format!(
                    "score FN {:?} [{}] teams {:?}",
                    g.text,
                    points.join(", "),
                    g.teams
                ));
            }
            if !matched_points[j] {
                points_only.fn_ += 1;
            }
        }
    }
    (with_teams, points_only)
}

fn teams_agree(
    gold: &Gold,
    record: &Record,
    g: &GoldScore,
    s: &crate::record::ScoreOut,
    reversed: bool,
) -> bool {
    let Some(gteams) = &g.teams else {
        return true;
    };
    if gteams.iter().all(Option::is_none) {
        return true;
    }
    let Some(pteams) = &s.teams else {
        return false;
    };
    let n = gteams.len();
    gteams.iter().enumerate().all(|(i, gt)| {
        let Some(gt) = gt else { return true };
        let pi = if reversed { n - 1 - i } else { i };
        let Some(Some(pid)) = pteams.get(pi) else {
            return false;
        };
        shares_name(&pred_ref_names(record, pid), &gold_ref_names(gold, gt))
    })
}

fn score_quotes(
    gold: &Gold,
    record: &Record,
    misses: &mut Vec<String>,
) -> (Counts, (usize, usize)) {
    let mut c = Counts::default();
    let mut attribution = (0, 0);
    let gtexts: Vec<String> = gold.quotes.iter().map(|q| norm_quote(&q.text)).collect();
    let mut matched = vec![false; gold.quotes.len()];
    for q in &record.quotes {
        let p = norm_quote(&q.text);
        if p.is_empty() {
            continue;
        }
        // Contains the gold text, or covers at least 60% of it.
        let full = gtexts.iter().enumerate().position(|(j, g)| {
            !matched[j]
                && (p.contains(g.as_str())
                    || (g.contains(p.as_str()) && p.len() * 10 >= g.len() * 6))
        });
        match full {
            Some(j) => {
                matched[j] = true;
                let g = &gold.quotes[j];
                if !g.optional {
                    c.tp += 1;
                }
                if let Some(speaker) = &g.speaker {
                    attribution.1 += 1;
                    let right = q.speaker.as_ref().is_some_and(|id| {
                        shares_name(&pred_ref_names(record, id), &gold_ref_names(gold, speaker))
                    });
                    if right {
                        attribution.0 += 1;
                    } else {
                        let said = q
                            .speaker
                            .as_ref()
                            .and_then(|id| record.entities.iter().find(|e| &e.id == id))
                            .map_or("nobody".to_string(), |e| e.name.clone());
                        misses.push(format!(
                            "speaker wrong for {:?}: {said}, gold {speaker}",
                            short(&g.text)
                        ));
                    }
                }
            }
            None => {
                // A smaller piece of a gold quote is neither right nor wrong; so is an optional one.
                let piece = gtexts
                    .iter()
                    .any(|g| g.contains(p.as_str()) || p.contains(g.as_str()));
                if !piece {
                    c.fp += 1;
                    misses.push(format!("quote FP {:?}", short(&q.text)));
                }
            }
        }
    }
    for (j, g) in gold.quotes.iter().enumerate() {
        if !matched[j] && !g.optional {
            c.fn_ += 1;
            misses.push(format!("quote FN {:?}", short(&g.text)));
        }
    }
    (c, attribution)
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

fn score_events(gold: &Gold, record: &Record, misses: &mut Vec<String>) -> Counts {
    let mut c = Counts::default();
    let gold_events: Vec<&GoldEvent> = gold
        .events
        .iter()
        .filter(|e| e.kind == "match_result")
        .collect();
    let mut matched = vec![false; gold_events.len()];
    let points = |v: Option<&serde_json::Value>| -> Vec<serde_json::Number> {
        v.and_then(|v| v.as_array())
            .map(|a| a.iter().filter_map(|x| x.as_number().cloned()).collect())
            .unwrap_or_default()
    };
    let strings = |v: Option<&serde_json::Value>| -> Vec<Option<String>> {
        v.and_then(|v| v.as_array())
            .map(|a| a.iter().map(|x| x.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    };
    for e in record.events.iter().filter(|e| e.kind == "match_result") {
        let pp = points(e.args.get("score"));
        let pt = strings(e.args.get("teams"));
        let hit = gold_events.iter().enumerate().position(|(j, g)| {
            if matched[j] {
                return false;
            }
            let gp: Vec<f64> = g
                .args
                .get("score")
                .and_then(|v| v.as_array())
                .map(|a| a.iter().filter_map(|x| x.as_f64()).collect())
                .unwrap_or_default();
            let Some(reversed) = same_points(&pp, &gp) else {
                return false;
            };
            let gt = strings(g.args.get("teams"));
            let n = gt.len();
            gt.iter().enumerate().all(|(i, t)| {
                let Some(t) = t else { return true };
                let pi = if reversed { n - 1 - i } else { i };
                pt.get(pi).and_then(|x| x.as_ref()).is_some_and(|id| {
                    shares_name(&pred_ref_names(record, id), &gold_ref_names(gold, t))
                })
            })
        });
        match hit {
            Some(j) => {
                matched[j] = true;
                if !gold_events[j].optional {
                    c.tp += 1;
                }
            }
            None => {
                c.fp += 1;
                misses.push(format!("event FP match_result {:?} {:?}", pt, pp));
            }
        }
    }
    for (j, g) in gold_events.iter().enumerate() {
        if !matched[j] && !g.optional {
            c.fn_ += 1;
            misses.push(format!("event FN match_result {:?}", g.args));
        }
    }
    c
}

fn score_metadata(gold: &Gold, record: &Record, misses: &mut Vec<String>) -> Counts {
    let mut c = Counts::default();
    let mut check = |field: &str, want: Option<String>, got: Option<String>| {
        let Some(want) = want else { return };
        match got {
            Some(got) if got == want => c.tp += 1,
            Some(got) => {
                c.fp += 1;
                c.fn_ += 1;
                misses.push(format!("metadata {field}: got {got:?}, gold {want:?}"));
            }
            None => {
                c.fn_ += 1;
                misses.push(format!("metadata {field}: missing, gold {want:?}"));
            }
        }
    };
    let a = &gold.article;
    check(
        "title",
        a.title.as_deref().map(norm_quote),
        record.article.title.as_deref().map(norm_quote),
    );
    let gold_authors = a
        .authors
        .clone()
        .or_else(|| a.author.clone().map(|x| vec![x]));
    let authors = |v: &[String]| {
        let mut n: Vec<String> = v.iter().map(|x| norm_name(x)).collect();
        n.sort();
        n.join("; ")
    };
    check(
        "authors",
        gold_authors.filter(|v| !v.is_empty()).map(|v| authors(&v)),
        Some(authors(&record.article.authors)).filter(|s| !s.is_empty()),
    );
    check(
        "published",
        a.published.as_ref().map(|p| p.chars().take(10).collect()),
        record
            .article
            .published
            .as_ref()
            .map(|p| p.chars().take(10).collect()),
    );
    check(
        "section",
        a.section.as_deref().map(str::to_lowercase),
        record.article.section.as_deref().map(str::to_lowercase),
    );
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalise() {
        assert_eq!(norm_name("Raków  Częstochowa"), "rakow czestochowa");
        assert_eq!(norm_name("the Gunners"), "gunners");
        assert_eq!(norm_name("Atalanta’s"), "atalanta");
        assert_eq!(norm_name("Gasperini's"), "gasperini");
    }

    #[test]
    fn counts_f1() {
        let c = Counts {
            tp: 8,
            fp: 2,
            fn_: 2,
        };
        assert!((c.f1() - 0.8).abs() < 1e-9);
        assert_eq!(Counts::default().f1(), 1.0);
    }

    #[test]
    fn date_texts_overlap() {
        assert!(overlaps_text("the 2015-16 season", "2015-16"));
        assert!(overlaps_text("in 2016", "2016"));
        assert!(!overlaps_text("last weekend", "next week"));
    }
}
