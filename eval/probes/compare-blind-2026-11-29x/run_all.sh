#!/bin/bash
# Runs each labelled question once, one at a time.
cd /tmp/probe-x
D=eval/probes/compare-blind-2026-11-29x
python3 - <<'PY' > $D/raw/questions.tsv
import json
for l in open('/tmp/probe-x/eval/probes/compare-blind-2026-11-29x/labels.jsonl'):
    q=json.loads(l); print(q['qid'][1:]+'\t'+q['question'])
PY
while IFS=$'\t' read -r n q; do
  s=$(date +%s)
  PYTHONPATH=/tmp/probe-x NEWSQA_COLLECTION=eval NEWSQA_DATA_DIR=/work/bench/data2/eval/newsbench-dev-0c2861c18d1e NEWSQA_EMBEDDING__PRECISION=fp32 /work/main/.venv/bin/newsqa compare "$q" --json > $D/raw/Q$n.json 2> $D/raw/Q$n.stderr
  echo "Q$n rc=$? secs=$(( $(date +%s) - s ))" >> $D/raw/runlog.txt
done < $D/raw/questions.tsv
