"""Build labels.jsonl for the compare-blind-2026-11-29r probe.

Every quote is asserted to be an exact substring of the article's title or text.
Stating articles were found by regex over the whole corpus (see SEARCHES below;
grep_corpus.py was used interactively to read the hits).
"""
import json, re, os, datetime

CORPUS = '/work/shared/data/newsbench-dev/corpus.jsonl'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'labels.jsonl')
rows = [json.loads(l) for l in open(CORPUS)]

# Regexes run over the whole corpus (title + text) to find every article stating each figure.
SEARCHES = {
    'Q1': [r'Schneider', r'Jeopardy', r'consecutive games'],
    'Q2': [r'Squid Game', r'\b456\b', r'4\.56'],
    'Q3': [r'64-49', r'Gamecocks', r'UConn|Connecticut Huskies'],
    'Q4': [r'Bungay', r'Satanis'],
    'Q5': [r'Zelle', r'440 million'],
    'Q6': [r'great white', r'Tizi', r'food blogger'],
    'Q7': [r'JAMA Psychiatry', r'brisk walking', r'risk of depression'],
    'Q8': [r'KFF|Kaiser Family', r'inflation and rising prices'],
    'Q9': [r'Leslie Jordan'],
    'Q10': [r'Alphabet', r'stock split', r'20-to-1|20-for-1'],
    'Q11': [r'transplant', r'1 million.{0,40}(organ|transplant)'],
    'Q12': [r'Sloly', r'Ottawa police'],
}


def st(line, value, quotes, newest=True):
    r = rows[line]
    hay = r['title'] + '\n' + r['text']
    for q in quotes:
        assert q in hay, (line, q)
    return {
        'outlet': r['outlet'], 'article_line': line, 'article_id': r['id'],
        'published': r['published'], 'title': r['title'], 'value': value,
        'quotes': quotes, 'newest_of_outlet': newest,
    }


def wd(d):
    return datetime.datetime.strptime(d, '%Y/%m/%d').strftime('%A')


labels = [
    {
        'qid': 'Q1', 'kind': 'count',
        'question': "How many consecutive 'Jeopardy!' games did Amy Schneider win?",
        'answer': '40',
        'stating': [st(443, '40', ["Schneider, who trails only tournament host Ken Jennings in consecutive games won (40 compared with Jennings' 74)"])],
        'traps': ["74 (Ken Jennings' streak)", '38 (Matt Amodio) and 23 (Mattea Roach) games won',
                  '$250,000 grand prize', 'three games to win the finals', 'at least four games to qualify',
                  'finals begin Nov. 14'],
    },
    {
        'qid': 'Q2', 'kind': 'count',
        'question': "How many contestants will compete in Netflix's reality series 'Squid Game: The Challenge'?",
        'answer': '456',
        'stating': [st(448, '456', ['to one of its 456 competitors (the largest cast in reality TV history)'])],
        'traps': ['$4.56 million cash prize', 'June 14, 2022 (tweet date)', 'second season of the original series'],
    },
    {
        'qid': 'Q3', 'kind': 'count',
        'question': "How many points did South Carolina score against UConn in the 2022 NCAA women's basketball championship game?",
        'answer': '64',
        'stating': [
            st(606, '64', ['The South Carolina Gamecocks won their second national championship in five years Sunday after defeating the Connecticut Huskies 64-49.']),
            st(609, '64', ['Last season, South Carolina was also the No. 1 overall seed in the tournament and ultimately beat UConn 64-49 in the national championship game']),
        ],
        'traps': ['49 (UConn score; also 49-24 rebounds)', '73-57 (November 2021 Battle 4 Atlantis win)',
                  '26 (Destanni Henderson), 11 (Aliyah Boston), 14 (Paige Bueckers)', '35-27 halftime', '13-2 early lead',
                  '94-65 (2018 UConn win)', '2023 tournament scores in usatoday 601/604/605/607 (e.g. LSU 102-85 Iowa)'],
        'note': 'The 2023 LSU-Iowa final is on the exclusion list; this is the 2022 final, a different game.',
    },
    {
        'qid': 'Q4', 'kind': 'count',
        'question': 'How many residents of the Suffolk town of Bungay identified as Satanists in the last census?',
        'answer': '70',
        'stating': [st(342, '70', ['In the last census, some 70 out of 8,500 people living in Bungay identified as devil-worshippers'])],
        'traps': ['8,500 (town population)', 'about 100 times the national average', '1577 (black dog legend)',
                  'nearly two million tweets (next item)', '54-year-old Gillian Anderson (next item)'],
    },
    {
        'qid': 'Q5', 'kind': 'money',
        'question': "How much did Zelle users lose to fraud and scams in 2021, according to Sen. Elizabeth Warren's investigation?",
        'answer': '$440 million',
        'stating': [st(360, '$440 million', ['An estimated $440 million was lost by Zelle users through frauds and scams in 2021.'])],
        'traps': ['$490 billion (Zelle transactions last year)', '$230 billion (Venmo)', '$10.6 million / $1.46 million (PNC unauthorized cases / refunds)',
                  '10,683 and 1,495 cases (PNC)', '90% of cases not repaid', '$1.26 million Kardashian fine, $250,000 Kardashian payment',
                  '$500 phishing example', '$440 million in other senses: cnn line 14 (#PayUpFIFA Qatar) and usatoday line 491 (Ohio overpayments)'],
    },
    {
        'qid': 'Q6', 'kind': 'money',
        'question': 'How much was the Chinese food blogger fined for buying, cooking and eating a great white shark?',
        'answer': '£15,000 (about $18,500); either currency is right',
        'stating': [st(322, '£15,000 ($18,500)', ['A Chinese food blogger has been fined £15,000 ($18,500) after posting a video of her illegally buying, preparing and eating a six-foot long great white shark.'])],
        'traps': ['almost eight million followers', 'six-foot long shark', 'prison term of between five and ten years',
                  'two other individuals arrested'],
    },
    {
        'qid': 'Q7', 'kind': 'percent',
        'question': 'By what percent did about 2.5 hours of brisk walking a week lower the risk of depression, according to the JAMA Psychiatry meta-analysis published in April 2022?',
        'answer': '25%',
        'stating': [st(430, '25%', ['Moving up to an “activity volume equivalent to 2.5 hours of brisk walking per week was associated with 25% lower risk of depression,” the study authors said.'])],
        'traps': ['18% (1.25 hours of brisk walking)', '43% fewer days of poor mental health (2018 study)', 'about 10% (household chores, 2018)',
                  '10% reduction (2020 study of children)', '15 studies, over 190,000 people', '2.5 hours / 1.25 hours (CDC recommendations)'],
    },
    {
        'qid': 'Q8', 'kind': 'percent',
        'question': 'What share of Americans called inflation and rising prices the biggest problem facing the US in the Kaiser Family Foundation poll released in March 2022?',
        'answer': '55%',
        'stating': [st(418, '55%', ['The findings, released Thursday, show that 55% of Americans call inflation and rising prices the biggest problem facing the US'])],
        'traps': ['18% Russian invasion; 6% climate/Covid/crime', '70% Republicans, 53% independents, 46% Democrats',
                  '30% (Quinnipiac poll)', '17% (Gallup survey)', '55% viewing the ACA favorably (same number, other sense)',
                  '61% / 53% / 52% / 42% / 25% priorities', '71% worried about gas costs'],
    },
    {
        'qid': 'Q9', 'kind': 'age',
        'question': "How old was actor Leslie Jordan, of 'Will & Grace', when he died?",
        'answer': '67',
        'stating': [st(214, '67', ['Leslie Jordan, beloved actor and social media star, dead at 67', 'He was 67.'])],
        'traps': ['120 days in jail', 'sober for more than 20 years', '1982 (move to Hollywood)', '2009 book', '$1,200 sewn into underpants',
                  '21:32 video length'],
    },
    {
        'qid': 'Q10', 'kind': 'date',
        'question': "When did Alphabet's 20-for-1 stock split take effect?",
        'answer': '2022-07-18 (Monday; article published Monday 2022/07/18)',
        'stating': [st(354, '2022-07-18', ['following a massive stock split that took effect Monday.',
                                            'Alphabet (GOOGL) split its two classes of shares (GOOG) by a 20-to-1 margin'])],
        'traps': ['Friday (2022-07-15, last pre-split price just over $2,200)', '2014 (Apple split)', '2015 (Apple added to Dow)',
                  'Amazon also split 20 to 1 (date not given)'],
        'weekday_check': wd('2022/07/18'),
    },
    {
        'qid': 'Q11', 'kind': 'date',
        'question': 'When did the US pass the milestone of 1 million organ transplants?',
        'answer': '2022-09-09 (Friday; article published Friday 2022/09/09)',
        'stating': [st(614, '2022-09-09', ["Friday, the United States passed another milestone: 1 million successful solid-organ transplants since Herrick's."])],
        'traps': ['1954 (first successful transplant)', 'Richard Herrick, 23; lived eight years'],
        'weekday_check': wd('2022/09/09'),
    },
    {
        'qid': 'Q12', 'kind': 'date',
        'question': 'When did Ottawa police chief Peter Sloly leave his job during the 2022 trucker protests?',
        'answer': '2022-02-15 (Tuesday; article published Tuesday 2022/02/15)',
        'stating': [st(31, '2022-02-15', ['Chief Peter Sloly is no longer employed with the Ottawa Police Service,” board chair Diane Deans said during a meeting Tuesday afternoon.',
                                           'Ottawa police chief is stepping down, city officials say amid ongoing'])],
        'traps': ['Monday 2022-02-14 (Emergencies Act invoked; "a day after")', 'photo captions Feb. 16-19, 2022 (e.g. Saturday, February 19)',
                  'January 29 (protests began)', 'March 1 (Ontario lifts vaccine passports)', '1988 (Emergencies Act law)',
                  'cnn line 235 (2022-02-08) quotes Sloly "Monday" but is not about his departure'],
        'weekday_check': wd('2022/02/15'),
    },
]

for l in labels:
    l['search_regexes'] = SEARCHES[l['qid']]
    # every stating article must be before line 620 for at least the main one
    assert min(s['article_line'] for s in l['stating']) < 620, l['qid']

with open(OUT, 'w') as f:
    for l in labels:
        f.write(json.dumps(l, ensure_ascii=False) + '\n')
print('wrote', OUT, len(labels))
for l in labels:
    print(l['qid'], l['kind'], l['answer'], [(s['outlet'], s['article_line']) for s in l['stating']], l.get('weekday_check', ''))
