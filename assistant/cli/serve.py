"""``newsqa serve`` (the web UI) and ``newsqa feedback export``."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import typer

from assistant.cli.common import err, handle_errors, out, settings_from

feedback_app = typer.Typer(help="Answer ratings collected in the web UI.", no_args_is_help=True)


@handle_errors
def serve_cmd(
    ctx: typer.Context,
    host: str | None = typer.Option(None, help="Interface to listen on (default: 127.0.0.1)."),
    port: int | None = typer.Option(None, help="Port (default: 7860)."),
    auth: str | None = typer.Option(
        None, envvar="NEWSQA_UI__AUTH",
        help="Require a login, as user:password. A command line shows in `ps`: prefer the "
             "environment variable or --auth-file."),
    auth_file: Path | None = typer.Option(
        None, "--auth-file", envvar="NEWSQA_UI__AUTH_FILE", dir_okay=False,
        help="Require a login: a file of user:password lines, one per account (chmod 600)."),
    backend: str | None = typer.Option(None, "--backend", "-b",
                                       help="Default answer backend shown in the UI."),
    model: str | None = typer.Option(None, "--model", help="LLM model name or GGUF path."),
    base_url: str | None = typer.Option(None, "--base-url", help="LLM server URL."),
    read_only: bool = typer.Option(
        False, "--read-only",
        help="Visitors may only ask: no adding, uploading or deleting articles from the page "
             "or its API (add coverage with `newsqa ingest`)."),
    open_browser: bool = typer.Option(False, "--open", help="Open a browser tab."),
) -> None:
    """Start the web UI: chat with sources, filters, and coverage management.

    Anyone who can reach the port may use it and its API.
    Keep the default 127.0.0.1, or require a login (see docs/security.md)."""
    from assistant.ui.access import accounts
    from assistant.ui.app import serve

    settings = settings_from(ctx, ui={"host": host, "port": port, "auth": auth,
                                      "auth_file": auth_file,
                                      "read_only": read_only or None},
                             answer={"backend": backend, "model": model, "base_url": base_url})
    logins = accounts(settings.ui)  # checked before the slow start
    if not logins and settings.ui.host not in ("127.0.0.1", "localhost", "::1"):
        may = "ask" if settings.ui.read_only else "ask, add and delete articles"
        err.print(f"[yellow]note:[/] listening on {settings.ui.host} without a login: anyone "
                  f"who can reach it may {may} (see --auth-file, --read-only)")
    where = f"http://{settings.ui.host}:{settings.ui.port}"
    err.print(f"newsqa web UI on {where} (index in {settings.data_dir}); Ctrl+C stops it")
    serve(settings, open_browser)


@feedback_app.command("export")
@handle_errors
def export_cmd(
    ctx: typer.Context,
    output: Path | None = typer.Option(None, "--out", "-o", help="File (default: stdout)."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl or csv."),
) -> None:
    """Write every rating with its question, answer and citations."""
    from assistant.ui.feedback import load

    rows = load(settings_from(ctx).data_dir)
    if fmt not in ("jsonl", "csv"):
        from assistant.errors import ConfigError

        raise ConfigError("--format is jsonl or csv")
    fh = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt == "jsonl":
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            w = csv.writer(fh)

            def cell(value: object) -> object:
                # a cell a spreadsheet would run as a formula is written as text
                text = str(value)
                return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else value

            w.writerow(["at", "rating", "comment", "question", "answer", "refused", "backend",
                        "sources"])
            for r in rows:
                w.writerow([r["at"], r["rating"], cell(r["comment"]), cell(r["question"]),
                            cell(r["answer"]), r["refused"], r["backend"],
                            cell(" | ".join(f"[{c['n']}] {c['outlet']} {c['url'] or c['title']}"
                                            for c in r["citations"]))])
    finally:
        if output:
            fh.close()
    if output:
        out.print(f"wrote {len(rows)} rating(s) to {output}")
