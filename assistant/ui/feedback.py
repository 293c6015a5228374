"""Thumbs up/down on answers, stored as JSON lines under the data dir."""

from __future__ import annotations

import datetime as dt
import json
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


def record(data_dir: Path, answer: Answer, rating: int, comment: str = "") -> dict[str, Any]:
    """Append one rating (+1 or -1) with the question, answer and citations."""
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
    path = feedback_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _LOCK, path.open("a", encoding="utf-8") as f:
        f.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return entry


def load(data_dir: Path) -> list[dict[str, Any]]:
    path = feedback_path(data_dir)
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
