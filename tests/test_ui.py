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
    comparison_html,
    context_span,
    highlight,
    md_escape,
    sources_html,
    timeline_html,
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


MINE = "Mine toll\nThe toll rose to 20 on Tuesday.\nEarlier: 12 <b>miners</b> died."


def mine_cite(n: int, phrase: str, published: str) -> Citation:
    start = MINE.index(phrase)
    return Citation(n=n, article_id=f"m{n}", title="Mine <toll>", outlet="valley.example",
                    published=published, quote=phrase, start=start, end=start + len(phrase))


def test_compare_markers_link_to_cards_and_show_each_outlets_newest_and_earlier_value():
    from assistant.answer.compare import Account, Comparison, Reading, Slot

    new = mine_cite(1, "The toll rose to 20 on Tuesday.", "2024-03-20")
    old = mine_cite(2, "12 <b>miners</b> died.", "2024-03-14")
    c = Comparison(question="How many died?", by="outlet", accounts=[
        Account(label="valley.example", sentences=[new.quote, old.quote], citations=[new, old])],
        slots=[Slot(kind="count", noun="dead", reported_by={"20": ["valley.example"]},
                    readings={"valley.example": [
                        Reading(value="20", published="2024-03-20", citation=1),
                        Reading(value="12 <b>miners</b>", published="2024-03-14", citation=2)]})])
    out = comparison_html(c, {"m1": MINE, "m2": MINE})
    # every [n] is a link to a card of this view, with the outlet and date
    assert out.count('href="#cmp-cite-1"') == 2 and out.count('href="#cmp-cite-2"') == 2
    assert 'id="cmp-cite-1"' in out and 'id="cmp-cite-2"' in out and 'id="cite-1"' not in out
    assert "valley.example · 2024-03-20" in out and "valley.example · 2024-03-14" in out
    assert ("valley.example (2024-03-20 " in out
            and "earlier 12 &lt;b&gt;miners&lt;/b&gt;, 2024-03-14" in out)
    assert "<b>miners</b>" not in out and "<toll>" not in out  # article text stays text
    assert "<mark>The toll rose to 20 on Tuesday.</mark>" in out  # the card, in its paragraph


def test_timeline_markers_link_to_cards_and_each_event_shows_its_outlet_and_date():
    from assistant.answer.timeline import Event, Timeline

    c = mine_cite(1, "The toll rose to 20 on Tuesday.", "2024-03-20")
    out = timeline_html(Timeline(topic="mine", events=[
        Event(date="2024-03-19", expression="on Tuesday", citation=c)]), {"m1": MINE})
    assert 'href="#tl-cite-1"' in out and 'id="tl-cite-1"' in out
    assert "on Tuesday — valley.example · 2024-03-20, Mine &lt;toll&gt;" in out
    assert "<mark>The toll rose to 20 on Tuesday.</mark>" in out
    assert "nq-empty" in timeline_html(None) and "nq-empty" in comparison_html(None)


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
