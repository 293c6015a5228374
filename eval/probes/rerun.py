"""Re-run a blind probe's questions on the current code and show what changed.

    NEWSQA_COLLECTION=eval NEWSQA_DATA_DIR=<the newsbench-dev eval index> \\
    NEWSQA_EMBEDDING__PRECISION=fp32 \\
    python eval/probes/rerun.py eval/probes/compare-blind-2026-11-29f

For each question of the probe's ``labels.jsonl`` it runs ``newsqa compare --json`` and
prints the slots' leading values (and whether a contradiction is flagged) where they differ
from the probe's saved ``raw/Q<n>.json``: what a rule changed on questions it was not written
from. After the fixes a probe leads to, its questions are no longer blind.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def lineup(comparison: dict[str, Any] | None) -> list[tuple[str, dict[str, list[str]], bool]]:
    if comparison is None:
        return []
    return [(s["kind"], s["reported_by"], s["contradiction"]) for s in comparison["slots"]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("probe", type=Path)
    args = ap.parse_args()
    newsqa = Path(sys.executable).with_name("newsqa")
    for line in (args.probe / "labels.jsonl").read_text().splitlines():
        label = json.loads(line)
        raw = args.probe / "raw" / f"{label['qid']}.json"
        old = json.loads(raw.read_text()) if raw.exists() else None
        run = subprocess.run([str(newsqa), "compare", label["question"], "--json"],
                             capture_output=True, text=True, check=True)
        new = json.loads(run.stdout)
        same = lineup(old) == lineup(new)
        print(f"{label['qid']} {'same' if same else 'CHANGED'}  {label['question']}")
        if not same:
            print(f"    was: {lineup(old)}\n    now: {lineup(new)}")


if __name__ == "__main__":
    main()
