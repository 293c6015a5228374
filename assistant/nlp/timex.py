"""Date expressions in article text, resolved against the article's publication date.

"on Wednesday", "November 20", "Nov. 20, 2017", "yesterday", "last week", "later this year",
"in March", "in 2016". The result is an ISO date or a partial one whose precision says what
is known: ``2017-11-22`` (a day), ``2017-11`` (a month), ``2017`` (a year), ``--11-20`` (a
day of an unknown year). Rules, in news convention:

- A weekday means the latest such day on or before publication, or the next one after it
  when the sentence speaks of the future ("will", "is to", "plans", "next").
- A month and day without a year take the publication year; if that lands more than six
  months after publication (past tense) or before it (future), the adjacent year.
- Without a known publication year, only expressions that carry their own year, or a month
  and day (kept as ``--MM-DD``), are resolved: a year is never invented.
- A week is named by its Monday ("last week", "this week"). A Sunday report closes its week:
  its "last week" is the week ending that day, and what is to come "this week" comes in the
  next one.
- Days joined in one span or list are read together (:func:`_paired`): weekdays named in
  order are days in a row, a weekday beside its date is that date, and a day and month
  without a year take the year of the day they run to.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import NamedTuple

from assistant.nlp.dates import MONTHS, _iso
from assistant.nlp.furniture import is_furniture
from assistant.nlp.lexicon import WEEKDAYS
from assistant.nlp.sentences import sentence_spans
from assistant.types import TimeMention

_WEEKDAYS = list(WEEKDAYS)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_EXPR = re.compile(
    rf"(?i)\b(?:"
    rf"(?P<md>(?P<md_m>{_MONTH_NAMES})\.?\s+(?P<md_d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:,?\s+(?P<md_y>(?:19|20)\d\d))?)"
    rf"|(?P<dm>(?P<dm_d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<dm_m>{_MONTH_NAMES})\.?"
    rf"(?:,?\s+(?P<dm_y>(?:19|20)\d\d))?)"
    rf"|(?P<my>(?P<my_m>{_MONTH_NAMES})\.?\s+(?:of\s+)?(?P<my_y>(?:19|20)\d\d))"
    rf"|(?P<wd>(?:(?:on|last|next|this)\s+)?(?P<wd_d>{'|'.join(_WEEKDAYS)}))"
    r"|(?P<rel>yesterday|today|tomorrow|tonight)"
    r"|(?P<per>(?:(?:later|earlier)\s+)?(?P<per_w>last|next|this|later this|earlier this)\s+"
    r"(?P<per_u>week|month|year))"
    r"|(?P<yr>(?:(?<=\bin\s)|(?<=\bsince\s))(?P<yr_y>(?:19|20)\d\d))"
    r"|(?P<mo>(?:(?<=\bin\s)|(?<=\bsince\s))(?P<mo_m>january|february|march|april|june|july|august|september|"
    r"october|november|december))"
    r")\b"
)
# cues that what follows is to come, for any date; "supposed to" is added by each reader
# ("would have been", "would've launched": a past that did not happen; "would have to
# approve" and "would have the final say" are still to come)
_PERFECT = (r"(?:\s+(?:not|never|probably|likely|also|still|otherwise|surely))?"
            r"(?:\s+have|['’]ve)\s+(?:been|had|done|gone|got|gotten|made|taken|given|won|lost|"
            r"seen|become|begun|run|met|held|left|kept|paid|sent|told|\w{3,}ed)\b")
_WILL_CUES = (rf"will|won['’]t|(?:would|wouldn['’]t)(?!{_PERFECT})")
_WILL = re.compile(rf"(?i)\b(?:{_WILL_CUES})\b")
_FUTURE_CUES = (rf"{_WILL_CUES}|is to|are to|about to|plans?|planned|scheduled|slated|"
                r"expected|forecast|next|upcoming|due to|set to|until|"
                r"(?<!was )(?<!were )(?<!been )(?:projected|predicted|poised|on track) to")
_FUTURE = re.compile(rf"(?i)\b(?:{_FUTURE_CUES}|supposed to)\b")
# a weekday is near: it is also to come after a forecast, a hope or a promise ("expects
# Beryl to reach the Yucatan on Friday", "hopes to have a partner established Thursday"; not
# "forecasts", a noun as often: "Forecasts Monday showed rain").
# Months are not read this way: "expect inflation to fall from 3% in October" is October past
# (a plan of days before, "was supposed to shine Tuesday", is past; of a month, "was
# supposed to take effect in June", still to come)
_FUTURE_DAY = re.compile(
    rf"(?i)\b(?:{_FUTURE_CUES}|(?<!was )(?<!were )supposed to|(?<!to )expects?|"
    r"(?:hopes?|aims?|intends?|promises?) to|look(?:s|ing)? forward to|"
    r"(?<!was )(?<!were )going to (?!the\b|an?\b))\b")


def _parse_pub(published: str | None) -> tuple[dt.date | None, int | None]:
    """(the full publication date if known, the publication year if known)."""
    if not published or published.startswith("--"):
        return None, None
    try:
        return dt.date.fromisoformat(published[:10]), int(published[:4])
    except ValueError:
        return None, int(published[:4]) if published[:4].isdigit() else None


# a "will" day up to this many days before its report is read as past, not as next year's
STALE_WILL_DAYS = 31


def _month_day(m: int, d: int, y: int | None, pub: dt.date | None, pub_year: int | None,
               future: bool, since: bool = False, past: bool = False,
               will: bool = False) -> str | None:
    if y is not None:
        return _iso(y, m, d)
    if pub is None:
        return _iso(pub_year, m, d) if pub_year else _iso(None, m, d)
    try:
        days = [dt.date(pub.year + k, m, d) for k in (-1, 0, 1)]
    except ValueError:  # 29 February: only the publication year is tried
        try:
            days = [dt.date(pub.year, m, d)]
        except ValueError:
            return None
    if since:  # "closed since April 3": the latest such day on or before publication
        before = [x for x in days if (x - pub).days <= 1]
        return max(before).isoformat() if before else None
    # the tense says which side of publication, within six months; else, when the verb
    # before it is past, the latest such day before publication ("died Sept. 8" in May's
    # paper is last September's); else the nearest ("The Fed meets Sept. 20")
    fits = [x for x in days if abs((x - pub).days) <= 183
            and ((x - pub).days >= -1 if future else (x - pub).days <= 1)]
    if not fits and past and not future:
        fits = [max(before)] if (before := [x for x in days if (x - pub).days <= 1]) else []
    if not fits and will and not past and not any(
            -STALE_WILL_DAYS <= (x - pub).days <= 1 for x in days):
        # what "will" come is after publication, however far ("Camilla will be crowned on
        # May 6" in September's paper is next May's); what "would" come may be past by now
        # ("they had heard the border would close on Dec. 21"), and so may what "will" come
        # within days before the report (a later copy that kept its "will")
        fits = [min(after)] if (after := [x for x in days if (x - pub).days >= -1]) else []
    return min(fits or days, key=lambda x: abs((x - pub).days)).isoformat()


def resolve(m: re.Match[str], pub: dt.date | None, pub_year: int | None,
            future: bool, since: bool = False, past: bool = False,
            will: bool = False) -> str | None:
    """The ISO (possibly partial) date of one matched expression, or None. After "since"
    the date is on or before publication, whatever the tense; ``past``: a verb in the past
    before it ("died Sept. 8"); ``will``: "will" before it, in its clause."""
    g = m.groupdict()
    future = future and not since
    if (day := _month_and_day(m)) is not None:
        return _month_day(*day, _year_given(m), pub, pub_year, future, since, past,
                          will and future)
    if g["my"]:
        return _iso(int(g["my_y"]), MONTHS[g["my_m"].lower()], None)
    if g["yr"]:
        return g["yr_y"]
    if pub is None:
        if g["per"] and g["per_u"] == "year" and "this" in g["per_w"] and pub_year:
            return str(pub_year)
        if g["mo"] and pub_year:
            return _iso(pub_year, MONTHS[g["mo_m"].lower()], None)
        return None  # relative to a day we do not know
    if g["wd"]:
        target = _WEEKDAYS.index(g["wd_d"].lower())
        word = g["wd"].split()[0].lower()
        if word == "next" or (future and word != "last"):
            # "next Monday" is never today; "will meet on Monday" in Monday's paper is today
            delta = (target - pub.weekday()) % 7 or (7 if word == "next" else 0)
            return (pub + dt.timedelta(days=delta)).isoformat()
        delta = (pub.weekday() - target) % 7
        if word != "last" and delta == 6 and not since:
            # a bare weekday is never six days old (a writer says "last Wednesday"): it is
            # the day after the date the article carries, whose scraped date lags a day or
            # whose events happened where it was already the next day
            return (pub + dt.timedelta(days=1)).isoformat()
        if word == "last" and delta <= 1:
            # "last Thursday" is never today, nor yesterday (which a writer calls "Thursday"
            # or "yesterday"): in Friday's paper it is the Thursday a week before
            delta += 7
        return (pub - dt.timedelta(days=delta)).isoformat()
    if g["rel"]:
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[g["rel"].lower()]
        return (pub + dt.timedelta(days=shift)).isoformat()
    if g["per"]:
        which, unit = g["per_w"].lower(), g["per_u"].lower()
        step = -1 if which == "last" else 1 if which == "next" else 0
        if unit == "year":
            return str(pub.year + step)
        if unit == "month":
            month0 = pub.year * 12 + pub.month - 1 + step
            return f"{month0 // 12:04d}-{month0 % 12 + 1:02d}"
        if pub.weekday() == 6:
            # a Sunday paper's week is the one it closes: "last week" is that week (Finland's
            # vote of Tuesday 17 May 2022 in a report of Sunday the 22nd), and what is to
            # come "this week" comes in the next one
            if step == -1:
                step = 0
            elif step == 0 and (future or g["per"].lower().startswith("later")):
                step = 1
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=step)
        return monday.isoformat()  # the week, named by its Monday
    if g["mo"]:
        month = MONTHS[g["mo_m"].lower()]
        year = pub.year
        if (since and month > pub.month) or (not future and month > pub.month + 1):
            year -= 1
        elif future and month < pub.month:
            year += 1
        return _iso(year, month, None)
    return None


def find_times(article_id: str, text: str, published: str | None) -> list[TimeMention]:
    """Every resolvable date expression of ``text``. A dateline repeats the publication date
    and is skipped."""
    pub, pub_year = _parse_pub(published)
    spans = sentence_spans(text)
    if pub is not None:
        pub = written_on(text, spans, pub)
    out: list[TimeMention] = []
    years: dict[tuple[int, int], set[int]] = {}  # a month and day → the years it is given
    # (where the day's mention will be, its month and day, a body named for it, the words
    # after it, and whether its clause looks ahead)
    named: list[tuple[int, tuple[int, int], bool, str, bool]] = []
    for a, b in spans:
        sentence = text[a:b]
        found: Found = []
        last_past = (0, False)  # where the last date ended, and whether a past verb led it
        for m in _EXPR.finditer(sentence):
            if m.group(0).lower() == "may" or _is_dateline(sentence, m) or _not_a_date(
                    sentence, m):
                continue
            before = sentence[: m.start()]
            # "since Monday", "Since the strike began on Monday": before now
            since = before.lower().rstrip().endswith("since") or bool(
                re.match(r"(?i)\s*since\b", _own_clause(before)))
            cues = _FUTURE_DAY if m.groupdict().get("wd") else _FUTURE
            future = _future(sentence, m, cues)
            past = bool(_PAST_BEFORE_DATE.search(_own_clause(before))) or bool(
                _RELATIVE_PAST.match(_own_clause(before))) or bool(
                last_past[1] and _RANGE_JOIN.fullmatch(sentence[last_past[0]:m.start()]))
            will = bool(_WILL_COME.search(_own_clause(before)))
            date = resolve(m, pub, pub_year, future, since, past, will)
            if date:
                found.append(Reading(m, date, future and not since))
            last_past = (m.end(), past)
        for m, date, ahead in _paired(sentence, found, pub):
            day = _month_and_day(m)
            if day is not None and (year := _year_given(m)) is not None:
                years.setdefault(day, set()).add(year)
            elif day is not None and (kind := _named_day(sentence, m)):
                named.append((len(out), day, kind == "institution", sentence[m.end():],
                              ahead))
            out.append(TimeMention(article_id=article_id, start=a + m.start(), end=a + m.end(),
                                   text=m.group(0), date=date, sentence_start=a,
                                   sentence_end=b))
    # a day that names an event ("the Dec. 7 ambush", "the Jan. 6 attack") is the day the
    # article gives with its year ("the attack of January 6, 2021"); a body named for a day
    # tells no date of what it does ("the Jan. 6 committee will present new evidence")
    drop = set()
    for i, (month, d), institution, after, ahead in named:
        told = years.get((month, d), set())
        if institution:
            drop.add(i)
        elif len(told) == 1 and (pub is None or next(iter(told)) <= pub.year):
            # a named event is past: a year after the report is another day's
            out[i] = out[i].model_copy(update={"date": _iso(next(iter(told)), month, d)})
        elif not told and pub is not None and not ahead and (
                year := _past_named(out[i].date, after, month, d, pub)):
            out[i] = out[i].model_copy(update={"date": _iso(year, month, d)})
    return [x for i, x in enumerate(out) if i not in drop]


# days that name one event in any report, whatever its year: "the Jan. 6 attack" is the
# storming of the Capitol in 2021, not the 6 January before the report. Only with a noun of
# that event after the day (a report's "Jan. 6 crash" is another event)
_FAMOUS_DAYS = {
    (1, 6): (2021, re.compile(r"(?i)(?:th)?\s+(?:Capitol\s+)?(?:insurrection|riots?|attacks?|"
                              r"assault|siege|breach|rally|rioters|committee|panel|"
                              r"hearings?|investigations?|defendants|prosecutions?|cases?|"
                              r"charges|probe)\b")),
    (9, 11): (2001, re.compile(r"(?i)(?:th)?\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijackers|"
                               r"terrorists)\b")),
    (10, 7): (2023, re.compile(r"(?i)(?:th)?\s+(?:Hamas\s+)?(?:attacks?|massacre|"
                               r"terror(?:ist)?\s+attacks?|assault|incursion)\b")),
}


def _past_named(date: str, after: str, month: int, day: int, pub: dt.date) -> int | None:
    """The year of a day that names a past event ("the Jan. 6 attack") when its article
    gives none: the year of a day known to name that event (``after``: the words after the
    day name it), when it is no later than the report; else, when the day read is after the
    report (a named event has happened), the year before. None to keep the day read."""
    famous = _FAMOUS_DAYS.get((month, day))
    if famous is not None and famous[1].match(after) and dt.date(famous[0], month, day) <= pub:
        return famous[0]
    # only a noun of what has happened ("the May 6 inferno", "the Dec. 7 ambush"); "the
    # Nov. 5 summit", "the March 3 launch" may well be to come
    event = _EVENT_NAME.match(after)
    if event is not None and not event["institution"] and len(date) == 10 \
            and date > pub.isoformat():
        return int(date[:4]) - 1
    return None


# a month and day that names an event, before a noun for one ("the Jan. 6 attack", "the
# May 6 inferno"), or a body or a group named after it ("the Jan. 6 committee", "the House
# Jan. 6 select committee", "the Jan. 6 criminal investigation", "Jan. 6 rioters"; not "the
# March 14 committee hearing", held that day)
_EVENT_NAME = re.compile(
    r"(?i)(?:th|st|nd|rd)?\s+(?:(?P<institution>(?:(?!and\b|or\b)[a-z-]+\s+)?(?:select\s+)?"
    r"(?:sub)?(?:committee|panel|commission|investigations?|probe|rioters|defendants)\b"
    r"(?!\s+(?:hearings?|meetings?|sessions?|discussions?|votes?)\b))|"
    r"(?:[A-Z][\w-]*\s+)?(?:insurrection|riots?|attacks?|assault|siege|violence|ambush|crash|"
    r"breach|inferno|massacre|bombings?)\b)")
# "the Jan. 6 rally", "the January 6 congressional certification": a day named for what
# happened on it, unless what it names comes back each year or is set for that day ("the
# Nov. 8 election", "the April 15 deadline", "the May 3 hearing", "the January 6
# anniversary")
_THE = re.compile(r"(?i)\bthe\s+$")
_RECURRING = re.compile(r"(?i)(?:th|st|nd|rd)?\s+(?:(?:general|special|primary|presidential|"
                        r"midterm|state|federal|tax|filing|court|first|final|public)\s+)?"
                        r"(?:elections?|primary|primaries|"
                        r"runoffs?|votes?|ballots?|deadlines?|hearings?|meetings?|sessions?|"
                        r"debates?|anniversary|holiday|games?|match|race|concerts?|shows?|"
                        r"date)\b")
# a day after "on" dates its clause, whatever follows it ("On Jan. 6 rioters stormed the
# Capitol")
_ON = re.compile(r"(?i)\bon\s+$")


def _month_and_day(m: re.Match[str]) -> tuple[int, int] | None:
    """The month and day a match names ("Nov. 20", "20 November"), or None."""
    if m["md"]:
        return MONTHS[m["md_m"].lower()], int(m["md_d"])
    if m["dm"]:
        return MONTHS[m["dm_m"].lower()], int(m["dm_d"])
    return None


def _year_given(m: re.Match[str]) -> int | None:
    """The year a month and day is written with ("Nov. 20, 2017"), or None."""
    year = m["md_y"] or m["dm_y"]
    return int(year) if year else None


def _named_day(sentence: str, m: re.Match[str]) -> str | None:
    """ "institution" for a month and day that names a body ("the Jan. 6 committee"),
    "event" for one that names an event ("the Dec. 7 ambush", "the Jan. 6 attack"), else
    None."""
    after = _EVENT_NAME.match(sentence, m.end())
    if after is not None and after["institution"]:
        return None if _ON.search(sentence, 0, m.start()) else "institution"
    if after is not None or (_THE.search(sentence, 0, m.start())
                             and not _RECURRING.match(sentence, m.end())):
        return "event"
    return None


# what joins two days of one span or list: "Monday and Tuesday", "26 September to 1 October"
# (not a possessive after a comma: "On Thursday, Monday's ruling was appealed")
_JOIN = re.compile(r"(?i)\s*(?:,\s*(?:and\s+|or\s+)?|and|or|through|to|until|-|–|—)\s*"
                   r"(?:on\s+)?")
_POSSESSIVE = re.compile(r"['’]s\b")
_APPOSED = re.compile(r"(?i)\s*,?\s*(?:the\s+)?")  # "Sunday 18 December", "Tuesday, Nov. 8"


class Reading(NamedTuple):
    """A date expression of a sentence, its date, and whether its clause speaks of what is
    to come."""

    match: re.Match[str]
    date: str
    future: bool


Found = list[Reading]


def _paired(sentence: str, found: Found, pub: dt.date | None) -> Found:
    """Days joined in one span or list are read together: a day and month with no year
    takes the year of the one it runs to, a weekday set beside a date is that date ("When:
    Sunday 18 December 2022" in a report of the week before), and weekdays in a row are days
    in a row (see :func:`_year_of_span` and :func:`_days_in_a_row`)."""
    joined = [i > 0 and _JOIN.fullmatch(sentence, found[i - 1].match.end(),
                                        found[i].match.start()) is not None
              and not _POSSESSIVE.match(sentence, found[i].match.end())
              for i in range(len(found))]
    out = _year_of_span(found, joined)
    for i in range(len(out) - 1):  # "When: Sunday 18 December 2022": the day its date names
        g = out[i + 1].match.groupdict()
        if out[i].match.group("wd") and (g["md"] or g["dm"]) and len(out[i + 1].date) == 10 \
                and _APPOSED.fullmatch(sentence, out[i].match.end(), out[i + 1].match.start()):
            out[i] = out[i]._replace(date=out[i + 1].date)
    if pub is None:
        return out
    i = 0
    while i < len(out):
        j = i + 1
        while j < len(out) and joined[j] and _bare_weekday(out[j].match) \
                and _bare_weekday(out[j - 1].match):
            j += 1
        if j - i > 1:
            out[i:j] = _days_in_a_row(sentence, out[i:j], pub)
        i = j
    return out


def _year_of_span(found: Found, joined: list[bool]) -> Found:
    """A day and month with no year takes the year of the one it runs to: "between 26
    September and 1 October 2022" is September of 2022 (of the year before when the span
    runs over New Year, "December 28 to January 3, 2023"), and so on back along a list
    ("Sept. 26, Sept. 28 and Oct. 1, 2022"). A day that year has not (29 February) keeps its
    own reading."""
    out = list(found)
    dated = [bool(r.match.group("md_y") or r.match.group("dm_y")) for r in found]  # a year
    for i in range(len(out) - 1, 0, -1):
        first, then = out[i - 1], out[i]
        g1 = first.match.groupdict()
        if not (joined[i] and dated[i] and (g1["md"] or g1["dm"]) and not dated[i - 1]
                and len(first.date) == 10 and len(then.date) == 10):
            continue
        year = int(then.date[:4]) - (1 if first.date[5:] > then.date[5:] else 0)
        try:
            day = dt.date(year, int(first.date[5:7]), int(first.date[8:10]))
        except ValueError:
            continue
        out[i - 1], dated[i - 1] = first._replace(date=day.isoformat()), True
    return out


def _days_in_a_row(sentence: str, run: Found, pub: dt.date) -> Found:
    """Weekdays joined in a row ("on Monday and Tuesday", "Thursday, Friday and Saturday")
    are days in a row, when they are named in order within a week (not "Sunday, Saturday and
    Friday", not "Saturday to Saturday"). Of the placements that keep them so, each anchored
    on one member's own reading, the one most members agree with wins, and of those the
    nearest publication: "rapid strengthening on Monday and Tuesday" in a Sunday report is
    the Tuesday after that Monday, not the one before; "shows on Thursday, Friday and
    Saturday were canceled" in Friday's, the Thursday before. When every member's clause
    speaks of what is to come and the sentence says "will" or "would", no placement may put
    one before publication ("will reopen Tuesday through Saturday" in a Wednesday report: the
    coming Tuesday). A tie broken by
    tense was tried over newsbench's 43,800 dated expressions and was no better ("saw ...
    between Thursday and Monday" is past; "cars ... Thursday and Friday must have", told with
    "said", is to come)."""
    days = [dt.date.fromisoformat(r.date) for r in run]
    steps = [0]
    for a, b in itertools.pairwise(run):
        step = (_WEEKDAYS.index(b.match.group("wd_d").lower())
                - _WEEKDAYS.index(a.match.group("wd_d").lower())) % 7
        if step == 0:
            return run  # "Saturday to Saturday": not days in a row
        steps.append(steps[-1] + step)
    if steps[-1] > 6:
        return run  # out of order: "Rain fell Sunday, Saturday and Friday"
    # "will reopen Tuesday through Saturday": every member to come, and said with "will" (a
    # "planned" or "scheduled" may be told in the past: "planned shows ... were canceled")
    to_come = all(r.future for r in run) and _WILL.search(sentence) is not None

    def score(first: dt.date) -> tuple[int, int, int]:
        placed = [first + dt.timedelta(days=s) for s in steps]
        agree = sum(p == d for p, d in zip(placed, days, strict=True))
        return -agree, sum(abs((p - pub).days) for p in placed), first.toordinal()

    placements = [d - dt.timedelta(days=s) for d, s in zip(days, steps, strict=True)]
    if to_come:
        placements = [f for f in placements if f >= pub]
    if not placements:
        return run
    first = min(placements, key=score)
    return [r._replace(date=(first + dt.timedelta(days=s)).isoformat())
            for r, s in zip(run, steps, strict=True)]


def _bare_weekday(m: re.Match[str]) -> bool:
    """A weekday with no "last", "next" or "this" of its own (those say which week)."""
    return bool(m.group("wd")) and m.group("wd").split()[0].lower() not in ("last", "next",
                                                                             "this")


def written_on(text: str, spans: list[tuple[int, int]], pub: dt.date) -> dt.date:
    """The day the article was written: its publication date, or the day after when its
    lede reports, in the past tense, an event on that day's weekday. Scraped dates can lag a
    day (a report written on Wednesday dated Tuesday); a lede's news is the latest, never
    six days old, so "protesters stormed the office on Wednesday" opening a Tuesday-dated
    article was written on Wednesday. Only the first weekday of the first sentence of news
    (after any headline) decides, and only in a clause of its own: not after "since",
    "after" or "until", not in a relative clause ("which opened on Wednesday"), not with a
    future or present verb, and not when the lede pins its day with "today", "yesterday" or
    "tomorrow"."""
    for a, b in spans:
        sentence = text[a:b]
        # furniture, and a headline (no closing stop) before the lede, say nothing
        if is_furniture(sentence) or not sentence.rstrip().endswith((".", "!", "?", '"', "”")):
            continue
        if _PINNED.search(sentence):
            return pub
        for m in _EXPR.finditer(sentence):
            g = m.groupdict()
            if not g["wd"] or _not_a_date(sentence, m) or _is_dateline(sentence, m):
                continue
            after = pub + dt.timedelta(days=1)
            if _WEEKDAYS.index(g["wd_d"].lower()) != after.weekday():
                return pub
            clause = _own_clause(sentence[: m.start()])
            if (g["wd"].split()[0].lower() in ("last", "next") or _future(sentence, m)
                    or _AFTER_WHEN.search(clause) or _RELATIVE.match(clause)
                    or not (_PAST.search(clause) or _IRREGULAR_PAST.search(clause))):
                return pub
            return after
        return pub  # the first sentence of news holds no weekday
    return pub


# a lede that names its own day, or a weekday that only anchors another event
_PINNED = re.compile(r"(?i)\b(?:today|yesterday|tomorrow|tonight)\b")
_AFTER_WHEN = re.compile(r"(?i)\b(?:since|after|until|before|following|when)\b")


_CLAUSE_BREAK = re.compile(r"[,;:—–(]")
# ("Monday, April 8", and "Monday afternoon, April 8": the date names the day)
_FOLLOWED_BY_DAY = re.compile(rf"(?i)^(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
                              rf"(?:{_MONTH_NAMES})\.?\s+\d")


# a day something starts from: "Starting Wednesday, travelers ...", "effective Sunday"
_STARTING = re.compile(r"(?i)\b(?:starting|beginning|effective)\s+(?:on\s+)?$")


def _future(sentence: str, m: re.Match[str], cues: re.Pattern[str] = _FUTURE) -> bool:
    """Does the expression's own clause speak of the future? Only a cue before it counts:
    in "confirmed on Tuesday it would deploy" Tuesday is past. The clause reaches back over
    at most three commas whose segments hold no verb, a list of days or an apposition: in
    "was scheduled to perform in the stadium, Austria's largest, on Thursday, Friday and
    Saturday" all three days are to come. A relative clause on the way ("The minister, who
    will retire next year, spoke on Monday") speaks of something else and is passed over,
    and any verb ("spoke", "fell", "held") ends the reach."""
    before = sentence[: m.start()]
    after = sentence[m.end():]
    if _STARTING.search(before) and (cues.search(after) or not (
            _PAST.search(after) or _IRREGULAR_PAST.search(after))):
        return True  # ("Beginning Monday, hospitals saw a surge": the past, told from a day)
    own = _own_clause(before)
    # the rest of the expression's clause, after it
    rest = _CLAUSE_BREAK.split(sentence[m.end():], maxsplit=1)[0]
    if not (_PAST.search(own) or _VERBAL.search(own) or _IRREGULAR_PAST.search(own)
            or cues.search(own)):
        # the date sits in the clause's subject ("The eclipse in April will be total"):
        # the clause's verb, after it, says which side of publication
        where = rest
        verb = None if _SAID.match(rest) else _FIRST_VERB.search(rest)
        if verb is None and _FRONTED.fullmatch(before) and sentence[m.end():].lstrip()[:1] == ",":
            # a day fronted before the clause it dates: "On Monday, a NASA spacecraft will
            # deliberately slam into an asteroid" (the clause after the comma)
            # ... unless a verb in the past comes first ("On Monday, officials said ...")
            after = where = _CLAUSE_BREAK.split(sentence[m.end():].lstrip()[1:], maxsplit=1)[0]
            verb = _FIRST_VERB.search(after)
            past = [p.start() for p in (_PAST.search(after), _IRREGULAR_PAST.search(after)) if p]
            if verb and past and min(past) < verb.start():
                verb = None
        # the verb or the words right after it: "On Monday, members of the public are to be
        # encouraged to volunteer" (a report of the Saturday before)
        cue = cues.match(where, verb.start()) if verb else None  # read with what follows
        if verb and ((cue and cue.end() == verb.end()) or _TO_COME.match(where, verb.start())):
            return True
    edges = [0, *(b.end() for b in _CLAUSE_BREAK.finditer(before)), len(before)]
    for i in range(len(edges) - 2, max(-1, len(edges) - 6), -1):
        segment = before[edges[i]:edges[i + 1]]
        if i < len(edges) - 2 and _RELATIVE.match(segment):
            continue
        # "Viewing was set Tuesday and Wednesday": a schedule names days to come
        if cues.search(segment) or (i == len(edges) - 2 and _SET_FOR.search(segment)
                                    and not (_WAS_SET.search(segment)
                                             and m.group(0).lower().startswith("on "))):
            return True
        if i == len(edges) - 2 and _arranged(segment, sentence[m.end():], bool(m["mo"])):
            return True
        if _PAST.search(segment) or _VERBAL.search(segment) or _IRREGULAR_PAST.search(segment):
            return False
        if i == len(edges) - 2 and _COORDINATED.match(segment) and not cues.search(rest) \
                and _PAST_VERB.search(rest):
            # "..., but Monday court filings identified": a clause of its own, in the past
            return False
    return False


# a clause that opens with a coordinator is a clause of its own: the walk back stops there
_COORDINATED = re.compile(r"(?i)\s*(?:but|and|yet|so|whereas)\b")
# a finite verb in the past: not a participle in a compound ("closed-door") or after a
# possessive ("Tuesday's delayed spacewalk")
_PAST_VERB = re.compile(r"(?i)(?<!['’]s )\b(?:was|were|had|\w{3,}ed)\b(?!-)")


# a clause with a verb of its own ends the walk back ("it said on Monday, ...")
_VERBAL = re.compile(r"(?i)\b(?:is|are|am|be|has|have|says|say|\w+ing)\b")
_IRREGULAR = (
    "met|spoke|hit|fell|sold|held|won|lost|took|gave|made|came|went|saw|told|began|"
    "ran|left|led|paid|sent|brought|bought|built|caught|chose|drove|fought|found|flew|froze|"
    "got|grew|hung|heard|hid|kept|knew|laid|meant|put|quit|rode|rang|rose|sang|sat|shot|shut|"
    "slid|spent|stood|stole|struck|swore|thought|threw|woke|wore|wrote|broke|cut|set|let|"
    "bit|blew|drew|dug|fed|felt|fled|forgot|lit|read|sank|sought|split|spread|swept|tore|"
    "withdrew|overtook|undertook|upheld")
_IRREGULAR_PAST = re.compile(rf"(?i)\b(?:{_IRREGULAR})\b")
# the first verb-like word after a date in a clause's subject
_FIRST_VERB = re.compile(r"(?i)\b(?:will|would|is|are|was|were|has|have|had|\w{3,}ed)\b")
# ... a past verb of saying right after it: in "The Navy on Tuesday said it will ask", the
# "will" is what was said (not "The schedule for Tuesday says the polls will open")
_SAID = re.compile(r"(?i)\s*(?:said|told)\b")
_RELATIVE = re.compile(r"(?i)\s*(?:who|which|whose|whom|that)\b")
# what may stand before a day fronted to its clause: nothing, or a time of it ("At dawn
# Monday, ...", "Early Sunday, ...", "By Friday, ...")
_FRONTED = re.compile(r"(?i)\s*[\"“]?\s*(?:(?:at|by|early|late|until)\s+)?"
                      r"(?:(?:dawn|daybreak|dusk|noon|midnight)\s+)?(?:on\s+)?")
# "the Final Four field was set on Sunday": settled then, not scheduled for then
_WAS_SET = re.compile(r"(?i)\b(?:was|were|been|had)\s+set\s+$")
_SET_FOR = re.compile(r"(?i)\bset\s+(?:for\s+|on\s+)?(?:[A-Z]\w+\s+and\s+)?$")


# a present "is" or "are" that says what is to come: "are to be encouraged", "is set to"
_TO_COME = re.compile(r"(?i)(?:is|are)\s+(?:(?:set|expected|scheduled|slated|poised|going)\s+)?"
                      r"to\b")
# a weekday that names a day of its own, not the one of the report's week (the sales of
# "Black Friday" are written of for weeks before it; "Bloody Sunday" is 1972)
_NAMED_WEEKDAY = re.compile(r"\b(?:Black|Cyber|Bloody)\s+$")
# a clause in the present progressive of an arrangement tells what is to come when it names
# a day: "the state board is meeting Monday", "the sheriff's office is holding a Career Day
# on Saturday". Only verbs of arrangements: "Police are investigating a shooting on Sunday"
# and "A boy is missing after an accident Saturday" tell of a day past
_PROGRESSIVE = re.compile(
    r"(?i)\b(?:is|are|am|(?<=\w)['’]re)\s+(?:\w+ly\s+)?(?:meeting|holding|hosting|playing|"
    r"offering|opening|reopening|launching|kicking|bringing|heading|taking|competing|"
    r"travell?ing|visiting|planning|preparing|leaving|setting|coming|returning|arriving|"
    r"starting|beginning|headlining|debuting|premiering|airing|staging|voting|testifying|"
    r"appearing|unveiling)\b")
_PROGRESSIVE_ANY = re.compile(
    r"(?i)\b(?:is|are|am|(?<=\w)['’]re)\s+(?:\w+ly\s+)?"
    r"(?!\w*thing\b|during\b|morning\b|evening\b)\w{2,}ing\b")
# ... unless the day is another event's, after the verb: "is hosting a vigil after Sunday's
# shooting", "a motive for Monday's shooting"
_PAST_EVENT = re.compile(r"(?i)\b(?:after|following|since|during)\b")


def _arranged(segment: str, after: str, month: bool = False) -> bool:
    """Does the clause before a date (``segment``; ``after`` is the sentence after it) put
    an arrangement in the present progressive, with nothing that makes the date another
    event's (a possessive day, a past verb or "after ..." between)? For a month ("is leaving
    office in January", "who is challenging Evers in November") any verb in the present
    progressive will do: an ongoing state reaches a month to come, not a day."""
    clause = segment[max(segment.rfind(c) for c in ".;:!?") + 1:]
    found = list((_PROGRESSIVE_ANY if month else _PROGRESSIVE).finditer(clause))
    if not found:
        return False
    tail = clause[found[-1].end():]
    return not (_PAST.search(tail) or _IRREGULAR_PAST.search(tail) or _PAST_EVENT.search(tail)
                or _POSSESSIVE.match(after))

_STATIVE = re.compile(r"(?i)\b(?:is|are|remains?)\b(?!\s+(?:\w+ing|expected|set|due|to|"
                      r"scheduled|slated)\b)")
_PAST = re.compile(r"(?i)\b(?:was|were|had|did|said|told|\w{3,}ed)\b")


# a plural before "today" and a present verb of belief after it: how people see things
# nowadays ("most Catholics today find"; not "Residents today are being told to leave")
_PEOPLE_TODAY = re.compile(r"(?i)(?<=[a-z]s\s)today\s+(?:\w+ly\s+)?(?:find|know|think|believe|"
                           r"hold|consider|accept|reject|prefer|regard|view)\b")


def _nowadays(sentence: str, m: re.Match[str]) -> bool:
    """ "today" as "nowadays": after "still", or in a quote that states how things are
    ("Memphis rap is global today"), with nothing past or future in its clause."""
    before = sentence[: m.start()]
    clause = before[before.rfind(",") + 1:]
    if re.search(r"(?i)\b(?:still|even)\b", clause):
        return True
    if _PEOPLE_TODAY.match(sentence, m.start()):
        return True  # "what most Catholics today find palatable": people nowadays
    quoted = sentence.lstrip()[:1] in "\"“"
    return (quoted and bool(_STATIVE.search(clause)) and not _PAST.search(clause)
            and not _FUTURE.search(clause))


def _not_a_date(sentence: str, m: re.Match[str]) -> bool:
    """ "USA TODAY" and "SUNDAY'S RESULTS" name things; "the next year" counts from a year the
    story tells of ("by 1964 ... by the next year"), not from publication; a month is
    written with a capital ("world No. 1 may still face"); "on Wednesday, January 5" is
    dated by its month and day; "the lowest since November 1992" names a record's reference
    point, not the event's date."""
    word = m.group(0)
    if len(word) > 3 and word.isupper():
        return True
    month = m["md_m"] or m["dm_m"] or m["my_m"] or m["mo_m"]
    if month and not month[0].isupper():
        return True
    if m["wd"] and _FOLLOWED_BY_DAY.match(sentence[m.end():]):
        return True
    if m["wd"] and _SHOW.match(sentence[m.end():]):
        return True  # "Saturday Night Live": a name
    if m["wd"] and m.group(0) == m["wd_d"] and _NAMED_WEEKDAY.search(sentence, 0, m.start()):
        return True  # "Black Friday deals", "Bloody Sunday": a name, not this week's day
    if m["per"] and m["per_u"][0].isupper() and not m["per_u"].isupper():
        return True  # ABC's "This Week", "Last Week Tonight", "Places to Travel This Year"
    if word.lower() == "today" and _nowadays(sentence, m):
        return True
    if word in ("Today", "Tonight") and re.search(r"\b[A-Z][\w.]*\s+$", sentence[: m.start()]):
        return True  # "USA Today", "Florida Today", "Last Week Tonight": a name
    if word.endswith("Sunday") and _ON_SUNDAY_PAPER.search(sentence, 0, m.start()):
        return True  # "The Mail on Sunday", "Scotland on Sunday": a newspaper
    if word == "Today" and (re.match(r"[\"”]|[’'](?!s\b)|\s+show\b", sentence[m.end():])
                            and m.start() > 0 and sentence[m.start() - 1] in "\"“‘'"):
        return True  # NBC's "Today" show: a name
    if _REFERENCE_POINT.search(sentence[: m.start()]) or _RECORD_BEFORE.search(
            sentence[: m.start()]):
        return True
    return bool(m["per"]) and sentence[: m.start()].lower().endswith(("the ", "that "))


# newspapers named for the day they come out ("The Mail on Sunday", "a Mail on Sunday
# investigation", "the Independent on Sunday")
_ON_SUNDAY_PAPER = re.compile(r"(?:^|\b(?:[Tt]he|[Aa]n?)\s+)(?:Mail|Independent)\s+(?:on\s+)?$")
# a show named by its night tells no day ("hosted 'Saturday Night Live' in 1984"); a game
# ("during Monday Night Football") is on that weekday, and stays a date
# "never before had it happened before Sept. 1", "the earliest ... before June": the bound
# of a record, not when anything happened
_RECORD_BEFORE = re.compile(r"(?i)\b(?:never|earliest|only)\b[^.;:!?]{0,60}?"
                            r"\b(?:before|prior to)\s+$")
_SHOW = re.compile(r"\s+Night\s+(?:Live|Raw|Lights)\b")
# "its lowest level since November 1992", "the first time since 2019", "the most since
# March": a record's reference point, not when the sentence's event happened
_REFERENCE_POINT = re.compile(
    r"(?i)\b(?:lowest|highest|biggest|largest|smallest|worst|best|strongest|weakest|"
    r"deadliest|longest|shortest|hottest|coldest|warmest|fastest|slowest|greatest|busiest|"
    r"wettest|driest|cheapest|steepest|sharpest|first|most|least|fewest)\b[^,;:.]{0,40}?"
    r"\bsince\s+(?:(?:early|late|mid|the\s+(?:start|end)\s+of)\s+)?$")


def _is_dateline(sentence: str, m: re.Match[str]) -> bool:
    before = sentence[: m.start()]
    return m.start() < 40 and bool(re.fullmatch(r"[A-Z][A-Z .'’-]{1,40},\s*", before))


# verbs in the past that set a date to come ("scheduled Sept. 20", "postponed to Sept. 20")
_SCHEDULES = "scheduled|expected|slated|planned|proposed|delayed|postponed|moved|rescheduled"
# a verb in the past right before the date ("died Sept. 8", "was held on Dec. 3"), not an
# adjective ("self-imposed Aug. 7 deadline") nor a word that schedules ("scheduled Sept. 20")
_PAST_BEFORE_DATE = re.compile(
    r"(?<![-\w])(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )"
    rf"(?!(?:{_SCHEDULES})\b)"
    r"(?:was|were|died|began|ended|won|lost|fell|rose|met|said|told|held|born|sold|found|"
    r"made|paid|struck|shot|hit|left|took|came|went|saw|[a-z]{3,}ed)"
    r"(?:\s+(?:on|in))?\s*$")
# a future told as such in the date's own clause ("will", not "would")
_WILL_COME = re.compile(r"(?i)\b(?:will|is to|are to|is set to|are set to)\b")
# a relative clause in the past up to the date: "..., who searched for the vice president
# through the Capitol on Jan. 6", "The festival, which drew crowds on Sept. 20, ..."; not one
# whose verb schedules ("which was postponed to Sept. 20") nor one that goes on to another
# verb or a span ("which drew crowds last year and returns on", "to", "starting")
_RELATIVE_PAST = re.compile(
    rf"(?i)\s*(?:who|which)\s+(?:\w+ly\s+)?(?:had\s+)?"
    rf"(?!(?:{_SCHEDULES}|announced|pushed|set)\b)"
    rf"(?:was|were|[a-z]{{3,}}ed|{_IRREGULAR})\b"
    r"(?![^,;]*\b(?:will|would|is|are|plans?|expects?|and|or|but|to|until|till|starting|"
    r"beginning)\b)")
# what joins the two ends of a range of days: "lasted Aug. 1 through Aug. 5"
_RANGE_JOIN = re.compile(r"\s*(?:through|thru|to|until|till|and|-|–|—)\s*$", re.I)


def _own_clause(before: str) -> str:
    """The part of ``before`` (a sentence up to a date) after its last clause break."""
    return before[max((b.end() for b in _CLAUSE_BREAK.finditer(before)), default=0):]


# a verb of the past anywhere: an auxiliary (negated too), a regular or an irregular past
_NEGATED_PAST = re.compile(r"(?i)\b(?:was|were|had|did)n[’']t\b")


def in_past_tense(text: str) -> bool:
    """Does ``text`` hold a verb in the past ("did", "wasn't", "won", "happened")?"""
    return bool(_PAST.search(text) or _NEGATED_PAST.search(text)
                or _IRREGULAR_PAST.search(text))


def ends_before(date: str, day: str) -> bool:
    """Is all of ``date`` (ISO, or partial: "2020", "2024-05") before ``day`` (ISO, or a
    partial start such as "2022-03")? "2020" is before "2024-05-06"; "2024" is not."""
    return date + "~" < day  # "~" sorts after every digit and "-"


def sort_key(date: str) -> tuple[int, str]:
    """Order dates: those with a year first, by date; then month-days of unknown year."""
    # a partial date sorts after the days it contains: "2017" after "2017-11-22"
    key = date if len(date) == 10 else date + "~"
    return (1, key) if date.startswith("--") else (0, key)
