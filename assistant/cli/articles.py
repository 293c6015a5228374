"""``newsqa articles``: list, show and delete indexed articles."""

from __future__ import annotations

import json

import typer
from rich.markup import escape
from rich.table import Table

from assistant.cli.common import (
    err,
    handle_errors,
    open_index,
    out,
    printable,
    settings_from,
)

app = typer.Typer(help="List, show and delete indexed articles.", no_args_is_help=True)


@app.command("list")
@handle_errors
def list_cmd(
    ctx: typer.Context,
    outlet: str | None = typer.Option(None, "--outlet", "-o", help="Only this outlet."),
    search: str | None = typer.Option(None, "--search", "-s", help="Title, outlet or id contains."),
    limit: int = typer.Option(50, "--limit", "-n", min=1, help="At most this many rows."),
    as_json: bool = typer.Option(False, "--json", help="Print as JSON lines."),
) -> None:
    """Indexed articles, newest first."""
    from assistant.index.articles import list_articles

    catalog = open_index(settings_from(ctx)).catalog
    rows = list_articles(catalog, outlet=outlet, search=search, limit=limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    # (on stderr: the listing itself stays as it was, JSON lines included)
    cut = (f"the first {limit} shown: more articles match; see more with --limit, or "
           "narrow the list with --search or --outlet") if more else None
    if as_json:
        for r in rows:
            out.print(json.dumps(r.model_dump()), markup=False)
        if cut:
            err.print(cut, markup=False)
        return
    table = Table("id", "published", "outlet", "title", "chunks", box=None, pad_edge=False)
    for r in rows:
        table.add_row(r.article_id, r.published or "-", escape(printable(r.outlet or "-")),
                      escape(printable(r.title[:80] or "(untitled)")), str(r.chunks))
    out.print(table)
    if cut:
        err.print(cut, markup=False)
    if not rows:
        if catalog.is_empty():
            out.print("no articles (add some with `newsqa ingest PATH`)")
        else:
            from assistant.index.catalog import outlet_key

            outlets = catalog.outlets()
            unknown = outlet and outlet_key(outlet) not in catalog.outlet_keys()
            known = ", ".join(outlets[:12])
            out.print("no articles match" + (f" (outlets: {escape(known)})" if unknown else ""))


@app.command("show")
@handle_errors
def show_cmd(
    ctx: typer.Context,
    article_id: str = typer.Argument(..., help="Article id (or a unique prefix of it)."),
    full: bool = typer.Option(False, "--full", help="Print the whole text."),
) -> None:
    """One article's metadata and text."""
    row = open_index(settings_from(ctx)).get(article_id)
    a = row.article
    for label, value in (("id", a.article_id), ("title", a.title), ("outlet", a.outlet),
                         ("published", a.published or "unknown"),
                         ("authors", ", ".join(a.authors) or "-"), ("url", a.url or "-"),
                         ("source", a.source), ("chunks", row.n_chunks),
                         ("ingested", row.ingested_at)):
        out.print(f"{label:<10} {escape(str(value))}")
    out.print()
    text = a.text if full or len(a.text) <= 1200 else a.text[:1200] + " … (--full for the rest)"
    out.print(escape(text))


@app.command("delete")
@handle_errors
def delete_cmd(
    ctx: typer.Context,
    article_id: str = typer.Argument(..., help="Article id (or a unique prefix of it)."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
) -> None:
    """Remove an article and its chunks from every part of the index. Copies of its text
    stay in the store's files until `newsqa compact`."""
    index = open_index(settings_from(ctx))
    row = index.get(article_id)
    if not yes and not typer.confirm(f"Delete {row.article.article_id} "
                                     f"({row.article.title[:60]!r})?"):
        raise typer.Exit(1)
    from assistant.index.articles import delete_article

    article = delete_article(index, row.article.article_id)
    out.print(f"deleted {article.article_id} ({escape(article.title)}); its text leaves the "
              "disk at the next `newsqa compact`")
