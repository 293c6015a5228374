"""The answer chain's parts: the turn that flows through it, and the runnable step.

A question becomes a :class:`Turn` (a typed dict: what the stages read and add) and each
stage is a :class:`Step`, a LangChain runnable over it:

- invoked (``invoke``, ``batch``), a step calls its function on the turn and times it;
- streamed (``stream``, ``transform``, and their async twins ``astream``, ``atransform``,
  which run the same functions in a worker thread, one step of the stream at a time), a
  step passes every :class:`~assistant.types.Draft`
  that reaches it straight on, as it arrives, then applies its function to the turn that
  follows them. A step with a stream function of its own (generate) yields drafts itself:
  the model's tokens as they come.

So one chain serves both: streamed, it gives the drafts as they are written and then the
answer; a step added anywhere in it runs either way. Each step is traced as its own run.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import functools
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator
from contextlib import closing
from typing import Any, TypedDict

import numpy as np
from langchain_core.runnables import Runnable, RunnableConfig
from langchain_core.runnables.config import (
    ensure_config,
    get_async_callback_manager_for_config,
    get_callback_manager_for_config,
)

from assistant.answer.deadline import Deadline
from assistant.errors import BackendError, PromptError
from assistant.nlp.timefilter import Window
from assistant.types import Answer, Attribution, Draft, Filters, Passage

# What the extractive fallback stands in for: the LLM path failed (down, slow, empty, or a
# prompt it could not render). Anything else is a bug and keeps its traceback.
FALLBACK_ERRORS: tuple[type[Exception], ...] = (BackendError, PromptError)


class Turn(TypedDict, total=False):
    """One question on its way through the chain. ``prepare`` fills the first group."""

    question: str  # what the answerer matches: as asked, less the words naming dates
    asked: str  # as asked
    filters: Filters
    k: int | None
    history: list[tuple[str, str]]
    as_of: dt.date
    scope: str | None  # what the answer says about the dates it covers
    latest: Window | None  # "latest": keep the newest of what answers
    started: float  # perf_counter at the start, for timings_ms["total"]
    deadline: Deadline  # the LLM's budget for this whole answer
    timings: dict[str, float]  # stage → ms
    query: str  # condense: the standalone query retrieval uses
    scored: str  # condense: what the offline answer scores sentences against
    as_of_given: bool  # prepare: the request named the day (not today by default)
    passages: list[Passage]  # retrieve
    attributions: list[Attribution]
    query_vector: np.ndarray | None
    answer: Answer  # generate, then verify
    raw: str  # an LLM's reply as written
    error: BaseException  # set by with_fallbacks when the LLM path failed
    judge_error: str  # the LLM judge failed: the sentences were checked offline only
    cut: str  # the model stopped before its answer ended: what the answer says of it
    weak: str  # why an answer is marked weak evidence besides its support


StreamFn = Callable[[Turn], Iterator[Draft | Turn]]
_END = object()  # the end of a stage's stream, read in a worker thread
_WORKERS = concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="newsqa-step")


def _close_after(stream: Any, _done: Any) -> None:
    _close(stream)


def _close(stream: Any) -> None:
    close = getattr(stream, "close", None)
    if close is not None:
        close()


class Step(Runnable[Any, Any]):
    """One stage: ``fn`` over the turn, timed into ``turn["timings"][name]`` (``timed``).

    ``stream`` (optional) is how the stage runs when the chain is streamed: it yields drafts
    and then the turn. Why a step rather than LangChain's own runnables:

    - a ``RunnableLambda`` consumes its whole input stream before it runs, so tokens would
      stop at the first stage after generate; ``RunnableGenerator.invoke`` adds its outputs
      together, which a draft and a turn cannot be;
    - LangChain's streaming helper (``_transform_stream_with_config``), when the caller
      closes the stream, reads the rest of the step's input to trace it: the rest of the
      model's reply, every token of it, before a Stop could return. This step's stream
      reports to the same callbacks but, closed, closes its input instead, and generate
      hangs up on the model.
    """

    name: str

    def __init__(self, name: str, fn: Callable[[Any], Any], *, stream: StreamFn | None = None,
                 timed: bool = True) -> None:
        self.name = name
        self.fn = fn
        self.stream_fn = stream
        self.timed = timed

    def __repr__(self) -> str:
        return f"Step({self.name})"

    def _stamp(self, out: Any, t0: float) -> Any:
        if not self.timed:
            return out
        timings = {**out.get("timings", {}), self.name: round((time.perf_counter() - t0) * 1000,
                                                               2)}
        return {**out, "timings": timings}

    def _apply(self, given: Any) -> Any:
        t0 = time.perf_counter()
        return self._stamp(self.fn(given), t0)

    def invoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> Any:
        return self._call_with_config(self._apply, input, config)

    def stream(self, input: Any, config: RunnableConfig | None = None,
               **kwargs: Any) -> Iterator[Any]:
        return self.transform(iter([input]), config, **kwargs)

    def transform(self, input: Iterator[Any], config: RunnableConfig | None = None,
                  **kwargs: Any) -> Iterator[Any]:
        config = ensure_config(config)
        run = get_callback_manager_for_config(config).on_chain_start(
            None, {"input": ""}, name=config.get("run_name") or self.get_name(),
            run_id=config.pop("run_id", None))
        last: Any = None
        try:
            with closing(self._steps(input)) as outputs:
                for last in outputs:
                    yield last
        except BaseException as e:  # GeneratorExit too: the caller stopped reading
            run.on_chain_error(e)
            raise
        run.on_chain_end(last)

    async def astream(self, input: Any, config: RunnableConfig | None = None,
                      **kwargs: Any) -> AsyncIterator[Any]:
        async def one() -> AsyncIterator[Any]:
            yield input

        async for out in self.atransform(one(), config, **kwargs):
            yield out

    async def atransform(self, input: AsyncIterator[Any], config: RunnableConfig | None = None,
                         **kwargs: Any) -> AsyncIterator[Any]:
        """As :meth:`transform`, for an event loop: drafts pass on as they come, and the
        stage's function (or each step of its stream) runs in a worker thread, so the loop
        is never blocked by retrieval or by waiting on the model. (LangChain's default would
        run the whole chain first and yield only the answer.)"""
        config = ensure_config(config)
        run = await get_async_callback_manager_for_config(config).on_chain_start(
            None, {"input": ""}, name=config.get("run_name") or self.get_name(),
            run_id=config.pop("run_id", None))
        last: Any = None
        try:
            async for chunk in input:
                if isinstance(chunk, Draft):
                    last = chunk
                    yield chunk
                elif self.stream_fn is None:
                    last = await asyncio.to_thread(self._apply, chunk)
                    yield last
                else:
                    t0 = time.perf_counter()
                    steps = self.stream_fn(chunk)
                    # the worker's own future: cancelling the await does not mark it done
                    # while the worker is still inside the stream
                    working: concurrent.futures.Future[Any] | None = None
                    try:
                        while True:
                            working = _WORKERS.submit(next, steps, _END)
                            out = await asyncio.wrap_future(working)
                            if out is _END:
                                break
                            last = out if isinstance(out, Draft) else self._stamp(out, t0)
                            yield last
                    finally:
                        # the caller stopped reading (or was cancelled): hang up on the model,
                        # once the worker is out of the stream if it is still in it
                        if working is not None and not working.done():
                            working.add_done_callback(functools.partial(_close_after, steps))
                        else:
                            _close(steps)
        except BaseException as e:
            await run.on_chain_error(e)
            raise
        finally:
            aclose = getattr(input, "aclose", None)
            if aclose is not None:
                await aclose()  # the step before this one
        await run.on_chain_end(last)

    def _steps(self, chunks: Iterator[Any]) -> Generator[Any, None, None]:
        try:
            for chunk in chunks:
                if isinstance(chunk, Draft):
                    yield chunk
                elif self.stream_fn is None:
                    yield self._apply(chunk)
                else:
                    t0 = time.perf_counter()
                    for out in self.stream_fn(chunk):
                        yield out if isinstance(out, Draft) else self._stamp(out, t0)
        finally:
            _close(chunks)  # the step before this one, down to the model's stream
