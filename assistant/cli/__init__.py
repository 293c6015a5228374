"""The ``newsqa`` command line: thin commands over the library."""

from __future__ import annotations

from pathlib import Path

import typer

from assistant import __version__
from assistant.cli import articles, ask, compact, coverage, evaluate, ingest, serve, stats
from assistant.cli.common import data_dir_option

app = typer.Typer(
    name="newsqa",
    help="Ask questions about news coverage; every answer cites the exact passages it rests on.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
    # plain help: Rich's six-column option tables cut names at 80 columns ("--drop-unsuppor…")
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsqa {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    data_dir: Path | None = data_dir_option(),
    collection: str | None = typer.Option(
        None, "--collection", envvar="NEWSQA_COLLECTION",
        help="Index name (default: newsqa): letters, digits, '.', '_' and '-', starting with "
             "a letter or digit."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Settings come from NEWSQA_* environment variables, then these flags."""
    ctx.obj = {"data_dir": data_dir, "collection": collection}


app.command("ingest", short_help="Add articles: files, folders, JSON/JSONL, HTML, URLs, feeds.")(
    ingest.ingest_cmd)
app.command("ask", short_help="Answer one question with exact quoted citations, or refuse.")(
    ask.ask_cmd)
app.command("chat", short_help="A conversation; follow-ups use the history.")(ask.chat_cmd)
app.command("compare", short_help="Each outlet's account of a question side by side, typed "
            "values, who differs.")(coverage.compare_cmd)
app.command("timeline", short_help="Dated events about a topic, in order, with citations.")(
    coverage.timeline_cmd)
app.command("stats", short_help="What the index holds: articles, outlets, copies, rejects.")(
    stats.stats_cmd)
app.command("eval", short_help="Score a question suite: retrieval, citations, answers, "
            "refusals.")(evaluate.eval_cmd)
app.command("serve", short_help="The web UI: chat, compare, timeline, ingest.")(serve.serve_cmd)
app.command("compact", short_help="Make deleted articles' text leave the disk.")(
    compact.compact_cmd)
app.add_typer(articles.app, name="articles")
app.add_typer(serve.feedback_app, name="feedback")


def main() -> None:
    from assistant.redact import install_log_redaction

    install_log_redaction()  # no log line of any library shows a key or a URL's password
    app()
