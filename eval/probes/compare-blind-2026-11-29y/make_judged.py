"""Write judged.jsonl from raw/Q*.json and hand judgments made against labels.jsonl.

Every leading value (one per account in each slot's reported_by) is listed;
the script checks that the hand-judged set matches the raw output exactly.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
labels = {json.loads(l)["qid"]: json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"))}

# (account, voice, value) -> (right, diagnosis)
J = {
    "Q1": dict(values={}, missed=[
        "usatoday.com (line 695) silent: the article says the panel subpoenaed Trump 'voting unanimously 9-0', "
        "but the account took the lead sentence ('voted to subpoena ... Thursday'), which has no number.",
    ]),
    "Q2": dict(values={
        ("The CDC", "speaker", "38 people"): (True, "the running total as of 2018-10-04 ('overall total to 38 people sickened')."),
        ("usatoday.com", "outlet", "14 people"): (False, "the count at the September recall ('At the time, 14 people had been infected'), an earlier figure; the tool flagged it other_sense and recalled but still lists it as a leading value."),
    }, missed=[]),
    "Q3": dict(values={
        ("Russian authorities", "speaker", "At least eight armed Ukrainian drones"): (True, "'At least eight armed Ukrainian drones targeted the Moscow region'."),
    }, missed=[]),
    "Q4": dict(values={
        ("usatoday.com", "outlet", "more than 1.3 million workers"): (True, "'survey responses from more than 1.3 million workers nationwide'."),
    }, missed=[]),
    "Q5": dict(values={
        ("Ministers", "speaker", "£50"): (False, "parallel-figure slip: £50 is the per-person cost on barges or bases; the same sentence ends with the asked total, 'more than £6 million a day', which the tool never shows."),
    }, missed=[
        "The right value 'more than £6 million a day' (theweek.co.uk, line 720) is in the very sentence cited for Ministers, but it is not shown anywhere, not even as a side figure.",
    ]),
    "Q6": dict(values={}, missed=[
        "cnn.com (line 1033) absent: no account at all. The article says 'The median cost of a funeral with cremation in the US in 2021 was $6,971'.",
    ]),
    "Q7": dict(values={
        ("The BBC", "speaker", "25%"): (True, "'to set the 25% target'."),
    }, missed=[
        "theweek.co.uk (line 723) silent: its own sentence says the BBC aims for 'a quarter of its staff' from working-class backgrounds; 'a quarter' was not read as 25%.",
    ]),
    "Q8": dict(values={}, missed=[
        "theweek.co.uk (line 1031) absent: no account at all. The article says Gibraltar 'voted 96% to remain'.",
    ]),
    "Q9": dict(values={}, missed=[
        "cnn.com (line 1084) silent, and no slot was typed at all (slots is empty): the article says 'Celeste Burgess was around 28 weeks pregnant when her pregnancy ended, court documents allege.' "
        "The accounts cnn.com and 'Court documents' cite other sentences.",
    ]),
    "Q10": dict(values={
        ("cnn.com", "outlet", "2022-10 (last month)"): (False, "month only, from the newest report (line 1233, 'came out last month'); the right month but not the date asked. The exact date 2022-10-21 (line 1231) is only an earlier reading. Of the other readings, line 1237 gave '2022-10-26 (on Wednesday)', the day fans noticed the video edit, not its 'released on October 21'; line 249 gave '2022-10-14 (on Friday)', resolving the future 'drops ... on Friday' (published Sunday 10-16) to the Friday before instead of 10-21."),
    }, missed=[
        "Right date 2022-10-21 appears only as cnn.com's earlier reading (line 1231); line 1237's 'released on October 21' was not read (the tool picked its 'on Wednesday' sentence); line 249's 'on Friday' was resolved backwards to 2022-10-14.",
    ]),
    "Q11": dict(values={
        ("ISW", "speaker", "2022-08-10 (Wednesday)"): (False, "the day ISW published its update ('ISW said in its update Wednesday'), a day of speaking, not the day of the blasts."),
        ("cnn.com", "outlet", "2022-08-09 (on Tuesday)"): (True, "'explosions rocked a Russian air base in Crimea on Tuesday', published Friday 2022-08-12."),
    }, missed=[]),
    "Q12": dict(values={
        ("Twitter", "speaker", "2022-12-18 (Sunday)"): (True, "'Twitter said Sunday it would ban links', published Sunday 2022-12-18."),
        ("cnn.com", "outlet", "2022-12-18 (Sunday)"): (True, "'Under the new policy stated Sunday afternoon'."),
    }, missed=[]),
}

CONTRA = {q: [] for q in J}

out = []
for q in sorted(J, key=lambda s: int(s[1:])):
    raw = json.load(open(os.path.join(HERE, "raw", f"{q}.json")))
    leading = set()
    flagged = []
    for sl in raw["slots"]:
        for val, accs in sl["reported_by"].items():
            for a in accs:
                leading.add((a, val))
        if sl.get("contradiction"):
            flagged.append(sl)
    judged = {(a, v) for (a, _voice, v) in J[q]["values"]}
    assert leading == judged, (q, leading, judged)
    assert not flagged, q
    rec = {
        "qid": q,
        "kind": labels[q]["kind"],
        "values": [
            {"account": a, "voice": voice, "value": v, "right": r, "diagnosis": d}
            for (a, voice, v), (r, d) in J[q]["values"].items()
        ],
        "missed": J[q]["missed"],
        "contradictions": CONTRA[q],
    }
    out.append(rec)

with open(os.path.join(HERE, "judged.jsonl"), "w") as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")

# totals
from collections import defaultdict
tot = defaultdict(lambda: [0, 0])
for r in out:
    for v in r["values"]:
        for key in ("all", "kind:" + r["kind"], "voice:" + v["voice"]):
            tot[key][0] += 1
            tot[key][1] += v["right"]
none = [r["qid"] for r in out if not r["values"]]
for k in sorted(tot):
    n, ok = tot[k]
    print(f"{k:16s} reported={n:2d} right={ok:2d} share={ok/n:.0%}")
print("questions with no value:", none)
