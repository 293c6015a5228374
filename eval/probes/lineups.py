"""Every blind probe question's compare lineup, in-process, to diff two versions of the rules.

    NEWSQA_COLLECTION=eval NEWSQA_DATA_DIR=<the newsbench-dev eval index> \\
    NEWSQA_EMBEDDING__PRECISION=fp32 \\
    python eval/probes/lineups.py before.json            # on the old code
    python eval/probes/lineups.py after.json --diff before.json   # on the new code

Each question of every ``eval/probes/compare-blind-*/labels.jsonl`` is compared as ``newsqa
compare`` would (one index, loaded once: about 0.04 s a question against 3 s a process), and
its lineup, each slot's kind, leading values with their accounts and contradiction flag, is
written as JSON. With ``--diff`` the questions whose lineup moved are printed: what a rule
changed on questions it was not written from (``rerun.py`` compares with a probe's own saved
output instead).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from assistant.answer.chain import Assistant
from assistant.config import Settings
from assistant.index import Index

PROBES = Path(__file__).parent


def lineups(assistant: Assistant, kinds: set[str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for probe in sorted(PROBES.glob("compare-blind-*")):
        for line in (probe / "labels.jsonl").read_text().splitlines():
            label = json.loads(line)
            if kinds and label.get("kind") not in kinds:
                continue
            c = assistant.compare(label["question"]).model_dump(mode="json")
            out[f"{probe.name}/{label['qid']}"] = [
                [s["kind"], s["reported_by"], s["contradiction"]] for s in c["slots"]]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="Where to write the lineups (JSON).")
    ap.add_argument("--diff", type=Path, help="Lineups of another version, to compare with.")
    ap.add_argument("--kinds", help="Only these label kinds (comma-separated: count,date).")
    args = ap.parse_args()
    settings = Settings()
    settings.ingest.progress = False
    index = Index(settings)
    got = lineups(Assistant(index), set(args.kinds.split(",")) if args.kinds else None)
    index.close()
    args.out.write_text(json.dumps(got, indent=1, sort_keys=True))
    print(f"{len(got)} questions → {args.out}")
    if args.diff:
        before = json.loads(args.diff.read_text())
        for key, now in got.items():
            if key in before and before[key] != now:
                print(f"{key}\n    was: {before[key]}\n    now: {now}")
        new = [key for key in got if key not in before]
        if new:
            print(f"{len(new)} questions not in {args.diff} (a probe added since)")


if __name__ == "__main__":
    main()
