"""Follow-up questions without an LLM: carry the previous question's subject along."""

from __future__ import annotations

import re

_FOLLOW_UP = re.compile(
    r"^\s*(?:and|but|also|so|what about|how about|then)\b|\b(?:he|she|it|its|they|them|their|"
    r"his|her|that|this|those|these|the other)\b", re.I)


def heuristic_query(question: str, history: list[tuple[str, str]]) -> str:
    """For retrieval only: a short or pronoun-led follow-up is joined to the last question."""
    if not history:
        return question
    if len(question.split()) <= 6 or _FOLLOW_UP.search(question):
        return f"{history[-1][0]} {question}"
    return question
