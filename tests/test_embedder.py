"""Embedder variants must agree with fp32 torch; bf16 is only automatic where it is native."""

import numpy as np
import pytest

from assistant.index.embedder import Embedder, cpu_has_native_bf16, use_bf16

TEXTS = [
    "Putin and Trump discussed Syria in a telephone conversation that lasted over an hour.",
    "The Harbor Street bridge reopened after repairs that cost $14.2 million.",
    "Storm closes schools across the county",
    "Director Anna Kowalski thanked the shipyard workers who appear in the film.",
]


def test_bf16_is_detected_from_cpu_flags_not_assumed():
    assert cpu_has_native_bf16("processor : 0\nflags\t\t: fpu sse2 avx2 avx512f avx512_bf16\n")
    assert cpu_has_native_bf16("flags : fpu amx_bf16 amx_tile\n")
    assert not cpu_has_native_bf16("flags : fpu sse2 avx2 avx512f avx512_vnni\n")
    assert not cpu_has_native_bf16("")
    assert use_bf16("bf16", "cpu") and not use_bf16("fp32", "cpu")
    assert not use_bf16("auto", "cuda")


def test_bf16_embeddings_agree_with_fp32(embedder):
    fp32 = Embedder(precision="fp32")
    bf16 = Embedder(precision="bf16")
    a, b = fp32.encode(TEXTS), bf16.encode(TEXTS)
    assert a.shape == b.shape == (4, 384)
    np.testing.assert_allclose(np.linalg.norm(b, axis=1), 1.0, atol=1e-5)
    cosines = (a * b).sum(axis=1)
    assert cosines.min() >= 0.99, cosines


def test_the_onnx_query_embedder_agrees_with_torch(embedder):
    from assistant.index.onnx_embedder import OnnxEmbedder

    a = embedder.encode(TEXTS)
    b = OnnxEmbedder().encode(TEXTS)
    assert b.shape == a.shape
    assert (a * b).sum(axis=1).min() >= 0.99


@pytest.mark.slow  # two fresh interpreters: an ingest and an ask
def test_ask_with_the_onnx_query_embedder_never_imports_torch_or_bm25s(tmp_path):
    """What keeps `newsqa ask` quick to start: no torch, and BM25 read back without bm25s."""
    import json
    import os
    import subprocess
    import sys

    from .conftest import SAMPLE

    env = {**os.environ, "NEWSQA_DATA_DIR": str(tmp_path / "d")}
    subprocess.run([sys.executable, "-m", "assistant", "ingest", str(SAMPLE), "-q"], env=env,
                   check=True, capture_output=True)
    probe = ("import sys, json\n"
             "from typer.testing import CliRunner\n"
             "from assistant.cli import app\n"
             "r = CliRunner().invoke(app, ['ask', 'How long did the call last?', '--json'])\n"
             "heavy = [m for m in ('torch', 'bm25s', 'scipy') if m in sys.modules]\n"
             "print(json.dumps({'heavy': heavy, 'out': r.output}))\n")
    env["NEWSQA_EMBEDDING__QUERY_BACKEND"] = "onnx"
    res = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True,
                         check=True)
    got = json.loads(res.stdout.strip().splitlines()[-1])
    assert got["heavy"] == []
    assert "more than one hour" in json.loads(got["out"])["answer"]


@pytest.mark.slow  # two fresh interpreters: an ingest and a timeline
def test_a_command_that_fails_while_the_query_embedder_loads_exits_with_its_own_status(
        tmp_path):
    """A filter error ended `newsqa timeline` while the ONNX session was still being built in
    the background: the interpreter aborted ("terminate called without an active
    exception", status 134) after printing the error."""
    import os
    import subprocess
    import sys

    from .conftest import SAMPLE

    env = {**os.environ, "NEWSQA_DATA_DIR": str(tmp_path / "d"),
           "NEWSQA_EMBEDDING__QUERY_BACKEND": "onnx"}
    subprocess.run([sys.executable, "-m", "assistant", "ingest", str(SAMPLE), "-q"], env=env,
                   check=True, capture_output=True)
    for command in ("timeline", "compare"):
        res = subprocess.run([sys.executable, "-m", "assistant", command, "the call",
                              "--outlet", "nowhere.example"], env=env, capture_output=True,
                             text=True)
        assert res.returncode == 2, (command, res.stderr)
        assert "no articles from outlet nowhere.example" in res.stderr
        assert "terminate" not in res.stderr


def test_work_is_split_evenly_and_threads_shared():
    from assistant.index.workers import split_balanced, threads_per_worker

    parts = split_balanced([100, 90, 80, 10, 10, 10, 5], 2)
    assert sorted(i for p in parts for i in p) == list(range(7))
    loads = [sum([100, 90, 80, 10, 10, 10, 5][i] for i in p) for p in parts]
    assert max(loads) <= 0.6 * sum(loads)  # a naive half split would give 270 of 305
    assert split_balanced([5], 3) == [[0]]  # no empty parts
    assert threads_per_worker(2, cores=8) == 4 and threads_per_worker(4, cores=2) == 1


@pytest.mark.slow
def test_pooled_workers_agree_with_one_process_and_keep_order(embedder):
    from assistant.index.workers import PooledEmbedder

    texts = [f"{t} (variant {i})" for i in range(3) for t in TEXTS]
    pooled = PooledEmbedder(embedder, workers=2)
    try:
        got = pooled.encode(texts)
    finally:
        pooled.close()
    want = embedder.encode(texts)
    assert got.shape == want.shape
    assert (got * want).sum(axis=1).min() >= 0.999  # row i is still text i


def test_a_device_the_machine_lacks_is_a_clear_error(monkeypatch):
    import torch

    from assistant.errors import ConfigError
    from assistant.index.embedder import load_model

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    with pytest.raises(ConfigError, match="no CUDA"):
        load_model("bundled:all-MiniLM-L6-v2", "cuda")
    with pytest.raises(ConfigError, match="banana"):
        load_model("bundled:all-MiniLM-L6-v2", "banana")
