#!/bin/bash
# Runs each question once, one at a time (never in parallel).
cd /tmp/probe-t
P=eval/probes/compare-blind-2026-11-29t
while IFS=$'\t' read -r qid q; do
  echo "$(date -u +%T) $qid: $q" >&2
  PYTHONPATH=/tmp/probe-t NEWSQA_COLLECTION=eval NEWSQA_DATA_DIR=/work/bench/data2/eval/newsbench-dev-0c2861c18d1e NEWSQA_EMBEDDING__PRECISION=fp32 /work/main/.venv/bin/newsqa compare "$q" --json > "$P/raw/$qid.json" 2> "$P/raw/$qid.stderr"
  echo "  rc=$?" >&2
done < "$P/questions.tsv"
