"""The public Python API: ``from assistant import NewsQA``, and the README's "From Python"
section, run as written."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import assistant
from assistant import ArticleInfo, CompactReport, NewsQA, NotFound, Settings, sample_path
from assistant.errors import ConfigError, NewsQAError, StoreError
from tests.helpers import files_holding, write_jsonl

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
    assert len(blocks) == 3
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
    # the articles: listed, shown by a start of its id, deleted, and purged from the disk
    assert re.search(r"(?m)^2017-11-21 \d+ Russian and US presidents discuss Syrian crisis", out)
    assert re.search(r"(?m)^\d+ characters$", out)
    assert re.search(r"(?m)^compacted 0 chunks: ", out)  # the only article was deleted
    assert files_holding(tmp_path / "newsqa-data", b"Syrian crisis") == []


def test_everything_in_all_is_importable_from_the_package():
    names = set(assistant.__all__)
    assert {"NewsQA", "Settings", "Answer", "Citation", "NewsRetriever", "Request", "Draft",
            "Filters", "NewsQAError", "ConfigError", "StoreError", "BackendError",
            "SourceError", "Comparison", "Timeline", "__version__", "Article", "ArticleInfo",
            "CompactReport", "NotFound"} <= names
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
        # an earlier Answer stands for its own turn (a walk-through passed one and got
        # pydantic's "Tuple should have at most 2 items")
        assert qa.ask("And how was it described?", history=[a]).query == follow.query
        assert qa.as_runnable().invoke({"question": "And how was it described?",
                                        "history": [a]}).query == follow.query
        with pytest.raises(ConfigError, match=r"no articles from outlet nowhere\.example"):
            qa.ask(Q, outlets=["nowhere.example"])
        outside = qa.ask(Q, since="2020-01-01")  # a filter nothing passes: a refusal
        assert outside.refused and not outside.citations
        assert outside.notice == ("No indexed article passes the filters (since 2020-01-01): "
                                  "widen them to search more.")
        assert qa.ask("Who won the 1998 Tour de France?").notice is None  # no filters


def test_asking_an_empty_index_is_an_error_that_names_the_collections_with_coverage(
        tmp_path, embedder):
    """A blind walk-through mistyped the collection ("evl" for "eval") and got "does not
    answer" for every question, where the CLI says the index is empty."""
    with NewsQA(tmp_path / "d", embedder=embedder) as qa:
        with pytest.raises(StoreError, match=r"the index is empty \(collection 'newsqa'") as e:
            qa.ask(Q)
        assert "holds coverage" not in str(e.value)  # no other collection to suggest
        qa.ingest(sample_path())
    with NewsQA(tmp_path / "d", collection="newqsa", embedder=embedder) as qa:
        for call in (lambda: qa.ask(Q), lambda: qa.stream(Q), lambda: qa.compare(Q),
                     lambda: qa.timeline("Syria")):
            with pytest.raises(StoreError, match="holds coverage in collection newsqa"):
                call()


def test_ingest_takes_articles_as_mappings_or_article_objects(tmp_path, embedder):
    """A blind walk-through found no way to ingest articles held in Python without writing
    files, and a dict was skipped as "no such file or folder"."""
    from assistant import Article

    with NewsQA(tmp_path / "d", embedder=embedder) as qa:
        report = qa.ingest([
            {"id": "bridge", "title": "Bridge to be repaired", "outlet": "Coastal Herald",
             "published": "2024-03-12", "text": "The council voted on Tuesday to repair the "
             "Harbor Street bridge for $14.2 million. Work starts in May, the mayor said."},
            {"title": "A record with no body"},
            Article(article_id="quarry", title="Quarry closes", published="2024-03-15",
                    source="/home/me/notes/quarry.txt", text="The Zanthorp quarry, which "
                    "employed 212 workers, closed on Friday after 80 years of digging above "
                    "the town."),
        ])
        assert (report.added, [(s.source, s.reason) for s in report.skipped]) == \
            (2, [("record 2", "record has no 'text'")])
        assert qa.article("bridge").published == "2024-03-12"
        # an Article's source (where it was read from) is no outlet, as a JSON export's is
        assert qa.article("quarry").outlet == ""
        answer = qa.ask("How many workers did the Zanthorp quarry employ?")
        assert answer.citations[0].article_id == "quarry" and "212" in answer.answer
        with pytest.raises(ConfigError, match="cannot ingest a int"):
            qa.ingest([3])  # type: ignore[list-item]


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


# --- managing the articles ------------------------------------------------------------------
# Five stories written for these tests: two ids that start alike ("harbor-vote" is also the
# start of "harbor-vote-2"), two outlets, one undated story, and a word ("zanthorp") that
# only the quarry story holds, to follow its text through the index's files.

STORIES = [
    {"id": "harbor-vote", "title": "Harbor council votes to repair the bridge",
     "outlet": "Coastal Herald", "published": "2024-03-12", "authors": ["Maria Ortega"],
     "url": "https://coastalherald.example/harbor-vote",
     "text": "The harbor council voted on Monday to repair the Harbor Street bridge for "
             "$14.2 million."},
    {"id": "harbor-vote-2", "title": "Bridge vote criticised", "outlet": "valleypost.example",
     "published": "2024-03-13", "authors": ["Tom Baker"],
     "text": "Council member Raj Patel criticised the bridge vote on Tuesday."},
    {"id": "harbor-fire", "title": "Fire destroys a pier warehouse",
     "outlet": "valleypost.example", "published": "2024-03-14",
     "text": "A fire destroyed the Pier 9 warehouse on Thursday night, firefighters said."},
    {"id": "quarry-zanthorp", "title": "Zanthorp quarry closes", "outlet": "Coastal Herald",
     "published": "2023-11-02",
     "text": "The zanthorp quarry closed on Friday after 80 years, its owner said. The "
             "zanthorp quarry employed 212 workers."},
    {"id": "market-note", "title": "Farmers market moves indoors", "outlet": "Coastal Herald",
     "text": "The weekly farmers market will move into the old ferry terminal for winter."},
]
QUARRY_Q = "How many workers did the Zanthorp quarry employ?"


@pytest.fixture
def stories(tmp_path: Path, embedder) -> Iterator[tuple[NewsQA, Path]]:
    """A NewsQA over the five stories, and the JSONL export they came from."""
    export = write_jsonl(tmp_path / "stories.jsonl", STORIES)
    with NewsQA(data_dir=tmp_path / "data", embedder=embedder) as qa:
        assert qa.ingest(export).added == 5
        yield qa, export


def ids(infos: list[ArticleInfo]) -> list[str]:
    return [i.article_id for i in infos]


def test_articles_lists_newest_first_filtered_by_outlet_search_and_limit(stories):
    qa, export = stories
    everything = qa.articles()
    assert ids(everything) == ["harbor-fire", "harbor-vote-2", "harbor-vote", "quarry-zanthorp",
                               "market-note"]  # by date, newest first; undated last
    vote = everything[2]
    assert isinstance(vote, ArticleInfo)
    assert vote.model_dump(exclude={"chunks"}) == {
        "article_id": "harbor-vote", "title": "Harbor council votes to repair the bridge",
        "outlet": "Coastal Herald", "published": "2024-03-12", "authors": ["Maria Ortega"],
        "url": "https://coastalherald.example/harbor-vote", "source": f"{export}:1"}
    assert everything[4].published is None and everything[4].url is None
    assert all(i.chunks >= 1 for i in everything)
    assert sum(i.chunks for i in everything) == qa.stats()["chunks"]
    assert not hasattr(vote, "text")  # a listing, not the stories
    # an outlet as filters take it (any case); a search in title, outlet or id, any case
    assert ids(qa.articles(outlet="coastal herald")) == ["harbor-vote", "quarry-zanthorp",
                                                         "market-note"]
    assert ids(qa.articles(search="HARBOR")) == ["harbor-fire", "harbor-vote-2", "harbor-vote"]
    assert ids(qa.articles(search="valleypost")) == ["harbor-fire", "harbor-vote-2"]
    assert ids(qa.articles(outlet="Coastal Herald", search="quarry")) == ["quarry-zanthorp"]
    assert ids(qa.articles(limit=2)) == ["harbor-fire", "harbor-vote-2"]
    assert ids(qa.articles(search="harbor", limit=1)) == ["harbor-fire"]
    assert qa.articles(outlet="nowhere.example") == []
    assert qa.articles(search="no such words") == []


def test_articles_list_mirrors_the_cli_json(stories, monkeypatch):
    """The same fields, in the same order, as a line of `newsqa articles list --json`."""
    from typer.testing import CliRunner

    from assistant.cli import app

    qa, _ = stories
    monkeypatch.setenv("NEWSQA_DATA_DIR", str(qa.settings.data_dir))
    r = CliRunner().invoke(app, ["articles", "list", "--json"])
    assert r.exit_code == 0, r.output
    printed = [json.loads(line) for line in r.output.splitlines()]
    assert [list(row) for row in printed] == [["article_id", "title", "outlet", "published",
                                               "authors", "url", "source", "chunks"]] * 5
    assert printed == [i.model_dump() for i in qa.articles()]


def test_article_by_id_or_a_unique_start_and_clear_errors_otherwise(stories):
    qa, export = stories
    quarry = qa.article("quarry")  # a unique start is enough
    assert isinstance(quarry, assistant.Article)
    assert (quarry.article_id, quarry.title, quarry.outlet, quarry.published) == (
        "quarry-zanthorp", "Zanthorp quarry closes", "Coastal Herald", "2023-11-02")
    assert quarry.text == STORIES[3]["text"] and quarry.source == f"{export}:4"
    assert qa.article("harbor-vote").title == "Harbor council votes to repair the bridge"
    assert qa.article("harbor-vote-").article_id == "harbor-vote-2"
    with pytest.raises(NotFound, match=r"'harbor-v' is ambiguous") as ambiguous:
        qa.article("harbor-v")
    assert "harbor-vote" in str(ambiguous.value) and "harbor-vote-2" in str(ambiguous.value)
    assert isinstance(ambiguous.value, StoreError)
    with pytest.raises(NotFound, match=r"no article with id 'tunnel-1'"):
        qa.article("tunnel-1")
    with pytest.raises(NotFound, match="at least 4 characters"):
        qa.article("qua")
    with pytest.raises(ConfigError, match="article_id is empty"):
        qa.article("  ")
    with pytest.raises(ConfigError, match="article_id needs a string"):
        qa.article(4)  # type: ignore[arg-type]


def cited_ids(answer: assistant.Answer) -> set[str]:
    return {p.article_id for p in answer.passages} | {c.article_id for c in answer.citations}


def test_delete_takes_an_article_out_of_answers_and_the_listing_at_once(stories):
    qa, _ = stories
    before = qa.ask(QUARRY_Q)
    assert "212" in before.answer and "quarry-zanthorp" in cited_ids(before)
    gone = qa.delete("quarry-z")  # a unique start, as the CLI takes it
    assert isinstance(gone, assistant.Article)
    assert gone.article_id == "quarry-zanthorp" and gone.text == STORIES[3]["text"]
    assert "quarry-zanthorp" not in ids(qa.articles())
    assert len(qa.articles()) == 4 and qa.stats()["articles"] == 4
    after = qa.ask(QUARRY_Q)
    assert "quarry-zanthorp" not in cited_ids(after) and "212" not in after.answer
    for mode in ("dense", "keyword"):
        found = qa.retriever(mode=mode, k=10).invoke("zanthorp quarry workers")
        assert "quarry-zanthorp" not in {d.metadata["article_id"] for d in found}, mode
    with pytest.raises(NotFound, match="no article with id 'quarry-zanthorp'"):
        qa.article("quarry-zanthorp")
    with pytest.raises(NotFound, match="no article with id 'quarry-zanthorp'"):
        qa.delete("quarry-zanthorp")  # twice: the second finds nothing
    with pytest.raises(NotFound, match="ambiguous"):
        qa.delete("harbor-v")  # an ambiguous start deletes nothing
    assert len(qa.articles()) == 4
    # the next NewsQA on the same data dir sees it gone too
    with NewsQA(data_dir=qa.settings.data_dir, embedder=qa.index.embedder) as again:
        assert "quarry-zanthorp" not in ids(again.articles())


def test_compact_after_a_delete_removes_the_text_from_the_index_files(stories):
    qa, _ = stories
    data = qa.settings.data_dir
    qa.delete("quarry-zanthorp")
    assert files_holding(data, b"zanthorp")  # out of answers, not yet off the disk
    report = qa.compact()
    assert isinstance(report, CompactReport)
    assert report.chunks == qa.stats()["chunks"] > 0  # the four stories left, copied over
    assert report.bytes_before > 0 and report.bytes_after > 0
    assert report.summary().startswith(f"compacted {report.chunks} chunks")
    assert files_holding(data, b"zanthorp") == []
    assert files_holding(data, b"Pier 9 warehouse")  # what stays is still on disk
    # and still answers, through both retrievers, from this very NewsQA
    for mode in ("dense", "keyword"):
        found = qa.retriever(mode=mode, k=1).invoke("How much will the bridge repair cost?")
        assert "Harbor Street bridge" in found[0].page_content, mode
    answer = qa.ask("How much will the Harbor Street bridge repair cost?")
    assert "$14.2 million" in answer.answer and "harbor-vote" in cited_ids(answer)


def test_article_calls_check_their_arguments_and_refuse_a_closed_newsqa(stories):
    qa, _ = stories
    with pytest.raises(ConfigError, match="limit"):
        qa.articles(limit=0)
    with pytest.raises(ConfigError, match="limit"):
        qa.articles(limit=True)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="outlet needs a string"):
        qa.articles(outlet=["Coastal Herald"])  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="search needs a string"):
        qa.articles(search=3)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="article_id is empty"):
        qa.delete("")
    assert len(qa.articles()) == 5  # nothing was deleted by the bad calls
    qa.close()
    for call in (qa.articles, lambda: qa.article("harbor-vote"),
                 lambda: qa.delete("harbor-vote"), qa.compact):
        with pytest.raises(StoreError, match="closed"):
            call()
