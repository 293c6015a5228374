"""Dates from metadata and datelines, without ever inventing a year.

Dates are ISO strings: ``YYYY-MM-DD``; partial ``YYYY-MM`` or ``YYYY``; and
``--MM-DD`` (ISO 8601's form for a month and day whose year is unknown).
"""

from __future__ import annotations

import datetime as dt
import re

# how long after a month a report may still tell of it without naming it (a follow-up, a
# funeral, a tally revised, a December lawsuit reported in January)
REPORT_LAG_DAYS = 14

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r"))\.?"

_ISO = re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})(?:[-/.](?P<d>\d{1,2}))?(?:[T ].*)?$")
_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th)?"
_OPT_YEAR = r"(?:,?\s+(?P<y>\d{4}))?\b"
_MDY = re.compile(rf"^(?:\w+,?\s+)?{_MONTH}\s+{_DAY}{_OPT_YEAR}", re.I)
_DMY = re.compile(rf"^(?:\w+,?\s+)?{_DAY}\s+{_MONTH}{_OPT_YEAR}", re.I)
_YEAR = re.compile(r"^(?P<y>\d{4})$")

# "MOSCOW, November 21. /TASS/." or "WASHINGTON (AP) —" or "LONDON, Jan. 5, 2023 (Reuters) -"
DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z .'’-]{{1,40}}),\s+{_MONTH}\s+(?P<d>\d{{1,2}})(?:,\s+(?P<y>\d{{4}}))?\.?"
    r"\s*(?:/(?P<agency>[A-Za-z-]{2,20})/\.?|\((?P<agency2>[A-Za-z -]{2,20})\))?",
    re.M,
)


def _iso(y: int | None, m: int | None, d: int | None) -> str | None:
    try:
        if y is not None and m is not None and d is not None:
            return dt.date(y, m, d).isoformat()
        if y is not None and m is not None:
            return f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None
        if y is not None:
            return f"{y:04d}"
        if m is not None and d is not None:
            dt.date(2000, m, d)  # validate month/day in a leap year
            return f"--{m:02d}-{d:02d}"
    except ValueError:
        return None
    return None


def parse_date(value: object) -> str | None:
    """Normalise a metadata date to an ISO (possibly partial) string, or None.

    Accepts date/datetime objects and strings such as ``2023/01/05``,
    ``2023-01-05T10:00:00Z``, ``January 5, 2023``, ``5 Jan 2023``, ``Nov 21``.
    A string without a year yields ``--MM-DD``: the year is never guessed.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()
    if not s:
        return None
    if m := _ISO.match(s):
        return _iso(int(m["y"]), int(m["m"]), int(m["d"]) if m["d"] else None)
    if m := _COMPACT.match(s):
        return _iso(int(m["y"]), int(m["m"]), int(m["d"]))
    for pattern in (_MDY, _DMY):
        if m := pattern.match(s):
            y = int(m["y"]) if m["y"] else None
            return _iso(y, MONTHS[m["month"].lower()], int(m["d"]))
    if m := _YEAR.match(s):
        return _iso(int(m["y"]), None, None)
    return None


def date_key(iso: str | None) -> int | None:
    """``YYYYMMDD`` as an int for range filters; None unless the date is complete."""
    if iso and len(iso) == 10 and iso[4] == "-":
        return int(iso.replace("-", ""))
    return None


def day_of(published: str | None) -> dt.date | None:
    """The day of a publication date ("2024-05-06", "2024/05/06", or with a time after it);
    None when it is missing or not a whole day."""
    try:
        return dt.date.fromisoformat(published[:10].replace("/", "-")) if published else None
    except ValueError:
        return None


def find_dateline(text: str, max_chars: int = 600) -> tuple[str | None, str | None]:
    """Look for a dateline near the top of an article.

    Returns ``(date, agency)``: the date as ISO or ``--MM-DD`` when the dateline
    carries no year, and the agency named in it (``TASS``), either may be None.
    """
    m = DATELINE.search(text[:max_chars])
    if not m:
        return None, None
    y = int(m["y"]) if m["y"] else None
    date = _iso(y, MONTHS[m["month"].lower()], int(m["d"]))
    return date, (m["agency"] or m["agency2"] or None)
