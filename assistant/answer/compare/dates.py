"""Dates as answers, and reports as witnesses of a day.

:func:`date_values` reads the dates a sentence gives that may answer a date question: on the
right side of the report's day (what is planned, or what happened), not a plan called off,
nor the day something was said or counted "as of". :func:`reported_before` and
:func:`reported_after` tell which reports cannot tell of the day or month a question names.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.answer.compare.asked import Asked
from assistant.answer.compare.elsewhere import PAST_EVENT_YEARS
from assistant.answer.compare.text import (
    _ISO_DAY,
    _ISO_MONTH,
    _MONTH_DAY,
    _TOKEN,
    _YEAR_IN,
    _clause_bounds,
    _lemma,
)
from assistant.answer.compare.verbs import _says_event, _uses_verb
from assistant.nlp.dates import REPORT_LAG_DAYS
from assistant.nlp.lexicon import (
    MONTHS,
)
from assistant.nlp.quantities import Quantity
from assistant.nlp.timex import ends_before, find_times
from assistant.nlp.tokens import same_word, stem
from assistant.types import Passage, TimeMention

# what comes before a date that makes it the time of the report, not of the event: "no
# illnesses have been reported as of Jan. 11", "recalled so far in 2023"
_AS_OF = re.compile(r"(?i)\b(?:as\s+of|so\s+far(?:\s+in)?)\s+$")
# a date question that itself asks "as of" when
_ASKS_AS_OF = re.compile(r"\bas of\b")


_ATTRIBUTIVE = re.compile(r"(?i)\b(?:the|its|their|his|her|a|an)\s+$")


# what undoes a planned date: "a planned Monday evening launch ... was called off", "the
# vote, set for Tuesday, was postponed"
_CALLED_OFF = re.compile(r"(?i)\b(?:called\s+off|scrubbed|postponed|cancell?ed|scrapped|"
                         r"delayed|pushed\s+back|put\s+off|rescheduled|aborted)\b")
_NEW_DATE = re.compile(r"(?i)\s*(?:to|until|till|for|on)\s*$")
_OLD_DATE = re.compile(r"(?i)\bfrom\s+(?:\w+\s+)?$")


def _called_off(sentence: str, start: int, end: int) -> bool:
    """Is the date at ``sentence[start:end]`` a plan undone: a verb of calling off comes
    after it ("a planned Monday launch ... was called off"), or it is where a move started
    ("postponed from Monday to May 17")? The day a plan was moved to ("postponed to May 17")
    still stands."""
    if _OLD_DATE.search(sentence, 0, start) and _CALLED_OFF.search(sentence, 0, start):
        return True
    after = _CALLED_OFF.search(sentence, end)
    return after is not None and not _NEW_DATE.search(sentence, 0, start) \
        and not _CALLED_OFF.search(sentence, 0, start)


def _on_side(date: str, published: str | None, side: str | None) -> bool:
    """Can ``date`` (ISO, or a partial one: '2020', '2024-05') answer a question about what
    is to come, or what happened, in a report of ``published``? A date wholly before the
    report is not what is planned, nor one wholly after it what happened; a month-day of
    unknown year may be either."""
    if side is None or not published or date.startswith("--"):
        return True
    day = published[:10]
    if side == "to come":
        return not ends_before(date, day)
    return not date > day  # "2024-06" sorts after "2024-05-06"; "2024" before it


# a question of what is to come, or may be: earlier reports announce its day ("Will ..."
# only first; "Will Smith" and "Planned Parenthood" are names)
_AHEAD = re.compile(r"^\W*(?:Will|Would|Shall|Could|May|Might)\b|\b(?:will|would|shall|could|"
                    r"may|might|going to|expected|scheduled|slated|set to|due|plans?|planned|"
                    r"upcoming|forecasts?|next)\b")
# a question in the past tense: "did", "was", or a verb in -ed ("died", "spawned")
_PAST = re.compile(r"\b(?:did|was|were|had)\b|\b[a-z]{2,}ed\b")


def _past_times(question: str) -> list[TimeMention]:
    """The times a question in the past tense names (none for one of what is to come)."""
    if _AHEAD.search(question) or not _PAST.search(question):
        return []
    return find_times("question", question, None)


def _published_days(passages: list[Passage]) -> list[str | None]:
    """Each passage's day of publication, None when its report is undated."""
    return [(p.published or "")[:10] if _ISO_DAY.match(p.published or "") else None
            for p in passages]


def reported_before(question: str, passages: list[Passage]) -> list[bool]:
    """For each passage: was its article published before the day the question says
    something happened on ("the sell-off of Aug. 5, 2024", "the storm on Jan. 9, 2024"), so
    that it cannot report it? The question must be in the past tense and name one whole day
    (day, month and year) right after "on" or "of": a range ("between Aug. 1 and Aug. 5,
    2024", "the week ending ..."), a day something came "before", or one to come ("will",
    "scheduled", "forecast") has earlier reports that tell of it. Nothing is dropped when no
    report is dated that day or later (the coverage ends before it), and an undated report
    is kept. A day's grace for time zones."""
    keep = [False] * len(passages)
    times = _past_times(question)
    days = {t.date for t in times
            if _ISO_DAY.fullmatch(t.date) and re.search(r"\b(?:on|of)\s+$", question[:t.start])}
    # ... or one whole month: "at its May 2023 meeting", "in December 2022"
    days |= {t.date + "-01" for t in times
             if _ISO_MONTH.fullmatch(t.date) and re.search(r"\b(?:in|of|during|its|the)\s+$",
                                                           question[:t.start])}
    if len(days) != 1 or len({t.date for t in times}) != 1:
        return keep
    since = (dt.date.fromisoformat(days.pop()) - dt.timedelta(days=1)).isoformat()
    published = _published_days(passages)
    if not any(d is not None and d >= since for d in published):
        return keep
    return [d is not None and d < since for d in published]


# how long after the month a question names a report may still tell of it without naming
# the month (a follow-up, a funeral, a tally revised)
MONTH_AFTER_DAYS = REPORT_LAG_DAYS


def reported_after(question: str, passages: list[Passage]) -> list[bool]:
    """For each passage: was its article published over :data:`MONTH_AFTER_DAYS` after the
    end of the one whole month a question in the past tense names ("the snowstorm that
    buried the Buffalo area in November 2022"), without naming that month in its headline or
    retrieved text? Such a report tells of another time (the December blizzard's toll of 37).
    Undated reports are kept; nothing is dropped when no report is of the month."""
    keep = [False] * len(passages)
    times = _past_times(question)
    months = {t.date for t in times if _ISO_MONTH.fullmatch(t.date)}
    if len(months) != 1 or len({t.date for t in times}) != 1:
        return keep
    month = months.pop()
    start = dt.date.fromisoformat(month + "-01")
    end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    until = (end + dt.timedelta(days=MONTH_AFTER_DAYS)).isoformat()
    full = MONTHS[start.month - 1].capitalize()
    name = re.compile(rf"\b(?:{full}|{full[:3]}\.|{full[:4]}\.)(?!\w)" if full != "May"
                      else r"\bMay\b")  # "may" the modal is no month
    told: dict[str, str] = {}
    for p in passages:
        told[p.article_id] = told.get(p.article_id, p.title or "") + "\n" + p.text
    published = _published_days(passages)
    if not any(d is not None and d[:7] == month for d in published):
        return keep
    return [d is not None and d > until and not name.search(told[p.article_id])
            for p, d in zip(passages, published, strict=True)]
_SAYING = {_lemma(w) for w in ("say", "said", "announce", "confirm", "declare", "reveal",
                                "report", "unveil", "tell", "told", "stress", "note", "insist",
                                "warn", "argue", "explain", "emphasize", "acknowledge",
                                "tweet")}
_SAID_ON = re.compile(r"(?i)\b(?:said|says|announced|announces|announce|confirmed|declared|"
                      r"revealed|reported|unveiled|told\s+[\w ]{1,30}?)\s+(?:on\s+)?$")
# plain verbs of speech: the day after one dates the speaking ("Biden stressed yesterday
# that ...", a blind probe's answer to when a bank collapsed)
# (not "added", "wrote", "posted": "the company on Wednesday posted its first loss" tells
# the answer)
_SPEECH = (r"said|says|stressed|stresses|noted|notes|insisted|insists|warned|warns|argued|"
           r"argues|explained|explains|emphasized|emphasised|emphasizes|acknowledged|"
           r"acknowledges|tweeted")
_SPOKE_ON = re.compile(rf"(?i)\b(?:{_SPEECH}|told\s+[\w ]{{1,30}}?)\s+(?:on\s+)?$")
_FRONTED = re.compile(r"\W*(?:(?:On|on|Late|late|Early|early)\s+)?")
_SPEAKS_NEXT = re.compile(rf"(?i)\s+(?:{_SPEECH})\b")
_THEN_SPOKE = re.compile(rf"(?i)\s*,\s*[^,]{{1,60}}?\b(?:{_SPEECH}|told)\b")
_SAID_THAT = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?"
                        r"(?:\s+that\b|\s*[.!?]?[\"”’']?\s*$)")


def _day(value: str) -> dt.date | None:
    """The day an ISO date ("2023-05-06"), month ("2023-05", its middle) or year names."""
    try:
        if len(value) >= 10:
            return dt.date.fromisoformat(value[:10])
        if len(value) == 7:
            return dt.date.fromisoformat(value + "-15")
        if len(value) == 4:
            return dt.date(int(value), 7, 1)
    except ValueError:
        return None
    return None


def date_values(asked: Asked, sentence: str, published: str | None = None,
                ) -> list[tuple[str, Quantity | str]]:
    """``(as shown, ISO date)`` for each date in ``sentence`` that may answer the date
    question ``asked``: on its side of the report (what is planned, or what happened), not
    a plan called off, nor the day of a saying or a report "as of" (see slot_values)."""
    if asked.event and not _says_event(asked, sentence):
        return []
    times = [m for m in find_times("s", sentence, published)
             if _on_side(m.date, published, asked.side)
             and not (asked.side == "to come" and _called_off(sentence, m.start, m.end))
             and (_ASKS_AS_OF.search(" ".join(asked.words).lower())
                  or not _AS_OF.search(sentence[:m.start]))]
    if len(times) > 1 and (asked.action or asked.event):
        # by the question's verb; without one, by its words for the event ("the
        # coronation ceremony Saturday", not "died on Sept. 8, 2022" before it)
        at = [w.start() for w in _TOKEN.finditer(sentence)
              if same_word(_lemma(w.group(0)), asked.action)] if asked.action else \
            [w.start() for w in _TOKEN.finditer(sentence)
             if any(same_word(stem(w.group(0).lower()), e) for e in asked.event)]
        if at:
            # "expanded the Dec. 15 recall": a date that names a thing comes after one
            # that dates the verb
            # ... and one in the clause of the verb or event word before one outside it
            def apart(m: TimeMention) -> bool:
                lo, hi = _clause_bounds(sentence, m.start, m.end)
                return not any(lo <= a < hi for a in at)

            times.sort(key=lambda m: (bool(_ATTRIBUTIVE.search(sentence, 0, m.start)),
                                      apart(m), min(abs(m.start - a) for a in at)))
    if not asked.lemmas & _SAYING:
        # "..., officials said Tuesday.": the day of a plain verb of speech dates the
        # speaking, never what was said (an announcement may be the news; a saying not)
        # ... and so does one fronted before the speaking: "On Saturday, Pfizer and
        # BioNTech said their boosters showed ..."
        # (not when the words before "said" tell the asked action: "On Wednesday, the
        # agency authorized the boosters it says are safer")
        # ... as does one right before the verb ("Roblox on Friday said it had ...")
        times = [m for m in times if not (_SPOKE_ON.search(sentence, 0, m.start)
                                          and _SAID_THAT.match(sentence, m.end))
                 and not _SPEAKS_NEXT.match(sentence, m.end)
                 and not (_FRONTED.fullmatch(sentence, 0, m.start)
                          and (spoke := _THEN_SPOKE.match(sentence, m.end))
                          and not _uses_verb(asked, spoke.group(0)))]
    if len(times) > 1 and not asked.lemmas & _SAYING:
        # "announced Friday that ... will no longer require a test, effective Sunday":
        # the day after a verb of saying dates the saying, not what was said
        # ("the second, announced on Jan. 11, expanded the recall" dates the recall)
        times.sort(key=lambda m: bool(_SAID_ON.search(sentence, 0, m.start)
                                      and _SAID_THAT.match(sentence, m.end)))
    if (year := asked.year) is not None:
        # "When will the final of the 2026 World Cup be played?": "the final on July 19"
        # in a report of 2024 is in the year the question names, not the next July 19.
        # Only a month and day are moved: a weekday is tied to its week
        # ... unless that puts it on the wrong side of the report: "on Nov. 15 launched
        # his 2024 presidential campaign" in a report of December 2022 is 2022-11-15
        times = [moved if _MONTH_DAY.search(m.text) and not _YEAR_IN.search(m.text)
                 and _ISO_DAY.match(m.date) and m.date[:4] != year
                 and _on_side((moved := m.model_copy(
                     update={"date": year + m.date[4:]})).date, published, asked.side)
                 else m for m in times]
    if asked.years:
        # "The Met Gala started as a 'midnight supper' in 1948" dates no 2023 Met Gala;
        # a year or two off may be the question's attributive year ("his 2024
        # presidential campaign", launched in 2022)
        # (a day of an unknown year, "--11-20" in an undated report, stays)
        times = [m for m in times if not m.date[:4].isdigit() or min(
            abs(int(m.date[:4]) - int(y)) for y in asked.years) < PAST_EVENT_YEARS]
    return [(m.date if m.text == m.date else f"{m.date} ({m.text})", m.date)
            for m in times]
