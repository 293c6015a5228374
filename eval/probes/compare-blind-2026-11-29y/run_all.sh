#!/bin/bash
# Run the tool once per question, one at a time.
cd /tmp/probe-y
P=eval/probes/compare-blind-2026-11-29y
python3 -c "
import json
for l in open('$P/labels.jsonl'):
    d=json.loads(l); print(d['qid'][1:]+'\t'+d['question'])
" | while IFS=$'\t' read -r n q; do
  [ -s "$P/raw/Q$n.json" ] && continue
  echo "$(date +%T) Q$n start: $q"
  PYTHONPATH=/tmp/probe-y NEWSQA_COLLECTION=eval NEWSQA_DATA_DIR=/work/bench/data2/eval/newsbench-dev-0c2861c18d1e NEWSQA_EMBEDDING__PRECISION=fp32 /work/main/.venv/bin/newsqa compare "$q" --json > "$P/raw/Q$n.json" 2> "$P/raw/Q$n.stderr"
  echo "$(date +%T) Q$n done rc=$?"
done
