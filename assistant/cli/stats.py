"""``newsqa stats``: what is in the index."""

from __future__ import annotations

import json

import typer
from rich.markup import escape

from assistant.cli.common import handle_errors, open_index, out, settings_from
from assistant.cli.render import fmt_bytes


@handle_errors
def stats_cmd(ctx: typer.Context,
              as_json: bool = typer.Option(False, "--json", help="Print as JSON.")) -> None:
    """Articles, chunks, outlets, date range, syndication groups and size on disk."""
    s = open_index(settings_from(ctx)).stats()
    if as_json:
        out.print_json(json.dumps(s))
        return
    out.print(f"index        {escape(s['index'])} ({escape(s['store'])}) at {escape(s['path'])}")
    out.print(f"model        {escape(s['embedding_model'])}")
    out.print(f"articles     {s['articles']}")
    out.print(f"chunks       {s['chunks']}")
    span = f"{s['earliest']} to {s['latest']}" if s["earliest"] else "no full dates"
    out.print(f"published    {span} ({s['undated']} without a full date)")
    out.print(f"syndication  {s['syndication_groups']} group(s) of near-copies holding "
              f"{s['articles_in_groups']} articles (largest {s['largest_group']}); "
              f"{s['boilerplate_refused']} boilerplate page(s) refused")
    out.print(f"on disk      {fmt_bytes(s['disk_bytes'])}")
    if s["outlets"]:
        out.print("outlets")
        for name, n in s["outlets"].items():
            out.print(f"  {n:>6}  {escape(name)}")
