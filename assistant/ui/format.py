"""Pure formatting for the web UI: answers to chat Markdown, citations to HTML cards.

Everything that comes from an article is escaped: article text is data, and a page
that renders it must never run it.
"""

from __future__ import annotations

import html
import re
from typing import Any

from assistant.redact import redact
from assistant.types import Answer, Citation

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-!|~])")
CONTEXT_CHARS = 320


def md_escape(text: str) -> str:
    """Text that Markdown shows literally (no emphasis, links, HTML)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def marker_link(n: int) -> str:
    """``[n]`` as a link to its source card in the panel beside the chat."""
    return f"[\\[{n}\\]](#cite-{n})"


def answer_markdown(answer: Answer, ingest_running: bool = False) -> str:
    """The chat message for an answer: sentences with [n] markers, flags, refusal, filters."""
    if answer.refused:
        body = f"**Refused:** {md_escape(answer.answer)}"
    else:
        parts = []
        for s in answer.sentences:
            marks = " ".join(marker_link(n) for n in s.citations)
            text = md_escape(s.text) + (f" {marks}" if marks else "")
            flag = s.flag()
            parts.append(text if flag is None else f"~~{text}~~ **({md_escape(flag)})**")
        body = " ".join(parts)
    notes = []
    if answer.filters:
        notes.append("filters: " + md_escape(", ".join(
            f"{k}={','.join(v) if isinstance(v, list) else v}" for k, v in answer.filters.items())))
    if answer.notice:
        notes.append(md_escape(redact(answer.notice)))
    if ingest_running:
        notes.append("an ingest is running: this answer uses the articles indexed so far")
    notes.append(f"answered by {md_escape(redact(answer.backend))}")
    return body + "\n\n" + "\n".join(f"<sub>{n}</sub>  " for n in notes)


def context_span(text: str, start: int, end: int, width: int = CONTEXT_CHARS,
                 ) -> tuple[int, int]:
    """The paragraph around ``[start, end)``, trimmed to ``width`` characters each side."""
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end == -1 else para_end
    return max(para_start, start - width), min(para_end, end + width)


def highlight(text: str, start: int, end: int) -> str:
    """HTML of the quote's paragraph with the quote marked; everything escaped."""
    a, b = context_span(text, start, end)
    before = ("…" if a > 0 and text[a - 1] != "\n" else "") + html.escape(text[a:start])
    after = html.escape(text[end:b]) + ("…" if b < len(text) and text[b] != "\n" else "")
    return f"{before}<mark>{html.escape(text[start:end])}</mark>{after}"


def html_marker(n: int, anchor: str = "cite") -> str:
    """``[n]`` in an HTML view (Compare, Timeline) as a link to its card ``#anchor-n``."""
    return f'<a class="nq-ref" href="#{anchor}-{n}">[{n}]</a>'


def citation_card(c: Citation, article_text: str, anchor: str = "cite") -> str:
    """A source card, ``id="{anchor}-{n}"``: each view has its own anchor, since the Ask,
    Compare and Timeline tabs share one page."""
    title = html.escape(c.title or "(untitled)")
    if c.url and c.url.startswith(("http://", "https://")):
        title = (f'<a href="{html.escape(c.url, quote=True)}" target="_blank" '
                 f'rel="noopener noreferrer">{title}</a>')
    meta = " · ".join(html.escape(x) for x in (c.outlet or "unknown outlet",
                                               c.published or "undated"))
    who = (f' <span class="nq-speaker">said by {html.escape(c.speaker)}</span>'
           if c.speaker else "")
    also = ""
    if c.also_published_by:
        items = "".join(f"<li>{html.escape(x)}</li>" for x in c.also_published_by)
        also = f'<details class="nq-also"><summary>Also published by {len(c.also_published_by)}' \
               f"</summary><ul>{items}</ul></details>"
    return (f'<div class="nq-card" id="{anchor}-{c.n}"><div class="nq-head">'
            f'<span class="nq-n">[{c.n}]</span> {meta}{who}</div>'
            f'<div class="nq-title">{title}</div>'
            f'<blockquote class="nq-quote">{highlight(article_text, c.start, c.end)}</blockquote>'
            f"{also}</div>")


def sources_html(answer: Answer | None, articles: dict[str, str]) -> str:
    """The source panel: one card per citation, in order."""
    if answer is None:
        return '<div class="nq-empty">Sources for the latest answer appear here.</div>'
    if answer.refused or not answer.citations:
        return ('<div class="nq-empty">No sources: the indexed coverage does not answer '
                "this question.</div>")
    cards = [citation_card(c, articles.get(c.article_id, c.quote)) for c in answer.citations]
    return "\n".join(cards)


CSS = """
.nq-card{border:1px solid var(--border-color-primary);border-radius:8px;padding:8px 10px;
margin-bottom:8px}
.nq-head{font-size:0.85em;opacity:0.8}
.nq-speaker{border-radius:4px;padding:0 4px;margin-left:4px;background:var(--color-accent-soft)}
.nq-also{font-size:0.85em;margin-top:4px}
.nq-accounts{display:flex;gap:8px;flex-wrap:wrap}.nq-account{flex:1;min-width:220px}
.nq-differ{color:#c0392b;font-weight:bold}.nq-date{white-space:nowrap;font-weight:bold;
vertical-align:top;padding-right:8px}
.nq-n{font-weight:bold;margin-right:4px}
.nq-title{font-weight:600;margin:2px 0 4px}
.nq-quote{margin:0;font-size:0.92em;line-height:1.4}
.nq-quote mark{background:#ffe58a;color:inherit;padding:0 1px}
.nq-empty{opacity:0.7;font-style:italic}
.nq-card:target{outline:2px solid #f59e0b}
.nq-ref{font-weight:bold;text-decoration:none}
.nq-earlier{opacity:0.75}.nq-sources{margin-top:12px}
.nq-speaker{border:1px solid currentColor;border-radius:4px;padding:0 4px;margin-left:6px}
"""


def cards_html(citations: list[Citation], articles: dict[str, str], anchor: str) -> str:
    """The cards a view's markers link to, each once, in marker order."""
    seen: dict[int, Citation] = {}
    for c in citations:
        seen.setdefault(c.n, c)
    if not seen:
        return ""
    cards = [citation_card(c, articles.get(c.article_id, c.quote), anchor)
             for _, c in sorted(seen.items())]
    return '<div class="nq-sources"><div class="nq-title">Sources</div>' + "\n".join(cards) \
        + "</div>"


def _dated(outlet: str | None, published: str | None) -> str:
    return html.escape(f"{outlet or 'unknown outlet'} · {published or 'undated'}")


def _reading(slot: Any, account: str, anchor: str) -> str:
    """An account's newest reading of a slot with its date and marker, and the earlier values
    it replaced: "valleytimes.example (2024-03-20 [3]; earlier 12 miners, 2024-03-14 [2])"."""
    got = (getattr(slot, "readings", None) or {}).get(account) or []
    if not got:
        return html.escape(account)
    parts = [f"{html.escape(got[0].published or 'undated')} "
             f"{html_marker(got[0].citation, anchor)}"]
    earlier = [f"{html.escape(r.value)}, {html.escape(r.published or 'undated')} "
               f"{html_marker(r.citation, anchor)}" for r in slot.earlier(account)]
    if earlier:
        parts.append('<span class="nq-earlier">earlier ' + "; ".join(earlier) + "</span>")
    return f"{html.escape(account)} ({'; '.join(parts)})"


def comparison_html(c: Any, articles: dict[str, str] | None = None,
                    anchor: str = "cmp-cite") -> str:
    """The compare view: one column per account, then the slot table (who reports what: each
    account's newest value with its date, the earlier ones beside it), then the source
    cards that every ``[n]`` links to. ``articles`` (id → text) gives the cards their
    paragraph; without it a card shows the quote alone."""
    if c is None or not any(not a.silent for a in c.accounts):
        return '<div class="nq-empty">No account in the coverage answers this.</div>'
    cols = []
    citations: list[Citation] = []
    for a in c.accounts:
        if a.silent:
            continue
        citations += a.citations
        quotes = "".join(
            f'<blockquote class="nq-quote">{html.escape(s)} {html_marker(cit.n, anchor)}'
            f'<div class="nq-head">{_dated(cit.outlet, cit.published)}</div></blockquote>'
            for s, cit in zip(a.sentences, a.citations, strict=True))
        cols.append(f'<div class="nq-card nq-account"><div class="nq-title">'
                    f'{html.escape(a.label)}</div>{quotes}</div>')
    rows = []
    for slot in c.slots:
        verdict = ('<span class="nq-differ">accounts differ</span>' if slot.contradiction
                   else "no contradiction")
        vals = "".join(
            f"<li><b>{html.escape(v)}</b> — "
            f"{', '.join(_reading(slot, w, anchor) for w in who)}</li>"
            for v, who in slot.reported_by.items())
        silent = (f'<div class="nq-head">silent: {html.escape(", ".join(slot.silent))}</div>'
                  if slot.silent else "")
        kind = slot.kind + (f" ({slot.noun})" if getattr(slot, "noun", None) else "")
        rows.append(f"<tr><td><b>{html.escape(kind)}</b><br>{verdict}</td>"
                    f"<td><ul>{vals}</ul>{silent}</td></tr>")
    table = f'<table class="nq-slots">{"".join(rows)}</table>' if rows else ""
    return (f'<div class="nq-head">Accounts by {html.escape(c.by)}</div>'
            f'<div class="nq-accounts">{"".join(cols)}</div>{table}'
            f"{cards_html(citations, articles or {}, anchor)}")


def timeline_html(t: Any, articles: dict[str, str] | None = None,
                  anchor: str = "tl-cite") -> str:
    """The timeline view: one row per event (its date, its sentence with a ``[n]`` that links
    to its card, how the text dates it, the outlet and the article's date), then the
    cards."""
    if t is None or not t.events:
        return '<div class="nq-empty">No dated events in the coverage found for this.</div>'
    rows = []
    for e in t.events:
        c = e.citation
        rows.append(
            f'<tr><td class="nq-date">{html.escape(e.date)}</td><td>{html.escape(c.quote)} '
            f'{html_marker(c.n, anchor)}<div class="nq-head">{html.escape(e.expression)} — '
            f'{_dated(c.outlet, c.published)}, {html.escape(c.title)}</div></td></tr>')
    return (f'<table class="nq-timeline">{"".join(rows)}</table>'
            f"{cards_html([e.citation for e in t.events], articles or {}, anchor)}")
