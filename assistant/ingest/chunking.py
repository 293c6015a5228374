"""Sentence-aligned chunks with character offsets into the article text.

Chunks grow sentence by sentence up to ``size`` characters. The next chunk
starts on the last whole sentences of the previous one that fit in
``overlap`` characters, so a fact near a boundary is whole in at least one
chunk. A single sentence longer than ``size`` is cut at white space.
"""

from __future__ import annotations

from assistant.nlp.sentences import sentence_spans
from assistant.types import Article, Chunk


def _cut_long(text: str, start: int, end: int, size: int) -> list[tuple[int, int]]:
    """Split an over-long span at white space into pieces of at most ``size`` characters."""
    pieces = []
    while end - start > size:
        cut = text.rfind(" ", start + size // 2, start + size)
        cut = cut if cut > start else start + size
        pieces.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def chunk_spans(text: str, size: int, overlap: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each chunk of ``text``."""
    units: list[tuple[int, int]] = []
    for a, b in sentence_spans(text):
        units.extend(_cut_long(text, a, b, size) if b - a > size else [(a, b)])
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(units):
        j = i
        while j + 1 < len(units) and units[j + 1][1] - units[i][0] <= size:
            j += 1
        spans.append((units[i][0], units[j][1]))
        if j + 1 >= len(units):
            break
        nxt = j + 1
        while nxt - 1 > i and units[j][1] - units[nxt - 1][0] <= overlap:
            nxt -= 1
        i = nxt
    return spans


def chunk_article(article: Article, size: int = 1000, overlap: int = 200) -> list[Chunk]:
    """Chunks of ``article``; ``chunk.text == article.text[chunk.start:chunk.end]`` always."""
    return [
        Chunk(
            chunk_id=f"{article.article_id}:{i}",
            article_id=article.article_id,
            index=i,
            start=a,
            end=b,
            text=article.text[a:b],
        )
        for i, (a, b) in enumerate(chunk_spans(article.text, size, overlap))
    ]


def embedding_text(chunk: Chunk, title: str) -> str:
    """What the embedder and keyword index see: the headline travels with every chunk."""
    if title and not chunk.text.startswith(title):
        return f"{title}\n{chunk.text}"
    return chunk.text


def vector_texts(chunks: list[Chunk], article: Article, overlap: bool = True,
                 headline: bool = True) -> list[str]:
    """What the embedder sees for each chunk.

    With ``overlap`` the whole chunk (as :func:`embedding_text`). Without, a chunk's leading
    sentences that repeat the end of the chunk before it are left out of its vector: they are
    embedded once, in that chunk, and the stored and keyword-indexed text stays whole.
    Without ``headline``, the chunk's text is embedded without the headline before it.
    """
    out = []
    prev_end = 0
    for c in chunks:
        start = c.start if overlap else max(c.start, prev_end)
        while start < c.end and article.text[start].isspace():
            start += 1
        start = start if start < c.end else c.start
        own = c if start == c.start else c.model_copy(
            update={"start": start, "text": article.text[start:c.end]})
        out.append(embedding_text(own, article.title if headline else ""))
        prev_end = c.end
    return out
