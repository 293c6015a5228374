"""``newsqa ask``: one question, one cited answer."""

from __future__ import annotations

import json

import typer

from assistant.cli.common import handle_errors, open_index, out, settings_from
from assistant.cli.render import answer_json, answer_markup


@handle_errors
def ask_cmd(
    ctx: typer.Context,
    question: str = typer.Argument(..., help="The question, in quotes."),
    as_json: bool = typer.Option(False, "--json", help="Print the answer contract as JSON."),
    outlet: list[str] = typer.Option(None, "--outlet", "-o",
                                     help="Only this outlet (repeat for several)."),
    since: str | None = typer.Option(None, help="Only articles published on/after YYYY-MM-DD."),
    until: str | None = typer.Option(None, help="Only articles published on/before YYYY-MM-DD."),
    k: int | None = typer.Option(None, "-k", min=1, max=100,
                                 help="Passages to retrieve (default: 6)."),
    retriever: str | None = typer.Option(
        None, "--retriever", help="hybrid (default), dense or keyword."),
) -> None:
    """Answer a question from the indexed coverage, citing exact quotes, or say it cannot."""
    from assistant.answer.chain import Assistant
    from assistant.types import Filters

    settings = settings_from(ctx, retrieval={"k": k, "mode": retriever})
    index = open_index(settings)
    if index.catalog.stats()["articles"] == 0:
        from assistant.errors import StoreError

        raise StoreError("the index is empty: add coverage with `newsqa ingest PATH` "
                         "or `newsqa ingest --sample`")
    filters = Filters(outlets=tuple(outlet or ()), since=since, until=until)
    answer = Assistant(index, settings).ask(question, filters=filters)
    if as_json:
        out.print_json(json.dumps(answer_json(answer), ensure_ascii=False))
    else:
        out.print(answer_markup(answer))
