"""Negation: a claim clause and its source clause must agree on whether something happened.

The polarity of a clause is the parity of its negation cues (see
:mod:`assistant.nlp.lexicon`): "did not deny" is two cues, so it agrees with "confirmed"'s
zero, and "refused to pay" agrees with "did not pay". A word and its prefixed antonym across
the two clauses ("able" / "unable", "legal" / "illegal") count as one more cue, so "was not
accurate" agrees with "was inaccurate". Fixed phrases such as "not only" are no negation.
"""

from __future__ import annotations

from assistant.nlp.clauses import Clause, masked
from assistant.nlp.lexicon import (
    NEGATION_IDIOMS,
    NEGATION_PARTICLES,
    NEGATIVE_PREFIXES,
    NEGATIVE_VERBS,
)

_ONLY_BEFORE_TO = frozenset("decline declines declined declining".split())


def cues(words: tuple[str, ...]) -> list[int]:
    """Positions of the negation cues in ``words``."""
    skip = masked(words, NEGATION_IDIOMS)
    out = []
    for i, w in enumerate(words):
        if i in skip:
            continue
        particle = w == "n't" or w in NEGATION_PARTICLES
        verb = w in NEGATIVE_VERBS and (w not in _ONLY_BEFORE_TO or words[i + 1:i + 2] == ("to",))
        if particle or verb:
            out.append(i)
    return out


def polarity(words: tuple[str, ...]) -> int:
    """0 for an affirmative clause, 1 for a negated one."""
    return len(cues(words)) % 2


def prefixed_antonyms(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How many words of one clause occur in the other with a negative prefix."""
    n = 0
    for x, y in ((a, b), (b, a)):
        have = set(x)
        for w in set(y):
            for p in NEGATIVE_PREFIXES:
                if w.startswith(p) and len(w) - len(p) >= 4 and w[len(p):] in have:
                    n += 1
                    break
    return n


def disagree(claim: Clause, source: Clause) -> bool:
    """Does one clause negate what the other affirms?"""
    flips = polarity(claim.words) + polarity(source.words) \
        + prefixed_antonyms(claim.words, source.words)
    return flips % 2 == 1
