"""HTML pages: main-text and metadata extraction with trafilatura."""

from __future__ import annotations

from assistant.errors import SourceError
from assistant.ingest.metadata import build_article
from assistant.types import Article


def load_html(data: bytes | str, source: str, url: str | None = None,
              extra: dict[str, object] | None = None) -> Article:
    """Extract the article body and its metadata (title, author, date, site) from a page."""
    import trafilatura  # deferred: it pulls in lxml and friends

    doc = trafilatura.bare_extraction(
        data,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if doc is None:
        raise SourceError(source, "no article text found in the HTML")
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = meta.get("text") or ""
    if not str(text).strip():
        raise SourceError(source, "no article text found in the HTML")
    extra = extra or {}
    return build_article(
        str(text),
        source=source,
        title=extra.get("title") or meta.get("title"),
        outlet=extra.get("outlet") or meta.get("sitename") or meta.get("hostname"),
        published=extra.get("published") or meta.get("date"),
        authors=extra.get("authors") or meta.get("author"),
        url=extra.get("url") or url or meta.get("url"),
        article_id=extra.get("id"),
    )
