"""An ingest killed with SIGKILL half way is completed by re-running it: each article once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.index import Index
from assistant.ingest.chunking import chunk_article
from assistant.ingest.sources import load_item


def write_corpus(path: Path, n: int) -> None:
    with path.open("w") as f:
        for i in range(n):
            body = " ".join(f"Article {i} sentence {j} about the harbor council vote."
                            for j in range(60))
            f.write(json.dumps({"id": f"a{i:03d}", "title": f"Story {i}", "text": body}) + "\n")


def catalog_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=1) as con:
            return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_kill_9_mid_ingest_then_rerun_indexes_each_article_exactly_once(tmp_path: Path, embedder):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, 120)
    data = tmp_path / "data"
    env = {**os.environ, "NEWSQA_DATA_DIR": str(data), "NEWSQA_INGEST__BATCH_ARTICLES": "4"}
    cmd = [sys.executable, "-m", "assistant", "ingest", str(corpus), "-q"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    db = data / "indexes" / "newsqa-minilm-l6" / "catalog.sqlite"
    deadline = time.time() + 120
    while catalog_count(db) < 8 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = catalog_count(db)
    assert 8 <= partial < 120

    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    # the catalog is the source of truth: what it lacked is added, what it had is unchanged
    assert f"{120 - partial} added, 0 replaced, {partial} unchanged" in rerun.stdout

    index = Index(Settings(data_dir=data), embedder=embedder)
    assert index.catalog.stats()["articles"] == 120
    ids = index.vectors._col.get(include=[])["ids"]
    assert len(ids) == len(set(ids))
    expected = set()
    for art in load_item(corpus, max_bytes=10**8, timeout=1):
        expected.update(c.chunk_id for c in chunk_article(art))  # type: ignore[arg-type]
    assert set(ids) == expected
    assert sorted(r.chunk_id for r in index.catalog.chunk_rows()) == sorted(expected)
