"""The LLM judge: asks the model whether a cited passage supports, omits or contradicts a
sentence (``assistant/prompts/judge.md``), and reads its one-line reply into a
:class:`JudgeVerdict`.

Its verdict is kept beside the offline one (``AnswerSentence.judge``), never in its place.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.answer import generative
from assistant.answer.deadline import Deadline
from assistant.config import AnswerSettings
from assistant.prompts import load_prompt
from assistant.types import JudgeVerdict

_WORD = re.compile(r"[A-Za-z]+")
_VERDICTS = {"SUPPORTED": "supported", "UNSUPPORTED": "unsupported", "NOT": "unsupported",
             "CONTRADICTED": "contradicted", "CONTRADICTS": "contradicted",
             "CONTRADICTION": "contradicted", "CONTRADICTORY": "contradicted"}


# words in the few before a verdict that take it back or weaken it
_HEDGED = re.compile(r"(?i)(?:\b(?:not|never|cannot|no|partially|partly|"
                     r"hardly|barely)\b|n't\b|\bun-?)(?:\W+\w+){0,3}\W*$")


def parse_reply(reply: str) -> JudgeVerdict:
    """``"CONTRADICTED: the passage says ..."`` → a verdict with its reason.

    A reply that opens with no verdict word counts as unsupported: the judge vouched for
    nothing.
    """
    text = " ".join(reply.split())
    m = _WORD.search(text)
    # "Supported? No, CONTRADICTED: ...": a verdict asked back is none; the answer follows
    while m is not None and _VERDICTS.get(m.group(0).upper()) and \
            text[m.end():m.end() + 1] == "?":
        text = text[m.end() + 1:].lstrip(" ,.:;")
        for lead in ("No", "Yes"):
            if text.startswith(lead + ",") or text.startswith(lead + " "):
                text = text[len(lead):].lstrip(" ,.:;")
        m = _WORD.search(text)
    verdict = _VERDICTS.get(m.group(0).upper()) if m else None
    if verdict is None:  # "The sentence is SUPPORTED by the passage.": one verdict, in capitals
        said = set()
        for w in _WORD.finditer(text):
            if w.group(0) not in _VERDICTS or w.group(0) == "NOT":
                continue
            found = _VERDICTS[w.group(0)]
            if found == "supported" and _HEDGED.search(text[max(0, w.start() - 40):w.start()]):
                found = "unsupported"  # "not SUPPORTED", "PARTIALLY SUPPORTED", "UN-SUPPORTED"
            said.add(found)
        if len(said) == 1:
            return JudgeVerdict(verdict=said.pop(), reason=text)  # type: ignore[arg-type]
    if verdict is None:
        return JudgeVerdict(verdict="unsupported",
                            reason=f"the judge gave no verdict: {text[:80]}" if text else None)
    rest = text[m.end():].lstrip(" :.-–—").strip() if m else ""
    return JudgeVerdict(verdict=verdict, reason=rest or None)  # type: ignore[arg-type]


def judge_sentence(model: Any, sentence: str, evidence: str, settings: AnswerSettings,
                   deadline: Deadline | None = None) -> JudgeVerdict:
    """Ask ``model`` for its verdict on ``sentence`` against the cited ``evidence``, within
    the answer's ``deadline`` when one is given."""
    msgs = generative._to_messages(
        load_prompt("judge").render(sentence=sentence, evidence=generative.quoted(evidence)))
    return parse_reply(generative.call(model, msgs, settings, deadline))
