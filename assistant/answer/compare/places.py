"""The places a text names: US states and territories (as places, not in titles or team
names), places abroad, and the US itself.
"""

from __future__ import annotations

import re

from assistant.nlp.lexicon import (
    FOREIGN_PLACES,
    US_STATES,
)

_STATE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(n) for n in US_STATES
                                                if n != "Washington"), key=len, reverse=True))
                    + r")\b"
                    # a city named for a state and in another, "the Kansas City Chiefs" (in
                    # Missouri), "Nevada City" (California), "Michigan City" (Indiana),
                    # "Missouri City" (Texas), names no state ("Oklahoma City" names its own)
                    r"(?!(?<=Kansas|Nevada)\s+City\b)(?!(?<=Michigan|Missouri)\s+City\b)"
                    r"(?!\s+(?:Times|Post|Daily|Journal|Yankees|Mets|Giants|Jets|"
                      r"Rangers|Knicks|Islanders|Rams|Chargers|Kings|Clippers|Lakers|"
                      # a person's title or origin: "the former South Carolina governor",
                      # "Texas Gov. Greg Abbott", "a Texas businessman"
                      r"Gov\b|[Gg]overnor|Lt\b|Sen\b|[Ss]enator|Rep\b|[Rr]epresentative|"
                      r"[Cc]ongress(?:man|woman)|[Ll]awmaker|[Aa]ttorney|[Ss]ecretary|"
                      r"business(?:man|woman)|native|resident|Democrat\b|Republican\b(?!\s+Party)"
                      r"))")


def _states(text: str) -> set[str]:
    """The US states and territories ``text`` names as places (not "The New York Times",
    nor "the former South Carolina governor": a person's title tells of the person; nor
    "Kansas City", a city in Missouri)."""
    return {m.group(0) for m in _STATE.finditer(text)}


_ABROAD = re.compile(r"(?<!\bNew )(?<!\bGulf of )(?<![-–])\b(?:" + "|".join(
    sorted(map(re.escape, FOREIGN_PLACES), key=len, reverse=True)) + r")\b(?![-–])")
# a question that names the US itself ("the US-Mexico border", "U.S. Steel") is not asked of
# a place abroad only
_HOME = re.compile(r"\b(?:U\.?S\.?A?|United States|America|American|Americans|nationwide)\b")


def _abroad(text: str) -> set[str]:
    """The places outside the US that ``text`` names ("Caribbean", "Taiwan")."""
    return {m.group(0) for m in _ABROAD.finditer(text)}
