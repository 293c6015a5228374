"""Side-by-side accounts: how each outlet (or, within one article, each speaker) answers.

Retrieval runs once; its passages are split into accounts — one per outlet when several
outlets are retrieved, else one per speaker of the attributed sentences ("the Kremlin's
readout versus the White House's statement"). Each account's best sentences are quoted with
citations. Then the values the question asks about are lined up, by type
(``assistant.nlp.quantities``): a duration only against durations, money against money, a
count against counts of the same noun ("12 dead" against "15 dead", never "Interstate 75"
against "210 miles"), a date against dates. Numbers that name things (road and model
numbers, years) are no values.

Which value an article gives: not one that a clause recalls from the past ("Back when she
turned 112", "the 48,268 staff it had at the start of the pandemic", "the previous record of
57 points"), which is an earlier reading, while the article gives a current one; and a count
only in the sense asked: "How many employees does Meta have?" is not answered by "laying off
11,000 employees", nor "For how many races did NASCAR suspend him?" by the hypothetical "he
would have 11 races to try" (other verbs may be synonyms, "deploy" for "send", and stay).

An article that is not about the question contributes nothing (the relevance gate of
``assistant.answer.relevance``, at article level). News moves: each account reports the
value of its newest article that answers about as well as its best (its lead, see
``_lead``), with the earlier values beside it ("15, 2024-03-20; earlier 12, 2024-03-14"), so
a toll that rose is not read as outlets disagreeing. Two accounts differ only when their
leading values of the same slot cannot both be true; a count reported larger on a later day
than another outlet's is a tally that rose, not a disagreement.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from pydantic import BaseModel, Field

from assistant.answer.attribution import covering
from assistant.answer.extractive import ScoredSentence, cite, question_fit, score_candidates
from assistant.config import AnswerSettings
from assistant.nlp.actors import Topic
from assistant.nlp.attribution import speaker_key
from assistant.nlp.lexicon import (
    FOREIGN_PLACES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    SLOT_WORDS,
    US_STATES,
)
from assistant.nlp.quantities import Quantity, find_quantities
from assistant.nlp.sentences import sentence_spans
from assistant.nlp.timex import ends_before, find_times
from assistant.nlp.tokens import STOPWORDS, same_word, stem, words
from assistant.types import Attribution, Citation, Passage, TimeMention

_QUOTED = re.compile(r"[\"“]([^\"”]{2,80})[\"”]")
# (not "in the death of Tyre Nichols", which names the story)
_DEATH_Q = re.compile(r"(?i)\b(?:died|die|dies|kill|kills|killed|dead|deaths|"
                      r"death(?!\s+of\s+[A-Z])|death toll|fatalities)\b")
# (up to two words before the noun, or three or four names, numbers and joiners: "How many
# Honda Accord and CR-V vehicles ...", "How many of the 50 states ...", not "How many watched
# the Academy Awards" or "How many died when Russian missiles struck")
_COUNT_NOUN = re.compile(r"(?i)\b(?:how many|what number of)\s+((?:[\w&.’'-]+\s+){0,2}?|"
                         r"(?:(?:(?-i:[A-Z0-9][\w&.’'-]*)|and|of|the|&)\s+){3,4}?)"
                         r"(?P<noun>people|children|men|women|police|staff|personnel|[\w-]+s)\b")
# "how much" asks for a sum only with a word of money ("How much is Amazon paying ...", "How
# much debt ..."); "How much did DART shorten the orbit?" (32 minutes) or "How much snow
# fell?" asks for no kind compare knows, and lines up no slot rather than the wrong one
_MONEY_CONTEXT = (r".*(?:[$€£¥]|\b(?:cost|costs|costing|pay|pays|paid|paying|spend|spends|"
                  r"spent|spending|worth|price|prices|priced|charge|charged|fine|fined|make|made|"
                  r"raise|raised|raising|earn|earned|owe|owes|owed|sell|sold|buy|bought|budget|debt|"
                  r"debts|money|funding|funds?|donat\w*|damages|salary|wages?|fees?|award|"
                  r"awarded|settle\w*|revenue|profits?|loans?|grants?|bail|bids?|offer|offered|"
                  r"valued|value|cash|dollars?|euros?|pounds?|bonus|tax|taxes|tariffs?|"
                  r"cancel|forgive|forgiveness|relief|aid|package|deal|contract|box\s+office|"
                  r"gross|grossed|refunds?|refunded|ransom|compensation|invest|invested|"
                  r"investing|investment|steal|stole|stolen)\b)"
                  # a loss or an outflow of a business, or to fraud, when "how much" stands
                  # alone ("How much did Disney's streaming business lose?", "How much did
                  # Zelle users lose to fraud?"; not "How much weight did he lose?", nor "How
                  # much has Lake Mead lost since 2000?")
                  r"|(?<=how much)\s+(?:did|does|do|has|have|had|will|would|is|was|were)\b"
                  r"(?=.*\b(?:business|businesses|company|companies|firm|corporation|quarter|"
                  r"fiscal|investors?|exchange|banks?|funds?|deposits?|depositors|shareholders|"
                  r"streaming|division|studio|airline|retailer|startup|crypto\w*|fraud|"
                  r"scams?|scammers|hackers?|theft|thieves)\b)"
                  r".*\b(?:lose|loses|lost|losing|losses?|pull(?:ed)?\s+out|withdr[ae]w\w*|"
                  r"outflows?)\b")
_ASKS: list[tuple[str, re.Pattern[str]]] = [
    ("duration", re.compile(r"(?i)\bhow long\b(?!\s+ago)|\bduration\b|\bfor how many "
                            r"(?:hours|days|weeks|months|minutes|years)\b")),
    ("age", re.compile(r"(?i)\bhow old\b|\bwhat age\b|\bat what age\b")),
    # a rate of interest, of unemployment, on a mortgage ...: "What was the average rate on a
    # 30-year fixed mortgage?", "By how much did the Fed raise interest rates?"
    ("percent", re.compile(r"(?i)\bpercent|\bpercentage\b|%|\bwhat share\b|\b(?:interest|"
                           r"mortgage|unemployment|jobless|inflation|tax|poverty|vacancy|"
                           r"approval|savings|borrowing|policy|benchmark|prime)\s+rates?\b|"
                           r"\brates?\s+(?:on|for)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:mortgages?|loans?|bonds?|notes?|savings)\b|"
                           # a record: "How often is Phil's forecast right?" (39% of the time)
                           r"\bhow often\b.*\b(?:right|correct|accurate|wrong|successful|"
                           r"succeeds?|fails?)\b")),
    ("money", re.compile(rf"(?i)\bhow much\b(?!.*\bpercent)(?={_MONEY_CONTEXT})|\bcost\b|"
                         r"\bprice\b")),
    ("count", re.compile(r"(?i)\bhow many\b|\bwhat number of\b")),
    # "when" asks only at the head of a question, or of a clause with its auxiliary ("and
    # when did ..."): "... died when the ferry capsized" and "How old was Penny Marshall,
    # Laverne of 'Laverne & Shirley', when she died?" ask no date
    ("date", re.compile(r"(?i)^\W*when\b|(?:[,;]\s*|\band\s+)when(?:\s+(?:did|does|do|will|"
                        r"would|is|are|was|were|has|have|had|can|could)\b|(?=\s*(?:[?.!,]|$)"
                        r"|\s+exactly\b))|\bwhat (?:date|day)\b|"
                        r"\bwhich day\b|\bon what day\b")),
    ("description", re.compile(r"(?i)\bdescri|\bcharacteri[sz]|\bcall(?:ed)? it\b|\bhow was\b")),
]
# the question's frame is not its topic: "how many", "how long", "what kind of"
_FRAME = re.compile(r"(?i)\bhow\s+(?:long|many|much|old|often|far)\b|\bwhat\s+(?:kind|type|"
                    r"sort|number|share|percent(?:age)?)\s+of\b|\bby what percent\b")


# a date question about what is planned, or about what happened
_SCHEDULE = r"\b(?:scheduled|planned|expected|set|due|slated|supposed|going|likely)\b"
_TO_COME = re.compile(r"(?i)\bwhen\s+will\b|\bwhen\s+(?:is|are)\b.*" + _SCHEDULE)
_HAPPENED = re.compile(r"(?i)\bwhen\s+did\b|\bwhen\s+(?:was|were)\b(?!.*" + _SCHEDULE + ")")
# "When did Boeing say the jet would return?", "When was the trial postponed to?": asked in
# the past, answered by a date to come
_MOVED_ON = re.compile(r"(?i)\b(?:would|will)\b|\b(?:moved|postponed|pushed|delayed|"
                       r"rescheduled|put off|set back)\b.*\bto\b")
# a share that says what a whole is made of ("women, who make up 52% of the population"),
# not what happened: the verb right before the percent, past any bound
_COMPOSED = re.compile(r"(?i)\b(?:make|makes|made|making)\s+up|\baccount(?:s|ed|ing)?\s+for|"
                       r"\b(?:represent|comprise|constitute)(?:s|d|ed|ing)?")
_COMPOSED_AT = re.compile(_COMPOSED.pattern + r"\s+(?:(?:about|around|nearly|almost|roughly|"
                          r"some|only|just|over|under|more than|less than|at least)\s+)?$")

# a place's population ("the country's 22 million people", "a city of 40,000 people") is
# what it is, not what happened to it: no count of the injured, the evacuated or the dead
_POPULATION = re.compile(r"(?i)\b(?:country|nation|city|state|island|region|province|town|"
                         r"village|county|capital)(?:['’]s|\s+of)\s+(?:(?:about|some|nearly|"
                         r"around|more than|over|roughly|almost|an estimated)\s+)?$")
# ... or what follows a count of people: "more than 2.5 million people living within 50km of
# the epicentre"
_LIVING = re.compile(r"(?i)\s+(?:who\s+)?(?:live|lives|living|reside|resides|residing)\b")
# what a population counts ("the state's 4,000 National Guard troops" are no population)
_PEOPLE = {stem(w) for w in ("people", "persons", "residents", "inhabitants", "citizens", "souls")}
_ASKS_POPULATION = re.compile(r"(?i)\b(?:live|lives|living|population|inhabitants|"
                              r"residents)\b")

# words between "how many" and the noun that qualify no group: "how many more people died"
_NOT_QUALIFIERS = {"more", "total", "additional", "other", "people", "of", "the", "in", "all"}


class Asked(BaseModel):
    """A slot the question asks about: its kind, and for a count what it counts."""

    kind: str
    noun: str | None = Field(None, description="For counts: a noun stem, or 'dead'.")
    verb: str | None = Field(None, description="For counts: the question's verb, as a lemma "
                                               "('have', 'suspend'), if it names one.")
    group: list[str] = Field(default_factory=list, description=(
        "For counts of the dead: the stems of a qualified group the question counts, noun "
        "first ('foreign nationals' → national, foreign): the count must name the noun, "
        "its sentence the qualifiers."))
    side: str | None = Field(None, description=(
        "For dates: 'to come' when the question asks what is planned ('When is the launch "
        "scheduled?', 'When will ...?'), 'past' when it asks what happened ('When did ...?'); "
        "a date on the other side of the report's publication day is not an answer."))
    event: list[str] = Field(default_factory=list, description=(
        "For dates: the stems of the question's own words for what happened ('When did Rite "
        "Aid file for bankruptcy?' → file, bankruptcy); a date whose sentence has none of them "
        "dates something else ('in a Sunday media release') and is no answer."))
    population: bool = Field(False, description=(
        "For counts: whether the question asks how many live somewhere; if not, a place's "
        "population ('the country's 22 million people') is no answer."))
    base: list[str] = Field(default_factory=list, description=(
        "For percents: the stems of the question's words, to tell whether a share of a whole "
        "is a share of what it asks about ('of the vote')."))
    vote_share: bool = Field(False, description=(
        "For percents: whether the question asks a share of the vote (not of voters, nor "
        "turnout); if so, a share of the electorate ('13% of the eligible voters') is no "
        "answer."))
    composition: bool = Field(False, description=(
        "For percents: whether the question asks what a share of a whole is made of ('What "
        "percent of the population do women make up?'); if not, such a share is no answer."))
    action: str | None = Field(None, description=(
        "For dates: the question's verb, as a lemma ('When did Quaker Oats expand its "
        "recall?' → expand): of two dates in one sentence, the one nearer that verb answers "
        "('the first recall, issued on Dec. 15, ... the second, announced on Jan. 11, "
        "expanded the list')."))
    first: bool = Field(False, description=(
        "For dates: whether the question asks when something was done the first time ('When "
        "did Quaker Oats issue its first recall?'): of what happened, an account's earliest "
        "date leads (a plan's 'first rally' is one event, whose date may move)."))
    states: list[str] = Field(default_factory=list, description=(
        "The US states or territories the question names ('Nevada'): a sentence naming "
        "another of them and none of these tells of the other ('the Virgin Islands "
        "Republican Party announcement' for Nevada's primary)."))
    abroad: list[str] = Field(default_factory=list, description=(
        "The places outside the US the question names ('the Caribbean'): a sentence naming a "
        "US state and no place abroad tells of another place ('killing at least four people' "
        "in southeast Texas, for Beryl's toll in the Caribbean)."))
    home: bool = Field(False, description=(
        "Whether the question names the US itself ('the US-Mexico border'): then it is not "
        "asked of a place abroad only."))
    extreme: str | None = Field(None, description=(
        "For figures: 'high' when the question asks a peak ('What record high did the "
        "price of gas reach?'), 'low' for a trough: an account's highest (lowest) reading leads, "
        "and in a sentence the value told as the peak ('after hitting a high of $5.02')."))
    words: list[str] = Field(default_factory=list, description=(
        "The question's words: a count of 'new' cases, or a date 'as of' a day, answers "
        "only a question that says so."))
    year: str | None = Field(None, description=(
        "For dates: the one year the question names ('the 2026 World Cup'): a month and day "
        "that a report gives without a year are in it."))
    years: list[str] = Field(default_factory=list, description=(
        "The years the question names: a count given beside one of them is of its own time, "
        "not of an event years before the report (see _of_past_year)."))
    ids: dict[str, list[str]] = Field(default_factory=dict, description=(
        "The names with a number the question names, by family ('the BA.2 subvariant' → "
        "ba: [ba.2]): a sentence that names another of the family and not it tells of "
        "the other ('BA.5 at 3.7%')."))
    owner: list[str] = Field(default_factory=list, description=(
        "For counts: the names the question puts before its noun ('How many AT&T "
        "customers' → at&t): a count whose noun another name qualifies ('10,000 Cricket "
        "Wireless customers') counts someone else's."))

    # what the question says, read once for all the sentences its values are sought in
    @cached_property
    def lower_words(self) -> set[str]:
        return {w.lower() for w in self.words}

    @cached_property
    def plain_words(self) -> str:
        """The question's words in lower case as written (no names), as one text."""
        return " ".join(w for w in self.words if w.islower())

    @cached_property
    def casualty(self) -> set[str]:
        """The kinds of casualty the question asks about (see _CASUALTY)."""
        return _casualties(self.plain_words)

    @cached_property
    def direction(self) -> set[str]:
        """Which way the question says something changed (see _direction)."""
        return _direction(self.plain_words)

    @cached_property
    def asks_change(self) -> bool:
        """Whether the question asks by how much something changed (see _asks_change)."""
        return _asks_change(self)

    @cached_property
    def lemmas(self) -> set[str]:
        """The lemmas of the question's words in lower case."""
        return {_lemma(w) for w in self.words if w.islower()}


# a clause that recalls the past: a value in it is an earlier reading, not the current one
_RECALLED = re.compile(r"(?i)\b(?:back when|at the time|previously|previous|earlier|formerly|"
                       r"used to|had been|at the start of|prior to|years? ago|months? ago|"
                       r"weeks? ago|days? ago|"
                       r"the last time|once had)\b")
# a time that heads the sentence sets all of it in the past: "Two weeks ago, Schumer and
# Manchin were nearing a deal on $375 billion"
_RECALLED_LEAD = re.compile(r"(?i)^\W*(?:(?:[\w-]+\s+){0,2}(?:years?|months?|weeks?|days?)\s+"
                            r"ago|previously|earlier this (?:week|month|year)|last (?:week|"
                            r"month|year)|at the time)\s*,")
# a count introduced as part of a larger group: "included at least 19 foreign nationals",
# "among them 12 children", "including five students"
_PART = re.compile(r"(?i)\b(?:includ(?:ed|ing|es)|among(?:\s+(?:them|whom|the\s+\w+))?)\s+"
                   r"(?:(?:at least|more than|about|some|nearly|as many as)\s+)?$")
# "died ... in Florida alone": a count or sum for one part of the story's whole (one state
# of a hurricane's path, one year of a longer count), which answers only a question that
# names that part
_ALONE = re.compile(r"\b(?:in|for|from|at)\s+(?P<part>(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}"
                    r"[A-Z0-9][\w.’'-]*)\s+alone\b")


_IN_PLACE = re.compile(r"\bin\s+(?P<part>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})")


def _told_for_unasked(asked: Asked, sentence: str, q: Quantity, part: re.Pattern[str]) -> bool:
    """Does ``q``'s clause name, by ``part``, a part the question does not name: one place
    alone (``_ALONE``: "66 people ... died in Florida alone"), or any place (``_IN_PLACE``:
    "four were killed in North Carolina")?"""
    lo, hi = _clause_bounds(sentence, q.start, q.start + len(q.text))
    return any(not set(m["part"].lower().split()) - {"the"} <= asked.lower_words
               for m in part.finditer(sentence, lo, hi))


# what comes before a count that makes it the whole a part is taken of: "Out of the 17
# weather-related fatalities recorded across New York, 16 were in Erie County", "half of the
# company's workforce of more than 7,500 full-time employees", "13% of its 7,500 workers"
# (not "Two of the 12 killed were children": there the 12 are the toll asked)
_WHOLE = re.compile(r"(?i)\b(?:out\s+of|(?:half|a\s+third|a\s+quarter|two-thirds|most|"
                    r"\d[\d,.]*%|\w+\s+percent)\s+of|"
                    r"(?:workforce|staff|work\s+force|headcount)\s+of)\s+(?:(?:the|its|their|"
                    r"his|her|a)\s+)?(?:[\w.-]+['’]s\s+)?(?:(?:about|more than|nearly|roughly|"
                    r"some|over|almost|around)\s+)?$")
# words between a count's number and its noun that make it a part, not the whole: "two new
# cases", "the two remaining candidates" ("more", "additional" and "extra" already make
# find_quantities drop the count)
_PARTIAL = {"new", "newly", "further", "fresh", "remaining", "other"}
# verbs whose count is of new things by nature: "added 303,000 new jobs"
_MAKING = {"add", "creat", "hire", "build", "built", "gain", "open", "launch", "sign", "enrol",
           "produc", "releas", "introduc", "win", "won"}
# what follows a value that makes it a gap between two others: "3.5 points behind Biles"
_GAP = re.compile(r"(?i)\s+(?:behind|ahead\s+of|short\s+of|below|above)\b")
# ... unless "ahead of" is a time: "shot up 30% ahead of the market open", "ahead of Tuesday's
# vote", "ahead of the Federal Reserve's decision", "ahead of Election Day"
_AHEAD_OF_TIME = re.compile(
    r"(?i)\s+ahead\s+of\s+(?:(?:the|this|next|last|a|an|its|their|his|her)\s+)?"
    r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Jan(?:uary|\.)?|Feb(?:ruary|\.)?|"
    r"March|April|June|July|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|"
    r"Nov(?:ember|\.)?|Dec(?:ember|\.)?|Christmas|Thanksgiving|Easter|tomorrow|today|"
    r"tonight)\b|(?:[\w’'.-]+\s+){0,4}?(?:open|opening|close|closing|bell|vote|voting|"
    r"election|elections|primary|primaries|caucus|caucuses|debate|deadline|meeting|"
    r"decision|announcement|holidays?|weekend|launch|release|earnings|report|results|"
    r"hearing|trial|summit|visit|talks|day|week|month|year|season|kickoff|ceremony|"
    r"speech|address|inauguration)\b(?![’']s))")
# a share of the ballots counted so far is how far the count has gone, not anyone's share:
# "With 40% of the votes counted, Trump ..."
_WITH = re.compile(r"(?i)\bwith\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|more than\s+|"
                   r"an estimated\s+|just over\s+)?$")
_COUNTED = re.compile(r"(?i)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:votes?|ballots?|precincts?)\s+"
                      r"(?:counted|in(?=\s*[,.;])|tallied|reporting|tabulated|processed)\b")
_REPORTING = re.compile(r"(?i)\s+(?:of\s+precincts\s+)?reporting\b")
# a share of the electorate is turnout, not a candidate's share of the vote: "roughly 13% of
# the eligible voters"
_TURNOUT = re.compile(r"(?i)\s+of\s+(?:the\s+|all\s+|its\s+)?(?:[\w.-]+['’]s\s+)?"
                      r"(?:eligible|registered|active)\s+voters\b")
# a question about a share of the vote (not of voters, nor turnout)
_ASKS_VOTE = re.compile(r"(?i)^(?!.*\b(?:voters|turnout)\b).*\bvotes?\b")
# a name given an age: "50-year-old voter Rina Kathar", "Harshit Srivastava, 32,", "Mohit
# Sharma, a 29-year-old"
_AGE_WORDS = re.compile(r"(?i)\byears?[- ]old\b")
_NAME = r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,2})"
_NAME_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}?\s+" + _NAME)
_NAME_BEFORE = re.compile(_NAME + r",\s*$")
_NAME_BEFORE_A = re.compile(_NAME + r",\s+(?:a|an)\s+$")
# a name that wins a share: "DeSantis won 21%", "Trump received about 51%", "DeSantis, the
# Florida governor, won 21%"; "with challenger Ryan Binkley, a Texas businessman, winning
# fewer than 1%" (an -ing form only after "with": in "Trump beat DeSantis, the Florida
# governor, winning 51%" the share is Trump's); "candidate Nikki Haley at just more than 30%"
# ("at" only after no verb or preposition: "won Iowa at 51%" is no share of Iowa's)
_SHARE_BOUND = (r"(?:(?:about|nearly|almost|roughly|just over|just under|more than|just more "
                r"than|less than|fewer than|an estimated|just)\s+)?$")
_SHARE_OF = re.compile(_NAME + r"(?:,[^,]{1,60},)?\s+(?:[a-z]+ly\s+)?(?:won|wins|got|gets|"
                       r"received|receives|had|has|took|takes|captured|garnered|secured|"
                       r"earned|drew|polled)\s+" + _SHARE_BOUND)
_SHARE_WITH = re.compile(r"\bwith\s+(?:[a-z-]+\s+){0,3}" + _NAME + r"(?:,[^,]{1,60},)?\s+"
                         r"(?:winning|getting|receiving|taking|capturing|drawing)\s+"
                         + _SHARE_BOUND)
_SHARE_AT = re.compile(r"(?:^|(?<=[,;(]\s)|\b(?P<before>[a-z]+)\s+)" + _NAME + r"\s+at\s+"
                       + _SHARE_BOUND)
# words before a name that make "NAME at 30%" no share of the name's: "won Iowa at 51%"
_NOT_OWNER_BEFORE = {"won", "win", "wins", "carried", "carries", "swept", "sweeps", "took",
                     "takes", "in", "of", "from", "at", "for", "to", "by", "on", "with", "beat",
                     "beats", "defeated", "over", "across", "throughout"}
# what comes before a date that makes it the time of the report, not of the event: "no
# illnesses have been reported as of Jan. 11", "recalled so far in 2023"
_AS_OF = re.compile(r"(?i)\b(?:as\s+of|so\s+far(?:\s+in)?)\s+$")
# a date question that itself asks "as of" when
_ASKS_AS_OF = re.compile(r"\bas of\b")
# a change from one value to another, not a range ("prices range from $50 to $500"): in
# "rose from 12 to 20" the first is the earlier
_CHANGE = re.compile(r"(?i)\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|"
                     r"decreas\w*|rais\w*|cut|cuts|dropp?\w*|jump\w*|climb\w*|gr[eo]w\w*|"
                     r"went|up|down|lower\w*|boost\w*|reduc\w*|slash\w*|hik\w*|chang\w*|"
                     r"mov\w*|swell\w*|soar\w*|plung\w*)\b")
_FROM = re.compile(r"(?i)\bfrom\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$")
# a sum a change is by ("plans to raise prices by about $1 to $2") is the change, not the level
_BY = re.compile(r"(?i)\bby\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|almost\s+|some\s+|"
                 r"more than\s+|less than\s+|up to\s+|over\s+|at least\s+)?"
                 r"(?:[$€£¥][\d.,]+(?:\s+(?:million|billion|trillion))?\s+(?:to|and)\s+)?$")
# a change word used as a noun ("after the 2024 price increase") asks no change
_CHANGE_NOUN = re.compile(r"(?i)\b(?:the|a|an|its|this|that|their|his|her)\s+(?:[\w’'-]+\s+)"
                          r"{0,2}$")
_TO = re.compile(r"(?i)(?:\s+[a-z]+){0,2}?\s+to\s+(?:about\s+|around\s+|nearly\s+|roughly\s+"
                 r"|more than\s+|over\s+)?(?:US)?[$€£¥]?\d")
# clause edges; a comma inside a number ("48,268") is none
_CLAUSE_EDGE = re.compile(r",(?!\d{3}\b)|[;:()–—]")


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of ``sentence`` that holds ``sentence[start:end]`` starts and ends."""
    a = max((m.end() for m in _CLAUSE_EDGE.finditer(sentence, 0, start)), default=0)
    edge = _CLAUSE_EDGE.search(sentence, end)
    return a, edge.start() if edge else len(sentence)


# a game's score: "routs China 6-1", "a 102-85 victory" (not a range, a date or a phone number)
_SCORE = re.compile(r"(?<![\d.,$/:-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d%/:]|[-–]\d)")
_WON = re.compile(r"(?i)\b(?:beat|beats|beating|rout|routs|routed|routing|defeat|defeats|"
                  r"defeated|defeating|top|tops|topped|edge|edges|edged|crush|crushes|crushed|"
                  r"down|downs|downed|thrash|thrashed|won|win|wins|winning|victory|victories|"
                  r"overpower\w*|rolled|cruised|stun|stuns|stunned|blank|blanked)\b")
_LOST = re.compile(r"(?i)\b(?:lost|lose|loses|losing|loss|fell|falls|fall)\b")
_SCORED = ("goal", "point", "run")
# the qualifier of a count read from a game's score: it is what the side scored, whatever
# verb the sentence uses ("beat UConn 64-49")
SCORE = "score"


def _scores(asked: Asked, sentence: str) -> list[Quantity]:
    """For "How many goals did England score against China?": the asked side's number in a
    score the sentence gives ("England routs China 6-1": 6; "Iowa fell to LSU 102-85": 85).
    The side is the name between "did" and "score", named before the score; it won when it
    is named before a word of winning or after one of losing ("LSU ... with a 102-85
    victory"), and lost the other way round ("LSU beat Iowa 102-85" for Iowa)."""
    if asked.noun not in _SCORED or asked.verb != "scor":
        return []
    words = asked.words
    try:
        team = words[words.index("did") + 1:words.index("score")]
    except ValueError:
        return []
    if not team or not all(w[:1].isupper() for w in team):
        return []
    at = sentence.find(" ".join(team))
    if at < 0:
        return []
    out = []
    for m in _SCORE.finditer(sentence):
        if at > m.start():
            continue  # the side named after the score only tells ("..., England said.")
        high, low = sorted((int(m.group(1)), int(m.group(2))), reverse=True)
        if high == low:
            value = high
        else:
            first = min((x for x in (_WON.search(sentence), _LOST.search(sentence)) if x),
                        key=lambda x: x.start(), default=None)
            if first is None:
                continue
            won = bool(_WON.fullmatch(first.group(0)))
            value = high if won == (at < first.start()) else low
        out.append(Quantity(kind="count", value=value, low=value, high=value, unit=asked.noun,
                            text=f"{value} ({m.group(0)})", start=m.start(), end=m.end(),
                            qualifiers=[SCORE]))
    return out


def _is_score(meaning: Quantity | str) -> bool:
    return isinstance(meaning, Quantity) and SCORE in meaning.qualifiers


def _clause_names(sentence: str, q: Quantity | str, numbers: frozenset[str]) -> int:
    """How many of ``numbers`` (and years) the clause of the value ``q`` names besides the
    value itself (0 for a date)."""
    if not isinstance(q, Quantity):
        return 0
    a, b = _clause_bounds(sentence, q.start, q.end)
    rest = sentence[a:q.start] + " " + sentence[q.end:b]
    said = {m.group(0).replace(",", "") for m in _ALONE_NUMBER.finditer(rest)}
    return len(said & numbers)


def _clause(sentence: str, q: Quantity) -> str:
    """The clause of ``sentence`` that holds the value ``q``."""
    a, b = _clause_bounds(sentence, q.start, q.end)
    return sentence[a:b]


def recalled(sentence: str, start: int, end: int) -> bool:
    """Does the value at ``sentence[start:end]`` sit in a clause that recalls the past, or
    is it where a change started ("up from $9.99 to $10.99")?"""
    if _FROM.search(sentence, 0, start) and _TO.match(sentence, end) \
            and _CHANGE.search(sentence, max(0, start - 80), start):
        return True
    a, b = _clause_bounds(sentence, start, end)
    return bool(_RECALLED.search(sentence, a, b) or _RECALLED_LEAD.match(sentence))


_AUX = {"do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "will", "would",
        "can", "could", "may", "might", "should", "be", "been", "being"}
_BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "’s"}
_CLAUSE_WORDS = {"that", "which", "who", "whom", "whose", "when", "where", "while", "after",
                 "before", "because", "since", "if", "as"}
_EN_NOUNS = {"children", "women", "men", "chicken", "garden", "kitchen", "citizen"}
_PREPOSITIONS = {"of", "in", "by", "for", "with", "at", "on", "from", "during", "after"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"}
# words between a verb and the count it governs ("laying off more than 11,000")
_SKIP_BACK = {"off", "out", "up", "down", "away", "than", "more", "less", "fewer", "about",
              "around", "nearly", "almost", "some", "roughly", "approximately", "over",
              "under", "least", "at", "just", "only", "all", "estimated", "another",
              *_DETERMINERS}
_IRREGULAR = {"had": "have", "has": "have", "having": "have", "laid": "lay", "lays": "lay",
              "laying": "lay", "paid": "pay", "lost": "lose", "made": "make", "took": "take",
              "sold": "sell", "held": "hold", "won": "win", "spent": "spend", "kept": "keep",
              "gave": "give", "found": "find", "got": "get", "bought": "buy", "owns": "own",
              "needs": "need", "cut": "cut", "hit": "hit", "put": "put", "taken": "take",
              "given": "give", "sent": "send", "brought": "bring", "built": "build",
              "began": "begin", "begun": "begin", "chosen": "choose", "stolen": "steal",
              "shot": "shoot", "fled": "flee", "seen": "see", "saw": "see"}
_VERBISH = set(_IRREGULAR) | set(_IRREGULAR.values()) | {"would", "could"}
_TOKEN = re.compile(r"[A-Za-z][\w’'-]*")
_NAME_WORD = re.compile(r"[A-Za-z][\w&’'-]*")  # "AT&T" is one word


def _lemma(word: str) -> str:
    w = word.lower()
    return _IRREGULAR.get(w, stem(w))


_HEAD_NOUNS = {"people", "children", "men", "women", "police", "staff", "personnel",
               "officers", "workers", "employees", "troops", "members", "residents"}


def _head_noun(question: str, m: re.Match[str]) -> str:
    """The noun a count question counts: the last of its noun phrase ("how many police
    personnel" counts personnel), not a verb or auxiliary after it ("how many albums has")."""
    head = m["noun"]
    at = m.end()
    # the last noun of the phrase: "Memphis police officers" counts officers
    while (nxt := _TOKEN.match(question, at + 1) if at < len(question) else None) and (
            nxt.group(0).lower() in _HEAD_NOUNS or (
                nxt.group(0).lower().endswith("s") and nxt.group(0).lower() not in _AUX
                and not nxt.group(0)[:1].isupper() and len(nxt.group(0)) > 3)):
        head, at = nxt.group(0), nxt.end()
    return head


def question_verb(question: str) -> str | None:
    """The verb a count question asks with: "How many employees does Meta have?" → have,
    "For how many races did NASCAR suspend Chase Elliott?" → suspend, "How many passengers
    was the ferry carrying?" → carry. None when there is none to find."""
    m = _COUNT_NOUN.search(question)
    if not m:
        return None
    words = [w.group(0) for w in _TOKEN.finditer(question, m.end())][:9]
    if words and (head := _head_noun(question, m)) in words[:3]:
        # "police personnel were deployed", "Memphis police officers were charged": past the
        # noun's head
        words = words[words.index(head) + 1:]
    if not words:
        return None
    if words[0].lower() not in _AUX:  # "How many people died", "... paid their respects"
        first = words[0]
        low = first.lower()
        if len(words) > 1 and words[1].lower() in _PREPOSITIONS:
            # "How many people accused of witchcraft ... were executed": a participle
            # before a preposition modifies the noun; the verb is the one after "were"
            # (not past a relative or subordinate clause: "homes burned in the fire that was
            # sparked by a downed line" asks with "burned")
            lowered = [w.lower() for w in words]
            for be, after in itertools.pairwise(lowered[2:]):
                if be in _CLAUSE_WORDS or after in _CLAUSE_WORDS:
                    break
                if be in ("were", "are") and after not in _EN_NOUNS and (
                        after.endswith(("ed", "en")) or after in _IRREGULAR):
                    return _lemma(after)
        if low.endswith(("ed", "ing", "en")) or low in _VERBISH:
            return _lemma(low)
        # "How many people live in the path": a plain word in lower case right after the
        # noun is its verb; "in", "of" or a name is not
        return _lemma(low) if first.islower() and low not in STOPWORDS and len(low) > 2 \
            else None
    rest = []
    for prev, w in itertools.pairwise(words):
        # the subject: names, determiners and the noun right after one ("the league")
        if w.lower() in _DETERMINERS or w[:1].isupper() or prev.lower() in _DETERMINERS:
            continue
        rest.append(w)
    # after the auxiliary and its subject: a participle if there is one, else the first
    # word in lower case ("does Meta have", "did NASCAR suspend")
    for w in rest[:3]:
        if w.lower().endswith(("ing", "ed")):
            return _lemma(w)
    return _lemma(rest[0]) if rest else None


_ATTRIBUTIVE = re.compile(r"(?i)\b(?:the|its|their|his|her|a|an)\s+$")
_WHEN_AUX = re.compile(r"(?i)\bwhen\s+(?:did|does|do|will|would|is|are|was|were|has|have|"
                       r"had)\b")


def when_verb(question: str) -> str | None:
    """The verb a date question asks with, as a lemma: "When did Quaker Oats expand its
    salmonella recall?" → expand, "When will the judge hold a hearing?" → hold. None when
    there is none to find ("When was the eruption?")."""
    m = _WHEN_AUX.search(question)
    if not m:
        return None
    words = [w.group(0) for w in _TOKEN.finditer(question, m.end())][:9]
    lowered = [w.lower() for w in words]
    if "be" in lowered[1:-1] and words[(j := lowered.index("be")) + 1].islower() \
            and lowered[j + 1] not in STOPWORDS:
        # "When will the Harlow Cup final be played?" asks with "played", not "final"
        return _lemma(words[j + 1])
    if m.group(0).split()[-1].lower() in _BE:
        # a passive: "When is the crewed launch scheduled?" asks with its last participle
        done = [w for w in words if w.lower().endswith(("ed", "en")) and w.islower()]
        return _lemma(done[-1]) if done else None
    for i, w in enumerate(words):
        prev, low = words[i - 1] if i else "", w.lower()
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        # past the subject (names, determiners and the noun right after one, a noun after a
        # name: "the UAW strike end"), adverbs ("last", "officially") and "get"
        if low in _DETERMINERS or w[:1].isupper() or prev.lower() in _DETERMINERS \
                or low in STOPWORDS or low in _NOT_ACTION or low.endswith("ly") \
                or (prev[:1].isupper() and nxt and nxt not in STOPWORDS):
            continue
        return _lemma(w)
    return None


# words after a date question's subject that are not its verb
_NOT_ACTION = {"last", "first", "still", "ever", "again", "once", "get", "got", "finally"}


# verbs that report or total a count rather than say what it counts
_NEUTRAL = {"said", "says", "reported", "confirmed", "counted", "recorded", "estimated",
            "totaled", "totalled", "numbered", "reached", "rose", "climbed", "stood", "topped",
            "exceeded", "included", "including", "put", "listed", "surpassed", "passed"}
_HYPOTHETICAL = {"would", "could", "might"}
# verbs (as lemmas) that answer opposite questions: a price a stock "opened at" is not the one
# it closed at, what someone sold is not what they bought
_OPPOSITE = {"open": "clos", "clos": "open", "buy": "sell", "sell": "buy"}
# what marks a price as the day's extreme, not where it closed
_EXTREME = re.compile(r"(?i)\b(?:as\s+(?:high|low)\s+as|(?:high|low|peak)\s+of|peaked\s+at|"
                      r"intraday|topped\s+out\s+at)\s+(?:about\s+|nearly\s+)?$")
_PRICE_WORDS = {"price", "prices", "priced"}
_WHOLE_VALUE_WORDS = {"value", "valuation", "valued", "worth", "cap", "capitalization"}
_WHOLE_VALUE = re.compile(r"(?i)\b(?:market\s+(?:value|cap|capitalization)|valuation|valued\s+at|"
                          r"worth)\b")
# a price someone paid or got in a trade
_DEALT = re.compile(r"(?i)\b(?:purchas(?:ed|ing)|bought|buying|sold|selling|paid|paying)\b")


def governing_verb(sentence: str, start: int) -> str | None:
    """The verb right before a count ("laying off 11,000" → lay), skipping bounds, particles
    and determiners. "hypothetical" for "would have 11 races"; None when a preposition,
    a copula, "have" or a reporting verb stands there ("for one race", "is 20", "has 65")."""
    words = [w.group(0).lower() for w in _TOKEN.finditer(sentence[max(0, start - 60):start])]
    for i in range(len(words) - 1, max(-1, len(words) - 5), -1):
        low = words[i]
        if low in _SKIP_BACK:
            continue
        if low in ("have", "has", "had"):
            return "hypothetical" if i > 0 and words[i - 1] in _HYPOTHETICAL else None
        if low in _BE or low in _NEUTRAL:
            return None
        if low.endswith(("ed", "ing")) or low in _VERBISH:
            return _lemma(low)
        return None
    return None


class Reading(BaseModel):
    """One article's value for a slot, with the article's date and its citation."""

    value: str
    published: str | None = None
    citation: int
    repeats: bool = Field(False, description="Another reading that gives the account's leading "
                                             "value in other words ('9 people', 'nine people').")


class Account(BaseModel):
    label: str = Field(description="The outlet, or the speaker.")
    sentences: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    values: dict[str, list[str]] = Field(
        default_factory=dict, description="slot → values, the leading one first (see "
        "Slot.readings)")

    @property
    def silent(self) -> bool:
        return not self.sentences


class Slot(BaseModel):
    kind: str
    noun: str | None = None
    verb: str | None = Field(None, description="For counts: the question's verb, as a lemma.")
    reported_by: dict[str, list[str]] = Field(
        default_factory=dict, description="value → accounts it leads (see readings)")
    silent: list[str] = Field(default_factory=list)
    readings: dict[str, list[Reading]] = Field(
        default_factory=dict, description="account → its readings: the one that leads it "
        "first (its newest that answers the question well), then the rest newest first")
    contradiction: bool = Field(
        False, description="Two accounts' leading values cannot both be true (descriptions "
                           "may differ without contradicting).")
    rose: bool = Field(
        False, description="The accounts' leading counts differ only as a later report's "
                           "larger tally: the count rose between reports, no one disagrees.")
    side: list[str] = Field(
        default_factory=list, description="Accounts whose figure is of another thing, shown "
        "with its sentence but not lined up. By speaker, with the answer model: one it finds "
        "far less likely to answer than the best account's (under half as likely), or whose "
        "sentence lacks a number the question names that another's has. By outlet or by "
        "speaker: a count done by another verb than the question's, beside an account whose "
        "count is done by it. Why, in side_why.")
    side_why: dict[str, str] = Field(
        default_factory=dict, description="For each side account, why it is one.")
    recalled: list[str] = Field(
        default_factory=list, description="Accounts whose leading value comes from a clause "
        "that recalls the past ('Two weeks ago, they were nearing a deal on $375 billion'; "
        "they gave no current one): shown, but it contradicts no one.")
    moved: bool = Field(
        False, description="The accounts' leading shares differ only between reports of "
                           "different days: a rate moves (a mortgage rate each week, "
                           "inflation each month), so no one disagrees.")
    apart: bool = Field(
        False, description="The accounts' leading dates are more than APART_DAYS apart, or "
                           "their sums of money more than APART_RATIO times apart: not one "
                           "value told two ways, but different things (an earlier round, "
                           "the same weekday of another week, a subscription's price beside "
                           "a company's), so no one is flagged as disagreeing.")
    other_sense: list[str] = Field(
        default_factory=list, description="Accounts whose leading value stands in a sentence "
        "without the question's verb: it may count something else, and contradicts no one. "
        "Beside an account whose sentence has the verb, such a value is a side figure instead "
        "(SIDE_OTHER_SENSE), unless the two agree.")

    @property
    def side_notes(self) -> list[tuple[str, list[str]]]:
        """The side accounts grouped by why they are side figures, in order of first use:
        [(why, [labels])]."""
        out: dict[str, list[str]] = {}
        for label in self.side:
            out.setdefault(self.side_why.get(label, SIDE_UNLIKELY), []).append(label)
        return list(out.items())

    @property
    def verdict(self) -> str:
        """The slot's verdict in words, for the CLI and the UI."""
        if self.contradiction:
            return "accounts differ"
        if self.rose:
            return "no contradiction: the count rose between reports"
        if self.moved:
            what = "a planned date" if self.kind == "date" else "a rate"
            return f"no contradiction: reported on different days, and {what} moves"
        if self.apart and self.kind == "money":
            return ("no contradiction flagged: the sums differ more than tenfold, so they "
                    "likely measure different things")
        if self.apart:
            return ("no contradiction flagged: the dates are over a month apart, so they "
                    "likely date different occasions")
        return "no contradiction"

    def earlier(self, account: str) -> list[Reading]:
        """The account's readings from before the day of the one that leads it (or
        undated) that give another value: what it replaced."""
        return self._others(account, older=True)

    def also(self, account: str) -> list[Reading]:
        """The account's other readings of the lead's day or later that give another value,
        whose sentences answer the question less well ("reduced from 70,000 to less than
        5,000 customers" the day after "at the peak, more than 70,000"): shown, never taken
        for the account's figure."""
        return self._others(account, older=False)

    def _others(self, account: str, older: bool) -> list[Reading]:
        got = self.readings.get(account, [])
        return [r for r in got[1:] if r.value != got[0].value and not r.repeats
                and _older(r, got[0]) == older]


def listing(names: list[str], limit: int = 6) -> str:
    """Names for a line of the view, the first ``limit`` and a count of the rest: with a
    single outlet every speaker of its articles is an account, and most say nothing of the
    slot ("A, B, C, D, E, F and 7 more")."""
    if len(names) <= limit:
        return ", ".join(names)
    return f"{', '.join(names[:limit])} and {len(names) - limit} more"


def _older(r: Reading, than: Reading) -> bool:
    """Is ``r`` from before ``than``'s day? An undated reading is older than a dated one."""
    if not than.published:
        return False
    return not r.published or (r.published or "")[:10] < than.published[:10]


class Comparison(BaseModel):
    question: str
    by: str = Field(description="'outlet' or 'speaker'")
    accounts: list[Account]
    slots: list[Slot]
    passages: list[Passage] = Field(default_factory=list)


def asked_slots(question: str) -> list[Asked]:
    """What the question asks to line up: "How many people died ..." → a count of the dead."""
    out: list[Asked] = []
    years = set(_YEAR_IN.findall(question))
    for kind, asks in _ASKS:
        if not asks.search(question):
            continue
        if kind == "money" and any(a.kind in ("percent", "count", "duration", "age")
                                   for a in out):
            continue  # "how much" with a percent, or "cost" in a "how many" question
        noun = verb = None
        group: list[str] = []
        if kind == "count":
            m = _COUNT_NOUN.search(question)
            noun = "dead" if _DEATH_Q.search(question) else (
                stem(_head_noun(question, m).lower()) if m else None)
            verb = None if noun == "dead" else question_verb(question)
            mods = [w for w in (m.group(1).split() if m else [])
                    if w.lower() not in _NOT_QUALIFIERS]
            if noun == "dead" and m and mods:
                # "how many foreign nationals died": a qualified group is a part of the
                # dead, so only a count of that group answers
                group = [stem(w.lower()) for w in (_head_noun(question, m), *mods)]
        side = None
        event: list[str] = []
        if kind == "date":
            event = _event_words(question)
            side = "to come" if _TO_COME.search(question) else \
                "past" if _HAPPENED.search(question) and not _MOVED_ON.search(question) \
                else None
        owner = [w.lower() for w in (m.group(1).split() if kind == "count" and m else [])
                 if w[:1].isupper()]
        action = when_verb(question) if kind == "date" else None
        out.append(Asked(kind=kind, noun=noun, verb=verb, group=group, side=side, event=event,
                         action=action,
                         first=bool(action and _FIRST_TIME.search(question)),
                         states=sorted(_states(question)),
                         abroad=sorted(_abroad(question)),
                         home=bool(_HOME.search(question)),
                         extreme=None if kind == "date" else "high" if _ASKS_HIGH.search(
                             question) else "low" if _ASKS_LOW.search(question) else None,
                         words=_NAME_WORD.findall(question), owner=owner,
                         ids={k: sorted(v) for k, v in _identifiers(question).items()},
                         years=sorted(years),
                         year=next(iter(years)) if kind == "date" and len(years) == 1
                         else None,
                         composition=kind == "percent" and bool(_COMPOSED.search(question)),
                         vote_share=kind == "percent" and bool(_ASKS_VOTE.search(question)),
                         base=[stem(w) for w in words(question) if w not in STOPWORDS]
                         if kind == "percent" else [],
                         population=kind == "count"
                         and bool(_ASKS_POPULATION.search(question))))
    return out


_STATE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(n) for n in US_STATES
                                                if n != "Washington"), key=len, reverse=True))
                    + r")\b(?!\s+(?:Times|Post|Daily|Journal|Yankees|Mets|Giants|Jets|"
                      r"Rangers|Knicks|Islanders|Rams|Chargers|Kings|Clippers|Lakers|"
                      # a person's title or origin: "the former South Carolina governor",
                      # "Texas Gov. Greg Abbott", "a Texas businessman"
                      r"Gov\b|[Gg]overnor|Lt\b|Sen\b|[Ss]enator|Rep\b|[Rr]epresentative|"
                      r"[Cc]ongress(?:man|woman)|[Ll]awmaker|[Aa]ttorney|[Ss]ecretary|"
                      r"business(?:man|woman)|native|resident|Democrat\b|Republican\b(?!\s+Party)"
                      r"))")


def _states(text: str) -> set[str]:
    """The US states and territories ``text`` names as places (not "The New York Times",
    nor "the former South Carolina governor": a person's title tells of the person)."""
    return {m.group(0) for m in _STATE.finditer(text)}


_ABROAD = re.compile(r"(?<!\bNew )(?<!\bGulf of )(?<![-–])\b(?:" + "|".join(
    sorted(map(re.escape, FOREIGN_PLACES), key=len, reverse=True)) + r")\b(?![-–])")
# a question that names the US itself ("the US-Mexico border", "U.S. Steel") is not asked of
# a place abroad only
_HOME = re.compile(r"\b(?:U\.?S\.?A?|United States|America|American|Americans|nationwide)\b")


def _abroad(text: str) -> set[str]:
    """The places outside the US that ``text`` names ("Caribbean", "Taiwan")."""
    return {m.group(0) for m in _ABROAD.finditer(text)}


# a question of a peak or a trough
_ASKS_HIGH = re.compile(r"(?i)\b(?:highest|peak(?:ed)?|(?:record|all-time|new)\s+high)\b")
_ASKS_LOW = re.compile(r"(?i)\b(?:lowest|(?:record|all-time|new)\s+low)\b")
# what may stand between such words and the value ("peaked at about 9%"), up to the value
_ROUGHLY = r"\s+(?:about\s+|nearly\s+|roughly\s+)?$"
# a value told as a peak or trough: "after hitting a high of $5.02", "peaked at 9.1%"
_TOLD_HIGH = re.compile(r"(?i)\b(?:(?:high|peak|record)\s+of|peaked\s+at|topped\s+out\s+at|"
                        r"as\s+high\s+as)" + _ROUGHLY)
_TOLD_LOW = re.compile(r"(?i)\b(?:(?:low|trough|bottom)\s+of|bottomed\s+out\s+at|as\s+low\s+as)"
                       + _ROUGHLY)
# a value a change went down (up) to, which no peak (trough) is: "did briefly fall to $1.87"
_WENT_DOWN = re.compile(r"(?i)\b(?:fell|fall|falls|falling|dropped|drop|sank|slid|slipped|"
                        r"plunged|tumbled|declined|decreased)\s+(?:\w+ly\s+)?to" + _ROUGHLY)
_WENT_UP = re.compile(r"(?i)\b(?:rose|rise|rises|rising|climbed|jumped|soared|surged|"
                      r"increased)\s+(?:\w+ly\s+)?to" + _ROUGHLY)


# "issue its first recall", "hold their first meeting": the first time something was done
# (not "become the first player to ...", where the first is the doer)
_FIRST_TIME = re.compile(r"(?i)\b(?:its|their|his|her)\s+first\b(?!-)")


# words of a date question that say nothing of what happened
_NOT_EVENT = {"when", "date", "day", "time", "happen", "happened", "take", "took", "place",
              "exactly", "first", "last", *_AUX}


def _event_words(question: str) -> list[str]:
    """The stems of a date question's words in lower case that say what happened ("When
    did Rite Aid file for bankruptcy?" → file, bankruptcy); names are the subject, not the
    event."""
    return list(dict.fromkeys(
        stem(low) for w in _TOKEN.finditer(question)
        if w.group(0).islower() and (low := w.group(0).lower().strip("’'")) not in STOPWORDS
        and low not in _NOT_EVENT and len(low) > 2))


_BASE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?((?:[\w.’'-]+\s+){0,2}[\w’'-]+)")


def _same_base(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Is the whole a share is taken of ("accounting for 51% of the vote") one the question
    names ("What percentage of the vote ...")? "52% of the population" is not the vote's."""
    m = _BASE.match(sentence, q.end)
    if m is None:
        return False
    return bool({stem(w) for w in words(m.group(1))} & set(asked.base))


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
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MONTH = re.compile(r"\d{4}-\d{2}")


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
MONTH_AFTER_DAYS = 14


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


# a month with its day, and a year, in a mention or a question ("the 2026 World Cup")
_MONTH_DAY = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
                        r"\d{1,2}\b")
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")

# what befalls people in a disaster, each counted apart: the trapped, the rescued or the
# evacuated are not the injured, nor the injured the missing (stem prefixes; the dead are
# told by the count's unit, see find_quantities)
_CASUALTY: dict[str, tuple[str, ...]] = {
    "hurt": ("injur", "hurt", "wound"),
    "trapped": ("trap",),
    "rescued": ("rescu",),
    "evacuated": ("evacuat",),
    "missing": ("missing",),
    "displaced": ("displac", "homeless"),
    "arrested": ("arrest", "detain", "detention"),
    "hospitalized": ("hospitaliz",),
    "dead": ("fatally",),  # "the number of fatally injured" are the dead
}
_FATALLY = re.compile(r"(?i)\bfatally\s+(?:injur|wound|hurt)\w*")
# how many years before its report a year in a count's clause must be for the count to be of
# another event: a statistic may lag its report by a year or two ("increased 71% between
# 2010 and 2020 to about 1.1 million" in 2022), a disaster recalled does not
PAST_EVENT_YEARS = 3
_SINCE = re.compile(r"(?i)\bsince\s+(?:(?:early|late|mid|the)\s+)?$")


# a count of the dead and the hurt together: "A total of 45 people died or were injured"
_EITHER = re.compile(r"(?i)\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:died|killed|dead|"
                     r"injured|wounded|hurt)\s+(?:or|and/or)\s+(?:(?:were|was)\s+)?(?:died|"
                     r"killed|dead|injured|wounded|hurt)\b")


def _casualties(text: str) -> set[str]:
    """Which of the :data:`_CASUALTY` classes the words of ``text`` name."""
    said = {w.group(0).lower() for w in _TOKEN.finditer(_FATALLY.sub("fatally", text))}
    return {name for name, prefixes in _CASUALTY.items()
            if any(w.startswith(p) for w in said for p in prefixes)}


def _other_casualty(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Does the count ``q`` count another kind of casualty than the question asks: "78
    people were trapped" or "rescued six people" for "How many people were injured?" The
    count's clause names another class and not the question's."""
    want = asked.casualty
    if not want:
        return False
    said = _casualties(_clause(sentence, q))
    return bool(said) and not said & want


# an event a sentence names: "the Valdivia earthquake", "Hurricane Ian", "the Camp Fire"
_EVENT_NOUNS = (r"(?:earthquakes?|quakes?|tsunamis?|hurricanes?|typhoons?|cyclones?|storms?|"
                r"tornado(?:es)?|floods?|flooding|fires?|wildfires?|blizzards?|eruptions?|"
                r"shootings?|bombings?|derailments?|crashe?s?|outbreaks?)")
_NAMED_EVENT = re.compile(r"\b(?P<name>(?:[A-Z][\w’'.-]+\s+){1,2}?)" + _EVENT_NOUNS + r"\b|"
                          r"\b(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm|Winter Storm)"
                          r"\s+(?P<after>[A-Z][\w’'-]+)")
_NOT_EVENT_NAME = {"the", "a", "an", "this", "that", "last", "monday", "tuesday", "wednesday",
                   "thursday", "friday", "saturday", "sunday", "january", "february", "march",
                   "april", "may", "june", "july", "august", "september", "october",
                   "november", "december", "deadly", "major", "massive", "big", "great"}


def _names_another_event(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Does ``sentence``, before the value ``q``, name an event by a name the question does
    not use ("the Valdivia earthquake ..., and 3,000 people were reported injured", "Hurricane
    Ian killed 150" for "How many people did Hurricane Beryl kill?"), and none by the
    question's own names? Then the value is that other event's. One named after the value
    ("killed 41,000, surpassing the 1999 Izmit earthquake") is only compared with."""
    own = asked.lower_words
    names = []
    for m in _NAMED_EVENT.finditer(sentence, 0, q.start):
        words = [re.sub(r"[’']s?$", "", w.lower())
                 for w in (m.group("name") or m.group("after")).split()]
        words = [w for w in words if w not in _NOT_EVENT_NAME]
        if words:
            names.append(words)
    return bool(names) and not any(w in own for ws in names for w in ws)


# words of a change up, and of a change down (as lower-case prefixes)
_UP = ("increas", "rise", "rose", "risen", "rising", "grew", "grow", "gain", "jump", "climb",
       "soar", "surg", "rais", "boost", "hike", "up", "higher")
_DOWN = ("cut", "reduc", "fell", "fall", "drop", "declin", "slash", "lay", "laid", "shed",
         "plung", "sank", "sink", "tumbl", "down", "lower", "shrank", "shrink", "lost", "lose")


def _direction(text: str) -> set[str]:
    """Which ways the words of ``text`` say something changed: {"up"}, {"down"}, both or
    neither."""
    said = [w.lower() for w in _TOKEN.findall(text)]
    out = set()
    for w in said:
        if any(w == p or (len(p) > 2 and w.startswith(p)) for p in _UP):
            out.add("up")
        if any(w == p or (len(p) > 2 and w.startswith(p)) for p in _DOWN):
            out.add("down")
    return out


def _against_the_change(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Does the percent ``q`` measure a change the other way from the question's: "a
    year-over-year increase of 28%" for "By what percent is Stripe cutting its staff?",
    "Microsoft shares fell around 1.5%" for "By what percent did the stock rise?"""
    want = asked.direction
    if len(want) != 1:
        return False
    said = _direction(_clause(sentence, q))
    return bool(said) and not said & want


def _asks_change(asked: Asked) -> bool:
    """Does the question ask by how much something changed ("How much did Quill raise
    prices?", "... by how much?"), not a level ("How much will the plan cost after the price
    increase?": a change word after a determiner is a noun)?"""
    question = " ".join(asked.words)
    raising_funds = bool(asked.lower_words & _FUNDS)  # "How much funding has it raised?"
    return "by" in asked.lower_words or any(
        not _CHANGE_NOUN.search(question, 0, m.start())
        and not (raising_funds and m.group(0).lower().startswith("rais"))
        for m in _CHANGE.finditer(question))


_FUNDS = {"funding", "funds", "money", "capital", "donations", "financing", "investment",
          "investments"}


_BULLETS = " \t•*·▪–—-"


def _under_another_heading(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Is the value ``q`` under a short heading before a colon that names nothing the
    question names, in a bulleted or dated list of places or events: "• Kentucky: Three
    people have died in the state" for the deaths in Erie County, New York; "June 2022 in
    Afghanistan: More than 1,100 people died"? "• New York: Erie County has had three
    storm-related deaths" is under the question's own heading."""
    colon = sentence.find(":")
    if not 0 < colon < q.start:
        return False
    lead = len(sentence) - len(sentence.lstrip(_BULLETS))
    heading = sentence[lead:colon]
    if not (sentence[:lead].strip() or _YEAR_IN.search(heading)):
        return False  # an item of a list, bulleted or dated; not "White House: Federal ..."
    said = _NAME_WORD.findall(heading)
    if not said or len(said) > 5 or not any(w[:1].isupper() for w in said):
        return False
    return not any(w.lower() in asked.lower_words for w in said if w[:1].isupper())


def _set_in_another_year(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Does a question that names its year meet ``q`` in a sentence set in another: "In
    2023, Spotify increased the price ... to $10.99" for "... after the 2024 price
    increase?" The last year before the value says when; "since 2011" sets nothing."""
    before = [m.group(0) for m in _YEAR_IN.finditer(sentence, 0, q.start)
              if not _SINCE.search(sentence, 0, m.start())]
    return bool(asked.years and before and before[-1] not in asked.years)


def _of_past_year(asked: Asked, sentence: str, q: Quantity, published: str | None) -> bool:
    """Is the count ``q`` the toll of an event of years before the report? The latest year
    before it in its clause is at least :data:`PAST_EVENT_YEARS` before the report ("the
    1999 Jiji earthquake that killed over 2,400 people", "Taiwan's largest since the 1999
    Jiji earthquake that killed ..."), or a date of an earlier year heads the sentence
    before a colon, as in a list of past events ("June 2022 in Afghanistan: More than 1,100
    people died"). A year the question names is no other time."""
    if not published or not published[:4].isdigit():
        return False
    now = int(published[:4])
    asked_years = set(asked.years)
    a, _ = _clause_bounds(sentence, q.start, q.end)
    years = [int(y) for y in _YEAR_IN.findall(sentence, a, q.start) if y not in asked_years]
    if years and max(years) <= now - PAST_EVENT_YEARS:
        return True
    colon = sentence.find(":")
    head = [int(y) for y in _YEAR_IN.findall(sentence, 0, colon) if y not in asked_years] \
        if 0 < colon < q.start else []
    return bool(head) and max(head) < now


# nouns (as stems) that count the same things: an indictment's "counts" are its "charges"
_SAME_NOUN: dict[str, tuple[str, ...]] = {"count": ("charg",), "charg": ("count",)}


def slot_kinds(question: str) -> list[str]:
    return [a.kind for a in asked_slots(question)]


def qualifiers(question: str) -> list[str]:
    """The stems of the words in lower case that qualify a count question's noun: "How many
    measles cases ..." → measl, "How many studio albums ..." → studio. Not "more", "total"
    or the like (see _NOT_QUALIFIERS)."""
    m = _COUNT_NOUN.search(question)
    if not m:
        return []
    before = m.group(1).split()
    if _head_noun(question, m) != m["noun"]:
        before.append(m["noun"])  # "measles" in "measles cases", "police" in "police personnel"
    return [stem(w.lower()) for w in before
            if w.islower() and w.lower() not in _NOT_QUALIFIERS and w.lower() not in STOPWORDS]


def topic_of(question: str) -> str:
    """The question less its frame and its slot ("how many miners died", "how long ... last",
    "cost"): the event its accounts must be about. "How many miners died in the Dunmore
    mine collapse?" → "in the Dunmore mine collapse?"."""
    q = _COUNT_NOUN.sub(" ", question)
    q = _FRAME.sub(" ", q)
    q = re.sub(r"(?i)\b(?:" + "|".join(SLOT_WORDS) + r")\b", " ", q)
    return " ".join(q.split())


_CUMULATIVE = re.compile(r"(?i)\b(?:bring(?:s|ing)?|brought|boost(?:s|ed|ing)?|rais(?:es|ed|ing)|"
                         r"tak(?:es|ing)|took|lift(?:s|ed|ing)?|push(?:es|ed|ing)?)\b"
                         r"(?:\s+[\w’'-]+){0,3}?\s+to\s+(?:about\s+|around\s+|nearly\s+|"
                         r"roughly\s+|more\s+than\s+|over\s+|almost\s+)?$")
_SAYING = {_lemma(w) for w in ("say", "said", "announce", "confirm", "declare", "reveal",
                                "report", "unveil", "tell", "told")}
_SAID_ON = re.compile(r"(?i)\b(?:said|says|announced|announces|announce|confirmed|declared|"
                      r"revealed|reported|unveiled|told\s+[\w ]{1,30}?)\s+(?:on\s+)?$")
_SPOKE_ON = re.compile(r"(?i)\b(?:said|says|told\s+[\w ]{1,30}?)\s+(?:on\s+)?$")
_FRONTED = re.compile(r"\W*(?:(?:On|on|Late|late|Early|early)\s+)?")
_THEN_SPOKE = re.compile(r"(?i)\s*,\s*[^,]{1,60}?\b(?:said|says|told)\b")
_SAID_THAT = re.compile(r"(?:\s+(?:night|morning|afternoon|evening))?"
                        r"(?:\s+that\b|\s*[.!?]?[\"”’']?\s*$)")


def slot_values(asked: Asked, sentence: str, published: str | None = None,
                ) -> list[tuple[str, Quantity | str]]:
    """``(as shown, what it means)`` for each value of the asked kind in ``sentence``: a
    :class:`Quantity`, an ISO date, or a quoted description."""
    if asked.kind == "description":
        return [(q, q) for q in dict.fromkeys(m.group(1).strip(" .,")
                                              for m in _QUOTED.finditer(sentence))]
    if asked.kind == "date":
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
            times = [m for m in times if not (_SPOKE_ON.search(sentence, 0, m.start)
                                              and _SAID_THAT.match(sentence, m.end))
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
    if asked.states and (named := _states(sentence)) and not named & set(asked.states):
        return []  # another state's figure: "the Virgin Islands Republican Party" for Nevada
    if asked.abroad and not asked.states and not asked.home and _states(sentence) \
            and not _abroad(sentence):
        return []  # a figure at home for a question abroad: Texas's toll for the Caribbean's
    found = [q for q in find_quantities(sentence) if q.kind == asked.kind]
    if asked.kind == "percent" and not asked.composition:
        found = [q for q in found
                 if not _COMPOSED_AT.search(sentence[max(0, q.start - 40):q.start])
                 or _same_base(asked, sentence, q)]
    if asked.kind == "count" and asked.noun:
        found = [q for q in found
                 if q.unit == asked.noun or q.unit in _SAME_NOUN.get(asked.noun, ())]
        found = _scores(asked, sentence) + found
    if asked.group:
        # the group's noun in the count itself, its qualifiers in the count's clause
        found = [q for q in found if asked.group[0] in set(map(stem, words(q.text)))
                 and set(asked.group[1:]) <= set(map(stem, words(_clause(sentence, q))))]
    if asked.kind == "count":
        found = [q for q in found if not _part_of_count(asked, q)]
        found = [q for q in found if not _PART.search(sentence[max(0, q.start - 40):q.start])
                 and (asked.population or q.unit not in _PEOPLE
                      or not (_POPULATION.search(sentence[max(0, q.start - 40):q.start])
                              or _LIVING.match(sentence, q.start + len(q.text))))]
    if asked.kind == "count":
        found = [q for q in found if not _other_casualty(asked, sentence, q)
                 and not _EITHER.match(sentence, q.start + len(q.text))]
        if asked.verb != "have" and not asked.population:
            found = [q for q in found
                     if not _WHOLE.search(sentence, max(0, q.start - 80), q.start)]
        found = [q for q in found if not _of_past_year(asked, sentence, q, published)]
    if asked.kind == "count" and asked.verb:
        # a hypothetical count counts nothing that happened ("would have 11 races to try"),
        # and what something has is not what it does with it ("laying off 11,000 employees"
        # for "how many employees does Meta have"). Other verbs may be synonyms ("deploy"
        # for "send"), so they stay.
        found = [q for q in found if (v := governing_verb(sentence, q.start)) is None
                 or v == asked.verb or (v != "hypothetical" and asked.verb != "have")]
    if asked.kind == "percent":
        owner = {id(q): _share_owner(asked, sentence, q) for q in found}
        found = [q for q in found if not _vote_counted(sentence, q)
                 and owner[id(q)] is not False
                 and not (asked.vote_share and owner[id(q)] is None
                          and _TURNOUT.match(sentence, q.end))]
        # of several shares, the one a name of the question wins first ("'None' carried 63%
        # of the vote, well ahead of Nikki Haley at just more than 30%")
        found.sort(key=lambda q: owner[id(q)] is not True)
    if asked.kind == "age":
        found = [q for q in found if not _someone_elses_age(asked, sentence, q)]
    if asked.kind == "duration":
        found = [q for q in found if not _length_of_another_thing(asked, sentence, q)
                 and not _time_until(asked, sentence, q)]
    found = [q for q in found if not _set_in_another_year(asked, sentence, q)
             and not _under_another_heading(asked, sentence, q)]
    if asked.kind == "percent":
        found = [q for q in found if not _against_the_change(asked, sentence, q)]
    if asked.kind == "money" and not asked.asks_change:
        found = [q for q in found if not (_BY.search(sentence, 0, q.start) and _CHANGE.search(
            sentence, max(0, q.start - 60), q.start))]
    found = [q for q in found if not _names_another_event(asked, sentence, q)]
    if asked.extreme is not None:
        # a trough is no answer to a question of a peak, nor the other way
        against = (_TOLD_LOW, _WENT_DOWN) if asked.extreme == "high" else (_TOLD_HIGH, _WENT_UP)
        found = [q for q in found
                 if not any(r.search(sentence, max(0, q.start - 40), q.start) for r in against)]
    if _another_of_the_kind(asked, sentence):
        return []
    if asked.kind in ("count", "money") and not asked.asks_change:
        # "announced $150 million in investments, boosting to $225 million its funding":
        # the sum a change brings the whole to answers before the change
        found.sort(key=lambda q: not _CUMULATIVE.search(sentence, max(0, q.start - 60),
                                                        q.start))
    if asked.kind in ("count", "money") and (
            parts := [q for q in found if _told_for_unasked(asked, sentence, q, _ALONE)]):
        # a sentence that tells one part alone breaks the whole down: its other values
        # told for a place are parts too ("..., and four were killed in North Carolina")
        found = [q for q in found if q not in parts
                 and not _told_for_unasked(asked, sentence, q, _IN_PLACE)]
    # "opening at $70.90" answers no question of where the shares closed
    found = [q for q in found if (v := governing_verb(sentence, q.start)) not in _OPPOSITE
             or v in asked.lemmas or _OPPOSITE[v] not in asked.lemmas]
    if asked.kind == "money" and "clos" in asked.lemmas:
        # nor does the day's peak ("soaring as high as $79.38") or what a buyer paid
        # ("purchased five shares ... at about $72")
        found = [q for q in found if not _EXTREME.search(sentence, max(0, q.start - 30), q.start)
                 and not _DEALT.search(sentence, max(0, q.start - 60), q.start)]
    if asked.kind == "money" and asked.lower_words & _PRICE_WORDS \
            and not asked.lower_words & _WHOLE_VALUE_WORDS:
        # a price per share is not what the whole company is worth ("a closing market value
        # of nearly $8 billion")
        found = [q for q in found if not _WHOLE_VALUE.search(sentence, max(0, q.start - 40),
                                                             q.start)]
    found = [q for q in found
             if not ((g := _GAP.match(sentence, q.start + len(q.text)))
                     and not _AHEAD_OF_TIME.match(sentence, q.start + len(q.text))
                     and g.group(0).split()[0].lower()
                     not in asked.lower_words)]
    if len(found) > 1:
        # in a list of parallel figures, the one told of what the question asks leads, and
        # one told of another of its family goes: "12 people were convicted and 11 were
        # executed" for how many were executed, "BQ.1.1 at 26.9%; BQ.1 at 18.3%" for BQ.1.1
        bound = {id(q): _bound(asked, sentence, q) for q in found}
        if any(b is True for b in bound.values()):
            found = [q for q in found if bound[id(q)] is not False]
            found.sort(key=lambda q: bound[id(q)] is not True)
    return [(q.text, q) for q in found]


_VERB_AFTER = re.compile(r"(?i)\s+(?:(?:were|was|are|is|had been|have been|has been)\s+)?"
                         r"(?P<verb>[a-z]+)")


# verbs (as lemmas) news uses for one doing: a count done by either is one count
_DOINGS = [{_lemma(w) for w in group.split()} for group in (
    "cut lay eliminate slash axe shed", "send sent deploy dispatch", "kill die",
    "injure hurt wound", "evacuate flee", "arrest detain", "move transport bus relocate "
    "transfer", "camp shelter stay sleep", "infect sicken", "hire add create",
    "rescue save", "charge indict", "sell ship deliver")]


def _same_doing(verb: str, asked: str | None) -> bool:
    """Are ``verb`` and the question's verb (lemmas) one doing ("laid" and "cut")?"""
    if asked is None:
        return False
    return same_word(verb, asked) or any(
        any(same_word(verb, w) for w in group) and any(same_word(asked, w) for w in group)
        for group in _DOINGS)


def _verb_after(sentence: str, q: Quantity) -> str | None:
    """The verb right after the count ``q``, as a lemma ("11 were executed", "2,500 migrants
    camped out"), if a participle or past form stands there."""
    if after := _VERB_AFTER.match(sentence, q.start + len(q.text)):
        low = after["verb"].lower()
        if low.endswith(("ed", "en")) or low in _IRREGULAR:
            return _lemma(low)
    return None


def _own_verbs(sentence: str, q: Quantity) -> set[str]:
    """The verbs of the count ``q``, as lemmas: the one right before it ("laid off 11,000")
    and the one right after it ("ordered 4,000 people evacuated"); not a hypothetical."""
    before = governing_verb(sentence, q.start)
    return {v for v in (None if before == "hypothetical" else before, _verb_after(sentence, q))
            if v is not None}


def _own_verb(sentence: str, q: Quantity) -> str | None:
    """The verb of the count ``q``, as a lemma: the one right before it, else the one right
    after it; None when there is none to find, or it is hypothetical."""
    own = governing_verb(sentence, q.start)
    if own is None:
        return _verb_after(sentence, q)
    return None if own == "hypothetical" else own


def _bound(asked: Asked, sentence: str, q: Quantity) -> bool | None:
    """Is ``q`` told of what the question asks (True), of another of the family of a thing
    it names (False), or neither that can be told (None)? The identifier right before a
    value names its owner ("BQ.1.1 at 26.9%"); a count's own verb, before it or right after
    it ("laid off 11,000", "11 were executed"), says what it counts."""
    if asked.ids:
        before = list(_IDENTIFIER.finditer(sentence, max(0, q.start - 30), q.start))
        if before:
            last = before[-1]
            family = (last["family"] or last["family2"]).lower()
            if family in asked.ids:
                return last.group(0).lower() in asked.ids[family]
    if asked.extreme is not None:
        told = _TOLD_HIGH if asked.extreme == "high" else _TOLD_LOW
        if told.search(sentence, max(0, q.start - 30), q.start):
            return True
    if asked.kind == "count" and asked.verb:
        own = _own_verb(sentence, q)
        if own is not None and same_word(own, asked.verb):
            return True
    return None


_ATTRIBUTIVE_SPAN = re.compile(r"\d+(?:\.\d+)?-(?:second|minute|hour|day|week|month|year)s?$",
                               re.I)
_NOUN_AFTER = re.compile(r"(?:-long)?\s+(?:[a-z]+-)?(?P<noun>[A-Za-z][\w’'-]*)")


def _length_of_another_thing(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Is the duration ``q`` written as the length of a noun the question does not ask of
    ("a less than 40-hour turnaround" for how long a mission lasted, where "the 10-day
    mission" answers)?"""
    if not _ATTRIBUTIVE_SPAN.search(q.text):
        return False
    m = _NOUN_AFTER.match(sentence, q.start + len(q.text))
    if m is None:
        return False
    noun = stem(m["noun"].lower())
    asked_words = {stem(w.lower()) for w in asked.words}
    if any(noun in group and asked_words & group for group in _ONE_LENGTH):
        return False
    return noun not in STOPWORDS and not any(same_word(noun, w) for w in asked_words)


# nouns that name one span in other words ("a 25.5-day journey" is the mission's length)
_ONE_LENGTH = [{stem(w) for w in group} for group in (
    ("mission", "journey", "trip", "flight", "voyage", "expedition", "tour", "stay", "visit",
     "spaceflight"),
    ("strike", "walkout", "stoppage", "lockout"),
    ("outage", "blackout", "shutdown"),
    ("term", "tenure", "reign", "stint"))]


# a name with a number in it: a variant, a model, a mission ("BA.2", "XBB.1.5", "F-35", "Ax-1")
_IDENTIFIER = re.compile(r"\b(?P<family>[A-Za-z]{1,6})(?:\.\d+)+\b|"
                         r"\b(?P<family2>[A-Za-z]{1,6})-\d+\b")


_IN_TIME = re.compile(r"(?i)\b(?:in|within)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|"
                      r"the\s+next\s+)?$")
_WILL = re.compile(r"(?i)\b(?:will|would|could|may|might|expected|expects?|plans?|planned|hopes?|"
                   r"aims?|projected|set\s+to|going\s+to)\b")


def _time_until(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Is the duration ``q`` a time until something to come ("our first calves expected in
    5 years"), not a length of what the question asks ("How long has the tiger been
    extinct?")? "hasn't roamed Earth in nearly 100 years" is a length: no cue of the future
    in its clause. A question of the future ("How soon will ...") takes it."""
    if _WILL.search(asked.plain_words) or not _IN_TIME.search(sentence, 0, q.start):
        return False
    lo, hi = _clause_bounds(sentence, q.start, q.start + len(q.text))
    return bool(_WILL.search(sentence, lo, hi))


def _identifiers(text: str) -> dict[str, set[str]]:
    """The identifiers of ``text`` by family: {"ba": {"ba.2"}}."""
    out: dict[str, set[str]] = {}
    for m in _IDENTIFIER.finditer(text):
        out.setdefault((m["family"] or m["family2"]).lower(), set()).add(m.group(0).lower())
    return out


def _another_of_the_kind(asked: Asked, sentence: str) -> bool:
    """Does ``sentence`` name another of a family the question names one of, and not the
    question's ("BA.5 at 3.7%" for the share of BA.2), or only others of the shape of a
    dotted name the question names ("BA.5" for BQ.1.1)? Its values are that other one's."""
    if not asked.ids:
        return False
    said = _identifiers(sentence)
    # a variant-like name ("BQ.1.1") has kin in other families too: a sentence naming only
    # others of its shape ("BA.5 ... more than 54%") tells of those
    mine = {n for names in asked.ids.values() for n in names if "." in n}
    theirs = {n for names in said.values() for n in names if "." in n}
    if mine and theirs and not mine & theirs:
        return True
    return any(said.get(family, set()) - set(names) and not said.get(family, set()) & set(names)
               for family, names in asked.ids.items())


def _vote_counted(sentence: str, q: Quantity) -> bool:
    """Is the percent ``q`` how far a count has gone ("With about 95% of the expected vote
    counted", "with 95% reporting"), not anyone's share?"""
    end = q.start + len(q.text)
    return bool(_WITH.search(sentence, 0, q.start) and _COUNTED.match(sentence, end)) \
        or bool(_REPORTING.match(sentence, end))


_OF_NAMES = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?P<name>[A-Z][\w’'.-]*"
                       r"(?:(?:\s+(?:and|&)\s+|\s+)[A-Z][\w’'.-]*)*)")


def _share_owner(asked: Asked, sentence: str, q: Quantity) -> bool | None:
    """Whose is the percent ``q``: True when a name the question names wins it ("Haley at
    30%"), False when another name does ("DeSantis won 21%" for "What percent of the vote
    did Trump win?"), None when no name does or the question names none."""
    if not any(w[:1].isupper() for w in asked.words[1:]):
        return None
    m = _SHARE_OF.search(sentence, 0, q.start) or _SHARE_WITH.search(sentence, 0, q.start)
    if m is None and (m := _SHARE_AT.search(sentence, 0, q.start)) is not None \
            and (m.group("before") or "") in _NOT_OWNER_BEFORE:
        m = None
    if m is None:
        # the whole a share is of, named after it: "standard on only 26% of Hyundais and
        # Kias" (another whole named so is left undecided: "of U.S. births" may be the
        # question's "US")
        if (whole := _OF_NAMES.match(sentence, q.start + len(q.text))) is not None and any(
                w.lower() in asked.lower_words for w in _NAME_WORD.findall(whole["name"])):
            return True
        return None
    return any(w.lower() in asked.lower_words for w in _NAME_WORD.findall(m.group("name")))


_ATTRIBUTIVE_AGE = re.compile(r"(?i)-year-old$")
# the pronoun right after the noun an age is given to: "73-year-old monarch and his siblings"
_THEN_PRONOUN = re.compile(r"\s+[\w’'-]+(?:\s+and)?\s+(?P<pronoun>his|her|he|she)\b", re.I)
_PRONOUNS = {"she": "she", "her": "she", "hers": "she", "herself": "she", "he": "he",
             "his": "he", "him": "he", "himself": "he"}


def _gender(lowered: set[str]) -> str | None:
    """"she" or "he" when ``lowered`` words use the pronouns of one only, else None."""
    said = {_PRONOUNS[w] for w in lowered if w in _PRONOUNS}
    return said.pop() if len(said) == 1 else None


# an age set after a kin word is that relative's: "her husband, 68,"
_KIN_BEFORE = re.compile(r"(?i)\b(?:husband|wife|son|daughter|mother|father|brother|sister|"
                         r"partner|widow|widower|fianc[ée]e?|girlfriend|boyfriend|child|"
                         r"grandson|granddaughter|grandmother|grandfather|aunt|uncle|nephew|"
                         r"niece|cousin)(?:,\s*)?$")


def _someone_elses_age(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Is the age ``q`` given to a name the question does not name: "50-year-old voter Rina
    Kathar", "Harshit Srivastava, 32," or "Mohit Sharma, a 29-year-old" for "How old is
    Narendra Modi?". An age given to a title ("the 81-year-old president") may be his."""
    end = q.start + len(q.text)
    # "The 73-year-old monarch and his siblings" is not the age of a woman the question asks
    # of ("How old was the Queen when she died?")
    asked_as = _gender(asked.lower_words)
    if asked_as and _ATTRIBUTIVE_AGE.search(q.text) and (
            then := _THEN_PRONOUN.match(sentence, end)) is not None \
            and _gender({then["pronoun"].lower()}) not in (None, asked_as):
        return True
    if _KIN_BEFORE.search(sentence, 0, q.start):
        return True  # "Harlow Marlow's husband, 68, remembers the singer"
    if _AGE_WORDS.search(q.text):
        m = _NAME_AFTER.match(sentence, end) or _NAME_BEFORE_A.search(sentence, 0, q.start)
    else:
        m = _NAME_BEFORE.search(sentence, 0, q.start + 1)
    if m is None:
        return False
    return not any(w.lower() in asked.lower_words for w in _NAME_WORD.findall(m.group("name")))


def _part_of_count(asked: Asked, q: Quantity) -> bool:
    """Does the count ``q`` count a part of what the question asks, or another's: "two new
    cases" for "How many cases ...?" (an increment), "10,000 Cricket Wireless customers" for
    "How many AT&T customers ...?"."""
    between = q.qualifiers
    # the question's own words in lower case: "New" in "New York" asks for no new cases
    asked_stems = {stem(w) for w in asked.words if w.islower()}
    if asked.verb not in _MAKING and any(
            w in _PARTIAL and not any(same_word(stem(w), a) for a in asked_stems)
            for w in between):
        return True
    names = [w.lower() for w in between
             if w[:1].isupper() and w.lower() not in asked.lower_words]
    return bool(asked.owner and names)


def current_values(asked: Asked, sentence: str, published: str | None = None,
                   ) -> list[tuple[str, Quantity | str]]:
    """:func:`slot_values` less those in a clause that recalls the past."""
    return [(shown, q) for shown, q in slot_values(asked, sentence, published)
            if not (isinstance(q, Quantity) and recalled(sentence, q.start, q.end))]


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


def _speaker_label(speaker: str) -> str:
    return speaker[:1].upper() + speaker[1:]


def accounts_of(passages: list[Passage], attributions: list[Attribution],
                ) -> tuple[str, dict[str, list[Passage]]]:
    """Split passages into accounts: by outlet if there are several, else by speaker, with
    the outlet's own voice (its sentences that attribute nothing) as one more account."""
    outlets: dict[str, list[Passage]] = {}
    for p in passages:
        outlets.setdefault(p.outlet or "unknown outlet", []).append(p)
    if len(outlets) > 1:
        return "outlet", outlets
    by_speaker: dict[frozenset[str], tuple[str, list[Passage]]] = {}
    own: list[Passage] = []
    seen: set[tuple[str, int]] = set()
    for p in passages:
        for a, b in sentence_spans(p.text):
            start = p.start + a
            if (p.article_id, start) in seen:
                continue
            seen.add((p.article_id, start))
            said = next((x for x in attributions if x.article_id == p.article_id
                         and x.sentence_start <= start < x.sentence_end), None)
            part = p.model_copy(update={"text": p.text[a:b], "start": start,
                                        "end": p.start + b})
            key = speaker_key(said.who) if said is not None else frozenset()
            if said is None or not key:
                # no one named ("It said", "Some said"): the outlet's own voice. An empty
                # key is in every key, and would put every speaker in its account
                own.append(part)
                continue
            # "Trump" and "Donald Trump" (and "the US leader", who is he) are one speaker
            key = next((k for k in by_speaker if k <= key or key <= k), key)
            by_speaker.setdefault(key, (_speaker_label(said.who), []))[1].append(part)
    groups = {label: items for label, items in by_speaker.values()}
    if own:
        groups[next(iter(outlets))] = own
    return "speaker", groups


@dataclass
class _Headline(ScoredSentence):
    """An article's headline as a candidate: its citation quotes the title."""

    field: str = "title"


# the kinds a headline may answer: it states the news' figure ("sentenced to 20 years",
# "Death toll tops 41,000"); a year in it dates the headline, not the event
_HEADLINE_KINDS = {"count", "money", "percent", "duration", "age"}


@dataclass
class _Found:
    """An article's value for a slot: the sentence that gives it, as shown, as meant."""

    candidate: ScoredSentence
    shown: str
    meaning: Quantity | str
    published: str | None
    recalled: bool = False  # from a clause that recalls the past (see current_values)


def compare(question: str, passages: list[Passage], attributions: list[Attribution],
            idf: Callable[[str], float], settings: AnswerSettings,
            about: Callable[[list[Passage]], list[bool]] | None = None,
            answering: Callable[[list[Passage]], dict[tuple[str, int], float]] | None = None,
            ) -> Comparison:
    """Accounts of ``question`` side by side. ``about`` says which passages' articles are
    about the question (see ``Assistant.relevance_judge``); without it, all are.
    ``answering`` gives the answer model's probability for each body sentence, by (article
    id, start) (``assistant.answer.extractive.answering``): each account's sentences are then
    ranked by it, so an article's value comes from the sentence most likely to answer ("an
    overall total of 118.450 points", not "Biles has 103.050 points so far")."""
    if about is not None and passages:
        keep = about(passages)
        passages_in = [p for p, k in zip(passages, keep, strict=True) if k]
    else:
        passages_in = passages
    asked = asked_slots(question)
    if (kinds := qualifiers(question)) and any(a.kind == "count" for a in asked):
        # "How many measles cases ...": an article that never says "measles" counts other
        # cases ("7,350 cases were distributed to Costco stores")
        told: dict[str, str] = {}
        for p in passages_in:
            told[p.article_id] = told.get(p.article_id, p.title or "") + " " + p.text
        passages_in = [p for p in passages_in if _shares(kinds, told[p.article_id])]
    by, groups = accounts_of(passages_in, attributions)
    # "What percent is Meta cutting?" is not answered by "rideshare company Lyft said it was
    # axing 13%": a value in a clause about a newcomer to the story (introduced by a common
    # noun, never named beside the question's subject, named once) is someone else's
    subject = Topic.of(topic_of(question), [p.text for p in passages_in],
                       [p.article_id for p in passages_in])

    def values_of(a: Asked, text: str, published: str | None,
                  pick: Callable[..., list[tuple[str, Quantity | str]]],
                  ) -> list[tuple[str, Quantity | str]]:
        got = [(shown, q) for shown, q in pick(a, text, published)
               if not (isinstance(q, Quantity)
                       and subject.newcomer(subject.actor(text, q.start)))]
        named = given | frozenset(a.years)
        if len(got) > 1 and len(named) > 1:
            # of figures in one sentence, the one whose clause names the numbers and years
            # the question names: "less than 1% between the years 2014 and 2017, but that
            # shifted to 10.3% from 2017 through 2021" for 2017 through 2021 (two at least:
            # one year alone is named loosely, "the 9.1% peak reached in June 2022" for the
            # rate in December 2022)
            got.sort(key=lambda v: -_clause_names(text, v[1], named))
        return got

    given = frozenset(_numbers(question))
    fit = question_fit(question)
    accounts: list[Account] = []
    readings: dict[int, dict[str, list[Reading]]] = {i: {} for i in range(len(asked))}
    meanings: dict[int, dict[str, Quantity | str]] = {i: {} for i in range(len(asked))}
    # whether each account's leading value stands in a sentence with the question's verb
    on_verb: dict[int, dict[str, bool]] = {i: {} for i in range(len(asked))}
    on_event: dict[int, dict[str, bool]] = {i: {} for i in range(len(asked))}
    # accounts whose leading value recalls an earlier time: shown, contradicting no one
    past: dict[int, list[str]] = {i: [] for i in range(len(asked))}
    # how likely each account's leading value is to answer (by the answer model)
    likely: dict[int, dict[str, float]] = {i: {} for i in range(len(asked))}
    # accounts whose leading value's sentence names the numbers the question names
    binding: dict[int, list[str]] = {i: [] for i in range(len(asked))}
    # the own verbs of each account's leading count (see _own_verbs)
    verbs: dict[int, dict[str, set[str]]] = {i: {} for i in range(len(asked))}
    n = 0
    # by speaker, the outlet's own voice is the frame its speakers are quoted in: it is
    # shown, but only speakers can contradict one another
    narrator = (passages_in[0].outlet or "unknown outlet") if by == "speaker" and passages_in \
        else None
    # the question's own words for its story: a headline must use one to answer it
    topic_words = _event_words(topic_of(question))
    probs = answering(passages_in) if answering is not None and passages_in else None
    strongest: dict[str, float] = {}  # each article's most probable sentence (see _lead)
    for (article, _), p_sentence in (probs or {}).items():
        strongest[article] = max(strongest.get(article, 0.0), p_sentence)
    # the question's names ("Meta" in "What percent of its workforce is Meta cutting?")
    names = [w.lower() for w in _NAME_WORD.findall(question)[1:] if w[:1].isupper()]
    # ... each of them, hyphened names in parts (see the headline below)
    whole = [part for n in names for part in n.split("-") if part]
    for label, group in groups.items():
        # a speaker the question does not name, saying what it does itself in a sentence
        # that names nothing the question names, speaks of its own doings: "Lyft,
        # meanwhile, said it will lay off 13% of its employees" for Meta's cut
        aside = by == "speaker" and label != narrator and bool(names) \
            and not _names_any(names, label)
        candidates = [c for c in score_candidates(question, group, idf, attributions)
                      if not (aside and _OF_ITSELF.search(c.text)
                              and not _names_any(names, c.text))]
        candidates = [c for c in candidates
                      if c.coverage > 0 or (fit is not None and fit(c.text))
                      or any(slot_values(a, c.text, group[c.passage_no].published)
                             for a in asked)]
        if probs is not None:
            candidates.sort(key=lambda c: -probs.get((group[c.passage_no].article_id, c.start),
                                                     0.0))
        chosen = candidates[:1]
        # per slot, the best sentence of each article that gives a value: newest first
        found: dict[int, list[_Found]] = {}
        for i, a in enumerate(asked):
            by_article: dict[str, _Found] = {}
            # the headline states the news' figure ("Ghislaine Maxwell sentenced to 20 years")
            # where the body may lead with another ("prosecutors asked for 30 to 55 years"):
            # an outlet's own headline comes first, never a speaker's account
            # (a question with no words for its story but names, "How old was Olivia
            # Newton-John when she died?", asks a headline to name all of them: "Naomi
            # Biden, 28, marries" tells nothing of Joe Biden's age)
            if a.kind in _HEADLINE_KINDS and (by == "outlet" or label == narrator) \
                    and (topic_words or whole):
                for pno, p in enumerate(group):
                    if p.article_id in by_article or not p.title or not (
                            _shares(topic_words, p.title) if topic_words
                            else all(_shares([stem(n)], p.title) for n in whole)):
                        continue  # a headline about another side of the story
                    # a scraped headline cut short ("... for nearly $70 ...") may have
                    # lost the end of its figure
                    title = re.sub(r"\s*(?:\.\.\.|…)$", "", p.title)
                    if (got := values_of(a, title, p.published, current_values)) \
                            and title != p.title and isinstance(got[0][1], Quantity) \
                            and got[0][1].end >= len(title) - 1:
                        got = []
                    if got:
                        head = _Headline(passage_no=pno, start=0, end=len(p.title),
                                         text=p.title, coverage=0.0, context_coverage=0.0,
                                         score=0.0, terms=frozenset())
                        by_article[p.article_id] = _Found(head, got[0][0], got[0][1],
                                                          p.published)
            # current values; recalled ones only when the account gives no current one
            # a sentence in the question's own words for its story first: "it had $3.3
            # billion in debt" answers "How much debt ...?" before "it has raised $3.45
            # billion in financing", however the two rank; the others only if none gives
            # a value (dates ask the question's words of each sentence, see slot_values)
            on_topic = [c for c in candidates if not topic_words or a.kind == "date"
                        or _shares(topic_words, c.text)]
            # ... except a sum of money: news is full of other sums (budgets, deals, plans),
            # so one told without any of the question's words is another ("lawmakers raced
            # to approve a $1.7 trillion spending plan" for what was asked for asylum
            # processing); a count is often told tersely ("The toll rose to 20") and stays
            ordered = on_topic if a.kind == "money" \
                else on_topic + [c for c in candidates if c not in on_topic]
            if given:
                # a number the question names binds its answer's sentence: "with as few as
                # 3,800 steps a day" answers by what percent 3,800 steps lowered the risk,
                # before the same article's figure for brisk walking
                ordered.sort(key=lambda c: not given <= _numbers(c.text))
            for values in (current_values, slot_values):
                if values is slot_values and by_article:
                    break
                for c in ordered:
                    p = group[c.passage_no]
                    if p.article_id not in by_article and (got := values_of(
                            a, c.text, p.published, values)):
                        by_article[p.article_id] = _Found(c, got[0][0], got[0][1],
                                                          p.published,
                                                          recalled=values is slot_values)
            # newest first (ISO dates sort as text); undated last
            found[i] = _lead(sorted(by_article.values(), key=lambda f: f.published or "",
                                    reverse=True), group, probs, strongest,
                             settled=a.kind == "date" and a.side != "to come",
                             as_asked=functools.partial(_uses_verb, a)
                             if a.kind == "date" and a.action else None,
                             earliest=a.kind == "date" and a.first and a.side == "past",
                             binds=given, extreme=a.extreme)
            chosen += [f.candidate for f in found[i] if f.candidate not in chosen]
        account = Account(label=label)
        numbers: dict[int, int] = {}
        for c in chosen:
            p = group[c.passage_no]
            n += 1
            numbers[id(c)] = n
            account.citations.append(
                cite(n, p, c, covering(attributions, p.article_id, c.start, c.end)))
            account.sentences.append(c.text)
        for i, a in enumerate(asked):
            for f in found[i]:
                readings[i].setdefault(label, []).append(Reading(
                    value=f.shown, published=f.published, citation=numbers[id(f.candidate)],
                    repeats=f is not found[i][0] and same_amount(f.meaning,
                                                                 found[i][0].meaning)))
                account.values.setdefault(a.kind, []).append(f.shown)
                meanings[i].setdefault(label, f.meaning)  # the lead
                if f is found[i][0]:  # the lead, as in meanings
                    # (a headline drops its verbs: "Derailment forces 2,000 from homes")
                    on_verb[i][label] = isinstance(f.candidate, _Headline) \
                        or _is_score(f.meaning) or _says_verb(a, f.candidate.text)
                    on_event[i][label] = _says_event(a, f.candidate.text)
                    if f.recalled:
                        past[i].append(label)
                    if probs is not None:
                        likely[i][label] = _likely(f, group, probs, strongest)
                    if given and _binds(f, given):
                        binding[i].append(label)
                    if isinstance(f.meaning, Quantity):
                        verbs[i][label] = _own_verbs(f.candidate.text, f.meaning)
        accounts.append(account)
    accounts.sort(key=lambda a: a.silent)
    # by speaker, a speaker's figure far less likely to answer than the best account's is a
    # side figure of another thing ("Aon's survey ... health care costs soar by 6.5%" beside
    # the ONS's 10.1% inflation): shown with its sentence, not lined up; the outlet's own
    # voice too ("egg prices rose 10.3%" in April, beside the BLS data's 49% for the year)
    # (figures only: each speaker's own description or date is what it says); so is one
    # whose sentence lacks the numbers the question names when another's has them ("a 62%
    # reduction" beside "by 25% with as few as 3,800 steps a day")
    side: dict[int, dict[str, str]] = {i: {} for i in range(len(asked))}
    for i, a in enumerate(asked):
        if by != "speaker" or a.kind not in _HEADLINE_KINDS:
            continue
        for label, chance in likely[i].items():
            if label in binding[i]:
                continue
            if binding[i]:
                # (not the outlet's own voice: its figure may stand without the number,
                # "The quake injured 107 people" beside a mayor's "The 6.4 quake hurt 12")
                if label != narrator:
                    side[i][label] = SIDE_UNBOUND
            elif chance < LEAD_SHARE * max(likely[i].values()):
                side[i][label] = SIDE_UNLIKELY
    senses = [on_verb[i] if a.kind != "date" or any(on_verb[i].values()) else on_event[i]
              for i, a in enumerate(asked)]
    for i, a in enumerate(asked):
        # a count done by another verb than the question's, when another account's is done by
        # the question's own: "moved over 9,000 migrants out of El Paso" beside "2,500
        # migrants camped out" for how many were camped out
        # (not a verb of the same doing, "laid off" for "cut", nor the same amount; either
        # verb, before or after the count, may be the question's: "ordered 4,000 people
        # evacuated")
        done = [label for label, vs in verbs[i].items()
                if a.verb and (any(_same_doing(v, a.verb) for v in vs)
                               or _is_score(meanings[i][label]))]
        if a.kind == "count" and a.verb and done:
            side[i].update({label: SIDE_OTHER_DOING for label, vs in verbs[i].items()
                            if vs and label not in done and label not in side[i]
                            and not any(same_amount(meanings[i][label], meanings[i][d])
                                        for d in done)})
        # a value whose sentence lacks the question's verb (or one of the same doing) may
        # tell of something else ("In 2021, the Dixie Fire ..." for when State Farm stopped
        # taking applications); beside an account whose sentence has it, it is a side
        # figure, not a second answer, unless the two agree ("The lander has about 20
        # payloads, NASA says" beside "was carrying 20 payloads")
        shown = [label for label in meanings[i] if label not in side[i]]
        with_verb = [label for label in shown if senses[i].get(label, True) or label in done]
        # (a date a year or more before its own report is background, not the answer that
        # sides the others: "first recalled granola bars in 2019" beside "pulled its
        # granola from shelves on Friday")
        sure = [label for label in with_verb
                if not _background(meanings[i][label], readings[i].get(label))]
        if a.kind != "description" and sure:
            side[i].update({label: SIDE_OTHER_SENSE for label in shown
                            if label not in with_verb
                            and not any(agree(meanings[i][label], meanings[i][s])
                                        for s in sure)})
    slots = [_slot(a, accounts, readings[i], meanings[i], narrator, senses[i], past[i],
                   side[i])
             for i, a in enumerate(asked)]
    return Comparison(question=question, by=by, accounts=accounts, slots=slots,
                      passages=passages)


def _background(meaning: Quantity | str, got: list[Reading] | None) -> bool:
    """Is ``meaning`` a date a year or more before the report that gives it?"""
    if not isinstance(meaning, str) or not got or not got[0].published:
        return False
    day, told = _day(meaning), _day(got[0].published[:10])
    return day is not None and told is not None and (told - day).days >= 365


# why a figure is a side figure (Slot.side_why)
SIDE_UNLIKELY = "far less likely to answer than the best account's"
SIDE_UNBOUND = "without the number the question names, which another account's sentence has"
SIDE_OTHER_DOING = "counting what another verb did, beside an account with the question's verb"
SIDE_OTHER_SENSE = "in a sentence without the question's verb, beside an account with it"


# a newer report's value leads its account only when its sentence is at least this share as
# likely to answer as the account's best: "reduced from 70,000 to less than 5,000 customers"
# in the next day's follow-up does not supersede "at the peak, more than 70,000 customers"
LEAD_SHARE = 0.5


def _likely(f: _Found, group: list[Passage], probs: dict[tuple[str, int], float],
            strongest: dict[str, float]) -> float:
    """How likely the answer model finds the sentence of ``f`` to answer; a headline answers
    as well as its article's best sentence."""
    article = group[f.candidate.passage_no].article_id
    if isinstance(f.candidate, _Headline):
        return strongest.get(article, 0.0)
    return probs.get((article, f.candidate.start), 0.0)


def _lead(found: list[_Found], group: list[Passage],
          probs: dict[tuple[str, int], float] | None,
          strongest: dict[str, float], settled: bool = False,
          as_asked: Callable[[str], bool] | None = None,
          earliest: bool = False, binds: frozenset[str] = frozenset(),
          extreme: str | None = None) -> list[_Found]:
    """An account's values, newest first, with the one that leads it first: the newest whose
    sentence answers the question about as well as the account's best (a later report
    supersedes an earlier figure only when it reports the figure asked for; a headline that
    states it always does). Without the answer model's ``probs`` (by article id and sentence
    start, see :func:`compare`), simply the newest.

    A ``settled`` value (the date of something that happened, or is fixed) is not news that
    a later report replaces: there the date most of the account's reports give leads, the
    newest of those first (a campaign launch "Wednesday, May 24" in most reports, before a
    newer report's "last week" that resolves to another day).

    With ``as_asked`` (for dates: does a sentence use the question's verb?), a reading
    whose sentence says the asked action leads before one that only names the event: "will
    be played Sunday, Feb. 12" dates the game, "the kickoff to Super Bowl LVII" on Feb. 6
    another part of its week.

    ``earliest`` (the question asks when something was done the first time): the account's
    earliest date leads ("its first recall" is the Dec. 15 one, not the Jan. 11 expansion
    a newer report tells of)."""
    newest = found
    if extreme is not None and len(found) > 1:
        # "What record high did gas reach?": the account's highest reading, however old, of
        # those told as the peak ("after hitting a high of $5.02"), or, if none is, of those
        # whose sentences answer about as well as its best (not "$2 billion more" in costs)
        sums = [f for f in found if isinstance(f.meaning, Quantity)]
        told = [f for f in sums if _told_as(f, extreme)]
        pool = told or _answering(sums, group, probs, strongest)
        if pool:
            peak = (max if extreme == "high" else min)(
                pool, key=lambda f: f.meaning.value if isinstance(f.meaning, Quantity) else 0)
            return [peak] + [f for f in found if f is not peak]
    if earliest:
        # of the readings that say the asked action, if any do; a vaguer date that holds a
        # more exact one ("December 2023", "Dec. 15, 2023") after it
        dated = [f for f in found if isinstance(f.meaning, str) and f.meaning[:1].isdigit()]
        dated = [f for f in dated if as_asked is None or as_asked(f.candidate.text)] or dated
        dated.sort(key=lambda f: (str(f.meaning)[:10].ljust(10, "0"), -len(str(f.meaning))))
        if dated:
            return [dated[0]] + [f for f in found if f is not dated[0]]
    if settled and len(found) > 1:
        dates = [f.meaning if isinstance(f.meaning, str) else None for f in found]
        votes = {m: dates.count(m) for m in dates if m is not None}
        top = max(votes.values(), default=0)
        if top > 1 and list(votes.values()).count(top) == 1:
            found = [f for f, m in zip(found, dates, strict=True) if m and votes[m] == top] \
                + [f for f, m in zip(found, dates, strict=True) if not (m and votes[m] == top)]
    if len(found) < 2:
        return found
    # a reading whose sentence names the numbers the question names leads before those that
    # do not ("3,800 steps a day ... by 25%" before a newer report's "10,000 steps ... 50%")
    able = [f for f in found if _binds(f, binds)] if binds else []
    able = _answering(able or found, group, probs, strongest)
    if as_asked is not None:
        able = [f for f in able if as_asked(f.candidate.text)] or able
    # a date question asks for a day: a reading that names one leads before a year or month
    # the newest report mentions in passing ("walked the Met Gala steps in 2022")
    # ("last week" stands for its Monday, but names no day)
    able = [f for f in able if _names_day(f.meaning) and not _WEEK_ONLY.search(f.shown)] \
        or able
    lead = able[0] if able else found[0]
    # a vaguer date that holds a more exact one ("2023 (this year)" and "2023-03-10
    # (Friday)") is no later news: the exact one leads
    if isinstance(lead.meaning, str):
        exact = [f for f in able if isinstance(f.meaning, str) and f is not lead
                 and len(f.meaning) > len(lead.meaning) and f.meaning.startswith(lead.meaning)]
        lead = exact[0] if exact else lead
    return [lead] + [f for f in newest if f is not lead]


def _told_as(f: _Found, extreme: str) -> bool:
    """Is the reading of ``f`` told as a peak ("a high of $5.02") or a trough?"""
    q = f.meaning
    told = _TOLD_HIGH if extreme == "high" else _TOLD_LOW
    return isinstance(q, Quantity) and bool(told.search(f.candidate.text, max(0, q.start - 30),
                                                        q.start))


def _answering(found: list[_Found], group: list[Passage],
               probs: dict[tuple[str, int], float] | None,
               strongest: dict[str, float]) -> list[_Found]:
    """The readings whose sentences are at least ``LEAD_SHARE`` as likely to answer as the
    best of them (all of them without the answer model)."""
    if probs is None or not found:
        return found
    best = max(_likely(f, group, probs, strongest) for f in found)
    return [f for f in found if isinstance(f.candidate, _Headline)
            or _likely(f, group, probs, strongest) >= LEAD_SHARE * best]


_WEEK_ONLY = re.compile(r"(?i)\((?:earlier |later )?(?:last|this|next) week\)$")


def _names_day(meaning: Quantity | str) -> bool:
    """Is ``meaning`` a date to the day (not a year or month, nor a quantity)?"""
    return isinstance(meaning, str) and bool(_ISO_DAY.fullmatch(meaning))


def _says_verb(asked: Asked, sentence: str) -> bool:
    """Does ``sentence`` use the count question's verb ("How many people live in the path
    ...": "31 million people live inside it", not "a city of about 1,400 people"), or the
    date question's ("When did Quaker Oats expand its recall?": "announced the recall
    Friday" dates the first recall, not its expansion)? True when the question names no
    verb, or only "have". A date question without a verb asks :func:`_says_event`; so does
    one whose verb no account uses (see :func:`compare`)."""
    if asked.kind == "date":
        return _shares([asked.action], sentence) if asked.action \
            else _says_event(asked, sentence)
    if asked.kind != "count" or asked.verb in (None, "have"):
        return True
    verb = asked.verb
    return any(same_word(_lemma(w.group(0)), verb) for w in _TOKEN.finditer(sentence))


def _uses_verb(asked: Asked, sentence: str) -> bool:
    """Does ``sentence`` use the date question's verb itself ("will be played"), not only a
    word that starts like it ("the players")?"""
    return any(_lemma(w.group(0)) == asked.action for w in _TOKEN.finditer(sentence))


def _says_event(asked: Asked, sentence: str) -> bool:
    """Does a date's ``sentence`` use one of the question's words for what happened ("Rite
    Aid said in a Sunday media release" dates a release, not the filing)? True when the
    question has none."""
    return not asked.event or _shares(asked.event, sentence)


# a speaker saying what it does itself: "Lyft said it will lay off", "the company said its"
_OF_ITSELF = re.compile(r"(?i)\b(?:said|says|announced|announces|reported|confirmed|told\s+"
                        r"[\w.]+(?:\s+[\w.]+)?)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|its|it’s|"
                        r"it's|we|our)\b")


# a number standing alone: "3,800" and "7.8" ("6.4-magnitude" too), not "Covid-19", "747s"
# or "BA.5"
_ALONE_NUMBER = re.compile(r"(?<![\w.,’'-])\d(?:,?\d)*(?:\.\d+)?(?![\w’']|-\d|[.,]\d)")


def _numbers(text: str) -> set[str]:
    """The numbers ``text`` names, commas dropped; years and days of a month left out ("Jan.
    6" is a date, not a number of anything; see ``Asked.years``)."""
    return {n for m in _ALONE_NUMBER.finditer(text)
            if not ("," not in m.group(0) and _YEAR_IN.fullmatch(m.group(0)))
            and (n := m.group(0).replace(",", ""))
            and not _MONTH_BEFORE.search(text, 0, m.start())
            and not _MONTH_AFTER.match(text, m.end())}


_MONTH = "(?:" + "|".join(sorted((*MONTHS, *MONTH_ABBREVIATIONS), key=len, reverse=True)) + ")"
_MONTH_BEFORE = re.compile(r"(?i)\b" + _MONTH + r"\.?\s+$")
_MONTH_AFTER = re.compile(r"(?i)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b")


def _binds(f: _Found, given: frozenset[str]) -> bool:
    """Does the sentence of ``f`` name the numbers the question names, besides its value
    ("6 hours" is not bound to the "Jan. 6" of a question by its own 6)?"""
    text = f.candidate.text
    if isinstance(f.meaning, Quantity) and f.candidate.text[f.meaning.start:].startswith(
            f.meaning.text):
        text = text[:f.meaning.start] + " " + text[f.meaning.start + len(f.meaning.text):]
    return given <= _numbers(text)


def _names_any(names: list[str], text: str) -> bool:
    """Does ``text`` use one of ``names`` (lower case), in any form ("Kenya" and "Kenyan")?"""
    said = {w.lower() for w in _NAME_WORD.findall(text)}
    return any(same_word(n, w, shortest=4) for n in names for w in said)


def _shares(stems: list[str], text: str) -> bool:
    """Does ``text`` use one of the word ``stems`` (a word and its forms: "file" and "filed",
    "die" and "died")?"""
    said = {stem(w.group(0).lower()) for w in _TOKEN.finditer(text)}
    return any(same_word(e, w) for e in stems for w in said)


def _slot(asked: Asked, accounts: list[Account], readings: dict[str, list[Reading]],
          meanings: dict[str, Quantity | str], narrator: str | None = None,
          on_verb: dict[str, bool] | None = None, past: list[str] | None = None,
          side: dict[str, str] | None = None) -> Slot:
    """One slot across the accounts. Accounts differ only on values that answer the
    question as asked: a count whose sentence lacks the question's verb is shown, but it
    may count something else ("652,000,000 people will be able to tune in" against "31
    million people live inside the path") and contradicts no one."""
    # side figures are shown apart: neither lined up nor silent
    slot = Slot(kind=asked.kind, noun=asked.noun, verb=asked.verb, side=list(side or {}),
                side_why=dict(side or {}),
                readings={k: v for k, v in readings.items() if k not in (side or {})})
    meanings = {k: v for k, v in meanings.items() if k not in slot.side}
    groups: list[tuple[str, Quantity | str]] = []  # shown value, its meaning
    for account in accounts:
        if account.label in slot.side:
            continue
        got = slot.readings.get(account.label)
        if not got:
            slot.silent.append(account.label)
            continue
        if asked.kind == "description":
            for r in got:
                slot.reported_by.setdefault(r.value, []).append(account.label)
            continue
        meaning = meanings[account.label]
        same = next((shown for shown, m in groups if same_amount(m, meaning)), None)
        if same is None:
            groups.append((got[0].value, meaning))
            same = got[0].value
        slot.reported_by.setdefault(same, []).append(account.label)
    if asked.kind != "description":
        slot.other_sense = [label for label in meanings if not (on_verb or {}).get(label, True)]
        slot.recalled = [label for label in meanings if label in (past or [])]
        dated = [(m, got[0].published if (got := readings.get(label)) else None)
                 for label, m in meanings.items() if label != narrator
                 and label not in slot.other_sense and label not in slot.recalled]
        differ = [(x, y) for i, x in enumerate(dated) for y in dated[i + 1:]
                  if not agree(x[0], y[0])]
        slot.contradiction = any(not _rose(x, y) and not _moved(x, y, asked)
                                 and not _apart(x, y) for x, y in differ)
        excused = bool(differ) and not slot.contradiction
        slot.rose = excused and any(_rose(x, y) for x, y in differ)
        slot.moved = excused and not slot.rose and any(_moved(x, y, asked) for x, y in differ)
        slot.apart = excused and not slot.rose and not slot.moved
    return slot


# two dates of one event told by two outlets differ by a day or two (a time zone, "late
# Saturday"); more than a month apart, the sentences date different occasions: an earlier
# round, the same weekday of another week, a plan before it moved, a misread year
APART_DAYS = 31


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
