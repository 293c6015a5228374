"""Closed classes of places: the world's countries and the US states (lists in ``lexicon``).

"Which country" and "which state" ask for a member of a closed list, so a sentence fits such
a question only when it names a member the question does not already name. Any capitalised
name fits an open class ("which city", "where"); see ``answertype.fits``.

Names are compared as the country or state they name: "US", "U.S.", "United States" and
"America" are one country, so a sentence about "the United States" adds nothing to a
question about travel "to the U.S.".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from assistant.nlp.lexicon import COUNTRIES, US_STATES

PlaceClass = Literal["country", "state"]

# "which (European) country", "what US state", "which U.S. state", "which African nations";
# not "which group of countries" (an organisation answers that), "which state-owned firm",
# "state of emergency", "which country's embassy"
_ASKS = re.compile(
    r"\b(?:which|what)\s+(?:(?!of\b)[\w.’'-]+\s+){0,2}?"
    r"(?P<noun>countries|country|nations|nation|states|state)\b(?![-’']|\s+of\b)"
    r"(?:\s+(?P<next>[\w’'-]+))?",
    re.I,
)
# a place noun that modifies a person or a body asks for that person or body: "which country
# singer", "which state senator", "what state agency", "which state capital" (a city)
_MODIFIED = frozenset(
    "singer singers star stars music musician musicians artist artists band bands song songs "
    "senator senators lawmaker lawmakers legislator legislators legislature official "
    "officials agency agencies department departments police trooper troopers university "
    "universities college colleges school schools park parks fair fairs capital capitals "
    "media broadcaster television tv attorney attorneys governor governors representative "
    "representatives leader leaders team teams champion champions club clubs court courts "
    "prison prisons house senate assembly bank banks company companies firm firms airline "
    "airlines".split())

# the several names of one place: compared as the first of each group
_ALIASES = (
    ("United States", "US", "U.S.", "USA", "U.S.A.", "America"),
    ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    ("Turkey", "Türkiye"), ("Myanmar", "Burma"), ("Czechia", "Czech Republic"),
    ("Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire", "Cote d’Ivoire", "Ivory Coast"),
    ("Netherlands", "Holland"), ("Timor-Leste", "East Timor"), ("Cabo Verde", "Cape Verde"),
    ("North Macedonia", "Macedonia"), ("South Korea", "Korea"),
    ("Bosnia and Herzegovina", "Bosnia"),
)
_CANONICAL = {alias.lower(): group[0].lower() for group in _ALIASES for alias in group}
# where a member's name is part of another name: "New Mexico", "the Gulf of Mexico", "New
# England", "The Washington Post", "Washington, D.C.", "Jordan Peterson", "Chad Smith"
_NOT_BEFORE = r"(?<!\bNew )(?<!\bGulf of )"
_NOT_AFTER = (r"(?!\w|\.\w)"
              r"(?!(?<=Washington)(?:\s+(?:Post|Times|Examiner|Commanders|Nationals|Wizards|"
              r"Capitals|Mystics|Monthly)\b|,?\s+D\.?C\b))"
              r"(?!(?<=Jordan)\s+[A-Z][a-z])(?!(?<=Chad)\s+[A-Z][a-z])")


def asked_class(question: str) -> PlaceClass | None:
    """The closed class of place ``question`` asks for, if any."""
    m = _ASKS.search(question)
    if not m or (m.group("next") or "").lower() in _MODIFIED:
        return None
    return "state" if m.group("noun").lower().startswith("state") else "country"


@lru_cache(maxsize=4)
def _pattern(cls: PlaceClass, sentence_case: bool) -> re.Pattern[str]:
    names = (list(US_STATES) if cls == "state"
             else [*COUNTRIES, *(alias for group in _ALIASES for alias in group)])
    if cls == "country" and not sentence_case:
        # a lower-cased question cannot tell "us" the pronoun from the US
        names = [n for n in names if n.lower() not in ("us", "u.s", "us.")]
    alternatives = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    flags = 0 if sentence_case else re.I
    # in a sentence, as written: "us" and "turkey" are words; a dotted abbreviation ends
    # without \b
    return re.compile(rf"(?<![\w.]){_NOT_BEFORE}(?:{alternatives}){_NOT_AFTER}", flags)


def _members(text: str, cls: PlaceClass, sentence_case: bool = True) -> set[str]:
    found = (m.group(0).lower() for m in _pattern(cls, sentence_case).finditer(text))
    return {_CANONICAL.get(n, n) for n in found}


def names_in(text: str, cls: PlaceClass) -> set[str]:
    """The members of ``cls`` that ``text`` names, lower-cased, each by one name ("the U.S."
    and "America" are both "united states")."""
    return _members(text, cls)


def names_new(sentence: str, question: str, cls: PlaceClass) -> bool:
    """Does ``sentence`` name a member of ``cls`` that ``question`` does not name?"""
    asked = _members(question, cls, sentence_case=not question.islower())
    return bool(names_in(sentence, cls) - asked)
