"""newsqa: answers about news coverage, proved by the passages they cite.

The public API is what ``__all__`` lists, importable from here::

    from assistant import NewsQA

    with NewsQA(data_dir="news") as qa:
        qa.ingest(["articles/"])
        answer = qa.ask("How long did the call last?")

Names are loaded on first use, so ``import assistant`` (and the CLI's start) stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_HOME = {
    "NewsQA": "assistant.api",
    "Settings": "assistant.config",
    "Answer": "assistant.types",
    "Article": "assistant.types",
    "AnswerSentence": "assistant.types",
    "Citation": "assistant.types",
    "Draft": "assistant.types",
    "Filters": "assistant.types",
    "Passage": "assistant.types",
    "Request": "assistant.types",
    "IngestReport": "assistant.ingest.pipeline",
    "ArticleInfo": "assistant.index.articles",
    "CompactReport": "assistant.index.compact",
    "NewsRetriever": "assistant.retriever",
    "NewsQAError": "assistant.errors",
    "ConfigError": "assistant.errors",
    "StoreError": "assistant.errors",
    "NotFound": "assistant.errors",
    "BackendError": "assistant.errors",
    "SourceError": "assistant.errors",
    "Comparison": "assistant.answer.compare.accounts",
    "Timeline": "assistant.answer.timeline",
    "sample_path": "assistant.ingest",
}

__all__ = [
    "Answer",
    "AnswerSentence",
    "Article",
    "ArticleInfo",
    "BackendError",
    "Citation",
    "CompactReport",
    "Comparison",
    "ConfigError",
    "Draft",
    "Filters",
    "IngestReport",
    "NewsQA",
    "NewsQAError",
    "NewsRetriever",
    "NotFound",
    "Passage",
    "Request",
    "Settings",
    "SourceError",
    "StoreError",
    "Timeline",
    "__version__",
    "sample_path",
]

if TYPE_CHECKING:
    from assistant.answer.compare.accounts import Comparison
    from assistant.answer.timeline import Timeline
    from assistant.api import NewsQA
    from assistant.config import Settings
    from assistant.errors import (
        BackendError,
        ConfigError,
        NewsQAError,
        NotFound,
        SourceError,
        StoreError,
    )
    from assistant.index.articles import ArticleInfo
    from assistant.index.compact import CompactReport
    from assistant.ingest import sample_path
    from assistant.ingest.pipeline import IngestReport
    from assistant.retriever import NewsRetriever
    from assistant.types import (
        Answer,
        AnswerSentence,
        Article,
        Citation,
        Draft,
        Filters,
        Passage,
        Request,
    )


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module 'assistant' has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
