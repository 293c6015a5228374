import json
def V(account,value,right,diag,voice,slot_kind=None):
    d=dict(account=account,value=value,right=right,diagnosis=diag,voice=voice)
    if slot_kind: d['slot_kind']=slot_kind
    return d
J=[
 dict(qid="Q1",kind="count",values=[V("cnn.com","ten counts",False,"Balwani's convictions (ten counts of wire fraud), not Holmes's: the cited sentence is about her co-defendant. Slot was flagged other_sense but still led. The outlet's own lead sentence 'found guilty on four out of 11 ... charges' was cited (n=6) but no value was drawn from it. Question parse: noun='count', verb='founder'.","outlet")],
      no_value_though_stated=False,contradictions=[]),
 dict(qid="Q2",kind="count",values=[],no_value_though_stated=True,
      note="usatoday 304 states 'five Memphis police officers who have been charged with his murder'; the tool cited that very sentence (usatoday.com account) but extracted no value. Slot noun parsed as 'dead' (from 'death'), so officers charged were not counted.",contradictions=[]),
 dict(qid="Q3",kind="count",values=[V("The Berlin fire department","Six people",False,"A part (life-threatening injuries) instead of the total: the next sentence, from the same speaker, says 'In total, 17 people have been injured'. Headline also says 'six with life-threatening injuries'.","speaker")],
      no_value_though_stated=False,contradictions=[]),
 dict(qid="Q4",kind="count",values=[],no_value_though_stated=True,
      note="cnn 1187 (headline 'Typhoon Nanmadol: Two killed', text 'At least two people have died after Typhoon Nanmadol...') not surfaced: the tool returned no accounts at all.",contradictions=[]),
 dict(qid="Q5",kind="money",values=[V("cnn.com","$8",True,"Right amount ('$8 per month'); the per-month unit is dropped from the value but is in the question.","outlet")],
      no_value_though_stated=False,contradictions=[]),
 dict(qid="Q6",kind="money",values=[],no_value_though_stated=True,
      note="Figure is only in cnn 920's headline ('TurboTax to refund customers $141 million...'); the body is ad boilerplate. Tool returned no accounts.",contradictions=[]),
 dict(qid="Q7",kind="percent",values=[
      V("theweek.co.uk","18%",True,"Right: average across all variations, not the 40%/39% of single oils.","outlet"),
      V("cnn.com","14.6%",False,"UK food prices year-on-year (ONS, Oct 2022 article on inflation); the article never mentions cooking oil. cnn has no report of the figure and should be silent.","outlet")],
      no_value_though_stated=False,contradictions=[],note="Slot marked moved=true (rate on another day), no contradiction flagged; the cnn value should not have appeared at all."),
 dict(qid="Q8",kind="percent",values=[
      V("The same question","15%",False,"Phrase 'asked the same question in September 2021' taken as a speaker; 15% is the 2021 share who said he HAD set out a clear vision - other time and other answer.","speaker"),
      V("theweek.co.uk","31%",False,"Parallel figures in one sentence: 31% said done well, 47% done badly; the tool picked the other option's share.","outlet")],
      no_value_though_stated=False,contradictions=[]),
 dict(qid="Q9",kind="age",values=[
      V("usatoday.com","dies at 75",True,"Right (from a 'More:' headline link in 318; same article also says 'died Dec. 17 at age 75').","outlet","age"),
      V("Comedian Kathy Griffin","2016",False,"Extra date slot on an age question; 2016 is when her brother Garry Marshall died.","speaker","date"),
      V("usatoday.com","2018-12-17 (Dec. 17)",False,"Extra date slot on an age question: true date of death but not the asked figure (age). Counted wrong as off-question; see README sensitivity.","outlet","date")],
      no_value_though_stated=False,contradictions=[]),
 dict(qid="Q10",kind="date",values=[
      V("cnn.com","2022-09-18 (Sunday)",True,"Right; 'Sunday' resolved against publication date.","outlet"),
      V("usatoday.com","2022-09-18 (Sunday)",True,"Right; usatoday's 'yesterday' (published 9/19) resolved correctly and grouped with cnn.","outlet")],
      no_value_though_stated=False,contradictions=[]),
 dict(qid="Q11",kind="date",values=[
      V("usatoday.com","2023-02 (later this month)",False,"Biden's planned trip to Poland before the one-year anniversary (Feb 2023 article); the outlet's readings also hold 2022-02-24 twice (1064, 716) but the anniversary-trip sentence led, against the 'date most reports give' rule.","outlet"),
      V("cnn.com","2022-11-29 (on Tuesday)",False,"Another event: a possible Turkish ground invasion of Syria (cnn 1103). Flagged other_sense but still led. cnn articles 324 and 837 ('February 24') not surfaced.","outlet")],
      no_value_though_stated=False,contradictions=[]),
 dict(qid="Q12",kind="date",values=[
      V("cnn.com","2022-08-04 (on Thursday)",True,"Right; 'Thursday' resolved against publication date.","outlet"),
      V("usatoday.com","2020-03-13 (March 13, 2020)",False,"Another event: Trump's Covid-19 national emergency (usatoday 188); usatoday has no monkeypox declaration and should be silent. Slot flagged apart=true (not a contradiction), but the value still leads.","outlet")],
      no_value_though_stated=False,contradictions=[]),
]
with open('judged.jsonl','w') as f:
    for d in J: f.write(json.dumps(d,ensure_ascii=False)+'\n')
import collections
tot=collections.Counter(); byk=collections.defaultdict(collections.Counter); byv=collections.defaultdict(collections.Counter)
for d in J:
    for v in d['values']:
        tot['rep']+=1; tot['right']+=v['right']
        byk[d['kind']]['rep']+=1; byk[d['kind']]['right']+=v['right']
        byv[v['voice']]['rep']+=1; byv[v['voice']]['right']+=v['right']
    byk[d['kind']]['q']+=1; byk[d['kind']]['novalue']+= (not d['values'])
print(tot, dict(byk), dict(byv))
