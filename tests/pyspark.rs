//! PySpark for real: `sc.textFile(…).pipe("extract --stdin-jsonl")` in local mode (two worker
//! threads, loopback only), through tests/pyspark_pipe.py — the README's example.
//!
//! PySpark lives in a virtual environment that `.ci/run` creates (`target/pyspark-venv`), or the
//! interpreter named by `SPORTFACTS_PYSPARK_PYTHON`. Without it the test fails under CI (env `CI`
//! set) and is skipped elsewhere. Java 17 must be on the PATH (or JAVA_HOME).

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The Python interpreter with pyspark importable, if any.
fn pyspark_python() -> Option<PathBuf> {
    let python = match std::env::var_os("SPORTFACTS_PYSPARK_PYTHON") {
        Some(p) => PathBuf::from(p),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("target/pyspark-venv/bin/python"),
    };
    let importable = Command::new(&python)
        .args(["-c", "import pyspark"])
        .output()
        .is_ok_and(|o| o.status.success());
    importable.then_some(python)
}

fn article(n: usize) -> String {
    format!(
        "Rovers Edge United {n}\n\nBy Ana Ruiz\n\nRovers beat United {}-1 at the City Ground on Sunday, said coach Sam Hale.\n",
        n % 5 + 2
    )
}

#[test]
fn rdd_pipe_through_extract_stdin_jsonl() {
    let Some(python) = pyspark_python() else {
        if std::env::var_os("CI").is_some() {
            panic!(
                "pyspark is not importable: .ci/run should have created target/pyspark-venv \
                 (or set SPORTFACTS_PYSPARK_PYTHON)"
            );
        }
        eprintln!(
            "skipping: no pyspark (python3 -m venv target/pyspark-venv && \
             target/pyspark-venv/bin/pip install 'pyspark==4.*')"
        );
        return;
    };
    let dir = std::env::temp_dir().join(format!("sportfacts-pyspark-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("articles.jsonl");
    let mut lines = Vec::new();
    for n in 0..40 {
        lines.push(match n {
            9 => "{broken json".to_string(),
            23 => serde_json::json!({"id": n, "text": "   "}).to_string(),
            31 => serde_json::json!({
                "id": format!("page-{n}"),
                "html": format!("<html><body><article><p>{}</p></article></body></html>", article(n)),
            })
            .to_string(),
            _ => serde_json::json!({
                "id": format!("doc-{n}"),
                "text": article(n),
                "published": "2025-06-05",
            })
            .to_string(),
        });
    }
    std::fs::write(&input, lines.join("\n") + "\n").unwrap();

    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pyspark_pipe.py");
    let out = Command::new(&python)
        .arg(&script)
        .arg(env!("CARGO_BIN_EXE_extract"))
        .arg(&input)
        .env("SPARK_LOCAL_IP", "127.0.0.1")
        .env("PYSPARK_PYTHON", &python)
        .output()
        .expect("python runs");
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "pyspark failed:\n{stderr}");

    let records: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON record per line"))
        .collect();
    assert_eq!(records.len(), 40, "{stderr}");
    let paths: Vec<&str> = records
        .iter()
        .map(|r| r["source"]["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths[0], "doc-0");
    // A line without an id is named by its number within its partition.
    assert!(paths[9].starts_with("stdin:"), "{}", paths[9]);
    assert_eq!(paths[23], "23");
    assert_eq!(paths[31], "page-31");
    assert_eq!(paths[39], "doc-39");
    for (n, r) in records.iter().enumerate() {
        match n {
            9 => assert_eq!(r["error"]["kind"], "malformed"),
            23 => assert_eq!(r["error"]["kind"], "empty"),
            _ => {
                assert!(r.get("error").is_none(), "line {n}: {r}");
                assert_eq!(r["schema_version"], 1);
                let expected = if n == 31 { "html" } else { "text" };
                assert_eq!(r["source"]["format"], expected);
            }
        }
    }
    assert!(stderr.contains("pyspark: 38 records"), "{stderr}");
}
