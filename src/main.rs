//! The `extract` command: argument parsing and output only; the pipeline is the library.

use std::collections::HashSet;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use chrono::NaiveDate;
use clap::Parser;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use sportfacts::batch::{self, FileFilter, Input, LineReader, OutDir, StreamPipelines};
use sportfacts::{eval, Format, Options, Pipeline};

// mimalloc (its v2 line): the pipeline makes many small, short-lived allocations; it runs the
// whole pipeline about 20% faster than the system allocator here and does not serialise threads on
// one arena. The v3 line was as fast but held 50% more resident memory in big batches.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turn sports articles (scraped text or saved HTML pages) into normalised JSON facts.
///
/// For each article, `extract` prints one JSON record (schema v1): `article` metadata (title,
/// authors, published, section, site), the cleaned `body`, its `paragraphs` and `sentences`, and the
/// facts found in it — `entities` (people, teams, competitions, venues, places, organisations),
/// `dates` (TIMEX3 values resolved against the publication date), `scores` (linked to teams),
/// `quotes` (with speakers) and `events` (match results). Every fact carries `start`/`end`
/// Unicode code-point offsets into `body` and the index of its `sentence`.
///
/// One file: one pretty-printed record. A folder or several inputs: JSON Lines, one compact record
/// per input in path order (folders recursively, sorted), processed in parallel; an input that
/// cannot be processed becomes an error record `{"source": …, "error": {"kind", "message"}}` and
/// the rest goes on. `--out-dir` writes one file per input instead. `--stdin-jsonl` reads
/// `{"id", "text"|"html", "published"?}` lines and writes one record per line, in order (for
/// Spark's rdd.pipe, Hadoop Streaming, GNU parallel --pipe).
///
/// Exit codes: 0 success, 1 some inputs failed (their error records were written), 2 usage or
/// fatal error.
#[derive(Parser, Debug)]
#[command(name = "extract", version, about, long_about, after_help = AFTER_HELP)]
struct Args {
    /// Article files or folders to read; `-` reads standard input. Folders are read recursively
    /// (files matching --glob, by default *.txt *.text *.html *.htm).
    #[arg(value_name = "PATH", required_unless_present_any = ["eval", "stdin_jsonl"])]
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

    /// Write OUT/<path relative to the folder given>.json per input (OUT/<name>.error.json for a
    /// failed one) instead of printing; each file is written atomically.
    #[arg(long, value_name = "OUT")]
    out_dir: Option<PathBuf>,

    /// With --out-dir: skip inputs whose OUT/….json exists (resume an interrupted run; inputs
    /// that failed before are tried again).
    #[arg(long, requires = "out_dir")]
    skip_existing: bool,

    /// Which files to take from folders (repeatable): a pattern without `/` matches the file
    /// name, one with `/` the path inside the folder (`**` crosses folders).
    #[arg(long, value_name = "PATTERN")]
    glob: Vec<String>,

    /// Worker threads (default: one per core).
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,

    /// No progress bar and no summary line on standard error.
    #[arg(short, long)]
    quiet: bool,

    /// Read JSON lines {"id": …, "text"|"html": …, "published"?: "YYYY-MM-DD"} from standard
    /// input and write one compact record per line, in the same order (source.path is the id; a
    /// bad line becomes an error record of kind "malformed").
    #[arg(long, conflicts_with_all = ["inputs", "out_dir", "html", "text", "eval"])]
    stdin_jsonl: bool,
}

const AFTER_HELP: &str = "Examples:
  extract article.txt > facts.json
  curl -s https://example.com/match-report | extract - --compact
  extract --plain --published 2025-06-05 clean.txt
  extract corpus/ > facts.jsonl
  extract corpus/ --out-dir facts/ --skip-existing -j 4
  extract --stdin-jsonl < articles.jsonl > facts.jsonl
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
    if args.stdin_jsonl {
        let pipelines = StreamPipelines::new(&options, &extra)?;
        return run_stream(&args, &pipelines);
    }
    let pipeline = Pipeline::with_gazetteers(options, &extra)?;

    if let Some(path) = &args.eval {
        let report = eval::evaluate(&pipeline, path)?;
        let out = if args.json {
            serde_json::to_string_pretty(&report.figures()).map_err(|e| e.to_string())?
        } else {
            report.table(args.misses)
        };
        let mut stdout = io::stdout().lock();
        return match writeln!(stdout, "{out}").and_then(|()| stdout.flush()) {
            // `extract --eval dir | head`: stop quietly.
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                Err(format!("cannot write output: {e}"))
            }
            _ => Ok(ExitCode::SUCCESS),
        };
    }

    let one_file = args.inputs.len() == 1
        && args.out_dir.is_none()
        && !std::fs::metadata(&args.inputs[0]).is_ok_and(|m| m.is_dir());
    if one_file {
        run_single(&args, &pipeline, &args.inputs[0])
    } else {
        run_batch(&args, &pipeline)
    }
}

/// One file (or `-`): the record pretty-printed (one line with --compact); a failure is one
/// stderr line and exit code 2.
fn run_single(args: &Args, pipeline: &Pipeline, path: &Path) -> Result<ExitCode, String> {
    let name = path.display().to_string();
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("-: cannot read standard input: {e}"))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| format!("{name}: cannot read: {e}"))?
    };
    let record = pipeline
        .extract(&bytes, &name)
        .map_err(|e| format!("{name}: {e}"))?;
    let json = if args.compact {
        serde_json::to_string(&record)
    } else {
        serde_json::to_string_pretty(&record)
    }
    .map_err(|e| e.to_string())?;
    let mut out = io::stdout().lock();
    match writeln!(out, "{json}").and_then(|()| out.flush()) {
        // Broken pipe (`extract … | head`): stop quietly.
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(format!("cannot write output: {e}")),
        _ => Ok(ExitCode::SUCCESS),
    }
}

/// Folders and several inputs: parallel, in path order, error records in the stream (or files
/// under --out-dir), a summary on stderr.
fn run_batch(args: &Args, pipeline: &Pipeline) -> Result<ExitCode, String> {
    let stdin_inputs = args.inputs.iter().filter(|p| p.as_os_str() == "-").count();
    if stdin_inputs > 1 {
        return Err("`-` (standard input) can be given only once".into());
    }
    if stdin_inputs > 0 && args.out_dir.is_some() {
        return Err("`-` (standard input) has no file name for --out-dir".into());
    }
    let filter = FileFilter::new(&args.glob)?;
    let out_dir = match &args.out_dir {
        Some(path) => Some(OutDir::create(path).map_err(|e| format!("{}: {e}", path.display()))?),
        None => None,
    };
    if let Some(out) = &out_dir {
        // An interrupted run leaves its half-written temporary files; a new run clears them.
        out.remove_stale_temps()
            .map_err(|e| format!("{}: {e}", out.root().display()))?;
    }
    let mut inputs = batch::discover(&args.inputs, &filter, out_dir.as_ref().map(|o| o.root()));
    let mut skipped = 0usize;
    if let Some(out) = &out_dir {
        // One folder's files have distinct relative paths; several arguments may collide.
        let mut targets = HashSet::new();
        let check_collisions = args.inputs.len() > 1;
        let mut collision = None;
        inputs.retain(|input| {
            let Some(target) = out.target(input, ".json") else {
                return true;
            };
            if args.skip_existing && std::fs::symlink_metadata(&target).is_ok() {
                skipped += 1;
                return false;
            }
            if check_collisions && !targets.insert(target.clone()) && collision.is_none() {
                collision = Some((input.display(), target));
            }
            true
        });
        if let Some((name, target)) = collision {
            return Err(format!(
                "{name}: another input also writes {}; give the folders separately",
                target.display()
            ));
        }
    }

    let pool = thread_pool(args.jobs)?;
    let window = batch::WINDOW_PER_THREAD * pool.current_num_threads();
    let progress = progress_bar(Some(inputs.len() as u64), args.quiet);
    let mut summary = Summary {
        skipped,
        ..Summary::default()
    };
    let result = match &out_dir {
        None => {
            let mut out = BufWriter::with_capacity(256 * 1024, io::stdout().lock());
            batch::for_each_ordered(
                &pool,
                window,
                inputs.into_iter(),
                |input| batch::extract_file(pipeline, &input, false),
                |outcome| match outcome {
                    Some(outcome) => {
                        summary.count(outcome.failed);
                        progress.inc(1);
                        out.write_all(outcome.json.as_bytes())?;
                        out.write_all(b"\n")
                    }
                    None => out.flush(),
                },
            )
        }
        Some(out) => {
            let pretty = !args.compact;
            batch::for_each_ordered(
                &pool,
                window,
                inputs.into_iter(),
                |input| write_one(out, pipeline, &input, pretty),
                |done| {
                    if let Some((failed, note)) = done {
                        summary.count(failed);
                        progress.inc(1);
                        if let Some(note) = note {
                            progress.suspend(|| eprintln!("extract: {note}"));
                        }
                    }
                    Ok(())
                },
            )
        }
    };
    finish(result, &progress, &summary, args.quiet)
}

/// Extracts one input and writes OUT/<rel>.json (or .error.json), removing a stale file of the
/// other kind from an earlier run. Returns (failed, message for stderr).
fn write_one(
    out: &OutDir,
    pipeline: &Pipeline,
    input: &Input,
    pretty: bool,
) -> (bool, Option<String>) {
    let outcome = batch::extract_file(pipeline, input, pretty);
    let (suffix, stale) = if outcome.failed {
        (".error.json", ".json")
    } else {
        (".json", ".error.json")
    };
    let Some(target) = out.target(input, suffix) else {
        let note = format!(
            "{}: no file name to write under the output folder",
            input.display()
        );
        return (true, Some(note));
    };
    let mut bytes = outcome.json.into_bytes();
    bytes.push(b'\n');
    match out.write(&target, &bytes) {
        Ok(()) => {
            if let Some(stale) = out.target(input, stale) {
                // Only a plain file of ours is removed; a missing one is the usual case.
                if std::fs::symlink_metadata(&stale).is_ok_and(|m| m.is_file()) {
                    let _ = std::fs::remove_file(&stale);
                }
            }
            (outcome.failed, None)
        }
        Err(e) => (true, Some(format!("{}: {e}", target.display()))),
    }
}

/// `--stdin-jsonl`: one record per input line, in order, processed in parallel.
fn run_stream(args: &Args, pipelines: &StreamPipelines) -> Result<ExitCode, String> {
    let pool = thread_pool(args.jobs)?;
    let window = batch::WINDOW_PER_THREAD * pool.current_num_threads();
    let limit = LineReader::<io::Empty>::limit_for(args.max_bytes);
    let mut lines = LineReader::new(io::BufReader::with_capacity(256 * 1024, io::stdin()), limit);
    let progress = progress_bar(None, args.quiet);
    let mut summary = Summary::default();
    let mut out = BufWriter::with_capacity(256 * 1024, io::stdout().lock());
    let result = batch::for_each_ordered(
        &pool,
        window,
        &mut lines,
        |line| batch::extract_line(pipelines, line),
        |outcome| match outcome {
            Some(outcome) => {
                summary.count(outcome.failed);
                progress.inc(1);
                out.write_all(outcome.json.as_bytes())?;
                out.write_all(b"\n")
            }
            None => out.flush(),
        },
    );
    if let Some(e) = lines.error.take() {
        progress.finish_and_clear();
        return Err(format!("cannot read standard input: {e}"));
    }
    finish(result, &progress, &summary, args.quiet)
}

#[derive(Default)]
struct Summary {
    articles: usize,
    errors: usize,
    skipped: usize,
}

impl Summary {
    fn count(&mut self, failed: bool) {
        if failed {
            self.errors += 1;
        } else {
            self.articles += 1;
        }
    }

    fn line(&self) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut line = format!(
            "extract: {}, {}",
            plural(self.articles, "article", "articles"),
            plural(self.errors, "error", "errors")
        );
        if self.skipped > 0 {
            line.push_str(&format!(", {} skipped (already done)", self.skipped));
        }
        line
    }
}

/// The end of a batch: a closed pipe is a quiet success (`extract dir | head`); another write
/// error is fatal; else the summary, and exit code 1 when any input failed.
fn finish(
    result: io::Result<()>,
    progress: &ProgressBar,
    summary: &Summary,
    quiet: bool,
) -> Result<ExitCode, String> {
    progress.finish_and_clear();
    match result {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        Err(e) => return Err(format!("cannot write output: {e}")),
        Ok(()) => {}
    }
    if !quiet {
        eprintln!("{}", summary.line());
    }
    Ok(if summary.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn thread_pool(jobs: Option<u16>) -> Result<rayon::ThreadPool, String> {
    rayon::ThreadPoolBuilder::new()
        // 0 lets rayon pick: one thread per core (or RAYON_NUM_THREADS).
        .num_threads(jobs.map_or(0, usize::from))
        .thread_name(|i| format!("extract-{i}"))
        .build()
        .map_err(|e| format!("cannot start worker threads: {e}"))
}

/// A progress bar on stderr when it is a terminal (and not --quiet): done/total, rate, ETA; a
/// counter when the total is unknown (a stream). Plain when NO_COLOR is set.
fn progress_bar(total: Option<u64>, quiet: bool) -> ProgressBar {
    if quiet || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let colour = !matches!(std::env::var_os("NO_COLOR"), Some(v) if !v.is_empty());
    let template = match (total.is_some(), colour) {
        (true, true) => "{spinner:.green} {wide_bar:.cyan/blue} {pos}/{len} ({rate}, ETA {eta})",
        (true, false) => "{spinner} {wide_bar} {pos}/{len} ({rate}, ETA {eta})",
        (false, true) => "{spinner:.green} {pos} lines ({rate})",
        (false, false) => "{spinner} {pos} lines ({rate})",
    };
    let style = ProgressStyle::with_template(template)
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} articles/s", state.per_sec());
            },
        )
        .progress_chars("=> ");
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr_with_hz(10));
    bar.set_style(style);
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}
