"""JSON and JSONL article records (the suite corpus format, and common aliases)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path

from assistant.errors import SourceError
from assistant.ingest.files import decode_text
from assistant.ingest.metadata import build_article
from assistant.types import Article, Skipped

_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "article", "maintext"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "site", "sitename", "publisher", "domain"),
    "published": ("published", "date", "published_at", "pubdate", "date_publish", "datetime"),
    "authors": ("authors", "author", "byline"),
    "url": ("url", "link"),
    "id": ("id", "article_id", "doc_id"),
}


def _field(record: Mapping[str, object], name: str) -> object:
    for key in _ALIASES[name]:
        value = record.get(key)
        if value not in (None, "", []):
            return value
    return None


def record_to_article(record: object, source: str) -> Article:
    if not isinstance(record, Mapping):
        raise SourceError(source, f"expected a JSON object, got {type(record).__name__}")
    text = _field(record, "text")
    if not isinstance(text, str) or not text.strip():
        raise SourceError(source, "record has no 'text'")
    outlet = _field(record, "outlet")
    if isinstance(outlet, Mapping):  # {"source": {"name": "CNN"}}
        outlet = outlet.get("name") or outlet.get("title")
    fields = {"title": _field(record, "title"), "outlet": outlet, "url": _field(record, "url")}
    for name, value in fields.items():
        if isinstance(value, int | float) and not isinstance(value, bool):
            fields[name] = str(value)  # "title": 1984
        elif value is not None and not isinstance(value, str):
            raise SourceError(source, f"'{name}' must be a string, got "
                                      f"{type(value).__name__}")
    return build_article(
        text,
        source=source,
        title=fields["title"],
        outlet=fields["outlet"],
        published=_field(record, "published"),
        authors=_field(record, "authors"),
        url=fields["url"],
        article_id=_field(record, "id"),
    )


# json.loads recurses once per level: "[[[[…" 100,000 deep exhausts the stack
TOO_DEEP = "malformed JSON (nested too deeply)"


def load_jsonl(path: Path, data: bytes) -> Iterator[Article | Skipped]:
    """One record a line. A bad line is skipped with its line number; the rest still load."""
    text = decode_text(data, str(path))
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        src = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            yield Skipped(source=src, reason=f"malformed JSON ({e.msg}, column {e.colno})")
            continue
        except RecursionError:
            yield Skipped(source=src, reason=TOO_DEEP)
            continue
        try:
            yield record_to_article(record, src)
        except SourceError as e:
            yield Skipped(source=e.source, reason=e.reason)


def load_json(path: Path, data: bytes) -> Iterator[Article | Skipped]:
    """A record, a list of records, or an object holding them under 'articles'/'items'/'data'."""
    text = decode_text(data, str(path))
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise SourceError(str(path), f"malformed JSON ({e.msg}, line {e.lineno})") from e
    except RecursionError as e:
        raise SourceError(str(path), TOO_DEEP) from e
    if isinstance(doc, Mapping):
        for key in ("articles", "items", "data", "records"):
            if isinstance(doc.get(key), list):
                doc = doc[key]
                break
    records = doc if isinstance(doc, list) else [doc]
    for i, record in enumerate(records):
        src = f"{path}[{i}]" if isinstance(doc, list) else str(path)
        try:
            yield record_to_article(record, src)
        except SourceError as e:
            yield Skipped(source=e.source, reason=e.reason)
