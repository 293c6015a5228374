"""Write judged.jsonl from hand judgments of raw/Q*.json against labels.jsonl,
and print totals. Every leading value (one per account in each slot's
reported_by) is listed; the script checks that the list matches the raw JSON.
"""
import json
import os
from collections import defaultdict

D = os.path.dirname(os.path.abspath(__file__))
labels = {json.loads(l)['qid']: json.loads(l) for l in open(os.path.join(D, 'labels.jsonl'))}

J = {
    'Q1': dict(values=[
        dict(account='usatoday.com', voice='outlet', value='149 people', right=True,
             diagnosis='Right; taken from the headline "now hits 149 people in 29 states" (the text sentence "That brings the total to 149" was not cited).'),
    ], missed=[], contradictions=[],
        notes='The CDC account ("112 people interviewed") was sided, correctly. The CDC increment "28 more people" stayed silent, correctly.'),
    'Q2': dict(values=[
        dict(account='The Centers for Disease Control and Prevention', voice='speaker', value='100 people', right=True,
             diagnosis='Right; the headline\'s "33 states" was not taken.'),
    ], missed=[], contradictions=[]),
    'Q3': dict(values=[
        dict(account='usatoday.com', voice='outlet', value='335 sailors', right=True,
             diagnosis='Right, but the account is also flagged other_sense, which is spurious: both cited sentences are about the Arizona survivors.'),
    ], missed=[], contradictions=[],
        notes='Langdell ("1,177 men entombed") stayed silent; "nine living survivors" was not taken. Good.'),
    'Q4': dict(values=[], missed=[
        dict(account='cnn.com', article_line=1209, value='more than 200,000',
             how='absent: no account at all; the figure is only in the headline, the stored text is video-ad boilerplate'),
    ], contradictions=[]),
    'Q5': dict(values=[], missed=[
        dict(account='Perry Johnson (usatoday.com)', article_line=640, value='$192,000',
             how='silent: the right sentence ("will air $192,000 worth of TV ads") was cited, but no value was read from it; the slot (money) stayed empty'),
    ], contradictions=[]),
    'Q6': dict(values=[
        dict(account='AAA', voice='speaker', value='$10', right=False,
             diagnosis='Wrong figure of a parallel pair: $10 is Verleger\'s forecast for the end of summer; the same sentence gives the record, $5.56.'),
    ], missed=[
        dict(account='AAA / cnn.com', article_line=624, value='$5.56',
             how='lost to the $10 forecast in the same sentence; not shown even as a side figure'),
    ], contradictions=[],
        notes='The AAA account also pulled two regular-gasoline readings from other CNN articles ($5 on 2022-06-11, $4.25 on 2022-06-06); they did not lead, but articles about gasoline were let into a diesel question. cnn.com side figures ($5, $4.11, $4.42) are gasoline prices, rightly sided.'),
    'Q7': dict(values=[], missed=[
        dict(account='cnn.com', article_line=801, value='82% (about 80%)',
             how='silent: the cnn.com account cites "the vaccine was 82% effective ... for the first three months of life", but the JSON has no slot at all, so no value was typed; "How effective" was apparently not read as a percent question'),
    ], contradictions=[]),
    'Q8': dict(values=[
        dict(account='cnn.com', voice='outlet', value='63%', right=True, diagnosis='Right.'),
        dict(account='The FBI', voice='speaker', value='52%', right=False,
             diagnosis='A part, not the answer: 52% is the share that sent a full year of data; 63% submitted data at all.'),
    ], missed=[], contradictions=[],
        notes='No contradiction flagged between 52% and 63%; with one right and one wrong value from the same article, a flag would have been a true one, so this is a missed (not a false) contradiction.'),
    'Q9': dict(values=[
        dict(account='theweek.co.uk', voice='outlet', value='eight weeks', right=True, diagnosis='Right.'),
    ], missed=[], contradictions=[],
        notes='Five press sources (The Guardian, the paper, the news site, the BBC, the broadcaster) listed as silent speakers; harmless.'),
    'Q10': dict(values=[
        dict(account='cnn.com', voice='outlet', value='2022-09-08 (on Thursday)', right=True,
             diagnosis='Right; Thursday resolved against the publication date.'),
    ], missed=[], contradictions=[]),
    'Q11': dict(values=[
        dict(account='cnn.com', voice='outlet', value='2022-03-24 (March 24, 2022)', right=False,
             diagnosis='Photo caption ("The O.B. Curtis Water Treatment Plant ... seen on March 24, 2022"), the date a photo was taken, not when the plant failed.'),
        dict(account='usatoday.com', voice='outlet', value='2022-10-31 (Monday)', right=False,
             diagnosis='The day the EPA "confirmed Monday" that the water was safe, months after the failure; a saying\'s day, which the help says should date no answer.'),
    ], missed=[
        dict(account='cnn.com', article_line=984, value='2022-08-29',
             how='the outlet led with a photo-caption date instead of "began failing Monday" (published Tuesday 2022-08-30)'),
    ], contradictions=[],
        notes='apart=true (dates over a month apart), so no contradiction was flagged, though both values are wrong. USA TODAY\'s month-level "August flooding" (borderline in labels) was not taken either.'),
    'Q12': dict(values=[
        dict(account='The FTC', voice='speaker', value='2022-07-27 (Wednesday)', right=True,
             diagnosis='Right ("In a complaint filed Wednesday in federal court").'),
        dict(account='cnn.com', voice='outlet', value='2022-07-27 (Wednesday)', right=True,
             diagnosis='Right; the newer 2022-08-24 report\'s "filed last month" (2022-07) is shown as an earlier-style reading and agrees at month level.'),
    ], missed=[], contradictions=[],
        notes='The trap "dated Tuesday" (2022-08-23, the filing that dropped Zuckerberg) was not taken.'),
}

# check: judged leading values match the raw JSON's reported_by
for qid, j in J.items():
    raw = json.load(open(os.path.join(D, 'raw', f'{qid}.json')))
    lead = sorted((acct, val) for s in raw.get('slots', []) for val, accts in s['reported_by'].items() for acct in accts)
    mine = sorted((v['account'], v['value']) for v in j['values'])
    assert lead == mine, (qid, lead, mine)
    flagged = [s for s in raw.get('slots', []) if s.get('contradiction')]
    assert len(flagged) == len(j['contradictions']), qid

with open(os.path.join(D, 'judged.jsonl'), 'w') as f:
    for qid in sorted(J, key=lambda q: int(q[1:])):
        j = J[qid]
        rec = dict(qid=qid, kind=labels[qid]['kind'], question=labels[qid]['question'],
                   label=labels[qid]['answer'], values=j['values'], missed=j['missed'],
                   contradictions=j['contradictions'])
        if j.get('notes'):
            rec['notes'] = j['notes']
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')

# totals
tot = dict(values=0, right=0, noval=0, contr=0, contr_false=0)
by_kind = defaultdict(lambda: [0, 0, 0, 0])  # questions, values, right, no-value qs
by_voice = defaultdict(lambda: [0, 0])
for qid, j in J.items():
    k = labels[qid]['kind']
    by_kind[k][0] += 1
    n = len(j['values']); r = sum(v['right'] for v in j['values'])
    tot['values'] += n; tot['right'] += r
    by_kind[k][1] += n; by_kind[k][2] += r
    if n == 0:
        tot['noval'] += 1; by_kind[k][3] += 1
    for v in j['values']:
        by_voice[v['voice']][0] += 1; by_voice[v['voice']][1] += v['right']
    tot['contr'] += len(j['contradictions'])
    tot['contr_false'] += sum(1 for c in j['contradictions'] if not c.get('right'))
print('totals', tot, 'share right %.0f%%' % (100 * tot['right'] / tot['values']))
for k, v in by_kind.items():
    print('kind', k, 'questions', v[0], 'values', v[1], 'right', v[2], 'no-value questions', v[3])
for k, v in by_voice.items():
    print('voice', k, 'values', v[0], 'right', v[1])
