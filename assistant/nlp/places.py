"""Closed classes of places: the world's countries and the US states.

"Which country" and "which state" ask for a member of a closed list, so a sentence fits such
a question only when it names a member the question does not already name. Any capitalised
name fits an open class ("which city", "where"); see ``answertype.fits``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

PlaceClass = Literal["country", "state"]

COUNTRIES = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda",
    "Argentina", "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain",
    "Bangladesh", "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia",
    "Bosnia and Herzegovina", "Bosnia", "Botswana", "Brazil", "Brunei", "Bulgaria",
    "Burkina Faso", "Burundi", "Cabo Verde", "Cape Verde", "Cambodia", "Cameroon", "Canada",
    "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo",
    "Costa Rica", "Côte d'Ivoire", "Ivory Coast", "Croatia", "Cuba", "Cyprus", "Czechia",
    "Czech Republic", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador",
    "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia",
    "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece",
    "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
    "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy",
    "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo", "Kuwait",
    "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
    "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia",
    "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico",
    "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique",
    "Myanmar", "Burma", "Namibia", "Nauru", "Nepal", "Netherlands", "Holland", "New Zealand",
    "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Macedonia", "Norway",
    "Oman", "Pakistan", "Palau", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru",
    "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda",
    "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa",
    "San Marino", "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles",
    "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia",
    "South Africa", "South Korea", "Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan",
    "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania",
    "Thailand", "Timor-Leste", "East Timor", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia",
    "Turkey", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
    "United Arab Emirates", "UAE", "United Kingdom", "UK", "U.K.", "Britain", "Great Britain",
    "England", "Scotland", "Wales", "Northern Ireland", "United States", "US", "U.S.", "USA",
    "U.S.A.", "America", "Uruguay", "Uzbekistan", "Vanuatu", "Vatican", "Venezuela",
    "Vietnam", "Yemen", "Zambia", "Zimbabwe",
)

US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
    "Wisconsin", "Wyoming",
)

# "which (European) country", "what US state", "which African nations"; not "which group of
# countries" (an organisation answers that), "which state-owned firm" or "state of emergency"
_ASKS = re.compile(
    r"\b(?:which|what)\s+(?:(?!of\b)[\w.’'-]+\s+){0,2}?"
    r"(?P<noun>countries|country|nations|nation|states|state)\b(?![-’']|\s+of\b)",
    re.I,
)


def asked_class(question: str) -> PlaceClass | None:
    """The closed class of place ``question`` asks for, if any."""
    m = _ASKS.search(question)
    if not m:
        return None
    return "state" if m.group("noun").lower().startswith("state") else "country"


@lru_cache(maxsize=2)
def _pattern(cls: PlaceClass) -> re.Pattern[str]:
    names = sorted(US_STATES if cls == "state" else COUNTRIES, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    # case-sensitive: "us" and "turkey" are words; a dotted abbreviation ends without \b
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w]|\.\w)")


def names_in(text: str, cls: PlaceClass) -> set[str]:
    """The members of ``cls`` that ``text`` names (as written)."""
    return {m.group(0) for m in _pattern(cls).finditer(text)}


def names_new(sentence: str, question: str, cls: PlaceClass) -> bool:
    """Does ``sentence`` name a member of ``cls`` that ``question`` does not name?"""
    low = question.lower()
    return any(not re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", low)
               for n in names_in(sentence, cls))
