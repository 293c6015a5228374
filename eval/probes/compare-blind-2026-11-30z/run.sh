#!/bin/bash
cd /tmp/probe-z
while IFS=$'\t' read -r qid q; do
  s=$(date +%s)
  NEWSQA_COLLECTION=eval NEWSQA_DATA_DIR=/work/bench/data2/eval/newsbench-dev-0c2861c18d1e NEWSQA_EMBEDDING__PRECISION=fp32 PYTHONPATH=/tmp/probe-z /work/main/.venv/bin/python -m assistant compare "$q" --json > /tmp/probe-z-out/raw/$qid.json 2> /tmp/probe-z-out/raw/$qid.err
  echo "$qid rc=$? $(( $(date +%s)-s ))s"
done < /tmp/probe-z-out/questions.tsv
