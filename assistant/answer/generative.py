"""The LLM generator: render the answer prompt, call the chat model, repair citations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant.answer.backends import backend_failure
from assistant.answer.contract import CANNOT_ANSWER
from assistant.config import AnswerSettings
from assistant.errors import BackendError
from assistant.prompts import load_prompt
from assistant.types import Passage

History = list[tuple[str, str]]  # (question, answer) turns, oldest first
MAX_HISTORY_TURNS = 4


def _attr(value: str | None) -> str:
    return (value or "").replace('"', "'").replace("\n", " ")


def fence(text: str) -> str:
    """Article text can never close or open a passage tag."""
    return text.replace("</passage", "</ passage").replace("<passage", "< passage")


def passages_block(passages: list[Passage]) -> str:
    return "\n\n".join(
        f'<passage n="{i}" outlet="{_attr(p.outlet)}" published="{_attr(p.published or "unknown")}"'
        f' title="{_attr(fence(p.title))}">\n{fence(p.text)}\n</passage>'
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
        turns += [HumanMessage(content=q), AIMessage(content=a)]
    return [system, *turns, user]


def condense_messages(question: str, history: History) -> list[BaseMessage]:
    text = "\n".join(f"User: {q}\nAssistant: {a}" for q, a in history[-MAX_HISTORY_TURNS:])
    return _to_messages(load_prompt("condense").render(history=text, question=question))


def call(model: Any, messages: list[BaseMessage], settings: AnswerSettings) -> str:
    try:
        reply = model.invoke(messages)
    except BackendError:
        raise
    except Exception as e:  # connection, HTTP, timeout, decoding: all one error to the user
        raise backend_failure(settings, e) from e
    text = reply.content if isinstance(reply.content, str) else str(reply.content)
    if not text.strip():
        raise BackendError(f"{settings.backend} returned an empty answer")
    return text


def stream(model: Any, messages: list[BaseMessage], settings: AnswerSettings) -> Iterator[str]:
    got = False
    try:
        for chunk in model.stream(messages):
            piece = chunk.content if isinstance(chunk.content, str) else str(chunk.content)
            if piece:
                got = True
                yield piece
    except BackendError:
        raise
    except Exception as e:
        raise backend_failure(settings, e) from e
    if not got:
        raise BackendError(f"{settings.backend} returned an empty answer")


def condense_query(model: Any, question: str, history: History,
                   settings: AnswerSettings) -> str:
    """A standalone query from a follow-up; the question itself when there is no history."""
    if not history:
        return question
    text = call(model, condense_messages(question, history), settings).strip()
    line = text.splitlines()[0].strip().strip('"').strip() if text else ""
    return line if 3 <= len(line) <= 500 else question
