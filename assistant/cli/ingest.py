"""``newsqa ingest``: add articles from files, folders, JSON/JSONL exports, URLs and feeds."""

from __future__ import annotations

from typing import Any

import typer
from rich.markup import escape

from assistant.cli.common import err, handle_errors, open_index, out, settings_from
from assistant.ingest import sample_path


@handle_errors
def ingest_cmd(
    ctx: typer.Context,
    sources: list[str] = typer.Argument(
        None, help="Files (.txt .md .html .json .jsonl), folders, URLs or RSS/Atom feeds."),
    sample: bool = typer.Option(False, "--sample", help="Ingest the bundled sample article."),
    chunk_size: int | None = typer.Option(None, help="Chunk length in characters (default: 1000)."),
    chunk_overlap: int | None = typer.Option(
        None, help="Characters of whole sentences repeated between chunks (default: 200)."),
    overlap_once: bool = typer.Option(
        False, "--overlap-once",
        help="Embed the sentences neighbouring chunks share once, not in both (fewer tokens)."),
    device: str | None = typer.Option(
        None, "--device", help="Where to embed: cpu (default), cuda, cuda:1, mps."),
    precision: str | None = typer.Option(
        None, "--precision",
        help="auto (bf16 where the CPU has it natively, else fp32), fp32 or bf16."),
    workers: int | None = typer.Option(
        None, "--workers", min=1, max=64,
        help="Embedding processes, each with its share of the cores (default: 1)."),
    replace: bool = typer.Option(
        False, "--replace",
        help="Let an article overwrite a different story (other outlet and text) stored under "
             "the same id; without it such id conflicts are reported and skipped."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Add articles to the index. Re-ingesting is safe: unchanged articles are skipped,
    changed ones replaced. Bad inputs are reported by name and the rest still go in."""
    sources = list(sources or [])
    if sample:
        sources.append(str(sample_path()))
    if not sources:
        err.print("nothing to ingest: give files, folders or URLs, or --sample")
        raise typer.Exit(2)
    settings = settings_from(
        ctx, ingest={"chunk_size": chunk_size, "chunk_overlap": chunk_overlap,
                     "embed_overlap": False if overlap_once else None},
        embedding={"device": device, "precision": precision, "workers": workers})
    index = open_index(settings)
    try:
        report = _run(sources, index, quiet or not settings.ingest.progress, replace)
    finally:
        index.close()
    out.print(report.summary())
    for s in report.skipped:
        err.print(f"  skipped {escape(s.source)}: {escape(s.reason)}")
    for s in report.conflicts:
        err.print(f"  conflict {escape(s.source)}: {escape(s.reason)}")
    for s in report.warnings:
        err.print(f"  warning {escape(s.source)}: {escape(s.reason)}")
    if report.ignored:
        err.print(f"  ignored {report.ignored} file(s) of other types in folders")
    loaded = report.added + report.replaced + report.unchanged
    if not loaded and report.skipped:
        raise typer.Exit(1)


def _run(sources: list[str], index: Any, quiet: bool, replace: bool) -> Any:
    from assistant.ingest.pipeline import ingest

    if quiet:
        return ingest(sources, index, replace=replace)
    else:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=err, transient=True) as bar:
            task = bar.add_task("", total=None)

            def progress(done: int, total: int | None, note: str) -> None:
                bar.update(task, completed=done, total=total, description=note)

            return ingest(sources, index, progress, replace=replace)
