"""Which of an account's readings leads it: its newest that answers about as well as its
best (by the answer model), a headline that states the figure, the peak for a question of
a peak, the earliest date for "the first time", the date most of its reports give for what
is settled.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.answer.compare.accounts import Reading
from assistant.answer.compare.dates import _day
from assistant.answer.compare.text import _ISO_DAY, _numbers
from assistant.answer.compare.values import _TOLD_HIGH, _TOLD_LOW
from assistant.answer.extractive import ScoredSentence
from assistant.nlp.quantities import Quantity
from assistant.types import Passage


@dataclass
class _Headline(ScoredSentence):
    """An article's headline as a candidate: its citation quotes the title."""

    field: str = "title"


# the kinds a headline may answer: it states the news' figure ("sentenced to 20 years",
# "Death toll tops 41,000"); a year in it dates the headline, not the event
_HEADLINE_KINDS = {"count", "money", "percent", "duration", "age"}


@dataclass
class _Found:
    """An article's value for a slot: the sentence that gives it, as shown, as meant."""

    candidate: ScoredSentence
    shown: str
    meaning: Quantity | str
    published: str | None
    recalled: bool = False  # from a clause that recalls the past (see current_values)


def _background(meaning: Quantity | str, got: list[Reading] | None) -> bool:
    """Is ``meaning`` a date a year or more before the report that gives it?"""
    if not isinstance(meaning, str) or not got or not got[0].published:
        return False
    day, told = _day(meaning), _day(got[0].published[:10])
    return day is not None and told is not None and (told - day).days >= 365


# a newer report's value leads its account only when its sentence is at least this share as
# likely to answer as the account's best: "reduced from 70,000 to less than 5,000 customers"
# in the next day's follow-up does not supersede "at the peak, more than 70,000 customers"
LEAD_SHARE = 0.5


def _likely(f: _Found, group: list[Passage], probs: dict[tuple[str, int], float],
            strongest: dict[str, float]) -> float:
    """How likely the answer model finds the sentence of ``f`` to answer; a headline answers
    as well as its article's best sentence."""
    article = group[f.candidate.passage_no].article_id
    if isinstance(f.candidate, _Headline):
        return strongest.get(article, 0.0)
    return probs.get((article, f.candidate.start), 0.0)


def _lead(found: list[_Found], group: list[Passage],
          probs: dict[tuple[str, int], float] | None,
          strongest: dict[str, float], settled: bool = False,
          as_asked: Callable[[str], bool] | None = None,
          earliest: bool = False, binds: frozenset[str] = frozenset(),
          extreme: str | None = None) -> list[_Found]:
    """An account's values, newest first, with the one that leads it first: the newest whose
    sentence answers the question about as well as the account's best (a later report
    supersedes an earlier figure only when it reports the figure asked for; a headline that
    states it always does). Without the answer model's ``probs`` (by article id and sentence
    start, see :func:`compare`), simply the newest.

    A ``settled`` value (the date of something that happened, or is fixed) is not news that
    a later report replaces: there the date most of the account's reports give leads, the
    newest of those first (a campaign launch "Wednesday, May 24" in most reports, before a
    newer report's "last week" that resolves to another day).

    With ``as_asked`` (for dates: does a sentence use the question's verb?), a reading
    whose sentence says the asked action leads before one that only names the event: "will
    be played Sunday, Feb. 12" dates the game, "the kickoff to Super Bowl LVII" on Feb. 6
    another part of its week.

    ``earliest`` (the question asks when something was done the first time): the account's
    earliest date leads ("its first recall" is the Dec. 15 one, not the Jan. 11 expansion
    a newer report tells of)."""
    newest = found
    if extreme is not None and len(found) > 1:
        # "What record high did gas reach?": the account's highest reading, however old, of
        # those told as the peak ("after hitting a high of $5.02"), or, if none is, of those
        # whose sentences answer about as well as its best (not "$2 billion more" in costs)
        sums = [f for f in found if isinstance(f.meaning, Quantity)]
        told = [f for f in sums if _told_as(f, extreme)]
        pool = told or _answering(sums, group, probs, strongest)
        if pool:
            peak = (max if extreme == "high" else min)(
                pool, key=lambda f: f.meaning.value if isinstance(f.meaning, Quantity) else 0)
            return [peak] + [f for f in found if f is not peak]
    if earliest:
        # of the readings that say the asked action, if any do; a vaguer date that holds a
        # more exact one ("December 2023", "Dec. 15, 2023") after it
        dated = [f for f in found if isinstance(f.meaning, str) and f.meaning[:1].isdigit()]
        dated = [f for f in dated if as_asked is None or as_asked(f.candidate.text)] or dated
        dated.sort(key=lambda f: (str(f.meaning)[:10].ljust(10, "0"), -len(str(f.meaning))))
        if dated:
            return [dated[0]] + [f for f in found if f is not dated[0]]
    if settled and len(found) > 1:
        dates = [f.meaning if isinstance(f.meaning, str) else None for f in found]
        votes = {m: dates.count(m) for m in dates if m is not None}
        top = max(votes.values(), default=0)
        if top > 1 and list(votes.values()).count(top) == 1:
            found = [f for f, m in zip(found, dates, strict=True) if m and votes[m] == top] \
                + [f for f, m in zip(found, dates, strict=True) if not (m and votes[m] == top)]
    if len(found) < 2:
        return found
    # a reading whose sentence names the numbers the question names leads before those that
    # do not ("3,800 steps a day ... by 25%" before a newer report's "10,000 steps ... 50%")
    able = [f for f in found if _binds(f, binds)] if binds else []
    able = _answering(able or found, group, probs, strongest)
    if as_asked is not None:
        able = [f for f in able if as_asked(f.candidate.text)] or able
    # a date question asks for a day: a reading that names one leads before a year or month
    # the newest report mentions in passing ("walked the Met Gala steps in 2022")
    # ("last week" stands for its Monday, but names no day)
    able = [f for f in able if _names_day(f.meaning) and not _WEEK_ONLY.search(f.shown)] \
        or able
    lead = able[0] if able else found[0]
    # a vaguer date that holds a more exact one ("2023 (this year)" and "2023-03-10
    # (Friday)") is no later news: the exact one leads
    if isinstance(lead.meaning, str):
        exact = [f for f in able if isinstance(f.meaning, str) and f is not lead
                 and len(f.meaning) > len(lead.meaning) and f.meaning.startswith(lead.meaning)]
        lead = exact[0] if exact else lead
    return [lead] + [f for f in newest if f is not lead]


def _told_as(f: _Found, extreme: str) -> bool:
    """Is the reading of ``f`` told as a peak ("a high of $5.02") or a trough?"""
    q = f.meaning
    told = _TOLD_HIGH if extreme == "high" else _TOLD_LOW
    return isinstance(q, Quantity) and bool(told.search(f.candidate.text, max(0, q.start - 30),
                                                        q.start))


def _answering(found: list[_Found], group: list[Passage],
               probs: dict[tuple[str, int], float] | None,
               strongest: dict[str, float]) -> list[_Found]:
    """The readings whose sentences are at least ``LEAD_SHARE`` as likely to answer as the
    best of them (all of them without the answer model)."""
    if probs is None or not found:
        return found
    best = max(_likely(f, group, probs, strongest) for f in found)
    return [f for f in found if isinstance(f.candidate, _Headline)
            or _likely(f, group, probs, strongest) >= LEAD_SHARE * best]


_WEEK_ONLY = re.compile(r"(?i)\((?:earlier |later )?(?:last|this|next) week\)$")


def _names_day(meaning: Quantity | str) -> bool:
    """Is ``meaning`` a date to the day (not a year or month, nor a quantity)?"""
    return isinstance(meaning, str) and bool(_ISO_DAY.fullmatch(meaning))


def _binds(f: _Found, given: frozenset[str]) -> bool:
    """Does the sentence of ``f`` name the numbers the question names, besides its value
    ("6 hours" is not bound to the "Jan. 6" of a question by its own 6)?"""
    text = f.candidate.text
    if isinstance(f.meaning, Quantity) and f.candidate.text[f.meaning.start:].startswith(
            f.meaning.text):
        text = text[:f.meaning.start] + " " + text[f.meaning.start + len(f.meaning.text):]
    return given <= _numbers(text)
