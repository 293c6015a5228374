"""Build labels.jsonl for the compare-blind-2026-11-29w probe.

Labels were made by reading corpus.jsonl directly (see s.py for the regex
search helper).  Every quote is asserted to be an exact substring of the
article title or text.  Written before any run of the tool.
"""
import json
import os

CORPUS = "/work/shared/data/newsbench-dev/corpus.jsonl"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels.jsonl")

rows = [json.loads(l) for l in open(CORPUS)]


def st(line, value, quotes, newest=True, note=None):
    r = rows[line]
    for q in quotes:
        assert q in r["text"] or q in r["title"], (line, q)
    d = {
        "outlet": r["outlet"],
        "article_line": line,
        "article_id": r["id"],
        "published": r["published"],
        "title": r["title"],
        "value": value,
        "quotes": quotes,
        "newest_of_outlet": newest,
    }
    if note:
        d["note"] = note
    return d


def trap(value, line, quote, why):
    r = rows[line]
    assert quote in r["text"] or quote in r["title"], (line, quote)
    return {"value": value, "article_line": line, "quote": quote, "why_not": why}


Q = []

Q.append({
    "qid": "Q1", "kind": "count",
    "question": "How many illnesses had been reported in the 2020 salmonella outbreak linked to red onions from Thomson International when the onions were recalled?",
    "answer": "396 illnesses",
    "accept": "396 (illnesses). Nothing else.",
    "search": "regex 'onion|Thomson International|Salmonella Newport|396' over title+text of all 1,238 articles: only line 771 covers this outbreak.",
    "stating": [st(771, "396", ["So far, officials have reported 396 illnesses and 59 hospitalizations in 34 states."])],
    "traps": [
        trap("59", 771, "396 illnesses and 59 hospitalizations", "hospitalizations, not illnesses"),
        trap("34", 771, "in 34 states", "number of states"),
        trap("50", 771, "in all 50 states", "states the onions were shipped to"),
        trap("420", 771, "salmonella leads to about 420 deaths annually in the U.S.", "annual US salmonella deaths"),
        trap("100", 771, "more than 100 identified that may contain methanol", "hand-sanitizer sidebar"),
    ],
})

Q.append({
    "qid": "Q2", "kind": "count",
    "question": "According to the global study published in The Lancet in July 2022, how many people worldwide drank harmful amounts of alcohol in 2020?",
    "answer": "1.34 billion people",
    "accept": "1.34 billion (about 1.3 billion acceptable as rounding).",
    "search": "regex '1\\.34 billion|harmful amounts|unsafe amounts' over the corpus: only line 884.",
    "stating": [st(884, "1.34 billion", ["The analysis estimated that 1.34 billion people around the world consumed harmful amounts of alcohol in 2020."])],
    "traps": [
        trap("59%", 884, "More than 59% of the people who drank unsafe amounts of alcohol were between 15 and 39.", "share aged 15-39"),
        trap("204", 884, "from 204 countries and territories", "countries covered"),
        trap("300", 884, "from over 300 diseases", "diseases tracked"),
        trap("30 years", 884, "The analysis looked at 30 years of data", "data span"),
        trap("14 times", 884, "over 14 times as many alcohol-attributable deaths", "critic's UK statistic"),
        trap("41%", 884, "a 41% increase in heavy drinking days", "pandemic drinking rise"),
        trap("21", 884, "21 different world regions", "regions analysed"),
    ],
})

Q.append({
    "qid": "Q3", "kind": "count",
    "question": "How many executions did Vietnam carry out between 2013 and 2016, according to government data made public in 2017?",
    "answer": "429 executions",
    "accept": "429.",
    "search": "regex '429|Vietnam.{0,80}execut|execut.{0,80}Vietnam' over the corpus: only line 1132.",
    "stating": [st(1132, "429", ["revealed 429 executions had taken place between 2013 and 2016"])],
    "traps": [
        trap("more than 1,000", 1132, "more than 1,000 people on death row", "death-row population"),
        trap("11", 1132, "11 execution centers", "execution centers"),
        trap("119", 1132, "93 out of the 119 death sentences", "death sentences in 2021 (93 drug-related)"),
        trap("86", 1132, "at least 86 recorded death sentences", "Myanmar death sentences"),
        trap("65", 1132, "65 people sentenced to death by military tribunals", "Myanmar tribunals"),
        trap("20%", 1132, "global executions had risen by 20%", "global rise"),
        trap("nearly 30%", 1132, "by nearly 30%", "rise in Vietnamese death sentences"),
    ],
})

Q.append({
    "qid": "Q4", "kind": "count",
    "question": "How many users did Meta's 'cross-check' program for high-profile accounts cover as of 2020, according to The Wall Street Journal?",
    "answer": "5.8 million users",
    "accept": "5.8 million.",
    "search": "regex '5\\.8 million|cross-check|cross check|Oversight Board' over the corpus: the cross-check figure is only in line 1087. Other '5.8 million' hits (585, 913, 1145) are unrelated.",
    "stating": [st(1087, "5.8 million", ["As of 2020, the program had ballooned to include 5.8 million users, the Journal reported."])],
    "traps": [
        trap("more than two dozen", 1087, "more than two dozen recommendations", "board's recommendations"),
        trap("nearly 50", 1087, "nearly 50-page advisory", "page count"),
        trap("90 days", 1087, "within 90 days", "Meta's response window"),
        trap("more than five days", 1087, "it can take more than five days", "decision delay"),
        trap("$5.8 million", 913, "$5.8 million to be used for consumer refunds", "same number, Amazon Ring refunds"),
        trap("$5.8 million", 1145, "$5.8 million from Griffin", "same number, DeSantis donation"),
    ],
})

Q.append({
    "qid": "Q5", "kind": "money",
    "question": "Up to how much per vehicle could owners of defective Ford Fiesta and Focus cars get under the buyback in the Powershift transmission class-action settlement approved in March 2020?",
    "answer": "up to $22,000 per vehicle",
    "accept": "$22,000. A range '$15,000 to $22,000' (Wu's typical buybacks) is accepted only if given with 22,000 as its top; $15,000 alone is wrong.",
    "search": "regex '22,000|Fiesta' over the corpus: only line 922 covers the settlement.",
    "stating": [st(922, "$22,000", [
        "for up to $22,000 apiece, according to lawyers who crafted the agreement",
        "most of them appear to have received buybacks between $15,000 to $22,000 on each car, Wu said",
    ])],
    "traps": [
        trap("$500 million", 922, "potentially $500 million", "Kirkpatrick's total-cost estimate"),
        trap("$100 million", 922, "at least $100 million for the buyback benefit alone", "Wu's total buyback estimate"),
        trap("$47 million", 922, "Ford spent $47 million buying back 2,666 vehicles", "voluntary program total"),
        trap("$30 million", 922, "minimum $30 million in cash payments", "separate cash fund"),
        trap("$20 to $250", 922, "anything from $20 to $250", "small payments"),
        trap("$3 billion", 922, "could reach $3 billion", "Ford internal DPS6 cost projection"),
        trap("$5 billion", 922, "$5 billion on warranty costs in 2019", "Ford warranty spending"),
    ],
})

Q.append({
    "qid": "Q6", "kind": "money",
    "question": "How much did Consumer Reports pay for the 2020 Lincoln Aviator it bought for testing?",
    "answer": "$63,420",
    "accept": "$63,420.",
    "search": "regex '63,420|Aviator|Consumer Reports' over the corpus: only line 764 states the purchase price.",
    "stating": [st(764, "$63,420", ["Consumer Reports spent $63,420 to purchase the vehicle for testing"])],
    "traps": [
        trap("$57,761", 764, "Its 2017 Lincoln Continental purchased for $57,761", "Consumer Reports' 2017 Continental, not the Aviator"),
        trap("$52,195 to $90,000", 764, "The SUVs can range from $52,195 to $90,000", "Aviator price range"),
        trap("$70,000", 764, "paid about $70,000 for her Aviator", "owner Laurel Spencer's price"),
        trap("$80,000", 764, "purchased his Aviator Black Label for $80,000", "owner Hogan's price"),
        trap("$58,000", 764, "paid $58,000 for his Aviator", "owner Rood's price"),
        trap("$79,000", 764, "$79,000 Aviator", "owner Ventrone's price"),
        trap("1,899", 764, "1,899 Lincoln Aviator", "units sold"),
    ],
})

Q.append({
    "qid": "Q7", "kind": "percent",
    "question": "In the 2018 USA TODAY/Ipsos poll about teachers, what percent of Americans said public school teachers are paid fairly?",
    "answer": "34%",
    "accept": "34%.",
    "search": "regex 'paid fairly|34 percent|34%|Ipsos' over the corpus: only line 857 covers this poll.",
    "stating": [st(857, "34%", ["Just 34 percent said public school teachers were paid fairly; 59 percent said they weren’t."])],
    "traps": [
        trap("59%", 857, "59 percent said they weren’t", "said NOT paid fairly"),
        trap("six in 10", 857, "Six in 10 said teachers aren’t paid fairly", "same as 59%, the opposite answer"),
        trap("78% / 17%", 857, "78 percent to 17 percent", "Democrats on right to strike"),
        trap("56% / 35%", 857, "56 percent to 35 percent", "Republicans on right to strike"),
        trap("48% / 35%", 857, "48 percent said they did; 35 percent said they didn’t", "unions improve education"),
        trap("60% / 61%", 857, "60 percent, just about the same as the 61 percent", "approval of unions / district leaders"),
        trap("76%", 857, "76 percent, approved of the teachers", "approval of local teachers"),
        trap("4 points", 857, "plus or minus four percentage points", "credibility interval"),
    ],
})

Q.append({
    "qid": "Q8", "kind": "percent",
    "question": "By what percent did sperm counts among men in North America, Europe, Australia and New Zealand fall from 1973 to 2011, according to the 2017 meta-analysis co-written by epidemiologist Shanna Swan?",
    "answer": "more than 59%",
    "accept": "59% (with or without 'more than').",
    "search": "regex 'sperm' over the corpus: lines 727, 730, 732; only 732 states the decline figure.",
    "stating": [st(732, "59%", ["declined more than 59% from 1973 to 2011, according to a meta-analysis Swan co-wrote in 2017"])],
    "traps": [
        trap("50%", 732, "Worldwide fertility dropped by 50% from 1960 to 2015", "fertility, not sperm counts"),
        trap("half", 732, "half of men in those countries would have no sperm by 2045", "projection"),
        trap("85%", 730, "False claim that ivermectin causes sterility in 85% of men", "other article, ivermectin claim"),
        trap("90%", 730, "90% of participants were excluded", "other article, ivermectin study"),
    ],
})

Q.append({
    "qid": "Q9", "kind": "age",
    "question": "How old was Motown founder Berry Gordy when he and Smokey Robinson were honored as MusiCares Persons of the Year in February 2023?",
    "answer": "93",
    "accept": "93.",
    "search": "regex 'Gordy' over the corpus: line 755 (790 is about Esther Gordy Edwards, no age).",
    "stating": [st(755, "93", ["the tuxedoed Gordy, 93, donned a black beanie"])],
    "traps": [
        trap("82", 755, "Robinson, 82 and still in fine form", "Smokey Robinson's age"),
        trap("65 years", 755, "their 65-year bond", "length of friendship"),
        trap("32 years", 755, "the event’s 32-year history", "MusiCares event history"),
        trap("15", 755, "My 15-year-old is a great bass player", "Sheryl Crow's son"),
        trap("65th", 755, "The 65th Grammy Awards", "Grammy edition"),
    ],
})

Q.append({
    "qid": "Q10", "kind": "date",
    "question": "On what date did the ESA-NASA Solar Orbiter spacecraft launch on a ULA Atlas V rocket from Cape Canaveral?",
    "answer": "2020-02-09 (Sunday night, 11:03 p.m. ET)",
    "accept": "Feb. 9, 2020. Weekday 'Sunday night' resolved against publication 2020-02-10 (a Monday). Feb. 10, 2020 (the UTC date) would be defensible only if the tool says UTC; the article gives no UTC time, so Feb. 10 is judged wrong.",
    "search": "regex 'Solar Orbiter|Atlas V' over the corpus: only line 1207.",
    "stating": [st(1207, "2020-02-09", [
        "on Sunday night, yet another was launched",
        "At 11:03 p.m., the Space Coast roared to life when a United Launch Alliance Atlas V rocket lit up the pitch-black sky",
    ])],
    "traps": [
        trap("2020-02-10", 1207, "ULA Atlas V rocket lights up night sky", "publication date, the day after launch"),
        trap("Feb. 15", 1207, "SpaceX is targeting Feb. 15 for its fifth Starlink mission", "next SpaceX launch"),
        trap("March 2", 1207, "March 2 for its next resupply mission", "ISS resupply launch"),
        trap("August 2018", 1207, "Parker Solar Probe, which launched August 2018", "other probe's launch"),
        trap("July", 1207, "Scheduled as soon as July", "Mars 2020 launch"),
        trap("2026", 1207, "in 2026, we're going to launch another mission", "sample-return mission"),
    ],
})

Q.append({
    "qid": "Q11", "kind": "date",
    "question": "On what date was the May 2023 new moon around which the 'da Vinci glow' (Earthshine) was best seen?",
    "answer": "2023-05-19",
    "accept": "May 19, 2023.",
    "search": "regex 'Da Vinci glow|Earthshine|May 19' over the corpus: lines 1199 and 1208 (both usatoday.com) state it; other 'May 19' hits are unrelated.",
    "stating": [
        st(1199, "2023-05-19", ["The glow will be visible prior to the new moon on May 19 and for a few days following."], newest=False),
        st(1208, "2023-05-19", ["This month's new moon occurs Friday May 19."], newest=True),
    ],
    "traps": [
        trap("June 3", 1208, "The 'strawberry' moon is June 3.", "next full moon"),
        trap("1452", 1208, "Born in 1452", "da Vinci's birth year"),
        trap("16th century", 1199, "Da Vinci discovered the phenomenon in the 16th century.", "discovery"),
        trap("50 times", 1199, "50 times brighter than a full moon", "brightness claim"),
    ],
})

Q.append({
    "qid": "Q12", "kind": "date",
    "question": "By what date could the public submit comments to the FAA on whether minimum airplane seat sizes are needed, in its 2022 comment period?",
    "answer": "2022-11-01",
    "accept": "Nov. 1, 2022.",
    "search": "regex 'FAA.{0,200}seat|seat.{0,200}FAA|Nov\\. 1|November 1' over the corpus: only line 942 covers the comment period.",
    "stating": [st(942, "2022-11-01", ["The FAA will accept comments through Nov. 1."])],
    "traps": [
        trap("2022-08-03", 942, "The agency officially opened the portal for that feedback on Wednesday.", "date the comment period opened (publication day, Wednesday)"),
        trap("2019", 942, "set a regulation by 2019", "congressional deadline for the rule"),
    ],
})

with open(OUT, "w") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print("wrote", len(Q), "labels to", OUT)
