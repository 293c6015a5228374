"""LLM backends behind one factory. Each is a LangChain chat model; imports are deferred,
so the extractive default never loads an LLM client."""

from __future__ import annotations

import json
import os
from typing import Any
from urllib.parse import urlsplit

from assistant.config import AnswerSettings
from assistant.errors import BackendError, ConfigError
from assistant.redact import redact, remember, remember_url


def describe(settings: AnswerSettings) -> str:
    """What is answering, for the CLI and UI (never includes the key, nor a URL's password)."""
    if settings.backend == "extractive":
        return "extractive (offline)"
    where = f" at {redact(settings.base_url)}" if settings.base_url else ""
    return f"{settings.backend}:{settings.model or 'default'}{where}"


def calling(settings: AnswerSettings) -> str:
    """What failed, when a chat model was called: the configured backend, or "chat model"
    when the settings say extractive (a model passed in, as ``NewsQA(chat_model=...)``)."""
    return "chat model" if settings.backend == "extractive" else describe(settings)


def remember_secrets(settings: AnswerSettings) -> None:
    """Register the key and any URL password the backend will use, so no message shows them."""
    if settings.api_key:
        remember(settings.api_key.get_secret_value(), key=True)
    remember(os.environ.get("OPENAI_API_KEY"), key=True)
    remember_url(settings.base_url)


def is_openai(base_url: str | None) -> bool:
    """Is ``base_url`` OpenAI's own API over https? None means the client's own default,
    which ``OPENAI_BASE_URL`` (or ``OPENAI_API_BASE``) may point elsewhere. Only there is
    ``OPENAI_API_KEY`` sent: a local or third-party server gets NEWSQA_ANSWER__API_KEY."""
    url = base_url or os.environ.get("OPENAI_BASE_URL") or os.environ.get("OPENAI_API_BASE")
    if not url:
        return True
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    return parts.scheme == "https" and (host == "openai.com" or host.endswith(".openai.com"))


def make_chat_model(settings: AnswerSettings) -> Any:
    """The chat model. It never retries by itself: ``timeout_s`` is the budget of a whole
    answer, which :mod:`assistant.answer.generative` spends (and retries within)."""
    backend = settings.backend
    remember_secrets(settings)
    if backend == "ollama":
        try:
            from langchain_ollama import ChatOllama
        except ImportError as e:
            raise ConfigError("the ollama backend needs `pip install langchain-ollama`") from e
        return ChatOllama(model=settings.model or "llama3.2",
                          base_url=settings.base_url or "http://127.0.0.1:11434",
                          temperature=settings.temperature,
                          client_kwargs={"timeout": settings.timeout_s})
    if backend == "openai":
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as e:
            raise ConfigError("the openai backend needs `pip install langchain-openai`") from e
        key = (settings.api_key.get_secret_value() if settings.api_key
               else os.environ.get("OPENAI_API_KEY") if is_openai(settings.base_url) else None)
        if settings.base_url and not settings.base_url.lower().startswith(("http://",
                                                                           "https://")):
            # ("127.0.0.1:8080/v1" failed later as a bare "Connection error."; ollama's
            # client adds the scheme itself, as OLLAMA_HOST does)
            raise ConfigError("the LLM server URL must start with http:// or https://, e.g. "
                              "http://127.0.0.1:8080/v1")
        if settings.base_url and not is_openai(settings.base_url) and not settings.model:
            raise ConfigError("a server at --base-url needs --model, the name of a model it "
                              "serves (gpt-4o-mini, the default, is OpenAI's)")
        if not key and not settings.base_url:
            raise ConfigError("the openai backend needs NEWSQA_ANSWER__API_KEY, or "
                              "OPENAI_API_KEY for OpenAI's own API over https (or a --base-url "
                              "of a local server)")
        return ChatOpenAI(model=settings.model or "gpt-4o-mini", base_url=settings.base_url,
                          api_key=key or "not-needed", temperature=settings.temperature,
                          timeout=settings.timeout_s, max_retries=0)
    if backend == "llamacpp":
        from assistant.answer.llamacpp import LlamaCppChat

        if not settings.model:
            raise ConfigError("the llamacpp backend needs --model PATH_TO.gguf")
        return LlamaCppChat.from_path(settings.model, temperature=settings.temperature)
    raise ConfigError(f"backend {backend!r} is not an LLM backend")


def _causes(error: BaseException) -> list[BaseException]:
    chain, seen = [], set()
    e: BaseException | None = error
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        chain.append(e)
        e = e.__cause__ or e.__context__
    return chain


def backend_failure(settings: AnswerSettings, error: BaseException) -> BackendError:
    """One clear error for anything a chat model raises (connection, timeout, HTTP, parsing).
    The message never holds the key: servers echo it ("Incorrect API key provided: sk-...")."""
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    kind = type(error).__name__
    if "timeout" in kind.lower() or "timed out" in reason.lower():
        reason = f"no answer within {settings.timeout_s:g}s"
    elif any(isinstance(e, json.JSONDecodeError) for e in _causes(error)):
        reason = "the server's reply was not valid JSON (is the URL an OpenAI-compatible API?)"
    elif settings.backend == "openai" and settings.base_url and (
            "404" in reason or "not found" in reason.lower()) \
            and not settings.base_url.rstrip("/").endswith("/v1"):
        reason += " (OpenAI-compatible servers answer under /v1: is the base URL missing it?)"
    key = settings.api_key.get_secret_value() if settings.api_key else None
    # masked, then cut: cut first, a key across the cut would show its first characters
    return BackendError(redact(f"{calling(settings)} failed: {redact(reason, [key])[:300]}",
                               [key]))
