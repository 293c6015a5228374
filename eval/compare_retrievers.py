"""Print one table comparing eval reports side by side (e.g. hybrid vs dense vs keyword)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROWS = ("answer_hit@1", "answer_hit@5", "answer_hit@10", "mrr@10", "answer_accuracy",
        "refusal_precision", "refusal_recall", "mean_passage_chars", "mean_answer_chars")


def main(paths: list[str]) -> None:
    reports = [json.loads(Path(p).read_text()) for p in paths]
    names = [f"{r['retriever']}" for r in reports]
    print("| metric | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for row in ROWS:
        cells = []
        for r in reports:
            v = r["overall"].get(row)
            cells.append("–" if v is None else (f"{v:.3f}" if v <= 1 else f"{v:.0f}"))
        print(f"| {row} | " + " | ".join(cells) + " |")
    for stage in ("retrieve", "total"):
        cells = [f"{r['overall']['latency_ms'][stage]['p50']:.0f} / "
                 f"{r['overall']['latency_ms'][stage]['p95']:.0f}" for r in reports]
        print(f"| {stage} p50/p95 ms | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
