"""Clearing the reserved, unused slots of a local vector index (``assistant.index.hnsw_files``),
on hand-made segment files and on the files a real Chroma writes."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings

from assistant.api import NewsQA
from assistant.index.hnsw_files import clear_unused_slots

RECORD = 16  # bytes per vector record in the hand-made segments


def segment(folder: Path, *, used: int, capacity: int, version: int = 1) -> Path:
    """A segment as hnswlib's persistHeader lays it out, every data byte 0xAB (residue)."""
    folder.mkdir()
    header = struct.pack("<iQQQQQQiIQQQdQ", version, 0, capacity, used, RECORD, RECORD - 8, 4,
                         0, 0, 16, 32, 16, 0.36, 100)
    (folder / "header.bin").write_bytes(header)
    (folder / "data_level0.bin").write_bytes(b"\xab" * (capacity * RECORD))
    (folder / "length.bin").write_bytes(b"\xab" * (capacity * 4))
    return folder


def test_only_the_slots_past_the_used_count_are_zeroed(tmp_path):
    seg = segment(tmp_path / "seg", used=3, capacity=10)
    assert clear_unused_slots(seg) == 7 * RECORD + 7 * 4  # every residue byte was non-zero
    data = (seg / "data_level0.bin").read_bytes()
    lengths = (seg / "length.bin").read_bytes()
    assert len(data) == 10 * RECORD and len(lengths) == 40  # no file shrinks
    assert data[:3 * RECORD] == b"\xab" * (3 * RECORD) and data[3 * RECORD:] == bytes(7 * RECORD)
    assert lengths[:12] == b"\xab" * 12 and lengths[12:] == bytes(28)
    assert clear_unused_slots(seg) == 0  # already clean


def test_a_full_or_unknown_segment_is_left_as_it_is(tmp_path):
    full = segment(tmp_path / "full", used=4, capacity=4)
    assert clear_unused_slots(full) == 0
    assert (full / "data_level0.bin").read_bytes() == b"\xab" * (4 * RECORD)
    other = segment(tmp_path / "other", used=1, capacity=4, version=2)
    assert clear_unused_slots(other) == 0
    assert (other / "length.bin").read_bytes() == b"\xab" * 16
    broken = segment(tmp_path / "broken", used=9, capacity=4)  # more used than reserved
    assert clear_unused_slots(broken) == 0
    assert (broken / "length.bin").read_bytes() == b"\xab" * 16
    (tmp_path / "empty").mkdir()
    assert clear_unused_slots(tmp_path / "empty") == 0


def unused_tails(chroma_dir: Path) -> dict[str, bytes]:
    """Each segment's bytes past its used count, in data_level0.bin and length.bin, read from
    the header by the layout itself (not by the code under test)."""
    out = {}
    for header in chroma_dir.glob("*/header.bin"):
        _, _, _, used, record = struct.unpack("<iQQQQ", header.read_bytes()[:36])
        seg = header.parent
        out[f"{seg.name}/data_level0.bin"] = (seg / "data_level0.bin").read_bytes()[used * record:]
        out[f"{seg.name}/length.bin"] = (seg / "length.bin").read_bytes()[used * 4:]
    return out


def test_compact_leaves_no_residue_in_the_vector_index_reservation(tmp_path, embedder):
    texts = {"bridge": "The council voted to repair the Harbor Street bridge for $14.2 million.",
             "quarry": "The Zanthorp quarry, which employed 212 workers, closed on Friday.",
             "bakery": "A bakery on Pier Road won the county's bread prize on Sunday."}
    export = tmp_path / "a.jsonl"
    export.write_text("\n".join(json.dumps({
        "id": key, "title": f"Coastal news: {key}", "outlet": "Coastal Herald",
        "published": "2024-03-12", "text": text}) for key, text in texts.items()), "utf-8")
    with NewsQA(data_dir=tmp_path / "data", embedder=embedder) as qa:
        qa.ingest(export)
        qa.delete("quarry")
        qa.compact()
        chroma_dir = next((tmp_path / "data").rglob("chroma.sqlite3")).parent
        tails = unused_tails(chroma_dir)
        assert tails  # the collection's vector index has its files
        assert all(tail == bytes(len(tail)) for tail in tails.values()), \
            {name: len(tail) - tail.count(0) for name, tail in tails.items()}
        found = qa.retriever(mode="dense", k=3).invoke("Which bakery won the bread prize?")
        assert [d.metadata["article_id"] for d in found][:1] == ["bakery"]  # reads as before
        assert len(found) == 2


REOPEN = textwrap.dedent("""
    import sys
    import chromadb
    import numpy as np
    from chromadb.config import Settings
    path, n = sys.argv[1], int(sys.argv[2])
    client = chromadb.PersistentClient(path=path, settings=Settings(anonymized_telemetry=False))
    col = client.get_collection("probe")
    got = col.get(include=["embeddings"])
    vecs = dict(zip(got["ids"], got["embeddings"]))
    assert len(vecs) == n, len(vecs)
    found = col.query(query_embeddings=[vecs[f"v{i}"] for i in range(n)], n_results=1)
    assert [ids[0] for ids in found["ids"]] == [f"v{i}" for i in range(n)], found["ids"]
    print("ok")
""")


def test_clearing_a_real_index_keeps_every_used_slot(tmp_path):
    """On files a real Chroma wrote with vectors flushed into them (a small sync threshold),
    residue planted in the reserved slots is cleared, the used slots keep every byte, and a
    fresh process that opens the index finds each vector as its own nearest neighbour."""
    path, n = tmp_path / "chroma", 55
    client = chromadb.PersistentClient(path=str(path),
                                       settings=ChromaSettings(anonymized_telemetry=False))
    col = client.create_collection("probe", embedding_function=None, configuration={
        "hnsw": {"space": "cosine", "sync_threshold": 10, "batch_size": 10}})
    vectors = np.random.default_rng(7).normal(size=(n, 16)).astype(np.float32)
    for a in range(0, n, 5):  # several writes, so that the index is flushed on the way
        col.add(ids=[f"v{i}" for i in range(a, a + 5)], embeddings=vectors[a:a + 5].tolist())
    assert col.count() == n
    del col, client
    seg = next(path.glob("*/header.bin")).parent
    _, _, capacity, used, record = struct.unpack("<iQQQQ", (seg / "header.bin").read_bytes()[:36])
    assert 0 < used < capacity  # some slots used, some only reserved
    data, lengths = seg / "data_level0.bin", seg / "length.bin"
    kept = {data: data.read_bytes()[:used * record], lengths: lengths.read_bytes()[:used * 4]}
    planted = 0
    for f, per in ((data, record), (lengths, 4)):
        size = f.stat().st_size
        f.write_bytes(kept[f] + b"\xab" * (size - used * per))
        planted += size - used * per
    assert planted > 0
    assert clear_unused_slots(seg) == planted
    for f, head in kept.items():
        body = f.read_bytes()
        assert body[:len(head)] == head and body[len(head):] == bytes(len(body) - len(head))
    done = subprocess.run([sys.executable, "-c", REOPEN, str(path), str(n)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]
