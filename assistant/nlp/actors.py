"""Who a clause is about: its named actor, and whether that actor belongs to a topic.

News about one company or person also reports its peers: a story on Meta's layoffs says
"Last week, rideshare company Lyft said it was axing 13% of employees, and payment-processing
firm Stripe said it was cutting 14% of its staff". Those clauses share the topic's words
(layoffs, cuts, staff) and its vector, so lexical and semantic relevance let them through;
what sets them apart is who acts in them. This module finds that actor with a few shallow
rules, no parser:

- a sentence is cut into clauses (semicolons, dashes, ", and", ", but", ", while");
- a short opening phrase before a comma ("Last week,", "Also last week,") and a time
  adverbial before the verb ("Twitter last Friday began") are skipped;
- the subject is what stands before the clause's first verb-like word, and its actor is the
  run of capitalised names that ends it ("rideshare company Lyft" → Lyft, "Facebook-rival
  Twitter" → Twitter); a subject that ends in a common noun ("Seoul police", "the company")
  names no actor;
- after a reporting verb ("X said ..."), a value belongs to X when X is taken up by a
  pronoun ("Lyft said it was axing 13%"), else to the reported clause's own actor.

A word is a name when the texts at hand write it with a capital in mid-sentence more often
than without (``NameStats``): "Authorities said" opens with a capital, but "authorities" is
a common noun elsewhere. A topic's name terms are its terms that are names ("meta layoffs"
→ meta). An actor belongs to the topic when it shares a term with those names, or with a
name that stands in one clause beside them anywhere in the texts ("Meta CEO Mark
Zuckerberg", "Facebook parent company Meta"); any other actor is someone else
(:meth:`Topic.other`). A timeline drops a sentence only when its actor is someone else whom
the text introduces with a common noun, as news introduces a newcomer ("rideshare company
Lyft"), and the sentence does not name the topic at all (:meth:`Topic.elsewhere`): officials
who act on the story ("Scalise said the matter...") are named bare and stay. When the
shallow rules find no actor, nothing is judged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple

from assistant.nlp.lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from assistant.nlp.sentences import sentence_spans
from assistant.nlp.tokens import STOPWORDS, terms

NameCheck = Callable[[str], bool]

# words, and numbers as tokens of their own ("Top 10 was": the subject ends in a number)
_WORD = re.compile(r"[^\W\d_][\w’'.-]*[^\W_]|[^\W\d_]|\d[\d,.]*")
_CLAUSE = re.compile(r";|\s[—–]\s|\s--\s|,\s+(?=(?:and|but|while|whereas)\s)|\(|\)")
_OPENING = re.compile(r"^[^,]{1,40},\s+")
# an opening phrase before a comma starts with one of these ("Last week,", "In September,");
# "Lyft, meanwhile, said" opens with its subject
_OPENERS = {"in", "on", "at", "during", "after", "before", "last", "this", "earlier", "later",
            "late", "early", "by", "for", "with", "since", "until", "under", "from", "as",
            "over", "within", "without", "despite", "amid", "following", "according",
            "yesterday", "today", "overnight", "previously", "recently", "separately"}
_LEAD = {"also", "meanwhile", "but", "and", "however", "still", "then", "now", "so"}
_PRONOUN = {"it", "they", "he", "she", "its", "their", "his", "her", "we", "i"}
_TIME_WORDS = {"last", "this", "next", "on", "also", "earlier", "later", "recently", "now",
               "already", "previously", "reportedly", "early", "late", *WEEKDAYS, "week",
               "month", "year", "morning", "afternoon", "evening", "night", "today", "yesterday",
               "tonight", "just", "first", "finally", "quickly", "meanwhile", "too",
               "however", "instead", "though", "in", "turn", "then"}
_WEEKDAYS = set(WEEKDAYS)
_REPORTING = {"said", "says", "say", "told", "tells", "announced", "announces", "reported",
              "reports", "confirmed", "confirms", "added", "adds", "wrote", "writes", "stated",
              "states", "noted", "notes", "warned", "warns", "explained", "claimed",
              "claims", "insisted", "argued", "disclosed", "revealed", "acknowledged"}
_VERBS = _REPORTING | {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "must", "should", "shall", "did", "does", "do", "began", "begins", "begin",
    "made", "makes", "plans", "planned", "cut", "cuts", "posted", "posts", "declined",
    "declines", "rose", "rises", "fell", "falls", "laid", "lays", "agreed", "agrees",
    "expects", "expected", "owns", "own", "scored", "scores", "took", "takes", "won", "wins",
    "lost", "loses", "paid", "pays", "gave", "gives", "got", "gets", "became", "becomes",
    "went", "goes", "came", "comes", "saw", "sees", "set", "sets", "hit", "hits", "put",
    "puts", "kept", "keeps", "left", "leaves", "led", "leads", "launched", "launches",
    "filed", "files", "sued", "sues", "hired", "hires", "fired", "fires", "axed", "axes",
    "slashed", "slashes", "unveiled", "unveils", "opened", "opens", "closed", "closes",
    "raised", "raises", "sold", "sells", "bought", "buys", "reached", "reaches", "joined",
    "joins", "needs", "needed", "wants", "wanted", "plan", "continues", "continued",
}
# titles and calendar words are written with a capital but name no one
_TITLES = {"ceo", "president", "minister", "chief", "secretary", "gov", "sen", "rep", "coach",
           "chair", "chairman", "director", "spokesperson", "spokesman", "spokeswoman",
           "governor", "senator", "mayor", "founder", "executive", "officer", "prime",
           "foreign", "former", "general", "judge", "king", "queen", "pope", "u.s", "us",
           *MONTHS, *MONTH_ABBREVIATIONS, *_WEEKDAYS}
_NOT_ACTORS = {"the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they",
               "we", "i", "its", "his", "her", "their", "our", "mr", "mrs", "ms", "dr"}


def _words(text: str) -> list[tuple[str, int]]:
    return [(m.group(0).rstrip("."), m.start()) for m in _WORD.finditer(text)]


# words in -ed that are no verbs
_NOT_VERBS = {"hundred", "hundreds", "kindred", "sacred", "naked", "wicked", "beloved",
              "rugged", "crooked", "wretched"}


def _is_verb(word: str) -> bool:
    w = word.lower()
    return w in _VERBS or (len(w) > 5 and w.endswith("ed") and word.islower()
                           and w not in _NOT_VERBS)


@dataclass
class NameStats:
    """How often each term is written with a capital in mid-sentence, and without one."""

    capital: Counter[str] = field(default_factory=Counter)
    lower: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, texts: Iterable[str]) -> NameStats:
        stats = cls()
        for text in texts:
            prev_end = 0
            for m in _WORD.finditer(text):
                word = m.group(0).rstrip(".")
                gap = text[prev_end:m.start()]
                prev_end = m.end()
                low = word.lower()
                if low in STOPWORDS or len(low) < 2:
                    continue
                starts = m.start() == 0 or bool(re.search(r"[.!?\"“”:\n]\s*$", gap))
                for part in word.split("-"):
                    for t in terms(part.lower()):
                        if part[:1].isupper():
                            if not starts:
                                stats.capital[t] += 1
                        else:
                            stats.lower[t] += 1
        return stats

    def is_name(self, term: str) -> bool:
        return self.capital[term] > 0 and self.capital[term] > self.lower[term]


def _clause_at(sentence: str, pos: int | None) -> tuple[str, int]:
    """The clause of ``sentence`` that holds ``pos`` (the first clause for None), and its
    offset."""
    edges = [0]
    for m in _CLAUSE.finditer(sentence):
        edges.append(m.end())
    edges.append(len(sentence) + 1)
    if pos is None:
        i = next((j for j in range(len(edges) - 1)
                  if sentence[edges[j]:edges[j + 1]].strip(" ,")), 0)
    else:
        i = max(j for j in range(len(edges) - 1) if edges[j] <= pos)
    a, b = edges[i], min(edges[i + 1], len(sentence))
    return sentence[a:b], a


def _strip_opening(clause: str) -> tuple[str, int]:
    """Drop leading connectives and a short opening phrase that ends at a comma and holds no
    verb ("Last week,", "In September,")."""
    off = 0
    while True:
        lead = re.match(r"\s*(\w+)\b,?\s*", clause[off:])
        if lead and lead.group(1).lower() in _LEAD:
            off += lead.end()
            continue
        m = _OPENING.match(clause[off:])
        first = _words(m.group(0))[:1] if m else []
        if m and first and first[0][0].lower() in _OPENERS \
                and not any(_is_verb(w) for w, _ in _words(m.group(0))):
            off += m.end()
            continue
        return clause[off:], off


class Actor(NamedTuple):
    """A clause's named actor: its words, and whether the text introduces it with a common
    noun before the name ("rideshare company Lyft", "Facebook-rival Twitter"), as news
    introduces someone new to the story."""

    words: tuple[str, ...]
    introduced: bool


def _descriptor(word: str) -> bool:
    """A common noun that introduces a name: lower-case, or hyphenated with a lower-case
    tail ("Facebook-rival"); no determiner or time word."""
    tail = word.split("-")[-1]
    low = word.lower()
    return bool(tail) and tail[:1].islower() and low not in _NOT_ACTORS \
        and low not in STOPWORDS and low not in _TIME_WORDS and not _is_verb(word)


def actor(sentence: str, pos: int | None = None, is_name: NameCheck | None = None,
          ) -> Actor | None:
    """The named actor of the clause that holds ``sentence[pos]`` (the first clause for
    None); None when the clause's subject names no one."""
    clause, base = _clause_at(sentence, pos)
    rest, off = _strip_opening(clause)
    start = base + off
    words = _words(rest)
    verb = next((i for i, (w, _) in enumerate(words) if _is_verb(w)), None)
    if verb is None or verb == 0:
        return None
    subject = [w for w, _ in words[:verb]]
    while subject and subject[-1].lower() in _TIME_WORDS:
        subject.pop()
    if not subject or len(subject) > 8:
        return None
    run: list[str] = []
    for w in reversed(subject):
        if not w[:1].isupper() or w.lower() in _NOT_ACTORS or _descriptor(w):
            break
        run.insert(0, w)
    if not run:
        return None
    if is_name is not None and not any(is_name(t) for w in run for t in terms(w)):
        return None
    before = subject[len(subject) - len(run) - 1] if len(run) < len(subject) else None
    found = Actor(tuple(run), before is not None and _descriptor(before))
    if pos is not None and words[verb][0].lower() in _REPORTING:
        said_end = start + words[verb][1] + len(words[verb][0])
        if pos > said_end:
            after = _words(sentence[said_end:])
            if after and after[0][0].lower() == "that":
                after = after[1:]
            if after and re.sub(r"['’]\w+$", "", after[0][0].lower()) in _PRONOUN:
                return found
            inner = re.sub(r"^\s*,?\s*(?:that\s+)?", "", sentence[said_end:])
            return actor(inner, None, is_name)
    return found


# a newcomer named in more sentences of one article than this is a player in the story
_ASIDE = 2


@dataclass
class Topic:
    """A topic's names, the names seen beside them, how often each name recurs within one
    article, and the texts' capitalisation."""

    names: frozenset[str]
    associates: frozenset[str]
    stats: NameStats
    recurs: Counter[str] = field(default_factory=Counter)
    # names beside the topic's in one phrase, not only in one clause: "Facebook parent
    # company Meta", "Meta CEO Mark Zuckerberg" (not "Amazon, Meta and Twitter")
    partners: frozenset[str] = frozenset()

    @classmethod
    def of(cls, topic: str, texts: Iterable[str], articles: Iterable[str] | None = None,
           ) -> Topic:
        """From the retrieved ``texts``; ``articles[i]`` is the article ``texts[i]`` comes
        from (each text its own article when not given)."""
        texts = list(texts)
        owners = list(articles) if articles is not None else [str(i) for i in range(len(texts))]
        stats = NameStats.of(texts)
        names = frozenset(t for t in terms(topic) if stats.is_name(t))
        near: set[str] = set()
        close: set[str] = set()
        per_article: dict[str, Counter[str]] = {}
        counted: set[tuple[str, str]] = set()  # passages overlap: a sentence counts once
        if names:
            for owner, text in zip(owners, texts, strict=True):
                seen = per_article.setdefault(owner, Counter())
                for a, b in sentence_spans(text):
                    sentence = text[a:b]
                    if (owner, sentence) in counted:
                        continue
                    counted.add((owner, sentence))
                    seen.update({t for w, _ in _words(sentence) if w[:1].isupper()
                                 for t in terms(w)})
                    for clause in _clauses(sentence):
                        near |= _names_beside(clause, names, stats)
                        for phrase in _LIST_SEP.split(clause):
                            close |= _names_beside(phrase, names, stats)
        recurs: Counter[str] = Counter()
        for seen in per_article.values():
            for t, n in seen.items():
                recurs[t] = max(recurs[t], n)
        return cls(names=names, associates=frozenset(near - names), stats=stats,
                   recurs=recurs, partners=frozenset(close - names))

    def other(self, who: Actor | None) -> bool:
        """Is ``who`` neither the topic's subject nor ever named beside it?"""
        if who is None or not self.names:
            return False
        have = {t for w in who.words for t in terms(w)} - _TITLES
        return bool(have) and not (have & (self.names | self.associates))

    def newcomer(self, who: Actor | None) -> bool:
        """Is ``who`` someone other (:meth:`other`) whom the text introduces as new and
        names in at most two sentences of any article: an aside ("rideshare company Lyft
        said ..."), not a player the story keeps coming back to ("utility company Hawaiian
        Electric" in a report on the Maui fires)?"""
        if who is None or not who.introduced or not self.other(who):
            return False
        have = {t for w in who.words for t in terms(w)} - _TITLES
        return all(self.recurs[t] <= _ASIDE for t in have)

    def another(self, sentence: str, pos: int | None, doer: frozenset[str]) -> bool:
        """Is the clause of ``sentence`` at ``pos`` about another's doing than ``doer``'s
        (the name terms of who acts in the question, :func:`question_doer`): its actor is
        named, neither the doer nor one phrase with the topic's names (list-mates count as
        others: "Amazon, Meta and Twitter"), and the clause does not name the doer? "Facebook
        parent company Meta will lay off 11000 employees" tells nothing of how many Amazon
        is laying off, though its article names Amazon among the others."""
        if not doer:
            return False
        who = self.actor(sentence, pos)
        clause, _ = _clause_at(sentence, pos)
        if who is None or set(terms(_strip_opening(clause)[0])) & doer:
            return False
        have = {t for w in who.words for t in terms(w)} - _TITLES
        return bool(have) and not (have & (doer | self.partners)) \
            and not _same_actor(who, have, doer)

    def mentioned(self, sentence: str) -> bool:
        return bool(set(terms(sentence)) & self.names)

    def elsewhere(self, sentence: str) -> bool:
        """Is ``sentence`` about someone else: its main clause's actor is a newcomer, and it
        does not name the topic's subject at all?"""
        return not self.mentioned(sentence) and self.newcomer(self.actor(sentence))

    def actor(self, sentence: str, pos: int | None = None) -> Actor | None:
        return actor(sentence, pos, self.stats.is_name)


# who acts in a question: the names between its auxiliary and its verb ("How many points did
# Donovan Mitchell score", "How many employees is Amazon laying off"); a descriptor before
# the name is no part of it ("did Alabama corrections officer Vicky White sell")
_AUXILIARY = re.compile(r"\b(?:did|does|do|is|are|was|were|has|have|had|will|would|can|"
                        r"could)\s+")
_QUESTION_VERB = re.compile(r"[a-z]+(?:ing|ed)|(?:score|pay|cut|win|lose|get|make|take|"
                            r"raise|spend|sell|buy|hire|fire|lay|say|tell|earn|owe|give|"
                            r"offer|charge|receive|face|serve|set|break|kill|sign|ban|"
                            r"approve|announce|claim|report|reach|add|lead|vote|file|sue|"
                            r"plan|lift|drop|order|post|launch|send|shoot|"
                            r"run|close|open)s?")


def question_doer(question: str) -> frozenset[str]:
    """The name terms of who acts in ``question``: the last run of capitalised words between
    its auxiliary and its verb (none when no name acts: "What was the peak US inflation
    rate?", "How many exhibitors took part in the first CES?")."""
    for m in _AUXILIARY.finditer(question):
        words = question[m.end():].split()[:8]
        verb = next((i for i, w in enumerate(words)
                     if w[:1].islower() and _QUESTION_VERB.fullmatch(w.strip("?,."))), None)
        if not verb or not words[verb - 1][:1].isupper():
            continue  # no verb, or no name just before it ("was the peak ... rate")
        run: list[str] = []
        for w in reversed(words[:verb]):
            if not w[:1].isupper():
                break
            run.insert(0, w)
        return frozenset(t for w in run for t in terms(w)) - _TITLES
    return frozenset()


# a seat of power written for its country or its government ("Berlin will send 14 tanks"),
# as the terms both are read in (stemmed: "White House" is "whit hous")
_SEAT_OF = {"Washington": "United States America American",
            "White House": "United States America Biden Trump Obama",
            "Pentagon": "United States America", "Moscow": "Russia", "Kremlin": "Russia Putin",
            "Kyiv": "Ukraine", "Kiev": "Ukraine", "Beijing": "China", "Berlin": "Germany",
            "Paris": "France", "London": "Britain UK England", "Downing Street": "Britain UK",
            "Tokyo": "Japan", "Tehran": "Iran", "Jerusalem": "Israel", "Seoul": "Korea",
            "Pyongyang": "Korea", "Ankara": "Turkey", "Brussels": "EU Europe European",
            "Ottawa": "Canada", "Canberra": "Australia", "Delhi": "India"}
_SEATS = {terms(seat)[0]: frozenset(terms(of)) for seat, of in _SEAT_OF.items()}


def _same_actor(who: Actor, have: set[str], doer: frozenset[str]) -> bool:
    """Does ``who`` name the question's actor in other words: a short form ("the Fed", "the
    Federal Reserve"), initials ("ECB", "European Central Bank"), or a seat of power for its
    country ("Berlin" for Germany, "the Kremlin" for Russia)?"""
    if any(len(d) >= 3 and len(h) >= 3 and (h.startswith(d) or d.startswith(h))
           for d in doer for h in have):
        return True
    initials = "".join(w[0] for w in who.words if w[:1].isupper()).lower()
    if len(initials) >= 2 and initials in doer:
        return True
    return any(_SEATS.get(h, frozenset()) & doer for h in have)


# a list's separators: names on either side are list-mates, not one phrase
_LIST_SEP = re.compile(r",|\s(?:and|or|as well as|along with|like|including|such as)\s")


def _clauses(sentence: str) -> list[str]:
    edges = [0, *(m.end() for m in _CLAUSE.finditer(sentence)), len(sentence)]
    return [sentence[a:b] for a, b in pairwise(edges)]


def _names_beside(clause: str, names: frozenset[str], stats: NameStats) -> set[str]:
    """The name terms of ``clause`` when it holds one of ``names``."""
    got = {t for w, _ in _words(clause) for part in w.split("-") if part[:1].isupper()
           for t in terms(part)} - _TITLES
    if not got & names:
        return set()
    return {t for t in got if stats.is_name(t)}
