"""``newsqa ask`` and ``newsqa chat``: cited answers, one-off or in a conversation."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer
from rich.markup import escape

from assistant.answer.contract import answer_json
from assistant.cli.common import (
    as_of_date,
    err,
    filters_from,
    handle_errors,
    open_coverage,
    out,
    settings_from,
)
from assistant.cli.render import answer_markup
from assistant.errors import ConfigError, NewsQAError
from assistant.redact import redact
from assistant.types import Answer

BACKEND_HELP = "extractive (offline, default), ollama, openai or llamacpp."


def _assistant(ctx: typer.Context, *, k: int | None, retriever: str | None,
               backend: str | None, model: str | None, base_url: str | None,
               fallback: bool, drop_unsupported: bool | None) -> Any:
    unsupported = None if drop_unsupported is None else ("drop" if drop_unsupported else "flag")
    settings = settings_from(
        ctx, retrieval={"k": k, "mode": retriever},
        answer={"backend": backend, "model": model, "base_url": base_url,
                "unsupported": unsupported})
    if settings.answer.backend == "extractive" and (model or base_url):
        flags = " and ".join(f for f, v in (("--model", model), ("--base-url", base_url)) if v)
        verb = "choose" if model and base_url else "chooses"
        raise ConfigError(f"{flags} {verb} an LLM, but no LLM backend is set: add --backend "
                          "openai, ollama or llamacpp (or NEWSQA_ANSWER__BACKEND)")
    index = open_coverage(settings)  # first: it starts loading the query embedder
    from assistant.answer.chain import Assistant

    return Assistant(index, settings, fallback=fallback)


@handle_errors
def ask_cmd(
    ctx: typer.Context,
    question: str = typer.Argument(..., help="The question, in quotes."),
    as_json: bool = typer.Option(False, "--json", help="Print the answer contract as JSON."),
    outlet: list[str] = typer.Option(None, "--outlet", "-o",
                                     help="Only this outlet, by domain or name (cnn.com, "
                                          "CNN); repeat for several."),
    since: str | None = typer.Option(None, help="Only articles published on/after YYYY-MM-DD."),
    until: str | None = typer.Option(None, help="Only articles published on/before YYYY-MM-DD."),
    k: int | None = typer.Option(None, "-k", min=1, max=100,
                                 help="Passages to retrieve (default: 10, NEWSQA_RETRIEVAL__K)."),
    retriever: str | None = typer.Option(
        None, "--retriever", help="hybrid (default), dense or keyword."),
    backend: str | None = typer.Option(None, "--backend", "-b", help=BACKEND_HELP),
    model: str | None = typer.Option(None, "--model", help="LLM model name or GGUF path."),
    base_url: str | None = typer.Option(None, "--base-url", help="LLM server URL."),
    fallback: bool = typer.Option(True, "--fallback/--no-fallback",
                                  help="Answer extractively, with a notice, if the LLM fails."),
    drop_unsupported: bool | None = typer.Option(
        None, "--drop-unsupported/--flag-unsupported",
        help="Drop sentences that fail verification, or show them struck through (default)."),
    as_of: str | None = typer.Option(
        None, "--as-of", metavar="YYYY-MM-DD",
        help="Ask as if on this day (default today): 'this week' and the preference for "
             "recent coverage are read relative to it."),
) -> None:
    """Answer a question from the indexed coverage, citing exact quotes, or say it cannot.

    Each sentence of the answer carries [n]; the sources below it give each quote with its
    article, outlet, date, character span and, where the article says so, who said it. An
    answer the evidence only weakly supports is marked so.

    \b
    Examples:
      newsqa ask "How long did the call between Putin and Trump last?"
      newsqa ask "What did the White House say?" --outlet tass.com --json
      newsqa ask "Who won this week?" --as-of 2023-01-05"""
    day = as_of_date(as_of)
    assistant = _assistant(ctx, k=k, retriever=retriever, backend=backend, model=model,
                           base_url=base_url, fallback=fallback,
                           drop_unsupported=drop_unsupported)
    answer = assistant.ask(question, filters=filters_from(outlet, since, until),
                           as_of=day)
    if answer.notice:
        err.print(f"[yellow]note:[/] {escape(redact(answer.notice))}")
    if as_json:
        out.print_json(json.dumps(answer_json(answer), ensure_ascii=False))
    else:
        out.print(answer_markup(answer))


@handle_errors
def chat_cmd(
    ctx: typer.Context,
    outlet: list[str] = typer.Option(None, "--outlet", "-o", help="Only this outlet."),
    since: str | None = typer.Option(None, help="Only articles published on/after YYYY-MM-DD."),
    until: str | None = typer.Option(None, help="Only articles published on/before YYYY-MM-DD."),
    k: int | None = typer.Option(None, "-k", min=1, max=100, help="Passages per question."),
    backend: str | None = typer.Option(None, "--backend", "-b", help=BACKEND_HELP),
    model: str | None = typer.Option(None, "--model", help="LLM model name or GGUF path."),
    base_url: str | None = typer.Option(None, "--base-url", help="LLM server URL."),
    fallback: bool = typer.Option(True, "--fallback/--no-fallback",
                                  help="Answer extractively, with a notice, if the LLM fails."),
    as_of: str | None = typer.Option(
        None, "--as-of", metavar="YYYY-MM-DD",
        help="Ask as if on this day (default today), every question of the conversation."),
) -> None:
    """A conversation: follow-up questions use the history. /new starts over, /quit ends.
    A follow-up is searched for in other words ("she": the person named before), shown."""
    day = as_of_date(as_of)
    assistant = _assistant(ctx, k=k, retriever=None, backend=backend, model=model,
                           base_url=base_url, fallback=fallback, drop_unsupported=None)
    filters = filters_from(outlet, since, until)
    history: list[tuple[str, str]] = []
    # an LLM's tokens show as they come; an extractive answer comes whole, so only its
    # verified version is printed (once)
    live = not assistant.backend.startswith("extractive")
    interactive = sys.stdin.isatty()
    failed = False
    if interactive:
        err.print(f"newsqa chat — answering with {escape(assistant.backend)}. "
                  "/new starts over, /quit ends.")
    while True:
        try:
            line = input("? " if interactive else "")
        except EOFError:
            break
        question = line.strip()
        if not question:
            continue
        if question in ("/quit", "/exit"):
            break
        if question == "/new":
            history.clear()
            out.print("[dim](new conversation)[/]")
            continue
        if question.startswith("/") and " " not in question:
            err.print(f"unknown command {escape(question)}: /new starts over, /quit ends")
            continue
        try:
            final = _chat_turn(assistant, question, filters, history, day, live)
        except NewsQAError as e:  # one question failed, not the conversation
            err.print(f"[bold red]error:[/] {escape(redact(str(e)))}")
            failed = True
            continue
        history.append((question, final.answer))
    if failed and not interactive:  # a script learns that a question failed
        raise typer.Exit(2)


def _chat_turn(assistant: Any, question: str, filters: Any, history: list[tuple[str, str]],
               day: Any, live: bool) -> Answer:
    """One question of ``chat``: its tokens as they come (an LLM's), then the verified
    answer with its sources."""
    final = None
    streamed = False
    try:
        for event in assistant.stream(question, filters=filters, history=history, as_of=day):
            if event.kind == "token":
                if live and not event.whole:  # a fallback's whole text is printed below
                    out.print(escape(event.text), end="", style="dim")
                    streamed = True
            else:
                final = event.answer
    except NewsQAError:
        if streamed:  # the error line starts a line of its own
            out.print()
        raise
    assert final is not None
    if streamed:
        out.print()
        fell_back = final.backend is not None and final.backend.startswith("extractive")
        out.print("[dim]— the model stopped; the extractive answer follows —[/]"
                  if fell_back else "[dim]— verified —[/]")
    if final.notice:
        err.print(f"[yellow]note:[/] {escape(redact(final.notice))}")
    if history and final.query and final.query != question:
        out.print(f"[dim](searched for: {escape(final.query)})[/]")
    # the verified version, with flags and sources
    out.print(answer_markup(final))
    out.print()
    return final
