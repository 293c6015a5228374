"""A timeline of a topic: the dated events in the coverage retrieval finds for it, in order.

Every entry is a sentence that holds a resolved date expression (see assistant.nlp.timex),
cited by its exact span, with the outlet and article it came from. An article that says
nothing datable still places its own publication on the line ("published"), cited by its
first sentence of news.

Retrieval finds more than the topic: an article that shares one word with it (Denny Hamlin
for "Damar Hamlin"), an aside about someone else. So every candidate goes through a
relevance judge (``assistant.answer.relevance``: the sentence or its passage must match the
topic lexically and semantically, in an article about the topic), and page furniture —
bylines, captions, links to other stories, one-word lines — is never an event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel, Field

from assistant.answer.relevance import frame_start
from assistant.nlp.furniture import followed_by_credit, is_furniture
from assistant.nlp.sentences import sentence_spans
from assistant.nlp.timex import ends_before, sort_key
from assistant.types import Citation, Passage, TimeMention

# sentences, and the passage each sits in → keep each or not
Judge = Callable[[list[str], list[Passage]], list[bool]]


class Event(BaseModel):
    date: str = Field(description="ISO or partial: 2017-11-22, 2017-11, 2017, --11-22")
    expression: str = Field(description="How the text says it; 'published' for the article's "
                                        "own date.")
    citation: Citation


class Timeline(BaseModel):
    topic: str
    events: list[Event]
    passages: list[Passage] = Field(default_factory=list)


@dataclass
class Candidate:
    """A possible event: a date expression's sentence, and the passage it was found in."""

    date: str
    expression: str
    start: int  # the sentence's offsets in the article text
    end: int
    sentence: str
    passage: Passage


def lede(text: str) -> tuple[int, int] | None:
    """The first sentence of ``text`` that is news rather than furniture (credit lines such
    as "AP", a newsletter prompt, the outlet's name)."""
    for a, b in sentence_spans(text):
        if not is_furniture(text[a:b]):
            return a, b
    return None


def candidates(passages: list[Passage], mentions: list[TimeMention],
               article_text: dict[str, str]) -> list[Candidate]:
    """Dated sentences of the retrieved passages, one per sentence and date, then each
    article's publication (cited by its lede); furniture left out."""
    out: list[Candidate] = []
    seen: set[tuple[str, int, str]] = set()
    for p in passages:
        text = article_text[p.article_id]
        for m in mentions:
            if m.article_id != p.article_id or not (p.start <= m.start and m.end <= p.end):
                continue
            key = (m.article_id, m.sentence_start, m.date)
            sentence = text[m.sentence_start:m.sentence_end].strip()
            if key in seen or is_furniture(sentence) or followed_by_credit(text,
                                                                           m.sentence_end):
                continue
            seen.add(key)
            out.append(Candidate(m.date, m.text, m.sentence_start, m.sentence_end, sentence, p))
    for aid in dict.fromkeys(p.article_id for p in passages):
        first = next(p for p in passages if p.article_id == aid)
        if not first.published or (aid, -1, first.published) in seen:
            continue
        seen.add((aid, -1, first.published))
        span = lede(article_text[aid])
        if span is None:
            continue
        a, b = span
        if (aid, a, first.published[:10]) in seen:  # the lede already dates itself that day
            continue
        where = next((p for p in passages if p.article_id == aid and p.start <= a < p.end),
                     first)
        out.append(Candidate(first.published, "published", a, b, article_text[aid][a:b],
                             where))
    return out


def build(topic: str, passages: list[Passage], mentions: list[TimeMention],
          article_text: dict[str, str], judge: Judge | None = None) -> Timeline:
    """Events from the sentences of the retrieved passages, oldest first. With a ``judge``,
    only the candidates it keeps (see :mod:`assistant.answer.relevance`)."""
    found = candidates(passages, mentions, article_text)
    if (start := frame_start(topic)) is not None:
        # the topic names when its story starts ("the Japan earthquake of March 2022"): what
        # happened before then is background, not an event of it (a month-day of unknown
        # year may be either)
        found = [c for c in found if c.date.startswith("--") or not ends_before(c.date, start)]
    if judge is not None and found:
        keep = judge([c.sentence for c in found], [c.passage for c in found])
        found = [c for c, k in zip(found, keep, strict=True) if k]
    events = [Event(date=c.date, expression=c.expression, citation=Citation(
        n=0, article_id=c.passage.article_id, title=c.passage.title, outlet=c.passage.outlet,
        published=c.passage.published, url=c.passage.url, quote=c.sentence,
        start=c.start, end=c.start + len(c.sentence)))
        for c in found]
    events.sort(key=lambda e: (*sort_key(e.date), e.expression == "published"))
    for i, e in enumerate(events, start=1):
        e.citation.n = i
    return Timeline(topic=topic, events=events, passages=passages)
