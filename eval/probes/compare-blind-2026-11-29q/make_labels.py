"""Build labels.jsonl for the compare-blind-2026-11-29q probe.

Every quote is asserted to be an exact substring of the article's text or title.
Every `search` regex was run over the whole corpus (title + text) to find all
articles that state the figure; the hits are recorded in `search_hits`.
"""
import json, re, os
from corpus_tools import ARTS

HERE = os.path.dirname(os.path.abspath(__file__))

Q = [
 dict(qid='Q1', kind='count',
      question="How many flights did Delta Air Lines cancel on the Monday after the chaotic late-June 2022 US travel weekend?",
      search=r"Delta[^.]{0,60}cancel|cancel[^.]{0,60}Delta",
      stating=[dict(line=867, value="224 (at least 224)", voice='outlet',
                    quotes=["Delta alone canceled at least 224 flights Monday, or 7% of its operations"])],
      traps=["121 = Delta's Monday cancellations over Memorial Day weekend 2022 (cnn #868, 2022/05/28), a different Monday",
             "800 = all US cancellations that Monday", "more than 1,500 = US cancellations Saturday+Sunday",
             "634 (Saturday) and 868 (Sunday) = US cancellations", "128 = United, 67 = American that Monday",
             "56 / 70 = United on Saturday / Sunday", "7% = share of Delta's operations",
             "more than 500 = Delta cancellations over Memorial Day weekend (#868)", "about 50 daily flights = United Newark cuts"],
      note="cnn #867 published 2022/06/27 (a Monday); 'Monday' = 2022-06-27."),
 dict(qid='Q2', kind='count',
      question="How many police officers from outside agencies could help staff the 2024 Republican National Convention in Milwaukee?",
      search=r"Milwaukee.{0,200}(convention|RNC)|(convention|RNC).{0,200}Milwaukee|4,500|\b4500\b",
      stating=[dict(line=641, value="4,500 (as many as)", voice='outlet',
                    quotes=["As many as 4,500 police officers from agencies outside of Milwaukee could staff the Republican National Convention next year",
                            "2024 Milwaukee RNC could include as many as 4500 outside police"])],
      traps=["1,500 = how many more than originally expected for the 2020 DNC",
             "3,000 (implied, not stated) = the 2020 DNC expectation", "50,000 = visitors Milwaukee hoped for in 2020"]),
 dict(qid='Q3', kind='count',
      question="How many people were killed in the Hindenburg airship disaster?",
      search=r"Hindenburg|Lakehurst",
      stating=[dict(line=889, value="36", voice='outlet',
                    quotes=["When it was over, 36 people were dead"])],
      traps=["36 passengers = people aboard as passengers (same number, different sense: 'the 36 passengers stepped off the bus')",
             "13 of the 36 passengers and 22 of the 61 flight crew died (13+22=35; the 36th was ground crewman Allen Hagaman)",
             "97 = souls aboard", "61 = flight crew", "32 seconds = how long the fire took", "10 = earlier successful flights to Lakehurst",
             "4,000 miles flown", "80 = anniversary", "ages 32, 51, 85"]),
 dict(qid='Q4', kind='count',
      question="About how many snow crabs were left in Alaska's Bering Sea in 2021?",
      search=r"snow crab",
      stating=[dict(line=1058, value="about 1 billion", voice='speaker', speaker='Benjamin Daly (Alaska Department of Fish and Game)',
                    quotes=["The snow crab population shrank from around 8 billion in 2018 to 1 billion in 2021, according to Benjamin Daly"])],
      traps=["8 billion = the 2018 population", "45 million pounds = mature male snow crabs left (weight, 2022)",
             "40% = decline in mature males 2021-22", "'billions' disappeared (headline, and cnn #249 '5 things' brief, which gives no number)",
             "2 degrees Celsius", "three to four more years to maturity"]),
 dict(qid='Q5', kind='money',
      question="How much did PHH Corp., the parent of PHH Mortgage, agree to pay to settle state regulators' complaints that it improperly foreclosed on borrowers?",
      search=r"\bPHH\b",
      stating=[dict(line=915, value="$45 million", voice='outlet',
                    quotes=["has agreed to pay $45 million to resolve complaints it improperly foreclosed on borrowers",
                            "Mt. Laurel mortgage firm pays $45M to settle complaints"])],
      traps=["about $30 million = the part for borrowers", "$74.5 million = separate August settlement over mortgage origination standards",
             "$168 million = PHH's nine-month losses", "$6.25 million = 2013 New Jersey settlement", "$3.6 million = 2013 restitution",
             "almost $750,000 = payments to New Jersey borrowers", "$840 / $285 = minimum payments per borrower",
             "$96 million = proceeds of PHH Home Loans asset sale"]),
 dict(qid='Q6', kind='money',
      question="How much did a version of Maurizio Cattelan's duct-taped banana artwork 'Comedian' sell for in 2019?",
      search=r"Cattelan|Comedian|banana",
      stating=[dict(line=859, value="$120,000", voice='outlet',
                    quotes=["One sold in 2019 for $120,000 before being eaten by another artist."])],
      traps=["over $100,000 = what multiple versions sold for (a floor, not the 2019 sale)"]),
 dict(qid='Q7', kind='percent',
      question="By what percent did US grocery prices rise in the 12 months through April 2022?",
      search=r"10\.8%|grocer(y|ies) prices|food at home",
      stating=[dict(line=1236, value="10.8%", voice='outlet',
                    quotes=["Grocery prices jumped 10.8% for the year."])],
      traps=["9.4% = all food prices (incl. restaurants), April 2022", "8.3% = overall CPI through April; 8.5% = March CPI",
             "7.2% = restaurant menu prices", "22.6% = egg prices over 12 months; 10.3% = egg prices in April alone",
             "13% = grocery prices in the year through September 2022 (cnn #419 and #999)",
             "many item figures: 17.7% bacon, 16.4% chicken, 19.2% butter+margarine, 14.7% milk, 14% flour, 13.5% coffee, 18.6% citrus, 12.7% lettuce, 10.4% canned",
             "41 years = largest annual food increase"]),
 dict(qid='Q8', kind='percent',
      question="According to the NIH study published in October 2022, what share of women who frequently used hair-straightening products developed uterine cancer by age 70?",
      search=r"straighten|uterine",
      stating=[dict(line=731, value="about 4%", voice='outlet',
                    quotes=["but about 4% of the women who frequently use such hair-straightening products developed uterine cancer by age 70"])],
      traps=["1.6% = non-users who developed uterine cancer by 70", "7.4% = Black women's share of study participants",
             "59.9% = Black women's share of those who ever used straighteners", "'over two-fold higher risk' / 'doubling' (Chandra Jackson) = relative risk, not a share",
             "nearly 34,000 women; ages 35 to 74; more than four times in the previous year; 40,000 / 20,000 (hypothetical trial, Brawley)"]),
 dict(qid='Q9', kind='duration',
      question="How long did President Biden's marathon White House press conference in January 2022 last?",
      search=r"marathon press|hour and 51|press conference",
      stating=[dict(line=749, value="1 hour and 51 minutes (111 minutes)", voice='outlet',
                    quotes=["For 1 hour and 51 minutes, Biden stood at a lectern in the White House East room"])],
      traps=["'another hour or two' = Biden's joke more than halfway in", "more than 180 questions", "24 reporters",
             "'a year' = time he avoided regular solo press conferences"]),
 dict(qid='Q10', kind='date',
      question="When did the US shoot down a 'high-altitude object' over Alaska, days after downing the Chinese spy balloon?",
      search=r"high.altitude object|spy balloon",
      stating=[dict(line=631, value="2023-02-10 (Friday, February 10, 2023)", voice='outlet',
                    quotes=["The White House announced the U.S. had shot down a \"high-altitude object\" over Alaskan airspace Friday less than a week after the military shot down a spy balloon from China."])],
      traps=["publication 2023/02/10 is a Friday, so 'Friday' = 2023-02-10",
             "the Chinese spy balloon downing (Feb. 4, 2023; 'less than a week' earlier; not dated in the corpus)",
             "'in the last 24 hours' (Kirby)", "Jan. 6, 2021 (Brazil riot comparison)", "40,000 feet altitude",
             "usatoday #630 (2023/02/03) and #398 (2023/02/07) cover the spy balloon, not the Alaska object"]),
 dict(qid='Q11', kind='date',
      question="When did the FDA order Juul to pull its e-cigarettes from the US market?",
      search=r"\bJuul\b",
      stating=[dict(line=880, value="2022-06-23 (Thursday, June 23, 2022)", voice='outlet',
                    quotes=["those currently on the U.S. market must be removed, or risk enforcement action,” the FDA said on Thursday."])],
      traps=["publication 2022/06/23 is a Thursday, so 'Thursday' = 2022-06-23",
             "August 8, 2016 = start of FDA regulation of e-cigarettes", "September 9, 2020 = application deadline",
             "May 2020 = original deadline; July 2019 = court decision", "October (2021) = first e-cigarette authorization (Vuse)",
             "March (2022) = FDA action on 99% of applications", "Juul's $462 million settlement (usatoday #702, 2023) is a different event"]),
 dict(qid='Q12', kind='date',
      question="According to Uber's Lost & Found Index, on which day in 2022 did riders forget the most items?",
      search=r"\bUber\b.{0,300}(forget|lost)|forgetful|lost (and|&) found",
      stating=[dict(line=750, value="2022-04-05 (April 5, 2022)", voice='outlet',
                    quotes=["April 5 of last year was the most common day of the year for people to forget items."])],
      traps=["'last year' in a 2023/05/01 article (2023 index) = 2022",
             "June 3 (2022) = when Uber published its 2022 index (cnn #751)", "late April (2023) = when the 2023 index came out",
             "Saturday and Sunday = most forgetful days of the week (both articles)", "nearly 1,000 lost items reported on April 5"]),
]


def main():
    out = []
    for q in Q:
        rx = re.compile(q['search'], re.I | re.S)
        hits = [i for i, a in enumerate(ARTS) if rx.search(a['title'] + '\n' + a['text'])]
        stating = []
        for s in q['stating']:
            a = ARTS[s['line']]
            for qt in s['quotes']:
                assert qt in a['text'] or qt in a['title'], (q['qid'], qt)
            rec = dict(outlet=a['outlet'], article_line=s['line'], article_id=a['id'],
                       published=a['published'], title=a['title'], value=s['value'],
                       voice=s['voice'], quotes=s['quotes'], newest_of_outlet=True)
            if 'speaker' in s:
                rec['speaker'] = s['speaker']
            stating.append(rec)
        # newest_of_outlet: newest stating article per outlet
        for o in {s['outlet'] for s in stating}:
            newest = max(s['published'] for s in stating if s['outlet'] == o)
            for s in stating:
                if s['outlet'] == o:
                    s['newest_of_outlet'] = s['published'] == newest
        assert all(s['article_line'] >= 620 for s in stating)
        rec = dict(qid=q['qid'], question=q['question'], kind=q['kind'], stating=stating,
                   traps=q['traps'], search_regex=q['search'],
                   search_hits=[dict(line=i, outlet=ARTS[i]['outlet'], published=ARTS[i]['published'],
                                     title=ARTS[i]['title']) for i in hits])
        if 'note' in q:
            rec['note'] = q['note']
        out.append(rec)
    with open(os.path.join(HERE, 'labels.jsonl'), 'w') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    print('wrote', len(out), 'labels')
    for r in out:
        print(r['qid'], r['kind'], [(s['outlet'], s['article_line'], s['value']) for s in r['stating']],
              'hits:', [h['line'] for h in r['search_hits']])


if __name__ == '__main__':
    main()
