"""Side-by-side accounts: how each outlet (or, within one article, each speaker) answers.

Retrieval runs once; its passages are split into accounts — one per outlet when several
outlets are retrieved, else one per speaker of the attributed sentences ("the Kremlin's
readout versus the White House's statement"). Each account's best sentences are quoted with
citations. Then the values the question asks about are lined up, by type
(``assistant.nlp.quantities``): a duration only against durations, money against money, a
count against counts of the same noun ("12 dead" against "15 dead", never "Interstate 75"
against "210 miles"), a date against dates. Numbers that name things (road and model
numbers, years) are no values.

Which value an article gives: not one that a clause recalls from the past ("Back when she
turned 112", "the 48,268 staff it had at the start of the pandemic", "the previous record of
57 points"), which is an earlier reading, while the article gives a current one; and a count
only in the sense asked: "How many employees does Meta have?" is not answered by "laying off
11,000 employees", nor "For how many races did NASCAR suspend him?" by the hypothetical "he
would have 11 races to try" (other verbs may be synonyms, "deploy" for "send", and stay).

An article that is not about the question contributes nothing (the relevance gate of
``assistant.answer.relevance``, at article level). News moves: each account reports the
value of its newest article that answers about as well as its best (its lead, see
``lead``), with the earlier values beside it ("15, 2024-03-20; earlier 12, 2024-03-14"), so
a toll that rose is not read as outlets disagreeing. Two accounts differ only when their
leading values of the same slot cannot both be true; a count reported larger on a later day
than another outlet's is a tally that rose, not a disagreement.

The package, one concept a module, in the order a question goes through them:

- ``asked``: what the question asks to line up (:class:`Asked`, :func:`asked_slots`);
- ``values``: the values of the asked kind a sentence gives (:func:`slot_values`), less
  those that tell of something else, by kind: ``dates``, ``counts``, ``shares``, ``money``,
  ``ages``, ``durations``, ``scores``, and for any kind ``elsewhere`` (another place, time,
  event or member of a family) and ``verbs`` (another doing);
- ``accounts``: the passages split into accounts, and the result's types;
- ``lead``: which of an account's readings leads it;
- ``agreement``: whether two values can both be true, or differ only as news moves;
- ``lineup``: :func:`compare` itself, which lines the accounts' leading values up;
- ``text`` and ``places``: the word, clause, number and place helpers they share.
"""

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
    listing,
)
from assistant.answer.compare.agreement import APART_DAYS, APART_RATIO, agree, same_amount
from assistant.answer.compare.asked import (
    Asked,
    asked_slots,
    qualifiers,
    question_verb,
    slot_kinds,
    topic_of,
    when_verb,
)
from assistant.answer.compare.dates import (
    MONTH_AFTER_DAYS,
    date_values,
    reported_after,
    reported_before,
)
from assistant.answer.compare.elsewhere import PAST_EVENT_YEARS, recalled
from assistant.answer.compare.lead import LEAD_SHARE
from assistant.answer.compare.lineup import compare
from assistant.answer.compare.scores import SCORE
from assistant.answer.compare.values import current_values, slot_values
from assistant.answer.compare.verbs import governing_verb

__all__ = [
    "APART_DAYS",
    "APART_RATIO",
    "LEAD_SHARE",
    "MONTH_AFTER_DAYS",
    "PAST_EVENT_YEARS",
    "SCORE",
    "SIDE_OTHER_DOING",
    "SIDE_OTHER_SENSE",
    "SIDE_UNBOUND",
    "SIDE_UNLIKELY",
    "Account",
    "Asked",
    "Comparison",
    "Reading",
    "Slot",
    "accounts_of",
    "agree",
    "asked_slots",
    "compare",
    "current_values",
    "date_values",
    "governing_verb",
    "listing",
    "qualifiers",
    "question_verb",
    "recalled",
    "reported_after",
    "reported_before",
    "same_amount",
    "slot_kinds",
    "slot_values",
    "topic_of",
    "when_verb",
]
