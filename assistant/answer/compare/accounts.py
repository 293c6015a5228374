"""The accounts a comparison lines up, and the types of its result.

:func:`accounts_of` splits the retrieved passages into accounts: one per outlet when several
outlets are retrieved, else one per speaker of the attributed sentences, with the outlet's
own voice as one more. :class:`Reading`, :class:`Account`, :class:`Slot` and
:class:`Comparison` are what ``compare`` returns, to the CLI, the UI and the API.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from assistant.nlp.attribution import speaker_identity
from assistant.nlp.sentences import sentence_spans
from assistant.types import Attribution, Citation, Passage


class Reading(BaseModel):
    """One article's value for a slot, with the article's date and its citation."""

    value: str
    published: str | None = None
    citation: int
    repeats: bool = Field(False, description="Another reading that gives the account's leading "
                                             "value in other words ('9 people', 'nine people').")


class Account(BaseModel):
    label: str = Field(description="The outlet, or the speaker.")
    sentences: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    values: dict[str, list[str]] = Field(
        default_factory=dict, description="slot → values, the leading one first (see "
        "Slot.readings)")

    @property
    def silent(self) -> bool:
        return not self.sentences


class Slot(BaseModel):
    kind: str
    noun: str | None = None
    verb: str | None = Field(None, description="For counts: the question's verb, as a lemma.")
    reported_by: dict[str, list[str]] = Field(
        default_factory=dict, description="value → accounts it leads (see readings)")
    silent: list[str] = Field(default_factory=list)
    readings: dict[str, list[Reading]] = Field(
        default_factory=dict, description="account → its readings: the one that leads it "
        "first (its newest that answers the question well), then the rest newest first")
    contradiction: bool = Field(
        False, description="Two accounts' leading values cannot both be true (descriptions "
                           "may differ without contradicting).")
    rose: bool = Field(
        False, description="The accounts' leading counts differ only as a later report's "
                           "larger tally: the count rose between reports, no one disagrees.")
    side: list[str] = Field(
        default_factory=list, description="Accounts whose figure is of another thing, shown "
        "with its sentence but not lined up. By speaker, with the answer model: one it finds "
        "far less likely to answer than the best account's (under half as likely), or whose "
        "sentence lacks a number the question names that another's has. By outlet or by "
        "speaker: a count done by another verb than the question's, beside an account whose "
        "count is done by it. Why, in side_why.")
    side_why: dict[str, str] = Field(
        default_factory=dict, description="For each side account, why it is one.")
    recalled: list[str] = Field(
        default_factory=list, description="Accounts whose leading value comes from a clause "
        "that recalls the past ('Two weeks ago, they were nearing a deal on $375 billion'; "
        "they gave no current one): shown, but it contradicts no one.")
    moved: bool = Field(
        False, description="The accounts' leading shares differ only between reports of "
                           "different days: a rate moves (a mortgage rate each week, "
                           "inflation each month), so no one disagrees.")
    apart: bool = Field(
        False, description="The accounts' leading dates are more than APART_DAYS apart, or "
                           "their sums of money more than APART_RATIO times apart: not one "
                           "value told two ways, but different things (an earlier round, "
                           "the same weekday of another week, a subscription's price beside "
                           "a company's), so no one is flagged as disagreeing.")
    other_sense: list[str] = Field(
        default_factory=list, description="Accounts whose leading value stands in a sentence "
        "without the question's verb: it may count something else, and contradicts no one. "
        "Beside an account whose sentence has the verb, such a value is a side figure instead "
        "(SIDE_OTHER_SENSE), unless the two agree.")

    @property
    def side_notes(self) -> list[tuple[str, list[str]]]:
        """The side accounts grouped by why they are side figures, in order of first use:
        [(why, [labels])]."""
        out: dict[str, list[str]] = {}
        for label in self.side:
            out.setdefault(self.side_why.get(label, SIDE_UNLIKELY), []).append(label)
        return list(out.items())

    @property
    def verdict(self) -> str:
        """The slot's verdict in words, for the CLI and the UI."""
        if self.contradiction:
            return "accounts differ"
        if self.rose:
            return "no contradiction: the count rose between reports"
        if self.moved:
            what = "a planned date" if self.kind == "date" else "a rate"
            return f"no contradiction: reported on different days, and {what} moves"
        if self.apart and self.kind == "money":
            return ("no contradiction flagged: the sums differ more than tenfold, so they "
                    "likely measure different things")
        if self.apart:
            return ("no contradiction flagged: the dates are over a month apart, so they "
                    "likely date different occasions")
        return "no contradiction"

    def earlier(self, account: str) -> list[Reading]:
        """The account's readings from before the day of the one that leads it (or
        undated) that give another value: what it replaced."""
        return self._others(account, older=True)

    def also(self, account: str) -> list[Reading]:
        """The account's other readings of the lead's day or later that give another value,
        whose sentences answer the question less well ("reduced from 70,000 to less than
        5,000 customers" the day after "at the peak, more than 70,000"): shown, never taken
        for the account's figure."""
        return self._others(account, older=False)

    def _others(self, account: str, older: bool) -> list[Reading]:
        got = self.readings.get(account, [])
        return [r for r in got[1:] if r.value != got[0].value and not r.repeats
                and _older(r, got[0]) == older]


def listing(names: list[str], limit: int = 6) -> str:
    """Names for a line of the view, the first ``limit`` and a count of the rest: with a
    single outlet every speaker of its articles is an account, and most say nothing of the
    slot ("A, B, C, D, E, F and 7 more")."""
    if len(names) <= limit:
        return ", ".join(names)
    return f"{', '.join(names[:limit])} and {len(names) - limit} more"


def _older(r: Reading, than: Reading) -> bool:
    """Is ``r`` from before ``than``'s day? An undated reading is older than a dated one."""
    if not than.published:
        return False
    return not r.published or (r.published or "")[:10] < than.published[:10]


class Comparison(BaseModel):
    question: str
    by: str = Field(description="'outlet' or 'speaker'")
    accounts: list[Account]
    slots: list[Slot]
    passages: list[Passage] = Field(default_factory=list)


def _speaker_label(speaker: str) -> str:
    return speaker[:1].upper() + speaker[1:]


def one_speaker(a: frozenset[str], a_label: str, b: frozenset[str], b_label: str) -> bool:
    """Are two speakers (their :func:`speaker_identity` keys and names as written) one? The
    same words ("the White House", "White House press service"), or one's words among the
    other's with the same last word: a longer form of a name ("Trump", "Donald Trump";
    "President Biden", "President Joe Biden"), or a later, shorter mention ("police",
    "Minneapolis police"; "the weather service", "the National Weather Service"). A name
    inside another name is someone else: "the NFL" is not "the NFL Players' Association"."""
    if a == b:
        return True
    if not (a <= b or b <= a):
        return False
    a_words, b_words = a_label.split(), b_label.split()
    return bool(a_words and b_words) and a_words[-1].lower() == b_words[-1].lower()


def accounts_of(passages: list[Passage], attributions: list[Attribution],
                ) -> tuple[str, dict[str, list[Passage]]]:
    """Split passages into accounts: by outlet if there are several, else by speaker, with
    the outlet's own voice (its sentences that attribute nothing) as one more account."""
    outlets: dict[str, list[Passage]] = {}
    for p in passages:
        outlets.setdefault(p.outlet or "unknown outlet", []).append(p)
    if len(outlets) > 1:
        return "outlet", outlets
    by_speaker: dict[frozenset[str], tuple[str, list[Passage]]] = {}
    own: list[Passage] = []
    seen: set[tuple[str, int]] = set()
    for p in passages:
        for a, b in sentence_spans(p.text):
            start = p.start + a
            if (p.article_id, start) in seen:
                continue
            seen.add((p.article_id, start))
            said = next((x for x in attributions if x.article_id == p.article_id
                         and x.sentence_start <= start < x.sentence_end), None)
            part = p.model_copy(update={"text": p.text[a:b], "start": start,
                                        "end": p.start + b})
            # (someone's lawyers are not that someone: see speaker_identity)
            key = speaker_identity(said.who) if said is not None else frozenset()
            if said is None or not key:
                # no one named ("It said", "Some said"): the outlet's own voice. An empty
                # key is in every key, and would put every speaker in its account
                own.append(part)
                continue
            # "Trump" and "Donald Trump" (and "the US leader", who is he) are one speaker
            key = next((k for k, (label, _) in by_speaker.items()
                        if one_speaker(k, label, key, said.who)), key)
            by_speaker.setdefault(key, (_speaker_label(said.who), []))[1].append(part)
    groups = {label: items for label, items in by_speaker.values()}
    if own:
        groups[next(iter(outlets))] = own
    return "speaker", groups


# why a figure is a side figure (Slot.side_why)
SIDE_UNLIKELY = "far less likely to answer than the best account's"
SIDE_UNBOUND = "without the number the question names, which another account's sentence has"
SIDE_OTHER_DOING = "counting what another verb did, beside an account with the question's verb"
SIDE_OTHER_SENSE = "in a sentence without the question's verb, beside an account with it"
