#!/bin/bash
# Runs each labelled question once, sequentially, on the frozen copy.
cd /tmp/probe-o
P=eval/probes/compare-blind-2026-11-29o
python3 - <<'PY' > $P/raw/questions.tsv
import json
for l in open('eval/probes/compare-blind-2026-11-29o/labels.jsonl'):
    d=json.loads(l); print(d['qid']+'\t'+d['question'])
PY
while IFS=$'\t' read -r qid q; do
  n=${qid#Q}
  start=$(date +%s)
  PYTHONPATH=/tmp/probe-o NEWSQA_COLLECTION=eval NEWSQA_DATA_DIR=/work/bench/data2/eval/newsbench-dev-0c2861c18d1e NEWSQA_EMBEDDING__PRECISION=fp32 /work/main/.venv/bin/newsqa compare "$q" --json > $P/raw/Q$n.json 2> $P/raw/Q$n.stderr
  echo "Q$n rc=$? secs=$(( $(date +%s) - start ))" >> $P/raw/run.log
done < $P/raw/questions.tsv
echo done >> $P/raw/run.log
