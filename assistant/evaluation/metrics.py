"""Every eval metric, defined once. Inputs are plain records, so each is unit-testable.

Names and meanings follow the design's metric contract. ``Result`` is one
question's outcome; each metric takes the list of results it applies to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from assistant.answer.verify import verify_sentence


@dataclass
class Result:
    """What the harness recorded for one question."""

    qid: str
    qtype: str
    answerable: bool
    gold: list[str]
    answer: str
    refused: bool
    passages: list[str]  # retrieved passage texts, best first
    sentences: list[tuple[str, list[str]]] = field(default_factory=list)  # (text, cited quotes)
    timings: dict[str, float] = field(default_factory=dict)
    judged: list[bool] | None = None  # the LLM judge's verdict per answer sentence, if run
    tentative: bool = False  # answered, but marked as weak evidence (Answer.tentative)


def normalise(text: str) -> str:
    """Case- and space-normalised text, for matching answer strings."""
    return re.sub(r"\s+", " ", text).strip().lower()


def contains_any(text: str, golds: Sequence[str]) -> bool:
    t = normalise(text)
    return any(normalise(g) and normalise(g) in t for g in golds)


def first_hit_rank(r: Result, k: int) -> int | None:
    """1-based rank of the first of the top-k passages holding a gold answer string."""
    for rank, text in enumerate(r.passages[:k], start=1):
        if contains_any(text, r.gold):
            return rank
    return None


def gold_location(r: Result, k: int, context: int = 90) -> dict[str, object] | None:
    """Where the first gold answer string sits in the top-k passages: its passage's rank and
    the text around it (for finding why a question was missed), or None."""
    for rank, text in enumerate(r.passages[:k], start=1):
        low = normalise(text)
        for g in r.gold:
            at = low.find(normalise(g)) if normalise(g) else -1
            if at >= 0:
                flat = " ".join(text.split())
                return {"rank": rank, "gold": g,
                        "context": flat[max(0, at - context):at + len(g) + context]}
    return None


def _answerable(results: Sequence[Result]) -> list[Result]:
    return [r for r in results if r.answerable and r.gold]


def answer_hit_at_k(results: Sequence[Result], k: int) -> float | None:
    """Over answerable questions: the share with a gold string in one of the top-k passages."""
    rs = _answerable(results)
    return sum(first_hit_rank(r, k) is not None for r in rs) / len(rs) if rs else None


def mrr_at_10(results: Sequence[Result]) -> float | None:
    """Over answerable questions: mean of 1/rank of the first top-10 passage with a gold string
    (0 when none)."""
    rs = _answerable(results)
    if not rs:
        return None
    return sum(1 / rank if (rank := first_hit_rank(r, 10)) else 0.0 for r in rs) / len(rs)


def answer_accuracy(results: Sequence[Result]) -> float | None:
    """Over answerable questions: the share whose answer text contains a gold answer.
    A refusal counts as wrong."""
    rs = _answerable(results)
    return sum((not r.refused) and contains_any(r.answer, r.gold) for r in rs) / len(rs) if rs \
        else None


def citation_precision(results: Sequence[Result]) -> float | None:
    """Over all (sentence, citation) pairs of non-refused answers: the share whose quote alone
    supports the sentence, by the verifier (every number, date and name of the sentence occurs
    in the quote, and at least half its content terms)."""
    pairs = [(s, q) for r in results if not r.refused for s, quotes in r.sentences for q in quotes]
    if not pairs:
        return None
    return sum(verify_sentence(s, [q]).supported for s, q in pairs) / len(pairs)


def citation_recall(results: Sequence[Result]) -> float | None:
    """Over the sentences of non-refused answers: the share with at least one citation whose
    quote supports it (same check as ``citation_precision``)."""
    sents = [(s, qs) for r in results if not r.refused for s, qs in r.sentences]
    if not sents:
        return None
    return sum(any(verify_sentence(s, [q]).supported for q in qs) for s, qs in sents) / len(sents)


def llm_faithfulness(results: Sequence[Result]) -> float | None:
    """RAGAS-style, from the LLM judge: claims (answer sentences) it found supported by their
    cited passages, divided by claims judged. None when no judge ran. Never mixed into the
    offline citation metrics."""
    verdicts = [v for r in results if r.judged is not None and not r.refused for v in r.judged]
    return sum(verdicts) / len(verdicts) if verdicts else None


def refusal_precision(results: Sequence[Result]) -> float | None:
    """Of the questions the assistant refused: the share marked unanswerable."""
    refused = [r for r in results if r.refused]
    return sum(not r.answerable for r in refused) / len(refused) if refused else None


def refusal_recall(results: Sequence[Result]) -> float | None:
    """Of the questions marked unanswerable: the share the assistant refused."""
    unanswerable = [r for r in results if not r.answerable]
    return sum(r.refused for r in unanswerable) / len(unanswerable) if unanswerable else None


def firm_answer_rate(results: Sequence[Result]) -> float | None:
    """Over answerable questions: the share answered and not marked tentative."""
    rs = _answerable(results)
    return sum(not r.refused and not r.tentative for r in rs) / len(rs) if rs else None


def accuracy_of(results: Sequence[Result], tentative: bool) -> float | None:
    """Over answerable questions answered firmly (``tentative`` False) or tentatively: the
    share whose answer contains a gold answer. Says whether the mark means anything."""
    rs = [r for r in _answerable(results) if not r.refused and r.tentative == tentative]
    return sum(contains_any(r.answer, r.gold) for r in rs) / len(rs) if rs else None


def refused_or_tentative_recall(results: Sequence[Result]) -> float | None:
    """Of the questions marked unanswerable: the share refused or answered only tentatively
    (the user is told the coverage may not answer)."""
    unanswerable = [r for r in results if not r.answerable]
    return (sum(r.refused or r.tentative for r in unanswerable) / len(unanswerable)
            if unanswerable else None)


def latency_ms(results: Sequence[Result]) -> dict[str, dict[str, float]]:
    """p50 and p95 of each stage's time and of the total, in milliseconds."""
    stages = sorted({s for r in results for s in r.timings})
    out = {}
    for stage in stages:
        values = np.array([r.timings[stage] for r in results if stage in r.timings])
        out[stage] = {"p50": round(float(np.percentile(values, 50)), 2),
                      "p95": round(float(np.percentile(values, 95)), 2)}
    return out


def mean_passage_chars(results: Sequence[Result]) -> float | None:
    """Mean length of the retrieved passages: longer passages find gold strings by chance."""
    lengths = [len(p) for r in results for p in r.passages]
    return sum(lengths) / len(lengths) if lengths else None


def mean_answer_chars(results: Sequence[Result]) -> float | None:
    """Mean length of the non-refused answers' text."""
    lengths = [len(r.answer) for r in results if not r.refused]
    return sum(lengths) / len(lengths) if lengths else None


HEADLINE = ("answer_hit@5", "mrr@10", "answer_accuracy", "citation_precision", "citation_recall",
            "refusal_precision", "refusal_recall")


def compute(results: Sequence[Result]) -> dict[str, object]:
    """All metrics over ``results`` (callers drop ``unmatched`` questions first)."""
    def r4(x: float | None) -> float | None:
        return None if x is None else round(x, 4)

    return {
        "questions": len(results),
        "answerable": len(_answerable(results)),
        "answer_hit@1": r4(answer_hit_at_k(results, 1)),
        "answer_hit@5": r4(answer_hit_at_k(results, 5)),
        "answer_hit@10": r4(answer_hit_at_k(results, 10)),
        "mrr@10": r4(mrr_at_10(results)),
        "answer_accuracy": r4(answer_accuracy(results)),
        "citation_precision": r4(citation_precision(results)),
        "citation_recall": r4(citation_recall(results)),
        "llm_faithfulness": r4(llm_faithfulness(results)),
        "refusal_precision": r4(refusal_precision(results)),
        "refusal_recall": r4(refusal_recall(results)),
        "refusals": sum(r.refused for r in results),
        "tentative_answers": sum(r.tentative and not r.refused for r in results),
        "firm_answer_rate": r4(firm_answer_rate(results)),
        "accuracy_firm": r4(accuracy_of(results, tentative=False)),
        "accuracy_tentative": r4(accuracy_of(results, tentative=True)),
        "refused_or_tentative_recall": r4(refused_or_tentative_recall(results)),
        "mean_passage_chars": r4(mean_passage_chars(results)),
        "mean_answer_chars": r4(mean_answer_chars(results)),
        "latency_ms": latency_ms(results),
    }


def regressions(current: dict[str, object], baseline: dict[str, object], max_drop: float,
                ) -> list[str]:
    """Headline metrics that fell by more than ``max_drop`` against the baseline."""
    found = []
    for name in HEADLINE:
        old, new = baseline.get(name), current.get(name)
        if isinstance(old, int | float) and isinstance(new, int | float) and old - new > max_drop:
            found.append(f"{name} fell {old - new:.3f} ({old:.3f} -> {new:.3f})")
        elif isinstance(old, int | float) and new is None:
            found.append(f"{name} is missing (baseline {old:.3f})")
    return found
