"""Is a sentence about a topic? The relevance signal that timeline and compare share.

Two signals, each measured on the sentence and on the passage it sits in:

- **lexical**: the IDF-weighted share of the topic's terms (``assistant.nlp.tokens.terms``)
  that the text contains. "Damar Hamlin" against a text about Denny Hamlin scores only the
  weight of "hamlin": sharing one word is not matching.
- **semantic**: the cosine of the text's vector to the topic's vector.

``topic_relevance`` computes them; ``passes`` applies the thresholds of
:class:`assistant.config.RelevanceSettings`, fitted on labelled data by
``eval/fit_relevance.py``. Vectors come from an ``embed`` function (today the fast ONNX
query embedder, ``index.query_embedder.encode``); callers that hold stored vectors (a
passage's chunk vector, or later a sentence's own) pass them in and nothing is embedded
for those.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

import numpy as np
from pydantic import BaseModel, Field

from assistant.config import RelevanceSettings
from assistant.nlp.dates import REPORT_LAG_DAYS
from assistant.nlp.lexicon import MONTHS, WEEKDAYS
from assistant.nlp.tokens import same_word, stem, terms
from assistant.types import Passage

Embed = Callable[[list[str]], np.ndarray]


class Relevance(BaseModel):
    """How well one sentence, and the passage around it, match a topic."""

    lexical: float = Field(description="Weighted share of the topic's terms in the sentence.")
    semantic: float = Field(description="Cosine of the sentence to the topic.")
    context_lexical: float = Field(description="The same share in its passage and headline.")
    context_semantic: float = Field(description="Cosine of its passage to the topic.")
    article_lexical: float | None = Field(
        None, description="The share in its article's headline and retrieved passages.")
    article_semantic: float | None = Field(
        None, description="The best cosine of its article's retrieved passages.")


def term_weights(topic: str, idf: Callable[[str], float]) -> dict[str, float]:
    """The topic's content terms, each weighted by its IDF in the index."""
    return {t: max(idf(t), 0.05) for t in dict.fromkeys(terms(topic))}


def lexical_match(weights: dict[str, float], text: str) -> float:
    """The IDF-weighted share of the topic's terms that ``text`` contains (0 to 1)."""
    total = sum(weights.values())
    if not total:
        return 0.0
    have = set(terms(text))
    return sum(w for t, w in weights.items() if t in have) / total


def _unit(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    if m.ndim == 1:
        m = m[None, :]
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.where(norms == 0, 1, norms)


def topic_relevance(topic: str, sentences: Sequence[str], idf: Callable[[str], float],
                    embed: Embed, contexts: Sequence[str] | None = None, *,
                    vectors: np.ndarray | None = None,
                    context_vectors: np.ndarray | None = None) -> list[Relevance]:
    """One :class:`Relevance` per sentence.

    ``contexts[i]`` is the text around ``sentences[i]`` (its passage, headline included);
    without it the sentence is its own context. ``vectors`` and ``context_vectors`` are
    stored vectors for the sentences and contexts (rows in the same order); whatever is not
    given is embedded with ``embed``, each distinct text once.
    """
    if not sentences:
        return []
    contexts = list(contexts) if contexts is not None else list(sentences)
    weights = undated_weights(topic, idf)
    if vectors is None or context_vectors is None:
        todo = list(dict.fromkeys(
            ([topic]) + (list(sentences) if vectors is None else [])
            + (contexts if context_vectors is None else [])))
        made = dict(zip(todo, _unit(embed(todo)), strict=True))
        q = made[topic]
    else:
        made, q = {}, _unit(embed([topic]))[0]
    sv = _unit(vectors) if vectors is not None else np.stack([made[s] for s in sentences])
    cv = (_unit(context_vectors) if context_vectors is not None
          else np.stack([made[c] for c in contexts]))
    sem, ctx_sem = sv @ q, cv @ q
    lex_cache: dict[str, float] = {}

    def lex(text: str) -> float:
        if text not in lex_cache:
            lex_cache[text] = lexical_match(weights, text)
        return lex_cache[text]

    return [Relevance(lexical=lex(s), semantic=float(sem[i]), context_lexical=lex(c),
                      context_semantic=float(ctx_sem[i]))
            for i, (s, c) in enumerate(zip(sentences, contexts, strict=True))]


def in_passages(topic: str, sentences: Sequence[str], where: Sequence[Passage],
                passages: Sequence[Passage], idf: Callable[[str], float], embed: Embed,
                chunk_vectors: dict[str, np.ndarray] | None = None) -> list[Relevance]:
    """:func:`topic_relevance` of sentences that sit in retrieved passages (``where[i]``
    holds ``sentences[i]``), with the article-level match filled in from all of
    ``passages``. ``chunk_vectors`` (chunk id → stored vector) stand for the passages."""
    if not sentences:
        return []
    contexts = [f"{p.title}\n{p.text}" for p in where]
    stored = chunk_vectors or {}
    context_vectors = None
    if all(p.chunk_id in stored for p in where):
        context_vectors = np.stack([stored[p.chunk_id] for p in where])
    scored = topic_relevance(topic, sentences, idf, embed, contexts,
                             context_vectors=context_vectors)
    weights = undated_weights(topic, idf)
    by_article: dict[str, list[Passage]] = {}
    for p in passages:
        by_article.setdefault(p.article_id, []).append(p)
    best: dict[str, float] = {}
    for p, r in zip(where, scored, strict=True):
        best[p.article_id] = max(best.get(p.article_id, -1.0), r.context_semantic)
    lexical: dict[str, float] = {}
    for aid, ps in by_article.items():
        lexical[aid] = lexical_match(weights, "\n".join([ps[0].title, *(p.text for p in ps)]))
    return [r.model_copy(update={"article_lexical": lexical.get(p.article_id, 0.0),
                                 "article_semantic": best.get(p.article_id, -1.0)})
            for p, r in zip(where, scored, strict=True)]


# a digest of the day's stories: "5 things to know on May 8, 2022", "Ten Things You Need to
# Know Today", "... : 5 Things podcast", "news roundup"
_DIGEST = re.compile(r"(?i)\b(?:\d+|three|five|ten)\s+things\s+(?:to|you\s+need\s+to)\s+know\b|"
                     r"\b5\s+things\s+podcast\b|\bnews\s+roundup\b")


def is_digest(title: str | None) -> bool:
    """Is ``title`` a digest's, whose paragraphs are each another story?"""
    return title is not None and _DIGEST.search(title) is not None


def passes(r: Relevance, t: RelevanceSettings, alone: bool = False) -> bool:
    """Does the sentence, or the passage it sits in, match the topic both lexically and
    semantically, in an article that is about the topic? (The thresholds say how well.) A
    sentence close to the topic in an article that holds all of its terms passes too: the
    passage around "Benedict died Saturday." need not repeat "Pope". With ``alone`` (a
    sentence of a digest, whose neighbours are other stories) only the sentence's own match
    counts."""
    if r.article_lexical is not None and r.article_lexical < t.min_article_lexical:
        return False
    if r.article_semantic is not None and r.article_semantic < t.min_article_semantic:
        return False
    own = r.lexical >= t.min_lexical and r.semantic >= t.min_semantic
    if alone:
        return own
    around = (r.context_lexical >= t.min_context_lexical
              and r.context_semantic >= t.min_context_semantic)
    in_article = (r.article_lexical is not None
                  and r.article_lexical >= t.min_whole_article_lexical
                  and r.semantic >= t.min_semantic_in_article)
    return own or around or in_article


def articles_about(topic: str, passages: Sequence[Passage], idf: Callable[[str], float],
                   embed: Embed, chunk_vectors: dict[str, np.ndarray], t: RelevanceSettings,
                   bodies: dict[str, str] | None = None) -> list[bool]:
    """For each passage: is its article about ``topic``? Its headline and retrieved
    passages must hold enough of the topic's weighted terms, and one of its passages must
    be close enough to the topic (the article-level thresholds of :func:`passes`), and
    it must hold every number the topic names (the pileup on Interstate 75 is not the one
    on Interstate 55), except a year that dates the topic ("the March 2022 earthquake"),
    which its publication year stands for. It must name each of the topic's names, and, when
    the topic has words besides its names and dates, one of them in some form: a newsletter
    that names Turkish and Syrian forces, and workers who died in Qatar, is not about "the
    earthquakes in Turkey and Syria". With ``bodies`` (each article's whole text, by id), a
    number may stand anywhere in the article, not only in its retrieved passages: the "6.4
    magnitude" of a quake is in its first paragraph, which need not be retrieved."""
    if not passages:
        return []
    topic = _SEASON.sub(r"\1", topic)  # "the 2022-23 season" is dated by its first year
    dated = dating_terms(topic)
    weights = undated_weights(topic, idf)
    q = _unit(embed([topic]))[0]
    missing = [p for p in passages if p.chunk_id not in chunk_vectors]
    made = dict(zip([p.chunk_id for p in missing],
                    _unit(embed([f"{p.title}\n{p.text}" for p in missing])), strict=True)
                ) if missing else {}
    close: dict[str, float] = {}
    texts: dict[str, list[str]] = {}
    for p in passages:
        v = chunk_vectors.get(p.chunk_id)
        cos = float((_unit(v)[0] if v is not None else made[p.chunk_id]) @ q)
        close[p.article_id] = max(close.get(p.article_id, -1.0), cos)
        texts.setdefault(p.article_id, [p.title]).append(p.text)
    numbers = set(_NUMBER.findall(topic))
    # a span of years ("the recall of 2023–2024") is told by any year in it
    spans = [(int(a), int(b)) for a, b in _YEAR_SPAN.findall(topic)]
    numbers -= {str(y) for span in spans for y in span}
    names = name_groups(topic)
    # a year names a time, not a thing: "the March 2022 earthquake" is in an article
    # published that year that never writes "2022"; a December's, also in the first days of
    # the next ("a lawsuit filed Dec. 29" in a report of Jan. 4)
    late = stem("december") in dated
    years = {p.article_id: _years_told(p.published, late) & dated for p in passages}
    named = {g for group in names for g in group}
    # what happened (or what the topic is about besides its names): one word of it, at least
    # ... unless a name is itself the event ("Typhoon Nanmadol", "Hurricane Ian"): a report
    # that names it tells of it, whatever verb it uses ("made landfall" for "struck")
    happened = [] if named & _EVENT_NAMES else [
        w for w in weights if not any(same_word(w, g, shortest=4) for g in named)]
    told = {aid: set(_NUMBER.findall("\n".join(ts) + "\n" + (bodies or {}).get(aid, "")))
            | years[aid] for aid, ts in texts.items()}
    ok = {aid: lexical_match(weights, "\n".join(ts)) >= t.min_article_lexical
          and close[aid] >= t.min_article_semantic
          and numbers <= told[aid]
          and all(any(str(y) in told[aid] for y in range(a, b + 1)) for a, b in spans)
          and _names_all(names, "\n".join(ts))
          and (not happened or _uses_any([set(happened)],
                                         set(terms("\n".join(ts)))))
          for aid, ts in texts.items()}
    return [ok[p.article_id] for p in passages]


_QUIZ_FRAME = re.compile(r"(?i)\btrue\s+or\s+false\b\W*")


def about_question(question: str, passages: Sequence[Passage], embed: Embed,
                   chunk_vectors: dict[str, np.ndarray], t: RelevanceSettings) -> bool:
    """Is some retrieved article about what ``question`` asks? One of its passages must be
    as close to the question's topic as :func:`articles_about` asks of an article, and one
    article must name each of the question's names (an article that holds every word of the
    question's topic is close enough). Looser than that gate, which a question
    of the answerer does not fit (a quiz's "True or False", a year that names a fiscal year,
    frame words such as "which country"): "Who wrote Hamlet?" is about nothing a report on
    shoplifting in Tower Hamlets holds, nor "What did Angela Merkel say about Brexit?" about a
    profile of Karl Lagerfeld that names her once but not Brexit."""
    from assistant.answer.compare.asked import topic_of

    stored = [chunk_vectors[p.chunk_id] for p in passages if p.chunk_id in chunk_vectors]
    if not stored:
        return True  # nothing to judge by
    topic = topic_of(_QUIZ_FRAME.sub(" ", question))
    texts: dict[str, list[str]] = {}
    for p in passages:
        texts.setdefault(p.article_id, [p.title]).append(p.text)
    whole = ["\n".join(ts) for ts in texts.values()]
    names = name_groups(topic)
    if names and not any(_names_all(names, text) for text in whole):
        return False
    # a short question is far from every passage ("How long did the call last?", 0.26 to
    # the report of the call): an article that holds each of its words is about it
    wanted = set(terms(topic))
    if wanted and any(wanted <= set(terms(text)) for text in whole):
        return True
    q = _unit(embed([topic]))[0]
    return max(float(_unit(v)[0] @ q) for v in stored) >= t.min_article_semantic


def _years_told(published: str | None, december: bool = False) -> set[str]:
    """The years a report published on ``published`` may tell of without naming them: its
    own, and, of a December (``december``), the one before in its first
    :data:`REPORT_LAG_DAYS` days."""
    if not published:
        return set()
    if not december:
        return {published[:4]}
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return {published[:4]}
    return {published[:4], str((day - dt.timedelta(days=REPORT_LAG_DAYS)).year)}


# words that make a name an event's: "Typhoon Nanmadol", "Tropical Storm Beryl", "Camp Fire"
# (as the terms of names are written: stemmed; not "fire" or "storm", which also name
# departments and teams)
_EVENT_NAMES = {t for w in ("typhoon", "hurricane", "cyclone", "tornado", "earthquake", "quake",
                            "tsunami", "wildfire", "blizzard", "eruption")
                for t in terms(w)}


# a name: capitalised words in a row, a title's stop included ("Gotabaya Rajapaksa",
# "Rizo-López Foods", "Gov. Gavin Newsom")
_NAME = re.compile(r"\b[A-Z][\w’'-]*\.?(?:\s+[A-Z][\w’'-]*\.?)*")
_NOT_NAMES = ({m.lower() for m in MONTHS} | {m.lower()[:3] for m in MONTHS} | {"sept"}
              | set(WEEKDAYS))
# the US and the UK by their full names, written as many ways as their abbreviations ("the
# United States", "the US", "America", "American"): no article is asked to name them so
_HOME_NAMES = ("United States", "United States of America", "United Kingdom")
# a capital that starts the text, or a sentence in it, says nothing of a name
_STARTS = re.compile(r"^\W*$|[.!?:]\W*$")


# terms are read without accents (``tokens.fold``): "lópez" and "lopez" are one name
_HOME_TERMS = [set(terms(n)) for n in _HOME_NAMES]


def name_groups(topic: str) -> list[set[str]]:
    """The names of the topic, each as the set of its terms: "the Fukushima earthquake in
    Japan" → {fukushima}, {japan}. Months and weekdays name a time, not a thing; a word
    capitalised only because it starts the text ("Compare the tolls ...", "Roughly, how
    many ...") names nothing; and abbreviations of one or two letters ("U.S.", "UN"), and
    the US and the UK by their full names, are written too many ways to ask of an article."""
    out = []
    for m in _NAME.finditer(topic):
        words = m.group(0).split()
        if _STARTS.search(topic[:m.start()]):
            words = words[1:]
        got = {t for t in terms(" ".join(words)) if t not in _NOT_NAMES and len(t) > 2}
        if got and got not in _HOME_TERMS:
            out.append(got)
    return out


# a word written as a name: a capital anywhere in it ("Kenyan", "iPhone", "McCarthy")
_CAPITALISED = re.compile(r"\b\w*[A-Z][\w’'-]*")


def _names_all(groups: list[set[str]], text: str) -> bool:
    """Does ``text`` name each of the ``groups``, by one of its terms in any form ("Kenya",
    "Kenyans", "Kenyan"; "Rajapaksa" for "Gotabaya Rajapaksa"; "Lopez" for "López"),
    written as a name ("One Medical" is not named by "medical treatments")?"""
    said = {t for w in _CAPITALISED.findall(text) for t in terms(w)}
    return _uses_any(groups, said)


def _uses_any(groups: list[set[str]], said: set[str]) -> bool:
    """Does ``said`` (plain terms) hold one term of each of the ``groups``, in any form?"""
    return all(any(same_word(t, g, shortest=4) for g in group for t in said)
               for group in groups)


# a month with its year or day: "March 2022", "Jan. 6"
_DATED = re.compile(
    r"(?i)\b(?:(?P<month>january|february|march|april|june|july|august|september|october|"
    r"november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+"
    r"(?:(?P<year>(?:19|20)\d\d)|\d{1,2})"
    r"|(?P<may>(?-i:May))\s+(?P<may_year>(?:19|20)\d\d))\b")  # "May" only with its year
# a year that dates the topic: after a word in lower case or a possessive, or first ("the
# election of 2022", "Rite Aid's 2023 bankruptcy", "2023 US championships"); after a name
# it is part of the name ("Euro 2024")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def dating_terms(topic: str) -> set[str]:
    """The terms of ``topic`` that say when, not what: a month beside a year or a day, and
    such a year ("the Japan earthquake of March 2022" → march, 2022). "Women's March" and
    "Euro 2024" are names."""
    when = [(stem((m["month"] or m["may"]).lower()), m["year"] or m["may_year"])
            for m in _DATED.finditer(topic)]
    dated = {month for month, _ in when} | {year for _, year in when if year}
    for m in _YEAR.finditer(topic):
        before = topic[:m.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1].endswith(("'s", "’s")):
            dated.add(m.group(0))
    return dated


def frame_start(topic: str) -> str | None:
    """When the topic's story starts, if the topic says: the earliest month with its year
    ("the Japan earthquake of March 2022" → "2022-03"), or a year said as a time ("the
    election of 2022" → "2022"); None when it names none ("the 2028 Olympics")."""
    starts = [f"{year}-{_MONTH_NUMBER[(m['month'] or m['may']).lower()[:3]]:02d}"
              for m in _DATED.finditer(topic) if (year := m["year"] or m["may_year"])]
    # a year alone starts the story only as its time ("the election of 2022", "Rite Aid's
    # 2023 bankruptcy"), not as its name: "the 2028 Olympics" has news years before
    starts += [m.group(0) for m in _YEAR.finditer(topic) if _YEAR_AS_TIME.search(
        topic[:m.start()]) and not any(x.startswith(m.group(0)) for x in starts)]
    return min(starts) if starts else None


_YEAR_AS_TIME = re.compile(r"(?i)(?:\b(?:of|in|during|since)|['’]s)\s+$")
_MONTH_NUMBER = {m[:3]: i for i, m in enumerate(MONTHS, start=1)}


def undated_weights(topic: str, idf: Callable[[str], float]) -> dict[str, float]:
    """:func:`term_weights` of ``topic`` less the terms that date it: when it happened is no
    word a sentence about it must use ("the March 2022 earthquake" is told in an article of
    that month, which says "Wednesday")."""
    every = term_weights(topic, idf)
    dated = dating_terms(topic)
    return {t: w for t, w in every.items() if t not in dated} or every


# a number the topic names ("Interstate 75", "Title 42") must be in the article too
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])")
# a season or fiscal year across two years: "2022-23", "2022–23", "2022/23"
_YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)\d\d)\b")
_SEASON = re.compile(r"\b((?:19|20)\d\d)[-–/]\d\d\b(?![-–/]\d)")


# a person's full name: "Suni Williams", "Donald J. Trump"
_FULL_NAME = re.compile(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+)+")
_TITLE = re.compile(r"^(?:(?:President|Vice|Prime|Minister|Gov|Governor|Sen|Senator|Rep|"
                    r"Representative|Dr|Mr|Mrs|Ms|Miss|King|Queen|Prince|Princess|Pope|Judge|"
                    r"Justice|Secretary|General|Gen|Chancellor|Mayor|Sir|Dame|Lord|Lady|"
                    r"Former|First)\.?\s+)+")


def _person(name: str) -> list[str] | None:
    """The words of a person's name, without title or possessive: "President Joe Biden's" →
    [Joe, Biden]; None when it is no person's ("Palm Springs", "Walt Disney Company",
    "Louisiana Territory") or longer than a name."""
    from assistant.nlp.gender import is_thing

    bare = re.sub(r"['’]s$", "", _TITLE.sub("", name))
    words = bare.split()
    if not 2 <= len(words) <= 3 or is_thing(bare) or is_thing(words[0]) or is_thing(words[-1]):
        return None
    return words


def namesake(question: str, sentence: str) -> tuple[str, str] | None:
    """``(asked, named)`` when ``sentence`` names another person of a first name the question
    names, and not the asked one's surname: "Suni Lee" for "How old is Suni Williams?". The
    answer then tells of someone else."""
    asked = [w for n in _FULL_NAME.findall(question) if (w := _person(n))]
    for m in _FULL_NAME.finditer(sentence):
        words = _person(m.group(0))
        if words is None:
            continue
        for q in asked:
            if words[0] == q[0] and words[-1] != q[-1] and not re.search(
                    rf"\b{re.escape(q[-1])}\b", sentence):
                return " ".join(q), " ".join(words)
    return None


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def other_year(question: str, sentence: str, published: str | None,
               today: int | None = None) -> str | None:
    """The year of a report that tells of another time than the one year the question names:
    "Who won the 2024 Super Bowl MVP award?" answered from a report of 2020 whose sentence
    names no 2024. None when the question names no year or several, or a year after
    ``today``'s (the 2026 World Cup is written of before), the report is undated or of the
    year before, that year or the next (a year is previewed and reviewed), or the sentence
    names the asked year."""
    years = set(_YEAR.findall(question))
    if len(years) != 1 or not published or not published[:4].isdigit():
        return None
    asked = int(next(iter(years)))
    year = int(published[:4])
    if (today is not None and asked > today) or asked - 1 <= year <= asked + 1 \
            or str(asked) in sentence:
        return None
    return published[:4]
