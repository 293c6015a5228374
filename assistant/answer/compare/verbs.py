"""The verb of a count ("laying off 11,000" → lay; "11 were executed" → execute), whether
two verbs are one doing ("laid off" and "cut"), and whether a sentence uses the question's
verb or its words for the event.
"""

from __future__ import annotations

import re

from assistant.answer.compare.asked import Asked
from assistant.answer.compare.text import (
    _BE,
    _IRREGULAR,
    _SKIP_BACK,
    _TOKEN,
    _VERBISH,
    _lemma,
    _shares,
)
from assistant.nlp.quantities import Quantity
from assistant.nlp.tokens import same_word

# verbs that report or total a count rather than say what it counts
_NEUTRAL = {"said", "says", "reported", "confirmed", "counted", "recorded", "estimated",
            "totaled", "totalled", "numbered", "reached", "rose", "climbed", "stood", "topped",
            "exceeded", "included", "including", "put", "listed", "surpassed", "passed"}
_HYPOTHETICAL = {"would", "could", "might"}
# verbs (as lemmas) that answer opposite questions: a price a stock "opened at" is not the one
# it closed at, what someone sold is not what they bought
_OPPOSITE = {"open": "clos", "clos": "open", "buy": "sell", "sell": "buy"}


def governing_verb(sentence: str, start: int) -> str | None:
    """The verb right before a count ("laying off 11,000" → lay), skipping bounds, particles
    and determiners. "hypothetical" for "would have 11 races"; None when a preposition,
    a copula, "have" or a reporting verb stands there ("for one race", "is 20", "has 65")."""
    words = [w.group(0).lower() for w in _TOKEN.finditer(sentence[max(0, start - 60):start])]
    for i in range(len(words) - 1, max(-1, len(words) - 5), -1):
        low = words[i]
        if low in _SKIP_BACK:
            continue
        if low in ("have", "has", "had"):
            return "hypothetical" if i > 0 and words[i - 1] in _HYPOTHETICAL else None
        if low in _BE or low in _NEUTRAL:
            return None
        if low.endswith(("ed", "ing")) or low in _VERBISH:
            return _lemma(low)
        return None
    return None


_VERB_AFTER = re.compile(r"(?i)\s+(?:(?:were|was|are|is|had been|have been|has been)\s+)?"
                         r"(?P<verb>[a-z]+)")


# verbs (as lemmas) news uses for one doing: a count done by either is one count
_DOINGS = [{_lemma(w) for w in group.split()} for group in (
    "cut lay eliminate slash axe shed", "send sent deploy dispatch", "kill die",
    "injure hurt wound", "evacuate flee", "arrest detain", "move transport bus relocate "
    "transfer", "camp shelter stay sleep", "infect sicken", "hire add create",
    "rescue save", "charge indict", "sell ship deliver")]


def _same_doing(verb: str, asked: str | None) -> bool:
    """Are ``verb`` and the question's verb (lemmas) one doing ("laid" and "cut")?"""
    if asked is None:
        return False
    return same_word(verb, asked) or any(
        any(same_word(verb, w) for w in group) and any(same_word(asked, w) for w in group)
        for group in _DOINGS)


def _verb_after(sentence: str, q: Quantity) -> str | None:
    """The verb right after the count ``q``, as a lemma ("11 were executed", "2,500 migrants
    camped out"), if a participle or past form stands there."""
    if after := _VERB_AFTER.match(sentence, q.start + len(q.text)):
        low = after["verb"].lower()
        if low.endswith(("ed", "en")) or low in _IRREGULAR:
            return _lemma(low)
    return None


def _own_verbs(sentence: str, q: Quantity) -> set[str]:
    """The verbs of the count ``q``, as lemmas: the one right before it ("laid off 11,000")
    and the one right after it ("ordered 4,000 people evacuated"); not a hypothetical."""
    before = governing_verb(sentence, q.start)
    return {v for v in (None if before == "hypothetical" else before, _verb_after(sentence, q))
            if v is not None}


def _own_verb(sentence: str, q: Quantity) -> str | None:
    """The verb of the count ``q``, as a lemma: the one right before it, else the one right
    after it; None when there is none to find, or it is hypothetical."""
    own = governing_verb(sentence, q.start)
    if own is None:
        return _verb_after(sentence, q)
    return None if own == "hypothetical" else own


def _says_verb(asked: Asked, sentence: str) -> bool:
    """Does ``sentence`` use the count question's verb ("How many people live in the path
    ...": "31 million people live inside it", not "a city of about 1,400 people"), or the
    date question's ("When did Quaker Oats expand its recall?": "announced the recall
    Friday" dates the first recall, not its expansion)? True when the question names no
    verb, or only "have". A date question without a verb asks :func:`_says_event`; so does
    one whose verb no account uses (see :func:`compare`)."""
    if asked.kind == "date":
        return _shares([asked.action], sentence) if asked.action \
            else _says_event(asked, sentence)
    if asked.kind != "count" or asked.verb in (None, "have"):
        return True
    verb = asked.verb
    return any(same_word(_lemma(w.group(0)), verb) for w in _TOKEN.finditer(sentence))


def _uses_verb(asked: Asked, sentence: str) -> bool:
    """Does ``sentence`` use the date question's verb itself ("will be played"), not only a
    word that starts like it ("the players")?"""
    return any(_lemma(w.group(0)) == asked.action for w in _TOKEN.finditer(sentence))


def _says_event(asked: Asked, sentence: str) -> bool:
    """Does a date's ``sentence`` use one of the question's words for what happened ("Rite
    Aid said in a Sunday media release" dates a release, not the filing)? True when the
    question has none."""
    return not asked.event or _shares(asked.event, sentence)
