"""The LLM generator: render the answer prompt, call the chat model, repair citations."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Generator
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant.answer.backends import backend_failure, calling
from assistant.answer.contract import CANNOT_ANSWER, neutralise_markers, strip_markers
from assistant.answer.deadline import Deadline, Expired, iterate_within, run_within
from assistant.config import AnswerSettings
from assistant.errors import BackendError
from assistant.prompts import load_prompt
from assistant.types import Passage

History = list[tuple[str, str]]  # (question, answer) turns, oldest first
MAX_HISTORY_TURNS = 4


def _attr(value: str | None) -> str:
    """A value inside a tag's attribute: fenced, with no double quote or newline."""
    return fence(value or "").replace('"', "'").replace("\n", " ")


# every angle bracket a model might read as one: ASCII, fullwidth, small form
_BRACKETS = str.maketrans({"<": "‹", ">": "›", "＜": "‹", "＞": "›", "﹤": "‹", "﹥": "›"})


def fence(text: str) -> str:
    """Article text can never open or close a tag of the prompt: its angle brackets are
    shown as ‹ and ›. Structural, not a list of spellings: no letter case, width, look-alike
    or invisible character inside can make a tag of it (a list of "</passage>" spellings
    missed zero-width and variation characters)."""
    return text.translate(_BRACKETS)


def quoted(text: str) -> str:
    """Article text as the prompt shows it: fenced, and with its own [n] shown as (n) so the
    model never mistakes them for (or copies them as) citation markers."""
    return fence(neutralise_markers(text))


def passages_block(passages: list[Passage]) -> str:
    return "\n\n".join(
        f'<passage n="{i}" outlet="{_attr(p.outlet)}" published="{_attr(p.published or "unknown")}"'
        f' title="{_attr(quoted(p.title))}">\n{quoted(p.text)}\n</passage>'
        for i, p in enumerate(passages, start=1)
    )


def _to_messages(pairs: list[tuple[str, str]]) -> list[BaseMessage]:
    return [SystemMessage(content=t) if role == "system" else HumanMessage(content=t)
            for role, t in pairs]


def answer_messages(question: str, passages: list[Passage], history: History,
                    today: str | None = None) -> list[BaseMessage]:
    system, user = _to_messages(load_prompt("answer").render(
        passages=passages_block(passages), question=question, cannot_answer=CANNOT_ANSWER,
        today=today or dt.date.today().isoformat()))
    turns: list[BaseMessage] = []
    for q, a in history[-MAX_HISTORY_TURNS:]:
        # an earlier answer's [n] named that turn's passages, not these: left out, lest the
        # model copy a number that now points at another passage
        turns += [HumanMessage(content=q), AIMessage(content=strip_markers(a))]
    return [system, *turns, user]


def within_budget(passages: list[Passage], max_chars: int) -> list[Passage]:
    """The first of ``passages`` (best first) whose texts and headlines fit in ``max_chars``,
    at least one: a server with a small context window fails on a prompt of 100 passages."""
    kept: list[Passage] = []
    used = 0
    for p in passages:
        used += len(p.text) + len(p.title or "") + 120  # the passage tag and its attributes
        if kept and used > max_chars:
            break
        kept.append(p)
    return kept


def condense_messages(question: str, history: History) -> list[BaseMessage]:
    text = "\n".join(f"User: {q}\nAssistant: {strip_markers(a)}"
                     for q, a in history[-MAX_HISTORY_TURNS:])
    return _to_messages(load_prompt("condense").render(history=text, question=question))


def out_of_time(settings: AnswerSettings) -> BackendError:
    return BackendError(f"{calling(settings)} failed: no answer within {settings.timeout_s:g}s")


def _call_options(settings: AnswerSettings, deadline: Deadline) -> dict[str, Any]:
    """Per-request options: the openai client is told what is left of the budget, so an
    abandoned request does not run on in the background."""
    if settings.backend == "openai":
        return {"timeout": max(deadline.remaining(), 0.1)}
    return {}


def _retryable(error: BaseException) -> bool:
    """A refused or reset connection (a server restarting) is worth one more try; a timeout
    or an HTTP error is not."""
    kind = type(error).__name__.lower()
    return ("connect" in kind or isinstance(error, ConnectionError)) and "timeout" not in kind


def call(model: Any, messages: list[BaseMessage], settings: AnswerSettings,
         deadline: Deadline | None = None) -> str:
    """The model's reply, within ``deadline`` (the answer's budget; a fresh one of
    ``settings.timeout_s`` if none is given). One retry, on a failed connection only."""
    deadline = deadline or Deadline(settings.timeout_s)
    for attempt in (1, 2):
        try:
            reply = run_within(
                lambda: model.invoke(messages, **_call_options(settings, deadline)), deadline)
            break
        except Expired:
            raise out_of_time(settings) from None
        except BackendError:
            raise
        except Exception as e:  # connection, HTTP, timeout, decoding: all one error to the user
            if attempt == 1 and _retryable(e) and deadline.remaining() > 0.5:
                continue
            raise backend_failure(settings, e) from e
    text = reply.content if isinstance(reply.content, str) else str(reply.content)
    if not text.strip():
        raise BackendError(f"{calling(settings)} returned an empty answer")
    return text


def stream(model: Any, messages: list[BaseMessage], settings: AnswerSettings,
           deadline: Deadline | None = None) -> Generator[str, None, None]:
    """The reply as it is written, within ``deadline`` (see :func:`call`)."""
    deadline = deadline or Deadline(settings.timeout_s)
    got = False
    try:
        for chunk in iterate_within(
                lambda: model.stream(messages, **_call_options(settings, deadline)), deadline):
            piece = chunk.content if isinstance(chunk.content, str) else str(chunk.content)
            if piece:
                got = True
                yield piece
    except Expired:
        raise out_of_time(settings) from None
    except BackendError:
        raise
    except Exception as e:
        raise backend_failure(settings, e) from e
    if not got:
        raise BackendError(f"{calling(settings)} returned an empty answer")


def condense_query(model: Any, question: str, history: History,
                   settings: AnswerSettings, deadline: Deadline | None = None) -> str:
    """A standalone query from a follow-up; the question itself when there is no history."""
    if not history:
        return question
    text = call(model, condense_messages(question, history), settings, deadline)
    return standalone_line(text) or question


# a chatty model's words around the rewrite: "Sure! Here is the standalone question:",
# "**Rewritten question:** ...", "1. ...", "<think>...</think>"
_THINKING = re.compile(r"(?is)<think>.*?(?:</think>|$)")
_MARKS = re.compile(r"^(?:[#>*\-•]+|\d{1,2}[.)])\s*")
_INTERJECTION = re.compile(r"(?i)^(?:sure|okay|ok|certainly|of course|absolutely|got it)\b"
                           r"[\s!.,:;-]*")
# what may stand before a colon that is no part of the question
_LEAD = re.compile(r"(?i)^(?:\W*(?:here(?:'s| is| are)?|below is|the|a|an|your|my|this|"
                   r"standalone|rewritten|reformulated|follow-?up|search|query|question|"
                   r"is|as|would be|be)\b\W*)+$")


def standalone_line(text: str) -> str | None:
    """The standalone question a condensing reply holds: the first of its lines that ends
    in "?" (else the first that is any text), with no preamble ("Sure!", "Here is the
    standalone question:"), label ("Question:"), list mark or quotes; None when there is
    none (then the follow-up is asked as typed)."""
    found: list[str] = []
    for raw in _THINKING.sub("", text).splitlines():
        line = _MARKS.sub("", raw.strip()).strip().strip("*").strip()
        line = _INTERJECTION.sub("", line)
        head, colon, rest = line.partition(":")
        if colon and _LEAD.match(head.strip("* ")):
            line = rest  # "Here is the rewritten question: How long ...?"
        line = line.strip().strip("*").strip().strip("\"“”'").strip()
        if len(line) >= 3 and not line.endswith(":") and len(line) <= 500:
            found.append(line)
    return next((x for x in found if x.endswith("?")), found[0] if found else None)
