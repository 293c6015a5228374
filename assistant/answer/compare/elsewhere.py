"""Values told of another place, time, event or member of a family than the question's:
"in Florida alone", a clause that recalls the past, "the 1999 Jiji earthquake that killed
2,400", "In 2023, ..." for a question of 2024, a list item under another heading, "BA.5 at
3.7%" for BA.2.
"""

from __future__ import annotations

import re

from assistant.answer.compare.asked import _CHANGE, Asked
from assistant.answer.compare.text import _NAME_WORD, _YEAR_IN, _clause_bounds, _identifiers
from assistant.nlp.quantities import Quantity

# a clause that recalls the past: a value in it is an earlier reading, not the current one
_RECALLED = re.compile(r"(?i)\b(?:back when|at the time|previously|previous|earlier|formerly|"
                       r"used to|had been|at the start of|prior to|years? ago|months? ago|"
                       r"weeks? ago|days? ago|"
                       r"the last time|once had)\b")
# a time that heads the sentence sets all of it in the past: "Two weeks ago, Schumer and
# Manchin were nearing a deal on $375 billion"
_RECALLED_LEAD = re.compile(r"(?i)^\W*(?:(?:[\w-]+\s+){0,2}(?:years?|months?|weeks?|days?)\s+"
                            r"ago|previously|earlier this (?:week|month|year)|last (?:week|"
                            r"month|year)|at the time)\s*,")
# "died ... in Florida alone": a count or sum for one part of the story's whole (one state
# of a hurricane's path, one year of a longer count), which answers only a question that
# names that part
_ALONE = re.compile(r"\b(?:in|for|from|at)\s+(?P<part>(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}"
                    r"[A-Z0-9][\w.’'-]*)\s+alone\b")


_IN_PLACE = re.compile(r"\bin\s+(?P<part>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})")


def _told_for_unasked(asked: Asked, sentence: str, q: Quantity, part: re.Pattern[str]) -> bool:
    """Does ``q``'s clause name, by ``part``, a part the question does not name: one place
    alone (``_ALONE``: "66 people ... died in Florida alone"), or any place (``_IN_PLACE``:
    "four were killed in North Carolina")?"""
    lo, hi = _clause_bounds(sentence, q.start, q.start + len(q.text))
    return any(not set(m["part"].lower().split()) - {"the"} <= asked.lower_words
               for m in part.finditer(sentence, lo, hi))
_FROM = re.compile(r"(?i)\bfrom\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$")
_TO = re.compile(r"(?i)(?:\s+[a-z]+){0,2}?\s+to\s+(?:about\s+|around\s+|nearly\s+|roughly\s+"
                 r"|more than\s+|over\s+)?(?:US)?[$€£¥]?\d")


def recalled(sentence: str, start: int, end: int) -> bool:
    """Does the value at ``sentence[start:end]`` sit in a clause that recalls the past, or
    is it where a change started ("up from $9.99 to $10.99")?"""
    if _FROM.search(sentence, 0, start) and _TO.match(sentence, end) \
            and _CHANGE.search(sentence, max(0, start - 80), start):
        return True
    a, b = _clause_bounds(sentence, start, end)
    return bool(_RECALLED.search(sentence, a, b) or _RECALLED_LEAD.match(sentence))
# how many years before its report a year in a count's clause must be for the count to be of
# another event: a statistic may lag its report by a year or two ("increased 71% between
# 2010 and 2020 to about 1.1 million" in 2022), a disaster recalled does not
PAST_EVENT_YEARS = 3
_SINCE = re.compile(r"(?i)\bsince\s+(?:(?:early|late|mid|the)\s+)?$")


# an event a sentence names: "the Valdivia earthquake", "Hurricane Ian", "the Camp Fire"
_EVENT_NOUNS = (r"(?:earthquakes?|quakes?|tsunamis?|hurricanes?|typhoons?|cyclones?|storms?|"
                r"tornado(?:es)?|floods?|flooding|fires?|wildfires?|blizzards?|eruptions?|"
                r"shootings?|bombings?|derailments?|crashe?s?|outbreaks?)")
_NAMED_EVENT = re.compile(r"\b(?P<name>(?:[A-Z][\w’'.-]+\s+){1,2}?)" + _EVENT_NOUNS + r"\b|"
                          r"\b(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm|Winter Storm)"
                          r"\s+(?P<after>[A-Z][\w’'-]+)")
_NOT_EVENT_NAME = {"the", "a", "an", "this", "that", "last", "monday", "tuesday", "wednesday",
                   "thursday", "friday", "saturday", "sunday", "january", "february", "march",
                   "april", "may", "june", "july", "august", "september", "october",
                   "november", "december", "deadly", "major", "massive", "big", "great"}


def _names_another_event(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Does ``sentence``, before the value ``q``, name an event by a name the question does
    not use ("the Valdivia earthquake ..., and 3,000 people were reported injured", "Hurricane
    Ian killed 150" for "How many people did Hurricane Beryl kill?"), and none by the
    question's own names? Then the value is that other event's. One named after the value
    ("killed 41,000, surpassing the 1999 Izmit earthquake") is only compared with."""
    own = asked.lower_words
    names = []
    for m in _NAMED_EVENT.finditer(sentence, 0, q.start):
        words = [re.sub(r"[’']s?$", "", w.lower())
                 for w in (m.group("name") or m.group("after")).split()]
        words = [w for w in words if w not in _NOT_EVENT_NAME]
        if words:
            names.append(words)
    return bool(names) and not any(w in own for ws in names for w in ws)


_BULLETS = " \t•*·▪–—-"


def _under_another_heading(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Is the value ``q`` under a short heading before a colon that names nothing the
    question names, in a bulleted or dated list of places or events: "• Kentucky: Three
    people have died in the state" for the deaths in Erie County, New York; "June 2022 in
    Afghanistan: More than 1,100 people died"? "• New York: Erie County has had three
    storm-related deaths" is under the question's own heading."""
    colon = sentence.find(":")
    if not 0 < colon < q.start:
        return False
    lead = len(sentence) - len(sentence.lstrip(_BULLETS))
    heading = sentence[lead:colon]
    if not (sentence[:lead].strip() or _YEAR_IN.search(heading)):
        return False  # an item of a list, bulleted or dated; not "White House: Federal ..."
    said = _NAME_WORD.findall(heading)
    if not said or len(said) > 5 or not any(w[:1].isupper() for w in said):
        return False
    return not any(w.lower() in asked.lower_words for w in said if w[:1].isupper())


def _set_in_another_year(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Does a question that names its year meet ``q`` in a sentence set in another: "In
    2023, Spotify increased the price ... to $10.99" for "... after the 2024 price
    increase?" The last year before the value says when; "since 2011" sets nothing."""
    before = [m.group(0) for m in _YEAR_IN.finditer(sentence, 0, q.start)
              if not _SINCE.search(sentence, 0, m.start())]
    return bool(asked.years and before and before[-1] not in asked.years)


def _of_past_year(asked: Asked, sentence: str, q: Quantity, published: str | None) -> bool:
    """Is the count ``q`` the toll of an event of years before the report? The latest year
    before it in its clause is at least :data:`PAST_EVENT_YEARS` before the report ("the
    1999 Jiji earthquake that killed over 2,400 people", "Taiwan's largest since the 1999
    Jiji earthquake that killed ..."), or a date of an earlier year heads the sentence
    before a colon, as in a list of past events ("June 2022 in Afghanistan: More than 1,100
    people died"). A year the question names is no other time."""
    if not published or not published[:4].isdigit():
        return False
    now = int(published[:4])
    asked_years = set(asked.years)
    a, _ = _clause_bounds(sentence, q.start, q.end)
    years = [int(y) for y in _YEAR_IN.findall(sentence, a, q.start) if y not in asked_years]
    if years and max(years) <= now - PAST_EVENT_YEARS:
        return True
    colon = sentence.find(":")
    head = [int(y) for y in _YEAR_IN.findall(sentence, 0, colon) if y not in asked_years] \
        if 0 < colon < q.start else []
    return bool(head) and max(head) < now


def _another_of_the_kind(asked: Asked, sentence: str) -> bool:
    """Does ``sentence`` name another of a family the question names one of, and not the
    question's ("BA.5 at 3.7%" for the share of BA.2), or only others of the shape of a
    dotted name the question names ("BA.5" for BQ.1.1)? Its values are that other one's."""
    if not asked.ids:
        return False
    said = _identifiers(sentence)
    # a variant-like name ("BQ.1.1") has kin in other families too: a sentence naming only
    # others of its shape ("BA.5 ... more than 54%") tells of those
    mine = {n for names in asked.ids.values() for n in names if "." in n}
    theirs = {n for names in said.values() for n in names if "." in n}
    if mine and theirs and not mine & theirs:
        return True
    return any(said.get(family, set()) - set(names) and not said.get(family, set()) & set(names)
               for family, names in asked.ids.items())
