"""The same index behaviour against a real Chroma server started on loopback."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.answer.chain import Assistant
from assistant.config import Settings
from assistant.errors import StoreError
from assistant.index import Index
from assistant.ingest.pipeline import ingest

from .conftest import free_port, wait_until_serving


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    exe = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    proc = subprocess.Popen([exe, "run", "--path", str(path), "--host", "127.0.0.1",
                             "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_until_serving(f"http://127.0.0.1:{port}/api/v2/heartbeat", proc, 60, "chroma run")
    yield port
    proc.terminate()
    proc.wait(timeout=10)


@pytest.mark.slow
def test_ingest_ask_delete_through_a_chroma_server(chroma_server, tmp_path: Path, corpus_dir,
                                                   embedder):
    settings = Settings(data_dir=tmp_path / "d", chroma_host="127.0.0.1", chroma_port=chroma_server)
    index = Index(settings, embedder=embedder)
    assert "chroma server" in index.stats()["store"]
    report = ingest([str(corpus_dir)], index)
    assert report.added == 6
    assert index.vectors.count() == index.catalog.stats()["chunks"]
    assert ingest([str(corpus_dir)], index).unchanged == 6
    answer = Assistant(index).ask("How much did the Harbor Street bridge repairs cost?")
    assert "$14.2 million" in answer.answer
    index.delete("harbor-1")
    assert index.vectors.chunk_ids("harbor-1") == []


def test_an_unreachable_server_is_a_clear_error(tmp_path: Path, embedder):
    settings = Settings(data_dir=tmp_path / "d", chroma_host="127.0.0.1", chroma_port=free_port())
    with pytest.raises(StoreError, match=r"Chroma server at 127\.0\.0\.1"):
        Index(settings, embedder=embedder).vectors.count()
