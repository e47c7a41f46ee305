//! The scores corpus: positive and negative examples beside the rules (Duckling's Corpus).
//! Each case is a short text, the entities an entity stage would find in it (hand-made here, so
//! the rules are tested apart from that stage), and every score an editor would mark.

use crate::doc::{ArticleMeta, Doc, Entity, EntityType, Span};

/// Entities written as `type:Name|Alias|Alias; type:Name…`; every whole-word occurrence of a name
/// or alias in `text` becomes a mention (longest names first). `type@sport:Name` gives the entity
/// the sport a gazetteer would, `type@sport#CTY:Name` its country too; `site:Name` is the page's
/// site name.
pub fn doc_with(text: &str, entities: &str) -> Doc {
    let mut doc = Doc::from_body(text.to_string(), ArticleMeta::default());
    doc.sentences = crate::sentences::split(&doc);
    let mut taken: Vec<Span> = Vec::new();
    let mut specs: Vec<(usize, EntityType, String)> = Vec::new();
    // ("site:Carlisle United FC": the page's site name, as the cleanup stage reads it.)
    doc.meta.site = entities
        .split(';')
        .find_map(|s| s.trim().strip_prefix("site:"))
        .map(str::to_string);
    for (i, spec) in entities
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty() && !s.starts_with("site:"))
        .enumerate()
    {
        let (kind, names) = spec.split_once(':').expect("type:names");
        let (kind, country) = match kind.split_once('#') {
            Some((k, c)) => (k, Some(c.to_string())),
            None => (kind, None),
        };
        let (kind, sport) = match kind.split_once('@') {
            Some((k, s)) => (k, Some(s.to_string())),
            None => (kind, None),
        };
        let kind = EntityType::parse(kind).expect("entity type");
        let names: Vec<&str> = names.split('|').map(str::trim).collect();
        doc.entities.push(Entity {
            name: names[0].to_string(),
            kind,
            aliases: names[1..].iter().map(|s| s.to_string()).collect(),
            mentions: Vec::new(),
            role: None,
            sport,
            country,
            members: Vec::new(),
        });
        for n in names {
            specs.push((i, kind, n.to_string()));
        }
    }
    specs.sort_by_key(|s| std::cmp::Reverse(s.2.len()));
    for (i, _, name) in specs {
        let mut from = 0;
        while let Some(at) = doc.body[from..].find(&name) {
            let start = from + at;
            let end = start + name.len();
            from = end;
            let word_start = crate::extract::text::boundary_before(&doc.body, start);
            let word_end = crate::extract::text::boundary_after(&doc.body, end);
            let span = Span::new(start, end);
            if word_start && word_end && !taken.iter().any(|t| t.overlaps(span)) {
                taken.push(span);
                doc.entities[i].mentions.push(span);
            }
        }
    }
    for e in &mut doc.entities {
        e.mentions.sort();
    }
    // (As in the pipeline, the dates are known before the scores.)
    doc.dates = crate::extract::dates::extract(&doc).0;
    doc
}

/// The scores of `text` as `"text = points : teams : kind"` lines (teams `-` when unknown, `?`
/// for an unknown side).
fn scores_of(text: &str, entities: &str) -> Vec<String> {
    let mut doc = doc_with(text, entities);
    // (As in the pipeline, the quotes are known before the scores.)
    doc.quotes = crate::extract::quotes::extract(&doc);
    super::extract(&doc)
        .iter()
        .map(|s| {
            let points: Vec<String> = crate::doc::points_json(&s.points, s.halves)
                .iter()
                .map(ToString::to_string)
                .collect();
            let teams = match &s.teams {
                None => "-".to_string(),
                Some(t) => t
                    .iter()
                    .map(|x| x.map_or("?".to_string(), |i| doc.entities[i].name.clone()))
                    .collect::<Vec<_>>()
                    .join(", "),
            };
            let kind = serde_json::to_value(s.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            format!(
                "{} = {} : {} : {}",
                doc.text(s.span),
                points.join(","),
                teams,
                kind
            )
        })
        .collect()
}

/// Entity lists reused by several cases.
const FOOTBALL: &str = "team:Arsenal; team:Chelsea; team:Roma; team:Fiorentina; team:Atalanta; team:Liverpool; \
     team:Inter; team:Bologna; team:Juventus; team:Torino; team:Napoli; team:Lazio; team:Milan; team:Genoa; \
     team:Porto; team:Benfica; team:Everton; team:Fulham; team:Brighton; team:Leeds; team:Sunderland; \
     team:Hull; team:Celtic; team:Rangers; team:Wolves; team:Spurs; team:Burnley; venue:Anfield; venue:Goodison";
const VILLA: &str =
    "team:Aston Villa|Villa; team:Newcastle United|Newcastle; team:Brentford; venue:Villa Park";
const NBA: &str = "team:Boston Celtics|Celtics|Boston; team:New York Knicks|Knicks; team:Toronto Raptors; \
     team:Denver Nuggets|Denver; team:Sacramento Kings|Kings|Sacramento; team:Phoenix Suns; team:Miami Heat|Heat";
const NFL: &str = "team:Kansas City Chiefs|Chiefs|Kansas City; team:Buffalo Bills|Bills";
/// The same sides as the gazetteer gives them, with their sport.
const NHL_SPORT: &str =
    "team@ice-hockey:Minnesota Wild|Wild|Minnesota; team@ice-hockey:Winnipeg Jets|Jets|Winnipeg";
const NHL: &str =
    "team:Minnesota Wild|Wild|Minnesota; team:Winnipeg Jets|Jets|Winnipeg; team:Dallas Stars";
const MLB: &str = "team:Boston Red Sox|Red Sox|Boston; team:New York Yankees|Yankees|New York; person:Rafael Ibáñez";
const RUGBY: &str = "team:Ireland; team:France; team:Bath; team:Leicester Tigers|Leicester; \
     team:Northampton Saints; team:Sale Sharks";
const TENNIS: &str =
    "person:Ferrández-Ruiz; person:Ødestad; person:O’Sullivan; person:Van den Broeck; \
     person:Dall’Acqua; person:Lindqvist; competition:Wimbledon";
const VOLLEY: &str = "team@volleyball#POL:Jastrzębski Węgiel; team@volleyball#POL:ZAKSA; \
     team@volleyball#POL:Zawiercie; team@volleyball#ITA:Scandicci; team@volleyball#TUR:Eczacıbaşı; \
     competition@volleyball:PlusLiga";
const CRICKET: &str = "team@cricket:Somerset; team@cricket:Lancashire; team@cricket:Surrey; \
     team@cricket:Kent; team@cricket:Durham; \
     person:Harcourt-Lyle; person:Sidhu-Matthews";
const GOLF: &str = "person:Kenji Watanabe|Watanabe; person:O’Shaughnessy; person:Méndez-Aguirre; \
     competition:Masters; venue:Augusta";

/// Made-up sides of the AP scoreline cases.
const AP: &str = "team:Ridgeport Foxes|Foxes; team:Harbor City Pelicans|Pelicans; \
     team:Kestrel Bay Wolves|Wolves; team:Marlow Falcons|Falcons";
const AP_PEOPLE: &str = "team:Ridgeport Foxes|Foxes; team:Harbor City Pelicans|Pelicans; \
     person:Okafor; person:Lindqvist";

/// Texts with the scores an editor would mark, in text order.
const CUE: &str = "person:Danny Blake|Blake; person:Tom Hardacre|Hardacre";
/// Made-up hurling sides, one of them found as a place (as a county often is).
const GAELIC: &str = "team:Kilmore; place:Ardfinnan";

const POSITIVE: &[(&str, &str, &[&str])] = &[
    // A number of tens and units, then "all" as a word, is a level score ("Twenty-two all").
    (
        "\"Twenty-two all with seven minutes left and you've got a choice,\" the rugby league \
         coach said.",
        "",
        &["Twenty-two all = 22,22 : - : running"],
    ),
    // A first-person quote naming only its opponent, said by someone the text ties to no side:
    // the speaker's side is the other of the story's two sides.
    (
        "Club Brugge were beaten 3-1 at home by Union on Sunday, and Anderlecht's 2-2 draw with \
         Genk means Union sit two points clear. Brugge had been flat after Wednesday's 3-0 defeat \
         to Manchester City. At the break, Pieter Van Damme's side would have fancied their \
         chances.\n\n\"At 2-1 down we had to take risks, and against a team like Union you pay \
         for that,\" Van Damme said.",
        "team@football:Union Saint-Gilloise|Union; team@football:Club Brugge|Brugge; \
         team@football:Anderlecht; team@football:Genk; team@football:Manchester City; \
         person:Pieter Van Damme|Van Damme",
        &[
            "3-1 = 3,1 : Union Saint-Gilloise, Club Brugge : final",
            "2-2 = 2,2 : Anderlecht, Genk : final",
            "3-0 = 3,0 : Manchester City, Club Brugge : final",
            "2-1 = 2,1 : Union Saint-Gilloise, Club Brugge : running",
        ],
    ),
    // An innings in a quote's first person, its batting side named nowhere around it, is the
    // speaker's side's.
    (
        "Sunrisers Hyderabad beat Rajasthan Royals by four wickets in the IPL cricket at Uppal on \
         Sunday.\n\nVamsi Krishna made 61 not out for Sunrisers Hyderabad, and Callum Ferris hit \
         two sixes for Sunrisers Hyderabad.\n\n\"When we were 121 for 5 I just told Callum to take \
         it deep,\" Vamsi Krishna said at the presentation.",
        "team@cricket:Sunrisers Hyderabad; team@cricket:Rajasthan Royals; person:Vamsi Krishna; \
         person:Callum Ferris|Callum",
        &["121 for 5 = 121,5 : Sunrisers Hyderabad : innings"],
    ),
    // The bracket after a result, its items tags of the game's parts and scores: each score in
    // it is the same game's, of the kind its tag says.
    (
        "Cup round-up\n\nHarwell Town 2-2 Ostley Rovers (aet, 3-4 pens)\n\nBrandon Athletic 0-3 \
         Kelso United (aet; agg 2-3)\n\nLeigh Leopards 19 Hull KR 18 (after golden point; 18-18 at \
         80 minutes; HT 6-12)",
        "team:Harwell Town; team:Ostley Rovers; team:Brandon Athletic; team:Kelso United; \
         team@rugby-league:Leigh Leopards; team@rugby-league:Hull KR",
        &[
            "2-2 = 2,2 : Harwell Town, Ostley Rovers : final",
            "3-4 = 3,4 : Harwell Town, Ostley Rovers : penalties",
            "0-3 = 0,3 : Brandon Athletic, Kelso United : final",
            "2-3 = 2,3 : Brandon Athletic, Kelso United : aggregate",
            "Leigh Leopards 19 Hull KR 18 = 19,18 : Leigh Leopards, Hull KR : final",
            "18-18 = 18,18 : Leigh Leopards, Hull KR : running",
            "6-12 = 6,12 : Leigh Leopards, Hull KR : half_time",
        ],
    ),
    // An interview written as a transcript: an answer after the interviewee's name and a colon
    // is their words, as a quote is; its "we" and "us" are their side.
    (
        "Belfast Giants goaltender Erik Sundqvist made 29 saves as the Giants beat the Cardiff \
         Devils 3-2 in the final. Sundqvist joined the Giants in 2027; the Devils \
         had won the league in March.\n\nQ: Did the January game come up?\n\nSundqvist: They beat \
         us 5-1 in January, at their place.\n\nQ: And the rematch?\n\nSundqvist: We won 4-2 \
         here two weeks later and I made 38 saves.",
        "person:Erik Sundqvist|Sundqvist; team@ice-hockey:Belfast Giants|Giants; \
         team@ice-hockey:Cardiff Devils|Devils",
        &[
            "3-2 = 3,2 : Belfast Giants, Cardiff Devils : final",
            "5-1 = 5,1 : Cardiff Devils, Belfast Giants : final",
            "4-2 = 4,2 : Belfast Giants, Cardiff Devils : final",
        ],
    ),
    // Results notation: "d." for "defeated", the seeds in brackets before the names.
    (
        "Tennis semi-finals: (2) Lindqvist d. (7) Ødestad 7-6 (7-3), 6-4",
        TENNIS,
        &[
            "7-6 (7-3) = 7,6 : Lindqvist, Ødestad : set",
            "6-4 = 6,4 : Lindqvist, Ødestad : set",
        ],
    ),
    // A club's name in brackets after a side's in a results line is read past as a country code
    // is.
    (
        "Fours semi-finals: Kelsall bt Winsford (Cheshire League) 19-10; Nantwich bt Coalville \
         (Leicester Central) 21-20",
        "team:Kelsall; team:Winsford; team:Nantwich; team:Coalville",
        &[
            "19-10 = 19,10 : Kelsall, Winsford : final",
            "21-20 = 21,20 : Nantwich, Coalville : final",
        ],
    ),
    // A qualifier's mark before a name is read past as a seed is.
    (
        "Tennis quarter-finals: (5) Lindqvist d. (Q) Ødestad 6-2, 4-6, 6-3",
        TENNIS,
        &[
            "6-2 = 6,2 : Lindqvist, Ødestad : set",
            "4-6 = 4,6 : Lindqvist, Ødestad : set",
            "6-3 = 6,3 : Lindqvist, Ødestad : set",
        ],
    ),
    // A side right before the verb is its subject, in a list of clauses set off by commas.
    (
        "In the table tennis semi-finals Liang Yuzhe swept past Haruto Kameda 4-1, Miwa Sakuraba \
         beat Adriana Dascalescu 4-0, and Chen Xinyu needed six games in a table tennis epic.",
        "person:Liang Yuzhe|Liang; person:Haruto Kameda; person:Miwa Sakuraba|Sakuraba; \
         person:Adriana Dascalescu; person:Chen Xinyu|Chen",
        &[
            "4-1 = 4,1 : Liang Yuzhe, Haruto Kameda : final",
            "4-0 = 4,0 : Miwa Sakuraba, Adriana Dascalescu : final",
        ],
    ),
    // A golf total right after a two-sided score holds one number: no results-row column.
    (
        "Tom Lewis beat Ben Kay 3-2 in the golf match play at Augusta, and Lewis closed with a \
         final-round 66 to finish at -12 after two birdies.",
        "person:Tom Lewis|Lewis; person:Ben Kay|Kay",
        &[
            "3-2 = 3,2 : Tom Lewis, Ben Kay : final",
            "66 = 66 : Tom Lewis : running",
            "-12 = -12 : Tom Lewis : final",
        ],
    ),
    // Golf rounds listed after "rounds of": each a round of the player's, the later ones after
    // "and" or a comma.
    (
        "Ella Moreno led the golf qualifying after rounds of 68, 70 and 65 at Carnoustie, making \
         14 birdies and an eagle.",
        "person:Ella Moreno|Moreno",
        &[
            "68 = 68 : Ella Moreno : running",
            "70 = 70 : Ella Moreno : running",
            "65 = 65 : Ella Moreno : running",
        ],
    ),
    // A results row's second score, right after the second side, is the half-time column; a
    // scorecard's "Half-time: 14-10" is the half-time score read with its sides before.
    (
        "Wigan Warriors led Hull KR 14-10 at the break.\n\nHalf-time: 14-10.\n\nResults\n\nFC \
         Twente 1-1 PSV 0-1\n\nFC Utrecht 2-0 AZ 0-0",
        "team:Wigan Warriors; team:Hull KR; team:FC Twente; team:PSV; team:FC Utrecht; team:AZ",
        &[
            "14-10 = 14,10 : Wigan Warriors, Hull KR : half_time",
            "14-10 = 14,10 : Wigan Warriors, Hull KR : half_time",
            "1-1 = 1,1 : FC Twente, PSV : final",
            "0-1 = 0,1 : FC Twente, PSV : half_time",
            "2-0 = 2,0 : FC Utrecht, AZ : final",
            "0-0 = 0,0 : FC Utrecht, AZ : half_time",
        ],
    ),
    // A draw naming one side, in a sentence whose shoot-out names both, is between them; a
    // results line's "win 4-3 in shoot-out" is the shoot-out's tally.
    (
        "HC Bloemendaal got past Club an der Alster on Saturday, winning it 3-1 after a 2-2 \
         draw.\n\nKHC Dragons 3-3 Mannheimer HC (Mannheimer HC win 4-3 in shoot-out)",
        "team:HC Bloemendaal; team:Club an der Alster; team:KHC Dragons; team:Mannheimer HC",
        &[
            "3-1 = 3,1 : HC Bloemendaal, Club an der Alster : final",
            "2-2 = 2,2 : HC Bloemendaal, Club an der Alster : final",
            "3-3 = 3,3 : KHC Dragons, Mannheimer HC : final",
            "4-3 = 4,3 : Mannheimer HC, KHC Dragons : penalties",
        ],
    ),
    // "won the first two games in Daegu, 4-1 and 7-6": games of the story's series, set off
    // by a comma after the verb's object.
    (
        "The Samsung Lions beat the LG Twins 5-3 on Wednesday. Samsung won the first two games \
         in Daegu, 4-1 and 7-6.",
        "team:Samsung Lions|Samsung; team:LG Twins; place:Daegu",
        &[
            "5-3 = 5,3 : Samsung Lions, LG Twins : final",
            "4-1 = 4,1 : Samsung Lions, LG Twins : final",
            "7-6 = 7,6 : Samsung Lions, LG Twins : final",
        ],
    ),
    // A numbered game is of the story's series, not against another side the sentence names;
    // "won it" after a part named in the sentence before is that part, of the story's match;
    // a headline's present-tense verb ("stun") is a result verb.
    (
        "Saskatchewan stun Alouettes 27-24 in overtime\n\nThe Twins, who beat the Doosan Bears \
         three games to one in the playoff, had won Game 3 6-2 at home on Tuesday. What a \
         quarter from the hosts. The Alouettes won it 25-16.",
        "team:Saskatchewan Roughriders|Saskatchewan; team:Montreal Alouettes|Alouettes; \
         team:LG Twins|Twins; team:Doosan Bears",
        &[
            "27-24 = 27,24 : Saskatchewan Roughriders, Montreal Alouettes : final",
            "6-2 = 6,2 : LG Twins, ? : final",
            "25-16 = 25,16 : Montreal Alouettes, Saskatchewan Roughriders : quarter",
        ],
    ),
    // A results line's "def." is a verb, its full stop no mark; a list of judges' cards is
    // written from the winner's view, the split decision's dissent too. "win a unanimous
    // decision, 30-27, …" reads past the decision's words.
    (
        "Yana Kostyleva dominated Paige Delorme-Hurst to win a unanimous decision, 30-27, \
         30-27, 29-28, in the UFC co-main event.\n\nRafael Marquardt-Silva def. Tunde \
         Oyelowo-Banks — split decision (48-47, 47-48, 48-47)",
        "person:Yana Kostyleva; person:Paige Delorme-Hurst; person:Rafael Marquardt-Silva; \
         person:Tunde Oyelowo-Banks",
        &[
            "30-27 = 30,27 : Yana Kostyleva, Paige Delorme-Hurst : final",
            "30-27 = 30,27 : Yana Kostyleva, Paige Delorme-Hurst : final",
            "29-28 = 29,28 : Yana Kostyleva, Paige Delorme-Hurst : final",
            "48-47 = 48,47 : Rafael Marquardt-Silva, Tunde Oyelowo-Banks : final",
            "47-48 = 47,48 : Rafael Marquardt-Silva, Tunde Oyelowo-Banks : final",
            "48-47 = 48,47 : Rafael Marquardt-Silva, Tunde Oyelowo-Banks : final",
        ],
    ),
    // A running score read against the points of the one before it in the same game is
    // turned round: the Tigres led 4-1, so "to make it 4-2" is still theirs first.
    (
        "Tomateros de Culiacan beat Tigres del Licey 5-4 in 11 innings.\n\nLicey looked in \
         control, and the Tigres led 4-1 after six innings.\n\nThe Tomateros chipped away. \
         Their catcher doubled home a run in the seventh to make it 4-2.",
        "team:Tigres del Licey|Tigres|Licey; team:Tomateros de Culiacan|Tomateros",
        &[
            "5-4 = 5,4 : Tomateros de Culiacan, Tigres del Licey : final",
            "4-1 = 4,1 : Tigres del Licey, Tomateros de Culiacan : running",
            "4-2 = 4,2 : Tigres del Licey, Tomateros de Culiacan : running",
        ],
    ),
    // A two-legged tie: a leg or the aggregate naming one side is against its opponent in the
    // tie, the side it is reported playing nearest. A list of a game's parts after a plural
    // part noun ("won the quarters 3-2, 2-4 …") and "won the penalty shootout 4-3" are the
    // subject's.
    (
        "Leeds Rovers beat Castle United 11-10 on Wednesday to level the quarter-final at 19-19 \
         on aggregate, then won the penalty shootout 4-3.\n\nCastle United, who won the first leg \
         9-8 last week, led 6-5 at half-time. Leeds Rovers won the quarters 3-2, 2-4, 3-2 and \
         3-2.",
        "team:Leeds Rovers; team:Castle United",
        &[
            "11-10 = 11,10 : Leeds Rovers, Castle United : final",
            "19-19 = 19,19 : Leeds Rovers, Castle United : aggregate",
            "4-3 = 4,3 : Leeds Rovers, Castle United : penalties",
            "9-8 = 9,8 : Castle United, Leeds Rovers : final",
            "6-5 = 6,5 : Castle United, Leeds Rovers : half_time",
            "3-2 = 3,2 : Leeds Rovers, Castle United : quarter",
            "2-4 = 2,4 : Leeds Rovers, Castle United : quarter",
            "3-2 = 3,2 : Leeds Rovers, Castle United : quarter",
            "3-2 = 3,2 : Leeds Rovers, Castle United : quarter",
        ],
    ),
    // "The Italians of AN Brescia …": the side after a description and "of" is the subject.
    (
        "The Italians of AN Brescia also advanced despite losing 12-8 to Radnicki in Serbia, \
         and they went through 20-19 on aggregate.",
        "team:AN Brescia; team:Radnicki; place:Serbia",
        &[
            "12-8 = 12,8 : Radnicki, AN Brescia : final",
            "20-19 = 20,19 : AN Brescia, Radnicki : aggregate",
        ],
    ),
    // A score a speaker gives in the first person, naming no side, is the speaker's.
    (
        "Danny Blake beat Tom Hardacre 10-7 in the snooker final, making three century breaks \
         and winning the last three frames.\n\n\"At 7-5 down I thought I was gone,\" Blake \
         said.",
        CUE,
        &[
            "10-7 = 10,7 : Danny Blake, Tom Hardacre : final",
            "7-5 = 7,5 : Tom Hardacre, Danny Blake : running",
        ],
    ),
    // Snooker and darts: head-to-head sports whose sides are the two players.
    (
        "Danny Blake beat Tom Hardacre 10-7 in the snooker final, making three century breaks. \
         Hardacre had levelled at 7-7 before Blake won the last three frames.",
        CUE,
        &[
            "10-7 = 10,7 : Danny Blake, Tom Hardacre : final",
            "7-7 = 7,7 : Tom Hardacre, Danny Blake : running",
        ],
    ),
    // Gaelic games: goals-points figures ("2-19", a goal three points), two to a score, the
    // points the totals; a scoreline naming a place as a side makes it that side everywhere.
    (
        "In the All-Ireland hurling semi-final, Kilmore beat Ardfinnan 2-19 to 2-17.",
        GAELIC,
        &["2-19 to 2-17 = 25,23 : Kilmore, Ardfinnan : final"],
    ),
    (
        "Kilmore 2-19 Ardfinnan 2-17\n\nArdfinnan, driven on by their captain, led by 1-10 to 0-9 at the break of the All-Ireland hurling semi-final.",
        GAELIC,
        &[
            "Kilmore 2-19 Ardfinnan 2-17 = 25,23 : Kilmore, Ardfinnan : final",
            "1-10 to 0-9 = 13,9 : Ardfinnan, Kilmore : half_time",
        ],
    ),
    (
        "Kilmore won 2-14 (20) to 1-15 (18) in the Munster final, the hurling side’s third All-Ireland qualification.",
        GAELIC,
        &["2-14 (20) to 1-15 (18) = 20,18 : Kilmore, ? : final"],
    ),
    // No sport cue, no side named twice, two people named twice: the people are the sides.
    (
        "Anna Kowal beat Maria Lenz 6-4 in the rapid final. Kowal had led 3-1 early on, and Lenz \
         needed a tiebreak to get past Ida Brandt, winning 4-3 in the semi-final.",
        "person:Anna Kowal|Kowal; person:Maria Lenz|Lenz; person:Ida Brandt",
        &[
            "6-4 = 6,4 : Anna Kowal, Maria Lenz : final",
            "3-1 = 3,1 : Anna Kowal, Maria Lenz : running",
            "4-3 = 4,3 : Maria Lenz, Ida Brandt : final",
        ],
    ),
    // A sentence opening on "They" whose paragraph names no side: the subject of the nearest
    // earlier sentence that names one, across a paragraph break.
    (
        "Rovers finished fourth last season, but Rovers had been tipped for the title.\n\n\
         Instead they have two points from five games. They lost 4-1 at Harbour Town on opening day.",
        "team:Rovers; team:Harbour Town",
        &["4-1 = 4,1 : Harbour Town, Rovers : final"],
    ),
    // A contest made of contests of the other kind: a Davis Cup tie of singles rubbers (a story
    // of players whose nations' scores are read with teams as sides), a wrestling dual of bouts
    // (a story of teams whose bouts are read with people as sides); "a 7-3 decision over Y".
    (
        "Canada beat Belgium 3-1 in the Davis Cup tie in Hasselt. On Friday Roy had beaten \
         Ooms 6-4, 7-6 (5) before Marchetti won 3-6, 7-5, 6-3 against De Smedt.",
        "team:Canada; team:Belgium; person:Roy; person:Ooms; person:Marchetti; person:De Smedt",
        &[
            "3-1 = 3,1 : Canada, Belgium : final",
            "6-4 = 6,4 : Roy, Ooms : set",
            "7-6 (5) = 7,6 : Roy, Ooms : set",
            "3-6 = 3,6 : Marchetti, De Smedt : set",
            "7-5 = 7,5 : Marchetti, De Smedt : set",
            "6-3 = 6,3 : Marchetti, De Smedt : set",
        ],
    ),
    (
        "Iowa beat Penn State 22-15 in the dual on Sunday. Mateo Castell opened at 125 with a 7-3 \
         decision over Brad Keefe, and Iowa led 12-9 at the break.",
        "team:Iowa; team:Penn State; person:Mateo Castell; person:Brad Keefe",
        &[
            "22-15 = 22,15 : Iowa, Penn State : final",
            "7-3 = 7,3 : Mateo Castell, Brad Keefe : final",
            "12-9 = 12,9 : Iowa, Penn State : half_time",
        ],
    ),
    // A two-legged tie's aggregate is the match the scores around it belong to, not a semi-final
    // told further down.
    (
        "Cruz Azul beat América 3-2 on aggregate to win the Clausura.\n\nRuiz put Cruz Azul \
         ahead and Cruz Azul went in 1-0 up at half-time.\n\nCruz Azul reached the final by \
         beating Monterrey 3-1 on aggregate in the semi-finals.",
        "team:Cruz Azul; team:América; team:Monterrey; person:Ruiz",
        &[
            "3-2 = 3,2 : Cruz Azul, América : aggregate",
            "1-0 = 1,0 : Cruz Azul, América : half_time",
            "3-1 = 3,1 : Cruz Azul, Monterrey : aggregate",
        ],
    ),
    // A scoreline with its half-time score in brackets between the score and the second side.
    (
        "Kawasaki Frontale 2-1 (HT 0-1) Yokohama F Marinos\n\nThe derby ended late.",
        "team:Kawasaki Frontale|Frontale; team:Yokohama F Marinos|Marinos",
        &[
            "2-1 = 2,1 : Kawasaki Frontale, Yokohama F Marinos : final",
            "0-1 = 0,1 : Kawasaki Frontale, Yokohama F Marinos : half_time",
        ],
    ),
    // A results line's verb between the listed sides: "X 22 def Y 18".
    (
        "Queensland 22 def New South Wales 18\n\nThe Maroons led 12-6 at half-time.",
        "team:Queensland|Maroons; team:New South Wales|Blues",
        &[
            "Queensland 22 def New South Wales 18 = 22,18 : Queensland, New South Wales : final",
            "12-6 = 12,6 : Queensland, New South Wales : half_time",
        ],
    ),
    // (A dateline's place and agency before the subject do not make the sentence a person's.)
    (
        "SEAHAM, England (Northern Press) - Rovers beat Harbour Town 2-1 at the Dene.\n\n\
         Tomasz Kierzek-Lamb settled it late. They had trailed 1-0 at half-time.",
        "place:SEAHAM; place:England; organisation:Northern Press; team:Rovers; team:Harbour Town; \
         person:Tomasz Kierzek-Lamb",
        &[
            "2-1 = 2,1 : Rovers, Harbour Town : final",
            "1-0 = 1,0 : Harbour Town, Rovers : half_time",
        ],
    ),
    // "The sides last met …": the article's two sides (named most often), not the nearest match;
    // a tie won "to go through" on aggregate.
    (
        "Porto host Benfica on Tuesday. Porto beat Napoli 3-0 on Saturday, and Benfica drew with \
         Lazio. The sides last met in 2023, when Porto won 2-0 in Lisbon and drew 3-3 at home to go \
         through 5-3 on aggregate. Porto and Benfica have not met since.",
        FOOTBALL,
        &[
            "3-0 = 3,0 : Porto, Napoli : final",
            "2-0 = 2,0 : Porto, Benfica : final",
            "3-3 = 3,3 : Porto, Benfica : final",
            "5-3 = 5,3 : Porto, Benfica : aggregate",
        ],
    ),
    // "The Belgian", "the Pole": in a head-to-head story, the one player the sentence before
    // names and this one does not.
    (
        "Lenz reached the tennis final after her semi-final ended in distress for \
         Brandt. The Belgian, who had taken the opening set 7-5 before Lenz levelled, retired \
         trailing 4-1 in the third set.",
        "person:Anna Kowal|Kowal; person:Maria Lenz|Lenz; person:Ida Brandt|Brandt",
        &[
            "7-5 = 7,5 : Ida Brandt, Maria Lenz : set",
            "4-1 = 4,1 : Maria Lenz, Ida Brandt : running",
        ],
    ),
    // A results line's Olympic codes give the players' nations ("A Villamarin (ESP)"), so "the
    // Spaniard" is the one of the two from Spain.
    (
        "Rossi will play Villamarin on Friday after the Spaniard needed 58 minutes to beat \
         Tobias Lindgren-Aho 6-2, 6-1.\n\n\
         RESULTS\nA Villamarin (ESP) bt T Lindgren-Aho (FIN) 6-2 6-1\n",
        "person:Andres Villamarin|A Villamarin|Villamarin; \
         person:Tobias Lindgren-Aho|T Lindgren-Aho|Lindgren-Aho; person:Marco Rossi|Rossi",
        &[
            "6-2 = 6,2 : Andres Villamarin, Tobias Lindgren-Aho : set",
            "6-1 = 6,1 : Andres Villamarin, Tobias Lindgren-Aho : set",
            "6-2 = 6,2 : Andres Villamarin, Tobias Lindgren-Aho : set",
            "6-1 = 6,1 : Andres Villamarin, Tobias Lindgren-Aho : set",
        ],
    ),
    // A ground after a result names the opponent whose home it is (data/scores/home_grounds.tsv):
    // "a 2-0 win at Pittodrie" is against Aberdeen, named in the paragraph; a win at the
    // subject's own ground names no opponent.
    (
        "Celtic beat Hibernian 3-1 at Celtic Park, while Rangers kept up the chase with a 2-0 \
         win at Pittodrie. Aberdeen have now lost three in a row.\n\n\
         Rangers had also won 1-0 at Ibrox in August.",
        "team@football:Celtic; team@football:Hibernian; team@football:Rangers; \
         team@football:Aberdeen; venue:Celtic Park; venue:Pittodrie; venue:Ibrox",
        &[
            "3-1 = 3,1 : Celtic, Hibernian : final",
            "2-0 = 2,0 : Rangers, Aberdeen : final",
            "1-0 = 1,0 : Rangers, ? : final",
        ],
    ),
    // The ground the story opens at is the home side's: "the hosts" are Aberdeen.
    (
        "Rangers come from behind\n\nRangers beat Aberdeen 2-1 at Pittodrie on Saturday. \
         Aberdeen have now lost three in a row.\n\nThe hosts led 1-0 at half-time before the visitors came back.",
        "team@football:Rangers; team@football:Aberdeen; venue:Pittodrie",
        &[
            "2-1 = 2,1 : Rangers, Aberdeen : final",
            "1-0 = 1,0 : Aberdeen, Rangers : half_time",
        ],
    ),
    // Colon scores with two-digit second numbers read as scores after "made it", "cut it to",
    // "beat us" and before "in front" (a clock would read the same without those words).
    (
        "Netherlands edge Austria\n\nThe Netherlands beat Austria 33:32 in the handball \
         qualifier on Sunday. Austria led 5:2 early and were 24:20 in front after 40 minutes.\n\n\
         The Netherlands cut it to 24:23 inside four minutes, and Jansen made it 32:32 with 14 \
         seconds left.",
        "team@handball:Netherlands; team@handball:Austria; person:Jansen",
        &[
            "33:32 = 33,32 : Netherlands, Austria : final",
            "5:2 = 5,2 : Austria, Netherlands : running",
            "24:20 = 24,20 : Austria, Netherlands : running",
            "24:23 = 24,23 : Austria, Netherlands : running",
            "32:32 = 32,32 : Netherlands, Austria : running",
        ],
    ),
    // A results line with each side's goals after its name and no comma ("Surbiton 3 Old
    // Georgians 2") names the home side first; in a round-up, "the visitors" and "the hosts"
    // are of the match the paragraphs just before named.
    (
        "Men's Premier Division\n\nSurbiton 3 Old Georgians 2\n\nSurbiton needed two late goals \
         in the hockey to beat Old Georgians 3-2 on Saturday.\n\nTully-Greaves gave the visitors \
         a 1-0 lead after the first quarter.\n\nWomen's Premier Division\n\nEast Grinstead 2 \
         Clifton 1\n\nEast Grinstead edged Clifton 2-1 in a tight game.\n\nMorris put the hosts \
         1-0 up at half-time.",
        "team@field-hockey:Surbiton; team@field-hockey:Old Georgians; \
         team@field-hockey:East Grinstead; team@field-hockey:Clifton; person:Tully-Greaves; \
         person:Morris",
        &[
            "Surbiton 3 Old Georgians 2 = 3,2 : Surbiton, Old Georgians : final",
            "3-2 = 3,2 : Surbiton, Old Georgians : final",
            "1-0 = 1,0 : Old Georgians, Surbiton : quarter",
            "East Grinstead 2 Clifton 1 = 2,1 : East Grinstead, Clifton : final",
            "2-1 = 2,1 : East Grinstead, Clifton : final",
            "1-0 = 1,0 : East Grinstead, Clifton : half_time",
        ],
    ),
    // A result "with" which a clause ends is the clause subject's, not the nearer object's.
    (
        "Texas Tech sent Oklahoma State into the elimination bracket with a 2-1 win in the \
         softball on Saturday. Oklahoma State beat Florida 4-3 on Sunday.",
        "team@softball:Texas Tech|Red Raiders; team@softball:Oklahoma State|OSU; \
         team@softball:Florida",
        &[
            "2-1 = 2,1 : Texas Tech, Oklahoma State : final",
            "4-3 = 4,3 : Oklahoma State, Florida : final",
        ],
    ),
    // A score right after "beaten at" is a moment of the game, not its result.
    (
        "Hafez beats Birch in five\n\nOmar Hafez beat Callum Birch 12-10 in the fifth game of \
         the squash final.\n\nHafez had looked beaten at 8-10 in the fifth.",
        "person#EGY:Omar Hafez|Hafez; person#ENG:Callum Birch|Birch",
        &[
            "12-10 = 12,10 : Omar Hafez, Callum Birch : final",
            "8-10 = 8,10 : Omar Hafez, Callum Birch : running",
        ],
    ),
    // A results line with initials: "D Mac Giolla Rua (Sco) 4-0 K Brandstetter (Ger)".
    (
        "Mac Giolla Rua won in the PDC darts with a 170 checkout.\n\nRESULTS\n\
         D Mac Giolla Rua (Sco) 4-0 K Brandstetter (Ger)\n",
        "person:Dáithí Mac Giolla Rua|Mac Giolla Rua; person:Kai Brandstetter|Brandstetter",
        &["4-0 = 4,0 : Dáithí Mac Giolla Rua, Kai Brandstetter : final"],
    ),
    // A line that is only a list of scores, after a short label or under a one-line heading,
    // holds the periods of the result just above it, in its order.
    (
        "Okafor won the PDC darts final in London with a 170 checkout.\n\nRESULTS\nT Okafor (Eng) 4-2 B Lindqvist (Swe)\n\
         Sets: 3-1, 2-3, 3-0, 1-3, 3-2, 3-1\n",
        "person:Tunde Okafor|T Okafor|Okafor; person:Bo Lindqvist|B Lindqvist",
        &[
            "4-2 = 4,2 : Tunde Okafor, Bo Lindqvist : final",
            "3-1 = 3,1 : Tunde Okafor, Bo Lindqvist : set",
            "2-3 = 2,3 : Tunde Okafor, Bo Lindqvist : set",
            "3-0 = 3,0 : Tunde Okafor, Bo Lindqvist : set",
            "1-3 = 1,3 : Tunde Okafor, Bo Lindqvist : set",
            "3-2 = 3,2 : Tunde Okafor, Bo Lindqvist : set",
            "3-1 = 3,1 : Tunde Okafor, Bo Lindqvist : set",
        ],
    ),
    (
        "Harlow beat Densford 9-7 in the water polo league.\n\nResult\n\nHarlow 9 Densford 7\n\n\
         Quarters\n\n3-2, 2-2, 1-3, 3-0\n",
        "team:Harlow; team:Densford",
        &[
            "9-7 = 9,7 : Harlow, Densford : final",
            "Harlow 9 Densford 7 = 9,7 : Harlow, Densford : final",
            "3-2 = 3,2 : Harlow, Densford : quarter",
            "2-2 = 2,2 : Harlow, Densford : quarter",
            "1-3 = 1,3 : Harlow, Densford : quarter",
            "3-0 = 3,0 : Harlow, Densford : quarter",
        ],
    ),
    // A scoring sequence, one event a line: the side a line names scored the points that grew
    // since the line above (0-0 before the first).
    (
        "Harlow beat Densford 12-10 in the rugby league on Sunday.\n\nScoring sequence\n\n\
         6' Try: Okafor (Densford) – 0-4\n\n20' Try: Mills (Harlow), con Mills – 6-4\n\n\
         Half-time: Harlow 6 Densford 4\n\n\
         55' Pen: Reid (Densford) – 6-6\n\n70' Try: Abbot (Harlow), con Mills – 12-6\n\n\
         78' Try: Okafor (Densford) – 12-10\n",
        "team:Harlow; team:Densford",
        &[
            "12-10 = 12,10 : Harlow, Densford : final",
            "0-4 = 0,4 : Harlow, Densford : running",
            "6-4 = 6,4 : Harlow, Densford : running",
            "Harlow 6 Densford 4 = 6,4 : Harlow, Densford : half_time",
            "6-6 = 6,6 : Harlow, Densford : running",
            "12-6 = 12,6 : Harlow, Densford : running",
            "12-10 = 12,10 : Harlow, Densford : running",
        ],
    ),
    // An age describes a player as well: "The 24-year-old …, who …," is the one player of the
    // sentence before that this one does not name.
    (
        "Okonjo won the snooker final in York, making three century breaks. The 24-year-old \
         from Lagos, who turned professional in 2021, trailed Brannigan-Reyes 6-5 before he won \
         the last four frames.",
        "person:Okonjo; person:Brannigan-Reyes",
        &["6-5 = 6,5 : Brannigan-Reyes, Okonjo : running"],
    ),
    // A club's own page in the first person: "Our first team", "We" outside quotes are the side
    // the page names most.
    (
        "Vipers 24-27 London GD\n\nOur first team were beaten 27-24 by London GD on Saturday. We \
         led 14-11 at half-time. The Vipers travel to Olympia next.",
        "team:Vipers; team:London GD",
        &[
            "24-27 = 24,27 : Vipers, London GD : final",
            "27-24 = 27,24 : London GD, Vipers : final",
            "14-11 = 14,11 : Vipers, London GD : half_time",
        ],
    ),
    // The British form may go on with the half-time score in brackets.
    (
        "France held on in Perth.\n\nFrance 34 Fiji 27 (half-time: 10-13)\n\nTries: Laporte 2.",
        "team:France; team:Fiji",
        &[
            "France 34 Fiji 27 = 34,27 : France, Fiji : final",
            "10-13 = 10,13 : France, Fiji : half_time",
        ],
    ),
    // "…, which X won 2-0": a name right after the relative pronoun is its clause's subject,
    // not the words the clause hangs on.
    (
        "Sweden beat Norway 3-2. It was revenge for the 2024 final in Oslo, which Norway won 2-0.",
        "team:Sweden; team:Norway; place:Oslo",
        &[
            "3-2 = 3,2 : Sweden, Norway : final",
            "2-0 = 2,0 : Norway, ? : final",
        ],
    ),
    // A description ("The Dutch eighth seed") is the one player the nearest sentence naming
    // anyone names, though a sentence naming nobody stands between.
    (
        "Marit Hoekstra-Veld was one point from going home. Three games later she was in the \
         semi-finals. The Dutch eighth seed saved a match point and beat Ines Barroso-Lenz 7-6, \
         3-6, 7-5 on Wednesday.",
        "person:Marit Hoekstra-Veld|Hoekstra-Veld; person:Ines Barroso-Lenz|Barroso-Lenz",
        &[
            "7-6 = 7,6 : Marit Hoekstra-Veld, Ines Barroso-Lenz : set",
            "3-6 = 3,6 : Marit Hoekstra-Veld, Ines Barroso-Lenz : set",
            "7-5 = 7,5 : Marit Hoekstra-Veld, Ines Barroso-Lenz : set",
        ],
    ),
    // "They" after a sentence opening on a coach's team: that person's team, and a result with
    // no opponent named is against the side that sentence beat.
    (
        "Wolves coach Dara Lindqvist-Ode was pleased. Lindqvist-Ode's team had already beaten \
         Kestrel Bay this season. They won 3-0 away in October.",
        "team:Ridgeport Wolves|Wolves; team:Kestrel Bay; person:Dara Lindqvist-Ode|Lindqvist-Ode",
        &["3-0 = 3,0 : Ridgeport Wolves, Kestrel Bay : final"],
    ),
    // "It's 6-5 to him": in a story of players, the player the sentence before is about.
    (
        "Okonjo beat Brannigan-Reyes 9-6 in the snooker final, making three century breaks and \
         winning the last four frames. Okonjo has turned this around. \
         Breaks of 88 and 102 and it's 6-5 to him.",
        "person:Okonjo; person:Brannigan-Reyes",
        &[
            "9-6 = 9,6 : Okonjo, Brannigan-Reyes : final",
            "6-5 = 6,5 : Okonjo, Brannigan-Reyes : running",
        ],
    ),
    // A country's possessive between "by" and the player: "by Portugal's Moura-Serrão".
    (
        "In the PDC darts, Okafor beat Lindqvist 4-2, and the Welsh qualifier Hywel ap Rhys was \
         beaten 4-1 by Portugal's Tiago Moura-Serrão, who averaged 99 with a 170 checkout.",
        "person:Hywel ap Rhys|ap Rhys; person:Tiago Moura-Serrão|Moura-Serrão; place:Portugal; \
         person:Okafor; person:Lindqvist",
        &[
            "4-2 = 4,2 : Okafor, Lindqvist : final",
            "4-1 = 4,1 : Tiago Moura-Serrão, Hywel ap Rhys : final",
        ],
    ),
    // A ranking between the verb and its object ("No. 6") leaves the name the object.
    (
        "Third-seeded Carver beat No. 6 Ridgeway 3-2 in the volleyball regional final, winning \
         25-22, 18-25, 25-23, 21-25, 15-12.",
        "team:Carver; team:Ridgeway",
        &[
            "3-2 = 3,2 : Carver, Ridgeway : final",
            "25-22 = 25,22 : Carver, Ridgeway : set",
            "18-25 = 18,25 : Carver, Ridgeway : set",
            "25-23 = 25,23 : Carver, Ridgeway : set",
            "21-25 = 21,25 : Carver, Ridgeway : set",
            "15-12 = 15,12 : Carver, Ridgeway : set",
        ],
    ),
    // A title between the verb and its object ("home favourite", "reigning champion") leaves
    // the name the object: the sets are the subject's.
    (
        "Vesna Marić beat home favourite Ines Albrecht-Kühn 3-1 in the badminton final, winning \
         21-17, 18-21, 21-15, 21-19.",
        "person:Vesna Marić|Marić; person:Ines Albrecht-Kühn|Albrecht-Kühn",
        &[
            "3-1 = 3,1 : Vesna Marić, Ines Albrecht-Kühn : final",
            "21-17 = 21,17 : Vesna Marić, Ines Albrecht-Kühn : set",
            "18-21 = 18,21 : Vesna Marić, Ines Albrecht-Kühn : set",
            "21-15 = 21,15 : Vesna Marić, Ines Albrecht-Kühn : set",
            "21-19 = 21,19 : Vesna Marić, Ines Albrecht-Kühn : set",
        ],
    ),
    // Two players the sentence does not name: the description stays unresolved.
    (
        "Kowal beat Brandt 6-4, 6-4 in the first tennis semi-final. From 3-5 down in the third \
         set, the Pole won four games in a row.",
        "person:Anna Kowal|Kowal; person:Maria Lenz|Lenz; person:Ida Brandt|Brandt",
        &[
            "6-4 = 6,4 : Anna Kowal, Ida Brandt : set",
            "6-4 = 6,4 : Anna Kowal, Ida Brandt : set",
            "3-5 = 3,5 : - : running",
        ],
    ),
    // A win whose clause names no opponent: the side its sentence says it got past.
    (
        "Porto needed extra time to get past Benfica, winning 35-33 in the handball semi-final.",
        FOOTBALL,
        &["35-33 = 35,33 : Porto, Benfica : final"],
    ),
    // A lead with the other side after it.
    ("Milan were 1-0 up against Genoa after an hour.", FOOTBALL, &["1-0 = 1,0 : Milan, Genoa : running"]),
    (
        "Napoli took a 2-0 lead over Lazio inside ten minutes.",
        FOOTBALL,
        &["2-0 = 2,0 : Napoli, Lazio : running"],
    ),
    // Football: the common forms.
    ("Arsenal beat Chelsea 3-0 on Sunday.", FOOTBALL, &["3-0 = 3,0 : Arsenal, Chelsea : final"]),
    ("Arsenal beat Chelsea 3–0 at home.", FOOTBALL, &["3–0 = 3,0 : Arsenal, Chelsea : final"]),
    ("Arsenal beat Chelsea 3 - 0 at home.", FOOTBALL, &["3 - 0 = 3,0 : Arsenal, Chelsea : final"]),
    ("Roma 3-1 Fiorentina: Dybala inspires comeback", FOOTBALL, &["3-1 = 3,1 : Roma, Fiorentina : final"]),
    ("Atalanta claimed a 3-0 win over Liverpool at Anfield.", FOOTBALL, &["3-0 = 3,0 : Atalanta, Liverpool : final"]),
    ("Napoli won 2-0 against Lazio in the rain.", FOOTBALL, &["2-0 = 2,0 : Napoli, Lazio : final"]),
    ("Juventus drew 1-1 with Torino in the derby.", FOOTBALL, &["1-1 = 1,1 : Juventus, Torino : final"]),
    ("Inter lost 1-0 at home to Bologna.", FOOTBALL, &["1-0 = 1,0 : Bologna, Inter : final"]),
    ("Liverpool were beaten 3-1 by Atalanta.", FOOTBALL, &["3-1 = 3,1 : Atalanta, Liverpool : final"]),
    ("Milan were 1-0 up at the break.", FOOTBALL, &["1-0 = 1,0 : Milan, ? : half_time"]),
    ("Milan beat Genoa 2-1. Milan led 1-0 at half-time.", FOOTBALL, &[
        "2-1 = 2,1 : Milan, Genoa : final",
        "1-0 = 1,0 : Milan, Genoa : half_time",
    ]),
    ("Porto won 2-1 on aggregate against Benfica.", FOOTBALL, &["2-1 = 2,1 : Porto, Benfica : aggregate"]),
    ("Chelsea beat Arsenal 4-3 on penalties after a 1-1 draw.", FOOTBALL, &[
        "4-3 = 4,3 : Chelsea, Arsenal : penalties",
        "1-1 = 1,1 : Chelsea, Arsenal : final",
    ]),
    ("Everton and Fulham played out a goalless draw at Goodison.", FOOTBALL, &[
        "goalless draw = 0,0 : Everton, Fulham : final",
    ]),
    ("Everton and Fulham drew 1-1 on Saturday.", FOOTBALL, &["1-1 = 1,1 : Everton, Fulham : final"]),
    ("Brighton won 2-1 after extra time against Leeds.", FOOTBALL, &["2-1 = 2,1 : Brighton, Leeds : final"]),
    ("Sunderland won three-nil at Hull.", FOOTBALL, &["three-nil = 3,0 : Sunderland, Hull : final"]),
    ("Celtic’s 2-1 home win over Rangers sealed the title.", FOOTBALL, &["2-1 = 2,1 : Celtic, Rangers : final"]),
    ("Wolves inflicted a 4-0 defeat on Everton.", FOOTBALL, &["4-0 = 4,0 : Wolves, Everton : final"]),
    ("Spurs suffered a 2-0 defeat to Fulham.", FOOTBALL, &["2-0 = 2,0 : Fulham, Spurs : final"]),
    ("Arsenal v Chelsea 2-1 was the game of the day.", FOOTBALL, &["2-1 = 2,1 : Arsenal, Chelsea : final"]),
    ("The final score was 2-1.", FOOTBALL, &["2-1 = 2,1 : - : final"]),
    ("Leeds were beaten 3-1 by Burnley at Elland Road.", FOOTBALL, &["3-1 = 3,1 : Burnley, Leeds : final"]),
    (
        "Aston Villa came from behind to beat Newcastle United 2-1 at Villa Park. Newcastle were 1-0 up at the break. Villa have not lost since a 3-0 defeat at Brentford in January.",
        VILLA,
        &[
            "2-1 = 2,1 : Aston Villa, Newcastle United : final",
            "1-0 = 1,0 : Newcastle United, Aston Villa : half_time",
            "3-0 = 3,0 : Brentford, Aston Villa : final",
        ],
    ),
    (
        "Atalanta coach Gasperini was in charge that year. The only defeat was to Liverpool after Gasperini had demolished Jurgen Klopp in the first game, producing a 3-0 win.",
        "team:Atalanta; team:Liverpool; person:Gasperini; person:Jurgen Klopp",
        &["3-0 = 3,0 : Atalanta, Liverpool : final"],
    ),
    (
        "Van der Berg joined Ajax in 2021. She scored both in the 2-1 win over PSV that secured Ajax’s first title.",
        "person:Van der Berg; team:Ajax; team:PSV",
        &["2-1 = 2,1 : Ajax, PSV : final"],
    ),
    (
        "Dunmore Athletic were held 2-2 at home by Redcliffe Town on Friday.",
        "team:Dunmore Athletic; team:Redcliffe Town",
        &["2-2 = 2,2 : Dunmore Athletic, Redcliffe Town : final"],
    ),
    // The AP scoreline: each side followed by its own points, a comma between. The whole span
    // from the first name to the last number is the score's text.
    (
        "Ridgeport Foxes 31, Harbor City Pelicans 27\n\nThe Foxes held on at home on Saturday.",
        AP,
        &["Ridgeport Foxes 31, Harbor City Pelicans 27 = 31,27 : Ridgeport Foxes, Harbor City Pelicans : final"],
    ),
    (
        "Kestrel Bay Wolves 4, Marlow Falcons 3 (OT)\n\nThe Wolves won it in overtime.",
        AP,
        &["Kestrel Bay Wolves 4, Marlow Falcons 3 = 4,3 : Kestrel Bay Wolves, Marlow Falcons : final"],
    ),
    (
        "Pelicans 104, Foxes 99: Okafor scores 30 in comeback",
        AP,
        &["Pelicans 104, Foxes 99 = 104,99 : Harbor City Pelicans, Ridgeport Foxes : final"],
    ),
    (
        "Saturday's result: Ridgeport Foxes 24, Harbor City Pelicans 17.",
        AP,
        &["Ridgeport Foxes 24, Harbor City Pelicans 17 = 24,17 : Ridgeport Foxes, Harbor City Pelicans : final"],
    ),
    (
        "The Foxes beat the Pelicans 104-99. At halftime it was Pelicans 55, Foxes 50.",
        AP,
        &[
            "104-99 = 104,99 : Ridgeport Foxes, Harbor City Pelicans : final",
            "Pelicans 55, Foxes 50 = 55,50 : Harbor City Pelicans, Ridgeport Foxes : half_time",
        ],
    ),
    (
        "Marlow Falcons 2, Kestrel Bay Wolves 2 and Ridgeport Foxes 3, Harbor City Pelicans 1 closed the night.",
        AP,
        &[
            "Marlow Falcons 2, Kestrel Bay Wolves 2 = 2,2 : Marlow Falcons, Kestrel Bay Wolves : final",
            "Ridgeport Foxes 3, Harbor City Pelicans 1 = 3,1 : Ridgeport Foxes, Harbor City Pelicans : final",
        ],
    ),
    // A results list whose sides are places standing for teams: each line a result of its own.
    (
        "Ridgeport 3, Marlow 1\nKestrel Bay 2, Dunmore 2",
        "place:Ridgeport; place:Marlow; place:Kestrel Bay; place:Dunmore",
        &[
            "Ridgeport 3, Marlow 1 = 3,1 : Ridgeport, Marlow : final",
            "Kestrel Bay 2, Dunmore 2 = 2,2 : Kestrel Bay, Dunmore : final",
        ],
    ),
    // A results line whose sides the entity stage did not find: the score, no teams.
    ("Northfield State 31, Carver Tech 27", "", &["Northfield State 31, Carver Tech 27 = 31,27 : - : final"]),
    (
        "Northfield State 31, Carver Tech 27: Late field goal settles it",
        "",
        &["Northfield State 31, Carver Tech 27 = 31,27 : - : final"],
    ),
    // The score written as a pair stays as it is.
    (
        "Ridgeport Foxes beat Harbor City Pelicans in a 24-17 win.",
        AP,
        &["24-17 = 24,17 : Ridgeport Foxes, Harbor City Pelicans : final"],
    ),
    // Basketball.
    (
        "Celtics 112, Knicks 104\n\nThe Boston Celtics beat the New York Knicks 112-104 on Sunday.",
        NBA,
        &[
            "Celtics 112, Knicks 104 = 112,104 : Boston Celtics, New York Knicks : final",
            "112-104 = 112,104 : Boston Celtics, New York Knicks : final",
        ],
    ),
    (
        "The Celtics beat the Knicks 112-104. Boston led 61-55 at halftime and broke the game open with a 31-18 third quarter.",
        NBA,
        &[
            "112-104 = 112,104 : Boston Celtics, New York Knicks : final",
            "61-55 = 61,55 : Boston Celtics, New York Knicks : half_time",
            "31-18 = 31,18 : Boston Celtics, New York Knicks : quarter",
        ],
    ),
    (
        "The Celtics beat the Knicks 112-104. A 12-0 run got the Knicks within 98-94 with 4:12 left.",
        NBA,
        &[
            "112-104 = 112,104 : Boston Celtics, New York Knicks : final",
            "12-0 = 12,0 : New York Knicks, Boston Celtics : running",
            "98-94 = 98,94 : Boston Celtics, New York Knicks : running",
        ],
    ),
    (
        "The Knicks have lost three of their last five games. They dropped a 120-109 decision at the Toronto Raptors last week.",
        NBA,
        &["120-109 = 120,109 : Toronto Raptors, New York Knicks : final"],
    ),
    (
        "The Denver Nuggets held off the Sacramento Kings 118-112. Denver led 31-24 after the first quarter and 60-55 at halftime.",
        NBA,
        &[
            "118-112 = 118,112 : Denver Nuggets, Sacramento Kings : final",
            "31-24 = 31,24 : Denver Nuggets, Sacramento Kings : quarter",
            "60-55 = 60,55 : Denver Nuggets, Sacramento Kings : half_time",
        ],
    ),
    (
        "The Denver Nuggets held off the Sacramento Kings 118-112. The Kings trimmed a 17-point deficit to 109-107 on a 14-2 run.",
        NBA,
        &[
            "118-112 = 118,112 : Denver Nuggets, Sacramento Kings : final",
            "109-107 = 109,107 : Denver Nuggets, Sacramento Kings : running",
            "14-2 = 14,2 : Sacramento Kings, Denver Nuggets : running",
        ],
    ),
    (
        "Sacramento, which lost 104-99 to the Phoenix Suns on Saturday, has dropped four of five.",
        NBA,
        &["104-99 = 104,99 : Phoenix Suns, Sacramento Kings : final"],
    ),
    ("Celtics sink Heat 104-99", NBA, &["104-99 = 104,99 : Boston Celtics, Miami Heat : final"]),
    // American football.
    (
        "The Kansas City Chiefs won 30-27 against the Buffalo Bills in overtime.",
        NFL,
        &["30-27 = 30,27 : Kansas City Chiefs, Buffalo Bills : final"],
    ),
    ("Kansas City won 30-27 in overtime.", NFL, &["30-27 = 30,27 : Kansas City Chiefs, ? : final"]),
    (
        "The Chiefs beat the Bills 30-27. A strike put Kansas City up 27-20, and a late touchdown tied it 27-27. The Chiefs led 17-10 at halftime.",
        NFL,
        &[
            "30-27 = 30,27 : Kansas City Chiefs, Buffalo Bills : final",
            "27-20 = 27,20 : Kansas City Chiefs, Buffalo Bills : running",
            "27-27 = 27,27 : Kansas City Chiefs, Buffalo Bills : running",
            "17-10 = 17,10 : Kansas City Chiefs, Buffalo Bills : half_time",
        ],
    ),
    // Ice hockey.
    (
        "The Minnesota Wild won 5-3 against the Winnipeg Jets. Winnipeg led 2-1 after the first period, and it was 3-3 after two periods. The goal put Minnesota ahead 4-3.",
        NHL,
        &[
            "5-3 = 5,3 : Minnesota Wild, Winnipeg Jets : final",
            "2-1 = 2,1 : Winnipeg Jets, Minnesota Wild : quarter",
            "3-3 = 3,3 : Minnesota Wild, Winnipeg Jets : quarter",
            "4-3 = 4,3 : Minnesota Wild, Winnipeg Jets : running",
        ],
    ),
    (
        "The Wild, who lost 4-3 in a shootout to the Dallas Stars on Thursday, host the Jets, whose goaltender leads the NHL.",
        NHL,
        &["4-3 = 4,3 : Dallas Stars, Minnesota Wild : final"],
    ),
    // Baseball.
    (
        "Ellis drove it over the wall, giving Boston a 5-3 win in 10 innings over New York. The Yankees had taken a 3-1 lead in the sixth. Rafael Ibáñez tied it 3-3 in the eighth inning.",
        MLB,
        &[
            "5-3 = 5,3 : Boston Red Sox, New York Yankees : final",
            "3-1 = 3,1 : New York Yankees, Boston Red Sox : running",
            "3-3 = 3,3 : Boston Red Sox, New York Yankees : running",
        ],
    ),
    ("The Yankees beat Boston 7-2 on Monday.", MLB, &["7-2 = 7,2 : New York Yankees, Boston Red Sox : final"]),
    // Rugby union.
    (
        "Ireland 27-20 France: O’Rourke double keeps dream alive\n\nIreland kept their title defence on course with a ferocious 27-20 win over France.",
        RUGBY,
        &[
            "27-20 = 27,20 : Ireland, France : final",
            "27-20 = 27,20 : Ireland, France : final",
        ],
    ),
    (
        "Bath beat Leicester Tigers 27-20 in the scrum-heavy game. Leicester converted twice to make it 20-20 with ten minutes left.",
        RUGBY,
        &[
            "27-20 = 27,20 : Bath, Leicester Tigers : final",
            "20-20 = 20,20 : Bath, Leicester Tigers : running",
        ],
    ),
    (
        "Northampton Saints remain two points behind after a 31-24 victory over Sale Sharks.",
        RUGBY,
        &["31-24 = 31,24 : Northampton Saints, Sale Sharks : final"],
    ),
    // Tennis: every set a score, the tiebreak inside its set.
    (
        "Ferrández-Ruiz won the Wimbledon title, beating Ødestad 7-5, 4-6, 6-3, 7-6 (8-6) after saving set points in the tiebreak.",
        TENNIS,
        &[
            "7-5 = 7,5 : Ferrández-Ruiz, Ødestad : set",
            "4-6 = 4,6 : Ferrández-Ruiz, Ødestad : set",
            "6-3 = 6,3 : Ferrández-Ruiz, Ødestad : set",
            "7-6 (8-6) = 7,6 : Ferrández-Ruiz, Ødestad : set",
        ],
    ),
    (
        "O’Sullivan won the Wimbledon title, beating Van den Broeck 6-4, 7-6(4) after a tiebreak.",
        TENNIS,
        &[
            "6-4 = 6,4 : O’Sullivan, Van den Broeck : set",
            "7-6(4) = 7,6 : O’Sullivan, Van den Broeck : set",
        ],
    ),
    (
        "First set: Dall’Acqua 6-4 Lindqvist. Tiebreak: Dall’Acqua 4-1 Lindqvist. Fourth set: Dall’Acqua 3-1 Lindqvist.",
        TENNIS,
        &[
            "6-4 = 6,4 : Dall’Acqua, Lindqvist : set",
            "4-1 = 4,1 : Dall’Acqua, Lindqvist : tiebreak",
            "3-1 = 3,1 : Dall’Acqua, Lindqvist : running",
        ],
    ),
    (
        "Dall’Acqua beats Lindqvist 6-4, 3-6, 7-6 (7-4), 6-3 at Wimbledon. Earlier, Lindqvist broke for 4-2 in the second set.",
        TENNIS,
        &[
            "6-4 = 6,4 : Dall’Acqua, Lindqvist : set",
            "3-6 = 3,6 : Dall’Acqua, Lindqvist : set",
            "7-6 (7-4) = 7,6 : Dall’Acqua, Lindqvist : set",
            "6-3 = 6,3 : Dall’Acqua, Lindqvist : set",
            "4-2 = 4,2 : Lindqvist, Dall’Acqua : running",
        ],
    ),
    // Cricket: runs and wickets of one side.
    (
        "Surrey were 41 for 2 in the sixth over before Kent finished on 186 for 4 in the T20.",
        CRICKET,
        &[
            "41 for 2 = 41,2 : Surrey : running",
            "186 for 4 = 186,4 : Kent : innings",
        ],
    ),
    (
        "Somerset recovered from 31 for 2 to post 287 for 4 in their 50 overs.",
        CRICKET,
        &[
            "31 for 2 = 31,2 : Somerset : running",
            "287 for 4 = 287,4 : Somerset : innings",
        ],
    ),
    (
        "Lancashire were all out for 230 in 44.2 overs as Somerset won by 57 runs.",
        CRICKET,
        &["all out for 230 = 230,10 : Lancashire : innings"],
    ),
    (
        "Brief scores: Somerset 287/4 (50 overs) beat Lancashire 230 (44.2 overs) by 57 runs.",
        CRICKET,
        &[
            "287/4 = 287,4 : Somerset : innings",
            "Lancashire 230 = 230,10 : Lancashire : innings",
        ],
    ),
    ("Somerset made 287-4 in their 50 overs.", CRICKET, &["287-4 = 287,4 : Somerset : innings"]),
    (
        "Harcourt-Lyle took five for 38 to bowl Surrey out for 167 and take three wickets.",
        CRICKET,
        &["out for 167 = 167,10 : Surrey : innings"],
    ),
    (
        "Kent were all out for 198 and Durham knocked off the runs, reaching 199 for 3 with 8.4 overs to spare.",
        CRICKET,
        &[
            "all out for 198 = 198,10 : Kent : innings",
            "199 for 3 = 199,3 : Durham : innings",
        ],
    ),
    // Golf: single values for one player.
    (
        "Kenji Watanabe won the Masters, closing with a final-round 66 at Augusta to finish at -12 after two birdies.",
        GOLF,
        &[
            "66 = 66 : Kenji Watanabe : running",
            "-12 = -12 : Kenji Watanabe : final",
        ],
    ),
    (
        "O’Shaughnessy, who signed for a closing 71 to finish at -10, bogeyed 17 at Augusta.",
        GOLF,
        &[
            "71 = 71 : O’Shaughnessy : running",
            "-10 = -10 : O’Shaughnessy : final",
        ],
    ),
    (
        "Méndez-Aguirre was third at 8 under after a 68 that included a double bogey at Augusta.",
        GOLF,
        &[
            "8 under = -8 : Méndez-Aguirre : final",
            "68 = 68 : Méndez-Aguirre : running",
        ],
    ),
    // More forms.
    ("Roma beat Lazio 1-0 (3-2 on aggregate) to reach the final.", FOOTBALL, &[
        "1-0 = 1,0 : Roma, Lazio : final",
        "3-2 = 3,2 : Roma, Lazio : aggregate",
    ]),
    ("Chelsea beat Arsenal 2-1 on Sunday. It was 1-1 at half-time.", FOOTBALL, &[
        "2-1 = 2,1 : Chelsea, Arsenal : final",
        "1-1 = 1,1 : Chelsea, Arsenal : half_time",
    ]),
    (
        "The Chiefs beat the Bills 30-27. The Bills were 14-3 down at the break.",
        NFL,
        &[
            "30-27 = 30,27 : Kansas City Chiefs, Buffalo Bills : final",
            "14-3 = 14,3 : Kansas City Chiefs, Buffalo Bills : half_time",
        ],
    ),
    (
        "The Toronto Raptors outlasted the Knicks 120-109 in double overtime.",
        NBA,
        &["120-109 = 120,109 : Toronto Raptors, New York Knicks : final"],
    ),
    (
        "The Carolina Hurricanes rallied past the New York Rangers 4-2 behind a rookie's hat trick.",
        "team:Carolina Hurricanes|Hurricanes; team:New York Rangers|Rangers",
        &["4-2 = 4,2 : Carolina Hurricanes, New York Rangers : final"],
    ),
    ("Boston beat the Yankees 5-3 in 10 innings.", MLB, &["5-3 = 5,3 : Boston Red Sox, New York Yankees : final"]),
    (
        "Watanabe shot 66 with six birdies on Sunday to win at 12 under at Augusta.",
        GOLF,
        &[
            "66 = 66 : Kenji Watanabe : running",
            "12 under = -12 : Kenji Watanabe : final",
        ],
    ),
    ("Lens won 1-0 away from home at Lille.", "team:Lens; team:Lille", &["1-0 = 1,0 : Lens, Lille : final"]),
    (
        "Gasperini's Atalanta won the league. Gasperini had watched his side beat Roma 2-1 in March.",
        "person:Gasperini; team:Atalanta; team:Roma",
        &["2-1 = 2,1 : Atalanta, Roma : final"],
    ),
    (
        "India had made 410 in their first innings and Surrey replied with 384 after 90 overs.",
        "team@cricket:India; team@cricket:Surrey",
        &[
            "410 = 410,10 : India : innings",
            "384 = 384,10 : Surrey : innings",
        ],
    ),
    (
        "Scores: India 410 & 251; England 384 & 281-3 (wickets and overs to follow).",
        "team@cricket:India; team@cricket:England",
        &[
            "India 410 = 410,10 : India : innings",
            "251 = 251,10 : India : innings",
            "England 384 = 384,10 : England : innings",
            "281-3 = 281,3 : England : innings",
        ],
    ),
    (
        "The Lakers beat the Warriors 121-115. The Warriors had won the previous meeting 118-112.",
        "team:Los Angeles Lakers|Lakers; team:Golden State Warriors|Warriors",
        &[
            "121-115 = 121,115 : Los Angeles Lakers, Golden State Warriors : final",
            "118-112 = 118,112 : Golden State Warriors, Los Angeles Lakers : final",
        ],
    ),
    (
        "The Yankees beat Boston 7-2 on Monday in the series opener.",
        MLB,
        &["7-2 = 7,2 : New York Yankees, Boston Red Sox : final"],
    ),
    (
        "Arsenal 2 Chelsea 1: Saka stars\n\n12' GOAL! Arsenal 1-0 Chelsea. Saka curls one in.\n\n58' GOAL! Arsenal 1-1 Chelsea.\n\nFull-time: Arsenal 2-1 Chelsea. The 2-1 scoreline flatters the visitors.",
        FOOTBALL,
        &[
            "Arsenal 2 Chelsea 1 = 2,1 : Arsenal, Chelsea : final",
            "1-0 = 1,0 : Arsenal, Chelsea : running",
            "1-1 = 1,1 : Arsenal, Chelsea : running",
            "2-1 = 2,1 : Arsenal, Chelsea : final",
            "2-1 = 2,1 : Arsenal, Chelsea : final",
        ],
    ),
    // Several results in the British form on one line, after a label and apart by semicolons.
    (
        "Results\n\nSaturday: Sharks 22 Storm 20; Cowboys 16 Titans 14",
        "team:Sharks; team:Storm; team:Cowboys; team:Titans",
        &[
            "Sharks 22 Storm 20 = 22,20 : Sharks, Storm : final",
            "Cowboys 16 Titans 14 = 16,14 : Cowboys, Titans : final",
        ],
    ),
    (
        "The Ravens beat the Steelers 27-24. The Steelers had won the last two meetings, including a 16-13 victory in Week 7.",
        "team:Baltimore Ravens|Ravens; team:Pittsburgh Steelers|Steelers",
        &[
            "27-24 = 27,24 : Baltimore Ravens, Pittsburgh Steelers : final",
            "16-13 = 16,13 : Pittsburgh Steelers, Baltimore Ravens : final",
        ],
    ),
    // Sports of people, and other codes.
    (
        "Usyk retained his heavyweight titles, beating Tyson Fury by unanimous decision. All three judges scored the fight 116-112 for Usyk.",
        "person:Oleksandr Usyk|Usyk; person:Tyson Fury|Fury",
        &["116-112 = 116,112 : Oleksandr Usyk, Tyson Fury : final"],
    ),
    (
        "Collingwood 15.12 (102) defeated Brisbane 10.8 (68) at the MCG. The Magpies led 9.6 (60) to 5.4 (34) at half-time in the AFL clash.",
        "team:Collingwood|Magpies; team:Brisbane Lions|Brisbane",
        &[
            "Collingwood 15.12 (102) defeated Brisbane 10.8 (68) = 102,68 : Collingwood, Brisbane Lions : final",
            "9.6 (60) to 5.4 (34) = 60,34 : Collingwood, Brisbane Lions : half_time",
        ],
    ),
    (
        "Penrith Panthers beat Melbourne Storm 14-12 in the NRL grand final. Melbourne led 8-6 at half-time.",
        "team:Penrith Panthers|Penrith; team:Melbourne Storm|Melbourne",
        &[
            "14-12 = 14,12 : Penrith Panthers, Melbourne Storm : final",
            "8-6 = 8,6 : Melbourne Storm, Penrith Panthers : half_time",
        ],
    ),
    (
        "The Aces beat the Liberty 70-69 in Game 4 to win the WNBA Finals 3-1. The Liberty won Game 3 87-73 at home.",
        "team:Las Vegas Aces|Aces; team:New York Liberty|Liberty",
        &[
            "70-69 = 70,69 : Las Vegas Aces, New York Liberty : final",
            "87-73 = 87,73 : New York Liberty, Las Vegas Aces : final",
        ],
    ),
    (
        "Sabalenka won the US Open, beating American Jessica Pegula 7-5, 7-5 in the final. Pegula had come from a set down to defeat Karolina Muchova 1-6, 6-4, 6-2 in the tiebreak-free semi.",
        "person:Aryna Sabalenka|Sabalenka; person:Jessica Pegula|Pegula; person:Karolina Muchova",
        &[
            "7-5 = 7,5 : Aryna Sabalenka, Jessica Pegula : set",
            "7-5 = 7,5 : Aryna Sabalenka, Jessica Pegula : set",
            "1-6 = 1,6 : Jessica Pegula, Karolina Muchova : set",
            "6-4 = 6,4 : Jessica Pegula, Karolina Muchova : set",
            "6-2 = 6,2 : Jessica Pegula, Karolina Muchova : set",
        ],
    ),
    // Phrasings seen in the probes (objects are not subjects; lists name the opponent last).
    ("Arsenal were 3-1 winners at Stamford Bridge against Chelsea.", FOOTBALL, &["3-1 = 3,1 : Arsenal, Chelsea : final"]),
    ("Chelsea trailed Arsenal 2-0 at half-time.", FOOTBALL, &["2-0 = 2,0 : Arsenal, Chelsea : half_time"]),
    ("Arsenal's 3-0 defeat of Chelsea sealed the title.", FOOTBALL, &["3-0 = 3,0 : Arsenal, Chelsea : final"]),
    ("Leeds, beaten 4-0 by Burnley on Saturday, sacked their manager.", FOOTBALL, &["4-0 = 4,0 : Burnley, Leeds : final"]),
    ("Leeds were held to a 1-1 draw by Burnley.", FOOTBALL, &["1-1 = 1,1 : Leeds, Burnley : final"]),
    ("Chelsea beat Leeds in the FA Cup final, 2-1, on Saturday.", FOOTBALL, &["2-1 = 2,1 : Chelsea, Leeds : final"]),
    (
        "Wolves have won their last three against Arsenal, including a 4-1 thrashing in December.",
        FOOTBALL,
        &["4-1 = 4,1 : Wolves, Arsenal : final"],
    ),
    ("It finished 2-2 at Elland Road between Leeds and Burnley.", FOOTBALL, &["2-2 = 2,2 : Leeds, Burnley : final"]),
    (
        "Arsenal beat Fulham 2-1, and Friday's opener between Leeds and Burnley finished 1-1. The \
         game between Genoa and Torino ended 3-1.",
        FOOTBALL,
        &["2-1 = 2,1 : Arsenal, Fulham : final", "1-1 = 1,1 : Leeds, Burnley : final", "3-1 = 3,1 : - : final"],
    ),
    (
        "Leeds beat Burnley on Saturday. The 3-1 win lifts them to fifth.",
        FOOTBALL,
        &["3-1 = 3,1 : Leeds, Burnley : final"],
    ),
    (
        "Tatum scored 40 points as the Celtics (12-3) beat the Knicks (8-7) 118-104 on Friday.",
        NBA,
        &["118-104 = 118,104 : Boston Celtics, New York Knicks : final"],
    ),
    (
        "Djokovic saved two match points at Wimbledon before losing 6-7 (4), 7-6 (5), 6-4 to Sinner in the tiebreak-heavy final.",
        "person:Novak Djokovic|Djokovic; person:Jannik Sinner|Sinner",
        &[
            "6-7 (4) = 6,7 : Jannik Sinner, Novak Djokovic : set",
            "7-6 (5) = 7,6 : Jannik Sinner, Novak Djokovic : set",
            "6-4 = 6,4 : Jannik Sinner, Novak Djokovic : set",
        ],
    ),
    (
        "Takuma Inoue beat Sho Ishida by unanimous decision in the bantamweight bout, with judges scoring it 116-111, 115-112 and 117-110.",
        "person:Takuma Inoue; person:Sho Ishida",
        &[
            "116-111 = 116,111 : Takuma Inoue, Sho Ishida : final",
            "115-112 = 115,112 : Takuma Inoue, Sho Ishida : final",
            "117-110 = 117,110 : Takuma Inoue, Sho Ishida : final",
        ],
    ),
    (
        "Olympiacos beat Panathinaikos 78-71 (18-20, 22-15, 17-19, 21-17) in a EuroLeague derby.",
        "team:Olympiacos; team:Panathinaikos",
        &[
            "78-71 = 78,71 : Olympiacos, Panathinaikos : final",
            "18-20 = 18,20 : Olympiacos, Panathinaikos : quarter",
            "22-15 = 22,15 : Olympiacos, Panathinaikos : quarter",
            "17-19 = 17,19 : Olympiacos, Panathinaikos : quarter",
            "21-17 = 21,17 : Olympiacos, Panathinaikos : quarter",
        ],
    ),
    ("Arsenal beat Chelsea 2-1 (1-0) at home.", FOOTBALL, &[
        "2-1 = 2,1 : Arsenal, Chelsea : final",
        "1-0 = 1,0 : Arsenal, Chelsea : half_time",
    ]),
    (
        "Sydney Swans 14.9 (93) defeated GWS Giants 12.10 (82) in the AFL. The Swans led by 14 points at quarter-time and 8.5 (53) to 5.7 (37) at the main break.",
        "team:Sydney Swans|Swans; team:GWS Giants|Giants",
        &[
            "Sydney Swans 14.9 (93) defeated GWS Giants 12.10 (82) = 93,82 : Sydney Swans, GWS Giants : final",
            "8.5 (53) to 5.7 (37) = 53,37 : Sydney Swans, GWS Giants : half_time",
        ],
    ),
    (
        "Boston led by 12 at halftime, 60-48, before the Celtics beat the Knicks 112-104.",
        NBA,
        &[
            "60-48 = 60,48 : Boston Celtics, New York Knicks : half_time",
            "112-104 = 112,104 : Boston Celtics, New York Knicks : final",
        ],
    ),
    (
        "Gauff won the US Open, beating Sabalenka 2-6, 6-3, 6-2 in the tiebreak-free final. Sabalenka took the first set 6-2 in 37 minutes.",
        "person:Coco Gauff|Gauff; person:Aryna Sabalenka|Sabalenka",
        &[
            "2-6 = 2,6 : Coco Gauff, Aryna Sabalenka : set",
            "6-3 = 6,3 : Coco Gauff, Aryna Sabalenka : set",
            "6-2 = 6,2 : Coco Gauff, Aryna Sabalenka : set",
            "6-2 = 6,2 : Aryna Sabalenka, Coco Gauff : set",
        ],
    ),
    (
        "The Penrith Panthers beat the Melbourne Storm 14-6 in the NRL grand final. The Panthers went into the break 8-2 ahead. It was a repeat of last year's decider, when Penrith came from 24-8 down to win 26-24.",
        "team:Penrith Panthers|Panthers|Penrith; team:Melbourne Storm|Storm|Melbourne",
        &[
            "14-6 = 14,6 : Penrith Panthers, Melbourne Storm : final",
            "8-2 = 8,2 : Penrith Panthers, Melbourne Storm : half_time",
            "24-8 = 24,8 : Melbourne Storm, Penrith Panthers : running",
            "26-24 = 26,24 : Penrith Panthers, Melbourne Storm : final",
        ],
    ),
    (
        "Barcelona beat Real Madrid 3-2 on Saturday. Barcelona had lost the reverse fixture 4-0 at the Bernabéu in October.",
        "team:Barcelona; team:Real Madrid|Madrid",
        &[
            "3-2 = 3,2 : Barcelona, Real Madrid : final",
            "4-0 = 4,0 : Real Madrid, Barcelona : final",
        ],
    ),
    // Any "meeting" of the sides is the story's pair: "won the first meeting", "last year's
    // meeting", "their only meeting this season".
    (
        "The Ravens beat the Steelers 20-17 on Sunday. Pittsburgh had won the first meeting 24-10 in October.",
        "team:Baltimore Ravens|Ravens; team:Pittsburgh Steelers|Steelers|Pittsburgh",
        &[
            "20-17 = 20,17 : Baltimore Ravens, Pittsburgh Steelers : final",
            "24-10 = 24,10 : Pittsburgh Steelers, Baltimore Ravens : final",
        ],
    ),
    // A score credited "for" a side with no word of an end is a lead during the story's match;
    // with one ("it finished 2-1 for Villa") a result.
    (
        "Tatran beat Vítkovice 6:5 after extension on Saturday. After six minutes it was 2:0 for \
         Tatran, and Vítkovice were level by the break.",
        "team:Tatran; team:Vítkovice",
        &[
            "6:5 = 6,5 : Tatran, Vítkovice : final",
            "2:0 = 2,0 : Tatran, Vítkovice : running",
        ],
    ),
    // A headline's score set off by a colon after the object is the verb's ("took revenge on"
    // is a win verb); a score "in favour of the hosts" is the home side's.
    (
        "Yenisey took revenge on SKA-Neftyanik: 5:4 in the 87th minute\n\nYenisey hosted \
         SKA-Neftyanik on Tuesday. SKA-Neftyanik remain top. At the break it was 2:1 in favour of \
         the hosts.",
        "team:Yenisey; team:SKA-Neftyanik",
        &[
            "5:4 = 5,4 : Yenisey, SKA-Neftyanik : final",
            "2:1 = 2,1 : Yenisey, SKA-Neftyanik : half_time",
        ],
    ),
    // A quarter's own score after a score during play is not turned round to keep points
    // rising: the quarter's points start from nothing.
    (
        "Vouliagmeni drew 12:12 with Olympiacos and won the shoot-out. The first quarter was \
         theirs: 3:2 for Olympiacos after two goals. In the second quarter the picture changed. \
         Vouliagmeni won it 4:2 and led 6:5 at the break.",
        "team:Vouliagmeni; team:Olympiacos",
        &[
            "12:12 = 12,12 : Vouliagmeni, Olympiacos : final",
            "3:2 = 3,2 : Olympiacos, Vouliagmeni : running",
            "4:2 = 4,2 : Vouliagmeni, Olympiacos : quarter",
            "6:5 = 6,5 : Vouliagmeni, Olympiacos : half_time",
        ],
    ),
    // A day between a result verb and its score tells when, not which game.
    (
        "Granollers lost this Sunday 29:31 (15:14) against Ademar León. Valencia won on Saturday \
         30-25 at Cuenca.",
        "team@handball:Granollers; team@handball:Ademar León|Ademar; team@handball:Valencia; \
         team@handball:Cuenca",
        &[
            "29:31 = 29,31 : Granollers, Ademar León : final",
            "15:14 = 15,14 : Granollers, Ademar León : half_time",
            "30-25 = 30,25 : Valencia, Cuenca : final",
        ],
    ),
    // A participle clause's passive draw ("before being held 1-1 by …") shares the sentence's
    // subject; a noun set off after a side ("…, a side they beat 3-1") hangs on the last side
    // named before it, as "whom" does on the name right before it.
    (
        "Whitby beat Stafford Rangers 4-0 on Tuesday, before being held 1-1 at home by Hyde United \
         on Saturday. Whitby host Warrington Rylands on Saturday (3pm), a side they beat 3-1 at \
         Gorsey Lane last season.",
        "team:Whitby; team:Stafford Rangers; team:Hyde United; team:Warrington Rylands",
        &[
            "4-0 = 4,0 : Whitby, Stafford Rangers : final",
            "1-1 = 1,1 : Whitby, Hyde United : final",
            "3-1 = 3,1 : Whitby, Warrington Rylands : final",
        ],
    ),
    // Translated copy writes "won with" and "lost with" for beat and lost to (a calque of
    // "wygrać z", "perder con"): with a side after it, the verb's object.
    (
        "In the 19th round, PGE Projekt Warszawa won with Aluron CMC Warta Zawiercie 3:2 on \
         Saturday. A week earlier Zawiercie lost with Asseco Resovia 1:3 in Rzeszów.",
        "team@volleyball:PGE Projekt Warszawa; \
         team@volleyball:Aluron CMC Warta Zawiercie|Zawiercie; team@volleyball:Asseco Resovia",
        &[
            "3:2 = 3,2 : PGE Projekt Warszawa, Aluron CMC Warta Zawiercie : final",
            "1:3 = 1,3 : Aluron CMC Warta Zawiercie, Asseco Resovia : final",
        ],
    ),
    // "Awarded" before a score makes it a result: credited "to" a side, that side won the match
    // the story reports (a ruling's score).
    (
        "Whitby Town beat Ashton United 2-1 in October. Whitby Town fielded a player who was not \
         registered. The game was awarded 3-0 to Ashton United on Monday.",
        "team:Whitby Town|Whitby; team:Ashton United|Ashton",
        &[
            "2-1 = 2,1 : Whitby Town, Ashton United : final",
            "3-0 = 3,0 : Ashton United, Whitby Town : final",
        ],
    ),
    // "She" after a relative adverb or a fronted phrase is the player the sentences before
    // speak of as a subject (not one named only as an opponent or an apposition), however many
    // sentences of "she" lie between.
    (
        "Lien Moreau reached the final, where she met Sofia Marchetti again. The first title \
         came in Doha, where she beat Jasmine Okafor 6-4, 6-1 in the final.",
        "person:Lien Moreau|Moreau; person:Sofia Marchetti|Marchetti; \
         person:Jasmine Okafor|Okafor",
        &[
            "6-4 = 6,4 : Lien Moreau, Jasmine Okafor : set",
            "6-1 = 6,1 : Lien Moreau, Jasmine Okafor : set",
        ],
    ),
    (
        "Dorothy Rhys never played a tiebreak. In 1958 she lost the Welsh tennis final to her \
         doubles partner, Ann Cole, on a dark evening. Two years later she beat Helga Brandt \
         2-6, 7-5, 9-7 at Queen's Club.",
        "person:Dorothy Rhys|Rhys; person:Ann Cole|Cole; person:Helga Brandt|Brandt",
        &[
            "2-6 = 2,6 : Dorothy Rhys, Helga Brandt : set",
            "7-5 = 7,5 : Dorothy Rhys, Helga Brandt : set",
            "9-7 = 9,7 : Dorothy Rhys, Helga Brandt : set",
        ],
    ),
    // An ordinal alone after a result in a sport played in sets names the set ("in the
    // sixth"), not a state of it ("led 2-1 in the seventh").
    (
        "Rhys Pritchard beat Wessel Brouwer 6-4 in the PDC final, sealed with a 121 checkout. \
         Pritchard whitewashed Brouwer 3-0 in the sixth and led 2-1 in the seventh.",
        "person@darts:Rhys Pritchard|Pritchard; person@darts:Wessel Brouwer|Brouwer",
        &[
            "6-4 = 6,4 : Rhys Pritchard, Wessel Brouwer : final",
            "3-0 = 3,0 : Rhys Pritchard, Wessel Brouwer : set",
            "2-1 = 2,1 : Rhys Pritchard, Wessel Brouwer : running",
        ],
    ),
    // A nationality between a preposition and a player leaves the player governed: "against
    // the Dane Holm" names the opponent, not the subject of "winning".
    (
        "In the badminton semi-final against the Dane Anders Holm, Rizky Wijaya needed three \
         games, winning 18-21, 21-14, 21-13.",
        "person:Rizky Wijaya|Wijaya; person:Anders Holm|Holm",
        &[
            "18-21 = 18,21 : Rizky Wijaya, Anders Holm : set",
            "21-14 = 21,14 : Rizky Wijaya, Anders Holm : set",
            "21-13 = 21,13 : Rizky Wijaya, Anders Holm : set",
        ],
    ),
    // A side short of players or described by its form before its name is still the object
    // ("beat 10-man Monaco 4-2", "beat unbeaten Rennes 2-0").
    (
        "Lyon beat 10-man Monaco 4-2 on Friday. A week earlier Lens beat unbeaten Rennes 2-0.",
        "team:Lyon; team:Monaco; team:Lens; team:Rennes",
        &[
            "4-2 = 4,2 : Lyon, Monaco : final",
            "2-0 = 2,0 : Lens, Rennes : final",
        ],
    ),
    // A match-facts line names each side's scorers and minutes in brackets after its goals.
    (
        "Match facts\n\nLyon 4 (Diallo-Brun 8, 19, Morlaix 78 pen, Lacombe 90+1) Monaco 2 \
         (Ben Yedder 33, Golovin 61)",
        "team:Lyon; team:Monaco",
        &["Lyon 4 (Diallo-Brun 8, 19, Morlaix 78 pen, Lacombe 90+1) Monaco 2 = 4,2 : Lyon, Monaco : final"],
    ),
    // "The last derby" of a derby's side is the story's pair too.
    (
        "Two late goals gave City a 3-2 win over Rovers in the derby on Saturday. Rovers, who had \
         won the last derby 4-1 in October, were good value for their 1-0 lead at the break.",
        "team:Rovers; team:City",
        &[
            "3-2 = 3,2 : City, Rovers : final",
            "4-1 = 4,1 : Rovers, City : final",
            "1-0 = 1,0 : Rovers, City : half_time",
        ],
    ),
    // The game a running score belongs to is the final the text gives most often, not an
    // earlier meeting told nearer before it.
    (
        "The Lightning beat the Red Wings 4-3 in overtime on Saturday. Detroit beat Tampa Bay 5-2 when the teams met in March. Fontana-Reyes put the Lightning up 3-2 with ten minutes left, and the 4-3 win was their fifth in a row.",
        "team:Tampa Bay Lightning|Lightning|Tampa Bay; team:Detroit Red Wings|Red Wings|Detroit",
        &[
            "4-3 = 4,3 : Tampa Bay Lightning, Detroit Red Wings : final",
            "5-2 = 5,2 : Detroit Red Wings, Tampa Bay Lightning : final",
            "3-2 = 3,2 : Tampa Bay Lightning, Detroit Red Wings : running",
            "4-3 = 4,3 : Tampa Bay Lightning, Detroit Red Wings : final",
        ],
    ),
    // An object named after its description, between commas: "beat the champions, Munster,
    // 24-20"; the named object is no subject of a verb coordinated after it.
    (
        "Leinster beat the champions, Munster, 24-20 at the Aviva, then lost to Ulster 17-10.",
        "team:Leinster; team:Munster; team:Ulster",
        &[
            "24-20 = 24,20 : Leinster, Munster : final",
            "17-10 = 17,10 : Ulster, Leinster : final",
        ],
    ),
    (
        "Fontaine-Ndiaye beat the second seed, Ana Betancourt-Roa, 4-6, 6-4, 7-6 (9-7) in the quarter-finals, then dismissed the American Courtney Vandermeer 6-2, 6-1.",
        "person:Maëlle Fontaine-Ndiaye|Fontaine-Ndiaye; person:Ana Betancourt-Roa; person:Courtney Vandermeer",
        &[
            "4-6 = 4,6 : Maëlle Fontaine-Ndiaye, Ana Betancourt-Roa : set",
            "6-4 = 6,4 : Maëlle Fontaine-Ndiaye, Ana Betancourt-Roa : set",
            "7-6 (9-7) = 7,6 : Maëlle Fontaine-Ndiaye, Ana Betancourt-Roa : set",
            "6-2 = 6,2 : Maëlle Fontaine-Ndiaye, Courtney Vandermeer : set",
            "6-1 = 6,1 : Maëlle Fontaine-Ndiaye, Courtney Vandermeer : set",
        ],
    ),
    // A pronoun opening a sentence after a dateline's sentence is that sentence's subject, not
    // the city the story was filed from.
    (
        "CINCINNATI — The Baltimore Ravens beat the Cincinnati Bengals 31-27 on Sunday. They trailed 17-10 at halftime.",
        "team:Cincinnati Bengals|Bengals; team:Baltimore Ravens|Ravens|Baltimore; place:Cincinnati|CINCINNATI",
        &[
            "31-27 = 31,27 : Baltimore Ravens, Cincinnati Bengals : final",
            "17-10 = 17,10 : Cincinnati Bengals, Baltimore Ravens : half_time",
        ],
    ),
    // The side named right after "made it" leads.
    (
        "The Ravens beat the Bengals 31-27. His touchdown pass made it 27-24 Cincinnati with 4:12 left.",
        "team:Cincinnati Bengals|Bengals|Cincinnati; team:Baltimore Ravens|Ravens|Baltimore",
        &[
            "31-27 = 31,27 : Baltimore Ravens, Cincinnati Bengals : final",
            "27-24 = 27,24 : Cincinnati Bengals, Baltimore Ravens : running",
        ],
    ),
    // A loser beaten with no agent named is beaten by the side of the same points' match.
    (
        "Aberdeen beat Hearts 2-1 at Pittodrie on Saturday. Hearts were beaten 2-1 despite dominating the second half.",
        "team:Aberdeen|Dons; team:Heart of Midlothian|Hearts",
        &[
            "2-1 = 2,1 : Aberdeen, Heart of Midlothian : final",
            "2-1 = 2,1 : Aberdeen, Heart of Midlothian : final",
        ],
    ),
    // A "first leg" is of the story's tie.
    (
        "Real Betis beat Athletic Club 2-1 last night, levelling the semi-final at 2-2 on aggregate.\n\nPeñalver saved two penalties in the shoot-out.\n\nAthletic had won the first leg 1-0 at San Mamés on February 3.",
        "team:Real Betis|Betis; team:Athletic Club|Athletic",
        &[
            "2-1 = 2,1 : Real Betis, Athletic Club : final",
            "2-2 = 2,2 : Real Betis, Athletic Club : aggregate",
            "1-0 = 1,0 : Athletic Club, Real Betis : final",
        ],
    ),
    // A deficit "trimmed it to" is the subject's: the other side's points first.
    (
        "Dayton beat Marquette 76-71 on Saturday. Marquette trimmed it to 38-31 at the break.",
        "team:Dayton Flyers|Dayton; team:Marquette Golden Eagles|Marquette",
        &[
            "76-71 = 76,71 : Dayton Flyers, Marquette Golden Eagles : final",
            "38-31 = 38,31 : Dayton Flyers, Marquette Golden Eagles : half_time",
        ],
    ),
    // A headline's present tense: "Bulls fall 31-28", the loser as subject.
    (
        "Sharks steal it late as Bulls fall 31-28 in Pretoria.",
        "team:Sharks; team:Bulls",
        &["31-28 = 31,28 : Sharks, Bulls : final"],
    ),
    // The side that "made it" 13-9 scored last: it owns the points that rose since 13-3, though
    // the score is written leader first.
    (
        "Scotland beat Wales 26-19 at Murrayfield on Saturday. There were 25 minutes gone when a converted try made the score 13-3. Wales kept in touch through Beddoe, who landed two penalties to make it 13-9.",
        "team:Scotland; team:Wales; person:Owain Beddoe|Beddoe",
        &[
            "26-19 = 26,19 : Scotland, Wales : final",
            "13-3 = 13,3 : - : running",
            "13-9 = 13,9 : Scotland, Wales : running",
        ],
    ),
    // A running score is bounded by the final its report gave before it, not by a past meeting
    // told after it.
    (
        "Scotland beat Wales 26-19 at Murrayfield on Saturday. Wales led 19-16 with ten minutes left. Wales then conceded a try whose conversion made it 26-19. Wales won last year's meeting 21-18.",
        "team:Scotland; team:Wales",
        &[
            "26-19 = 26,19 : Scotland, Wales : final",
            "19-16 = 19,16 : Wales, Scotland : running",
            "26-19 = 26,19 : Scotland, Wales : running",
            "21-18 = 21,18 : Wales, Scotland : final",
        ],
    ),
    // Forms met in the held-out articles (issue 6), with made-up names.
    // A results line abbreviating the verb.
    (
        "Kestrel Bay 11.9 (75) def. Harrowfield 8.7 (55)",
        "team:Kestrel Bay|Kestrels; team:Harrowfield",
        &["Kestrel Bay 11.9 (75) def. Harrowfield 8.7 (55) = 75,55 : Kestrel Bay, Harrowfield : final"],
    ),
    (
        "Kai Brandt's side, who beat Redcliffe Town 2-0 last week, are unbeaten.",
        "person:Kai Brandt; team:Dunmore Athletic; team:Redcliffe Town",
        &["2-0 = 2,0 : ?, Redcliffe Town : final"],
    ),
    (
        "Dunmore Athletic coach Kai Brandt saw his side lose twice. Kai Brandt's side, who beat Redcliffe Town 2-0 last week, are unbeaten at home.",
        "person:Kai Brandt; team:Dunmore Athletic; team:Redcliffe Town",
        &["2-0 = 2,0 : Dunmore Athletic, Redcliffe Town : final"],
    ),
    // A relative clause closed before the score: its antecedent is the subject, and when no
    // entity names it ("The veteran, who …, retired trailing 4-1"), nothing does.
    (
        "Ødestad beat Lindqvist 6-4, 6-2 at Wimbledon. The veteran, who had taken the first set before Lindqvist levelled, retired trailing 4-1 in the third.",
        TENNIS,
        &[
            "6-4 = 6,4 : Ødestad, Lindqvist : set",
            "6-2 = 6,2 : Ødestad, Lindqvist : set",
            "4-1 = 4,1 : - : running",
        ],
    ),
    // (A noun phrase with a participle after it is the subject itself.)
    (
        "Boston beat the Knicks 112-104. A 12-0 run, sparked by two threes, got the Knicks within 98-94.",
        NBA,
        &[
            "112-104 = 112,104 : Boston Celtics, New York Knicks : final",
            "12-0 = 12,0 : New York Knicks, Boston Celtics : running",
            "98-94 = 98,94 : Boston Celtics, New York Knicks : running",
        ],
    ),
    // A score in a phrase before the clause belongs to the clause's subject.
    (
        "Dunmore Athletic lost at home. After a 3-0 win at Redcliffe Town, Harlow Town moved top.",
        "team:Dunmore Athletic; team:Redcliffe Town; team:Harlow Town",
        &["3-0 = 3,0 : Harlow Town, Redcliffe Town : final"],
    ),
    (
        "Dunmore Athletic lost at home. After a 3-0 win at Redcliffe Town, the leaders moved clear.",
        "team:Dunmore Athletic; team:Redcliffe Town; team:Harlow Town",
        &["3-0 = 3,0 : ?, Redcliffe Town : final"],
    ),
    // One club found as two entities of the same name is one side.
    (
        "Vellmar Rovers beat Ostrava Stags 80-75. Vellmar led 20-18 after the first quarter.",
        "team:Vellmar Rovers; team:Ostrava Stags; team:Vellmar Rovers|Vellmar",
        &[
            "80-75 = 80,75 : Vellmar Rovers, Ostrava Stags : final",
            "20-18 = 20,18 : Vellmar Rovers, Ostrava Stags : quarter",
        ],
    ),
    // A relative clause hangs on the side before it, even one a preposition governs.
    (
        "The draw keeps Harlow Town top, two clear of Dunmore Athletic, who beat Redcliffe Town 3-0 on Saturday.",
        "team:Harlow Town; team:Dunmore Athletic; team:Redcliffe Town",
        &["3-0 = 3,0 : Dunmore Athletic, Redcliffe Town : final"],
    ),
    (
        "Ostrava Stags, which lost 88-80 to Vellmar Rovers on Friday, have won once since.",
        "team:Vellmar Rovers; team:Ostrava Stags",
        &["88-80 = 88,80 : Vellmar Rovers, Ostrava Stags : final"],
    ),
    // A possessive pronoun takes the previous sentence's side; a side later in the sentence
    // that a verb governs is the object, never the subject.
    (
        "For Dunmore Athletic there was only consolation. Their 3-1 win in the 2019 final remains the only time they have beaten Redcliffe Town.",
        "team:Dunmore Athletic; team:Redcliffe Town",
        &["3-1 = 3,1 : Dunmore Athletic, Redcliffe Town : final"],
    ),
    // The head of a compound noun after the score is its last noun.
    (
        "Kestrel Bay's 31-10 grand final demolition of Harrowfield is still talked about.",
        "team:Kestrel Bay; team:Harrowfield",
        &["31-10 = 31,10 : Kestrel Bay, Harrowfield : final"],
    ),
    // "stole Game 2": a result verb with the numbered game between.
    (
        "The Sparks won the opener 90-77 before the Comets stole Game 2 79-75 on Sunday.",
        "team:Sparks; team:Comets",
        &[
            "90-77 = 90,77 : Sparks, Comets : final",
            "79-75 = 79,75 : Comets, Sparks : final",
        ],
    ),
    // A lead named before the score ("back in front by …, 2-1").
    (
        "Dunmore Athletic beat Redcliffe Town 3-2. Dunmore Athletic were back in front by the hour, 2-1.",
        "team:Dunmore Athletic; team:Redcliffe Town",
        &[
            "3-2 = 3,2 : Dunmore Athletic, Redcliffe Town : final",
            "2-1 = 2,1 : Dunmore Athletic, Redcliffe Town : running",
        ],
    ),
    // A shoot-out after a draw of the same sentence is between the draw's sides.
    (
        "Dunmore Athletic went through, winning 4-2 on penalties after a 1-1 draw with Redcliffe Town.",
        "team:Dunmore Athletic; team:Redcliffe Town",
        &[
            "4-2 = 4,2 : Dunmore Athletic, Redcliffe Town : penalties",
            "1-1 = 1,1 : Dunmore Athletic, Redcliffe Town : final",
        ],
    ),
    // ... but only when the sentence names the other side.
    (
        "Dunmore Athletic won 4-2 on penalties.",
        "team:Dunmore Athletic; team:Redcliffe Town",
        &["4-2 = 4,2 : Dunmore Athletic, ? : penalties"],
    ),
    // A running score naming no side follows the one before it when only one order keeps both
    // sides' points from going down.
    (
        "Kestrel Bay beat Harrowfield 18-14. Harrowfield led 12-6 at half-time and a penalty made it 14-6.\n\nA long-range try made it 14-10.",
        "team:Kestrel Bay; team:Harrowfield",
        &[
            "18-14 = 18,14 : Kestrel Bay, Harrowfield : final",
            "12-6 = 12,6 : Harrowfield, Kestrel Bay : half_time",
            "14-6 = 14,6 : Harrowfield, Kestrel Bay : running",
            "14-10 = 14,10 : Harrowfield, Kestrel Bay : running",
        ],
    ),
    // ... and says nothing when both orders fit.
    (
        "Kestrel Bay beat Harrowfield 3-2. Harrowfield led 1-0 at the break.\n\nA header made it 2-1.",
        "team:Kestrel Bay; team:Harrowfield",
        &[
            "3-2 = 3,2 : Kestrel Bay, Harrowfield : final",
            "1-0 = 1,0 : Harrowfield, Kestrel Bay : half_time",
            "2-1 = 2,1 : - : running",
        ],
    ),
    // A judge's card scores the contest reported before it, the winner on the larger points.
    (
        "Ruiz outpoints Okafor to keep his title\n\nLuis Ruiz won a unanimous decision over Sam Okafor in the title fight. The scorecards read 118-110, 116-112 for the Spaniard.",
        "person:Luis Ruiz|Ruiz; person:Sam Okafor|Okafor",
        &[
            "118-110 = 118,110 : Luis Ruiz, Sam Okafor : final",
            "116-112 = 116,112 : Luis Ruiz, Sam Okafor : final",
        ],
    ),
    // ... and nothing when no contest was reported before it.
    (
        "The scorecards read 118-110 and 116-112 in the title fight.\n\nLuis Ruiz outpointed Sam Okafor in the rematch.",
        "person:Luis Ruiz|Ruiz; person:Sam Okafor|Okafor",
        &["118-110 = 118,110 : - : final", "116-112 = 116,112 : - : final"],
    ),
    // Serving for a set or the match: the server's points first.
    (
        "Ødestad beat Lindqvist 6-4, 7-5 at Wimbledon. Lindqvist served for the second set at 5-4 but Ødestad broke back.",
        TENNIS,
        &[
            "6-4 = 6,4 : Ødestad, Lindqvist : set",
            "7-5 = 7,5 : Ødestad, Lindqvist : set",
            "5-4 = 5,4 : Lindqvist, Ødestad : running",
        ],
    ),
    // Volleyball: the match in sets and each set, written from the match winner's side.
    (
        "Jastrzębski Węgiel beat ZAKSA 3-1 (21-25, 25-21, 25-19, 25-22) in the PlusLiga.",
        VOLLEY,
        &[
            "3-1 = 3,1 : Jastrzębski Węgiel, ZAKSA : final",
            "21-25 = 21,25 : Jastrzębski Węgiel, ZAKSA : set",
            "25-21 = 25,21 : Jastrzębski Węgiel, ZAKSA : set",
            "25-19 = 25,19 : Jastrzębski Węgiel, ZAKSA : set",
            "25-22 = 25,22 : Jastrzębski Węgiel, ZAKSA : set",
        ],
    ),
    // "closing it out": the last points of a set won, by the clause's subject.
    (
        "Jastrzębski Węgiel beat ZAKSA 3-1 in the PlusLiga, saving two set points in the \
         fourth before closing it out 27-25.",
        VOLLEY,
        &[
            "3-1 = 3,1 : Jastrzębski Węgiel, ZAKSA : final",
            "27-25 = 27,25 : Jastrzębski Węgiel, ZAKSA : set",
        ],
    ),
    // The sets after "in straight sets (": the bracket opens the list; a passive defeat "by" a
    // side; a set whose clause names one side is part of the match reported around it.
    (
        "Scandicci beat Eczacıbaşı in straight sets (25-17, 25-21, 26-24) in the \
         volleyball CEV Champions League.\n\nZAKSA lost again on Wednesday. They were \
         beaten in straight sets by Zawiercie, 25-18, 25-20, 25-23.\n\nJastrzębski Węgiel \
         beat ZAKSA 3-1. The middle blocker had four blocks in the third set, which \
         Jastrzębski Węgiel won 25-19.",
        VOLLEY,
        &[
            "25-17 = 25,17 : Scandicci, Eczacıbaşı : set",
            "25-21 = 25,21 : Scandicci, Eczacıbaşı : set",
            "26-24 = 26,24 : Scandicci, Eczacıbaşı : set",
            "25-18 = 25,18 : Zawiercie, ZAKSA : set",
            "25-20 = 25,20 : Zawiercie, ZAKSA : set",
            "25-23 = 25,23 : Zawiercie, ZAKSA : set",
            "3-1 = 3,1 : Jastrzębski Węgiel, ZAKSA : final",
            "25-19 = 25,19 : Jastrzębski Węgiel, ZAKSA : set",
        ],
    ),
    // Squash, table tennis, badminton: the match in games and each game (a "set"), written from
    // the match winner's side; a point score inside a game is running.
    (
        "Abdelrahman reached the PSA final with a 3-1 win over Cartwright, winning 11-7, 9-11, \
         11-5, 11-4 on the glass court. Soliman saved a match ball at 9-10 in the fourth.",
        "person:Youssef Abdelrahman|Abdelrahman; person:Ethan Cartwright|Cartwright; person:Soliman",
        &[
            "3-1 = 3,1 : Youssef Abdelrahman, Ethan Cartwright : final",
            "11-7 = 11,7 : Youssef Abdelrahman, Ethan Cartwright : set",
            "9-11 = 9,11 : Youssef Abdelrahman, Ethan Cartwright : set",
            "11-5 = 11,5 : Youssef Abdelrahman, Ethan Cartwright : set",
            "11-4 = 11,4 : Youssef Abdelrahman, Ethan Cartwright : set",
            // (A moment of the game, told from its clause's subject: Soliman's 9 first.)
            "9-10 = 9,10 : Soliman, ? : running",
        ],
    ),
    // A moment of a game after "at"/"from" is the subject's (here "the Spaniard", the player of
    // the sentence before), the opponent the one the sentence reports the contest with; a level
    // score after it in the player's own words belongs to the same match; "he" after a
    // conjunction is the player named last as a subject before; "won their meeting, …, 11-9"
    // is that player's result, against the rival of their last match.
    (
        "Llorente's squash semi-final was a long one. The Spaniard needed five games to get past Karim \
         Soliman, and saved a match ball at 9-10 in the fifth before winning 8-11, 11-9, 12-10.\n\n\
         \u{201c}I did not come all the way to Doha to lose a match from 9-10. Then it was 10-10, \
         and then it was over,\u{201d} said Llorente.\n\n\
         Last year Abdelrahman won their final 3-0, and Llorente admitted that he had frozen. But \
         he won their most recent meeting, a semi-final in May, 11-9, 7-11, 11-4, 13-11.",
        "person:Mateo Llorente|Llorente; person:Karim Soliman|Soliman; \
         person:Youssef Abdelrahman|Abdelrahman",
        &[
            "9-10 = 9,10 : Mateo Llorente, Karim Soliman : running",
            "8-11 = 8,11 : Mateo Llorente, Karim Soliman : set",
            "11-9 = 11,9 : Mateo Llorente, Karim Soliman : set",
            "12-10 = 12,10 : Mateo Llorente, Karim Soliman : set",
            "9-10 = 9,10 : Mateo Llorente, Karim Soliman : running",
            "10-10 = 10,10 : Mateo Llorente, Karim Soliman : running",
            "3-0 = 3,0 : Youssef Abdelrahman, Mateo Llorente : final",
            "11-9 = 11,9 : Mateo Llorente, Youssef Abdelrahman : set",
            "7-11 = 7,11 : Mateo Llorente, Youssef Abdelrahman : set",
            "11-4 = 11,4 : Mateo Llorente, Youssef Abdelrahman : set",
            "13-11 = 13,11 : Mateo Llorente, Youssef Abdelrahman : set",
        ],
    ),
    // A results line with title-case country codes; a label saying whose points come first
    // gives the list after it that player first, against that player's match; in snooker a
    // number above 18 is a frame's points.
    (
        "Zhou beat Vanderhaegen 6-4 in the snooker semi-final, making two century breaks.\n\n\
         In the final, Zhou cleared to win it 62-58 against O'Dowd.\n\n\
         Zhou Yuxuan (Chn) 10-7 Kieran O'Dowd (NIr)\n\n\
         Frame scores (Zhou first): 73-12, 45-70, 80-0",
        "person:Zhou Yuxuan|Zhou; person:Kieran O'Dowd|O'Dowd; person:Jarno Vanderhaegen|Vanderhaegen",
        &[
            "6-4 = 6,4 : Zhou Yuxuan, Jarno Vanderhaegen : final",
            // (A frame's points, not the match: it does not make the results line a passing
            // score.)
            "62-58 = 62,58 : Zhou Yuxuan, Kieran O'Dowd : set",
            "10-7 = 10,7 : Zhou Yuxuan, Kieran O'Dowd : final",
            "73-12 = 73,12 : Zhou Yuxuan, Kieran O'Dowd : running",
            "45-70 = 45,70 : Zhou Yuxuan, Kieran O'Dowd : running",
            "80-0 = 80,0 : Zhou Yuxuan, Kieran O'Dowd : running",
        ],
    ),
    // The results line right above the label in the same block is the match the list is of,
    // not the player's match told before it.
    (
        "Zhou lost to Marsh 17-12 in last year's snooker semi-final.\n\n\
         Zhou Yuxuan (Chn) 13-10 Kieran O'Dowd (NIr)\n\
         Frame scores (Zhou first): 73-12, 45-70, 80-0",
        "person:Zhou Yuxuan|Zhou; person:Kieran O'Dowd|O'Dowd; person:Tom Marsh|Marsh",
        &[
            "17-12 = 17,12 : Tom Marsh, Zhou Yuxuan : final",
            "13-10 = 13,10 : Zhou Yuxuan, Kieran O'Dowd : final",
            "73-12 = 73,12 : Zhou Yuxuan, Kieran O'Dowd : running",
            "45-70 = 45,70 : Zhou Yuxuan, Kieran O'Dowd : running",
            "80-0 = 80,0 : Zhou Yuxuan, Kieran O'Dowd : running",
        ],
    ),
    // Speedway: a note that the text gives one side's points first throughout gives every
    // later score it names no sides of (the heats, the running totals in brackets) that side
    // first, against the side of its match; the British "A 49 B 41" may end its sentence or go
    // on as its subject.
    (
        "Swindon Robins 50 Poole Pirates 40 at Blunsdon, the speedway league leaders \
         unbeaten again. Scores Robins first throughout.\n\n\
         Ht 1: Hollis, Maddern, Crewe, Lasko — 3-3 (3-3)\n\n\
         Ht 2: Ferrand, Oakes, Brill, Tarrant — 1-5 (4-8)\n\n\
         Result: Swindon 50 Poole 40.",
        "team@speedway:Swindon Robins|Robins|Swindon; team@speedway:Poole Pirates|Pirates|Poole; \
         person:Hollis; person:Maddern; person:Crewe; person:Lasko; person:Ferrand; person:Oakes; \
         person:Brill; person:Tarrant",
        &[
            "Swindon Robins 50 Poole Pirates 40 = 50,40 : Swindon Robins, Poole Pirates : final",
            "3-3 = 3,3 : Swindon Robins, Poole Pirates : running",
            "3-3 = 3,3 : Swindon Robins, Poole Pirates : running",
            "1-5 = 1,5 : Swindon Robins, Poole Pirates : running",
            "4-8 = 4,8 : Swindon Robins, Poole Pirates : running",
            "Swindon 50 Poole 40 = 50,40 : Swindon Robins, Poole Pirates : final",
        ],
    ),
    // Quadball marks the side that caught the snitch with an asterisk, on either number.
    (
        "Leeds Kestrels beat Bristol Otters 130*-95 in the quadball final, a week after losing \
         100-90* to them.",
        "team:Leeds Kestrels|Kestrels; team:Bristol Otters|Otters",
        &[
            "130*-95 = 130,95 : Leeds Kestrels, Bristol Otters : final",
            "100-90 = 100,90 : Bristol Otters, Leeds Kestrels : final",
        ],
    ),
    // A results line of a match won in sets gives its bracketed sets (after its second side,
    // no team record) its sides; a tagged last item is the shoot-out that decided it.
    (
        "Beach handball, women's final: Germany 2-1 Spain (22-18, 16-20, SO 7-6)\n\n\
         Bronze: Norway 2-0 Denmark (19-16, 18-14)",
        "team:Germany; team:Spain; team:Norway; team:Denmark",
        &[
            "2-1 = 2,1 : Germany, Spain : final",
            "22-18 = 22,18 : Germany, Spain : set",
            "16-20 = 16,20 : Germany, Spain : set",
            "7-6 = 7,6 : Germany, Spain : penalties",
            "2-0 = 2,0 : Norway, Denmark : final",
            "19-16 = 19,16 : Norway, Denmark : set",
            "18-14 = 18,14 : Norway, Denmark : set",
        ],
    ),
    // The British "A 11 B 8" after a label that opens a sentence mid-paragraph.
    (
        "Leeds won the darts league match in the last leg of the night. Final score: Leeds 11 \
         Hull 8.",
        "team:Leeds; team:Hull",
        &["Leeds 11 Hull 8 = 11,8 : Leeds, Hull : final"],
    ),
    // A side the sentence goes on to name as the next opponent ("and will play Bayern") is no
    // opponent of the score before it.
    (
        "Stuttgart won 3-1 at home in the Bundesliga and will play Bayern next Saturday.",
        "team:Stuttgart; team:Bayern Munich|Bayern",
        &["3-1 = 3,1 : Stuttgart, ? : final"],
    ),
    // A participle after a comma shares the sentence's subject, a pronoun for the player the
    // sentence before names, not the object of the main clause.
    (
        "Novak's tennis quarter-final was harder. He needed three sets to get past the Austrian qualifier \
         Tom Brandt, winning 6-4, 2-6, 6-3.",
        "person:Ivo Novak|Novak; person:Tom Brandt|Brandt",
        &[
            "6-4 = 6,4 : Ivo Novak, Tom Brandt : set",
            "2-6 = 2,6 : Ivo Novak, Tom Brandt : set",
            "6-3 = 6,3 : Ivo Novak, Tom Brandt : set",
        ],
    ),
    // A world ranking between the verb and its object ("beating world No. 4 …").
    (
        "Aarav Mehta won the badminton title on Sunday, beating world No. 4 Kasper Lund 19-21, \
         21-17, 21-18.",
        "person:Aarav Mehta|Mehta; person:Kasper Lund|Lund",
        &[
            "19-21 = 19,21 : Aarav Mehta, Kasper Lund : set",
            "21-17 = 21,17 : Aarav Mehta, Kasper Lund : set",
            "21-18 = 21,18 : Aarav Mehta, Kasper Lund : set",
        ],
    ),
    // An object named after a longer description ("the top seed and world No 1,") or after
    // its country ("the defending champion, Belgium's …,"), set off by commas.
    (
        "Callum Reid reached the squash final, coming from 2-0 down to beat the top seed and world \
         No 1, Yusuf Nabil, 8-11, 5-11, 11-9, 11-6, 11-8. In the snooker, Omar Razavi edged the \
         defending champion, Belgium's Wout Maes, 6-5.",
        "person:Callum Reid|Reid; person:Yusuf Nabil|Nabil; person:Omar Razavi|Razavi; \
         person:Wout Maes|Maes",
        &[
            "2-0 = 2,0 : Yusuf Nabil, Callum Reid : running",
            "8-11 = 8,11 : Callum Reid, Yusuf Nabil : set",
            "5-11 = 5,11 : Callum Reid, Yusuf Nabil : set",
            "11-9 = 11,9 : Callum Reid, Yusuf Nabil : set",
            "11-6 = 11,6 : Callum Reid, Yusuf Nabil : set",
            "11-8 = 11,8 : Callum Reid, Yusuf Nabil : set",
            "6-5 = 6,5 : Omar Razavi, Wout Maes : final",
        ],
    ),
    // A player's result naming no opponent is the match of that player reported with the same
    // points, not the one told last before it.
    (
        "Omar Razavi beat Rhys Evans 9-6 in the snooker final on Sunday. On Saturday Razavi had \
         edged Wout Maes 6-5 in the semi-final.\n\nRazavi lifts the trophy after his 9-6 win.",
        "person:Omar Razavi|Razavi; person:Rhys Evans|Evans; person:Wout Maes|Maes",
        &[
            "9-6 = 9,6 : Omar Razavi, Rhys Evans : final",
            "6-5 = 6,5 : Omar Razavi, Wout Maes : final",
            "9-6 = 9,6 : Omar Razavi, Rhys Evans : final",
        ],
    ),
    // A seed in square brackets after the country code ("[2]"), sets written with spaces.
    (
        "Men's singles final: J Okafor (NGR) bt T Lindqvist (SWE) [2] 3-6 6-4 7-5",
        "person:J Okafor; person:T Lindqvist",
        &[
            "3-6 = 3,6 : J Okafor, T Lindqvist : set",
            "6-4 = 6,4 : J Okafor, T Lindqvist : set",
            "7-5 = 7,5 : J Okafor, T Lindqvist : set",
        ],
    ),
    // A results line: "bt" and the players' country codes in brackets.
    (
        "World Squash results\n\nMen: Y Abdelrahman (EGY) bt E Cartwright (ENG) 11-7, 9-11, \
         11-5, 11-4; M Llorente (ESP) bt K Soliman (EGY) 8-11, 11-9, 12-10",
        "person:Y Abdelrahman; person:E Cartwright; person:M Llorente; person:K Soliman",
        &[
            "11-7 = 11,7 : Y Abdelrahman, E Cartwright : set",
            "9-11 = 9,11 : Y Abdelrahman, E Cartwright : set",
            "11-5 = 11,5 : Y Abdelrahman, E Cartwright : set",
            "11-4 = 11,4 : Y Abdelrahman, E Cartwright : set",
            "8-11 = 8,11 : M Llorente, K Soliman : set",
            "11-9 = 11,9 : M Llorente, K Soliman : set",
            "12-10 = 12,10 : M Llorente, K Soliman : set",
        ],
    ),
    (
        "An Se-young beat Tai Tzu-ying 21-17, 19-21, 21-15 in the BWF World Tour Finals.",
        "person:An Se-young; person:Tai Tzu-ying",
        &[
            "21-17 = 21,17 : An Se-young, Tai Tzu-ying : set",
            "19-21 = 19,21 : An Se-young, Tai Tzu-ying : set",
            "21-15 = 21,15 : An Se-young, Tai Tzu-ying : set",
        ],
    ),
    // A score during a game gives no side more than it ended with: Lukko won 5-1, so the "1-2"
    // a HIFK goal made is HIFK's 1 to Lukko's 2.
    (
        "Lukko were far too strong for HIFK in the Liiga, winning 5-1. Sjöholm's goal early in \
         the second briefly made it 1-2 for HIFK, but Lukko pulled away.",
        "team@ice-hockey:Lukko; team@ice-hockey:HIFK; person:Sjöholm",
        &[
            "5-1 = 5,1 : Lukko, HIFK : final",
            "1-2 = 1,2 : HIFK, Lukko : running",
        ],
    ),
    // A post of three words after the side in the attribution ("Saints director of rugby").
    (
        "Northampton Saints beat Sale Sharks 24-19 on Saturday.\n\n\"We were 19-6 down and not \
         playing well, and the boys found a way,\" Saints director of rugby Callum Pryce said.",
        "team@rugby-union:Northampton Saints|Saints; team@rugby-union:Sale Sharks; \
         person:Callum Pryce",
        &[
            "24-19 = 24,19 : Northampton Saints, Sale Sharks : final",
            "19-6 = 19,6 : Sale Sharks, Northampton Saints : running",
        ],
    ),
    // A side after the score behind "from", "in" or "at" is where, not who: "we" is still the
    // speaker's side.
    (
        "Leeds beat Burnley 3-2 on Saturday.\n\n\"We were 2-1 down from the first leg in Burnley \
         and nobody believed us,\" Leeds coach Daniel Farke said.",
        "team@football:Leeds; team@football:Burnley; person:Daniel Farke|Farke",
        &[
            "3-2 = 3,2 : Leeds, Burnley : final",
            "2-1 = 2,1 : Burnley, Leeds : running",
        ],
    ),
    // A quote's sentence opening on a verb with no subject ("To lose 3-2") speaks of the
    // speaker's side, the side the text gives the speaker's post ("Tottenham's head coach, X").
    (
        "Aston Villa beat Tottenham Hotspur 3-2 on Sunday.\n\nTottenham's head coach, Mikkel \
         Strandberg, could not hide his anger. \"Then we stopped doing the simple things. To \
         lose 3-2 from there hurts more than any defeat this season,\" he said.",
        "team@football:Aston Villa; team@football:Tottenham Hotspur|Tottenham; \
         person:Mikkel Strandberg|Strandberg",
        &[
            "3-2 = 3,2 : Aston Villa, Tottenham Hotspur : final",
            "3-2 = 3,2 : Aston Villa, Tottenham Hotspur : final",
        ],
    ),
    // Outscoring a side is a lead over part of the game, never its result; the lead that
    // follows in the sentence is the subject's.
    (
        "The Fever beat the Sky 88-85. The Fever outscored the Sky 28-19 in the third quarter \
         and went into the fourth ahead 69-67. The Sky outscored the Fever 40-21 the rest of \
         the way.",
        "team@basketball:Fever; team@basketball:Sky",
        &[
            "88-85 = 88,85 : Fever, Sky : final",
            "28-19 = 28,19 : Fever, Sky : quarter",
            "69-67 = 69,67 : Fever, Sky : running",
            "40-21 = 40,21 : Sky, Fever : running",
        ],
    ),
    // A result verb's -ing form after a comma: the sentence's subject won.
    (
        "The Americans cruised into the last four, routing Greece 112-79 in Tuesday's \
         quarterfinal, while Serbia edged Australia 84-82.",
        "team@basketball:Americans; team@basketball:Greece; team@basketball:Serbia; \
         team@basketball:Australia",
        &[
            "112-79 = 112,79 : Americans, Greece : final",
            "84-82 = 84,82 : Serbia, Australia : final",
        ],
    ),
    // The game named between the verb and the score, then its opponent after a preposition.
    (
        "Dallas won the first meeting with Minnesota 128-101 in November. Real Madrid won the \
         first leg against Bayern Munich 2-1.",
        "team@basketball:Dallas; team@basketball:Minnesota; team@football:Real Madrid; \
         team@football:Bayern Munich",
        &[
            "128-101 = 128,101 : Dallas, Minnesota : final",
            "2-1 = 2,1 : Real Madrid, Bayern Munich : final",
        ],
    ),
    // A game named between the verb and the score by its own noun ("the decider", "the
    // nightcap") is one of the sides' games.
    (
        "Real Madrid beat Zalgiris 80-70 in Game 4. Madrid won the decider 91-74 two days later.\n\n\
         The Pirates beat the Reds 5-3 in the opener. The Reds took the nightcap 4-2 behind a \
         four-run sixth.",
        "team@basketball:Real Madrid|Madrid; team@basketball:Zalgiris; team@baseball:Pirates; \
         team@baseball:Reds",
        &[
            "80-70 = 80,70 : Real Madrid, Zalgiris : final",
            "91-74 = 91,74 : Real Madrid, Zalgiris : final",
            "5-3 = 5,3 : Pirates, Reds : final",
            "4-2 = 4,2 : Reds, Pirates : final",
        ],
    ),
    // "behind" what brought the points (a determiner or a count after it) names no trailing side.
    (
        "Castlebay beat Dunmore 61-55 in the final. Castlebay made the stronger start, edging \
         the first quarter 15-13 behind some slick feeding, and took the third 18-12 behind 22 \
         goals from their shooter.",
        "team@netball:Castlebay; team@netball:Dunmore",
        &[
            "61-55 = 61,55 : Castlebay, Dunmore : final",
            "15-13 = 15,13 : Castlebay, Dunmore : quarter",
            "18-12 = 18,12 : Castlebay, Dunmore : quarter",
        ],
    ),
    // A tie between nations in a sport of players: its teams may be nations the entity stage typed
    // places, but not a nation given as a player's origin.
    (
        "Sora Tanaka beat Timo Brandt 3-0 in the table tennis quarter-final, 11-9, 11-4, 11-8, \
         after Mei Ito had lost 3-1 to Lena Vogt for Japan. In the other tie, France were beaten \
         3-1 by South Korea.",
        "person@table-tennis:Sora Tanaka|Tanaka; person@table-tennis:Timo Brandt|Brandt; \
         person@table-tennis:Mei Ito; person@table-tennis:Lena Vogt; team@table-tennis:France; \
         team@table-tennis:Japan; place:South Korea",
        &[
            "3-0 = 3,0 : Sora Tanaka, Timo Brandt : final",
            "11-9 = 11,9 : Sora Tanaka, Timo Brandt : set",
            "11-4 = 11,4 : Sora Tanaka, Timo Brandt : set",
            "11-8 = 11,8 : Sora Tanaka, Timo Brandt : set",
            "3-1 = 3,1 : Lena Vogt, Mei Ito : final",
            "3-1 = 3,1 : South Korea, France : final",
        ],
    ),
    // A side named with its determiner right before a running score is its subject ("put the
    // Raiders 16-14 in front"), whatever the clause named before.
    (
        "The Raiders beat the Tigers 26-20. The Tigers led 14-6 at half-time, and after the Tigers \
         kicked a penalty, Staines barged over to put the Raiders 16-14 in front.",
        "team@rugby-league:Canberra Raiders|Raiders; team@rugby-league:Wests Tigers|Tigers",
        &[
            "26-20 = 26,20 : Canberra Raiders, Wests Tigers : final",
            "14-6 = 14,6 : Wests Tigers, Canberra Raiders : half_time",
            "16-14 = 16,14 : Canberra Raiders, Wests Tigers : running",
        ],
    ),
    // A short paragraph holding a quote is no results line: its score is not the final.
    (
        "The Raiders beat the Tigers 26-20 on Saturday.\n\n\"We were 16-16 with 20 minutes to \
         go,\" Tigers coach Neil Harrington said.",
        "team@rugby-league:Canberra Raiders|Raiders; team@rugby-league:Wests Tigers|Tigers; \
         person@rugby-league:Neil Harrington",
        &[
            "26-20 = 26,20 : Canberra Raiders, Wests Tigers : final",
            "16-16 = 16,16 : Canberra Raiders, Wests Tigers : running",
        ],
    ),
    // A supporters' group's page tells its side's games as "we".
    (
        "Riverton Rams Supporters (Unofficial)\n\nRiverton Rams 88, Dunmore Eagles 81 in the \
         basketball last night.\n\nFirst quarter was rough. The Eagles led 24-18 after ten minutes. \
         We looked a yard off, and the Eagles press was causing all sorts.\n\nThen the coach \
         switched to the zone. We won that quarter 25-17 and went in 43-41 up at half-time.\n\nWe \
         went 80-74 up with two minutes to go, and we held on.",
        "team@basketball:Riverton Rams|Rams; team@basketball:Dunmore Eagles|Eagles",
        &[
            "Riverton Rams 88, Dunmore Eagles 81 = 88,81 : Riverton Rams, Dunmore Eagles : final",
            "24-18 = 24,18 : Dunmore Eagles, Riverton Rams : running",
            "25-17 = 25,17 : Riverton Rams, Dunmore Eagles : quarter",
            "43-41 = 43,41 : Riverton Rams, Dunmore Eagles : half_time",
            "80-74 = 80,74 : Riverton Rams, Dunmore Eagles : running",
        ],
    ),
    // A side named like a count ("Aces") is no count.
    (
        "Okoro-Blake scores 31, Aces beat Liberty 88-84 to take the series lead.",
        "team@basketball:Las Vegas Aces|Aces; team@basketball:New York Liberty|Liberty",
        &["88-84 = 88,84 : Las Vegas Aces, New York Liberty : final"],
    ),
    // A tie's scoreline above its rubbers names two nations in a story of players.
    (
        "Canada beat Czechia in the Billie Jean King Cup semi-final.\n\nResults\n\nCanada 2 \
         Czechia 1\nMaddie Okonjo (CAN) lost to Katerina Novakova (CZE) 6-4, 6-3\nLeylah Brandt \
         (CAN) bt Tereza Holub (CZE) 7-5, 6-2",
        "team@tennis:Canada; team@tennis:Czechia; person@tennis:Maddie Okonjo; \
         person@tennis:Katerina Novakova; person@tennis:Leylah Brandt; person@tennis:Tereza Holub",
        &[
            "Canada 2 Czechia 1 = 2,1 : Canada, Czechia : final",
            "6-4 = 6,4 : Katerina Novakova, Maddie Okonjo : set",
            "6-3 = 6,3 : Katerina Novakova, Maddie Okonjo : set",
            "7-5 = 7,5 : Leylah Brandt, Tereza Holub : set",
            "6-2 = 6,2 : Leylah Brandt, Tereza Holub : set",
        ],
    ),
    // A score in two number words: "Two-one up", "Twenty-all", "Fourteen-nothing" (not a number
    // of tens and units, "twenty-one", nor "a one-two"; a record's tally is none either).
    (
        "Arsenal beat Chelsea 3-1 on Sunday. Two-one up at the break, Arsenal played a lovely \
         one-two for the third, and twenty-one shots later it was over. Fourteen-nothing is the \
         record.",
        "team:Arsenal; team:Chelsea",
        &[
            "3-1 = 3,1 : Arsenal, Chelsea : final",
            "Two-one = 2,1 : Arsenal, Chelsea : half_time",
        ],
    ),
    // A score opening a quote's sentence ("Down 3-0 against …"), with no side in its clause, is the
    // speaker's side's.
    (
        "The Braves beat the Phillies 6-4 on Sunday.\n\n\"Down 3-0 against a guy like Vance, you're \
         not thinking about the scoreboard,\" Braves manager Walt Kessler said.",
        "team@baseball:Atlanta Braves|Braves; team@baseball:Philadelphia Phillies|Phillies; \
         person@baseball:Walt Kessler",
        &[
            "6-4 = 6,4 : Atlanta Braves, Philadelphia Phillies : final",
            "3-0 = 3,0 : Philadelphia Phillies, Atlanta Braves : running",
        ],
    ),
    // A dual's running tally in brackets after each bout, or told with the side ahead after it,
    // names that side first, in a story read for its wrestlers.
    (
        "Iowa State beat Oklahoma State 21-15 in the wrestling dual. Jace Romero's 5-2 decision over \
         Kolton Mabry made it 3-0 Iowa State.\n\n125: Jace Romero (ISU) dec. \
         Kolton Mabry (OSU), 5-2 (ISU 3-0)\n133: Dakota Lindell (OSU) fall Trey Blaylock (ISU), 2:48 \
         (OSU 6-3)",
        "team@wrestling:Iowa State|ISU; team@wrestling:Oklahoma State|OSU; person@wrestling:Jace \
         Romero; person@wrestling:Kolton Mabry; person@wrestling:Dakota Lindell; \
         person@wrestling:Trey Blaylock",
        &[
            "21-15 = 21,15 : Iowa State, Oklahoma State : final",
            "5-2 = 5,2 : Jace Romero, Kolton Mabry : final",
            "3-0 = 3,0 : Iowa State, Oklahoma State : running",
            "5-2 = 5,2 : Jace Romero, Kolton Mabry : final",
            "3-0 = 3,0 : Iowa State, Oklahoma State : running",
            "6-3 = 6,3 : Oklahoma State, Iowa State : running",
        ],
    ),
    // Results widgets join the sides with a spaced middle dot: sets follow the match score.
    (
        "CEV Champions League, quarter-final second legs:\n\nImoco Conegliano · ŁKS Łódź 3-0 \
         25-17, 25-20, 25-14\n\nFenerbahçe · Scandicci 3-2 22-25, 25-21, 18-25, 25-23, 15-11",
        "team@volleyball:Imoco Conegliano; team@volleyball:ŁKS Łódź; team@volleyball:Fenerbahçe; \
         team@volleyball:Scandicci",
        &[
            "3-0 = 3,0 : Imoco Conegliano, ŁKS Łódź : final",
            "25-17 = 25,17 : Imoco Conegliano, ŁKS Łódź : set",
            "25-20 = 25,20 : Imoco Conegliano, ŁKS Łódź : set",
            "25-14 = 25,14 : Imoco Conegliano, ŁKS Łódź : set",
            "3-2 = 3,2 : Fenerbahçe, Scandicci : final",
            "22-25 = 22,25 : Fenerbahçe, Scandicci : set",
            "25-21 = 25,21 : Fenerbahçe, Scandicci : set",
            "18-25 = 18,25 : Fenerbahçe, Scandicci : set",
            "25-23 = 25,23 : Fenerbahçe, Scandicci : set",
            "15-11 = 15,11 : Fenerbahçe, Scandicci : set",
        ],
    ),
    // The same dot parts a widget's items: the side after a score and the side after the dot
    // are no fixture.
    (
        "Canoe polo, European Club Championships:\n\nMen · Semi-final · Essen 2-2 Rheinstern · \
         Essen 3-2 pens",
        "team@canoe-polo:Essen; team@canoe-polo:Rheinstern",
        &[
            "2-2 = 2,2 : Essen, Rheinstern : final",
            "3-2 = 3,2 : - : penalties",
        ],
    ),
    // Results lines naming the fixture by its sides joined by a dash, home side first; a tag of
    // how the game ended before the period bracket; a period's points that repeat another
    // game's final are still that period's.
    (
        "Liiga, Wednesday 25 November:\n\nKärpät–KalPa 2–3 SO (0–1, 1–0, 1–1, 0–0)\n\n\
         HIFK - Lukko 1–5 (0–2, 1–1, 0–2)\n\nJYP v Ässät 0–2 (0–0, 0–1, 0–1)",
        "team@ice-hockey:Kärpät; team@ice-hockey:KalPa; team@ice-hockey:HIFK; \
         team@ice-hockey:Lukko; team@ice-hockey:JYP; team@ice-hockey:Ässät",
        &[
            "2–3 = 2,3 : Kärpät, KalPa : final",
            "0–1 = 0,1 : Kärpät, KalPa : quarter",
            "1–0 = 1,0 : Kärpät, KalPa : quarter",
            "1–1 = 1,1 : Kärpät, KalPa : quarter",
            "0–0 = 0,0 : Kärpät, KalPa : quarter",
            "1–5 = 1,5 : HIFK, Lukko : final",
            "0–2 = 0,2 : HIFK, Lukko : quarter",
            "1–1 = 1,1 : HIFK, Lukko : quarter",
            "0–2 = 0,2 : HIFK, Lukko : quarter",
            "0–2 = 0,2 : JYP, Ässät : final",
            "0–0 = 0,0 : JYP, Ässät : quarter",
            "0–1 = 0,1 : JYP, Ässät : quarter",
            "0–1 = 0,1 : JYP, Ässät : quarter",
        ],
    ),
    // A level score written "18-all"; "into the sheds" is half-time (Australian).
    (
        "Canterbury edged Penrith 19-18 in the NRL. Westaway's conversion locked it up at \
         18-all. The Dogs went into the sheds trailing 12-6.",
        "team@rugby-league:Canterbury|Dogs; team@rugby-league:Penrith; person:Westaway",
        &[
            "19-18 = 19,18 : Canterbury, Penrith : final",
            "18-all = 18,18 : Canterbury, Penrith : running",
            "12-6 = 12,6 : Penrith, Canterbury : half_time",
        ],
    ),
    // A live report's line naming one side and the score alone: that side's points first; a
    // win-loss record after "come in at" is no score.
    (
        "The Kings beat United 99-96 in the NBL. Sydney win the extra period 11-8.\n\nKings 90-88.\n\nEND Q1: Kings 24-19.\n\n\
         Welcome to our coverage. Sydney come in at 6-5.",
        "team@basketball:Sydney Kings|Kings|Sydney; team@basketball:Melbourne United|United",
        &[
            "99-96 = 99,96 : Sydney Kings, Melbourne United : final",
            "11-8 = 11,8 : Sydney Kings, Melbourne United : quarter",
            "90-88 = 90,88 : Sydney Kings, Melbourne United : running",
            "24-19 = 24,19 : Sydney Kings, Melbourne United : running",
        ],
    ),
    // "their" before a result noun is the side named just before it, not the clause's subject.
    (
        "Atlético won 3-2 at Real Sociedad in Liga F and are level with Real Madrid after their \
         4-0 win over Levante.",
        "team:Atlético; team:Real Sociedad; team:Real Madrid; team:Levante",
        &[
            "3-2 = 3,2 : Atlético, Real Sociedad : final",
            "4-0 = 4,0 : Real Madrid, Levante : final",
        ],
    ),
    // Brazil's "3 x 1" between two sides.
    (
        "Round 35 results\n\nFlamengo 3 x 1 Palmeiras\nGrêmio 2 x 2 Internacional",
        "team:Flamengo; team:Palmeiras; team:Grêmio; team:Internacional",
        &[
            "3 x 1 = 3,1 : Flamengo, Palmeiras : final",
            "2 x 2 = 2,2 : Grêmio, Internacional : final",
        ],
    ),
    // A side named by its nationality: the one of the article's two sides from that country;
    // a role set against it in the sentence is the other side.
    (
        "Conegliano beat VakıfBank 3-2 in the volleyball Champions League. The Italian \
         champions won 25-22, 21-25, 25-23, 19-25, 15-12. The Turkish side levelled twice, \
         and they led 8-5 in the fifth set. VakıfBank coach Demir said Conegliano deserved \
         it.",
        "team@volleyball#ITA:Conegliano; team@volleyball#TUR:VakıfBank; person:Demir",
        &[
            "3-2 = 3,2 : Conegliano, VakıfBank : final",
            "25-22 = 25,22 : Conegliano, VakıfBank : set",
            "21-25 = 21,25 : Conegliano, VakıfBank : set",
            "25-23 = 25,23 : Conegliano, VakıfBank : set",
            "19-25 = 19,25 : Conegliano, VakıfBank : set",
            "15-12 = 15,12 : Conegliano, VakıfBank : set",
            "8-5 = 8,5 : VakıfBank, Conegliano : running",
        ],
    ),
    (
        "Győr beat Esbjerg 31-27 in the handball Champions League, but the Danish \
         champions made the hosts work for it. Esbjerg led at the break, and the visitors \
         were still in front, 20-18, with 20 minutes left. Győr then scored five in a row \
         to lead 23-20.",
        "team@handball#HUN:Győr; team@handball#DNK:Esbjerg",
        &[
            "31-27 = 31,27 : Győr, Esbjerg : final",
            "20-18 = 20,18 : Esbjerg, Győr : running",
            "23-20 = 23,20 : Győr, Esbjerg : running",
        ],
    ),
    // A side a verb sets the role against is not that role: the role is the other side.
    (
        "For thirty minutes, Conservas Ribera looked the better side. Torrelavega Basket \
         outscored the hosts 23-10 in the fourth quarter and won 71-64. The hosts had taken \
         the first quarter 18-15, and Ribera led by eight late on.",
        "team:Torrelavega Basket|Torrelavega; team:Conservas Ribera|Ribera",
        &[
            "23-10 = 23,10 : Torrelavega Basket, Conservas Ribera : quarter",
            "71-64 = 71,64 : Torrelavega Basket, Conservas Ribera : final",
            "18-15 = 18,15 : Conservas Ribera, Torrelavega Basket : quarter",
        ],
    ),
    // ... but a nationality both sides share, or a role nothing assigns, names no side.
    (
        "Conegliano beat Scandicci 3-1 in the volleyball Serie A1, and Scandicci stay \
         fifth. Conegliano are top.\n\nThe Italian side won the first set 25-20.\n\nThe \
         hosts led 16-12 in the second.",
        "team@volleyball#ITA:Conegliano; team@volleyball#ITA:Scandicci",
        &[
            "3-1 = 3,1 : Conegliano, Scandicci : final",
            "25-20 = 25,20 : - : set",
            "16-12 = 16,12 : - : running",
        ],
    ),
    // The dateline's place names the home side ("Fla." for Florida).
    (
        "SUNRISE, Fla. — Varga scored twice for Florida as the Florida Panthers beat the \
         Carolina Hurricanes 5-2 in the NHL on Thursday night.\n\nThe hosts led 2-0 after \
         one period, and Carolina cut it to 2-1 in the second.",
        "team:Florida Panthers|Panthers|Florida; team:Carolina Hurricanes|Hurricanes|Carolina; person:Varga",
        &[
            "5-2 = 5,2 : Florida Panthers, Carolina Hurricanes : final",
            "2-0 = 2,0 : Florida Panthers, Carolina Hurricanes : quarter",
            "2-1 = 2,1 : Florida Panthers, Carolina Hurricanes : running",
        ],
    ),
    // In a round-up, a role names one of the two sides named before it in its paragraph; a
    // results line written home side first ("Lindfors–Kalmar 2–3 SO") says which is at home.
    // "took the shootout 2-1" is the shoot-out's own tally.
    (
        "Storvik beat Norrby 4-1 in the ice hockey league on Tuesday.\n\nIn Kalmar, Lindfors \
         needed a shootout to beat Kalmar IK 3-2. The hosts led 2-1 late on, and Lindfors took \
         the shootout 2-1.\n\nResults:\n\nStorvik–Norrby 4–1\n\nKalmar IK–Lindfors 2–3 SO",
        "team@ice-hockey:Storvik; team@ice-hockey:Norrby; team@ice-hockey:Lindfors; \
         team@ice-hockey:Kalmar IK",
        &[
            "4-1 = 4,1 : Storvik, Norrby : final",
            "3-2 = 3,2 : Lindfors, Kalmar IK : final",
            "2-1 = 2,1 : Kalmar IK, Lindfors : running",
            "2-1 = 2,1 : Lindfors, Kalmar IK : penalties",
            "4–1 = 4,1 : Storvik, Norrby : final",
            "2–3 = 2,3 : Kalmar IK, Lindfors : final",
        ],
    ),
    // A running score naming no side, a paragraph or two after its game's final: the one order
    // that keeps both sides within their final points (a score only goes up).
    (
        "Arsenal beat Chelsea 3-1 on Sunday.\n\nChelsea led 1-0 at the break. Saka put them \
         2-1 in front on the hour, after it had been 1-1, and Rice made it 3-1 late on.",
        FOOTBALL,
        &[
            "3-1 = 3,1 : Arsenal, Chelsea : final",
            "1-0 = 1,0 : Chelsea, Arsenal : half_time",
            "2-1 = 2,1 : Arsenal, Chelsea : running",
            "1-1 = 1,1 : Arsenal, Chelsea : running",
            "3-1 = 3,1 : Arsenal, Chelsea : running",
        ],
    ),
    // A past verb of the two sides gives their roles ("hosted": the subject at home).
    (
        "The Minnesota Wild hosted the Winnipeg Jets in the NHL on Saturday, and the Wild won \
         5-3.\n\nThe visitors led 2-1 after the first period.\n\nWinnipeg host Minnesota on \
         Jan. 24.",
        "team:Minnesota Wild|Wild|Minnesota; team:Winnipeg Jets|Jets|Winnipeg",
        &[
            "5-3 = 5,3 : Minnesota Wild, Winnipeg Jets : final",
            "2-1 = 2,1 : Winnipeg Jets, Minnesota Wild : quarter",
        ],
    ),
    // A series word before a game's score with a result noun after it does not make a tally.
    (
        "Florida won Game 1 4-1 before the Hurricanes levelled the series with a 3-2 \
         double-overtime win in Game 2.",
        "team:Florida Panthers|Florida; team:Carolina Hurricanes|Hurricanes",
        &[
            "4-1 = 4,1 : Florida Panthers, Carolina Hurricanes : final",
            "3-2 = 3,2 : Carolina Hurricanes, Florida Panthers : final",
        ],
    ),
    // A result verb earlier in the sentence, the score set off after a comma with its opponent.
    (
        "The Golden Knights had won three in a row, most recently 4-3 in a shootout \
         against the Seattle Kraken on Thursday in the NHL. Their goaltender made 31 \
         saves.",
        "team:Vegas Golden Knights|Golden Knights; team:Seattle Kraken",
        &["4-3 = 4,3 : Vegas Golden Knights, Seattle Kraken : final"],
    ),
    // Tennis: a retirement makes the player who gave up the leader's opponent; a lead takes
    // the player right before its verb; a wildcard between verb and object.
    (
        "Echeverri reached the third round of the Australian Open when Kessler retired \
         with a thigh injury, with Echeverri leading 6-3, 2-1. Vlasova beat Australian \
         wildcard Chloe Brennan 6-1 6-0. Kessler had saved a match point in the first \
         round.",
        "person:Tomás Echeverri|Echeverri; person:Ruben Kessler|Kessler; person:Vlasova; person:Chloe Brennan",
        &[
            "6-3 = 6,3 : Tomás Echeverri, Ruben Kessler : set",
            "2-1 = 2,1 : Tomás Echeverri, Ruben Kessler : running",
            "6-1 = 6,1 : Vlasova, Chloe Brennan : set",
            "6-0 = 6,0 : Vlasova, Chloe Brennan : set",
        ],
    ),
    // A contest reported with a title between the verb and its object ("get past qualifier
    // Lenz"): a win whose clause names no opponent is over that player, though the sentence
    // names a third; a player played against ("his match against Benali") right before a
    // deficit is the opponent, the clause's subject trails, the sets from its side.
    (
        "Top seed Kowal, coached by Brandt, needed three hours to get past qualifier Lenz at \
         the ATP tennis event on Wednesday, winning 6-4 3-6 7-6(5). Earlier, Ødestad retired \
         from his match against Lindqvist trailing 6-7 (3/7) 1-4.",
        "person:Anna Kowal|Kowal; person:Maria Lenz|Lenz; person:Ida Brandt|Brandt; person:Ødestad; person:Lindqvist",
        &[
            "6-4 = 6,4 : Anna Kowal, Maria Lenz : set",
            "3-6 = 3,6 : Anna Kowal, Maria Lenz : set",
            "7-6(5) = 7,6 : Anna Kowal, Maria Lenz : set",
            "6-7 (3/7) = 6,7 : Ødestad, Lindqvist : set",
            "1-4 = 1,4 : Ødestad, Lindqvist : running",
        ],
    ),
    // A comma between the title and the verb: no contest ("got past the first round, and
    // qualifier Lenz …" does not say Kowal beat Lenz).
    (
        "Kowal got past the first round of the ATP tennis event, and qualifier Lenz lost 6-4 6-3 to Brandt.",
        "person:Anna Kowal|Kowal; person:Maria Lenz|Lenz; person:Ida Brandt|Brandt",
        &[
            "6-4 = 6,4 : Ida Brandt, Maria Lenz : set",
            "6-3 = 6,3 : Ida Brandt, Maria Lenz : set",
        ],
    ),
    // A verb that takes no object, a few words of manner or place, then the opponent after a
    // preposition, the score set off after it.
    (
        "Monza won in straight sets away to Cisterna, 25:18, 25:16, 25:23, in the PlusLiga.",
        "team@volleyball:Monza; team@volleyball:Cisterna; competition@volleyball:PlusLiga",
        &[
            "25:18 = 25,18 : Monza, Cisterna : set",
            "25:16 = 25,16 : Monza, Cisterna : set",
            "25:23 = 25,23 : Monza, Cisterna : set",
        ],
    ),
    (
        "The Kings lost in overtime to the Phoenix Suns, 104-99, their fourth straight defeat.",
        NBA,
        &["104-99 = 104,99 : Phoenix Suns, Sacramento Kings : final"],
    ),
    // Other words between the verb and the preposition: a clause of its own, no result.
    (
        "Porto won the cup and moved on to Benfica, 3-1 in the end.",
        FOOTBALL,
        &["3-1 = 3,1 : - : running"],
    ),
    // A count before a pitch is not a score; the lead the pitch gave is.
    (
        "Moriyama hit a 2-2 splitter into the stands to give the Red Sox a 3-2 lead over the \
         Yankees in the ninth inning.",
        MLB,
        &["3-2 = 3,2 : Boston Red Sox, New York Yankees : running"],
    ),
    // A team the gazetteer gives another sport is no side ("Red Bull" read as the Formula One
    // team in an ice hockey report); a football club's other sections stay sides.
    (
        "Red Bull beat the Ice Tigers 5:2 on Friday night, the goaltender making 30 saves on a \
         power play evening in the hockey league.",
        "team@motorsport:Red Bull Racing|Red Bull; team@ice-hockey:Nürnberg Ice Tigers|Ice Tigers",
        &["5:2 = 5,2 : ?, Nürnberg Ice Tigers : final"],
    ),
    (
        "Real Madrid beat Olympiacos 88-80 in the EuroLeague, with 14 rebounds from their centre \
         and five 3-pointers.",
        "team@football:Real Madrid; team@basketball:Olympiacos",
        &["88-80 = 88,80 : Real Madrid, Olympiacos : final"],
    ),
    // A shutout told in the passive: the subject lost.
    (
        "The Tampa Bay Rays were shut out 6-0 by the Houston Astros on Tuesday night.",
        "team@baseball:Tampa Bay Rays|Rays; team@baseball:Houston Astros|Astros",
        &["6-0 = 6,0 : Houston Astros, Tampa Bay Rays : final"],
    ),
    // A clause joined by ", while" has its own subject: an unknown winner of the first result is
    // not the side named in the second.
    (
        "In the handball, Zorgl won 35-27 away to Pick Szeged, while SC Magdeburg lost 30-32 at \
         home to Aalborg.",
        "team@handball:Pick Szeged; team@handball:SC Magdeburg; team@handball:Aalborg Håndbold|Aalborg",
        &[
            "35-27 = 35,27 : ?, Pick Szeged : final",
            "30-32 = 30,32 : SC Magdeburg, Aalborg Håndbold : final",
        ],
    ),
    // A rugby club's netball team the gazetteer knows only as the rugby club stays a side.
    (
        "Saracens Mavericks beat Surrey Storm 58-51 in the Netball Superleague, their goal \
         shooter landing 41 from 44.",
        "team@rugby-union:Saracens|Saracens Mavericks; team@netball:Surrey Storm",
        &["58-51 = 58,51 : Saracens, Surrey Storm : final"],
    ),
    // A province or town named as a place before a competition or after a place word is no
    // county side: the win is the subject's.
    (
        "Limerick booked their place in the Munster hurling final with a 1-24 to 0-23 win over \
         Cork in Thurles.",
        "team@gaelic-games:Limerick; place:Munster; team@gaelic-games:Cork; place:Thurles",
        &["1-24 to 0-23 = 27,23 : Limerick, Cork : final"],
    ),
    // A live page pads Gaelic points to two digits ("1-09", "0-07").
    (
        "Mayo beat Galway 2-15 to 1-16 in the Connacht final at Castlebar.\n\nHALF-TIME: Mayo \
         1-06 Galway 0-09\n\nGalway led 0-09 to 1-05 before the break.",
        "team@gaelic-games:Mayo; team@gaelic-games:Galway; place:Castlebar",
        &[
            "2-15 to 1-16 = 21,19 : Mayo, Galway : final",
            "Mayo 1-06 Galway 0-09 = 9,9 : Mayo, Galway : half_time",
            "0-09 to 1-05 = 9,8 : Galway, Mayo : running",
        ],
    ),
    // Gaelic games: the sides are counties, a county named as a place is its side (and a rugby
    // province naming the championship is none).
    (
        "In the Connacht championship, Galway had four points to spare over Mayo, winning 0-19 \
         to 0-15 in the Gaelic football semi-final, while Roscommon were beaten 3-12 to 1-14 by \
         Sligo.",
        "team@rugby-union:Connacht; place:Galway; team@gaelic-games:Mayo; \
         team@gaelic-games:Roscommon; team@gaelic-games:Sligo",
        &[
            "0-19 to 0-15 = 19,15 : Galway, Mayo : final",
            "3-12 to 1-14 = 21,17 : Sligo, Roscommon : final",
        ],
    ),
    // A deficit cut naming no side ("cut the deficit to 24-20"), a few paragraphs after a score
    // whose sides are known: the side that led still leads. A deficit stated ("still trailed
    // 66-61") says no such thing: the lead may have changed hands.
    (
        "Detroit beat Green Bay 27-24 in the NFL on Sunday night.\n\nGreen Bay led 17-7 at \
         halftime.\n\nThree plays turned the game around.\n\nVan Dyke then cut the deficit to \
         24-20 with a 51-yard field goal.",
        "team:Detroit Lions|Detroit; team:Green Bay Packers|Green Bay; person:Van Dyke",
        &[
            "27-24 = 27,24 : Detroit Lions, Green Bay Packers : final",
            "17-7 = 17,7 : Green Bay Packers, Detroit Lions : half_time",
            "24-20 = 24,20 : Green Bay Packers, Detroit Lions : running",
        ],
    ),
    (
        "Madrid beat Fenerbahce 89-84 in the EuroLeague.\n\nMadrid led 22-18 after the first \
         quarter.\n\nThe home side still trailed 66-61 going into the fourth.",
        "team:Real Madrid|Madrid; team:Fenerbahce",
        &[
            "89-84 = 89,84 : Real Madrid, Fenerbahce : final",
            "22-18 = 22,18 : Real Madrid, Fenerbahce : quarter",
            "66-61 = 66,61 : - : running",
        ],
    ),
    // Netball, a sport of its own: its teams are its sides, a quarter is a quarter.
    (
        "The Vixens beat the Thunderbirds 64-58 in Super Netball, the goal shooter landing three \
         super shots, after winning the first quarter 17-14.",
        "team@netball:Melbourne Vixens|Vixens; team@netball:Adelaide Thunderbirds|Thunderbirds",
        &[
            "64-58 = 64,58 : Melbourne Vixens, Adelaide Thunderbirds : final",
            "17-14 = 17,14 : Melbourne Vixens, Adelaide Thunderbirds : quarter",
        ],
    ),
    // "going down 64-61 to": a defeat told in the participle, its winner after "to".
    (
        "The Thunderbirds' hopes took a hit on Saturday, the home side going down 64-61 to the \
         Vixens in Super Netball.",
        "team@netball:Melbourne Vixens|Vixens; team@netball:Adelaide Thunderbirds|Thunderbirds",
        &["64-61 = 64,61 : Melbourne Vixens, Adelaide Thunderbirds : final"],
    ),
    // Cricket totals written wickets first (Australia), "142 all out", totals during the chase.
    (
        "The Perth Scorchers beat the Brisbane Heat by 22 runs in the BBL. Scorchers 7-164 \
         (20 overs); Heat 142 all out (18.4 overs).\n\nThe Sixers are 4/88 in the 11th \
         over, and Sixers 4-150 after 16 overs. The Hurricanes finished on 6-180 from \
         their 20 overs.",
        "team@cricket:Perth Scorchers|Scorchers; team@cricket:Brisbane Heat|Heat; team@cricket:Sydney Sixers|Sixers; team@cricket:Hurricanes",
        &[
            "7-164 = 164,7 : Perth Scorchers : innings",
            "142 all out = 142,10 : Brisbane Heat : innings",
            "4/88 = 88,4 : Sydney Sixers : running",
            "4-150 = 150,4 : Sydney Sixers : running",
            "6-180 = 180,6 : Hurricanes : innings",
        ],
    ),
    // A form guide: each line a game of the side its label names, the score from that side's
    // view, the result letter agreeing.
    (
        "Form guide\n\nHarbour Town (most recent first): W-L-D\n\nAshby (H) 2-0 W\n\nVestby (A) \
         1-3 L\n\nKestrel (H) 1-1 D",
        "team@football:Harbour Town; team@football:Ashby; team@football:Vestby; team@football:Kestrel",
        &[
            "2-0 = 2,0 : Harbour Town, Ashby : final",
            "1-3 = 1,3 : Harbour Town, Vestby : final",
            "1-1 = 1,1 : Harbour Town, Kestrel : final",
        ],
    ),
    // Period scores of a sentence naming no side, whose sums are a result told before, are that
    // match's, in the order the sums give.
    (
        "Harbour Hoops beat Vestby 86-79 on Friday night.\n\nThe quarter scores (22-18, 19-25, \
         24-17, 21-19) tell how the game swung in the third.",
        "team@basketball:Harbour Hoops; team@basketball:Vestby",
        &[
            "86-79 = 86,79 : Harbour Hoops, Vestby : final",
            "22-18 = 22,18 : Harbour Hoops, Vestby : quarter",
            "19-25 = 19,25 : Harbour Hoops, Vestby : quarter",
            "24-17 = 24,17 : Harbour Hoops, Vestby : quarter",
            "21-19 = 21,19 : Harbour Hoops, Vestby : quarter",
        ],
    ),
    // A description the sentences before name as their subject ("the champions", "the
    // holders") is that side, not one named later in its sentence.
    (
        "Harbour Volley beat Vestby 3-2 on Sunday to stay top.\n\nThe champions won 25-21, \
         22-25, 25-19, 23-25, 15-12 at the Kestrel Hall, where Vestby had not won since 2019.",
        "team@volleyball:Harbour Volley; team@volleyball:Vestby",
        &[
            "3-2 = 3,2 : Harbour Volley, Vestby : final",
            "25-21 = 25,21 : Harbour Volley, Vestby : set",
            "22-25 = 22,25 : Harbour Volley, Vestby : set",
            "25-19 = 25,19 : Harbour Volley, Vestby : set",
            "23-25 = 23,25 : Harbour Volley, Vestby : set",
            "15-12 = 15,12 : Harbour Volley, Vestby : set",
        ],
    ),
    // A speaker named after the side and a post of several words ("Harbourside director of
    // rugby Tom Pellow") speaks for that side: "we" in the quote are Harbourside.
    (
        "Eastfield beat Harbourside 27-24 at Kingsmead Park on Saturday.\n\nHarbourside director \
         of rugby Tom Pellow was left to rue a missed kick.\n\n\"We were 20-6 down and found a \
         way back,\" Pellow said.",
        "team@rugby-union:Eastfield; team@rugby-union:Harbourside; person:Tom Pellow|Pellow",
        &[
            "27-24 = 27,24 : Eastfield, Harbourside : final",
            "20-6 = 20,6 : Eastfield, Harbourside : running",
        ],
    ),
    // In a handball story, two numbers of ten or more a game's score apart, joined by a colon,
    // are a score wherever they stand ("At 19:18", "took the return 29:26").
    (
        "Harbour HC beat Vestby 30:29 in the handball cup final. At 19:18 after 40 minutes it was \
         anyone's game. Vestby had taken the first meeting, and Harbour HC won the return 29:26.",
        "team@handball:Harbour HC; team@handball:Vestby",
        &[
            "30:29 = 30,29 : Harbour HC, Vestby : final",
            "19:18 = 19,18 : - : running",
            "29:26 = 29,26 : Harbour HC, Vestby : final",
        ],
    ),
    // A batting side told by a participle after a comma or by a pronoun its clause opens on is
    // the sentence's subject, not the side just named as the one played against; a total
    // after "making" is written wickets first too.
    (
        "The Renegades reached the final by beating the Thunder in the Challenger, when they \
         made 6-171 and restricted the Thunder to 8-150.\n\nThey had also beaten the Stars \
         earlier in the month, making 5-190 and bowling them out for 133. Earlier the Stars were all out for 120 at \
         the MCG and the Renegades knocked off the runs, reaching 121 for 2 in 15 overs.",
        "team@cricket:Melbourne Renegades|Renegades; team@cricket:Sydney Thunder|Thunder; team@cricket:Melbourne Stars|Stars",
        &[
            "6-171 = 171,6 : Melbourne Renegades : innings",
            "8-150 = 150,8 : Sydney Thunder : innings",
            "5-190 = 190,5 : Melbourne Renegades : innings",
            "out for 133 = 133,10 : Melbourne Stars : innings",
            "all out for 120 = 120,10 : Melbourne Stars : innings",
            "121 for 2 = 121,2 : Melbourne Renegades : innings",
        ],
    ),
    // Colon scores: a set list (a clock-shaped "23:25" among scores), a score with one-digit
    // second number, a lead after "led", and hockey periods in brackets.
    (
        "Jastrzębski Węgiel beat ZAKSA 3:1 (23:25, 25:21, 25:19, 25:22) in the PlusLiga. ZAKSA \
         led 8:3 in the first set, and Jastrzębski Węgiel led 24:20 in the fourth.",
        VOLLEY,
        &[
            "3:1 = 3,1 : Jastrzębski Węgiel, ZAKSA : final",
            "23:25 = 23,25 : Jastrzębski Węgiel, ZAKSA : set",
            "25:21 = 25,21 : Jastrzębski Węgiel, ZAKSA : set",
            "25:19 = 25,19 : Jastrzębski Węgiel, ZAKSA : set",
            "25:22 = 25,22 : Jastrzębski Węgiel, ZAKSA : set",
            "8:3 = 8,3 : ZAKSA, Jastrzębski Węgiel : running",
            "24:20 = 24,20 : Jastrzębski Węgiel, ZAKSA : running",
        ],
    ),
    // A subject described by a word no entity stands for ("The Irish") is no side of the
    // sentence before; a nationality and a noun ("The Belgian side") still may be.
    (
        "The Gamecocks won last season's meeting in South Bend. The Irish lost 74-70 to Iowa \
         State on Sunday.\n\nThe shoot-out went against Dragons. The Belgian side led Mannheim \
         3-1 going into the final quarter.",
        "team:Gamecocks; team:Iowa State; team:Dragons; team:Mannheim; place:South Bend",
        &[
            "74-70 = 74,70 : Iowa State, ? : final",
            "3-1 = 3,1 : Dragons, Mannheim : running",
        ],
    ),
    // The subject of the last of coordinated main clauses; "won Game 1 there", "won last
    // season's meeting"; "made it 2-1 to X": X leads.
    (
        "Inter Miami were beaten 2-1 by Nashville SC, and Vancouver Whitecaps drew 0-0 with \
         Minnesota United before losing the shoot-out 5-4.\n\n\
         Columbus Crew beat FC Cincinnati 4-2 on penalties after a 2-2 draw. Cincinnati won Game \
         1 there 1-0. Lucas da Rocha curled a free kick in for 1-1 and set up the header that \
         made it 2-1 to Columbus.\n\nThe Gamecocks won last season's meeting 81-66 against \
         Notre Dame.",
        "team:Inter Miami; team:Nashville SC; team:Vancouver Whitecaps; team:Minnesota United; \
         team:Columbus Crew|Columbus; team:FC Cincinnati|Cincinnati; person:Lucas da Rocha; \
         team:Gamecocks; team:Notre Dame",
        &[
            "2-1 = 2,1 : Nashville SC, Inter Miami : final",
            "0-0 = 0,0 : Vancouver Whitecaps, Minnesota United : final",
            "5-4 = 5,4 : Minnesota United, Vancouver Whitecaps : penalties",
            "4-2 = 4,2 : Columbus Crew, FC Cincinnati : penalties",
            "2-2 = 2,2 : Columbus Crew, FC Cincinnati : final",
            "1-0 = 1,0 : FC Cincinnati, Columbus Crew : final",
            "1-1 = 1,1 : Columbus Crew, FC Cincinnati : running",
            "2-1 = 2,1 : Columbus Crew, FC Cincinnati : running",
            "81-66 = 81,66 : Gamecocks, Notre Dame : final",
        ],
    ),
    // A name after "a" and adjectives qualifies a noun ("a ferocious Wigan Warriors
    // comeback"): no subject; "a game the Panthers had led" is a clause with its subject.
    (
        "Hull KR are Super League champions. The Robins won one at last, holding off a ferocious \
         Wigan Warriors comeback to win 22-20.\n\nIt ended a game the Panthers had led for an \
         hour before they won 19-18 against the Bulldogs.",
        "team:Hull KR|Robins; team:Wigan Warriors; team:Panthers; team:Bulldogs",
        &[
            "22-20 = 22,20 : Hull KR, Wigan Warriors : final",
            "19-18 = 19,18 : Panthers, Bulldogs : final",
        ],
    ),
    // A place after a preposition of place in the sentence before is no side of a score.
    (
        "For seven innings, the champions from Seoul were in control. LG led 3-0 after four \
         innings.\n\nIn Moscow, CSKA beat Dynamo 4-1 in the derby. Orekhov scored twice for \
         the Red Army team, who led 3-0 at the second intermission.",
        "place:Seoul; place:Moscow; team@ice-hockey:CSKA; team@ice-hockey:Dynamo; person:Orekhov",
        &[
            "3-0 = 3,0 : - : running",
            "4-1 = 4,1 : CSKA, Dynamo : final",
            "3-0 = 3,0 : CSKA, Dynamo : running",
        ],
    ),
    // A ranking or "unranked" between a result verb or preposition and its object.
    (
        "No. 11 Notre Dame stuns No. 3 South Carolina 78-74. Earlier, No. 6 Texas were beaten \
         70-65 by unranked Creighton, and Oregon lost 61-58 to #4 UCLA.",
        "team:Notre Dame; team:South Carolina; team:Texas; team:Creighton; team:Oregon; team:UCLA",
        &[
            "78-74 = 78,74 : Notre Dame, South Carolina : final",
            "70-65 = 70,65 : Creighton, Texas : final",
            "61-58 = 61,58 : UCLA, Oregon : final",
        ],
    ),
    (
        "FINAL: No. 11 Notre Dame 78, No. 3 South Carolina 74",
        "team:Notre Dame; team:South Carolina",
        &["Notre Dame 78, No. 3 South Carolina 74 = 78,74 : Notre Dame, South Carolina : final"],
    ),
    // Colon scores shaped like clocks, read by their place: right after a side's name, before
    // a word that reads a score ("16:14 up"), the half-time score in brackets after a score,
    // "and later" after a score, after "drew"; "and later" continues the lead's sides.
    (
        "THW Kiel beat SG Flensburg-Handewitt 32:29 on Sunday. The visitors led 5:2 and later \
         11:7, but Kiel went into the break 16:14 up. Füchse Berlin drew 28:28 with SC \
         Magdeburg.\n\nTHW Kiel – SG Flensburg-Handewitt 32:29 (16:14)",
        "team@handball:THW Kiel|Kiel; team@handball:SG Flensburg-Handewitt; \
         team@handball:Füchse Berlin; team@handball:SC Magdeburg",
        &[
            "32:29 = 32,29 : THW Kiel, SG Flensburg-Handewitt : final",
            "5:2 = 5,2 : SG Flensburg-Handewitt, THW Kiel : running",
            "11:7 = 11,7 : SG Flensburg-Handewitt, THW Kiel : running",
            "16:14 = 16,14 : THW Kiel, SG Flensburg-Handewitt : half_time",
            "28:28 = 28,28 : Füchse Berlin, SC Magdeburg : final",
            "32:29 = 32,29 : THW Kiel, SG Flensburg-Handewitt : final",
            "16:14 = 16,14 : THW Kiel, SG Flensburg-Handewitt : half_time",
        ],
    ),
    (
        "The Minnesota Wild beat the Winnipeg Jets 4:3 (1:1, 2:0, 0:2, 1:0) in overtime.",
        NHL,
        &[
            "4:3 = 4,3 : Minnesota Wild, Winnipeg Jets : final",
            "1:1 = 1,1 : Minnesota Wild, Winnipeg Jets : quarter",
            "2:0 = 2,0 : Minnesota Wild, Winnipeg Jets : quarter",
            "0:2 = 0,2 : Minnesota Wild, Winnipeg Jets : quarter",
            "1:0 = 1,0 : Minnesota Wild, Winnipeg Jets : quarter",
        ],
    ),
    // Tennis sets written with slashes, beside each other; a slashed tiebreak.
    (
        "Dall’Acqua beat Lindqvist 6/4 7/5 at Wimbledon, and Ødestad beat O’Sullivan 3-6 \
         7-6 (7/3) 6-4 in the tennis.",
        "person:Ødestad; person:O’Sullivan; person:Dall’Acqua; person:Lindqvist; \
         competition@tennis:Wimbledon",
        &[
            "6/4 = 6,4 : Dall’Acqua, Lindqvist : set",
            "7/5 = 7,5 : Dall’Acqua, Lindqvist : set",
            "3-6 = 3,6 : Ødestad, O’Sullivan : set",
            "7-6 (7/3) = 7,6 : Ødestad, O’Sullivan : set",
            "6-4 = 6,4 : Ødestad, O’Sullivan : set",
        ],
    ),
    // A lone Gaelic figure "apiece" is both sides' score.
    (
        "In the All-Ireland hurling semi-final, Kilmore beat Ardfinnan 1-15 to 0-14. The sides \
         were level at 0-7 apiece at the break.",
        "team:Kilmore; team:Ardfinnan",
        &[
            "1-15 to 0-14 = 18,14 : Kilmore, Ardfinnan : final",
            "0-7 apiece = 7,7 : Kilmore, Ardfinnan : half_time",
        ],
    ),
    // Ice hockey: a win on penalties is the final score; a level score after regulation is not.
    (
        "The Minnesota Wild and the Winnipeg Jets were 2-2 after regulation in the NHL, and \
         the Wild won 3-2 on penalties.",
        NHL_SPORT,
        &[
            "2-2 = 2,2 : Minnesota Wild, Winnipeg Jets : running",
            "3-2 = 3,2 : Minnesota Wild, Winnipeg Jets : final",
        ],
    ),
    // The side played against did not make the total.
    (
        "Surrey chased down 150 with nine balls to spare against Kent, reaching 151-4 in 18.3 \
         overs. Kent had made 149 for 7.",
        CRICKET,
        &[
            "151-4 = 151,4 : Surrey : innings",
            "149 for 7 = 149,7 : Kent : innings",
        ],
    ),
    // The "IF" of a Nordic club's name is not the hypothetical "if".
    (
        "Leksands IF lost 2-0 at home to Malmö Redhawks, and Brynäs IF beat Rögle BK 4-1.",
        "team:Leksands IF; team:Malmö Redhawks; team:Brynäs IF; team:Rögle BK",
        &[
            "2-0 = 2,0 : Malmö Redhawks, Leksands IF : final",
            "4-1 = 4,1 : Brynäs IF, Rögle BK : final",
        ],
    ),
    // Periods in brackets at the end of the clause of the final score.
    (
        "The Minnesota Wild beat the Winnipeg Jets 3-2 after a shootout at home on Saturday \
         night (1-0, 0-2, 1-0, 0-0, 1-0).",
        NHL_SPORT,
        &[
            "3-2 = 3,2 : Minnesota Wild, Winnipeg Jets : final",
            "1-0 = 1,0 : Minnesota Wild, Winnipeg Jets : quarter",
            "0-2 = 0,2 : Minnesota Wild, Winnipeg Jets : quarter",
            "1-0 = 1,0 : Minnesota Wild, Winnipeg Jets : quarter",
            "0-0 = 0,0 : Minnesota Wild, Winnipeg Jets : quarter",
            "1-0 = 1,0 : Minnesota Wild, Winnipeg Jets : quarter",
        ],
    ),
    // The owner of a phrase closed before the score is not its subject.
    (
        "The Boston Celtics ended the New York Knicks’ winning run at home with a 104-99 win. \
         The Knicks' 12-0 run in the third quarter had kept them in it.",
        NBA,
        &[
            "104-99 = 104,99 : Boston Celtics, New York Knicks : final",
            "12-0 = 12,0 : New York Knicks, Boston Celtics : running",
        ],
    ),
    // A city a team is named after stands for the team, except where it is a place.
    (
        "Eisbären Berlin beat Adler Mannheim 4:3 in Mannheim on Sunday. Berlin had led 3:1 \
         going into the third period.",
        "team@ice-hockey:Eisbären Berlin; team@ice-hockey:Adler Mannheim; place:Berlin; \
         place:Mannheim",
        &[
            "4:3 = 4,3 : Eisbären Berlin, Adler Mannheim : final",
            "3:1 = 3,1 : Eisbären Berlin, Adler Mannheim : running",
        ],
    ),
    // A bracket after a results line naming its score the half-time one.
    (
        "Leicester Tigers 24-18 Bath (HT 10-13)",
        RUGBY,
        &[
            "24-18 = 24,18 : Leicester Tigers, Bath : final",
            "10-13 = 10,13 : Leicester Tigers, Bath : half_time",
        ],
    ),
    // "too strong for Y" says who won, whatever verb carries the score.
    (
        "Bath were far too strong for Leicester Tigers at the Rec, winning 40-12.",
        RUGBY,
        &["40-12 = 40,12 : Bath, Leicester Tigers : final"],
    ),
    // "clear" after a score: the subject leads.
    (
        "Bath beat Leicester Tigers 31-20. Bath were 24-13 clear on the hour.",
        RUGBY,
        &[
            "31-20 = 31,20 : Bath, Leicester Tigers : final",
            "24-13 = 24,13 : Bath, Leicester Tigers : running",
        ],
    ),
    // Period scores in brackets after a results line take its sides.
    (
        "Tappara beat Ilves 4-3 on Wednesday.\n\nTappara–Ilves 4–3 (1–0, 2–2, 1–1)",
        "team@ice-hockey:Tappara; team@ice-hockey:Ilves",
        &[
            "4-3 = 4,3 : Tappara, Ilves : final",
            "4–3 = 4,3 : Tappara, Ilves : final",
            "1–0 = 1,0 : Tappara, Ilves : quarter",
            "2–2 = 2,2 : Tappara, Ilves : quarter",
            "1–1 = 1,1 : Tappara, Ilves : quarter",
        ],
    ),
    // … but not the place that opens another side's name ("Texas" is not Texas A&M).
    (
        "Texas lost to Texas A&M, 27-20, after two late touchdowns.",
        "place:Texas; team@multi:Texas A&M Aggies|Texas A&M",
        &["27-20 = 27,20 : Texas A&M Aggies, Texas : final"],
    ),
    // The next part of the game named by its ordinal continues the score before it.
    (
        "ZAKSA took the opening set, but Jastrzębski Węgiel took the second set 25:21 and the \
         third 25:19 in the PlusLiga.",
        VOLLEY,
        &[
            "25:21 = 25,21 : Jastrzębski Węgiel, ZAKSA : set",
            "25:19 = 25,19 : Jastrzębski Węgiel, ZAKSA : set",
        ],
    ),
    // "took it": the part of the game the clause before named.
    (
        "Jastrzębski Węgiel beat ZAKSA 3-1 in the PlusLiga, which meant a golden set, and ZAKSA \
         took it 15-12.",
        VOLLEY,
        &[
            "3-1 = 3,1 : Jastrzębski Węgiel, ZAKSA : final",
            "15-12 = 15,12 : ZAKSA, Jastrzębski Węgiel : set",
        ],
    ),
    // A part of the game a relative clause hangs on.
    (
        "The Boston Celtics beat the New York Knicks 104-99. Jaylen Brooks scored 12 in the final \
         quarter, which the Celtics won 30-22.",
        NBA,
        &[
            "104-99 = 104,99 : Boston Celtics, New York Knicks : final",
            "30-22 = 30,22 : Boston Celtics, New York Knicks : quarter",
        ],
    ),
    // A lost run of sets written from the loser's side, and one from the winner's.
    (
        "Lindqvist lost to Dall’Acqua 6-7 (3/7) 1-4 at Wimbledon in the tennis, retiring \
         hurt. O’Sullivan lost 6-4, 6-3 to Ødestad.",
        "person:Ødestad; person:O’Sullivan; person:Dall’Acqua; person:Lindqvist; \
         competition@tennis:Wimbledon",
        &[
            "6-7 (3/7) = 6,7 : Lindqvist, Dall’Acqua : set",
            "1-4 = 1,4 : Lindqvist, Dall’Acqua : running",
            "6-4 = 6,4 : Ødestad, O’Sullivan : set",
            "6-3 = 6,3 : Ødestad, O’Sullivan : set",
        ],
    ),
    // An uneven score credited "to" a side, no verb: that side's, its points first.
    (
        "The Archers met the Whipsnakes in the PLL semifinal. The Whipsnakes scored again. It is \
         12-11 to the Archers with six minutes to play.",
        "team@lacrosse:Archers; team@lacrosse:Whipsnakes",
        &["12-11 = 12,11 : Archers, Whipsnakes : running"],
    ),
    ("The final score was 3-1 to Leeds.", "team:Leeds United|Leeds", &["3-1 = 3,1 : Leeds United, ? : final"]),
    // An object pronoun stands for the side the sentence opens on; the verb's subject is the
    // other side.
    (
        "Ottawa have not lost in regulation at TD Place since November 22, when Boston beat them \
         3-1.",
        "team@ice-hockey:Ottawa Charge|Ottawa; team@ice-hockey:Boston Fleet|Boston",
        &["3-1 = 3,1 : Boston Fleet, Ottawa Charge : final"],
    ),
    // A clause opening on a subject pronoun: a side named after the score is not its subject.
    (
        "Montréal come in on a two-game skid. They were beaten 4-3 by the Toronto Sceptres and \
         lost 2-0 to the Minnesota Frost, a game in which they outshot the Frost by a distance.",
        "team@ice-hockey:Montréal Victoire|Montréal; team@ice-hockey:Toronto Sceptres; \
         team@ice-hockey:Minnesota Frost|Frost",
        &[
            "4-3 = 4,3 : Toronto Sceptres, Montréal Victoire : final",
            "2-0 = 2,0 : Minnesota Frost, Montréal Victoire : final",
        ],
    ),
    // A nationality's plural noun: the one side of that country among the two named before it.
    (
        "Boca went through on penalties. Boca will meet Fluminense in the semi-finals. The \
         Brazilians beat Racing Club 2-0 at the Maracanã on Wednesday.",
        "team#ARG:Boca Juniors|Boca; team#BRA:Fluminense; team#ARG:Racing Club",
        &["2-0 = 2,0 : Fluminense, Racing Club : final"],
    ),
    // A city's plural noun: the one side whose name holds the city.
    (
        "Veszprém went through on penalties. Veszprém will meet Füchse Berlin in the semi-finals. The Berliners beat SC Magdeburg 30-27 on Wednesday.",
        "team#HUN:Telekom Veszprém|Veszprém; team#DEU:Füchse Berlin|Füchse; team#DEU:SC Magdeburg|Magdeburg",
        &["30-27 = 30,27 : Füchse Berlin, SC Magdeburg : final"],
    ),
    // A results line's bracket: the aggregate ("agg") and the shoot-out take the line's sides.
    (
        "Boca Juniors reached the semi-finals.\n\nUniversidad de Chile 2-2 Boca Juniors (agg 3-3; \
         Boca win 4-3 on pens) Scorers: Aravena 58",
        "team#CHL:Universidad de Chile; team#ARG:Boca Juniors|Boca",
        &[
            "2-2 = 2,2 : Universidad de Chile, Boca Juniors : final",
            "3-3 = 3,3 : Universidad de Chile, Boca Juniors : aggregate",
            "4-3 = 4,3 : Boca Juniors, Universidad de Chile : penalties",
        ],
    ),
    // A fixture's bracket: the aggregate after "X v Y" takes its sides, the home side first.
    (
        "Wednesday's Champions League second legs\n\nBenfica v Celtic (agg 2-0), 20:00 GMT\n\n\
         Porto v Ajax (agg 1-1), 20:00 GMT",
        "team:Benfica; team:Celtic; team:Porto; team:Ajax",
        &[
            "2-0 = 2,0 : Benfica, Celtic : aggregate",
            "1-1 = 1,1 : Porto, Ajax : aggregate",
        ],
    ),
    // Judges' cards: "96-94 to X", "96-94 the other way for Y" and a level card, of the fight
    // the sentence names; a drawn fight's results line keeps its cards in the line's order.
    (
        "Nadia Farouk-Reilly and Kirsty Anand fought to a split draw in the boxing ring after \
         Fairweather scored it 96-94 to Farouk-Reilly, Ruiz-Alcalde had it 96-94 the other way \
         for Anand, and Ekwueme saw it 95-95.\n\nNadia Farouk-Reilly drew with Kirsty Anand, SD \
         10 (96-94, 94-96, 95-95)",
        "person:Nadia Farouk-Reilly|Farouk-Reilly; person:Kirsty Anand|Anand; person:Fairweather; \
         person:Ruiz-Alcalde; person:Ekwueme",
        &[
            "96-94 = 96,94 : Nadia Farouk-Reilly, Kirsty Anand : final",
            "96-94 = 96,94 : Kirsty Anand, Nadia Farouk-Reilly : final",
            "95-95 = 95,95 : Nadia Farouk-Reilly, Kirsty Anand : final",
            "96-94 = 96,94 : Nadia Farouk-Reilly, Kirsty Anand : final",
            "94-96 = 94,96 : Nadia Farouk-Reilly, Kirsty Anand : final",
            "95-95 = 95,95 : Nadia Farouk-Reilly, Kirsty Anand : final",
        ],
    ),
    // A result naming one side takes its opponent from that side's match with the same points;
    // "the series" after a result noun does not make the game's score a series tally.
    (
        "Mabo-Reid crosses late to give Queensland a 22-18 win and level the series.\n\nThe \
         Maroons beat New South Wales 22-18 in the State of Origin rugby league.",
        "team@rugby-league:Queensland|Maroons; team@rugby-league:New South Wales",
        &[
            "22-18 = 22,18 : Queensland, New South Wales : final",
            "22-18 = 22,18 : Queensland, New South Wales : final",
        ],
    ),
    // A lead in a best-of series counts games, not points; "pushed the margin to" a lead.
    (
        "The Las Vegas Aces beat the New York Liberty 88-84 in the WNBA on Sunday night to take \
         a 2-1 lead in their semifinal series. New York had pushed the margin to 78-70 with eight \
         minutes left.",
        "team@basketball:Las Vegas Aces|Las Vegas; team@basketball:New York Liberty|New York",
        &[
            "88-84 = 88,84 : Las Vegas Aces, New York Liberty : final",
            "78-70 = 78,70 : New York Liberty, Las Vegas Aces : running",
        ],
    ),
    // A deficit opening its sentence is the subject's after the comma; a final score credited
    // "to" one side is of the story's match.
    (
        "Iowa beat Nebraska 43-42 in double overtime in college football. Down 36-30 in the \
         second overtime and needing a touchdown, Nebraska got one. Last season's meeting \
         between Iowa and Nebraska ended 20-17 to the Hawkeyes.",
        "team@multi:Iowa Hawkeyes|Iowa|Hawkeyes; team@multi:Nebraska Cornhuskers|Nebraska",
        &[
            "43-42 = 43,42 : Iowa Hawkeyes, Nebraska Cornhuskers : final",
            "36-30 = 36,30 : Iowa Hawkeyes, Nebraska Cornhuskers : running",
            "20-17 = 20,17 : Iowa Hawkeyes, Nebraska Cornhuskers : final",
        ],
    ),
    // A curling rink is its skip's team ("Team Drummond-Keir"); a person of the last of two
    // coordinated clauses speaks for that clause's side.
    (
        "Switzerland won the semi-final, went on to take gold, and Drummond-Keir's rink went home with \
         bronze after beating Japan 9-4 in the curling. Team Drummond-Keir are second in the \
         rankings.",
        "team:Switzerland; team:Japan; team:Team Drummond-Keir; person:Fiona Drummond-Keir|Drummond-Keir",
        &["9-4 = 9,4 : Team Drummond-Keir, Japan : final"],
    ),
    // A box score line with its quarters between the sides; its stat labels are no scores.
    (
        "Zalgiris beat Olympiacos 81-77 in the EuroLeague.\n\nZalgiris Kaunas 81 (20-18, 24-20, \
         15-22, 22-17) Olympiacos 77\nZalgiris: Kavaliauskas 22 (8-11 FG, 4-6 3PT)\nRebounds: \
         Zalgiris 36, Olympiacos 31. Assists: 19-14. Turnovers: 11-16.",
        "team@basketball:Zalgiris Kaunas|Zalgiris; team@basketball:Olympiacos; person:Kavaliauskas",
        &[
            "81-77 = 81,77 : Zalgiris Kaunas, Olympiacos : final",
            "Zalgiris Kaunas 81 (20-18, 24-20, 15-22, 22-17) Olympiacos 77 = 81,77 : Zalgiris \
             Kaunas, Olympiacos : final",
            "20-18 = 20,18 : Zalgiris Kaunas, Olympiacos : quarter",
            "24-20 = 24,20 : Zalgiris Kaunas, Olympiacos : quarter",
            "15-22 = 15,22 : Zalgiris Kaunas, Olympiacos : quarter",
            "22-17 = 22,17 : Zalgiris Kaunas, Olympiacos : quarter",
        ],
    ),
    // A shoot-out naming one side is the match's: its opponent is the other side.
    (
        "Lezcano saves twice as Boca win the shoot-out 4-3.\n\nUniversidad de Chile drew 2-2 with \
         Boca Juniors in Santiago.",
        "team#CHL:Universidad de Chile; team#ARG:Boca Juniors|Boca",
        &[
            "4-3 = 4,3 : Boca Juniors, Universidad de Chile : penalties",
            "2-2 = 2,2 : Universidad de Chile, Boca Juniors : final",
        ],
    ),
    // A team event in a sport of people: the winner the second reading (teams) finds where the
    // first (people) finds no side.
    (
        "Europe won the Solheim Cup 14½-13½ at a golf club in Virginia. Lind holed a birdie putt \
         to beat Sorensen 2&1 on the 17th green. The United States captain watched.",
        "team:Europe; team:United States; person:Anna Lind|Lind; person:Mia Sorensen|Sorensen; \
         competition:Solheim Cup",
        &["14½-13½ = 14.5,13.5 : Europe, ? : final"],
    ),
    // A dual of bouts: a clause whose subject is a team reads the teams, not the wrestlers the
    // sentence named before it.
    (
        "The wrestling dual opened with a takedown. Kael Ruiz won a 3-2 decision over Tom DeJong \
         at 157, and the Hawkeyes took a 12-9 lead into intermission against Penn State.",
        "person:Kael Ruiz|Ruiz; person:Tom DeJong|DeJong; team:Iowa Hawkeyes|Iowa|Hawkeyes; \
         team:Penn State Nittany Lions|Penn State|Nittany Lions",
        &[
            "3-2 = 3,2 : Kael Ruiz, Tom DeJong : final",
            "12-9 = 12,9 : Iowa Hawkeyes, Penn State Nittany Lions : running",
        ],
    ),
    // A dual's results list: each bout's line, the winner first, the abbreviated "dec." a
    // result's verb as "def." is.
    (
        "The wrestling dual went to the last bout.\n\n106: Eli Kruger (KM) dec. Owen Pham (S), 6-3\n\
         145: Luke Fenske (S) dec. Nate Kapler (KM), 7-5",
        "person:Eli Kruger|Kruger; person:Owen Pham|Pham; person:Luke Fenske|Fenske; \
         person:Nate Kapler|Kapler",
        &[
            "6-3 = 6,3 : Eli Kruger, Owen Pham : final",
            "7-5 = 7,5 : Luke Fenske, Nate Kapler : final",
        ],
    ),
    // "play" governs its object as "face" does: the lead a participle reports is the subject's.
    (
        "Benfica play Follonica on Sunday evening, holding a 4-1 lead from the first leg.",
        "team:Benfica; team:Follonica",
        &["4-1 = 4,1 : Benfica, ? : running"],
    ),
    // A game's score, then what it did to the series: the score, not a tally.
    (
        "The Bulls won Game 2 91-80 against the Kings to level the series on Tuesday.",
        "team:Chicago Bulls|Bulls; team:Sacramento Kings|Kings",
        &["91-80 = 91,80 : Chicago Bulls, Sacramento Kings : final"],
    ),
    // Racquetball: games to 15 and a tiebreaker to 11, listed like sets.
    (
        "Ana Ruiz beat Lena Park 15-11, 12-15, 11-6 in the racquetball final on Sunday with a \
         backhand splat.",
        "person:Ana Ruiz|Ruiz; person:Lena Park|Park",
        &[
            "15-11 = 15,11 : Ana Ruiz, Lena Park : set",
            "12-15 = 12,15 : Ana Ruiz, Lena Park : set",
            "11-6 = 11,6 : Ana Ruiz, Lena Park : set",
        ],
    ),
    // A place names the game between a result verb and its score ("won the Manchester derby
    // 3-1 against …").
    (
        "Oldham had won the Manchester derby 3-1 against Salford on Friday night.",
        "team:Oldham; team:Salford; place:Manchester",
        &["3-1 = 3,1 : Oldham, Salford : final"],
    ),
    // A result's score closes its clause: the next result after "and" has its own subject.
    (
        "Saturday's semi-finals saw Oldham beat Hull 2-0 and Wigan edge Leeds on penalties \
         after a 1-1 draw.",
        "team:Oldham; team:Hull; team:Wigan; team:Leeds",
        &[
            "2-0 = 2,0 : Oldham, Hull : final",
            "1-1 = 1,1 : Wigan, Leeds : final",
        ],
    ),
    // Ten-pin bowling: games up to 300 pins; a pin leave before "split" is no score.
    (
        "Kowalski converted a 7-10 split in the ten-pin final and beat Oyelaran 279-245 after \
         the roll-off in the semi-final.",
        "person:Piotr Kowalski|Kowalski; person:Femi Oyelaran|Oyelaran",
        &["279-245 = 279,245 : Piotr Kowalski, Femi Oyelaran : final"],
    ),
    // Half points: chess and team match play give a drawn game or a halved match half a point.
    (
        "Hastings beat Oxford 4½-3½ in the county match, after the teams had been level at 2-2. \
         Oxford trailed Hastings 2.5-1.5 with four boards still playing.",
        "team:Hastings; team:Oxford",
        &[
            "4½-3½ = 4.5,3.5 : Hastings, Oxford : final",
            "2-2 = 2,2 : Hastings, Oxford : running",
            "2.5-1.5 = 2.5,1.5 : Hastings, Oxford : running",
        ],
    ),
    // Esports over maps: a map won at 13 or by two in overtime is a set, the series in maps
    // the final.
    (
        "Kestrel Esports beat Halden Gaming 2-1 in the Valorant final on Sunday, 13-9, 11-13, \
         16-14. Halden had led the decider 8-4 after a clean pistol round.",
        "team:Kestrel Esports|Kestrel; team:Halden Gaming|Halden",
        &[
            "2-1 = 2,1 : Kestrel Esports, Halden Gaming : final",
            "13-9 = 13,9 : Kestrel Esports, Halden Gaming : set",
            "11-13 = 11,13 : Kestrel Esports, Halden Gaming : set",
            "16-14 = 16,14 : Kestrel Esports, Halden Gaming : set",
            "8-4 = 8,4 : Halden Gaming, Kestrel Esports : running",
        ],
    ),
    // A score written out with its unit: goals, points or frames, any number to fifty-nine.
    (
        "Kestrel Vale beat Ashby Cross twenty-two points to eighteen on Sunday. Last year Ashby \
         Cross won the final five goals to four.",
        "team:Kestrel Vale|Kestrel; team:Ashby Cross|Ashby",
        &[
            "twenty-two points to eighteen = 22,18 : Kestrel Vale, Ashby Cross : final",
            "five goals to four = 5,4 : Ashby Cross, ? : final",
        ],
    ),
    // Sepak takraw: sets to 21, by two, capped at 25; the match best of three.
    (
        "Thailand beat Malaysia 2-1 in the sepak takraw regu final, 21-17, 19-21, 25-24. Their \
         tekong served four aces in the decider.",
        "team:Thailand; team:Malaysia",
        &[
            "2-1 = 2,1 : Thailand, Malaysia : final",
            "21-17 = 21,17 : Thailand, Malaysia : set",
            "19-21 = 19,21 : Thailand, Malaysia : set",
            "25-24 = 25,24 : Thailand, Malaysia : set",
        ],
    ),
    // A match tiebreak in square brackets closes the list of sets as the deciding set.
    (
        "Ana Ruiz beat Lena Park 6-4, 3-6, [10-7] in the tennis final at the ATP Challenger on \
         Sunday.",
        "person:Ana Ruiz|Ruiz; person:Lena Park|Park",
        &[
            "6-4 = 6,4 : Ana Ruiz, Lena Park : set",
            "3-6 = 3,6 : Ana Ruiz, Lena Park : set",
            "10-7 = 10,7 : Ana Ruiz, Lena Park : set",
        ],
    ),
    // An object pronoun in a sentence opening on "They" is the side "They" is, not the first
    // side the sentence names.
    (
        "So that is the 2-1 win in the sepak takraw final, and Thailand lift the trophy again. \
         They did not drop a set on the way: South Korea went out in the semis, and Japan lost \
         to them 2-0 in the quarters.",
        "team:Thailand; team:South Korea; team:Japan",
        &[
            "2-1 = 2,1 : Thailand, ? : final",
            "2-0 = 2,0 : Thailand, Japan : final",
        ],
    ),
    // A handicap's half goal: one side alone carries the "½" (polo); "½-1" is no such score.
    (
        "Ravensworth beat Hollin Hey 11-7½ in the handicap final; Hollin Hey had started \
         with a half-goal. The odds were ½-1 before the match.",
        "team:Ravensworth; team:Hollin Hey",
        &["11-7½ = 11,7.5 : Ravensworth, Hollin Hey : final"],
    ),
    // A sentence's sets whose tally of sets won is the result's score, in the tally's order
    // (two maps to one here: 13-9 and 16-14 against 11-13).
    (
        "Vantage Esports are champions. The Danish side beat Nordfjord Gaming 2-1 in front of \
         14,000 fans, winning Mirage 13-9, dropping Inferno 11-13 and taking the decider on \
         Ancient 16-14 in overtime.",
        "team@esports:Vantage Esports|Vantage; team@esports:Nordfjord Gaming|Nordfjord",
        &[
            "2-1 = 2,1 : Vantage Esports, Nordfjord Gaming : final",
            "13-9 = 13,9 : Vantage Esports, Nordfjord Gaming : set",
            "11-13 = 11,13 : Vantage Esports, Nordfjord Gaming : set",
            "16-14 = 16,14 : Vantage Esports, Nordfjord Gaming : set",
        ],
    ),
    // A club's own "we", where the opponent is named more often than the club: the other of
    // the story's two sides.
    (
        "Nadia Okonkwo-Lind headed a stoppage-time winner as we beat VfL Wolfsburg 2-1 in the \
         first leg. Wolfsburg had led through a penalty. Wolfsburg were the better side early on. \
         Arsenal travel to Germany next week, and Arsenal will need more.",
        "team:Arsenal; team:VfL Wolfsburg|Wolfsburg; person:Nadia Okonkwo-Lind|Okonkwo-Lind",
        &["2-1 = 2,1 : Arsenal, VfL Wolfsburg : final"],
    ),
    // A score during the game said again, naming no side ("At 2-1 …" in a quote), is the one
    // read before with those points.
    (
        "Leeds United beat Hull City 3-2 at Elland Road. Hull led 2-1 at the break. \"At 2-1 \
         it could have gone either way,\" referee Marta Oyelaran said.",
        "team@football:Leeds United|Leeds; team@football:Hull City|Hull; person:Marta Oyelaran",
        &[
            "3-2 = 3,2 : Leeds United, Hull City : final",
            "2-1 = 2,1 : Hull City, Leeds United : half_time",
            "2-1 = 2,1 : Hull City, Leeds United : running",
        ],
    ),
    // A speaker's "we" takes the team the attribution names ("Bulls coach …"), in the quote's
    // own sentence; "had them at" is a lead.
    (
        "The Milwaukee Bucks beat the Chicago Bulls 118-112 on Sunday night. \"We had them at \
         90-88 and we let them breathe,\" Bulls coach Marcus Tate-Whitfield said.",
        "team@basketball:Milwaukee Bucks|Bucks; team@basketball:Chicago Bulls|Bulls; \
         person:Marcus Tate-Whitfield",
        &[
            "118-112 = 118,112 : Milwaukee Bucks, Chicago Bulls : final",
            "90-88 = 90,88 : Chicago Bulls, Milwaukee Bucks : running",
        ],
    ),
    // A quote's sentence opening on a bare "At" and the score speaks of the speaker's side,
    // in the second person as well as the first.
    (
        "The Milwaukee Bucks beat the Chicago Bulls 118-112 on Sunday night. \"At 90-88 down \
         in this building you find out who wants it,\" Bucks coach Marcus Tate-Whitfield said.",
        "team@basketball:Milwaukee Bucks|Bucks; team@basketball:Chicago Bulls|Bulls; \
         person:Marcus Tate-Whitfield",
        &[
            "118-112 = 118,112 : Milwaukee Bucks, Chicago Bulls : final",
            "90-88 = 90,88 : Chicago Bulls, Milwaukee Bucks : running",
        ],
    ),
    // In a quote, a first-person object ("he beat me") is the speaker's side, and the pronoun
    // subject the other of the story's two sides.
    (
        "Ødestad beat Van den Broeck 6-4, 7-5 in the final on Sunday. Ødestad had lost their \
         last meeting. \"Last year in Halle he beat me 6-3, 6-4 and I had no answers,\" Van den \
         Broeck said.",
        "person:Ødestad; person:Van den Broeck",
        &[
            "6-4 = 6,4 : Ødestad, Van den Broeck : set",
            "7-5 = 7,5 : Ødestad, Van den Broeck : set",
            "6-3 = 6,3 : Ødestad, Van den Broeck : set",
            "6-4 = 6,4 : Ødestad, Van den Broeck : set",
        ],
    ),
    // The attribution ties the speaker to a side with the post between them and a comma ("the
    // Bulls coach, Marcus Tate-Whitfield"), or earlier as "… as Bulls head coach".
    (
        "The Milwaukee Bucks beat the Chicago Bulls 118-112 on Sunday night. \"We were 90-88 up \
         and we let them breathe,\" said the Bulls coach, Marcus Tate-Whitfield.",
        "team@basketball:Milwaukee Bucks|Bucks; team@basketball:Chicago Bulls|Bulls; \
         person:Marcus Tate-Whitfield",
        &[
            "118-112 = 118,112 : Milwaukee Bucks, Chicago Bulls : final",
            "90-88 = 90,88 : Chicago Bulls, Milwaukee Bucks : running",
        ],
    ),
    (
        "The Milwaukee Bucks beat the Chicago Bulls 118-112 on Sunday night, Tate-Whitfield's \
         first defeat as Bulls head coach. \"We were 90-88 up and we let them breathe,\" \
         Tate-Whitfield said.",
        "team@basketball:Milwaukee Bucks|Bucks; team@basketball:Chicago Bulls|Bulls; \
         person:Tate-Whitfield",
        &[
            "118-112 = 118,112 : Milwaukee Bucks, Chicago Bulls : final",
            "90-88 = 90,88 : Chicago Bulls, Milwaukee Bucks : running",
        ],
    ),
    // A side after the score behind a preposition is the quote's other side, not its subject:
    // "we" is still the speaker's side.
    (
        "The Milwaukee Bucks beat the Chicago Bulls 118-112 on Sunday night. \"We were 90-88 up \
         against a team as good as the Bucks and I was happy,\" said the Bulls coach, Marcus \
         Tate-Whitfield.",
        "team@basketball:Milwaukee Bucks|Bucks; team@basketball:Chicago Bulls|Bulls; \
         person:Marcus Tate-Whitfield",
        &[
            "118-112 = 118,112 : Milwaukee Bucks, Chicago Bulls : final",
            "90-88 = 90,88 : Chicago Bulls, Milwaukee Bucks : running",
        ],
    ),
    // The attribution may open on the side itself, the post after it (`," Bulls coach … said`).
    (
        "The Milwaukee Bucks beat the Chicago Bulls 118-112 on Sunday night. \"We were 90-88 up \
         and we let them breathe,\" Bulls coach Marcus Tate-Whitfield said.",
        "team@basketball:Milwaukee Bucks|Bucks; team@basketball:Chicago Bulls|Bulls",
        &[
            "118-112 = 118,112 : Milwaukee Bucks, Chicago Bulls : final",
            "90-88 = 90,88 : Chicago Bulls, Milwaukee Bucks : running",
        ],
    ),
    // A results line's periods in brackets, the shoot-out after a semicolon with its tag.
    (
        "ZSC Lions – HC Davos 3-2 SO (1-0, 0-2, 1-0, 0-0; shootout 2-1)",
        "team@ice-hockey:ZSC Lions; team@ice-hockey:HC Davos|Davos",
        &[
            "3-2 = 3,2 : ZSC Lions, HC Davos : final",
            "1-0 = 1,0 : ZSC Lions, HC Davos : quarter",
            "0-2 = 0,2 : ZSC Lions, HC Davos : quarter",
            "1-0 = 1,0 : ZSC Lions, HC Davos : quarter",
            "0-0 = 0,0 : ZSC Lions, HC Davos : quarter",
            "2-1 = 2,1 : ZSC Lions, HC Davos : penalties",
        ],
    ),
    // A lead told before any result of the side: the story's two sides, whose result the text
    // reports, not the past meeting reported next.
    (
        "The All Blacks were 17-8 up at the break at Ellis Park, and South Africa looked beaten. \
         New Zealand were beaten 29-23 by Argentina a fortnight ago, but the Springboks had not \
         beaten New Zealand at home since 2023. Full time: South Africa 28-24 New Zealand.",
        "team@rugby-union:South Africa|Springboks|Boks; team@rugby-union:New Zealand|All Blacks; \
         team@rugby-union:Argentina",
        &[
            "17-8 = 17,8 : New Zealand, South Africa : half_time",
            "29-23 = 29,23 : Argentina, New Zealand : final",
            "28-24 = 28,24 : South Africa, New Zealand : final",
        ],
    ),
    // A game named with words of its own between the result verb and the score ("the
    // regular-season meeting between these teams", "the league meeting").
    (
        "Boston College beat Syracuse 14-12 in the final. Syracuse had won the regular-season \
         meeting between these teams 15-13 at the JMA Wireless Dome on March 28. Syracuse won \
         the league meeting 11-9.",
        "team@lacrosse:Syracuse Orange|Syracuse; team@lacrosse:Boston College Eagles|Boston College",
        &[
            "14-12 = 14,12 : Boston College Eagles, Syracuse Orange : final",
            "15-13 = 15,13 : Syracuse Orange, Boston College Eagles : final",
            "11-9 = 11,9 : Syracuse Orange, Boston College Eagles : final",
        ],
    ),
    // A player named by nationality ("The Argentine world No 9"): the one of the two whose
    // nationality is that, or the other when only the other's is given ("British No 1").
    (
        "Tomás Echeverría-Vidal beat Oliver Kingsbury in the final on Sunday, denying British \
         No 1 Kingsbury a first title. The Argentine world No 9 won 6-4, 3-6, 7-6 (7-5) in two \
         hours and 41 minutes.",
        "person@tennis:Tomás Echeverría-Vidal|Echeverría-Vidal; \
         person@tennis:Oliver Kingsbury|Kingsbury",
        &[
            "6-4 = 6,4 : Tomás Echeverría-Vidal, Oliver Kingsbury : set",
            "3-6 = 3,6 : Tomás Echeverría-Vidal, Oliver Kingsbury : set",
            "7-6 (7-5) = 7,6 : Tomás Echeverría-Vidal, Oliver Kingsbury : set",
        ],
    ),
    // A line opening on a side and a colon ("Gloucester: Tries: … Pens: Caddick 2.") lists
    // that side's people: the scorer's side owns the points.
    (
        "Bath beat Gloucester 31-24 at the Rec on Saturday. Caddick kicked a penalty that made \
         it 6-3 after ten minutes.\nGloucester: Tries: Prosser. Pens: Caddick 2.\nBath: Tries: \
         Whitfield.",
        "team@rugby-union:Bath; team@rugby-union:Gloucester; person:Ben Caddick|Caddick; \
         person:Dafydd Prosser|Prosser; person:Tom Whitfield|Whitfield",
        &[
            "31-24 = 31,24 : Bath, Gloucester : final",
            "6-3 = 6,3 : Gloucester, Bath : running",
        ],
    ),
    // A place standing for a side before its verb, a description between commas.
    (
        "The Wild beat the Jets 4-3 in overtime. It moved the Wild within two points of the Jets \
         in the Central Division. Colorado, the division leader, beat Dallas 4-1 earlier Saturday.",
        "team@ice-hockey:Winnipeg Jets|Jets|Winnipeg; team@ice-hockey:Minnesota Wild|Wild; \
         team@ice-hockey:Dallas Stars|Dallas; place:Colorado",
        &[
            "4-3 = 4,3 : Minnesota Wild, Winnipeg Jets : final",
            "4-1 = 4,1 : Colorado, Dallas Stars : final",
        ],
    ),
    // A cricket total naming no side goes on from the one told before it when neither the runs
    // nor the wickets went down: the same innings.
    (
        "Mumbai were wobbling at 31 for 2 in the fourth over when Menon-Rao removed Owen \
         Fairclough-Das. Rathore and captain Vikrant Deshpande then added 98 for the third wicket. \
         Deshpande fell for 44 with the score on 129 for 3, and Rathore was caught at long-on at \
         170 for 4.",
        "team@cricket:Chennai Super Kings|Chennai; team@cricket:Mumbai Indians|Mumbai; \
         person:Aarav Rathore|Rathore; person:Vikrant Deshpande|Deshpande; \
         person:Siddharth Menon-Rao|Menon-Rao; person:Owen Fairclough-Das",
        &[
            "31 for 2 = 31,2 : Mumbai Indians : running",
            "129 for 3 = 129,3 : Mumbai Indians : innings",
            "170 for 4 = 170,4 : Mumbai Indians : innings",
        ],
    ),
    // A part of the game named by its ordinal alone after a result verb, in a sport of
    // numbered parts: the subject's points first, and the part's own points, so no step in the
    // game's running scores.
    (
        "Guangdong beat Liaoning 108-101 in Shenyang. The Leopards led 24-19 after the first \
         quarter. Guangdong edged the second 27-20 and took the fourth 31-22.",
        "team@basketball:Guangdong Southern Tigers|Guangdong|Tigers; \
         team@basketball:Liaoning Flying Leopards|Leopards|Liaoning",
        &[
            "108-101 = 108,101 : Guangdong Southern Tigers, Liaoning Flying Leopards : final",
            "24-19 = 24,19 : Liaoning Flying Leopards, Guangdong Southern Tigers : quarter",
            "27-20 = 27,20 : Guangdong Southern Tigers, Liaoning Flying Leopards : quarter",
            "31-22 = 31,22 : Guangdong Southern Tigers, Liaoning Flying Leopards : quarter",
        ],
    ),
    // (An ordinal counting the games named before it is a game, not a part.)
    (
        "The Victoire beat the Charge 4-1 on Saturday. Montréal have taken two of the three \
         meetings so far. They won the first 3-2 in overtime at TD Place.",
        "team@ice-hockey:Montréal Victoire|Montréal|Victoire; \
         team@ice-hockey:Ottawa Charge|Ottawa|Charge",
        &[
            "4-1 = 4,1 : Montréal Victoire, Ottawa Charge : final",
            "3-2 = 3,2 : Montréal Victoire, ? : final",
        ],
    ),
    (
        "Sinner beat Alcaraz 6-4, 3-6, 6-2. Alcaraz took the second 6-3 before Sinner ran away \
         with it.",
        "person@tennis:Jannik Sinner|Sinner; person@tennis:Carlos Alcaraz|Alcaraz",
        &[
            "6-4 = 6,4 : Jannik Sinner, Carlos Alcaraz : set",
            "3-6 = 3,6 : Jannik Sinner, Carlos Alcaraz : set",
            "6-2 = 6,2 : Jannik Sinner, Carlos Alcaraz : set",
            "6-3 = 6,3 : Carlos Alcaraz, Jannik Sinner : set",
        ],
    ),
    // A result noun that says where its side played places the hosts and the visitors: the
    // side before it ("Lyon suffered their first home defeat"), or the one after "on" or "for".
    (
        "Lyon suffered their first home defeat of the season on Saturday as Rennes won 2-1 at the \
         Groupama Stadium. The visitors led 1-0 at the break. Lyon stay top, Rennes move up to \
         fifth.",
        "team@football:Olympique Lyonnais|Lyon; team@football:Stade Rennais|Rennes",
        &[
            "2-1 = 2,1 : Stade Rennais, Olympique Lyonnais : final",
            "1-0 = 1,0 : Stade Rennais, Olympique Lyonnais : half_time",
        ],
    ),
    (
        "Rennes inflicted a first home defeat of the season on Lyon on Saturday. The hosts \
         trailed 1-0 at the break, and Rennes held on to win 2-1. Lyon stay top.",
        "team@football:Olympique Lyonnais|Lyon; team@football:Stade Rennais|Rennes",
        &[
            "1-0 = 1,0 : Stade Rennais, Olympique Lyonnais : half_time",
            "2-1 = 2,1 : Stade Rennais, Olympique Lyonnais : final",
        ],
    ),
    // A level score during play is of the story's own match, not of a past one dated by its
    // day just before it ("Wednesday's 3-0 defeat").
    (
        "Club Brugge were beaten 3-1 at home by Union on Sunday. Union were ahead inside 12 \
         minutes through Vanderhaeghen. Club had been flat after Wednesday's 3-0 defeat to \
         Manchester City in the Champions League, but they found a way back before half-time. \
         Arne Verhulst reacted first to stab it in from close range to make it 1-1 on 40 \
         minutes.",
        "team@football:Club Brugge|Brugge|Club; team@football:Union Saint-Gilloise|Union; \
         team@football:Manchester City; person:Arne Verhulst|Verhulst; \
         person:Loïc Vanderhaeghen|Vanderhaeghen",
        &[
            "3-1 = 3,1 : Union Saint-Gilloise, Club Brugge : final",
            "3-0 = 3,0 : Manchester City, Club Brugge : final",
            "1-1 = 1,1 : Union Saint-Gilloise, Club Brugge : running",
        ],
    ),
    // On a club's own site (the page's site name is a team's), the narration's "we" and "us"
    // are that club; "they" is never it.
    (
        "Jack Nwankwo-Lee's penalty settled a tense derby at Brunton Park, as we beat Barrow 2-1 \
         to climb into the play-off places. We were 1-0 up at the break. Tully curled a superb \
         finish into the top corner to level at 1-1 for Barrow. We will meet Barrow again in the \
         cup after they beat Gillingham 3-0 on Tuesday.",
        "site:Carlisle United FC; team@football:Carlisle United|Blues; team@football:Barrow; \
         person:Connor Tully|Tully; team@football:Gillingham",
        &[
            "2-1 = 2,1 : Carlisle United, Barrow : final",
            "1-0 = 1,0 : Carlisle United, Barrow : half_time",
            "1-1 = 1,1 : Carlisle United, Barrow : running",
            "3-0 = 3,0 : Barrow, Gillingham : final",
        ],
    ),
    // On a club's own site a post named bare ("Head coach …") is the club's, so the coach's
    // "us" is the club.
    (
        "We beat Barrow 2-1 at Brunton Park on Saturday. Head coach Paul Simmonds-Rae, who played \
         for Barrow for six years, named an unchanged side. \"Last season they beat us 2-0 here,\" Simmonds-Rae said.",
        "site:Carlisle United FC; team@football:Carlisle United|Blues; team@football:Barrow; \
         person:Paul Simmonds-Rae|Simmonds-Rae",
        &[
            "2-1 = 2,1 : Carlisle United, Barrow : final",
            "2-0 = 2,0 : Barrow, Carlisle United : final",
        ],
    ),
    // A skip stands for the rink named after them, and "X's rink" is that rink.
    (
        "Team Lindsay-Baird beat Team Mackintosh-Rae 7-5 in the final. Lindsay-Baird led 4-2 at \
         the break. Mackintosh-Rae, the champion, had the hammer in the tenth, but Mackintosh-Rae's \
         last draw was heavy. Lindsay-Baird's rink had needed \
         an extra end to beat Team Cormack 8-7 in the semi-final.",
        "team:Team Lindsay-Baird; team:Team Mackintosh-Rae; \
         person:Morag Lindsay-Baird|Lindsay-Baird; person:Eilidh Mackintosh-Rae|Mackintosh-Rae; \
         team:Team Cormack",
        &[
            "7-5 = 7,5 : Team Lindsay-Baird, Team Mackintosh-Rae : final",
            "4-2 = 4,2 : Team Lindsay-Baird, Team Mackintosh-Rae : half_time",
            "8-7 = 8,7 : Team Lindsay-Baird, Team Cormack : final",
        ],
    ),
    // "them" after a subject the sentence names, with no side in the sentence before: the
    // other of the story's two sides.
    (
        "Canada won the final 3-2 in overtime against Czechia. Czechia had never reached a final \
         before. It had been a long tournament. Canada beat them 4-0 on the opening Thursday.",
        "team@ice-hockey:Czech Republic|Czechia|Czech; team@ice-hockey:Canada",
        &[
            "3-2 = 3,2 : Canada, Czech Republic : final",
            "4-0 = 4,0 : Canada, Czech Republic : final",
        ],
    ),
    // A quote's "we" before "beat them" is the speaker's side, so "them" is the other of the
    // story's two sides even when no sentence near names it.
    (
        "Rovers beat United 3-1 at Hillside Park on Sunday to go third. Rovers have won five in \
         a row. United captain Ellie Marsh-Ward was \
         honest about it. \"We lost 3-1 and it hurt. Then you make one mistake and it's over. We \
         beat them 2-1 in the cup in April,\" Marsh-Ward said.",
        "team@football:Rovers; team@football:United; person:Ellie Marsh-Ward|Marsh-Ward",
        &[
            "3-1 = 3,1 : Rovers, United : final",
            "3-1 = 3,1 : Rovers, United : final",
            "2-1 = 2,1 : United, Rovers : final",
        ],
    ),
    // "the Brussels side": a place between "the" and a side's noun is the one of the two sides
    // whose name holds it, else the other of the side its sentence names.
    (
        "Union Saint-Gilloise are top of the Pro League. Club Brugge were beaten 3-1 at home by \
         the Brussels side on Sunday. Union had led 1-0 at the break, and Brugge never recovered.",
        "team@football:Club Brugge|Brugge; team@football:Union Saint-Gilloise|Union; \
         place:Brussels",
        &[
            "3-1 = 3,1 : Union Saint-Gilloise, Club Brugge : final",
            "1-0 = 1,0 : Union Saint-Gilloise, Club Brugge : half_time",
        ],
    ),
    (
        "Füchse Berlin beat Magdeburg 31-29. The Berlin side had led 15-13 at half-time, and \
         Magdeburg never caught up with Füchse.",
        "team@handball:Füchse Berlin|Füchse; team@handball:SC Magdeburg|Magdeburg; place:Berlin",
        &[
            "31-29 = 31,29 : Füchse Berlin, SC Magdeburg : final",
            "15-13 = 15,13 : Füchse Berlin, SC Magdeburg : half_time",
        ],
    ),
    // A shoot-out is of the side's match reported in its paragraph, though the story's two
    // sides named most hold the side too.
    (
        "Tappara beat KalPa 4-1 on Thursday, and KalPa were 2-0 down after one period. Tappara \
         and KalPa meet again in March.\n\nIn Oulu, KalPa needed a shootout to beat Kärpät 3-2 on \
         Saturday. KalPa took the shootout 2-1.",
        "team@ice-hockey:Tappara; team@ice-hockey:KalPa; team@ice-hockey:Kärpät",
        &[
            "4-1 = 4,1 : Tappara, KalPa : final",
            "2-0 = 2,0 : Tappara, KalPa : quarter",
            "3-2 = 3,2 : KalPa, Kärpät : final",
            "2-1 = 2,1 : KalPa, Kärpät : penalties",
        ],
    ),
    // A half-time cue before a result verb names the score before the verb, not the result
    // after it.
    (
        "France came from 16-10 down at half-time to beat Ireland 27-22 in Dublin.",
        RUGBY,
        &[
            "16-10 = 16,10 : Ireland, France : half_time",
            "27-22 = 27,22 : France, Ireland : final",
        ],
    ),
    // A result told in the past perfect is background: a running score of the story's side is
    // of the story's match, not of that earlier one.
    (
        "Ireland beat France 27-22 in Dublin. France, who had lost 20-18 to Scotland in round \
         two, led 7-3 early on before Ireland hit back.",
        "team:Ireland; team:France; team:Scotland",
        &[
            "27-22 = 27,22 : Ireland, France : final",
            "20-18 = 20,18 : Scotland, France : final",
            "7-3 = 7,3 : France, Ireland : running",
        ],
    ),
    (
        "Ireland beat France 27-22 in Dublin. France, who had opened their campaign with a 20-18 \
         win over Scotland, led 7-3 early on before Ireland hit back.",
        "team:Ireland; team:France; team:Scotland",
        &[
            "27-22 = 27,22 : Ireland, France : final",
            "20-18 = 20,18 : France, Scotland : final",
            "7-3 = 7,3 : France, Ireland : running",
        ],
    ),
    // A hockey player "tipped in" a shot: no betting sentence, so "at 4-3" is the score.
    (
        "Winnipeg beat Minnesota 5-4 in overtime. Lavoie tipped in a point shot, and Minnesota \
         had their first lead at 4-3.",
        NHL,
        &[
            "5-4 = 5,4 : Winnipeg Jets, Minnesota Wild : final",
            "4-3 = 4,3 : Minnesota Wild, Winnipeg Jets : running",
        ],
    ),
    // The side a story is about (named far more than any other): a result naming only its
    // opponent is that side's, and so is a player the text ties to no side.
    (
        "The Sabres' season ended on Saturday. The Sabres won eight straight in November, and \
         the Sabres were in a wild-card spot in January. Brannstrom scored twice in a 5-1 win \
         over the Red Wings in October. It was a long winter. Eight straight wins, capped by a \
         3-2 overtime win over the Maple Leafs, came next. The Sabres missed the playoffs again, \
         and the Sabres will start again in October.",
        "team@ice-hockey:Buffalo Sabres|Sabres; team@ice-hockey:Detroit Red Wings|Red Wings; \
         team@ice-hockey:Toronto Maple Leafs|Maple Leafs; person:Brannstrom",
        &[
            "5-1 = 5,1 : Buffalo Sabres, Detroit Red Wings : final",
            "3-2 = 3,2 : Buffalo Sabres, Toronto Maple Leafs : final",
        ],
    ),
    // A fan's thread told as "we": of the story's two sides, "we" is the one never named in
    // the paragraphs the narrator's "we" is in, where the other is, in two or more.
    (
        "Parramatta Eels 20 Penrith Panthers 24\n\nI still can't believe we lost that. We led \
         14-6 at half-time and we still found a way to lose to the Panthers.\n\nWe started \
         badly and it was 6-0 to the Panthers. Then we woke up and Penrith looked shaky.\n\nWe \
         were in front 20-18 with eight minutes left.\n\nParramatta have lost four of five.",
        "team@rugby-league:Parramatta Eels|Eels|Parramatta; \
         team@rugby-league:Penrith Panthers|Panthers|Penrith",
        &[
            "Parramatta Eels 20 Penrith Panthers 24 = 20,24 : Parramatta Eels, Penrith Panthers : final",
            "14-6 = 14,6 : Parramatta Eels, Penrith Panthers : half_time",
            "6-0 = 6,0 : Penrith Panthers, Parramatta Eels : running",
            "20-18 = 20,18 : Parramatta Eels, Penrith Panthers : running",
        ],
    ),
    // A live blog's heading naming a set's winner after "set to", a comma, then the set.
    (
        "Echeverri is into the semi-finals after a four-set win over Kessler.\n\nFirst set to \
         Kessler, 7-5\n\nSecond set to Echeverri, 6-3",
        "person:Echeverri; person:Kessler; competition:Wimbledon",
        &[
            "7-5 = 7,5 : Kessler, Echeverri : set",
            "6-3 = 6,3 : Echeverri, Kessler : set",
        ],
    ),
    // A verb joined to the clause's first by "and" shares its subject, not the side the first
    // verb's words name last.
    (
        "The Bills trailed the Chiefs 17-3 at halftime in Kansas City and won 23-20 in overtime.",
        NFL,
        &[
            "17-3 = 17,3 : Kansas City Chiefs, Buffalo Bills : half_time",
            "23-20 = 23,20 : Buffalo Bills, Kansas City Chiefs : final",
        ],
    ),
    // A running score naming no side before one of its sentence whose sides are known takes
    // the order in which no side's points go down to the next.
    (
        "The Texans beat the Colts 26-20 in overtime.\n\nSmith's run on the opening drive made \
         it 7-0, and the Colts led 14-3 soon after.\n\nThe rain came in the third quarter.\n\n\
         A scramble cut the lead to 14-10 late on.",
        "team@american-football:Indianapolis Colts|Colts; \
         team@american-football:Houston Texans|Texans; person:Smith",
        &[
            "26-20 = 26,20 : Houston Texans, Indianapolis Colts : final",
            "7-0 = 7,0 : Indianapolis Colts, Houston Texans : running",
            "14-3 = 14,3 : Indianapolis Colts, Houston Texans : running",
            "14-10 = 14,10 : Indianapolis Colts, Houston Texans : running",
        ],
    ),
    // Brazil writes a score with "x": between two sides, and then anywhere in the same text.
    (
        "Corinthians 2 x 1 Grêmio\n\nCorinthians came from behind to beat Grêmio on Saturday. \
         Grêmio were 1 x 0 up at half-time before Vinícius made it 1 x 1.",
        "team@football:Corinthians; team@football:Grêmio",
        &[
            "2 x 1 = 2,1 : Corinthians, Grêmio : final",
            "1 x 0 = 1,0 : Grêmio, Corinthians : half_time",
            "1 x 1 = 1,1 : Corinthians, Grêmio : running",
        ],
    ),
    // "won the last meeting between the nations 3-1": a game named between the verb and its
    // score, with the sides it was between.
    (
        "Great Britain beat Japan 2-1 in the Billie Jean King Cup on Friday. Japan had won the \
         last meeting between the nations 3-1 in Tokyo.",
        "team@tennis:Great Britain; team@tennis:Japan",
        &[
            "2-1 = 2,1 : Great Britain, Japan : final",
            "3-1 = 3,1 : Japan, Great Britain : final",
        ],
    ),
    // A result told in a relative clause on a fixture ("the corresponding fixture …, which the
    // Blades won 2-0") is a meeting of the story's two sides.
    (
        "Coventry City beat Sheffield United 2-1 at Bramall Lane on Saturday. It was a reversal \
         of the corresponding fixture, which the Blades won 2-0. Coventry had won 3-1 against \
         Sheffield United in November.",
        "team@football:Coventry City|Coventry; team@football:Sheffield United|Blades",
        &[
            "2-1 = 2,1 : Coventry City, Sheffield United : final",
            "2-0 = 2,0 : Sheffield United, Coventry City : final",
            "3-1 = 3,1 : Coventry City, Sheffield United : final",
        ],
    ),
    // A match-facts block: the half-time line is of the result listed right above it.
    (
        "Mali knocked out Cameroon on penalties in the Africa Cup of Nations on Saturday.\n\n\
         Match facts\nMali 1 Cameroon 1 (aet)\nHalf-time: 0-1\nReferee: Ali Kamara",
        "team@football:Mali; team@football:Cameroon",
        &[
            "Mali 1 Cameroon 1 = 1,1 : Mali, Cameroon : final",
            "0-1 = 0,1 : Mali, Cameroon : half_time",
        ],
    ),
    // A bare title noun between the verb and its object: "beat champions X", "stunned giants X".
    (
        "Al-Hilal came from a goal down to beat champions Al-Ittihad 3-1 in Jeddah on Friday, \
         and Al-Nassr stunned leaders Al-Ahli 2-0.",
        "team@football:Al-Hilal; team@football:Al-Ittihad; team@football:Al-Nassr; \
         team@football:Al-Ahli",
        &[
            "3-1 = 3,1 : Al-Hilal, Al-Ittihad : final",
            "2-0 = 2,0 : Al-Nassr, Al-Ahli : final",
        ],
    ),
    // A participle after a comma shares its clause's subject, the first side of the last main
    // clause, whatever verb before governed the other ("knocked Bayern out").
    (
        "PSG knocked Bayern Munich out in the semi-final, winning 3-1 on aggregate, while \
         Inter needed extra time to get past Benfica, winning 2-1.",
        "team@football:Paris Saint-Germain|PSG; team@football:Bayern Munich; \
         team@football:Inter; team@football:Benfica",
        &[
            // (The object of "knocked … out" is not read: no opponent.)
            "3-1 = 3,1 : Paris Saint-Germain, ? : aggregate",
            "2-1 = 2,1 : Inter, Benfica : final",
        ],
    ),
    // An object relative: the side before "whom" lost to the verb's subject ("they", the
    // sentence's first other side, or the side named after "whom").
    (
        "Napoli, the only unbeaten side left, face Benfica, whom they beat 4-1 in Lisbon, and \
         Inter meet Porto, whom Benfica beat 2-0 last week.",
        "team@football:Napoli; team@football:Benfica; team@football:Inter; team@football:Porto",
        &[
            "4-1 = 4,1 : Napoli, Benfica : final",
            "2-0 = 2,0 : Benfica, Porto : final",
        ],
    ),
    // The attribution after a quote names the speaker's side with the post ("the Leeds head
    // coach said"): the quote's "we" is that side, and so is the speaker's side elsewhere
    // ("Moore, whose side were beaten 3-0 by Hull").
    (
        "Sunderland beat Leeds United 2-1 on Saturday.\n\nGareth Moore, whose side were beaten \
         3-0 by Hull City last week, was furious. \"We switched off,\" the Leeds head coach said.",
        "team@football:Sunderland; team@football:Leeds United|Leeds; team@football:Hull City; \
         person:Gareth Moore|Moore",
        &[
            "2-1 = 2,1 : Sunderland, Leeds United : final",
            "3-0 = 3,0 : Hull City, Leeds United : final",
        ],
    ),
    (
        "Sunderland beat Leeds United 2-1 on Saturday.\n\n\"We were 1-0 up and in control,\" the \
         Leeds head coach said. \"Then we switched off.\"",
        "team@football:Sunderland; team@football:Leeds United|Leeds",
        &[
            "2-1 = 2,1 : Sunderland, Leeds United : final",
            "1-0 = 1,0 : Leeds United, Sunderland : running",
        ],
    ),
    // "put the Chiefs 22-20 in front": the side before the score leads; "in front of 12,000
    // fans" is a place, and "down" says who trails.
    (
        "The Chiefs beat the Brumbies 32-27 in Hamilton. A try from Tuipulotu put the Chiefs \
         22-20 in front.\n\nOlympiacos beat Monaco 85-80 on Thursday. Monaco were down 80-77 in \
         front of 12,000 fans with a minute left.",
        "team@rugby-union:Chiefs; team@rugby-union:Brumbies; team@basketball:Olympiacos; \
         team@basketball:Monaco",
        &[
            "32-27 = 32,27 : Chiefs, Brumbies : final",
            "22-20 = 22,20 : Chiefs, Brumbies : running",
            "85-80 = 85,80 : Olympiacos, Monaco : final",
            "80-77 = 80,77 : Olympiacos, Monaco : running",
        ],
    ),
    // Other words for a lead, a deficit and half-time: "2-0 to the good", "2-0 adrift", "at
    // the turn" (Gaelic games' half-time).
    (
        "The Leafs beat the Bruins 4-2 in Toronto. The Bruins were 2-0 adrift after ten minutes, \
         and the Leafs were 3-1 to the good by the end of the second.",
        "team@ice-hockey:Toronto Maple Leafs|Leafs; team@ice-hockey:Boston Bruins|Bruins",
        &[
            "4-2 = 4,2 : Toronto Maple Leafs, Boston Bruins : final",
            "2-0 = 2,0 : Toronto Maple Leafs, Boston Bruins : running",
            "3-1 = 3,1 : Toronto Maple Leafs, Boston Bruins : running",
        ],
    ),
    (
        "Kilkenny beat Galway 2-20 to 1-18 in the hurling at Nowlan Park. Galway were 1-10 to 0-9 \
         ahead at the turn.",
        "team@gaelic-games:Kilkenny; team@gaelic-games:Galway",
        &[
            "2-20 to 1-18 = 26,21 : Kilkenny, Galway : final",
            "1-10 to 0-9 = 13,9 : Galway, Kilkenny : half_time",
        ],
    ),
    // The owner of a result ("Tennessee's 26-23 overtime win", "the Timberwolves' 101-96 loss")
    // is its subject, not the side the clause's pronoun stands for.
    (
        "The Pittsburgh Steelers traded for receiver Jalen Moss on Tuesday. Last season he caught \
         two touchdowns in Tennessee's 26-23 overtime win over the Ravens.",
        "team@american-football:Pittsburgh Steelers|Steelers; \
         team@american-football:Tennessee Titans|Tennessee; \
         team@american-football:Baltimore Ravens|Ravens; person:Jalen Moss|Moss",
        &["26-23 = 26,23 : Tennessee Titans, Baltimore Ravens : final"],
    ),
    // More result verbs: "pipped", "nipped", "walloped", "clobbered", "outgunned" (a win),
    // "lost out to" (a defeat), "were held by" (a draw).
    (
        "Arsenal pipped Chelsea 2-1 on Saturday. Leeds lost out to Hull 3-2 on Sunday. Celtic were \
         held by Hibernian 1-1 at Easter Road. Brentford clobbered Burnley 5-0, and Newcastle \
         outgunned Spurs 4-3 in a thriller.",
        "team@football:Arsenal; team@football:Chelsea; team@football:Leeds United|Leeds; \
         team@football:Hull City|Hull; team@football:Celtic; team@football:Hibernian; \
         team@football:Brentford; team@football:Burnley; team@football:Newcastle United|Newcastle; \
         team@football:Tottenham Hotspur|Spurs",
        &[
            "2-1 = 2,1 : Arsenal, Chelsea : final",
            "3-2 = 3,2 : Hull City, Leeds United : final",
            "1-1 = 1,1 : Celtic, Hibernian : final",
            "5-0 = 5,0 : Brentford, Burnley : final",
            "4-3 = 4,3 : Newcastle United, Tottenham Hotspur : final",
        ],
    ),
    // "won that one 2-1": the game just named, between the sides reported around it.
    (
        "Ferencváros beat Újpest 3-2 on Saturday. It was revenge for the cup, where Újpest knocked \
         them out last month. Újpest won that one 2-1 after extra time.",
        "team@football:Ferencváros; team@football:Újpest",
        &[
            "3-2 = 3,2 : Ferencváros, Újpest : final",
            "2-1 = 2,1 : Újpest, Ferencváros : final",
        ],
    ),
    // "won both meetings last season, 34-6 … and 21-17": when the games were, between the verb
    // and its scores (a closing comma not counted among the words).
    (
        "The Eagles beat the Cowboys 24-10 on Sunday. The Eagles won both meetings last season, \
         34-6 in Philadelphia and 21-17 in Arlington.",
        "team@american-football:Philadelphia Eagles|Eagles; team@american-football:Dallas Cowboys|Cowboys",
        &[
            "24-10 = 24,10 : Philadelphia Eagles, Dallas Cowboys : final",
            "34-6 = 34,6 : Philadelphia Eagles, Dallas Cowboys : final",
            "21-17 = 21,17 : Philadelphia Eagles, Dallas Cowboys : final",
        ],
    ),
    // A report that never names its two sides in one result: the first result of one of the
    // two sides it names most is their meeting, and so are its scores during play; the later
    // results against others stay theirs.
    (
        "Harriers snap skid with 3-2 win\n\nThe Harriers were second best against the Kestrels \
         for an hour at Mill Lane. Dana Price scored twice as the Harriers turned a 1-0 deficit \
         into a 3-2 win, and the Harriers made it 2-2 with ten minutes left.\n\nThe Kestrels \
         had won 4-1 at the Rovers on Tuesday. The Harriers lost 2-0 to the Wanderers last week. \
         The Harriers also won this fixture last season, 3-1.",
        "team@football:Harriers; team@football:Kestrels; team@football:Rovers; \
         team@football:Wanderers",
        &[
            "3-2 = 3,2 : Harriers, Kestrels : final",
            "1-0 = 1,0 : Kestrels, Harriers : running",
            "3-2 = 3,2 : Harriers, Kestrels : final",
            "2-2 = 2,2 : Harriers, Kestrels : running",
            "4-1 = 4,1 : Kestrels, Rovers : final",
            "2-0 = 2,0 : Wanderers, Harriers : final",
            "3-1 = 3,1 : Harriers, Kestrels : final",
        ],
    ),
    // A level score no side is named with, in such a report: the two sides' meeting, not a
    // result of one of them against another told in passing.
    (
        "Werder Bremen were 0:2 down against Hamburger SV at the break in the Bundesliga. \
         Werder kept going and Oltmanns headed in. Then came the 93rd minute. 2:2 in the north \
         derby, and Werder had their point.\n\nHamburger SV had beaten Gladbach 2:1 last week.",
        "team@football:Werder Bremen|Werder; team@football:Hamburger SV; \
         team@football:Borussia Mönchengladbach|Gladbach",
        &[
            "0:2 = 0,2 : Werder Bremen, Hamburger SV : running",
            "2:2 = 2,2 : Werder Bremen, Hamburger SV : running",
            "2:1 = 2,1 : Hamburger SV, Borussia Mönchengladbach : final",
        ],
    ),
    // In a quote, a first-person object of a result verb is the speaker's side, and a side
    // named before the verb its subject.
    (
        "Griquas beat the Cheetahs 31-28 in the Currie Cup rugby on Saturday.\n\n\"Last \
         Saturday the Sharks beat us 34-20 in Durban,\" Griquas coach Jaco Kriel said.",
        "team@rugby-union:Griquas; team@rugby-union:Cheetahs; team@rugby-union:Sharks; \
         person:Jaco Kriel|Kriel",
        &[
            "31-28 = 31,28 : Griquas, Cheetahs : final",
            "34-20 = 34,20 : Sharks, Griquas : final",
        ],
    ),
    // … but not a place named before the pronoun: "in Linz they beat us" is where, and "they"
    // is the story's other side.
    (
        "The Netherlands beat Austria 33-32 in the handball qualifier on Sunday. Austria had led \
         the Netherlands for most of the night.\n\n\"Last year in Linz they beat us 29-25,\" said \
         Netherlands captain Joris Kooistra.",
        "team@handball:Netherlands; team@handball:Austria; place:Linz; \
         person:Joris Kooistra|Kooistra",
        &[
            "33-32 = 33,32 : Netherlands, Austria : final",
            "29-25 = 29,25 : Austria, Netherlands : final",
        ],
    ),
    // A fan who says whose side they are on: the narration's "we" is that side, though the
    // column names others as often. A sentence that is only a score is the result the
    // sentence before told without one.
    (
        "I have supported Hull for thirty years, so forgive me. We beat Rovers. 24-20. We had \
         lost to Wigan 30-6 in March and we lost 18-16 at Leeds after leading. We know Wigan and \
         Leeds will not mind.",
        "team@rugby-league:Hull; team@rugby-league:Rovers; team@rugby-league:Wigan; \
         team@rugby-league:Leeds",
        &[
            "24-20 = 24,20 : Hull, Rovers : final",
            "30-6 = 30,6 : Wigan, Hull : final",
            "18-16 = 18,16 : Leeds, Hull : final",
        ],
    ),
    (
        "As a lifelong Tigers fan I was dreading it. We lost to the Bears 3-1 and we drew 2-2 \
         with the Wolves, and then we beat the Bears at last. We know the Bears and the Wolves \
         are level.",
        "team@ice-hockey:Tigers; team@ice-hockey:Bears; team@ice-hockey:Wolves",
        &[
            "3-1 = 3,1 : Bears, Tigers : final",
            "2-2 = 2,2 : Tigers, Wolves : final",
        ],
    ),
    // A game named with words of when after it: "both previous meetings this season".
    (
        "The Comets beat the Rockets 3-2 on Friday. The Rockets had won both previous meetings \
         this season, 4-1 at home and 2-1 in overtime.",
        "team@ice-hockey:Comets; team@ice-hockey:Rockets",
        &[
            "3-2 = 3,2 : Comets, Rockets : final",
            "4-1 = 4,1 : Rockets, Comets : final",
            "2-1 = 2,1 : Rockets, Comets : final",
        ],
    ),
    // Points never go down in a game: a score read the other way round from the last one of
    // the game with known sides is turned round, past a coach's look ahead between them.
    (
        "Hawks beat Owls 4-3 in overtime\n\nThe Hawks led 2-0 after 20 minutes. \"When it's \
         3-2 late, you pull the goalie,\" Owls coach Jo Smith said.\n\nEarly in the second, \
         Owls forward Kim Lee made it 2-1.",
        "team@ice-hockey:Hawks; team@ice-hockey:Owls; person:Jo Smith; person:Kim Lee",
        &[
            "4-3 = 4,3 : Hawks, Owls : final",
            "2-0 = 2,0 : Hawks, Owls : running",
            "3-2 = 3,2 : - : running",
            "2-1 = 2,1 : Hawks, Owls : running",
        ],
    ),
    // A clause whose subject is a role ("the hosts") that nothing ties to a side takes no side
    // named later in it ("keeping pace with … Real Madrid").
    (
        "Valencia were quiet against Unicaja in the first half.\n\nThe hosts won 85-81, \
         keeping pace with league leaders Real Madrid.",
        "team@basketball:Unicaja; team@basketball:Valencia Basket|Valencia; \
         team@basketball:Real Madrid",
        &["85-81 = 85,81 : - : final"],
    ),
    // In a quote, a result of one of a two-side story's sides that names no opponent is
    // against the other; not one dated to a recent day (the game before, against anyone).
    (
        "Ireland beat Italy 27-24 in Dublin. \"Last year we won 21-19 in Parma, today they win \
         by three,\" Italy coach Marco Zanetti said. Ireland coach Aoife Byrne said: \"On \
         Saturday we lost 2-0 at home. Today was better.\" Ireland and Italy meet again in \
         June.",
        "team@rugby-union:Ireland; team@rugby-union:Italy; place:Dublin; place:Parma; \
         person:Marco Zanetti; person:Aoife Byrne",
        &[
            "27-24 = 27,24 : Ireland, Italy : final",
            "21-19 = 21,19 : Italy, Ireland : final",
            "2-0 = 2,0 : ?, Ireland : final",
        ],
    ),
    // A side named in a later clause of the quote's sentence does not speak for the score's:
    // the first person there is the speaker's side.
    (
        "Ireland beat France 27-22 in Dublin. France head coach Fabien Roux was calm. \"Last \
         year we lost 24-19 in Paris and I told the players that Ireland do not give you many \
         chances,\" he said.",
        "team@rugby-union:Ireland; team@rugby-union:France; place:Dublin; place:Paris; \
         person:Fabien Roux",
        &[
            "27-22 = 27,22 : Ireland, France : final",
            "24-19 = 24,19 : Ireland, France : final",
        ],
    ),
    // "The sides last met …" is a meeting before any the story reports: not the match just
    // reported with the side.
    (
        "Mali will face Senegal in the semi-final. Senegal beat Uganda 2-0 earlier on \
         Saturday. The sides last met in the 2025 qualifiers, when Senegal won 3-0 in Dakar.",
        "team@football:Mali; team@football:Senegal; team@football:Uganda; place:Dakar",
        &[
            "2-0 = 2,0 : Senegal, Uganda : final",
            "3-0 = 3,0 : Senegal, ? : final",
        ],
    ),
    // A score listed after the one before it ("… 4-1 … and 2-1") shares its reading, whatever
    // abbreviations stand between them ("in St. Paul on Dec. 6").
    (
        "The Comets beat the Rockets 3-2 on Friday. The Rockets won the first meeting 4-1 in St. \
         Paul on Dec. 6 and 2-1 in overtime on Jan. 10.",
        "team@ice-hockey:Comets; team@ice-hockey:Rockets",
        &[
            "3-2 = 3,2 : Comets, Rockets : final",
            "4-1 = 4,1 : Rockets, Comets : final",
            "2-1 = 2,1 : Rockets, Comets : final",
        ],
    ),
    // The competition between a result verb and its score.
    (
        "Arsenal won the FA Cup 2-1 at Wembley, beating Chelsea in the final.",
        "team:Arsenal; team:Chelsea; competition:FA Cup; venue:Wembley",
        &["2-1 = 2,1 : Arsenal, Chelsea : final"],
    ),
];

/// Texts with no score in them.
const NEGATIVE: &[(&str, &str)] = &[
    // A cricket side's total in words before "all out" is no level score.
    (
        "\"Forty-eight all out at The Oval is the number people will remember,\" the Somerset \
         captain said of the county season.",
        "team@cricket:Somerset",
    ),
    // In Gaelic games two number words are one side's goals and points, not a score of two.
    (
        "Kilmore won the county hurling final with a sliotar struck from a puck-out. The hurlers \
         scored two points from play late on. \"Two-fourteen to one-fifteen, and every one of those \
         scores was hard earned,\" the Kilmore manager said.",
        GAELIC,
    ),
    // Counts the clause opens on, with at most a verb of tallies before the pair.
    (
        "Shots finished 14-6 to Arsenal. Corners were 7-2, and rebounds ended 41-33 to us. Shots \
         12-5 Detroit.",
        "team:Arsenal; team@ice-hockey:Detroit Red Wings|Detroit",
    ),
    // Times in a handball story: of day (on the quarter hour, before a time zone, opening a
    // live page's line) and on the game clock.
    (
        "Harbour HC play Vestby in the handball cup final, throw-off at 20:45.\n\n\
         21:52 Harbour HC lead again.\n\nThe semi-final starts at 18:40 CET, and Vestby \
         scored with 11:52 left in a friendly.",
        "team@handball:Harbour HC; team@handball:Vestby",
    ),
    // A team's shape, not a score: handball's defence, basketball's zone.
    (
        "Germany switched to an aggressive 5-1 defence in the second half, and the Celtics \
         went to a 2-3 zone.",
        "team@handball:Germany; team@basketball:Celtics",
    ),
    // "x" pairs where the text writes no score with "x" between two sides: a relay, a format.
    (
        "Jamaica won the 4 x 100 relay in Rome, and Serbia took the 3 x 3 basketball title.",
        "team@athletics:Jamaica; team@basketball:Serbia",
    ),
    // No half-point score: a range from nought, odds, a half against a whole number.
    (
        "The forecast gave a 0.5-1.5 per cent chance and the odds were 7.5-1, the draw ½-1.",
        "",
    ),
    // A sumo story's number pairs are wrestlers' records over the basho: a bout has no score.
    (
        "Ozeki Kirishozan finished 13-2 and beat the yokozuna in the playoff on the dohyo. \
         Wakamidori went 8-7 for his kachi-koshi at the Nagoya Basho.",
        "person:Kirishozan; person:Wakamidori",
    ),
    // A playoff round's series lead by name: games won, not points.
    (
        "The Red Sox take a 2-1 ALCS lead over the Yankees into Game 4.",
        MLB,
    ),
    // A standings row: goals for and against between counts of games and points.
    (
        "STANDINGS\nPos Team  P  W  D  L  GF-GA  Pts\n1   Barça   11 9  1  1  49-20  28\n2   Palma \
         Futsal   11 8  2  1  45-22  26",
        "team:Barça; team:Palma Futsal",
    ),
    // A height before a position or a fighter's stance ("a 6-4 southpaw") is no score.
    (
        "Oyelowo-Banks, a 6-4 southpaw with a long reach, came back strongly, and the 6-2 \
         rookie defenseman watched. The 6-4 long-stick midfielder Declan Burke caused problems. \
         In boxing, Kavanagh-Muir, now 21-1, had waited eight months.",
        "person:Oyelowo-Banks",
    ),
    // "4 x 400m": a relay; "N x M" is a score only between two sides. "10-all-rounders".
    (
        "Jamaica won the 4 x 100m relay and Botswana the 4 x 400 metres. The squad has \
         three-all-rounders and a 10-all-rounder attack.",
        "team:Jamaica; team:Botswana",
    ),
    // A lone slashed pair in a tennis story is a date; a tiebreak count is no set.
    (
        "Dall’Acqua arrived at Wimbledon on 6/4 and was 2/4 down in the practice tie-break.",
        TENNIS,
    ),
    // Clocks are not colon scores: a time of day, game clock, durations, a verse, a ratio.
    (
        "Jastrzębski Węgiel host ZAKSA on Saturday, first serve at 20:30, and the doors open \
         at 18:45. The 17:30 game between the reserves is off.",
        VOLLEY,
    ),
    // A kick-off time after a fixture's sides; a live report's timestamp after a heading that
    // ends on a name.
    (
        "Saturday: THW Kiel – SG Flensburg-Handewitt 19:30, Füchse Berlin – SC Magdeburg 20:00.\n\n\
         Game, set and match Kiel\n\n16:24 The match is over.",
        "team@handball:THW Kiel|Kiel; team@handball:SG Flensburg-Handewitt; \
         team@handball:Füchse Berlin; team@handball:SC Magdeburg",
    ),
    (
        "The Wild pulled their goalie with 1:40 left, and Kaprizov scored at 19:12 of the third.",
        NHL,
    ),
    (
        "She ran 27:43 over 10,000m, then 14:52, 14:38 for the two 5,000m heats.",
        "person:Tirunesh Abate",
    ),
    (
        "The Chiefs fans quoted John 3:16 on a banner, and the replay ran in a 16:9 ratio.",
        NFL,
    ),
    // Series standings count games or matches won: head-to-head tallies, not scores.
    // Games won in a series and tries scored, written out, are no score.
    (
        "The Twins lead the series three games to one after Kestrel Vale outscored Ashby Cross \
         five tries to two in the rugby.",
        "team:Kestrel Vale; team:Ashby Cross; team:Twins",
    ),
    (
        "Okonkwo's double-double lifts Mercury past Liberty for 2-1 Finals lead",
        "team:Phoenix Mercury|Mercury; team:New York Liberty|Liberty",
    ),
    (
        "O'Donoghue's nine-wicket match sends New Zealand 1-0 up against West Indies in the Test \
         series, after the bowler took five wickets and the batter made a hundred.",
        "team@cricket:New Zealand; team@cricket:West Indies",
    ),
    (
        "England beat South Africa by 23 runs in the ODI at Cardiff to level the three-match \
         series at 1-1, as the rain cut the chase to 42 overs and three wickets fell.",
        "team@cricket:England; team@cricket:South Africa",
    ),
    // A bowler's figures written wickets first, before or after the bowler's name.
    (
        "Ben Ashcroft took 3-29 for the Sixers in the BBL, and Ellisford finished with 2/31 from \
         his four overs as the wickets fell.",
        "team@cricket:Sydney Sixers|Sixers; person:Ben Ashcroft; person:Ellisford",
    ),
    // A range of days after a month.
    (
        "The trials will be held in Nairobi on June 19-21, and the championships run on \
         September 13-21.",
        "place:Nairobi",
    ),
    // Records in brackets after a name, overall then in conference.
    (
        "The Cyclones (8-1, 5-1 Big 12) trailed at halftime.",
        "team:Cyclones",
    ),
    (
        "Kansas State (5-4, 3-3) had won the last three meetings.",
        "team:Kansas State",
    ),
    // "They" with a side named earlier, but no score: nothing to link, nothing made up.
    (
        "Rovers were tipped for the title. They have taken two points from 15.",
        "team:Rovers",
    ),
    // A lone goals-points figure in Gaelic games is a tally, not a score.
    (
        "Kilmore's Ryan finished with 1-8 (0-5 frees) in the All-Ireland hurling semi-final.",
        GAELIC,
    ),
    (
        "In the hurling All-Ireland final Kilmore's captain scored 0-11 from frees.",
        GAELIC,
    ),
    ("Atalanta finished the 2015-16 season in 13th.", FOOTBALL),
    (
        "Third-place finishes in 2019-2021 followed for Atalanta.",
        FOOTBALL,
    ),
    ("He joined Roma for the 2023/24 campaign.", FOOTBALL),
    (
        "Di Santo switched from a 4-4-2 to a 3-5-2 at the break.",
        FOOTBALL,
    ),
    ("Arsenal lined up in a 4-2-3-1 against Chelsea.", FOOTBALL),
    ("The Celtics (7-2) never trailed the Knicks.", NBA),
    ("Boston improved to 7-2 with the win.", NBA),
    // A season's record, where it ends.
    ("The Knicks end the season at 41-41 after the loss.", NBA),
    ("Toronto finished the regular season at 50-32.", NBA),
    ("Their 7-2 start is the best since 2008.", NBA),
    ("The Celtics have a 7-2 record at home.", NBA),
    (
        "Goaltender Aleksi Virtanen (12-5-2) made 31 saves for the Wild.",
        NHL,
    ),
    ("Winnipeg (27-14-4) has lost three of its last four.", NHL),
    (
        "J.T. Whitfield (4-2) stranded the runner for the Red Sox.",
        MLB,
    ),
    (
        "Teo Sandoval (9-6, 3.41 ERA) faces Shawn Pruitt (7-7, 4.12) on Wednesday.",
        MLB,
    ),
    ("Ellis went 2-for-4 with three RBIs for the Red Sox.", MLB),
    ("MacKinnon allowed three runs over 6 1/3 innings.", MLB),
    ("The Red Sox are 4 1/2 games behind New York.", MLB),
    ("Whitlock went 24 of 35 for 301 yards for the Chiefs.", NFL),
    ("Kansas City finished with a 10-7 record in 2023.", NFL),
    ("The Chiefs punted on fourth-and-2 from midfield.", NFL),
    (
        "Sidhu-Matthews finished with four for 33 from his 10 overs.",
        CRICKET,
    ),
    (
        "Bowling: K. Sidhu-Matthews 4-33, H. Mbeki-Collins 2-51 from 20 overs.",
        CRICKET,
    ),
    ("Somerset won by 57 runs with ten overs left.", CRICKET),
    (
        "Durham won by seven wickets with 8.4 overs to spare.",
        CRICKET,
    ),
    ("The Wild went 2 for 4 on the power play.", NHL),
    ("Watanabe won the Masters by two shots at Augusta.", GOLF),
    (
        "Watanabe holed a 25-footer on 16 and parred 17 at Augusta.",
        GOLF,
    ),
    (
        "Watanabe, 36, began the day three behind the 54-hole leader at Augusta.",
        GOLF,
    ),
    ("Arsenal won by five goals.", FOOTBALL),
    ("Fans aged 25-30 are the club's target audience.", FOOTBALL),
    ("Kick-off is at 20:45 on Saturday at Anfield.", FOOTBALL),
    // A clock after "made it" or "to" is no score without a verb of the score before it.
    (
        "The second half was delayed, and the referee moved throw-off to 20:45.",
        FOOTBALL,
    ),
    (
        "Søndergaard broke the tie with 6:20 left in the third period.",
        NHL,
    ),
    ("Chelsea are 5-1 favourites to win the league.", FOOTBALL),
    // Betting odds in horse racing: the price a runner won or was sent off at.
    (
        "Ridden by Rachael Blackmore, the nine-year-old stayed on to win by two and a half lengths at 9-2.",
        "person:Rachael Blackmore",
    ),
    (
        "The mare was sent off at 2-5 and won by a neck at 7-4 from Galopin Des Champs, a 9/2 shot, and the 9-2 favourite.",
        "person:Galopin Des Champs",
    ),
    (
        "Backed from 10-1 on the morning of the race, the grey returned at 11-2.",
        "",
    ),
    // A baseball count of balls and strikes, the pitch thrown on it.
    (
        "In the 10th, Moriyama sent a 2-2 splitter from closer Tachibana into the stands, and \
         Okabe struck out Hamaguchi on a 3-2 pitch after falling behind in a 2-0 count.",
        "person:Moriyama; person:Tachibana; person:Okabe; person:Hamaguchi",
    ),
    ("He is priced at 11/4 to score first for Arsenal.", FOOTBALL),
    ("The board approved the move by an 11-2 vote.", FOOTBALL),
    ("See pages 12-14 for the full Arsenal table.", FOOTBALL),
    ("Shirt numbers 23-25 were retired by Chelsea.", FOOTBALL),
    ("His lap time of 1:23.456 was the quickest.", FOOTBALL),
    ("The injury will keep him out for 10-15 weeks.", FOOTBALL),
    ("Call 1-800-GAMBLER for help.", NFL),
    ("We should have won 20-17 against Bath.", RUGBY),
    ("The 6-4 guard scored 20 points for the Knicks.", NBA),
    ("He was born on 12-05-1998 in Lisbon.", FOOTBALL),
    ("The 2-1 series lead gives the Celtics the edge.", NBA),
    (
        "The fee was £3-4 million for the Chelsea forward.",
        FOOTBALL,
    ),
    ("The Lions (11-3) moved a game clear of the Bills.", NFL),
    ("Stages 3-5 of the race cross the Alps.", ""),
    ("Denver lost their head-to-head 2-3 against the Kings.", NBA),
    (
        "England took an unassailable 2-0 lead in the five-match series.",
        CRICKET,
    ),
    ("The Celtics lead the series 3-1 after Game 4.", NBA),
    ("He averages 2-3 goals a month for Arsenal.", FOOTBALL),
    (
        "The Panthers completed a 20-2 season with the win.",
        "team:Penrith Panthers|Panthers",
    ),
    (
        "Usyk improved to 23-0 with 14 knockouts; Fury fell to 34-2-1.",
        "person:Usyk; person:Fury",
    ),
    (
        "Collingwood sit second on the AFL ladder with a 12-3 record.",
        "team:Collingwood",
    ),
    (
        "England won by an innings and 12 runs after three overs of the final day.",
        CRICKET,
    ),
    (
        "The bookmakers make Arsenal 100-1 outsiders for the title.",
        FOOTBALL,
    ),
    (
        "Arsenal and Chelsea have met 199 times since 1907.",
        FOOTBALL,
    ),
    ("The Celtics are 5-3 on the road this season.", NBA),
    (
        "The tickets cost 20-25 per cent more than last year.",
        FOOTBALL,
    ),
    // Prices in a betting paragraph: after "at" or "paid", or before a betting word.
    (
        "We tipped Arsenal to win at 15-2 last Saturday. It finished level, the draw paid 5-2, \
         and we did not have it. Tip: Chelsea to win at 13-8. The 12-1 weekend acca is below.",
        FOOTBALL,
    ),
    // A box score's statistics lines (a stat label before a colon or a dash opens the line) and
    // a line score's row, its total after each period's points: no scores.
    (
        "Rushing: TF — Okafor 27-142, Rasmussen 9-31. M — Stuhmer 14-66.\nPASSING—Buffalo, Allen \
         22-31, Kansas City, Mahomes 25-38.\nMarysburg 14 0 7 7 7 — 35 Twin Forks 0 14 7 7 0 — 28",
        NFL,
    ),
    // Name-number pairs that are not AP scorelines: player points, dates, ages, standings and
    // win totals, money, votes, leaderboards, predictions, points no game of the sport ends with.
    (
        "Okafor 31, Lindqvist 27 points as the Foxes beat the Pelicans.",
        AP_PEOPLE,
    ),
    ("Okafor 31, Lindqvist 27", AP_PEOPLE),
    ("Foxes 31, Pelicans 27 points in the paint this season.", AP),
    ("The Foxes host the Pelicans on June 5, 2025.", AP),
    ("June 5, July 12", ""),
    (
        "Okafor, 31, and Lindqvist, 27, re-signed with the Foxes.",
        AP_PEOPLE,
    ),
    ("Eastern standings: Foxes 41, Pelicans 39.", AP),
    ("Foxes 41, Pelicans 39, Wolves 35", AP),
    (
        "The top three are Foxes 41, Pelicans 39, Wolves 35 after Sunday.",
        AP,
    ),
    (
        "Most home wins since 2010: Ridgeport 41, Marlow 39.",
        "place:Ridgeport; place:Marlow",
    ),
    (
        "Ridgeport 41, Marlow 39 in the count of home wins since 2010.",
        "place:Ridgeport; place:Marlow",
    ),
    (
        "The payroll comparison reads Foxes 120, Pelicans 98 million.",
        AP,
    ),
    (
        "The vote went Foxes 12, Pelicans 8 in favour of the new format.",
        AP,
    ),
    ("Yes 52, No 48", ""),
    (
        "Watanabe 66, Méndez-Aguirre 68 was the pairing's card on Thursday.",
        GOLF,
    ),
    (
        "The pundits predicted Foxes 24, Pelicans 17 for the opener.",
        AP,
    ),
    (
        "Dunmore Athletic 104, Redcliffe Town 99 in the fans' poll.",
        "team@football:Dunmore Athletic; team@football:Redcliffe Town",
    ),
    // Counts of something else than points, and a season's record.
    (
        "The Comets outrebounded the Sparks 41-30 in the second half.",
        "team:Sparks; team:Comets",
    ),
    (
        "The Comets outshot the Sparks 35-22 over three periods.",
        "team:Sparks; team:Comets",
    ),
    (
        "Kestrel Bay finish the home-and-away season 17-6 and host a final.",
        "team:Kestrel Bay",
    ),
];

#[test]
fn positive_corpus() {
    let mut failures = Vec::new();
    for (text, entities, want) in POSITIVE {
        let got = scores_of(text, entities);
        if got != *want {
            failures.push(format!("{text}\n   want {want:?}\n    got {got:?}"));
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
    for (text, entities) in NEGATIVE {
        let got = scores_of(text, entities);
        if !got.is_empty() {
            failures.push(format!("{text}\n    got {got:?}"));
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

/// The look-back before a colon pair is forty bytes: it must land on a char boundary whatever
/// letters precede (a panic here once took down a batch on "Ødegård … 24:20").
#[test]
fn colon_pairs_after_any_letters() {
    for pad in 0..6 {
        let text = format!(
            "{}Sjøberg and Ødegård combined well as the hosts led 24:20 before the break at 20:45.",
            "x".repeat(pad)
        );
        let _ = scores_of(&text, "");
    }
}

#[test]
fn corpus_size() {
    assert!(POSITIVE.len() >= 60 && NEGATIVE.len() >= 30);
}

/// The scores of `text` with the entities found by the pipeline's own entity stage, each as
/// "text : side, side : kind".
fn scores_with_own_entities(text: &str) -> Vec<String> {
    let mut doc = Doc::from_body(text.to_string(), crate::doc::ArticleMeta::default());
    doc.sentences = crate::sentences::split(&doc);
    doc.entities = crate::extract::entities::EntityExtractor::builtin().extract(&doc);
    super::extract(&doc)
        .iter()
        .map(|s| {
            let teams: Vec<String> = s
                .teams
                .iter()
                .flatten()
                .map(|t| t.map_or("?".to_string(), |i| doc.entities[i].name.clone()))
                .collect();
            format!("{} : {} : {:?}", doc.text(s.span), teams.join(", "), s.kind)
        })
        .collect()
}

/// As `scores_with_own_entities`, without the kinds: `"text : teams"` lines, for cases about the
/// sides only.
fn sides_with_own_entities(text: &str) -> Vec<String> {
    scores_with_own_entities(text)
        .iter()
        .map(|s| {
            s.rsplit_once(" : ")
                .map_or(s.as_str(), |(head, _)| head)
                .to_string()
        })
        .collect()
}

/// Pairs (beach volleyball, padel, doubles) come from the entity stage: the scores of a pairs
/// story, with the entities found by the pipeline's own entity stage.
#[test]
fn pairs_are_the_sides_of_their_scores() {
    let text = "Brazil's Ana Souza and Bia Lima won the beach volleyball final on Sunday, beating \
        Germany's Eva Kranz and Kim Ott 21-18, 19-21, 15-12. The German pair were beaten despite \
        taking the second set. On Saturday Souza and Lima beat the American pair Kay Hale and Sue \
        Wyk 21-14, 21-18, while Kranz and Ott needed three sets to get past Chloé Roy and Maddie \
        Tait of Canada, winning 21-23, 21-17, 15-13.\n\n\
        Final\n\n\
        Souza/Lima (BRA) bt Kranz/Ott (GER)\n\n\
        Sets: 21-18, 19-21, 15-12\n\n\
        Semi-finals\n\n\
        Souza/Lima (BRA) bt Hale/Wyk (USA) 21-14, 21-18\n\n\
        Kranz/Ott (GER) bt Roy/Tait (CAN) 21-23, 21-17, 15-13";
    let got = scores_with_own_entities(text);
    let want = [
        "21-18 : Souza/Lima, Kranz/Ott : Set",
        "19-21 : Souza/Lima, Kranz/Ott : Set",
        // (The deciding set of beach volleyball goes to 15.)
        "15-12 : Souza/Lima, Kranz/Ott : Set",
        "21-14 : Souza/Lima, Hale/Wyk : Set",
        "21-18 : Souza/Lima, Hale/Wyk : Set",
        // "…to get past Roy and Tait of Canada, winning 21-23": the object of the verb before.
        "21-23 : Kranz/Ott, Roy/Tait : Set",
        "21-17 : Kranz/Ott, Roy/Tait : Set",
        "15-13 : Kranz/Ott, Roy/Tait : Set",
        // The sets on the line under a results line are its sides'.
        "21-18 : Souza/Lima, Kranz/Ott : Set",
        "19-21 : Souza/Lima, Kranz/Ott : Set",
        "15-12 : Souza/Lima, Kranz/Ott : Set",
        "21-14 : Souza/Lima, Hale/Wyk : Set",
        "21-18 : Souza/Lima, Hale/Wyk : Set",
        "21-23 : Kranz/Ott, Roy/Tait : Set",
        "21-17 : Kranz/Ott, Roy/Tait : Set",
        "15-13 : Kranz/Ott, Roy/Tait : Set",
    ];
    assert_eq!(got, want);
}

/// Where singles are played too, a pair's player named in full with no partner beside is in
/// his singles, not the pair; named with the partner, he is the pair.
#[test]
fn a_pair_player_plays_singles_too() {
    let text = "Australia beat Hungary 3-2 in the Davis Cup tie in Brisbane on Saturday. In the \
        doubles rubber, Tom Whitlam and Ravi Sandhu beat Zsombor Fekete and Adam Varga 6-4, 7-5. \
        In the deciding singles rubber, Jordan Ellery beat Zsombor Fekete 6-2, 4-6, 6-3.\n\n\
        Doubles: Whitlam/Sandhu (AUS) bt Fekete/Varga (HUN) 6-4, 7-5";
    let got = scores_with_own_entities(text);
    let want = [
        "3-2 : Australia, Hungary : Final",
        "6-4 : Whitlam/Sandhu, Fekete/Varga : Set",
        "7-5 : Whitlam/Sandhu, Fekete/Varga : Set",
        "6-2 : Jordan Ellery, Zsombor Fekete : Set",
        "4-6 : Jordan Ellery, Zsombor Fekete : Set",
        "6-3 : Jordan Ellery, Zsombor Fekete : Set",
        "6-4 : Whitlam/Sandhu, Fekete/Varga : Set",
        "7-5 : Whitlam/Sandhu, Fekete/Varga : Set",
    ];
    assert_eq!(got, want);
}

/// A tie's sentence may tell two singles, each player's partner named alone in the other one:
/// that is no doubles ("Joris Kuipers beat Callum Brown 4-2, and Daan Visser was 3-1 up on
/// Ross Grant"); the pair is the side only where the sentence names it.
#[test]
fn partners_named_apart_in_one_sentence_play_singles() {
    let text =
        "Scotland beat the Netherlands 3-2 in the World Cup of Darts final. Joris Kuipers beat \
        Callum Brown 4-2 in the first singles, and Daan Visser was 3-1 up on Ross Grant \
        in the second singles before Grant won three legs in a row. In the pairs, Brown and Grant \
        won 4-1 against Kuipers and Visser.\n\nBrown/Grant 4-1 Kuipers/Visser";
    let got = sides_with_own_entities(text);
    let want = [
        "3-2 : Scotland, Netherlands",
        "4-2 : Joris Kuipers, Callum Brown",
        "3-1 : Daan Visser, Ross Grant",
        "4-1 : Brown/Grant, Kuipers/Visser",
        "4-1 : Brown/Grant, Kuipers/Visser",
    ];
    assert_eq!(got, want);
}

/// A singles player named mostly without his doubles partner is the singles side even by his
/// bare surname: "held off a Lund charge to take it 11-9" is the singles final's.
#[test]
fn a_singles_player_with_a_doubles_title_keeps_his_surname() {
    let text = "Tomas Brenner beat Eric Lund 4-2 in the men's singles final of the table tennis \
        championships on Sunday. Brenner led 9-6 in the opening game and held off a Lund charge to \
        take it 11-9. Lund had won the men's doubles with Ali Farouk on Saturday, when \
        Lund/Farouk beat Dale/Moss 3-1. Lund then took the second game 11-8.";
    // (The sides only: the kinds are not what this case is about.)
    let got = sides_with_own_entities(text);
    let want = [
        "4-2 : Tomas Brenner, Eric Lund",
        "9-6 : Tomas Brenner, Eric Lund",
        "11-9 : Tomas Brenner, Eric Lund",
        "3-1 : Lund/Farouk, Dale/Moss",
        "11-8 : Eric Lund, Tomas Brenner",
    ];
    assert_eq!(got, want);
}

/// Scores and events F1 when the entities are the gold ones (every gold name and alias found in
/// the body becomes a mention): how far linking goes when the entity stage is right. Run:
/// `cargo test --lib extract::scores::corpus::oracle_entities -- --ignored --nocapture`
/// (`SCORES_ORACLE_SET=holdout` for the held-out set; totals only).
#[test]
#[ignore]
fn oracle_entities() {
    use crate::eval::{article_for, gold_files, score_article, Counts, Gold};
    let set = std::env::var("SCORES_ORACLE_SET").unwrap_or_else(|_| "fixtures".into());
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut totals: std::collections::BTreeMap<String, Counts> = Default::default();
    for gold_path in gold_files(&root.join(&set)) {
        let Ok(text) = std::fs::read_to_string(&gold_path) else {
            continue;
        };
        let Ok(gold) = serde_json::from_str::<Gold>(&text) else {
            continue;
        };
        let Some(article) = article_for(&gold_path, &gold) else {
            continue;
        };
        let Ok(raw) = std::fs::read_to_string(&article) else {
            continue;
        };
        let mut doc = if article.extension().is_some_and(|x| x == "html") {
            match crate::clean::html::clean(&raw) {
                Ok(d) => d,
                Err(_) => continue,
            }
        } else {
            crate::clean::text::clean(&raw)
        };
        doc.sentences = crate::sentences::split(&doc);
        let spec: Vec<String> = gold
            .entities
            .iter()
            .map(|e| {
                let names: Vec<&str> = std::iter::once(e.name.as_str())
                    .chain(e.aliases.iter().map(String::as_str))
                    .collect();
                format!("{}:{}", e.kind, names.join("|"))
            })
            .collect();
        let with = doc_with(&doc.body, &spec.join("; "));
        doc.entities = with.entities;
        doc.scores = super::extract(&doc);
        doc.events = crate::extract::events::extract(&doc);
        let record = crate::record::Record::from_doc(
            &doc,
            crate::record::Source {
                path: article.to_string_lossy().into_owned(),
                format: "text".into(),
                encoding: Some("utf-8".into()),
                bytes: raw.len(),
            },
        );
        let report = score_article(&gold, &record);
        for (k, c) in report.counts {
            totals.entry(k).or_default().add(c);
        }
    }
    for kind in ["scores", "scores_points", "events"] {
        let c = totals.get(kind).copied().unwrap_or_default();
        println!(
            "{set} {kind:<14} tp {:>3} fp {:>3} fn {:>3} \
         F1 {:.3}",
            c.tp,
            c.fp,
            c.fn_,
            c.f1()
        );
    }
}

/// Prints the scores of `SCORES_PROBE` (a file of paragraphs; entities on lines starting `@`),
/// for looking at new phrasings by hand.
#[test]
#[ignore]
fn probe() {
    let Ok(path) = std::env::var("SCORES_PROBE") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut entities = String::new();
    for block in text.split("\n\n") {
        if let Some(e) = block.strip_prefix('@') {
            entities = e.trim().to_string();
            continue;
        }
        println!(
            "{}\n \
         {:?}",
            block.trim(),
            scores_of(block.trim(), &entities)
        );
    }
}

mod no_panic {
    use proptest::prelude::*;

    use crate::doc::{ArticleMeta, Doc, Entity, EntityType, Span};

    /// Text made of the pieces scores are made of, with odd characters between.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("3-0".to_string()),
            Just("7-6 (8-6)".to_string()),
            Just("287 for 4".to_string()),
            Just("15.12 (102)".to_string()),
            Just(" beat ".to_string()),
            Just(" led ".to_string()),
            Just(" a ".to_string()),
            Just(" win over ".to_string()),
            Just("(".to_string()),
            Just(")".to_string()),
            Just(", ".to_string()),
            Just(". ".to_string()),
            Just("\n\n".to_string()),
            Just("–".to_string()),
            Just("’s ".to_string()),
            Just("Ødegård".to_string()),
            Just("-12".to_string()),
            Just("all out for 198".to_string()),
            Just("Arsenal 2 Chelsea 1".to_string()),
            "[A-Za-z0-9 ,.;:()\\-–é’]{0,8}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn never_panics(pieces in proptest::collection::vec(piece(), 0..40), cuts in proptest::collection::vec((0usize..400, 1usize..12, 0usize..4), 0..12)) {
            let body: String = pieces.concat();
            let mut doc = Doc::from_body(body, ArticleMeta::default());
            doc.sentences = crate::sentences::split(&doc);
            let kinds = [EntityType::Team, EntityType::Person, EntityType::Place, EntityType::Competition];
            for (i, &(start, len, kind)) in cuts.iter().enumerate() {
                let len_body = doc.body.len();
                if len_body == 0 {
                    break;
                }
                let mut s = start % len_body;
                while !doc.body.is_char_boundary(s) {
                    s -= 1;
                }
                let mut e = (s + len).min(len_body);
                while !doc.body.is_char_boundary(e) {
                    e += 1;
                }
                if s >= e {
                    continue;
                }
                doc.entities.push(Entity {
                    name: format!("E{i}"),
                    kind: kinds[kind],
                    aliases: Vec::new(),
                    mentions: vec![Span::new(s, e)],
                    role: None,
                    sport: None,
                    country: None,
                    members: Vec::new(),
                });
            }
            doc.scores = super::super::extract(&doc);
            doc.events = crate::extract::events::extract(&doc);
            for s in &doc.scores {
                prop_assert!(s.span.start <= s.span.end && s.span.end <= doc.body.len());
                prop_assert!(doc.body.is_char_boundary(s.span.start) && doc.body.is_char_boundary(s.span.end));
                if let Some(t) = &s.teams {
                    prop_assert!(t.iter().flatten().all(|&i| i < doc.entities.len()));
                }
            }
        }
    }
}
