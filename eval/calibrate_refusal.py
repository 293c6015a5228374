"""Calibrate the extractive answerer's refusal thresholds on eval suites.

For every scored question it records the refusal signals once (does the question name
something no passage mentions; the best sentence's coverage; its article's coverage; the
best dense similarity) and whether the answer given without any threshold is correct.
It then sweeps the thresholds and prints the settings that maximise refusal F1 while
keeping answer accuracy within --max-loss of answering everything.

    python eval/calibrate_refusal.py eval/suites/sample ../shared/data/newsbench-dev
"""

from __future__ import annotations

import argparse
import itertools
from dataclasses import dataclass
from pathlib import Path

from assistant.answer.extractive import extractive_answer, refusal_reason, score_candidates
from assistant.config import AnswerSettings, Settings
from assistant.evaluation.metrics import contains_any
from assistant.evaluation.runner import suite_index
from assistant.evaluation.suite import load_suite
from assistant.retrieval import retrieve


@dataclass
class Signals:
    suite: str
    answerable: bool
    correct_if_answered: bool
    missing: bool
    coverage: float
    context: float
    similarity: float


def collect(suite_dir: Path, settings: Settings) -> list[Signals]:
    suite = load_suite(suite_dir)
    index, _, _ = suite_index(suite, settings)
    kw = index.keyword()
    open_gate = AnswerSettings(min_coverage=0, min_context_coverage=0, min_similarity=-1)
    out = []
    for q in suite.questions:
        if not q.scored:
            continue
        passages = retrieve(index, q.question, k=settings.retrieval.k).passages
        cands = score_candidates(q.question, passages, kw.idf)
        reason = refusal_reason(q.question, passages, cands, open_gate)
        answer = extractive_answer(q.question, passages, kw.idf, open_gate)
        out.append(Signals(
            suite=suite.name, answerable=q.answerable,
            correct_if_answered=q.answerable and not answer.refused
            and contains_any(answer.answer, q.answers),
            missing=bool(reason and reason.startswith("no passage mentions")),
            coverage=cands[0].coverage if cands else 0.0,
            context=cands[0].context_coverage if cands else 0.0,
            similarity=max((p.dense_score or 0 for p in passages), default=0.0),
        ))
    return out


def evaluate(rows: list[Signals], cov: float, ctx: float, sim: float,
             names_check: bool = True) -> dict[str, float]:
    refused = [(names_check and r.missing) or r.coverage < cov or r.context < ctx
               or r.similarity < sim for r in rows]
    unans = [not r.answerable for r in rows]
    tp = sum(f and u for f, u in zip(refused, unans, strict=True))
    precision = tp / sum(refused) if any(refused) else 0.0
    recall = tp / sum(unans) if any(unans) else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    answerable = [r for r in rows if r.answerable]
    acc = sum(r.correct_if_answered and not f for r, f in zip(rows, refused, strict=True)
              if r.answerable) / len(answerable)
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": acc}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("suites", nargs="+", type=Path)
    ap.add_argument("--max-loss", type=float, default=0.02,
                    help="Largest accepted fall in answer accuracy (default 0.02).")
    ap.add_argument("-k", type=int, default=10)
    args = ap.parse_args()
    settings = Settings()
    settings.retrieval.k = args.k
    settings.ingest.progress = False
    rows = [r for s in args.suites for r in collect(s, settings)]
    base = evaluate(rows, 0, 0, -1)
    never = evaluate(rows, 0, 0, -1, names_check=False)
    print(f"{len(rows)} questions, {sum(not r.answerable for r in rows)} unanswerable; "
          f"never refusing: accuracy {never['accuracy']:.3f}; the names/numbers check alone: "
          f"accuracy {base['accuracy']:.3f}, refusal P {base['precision']:.3f} "
          f"R {base['recall']:.3f}")
    grid = itertools.product([x / 100 for x in range(0, 72, 2)],
                             [x / 100 for x in range(0, 95, 5)],
                             [x / 100 for x in range(-10, 55, 5)])
    scored = []
    for cov, ctx, sim in grid:
        m = evaluate(rows, cov, ctx, sim)
        if never["accuracy"] - m["accuracy"] <= args.max_loss + 1e-9:
            scored.append((m["f1"], m["accuracy"], -cov, -ctx, -sim, m))
    scored.sort(reverse=True)
    print("\n| min_coverage | min_context_coverage | min_similarity | refusal P | refusal R |"
          " refusal F1 | accuracy |")
    print("|---|---|---|---|---|---|---|")
    for f1, acc, cov, ctx, sim, m in scored[:8]:
        print(f"| {-cov:.2f} | {-ctx:.2f} | {-sim:.2f} | {m['precision']:.3f} | "
              f"{m['recall']:.3f} | {f1:.3f} | {acc:.3f} |")
    for s in args.suites:
        name = load_suite(s).name
        part = [r for r in rows if r.suite == name]
        _, _, cov, ctx, sim, _ = scored[0]
        m = evaluate(part, -cov, -ctx, -sim)
        everything = evaluate(part, 0, 0, -1)["accuracy"]
        print(f"\nbest on {name}: refusal P {m['precision']:.3f} R {m['recall']:.3f}, "
              f"accuracy {m['accuracy']:.3f} (answering all: {everything:.3f})")


if __name__ == "__main__":
    main()
