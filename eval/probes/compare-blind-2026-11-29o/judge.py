"""Write judged.jsonl from hand judgments of raw/Q*.json against labels.jsonl, and print totals.

Each leading value = one account in one slot's reported_by. The script checks that every
leading value in the raw JSON is judged here (and nothing else), so nothing is skipped.
"""
import json
import os
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
labels = {json.loads(l)['qid']: json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'))}

OUTLETS = {'cnn.com', 'usatoday.com', 'theweek.co.uk'}

J = {
    'Q1': dict(values=[
        ('cnn.com', '13 states', True, 'Right: headline of cnn 1137. The trap "26 states" (cnn 110, pending laws) sits among the readings but does not lead.')],
        missed=[], contradictions=[]),
    'Q2': dict(values=[
        ('The CDC', 'Twelve illnesses', True, 'Right: usatoday 770, the CDC\'s count as of Thursday (March 30, 2023).')],
        missed=[], contradictions=[],
        notes='The silent list holds a false speaker label, "The outbreak had reached 11" (a piece of a sentence).'),
    'Q3': dict(values=[
        ('Officials', 'three people', True, 'Right: cnn 718 lede, "according to officials". The Missouri-crash trap (also three dead) was not used.')],
        missed=[], contradictions=[]),
    'Q4': dict(values=[
        ('A CNN analysis of National Oceanic and Atmospheric Administration data', 'at least 356 all-time heat records', True,
         'Right: cnn 1093 text, exact figure.'),
        ('cnn.com', 'More than 300 all-time heat records', True,
         'Right (rounder headline figure, accepted in the label). The tool flagged this account other_sense; the headline and the analysis are the same count.')],
        missed=[], contradictions=[],
        notes='The analysis and the outlet\'s headline are split into two accounts with different values and no contradiction. That is correct: 356 is "more than 300".'),
    'Q5': dict(values=[], missed=[
        {'account': 'cnn.com', 'article_line': 826, 'value': '$3 billion',
         'how': 'Account present with the right sentence ("Investors withdrew as much as $3 billion ..."), but no value and no slot. The question says "pull out", which is not on the tool\'s list of money words, so "How much" was not read as money.'},
        {'account': 'Andrew Thurman', 'article_line': 826, 'value': '$3 billion',
         'how': 'Same: right sentence quoted ("as high as $3 billion in net outflows"), no value.'}],
        contradictions=[],
        notes='The trap, Changpeng Zhao\'s $1.1 billion, also got no value. No slot was built at all.'),
    'Q6': dict(values=[], missed=[
        {'account': 'cnn.com', 'article_line': 1146, 'value': '$1.5 billion',
         'how': 'Right sentence cited ("Disney’s streaming business lost $1.5 billion in the fourth quarter."), but no value and no slot. "lose" is not a money word for the tool.'},
        {'account': 'cnn.com', 'article_line': 1142, 'value': '$1.5 billion',
         'how': 'Not cited at all. Only a Chapek quote with no figure came from this article.'}],
        contradictions=[]),
    'Q7': dict(values=[
        ('Data compiled by Maoyan', '75%', False,
         'Wrong: share of China\'s cinemas open on Friday (9,300 cinemas = 75%), not the film\'s share of screenings. It is another quantity in the same article, and both sentences cite Maoyan.'),
        ('cnn.com', '80%', True, 'Right: cnn 1053, "accounted for 80% of screenings scheduled for Friday".')],
        missed=[], contradictions=[],
        notes='No contradiction flagged between 75% and 80%. That is correct: they are different things. But the 75% should not lead as an answer.'),
    'Q8': dict(values=[
        ('cnn.com', '12%', True, 'Right: cnn 622, US oil fell 12%. The parallel Brent 13% was not taken.')],
        missed=[], contradictions=[]),
    'Q9': dict(values=[
        ('cnn.com', 'seven years', True, 'Right: cnn 1235, "For the past seven years".')],
        missed=[], contradictions=[],
        notes='A second, empty count slot (noun "year", verb "clos") was built. It has no value.'),
    'Q10': dict(values=[
        ('usatoday.com', '2023-07-03 (Monday)', True, 'Right: "after Monday\'s decision", resolved from the Tuesday 2023-07-04 publication.')],
        missed=[], contradictions=[]),
    'Q11': dict(values=[
        ('usatoday.com', '2017-11-01 (on Wednesday)', False,
         'Wrong: that is the day the park board voted for the ban. The ban took effect on October 26, 2019. The sentence with that date was never retrieved.')],
        missed=[
        {'account': 'usatoday.com', 'article_line': 1141, 'value': '2019-10-26',
         'how': 'Absent: the sentence "coming into effect on October 26, 2019" is not cited. The question\'s verb "take effect" matches "coming into effect" only loosely.'}],
        contradictions=[]),
    'Q12': dict(values=[
        ('cnn.com', '2022-01-10 (last week)', False,
         'Wrong: a cnn recap from 2022-01-20 says only "last week". The tool turned that into Monday 2022-01-10 and let it lead because it is the newer report. The exact day, Thursday 2022-01-13 (cnn 1133), is shown only as an earlier reading.')],
        missed=[
        {'account': 'cnn.com', 'article_line': 1133, 'value': '2022-01-13',
         'how': 'Stated and extracted ("on Thursday" = 2022-01-13), but it does not lead. A vaguer, newer "last week" beat it. It is not a side figure, only an earlier reading.'}],
        contradictions=[],
        notes='The help text says a past event\'s date is the one most of an outlet\'s reports give. Here each date comes from one report, and the tie went to the newer, vaguer one.'),
}


def leading(raw):
    out = []
    for s in raw['slots']:
        for val, accs in s['reported_by'].items():
            for a in accs:
                out.append((a, val, a in s.get('other_sense', []), s['kind']))
    return out


rows = []
for qid in sorted(J, key=lambda x: int(x[1:])):
    raw = json.load(open(os.path.join(HERE, 'raw', f'{qid}.json')))
    lead = leading(raw)
    judged = [(a, v) for a, v, _, _ in J[qid]['values']]
    assert sorted(judged) == sorted((a, v) for a, v, _, _ in lead), (qid, lead, judged)
    osense = {(a, v): o for a, v, o, _ in lead}
    contra = [s for s in raw['slots'] if s.get('contradiction')]
    assert not contra or J[qid]['contradictions'], qid
    row = {'qid': qid, 'kind': labels[qid]['kind'], 'question': labels[qid]['question'],
           'values': [{'account': a, 'voice': 'outlet' if a in OUTLETS else 'speaker', 'value': v,
                       'right': r, 'other_sense': osense[(a, v)], 'diagnosis': dg}
                      for a, v, r, dg in J[qid]['values']],
           'missed': J[qid]['missed'], 'contradictions': J[qid]['contradictions']}
    if J[qid].get('notes'):
        row['notes'] = J[qid]['notes']
    rows.append(row)

with open(os.path.join(HERE, 'judged.jsonl'), 'w') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')

# totals
tot = dict(values=0, right=0, noval=0, contra=0, contra_false=0)
bykind = defaultdict(lambda: dict(q=0, values=0, right=0, noval=0))
byvoice = defaultdict(lambda: dict(values=0, right=0))
for r in rows:
    k = bykind[r['kind']]
    k['q'] += 1
    if not r['values']:
        tot['noval'] += 1
        k['noval'] += 1
    for v in r['values']:
        tot['values'] += 1
        tot['right'] += v['right']
        k['values'] += 1
        k['right'] += v['right']
        byvoice[v['voice']]['values'] += 1
        byvoice[v['voice']]['right'] += v['right']
    tot['contra'] += len(r['contradictions'])
print('TOTAL', tot, 'share right %.0f%%' % (100 * tot['right'] / tot['values']))
for k, v in bykind.items():
    print('KIND', k, v)
for k, v in byvoice.items():
    print('VOICE', k, v)
