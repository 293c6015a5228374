"""Build labels.jsonl for the compare-blind-2026-11-29s probe.

Every quote is checked to be an exact substring of the article's text or title.
Run: python3 make_labels.py  (reads the corpus, writes labels.jsonl)
"""
import json, re, os

CORPUS = '/work/shared/data/newsbench-dev/corpus.jsonl'
HERE = os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(CORPUS)]


def art(line, value, quotes, newest=True):
    r = rows[line]
    for q in quotes:
        assert q in r['text'] or q in r['title'], (line, q)
    return {'outlet': r['outlet'], 'article_line': line, 'article_id': r['id'],
            'published': r['published'], 'title': r['title'], 'value': value,
            'quotes': quotes, 'newest_of_outlet': newest}


def trap(line, value, quote, why):
    r = rows[line]
    assert quote in r['text'] or quote in r['title'], (line, quote)
    return {'article_line': line, 'value': value, 'quote': quote, 'why_not': why}


Q = []

# ---------- counts ----------
Q.append({'qid': 'Q1', 'kind': 'count',
  'question': 'How many nominations did Jon Batiste earn for the 2022 Grammy Awards?',
  'stating': [art(873, 11, ['corralled a leading 11 nominations for the 64th annual ceremony'])],
  'traps': [
    trap(873, 8, 'Batiste is followed by Justin Bieber, H.E.R. and Doja Cat, all of whom scored eight nods.', 'other artists'),
    trap(873, 7, 'Eilish ties pop newcomer Olivia Rodrigo with seven nominations each', 'Eilish / Rodrigo'),
    trap(873, 7, "Batiste’s nominations spanned seven fields", 'fields, not nominations'),
    trap(873, 4, 'in four different genres and seven fields', 'genres'),
    trap(873, 64, 'the 64th annual ceremony', 'ceremony ordinal'),
    trap(873, 3, 'his three nods bumped his total to 83', 'Jay-Z'),
    trap(873, 2700, 'About 2,700 new music creators were invited to join', 'Academy members'),
  ]})

Q.append({'qid': 'Q2', 'kind': 'count',
  'question': 'How many performance-enhancing drug suspensions have NFL players received since 2001?',
  'stating': [art(816, 258, [
      'Since 2001, NFL players have been suspended for performance-enhancing drugs and related substances at least 258 times',
      'NFL performance-enhancing drugs: More than 250 suspensions'])],
  'accept_also': 'the title\'s "More than 250" is a rounded form of the same figure; judged right if reported as ~250/more than 250',
  'traps': [
    trap(816, 82, 'including at least 82 times in the past five years', 'past five years only'),
    trap(816, 57, 'Defensive linemen (57)', 'one position'),
    trap(816, 41, 'linebackers (41)', 'one position'),
    trap(816, 13, 'Tampa Bay with 13', 'one team'),
    trap(816, 25, 'It comes up in at least 25 suspensions since 2009', 'Adderall only'),
    trap(816, 13, 'Then on one day in August 1989, 13 players were suspended for steroid use.', '1989 single day'),
    trap(816, 12000, 'estimated at 12,000-plus', 'drug tests per year'),
  ]})

Q.append({'qid': 'Q3', 'kind': 'count',
  'question': 'How many collisions with wildlife did US-based civilian flights report in 2018?',
  'stating': [art(869, 14661, ['Civilian flights based in the USA reported 14,661 collisions with wildlife in 2018'])],
  'traps': [
    trap(869, 40, "That's more than 40 a day", 'per day'),
    trap(869, 106, 'more than 106 civilian deaths worldwide', 'deaths'),
    trap(869, 155, 'all of its 155 passengers', 'Flight 1549'),
    trap(869, 92, 'the carcasses of 92 birds', 'JFK study'),
    trap(869, 40, 'The FAA received 40 reports last year of planes hitting coyotes', 'coyotes only'),
    trap(869, 35, '35 involving turtles or tortoises', 'turtles only'),
    trap(869, 24, '24 deer', 'deer only'),
  ]})

Q.append({'qid': 'Q4', 'kind': 'count',
  'question': 'How many women in the UK were expected to be diagnosed with lung cancer in 2023, according to Cancer Research UK?',
  'stating': [art(1032, 27332, ['female cases will eclipse male cases for the first time, with 27,332 and 27,172 cases respectively'])],
  'traps': [
    trap(1032, 27172, 'with 27,332 and 27,172 cases respectively', 'male cases'),
    trap(1032, None, 'accounting for one in five of the total', 'share of cancer deaths'),
  ]})

# ---------- money ----------
Q.append({'qid': 'Q5', 'kind': 'money',
  'question': 'How much did contractors agree to pay to settle the lawsuit over the wall collapse at the Binghamton-Johnson City sewage treatment plant?',
  'stating': [art(917, '$30 million', [
      'Contractors have agreed to pay just over $30 million to settle the case',
      'Binghamton-Johnson City Sewage Plant lawsuit settled for $30M'])],
  'traps': [
    trap(917, '$275 million', 'just a fraction of the $275 million spent to renovate the plant', 'rebuild cost'),
    trap(917, '$20 million', 'agreed to pay $20 million to the Binghamton-Johnson City Joint Sewage Board', 'one contractor (Infilco)'),
    trap(917, '$5 million', 'agreed to pay $5 million in the main settlement', 'one contractor (Falter)'),
    trap(917, '$4.8 million', 'agreed to pay $4.8 million', 'C&S / Delta'),
    trap(917, '$250,000', 'Camp Dresser & McKee settled for $250,000', 'one contractor'),
    trap(917, '$25,000', 'settled for $25,000 each', 'two contractors'),
    trap(917, '$67 million', 'the $67 million Phase III improvement project', 'project cost'),
    trap(917, '$113 million', 'Over $113 million awarded', 'unrelated link'),
  ]})

Q.append({'qid': 'Q6', 'kind': 'money',
  'question': "How much does the 'No. 2' toilet paper in Gwyneth Paltrow's 2019 Goop holiday gift guide cost?",
  'stating': [art(1014, '$34', [
      'comes with 24 rolls (three ply in case you\'re wondering) and is going for $34',
      'Gwyneth Paltrow: Goop gift guide has $34 toilet paper, $189 chocolate'])],
  'traps': [
    trap(1014, '$956', 'which retail at $956', '2015 toilet paper'),
    trap(1014, '$495', 'a $495 coffee machine', 'coffee machine'),
    trap(1014, '$23,720', 'a $23,720 billiards table', 'billiards table'),
    trap(1014, '$189', 'for $189', 'chocolate box'),
    trap(1014, '$275,000', 'with a meteorite for $275,000', 'book'),
    trap(1014, '$110,000', 'priced at $110,000', 'tree house'),
    trap(1014, 24, 'comes with 24 rolls', 'roll count'),
  ]})

# ---------- percents ----------
Q.append({'qid': 'Q7', 'kind': 'percent',
  'question': 'By what percent did theft from Union Pacific trains in Los Angeles County rise from the year before, according to the railroad?',
  'stating': [art(998, '160%', ['it saw a 160% year-over-year increase in theft in LA county'])],
  'traps': [
    trap(998, 100, 'it made over 100 arrests', 'arrests'),
    trap(998, 32000, 'the 32,000 miles of tracks it owns', 'track miles'),
    trap(998, 24, 'released from custody within 24 hours', 'hours'),
  ]})

Q.append({'qid': 'Q8', 'kind': 'percent',
  'question': 'What chance of winning did Gracenote give Saudi Arabia before its 2022 World Cup upset of Argentina?',
  'stating': [art(1194, '8.7%', ["Saudi Arabia’s chance of victory on Tuesday was estimated at 8.7%"])],
  'traps': [
    trap(1194, '9.5%', 'the American team had a 9.5% chance of victory', 'USA v England 1950'),
    trap(1194, 48, 'with 48 places separating the two teams', 'ranking gap'),
    trap(1194, 92, 'storied 92 years', 'World Cup history'),
  ]})

# ---------- age ----------
Q.append({'qid': 'Q9', 'kind': 'age',
  'question': 'How old is Sam Goldstein, the law school graduate who has failed the bar exam eight times?',
  'stating': [art(853, 33, ['said Goldstein, 33.'])],
  'traps': [
    trap(853, '5 years', 'Sam Goldstein has spent five years trying to pass the bar exam', 'duration'),
    trap(853, 8, 'failed the bar exam 8 times', 'attempts'),
    trap(853, 253, 'He had scored a 253', 'score'),
    trap(853, 13, 'missing a passing score by only 13 points', 'points'),
    trap(853, 27, 'he missed a passing grade by 27 points', 'points'),
    trap(853, 11, 'nine graduates who took the test 11 times', 'other graduates'),
    trap(853, '$18,000', 'total $18,000', 'cost'),
  ]})

# ---------- dates ----------
Q.append({'qid': 'Q10', 'kind': 'date',
  'question': 'On what date was Alabama set to execute Willie Smith before a Supreme Court ruling called the execution off?',
  'stating': [art(1138, '2021-02-11', [
      'Alabama will not execute Willie Smith on Thursday night',
      "Smith's death warrant is only valid through the night of Feb. 11"])],
  'resolution': 'Thursday in an article published Thursday 2021-02-11; the text also says Feb. 11',
  'traps': [
    trap(1138, '2021-02-10', 'a late injunction from a federal appeals court on Wednesday', '11th Circuit ruling day'),
    trap(1138, 1992, 'Smith was sentenced to death in 1992', 'sentence year'),
    trap(1138, 2019, 'A similar, final hour wait played out in 2019', 'Price case'),
    trap(1138, 2018, 'In 2018, Alabama approved death by nitrogen', 'other'),
  ]})

Q.append({'qid': 'Q11', 'kind': 'date',
  'question': "When did Donald Trump's Boeing 757 arrive back at Palm Beach International Airport after its repairs in Louisiana?",
  'stating': [art(865, '2022-10-19', ['before heading to the Palm Beach International Airport, where it arrived Wednesday evening'])],
  'resolution': 'Wednesday before the publication date Friday 2022-10-21 -> 2022-10-19',
  'traps': [
    trap(865, '2021-11-01', 'flown to Louisiana on November 1, 2021', 'flight to Louisiana'),
    trap(865, '2021-03-22', 'on March 22, 2021, at Stewart Airport', 'photo date'),
    trap(865, '2022-10-15', 'The plane appeared to be in use Saturday as Trump traveled to Texas', 'Texas rally'),
    trap(865, 2010, 'which Trump purchased in 2010', 'purchase year'),
    trap(865, '31 years', 'the 31-year-old jumbo jet', 'age'),
  ]})

Q.append({'qid': 'Q12', 'kind': 'date',
  'question': 'When were volunteer firefighters Mike Chiapperini and Tomasz Kaczowka shot and killed in Webster, New York?',
  'stating': [art(761, '2012-12-24', [
      'were shot and killed in an ambush Christmas Eve',
      "Monday's tragic shootings"])],
  'resolution': 'Christmas Eve 2012 = Monday 2012-12-24 (article published Saturday 2012-12-29)',
  'traps': [
    trap(761, '2012-12-29', "attended Saturday's viewing", 'second day of wake'),
    trap(761, '2012-12-28', 'The first wake was held Friday night', 'first wake'),
    trap(761, '2012-12-30', "Chiapperini's funeral service will be held Sunday", 'funeral'),
    trap(761, '2012-12-31', 'a Mass for Kaczowka will be celebrated Monday', 'Mass (the next Monday)'),
    trap(761, 43, 'Chiapperini, 43', 'age'),
    trap(761, 19, 'Kaczowka, 19', 'age'),
  ]})

assert len(Q) == 12
from collections import Counter
print(Counter(q['kind'] for q in Q))
for q in Q:
    for s in q['stating']:
        assert s['article_line'] >= 620
with open(os.path.join(HERE, 'labels.jsonl'), 'w') as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + '\n')
print('wrote', len(Q))
