"""``newsqa compact``: make deleted (and replaced) article text leave the disk.

Deleting an article takes it out of answers at once, but copies of its text stay on disk:

- Chroma keeps every write in its log (``embeddings_queue`` in ``chroma.sqlite3``) until its
  vector index is flushed, every 1,000 writes by default, and SQLite keeps deleted rows in
  free pages and in its WAL file;
- the catalog (SQLite) keeps deleted rows in free pages and its WAL file;
- the keyword index files keep the text until they are rebuilt.

Compacting copies the live chunks (vectors as stored, nothing re-embedded) into a fresh Chroma
collection, drops the old one (and with it its log), rebuilds the keyword index, checkpoints
and vacuums the catalog, removes the vector-index folders nothing uses any more, clears the
slots the new vector index reserved but holds nothing in (they are written from memory nobody
cleared: see ``hnsw_files``), and checkpoints and vacuums Chroma's SQLite file. A Chroma
server's files are the server's: there the freed pages stay until its operator runs
``chroma vacuum --path DIR``.

It takes the index's write lock. A running ``newsqa serve`` on the same index must be
restarted afterwards: it holds the old collection.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

from pydantic import BaseModel

from assistant.errors import StoreError
from assistant.index import Index, _disk_usage
from assistant.index.hnsw_files import clear_unused_slots

_PAGE = 1000
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class CompactReport(BaseModel):
    """What compacting did: the chunks kept (copied over), the index's size on disk before
    and after (bytes), and notes (a Chroma server keeps freed pages until vacuumed there)."""

    chunks: int
    bytes_before: int
    bytes_after: int
    notes: list[str] = []

    def summary(self) -> str:
        out = (f"compacted {self.chunks} chunks: {self.bytes_before / 1e6:.1f} MB -> "
               f"{self.bytes_after / 1e6:.1f} MB on disk")
        return "; ".join([out, *self.notes])


def _vacuum(path: Path, fts_table: str | None = None) -> None:
    """Checkpoint the WAL into the file and truncate it, merge an FTS5 index's segments (so
    deleted rows' words go), then rebuild the file without its free pages."""
    try:
        con = sqlite3.connect(path, timeout=30, isolation_level=None)
        try:
            if fts_table and con.execute("SELECT 1 FROM sqlite_master WHERE name=?",
                                         (fts_table,)).fetchone():
                con.execute(f"INSERT INTO {fts_table}({fts_table}) VALUES('optimize')")
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.execute("VACUUM")
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    except sqlite3.Error as e:
        raise StoreError(f"cannot vacuum {path} ({e}); stop `newsqa serve` on this index and "
                         "run `newsqa compact` again") from e


def _recover(index: Index, tmp_name: str, expected: int) -> None:
    """Finish or undo a compaction that was interrupted (the catalog's chunk count decides
    which collection is whole)."""
    store = index.vectors
    client = store._client
    names = {getattr(c, "name", c) for c in client.list_collections()}
    if tmp_name not in names:
        return
    tmp = client.get_collection(tmp_name)
    if store.count() == 0 and expected and tmp.count() == expected:
        client.delete_collection(store.name)
        tmp.modify(name=store.name)
        store.replace_collection(tmp)
    else:
        client.delete_collection(tmp_name)


def _rebuild_collection(index: Index) -> int:
    """Copy every stored chunk into a new collection that replaces the old one."""
    store = index.vectors
    client, old = store._client, store._col
    expected = int(index.catalog.stats()["chunks"])  # type: ignore[call-overload]
    tmp_name = f"{store.name}-compacting"
    _recover(index, tmp_name, expected)
    old = store._col
    total = old.count()
    new = client.create_collection(tmp_name, embedding_function=None,
                                   configuration={"hnsw": {"space": "cosine"}})
    for offset in range(0, total, _PAGE):
        page = old.get(limit=_PAGE, offset=offset,
                       include=["embeddings", "metadatas", "documents"])
        if page["ids"]:
            new.upsert(ids=page["ids"], embeddings=page["embeddings"],
                       metadatas=page["metadatas"], documents=page["documents"])
    if new.count() != total:
        client.delete_collection(tmp_name)
        raise StoreError(f"compacting {store.where}: copied {new.count()} of {total} chunks; "
                         "nothing was changed")
    client.delete_collection(store.name)
    new.modify(name=store.name)
    store.replace_collection(new)
    return total


def _drop_unused_segments(chroma_dir: Path) -> None:
    """Remove the vector-index folders of dropped collections (Chroma leaves some behind),
    and clear the reserved, unused slots of the ones in use (see ``hnsw_files``)."""
    db = chroma_dir / "chroma.sqlite3"
    con = sqlite3.connect(db, timeout=30)
    try:
        used = {r[0] for r in con.execute("SELECT id FROM segments")}
    finally:
        con.close()
    for entry in chroma_dir.iterdir():
        if entry.is_dir() and _UUID.match(entry.name):
            if entry.name in used:
                clear_unused_slots(entry)
            else:
                shutil.rmtree(entry, ignore_errors=True)


def compact(index: Index) -> CompactReport:
    """Remove deleted text from every file of ``index`` (see the module docstring)."""
    before = _disk_usage(index.root)
    notes = []
    with index.writing():
        chunks = _rebuild_collection(index)
        index.vectors.settle()  # saved now, so the slots cleared below stay cleared
        index.keyword()  # rebuilt if the catalog moved since it was built
        _vacuum(index.catalog.path)
        if index.settings.chroma_host:
            notes.append(f"the {index.vectors.where} keeps freed pages until its operator "
                         "runs `chroma vacuum --path DIR` there")
        else:
            chroma_dir = index.root / "chroma"
            _drop_unused_segments(chroma_dir)
            _vacuum(chroma_dir / "chroma.sqlite3", fts_table="embedding_fulltext_search")
    return CompactReport(chunks=chunks, bytes_before=before, bytes_after=_disk_usage(index.root),
                         notes=notes)

