import json
J=[
 dict(qid="Q1",kind="count",values=[
   dict(account="usatoday.com",value="At least 748 heat-related deaths",right=True,diagnosis="matches label (Spain+Portugal toll, 2022-07-18)"),
   dict(account="cnn.com",value="at least 1,100 people",right=True,diagnosis="matches label (southern Europe, 2022-07-19)")],
   contradiction_flagged=False,contradiction_note="correctly not flagged (later, wider toll)",missed=[]),
 dict(qid="Q2",kind="count",values=[
   dict(account="State media",value="more than 200 vehicles",right=True,diagnosis="matches label; single outlet so split by speaker")],
   contradiction_flagged=False,missed=["cnn.com own voice listed silent although title says 'More than 200 cars involved' (figure is attributed to state media, so acceptable)"]),
 dict(qid="Q3",kind="count",values=[],contradiction_flagged=False,
   missed=["cnn.com 1114 states 'leaving at least two people dead' / title '2 dead': tool returned no accounts at all (no article retained)"]),
 dict(qid="Q4",kind="count",values=[
   dict(account="The most recent data from the UK Office for National Statistics",value="Around 1 million children",right=True,diagnosis="matches label"),
   dict(account="cnn.com",value="Around 1 million children (reading: 'Nearly 1 million children' from title)",right=True,diagnosis="matches label")],
   contradiction_flagged=False,missed=[]),
 dict(qid="Q5",kind="money",values=[
   dict(account="Scottish Power",value="£2,000",right=False,diagnosis="trap: the level at which Scottish Power proposes to CAP bills, not the bill under the April 2022 cap"),
   dict(account="cnn.com",value="£1,971",right=True,diagnosis="matches label (177, newest)")],
   contradiction_flagged=False,missed=[]),
 dict(qid="Q6",kind="money",values=[
   dict(account="Data provided to CNN by the American Automobile Association",value="$1.87",right=False,diagnosis="trap: 2020 pandemic low from a Nov-2022 Trump fact check, not the June 2022 record"),
   dict(account="cnn.com",value="$3.759",right=False,diagnosis="newest-report rule picked the Nov 15, 2022 national average from a fact check; question names June 2022; cnn's June 22 article's $5.02 was read as '$5' and not led")],
   contradiction_flagged=False,missed=["usatoday.com 275 'surpassed $5 per gallon in June' not retrieved (question answered by speaker, as if one outlet)"]),
 dict(qid="Q7",kind="percent",values=[
   dict(account="An IRI survey conducted in September",value="About 38%",right=False,diagnosis="trap: share of consumers expecting to pay more, not the cost rise"),
   dict(account="cnn.com",value="about 13.5%",right=True,diagnosis="matches label")],
   contradiction_flagged=False,missed=[]),
 dict(qid="Q8",kind="percent",values=[
   dict(account="cnn.com",value="96%",right=False,diagnosis="trap: share of ALL 2015-2019 vehicles with immobilizers; Hyundai/Kia share is 26% in the same sentence")],
   contradiction_flagged=False,missed=[]),
 dict(qid="Q9",kind="duration",values=[
   dict(account="usatoday.com",value="5 years",right=False,diagnosis="trap: Colossal's mammoth calves 'expected in 5 years' in the newest (dodo) article; newest-report rule let an off-sense sentence lead over 'nearly 100 years'"),
   dict(account="cnn.com",value="Almost 100 years",right=True,diagnosis="matches label")],
   contradiction_flagged=True,contradiction_note="FALSE: usatoday says 'nearly 100 years'/'nearly a century' (in its own readings), same as cnn",missed=[]),
 dict(qid="Q10",kind="date",values=[
   dict(account="Officials",value="2022-03-15 (Tuesday)",right=False,diagnosis="trap: day the reopening was announced ('officials said Tuesday')"),
   dict(account="usatoday.com",value="2022-05-01 (May 1)",right=True,diagnosis="matches label (earlier readings from Puerto Rico/South Korea articles are off-story but do not lead)")],
   contradiction_flagged=False,missed=[]),
 dict(qid="Q11",kind="date",values=[],contradiction_flagged=False,
   missed=["usatoday.com 1018 'Almost all of them begin Wednesday, May 4.' - tool lists usatoday as silent (only retrieved the 'about to enact' sentence)"]),
 dict(qid="Q12",kind="date",values=[
   dict(account="EarthSky’s 2022 meteor shower guide",value="2022-08 (August)",right=False,diagnosis="from 2023 sky-events article about August supermoons; off-topic"),
   dict(account="The Old Farmer’s Almanac",value="2022 (this year)",right=False,diagnosis="'this year' read as a date; the Almanac lists 'December 7: Cold moon' in 3 articles but that was not picked"),
   dict(account="Sky & Telescope",value="2022 (this year)",right=False,diagnosis="planet-alignment sentence, off-topic"),
   dict(account="cnn.com",value="2022 (this year)",right=False,diagnosis="newest cnn article's 'this year’s last full moon event' led; the correct 2022-12-07 reading (1205) exists but did not lead")],
   contradiction_flagged=False,missed=[]),
]
with open('judged.jsonl','w') as f:
    for j in J: f.write(json.dumps(j,ensure_ascii=False)+'\n')
tot=sum(len(j['values']) for j in J); right=sum(v['right'] for j in J for v in j['values'])
print(tot,right)
from collections import defaultdict
k=defaultdict(lambda:[0,0,0,0])
for j in J:
    k[j['kind']][0]+=1; k[j['kind']][1]+=len(j['values']); k[j['kind']][2]+=sum(v['right'] for v in j['values']); k[j['kind']][3]+= (len(j['values'])==0)
print(dict(k))
ov=[v for j in J for v in j['values'] if v['account'] in ('cnn.com','usatoday.com','theweek.co.uk')]
print('outlet voice',len(ov),sum(v['right'] for v in ov))
