#!/usr/bin/env python3
"""Write judged.jsonl from the raw runs and the frozen labels.

Judgements are written by hand below (one line per leading value), after reading
raw/Q*.json with summarize.py. The script checks that every leading value in the
raw JSON is judged exactly once, so nothing is skipped.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
labels = {json.loads(l)["qid"]: json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"))}

J = {
    "Q1": dict(values=[], missed=[
        {"account": "usatoday.com", "article_line": 197, "value": 74, "status": "absent",
         "note": "no account at all (accounts list empty); the 2012 articles were not used"},
        {"account": "usatoday.com", "article_line": 402, "value": ">100", "status": "absent",
         "note": "later toll 'killed more than 100 people in 10 states' also absent"},
    ], contradictions=[]),
    "Q2": dict(values=[], missed=[
        {"account": "usatoday.com", "article_line": 148, "value": 65000, "status": "silent",
         "note": "the account cites the lede 'Tens of thousands of protesters Sunday on Okinawa...' and not the "
                 "sentence 'A crowd estimated by Japan's Kyodo News service at 65,000 rallied'; a second account "
                 "('Local news reports') cites the prefectures sentence; both silent"},
    ], contradictions=[]),
    "Q3": dict(values=[], missed=[
        {"account": "cnn.com", "article_line": 489, "value": 729, "status": "silent",
         "note": "the cnn.com account cites the right sentence ('...it had recorded 729 such efforts to ban books...') "
                 "but no value was read from it; slot noun 'attempt' vs the article's 'efforts' is the likely cause"},
    ], contradictions=[]),
    "Q4": dict(values=[
        {"account": "cnn.com", "voice": "outlet", "value": "an estimated 11,000 people", "right": True,
         "diagnosis": "right; picked the Beijing figure, not the NBA '350 players' in the same sentence"},
    ], missed=[], contradictions=[],
        side_note="IOC account sided ('nearly 600 million people', TV viewers, other article): correctly sided"),
    "Q5": dict(values=[], missed=[
        {"account": "usatoday.com", "article_line": 104, "value": "$136,250", "status": "absent",
         "note": "no slot and no accounts; the question was not typed (perhaps 'rent'/'unpaid' not read as a money "
                 "word, or the 'December 2022' date filter dropped the Jan. 4, 2023 article)"},
    ], contradictions=[]),
    "Q6": dict(values=[
        {"account": "cnn.com", "voice": "outlet", "value": "$90 million", "right": True,
         "diagnosis": "right; did not take the taxpayers' '$30 million' part"},
    ], missed=[], contradictions=[]),
    "Q7": dict(values=[
        {"account": "The International Renewables Energy Agency", "voice": "speaker", "value": "around 49%",
         "right": False,
         "diagnosis": "wrong: EU and UK combined renewables capacity, not Germany's wind share (another place, another thing)"},
        {"account": "cnn.com", "voice": "outlet", "value": "8%", "right": False,
         "diagnosis": "wrong: the US share from the parallel pair 'Germany got 24% ... compared to 8% in the US'; "
                      "took the other country's figure from the right sentence"},
    ], missed=[
        {"account": "cnn.com", "article_line": 169, "value": "24%", "status": "wrong value from the right sentence",
         "note": "24% never appears, not even as a side figure"},
    ], contradictions=[],
        side_note="cnn.com readings also list 'About 80%' from a Feb. 17, 2022 emissions article (not leading)"),
    "Q8": dict(values=[
        {"account": "Starbucks CFO Rachel Ruggeri", "voice": "speaker", "value": "about 70%", "right": True,
         "diagnosis": "right; attributed to the speaker who said it"},
    ], missed=[], contradictions=[]),
    "Q9": dict(values=[], missed=[
        {"account": "usatoday.com", "article_line": 223, "value": "26 years, 4 months", "status": "silent (no slot)",
         "note": "the usatoday.com account cites the right sentence ('put the average age at 26 years, 4 months ...') "
                 "but the run has no slot at all, so no value; 'average age' question was not typed as an age"},
    ], contradictions=[]),
    "Q10": dict(values=[
        {"account": "cnn.com", "voice": "outlet", "value": "2022-11-17 (on Thursday)", "right": True,
         "diagnosis": "right; 'on Thursday' resolved against the publication date"},
    ], missed=[], contradictions=[],
        side_note="usatoday.com sided with '2019' and '2021-05-12 (Wednesday)' (speaker since 2019; a Cheney/Stefanik "
                  "sentence): both wrong, but sided correctly; usatoday gives no day for the announcement"),
    "Q11": dict(values=[
        {"account": "cnn.com", "voice": "outlet", "value": "2022-11-08 (November 8)", "right": True,
         "diagnosis": "right, from the Feb. 26, 2022 'Key dates' article"},
    ], missed=[
        {"account": "usatoday.com", "article_line": [463, 695, 979, 980, 981, 982, 990, 1063, 1217],
         "value": "2022-11-08", "status": "absent",
         "note": "nine usatoday articles state 'Nov. 8' for the election; none used; the run was single-outlet "
                 "('by': 'speaker') with all passages from cnn line 283"},
    ], contradictions=[],
        side_note="speaker labels are noise: 'The coincidence of both', 'Two', 'Walker' (all silent)"),
    "Q12": dict(values=[
        {"account": "usatoday.com", "voice": "outlet", "value": "1984", "right": False,
         "diagnosis": "wrong: 'it aired the first live facelift on TV, back in 1984' matched 'aired ... first'; "
                      "the premiere sentence ('began on March 26, 1973') was not picked"},
    ], missed=[
        {"account": "usatoday.com", "article_line": 613, "value": "1973-03-26", "status": "wrong value",
         "note": "right date never shown"},
    ], contradictions=[]),
}

out = []
for qid in [f"Q{i}" for i in range(1, 13)]:
    raw = json.load(open(os.path.join(HERE, "raw", f"{qid}.json")))
    leading = []
    for s in raw.get("slots", []):
        for v, accs in s.get("reported_by", {}).items():
            for a in accs:
                leading.append((a, v))
    judged = [(x["account"], x["value"]) for x in J[qid]["values"]]
    assert sorted(leading) == sorted(judged), (qid, leading, judged)
    flagged = [s.get("contradiction") for s in raw.get("slots", [])]
    rec = {"qid": qid, "kind": labels[qid]["kind"], "question": labels[qid]["question"],
           "label": labels[qid]["expected"], "by": raw.get("by"),
           "values": J[qid]["values"], "missed": J[qid]["missed"],
           "contradictions": J[qid]["contradictions"],
           "contradiction_flags_in_raw": flagged}
    if "side_note" in J[qid]:
        rec["side_note"] = J[qid]["side_note"]
    out.append(rec)

with open(os.path.join(HERE, "judged.jsonl"), "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# totals
from collections import defaultdict
tot = defaultdict(lambda: [0, 0, 0, 0])  # values, right, questions, questions with no value
for r in out:
    for key in ("all", r["kind"]):
        tot[key][2] += 1
        tot[key][3] += (len(r["values"]) == 0)
        for v in r["values"]:
            tot[key][0] += 1
            tot[key][1] += v["right"]
    for v in r["values"]:
        k = "voice:" + v["voice"]
        tot[k][0] += 1
        tot[k][1] += v["right"]
for k, (n, ok, q, nov) in tot.items():
    share = f"{ok / n:.0%}" if n else "-"
    print(f"{k:14s} values={n} right={ok} share={share} questions={q} no_value={nov}")
