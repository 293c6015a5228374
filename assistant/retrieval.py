"""Hybrid retrieval: dense (Chroma) and keyword (BM25) candidates, fused by reciprocal rank.

Both halves see the same filters. After fusion, no article may fill more than
``max_per_article`` of the ``k`` slots, so one long article cannot crowd out
other coverage. Passages come back with the article metadata needed to cite them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assistant.config import RetrievalSettings
from assistant.index import Index
from assistant.index.vectors import chunk_where
from assistant.types import Filters, Passage


@dataclass(frozen=True)
class Retrieved:
    passages: list[Passage]
    query_vector: np.ndarray | None


def rrf(rankings: Sequence[Sequence[str]], k: int = 60,
        weights: Sequence[float] | None = None) -> dict[str, float]:
    """Reciprocal rank fusion: list i adds weight_i / (k + rank) to the ids it ranks (from 1)."""
    fused: dict[str, float] = {}
    for i, ranking in enumerate(rankings):
        w = 1.0 if weights is None else weights[i]
        for rank, cid in enumerate(ranking, start=1):
            fused[cid] = fused.get(cid, 0.0) + w / (k + rank)
    return fused


def diversify(ranked: Sequence[tuple[str, str]], k: int, max_per_article: int,
              scores: dict[str, float] | None = None, hold_ratio: float = 0.0) -> list[str]:
    """Pick ``k`` chunk ids from ``(chunk_id, article_id)``, in order, capping each article.

    The cap is a preference: when too few other articles qualify, the remaining
    slots go to the best chunks that the cap held back, so slots are never left empty. With
    ``scores`` and ``hold_ratio``, another article only qualifies while its chunk scores at
    least ``hold_ratio`` times the best held-back chunk: a story that dominates the ranking
    keeps its further passages ahead of barely related articles.
    """
    taken: dict[str, int] = {}
    chosen: list[str] = []
    held: list[str] = []
    for cid, aid in ranked:
        while (held and scores is not None and len(chosen) < k
               and scores[cid] < hold_ratio * scores[held[0]]):
            chosen.append(held.pop(0))
        if len(chosen) == k:
            break
        if taken.get(aid, 0) >= max_per_article:
            held.append(cid)
            continue
        taken[aid] = taken.get(aid, 0) + 1
        chosen.append(cid)
        if len(chosen) == k:
            break
    picked = set(chosen) | set(held[: k - len(chosen)])
    return [cid for cid, _ in ranked if cid in picked]


def one_per_group(order: list[str], article_of: dict[str, str], index: Index,
                  ) -> tuple[list[str], dict[str, list[str]]]:
    """Wire copies count once: only the best-ranked article of a syndication group keeps its
    chunks. Returns the filtered order and, per kept article, the other members' outlets."""
    groups = index.catalog.groups_of(set(article_of.values()))
    rep: dict[str, str] = {}  # group → the article that represents it
    kept = []
    for cid in order:
        aid = article_of[cid]
        g = groups.get(aid, aid)
        if rep.setdefault(g, aid) == aid:
            kept.append(cid)
    members = index.catalog.group_members(rep)
    also: dict[str, list[str]] = {}
    for g, aid in rep.items():
        others = [f"{o} ({t})" if o else t for m, o, t in members.get(g, []) if m != aid]
        if others:
            also[aid] = others
    return kept, also


def recency_window(as_of: dt.date, days: int) -> tuple[int, int]:
    """The ``YYYYMMDD`` keys of the days preferred as recent: from ``days`` before ``as_of``
    to the day after it (a story dated tomorrow in another time zone is still today's)."""
    lo, hi = as_of - dt.timedelta(days=days), as_of + dt.timedelta(days=1)
    return int(lo.strftime("%Y%m%d")), int(hi.strftime("%Y%m%d"))


def prefer_recent(fused: dict[str, float], article_of: dict[str, str],
                  published: dict[str, int | None], window: tuple[int, int], bonus: float,
                  ) -> dict[str, float]:
    """``fused`` with ``bonus`` added to the chunks whose article was published in ``window``
    (undated ones get nothing)."""
    lo, hi = window
    out = dict(fused)
    for cid, score in fused.items():
        key = published.get(article_of.get(cid, ""))
        if key is not None and lo <= key <= hi:
            out[cid] = score + bonus
    return out


def retrieve(
    index: Index,
    query: str,
    filters: Filters | None = None,
    settings: RetrievalSettings | None = None,
    k: int | None = None,
    as_of: dt.date | None = None,
) -> Retrieved:
    """The ``k`` best passages for ``query``. In hybrid mode, coverage published in the
    ``recent_days`` before ``as_of`` (default today) is preferred (see ``prefer_recent``)."""
    settings = settings or index.settings.retrieval
    filters = filters or Filters()
    k = k or settings.k
    outlets, since, until = index.check_filters(filters)
    n = max(settings.candidates, k)

    dense: list[tuple[str, float]] = []
    keyword: list[tuple[str, float]] = []
    qvec: np.ndarray | None = None
    if settings.mode in ("hybrid", "dense"):
        qvec = index.query_embedder.encode_one(query)
        dense = index.vectors.query(qvec, n, chunk_where(outlets, since, until))
    if settings.mode in ("hybrid", "keyword"):
        kw = index.keyword()
        keyword = kw.search(query, n, kw.mask(outlets, since, until))

    if settings.mode == "hybrid":
        fused = rrf([[c for c, _ in dense], [c for c, _ in keyword]], settings.rrf_k,
                    weights=[settings.dense_weight, 1.0])
    else:
        only = dense or keyword
        fused = {c: s for c, s in only}
    spans = index.catalog.chunk_spans(list(fused))  # drops chunks whose article is gone
    if settings.mode == "hybrid" and settings.recent_days and settings.recent_bonus:
        article_of = {c: spans[c][0] for c in fused if c in spans}
        published = index.catalog.published_keys(set(article_of.values()))
        fused = prefer_recent(fused, article_of, published,
                              recency_window(as_of or dt.date.today(), settings.recent_days),
                              settings.recent_bonus)
    order = [c for c in sorted(fused, key=lambda c: -fused[c]) if c in spans]
    order, also = one_per_group(order, {c: spans[c][0] for c in order}, index)
    chosen = diversify([(c, spans[c][0]) for c in order], k, settings.max_per_article,
                       fused, settings.hold_ratio)
    articles = index.catalog.get_many(spans[c][0] for c in chosen)
    dense_by, kw_by = dict(dense), dict(keyword)
    passages = []
    for cid in chosen:
        aid, start, end = spans[cid]
        a = articles[aid]
        passages.append(Passage(
            article_id=aid, chunk_id=cid, score=round(fused[cid], 6), text=a.text[start:end],
            start=start, end=end, title=a.title, outlet=a.outlet, published=a.published,
            url=a.url, dense_score=dense_by.get(cid), keyword_score=kw_by.get(cid),
            also_published_by=also.get(aid, []),
        ))
    return Retrieved(passages=passages, query_vector=qvec)


def held_back(index: Index, query: str, passages: Sequence[Passage],
              query_vector: np.ndarray | None) -> list[Passage]:
    """The chunks that the per-article cap (or the ranking) left out of the article that
    holds the two best passages: a story that dominates what was retrieved may answer in a
    paragraph the query's words do not reach ("the conversation lasted for more than one
    hour" in a report on a call). Empty unless one article leads twice. Each comes with its
    dense similarity and BM25 score for the query, and no fused rank of its own."""
    if len(passages) < 2 or passages[0].article_id != passages[1].article_id:
        return []
    lead = passages[0]
    have = {p.chunk_id for p in passages}
    rest = [r for r in index.catalog.article_chunks(lead.article_id) if r[0] not in have]
    if not rest:
        return []
    article = index.catalog.get_many([lead.article_id]).get(lead.article_id)
    if article is None:
        return []
    ids = [cid for cid, _, _ in rest]
    vecs = index.vectors.get_vectors(ids) if query_vector is not None else {}
    bm25 = index.keyword().scores_of(query, ids)
    return [Passage(
        article_id=lead.article_id, chunk_id=cid, score=0.0, text=article.text[start:end],
        start=start, end=end, title=lead.title, outlet=lead.outlet, published=lead.published,
        url=lead.url, also_published_by=lead.also_published_by, keyword_score=bm25.get(cid),
        dense_score=float(vecs[cid] @ query_vector) if cid in vecs and query_vector is not None
        else None,
    ) for cid, start, end in rest]
