"""Side-by-side accounts: how each outlet (or, within one article, each speaker) answers.

Retrieval runs once; its passages are split into accounts — one per outlet when several
outlets are retrieved, else one per speaker of the attributed sentences ("the Kremlin's
readout versus the White House's statement"). Each account's best sentences are quoted with
citations. Then the values the question asks about (a duration, a number, a date, a quoted
description) are lined up: accounts that give the same value report it, a different value
for the same slot is a contradiction, and an account that gives none is silent.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pydantic import BaseModel, Field

from assistant.answer.attribution import covering
from assistant.answer.extractive import (
    _DATE,
    _DURATION,
    cite,
    question_fit,
    score_candidates,
)
from assistant.config import AnswerSettings
from assistant.nlp.attribution import speaker_key
from assistant.types import Attribution, Citation, Passage

_QUOTED = re.compile(r"[\"“]([^\"”]{2,80})[\"”]")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?:\s*(?:%|percent|million|billion))?")
_SLOT_KINDS: list[tuple[str, re.Pattern[str], re.Pattern[str]]] = [
    ("duration", re.compile(r"(?i)\bhow long\b|\bduration\b"),
     re.compile(r"(?i)(?:\b(?:more|less|fewer) than|\bover|\babout|\bnearly|\balmost|"
                r"\baround|\bsome)?\s*" + _DURATION.pattern)),
    ("number", re.compile(r"(?i)\bhow (?:many|much)\b|\bwhat (?:number|share|percent)"), _NUMBER),
    ("date", re.compile(r"(?i)\bwhen\b|\bwhat (?:date|day)\b"), _DATE),
    ("description", re.compile(r"(?i)\bdescri|\bcharacteri[sz]|\bcall(?:ed)? it\b|\bhow was\b"),
     _QUOTED),
]


class Account(BaseModel):
    label: str = Field(description="The outlet, or the speaker.")
    sentences: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    values: dict[str, list[str]] = Field(default_factory=dict, description="slot → values")

    @property
    def silent(self) -> bool:
        return not self.sentences


class Slot(BaseModel):
    kind: str
    reported_by: dict[str, list[str]] = Field(
        default_factory=dict, description="value → accounts that give it")
    silent: list[str] = Field(default_factory=list)

    @property
    def contradiction(self) -> bool:
        """Different values for a fact slot (descriptions may differ without contradicting)."""
        return self.kind != "description" and len(self.reported_by) > 1


class Comparison(BaseModel):
    question: str
    by: str = Field(description="'outlet' or 'speaker'")
    accounts: list[Account]
    slots: list[Slot]
    passages: list[Passage] = Field(default_factory=list)


def slot_kinds(question: str) -> list[str]:
    return [kind for kind, asks, _ in _SLOT_KINDS if asks.search(question)]


def _norm(value: str) -> str:
    return " ".join(value.lower().replace(",", "").split()).strip(" .")


def slot_values(kind: str, sentence: str) -> list[str]:
    pattern = next(p for k, _, p in _SLOT_KINDS if k == kind)
    found = [m.group(1) if m.groups() else m.group(0) for m in pattern.finditer(sentence)]
    return list(dict.fromkeys(v.strip(" .,") for v in found if v.strip()))


def _speaker_label(speaker: str) -> str:
    return speaker[:1].upper() + speaker[1:]


def accounts_of(passages: list[Passage], attributions: list[Attribution],
                ) -> tuple[str, dict[str, list[Passage]]]:
    """Split passages into accounts: by outlet if there are several, else by speaker."""
    outlets: dict[str, list[Passage]] = {}
    for p in passages:
        outlets.setdefault(p.outlet or "unknown outlet", []).append(p)
    if len(outlets) > 1:
        return "outlet", outlets
    by_speaker: dict[frozenset[str], tuple[str, list[Passage]]] = {}
    seen: set[tuple[str, int]] = set()
    for p in passages:
        for a in attributions:
            if a.article_id != p.article_id or not (p.start <= a.sentence_start < p.end):
                continue
            if (a.article_id, a.sentence_start) in seen:
                continue
            seen.add((a.article_id, a.sentence_start))
            key = speaker_key(a.speaker)
            items = by_speaker.setdefault(key, (_speaker_label(a.speaker), []))[1]
            text = p.text[a.sentence_start - p.start:min(a.sentence_end, p.end) - p.start]
            items.append(p.model_copy(update={"text": text, "start": a.sentence_start,
                                              "end": a.sentence_start + len(text)}))
    return "speaker", {label: items for label, items in by_speaker.values()}


def compare(question: str, passages: list[Passage], attributions: list[Attribution],
            idf: Callable[[str], float], settings: AnswerSettings) -> Comparison:
    by, groups = accounts_of(passages, attributions)
    kinds = slot_kinds(question)
    fit = question_fit(question)
    accounts: list[Account] = []
    n = 0
    for label, group in groups.items():
        candidates = [c for c in score_candidates(question, group, idf, attributions)
                      if c.coverage > 0 or (fit is not None and fit(c.text))
                      or any(slot_values(k, c.text) for k in kinds)]
        # the best sentence, plus the best one for each asked slot it does not yet fill
        chosen = candidates[:1]
        for kind in kinds:
            if not any(slot_values(kind, c.text) for c in chosen):
                chosen += [c for c in candidates if slot_values(kind, c.text)][:1]
        account = Account(label=label)
        for c in chosen[: settings.max_sentences]:
            p = group[c.passage_no]
            n += 1
            account.citations.append(
                cite(n, p, c, covering(attributions, p.article_id, c.start, c.end)))
            account.sentences.append(c.text)
            for kind in kinds:
                for v in slot_values(kind, c.text):
                    account.values.setdefault(kind, []).append(v)
        accounts.append(account)
    accounts.sort(key=lambda a: a.silent)
    slots = []
    for kind in kinds:
        slot = Slot(kind=kind)
        for a in accounts:
            values = a.values.get(kind, [])
            if not values:
                slot.silent.append(a.label)
            for v in values[:1] if kind != "description" else values:
                same = next((k for k in slot.reported_by if _norm(k) == _norm(v)), v)
                slot.reported_by.setdefault(same, []).append(a.label)
        slots.append(slot)
    return Comparison(question=question, by=by, accounts=accounts, slots=slots,
                      passages=passages)
