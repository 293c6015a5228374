"""Sentence vectors: one per sentence of every embedded chunk text, kept beside the catalog.

The embedder pools them out of the chunk's own forward pass (``Embedder.encode_spans``), so
each sentence vector knows its context and costs no extra model time. They are stored by the
chunk text's vector key, like the chunk vector: a text embedded once (a wire copy, the
unchanged paragraphs of an updated story) shares its sentence vectors too.

A vector text is ``headline + "\\n" + the tail of the chunk`` (or the chunk alone, see
``assistant.ingest.chunking.vector_texts``). Spans are stored relative to that text, with the
length of its headline prefix, so they map back onto any article holding the same text:
the body part ends where the chunk ends.

Stored as int8 (384 bytes a sentence for MiniLM): a vector is scaled so its largest component
is 127, and renormalised when read, which keeps cosines within about 0.001 of float32.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assistant.nlp.sentences import sentence_spans


@dataclass(frozen=True)
class SpanVectors:
    """The sentence vectors of one vector text."""

    prefix_len: int  # characters of headline + newline before the chunk text (0: none)
    text_len: int
    spans: np.ndarray  # (n, 2) int32 offsets into the vector text
    vecs: np.ndarray  # (n, dim) int8


@dataclass(frozen=True)
class SentenceVector:
    """A sentence of an article (or its headline) with its unit vector."""

    field: str  # "text" or "title"
    start: int  # offsets into article.text, or article.title for the headline
    end: int
    vector: np.ndarray


def spans_to_embed(text: str) -> list[tuple[int, int]]:
    """The sentences of a vector text whose vectors are kept: every line-aware sentence."""
    return sentence_spans(text)


def headline_prefix(text: str, title: str) -> int:
    """Length of the ``title + "\\n"`` prefix of a vector text, or 0 when it has none."""
    return len(title) + 1 if title and text.startswith(title + "\n") else 0


def quantize(vectors: np.ndarray) -> np.ndarray:
    """Unit float vectors → int8, each scaled so its largest component is ±127."""
    if not len(vectors):
        return np.zeros(vectors.shape, dtype=np.int8)
    peak = np.abs(vectors).max(axis=1, keepdims=True)
    peak[peak == 0] = 1.0
    return np.round(vectors / peak * 127).astype(np.int8)


def dequantize(q: np.ndarray) -> np.ndarray:
    """int8 → unit float32 vectors (a zero row, a sentence the model never saw, stays zero)."""
    v = q.astype(np.float32)
    norm = np.linalg.norm(v, axis=1, keepdims=True)
    norm[norm == 0] = 1.0
    return v / norm


def pack(text: str, title: str, spans: list[tuple[int, int]], vectors: np.ndarray,
         ) -> SpanVectors:
    """What to store for one vector text: its spans and their int8 vectors. A sentence past
    the model's length limit (a zero vector) is left out."""
    keep = [i for i in range(len(spans)) if np.any(vectors[i])]
    sp = np.array([spans[i] for i in keep], dtype=np.int32).reshape(-1, 2)
    return SpanVectors(headline_prefix(text, title), len(text), sp, quantize(vectors[keep]))


def on_article(sv: SpanVectors, chunk_end: int) -> list[SentenceVector]:
    """The stored sentences of a chunk whose vector text ends at ``chunk_end`` of its article,
    with offsets into that article's text (or its title, for the headline)."""
    out = []
    vectors = dequantize(sv.vecs)
    body_start = chunk_end - (sv.text_len - sv.prefix_len)  # where the body part begins
    for (a, b), v in zip(sv.spans.tolist(), vectors, strict=True):
        if a < sv.prefix_len:
            if b <= sv.prefix_len - 1:
                out.append(SentenceVector("title", a, b, v))
            continue
        out.append(SentenceVector("text", body_start + a - sv.prefix_len,
                                  body_start + b - sv.prefix_len, v))
    return out
