"""The answer chain's stages, as functions of a :class:`~assistant.answer.pipeline.Turn`:
prepare → condense → retrieve → generate → verify → finish.

``prepare`` reads the request (and the dates its question names); ``finish`` turns the
verified turn into the :class:`Answer` contract. :mod:`assistant.answer.chain` wires them
into one runnable.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from assistant.answer import generative
from assistant.answer.attribution import asked_in, covering, prefer_speaker
from assistant.answer.backends import calling
from assistant.answer.citations import rebuild, repair
from assistant.answer.condense import heuristic_query, named_person, said_before
from assistant.answer.contract import check_question
from assistant.answer.deadline import Deadline
from assistant.answer.extractive import Evidence, extractive_answer, refusal, weigh
from assistant.answer.judge import judge_sentence
from assistant.answer.pipeline import Turn
from assistant.answer.relevance import namesake, other_year
from assistant.answer.reply import clean_reply, finished_part, says_something
from assistant.answer.verify import verify_sentence, with_verdict
from assistant.config import Settings, validation_problem
from assistant.errors import BackendError, ConfigError
from assistant.index import Index
from assistant.nlp.answertype import answer_kind
from assistant.nlp.attribution import asked_speaker, shown_speaker
from assistant.nlp.timefilter import Window
from assistant.retrieval import Retrieved, held_back, retrieve
from assistant.types import Answer, Draft, Passage, Request

OFFLINE = "extractive (offline)"
# questions that ask for a measured value (how long; how much it cost): the extractive answer
# may look past the per-article cap into the rest of the story that leads the retrieval. Not
# counts or dates: any digit or weekday fits those, and on newsbench-dev a held-back "dozens
# of times" displaced a right answer's "23-year career"
VALUE_KINDS = frozenset({"duration", "money"})


def as_request(given: str | dict[str, Any] | Request) -> Request:
    """What the chain was given, as a :class:`Request` (a bare string is the question)."""
    if isinstance(given, Request):
        return given
    try:
        if isinstance(given, str):
            return Request(question=given)
        return Request.model_validate(given)
    except ValidationError as e:  # k=0, a bad as_of, an unknown key: the caller's to fix
        where, what = validation_problem(e)
        raise ConfigError(f"invalid request {where or 'input'}: {what}") from None


def filtered_out(answer: Answer) -> str | None:
    """A refusal with nothing retrieved under active filters says the filters left nothing:
    the coverage may hold the answer outside them."""
    if not (answer.refused and not answer.passages and answer.filters):
        return None
    shown = "; ".join(f"{k} {', '.join(v) if isinstance(v, list) else v}"
                      for k, v in answer.filters.items())
    return f"No indexed article passes the filters ({shown}): widen them to search more."


def cited_after(answer: Answer, as_of: dt.date | None) -> str | None:
    """A notice when the answer cites coverage published after the day it is asked as
    (``--as-of``): "as of" reads "this week" and recency from that day, and filters nothing,
    so a later report may answer; the reader is told which."""
    from assistant.nlp.dates import day_of

    if as_of is None:
        return None
    later = sorted({d.isoformat() for c in answer.citations
                    if (d := day_of(c.published)) is not None and d > as_of})
    if not later:
        return None
    return (f"Asked as on {as_of.isoformat()}, but cites coverage published later "
            f"({', '.join(later)}): filter until {as_of.isoformat()} to leave it out.")


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


# how many passages "latest" looks through for the newest coverage about the question
LATEST_POOL = 30
# words that ask for coverage rather than name what it is about: "the latest news on X",
# "what happened in X"
_COVERAGE_WORDS = re.compile(r"(?i)\b(?:news|updates?|developments?|coverage|reports?|"
                             r"reporting|stor(?:y|ies)|information|headlines?|happened|"
                             r"happening|going on)\b")


def newest_week(passages: list[Passage], about: list[bool], as_of: dt.date | None,
                days: int = 7) -> tuple[dt.date, dt.date] | None:
    """ "latest": the week that ends on the newest report about the question, published by
    the day it is asked. The reports about it are those ``about`` marks (the relevance gate);
    when none is, the best three passages stand for them, as they answer it best. None when
    none of those is dated."""
    from assistant.nlp.dates import date_key

    chosen = [p for p, ok in zip(passages, about, strict=True) if ok] or passages[:3]
    dated = [dt.date.fromisoformat(p.published[:10]) for p in chosen
             if p.published and date_key(p.published) is not None]
    dated = [d for d in dated if as_of is None or d <= as_of]
    if not dated:
        return None
    end = max(dated)
    return end - dt.timedelta(days=days - 1), end


CUT_NOTE = ("The model stopped before its answer ended (a length limit or a dropped "
            "connection); its unfinished last sentence is left out.")
LENGTH_NOTE = ("The model reached its length limit: the answer may be incomplete.")
ENDED_NOTE = ("The model's reply ended without saying it was done (a length limit or a "
              "dropped connection): the answer may be incomplete.")


@dataclass
class Stages:
    """The chain's stages for one configuration; ``model`` is None for extractive.
    ``label`` names what answers, in ``Answer.backend``."""

    index: Index
    settings: Settings
    model: Any = None
    label: str = OFFLINE

    def prepare(self, given: str | dict[str, Any] | Request) -> Turn:
        """The turn a request starts: the question checked, its date words read."""
        request = as_request(given)
        question = check_question(request.question, self.settings.answer.max_question_chars)
        state: Turn = {"question": question, "asked": question, "filters": request.filters,
                       "k": request.k, "scope": None, "latest": None,
                       "history": list(request.history),
                       "as_of": request.as_of or dt.date.today(),
                       "as_of_given": request.as_of is not None,
                       "started": time.perf_counter(),
                       "deadline": Deadline(self.settings.answer.timeout_s)}
        if not (request.filters.since or request.filters.until):
            self._question_dates(state)
        return state

    def _question_dates(self, state: Turn) -> None:
        """A window the question names ("before May 2023", "since 2024-01-01") becomes a date
        filter when the index holds dated coverage in it; "latest" keeps the newest of what
        answers. A window relative to the asking day ("this week", "last month") only says
        which coverage is preferred: retrieval prefers recent coverage anyway, and as a hard
        filter such windows cost a tenth of the answers on newsbench (news quizzes' "this
        week" often means the week before). In a question that asks when, a fixed window is
        of the answer ("the next eclipse after April 2024"), not of the coverage: it filters
        nothing and stays in the question. The answer says which; the words that ask for a
        window leave the question the answerer matches."""
        from assistant.nlp.dates import date_key
        from assistant.nlp.timefilter import question_window

        w = question_window(state["question"], state["as_of"])
        if w is None:
            return
        stripped = " ".join(state["question"].replace(w.phrase, " ").split())
        if w.latest:
            state["question"], state["latest"] = stripped, w
            return
        if answer_kind(state["question"]) == "date" and not w.relative:
            # "When is the next total eclipse after April 2024?": the period is of the answer,
            # not of the coverage (the 2044 eclipse was written of before April 2024)
            state["scope"] = (f"Dates: {w.phrase!r} is read as part of what is asked, not as "
                              "a period of coverage: all coverage was searched.")
            return
        if w.relative:
            days = self.settings.retrieval.recent_days
            state["question"], state["scope"] = stripped, (
                f"Dates: {w.phrase!r} is read as recent coverage up to {state['as_of']}: "
                f"coverage of the {days} days before it is preferred, none is excluded."
                if days else None)
            return
        if self.index.catalog.count_published(date_key(w.since), date_key(w.until)) == 0:
            state["scope"] = (f"The question names a period ({w.says}), but no dated coverage "
                              "falls in it, so all coverage was searched.")
            return
        state["question"], state["scope"] = stripped, f"Dates: only coverage {w.says}."
        state["filters"] = state["filters"].model_copy(update={"since": w.since,
                                                               "until": w.until})

    def condense(self, state: Turn) -> Turn:
        history = state.get("history") or []
        if self.model is not None and history:
            query = generative.condense_query(self.model, state["question"], history,
                                              self.settings.answer, state.get("deadline"))
            return {**state, "query": query, "scored": query}
        query = heuristic_query(state["question"], history)
        # the offline answer scores sentences against the follow-up itself, its "she" named
        # ("What share of the vote did Nikki Haley get?"); a follow-up joined to the question
        # before for retrieval ("... the Kremlin ...? and the White House?") would score the
        # answer before it again
        scored = named_person(state["question"], history) or state["question"]
        return {**state, "query": query, "scored": scored}

    def retrieve(self, state: Turn) -> Turn:
        k = state.get("k") or self.settings.retrieval.k
        asked = asked_speaker(state["question"])
        # "what did X say": look wider, then put X's attributed passages first
        wide = k + 4 if asked else k
        if (latest := state.get("latest")) is not None:
            got, state = self._newest(state, latest, wide)
        else:
            got = retrieve(self.index, state["query"], state.get("filters"),
                           self.settings.retrieval, k=wide, as_of=state.get("as_of"))
        passages = got.passages
        attributions = self.index.catalog.attributions({p.article_id for p in passages})
        if asked:
            asked = asked_in(asked, attributions)
            passages = prefer_speaker(passages, attributions, asked)[:k]
        return {**state, "passages": passages, "attributions": attributions,
                "query_vector": got.query_vector}

    def _newest(self, state: Turn, window: Window, k: int) -> tuple[Retrieved, Turn]:
        """ "latest": the newest week of the coverage about the question, as a date filter
        that the answer states, and the best passages of that week (retrieved instead of,
        not after, the turn's usual ``k``)."""
        from assistant.answer.relevance import articles_about

        pool = retrieve(self.index, state["query"], state.get("filters"),
                        self.settings.retrieval, k=max(k, LATEST_POOL), as_of=state.get("as_of"))
        # the condensed query: a follow-up ("What is the latest?") is about the story before
        topic = " ".join(_COVERAGE_WORDS.sub(" ", state["query"]).split())
        about = articles_about(topic, pool.passages, self.index.keyword().idf,
                               self.index.query_embedder.encode,
                               self.index.vectors.get_vectors(
                                   [p.chunk_id for p in pool.passages]),
                               self.settings.relevance) if pool.passages else []
        week = newest_week(pool.passages, about, state.get("as_of"))
        if week is None:
            if newest_week(pool.passages, about, None) is not None:  # all of it came later
                return Retrieved([], pool.query_vector), {**state, "scope": (
                    f"The question asks for the latest coverage as of {state['as_of']}, but "
                    "what answers it was published after that day.")}
            return Retrieved(pool.passages[:k], pool.query_vector), {**state, "scope": (
                "The question asks for the latest coverage, but none of what answers it is "
                "dated.")}
        since, until = (d.isoformat() for d in week)
        filters = state["filters"].model_copy(update={"since": since, "until": until})
        got = retrieve(self.index, state["query"], filters, self.settings.retrieval, k=k,
                       as_of=state.get("as_of"))
        return got, {**state, "filters": filters, "scope": (
            f"Dates: only coverage published {since} to {until}, {window.says}.")}

    def evidence(self, state: Turn, passages: list[Passage]) -> Evidence:
        """What the answer model reads of ``passages`` besides their text, for the turn."""
        qvec = state.get("query_vector")
        if qvec is None and passages:  # keyword-only retrieval embedded nothing
            qvec = self.index.query_embedder.encode_one(state["query"])
        return Evidence(vectors=self.index.sentence_vectors(passages), question_vector=qvec,
                        idf=self.index.keyword().idf,
                        attributions=state.get("attributions") or [],
                        embed=self.index.query_embedder.encode,
                        as_of=state.get("as_of"))

    def extractive(self, state: Turn) -> Turn:
        asked = state.get("scored") or state["question"]  # see condense
        passages = state["passages"]
        held: list[Passage] = []
        if answer_kind(asked) in VALUE_KINDS:
            held = held_back(self.index, asked, passages, state.get("query_vector"))
        answer = extractive_answer(asked, passages, self.evidence(state, [*passages, *held]),
                                   self.settings.answer, held=held,
                                   before=said_before(state["question"],
                                                    state.get("history") or []),
                                   typed=state.get("asked") or state["question"])
        answer.question = state["question"]
        return {**state, "answer": answer}

    def messages(self, state: Turn) -> list[Any]:
        """The answer prompt asks the standalone (condensed) question; history rides along."""
        as_of = state.get("as_of")  # "today" for the model is the day asked (--as-of)
        shown = generative.within_budget(state["passages"],
                                         self.settings.answer.max_prompt_chars)
        return generative.answer_messages(state.get("query") or state["question"],
                                          shown, state.get("history") or [],
                                          today=as_of.isoformat() if as_of else None)

    def from_text(self, state: Turn, raw: str, ended: str | None = None,
                  streamed: bool = False) -> Turn:
        """The model's reply made an answer: cleaned (:func:`clean_reply`), its markers
        repaired, weighed. A reply of nothing but markers is no answer (the fallback
        answers); one the model stopped before its end loses its unfinished sentence and
        says so."""
        raw = clean_reply(raw)
        if not says_something(raw):
            raise BackendError(f"{calling(self.settings.answer)} returned no answer text")
        cut = generative.was_cut(self.settings.answer, ended, streamed)
        if cut:
            finished = finished_part(raw)
            if not says_something(finished):
                raise BackendError(f"{calling(self.settings.answer)} stopped before it "
                                   "finished a sentence")
            state = {**state, "cut": CUT_NOTE if finished != raw
                     else LENGTH_NOTE if ended is not None else ENDED_NOTE}
            raw = finished
        answer, fixes = repair(state["question"], raw, state["passages"],
                               self.settings.answer.min_support)
        answer.repairs = {"dropped_citations": fixes.dropped,
                          "attached_citations": fixes.attached}
        passages = state["passages"]
        query = state.get("query") or state["question"]  # the standalone question
        answer = weigh(answer, query, passages, self.evidence(state, passages),
                       self.settings.answer)
        return {**state, "answer": answer, "raw": raw}

    def generate(self, state: Turn) -> Turn:
        if self.model is None:
            return self.extractive(state)
        if not state["passages"]:
            return self.extractive(state)  # refuses without asking the model
        ended: list[str | None] = []
        raw = generative.call(self.model, self.messages(state), self.settings.answer,
                              state.get("deadline"), ended)
        return self.from_text(state, raw, ended[0] if ended else None)

    def generate_stream(self, state: Turn) -> Iterator[Draft | Turn]:
        """Generate, streamed: the model's text piece by piece, then the turn with the
        answer. The extractive answer comes whole. Closed early (the caller has gone), it
        closes the model's stream."""
        if self.model is None or not state["passages"]:
            out = self.generate(state)
            yield Draft(text=out["answer"].answer, whole=True)
            yield out
            return
        parts: list[str] = []
        ended: list[str | None] = []
        pieces = generative.stream(self.model, self.messages(state), self.settings.answer,
                                   state.get("deadline"), ended)
        try:
            for piece in pieces:
                parts.append(piece)
                yield Draft(text=piece)
        finally:
            pieces.close()
        yield self.from_text(state, "".join(parts), ended[0] if ended else None,
                             streamed=True)

    def about_nothing(self, question: str, passages: list[Passage]) -> bool:
        """Is no retrieved article about what the question asks (see
        :func:`~assistant.answer.relevance.about_question`)? "Who wrote Hamlet?" over a news
        archive retrieves a report from Tower Hamlets, which is about something else."""
        from assistant.answer.relevance import about_question

        if not passages:
            return False
        return not about_question(
            question, passages, self.index.query_embedder.encode,
            self.index.vectors.get_vectors([p.chunk_id for p in passages]),
            self.settings.relevance)

    def verify(self, state: Turn) -> Turn:
        answer: Answer = state["answer"]
        if answer.refused:
            return state
        if not answer.tentative and self.about_nothing(state.get("query") or state["question"],
                                                       state["passages"]):
            answer.tentative = True  # a warning, not a refusal: the gate can be wrong
            state = {**state, "weak": "No retrieved article is about what the question asks."}
        elif answer.sentences and (other := namesake(state.get("query") or state["question"],
                                                     answer.sentences[0].text)):
            answer.tentative = True
            state = {**state, "weak": f"The answer's first sentence names {other[1]}, not "
                                      f"{other[0]}."}
        elif answer.sentences and answer.citations and (year := other_year(
                state.get("query") or state["question"], answer.sentences[0].text,
                answer.citations[0].published,
                state["as_of"].year if state.get("as_of") else None)):
            answer.tentative = True
            state = {**state, "weak": f"The answer's first source is of {year}, not of the "
                                      "year the question asks about."}
        s = self.settings.answer
        # the answer's passages: a held-back chunk it quotes is checked against its own text
        evidence = evidence_for(answer, answer.passages or state["passages"])
        attributions = state.get("attributions") or []
        said = {}
        for c in answer.citations:
            if c.field != "text":  # a headline's offsets are into the title, not the body
                continue
            if (a := covering(attributions, c.article_id, c.start, c.end)) is not None:
                said[c.n] = a
                c.speaker = c.speaker or shown_speaker(a.speaker)
        source_of = {c.n: c.article_id for c in answer.citations}
        checked = []
        judge_error: str | None = None
        for sentence in answer.sentences:
            numbers = [n for n in sentence.citations if n in evidence]
            cited = [evidence[n] for n in numbers]
            verdict = verify_sentence(sentence.text, cited, s.min_support,
                                      [said.get(n) for n in numbers],
                                      [source_of[n] for n in numbers])
            judged = None
            if verdict.supported and s.judge and self.model is not None and cited \
                    and judge_error is None:
                try:
                    judged = judge_sentence(self.model, sentence.text, "\n".join(cited), s,
                                            state.get("deadline"))
                except BackendError as e:  # the answer stands, checked offline only
                    judge_error = str(e)
            checked.append(with_verdict(sentence, verdict, numbers, judged))
        if judge_error is not None:
            state = {**state, "judge_error": judge_error}
        answer.sentences = checked
        flagged = sum(not x.supported for x in answer.sentences)
        answer.repairs = {**answer.repairs, "flagged_sentences": flagged}
        if s.unsupported == "drop" and flagged:
            keep = [x for x in answer.sentences if x.supported]
            if not keep:
                refused = refusal(state["question"], state["passages"],
                                  "no sentence of the model's answer passed the check "
                                  "against its sources (--drop-unsupported)")
                refused.repairs = answer.repairs
                refused.support = answer.support  # what the coverage holds, as any refusal
                return {**state, "answer": refused}
            answer = rebuild(answer, keep)
        return {**state, "answer": answer}

    def finish(self, state: Turn) -> Answer:
        """The answer as the contract has it: timings, filters, what answered and any notice
        (the dates it covers; why the LLM did not answer, when it failed)."""
        answer: Answer = state["answer"]
        t = state.get("timings", {})
        answer.timings_ms = {name: t.get(name, 0.0) for name in ("retrieve", "generate",
                                                                  "verify")}
        answer.timings_ms["total"] = round((time.perf_counter() - state["started"]) * 1000, 2)
        answer.filters = state["filters"].describe()
        answer.backend = self.label
        answer.question = state.get("asked") or answer.question
        answer.query = state.get("query")
        error = state.get("error")
        notice = f"{error} — answered extractively instead" if error is not None else None
        judged = state.get("judge_error")
        judge = (f"The LLM judge failed ({judged}); the sentences were checked offline only."
                 if judged else None)
        notes = [n for n in (state.get("scope"), notice, state.get("cut"), judge,
                             filtered_out(answer),
                             state.get("weak"),
                             cited_after(answer, state.get("as_of")
                                         if state.get("as_of_given") else None)) if n]
        answer.notice = " ".join(notes) or None
        return answer

    def judge(self, sentence: str, evidence: str) -> bool:
        """Does the LLM judge find ``sentence`` supported by ``evidence``? (the eval's
        ``llm_faithfulness``)"""
        return judge_sentence(self.model, sentence, evidence,
                              self.settings.answer).verdict == "supported"
