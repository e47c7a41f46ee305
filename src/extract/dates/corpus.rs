//! The date corpus: positive examples (text + publication date → every expression with its value)
//! and negative ones (text that holds numbers and month-like words but no date, or fewer dates
//! than a naive matcher would find). Each row lists ALL the dates the text should yield, so a
//! negative row with an empty list fails on any false positive.

use chrono::NaiveDate;

use crate::doc::{ArticleMeta, DateFact, Doc};

/// (text, publication date, expected (mention, value) in text order)
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

#[rustfmt::skip]
const POSITIVE: &[Case] = &[
    // Full dates in every common form.
    ("The final is on June 5, 2025.", "2025-06-05", &[("June 5, 2025", "2025-06-05")]),
    ("He was unveiled on 5 June 2025.", "2025-06-05", &[("5 June 2025", "2025-06-05")]),
    ("Jun 05, 2025 Serie A", "2025-06-05", &[("Jun 05, 2025", "2025-06-05")]),
    ("The final is on Thursday 5th June.", "2025-06-01", &[("Thursday 5th June", "2025-06-05")]),
    ("Published 2025-06-05.", "2025-06-05", &[("2025-06-05", "2025-06-05")]),
    ("Tickets go on sale on 05/06/2025; the club confirmed it on 25/05/2025.", "2025-06-05",
        &[("05/06/2025", "2025-06-05"), ("25/05/2025", "2025-05-25")]),
    ("Kick-off is 06/15/2025 at Yankee Stadium.", "2025-06-05", &[("06/15/2025", "2025-06-15")]),
    ("De Paul arrived on 7/10/2025. He is expected to debut on July 20 at 7:30 p.m. ET.", "2025-07-12",
        &[("7/10/2025", "2025-07-10"), ("July 20 at 7:30 p.m. ET", "2025-07-20")]),
    ("The celebrations on Tuesday, July 22, 2025, in Boston.", "2025-07-22",
        &[("Tuesday, July 22, 2025", "2025-07-22")]),
    ("Kansas City visits Denver on Saturday, Dec. 20.", "2025-12-08", &[("Saturday, Dec. 20", "2025-12-20")]),
    ("Sun 19 Oct 2025 09.15 BST", "2025-10-19", &[("Sun 19 Oct 2025 09.15 BST", "2025-10-19")]),
    ("It happened on the 5th of June.", "2025-07-01", &[("the 5th of June", "2025-06-05")]),
    ("Her contract runs until June 2028.", "2025-06-18", &[("June 2028", "2028-06")]),
    ("The club was founded in April 2025.", "2025-06-05", &[("April 2025", "2025-04")]),
    // Year-less dates take the year the tense points at.
    ("The teams meet again on Nov. 28.", "2025-11-03", &[("Nov. 28", "2025-11-28")]),
    ("Since losing to the Bucks on Oct. 24, they have won five.", "2025-11-03", &[("Oct. 24", "2025-10-24")]),
    ("The final is at Trent Bridge on September 20.", "2025-08-24", &[("September 20", "2025-09-20")]),
    ("He was called up on June 3.", "2025-07-22", &[("June 3", "2025-06-03")]),
    ("She will link up with the squad from 1 July.", "2025-06-18", &[("1 July", "2025-07-01")]),
    ("The Bills face the Patriots on Dec. 21.", "2025-12-08", &[("Dec. 21", "2025-12-21")]),
    ("Virtanen missed a week before returning on Dec. 30.", "2026-01-11", &[("Dec. 30", "2025-12-30")]),
    ("The teams meet again on Jan. 24 in Winnipeg.", "2026-01-11", &[("Jan. 24", "2026-01-24")]),
    ("The Azerbaijan Grand Prix is on Sept. 21.", "2025-09-08", &[("Sept. 21", "2025-09-21")]),
    // Weekdays: the last one in a past clause, the next one otherwise.
    ("Atalanta won on Sunday.", "2025-06-05", &[("Sunday", "2025-06-01")]),
    ("Atalanta host Roma on Sunday.", "2025-06-05", &[("Sunday", "2025-06-08")]),
    // British "Sunday week": a week after the coming Sunday (a Thursday anchor: ten days on).
    ("The final is on Sunday week at Wembley.", "2025-06-05", &[("Sunday week", "2025-06-15")]),
    ("They meet again on Saturday week.", "2025-06-07", &[("Saturday week", "2025-06-21")]),
    // "a week on Sunday" says the same ("a week on" + weekday); not a weekday's possessive.
    ("The final is a week on Sunday at Wembley.", "2025-06-05", &[("a week on Sunday", "2025-06-15")]),
    // A gerund after "despite" reports what happened: the last such weekday, not the next.
    ("Rovers are through despite losing to City on Wednesday evening.", "2026-02-26",
        &[("Wednesday evening", "2026-02-25")]),
    // Not when the week is a numbered one of a schedule.
    ("The Rams host the Bears on Sunday week 3 of the schedule.", "2025-06-05", &[("Sunday", "2025-06-08")]),
    ("Roma will play Lazio on Sunday at 8pm.", "2025-06-05", &[("Sunday at 8pm", "2025-06-08")]),
    ("The match kicks off on Saturday at 20:45 CET.", "2025-06-05", &[("Saturday at 20:45 CET", "2025-06-07")]),
    ("The teams finish the series Wednesday at 7:05 p.m. tonight.", "2025-07-22",
        &[("Wednesday at 7:05 p.m.", "2025-07-23"), ("tonight", "2025-07-22")]),
    ("Minnesota hosts Dallas on Tuesday at 7 p.m.", "2026-01-11", &[("Tuesday at 7 p.m.", "2026-01-13")]),
    ("The Celtics beat the Knicks on Sunday night.", "2025-11-03", &[("Sunday night", "2025-11-02")]),
    ("The French squad flew home on Sunday and will regroup before facing Italy on March 7.", "2026-02-23",
        &[("Sunday", "2026-02-22"), ("March 7", "2026-03-07")]),
    ("Vale visit Dunmore on Tuesday.", "2025-10-19", &[("Tuesday", "2025-10-21")]),
    ("Van Houten said his center would be re-evaluated on Monday.", "2025-11-03", &[("Monday", "2025-11-03")]),
    ("They finish the season at the Rose Bowl from next Tuesday.", "2025-09-17", &[("next Tuesday", "2025-09-23")]),
    ("He was injured last Tuesday.", "2025-06-05", &[("last Tuesday", "2025-06-03")]),
    ("The parade is this Saturday.", "2025-06-05", &[("this Saturday", "2025-06-07")]),
    ("Northampton remain second after a 31-24 victory on Friday night.", "2025-03-30", &[("Friday night", "2025-03-28")]),
    ("Rain had limited Tuesday's play to 41 overs.", "2025-09-17", &[("Tuesday", "2025-09-16")]),
    ("“I'll be ready Wednesday.”", "2025-11-03", &[("Wednesday", "2025-11-05")]),
    ("The race finishes in Madrid on Sunday.", "2025-09-03", &[("Sunday", "2025-09-07")]),
    ("He warned that the forecast rain for Sunday's race could cause chaos.", "2025-07-04", &[("Sunday", "2025-07-06")]),
    ("Sabalenka, who lost the 2023 final and won the title last year, will face Osaka on Saturday.", "2025-09-05",
        &[("2023", "2023"), ("last year", "2024"), ("Saturday", "2025-09-06")]),
    ("He said “we play Arsenal on Sunday” and left.", "2025-06-05", &[("Sunday", "2025-06-08")]),
    // A relative clause closed by its comma does not lend the main clause its tense, and a clause
    // joined on after the date does not outweigh the verb before it.
    ("Bellini, who left Sampdoria last month, could make his debut against Leeds on Boxing Day.", "2025-12-10",
        &[("last month", "2025-11"), ("Boxing Day", "2025-12-26")]),
    ("He trained with the squad for the first time on Monday and will meet the press tomorrow.", "2025-12-10",
        &[("Monday", "2025-12-08"), ("tomorrow", "2025-12-11")]),
    // (Without "and" the nearer cue after still wins: "on Saturday will be his last game".)
    ("The friendly against his old club on Saturday will be his last game.", "2025-12-10",
        &[("Saturday", "2025-12-13")]),
    ("Pogačar sealed his fourth Tour title in Paris on Sunday, finishing 4min 24sec ahead of Vingegaard.", "2025-07-28",
        &[("Sunday", "2025-07-27")]),
    ("The Slovenian, who won in 2024, took the time trial on Friday 18 July.", "2025-07-28",
        &[("2024", "2024"), ("Friday 18 July", "2025-07-18")]),
    // Deictic words.
    ("He scored yesterday.", "2025-06-05", &[("yesterday", "2025-06-04")]),
    ("The squad trains today.", "2025-06-05", &[("today", "2025-06-05")]),
    ("They meet again tomorrow.", "2025-06-05", &[("tomorrow", "2025-06-06")]),
    ("The game is tonight.", "2025-06-05", &[("tonight", "2025-06-05")]),
    ("He arrived this morning.", "2025-06-05", &[("this morning", "2025-06-05")]),
    ("He flew in last night.", "2025-06-05", &[("last night", "2025-06-04")]),
    ("They play again tomorrow night.", "2025-06-05", &[("tomorrow night", "2025-06-06")]),
    ("Join us again tomorrow from 12:30.", "2025-07-09", &[("tomorrow from 12:30", "2025-07-10")]),
    ("It happened the day before yesterday.", "2025-06-05", &[("the day before yesterday", "2025-06-03")]),
    ("Marchand won the Italian Grand Prix on Sunday.\n\n“Théo drove like a champion today,” he said.", "2025-09-08",
        &[("Sunday", "2025-09-07"), ("today", "2025-09-07")]),
    // Weeks and weekends (ISO weeks).
    ("Inter lost the final last weekend.", "2025-06-05", &[("last weekend", "2025-W22-WE")]),
    ("The derby is this weekend.", "2025-06-05", &[("this weekend", "2025-W23-WE")]),
    ("Millbrook host Redcliffe next weekend.", "2025-10-19", &[("next weekend", "2025-W43-WE")]),
    ("They won at the weekend.", "2025-06-05", &[("the weekend", "2025-W22-WE")]),
    ("He expects the forward back for the weekend’s league game.", "2025-11-06", &[("the weekend", "2025-W45-WE")]),
    ("She missed the weekend's win over Lyon.", "2025-11-06", &[("the weekend", "2025-W44-WE")]),
    ("The squad is named next week.", "2025-06-05", &[("next week", "2025-W24")]),
    ("He will see a specialist this week.", "2026-02-23", &[("this week", "2026-W09")]),
    ("Castellano turned 60 last week.", "2025-12-08", &[("last week", "2025-W49")]),
    ("They met a week ago.", "2025-06-05", &[("a week ago", "2025-W22")]),
    // Months.
    ("He told Sky Sports in April.", "2025-06-05", &[("April", "2025-04")]),
    ("The new stand opens in October.", "2025-06-05", &[("October", "2025-10")]),
    ("In March, Whitlock signed a five-year extension.", "2025-12-08", &[("March", "2025-03"), ("five-year", "P5Y")]),
    ("Next up for the field is the PGA Championship in May.", "2026-04-13", &[("May", "2026-05")]),
    ("It's November, nobody hands out trophies.", "2025-11-03", &[("November", "2025-11")]),
    ("He is expected to tour Sri Lanka in January.", "2025-08-24", &[("January", "2026-01")]),
    ("He signed last month.", "2025-06-05", &[("last month", "2025-05")]),
    ("He joined earlier this month.", "2025-06-05", &[("earlier this month", "2025-06")]),
    ("She joins the Euros squad next month.", "2025-06-18", &[("next month", "2025-07")]),
    ("He left last March.", "2025-06-05", &[("last March", "2025-03")]),
    ("He retires next March.", "2025-06-05", &[("next March", "2026-03")]),
    ("The window shuts in late January.", "2025-06-05", &[("late January", "2026-01")]),
    // Years.
    ("Gasperini was hired in 2016.", "2025-06-05", &[("2016", "2016")]),
    ("He won the 2024 Europa League.", "2025-06-05", &[("2024", "2024")]),
    ("The Racecourse Ground, built in 1807, is the oldest.", "2025-06-05", &[("1807", "1807")]),
    ("He played in 2019, 2020 and 2021.", "2025-06-05", &[("2019", "2019"), ("2020", "2020"), ("2021", "2021")]),
    ("They won the title last year.", "2025-06-05", &[("last year", "2024")]),
    ("He will retire next year.", "2025-06-05", &[("next year", "2026")]),
    ("It is the best start this year.", "2025-06-05", &[("this year", "2025")]),
    ("A decision is due later this year.", "2025-06-05", &[("later this year", "2025")]),
    ("He fell out with Gomez in late 2020.", "2025-06-05", &[("late 2020", "2020")]),
    ("He left in late 2020 and returned early the following year.", "2025-06-05",
        &[("late 2020", "2020"), ("the following year", "2021")]),
    ("He joined in 2019 and left two years later.", "2025-06-05", &[("2019", "2019"), ("two years later", "2021")]),
    ("He left two years ago.", "2025-06-05", &[("two years ago", "2023")]),
    // A weekday heading a results list: the games under it were played.
    ("RESULTS\n\nFriday\n\nJaén 2-2 Peñíscola\n\nSunday\n\nOsasuna 2-4 Manzanares", "2026-11-23",
        &[("Friday", "2026-11-20"), ("Sunday", "2026-11-22")]),
    ("He won on the same climb a decade ago.", "2025-09-03", &[("a decade ago", "2015")]),
    ("He is ruled out until the new year.", "2025-06-18", &[("the new year", "2026")]),
    ("Somerset last won a one-day trophy in 2019, the same summer England lifted the World Cup.", "2025-08-24",
        &[("2019", "2019"), ("the same summer", "2019")]),
    ("He signed on 3 March 2019 and scored the next day.", "2025-06-05",
        &[("3 March 2019", "2019-03-03"), ("the next day", "2019-03-04")]),
    ("In 2019 he scored on 5 May and again in August.", "2025-06-05",
        &[("2019", "2019"), ("5 May", "2019-05-05"), ("August", "2019-08")]),
    ("Liverpool, champions in 2020, travel to Chelsea on 11 May.", "2025-04-28",
        &[("2020", "2020"), ("11 May", "2025-05-11")]),
    // Decades.
    ("Atalanta were sixth in the 1980s.", "2025-06-05", &[("the 1980s", "198X")]),
    ("He played in the ’90s.", "2025-06-05", &[("the ’90s", "199X")]),
    ("He played in the '90s.", "2025-06-05", &[("the '90s", "199X")]),
    ("He played in the 90s.", "2025-06-05", &[("the 90s", "199X")]),
    ("Parma from the original 1990s version.", "2025-06-05", &[("1990s", "199X")]),
    ("He first watched the club in the early 1980s.", "2025-06-05", &[("the early 1980s", "198X")]),
    ("He starred in the mid-1990s.", "2025-06-05", &[("the mid-1990s", "199X")]),
    ("It was a hit in the eighties.", "2025-06-05", &[("the eighties", "198X")]),
    // Seasons.
    ("Atalanta finished the 2015-16 season in 13th.", "2025-06-05", &[("the 2015-16 season", "2015/2016")]),
    ("He was coach of the year for 2023-24.", "2025-06-05", &[("2023-24", "2023/2024")]),
    ("In 2024/2025 he scored 20 goals.", "2025-06-05", &[("2024/2025", "2024/2025")]),
    ("He won the cup in 2019 and the league a year earlier.", "2025-06-05", &[("2019", "2019"), ("a year earlier", "2018")]),
    ("It was the 2015/16 campaign.", "2025-06-05", &[("the 2015/16 campaign", "2015/2016")]),
    ("The 1999-00 season was his best.", "2025-06-05", &[("The 1999-00 season", "1999/2000")]),
    ("He made his debut with Williams in the 2022 season.", "2025-09-08", &[("the 2022 season", "2022")]),
    ("He struggled at times this season.", "2025-06-05", &[("this season", "2024/2025")]),
    ("He joins Roma ahead of next season.", "2025-06-05", &[("next season", "2025/2026")]),
    ("She scored 19 goals in the Eredivisie last season.", "2025-06-18", &[("last season", "2024/2025")]),
    ("Vale have lost once in the Championship this season.", "2025-10-19", &[("this season", "2025/2026")]),
    ("Pre-season is under way and this season starts in Bournemouth in the Premier League.", "2025-07-28",
        &[("this season", "2025/2026")]),
    ("He scored earlier this season.", "2025-03-30", &[("earlier this season", "2024/2025")]),
    ("Somerset finished sixth last season as the wickets tumbled at the county cricket ground.", "2025-08-24",
        &[("last season", "2024")]),
    ("He hit .310 with 22 homers and a home run record in MLB last season.", "2025-07-22", &[("last season", "2024")]),
    // Fencing's season runs autumn to summer; shinty's is a calendar year.
    ("The épée fencer and former tennis junior won two World Cup events on the piste last season.", "2027-03-07",
        &[("last season", "2025/2026")]),
    ("Kingussie won the shinty title again last season.", "2027-03-07", &[("last season", "2026")]),
    ("The Chiefs missed the playoffs this season, the NFL said of its quarterback.", "2026-01-15",
        &[("this season", "2025")]),
    // College women's lacrosse plays one spring: its seasons are years, whatever its midfielders
    // share with football.
    ("The women's lacrosse midfield scored 40 goals last season and the goalkeeper is back.",
        "2027-05-16", &[("last season", "2026")]),
    ("The Sunday Times said Slot would be offered a new deal in the summer.", "2025-04-28", &[("the summer", "2025")]),
    ("He left after the 2015-16 season and won the title the following season.", "2025-06-05",
        &[("the 2015-16 season", "2015/2016"), ("the following season", "2016/2017")]),
    ("Smith hopes to be fit for the next season.", "2025-06-05", &[("the next season", "2025/2026")]),
    ("Inter Miami, the MLS club, are fourth in the Eastern Conference this season.", "2025-07-12", &[("this season", "2025")]),
    ("Dufresne joins Racing next season, the rugby club said after two tries.", "2026-02-23",
        &[("next season", "2026/2027")]),
    // Seasons of the year.
    ("Ireland's run stretches back to the autumn of 2024.", "2026-02-23", &[("the autumn of 2024", "2024")]),
    ("He has not won there since taking charge in the summer of 2024.", "2026-03-14",
        &[("the summer of 2024", "2024")]),
    ("She has struggled with a shoulder problem since the spring.", "2025-07-13", &[("the spring", "2025")]),
    ("We have to take a hard look at ourselves over the winter.", "2025-09-17", &[("the winter", "2025/2026")]),
    ("He joined on a three-year contract last winter.", "2025-09-03",
        &[("three-year", "P3Y"), ("last winter", "2024/2025")]),
    ("Surrey have lost four matches this summer.", "2025-09-17", &[("this summer", "2025")]),
    // Ranges.
    ("Formula 1 returns to Spa on 25-27 July.", "2025-07-04", &[("25", "2025-07-25"), ("27 July", "2025-07-27")]),
    ("The Open is played July 17-20, 2025.", "2025-07-04", &[("July 17", "2025-07-17"), ("20, 2025", "2025-07-20")]),
    ("They beat City 2-1 from March to May.", "2025-06-05", &[("March", "2025-03"), ("May", "2025-05")]),
    ("He was at Genoa between 2006 and 2010.", "2025-06-05", &[("2006", "2006"), ("2010", "2010")]),
    ("He coached there from 2016 to 2025.", "2025-06-05", &[("2016", "2016"), ("2025", "2025")]),
    ("Third-place finishes in 2019-2021 followed.", "2025-06-05", &[("2019", "2019"), ("2021", "2021")]),
    ("He was there from 2019-21.", "2025-06-05", &[("2019", "2019"), ("21", "2021")]),
    // A range takes the tense of its clause (a passive "will be held" is future; the days of a
    // range are no score saying the past); a day fixed "for" is as likely ahead as behind.
    ("The trials will be held in Nairobi on June 19-21.", "2025-06-13",
        &[("June 19", "2025-06-19"), ("21", "2025-06-21")]),
    ("World Athletics has confirmed the dates for September 13-21.", "2025-06-13",
        &[("September 13", "2025-09-13"), ("21", "2025-09-21")]),
    ("The series next visits Hong Kong on March 27-29, before the final in Valladolid in May.",
        "2026-02-23", &[("March 27", "2026-03-27"), ("29", "2026-03-29"), ("May", "2026-05")]),
    ("He was held overnight. The race was held on June 3.", "2025-06-13",
        &[("overnight", "2025-06-12"), ("June 3", "2025-06-03")]),
    // "term" as British football writing uses it; seasons counted back in the story's sport.
    ("York finished fourth last term and want promotion this term.", "2025-11-16",
        &[("last term", "2024/2025"), ("this term", "2025/2026")]),
    ("He switched to Brazil two seasons ago and won the giant slalom.", "2026-01-11",
        &[("two seasons ago", "2023/2024")]),
    // "overnight" as an adverb of time: the night before the article.
    ("Overnight in Brisbane, she swam 1:53.88 at the trials.", "2025-04-17",
        &[("Overnight", "2025-04-16")]),
    // Durations.
    ("He called time on his nine-year stay.", "2025-06-05", &[("nine-year", "P9Y")]),
    ("He takes over on a three-year deal.", "2025-06-05", &[("three-year", "P3Y")]),
    ("Sarri returned 15 months after he resigned.", "2025-06-05", &[("15 months", "P15M")]),
    ("He was out for two weeks.", "2025-06-05", &[("two weeks", "P2W")]),
    ("It is a 10-day break.", "2025-06-05", &[("10-day", "P10D")]),
    ("He joined on an 18-month deal.", "2025-06-05", &[("18-month", "P18M")]),
    ("For nine years, he thrived.", "2025-06-05", &[("nine years", "P9Y")]),
    ("He served twenty-five years at the club.", "2025-06-05", &[("twenty-five years", "P25Y")]),
    ("He spent a fortnight in Spain.", "2025-06-05", &[("a fortnight", "P2W")]),
    ("She did not drop a set all fortnight.", "2025-07-13", &[("fortnight", "P2W")]),
    ("He will rest for at least a week.", "2025-06-05", &[("a week", "P1W")]),
    ("Champions for the past three seasons.", "2025-06-05", &[("three seasons", "P3Y")]),
    ("We go to Baku after a two-week break.", "2025-06-05", &[("two-week", "P2W")]),
    ("He signed a four-year, $112 million extension.", "2025-06-05", &[("four-year", "P4Y")]),
    ("He missed 10 days with an injury.", "2025-06-05", &[("10 days", "P10D")]),
    ("It was their first title in seven years.", "2025-06-05", &[("seven years", "P7Y")]),
    ("Two decades of dominance ended.", "2025-06-05", &[("Two decades", "P2DE")]),
    ("The result is due in three weeks' time.", "2025-06-05", &[("three weeks' time", "2025-W26")]),
    ("The sides meet again in a fortnight's time.", "2025-06-05", &[("a fortnight's time", "2025-W25")]),
    ("He is back in a week’s time.", "2025-06-05", &[("a week’s time", "2025-W24")]),
    ("He spent a fortnight's holiday in Spain.", "2025-06-05", &[("a fortnight", "P2W")]),
    // Named days.
    ("The derby will be played on Boxing Day.", "2025-06-05", &[("Boxing Day", "2025-12-26")]),
    ("The Lions play on Thanksgiving.", "2025-11-03", &[("Thanksgiving", "2025-11-27")]),
    ("Everton will host Liverpool on New Year’s Day.", "2025-06-05", &[("New Year’s Day", "2026-01-01")]),
    ("The final was played on Easter Monday.", "2025-06-05", &[("Easter Monday", "2025-04-21")]),
    ("The grand final falls on Anzac Day.", "2026-03-02", &[("Anzac Day", "2026-04-25")]),
    // A named day in the report is the event's day: the quotes' "today" is that day.
    ("Moreau won the stage on Bastille Day. “Today I rode for France,” he said.", "2025-07-16",
        &[("Bastille Day", "2025-07-14"), ("Today", "2025-07-14")]),
    // "the following day" counts from the last day named, past a month in between.
    ("Ajax visit PSV on 18 October, while Feyenoord, unbeaten since April, host Twente the following day.",
        "2025-10-12", &[("18 October", "2025-10-18"), ("April", "2025-04"), ("the following day", "2025-10-19")]),
    // "that" as a pronoun opens no clause: the past tense before it still holds.
    ("The coach was not reading much into that on Friday.", "2025-06-15", &[("Friday", "2025-06-13")]),
    // "looking ahead to" points forward.
    ("He was happy, looking ahead to Tuesday’s rest day.", "2025-07-14", &[("Tuesday", "2025-07-15")]),
];

#[rustfmt::skip]
const NEGATIVE: &[Case] = &[
    // "a week on" + a weekday's possessive is a week after that day's event, not "Sunday week".
    ("A week on Sunday's defeat, the mood had lifted.", "2025-06-05", &[("Sunday", "2025-06-01")]),
    // Without "despite" a present clause with a gerund still looks ahead.
    ("Rovers are hoping for a win over City on Wednesday evening.", "2026-02-26",
        &[("Wednesday evening", "2026-03-04")]),
    // Scores, formations, records, odds, lap times.
    ("Atalanta beat Liverpool 3-0.", "2025-06-05", &[]),
    ("The Lakers won 104-99 in overtime.", "2025-06-05", &[]),
    ("They switched from a 4-2-3-1 to a 4-4-2.", "2025-06-05", &[]),
    // A weekend in general, not a date.
    ("The weekend is when the fans travel.", "2025-06-05", &[]),
    ("Goaltender Aleksi Virtanen (12-5-2) made 31 saves.", "2025-06-05", &[]),
    ("The Sixers (7-2) host Boston.", "2025-06-05", &[]),
    ("He is a 5/1 favourite with the bookmakers.", "2025-06-05", &[]),
    ("He took pole with a 1:27.097.", "2025-06-05", &[]),
    ("The score was 2-1 and then 2-2.", "2025-06-05", &[]),
    ("He went 2-for-4 with three RBIs.", "2025-06-05", &[]),
    // Ages.
    ("The 67-year-old will take over.", "2025-06-05", &[]),
    ("Roma signed a 25-year-old striker.", "2025-06-05", &[]),
    ("Players aged 25-30 are eligible.", "2025-06-05", &[]),
    ("I dreamed of this since I was six years old.", "2025-06-05", &[]),
    ("He is in his 80s now.", "2025-06-05", &[]),
    ("She is in her early 30s.", "2025-06-05", &[]),
    // Counts, ordinals, numbers.
    ("The stadium holds 23,500 people.", "2025-06-05", &[]),
    ("Bergamo has a population of 120,000.", "2025-06-05", &[]),
    ("A crowd of 2000 fans watched.", "2025-06-05", &[]),
    ("He scored 1999 runs in his career.", "2025-06-05", &[]),
    ("He ran 1900 metres.", "2025-06-05", &[]),
    ("He won the 1500 in 3:29 and the 1600 in 3:50.", "2025-06-05", &[]),
    ("He finished 35th.", "2025-06-05", &[]),
    ("He wears No. 27 in honour of his grandfather.", "2025-06-05", &[]),
    ("He took home a £3 million cheque.", "2025-06-05", &[]),
    ("A 12-play, 75-yard drive tied it.", "2025-06-05", &[]),
    ("Call 1-800-GAMBLER for help.", "2025-06-05", &[]),
    ("© 2025 Sports Network. All rights reserved.", "2025-06-05", &[]),
    ("Stage 17 of the Vuelta finished on the Angliru.", "2025-06-05", &[]),
    // Match minutes and clock durations.
    ("He scored in the 90th minute.", "2025-06-05", &[]),
    ("An 88th-minute winner settled it.", "2025-06-05", &[]),
    ("Eight minutes from time, he scored.", "2025-06-05", &[]),
    ("He took the opener in 36 minutes.", "2025-06-05", &[]),
    ("He won in three hours and 51 minutes.", "2025-06-05", &[]),
    ("He ran 9.58 seconds.", "2025-06-05", &[]),
    ("He scored in the second half.", "2025-06-05", &[]),
    // Month and weekday words that are not dates.
    ("It may rain.", "2025-06-05", &[]),
    ("Theresa May said no.", "2025-06-05", &[]),
    ("May said the team was ready.", "2025-06-05", &[]),
    ("Sun Tzu wrote The Art of War.", "2025-06-05", &[]),
    ("We now think of Atalanta as elite.", "2025-06-05", &[]),
    ("Wed to the club, they march on.", "2025-06-05", &[]),
    ("The August crowd roared.", "2025-06-05", &[]),
    ("August Wilson wrote plays.", "2025-06-05", &[]),
    ("April Ross won gold.", "2025-06-05", &[]),
    ("Jan Smith scored twice.", "2025-06-05", &[]),
    ("The Sun newspaper reported it.", "2025-06-05", &[]),
    ("USA Today reported it.", "2025-06-05", &[]),
    ("They met at the Summer Olympics.", "2025-06-05", &[]),
    ("Fantasy: five waiver-wire adds for Week 3.", "2025-06-05", &[]),
    ("Watch Monday Night Football and the Sunday League highlights.", "2025-06-05", &[]),
    ("Kick-off is at 1900 GMT.", "2025-06-05", &[]),
    ("Chiefs edge Bills on Sunday Night Football.", "2025-12-15", &[]),
    ("It was a Tuesday night in Stoke, and he delivered.", "2025-06-05", &[]),
    // Frequencies and vague spans.
    ("I'll take that every week.", "2025-06-05", &[]),
    ("They lost a key player every summer.", "2025-06-05", &[]),
    ("The newsletter arrives every Monday morning.", "2025-06-05", &[]),
    ("They train once a week.", "2025-06-05", &[]),
    ("For years, his swing was picked apart.", "2025-06-05", &[]),
    ("For decades, La Dea was the queen of the provinces.", "2025-06-05", &[]),
    ("It was a day Taunton will talk about.", "2025-06-05", &[]),
    ("The worst 12 minutes we've played all season.", "2025-06-05", &[]),
    ("Then in his late fifties, he needed Atalanta.", "2025-06-05", &[]),
    // Mixed: the age goes, the duration stays.
    ("The 67-year-old signed a three-year deal.", "2025-06-05", &[("three-year", "P3Y")]),
    ("The 2-1 win over PSV on 17 May secured the title.", "2025-06-18", &[("17 May", "2025-05-17")]),
    ("Somerset reached the One-Day Cup final in a four-day game.", "2025-06-05", &[]),
    ("I told her I would play on Centre Court one day.", "2025-06-05", &[]),
    // "overnight" as an adjective or the idiom of suddenness; "term" without last/this/next;
    // match minutes.
    ("The overnight leader slipped to third after overnight rain.", "2025-06-05", &[]),
    ("It won't happen overnight. You don't get that overnight. She became a star overnight.",
        "2025-06-05", &[]),
    ("In the long term the club must sell, and he signed a short-term deal.", "2025-06-05", &[]),
    ("He headed an 89th-minute winner after a miss in the 71st minute.", "2025-06-05", &[]),
];

fn run(text: &str, anchor: &str) -> (Vec<DateFact>, Vec<String>, Doc) {
    let mut doc = Doc::from_body(text.to_string(), ArticleMeta::default());
    doc.anchor = NaiveDate::parse_from_str(anchor, "%Y-%m-%d").ok();
    doc.sentences = crate::sentences::split(&doc);
    let (dates, warnings) = super::extract(&doc);
    (dates, warnings, doc)
}

fn check(table: &[Case], name: &str) {
    let mut failed = Vec::new();
    for (text, anchor, want) in table {
        let (dates, _, doc) = run(text, anchor);
        let got: Vec<(String, String)> = dates
            .iter()
            .map(|d| {
                (
                    doc.text(d.span).to_string(),
                    d.value.clone().unwrap_or_default(),
                )
            })
            .collect();
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(t, v)| (t.to_string(), v.to_string()))
            .collect();
        if got != want {
            failed.push(format!(
                "{text:?} @ {anchor}\n   got  {got:?}\n   want {want:?}"
            ));
        }
    }
    println!(
        "date {name} corpus: {}/{} pass",
        table.len() - failed.len(),
        table.len()
    );
    assert!(
        failed.is_empty(),
        "{} {name} failures:\n{}",
        failed.len(),
        failed.join("\n")
    );
}

#[test]
fn positive_corpus() {
    assert!(POSITIVE.len() >= 80);
    check(POSITIVE, "positive");
}

#[test]
fn negative_corpus() {
    assert!(NEGATIVE.len() >= 30);
    check(NEGATIVE, "negative");
}

#[test]
fn range_ends_point_at_each_other() {
    let (dates, _, _) = run(
        "He was at Genoa between 2006 and 2010, then in 2016.",
        "2025-06-05",
    );
    assert_eq!(dates.len(), 3);
    assert_eq!(dates[0].range_with, Some(1));
    assert_eq!(dates[1].range_with, Some(0));
    assert_eq!(dates[2].range_with, None);
}

#[test]
fn without_anchor_relative_dates_stay_unresolved_with_one_warning() {
    let mut doc = Doc::from_body(
        "Atalanta won on Sunday and play again next week. They were founded in 1907.".into(),
        ArticleMeta::default(),
    );
    doc.sentences = crate::sentences::split(&doc);
    let (dates, warnings) = super::extract(&doc);
    let values: Vec<Option<&str>> = dates.iter().map(|d| d.value.as_deref()).collect();
    assert_eq!(values, [None, None, Some("1907")]);
    assert!(dates[0].relative && dates[1].relative && !dates[2].relative);
    assert_eq!(
        warnings,
        ["no publication date: 2 relative dates left unresolved"]
    );
}

#[test]
fn ambiguous_numeric_dates_warn() {
    let (dates, warnings, _) = run("The deal was signed on 05/06/2025.", "2025-06-05");
    assert_eq!(dates[0].value.as_deref(), Some("2025-06-05"));
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("day-first by default"), "{warnings:?}");
    // American cues in the article flip the reading.
    let (dates, warnings, _) = run(
        "The deal was signed on 05/06/2025 at 3 p.m. ET, the center said. Kickoff is June 9.",
        "2025-06-05",
    );
    assert_eq!(dates[0].value.as_deref(), Some("2025-05-06"));
    assert!(warnings[0].contains("month-first"), "{warnings:?}");
}

#[test]
fn granularity_and_relative_flags() {
    use crate::doc::Granularity as G;
    let (dates, _, _) = run(
        "Last weekend they beat Roma; in 2016 he signed a three-year deal for the 2015-16 season.",
        "2025-06-05",
    );
    let got: Vec<(G, bool)> = dates.iter().map(|d| (d.granularity, d.relative)).collect();
    assert_eq!(
        got,
        [
            (G::Weekend, true),
            (G::Year, false),
            (G::Duration, false),
            (G::Season, false)
        ]
    );
}

#[test]
fn no_panic_on_odd_input() {
    for text in [
        "",
        "’",
        "'",
        "2025-",
        "2025-13-45",
        "31/02/2025",
        "the",
        "the ’",
        "May",
        "Sunday,",
        "June 31, 2025",
        "Saturday the",
        "between 2006 and",
        "9999999999 years",
        "1 - - 2",
        "Raków Częstochowa – 3–0 ’90s ",
    ] {
        let _ = run(text, "2025-06-05");
        let mut doc = Doc::from_body(text.to_string(), ArticleMeta::default());
        doc.sentences = crate::sentences::split(&doc);
        let _ = super::extract(&doc);
    }
}

/// Throughput on a large adversarial input (one paragraph, no sentence ends): run with
/// `cargo test --release --lib extract::dates::corpus::large_input -- --ignored --nocapture`.
#[test]
#[ignore]
fn large_input() {
    let words = [
        "on",
        "Sunday",
        "he",
        "won",
        "2019",
        "in",
        "May",
        "the",
        "’90s",
        "last",
        "season",
        "between",
        "2006",
        "and",
        "2010",
        "three-year",
        "5",
        "June",
        "2025",
        "05/06/2025",
        "said",
        "will",
        "Sept.",
        "21",
        "a",
        "week",
        "ago",
        "“",
        "”",
        "following",
        "year",
        "Boxing",
        "Day",
        "7:05",
        "p.m.",
        "-",
        "aged",
        "25-30",
        "it",
        "may",
    ];
    let mut text = String::new();
    let mut x: u64 = 1;
    while text.len() < 2_000_000 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        text.push_str(words[(x >> 33) as usize % words.len()]);
        text.push(' ');
    }
    let mut doc = Doc::from_body(text, ArticleMeta::default());
    doc.anchor = NaiveDate::from_ymd_opt(2025, 6, 5);
    doc.sentences = crate::sentences::split(&doc);
    let start = std::time::Instant::now();
    let (dates, warnings) = super::extract(&doc);
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} dates, {} warnings, {:.1} MB/s",
        dates.len(),
        warnings.len(),
        doc.body.len() as f64 / secs / 1e6
    );
}

/// Random runs of date-shaped pieces: no panic, spans on char boundaries, values well formed.
#[test]
fn random_pieces_never_panic() {
    let pieces = [
        "the",
        "of",
        "’",
        "'",
        "“",
        "”",
        "\"",
        "-",
        "–",
        "/",
        ".",
        ",",
        ":",
        "(",
        ")",
        "0",
        "00",
        "31",
        "29",
        "02",
        "12",
        "2025",
        "1850",
        "2100",
        "9999",
        "1807",
        "90s",
        "1980s",
        "5th",
        "8pm",
        "Feb",
        "Sept",
        "May",
        "June",
        "Sunday",
        "Sun",
        "last",
        "next",
        "this",
        "season",
        "week",
        "weekend",
        "year",
        "years",
        "ago",
        "later",
        "a",
        "three",
        "twenty",
        "day",
        "in",
        "since",
        "between",
        "and",
        "from",
        "to",
        "at",
        "p",
        "m",
        "Boxing",
        "Day",
        "New",
        "Year",
        "s",
        "following",
        "same",
        "early",
        "mid",
        "summer",
        "winter",
        "é",
        "Ł",
        "🔥",
        "\n\n",
    ];
    let mut x: u64 = 7;
    for round in 0..3000 {
        let mut text = String::new();
        for _ in 0..(round % 12 + 1) {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            text.push_str(pieces[(x >> 33) as usize % pieces.len()]);
            if (x >> 20) & 1 == 1 {
                text.push(' ');
            }
        }
        let anchor = if round % 5 == 0 {
            "2024-12-31"
        } else {
            "2025-01-01"
        };
        let (dates, _, doc) = run(&text, anchor);
        for d in &dates {
            assert!(
                doc.body.is_char_boundary(d.span.start) && doc.body.is_char_boundary(d.span.end)
            );
            assert!(d.span.start < d.span.end, "{text:?}");
            if let Some(v) = &d.value {
                assert!(!v.is_empty() && v.is_ascii(), "{text:?} → {v:?}");
            }
            if let Some(j) = d.range_with {
                assert_eq!(dates[j].range_with.map(|_| ()), Some(()), "{text:?}");
            }
        }
    }
}
