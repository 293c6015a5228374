"""Small helpers the test modules share."""

from __future__ import annotations

import json
from pathlib import Path


def write_jsonl(path: Path, docs: list[dict]) -> Path:
    """Write ``docs`` as a JSONL export at ``path``, one article a line."""
    path.write_text("\n".join(json.dumps(d) for d in docs) + "\n")
    return path


def files_holding(folder: Path, needle: bytes) -> list[Path]:
    """The files under ``folder`` whose bytes contain ``needle`` (an index's files included)."""
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]
