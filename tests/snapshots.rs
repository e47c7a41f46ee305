//! One insta snapshot per fixture article, plus the founding sample article (read from
//! ../shared/corpus, its body redacted because its text is not ours to copy). Review changes with
//! `cargo insta review`, reading each diff as an editor would: a wrong fact is a bug, not a baseline.

use std::path::Path;

use sportfacts::{Options, Pipeline, Record};

fn pipeline() -> Pipeline {
    Pipeline::new(Options::default())
}

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s
}

fn record(path: &Path) -> Record {
    let bytes = std::fs::read(path).expect("fixture readable");
    // Snapshot paths are relative so they do not depend on where the repo is cloned.
    let name = path
        .strip_prefix(env!("CARGO_MANIFEST_DIR"))
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/");
    pipeline().extract(&bytes, &name).expect("fixture extracts")
}

#[test]
fn text_fixtures() {
    settings().bind(|| {
        insta::glob!("../fixtures", "text/*.txt", |path| {
            insta::assert_json_snapshot!(record(path));
        });
    });
}

#[test]
fn html_fixtures() {
    settings().bind(|| {
        insta::glob!("../fixtures", "html/*.html", |path| {
            insta::assert_json_snapshot!(record(path));
        });
    });
}

#[test]
fn sample_article() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/atalanta-gasperini.txt");
    if !path.exists() {
        eprintln!("skipping: {} not found", path.display());
        return;
    }
    let bytes = std::fs::read(&path).expect("sample readable");
    let record = pipeline()
        .extract(&bytes, "shared/corpus/atalanta-gasperini.txt")
        .expect("sample extracts");
    settings().bind(|| {
        insta::assert_json_snapshot!("sample_article", record, { ".body" => "[redacted]" });
    });
}
