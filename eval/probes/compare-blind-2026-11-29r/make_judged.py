"""Write judged.jsonl from hand judgments of raw/Q*.json against labels.jsonl.

The script checks that every judged value really is a leading value (in some slot's
reported_by) and that every leading value is judged, then prints totals.
"""
import json, os, collections

D = os.path.dirname(os.path.abspath(__file__))
labels = {json.loads(l)['qid']: json.loads(l) for l in open(os.path.join(D, 'labels.jsonl'))}

J = {
    'Q1': dict(values=[
        dict(account='usatoday.com', voice='outlet', value='three games', right=False,
             diagnosis="Took 'the first contestant to win three games' (finals rule) instead of the cited sentence with 'consecutive games won (40 ...)'; trap value."),
    ], missed=[], contradictions=[],
        notes=["Right sentence (40) was retrieved as citation 2 but not used.",
               "Spurious speaker 'EP' made from a link headline (''Jeopardy!' EP announces ...'); silent, no effect."]),
    'Q2': dict(values=[], missed=[
        dict(account='The streamer', voice='speaker', value='456',
             why="silent: its sentence '... to one of its 456 competitors ..., the streamer said' was cited, but no count was taken (question says 'contestants', article says 'competitors')."),
    ], contradictions=[], notes=['No value at all. Slot noun was "contestant"; the count noun in the text is "competitors".']),
    'Q3': dict(values=[
        dict(account='cnn.com', voice='outlet', value='14 points', right=False,
             diagnosis="Took Paige Bueckers' 14 points (UConn player) from a sentence with the verb 'score'; the lead sentence 'defeating the Connecticut Huskies 64-49' was not used."),
    ], missed=[
        dict(account='usatoday.com', voice='outlet', value='64 (64-49)',
             why="sided: 'in a sentence without the question's verb, beside an account with it' - the right value was pushed aside by cnn's wrong one."),
    ], contradictions=[], notes=['The only two-outlet question; the one right value was sided, the wrong one led.',
                                 "cnn.com's article states 64-49 in its first sentence; cnn led with a wrong value (14) instead, counted as wrong, not as missed."]),
    'Q4': dict(values=[], missed=[
        dict(account='theweek.co.uk', voice='outlet', value='70',
             why="silent: citation 5 'some 70 out of 8,500 people living in Bungay identified as devil-worshippers' retrieved, no count taken (question noun 'residents', text 'people')."),
    ], contradictions=[], notes=['No value at all.']),
    'Q5': dict(values=[], missed=[
        dict(account='cnn.com', voice='outlet', value='$440 million',
             why="silent: citation 4 'An estimated $440 million was lost by Zelle users ...' retrieved, but the output has no slot at all (empty 'slots'); 'lose' is apparently not read as a money word."),
    ], contradictions=[], notes=['No value and no slot. A natural "How much did X lose" question gets no money reading.']),
    'Q6': dict(values=[
        dict(account='theweek.co.uk', voice='outlet', value='£15,000', right=True,
             diagnosis='Right (the article also gives $18,500).'),
    ], missed=[], contradictions=[]),
    'Q7': dict(values=[
        dict(account='The study', voice='speaker', value='25%', right=True,
             diagnosis="Right; the 2.5-hours number in the question picked the right sentence."),
    ], missed=[], contradictions=[],
        notes=["'A new meta-analysis' 18% (1.25 hours) was correctly put to the side."]),
    'Q8': dict(values=[
        dict(account='cnn.com', voice='outlet', value='55%', right=True, diagnosis='Right.'),
    ], missed=[], contradictions=[]),
    'Q9': dict(values=[
        dict(account='cnn.com', voice='outlet', value='dead at 67', right=True, diagnosis='Right (from the headline).'),
    ], missed=[], contradictions=[]),
    'Q10': dict(values=[
        dict(account='cnn.com', voice='outlet', value='2022-07-15 (on Friday)', right=False,
             diagnosis="Took the Friday of the last pre-split price ('from just over $2,200 on Friday') instead of 'took effect Monday' (2022-07-18) in cited sentence 1; trap value."),
    ], missed=[], contradictions=[]),
    'Q11': dict(values=[
        dict(account='usatoday.com', voice='outlet', value='2022-09-09 (Friday)', right=True,
             diagnosis='Right; weekday resolved against publication date.'),
    ], missed=[], contradictions=[]),
    'Q12': dict(values=[
        dict(account='Board chair Diane Deans', voice='speaker', value='2022-02-15 (Tuesday)', right=True,
             diagnosis="Right; the separation was announced at the Tuesday meeting (the value comes from the day she spoke, which here is the event's day)."),
        dict(account='cnn.com', voice='outlet', value='2022-02-07 (Monday)', right=False,
             diagnosis="Took the day Sloly spoke in an earlier article (line 235, 2022-02-08: 'Police Chief Peter Sloly said Monday'), a week before he left; a speaking day used as the answer, from an article not about his departure."),
    ], missed=[], contradictions=[],
        notes=["Trudeau's Monday 2022-02-14 (Emergencies Act) was put to the side: correct.",
               "The two leading dates disagree (Feb 15 vs Feb 7) and no contradiction was flagged; since Feb 7 is a misreading, there is no real contradiction to flag.",
               "Account 'The chairperson of the police services board' cites a 'police said Sunday' sentence from line 235: speaker mislabelled, silent, no effect."]),
}

out = []
for qid in sorted(J, key=lambda q: int(q[1:])):
    raw = json.load(open(os.path.join(D, 'raw', qid + '.json')))
    leading = set()
    flagged = []
    for s in raw.get('slots', []):
        for v, accs in s.get('reported_by', {}).items():
            for a in accs:
                leading.add((a, v))
        if s.get('contradiction'):
            flagged.append(s)
    judged = {(v['account'], v['value']) for v in J[qid]['values']}
    assert judged == leading, (qid, judged, leading)
    assert not flagged or J[qid]['contradictions'], qid
    rec = {'qid': qid, 'kind': labels[qid]['kind'], 'label': labels[qid]['answer']}
    rec.update(J[qid])
    out.append(rec)

with open(os.path.join(D, 'judged.jsonl'), 'w') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')

# totals
tot = collections.Counter()
byk = collections.defaultdict(collections.Counter)
byv = collections.defaultdict(collections.Counter)
for r in out:
    k = r['kind'] if r['kind'] != 'age' else 'duration/age'
    byk[k]['questions'] += 1
    if not r['values']:
        tot['no_value'] += 1
        byk[k]['no_value'] += 1
    for v in r['values']:
        tot['values'] += 1; tot['right'] += v['right']
        byk[k]['values'] += 1; byk[k]['right'] += v['right']
        byv[v['voice']]['values'] += 1; byv[v['voice']]['right'] += v['right']
    tot['missed'] += len(r['missed'])
    tot['contradictions'] += len(r['contradictions'])
print('TOTAL', dict(tot), 'share right %.0f%%' % (100 * tot['right'] / tot['values']))
for k, c in byk.items():
    print('kind', k, dict(c))
for k, c in byv.items():
    print('voice', k, dict(c))
