"""The web UI's formatting (pure) and its actions (AppState), without a browser."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.types import Answer, AnswerSentence, Citation
from assistant.ui import feedback
from assistant.ui.app import EMPTY_INDEX, AppState
from assistant.ui.format import (
    answer_markdown,
    citation_card,
    context_span,
    highlight,
    md_escape,
    sources_html,
)

from .conftest import DATA

TEXT = "Headline\nFirst para sentence. The <b>quoted</b> one & more.\nNext paragraph here."


def cite(start: int, end: int, **kw) -> Citation:
    return Citation(n=1, article_id="a", title=kw.get("title", "T <i>x</i>"), outlet="o.example",
                    published=None, url=kw.get("url"), quote=TEXT[start:end], start=start,
                    end=end)


def test_highlight_marks_the_quote_inside_its_paragraph_and_escapes_html():
    start = TEXT.index("The <b>")
    end = TEXT.index("more.") + 5
    out = highlight(TEXT, start, end)
    assert out == "First para sentence. <mark>The &lt;b&gt;quoted&lt;/b&gt; one &amp; more.</mark>"
    assert context_span(TEXT, start, end) == (TEXT.index("First"), TEXT.index("\nNext"))


def test_card_escapes_metadata_and_only_links_http_urls():
    c = cite(9, 29, url="javascript:alert(1)")
    card = citation_card(c, TEXT)
    assert "<i>" not in card and "T &lt;i&gt;x&lt;/i&gt;" in card
    assert "javascript:" not in card and "undated" in card
    good = citation_card(cite(9, 29, url="https://o.example/a?x=1&y=2"), TEXT)
    assert 'href="https://o.example/a?x=1&amp;y=2"' in good and 'rel="noopener noreferrer"' in good


def test_answer_markdown_flags_unsupported_sentences_refusals_and_filters():
    a = Answer(question="q", answer="x", backend="extractive (offline)",
               sentences=[AnswerSentence(text="Good *one*.", citations=[1]),
                          AnswerSentence(text="Bad one.", citations=[], supported=False)],
               filters={"outlets": ["tass.com"], "since": "2017-11-01"})
    md = answer_markdown(a, ingest_running=True)
    assert md.startswith("Good \\*one\\*. [\\[1\\]](#cite-1) ~~Bad one.~~ **(unsupported)**")
    assert "filters: outlets=tass.com, since=2017\\-11\\-01" in md
    assert "an ingest is running" in md
    refused = Answer(question="q", answer="The indexed coverage does not answer this question.",
                     refused=True)
    assert answer_markdown(refused).startswith("**Refused:**")
    assert "No sources" in sources_html(refused, {})
    assert md_escape("<script>") == "\\<script\\>"


@pytest.fixture
def state(settings, index) -> AppState:
    return AppState(settings, index)


def ask(state: AppState, question: str, history=None, **kw):
    args = {"outlets": None, "since": "", "until": "", "k": 6, "backend": "extractive", **kw}
    return list(state.ask(question, [], history or [], **args))


def test_an_empty_index_explains_how_to_add_coverage(state):
    [(chat, _, answer, _)] = ask(state, "Anything?")
    assert chat[-1]["content"] == EMPTY_INDEX and answer is None


def test_asking_streams_then_shows_cards_and_keeps_history(state):
    state.add([str(DATA / "articles.jsonl")])
    steps = ask(state, "How much did the Harbor Street bridge repairs cost?")
    chat, history, answer, html = steps[-1]
    assert len(steps) >= 2  # streamed text first, then the verified answer
    assert "$14.2 million" in chat[-1]["content"] and "<mark>" in html
    assert history == [["How much did the Harbor Street bridge repairs cost?", answer["answer"]]]
    follow = ask(state, "and what did the critics say?", history=history)[-1]
    assert "Patel" in follow[0][-1]["content"]


def test_uploads_are_checked_and_kept_inside_the_data_dir(state, tmp_path: Path):
    received = state.upload_root / "0123abcd"  # where Gradio keeps what a browser uploaded
    received.mkdir(parents=True)
    good = received / "good story.md"
    good.write_text("Good story\n\nA fine body.")
    bad = received / "evil.sh"
    bad.write_text("rm -rf /")
    big = received / "big.txt"
    big.write_bytes(b"x" * int(state.settings.ingest.max_file_mb * 1_000_000 + 1))
    outside = tmp_path / "private.md"  # on the server, but never uploaded
    outside.write_text("Private\n\nNot for the index.")
    folder = state.upload_dir()
    sources, problems = state.stage_uploads([str(good), str(bad), str(big), str(outside)],
                                            folder)
    assert [Path(s).name for s in sources] == ["good_story.md"]
    assert all(Path(s).resolve().is_relative_to(state.settings.data_dir.resolve())
               for s in sources)
    assert problems[0].startswith("evil.sh: unsupported type") and "larger than" in problems[1]
    assert problems[2].startswith("private.md: not a file uploaded")
    pasted = state.stage_paste("Pasted headline\n\nBody text.", "", "paste.example",
                               "2024-01-02", "", folder)
    report = state.add([*sources, pasted])
    assert report.added == 2
    row = next(r for r in state.index.catalog.list() if r.article.outlet == "paste.example")
    assert row.article.published == "2024-01-02" and row.article.title == "Pasted headline"


def test_questions_during_an_ingest_answer_from_what_is_indexed(state, tmp_path: Path):
    state.add([str(DATA / "articles.jsonl")])
    big = tmp_path / "many.jsonl"
    big.write_text("\n".join(json.dumps({"id": f"x{i}", "title": f"Filler {i}", "text":
                                         "Filler sentence about gardens. " * 40})
                             for i in range(60)))
    results: list = []
    t = threading.Thread(target=lambda: results.append(state.add([str(big)])))
    t.start()
    answers = []
    while t.is_alive() and len(answers) < 3:
        answers.append(ask(state, "How much did the Harbor Street bridge repairs cost?")[-1])
    t.join()
    assert results[0].added == 60
    assert answers and all("$14.2 million" in a[0][-1]["content"] for a in answers)


def test_two_sessions_asking_at_once_get_their_own_answers(state):
    state.add([str(DATA / "articles.jsonl"), str(DATA / "festival.md")])
    out: dict[str, str] = {}

    def run(key: str, q: str) -> None:
        out[key] = ask(state, q)[-1][0][-1]["content"]

    threads = [threading.Thread(target=run, args=("bridge", "How much did the bridge repairs "
                                                  "cost?")),
               threading.Thread(target=run, args=("film", "Which documentary won the Lakeside "
                                                  "Film Festival prize?"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert "$14.2 million" in out["bridge"] and "Salt and Iron" in out["film"]


def test_feedback_is_stored_and_exported(state, tmp_path: Path):
    state.add([str(DATA / "articles.jsonl")])
    answer = Answer.model_validate(ask(state, "How much did the bridge repairs cost?")[-1][2])
    feedback.record(state.settings.data_dir, answer, 1, "spot on")
    feedback.record(state.settings.data_dir, answer, -1)
    runner = CliRunner()
    r = runner.invoke(app, ["--data-dir", str(state.settings.data_dir), "feedback", "export"])
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert [x["rating"] for x in rows] == [1, -1] and rows[0]["comment"] == "spot on"
    assert rows[0]["citations"][0]["quote"]
    csv_out = tmp_path / "f.csv"
    r = runner.invoke(app, ["--data-dir", str(state.settings.data_dir), "feedback", "export",
                            "--format", "csv", "--out", str(csv_out)])
    assert r.exit_code == 0 and csv_out.read_text().count("\n") == 3
