//! Batch runs: many inputs in, one record per input out, in input order, processed in parallel
//! with memory bounded whatever the number of inputs.
//!
//! The pieces, used by the `extract` CLI and usable on their own:
//! - [`FileFilter`] and [`discover`]: which files a folder holds (recursively, sorted, symlinks
//!   never followed out of the folder given);
//! - [`for_each_ordered`]: the parallel engine — rayon workers pull inputs, a reorder window hands
//!   results back in input order, so the output is byte-identical for any thread count and at most
//!   `window` results are ever held;
//! - [`extract_file`] / [`extract_line`]: one input → one compact JSON record or error record;
//! - [`LineReader`]: the `--stdin-jsonl` reader (length-bounded lines);
//! - [`OutDir`]: atomic writes that never land outside the output folder.

use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{self, TryRecvError};
use std::sync::{Condvar, Mutex, MutexGuard};

use chrono::NaiveDate;
use globset::{GlobBuilder, GlobSet, GlobSetBuilder};
use serde_json::{Map, Value};

use crate::input::{self, Format, InputError};
use crate::record::{ErrorInfo, ErrorRecord, Source};
use crate::{Options, Pipeline};

/// The extensions taken from a folder when no `--glob` is given.
pub const DEFAULT_GLOBS: [&str; 4] = ["*.txt", "*.text", "*.html", "*.htm"];

// ---------------------------------------------------------------------------------------------
// Choosing files

/// Which files of a folder are inputs. A pattern without `/` matches the file name; a pattern
/// with `/` matches the path relative to the folder given (`/`-separated, `**` crosses folders).
pub struct FileFilter {
    names: GlobSet,
    paths: GlobSet,
}

impl FileFilter {
    /// The filter for `patterns`, or the default extensions (case-insensitive) when empty.
    pub fn new(patterns: &[String]) -> Result<FileFilter, String> {
        let defaults: Vec<String> = DEFAULT_GLOBS.iter().map(|s| s.to_string()).collect();
        let (patterns, case_insensitive) = if patterns.is_empty() {
            (&defaults[..], true)
        } else {
            (patterns, false)
        };
        let mut names = GlobSetBuilder::new();
        let mut paths = GlobSetBuilder::new();
        for pattern in patterns {
            let glob = GlobBuilder::new(pattern)
                .literal_separator(true)
                .case_insensitive(case_insensitive)
                .build()
                .map_err(|e| format!("--glob {pattern:?}: {e}"))?;
            if pattern.contains('/') {
                paths.add(glob);
            } else {
                names.add(glob);
            }
        }
        let build = |b: GlobSetBuilder| b.build().map_err(|e| e.to_string());
        Ok(FileFilter {
            names: build(names)?,
            paths: build(paths)?,
        })
    }

    /// Whether the file `name`, at `relative` inside the folder walked, is an input.
    pub fn matches(&self, name: &OsStr, relative: &Path) -> bool {
        self.names.is_match(name) || (!self.paths.is_empty() && self.paths.is_match(relative))
    }
}

/// One input of a batch: a file to read (or `-`, standard input), or an entry refused while
/// walking (it becomes an error record).
#[derive(Debug, Clone)]
pub struct Input {
    /// The path as found: the argument, or the folder argument joined with the relative path.
    pub path: PathBuf,
    /// How many leading components of `path` to drop to get the output-relative path.
    skip: usize,
    /// Why the entry is not read (a symlink leading out of the folder, an unreadable folder).
    refused: Option<String>,
}

impl Input {
    /// An input named on the command line (a file, or `-`).
    pub fn file(path: PathBuf) -> Input {
        let skip = path.components().count().saturating_sub(1);
        Input {
            path,
            skip,
            refused: None,
        }
    }

    /// The path as recorded in `source.path`.
    pub fn display(&self) -> String {
        self.path.display().to_string()
    }

    pub fn is_stdin(&self) -> bool {
        self.path.as_os_str() == "-"
    }

    /// The path relative to the folder given (the file name for a file argument): where its
    /// output goes under `--out-dir`. `None` when that path would not be a plain relative path.
    pub fn relative(&self) -> Option<PathBuf> {
        let rel: PathBuf = self.path.components().skip(self.skip).collect();
        let plain = rel.components().count() > 0
            && rel.components().all(|c| matches!(c, Component::Normal(_)));
        plain.then_some(rel)
    }
}

/// The inputs named by `args`, in order: a file argument as it is (even if missing: reading it
/// then reports the error), a folder argument as its matching files, recursively, sorted by path.
/// Symlinked files are taken only when they resolve inside the folder given; symlinked folders
/// are not entered (no cycles, no escape). `exclude` (the output folder) is never entered.
pub fn discover(args: &[PathBuf], filter: &FileFilter, exclude: Option<&Path>) -> Vec<Input> {
    let mut inputs = Vec::new();
    for arg in args {
        if arg.as_os_str() != "-" && fs::metadata(arg).is_ok_and(|m| m.is_dir()) {
            walk(arg, filter, exclude, &mut inputs);
        } else {
            inputs.push(Input::file(arg.clone()));
        }
    }
    inputs
}

fn walk(root: &Path, filter: &FileFilter, exclude: Option<&Path>, out: &mut Vec<Input>) {
    let skip = root.components().count();
    let canonical_root = match fs::canonicalize(root) {
        Ok(p) => p,
        Err(e) => {
            out.push(refused(
                root.to_path_buf(),
                skip,
                format!("cannot read folder: {e}"),
            ));
            return;
        }
    };
    // Depth-first over name-sorted entries yields the files in `Path` order (component-wise).
    // An explicit stack: deep trees must not overflow the thread's stack.
    let mut stack: Vec<OpenFolder> = Vec::new();
    match sorted_entries(root) {
        Ok(entries) => stack.push((root.to_path_buf(), PathBuf::new(), entries.into_iter())),
        Err(e) => out.push(refused(root.to_path_buf(), skip, e)),
    }
    while let Some((dir, rel_dir, entries)) = stack.last_mut() {
        let Some((name, kind)) = entries.next() else {
            stack.pop();
            continue;
        };
        let path = dir.join(&name);
        let rel = rel_dir.join(&name);
        if kind.is_dir() {
            if exclude.is_some_and(|x| canonical_root.join(&rel) == x) {
                continue;
            }
            match sorted_entries(&path) {
                Ok(children) => stack.push((path, rel, children.into_iter())),
                Err(e) => out.push(refused(path, skip, e)),
            }
        } else if kind.is_symlink() {
            if !filter.matches(&name, &rel) {
                continue;
            }
            match fs::canonicalize(&path) {
                Ok(target) if !target.starts_with(&canonical_root) => out.push(refused(
                    path,
                    skip,
                    format!(
                        "symlink leads outside {}; not followed",
                        canonical_root.display()
                    ),
                )),
                Ok(target) if target.is_file() => out.push(Input {
                    path,
                    skip,
                    refused: None,
                }),
                // Symlinked folders are not entered; a link to a folder is no input either.
                Ok(_) => {}
                Err(e) => out.push(refused(path, skip, format!("broken symlink: {e}"))),
            }
        } else if filter.matches(&name, &rel) {
            out.push(Input {
                path,
                skip,
                refused: None,
            });
        }
    }
}

/// A folder being walked: its path, its path relative to the root, its entries not yet visited.
type OpenFolder = (
    PathBuf,
    PathBuf,
    std::vec::IntoIter<(OsString, fs::FileType)>,
);

fn refused(path: PathBuf, skip: usize, why: String) -> Input {
    Input {
        path,
        skip,
        refused: Some(why),
    }
}

fn sorted_entries(dir: &Path) -> Result<Vec<(OsString, fs::FileType)>, String> {
    let read = fs::read_dir(dir).map_err(|e| format!("cannot read folder: {e}"))?;
    let mut entries = Vec::new();
    for entry in read {
        let entry = entry.map_err(|e| format!("cannot read folder: {e}"))?;
        let kind = entry
            .file_type()
            .map_err(|e| format!("cannot read folder: {e}"))?;
        entries.push((entry.file_name(), kind));
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(entries)
}

// ---------------------------------------------------------------------------------------------
// One input → one JSON line

/// The result of one input: its compact JSON (a record, or an error record when `failed`).
#[derive(Debug, Clone)]
pub struct Outcome {
    pub json: String,
    pub failed: bool,
}

impl Outcome {
    fn error(source: Source, error: &InputError) -> Outcome {
        Outcome::error_styled(source, error, false)
    }

    fn error_styled(source: Source, error: &InputError, pretty: bool) -> Outcome {
        let record = ErrorRecord {
            source,
            error: ErrorInfo {
                kind: error.kind().to_string(),
                message: error.to_string(),
            },
        };
        Outcome {
            json: to_json(&record, pretty),
            failed: true,
        }
    }
}

/// Reads and extracts one file, never panicking outward: a failure of any kind is an error record.
/// `pretty` pretty-prints the JSON (one record per file under `--out-dir`), else one line.
pub fn extract_file(pipeline: &Pipeline, input: &Input, pretty: bool) -> Outcome {
    let name = input.display();
    let options = pipeline.options();
    let guessed = options
        .format
        .unwrap_or_else(|| format_by_extension(&input.path));
    let unread = |bytes: usize| Source {
        path: name.clone(),
        format: guessed.as_str().to_string(),
        encoding: None,
        bytes,
    };
    if let Some(why) = &input.refused {
        return Outcome::error_styled(unread(0), &InputError::Unreadable(why.clone()), pretty);
    }
    let bytes = match read_limited(input, options.max_bytes) {
        Ok(bytes) => bytes,
        Err((error, size)) => return Outcome::error_styled(unread(size), &error, pretty),
    };
    guarded(&name, || {
        match pipeline.extract(&bytes, &name) {
            Ok(record) => Outcome {
                json: to_json(&record, pretty),
                failed: false,
            },
            Err(error) => {
                // Errors after decoding (no article text) still know the format and encoding.
                let source = match input::decode(&bytes, options.max_bytes, options.format) {
                    Ok(d) => Source {
                        path: name.clone(),
                        format: d.format.as_str().to_string(),
                        encoding: Some(d.encoding.to_string()),
                        bytes: d.bytes,
                    },
                    Err(_) => unread(bytes.len()),
                };
                Outcome::error_styled(source, &error, pretty)
            }
        }
    })
}

fn to_json<T: serde::Serialize>(value: &T, pretty: bool) -> String {
    let json = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    // Our records hold only strings, numbers and maps with string keys: this cannot fail.
    json.unwrap_or_default()
}

/// Runs `f`, turning a panic (a bug: the pipeline promises none) into an error record for this
/// input, so one bad article never stops a run of thousands.
fn guarded(name: &str, f: impl FnOnce() -> Outcome) -> Outcome {
    panic::catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|_| {
        // The panic message went to stderr through the panic hook.
        let source = Source {
            path: name.to_string(),
            format: Format::Text.as_str().to_string(),
            encoding: None,
            bytes: 0,
        };
        let error = InputError::Malformed("internal error while extracting (please report)".into());
        Outcome::error(source, &error)
    })
}

fn format_by_extension(path: &Path) -> Format {
    match path.extension().and_then(|x| x.to_str()) {
        Some(x) if x.eq_ignore_ascii_case("html") || x.eq_ignore_ascii_case("htm") => Format::Html,
        _ => Format::Text,
    }
}

/// Reads at most `max + 1` bytes, so a huge file (or a device) never fills memory; returns the
/// error with the size known so far.
fn read_limited(input: &Input, max: usize) -> Result<Vec<u8>, (InputError, usize)> {
    let unreadable = |e: io::Error| (InputError::Unreadable(e.to_string()), 0);
    let mut buf = Vec::new();
    let cap = (max as u64).saturating_add(1);
    if input.is_stdin() {
        io::stdin()
            .lock()
            .take(cap)
            .read_to_end(&mut buf)
            .map_err(unreadable)?;
    } else {
        let file = File::open(&input.path).map_err(unreadable)?;
        let meta = file.metadata().map_err(unreadable)?;
        if meta.is_dir() {
            return Err((InputError::Unreadable("is a folder".into()), 0));
        }
        let size = usize::try_from(meta.len()).unwrap_or(usize::MAX);
        if size > max {
            let error = InputError::TooLarge {
                bytes: size,
                limit: max,
            };
            return Err((error, size));
        }
        buf.reserve(size.saturating_add(1));
        file.take(cap).read_to_end(&mut buf).map_err(unreadable)?;
    }
    if buf.len() > max {
        let size = buf.len();
        return Err((
            InputError::TooLarge {
                bytes: size,
                limit: max,
            },
            size,
        ));
    }
    Ok(buf)
}

// ---------------------------------------------------------------------------------------------
// --stdin-jsonl

/// The two pipelines a JSON-lines stream needs: a line's key (`text` or `html`) says its format.
pub struct StreamPipelines {
    text: Pipeline,
    html: Pipeline,
}

impl StreamPipelines {
    /// Pipelines sharing `options` (its `format` is ignored) and the extra gazetteers.
    pub fn new(options: &Options, extra: &[(String, String)]) -> Result<StreamPipelines, String> {
        let with = |format| {
            let options = Options {
                format: Some(format),
                ..options.clone()
            };
            Pipeline::with_gazetteers(options, extra)
        };
        Ok(StreamPipelines {
            text: with(Format::Text)?,
            html: with(Format::Html)?,
        })
    }
}

/// One line of a JSON-lines stream: its 1-based number and its bytes (without the newline), or
/// its length when it was longer than the reader's limit (its bytes were skipped).
#[derive(Debug, Clone)]
pub struct Line {
    pub number: usize,
    pub bytes: Result<Vec<u8>, usize>,
}

/// Reads lines of at most `limit` bytes; a longer line is skipped (not held in memory) and
/// reported by length, so one runaway line cannot exhaust memory.
pub struct LineReader<R> {
    reader: R,
    limit: usize,
    number: usize,
    /// A read error ends the stream; it is kept for the caller.
    pub error: Option<io::Error>,
}

impl<R: BufRead> LineReader<R> {
    pub fn new(reader: R, limit: usize) -> LineReader<R> {
        LineReader {
            reader,
            limit,
            number: 0,
            error: None,
        }
    }

    /// The line limit for inputs of at most `max_bytes`: JSON escaping can take six bytes per
    /// byte of text (`\u0001`), plus room for the id and the keys.
    pub fn limit_for(max_bytes: usize) -> usize {
        max_bytes.saturating_mul(6).saturating_add(64 * 1024)
    }

    fn read_line(&mut self) -> io::Result<Option<Result<Vec<u8>, usize>>> {
        let mut line = Vec::new();
        let mut seen = 0usize;
        let mut any = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                break;
            }
            any = true;
            let (part, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (&chunk[..i], Some(i + 1)),
                None => (chunk, None),
            };
            seen = seen.saturating_add(part.len());
            if seen <= self.limit {
                line.extend_from_slice(part);
            } else if !line.is_empty() {
                line = Vec::new();
            }
            let used = done.unwrap_or(chunk.len());
            self.reader.consume(used);
            if done.is_some() {
                break;
            }
        }
        if !any {
            return Ok(None);
        }
        if seen > self.limit {
            return Ok(Some(Err(seen)));
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        Ok(Some(Ok(line)))
    }
}

impl<R: BufRead> Iterator for LineReader<R> {
    type Item = Line;

    fn next(&mut self) -> Option<Line> {
        if self.error.is_some() {
            return None;
        }
        match self.read_line() {
            Ok(Some(bytes)) => {
                self.number += 1;
                Some(Line {
                    number: self.number,
                    bytes,
                })
            }
            Ok(None) => None,
            Err(e) => {
                self.error = Some(e);
                None
            }
        }
    }
}

/// Extracts one `{"id": …, "text"|"html": …, "published"?: "YYYY-MM-DD"}` line. `source.path` is
/// the id (a number id as its JSON text); a line that is not such an object is a `malformed` error
/// record (path `stdin:N` when it has no usable id), so output lines match input lines one to one.
pub fn extract_line(pipelines: &StreamPipelines, line: Line) -> Outcome {
    let fallback = format!("stdin:{}", line.number);
    let malformed = |path: &str, why: String, format: Format, bytes: usize| {
        let source = Source {
            path: path.to_string(),
            format: format.as_str().to_string(),
            encoding: None,
            bytes,
        };
        Outcome::error(source, &InputError::Malformed(why))
    };
    let bytes = match line.bytes {
        Ok(b) => b,
        Err(length) => {
            let source = Source {
                path: fallback,
                format: Format::Text.as_str().to_string(),
                encoding: None,
                bytes: length,
            };
            let limit = LineReader::<&[u8]>::limit_for(pipelines.text.options().max_bytes);
            return Outcome::error(
                source,
                &InputError::TooLarge {
                    bytes: length,
                    limit,
                },
            );
        }
    };
    let mut object: Map<String, Value> = match serde_json::from_slice(&bytes) {
        Ok(Value::Object(o)) => o,
        Ok(_) => {
            let why = "expected a JSON object with \"id\" and \"text\" or \"html\"".to_string();
            return malformed(&fallback, why, Format::Text, bytes.len());
        }
        Err(e) => return malformed(&fallback, format!("not JSON: {e}"), Format::Text, 0),
    };
    let id = match object.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => {
            let why = "\"id\" must be a string or a number".to_string();
            return malformed(&fallback, why, Format::Text, 0);
        }
        None => return malformed(&fallback, "no \"id\"".into(), Format::Text, 0),
    };
    let (format, body) = match (object.remove("text"), object.remove("html")) {
        (Some(Value::String(t)), None) => (Format::Text, t),
        (None, Some(Value::String(h))) => (Format::Html, h),
        (Some(_), Some(_)) => {
            let why = "give \"text\" or \"html\", not both".to_string();
            return malformed(&id, why, Format::Text, 0);
        }
        (Some(_), None) | (None, Some(_)) => {
            let why = "\"text\" / \"html\" must be a string".to_string();
            return malformed(&id, why, Format::Text, 0);
        }
        (None, None) => {
            let why = "no \"text\" or \"html\"".to_string();
            return malformed(&id, why, Format::Text, 0);
        }
    };
    let pipeline = match format {
        Format::Text => &pipelines.text,
        Format::Html => &pipelines.html,
    };
    let published = match object.get("published") {
        None | Some(Value::Null) => pipeline.options().published,
        Some(Value::String(s)) => match NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                let why = format!("\"published\" must be YYYY-MM-DD, got {s:?}");
                return malformed(&id, why, format, body.len());
            }
        },
        Some(_) => {
            let why = "\"published\" must be a YYYY-MM-DD string".to_string();
            return malformed(&id, why, format, body.len());
        }
    };
    let source = |bytes: usize| Source {
        path: id.clone(),
        format: format.as_str().to_string(),
        // The line was valid JSON, so its text was UTF-8.
        encoding: Some("utf-8".to_string()),
        bytes,
    };
    if looks_binary(&body) {
        return Outcome::error(source(body.len()), &InputError::Binary);
    }
    // The text is already decoded: a byte-order mark makes the decoder take it as UTF-8 as it is,
    // whatever charset an HTML page inside declares.
    let mut bytes = Vec::with_capacity(body.len() + 3);
    bytes.extend_from_slice("\u{feff}".as_bytes());
    bytes.extend_from_slice(body.as_bytes());
    guarded(&id, || {
        match pipeline.extract_with(&bytes, &id, published) {
            Ok(mut record) => {
                record.source.bytes = body.len();
                Outcome {
                    json: to_json(&record, false),
                    failed: false,
                }
            }
            Err(InputError::TooLarge { limit, .. }) => {
                let error = InputError::TooLarge {
                    bytes: body.len(),
                    limit,
                };
                Outcome::error(source(body.len()), &error)
            }
            Err(error) => Outcome::error(source(body.len()), &error),
        }
    })
}

/// As the decoder's check for files: NUL, or many control characters, near the start. A JSON
/// string can carry them (`\u0000`), and the byte-order mark above skips the decoder's own check.
fn looks_binary(text: &str) -> bool {
    let head = &text.as_bytes()[..text.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    head.contains(&0) || controls * 20 > head.len()
}

// ---------------------------------------------------------------------------------------------
// The ordered parallel engine

/// How many results may wait, done but not yet emitted, per worker thread. It bounds memory
/// (each waiting result is one article's JSON) while letting fast articles flow past a slow one.
pub const WINDOW_PER_THREAD: usize = 32;

struct Gate<I> {
    state: Mutex<GateState<I>>,
    room: Condvar,
}

struct GateState<I> {
    /// `None` once exhausted (or stopped).
    items: Option<I>,
    /// Index of the next item to hand out.
    next: usize,
    /// Number of results emitted so far.
    emitted: usize,
    stop: bool,
    panic: Option<Box<dyn std::any::Any + Send>>,
}

impl<I> Gate<I> {
    fn lock(&self) -> MutexGuard<'_, GateState<I>> {
        // A panic is caught and reported before it could poison the lock; ignore poisoning.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Runs `work` on every item of `items` on the threads of `pool` and hands each result to `emit`
/// in the order of `items`. Workers take the next item only while it is less than `window` items
/// ahead of the last one emitted, so memory stays bounded however many items there are.
///
/// `emit(Some(r))` receives the results in order; `emit(None)` says nothing more is ready right
/// now (the time to flush a buffered writer). An error from `emit` (a closed pipe) stops the run:
/// workers finish the article they are on and take no more; the error is returned.
pub fn for_each_ordered<I, T, R, W, E>(
    pool: &rayon::ThreadPool,
    window: usize,
    items: I,
    work: W,
    mut emit: E,
) -> io::Result<()>
where
    I: Iterator<Item = T> + Send,
    T: Send,
    R: Send,
    W: Fn(T) -> R + Sync,
    E: FnMut(Option<R>) -> io::Result<()>,
{
    let window = window.max(1);
    let gate = Gate {
        state: Mutex::new(GateState {
            items: Some(items),
            next: 0,
            emitted: 0,
            stop: false,
            panic: None,
        }),
        room: Condvar::new(),
    };
    let (tx, rx) = mpsc::channel::<(usize, R)>();

    let worker = |tx: &mpsc::Sender<(usize, R)>| loop {
        let (index, item) = {
            let mut st = gate.lock();
            loop {
                if st.stop {
                    return;
                }
                if st.next < st.emitted + window {
                    break;
                }
                st = gate.room.wait(st).unwrap_or_else(|e| e.into_inner());
            }
            let Some(items) = st.items.as_mut() else {
                return;
            };
            match items.next() {
                Some(item) => {
                    let index = st.next;
                    st.next += 1;
                    (index, item)
                }
                None => {
                    st.items = None;
                    return;
                }
            }
        };
        match panic::catch_unwind(AssertUnwindSafe(|| work(item))) {
            Ok(result) => {
                if tx.send((index, result)).is_err() {
                    return;
                }
            }
            Err(payload) => {
                let mut st = gate.lock();
                st.stop = true;
                st.panic.get_or_insert(payload);
                drop(st);
                gate.room.notify_all();
                return;
            }
        }
    };

    let result = std::thread::scope(|scope| {
        let worker = &worker;
        scope.spawn(move || {
            pool.broadcast(|_| worker(&tx));
            drop(tx);
        });
        let mut pending: BTreeMap<usize, R> = BTreeMap::new();
        let mut next = 0usize;
        let mut result = Ok(());
        'run: loop {
            let (index, value) = match rx.try_recv() {
                Ok(message) => message,
                Err(TryRecvError::Empty) => {
                    if let Err(e) = emit(None) {
                        result = Err(e);
                        break;
                    }
                    match rx.recv() {
                        Ok(message) => message,
                        Err(_) => break,
                    }
                }
                Err(TryRecvError::Disconnected) => break,
            };
            pending.insert(index, value);
            let before = next;
            while let Some(value) = pending.remove(&next) {
                if let Err(e) = emit(Some(value)) {
                    result = Err(e);
                    break 'run;
                }
                next += 1;
            }
            if next != before {
                gate.lock().emitted = next;
                gate.room.notify_all();
            }
        }
        if result.is_ok() {
            result = emit(None);
        }
        if result.is_err() {
            gate.lock().stop = true;
            gate.room.notify_all();
        }
        drop(rx);
        result
    });
    if let Some(payload) = gate.lock().panic.take() {
        panic::resume_unwind(payload);
    }
    result
}

// ---------------------------------------------------------------------------------------------
// --out-dir

/// The output folder: every write lands inside it, atomically (a temporary file in the same
/// folder, then a rename), and never through a symlink or a `..`.
/// Whether `name` has the shape of one of [`OutDir::write`]'s temporary files:
/// `.` + a file name + `.` + process id + `-` + counter + `.tmp`.
fn is_temp_name(name: &OsStr) -> bool {
    let Some(name) = name.to_str() else {
        return false;
    };
    let Some(inner) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
        return false;
    };
    let Some((file, tag)) = inner.rsplit_once('.') else {
        return false;
    };
    let numbers = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    !file.is_empty()
        && tag
            .split_once('-')
            .is_some_and(|(pid, n)| numbers(pid) && numbers(n))
}

pub struct OutDir {
    root: PathBuf,
    counter: AtomicU64,
}

impl OutDir {
    /// Creates the folder if needed and resolves it (it may itself be a symlink: the user named it).
    pub fn create(path: &Path) -> io::Result<OutDir> {
        fs::create_dir_all(path)?;
        Ok(OutDir {
            root: fs::canonicalize(path)?,
            counter: AtomicU64::new(0),
        })
    }

    /// Removes the temporary files an interrupted earlier run left behind (`.NAME.PID-N.tmp`,
    /// written by [`OutDir::write`] and renamed only once complete), so a resumed run leaves a
    /// clean folder. Symlinks are never followed. Returns how many were removed.
    pub fn remove_stale_temps(&self) -> io::Result<usize> {
        let mut removed = 0;
        let mut pending = vec![self.root.clone()];
        while let Some(dir) = pending.pop() {
            for entry in fs::read_dir(&dir)? {
                let entry = entry?;
                let kind = entry.file_type()?;
                if kind.is_dir() {
                    pending.push(entry.path());
                } else if kind.is_file() && is_temp_name(&entry.file_name()) {
                    fs::remove_file(entry.path())?;
                    removed += 1;
                }
            }
        }
        Ok(removed)
    }

    /// The canonical path of the folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the output of `input` goes: `OUT/<relative path><suffix>` (suffix `.json` or
    /// `.error.json`). `None` when the input has no plain relative path.
    pub fn target(&self, input: &Input, suffix: &str) -> Option<PathBuf> {
        let rel = input.relative()?;
        let mut name = rel.file_name()?.to_os_string();
        name.push(suffix);
        Some(self.root.join(rel.with_file_name(name)))
    }

    /// Writes `bytes` to `target` (a path from [`OutDir::target`]) atomically. Missing folders
    /// are created one by one, refusing any component that exists but is not a real folder.
    pub fn write(&self, target: &Path, bytes: &[u8]) -> io::Result<()> {
        let rel = target
            .strip_prefix(&self.root)
            .map_err(|_| io::Error::other("refusing to write outside the output folder"))?;
        let mut dir = self.root.clone();
        let mut components: Vec<&OsStr> = Vec::new();
        for c in rel.components() {
            match c {
                Component::Normal(name) => components.push(name),
                _ => return Err(io::Error::other("refusing a path with `..` or a root")),
            }
        }
        let Some((file_name, folders)) = components.split_last() else {
            return Err(io::Error::other("empty output path"));
        };
        for folder in folders {
            dir.push(folder);
            match fs::symlink_metadata(&dir) {
                Ok(m) if m.is_dir() => {}
                Ok(_) => {
                    return Err(io::Error::other(format!(
                        "{} is not a folder (a symlink or a file); not written through",
                        dir.display()
                    )))
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => match fs::create_dir(&dir) {
                    Ok(()) => {}
                    // Another worker made it meanwhile: check it is a real folder.
                    Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                        if !fs::symlink_metadata(&dir)?.is_dir() {
                            return Err(io::Error::other("output folder replaced meanwhile"));
                        }
                    }
                    Err(e) => return Err(e),
                },
                Err(e) => return Err(e),
            }
        }
        let mut temp_name = OsString::from(".");
        temp_name.push(file_name);
        temp_name.push(format!(
            ".{}-{}.tmp",
            std::process::id(),
            self.counter.fetch_add(1, Ordering::Relaxed)
        ));
        let temp = dir.join(temp_name);
        let written = (|| {
            // create_new: never open (follow) something already there, symlink or not.
            let mut file = OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&temp)?;
            file.write_all(bytes)?;
            file.flush()?;
            // rename replaces a symlink at the target itself, never its destination.
            fs::rename(&temp, dir.join(file_name))
        })();
        if written.is_err() {
            let _ = fs::remove_file(&temp);
        }
        written
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filter(patterns: &[&str]) -> FileFilter {
        let patterns: Vec<String> = patterns.iter().map(|s| s.to_string()).collect();
        FileFilter::new(&patterns).unwrap()
    }

    #[test]
    fn temporary_file_names_are_recognised_exactly() {
        for yes in [".a.txt.json.123-0.tmp", ".x.error.json.9-42.tmp"] {
            assert!(is_temp_name(OsStr::new(yes)), "{yes}");
        }
        for no in [
            "a.txt.json",
            ".a.txt.json.tmp",
            ".a.json.12.tmp",
            ".a.json.x-1.tmp",
            "a.json.1-2.tmp",
            "..1-2.tmp",
        ] {
            assert!(!is_temp_name(OsStr::new(no)), "{no}");
        }
    }

    #[test]
    fn default_filter_takes_the_article_extensions_in_any_case() {
        let f = filter(&[]);
        for name in ["a.txt", "b.TXT", "c.text", "d.html", "e.HTM"] {
            assert!(f.matches(OsStr::new(name), Path::new(name)), "{name}");
        }
        for name in ["a.json", "b.txt.gz", "html", "c.xhtml"] {
            assert!(!f.matches(OsStr::new(name), Path::new(name)), "{name}");
        }
    }

    #[test]
    fn patterns_with_a_slash_match_the_relative_path() {
        let f = filter(&["reports/**/*.md", "*.log"]);
        assert!(f.matches(OsStr::new("x.md"), Path::new("reports/2025/x.md")));
        assert!(f.matches(OsStr::new("x.md"), Path::new("reports/x.md")));
        assert!(!f.matches(OsStr::new("x.md"), Path::new("other/x.md")));
        assert!(f.matches(OsStr::new("y.log"), Path::new("deep/y.log")));
        assert!(FileFilter::new(&["[".to_string()]).is_err());
    }

    #[test]
    fn relative_paths_are_plain() {
        let input = Input::file(PathBuf::from("../up/x.txt"));
        assert_eq!(input.relative(), Some(PathBuf::from("x.txt")));
        let input = Input {
            path: PathBuf::from("./corpus/a/b.txt"),
            skip: 2,
            refused: None,
        };
        assert_eq!(input.relative(), Some(PathBuf::from("a/b.txt")));
        assert_eq!(Input::file(PathBuf::from("/")).relative(), None);
        assert_eq!(Input::file(PathBuf::from("a/..")).relative(), None);
    }

    #[test]
    fn line_reader_bounds_lines() {
        let data = b"short\r\n0123456789abc\n\nlast".as_slice();
        let lines: Vec<Line> = LineReader::new(data, 10).collect();
        let got: Vec<_> = lines.iter().map(|l| (l.number, l.bytes.clone())).collect();
        assert_eq!(
            got,
            vec![
                (1, Ok(b"short".to_vec())),
                (2, Err(13)),
                (3, Ok(Vec::new())),
                (4, Ok(b"last".to_vec())),
            ]
        );
    }

    #[test]
    fn ordered_output_whatever_the_thread_count() {
        for threads in [1, 2, 3] {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            let mut seen = Vec::new();
            for_each_ordered(
                &pool,
                4,
                0..500u64,
                |i| {
                    // Uneven work so results finish out of order.
                    let spins = (i * 7919) % 5000;
                    std::hint::black_box((0..spins).sum::<u64>());
                    i
                },
                |r| {
                    if let Some(r) = r {
                        seen.push(r);
                    }
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(seen, (0..500).collect::<Vec<_>>(), "{threads} threads");
        }
    }

    #[test]
    fn an_emit_error_stops_the_run() {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        let mut count = 0;
        let result = for_each_ordered(
            &pool,
            8,
            0..1_000_000u32,
            |i| i,
            |r| {
                if r.is_some() {
                    count += 1;
                    if count == 10 {
                        return Err(io::Error::from(io::ErrorKind::BrokenPipe));
                    }
                }
                Ok(())
            },
        );
        assert_eq!(result.unwrap_err().kind(), io::ErrorKind::BrokenPipe);
        assert_eq!(count, 10);
    }

    #[test]
    fn stream_lines_become_records_or_malformed_errors() {
        let pipelines = StreamPipelines::new(&Options::default(), &[]).unwrap();
        let line = |n: usize, s: &str| Line {
            number: n,
            bytes: Ok(s.as_bytes().to_vec()),
        };
        let ok = extract_line(
            &pipelines,
            line(
                1,
                r#"{"id": 7, "text": "Arsenal beat Chelsea 2-1 on Sunday.", "published": "2025-06-05"}"#,
            ),
        );
        assert!(!ok.failed, "{}", ok.json);
        assert!(ok.json.contains(r#""path":"7""#), "{}", ok.json);
        for (text, path) in [
            ("not json", "stdin:2"),
            (r#"{"text": "x"}"#, "stdin:2"),
            (r#"{"id": "a", "text": "x", "html": "y"}"#, "a"),
            (r#"{"id": "a", "text": "x", "published": "June 5"}"#, "a"),
            ("[1, 2]", "stdin:2"),
        ] {
            let out = extract_line(&pipelines, line(2, text));
            assert!(out.failed, "{text}");
            let record: ErrorRecord = serde_json::from_str(&out.json).unwrap();
            assert_eq!(record.error.kind, "malformed", "{text}");
            assert_eq!(record.source.path, path, "{text}");
        }
        let empty = extract_line(&pipelines, line(3, r#"{"id": "e", "text": "  "}"#));
        let record: ErrorRecord = serde_json::from_str(&empty.json).unwrap();
        assert_eq!(record.error.kind, "empty");
    }
}
