"""Precision and recall of attribution extraction on a hand-annotated sentence set.

    python eval/attribution_pr.py [eval/attribution/annotated.jsonl]

Each line: a sentence and its gold speaker (null: the article's own assertion). A detection
is a sentence the extractor attributes; it is correct when gold has a speaker. The speaker
is right when its identifying words match gold's (``speaker_matches`` both ways).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.nlp.attribution import find_attributions, speaker_key


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "eval/attribution/annotated.jsonl")
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    tp = fp = fn = right = 0
    for r in rows:
        found = find_attributions("x", r["text"])
        got = found[0].speaker if found else None
        gold = r["speaker"]
        if got and gold:
            tp += 1
            right += speaker_key(got) == speaker_key(gold)
        elif got:
            fp += 1
            print(f"false attribution: {got!r} in {r['text'][:70]!r}")
        elif gold:
            fn += 1
            print(f"missed: {gold!r} in {r['text'][:70]!r}")
    print(f"{len(rows)} sentences, {tp + fn} attributed in gold: precision "
          f"{tp / max(tp + fp, 1):.2f}, recall {tp / max(tp + fn, 1):.2f}, "
          f"speaker exact on {right}/{tp} detections")


if __name__ == "__main__":
    main()
