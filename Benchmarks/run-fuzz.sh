#!/usr/bin/env bash
# Hostile input: does every record give exactly one output line, without a crash or a hang? Two
# generators: (1) the dev texts in ../shared/eval, mutated with quotation marks, cue phrases, names,
# control and astral characters, cut, repeated and re-cased; (2) short records of 1 to 14 cue-ish
# pieces, for the boundaries at a text's end. A crash stops the process and loses every record after
# it, so a short output names the seed to reproduce. Usage:
#   Benchmarks/run-fuzz.sh [BINARY] [FILES] [RECORDS]   (defaults: release build, 20 files, 3,000 records)
# A debug build (.build/debug/annotate) bounds-checks every token read; it is slower, give it fewer files.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/annotate}
files=${2:-20}
n=${3:-3000}
[ -x "$bin" ] || swift build -c release --product annotate >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/gen.py" <<'PY'
import json, random, sys, glob
kind, seed, n, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
rnd = random.Random(seed)
marks = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›", "``", "''", "‘‘", "’’"]
pieces = marks + [",", ".", ":", ";", "?", "!", "—", "–", "-", "(", ")", "[", "]", "\n", "\n\n", " ", "\t", "said", "says",
    "told", "according to", "Mr.", "Dr.", "U.S.", "Q:", "A:", "PENCE:", "asked", "who", "which", "that", "and", "he", "she",
    "it", "they", "The", "Trump", "Ruth Ames", "the company", "officials", "in the words of", "With those words,", "'s", "’s",
    "\u00a0", "\u200b", "é", "Ł", "Ю", "😀", "\ufeff", "\x00", "\x01", "\x7f", "…", "...", "1,000", "3.5", "e.g.", "By"]
short = ['"', "'", "“", "”", "‘", "’", "«", "»", "„", ",", ".", ":", ";", "?", "!", "—", "-", "(", ")", "\n", "\n\n",
    "said", "says", "say", "told", "asked", "added", "according", "to", "in", "the", "words", "of", "With", "those", "that",
    "who", "which", "and", "he", "she", "it", "they", "I", "The", "A", "Mr.", "Dr.", "Q:", "A:", "PENCE:", "Trump", "Ruth",
    "Ames", "company", "spokesman", "officials", "police", "report", "statement", "claim", "called", "described", "as",
    "warned", "urged", "denied", "was", "is", "had", "not", "never", "would", "on", "Monday", "by", "for", "a", "one", "52",
    "3.5", "U.S.", "'s", "’s", "No", "Neither", "all", "what", "Said", "including", "like", "heard", "court", "It", "sorry"]
def mutate(t):
    t = list(t)
    for _ in range(rnd.randint(1, 30)):
        if not t:
            t = list(rnd.choice(pieces)); continue
        op, k = rnd.random(), rnd.randrange(len(t) + 1)
        if op < 0.4: t[k:k] = list(rnd.choice(pieces))
        elif op < 0.6: del t[k:k + rnd.randint(1, 20)]
        elif op < 0.75:
            j = rnd.randrange(len(t)); t[k:k] = t[j:j + rnd.randint(1, 200)]
        elif op < 0.85: t[k:k] = list(rnd.choice(pieces)) * rnd.randint(2, 300)
        else:
            for i in range(k, min(len(t), k + rnd.randint(1, 40))): t[i] = t[i].upper() if rnd.random() < 0.5 else t[i].lower()
    return "".join(t)
texts = []
if kind == "mutate":
    for path in sorted(glob.glob("../shared/eval/quotes/*.jsonl") + glob.glob("../shared/eval/sentences/news_dev.jsonl")):
        texts += [json.loads(l)["text"] for l in open(path, encoding="utf-8")]
    if not texts: texts = ["Ruth Ames said the pier would reopen. “It is safe,” she said."]
with open(out, "w") as o:
    for i in range(n):
        if kind == "short":
            t = " ".join(rnd.choice(short) for _ in range(rnd.randint(1, 14)))
        else:
            r = rnd.random()
            if r < 0.6: t = mutate(rnd.choice(texts))
            elif r < 0.9: t = " ".join(rnd.choice(pieces + ["Smith", "Minister", "police", "Kemp", "report", "Monday"]) for _ in range(rnd.randint(1, 400)))
            else: t = mutate(rnd.choice(texts)[:rnd.randint(0, 300)])
        o.write(json.dumps({"id": f"{kind}{seed}-{i}", "text": t}) + "\n")
PY
fail=0
for kind in mutate short; do
  count=$n; [ "$kind" = short ] && count=$((n * 7))
  for seed in $(seq 1 "$files"); do
    python3 "$tmp/gen.py" "$kind" "$seed" "$count" "$tmp/in.jsonl"
    lines=$(timeout 1200 "$bin" run --jobs 2 pipelines/default.json "$tmp/in.jsonl" 2>/dev/null | wc -l || true)
    if [ "$lines" != "$count" ]; then echo "FAIL $kind seed $seed: $lines lines for $count records"; fail=$((fail + 1)); fi
  done
  echo "fuzz $kind: $files files of $count records"
done
echo "fuzz: failures=$fail"
[ "$fail" = 0 ]
