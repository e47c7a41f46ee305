//! Runs the article extraction benchmark measure over `../shared/bench/aeb` (or the directory
//! given) and prints F1, precision, recall and pages per second of one core.
//!
//! `aeb [DIR] [--pages] [--captions] [--show ID] [--explain ID]`: `--pages` lists every page worst first,
//! `--captions` scores captions too, `--show ID` prints one page's extraction and truth.

use std::process::ExitCode;

#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let mut dir = sportfacts::aeb::default_dir();
    let mut pages = false;
    let mut captions = false;
    let mut show: Option<String> = None;
    let mut explain: Option<String> = None;
    let mut steps = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--pages" => pages = true,
            "--captions" => captions = true,
            "--show" => show = args.next(),
            "--explain" => explain = args.next(),
            "--steps" => steps = true,
            "-h" | "--help" => {
                eprintln!("usage: aeb [DIR] [--pages] [--captions] [--show ID]");
                return ExitCode::SUCCESS;
            }
            other => dir = other.into(),
        }
    }
    if let Some(id) = explain {
        return explain_page(&dir, &id);
    }
    if steps {
        return step_times(&dir);
    }
    // One thread: the time per page is what one core does.
    let report = match sportfacts::aeb::run(&dir, captions, false) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("aeb: {e}");
            return ExitCode::from(2);
        }
    };
    if let Some(id) = show {
        for p in report.pages.iter().filter(|p| p.id.starts_with(&id)) {
            println!(
                "== {} {}\n-- extracted:\n{}\n-- truth:\n{}",
                p.id, p.url, p.extracted, p.truth
            );
        }
        return ExitCode::SUCCESS;
    }
    if pages {
        let mut sorted: Vec<_> = report.pages.iter().collect();
        sorted.sort_by(|a, b| {
            let fa = a.counts.precision() + a.counts.recall();
            let fb = b.counts.precision() + b.counts.recall();
            fa.total_cmp(&fb)
        });
        for p in sorted {
            println!(
                "P={:.3} R={:.3} {:>7.2}ms {} {}{}",
                p.counts.precision(),
                p.counts.recall(),
                p.time.as_secs_f64() * 1000.0,
                p.id.get(..12).unwrap_or(&p.id),
                p.url,
                p.error
                    .as_deref()
                    .map(|e| format!(" ({e})"))
                    .unwrap_or_default()
            );
        }
    }
    let s = report.summary;
    println!(
        "AEB {} pages{}: F1={:.3} P={:.3} R={:.3}  {:.0} pages/s (one core, decode+clean)",
        report.pages.len(),
        if captions { " (captions scored)" } else { "" },
        s.f1,
        s.precision,
        s.recall,
        report.pages_per_second()
    );
    ExitCode::SUCCESS
}

/// Prints the content choice for the page whose id starts with `id`.
fn explain_page(dir: &std::path::Path, id: &str) -> ExitCode {
    use std::io::Read;
    let Ok(entries) = std::fs::read_dir(dir.join("html")) else {
        eprintln!("aeb: no html folder in {}", dir.display());
        return ExitCode::from(2);
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if !name.starts_with(id) {
            continue;
        }
        let Ok(raw) = std::fs::read(entry.path()) else {
            continue;
        };
        let mut text = String::new();
        if flate2::read::GzDecoder::new(&raw[..])
            .read_to_string(&mut text)
            .is_ok()
        {
            println!("== {name}\n{}", sportfacts::clean::html::explain(&text));
        }
    }
    ExitCode::SUCCESS
}

/// Prints the time spent in each step of HTML cleanup over all pages.
fn step_times(dir: &std::path::Path) -> ExitCode {
    use std::io::Read;
    let Ok(entries) = std::fs::read_dir(dir.join("html")) else {
        eprintln!("aeb: no html folder in {}", dir.display());
        return ExitCode::from(2);
    };
    let mut total = [std::time::Duration::ZERO; 4];
    let mut bytes = 0usize;
    let mut prepared = 0usize;
    for entry in entries.flatten() {
        let Ok(raw) = std::fs::read(entry.path()) else {
            continue;
        };
        let mut text = String::new();
        if flate2::read::GzDecoder::new(&raw[..])
            .read_to_string(&mut text)
            .is_ok()
        {
            bytes += text.len();
            prepared += sportfacts::clean::html::prepared_len(&text);
            for (t, d) in total
                .iter_mut()
                .zip(sportfacts::clean::html::step_times(&text))
            {
                *t += d;
            }
        }
    }
    let names = ["prescan", "parse", "metadata", "content"];
    for (n, t) in names.iter().zip(total) {
        println!("{n:<9} {:>8.1} ms", t.as_secs_f64() * 1000.0);
    }
    println!(
        "{:.1} MB of HTML, {:.1} MB after the pre-scan",
        bytes as f64 / 1e6,
        prepared as f64 / 1e6
    );
    ExitCode::SUCCESS
}
