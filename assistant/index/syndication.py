"""Near-duplicate articles: wire copies grouped, boilerplate pages rejected.

Each article gets a MinHash of its word 4-shingles; an LSH index finds earlier articles whose
text it shares most of (estimated Jaccard >= ``threshold``).

- **Syndication**: a near-copy joins the group of what it copies (the group is named by its
  first member). Retrieval counts a group as one source and lists the others as "also
  published by". A reprint may carry a new headline and a trimmed ending.
- **Boilerplate**: a page whose body does not mention its own headline ("How relevant is this
  ad to you?" under "Nissan recalls 200,000 trucks") and whose body another such page shares
  under a different headline is not news at all. It is refused at ingest, and the copies that
  were indexed before the pattern showed are taken out again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from assistant.nlp.tokens import STOPWORDS, words

NUM_PERM = 64
THRESHOLD = 0.5
# share of a headline's content words its own body must contain to be about it
MIN_HEADLINE_FIT = 0.4
_SHINGLE = 4


def _shingles(text: str) -> set[bytes]:
    toks = words(text)
    if len(toks) < _SHINGLE:
        return {" ".join(toks).encode()} if toks else {b""}
    return {" ".join(toks[i:i + _SHINGLE]).encode() for i in range(len(toks) - _SHINGLE + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash of ``text`` as ``NUM_PERM`` uint64 values."""
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=7)
    m.update_batch(list(_shingles(text)))
    return np.asarray(m.hashvalues, dtype=np.uint64)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def _content(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOPWORDS and len(w) > 2 and not w.isdigit()}


def headline_fit(title: str, text: str) -> float:
    """The share of the headline's content words that the body uses (1.0 without a title)."""
    head = _content(title)
    if not head:
        return 1.0
    return len(head & _content(text)) / len(head)


def _same_headline(a: str, b: str) -> bool:
    ha, hb = _content(a), _content(b)
    return bool(ha and hb) and len(ha & hb) / len(ha | hb) >= 0.6


@dataclass
class Member:
    article_id: str
    group_id: str
    title: str
    fit: float
    sig: np.ndarray
    junk: bool = False


@dataclass
class Screening:
    """What screening found an article to be: a member of which group, or boilerplate."""

    group_id: str
    junk: str | None = None  # why the article is boilerplate, if it is
    retract: list[str] = field(default_factory=list)  # indexed articles now known as junk


class Deduper:
    """Banded LSH over everything indexed (and every boilerplate body rejected so far):
    ``BANDS`` bands of ``NUM_PERM / BANDS`` rows find pairs above ~0.5 Jaccard; candidates
    are then checked on the full signature."""

    BANDS = 16

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._bands: list[dict[bytes, set[str]]] = [{} for _ in range(self.BANDS)]
        self.members: dict[str, Member] = {}

    def _keys(self, sig: np.ndarray) -> list[bytes]:
        return [part.tobytes() for part in np.split(sig, self.BANDS)]

    def add(self, member: Member) -> None:
        if member.article_id in self.members:
            self.remove(member.article_id)
        self.members[member.article_id] = member
        for band, key in zip(self._bands, self._keys(member.sig), strict=True):
            band.setdefault(key, set()).add(member.article_id)

    def remove(self, article_id: str) -> None:
        member = self.members.pop(article_id, None)
        if member is None:
            return
        for band, key in zip(self._bands, self._keys(member.sig), strict=True):
            band.get(key, set()).discard(article_id)

    def neighbours(self, sig: np.ndarray, exclude: str) -> list[Member]:
        keys: set[str] = set()
        for band, key in zip(self._bands, self._keys(sig), strict=True):
            keys |= band.get(key, set())
        out = [self.members[k] for k in keys if k != exclude and k in self.members]
        out = [m for m in out if similarity(m.sig, sig) >= self.threshold]
        return sorted(out, key=lambda m: (-similarity(m.sig, sig), m.article_id))

    def classify(self, article_id: str, title: str, text: str) -> tuple[Screening, Member]:
        """Decide what ``article`` is; the caller ``add``s the member once it is stored."""
        sig = signature(text)
        me = Member(article_id, article_id, title, headline_fit(title, text), sig)
        near = self.neighbours(sig, article_id)
        if not near:
            return Screening(article_id), me
        off_topic = [m for m in near if m.junk or (m.fit < MIN_HEADLINE_FIT
                                                   and not _same_headline(m.title, title))]
        if me.fit < MIN_HEADLINE_FIT and off_topic:
            me.junk = True
            first = off_topic[0]
            reason = ("boilerplate: the same body as other pages under different headlines "
                      f"(e.g. {first.title[:60]!r}), not about its own")
            return Screening(article_id, junk=reason,
                           retract=[m.article_id for m in off_topic if not m.junk]), me
        group = near[0].group_id
        me.group_id = group
        return Screening(group), me

