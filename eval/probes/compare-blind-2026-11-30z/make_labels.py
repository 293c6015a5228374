import json, sys
sys.path.insert(0,'/tmp/probe-z-out')
from cq import C, EX
def st(line, value, quotes):
    a=C[line-1]
    for q in quotes:
        assert q in a['text'] or q in a['title'], (line, q)
    return dict(outlet=a['outlet'], article_line=line, article_id=a['id'], published=a['published'], value=value, quotes=quotes)
L=[]
L.append(dict(qid="Q1", kind="count",
 question="How many adults were wounded by gunfire near the unpermitted concert at 14th and U Streets in Washington, DC, in June 2022?",
 answer="3 (three adults wounded, including a police officer; shooting on Sunday June 19, 2022)",
 stating=[st(5,"3 adults wounded",["The 15-year-old boy was killed, and three adults were wounded, including a police officer, Contee said."])],
 traps=["1 killed (the 15-year-old boy) is a different casualty type","'several others wounded' in the lede (vague)","'Several people suffered leg or ankle injuries as the crowd dispersed' (trampling injuries, not gunfire)","277 mass shootings so far this year (GVA, national)","'at least four people' (GVA definition)","'Several hundred people had gathered'","age 15 / 18-year-old gunmen in Buffalo and Uvalde"],
 note="Single outlet (CNN, line 5, published Mon 2022/06/20; 'Sunday evening' = 2022-06-19). Police Chief Robert Contee is the speaker of the figure; it could be attributed to CNN's voice or to Contee."))
L.append(dict(qid="Q2", kind="count",
 question="How many straight home wins did the Boston Bruins start the 2022-23 NHL season with when they set the record in November 2022?",
 answer="12",
 stating=[st(843,"12",["Bruins set NHL record: 12 straight home wins to start season","The Boston Bruins set the NHL record for most home victories to start a season with their 12th straight, topping the Carolina Hurricanes 3-2 in overtime on Friday","To get 12 in a row at home is pretty special."])],
 traps=["3-2 overtime score","Hurricanes 'lost their fifth straight'","Bergeron milestone and Bourque (1,506), Bucyk (1,339), Esposito (1,012) games","later Bruins season records in other articles: fastest to 50 wins (841), 63 wins (840, excluded), 'first loss in 10 games' (842, excluded)"],
 note="Single article (usatoday AP, line 843, 2022/11/25 Friday). Other Bruins articles (841, 844, 840X, 842X, 846X) do not state the home-win streak."))
L.append(dict(qid="Q3", kind="count",
 question="How many 3-pointers did the Indiana Pacers make as a team when they beat the Cleveland Cavaliers in late December 2022?",
 answer="19 (19 of 31 from beyond the arc)",
 stating=[st(134,"19",["The Pacers finished 19 of 31 from beyond the arc."])],
 traps=["11 = Haliburton + Hield combined (headline 'combine for 11 3s')","6 (Haliburton 6 for 8), 5 (Hield 5 for 6)","31 attempts","final score 135-126","Haliburton 29 points, Hield 25, Nesmith 22, Mathurin 23, Turner 14","'five-game losing streak', 'three in a row'"],
 note="Single article (usatoday AP, line 134, published Thu 2022/12/29, game 'Thursday night'). Headline figure 11 is a part (two players), not the team total."))
L.append(dict(qid="Q4", kind="count",
 question="How many FDA vaccine advisers voted in favor of Covid-19 vaccines for children as young as 6 months in June 2022?",
 answer="21 (all 21 VRBPAC members, unanimous, Wednesday June 15, 2022)",
 stating=[st(374,"21",["All 21 members of the FDA’s Vaccines and Related Biological Products Advisory Committee voted “yes”","voted unanimously on Wednesday in favor of expanding the emergency use authorizations for the Moderna and Pfizer/BioNTech Covid-19 vaccines to include children as young as 6 months"])],
 traps=["22 = all 22 members who voted on Tuesday June 14 for Moderna in ages 6-17 (line 376) - a different vote","19 of 21 = Omicron-component booster vote June 28 (line 372)","21 yes / 1 abstained = Novavax adults vote June 7 (line 373, excluded) - same number, different vote","CDC advisers voted unanimously on Saturday June 18 (line 380), no count given","dose sizes 25 micrograms, 3 micrograms; ages 5, 4"],
 note="CNN only (374). 376 (June 14) previews the Wednesday meeting; 380 reports the later CDC vote without a member count."))
L.append(dict(qid="Q5", kind="money",
 question="How much is Kroger paying to buy Albertsons in the merger announced in October 2022?",
 answer="nearly $25 billion",
 stating=[st(420,"nearly $25 billion",["Kroger announced Friday that it plans to buy Albertsons in a nearly $25 billion deal"])],
 traps=["$34.10 a share (per-share price)","roughly 30% premium","$13.7 billion (Amazon-Whole Foods 2017)","more than $200 billion in combined sales","$1.4 trillion grocery industry","half a billion dollars in cost savings","710,000 workers, nearly 5,000 stores, nearly 400 stores spun off"],
 note="Single article (CNN line 420, 2022/10/14). $34.10/share is a per-share amount, acceptable only as a side figure."))
L.append(dict(qid="Q6", kind="money",
 question="How much did 'Rogue One: A Star Wars Story' take in from its Thursday night preview screenings in December 2016?",
 answer="$29 million (studio estimates)",
 stating=[st(504,"$29 million",["'Rogue One: A Star Wars Story' takes off to $29 million after","took off in theaters for Thursday night preview screenings, taking $29 million in box office, according to studio estimates."])],
 traps=["$27.7 million (Batman v Superman previews)","$25 million (Captain America: Civil War)","$57 million (The Force Awakens previews, Dec. 2015)","4,100 theaters"],
 note="Single article (usatoday, line 504, 2016/12/16). Title is truncated ('... after ...')."))
L.append(dict(qid="Q7", kind="percent",
 question="By what percentage did the International Energy Agency expect global coal demand to grow in 2022?",
 answer="1.2%",
 stating=[st(172,"1.2%",["Demand for coal is set to grow 1.2% and top 8 billion metric tons for the first time ever this year, the IEA said in the latest edition of its annual coal report."])],
 traps=["around 40% of global greenhouse gas emissions from fossil fuel use","EU coal use to drop 29% by 2025","China coal power generation up around 15% in August","CO2 emissions from coal power forecast to grow by more than 200 million tons, or 2% (earlier IEA forecast)","8 billion metric tons"],
 note="Single article (CNN line 172, 2022/12/16)."))
L.append(dict(qid="Q8", kind="percent",
 question="What percentage of the EU's natural gas storage capacity was filled in late October 2022?",
 answer="almost 94%",
 stating=[st(176,"almost 94%",["Stores are now almost 94% full, according to data from Gas Infrastructure Europe."])],
 traps=["80% target the bloc set for November","87% = five-year average maximum storage level","20% drop in gas futures since last Thursday","more than 70% drop since late-August record","126% above last October","Russia's share of imports fell from 40% to just 9%"],
 note="Single article (CNN line 176, 2022/10/26)."))
L.append(dict(qid="Q9", kind="duration",
 question="How long a prison sentence did the Russian court hand Brittney Griner in August 2022?",
 answer="nine years",
 stating=[st(34,"9 years",["Brittney Griner: WNBA star sentenced to 9 years in Russian jail for","was convicted of deliberately smuggling drugs into Russia and sentenced to nine years of jail time Thursday"]),
          st(552,"9 years",["she was sentenced to nine years in prison in early August"])],
 traps=["9.5 years requested by prosecutors","Viktor Bout 25-year sentence","Paul Whelan 16 years","'about six months after' her arrest","'10 months in jail' / '10-month ordeal' (time actually held; lines 297 and 290-excluded)","age 31","1 million rubles / $16,400 fine"],
 note="Two CNN articles (34: 2022/08/04; 552: 2022/12/08). 290 (excluded) and 297 (usatoday) say '10 months' which is the time served, not the sentence."))
L.append(dict(qid="Q10", kind="date",
 question="When did 'Laverne & Shirley' actor Eddie Mekka die?",
 answer="2021-11-27 (Saturday, Nov. 27, 2021, at his home in Newhall, California)",
 stating=[st(321,"2021-11-27 (Saturday before Thu 2021/12/02)",["announced that Mekka \"passed away peacefully\" Saturday at his home in Newhall, California."])],
 traps=["Thursday = 2021-12-02 (McKean's Twitter goodbye; also publication date)","age 69","1976 to 1983 (show run)","2006 Dreamgirls, 2017, 2018 films","Arlene Dahl dies at 96 (another death)"],
 note="Single article (usatoday line 321, published Thursday 2021/12/02); 'Saturday' resolves to 2021-11-27."))
L.append(dict(qid="Q11", kind="date",
 question="When did SpaceX launch the space station cargo mission that carried dwarf tomato seeds in November 2022?",
 answer="2022-11-26 (Saturday, around 2:20 p.m. ET)",
 stating=[st(363,"2022-11-26 (Saturday; article published Sat 2022/11/26)",["The mission took off from NASA’s Kennedy Space Center in Florida around 2:20 p.m.","ET Saturday."])],
 traps=["original liftoff date Tuesday = 2022-11-22 (scrubbed for weather)","spacewalks November 29 and December 3","'this weekend'"],
 note="Single article (CNN line 363, published Saturday 2022/11/26)."))
L.append(dict(qid="Q12", kind="date",
 question="When was Brittney Griner freed from Russian detention in the prisoner swap for Viktor Bout?",
 answer="2022-12-08 (Thursday, Dec. 8, 2022)",
 stating=[st(552,"2022-12-08 (Thursday; published Thu 2022/12/08)",["The US basketball star was released on Thursday from Russian detention in a prisoner swap for Viktor Bout","The swap, which US President Joe Biden confirmed on Thursday"]),
          st(297,"December 2022 (month only)",["announced in December when she returned home from her 10-month ordeal in Russia"])],
 traps=["sentenced in early August / Thursday 2022-08-04 (line 34)","arrested in February 2022","moved to a penal colony in mid-November","Bout arrested 2008, sentenced 2012","Whelan arrested 2018","line 290 (excluded, usatoday 2023/01/21): 'returned to the U.S. last month' (= December 2022, month only)"],
 note="Day-level answer only in CNN 552. usatoday 297 (and excluded 290) give only the month; a December-2022 value for usatoday is the right month but, per the brief, wrong for a question asked to the day (noted separately). CNN 34 (dated 2022/08/04) includes later photo captions about her release but no date."))
with open('/tmp/probe-z-out/labels.jsonl','w') as f:
    for x in L:
        for s in x['stating']: assert s['article_line'] not in EX or x['qid']=='__', (x['qid'], s['article_line'])
        f.write(json.dumps(x, ensure_ascii=False)+'\n')
print(len(L), 'labels written; all quotes asserted')
