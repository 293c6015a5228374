#!/bin/bash
# Runs the 12 questions one at a time (never in parallel).
cd /tmp/probe-u
D=eval/probes/compare-blind-2026-11-29u
python3 - <<'PY' > $D/questions.tsv
import json
for l in open('eval/probes/compare-blind-2026-11-29u/labels.jsonl'):
    q=json.loads(l); print(q['qid']+'\t'+q['question'])
PY
while IFS=$'\t' read -r qid question; do
  n=${qid#Q}
  [ -s $D/raw/Q$n.json ] && continue
  start=$(date +%s)
  PYTHONPATH=/tmp/probe-u NEWSQA_COLLECTION=eval NEWSQA_DATA_DIR=/work/bench/data2/eval/newsbench-dev-0c2861c18d1e NEWSQA_EMBEDDING__PRECISION=fp32 /work/main/.venv/bin/newsqa compare "$question" --json > $D/raw/Q$n.json 2> $D/raw/Q$n.stderr
  rc=$?
  echo "$qid rc=$rc secs=$(( $(date +%s) - start ))" >> $D/raw/run.log
done < $D/questions.tsv
echo done >> $D/raw/run.log
