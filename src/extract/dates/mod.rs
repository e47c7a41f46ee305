//! Dates: every expression of time in the body, resolved to a TIMEX3 value against the article's
//! publication date (`doc.anchor`, never the machine clock).
//!
//! `rules.rs` finds the expressions (a tokenizer and a grammar over its tokens) and says what they
//! mean; this module resolves them: year-less dates and weekdays by the tense of their clause,
//! seasons by the calendar of the article's sport, numeric dates by the article's conventions,
//! "the following year" by the date mentioned just before. `corpus.rs` holds the examples.
//!
//! ## Values
//!
//! Examples resolved against a publication date of Thursday 2025-06-05 (ISO week 23), for a
//! European football article unless said otherwise.
//!
//! | expression | value | granularity | relative |
//! |---|---|---|---|
//! | June 5, 2025 · 5 June 2025 · Jun 05, 2025 · 2025-06-05 · 05/06/2025 | `2025-06-05` | day | no |
//! | Thursday 5th June · June 5 · 1 July (year from the tense) | `2025-06-05` · `2025-07-01` | day | yes |
//! | won on Sunday · host Roma on Sunday · last Tuesday · next Tuesday | `2025-06-01` · `2025-06-08` · `2025-06-03` · `2025-06-10` | day | yes |
//! | yesterday · today · tonight · this morning · last night · tomorrow | `2025-06-04` · `2025-06-05` · … · `2025-06-06` | day | yes |
//! | overnight (an adverb: "overnight in Brisbane"; not "the overnight leader", "it won't happen overnight") | `2025-06-04` | day | yes |
//! | Sunday at 8pm · tomorrow from 12:30 · Wednesday at 7:05 p.m. ET (a clock time joins its day; the value stays the day) | `2025-06-08` | day | yes |
//! | Boxing Day · Thanksgiving · Easter Monday (data/dates/holidays.tsv) | `2025-12-26` | day | yes |
//! | "today" inside a quote (the words of the event day: the first day named before the anchor) | the event day | day | yes |
//! | last weekend · this weekend · next weekend · at the weekend | `2025-W22-WE` · `2025-W23-WE` · `2025-W24-WE` | weekend | yes |
//! | last week · this week · next week · a week ago · in three weeks' time | `2025-W22` · `2025-W23` · `2025-W24` · `2025-W22` · `2025-W26` | week | yes |
//! | April 2025 | `2025-04` | month | no |
//! | in April · last month · earlier this month · next March | `2025-04` · `2025-05` · `2025-06` · `2026-03` | month | yes |
//! | in 2016 · the 2024 Europa League · late 2020 · built in 1807 | `2016` · `2024` · `2020` · `1807` | year | no |
//! | last year · this year · next year · two years ago · the new year | `2024` · `2025` · `2026` · `2023` · `2026` | year | yes |
//! | the following year · two years later · the same summer (after the last date named) | e.g. `2021` | year | yes |
//! | the 2015-16 season · 2015/16 · 2015–2016 season | `2015/2016` | season | no |
//! | this season · last season · next season (split-year sport, Aug–May; June to mid-July count as after the season) | `2024/2025` · `2024/2025` · `2025/2026` | season | yes |
//! | last term · this term · two seasons ago (seasons of the story's sport; alpine skiing is split-year) | `2024/2025` · `2024/2025` · `2023/2024` | season | yes |
//! | this season · last season (single-year sport: cricket, baseball, F1, golf, tennis, cycling, MLS; NFL by its starting year) | `2025` · `2024` | season | yes |
//! | the 2022 season | `2022` | season | no |
//! | this summer · the spring · the summer of 2024 | `2025` · `2025` · `2024` | season | yes · yes · no |
//! | last winter · over the winter | `2024/2025` · `2025/2026` | season | yes |
//! | the 1980s · the ’90s · the 90s · the early 1980s · the nineties | `198X` · `199X` | decade | no |
//! | nine-year (stay) · three years · the past three seasons | `P9Y` · `P3Y` · `P3Y` | duration | no |
//! | 18-month · 15 months | `P18M` · `P15M` | duration | no |
//! | two-week · for two weeks · a fortnight · at least a week | `P2W` · `P2W` · `P2W` · `P1W` | duration | no |
//! | 10 days · a 10-day break | `P10D` | duration | no |
//! | two decades | `P2DE` | duration | no |
//!
//! Ranges ("between 2006 and 2010", "from 2016 to 2025", "2019-2021", "25-27 July", "from March
//! to May") give one date per end, each pointing at the other with `range_with`.
//!
//! Not dates (dropped): scores, formations, records, odds, lap times, ages ("the 67-year-old",
//! "aged 25-30", "six years old", "in his 80s"), counts ("2,000 fans", "1500 metres"), ordinals,
//! shirt numbers, match minutes and clock durations ("36 minutes"), match formats ("one-day
//! cup"), frequencies ("every week", "once a week"), indefinite days ("a Tuesday night", "one
//! day"), vague spans ("for years", "decades", "all season", "the season"), bare clock times,
//! titles ("The Sunday Times", "Sunday Night Football"), "may" the verb, "May" and "April" as
//! names (ambiguous month names count only after in/on/since/by/last/... or with a day or year).
//!
//! Without a publication date, relative expressions keep `value: None` and the article gets one
//! warning; ambiguous numeric dates (05/06/2025) get one warning saying how they were read (day-
//! or month-first, from the article's unambiguous numeric dates, written date order, spelling and
//! time zones).

mod lexicon;
mod rules;

#[cfg(test)]
mod corpus;

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::doc::{DateFact, Doc, EntityType, Granularity, ParagraphKind, Span};
use lexicon::{HolidayRule, Lexicon, SeasonKind, LEXICON};
use rules::{Cand, Expr, Order, Part, Scanner, Shift, Tense, Unit};

/// Finds the dates of `doc.body`; returns them in text order, and warnings.
pub fn extract(doc: &Doc) -> (Vec<DateFact>, Vec<String>) {
    let lex = &*LEXICON;
    let cands = find(doc, lex);
    resolve_all(doc, &cands, lex)
}

/// Every candidate expression of the body, in text order.
fn find(doc: &Doc, lex: &Lexicon) -> Vec<Cand> {
    let body = doc.body.as_str();
    let mut persons: Vec<Span> = doc
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Person)
        .flat_map(|e| e.mentions.iter().copied())
        .collect();
    persons.sort();
    let whole = [Span::new(0, body.len())];
    let paragraphs: Vec<Span> = if doc.paragraphs.is_empty() {
        whole.to_vec()
    } else {
        doc.paragraphs.iter().map(|p| p.span).collect()
    };
    let mut out = Vec::new();
    let mut toks = Vec::new();
    let mut sent = Vec::new();
    let mut quote = Vec::new();
    for p in paragraphs {
        let Some(text) = body.get(p.start..p.end) else {
            continue;
        };
        toks.clear();
        rules::tokenize(text, p.start, &mut toks);
        if toks.is_empty() {
            continue;
        }
        sent.clear();
        if doc.sentences.is_empty() {
            sent.resize(toks.len(), 0u32);
        } else {
            let mut k = doc.sentence_index(p.start);
            // (The next sentence's start kept at hand: most tokens lie before it.)
            let start_after = |k: usize| doc.sentences.get(k + 1).map_or(usize::MAX, |s| s.start);
            let mut next_start = start_after(k);
            for t in &toks {
                while next_start <= t.start {
                    k += 1;
                    next_start = start_after(k);
                }
                sent.push(k as u32);
            }
        }
        rules::quote_flags(&toks, &mut quote);
        Scanner {
            body,
            toks: &toks,
            sent: &sent,
            quote: &quote,
            lex,
            person_spans: &persons,
        }
        .scan(&mut out);
    }
    out
}

/// What an expression resolved to.
enum Outcome {
    Value {
        value: String,
        granularity: Granularity,
        reference: Option<Ref>,
    },
    /// Relative, and there is no anchor to resolve it against.
    Unresolved(Granularity),
    /// Not resolvable into anything meaningful (an anaphor with nothing before it).
    Drop,
}

/// The last date mentioned, for "the following year" and the like.
#[derive(Debug, Clone, Copy)]
struct Ref {
    year: i32,
    month: Option<u32>,
    day: Option<NaiveDate>,
    season: Option<i32>,
}

impl Ref {
    fn year(year: i32) -> Ref {
        Ref {
            year,
            month: None,
            day: None,
            season: None,
        }
    }
    fn month(year: i32, month: u32) -> Ref {
        Ref {
            month: Some(month),
            ..Ref::year(year)
        }
    }
    fn day(d: NaiveDate) -> Ref {
        Ref {
            day: Some(d),
            ..Ref::month(d.year(), d.month())
        }
    }
}

/// What resolution needs to know about the article.
struct Ctx<'a> {
    doc: &'a Doc,
    lex: &'a Lexicon,
    anchor: Option<NaiveDate>,
    /// The day the reported event happened, which "today" means inside a quote.
    event_day: Option<NaiveDate>,
    season: std::cell::OnceCell<SeasonKind>,
    order: std::cell::OnceCell<(Order, bool)>,
    cands: &'a [Cand],
}

impl Ctx<'_> {
    fn season_kind(&self) -> SeasonKind {
        *self.season.get_or_init(|| season_kind(self.doc, self.lex))
    }

    /// The article's day-month order, and whether anything in the article says so.
    fn numeric_order(&self) -> (Order, bool) {
        *self
            .order
            .get_or_init(|| numeric_order(self.doc, self.cands, self.lex))
    }
}

fn resolve_all(doc: &Doc, cands: &[Cand], lex: &Lexicon) -> (Vec<DateFact>, Vec<String>) {
    let mut warnings = Vec::new();
    let mut ctx = Ctx {
        doc,
        lex,
        anchor: doc.anchor,
        event_day: None,
        season: std::cell::OnceCell::new(),
        order: std::cell::OnceCell::new(),
        cands,
    };
    ctx.event_day = doc.anchor.map(|a| event_day(cands, a, lex));
    let mut out: Vec<DateFact> = Vec::with_capacity(cands.len());
    let mut index_of: Vec<Option<usize>> = vec![None; cands.len()];
    let mut last: Option<Ref> = None;
    // The last date with a day: "on 18 October …, since April …, the following day" counts
    // from 18 October, as a month cannot have a following day.
    let mut last_day: Option<Ref> = None;
    let mut unresolved = 0;
    let mut ambiguous = Vec::new();
    for (k, c) in cands.iter().enumerate() {
        let reference = match c.expr {
            Expr::Anaphor {
                unit: Unit::Day, ..
            } if last.is_some_and(|r| r.day.is_none()) => last_day.or(last),
            _ => last,
        };
        let outcome = resolve(c, &ctx, reference, &mut ambiguous, doc);
        let (value, granularity) = match outcome {
            Outcome::Value {
                value,
                granularity,
                reference,
            } => {
                if reference.is_some() {
                    last = reference;
                }
                if reference.is_some_and(|r| r.day.is_some()) {
                    last_day = reference;
                }
                (Some(value), granularity)
            }
            Outcome::Unresolved(g) => {
                unresolved += 1;
                (None, g)
            }
            Outcome::Drop => continue,
        };
        index_of[k] = Some(out.len());
        out.push(DateFact {
            span: c.span,
            value,
            granularity,
            relative: is_relative(&c.expr),
            range_with: None,
        });
    }
    for (k, c) in cands.iter().enumerate() {
        if let (Some(i), Some(off)) = (index_of[k], c.range_with) {
            let other = k as isize + off;
            if other >= 0 {
                if let Some(Some(j)) = index_of.get(other as usize) {
                    out[i].range_with = Some(*j);
                }
            }
        }
    }
    if !ambiguous.is_empty() {
        warnings.push(ambiguous_warning(doc, &ambiguous, ctx.numeric_order()));
    }
    if unresolved > 0 {
        warnings.push(format!(
            "no publication date: {unresolved} relative date{} left unresolved",
            if unresolved == 1 { "" } else { "s" }
        ));
    }
    (out, warnings)
}

/// One warning for the numeric dates that could be read either way (05/06/2025), saying how they
/// were read and on what grounds.
fn ambiguous_warning(doc: &Doc, spans: &[Span], (order, evidence): (Order, bool)) -> String {
    let mut examples: Vec<&str> = Vec::new();
    for s in spans {
        let t = doc.text(*s);
        if !examples.contains(&t) && examples.len() < 3 {
            examples.push(t);
        }
    }
    let listed = examples
        .iter()
        .map(|t| format!("{t:?}"))
        .collect::<Vec<_>>()
        .join(", ");
    let what = if spans.len() == 1 {
        format!("ambiguous numeric date {listed}")
    } else {
        format!("{} ambiguous numeric dates ({listed}…)", spans.len())
    };
    format!(
        "{what} read {} ({})",
        if order == Order::DayFirst {
            "day-first"
        } else {
            "month-first"
        },
        if evidence {
            "by the article's other dates, spelling and time zones"
        } else {
            "no cue in the article; day-first by default"
        }
    )
}

/// True for expressions whose value depends on the anchor or on a date mentioned before.
fn is_relative(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::Date { y: Some(_), .. }
            | Expr::NumericDate { .. }
            | Expr::Month { y: Some(_), .. }
            | Expr::Year(_)
            | Expr::Decade(_)
            | Expr::Season2(_)
            | Expr::SeasonYear(_)
            | Expr::YearPart { y: Some(_), .. }
            | Expr::Duration { .. }
            | Expr::Skip
    )
}

fn granularity_of(e: &Expr) -> Granularity {
    match e {
        Expr::Date { .. }
        | Expr::NumericDate { .. }
        | Expr::Holiday(_)
        | Expr::Weekday { .. }
        | Expr::WeekdayWeek(_)
        | Expr::Deictic(_) => Granularity::Day,
        Expr::Month { .. } | Expr::MonthRel(_) => Granularity::Month,
        Expr::Year(_) | Expr::YearRel(_) | Expr::NewYear => Granularity::Year,
        Expr::Decade(_) => Granularity::Decade,
        Expr::Season2(_)
        | Expr::SeasonYear(_)
        | Expr::SeasonRel(_)
        | Expr::SeasonNew
        | Expr::YearPart { .. } => Granularity::Season,
        Expr::WeekRel(_) => Granularity::Week,
        Expr::WeekendRel(_) | Expr::WeekendTense => Granularity::Weekend,
        Expr::Ago { unit, .. } | Expr::Ahead { unit, .. } => match unit {
            Unit::Day => Granularity::Day,
            Unit::Week | Unit::Fortnight => Granularity::Week,
            Unit::Month => Granularity::Month,
            Unit::Season => Granularity::Season,
            _ => Granularity::Year,
        },
        Expr::Anaphor { unit, .. } => match unit {
            Unit::Day => Granularity::Day,
            Unit::Week | Unit::Fortnight => Granularity::Week,
            Unit::Month => Granularity::Month,
            Unit::Season => Granularity::Season,
            _ => Granularity::Year,
        },
        Expr::Duration { .. } | Expr::Skip => Granularity::Duration,
    }
}

fn resolve(
    c: &Cand,
    ctx: &Ctx,
    last: Option<Ref>,
    ambiguous: &mut Vec<Span>,
    doc: &Doc,
) -> Outcome {
    let granularity = granularity_of(&c.expr);
    let value = |value: String, reference: Option<Ref>| Outcome::Value {
        value,
        granularity,
        reference,
    };
    // Expressions that need no anchor.
    match c.expr {
        Expr::Skip => return Outcome::Drop,
        Expr::Date {
            y: Some(y), m, d, ..
        } => {
            return match NaiveDate::from_ymd_opt(y, m, d) {
                Some(date) => value(fmt_day(date), Some(Ref::day(date))),
                None => Outcome::Drop,
            }
        }
        Expr::NumericDate { a, b, y } => {
            let (day_first, basis) = if a > 12 {
                (true, None)
            } else if b > 12 {
                (false, None)
            } else if a == b {
                (true, None)
            } else {
                let (order, evidence) = ctx.numeric_order();
                (order == Order::DayFirst, Some(evidence))
            };
            let (d, m) = if day_first { (a, b) } else { (b, a) };
            let Some(date) = NaiveDate::from_ymd_opt(y, m, d) else {
                return Outcome::Drop;
            };
            if basis.is_some() {
                ambiguous.push(c.span);
            }
            return value(fmt_day(date), Some(Ref::day(date)));
        }
        Expr::Month { y: Some(y), m, .. } => {
            return value(format!("{y:04}-{m:02}"), Some(Ref::month(y, m)))
        }
        Expr::Year(y) => return value(format!("{y:04}"), Some(Ref::year(y))),
        Expr::Decade(d) => return value(format!("{d:03}X"), None),
        Expr::Season2(s) => {
            return value(
                format!("{s:04}/{:04}", s + 1),
                Some(Ref {
                    season: Some(s),
                    ..Ref::year(s)
                }),
            )
        }
        Expr::SeasonYear(y) => return value(format!("{y:04}"), Some(Ref::year(y))),
        Expr::YearPart {
            part, y: Some(y), ..
        } => {
            return if part == Part::Winter {
                value(format!("{y:04}/{:04}", y + 1), Some(Ref::year(y)))
            } else {
                value(format!("{y:04}"), Some(Ref::year(y)))
            }
        }
        Expr::Duration { n, unit } => {
            return match duration_value(n, unit) {
                Some(v) => value(v, None),
                None => Outcome::Drop,
            }
        }
        // "the next season" after no season is the one after the current.
        Expr::Anaphor {
            unit: Unit::Season,
            offset,
        } if offset != 0 && last.is_none_or(|r| r.season.is_none()) => {}
        Expr::Anaphor { unit, offset } => {
            return match anaphor(unit, offset, last) {
                Some((v, r)) => value(v, Some(r)),
                None => Outcome::Drop,
            }
        }
        _ => {}
    }
    let Some(anchor) = ctx.anchor else {
        return Outcome::Unresolved(granularity);
    };
    // A photo caption describes what happened, in the present tense.
    let mut c = *c;
    if c.tense == Tense::Unknown && in_caption(doc, c.span) {
        c.tense = Tense::Past;
    }
    let ay = anchor.year();
    let am = anchor.month();
    match c.expr {
        Expr::Date { m, d, wd, .. } => {
            // A past clause that named its year earlier ("in 2019 he scored on 5 May") keeps it.
            let in_sentence_year = match (c.sentence_year, c.tense) {
                (Some(y), Tense::Past) => NaiveDate::from_ymd_opt(y, m, d)
                    .filter(|x| wd.is_none_or(|w| x.weekday().num_days_from_monday() == w)),
                _ => None,
            };
            let date = if in_sentence_year.is_some() {
                in_sentence_year
            } else {
                let years = (ay - 1..=ay + 1).filter_map(|y| NaiveDate::from_ymd_opt(y, m, d));
                let with_wd: Vec<NaiveDate> = years
                    .clone()
                    .filter(|x| wd.is_none_or(|w| x.weekday().num_days_from_monday() == w))
                    .collect();
                if with_wd.is_empty() || wd.is_none() {
                    pick_day(anchor, c.tense, years)
                } else {
                    pick_day(anchor, Tense::Unknown, with_wd.into_iter())
                }
            };
            match date {
                Some(date) => value(fmt_day(date), Some(Ref::day(date))),
                None => Outcome::Drop,
            }
        }
        Expr::Holiday(h) => {
            let rule = ctx.lex.holidays[h].rule;
            let years = (ay - 1..=ay + 1).filter_map(|y| holiday_date(rule, y));
            match pick_day(anchor, c.tense, years) {
                Some(date) => value(fmt_day(date), Some(Ref::day(date))),
                None => Outcome::Drop,
            }
        }
        Expr::Weekday { wd, shift } => {
            let date = weekday_date(anchor, wd, shift, c.tense);
            value(fmt_day(date), Some(Ref::day(date)))
        }
        Expr::WeekdayWeek(wd) => {
            // The next such weekday (said on a Sunday, "Sunday week" is not a week today: the
            // day's own game is the one reported), then a week on.
            let ahead = weekday_date(anchor, wd, Shift::Next, c.tense);
            let date = add_days(ahead, 7).unwrap_or(ahead);
            value(fmt_day(date), Some(Ref::day(date)))
        }
        Expr::Deictic(k) => {
            let base = if c.in_quote {
                ctx.event_day.unwrap_or(anchor)
            } else {
                anchor
            };
            match add_days(base, k as i64) {
                Some(date) => value(fmt_day(date), Some(Ref::day(date))),
                None => Outcome::Drop,
            }
        }
        Expr::Month { m, shift, .. } => {
            let a = month_index(ay, am);
            let y = match shift {
                Shift::Last => {
                    if m < am {
                        ay
                    } else {
                        ay - 1
                    }
                }
                Shift::Next => {
                    if m > am {
                        ay
                    } else {
                        ay + 1
                    }
                }
                Shift::This => ay,
                Shift::Tense => match (c.sentence_year, c.tense) {
                    (Some(y), Tense::Past) => y,
                    (_, Tense::Past) => {
                        if m <= am {
                            ay
                        } else {
                            ay - 1
                        }
                    }
                    (_, Tense::Future) => {
                        if m >= am {
                            ay
                        } else {
                            ay + 1
                        }
                    }
                    (_, Tense::Unknown) => (ay - 1..=ay + 1)
                        .min_by_key(|&y| {
                            let months = month_index(y, m) - a;
                            if months >= 0 {
                                months * 2
                            } else {
                                -months * 3
                            }
                        })
                        .unwrap_or(ay),
                },
            };
            value(format!("{y:04}-{m:02}"), Some(Ref::month(y, m)))
        }
        Expr::YearRel(k) => value(format!("{:04}", ay + k), Some(Ref::year(ay + k))),
        Expr::NewYear => {
            let y = if am == 1 { ay } else { ay + 1 };
            value(format!("{y:04}"), Some(Ref::year(y)))
        }
        Expr::MonthRel(k) => {
            let (y, m) = month_from_index(month_index(ay, am) + k);
            value(format!("{y:04}-{m:02}"), Some(Ref::month(y, m)))
        }
        Expr::WeekRel(k) => match add_days(anchor, 7 * k as i64) {
            Some(d) => value(fmt_week(d), Some(Ref::year(d.year()))),
            None => Outcome::Drop,
        },
        Expr::WeekendRel(k) => match add_days(anchor, 7 * k as i64) {
            Some(d) => value(fmt_week(d) + "-WE", Some(Ref::year(d.year()))),
            None => Outcome::Drop,
        },
        Expr::WeekendTense => {
            let weekend_day = anchor.weekday().num_days_from_monday() >= 5;
            let k = if c.tense == Tense::Past && !weekend_day {
                -1
            } else {
                0
            };
            match add_days(anchor, 7 * k) {
                Some(d) => value(fmt_week(d) + "-WE", Some(Ref::year(d.year()))),
                None => Outcome::Drop,
            }
        }
        Expr::SeasonRel(k)
        | Expr::Anaphor {
            unit: Unit::Season,
            offset: k,
        } => season_value(ctx.season_kind(), anchor, Some(k), &value),
        Expr::SeasonNew => season_value(ctx.season_kind(), anchor, None, &value),
        Expr::YearPart { part, shift, .. } => {
            let y = year_part_year(part, shift, c.tense, anchor);
            if part == Part::Winter {
                value(format!("{y:04}/{:04}", y + 1), Some(Ref::year(y)))
            } else {
                value(format!("{y:04}"), Some(Ref::year(y)))
            }
        }
        // "two seasons ago" counts seasons of the story's sport ("2023/2024" in a ski race).
        Expr::Ago {
            n,
            unit: Unit::Season,
        } => season_value(ctx.season_kind(), anchor, Some(-n), &value),
        Expr::Ahead {
            n,
            unit: Unit::Season,
        } => season_value(ctx.season_kind(), anchor, Some(n), &value),
        Expr::Ago { n, unit } => offset_value(anchor, -n, unit, &value),
        Expr::Ahead { n, unit } => offset_value(anchor, n, unit, &value),
        _ => Outcome::Drop,
    }
}

fn in_caption(doc: &Doc, span: Span) -> bool {
    !doc.paragraphs.is_empty()
        && doc.paragraphs[doc.paragraph_index(span.start)].kind == ParagraphKind::Caption
}

/// The day the article's event happened: the first day before or on the anchor (within a week)
/// named outside quotes: a weekday, "yesterday", or a named day ("on Bastille Day"). Quotes are
/// the words of that day, so their "today" is that day.
fn event_day(cands: &[Cand], anchor: NaiveDate, lex: &Lexicon) -> NaiveDate {
    for c in cands.iter().filter(|c| !c.in_quote) {
        let day = match c.expr {
            Expr::Weekday { wd, shift } => Some(weekday_date(anchor, wd, shift, c.tense)),
            Expr::Deictic(k) if k <= 0 => add_days(anchor, k as i64),
            Expr::Holiday(h) => holiday_date(lex.holidays[h].rule, anchor.year()),
            _ => None,
        };
        if let Some(d) = day {
            if d <= anchor && (anchor - d).num_days() <= 6 {
                return d;
            }
        }
    }
    anchor
}

/// The sport's season calendar, by the cue words of the text and the sports of its entities.
fn season_kind(doc: &Doc, lex: &Lexicon) -> SeasonKind {
    let mut votes: BTreeMap<&str, u32> = BTreeMap::new();
    let body = doc.body.as_str();
    let bytes = body.as_bytes();
    // (A venue's name says nothing of the sport played there: "WakeMed Soccer Park".)
    let venues: Vec<crate::doc::Span> = doc
        .entities
        .iter()
        .filter(|e| e.kind == crate::doc::EntityType::Venue)
        .flat_map(|e| e.mentions.iter().copied())
        .collect();
    let in_venue = |at: usize| venues.iter().any(|m| m.start <= at && at < m.end);
    lex.sport_matcher.for_each(body, |m| {
        let before_ok = m.start() == 0 || !bytes[m.start() - 1].is_ascii_alphanumeric();
        let after_ok = m.end() == bytes.len() || !bytes[m.end()].is_ascii_alphanumeric();
        if before_ok && after_ok && !in_venue(m.start()) {
            let (sport, weight) = &lex.sport_cues[m.pattern().as_usize()];
            *votes.entry(sport.as_str()).or_default() += weight;
        }
    });
    // (The keys are borrowed from the calendar table, spelled out in one reused buffer.)
    let mut with_country = String::new();
    for e in &doc.entities {
        if let Some(s) = e.sport.as_deref() {
            // "football@USA" (MLS) before "football".
            let by_country = e.country.as_deref().and_then(|c| {
                with_country.clear();
                with_country.push_str(s);
                with_country.push('@');
                with_country.push_str(c);
                lex.season_kinds.get_key_value(with_country.as_str())
            });
            if let Some((key, _)) = by_country.or_else(|| lex.season_kinds.get_key_value(s)) {
                *votes.entry(key.as_str()).or_default() += 2;
            }
        }
    }
    // Sum per calendar: cues of different sports that count seasons alike add up.
    let mut by_kind = [0u32; 3];
    for (sport, v) in &votes {
        let kind = lex
            .season_kinds
            .get(*sport)
            .copied()
            .unwrap_or(SeasonKind::Split);
        by_kind[kind as usize] += v;
    }
    let kinds = [SeasonKind::Split, SeasonKind::Single, SeasonKind::Autumn];
    let best = (0..3).max_by_key(|&k| (by_kind[k], k == 0)).unwrap_or(0);
    if by_kind[best] == 0 {
        SeasonKind::Split
    } else {
        kinds[best]
    }
}

/// Day-first or month-first for numeric dates: numeric dates that can only be read one way, the
/// order of written dates ("5 June" vs "June 5"), British vs American spelling and time zones.
fn numeric_order(doc: &Doc, cands: &[Cand], lex: &Lexicon) -> (Order, bool) {
    let mut score: i64 = 0;
    let mut evidence = false;
    for c in cands {
        match (c.expr, c.order) {
            (Expr::NumericDate { a, .. }, _) if a > 12 => score += 3,
            (Expr::NumericDate { b, .. }, _) if b > 12 => score -= 3,
            (_, Some(Order::DayFirst)) => score += 1,
            (_, Some(Order::MonthFirst)) => score -= 1,
            _ => continue,
        }
        evidence = true;
    }
    for w in doc.body.split(|c: char| !c.is_alphanumeric()) {
        if let Some(o) = lex.locale.get(w) {
            evidence = true;
            score += if *o == Order::DayFirst { 1 } else { -1 };
        }
    }
    let order = if score < 0 {
        Order::MonthFirst
    } else {
        Order::DayFirst
    };
    (order, evidence && score != 0)
}

/// Among candidate days, the one the tense points at: the latest on or before the anchor in the
/// past, the earliest on or after it in the future, else the nearest.
fn pick_day(
    anchor: NaiveDate,
    tense: Tense,
    days: impl Iterator<Item = NaiveDate> + Clone,
) -> Option<NaiveDate> {
    // Present tense mostly announces what is to come: a future day counts 2/3 of its distance.
    let nearest = |it: &mut dyn Iterator<Item = NaiveDate>| {
        it.min_by_key(|d| {
            let days = (*d - anchor).num_days();
            if days >= 0 {
                days * 2
            } else {
                -days * 3
            }
        })
    };
    match tense {
        Tense::Past => days
            .clone()
            .filter(|d| *d <= anchor)
            .max()
            .or_else(|| nearest(&mut days.clone())),
        Tense::Future => days
            .clone()
            .filter(|d| *d >= anchor)
            .min()
            .or_else(|| nearest(&mut days.clone())),
        Tense::Unknown => nearest(&mut days.clone()),
    }
}

/// The day a weekday names: the last one (the anchor day included) in a past clause, the next one
/// (the anchor day included) otherwise; "last"/"next" exclude the anchor day, "this" stays in the
/// anchor's week.
fn weekday_date(anchor: NaiveDate, wd: u32, shift: Shift, tense: Tense) -> NaiveDate {
    let a = anchor.weekday().num_days_from_monday() as i64;
    let w = wd as i64;
    let back = (a - w).rem_euclid(7);
    let ahead = (w - a).rem_euclid(7);
    let offset = match shift {
        Shift::Last => -(if back == 0 { 7 } else { back }),
        Shift::Next => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        Shift::This => w - a,
        Shift::Tense => {
            if tense == Tense::Past {
                -back
            } else {
                ahead
            }
        }
    };
    add_days(anchor, offset).unwrap_or(anchor)
}

fn season_value(
    kind: SeasonKind,
    anchor: NaiveDate,
    k: Option<i32>,
    value: &dyn Fn(String, Option<Ref>) -> Outcome,
) -> Outcome {
    let (y, m) = (anchor.year(), anchor.month());
    match kind {
        SeasonKind::Split => {
            // August to May. From June to mid-July, between seasons, "this season" and "last
            // season" both mean the one just ended, "next season" the one to come; once
            // pre-season starts, "this season" is the new one.
            let between = m == 6 || (m == 7 && anchor.day() <= 15);
            let current = if m >= 8 || (m == 7 && !between) {
                y
            } else {
                y - 1
            };
            let s = match k {
                Some(k) if k < 0 && between => current + k + 1,
                Some(k) => current + k,
                None if between => current + 1,
                None => current,
            };
            value(
                format!("{s:04}/{:04}", s + 1),
                Some(Ref {
                    season: Some(s),
                    ..Ref::year(s)
                }),
            )
        }
        SeasonKind::Single | SeasonKind::Autumn => {
            let current = if kind == SeasonKind::Autumn && m <= 2 {
                y - 1
            } else {
                y
            };
            let s = match k {
                Some(k) => current + k,
                None if kind == SeasonKind::Single && m >= 11 => y + 1,
                None => y,
            };
            value(format!("{s:04}"), Some(Ref::year(s)))
        }
    }
}

/// The year of a season of the year (for winter, the year its December falls in).
fn year_part_year(part: Part, shift: Shift, tense: Tense, anchor: NaiveDate) -> i32 {
    let (y, m) = (anchor.year(), anchor.month());
    if part == Part::Winter {
        let current = match m {
            12 => Some(y),
            1 | 2 => Some(y - 1),
            _ => None,
        };
        let recent = if m <= 2 { y - 2 } else { y - 1 };
        let upcoming = if m == 12 { y + 1 } else { y };
        return match shift {
            Shift::Last => current.map_or(recent, |c| c - 1),
            Shift::Next => current.map_or(upcoming, |c| c + 1),
            Shift::This => current.unwrap_or(if m >= 7 { upcoming } else { recent }),
            Shift::Tense => current.unwrap_or(match tense {
                Tense::Past => recent,
                Tense::Future => upcoming,
                Tense::Unknown => {
                    if m >= 7 {
                        upcoming
                    } else {
                        recent
                    }
                }
            }),
        };
    }
    let (first, last) = match part {
        Part::Spring => (3, 5),
        Part::Summer => (6, 8),
        _ => (9, 11),
    };
    let started = m >= first;
    let ended = m > last;
    match shift {
        Shift::This => y,
        Shift::Last => {
            if ended {
                y
            } else {
                y - 1
            }
        }
        Shift::Next => {
            if started {
                y + 1
            } else {
                y
            }
        }
        Shift::Tense => match tense {
            Tense::Past => {
                if started {
                    y
                } else {
                    y - 1
                }
            }
            Tense::Future => {
                if ended {
                    y + 1
                } else {
                    y
                }
            }
            Tense::Unknown => y,
        },
    }
}

/// "the following year", "the next day", "two years later", "the same summer".
fn anaphor(unit: Unit, offset: i32, last: Option<Ref>) -> Option<(String, Ref)> {
    let r = last?;
    match unit {
        Unit::Year | Unit::Decade => {
            let step = if unit == Unit::Decade { 10 } else { 1 };
            let y = r.year + offset * step;
            Some((format!("{y:04}"), Ref::year(y)))
        }
        Unit::Season => match r.season {
            Some(s) => {
                let s = s + offset;
                Some((
                    format!("{s:04}/{:04}", s + 1),
                    Ref {
                        season: Some(s),
                        ..Ref::year(s)
                    },
                ))
            }
            None => {
                let y = r.year + offset;
                Some((format!("{y:04}"), Ref::year(y)))
            }
        },
        Unit::Month => {
            let (y, m) = month_from_index(month_index(r.year, r.month?) + offset);
            Some((format!("{y:04}-{m:02}"), Ref::month(y, m)))
        }
        Unit::Week | Unit::Fortnight => {
            let step = if unit == Unit::Fortnight { 14 } else { 7 };
            let d = add_days(r.day?, (offset * step) as i64)?;
            Some((fmt_week(d), Ref::day(d)))
        }
        Unit::Day => {
            let d = add_days(r.day?, offset as i64)?;
            Some((fmt_day(d), Ref::day(d)))
        }
        Unit::Clock => None,
    }
}

/// "two years ago" (n = -2), "in three weeks' time" (n = 3).
fn offset_value(
    anchor: NaiveDate,
    n: i32,
    unit: Unit,
    value: &dyn Fn(String, Option<Ref>) -> Outcome,
) -> Outcome {
    let y = anchor.year();
    match unit {
        Unit::Day => match add_days(anchor, n as i64) {
            Some(d) => value(fmt_day(d), Some(Ref::day(d))),
            None => Outcome::Drop,
        },
        Unit::Week | Unit::Fortnight => {
            let step = if unit == Unit::Fortnight { 14 } else { 7 };
            match add_days(anchor, (n * step) as i64) {
                Some(d) => value(fmt_week(d), Some(Ref::year(d.year()))),
                None => Outcome::Drop,
            }
        }
        Unit::Month => {
            let (yy, m) = month_from_index(month_index(y, anchor.month()) + n);
            value(format!("{yy:04}-{m:02}"), Some(Ref::month(yy, m)))
        }
        Unit::Year | Unit::Season => value(format!("{:04}", y + n), Some(Ref::year(y + n))),
        Unit::Decade => value(format!("{:04}", y + 10 * n), Some(Ref::year(y + 10 * n))),
        Unit::Clock => Outcome::Drop,
    }
}

fn duration_value(n: u32, unit: Unit) -> Option<String> {
    if n == 0 || n > 999 {
        return None;
    }
    Some(match unit {
        Unit::Year | Unit::Season => format!("P{n}Y"),
        Unit::Month => format!("P{n}M"),
        Unit::Week => format!("P{n}W"),
        Unit::Fortnight => format!("P{}W", 2 * n),
        Unit::Day => format!("P{n}D"),
        Unit::Decade => format!("P{n}DE"),
        Unit::Clock => return None,
    })
}

fn holiday_date(rule: HolidayRule, y: i32) -> Option<NaiveDate> {
    match rule {
        HolidayRule::Fixed(m, d) => NaiveDate::from_ymd_opt(y, m, d),
        HolidayRule::Easter(k) => add_days(easter(y)?, k),
        HolidayRule::Nth { m, n, wd } => {
            NaiveDate::from_weekday_of_month_opt(y, m, weekday_from(wd), n as u8)
        }
        HolidayRule::Last { m, wd } => {
            let first_next = if m == 12 {
                NaiveDate::from_ymd_opt(y + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(y, m + 1, 1)?
            };
            let last = first_next.pred_opt()?;
            let back = (last.weekday().num_days_from_monday() as i64 - wd as i64).rem_euclid(7);
            add_days(last, -back)
        }
    }
}

/// Easter Sunday (the anonymous Gregorian algorithm).
fn easter(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, month as u32, day as u32)
}

fn weekday_from(wd: u32) -> Weekday {
    match wd {
        0 => Weekday::Mon,
        1 => Weekday::Tue,
        2 => Weekday::Wed,
        3 => Weekday::Thu,
        4 => Weekday::Fri,
        5 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn month_index(y: i32, m: u32) -> i32 {
    y * 12 + m as i32 - 1
}

fn month_from_index(i: i32) -> (i32, u32) {
    (i.div_euclid(12), i.rem_euclid(12) as u32 + 1)
}

fn fmt_day(d: NaiveDate) -> String {
    // (Written out digit by digit for a year of four digits, nearly every one: every resolved
    // day is written so, and the formatting machinery costs several times the digits.)
    match u32::try_from(d.year()) {
        Ok(year) if year <= 9999 => {
            let mut value = String::with_capacity(10);
            push_digits(&mut value, year, 4);
            value.push('-');
            push_digits(&mut value, d.month(), 2);
            value.push('-');
            push_digits(&mut value, d.day(), 2);
            value
        }
        _ => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
    }
}

/// The last `width` decimal digits of `n`, zero-padded (`n` below `10^width`: all of it).
fn push_digits(out: &mut String, n: u32, width: u32) {
    for place in (0..width).rev() {
        out.push(char::from(b'0' + (n / 10u32.pow(place) % 10) as u8));
    }
}

fn fmt_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{:04}-W{:02}", w.year(), w.week())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_written_as_format_writes_them() {
        for (y, m, d) in [
            (2025, 6, 5),
            (1999, 12, 31),
            (999, 1, 9),
            (10_000, 2, 29),
            (-44, 3, 15),
        ] {
            let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(fmt_day(day), format!("{y:04}-{m:02}-{d:02}"));
        }
    }
}
