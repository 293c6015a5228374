"""Build labels.jsonl for the blind compare probe 2026-11-29o.

Every quote is asserted to be an exact substring of the article's title or text.
Labels were written from reading the corpus only, before any run of the tool.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = '/work/shared/data/newsbench-dev/corpus.jsonl'
DOCS = [json.loads(l) for l in open(CORPUS)]


def st(line, value, quotes, newest=True):
    d = DOCS[line]
    full = d['title'] + '\n' + d['text']
    for q in quotes:
        assert q in full, (line, q)
    return {'outlet': d['outlet'], 'article_line': line, 'article_id': d['id'],
            'published': d['published'], 'title': d['title'], 'value': value,
            'quotes': quotes, 'newest_of_outlet': newest}


def tr(line, value, quote, why):
    d = DOCS[line]
    assert quote in d['title'] + '\n' + d['text'], (line, quote)
    return {'article_line': line, 'outlet': d['outlet'], 'value': value, 'quote': quote, 'why': why}


Q = []

# ---------------- counts ----------------
Q.append({
    'qid': 'Q1', 'kind': 'count',
    'question': "How many states had passed so-called trigger laws to ban abortion if Roe v. Wade were overturned, as of May 2022?",
    'answer': '13 states',
    'stating': [st(1137, '13', [
        "13 states have passed so-called 'trigger laws,' bans designed to go",
        'Legislators in 13 states have passed so-called “trigger laws,” which are bans designed to go into effect if Roe is overturned.'])],
    'traps': [
        tr(1137, '23 states', 'an analysis by the Guttmacher Institute finds that 23 states have laws aiming to limit abortion access',
           'all states with laws limiting abortion, not trigger laws'),
        tr(110, '26 states', 'legislatures in 26 states have pending laws indicating that they intend to ban abortions',
           'other article, other set (states intending to ban), not trigger laws'),
        tr(1137, '15-week', "Mississippi’s 15-week abortion ban", 'a ban length'),
        tr(1137, '10 days', 'within 10 days of the state attorney general confirming Roe has been overturned', 'a delay'),
        tr(1137, '30 days', 'would go into effect 30 days after Roe is struck down', 'a delay'),
    ],
    'notes': 'Only one article states the count. cnn 727 mentions trigger laws (Tennessee, Arkansas, Kentucky) without a count.'
})

Q.append({
    'qid': 'Q2', 'kind': 'count',
    'question': "How many illnesses had been reported in the multistate Salmonella outbreak linked to raw flour as of late March 2023?",
    'answer': '12 illnesses',
    'stating': [st(770, '12', [
        'Twelve illnesses and three hospitalizations have been reported so far, the CDC said.'])],
    'traps': [
        tr(770, '11 states', 'As of Thursday, the outbreak had reached 11 states.', 'number of states'),
        tr(770, '3 hospitalizations', 'Twelve illnesses and three hospitalizations', 'a part (hospitalized), parallel figure'),
        tr(770, '1.35 million', 'Salmonella causes about 1.35 million illnesses, 26,500 hospitalizations and 420 deaths in the U.S. every year',
           'national yearly estimate, not this outbreak'),
    ],
    'notes': 'Only usatoday 770 covers this outbreak. Cantaloupe and Quaker Oats salmonella stories are excluded and different.'
})

Q.append({
    'qid': 'Q3', 'kind': 'count',
    'question': "How many people were killed when an Amtrak train hit a car at a crossing in Brentwood, California, in June 2022?",
    'answer': '3 people',
    'stating': [st(718, '3', [
        'collided with a passenger vehicle, killing three people and causing major injuries to two others on Sunday'])],
    'traps': [
        tr(718, '2 injured', 'causing major injuries to two others', 'injured, not killed'),
        tr(718, '5 victims', 'All five victims were in the vehicle', 'all victims (killed + injured)'),
        tr(718, '89 passengers', 'none of the 89 passengers or crew on board were injured', 'people on the train'),
        tr(718, '3 dead (Missouri)', 'caused the train to derail, leaving three people dead and dozens injured',
           'a different crash (Missouri); same number, wrong event'),
        tr(718, '713', 'the crash on train 713', 'train number'),
    ],
    'notes': 'Only cnn 718. Rule fixed before the run: a value quoted from the Missouri sentence is judged wrong even though the number is also 3.'
})

Q.append({
    'qid': 'Q4', 'kind': 'count',
    'question': "How many all-time heat records were tied or broken in the US in summer 2022, from June 1 through Sept. 12, according to CNN's analysis of NOAA data?",
    'answer': 'at least 356 (headline: more than 300)',
    'accept': ['356', 'at least 356', 'more than 300 (headline, rounder, accepted)'],
    'stating': [st(1093, '356', [
        'More than 300 all-time heat records were broken in the US this',
        'From June 1 through September 12, at least 356 all-time heat records from California to Maine from a subset of weather stations were tied or broken'])],
    'traps': [
        tr(1093, '66', 'The Beaver State registered all-time record heat 66 different times this summer', 'Oregon only (a part)'),
        tr(1093, '15', 'all 15 of the heat records tied or broken in July and August were for nighttime lows', 'New Mexico only'),
        tr(1093, '70%', 'More than 70% of all the heat records tied or broken were for the hottest low temperature', 'a share'),
        tr(1091, '10', 'At least 10 heat records were broken in cities across the Southwest and central U.S. over the weekend',
           'other article, one July weekend'),
        tr(1097, '16', 'At least 16 US cities set or tied records for their highest temperature for the date', 'other article, June daily records'),
        tr(1098, '150', 'Globally, 150 all-time heat records were broken', 'other article, global, another period'),
    ],
    'notes': 'Only cnn 1093 states the summer total.'
})

# ---------------- money ----------------
Q.append({
    'qid': 'Q5', 'kind': 'money',
    'question': "How much did investors pull out of the crypto exchange Binance over 24 hours in December 2022, according to the blockchain analytics firm Nansen?",
    'answer': '$3 billion (as much as)',
    'stating': [st(826, '$3 billion', [
        'Binance withdrawals jumped to $3 billion in 24 hours, Nansen says',
        'Investors withdrew as much as $3 billion from Binance on Tuesday, according to blockchain analytics firm Nansen',
        'Binance saw “as high as $3 billion in net outflows” over a 24-hour period'])],
    'traps': [
        tr(826, '$1.1 billion', 'Binance CEO Changpeng Zhao said that the exchange had at one point seen “some withdrawals” of roughly $1.1 billion.',
           'Zhao’s own figure, not Nansen’s'),
        tr(826, '$18,000', 'Bitcoin was last trading below $18,000', 'bitcoin price'),
    ],
    'notes': 'Only cnn 826. Speaker accounts: Nansen / Andrew Thurman = $3 billion (right); Changpeng Zhao = $1.1 billion (not Nansen, judged wrong for this question).'
})

Q.append({
    'qid': 'Q6', 'kind': 'money',
    'question': "How much did Disney's streaming business lose in its fiscal fourth quarter of 2022?",
    'answer': '$1.5 billion',
    'stating': [
        st(1142, '$1.5 billion', ['It lost $1.5 billion in the quarter, compared to a loss of $630 million in last year’s fourth quarter.'], newest=False),
        st(1146, '$1.5 billion', ['Disney’s streaming business lost $1.5 billion in the fourth quarter.'], newest=True),
    ],
    'traps': [
        tr(1142, '$630 million', 'compared to a loss of $630 million in last year’s fourth quarter', 'year-earlier loss'),
        tr(1142, '$20.1 billion', 'Revenue for the quarter was $20.1 billion', 'company revenue'),
        tr(1142, '$162 million', 'Profit was $162 million', 'company profit'),
        tr(1142, '$7.4 billion', 'reported revenue of $7.4 billion', 'parks revenue'),
        tr(1146, '$71 billion', 'the $71 billion deal to buy most of 21st Century Fox', 'old acquisition'),
    ],
    'notes': 'Two cnn articles state it; no other outlet covers Disney earnings.'
})

# ---------------- percents ----------------
Q.append({
    'qid': 'Q7', 'kind': 'percent',
    'question': "What share of the movie screenings scheduled in China on its opening day did 'Avatar: The Way of Water' account for?",
    'answer': '80%',
    'stating': [st(1053, '80%', ['The “Way of Water” accounted for 80% of screenings scheduled for Friday, the Maoyan data showed.'])],
    'traps': [
        tr(1053, '75%', "On Friday, 9,300 cinemas were open for business, 75% of the country’s total", 'share of cinemas open'),
        tr(1053, '110%', 'That’s up 110% from two weeks ago.', 'rise in open cinemas'),
        tr(1053, 'nearly 40%', 'down nearly 40% from last year', 'box office fall'),
    ],
    'notes': 'Only cnn 1053.'
})

Q.append({
    'qid': 'Q8', 'kind': 'percent',
    'question': "By what percent did US oil prices fall on the day in March 2022 when the UAE said it wanted OPEC to increase production?",
    'answer': '12%',
    'stating': [st(622, '12%', ['US oil fell 12% to less than $109 a barrel.'])],
    'traps': [
        tr(622, '13%', 'Brent crude, the global benchmark, fell 13% to $111 a barrel.', 'Brent, not US oil (parallel figure)'),
        tr(622, '30%', 'oil prices having shot up 30% in the past two weeks', 'earlier rise'),
    ],
    'notes': 'Only cnn 622. The OPEC+ October 2022 cut (excluded) is another event.'
})

# ---------------- duration ----------------
Q.append({
    'qid': 'Q9', 'kind': 'duration',
    'question': "For how many years had REI been closing its stores on Black Friday before it made the closure permanent in 2022?",
    'answer': 'seven years',
    'stating': [st(1235, '7 years', ['For the past seven years, the retailer has closed its doors on the day after Thanksgiving to give its employees a day off.'])],
    'traps': [
        tr(1235, '178 stores', 'all 178 stores', 'count of stores'),
        tr(1235, '16,000', 'pay its 16,000 employees', 'employees'),
        tr(1235, '2015', 'REI first announced in 2015', 'start year (consistent with 7 years, but a year not a duration)'),
        tr(1235, '60%', 'at 60% off', 'discount'),
    ],
    'notes': 'Only cnn 1235.'
})

# ---------------- dates ----------------
Q.append({
    'qid': 'Q10', 'kind': 'date',
    'question': "When did Vietnam ban the 'Barbie' movie over a map showing China's claims in the South China Sea?",
    'answer': '2023-07-03 (Monday before the Tuesday, July 4, 2023 report)',
    'stating': [st(1050, '2023-07-03', [
        'posters advertising “Barbie” were removed from movie distributors’ websites after Monday’s decision'])],
    'traps': [
        tr(1050, '2023-07-21', '“Barbie” was supposed to open July 21 in Vietnamese theaters', 'planned opening'),
        tr(1050, '2023-07-04', 'Warner Bros. offices were closed Tuesday for the July 4 holiday.', 'publication day / holiday'),
        tr(1050, 'Tuesday', 'Asked about the issue at a daily briefing on Tuesday', 'Chinese reaction, next day'),
        tr(1050, '2019', 'In 2019, Vietnam ordered showings of “Abominable” canceled', 'another film'),
    ],
    'notes': 'Only usatoday 1050. Weekday resolved: published Tuesday 2023-07-04, so Monday = 2023-07-03.'
})

Q.append({
    'qid': 'Q11', 'kind': 'date',
    'question': "When did the ban on tourists climbing Uluru, also known as Ayers Rock, take effect?",
    'answer': '2019-10-26',
    'stating': [st(1141, '2019-10-26', [
        'The Uluru-Kata Tjuta National Park Board voted unanimously to ban the controversial practice, coming into effect on October 26, 2019'])],
    'traps': [
        tr(1141, '2017-11-01 (Wednesday)', 'after local authorities voted to stop the practice on Wednesday', 'the vote, not the ban taking effect'),
        tr(1141, '34th anniversary', 'the 34th anniversary of the land title being handed back', 'anniversary count'),
        tr(1141, '2011-2015', 'Between 2011 and 2015 just 16% of visitors made the climb', 'survey years'),
        tr(1141, '1950s', 'Since the 1950s, more than 30 people have died', 'deaths since'),
    ],
    'notes': 'Only usatoday 1141, published 2017-11-01: the date is a plan stated two years ahead.'
})

Q.append({
    'qid': 'Q12', 'kind': 'date',
    'question': "When did the Supreme Court block President Biden's Covid-19 vaccine-or-testing requirement for large businesses?",
    'answer': '2022-01-13 (Thursday; published the same day)',
    'stating': [st(1133, '2022-01-13', [
        'The Supreme Court on Thursday blocked President Joe Biden’s vaccine and testing requirement aimed at large businesses'])],
    'traps': [
        tr(392, 'last week (vague)', 'And last week, in a devastating blow to the administration, the Supreme Court blocked the requirement for large businesses',
           'cnn 2022-01-20 recap; only "last week", no day. Resolving "last week" to a day would be a guess'),
        tr(392, 'September', 'In September, as part of a push to get more Americans vaccinated', 'when Biden announced the mandate'),
        tr(1074, 'none', 'impose vaccine-or-testing requirements on large employers', 'usatoday 2023 mention, no date'),
    ],
    'notes': 'Only cnn 1133 gives the day. cnn 392 (2022-01-20) says "last week": a date in 2022-01-10..16 would be consistent but vague; '
             'a tool value of 2022-01-13 from 392 would be accepted, any other exact day from 392 judged wrong.'
})

with open(os.path.join(HERE, 'labels.jsonl'), 'w') as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + '\n')
print('wrote', len(Q), 'labels')
from collections import Counter
print(Counter(q['kind'] for q in Q))
