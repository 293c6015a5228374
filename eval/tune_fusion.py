"""Sweep the hybrid fusion (dense weight, RRF constant) on a suite's cached index.

    python eval/tune_fusion.py ../shared/data/newsbench-dev [-k 10]

Both halves' candidate lists are computed once per question; each setting then only
re-fuses them, applies the per-article cap, and scores answer_hit@5 and mrr@10 exactly as
the eval does (gold string in the passage text, case- and space-normalised). It reads a
tuning suite only (newsbench-dev): a held-out set is refused.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from assistant.config import Settings
from assistant.evaluation.metrics import contains_any
from assistant.evaluation.runner import suite_index
from assistant.evaluation.suite import load_tuning_suite
from assistant.retrieval import diversify, rrf


def main() -> None:
    ap = argparse.ArgumentParser(description="Sweep hybrid fusion settings.")
    ap.add_argument("suite", type=Path)
    ap.add_argument("-k", type=int, default=10)
    args = ap.parse_args()
    settings = Settings()
    settings.ingest.progress = False
    suite = load_tuning_suite(args.suite)
    index, _, _ = suite_index(suite, settings)
    n = settings.retrieval.candidates
    kw = index.keyword()
    questions = [q for q in suite.questions if q.scored and q.answerable and q.answers]
    runs = []
    for q in questions:
        dense = [c for c, _ in index.vectors.query(index.embedder.encode_one(q.question), n)]
        keyword = [c for c, _ in kw.search(q.question, n)]
        runs.append((q, dense, keyword))
    spans = index.catalog.chunk_spans(list({c for _, d, k in runs for c in d + k}))
    articles = index.catalog.get_many({a for a, _, _ in spans.values()})

    def text(cid: str) -> str:
        aid, s, e = spans[cid]
        return articles[aid].text[s:e]

    print("| dense weight | rrf k | answer_hit@5 | mrr@10 |\n|---|---|---|---|")
    for weight in (0.0, 0.25, 0.5, 0.75, 1.0):
        for rrf_k in (10, 30, 60):
            hits = rr = 0.0
            for q, dense, keyword in runs:
                fused = rrf([dense, keyword], rrf_k, weights=[weight, 1.0])
                order = [c for c in sorted(fused, key=lambda c: -fused[c]) if c in spans]
                chosen = diversify([(c, spans[c][0]) for c in order], args.k,
                                   settings.retrieval.max_per_article)
                rank = next((i for i, c in enumerate(chosen, 1) if contains_any(text(c),
                                                                                 q.answers)), None)
                hits += bool(rank and rank <= 5)
                rr += 1 / rank if rank else 0.0
            print(f"| {weight:.2f} | {rrf_k} | {hits / len(runs):.3f} | {rr / len(runs):.3f} |")


if __name__ == "__main__":
    main()
