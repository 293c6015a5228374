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
  The source sentence need not align with the claim: "Putin called Ron DeSantis ..." rests on
  "DeSantis called Putin ...", whose "Ron" is in another sentence.
- **Another actor.** A news passage names several people, so the claim's speaker or subject
  may occur in it while the sentence the claim rests on gives the words or the deed to
  someone else ("“...,” Peskov said" for "“...,” Zelensky said"; "Zelensky made an address"
  for "Putin made an address"). The sentence that holds most of the claim's other words is
  the one it rests on, and the name at the same verb there must be the claim's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from assistant.answer.contradiction.align import resting
from assistant.nlp.attribution import find_attributions, speaker_key
from assistant.nlp.clauses import name_words, quote, tokenize
from assistant.nlp.lexicon import BE_FORMS, JOINERS, SPEECH_VERBS, SYMMETRIC
from assistant.nlp.tokens import STOPWORDS, stem, terms
from assistant.types import Attribution

_PRONOUNS = frozenset("he she it they we i you".split())
MAX_BETWEEN = 12


@lru_cache(maxsize=4096)
def claimed_speaker(claim: str) -> tuple[str, str] | None:
    """(speaker, cue) of the words a claim attributes, if it names the speaker (cached: the
    role, speaker and stitching checks each ask it of one sentence)."""
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


# --- another actor in the clause the claim rests on -------------------------------------------

MIN_REST = 0.7  # share of the claim's other content terms its source sentence must hold
_BETWEEN_ACTOR_AND_VERB = frozenset("also later then again".split())


def _actor_and_verb(claim: str) -> tuple[str, str] | None:
    """The named actor of ``claim`` and the verb it governs: the speaker and speech verb of
    the words it attributes ("..., Zelensky said"), else a name that opens the sentence and
    the word after it ("Putin made an address"). A speaker written in lower case ("officials
    said") names no one in particular: None."""
    if (got := claimed_speaker(claim)) is not None:
        who, cue = got
        return (who, cue.split()[0]) if who[:1].isupper() else None
    words, caps, joins, _ = _words(claim)
    runs = _actors(words, caps, joins)
    if not runs or runs[0][0] != 0 or runs[0][1] >= len(words):
        return None
    verb = words[runs[0][1]]
    if caps[runs[0][1]] or verb in STOPWORDS:
        return None
    return " ".join(words[:runs[0][1]]), verb


@lru_cache(maxsize=4096)
def _sentence_terms(sentence: str) -> frozenset[str]:
    return frozenset(terms(sentence))


# what a speaker does in a source sentence, whatever verb the claim gave them ("according to")
_SPEAKING = frozenset(stem(w) for w in SPEECH_VERBS)


def _actor_at(sentence: str, verb: str, speech: bool = False) -> tuple[str, ...] | None:
    """The name run that stands as the agent of ``verb`` in ``sentence``: just before it
    ("Peskov said", "Zelensky also made") or just after it ("said Peskov"). With ``speech``,
    any speech verb of the sentence will do when it lacks ``verb`` itself."""
    words, caps, joins, _ = _words(sentence)
    stems = [stem(w) for w in words]
    want = {stem(verb)}
    if speech and not want & set(stems):
        want = set(_SPEAKING)
    runs = _actors(words, caps, joins)
    for j, w in enumerate(stems):
        if w not in want:
            continue
        before = j - 1 if j and words[j - 1] in _BETWEEN_ACTOR_AND_VERB else j
        for a, b in runs:
            if b == before or a == j + 1:
                return words[a:b]
    return None


def _kin(a: frozenset[str], b: set[str] | frozenset[str]) -> bool:
    """Do two sets of terms share a word, or a word and its derivative ("ukrain" and
    "ukrainian": a country stands for its president's title)?"""
    return any(x == y or (min(len(x), len(y)) >= 4 and (x.startswith(y) or y.startswith(x)))
               for x in a for y in b)


def _same_one(who: frozenset[str], other: tuple[str, ...], cited: str) -> bool:
    """Does the cited text name ``who`` in the same run as ``other``, as a title or an
    organisation beside a name ("Kremlin spokesman Dmitry Peskov" for "the Kremlin",
    "Ukrainian President Volodymyr Zelensky" for "Ukraine")?"""
    low = cited.lower()
    for m in re.finditer(r"\b" + re.escape(other[-1]) + r"\b", low):
        if _kin(who, set(terms(" ".join(low[:m.start()].split()[-4:])))):
            return True
    return False


def _as_written(sentence: str, name: tuple[str, ...]) -> str:
    """``name`` (lower-cased words) as ``sentence`` writes it."""
    m = re.search(r"(?i)\b" + r"\W+".join(re.escape(w) for w in name) + r"\b", sentence)
    return m.group(0) if m else " ".join(w.capitalize() for w in name)


def substituted_actor(claim: str, cited: list[str]) -> tuple[int, str] | None:
    """(index of the cited text, reason) when the source sentence that says what ``claim``
    says has another named actor doing it: "“...,” Zelensky said" against "“...,” Peskov
    said", "Putin made an emotional address" against "Zelensky made an emotional address".

    The claim's actor may be named elsewhere in the passage, so the check is per sentence:
    the sentences holding most (``MIN_REST``) of the claim's other content terms are the ones
    it rests on, and each of them must name another actor at the same verb, and not name the
    claim's actor at all (a name in another role is :func:`swapped_actors`'s). An actor the
    cited text never names is a missing fact; a pronoun ("He warned") is no other actor."""
    got = _actor_and_verb(claim)
    if got is None:
        return None
    who, verb = got
    key = speaker_key(who)
    if not key or not any(key & _sentence_terms(c) for c in cited):
        return None
    rest = set(terms(claim)) - key - {stem(verb)}
    if len(rest) < 3:
        return None
    best = resting(rest, cited, MIN_REST, _sentence_terms)
    if not best:
        return None
    found = None
    speech = claimed_speaker(claim) is not None
    for i, sentence in best:
        other = _actor_at(sentence, verb, speech)
        if other is None or _kin(key, _sentence_terms(sentence)) or _kin(key, set(other)) \
                or set(terms(" ".join(other))) & set(terms(claim)) \
                or _same_one(key, other, cited[i]):
            return None
        found = found or (i, other, sentence)
    assert found is not None
    i, other, sentence = found
    name = _as_written(sentence, other)
    if speech:
        return i, (f"the source attributes it to {name}" if verb == "according" else
                   f"the source says {name} {verb} it")
    return i, f"the source says “{quote(sentence[max(0, sentence.find(name)):])}”"
