//! The article extraction benchmark must not regress: F1 over `../shared/bench/aeb` may fall at
//! most 0.005 below the committed figure in `bench/aeb-baseline.json`. Skips (with a message)
//! when the benchmark is not beside the repository.

use std::time::Instant;

#[test]
fn aeb_f1_holds() {
    let dir = sportfacts::aeb::default_dir();
    if !dir.join("ground-truth.json").exists() {
        eprintln!(
            "skipping: no article extraction benchmark at {}",
            dir.display()
        );
        return;
    }
    let baseline: serde_json::Value =
        serde_json::from_str(include_str!("../bench/aeb-baseline.json"))
            .expect("bench/aeb-baseline.json is JSON");
    let committed = baseline["f1"].as_f64().expect("baseline has f1");
    let start = Instant::now();
    // Threads: the test runs in debug builds too, and speed is not what it checks.
    let report = sportfacts::aeb::run(&dir, false, true).expect("benchmark runs");
    let s = report.summary;
    eprintln!(
        "AEB {} pages: F1={:.4} P={:.4} R={:.4} (baseline F1 {committed:.4}) in {:.1?}",
        report.pages.len(),
        s.f1,
        s.precision,
        s.recall,
        start.elapsed()
    );
    assert_eq!(report.pages.len(), 181, "benchmark pages");
    assert!(
        s.f1 >= committed - 0.005,
        "AEB F1 {:.4} fell more than 0.005 below the committed {committed:.4}",
        s.f1
    );
}
