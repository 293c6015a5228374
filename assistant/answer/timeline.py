"""A timeline of a topic: the dated events in the coverage retrieval finds for it, in order.

Every entry is a sentence that holds a resolved date expression (see assistant.nlp.timex),
cited by its exact span, with the outlet and article it came from. An article that says
nothing datable still places its own publication on the line ("published"), cited by its
first sentence of news.

Retrieval finds more than the topic: an article that shares one word with it (Denny Hamlin
for "Damar Hamlin"), an aside about someone else. So every candidate goes through a
relevance judge (``assistant.answer.relevance``: the sentence or its passage must match the
topic lexically and semantically, in an article about the topic), and page furniture —
bylines, captions, links to other stories, where to watch, one-word lines — is never an
event. A story of now (a topic that is not a name alone) has its time: a report published a
year or more from its main coverage that tells of nothing in that time is shown apart
(``Timeline.apart``, "Other times"): often another story that shares its words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from difflib import SequenceMatcher

from pydantic import BaseModel, Field, computed_field

from assistant.answer.relevance import frame_start
from assistant.nlp.dates import day_of
from assistant.nlp.furniture import (
    asks,
    asks_for_comment,
    followed_by_credit,
    is_furniture,
    tells_where_to_watch,
)
from assistant.nlp.lexicon import EVENT_NOUNS
from assistant.nlp.sentences import sentence_spans
from assistant.nlp.timex import ends_before, in_past_tense, sort_key
from assistant.types import Citation, Passage, TimeMention

# sentences, and the passage each sits in → keep each or not
Judge = Callable[[list[str], list[Passage]], list[bool]]
_WEEK = re.compile(r"(?i)\bweek\b")


class Event(BaseModel):
    date: str = Field(description="ISO or partial: 2017-11-22, 2017-11, 2017, --11-22")
    expression: str = Field(description="How the text says it; 'published' for the article's "
                                        "own date.")
    citation: Citation

    @computed_field(description="The date as a reader should take it: a week named by its "  # type: ignore[prop-decorator]
                                "Monday reads 'week of 2022-10-17', anything else its date.")
    @property
    def when(self) -> str:
        """A week is named by its Monday (``2022-10-17`` for "last week"), so it reads "week
        of 2022-10-17", not a day."""
        week = len(self.date) == 10 and _WEEK.search(self.expression)
        return f"week of {self.date}" if week else self.date


class Timeline(BaseModel):
    topic: str
    events: list[Event]
    background: list[Event] = Field(default_factory=list, description=(
        "What the coverage recalls from before the topic's story (the volcano's eruption of "
        "1984 in a report on this one), oldest first, numbered after the events."))
    apart: list[Event] = Field(default_factory=list, description=(
        "Reports published a year or more from the topic's main coverage that tell of "
        "nothing in its time: often another story in the same words (Iran's 2024 attack on "
        "Israel beside the 2021 strikes in Syria), sometimes an earlier or later chapter of a "
        "long one. Oldest first, numbered last."))
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
    lede: bool = False  # the article's lede standing for it (maybe outside every passage)


def lede(text: str) -> tuple[int, int] | None:
    """The first sentence of ``text`` that is news rather than furniture (credit lines such
    as "AP", a newsletter prompt, the outlet's name)."""
    for a, b in sentence_spans(text):
        if not is_furniture(text[a:b]):
            return a, b
    return None


# reports that repeat a sentence within this many days tell one event (an update, a round-up
# of the week); a year apart, "The festival opens on Friday" is another year's festival
REPEAT_DAYS = 7
# a sentence another report of those days tells with only its tense, a modal or an article
# changed ("would have access" for "will have access": an update's edit), at most one word
# in this many, is the same telling. A rule of editing, not a fitted number: a changed figure
# ("rose to 15", "five" for "seven", "million" for "billion"), a negation ("will not have"),
# an ordinal ("third weekend") or any other word is news, and stays an event of its own
EDIT_WORDS = 10
_EDITS = frozenset({"will", "would", "is", "was", "are", "were", "has", "have", "had", "be",
                    "been", "says", "said", "can", "could", "may", "might", "shall", "should",
                    "a", "an", "the", "that"})
_YEAR = re.compile(r"\b\d{4}\b")
_TOKEN = re.compile(r"\$?\w+(?:[’'.,%-]+\w+)*%?")


def _tokens(sentence: str) -> list[str]:
    return _TOKEN.findall(sentence.lower())


def _content(words: list[str]) -> tuple[str, ...]:
    """The words an edit may not change, in order."""
    return tuple(w for w in words if w not in _EDITS)


def same_telling(a: list[str], b: list[str]) -> bool:
    """Are two sentences' words (see :func:`_tokens`) one telling: equal, or apart only by
    tense, modal and article words (see :data:`_EDITS`), at most one in
    :data:`EDIT_WORDS` changed, added or dropped?"""
    if a == b:
        return True
    if _content(a) != _content(b):
        return False
    longest = max(len(a), len(b))
    matched = sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False)
                  .get_matching_blocks())
    return (longest - matched) * EDIT_WORDS <= longest


def _first_told(found: list[Candidate]) -> list[Candidate]:
    """One event for a sentence that reports of the same days repeat word for word, or with
    an update's small edit (see :func:`same_telling`): the earliest report's, whose relative
    dates ("on Thursday") count from the day it was told. Each report dated it from its own
    day: "Tacopina said Thursday ..." was on the timeline on March 30 and on March 31. A date
    with its year is the same day in reports months apart ("... died on Sept. 8, 2022" in six
    reports on a coronation), and a sentence a report repeats (a live blog) is told once. A
    report's lede standing for its publication is never merged."""
    def told(c: Candidate) -> tuple[bool, str]:
        return c.passage.published is None, c.passage.published or ""

    def near(a: Candidate, b: Candidate) -> bool:
        if _YEAR.search(a.expression):
            return True  # "Sept. 8, 2022" is that day whenever it is told
        apart = _days_apart(a.passage.published, b.passage.published)
        return apart is None or apart <= REPEAT_DAYS

    # only sentences with the same date words and the same content can be one telling
    kept: dict[tuple[str, tuple[str, ...]], list[tuple[list[str], Candidate]]] = {}
    drop: set[int] = set()
    for c in sorted(found, key=told):  # stable: a tie keeps the order of retrieval
        if c.lede:
            continue
        words = _tokens(c.sentence)
        same = kept.setdefault((c.expression.lower(), _content(words)), [])
        if any(near(k, c) and same_telling(w, words) for w, k in same):
            drop.add(id(c))
        else:
            same.append((words, c))
    return [c for c in found if id(c) not in drop]


def _days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two dates, or None unless both are whole days."""
    x, y = day_of(a), day_of(b)
    return None if x is None or y is None else abs((x - y).days)


def _near(date: str, published: str) -> bool:
    """Is ``date`` a day within :data:`REPEAT_DAYS` of the report's ``published`` day?"""
    apart = _days_apart(date, published)
    return apart is not None and apart <= REPEAT_DAYS


# a section's heading: a few words, then the year it covers, and no sentence's end ("Bank
# failures in 2023", "Deaths in 2022"). A line that tells a day or what happened ("March
# 2023: Silicon Valley Bank collapses", "Recreational weed becomes legal Sunday") is no
# such heading
_SECTION_HEADING = re.compile(r"^[A-Z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}\s+in\s+\d{4}$")


def is_heading(sentence: str) -> bool:
    """Is ``sentence`` a page's heading of a year's section rather than a sentence of news?"""
    return bool(_SECTION_HEADING.match(sentence.strip()))


# a question about the past presupposes what it asks about ("Why did Simone Biles get a
# deduction during Friday's vault?", "Who won the Super Bowl on Sunday?"); one in the present
# or the perfect asks of now ("How many banks have failed in 2023?")
_PERFECT = re.compile(r"(?i)\b(?:have|has|[’']ve)(?:n[’']t)?\s+(?:\w+\s+)?\w+(?:ed|en)\b")


def asks_of_now(sentence: str) -> bool:
    """Is ``sentence`` a question that tells of no event: a subhead, a link or a promo that
    asks of now ("How many banks have failed in 2023?", "What's the weather today?")?"""
    return asks(sentence) and not in_past_tense(_PERFECT.sub(" ", sentence))


def candidates(passages: list[Passage], mentions: list[TimeMention],
               article_text: dict[str, str]) -> list[Candidate]:
    """Dated sentences of the retrieved passages, one per sentence and date, then each
    article's publication (cited by its lede, or the lede's own dates when it has some);
    furniture left out."""
    out: list[Candidate] = []
    seen: set[tuple[str, int, str]] = set()
    of_article: dict[str, list[TimeMention]] = {}
    for m in mentions:
        of_article.setdefault(m.article_id, []).append(m)
    for p in passages:
        text = article_text[p.article_id]
        for m in of_article.get(p.article_id, []):
            if not (p.start <= m.start and m.end <= p.end):
                continue
            key = (m.article_id, m.sentence_start, m.date)
            sentence = text[m.sentence_start:m.sentence_end].strip()
            if key in seen or is_furniture(sentence) or asks_of_now(sentence) \
                    or is_heading(sentence) \
                    or asks_for_comment(sentence) \
                    or tells_where_to_watch(sentence) or followed_by_credit(text, m.sentence_end):
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
        where = next((p for p in passages if p.article_id == aid and p.start <= a < p.end),
                     first)
        sentence = article_text[aid][a:b]
        own = [m for m in of_article.get(aid, []) if m.sentence_start == a
               and _near(m.date, first.published)]
        if own and not (asks_for_comment(sentence) or tells_where_to_watch(sentence)
                        or asks_of_now(sentence)):
            # the lede dates itself within days of its report ("... on Thursday as members
            # ousted two ..."): that day places the report, not the day it was published. A
            # lede that recalls another time ("Mauna Loa, which last erupted in 1984, is
            # erupting") or tells what is to come ("... starting April 1") still places
            # its report's publication
            for m in own:
                if (aid, a, m.date) not in seen:
                    seen.add((aid, a, m.date))
                    out.append(Candidate(m.date, m.text, a, b, sentence, where, lede=True))
            continue
        out.append(Candidate(first.published, "published", a, b, sentence, where, lede=True))
    return out


# words that may stand in a name without making it a story: "Pope Benedict XVI", "Charles de
# Gaulle", "Ghislaine Maxwell's"
_NAME_GLUE = {"of", "the", "and", "de", "du", "da", "del", "la", "le", "van", "von", "bin", "al"}
_TOPIC_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
# "since 1984", "since its implementation in 2020": a time that runs on to the report
_SINCE = re.compile(r"(?i)\bsince\s+(?:[\w’'-]+\s+){0,3}?(?:in\s+)?$")
# how much of an article's opening stands for the passage of a lede no retrieved passage
# holds: about one stored passage (chunks are about 900 characters)
OPENING_CHARS = 900
# how many calendar years before its report a date must lie to be another story's
BACKGROUND_YEARS = 2


def names_only(topic: str) -> bool:
    """Is the topic a name and nothing else ("Gordon Lightfoot", "Pope Benedict XVI")? Then
    its story is that person's or thing's whole story, and a date decades back is part of
    it. A topic with words for what happened ("Mauna Loa volcano eruption") is a story of
    its reports' time, however it is capitalised ("Mauna Loa Eruption", "Hurricane Ian",
    "Lahaina Fire": a word for an event makes a named event, not a name)."""
    words = [w.removesuffix("’s").removesuffix("'s") for w in _TOPIC_WORD.findall(topic)]
    return bool(words) and all(w[:1].isupper() or w.lower() in _NAME_GLUE for w in words) \
        and not any(part.lower() in EVENT_NOUNS for w in words for part in w.split("-"))


# a year that this share of a timeline's dated sentences (and at least this many) give is
# the story's own time, however long before its reports
STORY_YEAR_SHARE = 0.2
STORY_YEAR_MIN = 3


def story_years(found: list[Candidate]) -> set[str]:
    """The years the coverage keeps returning to: a trial's reports two years on still date
    the shooting they are about ("on May 24, 2022") in sentence after sentence, where a
    report on an eruption recalls 1935 once."""
    years = Counter(c.date[:4] for c in found
                    if c.expression != "published" and c.date[:4].isdigit())
    total = sum(years.values())
    return {y for y, n in years.items()
            if n >= STORY_YEAR_MIN and n >= STORY_YEAR_SHARE * total}


def recalled_from_before(c: Candidate, own: set[str] | None = None) -> bool:
    """Does ``c`` recall a time years before its own report (asked of a topic that is a
    story of now, see :func:`names_only`)? "In 1935, the founder of the Hawaiian Volcano
    Observatory asked the US Army Air Corps to bomb the lava" in a report on Mauna Loa's
    2022 eruption. A time that runs on to the report ("have not erupted together since
    1984") is the story's own, and so is a year the coverage keeps returning to (``own``,
    see :func:`story_years`)."""
    published = c.passage.published
    if c.expression == "published" or not published or not published[:4].isdigit() \
            or not c.date[:4].isdigit() or c.date[:4] in (own or set()):
        return False
    if int(published[:4]) - int(c.date[:4]) < BACKGROUND_YEARS:
        return False
    at = c.sentence.find(c.expression)
    return at < 0 or not _SINCE.search(c.sentence[:at])


# how far (in days) from the topic's main coverage a report and what it tells must lie to be
# another story's: a year. On coverage-real's dev topics the reports labelled as the topic's
# lie at most 135 days from the best-ranked one, the strays 418 days or more.
APART_DAYS = 365


def main_coverage(found: list[Candidate], passages: list[Passage]) -> dt.date | None:
    """The publication day of the topic's main coverage. Of the reports that hold a
    candidate, take the span of ``APART_DAYS`` that holds the most (on a tie, the one with
    the best-ranked report), and the day of its best-ranked report: a stray ranked first
    does not move it, nor does a late follow-up outranking the story's own reports."""
    rank: dict[str, int] = {}
    for i, p in enumerate(passages):
        rank.setdefault(p.article_id, i)
    reports: dict[str, tuple[int, dt.date]] = {}
    for c in found:
        day = day_of(c.passage.published)
        if day is not None:
            reports.setdefault(c.passage.article_id, (rank.get(c.passage.article_id, 0), day))
    best: tuple[tuple[int, int], dt.date] | None = None
    for _, start in reports.values():
        inside = sorted((r, d) for r, d in reports.values()
                        if 0 <= (d - start).days < APART_DAYS)
        key = (len(inside), -inside[0][0])
        if best is None or key > best[0]:
            best = (key, inside[0][1])
    return best[1] if best else None


def apart(found: list[Candidate], anchor: dt.date, days: int = APART_DAYS) -> set[str]:
    """The articles of other times: published ``days`` or more from ``anchor``, and telling
    of nothing in the main coverage's time, nor of a day the main coverage dates. A report
    two years on that dates the story's own day ("on May 24, 2022") is the story's, all of
    it; so is the report of that day when the main coverage dates it; and so are a war's
    reports of 2022 when its reports of 2024 keep returning to that year (see
    :func:`story_years`)."""
    far = {c.passage.article_id for c in found if (p := day_of(c.passage.published)) is not None
           and abs((p - anchor).days) >= days}
    main = [c for c in found if c.passage.article_id not in far]
    years = story_years(main)
    dated = {c.date for c in main if c.expression != "published" and len(c.date) == 10}
    told = set()
    for c in found:
        if c.passage.article_id not in far or not c.date[:4].isdigit():
            continue
        lo, hi = _span(c.date)
        if c.date in dated or (c.expression != "published" and (
                c.date[:4] in years or ((anchor - hi).days < days and (lo - anchor).days < days))):
            told.add(c.passage.article_id)
    return far - told



def _span(date: str) -> tuple[dt.date, dt.date]:
    """The first and last day of an ISO date, month or year."""
    parts = [int(x) for x in date.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        y, m = parts
        nxt = dt.date(y + m // 12, m % 12 + 1, 1)
        return dt.date(y, m, 1), nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def build(topic: str, passages: list[Passage], mentions: list[TimeMention],
          article_text: dict[str, str], judge: Judge | None = None) -> Timeline:
    """Events from the sentences of the retrieved passages, oldest first, and apart from
    them the background they recall. With a ``judge``, only the candidates it keeps (see
    :mod:`assistant.answer.relevance`)."""
    found = candidates(passages, mentions, article_text)
    if judge is not None and found:
        keep = judge([c.sentence for c in found], [c.passage for c in found])
        # a report's own date is cited by its lede; a lede outside every retrieved passage
        # is judged in its article's opening, as if that were the passage found: the
        # passage found speaks for it no more than for any other line (a digest's first
        # item is another story)
        off = [i for i, c in enumerate(found) if keep[i] and c.lede
               and not (c.passage.start <= c.start and c.end <= c.passage.end)]
        if off:
            # judged beside the passages found in those articles, whose best match to the
            # topic stands for the article's
            mates = [c for c in found if c.passage.article_id
                     in {found[i].passage.article_id for i in off}]
            alone = judge([c.sentence for c in mates] + [found[i].sentence for i in off],
                          [c.passage for c in mates]
                          + [_opening(found[i], article_text[found[i].passage.article_id])
                             for i in off])[len(mates):]
            for i, k in zip(off, alone, strict=True):
                keep[i] = k
        found = [c for c, k in zip(found, keep, strict=True) if k]
    # after the judge: a repeat in a report it keeps stands for one in a report it drops
    found = _first_told(found)
    # a story of now has its time: a report a year or more from its main coverage, telling
    # of nothing in that time, is another story in its words; a name's story is all its life
    name = names_only(topic)
    anchor = None if name else main_coverage(found, passages)
    other = apart(found, anchor) if anchor is not None else set()
    strays = [c for c in found if c.passage.article_id in other]
    found = [c for c in found if c.passage.article_id not in other]
    start = frame_start(topic)
    # the topic names when its story starts ("the Japan earthquake of March 2022"): what
    # happened before then is background, not an event of it (a month-day of unknown year
    # may be either); so is what a story of now recalls from years before its reports
    own = None if name else story_years(found)
    earlier = [(start is not None and not c.date.startswith("--")
                and ends_before(c.date, start))
               or (own is not None and recalled_from_before(c, own)) for c in found]
    events = _events([c for c, e in zip(found, earlier, strict=True) if not e])
    background = _events([c for c, e in zip(found, earlier, strict=True) if e])
    elsewhere = _events(strays)
    for i, e in enumerate([*events, *background, *elsewhere], start=1):
        e.citation.n = i
    return Timeline(topic=topic, events=events, background=background, apart=elsewhere,
                    passages=passages)


def _opening(c: Candidate, text: str) -> Passage:
    """The opening of the candidate's article, about a passage long, ending on a sentence,
    as a passage of its own (its article's headline kept)."""
    end = c.end
    for _, b in sentence_spans(text):
        if b > OPENING_CHARS:
            break
        end = max(end, b)
    return c.passage.model_copy(update={"chunk_id": f"{c.passage.chunk_id}@opening",
                                        "text": text[:end], "start": 0, "end": end})


def _events(found: list[Candidate]) -> list[Event]:
    events = [Event(date=c.date, expression=c.expression, citation=Citation(
        n=0, article_id=c.passage.article_id, title=c.passage.title, outlet=c.passage.outlet,
        published=c.passage.published, url=c.passage.url, quote=c.sentence,
        start=c.start, end=c.start + len(c.sentence)))
        for c in found]
    events.sort(key=lambda e: (*sort_key(e.date), e.expression == "published"))
    return events
