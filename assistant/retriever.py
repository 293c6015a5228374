"""The index as a LangChain retriever, for use in chains of your own.

:class:`NewsRetriever` runs the same hybrid retrieval as the answer chain
(:func:`assistant.retrieval.retrieve`: filters, per-article cap, wire copies once, the
recency preference) and returns LangChain ``Document``s. Each document's text is exactly
``article.text[start:end]``, and its metadata says where it came from, so a chain of yours
can cite it the way newsqa does.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field, field_validator

from assistant.index import Index
from assistant.retrieval import retrieve
from assistant.types import Filters, Passage

METADATA = ("article_id", "chunk_id", "title", "outlet", "published", "url", "start", "end",
            "score", "dense_score", "keyword_score", "also_published_by")
"""The metadata keys of every document (a value may be None: an undated article)."""


def to_document(passage: Passage) -> Document:
    """A retrieved passage as a ``Document``: its text, and its :data:`METADATA`."""
    data = passage.model_dump()
    return Document(id=passage.chunk_id, page_content=passage.text,
                    metadata={key: data[key] for key in METADATA})


class NewsRetriever(BaseRetriever):
    """Passages of the indexed coverage for a query, as ``Document``s, best first.

    The filters are fields: ``NewsRetriever(index=qa.index, outlets=("tass.com",),
    since="2017-11-01", k=4)``, or ``qa.retriever(...)``. An outlet the index does not hold
    is an error that names the ones it does.
    """

    # a misspelt filter (``outlet=``) is an error, not a retriever that quietly ignores it
    model_config = ConfigDict(arbitrary_types_allowed=True, extra="forbid")

    index: Index = Field(exclude=True)
    k: int | None = Field(None, ge=1, le=100, description="Passages (default: retrieval.k).")
    outlets: tuple[str, ...] = Field((), description="Only these outlets (any of them).")
    since: str | None = Field(None, description="Published on or after this ISO day.")
    until: str | None = Field(None, description="Published on or before this ISO day.")
    as_of: dt.date | None = Field(
        None, description="The day to prefer recent coverage up to (default: today).")
    mode: Literal["hybrid", "dense", "keyword"] | None = Field(
        None, description="The retriever (default: retrieval.mode).")

    @field_validator("outlets", mode="before")
    @classmethod
    def _one_outlet(cls, value: Any) -> Any:
        """One outlet may be given as a string, as in ``NewsQA.ask`` (not as its letters)."""
        return (value,) if isinstance(value, str) else value

    def _get_relevant_documents(self, query: str, *,
                                run_manager: CallbackManagerForRetrieverRun,
                                **kwargs: Any) -> list[Document]:
        settings = self.index.settings.retrieval
        if self.mode is not None:
            settings = settings.model_copy(update={"mode": self.mode})
        filters = Filters(outlets=self.outlets, since=self.since, until=self.until)
        got = retrieve(self.index, query, filters, settings, k=self.k, as_of=self.as_of)
        return [to_document(p) for p in got.passages]
