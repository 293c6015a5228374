"""Write judged.jsonl from hand judgments, checked against raw/Q*.json.

Each leading value (one per account in each slot's reported_by) must be judged
exactly once; the script fails if a judged value is not in the raw output or a
raw leading value is left unjudged.  Run: python3 judge.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {json.loads(l)['qid']: json.loads(l) for l in open(HERE / 'labels.jsonl')}

# (account, voice, value, right, diagnosis)
J = {
    'Q1': dict(values=[
        ('usatoday.com', 'outlet', 'two goals', False,
         "Lauren James's own goals ('she scored two goals ... in a 6-1 rout'): one player's part, not England's total. The 6-1 scoreline in the same sentence was not read as England's six goals."),
    ], missed=[
        "usatoday.com: 1148 and 1149 both state 6-1 ('6-1 rout', '6-1 win over China'), but the account leads with 'two goals'. The second reading (1149, marked repeats) is Esmee Brugts's 'two goals' for the Netherlands, a different team and match.",
        "theweek.co.uk: absent. The quiz 1128 ('Tuesday’s 6-1 win against China') was not retrieved, so the question ran by speaker on usatoday alone.",
    ], contradictions=[]),
    'Q2': dict(values=[
        ('cnn.com', 'outlet', '278 complaints', False,
         "Counts NHTSA complaints, not vehicles. The slot has noun=None, so the question's noun 'vehicles' did not filter the count."),
    ], missed=[
        "NHTSA (speaker account): its cited sentence 'There are a total of about 1.7 million of these vehicles currently on the road in US, according to NHTSA.' states the answer, but the account is silent (no value extracted).",
    ], contradictions=[]),
    'Q3': dict(values=[
        ('theweek.co.uk', 'outlet', '176 prisoners', True, 'Right: lead sentence of 1131.'),
    ], missed=[], contradictions=[]),
    'Q4': dict(values=[
        ('usatoday.com', 'outlet', 'one point', False,
         "From a 50-states brief (982): Vermont's fourth-grade math sat one point below the national average. Wrong grade, one state, and a gap, not a decline. The NAEP article 849 ('decreased by five and eight points respectively', 'declined by eight points in math') was not retrieved."),
    ], missed=[
        "usatoday.com: 849 (2022-10-24) states eight points twice but is absent. Retrieval brought 829 (history/civics, May 2023) and 982 (Vermont) instead.",
    ], contradictions=[]),
    'Q5': dict(values=[
        ('A new report', 'speaker', 'nearly $400 million', True, "Right: 207's lead sentence, '... according to a new report'."),
        ('cnn.com', 'outlet', 'nearly $400 million', True, "Right: 207's headline."),
    ], missed=[], contradictions=[]),
    'Q6': dict(values=[
        ('usatoday.com', 'outlet', 'roughly $900 million', True, 'Right: article 70 (2017-11-03).'),
    ], missed=[
        "Not a missed account, but 67 (2017-03-22, headline '$900M', text 'about $900 million') is absent. The earlier reading beside the lead is '$1 billion' from 66, which is Sears's annual cost-cut target, not the price.",
    ], contradictions=[]),
    'Q7': dict(values=[
        ('A study published Tuesday in the British Journal of Sports Medicine', 'speaker', '41%', True, 'Right: lead sentence of 423.'),
        ('cnn.com', 'outlet', 'up to 22%', False,
         "Figure for weight training WITHOUT aerobic exercise. The question asks for weights plus aerobic. This is a parallel figure of the same study."),
    ], missed=[
        "cnn.com also carries a non-leading reading of '40%' from 426 (2022-03-05), an earlier, different study (strength training plus aerobic activity, 40% lower risk of premature death). It is not the BJSM study asked about, and it is not marked as side or other sense.",
    ], contradictions=[]),
    'Q8': dict(values=[
        ('The study published Monday in the medical journal JAMA Network Open', 'speaker', 'less than 1%', False,
         "Wrong parallel figure. The sentence gives less than 1% for 2014-2017 and 10.3% for 2017 through 2021. The question names '2017 through 2021', but the 2014-2017 figure was picked."),
        ('The data', 'speaker', '27.2%', False,
         'Another measure: the share whose first tobacco product was an e-cigarette in 2014. It has nothing to do with vaping within five minutes of waking.'),
    ], missed=[
        "10.3% (885): it sits in the cited sentence of the JAMA account, which leads with 'less than 1%'. cnn.com's own-voice account is silent.",
    ], contradictions=[
        "Flagged contradiction=true between 'less than 1%' and '27.2%'. FALSE: the two are different measures (and different years) in one article, and neither answers the question.",
    ]),
    'Q9': dict(values=[], missed=[
        "cnn.com: silent, though 213's headline says 'dead at 73' and its text says 'She was 73.' The sentences picked were 'died on Monday, according to ... her husband' and a photo caption.",
        "Her husband (speaker): silent. This is correct, since his statement gives no age.",
    ], contradictions=[]),
    'Q10': dict(values=[
        ('usatoday.com', 'outlet', '2023-03-25 (on Saturday)', False,
         "Day of Gallant's speech ('said on Saturday night'), not the firing. 740's lead sentence 'Netanyahu on Sunday fired his defense minister' (2023-03-26) was not cited."),
    ], missed=[
        "usatoday.com: 2023-03-26 ('on Sunday fired', 740) missed. The account leads with the Saturday date instead.",
    ], contradictions=[]),
    'Q11': dict(values=[
        ('usatoday.com', 'outlet', '2023-05-19 (Friday)', True, "Right: 'Friday' resolved against publication date 2023-05-19."),
    ], missed=[
        "Not a miss, but a wrong non-leading reading: '2023-05-24 (Wednesday)' from 636, which is DeSantis's FEC filing. The article names Tim Scott only in passing. It is listed beside the lead, not as a side figure or other sense.",
    ], contradictions=[]),
    'Q12': dict(values=[
        ('cnn.com', 'outlet', '2022-12-13 (on Tuesday)', True, "Right: 'on Tuesday' resolved against publication date 2022-12-13."),
    ], missed=[], contradictions=[]),
}


def main():
    out = []
    for qid, j in J.items():
        raw = json.load(open(HERE / 'raw' / f'Q{qid[1:]}.json'))
        lead = set()
        flags = []
        for s in raw['slots']:
            for v, accs in s['reported_by'].items():
                for a in accs:
                    lead.add((a, v))
            if s.get('contradiction'):
                flags.append(s)
            assert not s.get('side'), (qid, 'side figures present; judge them')
        judged = {(a, v) for a, _, v, _, _ in j['values']}
        assert judged == lead, (qid, judged ^ lead)
        assert bool(flags) == bool(j['contradictions']), qid
        out.append({
            'qid': qid, 'kind': LABELS[qid]['kind'], 'question': LABELS[qid]['question'],
            'label': LABELS[qid]['answer'],
            'values': [{'account': a, 'voice': vo, 'value': v, 'right': r, 'diagnosis': d} for a, vo, v, r, d in j['values']],
            'missed': j['missed'], 'contradictions': j['contradictions'],
        })
    with open(HERE / 'judged.jsonl', 'w') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')

    # totals
    def tally(rows):
        n = sum(len(o['values']) for o in rows)
        r = sum(v['right'] for o in rows for v in o['values'])
        return n, r
    n, r = tally(out)
    print(f'values {n}, right {r}, share {r/n:.0%}, no-value questions {sum(not o["values"] for o in out)}, '
          f'contradictions flagged {sum(bool(o["contradictions"]) for o in out)}')
    for k in ('count', 'money', 'percent', 'age', 'date'):
        rows = [o for o in out if o['kind'] == k]
        n, r = tally(rows)
        print(f'  {k:8s} questions {len(rows)}  values {n}  right {r}  no-value {sum(not o["values"] for o in rows)}')
    for vo in ('outlet', 'speaker'):
        vals = [v for o in out for v in o['values'] if v['voice'] == vo]
        print(f'  {vo:8s} values {len(vals)}  right {sum(v["right"] for v in vals)}')


if __name__ == '__main__':
    main()
