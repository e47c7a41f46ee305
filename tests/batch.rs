//! Batch runs of the real `extract` binary over temporary folders: JSON Lines in path order,
//! identical bytes for any thread count, `--out-dir` mirroring (atomic, never outside OUT),
//! `--skip-existing`, error records, `--stdin-jsonl`, and a quiet exit on a closed pipe.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;
use sportfacts::{ErrorRecord, Record};

/// A folder under the system temp folder, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "sportfacts-batch-{}-{n}-{name}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        TempDir(path)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn extract(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_extract"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    {
        let mut pipe = child.stdin.take().expect("stdin");
        if let Some(bytes) = stdin {
            let _ = pipe.write_all(bytes);
        }
    }
    child.wait_with_output().expect("binary finishes")
}

fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).trim().to_string()
}

/// A small, valid article; `n` varies names and numbers.
fn article(n: usize) -> String {
    format!(
        "Rovers Edge United {n}\n\nBy Ana Ruiz\n\nPublished: 5 June 2025\n\nRovers beat United {}-1 at the City Ground on Sunday, said coach Sam Hale{n}.\n",
        n % 7 + 2
    )
}

fn lines(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON value"))
        .collect()
}

fn paths(values: &[Value]) -> Vec<String> {
    values
        .iter()
        .map(|v| v["source"]["path"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_folder_gives_json_lines_in_sorted_path_order() {
    let dir = TempDir::new("order");
    for rel in [
        "b.txt",
        "a.txt",
        "sub/c.html",
        "sub/a.TXT",
        "a/z.text",
        "notes.md",
    ] {
        let text = if rel.ends_with(".html") {
            format!(
                "<html><body><article><h1>Title</h1><p>{}</p></article></body></html>",
                article(1)
            )
        } else {
            article(rel.len())
        };
        dir.write(rel, text);
    }
    let out = extract(&[s(dir.path())], None);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let values = lines(&out);
    let root = s(dir.path());
    let expected: Vec<String> = ["a/z.text", "a.txt", "b.txt", "sub/a.TXT", "sub/c.html"]
        .iter()
        .map(|r| format!("{root}/{r}"))
        .collect();
    assert_eq!(paths(&values), expected);
    for v in &values {
        let _: Record = serde_json::from_value(v.clone()).expect("a full record");
    }
    assert_eq!(stderr(&out), "extract: 5 articles, 0 errors");

    // --glob chooses other files.
    let out = extract(&[s(dir.path()), "--glob", "*.md", "-q"], None);
    assert_eq!(paths(&lines(&out)), [format!("{root}/notes.md")]);
    assert!(out.stderr.is_empty());
    let out = extract(&[s(dir.path()), "--glob", "sub/*", "-q"], None);
    assert_eq!(paths(&lines(&out)).len(), 2);
}

#[test]
fn thread_count_does_not_change_the_bytes() {
    let dir = TempDir::new("threads");
    for n in 0..40 {
        // Uneven sizes so workers finish out of order.
        dir.write(
            &format!("d{}/a{n:02}.txt", n % 3),
            article(n).repeat(1 + n % 5),
        );
    }
    dir.write("d1/empty.txt", "");
    let one = extract(&[s(dir.path()), "-j", "1"], None);
    let two = extract(&[s(dir.path()), "-j", "2"], None);
    let four = extract(&[s(dir.path()), "--jobs", "4"], None);
    assert_eq!(one.status.code(), Some(1));
    assert_eq!(lines(&one).len(), 41);
    assert!(one.stdout == two.stdout, "-j 1 and -j 2 differ");
    assert!(one.stdout == four.stdout, "-j 1 and -j 4 differ");
}

#[test]
fn bad_files_become_error_records_and_the_rest_goes_on() {
    let dir = TempDir::new("errors");
    dir.write("1-good.txt", article(1));
    dir.write("2-empty.txt", "");
    dir.write(
        "3-photo.txt",
        b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01",
    );
    dir.write("4-good.txt", article(4));
    let out = extract(&[s(dir.path())], None);
    assert_eq!(out.status.code(), Some(1));
    let values = lines(&out);
    assert_eq!(values.len(), 4);
    let kinds: Vec<Option<&str>> = values
        .iter()
        .map(|v| v.get("error").map(|e| e["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(kinds, [None, Some("empty"), Some("binary"), None]);
    let error: ErrorRecord = serde_json::from_value(values[1].clone()).unwrap();
    assert!(error.source.path.ends_with("2-empty.txt"));
    assert_eq!(error.error.message, "file is empty");
    // Never decoded: no encoding to report (null, not an empty string).
    assert_eq!(error.source.encoding, None);
    assert!(values[2]["source"]["encoding"].is_null());
    let good: serde_json::Value = values[0].clone();
    assert_eq!(good["source"]["encoding"], "utf-8");
    assert_eq!(stderr(&out), "extract: 2 articles, 2 errors");

    // Several file arguments: a missing one is an error record too.
    let good = dir.path().join("1-good.txt");
    let out = extract(&[s(&good), "/nonexistent/x.txt", s(&good)], None);
    assert_eq!(out.status.code(), Some(1));
    let values = lines(&out);
    assert_eq!(values.len(), 3);
    assert_eq!(values[1]["error"]["kind"], "unreadable");
    assert_eq!(values[1]["source"]["path"], "/nonexistent/x.txt");
}

#[test]
fn out_dir_mirrors_the_tree_atomically() {
    let input = TempDir::new("mirror-in");
    let out = TempDir::new("mirror-out");
    input.write("top.txt", article(1));
    input.write(
        "x/y/deep.html",
        format!("<html><body><p>{}</p></body></html>", article(2)),
    );
    input.write("x/empty.txt", "  \n");
    input.write("x/skip.md", "not taken");
    let target = out.path().join("o");
    let run = extract(&[s(input.path()), "--out-dir", s(&target)], None);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    assert!(run.stdout.is_empty());
    assert_eq!(stderr(&run), "extract: 2 articles, 1 error");
    assert_eq!(
        files_under(&target),
        [
            "top.txt.json",
            "x/empty.txt.error.json",
            "x/y/deep.html.json"
        ]
    );
    // One pretty record per file, as `extract FILE` prints it.
    let text = std::fs::read_to_string(target.join("top.txt.json")).unwrap();
    assert!(text.starts_with("{\n  \"schema_version\": 1"));
    let record: Record = serde_json::from_str(&text).unwrap();
    assert!(record.source.path.ends_with("top.txt"));

    // A plain file argument is written under its file name; --compact gives one line.
    let single = out.path().join("single");
    let file = input.path().join("x/y/deep.html");
    let run = extract(&[s(&file), "--out-dir", s(&single), "--compact"], None);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(files_under(&single), ["deep.html.json"]);
    let text = std::fs::read_to_string(single.join("deep.html.json")).unwrap();
    assert_eq!(text.lines().count(), 1);
}

/// Every file under `dir`, relative, sorted; temporary files would show up here.
fn files_under(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let kind = e.file_type().unwrap();
            if kind.is_dir() {
                stack.push(e.path());
            } else {
                let rel = e.path().strip_prefix(dir).unwrap().to_path_buf();
                found.push(rel.to_str().unwrap().to_string());
            }
        }
    }
    found.sort();
    found
}

#[cfg(unix)]
#[test]
fn out_dir_is_never_left() {
    use std::os::unix::fs::symlink;
    let input = TempDir::new("escape-in");
    let out = TempDir::new("escape-out");
    let outside = TempDir::new("escape-outside");
    outside.write("secret.txt", article(9));
    input.write("..dots.txt", article(1));
    input.write("....txt", article(2));
    input.write("sub/a.txt", article(3));
    input.write("inside/b.txt", article(4));
    // A symlink out of the input folder is not followed (its target is never read)…
    symlink(
        outside.path().join("secret.txt"),
        input.path().join("leak.txt"),
    )
    .unwrap();
    // …a symlink to a file inside it is read; a symlinked folder is not entered.
    symlink(
        input.path().join("sub/a.txt"),
        input.path().join("alias.txt"),
    )
    .unwrap();
    symlink(outside.path(), input.path().join("linked-dir")).unwrap();
    // Inside OUT, a folder that is a symlink to elsewhere is not written through.
    let target = out.path().join("o");
    std::fs::create_dir_all(&target).unwrap();
    symlink(outside.path(), target.join("inside")).unwrap();

    let run = extract(&[s(input.path()), "--out-dir", s(&target)], None);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    assert_eq!(
        files_under(outside.path()),
        ["secret.txt"],
        "nothing written outside OUT"
    );
    let written = files_under(&target);
    assert!(
        written.contains(&"..dots.txt.json".to_string()),
        "{written:?}"
    );
    assert!(written.contains(&"....txt.json".to_string()), "{written:?}");
    assert!(
        written.contains(&"sub/a.txt.json".to_string()),
        "{written:?}"
    );
    assert!(
        written.contains(&"alias.txt.json".to_string()),
        "{written:?}"
    );
    assert!(
        written.contains(&"leak.txt.error.json".to_string()),
        "{written:?}"
    );
    assert!(
        !written.iter().any(|f| f.starts_with("linked-dir")),
        "{written:?}"
    );
    assert!(!written.iter().any(|f| f.contains(".tmp")), "{written:?}");
    let leak = std::fs::read_to_string(target.join("leak.txt.error.json")).unwrap();
    assert!(leak.contains("outside"), "{leak}");
    assert!(!leak.contains("Hale9"), "the target was read: {leak}");
    assert!(stderr(&run).contains("not a folder"), "{}", stderr(&run));

    // In the stream, the symlink out is an error record too, and its target is not read.
    let run = extract(&[s(input.path())], None);
    let values = lines(&run);
    let leak = values
        .iter()
        .find(|v| v["source"]["path"].as_str().unwrap().ends_with("leak.txt"))
        .unwrap();
    assert_eq!(leak["error"]["kind"], "unreadable");
}

#[test]
fn skip_existing_resumes_a_run() {
    let input = TempDir::new("resume-in");
    let out = TempDir::new("resume-out");
    for n in 0..5 {
        input.write(&format!("a{n}.txt"), article(n));
    }
    let target = out.path().join("o");
    let run = extract(&[s(input.path()), "--out-dir", s(&target)], None);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    // Simulate an interrupted run: one output missing, one left by the first run (kept as is).
    std::fs::remove_file(target.join("a3.txt.json")).unwrap();
    std::fs::write(target.join("a1.txt.json"), "kept").unwrap();
    // The killed run's half-written temporary file, and a user's file that only looks alike.
    std::fs::write(target.join(".a3.txt.json.4242-7.tmp"), "{\"half").unwrap();
    std::fs::write(target.join(".notes.tmp"), "mine").unwrap();
    let run = extract(
        &[s(input.path()), "--out-dir", s(&target), "--skip-existing"],
        None,
    );
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    assert_eq!(
        stderr(&run),
        "extract: 1 article, 0 errors, 4 skipped (already done)"
    );
    assert_eq!(
        std::fs::read_to_string(target.join("a1.txt.json")).unwrap(),
        "kept"
    );
    assert!(target.join("a3.txt.json").exists());
    assert!(!target.join(".a3.txt.json.4242-7.tmp").exists());
    assert!(target.join(".notes.tmp").exists());

    // Without --skip-existing everything is redone.
    let run = extract(&[s(input.path()), "--out-dir", s(&target)], None);
    assert_eq!(stderr(&run), "extract: 5 articles, 0 errors");
    assert_ne!(
        std::fs::read_to_string(target.join("a1.txt.json")).unwrap(),
        "kept"
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = TempDir::new("usage");
    dir.write("a.txt", article(1));
    for args in [
        vec![s(dir.path()), "--skip-existing"],
        vec!["-", "-"],
        vec![s(dir.path()), "-j", "0"],
        vec![s(dir.path()), "--glob", "["],
        vec!["--stdin-jsonl", s(dir.path())],
    ] {
        let out = extract(&args, Some(b""));
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn stdin_jsonl_keeps_line_order_and_reports_bad_lines() {
    let mut input = String::new();
    for n in 0..30 {
        let line = match n {
            7 => "this is not json".to_string(),
            11 => r#"{"id": "no-text"}"#.to_string(),
            13 => serde_json::json!({"id": n, "text": ""}).to_string(),
            17 => serde_json::json!({"id": n, "html": format!("<html><body><p>{}</p></body></html>", article(n))}).to_string(),
            _ => serde_json::json!({"id": format!("doc-{n}"), "text": article(n).repeat(1 + n % 4), "published": "2025-06-05"}).to_string(),
        };
        input.push_str(&line);
        input.push('\n');
    }
    let one = extract(&["--stdin-jsonl", "-j", "1"], Some(input.as_bytes()));
    let two = extract(&["--stdin-jsonl", "-j", "2"], Some(input.as_bytes()));
    assert_eq!(one.status.code(), Some(1), "{}", stderr(&one));
    assert!(one.stdout == two.stdout, "-j 1 and -j 2 differ");
    let values = lines(&one);
    assert_eq!(values.len(), 30);
    let got = paths(&values);
    assert_eq!(got[0], "doc-0");
    assert_eq!(got[7], "stdin:8");
    assert_eq!(got[11], "no-text");
    assert_eq!(got[13], "13");
    assert_eq!(got[17], "17");
    assert_eq!(got[29], "doc-29");
    assert_eq!(values[7]["error"]["kind"], "malformed");
    assert_eq!(values[11]["error"]["kind"], "malformed");
    assert_eq!(values[13]["error"]["kind"], "empty");
    assert_eq!(values[17]["source"]["format"], "html");
    assert!(values[17].get("error").is_none(), "{}", values[17]);
    let record: Record = serde_json::from_value(values[0].clone()).unwrap();
    assert_eq!(record.source.format, "text");
    assert_eq!(stderr(&one), "extract: 27 articles, 3 errors");
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let dir = TempDir::new("pipe");
    for n in 0..60 {
        // ~30 KB records: far more than a pipe buffer, so the writer meets the closed pipe.
        dir.write(&format!("a{n:02}.txt"), article(n).repeat(40));
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_extract"))
        .args([s(dir.path()), "-j", "2"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        // Like `extract dir | head -n 1`.
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        reader.read_line(&mut first).unwrap();
        assert!(first.starts_with("{\"schema_version\":1"));
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "", "quiet on a closed pipe");
}
