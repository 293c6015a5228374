"""What an empty chat shows: what the index holds, and example questions built from it.

Examples come from the newest headlines (one per outlet first, so the outlets show), each
asked as "Tell me about: HEADLINE" and shown with its outlet and date. A headline its source
cut short ("... with Japanese vs ...") is never one: it stops mid-phrase, or mid-word. A long
one is shown up to a whole word, with an ellipsis. An empty index gets directions to the
Coverage tab instead. Pure: index figures in, text out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from assistant.nlp import furniture
from assistant.nlp.dates import day_of
from assistant.ui.cards import esc
from assistant.ui.format import EMPTY_INDEX_HTML

N_EXAMPLES = 3
SHOWN_CHARS = 80  # of a headline in its example box
def clean_headline(title: str) -> str:
    """A headline without the dots its source cut it short with and the site's name after a
    bar (" | CNN": it names the outlet, not the news; a dash may be the headline's own)."""
    t = " ".join((title or "").split())
    t = t[:furniture.cut_short(t)]
    t = t[:furniture.site_suffix(t)]
    return t.strip(" .,:;")


def cut_short(title: str) -> bool:
    """Whether the source cut the headline short (it ends in "..." or "…")."""
    return furniture.cut_short(title or "") is not None


def shortened(text: str, limit: int = SHOWN_CHARS) -> str:
    """``text`` within ``limit`` characters, cut between words with an ellipsis if longer
    (one word longer than that stays whole: never cut inside a word)."""
    cut = text.rfind(" ", 0, limit) if len(text) > limit else -1
    return text[:cut].rstrip(" ,:;—–-") + "…" if cut > 0 else text


def example_questions(rows: Sequence[tuple[str, str, str | None]], n: int = N_EXAMPLES,
                      ) -> list[dict[str, str]]:
    """Examples for the chat from ``(title, outlet, published)`` rows, newest first: one per
    outlet while outlets last, then the next newest. Each is a Gradio example message:
    ``text`` is asked, ``display_text`` shown."""
    picked: list[tuple[str, str, str | None]] = []
    outlets: set[str] = set()
    usable = [(clean_headline(t), o, p) for t, o, p in rows
              if len(clean_headline(t)) >= 12 and not cut_short(t)]
    for row in usable:
        if row[1] not in outlets and len(picked) < n:
            picked.append(row)
            outlets.add(row[1])
    for row in usable:
        if len(picked) >= n:
            break
        if row not in picked:
            picked.append(row)
    return [{"text": f"Tell me about: {t}",
             "display_text": f"{shortened(t)} — {o or 'unknown outlet'}{', ' + p if p else ''}"}
            for t, o, p in picked]


def placeholder_html(stats: dict[str, Any], today: dt.date | None = None,
                     recent_days: int = 30) -> str:
    """The empty chat's text: what can be asked about, or how to add coverage. When the
    newest article is over ``recent_days`` before ``today`` (an archive), it says so and
    points to "As of", which reads "this week" and "latest" from another day."""
    if not stats.get("articles"):
        return f'<div class="nq-placeholder">{EMPTY_INDEX_HTML}</div>'
    outlets = list(stats.get("outlets", {}).items())
    named = ", ".join(esc(o) for o, _ in outlets[:3])
    more = len(outlets) - 3
    span = (f", published {esc(stats['earliest'])} to {esc(stats['latest'])}"
            if stats.get("earliest") else "")
    n = stats["articles"]
    and_more = f" and {more} more outlet{'s' if more > 1 else ''}" if more > 0 else ""
    newest = day_of(stats.get("latest"))
    today = today or dt.date.today()
    old = (f" The newest article is from {esc(stats['latest'])}: set <b>As of</b> under "
           "Filters to ask about that time (“this week”, “latest”)."
           if newest and (today - newest).days > recent_days else "")
    return (f'<div class="nq-placeholder"><b>Ask about {n} article{"s" if n != 1 else ""}</b> '
            f"from {named}{and_more}{span}. "
            "Every answer quotes the passages it rests on; hover or tap a marker [1] to preview "
            f"its source.{old}</div>")
