"""Build labels.jsonl for compare-blind-2026-11-29u.

Every quote (stating or trap) is asserted to be an exact substring of the
article's title or text. Labels were fixed before the first tool run.
"""
import json
import os

CORPUS = '/work/shared/data/newsbench-dev/corpus.jsonl'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'labels.jsonl')
L = [json.loads(l) for l in open(CORPUS)]


def art(line):
    d = L[line]
    return d


def S(line, value, quotes, newest=True, voice='outlet', note=None):
    d = art(line)
    blob = d['title'] + '\n' + d['text']
    for q in quotes:
        assert q in blob, (line, q)
    e = {
        'outlet': d['outlet'], 'article_line': line, 'article_id': d['id'],
        'published': d['published'], 'title': d['title'], 'value': value,
        'quotes': quotes, 'newest_of_outlet': newest, 'voice': voice,
    }
    if note:
        e['note'] = note
    return e


def T(line, value, quote, why):
    d = art(line)
    assert quote in d['title'] + '\n' + d['text'], (line, quote)
    return {'article_line': line, 'outlet': d['outlet'], 'value': value,
            'quote': quote, 'why_not': why}


Q = []

# ---------------- counts ----------------
Q.append(dict(
    qid='Q1', kind='count',
    question='By early May 2018, how many people had been sickened in the E. coli outbreak linked to romaine lettuce from the Yuma, Arizona, area?',
    answer='149 people',
    stating=[S(778, 149, ['Romaine lettuce E. coli outbreak now hits 149 people in 29 states',
                          'That brings the total to 149 victims in 29 states.'])],
    traps=[
        T(778, 28, 'has now sickened 28 more people in four more states', 'increment, not total'),
        T(778, 29, '149 victims in 29 states', 'number of states'),
        T(778, 64, 'Sixty-four individuals have been hospitalized', 'hospitalized, a part'),
        T(778, 17, 'including 17 with kidney failure', 'kidney failure, a part'),
        T(778, 1, 'The bacteria has killed one person', 'deaths'),
        T(778, 112, 'Of the 112 people interviewed, 102, or 91%', 'people interviewed / ate romaine'),
        T(773, 32, 'Thirty-two people have been sickened and 13 hospitalized', 'a different (November 2018) outbreak'),
    ],
))

Q.append(dict(
    qid='Q2', kind='count',
    question="How many people had been infected in the salmonella outbreak linked to Kellogg's Honey Smacks cereal when the CDC warned consumers in June 2018?",
    answer='100 people',
    stating=[S(772, 100, ['a salmonella outbreak that has infected 100 people in 33 states'])],
    traps=[
        T(772, 33, 'Honey Smacks linked to salmonella outbreak in 33 states, CDC says', 'headline figure is states, not people'),
        T(772, 15.3, '15.3-ounce and 23-ounce boxes', 'box sizes'),
        T(772, '4-7', 'recover in four to seven days', 'recovery days'),
    ],
))

Q.append(dict(
    qid='Q3', kind='count',
    question='How many sailors survived the sinking of the USS Arizona in the attack on Pearl Harbor?',
    answer='335',
    stating=[S(888, 335, ['he was one of just 335 sailors who did not perish',
                          'Only 335 men survived the bombing of the USS Arizona'])],
    traps=[
        T(888, 9, 'He is one of nine living survivors from the attack on the USS Arizona', 'survivors still living at the time of each profile'),
        T(888, 1177, 'the 1,177 men entombed on the ship', 'men killed / entombed'),
        T(888, 1500, 'with a crew that, at full complement, numbered more than 1,500', 'full crew'),
        T(888, 1000, 'all those men down there on that ship, a thousand of them', 'rough count of the dead'),
        T(888, 219, 'we rescued 219 coast watchers', 'another event'),
    ],
))

Q.append(dict(
    qid='Q4', kind='count',
    question='How many pickup trucks did Nissan recall in September 2022 because of a rollaway risk?',
    answer='more than 200,000',
    stating=[S(1209, 200000, ['Nissan recalls more than 200,000 pickup trucks due to rollaway risk'],
               note='figure is in the headline only; the stored text is video-ad boilerplate')],
    traps=[],
))

# ---------------- money ----------------
Q.append(dict(
    qid='Q5', kind='money',
    question='How much did Perry Johnson spend on TV ads in Iowa during the 2023 Super Bowl to promote his run for president?',
    answer='$192,000',
    stating=[S(640, '$192,000', ['Perry Johnson said he will air $192,000 worth of TV ads'], voice='speaker (Perry Johnson, news release) / outlet')],
    traps=[
        T(495, 'millions', 'businessman Perry Johnson, who has spent millions of his own money to run', '2022 Michigan governor race, not the Super Bowl ads'),
    ],
))

Q.append(dict(
    qid='Q6', kind='money',
    question='What was the record average price of a gallon of diesel in the US in May 2022, according to AAA?',
    answer='$5.56 a gallon',
    stating=[S(624, '$5.56', ['up from its current record average price of $5.56, according to AAA'])],
    traps=[
        T(624, '$10', 'could send the average US price of diesel to $10 a gallon by the end of the summer', "Verleger's forecast"),
        T(624, '$6', 'Prices in the Northeast are all well over $6 a gallon', 'one region'),
        T(624, '$4.42', 'is $4.42 a gallon', 'regular gasoline'),
        T(624, '$7.27-$8.95', 'between $7.27 and $8.95 a gallon across Western European countries', 'Europe'),
    ],
))

# ---------------- percents ----------------
Q.append(dict(
    qid='Q7', kind='percent',
    question="How effective was Pfizer's RSV vaccine, given to pregnant women, at preventing severe RSV illness in their babies during the first three months of life?",
    answer='82% (also given as about 80%)',
    stating=[S(801, '82% (about 80%)', [
        'the vaccine was 82% effective at preventing severe lower respiratory tract infections in hospitalized babies for the first three months of life',
        'appeared to be about 80% effective at preventing severe RSV disease in their infants in the first three months of life'])],
    traps=[
        T(801, '70%', 'It was about 70% effective at preventing severe RSV in hospitalized infants for six months.', 'six months, not three'),
        T(801, '50%', 'by an average of more than 50% compared with a placebo', 'doctor visits'),
        T(801, '93%', 'if their blood oxygen levels fell below 93%', 'definition of severe'),
        T(800, '75%', 'the antibody shot was 75% effective', 'a different product (antibody shot)'),
        T(800, '83%', 'this vaccine is 83% effective at preventing disease in the lower lungs of adults 60 and older', "GSK's vaccine for older adults"),
        T(933, '74.5%', 'by 74.5% compared to placebo', 'Beyfortus (Sanofi), a different product'),
    ],
))

Q.append(dict(
    qid='Q8', kind='percent',
    question="What share of US law enforcement agencies submitted data for the FBI's 2021 national crime report?",
    answer='63%',
    stating=[S(995, '63%', ['But only 63% of the nation’s more than 18,000 law enforcement agencies submitted data for 2021',
                            'much higher than the actual 63% participation rate'])],
    traps=[
        T(995, '52%', 'Only 52% of all agencies submitted a full year’s worth of data', 'full-year data only, a part'),
        T(995, '65%', 'serve about 65% of the country’s population', 'share of population'),
        T(995, '75%', 'expected an initial participation rate of 75%', 'expected rate'),
        T(995, '1%', 'an overall decline in violent crime by 1% from 2020', 'crime change'),
        T(995, '4.3%', 'a 4.3% increase in homicides', 'crime change'),
    ],
))

# ---------------- duration ----------------
Q.append(dict(
    qid='Q9', kind='duration',
    question='How long a suspension from the House of Commons did the standards committee recommend for Tory MP Chris Pincher?',
    answer='eight weeks',
    stating=[S(1041, 'eight weeks', ['should be barred from the Commons for eight weeks'])],
    traps=[
        T(1041, 19634, 'had a majority of 19,634 over Labour', 'majority'),
        T(1041, 'July 2022', 'Pincher offered his resignation in July 2022', 'a date'),
    ],
))

# ---------------- dates ----------------
Q.append(dict(
    qid='Q10', kind='date',
    question='When did Hurricane Kay make landfall in Mexico?',
    answer='2022-09-08 (Thursday; article published Thursday 2022-09-08)',
    stating=[S(634, '2022-09-08', ['Hurricane Kay made landfall in Mexico, along the west coast of the central Baja California Peninsula on Thursday afternoon'])],
    traps=[
        T(634, '2022-09-09 (Friday)', 'Heavy rains will drench southern California Friday', 'rain in California'),
        T(634, '2022-09-10 (Saturday night)', 'A turn to the west is expected by Saturday night', 'forecast turn'),
        T(634, '1997', '1997’s Hurricane Nora', 'another storm'),
        T(634, '1984', 'This happened in 1984 as a Category 1 Hurricane Marie', 'another storm'),
    ],
))

Q.append(dict(
    qid='Q11', kind='date',
    question="When did the main water treatment plant in Jackson, Mississippi, begin failing in 2022?",
    answer='2022-08-29 (Monday; article published Tuesday 2022-08-30)',
    stating=[S(984, '2022-08-29', ['Jackson’s main water treatment facility began failing Monday, according to Gov.',
                                   'Because of Monday’s failure'], voice='outlet, citing Gov. Tate Reeves')],
    traps=[
        T(984, '2022-08-30', 'People line up for water in Jackson, Mississippi, on August 30, 2022.', 'photo caption, water lines'),
        T(984, '2022-08-18', 'August 18, 2022, as part of the city', 'photo caption, earlier distribution'),
        T(984, 'late July', 'under a boil water notice since late July', 'boil-water notice'),
        T(984, '2022-08-30 (Tuesday)', 'on Tuesday, discolored water came out of his faucet', 'later day'),
        T(984, '2022-08-26 (Friday)', 'The governor said he was told Friday', 'warning, not failure'),
        T(984, '2022-03-24', 'seen on March 24, 2022', 'photo caption'),
        T(984, 'about a month ago', 'began operating on smaller backup pumps about a month ago', 'backup pumps, earlier'),
        T(7, '2022-12-25', 'Jackson, Mississippi, issued a boil water notice Sunday', 'a later (December) water failure'),
    ],
    borderline=[dict(article_line=982, outlet='usatoday.com', value='August 2022 (month)',
                     quote='a treatment plant overwhelmed by August flooding',
                     note='USA TODAY 50-states roundup of 2022-11-02 says the plant was overwhelmed by August flooding; '
                          'a month-level "August 2022" from it is acceptable at month precision, any other date is wrong')],
))

Q.append(dict(
    qid='Q12', kind='date',
    question="When did the FTC sue to block Meta from acquiring the virtual reality company Within?",
    answer='2022-07-27 (Wednesday; article published Wednesday 2022-07-27); July 2022 at month level',
    stating=[
        S(1083, '2022-07-27', ['The Federal Trade Commission on Wednesday moved to block Facebook-parent Meta from acquiring virtual reality company Within',
                               'In a complaint filed Wednesday in federal court'], newest=False),
        S(1090, '2022-07 (month)', ['a lawsuit the agency filed last month to stop Facebook-parent Meta from acquiring a virtual reality technology company, Within Unlimited'],
          newest=True, note='published 2022-08-24, "last month" = July 2022; right at month level'),
    ],
    traps=[
        T(1090, '2022-08-23 (Tuesday)', 'according to a joint court filing by Meta and the FTC dated Tuesday', 'filing that dropped Zuckerberg'),
        T(1083, '3-2', 'in a 3-2 vote', 'vote tally'),
    ],
))

assert len(Q) == 12
with open(OUT, 'w') as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + '\n')
print('wrote', OUT)
from collections import Counter
print(Counter(q['kind'] for q in Q))
