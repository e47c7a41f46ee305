//! The word lists of the scores stage (`data/scores/*.tsv`), parsed once, and the token windows the
//! rules read: the few words before and after a score inside its sentence, matched against the
//! phrases of one category at a time.

use std::sync::LazyLock;

use crate::doc::Span;
use crate::extract::text::{word_hash, WordMap, WORD_BYTE};

/// The categories of `data/scores/context.tsv` (the file's header says what each means).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cat {
    WinVerb,
    LossVerb,
    DrawVerb,
    Versus,
    WinIntrans,
    LossIntrans,
    DrawIntrans,
    WinNoun,
    LossNoun,
    DrawNoun,
    NeutralNoun,
    LossMark,
    Inflict,
    LeadBefore,
    ScorerBefore,
    LeadAfter,
    TrailBefore,
    TrailAfter,
    LevelBefore,
    RunAfter,
    PeriodAfter,
    HalfAfter,
    HalfBefore,
    AggAfter,
    AggBefore,
    PensAfter,
    RunningAfter,
    FinalAfter,
    FinalBefore,
    Prep,
    Clause,
    NotBefore,
    NotAfter,
    RecordNear,
    Hypothetical,
    SamePair,
    TiebreakBefore,
    InningsRunningBefore,
    InningsRunningAfter,
    GolfRoundBefore,
    GolfTotalBefore,
    Card,
    StatVerb,
    StatSubject,
    TallyVerb,
    ServeFor,
    ListBefore,
    NotSide,
    InningsTotalBefore,
    BowlingBefore,
    ObjectFiller,
    Retire,
}

impl Cat {
    fn parse(s: &str) -> Option<Cat> {
        Some(match s {
            "win_verb" => Cat::WinVerb,
            "loss_verb" => Cat::LossVerb,
            "draw_verb" => Cat::DrawVerb,
            "versus" => Cat::Versus,
            "win_intrans" => Cat::WinIntrans,
            "loss_intrans" => Cat::LossIntrans,
            "draw_intrans" => Cat::DrawIntrans,
            "win_noun" => Cat::WinNoun,
            "loss_noun" => Cat::LossNoun,
            "draw_noun" => Cat::DrawNoun,
            "neutral_noun" => Cat::NeutralNoun,
            "loss_mark" => Cat::LossMark,
            "inflict" => Cat::Inflict,
            "lead_before" => Cat::LeadBefore,
            "scorer_before" => Cat::ScorerBefore,
            "lead_after" => Cat::LeadAfter,
            "trail_before" => Cat::TrailBefore,
            "trail_after" => Cat::TrailAfter,
            "level_before" => Cat::LevelBefore,
            "run_after" => Cat::RunAfter,
            "period_after" => Cat::PeriodAfter,
            "half_after" => Cat::HalfAfter,
            "half_before" => Cat::HalfBefore,
            "agg_after" => Cat::AggAfter,
            "agg_before" => Cat::AggBefore,
            "pens_after" => Cat::PensAfter,
            "running_after" => Cat::RunningAfter,
            "final_after" => Cat::FinalAfter,
            "final_before" => Cat::FinalBefore,
            "prep" => Cat::Prep,
            "clause" => Cat::Clause,
            "not_before" => Cat::NotBefore,
            "not_after" => Cat::NotAfter,
            "record_near" => Cat::RecordNear,
            "hypothetical" => Cat::Hypothetical,
            "same_pair" => Cat::SamePair,
            "tiebreak_before" => Cat::TiebreakBefore,
            "innings_running_before" => Cat::InningsRunningBefore,
            "innings_running_after" => Cat::InningsRunningAfter,
            "golf_round_before" => Cat::GolfRoundBefore,
            "golf_total_before" => Cat::GolfTotalBefore,
            "card" => Cat::Card,
            "stat_verb" => Cat::StatVerb,
            "stat_subject" => Cat::StatSubject,
            "tally_verb" => Cat::TallyVerb,
            "serve_for" => Cat::ServeFor,
            "list_before" => Cat::ListBefore,
            "not_side" => Cat::NotSide,
            "innings_total_before" => Cat::InningsTotalBefore,
            "bowling_before" => Cat::BowlingBefore,
            "object_filler" => Cat::ObjectFiller,
            "retire" => Cat::Retire,
            _ => return None,
        })
    }
}

struct Phrase {
    cat: Cat,
    /// The words after the first one.
    rest: Vec<String>,
    /// The `word_hash` of each word of `rest`: a window's tokens carry theirs, and most words of
    /// a window differ from a phrase's at the first integer compare.
    rest_keys: Vec<u64>,
}

/// The phrases that open with one word.
struct FirstWord {
    word: String,
    phrases: Vec<Phrase>,
    /// Where in `phrases` the one-word phrases are, ascending.
    single: Vec<u16>,
    /// Where in `phrases` the longer phrases are (ascending), by the `word_hash` of their second
    /// word: "in", "at" open dozens of phrases, and a window asks only those its next word fits.
    by_second: WordMap<Vec<u16>>,
}

impl FirstWord {
    /// The phrases that may start here when the next token's `word_hash` is `next` (`None`
    /// when no word follows), in file order.
    fn candidates(&self, next: Option<u64>) -> impl Iterator<Item = &Phrase> {
        let longer = next
            .and_then(|k| self.by_second.get(&k))
            .map_or(&[][..], Vec::as_slice);
        let (mut single, mut longer) = (self.single.as_slice(), longer);
        std::iter::from_fn(move || {
            let at = match (single.split_first(), longer.split_first()) {
                (Some((&a, rest)), Some((&b, _))) if a < b => {
                    single = rest;
                    a
                }
                (_, Some((&b, rest))) => {
                    longer = rest;
                    b
                }
                (Some((&a, rest)), None) => {
                    single = rest;
                    a
                }
                (None, None) => return None,
            };
            Some(&self.phrases[usize::from(at)])
        })
    }
}

/// Phrases indexed by their first word, keyed by its `word_hash` (a hit is confirmed on the
/// word itself, so a hash collision cannot make one).
pub struct Lexicon {
    by_first: WordMap<FirstWord>,
}

impl Lexicon {
    /// The phrases whose first word is `word` (folded), given its `word_hash`.
    fn first_word(&self, word: &str, key: u64) -> Option<&FirstWord> {
        self.by_first.get(&key).filter(|f| f.word == word)
    }

    /// The phrases whose first word is `word` (folded).
    fn phrases(&self, word: &str) -> Option<&[Phrase]> {
        self.first_word(word, word_hash(word.as_bytes()))
            .map(|f| f.phrases.as_slice())
    }
}

/// A quick test that a text may hold a phrase of one category: whether it holds a word that
/// opens one, ignoring ASCII case and not inside a longer word. It is never wrong when it says
/// no: a token is a whole run of word chars, folded to lower case (only the Kelvin sign folds to
/// an ASCII letter, 'k'), with `’` read as `'`, so a word with an apostrophe is looked for up to
/// it. When the category opens with any other word, the screen lets every text through.
pub struct OpenerScreen {
    /// The opening words (up to an apostrophe), and whether each is the whole word.
    openers: Option<(aho_corasick::AhoCorasick, Vec<bool>)>,
}

impl OpenerScreen {
    pub fn new(cat: Cat) -> OpenerScreen {
        let words: Vec<&str> = LEXICON
            .by_first
            .values()
            .filter(|f| f.phrases.iter().any(|p| p.cat == cat))
            .map(|f| f.word.as_str())
            .collect();
        let plain = |w: &&str| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| matches!(b, b'a'..=b'j' | b'l'..=b'z' | b'0'..=b'9' | b'-' | b'\''))
                && w.as_bytes()[0].is_ascii_alphanumeric()
        };
        if !words.iter().all(plain) {
            return OpenerScreen { openers: None };
        }
        let needles: Vec<&str> = words
            .iter()
            .map(|w| w.split('\'').next().unwrap_or(w))
            .collect();
        let whole: Vec<bool> = words.iter().map(|w| !w.contains('\'')).collect();
        let finder = aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&needles)
            .expect("opener screen");
        OpenerScreen {
            openers: Some((finder, whole)),
        }
    }

    /// False only when `text` holds no token that opens a phrase of the category.
    pub fn may_hold(&self, text: &str) -> bool {
        let Some((finder, whole)) = &self.openers else {
            return true;
        };
        let b = text.as_bytes();
        let alnum = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
        finder.find_overlapping_iter(text).any(|m| {
            (m.start() == 0 || !alnum(m.start() - 1))
                && (!whole[m.pattern().as_usize()] || !alnum(m.end()))
        })
    }
}

/// Tags a list of periods or sets gives the shoot-out that decided it: "(…, SO 7-6)",
/// "(…; shootout 2-1)" (`data/scores/shoot_out_tags.txt`, as written).
pub static SHOOT_OUT_TAGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::extract::text::data_lines(include_str!("../../../data/scores/shoot_out_tags.txt"))
        .collect()
});

/// The words that tag a game's parts inside the bracket after its result
/// (`data/scores/bracket_tags.txt`).
pub static BRACKET_TAGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    crate::extract::text::data_lines(include_str!("../../../data/scores/bracket_tags.txt"))
        .collect()
});

pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut by_first: WordMap<FirstWord> = WordMap::default();
    for line in include_str!("../../../data/scores/context.tsv").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let Some((cat, phrase)) = line.split_once('\t') else {
            continue;
        };
        let Some(cat) = Cat::parse(cat.trim()) else {
            continue;
        };
        let mut words = phrase.split_whitespace().map(fold);
        let Some(first) = words.next() else {
            continue;
        };
        let rest: Vec<String> = words.collect();
        by_first
            .entry(word_hash(first.as_bytes()))
            .or_insert_with(|| FirstWord {
                word: first,
                phrases: Vec::new(),
                single: Vec::new(),
                by_second: WordMap::default(),
            })
            .phrases
            .push(Phrase {
                cat,
                rest_keys: rest.iter().map(|w| word_hash(w.as_bytes())).collect(),
                rest,
            });
    }
    for first in by_first.values_mut() {
        for (i, p) in first.phrases.iter().enumerate() {
            let i = u16::try_from(i).expect("fewer phrases to a first word than u16 counts");
            match p.rest_keys.first() {
                None => first.single.push(i),
                Some(&second) => first.by_second.entry(second).or_default().push(i),
            }
        }
    }
    Lexicon { by_first }
});

/// Up to four words right before `pos`, nearest first, as slices of `text`; the scan stops at a
/// punctuation mark. No allocation: the sides are looked up this way for every mention.
pub fn words_before(text: &str, pos: usize) -> Vec4<'_> {
    let bytes = text.as_bytes();
    let word_byte = |b: u8| PHRASE_WORD_BYTE[usize::from(b)];
    let mut out = Vec4 {
        words: [""; 4],
        len: 0,
    };
    let mut j = pos;
    while out.len < 4 && j > 0 {
        let mut k = j;
        while k > 0 && !word_byte(bytes[k - 1]) {
            // (A line break ends the phrase too: a headline's last words govern nothing below.)
            if is_mark(bytes[k - 1] as char) || bytes[k - 1] == b'\n' {
                return out;
            }
            k -= 1;
        }
        let end = k;
        while k > 0 && word_byte(bytes[k - 1]) {
            k -= 1;
        }
        if k == end || !text.is_char_boundary(k) || !text.is_char_boundary(end) {
            return out;
        }
        // A dash of three bytes ("–", "—") counts as a mark too.
        let word = &text[k..end];
        if word.starts_with(['–', '—']) || word.ends_with(['–', '—']) {
            return out;
        }
        out.words[out.len] = word.trim_end_matches(['’', '\'']);
        out.len += 1;
        j = k;
    }
    out
}

/// At most four words, nearest first.
pub struct Vec4<'t> {
    words: [&'t str; 4],
    len: usize,
}

impl<'t> Vec4<'t> {
    /// The `i`-th word before the position (0 = the nearest), when there is one.
    pub fn get(&self, i: usize) -> Option<&'t str> {
        (i < self.len).then(|| self.words[i])
    }
}

/// True when `word` (any case) ends a phrase of a result verb category (win, loss or draw verb):
/// only then is the slower phrase check worth making.
pub fn ends_result_verb(word: &str) -> bool {
    folded_ends_result_verb(Word::folded(word).as_str())
}

/// `ends_result_verb` of a word already folded (a token's text).
pub fn folded_ends_result_verb(folded: &str) -> bool {
    static ENDS: LazyLock<crate::extract::text::FastSet<String>> = LazyLock::new(|| {
        let mut out = crate::extract::text::FastSet::default();
        for first in LEXICON.by_first.values() {
            for p in &first.phrases {
                if matches!(p.cat, Cat::WinVerb | Cat::LossVerb | Cat::DrawVerb) {
                    out.insert(p.rest.last().unwrap_or(&first.word).clone());
                }
            }
        }
        out
    });
    ENDS.contains(folded)
}

/// True when `word` (any case) is a clause word of the lexicon ("after", "when", "as").
pub fn is_clause_word(word: &str) -> bool {
    // The clause words by length: the backward scan for a clause start asks this of every word
    // before a score, and a length that no clause word has is ruled out at once.
    static BY_LEN: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
        let mut out = vec![Vec::new(); CLAUSE_WORD_MAX + 1];
        for first in LEXICON.by_first.values() {
            let clause = first
                .phrases
                .iter()
                .any(|p| p.cat == Cat::Clause && p.rest.is_empty());
            if clause && first.word.len() <= CLAUSE_WORD_MAX && first.word.is_ascii() {
                out[first.word.len()].push(first.word.clone());
            }
        }
        out
    });
    // (Only ASCII words can equal one of the ASCII clause words, ignoring ASCII case.)
    BY_LEN
        .get(word.len())
        .is_some_and(|ws| ws.iter().any(|w| w.eq_ignore_ascii_case(word)))
}

/// The longest word `is_clause_word` looks up.
const CLAUSE_WORD_MAX: usize = 16;

/// True when the folded `word` is a one-word phrase of `cat`.
pub fn is_word_of(cat: Cat, word: &str) -> bool {
    LEXICON
        .phrases(word)
        .is_some_and(|ps| ps.iter().any(|p| p.cat == cat && p.rest.is_empty()))
}

/// True when token `i` may stand between a result verb or preposition and its object side: an
/// object filler word ("top", "seed", "unranked"), or a piece of a ranking ("No. 3", "No 11",
/// "#4"): "stuns No. 3 South Carolina", "beaten by unranked Creighton".
pub fn object_filler_at(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let prev = |k: usize| i.checked_sub(k).map(|j| tokens[j].text.as_str());
    if t.punct {
        return t.text == "." && prev(1) == Some("no");
    }
    let digits = !t.text.is_empty() && t.text.bytes().all(|b| b.is_ascii_digit());
    let ranked = prev(1) == Some("no")
        || (prev(1) == Some(".") && prev(2) == Some("no"))
        || text[..t.span.start].ends_with('#');
    (digits && ranked) || is_word_of(Cat::ObjectFiller, &t.text)
}

/// Lower case, with the typographic apostrophe read as `'`.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        let mut s = word.to_string();
        s.make_ascii_lowercase();
        return s;
    }
    // (Char by char into a string of the right size; ASCII chars, most of any word, without
    // the Unicode case tables.)
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c == '’' {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// A folded word, kept inline when short (nearly every word of a sentence): the windows around
/// each score make many of them.
#[derive(Debug, Clone)]
pub enum Word {
    /// (An `ArrayString` is valid UTF-8 by construction: reading it costs no check.)
    Inline(arrayvec::ArrayString<INLINE>),
    Heap(String),
}

const INLINE: usize = 22;

impl Word {
    /// `fold(word)`, without a heap allocation for short ASCII words.
    pub fn folded(word: &str) -> Word {
        if word.is_ascii() {
            if let Ok(mut inline) = arrayvec::ArrayString::<INLINE>::from(word) {
                inline.make_ascii_lowercase();
                return Word::Inline(inline);
            }
        }
        Word::Heap(fold(word))
    }

    pub fn as_str(&self) -> &str {
        match self {
            Word::Inline(s) => s.as_str(),
            Word::Heap(s) => s,
        }
    }
}

impl std::ops::Deref for Word {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for Word {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Word {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A word or a punctuation mark of the sentence around a score.
#[derive(Debug, Clone)]
pub struct Token {
    pub span: Span,
    /// Folded text (`fold`); punctuation marks are their own text.
    pub text: Word,
    /// `word_hash` of `text`, for the phrase look-ups.
    key: u64,
    pub punct: bool,
}

impl Token {
    /// A token of folded `text` at `span`.
    fn new(span: Span, text: Word, punct: bool) -> Token {
        Token {
            span,
            key: word_hash(text.as_bytes()),
            text,
            punct,
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'
}

/// `is_word_char` of an ASCII byte (false for any byte of a longer char): a window's words are
/// swept a byte at a time, and only other chars are decoded.
fn is_ascii_word_byte(b: u8) -> bool {
    ASCII_WORD_BYTE[usize::from(b)]
}

/// `is_ascii_word_byte` by table (one load a byte where the tests were three).
static ASCII_WORD_BYTE: [bool; 256] = {
    let mut t = WORD_BYTE;
    t[b'\'' as usize] = true;
    t[b'-' as usize] = true;
    t
};

/// A byte of a word as the backward and forward clause scans read words: an ASCII letter or
/// digit, a hyphen, an apostrophe, or any byte of a non-ASCII char. By table: these scans go
/// byte by byte over every sentence a subject is looked for in.
pub static PHRASE_WORD_BYTE: [bool; 256] = {
    let mut t = ASCII_WORD_BYTE;
    let mut b = 0x80;
    while b < 256 {
        t[b] = true;
        b += 1;
    }
    t
};

/// `word` without the hyphens and apostrophes at its ends; a word that begins and ends with an
/// ASCII letter or digit (nearly every one) is returned without decoding a char.
fn trim_joiners(word: &str) -> &str {
    let b = word.as_bytes();
    let alnum = |x: Option<&u8>| x.is_some_and(|&x| WORD_BYTE[usize::from(x)]);
    if alnum(b.first()) && alnum(b.last()) {
        return word;
    }
    word.trim_matches(|c| c == '-' || c == '\'' || c == '’')
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        ',' | ';' | ':' | '(' | ')' | '—' | '–' | '.' | '!' | '?' | '·'
    )
}

/// Up to `n` tokens of `text[lo..pos]` nearest `pos`, in reading order.
/// Where the round bracket closing at byte `close` of `slice` opens, when it holds a country code
/// or a seed or an entry mark alone: "(EGY)", "(ENG)", "(3)", "(Q)" (a qualifier; "(WC)" and
/// "(LL)" read as codes), or a club's name.
fn code_bracket_before(slice: &str, close: usize) -> Option<usize> {
    let open = slice[..close].rfind('(')?;
    bracket_tag(&slice[open + 1..close]).then_some(open)
}

/// What a results line puts in brackets after a name: a country code, a seed, an entry mark or
/// a club's name ("ENG", "3", "Q", "Penarth Belle Vue").
pub fn bracket_tag(inside: &str) -> bool {
    let seed = ((1..=2).contains(&inside.len()) && inside.bytes().all(|b| b.is_ascii_digit()))
        || (inside.len() == 1 && inside.bytes().all(|b| b.is_ascii_uppercase()));
    country_code(inside) || seed || club_name(inside)
}

/// A club's name in brackets after a player's in a results line ("ap Iorwerth/Price-Davies
/// (Penarth Belle Vue) bt Morgan/Hughes (Presteigne) 21-18"): up to four capitalised words.
fn club_name(inside: &str) -> bool {
    let mut words = 0;
    for w in inside.split(' ') {
        words += 1;
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if words > 4
            || !capital
            || !w
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
        {
            return false;
        }
    }
    words > 0
}

/// The text between two sides of a fixture: a dash, or "v"/"vs" between spaces, with at most one
/// space each side ("Tappara–Ilves", "HIFK - Lukko", "Leeds v Burnley", "Leeds vs. Burnley"), or a
/// results widget's spaced middle dot ("Imoco Conegliano · ŁKS Łódź 3-0").
pub fn joins_fixture(gap: &str) -> bool {
    let core = gap.trim_matches(' ');
    if gap.len() - core.len() > 2 || gap.starts_with("  ") || gap.ends_with("  ") {
        return false;
    }
    match core {
        "–" | "-" | "—" => true,
        "·" => gap.starts_with(' ') && gap.ends_with(' '),
        "v" | "vs" | "vs." | "v." => gap.starts_with(' ') && gap.ends_with(' '),
        _ => false,
    }
}

/// A country code in brackets after a player: two or three capitals ("ENG", "EGY"), or three
/// letters in title case ("Chn", "NIr").
pub fn country_code(s: &str) -> bool {
    let b = s.as_bytes();
    // "ENG", "US"; snooker and darts write three letters in title case: "(Chn)", "(NIr)".
    ((2..=3).contains(&b.len()) && b.iter().all(u8::is_ascii_uppercase))
        || (b.len() == 3 && b[0].is_ascii_uppercase() && b.iter().all(u8::is_ascii_alphabetic))
}

/// `head` ends on a results line's abbreviated verb ("def.", "vs.", a wrestling bout's "dec."),
/// whose full stop is no mark: "Kostyleva def. Delorme-Hurst 30-27".
fn abbreviated_verb(head: &str) -> bool {
    let b = head.as_bytes();
    // ("d." of results notation in small letters only: "D." is someone's initial.)
    let d = b.ends_with(b"d") && (b.len() == 1 || !b[b.len() - 2].is_ascii_alphanumeric());
    d || ["def", "dec", "vs"].iter().any(|v| {
        b.len() >= v.len()
            && b[b.len() - v.len()..].eq_ignore_ascii_case(v.as_bytes())
            && (b.len() == v.len() || !b[b.len() - v.len() - 1].is_ascii_alphanumeric())
    })
}

pub fn tokens_before(text: &str, lo: usize, pos: usize, n: usize) -> Vec<Token> {
    let mut out = Vec::with_capacity(n);
    let mut end = pos;
    let slice = &text[lo..pos];
    let bytes = slice.as_bytes();
    // The char ending at byte `k` of `slice` and where it starts (ASCII without decoding).
    let char_before = |k: usize| -> Option<(usize, char)> {
        let b = *bytes.get(k.checked_sub(1)?)?;
        if b < 0x80 {
            Some((k - 1, char::from(b)))
        } else {
            let c = slice[..k].chars().next_back()?;
            Some((k - c.len_utf8(), c))
        }
    };
    // Chars before byte `k` of `slice` are still to read (from the last back).
    let mut k = bytes.len();
    while out.len() < n {
        let Some((i, c)) = char_before(k) else { break };
        let at = lo + i;
        if is_word_char(c) {
            k = i;
            loop {
                while k > 0 && is_ascii_word_byte(bytes[k - 1]) {
                    k -= 1;
                }
                match char_before(k) {
                    Some((j, d)) if !d.is_ascii() && is_word_char(d) => k = j,
                    _ => break,
                }
            }
            let start = lo + k;
            let word = trim_joiners(&text[start..end]);
            if !word.is_empty() {
                out.push(Token::new(Span::new(start, end), Word::folded(word), false));
            }
            end = start;
        } else {
            k = i;
            if c == ')' {
                if let Some(open) = code_bracket_before(slice, i) {
                    // A country code or a seed after a name ("Y Abdelrahman (EGY) bt
                    // E Cartwright (ENG) 11-7"): read the line as if it were not there.
                    k = k.min(open);
                    end = lo + open;
                    continue;
                }
            }
            if is_mark(c) && !(c == '.' && abbreviated_verb(&text[..at])) {
                out.push(Token::new(
                    Span::new(at, at + c.len_utf8()),
                    Word::folded(c.encode_utf8(&mut [0u8; 4])),
                    true,
                ));
            }
            end = at;
        }
    }
    out.reverse();
    out
}

/// Up to `n` tokens of `text[pos..hi]`, in reading order.
pub fn tokens_after(text: &str, pos: usize, hi: usize, n: usize) -> Vec<Token> {
    let mut out = Vec::with_capacity(n);
    let slice = &text[pos..hi];
    let bytes = slice.as_bytes();
    // The char at byte `k` of `slice` (ASCII without decoding).
    let char_at = |k: usize| -> Option<char> {
        let b = *bytes.get(k)?;
        if b < 0x80 {
            Some(char::from(b))
        } else {
            slice[k..].chars().next()
        }
    };
    // Chars from byte `k` of `slice` on are still to read.
    let mut k = 0;
    while out.len() < n {
        let Some(c) = char_at(k) else { break };
        let at = pos + k;
        if is_word_char(c) {
            loop {
                while k < bytes.len() && is_ascii_word_byte(bytes[k]) {
                    k += 1;
                }
                match char_at(k) {
                    Some(d) if !d.is_ascii() && is_word_char(d) => k += d.len_utf8(),
                    _ => break,
                }
            }
            let end = pos + k;
            let word = trim_joiners(&text[at..end]);
            if !word.is_empty() {
                out.push(Token::new(Span::new(at, end), Word::folded(word), false));
            }
        } else {
            k += c.len_utf8();
            if is_mark(c) && !(c == '.' && abbreviated_verb(&text[..at])) {
                out.push(Token::new(
                    Span::new(at, at + c.len_utf8()),
                    Word::folded(c.encode_utf8(&mut [0u8; 4])),
                    true,
                ));
            }
        }
    }
    out
}

/// One phrase found in a token window: tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub cat: Cat,
    pub start: usize,
    pub end: usize,
}

/// Every phrase of the lexicon inside `tokens`.
pub fn hits(tokens: &[Token]) -> Vec<Hit> {
    let lex = &*LEXICON;
    // (Room for a phrase a token from the start: most windows hold several, and growing from
    // empty would reallocate once or twice a window.)
    let mut out = Vec::with_capacity(tokens.len());
    for (i, t) in tokens.iter().enumerate() {
        let word = t.text.as_str();
        if t.punct && word != ";" {
            continue;
        }
        let Some(first) = lex.first_word(word, t.key) else {
            continue;
        };
        // (A phrase goes on only over words.)
        let next = tokens.get(i + 1).filter(|n| !n.punct).map(|n| n.key);
        for p in first.candidates(next) {
            let end = i + 1 + p.rest.len();
            if end > tokens.len() {
                continue;
            }
            let following = &tokens[i + 1..end];
            let same = p
                .rest_keys
                .iter()
                .zip(following)
                .all(|(&k, t)| !t.punct && k == t.key)
                && p.rest
                    .iter()
                    .zip(following)
                    .all(|(w, t)| w.as_str() == t.text.as_str());
            if same {
                out.push(Hit {
                    cat: p.cat,
                    start: i,
                    end,
                });
            }
        }
    }
    out
}

/// The tokens before a score and the phrases among them.
pub struct Before {
    pub tokens: Vec<Token>,
    pub hits: Vec<Hit>,
}

impl Before {
    pub fn new(text: &str, lo: usize, pos: usize, n: usize) -> Before {
        Before::of_tokens(tokens_before(text, lo, pos, n))
    }

    /// The phrases among `tokens` (from `tokens_before`), which a caller may have looked at first.
    pub fn of_tokens(tokens: Vec<Token>) -> Before {
        let hits = hits(&tokens);
        Before { tokens, hits }
    }

    /// The longest phrase of `cat` that ends exactly `gap` tokens before the score.
    pub fn ending(&self, cat: Cat, gap: usize) -> Option<Hit> {
        let want = self.tokens.len().checked_sub(gap)?;
        self.hits
            .iter()
            .filter(|h| h.cat == cat && h.end == want)
            .max_by_key(|h| h.end - h.start)
            .copied()
    }

    /// The nearest phrase of `cat` ending at most `max_gap` tokens before the score, with only
    /// words (no punctuation) between it and the score.
    pub fn near(&self, cat: Cat, max_gap: usize) -> Option<Hit> {
        (0..=max_gap).find_map(|gap| {
            let hit = self.ending(cat, gap)?;
            let clean = self.tokens[hit.end..].iter().all(|t| !t.punct);
            clean.then_some(hit)
        })
    }

    /// As `near`, letting a colon stand between ("Tiebreak: Dall'Acqua 4-1").
    pub fn near_marked(&self, cat: Cat, max_gap: usize) -> Option<Hit> {
        (0..=max_gap).find_map(|gap| {
            let hit = self.ending(cat, gap)?;
            let clean = self.tokens[hit.end..]
                .iter()
                .all(|t| !t.punct || t.text == ":");
            clean.then_some(hit)
        })
    }

    /// Byte position where the token `i` starts.
    pub fn pos(&self, i: usize) -> usize {
        self.tokens[i].span.start
    }
}

/// The tokens after a score and the phrases among them.
pub struct After {
    pub tokens: Vec<Token>,
    pub hits: Vec<Hit>,
}

impl After {
    pub fn new(text: &str, pos: usize, hi: usize, n: usize) -> After {
        let tokens = tokens_after(text, pos, hi, n);
        let mut hits = hits(&tokens);
        // ("took the nightcap 4-2 behind a four-run sixth", "15-13 behind some slick
        // feeding", "behind 28 points from Ruiz": "behind" what brought it, no trailing side.)
        hits.retain(|h| {
            !(h.cat == Cat::TrailAfter
                && tokens[h.start..h.end]
                    .last()
                    .is_some_and(|t| t.text == "behind")
                && tokens.get(h.end).is_some_and(|t| {
                    t.text.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(
                            t.text.as_str(),
                            "a" | "an"
                                | "his"
                                | "her"
                                | "their"
                                | "its"
                                | "our"
                                | "some"
                                | "several"
                                | "another"
                        )
                }))
        });
        After { tokens, hits }
    }

    /// The longest phrase of `cat` starting at token `at`.
    pub fn starting(&self, cat: Cat, at: usize) -> Option<Hit> {
        self.hits
            .iter()
            .filter(|h| h.cat == cat && h.start == at)
            .max_by_key(|h| h.end - h.start)
            .copied()
    }

    /// The nearest phrase of `cat` starting at most `max_at` tokens after the score, with only
    /// words between.
    pub fn near(&self, cat: Cat, max_at: usize) -> Option<Hit> {
        (0..=max_at).find_map(|at| {
            let hit = self.starting(cat, at)?;
            let clean = self.tokens[..at].iter().all(|t| !t.punct);
            clean.then_some(hit)
        })
    }

    /// The texts of the first `n` tokens (fewer where the window is shorter).
    pub fn first_texts(&self, n: usize) -> Vec<&str> {
        self.tokens
            .iter()
            .take(n)
            .map(|t| t.text.as_str())
            .collect()
    }

    pub fn first_word(&self) -> Option<&str> {
        self.tokens
            .first()
            .filter(|t| !t.punct)
            .map(|t| t.text.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_byte_tables_answer_as_the_tests_they_replace() {
        for b in 0..=255u8 {
            let ascii = b.is_ascii_alphanumeric() || b == b'\'' || b == b'-';
            assert_eq!(is_ascii_word_byte(b), ascii, "{b}");
            assert_eq!(PHRASE_WORD_BYTE[usize::from(b)], ascii || b >= 0x80, "{b}");
        }
    }

    #[test]
    fn a_short_window_is_the_end_of_a_long_one() {
        // `Sides::contests` reads one token first and six only when that one may end a verb.
        for text in [
            "Boston led 61-55 at half-time, and then won.",
            "Y Abdelrahman (EGY) bt E Cartwright (ENG) 11-7",
            "Rose City beat top seed Victoria",
            "“He’s back,” said O’Neill — Kraków won…",
            "def. Smith; vs. Jones d. Brown",
            "",
            "  ,, ",
        ] {
            for pos in (0..=text.len()).filter(|&p| text.is_char_boundary(p)) {
                let long = tokens_before(text, 0, pos, 6);
                let short = tokens_before(text, 0, pos, 1);
                let key = |t: &Token| (t.span, t.text.to_string(), t.punct);
                assert_eq!(
                    short.iter().map(key).collect::<Vec<_>>(),
                    long.last().map(key).into_iter().collect::<Vec<_>>(),
                    "{text:?} at {pos}"
                );
            }
        }
    }

    #[test]
    fn fixture_joins() {
        for gap in ["–", "-", " - ", " – ", " v ", " vs ", " vs. ", "- "] {
            assert!(joins_fixture(gap), "{gap:?}");
        }
        for gap in ["v", " v", "  -  ", " and ", ", ", " ", ""] {
            assert!(!joins_fixture(gap), "{gap:?}");
        }
    }

    #[test]
    fn windows_read_words_and_marks() {
        let text = "Boston led 61-55 at half-time, and then won.";
        let pos = text.find("61").unwrap();
        let before = tokens_before(text, 0, pos, 5);
        let words: Vec<&str> = before.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(words, ["boston", "led"]);
        let end = pos + "61-55".len();
        let after = After::new(text, end, text.len(), 6);
        let words: Vec<&str> = after.tokens.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(words, ["at", "half-time", ",", "and", "then", "won"]);
        assert!(after.near(Cat::HalfAfter, 0).is_some());
    }

    #[test]
    fn the_opener_screen_passes_every_text_holding_an_opener() {
        let screen = OpenerScreen::new(Cat::Card);
        for text in [
            "The judges’ cards read 116-112.",
            "Smith won by UD, 96-94.",
            "All three judges scored it 58-56",
            "(a split decision)",
        ] {
            assert!(screen.may_hold(text), "{text}");
            let whole = Before::new(text, 0, text.len(), 60);
            assert!(whole.hits.iter().any(|h| h.cat == Cat::Card), "{text}");
        }
        for text in ["He could not hold on, 2-1.", "Cardiff won 3-1 at Judd Park"] {
            assert!(!screen.may_hold(text), "{text}");
        }
    }

    #[test]
    fn phrases_prefer_the_longest() {
        let text = "the Denver Nuggets held off the Kings";
        let b = Before::new(text, 0, text.find(" the Kings").unwrap(), 6);
        let hit = b.near(Cat::WinVerb, 0).unwrap();
        assert_eq!(hit.end - hit.start, 2);
    }
}
