"""Which source clause a claim clause should be compared with.

A claim clause is compared only with a source clause that is plainly about the same thing:
most of its content terms (at least ``MIN_ALIGNMENT`` of them, and two or more) occur there,
and the names it mentions occur in that source sentence, at least one of them in the clause
itself (or the clause's inherited subject). "X did not attend" therefore meets "X attended"
in "Y did not attend; X attended", and never Y's clause.

When several source clauses align equally well, all of them are returned: a contradiction
is only declared when every one of them disagrees.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from assistant.nlp.clauses import Clause, clauses
from assistant.nlp.sentences import split_sentences

MIN_ALIGNMENT = 0.6


class Pair(NamedTuple):
    claim: Clause
    source: Clause
    sentence: str  # the source sentence that holds ``source``
    cited: int  # which cited text it comes from (0-based)
    score: float


@lru_cache(maxsize=1024)
def sentences_of(text: str) -> tuple[tuple[str, str], ...]:
    """The sentences of a cited text, each with its lower-cased form for a quick look."""
    return tuple((s, s.lower()) for s in split_sentences(text))


def resting(rest: frozenset[str] | set[str], cited: list[str], floor: float,
            terms_of: Callable[[str], frozenset[str]]) -> list[tuple[int, str]]:
    """The source sentences (with the index of the cited text holding each) that hold the
    largest share of ``rest``, a claim's terms other than its names, and more than
    ``floor`` of them (ties all kept, in order): the sentences the claim rests on when no
    clause of it aligns by name. ``terms_of`` gives a sentence's terms."""
    best: list[tuple[int, str]] = []
    top = floor
    for i, text in enumerate(cited):
        for sentence, _ in sentences_of(text):
            score = len(rest & terms_of(sentence)) / len(rest)
            if score > top + 1e-9:
                best, top = [(i, sentence)], score
            elif abs(score - top) <= 1e-9:
                best.append((i, sentence))
    return best


def _key(term: str) -> str:
    """A prefix that any word with this stem contains ("parti" for "party", "parties")."""
    return term.rstrip("y")[:5]


def _names_ok(claim: Clause, source: Clause, sentence_words: frozenset[str]) -> bool:
    if not claim.names:
        return True
    return claim.names <= sentence_words and bool(claim.names & (source.names
                                                                 | set(source.words)))


def aligned(claim: str, cited: list[str], min_score: float = MIN_ALIGNMENT) -> list[list[Pair]]:
    """For each clause of ``claim`` that aligns with some clause of ``cited``: the best pairs."""
    mine = [c for c in clauses(claim) if len(c.terms) >= 2]
    if not mine:
        return []
    # a source sentence can only hold an aligned clause if it holds enough of a claim
    # clause's terms: look for their prefixes first, and cut only those sentences up
    keys = [{_key(t) for t in c.terms} for c in mine]
    need = [max(2, min_score * len(c.terms) - 1e-9) for c in mine]
    candidates: list[tuple[int, str, tuple[Clause, ...], frozenset[str]]] = []
    for i, text in enumerate(cited):
        for sentence, lower in sentences_of(text):
            if any(sum(k in lower for k in ks) >= n for ks, n in zip(keys, need, strict=True)):
                cl = clauses(sentence)
                candidates.append((i, sentence, cl, frozenset(w for c in cl for w in c.words)))
    out = []
    for c in mine:
        best: list[Pair] = []
        for i, sentence, source_clauses, words in candidates:
            for s in source_clauses:
                shared = len(c.terms & s.terms)
                score = shared / len(c.terms)
                if shared < 2 or score < min_score or not _names_ok(c, s, words):
                    continue
                if not best or score > best[0].score + 1e-9:
                    best = [Pair(c, s, sentence, i, score)]
                elif abs(score - best[0].score) <= 1e-9:
                    best.append(Pair(c, s, sentence, i, score))
        if best:
            out.append(best)
    return out
