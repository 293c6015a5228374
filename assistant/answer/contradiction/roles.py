"""Roles: who did what to whom, and who said it.

- **Speaker.** A claim that attributes words to a speaker ("Putin described the call as
  great") must cite a span the article attributes to that speaker. When the cited span is
  attributed to someone else, and the claim's speaker is named in the source sentence it
  rests on (so the source knows them, in another role), the claim is contradicted: "the
  source says Trump described it". A speaker the source does not name at all is a missing
  fact, for :mod:`assistant.answer.verify` to report.
- **Actors.** English marks roles by order: "Putin described the call with Trump" and "Trump
  described the call with Putin" differ. Two named actors that stand on either side of the
  same word in both sentences, in swapped order, within one clause (at most twelve words
  and no comma, dash or quote apart), are flagged, unless that word relates them
  symmetrically ("met", "and", "with" alone) or one sentence is passive ("... by Putin").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from assistant.nlp.attribution import find_attributions, speaker_key
from assistant.nlp.clauses import name_words, tokenize
from assistant.nlp.lexicon import BE_FORMS, JOINERS, SYMMETRIC
from assistant.nlp.tokens import STOPWORDS, stem, terms
from assistant.types import Attribution

_PRONOUNS = frozenset("he she it they we i you".split())
MAX_BETWEEN = 12


def claimed_speaker(claim: str) -> tuple[str, str] | None:
    """(speaker, cue) of the words a claim attributes, if it names the speaker."""
    for a in find_attributions("claim", claim):
        if a.speaker.lower() not in _PRONOUNS:
            return a.speaker, a.cue
    return None


def _says_too(source_sentence: str, speaker: str, cue: str) -> bool:
    """Does the source sentence itself have ``speaker`` next to ``cue``? Then the claim
    repeats an attribution nested in the cited one ("'Putin stressed ...,' the report
    said")."""
    words, _ = tokenize(source_sentence)
    who = {stem(w) for w in tokenize(speaker)[0]} - {stem(w) for w in STOPWORDS}
    verb = {stem(w) for w in cue.split()} - {"to"}
    stems = [stem(w) for w in words]
    for i, w in enumerate(stems):  # "Putin stressed", "Putin also said"; "said Putin"
        if w in who and (verb & set(stems[i + 1:i + 4]) or verb & set(stems[max(0, i - 2):i])):
            return True
    return False


def speaker_conflict(claim: str, said: Sequence[Attribution | None],
                     source_sentence: str) -> tuple[int, str] | None:
    """(index of the cited span, reason) when the claim gives the words to someone else."""
    known = [(i, a) for i, a in enumerate(said) if a is not None]
    got = claimed_speaker(claim) if known else None
    if got is None:
        return None
    who, cue = got
    key = speaker_key(who)
    if any(key & speaker_key(a.speaker) for _, a in known):
        return None
    if not key <= set(terms(source_sentence)) or _says_too(source_sentence, who, cue):
        return None
    i, a = known[0]
    if a.cue == "according to":
        return i, f"the source attributes it to {a.speaker}"
    return i, f"the source says {a.speaker} {a.cue.split()[0]} it"


_CLAUSE_MARKS = frozenset(",;:—–\"“”()")
# a word or number, then whatever stands before the next one
_TOKEN = re.compile(r"(\$?\d[\d,]*(?:\.\d+)?%?|[^\W\d_]+(?:['’][^\W\d_]+)*)([^\w$]*)")


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[str, ...], tuple[bool, ...], tuple[bool, ...],
                               tuple[bool, ...]]:
    """Lower-cased words; whether each is capitalised; whether a name may run on from it into
    the next word (only a space between, and no possessive: "Agency’s Hera" is two); and
    whether punctuation that can end a clause follows it."""
    found = _TOKEN.findall(text)
    words = tuple(w.lower().removesuffix("'s").removesuffix("’s") for w, _ in found)
    caps = tuple(w[0].isupper() for w, _ in found)
    joins = tuple(not gap.strip() and not w.endswith(("'s", "’s")) for w, gap in found)
    breaks = tuple(not _CLAUSE_MARKS.isdisjoint(gap) for _, gap in found)
    return words, caps, joins, breaks


def _actors(words: tuple[str, ...], capital: tuple[bool, ...],
            joins: tuple[bool, ...]) -> list[tuple[int, int]]:
    """(start, end) of each run of name words."""
    names = name_words(words, capital)
    runs, i = [], 0
    while i < len(words):
        if capital[i] and words[i] in names:
            j = i
            while j + 1 < len(words) and joins[j] and capital[j + 1] and words[j + 1] in names:
                j += 1
            runs.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    return runs


def _match(run: tuple[int, int], words: tuple[str, ...],
           others: list[tuple[int, int]], other_words: tuple[str, ...]) -> tuple[int, int] | None:
    """The run of the other sentence that shares most words with ``run``, if only one does."""
    mine = set(words[run[0]:run[1]])
    best, best_n, tied = None, 0, False
    for r in others:
        n = len(mine.intersection(other_words[r[0]:r[1]]))
        if n > best_n:
            best, best_n, tied = r, n, False
        elif n == best_n and n:
            tied = True
    return None if tied else best


_SPEECH = frozenset("said says say told tells".split())


def _link(words: tuple[str, ...]) -> set[str]:
    """The words that can relate two actors: content words and speech verbs, as written."""
    return {w for w in words if (w not in STOPWORDS or w in _SPEECH) and w not in JOINERS
            and len(w) > 1}


def _passive(words: tuple[str, ...], later: int) -> bool:
    """The later actor is the agent of a passive: "... was described by Trump"."""
    before = words[max(0, later - 2):later]
    return "by" in before and bool(BE_FORMS & set(words[:later]))


def swapped_actors(claim: str, source: str) -> str | None:
    """Why two named actors of ``claim`` have swapped roles against ``source``, or None."""
    if sum(w[:1].isupper() for w in claim.split()) < 2:
        return None  # fewer than two capitalised words: no two actors to swap
    cw, cc, cj, cb = _words(claim)
    sw, sc, sj, sbk = _words(source)
    c_runs, s_runs = _actors(cw, cc, cj), _actors(sw, sc, sj)
    if len(c_runs) < 2 or len(s_runs) < 2:
        return None
    found = [(a, m) for a in c_runs if (m := _match(a, cw, s_runs, sw)) is not None]
    for x, (a, sa) in enumerate(found):
        for b, sb in found[x + 1:]:
            if sa == sb or not sb[1] <= sa[0]:
                continue  # both found in the source, in the opposite order
            between_c, between_s = cw[a[1]:b[0]], sw[sb[1]:sa[0]]
            if len(between_c) > MAX_BETWEEN or len(between_s) > MAX_BETWEEN:
                continue  # too far apart to be one predicate's arguments
            if any(cb[a[1] - 1:b[0]]) or any(sbk[sb[1] - 1:sa[0]]):
                continue  # a comma, dash or quote between them: separate clauses
            shared = _link(between_c) & _link(between_s)
            if not shared or shared <= SYMMETRIC:
                continue
            if _passive(cw, b[0]) != _passive(sw, sa[0]):
                continue
            return f"the source says “{_span(source, sw[sb[0]:sb[1]], sw[sa[0]:sa[1]])}”"
    return None


def _span(text: str, first: tuple[str, ...], last: tuple[str, ...]) -> str:
    """The source text from one actor to the other, as written."""
    start = re.search(r"(?i)\b" + re.escape(first[0]), text)
    end = re.search(r"(?i)" + re.escape(last[-1]) + r"\b", text[start.end():] if start else "")
    if not start or not end:
        return text
    span = " ".join(text[start.start():start.end() + end.end()].split())
    return span if len(span) <= 120 else span[:57] + " … " + span[-57:]
