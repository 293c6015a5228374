"""``newsqa compare`` and ``newsqa timeline``: how accounts differ, and what happened when."""

from __future__ import annotations

import json
from typing import Any

import typer
from rich.markup import escape

from assistant.cli.common import filters_from, handle_errors, open_coverage, out, settings_from
from assistant.cli.render import quoted_from, source_line


def _assistant(ctx: typer.Context) -> Any:
    from assistant.answer.chain import Assistant

    settings = settings_from(ctx)
    return Assistant(open_coverage(settings), settings)


OUTLET = typer.Option(None, "--outlet", "-o",
                      help="Only this outlet, by domain or name (cnn.com, CNN); repeat for "
                           "several.")
SINCE = typer.Option(None, help="Only articles published on/after YYYY-MM-DD.")
UNTIL = typer.Option(None, help="Only articles published on/before YYYY-MM-DD.")


def reading_label(slot: Any, account: str) -> str:
    """ "valleytimes.example (2024-03-20 [3]; earlier 12, 2024-03-14 [2])": the reading that
    leads an account, with its date, the earlier values it replaced, and ("also") newer ones
    whose sentences answer the question less well."""
    got = slot.readings.get(account) or []
    if not got:
        return account
    parts = [f"{got[0].published or 'undated'} [{got[0].citation}]"]
    earlier = [f"{r.value}, {r.published or 'undated'} [{r.citation}]"
               for r in slot.earlier(account)]
    if earlier:
        parts.append("earlier " + "; ".join(earlier))
    also = [f"{r.value}, {r.published or 'undated'} [{r.citation}]"
            for r in slot.also(account)]
    if also:
        parts.append("also " + "; ".join(also))
    return f"{account} ({'; '.join(parts)})"


def slot_verb(c: Any, slot: Any) -> str:
    """The slot's verb as the question writes it ("live" in "How many people live ...")."""
    verb = getattr(slot, "verb", None) or ""
    return next((w for w in c.question.split() if w.lower().startswith(verb[:3])), verb) \
        if verb else "its verb"


def within(f: Any) -> str:
    """What filters limited a search to, as a clause ("" for none): " (only cnn.com,
    published on or after 2030-01-01)"."""
    parts = f.limits() if f is not None else []
    return f" ({'; '.join(parts)})" if parts else ""


def comparison_markup(c: Any, filters: Any = None) -> str:
    from assistant.answer.compare import listing

    if not any(not a.silent for a in c.accounts):
        # nothing retrieved is about the question: say so, not an empty slot table
        limited = within(filters)
        return (f"[yellow]No account in the coverage{escape(limited)} answers this: "
                f"{escape(c.question)}[/]\n"
                + ("[dim]Nothing within these filters is about it. Try without them.[/]"
                   if limited else
                   "[dim]No retrieved article is about it. Try other words, or ingest "
                   "coverage of the story.[/]"))
    lines = [f"[bold]Accounts by {c.by}[/] of: {escape(c.question)}", ""]
    for a in c.accounts:
        if a.silent:
            continue
        lines.append(f"[bold cyan]{escape(a.label)}[/]")
        for s, cit in zip(a.sentences, a.citations, strict=True):
            lines.append(f"  {escape(s)} [{cit.n}]")
    for slot in c.slots:
        lines.append("")
        verdict = f"[red]{slot.verdict}[/]" if slot.contradiction else slot.verdict
        lines.append(f"[bold]{slot.kind}[/] — {verdict}")
        for value, who in slot.reported_by.items():
            lines.append(f"  {escape(value)!s:<32} reported by "
                         f"{escape(', '.join(reading_label(slot, w) for w in who))}")
        if getattr(slot, "other_sense", None) and slot.kind == "date":
            lines.append("  [dim]may date something else (the question's words for the "
                         f"event are not in the sentence): "
                         f"{escape(', '.join(slot.other_sense))}[/]")
        elif getattr(slot, "other_sense", None):
            lines.append(f"  [dim]may count something else (no \"{escape(slot_verb(c, slot))}"
                         f"\" in the sentence): {escape(', '.join(slot.other_sense))}[/]")
        for why, labels in getattr(slot, "side_notes", []):
            lines.append(f"  [dim]side figures, {escape(why)} (not lined up): "
                         f"{escape(', '.join(labels))}[/]")
        if getattr(slot, "recalled", None):
            lines.append("  [dim]recalls an earlier time, no current figure: "
                         f"{escape(', '.join(slot.recalled))}[/]")
        if slot.silent:
            lines.append(f"  [dim]silent: {escape(listing(slot.silent))}[/]")
    silent = [a.label for a in c.accounts if a.silent]
    if silent:
        lines.append(f"\n[dim]no answer at all from: {escape(listing(silent))}[/]")
    cites = [cit for a in c.accounts for cit in a.citations]
    if cites:
        lines += ["", "[bold]Sources[/]"]
        for cit in cites:
            lines.append(escape(source_line(cit)))
            who = f" — said by {cit.speaker}" if cit.speaker else ""
            lines.append(f'    [italic]"{escape(cit.quote)}"[/] '
                         f"[dim]({quoted_from(cit)}){escape(who)}[/]")
    return "\n".join(lines)


def timeline_markup(t: Any, filters: Any = None) -> str:
    if not t.events and not t.background and not t.apart:
        limited = within(filters)
        return (f"[yellow]No dated events found in the coverage of {escape(t.topic)}"
                f"{escape(limited)}.[/]" + (" Try without these filters." if limited else ""))
    lines = [f"[bold]Timeline[/] of: {escape(t.topic)}", ""]
    if not t.events:
        lines.append("[yellow]No dated event of the story itself; only what is listed "
                     "below.[/]")
    lines += _event_lines(t.events)
    if t.background:
        lines += ["", "[bold]Background[/] [dim](what the coverage recalls from before the "
                      "story)[/]", *_event_lines(t.background)]
    if t.apart:
        lines += ["", "[bold]Other times[/] [dim](reports a year or more from the main "
                      "coverage that tell of nothing in its time: often another story)[/]",
                  *_event_lines(t.apart)]
    return "\n".join(lines)


def _event_lines(events: list[Any]) -> list[str]:

    lines = []
    width = max([10, *(len(e.when) for e in events)])  # "week of 2022-10-17" is wider
    for e in events:
        c = e.citation
        how = "the day it was published" if e.expression == "published" \
            else f"“{e.expression}” in a report of {c.published or 'unknown date'}"
        lines.append(f"[bold]{e.when:<{width}}[/]  {escape(c.quote)} [{c.n}]")
        lines.append(f"{' ' * (width + 2)}[dim]dated by {escape(how)} — "
                     f"{escape(c.outlet or 'unknown')}, {escape(c.title)} "
                     f"({quoted_from(c)})[/]")
    return lines


@handle_errors
def compare_cmd(
    ctx: typer.Context,
    question: str = typer.Argument(..., help="The question, in quotes."),
    as_json: bool = typer.Option(False, "--json", help="Print the comparison as JSON."),
    outlet: list[str] = OUTLET, since: str | None = SINCE, until: str | None = UNTIL,
    k: int | None = typer.Option(None, "-k", min=1, max=50,
                                 help="Passages per side (default: 10, NEWSQA_RETRIEVAL__K; "
                                      "twice as many retrieved)."),
) -> None:
    """Each outlet's account of a question, side by side: who reports which value, who
    differs, who is silent.

    Values are typed (a duration, money, a count of one noun, an age, a percent, a date) and
    taken from the sentence of each article most likely to answer. Each outlet shows its
    newest value with its date, its earlier ones beside it. When one outlet is retrieved, the
    accounts are its speakers and its own voice. A figure that may answer something else is
    shown apart, as a side figure, with why. A toll that rose between reports, a rounder
    figure, or dates of different occasions are no contradiction.

    \b
    Examples:
      newsqa compare "How long did the call between Putin and Trump last?"
      newsqa compare "How many people died in the earthquake?" --since 2023-02-06

    Every rule: docs/coverage.md, "Compare and timeline: the rules, one by one"."""
    filters = filters_from(outlet, since, until)
    c = _assistant(ctx).compare(question, filters, k)
    if as_json:
        out.print_json(json.dumps(c.model_dump(exclude={"passages"})))
        return
    out.print(comparison_markup(c, filters))


@handle_errors
def timeline_cmd(
    ctx: typer.Context,
    topic: str = typer.Argument(..., help="What the timeline is about, in quotes."),
    as_json: bool = typer.Option(False, "--json", help="Print the timeline as JSON."),
    outlet: list[str] = OUTLET, since: str | None = SINCE, until: str | None = UNTIL,
    k: int = typer.Option(20, "-k", min=1, max=100, help="Passages to draw events from."),
) -> None:
    """Dated events in the coverage of a topic, oldest first, each with its citation.

    Only sentences about the topic; repeats across reports are one event, dated by the first.
    Relative dates ("on Wednesday") are resolved against each article's publication date (an
    article without one gives its dates no year); "the Jan. 6 attack" is dated 2021. What
    the coverage recalls from years before the story is listed
    apart as background, and reports a year or more from the topic's main coverage that tell
    of nothing in its time come last, under "Other times".

    \b
    Examples:
      newsqa timeline "Syria"
      newsqa timeline "the Japan earthquake of March 2022" --json

    Every rule: docs/coverage.md, "Compare and timeline: the rules, one by one"."""
    filters = filters_from(outlet, since, until)
    t = _assistant(ctx).timeline(topic, filters, k)
    if as_json:
        out.print_json(json.dumps(t.model_dump(exclude={"passages"})))
        return
    out.print(timeline_markup(t, filters))
