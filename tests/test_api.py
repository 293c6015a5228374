"""The public Python API: ``from assistant import NewsQA``, and the README's "From Python"
section, run as written."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import sqlite3
from pathlib import Path

import pytest

import assistant
from assistant import NewsQA, Settings, sample_path
from assistant.errors import ConfigError, NewsQAError, StoreError

README = Path(__file__).parent.parent / "README.md"
Q = "How long did the call between Putin and Trump last?"


def readme_examples() -> list[str]:
    """The ```python blocks of the README's "From Python" section, in order."""
    text = README.read_text("utf-8")
    section = text.split("\n## From Python\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def test_the_readme_from_python_section_runs(tmp_path, monkeypatch):
    """Each block runs as a reader would paste it, one after the other, in an empty folder."""
    blocks = readme_examples()
    assert len(blocks) == 2
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    scope: dict[str, object] = {"__name__": "readme"}
    with contextlib.redirect_stdout(printed):
        for block in blocks:
            exec(compile(block, "README.md", "exec"), scope)
    out = printed.getvalue()
    assert (tmp_path / "newsqa-data").is_dir()  # the data dir it named, nowhere else
    # facts of the bundled TASS report, as its text states them
    assert "1 added" in out
    assert "the conversation lasted for more than one hour" in out
    assert "tass.com 2017-11-21" in out
    assert "businesslike and meaningful" in out and "more than one hour" in out
    assert "2017-11-20 Putin informed Trump on the results of the November 20 meeting" in out
    assert 'great call' in out
    assert re.search(r"(?m)^(Draft\n)+Answer$", out)  # streamed: drafts, then the answer
    assert "\n2\n" in out  # batch: one answer per question
    assert "[1] tass.com, 2017-11-21: " in out


def test_everything_in_all_is_importable_from_the_package():
    names = set(assistant.__all__)
    assert {"NewsQA", "Settings", "Answer", "Citation", "NewsRetriever", "Request", "Draft",
            "Filters", "NewsQAError", "ConfigError", "StoreError", "BackendError",
            "SourceError", "Comparison", "Timeline", "__version__"} <= names
    assert issubclass(assistant.ConfigError, assistant.NewsQAError)
    for name in names:
        assert getattr(assistant, name) is not None
    with pytest.raises(AttributeError):
        _ = assistant.Index  # not public


def test_settings_as_keywords_or_one_object(tmp_path, embedder):
    with NewsQA(data_dir=tmp_path / "a", retrieval={"k": 3}, embedder=embedder) as qa:
        assert qa.settings.retrieval.k == 3 and qa.index.root.is_relative_to(tmp_path / "a")
    given = Settings(data_dir=tmp_path / "b")
    with NewsQA(given, embedder=embedder) as qa:
        assert qa.settings is given and qa.index.root.is_relative_to(tmp_path / "b")
    with pytest.raises(TypeError, match="not both"):
        NewsQA(given, data_dir=tmp_path / "c")


def test_leaving_the_with_block_closes_the_index(tmp_path, embedder):
    class Closing:  # an embedder that says when the index stops it
        closed = 0

        def encode(self, texts):
            return embedder.encode(texts)

        def close(self):
            Closing.closed += 1

    with pytest.raises(RuntimeError), NewsQA(data_dir=tmp_path, embedder=Closing()) as qa:
        connection = qa.index.catalog._db
        raise RuntimeError("the caller's own error")
    assert Closing.closed == 1
    with pytest.raises(sqlite3.ProgrammingError):
        connection.execute("select 1")


def test_ask_takes_filters_dates_and_history(tmp_path, embedder):
    with NewsQA(data_dir=tmp_path, embedder=embedder) as qa:
        qa.ingest(sample_path())  # one source needs no list
        a = qa.ask(Q, outlets=["tass.com"], since="2017-11-01", until="2017-11-30", k=4)
        assert "more than one hour" in a.answer
        assert a.filters == {"outlets": ["tass.com"], "since": "2017-11-01",
                             "until": "2017-11-30"}
        assert len(a.passages) <= 4
        follow = qa.ask("And how was it described?", history=[(Q, a.answer)])
        assert follow.query.startswith(Q)  # joined to the question before it
        with pytest.raises(ConfigError, match=r"no articles from outlet nowhere\.example"):
            qa.ask(Q, outlets=["nowhere.example"])
        outside = qa.ask(Q, since="2020-01-01")  # a filter nothing passes: a refusal
        assert outside.refused and not outside.citations
        assert outside.notice == ("No indexed article passes the filters (since 2020-01-01): "
                                  "widen them to search more.")
        assert qa.ask("Who won the 1998 Tour de France?").notice is None  # no filters


def test_misuse_is_a_newsqa_error_and_a_closed_client_refuses_work(tmp_path, embedder):
    with NewsQA(tmp_path / "d", embedder=embedder) as qa:  # a path alone: the data dir
        assert qa.index.root.is_relative_to(tmp_path / "d")
        qa.ingest(sample_path())
        a = qa.ask(Q, outlets="tass.com")  # one outlet as a string, not its letters
        assert a.filters["outlets"] == ["tass.com"] and not a.refused
        with pytest.raises(ConfigError, match="as_of"):
            qa.ask(Q, as_of="2017-13-01")
        with pytest.raises(ConfigError, match="k"):
            qa.ask(Q, k=0)
        with pytest.raises(ConfigError, match="history"):
            qa.ask(Q, history=[1, 2])  # type: ignore[list-item]
        with pytest.raises(ConfigError, match="k"):
            qa.stream(Q, k=0)  # when called, not when first read
        with pytest.raises(ConfigError, match="empty"):
            qa.stream("   ")  # the question too
        with pytest.raises(ConfigError, match="as_of needs a day"):
            qa.ask(Q, as_of=2017)  # type: ignore[arg-type]
        with pytest.raises(ConfigError, match="outlet"):
            qa.retriever(outlet="tass.com")  # misspelt: an error, not a filter ignored
        every = qa.ask(Q, outlets=None, since=dt.datetime(2017, 11, 1, 9, 30),
                       as_of=dt.datetime(2017, 11, 25, 8, 0))
        assert every.filters == {"since": "2017-11-01"} and not every.refused
    with pytest.raises(StoreError, match="closed"):
        qa.stats()
    qa.close()  # twice is harmless
    with pytest.raises(ConfigError, match="collection"):
        NewsQA(data_dir=tmp_path, collection="../x", embedder=embedder)


def test_streaming_ends_with_the_answer_and_errors_are_newsqa_errors(tmp_path, embedder):
    with NewsQA(data_dir=tmp_path, embedder=embedder) as qa:
        qa.ingest([sample_path()])
        *drafts, last = list(qa.stream(Q))
        assert [type(d).__name__ for d in drafts] == ["Draft"]  # extractive: whole, once
        assert last.answer == drafts[0].text and last.citations
        with pytest.raises(NewsQAError, match="empty"):
            qa.ask("   ")
