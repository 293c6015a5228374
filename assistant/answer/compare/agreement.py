"""Whether two values can both be true ("up to $20,000" and "$10,000"; "$1.6 million" and
"$1.61 million"), are the same amount in other words, or differ only as news moves: a toll
that rose between reports, a rate that moved, dates or sums too far apart to be one thing.
"""

from __future__ import annotations

import math
import re

from assistant.answer.compare.asked import Asked
from assistant.answer.compare.dates import _day
from assistant.answer.compare.text import _YEAR_IN
from assistant.nlp.quantities import Quantity

_WRITTEN = re.compile(r"\d[\d,]*(?:\.(?P<decimals>\d+))?")


def _rounding(q: Quantity) -> float:
    """Half a unit of the last digit ``q`` is written with, when it is written rounded to a
    decimal or a scale word: "$1.6 million" may be anything from $1.55 to $1.65 million.
    A whole number written in full ("12", "1,500") is taken as exact."""
    m = _WRITTEN.search(q.text)
    if m is None:
        return 0.0
    written = float(m.group(0).replace(",", ""))
    decimals = len(m["decimals"] or "")
    scale = q.value / written if written else 1.0
    if not decimals and scale <= 1.0:
        return 0.0
    return 0.5 * 10.0 ** -decimals * scale


def agree(a: Quantity | str, b: Quantity | str) -> bool:
    """Could both be true? ("up to $20,000" and "$10,000" could: no contradiction; nor
    "$1.6 million" and "$1.61 million", one rounder than the other; nor can a rise of "a
    quarter percentage point" contradict a rate of "5.25%".)"""
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        if a.kind == b.kind == "percent" and (a.unit == "point") != (b.unit == "point"):
            return True
        ra, rb = _rounding(a), _rounding(b)
        return a.kind == b.kind and a.low - ra <= b.high + rb and b.low - rb <= a.high + ra
    if isinstance(a, str) and isinstance(b, str) and _YEAR_IN.match(a) and _YEAR_IN.match(b):
        # a vaguer date holds the exact one: "August" 2022 and 2022-08-16 can both be true
        return a.startswith(b) or b.startswith(a)
    return a == b


def same_amount(a: Quantity | str, b: Quantity | str) -> bool:
    """Are both the same amount in other words ("24 hours" and "a day", "nine" and "9")? Two
    values that only could both be true ("up to $20,000" and "$10,000") are not: each
    account is shown with its own."""
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        return a.kind == b.kind and math.isclose(a.low, b.low) and (
            math.isclose(a.high, b.high) or a.high == b.high)
    return a == b


# two dates of one event told by two outlets differ by a day or two (a time zone, "late
# Saturday"); more than a month apart, the sentences date different occasions: an earlier
# round, the same weekday of another week, a plan before it moved, a misread year
APART_DAYS = 31


# two outlets' sums for one thing that differ more than tenfold are two things, not a dispute
# over one ("$8" a month for a subscription and "$44 billion" for the company)
APART_RATIO = 10.0


def _apart(a: tuple[Quantity | str, str | None], b: tuple[Quantity | str, str | None]) -> bool:
    """Are two differing dates more than ``APART_DAYS`` apart, or two sums of money more
    than ``APART_RATIO`` times apart?"""
    x, y = a[0], b[0]
    if isinstance(x, Quantity) and isinstance(y, Quantity):
        low, high = sorted((x, y), key=lambda q: q.high)
        return x.kind == y.kind == "money" and low.high > 0 \
            and high.low > APART_RATIO * low.high
    if not (isinstance(x, str) and isinstance(y, str)):
        return False
    dx, dy = _day(x), _day(y)
    return dx is not None and dy is not None and abs((dx - dy).days) > APART_DAYS


def _moved(a: tuple[Quantity | str, str | None], b: tuple[Quantity | str, str | None],
           asked: Asked | None = None) -> bool:
    """Are two differing shares from reports of different days ("6.33%" on 8 December, "6.31%"
    on 15 December)? A rate moves between reports, either way. So does the date of a plan
    ("When will ... launch?": scrubbed on Monday, set again for Friday). Two reports of one
    day still disagree."""
    (x, day_x), (y, day_y) = a, b
    if not (day_x and day_y and day_x[:10] != day_y[:10]):
        return False
    if isinstance(x, str) and isinstance(y, str):
        return asked is not None and asked.kind == "date" and asked.side == "to come"
    return isinstance(x, Quantity) and isinstance(y, Quantity) and x.kind == y.kind == "percent"


def _rose(a: tuple[Quantity | str, str | None], b: tuple[Quantity | str, str | None]) -> bool:
    """Is one of two differing counts a later report's larger tally ("almost 2,000 dead" on
    6 February, "more than 41,000" on 14 February)? A toll grows as it is counted; two
    reports of one day, or a later smaller count, still disagree."""
    (x, day_x), (y, day_y) = a, b
    if not (isinstance(x, Quantity) and isinstance(y, Quantity) and x.kind == "count"
            and day_x and day_y and day_x[:10] != day_y[:10]):
        return False
    earlier, later = (x, y) if day_x[:10] < day_y[:10] else (y, x)
    return later.low > earlier.high
