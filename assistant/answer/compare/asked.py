"""What a question asks to line up: the kind of each slot (a count, a sum of money, a
percent, a duration, an age, a date, a description), and what qualifies it, as an
:class:`Asked` (for a count, its noun and verb; for a date, whether it is planned or past;
the places, years and names it is asked of).
"""

from __future__ import annotations

import itertools
import re
from functools import cached_property

from pydantic import BaseModel, Field

from assistant.answer.compare.places import _HOME, _abroad, _states
from assistant.answer.compare.text import (
    _AUX,
    _BE,
    _CLAUSE_WORDS,
    _DETERMINERS,
    _EN_NOUNS,
    _IRREGULAR,
    _NAME_WORD,
    _PREPOSITIONS,
    _TOKEN,
    _VERBISH,
    _YEAR_IN,
    _identifiers,
    _lemma,
)
from assistant.nlp.lexicon import (
    SLOT_WORDS,
)
from assistant.nlp.tokens import STOPWORDS, stem, words

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
                  r"investing|investment|steal|stole|stolen)\b"
                  # rent owed or paid: "How much unpaid rent did a landlord sue for?" (not
                  # "How much did rents rise?", a change)
                  r"|(?<=how much)\s+(?:[\w-]+\s+)?rent\b"
                  # takings, when "how much" stands alone: "How much did the film take in
                  # from its previews?" (not "How much water did the boat take in?")
                  r"|(?<=how much)\s+(?:did|does|do|has|have|had|will|would)\b.*"
                  r"\b(?:take|takes|took|taken|taking)\s+in\b)"
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
# things with a length, not a duration, when "how long is" asks of them
_LENGTHY = (r"(?:borders?|bridges?|rivers?|roads?|tunnels?|walls?|coast(?:line)?s?|runways?|"
            r"pipelines?|canals?|fences?|trails?|highways?|routes?|courses?|tracks?|railways?|"
            r"railroads?|cables?|shorelines?|frontiers?|boundar(?:y|ies)|ships?|vessels?|"
            r"yachts?|planes?|aircraft|wingspans?|skyscrapers?|towers?|buildings?|snakes?|"
            r"whales?|sharks?|fish|dinosaurs?|fossils?|coasts?)")
# ... and only when nothing but where it runs follows the thing ("How long is Finland's
# border with Russia?"): "How long was the ship stuck", "How long were the planes grounded",
# "How long is the wait at the border" ask a duration
_PREPOSITION = r"(?:at|in|on|of|for|to|from|with|by|over|during)\b"
_LENGTH_OF = (r"\s+(?:is|was|are|were|will\s+be)\s+"
              r"(?:the\s+|an?\s+|its\s+|their\s+|[\w.-]+['’]s?\s+)?"
              rf"(?:(?!{_PREPOSITION})[\w-]+\s+){{0,3}}?"
              rf"{_LENGTHY}\b(?=\s*(?:[?,.]|$|(?:with|between|from|of|across|along)\b))")

_ASKS: list[tuple[str, re.Pattern[str]]] = [
    # "How far along was her pregnancy?" is asked in weeks
    # (not the length of a thing: "How long is Finland's border with Russia?" asks miles)
    ("duration", re.compile(rf"(?i)\bhow long\b(?!\s+ago)(?!{_LENGTH_OF})|\bduration\b|"
                            r"\bfor how many "
                            r"(?:hours|days|weeks|months|minutes|years)\b|"
                            r"\bhow far along\b(?=.*\bpregnan)")),
    ("age", re.compile(r"(?i)\bhow old\b|\bwhat age\b|\bat what age\b|"
                       r"\b(?:average|median|mean)\s+age\b")),
    # a rate of interest, of unemployment, on a mortgage ...: "What was the average rate on a
    # 30-year fixed mortgage?", "By how much did the Fed raise interest rates?"
    ("percent", re.compile(r"(?i)\bpercent|\bpercentage\b|%|\bwhat share\b|\b(?:interest|"
                           r"mortgage|unemployment|jobless|inflation|tax|poverty|vacancy|"
                           r"approval|savings|borrowing|policy|benchmark|prime)\s+rates?\b|"
                           r"\brates?\s+(?:on|for)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:mortgages?|loans?|bonds?|notes?|savings)\b|"
                           # a record: "How often is Phil's forecast right?" (39% of the time)
                           r"\bhow often\b.*\b(?:right|correct|accurate|wrong|successful|"
                           r"succeeds?|fails?)\b|"
                           # a medicine's efficacy: "How effective was the vaccine at
                           # preventing ...?" (not "How effective were the sanctions?")
                           r"\bhow effective\b(?=.*\b(?:vaccines?|shots?|boosters?|drugs?|"
                           r"treatments?|therap\w*|pills?|antivirals?|antibod\w*|medicines?|"
                           r"medications?|jabs?)\b)")),
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
_FRAME = re.compile(r"(?i)\bhow\s+(?:long|many|much|old|often|far(?:\s+along)?)\b|"
                    r"\bwhat\s+(?:kind|type|sort|number|share|percent(?:age)?)\s+of\b|"
                    r"\bby what percent\b")


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
        """The question's words in lower case, a possessive also without its "'s" when it
        owns a thing ("Germany's electricity" names Germany), not when it owns another name
        ("Trump's rival Nikki Haley" asks of Haley)."""
        ws = self.words
        owners = {re.sub(r"[’']s$", "", w.lower()) for i, w in enumerate(ws)
                  if re.search(r"[’']s$", w) and not any(n[:1].isupper() for n in ws[i + 1:i + 3])}
        return {w.lower() for w in ws} | owners

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
# a question about a share of the vote (not of voters, nor turnout)
_ASKS_VOTE = re.compile(r"(?i)^(?!.*\b(?:voters|turnout)\b).*\bvotes?\b")
# a change from one value to another, not a range ("prices range from $50 to $500"): in
# "rose from 12 to 20" the first is the earlier
_CHANGE = re.compile(r"(?i)\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|"
                     r"decreas\w*|rais\w*|cut|cuts|dropp?\w*|jump\w*|climb\w*|gr[eo]w\w*|"
                     r"went|up|down|lower\w*|boost\w*|reduc\w*|slash\w*|hik\w*|chang\w*|"
                     r"mov\w*|swell\w*|soar\w*|plung\w*)\b")
# a change word used as a noun ("after the 2024 price increase") asks no change
_CHANGE_NOUN = re.compile(r"(?i)\b(?:the|a|an|its|this|that|their|his|her)\s+(?:[\w’'-]+\s+)"
                          r"{0,2}$")


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


# a question of a peak or a trough
_ASKS_HIGH = re.compile(r"(?i)\b(?:highest|peak(?:ed)?|(?:record|all-time|new)\s+high)\b")
_ASKS_LOW = re.compile(r"(?i)\b(?:lowest|(?:record|all-time|new)\s+low)\b")


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


def _casualties(text: str) -> set[str]:
    """Which of the :data:`_CASUALTY` classes the words of ``text`` name."""
    said = {w.group(0).lower() for w in _TOKEN.finditer(_FATALLY.sub("fatally", text))}
    return {name for name, prefixes in _CASUALTY.items()
            if any(w.startswith(p) for w in said for p in prefixes)}


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
