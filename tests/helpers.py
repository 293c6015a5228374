"""Small helpers the test modules share."""

from __future__ import annotations

import json
from pathlib import Path


def write_jsonl(path: Path, docs: list[dict]) -> Path:
    """Write ``docs`` as a JSONL export at ``path``, one article a line."""
    path.write_text("\n".join(json.dumps(d) for d in docs) + "\n")
    return path
