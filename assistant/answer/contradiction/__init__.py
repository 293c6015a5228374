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
from assistant.answer.contradiction.align import Pair, aligned
from assistant.nlp.clauses import quote
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


def find_conflict(claim: str, cited: list[str],
                  said: Sequence[Attribution | None] = ()) -> Conflict | None:
    """The first way ``cited`` contradicts ``claim``, or None.

    ``said`` holds, for each cited text, the attribution of the span that is quoted from it
    (None when the article states it in its own voice), as stored at ingest.
    """
    groups = aligned(claim, cited)
    if not groups:
        return None
    best = max((p for g in groups for p in g), key=lambda p: p.score)
    if got := roles.speaker_conflict(claim, said, best.sentence):
        return Conflict(kind="roles", reason=got[1], cited=got[0])
    names = frozenset().union(*(g[0].claim.names for g in groups))
    for sentence in dict.fromkeys(p.sentence for g in groups for p in g):
        lower = sentence.lower()
        if sum(n in lower for n in names) < 2:
            continue  # two actors of the claim must both be in the source sentence
        if why := roles.swapped_actors(claim, sentence):
            i = next(p.cited for g in groups for p in g if p.sentence == sentence)
            return Conflict(kind="roles", reason=why, cited=i)
    for group in groups:
        found = [_clause_conflict(p) for p in group]
        if all(found):
            kind, why = found[0]  # type: ignore[misc]
            return Conflict(kind=kind, reason=why, cited=group[0].cited)
    return None
