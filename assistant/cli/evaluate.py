"""``newsqa eval``: score the assistant on a question suite and flag regressions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
from rich.markup import escape

from assistant.cli.common import err, handle_errors, out, settings_from
from assistant.errors import ConfigError


def load_baseline(path: Path) -> dict[str, Any]:
    """A saved report.json; anything else is an error that names the file."""
    try:
        base = json.loads(path.read_text("utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"--baseline {path} is not a report.json ({e})") from None
    if not isinstance(base, dict):
        raise ConfigError(f"--baseline {path} is not a report.json (not a JSON object)")
    return base


def shared_metrics(report: dict[str, Any], base: dict[str, Any]) -> int:
    """How many gated metrics (the headline ones, and the coverage ones per kind) the baseline
    and this run's report both hold: with none, a gate would compare nothing and pass."""
    from assistant.evaluation.coverage import GATED
    from assistant.evaluation.metrics import HEADLINE

    def number(section: Any, key: str) -> bool:
        value = section.get(key) if isinstance(section, dict) else None
        return isinstance(value, int | float) and not isinstance(value, bool)

    overall, old = report.get("overall"), base.get("overall")
    shared = sum(number(overall, m) and number(old, m) for m in HEADLINE)
    now, then = report.get("coverage") or {}, base.get("coverage") or {}
    if isinstance(now, dict) and isinstance(then, dict):
        for name, metrics in then.items():
            for m in GATED.get(str(name).split(":")[0], {}):
                shared += number(now.get(name), m) and number(metrics, m)
    return shared


@handle_errors
def eval_cmd(
    ctx: typer.Context,
    suite_dir: Path = typer.Argument(..., help="A suite folder: corpus.jsonl + questions.jsonl."),
    backend: str | None = typer.Option(None, "--backend", help="Answer backend (extractive)."),
    retriever: str | None = typer.Option(None, "--retriever",
                                         help="hybrid (default), dense or keyword."),
    k: int = typer.Option(10, "-k", min=1, max=100, help="Passages retrieved per question."),
    out_dir: Path | None = typer.Option(None, "--out",
                                        help="Report folder (default: eval/reports/SUITE)."),
    baseline: Path | None = typer.Option(None, "--baseline", exists=True, dir_okay=False,
                                         help="A saved report.json to compare against."),
    max_drop: float = typer.Option(0.02, "--max-drop", min=0.0,
                                   help="Fail when a headline metric falls more than this."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Only the first N questions."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bars."),
    judge: bool = typer.Option(False, "--judge",
                               help="Also score faithfulness with the LLM judge (needs an LLM)."),
    model: str | None = typer.Option(None, "--model", help="LLM model name or GGUF path."),
    base_url: str | None = typer.Option(None, "--base-url", help="LLM server URL."),
) -> None:
    """Ingest the suite's corpus into its own cached index, answer every question, and write
    report.json, details.jsonl, report.md and report.html. Exits 1 when --baseline is given
    and a headline metric dropped by more than --max-drop. A suite with timeline.jsonl,
    compare.jsonl or attribution.jsonl labels is also scored on those (docs/eval.md), and
    the gate covers them too."""
    from assistant.evaluation.coverage import regressions as coverage_regressions
    from assistant.evaluation.metrics import regressions
    from assistant.evaluation.report import markdown, write_reports
    from assistant.evaluation.runner import run_suite
    from assistant.evaluation.suite import load_suite

    suite = load_suite(suite_dir)
    settings = settings_from(ctx, retrieval={"k": k, "mode": retriever},
                             answer={"backend": backend, "model": model, "base_url": base_url})
    base = load_baseline(baseline) if baseline else None
    target = out_dir or Path("eval/reports") / suite.name
    if target.exists() and not target.is_dir():
        raise ConfigError(f"--out {target} is a file: name a folder for the reports")
    if base is not None and base.get("corpus_hash") not in (None, suite.corpus_hash):
        err.print(f"[yellow]warning:[/] {escape(str(baseline))} was measured on another corpus "
                  f"than {escape(str(suite.path))}: its figures may not be comparable")

    if quiet:
        run = run_suite(suite, settings, limit=limit, judge=judge)
    else:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        with Progress(TextColumn("{task.fields[stage]}"), BarColumn(), MofNCompleteColumn(),
                      TextColumn("{task.description}"), console=err, transient=True) as bar:
            ing = bar.add_task("", total=None, stage="ingest")
            qs = bar.add_task("", total=None, stage="questions", visible=False)

            def on_ingest(done: int, total: int | None, note: str) -> None:
                bar.update(ing, completed=done, total=total, description=note)

            def on_question(done: int, total: int, note: str) -> None:
                bar.update(ing, visible=False)
                bar.update(qs, completed=done, total=total, description=note, visible=True)

            run = run_suite(suite, settings, limit=limit, judge=judge,
                            ingest_progress=on_ingest, tally=on_question)
    report = write_reports(run, target, base)
    note = "cached index" if run.ingest_skipped else f"ingested in {run.ingest_seconds:.1f}s"
    out.print(markdown(report), markup=False)
    out.print(f"reports in {escape(str(target))} ({note})")
    if base is not None:
        if not shared_metrics(report, base):
            err.print(f"[bold red]regression:[/] {escape(str(baseline))} holds none of the "
                      "metrics this run reports, so nothing was compared: is it a report.json "
                      "of this suite?")
            raise typer.Exit(1)
        dropped = regressions(report["overall"], base.get("overall", {}), max_drop)
        dropped += coverage_regressions(report.get("coverage", {}), base.get("coverage", {}),
                                        max_drop)
        if dropped:
            for line in dropped:
                err.print(f"[bold red]regression:[/] {escape(line)}")
            raise typer.Exit(1)
        out.print(f"no headline metric fell more than {max_drop} against {escape(str(baseline))}")
