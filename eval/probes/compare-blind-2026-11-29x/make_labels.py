"""Build labels.jsonl for compare-blind-2026-11-29x.

Labels were written from my own reading of the corpus (regex search over title+text),
before any run of the tool. Every quote is asserted to be an exact substring of the
article's title or text.
"""
import json, os, re, datetime

CORPUS = '/work/shared/data/newsbench-dev/corpus.jsonl'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'labels.jsonl')
L = [json.loads(l) for l in open(CORPUS)]


def st(line, value, quotes, voice='outlet', note=None):
    d = L[line]
    src = d['title'] + '\n' + d['text']
    for q in quotes:
        assert q in src, (line, q)
    e = {'outlet': d['outlet'], 'article_line': line, 'article_id': d['id'],
         'published': d['published'], 'title': d['title'], 'value': value,
         'quotes': quotes, 'voice': voice}
    if note:
        e['note'] = note
    return e


Q = []

Q.append(dict(qid='Q1', kind='count',
    question="How many Academy Award nominations did 'The Power of the Dog' receive in 2022?",
    answer='12',
    stating=[
        st(500, '12', ["It was nominated for 12 Oscars this year including best picture and best director for Campion"]),
        st(456, '12', ["Oscar nominations 2022: 'The Power of the Dog' leads with 12, Kristen Stewart nabs first nod"],
           note='headline of a linked story, embedded in the text'),
    ],
    traps=["500: Sam Elliott 'more than 30 films', 'over 40 television shows', 1967, 1985",
           "456: Kotsur 'only the second deaf actor to be nominated for an Oscar'; 'Feb. 8, the day the Oscar nominations were announced'",
           "450 (usatoday SAG 2022 winners): lists Power of the Dog SAG nominees, no Oscar count"]))

Q.append(dict(qid='Q2', kind='count',
    question="Under how many US presidents had Anthony Fauci served when he said in July 2022 that he planned to retire by the end of Biden's term?",
    answer='7',
    stating=[st(190, '7 (seven)', ["At 81, Fauci has served more than five decades under seven presidents, advising every American president since Ronald Reagan."])],
    traps=["190: age 81", "190: 'more than five decades'", "190: 'working on now for four decades'", "190: January 2025"]))

Q.append(dict(qid='Q3', kind='count',
    question="How many Toby Keith's I Love This Bar and Grill restaurants had Boomtown Entertainment closed, according to the Arizona Republic's 2015 investigation?",
    answer='17',
    stating=[st(107, '17', ["17 have failed in the past 18 months",
                             "Boomtown has closed 17 of its 20 Toby Keith restaurants in the past 18 months"])],
    traps=["107: 20 restaurants opened since 2009", "107: 19 other cities never completed",
           "107: sued in 24 cities", "107: 10 closed since May", "107: three still operating",
           "107: 18 months", "107: 'It opened three more Toby Keith restaurants in 2010. By 2012 it had 10.'"]))

Q.append(dict(qid='Q4', kind='count',
    question="On average, how many insect fragments per 100 grams of chocolate does the FDA's action level allow?",
    answer='60',
    stating=[st(17, '60', ["which is an average of 60 insect fragments per 100 grams",
                            "the FDA allows 60 insect pieces per 100 grams of chocolate"],
                note='first quote in USA TODAY own voice; second inside a quoted Instagram post (@facts_and_history)')],
    traps=["17: 'the average chocolate bar contains eight insect pieces' (claim in the post)",
           "17: 'six-bar sample'", "17: 100 grams", "17: 'well over 90%' of serious allergic reactions",
           "17: 'about two dozen patients'"]))

Q.append(dict(qid='Q5', kind='money',
    question="How much per gallon is the federal gas tax that President Biden proposed suspending in June 2022?",
    answer='18.4 cents',
    accepted_values=['18.4 cents', '18.3 cents (cnn 2022/06/21 states this; counts as right for cnn if quoted from that article)'],
    stating=[
        st(314, '18.3 cents', ["President Joe Biden wants a three-month pause on the 18.3-cent-per-gallon federal tax."],
           note='CNN states 18.3 here, 18.4 the next day (312): a real within-outlet disagreement'),
        st(312, '18.4 cents', ["the Biden administration said it would urge lawmakers to suspend the 18.4-cents-a-gallon federal gas tax"]),
        st(523, '18.4 cents', ["Georgia’s gasoline price normally includes a federal tax of 18.4 cents per gallon"],
           note='50-states roundup, Georgia item (not about the Biden holiday, but states the federal tax)'),
    ],
    traps=["314: 'lowering retail gasoline prices by as much as 18 cents a gallon' (relief, not the tax)",
           "314: 'prices snap back up by 18 cents a gallon'", "314: 'just over $1 a gallon' in 1993", "314: 41% spike",
           "312: $5.02 and $5 gas price", "523: Georgia state tax 29.1 cents", "523: federal diesel tax 24.4 cents",
           "523: Georgia diesel 32.6 cents"]))

Q.append(dict(qid='Q6', kind='money',
    question="For how much did Alabama corrections officer Vicky White sell her house shortly before she disappeared with inmate Casey White?",
    answer='$95,550',
    stating=[st(220, '$95,550', ["Shortly before her disappearance, Vicky White sold her home for $95,550 – less than half the current market value."])],
    traps=["220: parcel value $235,600", "220: 2007 Ford Edge", "220: Casey White's 75-year sentence",
           "220: ages 56 and 38", "220: 11 days on the run"]))

Q.append(dict(qid='Q7', kind='percent',
    question="What share of the US baby formula supply does Abbott Nutrition provide?",
    answer='46.2%',
    stating=[st(22, '46.2%', ["Abbott supplies 46.2% of the U.S. supply of baby formula"])],
    traps=["22: 'about one-quarter was historically produced at the Michigan plant'",
           "22: four infants fell ill and two died", "22: restart production on June 4"]))

Q.append(dict(qid='Q8', kind='percent',
    question="What share of US adults smoked cigarettes as of 2020, according to the CDC?",
    answer='12.5%',
    stating=[st(168, '12.5%', ["as of 2020, still about 12.5% of US adults, or 30.8 million people smoked cigarettes"])],
    traps=["168: 'two-thirds of young smokers say they want to quit'",
           "168: 'more than half of adult cigarette smokers make a serious quit attempt each year'",
           "168: 480,000 deaths", "168: 30.8 million smokers", "168: more than 16 million live with smoking-related disease",
           "886 (usatoday 2012): adult smoking fell 'from nearly 40% to about 20%' -- older, different period",
           "885 (cnn 2022/11): teen vaping 10.3% / less than 1%"]))

Q.append(dict(qid='Q9', kind='age',
    question="How old was Ash Barty when she announced her retirement from tennis in March 2022?",
    answer='25',
    stating=[st(339, '25', ["announcing her retirement from the sport at the age of 25"])],
    traps=["339: picked up a racquet 'at the age of four'", "339: went overseas 'when she was 14'",
           "339: 'first Aussie to win ... in 44 years'", "339: 'returning two years later'",
           "339: 121 weeks at No. 1; 305-102 record"]))

Q.append(dict(qid='Q10', kind='date',
    question="On what date did Chicago hold the 2019 mayoral runoff between Lori Lightfoot and Toni Preckwinkle?",
    answer='2019-04-02',
    stating=[
        st(516, '2019-04-02 (Tuesday; published Mon 2019-04-01)', ["The historic election here Tuesday that will lead to the nation’s third-largest city electing a black woman as mayor",
                                                                  "in hopes of turning out support before Tuesday’s election"]),
        st(517, '2019-04-02 (Tuesday; published Mon 2019-04-01)', ["The historic election Tuesday that will lead to the nation’s third-largest city electing a black woman as mayor",
                                                                  "in hopes of turning out support before Tuesday’s election"]),
        st(519, '2019-04-02 (Tuesday; published Wed 2019-04-03)', ["advanced to Tuesday’s runoff against Preckwinkle"]),
    ],
    traps=["516/517: 'unity' press conference on Wednesday (2019-04-03)", "516/517: Jackson and Sharpton on Saturday (2019-03-30)",
           "516/517/519: February first round (no day given)", "519: 'Lightfoot told reporters Wednesday morning' (2019-04-03)",
           "519: 'sworn in next month'", "519: entered the race nearly 11 months ago"]))

Q.append(dict(qid='Q11', kind='date',
    question="On what date did the Supreme Court rule that the EPA cannot broadly regulate carbon emissions from existing power plants, in the West Virginia case?",
    answer='2022-06-30',
    stating=[st(399, '2022-06-30 (Thursday; published Thu 2022-06-30)', ["The decision issued Thursday will send shockwaves across the federal government"])],
    traps=["399: 'The White House on Thursday blasted the ruling' (same day, consistent)",
           "399: DC Circuit vacated the Trump rule in 2021", "399: emissions rose 'for the first time since 2014'",
           "399: 2030 climate goal", "399: ruling was 6-3"]))

Q.append(dict(qid='Q12', kind='date',
    question="On what date did Netflix employees walk out over Dave Chappelle's comedy special 'The Closer'?",
    answer='2021-10-20',
    stating=[st(465, '2021-10-20 (Wednesday; published Wed 2021-10-20)', ["Netflix employees made good on a promise to walk out Wednesday over Dave Chappelle’s transphobic remarks"])],
    traps=["465: Terra Field tweet 'on Oct. 7'", "465: special debuted two days earlier (2021-10-05)",
           "465: Sarandos interviews 'late Tuesday' (2021-10-19)", "465: Netflix fired an employee 'On Friday' (2021-10-15)",
           "465: NYT interview 'on Tuesday'", "465: 'Last week' suspensions"]))

# newest_of_outlet: among the stating articles of one question, is this the newest of its outlet?
for q in Q:
    by = {}
    for e in q['stating']:
        by.setdefault(e['outlet'], []).append(e['published'])
    for e in q['stating']:
        e['newest_of_outlet'] = e['published'] == max(by[e['outlet']])
    assert q['stating'], q['qid']

# Every main stating article must sit below line 620.
for q in Q:
    assert min(e['article_line'] for e in q['stating']) < 620, q['qid']

with open(OUT, 'w') as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + '\n')
print('wrote', OUT, len(Q))
