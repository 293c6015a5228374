#!/bin/bash
# Runs each question once, one at a time.
cd /tmp/probe-v
D=eval/probes/compare-blind-2026-11-29v
while IFS=$'\t' read -r qid q; do
  n=${qid#Q}
  start=$(date +%s)
  PYTHONPATH=/tmp/probe-v NEWSQA_COLLECTION=eval NEWSQA_DATA_DIR=/work/bench/data2/eval/newsbench-dev-0c2861c18d1e NEWSQA_EMBEDDING__PRECISION=fp32 /work/main/.venv/bin/newsqa compare "$q" --json > $D/raw/Q$n.json 2> $D/raw/Q$n.stderr
  echo "$qid rc=$? secs=$(( $(date +%s)-start ))" >> $D/raw/run.log
done < $D/questions.tsv
