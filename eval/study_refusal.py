"""Would a question-level refusal score refuse more unanswerable questions than the best
candidate's support alone, at the same answer rate?

    python eval/study_refusal.py ../shared/data/newsbench-dev \\
        [--report ../shared/data/newsbench-check]

The candidates and their features are the product's own (``eval/fit_answerer.collect``).
Each question is described by aggregates of its candidates: the best support (the shipped
refusal signal, ``AnswerModel.support``), the mean of the best three, and the best
question-term coverage, context coverage, sentence similarity and passage similarity of any
candidate, and the coverage of the best-supported one. Each single aggregate, and logistic
regressions over several (fitted on dev's questions, answerable against unanswerable), is
thresholded on dev so that the same share of dev's answerable questions is answered as the
product answers (``--answer-rate``, 0.925: 0.90 plus one standard error, see
``fit_answerer.fitting_rate``); the table gives its refusal recall on dev's unanswerable
questions and, with ``--report``, the answer rate and refusal recall it then has on the
held-out suite. Only dev fits anything.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from assistant.answer.model import fit, load
from assistant.config import Settings
from assistant.evaluation.suite import load_tuning_suite

sys.path.insert(0, str(Path(__file__).parent))
from fit_answerer import collect, operating_threshold, quiet_settings

AGGREGATES = ("best support", "top-3 support", "best coverage", "best context coverage",
              "best similarity", "best passage similarity", "coverage of the best")
COMBINATIONS = ((0, 1), (0, 3), (0, 4), (0, 2, 3, 4), tuple(range(len(AGGREGATES))))


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


def aggregates(suite: Path, settings: Settings) -> tuple[np.ndarray, np.ndarray]:
    """(one row of AGGREGATES per scored question, whether each is answerable)."""
    model = load()
    rows, answerable = [], []
    for ok, cands in collect(suite, settings):
        answerable.append(ok)
        if not cands:
            rows.append([-14.0, -14.0, 0.0, 0.0, 0.0, 0.0, 0.0])
            continue
        x = np.stack([c[0] for c in cands])
        support = _logit(model.support(x))
        order = np.argsort(-support)
        rows.append([support.max(), support[order[:3]].mean(), np.nanmax(x[:, 3]),
                     np.nanmax(x[:, 4]), np.nanmax(x[:, 0]), np.nanmax(x[:, 1]),
                     x[order[0], 3]])
    return np.array(rows), np.array(answerable)


def rates(score: np.ndarray, answerable: np.ndarray, threshold: float) -> tuple[float, float]:
    """(answer rate on answerable questions, refusal recall on unanswerable ones)."""
    answered = score >= threshold
    return float(answered[answerable].mean()), float((~answered[~answerable]).mean())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("suite", type=Path, help="the tuning suite (dev)")
    ap.add_argument("--report", type=Path, help="a held-out suite, scored once per signal")
    ap.add_argument("--answer-rate", type=float, default=0.925)
    ap.add_argument("-k", type=int, default=10)
    args = ap.parse_args()
    load_tuning_suite(args.suite)  # refuses a held-out suite as the one to learn on
    settings = quiet_settings(args.k)
    dev, dev_ok = aggregates(args.suite, settings)
    held = aggregates(args.report, settings) if args.report else None
    signals: dict[str, tuple[np.ndarray, np.ndarray | None]] = {
        name: (dev[:, j], held[0][:, j] if held else None)
        for j, name in enumerate(AGGREGATES)}
    for cols in COMBINATIONS:
        mean, scale, coef, intercept = fit(dev[:, cols], dev_ok.astype(float))
        signals["LR: " + " + ".join(AGGREGATES[c] for c in cols)] = (
            (dev[:, cols] - mean) / scale @ coef + intercept,
            (held[0][:, cols] - mean) / scale @ coef + intercept if held else None)
    print("| refusal signal | dev answer rate | dev refusal recall |"
          + (" held-out answer rate | held-out refusal recall |" if held else ""))
    print("|---|---|---|" + ("---|---|" if held else ""))
    for name, (on_dev, on_held) in signals.items():
        threshold = operating_threshold(on_dev[dev_ok], args.answer_rate)
        a, r = rates(on_dev, dev_ok, threshold)
        cells = f" {a:.3f} | {r:.2f} |"
        if held and on_held is not None:
            ha, hr = rates(on_held, held[1], threshold)
            cells += f" {ha:.3f} | {hr:.2f} |"
        print(f"| {name} |{cells}", flush=True)


if __name__ == "__main__":
    main()
