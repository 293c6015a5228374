"""Direction: a claim must put a change or comparison at the same end of its scale.

Each cue word sits at one end of a scale (:data:`assistant.nlp.lexicon.SCALES`); a negated
clause moves it to the other end ("did not rise" is at the "fell" end). Bound words ("over",
"under", "up", "down") count only before a quantity ("over 60 people"), and bounds such as
"at least" and "no more than" fix an end themselves.

On a converse scale the same fact can be told from either side: "A beat B" is "B lost to A",
"X before Y" is "Y after X". So when the claim puts on the left of its cue what the source
puts on the right, and the other way round, the claim's end is flipped before comparing;
a passive ("B was beaten by A") swaps the sides once more.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from assistant.answer.contradiction import negation
from assistant.nlp.clauses import Clause, content_terms, masked, quote
from assistant.nlp.lexicon import (
    BE_FORMS,
    BOUNDS,
    DIRECTION_IDIOMS,
    FOR_AFTER,
    NUMBER_WORDS,
    QUANTITY_BOUND,
    SCALES,
    Scale,
)

_BY_NAME = {s.name: s for s in SCALES}
_BOUND_PHRASES = tuple(BOUNDS)
_ENDS: dict[str, list[tuple[Scale, int]]] = {}
for _s in SCALES:
    for _w in _s.up:
        _ENDS.setdefault(_w, []).append((_s, 1))
    for _w in _s.down:
        _ENDS.setdefault(_w, []).append((_s, -1))
_ANY_CUE = frozenset(_ENDS) | frozenset(w for p in BOUNDS for w in p.split()) | {"for"}
_STANCE = next(s for s in SCALES if s.name == "stance")
_ONLY_WITHOUT_TO = frozenset("decline declines declined declining".split())


class Cue(NamedTuple):
    scale: Scale
    sign: int  # +1 the "up" end, -1 the "down" end
    at: int
    word: str


def _quantity_follows(words: tuple[str, ...], i: int) -> bool:
    for w in words[i + 1:i + 3]:
        if w == "than":
            continue
        return w.lstrip("$")[:1].isdigit() or w in NUMBER_WORDS
    return False


def cues(words: tuple[str, ...]) -> list[Cue]:
    """The direction cues of ``words``, in order."""
    out: list[Cue] = []
    if _ANY_CUE.isdisjoint(words):
        return out
    skip = set(masked(words, DIRECTION_IDIOMS))
    if masked(words, _BOUND_PHRASES):
        for phrase, end in BOUNDS.items():
            at = masked(words, (phrase,))
            if at:
                name, _, sign = end.partition(":")
                out.append(Cue(_BY_NAME[name], 1 if sign == "up" else -1, min(at), phrase))
                skip |= at
    for i, w in enumerate(words):
        if w == "for" and i and words[i - 1] in FOR_AFTER:
            out.append(Cue(_STANCE, 1, i, "for"))  # "voted for" against "voted against"
            continue
        ends = _ENDS.get(w)
        if ends is None or i in skip:
            continue
        if w in QUANTITY_BOUND and not _quantity_follows(words, i):
            continue
        if w in _ONLY_WITHOUT_TO and words[i + 1:i + 2] == ("to",):
            continue  # "declined to comment" is a refusal, not a fall
        out.extend(Cue(scale, sign, i, w) for scale, sign in ends)
    return sorted(out, key=lambda c: c.at)


def _passive(words: tuple[str, ...], at: int) -> bool:
    return bool(BE_FORMS & set(words[max(0, at - 2):at])) and "by" in words[at + 1:]


SIDE = 4  # content words next to a cue that stand for its two arguments


def _side(words: tuple[str, ...], start: int, end: int, step: int) -> frozenset[str]:
    near: list[str] = []
    for w in (words[start:end] if step > 0 else reversed(words[start:end])):
        if (t := content_terms((w,))) and len(near) < SIDE:
            near.extend(t)
    return frozenset(near)


def _swapped(claim: tuple[str, ...], i: int, source: tuple[str, ...], j: int) -> bool:
    """Does the claim put on each side of its cue what the source puts on the other side?
    Each side is the few content words nearest the cue: its arguments ("A beat B"), not a
    clause that moved from one end of the sentence to the other."""
    cl, cr = _side(claim, 0, i, -1), _side(claim, i + 1, len(claim), 1)
    sl, sr = _side(source, 0, j, -1), _side(source, j + 1, len(source), 1)
    crossed, straight = (cl & sr, cr & sl), len(cl & sl) + len(cr & sr)
    return bool(crossed[0] and crossed[1]) and len(crossed[0]) + len(crossed[1]) > straight


class Finding(NamedTuple):
    shared: bool  # both clauses place something on a common scale
    conflict: bool
    reason: str | None


def compare(claim: Clause, source: Clause) -> Finding:
    """Do the two clauses put what they share at the same end of each common scale?"""
    c_cues = cues(claim.words)
    s_cues = cues(source.words) if c_cues else []
    if not c_cues or not s_cues:
        return Finding(False, False, None)
    about = claim.terms & source.terms  # "stopped flapping" negates no rise or fall elsewhere
    # a negation counts where it negates what the clauses share, as in negation's own
    # check ("... vote during a later meeting while not passing a formal ordinance" does
    # not reverse "later")
    c_neg = negation.polarity(claim.words, about, other=source.words)
    s_neg = negation.polarity(source.words, about, other=claim.words)
    shared = False
    for scale in {c.scale for c in c_cues} & {c.scale for c in s_cues}:
        mine = [c for c in c_cues if c.scale == scale]
        theirs = [c for c in s_cues if c.scale == scale]
        flip = 1
        if scale.converse:
            swapped = _swapped(claim.words, mine[0].at, source.words, theirs[0].at)
            voice = _passive(claim.words, mine[0].at) != _passive(source.words, theirs[0].at)
            flip = -1 if swapped != voice else 1
        want = [c.sign * flip * (-1) ** c_neg for c in mine]
        have = [c.sign * (-1) ** s_neg for c in theirs]
        shared = True
        # as many cues as the source: the same ends, in any order; else one in common
        if Counter(want) != Counter(have) if len(want) == len(have) \
                else not set(want) & set(have):
            extra = Counter(want) - Counter(have)
            mine_at = next((c for c, w in zip(mine, want, strict=True) if w in extra), mine[0])
            theirs_at = next((c for c, h in zip(theirs, have, strict=True) if h not in extra),
                             theirs[0])
            if c_neg == s_neg and flip == 1:
                reason = f"the source says “{theirs_at.word}”, not “{mine_at.word}”"
            else:
                reason = f"the source says “{quote(source.text)}”"
            return Finding(True, True, reason)
    return Finding(shared, False, None)
