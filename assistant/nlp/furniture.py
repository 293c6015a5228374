"""Page furniture: the lines of a scraped article that are not its story.

Bylines ("Contributing: Trevor Hughes, USA TODAY"), credit lines ("AP"), datelines on
their own, photo captions ("A screen grab shows ..."), links to other stories
("November:FBI director says ..."), newsletter prompts, section labels in capitals and
one-word "sentences". None of them is an event, a value or a claim of the story.
Patterns come from how news pages are laid out (lists in ``assistant.nlp.lexicon``).
"""

from __future__ import annotations

import re

from assistant.nlp.lexicon import (
    BYLINE_OPENERS,
    CAPTION_OPENERS,
    PHOTO_AGENCIES,
    PROMO_OPENERS,
    PROMO_PHRASES,
)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_OPENER = re.compile(r"(?i)^(?:" + "|".join(re.escape(w) for w in BYLINE_OPENERS) + r")(?!\w)")
_CAPTION = re.compile(r"(?i)^(?:" + "|".join(re.escape(w) for w in CAPTION_OPENERS)
                      + r")(?!\w)")
_PROMO = re.compile(r"(?i)" + "|".join(re.escape(w) for w in PROMO_PHRASES))
_PROMO_OPENER = re.compile("^(?:" + "|".join(re.escape(w) for w in PROMO_OPENERS) + ")")
# the dots a scraped headline ends in when its source cut it short
_CUT_SHORT = re.compile(r"\s*(?:\.\.\.|…)\s*$")


# a site's or section's name after a bar at a scraped headline's end: "... dies at 82 | CNN",
# "... | The Week UK", "... | CNN ...", "... | Fact check"; one to four words, the first
# capitalised (a headline after a label, "Opinion | Why the court got it wrong", is no site's
# name)
_SITE_SUFFIX = re.compile(r"\s+\|\s+(?:[A-Z0-9][\w.&’'-]*)(?:\s+[\w.&’'-]+){0,3}"
                          r"(?:\s*(?:\.\.\.|…))?\s*$")


def site_suffix(text: str) -> int | None:
    """Where a site's name after a bar ends a headline ("Pelé dies at 82 | CNN" → before
    " | CNN"); None when there is none, or when what is before the bar is shorter than the
    name (then the bar follows a label). It names the page, not the story."""
    m = _SITE_SUFFIX.search(text)
    if not m or m.start() < m.end() - m.start():
        return None
    return m.start()


def cut_short(text: str) -> int | None:
    """Where the dots that cut a headline short begin ("Zelensky lashes out at ..." → before
    " ..."); None when it is whole. The dots are no words of the story."""
    m = _CUT_SHORT.search(text)
    return m.start() if m else None
# "November:FBI director says ..." / "2024:Florida Gov. ..." — a label glued to a headline
_LINK = re.compile(r"^[^.!]{1,80}?[A-Za-z0-9?'’]:[A-Z0-9“\"]")
# "What does SOS mode on iPhone mean?Symbol appears during ...": a link headline glued to the
# next one, with no space after its question mark and no full stop at its end (a subhead
# glued to its paragraph, "Is it safe?Experts say yes, ...", ends as a sentence and stays)
_GLUED = re.compile(r"^[^.!]{1,100}?[a-z0-9’'][?][A-Z][^.!?]*$")
# "... taken on 28 November 2022 (Image credit: United States Geological Survey)"
_IMAGE_CREDIT = re.compile(r"(?i)\((?:image|photo|picture)(?:\s+credit)?\s*:|"
                           r"\b(?:image|photo) credit\s*:")
# a caption led by its photo credit, as galleries print them: "Ramon Espinosa/AP A Cuban
# family transports ...", "Mark Mulville/The Buffalo News/AP People snowshoe ...": a name of
# two to four words (initials too), then a slash, and a photo agency among the next few
# slashed parts. Not "New York/New Jersey is a host ...", "Eli Lilly/Boehringer Ingelheim's
# drug", "The Pfizer/BioNTech vaccine": no agency.
_LEAD_CREDIT = re.compile(
    r"^(?!(?:The|A|An|This|That|These|Those|In|On|At|For|If|As|But|And|While|After|When)\s)"
    r"[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+|de|van|von|del|da|la|le|al)){1,3}"
    r"(?:/[^/\n]{1,40}?){0,3}/(?:(?:[A-Z][\w.'’&-]*\s){1,5}via\s)?(?:"
    + "|".join(re.escape(a) for a in PHOTO_AGENCIES)
    + r")(?=$|[\s/])")
# a photographer's credit for the outlet leading its caption: "Matthew Busch for CNN A prayer
# vigil is held in Uvalde on May 25."
_FOR_OUTLET_CREDIT = re.compile(
    r"^[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}\s+for\s+(?:CNN|USA TODAY)"
    r"(?:\s+[A-Z“\"]|\s*$)")
# a video link's line: "Video Ad Feedback Taiwan holds ceremony for F-16V jets 02:11 - Source:
# CNN"
_VIDEO = re.compile(r"^Video Ad Feedback\b|\b\d{1,2}:\d\d\s*-\s*Source:\s*[A-Z]")
# a sports page's "up next" box: "Bruins: Host the Tampa Bay Lightning on Tuesday.",
# "Hurricanes: At Calgary on Saturday." (a team, a colon, where it plays next and when, in
# names only: not "Oscars: Hosts Jimmy Kimmel and Tina Fey drew laughs on Sunday.")
_UP_NEXT = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}:\s+(?:Hosts?|At|Visits?|vs\.?)\s+(?:the\s+)?"
    r"[A-Z][\w.'’-]*(?:\s+[A-Z0-9][\w.'’-]*){0,4}\s+(?:on\s+)?"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+night)?\.?$")
# a link to more of the same: "Find Thursday's coverage here.", "Read our full coverage here.",
# "For the latest on Hamlin, visit our live updates here.", "Here's our latest coverage of
# Hamlin."
# (a dot of an abbreviation, "U.S.", "St. Louis", is no sentence's end; a colon ends the
# promo: what follows it is news, "Here are the latest updates: the FDIC sold the bank")
_IN_LINE = r"(?:[^.!?:]|\.(?=\w)|(?:(?<=\b[A-Z])|(?<=\b[A-Z][a-z]))\.)"
_MORE_HERE = re.compile(r"(?i)^(?:for\s+(?:the\s+)?(?:latest|more)\b" + _IN_LINE + r"{0,60}?,"
                        r"\s*)?(?:find|read|see|follow|get|catch up on|visit|check out)\b"
                        + _IN_LINE + r"{0,60}?\b(?:coverage|updates|stories)\s+here\.?$"
                        r"|^here(?:'s|’s|\s+is|\s+are)\s+(?:our\s+(?:(?:latest|full|live)\s+)*|"
                        r"the\s+latest\s+)(?:coverage|updates)\b" + _IN_LINE + r"{0,60}[.:]?$")
# "Candy Woodall is a Congress reporter for USA TODAY." / "... covers breaking news for ..."
_BIO = re.compile(r"(?i)\b(?:is an? (?:\w+\s){0,4}(?:reporter|correspondent|columnist|editor|"
                  r"writer|producer)|covers [\w\s,]{1,60}\bfor)\b")
_BY = re.compile(r"^By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and)\s*[A-Z]"
                 r"[\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*\s*$")
# "From USA TODAY Network and wire reports", "From staff and wire reports": where the text
# came from, not a line of it
_SOURCED = re.compile(r"(?i)^From\s+(?:[\w.&'’ -]{1,60}?\s+)?(?:wire|staff|news|agency)\s+"
                      r"reports\.?$")
_DATELINE_ONLY = re.compile(r"^[A-Z][A-Z .'’-]{1,40},\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?"
                            r"\.?\s*(?:/[A-Za-z-]+/\.?|\([A-Za-z -]+\))?\s*[—–-]?\s*$")

# where to watch: "Friday night's action can be seen on Peacock", "The game will be
# broadcast on CBS", "will air live on NBC" (a channel's name, not a day or a month)
_WATCH = re.compile(
    r"\b(?:(?:can|will) be (?:seen|watched|streamed|heard|televised|broadcast)|"
    r"(?:is|are) (?:televised|broadcast|streamed)|(?:will|to) (?:air|stream)|airs|"
    r"(?:is|are) streaming)(?: live)? on (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)[A-Z]")

_CLAUSE = re.compile(r"(?i)\b(?:which|that|who|where|and|but|while|after|before)\b")

# the outlet asking for comment: "did not immediately respond to USA TODAY's request for
# comment Friday", "could not be reached", "did not return a request for comment"
_ASKED_FOR_COMMENT = re.compile(
    r"(?i)\brequest(?:s|ed)?\s+(?:\w+\s+)?(?:for|to|seeking)\s+(?:further\s+)?comment|"
    r"\bdid(?:\s+not|n[’']t)\s+(?:immediately\s+)?(?:respond|return|reply)\b[^.;]{0,60}?"
    r"\b(?:request|comment|e-?mails?|inquir(?:y|ies))\b|"
    r"\bcould(?:\s+not|n[’']t)\s+(?:immediately\s+)?be\s+reached(?:\s+for\s+comment)?"
    r"(?:\s+(?:on\s+)?\w+day(?:\s+\w+)?)?\s*[.,;]|"
    r"\bnot\s+immediately\s+available\s+for\s+comment|"
    r"\breached\s+out\s+to\b[^.;]{0,60}?\bfor\s+comment|"
    r"\b(?:messages?|e-?mails?|calls?)\s+(?:left\s+)?[^.;]{0,60}?\b(?:were|was|went)\s+"
    r"(?:not\s+(?:immediately\s+)?returned|unanswered)")


def tells_where_to_watch(sentence: str) -> bool:
    """Does ``sentence`` tell where to watch or hear the story ("Friday night's action can
    be seen on Peacock")? A service line for the reader, not an event of the story. Only
    when that is what the sentence says: not in a clause that describes something else
    ("The video, which is streaming on YouTube, shows ...") or follows another ("... will be
    played Feb. 11 in Las Vegas and will be broadcast on CBS")."""
    m = _WATCH.search(sentence)
    return m is not None and not _CLAUSE.search(sentence[:m.start()])


def asks_for_comment(sentence: str) -> bool:
    """Is ``sentence`` about the outlet's own request for comment ("A spokeswoman did not
    immediately respond Wednesday to USA TODAY's request for comment")? That is how the
    story was reported, not an event of it. A party that declines to comment ("Meta
    declined to comment Monday") has answered, which is news."""
    return bool(_ASKED_FOR_COMMENT.search(sentence))


# the words a question opens with
_INTERROGATIVE = re.compile(
    r"(?i)^[\"“‘'(\[\s]*(?:who|whom|whose|what|what[’']s|when|where|why|how|which|is|are|was|"
    r"were|do|does|did|can|could|will|would|should|has|have|had|isn[’']t|aren[’']t|"
    r"didn[’']t|doesn[’']t|won[’']t)\b")


def asks(sentence: str) -> bool:
    """Does ``sentence`` ask rather than tell ("How many banks have failed in 2023?", "What's
    the weather today?")? A page's subheads, links and promos ask: a question mark at the end
    of a sentence that opens as a question does. A question someone is reported asking
    ("“Why now?” she asked.", "The chancellor asked: 'Why should families pay?'") and a
    title ("the band released its album, Why Not Me?") are told, not asked."""
    return sentence.rstrip().rstrip("\"'”’)]").endswith("?") \
        and bool(_INTERROGATIVE.match(sentence))


# a photo credit: "Jung Yeon-je/AFP/Getty Images", "Rebecca Wright/CNN", "Courtesy Suah Cho"
_CREDIT = re.compile(r"^\s*(?:Courtesy(?:\s+of)?\s+[A-Z][^\n.!?]{0,60}|"
                     r"[A-Z][\w.'’ -]{1,40}(?:/[A-Z][\w.'’ -]{1,40})+)\s*$")


def followed_by_credit(text: str, end: int) -> bool:
    """Does a photo credit close the line after ``text[:end]``? Then the sentence that ends
    there is a caption ("Crowds are seen in Itaewon on October 30, 2022. Jung Yeon-je/AFP/
    Getty Images"), not a line of the story."""
    line_end = text.find("\n", end)
    rest = text[end:len(text) if line_end < 0 else line_end]
    return bool(rest.strip()) and bool(_CREDIT.match(rest))


def is_furniture(sentence: str) -> bool:
    """Is ``sentence`` page furniture rather than part of the story?"""
    s = sentence.strip()
    words = _WORD.findall(s)
    if len(words) < 3:  # "AP", "CNN —", a lone name
        return True
    if len(words) <= 4 and all(w[0].isupper() or w[0].isdigit() for w in words):
        return True  # "USA TODAY Sports", "The Associated Press": a credit, not a sentence
    if s.endswith(":"):  # "Here is what to expect this week:" introduces, says nothing
        return True
    letters = [c for c in s if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return True  # "SUNDAY'S RESULTS", "THOSE WE LOST IN 2022"
    if _BY.match(s) or _OPENER.match(s) or _CAPTION.match(s) or _DATELINE_ONLY.match(s) \
            or _SOURCED.match(s):
        return True
    if _PROMO.search(s) or _PROMO_OPENER.match(s):
        return True
    if _LINK.match(s) or _GLUED.match(s) or _IMAGE_CREDIT.search(s) or _LEAD_CREDIT.match(s) \
            or _UP_NEXT.match(s) or _MORE_HERE.match(s) or _FOR_OUTLET_CREDIT.match(s) \
            or _VIDEO.search(s):
        return True
    return bool(_BIO.search(s)) and len(words) < 25
