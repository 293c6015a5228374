"""Who said what: reported speech and quotes in news copy, found by patterns.

News attribution is formulaic, so patterns over one sentence at a time find most of it:

- trailing: ``"...," the report said.`` / ``..., the Kremlin press service said.`` /
  ``..., said Dmitry Peskov.`` / ``..., the US leader told reporters.``
- leading: ``Trump described the conversation as a "great call."`` /
  ``The minister said (that) ...``
- ``According to the White House press service, ...`` / ``..., according to X.``
- embedded: ``... the conversation that the Kremlin press service called "businesslike"``

A pronoun speaker ("it said", "he told") is resolved to the last named speaker of the
previous few sentences. Sentences without any of this are the article's own assertions.
(spaCy's small English model was tried; see docs/coverage.md for why patterns won.)
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import pairwise
from typing import NamedTuple

from assistant.nlp.actors import actor
from assistant.nlp.gender import could_be, is_first_name, is_thing, of_phrase
from assistant.nlp.lexicon import COUNTRY_NAMES, MONTHS, WEEKDAYS
from assistant.nlp.sentences import sentence_spans
from assistant.nlp.tokens import STOPWORDS, same_name, terms
from assistant.types import Attribution

_VERBS = (
    "said|says|say|told|tells|stated|states|noted|notes|added|adds|stressed|stresses|"
    "emphasized|emphasised|emphasizes|underlined|underscored|announced|announces|claimed|"
    "claims|reported|reports|explained|explains|warned|warns|insisted|insists|argued|argues|"
    "confirmed|confirms|denied|denies|wrote|writes|tweeted|posted|affirmed|acknowledged|"
    "admitted|continued|continues|reads|read|recalled|observed|remarked|replied|responded|"
    "predicted|suggested|asserted|declared|indicated|pointed out|concluded|alleged"
)
_ROLE = (
    "press service|press secretary|press office|spokesman|spokeswoman|spokesperson|"
    "officials?|ministers?|ministry|president|presidents|leaders?|report|statement|"
    "communiqu[eé]|side|sides|sources?|agency|office|government|department|police|analysts?|"
    "experts?|aides?|secretary|service|team|company|lawyers?|attorneys?|chief|director|"
    "governor|mayor|senators?|lawmakers|representatives?|commission|committee|court|judge|"
    "researchers?|scientists?|witnesses|residents?|authorities|army|military|military's|"
    "spokespeople|administration|embassy|foreign ministry|board|union|group|organization|"
    "organisation|campaign|party|prosecutors?|investigators?|doctors?|officers?|"
    "coach|manager|founder|ceo|chairman|chairwoman|chair|adviser|advisor|envoy|ambassador|"
    "newspaper|magazine|channel|network|outlet|website|survey|poll|study|data|figures|"
    "leader|premier|chancellor|king|queen|prince|pope|u\\.?s\\.?|us|"
    "family|relatives|parents|wife|husband|mother|father|son|daughter|friends?|fans|"
    "teammates?|agent|representatives|reps|league|series|club|hospital|center|centre|"
    "physicians?|nurses?|officer|deputies|sheriff|council|school|district|university|"
    "woman|women|man|men|people|persons?|survivors?|eyewitness(?:es)?|moderators?|members?|"
    "students?|victims?|passengers?|neighbou?rs?|journalists?|reporters?|meteorologists?|"
    "volunteers?|protesters?|demonstrators?|activists?|organi[sz]ers?|critics?|supporters?|"
    "opponents?|economists?|workers?|employees?|voters?|teachers?|historians?"
)
_PRONOUN = r"he|she|it|they|we|i"
# capitalised calendar names, as alternations
_WEEKDAY_NAMES = "|".join(d.capitalize() for d in WEEKDAYS)
_WEEKDAY_SET = frozenset(d.capitalize() for d in WEEKDAYS)
_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS)
# A speaker: optional article/determiner, then capitalised words, role nouns, "of", "'s".
# "on" joins a name ("the Council on Foreign Relations"), not a date ("on Monday")
_ON_NAME = rf"on(?=\s+(?!(?:{_WEEKDAY_NAMES}|{_MONTH_NAMES})\b)[A-Z])"
_SPEAKER_WORD = (rf"(?:[A-Z][\w.'’&-]*|(?i:{_ROLE})(?:['’]s)?|of|for|{_ON_NAME}|and|the|’s|"
                 r"'s|-|[A-Z]{2,})")
# an organisation's acronym after its name: "the Centers for Disease Control and Prevention
# (CDC)", "the country’s electoral body (IEBC)"
_ACRONYM = r"(?:\s+\([A-Z][A-Za-z&.]{1,9}\))?"
# "Scientists at the university", "a spokesperson for the force": a role noun and the
# prepositional phrase that says whose
_SPEAKER_PP = (rf"(?:(?:[Tt]he|[Aa]n?)\s+)?(?i:{_ROLE})\s+(?:at|for|from|with|of)\s+"
               r"(?:the\s+|a\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}")
# common nouns that introduce a name: "hotel president Mineyuki Otake", "public broadcaster
# NHK", "national intelligence head Omar Haijawi-Pirchner"
# words that open a clause or join one, never a descriptor: "although party chairman X
# said", "even though Fed chair X said", "then Smith said"
_CLAUSE_WORDS = (
    "that the and or of in on at to for with by from as who which whose when then but also "
    "has had have was were is are not now although though even unless since because while "
    "whereas if until after before once so yet still later earlier meanwhile reportedly "
    "instead told asked says said than where whether despite").split()
_DESCRIPTOR_WORD = (rf"(?!(?:{'|'.join(_CLAUSE_WORDS)})\b)(?![a-z-]+ing\b)"
                    r"[a-z][a-z-]{2,}\s+")
_DESCRIPTOR = rf"(?:{_DESCRIPTOR_WORD}(?:(?:and\s+)?{_DESCRIPTOR_WORD}){{0,3}}(?=[A-Z]))"
_SPEAKER = (rf"(?P<speaker>(?i:{_PRONOUN})\b|{_SPEAKER_PP}(?=\s+(?i:{_VERBS})\b)|"
            rf"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Aa]nother|[Ss]everal|[Mm]any|"
            rf"[Ss]ome|[Oo]ne|[Tt]wo|[Tt]hree)\s+)?{_DESCRIPTOR}?"
            rf"{_SPEAKER_WORD}(?:\s+{_SPEAKER_WORD}){{0,10}}{_ACRONYM}"
            rf"|[Tt]he\s+(?:[\w’'-]+\s+){{0,3}}[\w’'-]+{_ACRONYM})")  # "the regional ..."

_ADVERB = (r"(?:(?:also|once again|once|again|further|later|then|previously|earlier|"
           r"reportedly|recently|has|have|had)\s+)?")
# ", R-S.C.," / ", 32, a salesman," between a speaker and the verb
_APPOSITIVE = (r"(?:(?:,\s+(?:[^,\"“”:;]|,(?=\d{3})){1,120}){1,2},"
               r"|\s+[–—]\s+[^–—\"“”:;]{1,80}\s+[–—])")  # or "– who took the lead –"
_TRAILING_RE = (
    rf"^(?P<claim>.+?)(?:,[\"”’]?|[\"”’],?|;)\s+{_SPEAKER}(?:{_APPOSITIVE})?\s+{_ADVERB}"
    rf"(?P<cue>(?:{_VERBS}))\b(?P<tail>[^\"“”]{{0,120}}|(?:\s+\w+){{0,3}},\s+(?:adding|saying|"
    r"noting|citing|warning|urging|calling|explaining)\b(?:(?!\b(?:said|says)\b).){0,250})$"
)
_INVERTED_RE = (
    rf"^(?P<claim>.+?)(?:,[\"”]?|[\"”],?)\s+(?P<cue>said|says|added|wrote|tweeted|posted|"
    rf"noted|explained|continued|asked|recalled)\s+{_SPEAKER}"
    r"(?P<tail>(?:[,;:]|\s+(?:on|in|at|during|after|before|to|from|last|this|earlier|later|"
    r"when|while|as|of|with|about|for|through|via)\b)[^\"“”]{0,200}|\s*[.!?]?)$"
)
# "China's foreign ministry on Thursday said": a day between the speaker and the verb
_SAID_WHEN = (rf"(?:(?:on\s+)?(?:{_WEEKDAY_NAMES})(?:\s+(?:morning|afternoon|evening|night))?"
              r"\s+)?")
_LEADING_RE = (
    rf"^{_SPEAKER}(?P<appos>{_APPOSITIVE})?\s+{_SAID_WHEN}{_ADVERB}(?P<cue>(?:{_VERBS})|described|called|"
    r"told \w+(?: \w+){0,3}? that|told \w+)\b(?:\s+that\b|[,:])?\s*(?P<claim>.+)$"
)
# "McCaul has been a vocal critic of TikTok, saying the app ..."
_PARTICIPLE_RE = (
    rf"^{_SPEAKER}\s+[^\"“”,]{{3,120}},\s+(?P<cue>saying|adding|noting|arguing|warning|"
    r"insisting|claiming|explaining|stressing)\s+(?:that\s+)?(?P<claim>.+)$"
)
# "PALM SPRINGS, Calif. – ": a dateline (a city in capitals, maybe a state) opens the story
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z0-9][\w.]*)?)?"
                       r"(?:\s+\((?:AP|Reuters|AFP|CNN|UPI)\))?\s+(?:[–—]|--?)\s+")
# "During a press conference Wednesday, ..." / "Back when she turned 112, ...": a leading
# phrase before the speaker
_OPENER = re.compile(
    r"^(?:During|In|At|On|After|Before|When|While|As|Also|Back|Speaking|Earlier|Later|"
    r"Asked|Following|Since|Meanwhile|Last|This|Then|Separately|Elsewhere|Still|Yet|But|"
    r"More than|Less than|Hours|Days|Weeks|Months|Minutes|Moments|Shortly|Despite|Amid|"
    r"Under|Throughout|Within|Until|Although|Though|Once|Because|Unlike|Like|"
    rf"And|Now|Today|Yesterday|However|Instead|Indeed|Nevertheless|Moreover|{_WEEKDAY_NAMES})"
    r"\b[^,\"“”]{0,80},\s+")
_NP_HEAD = (r"(?:(?:The|the|An?|an?|Several|several|Many|many|Some|some|Most|most|Other|other|"
            r"Two|two|Three|three|Dozens of|Hundreds of)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*"
            r"|[A-Z][a-z]+s)")
_NP_MODIFIER = (r"(?:(?:of|in|at|for|from|with|near|outside|inside|across)\s+[^,;:\"“”]{2,60}?"
                r"|(?:who|where|that|which|whose)\s+[^,;:\"“”]{2,60}?"
                r"|[a-z]+ing\s+[^,;:\"“”]{2,50}?"
                r"|(?:and|or)\s+(?:[a-z][\w’'-]*\s+){0,1}[a-z][\w’'-]*)")
_LONG_NP_RE = (rf"^(?P<speaker>{_NP_HEAD}\s+{_NP_MODIFIER})\s+{_ADVERB}"
               r"(?P<cue>said|says|say|told \w+(?: \w+){0,2}? that|told \w+|reported|wrote|"
               r"posted|added)\b(?:\s+that\b|[,:])?\s*(?P<claim>.+)$")
# '..., said the city government.': a speaker after the verb, to the end of the sentence
_INVERTED_NP_RE = (r"^(?P<claim>.+?),[\"”]?\s+(?P<cue>said|says|added)\s+"
                   r"(?P<speaker>(?:the|a|an)\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+)\.?$")
# a sentence may open with a conjunction or adverb that is no part of its speaker
_NOT_SPEAKER_START = re.compile(r"^(?:But|And|Yet|So|Still|However|Also|Then|Now|Meanwhile|"
                                r"Instead|Indeed|As|While|Although|Though)\b\s*")
# "states" and "reads" are nouns as often as sayings: a saying goes on with what is said
_STATES_WHAT = re.compile(r"\s*(?:that\b|[:,\"“]|in\s+(?:a|an|the|its|his|her)\b)")
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")  # "The lawsuit states Smith was fired."
_NUMBER_ONLY = re.compile(r"(?i)(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|"
                          r"ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                          r"ninety|hundred|dozens?)(?:-\w+)?)")
# "... posted by AT&T Thursday evening": when, not who
_WHEN = (rf"(?:\s+(?:on\s+|late\s+|early\s+)?(?:{_WEEKDAY_NAMES}|yesterday|today|this|last)"
         r"(?:\s+(?:morning|afternoon|evening|night|week))?)?")
# "according to an advisory from the state Transportation Department", "a statement posted
# by AT&T Thursday evening": the document's issuer speaks
_ISSUED = (r"(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,2}(?:statement|advisory|release|"
           r"report|notice|letter|filing|memo|post|tweet|bulletin|update)\s+(?:issued\s+|posted\s+"
           r"|released\s+|published\s+|shared\s+)?(?:from|by)\s+")
_ACCORDING_LEAD_RE = (rf"^(?P<cue>[Aa]ccording to)\s+(?:{_ISSUED})?{_SPEAKER}{_WHEN},\s+"
                      r"(?P<claim>.+)$")
_ACCORDING_TAIL_RE = (rf"^(?P<claim>.+?),[\"”]?\s+(?P<cue>according to)\s+(?:{_ISSUED})?"
                      rf"{_SPEAKER}{_WHEN}"
                      r"(?:,\s+(?:which|who)\s+[^,\"“”]{2,80})?\.?$")
# "according to" names a source whatever its words: "according to people familiar with the
# matter", "according to recent polls" (tried after every form above)
_ACCORDING_ANY_LEAD_RE = (r"^(?P<cue>[Aa]ccording to)\s+(?P<speaker>[^,;:\"“”]{3,80}?),\s+"
                          r"(?P<claim>.+)$")
_ACCORDING_ANY_TAIL_RE = (r"^(?P<claim>.+?),[\"”]?\s+(?P<cue>according to)\s+"
                          r"(?P<speaker>[^,;:\"“”]{3,80}?)\.?$")
# "No matter what happens, Gregg said, residents should heed warnings": the speaker set
# inside the sentence, between commas
_PARENTHETICAL_RE = (rf"^(?P<lead>[^,\"“”]{{3,80}}),\s+{_SPEAKER}\s+{_ADVERB}"
                     r"(?P<cue>said|says|added|noted|warned|stressed|explained),\s+"
                     r"(?P<claim>[^\"“”]{10,})$")
_EMBEDDED_RE = (
    rf"\b{_SPEAKER}\s+(?P<cue>called|described [\w\s]{{1,40}}? as|dubbed|termed)\s+"
    r"(?P<claim>[\"“][^\"”]{2,300}[\"”])"
)


class _Patterns(NamedTuple):
    parenthetical: re.Pattern[str]  # first: "..., Gregg said, ..." is no trailing speaker
    according_lead: re.Pattern[str]
    according_tail: re.Pattern[str]
    trailing: re.Pattern[str]
    inverted: re.Pattern[str]
    embedded: re.Pattern[str]
    leading: re.Pattern[str]
    participle: re.Pattern[str]
    long_np: re.Pattern[str]
    inverted_np: re.Pattern[str]
    according_any_lead: re.Pattern[str]
    according_any_tail: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Compiled on first use: they take ~0.1 s, which only ingest needs to pay."""
    return _Patterns(*(re.compile(p) for p in (
        _PARENTHETICAL_RE, _ACCORDING_LEAD_RE, _ACCORDING_TAIL_RE, _TRAILING_RE, _INVERTED_RE,
        _EMBEDDED_RE, _LEADING_RE, _PARTICIPLE_RE, _LONG_NP_RE, _INVERTED_NP_RE,
        _ACCORDING_ANY_LEAD_RE, _ACCORDING_ANY_TAIL_RE)))


# what marks a sentence as reported speech, for checking that an answer kept it
SPEECH_CUE = re.compile(
    rf"(?i)\b(?:{_VERBS}|according to|statement|readout|described|describes|called|calls)\b")
# the words at least one pattern above requires (case-blind, so a superset)
_ANY_CUE = re.compile(rf"(?i)\b(?:{_VERBS}|according to|described|called|dubbed|termed|told|"
                     r"saying|adding|noting|arguing|warning|insisting|claiming|explaining|"
                     r"stressing)\b")
_STRIP_END = ".!?\"”’' "
# words a speaker must not end with (they signal a clause, not a noun phrase)
_NOT_HEAD = re.compile(r"(?i)\b(?:of|and|the|a|an|'s|’s|on|in|at|by|for|to|from|with)$")
# a speaker run that ends in a possessive owns the word after it when that word can be a
# noun: "Trump's claims", "the agency's reports"
_OWNS = re.compile(r"\w['’]s\s*$")
_NOUN_CUES = frozenset("claims claim reports report notes note states statement statements "
                       "comments remarks tweets posts warnings findings".split())
_PERSONAL = {"he", "she", "they", "we", "i"}
_IS_ROLE = re.compile(rf"(?i:{_ROLE})")
# a capitalised word after the first: the speaker already carries a name
_NAMED = re.compile(r"\s[A-Z]")
_APPOS_NAME = re.compile(r"^,\s+(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),$")
# speakers that name a document or a channel rather than who stands behind it
_GENERIC = {"report", "statement", "press service", "communique", "communiqué", "readout",
            "service", "document", "release", "press release", "press office"}


_INTRODUCED = re.compile(r"^[a-z][a-z-]{2,}\s+(?:(?:and\s+)?[a-z][a-z-]{2,}\s+){0,3}"
                         r"[A-Z][\w’'.-]*")
_NOT_DESCRIPTOR = STOPWORDS | set(_CLAUSE_WORDS)


def _trim_claim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \"“‘'(":
        a += 1
    while b > a and text[b - 1] in _STRIP_END + ",;:":
        b -= 1
    return a, b


# prepositions that open a phrase of time or place, never a speaker's name ("On Tuesday,
# Smith said"); "As USA TODAY reported" and "While Rice said" keep their speakers
# a speaker never opens with a preposition of time or a conditional or causal subordinator
# ("When Fox News called the race", "Because age-based data was not available")
_NEVER_FIRST = frozenset("On In At During Since Following When If Because Until Unless "
                         "Whether What Whatever Anything Everything Nothing".split())
# "Early reports suggested", "New reports show": the cue word is a noun, and the verb follows
# (not "Reuters reports armed men stormed": an adjective after the cue)
_NOUN_CUE_NEXT = re.compile(r"\s+(?:suggest|suggests|suggested|show|shows|showed|indicate|"
                            r"indicates|indicated|said|say|says|found|claimed|emerged|"
                            r"surfaced|circulated)\b")
# after a leading phrase, cue words that are also nouns, or go on with an act rather than a
# saying, are no cue: "Under the law, the Associated Press sought reports", "Under Murphy,
# the council has continued to cut"
_WEAK_CUES = frozenset("reports reads read continued continues".split())


def _clean_speaker(s: str) -> str | None:
    s = _NOT_SPEAKER_START.sub("", s.strip(" ,.;:"))
    # "The presidents expressed ... that the Kremlin press service" is not a speaker: keep
    # only the last run of speaker words (leading mode never reaches here with a clause)
    while m := _NOT_HEAD.search(s):
        s = s[: m.start()].strip()
    if not s or len(s) > 80:
        return None
    first = s.split()[0]
    if first in _NEVER_FIRST:
        return None  # "On Tuesday, Smith said": when, not who (the opener is read apart)
    lead = s.split()[:4]
    if _INTRODUCED.match(s) and lead[0] not in _NOT_DESCRIPTOR and not any(
            w in _NOT_DESCRIPTOR - {"and"} or w.endswith("ing") for w in lead[1:]) \
            and not lead[0].endswith("ing"):
        return s
    if first[0].islower() and first.lower() not in (
            "the", "a", "an", "his", "her", "their", "another", "several", "many", "some",
            "one", "two", "three", *_PERSONAL, "it") and not _IS_ROLE.fullmatch(first):
        return None  # "authorities said", "coach Billy Donovan said" start with a role
    return s


def _is_pronoun(speaker: str) -> bool:
    return speaker.lower() in _PERSONAL | {"it"}


def shown_speaker(speaker: str | None) -> str | None:
    """The speaker to show a reader: None for a pronoun the article never resolved ("she"),
    which names no one."""
    return None if speaker is None or _is_pronoun(speaker) else speaker


def is_role_word(word: str) -> bool:
    """Is ``word`` a role noun that speaks in news copy ("officials", "police", "residents"),
    not anyone's name?"""
    return _role_word().fullmatch(word) is not None


@cache
def _role_word() -> re.Pattern[str]:
    return re.compile(rf"(?i:{_ROLE})")


def _is_generic(speaker: str) -> bool:
    return re.sub(r"(?i)^(?:the|a|an|its|their)\s+", "", speaker).lower() in _GENERIC


def _match(sentence: str) -> tuple[str, str, int, int, bool, bool] | None:
    """``(speaker, cue, claim_start, claim_end, quoted, source_only)`` within one sentence,
    or None. ``source_only``: "according to" with a source that is no voice ("court
    records", "people familiar with the matter")."""
    s = sentence.rstrip()
    if not _ANY_CUE.search(s):  # every pattern needs one of these words: skip the rest
        return None
    got = _match_at(s, 0)
    at = 0
    if got is None and (dateline := _DATELINE.match(s)):
        at = dateline.end()
        got = _match_at(s, at)
    if got is None and (opener := _OPENER.match(s[at:])):
        # "During a press conference Wednesday, Sen. Lindsey Graham, R-S.C., said ..."
        got = _match_at(s, at + opener.end(), leading_only=True)
        if got is not None and got[1] in _WEAK_CUES and not got[4] and not re.search(
                rf"\b{got[1]}\s*[,:]", s[at + opener.end():]):
            # ("In his letter, Smith continued: \"...\"" and "On Tuesday, Axios reports, the
            # White House will act" are sayings)
            return None
    if got is not None and got[1] in _WEAK_CUES and not got[4] and (
            cue := re.search(rf"\b{got[1]}\b", s)) and re.match(r"\s+to\s+[a-z]",
                                                                  s[cue.end():]):
        return None  # "The powerful system continues to move away": an act, not a saying
    if got is not None and got[1] == "according to" and (
            tail := re.search(r",\s+according to\b[^,;]*[.!?]?\s*$", s)):
        # '"I tried calling her," he said, according to NHK': NHK reports who said it
        inner = _match(s[:tail.start()] + ".")
        if inner is not None and inner[1] != "according to" and inner[4]:
            return inner  # (a quotation only: "X declared a state of emergency, according
            # to the prime minister's office" is an act the office reports)
    return got


# words that make a clause, not a noun phrase: "said the vote was close" names no speaker
_CLAUSE_VERBS = frozenset(
    """is are was were be been being has have had will would can could shall should may
    might must do does did""".split())
# an appositive that describes the name before it: ", a political scientist,", ", 32, a
# salesman,", ", R-S.C.,", ", the mayor,", not ", Jones and Brown all agreed,"
_DESCRIBING = re.compile(r"^(?:,|\s+[–—])\s+(?:[a-z\d]|(?:The|A|An|His|Her|Its|Their)\b|"
                         r"[A-Z]-[A-Z])")


_TIME_NOUNS = (rf"week|month|year|night|morning|afternoon|evening|weekend|today|tonight|"
               rf"{_WEEKDAY_NAMES}")
# "..., said the fire department on Monday / late Friday / earlier this week": when, not who
# ("the late senator's widow", "an early investor" are who)
_INVERTED_WHEN = re.compile(
    rf"\s+(?=during\s|on\s+(?:{_TIME_NOUNS}|{_MONTH_NAMES}|\d)\b|"
    rf"(?:last|this|early|late|earlier|later)\s+(?:{_TIME_NOUNS})\b|"
    r"(?:early|late)\s+(?:on|in)\s|(?:earlier|later)$)")
# "according to an agreement Friday", "according to the fire department on Monday": a day
# at the end of an "according to" source is when, not who
_TRAILING_DAY = re.compile(rf"\s+(?:(?:(?:on|late|early)\s+)?(?<!Cyber )(?<!Super )(?<!Good )"
                           rf"(?<!Black )(?:{_WEEKDAY_NAMES})"
                           r"(?:\s+(?:morning|afternoon|evening|night))?|late|early)$")
# an adverb between the speaker and the cue: "the Washington Post first reported"
_TRAILING_ADVERB = re.compile(r"(?<!\bat)\s+(?:first|also|previously|earlier|initially|"
                              r"originally|later|again|further|separately|repeatedly|"
                              r"publicly|privately|long|already|so far)$")
# "a police report filed late Sunday": the report, not its filing
_TRAILING_PARTICIPLE = re.compile(r"\s+(?:released|filed|issued|published|posted|sent|shared|"
                                  r"made public)$")
# "..., posted Donald Trump on Truth Social": where, not who
_ON_PLATFORM = re.compile(r"\s+(?:on|in a post on)\s+(?:Truth Social|X|Twitter|Instagram|"
                          r"Facebook|TikTok|Threads|LinkedIn|YouTube|Bluesky|social media)$")
# the first group of a two-part appositive that still describes the name: an age, a party tag
_APPOS_LEAD = re.compile(r"^\s*(?:\d{1,3}|[A-Z]-[A-Z][\w.-]*)\s*$")


def _names_with_appositive(text: str) -> bool:
    """Does ``text`` open with a name, an appositive that describes it, and a verb of saying
    ("John Smith, the mayor, said the city would recover")? Then it is no inverted form
    ("<claim>, said <speaker>") whose claim is "John Smith, the mayor"."""
    m = _patterns().leading.match(text)
    name = _clean_speaker(m["speaker"]) if m else None  # "However, the stay rose" names no one
    if m and not name and (opener := _OPENER.match(text)):
        m = _patterns().leading.match(text[opener.end():])  # "However, Johnson, 62, said"
        name = _clean_speaker(m["speaker"]) if m else None
    if not (m and name and m["appos"] and len(m["appos"]) <= 80
            and _DESCRIBING.match(m["appos"])):
        return False
    # the verb must follow the description: in "Brazil, the region's largest economy, grew 3
    # percent, said the IMF" a second group is a predicate ("32, a salesman," is not)
    groups = [g for g in m["appos"].split(",") if g.strip()]
    if len(groups) > 2 or (len(groups) == 2 and not _APPOS_LEAD.match(groups[0])):
        return False
    words = name.split()
    # a name ("John Smith"), or a determiner and a role ("The report, released on Tuesday,")
    return all(w[:1].isupper() for w in words) or (
        len(words) == 2 and words[0].lower() in ("the", "a", "an") and bool(
            _IS_ROLE.fullmatch(words[1])))


# a verb that makes the words before "X said" a claim, not an opening phrase ("This was a
# deliberate attack, police said" against "As Trump's lawyer, he said the appeal ...")
_FINITE = re.compile(r"(?i)\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|"
                     r"shall|should|may|might|must|do|does|did|\w{3,}ed)\b|n['’]t\b")
# a clause that opens with one of these is not the sentence's subject ("As Sheinbaum's rival
# he ..."); "But Moody's downgraded ..." is
_SUBORDINATE = re.compile(r"(?:As|While|Although|Though|Because|If|When|Since|After|Before|"
                          r"Unlike|Like|Once|Until)\s")
# "declared winner", "declared dead": a result or a state declared of someone, not a saying
_DECLARED_WHAT = re.compile(r"(?i)\s+(?:the\s+|a\s+)?(?:winner|victor|victorious|champion|"
                            r"dead|deceased|missing|bankrupt|insolvent|ineligible)\b")
# "said the rest of the state will get ...": a clause goes on after "of", so "said" reports
# it ("said the mayor of Springfield on Monday" names a speaker, and so does "said the father
# of two whose son was killed": a relative clause describes the speaker)
_OF_CLAUSE = re.compile(r"\s+of\s(?:(?!\b(?:who|whose|whom|which|that)\b)[^,;:\"“”])*?"
                        r"\b(?:is|are|was|were|will|would|can|could|has|have|had|should|may|"
                        r"might|must)\b")


def _bare_speaker(speaker: str) -> str | None:
    """``speaker`` less the adverbs and perfect auxiliary between it and the cue ("The
    company has also previously" → "The company"); None when what is left is a passive's
    subject ("The theft was first", of "... reported by ...") or a denial ("The White
    House has not", of "has not said whether")."""
    while True:
        bare = _TRAILING_ADVERB.sub("", speaker)
        head, _, last = bare.rpartition(" ")
        if head and last in ("not", "never"):
            return None
        if head and last in ("was", "were", "is", "are", "been", "be"):
            return None
        if head and last in ("has", "have", "had"):
            bare = head
        if bare == speaker or not bare:
            return speaker
        speaker = bare


# a name that holds a list: "the National Academies of Sciences, Engineering and Medicine",
# "the Department of Health, Education and Welfare". A speaker cannot hold a comma, so the
# name is read as its end ("Engineering and Medicine said", after a trailing comma) or its
# start ("said the National Academies of Sciences"); these put the two halves back together
_CAP = r"[A-Z][\w.'’&-]*"
_NAME_OF = re.compile(rf"(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?{_CAP}(?:\s+{_CAP})*\s+(?:of|for)\s+"
                      rf"{_CAP}(?:,\s+{_CAP})*$")
# the name is set off from the claim ("The drugs are safe, the National Academies of ..."),
# not its object ("The deal is good for the University of Michigan, Ford and GM said")
_SET_OFF = re.compile(r"[,\"”]\s*$")
_LIST_END = re.compile(rf"^{_CAP}(?:,\s+{_CAP})*,?\s+and\s+{_CAP}$")
_LIST_AFTER = re.compile(rf"^,\s+({_CAP}(?:,\s+{_CAP})*,?\s+and\s+{_CAP})(?=\s*[.!?,;]?\s*$|,)")


def _match_at(s: str, at: int, leading_only: bool = False,
              ) -> tuple[str, str, int, int, bool, bool] | None:
    pat = _patterns()
    text = s[at:]
    forms = (pat.leading, pat.long_np) if leading_only else pat
    for pattern in forms:
        m = pattern.search(text) if pattern is pat.embedded else pattern.match(text)
        if not m:
            continue
        speaker: str | None
        if pattern in (pat.according_any_lead, pat.according_any_tail):
            # any noun phrase: "people familiar with the matter"; never a clause
            speaker = " ".join(m["speaker"].split())
            if _CLAUSE_VERBS & set(speaker.split()) or len(speaker.split()) > 12:
                continue
        elif pattern in (pat.leading, pat.long_np) and _OWNS.search(m["speaker"]) \
                and m["cue"].lower() in _NOUN_CUES:
            continue  # "Trump's claims of fraud", "the agency's reports": a noun, owned
            # ("Moody's said", "Macy's told investors": a company named in the possessive)
        elif pattern is pat.participle and _OWNS.search(m["speaker"]) \
                and _SUBORDINATE.match(m["speaker"]):
            continue  # "As Sheinbaum's closest rival in Morena he ..., claiming": the
            # possessive owns the subject; it is not the subject
        elif pattern is pat.leading and m["cue"].lower() in ("reports", "report") \
                and _NOUN_CUE_NEXT.match(text, m.end("cue")):
            continue  # "Early reports suggested": a noun
        else:
            speaker = _clean_speaker(m["speaker"])
        if speaker is None:
            continue
        if "according" in m["cue"].lower() or pattern in (pat.leading, pat.long_np):
            # "The mayor on Monday said": when, not who
            day = _TRAILING_DAY.search(speaker)
            if day and day.start() > 0 and speaker[:day.start()].lower() not in ("the", "a",
                                                                                 "an"):
                speaker = re.sub(r"\s+(?:from|of|on|at|in|by)$", "", speaker[:day.start()])
                speaker = _TRAILING_PARTICIPLE.sub("", speaker)
        if pattern in (pat.inverted, pat.inverted_np):
            # lower case: "Will Wallace" is a name; "a man who had driven from Ohio" is one
            head = re.split(r"\s(?:who|which|that|whose)\s", speaker, maxsplit=1)[0]
            if _CLAUSE_VERBS & set(head.split()) or _names_with_appositive(text):
                continue
            if pattern is pat.inverted and _OF_CLAUSE.match(m["tail"]):
                continue  # "..., Michael Narlock, said the rest of the state will get":
                # what he said, not "the rest" saying it
            when = _INVERTED_WHEN.split(speaker, maxsplit=1)[0]
            if when.lower() not in ("the", "a", "an"):
                speaker = when
            speaker = _ON_PLATFORM.sub("", speaker)
        if speaker in _WEEKDAY_SET:
            continue  # "The findings, noted Thursday in a report": when, never who
        cue = " ".join(m["cue"].split()).lower()
        if cue in ("states", "reads") and pattern is pat.leading and not (
                _STATES_WHAT.match(text, m.end("cue"))
                or (cue == "states" and _NAME_NEXT.match(text, m.end("cue")))):
            continue  # "Twenty-one states and 41 cities ...": a noun, not a saying
        if _NUMBER_ONLY.fullmatch(speaker):
            continue  # a number is nobody
        if re.match(r":[A-Z]", text[m.end("cue"):m.end("cue") + 2]):
            continue  # "Totality explained:The real April 2024 ...": a link's label
        # "..., the Washington Post first reported", "The company has also previously
        # said": when and how it said so, not who
        speaker = _bare_speaker(speaker)
        if speaker is None:
            continue  # a passive or a denial names no speaker of this claim
        if (pattern is pat.leading and m["appos"] and not _NAMED.search(speaker)
                and (name := _APPOS_NAME.match(m["appos"]))):
            speaker = name["name"]  # "One woman, Lyudmila Agarkova, said": the name
        if pattern is pat.trailing and (op := _OPENER.match(m["claim"] + ", ")) \
                and op.end() == len(m["claim"]) + 2 and not _FINITE.search(m["claim"]) \
                and len(m["tail"].split()) >= 3 and not _INVERTED_WHEN.match(m["tail"]):
            continue  # "As Trump's lawyer, he said the appeal ...": an opening phrase is
            # no claim; the words after the verb are (read after the opener below)
        if pattern is pat.trailing and cue == "declared" and _DECLARED_WHAT.match(m["tail"]):
            continue  # "..., Claudia Sheinbaum declared winner": she was declared it
        if pattern is pat.trailing and m["claim"].count(" ") < 2 \
                and s[at:].lstrip()[:1] not in "\"“":  # '"Not yet," Biles added.' is one
            continue
        if pattern in (pat.leading, pat.participle) and speaker.lower() in ("the", "a", "an"):
            continue
        claim_end = at + m.end("claim")
        if pattern is pat.trailing and _LIST_END.match(speaker) and (
                head := _NAME_OF.search(s, at + m.start("claim"), claim_end)) and \
                _SET_OFF.search(s, at + m.start("claim"), head.start()):
            speaker, claim_end = f"{head.group(0)}, {speaker}", head.start()
        elif pattern in (pat.inverted, pat.inverted_np) and _NAME_OF.search(speaker) and (
                rest := _LIST_AFTER.match(s[at + m.end("speaker"):])):
            speaker = f"{speaker}, {rest.group(1).rstrip('.')}"
        a, b = _trim_claim(s, at + m.start("claim"), claim_end)
        if b - a < 3:
            continue
        quoted = s[at + m.start("claim"):at + m.start("claim") + 1] in "\"“" or \
            (pattern is pat.trailing and s.lstrip()[:1] in "\"“")
        source_only = pattern in (pat.according_any_lead, pat.according_any_tail)
        return speaker, cue, a, b, quoted, source_only
    return None


def find_attributions(article_id: str, text: str, lookback: int = 4) -> list[Attribution]:
    """Every attributed sentence of ``text``; sentences not returned are the article's own."""
    out: list[Attribution] = []
    recent: list[tuple[int, str]] = []  # (sentence number, named speaker)
    spans = sentence_spans(text)
    main: list[str | None] = []  # the article's main person, found on first need
    fulls: list[list[str]] = []  # the article's full names, found on first need
    fitting: dict[tuple[str, str], bool] = {}  # (speaker, pronoun) → could_be, once an article

    def fits(who: str, pronoun: str) -> bool:
        key = (who, pronoun.lower())
        if key not in fitting:
            fitting[key] = could_be(who, pronoun, text)
        return fitting[key]

    for no, (a, b) in enumerate(spans):
        got = _match(text[a:b])
        if got is None:
            continue
        speaker, cue, ca, cb, quoted, source_only = got
        name = None
        own = _own_subject(text[a:b], ca) if speaker.lower() == "it" else None
        if own:
            # 'The FAA is "closely monitoring the eruption," it said': the sentence names
            # who "it" is
            speaker = own
            recent.append((no, speaker))
        elif _is_pronoun(speaker) or _is_generic(speaker):
            # "it said", "the report said": whoever was last named as speaking
            named = [sp for n, sp in recent if no - n <= lookback]
            if speaker.lower() in ("he", "she"):
                # "she" is not the man quoted last, nor the agency she told; nor anyone the
                # sentence names after the quote ('"...," he said, after Trump appeared in
                # court': he is not Trump; but "Trump shared what he called ..." is Trump)
                apart = text[a + cb:b]
                # nor someone whose rival, lawyer or son the sentence makes him ("As
                # Sheinbaum's closest rival in Morena he did not accept the results")
                lead = text[a:a + ca]
                named = [sp for sp in named if fits(sp, speaker) and not _names(apart, sp)
                         and not _their_person(lead, sp)]
                if not named:
                    if not main:
                        main.append(main_person(text))
                    named = [main[0]] if main[0] and fits(main[0], speaker) \
                        and not _names(apart, main[0]) \
                        and not _their_person(lead, main[0]) else []
            speaker = named[-1] if named else speaker
            if named:
                recent.append((no, speaker))  # a chain of "it said" stays with them
        else:
            name = role_holder(speaker, text[:a], [sp for _, sp in recent])
            if not source_only:
                # "according to court records" is a source, not a voice that "the
                # statement said" goes on with
                recent.append((no, name or speaker))
        if name is None and _SURNAME_ONLY.fullmatch(speaker):
            # "Whitfield said" in a report that names one Whitfield in full: that one (a
            # question about Dana Whitfield is not answered by Garnell Whitfield's words)
            if not fulls:
                fulls.append(_full_names(text))
            name = _the_one_named(speaker, fulls[0])
        out.append(Attribution(article_id=article_id, sentence_start=a, sentence_end=b,
                               claim_start=a + ca, claim_end=a + cb, speaker=speaker, cue=cue,
                               quote=quoted, speaker_name=name))
        # '"We had a great call. We're talking about peace," he said.' opens its quote in
        # an earlier sentence: those sentences are the same speaker's words
        # (the whole sentence must close a quote it did not open: 'called "businesslike".'
        # closes what it opened)
        if text[a:b].lstrip()[:1] not in "\"“" and _closes_quote(text[a:b]):
            for pa, pb in reversed(spans[max(0, no - 5):no]):
                qa, qb = _trim_claim(text[pa:pb], 0, pb - pa)
                out.append(Attribution(
                    article_id=article_id, sentence_start=pa, sentence_end=pb,
                    claim_start=pa + qa, claim_end=pa + qb, speaker=speaker, cue=cue,
                    quote=True, speaker_name=name))
                if text[pa:pb].lstrip()[:1] in "\"“":
                    break
    return sorted(out + _continued(text, spans, out), key=lambda x: x.sentence_start)


def _names(text: str, who: str) -> bool:
    """Does ``text`` name ``who`` as someone of its own ("after Trump appeared in court", "he
    said of Trump", "urging Trump to quit")? Not as a modifier of something else ("at the
    Trump rally", "Trump Tower", "on Trump's platform"), nor a namesake ("as his father Joe
    Biden watched" names no Hunter Biden; "with first lady Jill Biden at his side")."""
    parts = _SUFFIX.sub("", who).split()
    if not parts or not parts[-1][:1].isupper():
        return False
    given = parts[-2] if len(parts) > 1 else None
    for m in re.finditer(rf"\b{re.escape(parts[-1])}\b", text):
        after = text[m.end():m.end() + 3]
        if after[:2] in ("'s", "’s") or re.match(r"\s+[A-Z]", after):
            continue  # a possessive, or a longer name ("Trump Organization")
        before = text[:m.start()].split()[-1:] or [""]
        if before[0].lower() in ("the", "a", "an"):
            continue  # a modifier: "the Trump campaign"
        if before[0][:1].isupper() and before[0] != given and \
                not set(terms(before[0])) <= TITLE_TERMS | STOPWORDS:
            continue  # another first name: another person
        return True
    return False


def _their_person(text: str, who: str) -> bool:
    """Does ``text`` speak of a person of ``who``'s: "Sheinbaum's closest rival", "Trump's
    lawyers", "Biden's son" (the people around someone, as :func:`speaker_identity` reads
    them)? Not "Trump's interview", "Trump's rally with supporters" (only the words before
    a preposition are read), and not a relative of a person named in full with the surname:
    in "As Trump's wife, she said", she may be Melania Trump."""
    parts = _SUFFIX.sub("", who).split()
    if not parts or not parts[-1][:1].isupper():
        return False
    for m in re.finditer(rf"\b{re.escape(parts[-1])}['’]s((?:\s+[\w-]+){{1,3}})", text):
        for word in m.group(1).split():
            if word.lower() in STOPWORDS:
                break  # "rally with supporters": the possessive owns the rally
            found = set(terms(word))
            if found & _AROUND:
                return not (found & _KIN and len(parts) > 1)
    return False


def _own_subject(sentence: str, claim_start: int) -> str | None:
    """The named subject of a sentence that a pronoun speaker closes, when the claim is the
    sentence's own opening words rather than a quote: 'The US Federal Aviation Administration
    is "closely monitoring ...," it said' → US Federal Aviation Administration."""
    lead = sentence.lstrip()
    if claim_start > 2 or lead[:1] in "\"“‘'":
        return None
    # only a subject whose own words are then quoted: 'X is "closely monitoring ...," it
    # said', not 'Ford offered a 20% raise, it said' (the union's report of Ford)
    quote = re.search(r"[\"“]", sentence)
    who = actor(sentence)
    if who is None or quote is None:
        return None
    between = sentence[:quote.start()]
    if not re.search(r"(?i)\b(?:is|are|was|were|has|have|had|will|would|said|says|called|"
                     r"described)\b", between):
        return None
    return " ".join(who.words)


def _continued(text: str, spans: list[tuple[int, int]], found: list[Attribution],
               ) -> list[Attribution]:
    """'"Every patient is different," Pritts said. "We cannot credit them enough."' — a
    quote that opens right after a quoted, attributed sentence and names no speaker of its
    own goes on in the same voice."""
    said = {x.sentence_start: x for x in found}
    out = []
    for (pa, _pb), (a, b) in pairwise(spans):
        before = said.get(pa)
        if a in said or before is None or not before.quote:
            continue
        if text[a:b].lstrip()[:1] not in "\"“":
            continue
        ca, cb = _trim_claim(text[a:b], 0, b - a)
        x = Attribution(article_id=before.article_id, sentence_start=a, sentence_end=b,
                        claim_start=a + ca, claim_end=a + cb, speaker=before.speaker,
                        cue=before.cue, quote=True, speaker_name=before.speaker_name)
        said[a] = x
        out.append(x)
    return out


_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z’'.-]+){1,2}"
_CAP_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z’'.-]+)+")
# words that open a run of capitals without being a name's: "Former President Donald
# Trump", "And Trump shared ..."
_NOT_NAME = frozenset("and but so or yet then when after as if while former president vice "
                      "prime minister gov governor sen senator rep mayor secretary judge "
                      "justice chief the".split())


_SURNAME_ONLY = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*")


def _the_one_named(surname: str, full_names: list[str]) -> str | None:
    """The one person ``full_names`` (an article's) gives ``surname``: None when none, or
    several (Donald and Eric Trump)."""
    people: dict[str, str] = {}  # first name → the longest form ("James P. Steyer")
    for n in full_names:
        words = n.split()
        if words[-1] == surname and len(n) > len(people.get(words[0], "")):
            people[words[0]] = n
    return next(iter(people.values())) if len(people) == 1 else None


def _full_names(text: str) -> list[str]:
    """Names of two or three words in ``text``, without a title or a conjunction before
    them: "Former President Donald Trump" is Donald Trump, "And Trump" no full name, and a
    longer run ends with its name ("Senate Majority Leader Chuck Schumer")."""
    out = []
    for m in _CAP_RUN.finditer(text):
        words = re.sub(r"['’]s$", "", m.group(0)).split()
        while words and words[0].lower() in _NOT_NAME:
            words = words[1:]
        if len(words) > 3:  # a title of its own words before the name ends the run:
            words = words[-2:]  # "Federal Reserve Chair Jerome Powell"
        if len(words) >= 2:
            out.append(" ".join(words))
    return out


def main_person(text: str) -> str | None:
    """The person an article is about: the full name near its top whose surname recurs most
    (at least three times). For a "he said" with no one named before it."""
    top = text[:600]
    best, count = None, 2
    for name in _full_names(top):
        n = len(re.findall(rf"\b{re.escape(name.split()[-1])}\b", text))
        if n > count:
            best, count = name, n
    return best


_ROLE_SPEAKER = re.compile(
    r"^[Tt]he\s+(?P<place>[\w.]+)\s+(?P<role>(?i:leader|president|premier|prime minister|"
    r"chancellor|head of state|foreign minister))$")


def role_holder(speaker: str, before: str, speakers: list[str] | None = None) -> str | None:
    """ "the US leader" said it: the person the article named earlier as that country's
    ("Donald Trump of the US", "US President Donald Trump"). A name counts when a title
    stands near it ("Presidents Vladimir Putin of Russia and Donald Trump of the US") or
    when it has spoken before; None when no one fits."""
    m = _ROLE_SPEAKER.match(speaker)
    if not m:
        return None
    place = m["place"].lower().rstrip(".")
    names = next((v for v in COUNTRY_NAMES if place in (n.lower().rstrip(".") for n in v)),
                 None)
    if names is None:
        return None
    where = "|".join(re.escape(n) for n in names)
    spoke = {w for sp in speakers or [] for w in sp.split()}
    fits = []
    for f in re.finditer(
            rf"(?P<a>{_NAME})\s+of\s+(?:the\s+)?(?:{where})\b"
            rf"|\b(?:{where})\s+(?:President|Prime Minister|Premier|Chancellor|leader)\s+"
            rf"(?P<b>{_NAME})", before):
        name = f["a"] or f["b"]
        titled = f["b"] is not None or re.search(
            r"\b(?:Presidents?|Prime Ministers?|Premiers?|Chancellors?|Leaders?)\b",
            before[max(0, f.start() - 60):f.start()])
        if titled or name.split()[-1] in spoke:
            fits.append(name)
    return fits[-1] if fits else None


def _closes_quote(claim_to_end: str) -> bool:
    """A closing quote with no opening quote before it in the rest of the sentence."""
    opened = 0
    for ch in claim_to_end:
        if ch == "“":
            opened += 1
        elif ch == "”":
            if not opened:
                return True
            opened -= 1
    # a straight quote that closes a curly one of the sentence ('called “Political
    # Persecution."') closes nothing before it
    return claim_to_end.count('"') % 2 == 1 and not claim_to_end.startswith('"') \
        and not opened


def speaker_key(speaker: str) -> frozenset[str]:
    """The words that identify a speaker, for matching "the White House" to "White House
    press service"."""
    drop = {"press", "servic", "offic", "spokesman", "spokeswoman", "spokesperson", "statement",
            "report", "leader"}
    return frozenset(t for t in terms(speaker) if t not in drop) or frozenset(terms(speaker))


_ASKED = re.compile(
    r"(?i)\b(?:what|how)(?:\s+(?:else|more))?\s+(?:did|does|do|has|have)\s+(?P<who>.+?)\s+"
    r"(?:say|said|tell|told|describe|call|think|claim|report|announce|state|write)\b"
    r"|\baccording to\s+(?P<who2>[^,?]+)"
    r"|\b(?P<who3>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)['’]s\s+(?:account|version|statement|"
    r"readout|description)\b"
)


def asked_speaker(question: str) -> str | None:
    """The speaker a question asks about: "What did the White House say ..." → White House."""
    m = _ASKED.search(question)
    if not m:
        return None
    who = (m["who"] or m["who2"] or m["who3"] or "").strip(" ?")
    who = re.sub(r"(?i)^(?:the)\s+", "", who)
    return who or None


# a title before a name is no part of it: "President Zelenskiy" is the "Volodymyr Zelenskyy"
# an article quotes
TITLE_TERMS = frozenset(terms(
    "president vice prime minister premier chancellor king queen prince princess pope gov "
    "governor sen senator rep representative congressman congresswoman mayor secretary "
    "ceo chief executive chairman chairwoman director general gen dr mr mrs ms former "
    "ukrainian russian american british french german chinese israeli us u.s uk"))


_POSSESSIVE = re.compile(r"^(?P<whose>.+?)['’]s\s+(?P<who>\S.*)$")
# whom a possessive names as other people than its owner (their words are not the owner's):
# "Trump's lawyers", "Biden's son"; a spokesman, an office or a chief executive speaks for it
_OTHERS = frozenset(terms(
    "lawyer lawyers attorney attorneys counsel son sons daughter daughters wife husband "
    "brother sister father mother family relatives widow critics critic rivals rival "
    "opponents opponent accusers accuser supporters victims"))
# ... and the people around someone, however the phrase names them: "Trump's advisers",
# "one Trump adviser", "allies of Trump", "a person close to Trump", "sources familiar with
# his thinking". (An official is left out: "a White House official" speaks for it.)
_AROUND = _OTHERS | frozenset(terms(
    "adviser advisers advisor advisors aide aides ally allies associate associates friend "
    "friends confidant confidants source sources person people everyone staffer staffers"))
# "<people> of / for / close to <someone>" (the phrase's spaces made single first)
_AROUND_OF = re.compile(r"^(?P<who>\S.*?) (?:close to|familiar with|for|of|to|in|with|around|"
                        r"near) (?P<whose>\S.*)$")
# a person's name ends before these: "Robert F. Kennedy Jr." is a Kennedy
_SUFFIX = re.compile(r"(?:,?\s+(?:Jr|Sr|II|III|IV)\.?)+$")


def _of(owner: str) -> frozenset[str]:
    return frozenset(f"of:{w}" for w in speaker_key(owner))


def _around(phrase: str) -> bool:
    """Does ``phrase`` hold a common noun for the people around someone? In lower case, or
    first ("Allies of Trump" opening a sentence): "Special Counsel Jack Smith" and "District
    Attorney Alvin Bragg" hold titles."""
    return any((w[:1].islower() or not n) and set(terms(w)) & _AROUND
               for n, w in enumerate(phrase.split()))


def _organisation(owner: str) -> bool:
    """Is ``owner`` an organisation, whose lawyers and sources speak for it ("the ACLU",
    "ACLU lawyer Ben Wizner", "the Kremlin's sources")? A person's do not, nor a title's ("the
    president's lawyers"), a family's or a campaign's ("a person close to the Trump family")."""
    bare = re.sub(r"(?i)^the\s+", "", owner.strip())
    if re.fullmatch(r"[A-Z]{2,}[\w.&-]*", bare):
        return True
    return bare[:1].isupper() and is_thing(owner.strip()) \
        and not set(terms(bare)) & _NOT_ORGANISATION


# circles of people around a person, not organisations that speak for themselves
_NOT_ORGANISATION = frozenset(terms("family campaign team camp circle orbit"))
# words that make a named person someone's relative: "his son Eric Trump"
_KIN = frozenset(terms("son sons daughter daughters wife husband brother sister father mother "
                       "widow nephew niece cousin grandson granddaughter"))


@lru_cache(maxsize=8192)  # pure, and asked of each attribution for each question
def speaker_identity(speaker: str, _inner: bool = False) -> frozenset[str]:
    """:func:`speaker_key`, but the people around a person are not that person: "Trump's
    lawyers" is its lawyers, of Trump ({"lawyer", "of:trump"}), so it is neither Trump nor
    another's lawyers; so are "lawyers for Trump", "a Trump ally in Congress", "Trump
    attorney Joe Tacopina" (an attorney named Joe Tacopina, of Trump) and "a person close to
    Trump". An organisation's people speak for it ("lawyers for the ACLU"), and whoever
    speaks for a person does too ("the Kremlin's spokesman Dmitry Peskov", "Trump spokesman
    Taylor Budowich"); a title is no such noun ("Special Counsel Jack Smith"). A relative
    named as one ("his son Eric Trump") carries "kin"."""
    speaker = " ".join(speaker.split())
    m = None if _inner else _POSSESSIVE.match(speaker)
    if m is not None and _around(m["who"]) and not _organisation(m["whose"]):
        return speaker_identity(m["who"], True) | _of(m["whose"])
    m = None if _inner else _AROUND_OF.match(speaker)
    if m is not None and _around(m["who"]) and not _organisation(m["whose"]):
        return speaker_identity(m["who"], True) | _of(m["whose"])
    words = speaker.split()
    for i, word in enumerate(words[1:], 1):
        if word[:1].islower() and set(terms(word)) & _AROUND:
            # a name before the noun is whose they are: "a senior Trump aide"
            owner = " ".join(w for w in words[:i] if w[:1].isupper()
                             and w.lower() not in STOPWORDS)
            if owner and not _organisation(re.sub(r"['’]s$", "", " ".join(words[:i]))):
                return speaker_key(" ".join(words[i:])) | _of(owner)
            break
    key = speaker_key(speaker)
    return key | {"kin"} if key & _KIN else key


def name_words(name: str) -> str:
    """A person's name as one form: the first name and the surname, without titles,
    initials, middle names or descriptions ("Republican candidate Donald J. Trump" → "Donald
    Trump"; "His son Eric Trump" → "Eric Trump"; "Hillary Rodham Clinton" → "Hillary
    Clinton"); the surname alone when no first name stands before it. A suffix stays: Donald
    Trump Jr. is another man ("Donald Trump Jr.")."""
    text = " ".join(name.split())
    suffix = _SUFFIX.search(text)
    words = (text[:suffix.start()] if suffix else text).split()
    if not words:
        return ""
    last = re.sub(r"['’]s$", "", words[-1])
    run: list[str] = []
    for w in reversed(words[:-1]):
        if re.fullmatch(r"[A-Z]\.", w):
            continue  # an initial
        if not w[:1].isupper() or set(terms(w)) <= TITLE_TERMS | STOPWORDS:
            break
        run.insert(0, w)
    first = next((w for w in run if is_first_name(w)), run[-1] if run else None)
    tail = f" {suffix.group(0).strip(' ,')}" if suffix else ""
    return (f"{first} {last}" if first else last) + tail


@lru_cache(maxsize=8192)
def surname_term(name: str) -> str | None:
    """The last word of a person's name, as :func:`terms` has it: "trump" of "Donald
    Trump", "kennedy" of "Robert F. Kennedy Jr."; None for anything else (a title alone,
    "Trump's lawyers")."""
    if speaker_identity(name) - {"kin"} != speaker_key(name):
        return None
    words = [t for t in terms(_SUFFIX.sub("", name_words(name))) if t not in TITLE_TERMS]
    return words[-1] if words else None


# first names given to either sex: "Mr. Graham" may be Lindsey Graham
_UNISEX = frozenset(terms("lindsey lindsay shannon jordan taylor morgan casey jamie kelly "
                          "leslie robin sydney dana jean kim alexis ashley"))
# titles of another person than a namesake: King Salman is not Mohammed bin Salman
_ROYAL = frozenset(terms("king queen prince princess emir sheikh crown"))


def speaker_matches(asked: str, speaker: str) -> bool:
    """Is ``speaker`` the one ``asked`` names: every word of the asked name but a title before
    it, in any of its spellings ("Zelensky", "Zelenskyy"), among the speaker's? ("Trump's
    lawyers" are not Trump: see :func:`speaker_identity`.) A speaker named by the surname
    alone is the person asked in full ("Biden said" for "What did Joe Biden say?"), but
    another first name is another person ("Bill Clinton" is no "Hillary Clinton")."""
    want, have = speaker_identity(asked), speaker_identity(speaker)
    want = (want - TITLE_TERMS) or want
    if not want or (len(want) == 1 and "kin" in have and "kin" not in want):
        return False  # a surname alone is not "his son Eric Trump"
    if all(any(same_name(w, h) for h in have) for w in want):
        return True
    sexes = {of_phrase(asked), of_phrase(speaker)}
    if have & _ROYAL or _SUFFIX.search(asked.strip()) or (
            not _UNISEX & set(terms(asked)) and sexes >= {"m", "f"}):
        return False  # "King Salman"; "Mrs. Clinton" is no Bill Clinton; "Trump" no Jr.
    have = have - TITLE_TERMS - {"kin"}
    last = surname_term(asked)
    return bool(have) and last is not None and any(same_name(last, h) for h in have) \
        and surname_term(speaker) is not None and all(any(same_name(h, w) for w in want)
                                                  for h in have)
