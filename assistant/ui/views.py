"""Pure formatting of the Compare and Timeline tabs.

Both read the fields their results carry (:class:`assistant.answer.compare.Comparison`,
:class:`assistant.answer.timeline.Timeline`): each quote or event names its outlet and date,
its marker ``[n]`` links to its quote in the source cards below the view (one card per
article, as under an answer) and previews it on hover.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.answer.compare import listing
from assistant.types import Citation, Filters
from assistant.ui.cards import IconFn, badge, inline, ref, sources_block
from assistant.ui.format import EMPTY_INDEX_HTML

COMPARE_PREFIX = "cmp"
TIMELINE_PREFIX = "tl"
FOLD_AFTER = 4  # a timeline citing more articles shows their cards folded


def empty(text: str) -> str:
    """A view with nothing to show, and why (``text`` is HTML)."""
    return f'<div class="nq-empty">{text}</div>'


def empty_index() -> str:
    return empty(EMPTY_INDEX_HTML)


def filtered_note(f: Filters) -> str:
    """What a compare or timeline view was limited to, above it ("Only cnn.com · published
    2023-03-01 to 2023-03-31"); nothing when it searched the whole index."""
    parts = f.limits()
    if f.outlets:  # "Only cnn.com · published ...", but "published ..." alone
        parts[0] = "Only" + parts[0].removeprefix("only")
    return f'<p class="nq-filtered">{inline(" · ".join(parts))}</p>' if parts else ""


def source_line(c: Citation) -> str:
    return (f'<div class="nq-src"><span class="nq-outlet">{inline(c.outlet or "unknown outlet")}'
            f'</span> · {inline(c.published or "undated")}</div>')


def _marker(n: int, by_n: dict[int, Citation]) -> str:
    return ref(by_n[n], COMPARE_PREFIX) if n in by_n else f"[{n}]"


def reading(slot: Any, account: str, by_n: dict[int, Citation]) -> str:
    """The value that leads an account (see ``Slot.readings``) with its date and marker, the
    earlier values it replaced, and ("also") newer ones whose sentences answer less well:
    "valley.example (2024-03-20 [3]; earlier 12 miners, 2024-03-14 [2])"."""
    got = (getattr(slot, "readings", None) or {}).get(account) or []
    if not got:
        return inline(account)
    parts = [f"{inline(got[0].published or 'undated')} {_marker(got[0].citation, by_n)}"]
    earlier = [f"{inline(r.value)}, {inline(r.published or 'undated')} "
               f"{_marker(r.citation, by_n)}" for r in slot.earlier(account)]
    if earlier:
        parts.append('<span class="nq-earlier">earlier ' + "; ".join(earlier) + "</span>")
    also = [f"{inline(r.value)}, {inline(r.published or 'undated')} "
            f"{_marker(r.citation, by_n)}" for r in slot.also(account)]
    if also:
        parts.append('<span class="nq-earlier">also ' + "; ".join(also) + "</span>")
    return f"{inline(account)} ({'; '.join(parts)})"


def shown_noun(noun: str, values: list[str]) -> str:
    """The counted noun as the values write it: slots keep a stem ("peopl"), a reader wants
    the word ("people"); the stem itself when no value spells it out."""
    for value in values:
        for word in re.findall(r"[^\W\d_]+", value):
            if word.lower().startswith(noun) and len(word) - len(noun) <= 3:
                return word.lower()
    return noun


def comparison_html(c: Any, texts: dict[str, str] | None = None,
                    icon: IconFn | None = None) -> str:
    """The compare view: one column per account, the slot table (who reports what), then
    the source cards."""
    if c is None or not any(not a.silent for a in c.accounts):
        return empty("No account in the coverage answers this.")
    cols, cited = [], []
    for a in c.accounts:
        if a.silent:
            continue
        items = "".join(
            f"<li>{inline(s)} {ref(cit, COMPARE_PREFIX)}{source_line(cit)}</li>"
            for s, cit in zip(a.sentences, a.citations, strict=True))
        cited += a.citations
        mark = badge(a.label, icon(a.label) if icon else None) if c.by == "outlet" else ""
        cols.append(f'<div class="nq-card nq-account"><div class="nq-card-head">{mark}'
                    f'<span class="nq-outlet">{inline(a.label)}</span></div>'
                    f'<ul class="nq-account-quotes">{items}</ul></div>')
    by_n = {x.n: x for x in cited}
    rows = []
    for slot in c.slots:
        verdict = (f'<span class="nq-{"differ" if slot.contradiction else "agree"}">'
                   f'{inline(slot.verdict)}</span>')
        vals = "".join(
            f"<li><b>{inline(v)}</b> — {', '.join(reading(slot, w, by_n) for w in who)}</li>"
            for v, who in slot.reported_by.items())
        silent = (f'<div class="nq-silent">silent: {inline(listing(slot.silent))}</div>'
                  if slot.silent else "")
        if getattr(slot, "other_sense", None):
            what = ("may date something else (the question's words for the event are not "
                    "in its sentence)" if slot.kind == "date" else
                    "may count something else (the question's verb is not in its sentence)")
            silent += (f'<div class="nq-silent">{inline(what)}: '
                       f'{inline(", ".join(slot.other_sense))}</div>')
        for why, labels in getattr(slot, "side_notes", []):
            silent += (f'<div class="nq-silent">side figures, {inline(why)} (not lined up): '
                       f'{inline(", ".join(labels))}</div>')
        if getattr(slot, "recalled", None):
            silent += (f'<div class="nq-silent">recalls an earlier time, no current figure: '
                       f'{inline(", ".join(slot.recalled))}</div>')
        noun = getattr(slot, "noun", None)
        kind = slot.kind + (f" ({shown_noun(noun, list(slot.reported_by))})" if noun else "")
        rows.append(f"<tr><td><b>{inline(kind)}</b><br>{verdict}</td>"
                    f"<td><ul>{vals}</ul>{silent}</td></tr>")
    table = f'<table class="nq-slots">{"".join(rows)}</table>' if rows else ""
    unique = list({x.n: x for x in cited}.values())
    return (f'<div class="nq-view"><div class="nq-view-head">Accounts by {inline(c.by)}</div>'
            f'<div class="nq-accounts">{"".join(cols)}</div>{table}'
            f"{sources_block(unique, texts or {}, COMPARE_PREFIX, icon)}</div>")


def timeline_html(t: Any, texts: dict[str, str] | None = None,
                  icon: IconFn | None = None) -> str:
    """Dated events, oldest first, each with how the text dates it, its outlet and date;
    then the source cards."""
    apart = t.apart if t is not None else []
    if t is None or not (t.events or t.background or apart):
        return empty("No dated events in the coverage found for this.")
    table = (f'<table class="nq-timeline">{"".join(map(_event_row, t.events))}</table>'
             if t.events else '<p class="nq-empty">No dated event of the story itself; only '
                              'what is listed below.</p>')
    if t.background:
        table += ('<div class="nq-view-head">Background: what the coverage recalls from '
                  'before the story</div><table class="nq-timeline nq-background">'
                  f'{"".join(map(_event_row, t.background))}</table>')
    if apart:
        table += ('<div class="nq-view-head">Other times: reports a year or more from the '
                  'main coverage that tell of nothing in its time (often another story)</div>'
                  '<table class="nq-timeline nq-background">'
                  f'{"".join(map(_event_row, apart))}</table>')
    everything = [*t.events, *t.background, *apart]
    cited = list({e.citation.n: e.citation for e in everything}.values())
    return (f'<div class="nq-view">{table}'
            f"{sources_block(cited, texts or {}, TIMELINE_PREFIX, icon, FOLD_AFTER)}</div>")


def _event_row(e: Any) -> str:
    c = e.citation
    how = f"“{inline(e.expression)}”" if e.expression != "published" else "publication date"
    return (f'<tr><td class="nq-date">{inline(e.when)}</td><td>{inline(c.quote)} '
            f'{ref(c, TIMELINE_PREFIX)}<div class="nq-src"><span class="nq-outlet">'
            f'{inline(c.outlet or "unknown outlet")}</span> · {inline(c.published or "undated")}'
            f" · dated by {how} · {inline(c.title or '(untitled)')}</div></td></tr>")
