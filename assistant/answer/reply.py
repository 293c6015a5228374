"""A model's reply as text to repair: what no answer sentence is made of taken out, and the
ways models write a citation marker made ``[n]``.

A hostile probe played a model that wrote ``[1-3]``, ``[^1]``, ``[source 1]``, ``【1】``,
``[1](https://…)``, superscript ``¹``, a ``<think>`` block and a lone surrogate: each left
a stray "sentence", a true sentence flagged as citing nothing, a URL in the answer, the
model's reasoning shown as its answer, or a traceback when the answer was printed.
"""

from __future__ import annotations

import re

from assistant.answer.contract import MARKER, strip_markers
from assistant.nlp.sentences import sentence_spans

# a reasoning model's thoughts ("<think>…</think>"; unclosed: everything after it)
THINKING = re.compile(r"(?is)<think>.*?(?:</think>|$)")

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_MAX_RANGE = 10  # "[1-3]" is three citations; "[1-500]" is no list to expand

# "[1-3]", "[1–2]" (a range)
_RANGE = re.compile(r"\[ ?(\d{1,3}) ?[-–—] ?(\d{1,3}) ?\]")
# "[^1]", "[source 1]", "[Passage 1]", "[ 1 ]", "[1,]", "【1】", "[[1]]", "[1, 2,]"
_LOOSE = re.compile(r"(?i)[\[【]{1,2} {0,2}(?:\^|(?:source|passage|ref|doc(?:ument)?)s? ?#?)? ?"
                    r"(\d{1,3}(?: {0,2}, {0,2}\d{1,3}){0,9}) {0,2},? {0,2}[\]】]{1,2}")
# "[1](https://…)": a marker made a link
_LINKED = re.compile(r"(\[\d{1,3}(?:\s*,\s*\d{1,3})*\])\([^)\s]*\)")
# "said.¹" or "said¹²": superscript digits after a word or a full stop
# (not a unit's power: "km²")
_SUPER = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=[.,;:!?”\"')]))([⁰¹²³⁴⁵⁶⁷⁸⁹]+)")


def _range(m: re.Match[str]) -> str:
    a, b = int(m.group(1)), int(m.group(2))
    if not 0 < a <= b or b - a >= _MAX_RANGE:
        return m.group(0)
    return "".join(f"[{n}]" for n in range(a, b + 1))


def _loose(m: re.Match[str]) -> str:
    return "[" + ", ".join(n.strip() for n in m.group(1).split(",")) + "]"


def _superscript(m: re.Match[str]) -> str:
    return f"[{m.group(1).translate(_SUPERSCRIPT)}]"


# markdown that is no part of a sentence: a heading's or a code fence's whole line, a list
# item's mark, bold and italic marks around words
_HEADING_OR_FENCE = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t].*|`{3,}.*)$")
_ITEM = re.compile(r"(?m)^[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t]+")
# (not inside a word or a number: "f***", "2*3*4"; bounded, so no run of marks costs time)
_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|__|\*)(?=\S)([^*\n]{1,200}?)(?<=\S)\1(?![\w*])")


def clean_reply(text: str) -> str:
    """``text`` with its reasoning block taken out, lone surrogates made U+FFFD, markdown
    that makes no sentence left out (headings, code fences, list marks, bold) and every
    marker variant written ``[n]`` (``[1-3]`` as ``[1][2][3]``)."""
    text = THINKING.sub("", paired(text))
    # a list item stays a line of its own (the empty line keeps it from being read as a
    # sentence wrapped over lines: "Key points:\n- Inflation rose\n- Rates fell")
    text = _EMPHASIS.sub(r"\2", _ITEM.sub("\n", _HEADING_OR_FENCE.sub("", text)))
    text = _LINKED.sub(r"\1", text)
    text = _RANGE.sub(_range, text)
    text = _LOOSE.sub(_loose, text)
    return _SUPER.sub(_superscript, text).strip()


class SurrogateJoiner:
    """Streamed pieces whose surrogate pairs are whole: a server may split an emoji's pair
    across two chunks ("\\ud83d" + "\\ude00"), and each half alone cannot be printed."""

    def __init__(self) -> None:
        self._held = ""

    def feed(self, piece: str) -> str:
        piece = self._held + piece
        self._held = ""
        if piece and "\ud800" <= piece[-1] <= "\udbff":  # a high half: its pair may follow
            piece, self._held = piece[:-1], piece[-1]
        return paired(piece)

    def rest(self) -> str:
        held, self._held = self._held, ""
        return paired(held)


def paired(text: str) -> str:
    """``text`` with each surrogate pair made the one character it stands for ("\ud83d"
    "\ude00" is 😀; Python keeps them two) and each lone half made U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


# the markers after a sentence's stop ("... one hour. [1][2]")
_MARKERS_AFTER = re.compile(r"(?:\s*" + MARKER.pattern + ")*")
_STOPPED = re.compile(r"[.!?…][”\"')\]]*$")
_ALNUM = re.compile(r"[^\W_]")


def says_something(text: str) -> bool:
    """Does ``text`` hold a letter or a digit besides its markers (not "[1] [2]", "👍",
    "|---|")?"""
    return bool(_ALNUM.search(strip_markers(text)))


def finished_part(text: str) -> str:
    """``text`` up to the end of its last finished sentence ("" when none is): what a model
    cut off in mid-sentence ("Putin said earlier th", "GDP grew 2.1 perc") had not yet said.
    Sentences are the splitter's (:func:`sentence_spans`), so "2.1" and "Mr." end none."""
    end = 0
    for a, b in sentence_spans(text):
        if _STOPPED.search(strip_markers(text[a:b])):
            end = b
    if end:
        end = _MARKERS_AFTER.match(text, end).end()  # type: ignore[union-attr]
    return text[:end].rstrip()
