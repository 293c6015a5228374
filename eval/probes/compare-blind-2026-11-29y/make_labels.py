"""Write labels.jsonl for the blind compare probe 2026-11-29y.

Labels were made by reading the archive (corpus.jsonl) with regex searches
(see search_notes in each label) before any run of the tool.
Every quote is asserted to be an exact substring of the article text or title.
"""
import datetime as dt
import json
import os

CORPUS = "/work/shared/data/newsbench-dev/corpus.jsonl"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "labels.jsonl")
ROWS = [json.loads(l) for l in open(CORPUS)]


def st(line, value, quotes, note=""):
    r = ROWS[line]
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
    }
    if note:
        d["note"] = note
    return d


Q = []

Q.append(dict(
    qid="Q1", kind="count",
    question="How many members of the House January 6 committee voted to subpoena Donald Trump?",
    answer=9,
    stating=[st(695, 9, [
        "voting unanimously 9-0 to call the former president to appear before Congress to testify",
        "voted to subpoena former President Donald Trump Thursday",
    ], note="vote of Thu 2022-10-13; committee has nine members, so 9-0 is all of them")],
    traps=[
        "'composed of nine members of the House — seven Democrats and two Republicans' (7 and 2 are parts)",
        "'30 individuals asserted their Fifth Amendment right' (not the vote)",
        "'ninth public hearing' / '9th hearing' (hearing number, same digit but not a vote count)",
        "'65 lawsuits', '800,000 pages', 'more than 25,000 people', '11,780 votes' (other counts in the recap)",
        "'one of 10 Republicans who voted to impeach Trump' (Kinzinger, other vote)",
    ],
    search_notes="regex 'subpoena' with '9-0|unanimous' over title+text: only line 695 states the vote; 958 (2020 Senate 53-47 subpoena votes) is another event.",
))

Q.append(dict(
    qid="Q2", kind="count",
    question="By early October 2018, how many people had been sickened in the salmonella outbreak linked to eggs recalled by Gravel Ridge Farms of Alabama?",
    answer=38,
    stating=[st(775, 38, [
        "The new cases bring the overall total to 38 people sickened across seven states, according to the CDC.",
        "Salmonella outbreak linked to recalled eggs expands with 38",
    ])],
    traps=[
        "'24 more people ill in five more states' / 'another two dozen illnesses' (the increment)",
        "'At the time, 14 people had been infected' (count at the September recall)",
        "'Ten people have been hospitalized' (hospitalizations)",
        "'seven states' (states, not people)",
        "'about 1.2 million illnesses, 23,000 hospitalizations, and 450 deaths' (national yearly salmonella estimates)",
        "'after 57 sickened' (link to a beef recall, other outbreak)",
    ],
    search_notes="regex 'Gravel Ridge' and 'eggs' near salmonella/sick/recall: only line 775.",
))

Q.append(dict(
    qid="Q3", kind="count",
    question="How many drones targeted the Moscow region in the drone attack at the end of May 2023, according to Russian authorities?",
    answer=8,
    stating=[st(951, 8, [
        "At least eight armed Ukrainian drones targeted the Moscow region early Tuesday, Russian authorities said",
        "The Russian Defense Ministry said five drones were shot down and three others were electronically jammed",
    ], note="at least eight; 5 shot down + 3 jammed = 8")],
    traps=[
        "'five drones were shot down' / 'three others were electronically jammed' (parts)",
        "'four people were killed and 34 hospitalized after overnight attacks across the country' (Ukraine casualties)",
        "line 949: 'two people were injured' (Moscow injuries, no drone count)",
        "'more than 207,000 Russian soldiers', '1,004' attacks on health care, '17th round of airstrikes on Kyiv', '15 months'",
    ],
    search_notes="regex 'drone' near 'Moscow': lines 951 (states eight) and 949 (5 Things podcast, no number); 1124 is Iranian drones 2022.",
))

Q.append(dict(
    qid="Q4", kind="count",
    question="How many workers' survey responses was Fortune's 2023 list of the 100 Best Companies to Work For based on?",
    answer=1300000,
    stating=[st(668, 1300000, [
        "The data, collected by Great Place to Work, is based on survey responses from more than 1.3 million workers nationwide.",
    ], note="more than 1.3 million")],
    traps=[
        "line 671 (2022 list): 'evaluating over 870,000 confidential employee survey responses' (previous year's list)",
        "'must have at least 1,000 employees in the U.S.' (eligibility)",
        "'Twenty companies joined the list ... and 20 fell out'; 'top 10'; '100'",
        "line 673 (2018 millennials list): '836 employees were surveyed' at FedEx",
        "line 674 (2018): 'surveyed millions of employees' (vague, other year)",
    ],
    search_notes="regex 'Great Place to Work' and 'survey responses|surveyed|1\\.3 million': only 668 gives the 2023 figure; 669 (AZ, 2023) mentions the survey without a number.",
))

Q.append(dict(
    qid="Q5", kind="money",
    question="How much in total was the UK spending each day to house asylum seekers in hotels, as of April 2023?",
    answer="GBP 6,000,000 per day (more than £6 million a day)",
    stating=[st(720, "more than £6 million a day", [
        "at an overall charge of more than £6 million a day",
    ], note="sentence opens 'Ministers say ...' (speaker: ministers); The Week's own voice carries it")],
    traps=[
        "'the £150 a day currently being spent' (per asylum seeker, not the total)",
        "'the £50 cost of housing asylum seekers on barges or in bases' (alternative, per person)",
        "'51,000 asylum seekers', 'nearly 400 hotels' (counts)",
    ],
    search_notes="regex '£6' and 'asylum seekers' over corpus: only line 720 states the hotel bill; US asylum articles (396, 397, 779, 785, 987) have no UK figure.",
))

Q.append(dict(
    qid="Q6", kind="money",
    question="What was the median cost of a funeral with cremation in the United States in 2021?",
    answer="USD 6,971",
    stating=[st(1033, "$6,971", [
        "The median cost of a funeral with cremation in the US in 2021 was $6,971",
    ], note="figure from the National Funeral Directors Association")],
    traps=[
        "'the median cost of a funeral with a viewing and burial was $7,848' (other kind of funeral)",
        "'418 pounds of carbon dioxide', '1.74 billion pounds', '60.5%' of respondents, '200 corpses', '1,100 people' (non-money)",
    ],
    search_notes="regex '6,971|7,848' and 'funeral' cost: only line 1033.",
))

Q.append(dict(
    qid="Q7", kind="percent",
    question="What share of its staff does the BBC aim to draw from working-class backgrounds?",
    answer="25%",
    stating=[st(723, "25%", [
        "The BBC is aiming to ensure a quarter of its staff come from working-class backgrounds",
        "to set the 25% target, which it hopes to achieve by 2027",
    ])],
    traps=["'by 2027' (target year, not a share)"],
    search_notes="regex 'working.class' over corpus: only 723 is about the BBC target.",
))

Q.append(dict(
    qid="Q8", kind="percent",
    question="What share of Gibraltar's voters backed Remain in the 2016 Brexit referendum?",
    answer="96%",
    stating=[st(1031, "96%", [
        "which voted 96% to remain",
    ])],
    traps=[
        "'the 35,000 or so inhabitants of Gibraltar' (population)",
        "'15,400 cross-border commuters from Spain' (count)",
        "'not even 3 square miles', '1.2km border', '2002' joint sovereignty plan rejected (no share given)",
    ],
    search_notes="regex 'Gibraltar' and '96%': 1031 only (831 mentions Gibraltar in a honeymoon caption).",
))

Q.append(dict(
    qid="Q9", kind="duration",
    question="How far along was Celeste Burgess's pregnancy when it ended, in the Nebraska abortion case built on Facebook messages?",
    answer="28 weeks (around)",
    stating=[st(1084, "around 28 weeks", [
        "Celeste Burgess was around 28 weeks pregnant when her pregnancy ended, court documents allege.",
    ])],
    traps=[
        "'Nebraska currently prohibits abortions after 20 weeks' (legal limit)",
        "'two days prior to the \u201cmiscarriage/stillbirth\u201d' (messages), 'within two days' (Facebook turnaround)",
        "ages: '18-year-old daughter', 'who was 17 at the time', 'A 22-year-old man'",
        "'over 250 MB', 'more than 50 MB', 'Thirteen technology devices'",
    ],
    search_notes="regex 'Celeste|Burgess' and '28 weeks': only 1084 is about the case.",
))

Q.append(dict(
    qid="Q10", kind="date",
    question="When was Taylor Swift's album 'Midnights' released?",
    answer="2022-10-21",
    stating=[
        st(249, "2022-10-21", [
            "Superstar singer and songwriter Taylor Swift drops her 10th studio album, \u201cMidnights,\u201d on Friday.",
        ], note="published Sun 2022-10-16; 'on Friday' = the coming Friday 2022-10-21"),
        st(1231, "2022-10-21", [
            "The 11-time Grammy Award winner unveiled her 10th studio album, \u201cMidnights,\u201d on Friday",
            "Taylor Swift's 'Midnights' album is out.",
        ], note="published Fri 2022-10-21; 'on Friday' = that day"),
        st(1237, "2022-10-21", [
            "Swift\u2019s new album, which was released on October 21,",
        ]),
    ],
    traps=[
        "1231 photo caption 'September 20, 2022' (NSAI awards)",
        "249 other Friday items (Bannon sentencing, 'Black Adam' release), 'Wednesday' AHS premiere",
        "1233: 'which came out last month' (no date; published 2022-11-16)",
        "1237: 'noted on Wednesday', 'By Thursday morning' (video edit, 2022-10-26/27)",
    ],
    search_notes="regex 'Midnights' over corpus: lines 249, 1231, 1233, 1237 (all cnn.com); 1233 gives no day.",
))

Q.append(dict(
    qid="Q11", kind="date",
    question="When did explosions rock a Russian air base in Crimea in August 2022?",
    answer="2022-08-09",
    stating=[st(741, "2022-08-09", [
        "When a series of explosions rocked a Russian air base in Crimea on Tuesday",
    ], note="published Fri 2022-08-12; 'on Tuesday' = 2022-08-09")],
    traps=[
        "'A satellite image from August 10, after the explosion' (image date)",
        "'On Friday, the UK Ministry of Defence said' (2022-08-12, statement)",
        "'ISW said in its update Wednesday' (2022-08-10), 'said Thursday' (Podolyak, 2022-08-11)",
        "'annexed the Ukrainian peninsula in 2014'",
    ],
    search_notes="regex 'Crimea' and 'air base|airfield': only 741 tells of the blasts; 546, 684, 716, 1064, 1124 mention Crimea for other things.",
))

Q.append(dict(
    qid="Q12", kind="date",
    question="When did Twitter announce it would ban links to rival social media platforms such as Facebook, Instagram and Mastodon?",
    answer="2022-12-18",
    stating=[st(1081, "2022-12-18", [
        "Twitter said Sunday it would ban links to other social media services",
        "Under the new policy stated Sunday afternoon",
    ], note="published Sun 2022-12-18; 'Sunday' = that day")],
    traps=[
        "'last week' (users announced moves; journalists suspended) — no day",
        "'As of early Sunday evening, \u201cYes\u201d was winning by a margin of 58% to 42%' (poll, not a date)",
    ],
    search_notes="regex 'Mastodon' and Twitter link ban: only 1081.",
))

# newest_of_outlet: is this stating article the newest among the stating
# articles of its outlet for the question?
for q in Q:
    by = {}
    for s in q["stating"]:
        by.setdefault(s["outlet"], []).append(s["published"])
    for s in q["stating"]:
        s["newest_of_outlet"] = s["published"] == max(by[s["outlet"]])
    # every stating article line must be >= 620 for at least the main one
    assert max(s["article_line"] for s in q["stating"]) >= 620, q["qid"]

# weekday checks
assert dt.date(2022, 10, 16).strftime("%A") == "Sunday"
assert dt.date(2022, 10, 21).strftime("%A") == "Friday"
assert dt.date(2022, 8, 12).strftime("%A") == "Friday"
assert dt.date(2022, 8, 9).strftime("%A") == "Tuesday"
assert dt.date(2022, 12, 18).strftime("%A") == "Sunday"
assert dt.date(2022, 10, 13).strftime("%A") == "Thursday"

with open(OUT, "w") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print("wrote", len(Q), "labels to", OUT)
