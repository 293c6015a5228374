"""Checking an answer sentence against the text it cites.

There is no offline NLI model, so support is judged in two lexical steps:

1. **Checkable facts.** Every number, date word and proper name in the sentence
   must occur in the cited text (case-insensitively, with number formatting
   normalised). This catches a wrong figure, a wrong date, a wrong person.
2. **Overlap.** The share of the sentence's content terms found in the cited
   text must reach ``min_overlap``. This catches a sentence about something
   else entirely.

What it cannot catch: a negation or a changed relation between the same words
("A beat B" vs "B beat A"), or a paraphrase that shares few words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answer.contract import strip_markers
from assistant.nlp.tokens import STOPWORDS, terms

_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")
_CAP = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[’'-])+"
_NAME = re.compile(rf"\b{_CAP}(?:\s+{_CAP})*")
_MONTHS = (
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
).split()
_CAP_STOP = {w.capitalize() for w in STOPWORDS} | {"I", "A", "The", "But", "And", "In", "On"}

DEFAULT_MIN_OVERLAP = 0.5


@dataclass(frozen=True)
class Verdict:
    supported: bool
    overlap: float
    missing: list[str] = field(default_factory=list)


def _norm_number(s: str) -> str:
    return s.replace(",", "").rstrip(".")


def checkable_facts(sentence: str) -> list[str]:
    """Numbers, dates and proper names that must appear in the cited text."""
    text = strip_markers(sentence)
    facts = [m.group(0) for m in _NUMBER.finditer(text)]
    for m in _NAME.finditer(text):
        words = [w.rstrip("’'-") for w in m.group(0).split()]
        words = [w for w in words if w and w not in _CAP_STOP]
        if not words:
            continue
        at_start = m.start() == len(text) - len(text.lstrip("\"'“‘ "))
        if at_start and len(words) == 1 and words[0] not in _MONTHS:
            continue  # a capitalised first word is not evidence of a name
        facts.extend(words)
    return facts


def _occurs(fact: str, haystack: str, numbers: set[str]) -> bool:
    if fact[0].isdigit():
        return _norm_number(fact) in numbers
    pattern = r"(?<![^\W_])" + re.escape(fact.lower()) + r"(?![^\W_])"
    return re.search(pattern, haystack) is not None


def missing_facts(sentence: str, cited: list[str]) -> list[str]:
    """The checkable facts of ``sentence`` that occur nowhere in ``cited``."""
    source = " ".join(cited)
    numbers = {_norm_number(m.group(0)) for m in _NUMBER.finditer(source)}
    haystack = source.lower()
    return [f for f in checkable_facts(sentence) if not _occurs(f, haystack, numbers)]


def verify_sentence(sentence: str, cited: list[str],
                    min_overlap: float = DEFAULT_MIN_OVERLAP) -> Verdict:
    """Is ``sentence`` supported by the concatenated ``cited`` texts?"""
    if not cited:
        return Verdict(False, 0.0, ["(no citation)"])
    source = " ".join(cited)
    missing = missing_facts(sentence, cited)
    s_terms = set(terms(strip_markers(sentence)))
    c_terms = set(terms(source))
    overlap = len(s_terms & c_terms) / len(s_terms) if s_terms else 1.0
    return Verdict(not missing and overlap >= min_overlap, round(overlap, 3), missing)
