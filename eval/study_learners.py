"""Would a stronger learner pick better answer sentences than the shipped logistic regression?

    python eval/study_learners.py ../shared/data/newsbench-dev \\
        [--report ../shared/data/newsbench-check]

The candidates and their features are the product's own (``eval/fit_answerer.collect``: the
chain's retrieval on each question's asking date, every sentence and headline of the top k
passages). Each learner is judged by grouped 5-fold cross-validation over dev's answerable
questions, repeated with three shuffles: the share of questions where one of its top 3
candidates holds a gold answer string (what a 3-sentence answer can hold). Only the dev CV
decides. With ``--report``, each learner is then fitted on all of dev and scored once on the
held-out suite, to show whether a dev gain carries.

Learners: the shipped L2 logistic regression (``assistant.answer.model.fit``); a listwise
softmax over each question's candidates (same linear form, trained to put the mass on the
gold sentences); scikit-learn's gradient-boosted trees, depth 2 and 3 (scikit-learn comes with
sentence-transformers).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from assistant.answer.model import fit
from assistant.config import Settings
from assistant.evaluation.suite import load_tuning_suite

sys.path.insert(0, str(Path(__file__).parent))
from fit_answerer import collect, quiet_settings

Question = list[tuple[np.ndarray, bool]]
Scorer = Callable[[np.ndarray], np.ndarray]


def rows(qs: list[Question]) -> tuple[np.ndarray, np.ndarray]:
    pairs = [c for q in qs for c in q]
    return np.stack([x for x, _ in pairs]), np.array([y for _, y in pairs], dtype=float)


def logistic(qs: list[Question]) -> Scorer:
    x, y = rows(qs)
    mean, scale, coef, intercept = fit(x, y, l2=1.0)
    return lambda z: ((z - mean) / scale) @ coef + intercept


def listwise(qs: list[Question], iters: int = 1500, lr: float = 0.1) -> Scorer:
    x, _ = rows(qs)
    mean, scale = x.mean(0), x.std(0) + 1e-9
    groups = [((np.stack([c[0] for c in q]) - mean) / scale,
               np.array([c[1] for c in q], dtype=float)) for q in qs]
    groups = [(z, t / t.sum()) for z, t in groups if t.sum() > 0]
    w = np.zeros(x.shape[1])
    for _ in range(iters):
        grad = np.zeros_like(w)
        for z, t in groups:
            s = z @ w
            p = np.exp(s - s.max())
            grad += z.T @ (p / p.sum() - t)
        w -= lr * (grad + w) / len(groups)
    return lambda z: ((z - mean) / scale) @ w


def boosted(depth: int) -> Callable[[list[Question]], Scorer]:
    def learner(qs: list[Question]) -> Scorer:
        from sklearn.ensemble import HistGradientBoostingClassifier

        x, y = rows(qs)
        model = HistGradientBoostingClassifier(max_depth=depth, max_iter=150,
                                               learning_rate=0.05, random_state=0).fit(x, y)
        return lambda z: model.predict_proba(z)[:, 1]
    return learner


LEARNERS: dict[str, Callable[[list[Question]], Scorer]] = {
    "logistic regression (shipped)": logistic,
    "listwise softmax": listwise,
    "boosted trees, depth 2": boosted(2),
    "boosted trees, depth 3": boosted(3),
}


def top3(qs: list[Question], score: Scorer, total: int) -> float:
    """Share of ``total`` questions where a top-3 candidate holds a gold answer."""
    hits = 0
    for q in qs:
        s = score(np.stack([c[0] for c in q]))
        hits += any(q[j][1] for j in np.argsort(-s)[:3])
    return hits / total


def answerable(suite: Path, settings: Settings) -> tuple[list[Question], int]:
    data = collect(suite, settings)
    n = sum(1 for a, _ in data if a)
    return [cands for a, cands in data if a and cands], n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("suite", type=Path, help="the tuning suite (dev)")
    ap.add_argument("--report", type=Path, help="a held-out suite, scored once per learner")
    ap.add_argument("-k", type=int, default=10)
    args = ap.parse_args()
    load_tuning_suite(args.suite)  # refuses a held-out suite as the one to learn on
    settings = quiet_settings(args.k)
    dev, n_dev = answerable(args.suite, settings)
    held = answerable(args.report, settings) if args.report else None
    print(f"| learner | dev CV top-3 (mean ± sd) | {'held-out top-3 |' if held else ''}")
    print(f"|---|---|{'---|' if held else ''}")
    for name, learner in LEARNERS.items():
        cv = []
        for seed in range(3):
            order = np.random.default_rng(seed).permutation(len(dev))
            hits = 0.0
            for f in range(5):
                test = set(order[f::5].tolist())
                score = learner([q for i, q in enumerate(dev) if i not in test])
                hits += top3([dev[i] for i in test], score, n_dev)
            cv.append(hits)
        cell = ""
        if held:
            cell = f" {top3(held[0], learner(dev), held[1]):.3f} |"
        print(f"| {name} | {np.mean(cv):.3f} ± {np.std(cv):.3f} |{cell}", flush=True)


if __name__ == "__main__":
    main()
