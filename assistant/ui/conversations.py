"""Conversations kept in the browser (``gr.BrowserState``, i.e. its localStorage), never on
the server: the current one survives a reload, and past ones are listed to go back to.

A store is plain JSON::

    {"current": "c3f…", "items": [{"id": "c3f…", "title": "How long did the call…",
                                   "at": "2024-03-12T09:30:00Z", "chat": [messages]}]}

newest first. It comes from the browser, so every function here accepts anything and
returns a well-formed store. The chat is the conversation: follow-up questions take their
history from it (:func:`history_of`), so nothing else needs keeping. Pure functions only.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import re
import secrets
from typing import Any

from assistant.answer.contract import TENTATIVE, TENTATIVE_BEFORE
from assistant.textsafe import whole
from assistant.ui.format import md_escape

MAX_CONVERSATIONS = 30
MAX_CHARS = 2_500_000  # of JSON: well inside the 5 MB a browser gives one origin
# one message from the browser: an answer of ours with its source cards is tens of KB
MAX_MESSAGE_CHARS = 400_000
TITLE_CHARS = 60

Chat = list[dict[str, Any]]
Store = dict[str, Any]

_PLAIN_OPEN, _PLAIN_CLOSE = '<div class="nq-plain">', "</div></div>"


def new_id() -> str:
    return "c" + secrets.token_hex(6)


def empty_store() -> Store:
    return {"current": new_id(), "items": []}


def text_of(content: Any) -> str:
    """A message's text, whether Gradio gives it as a string or as a list of parts
    (``[{"type": "text", "text": ...}]``, how a chat comes back from the browser)."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or "") if content.get("type", "text") == "text" else ""
    if isinstance(content, list):
        return "".join(text_of(c) for c in content)
    return ""


def messages(value: Any) -> Chat:
    """A chat as ``[{"role", "content": str}]``, from whatever shape it arrives in."""
    if not isinstance(value, list):
        return []
    return [{"role": m["role"], "content": whole(text_of(m.get("content"))[:MAX_MESSAGE_CHARS])}
            for m in value if isinstance(m, dict) and m.get("role") in ("user", "assistant")]


_chat = messages


def normalise(store: Any) -> Store:
    """A well-formed store from whatever the browser sent (None, old or foreign data)."""
    if not isinstance(store, dict):
        return empty_store()
    items = []
    seen: set[str] = set()
    for it in store.get("items") or []:
        if not isinstance(it, dict) or not isinstance(it.get("id"), str) or it["id"] in seen:
            continue
        chat = _chat(it.get("chat"))
        if chat:
            seen.add(it["id"])
            items.append({"id": it["id"], "title": str(it.get("title") or title_of(chat)),
                          "at": str(it.get("at") or ""), "chat": chat,
                          "as_of": _day(it.get("as_of"))})
    current = store.get("current")
    return {"current": current if isinstance(current, str) and current else new_id(),
            "items": items}


def plain_text(content: str) -> str:
    """The plain text of one of our chat messages (what its copy button copies); other
    content as it is."""
    # found with str methods, not a pattern: the content comes from the browser, and a
    # pattern with a lazy group searched through repeated openings takes quadratic time
    content = content or ""
    tail = content.rstrip()
    start = tail.rfind(_PLAIN_OPEN)
    if start < 0 or not tail.endswith(_PLAIN_CLOSE) \
            or start + len(_PLAIN_OPEN) > len(tail) - len(_PLAIN_CLOSE):
        return content
    return html.unescape(tail[start + len(_PLAIN_OPEN):len(tail) - len(_PLAIN_CLOSE)])


def title_of(chat: Chat) -> str:
    first = next((plain_text(m["content"]) for m in chat if m["role"] == "user"), "")
    first = " ".join(first.split())
    return first if len(first) <= TITLE_CHARS else first[:TITLE_CHARS - 1].rstrip() + "…"


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _fit(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The newest conversations that fit the caps (the current one, first, always stays)."""
    kept: list[dict[str, Any]] = []
    size = 0
    for it in items[:MAX_CONVERSATIONS]:
        n = len(json.dumps(it, ensure_ascii=False))
        if kept and size + n > MAX_CHARS:
            break
        kept.append(it)
        size += n
    return kept


def save(store: Any, conv_id: str, chat: Any, as_of: str | None = None) -> Store:
    """``chat`` as conversation ``conv_id``, made current and moved to the front, with the
    day it is asked as on (``as_of``; None keeps the one it had). An empty chat is not
    listed."""
    s = normalise(store)
    chat = _chat(chat)
    others = [it for it in s["items"] if it["id"] != conv_id]
    if not chat:
        return {"current": conv_id, "items": others}
    old = next((it for it in s["items"] if it["id"] == conv_id), None)
    day = (old or {}).get("as_of", "") if as_of is None else _day(as_of)
    item = {"id": conv_id, "title": (old or {}).get("title") or title_of(chat), "at": _now(),
            "chat": chat, "as_of": day}
    return {"current": conv_id, "items": _fit([item, *others])}


def remove(store: Any, conv_id: str) -> Store:
    """Without conversation ``conv_id``; if it was current, a new, empty one is current."""
    s = normalise(store)
    current = new_id() if s["current"] == conv_id else s["current"]
    return {"current": current, "items": [it for it in s["items"] if it["id"] != conv_id]}


def title(store: Any, conv_id: str) -> str | None:
    """The title of conversation ``conv_id``; None if the store does not hold it."""
    return next((it["title"] for it in normalise(store)["items"] if it["id"] == conv_id),
                None)


def delete_question(name: str) -> str:
    """What the chat's trash asks before a conversation is deleted (Markdown)."""
    return (f"Delete the conversation **{md_escape(name)}** from this browser? "
            "Keep it to bring it back.")


def switch(store: Any, conv_id: str) -> tuple[Store, Chat]:
    """Make ``conv_id`` current: (store, its chat). An unknown id starts an empty chat."""
    s = normalise(store)
    item = next((it for it in s["items"] if it["id"] == conv_id), None)
    return {"current": conv_id, "items": s["items"]}, (item["chat"] if item else [])


def as_of(store: Any, conv_id: str) -> str:
    """The day conversation ``conv_id`` is asked as on ("" for today, or unknown)."""
    item = next((it for it in normalise(store)["items"] if it["id"] == conv_id), None)
    return item["as_of"] if item else ""


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _day(value: Any) -> str:
    """An ISO day from the browser, or "" (anything else: the box is checked when asking)."""
    text = str(value or "").strip()
    return text if _ISO_DAY.fullmatch(text) else ""


def start_new(store: Any) -> Store:
    s = normalise(store)
    return {"current": new_id(), "items": s["items"]}


def current_chat(store: Any) -> tuple[str, Chat]:
    s = normalise(store)
    item = next((it for it in s["items"] if it["id"] == s["current"]), None)
    return s["current"], (item["chat"] if item else [])


def choices(store: Any) -> list[tuple[str, str]]:
    """(label, id) for the list of conversations, newest first."""
    out = []
    for it in normalise(store)["items"]:
        day = it["at"][:10]
        out.append((f"{it['title']} · {day}" if day else it["title"], it["id"]))
    return out


# a flagged sentence's label in the copied text: " (unsupported: why)", " (contradicts [2]:
# what the source says)", " (unsupported (LLM judge))" (a reason may hold one level of
# parentheses: "(40%)")
_FLAG = re.compile(r" \((?:unsupported|contradicts|contradicted)(?: \[\d+\])?(?: \(LLM judge\))?"
                   r"(?:: (?:[^()]|\([^()]*\))*)?\)")


def answer_text(content: str) -> str:
    """An answer's text with its [n] markers: its plain text up to the sources, without the
    weak-evidence warning a tentative answer opens with (no part of what was said)."""
    text = plain_text(content).split("\n\n", 1)[0].strip()
    text = _FLAG.sub("", text)  # the checker's words, not the answer's (the CLI's history
    # holds the answer's text alone too)
    return text.removeprefix(TENTATIVE).removeprefix(TENTATIVE_BEFORE).strip()


def history_of(chat: Any) -> list[tuple[str, str]]:
    """(question, answer) pairs of the answered turns, for follow-up questions. A question
    left without an answer (an error, a stopped answer) is not history."""
    pairs = []
    msgs = _chat(chat)
    for q, a in itertools.pairwise(msgs):
        if q["role"] == "user" and a["role"] == "assistant" and 'id="m-' in a["content"] \
                and "nq-halted" not in a["content"] and "nq-live" not in a["content"]:
            pairs.append((plain_text(q["content"]), answer_text(a["content"])))
    return pairs
