"""Write judged.jsonl from the raw runs and my hand judgments; print totals.

Every leading value (one per account in each slot's reported_by) is listed
and must carry a hand judgment below; the script fails if one is missing.
"""
import json, os
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
labels = {json.loads(l)['qid']: json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'))}

# (qid, account, value) -> (voice, right, diagnosis)
J = {
 ('Q1', 'usatoday.com', 'seven nominations'): ('outlet', False,
   "Eilish's and Rodrigo's count ('seven nominations each'), not Batiste's 11; the 11-nominations sentence was never cited (Mason's 'seven fields' was near it too)."),
 ('Q5', 'Documents filed by the Joint Sewage Treatment Board', 'just over $30 million'): ('speaker', True,
   'Right: the settlement total, from the stating sentence.'),
 ('Q5', 'usatoday.com', '$30M'): ('outlet', True,
   "Right: from the headline 'settled for $30M'. The $20 million Infilco sentence was cited but not taken."),
 ('Q6', 'The website', '$34'): ('speaker', True, 'Right.'),
 ('Q6', 'usatoday.com', '$34'): ('outlet', True,
   'Right: from the headline; the $956 (2015 toilet paper) sentence was cited but not taken.'),
 ('Q7', 'Union Pacific', '160%'): ('speaker', True, 'Right.'),
 ('Q10', 'The Alabama Department of Corrections', '2021-02-11 (on Thursday)'): ('speaker', True,
   "Right: 'on Thursday' resolved against the Thursday publication date."),
 ('Q10', 'usatoday.com', '2021-02-11 (on Thursday)'): ('outlet', True, 'Right.'),
 ('Q11', 'cnn.com', '2022-03 (March)'): ('outlet', False,
   "Took 'In March of last year ... confirming his plane was in storage' (Trump's 2021 statement, another event) instead of the cited 'arrived Wednesday evening' (2022-10-19); it also put 'March of last year' in 2022, though the article is from October 2022, so even that event would be 2021-03."),
 ('Q12', 'usatoday.com', '2012-12-29 (Saturday)'): ('outlet', False,
   "The day of the viewing (Saturday, the publication day), not the shooting; 'shot and killed in an ambush Christmas Eve' and 'Monday's tragic shootings' (2012-12-24) were not cited."),
}

MISSED = {
 'Q1': [{'account': 'usatoday.com', 'value': 11, 'status': 'wrong value led instead',
         'note': "'corralled a leading 11 nominations' not retrieved"}],
 'Q2': [{'account': 'usatoday.com', 'value': 258, 'status': 'silent',
         'note': "the 'at least 258 times' sentence and the 'More than 250 suspensions' headline were not cited; the tool also dropped 'since 2001' from the question text it echoes"}],
 'Q3': [{'account': 'usatoday.com', 'value': 14661, 'status': 'absent',
         'note': "no account at all; the only stating article (published 2019-02-06, about 2018) was not used. Maybe 'in 2018' was read as a window that rules out a 2019 report"}],
 'Q4': [{'account': 'theweek.co.uk', 'value': 27332, 'status': 'silent',
         'note': "the '27,332 and 27,172 cases' sentence was not cited (it says 'female cases', not 'women')"}],
 'Q8': [{'account': 'Gracenote / cnn.com', 'value': '8.7%', 'status': 'silent, no slot',
         'note': "no slot was made ('What chance' was not typed as a percent); the 8.7% sentence was not cited"}],
 'Q9': [{'account': 'Goldstein', 'value': 33, 'status': 'silent',
         'note': "its cited sentence is 'said Goldstein, 33.', but the age was not read"}],
 'Q11': [{'account': 'cnn.com', 'value': '2022-10-19', 'status': 'wrong value led instead',
          'note': "'where it arrived Wednesday evening' was cited but not read as a date"}],
 'Q12': [{'account': 'usatoday.com', 'value': '2012-12-24', 'status': 'wrong value led instead',
          'note': "'Christmas Eve' / 'Monday's tragic shootings' not cited"}],
}

out = []
tot = defaultdict(lambda: [0, 0])
byvoice = defaultdict(lambda: [0, 0])
noval = []
contra = []
seen = set()
for n in range(1, 13):
    qid = f'Q{n}'
    d = json.load(open(os.path.join(HERE, 'raw', f'{qid}.json')))
    kind = labels[qid]['kind']
    vals = []
    for s in d.get('slots', []):
        for v, accts in s.get('reported_by', {}).items():
            for a in accts:
                voice, right, diag = J[(qid, a, v)]
                seen.add((qid, a, v))
                vals.append({'account': a, 'voice': voice, 'value': v, 'right': right,
                             'diagnosis': diag, 'other_sense': a in (s.get('other_sense') or [])})
                tot[kind][0] += 1; tot[kind][1] += right
                byvoice[voice][0] += 1; byvoice[voice][1] += right
        if s.get('contradiction'):
            contra.append((qid, s))
        for a in s.get('side', []) or []:
            vals.append({'account': a, 'side': True})
    if not vals:
        noval.append(qid)
    out.append({'qid': qid, 'kind': kind, 'values': vals, 'missed': MISSED.get(qid, []),
                'contradictions': []})
assert seen == set(J), set(J) - seen
with open(os.path.join(HERE, 'judged.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
allv = sum(v[0] for v in tot.values()); allr = sum(v[1] for v in tot.values())
print('values', allv, 'right', allr, 'share %.0f%%' % (100 * allr / allv))
print('no value:', noval)
print('contradictions flagged:', len(contra))
for k, v in tot.items(): print('kind', k, v)
for k, v in byvoice.items(): print('voice', k, v)
