"""Whom "he" or "she" can be: the grammatical gender an article gives a named speaker.

Attribution resolves a pronoun speaker ("she said") to a speaker named a few sentences
before. A "she" is not the man quoted last, and neither "he" nor "she" is a news agency, a
storm or a region. The evidence, in the order it is read, and only what the article itself
shows:

- a word of the speaker's own phrase: an honorific ("Mr.", "Ms."), a role or kin word
  ("spokeswoman", "chairman", "daughter", "Queen"), or a common first name of one gender;
- the words around the speaker's surname in the article: an honorific ("Mr. Ramaphosa"), a
  pronoun just after it ("Hochul said she is doubling ..."), a possessive opening its clause
  ("In his address ..., Ramaphosa described ...").

None when nothing says; such a speaker stays a candidate for either pronoun.
"""

from __future__ import annotations

import re
from typing import Literal

from assistant.nlp.lexicon import COUNTRY_NAMES, FOREIGN_PLACES, US_STATES

Gender = Literal["m", "f"]

_HONORIFIC = {"mr": "m", "mr.": "m", "mister": "m", "sir": "m", "lord": "m",
              "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f", "miss": "f", "madam": "f",
              "dame": "f", "lady": "f"}
_ROLE_WORDS: dict[str, Gender] = {
    **dict.fromkeys("spokesman chairman congressman businessman councilman alderman "
                    "assemblyman anchorman policeman fireman sportsman frontman king prince "
                    "duke emperor father dad son brother husband boyfriend uncle nephew "
                    "grandfather grandson actor widower monk pope archbishop".split(), "m"),
    **dict.fromkeys("spokeswoman chairwoman congresswoman businesswoman councilwoman "
                    "assemblywoman anchorwoman policewoman sportswoman queen "
                    "princess duchess empress mother mom mum daughter sister wife girlfriend "
                    "aunt niece grandmother granddaughter actress widow nun".split(), "f"),
}
# common first names of one gender in English-language news (unisex names are left out)
_FIRST: dict[str, Gender] = {
    **dict.fromkeys(
        "adam alan albert alexander andrew anthony antonio arthur benjamin bernard bill "
        "bob brandon brian bruce carl carlos charles chris christopher daniel david dennis "
        "donald douglas edward eric frank gary george gerald gregory harold harry henry "
        "jack jacob james jason jeffrey jerry jim joe john jonathan jose joseph joshua juan "
        "justin keith kenneth kevin larry lawrence louis mark martin matthew michael mike "
        "nicholas patrick paul peter philip ralph raymond richard robert roger ronald roy "
        "russell ryan samuel scott sean stephen steve steven thomas timothy tom tony victor "
        "vladimir walter wayne william boris emmanuel olaf rishi joe kevin mitch ron "
        "vivek ted marco greg gavin ben hunter mohammed muhammad ahmed ali hassan ivan "
        "sergei dmitry volodymyr xi narendra jair lula pedro luis miguel francisco tim jim "
        "andy dan dave doug ed fred jeff jon josh ken matt nick pat phil rick rob sam stan ted "
        "todd will zach aaron austin bradley brett chad clint craig curtis derek dustin "
        "eugene floyd glenn gordon howard jared jeremy jerome jesse joel kyle lance "
        "leonard marcus nathan neil noah oscar randy reginald rodney seth shane troy tyler "
        "vincent wesley lloyd mohamed omar abdul".split(),
        "m"),
    **dict.fromkeys(
        "alice amanda amy andrea angela ann anna anne barbara betty beverly brenda carol "
        "carolyn catherine cheryl christina christine cynthia deborah debra denise diana "
        "diane donna doris dorothy elizabeth emily emma evelyn frances gloria hannah heather "
        "helen jacqueline janet janice jennifer jessica joan joyce judith judy julia julie "
        "karen katherine kathleen kathryn kelly kimberly laura lauren linda lisa lori "
        "margaret maria marie marilyn martha mary melissa michelle mildred nancy nicole "
        "olivia pamela patricia rachel rebecca rose ruth sandra sara sarah sharon shirley "
        "sophia stephanie susan teresa theresa victoria virginia naomi rochelle kamala "
        "nikki hillary nancy liz ursula giorgia marine kristi kathy gretchen katie "
        "alexandria ilhan elise marjorie greta serena simone naomi "
        "brittney caitlin megan meghan kate camilla elena olena yulia irina natalia "
        "svetlana ana sofia isabel lucia penny jen jenny karine alison allison samantha "
        "christine cathy sabrina abigail alexis amber angelina ashley beth bethany brianna "
        "brittany carla carmen cassandra charlotte chelsea claire courtney crystal danielle "
        "debbie eleanor ellen erica erin faith gabrielle gina grace haley heidi holly "
        "ingrid jane jasmine jillian jodi josephine kara kayla kristen kristin leah "
        "lindsey lydia madeline mallory marcia marianne melanie miranda molly monica natalie "
        "nina paula peggy priya rita roberta rosa sabrina shannon sheila sonia stacy "
        "susie tamara tara tina tracy valerie vanessa wendy yvonne zoe".split(), "f"),
}
_PRONOUNS: dict[str, Gender] = {"he": "m", "him": "m", "his": "m", "himself": "m",
                                "she": "f", "her": "f", "hers": "f", "herself": "f"}
_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I)
# not a person: what "he" or "she" cannot be. A thing is known by the last word of its
# phrase ("the weather service", "Kewaunee County"), by a first word that names a storm or a
# region ("Hurricane Ian", "Eastern Finland"), or as a whole (a news agency, a place); a
# person's phrase may hold an organisation before the name ("White House press secretary
# Jen Psaki", "CNN's Gene Norman"), so only the head counts
_THING_HEAD = frozenset(
    "agency news press times post journal gazette tribune herald sentinel republic "
    "independent inquirer network channel radio television tv site ministry department office "
    "service council committee commission court university college institute government "
    "administration company corporation inc corp ltd group association union party police "
    "army navy military county state city province region house pentagon kremlin library "
    "sports foundation center centre hospital clinic board bureau authority agencies "
    "officials authorities organization organisation bank power energy airline airlines "
    "motors analysis report data records study survey poll medical hills park valley beach "
    "heights guardian telegraph observer independent economist suit lawsuit".split())
# nouns that open a sentence as a speaker and name a body, not a surname: "Police said"
_COLLECTIVE = frozenset("police officials authorities government administration ministry "
                        "department agency court army military navy council committee "
                        "commission union party company group office service media "
                        "medical state city "
                        "county university college report data study survey poll news "
                        "sources records".split())
_THING_FIRST = frozenset("hurricane tropical storm typhoon cyclone eastern western northern "
                         "southern central lake mount port".split())
_THING_WHOLE = frozenset("yonhap reuters tass xinhua interfax ria afp ap cnn bbc nbc abc cbs "
                         "fox npr axios politico bloomberg msnbc".split())
_PLACES = frozenset(n for names in COUNTRY_NAMES for n in names) | FOREIGN_PLACES | US_STATES
_CAP = re.compile(r"[A-Z][\w’'.-]*")
# the dot of an abbreviation, which ends no sentence ("St. George's Cathedral")
_ABBREV_DOT = (r"(?<=\b(?:St|Dr|Mt|Ft|Jr|Sr|No|Co))\.|(?<=\b(?:Gov|Sen|Rep|Gen|Rev|Inc|Jan|Feb|"
               r"Aug|Oct|Nov|Dec))\.|(?<=\b(?:Prof|Corp|Sept))\.")
# what a person's own "In his address, X said" opens with ("Despite his attacks, Clark" is
# another man's)
_SPEAKING = (r"address|speech|remarks|statement|letter|post|tweet|interview|testimony|"
             r"resignation|eulogy|sermon|memoir|book|essay|op-ed|column|message|video|"
             r"appearance|briefing|conference|announcement|ruling|opinion|decision|order|"
             r"lawsuit|filing|complaint|report|campaign|visit|trip|tour|meeting|call")
_SAYS = (r"said|says|told \w+|added|wrote|noted|explained|recalled|insisted|argued|"
         r"acknowledged|admitted|believes|thinks|hopes|is|was|had|has|would|will")


def is_thing(speaker: str) -> bool:
    """Does the speaker's phrase name no person (an agency, a storm, a place)? A phrase with
    a person's cue (a first name, an honorific, a role or kin word) is a person, and so is a
    bare capitalised word that is no agency or place: a surname ("Power", "Lake"). Else its
    head decides: the last word, a first word that names a storm or region, or the whole."""
    bare = re.sub(r"(?i)^(?:the|a|an)\s+", "", speaker)
    words = bare.replace("-", " ").split()
    if not words:
        return False
    low = [re.sub(r"['’]s$", "", w.lower()).strip(".,") for w in words]
    whole = " ".join(w.lower() for w in words)
    if whole in _THING_WHOLE or " ".join(words) in _PLACES:
        return True
    if len(words) == 1:
        if bare == speaker and words[0][:1].isupper():
            # a bare capitalised word is a surname ("Power said", "Lake said"), unless it
            # names a body ("Police said")
            return low[0] in _COLLECTIVE
        return low[0] in _THING_HEAD or low[0] in _COLLECTIVE  # "the agency", "the governor"
    if low[0] in _THING_FIRST:
        return True  # "Hurricane Nicole"
    if len(words) >= 2 and low[-2] in _FIRST:
        return False  # a phrase that ends in a person's name: "Samantha Power"
    if any(w in _HONORIFIC or w in _ROLE_WORDS for w in low) and low[-1] not in _THING_HEAD:
        return False  # "spokeswoman Patricia El-Hinnawy", not "the spokesman's office"
    return low[-1] in _THING_HEAD or low[0] in _THING_FIRST


def surname(speaker: str) -> str | None:
    """The last capitalised word of the speaker's phrase ("Dr. Daniel Rhoads" → Rhoads)."""
    caps = _CAP.findall(speaker)
    return re.sub(r"['’]s$", "", caps[-1]).rstrip(".,") if caps else None


def is_first_name(word: str) -> bool:
    """Is ``word`` a first name this module knows ("Hillary", "Donald")?"""
    return word.lower() in _FIRST


def of_phrase(speaker: str) -> Gender | None:
    """The gender the speaker's own words give: an honorific, a role or kin word, a first
    name. None when they give none, or both."""
    found: set[Gender] = set()
    words = [w.strip(",;:") for w in speaker.split()]
    for i, w in enumerate(words):
        low = w.lower()
        if low in _HONORIFIC:
            found.add(_HONORIFIC[low])  # type: ignore[arg-type]
        elif low.strip(".") in _ROLE_WORDS:
            found.add(_ROLE_WORDS[low.strip(".")])
        elif w[:1].isupper() and low in _FIRST and i < len(words) - 1:
            found.add(_FIRST[low])  # a first name: a word before the surname
    return found.pop() if len(found) == 1 else None


def in_text(name: str, text: str) -> Gender | None:
    """The gender the article gives ``name`` (a surname): honorifics before it ("Mr.
    Ramaphosa"), a pronoun just after its verb ("Hochul said she", "Cho, the 23-year-old who
    escaped, said she saw"), or a possessive in a phrase of their own speaking that opens the
    clause it is the subject of ("In his address ..., Ramaphosa described"; not "Despite his
    attacks on big business, Clark", where "his" is another man's). The majority; None
    when none or a tie."""
    n = re.escape(name)
    votes = {"m": 0, "f": 0}
    for m in re.finditer(rf"\b(Mr|Ms|Mrs|Miss)\.?\s+(?:[A-Z][\w’'-]*\s+)?{n}\b", text):
        votes[_HONORIFIC[m.group(1).lower()]] += 1
    for m in re.finditer(rf"\b{n}\b(?:,[^.!?\"“”]{{1,80}},)?\s+(?:{_SAYS})\s+(he|she)\b",
                         text):
        votes[_PRONOUNS[m.group(1).lower()]] += 1
    for m in re.finditer(rf"(?m)(?:^|[.!?]\s+)(?:In|During|At|On|Throughout)\s+(his|her)\s+"
                         rf"(?:\w+\s+){{0,2}}?(?:{_SPEAKING})\b(?:[^.;!?\"“”]|{_ABBREV_DOT}){{0,140}},\s+"
                         rf"(?:[A-Z][\w’'.-]*\s+){{0,3}}{n}\b", text):
        votes[_PRONOUNS[m.group(1).lower()]] += 1
    if votes["m"] == votes["f"]:
        return None
    return "m" if votes["m"] > votes["f"] else "f"


def gender(speaker: str, text: str) -> Gender | None:
    """The speaker's gender as the article ``text`` gives it: its own phrase first, then
    the words around its surname."""
    if (g := of_phrase(speaker)) is not None:
        return g
    name = surname(speaker)
    return in_text(name, text) if name else None


def could_be(speaker: str, pronoun: str, text: str) -> bool:
    """Can ``pronoun`` ("he" or "she") refer to ``speaker``? Not to a thing, and not to a
    person the article gives the other gender; anyone else may be meant."""
    want = _PRONOUNS.get(pronoun.lower())
    if want is None:
        return True
    if is_thing(speaker):
        return False
    g = gender(speaker, text)
    return g is None or g == want
