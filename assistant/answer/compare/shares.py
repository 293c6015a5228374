"""Percents that are not the share asked: what a whole is made of ("women, who make up
52%"), how far a vote count has gone ("with 95% reporting"), turnout for a share of the
vote, another candidate's share, a change the other way from the question's.
"""

from __future__ import annotations

import re

from assistant.answer.compare.asked import _COMPOSED, Asked, _direction
from assistant.answer.compare.text import _NAME, _NAME_WORD, _clause
from assistant.nlp.quantities import Quantity
from assistant.nlp.tokens import stem, words

_COMPOSED_AT = re.compile(_COMPOSED.pattern + r"\s+(?:(?:about|around|nearly|almost|roughly|"
                          r"some|only|just|over|under|more than|less than|at least)\s+)?$")
# a share of the ballots counted so far is how far the count has gone, not anyone's share:
# "With 40% of the votes counted, Trump ..."
_WITH = re.compile(r"(?i)\bwith\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|more than\s+|"
                   r"an estimated\s+|just over\s+)?$")
_COUNTED = re.compile(r"(?i)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:votes?|ballots?|precincts?)\s+"
                      r"(?:counted|in(?=\s*[,.;])|tallied|reporting|tabulated|processed)\b")
_REPORTING = re.compile(r"(?i)\s+(?:of\s+precincts\s+)?reporting\b")
# a share of the electorate is turnout, not a candidate's share of the vote: "roughly 13% of
# the eligible voters"
_TURNOUT = re.compile(r"(?i)\s+of\s+(?:the\s+|all\s+|its\s+)?(?:[\w.-]+['’]s\s+)?"
                      r"(?:eligible|registered|active)\s+voters\b")
# a name that wins a share: "DeSantis won 21%", "Trump received about 51%", "DeSantis, the
# Florida governor, won 21%"; "with challenger Ryan Binkley, a Texas businessman, winning
# fewer than 1%" (an -ing form only after "with": in "Trump beat DeSantis, the Florida
# governor, winning 51%" the share is Trump's); "candidate Nikki Haley at just more than 30%"
# ("at" only after no verb or preposition: "won Iowa at 51%" is no share of Iowa's)
_SHARE_BOUND = (r"(?:(?:about|nearly|almost|roughly|just over|just under|more than|just more "
                r"than|less than|fewer than|an estimated|just)\s+)?$")
_SHARE_OF = re.compile(_NAME + r"(?:,[^,]{1,60},)?\s+(?:[a-z]+ly\s+)?(?:won|wins|got|gets|"
                       r"received|receives|had|has|took|takes|captured|garnered|secured|"
                       r"earned|drew|polled)\s+" + _SHARE_BOUND)
_SHARE_WITH = re.compile(r"\bwith\s+(?:[a-z-]+\s+){0,3}" + _NAME + r"(?:,[^,]{1,60},)?\s+"
                         r"(?:winning|getting|receiving|taking|capturing|drawing)\s+"
                         + _SHARE_BOUND)
_SHARE_AT = re.compile(r"(?:^|(?<=[,;(]\s)|\b(?P<before>[a-z]+)\s+)" + _NAME + r"\s+at\s+"
                       + _SHARE_BOUND)
# words before a name that make "NAME at 30%" no share of the name's: "won Iowa at 51%"
_NOT_OWNER_BEFORE = {"won", "win", "wins", "carried", "carries", "swept", "sweeps", "took",
                     "takes", "in", "of", "from", "at", "for", "to", "by", "on", "with", "beat",
                     "beats", "defeated", "over", "across", "throughout"}


_BASE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?((?:[\w.’'-]+\s+){0,2}[\w’'-]+)")


def _same_base(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Is the whole a share is taken of ("accounting for 51% of the vote") one the question
    names ("What percentage of the vote ...")? "52% of the population" is not the vote's."""
    m = _BASE.match(sentence, q.end)
    if m is None:
        return False
    return bool({stem(w) for w in words(m.group(1))} & set(asked.base))


def _against_the_change(asked: Asked, sentence: str, q: Quantity) -> bool:
    """Does the percent ``q`` measure a change the other way from the question's: "a
    year-over-year increase of 28%" for "By what percent is Stripe cutting its staff?",
    "Microsoft shares fell around 1.5%" for "By what percent did the stock rise?"""
    want = asked.direction
    if len(want) != 1:
        return False
    said = _direction(_clause(sentence, q))
    return bool(said) and not said & want


def _vote_counted(sentence: str, q: Quantity) -> bool:
    """Is the percent ``q`` how far a count has gone ("With about 95% of the expected vote
    counted", "with 95% reporting"), not anyone's share?"""
    end = q.start + len(q.text)
    return bool(_WITH.search(sentence, 0, q.start) and _COUNTED.match(sentence, end)) \
        or bool(_REPORTING.match(sentence, end))


_OF_NAMES = re.compile(r"\s+of\s+(?:the\s+|all\s+)?(?P<name>[A-Z][\w’'.-]*"
                       r"(?:(?:\s+(?:and|&)\s+|\s+)[A-Z][\w’'.-]*)*)")


def _share_owner(asked: Asked, sentence: str, q: Quantity) -> bool | None:
    """Whose is the percent ``q``: True when a name the question names wins it ("Haley at
    30%"), False when another name does ("DeSantis won 21%" for "What percent of the vote
    did Trump win?"), None when no name does or the question names none."""
    if not any(w[:1].isupper() for w in asked.words[1:]):
        return None
    m = _SHARE_OF.search(sentence, 0, q.start) or _SHARE_WITH.search(sentence, 0, q.start)
    if m is None and (m := _SHARE_AT.search(sentence, 0, q.start)) is not None \
            and (m.group("before") or "") in _NOT_OWNER_BEFORE:
        m = None
    if m is None:
        # the whole a share is of, named after it: "standard on only 26% of Hyundais and
        # Kias" (another whole named so is left undecided: "of U.S. births" may be the
        # question's "US")
        if (whole := _OF_NAMES.match(sentence, q.start + len(q.text))) is not None and any(
                w.lower() in asked.lower_words for w in _NAME_WORD.findall(whole["name"])):
            return True
        return None
    return any(w.lower() in asked.lower_words for w in _NAME_WORD.findall(m.group("name")))
