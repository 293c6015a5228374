"""What kind of thing a question asks for, and whether a sentence holds one.

"How long" asks for a duration, "how many" for a number, "when" for a date, "which team"
for an organisation, "which country" or "where" for a place, "who" or "which actor" for a
person, "what did X say" for reported speech, "which ..." or "what is the name of ..." for a
name. A sentence fits a name-like kind when it holds a capitalised name the question does
not already contain (the answer is new information, not the question's own subject); for
"which country" or "which state" that name must be a country or a US state (``places``).

Patterns only: spaCy's entity types were measured against these (eval/studies, answer
selection on newsbench-dev) and added nothing to answer accuracy, at a 2-second load.
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.nlp import places
from assistant.nlp.lexicon import MONTHS, WEEKDAYS

Kind = Literal["duration", "money", "number", "date", "person", "place", "organisation", "name",
               "speech"]

NUM_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|"
             r"hundred|hundreds|thousand|thousands|million|millions|billion|billions|half")
_UNITS = r"hour|minute|second|day|week|month|year|percent|%|mile|kilometer|dollar|\$|euro|pound"
NUMBER = re.compile(rf"\d|\b(?:{NUM_WORDS})\b", re.I)
DURATION = re.compile(
    rf"\b(?:\d+|{NUM_WORDS}|an?|several|few)\b[\w\s-]{{0,12}}\b(?:{_UNITS})", re.I
)
# a sum of money: a currency sign or code by a number, or a number with a currency word
_CURRENCY = r"dollars?|euros?|pounds?|yen|yuan|rupees?|cents?|francs?|rubles?|roubles?|pesos?"
MONEY = re.compile(
    rf"[$€£¥]\s?\d|\b(?:USD|EUR|GBP|US\$)\s?\d|"
    rf"\b(?:\d[\d,.]*|{NUM_WORDS})(?:\s+(?:million|billion|thousand|trillion))?\s+(?:{_CURRENCY})\b",
    re.I,
)
DATE = re.compile(
    r"\b(?:" + "|".join(m.capitalize() for m in MONTHS) + "|"
    + "|".join(d.capitalize() for d in WEEKDAYS)
    + r"|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|yesterday|today|tomorrow|(?:19|20)\d\d)\b"
    r"|\blast (?:week|month|year)|\bthis (?:week|month|year)|\blater this\b"
)
SPEECH = re.compile(
    r"\b(?:said|says|say|told|stated|statement|announced|according to|described|called|"
    r"stressed|noted|reported|reports|added|argued|claimed|confirmed|denied|insisted|warned)\b",
    re.I,
)
# a capitalised name, possibly of several words ("Buffalo Bills", "Bank of America"), that
# is not the capitalised first word of the sentence
NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’&.-]*"
                  r"(?:\s+(?:of|the|de|and|&)?\s*[A-Z][\w'’&.-]*)*")

_PLACE = (r"country|countries|state|city|cities|nation|region|town|province|capital|island|"
          r"county|continent|village|port|location|area|neighbo[u]?rhood")
_ORG = (r"company|companies|team|airline|organi[sz]ation|firm|brand|chain|retailer|network|"
        r"agency|university|college|school|club|party|group|bank|automaker|carmaker|newspaper|"
        r"broadcaster|union|store|restaurant|business|giant|maker|manufacturer|outlet|"
        r"publication|studio|league|institution|platform|app|channel|charity")
_PERSON = (r"person|people|actor|actress|singer|player|official|leader|president|star|rapper|"
           r"musician|author|ceo|executive|politician|candidate|senator|governor|judge|athlete|"
           r"celebrity|minister|king|queen|prince|princess|pope|director|comedian|host|coach|"
           r"artist|lawmaker|billionaire|designer|chef|model|writer|founder|owner|figure")
_WHICH = r"\b(?:which|what)\s+(?:\w+\s+){0,2}?"

# (kind, question pattern), first match wins
_KINDS: list[tuple[Kind, re.Pattern[str]]] = [
    ("duration", re.compile(r"\bhow long\b|\bfor how\b", re.I)),
    ("money", re.compile(r"\bhow much\b(?:\s+[\w’'-]+){0,8}?\s+(?:cost|costs|pay|paid|spend|spent|"
                         r"worth|price|priced|charge|charged|fined|raise|raised|earn|earned|"
                         r"owe|owed|sell|sold|budget)\b|\bhow much money\b|"
                         r"\bwhat (?:price|fee|fine|salary)\b", re.I)),
    ("number", re.compile(r"\bhow (?:many|much|old|far|big|large|fast|tall|high)\b|"
                          r"\bwhat (?:percent|percentage|number|share|amount|proportion|"
                          r"fraction|age)\b|\bby how much\b", re.I)),
    ("date", re.compile(r"\bwhen\b|\bwhat (?:date|day|year|month|time)\b|"
                        r"\bin which (?:year|month)\b", re.I)),
    ("place", re.compile(rf"{_WHICH}(?:{_PLACE})\b|\bwhere\b", re.I)),
    ("organisation", re.compile(rf"{_WHICH}(?:{_ORG})\b", re.I)),
    ("person", re.compile(rf"\bwho(?:m|se)?\b|{_WHICH}(?:{_PERSON})\b", re.I)),
    ("speech", re.compile(r"\b(?:say|said|says|describe|described|according|call|called|"
                          r"react|reaction|statement|respond|response)\b", re.I)),
    ("name", re.compile(r"\bwhich\b|\bwhat (?:is|was|were|are) the (?:name|title)\b|"
                        r"\bname of\b|\bcalled\b", re.I)),
]


def answer_kind(question: str) -> Kind | None:
    """The kind of thing ``question`` asks for, or None when no pattern says."""
    for kind, pattern in _KINDS:
        if pattern.search(question):
            return kind
    return None


def new_name(sentence: str, question: str) -> bool:
    """Does ``sentence`` hold a capitalised name that ``question`` does not contain?"""
    q = question.lower()
    return any(m.group(0).lower() not in q for m in NAME.finditer(sentence))


def fits(kind: Kind | None, sentence: str, question: str) -> bool | None:
    """Does ``sentence`` hold the kind of thing asked for? None when no kind is known."""
    if kind is None:
        return None
    if kind == "duration":
        return bool(DURATION.search(sentence))
    if kind == "money":
        return bool(MONEY.search(sentence))
    if kind == "number":
        return bool(NUMBER.search(sentence))
    if kind == "date":
        return bool(DATE.search(sentence))
    if kind == "speech":
        return bool(SPEECH.search(sentence) or '"' in sentence or "“" in sentence)
    if kind in ("place", "name") and (cls := places.asked_class(question)):
        return places.names_new(sentence, question, cls)
    return new_name(sentence, question)
