"""Counts that are not the count asked: a part of a larger group ("among them 12 children"),
the whole a part is taken of ("half of its 7,500 workers"), a place's population, another
kind of casualty ("78 people were trapped" for the injured), or an increment ("two new
cases").
"""

from __future__ import annotations

import re

from assistant.answer.compare.asked import Asked, _casualties
from assistant.answer.compare.text import _clause
from assistant.nlp.quantities import Quantity
from assistant.nlp.tokens import same_word, stem

# a place's population ("the country's 22 million people", "a city of 40,000 people") is
# what it is, not what happened to it: no count of the injured, the evacuated or the dead
_POPULATION = re.compile(r"(?i)\b(?:country|nation|city|state|island|region|province|town|"
                         r"village|county|capital)(?:['’]s|\s+of)\s+(?:(?:about|some|nearly|"
                         r"around|more than|over|roughly|almost|an estimated)\s+)?$")
# ... or what follows a count of people: "more than 2.5 million people living within 50km of
# the epicentre"
_LIVING = re.compile(r"(?i)\s+(?:who\s+)?(?:live|lives|living|reside|resides|residing)\b")
# what a population counts ("the state's 4,000 National Guard troops" are no population)
_PEOPLE = {stem(w) for w in ("people", "persons", "residents", "inhabitants", "citizens", "souls")}
# a count introduced as part of a larger group: "included at least 19 foreign nationals",
# "among them 12 children", "including five students"
_PART = re.compile(r"(?i)\b(?:includ(?:ed|ing|es)|among(?:\s+(?:them|whom|the\s+\w+))?)\s+"
                   r"(?:(?:at least|more than|about|some|nearly|as many as)\s+)?$")


# what comes before a count that makes it the whole a part is taken of: "Out of the 17
# weather-related fatalities recorded across New York, 16 were in Erie County", "half of the
# company's workforce of more than 7,500 full-time employees", "13% of its 7,500 workers"
# (not "Two of the 12 killed were children": there the 12 are the toll asked)
_WHOLE = re.compile(r"(?i)\b(?:out\s+of|(?:half|a\s+third|a\s+quarter|two-thirds|most|"
                    r"\d[\d,.]*%|\w+\s+percent)\s+of|"
                    r"(?:workforce|staff|work\s+force|headcount)\s+of)\s+(?:(?:the|its|their|"
                    r"his|her|a)\s+)?(?:[\w.-]+['’]s\s+)?(?:(?:about|more than|nearly|roughly|"
                    r"some|over|almost|around)\s+)?$")
# words between a count's number and its noun that make it a part, not the whole: "two new
# cases", "the two remaining candidates" ("more", "additional" and "extra" already make
# find_quantities drop the count)
_PARTIAL = {"new", "newly", "further", "fresh", "remaining", "other"}
# verbs whose count is of new things by nature: "added 303,000 new jobs"
_MAKING = {"add", "creat", "hire", "build", "built", "gain", "open", "launch", "sign", "enrol",
           "produc", "releas", "introduc", "win", "won"}


# a count of the dead and the hurt together: "A total of 45 people died or were injured"
_EITHER = re.compile(r"(?i)\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:died|killed|dead|"
                     r"injured|wounded|hurt)\s+(?:or|and/or)\s+(?:(?:were|was)\s+)?(?:died|"
                     r"killed|dead|injured|wounded|hurt)\b")


def _other_casualty(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Does the count ``q`` count another kind of casualty than the question asks: "78
    people were trapped" or "rescued six people" for "How many people were injured?" The
    count's clause names another class and not the question's."""
    want = asked.casualty
    if not want:
        return False
    said = _casualties(_clause(sentence, q))
    return bool(said) and not said & want


# nouns (as stems) that count the same things: an indictment's "counts" are its "charges"
_SAME_NOUN: dict[str, tuple[str, ...]] = {"count": ("charg",), "charg": ("count",)}


_CUMULATIVE = re.compile(r"(?i)\b(?:bring(?:s|ing)?|brought|boost(?:s|ed|ing)?|rais(?:es|ed|ing)|"
                         r"tak(?:es|ing)|took|lift(?:s|ed|ing)?|push(?:es|ed|ing)?)\b"
                         r"(?:\s+[\w’'-]+){0,3}?\s+to\s+(?:about\s+|around\s+|nearly\s+|"
                         r"roughly\s+|more\s+than\s+|over\s+|almost\s+)?$")


def _part_of_count(asked: Asked, q: Quantity) -> bool:
    """Does the count ``q`` count a part of what the question asks, or another's: "two new
    cases" for "How many cases ...?" (an increment), "10,000 Cricket Wireless customers" for
    "How many AT&T customers ...?"."""
    between = q.qualifiers
    # the question's own words in lower case: "New" in "New York" asks for no new cases
    asked_stems = {stem(w) for w in asked.words if w.islower()}
    if asked.verb not in _MAKING and any(
            w in _PARTIAL and not any(same_word(stem(w), a) for a in asked_stems)
            for w in between):
        return True
    names = [w.lower() for w in between
             if w[:1].isupper() and w.lower() not in asked.lower_words]
    return bool(asked.owner and names)
