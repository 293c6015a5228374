"""Judge the raw --json outputs against labels.jsonl; write judged.jsonl and print totals.

Judgments (right/wrong + diagnosis) are written by hand below, keyed by
(qid, account, value); the script checks that every leading value in the raw
output has a judgment and that no judgment is left over.
"""
import json
import os
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
labels = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"))]

SPEAKER = "speaker"
OUTLET = "outlet"

# (qid, account, value) -> (voice, right, diagnosis)
J = {
    ("Q2", "cnn.com", "1.34 billion people"): (OUTLET, True, "Right: the label sentence (line 884), outlet's own voice."),
    ("Q3", "cnn.com", "429 executions"): (OUTLET, True, "Right: label sentence (line 1132). Flagged other_sense and recalled, both needless."),
    ("Q4", "The Journal", "5.8 million users"): (SPEAKER, True, "Right: label sentence (line 1087), credited to the Wall Street Journal. Flagged other_sense, needlessly."),
    ("Q5", "Lawyers who crafted the agreement", "up to $22,000"): (SPEAKER, True, "Right: label sentence (line 922), 'up to $22,000 apiece, according to lawyers who crafted the agreement'."),
    ("Q5", "usatoday.com", "$500 million"): (OUTLET, False, "Wrong: trap. This is Michael Kirkpatrick's guess at the settlement's total cost to Ford, not the per-car buyback cap. It is also credited to the outlet, though the sentence is a quote ending 'said Michael Kirkpatrick'."),
    ("Q6", "usatoday.com", "$63,420"): (OUTLET, True, "Right: label sentence (line 764)."),
    ("Q7", "usatoday.com", "34 percent"): (OUTLET, True, "Right: label sentence (line 857). It took 34, not the 59 in the same sentence."),
    ("Q8", "A meta-analysis Swan co-wrote in 2017", "more than 59%"): (SPEAKER, True, "Right: label sentence (line 732), credited to the 2017 meta-analysis as its source."),
    ("Q10", "usatoday.com", "2020-02-09 (on Sunday)"): (OUTLET, True, "Right: 'on Sunday night' resolved against publication date 2020-02-10 (a Monday) gives Feb. 9, 2020."),
    ("Q11", "usatoday.com", "2023-05-15 (this week)"): (OUTLET, False, "Wrong: it took the vague 'this week' and resolved it to the Monday of the publication week. Both articles name the new moon's date, 'May 19' (line 1199) and 'Friday May 19' (line 1208)."),
    ("Q12", "usatoday.com", "2022-07-25 (Last week)"): (OUTLET, False, "Wrong: 'Last week, USA TODAY broke the news...' is when the story was first reported, not the comment deadline. It resolved 'last week' to a Monday. The article states 'comments through Nov. 1' (line 942). The help text itself says 'last week' names no day."),
}

MISSED = {
    "Q1": [{"account": "usatoday.com (line 771)", "state": "silent", "value": "396",
            "note": "'So far, officials have reported 396 illnesses and 59 hospitalizations in 34 states.' was not picked. Every account (CDC, FDA, usatoday.com) was silent, each citing another sentence."}],
    "Q5": [{"account": "Ryan Wu (line 922)", "state": "sided (with another value)", "value": "$15,000 to $22,000",
            "note": "Wu's range of typical buybacks, 'between $15,000 to $22,000 on each car, Wu said', was not cited. His account shows the $100 million trap instead, rightly sided. Minor: $22,000 already leads through the lawyers' account."}],
    "Q9": [{"account": "usatoday.com (line 755)", "state": "silent", "value": "93",
            "note": "'the tuxedoed Gordy, 93, donned a black beanie' was not picked. The Robinson, Berry Gordy and usatoday.com accounts were all silent."}],
    "Q11": [{"account": "usatoday.com (line 1208)", "state": "wrong value leads", "value": "2023-05-19",
             "note": "'This month's new moon occurs Friday May 19.' was passed over for 'this week'."},
            {"account": "usatoday.com (line 1199)", "state": "wrong value leads", "value": "2023-05-19",
             "note": "'The glow will be visible prior to the new moon on May 19' was passed over for 'This week'."}],
    "Q12": [{"account": "usatoday.com (line 942)", "state": "wrong value leads", "value": "2022-11-01",
             "note": "'The FAA will accept comments through Nov. 1.' was passed over for 'Last week'."}],
}

out = []
seen = set()
tot = defaultdict(lambda: [0, 0])  # key -> [values, right]
noval = []
contra = {"flagged": 0, "false": 0}
for lab in labels:
    qid = lab["qid"]
    raw = json.load(open(os.path.join(HERE, "raw", f"{qid}.json")))
    vals = []
    contradictions = []
    sides = []
    for s in raw["slots"]:
        for value, accts in s["reported_by"].items():
            for a in accts:
                key = (qid, a, value)
                assert key in J, key
                seen.add(key)
                voice, right, diag = J[key]
                vals.append({"account": a, "voice": voice, "value": value, "right": right,
                             "other_sense": a in s.get("other_sense", []), "diagnosis": diag})
                for k in ("all", "kind:" + lab["kind"], "voice:" + voice):
                    tot[k][0] += 1
                    tot[k][1] += int(right)
        if s.get("contradiction"):
            contra["flagged"] += 1
            contradictions.append({"slot": s["kind"], "flagged": True})
        for a in s.get("side", []):
            sides.append({"account": a, "why": s.get("side_why", {}).get(a)})
    if not vals:
        noval.append(qid)
    rec = {"qid": qid, "kind": lab["kind"], "values": vals, "missed": MISSED.get(qid, []),
           "contradictions": contradictions, "side": sides}
    out.append(rec)
assert seen == set(J), set(J) - seen

with open(os.path.join(HERE, "judged.jsonl"), "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

for k in sorted(tot):
    v, r = tot[k]
    print(f"{k:16s} values={v:2d} right={r:2d} share={r / v:.0%}")
print("questions with no value:", noval)
print("contradictions:", contra)
