"""The LangChain parts: the retriever in a chain of the user's own, the answer chain as one
runnable (invoke, batch, stream), and its extractive fallback. Only the chat model is
faked (langchain-core's fakes); the index is real Chroma in tmp_path with the bundled model."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from langchain_core.documents import Document
from langchain_core.language_models.fake_chat_models import (
    FakeListChatModel,
    ParrotFakeChatModel,
)
from langchain_core.messages import AIMessageChunk, HumanMessage
from langchain_core.outputs import ChatGenerationChunk
from langchain_core.runnables import RunnableLambda, RunnableWithFallbacks

from assistant.answer.chain import Assistant
from assistant.errors import BackendError, ConfigError, PromptError
from assistant.retrieval import retrieve
from assistant.retriever import METADATA, NewsRetriever
from assistant.types import Answer, Draft

Q = "How long did the call between Putin and Trump last?"


def hour_passage(index) -> int:
    """The number [n] of the passage that says how long the call lasted."""
    passages = retrieve(index, Q, k=4).passages
    return next(i for i, p in enumerate(passages, 1) if "more than one hour" in p.text)


def reply_for(index) -> str:
    return (f"The White House said the conversation lasted for more than one hour "
            f"[{hour_passage(index)}].")


# --- the retriever -----------------------------------------------------------------------
def format_docs(docs: list[Document]) -> list[HumanMessage]:
    body = "\n\n".join(f"[{i}] {d.metadata['outlet']} {d.metadata['published']}: "
                       f"{d.page_content}" for i, d in enumerate(docs, start=1))
    return [HumanMessage(content=f"Answer from these passages.\n\n{body}")]


def test_the_retriever_works_inside_a_users_own_chain(sample_index):
    """retriever | format_docs | llm: the fake model echoes its prompt, so the output shows
    exactly what reached the model."""
    chain = NewsRetriever(index=sample_index, k=4) | RunnableLambda(format_docs) | \
        ParrotFakeChatModel()
    reply = chain.invoke(Q).content
    assert reply.startswith("Answer from these passages.")
    assert reply.count("] tass.com 2017-11-21: ") == 4
    assert "the conversation lasted for more than one hour" in reply


def test_documents_carry_where_their_text_is_in_the_article(corpus_index):
    docs = NewsRetriever(index=corpus_index, k=5).invoke("bridge repairs cost")
    assert 0 < len(docs) <= 5
    for d in docs:
        assert set(d.metadata) == set(METADATA)
        article = corpus_index.get(d.metadata["article_id"]).article
        assert d.page_content == article.text[d.metadata["start"]:d.metadata["end"]]
        assert (d.metadata["title"], d.metadata["outlet"], d.metadata["published"],
                d.metadata["url"]) == (article.title, article.outlet, article.published,
                                       article.url)
        assert d.id == d.metadata["chunk_id"]
    scores = [d.metadata["score"] for d in docs]
    assert scores == sorted(scores, reverse=True)


def test_filters_are_fields(corpus_index):
    only = NewsRetriever(index=corpus_index, outlets=("valleypost.example",), k=5)
    assert {d.metadata["outlet"] for d in only.invoke("bridge repairs")} == \
        {"valleypost.example"}
    dated = NewsRetriever(index=corpus_index, since="2024-01-01", until="2024-03-31", k=10)
    days = {d.metadata["published"] for d in dated.invoke("bridge storm schools telescope")}
    assert days and all("2024-01-01" <= day <= "2024-03-31" for day in days)
    assert "2023-11-02" not in days  # the storm article, outside the window
    keyword = NewsRetriever(index=corpus_index, mode="keyword", k=2).invoke("Harbor bridge")
    assert keyword and all(d.metadata["dense_score"] is None for d in keyword)
    with pytest.raises(ConfigError, match=r"nowhere\.example"):
        NewsRetriever(index=corpus_index, outlets=("nowhere.example",)).invoke("bridge")


# --- the whole chain as one runnable ------------------------------------------------------
def test_the_runnable_answers_a_string_or_a_request(sample_index):
    runnable = Assistant(sample_index).as_runnable()
    a = runnable.invoke(Q)
    assert isinstance(a, Answer) and "more than one hour" in a.answer
    b = runnable.invoke({"question": Q, "filters": {"outlets": ["tass.com"]}, "k": 4,
                         "as_of": "2017-11-25"})
    assert b.filters == {"outlets": ["tass.com"]} and len(b.passages) <= 4
    assert b.answer == a.answer  # the same coverage answers, filtered or not
    assert runnable.get_output_schema().model_json_schema()["title"] == "Answer"


def test_batch_answers_each_question_in_order(sample_index):
    runnable = Assistant(sample_index).as_runnable()
    questions = [Q, "How did the Kremlin press service describe the conversation?",
                 "What did Angela Merkel say about Brexit?"]
    answers = runnable.batch(questions)
    assert [a.question for a in answers] == questions
    assert "more than one hour" in answers[0].answer
    assert "businesslike and meaningful" in answers[1].answer
    assert answers[2].refused


def test_stream_gives_the_models_tokens_then_the_verified_answer(sample_index):
    reply = reply_for(sample_index)
    runnable = Assistant(sample_index,
                         chat_model=FakeListChatModel(responses=[reply])).as_runnable()
    *drafts, last = list(runnable.stream(Q))
    assert len(drafts) > 5 and all(isinstance(d, Draft) for d in drafts)
    assert "".join(d.text for d in drafts) == reply
    assert isinstance(last, Answer) and last.sentences[0].supported
    assert last.citations[0].quote.endswith("fight against terrorism.")


def test_a_stage_added_to_the_chain_runs_when_streaming_too(sample_index):
    ran: list[str] = []

    def mark(turn):
        ran.append(turn["question"])
        return {**turn, "scope": "checked by the added stage"}

    qa = Assistant(sample_index, chat_model=FakeListChatModel(responses=[reply_for(
        sample_index)]))
    qa.add_stage("mark", mark, after="verify")
    asked = qa.ask(Q, k=4)
    streamed = [e for e in qa.stream(Q, k=4)][-1].answer
    drafts = [c for c in qa.as_runnable().stream(Q) if isinstance(c, Draft)]
    assert ran == [Q, Q, Q]
    assert asked.notice == streamed.notice == "checked by the added stage"
    assert drafts  # the added stage passed the model's tokens on
    with pytest.raises(ValueError, match="no stage 'nowhere'"):
        qa.add_stage("x", mark, after="nowhere")


# --- the fallback -------------------------------------------------------------------------
class Refusing(FakeListChatModel):
    """A model whose server refuses the connection."""

    def _call(self, *args: Any, **kwargs: Any) -> str:
        raise ConnectionError("connection refused")

    def _stream(self, *args: Any, **kwargs: Any):
        raise ConnectionError("connection refused")


def test_the_fallback_is_with_fallbacks_over_the_same_chain(sample_index):
    qa = Assistant(sample_index, chat_model=Refusing(responses=["x"]), fallback=True)
    assert isinstance(qa.body, RunnableWithFallbacks)
    for answer in (qa.as_runnable().invoke(Q), list(qa.as_runnable().stream(Q))[-1]):
        assert "more than one hour" in answer.answer
        assert answer.backend == "extractive (offline)"
        assert "connection refused" in answer.notice and "answered extractively" in answer.notice
    without = Assistant(sample_index, chat_model=Refusing(responses=["x"]))
    assert not isinstance(without.body, RunnableWithFallbacks)
    with pytest.raises(BackendError, match="connection refused"):
        without.as_runnable().invoke(Q)


def test_a_failing_model_of_the_users_is_named_as_theirs_not_as_the_fallback(sample_index):
    """With settings that say extractive, a model passed in is what failed, not the answerer
    that stood in for it."""
    fell_back = Assistant(sample_index, chat_model=Refusing(responses=["x"]), fallback=True)
    notice = fell_back.ask(Q).notice
    assert notice.startswith("chat model failed: connection refused")
    empty = Assistant(sample_index, chat_model=FakeListChatModel(responses=[""]))
    with pytest.raises(BackendError, match=r"^chat model returned an empty answer"):
        empty.ask(Q)
    with pytest.raises(BackendError, match=r"^chat model failed"):
        Assistant(sample_index, chat_model=Refusing(responses=["x"])).ask(Q)


@pytest.mark.parametrize("given", [{"question": Q, "k": 0},
                                   {"question": Q, "as_of": "2017-13-01"},
                                   {"question": Q, "filter": {"outlets": ["tass.com"]}}])
def test_a_bad_request_to_the_runnable_is_a_config_error(sample_index, given):
    with pytest.raises(ConfigError, match="invalid request"):
        Assistant(sample_index).as_runnable().invoke(given)


def test_a_misspelt_retriever_filter_is_an_error_and_one_outlet_may_be_a_string(corpus_index):
    with pytest.raises(ValueError, match="outlet"):
        NewsRetriever(index=corpus_index, outlet="valleypost.example")  # type: ignore[call-arg]
    one = NewsRetriever(index=corpus_index, outlets="valleypost.example", k=5)
    assert one.outlets == ("valleypost.example",)
    assert {d.metadata["outlet"] for d in one.invoke("bridge repairs")} == \
        {"valleypost.example"}


def test_a_missing_prompt_falls_back_instead_of_escaping(sample_index, monkeypatch):
    """What an installed wheel without its prompts did: PromptError is on the fallback path."""
    from assistant.answer import generative

    def missing(name: str):
        raise PromptError(f"no prompt named {name!r}")

    monkeypatch.setattr(generative, "load_prompt", missing)
    model = FakeListChatModel(responses=["never asked"])
    a = Assistant(sample_index, chat_model=model, fallback=True).ask(Q)
    assert "more than one hour" in a.answer and "no prompt named 'answer'" in a.notice
    with pytest.raises(PromptError):
        Assistant(sample_index, chat_model=model).ask(Q)


def test_a_model_failing_mid_stream_is_followed_by_the_extractive_answer(sample_index):
    model = FakeListChatModel(responses=[reply_for(sample_index)], error_on_chunk_number=12)
    events = list(Assistant(sample_index, chat_model=model, fallback=True).stream(Q, k=4))
    tokens = [e.text for e in events if e.kind == "token"]
    assert "".join(tokens[:12]) == reply_for(sample_index)[:12]  # what the model had sent
    assert "more than one hour" in tokens[-1]  # then the extractive answer's text
    final = events[-1].answer
    assert final.backend == "extractive (offline)" and "answered extractively" in final.notice
    with pytest.raises(BackendError):
        list(Assistant(sample_index, chat_model=FakeListChatModel(
            responses=[reply_for(sample_index)], error_on_chunk_number=12)).stream(Q, k=4))


class Held(FakeListChatModel):
    """Streams one character, then waits for the test before each next one; says when its
    stream was closed and how far it got."""

    resume: Any = None
    closed: Any = None
    sent: int = 0

    def _stream(self, *args: Any, **kwargs: Any):
        try:
            for ch in "The call lasted for more than one hour [1].":
                self.sent += 1
                yield ChatGenerationChunk(message=AIMessageChunk(content=ch))
                self.resume.wait(30)
        finally:
            self.closed.set()


def test_stopping_a_stream_hangs_up_on_the_model(sample_index):
    """Stop in the UI closes the answer's generator: that must return at once (not when the
    model's next token comes) and close the model's stream, not read it to its end."""
    model = Held(responses=["x"], resume=threading.Event(), closed=threading.Event())
    events = Assistant(sample_index, chat_model=model).stream(Q, k=4)
    first = next(events)
    assert first.kind == "token" and first.text == "T"
    closer = threading.Thread(target=events.close)
    closer.start()
    closer.join(10)  # the model holds its next token for 30 s
    assert not closer.is_alive(), "closing the stream waited for the model"
    model.resume.set()
    assert model.closed.wait(10)
    assert model.sent <= 2  # the token it was writing when the reader left, at most


# --- async ---------------------------------------------------------------------------------
def test_astream_gives_the_models_tokens_then_the_verified_answer(sample_index):
    """LangChain's default astream runs the whole chain and yields only its output."""
    reply = reply_for(sample_index)
    runnable = Assistant(sample_index,
                         chat_model=FakeListChatModel(responses=[reply])).as_runnable()

    async def read() -> list[Any]:
        return [c async for c in runnable.astream(Q)]

    *drafts, last = asyncio.run(read())
    assert len(drafts) > 5 and all(isinstance(d, Draft) for d in drafts)
    assert "".join(d.text for d in drafts) == reply
    assert isinstance(last, Answer) and last.sentences[0].supported
    assert last.citations[0].quote.endswith("fight against terrorism.")


def test_astream_and_ainvoke_of_the_offline_chain_give_its_answer(sample_index):
    runnable = Assistant(sample_index).as_runnable()

    async def read() -> tuple[list[Any], Answer]:
        return [c async for c in runnable.astream(Q)], await runnable.ainvoke(Q)

    chunks, invoked = asyncio.run(read())
    assert isinstance(chunks[-1], Answer)
    assert chunks[-1].answer == invoked.answer
    assert "more than one hour" in invoked.answer


def test_stopping_an_async_stream_hangs_up_on_the_model(sample_index):
    model = Held(responses=["x"], resume=threading.Event(), closed=threading.Event())
    runnable = Assistant(sample_index, chat_model=model).as_runnable()

    async def first_then_stop() -> Any:
        stream = runnable.astream({"question": Q, "k": 4})
        first = await anext(stream)
        await asyncio.wait_for(stream.aclose(), 10)  # the model holds its next token 30 s
        return first

    first = asyncio.run(first_then_stop())
    assert isinstance(first, Draft) and first.text == "T"
    model.resume.set()
    assert model.closed.wait(10)
    assert model.sent <= 2


def test_cancelling_an_async_stream_cancels_and_closes_the_models_stream(sample_index):
    """An independent review: a cancelled task raised 'generator already executing' instead
    of being cancelled."""
    model = Held(responses=["x"], resume=threading.Event(), closed=threading.Event())
    runnable = Assistant(sample_index, chat_model=model).as_runnable()

    async def read(first: asyncio.Event) -> None:
        async for _chunk in runnable.astream({"question": Q, "k": 4}):
            first.set()

    async def main() -> None:
        first = asyncio.Event()
        task = asyncio.create_task(read(first))
        await asyncio.wait_for(first.wait(), 30)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    model.resume.set()
    assert model.closed.wait(10)  # the model's stream is closed, not left open
