"""Fit the relevance thresholds (``Settings.relevance``) on labelled timeline events.

    python eval/fit_relevance.py [eval/suites/coverage-real] [--target 0.9]

For every timeline topic of the suite's dev part: retrieve as ``newsqa timeline`` does, take
every candidate event (furniture already left out), score it with
``assistant.answer.relevance.in_passages`` and look up its label (an event the labels do not
list is not relevant). Then search a grid of thresholds for the loosest rule whose event
precision on the dev part is at least ``--target``, keeping the most relevant events (ties:
the higher precision). Each held-out part is scored with the chosen thresholds and printed
beside, never used to choose. Copy the printed values into ``RelevanceSettings``.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

import numpy as np

from assistant.answer.chain import Assistant
from assistant.answer.relevance import in_passages
from assistant.answer.timeline import candidates
from assistant.config import Settings
from assistant.evaluation.coverage import _same_sentence, load_labels
from assistant.evaluation.runner import suite_index
from assistant.evaluation.suite import load_suite

NAMES = ("min_lexical", "min_semantic", "min_context_lexical", "min_context_semantic",
         "min_whole_article_lexical", "min_semantic_in_article", "min_article_lexical",
         "min_article_semantic")
GRID = {
    "min_lexical": [0.3, 0.4, 0.5, 0.6, 0.75, 1.01],
    "min_semantic": [0.1, 0.2, 0.3, 0.4, 0.5],
    "min_context_lexical": [0.4, 0.5, 0.6, 0.75, 0.9, 1.01],
    "min_context_semantic": [0.2, 0.3, 0.4, 0.5, 0.6],
    "min_whole_article_lexical": [0.8, 0.9, 1.01],
    "min_semantic_in_article": [0.35, 0.45, 0.55],
    "min_article_lexical": [0.0, 0.4, 0.5, 0.6, 0.75, 0.9],
    "min_article_semantic": [-1.0, 0.2, 0.3, 0.4, 0.5],
}


def features(assistant: Assistant, labels: list, split: str) -> tuple[np.ndarray, np.ndarray]:
    rows, gold = [], []
    index = assistant.index
    for topic in (t for t in labels if t.split == split):
        state = assistant.retrieve(topic.topic, k=20)
        passages = state["passages"]
        ids = {p.article_id for p in passages}
        texts = {aid: a.text for aid, a in index.catalog.get_many(ids).items()}
        found = candidates(passages, index.catalog.time_mentions(ids), texts)
        stored = index.vectors.get_vectors([p.chunk_id for p in passages])
        scored = in_passages(state["question"], [c.sentence for c in found],
                             [c.passage for c in found], passages, index.keyword().idf,
                             index.query_embedder.encode, stored)
        for c, r in zip(found, scored, strict=True):
            if c.expression == "published":
                relevant = c.passage.article_id in topic.articles
            else:
                hit = next((g for g in topic.events if g.article == c.passage.article_id
                            and _same_sentence(g.sentence, c.sentence)), None)
                relevant = bool(hit and hit.relevant)
            rows.append([r.lexical, r.semantic, r.context_lexical, r.context_semantic,
                         r.article_lexical, r.article_semantic])
            gold.append(relevant)
    return np.array(rows), np.array(gold)


def keep(x: np.ndarray, t: dict[str, float]) -> np.ndarray:
    """``assistant.answer.relevance.passes`` over feature rows (tests/test_relevance.py
    checks that the two agree)."""
    own = (x[:, 0] >= t["min_lexical"]) & (x[:, 1] >= t["min_semantic"])
    around = (x[:, 2] >= t["min_context_lexical"]) & (x[:, 3] >= t["min_context_semantic"])
    in_article = (x[:, 4] >= t["min_whole_article_lexical"]) & (
        x[:, 1] >= t["min_semantic_in_article"])
    article = (x[:, 4] >= t["min_article_lexical"]) & (x[:, 5] >= t["min_article_semantic"])
    return (own | around | in_article) & article


def score(x: np.ndarray, y: np.ndarray, t: dict[str, float]) -> tuple[float, int, int]:
    k = keep(x, t)
    tp = int((k & y).sum())
    return (tp / k.sum() if k.sum() else 0.0), tp, int(k.sum())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("suite", nargs="?", default="eval/suites/coverage-real")
    ap.add_argument("--target", type=float, default=0.9)
    args = ap.parse_args()
    suite = load_suite(Path(args.suite))
    index, _, _ = suite_index(suite, Settings())
    assistant = Assistant(index)
    labels = load_labels(suite.path).timeline
    x, y = features(assistant, labels, "dev")
    print(f"dev: {len(y)} candidate events, {int(y.sum())} relevant "
          f"(precision with no gate {y.mean():.3f})", file=sys.stderr)
    best: tuple[int, float, dict[str, float]] | None = None
    for values in itertools.product(*(GRID[n] for n in NAMES)):
        t = dict(zip(NAMES, values, strict=True))
        precision, tp, _ = score(x, y, t)
        if precision >= args.target and (best is None or (tp, precision) > best[:2]):
            best = (tp, precision, t)
    if best is None:
        sys.exit(f"no thresholds reach precision {args.target} on the dev part")
    tp, precision, t = best
    print(f"dev: precision {precision:.3f}, keeps {tp} of {int(y.sum())} relevant events")
    for split in sorted({t.split for t in labels} - {"dev"}):
        hx, hy = features(assistant, labels, split)
        if len(hy):
            hp, htp, _ = score(hx, hy, t)
            print(f"{split}: precision {hp:.3f}, keeps {htp} of {int(hy.sum())} relevant events")
    for name in NAMES:
        print(f"{name} = {t[name]}")
    index.close()


if __name__ == "__main__":
    main()
