"""Word, clause and number helpers the compare modules share: tokens and lemmas, clause
bounds, the numbers a text names, and whether a text uses a word or a name.
"""

from __future__ import annotations

import re

from assistant.nlp.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTHS,
)
from assistant.nlp.quantities import Quantity
from assistant.nlp.tokens import same_word, stem

_NAME = r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})"
# clause edges; a comma inside a number ("48,268") is none
_CLAUSE_EDGE = re.compile(r",(?!\d{3}\b)|[;:()–—]")


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of ``sentence`` that holds ``sentence[start:end]`` starts and ends."""
    a = max((m.end() for m in _CLAUSE_EDGE.finditer(sentence, 0, start)), default=0)
    edge = _CLAUSE_EDGE.search(sentence, end)
    return a, edge.start() if edge else len(sentence)


def _clause(sentence: str, q: Quantity) -> str:
    """The clause of ``sentence`` that holds the value ``q``."""
    a, b = _clause_bounds(sentence, q.start, q.end)
    return sentence[a:b]


_AUX = {"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would",
        "can", "could", "may", "might", "should", "be", "been", "being"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "’s"}
_CLAUSE_WORDS = {"that", "which", "who", "whom", "whose", "when", "where", "while", "after",
                 "before", "because", "since", "if", "as"}
_EN_NOUNS = {"children", "women", "men", "chicken", "garden", "kitchen", "citizen"}
_PREPOSITIONS = {"of", "in", "by", "for", "with", "at", "on", "from", "during", "after"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"}
# words between a verb and the count it governs ("laying off more than 11,000")
_SKIP_BACK = {"off", "out", "up", "down", "away", "than", "more", "less", "fewer", "about",
              "around", "nearly", "almost", "some", "roughly", "approximately", "over",
              "under", "least", "at", "just", "only", "all", "estimated", "another",
              *_DETERMINERS}
_IRREGULAR = {"had": "have", "has": "have", "having": "have", "laid": "lay", "lays": "lay",
              "laying": "lay", "paid": "pay", "lost": "lose", "made": "make", "took": "take",
              "sold": "sell", "held": "hold", "won": "win", "spent": "spend", "kept": "keep",
              "gave": "give", "found": "find", "got": "get", "bought": "buy", "owns": "own",
              "needs": "need", "cut": "cut", "hit": "hit", "put": "put", "taken": "take",
              "given": "give", "sent": "send", "brought": "bring", "built": "build",
              "began": "begin", "begun": "begin", "chosen": "choose", "stolen": "steal",
              "shot": "shoot", "fled": "flee", "seen": "see", "saw": "see"}
_VERBISH = set(_IRREGULAR) | set(_IRREGULAR.values()) | {"would", "could"}
_TOKEN = re.compile(r"[A-Za-z][\w’'-]*")
_NAME_WORD = re.compile(r"[A-Za-z][\w&’'-]*")  # "AT&T" is one word


def _lemma(word: str) -> str:
    w = word.lower()
    return _IRREGULAR.get(w, stem(w))


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MONTH = re.compile(r"\d{4}-\d{2}")


# a month with its day, and a year, in a mention or a question ("the 2026 World Cup")
_MONTH_DAY = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
                        r"\d{1,2}\b")
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


# a name with a number in it: a variant, a model, a mission ("BA.2", "XBB.1.5", "F-35", "Ax-1")
_IDENTIFIER = re.compile(r"\b(?P<family>[A-Za-z]{1,6})(?:\.\d+)+\b|"
                         r"\b(?P<family2>[A-Za-z]{1,6})-\d+\b")


def _identifiers(text: str) -> dict[str, set[str]]:
    """The identifiers of ``text`` by family: {"ba": {"ba.2"}}."""
    out: dict[str, set[str]] = {}
    for m in _IDENTIFIER.finditer(text):
        out.setdefault((m["family"] or m["family2"]).lower(), set()).add(m.group(0).lower())
    return out


# a number standing alone: "3,800" and "7.8" ("6.4-magnitude" too), not "Covid-19", "747s"
# or "BA.5"
_ALONE_NUMBER = re.compile(r"(?<![\w.,’'-])\d(?:,?\d)*(?:\.\d+)?(?![\w’']|-\d|[.,]\d)")


def _numbers(text: str) -> set[str]:
    """The numbers ``text`` names, commas dropped; years and days of a month left out ("Jan.
    6" is a date, not a number of anything; see ``Asked.years``)."""
    return {n for m in _ALONE_NUMBER.finditer(text)
            if not ("," not in m.group(0) and _YEAR_IN.fullmatch(m.group(0)))
            and (n := m.group(0).replace(",", ""))
            and not _MONTH_BEFORE.search(text, 0, m.start())
            and not _MONTH_AFTER.match(text, m.end())}


_MONTH = "(?:" + "|".join(sorted((*MONTHS, *MONTH_ABBREVIATIONS), key=len, reverse=True)) + ")"
_MONTH_BEFORE = re.compile(r"(?i)\b" + _MONTH + r"\.?\s+$")
_MONTH_AFTER = re.compile(r"(?i)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b")


def _names_any(names: list[str], text: str) -> bool:
    """Does ``text`` use one of ``names`` (lower case), in any form ("Kenya" and "Kenyan")?"""
    said = {w.lower() for w in _NAME_WORD.findall(text)}
    return any(same_word(n, w, shortest=4) for n in names for w in said)


def _shares(stems: list[str], text: str) -> bool:
    """Does ``text`` use one of the word ``stems`` (a word and its forms: "file" and "filed",
    "die" and "died")?"""
    said = {stem(w.group(0).lower()) for w in _TOKEN.finditer(text)}
    return any(same_word(e, w) for e in stems for w in said)
