"""newsqa as a library: one object that keeps an index of news coverage and answers
questions about it with cited quotes (the README's "From Python" shows it at work).

:class:`NewsQA` owns the :class:`~assistant.index.Index` (close it, or use ``with``) and
answers through the same chain as the CLI and the web UI. Its LangChain side:
:meth:`NewsQA.as_runnable` is that whole chain as one runnable, and :meth:`NewsQA.retriever`
a ``BaseRetriever`` for chains of your own.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from pydantic import ValidationError

from assistant.config import Settings, validation_problem
from assistant.errors import ConfigError, StoreError
from assistant.index import Index
from assistant.index.articles import ArticleInfo, delete_article, list_articles
from assistant.index.compact import CompactReport, compact
from assistant.ingest.pipeline import IngestReport, ingest
from assistant.types import Answer, Article, Draft, Filters, History

if TYPE_CHECKING:
    from langchain_core.runnables import Runnable

    from assistant.answer.chain import Assistant, Input
    from assistant.answer.compare import Comparison
    from assistant.answer.timeline import Timeline
    from assistant.index.embedder import TextEmbedder
    from assistant.retriever import NewsRetriever

Day = str | dt.date
Outlets = str | Iterable[str] | None  # one outlet, several, or None (all)
Source = str | Path | Article | Mapping[str, object]  # a path or URL, or an article as data
P = ParamSpec("P")
R = TypeVar("R")


def _day(day: object, name: str) -> dt.date | None:
    """A day given as an ISO string, a date or a datetime (its day); anything else is an
    error that names the argument."""
    if isinstance(day, dt.datetime):
        return day.date()
    if day is None or isinstance(day, dt.date):
        return day
    if isinstance(day, str):
        try:
            return dt.date.fromisoformat(day)
        except ValueError:
            pass
    raise ConfigError(f"{name} needs a day like 2024-01-05, got {day!r}")


def _iso(day: Day | None, name: str) -> str | None:
    got = _day(day, name)
    return got.isoformat() if got is not None else None


def _date(day: Day | None) -> dt.date | None:
    return _day(day, "as_of")


def _text(value: object, name: str) -> str:
    """A string argument, or an error that names it."""
    if not isinstance(value, str):
        raise ConfigError(f"{name} needs a string, got {value!r}")
    return value


def _article_id(value: object) -> str:
    """An article id or a start of one, as given (ids may hold any characters)."""
    given = _text(value, "article_id")
    if not given.strip():
        raise ConfigError("article_id is empty: give an article id, or its first 4+ characters")
    return given


def _checked(method: Callable[P, R]) -> Callable[P, R]:
    """A call on a closed :class:`NewsQA` is an error; arguments of the wrong shape (a ``k``
    of 0, a history that is not pairs) are a :class:`ConfigError`, as everything the user
    can fix is a :class:`NewsQAError`."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        self = args[0]
        if isinstance(self, NewsQA) and self._closed:
            raise StoreError("this NewsQA is closed: make a new one")
        try:
            return method(*args, **kwargs)
        except ValidationError as e:
            where, what = validation_problem(e)
            raise ConfigError(f"invalid {where or 'argument'}: {what}") from None

    return wrapper


class NewsQA:
    """Ingest news coverage, then ask about it; every answer quotes the passages it rests on.

    Settings come as one :class:`~assistant.config.Settings` object or as its fields by
    keyword (``NewsQA(data_dir="news", retrieval={"k": 6})``), on top of ``NEWSQA_*``
    environment variables, as in the CLI. ``chat_model`` answers with any LangChain chat
    model of yours instead of the configured backend (default: extractive, offline). With
    ``fallback`` (on), a failing LLM is replaced by the extractive answer, with a notice.
    ``embedder`` replaces the sentence-transformers model (anything with ``encode``).
    """

    def __init__(self, settings: Settings | str | Path | None = None, *,
                 chat_model: Any = None, fallback: bool = True,
                 embedder: TextEmbedder | None = None, **values: Any) -> None:
        self._closed = False
        if isinstance(settings, str | Path):  # NewsQA("news"): the data dir
            if "data_dir" in values:
                raise TypeError("give the data dir once: as the first argument or data_dir=")
            settings, values = None, {**values, "data_dir": settings}
        if settings is not None and values:
            raise TypeError("give a Settings object or settings as keyword arguments, not both")
        if settings is None:
            try:
                settings = Settings(**values)
            except ValidationError as e:
                where, what = validation_problem(e)
                raise ConfigError(f"invalid setting {where}: {what}") from None
        self.settings = settings
        self.index = Index(self.settings, embedder=embedder)
        if self.index.needs_analysis():  # an index from before the current analysis rules
            with self.index.writing():
                self.index.ensure_analysis()
        self._chat_model = chat_model
        self._fallback = fallback
        self._assistant: Assistant | None = None

    @property
    def assistant(self) -> Assistant:
        """The answer chain (made on first use: an LLM client is only made when needed)."""
        if self._assistant is None:
            from assistant.answer.chain import Assistant

            self._assistant = Assistant(self.index, self.settings, chat_model=self._chat_model,
                                        fallback=self._fallback)
        return self._assistant

    # --- coverage ----------------------------------------------------------------------
    @_checked
    def ingest(self, sources: Source | Iterable[Source], *,
               replace: bool = False) -> IngestReport:
        """Add articles: files (.txt .md .html .json .jsonl), folders, URLs, RSS/Atom feeds,
        or articles as objects: an :class:`Article`, or a mapping with the fields of a JSON
        export (``text``; ``title``, ``outlet``, ``published``, ``authors``, ``url``, ``id``).
        Bad inputs are listed in the report (``skipped``; an object as "record N"), never
        raised; ``summary()`` says it in one line. ``replace`` lets an article overwrite
        another story stored under its id."""
        if isinstance(sources, str | Path | Mapping | Article):
            sources = [sources]
        paths: list[str] = []
        records: list[Mapping[str, object]] = []
        for source in sources:
            if isinstance(source, Article):  # field by field: "source" means an outlet in
                # a JSON export, and an Article's is where it was loaded from
                records.append({"id": source.article_id, "title": source.title,
                                "outlet": source.outlet, "published": source.published,
                                "authors": source.authors, "url": source.url,
                                "text": source.text})
            elif isinstance(source, Mapping):
                records.append(source)
            elif isinstance(source, str | Path):
                paths.append(str(source))
            else:
                raise ConfigError(f"cannot ingest a {type(source).__name__}: give paths, URLs, "
                                  "Article objects or mappings with a 'text'")
        return ingest(paths, self.index, replace=replace, records=records)

    @_checked
    def stats(self) -> dict[str, Any]:
        """Articles, chunks, outlets, dates, syndication groups and size on disk."""
        return self.index.stats()

    # --- articles ----------------------------------------------------------------------
    @_checked
    def articles(self, *, outlet: str | None = None, search: str | None = None,
                 limit: int | None = None) -> list[ArticleInfo]:
        """The indexed articles, newest first (undated last), without their text: only
        ``outlet``'s, only those whose title, outlet or id contains ``search`` (any case),
        at most ``limit``. An outlet with no articles gives an empty list; an empty one, all."""
        if outlet is not None:
            _text(outlet, "outlet")
        if search is not None:
            _text(search, "search")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)
                                  or limit < 1):
            raise ConfigError(f"limit needs a whole number of at least 1, got {limit!r}")
        return list_articles(self.index.catalog, outlet=outlet, search=search, limit=limit)

    @_checked
    def article(self, article_id: str) -> Article:
        """One indexed article, text and all, by its id or a unique start of it (4 characters
        or more). An unknown or ambiguous one is a :class:`~assistant.errors.NotFound` (a
        :class:`StoreError`) that says which."""
        return self.index.get(_article_id(article_id)).article

    @_checked
    def delete(self, article_id: str) -> Article:
        """Take an article (by id, or a unique start of it) out of the index and return it:
        no answer cites it from the next question on. Copies of its text stay in the index's
        files until :meth:`compact`. Unknown or ambiguous: :class:`~assistant.errors.NotFound`."""
        return delete_article(self.index, _article_id(article_id))

    @_checked
    def compact(self) -> CompactReport:
        """Make the text of deleted (and replaced) articles leave the disk: the index's files
        are rewritten without it. It waits for, and holds off, other writers; another process
        serving this index (``newsqa serve``) must be restarted afterwards."""
        return compact(self.index)

    # --- questions ---------------------------------------------------------------------
    @staticmethod
    def _filters(outlets: Outlets, since: Day | None, until: Day | None
                 ) -> Filters:
        if outlets is None:  # no outlet filter, as ()
            outlets = ()
        elif isinstance(outlets, str):  # one outlet, not its letters
            outlets = [outlets]
        return Filters(outlets=tuple(outlets), since=_iso(since, "since"),
                       until=_iso(until, "until"))

    @_checked
    def ask(self, question: str, *, outlets: Outlets = (), since: Day | None = None,
            until: Day | None = None, k: int | None = None,
            history: History | None = None, as_of: Day | None = None) -> Answer:
        """The verified answer, or a refusal when the coverage does not hold one.

        ``outlets``, ``since`` and ``until`` (ISO days, inclusive) restrict the coverage;
        ``history`` is the conversation so far, for follow-ups: (question, answer) pairs or
        the earlier :class:`Answer` objects themselves;
        ``as_of`` is the day the question is asked (default today). An empty index is a
        :class:`StoreError` (it names the collections of the data dir that hold coverage)."""
        self._require_coverage()
        return self.assistant.ask(question, self._filters(outlets, since, until), k, history,
                                  _date(as_of))

    @_checked
    def stream(self, question: str, *, outlets: Outlets = (), since: Day | None = None,
               until: Day | None = None, k: int | None = None,
               history: History | None = None,
               as_of: Day | None = None) -> Iterator[Draft | Answer]:
        """As :meth:`ask`, streamed: :class:`Draft` pieces of the text as it is written (an
        LLM's tokens; an extractive answer whole), then the verified :class:`Answer`."""
        # Assistant.stream checks the question and arguments now, not at the first draft
        self._require_coverage()
        return self._drafts(self.assistant.stream(question, self._filters(outlets, since, until),
                                                  k, history, _date(as_of)))

    def _require_coverage(self) -> None:
        if self.index.catalog.is_empty():
            raise self.index.empty_error()

    @staticmethod
    def _drafts(events: Iterator[Any]) -> Iterator[Draft | Answer]:
        for event in events:
            if event.answer is not None:
                yield event.answer
            else:
                yield Draft(text=event.text, whole=event.whole)

    @_checked
    def compare(self, question: str, *, outlets: Outlets = (), since: Day | None = None,
                until: Day | None = None, k: int | None = None) -> Comparison:
        """Each outlet's (or speaker's) account of ``question`` side by side, with the values
        it asks for (durations, counts, sums) lined up."""
        self._require_coverage()
        return self.assistant.compare(question, self._filters(outlets, since, until), k)

    @_checked
    def timeline(self, topic: str, *, outlets: Outlets = (), since: Day | None = None,
                 until: Day | None = None, k: int | None = None) -> Timeline:
        """Dated events in the coverage of ``topic``, oldest first, each with its citation."""
        self._require_coverage()
        return self.assistant.timeline(topic, self._filters(outlets, since, until), k)

    # --- LangChain ---------------------------------------------------------------------
    @_checked
    def as_runnable(self) -> Runnable[Input, Answer]:
        """The whole answer chain (condense, retrieve, generate, verify, finish) as one
        runnable: a question, or a dict of :class:`~assistant.types.Request` fields, to an
        :class:`Answer`. ``invoke``, ``batch`` and ``stream`` (drafts, then the answer)."""
        return self.assistant.as_runnable()

    @_checked
    def retriever(self, **fields: Any) -> NewsRetriever:
        """A LangChain retriever over this index; ``fields`` are its filters and ``k``
        (``outlets``, ``since``, ``until``, ``as_of``, ``mode``)."""
        from assistant.retriever import NewsRetriever

        return NewsRetriever(index=self.index, **fields)

    # --- lifetime ----------------------------------------------------------------------
    def close(self) -> None:
        """Close the index (and stop embedding workers). Closing twice is harmless; any
        other call after it is an error, and what was obtained from it before (a runnable,
        a retriever, a stream) must not be used after it."""
        if not self._closed:
            self._closed = True
            self.index.close()

    def __enter__(self) -> NewsQA:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
