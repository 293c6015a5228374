"""The index: catalog (SQLite) + vectors (Chroma) + keywords (BM25), kept in step.

One index lives in ``DATA_DIR/indexes/<collection>-<model>/``; switching the
embedding model therefore starts a new index instead of mixing vector spaces.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import Settings
from assistant.errors import ConfigError, NotFound, StoreError
from assistant.index import spanvec
from assistant.index.catalog import (
    ANALYSIS_VERSION,
    Analysis,
    ArticleRow,
    Catalog,
    named_outlets,
    outlet_key,
)
from assistant.index.embedder import Embedder, TextEmbedder, model_slug
from assistant.index.keyword import KeywordIndex
from assistant.index.spanvec import SentenceVector, SpanVectors
from assistant.index.syndication import Deduper, Member, Screening
from assistant.index.vectors import VectorStore
from assistant.nlp.dates import date_key, parse_date
from assistant.types import Article, Chunk, Filters, Passage

log = logging.getLogger(__name__)


def vector_key(text: str) -> str:
    """What a chunk's vector was made from: a hash of the exact text the embedder saw.
    (An index holds one embedding model, so the text alone names the vector.)"""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


class Index:
    def __init__(self, settings: Settings, embedder: TextEmbedder | None = None):
        self.settings = settings
        self.name = f"{settings.collection}-{model_slug(settings.embedding.model)}"[:60]
        self.root = settings.data_dir / "indexes" / self.name
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as problem:
            raise StoreError(f"cannot use {settings.data_dir} as the data dir: "
                             f"{problem.strerror or problem}") from None
        self.catalog = Catalog(self.root / "catalog.sqlite")
        e = settings.embedding
        self.embedder: TextEmbedder
        if embedder is not None:
            self.embedder = embedder
        else:
            self.embedder = Embedder(e.model, e.device, e.batch_size, e.precision)
            if e.workers > 1:
                from assistant.index.workers import PooledEmbedder

                self.embedder = PooledEmbedder(self.embedder, e.workers)
        self._query_embedder: Any = None
        self._vectors: VectorStore | None = None
        self._keyword: KeywordIndex | None = None
        self._dedup: Deduper | None = None
        self._lock = threading.Lock()
        # told "waiting for another ingest (pid N)" when writing() has to wait for the lock
        self.on_wait: Callable[[str], None] | None = None

    # components, opened on first use ------------------------------------------------
    @property
    def vectors(self) -> VectorStore:
        if self._vectors is None:
            s = self.settings
            self._vectors = VectorStore(
                self.name, path=None if s.chroma_host else self.root / "chroma",
                host=s.chroma_host, port=s.chroma_port,
            )
        return self._vectors

    @property
    def query_embedder(self) -> Any:
        """What embeds questions: the ingest embedder, or its ONNX twin for a fast start."""
        if self._query_embedder is None:
            from assistant.config import BUNDLED_MODEL
            from assistant.index import onnx_embedder

            e = self.settings.embedding
            bundled = e.model == BUNDLED_MODEL
            if e.query_backend == "onnx" and not bundled:
                raise ConfigError("query_backend=onnx works with the bundled model only")
            use_onnx = e.query_backend == "onnx" or (
                e.query_backend == "auto" and bundled and e.device == "cpu"
                and onnx_embedder.available())
            self._query_embedder = onnx_embedder.OnnxEmbedder() if use_onnx else self.embedder
        return self._query_embedder

    def warm_query_embedder(self) -> None:
        """Start loading the ONNX query embedder in the background, when that is the one."""
        from assistant.index import onnx_embedder

        if isinstance(self.query_embedder, onnx_embedder.OnnxEmbedder):
            onnx_embedder.preload()

    def keyword(self) -> KeywordIndex:
        """The BM25 index, rebuilt if the catalog changed since it was built."""
        with self._lock:
            kw = self._keyword
            if kw is None or kw.generation != self.catalog.generation():
                kw = KeywordIndex.load_or_build(self.catalog, self.root / "keyword")
                self._keyword = kw
            return kw

    @contextmanager
    def writing(self, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """An exclusive lock on the index for a writer (another ingest waits, readers don't).
        The holder's pid is kept in the lock file; a writer that must wait says for whom,
        through ``on_wait`` (else ``self.on_wait``)."""
        lock_path = self.root / "write.lock"
        with open(lock_path, "a+") as fh:  # "a+": opening must not wipe the holder's pid
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                fh.seek(0)
                holder = fh.read().strip() or "unknown"
                if tell := on_wait or self.on_wait:
                    tell(f"waiting for another ingest (pid {holder}) to finish with "
                         f"{self.root.name} ...")
                fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                fh.seek(0)
                fh.truncate()
                fh.write(str(os.getpid()))
                fh.flush()
                yield
                if self._vectors is not None:
                    try:
                        self._vectors.settle()  # every reader then searches the same graph
                    except StoreError as e:  # what was written stands: say so, go on
                        log.warning("%s; each process may search its own copy of the "
                                    "vector index until the next ingest or delete", e)
            finally:
                fh.truncate(0)
                fh.flush()
                fcntl.flock(fh, fcntl.LOCK_UN)

    @property
    def dedup(self) -> Deduper:
        """Near-duplicate detection over everything indexed (loaded on first use)."""
        if self._dedup is None:
            self._dedup = self._load_dedup(indexed=True)
        return self._dedup

    def _load_dedup(self, indexed: bool) -> Deduper:
        """The rejected boilerplate bodies, and (``indexed``) every indexed article."""
        d = Deduper()
        for aid, title, _reason, fit, blob in self.catalog.junk():
            d.add(Member(aid, aid, title, fit, np.frombuffer(blob, dtype=np.uint64), junk=True))
        if indexed:
            for aid, gid, title, fit, blob in self.catalog.signatures():
                d.add(Member(aid, gid, title, fit, np.frombuffer(blob, dtype=np.uint64)))
        return d

    def screen(self, article: Article) -> tuple[Screening, Member]:
        """Is ``article`` a wire copy (of which group) or boilerplate? See syndication."""
        return self.dedup.classify(article.article_id, article.title, article.text)

    @staticmethod
    def analyse(article: Article, member: Member) -> Analysis:
        from assistant.nlp.attribution import find_attributions
        from assistant.nlp.timex import find_times

        return Analysis(
            attributions=find_attributions(article.article_id, article.text),
            times=find_times(article.article_id, article.text, article.published),
            group_id=member.group_id, fit=member.fit, minhash=member.sig.tobytes())

    def reject(self, article: Article, verdict: Screening, member: Member,
               pending: dict[str, Article] | None = None) -> list[Article]:
        """Record ``article`` as boilerplate, and with it the pages the verdict shows share its
        body: stored ones are taken out of the index, ``pending`` ones (not written yet) are
        only recorded. Returns those pages."""
        assert verdict.junk is not None
        self.catalog.add_junk(article, verdict.junk, member.fit, member.sig.tobytes())
        self.dedup.add(member)
        pages = []
        for aid in verdict.retract:
            row = self.catalog.get(aid)
            page = row.article if row else (pending or {}).get(aid)
            old = self.dedup.members.get(aid)
            if page is None or old is None:
                continue
            if row is not None:
                self.delete(aid)
            self.catalog.add_junk(page, verdict.junk, old.fit, old.sig.tobytes())
            old.junk = True
            self.dedup.add(old)
            pages.append(page)
        return pages

    def needs_analysis(self) -> bool:
        return self.catalog.analysis_version() != ANALYSIS_VERSION

    def ensure_analysis(self) -> int:
        """Derive attributions, dates and groups for articles indexed before the current
        rules (re-embeds nothing). Returns how many articles were analysed. The caller holds
        ``writing()``."""
        if not self.needs_analysis():
            return 0
        ids = self.catalog.article_ids()
        # screen in ingest order against what was rejected before (a re-run after an
        # interruption must still recognise boilerplate whose twins are already gone)
        self._dedup = self._load_dedup(indexed=False)
        done = 0
        for i in range(0, len(ids), 200):
            found: dict[str, Analysis] = {}
            for aid in ids[i:i + 200]:
                row = self.catalog.get(aid)
                if row is None:
                    continue
                verdict, member = self.screen(row.article)
                if verdict.junk:
                    for page in self.reject(row.article, verdict, member):
                        found.pop(page.article_id, None)  # taken out in this very batch
                    self.catalog.delete(aid)
                    self.vectors.delete_articles([aid])
                    continue
                self.dedup.add(member)
                found[aid] = self.analyse(row.article, member)
            self.catalog.put_analysis(found)
            done += len(found)
        self.catalog.set_analysis_version(ANALYSIS_VERSION)
        return done

    # writes -------------------------------------------------------------------------
    def embed(self, texts: list[str], titles: list[str] | None = None,
              ) -> tuple[np.ndarray, list[str], int, dict[str, SpanVectors]]:
        """Vectors for ``texts``, their vector keys, how many texts were actually embedded,
        and the sentence vectors of those (by key; see :mod:`assistant.index.spanvec`).

        A text already embedded for this index (an unchanged chunk of an updated article, a
        wire copy reprinted word for word, an earlier interrupted run) gets its stored vector
        back from Chroma, and a text repeated within ``texts`` is embedded once. ``titles``
        (the headline of each text's article) tell the sentence vectors where the headline
        ends. An embedder that cannot pool spans (a custom one) gives chunk vectors only.
        """
        keys = [vector_key(t) for t in texts]
        if not texts:
            return np.zeros((0, 0), dtype=np.float32), keys, 0, {}
        pools = hasattr(self.embedder, "encode_spans")
        known = self.catalog.chunks_with_vector_keys(keys)
        if pools and known:  # a text is known only with its sentence vectors
            have = self.catalog.span_vectors(known)
            known = {k: cid for k, cid in known.items() if k in have}
        stored = self.vectors.get_vectors(list(known.values())) if known else {}
        by_key = {k: stored[cid] for k, cid in known.items() if cid in stored}
        todo: dict[str, int] = {}  # key -> index of the text, each new text once
        for i, k in enumerate(keys):
            if k not in by_key:
                todo.setdefault(k, i)
        spans: dict[str, SpanVectors] = {}
        if todo:
            new = [texts[i] for i in todo.values()]
            if pools:
                sents = [spanvec.spans_to_embed(t) for t in new]
                vectors, pooled = self.embedder.encode_spans(new, sents)  # type: ignore[attr-defined]
                for (k, i), t, sp, pv in zip(todo.items(), new, sents, pooled, strict=True):
                    spans[k] = spanvec.pack(t, titles[i] if titles else "", sp, pv)
            else:
                vectors = self.embedder.encode(new)
            by_key.update(zip(todo, vectors, strict=True))
        return np.stack([by_key[k] for k in keys]).astype(np.float32), keys, len(todo), spans

    def write(self, items: list[tuple[Article, str, list[Chunk], list[str]]],
              vectors: np.ndarray, analysis: dict[str, Analysis] | None = None,
              vector_keys: list[str] | None = None,
              span_vectors: dict[str, SpanVectors] | None = None) -> None:
        """Store articles whose chunks were embedded as ``vectors`` (rows in chunk order).

        Chroma first (old chunks of these articles deleted, new ones upserted by
        deterministic id), the catalog last: see :mod:`assistant.index.catalog`.
        """
        ids, metas, docs = [], [], []
        for article, _h, chunks, _t in items:
            base: dict[str, str | int] = {
                "article_id": article.article_id,
                "outlet_key": outlet_key(article.outlet),
                "title": article.title[:500],
            }
            if (key := date_key(article.published)) is not None:
                base["published_key"] = key
            for c in chunks:
                ids.append(c.chunk_id)
                metas.append({**base, "start": c.start, "end": c.end})
                docs.append(c.text)
        self.vectors.delete_articles([a.article_id for a, *_ in items])
        if ids:
            self.vectors.upsert(ids, vectors, metas, docs)
        self.catalog.put(items, analysis, vector_keys, span_vectors)

    def delete(self, article_id: str) -> Article:
        row = self.get(article_id)
        self.catalog.delete(row.article.article_id)
        self.vectors.delete_articles([row.article.article_id])
        if self._dedup is not None:
            self._dedup.remove(row.article.article_id)
        return row.article

    # reads --------------------------------------------------------------------------
    def get(self, article_id: str) -> ArticleRow:
        row = self.catalog.get(article_id)
        if row is None:
            matches = self.catalog.find(article_id) if len(article_id) >= 4 else []
            if len(matches) == 1:
                row = self.catalog.get(matches[0])
            elif len(matches) > 1:
                raise NotFound(f"article id {article_id!r} is ambiguous: {', '.join(matches)}")
        if row is None:
            short = (" (a short id needs at least 4 characters)" if len(article_id) < 4
                     else "")
            raise NotFound(f"no article with id {article_id!r}{short} (list them with "
                           "`newsqa articles list`, or NewsQA.articles())")
        return row

    def sentence_vectors(self, passages: Sequence[Passage]) -> dict[str, list[SentenceVector]]:
        """The stored sentence vectors of each passage's chunk, by chunk id, with offsets into
        its article (headline sentences have ``field == "title"``). Chunks indexed before
        sentence vectors were kept are absent."""
        keys = self.catalog.vector_keys_of([p.chunk_id for p in passages])
        stored = self.catalog.span_vectors(set(keys.values()))
        return {p.chunk_id: spanvec.on_article(stored[keys[p.chunk_id]], p.end)
                for p in passages if keys.get(p.chunk_id) in stored}

    def empty_error(self) -> StoreError:
        """The error for asking an empty index: how to fill it, and which other collections
        of this data dir (with the same embedding model) hold coverage, when one was meant."""
        slug = "-" + model_slug(self.settings.embedding.model)
        others = sorted(
            p.name.removesuffix(slug) for p in self.root.parent.glob(f"*{slug}")
            if p != self.root and (p / "catalog.sqlite").is_file()
            and _has_articles(p / "catalog.sqlite"))
        hint = (f"; this data dir holds coverage in collection {', '.join(others)} "
                f"(--collection, NEWSQA_COLLECTION or collection=)") if others else ""
        return StoreError(f"the index is empty (collection {self.settings.collection!r} in "
                          f"{self.settings.data_dir}): add coverage with `newsqa ingest PATH` "
                          f"or `newsqa ingest --sample`{hint}")

    def check_filters(self, filters: Filters) -> tuple[list[str], int | None, int | None]:
        """Validate filters against the index: ``(outlet keys, since key, until key)``."""
        given = [outlet_key(o) for o in filters.outlets]
        known = self.catalog.outlet_keys() if given else set()
        named = [named_outlets(k, known) for k in given]
        unknown = [o for o, ks in zip(filters.outlets, named, strict=True) if ks[0] not in known]
        keys = [k for ks in named for k in ks]
        if unknown:
            have = ", ".join(sorted(k for k in known if k)) or "none yet"
            raise ConfigError(f"no articles from outlet {', '.join(unknown)} (indexed: {have})")
        bounds: list[int | None] = []
        # named for the CLI's flags and the library's keywords alike ("since", "until")
        for label, value in (("since", filters.since), ("until", filters.until)):
            if value is None:
                bounds.append(None)
                continue
            iso = parse_date(value)
            key = date_key(iso)
            if key is None:
                raise ConfigError(f"{label} needs a full date like 2017-11-21, got {value!r}")
            bounds.append(key)
        since, until = bounds
        if since is not None and until is not None and since > until:
            raise ConfigError(f"since ({filters.since}) is after until ({filters.until}): "
                              "swap them")
        return keys, since, until

    def stats(self) -> dict[str, Any]:
        out = self.catalog.stats()
        out["index"] = self.name
        out["embedding_model"] = self.settings.embedding.model
        out["store"] = (f"chroma server {self.settings.chroma_host}:{self.settings.chroma_port}"
                        if self.settings.chroma_host else "embedded chroma")
        out["disk_bytes"] = _disk_usage(self.root)
        out["path"] = str(self.root)
        return out

    def close(self) -> None:
        """Close the catalog and stop what the index started (embedding workers)."""
        stop = getattr(self.embedder, "close", None)
        if stop is not None:
            stop()
        if self._vectors is not None:
            self._vectors.close()
            self._vectors = None
        self.catalog.close()


def _has_articles(path: Path) -> bool:
    """Does the catalog at ``path`` list an article? (Read only; a file that is no catalog
    does not.)"""
    import sqlite3

    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return con.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is not None
        finally:
            con.close()
    except sqlite3.Error:
        return False


def _disk_usage(root: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            with suppress(OSError):
                total += (Path(dirpath) / f).stat().st_size
    return total
