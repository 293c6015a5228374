"""A sentence cut into clauses, each with the words that say what it is about.

Contradiction is a matter of one clause against another: in "Y did not attend; X attended"
the negation belongs to Y's clause, not to X's. So a sentence is cut where a new clause
starts: at a semicolon, colon or dash, before "but", and after a comma that opens a
contrast ("while", "although"), a relative clause ("which", "who") or a subordinate one
("because", "as", "when", "if"), and after an opening subordinate clause ("After denying
..., Putin said").
A bare comma does not cut: it separates far more list items and appositions than clauses.

Each clause keeps its words in order (lower-cased, "didn't" as "did" + "n't"), which of them
were written with a capital, its content terms (stemmed, without stop words and without the
cue words of :mod:`assistant.nlp.lexicon`, so "rose" and "fell" align the same) and the
names it mentions. A clause that names no one inherits the names of the clause before
("X attended but did not speak"); one with no content word of its own inherits that clause's
terms too ("X attended, but Y did not").
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from assistant.nlp.lexicon import CUE_WORDS
from assistant.nlp.tokens import STOPWORDS, stem

# every alternative opens with a fixed character, so the scan is quick (parts are stripped)
_SPLIT = re.compile(
    r"[;:](?=\s)|\s[—–]\s|\s--\s|\s(?=(?i:but)\s)"
    r"|,\s+(?=(?i:but|while|whereas|although|though|yet|which|who|whom|whose|where|because|"
    r"since|unless|until|if|when|as|even though|and (?:he|she|they|it|we|i|there))\b)")
_TOKEN = re.compile(r"\$?\d[\d,]*(?:\.\d+)?%?|[^\W\d_]+(?:['’][^\W\d_]+)*")
_NUMBER_SIGN = re.compile(r"\bNo\.(?=\s*\d)")
_CONTRACTED = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
_NOT_NAMES = STOPWORDS | CUE_WORDS | frozenset(
    """i a the but and in on at as if it its this that these those there when while after
    before mr mrs ms dr january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday""".split())


class Clause(BaseModel):
    """One clause of a sentence (see the module docstring)."""

    model_config = ConfigDict(frozen=True)

    text: str
    words: tuple[str, ...]
    capital: tuple[bool, ...]
    terms: frozenset[str]
    names: frozenset[str]


def tokenize(text: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """Lower-cased words and numbers in order, and whether each was capitalised.

    "didn't" gives "did", "not"; "won't" gives "will", "not"; a possessive "'s" is dropped;
    "No. 1" is a number sign, not a negation.
    """
    if "No." in text:
        text = _NUMBER_SIGN.sub("number", text)
    found = _TOKEN.findall(text)
    if "'" not in text and "’" not in text and "annot" not in text:  # nothing to rewrite
        return tuple(w.lower() for w in found), tuple(w[0].isupper() for w in found)
    words: list[str] = []
    caps: list[bool] = []
    for raw in found:
        low = raw.lower()
        if low == "cannot":
            words += ["can", "not"]
            caps += [raw[0].isupper(), False]
            continue
        if "'" in low or "’" in low:
            low = low.replace("’", "'")
            if low.endswith("n't") and len(low) > 3:
                head = low[:-3]
                words += [_CONTRACTED.get(head, head), "not"]
                caps += [raw[0].isupper(), False]
                continue
            if low.endswith("'s"):
                low = low[:-2]
        words.append(low)
        caps.append(raw[0].isupper())
    return tuple(words), tuple(caps)


def content_terms(words: tuple[str, ...]) -> frozenset[str]:
    """Stemmed content words: what a clause is about, cue words left out."""
    return frozenset(stem(w) for w in words
                     if len(w) > 1 and w not in STOPWORDS and w not in CUE_WORDS)


def name_words(words: tuple[str, ...], capital: tuple[bool, ...]) -> frozenset[str]:
    """Words written with a capital that are neither function words nor dates."""
    return frozenset(w for w, c in zip(words, capital, strict=True)
                     if c and w not in _NOT_NAMES and not w[0].isdigit() and len(w) > 1)


def _stems(names: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(n) for n in names)


# an opening subordinate clause ends at its first comma: in "After repeatedly denying any
# plans to invade Ukraine, Putin said ...", the denial is not what "Putin said" (a probe's
# "Putin did not say ..." agreed with it, both negated). Its capital marks where it opens,
# at the start or where scraped text runs a headline into it ("... Voter Guide While Trump
# hasn't won, he ...")
_OPENER = re.compile(r"(?:^|(?<=\s))[\"“]?(?:After|Before|Although|Though|While|Whereas|"
                     r"When|Since|Because|Despite|Having|Once|Unless|Until|Even though|"
                     r"In spite of)\b[^,;:]{2,150},\s+")


# the same clause where a comma's cut leaves it first: ", while many details have not been
# disclosed, the measure would invest ..."
_LEADING = re.compile(r"(?i:while|whereas|although|though|because|since|unless|until|if|when|"
                      r"even though)\b[^,;:]{2,150},\s+")


def _cut_leading(part: str) -> list[str]:
    m = _LEADING.match(part)
    return [m.group(0), part[m.end():]] if m else [part]


def _parts(sentence: str) -> list[str]:
    """``sentence`` cut at clause boundaries (``_SPLIT``) and around opening clauses."""
    out: list[str] = []
    at = 0
    for m in _OPENER.finditer(sentence):
        out += [*_SPLIT.split(sentence[at:m.start()]), m.group(0)]
        at = m.end()
    out += _SPLIT.split(sentence[at:])
    return [piece for part in out for piece in _cut_leading(part)]


@lru_cache(maxsize=8192)
def clauses(sentence: str) -> tuple[Clause, ...]:
    """The clauses of ``sentence``, in order (one clause when nothing cuts it)."""
    out: list[Clause] = []
    for part in _parts(sentence):
        part = part.strip(" ,\"“”'")
        if not part:
            continue
        words, capital = tokenize(part)
        if not words:
            continue
        names = name_words(words, capital)
        terms = content_terms(words)
        if out:
            before = out[-1]
            if not names:
                names = before.names
                terms = terms | _stems(names)
            if not terms - _stems(names):  # "but Y did not": the verb phrase is the one before
                terms = terms | (before.terms - _stems(before.names))
        out.append(Clause.model_construct(text=part, words=words, capital=capital, terms=terms,
                                          names=names))  # built here, already valid
    return tuple(out)


@lru_cache(maxsize=64)
def _by_first_word(phrases: tuple[str, ...]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        parts = tuple(p.split())
        index.setdefault(parts[0], []).append(parts)
    return index


@lru_cache(maxsize=8192)
def masked(words: tuple[str, ...], phrases: tuple[str, ...]) -> frozenset[int]:
    """Positions of ``words`` inside any of the fixed ``phrases`` (matched word by word)."""
    index = _by_first_word(phrases)
    out: set[int] = set()
    for i, w in enumerate(words):
        for parts in index.get(w, ()):
            if words[i:i + len(parts)] == parts:
                out.update(range(i, i + len(parts)))
    return frozenset(out)


def quote(text: str, limit: int = 100) -> str:
    """``text`` on one line, cut to about ``limit`` characters, for a reason shown to users."""
    text = " ".join(text.split()).strip(" ,;:")
    return text if len(text) <= limit else text[:limit - 1].rsplit(" ", 1)[0] + " …"
