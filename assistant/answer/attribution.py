"""Keeping who-said-what in answers: which cited spans are attributed, and whether an
answer sentence kept the attribution of the passage it cites."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from assistant.nlp.attribution import (
    SPEECH_CUE,
    TITLE_TERMS,
    asked_speaker,
    name_words,
    shown_speaker,
    speaker_key,
    speaker_matches,
    surname_term,
)
from assistant.nlp.tokens import terms
from assistant.types import Attribution, Passage


def covering(attributions: Iterable[Attribution], article_id: str, start: int,
             end: int) -> Attribution | None:
    """The attribution whose sentence holds the span ``start:end`` of the article, if any."""
    for a in attributions:
        if a.article_id == article_id and a.sentence_start <= start < a.sentence_end \
                and end > a.sentence_start:
            return a
    return None


def said_by(asked: str, a: Attribution) -> bool:
    """Is ``a`` said by the speaker a question asks about, as written ("Trump said") or by
    the role the article names ("the US leader", whom it names Donald Trump)? A surname the
    article gives one person in full is that person: "Whitfield said", in a report on
    Garnell Whitfield, is not what Dana Whitfield said."""
    if a.speaker_name is not None and len(a.speaker.split()) == 1:
        return speaker_matches(asked, a.speaker_name)
    return speaker_matches(asked, a.speaker) or (
        a.speaker_name is not None and speaker_matches(asked, a.speaker_name))


def asked_in(asked: str, attributions: Iterable[Attribution]) -> str:
    """The person a question names by the surname alone, as the coverage quotes them: the
    one it quotes in full by that surname at least twice, and twice as often as anyone else
    ("What did Trump say?" asks for Donald Trump's words, not Eric Trump's). Names count as
    one form ("Former President Donald J. Trump" is Donald Trump). ``asked`` stays as it is
    when it is more than a surname, or no one is quoted so clearly more."""
    last = surname_term(asked)
    if last is None or len(speaker_key(asked) - TITLE_TERMS) != 1:
        return asked
    counts: Counter[str] = Counter()
    for a in attributions:
        who = a.speaker_name or a.speaker
        if surname_term(who) == last and len(full := name_words(who).split()) == 2:
            counts[" ".join(full)] += 1
    top = counts.most_common(2)
    if not top or top[0][1] < 2 or (len(top) == 2 and top[0][1] < 2 * top[1][1]):
        return asked
    return top[0][0]


def speaker_asked(question: str, attributions: Iterable[Attribution]) -> str | None:
    """The speaker ``question`` asks about ("What did Trump say?"), as the coverage quotes
    them (see :func:`asked_in`); None when it asks about no one."""
    asked = asked_speaker(question)
    return None if asked is None else asked_in(asked, attributions)


def in_passage(attributions: Iterable[Attribution], p: Passage) -> list[Attribution]:
    return [a for a in attributions if a.article_id == p.article_id
            and a.sentence_start < p.end and a.sentence_end > p.start]


def names_speaker(sentence: str, speaker: str) -> bool:
    return bool(speaker_key(speaker) & set(terms(sentence)))


def keeps_attribution(sentence: str, cited: list[Attribution]) -> str | None:
    """None if ``sentence`` keeps the attribution of what it cites, else why not. A pronoun
    the article never resolved ("he said") names no one to keep."""
    cited = [a for a in cited if shown_speaker(a.speaker) is not None]
    if not cited or SPEECH_CUE.search(sentence):
        return None
    if any(names_speaker(sentence, a.speaker) for a in cited):
        return None
    return f"states as fact what the article attributes to {cited[0].speaker}"


def attributed_form(sentence: str, attribution: Attribution | None) -> str:
    """An extractive answer sentence that keeps its attribution: a quoted sentence that does
    not itself say who speaks ('"We had a great call."') is introduced by its speaker."""
    if attribution is None or shown_speaker(attribution.speaker) is None or \
            SPEECH_CUE.search(sentence) or names_speaker(sentence, attribution.speaker):
        return sentence
    speaker = attribution.speaker[:1].upper() + attribution.speaker[1:]
    body = sentence.strip()
    if body[:1] not in "\"“":
        body = f"“{body.rstrip()}”"
    return f"{speaker} said: {body}"


def prefer_speaker(passages: list[Passage], attributions: list[Attribution],
                   asked: str) -> list[Passage]:
    """Passages holding a claim attributed to ``asked`` first, in their retrieval order."""
    def has(p: Passage) -> bool:
        return any(said_by(asked, a) for a in in_passage(attributions, p))
    return sorted(passages, key=lambda p: not has(p))
