"""Closed classes of places: the world's countries and the US states (lists in ``lexicon``).

"Which country" and "which state" ask for a member of a closed list, so a sentence fits such
a question only when it names a member the question does not already name. Any capitalised
name fits an open class ("which city", "where"); see ``answertype.fits``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from assistant.nlp.lexicon import COUNTRIES, US_STATES

PlaceClass = Literal["country", "state"]

# "which (European) country", "what US state", "which African nations"; not "which group of
# countries" (an organisation answers that), "which state-owned firm" or "state of emergency"
_ASKS = re.compile(
    r"\b(?:which|what)\s+(?:(?!of\b)[\w.’'-]+\s+){0,2}?"
    r"(?P<noun>countries|country|nations|nation|states|state)\b(?![-’']|\s+of\b)",
    re.I,
)


def asked_class(question: str) -> PlaceClass | None:
    """The closed class of place ``question`` asks for, if any."""
    m = _ASKS.search(question)
    if not m:
        return None
    return "state" if m.group("noun").lower().startswith("state") else "country"


@lru_cache(maxsize=2)
def _pattern(cls: PlaceClass) -> re.Pattern[str]:
    names = sorted(US_STATES if cls == "state" else COUNTRIES, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    # case-sensitive: "us" and "turkey" are words; a dotted abbreviation ends without \b
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w]|\.\w)")


def names_in(text: str, cls: PlaceClass) -> set[str]:
    """The members of ``cls`` that ``text`` names (as written)."""
    return {m.group(0) for m in _pattern(cls).finditer(text)}


def names_new(sentence: str, question: str, cls: PlaceClass) -> bool:
    """Does ``sentence`` name a member of ``cls`` that ``question`` does not name?"""
    low = question.lower()
    return any(not re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", low)
               for n in names_in(sentence, cls))
