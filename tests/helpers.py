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


# The same fare, raised twice, a year and a half apart: which raise is "this week" depends
# on the day the question is asked as on ($3.50 as of 2023-08-03, $4.25 today).
FERRIES = [
    {"id": "ferry-1", "title": "Island ferry fare rises to $3.50",
     "outlet": "coastalherald.example", "published": "2023-08-01",
     "url": "https://coastalherald.example/2023/08/01/ferry",
     "text": "The fare for the Gull Island ferry rose to $3.50 on Monday, the port authority "
             "said.\n\nThe authority said the increase would pay for a new engine for the ferry "
             "Marlin. Commuters who ride the ferry every day called the rise steep."},
    {"id": "ferry-2", "title": "Gull Island ferry fare goes up again",
     "outlet": "valleypost.example", "published": "2025-02-03",
     "url": "https://valleypost.example/news/ferry-fare-2025",
     "text": "The fare for the Gull Island ferry rose to $4.25 on Monday, the port authority "
             "said.\n\nThe authority blamed higher fuel prices for the increase. Riders said the "
             "ferry is still cheaper than the long drive around the bay."},
]
FERRY_QUESTION = "What is the Gull Island ferry fare this week?"
