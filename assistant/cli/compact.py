"""``newsqa compact``: make the text of deleted articles leave the disk."""

from __future__ import annotations

import typer

from assistant.cli.common import handle_errors, open_index, out, settings_from


@handle_errors
def compact_cmd(ctx: typer.Context) -> None:
    """Remove deleted and replaced article text from the index files (Chroma's log, SQLite's
    free pages, the keyword index). Run it after `articles delete`; restart a running
    `newsqa serve` on this index afterwards."""
    from assistant.index.compact import compact

    index = open_index(settings_from(ctx))
    try:
        report = compact(index)
    finally:
        index.close()
    out.print(report.summary())
