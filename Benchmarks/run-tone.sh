#!/usr/bin/env bash
# Tone speed: `annotate run pipelines/vader.json` (whole process, one job) against a Python loop
# calling vaderSentiment's polarity_scores on the same texts, in one run.
# Usage: Benchmarks/run-tone.sh VENV_WITH_VADERSENTIMENT [INPUT_JSONL]
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$1
tmp=$(mktemp -d)
input=${2:-$tmp/in.jsonl}
[ -f "$input" ] || python3 ../shared/eval/sentiment/score.py --make-input > "$input"
swift build -c release --product annotate >/dev/null
best() { sort -n | head -1; }
ours=$(for i in 1 2 3; do s=$(date +%s.%N); .build/release/annotate run --quiet --jobs 1 pipelines/vader.json "$input" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; done | best)
python=$("$venv/bin/python" - "$input" <<'PY'
import json, sys, time
t0 = time.perf_counter()
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
analyzer = SentimentIntensityAnalyzer()
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
for t in texts:
    analyzer.polarity_scores(t)
print(time.perf_counter() - t0)
PY
)
n=$(wc -l < "$input")
echo "texts=$n annotate_process=${ours}s ($(echo "$n / $ours" | bc) texts/s) vaderSentiment_loop=${python}s ($(echo "$n / $python" | bc) texts/s) speedup=$(echo "scale=1; $python / $ours" | bc)"
rm -rf "$tmp"
