#!/bin/bash
OUT=/work/main/eval/probes/compare-blind-2026-11-29l
while IFS=$'\t' read -r qid q; do
  cd /tmp/probe-l && NEWSQA_COLLECTION=eval NEWSQA_DATA_DIR=/work/bench/data2/eval/newsbench-dev-0c2861c18d1e NEWSQA_EMBEDDING__PRECISION=fp32 PYTHONPATH=/tmp/probe-l /work/main/.venv/bin/newsqa compare "$q" --json > $OUT/raw/$qid.json 2> $OUT/raw/$qid.stderr
  echo "$qid rc=$?"
done < $OUT/questions.tsv
