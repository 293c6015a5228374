#!/bin/bash
# usage: run.sh  -> runs every question in labels.jsonl sequentially, saving raw/Q<n>.json
D=/work/main/eval/probes/compare-blind-2026-11-29k
python3 -c "
import json
for l in open('$D/labels.jsonl'):
    q=json.loads(l); print(q['qid']+'\t'+q['question'])
" | while IFS=$'\t' read qid question; do
  ( cd /tmp/probe-k && NEWSQA_COLLECTION=eval NEWSQA_DATA_DIR=/work/bench/data2/eval/newsbench-dev-0c2861c18d1e NEWSQA_EMBEDDING__PRECISION=fp32 PYTHONPATH=/tmp/probe-k /work/main/.venv/bin/newsqa compare "$question" --json ) > $D/raw/$qid.json 2> $D/raw/$qid.stderr
  echo "$qid rc=$?"
done
