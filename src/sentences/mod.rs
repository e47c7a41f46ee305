//! Stage 2: sentences. UAX#29 sentence boundaries (unicode-segmentation) within each paragraph and
//! line, then news-text repairs: no break after titles and abbreviations (Mr., St., No., U.S.,
//! a.m.), initials (T.J., J. R. R.), before a lower-case continuation ("“Great win!” said Smith"),
//! or between a quotation and its attribution ("“Great win!” Smith said."); an ellipsis ends a
//! sentence only before a capitalised new sentence.
//!
//! The corpus at the bottom of this file holds the cases these rules answer, in the Duckling way.

use crate::extract::text::{split_lines, FastSet};
use std::sync::LazyLock;

use unicode_segmentation::UnicodeSegmentation;

use crate::doc::{Doc, Span};

mod bounds;

struct Lists {
    titles: FastSet<String>,
    numbers: FastSet<String>,
    ambiguous: FastSet<String>,
    /// Words a single capital letter labels ("Pool C", "Group B").
    lettered: FastSet<String>,
    openers: FastSet<&'static str>,
    cues: Vec<&'static str>,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let mut titles = FastSet::default();
    let mut ambiguous = FastSet::default();
    let mut numbers = FastSet::default();
    let mut lettered = FastSet::default();
    for line in include_str!("../../data/abbreviations.tsv").lines() {
        if let Some((kind, abbr)) = line.split_once('\t') {
            match kind {
                "title" => titles.insert(abbr.trim().to_string()),
                "ambiguous" => ambiguous.insert(abbr.trim().to_string()),
                "number" => numbers.insert(abbr.trim().to_string()),
                "lettered" => lettered.insert(abbr.trim().to_string()),
                _ => false,
            };
        }
    }
    let words = crate::extract::text::data_lines;
    Lists {
        titles,
        numbers,
        ambiguous,
        lettered,
        openers: words(include_str!("../../data/sentence_openers.txt")).collect(),
        cues: words(include_str!("../../data/cue_verbs.txt"))
            .filter(|w| !w.contains(' '))
            .collect(),
    }
});

/// Sentence spans of the whole document, in order, trimmed of surrounding whitespace.
pub fn split(doc: &Doc) -> Vec<Span> {
    let mut out = Vec::new();
    for p in &doc.paragraphs {
        let text = doc.text(p.span);
        let mut offset = p.span.start;
        for line in split_lines(text) {
            split_line(line, offset, &mut out);
            offset += line.len() + 1;
        }
    }
    out
}

/// Sentence spans of one piece of text (offsets relative to it); for tests and callers with bare text.
pub fn split_text(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for (offset, line) in line_offsets(text) {
        split_line(line, offset, &mut out);
    }
    out
}

fn line_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    text.split('\n').map(move |line| {
        let at = offset;
        offset += line.len() + 1;
        (at, line)
    })
}

fn split_line(line: &str, offset: usize, out: &mut Vec<Span>) {
    let mut start: Option<usize> = None;
    let segments = uax29_segments(line);
    // (Room for one piece a segment: few segments hold an ellipsis break.)
    let mut pieces: Vec<(usize, &str)> = Vec::with_capacity(segments.len());
    for (at, seg) in segments {
        // UAX#29 does not treat "…" as a terminator; split there before a capitalised word.
        let mut rest = seg;
        let mut rest_at = at;
        while let Some(pos) = ellipsis_break(rest) {
            pieces.push((rest_at, &rest[..pos]));
            rest = &rest[pos..];
            rest_at += pos;
        }
        pieces.push((rest_at, rest));
    }
    for (i, &(at, seg)) in pieces.iter().enumerate() {
        let from = *start.get_or_insert(at);
        let next = pieces.get(i + 1).map(|&(_, s)| s);
        // (The sentence so far, not only its last piece: "On Saturday 20. 3." is one.)
        let keep_going = next.is_some_and(|next| continues(&line[from..at + seg.len()], next));
        if !keep_going {
            if let Some(s) = start.take() {
                push_trimmed(line, s, at + seg.len(), offset, out);
            }
        }
    }
}

/// The UAX#29 sentences of one line: computed directly for ordinary news characters, by
/// unicode-segmentation for anything else.
fn uax29_segments(line: &str) -> Vec<(usize, &str)> {
    match bounds::segment_starts(line) {
        Some(starts) => starts
            .iter()
            .enumerate()
            .map(|(i, &at)| {
                let end = starts.get(i + 1).copied().unwrap_or(line.len());
                (at, &line[at..end])
            })
            .collect(),
        None => line.split_sentence_bound_indices().collect(),
    }
}

/// Byte position after "… " where a capitalised word follows, if any.
fn ellipsis_break(seg: &str) -> Option<usize> {
    let mut search = 0;
    while let Some(pos) = seg[search..].find('…') {
        let after = search + pos + '…'.len_utf8();
        let rest = &seg[after..];
        let trimmed = rest.trim_start();
        let ws = rest.len() - trimmed.len();
        let trimmed_quote = trimmed.trim_start_matches(['"', '“', '‘', '\'']);
        if ws > 0
            && !trimmed.is_empty()
            && trimmed_quote.chars().next().is_some_and(char::is_uppercase)
        {
            return Some(after + ws);
        }
        search = after;
    }
    None
}

fn push_trimmed(line: &str, start: usize, end: usize, offset: usize, out: &mut Vec<Span>) {
    let piece = &line[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = offset + start + lead;
        out.push(Span::new(s, s + trimmed.len()));
    }
}

/// Whether the sentence ending with `prev` continues into `next` (a false UAX#29 break).
fn continues(prev: &str, next: &str) -> bool {
    let next = next.trim_start();
    let Some(first) = next.chars().next() else {
        return true;
    };
    if first.is_lowercase() || matches!(first, ',' | ';' | ':' | ')' | ']' | '–' | '—') {
        return true;
    }
    let prev = prev.trim_end();
    let last_word = prev
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    if last_word.ends_with('.') {
        // (Lower-cased on the stack when short and ASCII, as nearly every word before a stop is.)
        let word = last_word.trim_end_matches('.');
        let mut short = arrayvec::ArrayString::<16>::new();
        let long;
        let abbr = if word.is_ascii() && short.try_push_str(word).is_ok() {
            short.make_ascii_lowercase();
            short.as_str()
        } else {
            long = word.to_lowercase();
            long.as_str()
        };
        let lists = &*LISTS;
        if lists.titles.contains(abbr) {
            return true;
        }
        if small_number(word) && numbered_continues(prev, last_word, word, next, lists) {
            return true;
        }
        if lists.numbers.contains(abbr) && first.is_ascii_digit() {
            return true;
        }
        // Initials: "T.J." "J." — a single capital letter before the full stop.
        let mut chars = last_word.trim_end_matches('.').chars().rev();
        let single_capital =
            matches!((chars.next(), chars.next()), (Some(c), None | Some('.')) if c.is_uppercase());
        let next_word = first_word(next);
        // "S. A. Persaud": another initial follows, even one that spells an opener ("A").
        let mut after = next.chars();
        let next_initial =
            matches!((after.next(), after.next()), (Some(c), Some('.')) if c.is_uppercase());
        // "topped Pool C. Albuquerque-Reis said": a group's letter, no initial.
        let label = single_capital
            && word.len() == 1
            && prev[..prev.len() - last_word.len()]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| lists.lettered.contains(w.to_lowercase().as_str()));
        if single_capital && !label && (next_initial || !lists.openers.contains(next_word)) {
            return true;
        }
        if lists.ambiguous.contains(abbr) {
            if first.is_ascii_digit() {
                return true;
            }
            return !lists.openers.contains(next_word);
        }
    }
    // “Great win!” Smith said. — an exclamation or question closing a quotation, then its
    // attribution, is one sentence.
    if prev.ends_with(['”', '"', '’', '\'']) {
        let inner = prev.trim_end_matches(['”', '"', '’', '\'']);
        if inner.ends_with(['!', '?', ',']) {
            let words: Vec<&str> = next.split_whitespace().take(5).collect();
            let cue_at = words.iter().position(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
                LISTS.cues.contains(&w.as_str())
            });
            if let Some(i) = cue_at {
                let rest = words[i..].join(" ");
                return i <= 3 && (rest.ends_with('.') || words.len() <= 4 || i <= 2);
            }
        }
    }
    false
}

/// One or two ASCII digits: a day, a month or an ordinal written with a stop.
fn small_number(word: &str) -> bool {
    (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// A stop after a small number that is no sentence end: a date written day and month with stops
/// ("On Saturday 20. 3. Tatran beat …", "on 20. 3. 2027") and a club's ordinal before its
/// capitals ("1. FC Köln", "beat 1. SC Vítkovice").
fn numbered_continues(prev: &str, last_word: &str, word: &str, next: &str, lists: &Lists) -> bool {
    let next_word = first_word(next);
    // (Only a next sentence opening on the word itself, no quotation mark.)
    let Some(after_next) = next.strip_prefix(next_word) else {
        return false;
    };
    // (The day: a small number and a stop follow.)
    let numbered_next = small_number(next_word) && after_next.starts_with('.');
    if numbered_next {
        return true;
    }
    // (The month: the day and its stop come right before; not before a word that opens
    // sentences, "on 20. 3. The hosts …".)
    let before = prev[..prev.len() - last_word.len()].trim_end();
    let day = before.rsplit(' ').next().unwrap_or("");
    let month = word.parse::<u8>().unwrap_or(0);
    let day_number = day
        .strip_suffix('.')
        .and_then(|d| small_number(d).then(|| d.parse::<u8>().unwrap_or(0)));
    if day_number.is_some_and(|d| (1..=31).contains(&d))
        && (1..=12).contains(&month)
        && !lists.openers.contains(next_word)
    {
        return true;
    }
    // (A club's ordinal: one digit, then a club's form in capitals and a capitalised name. Opening
    // a line, only before a name in lower case, "1. FC Köln won", not a numbered heading, "4.
    // THE BLUE PRINT".)
    let Some(name) = after_next.strip_prefix(' ') else {
        return false;
    };
    let mut name = name.chars();
    let capitalised = name.next().is_some_and(char::is_uppercase);
    let lower_next = name.next().is_some_and(char::is_lowercase);
    crate::extract::text::club_ordinal(word, ". ", next_word)
        && capitalised
        && (!before.is_empty() || lower_next)
}

fn first_word(s: &str) -> &str {
    let s = s.trim_start_matches(|c: char| !c.is_alphanumeric());
    let end = s
        .find(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .unwrap_or(s.len());
    &s[..end]
}

#[cfg(test)]
mod corpus {
    use super::split_text;

    /// Each case: a paragraph and the sentences an editor would mark in it.
    const CORPUS: &[(&str, &[&str])] = &[
        ("Arsenal won 2-1. Chelsea lost.", &["Arsenal won 2-1.", "Chelsea lost."]),
        ("Mr. Smith scored twice. Dr. Jones watched.", &["Mr. Smith scored twice.", "Dr. Jones watched."]),
        ("He moved to St. Louis in 2019.", &["He moved to St. Louis in 2019."]),
        ("He wears No. 10 now. He always has.", &["He wears No. 10 now.", "He always has."]),
        // Results notation: "d." and "def." (defeated) join the two players.
        (
            "Ruud d. Etcheverry 6-4, 6-3; Musetti def. Cerúndolo 7-5, 6-2.",
            &["Ruud d. Etcheverry 6-4, 6-3; Musetti def. Cerúndolo 7-5, 6-2."],
        ),
        ("It was Leeds vs. Wolves at Elland Road.", &["It was Leeds vs. Wolves at Elland Road."]),
        // A group's letter before the stop is no initial; an initial after a name still is one.
        (
            "They had to win twice to top Pool C. Kowalczyk-Hart said the defeat helped.",
            &["They had to win twice to top Pool C.", "Kowalczyk-Hart said the defeat helped."],
        ),
        ("The award went to John C. Reilly in March.", &["The award went to John C. Reilly in March."]),
        ("Ken Griffey Jr. hit a homer. The crowd roared.", &["Ken Griffey Jr. hit a homer.", "The crowd roared."]),
        ("The U.S. team won gold. The U.S. Open starts Monday.", &["The U.S. team won gold.", "The U.S. Open starts Monday."]),
        ("They train in the U.S. The weather is better.", &["They train in the U.S.", "The weather is better."]),
        ("Kick-off is at 3 p.m. on Saturday.", &["Kick-off is at 3 p.m. on Saturday."]),
        ("Kick-off is at 3 p.m. The gates open at noon.", &["Kick-off is at 3 p.m.", "The gates open at noon."]),
        ("The deal was agreed on Jan. 5 after talks.", &["The deal was agreed on Jan. 5 after talks."]),
        ("Sept. 11 was a Tuesday.", &["Sept. 11 was a Tuesday."]),
        ("T.J. Watt had two sacks. R.J. Barrett scored 20.", &["T.J. Watt had two sacks.", "R.J. Barrett scored 20."]),
        ("J. R. R. Tolkien was not at the game.", &["J. R. R. Tolkien was not at the game."]),
        ("It went to the third umpire, S. A. Persaud, who upheld it.", &["It went to the third umpire, S. A. Persaud, who upheld it."]),
        ("He stood at Gate B. A steward waved him in.", &["He stood at Gate B.", "A steward waved him in."]),
        ("A.B. de Villiers made a century.", &["A.B. de Villiers made a century."]),
        ("They were 287 for 4 after 44.2 overs.", &["They were 287 for 4 after 44.2 overs."]),
        ("He ran 9.58 seconds. Nobody has matched it.", &["He ran 9.58 seconds.", "Nobody has matched it."]),
        ("The gap was 2.4 seconds at the flag.", &["The gap was 2.4 seconds at the flag."]),
        ("He averaged 27.3 points per game last season.", &["He averaged 27.3 points per game last season."]),
        ("“We were poor,” he said. “Very poor.”", &["“We were poor,” he said.", "“Very poor.”"]),
        ("“Great win!” said Smith.", &["“Great win!” said Smith."]),
        ("“Great win!” Smith said.", &["“Great win!” Smith said."]),
        ("“Why not?” she asked. Nobody answered.", &["“Why not?” she asked.", "Nobody answered."]),
        ("“I hope and wish not. For me, it’s the ultimate,” he told Sky Sports.", &["“I hope and wish not.", "For me, it’s the ultimate,” he told Sky Sports."]),
        ("He called it “the worst penalty I’ve ever seen.” Then he left.", &["He called it “the worst penalty I’ve ever seen.”", "Then he left."]),
        ("\"We go again,\" Klopp said. \"Always.\"", &["\"We go again,\" Klopp said.", "\"Always.\""]),
        ("It was a 'day off', he said. Nobody laughed.", &["It was a 'day off', he said.", "Nobody laughed."]),
        ("Wait for it… and then he scored.", &["Wait for it… and then he scored."]),
        ("The lead grew… The crowd fell silent.", &["The lead grew…", "The crowd fell silent."]),
        ("It was close... But they held on.", &["It was close...", "But they held on."]),
        ("It was close... but they held on.", &["It was close... but they held on."]),
        ("What a goal! What a player!", &["What a goal!", "What a player!"]),
        ("Can they do it? Nobody knows.", &["Can they do it?", "Nobody knows."]),
        ("They won (again). Fans celebrated.", &["They won (again).", "Fans celebrated."]),
        ("They won. (Again.) Fans celebrated.", &["They won.", "(Again.)", "Fans celebrated."]),
        ("Gasperini called time on his stay. Roma await.", &["Gasperini called time on his stay.", "Roma await."]),
        ("Fourth in his first season. Third in 2019.", &["Fourth in his first season.", "Third in 2019."]),
        ("The final score was 3-0. Liverpool were stunned.", &["The final score was 3-0.", "Liverpool were stunned."]),
        ("Bayern Munich, Inc. and Ltd. are not clubs.", &["Bayern Munich, Inc. and Ltd. are not clubs."]),
        ("He signed for Acme Co. The deal is worth $5m.", &["He signed for Acme Co.", "The deal is worth $5m."]),
        ("Prof. Ruiz studies injuries.", &["Prof. Ruiz studies injuries."]),
        ("Gen. Patton would have approved.", &["Gen. Patton would have approved."]),
        ("The Lakers beat the Celtics 110-104. LeBron James had 30.", &["The Lakers beat the Celtics 110-104.", "LeBron James had 30."]),
        ("The Sixers (7-2) host Boston tonight.", &["The Sixers (7-2) host Boston tonight."]),
        ("Sinner won 7-5, 4-6, 6-3, 7-6 (8-6). It was his third title.", &["Sinner won 7-5, 4-6, 6-3, 7-6 (8-6).", "It was his third title."]),
        ("He had 12 pts. and 9 reb. in the win.", &["He had 12 pts. and 9 reb. in the win."]),
        ("Gasperini Leaving Atalanta Ends a Perfect Marriage", &["Gasperini Leaving Atalanta Ends a Perfect Marriage"]),
        ("Headline here\nThe first sentence. The second.", &["Headline here", "The first sentence.", "The second."]),
        ("He scored; they lost. It hurt.", &["He scored; they lost.", "It hurt."]),
        ("Bergamo has 120,000 people. It is small.", &["Bergamo has 120,000 people.", "It is small."]),
        ("She finished 35th. That was enough.", &["She finished 35th.", "That was enough."]),
        ("The ’90s were different. Everyone knew it.", &["The ’90s were different.", "Everyone knew it."]),
        ("O’Neill said no. O’Brien said yes.", &["O’Neill said no.", "O’Brien said yes."]),
        ("Mt. Everest is high. Ft. Worth is flat.", &["Mt. Everest is high.", "Ft. Worth is flat."]),
        ("He played for the L.A. Galaxy and D.C. United.", &["He played for the L.A. Galaxy and D.C. United."]),
        ("They met at 8:30 a.m. Tuesday at the ground.", &["They met at 8:30 a.m. Tuesday at the ground."]),
        ("The vote was 11-2 in favour. It passed.", &["The vote was 11-2 in favour.", "It passed."]),
        ("e.g. the 4-4-2, i.e. two strikers, etc. were discussed.", &["e.g. the 4-4-2, i.e. two strikers, etc. were discussed."]),
        ("“Defending makes you invincible, but if you want to win, you must attack. This sums it up,” he said in a 2020 interview.", &["“Defending makes you invincible, but if you want to win, you must attack.", "This sums it up,” he said in a 2020 interview."]),
        ("The 67-year-old will take over. He signs on Monday.", &["The 67-year-old will take over.", "He signs on Monday."]),
        ("Was it a penalty? “No chance,” said the referee.", &["Was it a penalty?", "“No chance,” said the referee."]),
        ("Rakow Częstochowa were swept aside. Sporting followed.", &["Rakow Częstochowa were swept aside.", "Sporting followed."]),
        ("“Mr. Ito told me to stop,” he said.", &["“Mr. Ito told me to stop,” he said."]),
        ("He thanked (Dr. Ruiz) for the help.", &["He thanked (Dr. Ruiz) for the help."]),
        ("Ødegaard scored. Çalhanoğlu replied.", &["Ødegaard scored.", "Çalhanoğlu replied."]),
        ("She lives in Washington, D.C. She trains daily.", &["She lives in Washington, D.C.", "She trains daily."]),
        ("It finished 1-1 — a fair result. Both sides agreed.", &["It finished 1-1 — a fair result.", "Both sides agreed."]),
        // Dates written day and month with stops, and a club's ordinal ("1. FC Köln").
        ("On Saturday 20. 3. Tatran beat 1. SC Vítkovice 6:5.", &["On Saturday 20. 3. Tatran beat 1. SC Vítkovice 6:5."]),
        ("The replay is on 14. 4. 2027 in Brno.", &["The replay is on 14. 4. 2027 in Brno."]),
        ("They lost on 20. 3. The hosts were better.", &["They lost on 20. 3.", "The hosts were better."]),
        ("1. FC Köln won 2-0 at home.", &["1. FC Köln won 2-0 at home."]),
        ("4. THE BLUE PRINT PREDICTOR", &["4.", "THE BLUE PRINT PREDICTOR"]),
        ("Matthias 16, Sauerbrei 5. DIKE-NEW HARTFORD: Kluesner 17.", &["Matthias 16, Sauerbrei 5.", "DIKE-NEW HARTFORD: Kluesner 17."]),
        ("He scored 5. NBA scouts were there.", &["He scored 5.", "NBA scouts were there."]),
        ("He wore 5. “I did not see it,” he said.", &["He wore 5.", "“I did not see it,” he said."]),
        ("It was 20. “3. FC Köln”, he said.", &["It was 20.", "“3. FC Köln”, he said."]),
        ("The gap is now 12. Nobody expected it.", &["The gap is now 12.", "Nobody expected it."]),
    ];

    proptest::proptest! {
        // The repairs look around stops at numbers, marks and letters of any width: none of
        // them may slice inside a character or panic.
        #[test]
        fn repairs_never_panic(text in "[0-9aA .“”‘’\"'é…!?\n-]{0,40}") {
            let spans = split_text(&text);
            for s in spans {
                proptest::prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            }
        }
    }

    fn sentences(text: &str) -> Vec<String> {
        split_text(text)
            .into_iter()
            .map(|s| text[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn corpus_pass_rate() {
        let mut failed = Vec::new();
        for (text, want) in CORPUS {
            let got = sentences(text);
            if got != *want {
                failed.push(format!("{text:?}\n   got  {got:?}\n   want {want:?}"));
            }
        }
        let passed = CORPUS.len() - failed.len();
        println!("sentence corpus: {passed}/{} pass", CORPUS.len());
        assert!(CORPUS.len() >= 60);
        assert!(
            failed.is_empty(),
            "{} failures:\n{}",
            failed.len(),
            failed.join("\n")
        );
    }
}
