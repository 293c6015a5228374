"""Write judged.jsonl from hand judgments, and check that every leading value
(each account in each slot's reported_by) in raw/Q*.json is judged exactly once."""
import json

D = '/tmp/probe-p/eval/probes/compare-blind-2026-11-29p/'

J = {
 'Q1': dict(kind='count', values=[],
   missed=[{'account': 'usatoday.com', 'article_line': 108, 'value': 'at least 3,500',
            'how': 'account silent: the tool cited a comparison sentence and a Garten quote, not the title or the "at least 3,500 legal actions" sentences',
            'note': 'the echoed question reads "According to USA \'s 2016 analysis": the word TODAY of "USA TODAY" was dropped from the question'}],
   contradictions=[]),
 'Q2': dict(kind='count', values=[
   {'account': 'CNN affiliate WBNS-TV', 'voice': 'speaker', 'value': '14 counts', 'right': True,
    'diagnosis': 'right: counts left after 11 were dismissed'},
   {'account': 'cnn.com', 'voice': 'outlet', 'value': '25 counts', 'right': False,
    'diagnosis': 'wrong: the 2019 initial indictment ("initially indicted on 25 counts ... in 2019"); the question asks for the counts at the 2022 trial; an earlier superseded figure led instead of being sided'}],
   missed=[], contradictions=[]),
 'Q3': dict(kind='count', values=[],
   missed=[{'account': 'cnn.com', 'article_line': 570, 'value': '87,192',
            'how': 'account silent: the tool cited the lead sentence (2-1 score) and missed the next one, "A record crowd of 87,192 ... watched", though it has the question\'s verb "watch"'}],
   contradictions=[]),
 'Q4': dict(kind='count', values=[
   {'account': 'Bank of America', 'voice': 'speaker', 'value': 'about 175,000 jobs', 'right': True,
    'diagnosis': 'right'},
   {'account': 'cnn.com', 'voice': 'outlet', 'value': '175,000 jobs', 'right': True,
    'diagnosis': 'right (from the headline, which states the bank\'s forecast)'}],
   missed=[], contradictions=[],
   notes='"263,000 jobs" added in September was correctly pushed to the side'),
 'Q5': dict(kind='money', values=[
   {'account': 'cnn.com', 'voice': 'outlet', 'value': '$80 million', 'right': True,
    'diagnosis': 'value right; but it is Musk\'s tweet, credited to the outlet\'s own voice instead of a Musk account'}],
   missed=[], contradictions=[]),
 'Q6': dict(kind='money', values=[
   {'account': 'NerdWallet’s annual analysis of federal financial aid data', 'voice': 'speaker', 'value': '$2.6 billion', 'right': True,
    'diagnosis': 'right'},
   {'account': 'usatoday.com', 'voice': 'outlet', 'value': '$2.6 billion', 'right': True,
    'diagnosis': 'right (headline, read as "$2.6B")'}],
   missed=[], contradictions=[]),
 'Q7': dict(kind='percent', values=[
   {'account': 'usatoday.com', 'voice': 'outlet', 'value': '7%', 'right': False,
    'diagnosis': 'wrong: "an overall inflation gauge ... from a peak of 7% in June" is the PCE gauge (article of 2023-05-03), not the CPI rate of 9.1%; its second reading, a repeat "7%", is a 30-year mortgage rate ("pushed past 7%"), not inflation at all'},
   {'account': 'cnn.com', 'voice': 'outlet', 'value': '9.1%', 'right': True,
    'diagnosis': 'right; but cnn.com\'s other readings are noise: a mortgage rate (6.31%), UK inflation (10.1% twice, 5.4%), health budgets (3%), which made the tool set moved=true'}],
   missed=[{'account': 'usatoday.com', 'article_line': 702, 'value': '9.1%',
            'how': 'absent: USA TODAY\'s "a 40-year high of 9.1% last June" (2023-04-13) was not cited; the outlet led with 7% instead'},
           {'account': 'cnn.com', 'article_line': 353, 'value': 'above 9%',
            'how': 'absent (rough statement; cnn.com already led with the right 9.1%)'}],
   contradictions=[],
   notes='7% vs 9.1% not flagged as a contradiction (moved=true instead); they are different measures, so no flag is acceptable, but the 7% should not lead'),
 'Q8': dict(kind='percent', values=[],
   missed=[{'account': 'cnn.com', 'article_line': 16, 'value': '94%',
            'how': 'absent: the JSON has no accounts at all; the article (which names Healthy Babies, Bright Futures) was not used'}],
   contradictions=[]),
 'Q9': dict(kind='duration', values=[
   {'account': 'usatoday.com', 'voice': 'outlet', 'value': 'two hours', 'right': True,
    'diagnosis': 'right'},
   {'account': 'Paul Chodas', 'voice': 'speaker', 'value': '10 months', 'right': False,
    'diagnosis': 'wrong: how often such asteroids enter the atmosphere ("around every 10 months"), not the time from sighting to impact'}],
   missed=[], contradictions=[],
   notes='"over 40 minutes" (observation window) correctly sided'),
 'Q10': dict(kind='date', values=[
   {'account': 'cnn.com', 'voice': 'outlet', 'value': '2022-10-28 (Friday)', 'right': True,
    'diagnosis': 'right: "early Friday" resolved against 2022/10/28'}],
   missed=[{'account': 'usatoday.com', 'article_line': 825, 'value': 'October 2022 (month only)',
            'how': 'account silent although its cited sentence says "attacked in his home last October" (month-only, partial)'},
           {'account': 'usatoday.com', 'article_line': 398, 'value': 'October 2022 (month only)',
            'how': 'absent ("a brutal October attack"; month-only, partial)'}],
   contradictions=[]),
 'Q11': dict(kind='date', values=[
   {'account': 'Lynn’s family', 'voice': 'speaker', 'value': '2022-10-04 (Tuesday)', 'right': True,
    'diagnosis': 'right'}],
   missed=[], contradictions=[]),
 'Q12': dict(kind='date', values=[
   {'account': 'theweek.co.uk', 'voice': 'outlet', 'value': '2023-02-27 (yesterday)', 'right': True,
    'diagnosis': 'right: "unveiled yesterday" resolved against 2023/02/28'}],
   missed=[], contradictions=[],
   notes='a silent account "Rishi Sunak" cites a quote that is really BBC editor Chris Mason\'s (speaker misattribution, no value)'),
}

# check coverage against raw
for qid, j in J.items():
    raw = json.load(open(f'{D}raw/{qid}.json'))
    lead = sorted((acc, val) for s in raw['slots'] for val, accs in s['reported_by'].items() for acc in accs)
    mine = sorted((v['account'], v['value']) for v in j['values'])
    assert lead == mine, (qid, lead, mine)
    flagged = [s for s in raw['slots'] if s.get('contradiction')]
    assert len(flagged) == len(j['contradictions']), qid

with open(D + 'judged.jsonl', 'w') as f:
    for qid in sorted(J, key=lambda q: int(q[1:])):
        f.write(json.dumps({'qid': qid, **J[qid]}, ensure_ascii=False) + '\n')

# totals
vals = [(j['kind'], v) for j in J.values() for v in j['values']]
print('values', len(vals), 'right', sum(v['right'] for _, v in vals))
print('no-value questions', [q for q, j in J.items() if not j['values']])
for k in ['count', 'money', 'percent', 'duration', 'date']:
    vs = [v for kk, v in vals if kk == k]
    print(k, len(vs), sum(v['right'] for v in vs), 'no-value Qs', sum(1 for j in J.values() if j['kind'] == k and not j['values']))
for voice in ['outlet', 'speaker']:
    vs = [v for _, v in vals if v['voice'] == voice]
    print(voice, len(vs), sum(v['right'] for v in vs))
print('missed', sum(len(j['missed']) for j in J.values()))
