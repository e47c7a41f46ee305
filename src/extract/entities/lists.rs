//! Name lists: line-ups, scorer, rating and "best players" lines, where a label and a colon open
//! a list of capitalised names, each perhaps with a number, a minute, a captain's mark or a
//! bracketed substitute ("RC Lens: Leclercq-Nzola – Mbemba-Roux, Vasseur (c), Lemaire (Adjovi
//! 81') …", "GOALS: Sydney: Whitmore 4, Dunstan 2, Kozak", "Tries: Walker, Hudson 2"). The names
//! of such a list are people, surnames alone though most of them are: nothing else is listed so.

use std::sync::LazyLock;

use crate::doc::{Doc, EntityType, ParagraphKind, Span};
use crate::extract::text::FastSet;

use super::lexicon::{word, LEXICON};

/// A list needs this many names, and names must make up this share of its items (a line of
/// results or fixtures has few items of a name's shape). A line with no label and colon needs
/// more of both ("Holmquist, Garrido, Delacroix-Hunt, …" under a "line-up" heading).
const MIN_NAMES: usize = 3;
const MIN_SHARE: f32 = 0.7;
const MIN_NAMES_UNLABELLED: usize = 4;
const MIN_SHARE_UNLABELLED: f32 = 0.85;

/// Body spans of the names in the article's name lists, in text order, line by line. `known`
/// gives the type of what the gazetteer knows at a span: a list naming a side, competition,
/// body or ground is a list of tags or teams, not of people ("Labels: Crusaders, Glentoran,
/// match reports"); one with no label naming a place is a list of places.
pub fn name_items(doc: &Doc, known: impl Fn(Span) -> Option<EntityType>) -> Vec<Span> {
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        if !matches!(p.kind, ParagraphKind::Text | ParagraphKind::Caption) {
            continue;
        }
        let text = &doc.body[p.span.start..p.span.end];
        let mut line_start = p.span.start;
        let mut label_above = false;
        for line in text.split('\n') {
            let at = line_start;
            line_start += line.len() + 1;
            // (A label may head the list on a line of its own: "Ratings:".)
            let labelled = label_above || line.contains(':') || line.contains(" -- ");
            label_above = line.trim_end().ends_with(':');
            if !labelled && !line.contains([',', ';']) {
                continue;
            }
            let mut names = Vec::new();
            let mut items = 0;
            let mut other = false;
            for (from, list) in lists_of(line) {
                for (start, item) in items_of(list) {
                    items += 1;
                    for (offset, name) in names_in(item) {
                        let begin = at + from + start + offset;
                        let span = Span::new(begin, begin + name.len());
                        other |= match known(span) {
                            None | Some(EntityType::Person) => false,
                            Some(EntityType::Place) => !labelled,
                            Some(_) => true,
                        };
                        names.push(span);
                    }
                }
            }
            // (Bracketed substitutes add names but not items: a list is counted by its items.)
            let main = names.len().min(items);
            let (min, share) = if labelled {
                (MIN_NAMES, MIN_SHARE)
            } else {
                (MIN_NAMES_UNLABELLED, MIN_SHARE_UNLABELLED)
            };
            if !other && main >= min && main as f32 >= share * items as f32 {
                out.extend(names);
            }
        }
    }
    out
}

/// The list parts of a line with their offsets: each sentence's words after its last
/// colon ("GOALS: Sydney: Whitmore 4, …" → "Whitmore 4, …"); a sentence with no colon continues
/// the list before it.
fn lists_of(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i <= bytes.len() {
        // A sentence ends at ". " before a capital (after a word of two letters or more, not an
        // initial's stop) or at the line's end: "Kozak. Geelong: Whitford 3" is two lists.
        let end = i == bytes.len()
            || (bytes[i] == b'.'
                && bytes.get(i + 1) == Some(&b' ')
                && bytes.get(i + 2).is_some_and(u8::is_ascii_uppercase)
                && i >= 2
                && bytes[i - 1].is_ascii_alphanumeric()
                && bytes[i - 2].is_ascii_alphanumeric());
        if end {
            let sentence = &text[start..i];
            let from = sentence
                .rfind(':')
                .map(|c| c + 1)
                .into_iter()
                .chain(sentence.rfind(" -- ").map(|c| c + 4))
                .max()
                .unwrap_or(0);
            out.push((start + from, &sentence[from..]));
            start = (i + 2).min(bytes.len());
            i = start;
            if i == bytes.len() {
                break;
            }
            continue;
        }
        i += 1;
    }
    out
}

/// The items of a list with their offsets: split at commas, semicolons, dashes between spaces
/// and the stop that closes it.
fn items_of(list: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0usize;
    for (i, c) in list.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' | ';' | '–' | '—' if depth == 0 => {
                out.push((start, &list[start..i]));
                start = i + c.len_utf8();
            }
            // (A dash between spaces, or two: "GINEBRA 101 -- Haskins 31, …".)
            '-' if depth == 0
                && (list[..i].ends_with(' ') || list[..i].ends_with(" -"))
                && list[i + 1..].starts_with(' ') =>
            {
                out.push((start, &list[start..i]));
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push((start, &list[start..]));
    out.into_iter()
        .map(|(s, item)| {
            let item = item.trim_end_matches(['.', ' ', '\n']);
            let lead = item.len() - item.trim_start().len();
            (s + lead, item.trim_start())
        })
        .filter(|(_, item)| !item.is_empty())
        .collect()
}

/// The names of one item with their offsets: its own name and those of its brackets ("Lemaire
/// (Adjovi 81')"); none where the item is not a name and marks ("7-151", "lost to Adelaide").
/// (A bracket holding words of another kind makes the item no name: "Mirage (Vantage pick)".)
fn names_in(item: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let head_end = item.find('(').unwrap_or(item.len());
    let Some((o, name)) = name_of(&item[..head_end]) else {
        return out;
    };
    out.push((o, name));
    let mut rest = head_end;
    while let Some(open) = item[rest..].find('(') {
        let from = rest + open + 1;
        let Some(close) = item[from..].find(')') else {
            break;
        };
        let inside = &item[from..from + close];
        // (A word of three letters in brackets is a country's or club's code, "(Eng)".)
        let code = inside.chars().count() <= 3 && inside.chars().all(char::is_alphabetic);
        match name_of(inside).filter(|_| !code) {
            Some((o, name)) => out.push((from + o, name)),
            None if code || inside.split_whitespace().all(mark) => {}
            None => return Vec::new(),
        }
        rest = from + close + 1;
        // (Only marks between and after the brackets: "Rees (Rhyl) bt O'Leary (Tenby) 21-17"
        // is a result, not a name.)
        let between = &item[rest..item[rest..].find('(').map_or(item.len(), |i| rest + i)];
        if !between.split_whitespace().all(mark) {
            return Vec::new();
        }
    }
    out
}

/// One to three capitalised words (a particle may stand between: "van Dijk"), then only marks a
/// list gives a name: numbers ("4", "81'", "90+2"), a captain's or penalty mark ("c", "pen").
fn name_of(part: &str) -> Option<(usize, &str)> {
    let lead = part.len() - part.trim_start().len();
    let part = part.trim();
    let mut words: Vec<&str> = part.split_whitespace().collect();
    while words.last().is_some_and(|w| mark(w)) {
        words.pop();
    }
    let particle = |w: &str| LEXICON.flags(w) & word::PARTICLE != 0;
    // (A shirt number or the score a goal made may come first: "7 Bolton-Lowe", "0-1 Arregui".)
    let lead_marks = words.iter().take_while(|w| mark(w) && !particle(w)).count();
    let words = &words[lead_marks..];
    if words.is_empty() || words.len() > 3 {
        return None;
    }
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).any(char::is_lowercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
    };
    let initial = |w: &str| {
        let w = w.trim_end_matches('.');
        w.chars().count() == 1 && w.chars().all(char::is_uppercase)
    };
    let last = *words.last()?;
    // (A word that types a name, "Centre", "Lane", "Premiership", ends no person's.)
    if !capitalised(last) || LEXICON.type_cue(last, false, true).is_some() {
        return None;
    }
    if !words[..words.len() - 1]
        .iter()
        .all(|w| capitalised(w) || initial(w) || particle(w))
    {
        return None;
    }
    let first = part.find(words[0])?;
    let end = part.rfind(last)? + last.len();
    Some((lead + first, &part[first..end]))
}

/// A mark beside a listed name, no name itself: a word holding a digit ("81'", "90+2", "7/3",
/// "3PT"), a short one in capitals ("FG", "OT"), or a list mark (`data/entities/list_marks.txt`:
/// "c", "pen", "og", "reb").
fn mark(w: &str) -> bool {
    let w = w.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | '.' | '-' | '–'));
    w.is_empty()
        || w.chars().any(|c| c.is_ascii_digit())
        || (w.chars().count() <= 3 && w.chars().all(char::is_uppercase))
        || LIST_MARKS.contains(w)
}

static LIST_MARKS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    include_str!("../../../data/entities/list_marks.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::ArticleMeta;

    fn names(text: &str) -> Vec<String> {
        let doc = Doc::from_body(text.to_string(), ArticleMeta::default());
        name_items(&doc, |s| match doc.text(s) {
            "Harbour Town" => Some(EntityType::Team),
            "Fenwick" | "Ashby" => Some(EntityType::Place),
            _ => None,
        })
        .into_iter()
        .map(|s| doc.text(s).to_string())
        .collect()
    }

    #[test]
    fn line_ups_and_scorer_lines_list_people() {
        assert_eq!(
            names("Harbour Town: Okafor-Penn – Dale, Ruiz (c), Makin; Ekwueme (Stott 81'), Lund."),
            [
                "Okafor-Penn",
                "Dale",
                "Ruiz",
                "Makin",
                "Ekwueme",
                "Stott",
                "Lund"
            ]
        );
        assert_eq!(
            names("GOALS: Easts: Pardew 4, Van Rooyen 2, Ames. Wests: Tolley 3, Brisk, Ngata."),
            ["Pardew", "Van Rooyen", "Ames", "Tolley", "Brisk", "Ngata"]
        );
    }

    #[test]
    fn numbered_unlabelled_and_box_score_lists() {
        assert_eq!(
            names("HARBOUR: 1 Dale, 2 Ruiz, 3 Makin (17 Lund 58)"),
            ["Dale", "Ruiz", "Makin", "Lund"]
        );
        assert_eq!(
            names("Dale, Ruiz, Makin, Ekwueme (Stott 70), Lund"),
            ["Dale", "Ruiz", "Makin", "Ekwueme", "Stott", "Lund"]
        );
        assert_eq!(
            names("ASHBY 96 -- Dale 31 (8-11 FG, 4 reb), Ruiz 18, van Berk 14"),
            ["Dale", "Ruiz", "van Berk"]
        );
        assert!(names("Ashby, Fenwick, Dale, Ruiz, Makin").is_empty());
        assert_eq!(
            names("Final round: 1 Ann Dale (Eng) 69-70 - 139; 2 Bo Ruiz (Kor) 140; 3 Cy Makin 141"),
            ["Ann Dale", "Bo Ruiz", "Cy Makin"]
        );
        assert_eq!(
            names("Ratings:\nDale 7, Ruiz 6, Makin 5 (off HT), Lund 8, Stott 6, Ames 7"),
            ["Dale", "Ruiz", "Lund", "Stott", "Ames"]
        );
    }

    #[test]
    fn results_and_prose_are_no_name_lists() {
        assert!(names("Results: Harbour Town 2 Ashby 1, Fenwick 0 Dale Rovers 3.").is_empty());
        assert!(names("Attendance: 4,312. Referee: Tom Dale.").is_empty());
        assert!(
            names("He said: Dale, Ruiz and the others played well, as did the kids.").is_empty()
        );
        // Tags naming a known side, an address, a list whose brackets hold other words.
        assert!(names("Labels: Harbour Town, Dale, Ruiz, match reports").is_empty());
        assert!(names("Write to us at: Fenwick Leisure Centre, Mill Lane, Fenwick").is_empty());
        assert!(names("Maps: Mirage (Vantage pick), Inferno (Nordfjord pick), Ancient").is_empty());
        assert!(names("Singles: Rees (Rhyl) bt Lloyd (Tenby) 21-17; Pairs: Ames (Penarth) bt Cole (Bala) 18-9, Fox (Usk) bt Day (Mold) 21-3").is_empty());
    }
}
