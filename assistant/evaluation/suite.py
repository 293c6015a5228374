"""Eval suites: a folder with ``corpus.jsonl`` and ``questions.jsonl`` (docs/eval.md)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from assistant.errors import ConfigError

QuestionType = Literal["factoid", "attribution", "temporal", "comparison", "unanswerable",
                       "unmatched"]


# label files beside the questions, scored by assistant.evaluation.coverage
LABEL_FILES = ("timeline", "compare", "attribution")


class Question(BaseModel):
    id: str
    question: str
    answers: list[str] = Field(default_factory=list)
    answerable: bool = True
    type: QuestionType = "factoid"
    date: str | None = Field(
        None, description="The day the question was asked (ISO). 'This week' and the preference "
                          "for recent coverage are read relative to it; else today.")

    @property
    def asked_on(self) -> dt.date | None:
        try:
            return dt.date.fromisoformat(self.date[:10]) if self.date else None
        except ValueError:
            return None

    @property
    def scored(self) -> bool:
        """``unmatched`` questions are loaded but left out of every score."""
        return self.type != "unmatched"


class Suite(BaseModel):
    name: str
    path: Path
    corpus: Path
    questions: list[Question]
    corpus_hash: str


def file_hash(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def load_suite(folder: Path) -> Suite:
    folder = folder.expanduser()
    corpus, qfile = folder / "corpus.jsonl", folder / "questions.jsonl"
    # a suite of coverage labels only (timeline/compare/attribution.jsonl) needs no questions
    labelled = any((folder / f"{kind}.jsonl").is_file() for kind in LABEL_FILES)
    for f in (corpus, qfile):
        if not f.is_file() and not (f is qfile and labelled):
            raise ConfigError(f"{folder} is not a suite: {f.name} is missing")
    questions = []
    lines = qfile.read_text("utf-8").splitlines() if qfile.is_file() else []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            questions.append(Question.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValueError) as e:
            raise ConfigError(f"{qfile}:{lineno}: bad question record ({e})") from e
    if not questions and not labelled:
        raise ConfigError(f"{qfile} holds no questions")
    if not corpus.read_text("utf-8", errors="replace").strip():
        raise ConfigError(f"{corpus} holds no articles: every question would be scored "
                          "against an empty index")
    return Suite(name=folder.resolve().name, path=folder, corpus=corpus, questions=questions,
                 corpus_hash=file_hash(corpus))


HELD_OUT = ("check",)


def load_tuning_suite(folder: Path) -> Suite:
    """A suite a script may fit numbers on. A held-out set (its name holds ``check``, like
    newsbench-check) is refused: fitting there would turn it into a tuning set, and its
    figures would no longer say whether what was fitted generalises."""
    suite = load_suite(folder)
    if any(word in suite.name.lower() for word in HELD_OUT):
        raise ConfigError(f"{suite.name} is a held-out set: fit on newsbench-dev only, then "
                          f"report {suite.name} with `newsqa eval`")
    return suite
