"""The answer chain, as LangChain runnables: condense → retrieve → generate → verify.

Each stage is a function over a state dict wrapped in ``RunnableLambda``, so stages can be
swapped (the extractive or an LLM generator), traced, and timed one by one; the times land
in ``Answer.timings_ms``. ``Assistant.stream`` runs the same stages but streams the LLM's
tokens; verification runs once the answer is complete (see docs/architecture.md).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answer import generative
from assistant.answer.attribution import covering, prefer_speaker
from assistant.answer.backends import describe, make_chat_model
from assistant.answer.citations import rebuild, repair
from assistant.answer.condense import heuristic_query
from assistant.answer.contract import check_question
from assistant.answer.deadline import Deadline
from assistant.answer.extractive import Evidence, extractive_answer, refusal
from assistant.answer.judge import judge_sentence
from assistant.answer.verify import verify_sentence, with_verdict
from assistant.config import Settings
from assistant.errors import BackendError
from assistant.index import Index
from assistant.nlp.attribution import asked_speaker
from assistant.retrieval import retrieve
from assistant.types import Answer, Filters, Passage

State = dict[str, Any]


def _timed(name: str, fn: Callable[[State], State]) -> Runnable[State, State]:
    def run(state: State) -> State:
        t0 = time.perf_counter()
        out = fn(state)
        out.setdefault("timings", {})[name] = round((time.perf_counter() - t0) * 1000, 2)
        return out

    return RunnableLambda(run, name=name)


def evidence_for(answer: Answer, passages: list[Passage]) -> dict[int, str]:
    """Citation number → the text of the retrieved passage that holds its quote (for a
    headline citation, the headline itself)."""
    out = {}
    for c in answer.citations:
        holder = None if c.field == "title" else next(
            (p for p in passages if p.article_id == c.article_id
             and p.start <= c.start and c.end <= p.end), None)
        out[c.n] = holder.text if holder else c.quote
    return out


def newest_only(passages: list[Passage], window: Any, state: State,
                ) -> tuple[list[Passage], State]:
    """ "latest": keep the passages published within a week of the newest dated one."""
    from assistant.nlp.dates import date_key

    top = passages[:3]  # the newest of what answers the question, not of the whole index
    dated = [p.published for p in top if p.published and date_key(p.published) is not None]
    if not dated:
        return passages, {**state, "scope": "The question asks for the latest coverage, but "
                                            "none of what answers it is dated."}
    end = dt.date.fromisoformat(max(dated))
    start = end - dt.timedelta(days=6)
    keep = [p for p in passages if p.published and date_key(p.published) is not None
            and start.isoformat() <= p.published <= end.isoformat()]
    return keep, {**state, "scope": f"Dates: only coverage published {start} to {end}, "
                                    f"{window.says}."}


@dataclass
class Stages:
    """The chain's stages for one configuration; ``model`` is None for extractive."""

    index: Index
    settings: Settings
    model: Any = None

    def condense(self, state: State) -> State:
        history = state.get("history") or []
        if self.model is not None and history:
            query = generative.condense_query(self.model, state["question"], history,
                                              self.settings.answer, state.get("deadline"))
        else:
            query = heuristic_query(state["question"], history)
        return {**state, "query": query}

    def retrieve(self, state: State) -> State:
        k = state.get("k") or self.settings.retrieval.k
        asked = asked_speaker(state["question"])
        # "what did X say": look wider, then put X's attributed passages first
        got = retrieve(self.index, state["query"], state.get("filters"),
                       self.settings.retrieval, k=k + 4 if asked else k, as_of=state.get("as_of"))
        passages = got.passages
        if (latest := state.get("latest")) is not None:
            passages, state = newest_only(passages, latest, state)
        attributions = self.index.catalog.attributions({p.article_id for p in passages})
        if asked:
            passages = prefer_speaker(passages, attributions, asked)[:k]
        return {**state, "passages": passages, "attributions": attributions,
                "query_vector": got.query_vector}

    def extractive(self, state: State) -> State:
        passages = state["passages"]
        qvec = state.get("query_vector")
        if qvec is None and passages:  # keyword-only retrieval embedded nothing
            qvec = self.index.query_embedder.encode_one(state["query"])
        evidence = Evidence(vectors=self.index.sentence_vectors(passages), question_vector=qvec,
                            idf=self.index.keyword().idf,
                            attributions=state.get("attributions") or [],
                            embed=self.index.query_embedder.encode)
        answer = extractive_answer(state["question"], passages, evidence, self.settings.answer)
        return {**state, "answer": answer}

    def messages(self, state: State) -> list[Any]:
        """The answer prompt asks the standalone (condensed) question; history rides along."""
        return generative.answer_messages(state.get("query") or state["question"],
                                          state["passages"], state.get("history") or [])

    def from_text(self, state: State, raw: str) -> State:
        answer, fixes = repair(state["question"], raw, state["passages"],
                               self.settings.answer.min_support)
        answer.repairs = {"dropped_citations": fixes.dropped,
                          "attached_citations": fixes.attached}
        return {**state, "answer": answer, "raw": raw}

    def generate(self, state: State) -> State:
        if self.model is None:
            return self.extractive(state)
        if not state["passages"]:
            return self.extractive(state)  # refuses without asking the model
        raw = generative.call(self.model, self.messages(state), self.settings.answer,
                              state.get("deadline"))
        return self.from_text(state, raw)

    def verify(self, state: State) -> State:
        answer: Answer = state["answer"]
        if answer.refused:
            return state
        s = self.settings.answer
        evidence = evidence_for(answer, state["passages"])
        attributions = state.get("attributions") or []
        said = {}
        for c in answer.citations:
            if (a := covering(attributions, c.article_id, c.start, c.end)) is not None:
                said[c.n] = a
                c.speaker = c.speaker or a.speaker
        checked = []
        for sentence in answer.sentences:
            numbers = [n for n in sentence.citations if n in evidence]
            cited = [evidence[n] for n in numbers]
            verdict = verify_sentence(sentence.text, cited, s.min_support,
                                      [said.get(n) for n in numbers])
            judged = (judge_sentence(self.model, sentence.text, "\n".join(cited), s,
                                     state.get("deadline"))
                      if verdict.supported and s.judge and self.model is not None and cited
                      else None)
            checked.append(with_verdict(sentence, verdict, numbers, judged))
        answer.sentences = checked
        flagged = sum(not x.supported for x in answer.sentences)
        answer.repairs = {**answer.repairs, "flagged_sentences": flagged}
        if s.unsupported == "drop" and flagged:
            keep = [x for x in answer.sentences if x.supported]
            if not keep:
                refused = refusal(state["question"], state["passages"])
                refused.repairs = answer.repairs
                return {**state, "answer": refused}
            answer = rebuild(answer, keep)
        return {**state, "answer": answer}

    def judge(self, sentence: str, evidence: str) -> bool:
        """Does the LLM judge find ``sentence`` supported by ``evidence``? (the eval's
        ``llm_faithfulness``)"""
        return judge_sentence(self.model, sentence, evidence,
                              self.settings.answer).verdict == "supported"

    def chain(self) -> Runnable[State, State]:
        return (_timed("condense", self.condense) | _timed("retrieve", self.retrieve)
                | _timed("generate", self.generate) | _timed("verify", self.verify))


@dataclass
class Event:
    """What ``Assistant.stream`` yields: text as it arrives, then the verified answer."""

    kind: str  # "token" | "answer"
    text: str = ""
    answer: Answer | None = None


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
        self.stages = Stages(index, self.settings, chat_model)
        self.offline = Stages(index, self.settings, None)
        self.chain = self.stages.chain()
        self.offline_chain = self.offline.chain()

    def _start(self, question: str, filters: Filters | None, k: int | None,
               history: list[tuple[str, str]] | None, as_of: dt.date | None = None) -> State:
        question = check_question(question, self.settings.answer.max_question_chars)
        filters = filters or Filters()
        state: State = {"question": question, "asked": question, "filters": filters, "k": k,
                        "scope": None, "latest": None, "history": list(history or []),
                        "as_of": as_of or dt.date.today(), "started": time.perf_counter(),
                        "deadline": Deadline(self.settings.answer.timeout_s)}
        if not (filters.since or filters.until):
            self._question_dates(state)
        return state

    def _question_dates(self, state: State) -> None:
        """A window the question names ("before May 2023", "since 2024-01-01") becomes a date
        filter when the index holds dated coverage in it; "latest" keeps the newest of what
        answers. A window relative to the asking day ("this week", "last month") only says
        which coverage is preferred: retrieval prefers recent coverage anyway, and as a hard
        filter such windows cost a tenth of the answers on newsbench (news quizzes' "this
        week" often means the week before). The answer says which; the words that ask for it
        leave the question the answerer matches."""
        from assistant.nlp.dates import date_key
        from assistant.nlp.timefilter import question_window

        w = question_window(state["question"], state["as_of"])
        if w is None:
            return
        stripped = " ".join(state["question"].replace(w.phrase, " ").split())
        if w.latest:
            state.update(question=stripped, latest=w)
            return
        if w.relative:
            days = self.settings.retrieval.recent_days
            state.update(question=stripped, scope=(
                f"Dates: {w.phrase!r} is read as recent coverage up to {state['as_of']}: "
                f"coverage of the {days} days before it is preferred, none is excluded."
                if days else None))
            return
        if self.index.catalog.count_published(date_key(w.since), date_key(w.until)) == 0:
            state["scope"] = (f"The question names a period ({w.says}), but no dated coverage "
                              "falls in it, so all coverage was searched.")
            return
        state.update(question=stripped, scope=f"Dates: only coverage {w.says}.",
                     filters=state["filters"].model_copy(update={"since": w.since,
                                                                 "until": w.until}))

    def _finish(self, state: State, backend: str, notice: str | None = None) -> Answer:
        answer: Answer = state["answer"]
        t = state.get("timings", {})
        answer.timings_ms = {name: t.get(name, 0.0) for name in ("retrieve", "generate",
                                                                  "verify")}
        answer.timings_ms["total"] = round((time.perf_counter() - state["started"]) * 1000, 2)
        answer.filters = state["filters"].describe()
        answer.backend = backend
        answer.question = state.get("asked") or answer.question
        answer.query = state.get("query")
        notes = [n for n in (state.get("scope"), notice) if n]
        answer.notice = " ".join(notes) or None
        return answer

    def _fallback(self, state: State, error: BackendError) -> Answer:
        if not self.fallback:
            raise error
        out = self.offline_chain.invoke(state)
        return self._finish(out, "extractive (offline)",
                            notice=f"{error} — answered extractively instead")

    def ask(self, question: str, filters: Filters | None = None, k: int | None = None,
            history: list[tuple[str, str]] | None = None,
            as_of: dt.date | None = None) -> Answer:
        """``as_of`` is the day the question is asked (default today): "this week" and the
        preference for recent coverage are read relative to it."""
        state = self._start(question, filters, k, history, as_of)
        try:
            out = self.chain.invoke(state)
        except BackendError as e:
            return self._fallback(state, e)
        return self._finish(out, self.backend)

    def compare(self, question: str, filters: Filters | None = None,
                k: int | None = None) -> Any:
        """Each outlet's (or speaker's) account of ``question``, side by side."""
        from assistant.answer.compare import compare, topic_of
        from assistant.answer.relevance import articles_about

        state = self._start(question, filters, (k or self.settings.retrieval.k) * 2, None)
        state = self.offline.retrieve(self.offline.condense(state))
        idf = self.index.keyword().idf

        def about(passages: list[Passage]) -> list[bool]:
            stored = self.index.vectors.get_vectors([p.chunk_id for p in passages])
            return articles_about(topic_of(state["question"]), passages, idf,
                                  self.index.query_embedder.encode, stored,
                                  self.settings.relevance)

        return compare(state["question"], state["passages"], state["attributions"], idf,
                       self.settings.answer, about=about)

    def timeline(self, topic: str, filters: Filters | None = None, k: int | None = None) -> Any:
        """Dated events in the coverage of ``topic``, oldest first, each with its citation."""
        from assistant.answer.timeline import build

        state = self._start(topic, filters, k or 20, None)
        state = self.offline.retrieve(self.offline.condense(state))
        passages = state["passages"]
        ids = {p.article_id for p in passages}
        mentions = self.index.catalog.time_mentions(ids)
        texts = {aid: a.text for aid, a in self.index.catalog.get_many(ids).items()}
        return build(topic, passages, mentions, texts,
                     judge=self.relevance_judge(state["question"], passages))

    def relevance_judge(self, topic: str, passages: list[Passage],
                        ) -> Callable[[list[str], list[Passage]], list[bool]]:
        """Which sentences (each in its passage) are about ``topic``: the shared relevance
        gate of timeline and compare (assistant/answer/relevance.py)."""
        from assistant.answer.relevance import in_passages, passes

        idf = self.index.keyword().idf
        embed = self.index.query_embedder.encode
        stored = self.index.vectors.get_vectors([p.chunk_id for p in passages])
        limits = self.settings.relevance

        def judge(sentences: list[str], where: list[Passage]) -> list[bool]:
            scored = in_passages(topic, sentences, where, passages, idf, embed, stored)
            return [passes(r, limits) for r in scored]

        return judge

    def stream(self, question: str, filters: Filters | None = None, k: int | None = None,
               history: list[tuple[str, str]] | None = None,
               as_of: dt.date | None = None) -> Iterator[Event]:
        """Tokens as the model writes them, then the verified answer (one event each)."""
        state = self._start(question, filters, k, history, as_of)
        st = self.stages
        try:
            state = _timed("condense", st.condense).invoke(state)
            state = _timed("retrieve", st.retrieve).invoke(state)
            if st.model is None or not state["passages"]:
                state = _timed("generate", st.generate).invoke(state)
                yield Event("token", text=state["answer"].answer)
            else:
                t0 = time.perf_counter()
                parts = []
                for piece in generative.stream(st.model, st.messages(state),
                                               self.settings.answer, state["deadline"]):
                    parts.append(piece)
                    yield Event("token", text=piece)
                state = st.from_text(state, "".join(parts))
                state.setdefault("timings", {})["generate"] = round(
                    (time.perf_counter() - t0) * 1000, 2)
            state = _timed("verify", st.verify).invoke(state)
        except BackendError as e:
            answer = self._fallback(state, e)
            yield Event("token", text=answer.answer)
            yield Event("answer", answer=answer)
            return
        yield Event("answer", answer=self._finish(state, self.backend))
