"""Pure text of the Coverage tab: index figures, the article table, ingest reports, the URL
box and the delete confirmation, worded for someone using the page (not the CLI)."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.index.catalog import outlet_key
from assistant.ingest.pipeline import IngestReport
from assistant.ingest.web import is_url
from assistant.nlp.dates import date_key, parse_date
from assistant.redact import redact
from assistant.ui.format import md_escape

HEADERS = ["title", "outlet", "published", "id", "chunks"]
# the CLI's advice in an id conflict; the page never replaces, so it says what to do there
_CLI_REPLACE = re.compile(r"\s*\(ingest --replace to overwrite it, or give this one its own id\)")


def safe_name(name: str) -> str:
    base = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name).name).strip("._") or "upload"
    return base[:120]


def url_lines(text: str) -> tuple[list[str], list[str]]:
    """The URL box: (http(s) URLs, problems). Anything else, a server path above all, is
    refused: files reach the server as uploads only."""
    urls, problems = [], []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        if is_url(line):
            urls.append(line)
        else:
            problems.append(f"{line[:200]}: not an http(s) URL (upload files with the upload "
                            "box; this box takes web pages and feeds)")
    return urls, problems


def date_problem(label: str, value: str) -> str | None:
    """Why a date box's value cannot filter, in the page's words; None if it can."""
    value = (value or "").strip()
    if value and date_key(parse_date(value)) is None:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):  # the form is right, the day is not
            return f"“{label}” says {value}, which is not a day of the calendar."
        return f"“{label}” needs a full date such as 2017-11-21 (it says “{value[:40]}”)."
    return None


def filters_problem(since: str, until: str, as_of: str = "") -> str | None:
    for label, value in (("Since", since), ("Until", until), ("As of", as_of)):
        if problem := date_problem(label, value):
            return problem
    a, b = date_key(parse_date(since or "")), date_key(parse_date(until or ""))
    if a is not None and b is not None and a > b:
        return "“Since” is after “Until”: swap them."
    return None


def as_of_day(value: str) -> dt.date | None:
    """The "As of" box as the day the question is asked; None when it is empty (today).
    Check it with :func:`date_problem` first: a value that is no day is None too."""
    iso = parse_date((value or "").strip())
    return dt.date.fromisoformat(iso) if date_key(iso) is not None and iso else None


def outlets_problem(chosen: Sequence[str], known: set[str]) -> str | None:
    """Why the outlets filter cannot be used (no article in the index is from one of
    ``chosen``; ``known`` holds the index's outlet keys), in the page's words; None if it can."""
    unknown = [o for o in chosen if outlet_key(o) not in known]
    if not unknown:
        return None
    named = ", ".join(f"“{o[:80]}”" for o in unknown[:3]) + (" …" if len(unknown) > 3 else "")
    return (f"No article in the index is from {named}: pick the outlets from the list (it "
            "follows the index).")


def stats_markdown(s: dict[str, Any]) -> str:
    if not s["articles"]:
        return "**The index is empty.** Add coverage below, or load the sample article."
    span = f"{s['earliest']} to {s['latest']}" if s["earliest"] else "no full dates"
    outlets = ", ".join(f"{md_escape(o)} ({n})" for o, n in list(s["outlets"].items())[:12])
    more = len(s["outlets"]) - 12
    outlets += f" and {more} more" if more > 0 else ""
    articles = f"{s['articles']} article{'' if s['articles'] == 1 else 's'}"
    chunks = f"{s['chunks']} chunk{'' if s['chunks'] == 1 else 's'}"
    return (f"**{articles}**, {chunks} · published {span} "
            f"({s['undated']} undated) · {s['disk_bytes'] / 1e6:.1f} MB on disk  \n"
            f"Outlets: {outlets}")


def article_row(r: Any) -> list[str]:
    a = r.article
    return [a.title or "(untitled)", a.outlet, a.published or "", a.article_id, str(r.n_chunks)]


def ui_reason(reason: str) -> str:
    return _CLI_REPLACE.sub("; delete the stored article in the table first to replace it",
                            reason)


PASTED = "pasted.md"  # the file the pasted text is staged in


def shown_source(source: str, staged: Path | None) -> str:
    """A source as the page names it: an upload by its file name, the pasted text as such,
    never the server folder it was staged in."""
    if staged is None or not source.startswith(f"{staged}{os.sep}"):
        return source
    rest = source[len(str(staged)) + 1:]
    return f"the pasted text{rest[len(PASTED):]}" if rest.startswith(PASTED) else rest


def report_markdown(report: IngestReport, problems: list[str],
                    staged: Path | None = None) -> str:
    """What an add did, one line a problem. ``staged``: the folder uploads were copied to."""
    def src(source: str) -> str:
        return md_escape(shown_source(source, staged))

    lines = [f"**{report.summary()}**"]
    lines += [f"- skipped {src(s.source)}: {md_escape(s.reason)}" for s in report.skipped]
    lines += [f"- conflict {src(s.source)}: {md_escape(ui_reason(s.reason))}"
              for s in report.conflicts]
    lines += [f"- warning {src(s.source)}: {md_escape(s.reason)}" for s in report.warnings]
    lines += [f"- not added {md_escape(p)}" for p in problems]
    return redact("\n".join(lines))


def added_cleanly(report: IngestReport, problems: list[str]) -> bool:
    """Whether everything given went in, so the add fields can be emptied."""
    return (report.added + report.replaced + report.unchanged > 0 and not problems
            and not report.skipped and not report.conflicts)


def not_found(given: str) -> str:
    return (f"No article has the id “{given[:80]}”. Click an article in the table to fill "
            "in its id.")


def ambiguous(given: str, matches: list[str]) -> str:
    return (f"“{given[:80]}” is the start of several ids ({', '.join(matches)}): give more "
            "of it, or click the article in the table.")


def delete_question(title: str, outlet: str, published: str | None, article_id: str) -> str:
    when = f", {published}" if published else ""
    return (f"Delete **{md_escape(title or '(untitled)')}** ({md_escape(outlet or 'no outlet')}"
            f"{md_escape(when)}, id {md_escape(article_id)})? Answers stop using it at once.")


def deleted(title: str) -> str:
    return (f"Deleted **{md_escape(title)}**. Answers no longer use it; its text leaves the "
            "disk when the operator next compacts the index.")
