"""Write labels.jsonl for the blind compare probe (2026-11-29n).

Every label was found by reading the corpus with regex searches (see grep_corpus.py
and the SEARCHES list below, which is re-run here to show that no other article
states the figure).  Quotes are asserted to be exact substrings of the article's
title or text.  Run: python3 make_labels.py
"""
import json
import re
from pathlib import Path

CORPUS = '/work/shared/data/newsbench-dev/corpus.jsonl'
HERE = Path(__file__).resolve().parent
ROWS = [json.loads(l) for l in open(CORPUS)]


def S(line, value, quotes, note=None):
    """One stating article."""
    return {'article_line': line, 'value': value, 'quotes': quotes, **({'note': note} if note else {})}


QUESTIONS = [
    # ------------------------------------------------------------------ counts
    dict(
        qid='Q1', kind='count',
        question="How many goals did England score against China in their last group match at the 2023 Women's World Cup?",
        answer='6',
        stating=[
            S(1148, '6', ['Lauren James scores twice as England routs China 6-1 at the ...',
                          'she scored two goals and provided three assists in a 6-1 rout on Tuesday at Adelaide']),
            S(1149, '6', ['England (9 points - 1-0 win over Haiti; 1-0 win over Denmark; 6-1 win over China)',
                          'China (3 points - 1-0 loss to Denmark; 1-0 win over Haiti; 6-1 loss to England)']),
            S(1128, '6', ['Which England football player scored twice in Tuesday’s 6-1 win against China at the Women’s World Cup?'],
              note='theweek quiz of the week; the figure sits inside a quiz question'),
        ],
        regexes=[r'China.{0,60}6-1|6-1.{0,60}China', r'England.{0,80}China|China.{0,80}England'],
        traps=['2 (goals by Lauren James; "scored twice")', '3 (assists by James)', '1 (China\'s goal, Wang Shuang penalty)',
               '9 points (England group total)', '16 consecutive games (scoring record)', '2-0 (Denmark over Haiti)',
               '1-0 wins over Haiti and Denmark', '6-0 (Norway over Philippines in the same article 1149)',
               '7-0 (Netherlands over Vietnam)', 'usatoday 1198 (2023-07-31) previews the match ("will face China on Tuesday") with no score', 'minute marks 4th, 26th, 41st, 57th, 65th, 77th, 84th'],
    ),
    dict(
        qid='Q2', kind='count',
        question="How many Honda Accord and CR-V vehicles are covered by the federal safety investigation into unexpected automatic braking?",
        answer='about 1.7 million',
        stating=[
            S(1210, 'about 1.7 million', ['There are a total of about 1.7 million of these vehicles currently on the road in US, according to NHTSA.']),
        ],
        regexes=[r'Honda|\bAccords?\b|CR-V', r'1\.7 million'],
        traps=['278 (complaints to NHTSA)', '6 (complaints involving collisions)', '50% (AEB crash reduction)',
               'model years 2017-2019 / 2018-2019', 'September 2022 (industry AEB deadline)'],
    ),
    dict(
        qid='Q3', kind='count',
        question="How many prisoners on death row were given a reprieve when Ghana's parliament voted to abolish the death penalty?",
        answer='176',
        stating=[
            S(1131, '176', ['offering a reprieve for 176 prisoners currently on death row in the country']),
        ],
        regexes=[r'Ghana', r'death row', r'\b176\b'],
        traps=['29th (African country to abolish)', '124th (globally)', '1993 (last execution)', 'seven toilets',
               '22% (rise in death sentences across Africa)', 'three days (prisoner did not eat)',
               'theweek quiz (1128) names Ghana as "29th African nation" but gives no prisoner count'],
    ),
    dict(
        qid='Q4', kind='count',
        question="By how many points did the average math score of US eighth graders fall on the 2022 Nation's Report Card?",
        answer='8 points',
        stating=[
            S(849, '8 points', ['average math scores in fourth and eighth grades decreased by five and eight points respectively',
                                'The national average test scores declined by eight points in math and three points in reading since the onset of the pandemic.']),
        ],
        regexes=[r"NAEP|Nation.s Report Card|National Assessment", r'eight points|8 points'],
        traps=['5 points (fourth-grade math)', '3 points (reading, both grades)', '7 percentage points (more eighth graders below basic)',
               'state declines -13 (Oklahoma), -12, -11', '1 point (Department of Defense schools)', '446,700 students', '10,970 schools',
               '0 to 500 scale', '1990 (NAEP start)', 'usatoday 829 (May 2023) is about history/civics scores and gives no math points',
               'cnn 850 (opinion) mentions NAEP declines without a number',
               'usatoday 982 (50 states, 2022-11-02): Vermont fourth graders\' math fell five points (one state, other grade)'],
    ),
    # ------------------------------------------------------------------- money
    dict(
        qid='Q5', kind='money',
        question="How much cryptocurrency did North Korean hackers steal in 2021, according to the blockchain analysis firm Chainalysis?",
        answer='nearly $400 million',
        stating=[
            S(207, 'nearly $400 million', ['North Korean hackers said to have stolen nearly $400 million in ...',
                                           'North Korean hackers stole nearly $400 million worth of cryptocurrency in 2021']),
        ],
        regexes=[r'North Korea.{0,200}(crypto|hack)|(crypto|hack).{0,200}North Korea', r'400 million'],
        traps=['$1.3 billion (earlier DOJ charge against three North Koreans)', 'at least seven attacks',
               'Ronin/Axie $600 million hack (cnn 209) is another story and does not name North Korea'],
    ),
    dict(
        qid='Q6', kind='money',
        question="How much did Stanley Black & Decker pay Sears for the Craftsman tool brand?",
        answer='about $900 million',
        stating=[
            S(67, 'about $900 million', ["Sears' $900M sale of Craftsman to Stanley Black & Decker 'voidable'?",
                                         'The Craftsman sale, a deal valued at about $900 million, was announced in January and completed March 9.']),
            S(70, 'roughly $900 million', ['Sears also sold Craftsman, one of its most valuable brands, to Stanley Black & Decker for roughly $900 million.']),
        ],
        regexes=[r'Craftsman', r'900 ?(million|M)\b'],
        traps=['$10 million per year (possible warranty expense)', '$1 billion (annual cost cuts)', '$1.5 billion (debt reduction)',
               '$251 million / $395 million / $266 million (quarterly losses, article 70)', 'Kenmore deal with Amazon (no sum)',
               'usatoday 66 and 69 mention the Craftsman sale without a price'],
    ),
    # ----------------------------------------------------------------- percents
    dict(
        qid='Q7', kind='percent',
        question="By what percent did lifting weights once or twice a week on top of the recommended aerobic exercise lower the risk of early death, according to a study in the British Journal of Sports Medicine?",
        answer='41% (the article also gives the range 41% to 47%)',
        stating=[
            S(423, '41%', ['had a 41% lower risk of dying early, according to a study published Tuesday in the British Journal of Sports Medicine',
                           'But the lowest risk – 41% to 47% – was among those who met recommended weekly amounts of aerobic activity']),
        ],
        regexes=[r'weight training|lift(ed|ing)? weights', r'41%'],
        traps=['22% (weights without aerobic, up to)', '14% (weights once or twice weekly, no aerobic)', '34% (aerobic only, up to)',
               '47% (top of the range; acceptable only as part of "41% to 47%")', 'nearly 100,000 participants', 'age 71 on average',
               'cnn 426 (March 2022, another study): 10% to 20% lower risk for 30-60 minutes of strength training'],
    ),
    dict(
        qid='Q8', kind='percent',
        question="What percentage of adolescents who only use e-cigarettes vaped within five minutes of waking up in 2017 through 2021, according to a study in JAMA Network Open?",
        answer='10.3%',
        stating=[
            S(885, '10.3%', ['the percentage who used the products within the first five minutes of waking up in a day was less than 1% between the years 2014 and 2017, but that shifted to 10.3% from 2017 through 2021']),
        ],
        regexes=[r'10\.3%', r'(five|5) minutes of waking', r'e-cigarette'],
        traps=['less than 1% (2014-2017)', '27.2% / 78.3% / 77% (first product was an e-cigarette)', '151,573 respondents',
               '14.5 years (mean age)', '1.9 months per year', '9 / 10 days a month', '47 countries'],
    ),
    # ---------------------------------------------------------------------- age
    dict(
        qid='Q9', kind='age',
        question="How old was Olivia Newton-John when she died?",
        answer='73',
        stating=[
            S(213, '73', ['Olivia Newton John, singer and actress, dead at 73 | CNN', 'She was 73.']),
        ],
        regexes=[r'Newton.John'],
        traps=['29 (turned 29 while filming Grease)', '5 (age when family moved to Melbourne)', 'born 1948',
               'over 30 years (breast cancer journey)', 'four Grammys', '100 million albums', '10 weeks atop the Hot 100'],
    ),
    # -------------------------------------------------------------------- dates
    dict(
        qid='Q10', kind='date',
        question="When did Benjamin Netanyahu fire Israel's defense minister, Yoav Gallant?",
        answer='2023-03-26 (Sunday; article published 2023/03/26, a Sunday)',
        stating=[
            S(740, '2023-03-26', ['Israeli Prime Minister Benjamin Netanyahu on Sunday fired his defense minister'],
              note='"on Sunday" resolved against the publication date 2023/03/26 (a Sunday) -> March 26, 2023'),
        ],
        regexes=[r'Gallant|defen[cs]e minister', r'Netanyahu'],
        traps=['Saturday night = 2023-03-25 (Gallant called for a pause)', 'January 2023 (Levin unveiled the reforms)',
               '"last month" (100,000 protesters outside the Knesset)', '"last week" (override clause first reading, 61-52)'],
    ),
    dict(
        qid='Q11', kind='date',
        question="When did Sen. Tim Scott file paperwork with the Federal Election Commission to run for president?",
        answer='2023-05-19 (Friday; article published 2023/05/19, a Friday)',
        stating=[
            S(638, '2023-05-19', ['South Carolina Sen. Tim Scott officially entered the presidential race Friday when he filed paperwork with the Federal Election Commission.'],
              note='"Friday" resolved against the publication date 2023/05/19 (a Friday)'),
        ],
        regexes=[r'Tim Scott', r'Scott.{0,40}(FEC|Federal Election Commission|paperwork|exploratory)'],
        traps=['Monday = 2023-05-22 (scheduled announcement speech in North Charleston)', 'Thursday = 2023-05-18 (tweet)',
               '"last month" (exploratory committee; usatoday 760 of 2023-04-12 reports it "on Wednesday" = 2023-04-12)',
               '2008 (Obama)', 'late 2012 (appointed to Senate)'],
    ),
    dict(
        qid='Q12', kind='date',
        question="When did New Zealand's parliament pass the law banning tobacco sales to future generations?",
        answer='2022-12-13 (Tuesday; article published 2022/12/13, a Tuesday)',
        stating=[
            S(881, '2022-12-13', ['New Zealand passed a historic anti-smoking bill in Parliament on Tuesday'],
              note='"on Tuesday" resolved against the publication date 2022/12/13 (a Tuesday)'),
        ],
        regexes=[r'New Zealand.{0,150}(tobacco|smok|cigarette)|(tobacco|smok|cigarette).{0,150}New Zealand'],
        traps=['January 1, 2009 (birth-date cutoff)', '2025 (smoke-free goal)', 'end of 2023 (retailers cut to 600)',
               'NZ$150,000 fines', '9.4% -> 8% smoking rate'],
    ),
]


def outlet_of(r):
    return r['outlet']


def main():
    out = []
    for q in QUESTIONS:
        # 1) assert quotes
        for s in q['stating']:
            r = ROWS[s['article_line']]
            blob_t, blob_x = r['title'], r['text']
            for qu in s['quotes']:
                assert qu in blob_t or qu in blob_x, (q['qid'], s['article_line'], qu)
            s.update(outlet=r['outlet'], article_id=r['id'], published=r['published'], title=r['title'])
        # 2) newest_of_outlet among stating articles
        by_outlet = {}
        for s in q['stating']:
            by_outlet.setdefault(s['outlet'], []).append(s)
        for o, ss in by_outlet.items():
            newest = max(s['published'] for s in ss)
            for s in ss:
                s['newest_of_outlet'] = (s['published'] == newest)
        # 3) re-run the whole-corpus searches, record which articles matched
        search_log = []
        for pat in q['regexes']:
            rx = re.compile(pat, re.I if pat not in (r'Honda|\bAccords?\b|CR-V',) else 0)
            hits = [i for i, r in enumerate(ROWS) if rx.search(r['title'] + '\n' + r['text'])]
            search_log.append({'regex': pat, 'n_articles': len(hits), 'lines': hits[:40]})
        stating = [{k: s[k] for k in ('outlet', 'article_line', 'article_id', 'published', 'title', 'value', 'quotes', 'newest_of_outlet')}
                   | ({'note': s['note']} if 'note' in s else {}) for s in q['stating']]
        out.append({'qid': q['qid'], 'question': q['question'], 'kind': q['kind'], 'answer': q['answer'],
                    'stating': stating, 'traps': q['traps'], 'searches': search_log})
    with open(HERE / 'labels.jsonl', 'w') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    for o in out:
        outs = sorted({s['outlet'] for s in o['stating']})
        print(o['qid'], o['kind'], '|', o['answer'], '|', len(o['stating']), 'articles,', outs)


if __name__ == '__main__':
    main()
