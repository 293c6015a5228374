""":func:`compare`: the accounts of a question side by side, their leading values lined up
slot by slot, with side figures set apart and the verdict of each slot.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from assistant.answer.attribution import covering
from assistant.answer.compare.accounts import (
    SIDE_OTHER_DOING,
    SIDE_OTHER_SENSE,
    SIDE_UNBOUND,
    SIDE_UNLIKELY,
    Account,
    Comparison,
    Reading,
    Slot,
    accounts_of,
)
from assistant.answer.compare.agreement import _apart, _moved, _rose, agree, same_amount
from assistant.answer.compare.asked import Asked, _event_words, asked_slots, qualifiers, topic_of
from assistant.answer.compare.dates import _day
from assistant.answer.compare.lead import (
    _HEADLINE_KINDS,
    _WEEK_ONLY,
    LEAD_SHARE,
    _background,
    _binds,
    _Found,
    _Headline,
    _lead,
    _likely,
    _names_day,
)
from assistant.answer.compare.scores import _is_score
from assistant.answer.compare.text import _NAME_WORD, _names_any, _numbers, _shares
from assistant.answer.compare.values import _clause_names, current_values, slot_values
from assistant.answer.compare.verbs import (
    _own_verbs,
    _same_doing,
    _says_event,
    _says_verb,
    _uses_verb,
)
from assistant.answer.extractive import ScoredSentence, cite, question_fit, score_candidates
from assistant.config import AnswerSettings
from assistant.nlp.actors import Topic, question_doer
from assistant.nlp.furniture import cut_short
from assistant.nlp.quantities import Quantity
from assistant.nlp.tokens import stem
from assistant.types import Attribution, Passage


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
    reader = _Reader.of(question, asked, passages_in, by, idf, attributions, answering)
    leads = [_Leads() for _ in asked]
    accounts = [reader.account(label, group, leads) for label, group in groups.items()]
    accounts.sort(key=lambda a: a.silent)
    slots = []
    for a, lead in zip(asked, leads, strict=True):
        side, senses = _side_figures(a, lead, by, reader.narrator)
        slots.append(_slot(a, accounts, lead.readings, lead.meanings, reader.narrator, senses,
                           lead.past, side))
    return Comparison(question=question, by=by, accounts=accounts, slots=slots,
                      passages=passages)


@dataclass
class _Leads:
    """One slot's readings by account, and what is known of each account's leading one."""

    readings: dict[str, list[Reading]] = field(default_factory=dict)
    # the leading value's meaning
    meanings: dict[str, Quantity | str] = field(default_factory=dict)
    # whether the lead's sentence has the question's verb; its words for the event
    on_verb: dict[str, bool] = field(default_factory=dict)
    on_event: dict[str, bool] = field(default_factory=dict)
    # accounts whose lead recalls an earlier time: shown, contradicting no one
    past: list[str] = field(default_factory=list)
    # how likely the lead is to answer (by the answer model)
    likely: dict[str, float] = field(default_factory=dict)
    # accounts whose lead's sentence names the numbers the question names
    binding: list[str] = field(default_factory=list)
    # the own verbs of the leading count (see _own_verbs)
    verbs: dict[str, set[str]] = field(default_factory=dict)


@dataclass
class _Reader:
    """The question, read once, and what it needs to read each account's values."""

    question: str
    asked: list[Asked]
    by: str
    idf: Callable[[str], float]
    attributions: list[Attribution]
    # by speaker, the outlet's own voice is the frame its speakers are quoted in: it is
    # shown, but only speakers can contradict one another
    narrator: str | None
    # "What percent is Meta cutting?" is not answered by "rideshare company Lyft said it was
    # axing 13%": a value in a clause about a newcomer to the story (introduced by a common
    # noun, never named beside the question's subject, named once) is someone else's
    subject: Topic
    # ... and a value in a clause whose named actor is not the one who acts in the question
    # ("Trail Blazers' Damian Lillard scored 71 points" for how many Donovan Mitchell
    # scored), in a clause that does not name that one, is someone else's too
    doer: frozenset[str]
    # the answer model's probability of each body sentence, and each article's best
    probs: dict[tuple[str, int], float] | None
    strongest: dict[str, float]
    given: frozenset[str]  # the numbers the question names
    fit: Callable[[str], bool] | None
    # the question's names ("Meta" in "What percent of its workforce is Meta cutting?"),
    # and each of them, hyphened names in parts (see headlines)
    names: list[str]
    whole: list[str]
    # the question's own words for its story: a headline must use one to answer it
    topic_words: list[str]
    cited: int = 0  # citations numbered so far, across accounts

    @classmethod
    def of(cls, question: str, asked: list[Asked], passages: list[Passage], by: str,
           idf: Callable[[str], float], attributions: list[Attribution],
           answering: Callable[[list[Passage]], dict[tuple[str, int], float]] | None,
           ) -> _Reader:
        probs = answering(passages) if answering is not None and passages else None
        strongest: dict[str, float] = {}
        for (article, _), p_sentence in (probs or {}).items():
            strongest[article] = max(strongest.get(article, 0.0), p_sentence)
        names = [w.lower() for w in _NAME_WORD.findall(question)[1:] if w[:1].isupper()]
        return cls(
            question=question, asked=asked, by=by, idf=idf, attributions=attributions,
            narrator=(passages[0].outlet or "unknown outlet") if by == "speaker" and passages
            else None,
            subject=Topic.of(topic_of(question), [p.text for p in passages],
                             [p.article_id for p in passages]),
            doer=question_doer(question),
            probs=probs, strongest=strongest, given=frozenset(_numbers(question)),
            fit=question_fit(question), names=names,
            whole=[part for n in names for part in n.split("-") if part],
            topic_words=_event_words(topic_of(question)))

    def values_of(self, a: Asked, text: str, published: str | None,
                  pick: Callable[..., list[tuple[str, Quantity | str]]],
                  ) -> list[tuple[str, Quantity | str]]:
        """The values ``pick`` reads in ``text``, less a newcomer's, the one whose clause
        names the question's numbers first."""
        got = [(shown, q) for shown, q in pick(a, text, published)
               if not (isinstance(q, Quantity) and self._someone_elses(text, q))]
        named = self.given | frozenset(a.years)
        if len(got) > 1 and len(named) > 1:
            # of figures in one sentence, the one whose clause names the numbers and years
            # the question names: "less than 1% between the years 2014 and 2017, but that
            # shifted to 10.3% from 2017 through 2021" for 2017 through 2021 (two at least:
            # one year alone is named loosely, "the 9.1% peak reached in June 2022" for the
            # rate in December 2022)
            got.sort(key=lambda v: -_clause_names(text, v[1], named))
        return got

    def _someone_elses(self, text: str, q: Quantity) -> bool:
        """Is the figure ``q`` of ``text`` another's: its clause's actor a newcomer to the
        story, or a name that is neither the question's subject nor one phrase with it in a
        sentence that does not name the subject ("Trail Blazers' Damian Lillard scored 71
        points" for how many Donovan Mitchell scored)?"""
        return self.subject.newcomer(self.subject.actor(text, q.start)) \
            or self.subject.another(text, q.start, self.doer)

    def candidates(self, label: str, group: list[Passage]) -> list[ScoredSentence]:
        """An account's sentences that may give a value, the most likely to answer first."""
        # a speaker the question does not name, saying what it does itself in a sentence
        # that names nothing the question names, speaks of its own doings: "Lyft,
        # meanwhile, said it will lay off 13% of its employees" for Meta's cut
        aside = self.by == "speaker" and label != self.narrator and bool(self.names) \
            and not _names_any(self.names, label)
        candidates = [c for c in score_candidates(self.question, group, self.idf,
                                                  self.attributions)
                      if not (aside and _OF_ITSELF.search(c.text)
                              and not _names_any(self.names, c.text))]
        candidates = [c for c in candidates
                      if c.coverage > 0 or (self.fit is not None and self.fit(c.text))
                      or any(slot_values(a, c.text, group[c.passage_no].published)
                             for a in self.asked)]
        if (probs := self.probs) is not None:
            candidates.sort(key=lambda c: -probs.get((group[c.passage_no].article_id, c.start),
                                                     0.0))
        return candidates

    def headlines(self, a: Asked, label: str, group: list[Passage]) -> dict[str, _Found]:
        """The values the account's headlines give, by article."""
        # the headline states the news' figure ("Ghislaine Maxwell sentenced to 20 years")
        # where the body may lead with another ("prosecutors asked for 30 to 55 years"):
        # an outlet's own headline comes first, never a speaker's account
        # (a question with no words for its story but names, "How old was Olivia
        # Newton-John when she died?", asks a headline to name all of them: "Naomi
        # Biden, 28, marries" tells nothing of Joe Biden's age)
        by_article: dict[str, _Found] = {}
        if a.kind not in _HEADLINE_KINDS or not (self.by == "outlet" or label == self.narrator) \
                or not (self.topic_words or self.whole):
            return by_article
        for pno, p in enumerate(group):
            if p.article_id in by_article or not p.title or not (
                    _shares(self.topic_words, p.title) if self.topic_words
                    else all(_shares([stem(n)], p.title) for n in self.whole)):
                continue  # a headline about another side of the story
            # a scraped headline cut short ("... for nearly $70 ...") may have
            # lost the end of its figure
            title = p.title[:cut_short(p.title)]
            if (got := self.values_of(a, title, p.published, current_values)) \
                    and title != p.title and isinstance(got[0][1], Quantity) \
                    and got[0][1].end >= len(title) - 1:
                got = []
            if got:
                head = _Headline(passage_no=pno, start=0, end=len(p.title),
                                 text=p.title, coverage=0.0, context_coverage=0.0,
                                 score=0.0, terms=frozenset())
                by_article[p.article_id] = _Found(head, got[0][0], got[0][1], p.published)
        return by_article

    def found(self, a: Asked, label: str, group: list[Passage],
              candidates: list[ScoredSentence]) -> list[_Found]:
        """The best sentence of each article of the account that gives a value for the slot
        ``a``, the one that leads the account first (see _lead), then newest first."""
        by_article = self.headlines(a, label, group)
        # current values; recalled ones only when the account gives no current one
        # a sentence in the question's own words for its story first: "it had $3.3
        # billion in debt" answers "How much debt ...?" before "it has raised $3.45
        # billion in financing", however the two rank; the others only if none gives
        # a value (dates ask the question's words of each sentence, see slot_values)
        on_topic = [c for c in candidates if not self.topic_words or a.kind == "date"
                    or _shares(self.topic_words, c.text)]
        # ... except a sum of money: news is full of other sums (budgets, deals, plans),
        # so one told without any of the question's words is another ("lawmakers raced
        # to approve a $1.7 trillion spending plan" for what was asked for asylum
        # processing); a count is often told tersely ("The toll rose to 20") and stays
        ordered = on_topic if a.kind == "money" \
            else on_topic + [c for c in candidates if c not in on_topic]
        if given := self.given:
            # a number the question names binds its answer's sentence: "with as few as
            # 3,800 steps a day" answers by what percent 3,800 steps lowered the risk,
            # before the same article's figure for brisk walking
            ordered.sort(key=lambda c: not given <= _numbers(c.text))
        for values in (current_values, slot_values):
            if values is slot_values and by_article:
                break
            for c in ordered:
                p = group[c.passage_no]
                had = by_article.get(p.article_id)
                if had is not None and not _week_only(had):
                    continue
                if got := self.values_of(a, c.text, p.published, values):
                    if had is not None and not (_names_day(got[0][1])
                                                and not _WEEK_ONLY.search(got[0][0])
                                                and _in_week(got[0][1], had.meaning)):
                        continue
                    # ... an article's "this week" yields to a day of that week it names
                    # elsewhere ("the new moon on May 19" after "The glow is best seen this
                    # week"); another week's day may date another thing
                    by_article[p.article_id] = _Found(c, got[0][0], got[0][1], p.published,
                                                      recalled=values is slot_values)
        # newest first (ISO dates sort as text); undated last
        return _lead(sorted(by_article.values(), key=lambda f: f.published or "",
                            reverse=True), group, self.probs, self.strongest,
                     settled=a.kind == "date" and a.side != "to come",
                     as_asked=functools.partial(_uses_verb, a)
                     if a.kind == "date" and a.action else None,
                     earliest=a.kind == "date" and a.first and a.side == "past",
                     binds=self.given, extreme=a.extreme)

    def account(self, label: str, group: list[Passage], leads: list[_Leads]) -> Account:
        """The account ``label`` of the passages ``group``: its best sentence and those that
        give its values, cited; each slot's readings go to ``leads``."""
        candidates = self.candidates(label, group)
        chosen = candidates[:1]
        found: list[list[_Found]] = []
        for a in self.asked:
            found.append(self.found(a, label, group, candidates))
            chosen += [f.candidate for f in found[-1] if f.candidate not in chosen]
        account = Account(label=label)
        numbers: dict[int, int] = {}
        for c in chosen:
            p = group[c.passage_no]
            self.cited += 1
            numbers[id(c)] = self.cited
            account.citations.append(cite(self.cited, p, c, covering(
                self.attributions, p.article_id, c.start, c.end)))
            account.sentences.append(c.text)
        for a, got, lead in zip(self.asked, found, leads, strict=True):
            for f in got:
                lead.readings.setdefault(label, []).append(Reading(
                    value=f.shown, published=f.published, citation=numbers[id(f.candidate)],
                    repeats=f is not got[0] and same_amount(f.meaning, got[0].meaning)))
                account.values.setdefault(a.kind, []).append(f.shown)
            if got:
                self._lead_of(label, a, got[0], group, lead)
        return account

    def _lead_of(self, label: str, a: Asked, f: _Found, group: list[Passage],
                 lead: _Leads) -> None:
        """What ``lead`` needs to know of the account's leading reading ``f``."""
        lead.meanings.setdefault(label, f.meaning)
        # (a headline drops its verbs: "Derailment forces 2,000 from homes")
        lead.on_verb[label] = isinstance(f.candidate, _Headline) \
            or _is_score(f.meaning) or _says_verb(a, f.candidate.text)
        lead.on_event[label] = _says_event(a, f.candidate.text)
        if f.recalled:
            lead.past.append(label)
        if self.probs is not None:
            lead.likely[label] = _likely(f, group, self.probs, self.strongest)
        if self.given and _binds(f, self.given):
            lead.binding.append(label)
        if isinstance(f.meaning, Quantity):
            lead.verbs[label] = _own_verbs(f.candidate.text, f.meaning)


def _week_only(f: _Found) -> bool:
    """Is the reading of ``f`` a date that names its week only ("this week")?"""
    return bool(_WEEK_ONLY.search(f.shown))


def _in_week(day: Quantity | str, week: Quantity | str) -> bool:
    """Is the ISO ``day`` in the week that starts on the ISO day ``week`` (the Monday a
    "this week" or "last week" reading stands for)?"""
    if not (isinstance(day, str) and isinstance(week, str)):
        return False
    d, w = _day(day), _day(week)
    return d is not None and w is not None and 0 <= (d - w).days <= 6


def _side_figures(a: Asked, lead: _Leads, by: str, narrator: str | None,
                  ) -> tuple[dict[str, str], dict[str, bool]]:
    """The slot's side figures (account → why, see Slot.side_why), and by account whether
    its lead's sentence says what the question asks (its verb; for a date whose verb no
    account uses, its words for the event)."""
    side: dict[str, str] = {}
    meanings = lead.meanings
    # by speaker, a speaker's figure far less likely to answer than the best account's is a
    # side figure of another thing ("Aon's survey ... health care costs soar by 6.5%" beside
    # the ONS's 10.1% inflation): shown with its sentence, not lined up; the outlet's own
    # voice too ("egg prices rose 10.3%" in April, beside the BLS data's 49% for the year)
    # (figures only: each speaker's own description or date is what it says); so is one
    # whose sentence lacks the numbers the question names when another's has them ("a 62%
    # reduction" beside "by 25% with as few as 3,800 steps a day")
    if by == "speaker" and a.kind in _HEADLINE_KINDS:
        for label, chance in lead.likely.items():
            if label in lead.binding:
                continue
            if lead.binding:
                # (not the outlet's own voice: its figure may stand without the number,
                # "The quake injured 107 people" beside a mayor's "The 6.4 quake hurt 12")
                if label != narrator:
                    side[label] = SIDE_UNBOUND
            elif chance < LEAD_SHARE * max(lead.likely.values()):
                side[label] = SIDE_UNLIKELY
    senses = lead.on_verb if a.kind != "date" or any(lead.on_verb.values()) \
        else lead.on_event
    # a count done by another verb than the question's, when another account's is done by
    # the question's own: "moved over 9,000 migrants out of El Paso" beside "2,500
    # migrants camped out" for how many were camped out
    # (not a verb of the same doing, "laid off" for "cut", nor the same amount; either
    # verb, before or after the count, may be the question's: "ordered 4,000 people
    # evacuated")
    done = [label for label, vs in lead.verbs.items()
            if a.verb and (any(_same_doing(v, a.verb) for v in vs)
                           or _is_score(meanings[label]))]
    if a.kind == "count" and a.verb and done:
        side.update({label: SIDE_OTHER_DOING for label, vs in lead.verbs.items()
                     if vs and label not in done and label not in side
                     and not any(same_amount(meanings[label], meanings[d]) for d in done)})
    # a value whose sentence lacks the question's verb (or one of the same doing) may
    # tell of something else ("In 2021, the Dixie Fire ..." for when State Farm stopped
    # taking applications); beside an account whose sentence has it, it is a side
    # figure, not a second answer, unless the two agree ("The lander has about 20
    # payloads, NASA says" beside "was carrying 20 payloads")
    shown = [label for label in meanings if label not in side]
    with_verb = [label for label in shown if senses.get(label, True) or label in done]
    # (a date a year or more before its own report is background, not the answer that
    # sides the others: "first recalled granola bars in 2019" beside "pulled its
    # granola from shelves on Friday")
    sure = [label for label in with_verb
            if not _background(meanings[label], lead.readings.get(label))]
    if a.kind != "description" and sure:
        side.update({label: SIDE_OTHER_SENSE for label in shown
                     if label not in with_verb
                     and not any(agree(meanings[label], meanings[s]) for s in sure)})
    return side, senses


# a speaker saying what it does itself: "Lyft said it will lay off", "the company said its"
_OF_ITSELF = re.compile(r"(?i)\b(?:said|says|announced|announces|reported|confirmed|told\s+"
                        r"[\w.]+(?:\s+[\w.]+)?)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|its|it’s|"
                        r"it's|we|our)\b")


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
