"""Write judged.jsonl: one verdict per leading value (slot reported_by), read from raw/Q*.json.

Verdicts were set by hand against labels.jsonl; this script checks that every
leading value in the raw output has exactly one verdict, and vice versa.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
labels = {json.loads(l)["qid"]: json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"))}

# (qid, account, value) -> (voice, right, diagnosis)
V = {
    ("Q1", "The Associated Press", "At least 28 people"): (
        "speaker", True, "Right: AP toll quoted by USA TODAY (409)."),
    ("Q2", "usatoday.com", "117 exhibitors"): (
        "outlet", True, "Right; the 17,500 attendees in the same clause was not taken."),
    ("Q3", "Allan Liska", "134 publicly reported ransomware incidents"): (
        "speaker", True, "Right: Liska of Recorded Future, 134 in 2021."),
    ("Q3", "cnn.com", "190 victim organizations"): (
        "outlet", False, "Trap: Mespinoza's 190 victims worldwide across all industries (HHS advisory), not 2021 health care attacks per Recorded Future; should be dropped or sided."),
    ("Q6", "theweek.co.uk", "around £15,000"): (
        "outlet", True, "Right."),
    ("Q7", "usatoday.com", "10%"): (
        "outlet", False, "Trap from a link line 'Tech layoffs:Salesforce to cut 10% of workforce' (another company, staff not sales). The answer, 32%, is in the sentence right after the retrieved '$1.26 billion' sentence ('That would be a 32% drop...') and was not read."),
    ("Q8", "cnn.com", "100 Percent"): (
        "outlet", False, "Misparse: '99 and 44/100 Percent Pure' read as 100 percent (took the fraction's denominator); right value is 99 44/100 % (99.44%)."),
    ("Q9", "Police", "78-year-old"): (
        "speaker", True, "Right value; sentence ends 'police said', so crediting police is fair."),
    ("Q9", "usatoday.com", "78-year-old"): (
        "outlet", True, "Right (headline)."),
    ("Q10", "usatoday.com", "2021-12-20 (Monday)"): (
        "outlet", False, "Wrong article and wrong day: from the 2021-12-23 story about Puerto Rico STARTING to require tests of all travelers (opposite rule), and 'that changes Monday' was resolved backwards to Dec 20 instead of forward to Dec 27. The right article (2022-01-28, headline 'begin Feb. 2') gave only a non-leading reading, also resolved backwards ('Starting Wednesday' -> Jan 26 instead of Feb 2)."),
    ("Q11", "Figures supplied by Graceland", "2022-05 (May 2022)"): (
        "speaker", False, "End of a visitor-count period ('From its 1982 public opening through May 2022...'), not the opening date; the sentence even names 1982."),
    ("Q11", "usatoday.com", "1993-07-29 (July 29, 1993)"): (
        "outlet", False, "Aunt Delta's death date, in a sentence that only mentions that the mansion 'was opened to the public'; the two sentences stating June 7, 1982 were not retrieved."),
    ("Q12", "Prosecutors", "2022-01-14 (January 14)"): (
        "speaker", True, "Right; 'according to prosecutors' closes the sentence."),
    ("Q12", "cnn.com", "2022-01-14 (January 14)"): (
        "outlet", True, "Right: its own reading was '2022-01-14 (on Friday)', 'on Friday' resolved against publication (Wed 2022-01-19) to Jan 14; listed with prosecutors under one value."),
}

MISSED = {
    "Q4": [{"account": "theweek.co.uk", "value": "50 human cases", "status": "absent",
            "note": "'Only 50 cases have been recorded in humans, of whom 21 died.' was not among the accounts; all six accounts silent. The slot noun was read as 'dead' (from 'died of it'), yet even the 21 deaths in the same sentence were not picked up."}],
    "Q5": [{"account": "usatoday.com", "value": "$5 billion", "status": "absent",
            "note": "No accounts at all; the 2014 USA TODAY IBM article (line 612) was not used."}],
    "Q7": [{"account": "usatoday.com", "value": "32%", "status": "silent on the right value (led with a wrong one)",
            "note": "The 32% sentence follows the retrieved sentence and is anaphoric ('That would be a 32% drop')."}],
    "Q8": [{"account": "cnn.com", "value": "99 44/100 %", "status": "misparsed to 100 Percent",
            "note": "Same sentence, wrong number read."}],
    "Q10": [{"account": "usatoday.com", "value": "2022-02-02", "status": "not leading; non-leading reading resolved to 2022-01-26",
             "note": "Headline 'New entry requirements begin Feb. 2' was not used; 'Starting Wednesday' was read as the past Wednesday."}],
    "Q11": [{"account": "usatoday.com", "value": "1982-06-07", "status": "absent (stated twice, not retrieved)",
             "note": "'Graceland opened to the public on June 7, 1982.' and fact No. 25."}],
}

out = []
seen = set()
for n in range(1, 13):
    qid = f"Q{n}"
    d = json.load(open(os.path.join(HERE, "raw", f"Q{n}.json")))
    vals = []
    contras = []
    for s in d["slots"]:
        for value, accs in s["reported_by"].items():
            for acc in accs:
                key = (qid, acc, value)
                assert key in V, key
                seen.add(key)
                voice, right, diag = V[key]
                vals.append({"account": acc, "voice": voice, "value": value, "right": right, "diagnosis": diag})
        if s["contradiction"]:
            contras.append({"slot": s["kind"], "flagged": True})
    out.append({"qid": qid, "kind": labels[qid]["kind"], "question": labels[qid]["question"],
                "label": labels[qid]["answer"], "values": vals,
                "missed": MISSED.get(qid, []), "contradictions": contras})
assert seen == set(V), set(V) - seen

with open(os.path.join(HERE, "judged.jsonl"), "w") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

# totals
import collections
tot = collections.Counter()
byk = collections.defaultdict(collections.Counter)
byv = collections.defaultdict(collections.Counter)
novalue = 0
for o in out:
    if not o["values"]:
        novalue += 1
    for v in o["values"]:
        tot["n"] += 1; tot["right"] += v["right"]
        byk[o["kind"]]["n"] += 1; byk[o["kind"]]["right"] += v["right"]
        byv[v["voice"]]["n"] += 1; byv[v["voice"]]["right"] += v["right"]
    byk[o["kind"]]["questions"] += 1
    byk[o["kind"]]["novalue"] += (not o["values"])
print("values", tot["n"], "right", tot["right"], "share", round(tot["right"] / tot["n"], 3), "no-value questions", novalue,
      "contradictions", sum(len(o["contradictions"]) for o in out))
for k, c in byk.items():
    print("kind", k, dict(c))
for k, c in byv.items():
    print("voice", k, dict(c))
