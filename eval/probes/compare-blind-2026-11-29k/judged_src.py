# Writes judged.jsonl from hand judgements of raw/Q*.json against labels.jsonl.
import json
J=[
 dict(qid="Q1",by="outlet",values=[
   dict(account="cnn.com",voice="outlet",value="37",right=False,
        diagnosis="Wrong storm: 37 is the Erie County toll of the December 2022 Christmas blizzard (cnn 2022-12-28). The November storm's articles (cnn 2022-11-18, 2022-11-19: two deaths) were not used; 'November 2022' in the question did not keep out the December reports.")],
   contradictions=[], missed=["cnn.com: 2 deaths stated in lines 403 and 5 (newest 2022-11-19) - not reported"],
   note="usatoday.com correctly silent (its only article is pre-storm; its 26 deaths is the 2014 storm)."),
 dict(qid="Q2",by="speaker",values=[
   dict(account="The company",voice="named speaker",value="52 concerts",right=True,other_sense=True,
        diagnosis="Right figure from the right article (cnn 2022-11-19). The clause is CNN's own narration inside a 'The company added that...' sentence, so the speaker is arguably mis-assigned; flagged other_sense.")],
   contradictions=[], missed=["cnn.com own voice silent although 2022-11-16 article says 'Swift’s 52 show tour' (same value, so no harm)"]),
 dict(qid="Q3",by="speaker",values=[
   dict(account="cnn.com",voice="outlet",value="21 members",right=False,lenient_right=True,
        diagnosis="Number matches the label but the quote is the 2022-06-15 unanimous vote on Moderna/Pfizer shots for children under 5 (a labelled trap), not the Novavax vote. The Novavax article (cnn 2022-06-07, 'Twenty-one members voted yes, one abstained') was never cited. Strict: wrong (coincidental); lenient (number only): right. The earlier reading '22 members' (Moderna teens) is also a different vote.")],
   contradictions=[], missed=["cnn.com line 372 (Novavax vote) not retrieved"]),
 dict(qid="Q4",by="speaker",values=[
   dict(account="theweek.co.uk",voice="outlet",value="more than 5,000 previously unknown species",right=True,
        diagnosis="Right, bound kept ('more than'). Slot lists theweek under 'recalled' but still leads the value.")],
   contradictions=[], missed=[]),
 dict(qid="Q5",by="speaker",values=[
   dict(account="cnn.com",voice="outlet",value="$90 million",right=True,diagnosis="Right, from the headline.")],
   contradictions=[], missed=[]),
 dict(qid="Q6",by="speaker",values=[
   dict(account="usatoday.com",voice="outlet",value="$3.2 billion",right=True,diagnosis="Right.")],
   contradictions=[], missed=[]),
 dict(qid="Q7",by="outlet",values=[
   dict(account="cnn.com",voice="outlet (citing BLS)",value="49%",right=True,
        diagnosis="Right; newest report leads. Older readings 10.3% (April monthly), 38% (gasoline), 7% (CPI) shown as earlier values but not led.")],
   contradictions=[], missed=[]),
 dict(qid="Q8",by="speaker",values=[
   dict(account="Forbes",voice="named speaker",value="25%",right=True,diagnosis="Right ('said Forbes, 25% more than last year')."),
   dict(account="cnn.com",voice="outlet",value="15%",right=False,
        diagnosis="Wrong subject: 15% is the average NBA franchise's rise, not the Warriors' (labelled trap). A value for another thing in the same sentence pattern.")],
   contradictions=[], missed=[],
   note="Not flagged as a contradiction - correct, the two figures are about different things."),
 dict(qid="Q9",by="outlet",values=[
   dict(account="usatoday.com",voice="outlet",value="two years",right=False,
        diagnosis="Wrong: 'Just two years ago it was celebrating victory against Chelsea in the FA Cup final' - the gap since the FA Cup win, a labelled trap. The article's lede 'Seven years after the most improbable Premier League title triumph of all, Leicester was relegated' was passed over. Also typed as a count of years, not a duration."),
   dict(account="theweek.co.uk",voice="outlet (paraphrasing James Gheerbrant, The Times)",value="Seven years",right=True,diagnosis="Right.")],
   contradictions=[], missed=["usatoday.com: 7 years stated in the lede of line 992"],
   note="usatoday 'two years' vs theweek 'Seven years' not flagged; correct not to flag since they are different figures, but the wrong usatoday value stands unflagged beside the right one (both listed under 'recalled')."),
 dict(qid="Q10",by="outlet",values=[
   dict(account="theweek.co.uk",voice="outlet",value="2022-04-11 (last week)",right=False,
        diagnosis="Wrong: read from a 2022-04-21 sentence about Manchester City's Champions League quarter-final 'last week' against Atletico - not the final. The Week's 2022-05-26 preview ('win the game on Saturday' -> 2022-05-28) was not used.")],
   contradictions=[], missed=["cnn.com silent though line 564 says 'May 28 could represent the chance to complete a historic treble' (final two weeks after May 14)",
                              "usatoday.com absent though line 716 says 'The men's final will still be held on May 28'",
                              "theweek.co.uk line 571 relative 'Saturday' (2022-05-28)"]),
 dict(qid="Q11",by="speaker",values=[
   dict(account="cnn.com",voice="outlet",value="2022-04-27 (Wednesday)",right=True,
        diagnosis="Right date, from the right article; the cited sentence is the docking ('docked with the ISS Wednesday evening'), which is the same day as the 3:52 am launch. Older reading 2021-09-15 (Inspiration4) not led.")],
   contradictions=[], missed=[]),
 dict(qid="Q12",by="speaker",values=[
   dict(account="The US Naval Observatory’s Astronomical Applications Department",voice="named speaker",value="2022-10-09 (October 9)",right=True,diagnosis="Right."),
   dict(account="EarthSky",voice="named speaker",value="2022-08 (August)",right=False,
        diagnosis="Wrong: sentence about August's two supermoons in a 2022-12-30 article - another moon."),
   dict(account="The Old Farmer’s Almanac",voice="named speaker",value="2022 (this year)",right=False,
        diagnosis="Wrong: 'this year' from the harvest-moon sentence; a year is not an answer to 'on what date', and it is about the September moon."),
   dict(account="cnn.com",voice="outlet",value="2022-10 (this month)",right=False,
        diagnosis="Wrong: month-only from a sentence about Native American names ('this month's full moon'); CNN's own lists (2022-01-17, 2022-06-23) say 'October 9: Hunter’s moon', so the month is not all the account says. Its other readings (2022-09-29 harvest moon 2023, '2022', July) are also off-target.")],
   contradictions=[], missed=["cnn.com own voice 'October 9: Hunter’s moon' (lines 1204, 1206) not led"],
   note="slot 'apart': true - the four dates are treated as different occasions, so no contradiction; correct outcome, but three of four accounts are answering about other moons."),
]
with open('judged.jsonl','w') as f:
    for j in J: f.write(json.dumps(j,ensure_ascii=False)+'\n')
vals=[v for j in J for v in j['values']]
print('values',len(vals),'right',sum(v['right'] for v in vals),'lenient',sum(v.get('lenient_right',v['right']) for v in vals))
