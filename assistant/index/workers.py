"""Embedding on several processes, for machines with more cores (or more GPUs) than one
torch process uses well.

Each worker is a spawned process holding its own copy of the model, with torch limited to
its share of the cores, so N workers do not fight over the same cores. A call to
:meth:`PooledEmbedder.encode` splits the texts into N parts of similar length, embeds them
in parallel and returns the vectors in the original order. The pool starts on first use
and stops with :meth:`close` (or at exit).
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import numpy as np

from assistant.errors import ConfigError
from assistant.index.embedder import Embedder, Spans

_WORKER: dict[str, Any] = {}


def _start_worker(model: str, device: str, batch_size: int, precision: str,
                  threads: int) -> None:
    import torch

    torch.set_num_threads(threads)
    _WORKER["embedder"] = Embedder(model, device, batch_size, precision)


def _encode(texts: list[str]) -> np.ndarray:
    embedder: Embedder = _WORKER["embedder"]
    return embedder.encode(texts)


def _encode_spans(texts: list[str], spans: list[Spans]) -> tuple[np.ndarray, list[np.ndarray]]:
    embedder: Embedder = _WORKER["embedder"]
    return embedder.encode_spans(texts, spans)


def split_balanced(lengths: list[int], parts: int) -> list[list[int]]:
    """Indexes of the texts for each part, dealt out longest first so the parts cost about
    the same (the embedder's time grows with text length)."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    out: list[list[int]] = [[] for _ in range(parts)]
    load = [0] * parts
    for i in order:
        k = load.index(min(load))
        out[k].append(i)
        load[k] += lengths[i]
    return [sorted(p) for p in out if p]


def threads_per_worker(workers: int, cores: int | None = None) -> int:
    cores = cores or os.cpu_count() or 1
    return max(1, cores // workers)


class PooledEmbedder:
    """:class:`Embedder`'s interface (``encode``, ``encode_one``), on ``workers`` processes."""

    def __init__(self, inner: Embedder, workers: int):
        if workers < 2:
            raise ConfigError("a worker pool needs at least 2 workers")
        self.inner = inner
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            import multiprocessing as mp

            e = self.inner
            precision = "bf16" if e.bf16 else "fp32"
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=mp.get_context("spawn"), initializer=_start_worker,
                initargs=(e.model_name, e.device, e.batch_size, precision,
                          threads_per_worker(self.workers)))
        return self._pool

    def encode(self, texts: list[str]) -> np.ndarray:
        if len(texts) < 2 * self.workers:
            return self.inner.encode(texts)
        parts = split_balanced([len(t) for t in texts], self.workers)
        pool = self._executor()
        futures = [pool.submit(_encode, [texts[i] for i in part]) for part in parts]
        results = [f.result() for f in futures]
        out = np.empty((len(texts), results[0].shape[1]), dtype=np.float32)
        for part, vectors in zip(parts, results, strict=True):
            out[part] = vectors
        return out

    def encode_spans(self, texts: list[str], spans: list[Spans],
                     ) -> tuple[np.ndarray, list[np.ndarray]]:
        if len(texts) < 2 * self.workers:
            return self.inner.encode_spans(texts, spans)
        parts = split_balanced([len(t) for t in texts], self.workers)
        pool = self._executor()
        futures = [pool.submit(_encode_spans, [texts[i] for i in part], [spans[i] for i in part])
                   for part in parts]
        results = [f.result() for f in futures]
        vectors = np.empty((len(texts), results[0][0].shape[1]), dtype=np.float32)
        pooled: list[np.ndarray] = [np.zeros((0, 0), dtype=np.float32)] * len(texts)
        for part, (vs, ps) in zip(parts, results, strict=True):
            vectors[part] = vs
            for i, p in zip(part, ps, strict=True):
                pooled[i] = p
        return vectors, pooled

    def encode_one(self, text: str) -> np.ndarray:
        return self.inner.encode_one(text)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
