"""Sums of money that answer another question: a change rather than a level ("raise prices
by $1"), the day's peak or a buyer's price for where shares closed, a company's worth for
a price per share.
"""

from __future__ import annotations

import re

# a sum a change is by ("plans to raise prices by about $1 to $2") is the change, not the level
_BY = re.compile(r"(?i)\bby\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|almost\s+|some\s+|"
                 r"more than\s+|less than\s+|up to\s+|over\s+|at least\s+)?"
                 r"(?:[$€£¥][\d.,]+(?:\s+(?:million|billion|trillion))?\s+(?:to|and)\s+)?$")
# what marks a price as the day's extreme, not where it closed
_EXTREME = re.compile(r"(?i)\b(?:as\s+(?:high|low)\s+as|(?:high|low|peak)\s+of|peaked\s+at|"
                      r"intraday|topped\s+out\s+at)\s+(?:about\s+|nearly\s+)?$")
_PRICE_WORDS = {"price", "prices", "priced"}
_WHOLE_VALUE_WORDS = {"value", "valuation", "valued", "worth", "cap", "capitalization"}
_WHOLE_VALUE = re.compile(r"(?i)\b(?:market\s+(?:value|cap|capitalization)|valuation|valued\s+at|"
                          r"worth)\b")
# a price someone paid or got in a trade
_DEALT = re.compile(r"(?i)\b(?:purchas(?:ed|ing)|bought|buying|sold|selling|paid|paying)\b")
