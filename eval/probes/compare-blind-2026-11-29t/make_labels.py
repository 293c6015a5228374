#!/usr/bin/env python3
"""Write labels.jsonl for the blind compare probe (2026-11-29t).

All labels were made by reading the archive with search.py / show.py
(regex over title + text of every article), before any run of the tool.
Every quote is asserted to be an exact substring of the article's title or text.
"""
import json
import os

CORPUS = "/work/shared/data/newsbench-dev/corpus.jsonl"
HERE = os.path.dirname(os.path.abspath(__file__))
ARTS = [json.loads(l) for l in open(CORPUS)]


def blob(line):
    d = ARTS[line]
    return d["title"] + "\n" + d["text"]


def st(line, value, quotes, how="explicit", voice="outlet", speaker=None, note=None):
    d = ARTS[line]
    for q in quotes:
        assert q in blob(line), (line, q)
    e = {
        "outlet": d["outlet"],
        "article_line": line,
        "article_id": d["id"],
        "published": d["published"],
        "title": d["title"],
        "value": value,
        "quotes": quotes,
        "how": how,
        "voice": voice,
    }
    if speaker:
        e["speaker"] = speaker
    if note:
        e["note"] = note
    return e


def trap(line, value, quote, why):
    assert quote in blob(line), (line, quote)
    return {"article_line": line, "outlet": ARTS[line]["outlet"], "value": value,
            "quote": quote, "why": why}


Q = []

# ---------------- counts ----------------
Q.append(dict(
    qid="Q1", kind="count",
    question="How many people in the US did Superstorm Sandy kill?",
    expected="74 (toll as of Oct. 31, 2012); later 'more than 100' (Nov. 8, 2012). Either is right for its day; the newer toll is the better lead.",
    accept=["74", ">100", "more than 100", "100"],
    stating=[
        st(197, 74, ["U.S. death toll rises to 74", "With Sandy's U.S. death toll now at 74"]),
        st(402, ">100", ["Sandy, which struck less than two days ago, killed more than 100 people in 10 states"],
           note="later toll; the 'less than two days ago' is the article's own slip (Sandy hit Oct. 29)"),
    ],
    traps=[
        trap(197, "$55 billion", "estimates of destruction and economic fallout running as high as $55 billion", "damage estimate"),
        trap(197, "8.5 million", "down from Tuesday's 8.5 million", "power outages"),
        trap(197, "6 million", "Nearly 6 million homes and businesses", "power outages"),
        trap(197, "50,000", "more than 50,000 utility workers", "utility workers"),
        trap(197, "19,000", "more than 19,000 cancellations", "flight cancellations"),
        trap(197, "20,000", "An estimated 20,000 people were still stranded", "stranded in Hoboken"),
        trap(197, "700", "the last of 700 patients", "hospital evacuation"),
        trap(197, "17", "across 17 states", "states affected"),
        trap(197, "two sisters", "caused the deaths of two sisters, ages 18 and 19", "a part of the toll (two deaths in Trenton)"),
        trap(197, "1.9 million", "More than 1.9 million New York customers", "NY outages"),
        trap(402, "75,000", "raising the total for New York City and the Westchester County northern suburb to 75,000", "outages after nor'easter"),
        trap(402, "10", "in 10 states", "number of states"),
    ],
))

Q.append(dict(
    qid="Q2", kind="count",
    question="About how many people rallied on Okinawa in June 2016 to demand the closure of US military bases?",
    expected="65,000 (Kyodo News estimate; headline: 'tens of thousands')",
    accept=["65000", "tens of thousands (vague, right but imprecise)"],
    stating=[
        st(148, 65000, ["A crowd estimated by Japan’s Kyodo News service at 65,000 rallied in sweltering conditions"],
           voice="speaker-attributed", speaker="Kyodo News (estimate)",
           note="headline and lede say 'Tens of thousands'"),
    ],
    traps=[
        trap(148, "25,000", "More than 25,000 U.S. troops", "US troops on Okinawa"),
        trap(148, "40 of 47", "protests were planned in more than 40 of Japan’s 47 prefectures", "prefectures with protests"),
        trap(148, "20-year-old", "following last month's rape and murder of a 20-year-old woman", "victim's age"),
        trap(148, "32", "Kenneth Franklin Gadson, 32", "suspect's age"),
        trap(148, "30-day", "a 30-day period of “unity and mourning”", "duration"),
        trap(1122, "50,000", "Okinawa is home to the majority of about 50,000 American troops based in Japan", "other article, troops"),
    ],
))

Q.append(dict(
    qid="Q3", kind="count",
    question="How many book-ban attempts did the American Library Association record in 2021?",
    expected="729",
    accept=["729"],
    stating=[
        st(489, 729, ["On Monday, the American Library Association reported that in 2021 it had recorded 729 such efforts to ban books at school or public libraries"],
           voice="speaker-attributed", speaker="American Library Association (report)"),
    ],
    traps=[
        trap(489, "850", "inquiring about the presence of 850 books", "Texas legislator's list of books"),
        trap(489, "13", "counts at least 13 Republican-controlled states", "states with classroom laws"),
        trap(489, "23", "the 23 states in which Republicans control both the governorship and the state legislature", "states"),
        trap(489, "55%", "now make up nearly 55% of the total", "share of students of color"),
        trap(489, "70%", "more than 70% of Americans trusted school officials", "poll"),
    ],
))

Q.append(dict(
    qid="Q4", kind="count",
    question="About how many people from around the world were expected inside the Beijing 2022 Winter Olympics bubble?",
    expected="11,000 (estimate)",
    accept=["11000"],
    stating=[
        st(153, 11000, ["the Beijing bubble is welcoming an estimated 11,000 people from around the world"]),
    ],
    traps=[
        trap(153, "350", "Whereas the NBA “bubble” housed about 350 players from 22 teams", "NBA bubble, parallel figure in the same sentence"),
        trap(153, "2,000", "more than 2,000 participants have arrived in Beijing", "arrived so far"),
        trap(153, "70", "more than 70 hotels", "hotels"),
        trap(153, "4,000", "4,000 vehicles dedicated to moving participants", "vehicles"),
        trap(153, "16", "16 students from a university in Beijing", "first volunteers"),
        trap(32, "11,000", "Years from now, organizers of the Rio Games hope there's 11,000 new trees in Brazil", "other Olympics (Rio 2016), same number"),
        trap(835, "600 million", "nearly 600 million people", "TV viewers, other article"),
    ],
))

# ---------------- money ----------------
Q.append(dict(
    qid="Q5", kind="money",
    question="How much unpaid rent did a landlord sue Twitter for over one of its San Francisco offices in December 2022?",
    expected="$136,250",
    accept=["$136,250"],
    stating=[
        st(104, "$136,250", ["Elon Musk's Twitter Inc. is being sued for failing to pay $136,250 in rent at one of its office spaces in San Francisco"]),
    ],
    traps=[
        trap(104, "$44 billion", "bought Twitter for $44 billion", "purchase price"),
        trap(104, "$1 billion", "about $1 billion a year in interest payments", "interest"),
        trap(104, "$23 billion", "nearly$23 billion worth", "Tesla stock sold"),
        trap(104, "$18,000", "retails for around $18,000", "auctioned mixer"),
        trap(104, "$25", "bidding starts at $25", "auction"),
        trap(104, "7,500", "more than 7,500 full-time workers", "staff"),
    ],
))

Q.append(dict(
    qid="Q6", kind="money",
    question="How much is the police and fire training center that Atlanta plans to build in a forest expected to cost?",
    expected="$90 million",
    accept=["$90 million"],
    stating=[
        st(165, "$90 million", ["The expected $90 million, 85-acre center, announced and approved by the city of Atlanta last year"]),
    ],
    traps=[
        trap(165, "$30 million", "Taxpayers will fund about $30 million of the facility’s cost in total", "taxpayers' part of the cost"),
        trap(165, "85 acres", "allowing for 85 acres of the prison farm site", "size"),
        trap(165, "3,500-acre", "The forest is a 3,500-acre network", "forest size"),
        trap(165, "17 hours", "roughly 17 hours of public comment", "duration"),
        trap(919, "$90 million", "Meta has agreed to pay $90 million", "same sum, other story"),
    ],
))

# ---------------- percents ----------------
Q.append(dict(
    qid="Q7", kind="percent",
    question="What share of Germany's electricity came from wind power in 2020?",
    expected="24%",
    accept=["24%"],
    stating=[
        st(169, "24%", ["Germany got 24% of its electricity from wind, compared to 8% in the US"]),
    ],
    traps=[
        trap(169, "8%", "compared to 8% in the US", "US share, parallel figure in the same sentence"),
        trap(169, "45%", "which made up 45% of its total energy in February", "Germany, February 2022, not 2020"),
        trap(169, "49%", "around 49% of their electricity from renewables", "EU+UK renewables capacity"),
        trap(169, "25%", "almost twice that of the US’ 25%", "US renewables capacity"),
    ],
))

Q.append(dict(
    qid="Q8", kind="percent",
    question="What share of sales at Starbucks' company-operated US stores comes from drive-thru and mobile orders?",
    expected="about 70% (Starbucks CFO Rachel Ruggeri, February 2022 analyst call)",
    accept=["70%"],
    stating=[
        st(166, "70%", ["Starbucks CFO Rachel Ruggeri said that Starbucks’ drive-thru windows and its mobile orders together account for about 70% of sales at US stores operated by the company"],
           voice="speaker", speaker="Rachel Ruggeri (Starbucks CFO)"),
    ],
    traps=[
        trap(166, "50 cents", "from 10 cents to 50 cents", "personal-cup incentive"),
        trap(166, "100", "could replace 100 single-use disposable cups", "cups"),
        trap(166, "$1", "customers paid a $1 deposit", "deposit"),
        trap(1017, "10%", "get a 10% discount off your drink", "other article (2019), discount"),
    ],
))

# ---------------- age ----------------
Q.append(dict(
    qid="Q9", kind="age",
    question="What was the average age of first-time mothers in the US in 2014?",
    expected="26 years, 4 months (about 26.3); headline 'over 26'",
    accept=["26 years 4 months", "26.3", "over 26", "26 (rounded; right but imprecise)"],
    stating=[
        st(223, "26 years, 4 months",
           ["put the average age at 26 years, 4 months for women who had their first child in 2014",
            "Average age of new US moms at all-time high, now over 26",
            "The average age of first-time mothers is at an all-time high in the U.S — over 26."],
           voice="speaker-attributed", speaker="T.J. Mathews, CDC (lead author of the report)"),
    ],
    traps=[
        trap(223, "21", "around 1970 when the average was 21", "1970 average"),
        trap(223, "29", "Topping the list are Massachusetts and the District of Columbia, each at about 29", "one place's figure"),
        trap(223, "28", "Connecticut and New York, at or near 28", "one place's figure"),
        trap(223, "38", "just after her 38th birthday", "one mother's age"),
        trap(223, "42", "said Welch, now 42", "one mother's age"),
        trap(222, "30 or older", "more than half of births were among mothers who were 30 or older", "other article (2021), not an average"),
    ],
))

# ---------------- dates ----------------
Q.append(dict(
    qid="Q10", kind="date",
    question="When did Nancy Pelosi announce she would step down from House Democratic leadership?",
    expected="2022-11-17 (Thursday; article published that day)",
    accept=["2022-11-17"],
    stating=[
        st(163, "2022-11-17", ["House Speaker Nancy Pelosi announced on Thursday that she will relinquish her leadership post"],
           how="weekday resolved: 'on Thursday', published Thu 2022/11/17"),
    ],
    traps=[
        trap(163, "2022-11-30", "though Democrats won’t vote until November 30", "leadership vote"),
        trap(163, "Sunday (2022-11-13)", "on “State of the Union” on Sunday", "earlier interview"),
        trap(163, "Wednesday (2022-11-16)", "McCarthy on Fox News on Wednesday", "McCarthy's remark"),
        trap(163, "1987", "Pelosi was first elected to the House in 1987", "first election"),
        trap(160, "2022-11-30", "House Democratic leadership elections have been announced for Wednesday, November 30", "other article: leadership election"),
        trap(160, "2022-11-15", "leadership elections on Tuesday, November 15", "GOP leadership elections"),
        trap(1122, "Thursday (2022-08-04)", "Pelosi and five other members of Congress arrived in Tokyo late Thursday", "Taiwan trip, other story"),
    ],
    silent_mentions=[
        {"article_line": 924, "outlet": "cnn.com", "note": "says Pelosi announced she'd step down, no day"},
        {"article_line": 155, "outlet": "usatoday.com", "note": "'stepped d last year', no day"},
        {"article_line": 304, "outlet": "usatoday.com", "note": "'left ... after the 2022 midterm elections', no day"},
        {"article_line": 398, "outlet": "usatoday.com", "note": "'stepped down ... after the midterm elections', no day"},
    ],
))

Q.append(dict(
    qid="Q11", kind="date",
    question="On what date were the 2022 US midterm elections held?",
    expected="2022-11-08 (Tuesday)",
    accept=["2022-11-08"],
    stating=[
        st(283, "2022-11-08", ["Those contests will tee up Election Day on November 8", "November 8: Election Day"],
           note="main article (line 283), published 2022/02/26, year implied"),
        st(1079, "2022-11-08", ["On November 9 – the day after the midterm elections"], how="relative: day before Nov 9"),
        st(1205, "2022-11-08", ["this Tuesday, November 8, the full moon kicked off Election Day",
                                 "on the morning of the US midterm election, in Washington, DC, on November 8"],
           note="an eclipse article; its eclipse date is an excluded question, the Election Day mention is incidental"),
        st(911, "2022-11-08", ["Tuesday’s midterm elections carry enormous stakes"], how="weekday resolved: published Tue 2022/11/08"),
        st(897, "2022-11-08", ["Trump later downplayed Tuesday’s election results"], how="weekday resolved: published Wed 2022/11/09"),
        st(902, "2022-11-08", ["Instead, he emerges from Tuesday’s underwhelming election night",
                                "November 5, three days before her election"], how="weekday resolved / relative"),
        st(905, "2022-11-08", ["in the wake of Tuesday’s election"], how="weekday resolved: published Mon 2022/11/14"),
        st(277, "2022-11-08", ["Trump-endorsed Republicans who prevailed last Tuesday"], how="weekday resolved: published Tue 2022/11/15, 'last Tuesday'"),
        st(898, "2022-11-08", ["check out the scoreboard last Tuesday night"], how="weekday resolved inside a DeSantis quote spoken Tue 2022/11/15",
           voice="speaker", speaker="Ron DeSantis"),
        st(1217, "2022-11-08", ["to qualify for the Nov. 8 election"], note="Michigan item"),
        st(463, "2022-11-08", ["will face Republican Sen. Todd Young on Nov. 8"], note="Indiana Senate race"),
        st(979, "2022-11-08", ["no matter the results of the Nov. 8 election"], note="Michigan item"),
        st(695, "2022-11-08", ["The remaining committee members face bids to keep their seats on Nov. 8"]),
        st(980, "2022-11-08", ["seeking reelection in the midterm elections Nov. 8", "after the Nov. 8 election"], note="Georgia, Oklahoma items"),
        st(981, "2022-11-08", ["just a few weeks before the Nov. 8 election", "before voting ends Nov. 8"], note="Alaska, California items"),
        st(1063, "2022-11-08", ["before the Nov. 8 ranked-choice election", "the Nov. 8 ballot"], note="Alaska, Kansas items"),
        st(982, "2022-11-08", ["but not on Election Day, Nov. 8"]),
        st(990, "2022-11-08", ["voting precincts in the Nov. 8 election"], note="Pennsylvania live blog, published on Election Day"),
    ],
    traps=[
        trap(160, "2022-11-15", "leadership elections on Tuesday, November 15", "House GOP leadership elections"),
        trap(160, "2022-11-30", "House Democratic leadership elections have been announced for Wednesday, November 30", "Democratic leadership elections"),
        trap(283, "2022-09-13", "on September 13 in Delaware, New Hampshire and Rhode Island", "last primaries"),
        trap(981, "2022-11-08 (trial)", "He was set to go on trial again Nov. 8", "a trial date that is also Nov. 8, not the election"),
        trap(1163, "Nov. 8 (2021)", "The Nov. 8 special session", "2021 special session"),
        trap(1200, "2022-11-08 (eclipse)", "A total lunar eclipse on November 8", "eclipse only (excluded story)"),
        trap(831, "2003-11-08", "Born: November 8, 2003", "birthday"),
        trap(902, "2022-11-05", "November 5, three days before her election", "endorsement date"),
    ],
))

Q.append(dict(
    qid="Q12", kind="date",
    question="When did 'The Young and the Restless' first air?",
    expected="1973-03-26",
    accept=["1973-03-26"],
    stating=[
        st(613, "1973-03-26", ["That's how \"The Young and the Restless \" began on March 26, 1973"]),
    ],
    traps=[
        trap(613, "March 27 (2023)", "\"Entertainment Tonight\" also plans a March 27 special", "anniversary TV special"),
        trap(613, "Thursday (2023-03-23)", "masquerade ball storyline starting Thursday", "storyline start"),
        trap(613, "1983", "first joined the show in 1983", "Lauralee Bell joined"),
        trap(613, "1984", "back in 1984", "first live facelift"),
        trap(613, "2019", "died in 2019", "Kristoff St. John's death"),
        trap(613, "35 years", "No. 1 daytime drama for 35 consecutive years", "duration"),
    ],
))

# newest_of_outlet flag
for q in Q:
    newest = {}
    for s in q["stating"]:
        o = s["outlet"]
        if o not in newest or s["published"] > newest[o]["published"] or (
                s["published"] == newest[o]["published"] and s["article_line"] > newest[o]["article_line"]):
            newest[o] = s
    for s in q["stating"]:
        s["newest_of_outlet"] = newest[s["outlet"]] is s

with open(os.path.join(HERE, "labels.jsonl"), "w") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print("wrote", len(Q), "labels")
for q in Q:
    print(q["qid"], q["kind"], "|", q["question"], "|", q["expected"], "|",
          sorted({(s["outlet"]) for s in q["stating"]}), len(q["stating"]))
