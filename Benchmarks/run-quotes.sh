#!/usr/bin/env bash
# Sentences + quotes + speakers throughput: the stage times `annotate run` reports for a corpus of
# news text (one job, release build, best of three runs), and pySBD alone on the same texts when a venv
# with pysbd is given. Usage: Benchmarks/run-quotes.sh [JSONL] [VENV]
# The default corpus is the PolNeAR dev texts repeated 40 times (made in a temp dir, never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
corpus=${1:-}
if [ -z "$corpus" ]; then
  corpus="$tmp/corpus.jsonl"
  python3 - "$corpus" <<'PY'
import json, sys
src = "../shared/eval/quotes/polnear_dev.jsonl"
with open(sys.argv[1], "w") as out:
    for i in range(40):
        for line in open(src, encoding="utf-8"):
            r = json.loads(line)
            out.write(json.dumps({"id": f"{r['id']}-{i}", "text": r["text"]}) + "\n")
PY
fi
source Benchmarks/quote-pipeline.sh
write_quote_pipeline "$tmp/pipeline.json"
swift build -c release --product annotate >/dev/null
# Three runs; the fastest counts (the others measure whatever else the machine was doing).
for run in 1 2 3; do
  .build/release/annotate run --jobs 1 "$tmp/pipeline.json" "$corpus" 2>"$tmp/summary$run" >/dev/null
done
cat "$tmp/summary1"
python3 - "$tmp"/summary1 "$tmp"/summary2 "$tmp"/summary3 <<'PY'
import re, sys
runs = []
for path in sys.argv[1:]:
    text = open(path).read()
    mb = float(re.search(r"([\d.]+) MB of text", text).group(1))
    runs.append((sum(float(s) for name, s in re.findall(r"(sentences|quotes) ([\d.]+)s", text)), mb))
print("runs: " + ", ".join(f"{mb / secs:.1f}" for secs, mb in runs) + " MB/s")
secs, mb = min(runs)
print(f"sentences+quotes+speakers: {mb:.1f} MB in {secs:.2f} s = {mb / secs:.1f} MB/s (one core, best of 3)")
PY
venv=${2:-}
if [ -n "$venv" ] && "$venv/bin/python" -c "import pysbd" 2>/dev/null; then
  "$venv/bin/python" - "$corpus" <<'PY'
import json, sys, time, pysbd
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")][:200]
seg = pysbd.Segmenter(language="en", clean=False)
mb = sum(len(t.encode()) for t in texts) / 1e6
t0 = time.perf_counter()
for t in texts:
    seg.segment(t)
s = time.perf_counter() - t0
print(f"pySBD alone: {mb:.2f} MB in {s:.2f} s = {mb / s:.2f} MB/s")
PY
fi
rm -rf "$tmp"
