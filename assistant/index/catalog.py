"""The catalog: articles, their chunk spans and the index generation, in SQLite.

The catalog is the source of truth. A chunk in Chroma whose article is not in
the catalog is invisible to retrieval, and an article is only written here
after its chunks are in Chroma. That ordering is what makes an interrupted
ingest safe to re-run: the re-run sees the article as missing or changed,
deletes whatever chunks it left, and writes them again.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.index.spanvec import SpanVectors
from assistant.nlp.dates import date_key
from assistant.types import Article, Attribution, Chunk, TimeMention

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    outlet TEXT NOT NULL,
    outlet_key TEXT NOT NULL,
    published TEXT,
    published_key INTEGER,
    authors TEXT NOT NULL,
    url TEXT,
    source TEXT NOT NULL,
    text TEXT NOT NULL,
    n_chunks INTEGER NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet_key);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    embed_text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_article ON chunks(article_id);
CREATE TABLE IF NOT EXISTS vector_keys (
    chunk_id TEXT PRIMARY KEY REFERENCES chunks(chunk_id) ON DELETE CASCADE,
    key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS vector_keys_key ON vector_keys(key);
CREATE TABLE IF NOT EXISTS span_vectors (
    key TEXT PRIMARY KEY, prefix_len INTEGER NOT NULL, text_len INTEGER NOT NULL,
    spans BLOB NOT NULL, vecs BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS attributions (
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    claim_start INTEGER NOT NULL, claim_end INTEGER NOT NULL,
    speaker TEXT NOT NULL, cue TEXT NOT NULL, quote INTEGER NOT NULL, speaker_name TEXT
);
CREATE INDEX IF NOT EXISTS attributions_article ON attributions(article_id);
CREATE TABLE IF NOT EXISTS time_mentions (
    article_id TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, date TEXT NOT NULL,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS time_mentions_article ON time_mentions(article_id);
CREATE TABLE IF NOT EXISTS signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles(article_id) ON DELETE CASCADE,
    group_id TEXT NOT NULL, fit REAL NOT NULL, minhash BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS signatures_group ON signatures(group_id);
CREATE TABLE IF NOT EXISTS junk (
    article_id TEXT PRIMARY KEY, title TEXT NOT NULL, outlet TEXT NOT NULL,
    source TEXT NOT NULL, reason TEXT NOT NULL, fit REAL NOT NULL, minhash BLOB NOT NULL,
    at TEXT NOT NULL DEFAULT (datetime('now'))
);
"""

ANALYSIS_VERSION = "79"  # bump when attribution, time or grouping rules change


def outlet_key(outlet: str) -> str:
    return outlet.strip().lower().removeprefix("www.")


def _outlet_name(key: str) -> str:
    """The name part of an outlet's domain: edition.cnn.com → cnn, bbc.co.uk → bbc, a key
    that is no domain ("Arts Daily") as it is."""
    labels = key.split(".")
    if len(labels) >= 2:
        labels = labels[:-1]  # the top-level domain
        if len(labels) >= 2 and labels[-1] in ("co", "com", "org", "net", "ac", "gov", "edu"):
            labels = labels[:-1]  # .co.uk, .com.au
    return labels[-1]


def named_outlets(key: str, known: set[str]) -> list[str]:
    """The indexed outlets a user's name for one means: "CNN" is cnn.com and edition.cnn.com,
    "USA Today" usatoday.com, "BBC" bbc.com and bbc.co.uk (the name part of each domain,
    spaces, dots and case aside); ``[key]`` as given when it is indexed or names none."""
    if key in known:
        return [key]
    bare = re.sub(r"[\s.'’-]+", "", key)
    hits = sorted(k for k in known if k and re.sub(r"[\s.'’-]+", "", _outlet_name(k)) == bare)
    return hits or [key]


@dataclass(frozen=True)
class Analysis:
    """What ingest derives from an article besides its chunks (see assistant.nlp)."""

    attributions: list[Attribution]
    times: list[TimeMention]
    group_id: str
    fit: float
    minhash: bytes


@dataclass(frozen=True)
class ArticleRow:
    article: Article
    content_hash: str
    n_chunks: int
    ingested_at: str


@dataclass(frozen=True)
class ChunkRow:
    chunk_id: str
    article_id: str
    start: int
    end: int
    embed_text: str
    outlet_key: str
    published_key: int | None


class Catalog:
    """One SQLite connection per thread (the web UI answers from several), WAL mode so
    readers never wait for an ingest's writes."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        self._db.executescript(_SCHEMA)
        columns = {r[1] for r in self._db.execute("PRAGMA table_info(attributions)")}
        if "speaker_name" not in columns:  # a catalog from before speaker names
            self._db.execute("ALTER TABLE attributions ADD COLUMN speaker_name TEXT")

    @property
    def _db(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None,
                                  timeout=30)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA foreign_keys=ON")
            self._local.con = con
            with self._all_lock:
                self._all.append(con)
        return con

    def close(self) -> None:
        with self._all_lock:
            for con in self._all:
                con.close()
            self._all.clear()
        self._local = threading.local()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # generation: bumped on every change, so derived indexes know they are stale
    def generation(self) -> int:
        row = self._db.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        return int(row[0]) if row else 0

    def _bump(self, db: sqlite3.Connection) -> None:
        db.execute(
            "INSERT INTO meta(key, value) VALUES('generation', '1') ON CONFLICT(key) "
            "DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    def _select_in(self, select: str, column: str, values: Iterable[str]) -> list[tuple]:  # type: ignore[type-arg]
        """``select ... WHERE column IN (values)``, in batches under SQLite's variable limit."""
        keys = list(dict.fromkeys(values))
        rows: list[tuple] = []  # type: ignore[type-arg]
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            sql = f"{select} WHERE {column} IN ({','.join('?' * len(part))})"
            rows += self._db.execute(sql, part).fetchall()
        return rows

    def hashes(self, article_ids: Iterable[str]) -> dict[str, str]:
        rows = self._select_in("SELECT article_id, content_hash FROM articles", "article_id",
                               article_ids)
        return dict(rows)

    def put(self, items: list[tuple[Article, str, list[Chunk], list[str]]],
            analysis: dict[str, Analysis] | None = None,
            vector_keys: Sequence[str] | None = None,
            span_vectors: dict[str, SpanVectors] | None = None) -> None:
        """Write articles with their chunks (and each chunk's embedded text), atomically.

        ``vector_keys`` (one per chunk, in order) name what each chunk's vector was made from,
        so a later ingest can reuse the vector instead of embedding the same text again.
        ``span_vectors`` are the sentence vectors of those texts, by key."""
        with self._tx() as db:
            for article, chash, chunks, embed_texts in items:
                db.execute("DELETE FROM articles WHERE article_id=?", (article.article_id,))
                db.execute(
                    "INSERT INTO articles(article_id, content_hash, title, outlet, outlet_key, "
                    "published, published_key, authors, url, source, text, n_chunks) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (article.article_id, chash, article.title, article.outlet,
                     outlet_key(article.outlet), article.published, date_key(article.published),
                     json.dumps(article.authors), article.url, article.source, article.text,
                     len(chunks)),
                )
                db.executemany(
                    "INSERT INTO chunks(chunk_id, article_id, idx, start, end, embed_text) "
                    "VALUES (?,?,?,?,?,?)",
                    [(c.chunk_id, c.article_id, c.index, c.start, c.end, t)
                     for c, t in zip(chunks, embed_texts, strict=True)],
                )
                if analysis and article.article_id in analysis:
                    self._put_analysis(db, article.article_id, analysis[article.article_id])
            if vector_keys is not None:
                ids = [c.chunk_id for _a, _h, chunks, _t in items for c in chunks]
                db.executemany("INSERT INTO vector_keys(chunk_id, key) VALUES (?,?)",
                               zip(ids, vector_keys, strict=True))
            if span_vectors:
                db.executemany(
                    "INSERT OR REPLACE INTO span_vectors VALUES (?,?,?,?,?)",
                    [(k, v.prefix_len, v.text_len, v.spans.astype("<i4").tobytes(),
                      v.vecs.tobytes()) for k, v in span_vectors.items()])
            self._drop_orphan_span_vectors(db)
            self._bump(db)

    @staticmethod
    def _drop_orphan_span_vectors(db: sqlite3.Connection) -> None:
        """Sentence vectors of texts no stored chunk has any more (replaced or deleted)."""
        db.execute("DELETE FROM span_vectors WHERE key NOT IN (SELECT key FROM vector_keys)")

    def span_vectors(self, keys: Iterable[str]) -> dict[str, SpanVectors]:
        """The stored sentence vectors of these vector keys (absent keys are left out)."""
        out = {}
        for key, prefix_len, text_len, spans, vecs in self._select_in(
                "SELECT key, prefix_len, text_len, spans, vecs FROM span_vectors", "key", keys):
            sp = np.frombuffer(spans, dtype="<i4").reshape(-1, 2)
            vv = np.frombuffer(vecs, dtype=np.int8)
            out[key] = SpanVectors(prefix_len, text_len, sp,
                                   vv.reshape(len(sp), -1) if len(sp) else vv.reshape(0, 0))
        return out

    def vector_keys_of(self, chunk_ids: Iterable[str]) -> dict[str, str]:
        """``chunk_id -> vector key`` (chunks indexed before keys were kept have none)."""
        return dict(self._select_in("SELECT chunk_id, key FROM vector_keys", "chunk_id",
                                    chunk_ids))

    def chunks_with_vector_keys(self, keys: Iterable[str]) -> dict[str, str]:
        """``key -> chunk_id`` of a stored chunk whose vector was made from that key's text."""
        rows = self._select_in("SELECT key, chunk_id FROM vector_keys", "key", keys)
        return dict(rows)

    def _put_analysis(self, db: sqlite3.Connection, aid: str, an: Analysis) -> None:
        for table in ("attributions", "time_mentions", "signatures"):
            db.execute(f"DELETE FROM {table} WHERE article_id=?", (aid,))
        db.executemany(
            "INSERT INTO attributions VALUES (?,?,?,?,?,?,?,?,?)",
            [(aid, a.sentence_start, a.sentence_end, a.claim_start, a.claim_end, a.speaker,
              a.cue, int(a.quote), a.speaker_name) for a in an.attributions])
        db.executemany(
            "INSERT INTO time_mentions VALUES (?,?,?,?,?,?,?)",
            [(aid, t.start, t.end, t.text, t.date, t.sentence_start, t.sentence_end)
             for t in an.times])
        db.execute("INSERT INTO signatures VALUES (?,?,?,?)",
                   (aid, an.group_id, an.fit, an.minhash))

    def put_analysis(self, analysis: dict[str, Analysis]) -> None:
        """(Re)write the derived analysis of stored articles, e.g. after the rules changed.
        Chunks do not change, so the generation does not move (no keyword-index rebuild)."""
        with self._tx() as db:
            for aid, an in analysis.items():
                self._put_analysis(db, aid, an)

    # derived analysis: reads ----------------------------------------------------------
    def attributions(self, article_ids: Iterable[str]) -> list[Attribution]:
        rows = self._select_in("SELECT * FROM attributions", "article_id", article_ids)
        return [Attribution(article_id=r[0], sentence_start=r[1], sentence_end=r[2],
                            claim_start=r[3], claim_end=r[4], speaker=r[5], cue=r[6],
                            quote=bool(r[7]), speaker_name=r[8]) for r in rows]

    def time_mentions(self, article_ids: Iterable[str]) -> list[TimeMention]:
        rows = self._select_in("SELECT * FROM time_mentions", "article_id", article_ids)
        return [TimeMention(article_id=r[0], start=r[1], end=r[2], text=r[3], date=r[4],
                            sentence_start=r[5], sentence_end=r[6]) for r in rows]

    def signatures(self) -> list[tuple[str, str, str, float, bytes]]:
        """(article_id, group_id, title, headline fit, minhash) of every indexed article."""
        return self._db.execute(
            "SELECT s.article_id, s.group_id, a.title, s.fit, s.minhash FROM signatures s "
            "JOIN articles a USING(article_id)").fetchall()

    def groups_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        rows = self._select_in("SELECT article_id, group_id FROM signatures", "article_id",
                               article_ids)
        return dict(rows)

    def group_members(self, group_ids: Iterable[str]) -> dict[str, list[tuple[str, str, str]]]:
        """group id → [(article_id, outlet, title)] of its members."""
        rows = self._select_in(
            "SELECT s.group_id, a.article_id, a.outlet, a.title FROM signatures s "
            "JOIN articles a USING(article_id)", "s.group_id", group_ids)
        out: dict[str, list[tuple[str, str, str]]] = {}
        for g, aid, outlet, title in rows:
            out.setdefault(g, []).append((aid, outlet, title))
        return out

    def add_junk(self, article: Article, reason: str, fit: float, minhash: bytes) -> None:
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO junk(article_id, title, outlet, source, reason, "
                       "fit, minhash) VALUES (?,?,?,?,?,?,?)",
                       (article.article_id, article.title, article.outlet, article.source,
                        reason, fit, minhash))

    def junk(self) -> list[tuple[str, str, str, float, bytes]]:
        """(article_id, title, reason, headline fit, minhash) of every rejected page."""
        return self._db.execute(
            "SELECT article_id, title, reason, fit, minhash FROM junk").fetchall()

    def analysis_version(self) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key='analysis'").fetchone()
        return row[0] if row else None

    def set_analysis_version(self, version: str) -> None:
        self._db.execute("INSERT INTO meta(key, value) VALUES('analysis', ?) "
                         "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (version,))

    def article_ids(self) -> list[str]:
        return [r[0] for r in self._db.execute(
            "SELECT article_id FROM articles ORDER BY rowid").fetchall()]

    def delete(self, article_id: str) -> bool:
        with self._tx() as db:
            n = db.execute("DELETE FROM articles WHERE article_id=?", (article_id,)).rowcount
            if n:
                self._drop_orphan_span_vectors(db)
                self._bump(db)
        return bool(n)

    def _row(self, r: tuple) -> ArticleRow:  # type: ignore[type-arg]
        article = Article(
            article_id=r[0], title=r[2], outlet=r[3], published=r[4],
            authors=json.loads(r[5]), url=r[6], source=r[7], text=r[8],
        )
        return ArticleRow(article=article, content_hash=r[1], n_chunks=r[9], ingested_at=r[10])

    _COLS = ("article_id, content_hash, title, outlet, published, authors, url, source, text, "
             "n_chunks, ingested_at")

    def get(self, article_id: str) -> ArticleRow | None:
        r = self._db.execute(
            f"SELECT {self._COLS} FROM articles WHERE article_id=?", (article_id,)
        ).fetchone()
        return self._row(r) if r else None

    def get_many(self, article_ids: Iterable[str]) -> dict[str, Article]:
        rows = self._select_in(f"SELECT {self._COLS} FROM articles", "article_id", article_ids)
        return {r[0]: self._row(r).article for r in rows}

    def find(self, prefix: str) -> list[str]:
        """Article ids that start with ``prefix`` (so users can type a short id)."""
        rows = self._db.execute(
            "SELECT article_id FROM articles WHERE article_id LIKE ? ESCAPE '\\' LIMIT 5",
            (prefix.replace("%", "\\%").replace("_", "\\_") + "%",),
        ).fetchall()
        return [r[0] for r in rows]

    def articles(self, outlet: str | None = None, limit: int | None = None,
                 search: str | None = None) -> list[ArticleRow]:
        where: list[str] = []
        args: list[str] = []
        if outlet:
            keys = named_outlets(outlet_key(outlet), self.outlet_keys())
            where.append(f"outlet_key IN ({', '.join('?' * len(keys))})")
            args.extend(keys)
        q = f"SELECT {self._COLS} FROM articles"
        if where:
            q += " WHERE " + " AND ".join(where)
        q += " ORDER BY published_key IS NULL, published_key DESC, title"
        if limit and not search:
            q += f" LIMIT {int(limit)}"
        rows = [self._row(r) for r in self._db.execute(q, args).fetchall()]
        if search:  # in Python: SQLite's LIKE folds the case of ASCII letters only ("PELÉ")
            needle = search.casefold()
            rows = [r for r in rows if any(needle in (field or "").casefold() for field in (
                r.article.title, r.article.outlet, r.article.article_id))]
        return rows[:limit] if limit else rows

    def chunk_rows(self) -> list[ChunkRow]:
        """Every chunk with the fields keyword search and filters need, in a stable order."""
        rows = self._db.execute(
            "SELECT c.chunk_id, c.article_id, c.start, c.end, c.embed_text, a.outlet_key, "
            "a.published_key FROM chunks c JOIN articles a USING(article_id) ORDER BY c.rowid"
        ).fetchall()
        return [ChunkRow(*r) for r in rows]

    def article_chunks(self, article_id: str) -> list[tuple[str, int, int]]:
        """``(chunk_id, start, end)`` of each chunk of one article, in text order."""
        return [tuple(r) for r in self._db.execute(  # type: ignore[misc]
            "SELECT chunk_id, start, end FROM chunks WHERE article_id = ? ORDER BY start",
            (article_id,)).fetchall()]

    def chunk_spans(self, chunk_ids: list[str]) -> dict[str, tuple[str, int, int]]:
        rows = self._select_in("SELECT chunk_id, article_id, start, end FROM chunks", "chunk_id",
                               chunk_ids)
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    def published_keys(self, article_ids: Iterable[str]) -> dict[str, int | None]:
        """``article_id -> YYYYMMDD`` (None when undated or partly dated)."""
        return dict(self._select_in("SELECT article_id, published_key FROM articles",
                                    "article_id", article_ids))

    def count_published(self, since: int | None, until: int | None) -> int:
        """Articles with a full publication date inside the inclusive key range."""
        return int(self._db.execute(
            "SELECT COUNT(*) FROM articles WHERE published_key BETWEEN ? AND ?",
            (since or 0, until or 99999999)).fetchone()[0])

    def is_empty(self) -> bool:
        return self._db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None

    def stats(self) -> dict[str, object]:
        db = self._db
        n_articles, n_chunks = db.execute(
            "SELECT COUNT(*), COALESCE(SUM(n_chunks), 0) FROM articles"
        ).fetchone()
        outlets = db.execute(
            "SELECT outlet, COUNT(*) FROM articles GROUP BY outlet_key ORDER BY COUNT(*) DESC"
        ).fetchall()
        lo, hi, undated = db.execute(
            "SELECT MIN(published_key), MAX(published_key), "
            "SUM(published_key IS NULL) FROM articles"
        ).fetchone()
        n_groups, n_grouped, biggest = db.execute(
            "SELECT COUNT(*), COALESCE(SUM(n), 0), COALESCE(MAX(n), 0) FROM "
            "(SELECT COUNT(*) AS n FROM signatures GROUP BY group_id HAVING n > 1)").fetchone()
        n_junk = db.execute("SELECT COUNT(*) FROM junk").fetchone()[0]
        return {
            "articles": n_articles,
            "chunks": n_chunks,
            "syndication_groups": n_groups,
            "articles_in_groups": n_grouped,
            "largest_group": biggest,
            "boilerplate_refused": n_junk,
            "outlets": {o or "(unknown)": n for o, n in outlets},
            "earliest": _key_to_iso(lo),
            "latest": _key_to_iso(hi),
            "undated": undated or 0,
        }

    def outlets(self) -> list[str]:
        return [r[0] for r in self._db.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet != '' ORDER BY outlet"
        ).fetchall()]

    def outlet_keys(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT DISTINCT outlet_key FROM articles")}


def _key_to_iso(key: int | None) -> str | None:
    if key is None:
        return None
    s = str(key)
    return f"{s[:4]}-{s[4:6]}-{s[6:]}"
