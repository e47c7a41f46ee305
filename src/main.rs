//! The `extract` command: argument parsing and output only; the pipeline is the library.

use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Parser;

use sportfacts::{eval, Format, Options, Pipeline};

/// Turn sports articles (scraped text or saved HTML pages) into normalised JSON facts.
///
/// For each article, `extract` prints one JSON record (schema v1): `article` metadata (title,
/// authors, published, section, site), the cleaned `body`, its `paragraphs` and `sentences`, and the
/// facts found in it — `entities` (people, teams, competitions, venues, places, organisations),
/// `dates` (TIMEX3 values resolved against the publication date), `scores` (linked to teams),
/// `quotes` (with speakers) and `events` (match results). Every fact carries `start`/`end`
/// Unicode code-point offsets into `body` and the index of its `sentence`.
///
/// Exit codes: 0 success, 1 some inputs failed (their error records were written), 2 usage or
/// fatal error.
#[derive(Parser, Debug)]
#[command(name = "extract", version, about, long_about, after_help = AFTER_HELP)]
struct Args {
    /// Article file(s) to read; `-` reads standard input.
    #[arg(value_name = "FILE", required_unless_present = "eval")]
    inputs: Vec<PathBuf>,

    /// Print each record on one line instead of pretty-printed.
    #[arg(long)]
    compact: bool,

    /// Reference date (YYYY-MM-DD) for relative dates when the article carries none.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    published: Option<NaiveDate>,

    /// Take text input as clean body text as it is: no junk removal, no metadata lines.
    #[arg(long)]
    plain: bool,

    /// Treat every input as HTML (default: detect by content).
    #[arg(long, conflicts_with = "text")]
    html: bool,

    /// Treat every input as plain text (default: detect by content).
    #[arg(long)]
    text: bool,

    /// Refuse inputs larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = sportfacts::input::DEFAULT_MAX_BYTES)]
    max_bytes: usize,

    /// Extra gazetteer file (TSV, the format of data/gazetteer/*.tsv); repeatable. Its entries add
    /// to the built-in ones and override entries with the same name and type.
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,

    /// Score the pipeline against gold files (*.gold.json) under PATH and print P/R/F1 per kind.
    #[arg(long, value_name = "PATH")]
    eval: Option<PathBuf>,

    /// With --eval: list every miss (false positive, false negative, wrong speaker) per article.
    #[arg(long, requires = "eval")]
    misses: bool,

    /// With --eval: print the figures as JSON.
    #[arg(long, requires = "eval")]
    json: bool,
}

const AFTER_HELP: &str = "Examples:
  extract article.txt > facts.json
  curl -s https://example.com/match-report | extract - --compact
  extract --plain --published 2025-06-05 clean.txt
  extract --eval fixtures --misses";

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| format!("expected YYYY-MM-DD, got {s:?}"))
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("extract: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Args) -> Result<ExitCode, String> {
    let options = Options {
        plain: args.plain,
        published: args.published,
        max_bytes: args.max_bytes,
        format: if args.html {
            Some(Format::Html)
        } else if args.text {
            Some(Format::Text)
        } else {
            None
        },
    };
    let mut extra = Vec::new();
    for path in &args.gazetteer {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        extra.push((path.display().to_string(), text));
    }
    let pipeline = Pipeline::with_gazetteers(options, &extra)?;

    if let Some(path) = &args.eval {
        let report = eval::evaluate(&pipeline, path)?;
        let out = if args.json {
            serde_json::to_string_pretty(&report.figures()).map_err(|e| e.to_string())?
        } else {
            report.table(args.misses)
        };
        println!("{out}");
        return Ok(ExitCode::SUCCESS);
    }

    let mut failed = 0;
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for path in &args.inputs {
        let name = path.display().to_string();
        let bytes = if name == "-" {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("-: cannot read standard input: {e}"))?;
            buf
        } else {
            match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("extract: {name}: cannot read: {e}");
                    failed += 1;
                    continue;
                }
            }
        };
        match pipeline.extract(&bytes, &name) {
            Ok(record) => {
                let json = if args.compact || args.inputs.len() > 1 {
                    serde_json::to_string(&record)
                } else {
                    serde_json::to_string_pretty(&record)
                }
                .map_err(|e| e.to_string())?;
                if writeln!(out, "{json}").is_err() {
                    // Broken pipe (`extract … | head`): stop quietly.
                    return Ok(ExitCode::SUCCESS);
                }
            }
            Err(e) => {
                eprintln!("extract: {name}: {e}");
                failed += 1;
            }
        }
    }
    Ok(match (failed, args.inputs.len()) {
        (0, _) => ExitCode::SUCCESS,
        (_, 1) => ExitCode::from(2),
        _ => ExitCode::from(1),
    })
}
