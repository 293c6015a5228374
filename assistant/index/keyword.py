"""The keyword half of the index: BM25 (bm25s) over the catalog's chunks.

bm25s builds and saves the index (a sparse term x chunk matrix of precomputed BM25 weights).
Querying reads that matrix back with numpy alone: a query's score is the sum of its terms'
columns, so neither bm25s nor scipy (about half a second of imports) is loaded to answer.

BM25 statistics are global, so the index is rebuilt from the catalog rather
than patched; it is saved beside the catalog with the catalog generation it
was built from, and rebuilt whenever that generation moves (after any add,
replace or delete). Filters are applied as a mask over all chunks before
ranking, so a filter never starves the result list.
"""

from __future__ import annotations

import json
import math
import os
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.index.catalog import Catalog
from assistant.nlp.tokens import terms

_FORMAT = 2  # 2: terms without accents


class Weights:
    """BM25 weights as bm25s stores them: a CSC matrix with one column per vocabulary term."""

    def __init__(self, data: np.ndarray, indices: np.ndarray, indptr: np.ndarray,
                 vocab: dict[str, int], n_docs: int):
        self.data, self.indices, self.indptr = data, indices, indptr
        self.vocab = vocab
        self.n_docs = n_docs

    @classmethod
    def of(cls, retriever: Any, n_docs: int) -> Weights:
        """The weights of a freshly built ``bm25s.BM25``."""
        if not n_docs:
            return cls.empty()
        sc = retriever.scores
        return cls(sc["data"], sc["indices"], sc["indptr"], dict(retriever.vocab_dict), n_docs)

    @classmethod
    def empty(cls) -> Weights:
        z = np.zeros(0, dtype=np.float32)
        return cls(z, z.astype(np.int32), np.zeros(1, dtype=np.int32), {}, 0)

    @classmethod
    def read(cls, folder: Path, n_docs: int) -> Weights:
        """Memory-mapped, so a large index costs page cache rather than private memory."""
        if not n_docs:
            return cls.empty()
        arrays = [np.load(folder / f"{name}.csc.index.npy", mmap_mode="r")
                  for name in ("data", "indices", "indptr")]
        vocab = json.loads((folder / "vocab.index.json").read_text())
        data, indices, indptr = arrays
        return cls(data, indices, indptr, vocab=vocab, n_docs=n_docs)

    def scores(self, query_terms: Sequence[str]) -> np.ndarray:
        """Sum of the query terms' columns (a repeated term counts again, as in bm25s)."""
        out = np.zeros(self.n_docs, dtype=np.float32)
        for term in query_terms:
            col = self.vocab.get(term)
            if col is None:
                continue
            a, b = int(self.indptr[col]), int(self.indptr[col + 1])
            out[self.indices[a:b]] += self.data[a:b]
        return out


class KeywordIndex:
    def __init__(self, retriever: Any, chunk_ids: list[str], outlet_keys: list[str],
                 published_keys: np.ndarray, doc_freq: dict[str, int], generation: int,
                 weights: Weights | None = None):
        self._bm25 = retriever  # a bm25s.BM25 right after a build (for save); None when loaded
        self.weights = weights or Weights.of(retriever, len(chunk_ids))
        self.chunk_ids = chunk_ids
        self.outlet_keys = np.asarray(outlet_keys, dtype=object)
        self.published_keys = published_keys  # int64, -1 where unknown
        self.doc_freq = doc_freq
        self.generation = generation
        self.n_docs = len(chunk_ids)
        self._position: dict[str, int] | None = None  # chunk id → row, built when first asked

    # building and persistence -------------------------------------------------
    @classmethod
    def build(cls, catalog: Catalog) -> KeywordIndex:
        import bm25s

        generation = catalog.generation()
        rows = catalog.chunk_rows()
        corpus = [terms(r.embed_text) or ["_empty_"] for r in rows]
        retriever = bm25s.BM25()
        if corpus:
            retriever.index(corpus, show_progress=False)
        doc_freq: dict[str, int] = {}
        for toks in corpus:
            for t in set(toks):
                doc_freq[t] = doc_freq.get(t, 0) + 1
        pub = np.array([r.published_key if r.published_key is not None else -1 for r in rows],
                       dtype=np.int64)
        return cls(retriever, [r.chunk_id for r in rows], [r.outlet_key for r in rows], pub,
                   doc_freq, generation)

    def save(self, folder: Path) -> None:
        """Write to a private temp folder, then swap it in whole, so readers (and other
        processes rebuilding at the same moment) never see half an index."""
        tag = f"{os.getpid()}-{threading.get_ident()}"
        tmp = folder.with_name(f"{folder.name}.tmp-{tag}")
        tmp.mkdir(parents=True, exist_ok=True)
        if self.n_docs:
            self._bm25.save(str(tmp / "bm25"), show_progress=False)
        np.save(tmp / "published.npy", self.published_keys)
        (tmp / "rows.json").write_text(json.dumps({
            "format": _FORMAT, "generation": self.generation, "chunk_ids": self.chunk_ids,
            "outlet_keys": list(self.outlet_keys), "doc_freq": self.doc_freq,
        }))
        old = folder.with_name(f"{folder.name}.old-{tag}")
        try:
            if folder.exists():
                folder.rename(old)
            tmp.rename(folder)
        except OSError:
            pass  # another writer swapped its copy in first; it was built the same way
        finally:
            _rmtree(old)
            _rmtree(tmp)

    @classmethod
    def load(cls, folder: Path) -> KeywordIndex | None:
        try:
            meta = json.loads((folder / "rows.json").read_text())
            if meta.get("format") != _FORMAT:
                return None
            weights = Weights.read(folder / "bm25", len(meta["chunk_ids"]))
            pub = np.load(folder / "published.npy")
        except (OSError, ValueError, KeyError):
            return None
        return cls(None, meta["chunk_ids"], meta["outlet_keys"], pub, meta["doc_freq"],
                   meta["generation"], weights)

    @classmethod
    def load_or_build(cls, catalog: Catalog, folder: Path) -> KeywordIndex:
        index = cls.load(folder)
        if index is None or index.generation != catalog.generation():
            index = cls.build(catalog)
            index.save(folder)
        return index

    # querying -------------------------------------------------------------------
    def idf(self, term: str) -> float:
        df = self.doc_freq.get(term, 0)
        return math.log(1 + (self.n_docs - df + 0.5) / (df + 0.5))

    def mask(self, outlet_keys: Sequence[str], since: int | None, until: int | None,
             ) -> np.ndarray | None:
        if not (outlet_keys or since is not None or until is not None):
            return None
        m = np.ones(self.n_docs, dtype=bool)
        if outlet_keys:
            m &= np.isin(self.outlet_keys, list(outlet_keys))
        if since is not None:
            m &= self.published_keys >= since
        if until is not None:
            m &= (self.published_keys <= until) & (self.published_keys >= 0)
        return m

    def search(self, query: str, n: int, mask: np.ndarray | None = None,
               ) -> list[tuple[str, float]]:
        """``(chunk_id, BM25 score)`` of the best ``n`` chunks with a positive score."""
        q = [t for t in terms(query) if t in self.doc_freq]
        if not q or not self.n_docs:
            return []
        scores = self.weights.scores(q)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        n = min(n, self.n_docs)
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.chunk_ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def scores_of(self, query: str, chunk_ids: Sequence[str]) -> dict[str, float]:
        """The BM25 score of ``query`` for each of ``chunk_ids`` that is indexed."""
        q = [t for t in terms(query) if t in self.doc_freq]
        if not q or not self.n_docs:
            return {}
        if self._position is None:
            self._position = {c: i for i, c in enumerate(self.chunk_ids)}
        scores = self.weights.scores(q)
        return {c: float(scores[i]) for c in chunk_ids
                if (i := self._position.get(c)) is not None}


def _rmtree(path: Path) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)
