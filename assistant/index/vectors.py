"""The dense half of the index: a Chroma collection of chunk embeddings.

Embedded (``PersistentClient`` under the data dir) by default, or a Chroma
server when ``chroma_host`` is set. Telemetry is off either way, and the
collection never embeds anything itself: vectors always come from our embedder.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import StoreError

_WRITE_BATCH = 2000
# Chroma's HNSW search visits max(ef_search, n) candidates; a wider search costs about a
# millisecond more on 20,000 chunks and finds near neighbours a graph of many updates hides.
_SEARCH_BREADTH = 200
_SAVE_INTERVAL = 1000  # Chroma's sync_threshold: writes between saves of its vector index


def _client(path: Path | None, host: str | None, port: int) -> Any:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if host:
            return chromadb.HttpClient(host=host, port=port, settings=settings)
        assert path is not None
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=settings)
    except Exception as e:  # chroma raises bare Exceptions and ValueErrors alike
        where = f"Chroma server at {host}:{port}" if host else f"Chroma store at {path}"
        raise StoreError(f"cannot open {where}: {e}") from e


def _reason(error: Exception) -> str:
    """The first line of a Chroma failure (its messages can run to a traceback)."""
    lines = str(error).strip().splitlines()
    return lines[0][:200] if lines else type(error).__name__


class VectorStore:
    def __init__(self, name: str, path: Path | None = None, host: str | None = None,
                 port: int = 8000):
        self.name = name
        self.where = f"Chroma server at {host}:{port}" if host else f"Chroma store at {path}"
        self._path = None if host else path
        self._client = _client(path, host, port)
        try:
            self._col = self._client.get_or_create_collection(
                name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
            )
        except Exception as e:
            raise StoreError(f"cannot open collection {name!r}: {e}") from e
        self._dirty = False  # written to since the vector index was last settled
        self._lock = threading.RLock()

    @contextmanager
    def _calling(self) -> Iterator[None]:
        """A failure of Chroma (a server that died: a connection error from deep in httpx)
        becomes one :class:`StoreError` naming the store. Calls hold the store's lock, so
        none runs while :meth:`settle` replaces the client."""
        with self._lock:
            try:
                yield
            except StoreError:
                raise
            except Exception as e:
                raise StoreError(f"lost the {self.where} ({_reason(e)})") from e

    def count(self) -> int:
        with self._calling():
            return int(self._col.count())

    def upsert(self, ids: Sequence[str], vectors: np.ndarray, metadatas: Sequence[dict[str, Any]],
               documents: Sequence[str]) -> None:
        for i in range(0, len(ids), _WRITE_BATCH):
            sl = slice(i, i + _WRITE_BATCH)
            with self._calling():
                self._col.upsert(
                    ids=list(ids[sl]), embeddings=vectors[sl], metadatas=list(metadatas[sl]),
                    documents=list(documents[sl]),
                )
            self._dirty = True

    def delete_articles(self, article_ids: Sequence[str]) -> None:
        if article_ids:
            with self._calling():
                self._col.delete(where={"article_id": {"$in": list(article_ids)}})
            self._dirty = True

    def replace_collection(self, collection: Any) -> None:
        """Use ``collection`` (a rebuilt copy of this one, already renamed) from now on."""
        self._col = collection
        self._dirty = True

    def settle(self) -> None:
        """Have Chroma save its vector index to disk with every write so far in it.

        Chroma saves the index every ``sync_threshold`` (1,000) writes and keeps the rest in
        its log, which each process that opens the store replays into its own copy of the
        graph, in an order that differs from one process to the next. Nearest-neighbour
        search on those graphs differs too: the same question could get other passages in
        each run. So after a writer is done, the interval is lowered, the client reopened
        (its writer keeps the interval it was opened with), the first stored chunk written
        again as it is, which saves the index, and the interval set back to Chroma's 1,000.
        Calls from other threads wait meanwhile (the client is replaced under them). Where
        another client of this process shares the folder, Chroma keeps the old writer: the
        store stays unsettled, for the next writer. A Chroma server keeps one graph for every
        client: nothing to do. A failure is a :class:`StoreError`; what was written stays.
        """
        if not self._dirty or self._path is None:
            return
        with self._lock:
            with self._calling():
                first = self._col.get(limit=1, include=["embeddings", "metadatas", "documents"])
            if not first["ids"]:
                self._dirty = False
                return
            before = getattr(self._client, "_system", None)
            saved = False
            problem: Exception | None = None
            try:
                self._col.modify(configuration={"hnsw": {"sync_threshold": 2}})
                self._reopen()
                saved = getattr(self._client, "_system", None) is not before
                self._col.upsert(ids=first["ids"],
                                 embeddings=np.asarray(first["embeddings"], np.float32),
                                 metadatas=first["metadatas"], documents=first["documents"])
            except Exception as e:
                problem, saved = e, False
            try:  # back to Chroma's interval, through a client that works, whatever failed
                self._reopen()
                self._col.modify(configuration={"hnsw": {"sync_threshold": _SAVE_INTERVAL}})
                self._reopen()  # a writer that saves every 1,000 writes again
            except Exception as e:
                problem = problem or e
            if problem is not None:
                raise StoreError(f"could not save the vector index of the {self.where} "
                                 f"({_reason(problem)}); what was written is stored") from problem
            self._dirty = not saved

    def close(self) -> None:
        """Let go of the Chroma client (its system stops when no other client uses it)."""
        with self._calling():
            self._client.close()

    def _reopen(self) -> None:
        """Close this client (Chroma stops its system when no other client uses it) and
        open the collection again with a new one (the old is let go even if closing fails)."""
        with suppress(Exception):
            self._client.close()
        self._client = _client(self._path, None, 0)
        self._col = self._client.get_collection(self.name)

    def get_vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vectors of ``ids`` (those that exist)."""
        out: dict[str, np.ndarray] = {}
        ids = list(dict.fromkeys(ids))
        for i in range(0, len(ids), _WRITE_BATCH):
            with self._calling():
                res = self._col.get(ids=ids[i : i + _WRITE_BATCH], include=["embeddings"])
            for cid, vec in zip(res["ids"], res["embeddings"], strict=True):
                out[cid] = np.asarray(vec, dtype=np.float32)
        return out

    def chunk_ids(self, article_id: str) -> list[str]:
        with self._calling():
            return list(self._col.get(where={"article_id": article_id}, include=[])["ids"])

    def query(self, vector: np.ndarray, n: int, where: dict[str, Any] | None = None,
              ) -> list[tuple[str, float]]:
        """``(chunk_id, cosine similarity)`` of the ``n`` nearest chunks, best first."""
        if n <= 0:
            return []
        with self._calling():
            res = self._col.query(
                query_embeddings=[vector], n_results=max(n, _SEARCH_BREADTH),
                where=where or None, include=["distances"])
        ids = res["ids"][0] if res["ids"] else []
        dists = res["distances"][0] if res.get("distances") else [1.0] * len(ids)
        return [(cid, 1.0 - float(d)) for cid, d in zip(ids, dists, strict=True)][:n]


def chunk_where(outlet_keys: Sequence[str], since: int | None, until: int | None,
                ) -> dict[str, Any] | None:
    """A Chroma ``where`` clause for the filters (``$and`` needs two or more parts)."""
    parts: list[dict[str, Any]] = []
    if outlet_keys:
        parts.append({"outlet_key": {"$in": list(outlet_keys)}})
    if since is not None:
        parts.append({"published_key": {"$gte": since}})
    if until is not None:
        parts.append({"published_key": {"$lte": until}})
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else {"$and": parts}
