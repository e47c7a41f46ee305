#!/usr/bin/env bash
# Peak resident memory (and throughput) of a big batch run of the release `extract` binary over a
# temporary folder of generated articles (benches/corpus.rs's generator).
#
# Usage: bench/memory.sh [N_ARTICLES] [EXTRA extract ARGS…]     (default 100000)
# Example: bench/memory.sh 100000 -j 2
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
shift || true
dir=$(mktemp -d "${TMPDIR:-/tmp}/sportfacts-memory-XXXXXX")
trap 'rm -rf "$dir"' EXIT

cargo build --release --quiet
SPORTFACTS_CORPUS_DIR="$dir/corpus" SPORTFACTS_CORPUS_N="$n" cargo bench --quiet --bench corpus
bytes=$(du -sb "$dir/corpus" | cut -f1)

# Peak RSS: GNU time's "Maximum resident set size" (VmHWM of the process), else Python's rusage.
start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
    lines=$(/usr/bin/time -v -o "$dir/time.txt" target/release/extract --quiet "$@" "$dir/corpus" | wc -l)
    peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time.txt")
else
    read -r lines peak_kb < <(python3 - "$dir/corpus" "$@" <<'PY'
import resource, subprocess, sys
p = subprocess.run(["target/release/extract", "--quiet", *sys.argv[2:], sys.argv[1]], stdout=subprocess.PIPE)
print(p.stdout.count(b"\n"), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
)
fi
end=$(date +%s.%N)
awk -v n="$n" -v lines="$lines" -v kb="$peak_kb" -v bytes="$bytes" -v t0="$start" -v t1="$end" 'BEGIN {
    s = t1 - t0
    printf "articles: %d (%.1f MB on disk), output lines: %d\n", n, bytes / 1e6, lines
    printf "wall time: %.1f s, %.0f articles/s, %.1f MB/s (disk size incl. folders)\n", s, n / s, bytes / 1e6 / s
    printf "peak resident memory (VmHWM): %.1f MB\n", kb / 1024
}'
