"""The citation contract, in one place: the chain, the verifier and the eval import it.

- An answer cites with inline markers ``[n]``; ``n`` numbers a citation in ``Answer.citations``.
- A citation's ``quote`` is exactly ``article.text[start:end]``.
- When the coverage does not hold the answer, the answer is :data:`CANNOT_ANSWER`, alone,
  with no citations, and ``refused`` is true.
"""

from __future__ import annotations

import re

CANNOT_ANSWER = "The indexed coverage does not answer this question."

MARKER = re.compile(r"\[(\d+(?:\s*,\s*\d+)*)\]")


def parse_markers(text: str) -> list[int]:
    """Citation numbers in ``text``, in order of first appearance: [1], [1, 2] and [1][2]."""
    seen: list[int] = []
    for m in MARKER.finditer(text):
        for part in m.group(1).split(","):
            n = int(part)
            if n not in seen:
                seen.append(n)
    return seen


def strip_markers(text: str) -> str:
    return re.sub(r"\s*" + MARKER.pattern, "", text).strip()
