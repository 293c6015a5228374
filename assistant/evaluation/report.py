"""Writing an eval run: report.json, details.jsonl, report.md and a self-contained report.html."""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import json
from importlib import metadata
from pathlib import Path
from typing import Any

from assistant.evaluation.metrics import HEADLINE
from assistant.evaluation.runner import EvalRun, summarise

_PACKAGES = ("newsqa", "chromadb", "sentence-transformers", "torch", "langchain-core", "bm25s")
_ROWS = ("answer_hit@1", "answer_hit@5", "answer_hit@10", "mrr@10", "answer_accuracy",
         "citation_precision", "citation_recall", "llm_faithfulness", "refusal_precision",
         "refusal_recall", "mean_passage_chars", "mean_answer_chars")


def versions() -> dict[str, str]:
    out = {}
    for name in _PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "-"
    return out


def build_report(run: EvalRun, baseline: dict[str, Any] | None = None) -> dict[str, Any]:
    s = run.settings
    report: dict[str, Any] = {
        "suite": run.suite.name,
        "corpus_hash": run.suite.corpus_hash,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "backend": s.answer.backend,
        "retriever": s.retrieval.mode,
        "k": s.retrieval.k,
        "settings": s.model_dump(mode="json", exclude={"data_dir"}),
        "versions": versions(),
        "ingest": {"seconds": round(run.ingest_seconds, 2), "cached": run.ingest_skipped},
        **summarise(run),
    }
    if baseline is not None:
        report["baseline_delta"] = deltas(report["overall"], baseline.get("overall", {}))
    return report


# rows of the coverage table: timeline, compare and attribution metrics (see coverage.py)
_COVERAGE_ROWS = ("topics", "events", "event_precision", "date_accuracy", "event_recall",
                  "questions", "compared_slots", "false_contradiction_rate", "slot_precision",
                  "slot_recall", "contradiction_recall", "sentences", "attribution_precision",
                  "attribution_recall", "speaker_accuracy")


def coverage_markdown(coverage: dict[str, Any]) -> list[str]:
    """The coverage metrics as a table: one column per label type and split."""
    types = list(coverage)
    rows = [r for r in _COVERAGE_ROWS if any(r in coverage[t] for t in types)]
    lines = ["", "| coverage | " + " | ".join(types) + " |",
             "|---|" + "---|" * len(types)]
    for row in rows:
        cells = [_fmt(coverage[t].get(row)) if row in coverage[t] else "" for t in types]
        lines.append(f"| {row} | " + " | ".join(cells) + " |")
    return lines


def deltas(current: dict[str, Any], base: dict[str, Any]) -> dict[str, float]:
    return {k: round(current[k] - base[k], 4) for k in _ROWS
            if isinstance(current.get(k), int | float) and isinstance(base.get(k), int | float)}


def _fmt(v: Any) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.3f}" if v <= 1.0 else f"{v:.0f}"
    return str(v)


def markdown(report: dict[str, Any]) -> str:
    types = list(report["by_type"])
    has_base = "baseline_delta" in report
    overall = report["overall"]
    lines = [
        f"# Eval: {report['suite']}",
        "",
        f"backend `{report['backend']}`, retriever `{report['retriever']}`, k={report['k']}, "
        f"{overall['questions']} questions ({overall['answerable']} answerable), "
        f"corpus {report['corpus_hash'][:12]}, {report['created']}",
    ]
    # a suite of coverage labels only has no question to score: no empty table for it
    rows = _ROWS if overall["questions"] else ()
    if rows:
        lines += ["", "| " + " | ".join(["metric", "overall", *types]
                                         + (["Δ baseline"] if has_base else [])) + " |",
                  "|---|---|" + "---|" * len(types) + ("---|" if has_base else "")]
    for row in rows:
        cells = [_fmt(report["overall"].get(row))] + [_fmt(report["by_type"][t].get(row))
                                                      for t in types]
        line = f"| {row} | " + " | ".join(cells) + " |"
        if "baseline_delta" in report:
            d = report["baseline_delta"].get(row)
            line += f" {d:+.3f} |" if d is not None else " – |"
        lines.append(line)
    if report.get("coverage"):
        lines += coverage_markdown(report["coverage"])
    if rows:
        lines += ["", "| latency (ms) | p50 | p95 |", "|---|---|---|"]
        for stage, v in report["overall"]["latency_ms"].items():
            lines.append(f"| {stage} | {v['p50']:.1f} | {v['p95']:.1f} |")
        lines += ["", "Hit and accuracy figures compare only at similar passage and answer "
                      "lengths."]
    return "\n".join(lines) + "\n"


def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    return base64.b64encode(buf.getvalue()).decode()


def html_page(report: dict[str, Any], latencies: list[float]) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    images = []
    names = list(HEADLINE)
    types = list(report["by_type"])
    fig, ax = plt.subplots(figsize=(10, 4))
    width = 0.8 / max(len(types) + 1, 1)
    for i, group in enumerate(["overall", *types]):
        values = report["overall"] if group == "overall" else report["by_type"][group]
        ax.bar([x + i * width for x in range(len(names))],
               [values.get(n) or 0 for n in names], width, label=group)
    ax.set_xticks([x + width * len(types) / 2 for x in range(len(names))], names, rotation=20)
    ax.set_ylim(0, 1)
    ax.set_title("Metrics by question type")
    ax.legend(fontsize=8)
    images.append(("Metrics by question type", _png(fig)))
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6, 3))
    ax.hist(latencies or [0], bins=30)
    ax.set_xlabel("total latency (ms)")
    ax.set_ylabel("questions")
    ax.set_title("Latency per question")
    images.append(("Latency", _png(fig)))
    plt.close(fig)

    if "baseline_delta" in report:
        d = report["baseline_delta"]
        fig, ax = plt.subplots(figsize=(8, 3))
        keys = [k for k in d if not k.startswith("mean_")]
        ax.bar(keys, [d[k] for k in keys], color=["tab:green" if d[k] >= 0 else "tab:red"
                                                  for k in keys])
        ax.axhline(0, color="black", linewidth=0.8)
        ax.tick_params(axis="x", rotation=20)
        ax.set_title("Change against the baseline")
        images.append(("Baseline deltas", _png(fig)))
        plt.close(fig)

    md = html.escape(markdown(report))
    imgs = "\n".join(f'<h2>{html.escape(t)}</h2><img alt="{html.escape(t)}" '
                     f'src="data:image/png;base64,{b}">' for t, b in images)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>newsqa eval: "
            f"{html.escape(report['suite'])}</title><style>body{{font-family:sans-serif;"
            f"max-width:1000px;margin:2em auto}}img{{max-width:100%}}</style></head><body>"
            f"<h1>newsqa eval: {html.escape(report['suite'])}</h1>{imgs}"
            f"<h2>Summary</h2><pre>{md}</pre></body></html>")


def write_reports(run: EvalRun, out: Path, baseline: dict[str, Any] | None = None,
                  ) -> dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    report = build_report(run, baseline)
    (out / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    with (out / "details.jsonl").open("w", encoding="utf-8") as f:
        for d in run.details:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    if run.coverage_details:
        with (out / "coverage_details.jsonl").open("w", encoding="utf-8") as f:
            for d in run.coverage_details:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
    (out / "report.md").write_text(markdown(report))
    latencies = [r.timings.get("total", 0.0) for r in run.results]
    (out / "report.html").write_text(html_page(report, latencies))
    return report
