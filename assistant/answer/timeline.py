"""A timeline of a topic: the dated events in the coverage retrieval finds for it, in order.

Every entry is a sentence that holds a resolved date expression (see assistant.nlp.timex),
cited by its exact span, with the outlet and article it came from. An article that says
nothing datable still places its own publication on the line ("reported").
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from assistant.nlp.sentences import sentence_spans
from assistant.nlp.timex import sort_key
from assistant.types import Citation, Passage, TimeMention


class Event(BaseModel):
    date: str = Field(description="ISO or partial: 2017-11-22, 2017-11, 2017, --11-22")
    expression: str = Field(description="How the text says it; 'published' for a dateline.")
    citation: Citation


class Timeline(BaseModel):
    topic: str
    events: list[Event]
    passages: list[Passage] = Field(default_factory=list)


def build(topic: str, passages: list[Passage], mentions: list[TimeMention],
          article_text: dict[str, str]) -> Timeline:
    """Events from the sentences of the retrieved passages, oldest first."""
    events: list[Event] = []
    seen: set[tuple[str, int, str]] = set()
    n = 0
    for p in passages:
        inside = [m for m in mentions if m.article_id == p.article_id
                  and p.start <= m.start and m.end <= p.end]
        for m in inside:
            key = (m.article_id, m.sentence_start, m.date)
            if key in seen:
                continue
            seen.add(key)
            n += 1
            text = article_text[m.article_id]
            events.append(Event(date=m.date, expression=m.text, citation=Citation(
                n=n, article_id=p.article_id, title=p.title, outlet=p.outlet,
                published=p.published, url=p.url,
                quote=text[m.sentence_start:m.sentence_end].strip(),
                start=m.sentence_start, end=m.sentence_end)))
    reported = {p.article_id: p for p in passages}
    for aid, p in reported.items():
        if p.published and (aid, -1, p.published) not in seen:
            seen.add((aid, -1, p.published))
            n += 1
            spans = sentence_spans(article_text[aid])
            if not spans:
                continue
            a, b = spans[0]  # the headline, as the article gives it
            events.append(Event(date=p.published, expression="published", citation=Citation(
                n=n, article_id=aid, title=p.title, outlet=p.outlet, published=p.published,
                url=p.url, quote=article_text[aid][a:b], start=a, end=b)))
    events.sort(key=lambda e: (*sort_key(e.date), e.expression == "published"))
    for i, e in enumerate(events, start=1):
        e.citation.n = i
    return Timeline(topic=topic, events=events, passages=passages)
