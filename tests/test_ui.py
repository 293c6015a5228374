"""The web UI without a browser: its pure formatting (cards, messages, views, conversations,
examples, coverage wording) and its actions (AppState) on a real index.

What needs a browser (layout, dark theme, clipboard, reload) is in test_browser.py.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import threading
from pathlib import Path
from typing import Any

import gradio as gr
import pytest
from typer.testing import CliRunner

from assistant.answer.compare import Account, Comparison, Slot
from assistant.answer.contract import TENTATIVE, TENTATIVE_BEFORE
from assistant.answer.timeline import Event, Timeline
from assistant.cli import app
from assistant.errors import ConfigError
from assistant.index import Index
from assistant.types import Answer, AnswerSentence, Citation, Passage
from assistant.ui import conversations as convs
from assistant.ui import feedback
from assistant.ui.app import AppState, FilterProblem
from assistant.ui.assets import HIGHLIGHT
from assistant.ui.cards import (
    Quote,
    badge,
    card,
    context_span,
    group_by_article,
    highlight,
    ref,
    sources_block,
    windows,
)
from assistant.ui.coverage import (
    added_cleanly,
    filters_problem,
    report_markdown,
    shown_source,
)
from assistant.ui.examples import clean_headline, example_questions, placeholder_html
from assistant.ui.favicons import Favicons
from assistant.ui.format import (
    STOPPED,
    answer_html,
    answer_plain,
    empty_index_html,
    live_html,
    md_escape,
    message_id,
    meta_text,
    notes,
    stopped,
    user_html,
)
from assistant.ui.layout import browser_secret, build_app
from assistant.ui.views import comparison_html, shown_noun, timeline_html

from .conftest import DATA
from .helpers import FERRIES, FERRY_QUESTION, write_jsonl

TEXT = "Headline\nFirst para sentence. The <b>quoted</b> one & more.\nNext paragraph here."
A_TEXT = ("Bridge reopens\nThe bridge reopened on Tuesday. Repairs cost $14.2 million, the "
          "city said. Cyclists get a lane.\nCritics called it late.")
B_TEXT = "Budget row\nThe estimate was $9 million, Patel said."


def cite(n: int, article_id: str, text: str, quote: str, **kw) -> Citation:
    start = text.index(quote)
    return Citation(n=n, article_id=article_id, quote=quote, start=start,
                    end=start + len(quote), **kw)


def bridge_answer() -> Answer:
    """Three citations: two from article a (numbers 1 and 3), one from article b (2)."""
    c1 = cite(1, "a", A_TEXT, "The bridge reopened on Tuesday.", title="Bridge reopens",
              outlet="herald.example", published="2024-03-12", url="https://herald.example/b")
    c2 = cite(2, "b", B_TEXT, "The estimate was $9 million, Patel said.", title="Budget row",
              outlet="post.example", published="2024-03-13", speaker="Patel")
    c3 = cite(3, "a", A_TEXT, "Repairs cost $14.2 million, the city said.",
              title="Bridge reopens", outlet="herald.example", published="2024-03-12",
              url="https://herald.example/b")
    return Answer(
        question="What did the bridge cost?", answer="x", backend="extractive (offline)",
        sentences=[AnswerSentence(text="The bridge reopened on Tuesday.", citations=[1]),
                   AnswerSentence(text="Repairs cost $14.2 million.", citations=[3]),
                   AnswerSentence(text="It was planned at $9 million.", citations=[2]),
                   AnswerSentence(text="It cost $20 million.", citations=[3],
                                  verdict="unsupported",
                                  reason="the cited text does not mention 20")],
        citations=[c1, c2, c3], timings_ms={"total": 420.0},
        passages=[Passage(article_id="a", chunk_id="a:0", score=1.0, text=A_TEXT, start=0,
                          end=len(A_TEXT))],
        filters={"outlets": ["herald.example", "post.example"], "since": "2024-01-01"},
        notice="Dates: only coverage this week.")


# --- cards ---------------------------------------------------------------------------------

def test_citations_of_one_article_make_one_card_with_each_quote_highlighted_and_numbered():
    answer = bridge_answer()
    groups = group_by_article(answer.citations)
    assert [(g.article_id, [c.n for c in g.citations]) for g in groups] == [("a", [1, 3]),
                                                                            ("b", [2])]
    html = card(groups[0], A_TEXT, "p")
    assert html.count('class="nq-card"') == 1 and html.count("<mark>") == 2
    assert '<a class="nq-num" href="#p-1">[1]</a><a class="nq-num" href="#p-3">[3]</a>' in html
    # both quotes sit in one paragraph: one snippet, each quote labelled with its anchor
    assert html.count('<blockquote class="nq-quote">') == 1
    assert ('<sup class="nq-qn" id="p-1">1</sup><mark>The bridge reopened on Tuesday.</mark> '
            '<sup class="nq-qn" id="p-3">3</sup><mark>Repairs cost $14.2 million, the city '
            "said.</mark> Cyclists get a lane.") in html
    assert '<span class="nq-outlet">herald.example</span>' in html


def test_a_quotes_context_starts_and_ends_between_words():
    text = "The crowd in Qatar cheered as Argentina won the final against France on penalties."
    start = text.index("Argentina")
    end = text.index(" the final")  # the quote: "Argentina won"
    a, b = context_span(text, start, end, width=12)
    assert text[a:b] == "cheered as Argentina won the final"
    assert context_span(text, 0, 9, width=12) == (0, text.index(" cheered"))  # from the start


def test_overlapping_quotes_share_one_highlight_and_keep_their_labels():
    text = "One two three four five."
    quotes = [Quote(4, 13, "q-1", "1"), Quote(8, 18, "q-2", "2")]  # "two three", "three four"
    assert windows(text, [(4, 13), (8, 18)], width=3) == [(4, 18)]  # at spaces, not "ne"
    assert highlight(text, 0, len(text), quotes) == (
        'One <sup class="nq-qn" id="q-1">1</sup><mark>two </mark>'
        '<sup class="nq-qn" id="q-2">2</sup><mark>three</mark><mark> four</mark> five.')


def test_quotes_show_inside_their_paragraph_and_everything_is_escaped():
    start = TEXT.index("The <b>")
    end = TEXT.index("more.") + 5
    out = highlight(TEXT, *windows(TEXT, [(start, end)])[0], [Quote(start, end, "x-1", "1")])
    assert out == ('First para sentence. <sup class="nq-qn" id="x-1">1</sup>'
                   "<mark>The &lt;b&gt;quoted&lt;/b&gt; one &amp; more.</mark>")


def test_card_escapes_metadata_and_only_links_http_urls():
    bad = cite(1, "a", TEXT, "First para sentence.", title="T <i>x</i>", outlet="o<script>",
               url="javascript:alert(1)")
    html = card(group_by_article([bad])[0], TEXT, "p")
    assert "<i>" not in html and "T &lt;i&gt;x&lt;/i&gt;" in html and "<script>" not in html
    assert "javascript:" not in html and "undated" in html
    good = cite(1, "a", TEXT, "First para sentence.", url="https://o.example/a?x=1&y=2")
    html = card(group_by_article([good])[0], TEXT, "p")
    assert 'href="https://o.example/a?x=1&amp;y=2"' in html and 'rel="noopener noreferrer"' in html


def test_a_marker_links_to_its_quote_and_previews_quote_outlet_and_date():
    c = bridge_answer().citations[1]
    assert ref(c, "s42") == (
        '<a class="nq-ref" href="#s42-2">[2]<span class="nq-tip" role="tooltip"><span '
        'class="nq-tip-src"><b>post.example</b> · 2024-03-13</span><span class="nq-tip-quote">'
        "The estimate was $9 million, Patel said.</span></span></a>")


def test_a_card_of_a_deleted_article_still_shows_its_quotes():
    c = bridge_answer().citations[0]
    html = card(group_by_article([c])[0], "", "p")  # the article text is gone
    assert '<mark>The bridge reopened on Tuesday.</mark>' in html


def test_a_quote_of_the_headline_is_highlighted_in_the_headline():
    # a citation may quote the headline (field "title": start/end index the title); the
    # card must not look for it in the text, nor drop the text quotes of the same article
    if "field" not in Citation.model_fields:
        pytest.skip("Citation has no `field` yet (it comes with the headline citations)")
    title = "Bridge reopens"
    head = Citation(n=1, article_id="a", title=title, quote="reopens", start=7, end=14,
                    field="title", outlet="herald.example")  # type: ignore[call-arg]
    body = cite(2, "a", A_TEXT, "Repairs cost $14.2 million, the city said.", title=title,
                outlet="herald.example")
    html = card(group_by_article([head, body])[0], A_TEXT, "p")
    assert ('<div class="nq-title">Bridge <sup class="nq-qn" id="p-1">1</sup>'
            "<mark>reopens</mark></div>") in html
    assert ('<sup class="nq-qn" id="p-2">2</sup><mark>Repairs cost $14.2 million, the city '
            "said.</mark>") in html
    assert html.count("<mark>") == 2 and html.count('id="p-1"') == 1  # marked once, in the title


def test_favicons_come_only_from_disk_else_the_outlet_gets_a_letter(tmp_path: Path):
    png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQ"
                           "DwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
    (tmp_path / "herald.example.png").write_bytes(png)
    (tmp_path / "huge.example.png").write_bytes(b"x" * 70_000)
    (tmp_path / "secret.txt").write_text("not an icon")
    (tmp_path / "linked.example.png").symlink_to(tmp_path / "secret.txt")
    icons = Favicons(tmp_path)
    assert icons("www.Herald.example") == "data:image/png;base64," + base64.b64encode(
        png).decode()
    assert icons("huge.example") is None and icons("linked.example") is None
    assert icons("../secret") is None and icons("nowhere.example") is None
    assert badge("herald.example", icons("herald.example")).startswith(
        '<img class="nq-fav" src="data:image/png;base64,')
    letter = badge("nowhere.example", None)
    assert ">N</span>" in letter and "<img" not in letter
    assert "http" not in badge("x.example", "https://x.example/favicon.ico")  # never fetched


# --- the chat message ----------------------------------------------------------------------

def test_an_answer_message_is_one_html_block_with_its_cards_and_quiet_meta_line():
    html = answer_html(bridge_answer(), "ab12", {"a": A_TEXT, "b": B_TEXT})
    assert html.startswith('<div class="nq-msg" id="m-ab12">') and "\n" not in html
    assert html.count('class="nq-card"') == 2  # three citations, two articles
    assert '<a class="nq-ref" href="#sab12-3">[3]' in html and 'id="sab12-3"' in html
    assert ('<div class="nq-meta">extractive (offline) · 420 ms · 1 passage · outlets: '
            "herald.example, post.example · since 2024-01-01</div>") in html
    assert '<div class="nq-note">Dates: only coverage this week.</div>' in html
    assert message_id(html) == "ab12"


def test_the_copied_text_is_plain_with_markers_and_its_sources_below():
    assert answer_plain(bridge_answer()) == (
        "The bridge reopened on Tuesday. [1] Repairs cost $14.2 million. [3] It was planned "
        "at $9 million. [2] It cost $20 million. [3] (unsupported: the cited text does not "
        "mention 20)\n"
        "\n"
        "Dates: only coverage this week.\n"
        "Filters: outlets: herald.example, post.example\n"
        "Filters: since 2024-01-01\n"
        "\n"
        "Sources\n"
        "herald.example, 2024-03-12: Bridge reopens — https://herald.example/b\n"
        "  [1] “The bridge reopened on Tuesday.”\n"
        "  [3] “Repairs cost $14.2 million, the city said.”\n"
        "post.example, 2024-03-13: Budget row\n"
        "  [2] “The estimate was $9 million, Patel said.” (said by Patel)")
    html = answer_html(bridge_answer(), "ab12", {})
    plain = html.split('<div class="nq-plain">')[1]
    assert "&#10;&#10;Sources&#10;" in plain and "<" not in plain.removesuffix("</div></div>")


def test_a_refusal_says_so_and_shows_no_sources():
    refused = Answer(question="q", answer="The indexed coverage does not answer this question.",
                     refused=True, backend="extractive")
    html = answer_html(refused, "cd34", {})
    assert '<span class="nq-badge">Not in the coverage</span>' in html
    assert "nq-sources" not in html
    assert answer_plain(refused) == "The indexed coverage does not answer this question."


def test_a_tentative_answer_is_shown_and_copied_with_its_warning():
    weak = bridge_answer().model_copy(update={"tentative": True})
    html = answer_html(weak, "ef56", {})
    assert '<span class="nq-badge">Weak evidence</span>' in html
    assert html.index("Weak evidence") < html.index("The bridge reopened")
    assert answer_plain(weak).startswith(TENTATIVE + "\nThe bridge reopened on Tuesday. [1]")
    # a follow-up's history holds what was said, not the warning
    assert convs.answer_text(answer_html(weak, "ef56", {})).startswith("The bridge reopened")
    # and so does a chat saved when the warning had other words
    assert convs.answer_text(f"{TENTATIVE_BEFORE} The bridge reopened. [1]") == (
        "The bridge reopened. [1]")
    firm = answer_html(bridge_answer(), "ab12", {})
    assert "Weak evidence" not in firm and TENTATIVE not in answer_plain(bridge_answer())


def test_questions_are_shown_as_typed_and_never_as_markup():
    q = "What did http://x.test) say about <script>alert(1)</script> search-and-rescue?"
    html = user_html(q)
    assert "<script>" not in html and "\\" not in html
    assert convs.plain_text(html) == q  # what the copy button copies


def test_meta_line_is_backend_time_passages_and_filters():
    a = Answer(question="q", answer="a", backend="openai (gpt)", timings_ms={"total": 2345.0})
    assert meta_text(a) == "openai (gpt) · 2.3 s"


def test_the_day_asked_as_on_is_named_under_the_answer_and_in_the_copied_text():
    day = dt.date(2023, 8, 3)
    a = Answer(question="q", answer="a", backend="openai (gpt)", timings_ms={"total": 2345.0},
               filters={"since": "2023-01-01"})
    assert meta_text(a, day) == "openai (gpt) · 2.3 s · since 2023-01-01 · as of 2023-08-03"
    assert "as of" not in meta_text(a)  # today: as before
    html = answer_html(bridge_answer(), "ab12", {}, as_of=day)
    assert "· since 2024-01-01 · as of 2023-08-03</div>" in html
    plain = answer_plain(bridge_answer(), as_of=day)
    assert "Filters: since 2024-01-01\nAs of 2023-08-03\n\nSources\n" in plain
    assert "As of" not in answer_plain(bridge_answer())
    # a follow-up's history holds the answer's text, not the day under it
    assert "2023-08-03" not in convs.answer_text(html)


def test_a_stopped_answer_says_it_was_not_checked():
    live = live_html("ef56", "Partial text [1", "Writing with openai…")
    assert 'class="nq-spin"' in live and "Writing with openai…" in live
    done = stopped(live)
    assert STOPPED in done and "nq-live" not in done and "nq-spin" not in done
    assert message_id(done) == "ef56" and stopped(done) == done
    assert stopped(user_html("q")) == user_html("q")  # only a live answer is stopped


def test_message_ids_are_found_only_in_answers():
    assert message_id(user_html('x id="m-ab12"')) is None
    assert message_id(empty_index_html()) is None
    assert message_id("") is None


def test_a_card_lists_other_outlets_that_ran_the_story_never_its_own():
    c = bridge_answer().citations[0].model_copy(
        update={"also_published_by": ["herald.example", "wire.example"]})
    html = sources_block([c], {"a": A_TEXT}, "src")
    assert "Also published elsewhere (1)" in html and "<li>wire.example</li>" in html
    assert "<li>herald.example</li>" not in html
    # as retrieval names them, with their headlines (a web UI walk-through saw a card of
    # cnn.com list two cnn.com pages as "Also published by 2")
    c = c.model_copy(update={"also_published_by": [
        "herald.example (Bridge reopens)", "herald.example (Harbor bridge open again)",
        "wire.example (Bridge reopens after repairs)"]})
    html = sources_block([c], {"a": A_TEXT}, "src")
    assert "Also published elsewhere (1)" in html
    assert "<li>wire.example (Bridge reopens after repairs)</li>" in html
    assert "herald.example (" not in html


def test_a_counted_noun_is_shown_as_the_values_write_it():
    assert shown_noun("peopl", ["151 people", "156"]) == "people"
    assert shown_noun("dead", ["12 dead"]) == "dead"
    assert shown_noun("miner", []) == "miner"


# --- compare and timeline ------------------------------------------------------------------

def test_compare_markers_link_to_source_cards_and_each_quote_names_outlet_and_date():
    c1, c2 = bridge_answer().citations[:2]
    comparison = Comparison(
        question="What did it cost?", by="outlet", accounts=[
            Account(label="herald.example", sentences=["The bridge reopened on Tuesday."],
                    citations=[c1]),
            Account(label="post.example", sentences=["The estimate was $9 million."],
                    citations=[c2]),
            Account(label="quiet.example")],
        slots=[Slot(kind="number", reported_by={"$14.2 million": ["herald.example"],
                                                 "$9 million": ["post.example"]},
                    silent=["quiet.example"], contradiction=True)])
    html = comparison_html(comparison, {"a": A_TEXT, "b": B_TEXT})
    for n in (1, 2):
        assert f'<a class="nq-ref" href="#cmp-{n}">[{n}]' in html
        assert f'<sup class="nq-qn" id="cmp-{n}">{n}</sup>' in html
    assert ('The bridge reopened on Tuesday. <a class="nq-ref" href="#cmp-1">') in html
    assert ('<div class="nq-src"><span class="nq-outlet">herald.example</span> · 2024-03-12'
            "</div></li>") in html
    assert '<span class="nq-differ">accounts differ</span>' in html
    assert "silent: quiet.example" in html and html.count('class="nq-card nq-account"') == 2
    assert html.count('class="nq-card"') == 2  # the source cards, one per article


def test_timeline_events_name_outlet_date_and_link_their_cards():
    c1, c2 = bridge_answer().citations[:2]
    timeline = Timeline(topic="bridge", events=[
        Event(date="2024-03-12", expression="on Tuesday", citation=c1),
        Event(date="2024-03-13", expression="published", citation=c2),
        Event(date="2024-03-04", expression="last week", citation=c1)])
    html = timeline_html(timeline, {"a": A_TEXT, "b": B_TEXT})
    assert '<td class="nq-date">2024-03-12</td>' in html
    # a week is named by its Monday: it reads as a week, not as that day
    assert '<td class="nq-date">week of 2024-03-04</td>' in html
    assert ('<div class="nq-src"><span class="nq-outlet">herald.example</span> · 2024-03-12 · '
            "dated by “on Tuesday” · Bridge reopens</div>") in html
    assert "dated by publication date · Budget row" in html
    assert 'href="#tl-2"' in html and 'id="tl-2"' in html and "<details" not in html


def test_a_timelines_background_is_listed_apart_with_its_cards():
    c1, c2 = bridge_answer().citations[:2]
    timeline = Timeline(topic="bridge", events=[
        Event(date="2024-03-12", expression="on Tuesday", citation=c1)], background=[
        Event(date="1998", expression="1998", citation=c2)])
    html = timeline_html(timeline, {"a": A_TEXT, "b": B_TEXT})
    story, _, background = html.partition("Background: what the coverage recalls")
    assert '<td class="nq-date">2024-03-12</td>' in story and "1998" not in story
    assert '<td class="nq-date">1998</td>' in background
    assert 'id="tl-1"' in html and 'id="tl-2"' in html  # both cited, both with a card


def test_a_timelines_reports_from_another_time_are_listed_last_with_their_cards():
    c1, c2 = bridge_answer().citations[:2]
    timeline = Timeline(topic="bridge", events=[
        Event(date="2024-03-12", expression="on Tuesday", citation=c1)], apart=[
        Event(date="2021", expression="published", citation=c2)])
    html = timeline_html(timeline, {"a": A_TEXT, "b": B_TEXT})
    story, _, apart = html.partition("Other times: reports a year or more")
    assert "2024-03-12" in story and '<td class="nq-date">2021</td>' not in story
    assert '<td class="nq-date">2021</td>' in apart and 'href="#tl-2"' in apart
    assert 'id="tl-2"' in html  # its card is there
    # a timeline with nothing but such reports still shows them
    only = timeline_html(Timeline(topic="bridge", events=[], apart=timeline.apart),
                         {"b": B_TEXT})
    assert '<td class="nq-date">2021</td>' in only


def test_a_timeline_citing_many_articles_folds_its_cards():
    events = [Event(date=f"2024-03-{d:02}", expression="published", citation=Citation(
        n=d, article_id=f"art{d}", title=f"T{d}", outlet="o.example", quote="Q.", start=0,
        end=2)) for d in range(1, 7)]
    html = timeline_html(Timeline(topic="t", events=events), {f"art{d}": "Q. rest" for d in
                                                              range(1, 7)})
    assert html.count('<details class="nq-card nq-folded"><summary>') == 6
    assert "open a card for its quotes" in html


# --- conversations kept in the browser -----------------------------------------------------

def chat_of(*turns: tuple[str, str]) -> list[dict[str, str]]:
    out = []
    for i, (q, a) in enumerate(turns):
        out += [{"role": "user", "content": user_html(q)},
                {"role": "assistant", "content": answer_html(
                    Answer(question=q, answer=a, sentences=[AnswerSentence(text=a)]),
                    f"a{i}", {})}]
    return out


def test_conversations_are_saved_switched_and_removed():
    store = convs.save(None, "c1", chat_of(("First question?", "One.")))
    store = convs.save(store, "c2", chat_of(("Second question?", "Two.")))
    assert [cid for _, cid in convs.choices(store)] == ["c2", "c1"]  # newest first
    assert convs.choices(store)[1][0].startswith("First question? · ")
    store, chat = convs.switch(store, "c1")
    assert store["current"] == "c1" and convs.plain_text(chat[0]["content"]) == "First question?"
    store = convs.save(store, "c1", [*chat, *chat_of(("Third?", "Three."))])
    assert [cid for _, cid in convs.choices(store)] == ["c1", "c2"]
    assert convs.choices(store)[0][0].startswith("First question?")  # the title stays
    store = convs.remove(store, "c1")
    assert [cid for _, cid in convs.choices(store)] == ["c2"] and store["current"] != "c1"
    assert convs.save(store, "c9", [])["items"] == store["items"]  # an empty chat: not listed


def test_the_chats_trash_asks_before_it_deletes_a_conversation_and_keep_brings_it_back(
        state):
    fns = {f.api_name: f.fn for f in build_app(state).fns.values()}
    store = convs.save(None, "c1", chat_of(("First question?", "One.")))
    store = convs.save(store, "c2", chat_of(("Second <question>?", "Two.")))
    # the page has emptied the chat; the conversation is still stored, and the page asks
    new, current, listed, pending, box, asked = fns["on_clear"](store, "c2")
    assert current != "c2" and new["current"] == current and pending == "c2"
    assert [cid for _, cid in listed["choices"]] == ["c2", "c1"] and listed["value"] is None
    assert box["visible"] is True
    assert asked.startswith("Delete the conversation **Second \\<question\\>?**")
    # Keep it: the conversation is current and shown again
    kept, cid, chat, listed, pending, box, day = fns["on_clear_no"](new, "c2")
    assert cid == kept["current"] == "c2" and listed["value"] == "c2" and pending == ""
    assert day == ""  # asked as on today
    assert convs.plain_text(chat[0]["content"]) == "Second <question>?"
    assert box["visible"] is False
    # Delete it: gone, and the new chat stays current
    gone, cid, listed, pending, box = fns["on_clear_yes"](new, "c2")
    assert [c for _, c in listed["choices"]] == ["c1"] and cid == current == gone["current"]
    assert box["visible"] is False
    # a chat never saved (empty) has nothing to lose: no question
    assert fns["on_clear"](store, "c9")[4]["visible"] is False


def test_each_conversation_keeps_the_day_it_is_asked_as_on(state):
    """A web UI walk-through asked in one chat as of 2024-06-06, set 2024-01-05 in another,
    went back, and its follow-up ran as of 2024-01-05; after a reload, as of today."""
    fns = {f.api_name: f.fn for f in build_app(state).fns.values()}
    store = convs.save(None, "c1", chat_of(("Did Hunter Biden testify?", "No. [1]")),
                       "2024-06-06")
    store = convs.save(store, "c2", chat_of(("Who won in Iowa?", "Trump. [1]")), "2024-01-05")
    assert fns["on_switch"](store, "c1")[3] == "2024-06-06"
    assert fns["on_switch"](store, "c2")[3] == "2024-01-05"
    # stopping an answer keeps the day the chat had; a day from the browser is checked
    store = convs.save(store, "c1", chat_of(("Did Hunter Biden testify?", "No. [1]")))
    assert convs.as_of(store, "c1") == "2024-06-06"
    foreign = {"items": [{"id": "x", "chat": chat_of(("Q?", "A.")), "as_of": "<b>"}]}
    assert convs.as_of(convs.normalise(foreign), "x") == ""
    # a reload shows the current chat's day (the last output of the page's load)
    *_, day = fns["on_load"](convs.switch(store, "c1")[0], "")
    assert day == "2024-06-06"


def test_whatever_the_browser_sends_becomes_a_well_formed_store():
    for junk in (None, "x", [], {"items": "no"}, {"items": [{"id": 3}, {"id": "a", "chat": 5}]}):
        store = convs.normalise(junk)
        assert store["items"] == [] and isinstance(store["current"], str)
    parts = [{"role": "user", "content": [{"type": "text", "text": "Q?"}]},
             {"role": "system", "content": "dropped"}]
    assert convs.messages(parts) == [{"role": "user", "content": "Q?"}]


def test_the_store_keeps_the_newest_conversations_within_its_caps(monkeypatch):
    store = None
    for i in range(convs.MAX_CONVERSATIONS + 5):
        store = convs.save(store, f"c{i}", chat_of((f"Question {i}?", "Answer.")))
    ids = [cid for _, cid in convs.choices(store)]
    assert len(ids) == convs.MAX_CONVERSATIONS and ids[0] == f"c{convs.MAX_CONVERSATIONS + 4}"
    monkeypatch.setattr(convs, "MAX_CHARS", 3000)
    big = convs.save(store, "big", chat_of(("Big?", "word " * 400)))
    assert [cid for _, cid in convs.choices(big)] == ["big"]  # the current one always stays


def test_follow_up_history_comes_from_the_chat_without_unanswered_turns():
    chat = chat_of(("How much?", "It cost $14.2 million."))
    chat += [{"role": "user", "content": user_html("And then?")},
             {"role": "assistant", "content": stopped(live_html("ff", "Part", "Writing…"))},
             {"role": "user", "content": user_html("Huge?")},
             {"role": "assistant", "content": empty_index_html()}]
    assert convs.history_of(chat) == [("How much?", "It cost $14.2 million.")]


# --- the empty state -----------------------------------------------------------------------

def test_examples_are_recent_headlines_one_per_outlet_first():
    rows = [("Storm hits the coast | CNN", "cnn.com", "2024-03-03"),
            ("Storm damage costs rise ...", "cnn.com", "2024-03-02"),
            ("Bridge reopens after repairs", "herald.example", "2024-03-01"),
            ("Short", "x.example", "2024-02-01"),
            ("Council approves the budget", "post.example", None)]
    assert example_questions(rows) == [
        {"text": "Tell me about: Storm hits the coast",
         "display_text": "Storm hits the coast — cnn.com, 2024-03-03"},
        {"text": "Tell me about: Bridge reopens after repairs",
         "display_text": "Bridge reopens after repairs — herald.example, 2024-03-01"},
        {"text": "Tell me about: Council approves the budget",
         "display_text": "Council approves the budget — post.example"}]
    assert clean_headline("Russian and US presidents discuss Syrian crisis — Kremlin") == \
        "Russian and US presidents discuss Syrian crisis — Kremlin"  # no "|": kept whole
    assert example_questions([]) == []


def test_examples_never_show_a_headline_cut_short_and_long_ones_end_on_a_whole_word():
    cut = "Knockout round opens at Women's World Cup with Japanese vs ..."
    long = ("Worms over 46,000 years old revived by Russian researchers from the thawing "
            "permafrost of the Kolyma river lowlands")
    rows = [(cut, "usatoday.com", "2023-08-04"), ("Storm damage costs rise…", "cnn.com", None),
            (long, "usatoday.com", "2023-08-01"), ("Bridge reopens after repairs", "b.ex", None)]
    shown = example_questions(rows)
    assert [e["text"] for e in shown] == [f"Tell me about: {long}",
                                          "Tell me about: Bridge reopens after repairs"]
    headline = shown[0]["display_text"].split(" — ")[0]
    assert headline.endswith("…") and long.startswith(headline[:-1].rstrip())
    assert long[len(headline[:-1].rstrip())] == " "  # cut between words, not inside one
    assert len(headline) <= 80


def test_the_question_boxes_placeholders_name_no_story(state):
    demo = build_app(state)
    boxes = {b.elem_id: b.placeholder for b in demo.blocks.values()
             if isinstance(b, gr.Textbox) and b.elem_id in
             ("question", "compare-question", "timeline-topic")}
    assert len(boxes) == 3
    for placeholder in boxes.values():  # the sample article's call, or Syria, may not be there
        assert placeholder and not re.search(r"\bcall\b|Syria", placeholder), placeholder


def test_the_empty_state_names_what_can_be_asked_or_how_to_add_coverage():
    assert "<b>Coverage</b> tab" in placeholder_html({"articles": 0})
    text = placeholder_html({"articles": 41, "outlets": {"cnn.com": 23, "usatoday.com": 17,
                                                         "tass.com": 1, "x.example": 1},
                             "earliest": "2013-03-23", "latest": "2023-01-05"})
    assert ("<b>Ask about 41 articles</b> from cnn.com, usatoday.com, tass.com and 1 more "
            "outlet, published 2013-03-23 to 2023-01-05.") in text


def test_the_empty_state_of_an_archive_points_to_as_of():
    stats = {"articles": 3, "outlets": {"cnn.com": 3}, "earliest": "2023-07-01",
             "latest": "2023-08-03"}
    old = placeholder_html(stats, today=dt.date(2026, 11, 30))
    assert ("The newest article is from 2023-08-03: set <b>As of</b> under Filters to ask "
            "about that time") in old
    assert "As of" not in placeholder_html(stats, today=dt.date(2023, 8, 20))
    assert "As of" not in placeholder_html({**stats, "earliest": None, "latest": None},
                                           today=dt.date(2026, 11, 30))


# --- coverage wording ----------------------------------------------------------------------

def test_bad_filter_dates_are_worded_for_the_page():
    assert filters_problem("2017-13-45", "") == ("“Since” says 2017-13-45, which is not a day "
                                                 "of the calendar.")
    assert filters_problem("", "March") == ("“Until” needs a full date such as 2017-11-21 (it "
                                            "says “March”).")
    assert filters_problem("2024-02-01", "2024-01-01") == "“Since” is after “Until”: swap them."
    assert filters_problem("2023-02-30", "") == ("“Since” says 2023-02-30, which is not a day "
                                                 "of the calendar.")
    assert filters_problem("2024-01-01", "2024-02-01") is None and filters_problem("", "") is None
    assert filters_problem("", "", "2023-13-01") == ("“As of” says 2023-13-01, which is not a "
                                                     "day of the calendar.")
    assert filters_problem("", "", "yesterday") == ("“As of” needs a full date such as "
                                                    "2017-11-21 (it says “yesterday”).")
    assert filters_problem("", "", "2031-01-01") is None  # a day to come is a day
    from assistant.ui.coverage import as_of_day
    assert as_of_day(" 2023-08-03 ") == dt.date(2023, 8, 3) == as_of_day("3 Aug 2023")
    assert as_of_day("") is None


def test_the_contrast_of_the_highlight_meets_wcag_aa_in_both_themes():
    def luminance(hex_colour: str) -> float:
        rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    for theme, (bg, fg) in HIGHLIGHT.items():
        hi, lo = sorted((luminance(bg), luminance(fg)), reverse=True)
        assert (hi + 0.05) / (lo + 0.05) >= 4.5, theme


def test_a_quoted_headline_is_highlighted_as_a_quoted_passage_is_in_both_themes():
    from assistant.ui.assets import CSS

    rules = {m[1].strip(): m[2] for m in re.finditer(r"([^{}]+)\{([^{}]*)\}", CSS)}
    light = next(body for sel, body in rules.items() if ".nq-quote mark" in sel.split(",")
                 and not sel.startswith(".dark"))
    dark = next(body for sel, body in rules.items() if ".dark .nq-quote mark" in sel)
    for sel, body in rules.items():
        if ".nq-title mark" in sel.split(","):
            assert body == light
        if ".dark .nq-title mark" in sel.split(","):
            assert body == dark
    assert any(".dark .nq-title mark" in sel.split(",") for sel in rules)
    assert any(".nq-title mark" in sel.split(",") for sel in rules)


def test_the_browser_secret_is_private_to_the_data_dir_and_stable(settings):
    first = browser_secret(settings)
    path = settings.data_dir / "ui-secret"
    assert len(first) >= 16 and oct(path.stat().st_mode & 0o777) == "0o600"
    assert browser_secret(settings) == first


# --- actions on a real index ---------------------------------------------------------------

@pytest.fixture
def state(settings, index) -> AppState:
    return AppState(settings, index)


def ask(state: AppState, question: str, chat=None, **kw):
    args = {"outlets": None, "since": "", "until": "", "k": 6, "backend": "extractive", **kw}
    return list(state.ask(question, chat or [], **args))


def test_an_empty_index_explains_how_to_add_coverage(state):
    [chat] = ask(state, "Anything?")
    assert chat[-1]["content"] == empty_index_html()
    assert "\\" not in chat[-1]["content"] and "<b>Coverage</b>" in chat[-1]["content"]


def test_an_empty_question_leaves_the_chat_as_it_is(state):
    state.add([str(DATA / "articles.jsonl")])
    [chat] = ask(state, "How much did the Harbor Street bridge repairs cost?")[-1:]
    assert ask(state, "   ", chat) == [chat]


def test_asking_shows_a_status_then_the_answer_with_one_card_per_article(state):
    state.add([str(DATA / "articles.jsonl")])
    steps = ask(state, "How much did the Harbor Street bridge repairs cost?")
    assert "Searching the coverage…" in steps[0][-1]["content"]
    assert "nq-spin" in steps[1][-1]["content"]  # the text, not yet checked
    final = steps[-1][-1]["content"]
    assert "$14.2 million" in final and "<mark>" in final and "nq-spin" not in final
    aid = message_id(final)
    assert aid and state.answers.get(aid).question.startswith("How much did the Harbor")
    shown = {c.article_id for c in state.answers.get(aid).citations}
    assert final.count('class="nq-card"') == len(shown)


def test_follow_ups_take_their_history_from_the_chat(state):
    state.add([str(DATA / "articles.jsonl")])
    chat = ask(state, "How much did the Harbor Street bridge repairs cost?")[-1]
    follow = ask(state, "and what did the critics say?", chat)[-1]
    assert len(follow) == 4 and "Patel" in follow[-1]["content"]


def test_a_follow_up_searched_for_in_other_words_says_what_it_searched(state):
    """A walk-through's "What did he say about the case?" was searched as another man, and
    only the CLI said what it searched for."""
    state.add([str(DATA / "articles.jsonl")])
    chat = ask(state, "Who cut the ribbon at the Harbor Street bridge?")[-1]
    assert "Searched for" not in chat[-1]["content"]  # a first question is its own words
    follow = ask(state, "What did she call the project?", chat)[-1]
    assert re.search(r"Searched for: What did (Mayor )?Lena Fischer call the project\?",
                     follow[-1]["content"])


@pytest.mark.parametrize(("filters", "says"), [
    ({"since": "March 2024"}, "“Since” needs a full date"),
    ({"since": "2024-02-01", "until": "2024-01-01"}, "“Since” is after “Until”: swap them"),
    ({"outlets": ["valleypost.example", "AT&T News"]},
     "No article in the index is from “AT&T News”: pick the outlets from the list"),
])
def test_filters_that_cannot_be_used_ask_nothing_and_add_no_turn_to_rate(state, filters, says):
    state.add([str(DATA / "articles.jsonl")])
    chat = ask(state, "How much did the Harbor Street bridge repairs cost?")[-1]
    # raised before the first yield: the chat gets neither the question nor an error turn
    with pytest.raises(FilterProblem, match=re.escape(says)) as raised:
        ask(state, "How many cables were corroded?", chat, **filters)
    assert "--since" not in str(raised.value)
    args = {"outlets": None, "since": "", "until": "", **filters}
    with pytest.raises(FilterProblem):
        next(state.retry(0, chat, args["outlets"], args["since"], args["until"], 6, "extractive"))
    assert len(state.answers) == 1  # only the answer given before can be rated


def test_the_page_warns_of_bad_filters_and_keeps_the_chat_and_the_question(state):
    state.add([str(DATA / "articles.jsonl")])
    chat = ask(state, "How much did the Harbor Street bridge repairs cost?")[-1]
    fns = {f.api_name: f.fn for f in build_app(state).fns.values()}
    # outside a running server gr.Warning is a Python warning; on the page, a toast
    with pytest.warns(UserWarning, match="swap them"):
        steps = list(fns["ask"]("How many cables were corroded?", chat, [], "2024-02-01",
                                "2024-01-01", 6, "extractive", ""))
    assert steps == [(gr.skip(), gr.skip())]  # neither the chat nor the question box changes
    # the toast renders HTML: what the user typed is escaped for it, once
    with pytest.warns(UserWarning, match="is from “O&#x27;Brien &lt;b&gt;”"):
        list(fns["ask"]("How many cables?", chat, ["O'Brien <b>"], "", "", 6, "extractive",
                        ""))
    # an example clicked with such filters lands in the question box, to ask once fixed
    picked = gr.SelectData(None, {"index": 0, "value": {"text": "Tell me about: the bridge"}})
    with pytest.warns(UserWarning, match="needs a full date"):
        steps = list(fns["example"](chat, [], "May", "", 6, "extractive", "", picked))
    assert steps == [(gr.skip(), "Tell me about: the bridge")]
    assert len(state.answers) == 1 and feedback.load(state.settings.data_dir) == []


def test_compare_and_timeline_api_take_the_question_alone(state):
    """The tabs' filters are optional API arguments: a client from before them, which sends
    the question alone, keeps working (an independent review found them required)."""
    info = build_app(state).get_api_info()["named_endpoints"]
    for name in ("/compare", "/timeline"):
        params = {p["parameter_name"]: p["parameter_has_default"] for p in
                  info[name]["parameters"]}
        assert list(params)[1:] == ["outlets", "since", "until"], name
        first, *filters = params.values()
        assert not first and all(filters), name


def test_a_question_over_the_limit_is_refused_whole_and_stays_in_its_box(state):
    """The boxes had a browser-side max_length, which cut a long paste without a word."""
    state.add([str(DATA / "articles.jsonl")])
    demo = build_app(state)
    boxes = {b.elem_id: b for b in demo.blocks.values() if isinstance(b, gr.Textbox)}
    for name in ("question", "compare-question", "timeline-topic"):
        assert boxes[name].max_length is None, name
    fns = {f.api_name: f.fn for f in demo.fns.values()}
    long_q = "How much did the Harbor Street bridge repairs cost? " + "x" * 2000
    chat, box = list(fns["ask"](long_q, [], [], "", "", 6, "extractive", ""))[-1]
    assert box == long_q  # kept, to be shortened
    assert "characters long; the limit is 2,000" in chat[-1]["content"]
    assert len(state.answers) == 0
    chat, box = list(fns["ask"]("How much did the Harbor Street bridge repairs cost?", [], [],
                                "", "", 6, "extractive", ""))[-1]
    assert box == "" and len(state.answers) == 1
    assert "the limit is 2,000" in state.timeline_html(long_q)


def test_the_page_asks_as_on_the_day_given_and_says_so_under_each_answer(state, tmp_path,
                                                                           monkeypatch):
    state.add([str(write_jsonl(tmp_path / "ferries.jsonl", FERRIES))])
    fns = {f.api_name: f.fn for f in build_app(state).fns.values()}
    days: list[Any] = []
    stream = type(state.assistant("extractive")).stream

    def spy(self, *args, **kw):
        days.append(kw.get("as_of"))
        return stream(self, *args, **kw)

    monkeypatch.setattr(type(state.assistant("extractive")), "stream", spy)

    def final(steps: list) -> list:
        return steps[-1][0]

    chat = final(list(fns["ask"](FERRY_QUESTION, [], [], "", "", 6, "extractive",
                                 "2023-08-03")))
    said = chat[-1]["content"]
    assert days == [dt.date(2023, 8, 3)]
    assert "$3.50" in said and "$4.25" not in said.split('class="nq-meta"')[0]
    assert "read as recent coverage up to 2023-08-03" in said
    assert re.search(r'class="nq-meta">[^<]* · as of 2023-08-03</div>', said)
    # a follow-up asked with the box as it is: the same day
    follow = final(list(fns["ask"]("and why did it rise?", chat, [], "", "", 6, "extractive",
                                   "2023-08-03")))
    assert days[-1] == dt.date(2023, 8, 3) and " · as of 2023-08-03</div>" in follow[-1]["content"]
    # regenerated, too
    again = final(list(fns["retry"](follow, [], "", "", 6, "extractive", "2023-08-03",
                                    gr.RetryData(None, {"index": 2, "value": ""}))))
    assert days[-1] == dt.date(2023, 8, 3) and " · as of 2023-08-03</div>" in again[-1]["content"]
    # the box empty: today, as before, and the other raise is this week's news
    today = final(list(fns["ask"](FERRY_QUESTION, [], [], "", "", 6, "extractive", "")))
    assert days[-1] is None and "as of" not in today[-1]["content"]
    assert "$4.25" in today[-1]["content"].split('class="nq-meta"')[0]
    # a day to come is a day like another
    later = final(list(fns["ask"](FERRY_QUESTION, [], [], "", "", 6, "extractive",
                                  "2031-01-01")))
    assert days[-1] == dt.date(2031, 1, 1) and " · as of 2031-01-01</div>" in later[-1]["content"]


@pytest.mark.parametrize(("day", "says"), [
    ("2023-13-01", "“As of” says 2023-13-01, which is not a day of the calendar"),
    ("yesterday", "“As of” needs a full date such as 2017-11-21 (it says “yesterday”)"),
])
def test_an_as_of_that_is_no_day_warns_and_asks_nothing(state, day, says):
    state.add([str(DATA / "articles.jsonl")])
    chat = ask(state, "How much did the Harbor Street bridge repairs cost?")[-1]
    fns = {f.api_name: f.fn for f in build_app(state).fns.values()}
    with pytest.warns(UserWarning, match=re.escape(says)):
        steps = list(fns["ask"]("How many cables were corroded?", chat, [], "", "", 6,
                                "extractive", day))
    assert steps == [(gr.skip(), gr.skip())]  # the chat as it was, the question in its box
    picked = gr.SelectData(None, {"index": 0, "value": {"text": "Tell me about: the bridge"}})
    with pytest.warns(UserWarning, match=re.escape(says)):
        steps = list(fns["example"](chat, [], "", "", 6, "extractive", day, picked))
    assert steps == [(gr.skip(), "Tell me about: the bridge")]
    with pytest.raises(FilterProblem, match=re.escape(says)):
        next(state.retry(0, chat, None, "", "", 6, "extractive", day))
    assert len(state.answers) == 1


def test_a_rating_is_stored_with_the_answer_it_was_given_on(state):
    state.add([str(DATA / "articles.jsonl")])
    chat = ask(state, "How much did the Harbor Street bridge repairs cost?")[-1]
    chat = ask(state, "How many cables were corroded?", chat)[-1]
    assert state.rate(chat[1]["content"], True).startswith("Thanks")
    assert state.rate(chat[3]["content"], "A quote does not say this").startswith("Thanks")
    assert state.rate(chat[0]["content"], True) == "Only answers can be rated."
    gone = chat[1]["content"].replace(message_id(chat[1]["content"]), "0dd0dd0dd0dd")
    assert "can no longer be rated" in state.rate(gone, False)
    rows = feedback.load(state.settings.data_dir)
    assert [(r["rating"], r["comment"], r["question"]) for r in rows] == [
        (1, "", "How much did the Harbor Street bridge repairs cost?"),
        (-1, "A quote does not say this", "How many cables were corroded?")]
    assert "14.2" in rows[0]["answer"] and rows[0]["citations"][0]["quote"]


def test_rating_an_answer_again_replaces_its_rating_and_unrating_withdraws_it(state):
    state.add([str(DATA / "articles.jsonl")])
    chat = ask(state, "How much did the Harbor Street bridge repairs cost?")[-1]
    chat = ask(state, "How many cables were corroded?", chat)[-1]
    bridge, cables = chat[1]["content"], chat[3]["content"]
    assert state.rate(bridge, True) == "Thanks: your rating is saved with this answer: Like."
    assert state.rate(cables, True).startswith("Thanks")
    # the page's buttons pick one rating at a time: the latest is the one the log keeps
    said = state.rate(bridge, False)
    assert said == ("Thanks: your rating is saved with this answer: Dislike (it replaces "
                    "your Like).")
    state.rate(bridge, "A quote does not say this")
    rows = feedback.load(state.settings.data_dir)
    assert [(r["question"], r["rating"], r["comment"]) for r in rows] == [
        ("How many cables were corroded?", 1, ""),
        ("How much did the Harbor Street bridge repairs cost?", -1,
         "A quote does not say this")]
    assert rows[1]["answer_id"] == message_id(bridge) != rows[0]["answer_id"]
    # clicking the chosen rating again unselects it (the page sends ""): it is withdrawn
    assert state.rate(cables, "") == "Your rating of this answer is withdrawn."
    assert [r["question"] for r in feedback.load(state.settings.data_dir)] == [
        "How much did the Harbor Street bridge repairs cost?"]


def test_a_log_cut_short_or_edited_by_hand_still_takes_ratings_and_keeps_its_bytes(tmp_path):
    answer = Answer(question="How long was the call?", answer="An hour. [1]")
    log = feedback.feedback_path(tmp_path)
    edited = b"caf\xe9 note, not UTF-8\n"
    log.write_bytes(edited + b'{"answer_id": "a1", "rating": 1, "quest')  # a crash mid-line
    feedback.record(tmp_path, answer, 1, answer_id="a2")
    feedback.record(tmp_path, answer, -1, answer_id="a2")  # replaces: the log is rewritten
    feedback.record(tmp_path, answer, 1, answer_id="a3")
    assert [(r["answer_id"], r["rating"]) for r in feedback.load(tmp_path)] == [
        ("a2", -1), ("a3", 1)]
    assert log.read_bytes().startswith(edited)  # a line it cannot read stays as it was


def test_regenerate_asks_again_and_drops_what_followed(state):
    state.add([str(DATA / "articles.jsonl")])
    chat = ask(state, "How much did the Harbor Street bridge repairs cost?")[-1]
    chat = ask(state, "and what did the critics say?", chat)[-1]
    again = list(state.retry(0, chat, None, "", "", 6, "extractive"))[-1]
    assert len(again) == 2 and "$14.2 million" in again[-1]["content"]
    assert message_id(again[-1]["content"]) != message_id(chat[1]["content"])
    assert list(state.retry(1, chat, None, "", "", 6, "extractive")) == []  # not a question


def test_an_unknown_backend_name_gets_the_offline_answerer(state):
    assert state.assistant("ollama") is state.assistant("extractive")


def test_coverage_figures_follow_changes_made_by_another_process(state, settings, embedder):
    from assistant.ingest.pipeline import ingest

    state.add([str(DATA / "articles.jsonl")])
    before = state.generation()
    articles = len(state.article_rows())
    other = Index(settings, embedder=embedder)  # what `newsqa ingest` opens
    ingest([str(DATA / "festival.md")], other)
    other.close()
    assert state.generation() > before
    assert f"**{articles + 1} articles**" in state.stats_markdown()
    assert "Arts Daily" in state.outlets()
    assert state.article_rows("festival")[0][:3] == ["Film festival names its winner",
                                                     "Arts Daily", "2024-05-20"]
    assert any("Film festival names its winner" in e["display_text"] for e in state.examples())


def test_delete_checks_the_id_and_words_its_errors_for_the_page(state):
    state.add([str(DATA / "articles.jsonl")])
    for given in ("nope", ""):
        with pytest.raises(Exception) as e:
            state.resolve(given)
        assert "newsqa" not in str(e.value) and "`" not in str(e.value)
        assert "Click an article in the table" in str(e.value)
    assert state.resolve("harbor-1").article.title.startswith("Harbor bridge reopens")
    message = state.delete("harbor-1")
    assert message.startswith("Deleted **Harbor bridge reopens") and "`" not in message
    assert not state.article_rows("harbor-1")


def test_an_id_conflict_is_reported_without_cli_advice(state, tmp_path: Path):
    first = tmp_path / "one.jsonl"
    first.write_text(json.dumps({"id": "7", "title": "Mayor opens park", "outlet": "a.example",
                                 "text": "The mayor opened the new park on Monday."}) + "\n")
    second = tmp_path / "two.jsonl"
    second.write_text(json.dumps({"id": "7", "title": "Storm closes port", "outlet": "b.example",
                                  "text": "A storm closed the port on Friday."}) + "\n")
    state.add([str(first)])
    report = state.add([str(second)])
    shown = report_markdown(report, [])
    assert report.conflicts and "--replace" not in shown
    assert "delete the stored article in the table first to replace it" in shown
    assert not added_cleanly(report, [])


def test_the_first_add_says_it_is_loading_the_model(settings, embedder):
    class Cold:
        """The bundled embedder, as after a start: not loaded yet."""

        def __init__(self) -> None:
            self.loaded = False

        def is_loaded(self) -> bool:
            return self.loaded

        def load(self) -> None:
            self.loaded = True

        def encode(self, texts):
            assert self.loaded, "encoded before the page said the model was loading"
            return embedder.encode(texts)

        def encode_one(self, text):
            return embedder.encode_one(text)

    index = Index(settings, embedder=Cold())  # type: ignore[arg-type]
    said: list[str] = []
    bar: list[Any] = []
    state = AppState(settings, index)
    report = state.add([str(DATA / "festival.md")],
                       lambda done, desc="": (said.append(desc), bar.append(done)))
    index.close()
    assert report.added == 1 and added_cleanly(report, [])
    assert said[0].startswith("loading the embedding model")
    # the bar is full only once the article is written, not when it has been read
    fractions = [d[0] / d[1] for d in bar if isinstance(d, tuple)]
    assert fractions[-1] == 1.0 and all(f < 1.0 for f in fractions[:-1]) and len(fractions) > 1
    assert not any("0 chunks" in d for d in said)


def test_views_on_an_empty_index_show_no_markup(state):
    html = state.compare_html("How long was the call?")
    assert "<b>Coverage</b> tab" in html and "\\" not in html
    assert "\\" not in state.timeline_html("Syria")
    # an empty box asks for input rather than saying the coverage holds nothing
    assert "Type a question above" in state.compare_html("  ")
    assert "Type a topic above" in state.timeline_html("")


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
    row = next(r for r in state.index.catalog.articles() if r.article.outlet == "paste.example")
    assert row.article.published == "2024-01-02" and row.article.title == "Pasted headline"
    with pytest.raises(ConfigError, match="“Published” needs a full date"):
        state.stage_paste("Another headline\n\nBody.", "", "", "31/12/2023", "", folder)


def test_an_add_empties_the_upload_box_even_when_files_failed_and_never_blames_the_user(
        state):
    fns = {f.api_name: f.fn for f in build_app(state).fns.values()}
    received = state.upload_root / "89abcdef"  # where Gradio keeps what a browser uploaded
    received.mkdir(parents=True)
    empty, junk = received / "empty.txt", received / "junk.txt"
    empty.write_text("")
    junk.write_bytes(bytes(range(256)) * 8)
    out = fns["add"]([str(empty), str(junk)], "", "", "", "", "", "")
    said, files = out[0], out[-7]  # the upload box: the first of the seven add fields
    assert "skipped empty.txt" in said and "skipped junk.txt" in said
    assert files is None  # the failures are in the summary; the box is emptied
    # the same paths sent again (a stale page, an API call): gone from the server, and said so
    said = fns["add"]([str(empty), str(junk)], "", "", "", "", "", "")[0]
    assert "not a file uploaded through this page" not in said
    assert "empty.txt: no longer on the server" in said and "upload it again" in said
    # an add that stops before staging (a bad pasted date) keeps the uploads for another try
    kept = state.upload_root / "fedcba98" / "kept.md"
    kept.parent.mkdir()
    kept.write_text("Kept\n\nA body.")
    out = fns["add"]([str(kept)], "", "Headline\n\nBody.", "", "", "May", "")
    assert "Nothing was added" in out[0] and out[-7] == gr.skip() and kept.exists()


def test_an_add_names_uploads_and_the_pasted_text_not_the_servers_folders(state):
    received = state.upload_root / "4567cdef"
    received.mkdir(parents=True)
    broken = received / "broken.json"
    broken.write_text("{not json")
    folder = state.upload_dir()
    sources, _ = state.stage_uploads([str(broken)], folder)
    said = report_markdown(state.add(sources), [], folder)
    assert "skipped broken.json: malformed JSON" in said
    assert str(folder) not in said and "uploads" not in said
    assert shown_source(str(folder / "pasted.md"), folder) == "the pasted text"
    assert shown_source("https://example.com/a", folder) == "https://example.com/a"


def test_questions_during_an_ingest_answer_from_what_is_indexed(state, tmp_path: Path):
    state.add([str(DATA / "articles.jsonl")])
    big = tmp_path / "many.jsonl"
    big.write_text("\n".join(json.dumps({"id": f"x{i}", "title": f"Filler {i}", "text":
                                         "Filler sentence about gardens. " * 40})
                             for i in range(60)))
    # the ingest is held after its first batch of 32 is written, holding the write lock
    held, release = threading.Event(), threading.Event()

    def progress(done: Any, desc: str = "") -> None:
        read = done[0] if isinstance(done, tuple) else done  # (read, of total), or read
        if read > 32 and not held.is_set():
            held.set()
            release.wait(120)

    results: list = []
    t = threading.Thread(target=lambda: results.append(state.add([str(big)], progress)))
    t.start()
    assert held.wait(120), "the ingest never reached its second batch"
    assert state.ingesting.is_set() and state.index.catalog.stats()["articles"] == 3 + 32
    answers = [ask(state, "How much did the Harbor Street bridge repairs cost?")[-1]
               for _ in range(2)]
    release.set()
    t.join()
    assert results[0].added == 60
    for a in answers:
        assert "$14.2 million" in a[-1]["content"]
        assert "An ingest is running: this answer uses the articles indexed so far." in \
            a[-1]["content"]


def test_two_sessions_asking_at_once_get_their_own_answers(state):
    state.add([str(DATA / "articles.jsonl"), str(DATA / "festival.md")])
    out: dict[str, str] = {}

    def run(key: str, q: str) -> None:
        out[key] = ask(state, q)[-1][-1]["content"]

    threads = [threading.Thread(target=run, args=("bridge", "How much did the bridge repairs "
                                                  "cost?")),
               threading.Thread(target=run, args=("film", "Which documentary won the Lakeside "
                                                  "Film Festival prize?"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert "$14.2 million" in out["bridge"] and "Salt and Iron" in out["film"]


def test_a_rating_from_the_browser_is_like_dislike_or_a_listed_complaint_only(state):
    state.add([str(DATA / "articles.jsonl")])
    chat = ask(state, "How much did the Harbor Street bridge repairs cost?")[-1]
    for junk in ("Z" * 2_000_000, "=cmd|' /C calc'!A0", 3, None):
        assert state.rate(chat[1]["content"], junk).startswith("Unknown rating"), junk
    assert feedback.load(state.settings.data_dir) == []  # nothing stored


def test_the_csv_export_writes_formula_like_cells_as_text(state, tmp_path: Path):
    state.add([str(DATA / "articles.jsonl")])
    chat = ask(state, "How much did the Harbor Street bridge repairs cost?")[-1]
    answer = state.answers.get(message_id(chat[-1]["content"]))
    answer.question = '=HYPERLINK("http://x.example","click")'
    feedback.record(state.settings.data_dir, answer, -1, "@SUM(A1)")
    out = tmp_path / "f.csv"
    r = CliRunner().invoke(app, ["--data-dir", str(state.settings.data_dir), "feedback",
                                 "export", "--format", "csv", "--out", str(out)])
    assert r.exit_code == 0, r.output
    import csv
    row = list(csv.reader(out.open(encoding="utf-8")))[1]
    assert row[1] == "-1"  # numbers stay numbers
    assert row[2] == "'@SUM(A1)" and row[3] == "'" + answer.question


def test_a_pasted_field_with_a_newline_writes_no_front_matter_of_its_own(state, tmp_path):
    folder = tmp_path / "staged"
    folder.mkdir()
    pasted = state.stage_paste("Quokka numbers rise\n\nRangers counted more quokkas.",
                               "Quokka numbers rise\nid: injected-id\nauthor: Mallory",
                               "island.example", "2024-01-02", "", folder)
    report = state.add([pasted])
    assert report.added == 1
    [row] = [r for r in state.index.catalog.articles() if r.article.outlet == "island.example"]
    assert row.article.article_id != "injected-id" and row.article.authors == []
    assert row.article.title == "Quokka numbers rise id: injected-id author: Mallory"
    # nor through the body, when every field is empty
    body = state.stage_paste("---\nid: attacker-id\noutlet: evil.example\n---\nWombats "
                             "dig burrows.\n\nRangers counted more wombats.", "", "", "", "",
                             folder)
    assert state.add([body]).added == 1
    rows = state.index.catalog.articles()
    assert "evil.example" not in {r.article.outlet for r in rows}
    assert "attacker-id" not in {r.article.article_id for r in rows}


def test_feedback_is_stored_and_exported(state, tmp_path: Path):
    state.add([str(DATA / "articles.jsonl")])
    chat = ask(state, "How much did the bridge repairs cost?")[-1]
    answer = state.answers.get(message_id(chat[-1]["content"]))
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


MINE = "Mine toll\nThe toll rose to 20 on Tuesday.\nEarlier: 12 <b>miners</b> died."


def mine_cite(n: int, phrase: str, published: str) -> Citation:
    start = MINE.index(phrase)
    return Citation(n=n, article_id=f"m{n}", title="Mine <toll>", outlet="valley.example",
                    published=published, quote=phrase, start=start, end=start + len(phrase))


def test_compare_shows_each_outlets_newest_value_with_the_earlier_ones_beside_it():
    from assistant.answer.compare import Reading

    new = mine_cite(1, "The toll rose to 20 on Tuesday.", "2024-03-20")
    old = mine_cite(2, "12 <b>miners</b> died.", "2024-03-14")
    c = Comparison(question="How many died?", by="outlet", accounts=[
        Account(label="valley.example", sentences=[new.quote, old.quote], citations=[new, old])],
        slots=[Slot(kind="count", noun="dead", reported_by={"20": ["valley.example"]},
                    readings={"valley.example": [
                        Reading(value="20", published="2024-03-20", citation=1),
                        Reading(value="12 <b>miners</b>", published="2024-03-14", citation=2)]})])
    out = comparison_html(c, {"m1": MINE, "m2": MINE})
    assert "count (dead)" in out
    assert "valley.example (2024-03-20 " in out
    assert "earlier 12 &lt;b&gt;miners&lt;/b&gt;, 2024-03-14" in out
    assert out.count('href="#cmp-2"') >= 2  # in the account's quotes and beside the earlier value
    assert "<b>miners</b>" not in out  # article text stays text


def test_the_page_names_the_model_but_not_where_its_server_is():
    a = Answer(question="q", answer="a", backend="openai:m at http://10.0.0.5:8000/v1",
               timings_ms={"total": 1200.0},
               notice="openai:m at http://bob:pw@10.0.0.5:8000/v1 failed: no answer within 60s "
                      "— answered extractively instead")
    assert meta_text(a) == "openai:m · 1.2 s"
    (note,) = notes(a, False)
    assert "10.0.0.5" not in note and "pw" not in note
    assert note.startswith("openai:m failed: no answer within 60s")


def test_a_follow_up_s_history_holds_the_answer_not_the_checker_s_flags():
    shown = ("The call lasted an hour. [1] The call lasted 95 minutes. [1] (unsupported: the "
             "cited text shares too few of its words (40%)) Putin called it great. [2] "
             "(contradicts [2]: the source says Trump described it)")
    assert convs.answer_text(shown) == ("The call lasted an hour. [1] The call lasted 95 "
                                        "minutes. [1] Putin called it great. [2]")
    # a sentence of the answer's own in parentheses stays
    assert convs.answer_text("Talks went on (unsupported claims aside). [1]") == \
        "Talks went on (unsupported claims aside). [1]"


def test_the_pages_second_event_for_one_flag_choice_says_nothing_twice(state):
    """Gradio 6 sends a flag-menu choice twice in a row: one toast, one stored rating."""
    state.add([str(DATA / "articles.jsonl")])
    chat = ask(state, "How much did the Harbor Street bridge repairs cost?")[-1]
    bridge = chat[1]["content"]
    flag = "A quote does not say this"
    assert state.rate(bridge, flag, now=100.0).startswith("Thanks")
    assert state.rate(bridge, flag, now=100.1) is None  # the repeat
    assert len(feedback.load(state.settings.data_dir)) == 1
    assert state.rate(bridge, True, now=100.2).startswith("Thanks")  # a new choice is news
    assert state.rate(bridge, True, now=103.0).startswith("Thanks")  # so is a later click


def test_a_search_of_the_coverage_table_says_how_many_match_and_when_none(state):
    """A web UI walk-through: a search that found nothing left an empty table, and no
    search ever said how many articles it found."""
    state.add([str(DATA / "articles.jsonl")])
    assert state.search_note("") == ""
    assert state.search_note("  coastalherald ") == "2 articles match."
    assert state.search_note("Storm closes") == "1 article matches."
    assert state.search_note("Titan") == "No article's title, outlet or id holds “Titan”."
    assert len(state.article_rows("coastalherald")) == 2


def test_markdown_text_holds_no_bare_address_a_renderer_would_link():
    """A hostile probe's stored title "... re-enter your password at https://evil.example/login"
    and outlet "www.evil-news.example" became links in the Coverage tab (GFM links bare
    addresses). Checked once in chromium: Gradio's Markdown shows the escaped text as typed,
    with no link."""
    shown = md_escape("re-enter it at https://evil.example/login, www.evil-news.example or "
                      "a@b.example")
    assert "https:" not in shown and "www." not in shown  # "https\\:", "www\\."
    assert re.search(r"(?<!\\)@", shown) is None
    assert shown.replace("\\", "") == ("re-enter it at https://evil.example/login, "
                                        "www.evil-news.example or a@b.example")


def test_a_read_only_server_offers_no_add_sample_or_delete_on_the_page_or_in_its_api(
        settings, index):
    """A hostile probe rewrote articles, planted one under another outlet's name and deleted
    through /delete on a server anyone could reach; ui.read_only (serve --read-only) leaves
    visitors the asking."""
    editable = {f.api_name for f in build_app(AppState(settings, index)).fns.values()}
    assert {"add", "sample", "delete", "delete_check"} <= editable
    settings.ui.read_only = True
    demo = build_app(AppState(settings, index))
    names = {f.api_name for f in demo.fns.values()}
    assert not {"add", "sample", "delete", "delete_check"} & names
    assert {"ask", "compare", "timeline", "search"} <= names
    ids = {getattr(b, "elem_id", None) for b in demo.blocks.values()}
    assert "read-only" in ids and not {"upload", "add", "delete", "paste"} & ids


def test_a_read_only_server_refuses_uploads():
    import asyncio

    from assistant.ui.access import UploadGate

    reached: list[str] = []

    async def app(scope, receive, send) -> None:
        reached.append(scope["path"])

    def status(path: str) -> int | None:
        sent: list[dict] = []

        async def send(message: dict) -> None:
            sent.append(message)

        asyncio.run(UploadGate(app)({"type": "http", "path": path, "headers": []}, None, send))
        return sent[0]["status"] if sent else None

    assert status("/gradio_api/upload") == 403
    assert status("/gradio_api/upload/") == 403
    assert status("/gradio_api/process_recording") == 403  # a review: files go in there too
    assert status("/gradio_api/call/ask") is None and status("/") is None
    assert reached == ["/gradio_api/call/ask", "/"]


def test_the_coverage_figures_count_one_article_as_one():
    from assistant.ui.coverage import stats_markdown

    figures = {"articles": 1, "chunks": 1, "earliest": "2017-11-21", "latest": "2017-11-21",
               "undated": 0, "disk_bytes": 700_000, "outlets": {"tass.com": 1}}
    assert stats_markdown(figures).startswith("**1 article**, 1 chunk · published")
    figures.update(articles=2, chunks=6)
    assert stats_markdown(figures).startswith("**2 articles**, 6 chunks · published")
