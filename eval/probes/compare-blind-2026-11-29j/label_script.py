import json
docs=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
def A(line, value, quote, newest, note=None):
    d=docs[line]
    t=d['title']+'\n'+d['text']
    assert quote in t, (line, quote)
    r={"outlet":d['outlet'],"line":line,"id":d.get('id'),"published":d['published'],"value":value,"quote":quote,"newest_for_outlet":newest}
    if note: r["note"]=note
    return r
Q=[]
Q.append(dict(qid="Q1",question="How many people died in Europe's July 2022 heat wave?",kind="count",
 stating=[A(1095,"at least 748 (Spain and Portugal)","At least 748 heat-related deaths have been reported in the heat wave in Spain and neighboring Portugal",True,"headline says 'hundreds dead' (bound, also acceptable: hundreds)"),
          A(1094,"at least 1,100 (southern Europe)","at least 1,100 people have died in the latest heat wave",True)],
 traps=["about 2,000 extra deaths in England each year (usatoday 1095, annual average, not this wave)","four people drowned in the UK (1094/1095, UK only)","117 degrees, 95.5 degrees, 40C temperatures","21/19 European nations under warnings","Dallas County first heat-related death (US, 1099)","two heat-related deaths in Milwaukee (1097, US June)"],
 expected="usatoday: at least 748 (Spain+Portugal); cnn: at least 1,100. Different scope/day, a later larger toll: not a contradiction."))
Q.append(dict(qid="Q2",question="How many vehicles were involved in the foggy December 2022 pileup on a bridge in Zhengzhou, China?",kind="count",
 stating=[A(382,"more than 200","a massive pileup involving more than 200 vehicles",True,"title: 'More than 200 cars involved'")],
 traps=["one person killed","visibility 200 meters (about 656 feet)","several kilometers long"],expected="cnn: more than 200"))
Q.append(dict(qid="Q3",question="How many people died in the magnitude 6.4 earthquake that hit Humboldt County, California, in December 2022?",kind="count",
 stating=[A(1114,"at least 2","leaving at least two people dead",True,"also 'At least two people are dead' and title '2 dead'")],
 traps=["Twelve injuries / at least two injured","ages 72 and 83 of the dead","magnitude 6.4 / 6.2 (2021 quake) / 4.6 aftershock","nearly 70,000 outages of 99,000 customers","more than three dozen aftershocks","Fortuna ~12,000 people"],expected="cnn: 2 (at least two)"))
Q.append(dict(qid="Q4",question="About how many children in London were to be offered a polio booster after the virus was found in sewage in 2022?",kind="count",
 stating=[A(143,"around/nearly 1 million","Around 1 million children of that age live in the London region",True,"title: 'Nearly 1 million children in London offered polio boosters'")],
 traps=["116 virus isolates","19 sewage samples","ages 1 and 9","350,000 cases worldwide 1988","8,000 paralysed a year","last UK case 1984"],expected="cnn: about 1 million"))
Q.append(dict(qid="Q5",question="What was the typical UK household's annual energy bill under the price cap that took effect in April 2022?",kind="money",
 stating=[A(585,"£1,971 ($2,670)","the typical consumer will see their energy bills increase by £693 ($939) to £1,971 ($2,670) per year",False),
          A(170,"about £2,000 ($2,400)","up from about £2,000 ($2,400) currently",False),
          A(177,"£1,971 ($2,318)","The average annual bill currently stands at £1,971 ($2,318)",True)],
 traps=["£693 increase (585)","54% cap rise","£3,500 forecast (177)","£4,000 / £5,000 forecasts (170)","£6,433 Auxilione forecast (177)","£2,000 cap proposed by Scottish Power (177)","£400 discount, £1,200 extra support, £100 billion, £23 billion, £90 billion, £33 billion, £37 billion, £70 billion"],
 expected="cnn: £1,971 (newest 177, 2022-08-24); 'about £2,000' is a rounder figure, not a contradiction"))
Q.append(dict(qid="Q6",question="What record high did the US national average price for a gallon of regular gas reach in June 2022?",kind="money",
 stating=[A(616,"$5","For the first time ever, a gallon of regular gas now costs $5 on average nationwide",False,"record as of June 11"),
          A(312,"$5.02","after hitting a high of $5.02 a gallon last week",True),
          A(275,"more than $5","After the national average for gas surpassed $5 per gallon in June",True)],
 traps=["$4.11 (2008 record)","$4.07 (April 15)","$4.25 (March record, in 172/622)","$4.42 (May, 624)","$6.43 California average","$4.47 Georgia","$5.75 stations","$6 forecast","23% increase","$4.75 / more than $5 at one in five stations (172)"],
 expected="cnn: $5.02 (312, newest); usatoday: more than $5 (275). cnn 616's $5 is an earlier, lower record."))
Q.append(dict(qid="Q7",question="By what percent was the cost of a Thanksgiving meal expected to rise in 2022, according to market research firm IRI?",kind="percent",
 stating=[A(999,"about 13.5%","your Thanksgiving meal will cost about 13.5% more compared to last year",True)],
 traps=["grocery prices up 13% in the year through September (BLS)","38% of consumers expecting to pay more","Lidl basket under $30 feeds 10"],expected="cnn: 13.5%"))
Q.append(dict(qid="Q8",question="What share of 2015-2019 model-year Hyundais and Kias had electronic immobilizers as standard equipment?",kind="percent",
 stating=[A(994,"26%","but were standard on only 26% of Hyundais and Kias",True)],
 traps=["96% of all vehicles sold 2015-2019","roughly twice as likely to be stolen","more than 30 times 2019 levels in Wisconsin","more than 700 horsepower","17 letters and digits"],expected="cnn: 26%"))
Q.append(dict(qid="Q9",question="How long has the Tasmanian tiger been extinct?",kind="duration",
 stating=[A(272,"almost 100 years","Almost 100 years after its extinction, the Tasmanian tiger may live once again",True,"also: last captive thylacine died in 1936"),
          A(275,"nearly 100 years / nearly a century","The Tasmanian tiger hasn't roamed Earth in nearly 100 years",False,"also 'extinct nearly a century'"),
          A(271,"close to a century","hunted to extinction close to a century ago",False),
          A(270,"nearly a century","Scientists are trying to bring back the Tasmanian tiger nearly a century after extinction",True,"link headline inside dodo article, 2023-01-31"),
          A(273,"nearly a century","Scientists are trying to bring back the Tasmanian tiger nearly a century after extinction",True,"link line in briefing, 2023-01-31")],
 traps=["about 2,000 years ago (disappeared from mainland Australia, 272)","in ten years' time (first baby thylacine goal)","exterminated in the early 20th century (not a length)","dodo: more than five centuries ago (270)","mammoth: 22 months gestation, 30 years maturity, calves in 5 years"],
 expected="cnn: almost 100 years; usatoday: nearly a century (~100 years). Same amount; no contradiction."))
Q.append(dict(qid="Q10",question="When could fully vaccinated US travelers start entering New Zealand without quarantine in 2022?",kind="date",
 stating=[A(122,"May 1 (2022), 11:59 p.m.","Starting May 1 at 11:59 p.m., fully vaccinated travelers from the U.S. and other non-visa countries can enter New Zealand without a quarantine period",True,"also 'as soon as May' (month-only)")],
 traps=["originally July","day five or six test","announced Tuesday (March 15)"],expected="usatoday: May 1, 2022"))
Q.append(dict(qid="Q11",question="When did New Jersey's ban on plastic carryout bags take effect?",kind="date",
 stating=[A(1018,"Wednesday, May 4 (2022)","Almost all of them begin Wednesday, May 4.",True)],
 traps=["May 4, 2024 (other foam products)","early 2024 (packing peanuts)","signed almost 18 months ago","in less than a month"],expected="usatoday: May 4, 2022"))
Q.append(dict(qid="Q12",question="On what date did December 2022's full 'cold moon' occur?",kind="date",
 stating=[A(1206,"December 7","December 7: Cold moon",False),
          A(1204,"December 7","December 7: Cold moon",False),
          A(1200,"December 7","December 7: Cold moon",False),
          A(1205,"December 7","The cold moon takes place on December 7.",False),
          A(1202,"Wednesday (December 7, 2022), peaking 11:08 p.m. ET","December’s full moon, also known as the “cold moon,” will shine bright in the night sky this Wednesday, peaking at 11:08 p.m. ET.",True,"article published 2022-12-07; also 'if it's cloudy on the seventh'")],
 traps=["December 26 (2023 cold moon, cnn 1201)","December 7, 1972 (Apollo 17 launch)","December 14 Geminids, December 22 Ursids, December 21 solstice","December 11 Artemis return, December 19 Apollo return","November 8 Beaver moon"],expected="cnn: December 7, 2022"))
with open('labels.jsonl','w') as f:
    for q in Q: f.write(json.dumps(q,ensure_ascii=False)+'\n')
print(len(Q),'ok')
