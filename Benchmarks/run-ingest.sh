#!/usr/bin/env bash
# Ingest speed: `annotate run pipelines/extract.json` (whole process, one job) against a bare
# libxml2 parse of the same files (whole process). Usage: Benchmarks/run-ingest.sh [PAGES_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-../shared/eval/html/pages}
swift build -c release --product annotate >/dev/null
tmp=$(mktemp -d)
gcc -O2 Benchmarks/bare_parse.c $(pkg-config --cflags --libs libxml-2.0) -o "$tmp/bare_parse"
files=("$pages"/*.html)
best() { sort -n | head -1; }
bare=$(for i in 1 2 3 4 5; do s=$(date +%s.%N); "$tmp/bare_parse" "${files[@]}" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; done | best)
ours=$(for i in 1 2 3 4 5; do s=$(date +%s.%N); .build/release/annotate run --quiet --jobs 1 pipelines/extract.json "$pages" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; done | best)
echo "files=${#files[@]} bare_parse_process=${bare}s annotate_extract_process=${ours}s ratio=$(echo "scale=2; $ours / $bare" | bc)"
rm -rf "$tmp"
