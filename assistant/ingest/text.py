"""Plain text and Markdown articles, with optional front matter or a metadata sidecar."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.ingest.files import decode_text, read_sidecar
from assistant.ingest.metadata import build_article
from assistant.types import Article

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*\n", re.S)
_KEYS = {"title", "outlet", "published", "date", "authors", "author", "url", "id"}


def parse_front_matter(text: str) -> tuple[dict[str, object], str]:
    """Split simple ``key: value`` front matter from the text. Unknown keys are ignored."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta: dict[str, object] = {}
    for line in m["body"].splitlines():
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in _KEYS:
            meta[key] = value.strip().strip("'\"")
    return meta, text[m.end():]


def load_text(path: Path, data: bytes) -> Article:
    raw = decode_text(data, str(path))
    meta, body = parse_front_matter(raw)
    meta = {**meta, **read_sidecar(path)}
    return build_article(
        body,
        source=str(path),
        title=meta.get("title"),
        outlet=meta.get("outlet"),
        published=meta.get("published") or meta.get("date"),
        authors=meta.get("authors") or meta.get("author"),
        url=meta.get("url"),
        article_id=meta.get("id"),
    )
