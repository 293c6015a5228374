"""The stored articles as their owner sees them: a listing row, the listing, and deleting one.

What the CLI (``newsqa articles``), the web UI and :class:`~assistant.api.NewsQA` share, so
that they list the same rows and delete the same way. Looking one up by id or unique prefix
is :meth:`Index.get <assistant.index.Index.get>`; making deleted text leave the disk is
:mod:`assistant.index.compact`.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from assistant.index import Index
from assistant.index.catalog import ArticleRow, Catalog
from assistant.types import Article


class ArticleInfo(BaseModel):
    """One indexed article without its text: what ``newsqa articles list --json`` prints a
    line of (the same fields, in the same order)."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    title: str = ""
    outlet: str = ""
    published: str | None = Field(
        None, description="ISO 'YYYY-MM-DD', or partial: 'YYYY-MM', 'YYYY', '--MM-DD'.")
    authors: list[str] = Field(default_factory=list)
    url: str | None = None
    source: str = Field("", description="Where it was loaded from (path, path:line, URL).")
    chunks: int = Field(description="How many passages it was cut into.")


def article_info(row: ArticleRow) -> ArticleInfo:
    """The listing row of a stored article."""
    a = row.article
    return ArticleInfo(article_id=a.article_id, title=a.title, outlet=a.outlet,
                       published=a.published, authors=a.authors, url=a.url, source=a.source,
                       chunks=row.n_chunks)


def list_articles(catalog: Catalog, outlet: str | None = None, search: str | None = None,
                  limit: int | None = None) -> list[ArticleInfo]:
    """Stored articles, newest first (undated last): only ``outlet``'s (matched as filters
    match it: case and a leading ``www.`` aside), only those whose title, outlet or id
    contains ``search`` (any case), at most ``limit`` (None: all)."""
    return [article_info(r) for r in catalog.articles(outlet=outlet, limit=limit, search=search)]


def delete_article(index: Index, article_id: str) -> Article:
    """Take the article ``article_id`` (or a unique prefix of it) out of every part of the
    index under its write lock, so that no answer cites it from now on; returns it. The
    keyword index is rebuilt at once (its files held the text); copies of the text stay in
    the vector store's and the catalog's files until :func:`~assistant.index.compact.compact`.
    Raises :class:`~assistant.errors.NotFound` for an unknown or ambiguous id."""
    with index.writing():
        article = index.delete(article_id)
    index.keyword()
    return article
