# Builds labels.jsonl; checks every quote is a substring of its article's title or text.
import json
A=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
def st(line, value, quote, newest, note=None, voice=None):
    a=A[line]
    assert quote in a['title'] or quote in a['text'], (line, quote)
    d={"outlet":a['outlet'],"article_id":a.get('id'),"line":line,"published":a['published'],
       "title":a['title'],"value":value,"quote":quote,"newest":newest}
    if voice: d["voice"]=voice
    if note: d["note"]=note
    return d
Q=[]
Q.append(dict(qid="Q1",kind="count",
 question="How many people died in the lake-effect snowstorm that buried the Buffalo area in November 2022?",
 answer="2",
 stating=[st(403,"2","The storm had contributred to two deaths.",False,voice="outlet; attributed to Erie County Executive Mark Poloncarz in next sentence"),
          st(5,"2","two county residents died from cardiac complications related to shoveling and attempting to clear the ground, said Erie County Executive Mark Poloncarz",True,voice="Mark Poloncarz")],
 traps=["26 deaths in the November 2014 Buffalo snowstorm (usatoday line 405)",
        "20 lives claimed by the November 2014 storm (cnn line 403)",
        "27 / 14 / 3 deaths in the December 2022 Buffalo blizzard (cnn lines 7, 406, 766, 767) - different storm",
        "23 deaths in the blizzard of 1977","8 million people under alerts","77.0 / 66 / 65 inches of snow","11 counties state of emergency"]))
Q.append(dict(qid="Q2",kind="count",
 question="How many concerts are scheduled on Taylor Swift's Eras Tour, whose ticket presale overwhelmed Ticketmaster in November 2022?",
 answer="52",
 stating=[st(1233,"52","Other dates on Swift’s 52 show tour are commanding insane amounts of money too.",False),
          st(1232,"52","will have 52 concerts in multiple stadiums across the US over five months",True)],
 traps=["2.4 million people got tickets (Swift quote, line 1232)","five months","top ten spots on Billboard Hot 100",
        "$21,600 / $17,010 / $35,438 / $350 resale prices","80% share","four years old (1994)",
        "Aug. 24-27 Mexico City dates (usatoday line 1228, 2023, different story)"],
 note="Excluded list has an Eras Tour truck-driver bonus question (Aug 2023); this question is the Nov 2022 Ticketmaster story."))
Q.append(dict(qid="Q3",kind="count",
 question="How many members of the FDA's vaccine advisory committee voted in favor of Novavax's Covid-19 vaccine in June 2022?",
 answer="21",
 stating=[st(372,"21","Twenty-one members voted yes, one abstained, and none voted no.",True)],
 traps=["one abstained / none voted no","22 members voted yes for Moderna teens (line 375)","All 21 members voted yes for under-5 vaccines (line 373) - different vote",
        "19 yes / 2 no on Omicron component (line 371)","fourth Covid-19 vaccine","18 and older","two-dose"]))
Q.append(dict(qid="Q4",kind="count",
 question="How many previously unknown species did scientists find on the Pacific Ocean floor in the Clarion-Clipperton Zone?",
 answer="more than 5,000",
 stating=[st(1012,"more than 5,000","Scientists have discovered more than 5,000 previously unknown species living at the bottom of the Pacific Ocean.",True),
          ],
 traps=["500 Tesco stores (same roundup)","aged 96 (RAF veteran, same roundup)","1943"],
 note="Title also says '5,000 new species discovered in the Pacific Ocean'; a bare 5,000 is accepted as right (title's own wording)."))
Q.append(dict(qid="Q5",kind="money",
 question="How much did Meta agree to pay to settle the class action over Facebook tracking users after they had logged out?",
 answer="$90 million",
 stating=[st(919,"$90 million","Facebook (FB)-parent Meta has agreed to pay $90 million to settle a decade-old class action lawsuit",True)],
 traps=["$590 billion company value","10 largest privacy settlements","2010/2011/2012 dates",
        "other $90 million figures in unrelated articles (Atlanta police center line 165, Pastrnak extension line 839)"]))
Q.append(dict(qid="Q6",kind="money",
 question="How much was the US government's June 2022 deal to buy another 105 million doses of Pfizer's Covid-19 vaccine worth?",
 answer="$3.2 billion",
 stating=[st(1223,"$3.2 billion","The $3.2 billion deal announced by the Biden administration",True)],
 traps=["105 million doses","option for a total of 300 million doses","$10 billion asked of Congress (cnn line 194)","UBS $3.2 billion for Credit Suisse (line 818) - unrelated"]))
Q.append(dict(qid="Q7",kind="percent",
 question="By what percent did US egg prices rise in the year through November 2022?",
 answer="49%",
 stating=[st(996,"49%","In the year through November, not adjusted for seasonal swings, egg prices jumped 49%, according to data from the Bureau of Labor Statistics.",True,voice="outlet citing BLS")],
 traps=["22.6% over 12 months ending April 2022 (cnn line 1236) - different period","10.3% April monthly (line 1236)","about 2% drop in unit sales (line 996)",
        "308 / 328 million hens"]))
Q.append(dict(qid="Q8",kind="percent",
 question="By what percent did the Golden State Warriors' value rise in Forbes' 2022 NBA franchise valuations?",
 answer="25%",
 stating=[st(359,"25%","The Warriors are now worth $7 billion, said Forbes, 25% more than last year.",True,voice="Forbes (said Forbes)")],
 traps=["15% average franchise rise","$7 billion value","$765 million revenue","$206 million operating income","$6.1B Knicks / $5.9B Lakers"]))
Q.append(dict(qid="Q9",kind="duration",
 question="How many years after winning the Premier League title were Leicester City relegated?",
 answer="7 years",
 stating=[st(992,"7 years","Seven years after the most improbable Premier League title triumph of all, Leicester was relegated",True),
          st(991,"7 years","Seven years ago, the “feisty Midlands club wrote the great fairy tale of the Premier League era”",True,voice="James Gheerbrant in The Times (quoted by The Week)")],
 traps=["69-year stay (Everton)","31 years out of the top flight (Luton)","two years ago (FA Cup win)","since 1954","5,000-1 odds","2016","second season after promotion"]))
Q.append(dict(qid="Q10",kind="date",
 question="When was the 2022 Champions League final between Liverpool and Real Madrid played?",
 answer="2022-05-28",
 stating=[st(716,"2022-05-28","The men's final will still be held on May 28 but now at the 80,000-seat Stade de France",True),
          st(564,"2022-05-28","May 28 could represent the chance to complete a historic treble",True,note="implicit: the final is 'two weeks later' than the May 14 FA Cup final, in Paris"),
          st(571,"2022-05-28 (relative: 'on Saturday', published Thu 2022-05-26)","will see them win the game on Saturday",True,voice="Gary Neville (quoted)",note="only a relative weekday; an explicit 2022-05-28 or 'Saturday' resolved is right")],
 traps=["May 14 FA Cup final (cnn 564, theweek 567 'Saturday 14 May')","St. Petersburg original venue","2019 Liverpool title","14th title (Real)"]))
Q.append(dict(qid="Q11",kind="date",
 question="When did SpaceX's Crew-4 mission launch to the International Space Station?",
 answer="2022-04-27",
 stating=[st(369,"2022-04-27 (scheduled; 'Wednesday', published Tue 2022-04-26)","Crew-4 is slated to take off in the early hours of Wednesday morning — at 3:52 am ET, to be exact",False),
          st(588,"2022-04-27","SpaceX Crew-4 arrives at the International Space Station on April 27 2022.",True,note="launch at 3:52 am ET, same day as docking Wednesday evening; 'after a pre-sunrise launch from Kennedy Space Center in Florida at 3:52 am ET'")],
 traps=["April 8 (Ax-1 launch, cnn line 363)","April 23 (capsule on launch pad photo, line 588)","Monday (Ax-1 ended)","1983 (Guion Bluford)","2009 (Cristoforetti joined ESA)","five-month mission","16 hours"]))
Q.append(dict(qid="Q12",kind="date",
 question="On what date did October 2022's full hunter's moon reach its peak?",
 answer="2022-10-09",
 stating=[st(1206,"2022-10-09","October 9: Hunter’s moon",False),
          st(1204,"2022-10-09","October 9: Hunter’s moon",False),
          st(1200,"2022-10-09","On Sunday, October 9, just before 5 p.m. ET, a full moon will reach its peak illumination",True)],
 traps=["October 28 (2023 hunter's moon, cnn line 1201)","usatoday line 1203: 2016 hunter's supermoon 'this weekend' (Oct 15-16, 2016)",
        "September 10 harvest moon","September 22 equinox","November 8 beaver moon","December 7 cold moon"]))
with open('/work/main/eval/probes/compare-blind-2026-11-29k/labels.jsonl','w') as f:
    for q in Q: f.write(json.dumps(q,ensure_ascii=False)+'\n')
print(len(Q),'labels ok')
