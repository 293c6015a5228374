"""Sentence spans with character offsets.

A rule-based splitter tuned for news copy: every line break ends a sentence (news text
puts headlines, datelines and paragraphs on their own lines), and inside a line a sentence
ends at ``.``, ``!`` or ``?`` (plus any closing quotes or brackets) followed by space and a
capital, digit or opening quote, or at a full stop glued to a capitalised word after a
lower-case one ("agencies.The": paragraphs a scraper joined), unless the word before the
stop is a known abbreviation, a single initial or dotted initials ("J.B."). A question or
exclamation that closes a quote and is followed by its attribution ('"Are we confident?" he
said.', '"Why?" Spurs coach Gregg Popovich said.') is one sentence: news puts the speaker
after the quote, and the quote alone is no sentence of its own.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr gen gov sen rep lt col sgt capt cmdr
    adm prof rev hon pres inc corp co ltd llc dept univ assn bros vs etc
    no nos vol fig approx est jan feb mar apr jun jul aug sep sept oct
    nov dec mon tue tues wed thu thurs fri sat sun u.s u.n u.k e.u a.m
    p.m i.e e.g d.c n.y l.a""".split()
)

# a stop, then space and what may open a sentence; or a stop glued to a capitalised word
# ("... on Tuesday, July 9.Tropical Storm Beryl ...": paragraphs joined by a scraper)
_BOUNDARY = re.compile(
    r"[.!?]++[\"'”’)\]]*+(?:\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?=[A-Z][a-z]))")
_LINE = re.compile(r"[^\n]+")
_DOTTED_INITIALS = re.compile(r"^(?:[a-z]\.)+[a-z]$")
# after '?"' or '!"': a short clause that names a speaker and a verb of speaking, ending the
# sentence ("Jonathan Chriest, a meteorologist with the weather service, told CNN.")
_SPEECH_TAIL = re.compile(
    r"[^\"“”!?\n]{0,120}?\b(?:said|says|say|asked|asks|told|tells|added|adds|wrote|"
    r"writes|tweeted|posted|replied|explained|joked|exclaimed|wondered)\b[^\"“”!?\n]{0,50}?"
    r"\.?")


def _is_abbreviation(text: str, stop: int) -> bool:
    """True when the word that ends at ``stop`` (the index of the period) is an abbreviation."""
    if text[stop] != ".":
        return False
    start = stop
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "\"'“‘([":
        start -= 1
    word = text[start:stop].lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():  # an initial: "George W. Bush"
        return True
    if _DOTTED_INITIALS.match(word):  # "J.B. Bickerstaff"
        return True
    return word in _ABBREVIATIONS


def _glued_is_no_end(text: str, m: re.Match[str]) -> bool:
    """A full stop with no space after it ends a sentence only between two plain words: a
    word ending in a lower-case letter after a letter or digit, or a number, before it
    ("agencies.The", "the 1920s.They", "July 9.Tropical"), and no address on either side
    ("Coronavirus.Iowa.gov", "@freepress.com.Follow", "www.Site.org"). Initials ("John
    F.Kennedy", "D-W.Va.") have a capital before the stop, so they stay whole."""
    if m.group(0)[-1:].isspace():
        return False  # not glued
    stop = m.group(0)
    if stop[0] != "." or stop.startswith("..") or any(q in stop for q in "\"'"):
        # "What does SOS mode mean?Symbol appears ...": two link headlines glued (page
        # furniture, see assistant.nlp.furniture); "Meanwhile...Back at the Lab": a title;
        # 'left the room."We will fight': a straight quote that opens the next sentence
        return True
    a = m.start()
    if not (text[a - 1:a].isdigit() or re.fullmatch(r"[A-Za-z0-9][a-z]", text[max(0, a - 2):a])):
        return True
    before = text[max(0, a - 60):a].split()
    after = text[m.end():m.end() + 60].split()
    word_before = before[-1] if before else ""
    word_after = after[0] if after else ""
    line_start = text.rfind("\n", 0, a) + 1
    if word_before.isdigit() and not text[line_start:a - len(word_before)].strip():
        return True  # a numbered list: "1.Move to ..." opening its line
    return (any(c in word_before for c in "@/:.") or word_before.lower().startswith("www")
            or re.search(r"\.[a-z]", word_after) is not None or "@" in word_after)


def _quote_then_speaker(text: str, m: re.Match[str]) -> bool:
    """'"...?" X said.': a quote closed by '?' or '!' and then its attribution."""
    stop = m.group(0).rstrip()
    if stop[:1] not in "?!" or stop[-1:] not in "\"”’":
        return False
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    end = line_end
    for nxt in _BOUNDARY.finditer(text, m.end(), line_end):  # the next real sentence end
        if not (_is_abbreviation(text, nxt.start()) or _glued_is_no_end(text, nxt)):
            end = nxt.start() + 1
            break
    return _SPEECH_TAIL.fullmatch(text[m.end():end].rstrip()) is not None


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences in ``text[start:end]``.

    Offsets are into ``text``; spans are stripped of surrounding white space and
    never empty, so ``text[s:e]`` is always a clean sentence.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text, start, end):
        cursor = line.start()
        for m in _BOUNDARY.finditer(text, line.start(), line.end()):
            if (_is_abbreviation(text, m.start()) or _glued_is_no_end(text, m)
                    or _quote_then_speaker(text, m)):
                continue
            stop = m.end() - len(m.group(0)) + len(m.group(0).rstrip())
            spans.append((cursor, stop))
            cursor = m.end()
        spans.append((cursor, line.end()))
    return [s for s in (_strip(text, a, b) for a, b in spans) if s[1] > s[0]]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` as strings (see :func:`sentence_spans`)."""
    return [text[a:b] for a, b in sentence_spans(text)]
