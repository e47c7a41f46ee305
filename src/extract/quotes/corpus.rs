//! The corpus of the quote stage (Duckling style): positive cases (a text, the people the entity
//! stage would find in it, and one expected quote with its speaker, cue and kind) and negative
//! cases (apostrophes that must pair with nothing, labels that must not become speech). Texts are
//! written for this corpus; people are given as `Name|Alias;Name2`, and their mentions are found by
//! plain search, as the entity stage would report them.

use super::extract;
use crate::doc::{ArticleMeta, Doc, Entity, EntityType, QuoteFact, QuoteKind, Span};
use crate::sentences;

/// A document with sentences and the given people as entities.
pub(super) fn doc_with_people(text: &str, people: &str) -> Doc {
    let mut doc = Doc::from_body(text.to_string(), ArticleMeta::default());
    doc.sentences = sentences::split(&doc);
    doc.entities = find_people(&doc.body, people);
    doc
}

/// Person entities with every mention of their names (longest name first, no overlaps).
pub(super) fn find_people(body: &str, people: &str) -> Vec<Entity> {
    let mut claimed: Vec<Span> = Vec::new();
    let mut out = Vec::new();
    let specs: Vec<Vec<&str>> = people
        .split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| p.split('|').map(str::trim).collect())
        .collect();
    let mut forms: Vec<(usize, &str)> = specs
        .iter()
        .enumerate()
        .flat_map(|(i, names)| names.iter().map(move |n| (i, *n)))
        .collect();
    forms.sort_by_key(|(_, n)| std::cmp::Reverse(n.len()));
    let mut mentions: Vec<Vec<Span>> = vec![Vec::new(); specs.len()];
    for (i, form) in forms {
        let mut from = 0;
        while let Some(pos) = body[from..].find(form) {
            let start = from + pos;
            let end = start + form.len();
            from = end;
            let before_ok = body[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = body[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            let span = Span::new(start, end);
            if before_ok && after_ok && !claimed.iter().any(|c| c.overlaps(span)) {
                claimed.push(span);
                mentions[i].push(span);
            }
        }
    }
    for (i, names) in specs.iter().enumerate() {
        let mut m = std::mem::take(&mut mentions[i]);
        m.sort();
        out.push(Entity {
            name: names[0].to_string(),
            kind: EntityType::Person,
            aliases: names[1..].iter().map(|s| s.to_string()).collect(),
            mentions: m,
            role: None,
            sport: None,
            country: None,
            members: Vec::new(),
        });
    }
    out
}

/// One expected quote: text inside the marks, speaker (entity name or speaker text, "" for none),
/// cue ("" for none), kind.
struct Case {
    text: &'static str,
    people: &'static str,
    quote: &'static str,
    speaker: &'static str,
    cue: &'static str,
    kind: QuoteKind,
}

const SPEECH: QuoteKind = QuoteKind::Speech;
const PARTIAL: QuoteKind = QuoteKind::Partial;
const SCARE: QuoteKind = QuoteKind::Scare;

macro_rules! case {
    ($text:expr, $people:expr, $quote:expr, $speaker:expr, $cue:expr, $kind:expr) => {
        Case {
            text: $text,
            people: $people,
            quote: $quote,
            speaker: $speaker,
            cue: $cue,
            kind: $kind,
        }
    };
}

#[rustfmt::skip]
const POSITIVE: &[Case] = &[
    // Attribution after the quote.
    case!("“We were brilliant today,” Smith said.", "John Smith|Smith", "We were brilliant today,", "John Smith", "said", SPEECH),
    case!("“It was a tough night,” said Jones.", "Mark Jones|Jones", "It was a tough night,", "Mark Jones", "said", SPEECH),
    case!("“It was a special night,” Nuggets coach Tom Baker said.", "Tom Baker", "It was a special night,", "Tom Baker", "said", SPEECH),
    case!("Lee Park takes over. “It was not about one result,” sporting director Ana Ruiz said.", "Lee Park;Ana Ruiz", "It was not about one result,", "Ana Ruiz", "said", SPEECH),
    case!("“We had to act,” general manager Dale Whit said on Monday.", "Dale Whit", "We had to act,", "Dale Whit", "said", SPEECH),
    case!("“He is a fighter,” Wilson said of his captain.", "Ray Wilson|Wilson", "He is a fighter,", "Ray Wilson", "said", SPEECH),
    case!("“We were poor,” Grant has admitted.", "Ali Grant|Grant", "We were poor,", "Ali Grant", "admitted", SPEECH),
    case!("“Why not us?” Vidal asked.", "Arturo Vidal|Vidal", "Why not us?", "Arturo Vidal", "asked", SPEECH),
    case!("“What a goal!” shouted Patel.", "Dev Patel|Patel", "What a goal!", "Dev Patel", "shouted", SPEECH),
    case!("“We started slowly. Then we found our rhythm. That pleases me,” Moss said.", "Jon Moss|Moss", "We started slowly. Then we found our rhythm. That pleases me,", "Jon Moss", "said", SPEECH),
    case!("“Nobody expected this” — Okafor", "Chidi Okafor|Okafor", "Nobody expected this", "Chidi Okafor", "", SPEECH),
    case!("“Nobody gave up,” said the Vale manager, Gareth Lloyd.", "Gareth Lloyd", "Nobody gave up,", "Gareth Lloyd", "said", SPEECH),
    case!("“We stayed calm,” said Bath’s director of rugby, Piet Joubert.", "Piet Joubert", "We stayed calm,", "Piet Joubert", "said", SPEECH),
    case!("“We were poor for an hour,” said Ross, whose side face Lyon on Thursday.", "Dan Ross|Ross", "We were poor for an hour,", "Dan Ross", "said", SPEECH),
    case!("Lukas Weber finished second. “I gave everything,” the German said.", "Lukas Weber|Weber", "I gave everything,", "Lukas Weber", "said", SPEECH),
    case!("Sara Lind retired on Friday. “It is time,” the 34-year-old said.", "Sara Lind|Lind", "It is time,", "Sara Lind", "said", SPEECH),
    case!("Mia Chen won in straight sets. “I played my best tennis,” she said.", "Mia Chen|Chen", "I played my best tennis,", "Mia Chen", "said", SPEECH),
    case!("Anna Kowalski won the sprint. “I feel great,” she told reporters.", "Anna Kowalski", "I feel great,", "Anna Kowalski", "told", SPEECH),
    case!("Marco Rossi was philosophical. “That is football,” he told Sky Sports after the game.", "Marco Rossi", "That is football,", "Marco Rossi", "told", SPEECH),
    case!("“Box this lap,” Hamilton said on team radio.", "Lewis Hamilton|Hamilton", "Box this lap,", "Lewis Hamilton", "said", SPEECH),
    case!("“And we will win,” he went on. Before that, Cole Evans had spoken about the draw.", "Cole Evans|Evans", "And we will win,", "Cole Evans", "went on", SPEECH),
    case!("The injury is “nothing serious,” according to coach Lena Berg.", "Lena Berg", "nothing serious,", "Lena Berg", "according to", PARTIAL),
    // Attribution before the quote.
    case!("Lopez said: “We move on.”", "Raul Lopez|Lopez", "We move on.", "Raul Lopez", "said", SPEECH),
    case!("Carter told the Daily Record: “I am not going anywhere.”", "Ben Carter|Carter", "I am not going anywhere.", "Ben Carter", "told", SPEECH),
    case!("Petrov: “We will be back.”", "Ivan Petrov|Petrov", "We will be back.", "Ivan Petrov", "", SPEECH),
    case!("Ferguson: “We go again”", "Alex Ferguson|Ferguson", "We go again", "Alex Ferguson", "", SPEECH),
    case!("Tom Reed was frustrated. After the match he said, “We were unlucky.”", "Tom Reed", "We were unlucky.", "Tom Reed", "said", SPEECH),
    case!("Lara Price, the former champion, on BBC Radio 5 Live: “That was the turning point.”", "Lara Price", "That was the turning point.", "Lara Price", "", SPEECH),
    case!("Rivera, who joined in May, welcomed her new teammate, posting on Instagram: “Let’s go!”", "Ana Rivera|Rivera", "Let’s go!", "Ana Rivera", "posting", SPEECH),
    case!("Holt said: “The result flatters us.” Asked whether referee Dan Frost had erred, he added: “I never talk about referees.”", "Mike Holt|Holt;Dan Frost", "I never talk about referees.", "Mike Holt", "added", SPEECH),
    case!("A club spokesperson said: “The matter is closed.”", "", "The matter is closed.", "A club spokesperson", "said", SPEECH),
    case!("“We are investigating,” said a league official.", "", "We are investigating,", "a league official", "said", SPEECH),
    case!("“We will review it,” the coach said.", "", "We will review it,", "the coach", "said", SPEECH),
    case!("Gasparov’s assistant said: “The boss is happy.”", "Ilya Gasparov|Gasparov", "The boss is happy.", "Gasparov’s assistant", "said", SPEECH),
    // Names the entity stage missed go to speaker_text.
    case!("“We deserved it,” said Wild coach Rick Dane.", "", "We deserved it,", "Rick Dane", "said", SPEECH),
    case!("Lancashire coach Peter Gray said: “We fought.”", "", "We fought.", "Peter Gray", "said", SPEECH),
    case!("“Nobody gave up,” said the Vale manager, Gareth Lloyd.", "", "Nobody gave up,", "Gareth Lloyd", "said", SPEECH),
    // Partial quotes inside the writer's sentence.
    case!("Diaz once relayed that training was a ‘day off’ compared with Madrid.", "Carlos Diaz|Diaz", "day off", "Carlos Diaz", "relayed", PARTIAL),
    case!("Park once relayed that camp was a ‘holiday’, while Kim stated sessions would ‘break anyone’.", "Ji-sung Park|Park;Min-jae Kim|Kim", "holiday", "Ji-sung Park", "relayed", PARTIAL),
    case!("Park once relayed that camp was a ‘holiday’, while Kim stated sessions would ‘break anyone’.", "Ji-sung Park|Park;Min-jae Kim|Kim", "break anyone", "Min-jae Kim", "stated", PARTIAL),
    case!("Moreno is blunt. He criticised Vega after the match, labelling him “the laziest player I have coached.”", "Luis Moreno|Moreno;Pablo Vega|Vega", "the laziest player I have coached.", "Luis Moreno", "labelling", PARTIAL),
    case!("In a farewell letter, Ortiz wrote about “ten unforgettable years” at the club.", "Jon Ortiz|Ortiz", "ten unforgettable years", "Jon Ortiz", "wrote", PARTIAL),
    case!("Novak, who joined from Ajax last summer, said the team was “in a good place”.", "Erik Novak|Novak", "in a good place", "Erik Novak", "said", PARTIAL),
    case!("Their coach, Ruth Mbeki, told Radio Sport the side would “fight to the end”.", "Ruth Mbeki", "fight to the end", "Ruth Mbeki", "told", PARTIAL),
    case!("Silva called the decision “a joke” and said the referee had “lost control of the game”.", "Rui Silva|Silva", "a joke", "Rui Silva", "called", PARTIAL),
    case!("Silva called the decision “a joke” and said the referee had “lost control of the game”.", "Rui Silva|Silva", "lost control of the game", "Rui Silva", "said", PARTIAL),
    case!("Ibrahim described the pitch as “a disgrace”.", "Sami Ibrahim|Ibrahim", "a disgrace", "Sami Ibrahim", "described", PARTIAL),
    case!("Ward called the performance “unacceptable”.", "Jim Ward|Ward", "unacceptable", "Jim Ward", "called", PARTIAL),
    case!("Lee insisted his side would “not panic”.", "Dong Lee|Lee", "not panic", "Dong Lee", "insisted", PARTIAL),
    case!("Davies said “we must improve” before leaving.", "Ben Davies|Davies", "we must improve", "Ben Davies", "said", PARTIAL),
    case!("Kane praised Bell. Bell, he added, “deserved the goal.”", "Harry Kane|Kane;Tom Bell|Bell", "deserved the goal.", "Harry Kane", "added", PARTIAL),
    case!("Brand’s agent was heard telling him to “stay calm”.", "Leo Brand|Brand", "stay calm", "Brand’s agent", "telling", PARTIAL),
    case!("Rob Hart’s side lost again. The Rovers manager also felt the referee had been “far too lenient”.", "Rob Hart|Hart", "far too lenient", "Rob Hart", "felt", PARTIAL),
    // A speech verb inside the reported clause is not the speaker's: "X said the kick felt “…”".
    case!("Van Dam, who was cut in August, said the kick felt “like any other one”.", "Harry Van Dam|Van Dam", "like any other one", "Harry Van Dam", "said", PARTIAL),
    case!("Lena Ost was content. She added that her legs felt “better than in spring” before the stage.", "Lena Ost|Ost", "better than in spring", "Lena Ost", "added", PARTIAL),
    // A speaker whose surname the entity stage typed as something else (a club "Santos").
    case!("Ana dos Santos was injured. Dos Santos, who joined in May, was quick to welcome her, posting on Instagram: “Welcome, sister!”", "Ana dos Santos", "Welcome, sister!", "Ana dos Santos", "posting", SPEECH),
    // Interrupted speech, headlines, adverbs, sloppy spacing, the writer.
    case!("“We were good,” Smith said, “but not good enough.”", "John Smith|Smith", "but not good enough.", "John Smith", "said", SPEECH),
    case!("‘We will fight on’: Hughes defiant after relegation", "Mark Hughes|Hughes", "We will fight on", "Mark Hughes", "", SPEECH),
    case!("‘We will be back’ - Lorenzo vows revenge", "", "We will be back", "Lorenzo", "vows", SPEECH),
    case!("Critics have long described his side as “a pressing machine that never sleeps”.", "", "a pressing machine that never sleeps", "Critics", "described", PARTIAL),
    case!("Ruiz bluntly told reporters the display was “not acceptable at this level”.", "Pep Ruiz|Ruiz", "not acceptable at this level", "Pep Ruiz", "told", PARTIAL),
    case!("Ruiz said:“We go again on Sunday.”", "Pep Ruiz|Ruiz", "We go again on Sunday.", "Pep Ruiz", "said", SPEECH),
    case!("“You are dropped,” I told him on the phone.", "", "You are dropped,", "I", "told", SPEECH),
    case!("Kerr spoke to reporters on Monday.\n\nThe Scot said:\n\n“We are ready for anything now.”", "Ian Kerr|Kerr", "We are ready for anything now.", "Ian Kerr", "", SPEECH),
    case!("“It is a dream,” the Arsenal striker told BBC Sport. Earlier, Nia Ford had scored twice.", "Nia Ford|Ford", "It is a dream,", "Nia Ford", "told", SPEECH),
    case!("“We will study it,” said the club in a statement.", "", "We will study it,", "the club", "said", SPEECH),
    case!("Nolan, 38, said she was “honoured” to be asked.", "Sarah Nolan|Nolan", "honoured", "Sarah Nolan", "said", PARTIAL),
    case!("In a statement, the club said: 'We wish him well for the future.'", "", "We wish him well for the future.", "the club", "said", SPEECH),
    case!("Arsenal said: “The player has a hamstring strain.”", "", "The player has a hamstring strain.", "Arsenal", "said", SPEECH),
    case!("Butker, asked about the pressure, shrugged: “It's my job.”", "Harrison Butker|Butker", "It's my job.", "Harrison Butker", "", SPEECH),
    case!("Okafor was quoted as saying the club had “lost its way”.", "Chidi Okafor|Okafor", "lost its way", "Chidi Okafor", "saying", PARTIAL),
    case!("“We are close,” Kane said in an interview with The Athletic.", "Harry Kane|Kane", "We are close,", "Harry Kane", "said", SPEECH),
    // Pronouns agree with what the article says of each person.
    case!("Maria Lopez watched her side win. Tom Hale scored his second goal late on. “He was outstanding,” she said.", "Maria Lopez|Lopez;Tom Hale|Hale", "He was outstanding,", "Maria Lopez", "said", SPEECH),
    case!("Mr Grant was furious. Ms Okafor, his assistant, stayed calm. “We lost our heads,” he said.", "Ali Grant|Grant;Ada Okafor|Okafor", "We lost our heads,", "Ali Grant", "said", SPEECH),
    case!("Lucia Ortiz and Ben Kerr won. Kerr praised his partner. Ortiz laughed when told of his comments. “He is modest,” she said.", "Lucia Ortiz|Ortiz;Ben Kerr|Kerr", "He is modest,", "Lucia Ortiz", "said", SPEECH),
    case!("After Lowe said he would stay, “We are delighted,” the club said.", "Tom Lowe|Lowe", "We are delighted,", "the club", "said", SPEECH),
    // Several paragraphs, inheritance, nesting.
    case!("“First paragraph here.\n\n“Second paragraph ends,” Hale said.", "Nick Hale|Hale", "First paragraph here.\n\n“Second paragraph ends,", "Nick Hale", "said", SPEECH),
    case!("Grant spoke after the race.\n\n“It was hard.\n\n“But we did it.”", "Ali Grant|Grant", "It was hard.\n\n“But we did it.", "Ali Grant", "", SPEECH),
    case!("“We won,” Adams said. “Now we rest.”", "Tony Adams|Adams", "Now we rest.", "Tony Adams", "", SPEECH),
    case!("“We won,” Adams said.\n\n“Now we rest and go again next week.”", "Tony Adams|Adams", "Now we rest and go again next week.", "Tony Adams", "", SPEECH),
    case!("“We won,” Adams said. Baker disagreed.\n\n“It was luck and nothing else.”", "Tony Adams|Adams;Sam Baker|Baker", "It was luck and nothing else.", "Sam Baker", "", SPEECH),
    case!("“He told me ‘you start tomorrow’, and I could not sleep,” Reyes said.", "Jesus Reyes|Reyes", "He told me ‘you start tomorrow’, and I could not sleep,", "Jesus Reyes", "said", SPEECH),
    case!("Rain fell all day. “We adapted,” Cole said.", "Ashley Cole|Cole", "We adapted,", "Ashley Cole", "said", SPEECH),
    // Other marks and apostrophes inside quotes.
    case!("\"We stick together,\" Brooks said.", "Sam Brooks|Brooks", "We stick together,", "Sam Brooks", "said", SPEECH),
    case!("'Patience is everything,' Hughes said.", "Mark Hughes|Hughes", "Patience is everything,", "Mark Hughes", "said", SPEECH),
    case!("‘I’m delighted,’ Clarke said. ‘The lads’ effort was superb.’", "Kate Clarke|Clarke", "The lads’ effort was superb.", "Kate Clarke", "", SPEECH),
    case!("«We gave everything», Dubois said.", "Luc Dubois|Dubois", "We gave everything", "Luc Dubois", "said", SPEECH),
    case!("„Wir sind zurück“, said Müller.", "Thomas Müller|Müller", "Wir sind zurück", "Thomas Müller", "said", SPEECH),
    case!("“It’s the players’ night, not mine,” Ortega said.", "Ana Ortega|Ortega", "It’s the players’ night, not mine,", "Ana Ortega", "said", SPEECH),
    case!("‘That was rock ’n’ roll football,’ Kemp said.", "Ross Kemp|Kemp", "That was rock ’n’ roll football,", "Ross Kemp", "said", SPEECH),
    case!("‘We wasn’ good enough,’ Dean said.", "Mike Dean|Dean", "We wasn’ good enough,", "Mike Dean", "said", SPEECH),
    case!("The fans’ ‘Barmy Army’ sang all day. “We heard them,” Root said.", "Joe Root|Root", "We heard them,", "Joe Root", "said", SPEECH),
    case!("Ellis’ homer won it. ‘I just swung,’ Ellis said.", "Marcus Ellis|Ellis", "I just swung,", "Marcus Ellis", "said", SPEECH),
];

/// The labels a negative case may yield (kind scare, no speaker); empty when it has no quote.
struct Negative {
    text: &'static str,
    people: &'static str,
    scare: &'static [&'static str],
}

macro_rules! neg {
    ($text:expr, $people:expr, [$($s:expr),*]) => {
        Negative { text: $text, people: $people, scare: &[$($s),*] }
    };
}

#[rustfmt::skip]
const NEGATIVE: &[Negative] = &[
    // Apostrophes pair with nothing.
    neg!("It wasn’t Atalanta’s night.", "", []),
    neg!("Fans of the ’90s side remember O’Neill.", "", []),
    neg!("It was rock ’n’ roll football from the players’ union.", "", []),
    neg!("But that wasn’ the case for Ellis’ team.", "", []),
    neg!("The ‘90s were kind to them.", "", []),
    neg!("Hayes' successor faces the players' wrath.", "", []),
    neg!("He stood 6' 2\" tall in his socks.", "", []),
    neg!("Apostrophes everywhere: rock ’n’ roll, ’em, ’til dawn.", "", []),
    neg!("It’s the club’s 125th year and its fans’ favourite.", "", []),
    neg!("The 2020s – or the ’20s – began badly.", "", []),
    neg!("O'Brien and D'Arcy didn't start.", "", []),
    neg!("The empty “” marks mean nothing.", "", []),
    neg!("The 7' giant blocked everything the Knicks' guards threw.", "", []),
    // Labels, nicknames and titles.
    neg!("They were known as the ‘queen of the provinces’, famously.", "", ["queen of the provinces"]),
    neg!("If the ‘seven sisters’ still exist, Atalanta are among them.", "", ["seven sisters"]),
    neg!("Di Santo’s so-called ‘finishers’ did the job.", "Rafa di Santo|Di Santo", ["finishers"]),
    neg!("Darnell “D-Train” Okwuosa intercepted the pass.", "Darnell Okwuosa", ["D-Train"]),
    neg!("The crowd chanted \"MVP\" at him.", "", ["MVP"]),
    neg!("For a generation raised on the ‘Big Three’, this feels new.", "", ["Big Three"]),
    neg!("Newspapers are already calling it a ‘title decider’.", "", ["title decider"]),
    neg!("Fans dubbed him ‘The Wall’ after the final.", "", ["The Wall"]),
    neg!("They played a 'bus-parking' game.", "", ["bus-parking"]),
    neg!("The book ‘The Art of War’ shaped his thinking.", "", ["The Art of War"]),
    neg!("“Not rolling away” my foot.", "", ["Not rolling away"]),
    neg!("He signed a ‘life-changing’ deal.", "", ["life-changing"]),
    neg!("Smith wore a 'Number 10' shirt.", "John Smith|Smith", ["Number 10"]),
    neg!("The so-called \"Temple of Speed\" roared.", "", ["Temple of Speed"]),
    neg!("Okonkwo heard \"MVP\" chants from the crowd.", "Jay Okonkwo|Okonkwo", ["MVP"]),
    neg!("Commentators fixed on the so-called “chicken wing” in his swing.", "", ["chicken wing"]),
];

fn speaker_of(doc: &Doc, q: &QuoteFact) -> String {
    match (q.speaker, &q.speaker_text) {
        (Some(e), _) => doc.entities[e].name.clone(),
        (None, Some(t)) => t.clone(),
        (None, None) => String::new(),
    }
}

#[test]
fn positive_corpus() {
    let mut failures = Vec::new();
    for c in POSITIVE {
        let doc = doc_with_people(c.text, c.people);
        let quotes = extract(&doc);
        let Some(q) = quotes.iter().find(|q| doc.text(q.span) == c.quote) else {
            let got: Vec<&str> = quotes.iter().map(|q| doc.text(q.span)).collect();
            failures.push(format!(
                "{:?}: quote {:?} not found, got {got:?}",
                c.text, c.quote
            ));
            continue;
        };
        let speaker = speaker_of(&doc, q);
        let cue = q.cue.clone().unwrap_or_default();
        if speaker != c.speaker || cue != c.cue || q.kind != c.kind {
            failures.push(format!(
                "{:?}: {:?} got speaker {speaker:?} cue {cue:?} kind {:?}; want {:?} {:?} {:?}",
                c.text, c.quote, q.kind, c.speaker, c.cue, c.kind
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} positive cases fail:\n{}",
        failures.len(),
        POSITIVE.len(),
        failures.join("\n")
    );
}

#[test]
fn negative_corpus() {
    let mut failures = Vec::new();
    for c in NEGATIVE {
        let doc = doc_with_people(c.text, c.people);
        let quotes = extract(&doc);
        let got: Vec<(&str, QuoteKind, String)> = quotes
            .iter()
            .map(|q| (doc.text(q.span), q.kind, speaker_of(&doc, q)))
            .collect();
        let ok = got.len() == c.scare.len()
            && got
                .iter()
                .zip(c.scare)
                .all(|((t, k, s), want)| t == want && *k == SCARE && s.is_empty());
        if !ok {
            failures.push(format!(
                "{:?}: got {got:?}, want scare {:?}",
                c.text, c.scare
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} negative cases fail:\n{}",
        failures.len(),
        NEGATIVE.len(),
        failures.join("\n")
    );
}

#[test]
fn corpus_is_large_enough() {
    assert!(POSITIVE.len() >= 50, "{} positive cases", POSITIVE.len());
    assert!(NEGATIVE.len() >= 25, "{} negative cases", NEGATIVE.len());
}

#[test]
fn quotes_come_in_text_order_and_never_panic_on_odd_marks() {
    let texts = [
        "“",
        "”",
        "‘’",
        "'",
        "\"",
        "“a",
        "a”",
        "«",
        "»„“",
        "‘‘’’",
        "x’y’z",
        "“\n\n“",
        "“é”",
        "“Q,” said",
        "said: “",
        "— “Q” —",
        "“Q” ’s",
        "' ' ' '",
        "“one ‘two” three’",
    ];
    for t in texts {
        let doc = doc_with_people(t, "");
        let quotes = extract(&doc);
        for w in quotes.windows(2) {
            assert!(w[0].span.start <= w[1].span.start, "{t:?}");
        }
        for q in &quotes {
            assert!(q.span.end <= doc.body.len());
        }
    }
}

/// Whom or through what a quote was said.
#[test]
fn addressees() {
    #[rustfmt::skip]
    let table: &[(&str, &str)] = &[
        ("“We are close,” Kane said in an interview with The Athletic.", "The Athletic"),
        ("“I feel great,” she told reporters.", "reporters"),
        ("“That is football,” Rossi told Sky Sports after the game.", "Sky Sports"),
        ("Carter told the Daily Record: “I am not going anywhere.”", "the Daily Record"),
        ("“Box this lap,” Hamilton said on team radio.", "team radio"),
        ("Rivera posted on Instagram: “Let’s go!”", "Instagram"),
        ("Price, on BBC Radio 5 Live: “That was the turning point.”", "BBC Radio 5 Live"),
        ("Dubois told L’Équipe the team would “try something”.", "L’Équipe"),
        ("“We go again,” Lopez said to the BBC.", "the BBC"),
        ("“We go again,” Lopez said on Sunday.", ""),
        ("“Stay calm,” Lopez told him.", ""),
    ];
    for (text, want) in table {
        let doc = doc_with_people(text, "");
        let quotes = extract(&doc);
        let got = quotes
            .first()
            .and_then(|q| q.addressee.clone())
            .unwrap_or_default();
        assert_eq!(&got, want, "{text}");
    }
}

/// A headline that opens with a quote and names one person: the quote is that person's speech.
#[test]
fn headline_quote_belongs_to_the_person_it_names() {
    let text = "‘Dream come true’ for Okoro as Hawks win\n\nEmeka Okoro scored twice on Saturday.";
    let mut doc = doc_with_people(text, "Emeka Okoro|Okoro");
    doc.paragraphs[0].kind = crate::doc::ParagraphKind::Headline;
    let quotes = extract(&doc);
    assert_eq!(quotes.len(), 1);
    assert_eq!(doc.text(quotes[0].span), "Dream come true");
    assert_eq!(quotes[0].kind, SPEECH);
    assert_eq!(quotes[0].speaker, Some(0));
    // In body text the same shape is a label.
    let doc = doc_with_people(text, "Emeka Okoro|Okoro");
    assert_eq!(extract(&doc)[0].kind, SCARE);
}

/// Unbalanced marks in one paragraph leave the quotes of the others intact.
#[test]
fn one_stray_mark_loses_nothing_else() {
    let text = "He said “we will and then left.\n\n“We won,” Adams said.\n\nThe fans’ day. ‘Great,’ Adams added.";
    let doc = doc_with_people(text, "Tony Adams|Adams");
    let quotes = extract(&doc);
    let texts: Vec<&str> = quotes.iter().map(|q| doc.text(q.span)).collect();
    assert!(texts.contains(&"We won,"), "{texts:?}");
    assert!(texts.contains(&"Great,"), "{texts:?}");
}

/// Scores the fixtures with the gold people standing in for the entity stage: the quote figures
/// this stage reaches on its own. `cargo test --lib extract::quotes -- --ignored --nocapture`.
#[test]
#[ignore]
fn fixtures_with_gold_people() {
    use crate::eval::{article_for, gold_files, score_article, Gold};
    use crate::record::{Record, Source};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let (mut tp, mut fp, mut fn_, mut right, mut all) = (0, 0, 0, 0, 0);
    for path in gold_files(&root) {
        let gold: Gold = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let Some(article) = article_for(&path, &gold) else {
            continue;
        };
        let bytes = std::fs::read(&article).unwrap();
        let decoded = crate::input::decode(&bytes, crate::input::DEFAULT_MAX_BYTES, None).unwrap();
        let mut doc = match decoded.format {
            crate::Format::Html => crate::clean::html::clean(&decoded.text).unwrap(),
            crate::Format::Text => crate::clean::text::clean(&decoded.text),
        };
        doc.sentences = sentences::split(&doc);
        let people: Vec<String> = gold
            .entities
            .iter()
            .filter(|e| e.kind == "person")
            .map(|e| {
                std::iter::once(e.name.as_str())
                    .chain(e.aliases.iter().map(String::as_str))
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect();
        doc.entities = find_people(&doc.body, &people.join(";"));
        doc.quotes = extract(&doc);
        let source = Source {
            path: article.to_string_lossy().into_owned(),
            format: "text".into(),
            encoding: Some("utf-8".into()),
            bytes: bytes.len(),
        };
        let record = Record::from_doc(&doc, source);
        let report = score_article(&gold, &record);
        let c = report.counts["quotes"];
        tp += c.tp;
        fp += c.fp;
        fn_ += c.fn_;
        right += report.attribution.0;
        all += report.attribution.1;
        println!(
            "{:<50} tp {} fp {} fn {} speakers {}/{}",
            path.file_name().unwrap().to_string_lossy(),
            c.tp,
            c.fp,
            c.fn_,
            report.attribution.0,
            report.attribution.1
        );
        for m in report
            .misses
            .iter()
            .filter(|m| m.contains("quote") || m.contains("speaker"))
        {
            println!("    {m}");
        }
    }
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fn_).max(1) as f64;
    println!(
        "quotes tp {tp} fp {fp} fn {fn_}  P {p:.3} R {r:.3} F1 {:.3}  speakers {right}/{all} = {:.3}",
        2.0 * p * r / (p + r).max(f64::EPSILON),
        right as f64 / all.max(1) as f64
    );
}

mod arbitrary {
    use super::*;
    use proptest::prelude::*;

    /// Text made of the characters the stage reacts to: every quote mark, apostrophes, letters,
    /// capitals, punctuation, multi-byte letters, spaces and paragraph breaks.
    fn texty() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "“",
            "”",
            "‘",
            "’",
            "'",
            "\"",
            "„",
            "«",
            "»",
            "‹",
            "›",
            "‚",
            " ",
            " ",
            " ",
            "\n\n",
            "\n",
            ",",
            ".",
            ":",
            "—",
            "-",
            "Smith",
            "he",
            "said",
            "told",
            "the",
            "a",
            "é",
            "Ø",
            "don’t",
            "’90s",
            "word",
            "Sky",
            "according",
            "to",
            "so-called",
            "who",
            "?",
            "!",
        ]);
        prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]
        #[test]
        fn never_panics_and_spans_stay_on_char_boundaries(text in texty()) {
            let doc = doc_with_people(&text, "John Smith|Smith");
            let quotes = extract(&doc);
            for q in &quotes {
                prop_assert!(q.span.start <= q.span.end && q.span.end <= doc.body.len());
                prop_assert!(doc.body.is_char_boundary(q.span.start));
                prop_assert!(doc.body.is_char_boundary(q.span.end));
                prop_assert!(q.speaker.is_none_or(|e| e < doc.entities.len()));
            }
            for w in quotes.windows(2) {
                prop_assert!(w[0].span.start <= w[1].span.start);
            }
        }
    }
}

/// Adversarial shapes stay linear: time doubles (not quadruples) with size.
/// `cargo test --lib extract::quotes::corpus::pathological -- --ignored --nocapture`
#[test]
#[ignore]
fn pathological_inputs_stay_linear() {
    let shapes: [(&str, &str); 4] = [
        ("apostrophes", "‘the players’ day and the fans’ night "),
        ("one sentence of quotes", "“a b c,” said Smith, and “d e” "),
        ("quote paragraphs", "“We won and we go again,” he said.\n\n"),
        ("unclosed marks", "“open ‘half “more "),
    ];
    for (name, unit) in shapes {
        let mut times = Vec::new();
        for size in [200_000usize, 400_000] {
            let text = format!("John Smith spoke. {}", unit.repeat(size / unit.len()));
            let doc = doc_with_people(&text, "John Smith|Smith");
            let started = std::time::Instant::now();
            let quotes = extract(&doc);
            let took = started.elapsed().as_secs_f64();
            times.push(took);
            println!(
                "{name:<24} {size:>7} bytes  {took:.3}s  {} quotes",
                quotes.len()
            );
        }
        assert!(
            times[1] < times[0] * 3.0 + 0.05,
            "{name} grows faster than linear: {times:?}"
        );
    }
}
