"""The answer chain as one LangChain runnable: prepare → condense → retrieve → generate →
verify → finish, from a question (or a :class:`Request`) to a verified :class:`Answer`.

The stages are in :mod:`assistant.answer.stages`, the runnable step in
:mod:`assistant.answer.pipeline`. With an LLM backend and ``fallback`` on, everything after
prepare is wrapped in ``with_fallbacks``: when the LLM path fails, the same chain without a
model answers extractively, and the answer says why. ``Assistant.stream`` streams that one
runnable: the model's text as it is written, then the verified answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from langchain_core.runnables import Runnable

from assistant.answer.backends import describe, make_chat_model
from assistant.answer.pipeline import FALLBACK_ERRORS, Step, Turn
from assistant.answer.stages import OFFLINE, Stages, evidence_for, newest_week
from assistant.config import Settings
from assistant.index import Index
from assistant.types import (
    Answer,
    Draft,
    Filters,
    History,
    Passage,
    Request,
    TimeMention,
    turns,
)

__all__ = ["Assistant", "Event", "Input", "evidence_for", "newest_week"]

Input = str | dict[str, Any] | Request  # what the runnable takes: a question, or a request


def answer_steps(stages: Stages, added: list[tuple[str, Step]]) -> list[Step]:
    """The steps after prepare, with each added step placed after the one it names."""
    steps = [Step("condense", stages.condense), Step("retrieve", stages.retrieve),
             Step("generate", stages.generate, stream=stages.generate_stream),
             Step("verify", stages.verify), Step("finish", stages.finish, timed=False)]
    for after, step in added:
        at = next(i for i, s in enumerate(steps) if s.name == after)
        steps.insert(at + 1, step)
    return steps


def sequence(steps: list[Step]) -> Runnable[Any, Any]:
    chain: Runnable[Any, Any] = steps[0]
    for step in steps[1:]:
        chain = chain | step
    return chain


@dataclass
class Event:
    """What ``Assistant.stream`` yields: text as it arrives, then the verified answer."""

    kind: str  # "token" | "answer"
    text: str = ""
    answer: Answer | None = None
    whole: bool = False  # a token that is an extractive answer's whole text (see Draft)


class Assistant:
    """What the CLI, the UI and the eval call: a question in, one verified :class:`Answer` out.

    ``chat_model`` overrides the configured backend (tests pass a fake one). With
    ``fallback`` on, a failing LLM backend is replaced by the extractive answerer and the
    answer carries a notice saying so.
    """

    def __init__(self, index: Index, settings: Settings | None = None,
                 chat_model: Any = None, fallback: bool = False):
        self.index = index
        self.settings = settings or index.settings
        self.fallback = fallback
        injected = chat_model is not None
        if not injected and self.settings.answer.backend != "extractive":
            chat_model = make_chat_model(self.settings.answer)
        self.backend = describe(self.settings.answer)
        if injected and self.settings.answer.backend == "extractive":
            self.backend = "chat model"
        self.stages = Stages(index, self.settings, chat_model, label=self.backend)
        self.offline = Stages(index, self.settings, None, label=OFFLINE)
        self._added: list[tuple[str, Step]] = []
        self._build()

    def _build(self) -> None:
        self.prepare = Step("prepare", self.stages.prepare, timed=False)
        primary = sequence(answer_steps(self.stages, self._added))
        # the same chain with no model: the fallback, and the answer for a mid-stream failure
        self.offline_chain = sequence(answer_steps(self.offline, self._added))
        self.body: Runnable[Turn, Any] = primary
        if self.fallback and self.stages.model is not None:
            self.body = primary.with_fallbacks([self.offline_chain],
                                               exceptions_to_handle=FALLBACK_ERRORS,
                                               exception_key="error")
        self.runnable: Runnable[Input, Answer] = (
            self.prepare | self.body).with_types(input_type=Request, output_type=Answer)
        self.retrieval = sequence([Step("prepare", self.offline.prepare, timed=False),
                                   Step("condense", self.offline.condense),
                                   Step("retrieve", self.offline.retrieve)])

    def add_stage(self, name: str, fn: Callable[[Turn], Turn], *, after: str) -> None:
        """Run ``fn`` on the turn after the stage ``after`` (one of condense, retrieve,
        generate, verify), in ``ask``, ``stream``, ``as_runnable`` and the fallback alike."""
        known = [s.name for s in answer_steps(self.offline, self._added)][:-1]
        if after not in known:
            raise ValueError(f"no stage {after!r} to add after (one of {', '.join(known)})")
        self._added.append((after, Step(name, fn)))
        self._build()

    def as_runnable(self) -> Runnable[Input, Answer]:
        """The whole chain as one runnable: a question, or a :class:`Request` as a dict, to
        an :class:`Answer`. Streamed, it yields :class:`Draft` pieces, then the answer."""
        return self.runnable

    def ask(self, question: str, filters: Filters | None = None, k: int | None = None,
            history: History | None = None,
            as_of: dt.date | None = None) -> Answer:
        """``as_of`` is the day the question is asked (default today): "this week" and the
        preference for recent coverage are read relative to it."""
        return self.runnable.invoke(self.request(question, filters, k, history, as_of))

    @staticmethod
    def request(question: str, filters: Filters | None = None, k: int | None = None,
                history: History | None = None,
                as_of: dt.date | None = None) -> Request:
        return Request(question=question, filters=filters or Filters(), k=k,
                       history=turns(history), as_of=as_of)

    def stream(self, question: str, filters: Filters | None = None, k: int | None = None,
               history: History | None = None,
               as_of: dt.date | None = None) -> Iterator[Event]:
        """Tokens as the model writes them, then the verified answer (one event each).

        This streams the runnable itself (its prepare step, then the rest). ``with_fallbacks``
        switches to the extractive chain only before the first chunk, as LangChain's streams
        do (what was sent cannot be taken back); when the model fails after its first tokens,
        the extractive chain answers here and its text follows them. Closing this generator
        (Stop in the UI) stops reading from the model and hangs up on it."""
        # prepared now, not when the first event is read: a bad question is an error at call
        return self._events(self.prepare.invoke(self.request(question, filters, k, history,
                                                             as_of)))

    def _events(self, state: Turn) -> Iterator[Event]:
        chunks = self.body.stream(state)
        drafted = False
        try:
            for chunk in chunks:
                if isinstance(chunk, Draft):
                    drafted = True
                    yield Event("token", text=chunk.text, whole=chunk.whole)
                else:
                    yield Event("answer", answer=chunk)
        except FALLBACK_ERRORS as e:
            if not (drafted and self.fallback and self.stages.model is not None):
                raise
            answer = self.offline_chain.invoke({**state, "error": e})
            yield Event("token", text=answer.answer, whole=True)
            yield Event("answer", answer=answer)
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()

    def retrieve(self, question: str, filters: Filters | None = None, k: int | None = None,
                 as_of: dt.date | None = None) -> Turn:
        """The chain's first stages alone, without a model: the turn with its ``query``,
        ``passages`` and ``attributions`` (compare, timeline and the tuning scripts)."""
        return self.retrieval.invoke(self.request(question, filters, k, None, as_of))

    def compare(self, question: str, filters: Filters | None = None,
                k: int | None = None) -> Any:
        """Each outlet's (or speaker's) account of ``question``, side by side."""
        from assistant.answer import extractive
        from assistant.answer import model as answer_model
        from assistant.answer.compare import compare, reported_after, reported_before, topic_of
        from assistant.answer.relevance import articles_about

        state = self.retrieve(question, filters, (k or self.settings.retrieval.k) * 2)
        idf = self.index.keyword().idf

        def about(passages: list[Passage]) -> list[bool]:
            stored = self.index.vectors.get_vectors([p.chunk_id for p in passages])
            bodies = {aid: a.text for aid, a in self.index.catalog.get_many(
                {p.article_id for p in passages}).items()}
            keep = articles_about(topic_of(state["question"]), passages, idf,
                                  self.index.query_embedder.encode, stored,
                                  self.settings.relevance, bodies)
            # a report from before the day the question names cannot tell what happened then
            keep = [k and not early for k, early in zip(
                keep, reported_before(state["question"], passages), strict=True)]
            # ... nor one of weeks after the month it names that never names the month
            keep = [k and not late for k, late in zip(
                keep, reported_after(state["question"], passages), strict=True)]
            other = self._other_times([p for p, k in zip(passages, keep, strict=True) if k],
                                      bodies)
            return [k and p.article_id not in other
                    for p, k in zip(passages, keep, strict=True)]

        def answering(passages: list[Passage]) -> dict[tuple[str, int], float]:
            return extractive.answering(state["question"], passages,
                                        self.stages.evidence(state, passages),
                                        answer_model.load(self.settings.answer.model_path))

        return compare(state["question"], state["passages"], state["attributions"], idf,
                       self.settings.answer, about=about, answering=answering)

    def _other_times(self, passages: list[Passage], texts: dict[str, str]) -> set[str]:
        """The articles among ``passages`` of other times than their main coverage (see
        ``assistant.answer.timeline.apart``): a report of Iran's 2024 attack on Israel
        beside those of its 2020 attack on Iraqi bases holds no account of the latter.
        ``texts`` holds the articles' texts, by id (already read by the caller)."""
        from assistant.answer.timeline import apart, candidates, main_coverage

        ids = {p.article_id for p in passages}
        if len(ids) < 2:
            return set()
        found = candidates(passages, self.index.catalog.time_mentions(ids), texts)
        anchor = main_coverage(found, passages)
        return apart(found, anchor) if anchor is not None else set()

    def _dated(self, passages: list[Passage],
               ) -> tuple[list[TimeMention], dict[str, str]]:
        """The time mentions of the passages' articles, and their texts."""
        ids = {p.article_id for p in passages}
        texts = {aid: a.text for aid, a in self.index.catalog.get_many(ids).items()}
        return self.index.catalog.time_mentions(ids), texts

    def timeline(self, topic: str, filters: Filters | None = None, k: int | None = None) -> Any:
        """Dated events in the coverage of ``topic``, oldest first, each with its citation."""
        from assistant.answer.timeline import build

        state = self.retrieve(topic, filters, k or 20)
        passages = state["passages"]
        mentions, texts = self._dated(passages)
        return build(topic, passages, mentions, texts,
                     judge=self.relevance_judge(state["question"], passages, texts))

    def relevance_judge(self, topic: str, passages: list[Passage],
                        bodies: dict[str, str] | None = None,
                        ) -> Callable[[list[str], list[Passage]], list[bool]]:
        """Which sentences (each in its passage) are about ``topic``: the shared relevance
        gate of timeline and compare (assistant/answer/relevance.py), in an article that is
        about it (:func:`~assistant.answer.relevance.articles_about`; ``bodies``: the
        articles' texts by id, when the caller has read them)."""
        from assistant.answer.relevance import articles_about, in_passages, is_digest, passes
        from assistant.nlp.actors import Topic

        idf = self.index.keyword().idf
        embed = self.index.query_embedder.encode
        stored = self.index.vectors.get_vectors([p.chunk_id for p in passages])
        limits = self.settings.relevance

        about = Topic.of(topic, [p.text for p in passages], [p.article_id for p in passages])
        # the articles about the topic, as compare asks of them: its names, its numbers and a
        # word of what happened (a report on the US heat wave is not about "the 2022 European
        # heat wave", however close its sentences come)
        if bodies is None:
            bodies = {aid: a.text for aid, a in self.index.catalog.get_many(
                {p.article_id for p in passages}).items()}
        kept = {p.article_id for p, k in zip(passages, articles_about(
            topic, passages, idf, embed, stored, limits, bodies), strict=True) if k}

        def judge(sentences: list[str], where: list[Passage]) -> list[bool]:
            scored = in_passages(topic, sentences, where, passages, idf, embed, stored)
            return [p.article_id in kept and passes(r, limits, alone=is_digest(p.title))
                    and not about.elsewhere(s)
                    for s, r, p in zip(sentences, scored, where, strict=True)]

        return judge
