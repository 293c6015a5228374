"""The data that crosses module boundaries, as pydantic models.

Offsets are always character offsets into ``Article.text``: for any chunk,
passage or citation, ``article.text[start:end]`` is its exact text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from assistant.redact import redact
from assistant.textsafe import whole


class Article(BaseModel):
    """One news article as loaded, before chunking."""

    model_config = ConfigDict(frozen=True)

    article_id: str = Field(description="Stable id: given id, else from URL, else from text.")
    title: str = ""
    outlet: str = Field("", description="Outlet as shown to users, e.g. 'tass.com'.")
    published: str | None = Field(
        None,
        description="ISO 'YYYY-MM-DD', or partial: 'YYYY-MM', 'YYYY', '--MM-DD' (no year).",
    )
    authors: list[str] = Field(default_factory=list)
    url: str | None = None
    text: str
    source: str = Field("", description="Where it was loaded from (path, path:line, URL).")
    warnings: list[str] = Field(
        default_factory=list, exclude=True,
        description="What loading had to drop or guess (e.g. a date it could not read). "
                    "Reported by ingest, never stored.")


class Chunk(BaseModel):
    """A sentence-aligned span of an article, the unit that is embedded and retrieved."""

    model_config = ConfigDict(frozen=True)

    chunk_id: str
    article_id: str
    index: int
    start: int
    end: int
    text: str


class Attribution(BaseModel):
    """Reported speech in an article: who is said to have said what, with exact offsets.

    ``sentence_*`` is the whole sentence, ``claim_*`` the part that carries the claim (the
    quote or the reported clause). ``speaker`` is the speaker as written, with a pronoun
    ("it said") resolved to the last named speaker before it when there is one.
    """

    model_config = ConfigDict(frozen=True)

    article_id: str
    sentence_start: int
    sentence_end: int
    claim_start: int
    claim_end: int
    speaker: str
    cue: str = Field(description="The words that attribute: 'said', 'according to', ...")
    quote: bool = Field(False, description="The claim is in quotation marks.")
    speaker_name: str | None = Field(
        None, description="Who a speaker named by role is, when the article says: 'the US "
                          "leader' → 'Donald Trump'. ``speaker`` stays as written.")

    @property
    def who(self) -> str:
        """The speaker's name when known, else the speaker as written."""
        return self.speaker_name or self.speaker


class TimeMention(BaseModel):
    """A date expression in an article, resolved against its publication date."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    start: int
    end: int
    text: str = Field(description="The expression as written: 'on Wednesday', 'November 20'.")
    date: str = Field(description="ISO, or partial ('2017', '2017-11', '--11-20').")
    sentence_start: int
    sentence_end: int


class Passage(BaseModel):
    """A retrieved chunk with the article metadata needed to cite it."""

    article_id: str
    chunk_id: str
    score: float = Field(description="Fused retrieval score; higher is better.")
    text: str
    start: int
    end: int
    title: str = ""
    outlet: str = ""
    published: str | None = None
    url: str | None = None
    dense_score: float | None = Field(None, description="Cosine similarity to the query.")
    keyword_score: float | None = Field(None, description="BM25 score of the query.")
    also_published_by: list[str] = Field(
        default_factory=list, description="Outlets that ran a near-copy of this article.")


class Citation(BaseModel):
    """An exact quoted span of an article that an answer sentence rests on."""

    n: int
    article_id: str
    title: str = ""
    outlet: str = ""
    published: str | None = None
    url: str | None = None
    quote: str
    start: int
    end: int
    field: Literal["text", "title"] = Field(
        "text", description="What quote, start and end point into: the article's text (the "
                            "default) or, when the answer is only in the headline, its title.")
    speaker: str | None = Field(None, description="Who the article says said it, if anyone.")
    also_published_by: list[str] = Field(default_factory=list)


VerdictKind = Literal["supported", "unsupported", "contradicted"]
"""supported: the cited text says it; unsupported: the evidence is missing; contradicted:
the cited text says otherwise."""


class JudgeVerdict(BaseModel):
    """What the LLM judge said about one sentence, kept beside the offline verdict."""

    verdict: VerdictKind
    reason: str | None = None


class AnswerSentence(BaseModel):
    """One sentence of an answer with its citations and the verifier's verdict on it.

    ``supported`` is true only when the offline verdict is ``supported`` and the judge, if
    one ran, agrees.
    """

    text: str
    citations: list[int] = Field(default_factory=list)
    supported: bool = True
    verdict: VerdictKind = Field("supported", description="The offline verifier's verdict.")
    reason: str | None = Field(None, description="Why it is not supported, if it is not.")
    contradicted_by: int | None = Field(
        None, description="For a contradicted sentence: the citation [n] that says otherwise.")
    judge: JudgeVerdict | None = Field(None, description="The LLM judge's verdict, if it ran.")

    @model_validator(mode="after")
    def _consistent(self) -> AnswerSentence:
        judged_ok = self.judge is None or self.judge.verdict == "supported"
        if not self.supported and self.verdict == "supported" and judged_ok:
            self.verdict = "unsupported"  # built as plainly unsupported
        self.supported = self.verdict == "supported" and judged_ok
        return self

    def flag(self) -> str | None:
        """How to label it for a reader: None when supported, else e.g.
        "contradicts [2]: the source says Trump described it"."""
        if self.supported:
            return None
        if self.verdict == "contradicted":
            where = f" [{self.contradicted_by}]" if self.contradicted_by else ""
            return f"contradicts{where}" + (f": {self.reason}" if self.reason else "")
        if self.verdict == "unsupported":
            return "unsupported" + (f": {self.reason}" if self.reason else "")
        judge = self.judge or JudgeVerdict(verdict="unsupported")
        label = "contradicted" if judge.verdict == "contradicted" else "unsupported"
        return f"{label} (LLM judge)" + (f": {judge.reason}" if judge.reason else "")


class Answer(BaseModel):
    """The answer contract printed by ``newsqa ask --json`` (see docs/architecture.md)."""

    question: str
    answer: str
    refused: bool = False
    sentences: list[AnswerSentence] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    passages: list[Passage] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
    filters: dict[str, object] = Field(
        default_factory=dict, description="The filters that were active for this answer."
    )
    backend: str = Field("extractive", description="What produced the answer.")
    query: str | None = Field(None, description="The standalone query used for retrieval.")
    notice: str | None = Field(None, description="Anything the user should know, e.g. a fallback.")
    repairs: dict[str, int] = Field(
        default_factory=dict, description="Citation repairs: dropped / attached markers, flagged."
    )
    refusal_reason: str | None = Field(
        None, description="Why the answerer refused, when it did (for evaluation and debugging).")
    tentative: bool = Field(
        False, description="The evidence is weak: the coverage may not hold the answer, and the "
                           "sentences quoted are the closest it has (extractive answers whose "
                           "best support is under the answer model's tentative threshold).")
    support: float | None = Field(
        None, description="The answer model's support for the best candidate sentence "
                          "(extractive answers, refused ones too; null when nothing was "
                          "retrieved or an LLM answered): refused under its refusal "
                          "threshold, tentative under its tentative threshold.")


class Skipped(BaseModel):
    """An input that was not indexed, and why (shown in the ingest summary)."""

    source: str
    reason: str

    @field_validator("source", "reason", mode="before")
    @classmethod
    def _writable(cls, value: Any) -> Any:
        # secrets masked: a URL's password, and any a failure's reason repeats
        return redact(whole(value)) if isinstance(value, str) else value


class Filters(BaseModel):
    """Restrictions on what retrieval may return. Dates are inclusive ISO days."""

    model_config = ConfigDict(frozen=True)

    outlets: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None

    def limits(self) -> list[str]:
        """What the filters limit a search to, in words: ["only cnn.com", "published on or
        after 2023-03-01"]; [] for none. Views shape them (the web page and the CLI)."""
        parts = []
        if self.outlets:
            parts.append("only " + ", ".join(self.outlets))
        if self.since and self.until:
            parts.append(f"published {self.since} to {self.until}")
        elif self.since or self.until:
            parts.append(f"published on or after {self.since}" if self.since else
                         f"published on or before {self.until}")
        return parts

    def describe(self) -> dict[str, object]:
        out: dict[str, object] = {}
        if self.outlets:
            out["outlets"] = list(self.outlets)
        if self.since:
            out["since"] = self.since
        if self.until:
            out["until"] = self.until
        return out


# earlier turns of a conversation: (question, answer) pairs, or the Answers themselves
History = Sequence[tuple[str, str] | Answer]


def turns(history: History | None) -> list[tuple[str, str]]:
    """``history`` as (question, answer) pairs: an :class:`Answer` stands for its own turn."""
    return [(h.question, h.answer) if isinstance(h, Answer) else h for h in history or ()]


class Request(BaseModel):
    """A question for the answer chain and how to answer it: what ``as_runnable()`` takes as a
    dict (a bare string is the question alone)."""

    model_config = ConfigDict(extra="forbid")

    question: str
    history: list[tuple[str, str]] = Field(
        default_factory=list, description="Earlier (question, answer) turns, oldest first "
                                          "(an earlier Answer stands for its own turn).")
    filters: Filters = Field(default_factory=Filters)
    k: int | None = Field(None, ge=1, le=100, description="Passages to retrieve.")
    as_of: dt.date | None = Field(
        None, description="The day the question is asked (default today): 'this week' and "
                          "the preference for recent coverage are read from it.")

    @field_validator("history", mode="before")
    @classmethod
    def _answers_are_turns(cls, value: Any) -> Any:
        return turns(value) if isinstance(value, list | tuple) else value


class Draft(BaseModel):
    """A piece of an answer's text as it is written, streamed before the verified
    :class:`Answer`: an LLM's tokens one by one, an extractive answer whole. Pieces add up."""

    text: str
    whole: bool = Field(False, description="An extractive answer's whole text, not a model's "
                                           "token (a fallback's, after a model failed).")

    def __add__(self, other: Any) -> Draft:
        if not isinstance(other, Draft):
            return NotImplemented
        return Draft(text=self.text + other.text, whole=self.whole and other.whole)
