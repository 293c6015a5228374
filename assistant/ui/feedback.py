"""Thumbs up/down on answers, stored as JSON lines under the data dir: one line per rated
answer, its latest rating (rating it again replaces the line; unrating it removes it)."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from pathlib import Path
from typing import Any

from assistant.types import Answer

_LOCK = threading.Lock()
# the complaints the answer's flag menu offers: a rating from the browser carries one of
# these or none, never free text (which could be megabytes, or a spreadsheet formula)
COMPLAINTS = ("A quote does not say this", "The answer is in the coverage")


def feedback_path(data_dir: Path) -> Path:
    return data_dir / "feedback.jsonl"


def label(entry: dict[str, Any]) -> str:
    """A stored rating as the page's buttons name it: Like, Dislike or the complaint."""
    return "Like" if entry.get("rating") == 1 else (entry.get("comment") or "Dislike")


def _append(path: Path, line: str) -> None:
    """Add one line; a last line cut short by a crash gets its end first, so the new rating
    is a line of its own (and can be found to replace)."""
    with path.open("a+b") as f:  # reads anywhere, writes at the end
        if f.seek(0, os.SEEK_END) > 0:
            f.seek(-1, os.SEEK_END)
            if f.read(1) != b"\n":
                f.write(b"\n")
        f.write(line.encode("utf-8") + b"\n")


def _store(data_dir: Path, answer_id: str, entry: dict[str, Any] | None) -> dict[str, Any] | None:
    """Drop ``answer_id``'s rating from the log and add ``entry`` (if any). Returns the
    rating dropped. Other lines, a hand-edited one included (even one that is not UTF-8),
    are kept byte for byte."""
    path = feedback_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _LOCK:
        lines = path.read_bytes().splitlines() if path.is_file() else []
        kept: list[bytes] = []
        earlier = None
        for line in lines:
            try:
                old = json.loads(line.decode("utf-8"))
            except ValueError:  # not JSON, or not UTF-8 (UnicodeDecodeError is one)
                old = None
            if isinstance(old, dict) and old.get("answer_id") == answer_id:
                earlier = old
            elif line.strip():
                kept.append(line)
        new = json.dumps(entry, ensure_ascii=False) if entry is not None else None
        if earlier is None and new is not None:  # the common case: one line more
            _append(path, new)
        elif earlier is not None:  # rewritten whole, then swapped in: never half a log
            if new is not None:
                kept.append(new.encode("utf-8"))
            tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(b"".join(x + b"\n" for x in kept))
            os.replace(tmp, path)
    return earlier


def record(data_dir: Path, answer: Answer, rating: int, comment: str = "",
           answer_id: str = "") -> dict[str, Any] | None:
    """Store one rating (+1 or -1) with the question, answer and citations. An answer rated
    again (the same non-empty ``answer_id``) keeps only its latest rating: the page selects
    one rating of an answer at a time, and the log holds what each answer is rated now.
    Returns the rating this one replaced, if any."""
    if rating not in (1, -1):
        raise ValueError("rating must be 1 or -1")

    entry = {
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "rating": rating,
        "comment": comment.strip(),
        "question": answer.question,
        "answer": answer.answer,
        "refused": answer.refused,
        "backend": answer.backend,
        "citations": [c.model_dump() for c in answer.citations],
    }
    if not answer_id:
        path = feedback_path(data_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        with _LOCK:
            _append(path, json.dumps(entry, ensure_ascii=False))
        return None
    return _store(data_dir, answer_id, {**entry, "answer_id": answer_id})


def withdraw(data_dir: Path, answer_id: str) -> dict[str, Any] | None:
    """Remove the rating of ``answer_id`` (unselected on the page); returns it, if any."""
    return _store(data_dir, answer_id, None) if answer_id else None


def load(data_dir: Path) -> list[dict[str, Any]]:
    path = feedback_path(data_dir)
    if not path.is_file():
        return []
    out = []
    for line in path.read_bytes().splitlines():
        try:
            got = json.loads(line.decode("utf-8"))
        except ValueError:  # a line cut short by a crash, or edited by hand: not a rating
            continue
        if isinstance(got, dict):
            out.append(got)
    return out
