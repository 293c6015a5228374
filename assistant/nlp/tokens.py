"""Word tokens for keyword search and lexical scoring.

One tokenizer serves the keyword index, the extractive answerer and the
verifier, so a term means the same thing everywhere: lower-cased word
characters without accents, English stop words removed, a light suffix-stripping stemmer.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

STOPWORDS = frozenset(
    """a about above after again against all am an and any are aren't as
    at be because been before being below between both but by can cannot could
    did do does doing down during each few for from further had has have
    having he her here hers herself him himself his how i if in into
    is it its itself let me more most my myself no nor not of
    off on once only or other ought our ours ourselves out over own same
    she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were
    what when where which while who whom why with would you your yours yourself
    yourselves also just s t said says say will according did does""".split()
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately light stemmer: plural and verb endings, then a final e.

    "describe", "described", "describes" and "describing" all become "describ".
    """
    w = _strip_suffix(word)
    if len(w) > 4 and w.endswith("e") and not w.endswith("ee"):
        w = w[:-1]
    return w


def _strip_suffix(w: str) -> str:
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
        return w[:-1] if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls" else w
    if len(w) > 4 and w.endswith("ed") and not w.endswith("eed"):
        w = w[:-2]
        return w[:-1] if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls" else w
    if len(w) > 4 and w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def fold(text: str) -> str:
    """``text`` without accents ("Pelé" → "Pele", "Türkiye" → "Turkiye"): readers type names
    either way."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Lower-cased word tokens without accents, with possessive endings dropped."""
    low = [fold(w.lower()) for w in _WORD.findall(text)]
    return [w[:-2] if w.endswith("'s") else w
            for w in (x.replace("’", "'") if "’" in x else x for x in low)]


def terms(text: str) -> list[str]:
    """Stemmed content terms (stop words and one-letter tokens removed), in order."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1]


def same_word(a: str, b: str, shortest: int = 3) -> bool:
    """Are ``a`` and ``b`` (stems or lemmas) forms of one word: equal, or one the start of the
    other when both have at least ``shortest`` letters ("file" and "filed", "kenya" and
    "kenyan")?"""
    return a == b or (min(len(a), len(b)) >= shortest and (a.startswith(b) or b.startswith(a)))


def _one_edit(a: str, b: str) -> bool:
    """Do ``a`` and ``b`` differ by one letter changed, added or dropped?"""
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1:
        return False
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


def same_name(a: str, b: str, shortest: int = 5) -> bool:
    """Are ``a`` and ``b`` (lower-cased, unaccented) spellings of one name: equal, or, when
    both have at least ``shortest`` letters, one letter apart or one the other plus up to two
    letters ("zelensky", "zelenskyy", "zelenskiy")? Transliterations vary so."""
    if a == b:
        return True
    if min(len(a), len(b)) < shortest:
        return False
    short, long_ = sorted((a, b), key=len)
    return (long_.startswith(short) and len(long_) - len(short) <= 2) or _one_edit(a, b)


def has_term(lowered: str, term: str) -> bool:
    """Is ``term`` one of ``terms(text)``, where ``lowered`` is ``fold(text.lower())`` with "’"
    made "'"? For a few terms against a long text: only words that start like ``term`` are
    stemmed (stemming only drops or rewrites an ending, so every word with this stem starts
    with it, less a final "y")."""
    prefix = term[:-1] if term.endswith("y") else term
    i = lowered.find(prefix)
    while i != -1:
        before = lowered[i - 1] if i else " "
        inside = before.isalnum() or (
            before == "'" and i > 1 and lowered[i - 2].isalnum())
        if not inside and (m := _WORD.match(lowered, i)):
            w = m.group(0)
            if w.endswith("'s"):
                w = w[:-2]
            if w not in STOPWORDS and len(w) > 1 and stem(w) == term:
                return True
        i = lowered.find(prefix, i + 1)
    return False
