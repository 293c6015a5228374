"""Source cards and citation markers, as HTML. Pure: citations and article text in, escaped
HTML out.

One card per article, however many of its sentences an answer cites: the outlet first (with
its favicon when one is on disk, else a lettered badge), the date, the numbers that cite it,
the headline, then each quote highlighted inside its paragraph. Every number ``n`` gets an
anchor ``{prefix}-{n}`` at its quote, so a marker ``[n]`` can link to it; ``prefix`` keeps
the anchors of different answers (and of the Compare and Timeline tabs) apart on one page.

Everything that comes from an article is escaped: article text is data, and a page that
renders it must never run it.
"""

from __future__ import annotations

import hashlib
import html
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from assistant.types import Citation

CONTEXT_CHARS = 200
TIP_CHARS = 240
IconFn = Callable[[str], "str | None"]
"""outlet → a ``data:`` URI of its favicon, or None."""


def esc(text: str | None) -> str:
    return html.escape(text or "", quote=True)


def inline(text: str | None) -> str:
    """Escaped text with its newlines as character references, so that a Markdown renderer
    sees one unbroken HTML block (a blank line would end it)."""
    return esc(text).replace("\r", "").replace("\n", "&#10;")


@dataclass(frozen=True)
class ArticleGroup:
    """The citations of one article, in the order of their numbers."""

    article_id: str
    citations: tuple[Citation, ...]

    @property
    def first(self) -> Citation:
        return self.citations[0]


def group_by_article(citations: Iterable[Citation]) -> list[ArticleGroup]:
    """Citations grouped by article; groups ordered by their lowest number."""
    groups: dict[str, list[Citation]] = {}
    for c in sorted(citations, key=lambda c: c.n):
        groups.setdefault(c.article_id, []).append(c)
    return [ArticleGroup(aid, tuple(cs)) for aid, cs in groups.items()]


def context_span(text: str, start: int, end: int, width: int = CONTEXT_CHARS,
                 ) -> tuple[int, int]:
    """The paragraph around ``[start, end)``, trimmed to about ``width`` characters each side
    at a space, never inside a word ("…ar in Qatar" read as a typo)."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end == -1 else para_end
    a, b = max(para_start, start - width), min(para_end, end + width)
    if a > para_start and not text[a - 1].isspace():
        space = text.find(" ", a, start)
        a = start if space == -1 else space + 1
    if b < para_end and not text[b].isspace():
        space = text.rfind(" ", end, b)
        b = end if space == -1 else space
    return a, b


def windows(text: str, spans: Sequence[tuple[int, int]], width: int = CONTEXT_CHARS,
            ) -> list[tuple[int, int]]:
    """The context windows of ``spans``, overlapping ones merged, in text order."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(context_span(text, s, e, width) for s, e in spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


@dataclass(frozen=True)
class Quote:
    """A highlighted span and the label (with its anchor) put in front of it."""

    start: int
    end: int
    anchor: str
    label: str
    after: str = ""  # HTML put after the span, e.g. who said it


def highlight(text: str, a: int, b: int, quotes: Sequence[Quote]) -> str:
    """``text[a:b]`` escaped, with every quote inside it marked and labelled. Overlapping
    quotes share one highlight; each keeps its own label and anchor."""
    inside = [q for q in quotes if a <= q.start < b]
    cuts = sorted({a, b, *(q.start for q in inside), *(min(q.end, b) for q in inside)})
    parts = ["…" if a > 0 and text[a - 1] != "\n" else ""]
    for lo, hi in itertools.pairwise(cuts):
        parts += [f'<sup class="nq-qn" id="{esc(q.anchor)}">{esc(q.label)}</sup>'
                  for q in inside if q.start == lo]
        piece = inline(text[lo:hi])
        marked = any(q.start <= lo and hi <= q.end for q in inside)
        parts.append(f"<mark>{piece}</mark>" if marked and piece else piece)
        parts += [q.after for q in inside if q.after and min(q.end, b) == hi]
    parts.append("…" if b < len(text) and text[b] != "\n" else "")
    return "".join(parts)


def badge(outlet: str, icon: str | None) -> str:
    """The outlet's favicon (a ``data:`` URI read from disk), else its initial on a colour
    chosen from its name."""
    if icon and icon.startswith("data:image/"):
        return f'<img class="nq-fav" src="{esc(icon)}" alt="">'
    hue = int(hashlib.sha1(outlet.encode()).hexdigest(), 16) % 8
    letter = next((ch for ch in outlet.removeprefix("www.") if ch.isalnum()), "?").upper()
    return f'<span class="nq-fav nq-letter nq-hue{hue}" aria-hidden="true">{esc(letter)}</span>'


def in_title(c: Citation) -> bool:
    """Whether ``c`` quotes the article's headline (``start``/``end`` index ``c.title``)
    rather than its text. Read with a default: a Citation without ``field`` quotes the text."""
    return getattr(c, "field", "text") == "title"


def title_link(c: Citation, quotes: Sequence[Quote] = ()) -> str:
    """The headline, linked to the article if it has a web address; ``quotes`` (spans of the
    headline that citations quote) are highlighted in it."""
    title = (highlight(c.title, 0, len(c.title), quotes) if quotes and c.title
             else inline(c.title or "(untitled)"))
    if c.url and c.url.startswith(("http://", "https://")):
        return (f'<a href="{esc(c.url)}" target="_blank" rel="noopener noreferrer">'
                f"{title}</a>")
    return title


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def ref(c: Citation, prefix: str) -> str:
    """A marker ``[n]`` linking to its quote, with a preview (quote, outlet, date) shown on
    hover and on keyboard focus."""
    tip = (f'<span class="nq-tip" role="tooltip"><span class="nq-tip-src">'
           f'<b>{inline(c.outlet or "unknown outlet")}</b> · {inline(c.published or "undated")}'
           f'</span><span class="nq-tip-quote">{esc(shorten(c.quote, TIP_CHARS))}</span>'
           "</span>")
    return f'<a class="nq-ref" href="#{esc(prefix)}-{c.n}">[{c.n}]{tip}</a>'


def card(group: ArticleGroup, text: str, prefix: str, icon: IconFn | None = None,
         folded: bool = False) -> str:
    """One article's card with each of its quotes highlighted. ``folded``: only its head
    shows until opened (a link to one of its quotes opens it)."""
    c = group.first
    outlet = c.outlet or "unknown outlet"
    nums = "".join(f'<a class="nq-num" href="#{esc(prefix)}-{x.n}">[{x.n}]</a>'
                   for x in group.citations)

    def quote_of(x: Citation) -> Quote:
        return Quote(x.start, x.end, f"{prefix}-{x.n}", str(x.n),
                     f' <span class="nq-speaker">said by {inline(x.speaker)}</span>'
                     if x.speaker else "")

    def alone(x: Citation) -> str:  # a quote shown by itself, its source text not at hand
        q = quote_of(x)
        return highlight(x.quote, 0, len(x.quote),
                         [Quote(0, len(x.quote), q.anchor, q.label, q.after)])

    # a quote of the headline is highlighted in the headline, if it still reads so there
    headline = [x for x in group.citations if in_title(x)]
    title_ok = [x for x in headline if c.title[x.start:x.end].strip() == x.quote.strip()]
    title_quotes = [Quote(x.start, x.end, f"{prefix}-{x.n}", str(x.n)) for x in title_ok]
    cited = [x for x in group.citations if not in_title(x)]
    body = text if all(text[x.start:x.end].strip() == x.quote.strip() for x in cited) else ""
    if body:
        quotes = [quote_of(x) for x in cited]
        snippets = [highlight(body, a, b, quotes)
                    for a, b in windows(body, [(q.start, q.end) for q in quotes])]
    else:  # the article is gone (deleted since): show the quotes themselves
        snippets = [alone(x) for x in cited]
    snippets += [alone(x) for x in headline if x not in title_ok]
    # near-copies in the card's own outlet are not other outlets that ran it (an entry is
    # "outlet (headline)")
    also = sorted({o for x in group.citations for o in x.also_published_by
                   if o.split(" (", 1)[0] != outlet})
    also_html = ""
    if also:
        items = "".join(f"<li>{inline(o)}</li>" for o in also)
        also_html = (f'<details class="nq-also"><summary>Also published elsewhere '
                     f"({len(also)})</summary><ul>{items}</ul></details>")
    quotes_html = "".join(f'<blockquote class="nq-quote">{s}</blockquote>' for s in snippets)
    head = (f'<div class="nq-card-head">{badge(outlet, icon(outlet) if icon else None)}'
            f'<span class="nq-outlet">{inline(outlet)}</span>'
            f'<span class="nq-date">{inline(c.published or "undated")}</span>'
            f'<span class="nq-nums">{nums}</span></div>'
            f'<div class="nq-title">{title_link(c, title_quotes)}</div>')
    if folded:
        return (f'<details class="nq-card nq-folded"><summary>{head}</summary>'
                f"{quotes_html}{also_html}</details>")
    return f'<div class="nq-card">{head}{quotes_html}{also_html}</div>'


def sources_block(citations: Sequence[Citation], texts: dict[str, str], prefix: str,
                  icon: IconFn | None = None, fold_after: int | None = None) -> str:
    """The "Sources" section under an answer or a view: a heading and one card per article,
    in the order of their first citation number. With more than ``fold_after`` articles,
    every card shows only its head until opened."""
    if not citations:
        return ""
    groups = group_by_article(citations)
    folded = fold_after is not None and len(groups) > fold_after
    head = (f'<div class="nq-sources-head">Sources · {len(groups)} '
            f'{"article" if len(groups) == 1 else "articles"}'
            f'{" (open a card for its quotes)" if folded else ""}</div>')
    body = "".join(card(g, texts.get(g.article_id, ""), prefix, icon, folded) for g in groups)
    return f'<div class="nq-sources">{head}{body}</div>'
