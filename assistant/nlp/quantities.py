"""Typed quantities in a sentence: what a number measures, so only like is compared with like.

- **money** has a currency ("$4.5 million", "12 million euros"); "millions of dollars"
  names no amount and is none;
- **duration** has a unit of time ("24 hours", "a day", "60-minute"), kept in seconds, so
  "24 hours" and "a day" are the same;
- **percent** ("4%", "4 percent", "a quarter of", "one in five"; a change of a rate in
  points, "a quarter percentage point", "25 basis points", has unit "point");
- **age** ("at age 115", "82-year-old", "turned 115", "Brady, 44,", "She was 73.");
- **count** counts a noun ("12 people", "1,500 active-duty troops", "Fifteen people died";
  a part counts its whole's noun: "255 out of 403 seats" is 255 seats),
  and a count of people killed is a count of the **dead** whatever noun it uses ("killing 12
  miners", "the death toll rose to 20", "six people are dead");
- **distance** ("210 miles") is its own kind, never a count.

Numbers that name rather than measure are skipped: road, route and model numbers
("Interstate 75", "Title 42", "Coca-Cola 600", "No. 9"), years ("a 2019 crash"), and
increments ("eight more bodies", "another 800"). A quantity carries its bound ("more than",
"about", "at least") as an interval, so "more than $4 million" and "$4.3 million" agree.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

from assistant.nlp.lexicon import (
    CURRENCY_WORDS,
    DEATH_NOUNS,
    DEATH_WORDS,
    IDENTIFIER_WORDS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORD_VALUES,
    PERSON_NOUNS,
    TIME_UNITS,
)
from assistant.nlp.tokens import STOPWORDS, stem

Kind = Literal["money", "duration", "percent", "age", "count", "distance"]


class Quantity(BaseModel):
    kind: Kind
    value: float = Field(description="Seconds for a duration, currency units for money.")
    low: float
    high: float
    unit: str = Field("", description="Currency, or what a count counts (a stem, or 'dead').")
    text: str = Field(description="As written, bound included: 'more than one hour'.")
    start: int
    end: int
    qualifiers: list[str] = Field(default_factory=list, description=(
        "For counts: the words between the number and the noun it counts, as written ('two "
        "new cases' → new; '10,000 Cricket Wireless customers' → Cricket, Wireless)."))

    def agrees(self, other: Quantity) -> bool:
        """Could both describe the same amount? (Their intervals overlap.)"""
        return self.kind == other.kind and self.low <= other.high and other.low <= self.high


_NUM_WORD = "|".join(sorted(NUMBER_WORD_VALUES, key=len, reverse=True))
_NUMBER = (rf"(?P<num>\d(?:,?\d)*(?:\.\d+)?|\b(?:{_NUM_WORD})\b)"
           r"(?:[\s-]+(?P<scale>thousand|million|billion|trillion|bn|m)\b)?")
_BOUND = (r"(?P<bound>(?:more|fewer|less) than|over|under|about|around|nearly|almost|some|"
          r"roughly|approximately|up to|at least|at most|as many as|as much as|an estimated|"
          r"estimated|just over|just under)\s+")
# (k, b, t and tn only stuck to a sum: "$188K", "$70B")
_SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9,
           "trillion": 1e12, "k": 1e3, "b": 1e9, "t": 1e12, "tn": 1e12}
_CURRENCY_SIGN = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY = "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True))
_UNITS = "|".join(TIME_UNITS)

# "$70B", "$188K", "$1.7M" (headline style): the scale stuck to the number
_MONEY_SIGN = re.compile(rf"(?i)(?:{_BOUND})?(?P<sign>US\$|[$€£¥])\s?{_NUMBER}"
                         r"(?:(?<=\d)(?P<abbr>(?-i:[KMBT])|bn|tn)\b)?")
_MONEY_WORD = re.compile(rf"(?i)(?:{_BOUND})?{_NUMBER}\s+(?P<cur>{_CURRENCY})\b")
_PERCENT = re.compile(rf"(?i)(?:{_BOUND})?{_NUMBER}\s?(?:%|percent\b|per cent\b)")
# a change in a rate: "0.25 percentage point", "a quarter of a percentage point", "half a
# point" needs "percentage"; "25 basis points" is 0.25 of a point
_POINTS = re.compile(rf"(?i)(?:{_BOUND})?(?:(?P<frac>a quarter|a half|half a|"
                     r"three[- ]quarters)"
                     rf"(?:\s+of)?(?:\s+a)?|{_NUMBER})\s+(?:(?P<pct>percentage)|(?P<bp>basis))"
                     r"[- ]points?\b")
# fractions in words, for a change in points ("a quarter percentage point") and for a share
# ("a quarter of its staff", below)
_FRACTIONS = {"a quarter": 0.25, "a half": 0.5, "half a": 0.5, "three-quarters": 0.75,
              "three quarters": 0.75, "a third": 1 / 3, "a fifth": 0.2, "a tenth": 0.1,
              "two-thirds": 2 / 3, "two thirds": 2 / 3}
# a share in words: "a quarter of its staff", "nearly two-thirds of voters", "one in five
# adults" (not "a quarter of an hour", "a third of the way", "a quarter of 1%", which is
# 0.25%, nor "one in ten years"). "Half" is not read: it is said loosely ("cut in half",
# "about half of") and, read as 45-55%, contradicted the exact figures of the same reports
# in two of three probe questions where it was tried
_NOT_A_WHOLE = (r"(?!an?\s)(?!the\s+(?:way|distance|time|day|night|week|month|year|decade|"
                r"century|season|quarter|game|match|race|trip|journey)\b)"
                r"(?!(?:one|[\d.,]+)\s*(?:%|(?:percent|per\s?cent|percentage)\b))")
_SHARE_WORDS = re.compile(
    rf"(?i)(?:{_BOUND})?(?<![\w-])(?:(?P<frac>a quarter|a third|a fifth|a tenth|two[- ]thirds|"
    r"three[- ]quarters)"
    r"\s+of\s+" + _NOT_A_WHOLE + r"(?=[\w$€£])"
    r"|(?P<n>one|two|three)\s+(?:in|out\s+of)\s+(?P<d>three|four|five|six|seven|eight|nine|"
    rf"ten)\b(?=\s+[a-z])(?!\s+(?:{_UNITS})s?\b))")
_DURATION = re.compile(
    rf"(?i)(?:{_BOUND})?(?P<num2>\b(?:an?|{_NUM_WORD})\b|\d[\d,]*(?:\.\d+)?)[\s-]"
    rf"(?P<unit>{_UNITS})s?\b(?!-old|\s+old\b|\s+ago\b)")
_AGE = re.compile(
    r"(?i)(?:\baged?\s+|\bat age\s+|\bturn(?:s|ed)?\s+|\b(?:died|dies|dead) at (?:the age of )?"
    r"|\bage of\s+)(?P<a1>\d{1,3})\b(?!\s*(?:%|percent))"
    r"|\b(?P<a2>\d{1,3})[\s-]years?[\s-]old\b"
    r"|(?<=[A-Za-z]), (?P<a3>\d{1,3}),"
    # an obituary's "She was 73." (the number ends the sentence)
    r"|\b(?:[Hh]e|[Ss]he) (?:was|is) (?P<a4>\d{1,3})(?=\s*(?:[.;!](?!\d)|$))")
# a group's typical age: "The average age of first-time mothers was 26 years", "the median
# age rose to 38.9 years" (the age, through a verb of being or reaching, not "has risen over
# the past 10 years"); the same span stays a duration too ("the average age of cars hit 12.5
# years" tells how long cars last)
_TYPICAL_AGE = re.compile(r"(?i)\b(?:average|median|mean)\s+age\b(?:\s+(?:of|in|for|among|at)\s+"
                          r"[^.;:,]{1,50}?)?\s+"
                          r"(?:was|is|were|are|has been|had been|stood at|rose to|fell to|"
                          r"climbed to|dropped to|increased to|decreased to|hit|reached|of|"
                          r"at)\s+"
                          r"(?:(?:about|nearly|roughly|around|almost|just over|just under|"
                          r"a record|an all-time high of)\s+)?"
                          r"(?P<num>\d{1,3}(?:\.\d)?)\s+years?\b(?![\s-]+old)")
_DISTANCE = re.compile(
    rf"(?i)(?:{_BOUND})?{_NUMBER}[\s-](?:miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|"
    r"foot|yards?|mph|inches|inch)\b")
_COUNT = re.compile(rf"(?i)(?:{_BOUND})?{_NUMBER}")
_WORD = re.compile(r"[A-Za-z][\w&’'-]*")  # "AT&T" is one word
_IDENT_BEFORE = re.compile(
    r"(?:\b(?:" + "|".join(IDENTIFIER_WORDS) + r")\.?|[A-Z][\w.-]*|#|No\.)\s?-?\s?$")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_INCREMENT = re.compile(r"(?i)\b(?:another|an additional|additional)\s+$")
_DEATH = re.compile(r"(?i)\b(?:" + "|".join(DEATH_WORDS) + r")\b")
_NUMBER_OF = re.compile(r"(?i)\b(?:number|total) of (?:\w+\s){0,2}?(?P<noun>\w+s)\b")
# "255 out of 403 seats", "7 of 15 3-pointers": the part counts the whole's noun
_PART_OF = re.compile(r"(?i)\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?\d[\d,]*\b")


def number_value(num: str, scale: str | None = None) -> float | None:
    raw = num.lower().replace(",", "")
    if raw in NUMBER_WORD_VALUES:
        n = float(NUMBER_WORD_VALUES[raw])
    else:
        try:
            n = float(raw)
        except ValueError:
            return None
    return n * _SCALES.get((scale or "").lower(), 1.0)


# the low end of a count's range: "60 to 70 people", "between 400 and 500 workers", "60-70"
_RANGE_LOW = re.compile(rf"(?i)(?:\b(?:some|about|around|roughly|approximately)\s+)?"
                        rf"(?:\bbetween\s+(?P<lo1>\d[\d,]*|\b(?:{_NUM_WORD}))\s+and\s+|"
                        rf"\b(?P<lo2>\d[\d,]*|(?:{_NUM_WORD}))\s*(?:to\s+|-|–))$")


def _interval(value: float, bound: str | None) -> tuple[float, float]:
    b = (bound or "").lower().strip()
    if b in ("more than", "over", "at least", "just over"):
        return value, value * 10 if value else 1.0
    if b in ("fewer than", "less than", "under", "up to", "at most", "just under"):
        return 0.0, value
    if b:  # about, nearly, some, an estimated ...
        return value * 0.9, value * 1.1
    return value, value


def _text(sentence: str, m: re.Match[str]) -> str:
    return sentence[m.start():m.end()].strip(" ,")


def _taken(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(a < y and x < b for x, y in spans)


def _is_identifier(sentence: str, start: int, num: str) -> bool:
    before = sentence[max(0, start - 30):start]
    if _YEAR.match(num):
        return True
    if _IDENT_BEFORE.search(before):
        # a capitalised word right before a number names it ("Interstate 75", "Title 42"),
        # unless it is a month ("March 5" is a date), a bound ("About 300") or a function
        # word ("The 34 counts")
        word = re.search(r"([A-Z][\w.-]*)\s?-?\s?$", before)
        if word:
            w = word.group(1).rstrip(".").lower()
            if w in _MONTHS or w in STOPWORDS or w in _BOUND_WORDS:
                return False
        return True
    return False


_BOUND_WORDS = {"about", "around", "nearly", "almost", "some", "roughly", "approximately",
                "over", "under", "estimated", "another", "least", "most", "only", "just"}


_MONTHS = {*MONTHS, *MONTH_ABBREVIATIONS}


# words after a count's noun that start something else: "12 people points behind", "3 times"
_NOT_HEADS = {"points", "times", "percent", "miles", "inches", "feet"}


def _counted(sentence: str, end: int, one: bool = False,
             ) -> tuple[str, bool, int, list[str]] | None:
    """The noun a count counts (a stem), looking at most three words past it for the
    first (then on to the last noun of its phrase), whether an increment word ("more")
    stands in between, where the noun ends, and the words between
    (see ``Quantity.qualifiers``). Stops at a function word ("after"). A count of one
    counts a singular noun ("one race")."""
    increment = False
    at = end
    between: list[str] = []
    for w in list(_WORD.finditer(sentence, end))[:4]:
        if w.start() - at > 3 or sentence[at:w.start()].strip(" -"):
            break  # punctuation or a number between: the phrase has ended
        at = w.end()
        low = w.group(0).lower().strip("’'")
        if low in ("more", "additional", "extra"):
            increment = True
            continue
        if low in STOPWORDS or low in NUMBER_WORD_VALUES:
            return None
        if low in PERSON_NOUNS or low in DEATH_NOUNS or (low.endswith("s") and len(low) > 3
                                                          and not low.endswith("ss")):
            # the head is the noun phrase's last noun: "police officers", "crew members",
            # "Memphis police officers" (a name in -s before it qualifies); a unit of time
            # after it starts another phrase ("5 people days after the warning")
            head, end_at = low, w.end()
            for nxt in _WORD.finditer(sentence, end_at):
                n_low = nxt.group(0).lower()
                if nxt.start() - end_at > 1 or sentence[end_at:nxt.start()].strip() \
                        or n_low in STOPWORDS or n_low.rstrip("s") in TIME_UNITS \
                        or n_low in _NOT_HEADS or not (
                        n_low in PERSON_NOUNS or (n_low.endswith("s") and len(n_low) > 3
                                                  and not n_low.endswith("ss")
                                                  and nxt.group(0).islower())):
                    break
                head, end_at = n_low, nxt.end()
            return stem(head), increment, end_at, between
        if one and w.group(0).islower() and not low.endswith(("ed", "ing", "ly")):
            return stem(low), increment, w.end(), between
        between.append(w.group(0))
    return None


_AT_ONE_POINT = re.compile(r"(?i)(?:one|some|any)\s+(?:point|stage|time)\b")


_DURATION_JOIN = re.compile(r"\s*(?:,\s*|\s+and\s+|,\s+and\s+)$")


def _time_unit(text: str) -> float | None:
    """Seconds in the unit a duration is written in ("three minutes" → 60)."""
    m = re.search(rf"(?i)\b({_UNITS})s?\b(?!.*\b(?:{_UNITS})s?\b)", text)
    return float(TIME_UNITS[m.group(1).lower()]) if m else None


def _join_durations(sentence: str, out: list[Quantity], spans: list[tuple[int, int]]) -> None:
    """ "three minutes and 46 seconds", "1 hour, 20 minutes": one duration, not two. The
    second part is of a smaller unit, less than one of the first's, and follows it with only
    "and" or a comma ("15 years and 3 years of supervised release" stays two)."""
    i = 0
    while i < len(out) - 1:
        a, b = out[i], out[i + 1]
        ua, ub = _time_unit(a.text), _time_unit(b.text)
        if (a.kind == b.kind == "duration" and ua and ub and ub < ua and 0 < b.value < ua
                and _DURATION_JOIN.fullmatch(sentence[a.end:b.start])
                and not re.match(r"\s*(?:more|fewer|less|over|under|about|nearly|almost)\b",
                                 sentence[b.start:b.end])):
            out[i] = a.model_copy(update={
                "value": a.value + b.value, "low": a.low + b.value, "high": a.high + b.value,
                "text": sentence[a.start:b.end], "end": b.end})
            del out[i + 1]
            spans.append((a.start, b.end))
            continue
        i += 1


def find_quantities(sentence: str) -> list[Quantity]:
    """Every typed quantity of ``sentence``, in order; each span is read once, by the most
    specific kind (money, percent, age, duration, distance, then count)."""
    out: list[Quantity] = []
    spans: list[tuple[int, int]] = []

    def add(kind: Kind, m: re.Match[str], value: float, unit: str = "") -> None:
        low, high = _interval(value, m.groupdict().get("bound"))
        out.append(Quantity(kind=kind, value=value, low=low, high=high, unit=unit,
                            text=_text(sentence, m), start=m.start(), end=m.end()))
        spans.append((m.start(), m.end()))

    for m in _MONEY_SIGN.finditer(sentence):
        v = number_value(m["num"], m["scale"] or m["abbr"])
        if v is not None:
            add("money", m, v, _CURRENCY_SIGN.get(m["sign"].upper(), m["sign"]))
    for m in _MONEY_WORD.finditer(sentence):
        v = number_value(m["num"], m["scale"])
        if v is not None and not _taken(spans, m.start(), m.end()):
            add("money", m, v, CURRENCY_WORDS[m["cur"].lower()])
    for m in _PERCENT.finditer(sentence):
        v = number_value(m["num"], m["scale"])
        if v is not None and not _taken(spans, m.start(), m.end()):
            add("percent", m, v)
    for m in _POINTS.finditer(sentence):
        v = _FRACTIONS[m["frac"].lower()] if m["frac"] else number_value(m["num"], m["scale"])
        if v is not None and not _taken(spans, m.start(), m.end()):
            add("percent", m, v / 100 if m["bp"] else v, "point")
    for m in _SHARE_WORDS.finditer(sentence):
        if _taken(spans, m.start(), m.end()):
            continue
        if m["frac"]:
            v = 100 * _FRACTIONS[m["frac"].lower()]
        else:
            v = 100 * NUMBER_WORD_VALUES[m["n"].lower()] / NUMBER_WORD_VALUES[m["d"].lower()]
        low, high = _interval(v, m["bound"] or "about")  # words are round: "a quarter" ~ 25%
        text = sentence[m.start():m.end()].strip()
        text = re.sub(r"(?i)\s+of$", "", text)
        out.append(Quantity(kind="percent", value=round(v, 1), low=low, high=high, text=text,
                            start=m.start(), end=m.start() + len(text)))
        spans.append((m.start(), m.start() + len(text)))
    for m in _AGE.finditer(sentence):
        raw = m["a1"] or m["a2"] or m["a3"] or m["a4"]
        if not _taken(spans, m.start(), m.end()) and 0 < int(raw) < 130:
            add("age", m, float(raw))
    for m in _TYPICAL_AGE.finditer(sentence):
        a, b = m.start("num"), m.end()
        if not _taken(spans, a, b) and 0 < float(m["num"]) < 130:
            out.append(Quantity(kind="age", value=float(m["num"]), low=float(m["num"]),
                                high=float(m["num"]), text=sentence[a:b], start=a, end=b))
    for m in _DURATION.finditer(sentence):
        if _taken(spans, m.start(), m.end()):
            continue
        raw = m["num2"].lower()
        if raw in ("a", "an") and re.search(r"\d\s*$", sentence[:m.start("num2")]):
            continue  # "600 a day" is a rate
        v = number_value(raw)
        if v is not None and not _YEAR.match(raw):
            add("duration", m, v * TIME_UNITS[m["unit"].lower()])
    _join_durations(sentence, out, spans)
    for m in _DISTANCE.finditer(sentence):
        v = number_value(m["num"], m["scale"])
        if v is not None and not _taken(spans, m.start(), m.end()):
            add("distance", m, v)
    for m in _COUNT.finditer(sentence):
        if _taken(spans, m.start(), m.end()):
            continue
        num = m["num"]
        v = number_value(num, m["scale"])
        if v is None or num.lower() in ("a", "an") or _is_identifier(sentence, m.start("num"),
                                                                       num):
            continue
        after = sentence[m.end("num"):m.end("num") + 8]
        if re.match(r"[A-Za-z]|-\d|\s?(?:a\.m|p\.m|am\b|pm\b)|(?i:-(?:halve|half|third|fourth|"
                    r"quarter|fifth|tenth))", after):
            continue  # "2nd", "9am", "6 p.m.", "1-800-...", "three-fourths" (a fraction)
        if re.search(rf"(?i)\b(?:{'|'.join(_MONTHS)})\.?\s+$", sentence[:m.start("num")]):
            continue  # "March 8" is a date
        if _INCREMENT.search(sentence[:m.start()]):
            continue
        if _AT_ONE_POINT.match(sentence, m.start("num")) and re.search(
                r"(?i)\bat\s+$", sentence[:m.start("num")]):
            continue  # "at one point trailed by 21 points": a moment, not a count
        noun = _counted(sentence, m.end(), one=v == 1)
        if noun is None and (whole := _PART_OF.match(sentence, m.end())):
            noun = _counted(sentence, whole.end())
        unit: str | None = None
        shown = m.end()
        qualifiers: list[str] = []
        if noun is not None:
            if noun[1]:
                continue  # "eight more bodies": an increment, not a total
            unit, shown, qualifiers = noun[0], noun[2], noun[3]
        elif re.search(r"(?i)\btoll\b[^.]{0,80}$", sentence[:m.start()]):
            unit = "dead"
        elif (of := _NUMBER_OF.search(sentence[:m.start()])) is not None:
            unit = stem(of["noun"].lower())
        if unit is None:
            continue
        if unit != "dead" and stem(unit) not in _NEVER_DEAD and (
                stem(unit) in DEATH_NOUNS or unit in DEATH_NOUNS or _dies(
                sentence, m.start(), m.end())):
            unit = "dead"
        low, high = _interval(v, m["bound"])
        start = m.start()
        if not m["bound"] and (r := _RANGE_LOW.search(sentence, 0, m.start())) and (
                lo := number_value(r["lo1"] or r["lo2"])) is not None and 0 < lo < v \
                and not re.search(r"(?i)\bfrom\s+$", sentence[:r.start()]):  # a change
            low, start = lo, r.start()
        out.append(Quantity(kind="count", value=v, low=low, high=high, unit=unit,
                            text=sentence[start:shown].strip(" ,"),
                            start=start, end=m.end(), qualifiers=qualifiers))
        spans.append((m.start(), m.end()))
    out.extend(_elliptical(sentence, out, spans))
    return sorted(out, key=lambda q: q.start)


# a bare number in a list, with a verb of its own: "12 people were convicted and 11 were
# executed", "killing 12 miners, 30 injured"
_ELLIPTICAL = re.compile(rf"(?i)(?:,|;|\band\b|\bwhile\b)\s+(?:{_BOUND})?{_NUMBER}"
                         r"\s+(?:(?:were|was|are|is|had been|have been|has been)\s+)?"
                         r"(?:[a-z]+ly\s+)?"
                         r"(?P<verb>(?!(?:then|when|even|often|been|seven|eleven|ten|men|women|children)\b)"
                         r"[a-z]+(?:ed|en)|laid|held|sent|hurt|shot|found|lost)\b")


def _elliptical(sentence: str, counts: list[Quantity], spans: list[tuple[int, int]],
                ) -> list[Quantity]:
    """Counts whose noun is left out because the sentence's count before them gives it:
    "Of the 34 people indicted, 12 people were convicted and 11 were executed" counts 11
    people. Only a number with a verb of its own right after it, within 80 characters of
    the count before it."""
    out: list[Quantity] = []
    for m in _ELLIPTICAL.finditer(sentence):
        if _taken(spans, m.start("num"), m.end("num")) or _YEAR.match(m["num"]):
            continue
        before = [q for q in counts if q.kind == "count" and q.end <= m.start("num")
                  and m.start("num") - q.end <= 80]
        v = number_value(m["num"], m["scale"])
        if not before or v is None or m["num"].lower() in ("a", "an"):
            continue
        # the noun, not the sense: "killing 12 miners, and 30 were injured" counts miners
        unit = before[-1].unit
        if unit == "dead":
            last = before[-1].text.split()[-1].lower()
            unit = stem(last) if last.isalpha() and last not in DEATH_WORDS else "peopl"
        if m["verb"].lower() in DEATH_WORDS:  # its own verb, not the count's before it
            unit = "dead"
        start = m.start("bound") if m["bound"] else m.start("num")
        stop = m.end("scale") if m["scale"] else m.end("num")  # "5 million lost power"
        low, high = _interval(v, m["bound"])
        out.append(Quantity(kind="count", value=v, low=low, high=high, unit=unit,
                            text=sentence[start:stop], start=start, end=m.end("num")))
    return out


# what a count of the dead never counts: "At least 25 others across 11 US states also have
# been reported dead" (places, and things)
_NEVER_DEAD = {stem(w) for w in (
    "states", "countries", "counties", "cities", "towns", "provinces", "regions", "nations",
    "villages", "districts", "communities", "vehicles", "cars", "trucks", "homes", "houses",
    "buildings", "flights", "miles", "kilometers", "days", "hours", "weeks", "months",
    "years", "inches", "feet", "schools", "hospitals")}


# another count ends the look back for a verb of dying: in "killed nine and injured over
# 1,000 people" the 1,000 are not dead; a year or a road number before the verb is no count
# ("Floods in 2023 killed 40 people", "a crash on Route 9 killed 3 people")
_OTHER_NUMBER = re.compile(r"(?i)(?P<n>\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|"
                           r"ten|eleven|twelve|dozens?|hundreds?|thousands?)\b)"
                           r"(?:\s+(?P<w>[a-z]+))?")
_DEATH_VERBS = {"killed", "kill", "kills", "killing", "died", "die", "dies", "dying", "dead",
                "perished", "were", "was", "are", "is", "have", "had"}
# a count joined by "with" or "including" is another count: "26 illnesses with 2 deaths"
_JOINED = re.compile(r"(?i)[,;.]|\s(?:with|including|plus)\s")


_CLAUSE_END = re.compile(r"(?i)[;]|,\s+(?:and|but|while|whereas)\b|\s(?:and|but)\s+(?=\w+\s)")


def _dies(sentence: str, start: int, end: int) -> bool:
    """Is the count the subject or object of a verb of dying ("killing 12 people",
    "Twenty miners died", "six people are dead")? Looks a few words either side, not past
    another count: in "26 illnesses with 2 deaths" only the 2 are dead."""
    window = sentence[max(0, start - 25):start]
    cut = 0
    for m in _OTHER_NUMBER.finditer(window):
        year = re.fullmatch(r"(?:19|20)\d\d", m["n"]) is not None
        if not year and (m["w"] or "").lower() not in _DEATH_VERBS:
            cut = m.end()
    # ... nor past the end of a clause: in "The boy was killed, and three adults were
    # wounded" the three are not dead
    before = _CLAUSE_END.split(window[cut:])[-1]
    after = _JOINED.split(sentence[end:end + 45])[0]
    return bool(_DEATH.search(before) or _DEATH.search(after))
