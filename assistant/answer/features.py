"""Every sentence of the retrieved passages (and each passage's headline) as a candidate
answer, described by the features the answer model scores.

The features, in :data:`FEATURES` order (their weights are fitted, never set by hand: see
``assistant/answer/model.py`` and ``eval/fit_answerer.py``):

- ``qsim``: cosine of the sentence's vector to the question's (the sentence vector is pooled
  out of its chunk's forward pass at ingest, so it knows its context);
- ``pdense`` / ``pbm``: its passage's dense similarity and BM25 score (relative to the best
  BM25 score among the passages);
- ``cov``: the IDF-weighted share of the question's terms in the sentence; ``ctxcov``: the
  share in its article's headline and retrieved passages (what the story is about);
- ``fit``: +1 when it holds the kind of thing asked for (a duration for "how long", a new
  name for "which team", ...; :mod:`assistant.nlp.answertype`), -1 when not, 0 when the
  question's kind is unknown;
- ``novel_caps``: capitalised words it has that the question lacks (up to 5); ``num``: it
  holds a digit; ``novel``: its content terms not in the question; ``restate``: it adds fewer
  than two; ``length``: log of its length;
- ``is_title``: it is the headline; ``rankf``: 1 / (1 + its passage's rank);
- ``recent``: its article was published within ``recent_days`` of the newest retrieved
  report, up to the day the question is asked: a quiz of this week is answered by this week's
  reports, and an archive of old news is not penalised as a whole (its newest report is its
  now). Unknown (NaN, held at the model's mean) for an undated report. (Now taken from the
  best three reports only, so that a newer report at rank 10 would not age an obituary that
  answers, cost dev 4 questions: not kept.)
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

from assistant.index.spanvec import SentenceVector
from assistant.nlp.answertype import answer_kind, fits
from assistant.nlp.dates import day_of
from assistant.nlp.sentences import sentence_spans
from assistant.nlp.tokens import terms
from assistant.types import Passage

FEATURES = ("qsim", "pdense", "pbm", "cov", "ctxcov", "fit", "novel_caps", "num", "novel",
            "restate", "length", "is_title", "rankf", "recent")

# ``recent``: within this many days of the newest retrieved report (the retrieval setting's
# default, fitted by eval/tune_retrieval.py; the model records what it was fitted with)
RECENT_DAYS = 30

# features that say which candidate answers, never whether any does: the refusal reads the
# model's probability with these held at their mean (``AnswerModel.support``). A report's
# age ranks the sentences of an archive; it is no evidence that the archive holds an answer.
RANKING_ONLY = frozenset({"recent"})

MIN_SENTENCE_CHARS = 15

# The frame of a question is not its content: "how *long*", "what *kind* of".
_FRAME = re.compile(r"\b(how)\s+(?:long|many|much|often|old|far|big|large)\b|"
                    r"\bwhat\s+(?:kind|type|sort)\s+of\b", re.I)
_CAP_WORD = re.compile(r"\b[A-Z][a-zA-Z'’-]+")
_DIGIT = re.compile(r"\d")

Embed = Callable[[list[str]], np.ndarray]


@dataclass
class Candidate:
    """A sentence that might answer the question."""

    passage_no: int  # index into the passages
    field: str  # "text" (offsets into article.text) or "title" (into article.title)
    start: int
    end: int
    text: str
    terms: frozenset[str]
    x: np.ndarray = field(repr=False)  # features, in FEATURES order
    prob: float = 0.0  # the answer model's probability that it holds the answer
    support: float = 0.0  # the same without the ranking-only features (refusal reads this)


def question_terms(question: str, idf: Callable[[str], float]) -> dict[str, float]:
    """The question's content terms (its frame removed) with their IDF weights."""
    return {t: max(idf(t), 0.05) for t in set(terms(_FRAME.sub(" ", question)))}


def _spans(p: Passage, stored: Sequence[SentenceVector]) -> list[tuple[str, int, int]]:
    """(field, start, end) of the passage's headline and sentences, in order."""
    heads = [(v.field, v.start, v.end) for v in stored if v.field == "title"][:1]
    body = [("text", p.start + a, p.start + b) for a, b in sentence_spans(p.text)]
    if not heads and p.title:
        heads = [("title", 0, len(p.title))]
    return heads + body



def recent_passages(passages: Sequence[Passage], as_of: dt.date | None,
                    days: int = RECENT_DAYS) -> list[bool | None]:
    """For each passage: was its article published no more than ``days`` before the newest
    retrieved report published by ``as_of``, and not after ``as_of`` (a day's grace for time
    zones)? None when that cannot be told (the passage, or every report, is undated): the
    model then holds the feature at its mean."""
    published = [day_of(p.published) for p in passages]
    cutoff = as_of + dt.timedelta(days=1) if as_of else None
    dated = [d for d in published if d is not None and (cutoff is None or d <= cutoff)]
    if not dated:
        return [None] * len(passages)
    start = max(dated) - dt.timedelta(days=days)
    return [None if d is None else start <= d and (cutoff is None or d <= cutoff)
            for d in published]


def candidates(question: str, passages: Sequence[Passage],
               vectors: dict[str, list[SentenceVector]], question_vector: np.ndarray | None,
               idf: Callable[[str], float], embed: Embed | None = None,
               as_of: dt.date | None = None, recent_days: int = RECENT_DAYS,
               held: Sequence[Passage] = ()) -> list[Candidate]:
    """Every sentence of every passage, and each article's headline once, with features.

    ``vectors`` are the stored sentence vectors by chunk id; a sentence without one (an index
    from before they were kept) is embedded with ``embed`` when given, else scores 0 on
    ``qsim``. ``as_of`` is the day the question is asked (``recent``).

    ``held`` are passages retrieval held back (``assistant.retrieval.held_back``), numbered
    after ``passages``: only their sentences that hold the kind of thing asked for are
    candidates, and they change nothing of the others' features."""
    weights = question_terms(question, idf)
    total = sum(weights.values()) or 1.0
    q_terms = set(weights)
    kind = answer_kind(question)
    q_caps = {m.group(0).lower() for m in _CAP_WORD.finditer(question)}
    bm_top = max((p.keyword_score or 0.0 for p in passages), default=0.0) or 1.0
    context: dict[str, set[str]] = {}
    for p in passages:
        context.setdefault(p.article_id, set(terms(p.title))).update(terms(p.text))
    for p in held:
        context.setdefault(p.article_id, set(terms(p.title)))
    n_retrieved = len(passages)
    passages = [*passages, *held]
    recent = recent_passages(passages, as_of, recent_days)

    out: list[Candidate] = []
    missing: list[int] = []  # candidates whose sentence vector must be computed
    seen: set[tuple[str, str, int]] = set()
    for pno, p in enumerate(passages):
        stored = vectors.get(p.chunk_id, [])
        by_span = {(v.field, v.start, v.end): v.vector for v in stored}
        ctxcov = sum(weights[t] for t in q_terms & context[p.article_id]) / total
        for fld, start, end in _spans(p, stored):
            key = (p.article_id, fld, start)
            text = (p.title[start:end] if fld == "title"
                    else p.text[start - p.start:end - p.start])
            if key in seen or len(text) < MIN_SENTENCE_CHARS:
                continue
            seen.add(key)
            s_terms = frozenset(terms(text))
            vec = by_span.get((fld, start, end))
            qsim = float(vec @ question_vector) if vec is not None and question_vector \
                is not None else 0.0
            if vec is None:
                missing.append(len(out))
            fit = fits(kind, text, question)
            if pno >= n_retrieved and not fit:
                continue
            novel = len(s_terms - q_terms)
            caps = {m.group(0).lower() for m in _CAP_WORD.finditer(text[1:])} - q_caps
            x = np.array([
                qsim, max(p.dense_score or 0.0, 0.0), (p.keyword_score or 0.0) / bm_top,
                sum(weights[t] for t in q_terms & s_terms) / total, ctxcov,
                0.0 if fit is None else (1.0 if fit else -1.0), min(len(caps), 5),
                float(bool(_DIGIT.search(text))), novel, float(novel < 2), math.log(len(text)),
                float(fld == "title"), 1.0 / (1 + pno),
                np.nan if (r := recent[pno]) is None else float(r),
            ], dtype=np.float32)
            out.append(Candidate(pno, fld, start, end, text, s_terms, x))
    if missing and embed is not None and question_vector is not None:
        fresh = embed([out[i].text for i in missing])
        for i, v in zip(missing, fresh, strict=True):
            out[i].x[0] = float(v @ question_vector)
    return out
