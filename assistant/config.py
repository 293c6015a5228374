"""One Settings object, read from ``NEWSQA_*`` environment variables and CLI flags.

Nested sections use ``__``: ``NEWSQA_RETRIEVAL__K=8``. The Chroma server is the
exception users reach for most, so it sits at the top: ``NEWSQA_CHROMA_HOST``.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import ConfigError

BUNDLED_MODEL = "bundled:all-MiniLM-L6-v2"
ENV_PREFIX = "NEWSQA_"
# an index's name is a folder's (and a Chroma collection's): no path, no ".."
_COLLECTION = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
# NEWSQA_* variables that are not settings: the test suite's own switches (tests/test_browser.py).
NOT_SETTINGS = frozenset({"NEWSQA_BROWSER_TESTS", "NEWSQA_SCREENSHOT"})


def default_data_dir() -> Path:
    """Per-user data dir: $XDG_DATA_HOME/newsqa, else ~/.local/share/newsqa."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "newsqa"


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class IngestSettings(_Section):
    chunk_size: int = Field(
        1000, ge=200, le=8000, description="Target chunk length in characters (sentence-aligned)."
    )
    chunk_overlap: int = Field(
        200, ge=0, le=2000,
        description="Trailing sentences (up to this many chars) repeated in the next chunk.",
    )
    embed_overlap: bool = Field(
        True,
        description="Embed each chunk whole. False: leave out of a chunk's vector the leading "
                    "sentences it repeats from the chunk before (embedded there already); "
                    "11% fewer tokens on newsbench-dev. Stored and keyword text stay whole.",
    )
    embed_headline: bool = Field(
        True,
        description="Put the headline before each chunk's text in its vector (the keyword "
                    "index always has it). False: 7% fewer tokens on newsbench-dev.",
    )
    max_file_mb: float = Field(20.0, gt=0, description="Files larger than this are skipped.")

    batch_articles: int = Field(
        32, ge=1, description="Articles embedded and committed together; the unit of crash safety."
    )
    fetch_timeout_s: float = Field(15.0, gt=0, description="Timeout for each URL or feed fetch.")
    progress: bool = Field(True, description="Show progress bars on long work.")

    @model_validator(mode="after")
    def _overlap_under_size(self) -> IngestSettings:
        if self.chunk_overlap > self.chunk_size:
            raise ValueError(f"chunk_overlap ({self.chunk_overlap}) must not be larger than "
                             f"chunk_size ({self.chunk_size})")
        return self


class EmbeddingSettings(_Section):
    model: str = Field(
        BUNDLED_MODEL,
        description="Sentence-transformers model: the bundled default, a hub name, or a path.",
    )
    device: str = Field("cpu", description="torch device: cpu, cuda, cuda:1, mps.")
    batch_size: int = Field(32, ge=1, description="Texts per encode batch.")
    query_backend: Literal["auto", "torch", "onnx"] = Field(
        "auto",
        description="Embed questions with torch, or with the int8 ONNX export of the bundled "
                    "model (no torch import; same newsbench-dev hit@5). auto: onnx when the "
                    "bundled model is in use and onnxruntime is installed.",
    )
    workers: int = Field(
        1, ge=1, le=64,
        description="Processes that embed at ingest, each with its share of the cores (or "
                    "each on the device). Worth it with many cores or several GPUs.",
    )
    precision: Literal["auto", "fp32", "bf16"] = Field(
        "auto",
        description="auto: bf16 autocast on CPUs with native bf16 (AVX-512 BF16 or AMX), "
                    "else fp32.",
    )


class RetrievalSettings(_Section):
    k: int = Field(
        10, ge=1, le=100,
        description="Passages handed to the answerer (the answer model is fitted on 10, as "
                    "`newsqa eval` retrieves).")
    mode: Literal["hybrid", "dense", "keyword"] = Field(
        "hybrid", description="Dense + keyword fused (default), or either half alone."
    )
    candidates: int = Field(40, ge=1, description="Candidates each half retrieves before fusion.")
    rrf_k: int = Field(60, ge=1, description="Reciprocal-rank-fusion constant.")
    dense_weight: float = Field(
        0.5, ge=0, le=4,
        description="Weight of the dense ranking against BM25's 1.0 in fusion "
                    "(eval/tune_fusion.py on newsbench-dev).",
    )
    max_per_article: int = Field(
        2, ge=1, description="At most this many passages from one article (diversity)."
    )
    hold_ratio: float = Field(
        0.4, ge=0, le=1,
        description="Another article takes a slot from the per-article cap's held-back "
                    "passages only while it scores at least this share of the best of them "
                    "(0: always). 0.4 is the largest that costs nothing on newsbench-dev "
                    "(eval/tune_retrieval.py); it matters on small archives, where barely "
                    "related articles would take the slots of the one story that answers.")
    recent_days: int = Field(
        30, ge=0, le=3650,
        description="Hybrid retrieval prefers coverage published in the days up to this many "
                    "before the day the question is asked (--as-of, default today), over "
                    "older and undated coverage. 0: no preference. Fitted on newsbench-dev by "
                    "eval/tune_retrieval.py.")
    recent_bonus: float = Field(
        0.008, ge=0, le=1,
        description="What that preference adds to a passage's fused score (a first place in "
                    "one ranking adds 1/61 = 0.016). eval/tune_retrieval.py.")


class AnswerSettings(_Section):
    backend: Literal["extractive", "ollama", "openai", "llamacpp"] = Field(
        "extractive", description="Answer generator: extractive (offline) or an LLM backend."
    )
    model: str | None = Field(
        None, description="LLM model name (ollama, openai) or GGUF path (llamacpp)."
    )
    base_url: str | None = Field(
        None, description="LLM server URL, e.g. http://127.0.0.1:11434 or http://host:8000/v1."
    )
    api_key: SecretStr | None = Field(
        None, description="Key for an OpenAI-compatible server (else OPENAI_API_KEY, for "
                    "OpenAI's own API only). Never logged."
    )

    @field_validator("base_url")
    @classmethod
    def _no_blank_url(cls, value: str | None) -> str | None:
        """A blank URL (``NEWSQA_ANSWER__BASE_URL=``) is none; any other must parse, with a
        numeric port if it has one ("http://[::1" and "http://h:abc/v1" were tracebacks of
        the HTTP client). Ollama's client adds a missing scheme itself ("localhost:11434")."""
        value = (value.strip() or None) if value is not None else None
        if value is None:
            return None
        try:
            parts = urlsplit(value)
            parts.port  # noqa: B018 -- reading it checks it
        except ValueError as e:
            raise ValueError(f"not a URL: {e}") from None
        if parts.scheme in ("http", "https") and not parts.hostname:
            raise ValueError("the URL has no host, e.g. http://127.0.0.1:8080/v1")
        return value
    max_prompt_chars: int = Field(
        40_000, ge=2_000,
        description="Most characters of passages an LLM's prompt holds (the best first; the "
                    "rest are left out of it): a server with a small context window fails on "
                    "a prompt of many passages. About 10,000 tokens by default.")
    timeout_s: float = Field(
        60.0, gt=0,
        description="Seconds one answer may spend waiting for the LLM, every call and retry "
                    "included (a follow-up's rewrite, the answer, the judge).")
    max_question_chars: int = Field(
        2000, ge=10, le=100_000,
        description="Longer questions are refused (CLI, web UI and its API): answering cost "
                    "grows with the question, 100,000 characters took 109 s.")
    temperature: float = Field(0.0, ge=0, le=2)
    unsupported: Literal["flag", "drop"] = Field(
        "flag", description="Show sentences that fail verification struck through, or drop them."
    )
    min_support: float = Field(
        0.5, ge=0, le=1,
        description="Verifier: share of a sentence's content terms its citations must contain.",
    )
    judge: bool = Field(False, description="Also ask the LLM to judge each citation.")
    max_sentences: int = Field(3, ge=1, le=10, description="Sentences in an extractive answer.")
    max_answer_chars: int = Field(
        600, ge=50, le=5000,
        description="An extractive answer adds a runner-up sentence only while its quotes stay "
                    "within this many characters (the best sentence always goes in).")
    model_path: str | None = Field(
        None,
        description="The extractive answer model (weights and refusal threshold), a JSON file "
                    "written by eval/fit_answerer.py. Default: the bundled one, fitted on "
                    "newsbench-dev.")


class RelevanceSettings(_Section):
    """When a sentence counts as being about a topic (timeline events, compare values).

    Fitted by eval/fit_relevance.py on the dev part of eval/suites/coverage-real (timeline
    events labelled relevant or not): the loosest thresholds whose event precision on those
    labels is at least 0.9. Lexical: the IDF-weighted share of the topic's terms present;
    semantic: cosine to the topic (all-MiniLM-L6-v2). See assistant/answer/relevance.py.
    """

    min_lexical: float = Field(
        0.3, ge=0, le=1, description="A sentence matches on its own: its share of the "
                                     "topic's weighted terms ...")
    min_semantic: float = Field(0.1, ge=-1, le=1, description="... and its cosine to the topic.")
    min_context_lexical: float = Field(
        0.75, ge=0, le=1, description="Or through its passage: the passage's (and headline's) "
                                     "share of the topic's weighted terms ...")
    min_context_semantic: float = Field(
        0.2, ge=-1, le=1, description="... and the passage's cosine to the topic ...")
    min_whole_article_lexical: float = Field(
        0.8, ge=0, le=1.01, description="Or through its whole article: the article's share "
                                        "of the topic's weighted terms (1.01: never) ...")
    min_semantic_in_article: float = Field(
        0.35, ge=-1, le=1, description="... while the sentence's own cosine is at least this.")
    min_article_lexical: float = Field(
        0.6, ge=0, le=1, description="An article contributes only if its headline and "
                                     "retrieved passages hold this share of the topic's "
                                     "weighted terms (one shared word is not enough) ...")
    min_article_semantic: float = Field(
        0.3, ge=-1, le=1, description="... and one of its passages is this close to the topic.")


class UISettings(_Section):
    host: str = Field("127.0.0.1", description="Interface the web UI listens on.")
    port: int = Field(7860, ge=1, le=65535)
    auth: str | None = Field(
        None, description="'user:password' to require a login. Set it here (NEWSQA_UI__AUTH) "
                          "or in auth_file rather than on the command line, where `ps` shows it.")
    auth_file: Path | None = Field(
        None, description="A file of 'user:password' lines (one per account) to require a login.")
    allowed_hosts: list[str] = Field(
        default_factory=list,
        description="Host names the web UI answers to besides its own address. Listening on "
                    "loopback (the default), it answers only to 127.0.0.1, localhost and ::1, "
                    "so a web page cannot reach it by pointing a name of its own at this "
                    "machine (DNS rebinding); behind a reverse proxy that passes on the "
                    "public name, add it here (JSON: [\"news.example.org\"]).")
    allow_private_urls: bool = Field(
        False,
        description="Let the web UI fetch URLs on loopback, private, link-local and other "
                    "non-public addresses. Off: a UI user cannot make the server fetch from "
                    "its own network. The CLI always may (its user is the operator).")
    favicons_dir: Path | None = Field(
        None,
        description="A folder of outlet icons named after the outlet (cnn.com.png, tass.com.ico; "
                    ".png .ico .svg .gif .webp .jpg, at most 64 KB), shown on source cards. "
                    "Default: DATA_DIR/favicons. Icons are only ever read from here, never "
                    "fetched.")
    read_only: bool = Field(
        False,
        description="Visitors may only ask: the Coverage tab lists and searches the articles "
                    "but offers no add, sample or delete (nor does the API), and uploads are "
                    "refused. For a server anyone may reach; coverage is then added with "
                    "`newsqa ingest` on the server.")
    refresh_s: float = Field(
        3.0, gt=0, le=3600,
        description="How often an open page checks whether the index changed (an ingest or "
                    "delete from any page or the CLI) and refreshes its Coverage figures.")


class Settings(BaseSettings):
    """Every knob newsqa has. Unknown keys are rejected."""

    model_config = SettingsConfigDict(
        env_prefix="NEWSQA_", env_nested_delimiter="__", extra="forbid", validate_assignment=True
    )

    data_dir: Path = Field(default_factory=default_data_dir, description="Where the index lives.")
    collection: str = Field(
        "newsqa", min_length=3, max_length=60,
        description="Index name: letters, digits, '.', '_' and '-', starting with a letter or "
                    "digit, no '..' (it names a folder under the data dir).")
    chroma_host: str | None = Field(None, description="Use a Chroma server instead of embedded.")
    chroma_port: int = Field(8000, ge=1, le=65535)
    ingest: IngestSettings = Field(default_factory=IngestSettings)
    embedding: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    answer: AnswerSettings = Field(default_factory=AnswerSettings)
    relevance: RelevanceSettings = Field(default_factory=RelevanceSettings)
    ui: UISettings = Field(default_factory=UISettings)

    def __init__(self, **values: Any) -> None:
        check_environment(os.environ)
        super().__init__(**values)

    @field_validator("collection")
    @classmethod
    def _a_folder_name(cls, v: str) -> str:
        if not _COLLECTION.fullmatch(v) or ".." in v:
            raise ValueError(f"{v!r} cannot name an index: use letters, digits, '.', '_' and "
                             "'-', starting with a letter or digit, and no '..'")
        return v

    @field_validator("data_dir", mode="before")
    @classmethod
    def _not_empty(cls, v: Any) -> Any:
        if isinstance(v, str) and not v.strip():
            raise ValueError("is empty: name a folder, or unset it for the default")
        return v

    @field_validator("data_dir")
    @classmethod
    def _expand(cls, v: Path) -> Path:
        return v.expanduser()


def validation_problem(error: ValidationError) -> tuple[str, str]:
    """The first problem of a pydantic ``ValidationError`` in the user's words: where (the
    dotted field path, "" for a whole section) and what."""
    first = error.errors()[0]
    return (".".join(str(x) for x in first["loc"]),
            first["msg"].removeprefix("Value error, "))


def setting_names() -> list[str]:
    """Every ``NEWSQA_*`` name that sets something: a top-level field, a whole section (as
    JSON), or a field of a section."""
    names = []
    for name, field in Settings.model_fields.items():
        names.append(ENV_PREFIX + name.upper())
        section = field.annotation
        if isinstance(section, type) and issubclass(section, BaseModel):
            names += [f"{ENV_PREFIX}{name.upper()}__{sub.upper()}" for sub in section.model_fields]
    return names


def unknown_settings(environ: Mapping[str, str]) -> list[tuple[str, str | None]]:
    """``(variable, closest valid name or None)`` for each ``NEWSQA_*`` variable that sets
    nothing. pydantic-settings ignores those silently, so a typo would go unnoticed."""
    valid = setting_names()
    known = set(valid) | NOT_SETTINGS
    out = []
    for key in sorted(environ):
        upper = key.upper()
        if upper.startswith(ENV_PREFIX) and upper not in known:
            # compare what follows the prefix, which every name shares
            tails = {v.removeprefix(ENV_PREFIX): v for v in valid}
            close = difflib.get_close_matches(upper.removeprefix(ENV_PREFIX), tails, n=1,
                                              cutoff=0.6)
            out.append((key, tails[close[0]] if close else None))
    return out


def check_environment(environ: Mapping[str, str]) -> None:
    """Reject unknown ``NEWSQA_*`` variables, naming the closest valid one."""
    unknown = unknown_settings(environ)
    if unknown:
        parts = [f"{key} (did you mean {close}?)" if close else key for key, close in unknown]
        raise ConfigError(f"unknown setting{'s' if len(parts) > 1 else ''} "
                          f"{', '.join(parts)}: fix or unset it (README, Settings)")
