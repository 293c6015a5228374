"""Pure formatting of answers, reports and tables for the terminal."""

from __future__ import annotations

from rich.markup import escape

from assistant.answer.contract import TENTATIVE
from assistant.types import Answer, AnswerSentence, Citation


def fmt_bytes(n: int) -> str:
    size = float(n)
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} B"


def source_line(c: Citation) -> str:
    bits = [c.outlet or "unknown outlet", c.published or "undated"]
    head = f"[{c.n}] {c.title or '(untitled)'} — " + ", ".join(bits)
    return head + (f" — {c.url}" if c.url else "")


def quoted_from(c: Citation) -> str:
    """Where a quote stands in its article: "the headline", or its characters in the body."""
    return "the headline" if c.field == "title" else f"chars {c.start}–{c.end}"


def sentence_markup(text: str, s: AnswerSentence) -> str:
    """A sentence as shown: plain when supported; struck through in red with "(unsupported:
    why)" when its evidence is missing; in magenta with "(contradicts [n]: what the source
    says)" when its evidence says otherwise."""
    flag = s.flag()
    if flag is None:
        return text
    colour = "magenta" if flag.startswith("contradict") else "red"
    return f"[strike {colour}]{text}[/] [{colour}]({escape(flag)})[/]"


def answer_markup(answer: Answer) -> str:
    """An answer as rich markup: text (after a warning when it is tentative), flagged
    sentences struck through with why, then its sources."""
    lines: list[str] = []
    if answer.refused:
        lines.append(f"[yellow]{escape(answer.answer)}[/]")
    else:
        parts = []
        for s in answer.sentences:
            marks = "".join(f"[{n}]" for n in s.citations)
            text = escape(s.text) + (" " + escape(marks) if marks else "")
            parts.append(sentence_markup(text, s))
        if answer.tentative:
            lines.append(f"[yellow]{escape(TENTATIVE)}[/]")
        lines.append(" ".join(parts))
    dropped = answer.repairs.get("dropped_citations", 0)
    if dropped:
        lines.append(f"[dim]removed {dropped} citation(s) to passages that do not exist[/]")
    if answer.filters:
        active = "; ".join(f"{k}={', '.join(map(str, v)) if isinstance(v, list) else v}"
                           for k, v in answer.filters.items())
        lines.append(f"[dim]filters: {escape(active)}[/]")
    if answer.citations:
        lines.append("")
        lines.append("[bold]Sources[/]")
        first: dict[str, int] = {}  # article id -> the first citation of it
        for c in answer.citations:
            if c.article_id in first:  # the article is listed once; its other quotes follow
                lines.append(escape(f"[{c.n}] ") + "[dim]"
                             + escape(f"the same article as [{first[c.article_id]}]") + "[/]")
            else:
                first[c.article_id] = c.n
                lines.append(escape(source_line(c)))
            lines.append(f'    [italic]"{escape(c.quote)}"[/] [dim]({quoted_from(c)})[/]')
            if c.speaker:
                lines.append(f"    [dim]said by[/] {escape(c.speaker)}")
            if c.also_published_by:
                lines.append("    [dim]also published by[/] "
                             + escape("; ".join(c.also_published_by)))
    return "\n".join(lines)
