"""Whose age a sentence gives: "50-year-old voter Rina Kathar", "her husband, 68," or "The
73-year-old monarch and his siblings" are not the age of the person the question asks of.
"""

from __future__ import annotations

import re

from assistant.answer.compare.asked import Asked
from assistant.answer.compare.text import _NAME, _NAME_WORD
from assistant.nlp.quantities import Quantity

# a name given an age: "50-year-old voter Rina Kathar", "Harshit Srivastava, 32,", "Mohit
# Sharma, a 29-year-old"
_AGE_WORDS = re.compile(r"(?i)\byears?[- ]old\b")
_NAME_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+" + _NAME)
_NAME_BEFORE = re.compile(_NAME + r",\s*$")
_NAME_BEFORE_A = re.compile(_NAME + r",\s+(?:a|an)\s+$")


_ATTRIBUTIVE_AGE = re.compile(r"(?i)-year-old$")
# the pronoun right after the noun an age is given to: "73-year-old monarch and his siblings"
_THEN_PRONOUN = re.compile(r"\s+[\w’'-]+(?:\s+and)?\s+(?P<pronoun>his|her|he|she)\b", re.I)
_PRONOUNS = {"she": "she", "her": "she", "hers": "she", "herself": "she", "he": "he",
             "his": "he", "him": "he", "himself": "he"}


def _gender(lowered: set[str]) -> str | None:
    """"she" or "he" when ``lowered`` words use the pronouns of one only, else None."""
    said = {_PRONOUNS[w] for w in lowered if w in _PRONOUNS}
    return said.pop() if len(said) == 1 else None


# an age set after a kin word is that relative's: "her husband, 68,"
_KIN_BEFORE = re.compile(r"(?i)\b(?:husband|wife|son|daughter|mother|father|brother|sister|"
                         r"partner|widow|widower|fianc[ée]e?|girlfriend|boyfriend|child|"
                         r"grandson|granddaughter|grandmother|grandfather|aunt|uncle|nephew|"
                         r"niece|cousin)(?:,\s*)?$")


def _someone_elses_age(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Is the age ``q`` given to a name the question does not name: "50-year-old voter Rina
    Kathar", "Harshit Srivastava, 32," or "Mohit Sharma, a 29-year-old" for "How old is
    Narendra Modi?". An age given to a title ("the 81-year-old president") may be his."""
    end = q.start + len(q.text)
    # "The 73-year-old monarch and his siblings" is not the age of a woman the question asks
    # of ("How old was the Queen when she died?")
    asked_as = _gender(asked.lower_words)
    if asked_as and _ATTRIBUTIVE_AGE.search(q.text) and (
            then := _THEN_PRONOUN.match(sentence, end)) is not None \
            and _gender({then["pronoun"].lower()}) not in (None, asked_as):
        return True
    if _KIN_BEFORE.search(sentence, 0, q.start):
        return True  # "Harlow Marlow's husband, 68, remembers the singer"
    if _AGE_WORDS.search(q.text):
        m = _NAME_AFTER.match(sentence, end) or _NAME_BEFORE_A.search(sentence, 0, q.start)
    else:
        m = _NAME_BEFORE.search(sentence, 0, q.start + 1)
    if m is None:
        return False
    return not any(w.lower() in asked.lower_words for w in _NAME_WORD.findall(m.group("name")))
