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
from functools import cache
from typing import NamedTuple

from assistant.nlp.sentences import sentence_spans
from assistant.nlp.tokens import terms
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
    "researchers?|scientists?|witnesses|residents|authorities|army|military|military's|"
    "spokespeople|administration|embassy|foreign ministry|board|union|group|organization|"
    "organisation|campaign|party|prosecutors?|investigators?|doctors?|officers?|"
    "coach|manager|founder|ceo|chairman|chairwoman|chair|adviser|advisor|envoy|ambassador|"
    "newspaper|magazine|channel|network|outlet|website|survey|poll|study|data|figures|"
    "leader|premier|chancellor|king|queen|prince|pope|u\\.?s\\.?|us"
)
_PRONOUN = r"he|she|it|they|we|i"
# A speaker: optional article/determiner, then capitalised words, role nouns, "of", "'s".
_SPEAKER_WORD = (rf"(?:[A-Z][\w.'’-]*|(?i:{_ROLE})|of|and|the|’s|'s|-|[A-Z]{{2,}})")
_SPEAKER = (rf"(?P<speaker>(?i:{_PRONOUN})\b|(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+)?"
            rf"{_SPEAKER_WORD}(?:\s+{_SPEAKER_WORD}){{0,7}}"
            r"|[Tt]he\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+)")  # "the regional emergency service"

_TRAILING_RE = (
    rf"^(?P<claim>.+?)(?:,[\"”’]?|[\"”’],?|;)\s+{_SPEAKER}\s+(?P<cue>(?:{_VERBS}))\b"
    r"(?P<tail>[^\"“”]{0,120})$"
)
_INVERTED_RE = (
    rf"^(?P<claim>.+?)(?:,[\"”]?|[\"”],?)\s+(?P<cue>said|says|added|wrote|told)\s+{_SPEAKER}"
    r"(?P<tail>[^\"“”]{0,80})$"
)
_LEADING_RE = (
    rf"^{_SPEAKER}\s+(?:(?:also|once again|again|further|later|then|previously|earlier|"
    rf"reportedly)\s+)?(?P<cue>(?:{_VERBS})|described|called|told \w+)\b"
    r"(?:\s+that\b|,)?\s*(?P<claim>.+)$"
)
_ACCORDING_LEAD_RE = rf"^(?P<cue>[Aa]ccording to)\s+{_SPEAKER},\s+(?P<claim>.+)$"
_ACCORDING_TAIL_RE = rf"^(?P<claim>.+?),\s+(?P<cue>according to)\s+{_SPEAKER}\.?$"
_EMBEDDED_RE = (
    rf"\b{_SPEAKER}\s+(?P<cue>called|described [\w\s]{{1,40}}? as|dubbed|termed)\s+"
    r"(?P<claim>[\"“][^\"”]{2,300}[\"”])"
)


class _Patterns(NamedTuple):
    according_lead: re.Pattern[str]
    according_tail: re.Pattern[str]
    trailing: re.Pattern[str]
    inverted: re.Pattern[str]
    embedded: re.Pattern[str]
    leading: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    """Compiled on first use: they take ~0.1 s, which only ingest needs to pay."""
    return _Patterns(*(re.compile(p) for p in (
        _ACCORDING_LEAD_RE, _ACCORDING_TAIL_RE, _TRAILING_RE, _INVERTED_RE, _EMBEDDED_RE,
        _LEADING_RE)))


# what marks a sentence as reported speech, for checking that an answer kept it
SPEECH_CUE = re.compile(
    rf"(?i)\b(?:{_VERBS}|according to|statement|readout|described|describes|called|calls)\b")
# the words at least one pattern above requires (case-blind, so a superset)
_ANY_CUE = re.compile(rf"(?i)\b(?:{_VERBS}|according to|described|called|dubbed|termed|told)\b")
_STRIP_END = ".!?\"”’' "
# words a speaker must not end with (they signal a clause, not a noun phrase)
_NOT_HEAD = re.compile(r"(?i)\b(?:of|and|the|a|an|'s|’s)$")
_PERSONAL = {"he", "she", "they", "we", "i"}
# speakers that name a document or a channel rather than who stands behind it
_GENERIC = {"report", "statement", "press service", "communique", "communiqué", "readout",
            "service", "document", "release", "press release", "press office"}


def _trim_claim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \"“‘'(":
        a += 1
    while b > a and text[b - 1] in _STRIP_END + ",;:":
        b -= 1
    return a, b


def _clean_speaker(s: str) -> str | None:
    s = s.strip(" ,.;:")
    # "The presidents expressed ... that the Kremlin press service" is not a speaker: keep
    # only the last run of speaker words (leading mode never reaches here with a clause)
    while m := _NOT_HEAD.search(s):
        s = s[: m.start()].strip()
    if not s or len(s) > 80:
        return None
    first = s.split()[0]
    if first[0].islower() and first.lower() not in ("the", "a", "an", "his", "her", "their",
                                                    *_PERSONAL, "it"):
        return None
    return s


def _is_pronoun(speaker: str) -> bool:
    return speaker.lower() in _PERSONAL | {"it"}


def _is_generic(speaker: str) -> bool:
    return re.sub(r"(?i)^(?:the|a|an|its|their)\s+", "", speaker).lower() in _GENERIC


def _match(sentence: str) -> tuple[str, str, int, int, bool] | None:
    """``(speaker, cue, claim_start, claim_end, quoted)`` within one sentence, or None."""
    s = sentence.rstrip()
    if not _ANY_CUE.search(s):  # every pattern needs one of these words: skip the rest
        return None
    pat = _patterns()
    for pattern in pat:
        m = pattern.search(s) if pattern is pat.embedded else pattern.match(s)
        if not m:
            continue
        speaker = _clean_speaker(m["speaker"])
        if speaker is None:
            continue
        if pattern is pat.trailing and m["claim"].count(" ") < 2:
            continue
        if pattern is pat.leading and speaker.lower() in ("the", "a", "an"):
            continue
        a, b = _trim_claim(s, m.start("claim"), m.end("claim"))
        if b - a < 3:
            continue
        quoted = s[m.start("claim"):m.start("claim") + 1] in "\"“" or \
            (pattern is pat.trailing and s.lstrip()[:1] in "\"“")
        return speaker, " ".join(m["cue"].split()).lower(), a, b, quoted
    return None


def find_attributions(article_id: str, text: str, lookback: int = 4) -> list[Attribution]:
    """Every attributed sentence of ``text``; sentences not returned are the article's own."""
    out: list[Attribution] = []
    recent: list[tuple[int, str]] = []  # (sentence number, named speaker)
    spans = sentence_spans(text)
    for no, (a, b) in enumerate(spans):
        got = _match(text[a:b])
        if got is None:
            continue
        speaker, cue, ca, cb, quoted = got
        if _is_pronoun(speaker) or _is_generic(speaker):
            # "it said", "the report said": whoever was last named as speaking
            named = [sp for n, sp in recent if no - n <= lookback]
            speaker = named[-1] if named else speaker
            if named:
                recent.append((no, speaker))  # a chain of "it said" stays with them
        else:
            recent.append((no, speaker))
        out.append(Attribution(article_id=article_id, sentence_start=a, sentence_end=b,
                               claim_start=a + ca, claim_end=a + cb, speaker=speaker, cue=cue,
                               quote=quoted))
        # '"We had a great call. We're talking about peace," he said.' opens its quote in
        # an earlier sentence: those sentences are the same speaker's words
        if text[a:b].lstrip()[:1] not in "\"“" and _closes_quote(text[a + ca:b]):
            for pa, pb in reversed(spans[max(0, no - 5):no]):
                qa, qb = _trim_claim(text[pa:pb], 0, pb - pa)
                out.append(Attribution(
                    article_id=article_id, sentence_start=pa, sentence_end=pb,
                    claim_start=pa + qa, claim_end=pa + qb, speaker=speaker, cue=cue,
                    quote=True))
                if text[pa:pb].lstrip()[:1] in "\"“":
                    break
    return sorted(out, key=lambda x: x.sentence_start)


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
    return claim_to_end.count('"') % 2 == 1 and not claim_to_end.startswith('"')


def speaker_key(speaker: str) -> frozenset[str]:
    """The words that identify a speaker, for matching "the White House" to "White House
    press service"."""
    drop = {"press", "servic", "offic", "spokesman", "spokeswoman", "spokesperson", "statement",
            "report", "leader"}
    return frozenset(t for t in terms(speaker) if t not in drop) or frozenset(terms(speaker))


_ASKED = re.compile(
    r"(?i)\b(?:what|how)\s+(?:did|does|do|has|have)\s+(?P<who>.+?)\s+"
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


def speaker_matches(asked: str, speaker: str) -> bool:
    want = speaker_key(asked)
    return bool(want) and want <= speaker_key(speaker)
