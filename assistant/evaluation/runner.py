"""Running a suite: a cached index per suite, every question through the real chain."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.answer.chain import Assistant
from assistant.answer.contract import answer_json
from assistant.config import Settings
from assistant.evaluation import metrics as m
from assistant.evaluation.coverage import load_labels, run_labels
from assistant.evaluation.suite import Suite
from assistant.index import Index
from assistant.index.embedder import Embedder
from assistant.ingest.pipeline import chunk_salt, ingest

TallyFn = Callable[[int, int, str], None]


@dataclass
class EvalRun:
    suite: Suite
    settings: Settings
    results: list[m.Result] = field(default_factory=list)
    details: list[dict[str, Any]] = field(default_factory=list)
    ingest_seconds: float = 0.0
    ingest_skipped: bool = False
    index_path: Path | None = None
    coverage: dict[str, dict[str, Any]] = field(default_factory=dict)  # type → metrics
    coverage_details: list[dict[str, Any]] = field(default_factory=list)


def suite_index(suite: Suite, settings: Settings, embedder: Embedder | None = None,
                progress: Callable[[int, int | None, str], None] | None = None,
                ) -> tuple[Index, bool, float]:
    """The suite's own index, ingested once per corpus content (and chunking); reused after."""
    root = settings.data_dir / "eval" / f"{suite.name}-{suite.corpus_hash[:12]}"
    s = settings.model_copy(update={"data_dir": root, "collection": "eval"}, deep=True)
    index = Index(s, embedder=embedder)
    marker = index.root / ("ingested-" + chunk_salt(s).replace(":", "-") + ".ok")
    if marker.is_file() and marker.read_text().strip() == suite.corpus_hash:
        if index.needs_analysis():  # an index from before the current analysis rules
            with index.writing():
                index.ensure_analysis()
        return index, True, 0.0
    t0 = time.perf_counter()
    ingest([str(suite.corpus)], index, progress)
    marker.write_text(suite.corpus_hash)
    return index, False, time.perf_counter() - t0


def run_suite(suite: Suite, settings: Settings, *, limit: int | None = None,
              embedder: Embedder | None = None, judge: bool = False, chat_model: Any = None,
              ingest_progress: Callable[[int, int | None, str], None] | None = None,
              tally: TallyFn | None = None) -> EvalRun:
    index, cached, secs = suite_index(suite, settings, embedder, ingest_progress)
    run = EvalRun(suite=suite, settings=settings, ingest_seconds=secs, ingest_skipped=cached,
                  index_path=index.root)
    assistant = Assistant(index, index.settings.model_copy(
        update={"retrieval": settings.retrieval, "answer": settings.answer}),
        chat_model=chat_model)
    if judge and assistant.stages.model is None:
        from assistant.errors import ConfigError

        raise ConfigError("--judge needs an LLM backend (--backend ollama|openai|llamacpp)")
    questions = [q for q in suite.questions if q.scored]
    if limit:
        questions = questions[:limit]
    hits = correct = 0
    for i, q in enumerate(questions, start=1):
        answer = assistant.ask(q.question, as_of=q.asked_on)
        quotes = {c.n: c.quote for c in answer.citations}
        result = m.Result(
            qid=q.id, qtype=q.type, answerable=q.answerable, gold=q.answers,
            answer=answer.answer, refused=answer.refused,
            passages=[p.text for p in answer.passages],
            sentences=[(s.text, [quotes[n] for n in s.citations if n in quotes])
                       for s in answer.sentences if not answer.refused],
            timings=answer.timings_ms, tentative=answer.tentative,
        )
        if judge and not answer.refused:
            evidence = {c.n: c.quote for c in answer.citations}
            result.judged = [
                bool(s.citations) and assistant.stages.judge(
                    s.text, "\n".join(evidence[n] for n in s.citations if n in evidence))
                for s in answer.sentences]
        run.results.append(result)
        rank = m.first_hit_rank(result, 10) if q.answerable else None
        is_correct = (q.answerable and not answer.refused and m.contains_any(answer.answer,
                                                                            q.answers))
        hits += bool(rank and rank <= 5)
        correct += bool(is_correct)
        run.details.append({
            "id": q.id, "question": q.question, "type": q.type, "answerable": q.answerable,
            "gold": q.answers,
            "asked_on": q.date,
            "verdict": {
                "first_hit_rank": rank, "hit@5": bool(rank and rank <= 5),
                "correct": bool(is_correct), "refused": answer.refused,
                "refusal_correct": answer.refused == (not q.answerable),
                "tentative": answer.tentative,
            },
            "refusal_reason": answer.refusal_reason,
            "gold_at": m.gold_location(result, 10) if q.answerable else None,
            "answer": answer_json(answer),
        })
        if tally:
            tally(i, len(questions), f"hit@5 {hits}/{i}  correct {correct}/{i}")
    labels = load_labels(suite.path)
    if labels and not limit:
        run.coverage, run.coverage_details = run_labels(labels, assistant)
    index.close()
    return run


def summarise(run: EvalRun) -> dict[str, Any]:
    """Overall and per-type metrics of a run."""
    by_type: dict[str, list[m.Result]] = {}
    for r in run.results:
        by_type.setdefault(r.qtype, []).append(r)
    out: dict[str, Any] = {
        "overall": m.compute(run.results),
        "by_type": {t: m.compute(rs) for t, rs in sorted(by_type.items())},
    }
    if run.coverage:
        out["coverage"] = run.coverage
    return out
