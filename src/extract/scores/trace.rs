//! Test-only tracing of the score stage: `SCORES_TRACE=article.txt cargo test --release --lib
//! trace_scores -- --ignored --nocapture` prints each candidate's reading (kind, relation,
//! subject, opponent) before the linking rules run, to see which rule a miss falls to.

use std::cell::Cell;

use super::candidates::Candidate;
use super::read::Reading;
use crate::doc::Doc;

thread_local! {
    static ON: Cell<bool> = const { Cell::new(false) };
}

pub fn readings(doc: &Doc, cands: &[Candidate], readings: &[Option<Reading>]) {
    if !ON.with(Cell::get) {
        return;
    }
    let name = |e: Option<usize>| e.and_then(|i| doc.entities.get(i)).map(|e| e.name.as_str());
    for (c, r) in cands.iter().zip(readings) {
        let text = &doc.body[c.span.start..c.span.end];
        match r {
            None => eprintln!("{text:?}: not a score"),
            Some(r) => eprintln!(
                "{text:?}: {:?} {:?} subject {:?} opponent {:?}{}{}{}",
                r.kind,
                r.rel,
                name(r.subject),
                name(r.opponent),
                if r.single { " single" } else { "" },
                if r.same_match { " same-match" } else { "" },
                if r.own_game { " own-game" } else { "" },
            ),
        }
    }
}

#[test]
#[ignore]
fn trace_scores() {
    let Ok(path) = std::env::var("SCORES_TRACE") else {
        return;
    };
    let bytes = std::fs::read(&path).expect("SCORES_TRACE file");
    ON.with(|on| on.set(true));
    let pipeline = crate::Pipeline::new(crate::Options::default());
    let record = pipeline.extract(&bytes, &path).expect("extract");
    let name = |id: &String| {
        record
            .entities
            .iter()
            .find(|e| &e.id == id)
            .map(|e| e.name.clone())
    };
    for s in &record.scores {
        let teams: Option<Vec<Option<String>>> = s
            .teams
            .as_ref()
            .map(|t| t.iter().map(|x| x.as_ref().and_then(name)).collect());
        eprintln!("= {:?} {:?} {:?}", s.text, s.points, teams);
    }
}
