"""Date filters that a question implies: "latest", "this week", "before March 2023", ...

``question_window`` returns the inclusive publication-date window and a sentence that says
it, so the answer can state which coverage it looked at. "this week" and "today" are
relative to today's date; "latest" / "most recent" keep the newest week of the coverage
that retrieval finds for the question.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from assistant.nlp.dates import MONTHS, parse_date

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_WORDS = (rf"(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
               rf"\d{{1,2}}\s+(?:{_MONTH})\.?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|(?:{_MONTH})\.?\s+\d{{4}}|(?:19|20)\d\d)")
_BEFORE = re.compile(rf"(?i)\b(?:before|until|up to|prior to)\s+(?P<d>{_DATE_WORDS})\b")
_AFTER = re.compile(rf"(?i)\b(?:after|since|from)\s+(?P<d>{_DATE_WORDS})\b")
# "fell from 1973 to 2011", "from March through May 2023": a range of what the question is
# about, not of when it was reported
_RANGE = re.compile(rf"(?i)\bfrom\s+(?:{_DATE_WORDS}|(?:{_MONTH})\.?)\s+(?:to|through|until|"
                    rf"till)\s+{_DATE_WORDS}\b")
_LATEST = re.compile(r"(?i)\b(?:latest|most recent|newest|recent)\b")
_RELATIVE = re.compile(r"(?i)\b(?P<w>this|last|past)\s+(?P<u>week|month|year)\b|"
                       # "today", but not the newspaper "USA TODAY" nor "the Today show"
                       r"(?<!USA )\b(?P<day>today|yesterday)\b(?!\s+show\b)")


@dataclass(frozen=True)
class Window:
    since: str | None
    until: str | None
    says: str  # e.g. 'published 2017-11-15 to 2017-11-21 ("latest")'
    phrase: str = ""  # the words of the question that ask for it
    latest: bool = False  # "latest": the newest of the relevant coverage, not a fixed range
    relative: bool = False  # "this week", "last month", "today": relative to the asking day


def _bounds(expr: str) -> tuple[dt.date, dt.date] | None:
    """First and last day that a date expression covers."""
    iso = parse_date(expr)
    if iso is None:
        m = re.match(rf"(?i)({_MONTH})\.?\s+(\d{{4}})$", expr.strip())
        if not m:
            return None
        iso = f"{int(m[2]):04d}-{MONTHS[m[1].lower()]:02d}"
    if len(iso) == 10 and not iso.startswith("--"):
        d = dt.date.fromisoformat(iso)
        return d, d
    if len(iso) == 7:
        y, mo = int(iso[:4]), int(iso[5:])
        first = dt.date(y, mo, 1)
        nxt = dt.date(y + (mo == 12), mo % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    if len(iso) == 4:
        return dt.date(int(iso), 1, 1), dt.date(int(iso), 12, 31)
    return None


def question_window(question: str, today: dt.date, latest_days: int = 7) -> Window | None:
    """The publication window a question asks for, or None when it names none."""
    question = _RANGE.sub(" ", question)  # a range's "from" and "until" open no window
    if m := _BEFORE.search(question):
        b = _bounds(m["d"])
        if b:
            until = b[0] - dt.timedelta(days=1)
            return Window(None, until.isoformat(), f'published before {b[0].isoformat()} '
                                                   f'("{m.group(0)}")', m.group(0))
    if m := _AFTER.search(question):
        b = _bounds(m["d"])
        if b:
            word = m.group(0).split()[0].lower()
            since = b[1] + dt.timedelta(days=1) if word == "after" else b[0]
            return Window(since.isoformat(), None, f'published from {since.isoformat()} '
                                                   f'("{m.group(0)}")', m.group(0))
    if m := _RELATIVE.search(question):
        if m["day"]:
            d = today - dt.timedelta(days=m["day"].lower() == "yesterday")
            return Window(d.isoformat(), d.isoformat(), f'published on {d} ("{m.group(0)}")',
                          m.group(0), relative=True)
        unit = m["u"].lower()
        days = {"week": 7, "month": 31, "year": 366}[unit]
        if m["w"].lower() == "this":
            start = {"week": today - dt.timedelta(days=today.weekday()),
                     "month": today.replace(day=1), "year": today.replace(month=1, day=1)}[unit]
            return Window(start.isoformat(), today.isoformat(),
                          f'published {start} to {today} ("{m.group(0)}")', m.group(0),
                          relative=True)
        start = today - dt.timedelta(days=days)
        return Window(start.isoformat(), today.isoformat(),
                      f'published {start} to {today} ("{m.group(0)}")', m.group(0),
                      relative=True)
    if m := _LATEST.search(question):
        return Window(None, None, f"the newest {latest_days} days of the coverage that answers "
                      f'it ("{m.group(0)}")', m.group(0), latest=True)
    return None
