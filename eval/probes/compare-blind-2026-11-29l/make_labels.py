import json
arts=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
def S(i,value,quote,newest,note=None):
    a=arts[i]; t=a['title']+'\n'+a['text']
    assert quote in a['text'] or quote in a['title'], (i,quote)
    d={"outlet":a['outlet'],"article_id":i,"article_hash":a.get('id'),"published":a['published'],"value":value,"quote":quote,"newest_for_outlet":newest}
    if note: d["note"]=note
    return d
L=[]
L.append(dict(qid="Q1",kind="count",question="On how many criminal counts was Theranos founder Elizabeth Holmes found guilty?",
  answer="4 (four of 11 federal fraud and conspiracy charges)",
  stating=[S(344,"4","was found guilty on four out of 11 federal fraud and conspiracy charges",False),
           S(345,"4","Holmes, the founder and former CEO of Theranos, was found guilty on four out of 11 federal fraud and conspiracy charges in January",True)],
  traps=["11 (total charges)","three (acquitted on three patient charges / no verdict on three)","ten / two counts (Balwani's convictions)","20 years (maximum sentence)","$250,000 fine per count","eight men and four women (jury)"]))
L.append(dict(qid="Q2",kind="count",question="How many Memphis police officers were charged with murder in the death of Tyre Nichols?",
  answer="5",
  stating=[S(304,"5","Nichols was brutally beaten by five Memphis police officers who have been charged with his murder",True)],
  traps=["7 more Memphis police employees under investigation (398)","four other White House officials attending the funeral (304)","29-year-old (Nichols's age, 398)","Memphis 2022 rampage: four/three killed (979, other event)"]))
L.append(dict(qid="Q3",kind="count",question="How many people were injured when a driver plowed a car into a crowd in Berlin's shopping district in June 2022?",
  answer="17 in total",
  stating=[S(387,"17","In total, 17 people have been injured, it said.",True)],
  traps=["six with life-threatening injuries (headline and text)","three others seriously hurt","fourteen students among the injured","one dead (teacher)","29-year-old driver","2016 Christmas market attack: 12 killed, 48 injured (other event)"]))
L.append(dict(qid="Q4",kind="count",question="How many people were killed when Typhoon Nanmadol struck Japan in September 2022?",
  answer="at least 2",
  stating=[S(1187,"at least 2","At least two people have died after Typhoon Nanmadol brought record-breaking rains",True,"headline: 'Two killed'")],
  traps=["man in his 60s / man in his 40s (ages)","more than 300,000 households without power","close to 10 million people advised to seek shelter","700 mm / 400 mm rainfall"]))
L.append(dict(qid="Q5",kind="money",question="How much did Elon Musk plan to charge Twitter users each month for verification under the revamped Twitter Blue?",
  answer="$8 per month",
  stating=[S(111,"$8 per month","any user can pay $8 per month to get or remain verified",True)],
  traps=["$44 billion acquisition","2009 (year of La Russa lawsuit)"]))
L.append(dict(qid="Q6",kind="money",question="How much did TurboTax agree to refund customers after allegedly steering them away from free tax filing?",
  answer="$141 million",
  stating=[S(920,"$141 million","TurboTax to refund customers $141 million after allegedly steering",True,"headline only; article body is boilerplate")],
  traps=[]))
L.append(dict(qid="Q7",kind="percent",question="By what percent did the average price of cooking oil in the UK rise over the year to May 2022?",
  answer="18% (average across all variations)",
  stating=[S(583,"18%","going up by 18% in the last year on average across all variations",True)],
  traps=["more than 40% (rapeseed and coconut oil)","39% (sunflower and vegetable oil)","16.2% (pasta)","341% (Morrisons apple crumble)"]))
L.append(dict(qid="Q8",kind="percent",question="In a poll marking Keir Starmer's third anniversary as Labour leader, what percent of voters said he had done badly at setting out a clear vision?",
  answer="47%",
  stating=[S(742,"47%","31% said he had done well and 47% said he had done badly",True)],
  traps=["31% (done well)","15% (September 2021, clear vision)","60% (September 2021, had not)","almost half"]))
L.append(dict(qid="Q9",kind="age",question="How old was Penny Marshall, Laverne of 'Laverne & Shirley', when she died?",
  answer="75",
  stating=[S(212,"75","The Marshall family grieves again as the great #PennyMarshall dies at age 75.",False,"quote of Bette Midler's tweet"),
           S(319,"75","Penny Marshall – who died Monday at 75 of complications from diabetes",False),
           S(318,"75","Marshall died Dec. 17 at age 75.",True)],
  traps=["$75,000 raised for Bronze Fonz statue (321)","1975 Happy Days appearance","1971-1981 marriage","Dec. 26 cremation"]))
L.append(dict(qid="Q10",kind="date",question="When did Hurricane Fiona make landfall in Puerto Rico?",
  answer="2022-09-18 (Sunday)",
  stating=[S(48,"2022-09-18","Hurricane Fiona made landfall along the extreme southwestern coast of Puerto Rico, near Punta Tocon, at 3:20 p.m. ET Sunday",True,"published Sunday 2022/09/18"),
           S(10,"2022-09-18","Hurricane Fiona made landfall yesterday in Southwestern Puerto Rico.",True,"published Monday 2022/09/19; 'yesterday' = Sept 18")],
  traps=["2022-09-19 (usatoday publication / 'Monday the 19th')","2017 (Hurricane Maria)","Saturday evening landslide (Sept 17)","early Tuesday (Turks and Caicos forecast)"]))
L.append(dict(qid="Q11",kind="date",question="When did Russia launch its full-scale invasion of Ukraine?",
  answer="2022-02-24",
  stating=[S(324,"2022-02-24","launched the invasion of Ukraine on February 24",False),
           S(837,"2022-02-24","Russia invaded Ukraine on February 24",False,"newest cnn article with a day"),
           S(170,"late February 2022","Russia’s invasion of Ukraine in late February",False,"month-only"),
           S(177,"late February 2022","Russia’s invasion of Ukraine in late February, and the resulting energy crunch",False,"month-only"),
           S(314,"late February 2022","since Russia’s invasion of Ukraine in late February",False,"month-only"),
           S(685,"late February 2022","After launching a full scale invasion in late February",False,"month-only"),
           S(1124,"late February 2022","since Russia launched its full-scale invasion of Ukraine in late February",False,"month-only"),
           S(682,"February 2022","At the start of the war with Ukraine in February",True,"month-only; newest cnn mention"),
           S(716,"2022-02-24","on Thursday, the day Russia’s invasion of Ukraine began",False,"published Fri 2022/02/25; Thursday = Feb 24. Same article: 'invaded Ukraine at roughly 9:30 p.m. ET on Wednesday (4:30 a.m. on Thursday in Ukraine)'"),
           S(1064,"2022-02-24","When Russia began its full-scale invasion of Ukraine on Feb. 24",False),
           S(683,"2022-02-24","Putin launched the invasion Feb. 24",True,"newest usatoday article with a day"),
           S(679,"February 2022","since Russia's invasion of Ukraine began in February",False,"month-only (2022/05/16)"),
           S(680,"February 2022","Since Russia's invasion of Ukraine began in February",False,"month-only (2022/05/15)")],
  rule="Right: 2022-02-24 for either outlet (both outlets give the day in several reports; month-only 'February 2022' judged imprecise since each outlet also gives the day).",
  traps=["2022-02-23 (9:30 p.m. ET Wednesday, usatoday 716)","2022-02-25 (usatoday recap date)","March 3 (usatoday 1064 recap date)","'in February' China-Russia 'no limits' (cnn 493)","May 9 Victory Day (837)"]))
L.append(dict(qid="Q12",kind="date",question="When did the Biden administration declare monkeypox a public health emergency?",
  answer="2022-08-04 (Thursday)",
  stating=[S(192,"2022-08-04","The Biden administration on Thursday declared monkeypox a public health emergency",True,"published Thursday 2022/08/04")],
  vague=[S(937,"week before 2022-08-09","The move comes less than a week after the Biden administration declared monkeypox a public health emergency",True,"no exact day; Becerra: 'Last week, I declared monkeypox to be a public health emergency'")],
  traps=["July 2022 (WHO PHEIC 'last month')","mid-May (first US case)","Tuesday Aug 2 (Fenton named coordinator)","2022-08-09 (FDA EUA for intradermal dosing)","Covid-19 public health emergency (other event)"]))
with open('labels.jsonl','w') as f:
    for d in L: f.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(L),'labels ok')
