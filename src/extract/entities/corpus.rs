//! Examples beside the rules, in the Duckling way: what the entity stage must find (surface →
//! type), what it must not, and which surfaces must (or must not) be one entity. None of these
//! sentences comes from a fixture.

use crate::doc::{ArticleMeta, Doc, Entity, EntityType, ParagraphKind};

use super::EntityExtractor;

fn run(text: &str) -> (Doc, Vec<Entity>) {
    let mut doc = Doc::from_body(text.to_string(), ArticleMeta::default());
    doc.sentences = crate::sentences::split(&doc);
    let entities = EntityExtractor::builtin().extract(&doc);
    (doc, entities)
}

/// The entity with a mention exactly `surface`.
fn entity_of<'a>(doc: &Doc, entities: &'a [Entity], surface: &str) -> Option<&'a Entity> {
    entities
        .iter()
        .find(|e| e.mentions.iter().any(|m| doc.text(*m) == surface))
}

fn show(doc: &Doc, entities: &[Entity]) -> String {
    entities
        .iter()
        .map(|e| {
            let ms: Vec<&str> = e.mentions.iter().map(|m| doc.text(*m)).collect();
            format!("{} [{}] {:?}", e.name, e.kind.as_str(), ms)
        })
        .collect::<Vec<_>>()
        .join("\n  ")
}

/// text → (surface, type) pairs that must be found.
const POSITIVE: &[(&str, &[(&str, &str)])] = &[
    // A nationality after an article is no given name of the player after it ("the Dane"), and
    // "Court" opens a court's name.
    (
        "Ferreyra beat the Dane Felix Brandt-Hansen on Court Suzanne-Lenglen on Sunday.",
        &[("Felix Brandt-Hansen", "person"), ("Court Suzanne-Lenglen", "venue")],
    ),
    // In a story of doubles, two players named in full and joined by "and" in a sentence of
    // the doubles are a pair (a country's possessive may stand before the second), and so are
    // their surnames joined later.
    (
        "In the women's doubles final, Aoi Matsuda and Rina Koizumi went down 19-21, 21-14, 16-21 \
         to South Korea's Kim Seo-yeon and Park Ha-eun. In the mixed doubles, Japan's Haruto \
         Tanaka and Mei Oda beat Spain's Diego Ruiz and Hong Kong's Leung Wing-yan 21-12, 21-15. \
         Matsuda and Koizumi had led 16-13 in the third.",
        &[
            ("Aoi Matsuda and Rina Koizumi", "team"),
            ("Matsuda and Koizumi", "team"),
            ("Kim Seo-yeon and Park Ha-eun", "team"),
            ("Diego Ruiz and Hong Kong's Leung Wing-yan", "team"),
        ],
    ),
    // A participle opening a sentence before a given name is no part of the name.
    (
        "Trailing Declan Marsh 6-2 after the first session, Zhou Yuhang won eight frames in a row.",
        &[("Declan Marsh", "person"), ("Zhou Yuhang", "person")],
    ),
    // A country beside a scoreline is its side in a sport the gazetteer lists no side of its
    // for (a handball result on a hockey page).
    (
        "The Kookaburras beat India 3-1 in the hockey semi-final and Germany drew 2-2 with \
         Argentina.\n\nHandball: Denmark stayed top of Group B with a 32-29 win over Germany.",
        &[("Denmark", "team")],
    ),
    // … not a player's country beside a scoreline ("of the United States"), which stays a
    // place.
    (
        "In the 74kg freestyle wrestling final Karimi beat Tyler Boyd of the United States 10-0 \
         on technical superiority.",
        &[("United States", "place")],
    ),
    // … nor the last word of a longer name ("the All England").
    (
        "Shi Yuqi had beaten Choi Min-jae 21-13, 21-10 at the All England in March.",
        &[("England", "place")],
    ),
    // A club named by an ordinary word opens a results line as a side ("Reading 4-1 …").
    (
        "RESULTS\nReading 3-2 Burnley\nLuton 1-1 Hull City",
        &[("Reading", "team"), ("Burnley", "team")],
    ),
    // A name ending in an institution's word is the institution, even after a given name and
    // beside a person's cue ("rival").
    (
        "Hope held off rival Calvin University 68-63 on Saturday night.",
        &[("Calvin University", "organisation")],
    ),
    // A club's name and a squad marker, after a space or the club's possessive, name another
    // side of the club: an age group ("U18", "Under-18s"), a second team ("B", "II").
    (
        "Chelsea's Under-18s beat Liverpool U18 3-1 at Kingsmeadow, while Celtic B lost to Hearts \
         B and Chelsea beat Spurs 3-0.",
        &[
            ("Chelsea's Under-18s", "team"),
            ("Liverpool U18", "team"),
            ("Celtic B", "team"),
            ("Hearts B", "team"),
            ("Chelsea", "team"),
        ],
    ),
    // A club's ordinal before its form in capitals opens its name ("1. FC Köln"), listed or
    // not.
    (
        "Borussia Düsseldorf beat 1. FC Saarbrücken-TT 3-2 on Sunday. On Saturday 20. 3. Tatran \
         Střešovice beat 1. SC TEMPISH Vítkovice 6:5 after extension.",
        &[("1. FC Saarbrücken-TT", "team"), ("1. SC TEMPISH Vítkovice", "team")],
    ),
    // A compass word, a listed town and a type cue are one name of the cue's type.
    (
        "Whitby beat West Auckland Town 2-0 on Saturday, and North Auckland Rovers lost at home.",
        &[("West Auckland Town", "team"), ("North Auckland Rovers", "team")],
    ),
    // A club named after its towns, read as someone where nothing else says (no given name
    // first), is the side the text names it as elsewhere, its last word too.
    (
        "Koroit came from behind to beat Ardrie Mortlake 12.14 (86) to 11.9 (75) in the country \
         football grand final at Reid Oval.\n\nArdrie Mortlake led at every change until the last. \
         Mortlake kicked the first goal of the final term.\n\n\"We had our chances,\" Ardrie \
         Mortlake coach Shane Crothers said.",
        &[("Ardrie Mortlake", "team"), ("Mortlake", "team"), ("Shane Crothers", "person")],
    ),
    // A school's or club's squad, an ordinal and a side's size in Roman numerals, is part of the
    // side's name.
    (
        "Rugby results\n\nKelsall Park 1st XV 24-19 Harmon College 1st XV\nKelsall Park 2nd XV 15-22 \
         Harmon College 2nd XV",
        &[
            ("Kelsall Park 1st XV", "team"),
            ("Harmon College 1st XV", "team"),
            ("Harmon College 2nd XV", "team"),
        ],
    ),
    // A club page's sponsor ("Kelsall Plumbing") is a business, and a suburb with its state's
    // abbreviation ("Kelsall VIC") a place, not people.
    (
        "Kelsall beat Harmon by six wickets in the cricket.\n\nThanks to our sponsor Kelsall \
         Plumbing, 14 Main Street, Kelsall VIC 3134.",
        &[("Kelsall Plumbing", "organisation"), ("Kelsall VIC", "place")],
    ),
    // A feature of the land closing a town's name ("Gap", "Junction", "Prairie") types it a place,
    // and a place acting as a side is a school's team.
    (
        "Kelso Ridge beat Harmon Gap 30-26 in the wrestling dual on Wednesday. Harmon Gap coach \
         Rob Zeller said his team gave it away.",
        &[("Harmon Gap", "team"), ("Rob Zeller", "person")],
    ),
    // A league table's columns after a club ("P26 W15 D4 L7") are counts, not the rest of its name.
    (
        "Castlemilk Rovers won again on Saturday.\n\nStandings\n\n1 Castlemilk Rovers P26 W19 D3 \
         L4 GD+46 Pts60\n2 Dunmore Athletic P26 W15 D4 L7 GD+30 Pts49",
        &[("Castlemilk Rovers", "team"), ("Dunmore Athletic", "team")],
    ),
    // A results line with the result's verb ("def.") names two sides, whatever their shape:
    // a town, two unknown words, a name a place cue types. The set scores say volleyball
    // where the words ("five-set", "match points") are tennis's too.
    (
        "Maple Grove survived a five-set thriller and saved two match points in the fifth set.\n\n\
         SEMIFINALS\nMaple Grove def. Oakdale Heritage 25-19, 25-21, 25-17\nRoseburg def. Marlow \
         22-25, 25-20, 25-23, 25-18\nCrane Valley def. Tobin Ferris 25-23, 25-21, 25-16\n\n\
         No. 2 Oakdale Heritage had won 41 straight.",
        &[
            ("Oakdale Heritage", "team"),
            ("Roseburg", "team"),
            ("Marlow", "team"),
            ("Crane Valley", "team"),
            ("Tobin Ferris", "team"),
        ],
    ),
    // A count opening a sentence is never a name's first word, even before a name ending in a
    // side's word ("Vale"); nor is an age written as one hyphenated word.
    (
        "Four Ashcombe Vale teams travel to the tournament. Nineteen-year-old Tarni Okello-Brand \
         scored twice for them.",
        &[("Ashcombe Vale", "team"), ("Tarni Okello-Brand", "person")],
    ),
    // A town named with its cue word ("County", "St.") before a nickname: one side's name.
    (
        "Maple Ford beat the Dunmore County Hornets 35-14, a week after losing to the St. \
         Aldric Giants 21-20.",
        &[("Dunmore County Hornets", "team"), ("St. Aldric Giants", "team")],
    ),
    // A result verb of two words or a less common one before a scoreline makes an unlisted
    // side of the names around it (`data/entities/context_cues.tsv`).
    (
        "Kellerton held off Ashcott 28-21 on Friday night with two touchdowns in the fourth \
         quarter, and Brindle outlasted Fenwick 10-6 in overtime. In basketball, Dunmore pulled \
         away from Pell Crossing 58-52 in the fourth quarter.",
        &[
            ("Kellerton", "team"),
            ("Ashcott", "team"),
            ("Brindle", "team"),
            ("Fenwick", "team"),
            ("Pell Crossing", "team"),
        ],
    ),
    // A line-up or a scorer line lists people, surnames alone (`lists.rs`).
    (
        "Harbour Town beat Ashby 2-1 in the league on Saturday.\n\nHarbour Town: Okafor-Penn – \
         Dale, Ruiz (c), Makin; Ekwueme (Stott 81'), Lund.\n\nScorers: Lund 2, Brisk, Ekwueme.",
        &[
            ("Okafor-Penn", "person"),
            ("Dale", "person"),
            ("Ruiz", "person"),
            ("Stott", "person"),
            ("Brisk", "person"),
        ],
    ),
    // A ground named by its avenue is a venue.
    (
        "The Tides placed RHP Dario Quintal-Moss on the injured list and recalled WR Tobin \
         Achebe-Lund. Harbour Town play at Kestrel Avenue on Saturday.",
        &[("Kestrel Avenue", "venue")],
    ),
    // "Students" closes a university side's name ("Loughborough Students"), never a person's.
    (
        "Trenholm Students said on Friday that the hockey match would go ahead.",
        &[("Trenholm Students", "team")],
    ),
    // A preposition before an owner and a scoreline governs the win, not the owner: "in
    // Tennessee's 20-17 win" names the side, not the state.
    (
        "The Tennessee Titans traded for receiver Jalen Moss on Tuesday. Moss caught the winning \
         touchdown in Tennessee's 20-17 win over the Colts last season.",
        &[("Tennessee", "team")],
    ),
    // A results line's side may open on an ordinary word ("Clear", "Western", "Holy"): it
    // stays whole, and the line makes it a side in a story of sides.
    (
        "Maple Grove saved two match points in the fifth set of the volleyball semifinal.\n\n\
         SEMIFINALS\nMaple Grove def. Oakdale Heritage 25-19, 25-21, 25-17\nClear Lake def. \
         Western Christian 22-25, 25-20, 25-23, 25-18\nRoseburg def. Holy Trinity Catholic 25-23, \
         25-21, 25-16",
        &[
            ("Clear Lake", "team"),
            ("Western Christian", "team"),
            ("Holy Trinity Catholic", "team"),
        ],
    ),
    // A results line may end on a bracketed tag ("(HT 1-3)", a country code); a name opening
    // on an initial there is a player's. Before a tag, capitals alone ("OT") are a tag too.
    (
        "Futsal league, round 9\n\nPinhal Novo 2-5 AD Serpa (HT 1-3)\n\nFrölunda–Luleå 2–3 \
         OT (1–0, 0–1, 1–1, 0–1)\n\nExhibition: M Doyle (Irl) 4-3 K Brennan-Ward (Wal)",
        &[("AD Serpa", "team"), ("K Brennan-Ward", "person")],
    ),
    // A clause after a score and a comma ("18-18, with …") names a player, not the side the
    // score was drawn with.
    (
        "Thailand beat Malaysia 21-18, 21-19 in the sepak takraw regu final. Malaysia clawed back \
         to 18-18, with Aiman Hakimi Mat Daud saving a match point.",
        &[("Aiman Hakimi Mat Daud", "person")],
    ),
    // A country's national side of the story's sport, which a results line and a verb name: in
    // a handball story "Germany" and "Denmark" are the handball sides, not the countries.
    (
        "Handball world final\n\nThe seven-metre throw decided it: Germany beat Denmark 33:32 \
         after extra time in Cologne. Denmark led 15:13 at the break.\n\nDenmark coach Søren \
         Holm called a timeout. France took bronze with a 34:30 win over Sweden.",
        &[("Denmark", "team"), ("Cologne", "place"), ("France", "team"), ("Sweden", "team")],
    ),
    // A class year opening the sentence before a player's name is a role, not part of it.
    (
        "Freshman Eli Mummert pinned Owen Rhodes in 54 seconds, and sophomore Kaden Stoltz won \
         his bout 7-4.",
        &[
            ("Eli Mummert", "person"),
            ("Owen Rhodes", "person"),
            ("Kaden Stoltz", "person"),
        ],
    ),
    // "Senior" and "Junior" are class years only before a given name and a surname: "Junior"
    // alone before a surname is a given name.
    (
        "Senior Cooper Lansing pinned Noah Finch, Junior Tyler Banks won 5-3 and Junior Messias \
         watched from the stands.",
        &[
            ("Cooper Lansing", "person"),
            ("Tyler Banks", "person"),
            ("Junior Messias", "person"),
        ],
    ),
    // A fixture's results line, sides first and score after: the unknown name beside a listed
    // side is a side too, not a person named by shape; two players stay players.
    (
        "Water polo Champions League results\n\nOlympiacos – Sant Andreu Sabadell 10-8 (2-2, 3-1, \
         2-3, 3-2)\n\nDarts: Dean Whitlock – Gary Penhallow 7-4",
        &[
            ("Sant Andreu Sabadell", "team"),
            ("Dean Whitlock", "person"),
            ("Gary Penhallow", "person"),
        ],
    ),
    // A name closed by a feature of the land ("Creek", "Ridge", "Heights") is a town's, never
    // a person's; a school's side where it acts as one ("Paint Creek coach", "beat …").
    (
        "Paint Creek beat Mason Ridge 58-52 on Friday. Paint Creek coach Dana Wills, who grew up \
         in Osage Heights, was thrilled.",
        &[
            ("Paint Creek", "team"),
            ("Mason Ridge", "team"),
            ("Osage Heights", "place"),
        ],
    ),
    // A compass word and a town are one name, a side's or a district's as the context says,
    // not the town (nor the club the town's name stands for).
    (
        "North Ferriby drew 1-1 with Hull KR, and West Hull chairman Pete Lowe was delighted. \
         Lowe grew up in East Leeds.",
        &[
            ("North Ferriby", "team"),
            ("West Hull", "team"),
            ("East Leeds", "place"),
        ],
    ),
    // A ground's name, then a plural nickname (coined, a role noun's plural, or one the gazetteer
    // gives other sides), is a side named after its ground, not the ground.
    (
        "Murrayfield Racers beat Whitley Warriors 7-4, and Wembley Lions lost 5-2 at home.",
        &[
            ("Murrayfield Racers", "team"),
            ("Wembley Lions", "team"),
            ("Whitley Warriors", "team"),
        ],
    ),
    // A plural noun, a particle and the club's town, where sides are, is a club ("Tigres del
    // Licey", "Leones del Caracas", the town inside known as a place); "Team" and one word is a
    // side (a curling rink), whatever the word.
    (
        "MEXICALI, Mexico (AP) — Mexico's Tomateros de Culiacan beat the Dominican Republic's \
         Tigres del Licey 5-4 in the baseball final after Venezuela's Leones del Caracas beat \
         Puerto Rico's Criollos de Caguas 8-2 in 10 innings.",
        &[
            ("Tomateros de Culiacan", "team"),
            ("Tigres del Licey", "team"),
            ("Leones del Caracas", "team"),
            ("Criollos de Caguas", "team"),
        ],
    ),
    // A town and a capitalised plural no list knows is a club named the English way; its
    // nickname alone names it again.
    (
        "Swindon Mudlarks were beaten 50-40 at Blunsdon on Friday, and the Mudlarks now sit \
         fourth in the league.",
        &[("Swindon Mudlarks", "team"), ("Mudlarks", "team")],
    ),
    // A word no list knows before a player's or coach's noun and a name is the side they play
    // or coach for: a school named by its town alone; and so is each side's name in a results
    // line written the American way.
    (
        "Then Harwood got the ball in overtime and scored. Harwood coach Dale Brenneman said his \
         kids never blinked, and Harwood linebacker Cody Fraser made the stop.\n\nHarwood 21, \
         Oakvale 14 (OT)",
        &[("Harwood", "team"), ("Oakvale", "team")],
    ),
    // A listed name with umlauts, written with "oe", "ae", "ue" as keyboards without them do,
    // is that name.
    (
        "Bayer Leverkusen won 2-1 at Borussia Moenchengladbach on Saturday, and 1. FC Koeln \
         lost at home.",
        &[("Borussia Moenchengladbach", "team")],
    ),
    // An arena named "Place" (by its sponsor, owner or city) is a venue, whatever the words
    // before it name ("Canada Life Place" is no national side).
    (
        "The Rangers beat the Knights 4-3 in overtime. The result avenged a 6-1 loss at Canada \
         Life Place in October, and the teams meet again at Rogers Place in Edmonton next month.",
        &[("Canada Life Place", "venue"), ("Rogers Place", "venue")],
    ),
    // A place or plain words, then "State", closing a name in a team story: an American
    // college the lists lack.
    (
        "Bemidji State lost 4-2 to Minnesota State in college hockey on Friday night, and \
         Ferris State were beaten 3-1 by Lake Superior State.",
        &[
            ("Bemidji State", "team"),
            ("Minnesota State", "team"),
            ("Ferris State", "team"),
            ("Lake Superior State", "team"),
        ],
    ),
    // A nickname opened by "Lady" (a school's women's side) after a town, even one that opens
    // on a given name, is a side, and so are the nickname and the town alone.
    (
        "The Ridgefield Lady Hornets beat the Grant Falls Lady Bobcats 61-50 in the girls \
         basketball regional final on Friday. Grant Falls led 30-27 at the half, but the Lady \
         Hornets pulled away in the fourth quarter.",
        &[
            ("Ridgefield Lady Hornets", "team"),
            ("Grant Falls Lady Bobcats", "team"),
            ("Grant Falls", "team"),
            ("Lady Hornets", "team"),
        ],
    ),
    // A two-word nickname may open on an ordinary word ("Northern Wolves"); a side named by the
    // last words of its name is the side.
    (
        "Kestrel Northern Wolves beat Dunmore Flying Sharks 96-88 on Sunday night. The Flying \
         Sharks had led by nine at the half.",
        &[
            ("Kestrel Northern Wolves", "team"),
            ("Dunmore Flying Sharks", "team"),
        ],
    ),
    (
        "In the curling semi-final they thrashed Team Park 9-2 after eight ends.",
        &[("Team Park", "team")],
    ),
    // The one-word subject of a result verb whose object and score follow ("Brackenbury beat
    // Ashdene 3-1") is a side, as its object is.
    (
        "In the county final on Sunday, Brackenbury beat Ashdene 3-1 after extra time, their \
         goalkeeper saving a penalty in the last minute.",
        &[("Brackenbury", "team"), ("Ashdene", "team")],
    ),
    // A two-word club whose first word no list knows as a given name ("Conservas Ribera"),
    // whose bare name stands where sides do ("Ribera coach …", "lost 68-66 to Ribera") and
    // never as a person does, is a side.
    (
        "Conservas Ribera led for three quarters on Saturday night. Then the visitors outscored \
         them 23-10 in the fourth and won 71-64, with Ana Lobato adding 12 rebounds.\n\n\
         Ribera coach Marta Quiroga was blunt afterwards. Toledo lost 68-66 to Ribera in \
         October.",
        &[("Conservas Ribera", "team"), ("Marta Quiroga", "person")],
    ),
    // A second team or an age group is a side of its own, the club's town read apart joining
    // it ("Ruislip Eagles U18"); a club's cue word before the marker types it ("Olympia HC II").
    (
        "Vipers II beat Olympia HC II 31-22 on Sunday. Vipers U18 drew 20-20 with Ruislip \
         Eagles U18, and Vipers won 25-23 against London GD in the handball league.",
        &[
            ("Vipers II", "team"),
            ("Olympia HC II", "team"),
            ("Vipers U18", "team"),
            ("Ruislip Eagles U18", "team"),
        ],
    ),
    // A results line: each side's whole name on either side of the score, sponsor and all,
    // when something in it says club (a listed town, an acronym).
    (
        "Elsewhere in round 21\n\nFerroli Burgos 80-72 OKL Basauri\n\nRecambios Girona 66-70 \
         Lointek Gernika\n\nBurgos were never behind in theirs.",
        &[
            ("Ferroli Burgos", "team"),
            ("OKL Basauri", "team"),
            ("Recambios Girona", "team"),
        ],
    ),
    // Esports organisations by their form word, and one-word sides of an esports story.
    (
        "Kestrel Esports beat Halden Gaming 2-1 in the Valorant final. Earlier, Halden had \
         knocked out Norvik 2-0 on the same map pool.",
        &[
            ("Kestrel Esports", "team"),
            ("Halden Gaming", "team"),
            ("Norvik", "team"),
        ],
    ),
    // A cue of the words before a name says nothing after one: "Japan lost to them" reads
    // "lost" (a side's verb), not "lost to" (which makes the name after it a side).
    (
        "Thailand beat Malaysia 2-1 in the sepak takraw regu final. Japan lost to them 2-0 in \
         the semi-finals.",
        &[("Japan", "team")],
    ),
    // A club named after its ground: a name its cue word types a venue that acts as a side
    // twice ("… win …", "… are …") and is never a place is a side; the ground named the same
    // way after "at" stays a venue.
    (
        "Ashcombe Fields win the county cup. Ashcombe Fields are champions for the first time \
         after a 14-12 final at Tremorden Park on Saturday.",
        &[("Ashcombe Fields", "team"), ("Tremorden Park", "venue")],
    ),
    // Water polo clubs: a club's form word before a listed place or club ("CN Marseille", "AN
    // Brescia") makes one unlisted side; a name with its founding year ("Spandau 04"); a
    // one-word subject of a result verb and its score ("Barceloneta were beaten 10-9"); the
    // name after a scoreline and "to" ("losing 12-8 to Radnicki Kragujevac").
    (
        "CN Marseille beat Jadran Split 11-10 in the water polo Euro Cup with three extra-man \
         goals. AN Brescia went through despite losing 12-8 to Radnicki Kragujevac in Serbia. \
         Barceloneta were beaten 10-9 by Spandau 04 in Berlin.",
        &[
            ("CN Marseille", "team"),
            ("AN Brescia", "team"),
            ("Radnicki Kragujevac", "team"),
            ("Barceloneta", "team"),
            ("Spandau 04", "team"),
            ("Berlin", "place"),
        ],
    ),
    // A ground's word before a club's name is the ground ("Estadio Nacional", not the club
    // Nacional); the lacrosse and women's ice hockey clubs by their nicknames.
    (
        "For 45 minutes at the Estadio Nacional on Thursday night, Boca Juniors looked \
         untouchable. In the lacrosse semifinal the Cannons beat the Archers 11-9, and in the PWHL \
         the Charge beat the Victoire 2-0.",
        &[
            ("Estadio Nacional", "venue"),
            ("Boca Juniors", "team"),
            ("Cannons", "team"),
            ("Archers", "team"),
            ("Charge", "team"),
            ("Victoire", "team"),
        ],
    ),
    // "Futsal" after a name makes a side ("Palma Futsal 6-1 Córdoba Futsal").
    (
        "Real Zaragoza Futsal beat Burela Futsal 3-1 in the futsal league on Sunday.",
        &[("Real Zaragoza Futsal", "team"), ("Burela Futsal", "team")],
    ),
    // A hyphenated given name with a lower-case tail stays one name ("Ji-hoon"); a tail that
    // makes an adjective is a word of its own ("Dublin-based", "Kent-born").
    (
        "LG led 3-0 on a solo homer by Park Ji-hoon, and Choi Hyun-woo held the Lions to two \
         hits. The Dublin-based winger and the Kent-born coach watched.",
        &[
            ("Park Ji-hoon", "person"),
            ("Choi Hyun-woo", "person"),
            ("Dublin", "place"),
        ],
    ),
    // "Club" types an unlisted side wherever it stands; two-word cues before it type the rest.
    (
        "Royal Namur Club beat Real Club de Tenis 2-1 in the hockey semi-final, a week after the \
         gala at the Harbour Yacht Club.",
        &[
            ("Royal Namur Club", "team"),
            ("Real Club de Tenis", "team"),
            ("Harbour Yacht Club", "organisation"),
        ],
    ),
    // Unlisted one-word sides on a results line of a team story: a name, the score, a name.
    (
        "The league leaders won again on Saturday, their striker scoring twice.\n\nResults\n\nHarwich 3-1 Tilbury\n\nMaldon \
         Town 0-2 Brightlingsea",
        &[
            ("Harwich", "team"),
            ("Tilbury", "team"),
            ("Brightlingsea", "team"),
        ],
    ),
    // A city's side on a results line that lists several results after a label, apart by
    // semicolons: the line makes each name a side, as a line says nothing more of it. A
    // player's name opening on initials given as a name ("TJ") stays a player's.
    (
        "Tallinn won the basketball tournament on Sunday.\n\nSemi-finals: Tallinn 21-15 Bratislava; \
         Vilnius 22-20 Kaunas (OT)\nFinal: Tallinn 21-18 Vilnius",
        &[
            ("Bratislava", "team"),
            ("Kaunas", "team"),
            ("Vilnius", "team"),
        ],
    ),
    (
        "TJ Marlowe-Okafor won the darts final on Sunday night.\n\nFINAL: TJ Marlowe-Okafor 11-7 \
         Benedikt Strazzer",
        &[("TJ Marlowe-Okafor", "person"), ("Benedikt Strazzer", "person")],
    ),
    // A college named like a given name ("Taylor", "Marian") is a side where its score stands
    // beside it; a college named after a state and a word ("Indiana Wesleyan") is one side
    // wherever its whole name stands, as it is somewhere a side (its record after it).
    (
        "Indiana Wesleyan edges Taylor\n\nThe Indiana Wesleyan senior Jace Harmon hit the winner \
         in the basketball game on \
         Wednesday. Indiana Wesleyan beat Taylor 81-77.\n\nIndiana Wesleyan (17-4) hosts Marian \
         next.",
        &[("Taylor", "team"), ("Indiana Wesleyan", "team")],
    ),
    // A place's first word ("Lake", "Mount") before a listed side's nickname names a town or
    // the school named after it, not the listed side ("Forest" is Nottingham's alone).
    (
        "Monmouth took a 1-0 lead in the soccer final, but Lake Forest won the shootout 4-3. \
         Monmouth had beaten Lake Forest 2-1 in October.",
        &[("Lake Forest", "team")],
    ),
    // A pitcher's record after his name is a side's kind of cue, but a known given name makes
    // the full name a person's, and his surname alone follows it.
    (
        "The Royals beat the Twins 5-2 on Sunday. Dario Vennholt (4-2) got the win with six \
         strong innings.\n\nWP: Vennholt (4-2). LP: Carrow (1-5).",
        &[("Dario Vennholt", "person")],
    ),
    // A place with no team of its name, used as a side at two mentions: a county, college or
    // town side; one cue alone (a trip, a home town) leaves the place.
    (
        "Tulsa beat Omaha 3-1 on Friday. Omaha were poor and Tulsa won the rematch too.",
        &[("Tulsa", "team"), ("Omaha", "team")],
    ),
    (
        "After a trip to Spokane the squad rested. She grew up in Omaha.",
        &[("Spokane", "place"), ("Omaha", "place")],
    ),
    // The story's sport decides an abbreviation several bodies share (boxing: WBC, WBA).
    (
        "Ruiz kept his WBC and WBA heavyweight belts with a knockout in the ninth, the third \
         stoppage of a southpaw this year.",
        &[("WBC", "organisation"), ("WBA", "organisation")],
    ),
    // A country named after a place and a comma is the country ("in Turku, Finland"), and so is
    // a state after a dateline.
    (
        "Lindqvist, who grew up in Turku, Finland, scored 29 goals on the power-play.",
        &[("Finland", "place")],
    ),
    (
        "AMES, Iowa — Iowa State beat Kansas State 31-27 on Saturday.",
        &[("Iowa", "place"), ("Iowa State", "team")],
    ),
    // A dateline is the place the story was filed from, with the agency in brackets too, and
    // whatever club shares or shortens to its name.
    (
        "MADRID, Spain (AP) — Real Madrid drew 1-1 with Sevilla on Saturday.",
        &[("MADRID", "place"), ("Real Madrid", "team")],
    ),
    (
        "LONDON (Reuters) - Arsenal beat Chelsea 2-0 on Saturday.",
        &[("LONDON", "place"), ("Arsenal", "team")],
    ),
    // A distance "from" a name runs from a place.
    (
        "The stage covered the 163km from Ennezat to the summit.",
        &[("Ennezat", "place")],
    ),
    // A city's derby, a parade through a town: the place, not its club.
    (
        "Real Madrid drew 2-2 with Atlético Madrid in the Madrid derby on Sunday.",
        &[("Madrid", "place"), ("Real Madrid", "team")],
    ),
    (
        "Penrith Panthers won the title. The Panthers will parade through Penrith on Tuesday.",
        &[("Penrith", "place"), ("Panthers", "team")],
    ),
    // "since" + a country is a time ("since the tour there"), as "from" is a home; a country
    // with a side verb after it is still the side.
    (
        "\"I've been hitting them well since England,\" Kaur said after her century.",
        &[("England", "place")],
    ),
    (
        "It was their first series win since England beat them at Lord's in 2019.",
        &[("England", "team")],
    ),
    // County sides named after their counties speak for their sport when three or more of them
    // are named: a Gaelic story, whatever the rugby sides of the provinces say.
    (
        "Donegal will meet Derry in the Ulster final after Armagh edged Tyrone.",
        &[("Donegal", "team"), ("Derry", "team"), ("Tyrone", "team")],
    ),
    // A province's rugby side is no side in a Gaelic story's "Ulster final" (the province's
    // championship): the province, a place.
    (
        "Donegal will meet Derry in the Ulster final after Armagh edged Tyrone.",
        &[("Ulster", "place")],
    ),
    // In a story of its own sport a side before "title" is still the side.
    (
        "Three tries and a late lineout drive gave Leinster a fourth Leinster title in five \
         years, the scrum-half kicking the conversion.",
        &[("Leinster", "team")],
    ),
    // Dutch "'t" inside a surname: one person, found by the full name and the surname.
    (
        "Jesper van 't Zand equalised late. Coach Ron Jans praised Van 't Zand afterwards.",
        &[("Jesper van 't Zand", "person"), ("Van 't Zand", "person")],
    ),
    // A national side of a sport the gazetteer has none for, named by a side word; a role noun
    // after a town of a sport nothing else speaks for keeps the town.
    (
        "The Galway fighter, a southpaw with a knockout punch, captained Ireland at the Olympics \
         before turning professional as a lightweight boxer.",
        &[("Ireland", "team"), ("Galway", "place")],
    ),
    // Names, then a cue word the gazetteer knows alone as another name's short form.
    (
        "He is a contender for the World Championship at the Crucible in April.",
        &[("World Championship", "competition")],
    ),
    (
        "Fans of Kingsmere City cheered as the club won promotion.",
        &[("Kingsmere City", "team")],
    ),
    // A lower-case role noun before a name makes it a person's, whatever its words also name.
    (
        "The match referee Everton McKenzie took no action.",
        &[("Everton McKenzie", "person")],
    ),
    // A capitalised role noun after a gazetteer name in the same run is no part of the name.
    (
        "Inter stay clear at the top of Serie A. Defender Niccolò Dell’Orto misses out.",
        &[("Niccolò Dell’Orto", "person"), ("Serie A", "competition")],
    ),
    // Other sports' sides, competitions, grounds and broadcasters.
    (
        "SC Magdeburg beat Aalborg Håndbold 31-28 in the EHF Champions League final in Cologne.",
        &[
            ("SC Magdeburg", "team"),
            ("Aalborg Håndbold", "team"),
            ("EHF Champions League", "competition"),
            ("Cologne", "place"),
        ],
    ),
    (
        "Kilkenny beat Tipperary by four points at Nowlan Park, and she grew up in Kerry.",
        &[
            ("Kilkenny", "team"),
            ("Tipperary", "team"),
            ("Nowlan Park", "venue"),
            ("Kerry", "place"),
        ],
    ),
    (
        "The Melbourne Vixens beat the NSW Swifts in Super Netball on Sunday.",
        &[
            ("Melbourne Vixens", "team"),
            ("NSW Swifts", "team"),
            ("Super Netball", "competition"),
        ],
    ),
    (
        "He told Channel Seven after the match, and Channel Nine showed the replay.",
        &[
            ("Channel Seven", "organisation"),
            ("Channel Nine", "organisation"),
        ],
    ),
    // Gazetteer: teams, competitions, venues, organisations, places
    (
        "Arsenal beat Chelsea 2-1 at the Emirates on Sunday.",
        &[
            ("Arsenal", "team"),
            ("Chelsea", "team"),
            ("Emirates", "venue"),
        ],
    ),
    (
        "Napoli’s Khvicha Kvaratskhelia scored twice in Serie A.",
        &[
            ("Napoli", "team"),
            ("Khvicha Kvaratskhelia", "person"),
            ("Serie A", "competition"),
        ],
    ),
    (
        "Rakow Czestochowa were beaten by Legia Warsaw.",
        &[("Rakow Czestochowa", "team"), ("Legia Warsaw", "team")],
    ),
    (
        "UEFA opened an investigation after the Champions League draw.",
        &[
            ("UEFA", "organisation"),
            ("Champions League", "competition"),
        ],
    ),
    (
        "Jayson Tatum scored 30 as the Celtics beat the Knicks at TD Garden.",
        &[
            ("Jayson Tatum", "person"),
            ("Celtics", "team"),
            ("Knicks", "team"),
            ("TD Garden", "venue"),
        ],
    ),
    (
        "The Maple Leafs fired their coach after a loss to the Bruins.",
        &[("Maple Leafs", "team"), ("Bruins", "team")],
    ),
    (
        "Joe Root made 120 at Lord’s as England reached 350 for 6.",
        &[
            ("Joe Root", "person"),
            ("Lord’s", "venue"),
            ("England", "team"),
        ],
    ),
    (
        "Tadej Pogačar won the Tour de France for a fourth time.",
        &[
            ("Tadej Pogačar", "person"),
            ("Tour de France", "competition"),
        ],
    ),
    (
        "Scottie Scheffler won the Masters by four shots at Augusta National.",
        &[
            ("Scottie Scheffler", "person"),
            ("Masters", "competition"),
            ("Augusta National", "venue"),
        ],
    ),
    (
        "Antoine Dupont inspired Toulouse to a bonus-point win over Leinster.",
        &[
            ("Antoine Dupont", "person"),
            ("Toulouse", "team"),
            ("Leinster", "team"),
        ],
    ),
    (
        "ASTON VILLA BEAT NEWCASTLE AT VILLA PARK",
        &[
            ("ASTON VILLA", "team"),
            ("NEWCASTLE", "team"),
            ("VILLA PARK", "venue"),
        ],
    ),
    // Team or place by context
    (
        "Italy beat France 2-1 in Rome on Saturday.",
        &[("Italy", "team"), ("France", "team"), ("Rome", "place")],
    ),
    (
        "She grew up in Italy and later moved to Lisbon.",
        &[("Italy", "place"), ("Lisbon", "place")],
    ),
    (
        "Liverpool won 3-0, and the striker, born in Liverpool, scored twice.",
        &[("Liverpool", "team")],
    ),
    (
        "The Red Sox lost again on Friday. Boston fell 5-2 to Toronto.",
        &[("Red Sox", "team"), ("Boston", "team")],
    ),
    (
        "The players flew home to France on Sunday.",
        &[("France", "place")],
    ),
    (
        "Her family still lives in Leeds, where she was born.",
        &[("Leeds", "place")],
    ),
    // People nobody listed: particles, initials, suffixes, hyphens, any letters
    // Scorer and official lists write initials without their stop.
    (
        "Scorers - Kilmore: P Dorrian 0-4, J Walsh-Kenny 0-5. Referee: M Oyelaran.",
        &[
            ("P Dorrian", "person"),
            ("J Walsh-Kenny", "person"),
            ("M Oyelaran", "person"),
        ],
    ),
    // A capitalised role before a name ("Olympian") is no given name: the player named again
    // with an initial is the same one.
    (
        "Olympian Zoe Marchetti-Hale scored four. Goals: Z Marchetti-Hale 4, T Brook 2.",
        &[("Z Marchetti-Hale", "person"), ("T Brook", "person")],
    ),
    // A seed's name is a side in a story of sides.
    (
        "Iowa State beat No. 6 seed Texas 68-61 on Friday in the NCAA Tournament. The Cyclones play again on Sunday.",
        &[("Texas", "team")],
    ),
    // A one-word name the story treats as a side (seeded, with a record, beside a role noun) is
    // a side, even when it is also a given name.
    (
        "No. 12 seed Grant beat No. 5 seed Kansas 71-64 in the NCAA Tournament. Grant (24-9) \
         play Arkansas on Saturday, and Grant coach Ben Ruiz is calm.",
        &[("Grant", "team"), ("Ben Ruiz", "person")],
    ),
    // "KV" and "CKV" (a Dutch or Belgian club: korfball, Belgian football) open a club's name.
    (
        "KV Groen-Geel Warmond beat CKV Bolnes 20-19 on golden goal, and KV Kortrijk drew.",
        &[
            ("KV Groen-Geel Warmond", "team"),
            ("CKV Bolnes", "team"),
            ("KV Kortrijk", "team"),
        ],
    ),
    // Nordic club forms close a club's name ("IK", "IBK", "FBC"): "Malmö FBC" is no Malmö FF.
    (
        "Malmö FBC beat Storvreta IBK 6-3 in the floorball quarter-final, and Falu IK drew.",
        &[
            ("Malmö FBC", "team"),
            ("Storvreta IBK", "team"),
            ("Falu IK", "team"),
        ],
    ),
    // A one-word club of a team sport: after its scoreline, a result noun and "over" ("a 2-14
    // to 1-15 win over Drumcree"), and with a plural appositive ("Drumcree, the reigning
    // champions": a group, so a side, not a person) it stays a side wherever else it stands.
    (
        "Our hurling team reached the final after a 2-14 to 1-15 win over Drumcree on Sunday. \
         Drumcree came back late in the game and Drumcree, the reigning champions, led early.",
        &[("Drumcree", "team")],
    ),
    // A one-word name after a side and its verb is the other side ("Benfica play Follonica").
    (
        "Benfica play Follonica on Sunday evening in the rink hockey quarter-final.",
        &[("Follonica", "team")],
    ),
    // "Camanachd" (shinty's word for the game) closes a shinty club's name.
    (
        "Lochcarron Camanachd beat Strathdearn 3-1 in the shinty semi-final at the weekend.",
        &[("Lochcarron Camanachd", "team")],
    ),
    // In a story of players, not sides, a seed with a record stays a person.
    (
        "Top seed Novak beat Ruud 6-4, 6-2 in the tennis semi-final. Novak (24-3) plays Sinner \
         next.",
        &[("Novak", "person")],
    ),
    // A scoreboard line in capitals names its sides, the first no dateline.
    (
        "The Rugby World Cup pool match ended in a bonus point for both.\n\nFRANCE 34 FIJI 27 (half-time: 10-13)",
        &[("FRANCE", "team"), ("FIJI", "team")],
    ),
    // Venue words close a venue's name: "Lambton Pool", "Khalifa Squash Complex".
    (
        "The water polo final was played at Lambton Pool, the squash at the Khalifa Squash Complex.",
        &[("Lambton Pool", "venue"), ("Khalifa Squash Complex", "venue")],
    ),
    (
        "Virgil van Dijk headed in from a corner.",
        &[("Virgil van Dijk", "person")],
    ),
    (
        "Juan Carlos de la Vega set up the second goal.",
        &[("Juan Carlos de la Vega", "person")],
    ),
    (
        "T.J. Watt sacked the quarterback twice.",
        &[("T.J. Watt", "person")],
    ),
    (
        "Ken Griffey Jr. homered in the ninth.",
        &[("Ken Griffey Jr.", "person")],
    ),
    (
        "Pierre-Emerick Aubameyang missed a penalty.",
        &[("Pierre-Emerick Aubameyang", "person")],
    ),
    (
        "Hakan Çalhanoğlu and Martin Ødegaard traded free-kicks.",
        &[
            ("Hakan Çalhanoğlu", "person"),
            ("Martin Ødegaard", "person"),
        ],
    ),
    (
        "Conor O’Shea said the squad was ready.",
        &[("Conor O’Shea", "person")],
    ),
    (
        "Rory McIlroy birdied the 18th.",
        &[("Rory McIlroy", "person")],
    ),
    (
        "Marco d’Angelo and Nick D'Amico both started.",
        &[("Marco d’Angelo", "person"), ("Nick D'Amico", "person")],
    ),
    (
        "Mr. Hargreaves declined to comment.",
        &[("Mr. Hargreaves", "person")],
    ),
    // A sumo wrestler's rank stands before his name as a title (the entity is named without
    // it); "Basho" closes a tournament's name.
    (
        "Sekiwake Hokaiyama lost the playoff at the Nagoya Basho to Ozeki Kirishozan.",
        &[
            ("Sekiwake Hokaiyama", "person"),
            ("Nagoya Basho", "competition"),
            ("Ozeki Kirishozan", "person"),
        ],
    ),
    (
        "The club confirmed that midfielder Tomasz Wrzosek had signed.",
        &[("Tomasz Wrzosek", "person")],
    ),
    (
        "Okafor, 24, has scored in five straight games.",
        &[("Okafor", "person")],
    ),
    (
        "“We were poor in the first half,” said Dlamini.",
        &[("Dlamini", "person")],
    ),
    (
        "Lewis Hamilton finished ahead of Jordan Henderson’s cousin.",
        &[("Lewis Hamilton", "person"), ("Jordan Henderson", "person")],
    ),
    (
        "The legendary Chinese author Sun Tzu wrote about war.",
        &[("Sun Tzu", "person")],
    ),
    (
        "Dr. Amara Nwosu, the team doctor, cleared him to play.",
        &[("Dr. Amara Nwosu", "person")],
    ),
    (
        "Rhys ap Gruffydd and Seán Ó Murchú were both cited.",
        &[("Rhys ap Gruffydd", "person"), ("Seán Ó Murchú", "person")],
    ),
    (
        "Forward Dos Santos and his partner, Bea, arrived late.",
        &[("Dos Santos", "person")],
    ),
    // Unlisted teams, venues, competitions, organisations by cue word
    (
        "Dunfield Rovers beat Harwick Town 3-1 at Kenmore Park.",
        &[
            ("Dunfield Rovers", "team"),
            ("Harwick Town", "team"),
            ("Kenmore Park", "venue"),
        ],
    ),
    (
        "The final of the Westbury Cup will be played at Halloran Arena.",
        &[("Westbury Cup", "competition"), ("Halloran Arena", "venue")],
    ),
    (
        "The Coastal Sports Agency and the Midland Hockey Association disagreed.",
        &[
            ("Coastal Sports Agency", "organisation"),
            ("Midland Hockey Association", "organisation"),
        ],
    ),
    (
        "The Estadio do Vale was full an hour before kick-off.",
        &[("Estadio do Vale", "venue")],
    ),
    (
        "He grew up in Ballykeel, a village in County Down.",
        &[("Ballykeel", "place")],
    ),
    (
        "Kingsmere Vale striker Lee Baxter scored twice.",
        &[("Kingsmere Vale", "team"), ("Lee Baxter", "person")],
    ),
    (
        "Bevan French scored twice, and French’s second try won it.",
        &[("Bevan French", "person"), ("French", "person")],
    ),
    (
        "Dallas Goedert and Austin Ekeler were both limited in practice.",
        &[("Dallas Goedert", "person"), ("Austin Ekeler", "person")],
    ),
    (
        "Boston Globe reporters were at the game.",
        &[("Boston Globe", "organisation")],
    ),
    (
        "Will Smith, the club doctor, confirmed the injury.",
        &[("Will Smith", "person")],
    ),
    (
        "In March the squad travels to Jordan for a friendly, then plays in Dortmund.",
        &[("Jordan", "place"), ("Dortmund", "place")],
    ),
    (
        "Saka’s parents moved to England from Nigeria before he was born.",
        &[("England", "place"), ("Nigeria", "place")],
    ),
    (
        "Safety Jerome “Bam” Whitaker intercepted two passes.",
        &[("Jerome “Bam” Whitaker", "person")],
    ),
    (
        "Alcaraz, the world No. 3 from El Palmar, near Murcia, was tired.",
        &[("El Palmar", "place"), ("Murcia", "place")],
    ),
    (
        "Quotes were supplied by the Elias Sports Bureau and the Harbour Gazette.",
        &[
            ("Elias Sports Bureau", "organisation"),
            ("Harbour Gazette", "organisation"),
        ],
    ),
    // Where someone comes from: after an age, "from" names a place.
    (
        "Lučić, the big-serving 19-year-old from Trogir, saved two match points.",
        &[("Trogir", "place")],
    ),
    // A club of another sport is not meant in a story clearly about one sport: the city.
    (
        "The peloton let the breakaway go on the first climb, and the sprint at the end of the \
         stage went to a Tour de France debutant. The stage, the peloton and the next sprint \
         will leave Toulouse on Wednesday after another climb and a breakaway on every stage.",
        &[("Toulouse", "place")],
    ),
    // Landmarks after "the": a place, or a venue by its head word.
    (
        "The leaders crested the Pico de Valdecebollas first, then raced past the Circuit de \
         Ferrandière.",
        &[
            ("Pico de Valdecebollas", "place"),
            ("Circuit de Ferrandière", "venue"),
        ],
    ),
    // A name of capitalised ordinary words the gazetteer knows still names it opening a
    // sentence when every word is capitalised.
    (
        "World Rugby confirmed the calendar on Friday. World Athletics has agreed.",
        &[
            ("World Rugby", "organisation"),
            ("World Athletics", "organisation"),
        ],
    ),
    // A sport's name and a country's: that country's governing body of the sport (even where
    // the sport's name is a club's too); a first-word cue, a particle and a gazetteer name.
    (
        "Athletics Kenya will pick the team, and Cycling Canada agreed. The Meeting de Paris is \
         next.",
        &[
            ("Athletics Kenya", "organisation"),
            ("Cycling Canada", "organisation"),
            ("Meeting de Paris", "competition"),
        ],
    ),
    // A cue of two words ("Golf Club") and a cue word the gazetteer knows as several names
    // ("Masters") close an unlisted name.
    (
        "He won at Kinloch Bay Golf Club last year and plays the Qatar Masters next.",
        &[
            ("Kinloch Bay Golf Club", "venue"),
            ("Qatar Masters", "competition"),
        ],
    ),
    // A play noun or verb before "from" makes the name after it a player's, not a place.
    (
        "Late hitting from Jahmar Baptiste-Joseph and a cross from Okonjo-Reyes did the rest.",
        &[
            ("Jahmar Baptiste-Joseph", "person"),
            ("Okonjo-Reyes", "person"),
        ],
    ),
    // A tour or series visiting a country goes to the place, not its side.
    (
        "New Zealand beat Fiji 24-12 in the final. The series next visits Hong Kong in March.",
        &[("New Zealand", "team"), ("Hong Kong", "place")],
    ),
    // In an individual sport a country before a person is a country, and "from" a town is a
    // home town.
    (
        "Norway’s Sivert Lunde won the slalom from Austria’s Felix Brandl. Mehta, from \
         Leicester, won the breaststroke.",
        &[
            ("Norway", "place"),
            ("Austria", "place"),
            ("Leicester", "place"),
        ],
    ),
    // A given name that is also a demonym opens a name.
    (
        "York led through Dane Whitlow’s low drive.",
        &[("Dane Whitlow", "person")],
    ),
    // Companies of racing and boxing; unlisted lower-league clubs from the gazetteer.
    (
        "The colt is owned by Harcourt Bloodstock and the fight is promoted by Ashgrove \
         Promotions. Solihull Moors beat Altrincham 2-0.",
        &[
            ("Harcourt Bloodstock", "organisation"),
            ("Ashgrove Promotions", "organisation"),
            ("Solihull Moors", "team"),
            ("Altrincham", "team"),
        ],
    ),
    // Unlisted sides of a team sport: a role noun after the name, the subject of a side verb
    // before it, a scoreline beside it; not a player after a side word alone, nor in a story
    // about a sport of people.
    (
        "Kelsall play in the National League, where their striker has 12 goals. Ashby Ivanhoe manager Tom Reed was upbeat, and \
         Kelsall host Quorn Athletic Reserves next. They lost 2-0 to Winsford last week.",
        &[
            ("Ashby Ivanhoe", "team"),
            ("Tom Reed", "person"),
            ("Winsford", "team"),
        ],
    ),
    (
        "The spinner took 3-21 in the T20 win, and an lbw decision against Kavi Boodram stood.",
        &[("Kavi Boodram", "person")],
    ),
    (
        "Sinner won the tennis final in five sets after he beat Jannik Mirza 6-4 in the semi.",
        &[("Jannik Mirza", "person")],
    ),
    // A competition's short form after the story names it in full is that one, whatever the
    // gazetteer's other reading ("the Gold Cup", not the football tournament).
    (
        "Ballyhale won the Cheltenham Gold Cup on Friday. The Gold Cup was his first.",
        &[("Gold Cup", "competition")],
    ),
    // One side word is enough for a place whose name only one side of the story's sport (or a
    // college's) bears; with no sport, a visit is to the place.
    (
        "Iowa State beat Kansas State 31-24 with three touchdowns and 412 yards. The Cyclones \
         visit Utah next Saturday.",
        &[("Utah", "team")],
    ),
    (
        "She will visit Utah in the spring to see her family.",
        &[("Utah", "place")],
    ),
    // An appositive with an organisation noun names a company; a role noun, a person.
    (
        "The fight is promoted by Lionheart Events, the company run by Dev Patel. Kingsgate, the \
         promoter, agreed, and Tom Reed, the striker, was ringside.",
        &[
            ("Lionheart Events", "organisation"),
            ("Kingsgate", "organisation"),
            ("Dev Patel", "person"),
            ("Tom Reed", "person"),
        ],
    ),
    // A club named by sponsor words no list knows and its town: one team name, the town inside
    // it (also a town of two words); a given name before a town's name is a person's.
    (
        "Velta Graz beat Ornamo Siena 3-1 in the volleyball semi-final, and Dalvik Reggio \
         Emilia lost in four sets to Corsani Volley. Wilfredo Siena blocked twice.",
        &[
            ("Velta Graz", "team"),
            ("Ornamo Siena", "team"),
            ("Dalvik Reggio Emilia", "team"),
            ("Corsani Volley", "team"),
            ("Wilfredo Siena", "person"),
        ],
    ),
    // Irish surnames: a mutated capital ("hAilpín", "tSaoir") and the article inside ("Mac an");
    // a particle after a hyphen joins a double surname ("Brandt-van Hulst").
    (
        "Referee Fergal Mac an tSaoir sent off Tadhg Ó hAilpín, and Noor Brandt-van Hulst \
         scored the goal for the visitors.",
        &[
            ("Fergal Mac an tSaoir", "person"),
            ("Tadhg Ó hAilpín", "person"),
            ("Noor Brandt-van Hulst", "person"),
        ],
    ),
    // Capitalised, the same words are the name.
    (
        "Wrexham were promoted from the National League in 2023.",
        &[("National League", "competition")],
    ),
    // A name with a particle after a place preposition is a town; with a given name, or after
    // "from", a person.
    (
        "The final four is at the Tessari Forum in Casalecchio di Reno, where Giulia van Hooven \
         scored 20 in a pass from Anouk de Graaf.",
        &[
            ("Casalecchio di Reno", "place"),
            ("Giulia van Hooven", "person"),
            ("Anouk de Graaf", "person"),
        ],
    ),
    // A development-league side is its own club, not the NBA club of its last word.
    (
        "The Stockton Kings beat the Rip City Remix 118-109, a night after the Sacramento Kings \
         lost at home.",
        &[
            ("Stockton Kings", "team"),
            ("Rip City Remix", "team"),
            ("Sacramento Kings", "team"),
        ],
    ),
    // Halls named "… Forum", a club named "Pallavolo …".
    (
        "Pallavolo Orvieto host the cup final at the Tessari Forum on Sunday, then play at the \
         PalaVenturi in March.",
        &[
            ("Pallavolo Orvieto", "team"),
            ("Tessari Forum", "venue"),
            ("PalaVenturi", "venue"),
        ],
    ),
    // Club-form abbreviations of volleyball, hockey, Nordic and handball clubs type an unlisted
    // name as a team.
    (
        "Dravenne VB beat HC Ostrava-Vítkovice and Kallbacka IF lost to HSG Neuwerden on Sunday.",
        &[
            ("Dravenne VB", "team"),
            ("HC Ostrava-Vítkovice", "team"),
            ("Kallbacka IF", "team"),
            ("HSG Neuwerden", "team"),
        ],
    ),
    // The acronym alone is still the organisation.
    (
        "The ITA opened a case against him on Monday.",
        &[("ITA", "organisation")],
    ),
    // "Pala" opening a word is a hall only before a capital inside it.
    (
        "The keeper Dario Palamara was poor. Palamara said so himself.",
        &[("Palamara", "person")],
    ),
];

/// text → surfaces that must not be entity mentions (of any type).
const NEGATIVE: &[(&str, &[&str])] = &[
    // … not two opponents ("between"), nor two players where no doubles are played.
    (
        "Before the doubles there was a bout between the Barnsley pair Callum Reese and Josh \
         Hale, scored 57-57.",
        &["Callum Reese and Josh Hale"],
    ),
    (
        "Australia won the second quarter 16-11 as their defensive pair of Jess Ashworth and \
         Tayla Grant read everything.",
        &["Jess Ashworth and Tayla Grant"],
    ),
    // An ordinary word opening a sentence before a scoreline is no club ("Down" is a county),
    // unless a results line goes on with the other side ("Reading 4-1 Exeter City").
    (
        "Down 4-2 in the ninth, Boston rallied to beat Baltimore 5-4.",
        &["Down"],
    ),
    // A nationality's plural is a side described, not a name (nor the last word of a listed
    // college's, "Great Danes").
    (
        "Barcelona beat Aalborg 33:30 in the handball semi-final. Barça outscored the Danes 17:14 \
         after the break, as they had the Swedes in the quarter-final.",
        &["Danes", "Swedes"],
    ),
    // Capitals alone before a results line's bracketed tag are a tag too, no side.
    (
        "Ice hockey league, round 30\n\nFrölunda HC–Luleå HF 2–3 OT (1–0, 0–1, 1–1, 0–1)\n\n\
         Luleå are top.",
        &["OT"],
    ),
    // A line of capitals alone, opening on no given name, is a page's heading, not someone.
    (
        "Arsenal beat Chelsea 2-1 on Sunday.\n\nRELATED POSTS\n\nArsenal are top.\n\nTIPSTER \
         LEADERBOARD",
        &["RELATED POSTS", "TIPSTER LEADERBOARD"],
    ),
    // A word capitalised only where it opens a sentence, or owned by "their", before a player's
    // noun is no side: a class year, a kind of player.
    (
        "Carver beat Lindell 28-21 on Friday. Sophomore quarterback Gavin Rasmussen threw for 231 \
         yards, and their Sentinel player Ilya Morozko anchored every retake.",
        &["Sophomore", "Sentinel"],
    ),
    // A listed side named in full makes its nickname after another place that side, under an
    // old name: no side of its own.
    (
        "The Golden State Warriors beat the Boston Celtics 110-99 in the NBA. Oakland Warriors \
         fans remember the old days.",
        &["Oakland Warriors"],
    ),
    // A record ending one sentence does not make the next sentence's first word a side of a
    // results line ("… Halden 3-1. Bookmakers have …").
    (
        "Kestrel are 4-0 in deciders at this event, Halden 3-1. Bookmakers have Kestrel as \
         slight favourites in the Valorant final.",
        &["Bookmakers"],
    ),
    // Two digits with a leading zero close a club's name, not a time's hour ("Updated 08:15").
    (
        "Published 23:48 BST, 10 October 2026 | Updated 08:15 BST, 11 October 2026",
        &["Updated 08", "Updated"],
    ),
    // A capitalised role noun outside a title-case headline ends an award's title: "Most
    // Valuable" is no side ("Boston rookie" still makes Boston one).
    (
        "Baptiste-Owusu, who threw for 341 yards, was named the game's Most Valuable Player.",
        &["Most Valuable"],
    ),
    // A line of records after a label is no results line: the records' league is no side.
    (
        "Oakton beat Hallsburg 28-21 in the football game on Friday night. The MVC title is still \
         open.\n\nRecords: Oakton 6-3, 4-2 MVC; Hallsburg 5-4, 3-3 MVC",
        &["MVC"],
    ),
    // A tag after a results line's score is no side.
    (
        "The hockey league leaders won again.\n\nResults\n\nHarwich–Tilbury 2–1 OT (1–0, 0–1, 1–0)",
        &["OT"],
    ),
    // No one's name holds a digit: rounds written as one word.
    (
        "The KO16 continues on Monday, with the quarter-finalists back for the Final8 in April.",
        &["KO16", "Final8"],
    ),
    // Three capitals in brackets after a player are a nationality code, not an acronym.
    (
        "Sivert Lunde (NOR) beat Dario Pellegrini (ITA) 6-4, 6-3 in the second round.",
        &["ITA", "NOR"],
    ),
    // A trophy is no person, whatever its first word; nor is a name right after "the" with
    // nothing saying person.
    (
        "She lifted the Marguerite Holloway Dish on Sunday, a year after losing the final.",
        &["Marguerite Holloway Dish", "Marguerite Holloway"],
    ),
    ("He won the Claret Jug at Hoylake.", &["Claret Jug"]),
    // A name after "in a" is a thing's, not a place's ("in a Super Over"); the place word
    // counts only right before the name.
    (
        "The Hobart Hurricanes beat the Sydney Thunder in a Super Over after both made 171.",
        &["Super Over", "Super"],
    ),
    // A greeting opens no name.
    ("Hello Vipers,\n\nWhat a weekend it was for the club.", &["Hello Vipers"]),
    // A lone capital before an ordinary word or after another capital is no initial.
    (
        "Our B Team won again. Table: W D L Pts.",
        &["B Team", "W D", "D L", "L Pts"],
    ),
    // "from" after a sporting role is a passer or a college, not a home town.
    (
        "The score came from a pass from Okafor, a rookie from Wexbridge.",
        &["Wexbridge"],
    ),
    // A one-word club of another sport is no club in a story clearly about one sport.
    (
        "Anouk Delacroix won the first set 6-3 with four aces at Wimbledon and took the \
         tiebreak, a month after the US Open and Roland Garros. The Australian Open champion \
         lost to the Wimbledon champion, who had to serve twice in a tie-break. Williams was \
         watching from the players’ box.",
        &["Williams"],
    ),
    ("We never gave up.", &["We"]),
    ("Then the rain came.", &["Then"]),
    ("In January the club was sold.", &["January", "In"]),
    ("On Saturday the team trained.", &["Saturday", "On"]),
    (
        "He read The Art of War before every game.",
        &["The Art", "Art", "War", "The Art of War"],
    ),
    (
        "It was the best goal in Italian football.",
        &["Italian", "It"],
    ),
    ("However, nobody expected it.", &["However"]),
    ("Most of the players stayed.", &["Most"]),
    ("Defending champion status means little.", &["Defending"]),
    ("Fans love the Eternal City.", &["Eternal City"]),
    ("The sale of the club went through.", &["sale"]),
    ("They agreed, inter alia, to share the costs.", &["inter"]),
    ("The heat was brutal in the afternoon.", &["heat", "The"]),
    ("He played a magic pass.", &["magic"]),
    ("It was a van and a car that blocked the road.", &["van"]),
    ("God knows how we held on.", &["God"]),
    ("I thought we deserved it.", &["I"]),
    (
        "Christmas Day training was cancelled.",
        &["Christmas Day", "Christmas"],
    ),
    ("Plan B worked in the end.", &["Plan B", "Plan"]),
    ("Brief scores: none.", &["Brief"]),
    ("South African fans sang all night.", &["South African"]),
    ("The Dutch squad arrived on Monday.", &["Dutch"]),
    ("Whatever happens, we go again.", &["Whatever"]),
    (
        "Will they win? May the best team prevail.",
        &["Will", "May"],
    ),
    // A bare competition word of another sport's league stays unlinked ("Championship" is not
    // the EFL Championship in a snooker story).
    (
        "Zhou won the frames he needed in the snooker final at the Crucible, and the Championship \
         is next for the cue man.",
        &["Championship"],
    ),
    // A nickname no club of the story's sport bears stays unlinked.
    (
        "The Celtics beat the Knicks 104-99 at TD Garden, the Lakers edged the Warriors and the \
         Bucks routed the Nets by 30 points. The Magpies, a social club from the suburbs, \
         scrimmaged with the rookies on Monday after the Celtics practice, and the Knicks flew home.",
        &["Magpies"],
    ),
    // An ordinary word opening a sentence before a noun is no club's short name.
    (
        "Real Madrid won 3-1 in La Liga. Real progress is needed, the coach said.",
        &["Real"],
    ),
    (
        "Manchester City lost 2-0 at home. City life goes on regardless.",
        &["City"],
    ),
    // A gerund that is also a club's name opens no name; a holiday is no company.
    ("Reading the game well, he stepped in on Boxing Day.", &["Reading", "Boxing Day", "Boxing"]),
    // A town after an ordinary word, a title or a role noun stays the town; "an" before a
    // capital is no name particle outside "Mac an"; "mRNA" is no mutated name.
    (
        "Rainy Bergamo welcomed the fans. Mayor Parma spoke. Striker Tosca Lecce scored. He \
         was an Arsenal fan and studied mRNA vaccines.",
        &["Rainy Bergamo", "Mayor Parma", "Striker Tosca Lecce", "an Arsenal", "mRNA"],
    ),

    // A name of capitalised words written all in lower case is ordinary words.
    (
        "She played her 100th national league game and her first champions league tie.",
        &["national league", "champions league"],
    ),
];

/// text, surface → the entity (name, sport; "" for none) it must be read as: nicknames and short
/// forms go to the club of the story's sport, a surname to its person.
const READINGS: &[(&str, &str, &str, &str)] = &[
    // An esports organisation's short name in an esports story is that organisation, not the
    // NFL side of the same nickname.
    (
        "Karmine Corp beat the Falcons 4-3 in the Rocket League grand final in Lyon, winning the \
         last game in overtime after Fnatic had gone out in the semi-finals.",
        "Falcons",
        "Team Falcons",
        "esports",
    ),
    // Namesakes of one sport in two countries: the one of the country the story's other names
    // are from.
    (
        "Boston were beaten 99-96 by the Sixers in Philadelphia, while the New York Knicks lost \
         to the Milwaukee Bucks in the basketball.",
        "Sixers",
        "Philadelphia 76ers",
        "basketball",
    ),
    (
        "The Breakers beat the Sixers 97-94 at the Adelaide Entertainment Centre, and the Cairns \
         Taipans lost to the Perth Wildcats in the basketball.",
        "Sixers",
        "Adelaide 36ers",
        "basketball",
    ),
    // (The four home nations count as one country: an Elite League story names Belfast,
    // Stirling and Llanelli more than New York and Boston.)
    (
        "The Giants beat the Devils 3-2 in overtime in Belfast in the ice hockey. Former New York \
         Rangers and Boston Bruins forward Tom Reid, who grew up in Stirling, scored twice; his \
         sister lives in Llanelli.",
        "Devils",
        "Cardiff Devils",
        "ice-hockey",
    ),
    // In a story of town clubs the gazetteer does not know, bar one it misreads ("Portland", a
    // college), a pro club's nickname ("the Saints") is a town club's too, not St Kilda's.
    (
        "Koroit beat Terang Mortlake 12.14 (86) to 11.9 (75) in the country football grand final. \
         Koroit coach Dale Ferrier said the Saints had earned it. Terang Mortlake coach Shane \
         Crothers agreed, and Cobden coach Kerrie Nolan said the same, while Portland won the \
         reserves flag. The Saints led at every break.",
        "Saints",
        "Saints",
        "",
    ),
    // A Super Rugby side's nickname in a rugby story is that side, not the baseball club of the
    // same nickname (`data/gazetteer/rugby_cricket_clubs.tsv`).
    (
        "The Brumbies and the Reds drew 19-19 in Super Rugby Pacific in Canberra, where the Reds \
         had led 19-12 with five minutes left.",
        "Reds",
        "Queensland Reds",
        "rugby-union",
    ),
    // Words every code of football shares ("goal", "penalty") say little of the sport: a rugby
    // league story's goals and penalty goals leave its "Sea Eagles" Manly's, not Tonga's.
    (
        "The Sea Eagles beat the Roosters 21-20 in golden point. A penalty goal levelled it, \
         another goal from the tee made it 20-all, then the goal-kicker missed. Goal after goal, \
         penalty after penalty, and golden point again. The Roosters kicked a late goal.",
        "Sea Eagles",
        "Manly Warringah Sea Eagles",
        "rugby-league",
    ),
    // A nickname named again and again ("Thunder") says less of the sport than several sides'
    // names; after the side named in full with that ending, it is that side, whatever club of
    // another sport owns the nickname.
    (
        "Manchester Thunder beat Loughborough Lightning 58-52 on Saturday. Thunder led 15-12 \
         after the first quarter and Thunder stretched it to nine by half-time. Thunder travel \
         to London Pulse next.",
        "Thunder",
        "Manchester Thunder",
        "netball",
    ),
    // A pro club's nickname in a college story is the college the text names by its place
    // ("Oregon" and "the Ducks": the Oregon Ducks, not Anaheim's hockey club); a place that is
    // both a club's and a college's name is the college's side there.
    (
        "No. 9 Oregon rallied to beat Washington 31-24 with three touchdowns and 312 yards. The \
         Ducks trailed 17-10 at halftime and host Oregon State next week.",
        "Ducks",
        "Oregon Ducks",
        "multi",
    ),
    (
        "No. 9 Oregon rallied to beat Washington 31-24 with three touchdowns and 312 yards. The \
         Ducks trailed 17-10 at halftime and host Oregon State next week.",
        "Washington",
        "Washington Huskies",
        "multi",
    ),
    (
        "Carlton kicked 12 goals and 9 behinds to beat Collingwood at the MCG, and the Blues held \
         off the Magpies late.",
        "Blues",
        "Carlton",
        "australian-rules",
    ),
    (
        "Carlton kicked 12 goals and 9 behinds to beat Collingwood at the MCG, and the Blues held \
         off the Magpies late.",
        "Magpies",
        "Collingwood",
        "australian-rules",
    ),
    (
        "Real Madrid beat Fenerbahce 89-84 in the EuroLeague on Thursday. Madrid led by 11 at \
         half-time, with 14 rebounds and nine three-pointers from the bench.",
        "Madrid",
        "Real Madrid",
        "basketball",
    ),
    (
        "The Guyana Amazon Warriors beat the Barbados Royals by six wickets with 12 balls to \
         spare. The Warriors needed 40 off the last four overs.",
        "Warriors",
        "Guyana Amazon Warriors",
        "cricket",
    ),
    (
        "Real Madrid won 3-1 in La Liga. Later, Real were held 1-1 by Getafe, and Real’s coach \
         was angry.",
        "Real",
        "Real Madrid",
        "football",
    ),
    (
        "Real Madrid drew 2-2 at Getafe on Sunday. Real had led twice.",
        "Real",
        "Real Madrid",
        "football",
    ),
    (
        "Tamsin Williams won the first set 6-3 at Wimbledon with three aces and a tiebreak, a \
         month after losing at Roland Garros. Williams then served it out.",
        "Williams",
        "Tamsin Williams",
        "",
    ),
    // A position before a name in a transactions list is no part of the name.
    (
        "The Tides placed RHP Dario Quintal-Moss on the injured list and recalled WR Tobin \
         Achebe-Lund.",
        "RHP Dario Quintal-Moss",
        "Dario Quintal-Moss",
        "",
    ),
    // A listed club's plural nickname in a story whose sides all come from another country is
    // the story's own side going by it: "the Lions" of a Basque derby are no London club.
    (
        "Athletic Club beat Real Sociedad 2-1 in the Basque derby at San Mamés on Saturday. \
         Osasuna drew 1-1 with Getafe. The Lions had not won a derby since 2023.",
        "Lions",
        "Lions",
        "",
    ),
    // So is a pro club's nickname in a story whose other sides no list knows: "the Cowboys" of
    // a school game are no NFL club.
    (
        "Pine Hollow held off Crandall Ridge 28-21 on Friday night. The Cowboys scored twice in \
         the fourth quarter, and Crandall Ridge had beaten Westbrook Valley 14-7 last week.",
        "Cowboys",
        "Cowboys",
        "",
    ),
    // A university's initials with "U" after them name it ("TSU" for Tarrant State).
    (
        "Tarrant State beat Lakeview Christian 4-3 in the softball regional on Sunday. TSU led \
         3-0 after two innings.",
        "TSU",
        "Tarrant State",
        "",
    ),
    // A ground's one-word name that is a player's surname is the player after the full name.
    (
        "Andres Villamarin needed only 58 minutes to beat Tobias Lindgren-Aho 6-2, 6-1 in Rome. \
         Villamarin has dropped only 14 games this week.",
        "Villamarin",
        "Andres Villamarin",
        "",
    ),
    (
        "Alexander Dunmore drove for Williams at Silverstone, eighth on the grid after 52 laps. \
         Williams were pleased.",
        "Williams",
        "Williams Racing",
        "motorsport",
    ),
    (
        "Manchester City were beaten at home. City finished with ten men.",
        "City",
        "Manchester City",
        "football",
    ),
    // The story's sport decides an abbreviation several bodies share.
    (
        "WBA beat Stoke 2-0 at The Hawthorns with two goals from their striker.",
        "WBA",
        "West Bromwich Albion",
        "football",
    ),
    // A bare competition word: the competition of the story's sport the text names in full.
    (
        "Limerick beat Galway in the All-Ireland Senior Hurling Championship semi-final. The \
         hurlers have won the Championship four times in six years.",
        "Championship",
        "All-Ireland Senior Hurling Championship",
        "gaelic-games",
    ),
    (
        "Leeds won the Championship title with a goal from their striker and a penalty save from \
         the goalkeeper.",
        "Championship",
        "EFL Championship",
        "football",
    ),
    // A short form of a place that opens a team's name the text gives in full.
    (
        "Pogačar rode for UAE Team Emirates in the peloton. UAE set a fierce pace on the climb.",
        "UAE",
        "UAE Team Emirates XRG",
        "cycling",
    ),
    // An all-sport entry (a college's teams) fits a story clearly about one sport.
    (
        "Texas Tech beat Baylor 38-20. The quarterback threw three touchdowns for 300 yards, the \
         running back added two touchdowns, and an interception and a late touchdown sealed it. \
         Baylor managed 80 yards on the ground, one touchdown and another interception before the \
         quarterback left hurt; the yards and touchdowns kept coming.",
        "Baylor",
        "Baylor Bears",
        "multi",
    ),
    // A short name none of whose clubs the text names in full: the club of the story's sport
    // the text names in full with that ending.
    (
        "The Guyana Amazon Warriors beat the Trinbago Knight Riders by six wickets. The Knight \
         Riders posted 185 for 6 in their 20 overs.",
        "Knight Riders",
        "Trinbago Knight Riders",
        "cricket",
    ),
    (
        "Chievo beat Torino 2-0 on Sunday with a late goal, and Verona lost 3-1 at Genoa.",
        "Verona",
        "Hellas Verona",
        "football",
    ),
    // Clubs of other sports named like football clubs or American franchises.
    (
        "SC Magdeburg beat Aalborg 31-28 in the EHF Champions League final, with a seven-metre \
         throw late on. Magdeburg had led at the break.",
        "Magdeburg",
        "SC Magdeburg",
        "handball",
    ),
    (
        "The Yomiuri Giants beat the Hanshin Tigers 5-3 at the Tokyo Dome, with a walk-off homer \
         from the shortstop. The Giants have won six in a row.",
        "Giants",
        "Yomiuri Giants",
        "baseball",
    ),
    // Namesakes of one sport: the one whose other words the text uses.
    (
        "Mayo beat Kerry by 1-15 to 0-16 in the All-Ireland football quarter-final at Croke Park.",
        "All-Ireland",
        "All-Ireland Senior Football Championship",
        "gaelic-games",
    ),
    (
        "Kilkenny beat Cork by 2-20 to 1-19 in the All-Ireland hurling semi-final at Croke Park.",
        "All-Ireland",
        "All-Ireland Senior Hurling Championship",
        "gaelic-games",
    ),
    // A college's nickname is the college the text names by its short name, though the
    // college plays every sport and a club of another sport shares the nickname.
    (
        "Drake beat Bradley 74-68 in Missouri Valley Conference basketball on Saturday. The \
         Bulldogs led 38-29 at halftime.",
        "Bulldogs",
        "Drake Bulldogs",
        "multi",
    ),
    // A Nigerian club by its nickname (the world clubs' list).
    (
        "Enyimba came from behind to beat Kano Pillars 2-1 in the NPFL on Sunday. Sai Masu \
         Gida had led 1-0 at half-time in Aba.",
        "Sai Masu Gida",
        "Kano Pillars",
        "football",
    ),
    // New Zealand's provincial sides by their nicknames, in a rugby story.
    (
        "The Magpies kept the Ranfurly Shield as Hawke's Bay beat Taranaki 27-24 in the NPC.",
        "Magpies",
        "Hawke's Bay",
        "rugby-union",
    ),
    (
        "Tralee's Seán Ó Dálaigh kicked the winner as the Kingdom beat Mayo 0-18 to 0-15 in \
         Gaelic football's All-Ireland quarter-final.",
        "Kingdom",
        "Kerry",
        "gaelic-games",
    ),
];

#[test]
fn readings_follow_the_story() {
    let mut failures = Vec::new();
    for (text, surface, name, sport) in READINGS {
        let (doc, entities) = run(text);
        let ok = entity_of(&doc, &entities, surface)
            .is_some_and(|e| e.name == *name && e.sport.as_deref().unwrap_or("") == *sport);
        if !ok {
            failures.push(format!(
                "{text}\n  {surface}: not {name} ({sport})\n  {}",
                show(&doc, &entities)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn positive_examples() {
    let mut failures = Vec::new();
    for (text, wants) in POSITIVE {
        let (doc, entities) = run(text);
        for (surface, kind) in *wants {
            let kind = EntityType::parse(kind).unwrap();
            match entity_of(&doc, &entities, surface) {
                Some(e) if e.kind == kind => {}
                Some(e) => failures.push(format!(
                    "{text}\n  {surface}: {} not {}\n  {}",
                    e.kind.as_str(),
                    kind.as_str(),
                    show(&doc, &entities)
                )),
                None => failures.push(format!(
                    "{text}\n  {surface} [{}] not found\n  {}",
                    kind.as_str(),
                    show(&doc, &entities)
                )),
            }
        }
    }
    let total: usize = POSITIVE.iter().map(|(_, w)| w.len()).sum();
    eprintln!(
        "entity corpus: {} sentences, {total} positive mentions, {} failed",
        POSITIVE.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn negative_examples() {
    let mut failures = Vec::new();
    for (text, nots) in NEGATIVE {
        let (doc, entities) = run(text);
        for surface in *nots {
            if let Some(e) = entity_of(&doc, &entities, surface) {
                failures.push(format!(
                    "{text}\n  {surface} found as {} [{}]",
                    e.name,
                    e.kind.as_str()
                ));
            }
        }
    }
    eprintln!(
        "entity corpus: {} negative sentences, {} failed",
        NEGATIVE.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn possessives_and_the_stay_outside_mentions() {
    let (doc, e) = run("Atalanta’s win over the Magpies and Ellis' homer.");
    let texts: Vec<&str> = e
        .iter()
        .flat_map(|e| e.mentions.iter().map(|m| doc.text(*m)))
        .collect();
    assert!(texts.contains(&"Atalanta"), "{texts:?}");
    assert!(texts.contains(&"Magpies"), "{texts:?}");
}

/// Pairs of surfaces that must name one entity.
const SAME: &[(&str, &str, &str)] = &[
    // Every way of writing one squad is one side.
    (
        "Liverpool U18 won the first leg 2-1. Liverpool's Under-18s then lost 3-1 at Kingsmeadow.",
        "Liverpool U18",
        "Liverpool's Under-18s",
    ),
    // A side named without the sponsor's words its full name carries is that side, listed or not.
    (
        "Nobody gave ŁKS Commercecon Łódź much of a chance in the final. ŁKS Łódź beat Igor \
         Gorgonzola Novara 3-1 on Tuesday.",
        "ŁKS Łódź",
        "ŁKS Commercecon Łódź",
    ),
    (
        "Haldane Brightwire Rovers won the cup at home. Haldane Rovers beat Tarnley Wanderers \
         3-1, with Mark Ellory scoring twice.",
        "Haldane Rovers",
        "Haldane Brightwire Rovers",
    ),
    // A ground named after a place ("Mt Harmon Road") is not what the place's name alone stands
    // for: "Harmon" is the club.
    (
        "Kelsall Cricket Club took six first-innings points off Harmon Cricket Club at Jubilee Park \
         yesterday. Bowling from the Mt Harmon Road end, Ben Hooper took five wickets and Harmon \
         were all out for 212.",
        "Harmon",
        "Harmon Cricket Club",
    ),
    // One word opening a listed team's name the text gives in full names that team, not the
    // listed club that word names elsewhere.
    (
        "Sporting Kansas City beat Minnesota United 3-2 on Saturday night. Rafael Ortega scored \
         twice for Sporting in the first 25 minutes.",
        "Sporting",
        "Sporting Kansas City",
    ),
    // A club's initials with "FC" after them name the club.
    (
        "Rampur United beat East Bengal 2-1 on Saturday.\n\nKey moments\n87' GOAL! Asif Khan - \
         RUFC 2-1 EBFC",
        "EBFC",
        "East Bengal",
    ),
    // A fixture's heading in capitals names both its sides, the second after a lower-case "v".
    (
        "Allianz Football League preview.\n\nGALWAY v DONEGAL\nPearse Stadium, Sunday\n\nDonegal \
         beat Derry 1-18 to 3-10 in Ballybofey last weekend. Galway lost to Mayo.",
        "DONEGAL",
        "Donegal",
    ),
    // A nation's women's side named by its nickname makes the nation's bare name that side.
    (
        "The Black Ferns led 17-10 at half-time in the rugby, but Canada beat New Zealand 27-24 \
         in Vancouver on Saturday.",
        "Black Ferns",
        "New Zealand",
    ),
    // A side named by the last words of its unlisted name is the side.
    (
        "Kestrel Northern Wolves beat Dunmore Flying Sharks 96-88 on Sunday night. The Flying \
         Sharks had led by nine at the half.",
        "Dunmore Flying Sharks",
        "Flying Sharks",
    ),
    // A club named without its form word is the club.
    (
        "KC Lindenau Halle beat Pagaie Club Nantes 4-3 in the canoe polo final, their first \
         title. Lindenau Halle were 2-0 down at half-time.",
        "KC Lindenau Halle",
        "Lindenau Halle",
    ),
    // A side named by its initials, its nickname left out.
    (
        "No. 3 Boston College beat Notre Dame 15-11 in the lacrosse semifinal. BC (17-2) led 8-4 \
         at halftime.",
        "Boston College",
        "BC",
    ),
    // A school named like a surname, treated as a side, is the listed side of that name whose
    // nickname the text also uses: "Butler" and "the Bulldogs" are the Butler Bulldogs.
    (
        "No. 4 seed Butler stunned No. 1 seed Houston 70-66 in the NCAA Tournament on Thursday. \
         Butler (27-8) meet Purdue next, and the Bulldogs are not done. Butler coach Ann Marsh \
         was proud.",
        "Butler",
        "Bulldogs",
    ),
    // German clubs name their city as an adjective: "Mannheim" for Mannheimer HC.
    (
        "KHC Dragons led Mannheimer HC 3-1 in the field hockey quarter-final, but Mannheim won \
         the shoot-out 4-3.",
        "Mannheim",
        "Mannheimer HC",
    ),
    // A place or plain name before a nickname the gazetteer gives other sides is a side of its
    // own, and the nickname alone names it there (not the Carolina Hurricanes, nor Hull City's
    // "Tigers").
    (
        "The Hunter Hurricanes were beaten 9-8 by the Balmain Tigers in the water polo league. \
         The Hurricanes led 5-4 at the break.",
        "Hurricanes",
        "Hunter Hurricanes",
    ),
    (
        "Fremantle Mariners beat Cronulla 12-7 in the water polo league. The Mariners were 6-2 \
         up at half-time.",
        "Mariners",
        "Fremantle Mariners",
    ),
    // The same where the nickname is a listed side's whole name ("Wasps", the rugby club): the
    // text's "Whitby Wasps" is the side its "the Wasps" names.
    (
        "Whitby Wasps beat the Fenwick Foxes 6-4 in the ice hockey cup final. The Wasps had \
         trailed 3-1 after the first period.",
        "Wasps",
        "Whitby Wasps",
    ),
    // A word that types other names ("Union": "the Rugby Football Union") opening the name of a
    // club the text names in full is that club.
    (
        "Union Saint-Gilloise are top of the Pro League after a 3-1 win at Club Brugge. It was \
         only Union's second league win at the Jan Breydel Stadium.",
        "Union",
        "Union Saint-Gilloise",
    ),
    // A school named like a person ("Grant Falls") is the side its name opens, and "Lady" opens
    // a nickname, not a title.
    (
        "The Ridgefield Lady Hornets beat the Grant Falls Lady Bobcats 61-50 in the girls \
         basketball regional final on Friday. Grant Falls led 30-27 at the half, but the Lady \
         Hornets pulled away in the fourth quarter.",
        "Grant Falls",
        "Grant Falls Lady Bobcats",
    ),
    (
        "The Delmont Lady Tigers beat the Clay Springs Lady Panthers 54-49 in the basketball \
         district semifinals. Clay Springs won the regular-season meeting, and for a half the \
         Lady Panthers looked like doing it again. The Lady Tigers led 37-36 after three quarters.",
        "Lady Tigers",
        "Delmont Lady Tigers",
    ),
    (
        "The Delmont Lady Tigers beat the Clay Springs Lady Panthers 54-49 in the basketball \
         district semifinals. Clay Springs won the regular-season meeting, and for a half the \
         Lady Panthers looked like doing it again. The Lady Tigers led 37-36 after three quarters.",
        "Clay Springs",
        "Clay Springs Lady Panthers",
    ),
    // A nickname in the singular counts after a place ("Queensland Thunder", not the Oklahoma
    // City Thunder).
    (
        "The Queensland Thunder beat Cronulla in a penalty shootout in the water polo league. \
         The Thunder took the shootout 4-3.",
        "Thunder",
        "Queensland Thunder",
    ),
    // A city standing for a side is the unlisted club named by a form word and that city; two
    // capitals are a club's short form ("LG" for the LG Twins).
    (
        "CN Marseille beat Jadran Split 11-10 in the water polo Euro Cup with three extra-man \
         goals. Marseille coach Julien Ferracci was happy.",
        "Marseille",
        "CN Marseille",
    ),
    (
        "The Samsung Lions beat the LG Twins 5-3 in 10 innings. LG led 3-0 after a homer in the \
         second inning.",
        "LG",
        "LG Twins",
    ),
    // A listed club's one-word alias is the unlisted side the text names with that last word,
    // when the listed club is never named in full.
    (
        "Westbury Hockey Club beat KHC Falcons 3-1 on Sunday. Falcons led at the break, but the field \
         hockey side faded.",
        "Falcons",
        "KHC Falcons",
    ),
    // An unlisted club named with "Club" (first, last or inside with particles; German "an der").
    (
        "Club an der Spree beat Royal Namur Club 2-1 in the hockey final, and Spree celebrated.",
        "Spree",
        "Club an der Spree",
    ),
    // A short form points back: of two names opening with "Millbrook", the one named before it.
    (
        "Kingsmere Vale beat Millbrook United 3-1 on Saturday.\n\nMillbrook, roared on by 3,000 \
         fans, led 1-0 at the break. \"We were good,\" the manager told the Millbrook Echo.",
        "Millbrook",
        "Millbrook United",
    ),
    // A club's own one-word name ("Sharks", of Durban) in a headline is the club the text names
    // in full with that ending, more often.
    (
        "Sharks sink Tigers 24-18\n\nSale Sharks beat Leicester Tigers 24-18 on Friday. Sale Sharks \
         scored three tries and Sale Sharks held on.",
        "Sharks",
        "Sale Sharks",
    ),
    // A Dutch surname with "'t": the full name and the surname are one person.
    (
        "Jesper van 't Zand equalised late. Coach Ron Jans praised Van 't Zand afterwards.",
        "Jesper van 't Zand",
        "Van 't Zand",
    ),
    (
        "Fergal Mac an tSaoir took charge. Mac an tSaoir booked six players.",
        "Fergal Mac an tSaoir",
        "Mac an tSaoir",
    ),
    (
        "Noor Brandt-van Hulst scored twice. Brandt-van Hulst has 11 this season.",
        "Noor Brandt-van Hulst",
        "Brandt-van Hulst",
    ),
    (
        "Ballyhale won the Cheltenham Gold Cup on Friday. The Gold Cup was his first, and the \
         Irish Gold Cup is next.",
        "Cheltenham Gold Cup",
        "Gold Cup",
    ),
    (
        "Gian Piero Gasperini arrived in 2016. Gasperini never looked back.",
        "Gian Piero Gasperini",
        "Gasperini",
    ),
    (
        "Papu Gomez left in 2021. Gomez later joined Sevilla.",
        "Papu Gomez",
        "Gomez",
    ),
    (
        "Fans at the Gewiss Stadium cheered. The Gewiss was full.",
        "Gewiss Stadium",
        "Gewiss",
    ),
    (
        "Atalanta won again. La Dea are third.",
        "Atalanta",
        "La Dea",
    ),
    (
        "Kevin De Bruyne scored. De Bruyne then limped off.",
        "Kevin De Bruyne",
        "De Bruyne",
    ),
    (
        "Ruud van Leeuwen equalised. Van Leeuwen’s goal stood.",
        "Ruud van Leeuwen",
        "Van Leeuwen",
    ),
    (
        "Ollie Featherstone made 72. “Ollie batted beautifully,” he said.",
        "Ollie Featherstone",
        "Ollie",
    ),
    (
        "Henry Quayle made 88. Scores: H. Quayle 88.",
        "Henry Quayle",
        "H. Quayle",
    ),
    (
        "Edward Pemberton spoke first. Mr. Pemberton was pleased.",
        "Edward Pemberton",
        "Mr. Pemberton",
    ),
    (
        "Millbrook United lost again. Millbrook have one win in ten.",
        "Millbrook United",
        "Millbrook",
    ),
    (
        "The Boston Red Sox won. Boston’s bullpen held on.",
        "Boston Red Sox",
        "Boston",
    ),
    // A one-word club of another sport ("Lions" of Johannesburg) is not meant where the story's
    // sport has a club named in full with that ending.
    (
        "Lions roar back to beat Twins 5-3\n\nThe Samsung Lions beat the LG Twins 5-3 in 10 \
         innings in the Korean Series baseball game. The Lions cut the deficit to 3-1 in the \
         seventh inning.",
        "Samsung Lions",
        "Lions",
    ),
    // The city alone, used as a side, is the club whose name is a form word and the city.
    (
        "Columbus Crew beat FC Cincinnati 4-2 on penalties. Cincinnati won Game 1 there 1-0.",
        "FC Cincinnati",
        "Cincinnati",
    ),
    // A quoted name right after a person, by a dash or a naming phrase, is a nickname.
    (
        "Álvaro Núñez scored twice. Núñez – “El Flaco” to the fans – was everywhere.",
        "Álvaro Núñez",
        "El Flaco",
    ),
    (
        "Damián Ruiz won again. Ruiz, known at home as “La Pantera”, was the underdog.",
        "Damián Ruiz",
        "La Pantera",
    ),
    // A double surname written without the given name.
    (
        "Rafael Pinheiro Dias was second. Pinheiro Dias, who switched to Brazil, was happy.",
        "Rafael Pinheiro Dias",
        "Pinheiro Dias",
    ),
    // "Vander" opens a surname.
    (
        "Ben Vander Zee declared on 498. Vander Zee said it was easy.",
        "Ben Vander Zee",
        "Vander Zee",
    ),
];

/// Pairs of surfaces that must name two entities.
const APART: &[(&str, &str, &str)] = &[
    // A club's squad is not the club.
    (
        "Chelsea's Under-18s won the FA Youth Cup, two days after Chelsea beat Spurs 3-0.",
        "Chelsea's Under-18s",
        "Chelsea",
    ),
    // A city that ends a club's name is another club's short name, not that club's.
    (
        "Inter Milan beat Milan 2-1 in Serie A on Sunday. Milan had led at the break.",
        "Inter Milan",
        "Milan",
    ),
    // "State", "A&M", "Tech" after a place make another college's name: the bare place used as
    // a side is not that college.
    (
        "Oregon beat Washington 31-24 with three touchdowns. Oregon State lost at home.",
        "Oregon",
        "Oregon State",
    ),
    (
        "Texas lost to Texas A&M 27-20 after two late touchdowns and a field goal.",
        "Texas",
        "Texas A&M",
    ),
    // A given name then a surname is no double surname written short.
    (
        "Pedro Rafael Dias was second. Rafael Dias, his cousin, was fourth.",
        "Pedro Rafael Dias",
        "Rafael Dias",
    ),
    (
        "Marcus Ellis Jr. homered. His father, Marcus Ellis Sr., watched.",
        "Marcus Ellis Jr.",
        "Marcus Ellis Sr.",
    ),
    (
        "France beat Wales 20-10. The squad then flew home to France.",
        "France",
        "France",
    ),
    // A quoted name after a verb phrase is no nickname of the person before it.
    (
        "Marta Díaz said the fans sang “Rosa Blanca” all night.",
        "Marta Díaz",
        "Rosa Blanca",
    ),
];

#[test]
fn merges() {
    let mut failures = Vec::new();
    for (text, a, b) in SAME {
        let (doc, e) = run(text);
        let ea = entity_of(&doc, &e, a).map(|x| &x.name);
        let eb = entity_of(&doc, &e, b).map(|x| &x.name);
        if ea.is_none() || ea != eb {
            failures.push(format!("{text}\n  {a} / {b}\n  {}", show(&doc, &e)));
        }
    }
    for (text, a, b) in APART {
        let (doc, e) = run(text);
        let n = e
            .iter()
            .filter(|x| {
                x.mentions
                    .iter()
                    .any(|m| doc.text(*m) == *a || doc.text(*m) == *b)
            })
            .count();
        if n != 2 {
            failures.push(format!(
                "{text}\n  {a} / {b} should be two\n  {}",
                show(&doc, &e)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn quoted_nicknames_stay_inside_the_name() {
    let (doc, e) =
        run("Safety Jerome “Bam” Whitaker intercepted two passes. Whitaker also forced a fumble.");
    let p = entity_of(&doc, &e, "Whitaker").unwrap();
    assert_eq!(p.name, "Jerome Whitaker", "{}", show(&doc, &e));
    assert!(p.aliases.contains(&"Bam".to_string()), "{:?}", p.aliases);
}

#[test]
fn bare_surname_goes_to_the_person_mentioned_most() {
    let (doc, e) = run(
        "Marcus Ellis Jr. homered. Marcus Ellis Jr. also walked. His father, Marcus Ellis Sr., \
         watched. “He is ready,” Ellis said.",
    );
    let ellis = entity_of(&doc, &e, "Ellis").unwrap();
    assert_eq!(ellis.name, "Marcus Ellis Jr.", "{}", show(&doc, &e));
}

#[test]
fn title_case_headlines_confirm_known_names_only() {
    let mut doc = Doc::from_body(
        "Gian Piero Gasperini Leaving Atalanta Ends a Perfect Marriage\n\n\
         Gian Piero Gasperini has left Atalanta after nine years."
            .to_string(),
        ArticleMeta::default(),
    );
    doc.paragraphs[0].kind = ParagraphKind::Headline;
    doc.sentences = crate::sentences::split(&doc);
    let e = EntityExtractor::builtin().extract(&doc);
    let names: Vec<&str> = e.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        ["Gian Piero Gasperini", "Atalanta"],
        "{}",
        show(&doc, &e)
    );
    assert_eq!(e[0].mentions.len(), 2);
}

#[test]
fn roles_come_from_role_nouns() {
    let (doc, e) = run(
        "Referee Anthony Taylor booked six players. Head coach Ange Postecoglou was sent off, and \
         sporting director Fabio Paratici watched. Mbeki, the 25-year-old striker, scored.",
    );
    let role = |s: &str| entity_of(&doc, &e, s).and_then(|x| x.role.clone());
    assert_eq!(
        role("Anthony Taylor").as_deref(),
        Some("referee"),
        "{}",
        show(&doc, &e)
    );
    assert_eq!(role("Ange Postecoglou").as_deref(), Some("coach"));
    assert_eq!(role("Fabio Paratici").as_deref(), Some("executive"));
    assert_eq!(role("Mbeki").as_deref(), Some("player"));
}

#[test]
fn a_plural_role_noun_before_a_name_is_no_apposition() {
    let (doc, e) = run("Lookman is one of many players Gian Piero Gasperini has improved.");
    let role = entity_of(&doc, &e, "Gian Piero Gasperini").and_then(|x| x.role.clone());
    assert_eq!(role, None, "{}", show(&doc, &e));
}

#[test]
fn gazetteer_fields_are_carried() {
    let (doc, e) = run("Atalanta beat Roma.");
    let a = entity_of(&doc, &e, "Atalanta").unwrap();
    assert_eq!(a.sport.as_deref(), Some("football"));
    assert_eq!(a.country.as_deref(), Some("ITA"));
}

#[test]
fn odd_input_does_not_panic() {
    for text in [
        "",
        "’s",
        "A.",
        "Mr.",
        "O’",
        "d’",
        "—BOSTON—",
        "J.P.",
        "van",
        "Ødegård-",
        "-born",
        "Jr.",
        "“",
        "中文 Zhōng Guó 中国 Arsenal",
        "ÉÉÉ ÉÉÉ ÉÉÉ",
        "The the The",
        "St. St. St.",
    ] {
        let _ = run(text);
    }
}

#[test]
fn an_unlisted_side_is_named_again_where_its_name_stands_whole() {
    let (doc, entities) = run(
        "Harkema went top of the hockey league on Sunday with a 3-1 win.\n\nRESULTS\n\
         Harkema 3-1 Vossendaal\nDrieberg 0-0 Tolhuis\n",
    );
    let side = entities
        .iter()
        .find(|e| e.name == "Harkema")
        .unwrap_or_else(|| panic!("{}", show(&doc, &entities)));
    assert_eq!(side.kind, EntityType::Team, "{}", show(&doc, &entities));
    assert_eq!(side.mentions.len(), 2, "{}", show(&doc, &entities));
}

/// A one-word side found beside its score is the same side where it stands alone, and a
/// plural appositive ("the reigning champions") is no person's: one entity, a team.
#[test]
fn a_side_found_beside_its_score_keeps_its_bare_mentions() {
    let (doc, entities) = run(
        "Our hurling team reached the final after a 2-14 to 1-15 win over Drumcree on Sunday. \
         Drumcree came back late in the game and Drumcree, the reigning champions, led early.",
    );
    let named: Vec<&Entity> = entities.iter().filter(|e| e.name == "Drumcree").collect();
    assert_eq!(named.len(), 1, "{}", show(&doc, &entities));
    assert_eq!(named[0].kind, EntityType::Team, "{}", show(&doc, &entities));
    assert_eq!(named[0].mentions.len(), 3, "{}", show(&doc, &entities));
}

/// Pairs: a slash form of two players where the text names them in full is a side (`team`) with
/// its two players as members, named again as "X and Y"; players named only in a slash form are
/// people of their own; the pair's country comes from a possessive, "of …" or a code.
#[test]
fn pairs_of_players_are_sides() {
    let (doc, entities) = run(
        "Brazil's Ana Souza and Bia Lima won the final, beating Eva Kranz and Kim Ott of Germany \
         21-18, 19-21, 15-12. Souza and Lima had lost to Berg/de Wit 21-19 on Friday.\n\n\
         Souza/Lima (BRA) bt Kranz/Ott (GER) 2-1\n\nPhoto: Jane Smith/Getty Images",
    );
    let pair = |name: &str| {
        entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no pair {name}:\n  {}", show(&doc, &entities)))
    };
    let souza = pair("Souza/Lima");
    assert_eq!(souza.kind, EntityType::Team);
    let members: Vec<&str> = souza
        .members
        .iter()
        .map(|&m| entities[m].name.as_str())
        .collect();
    assert_eq!(members, ["Ana Souza", "Bia Lima"]);
    assert!(souza.aliases.iter().any(|a| a == "Ana Souza and Bia Lima"));
    assert!(souza.aliases.iter().any(|a| a == "Souza and Lima"));
    assert_eq!(souza.country.as_deref(), Some("BRA"));
    assert_eq!(pair("Kranz/Ott").country.as_deref(), Some("DEU"));
    let berg = pair("Berg/de Wit");
    let members: Vec<&str> = berg
        .members
        .iter()
        .map(|&m| entities[m].name.as_str())
        .collect();
    assert_eq!(members, ["Berg", "de Wit"]);
    // A photo credit is no pair.
    assert!(entities
        .iter()
        .all(|e| e.members.is_empty() || !e.name.contains("Smith")));
}

/// A results box may give each player by the initial of the given name ("T. Garrido/L.
/// Arnaiz"): the pair of the two people the story names in full.
#[test]
fn pairs_written_with_initials_are_the_story_s_players() {
    let (doc, entities) = run(
        "Teo Garrido and Lucas Arnaiz beat Facundo Ibarra and Matías Quiroga 6-3, 7-5 in the \
         padel final.\n\nMen: T. Garrido/L. Arnaiz (ESP, 3) bt F. Ibarra/M. Quiroga (ARG, 4) \
         6-3, 7-5",
    );
    let pair = entities
        .iter()
        .find(|e| e.name == "T. Garrido/L. Arnaiz")
        .unwrap_or_else(|| panic!("no pair:\n  {}", show(&doc, &entities)));
    let members: Vec<&str> = pair
        .members
        .iter()
        .map(|&m| entities[m].name.as_str())
        .collect();
    assert_eq!(members, ["Teo Garrido", "Lucas Arnaiz"]);
    assert!(pair
        .aliases
        .iter()
        .any(|a| a == "Teo Garrido and Lucas Arnaiz"));
}

/// A slash between names on a page that names no player of it in full joins no pair: a sponsor's
/// club name, a breadcrumb.
#[test]
fn a_slash_alone_makes_no_pair() {
    let (doc, entities) = run(
        "Fortuna/Van Dijk Bouw beat PKC 25-23 in the korfball final. Home / Korfball / Results",
    );
    assert!(
        entities.iter().all(|e| e.members.is_empty()),
        "{}",
        show(&doc, &entities)
    );
}

/// An unlisted side's name in a title-case headline takes in the listed place its name holds
/// ("Kestrel Basel" is no "Basel"), as it does in the story's prose.
#[test]
fn a_title_case_headline_names_an_unlisted_side_in_full() {
    let mut doc = crate::clean::text::clean(
        "Late Leveller Earns Kestrel Basel A Point\n\n\
         On Tuesday Kestrel Basel and Tarnley Wanderers drew 29:29 in the handball.",
    );
    doc.sentences = crate::sentences::split(&doc);
    let entities = EntityExtractor::builtin().extract(&doc);
    let listed = show(&doc, &entities);
    let side = entities.iter().find(|e| e.name == "Kestrel Basel");
    assert!(
        side.is_some_and(|e| e.mentions.len() == 2),
        "Kestrel Basel not named twice:\n  {listed}"
    );
    assert!(entities.iter().all(|e| e.name != "Basel"), "{listed}");
}

/// A name in a title-case headline names what its mentions in the story became: "Haldane
/// Rovers", moved to the side named in full with its sponsor's word, is that side up top too.
#[test]
fn a_title_case_headline_name_follows_its_side() {
    let mut doc = crate::clean::text::clean(
        "Haldane Rovers Win At Home Again\n\n\
         Haldane Brightwire Rovers won the cup at home. Haldane Rovers beat Tarnley Wanderers 3-1.",
    );
    doc.sentences = crate::sentences::split(&doc);
    let entities = EntityExtractor::builtin().extract(&doc);
    let listed = show(&doc, &entities);
    let side = entities
        .iter()
        .find(|e| e.name == "Haldane Brightwire Rovers");
    assert!(
        side.is_some_and(|e| e.mentions.len() == 3),
        "Haldane Brightwire Rovers not named three times:\n  {listed}"
    );
}

/// A headline in sentence case whose words are mostly names is read as prose ("final" would
/// be "Final" in Title Case), so the sides of its scoreline are found; the label it opens with
/// before a colon is no one's name.
#[test]
fn a_sentence_case_headline_names_its_sides() {
    let mut doc = crate::clean::text::clean(
        "Post-Match Thread: Leeds Kestrels 130*-95 Bristol Otters in Cup final\n\n\
         The Kestrels caught the snitch in the quadball final on Sunday and the Otters never \
         recovered in front of 400 fans.",
    );
    doc.sentences = crate::sentences::split(&doc);
    let entities = EntityExtractor::builtin().extract(&doc);
    let listed = show(&doc, &entities);
    for side in ["Leeds Kestrels", "Bristol Otters"] {
        assert!(
            entities
                .iter()
                .any(|e| e.name == side && e.kind == EntityType::Team),
            "{side} not a team:\n  {listed}"
        );
    }
    assert!(
        entities.iter().all(|e| !e.name.contains("Thread")),
        "{listed}"
    );
}

/// A text whose first word is a hyphenated name holding a listed one ("Aix-en-Singapore") once
/// read a token before the first: an index out of bounds that failed the whole article.
#[test]
fn a_text_opening_on_a_hyphenated_name_is_read() {
    let (doc, entities) = run("Aix-en-Singapore won 3-1.");
    assert!(entities
        .iter()
        .all(|e| e.mentions.iter().all(|m| m.end <= doc.body.len())));
}

/// An acronym a results list uses for one side, in "(ISU)" after a wrestler and in "(ISU 3-0)"
/// before the dual's tally, stands for that side each time, not for another body it names too.
#[test]
fn an_acronym_stands_for_one_entity_in_a_story() {
    let text = "Iowa State beat Oklahoma State 21-15 in the wrestling dual at Stillwater.\n\n\
                125: Jace Romero-Whitt (ISU) dec. Kolton Mabry (OSU), 5-2 (ISU 3-0)\n\
                133: Dakota Lindell (OSU) dec. Trey Blaylock (ISU), 4-1 (3-3)\n\
                149: Ike Vandersloot (ISU) dec. Case Holliman (OSU), 3-2 (ISU 6-3)\n\
                157: Mason Kreutzer (ISU) tech. fall Briggs Dunaway (OSU), 18-2 (ISU 11-3)";
    let (doc, entities) = run(text);
    let holders: Vec<&str> = entities
        .iter()
        .filter(|e| e.mentions.iter().any(|m| doc.text(*m) == "ISU"))
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(holders.len(), 1, "{}", show(&doc, &entities));
}
