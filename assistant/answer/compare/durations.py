"""Durations that are not the one asked: the length of another thing ("a 40-hour
turnaround" for how long a mission lasted), or a time until something to come ("expected
in 5 years").
"""

from __future__ import annotations

import re

from assistant.answer.compare.asked import Asked
from assistant.answer.compare.text import _clause_bounds
from assistant.nlp.quantities import Quantity
from assistant.nlp.tokens import STOPWORDS, same_word, stem

_ATTRIBUTIVE_SPAN = re.compile(r"\d+(?:\.\d+)?-(?:second|minute|hour|day|week|month|year)s?$",
                               re.I)
_NOUN_AFTER = re.compile(r"(?:-long)?\s+(?:[a-z]+-)?(?P<noun>[A-Za-z][\w’'-]*)")


def _length_of_another_thing(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Is the duration ``q`` written as the length of a noun the question does not ask of
    ("a less than 40-hour turnaround" for how long a mission lasted, where "the 10-day
    mission" answers)?"""
    if not _ATTRIBUTIVE_SPAN.search(q.text):
        return False
    m = _NOUN_AFTER.match(sentence, q.start + len(q.text))
    if m is None:
        return False
    noun = stem(m["noun"].lower())
    asked_words = {stem(w.lower()) for w in asked.words}
    if any(noun in group and asked_words & group for group in _ONE_LENGTH):
        return False
    return noun not in STOPWORDS and not any(same_word(noun, w) for w in asked_words)


# nouns that name one span in other words ("a 25.5-day journey" is the mission's length)
_ONE_LENGTH = [{stem(w) for w in group} for group in (
    ("mission", "journey", "trip", "flight", "voyage", "expedition", "tour", "stay", "visit",
     "spaceflight"),
    ("strike", "walkout", "stoppage", "lockout"),
    ("outage", "blackout", "shutdown"),
    ("term", "tenure", "reign", "stint"))]


_IN_TIME = re.compile(r"(?i)\b(?:in|within)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|"
                      r"the\s+next\s+)?$")
_WILL = re.compile(r"(?i)\b(?:will|would|could|may|might|expected|expects?|plans?|planned|hopes?|"
                   r"aims?|projected|set\s+to|going\s+to)\b")


def _time_until(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Is the duration ``q`` a time until something to come ("our first calves expected in
    5 years"), not a length of what the question asks ("How long has the tiger been
    extinct?")? "hasn't roamed Earth in nearly 100 years" is a length: no cue of the future
    in its clause. A question of the future ("How soon will ...") takes it."""
    if _WILL.search(asked.plain_words) or not _IN_TIME.search(sentence, 0, q.start):
        return False
    lo, hi = _clause_bounds(sentence, q.start, q.start + len(q.text))
    return bool(_WILL.search(sentence, lo, hi))
