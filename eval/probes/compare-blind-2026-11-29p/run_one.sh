#!/bin/bash
# usage: run_one.sh N   -- runs question QN once (never in parallel)
set -e
cd /tmp/probe-p
n=$1
q=$(python3 -c "import json,sys; [print(d['question']) for d in map(json.loads, open('eval/probes/compare-blind-2026-11-29p/labels.jsonl')) if d['qid']=='Q$n']")
start=$(date +%s)
PYTHONPATH=/tmp/probe-p NEWSQA_COLLECTION=eval NEWSQA_DATA_DIR=/work/bench/data2/eval/newsbench-dev-0c2861c18d1e NEWSQA_EMBEDDING__PRECISION=fp32 /work/main/.venv/bin/newsqa compare "$q" --json > eval/probes/compare-blind-2026-11-29p/raw/Q$n.json 2> eval/probes/compare-blind-2026-11-29p/raw/Q$n.stderr
echo "Q$n rc=$? secs=$(( $(date +%s) - start ))"
