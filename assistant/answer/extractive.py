"""The offline answerer: it quotes the retrieved sentences that best answer the question.

Every answer sentence is a verbatim sentence of an article, so every citation
is an exact span by construction. A sentence is scored on

- **coverage**: the IDF-weighted share of the question's terms it contains,
  averaged with the share that its article's headline and retrieved passages
  contain (the context says
  what the story is about; the sentence supplies the specific answer);
- **fit**: whether it holds the kind of thing the question asks for (a number
  for "how long", a date for "when", a name for "who", a statement for "what
  did X say");
- **passage similarity**: the dense similarity of its passage to the question.

It refuses when the question names someone or something (a proper name, a
number) that no retrieved passage mentions, when the best sentence covers too
little of the question, or when no passage is semantically close to it: the
two thresholds are settings,
calibrated on the eval suites (see docs/architecture.md).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.answer.attribution import attributed_form, covering
from assistant.answer.contract import CANNOT_ANSWER, neutralise_markers
from assistant.answer.verify import missing_facts
from assistant.config import AnswerSettings
from assistant.nlp.attribution import asked_speaker, speaker_matches
from assistant.nlp.sentences import sentence_spans
from assistant.nlp.tokens import terms
from assistant.types import Answer, AnswerSentence, Attribution, Citation, Passage

_NUM_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|"
              r"hundred|hundreds|thousand|thousands|million|millions|billion|billions|half")
_UNITS = r"hour|minute|second|day|week|month|year|percent|%|mile|kilometer|dollar|\$|euro|pound"
_NUMBER = re.compile(rf"\d|\b(?:{_NUM_WORDS})\b", re.I)
_DURATION = re.compile(
    rf"\b(?:\d+|{_NUM_WORDS}|an?|several|few)\b[\w\s-]{{0,12}}\b(?:{_UNITS})", re.I
)
_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|yesterday|today|tomorrow|(?:19|20)\d\d)\b|\blast (?:week|month|year)"
    r"|\bthis (?:week|month|year)|\blater this\b"
)
_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)+")
_CAPITAL = re.compile(r"(?<!^)\b[A-Z][a-zA-Z]+")
_SPEECH = re.compile(
    r"\b(?:said|says|say|told|stated|statement|announced|according to|described|called|"
    r"stressed|noted|reported|reports|added|argued|claimed|confirmed|denied|insisted|warned)\b",
    re.I,
)

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

# The frame of a question is not its content: "how *long*", "what *kind* of".
_FRAME = re.compile(r"\b(how)\s+(?:long|many|much|often|old|far|big|large)\b|"
                    r"\bwhat\s+(?:kind|type|sort)\s+of\b", re.I)

_MAX_SENTENCE_CHARS = 600
_MIN_SENTENCE_CHARS = 25


@dataclass
class Candidate:
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
                     attributions: Sequence[Attribution] = ()) -> list[Candidate]:
    """Every sentence of every passage, scored against the question, best first. When the
    question asks what someone said, that speaker's attributed sentences score higher."""
    asked = asked_speaker(question)
    q_terms = set(terms(_FRAME.sub(" ", question)))
    weights = {t: max(idf(t), 0.05) for t in q_terms}
    total = sum(weights.values()) or 1.0
    fit = question_fit(question)
    seen_spans: set[tuple[str, int, int]] = set()
    # what each article is about, as far as retrieval saw it: headline + retrieved passages
    context: dict[str, set[str]] = {}
    for p in passages:
        context.setdefault(p.article_id, set(terms(p.title))).update(terms(p.text))
    out: list[Candidate] = []
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
                    score += 0.3 if speaker_matches(asked, said.speaker) else -0.1
            out.append(Candidate(pno, start, end, text, coverage, context_coverage, score,
                                 s_terms))
    out.sort(key=lambda c: -c.score)
    return out


def _redundant(c: Candidate, chosen: list[Candidate]) -> bool:
    for o in chosen:
        union = len(c.terms | o.terms) or 1
        if len(c.terms & o.terms) / union > 0.5:
            return True
    return False


def select(candidates: list[Candidate], settings: AnswerSettings,
           fit: Callable[[str], bool] | None = None) -> list[Candidate]:
    """The best sentence, plus close runners-up that add something (and fit the question)."""
    if not candidates:
        return []
    best = candidates[0]
    chosen = [best]
    for c in candidates[1:]:
        if len(chosen) >= settings.max_sentences:
            break
        if (c.score >= 0.75 * best.score and c.coverage >= settings.min_coverage
                and (fit is None or fit(c.text)) and not _redundant(c, chosen)):
            chosen.append(c)
    return chosen


def refusal(question: str, passages: list[Passage]) -> Answer:
    return Answer(question=question, answer=CANNOT_ANSWER, refused=True,
                  sentences=[AnswerSentence(text=CANNOT_ANSWER, citations=[], supported=True)],
                  passages=passages)


def refusal_reason(question: str, passages: list[Passage], candidates: list[Candidate],
                   settings: AnswerSettings) -> str | None:
    """Why the coverage cannot answer ``question``, or None when it can."""
    if not passages or not candidates:
        return "nothing retrieved"
    context = [p.title + "\n" + p.text for p in passages]
    if missing := missing_facts(question, context):
        return f"no passage mentions {', '.join(missing)}"
    best = candidates[0]
    if best.coverage < settings.min_coverage:
        return f"best sentence covers {best.coverage:.2f} of the question"
    if best.context_coverage < settings.min_context_coverage:
        return f"its article covers {best.context_coverage:.2f} of the question"
    similarity = max((p.dense_score for p in passages if p.dense_score is not None), default=None)
    if similarity is not None and similarity < settings.min_similarity:
        return f"no passage is similar to the question ({similarity:.2f})"
    return None


def cite(n: int, p: Passage, c: Candidate, said: Attribution | None) -> Citation:
    """Citation ``n``: the candidate sentence ``c`` of passage ``p``, and who said it."""
    return Citation(n=n, article_id=p.article_id, title=p.title, outlet=p.outlet,
                    published=p.published, url=p.url, quote=c.text, start=c.start, end=c.end,
                    speaker=said.speaker if said else None,
                    also_published_by=p.also_published_by)


def extractive_answer(question: str, passages: list[Passage], idf: Callable[[str], float],
                      settings: AnswerSettings,
                      attributions: Sequence[Attribution] = ()) -> Answer:
    """Quote the best sentences with citations, or refuse. A quoted sentence that the article
    attributes without naming the speaker in it is introduced by its speaker."""
    candidates = score_candidates(question, passages, idf, attributions) if passages else []
    if refusal_reason(question, passages, candidates, settings):
        return refusal(question, passages)
    chosen = select(candidates, settings, question_fit(question))
    citations, sentences, parts = [], [], []
    for n, c in enumerate(chosen, start=1):
        p = passages[c.passage_no]
        said = covering(attributions, p.article_id, c.start, c.end)
        citations.append(cite(n, p, c, said))
        text = neutralise_markers(attributed_form(c.text, said))  # the article's own [n]
        sentences.append(AnswerSentence(text=text, citations=[n]))
        parts.append(f"{text} [{n}]")
    return Answer(question=question, answer=" ".join(parts), sentences=sentences,
                  citations=citations, passages=passages)
