"""The citation contract, in one place: the chain, the verifier and the eval import it.

- An answer cites with inline markers ``[n]``; ``n`` numbers a citation in ``Answer.citations``.
- A citation's ``quote`` is exactly ``article.text[start:end]``.
- When the coverage does not hold the answer, the answer is :data:`CANNOT_ANSWER`, alone,
  with no citations, and ``refused`` is true.
- Only the answerer writes ``[n]``: bracketed numbers in article text ("[99]", "[1, 2]") are
  shown as "(99)", "(1, 2)" in answers and prompts (:func:`neutralise_markers`), so they can
  neither cite nothing nor clash with a real citation.
- A question is at most ``answer.max_question_chars`` long (:func:`check_question`).
- ``newsqa ask --json`` and the eval's details print an answer as :func:`answer_json`.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.errors import ConfigError
from assistant.redact import redact
from assistant.types import Answer

CANNOT_ANSWER = "The indexed coverage does not answer this question."
# shown with a tentative answer (Answer.tentative), extractive or an LLM's
TENTATIVE = ("Weak evidence: the coverage may not answer this. Check the cited passages "
             "before relying on it.")
# the warning as saved chats of earlier versions hold it (then extractive answers only)
TENTATIVE_BEFORE = ("Weak evidence: the coverage may not answer this. These are the closest "
                    "sentences it has.")

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


# a marker and the spaces before it (from the first of them: started inside a long run of
# spaces, the scan cost time quadratic in its length)
_SPACED_MARKER = re.compile(r"(?<!\s)\s*" + MARKER.pattern)


def strip_markers(text: str) -> str:
    return _SPACED_MARKER.sub("", text).strip()


def neutralise_markers(text: str) -> str:
    """``text`` with each marker-like ``[n]`` / ``[n, m]`` turned into ``(n)`` / ``(n, m)``.

    Applied to article text before it can reach an answer or a prompt: then every ``[n]`` an
    answer holds was put there by the answerer, and points at one of its citations."""
    return MARKER.sub(lambda m: f"({m.group(1)})", text)


def check_question(question: str, limit: int) -> str:
    """The stripped question, or a :class:`ConfigError` when it is empty or too long."""
    question = (question or "").strip()
    if not question:
        raise ConfigError("the question is empty")
    if len(question) > limit:
        raise ConfigError(f"the question is {len(question):,} characters long; the limit is "
                          f"{limit:,} (setting answer.max_question_chars)")
    return question


def answer_json(answer: Answer) -> dict[str, Any]:
    """The answer contract (docs/architecture.md). Secrets are masked in its notes."""
    data = answer.model_dump(mode="json")
    for key in ("notice", "backend"):
        if data.get(key):
            data[key] = redact(data[key])
    data["passages"] = [
        {k: p[k] for k in ("article_id", "chunk_id", "score", "text", "title", "outlet",
                           "published", "url", "start", "end")}
        for p in data["passages"]
    ]
    return data
