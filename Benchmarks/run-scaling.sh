#!/usr/bin/env bash
# Does the quote stage stay linear on long records of unusual shapes? For each shape, one record of N
# repetitions and one of 4N, as JSONL and as a one-line plain text file; prints the quote stage's
# seconds for both and their ratio. A ratio near 4 is linear; well above 4 (8, 20) is a scan that
# grows with the record, which a long hostile input turns into a hang.
# Usage: Benchmarks/run-scaling.sh [N]   (default 10000; the 4N records are 3 to 10 MB)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
source Benchmarks/quote-pipeline.sh
write_quote_pipeline "$tmp/pipeline.json"
# The shapes: interviews with and without labels or names, a labelled transcript, thousands of people
# sharing first names, one speaker quoted all along, no punctuation, quotations that never close,
# stray straight marks, one long paragraph, groups, a business unnamed but by the word opening its speech,
# a one-word body that "it" speaks for again and again, a transcript's turn-taking labels in plain case, quotations
# without a cue beside cues in one paragraph, a paragraph of cues before one of quotations without a cue, one
# sentence of pronouns among thousands of names that are no person's, and a gesture before each of thousands of
# quotations in one paragraph of cues.
cat > "$tmp/gen.py" <<'PY'
import json, sys
shape, n = sys.argv[1], int(sys.argv[2])
first = ["John", "Mary", "Ahmed", "Li", "Sofia", "Peter", "Grace", "Omar", "Anna", "David"]
question = "Q: How was the harvest this year in the valley, do you think?\n\nA: It was fine, better than last year, thanks to the rain.\n\n"
parts = {
    "qa_nameless": lambda i: question,
    "qa_named": lambda i: ("An interview with Dana Whitfield, a farmer.\n\n" if i == 0 else "") + question,
    "unlabelled_qa": lambda i: "How did you plan the planting this year?\n\nWe planted early and it paid off, I think.\n\n",
    "transcript": lambda i: "WHITFIELD: We planted early and it paid off, I think.\n\nMORROW: And the rain helped you a lot?\n\n",
    "many_names": lambda i: f"{first[i % 10]} Harlow{i}, a local farmer, said the harvest was good. \"We were lucky,\" {first[i % 10]} said. She added that prices fell.\n\n",
    "one_speaker": lambda i: ("Dana Whitfield is a farmer.\n\n" if i == 0 else "") + "\"We planted early,\" she said. \"It paid off.\" Whitfield said the rain helped.\n\n",
    "no_punctuation": lambda i: "the farmer said that the harvest was good and the rain helped and prices fell ",
    "open_quotes": lambda i: "He said \u201cthe harvest was good and the rain helped. ",
    "straight_marks": lambda i: "He said \"the harvest \" was \"good\" and \"\" the rain\" helped. ",
    "one_paragraph": lambda i: f"\"We were lucky,\" {first[i % 10]} Harlow{i % 50} said. ",
    "groups": lambda i: f"Officials in district {i} said the harvest was good, and residents told reporters they agreed. ",
    "colons": lambda i: "The statement by the council read: \n\nThe harvest was good, said Dana Whitfield: we were lucky. ",
    "trailing_company": lambda i: f"Revenue rose {i % 90} percent in the quarter, the company said. ",
    "body_it": lambda i: "Acme said it was good news. It warned that prices would rise. ",
    "turn_labels": lambda i: "Presenter: Will prices rise?\n\nMinister: They will not.\n\n",
    "quotes_near_cues": lambda i: "She pointed to a speech in which, she said, Delgado had called for cuts. \u201cWe have had enough,\u201d said two of the people there. ",
    "cues_then_quotes": lambda i: ("Lee said the plan was good. " * 2 if i < n // 2 else "\u201cWe have had enough of this.\u201d ") + ("\n\n" if i == n // 2 - 1 else ""),
    "relative_chain": lambda i: "Ruth Ames, who said that Tom Lee, who told her that officials said, ",
    "names_no_person": lambda i: "He said Ab \"yes\" ",
    "gestures": lambda i: "Ann Lee shrugs. \"No, I will not go there today.\" Tom Hale said it was bad. ",
}
print(json.dumps({"id": shape, "text": "".join(parts[shape](i) for i in range(n))}))
PY
swift build -c release --product annotate >/dev/null
stage_seconds() { .build/release/annotate run --jobs 1 "$tmp/pipeline.json" "$1" 2>&1 >/dev/null | sed -n 's/.*quotes \([0-9.]*\)s.*/\1/p'; }
printf "%-16s %-6s %9s %9s %8s %6s\n" shape input "N (s)" "4N (s)" "4N MB" ratio
for shape in qa_nameless qa_named unlabelled_qa transcript many_names one_speaker no_punctuation open_quotes straight_marks one_paragraph groups colons trailing_company body_it turn_labels quotes_near_cues cues_then_quotes relative_chain names_no_person gestures; do
  python3 "$tmp/gen.py" "$shape" "$n" > "$tmp/small.jsonl"
  python3 "$tmp/gen.py" "$shape" $((n * 4)) > "$tmp/large.jsonl"
  # (The same line as plain text: one paragraph of megabytes, with JSON's escapes as words.)
  cp "$tmp/small.jsonl" "$tmp/small.txt"; cp "$tmp/large.jsonl" "$tmp/large.txt"
  for ext in jsonl txt; do
    a=$(stage_seconds "$tmp/small.$ext"); b=$(stage_seconds "$tmp/large.$ext")
    mb=$(python3 -c "import os; print(f'{os.path.getsize(\"$tmp/large.$ext\") / 1e6:.1f}')")
    printf "%-16s %-6s %9s %9s %8s %6s\n" "$shape" "$ext" "$a" "$b" "$mb" "$(python3 -c "print(f'{$b / max($a, 0.005):.1f}')")"
  done
done
# The stages after the quotes, in the default pipeline: tone and stance score each sentence, and stance each mention
# in it, so one sentence of megabytes with thousands of names and quotes is their hostile shape (a fifth of N: the
# default pipeline does more per byte).
stage_of() { .build/release/annotate run --jobs 1 pipelines/default.json "$1" 2>&1 >/dev/null | sed -n "s/.* $2 \([0-9.]*\)s.*/\1/p"; }
printf "\n%-16s %-6s %9s %9s %8s %6s\n" "shape (stance)" input "N/5 (s)" "4N/5 (s)" "4N/5 MB" ratio
for shape in relative_chain one_paragraph many_names; do
  python3 "$tmp/gen.py" "$shape" $((n / 5)) > "$tmp/small.jsonl"
  python3 "$tmp/gen.py" "$shape" $((n * 4 / 5)) > "$tmp/large.jsonl"
  a=$(stage_of "$tmp/small.jsonl" stance); b=$(stage_of "$tmp/large.jsonl" stance)
  mb=$(python3 -c "import os; print(f'{os.path.getsize(\"$tmp/large.jsonl\") / 1e6:.1f}')")
  printf "%-16s %-6s %9s %9s %8s %6s\n" "$shape" jsonl "$a" "$b" "$mb" "$(python3 -c "print(f'{$b / max($a, 0.005):.1f}')")"
done
