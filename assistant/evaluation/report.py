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
from assistant.redact import MASK, redact

_PACKAGES = ("newsqa", "chromadb", "sentence-transformers", "torch", "langchain-core", "bm25s")
_ROWS = ("answer_hit@1", "answer_hit@5", "answer_hit@10", "mrr@10", "answer_accuracy",
         "citation_precision", "citation_recall", "llm_faithfulness", "refusal_precision",
         "refusal_recall", "firm_answer_rate", "accuracy_firm", "accuracy_tentative",
         "refused_or_tentative_recall", "mean_passage_chars", "mean_answer_chars")


def versions() -> dict[str, str]:
    out = {}
    for name in _PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "-"
    return out


_SECRET_KEYS = {"api_key", "auth", "password", "token"}  # settings that are secrets whole


def _without_secrets(value: Any) -> Any:
    """``value`` (settings as JSON) with every string's URL password masked, and the settings
    that are secrets whole (the web UI's login, a key) masked, throughout."""
    if isinstance(value, dict):
        return {k: (MASK if k in _SECRET_KEYS and v else _without_secrets(v))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_without_secrets(v) for v in value]
    return redact(value) if isinstance(value, str) else value


def build_report(run: EvalRun, baseline: dict[str, Any] | None = None) -> dict[str, Any]:
    s = run.settings
    report: dict[str, Any] = {
        "suite": run.suite.name,
        "corpus_hash": run.suite.corpus_hash,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "backend": s.answer.backend,
        "model": s.answer.model if s.answer.backend != "extractive" else None,
        "retriever": s.retrieval.mode,
        "k": s.retrieval.k,
        # a URL's password is a secret as the API key is (which SecretStr already masks)
        "settings": _without_secrets(s.model_dump(mode="json", exclude={"data_dir"})),
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
        f"backend `{report['backend']}`"
        + (f" (model `{report['model']}`)" if report.get("model") else "")
        + f", retriever `{report['retriever']}`, k={report['k']}, "
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
        lines += [""] + [f"- {n}" for n in _notes(report)]
    return "\n".join(lines) + "\n"


def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight")
    return base64.b64encode(buf.getvalue()).decode()


def html_page(report: dict[str, Any], latencies: list[float],
              details: list[dict[str, Any]] | None = None) -> str:
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

    imgs = "\n".join(f'<h2>{html.escape(t)}</h2><img alt="{html.escape(t)}" '
                     f'src="data:image/png;base64,{b}">' for t, b in images)
    overall = report["overall"]
    model = (f" (model <code>{html.escape(str(report['model']))}</code>)"
             if report.get("model") else "")
    head = (f"backend <code>{html.escape(str(report['backend']))}</code>{model}, retriever "
            f"<code>{html.escape(str(report['retriever']))}</code>, k={report['k']}, "
            f"{overall['questions']} questions ({overall['answerable']} answerable), corpus "
            f"{html.escape(report['corpus_hash'][:12])}, {html.escape(report['created'])}")
    types = list(report["by_type"])
    has_base = "baseline_delta" in report
    rows = []
    for row in _ROWS:
        cells = [row, _fmt(overall.get(row)), *(_fmt(report["by_type"][t].get(row))
                                                 for t in types)]
        if has_base:
            d = report["baseline_delta"].get(row)
            cells.append("–" if d is None else f"{d:+.3f}")
        rows.append([html.escape(c) for c in cells])
    metrics_table = _table(["metric", "overall", *types, *(["Δ baseline"] if has_base else [])],
                           rows)
    latency_table = _table(["latency (ms)", "p50", "p95"],
                           [[html.escape(k), f"{v['p50']:.1f}", f"{v['p95']:.1f}"]
                            for k, v in overall["latency_ms"].items()])
    notes = "".join(f"<li>{html.escape(n)}</li>" for n in _notes(report))
    coverage = ""
    if cov := report.get("coverage"):
        ctypes = list(cov)
        crows = [[html.escape(r), *(_fmt(cov[t].get(r)) if r in cov[t] else "" for t in ctypes)]
                 for r in _COVERAGE_ROWS if any(r in cov[t] for t in ctypes)]
        coverage = "<h2>Coverage labels</h2>" + _table(["coverage", *ctypes], crows)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>newsqa eval: "
            f"{html.escape(report['suite'])}</title><style>{_CSS}</style></head><body>"
            f"<h1>newsqa eval: {html.escape(report['suite'])}</h1><p>{head}</p>"
            f"<h2>Metrics</h2>{metrics_table}<ul>{notes}</ul>{coverage}"
            f"<h2>Latency</h2>{latency_table}{imgs}{missed_html(details or [])}</body></html>")


_CSS = ("body{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#222}"
        "img{max-width:100%}table{border-collapse:collapse;margin:.5em 0}"
        "td,th{border:1px solid #ccc;padding:.25em .6em;vertical-align:top;text-align:left}"
        "th{background:#f3f3f3}td.num{text-align:right}mark{background:#ffe58a;color:#111}"
        ".why{color:#555;font-size:.9em}")


def _table(headers: list[str], rows: list[list[str]]) -> str:
    """An HTML table; ``rows`` hold HTML (callers escape text)."""
    th = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>"


def _notes(report: dict[str, Any]) -> list[str]:
    notes = ["Hit and accuracy figures compare only at similar passage and answer lengths."]
    if report.get("backend") == "extractive":
        notes.append("citation_precision and citation_recall are 1.0 by construction for the "
                     "extractive backend (every answer sentence is its own quote; one that "
                     "gains its speaker's name from the article can fall short): they "
                     "measure LLM backends, not this one.")
        notes.append("A tentative answer is given with a warning that the coverage may not "
                     "answer (weak evidence): firm_answer_rate and accuracy_firm count only "
                     "the others, refused_or_tentative_recall counts the unanswerable "
                     "questions that were refused or warned about.")
    return notes


def _marked(context: str, gold: str) -> str:
    at = context.lower().find(gold.lower())
    if at < 0:
        return html.escape(context)
    return (html.escape(context[:at]) + "<mark>" + html.escape(context[at:at + len(gold)])
            + "</mark>" + html.escape(context[at + len(gold):]))


def missed_html(details: list[dict[str, Any]]) -> str:
    """Every missed question: answerable ones answered wrongly or refused (with the answer
    given or the refusal reason, and where the gold string sits in the retrieved passages),
    then unanswerable ones that got an answer."""
    rows = []
    for d in details:
        v = d["verdict"]
        if d["answerable"] and v["correct"]:
            continue
        if not d["answerable"] and v["refused"]:
            continue
        given = ("refused: " + (d.get("refusal_reason") or "") if v["refused"]
                 else ("(tentative) " if v.get("tentative") else "") + d["answer"]["answer"])
        at = d.get("gold_at")
        where = ("not in the retrieved passages" if at is None else
                 f'passage {at["rank"]}: …{_marked(at["context"], at["gold"])}…')
        if not d["answerable"]:
            where = "unanswerable: should have refused"
        rows.append([html.escape(d["question"]), html.escape("; ".join(d["gold"]) or "–"),
                     html.escape(given[:600]), where])
    if not rows:
        return "<h2>Missed questions</h2><p>None.</p>"
    return (f"<h2>Missed questions ({len(rows)})</h2>"
            + _table(["question", "gold", "answer given", "gold in the passages"], rows))


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
    (out / "report.html").write_text(html_page(report, latencies, run.details))
    return report
