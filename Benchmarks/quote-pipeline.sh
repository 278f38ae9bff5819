# Sourced by the benchmarks: write_quote_pipeline FILE writes the pipeline they time (verbatim ingest,
# sentences, quotes; no tone or stance), with the lexicons given by absolute path.
write_quote_pipeline() {
  cat > "$1" <<JSON
{"stages": [
  {"stage": "ingest", "options": {"verbatim": true, "boilerplate": false, "boilerplateCues": "$PWD/lexicons/boilerplate_cues.txt"}},
  {"stage": "sentences", "options": {"abbreviations": "$PWD/lexicons/abbreviations.tsv", "starters": "$PWD/lexicons/sentence_starters.txt"}},
  {"stage": "quotes", "options": {"reportingVerbs": "$PWD/lexicons/reporting_verbs.tsv", "titles": "$PWD/lexicons/person_titles.txt",
    "groups": "$PWD/lexicons/group_nouns.txt", "bodies": "$PWD/lexicons/body_nouns.tsv", "demonyms": "$PWD/lexicons/demonyms.tsv",
    "organisations": "$PWD/lexicons/organisation_names.txt",
    "firstNames": "$PWD/lexicons/first_names.tsv", "starters": "$PWD/lexicons/sentence_starters.txt"}}
]}
JSON
}
