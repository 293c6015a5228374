"""The offline answerer: it quotes the retrieved sentences that best answer the question.

Every answer sentence is a verbatim sentence of an article (or its headline), so every
citation is an exact span by construction. Each candidate sentence is described by the
features of :mod:`assistant.answer.features` and scored by the answer model
(:mod:`assistant.answer.model`, weights fitted on newsbench-dev): the probability that it
holds the answer. The answer quotes the best candidate and up to ``max_sentences - 1``
runners-up that add something, within ``max_answer_chars``.

It refuses when no candidate's support (its probability without the ranking-only features:
a report's age ranks sentences but is no evidence) reaches the model's threshold, chosen on
newsbench-dev for an answer rate of 0.90 on answerable questions (eval/fit_answerer.py); the
best candidate by probability among those that reach it leads the answer. Between that and
the model's higher tentative threshold (under which, on newsbench-dev, 70% of the
unanswerable questions fall) the answer is marked tentative: the closest sentences, not an
answer the coverage is known to hold. No
single word vetoes an answer: a first name, a weekday or an ordinal missing from the passages
only lowers the scores of the sentences that lack it.

``score_candidates`` below is the older hand-weighted sentence scorer. ``compare`` lists each
account's sentences with it, then ranks them by the answer model (``answering``) when the
caller gives one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from assistant.answer import model as answer_model
from assistant.answer.attribution import attributed_form, covering, said_by, speaker_asked
from assistant.answer.contract import CANNOT_ANSWER, neutralise_markers
from assistant.answer.features import RECENT_DAYS, Candidate, Embed, candidates
from assistant.config import AnswerSettings
from assistant.index.spanvec import SentenceVector
from assistant.nlp.answertype import DATE as _DATE
from assistant.nlp.answertype import DURATION as _DURATION
from assistant.nlp.answertype import NUMBER as _NUMBER
from assistant.nlp.answertype import SPEECH as _SPEECH
from assistant.nlp.attribution import asked_speaker, shown_speaker
from assistant.nlp.furniture import cut_short, site_suffix
from assistant.nlp.sentences import sentence_spans
from assistant.nlp.tokens import fold, same_name, terms
from assistant.types import Answer, AnswerSentence, Attribution, Citation, Passage

__all__ = ["_DATE", "_DURATION", "Evidence", "answering", "cite", "extractive_answer",
           "question_fit", "refusal", "score_candidates"]


@dataclass
class Evidence:
    """What the extractive answerer reads besides the passages."""

    vectors: dict[str, list[SentenceVector]]  # stored sentence vectors, by chunk id
    question_vector: np.ndarray | None
    idf: Callable[[str], float]
    attributions: Sequence[Attribution] = ()
    embed: Embed | None = None  # for sentences without a stored vector
    as_of: dt.date | None = None  # the day the question is asked (the ``recent`` feature)


def _redundant(c: Candidate, chosen: list[Candidate]) -> bool:
    """Says mostly what an already chosen sentence says (or is the same headline)."""
    for o in chosen:
        union = len(c.terms | o.terms) or 1
        if len(c.terms & o.terms) / union > 0.5:
            return True
    return False


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", fold(text.lower())).split())


def restates(question: str, sentence: str) -> bool:
    """Does ``question`` hold ``sentence`` word for word? Then it tells the reader nothing
    new: the headline a "Tell me about: ..." example asks about, a quiz page's own question."""
    return _restating(question)(sentence)


def _restating(*questions: str) -> Callable[[str], bool]:
    """:func:`restates` for one or more forms of a question, read once: is a sentence held
    word for word by any of them?"""
    held = [f" {_plain(q)} " for q in questions if q]
    longest = max((len(q) for q in questions if q), default=0)

    def holds(sentence: str) -> bool:
        if len(sentence) > longest + 8:  # longer than every question: held by none
            return False
        said = _plain(sentence)
        return bool(said) and any(f" {said} " in q for q in held)
    return holds


def ranked(question: str, passages: list[Passage], evidence: Evidence,
           model: answer_model.AnswerModel, held: Sequence[Passage] = ()) -> list[Candidate]:
    """Every candidate with the model's probability, best first. When the question asks
    what someone said, that speaker's sentences come first among the ones the model would
    answer with (the model is fitted on factoid questions, the speaker is explicit).
    ``held``: passages retrieval held back, numbered after ``passages`` (see
    ``features.candidates``)."""
    cands = candidates(question, passages, evidence.vectors, evidence.question_vector,
                       evidence.idf, evidence.embed, evidence.as_of,
                       int(model.meta.get("recent_days", RECENT_DAYS)), held)
    if not cands:
        return []
    x = np.stack([c.x for c in cands])
    for c, pr, su in zip(cands, model.probabilities(x), model.support(x), strict=True):
        c.prob, c.support = float(pr), float(su)
    # the best by probability leads, among those whose support clears the refusal threshold:
    # a recent sentence with little support never answers for an older one that has it
    cands.sort(key=lambda c: (c.support < model.refuse_below, -c.prob))
    asked = speaker_asked(question, evidence.attributions)
    if asked and evidence.attributions:
        every = [*passages, *held]

        def by_asked(c: Candidate) -> bool:
            return c.support >= model.refuse_below and _said_by_speaker(
                c, asked, every, evidence.attributions)
        cands.sort(key=lambda c: not by_asked(c))
    return cands


def answering(question: str, passages: list[Passage], evidence: Evidence,
              model: answer_model.AnswerModel) -> dict[tuple[str, int], float]:
    """Each body sentence's probability of holding the answer, by (article id, start
    offset). Compare ranks its accounts' sentences by it: one scorer for answers and
    accounts. (Also dropping the sentences whose support is under the refusal threshold was
    tried on coverage-real: slot precision rose 0.719 → 0.732 but recall fell 0.708 → 0.700,
    and short sentences that carry an account's figure, "Fifteen people died, provincial
    officials said.", went silent: not kept.)"""
    return {(passages[c.passage_no].article_id, c.start): c.prob
            for c in ranked(question, passages, evidence, model) if c.field == "text"}


def select(cands: list[Candidate], settings: AnswerSettings, floor: float = 0.0,
           ) -> list[Candidate]:
    """The best candidate, then runners-up in order that add something, up to
    ``max_sentences`` and ``max_answer_chars`` in all. A runner-up under ``floor`` (the
    refusal threshold: alone, it would have been refused) is no part of the answer: a
    hockey result tacked onto an answer about a ferry."""
    chosen: list[Candidate] = []
    used = 0
    for c in cands:
        if len(chosen) >= settings.max_sentences:
            break
        if chosen and (used + len(c.text) > settings.max_answer_chars or _redundant(c, chosen)
                       or c.support < floor):
            continue
        chosen.append(c)
        used += len(c.text)
    return chosen


def refusal(question: str, passages: list[Passage], reason: str | None = None) -> Answer:
    return Answer(question=question, answer=CANNOT_ANSWER, refused=True,
                  sentences=[AnswerSentence(text=CANNOT_ANSWER, citations=[])],
                  passages=passages, refusal_reason=reason)


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
_POSSESSIVE = re.compile(r"['’]s?$")


def absent_speaker(question: str, passages: Sequence[Passage]) -> str | None:
    """The speaker a "what did X say" question asks about, when no retrieved passage or
    headline names any part of them ("Angela Merkel": neither "Angela" nor "Merkel"); then
    nothing retrieved can be what X said. One word of the name is enough ("Donald Trump"
    asked, "Trump" written), so a first name alone never vetoes; a possessive is the name it is
    written on ("Heathrow's chief operating officer": "Heathrow"), and a name is found in any
    of its spellings ("Zelensky", "Zelenskyy"; "Pele", "Pelé")."""
    asked = asked_speaker(question)
    names = [_name(n) for n in _CAPITALISED.findall(asked or "")]
    if not names:
        return None
    written = {_name(w) for p in passages for w in _CAPITALISED.findall(f"{p.title} {p.text}")}
    if any(same_name(w, n) for n in names for w in written):
        return None
    return asked


def _name(word: str) -> str:
    """A capitalised word as names are compared: lower-cased, unaccented, no possessive."""
    return fold(_POSSESSIVE.sub("", word).lower())


def refusal_reason(cands: list[Candidate], model: answer_model.AnswerModel,
                   question: str = "", passages: Sequence[Passage] = ()) -> str | None:
    """Why the coverage cannot answer, or None when it can."""
    if not cands:
        return "nothing retrieved"
    if who := absent_speaker(question, passages):
        return f"the question asks what {who} said, and no retrieved passage names them"
    best = max(c.support for c in cands)
    if best < model.refuse_below:
        return (f"no sentence is likely to hold the answer (best {best:.3f}, "
                f"threshold {model.refuse_below:.3f})")
    return None


def uncut(c: Candidate | ScoredSentence) -> tuple[str, int]:
    """The text a candidate quotes and where the quote ends: a headline is quoted without the
    site's name after a bar ("... dies at 82 | CNN") and, when its source cut it short
    ("Zelensky lashes out at ..."), up to its last word, without the dots: neither is a word
    of the story."""
    if getattr(c, "field", "text") != "title":
        return c.text, c.end
    text = _headline(c.text)[0]
    return text, c.start + len(text)


def _headline(title: str) -> tuple[str, bool]:
    """A headline as quoted (see :func:`uncut`), and whether its source cut it short."""
    title = title[:site_suffix(title)]
    at = cut_short(title)
    return (title[:at], True) if at else (title, False)


def cite(n: int, p: Passage, c: Candidate | ScoredSentence, said: Attribution | None,
         ) -> Citation:
    """Citation ``n``: the candidate sentence ``c`` of passage ``p``, and who said it. A
    headline candidate quotes the title (``field="title"``)."""
    fld = getattr(c, "field", "text")
    quote, end = uncut(c)
    return Citation(n=n, article_id=p.article_id, title=p.title, outlet=p.outlet,
                    published=p.published, url=p.url, quote=quote, start=c.start, end=end,
                    field=fld, speaker=shown_speaker(said.speaker) if said and fld == "text"
                    else None,
                    also_published_by=p.also_published_by)


def extractive_answer(question: str, passages: list[Passage], evidence: Evidence,
                      settings: AnswerSettings,
                      model: answer_model.AnswerModel | None = None,
                      held: Sequence[Passage] = (), before: str = "", typed: str = "") -> Answer:
    """Quote the best sentences with citations, or refuse. A quoted sentence that the article
    attributes without naming the speaker in it is introduced by its speaker. A sentence of
    a ``held`` passage (see ``features.candidates``) may answer too; the passages it cites
    are then listed after the retrieved ones. A sentence ``before`` already holds (the answer
    before, when a follow-up asks for more: ``condense.said_before``) is no answer; and when
    such a follow-up asks what someone said, what the coverage attributes to them is. A
    sentence that the question, condensed or as ``typed``, holds word for word is no answer
    (see :func:`restates`)."""
    model = model or answer_model.load(settings.model_path)
    cands = ranked(question, passages, evidence, model, held) if passages else []
    restated = _restating(question, typed)
    cands = [c for c in cands if not restated(uncut(c)[0])]
    every = [*passages, *held]
    floor, theirs, repeated = model.refuse_below, [], 0
    if before:
        kept = [c for c in cands if " ".join(c.text.split()) not in before]
        cands, repeated = kept, len(cands) - len(kept)
        # "What else did Trump say?": what the coverage attributes to them is the answer,
        # however little it shares with the question's words
        if theirs := _said_by_asked(question, cands, every, evidence.attributions):
            cands, floor = theirs, 0.0
    if not theirs and (reason := refusal_reason(cands, model, question, passages)):
        if repeated:
            reason = f"nothing more than the answers before: {reason}"
        return weighed(refusal(question, passages, reason), cands, model)
    citations, sentences, parts = [], [], []
    shown = list(passages)
    for n, c in enumerate(select(cands, settings, floor), start=1):
        p = every[c.passage_no]
        if c.passage_no >= len(passages) and p not in shown:
            shown.append(p)
        said = (covering(evidence.attributions, p.article_id, c.start, c.end)
                if c.field == "text" else None)
        citations.append(cite(n, p, c, said))
        text = neutralise_markers(attributed_form(uncut(c)[0], said))  # the article's [n]
        if c.field == "title" and _headline(c.text)[1]:
            text += " …"  # a headline its source cut short reads as cut, not as a sentence
        sentences.append(AnswerSentence(text=text, citations=[n]))
        parts.append(f"{text} [{n}]")
    return weighed(Answer(question=question, answer=" ".join(parts), sentences=sentences,
                          citations=citations, passages=shown), cands, model)


def _said_by_speaker(c: Candidate, asked: str, every: Sequence[Passage],
                     attributions: Sequence[Attribution]) -> bool:
    """Is ``c`` a body sentence the coverage attributes to the speaker ``asked``?"""
    if c.field != "text":
        return False
    a = covering(attributions, every[c.passage_no].article_id, c.start, c.end)
    return a is not None and said_by(asked, a)


def _said_by_asked(question: str, cands: list[Candidate], every: Sequence[Passage],
                   attributions: Sequence[Attribution]) -> list[Candidate]:
    """The body sentences the coverage attributes to the speaker ``question`` asks about."""
    asked = speaker_asked(question, attributions)
    return [c for c in cands if _said_by_speaker(c, asked, every, attributions)] \
        if asked else []


def weighed(answer: Answer, cands: list[Candidate], model: answer_model.AnswerModel) -> Answer:
    """``answer`` with the weight of the evidence: ``support``, the best candidate's, and
    ``tentative`` when an answer (not a refusal) rests on support under the model's tentative
    threshold."""
    support = max((c.support for c in cands), default=None)
    answer.support = None if support is None else round(support, 6)
    answer.tentative = (not answer.refused and support is not None
                        and support < model.tentative_below)
    return answer


def weigh(answer: Answer, question: str, passages: list[Passage], evidence: Evidence,
          settings: AnswerSettings, model: answer_model.AnswerModel | None = None) -> Answer:
    """An LLM's ``answer`` with the weight the extractive answer would have had over the same
    ``passages`` for ``question`` (:func:`weighed`). The model's words are not scored, only
    what the coverage holds for them."""
    model = model or answer_model.load(settings.model_path)
    return weighed(answer, ranked(question, passages, evidence, model) if passages else [], model)


# --- the hand-weighted scorer that compare still uses --------------------------------------

_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)+")
_CAPITAL = re.compile(r"(?<!^)\b[A-Z][a-zA-Z]+")

# (question pattern, what the answer sentence should contain)
_FITS: list[tuple[re.Pattern[str], Callable[[str], bool]]] = [
    (re.compile(r"\bhow long\b|\bfor how\b", re.I), lambda s: bool(_DURATION.search(s))),
    (re.compile(r"\bhow (?:many|much|old|far|big|large)\b|\bwhat (?:percent|number|"
                r"share|amount)\b", re.I), lambda s: bool(_NUMBER.search(s))),
    (re.compile(r"\bwhen\b|\bwhat (?:date|day|year|month|time)\b", re.I),
     lambda s: bool(_DATE.search(s))),
    (re.compile(r"\bwho(?:m|se)?\b|\bwhich (?:person|official|leader|player|president)\b", re.I),
     lambda s: bool(_NAME.search(s))),
    (re.compile(r"\bwhere\b|\bwhich (?:country|city|state|team|company|nation)\b", re.I),
     lambda s: bool(_CAPITAL.search(s))),
    (re.compile(r"\b(?:say|said|says|describe|described|according|call|called|react|"
                r"reaction|statement|respond|response)\b", re.I),
     lambda s: bool(_SPEECH.search(s) or '"' in s or "“" in s)),
]

_FRAME = re.compile(r"\b(how)\s+(?:long|many|much|often|old|far|big|large)\b|"
                    r"\bwhat\s+(?:kind|type|sort)\s+of\b", re.I)

_MAX_SENTENCE_CHARS = 600
_MIN_SENTENCE_CHARS = 25


@dataclass
class ScoredSentence:
    passage_no: int  # index into the passage list
    start: int  # offsets into the article text
    end: int
    text: str
    coverage: float  # mean of the sentence's and its context's weighted coverage
    context_coverage: float
    score: float
    terms: frozenset[str]


def question_fit(question: str) -> Callable[[str], bool] | None:
    for pattern, test in _FITS:
        if pattern.search(question):
            return test
    return None


def score_candidates(question: str, passages: list[Passage],
                     idf: Callable[[str], float],
                     attributions: Sequence[Attribution] = ()) -> list[ScoredSentence]:
    """Every sentence of every passage, scored against the question, best first. When the
    question asks what someone said, that speaker's attributed sentences score higher."""
    asked = speaker_asked(question, attributions)
    q_terms = set(terms(_FRAME.sub(" ", question)))
    weights = {t: max(idf(t), 0.05) for t in q_terms}
    total = sum(weights.values()) or 1.0
    fit = question_fit(question)
    seen_spans: set[tuple[str, int, int]] = set()
    # what each article is about, as far as retrieval saw it: headline + retrieved passages
    context: dict[str, set[str]] = {}
    for p in passages:
        context.setdefault(p.article_id, set(terms(p.title))).update(terms(p.text))
    out: list[ScoredSentence] = []
    for pno, p in enumerate(passages):
        similarity = max(p.dense_score or 0.0, 0.0)
        context_coverage = sum(weights[t] for t in q_terms & context[p.article_id]) / total
        for a, b in sentence_spans(p.text):
            start, end = p.start + a, p.start + b
            key = (p.article_id, start, end)
            text = p.text[a:b]
            if key in seen_spans or len(text) < _MIN_SENTENCE_CHARS:
                continue
            seen_spans.add(key)
            s_terms = frozenset(terms(text))
            shared = q_terms & s_terms
            coverage = 0.5 * sum(weights[t] for t in shared) / total + 0.5 * context_coverage
            novel = len(s_terms - q_terms)
            score = coverage + 0.25 * similarity - 0.02 * pno
            if fit is not None:
                score += 0.2 if fit(text) else -0.15
            if novel < 2:  # restates the question without adding anything
                score -= 0.3
            if len(text) > _MAX_SENTENCE_CHARS:
                score -= 0.1
            if asked and attributions:
                said = covering(attributions, p.article_id, start, end)
                if said is not None:
                    score += 0.3 if said_by(asked, said) else -0.1
            out.append(ScoredSentence(pno, start, end, text, coverage, context_coverage, score,
                                 s_terms))
    out.sort(key=lambda c: -c.score)
    return out
