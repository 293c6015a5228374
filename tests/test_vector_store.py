"""The dense store (``assistant.index.vectors``): after a writer is done, the vector index on
disk holds every write, so each process that opens it searches the same graph."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assistant.index import Index
from assistant.index.hnsw_files import saved_elements
from assistant.index.vectors import VectorStore


def _segments(chroma_dir: Path) -> list[Path]:
    return [p for p in chroma_dir.iterdir() if p.is_dir()]


def _saved(chroma_dir: Path) -> int:
    """The vectors the saved vector index holds (0 before Chroma first saves one)."""
    return sum(saved_elements(p) or 0 for p in _segments(chroma_dir))


def _write(store: VectorStore, n: int, seed: int = 0) -> None:
    vecs = np.random.default_rng(seed).normal(size=(n, 8)).astype(np.float32)
    store.upsert([f"a{i // 10}:{i % 10}" for i in range(n)], vecs,
                 [{"article_id": f"a{i // 10}"} for i in range(n)],
                 [f"chunk {i}" for i in range(n)])


def test_settle_saves_every_write_and_restores_chromas_save_interval(tmp_path: Path):
    store = VectorStore("settle-test", path=tmp_path / "chroma")
    _write(store, 300)  # under Chroma's 1,000-write save interval: all of it only in its log
    assert _saved(tmp_path / "chroma") == 0
    store.settle()
    assert _saved(tmp_path / "chroma") == 300
    assert store._col.configuration["hnsw"]["sync_threshold"] == 1000
    assert store.count() == 300
    first = store.get_vectors(["a0:0"])["a0:0"]
    expected = np.random.default_rng(0).normal(size=(1, 8)).astype(np.float32)[0]
    np.testing.assert_allclose(first / np.linalg.norm(first),
                               expected / np.linalg.norm(expected), atol=1e-6)


def test_settling_keeps_the_deletes(tmp_path: Path):
    store = VectorStore("settle-test", path=tmp_path / "chroma")
    _write(store, 300)
    store.settle()
    store.delete_articles(["a0", "a1"])
    store.settle()
    # a reopened store sees the deletes with nothing left to replay
    again = VectorStore("settle-test", path=tmp_path / "chroma")
    assert again.count() == 280
    hits = again.query(np.ones(8, np.float32), 300)
    assert not any(cid.startswith(("a0:", "a1:")) for cid, _ in hits)


def test_a_writer_leaves_the_index_saved(settings, embedder):
    idx = Index(settings, embedder=embedder)
    try:
        with idx.writing():
            _write(idx.vectors, 120)
        assert _saved(idx.root / "chroma") == 120
    finally:
        idx.close()


def test_search_returns_the_n_asked_for(tmp_path: Path):
    store = VectorStore("settle-test", path=tmp_path / "chroma")
    _write(store, 300)
    hits = store.query(np.ones(8, np.float32), 7)
    assert len(hits) == 7
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)


def test_searches_of_other_threads_wait_while_the_store_settles(tmp_path: Path):
    """An independent review: the web UI's worker threads share one store, and a settle after
    an add or delete closed the client under their searches ("lost the Chroma store")."""
    import threading

    store = VectorStore("settle-test", path=tmp_path / "chroma")
    _write(store, 300)
    store.settle()
    errors: list[str] = []
    done = threading.Event()
    searches = 0

    def search() -> None:
        nonlocal searches
        while not done.is_set():
            try:
                store.query(np.ones(8, np.float32), 5)
            except Exception as e:  # what a failed search raises: a StoreError
                errors.append(str(e))
            searches += 1

    reader = threading.Thread(target=search)
    reader.start()
    try:
        for i in range(8):
            store.delete_articles([f"a{i}"])
            store.settle()
    finally:
        done.set()
        reader.join()
    assert errors == [] and searches > 0
    assert store.count() == 220


def test_a_settle_that_fails_half_way_leaves_a_working_store(tmp_path: Path, monkeypatch):
    import assistant.index.vectors as vectors

    store = VectorStore("settle-test", path=tmp_path / "chroma")
    _write(store, 300)
    real, calls = vectors._client, []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(vectors, "_client", flaky)
    try:
        store.settle()
    except Exception as e:
        assert "could not save the vector index" in str(e) and "disk full" in str(e)
    else:
        raise AssertionError("the failure was not reported")
    assert store.count() == 300 and len(store.query(np.ones(8, np.float32), 3)) == 3
    assert store._col.configuration["hnsw"]["sync_threshold"] == 1000
    store.settle()  # still to do, and now it can
    assert _saved(tmp_path / "chroma") == 300


def test_a_store_that_could_not_settle_stays_to_be_settled(tmp_path: Path):
    """Two stores of one folder in one process share Chroma's writer, which keeps its save
    interval: nothing is saved early, and the store does not claim it was."""
    a = VectorStore("settle-test", path=tmp_path / "chroma")
    b = VectorStore("settle-test", path=tmp_path / "chroma")
    _write(a, 300)
    a.settle()
    assert _saved(tmp_path / "chroma") == 0 and a._dirty
    b.close()
    a.settle()
    assert _saved(tmp_path / "chroma") == 300 and not a._dirty
