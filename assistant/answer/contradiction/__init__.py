"""Does the evidence a sentence cites say otherwise? Offline contradiction checks.

Each claim clause is compared with the source clause it aligns with (:mod:`.align`); each
check is one linguistic principle, in its own module:

- :mod:`.roles`: who said it, and who did what to whom;
- :mod:`.direction`: rose/fell, more/less, before/after, won/lost, approved/rejected...;
- :mod:`.negation`: "did not attend" against "attended", scoped to the aligned clause;
- :mod:`.quantifiers`: all/most/some/few/none, only/also, first/last;
- :mod:`.values`: a number, month or weekday swapped for another.

A conflict is declared only when every equally well aligned source clause disagrees, so an
ambiguous alignment passes (and is left to the lexical support check).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, Field

from assistant.answer.contradiction import direction, negation, quantifiers, roles, values
from assistant.answer.contradiction.align import MIN_ALIGNMENT, Pair, aligned, resting
from assistant.nlp.clauses import clauses, quote
from assistant.nlp.tokens import stem
from assistant.types import Attribution

Kind = Literal["roles", "direction", "negation", "quantifier", "value"]


class Conflict(BaseModel):
    """Why a sentence is contradicted by one of the texts it cites."""

    kind: Kind
    reason: str = Field(description="What the source says instead, in a few words.")
    cited: int = Field(description="Index of the cited text that says otherwise (0-based).")


def _clause_conflict(pair: Pair) -> tuple[Kind, str] | None:
    c, s = pair.claim, pair.source
    found = direction.compare(c, s)
    if found.conflict:
        return "direction", found.reason or ""
    if not found.shared and negation.disagree(c, s):
        return "negation", f"the source says “{quote(s.text)}”"
    if why := quantifiers.compare(c, s):
        return "quantifier", why
    if why := values.compare(c, s):
        return "value", why
    return None


def _swapped(claim: str, cited: list[str], pairs: list[Pair]) -> Conflict | None:
    """Two actors of the claim swapped in a source sentence that names both: an aligned one,
    or, when none aligns, those that hold most of the claim's other words (alignment wants
    every name of the claim in one sentence, and "Putin called Ron DeSantis ..." rests on
    "DeSantis called Putin ...", whose "Ron" is in the sentence before)."""
    names = frozenset().union(*(c.names for c in clauses(claim)))
    if len(names) < 2:
        return None
    where = {p.sentence: p.cited for p in pairs} or _resting(claim, cited, names)
    for sentence, i in where.items():
        lower = sentence.lower()
        if sum(n in lower for n in names) < 2:
            continue  # two actors of the claim must both be in the source sentence
        if why := roles.swapped_actors(claim, sentence):
            return Conflict(kind="roles", reason=why, cited=i)
    return None


def _resting(claim: str, cited: list[str], names: frozenset[str]) -> dict[str, int]:
    """The source sentences (and which cited text holds each) that hold most, and at least
    ``MIN_ALIGNMENT``, of the claim's content terms other than its names."""
    rest = frozenset(t for c in clauses(claim) for t in c.terms) - {stem(n) for n in names}
    if len(rest) < 2:
        return {}
    best: dict[str, int] = {}
    for i, sentence in resting(rest, cited, MIN_ALIGNMENT, _clause_terms):
        best.setdefault(sentence, i)
    return best


def _clause_terms(sentence: str) -> frozenset[str]:
    return frozenset(t for c in clauses(sentence) for t in c.terms)


def find_conflict(claim: str, cited: list[str],
                  said: Sequence[Attribution | None] = ()) -> Conflict | None:
    """The first way ``cited`` contradicts ``claim``, or None.

    ``said`` holds, for each cited text, the attribution of the span that is quoted from it
    (None when the article states it in its own voice), as stored at ingest.
    """
    if got := roles.substituted_actor(claim, cited):
        return Conflict(kind="roles", reason=got[1], cited=got[0])
    groups = aligned(claim, cited)
    pairs = [p for g in groups for p in g]
    if pairs:
        best = max(pairs, key=lambda p: p.score)
        if got := roles.speaker_conflict(claim, said, best.sentence):
            return Conflict(kind="roles", reason=got[1], cited=got[0])
    if swapped := _swapped(claim, cited, pairs):
        return swapped
    for group in groups:
        found = [_clause_conflict(p) for p in group]
        if all(found):
            kind, why = found[0]  # type: ignore[misc]
            return Conflict(kind=kind, reason=why, cited=group[0].cited)
    return None
