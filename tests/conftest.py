"""Shared fixtures: isolated state, the real bundled embedder (loaded once), real Chroma."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import Settings
from assistant.index import Index
from assistant.index.embedder import Embedder

DATA = Path(__file__).parent / "data"
SAMPLE = Path(__file__).parent.parent / "assistant" / "sample_data"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No NEWSQA_* from the developer's shell; all state under tmp_path; no hub access."""
    for key in list(os.environ):
        if key.startswith("NEWSQA_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("NEWSQA_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    e = Embedder()
    e.encode(["warm up"])
    return e


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(data_dir=tmp_path / "data")
    s.ingest.progress = False
    return s


@pytest.fixture
def index(settings: Settings, embedder: Embedder) -> Iterator[Index]:
    idx = Index(settings, embedder=embedder)
    yield idx
    idx.close()


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A folder of developer-written articles plus the sample article."""
    folder = tmp_path / "corpus"
    shutil.copytree(DATA, folder)
    for f in SAMPLE.iterdir():
        shutil.copy(f, folder / f.name)
    return folder


@pytest.fixture
def sample_index(index: Index) -> Index:
    from assistant.ingest.pipeline import ingest

    ingest([str(SAMPLE)], index)
    return index


@pytest.fixture
def corpus_index(index: Index, corpus_dir: Path) -> Index:
    from assistant.ingest.pipeline import ingest

    report = ingest([str(corpus_dir)], index)
    assert report.added == 6, report
    return index


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_serving(url: str, proc: object, seconds: float, what: str) -> None:
    """Poll ``url`` until it answers; fail with ``what`` if ``proc`` dies or time runs out."""
    import subprocess
    import time
    import urllib.request

    assert isinstance(proc, subprocess.Popen)
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            if proc.poll() is not None:
                err = proc.stderr.read().decode()[-2000:] if proc.stderr else ""
                pytest.fail(f"{what} exited at start: {err}")
            time.sleep(0.3)
    proc.kill()
    pytest.fail(f"{what} did not start in {seconds:g} s")
