"""Fit hybrid retrieval's preferences on newsbench-dev, and only there.

    python eval/tune_retrieval.py ../shared/data/newsbench-dev [-k 10] [--only recency|hold]

Two small grids, each swept with every other setting at its default:

- ``recency``: ``retrieval.recent_days`` x ``retrieval.recent_bonus``, the preference for
  coverage published in the days before the question was asked;
- ``hold``: ``retrieval.hold_ratio``, how far another article's passage may score below the
  best passage that the per-article cap held back and still take its slot.

Each question is retrieved as ``newsqa eval`` retrieves it, on the day it was asked; each row
gives answer_hit@5 and mrr@10, and each grid ends with the setting of best MRR. Copy the
winners into ``assistant/config.py`` by hand, then report newsbench-check with
``newsqa eval``: a preference that helps dev and not check is dropped (docs/eval.md).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from assistant.answer.chain import Assistant
from assistant.config import Settings
from assistant.evaluation.metrics import contains_any
from assistant.evaluation.runner import suite_index
from assistant.evaluation.suite import load_tuning_suite

GRIDS: dict[str, list[dict[str, Any]]] = {
    "recency": [{"recent_days": 0, "recent_bonus": 0.0}]
    + [{"recent_days": d, "recent_bonus": b} for d in (7, 14, 30, 60)
       for b in (0.003, 0.005, 0.008)],
    "hold": [{"hold_ratio": r} for r in (0.0, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9)],
}


def main() -> None:
    ap = argparse.ArgumentParser(description="Fit retrieval preferences on a tuning suite.")
    ap.add_argument("suite", type=Path)
    ap.add_argument("-k", type=int, default=10, help="Passages per question (as newsqa eval).")
    ap.add_argument("--only", choices=sorted(GRIDS), help="Sweep one grid.")
    args = ap.parse_args()
    settings = Settings()
    settings.ingest.progress = False
    suite = load_tuning_suite(args.suite)
    index, _, _ = suite_index(suite, settings)
    questions = [q for q in suite.questions if q.scored and q.answerable and q.answers]
    print(f"{suite.name}: {len(questions)} answerable questions, k={args.k}")
    for name, grid in GRIDS.items():
        if args.only and name != args.only:
            continue
        keys = list(grid[0])
        print(f"\n| {' | '.join(keys)} | answer_hit@5 | mrr@10 |\n|{'---|' * (len(keys) + 2)}")
        best: tuple[float, dict[str, Any]] | None = None
        for point in grid:
            rs = index.settings.retrieval.model_copy(update={**point, "k": args.k})
            assistant = Assistant(index, index.settings.model_copy(update={"retrieval": rs}))
            hits = rr = 0.0
            for q in questions:
                # as the chain retrieves: the question's date words read, the question condensed
                state = assistant.retrieve(q.question, k=args.k, as_of=q.asked_on)
                got = state["passages"]
                rank = next((i for i, p in enumerate(got, 1)
                             if contains_any(p.text, q.answers)), None)
                hits += bool(rank and rank <= 5)
                rr += 1 / rank if rank else 0.0
            mrr = rr / len(questions)
            cells = " | ".join(str(point[key]) for key in keys)
            print(f"| {cells} | {hits / len(questions):.3f} | {mrr:.3f} |", flush=True)
            if best is None or mrr > best[0] + 1e-9:
                best = (mrr, point)
        assert best is not None
        print(f"\nbest mrr@10 {best[0]:.3f}: {best[1]}")
    index.close()


if __name__ == "__main__":
    main()
