"""The LLM generator: render the answer prompt, call the chat model, repair citations."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Generator
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant.answer.backends import backend_failure, calling
from assistant.answer.citations import is_refusal
from assistant.answer.contract import CANNOT_ANSWER, neutralise_markers, strip_markers
from assistant.answer.deadline import Deadline, Expired, iterate_within, run_within
from assistant.answer.reply import THINKING, SurrogateJoiner, paired
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


# how a model's reply ended when it was cut short: OpenAI's and llama.cpp's "length",
# Ollama's done_reason, Anthropic-style "max_tokens"
_CUT = {"length", "max_tokens"}


def ending(metadata: dict[str, Any] | None) -> str | None:
    """Why a reply (or its last streamed chunk) ended, from its response metadata: "stop",
    "length", ...; None when it does not say."""
    if not metadata:
        return None
    reason = metadata.get("finish_reason") or metadata.get("done_reason") \
        or metadata.get("stop_reason")
    return str(reason) if reason else None


def was_cut(settings: AnswerSettings, reason: str | None, streamed: bool) -> bool:
    """Did the model stop before its answer ended? Its own word for it ("length"), or an
    OpenAI-compatible stream that closed without saying why it ended (a dropped connection:
    such a server always sends a finish_reason last)."""
    if reason is not None:
        return reason in _CUT
    return streamed and settings.backend == "openai"


def call(model: Any, messages: list[BaseMessage], settings: AnswerSettings,
         deadline: Deadline | None = None, ended: list[str | None] | None = None) -> str:
    """The model's reply, within ``deadline`` (the answer's budget; a fresh one of
    ``settings.timeout_s`` if none is given). One retry, on a failed connection only.
    ``ended`` gets why the reply ended (see :func:`ending`)."""
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
    text = paired(reply.content if isinstance(reply.content, str) else str(reply.content))
    if not text.strip():
        raise BackendError(f"{calling(settings)} returned an empty answer")
    if ended is not None:
        ended.append(ending(getattr(reply, "response_metadata", None)))
    return text


def stream(model: Any, messages: list[BaseMessage], settings: AnswerSettings,
           deadline: Deadline | None = None,
           ended: list[str | None] | None = None) -> Generator[str, None, None]:
    """The reply as it is written, within ``deadline`` (see :func:`call`). ``ended`` gets
    why it ended, when the stream says (None if it never did)."""
    deadline = deadline or Deadline(settings.timeout_s)
    got = False
    joiner = SurrogateJoiner()
    reason: str | None = None
    try:
        for chunk in iterate_within(
                lambda: model.stream(messages, **_call_options(settings, deadline)), deadline):
            reason = ending(getattr(chunk, "response_metadata", None)) or reason
            piece = chunk.content if isinstance(chunk.content, str) else str(chunk.content)
            if piece := joiner.feed(piece) if piece else "":
                got = True
                yield piece
        if rest := joiner.rest():
            got = True
            yield rest
    except Expired:
        raise out_of_time(settings) from None
    except BackendError:
        raise
    except Exception as e:
        raise backend_failure(settings, e) from e
    if not got:
        raise BackendError(f"{calling(settings)} returned an empty answer")
    if ended is not None:
        ended.append(reason)


def condense_query(model: Any, question: str, history: History,
                   settings: AnswerSettings, deadline: Deadline | None = None) -> str:
    """A standalone query from a follow-up; the question itself when there is no history."""
    if not history:
        return question
    text = call(model, condense_messages(question, history), settings, deadline)
    line = standalone_line(text)
    # a rewrite that refuses ("I'm sorry, I can't help with that.") is no question to search
    return question if line is None or is_refusal(line) else line


# a chatty model's words around the rewrite: "Sure! Here is the standalone question:",
# "**Rewritten question:** ...", "1. ...", "<think>...</think>"
_MARKS = re.compile(r"^(?:[#>*\-•]+|\d{1,2}[.)])\s*")
_INTERJECTION = re.compile(r"(?i)^(?:sure|okay|ok|certainly|of course|absolutely|got it)\b"
                           r"[\s!.,:;-]*")
# the words that may stand before a colon and are no part of the question ("Here is the
# rewritten question:"). Read word by word: a pattern that repeated a group of them took
# time doubling with each word of a reply such as "the the the ... zzz:" (a hostile probe:
# 16 words, 27 s of a core)
_LEAD_WORDS = frozenset(("here", "s", "is", "are", "below", "the", "a", "an", "your", "my",
                         "this", "standalone", "rewritten", "reformulated", "follow", "up",
                         "followup", "search", "query", "question", "as", "would", "be"))


def _is_lead(head: str) -> bool:
    words = re.split(r"[\W_]+", head.lower())
    words = [w for w in words if w]
    return bool(words) and all(w in _LEAD_WORDS for w in words)


def standalone_line(text: str) -> str | None:
    """The standalone question a condensing reply holds: the first of its lines that ends
    in "?" (else the first that is any text), with no preamble ("Sure!", "Here is the
    standalone question:"), label ("Question:"), list mark or quotes; None when there is
    none (then the follow-up is asked as typed)."""
    found: list[str] = []
    for raw in THINKING.sub("", text).splitlines():
        line = _MARKS.sub("", raw.strip()).strip().strip("*").strip()
        line = _INTERJECTION.sub("", line)
        head, colon, rest = line.partition(":")
        if colon and _is_lead(head):
            line = rest  # "Here is the rewritten question: How long ...?"
        line = line.strip().strip("*").strip().strip("\"“”'").strip()
        if len(line) >= 3 and not line.endswith(":") and len(line) <= 500:
            found.append(line)
    return next((x for x in found if x.endswith("?")), found[0] if found else None)
