"""A side's goals, points or runs read from a game's score: "England routs China 6-1" gives
England 6, "LSU beat Iowa 102-85" gives Iowa 85.
"""

from __future__ import annotations

import re

from assistant.answer.compare.asked import Asked
from assistant.nlp.quantities import Quantity

# a game's score: "routs China 6-1", "a 102-85 victory" (not a range, a date or a phone number)
_SCORE = re.compile(r"(?<![\d.,$/:-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\d%/:]|[-–]\d)")
_WON = re.compile(r"(?i)\b(?:beat|beats|beating|rout|routs|routed|routing|defeat|defeats|"
                  r"defeated|defeating|top|tops|topped|edge|edges|edged|crush|crushes|crushed|"
                  r"down|downs|downed|thrash|thrashed|won|win|wins|winning|victory|victories|"
                  r"overpower\w*|rolled|cruised|stun|stuns|stunned|blank|blanked)\b")
_LOST = re.compile(r"(?i)\b(?:lost|lose|loses|losing|loss|fell|falls|fall)\b")
_SCORED = ("goal", "point", "run")
# the qualifier of a count read from a game's score: it is what the side scored, whatever
# verb the sentence uses ("beat UConn 64-49")
SCORE = "score"


def _scores(asked: Asked, sentence: str) -> list[Quantity]:
    """For "How many goals did England score against China?": the asked side's number in a
    score the sentence gives ("England routs China 6-1": 6; "Iowa fell to LSU 102-85": 85).
    The side is the name between "did" and "score", named before the score; it won when it
    is named before a word of winning or after one of losing ("LSU ... with a 102-85
    victory"), and lost the other way round ("LSU beat Iowa 102-85" for Iowa)."""
    if asked.noun not in _SCORED or asked.verb != "scor":
        return []
    words = asked.words
    try:
        team = words[words.index("did") + 1:words.index("score")]
    except ValueError:
        return []
    if not team or not all(w[:1].isupper() for w in team):
        return []
    at = sentence.find(" ".join(team))
    if at < 0:
        return []
    out = []
    for m in _SCORE.finditer(sentence):
        if at > m.start():
            continue  # the side named after the score only tells ("..., England said.")
        high, low = sorted((int(m.group(1)), int(m.group(2))), reverse=True)
        if high == low:
            value = high
        else:
            first = min((x for x in (_WON.search(sentence), _LOST.search(sentence)) if x),
                        key=lambda x: x.start(), default=None)
            if first is None:
                continue
            won = bool(_WON.fullmatch(first.group(0)))
            value = high if won == (at < first.start()) else low
        out.append(Quantity(kind="count", value=value, low=value, high=value, unit=asked.noun,
                            text=f"{value} ({m.group(0)})", start=m.start(), end=m.end(),
                            qualifiers=[SCORE]))
    return out


def _is_score(meaning: Quantity | str) -> bool:
    return isinstance(meaning, Quantity) and SCORE in meaning.qualifiers
