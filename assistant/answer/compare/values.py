""":func:`slot_values`: the values of the asked kind a sentence gives, less those that tell
of something else (see the modules by kind), in the order they answer.
"""

from __future__ import annotations

import re

from assistant.answer.compare.ages import _someone_elses_age
from assistant.answer.compare.asked import _CHANGE, Asked
from assistant.answer.compare.counts import (
    _CUMULATIVE,
    _EITHER,
    _LIVING,
    _PART,
    _PEOPLE,
    _POPULATION,
    _SAME_NOUN,
    _WHOLE,
    _other_casualty,
    _part_of_count,
)
from assistant.answer.compare.dates import date_values
from assistant.answer.compare.durations import _length_of_another_thing, _time_until
from assistant.answer.compare.elsewhere import (
    _ALONE,
    _IN_PLACE,
    _another_of_the_kind,
    _names_another_event,
    _of_past_year,
    _set_in_another_year,
    _told_for_unasked,
    _under_another_heading,
    recalled,
)
from assistant.answer.compare.money import (
    _BY,
    _DEALT,
    _EXTREME,
    _PRICE_WORDS,
    _WHOLE_VALUE,
    _WHOLE_VALUE_WORDS,
)
from assistant.answer.compare.places import _abroad, _states
from assistant.answer.compare.scores import _scores
from assistant.answer.compare.shares import (
    _COMPOSED_AT,
    _TURNOUT,
    _against_the_change,
    _same_base,
    _share_owner,
    _vote_counted,
)
from assistant.answer.compare.text import _ALONE_NUMBER, _IDENTIFIER, _clause, _clause_bounds
from assistant.answer.compare.verbs import _OPPOSITE, _own_verb, governing_verb
from assistant.nlp.quantities import Quantity, find_quantities
from assistant.nlp.tokens import same_word, stem, words

_QUOTED = re.compile(r"[\"“]([^\"”]{2,80})[\"”]")
# what follows a value that makes it a gap between two others: "3.5 points behind Biles"
_GAP = re.compile(r"(?i)\s+(?:behind|ahead\s+of|short\s+of|below|above)\b")
# ... unless "ahead of" is a time: "shot up 30% ahead of the market open", "ahead of Tuesday's
# vote", "ahead of the Federal Reserve's decision", "ahead of Election Day"
_AHEAD_OF_TIME = re.compile(
    r"(?i)\s+ahead\s+of\s+(?:(?:the|this|next|last|a|an|its|their|his|her)\s+)?"
    r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary|\.)?|Feb(?:ruary|\.)?|"
    r"March|April|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|"
    r"Nov(?:ember|\.)?|Dec(?:ember|\.)?|Christmas|Thanksgiving|Easter|tomorrow|today|"
    r"tonight)\b|(?:[\w’'.-]+\s+){0,4}?(?:open|opening|close|closing|bell|vote|voting|"
    r"election|elections|primary|primaries|caucus|caucuses|debate|deadline|meeting|"
    r"decision|announcement|holidays?|weekend|launch|release|earnings|report|results|"
    r"hearing|trial|summit|visit|talks|day|week|month|year|season|kickoff|ceremony|"
    r"speech|address|inauguration)\b(?![’']s))")


def _clause_names(sentence: str, q: Quantity | str, numbers: frozenset[str]) -> int:
    """How many of ``numbers`` (and years) the clause of the value ``q`` names besides the
    value itself (0 for a date)."""
    if not isinstance(q, Quantity):
        return 0
    a, b = _clause_bounds(sentence, q.start, q.end)
    rest = sentence[a:q.start] + " " + sentence[q.end:b]
    said = {m.group(0).replace(",", "") for m in _ALONE_NUMBER.finditer(rest)}
    return len(said & numbers)
# what may stand between such words and the value ("peaked at about 9%"), up to the value
_ROUGHLY = r"\s+(?:about\s+|nearly\s+|roughly\s+)?$"
# a value told as a peak or trough: "after hitting a high of $5.02", "peaked at 9.1%"
_TOLD_HIGH = re.compile(r"(?i)\b(?:(?:high|peak|record)\s+of|peaked\s+at|topped\s+out\s+at|"
                        r"as\s+high\s+as)" + _ROUGHLY)
_TOLD_LOW = re.compile(r"(?i)\b(?:(?:low|trough|bottom)\s+of|bottomed\s+out\s+at|as\s+low\s+as)"
                       + _ROUGHLY)
# a value a change went down (up) to, which no peak (trough) is: "did briefly fall to $1.87"
_WENT_DOWN = re.compile(r"(?i)\b(?:fell|fall|falls|falling|dropped|drop|sank|slid|slipped|"
                        r"plunged|tumbled|declined|decreased)\s+(?:\w+ly\s+)?to" + _ROUGHLY)
_WENT_UP = re.compile(r"(?i)\b(?:rose|rise|rises|rising|climbed|jumped|soared|surged|"
                      r"increased)\s+(?:\w+ly\s+)?to" + _ROUGHLY)


_MEMBER = stem("members")


def _members_who(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Is ``q`` a count of a body's members that did what the question asks of its own
    noun, in the count's clause? "All 21 members of the committee voted yes" answers "How
    many advisers voted ...?"; "the union's 400 members" answers nothing of the sort."""
    if q.unit != _MEMBER or not asked.verb or asked.verb in ("have", "hypothetical"):
        return False
    return any(same_word(stem(w), stem(asked.verb), shortest=4)
               for w in words(_clause(sentence, q)))


def slot_values(asked: Asked, sentence: str, published: str | None = None,
                ) -> list[tuple[str, Quantity | str]]:
    """``(as shown, what it means)`` for each value of the asked kind in ``sentence``: a
    :class:`Quantity`, an ISO date, or a quoted description."""
    if asked.kind == "description":
        return [(q, q) for q in dict.fromkeys(m.group(1).strip(" .,")
                                              for m in _QUOTED.finditer(sentence))]
    if asked.kind == "date":
        return date_values(asked, sentence, published)
    if asked.states and (named := _states(sentence)) and not named & set(asked.states):
        return []  # another state's figure: "the Virgin Islands Republican Party" for Nevada
    if asked.abroad and not asked.states and not asked.home and _states(sentence) \
            and not _abroad(sentence):
        return []  # a figure at home for a question abroad: Texas's toll for the Caribbean's
    found = [q for q in find_quantities(sentence) if q.kind == asked.kind]
    if asked.kind == "percent" and not asked.composition:
        found = [q for q in found
                 if not _COMPOSED_AT.search(sentence[max(0, q.start - 40):q.start])
                 or _same_base(asked, sentence, q)]
    if asked.kind == "count" and asked.noun:
        found = [q for q in found
                 if q.unit == asked.noun or q.unit in _SAME_NOUN.get(asked.noun, ())
                 or _members_who(asked, sentence, q)]
        found = _scores(asked, sentence) + found
    if asked.group:
        # the group's noun in the count itself, its qualifiers in the count's clause
        found = [q for q in found if asked.group[0] in set(map(stem, words(q.text)))
                 and set(asked.group[1:]) <= set(map(stem, words(_clause(sentence, q))))]
    if asked.kind == "count":
        found = [q for q in found if not _part_of_count(asked, q)]
        found = [q for q in found if not _PART.search(sentence[max(0, q.start - 40):q.start])
                 and (asked.population or q.unit not in _PEOPLE
                      or not (_POPULATION.search(sentence[max(0, q.start - 40):q.start])
                              or _LIVING.match(sentence, q.start + len(q.text))))]
    if asked.kind == "count":
        found = [q for q in found if not _other_casualty(asked, sentence, q)
                 and not _EITHER.match(sentence, q.start + len(q.text))]
        if asked.verb != "have" and not asked.population:
            found = [q for q in found
                     if not _WHOLE.search(sentence, max(0, q.start - 80), q.start)]
        found = [q for q in found if not _of_past_year(asked, sentence, q, published)]
    if asked.kind == "count" and asked.verb:
        # a hypothetical count counts nothing that happened ("would have 11 races to try"),
        # and what something has is not what it does with it ("laying off 11,000 employees"
        # for "how many employees does Meta have"). Other verbs may be synonyms ("deploy"
        # for "send"), so they stay.
        found = [q for q in found if (v := governing_verb(sentence, q.start)) is None
                 or v == asked.verb or (v != "hypothetical" and asked.verb != "have")]
    if asked.kind == "percent":
        owner = {id(q): _share_owner(asked, sentence, q) for q in found}
        found = [q for q in found if not _vote_counted(sentence, q)
                 and owner[id(q)] is not False
                 and not (asked.vote_share and owner[id(q)] is None
                          and _TURNOUT.match(sentence, q.end))]
        # of several shares, the one a name of the question wins first ("'None' carried 63%
        # of the vote, well ahead of Nikki Haley at just more than 30%")
        found.sort(key=lambda q: owner[id(q)] is not True)
    if asked.kind == "age":
        found = [q for q in found if not _someone_elses_age(asked, sentence, q)]
    if asked.kind == "duration":
        found = [q for q in found if not _length_of_another_thing(asked, sentence, q)
                 and not _time_until(asked, sentence, q)]
    found = [q for q in found if not _set_in_another_year(asked, sentence, q)
             and not _under_another_heading(asked, sentence, q)]
    if asked.kind == "percent":
        found = [q for q in found if not _against_the_change(asked, sentence, q)]
    if asked.kind == "money" and not asked.asks_change:
        found = [q for q in found if not (_BY.search(sentence, 0, q.start) and _CHANGE.search(
            sentence, max(0, q.start - 60), q.start))]
    found = [q for q in found if not _names_another_event(asked, sentence, q)]
    if asked.extreme is not None:
        # a trough is no answer to a question of a peak, nor the other way
        against = (_TOLD_LOW, _WENT_DOWN) if asked.extreme == "high" else (_TOLD_HIGH, _WENT_UP)
        found = [q for q in found
                 if not any(r.search(sentence, max(0, q.start - 40), q.start) for r in against)]
    if _another_of_the_kind(asked, sentence):
        return []
    if asked.kind in ("count", "money") and not asked.asks_change:
        # "announced $150 million in investments, boosting to $225 million its funding":
        # the sum a change brings the whole to answers before the change
        found.sort(key=lambda q: not _CUMULATIVE.search(sentence, max(0, q.start - 60),
                                                        q.start))
    if asked.kind in ("count", "money") and (
            parts := [q for q in found if _told_for_unasked(asked, sentence, q, _ALONE)]):
        # a sentence that tells one part alone breaks the whole down: its other values
        # told for a place are parts too ("..., and four were killed in North Carolina")
        found = [q for q in found if q not in parts
                 and not _told_for_unasked(asked, sentence, q, _IN_PLACE)]
    # "opening at $70.90" answers no question of where the shares closed
    found = [q for q in found if (v := governing_verb(sentence, q.start)) not in _OPPOSITE
             or v in asked.lemmas or _OPPOSITE[v] not in asked.lemmas]
    if asked.kind == "money" and "clos" in asked.lemmas:
        # nor does the day's peak ("soaring as high as $79.38") or what a buyer paid
        # ("purchased five shares ... at about $72")
        found = [q for q in found if not _EXTREME.search(sentence, max(0, q.start - 30), q.start)
                 and not _DEALT.search(sentence, max(0, q.start - 60), q.start)]
    if asked.kind == "money" and asked.lower_words & _PRICE_WORDS \
            and not asked.lower_words & _WHOLE_VALUE_WORDS:
        # a price per share is not what the whole company is worth ("a closing market value
        # of nearly $8 billion")
        found = [q for q in found if not _WHOLE_VALUE.search(sentence, max(0, q.start - 40),
                                                             q.start)]
    found = [q for q in found
             if not ((g := _GAP.match(sentence, q.start + len(q.text)))
                     and not _AHEAD_OF_TIME.match(sentence, q.start + len(q.text))
                     and g.group(0).split()[0].lower()
                     not in asked.lower_words)]
    if len(found) > 1:
        # in a list of parallel figures, the one told of what the question asks leads, and
        # one told of another of its family goes: "12 people were convicted and 11 were
        # executed" for how many were executed, "BQ.1.1 at 26.9%; BQ.1 at 18.3%" for BQ.1.1
        bound = {id(q): _bound(asked, sentence, q) for q in found}
        if any(b is True for b in bound.values()):
            found = [q for q in found if bound[id(q)] is not False]
            found.sort(key=lambda q: bound[id(q)] is not True)
    return [(q.text, q) for q in found]


def _bound(asked: Asked, sentence: str, q: Quantity) -> bool | None:
    """Is ``q`` told of what the question asks (True), of another of the family of a thing
    it names (False), or neither that can be told (None)? The identifier right before a
    value names its owner ("BQ.1.1 at 26.9%"); a count's own verb, before it or right after
    it ("laid off 11,000", "11 were executed"), says what it counts."""
    if asked.ids:
        before = list(_IDENTIFIER.finditer(sentence, max(0, q.start - 30), q.start))
        if before:
            last = before[-1]
            family = (last["family"] or last["family2"]).lower()
            if family in asked.ids:
                return last.group(0).lower() in asked.ids[family]
    if asked.extreme is not None:
        told = _TOLD_HIGH if asked.extreme == "high" else _TOLD_LOW
        if told.search(sentence, max(0, q.start - 30), q.start):
            return True
    if asked.kind == "count" and asked.verb:
        own = _own_verb(sentence, q)
        if own is not None and same_word(own, asked.verb):
            return True
    return None


def current_values(asked: Asked, sentence: str, published: str | None = None,
                   ) -> list[tuple[str, Quantity | str]]:
    """:func:`slot_values` less those in a clause that recalls the past."""
    return [(shown, q) for shown, q in slot_values(asked, sentence, published)
            if not (isinstance(q, Quantity) and recalled(sentence, q.start, q.end))]
