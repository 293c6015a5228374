"""The openai backend against a small OpenAI-compatible server on loopback, started here.

It checks what the app sends (system prompt, passages, history) and that both the plain
and the streamed (server-sent events) replies come out as verified, cited answers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from assistant.answer.chain import Assistant
from assistant.errors import BackendError
from assistant.retrieval import retrieve
from scripts.fake_openai import FakeOpenAI


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    srv = FakeOpenAI().start()
    yield srv
    srv.shutdown()


def openai_assistant(index, server: FakeOpenAI, timeout: float = 10.0) -> Assistant:
    s = index.settings
    s.answer.backend = "openai"
    s.answer.base_url = server.url
    s.answer.model = "test-model"
    s.answer.api_key = "sk-test"
    s.answer.timeout_s = timeout
    return Assistant(index, s)


Q = "How long did the call between Putin and Trump last?"


def test_request_carries_system_prompt_passages_and_history(sample_index, server):
    passages = retrieve(sample_index, Q, k=4).passages
    n = next(i for i, p in enumerate(passages, 1) if "more than one hour" in p.text)
    server.replies = [Q, f"The White House said the call lasted for more than one hour [{n}]."]
    history = [("Who spoke on the phone?", "Putin and Trump did [1].")]
    a = openai_assistant(sample_index, server).ask("And how long did it last?", history=history,
                                                   k=4)
    assert a.sentences[0].supported and "more than one hour" in a.citations[0].quote
    assert a.backend == f"openai:test-model at {server.url}"
    condense, answer = server.requests
    assert condense["path"] == "/v1/chat/completions" and answer["auth"] == "Bearer sk-test"
    msgs = answer["body"]["messages"]
    assert msgs[0]["role"] == "system" and "Every sentence that states a fact" in msgs[0]["content"]
    assert [m["role"] for m in msgs] == ["system", "user", "assistant", "user"]
    assert msgs[1]["content"] == "Who spoke on the phone?"
    assert msgs[-1]["content"].count("<passage n=") == 4
    assert 'outlet="tass.com" published="2017-11-21"' in msgs[-1]["content"]
    assert msgs[-1]["content"].rstrip().endswith(f"Question: {Q}")  # the condensed question
    assert answer["body"]["temperature"] == 0.0
    assert "sk-test" not in json.dumps(a.model_dump())


def test_streamed_reply_over_server_sent_events(sample_index, server):
    passages = retrieve(sample_index, Q, k=4).passages
    n = next(i for i, p in enumerate(passages, 1) if "more than one hour" in p.text)
    reply = f"According to the White House, the call lasted for more than one hour [{n}]."
    server.replies = [reply]
    events = list(openai_assistant(sample_index, server).stream(Q, k=4))
    tokens = [e.text for e in events if e.kind == "token"]
    assert len(tokens) >= 5 and "".join(tokens) == reply
    assert server.requests[0]["body"]["stream"] is True
    assert events[-1].answer.sentences[0].supported


def test_a_slow_server_times_out_with_one_clear_error(sample_index, server):
    server.replies = ["too late"]
    server.delay = 3.0
    with pytest.raises(BackendError) as got:
        openai_assistant(sample_index, server, timeout=1.0).ask(Q)
    # the budget's own words, naming what failed, whichever clock ran out first (ours or
    # the client's per-request timeout)
    assert str(got.value) == f"openai:test-model at {server.url} failed: no answer within 1s"
    assert len(server.requests) == 1  # a timeout is not retried


def test_a_server_that_is_down_falls_back_with_a_notice(sample_index, server):
    url = server.url
    server.shutdown()
    server.server_close()
    s = sample_index.settings
    s.answer.backend, s.answer.base_url, s.answer.api_key = "openai", url, "sk-test"
    s.answer.model = "test-model"
    s.answer.timeout_s = 2
    a = Assistant(sample_index, s, fallback=True).ask(Q)
    assert "more than one hour" in a.answer and "answered extractively" in a.notice
