//! Runs the real `extract` binary and reads its JSON into typed records, as users do.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use sportfacts::Record;

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
            // The child may refuse early (too large) and close its end: ignore the broken pipe.
            let _ = pipe.write_all(bytes);
        }
    }
    child.wait_with_output().expect("binary finishes")
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("sportfacts-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn stderr_line(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).trim().to_string()
}

const REPORT: &str = "Arsenal Edge Chelsea\n\nBy Ana Ruiz\n\nPublished: 5 June 2025\n\nArsenal beat Chelsea 2-1 at the Emirates Stadium on Sunday.\n";

#[test]
fn file_to_pretty_json() {
    let path = temp_file("report.txt", REPORT.as_bytes());
    let out = extract(&[path.to_str().unwrap()], None);
    assert!(out.status.success(), "{}", stderr_line(&out));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("{\n  \"schema_version\": 1"));
    let record: Record = serde_json::from_str(&text).unwrap();
    assert_eq!(
        record.article.title.as_deref(),
        Some("Arsenal Edge Chelsea")
    );
    assert_eq!(record.article.authors, ["Ana Ruiz"]);
    assert_eq!(record.article.published.as_deref(), Some("2025-06-05"));
    assert_eq!(record.source.format, "text");
    assert_eq!(record.source.encoding.as_deref(), Some("utf-8"));
    assert!(!record.body.contains("By Ana Ruiz"));
}

#[test]
fn stdin_and_compact() {
    let out = extract(&["-", "--compact"], Some(REPORT.as_bytes()));
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.trim_end().lines().count(), 1);
    let record: Record = serde_json::from_str(&text).unwrap();
    assert_eq!(record.source.path, "-");
}

#[test]
fn plain_keeps_text_as_it_is() {
    let out = extract(
        &["-", "--plain", "--published", "2025-06-05"],
        Some(b"By Ana Ruiz\n\nArsenal won on Sunday."),
    );
    assert!(out.status.success());
    let record: Record = serde_json::from_slice(&out.stdout).unwrap();
    assert!(record.body.starts_with("By Ana Ruiz"));
    assert_eq!(record.article.authors, Vec::<String>::new());
}

#[test]
fn empty_file_is_a_clear_error() {
    let path = temp_file("empty.txt", b"");
    let out = extract(&[path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_line(&out);
    assert!(err.ends_with("empty.txt: file is empty"), "{err}");
    assert_eq!(err.lines().count(), 1);
    assert!(out.stdout.is_empty());
}

#[test]
fn binary_file_is_a_clear_error() {
    let path = temp_file(
        "photo.jpg",
        b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0\xff\xdb",
    );
    let out = extract(&[path.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_line(&out).contains("binary"),
        "{}",
        stderr_line(&out)
    );
}

#[test]
fn missing_file_is_a_clear_error() {
    let out = extract(&["/nonexistent/article.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_line(&out);
    assert!(
        err.starts_with("extract: /nonexistent/article.txt: cannot read"),
        "{err}"
    );
    assert!(!err.contains("panicked"));
}

#[test]
fn latin1_text_is_decoded() {
    let bytes = b"Rivals Draw\n\nJos\xe9 Mar\xeda Gim\xe9nez said the club\x92s draw was \x93fair\x94 on Sunday.\n";
    let out = extract(&["-", "--compact"], Some(bytes));
    assert!(out.status.success());
    let record: Record = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(record.source.encoding.as_deref(), Some("windows-1252"));
    assert!(record.body.contains("José María Giménez"));
}

#[test]
fn fifty_megabytes_is_refused_clearly() {
    let big = "The striker scored again. ".repeat(2_000_000);
    assert!(big.len() > 50_000_000);
    let out = extract(&["-", "--compact"], Some(big.as_bytes()));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_line(&out);
    assert!(err.contains("over the limit"), "{err}");
}

#[test]
fn one_line_of_five_megabytes_does_not_panic() {
    let line = "Arsenal beat Chelsea 2-1 on Sunday, said Mikel Arteta, and “we go again” in 2025. "
        .repeat(60_000);
    assert!(line.len() > 5_000_000);
    let out = extract(
        &["-", "--compact", "--max-bytes", "10000000"],
        Some(line.as_bytes()),
    );
    assert!(out.status.success(), "{}", stderr_line(&out));
    let record: Record = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!record.body.is_empty());
}

#[test]
fn bad_date_flag_is_a_usage_error() {
    let out = extract(&["-", "--published", "June 5"], Some(b"x"));
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_explains_the_output() {
    let out = extract(&["--help"], None);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("code-point offsets"));
    assert!(text.contains("--published"));
}

#[test]
fn eval_into_a_closed_pipe_exits_quietly() {
    // Like `extract --eval fixtures | head -n 3`: the reader is gone before the table is written.
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures");
    let mut child = Command::new(env!("CARGO_BIN_EXE_extract"))
        .args(["--eval", fixtures, "--misses"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("binary finishes");
    assert_eq!(out.status.code(), Some(0), "{}", stderr_line(&out));
    assert_eq!(stderr_line(&out), "", "no panic, no message");
}
