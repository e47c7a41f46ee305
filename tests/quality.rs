//! Quality gate: scores the pipeline against every gold file under fixtures/ (the development set),
//! holdout/, unseen/ and blind/ (articles written without sight of the rules, to measure
//! generalisation; holdout/ and unseen/ have since been used to diagnose failures, and blind/'s
//! misses were read once, in session 32, so the fixtures' sets measured on arrival are now the
//! blind measure)
//! and fails when any figure falls below the committed baseline beside them
//! (`eval-baseline.json`). After a real improvement, raise the baselines with
//! `SPORTFACTS_UPDATE_BASELINE=1 cargo test --test quality`.

use std::path::Path;

use sportfacts::eval::{evaluate, Figures};
use sportfacts::{Options, Pipeline};

/// Slack for float noise only: any real drop fails.
const TOLERANCE: f64 = 0.0005;

#[test]
fn fixtures_stay_at_or_above_the_baseline() {
    gate("fixtures");
}

#[test]
fn holdout_stays_at_or_above_the_baseline() {
    gate("holdout");
}

/// A second held-out set, written later by a helper without sight of the rules; its misses have
/// since been read to find general causes (sessions 2 and 3).
#[test]
fn unseen_stays_at_or_above_the_baseline() {
    gate("unseen");
}

/// The newest set, written in session 3 by a helper who never saw the rules, and measured before
/// and after that session's changes without its misses being read.
#[test]
fn blind_stays_at_or_above_the_baseline() {
    gate("blind");
}

fn gate(set: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pipeline = Pipeline::new(Options::default());
    let report = evaluate(&pipeline, &root.join(set)).expect("evaluation runs");
    let figures = report.figures();
    println!("{set}\n{}", report.table(false));
    let baseline_path = root.join(set).join("eval-baseline.json");
    if std::env::var_os("SPORTFACTS_UPDATE_BASELINE").is_some() {
        let json = serde_json::to_string_pretty(&figures).unwrap();
        std::fs::write(&baseline_path, json + "\n").unwrap();
        return;
    }
    let baseline: Figures = serde_json::from_str(
        &std::fs::read_to_string(&baseline_path).expect("eval-baseline.json exists"),
    )
    .expect("baseline parses");
    let mut drops = Vec::new();
    for (name, was, now) in [("f1", &baseline.f1, &figures.f1)] {
        for (kind, &before) in was {
            let after = now.get(kind).copied().unwrap_or(0.0);
            if after + TOLERANCE < before {
                drops.push(format!("{kind} {name}: {before:.4} -> {after:.4}"));
            }
        }
    }
    if figures.attribution + TOLERANCE < baseline.attribution {
        drops.push(format!(
            "speaker attribution: {:.4} -> {:.4}",
            baseline.attribution, figures.attribution
        ));
    }
    // The sample article lives outside the repo; without it the totals are not comparable.
    let complete = figures.articles >= baseline.articles;
    assert!(
        drops.is_empty() || !complete,
        "{set}: quality dropped below the baseline:\n{}",
        drops.join("\n")
    );
}
