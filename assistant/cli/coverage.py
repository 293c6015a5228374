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
    """Answer per outlet, side by side: who reports each value, who contradicts it, who is
    silent. Values are typed (a duration, money, a count of one noun, an age, a percent, a
    date), each article's from the sentence the answer model finds most likely to answer; each
    outlet shows its newest value with its date, earlier ones beside it, and a figure its
    headline states comes first. A newer report leads only if its sentence answers about as
    well as the outlet's best (at least half as likely): "reduced to less than 5,000" does not
    replace "at the peak, more than 70,000", and is shown as "also". A question of what
    happened on a whole day or month ("the sell-off of Aug. 5, 2024", "at its May 2023
    meeting") takes no report published before it, nor one over two weeks after that month that
    never names the month; a report of the first two weeks of a year may tell of the December
    before without naming it. A count another outlet reports larger on a later day is a toll
    that rose, and a rate reported on another day has moved: neither is a contradiction, nor is
    a rounder figure ("$1.6 million", "$1.61 million"), nor an account that only recalls an
    earlier one ("Two weeks ago, ..."), nor dates over a month apart (different occasions) or a
    month and a day in it, nor sums over tenfold apart (different things), nor a plan's date
    told on different days. The date of something that happened is the one most of an outlet's
    reports give, not its newest report's. Outlets are listed together only when they give the
    same amount in other words ("24 hours", "a day"). "How much" asks for money only with a
    word of money in the question ("cost", "paid", "refund", "box office", "stole", "how much
    rent", "how much did it take in", ...), or with a loss or an outflow of a business or to
    fraud ("How much did Disney's streaming business lose?"); interest and other rates are
    percents, as is a medicine's "how effective", and "a quarter percentage point" is one, as
    are shares in words ("a quarter of its staff", "one in five adults"; not "half"). "How far
    along" a pregnancy asks a duration. A month and day written without a year are in the year
    the question names, and a season across two years ("the 2022-23 season") is dated by its
    first. A count of a body's members ("All 21 members ... voted") answers a count of its
    people who did what was asked ("How many advisers voted?"). "How long is" a border, a
    bridge or a river asks a length, which is not typed: the accounts are shown side by side.
    A value whose clause's named actor is not who acts in the question (the name before its
    verb: "did Donovan Mitchell score") is someone else's ("Damian Lillard scored 71"),
    unless the clause names the question's actor or its actor is one phrase with the story's
    names ("Facebook parent company Meta"). A value must answer what was asked: not a part
    ("two new cases") nor the whole a part is taken of ("out of the 17"), a
    gap ("3 points behind"), the day a report counted up to ("as of Jan. 11"), turnout for a
    share of the vote,
    another's share or age, another kind of casualty (the trapped are not the injured), another
    named event or list heading ("• Kentucky:"), a toll of years before the report, a change
    the other way, a sum told without the question's words for its story, one place's part ("in
    Florida alone"), another thing's length ("a 40-hour turnaround"), another of a family the
    question names (BA.5 for BA.2), a time until something to come ("expected in 5 years"), a
    sentence that names only another US state than the question's ("Kansas City", a city in
    Missouri, names no state), or, for a question asked of a place abroad ("in the Caribbean"),
    one that names a US state and no place abroad; a running total leads before its increment.
    An article counts only if it is about the question and names each name the question names
    ("the United States" may be written "US"; a report of another quake that mentions the same
    country does not; one that names the event, "Typhoon Nanmadol", tells of it whatever its
    verb), and not if it was published a year or more from the main coverage and tells of
    nothing in its time. With a single outlet, the accounts are the article's speakers and its
    own voice; a figure (the outlet's own included) under half as likely to answer as the best
    account's is a side figure, shown but not lined up, as is one without a number the question
    names when another account's sentence has it ("3,800 steps a day"). By outlet or by
    speaker, a count done by another verb than the question's beside one done by it ("moved
    9,000 migrants out" beside "2,500 migrants camped out") is a side figure too, and so is a
    value whose sentence lacks the question's verb beside an account whose sentence has it,
    unless the two agree. Each side figure says why. A number the question names picks the
    sentence and the report that lead; of parallel figures in a sentence, the one told of what
    was asked ("11 were executed", "BQ.1.1 at 26.9%"); of figures whose clauses name the
    question's years, the one that names them ("10.3% from 2017 through 2021"). A side's goals
    or points are read from the game's score ("England routs China 6-1": 6 for England). "She
    was 73." is an age, and so is an "average age" of 26 years. A question of a peak ("record
    high") takes each account's highest reading; "its first recall" the earliest date; "last
    week" names no day, so a report that names one leads, and an article's "this week" yields
    to a day of that week it names elsewhere; a weekday after "starting" is to come; the day
    someone spoke ("officials said Tuesday", "said on Saturday night that", "Biden stressed
    yesterday", "Roblox on Friday said") dates no answer unless the question asks about a
    saying."""
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
    Only sentences about the topic, never bylines, captions, a page's questions ("How many
    banks have failed in 2023?") or a year's heading; a sentence that reports of one week
    repeat, word for word or with an update's tense edit, is one event, dated by the first.
    Relative dates ("on Wednesday") are resolved against each article's publication date; a
    year is never invented. What the coverage recalls from before the story is listed apart, as
    background: what happened before the time a topic names ("the Japan earthquake of March
    2022"), and in a topic about what happened (not just a name), dates two or more years
    before their report ("the 1984 eruption" in a report on Mauna Loa's 2022 one). In such a
    topic, a report published a year or more from the topic's main coverage (the year that
    holds most of its reports) that tells of nothing in that time is shown last, under "Other
    times": often another story in the same words, sometimes another chapter of a long one."""
    filters = filters_from(outlet, since, until)
    t = _assistant(ctx).timeline(topic, filters, k)
    if as_json:
        out.print_json(json.dumps(t.model_dump(exclude={"passages"})))
        return
    out.print(timeline_markup(t, filters))
