"""Word lists, in one place: the cues that reverse or bound what a clause says.

Each list is written from how English marks meaning, not from any test set:

- **Negation** is marked by particles (not, n't, never, no, none, nor, without) and by
  verbs whose complement did not happen (deny, refuse, fail, decline). A few fixed phrases
  that contain such a word do not negate ("not only", "no doubt").
- **Direction** words sit on a scale with two ends (rise/fall, more/less, before/after,
  win/lose, approve/reject). A word may sit on several scales ("lost" a game, "lost" votes).
  On a *converse* scale the two ends describe one relation from either side: "A beat B" is
  "B lost to A", "X before Y" is "Y after X". Swapping the two sides flips the word's end.
- **Quantifiers** fall into classes: all, most, some, few, none; an exclusive "only" against
  inclusive "also"; and ordinals, where "first" and "last" are the two ends.
- **Symmetric** predicates relate two actors the same way from both sides ("A met B").

Inflected forms are listed out rather than stemmed, so that "won" never reads as "win"
inside "won't", and so the lists can be read and extended by hand.
"""

from __future__ import annotations

from typing import NamedTuple

# --- negation ---------------------------------------------------------------------------------

NEGATION_PARTICLES = frozenset(
    """not no never none nobody nothing neither nor without cannot nowhere""".split())
# verbs that report that their complement did not happen ("refused to pay" = did not pay)
NEGATIVE_VERBS = frozenset(
    """deny denies denied denying refuse refuses refused refusing fail fails failed failing
    decline declines declined declining""".split())
# verbs that end what their complement names: a negation only before a gerund ("stopped
# applying sanctions" = no longer applies them), not before an object ("stopped the convoy")
# verbs of saying, as a claim or a source puts words in someone's mouth ("Peskov said",
# "told", "warned"); attribution reads more forms in its own patterns
SPEECH_VERBS = frozenset("""said says told tells added adds warned announced stressed claimed
insisted noted wrote argued explained declared""".split())
ENDING_VERBS = frozenset(
    """stop stops stopped stopping cease ceases ceased ceasing quit quits quitting halt halts
    halted halting""".split())
# fixed phrases that hold a negation word without negating the clause they are in
NEGATION_IDIOMS = (
    "not only", "not just", "not least", "not merely", "no doubt", "no matter", "no wonder",
    "nothing but", "none other than", "no longer than", "never before", "without a doubt",
    "no more than", "no less than", "not more than", "not less than", "no fewer than",
    "if not", "whether or not", "or not", "not to mention", "no one knows",
)
# prefixes that make an antonym of the word they attach to ("unable", "illegal", "disagree")
NEGATIVE_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non")

# --- direction ---------------------------------------------------------------------------------


class Scale(NamedTuple):
    name: str
    up: frozenset[str]
    down: frozenset[str]
    converse: bool  # "A up B" means "B down A"


def _scale(name: str, up: str, down: str, converse: bool) -> Scale:
    return Scale(name, frozenset(up.split()), frozenset(down.split()), converse)


SCALES = (
    # an amount or level that changes, or compares with another
    _scale("amount",
           """more greater larger bigger higher rise rises rose risen rising increase increases
           increased increasing grow grows grew grown growing gain gains gained gaining
           climb climbs climbed climbing surge surges surged surging jump jumps jumped
           soar soars soared soaring expand expands expanded expanding boost boosted
           raise raises raised raising exceed exceeds exceeded exceeding up above over
           most largest biggest highest maximum growth hike hikes hiked double doubled
           widen widened accelerate accelerated""",
           """less fewer smaller lower fall falls fell fallen falling decrease decreases
           decreased decreasing shrink shrinks shrank shrunk shrinking lose loses lost losing
           drop drops dropped dropping decline declines declined declining plunge plunged
           plunges plummet plummeted slump slumped sink sank tumble tumbled contract
           contracted reduce reduces reduced reducing cut cuts cutting down below under
           least fewest smallest lowest minimum loss losses lowers lowered lowering slash
           slashed halve halved trim trimmed narrow narrowed slow slowed""",
           converse=True),
    # the order of two events or positions
    _scale("order", "after later afterwards behind", "before earlier prior ahead",
           converse=True),
    # age and length
    _scale("age", "older elder oldest", "younger youngest", converse=True),
    _scale("length", "longer longest", "shorter shortest", converse=True),
    # the outcome of a contest
    _scale("outcome",
           """win wins won winning beat beats beaten beating defeat defeats defeated defeating
           victory victories""",
           "lose loses lost losing loss losses", converse=True),
    # a decision on a proposal
    _scale("decision",
           """approve approves approved approving accept accepts accepted accepting pass passes
           passed passing adopt adopted ratify ratified allow allows allowed permit permitted
           legalize legalized acquit acquitted""",
           """reject rejects rejected rejecting veto vetoed vetoes block blocks blocked ban bans
           banned banning prohibit prohibited outlaw outlawed convict convicted""",
           converse=False),
    # speed: "fast progress" against "slow progress"
    _scale("speed", "fast faster fastest quick quicker quickly rapid rapidly",
           "slow slower slowest slowly sluggish", converse=True),
    # a stance toward something ("voted for" is a stance too: see FOR_AFTER)
    _scale("stance", "support supports supported supporting favor favors favored backed",
           "oppose opposes opposed opposing against", converse=False),
    # quality
    _scale("quality", "better best improve improves improved improving strengthen strengthened",
           "worse worst worsen worsened worsening weaken weakened deteriorate deteriorated",
           converse=False),
)
# "for" is a stance only after these ("voted for the plan", not "for the first time")
# (only voting: "argued for a delay" sits beside "argued against rushing" in one report)
FOR_AFTER = frozenset("vote votes voted voting".split())
# these compare only before a quantity ("over 60 people", not "over the weekend")
QUANTITY_BOUND = frozenset("up down over under above below".split())
# what can follow a bound word for it to compare quantities
NUMBER_WORDS = frozenset(
    """a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions
    billion billions trillion dozen dozens half twice double triple""".split())
# an "up" word that opens an ordinary phrase is no direction at all
DIRECTION_IDIOMS = (
    "more or less", "once more", "any more", "no more", "at least", "at most",
    "at the latest", "at the earliest", "up to", "set up", "sign up", "signed up", "pick up",
    "picked up", "shut down", "take over", "took over", "passed away", "up and down",
    "ups and downs", "cut off", "pass on", "passed on", "more and more", "no later than",
    "not later than",
)
# bounds that fix one end of a quantity: "at least 5" against "at most 5"
BOUNDS = {"at least": "amount:up", "no fewer than": "amount:up", "no less than": "amount:up",
          "at most": "amount:down", "no more than": "amount:down", "up to": "amount:down",
          "not more than": "amount:down", "not less than": "amount:up"}

# --- quantifiers -------------------------------------------------------------------------------

QUANTIFIER_CLASSES = {
    "all": frozenset("all every each both entire always".split()),
    "most": frozenset("most mostly majority".split()),
    "many": frozenset("many numerous".split()),
    "some": frozenset("some several sometimes".split()),
    "few": frozenset("few minority rarely seldom".split()),
    "none": frozenset("none no never neither".split()),
}
# quantifiers that are their own noun: class and what they count
PRONOUN_QUANTIFIERS = {
    "everyone": ("all", "person"), "everybody": ("all", "person"),
    "everything": ("all", "thing"), "nobody": ("none", "person"), "no one": ("none", "person"),
    "nothing": ("none", "thing"), "someone": ("some", "person"),
    "somebody": ("some", "person"), "something": ("some", "thing"),
}
# classes that can describe the same amount ("many" of them are also "some" of them)
COMPATIBLE = frozenset({frozenset({"many", "some"}), frozenset({"most", "many"})})
# "all" inside a fixed phrase quantifies nothing
QUANTIFIER_IDIOMS = (
    "all but", "at all", "after all", "all-time", "above all", "all the way", "all in all",
    "all over", "all right", "first of all", "once and for all", "some of the most",
    "all time", "some time", "at first", "at last",
    "each other", "of all time", "most of all", "all of a sudden",
)
EXCLUSIVE = frozenset("only solely alone sole exclusively".split())
INCLUSIVE_PHRASES = ("not only", "not just", "also", "among", "one of", "including", "as well",
                     "too", "in addition")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
            "final": -1}

# --- roles -------------------------------------------------------------------------------------

# predicates that relate two actors the same way from either side
SYMMETRIC = frozenset(
    """met meet meets meeting spoke speak speaks talked talk talks chatted negotiated
    negotiate negotiating married marry tied drew played play plays faced face faces fought
    clashed sparred agreed agree disagreed shook partnered teamed merged collaborated allied
    exchanged versus vs""".split())
# words between two actors that join them rather than set one against the other
JOINERS = frozenset("and & or , with plus both".split())
BE_FORMS = frozenset("is are was were be been being am got get gets 's".split())

# every cue word above, kept out of the content terms that align a claim with its source
CUE_WORDS = (
    NEGATION_PARTICLES | NEGATIVE_VERBS | ENDING_VERBS
    | frozenset().union(*(s.up | s.down for s in SCALES))
    | frozenset().union(*QUANTIFIER_CLASSES.values()) | EXCLUSIVE | frozenset(ORDINALS)
    | frozenset(w for w in PRONOUN_QUANTIFIERS if " " not in w)
    | frozenset({"also", "among", "too", "than"})
)

# --- calendar ---------------------------------------------------------------------------------

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                       "nov", "dec")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# --- page furniture (assistant.nlp.furniture) ----------------------------------------------

# lines that credit or sign a story rather than tell it
BYLINE_OPENERS = (
    "Contributing:", "Contributor:", "Contributors:", "Contributing writer", "Reporting by",
    "Additional reporting", "Editing by", "Written by", "Follow", "Copyright", "©",
    "All rights reserved", "Related:", "Read more", "More:", "Also read", "Watch:",
    "Listen:", "Sign up", "Subscribe", "Get CNN", "Download the", "Click here",
    "This story has been updated", "This article was", "Correction:", "Editor's note",
    "Editor’s note", "How to watch", "How to stream", "Where to watch", "Where to stream",
)
# how photo and video captions open
CAPTION_OPENERS = (
    "A screen grab shows", "A screengrab shows", "A photo shows", "A file photo",
    "File photo", "In this photo", "In this file photo", "In this image", "This photo",
    "This image", "Pictured", "Photo:", "Photos:", "Image:", "Video:", "Caption:",
    "A still from", "Credit:", "Photograph:",
)
# phrases that only page furniture holds (captions, credits, promos)
PROMO_PHRASES = (
    "AP Photo", "Getty Images", "via Reuters", "via AP", "(Photo", "Photo by", "Photo credit",
    "newsletter", "Sign up here", "sign up here", "on Twitter @", "facebook.com",
    "twitter.com/", "instagram.com/", "Read the latest", "consider a subscription",
    "brought you a front-row seat", "live updates file", "follow USA TODAY's live updates",
    "follow USA TODAY’s live updates",
    # a blind timeline probe over newsbench-dev: CNN's page lines
    "lite site for low bandwidth", "in your inbox, sign up", "text or WhatsApp your",
)
# what a page's own lines open with, as written (case and all): "Here is the latest info on
# the mission." (not "Here's the latest sign the economy is slowing: ...", which goes on)
PROMO_OPENERS = (
    "Here is the latest info", "Here is the latest on", "Here's the latest on",
    "Here’s the latest on", "Here is the latest:", "Here's the latest:", "Here’s the latest:",
    "Click here", "Subscribe to our", "Subscribe to The Week", "For the latest news on",
    "Live updates:", "Explore the universe with news on",
)
# who took a news photo, as a credit names them ("Ramon Espinosa/AP", "Yamil Lage/AFP/Getty
# Images", "Mike Lang/USA Today Network"): a caption that opens with such a credit is no line
# of the story
PHOTO_AGENCIES = (
    "AP", "AFP", "Reuters", "Getty Images", "Getty", "USA Today", "USA TODAY", "CNN",
    "Bloomberg", "Shutterstock", "ZUMA", "Zuma", "EPA", "EPA-EFE", "Xinhua", "Sipa",
    "NurPhoto", "Anadolu", "Pool", "Redux", "Icon Sportswire", "Imagn", "Associated Press",
    "TNS", "Abaca", "DPA", "dpa", "Picture Alliance", "SOPA Images", "LightRocket",
    "WireImage", "FilmMagic", "Corbis", "Hulton Archive", "NBAE", "NHLI", "MLB Photos",
    "Keystone", "Everett Collection", "Alamy", "PA Images", "WPA Pool", "The Canadian Press",
    "Kyodo", "Yonhap", "NASA", "USGS", "PA Wire", "Netflix", "HBO", "BBC", "Instagram",
    "Facebook",
)

# --- quantities (assistant.nlp.quantities) ---------------------------------------------------

NUMBER_WORD_VALUES = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12,
}
# units of time, in seconds (a month and a year are averages)
TIME_UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
              "month": 2629800, "year": 31557600}
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
                  "pounds": "GBP", "pound": "GBP", "yen": "JPY", "yuan": "CNY",
                  "rubles": "RUB", "roubles": "RUB", "rupees": "INR", "pesos": "MXN"}
# what is said of people who died; a count next to one of these counts the dead
DEATH_WORDS = ("killed", "killing", "kills", "kill", "died", "dies", "dead", "death",
               "deaths", "fatalities", "perished", "lost their lives", "death toll", "fatally")
# words of a question that ask for a value rather than name the event it is about
SLOT_WORDS = ("died", "die", "dies", "killed", "kill", "kills", "dead", "deaths", "death toll",
              "last", "lasted", "cost", "costs", "old", "age", "percent", "percentage",
              "when", "date", "many", "much", "long")
# nouns that are themselves the dead (stems and plain forms)
DEATH_NOUNS = frozenset("dead death deaths fatality fatalities".split())
# plural nouns of people that do not end in -s
PERSON_NOUNS = frozenset("people persons children men women police staff personnel crew "
                         "folk".split())
# words before a number that make it a name, not an amount: "Interstate 75", "flight 370"
IDENTIFIER_WORDS = ("Interstate", "Route", "Highway", "Hwy", "Road", "Title", "Section",
                    "Article", "Chapter", "Resolution", "Amendment", "Proposition", "Prop",
                    "Flight", "flight", "model", "Model", "version", "No", "number", "Number",
                    "Gate", "gate", "Room", "room", "Pier", "Platform", "Line", "Channel",
                    "channel", "milepost", "mile marker", "exit", "Exit", "District", "Ward",
                    "Level", "level", "Category", "category", "Stage", "stage", "Bill", "bill",
                    "page", "Page", "seed", "Apollo", "Boeing", "Airbus", "COVID", "Covid")

# --- countries (assistant.nlp.attribution: "the US leader" is the US president named before) --

# each: the ways news copy names one country, its adjective included
COUNTRY_NAMES = (
    ("US", "U.S", "U.S.", "USA", "United States", "America", "American"),
    ("Russia", "Russian", "Russian Federation"),
    ("China", "Chinese"), ("UK", "U.K", "Britain", "British", "United Kingdom"),
    ("France", "French"), ("Germany", "German"), ("Ukraine", "Ukrainian"),
    ("Iran", "Iranian"), ("Turkey", "Turkish"), ("Syria", "Syrian"), ("Canada", "Canadian"),
    ("Israel", "Israeli"), ("Japan", "Japanese"), ("India", "Indian"), ("Brazil", "Brazilian"),
    ("Mexico", "Mexican"), ("Australia", "Australian"), ("Italy", "Italian"),
)

# the world's countries, with the short forms news copy uses ("UK", "U.S.", "Britain"), no
# adjectives: what a "which country" question asks for (assistant.nlp.places)
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

# --- timelines (assistant.answer.timeline) ---------------------------------------------------

# words that make a capitalised topic a named event rather than a name: "Hurricane Ian",
# "Mauna Loa Eruption", "Israel-Hamas War", "Super Bowl LVIII"
EVENT_NOUNS = frozenset({
    "attack", "attacks", "ban", "bankruptcy", "blackout", "bombing", "bowl", "case", "championship",
    "championships", "collapse", "crash", "crisis", "cup", "deal", "death", "derailment",
    "disaster", "earthquake", "election", "elections", "eruption", "explosion", "fire",
    "fires", "flood", "floods", "flooding", "funeral", "games", "hurricane", "impeachment",
    "indictment", "invasion", "layoffs", "merger", "olympics", "outage", "outbreak",
    "pandemic", "primary", "protest", "protests", "quake", "recall", "resignation",
    "retirement", "riot", "scandal", "shooting", "spill", "storm", "strike", "strikes",
    "summit", "takeover", "tornado", "tour", "trial", "tsunami", "typhoon", "verdict",
    "visit", "war", "wildfire", "wildfires",
})

# the US states and territories, by name: a sentence naming only another of them than a
# question names tells of that other ("the Virgin Islands Republican Party" for Nevada)
US_STATES = frozenset((
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
    "Wisconsin", "Wyoming", "Puerto Rico", "Guam", "Virgin Islands", "American Samoa",
    "Northern Mariana Islands", "District of Columbia"))

# places outside the US that news questions name, by name only: a sentence that names a US
# state and none of these tells of another place ("killing at least four people" in
# southeast Texas, for Beryl's toll in the Caribbean). No adjective ("French Quarter",
# "African American", "European Union", "American Indian" are American things), no name
# that is also an American place's ("Georgia", "Jamaica" in Queens, "Lebanon", "Paris",
# "Moscow", "Vienna", "London"); "England" and "Mexico" are not read inside "New England",
# "New Mexico" or "Gulf of Mexico" (see assistant.answer.compare.places._ABROAD).
FOREIGN_PLACES = frozenset((
    "Caribbean", "Europe", "Asia", "Africa", "Middle East", "Latin America", "South America",
    "Central America", "Gaza", "West Bank", "Haiti", "Cuba", "Bahamas", "Grenada", "Barbados",
    "Dominican Republic", "Russia", "China", "Britain", "United Kingdom", "England",
    "Scotland", "Ireland", "France", "Germany", "Ukraine", "Iran", "Iraq", "Turkey", "Syria",
    "Canada", "Israel", "Japan", "India", "Brazil", "Mexico", "Australia", "Italy", "Spain",
    "Portugal", "Greece", "Taiwan", "North Korea", "South Korea", "Philippines", "Indonesia",
    "Pakistan", "Afghanistan", "Egypt", "Morocco", "Libya", "Nigeria", "Kenya", "South Africa",
    "Sudan", "Ethiopia", "Peru", "Chile", "Argentina", "Colombia", "Venezuela", "Ecuador",
    "Sri Lanka", "Nepal", "Thailand", "Vietnam", "Saudi Arabia", "Yemen", "Poland", "Sweden",
    "Norway", "Finland", "Denmark", "Netherlands", "Belgium", "Switzerland", "Austria",
    "Tokyo", "Beijing", "Kyiv", "Seoul", "Hualien", "Fukushima"))
