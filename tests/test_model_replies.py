"""What a misbehaving model's reply becomes: a hostile probe played a model that wrote
odd markers, new refusals, nothing but markers, a cut-off stream, reasoning tags, lone
surrogates and chatty rewrites. Only the model is faked (langchain-core's fakes)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import (
    FakeListChatModel,
    GenericFakeChatModel,
)
from langchain_core.messages import AIMessage, AIMessageChunk
from langchain_core.outputs import ChatGenerationChunk

from assistant.answer.chain import Assistant
from assistant.answer.citations import is_refusal
from assistant.answer.contract import CANNOT_ANSWER, answer_json
from assistant.answer.generative import standalone_line
from assistant.answer.judge import parse_reply
from assistant.answer.reply import clean_reply, finished_part
from assistant.redact import redact, remember

from .test_answer import check_contract
from .test_generative import Q, passage_with


@pytest.mark.parametrize(("written", "read"), [
    ("It lasted an hour [1-3].", "It lasted an hour [1][2][3]."),
    ("It lasted an hour [1–2].", "It lasted an hour [1][2]."),
    ("It lasted an hour [^1].", "It lasted an hour [1]."),
    ("It lasted an hour [source 2].", "It lasted an hour [2]."),
    ("It lasted an hour [Passage 1].", "It lasted an hour [1]."),
    ("It lasted an hour [ 1 ].", "It lasted an hour [1]."),
    ("It lasted an hour [1,].", "It lasted an hour [1]."),
    ("It lasted an hour 【1】.", "It lasted an hour [1]."),
    ("It lasted an hour [[1]].", "It lasted an hour [1]."),
    ("It lasted an hour [1](https://evil.example/x).", "It lasted an hour [1]."),
    ("It lasted an hour.¹", "It lasted an hour.[1]"),
    ("<think>I will make something up.</think>It lasted an hour [1].",
     "It lasted an hour [1]."),
    ("It lasted \ud800 an hour [1].", "It lasted \ufffd an hour [1]."),
    ("Peace \ud83d\ude00 [1].", "Peace 😀 [1]."),
    ("## Answer\n**Putin** said it [1].\n- It *lasted* an hour [2].\n```python\nx\n```",
     "Putin said it [1].\n\nIt lasted an hour [2].\n\nx"),
])
def test_marker_variants_reasoning_and_lone_surrogates_are_cleaned(written, read):
    assert clean_reply(written) == read


def test_what_is_no_marker_stays_as_written():
    # a year, a unit's power, a long range, a number in parentheses
    for text in ("In [2017] they met.", "An area of 40 km² burned.", "Pages [1-500] of it.",
                 "The vote was (52) to (48)."):
        assert clean_reply(text) == text


@pytest.mark.parametrize("reply", [
    "I'm afraid the passages don't say.",
    "There is no information about this in the provided passages.",
    "I don't have enough information to answer that.",
    "Based on the provided passages, I cannot determine who won.",
    "Unknown.",
    "None of the passages address this question.",
])
def test_refusals_in_other_words_are_refusals(reply):
    assert is_refusal(reply)


def test_an_answer_after_our_refusal_words_is_an_answer_and_a_statement_is_no_refusal():
    assert not is_refusal(f"{CANNOT_ANSWER} However, the call lasted an hour [1].")
    assert not is_refusal("No information was released about the victims, police said.")


def test_a_refusing_rewrite_leaves_the_follow_up_as_typed(sample_index):
    n = passage_with(sample_index, Q, "more than one hour")
    model = FakeListChatModel(responses=[
        "I'm sorry, but I can't help with that.",
        f"The conversation lasted for more than one hour [{n}]."])
    a = Assistant(sample_index, chat_model=model).ask(
        "How long did it last?", k=4,
        history=[("What did Putin and Trump discuss?", "Syria [1].")])
    assert a.query == "How long did it last?"
    assert not a.refused


def test_a_rewrite_of_many_lead_words_is_read_at_once():
    """A regex that repeated a group of lead words took time doubling with each word: 16
    words held a core for 27 s, and this one would have held it for days."""
    reply = "the  " * 40 + "zzz: What did Putin say?"
    assert standalone_line(reply) == reply.strip()
    assert standalone_line("Here is the rewritten question: How long?") == "How long?"


def test_a_reply_of_only_markers_is_no_answer_and_falls_back(sample_index):
    a = Assistant(sample_index, chat_model=FakeListChatModel(responses=["[1] [2]"]),
                  fallback=True).ask(Q, k=4)
    assert a.backend.startswith("extractive") and "returned no answer text" in a.notice
    assert "more than one hour" in a.answer


def test_sentences_with_nothing_to_say_are_left_out(sample_index):
    n = passage_with(sample_index, Q, "more than one hour")
    a = Assistant(sample_index, chat_model=FakeListChatModel(responses=[
        f"The conversation lasted for more than one hour [{n}]. 👍\n```\n|---|---|\n"
        "None of the passages address this question. (1) [2"])).ask(Q, k=4)
    assert [s.text for s in a.sentences] == [
        "The conversation lasted for more than one hour."]
    check_contract(sample_index, a)


class _Ended(GenericFakeChatModel):
    """A fake whose reply (and last streamed chunk) says why it ended; ``None``: a stream
    that closed without saying (a dropped connection)."""

    reason: str | None = "length"

    def _stream(self, messages: Any, stop: Any = None, run_manager: Any = None,
                **kwargs: Any) -> Iterator[ChatGenerationChunk]:
        text = str(next(self.messages).content)
        for i, word in enumerate(text.split(" ")):
            yield ChatGenerationChunk(message=AIMessageChunk(
                content=("" if i == 0 else " ") + word))
        if self.reason is not None:
            yield ChatGenerationChunk(message=AIMessageChunk(
                content="", response_metadata={"finish_reason": self.reason}))


def _cut_reply(n: int) -> str:
    return f"The conversation lasted for more than one hour [{n}]. Putin said earlier th"


def test_an_answer_cut_at_the_length_limit_loses_its_unfinished_sentence(sample_index):
    n = passage_with(sample_index, Q, "more than one hour")
    msg = AIMessage(content=_cut_reply(n), response_metadata={"finish_reason": "length"})
    a = Assistant(sample_index, chat_model=GenericFakeChatModel(messages=iter([msg]))).ask(
        Q, k=4)
    assert [s.text for s in a.sentences] == [
        "The conversation lasted for more than one hour."]
    assert "stopped before its answer ended" in a.notice


def test_a_stream_that_closes_without_an_ending_is_cut_for_an_openai_server(sample_index):
    n = passage_with(sample_index, Q, "more than one hour")
    s = sample_index.settings.model_copy(deep=True)
    s.answer.backend, s.answer.model = "openai", "m"
    s.answer.base_url = "http://127.0.0.1:9/v1"
    for reason, cut in ((None, True), ("stop", False)):
        model = _Ended(messages=iter([AIMessage(content=_cut_reply(n))]), reason=reason)
        events = list(Assistant(sample_index, chat_model=model, settings=s).stream(Q, k=4))
        a = events[-1].answer
        assert ("Putin said earlier th" not in a.answer) is cut
        assert ("stopped before its answer ended" in (a.notice or "")) is cut


def test_an_emoji_split_across_two_chunks_is_one_character():
    from assistant.answer.reply import SurrogateJoiner

    j = SurrogateJoiner()
    assert j.feed("peace \ud83d") + j.feed("\ude00. [1]") + j.rest() == "peace 😀. [1]"
    assert j.feed("alone \ud83d") + j.rest() == "alone \ufffd"


def test_a_whole_reply_whose_stream_never_said_it_ended_may_be_incomplete(sample_index):
    n = passage_with(sample_index, Q, "more than one hour")
    s = sample_index.settings.model_copy(deep=True)
    s.answer.backend, s.answer.model = "openai", "m"
    s.answer.base_url = "http://127.0.0.1:9/v1"
    model = _Ended(messages=iter([AIMessage(
        content=f"The conversation lasted for more than one hour [{n}].")]), reason=None)
    a = list(Assistant(sample_index, chat_model=model, settings=s).stream(Q, k=4))[-1].answer
    assert [x.text for x in a.sentences] == ["The conversation lasted for more than one hour."]
    assert "the answer may be incomplete" in a.notice


def test_finished_part_ends_at_the_last_full_stop_and_its_markers():
    assert finished_part('He said "yes." [1] Then th') == 'He said "yes." [1]'
    assert finished_part("Nothing finished") == ""


def test_a_lone_surrogate_from_the_model_can_be_printed(sample_index):
    n = passage_with(sample_index, Q, "more than one hour")
    a = Assistant(sample_index, chat_model=FakeListChatModel(responses=[
        f"The conversation lasted for more than one hour \ud800 [{n}]."])).ask(Q, k=4)
    json.dumps(answer_json(a), ensure_ascii=False).encode("utf-8")  # raised before


def test_a_verdict_asked_back_is_not_the_verdict():
    assert parse_reply("Supported? No, CONTRADICTED: the source says Peskov.").verdict == \
        "contradicted"


def test_a_short_api_key_echoed_in_capitals_is_masked(monkeypatch):
    from assistant import redact as module

    # a registry of this test's own: what it registers must not mask other tests' text
    monkeypatch.setattr(module, "_secrets", set())
    monkeypatch.setattr(module, "_keys", set())
    monkeypatch.setattr(module, "_any_case", None)
    remember("sk-probe-4711", key=True)
    assert "4711" not in redact("Incorrect API key provided: SK-PROBE-4711")
    remember("kiwi", key=False)  # a password as short as a word: only as written
    assert redact("KIWI and kiwi") == "KIWI and ***"
    remember("sk-probe", key=False)  # a password is no key: only as written
    assert redact("SK-PROBE") == "SK-PROBE"


# --- from an independent review of the above -------------------------------------------

@pytest.mark.parametrize("reply", [
    "The articles say Putin will attend.",
    "Sources say the talks collapsed.",
    "The documents mention a $5 million payment.",
    "There was no mention of Ukraine in the speech.",
])
def test_an_answer_that_names_its_sources_is_no_refusal(reply):
    assert not is_refusal(reply)


@pytest.mark.parametrize(("text", "kept"), [
    ("Inflation rose to 3.5 percent [1]. GDP grew 2.1 perc", "Inflation rose to 3.5 percent [1]."),
    ("It rose. The U.S. economy gr", "It rose."),
    ("Putin spoke with Mr. Biden on Tuesday [1]", ""),
])
def test_a_cut_reply_is_cut_at_a_sentence_end_not_at_a_decimal_or_an_abbreviation(text, kept):
    assert finished_part(text) == kept


def test_emphasis_marks_inside_words_and_numbers_stay():
    assert clean_reply('"a f*** disaster", 2*3*4 times, per *Reuters*') == \
        '"a f*** disaster", 2*3*4 times, per Reuters'


def test_a_list_stays_one_sentence_per_item():
    from assistant.answer.citations import split_answer

    assert split_answer(clean_reply("Key points:\n- Inflation rose\n- Rates fell [1]")) == \
        ["Key points:", "Inflation rose", "Rates fell [1]"]


def test_hostile_runs_of_marks_and_spaces_are_read_in_linear_time():
    """A review timed 3 to 33 s on 20,000 to 180,000 characters of these. At a million
    characters, time quadratic in the length is hours (this test never ends); linear, under
    a second."""
    from assistant.answer.contract import strip_markers
    from assistant.answer.verify import _parts

    n = 1_000_000
    for text in ("[" + " " * n, "**a " * (n // 4), "*a [ 1 , " * (n // 9),
                 "x" + " " * n + "[1]", "x" + " " * n + "and that"):
        clean_reply(text)
        _parts(text)
        strip_markers(text)
