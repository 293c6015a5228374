"""Quantifiers: how many (all, most, some, few, none), whether only one (only / also), and
which in order (first, second, ..., last) must match what the source says.

A quantifier is compared only with one that bounds the same thing in the source: its head,
the first content word after it ("all [the] members", "the first woman", "never attended").
A quantifier with no noun after it stands for one ("few would be eligible"), and is
compared with another such. A claim that quantifies what the source leaves bare ("all
members" against "members") is not a contradiction. "Some" before a number means "about".
"""

from __future__ import annotations

from assistant.nlp.clauses import Clause, masked, quote
from assistant.nlp.lexicon import (
    COMPATIBLE,
    EXCLUSIVE,
    INCLUSIVE_PHRASES,
    ORDINALS,
    PRONOUN_QUANTIFIERS,
    QUANTIFIER_CLASSES,
    QUANTIFIER_IDIOMS,
)
from assistant.nlp.tokens import STOPWORDS, stem

_TO = frozenset({"to"})  # "the first to report": the ordinal counts reporters
_CLASS = {w: name for name, ws in QUANTIFIER_CLASSES.items() for w in ws}
_SKIP = frozenset("""of the a an these those its their his her our your this that other such
more""".split())


def _head(words: tuple[str, ...], i: int, skip: frozenset[str] = frozenset()) -> str | None:
    for w in words[i + 1:i + 5]:
        if w in _SKIP or w in skip or w[:1].isdigit():
            continue
        if w in STOPWORDS or w in _CLASS or w in ORDINALS:
            return None
        return stem(w)
    return None


def quantified(words: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """head → (class, word as written) for each quantifier. A quantifier with no noun after
    it stands for one ("many would be eligible"): its head is "*". "everyone", "nothing"
    and "no one" count persons or things."""
    skip = masked(words, QUANTIFIER_IDIOMS)
    out: dict[str, tuple[str, str]] = {}
    for i, w in enumerate(words):
        if i in skip:
            continue
        pronoun = "no one" if w == "no" and words[i + 1:i + 2] == ("one",) else w
        if pronoun in PRONOUN_QUANTIFIERS:
            kind, counted = PRONOUN_QUANTIFIERS[pronoun]
            out.setdefault(counted, (kind, pronoun))
            continue
        if w not in _CLASS:
            continue
        if w == "some" and words[i + 1:i + 2] and words[i + 1][:1].isdigit():
            continue  # "some 50 people": about 50
        kind = _CLASS[w]
        if w == "few" and i and words[i - 1] == "a":
            kind, w = ("many", "quite a few") if words[i - 2:i - 1] == ("quite",) else \
                ("some", "a few")  # "a few" is some; "few" alone is hardly any
        out.setdefault(_head(words, i) or "*", (kind, w))
    return out


def ordinals(words: tuple[str, ...]) -> dict[str, tuple[int, str]]:
    skip = masked(words, QUANTIFIER_IDIOMS)
    out: dict[str, tuple[int, str]] = {}
    for i, w in enumerate(words):
        if i not in skip and w in ORDINALS and (head := _head(words, i, _TO)) is not None:
            out.setdefault(head, (ORDINALS[w], w))
    return out


def exclusive(words: tuple[str, ...]) -> bool | None:
    """True for "only", False for "also"/"among"/"not only", None when neither is said."""
    inclusive = masked(words, INCLUSIVE_PHRASES)
    if inclusive:
        return False
    return True if EXCLUSIVE & set(words) else None


def compare(claim: Clause, source: Clause) -> str | None:
    """Why the two clauses' quantifiers disagree, or None."""
    mine, theirs = quantified(claim.words), quantified(source.words)
    for head in mine.keys() & theirs.keys():
        if mine[head][0] != theirs[head][0] and \
                frozenset({mine[head][0], theirs[head][0]}) not in COMPATIBLE:
            return f"the source says “{theirs[head][1]}”, not “{mine[head][1]}”"
    mine_o, theirs_o = ordinals(claim.words), ordinals(source.words)
    for head in mine_o.keys() & theirs_o.keys():
        if mine_o[head][0] != theirs_o[head][0]:
            return f"the source says “{theirs_o[head][1]}”, not “{mine_o[head][1]}”"
    a, b = exclusive(claim.words), exclusive(source.words)
    if a is not None and b is not None and a != b:
        return ("the source says it is not the only one" if a else
                f"the source says “only”: “{quote(source.text)}”")
    return None
