"""One time budget per answer: every LLM call (and retry) of that answer spends from it.

An HTTP client's timeout is per request, and a retry starts the clock again; a chat model
that runs locally has no timeout at all. So each call runs on a worker thread and the caller
waits only for what is left of the answer's budget. A call that outlives the budget is
abandoned (its thread ends when the client's own per-request timeout fires).
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")


class Deadline:
    """``seconds`` from now, on a monotonic clock."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic):
        self.seconds = seconds
        self._clock = clock
        self.end = clock() + seconds

    def remaining(self) -> float:
        return max(self.end - self._clock(), 0.0)

    def expired(self) -> bool:
        return self.remaining() <= 0.0


class Expired(TimeoutError):
    """The budget ran out before the call returned."""


def _worker(target: Callable[[], None]) -> None:
    threading.Thread(target=target, daemon=True, name="newsqa-llm-call").start()


def run_within(fn: Callable[[], T], deadline: Deadline) -> T:
    """``fn()``, or :class:`Expired` when ``deadline`` passes first."""
    box: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)

    def work() -> None:
        try:
            box.put((True, fn()))
        except BaseException as e:  # handed to the caller, raised there
            box.put((False, e))

    if deadline.expired():
        raise Expired()
    _worker(work)
    try:
        ok, value = box.get(timeout=deadline.remaining())
    except queue.Empty:
        raise Expired() from None
    if not ok:
        raise value
    return value  # type: ignore[no-any-return]


_END = object()


def iterate_within(make: Callable[[], Iterable[T]], deadline: Deadline) -> Iterator[T]:
    """The items of ``make()`` as they come, or :class:`Expired` once ``deadline`` passes.

    When the caller stops reading (it closes this generator: a user pressed Stop; or the
    budget ran out), the worker stops at the next item and closes ``make()``'s iterator, so
    a streamed reply is hung up on instead of being read to its end in the background."""
    box: queue.Queue[tuple[bool, Any]] = queue.Queue()
    gone = threading.Event()

    def work() -> None:
        items: Iterable[T] = ()
        try:
            items = make()
            for item in items:
                if gone.is_set():
                    break
                box.put((True, item))
            box.put((True, _END))
        except BaseException as e:
            box.put((False, e))
        finally:
            close = getattr(items, "close", None)
            if gone.is_set() and close is not None:
                with contextlib.suppress(Exception):  # nobody is left to tell
                    close()

    if deadline.expired():
        raise Expired()
    _worker(work)
    try:
        while True:
            try:
                ok, value = box.get(timeout=deadline.remaining())
            except queue.Empty:
                raise Expired() from None
            if not ok:
                raise value
            if value is _END:
                return
            yield value
    finally:
        gone.set()
