"""Values: a claim clause that swaps one of its source clause's numbers, months or weekdays
for another says something else about the same thing.

It takes a substitution, not an addition: the source clause must hold a value of the kind
that the claim lacks, and the claim one that the source clause lacks. A claim that adds a
year from elsewhere in the article, or leaves a figure out, is not contradicted here (the
fact check in :mod:`assistant.answer.verify` asks whether its values occur at all).
"""

from __future__ import annotations

from collections import Counter

from assistant.nlp.clauses import Clause

_MONTHS = frozenset("""january february march april may june july august september october
november december""".split())
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _values(c: Clause) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {"number": Counter(), "month": Counter(),
                                    "weekday": Counter()}
    for w, cap in zip(c.words, c.capital, strict=True):
        if w.lstrip("$")[:1].isdigit():
            out["number"][w.replace(",", "").rstrip(".")] += 1
        elif cap and w in _MONTHS:
            out["month"][w] += 1
        elif w in _DAYS:
            out["weekday"][w] += 1
    return out


def compare(claim: Clause, source: Clause) -> str | None:
    """Why the claim's value is not the source's, or None. Values are counted, so "30 to 30"
    against "20 to 30" swaps a 20 for a 30."""
    mine, theirs = _values(claim), _values(source)
    for kind in ("number", "month", "weekday"):
        extra, lacking = mine[kind] - theirs[kind], theirs[kind] - mine[kind]
        if extra and lacking:
            said, wrote = min(lacking), min(extra)
            if kind != "number":
                said, wrote = said.capitalize(), wrote.capitalize()
            return f"the source says “{said}”, not “{wrote}”"
    return None
