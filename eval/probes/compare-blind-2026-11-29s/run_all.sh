#!/bin/bash
# Runs each question once, one at a time.
cd /tmp/probe-s
D=eval/probes/compare-blind-2026-11-29s
python3 -c "
import json
for l in open('$D/labels.jsonl'):
    q=json.loads(l); print(q['qid']+'\t'+q['question'])
" | while IFS=$'\t' read -r qid question; do
  n=${qid#Q}
  echo "$(date +%T) running $qid" >> $D/run.log
  PYTHONPATH=/tmp/probe-s NEWSQA_COLLECTION=eval NEWSQA_DATA_DIR=/work/bench/data2/eval/newsbench-dev-0c2861c18d1e NEWSQA_EMBEDDING__PRECISION=fp32 /work/main/.venv/bin/newsqa compare "$question" --json > $D/raw/Q$n.json 2> $D/raw/Q$n.stderr
  echo "$(date +%T) done $qid rc=$?" >> $D/run.log
done
