"""Negation: a claim clause and its source clause must agree on whether something happened.

The polarity of a clause is the parity of its negation cues (see
:mod:`assistant.nlp.lexicon`): "did not deny" is two cues, so it agrees with "confirmed"'s
zero, and "refused to pay" agrees with "did not pay"; "stopped applying" agrees with "no
longer applies" and not with "continued applying". A word and its prefixed antonym across
the two clauses ("able" / "unable", "legal" / "illegal") count as one more cue, so "was not
accurate" agrees with "was inaccurate". Fixed phrases such as "not only" are no negation.
A cue counts only when what it negates is content the two clauses share (its scope: the
next few words), so a negation elsewhere in a long source clause is not held against a
claim that does not repeat that part.
"""

from __future__ import annotations

from itertools import pairwise

from assistant.nlp.clauses import Clause, content_terms, masked
from assistant.nlp.lexicon import (
    ENDING_VERBS,
    NEGATION_IDIOMS,
    NEGATION_PARTICLES,
    NEGATIVE_PREFIXES,
    NEGATIVE_VERBS,
)
from assistant.nlp.tokens import stem

_PREFIX_STARTS = frozenset(p[:2] for p in NEGATIVE_PREFIXES)
_ONLY_BEFORE_TO = frozenset("decline declines declined declining".split())


def cues(words: tuple[str, ...]) -> list[int]:
    """Positions of the negation cues in ``words``."""
    skip = masked(words, NEGATION_IDIOMS)
    out = []
    for i, w in enumerate(words):
        if i in skip:
            continue
        particle = w in NEGATION_PARTICLES
        verb = w in NEGATIVE_VERBS and (w not in _ONLY_BEFORE_TO or words[i + 1:i + 2] == ("to",))
        ending = w in ENDING_VERBS and words[i + 1:i + 2] != () and words[i + 1].endswith("ing")
        if particle or verb or ending:
            out.append(i)
    return out


SCOPE = 6  # words after a cue that it negates


# words that tell of an end themselves: against "ended the search", "stopped searching"
# says the same
_ENDED = frozenset(stem(w) for w in """end ended ends ending halt halted halts halting cease
ceased ceasing stop stopped stops stopping quit quits quitting suspend suspended suspends
abandon abandoned drop dropped call called cut off over""".split()) - {"call", "cut", "off",
                                                                         "over"}


def _ending_counts(words: tuple[str, ...], i: int, other: tuple[str, ...] | None) -> bool:
    """Does the verb of ending at ``i`` ("stopped lending") negate what ``other`` affirms?
    Only when ``other`` tells of that very doing ("continued lending"), and not of an end
    of its own ("cut off loans", "ended the search", "called off the strike")."""
    if other is None:
        return True
    stems = {stem(w) for w in other}
    ends = bool(stems & _ENDED) or any(a in ("cut", "called", "call") and b == "off"
                                       for a, b in pairwise(other))
    return stem(words[i + 1]) in stems and not ends


def polarity(words: tuple[str, ...], about: frozenset[str] | None = None,
             ending_about: frozenset[str] | None = None,
             other: tuple[str, ...] | None = None) -> int:
    """0 for an affirmative clause, 1 for a negated one.

    With ``about`` (content terms), only cues that negate some of them count: a cue whose
    next few content words are all elsewhere negates something else ("..., as there were no
    voters in line" says nothing about the polls closing). A cue with no content word after
    it ("but Okafor did not") negates the verb phrase it stands for, and counts.
    ``ending_about`` scopes only the verbs of ending ("stopped flapping"), which always
    negate something named after them: in a long source clause, often something else.
    With ``other`` (the clause compared), a verb of ending counts only as
    :func:`_ending_counts` says.
    """
    n = 0
    for i in cues(words):
        if words[i] in ENDING_VERBS and not _ending_counts(words, i, other):
            continue
        scope = content_terms(words[i + 1:i + 1 + SCOPE])
        within = ending_about if words[i] in ENDING_VERBS and about is None else about
        if within is None or not scope or scope & within:
            n += 1
    return n % 2


def prefixed_antonyms(a: tuple[str, ...], b: tuple[str, ...]) -> list[tuple[str, str]]:
    """(word, its antonym) for each word of one clause that is in the other with a negative
    prefix ("legal" / "illegal")."""
    out = []
    for x, y in ((a, b), (b, a)):
        have = set(x)
        for w in set(y) - have:
            if w[:2] not in _PREFIX_STARTS:
                continue
            for p in NEGATIVE_PREFIXES:
                if w.startswith(p) and len(w) - len(p) >= 4 and w[len(p):] in have:
                    out.append((w[len(p):], w))
                    break
    return out


def disagree(claim: Clause, source: Clause) -> bool:
    """Does one clause negate what the other affirms?"""
    antonyms = prefixed_antonyms(claim.words, source.words)
    shared = claim.terms & source.terms | content_terms(tuple(w for p in antonyms for w in p))
    flips = (polarity(claim.words, shared, other=source.words)
             + polarity(source.words, shared, other=claim.words) + len(antonyms))
    return flips % 2 == 1
