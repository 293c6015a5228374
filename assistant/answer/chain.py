"""The answer chain, as LangChain runnables: condense → retrieve → generate → verify.

Each stage is a plain function over a state dict wrapped in ``RunnableLambda``,
so stages can be swapped (another generator), traced, and timed one by one;
the times land in ``Answer.timings_ms``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answer.extractive import extractive_answer
from assistant.answer.verify import verify_sentence
from assistant.config import Settings
from assistant.errors import ConfigError
from assistant.index import Index
from assistant.retrieval import retrieve
from assistant.types import Answer, Filters

State = dict[str, Any]


def _timed(name: str, fn: Callable[[State], State]) -> Runnable[State, State]:
    def run(state: State) -> State:
        t0 = time.perf_counter()
        out = fn(state)
        out.setdefault("timings", {})[name] = round((time.perf_counter() - t0) * 1000, 2)
        return out

    return RunnableLambda(run, name=name)


def condense(state: State) -> State:
    """The standalone query. Without an LLM the question is used as asked."""
    return {**state, "query": state["question"]}


def make_retrieve(index: Index) -> Callable[[State], State]:
    def run(state: State) -> State:
        got = retrieve(index, state["query"], state.get("filters"), k=state.get("k"))
        return {**state, "passages": got.passages, "query_vector": got.query_vector}

    return run


def make_extractive(index: Index, settings: Settings) -> Callable[[State], State]:
    def run(state: State) -> State:
        kw = index.keyword()
        answer = extractive_answer(state["question"], state["passages"], kw.idf, settings.answer)
        return {**state, "answer": answer}

    return run


def verify(state: State) -> State:
    answer: Answer = state["answer"]
    quotes = {c.n: c.quote for c in answer.citations}
    for sentence in answer.sentences:
        if answer.refused:
            continue
        cited = [quotes[n] for n in sentence.citations if n in quotes]
        sentence.supported = verify_sentence(sentence.text, cited).supported
    return state


def build_chain(index: Index, settings: Settings) -> Runnable[State, State]:
    backend = settings.answer.backend
    if backend != "extractive":
        raise ConfigError(f"unknown answer backend {backend!r} (available: extractive)")
    return (
        _timed("condense", condense)
        | _timed("retrieve", make_retrieve(index))
        | _timed("generate", make_extractive(index, settings))
        | _timed("verify", verify)
    )


class Assistant:
    """What the CLI, the UI and the eval call: one question in, one :class:`Answer` out."""

    def __init__(self, index: Index, settings: Settings | None = None):
        self.index = index
        self.settings = settings or index.settings
        self.chain = build_chain(index, self.settings)

    def ask(self, question: str, filters: Filters | None = None, k: int | None = None,
            history: list[tuple[str, str]] | None = None) -> Answer:
        question = question.strip()
        if not question:
            raise ConfigError("the question is empty")
        filters = filters or Filters()
        t0 = time.perf_counter()
        state = self.chain.invoke(
            {"question": question, "filters": filters, "k": k, "history": history or []}
        )
        answer: Answer = state["answer"]
        answer.timings_ms = {
            "retrieve": state["timings"]["retrieve"],
            "generate": state["timings"]["generate"],
            "verify": state["timings"]["verify"],
            "total": round((time.perf_counter() - t0) * 1000, 2),
        }
        answer.filters = filters.describe()
        return answer
