"""Write judged.jsonl from my reading of raw/Q*.json against labels.jsonl (judgements typed by hand below)."""
import json
V = lambda account, voice, value, right, diagnosis: dict(account=account, voice=voice, value=value, right=right, diagnosis=diagnosis)
J = [
 dict(qid='Q1', kind='count', values=[],
      missed=[dict(account='cnn.com', article_line=500, value='12', status='silent',
                   note="cited 'It was nominated for 12 Oscars this year...' but took no value; slot noun 'nomination' not matched to '12 Oscars'"),
              dict(account='usatoday.com', article_line=456, value='12', status='absent',
                   note="article not retrieved; its only statement is an embedded headline 'The Power of the Dog' leads with 12")],
      contradictions=[]),
 dict(qid='Q2', kind='count',
      values=[V('cnn.com','outlet','under seven presidents (7)',True,'right: 190 own voice, word number read correctly; 81 and five decades not taken')],
      missed=[], contradictions=[]),
 dict(qid='Q3', kind='count', values=[],
      missed=[dict(account='usatoday.com', article_line=107, value='17', status='silent',
                   note="neither '17 have failed in the past 18 months' nor 'closed 17 of its 20' was cited; slot noun parsed as 'this' (from 'I Love This Bar'), so no count could match")],
      contradictions=[]),
 dict(qid='Q4', kind='count',
      values=[V('usatoday.com','outlet','60 insect fragments',True,'right: own-voice FDA action-level sentence; post claim of eight pieces per bar not taken')],
      missed=[dict(account='The post', article_line=17, value='60', status='silent',
                   note="minor: the Instagram post's quoted claim 'the FDA allows 60 insect pieces per 100 grams' was not cited for this speaker; its cited sentence has no number")],
      contradictions=[]),
 dict(qid='Q5', kind='money',
      values=[V('cnn.com','outlet','$5',False,"wrong: $5 is the AAA gas price ('fell just below the $5 mark'), not the tax; the 18.4-cents-a-gallon sentence was cited beside it but cents were not read as money")],
      missed=[dict(account='cnn.com', article_line=312, value='18.4 cents', status='silent (value not taken from a cited sentence)',
                   note='cited as [5] but no value read'),
              dict(account='cnn.com', article_line=314, value='18.3 cents', status='absent',
                   note="article retrieved for speakers, but its own-voice '18.3-cent-per-gallon federal tax' sentence not cited"),
              dict(account='usatoday.com', article_line=523, value='18.4 cents', status='absent',
                   note='50-states roundup (Georgia item) not retrieved')],
      contradictions=[]),
 dict(qid='Q6', kind='money',
      values=[V('cnn.com','outlet','$95,550',True,'right: trap $235,600 (parcel value) avoided')],
      missed=[], contradictions=[]),
 dict(qid='Q7', kind='percent',
      values=[V('usatoday.com','outlet','46.2%',True,"right: 'about one-quarter' not taken")],
      missed=[], contradictions=[]),
 dict(qid='Q8', kind='percent',
      values=[V('cnn.com','outlet','about 12.5%',True,'right: two-thirds / more than half traps avoided')],
      missed=[], contradictions=[]),
 dict(qid='Q9', kind='age',
      values=[V('theweek.co.uk','outlet','age of 25',True,'right: ages four and 14 not taken')],
      missed=[], contradictions=[]),
 dict(qid='Q10', kind='date',
      values=[V('Lightfoot','speaker','2018-09 (September)',False,"wrong twice: the sentence is the narrator's about Rahm Emanuel's September announcement that he would not run; it is not Lightfoot speaking and not the runoff date"),
              V('usatoday.com','outlet','2019-04-02 (Tuesday)',True,"right: 'Tuesday's runoff' (519, published Wed) and 'election here Tuesday' (516, published Mon) both resolved to 2019-04-02")],
      missed=[], contradictions=[],
      note='517 (near-duplicate of 516, same value) not cited; the outlet still reported the right value, so not counted as missed'),
 dict(qid='Q11', kind='date',
      values=[V('cnn.com','outlet','2021',False,"wrong: 2021 is when the DC Circuit vacated the Trump rule; 'The decision issued Thursday' (= 2022-06-30) was not taken")],
      missed=[dict(account='cnn.com', article_line=399, value='2022-06-30', status='not reported (wrong value leads instead)',
                   note="'The decision issued Thursday will send shockwaves...' never cited")],
      contradictions=[]),
 dict(qid='Q12', kind='date',
      values=[V('Netflix','speaker','2021-10-15 (On Friday)',False,"wrong: day Netflix fired an employee, not the walkout"),
              V('The fired transgender employee','speaker','2021-10-19 (on Tuesday)',False,"wrong: day of the employee's NYT interview (a day someone spoke), not the walkout"),
              V('usatoday.com','outlet','2021-10-20 (Wednesday)',True,"right: 'walk out Wednesday' resolved against publication date 2021-10-20")],
      missed=[],
      contradictions=[dict(flagged=True, right=False, note='contradiction flagged among 2021-10-15, 2021-10-19 and 2021-10-20; the first two are other events, so the flag is false')]),
]
with open('judged.jsonl','w') as f:
    for j in J: f.write(json.dumps(j, ensure_ascii=False)+'\n')
# totals
from collections import defaultdict
tot=defaultdict(int); byk=defaultdict(lambda: defaultdict(int)); byv=defaultdict(lambda: defaultdict(int))
for j in J:
    if not j['values']: tot['no_value']+=1
    for v in j['values']:
        tot['values']+=1; tot['right']+=v['right']
        byk[j['kind']]['values']+=1; byk[j['kind']]['right']+=v['right']
        byv[v['voice']]['values']+=1; byv[v['voice']]['right']+=v['right']
    for c in j['contradictions']:
        tot['contra']+=1; tot['contra_false']+= (not c['right'])
    tot['missed']+=len(j['missed'])
print(dict(tot), {k:dict(v) for k,v in byk.items()}, {k:dict(v) for k,v in byv.items()})
