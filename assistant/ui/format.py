"""Pure formatting for the chat: questions, answers (streaming, finished, stopped), errors.

A chat message is one HTML block (``<div class="nq-msg">…</div>``, with no raw newline in
it, so the chat's Markdown renderer passes it through whole) holding:
- the answer, each sentence followed by its markers ``[n]`` (links to its quote, with a
  preview on hover) and, if the verifier doubts it, struck through with why;
- notes that qualify it (a fallback, a date window), then the backend and the time taken,
  quietly;
- its sources, one card per article (:mod:`assistant.ui.cards`);
- its plain text (hidden), which the copy button copies: the answer with ``[n]`` markers
  and its sources listed below, no markup.

Everything that comes from an article or a user is escaped: article text is data, and a
page that renders it must never run it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from assistant.answer.contract import TENTATIVE
from assistant.redact import redact
from assistant.types import Answer, AnswerSentence, Citation
from assistant.ui.cards import IconFn, esc, group_by_article, inline, ref, sources_block

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-!|~])")
# what GFM's autolinks start from: the ":" of "://", the "." of "www.", an "@"
_AUTOLINK = re.compile(r"(?i)(:(?=//)|(?<=\bwww)\.|@)")
# matched at the start only: a message comes from the browser, so nothing here may take
# more than linear time on it (stopped() below used a lazy pattern that did)
_MSG_ID = re.compile(r'\s*<div class="nq-msg[^"]*" id="m-([0-9a-f]+)"')
_STATUS_OPEN, _DIV_CLOSE = '<div class="nq-status">', "</div>"

# a tentative answer's warning: a badge, then the rest of TENTATIVE as a sentence
_BADGE, _, _WHY = TENTATIVE.partition(": ")
_WEAK_HTML = (f'<div class="nq-weak"><span class="nq-badge">{_BADGE}</span> '
              f'{inline(_WHY[:1].upper() + _WHY[1:])}</div>')

EMPTY_INDEX = ("There is no coverage in the index yet. Add articles in the Coverage tab "
               "(upload files, paste text, or give URLs), or load the sample article there.")
EMPTY_INDEX_HTML = ("There is no coverage in the index yet. Add articles in the "
                    "<b>Coverage</b> tab (upload files, paste text, or give URLs), or load the "
                    "sample article there.")


def md_escape(text: str) -> str:
    """Text that Markdown shows literally (no emphasis, links, HTML). For Markdown
    components only; chat messages and views are HTML. A bare address is no link either:
    GFM links "https://…", "www.…" and "name@host" as they stand (a probe made a stored
    title's "https://evil.example/login" a link), so their punctuation is escaped too."""
    return _AUTOLINK.sub(r"\\\1", _MD_SPECIAL.sub(r"\\\1", text))


def anchor_prefix(answer_id: str) -> str:
    return f"s{answer_id}"


def message_id(content: str) -> str | None:
    """The answer id a chat message carries, if it is an answer."""
    m = _MSG_ID.match(content or "")
    return m.group(1) if m else None


def _msg(body: str, plain: str, answer_id: str | None = None, kind: str = "") -> str:
    cls = "nq-msg" + (f" {kind}" if kind else "")
    ident = f' id="m-{answer_id}"' if answer_id else ""
    return (f'<div class="{cls}"{ident}>{body}'
            f'<div class="nq-plain">{inline(plain)}</div></div>')


def user_html(question: str) -> str:
    """The user's question as they typed it (a URL stays a URL, nothing is escaped twice)."""
    return (f'<div class="nq-msg nq-user">{inline(question)}'
            f'<div class="nq-plain">{inline(question)}</div></div>')


def empty_index_html() -> str:
    return _msg(EMPTY_INDEX_HTML, EMPTY_INDEX, kind="nq-empty")


def error_html(message: str) -> str:
    shown = redact(message)
    return _msg(f"<b>Error:</b> {inline(shown)}", f"Error: {shown}", kind="nq-error")


# --- the answer ------------------------------------------------------------------------

def seconds(ms: float) -> str:
    return f"{ms:.0f} ms" if ms < 1000 else f"{ms / 1000:.1f} s"


def filters_text(filters: dict[str, object]) -> list[str]:
    out = []
    for key, value in filters.items():
        shown = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        out.append(f"{key} {shown}" if key in ("since", "until") else f"{key}: {shown}")
    return out


# where the LLM server is ("openai:m at http://10.0.0.5:8000/v1"): the operator's business,
# not the page's visitors', who see which model answered
_AT_SERVER = re.compile(r" at [a-zA-Z][\w+.-]*://\S+")


def unplaced(text: str) -> str:
    """``text`` without the LLM server's address, and without any secret."""
    return _AT_SERVER.sub("", redact(text))


def meta_text(answer: Answer, as_of: dt.date | None = None) -> str:
    """The quiet line under an answer: backend, time taken, passages read, filters, and the
    day it was asked as on (``as_of``, when not today), so a shared answer says when it was
    read from."""
    parts = [unplaced(answer.backend)]
    if "total" in answer.timings_ms:
        parts.append(seconds(answer.timings_ms["total"]))
    if answer.passages:
        n = len(answer.passages)
        parts.append(f"{n} passage{'s' if n != 1 else ''}")
    return " · ".join(parts + filters_text(answer.filters)
                      + ([f"as of {as_of.isoformat()}"] if as_of else []))


def notes(answer: Answer, ingest_running: bool, searched: str | None = None) -> list[str]:
    """What the reader should know beside the answer: a notice, a running ingest, and what a
    follow-up was searched for ("What did he say?": the person named before)."""
    out = [unplaced(answer.notice)] if answer.notice else []
    if searched:
        out.append(f"Searched for: {searched}")
    if ingest_running:
        out.append("An ingest is running: this answer uses the articles indexed so far.")
    return out


def sentence_html(s: AnswerSentence, by_n: dict[int, Citation], prefix: str) -> str:
    refs = "".join(ref(by_n[n], prefix) for n in s.citations if n in by_n)
    text = inline(s.text)
    flag = s.flag()
    if flag is None:
        return f"{text} {refs}" if refs else text
    return (f'<span class="nq-doubt nq-{esc(s.verdict)}"><s>{text}</s>'
            f'{" " + refs if refs else ""} <span class="nq-flag">({inline(flag)})</span></span>')


def answer_body(answer: Answer, prefix: str) -> str:
    if answer.refused:
        return (f'<div class="nq-answer nq-refused"><span class="nq-badge">Not in the '
                f'coverage</span> {inline(answer.answer)}</div>')
    by_n = {c.n: c for c in answer.citations}
    if not answer.sentences:
        return f'<div class="nq-answer">{inline(answer.answer)}</div>'
    weak = _WEAK_HTML if answer.tentative else ""
    return (weak + '<div class="nq-answer">'
            + " ".join(sentence_html(s, by_n, prefix) for s in answer.sentences) + "</div>")


def answer_plain(answer: Answer, ingest_running: bool = False,
                 as_of: dt.date | None = None, searched: str | None = None) -> str:
    """What the copy button copies: the answer with [n] markers, what qualifies it (the
    day asked as on among it), and its sources below, one article a line with its numbered
    quotes."""
    if answer.refused or not answer.sentences:
        lines = [answer.answer]
    else:
        parts = []
        for s in answer.sentences:
            marks = "".join(f"[{n}]" for n in s.citations)
            flag = s.flag()
            parts.append(s.text + (f" {marks}" if marks else "")
                         + (f" ({flag})" if flag else ""))
        lines = ([TENTATIVE] if answer.tentative else []) + [" ".join(parts)]
    extra = notes(answer, ingest_running, searched) + [f"Filters: {f}" for f in
                                             filters_text(answer.filters)]
    extra += [f"As of {as_of.isoformat()}"] if as_of else []
    if extra:
        lines += ["", *extra]
    if answer.citations and not answer.refused:
        lines += ["", "Sources"]
        for g in group_by_article(answer.citations):
            c = g.first
            lines.append(f"{c.outlet or 'unknown outlet'}, {c.published or 'undated'}: "
                         f"{c.title or '(untitled)'}" + (f" — {c.url}" if c.url else ""))
            for x in g.citations:
                said = f" (said by {x.speaker})" if x.speaker else ""
                lines.append(f"  [{x.n}] “{' '.join(x.quote.split())}”{said}")
    return redact("\n".join(lines))


def answer_html(answer: Answer, answer_id: str, texts: dict[str, str],
                icon: IconFn | None = None, ingest_running: bool = False,
                as_of: dt.date | None = None, searched: str | None = None) -> str:
    """The chat message of a finished answer; ``as_of``: the day it was asked as on, when
    not today; ``searched``: what a follow-up was searched for, when not its own words."""
    prefix = anchor_prefix(answer_id)
    body = answer_body(answer, prefix)
    body += "".join(f'<div class="nq-note">{inline(n)}</div>'
                    for n in notes(answer, ingest_running, searched))
    body += f'<div class="nq-meta">{inline(meta_text(answer, as_of))}</div>'
    if not answer.refused:
        body += sources_block(answer.citations, texts, prefix, icon)
    return _msg(body, answer_plain(answer, ingest_running, as_of, searched), answer_id)


def sources_html(answer: Answer, texts: dict[str, str], answer_id: str = "0",
                 icon: IconFn | None = None) -> str:
    """Only the source cards of an answer (one per article)."""
    return sources_block(answer.citations, texts, anchor_prefix(answer_id), icon)


# --- while it is written, and when it is stopped -----------------------------------------

def live_html(answer_id: str, text: str, status: str) -> str:
    """A message being written: the text so far (unchecked) and what is happening."""
    body = (f'<div class="nq-answer">{inline(text)}</div>'
            f'<div class="nq-status"><span class="nq-spin" aria-hidden="true"></span>'
            f"{inline(status)}</div>")
    return _msg(body, text, answer_id, kind="nq-live")


STOPPED = "Stopped. This text was not checked against the sources."


def stopped(content: str) -> str:
    """A message being written, as it stands once the user stopped it."""
    if "nq-live" not in content:
        return content
    done = f'<div class="nq-status nq-stopped">{STOPPED}</div>'
    halted = content.replace("nq-msg nq-live", "nq-msg nq-halted", 1)
    start = halted.find(_STATUS_OPEN)
    end = halted.find(_DIV_CLOSE, start + len(_STATUS_OPEN)) if start >= 0 else -1
    if end < 0:
        return halted
    return halted[:start] + done + halted[end + len(_DIV_CLOSE):]


def last_message_live(chat: Sequence[dict[str, object]]) -> bool:
    return bool(chat) and "nq-live" in str(chat[-1].get("content", ""))
