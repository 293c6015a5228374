"""Checking an answer sentence against the text it cites: supported, unsupported or
contradicted.

There is no offline NLI model, so the verdict comes from three lexical steps:

1. **Overlap.** The share of the sentence's content terms found in the cited text must reach
   ``min_support`` (the setting ``answer.min_support``). This catches a sentence about
   something else entirely: *unsupported*.
2. **Contradiction** (:mod:`assistant.answer.contradiction`). Each clause of the sentence is
   aligned with the source clause it rests on; if the source says otherwise (a negation, the
   other end of a direction, swapped roles or speaker, another quantifier, another value),
   the sentence is *contradicted*, with what the source says as the reason.
3. **Checkable facts.** Every number (in digits, or a word from "three" up), date word and
   proper name in the sentence must occur in the cited text (case-insensitively, with number
   formatting normalised), and words it puts in quotation marks must occur there in order.
   A name that opens the sentence is checked too when it stands before a speech verb and the
   cited text never writes it in lower case ("Lavrov said", not "However," or "Officials").
   This catches a wrong figure, a wrong date, a wrong person, an invented quotation: the
   evidence is *missing*, so the sentence is *unsupported*. So is a sentence that states as
   fact what its cited span attributes to a speaker, and one citing several texts whose
   claim none of them makes whole (a speaker from one, a figure from another: see
   :func:`stitched`).

What it cannot catch: a paraphrase that shares few words, a contradiction spread over two
sentences, or one that needs world knowledge ("the Kremlin" is Russia's government).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from assistant.answer.attribution import keeps_attribution
from assistant.answer.contract import strip_markers
from assistant.answer.contradiction import find_conflict
from assistant.answer.contradiction.align import sentences_of
from assistant.answer.contradiction.roles import claimed_speaker
from assistant.nlp.attribution import is_role_word
from assistant.nlp.lexicon import MONTHS, NUMBER_WORD_VALUES, SPEECH_VERBS, WEEKDAYS
from assistant.nlp.tokens import STOPWORDS, fold, has_term, terms
from assistant.types import AnswerSentence, Attribution, JudgeVerdict, VerdictKind

_ALNUM = re.compile(r"[^\W_]")
_NUMBER = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\w])")
_CAP = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[’'-])+"
_NAME = re.compile(rf"\b{_CAP}(?:\s+{_CAP})*")
_MONTHS = [w.capitalize() for w in (*MONTHS, *WEEKDAYS)]
# numbers written as words are numbers too ("more than three hours" against "more than one
# hour"); "a", "one" and "two" are left out, as paraphrase uses them freely ("one of", "the
# two leaders"). Each must occur in the cited text as a word or as its value in digits
_WORD_VALUES = {w: v for w, v in NUMBER_WORD_VALUES.items()
                if 2 < v < 100 and " " not in w and w != "dozen"}
_UNITS_WORDS = "|".join(w for w, v in _WORD_VALUES.items() if v < 10)
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 10**9,
           "trillion": 10**12}
# "three", "twenty-five", "five thousand", "three million" (a scale word alone, "a hundred",
# is no count to check)
_NUMBER_WORD = re.compile(
    r"(?i)\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:" + _UNITS_WORDS
    + r"|one|two)|" + "|".join(sorted(_WORD_VALUES, key=len, reverse=True)) + r")\b"
    r"(?:\s+(?:hundred|thousand|million|billion|trillion)\b)?")
# words inside quotation marks: the cited text must hold them, in order ('called it "hostile
# and meaningless"' against "businesslike and meaningful")
_QUOTATION = re.compile(r"[“\"]([^“”\"]{3,300})[”\"]")
_CURLY_QUOTATION = re.compile(r"“([^“”\"]{3,300})”")
# the other ways of quoting: «…», „…“ and ‘…’ (a single quote opens after a space or the
# start, and closes before what is no letter: "the ‘war hero’ line", not "Russia’s")
_OTHER_QUOTATION = re.compile(r"«\s*([^«»]{3,300}?)\s*»|„([^„“”]{3,300})[“”]|"
                              r"(?:^|(?<=[\s(\[]))‘([^‘’]{3,300}?)’(?![^\W\d_])")
_WORDS = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"[’']s$")
_CAP_STOP = {w.capitalize() for w in STOPWORDS} | {"I", "A", "The", "But", "And", "In", "On"}

DEFAULT_MIN_SUPPORT = 0.5


class Verdict(BaseModel):
    """The offline verifier's verdict on one sentence."""

    model_config = ConfigDict(frozen=True)

    verdict: VerdictKind
    reason: str | None = Field(None, description="Why it is not supported, for the user.")
    cited: int | None = Field(None, description="The cited text that contradicts it (0-based).")
    overlap: float = 0.0
    missing: list[str] = Field(default_factory=list)

    @property
    def supported(self) -> bool:
        return self.verdict == "supported"


def _norm_number(s: str) -> str:
    return s.replace(",", "").rstrip(".")


def checkable_facts(sentence: str) -> list[str]:
    """Numbers, dates and proper names that must appear in the cited text."""
    text = strip_markers(sentence)
    facts = [m.group(0).rstrip(",") for m in _NUMBER.finditer(text)]  # "22," of "Nov. 22, 2017"
    facts += [m.group(0) for m in _NUMBER_WORD.finditer(text)]
    for m in _NAME.finditer(text):
        end = m.end()
        while end < len(text) and text[end].isalnum():  # a model name: "BZ4X", not "BZ"
            end += 1
        # a possessive is its name ("Putin’s troops": Putin must be there)
        words = [_POSSESSIVE.sub("", w).rstrip("’'-") for w in text[m.start():end].split()]
        words = [w for w in words if w and w not in _CAP_STOP]
        if not words:
            continue
        at_start = m.start() == len(text) - len(text.lstrip("\"'“‘ "))
        if at_start and len(words) == 1 and words[0] not in _MONTHS:
            continue  # a capitalised first word is not evidence of a name
        facts.extend(words)
    return facts


class _Source(NamedTuple):
    """A cited text, indexed once for fact and term look-ups."""

    lower: str  # lower-cased, "’" as "'"
    numbers: frozenset[str]


@lru_cache(maxsize=512)
def _indexed(source: str) -> _Source:
    return _Source(source.lower().replace("’", "'"),
                   frozenset(_norm_number(m.group(0)) for m in _NUMBER.finditer(source)))


def _occurs(fact: str, source: _Source) -> bool:
    """Is ``fact`` in the source, not as part of a longer run of letters and digits?"""
    if fact[0].isdigit():
        return _norm_number(fact) in source.numbers
    if (value := _word_value(fact)) is not None:
        base, scaled = value
        if str(base) in source.numbers or str(scaled) in source.numbers:
            return True  # "three" for "3", "five thousand" for "5,000" or "5 thousand"
    low, text = fact.lower().replace("’", "'"), source.lower
    i = text.find(low)
    while i != -1:
        j = i + len(low)
        if not (i and _ALNUM.match(text, i - 1)) and not _ALNUM.match(text, j):
            return True
        i = text.find(low, i + 1)
    return False


def _word_value(phrase: str) -> tuple[int, int] | None:
    """A number phrase's value, and its value times its scale word: "twenty-five" → (25, 25),
    "five thousand" → (5, 5000); None for what is no number phrase."""
    words = phrase.lower().replace("-", " ").split()
    scale = _SCALES.get(words[-1], 1) if len(words) > 1 else 1
    if scale > 1:
        words = words[:-1]
    values = [NUMBER_WORD_VALUES.get(w) for w in words]
    if not values or any(v is None for v in values):
        return None
    base = sum(v for v in values if v is not None)
    return base, base * scale


# verbs after which a capitalised first word is someone speaking ("Lavrov said ...")
_SPEECH_VERBS = SPEECH_VERBS | frozenset("""warns announces claims insists denied confirmed
admitted urged vowed called calls described describes accused criticized praised""".split())
# a first word that ends like a plural, a gerund or an adverb is no one's name ("Officials",
# "Explosions", "Speaking", "Separately")
_COMMON_ENDING = re.compile(r"(?:[^s]s|ing|ly)$")
_OPENER = re.compile(rf"[\"'“‘ ]*({_CAP})(?=\s+([a-z]+)\b)")


def opening_name(sentence: str, cited: list[str]) -> str | None:
    """The capitalised first word of ``sentence`` when it is a name, which
    :func:`checkable_facts` cannot tell from "The" or "However" by itself: a word the cited
    texts never write in lower case that stands before a speech verb ("Lavrov said"; before
    another verb a common noun is as likely: "Inflation eased", "Turnout reached"), and does
    not look like a common noun (a role such as "Police", a plural, a gerund, an adverb)."""
    m = _OPENER.match(strip_markers(sentence))
    if m is None:
        return None
    word, after = m.group(1), m.group(2)
    low = word.lower()
    if (low in STOPWORDS or word in _CAP_STOP or word in _MONTHS or is_role_word(low)
            or _COMMON_ENDING.search(low)):
        return None
    if after not in _SPEECH_VERBS:  # "Inflation eased", "Gunmen killed": no one's name
        return None
    lower_case = re.compile(rf"(?<![^\W_]){re.escape(low)}(?![^\W_])")
    return None if any(lower_case.search(c) for c in cited) else word


def facts_against(sentence: str, cited: list[str]) -> list[str]:
    """The checkable facts of ``sentence``, with a name opening it that ``cited`` shows to be
    one (see :func:`opening_name`)."""
    facts = checkable_facts(sentence)
    if (first := opening_name(sentence, cited)) is not None and first not in facts:
        facts.insert(0, first)
    return facts


def missing_facts(sentence: str, cited: list[str]) -> list[str]:
    """The checkable facts of ``sentence`` that occur nowhere in ``cited``."""
    source = _indexed(" ".join(cited))
    return [f for f in facts_against(sentence, cited) if not _occurs(f, source)]


# where a sentence's separate claims meet: a citation marker inside it, a semicolon, a comma
# before a conjunction, "and that" ("X said A [1] and that B [2]")
# (bounded spaces: a run of them cost time quadratic in its length)
_PARTS = re.compile(r"\s{0,3}\[\d+(?:\s*,\s*\d+)*\]\s{0,3}|;\s+|"
                    r",\s+(?:and|but|while|whereas)\s+|(?<!\s)\s+and\s+that\s+")


def _parts(sentence: str) -> list[str]:
    """The separate claims of ``sentence`` (see :data:`_PARTS`), markers removed."""
    return [p for p in (strip_markers(p).strip(" ,") for p in _PARTS.split(sentence)) if p]


def stitched(sentence: str, cited: list[str]) -> str | None:
    """Why ``sentence``, citing several texts, holds a claim that none of them makes whole,
    or None.

    Checked against the cited texts pooled, a claim can take its speaker from one, its figure
    from another and its target from a third ("Peskov said Russia launched 320 missiles at
    NATO [1][4][6]"). So each separate claim of the sentence (a sentence may join two, each
    resting on its own text: "X said A [1] and that B [2]") is checked against each text on
    its own: a claim that names its speaker must find the speaker (by any word of the name)
    and all its other facts and quoted words in one cited text (it is the speaker's word for
    all of it);
    another must find at least half of them in one. A fact found in no cited text is
    :func:`missing_facts`'s to report."""
    if len(cited) < 2:
        return None
    sources = [_indexed(c) for c in cited]
    for part in _parts(sentence):
        facts = list(dict.fromkeys(facts_against(part, cited)))
        if not all(any(_occurs(f, s) for s in sources) for f in facts):
            continue
        speaker = claimed_speaker(part)
        if speaker is not None and speaker[0][:1].isupper():
            said = [m.group(1).strip() for m in _QUOTATION.finditer(part)]
            if len(facts) + len(said) < 2 or invented_quotation(part, cited):
                continue
            who = {f for f in facts if f in speaker[0].split()}  # "Dmitry Peskov": either
            if any((not who or any(_occurs(f, s) for f in who))
                   and all(_occurs(f, s) for f in facts if f not in who)
                   and not invented_quotation(part, [c]) for c, s in zip(cited, sources,
                                                                          strict=True)):
                continue
            facts += [f"“{q}”" for q in said]
        elif len(facts) < 2 or 2 * max(sum(_occurs(f, s) for f in facts)
                                       for s in sources) >= len(facts):
            continue
        return f"no one cited text holds {', '.join(facts)} together"
    return None


_CONTRACTION = [(re.compile(r"\bwon't\b"), "will not"), (re.compile(r"\bcan't\b"), "can not"),
                (re.compile(r"\bcannot\b"), "can not"), (re.compile(r"n't\b"), " not"),
                (re.compile(r"'(?:s|re|ve|ll|d|m)\b"), "")]
# what a contraction stands for, besides "not": left out on both sides ("it's over" and "it
# is over", "we'll see" and "we will see" are one wording)
_AUXILIARIES = {"is", "are", "am", "has", "have", "had", "will", "would"}
# a cut in a quotation: "we will ... rebuild", "we will […] rebuild"
_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…|\[(?:\.{3}|…)\])\s*")


def _spoken(text: str) -> str:
    """``text`` as a run of lower-case words between spaces, contractions and the auxiliaries
    they stand for aside, punctuation and case too."""
    low = text.lower().replace("’", "'")
    for pattern, spelled in _CONTRACTION:
        low = pattern.sub(spelled, low)
    return " " + " ".join(w for w in _WORDS.findall(low) if w not in _AUXILIARIES) + " "


def invented_quotation(sentence: str, cited: list[str]) -> str | None:
    """The first words ``sentence`` puts in quotation marks that no cited text holds in that
    order (punctuation, case and contractions aside; each part of a quotation cut by an
    ellipsis on its own), or None. “…”, "…", «…», „…“ and ‘…’ all quote. Straight quotes
    are paired only when the sentence holds an even number of them: a sentence split out of
    a longer quotation starts inside it."""
    source = _spoken(" ".join(cited))
    text = strip_markers(sentence)
    pattern = _QUOTATION if text.count('"') % 2 == 0 else _CURLY_QUOTATION
    quotations = [m.group(1) for m in pattern.finditer(text)]
    quotations += [next(g for g in m.groups() if g) for m in _OTHER_QUOTATION.finditer(text)]
    for words in quotations:
        for part in _ELLIPSIS.split(words):
            said = _spoken(part)
            if len(said.split()) >= 2 and said not in source:
                return words.strip()
    return None


def quoted(text: str, cited: list[str]) -> bool:
    """Is ``text`` a whole sentence of a cited text, word for word? (An extractive answer's
    sentences are: a source cannot contradict what it says itself.)"""
    return any(text in c and any(text == s for s, _ in sentences_of(c)) for c in cited)


def _with_speakers(cited: list[str], said: Sequence[Attribution | None]) -> list[str]:
    """Each cited text with the speaker the article gives its span, if any, as evidence."""
    return [f"{c} {a.speaker} said" if i < len(said) and (a := said[i]) is not None else c
            for i, c in enumerate(cited)]


def _by_article(cited: list[str], articles: Sequence[str]) -> list[str]:
    """``cited`` with the texts of one article joined: two passages of one report are one
    account ("Peskov said ..." in one, "He added that ..." in the next)."""
    if len(articles) != len(cited):
        return cited
    joined: dict[str, list[str]] = {}
    for text, article in zip(cited, articles, strict=True):
        joined.setdefault(article, []).append(text)
    return [" ".join(texts) for texts in joined.values()]


def verify_sentence(sentence: str, cited: list[str], min_support: float = DEFAULT_MIN_SUPPORT,
                    said: Sequence[Attribution | None] = (),
                    articles: Sequence[str] = ()) -> Verdict:
    """Is ``sentence`` supported by the ``cited`` texts, missing from them, or contradicted?

    ``said`` holds, for each cited text, the attribution of the span quoted from it (None
    for the article's own voice): it lets the verifier check who said what. ``articles``
    (each cited text's article id, if known) lets texts of one article count as one where
    a claim must rest on one source (:func:`stitched`).
    """
    if not cited:
        return Verdict(verdict="unsupported", reason="it cites nothing",
                       missing=["(no citation)"])
    text = strip_markers(sentence)
    # who the article says spoke is evidence too: an extractive answer introduces a bare
    # quote by its speaker ("Dr. Peter Marks said: “We have ...”", see attributed_form)
    known = [*cited, *(f"{a.speaker} said" for a in said if a is not None)]
    missing = missing_facts(text, known)
    s_terms = set(terms(text))
    lowered = fold(_indexed(" ".join(known)).lower)
    shared = sum(has_term(lowered, t) for t in s_terms)
    overlap = round(shared / len(s_terms), 3) if s_terms else 1.0
    if overlap < min_support:  # about something else: whatever one clause of it says
        return Verdict(verdict="unsupported", overlap=overlap, missing=missing,
                       reason=f"the cited text shares too few of its words ({overlap:.0%})")
    if not quoted(text, cited) and (conflict := find_conflict(text, cited, said)):
        return Verdict(verdict="contradicted", reason=conflict.reason, cited=conflict.cited,
                       overlap=overlap, missing=missing)
    if missing:
        return Verdict(verdict="unsupported", overlap=overlap, missing=missing,
                       reason="the cited text does not mention " + ", ".join(missing))
    if why := stitched(sentence, _by_article(_with_speakers(cited, said), articles)):
        return Verdict(verdict="unsupported", overlap=overlap, reason=why)
    if not quoted(text, cited) and (words := invented_quotation(text, cited)):
        return Verdict(verdict="unsupported", overlap=overlap,
                       reason=f"the cited text does not say “{words}”")
    if why := keeps_attribution(text, [a for a in said if a is not None]):
        return Verdict(verdict="unsupported", overlap=overlap, reason=why)
    return Verdict(verdict="supported", overlap=overlap)


def with_verdict(sentence: AnswerSentence, verdict: Verdict, numbers: Sequence[int],
                 judge: JudgeVerdict | None = None) -> AnswerSentence:
    """``sentence`` carrying ``verdict`` (checked against the citations ``numbers``, in the
    order they were passed to :func:`verify_sentence`) and the judge's verdict, if any."""
    against = numbers[verdict.cited] if verdict.cited is not None else None
    return sentence.model_copy(update={
        "verdict": verdict.verdict, "reason": verdict.reason, "contradicted_by": against,
        "judge": judge,
        "supported": verdict.supported and (judge is None or judge.verdict == "supported")})
