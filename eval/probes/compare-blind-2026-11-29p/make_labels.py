"""Build labels.jsonl for the compare-blind-2026-11-29p probe.

Every quote is asserted to be an exact substring of the article's title or text.
article_id, published and outlet are read from the corpus, not typed by hand.
newest_of_outlet is computed among the stating articles of the same outlet.
"""
import json
import datetime

CORPUS = '/work/shared/data/newsbench-dev/corpus.jsonl'
OUT = '/tmp/probe-p/eval/probes/compare-blind-2026-11-29p/labels.jsonl'
rows = [json.loads(l) for l in open(CORPUS)]


def st(line, value, quotes, note=None, exact=True):
    r = rows[line]
    for q in quotes:
        assert q in r['text'] or q in r['title'], (line, q)
    d = {'outlet': r['outlet'], 'article_line': line, 'article_id': r['id'],
         'published': r['published'], 'title': r['title'], 'value': value,
         'quotes': quotes}
    if not exact:
        d['exact'] = False  # states the figure only roughly (month, or "above 9%")
    if note:
        d['note'] = note
    return d


def trap(line, value, quote, why):
    r = rows[line]
    assert quote in r['text'] or quote in r['title'], (line, quote)
    return {'outlet': r['outlet'], 'article_line': line, 'article_id': r['id'],
            'value': value, 'quote': quote, 'why_not': why}


def weekday(datestr):
    return datetime.date.fromisoformat(datestr).strftime('%A')


# weekday resolutions used below, asserted
assert weekday('2022-10-28') == 'Friday'      # Q10: CNN 549 published Fri 2022/10/28, "early Friday"
assert weekday('2022-10-04') == 'Tuesday'     # Q11: CNN 218 published 2022/10/04, "died Tuesday"
assert weekday('2023-02-28') == 'Tuesday'     # Q12: Week 559 published 2023/02/28, "unveiled yesterday" -> Mon 27 Feb

Q = []

Q.append(dict(
    qid='Q1', kind='count',
    question="According to USA TODAY's 2016 analysis, how many legal actions had Donald Trump and his businesses been involved in over the previous three decades?",
    answer='at least 3,500',
    stating=[st(108, 'at least 3,500', [
        "Exclusive: Trump's 3,500 lawsuits unprecedented for a presidential",
        'have been involved in at least 3,500 legal actions in federal and state courts during the past three decades',
        'The USA TODAY analysis identified at least 3,500 legal actions involving Trump.'])],
    traps=[
        trap(108, '70', 'at least 70 new cases have been filed', 'new cases since he announced his candidacy, not the total'),
        trap(108, '50', 'at least 50 civil lawsuits remain open', 'open cases, not the total'),
        trap(108, 'more than 100', 'His companies have been involved in more than 100 tax disputes', 'tax disputes only'),
        trap(108, 'at least 100', 'have settled with plaintiffs in at least 100 cases', 'settled cases only'),
        trap(108, '33', 'courts in 33 states', 'number of states searched'),
    ]))

Q.append(dict(
    qid='Q2', kind='count',
    question='How many counts of murder was Ohio doctor William Husel facing when his trial began in February 2022?',
    answer='14',
    stating=[st(6, '14', [
        'He is now facing 14 counts after Franklin County Judge Michael Holbrook granted the prosecution’s motion to dismiss 11 counts in January',
        'The 14 remaining cases involved patients who received 1,000 micrograms or more.'])],
    traps=[
        trap(6, '25', 'William Husel was initially indicted on 25 counts of murder in 2019.', 'original indictment, before 11 counts were dropped'),
        trap(6, '11', 'dismiss 11 counts in January', 'dismissed counts'),
        trap(6, '34', '“at least” 34 patients were affected by Husel’s actions', 'patients affected (hospital figure), not counts'),
        trap(6, '28', '28 received excessive and potentially fatal doses of medication', 'patients given excessive doses, not counts'),
    ]))

Q.append(dict(
    qid='Q3', kind='count',
    question="How many fans watched England beat Germany in the Women's Euro 2022 final at Wembley?",
    answer='87,192',
    stating=[st(570, '87,192', [
        'A record crowd of 87,192 for a European Championship final – men’s or women’s – watched as Chloe Kelly’s first international goal fired the Lionesses to victory over the eight-time winner.'])],
    traps=[
        trap(570, '487,683', 'The total of 487,683 fans that had attended the games preceding the final', 'tournament attendance before the final'),
        trap(570, '22', 'a Euro-record 22 goals scored', 'goals scored'),
        trap(570, '27', 'previous 27 meetings', 'previous meetings with Germany'),
        trap(570, '56', 'After 56 years of hurt', 'years since 1966'),
    ]))

Q.append(dict(
    qid='Q4', kind='count',
    question='How many jobs a month did Bank of America predict the US economy would start losing in early 2023?',
    answer='about 175,000 a month (first quarter of 2023)',
    stating=[st(316, 'about 175,000', [
        'US economy will soon start losing 175,000 jobs a month, Bank of',
        'translating to a loss of about 175,000 jobs a month during the first quarter, the bank said'],
        note='voice: Bank of America (report to clients); Michael Gapen is its named economist')],
    traps=[
        trap(316, '263,000', 'the United States added a stronger-than-expected 263,000 jobs in September', 'jobs added in September 2022'),
        trap(316, 'tens of thousands', 'start losing tens of thousands of jobs a month', 'vague lead-in, not the figure'),
        trap(316, '5.5%', 'Unemployment to peak at 5.5%, Bank of America says', 'unemployment peak forecast'),
    ]))

Q.append(dict(
    qid='Q5', kind='money',
    question="How much did Elon Musk say SpaceX's Starlink operation in Ukraine had cost the company so far, in October 2022?",
    answer='$80 million',
    stating=[st(546, '$80 million', [
        'with Musk tweeting on Friday the “operation has cost SpaceX $80 million and will exceed $100 million by the end of the year.”'],
        note='voice: Elon Musk (tweet)')],
    traps=[
        trap(546, '$100 million', 'will exceed $100 million by the end of the year', 'Musk projection for the end of 2022'),
        trap(546, 'approaching $100 million', 'saying the costs have gotten too high, approaching $100 million', 'SpaceX sales director letter of Sept 8, not Musk'),
        trap(546, 'more than $120 million', 'which SpaceX claims would cost more than $120 million for the rest of the year', 'future cost for rest of year'),
        trap(546, 'close to $400 million', 'could cost close to $400 million for the nex', 'future cost for next 12 months'),
        trap(546, '$124 million', 'totaling $124 million for the remainder of 2022', 'requested Pentagon funding'),
        trap(546, 'almost $380 million', 'would reach almost $380 million for a full year', 'defense official estimate for a year'),
        trap(546, '$3 million', 'spent roughly $3 million on hardware and services in Ukraine', 'USAID spending'),
        trap(546, '$4,500', 'costs $4,500 each month per unit', 'monthly cost per terminal'),
    ]))

Q.append(dict(
    qid='Q6', kind='money',
    question='How much free federal college money went unclaimed by the high school class of 2018 because eligible students did not fill out the FAFSA, according to NerdWallet?',
    answer='$2.6 billion',
    stating=[st(82, '$2.6 billion', [
        '$2.6B in Free College Money Went Unclaimed by 2018 Grads',
        'missed their opportunity for part of $2.6 billion in free money for college, according to NerdWallet’s annual analysis of federal financial aid data'])],
    traps=[
        trap(82, '$27.5 billion', 'The total Pell Grant money awarded to college students for 2018-19 was $27.5 billion', 'total Pell money awarded'),
        trap(82, '$3,908', 'The average Pell Grant was $3,908', 'average grant'),
        trap(82, '$6,095', 'The maximum allowable award for the year was $6,095.', 'maximum grant'),
        trap(82, '661,000', 'The money went unclaimed by 661,000 members of the Class of 2018', 'number of students, not money'),
        trap(79, '$2.6 billion', 'The law provides $2.6 billion for US Attorneys', 'same number, other sense (omnibus funding)'),
        trap(524, '$2.6 billion', 'would cut $2.6 billion after Gov. Brian Kemp', 'same number, other sense (Georgia budget)'),
    ]))

Q.append(dict(
    qid='Q7', kind='percent',
    question='What was the peak annual US inflation rate in 2022?',
    answer='9.1% (June 2022, consumer price index)',
    stating=[
        st(313, '9.1%', ['bring down historically high inflation that peaked at 9.1% over the summer']),
        st(353, 'above 9%', ['Inflation, which briefly rose above 9% in the United States — a 40-year high'],
           note='rough statement of the same figure; a value of "above 9%"/"9%" from this article counts as right', exact=False),
        st(702, '9.1%', ['down from 6% in February and a 40-year high of 9.1% last June']),
    ],
    traps=[
        trap(555, '9.1%', 'inflation hitting a 40-year high of 9.1% in May', 'UK inflation (May 2022), same number, other country'),
        trap(1010, '9.1%', 'up from 9.1% in August', 'eurozone inflation August 2022'),
        trap(1010, '10.1%', 'UK inflation back at 40-year high', 'UK inflation story (10.1% September)'),
        trap(822, '7%', 'from a peak of 7% in June', 'PCE gauge peak, not CPI'),
        trap(312, '8.6%', 'prices surging 8.6% for the 12 months ending in May', 'May 2022 CPI, not the peak'),
        trap(627, '7.7%', 'October’s year-over-year inflation rate of 7.7% is the highest since 1982', 'October 2022 CPI'),
        trap(702, '5%', 'consumer prices overall increased 5% from a year earlier', 'March 2023 CPI'),
        trap(313, '4.25% and 4.5%', 'between 4.25% and 4.5%', 'Fed funds range'),
    ]))

Q.append(dict(
    qid='Q8', kind='percent',
    question="In Healthy Babies, Bright Futures' 2022 report, what share of the baby foods, family foods and homemade purees tested contained detectable heavy metals?",
    answer='94%',
    stating=[st(16, '94%', [
        'Results showed 94% of manufactured baby foods, family foods and homemade purees made from purchased raw foods contained detectable amounts of one or more heavy metals.'],
        note='voice: the report (Healthy Babies, Bright Futures; coauthor Jane Houlihan)')],
    traps=[
        trap(16, '95%', '95% of tested baby foods in the US contain toxic metals', '2019 report (read-more link)'),
        trap(16, '95%', 'That analysis found 95% of store-bought baby food contained lead', '2019 report, lead only'),
        trap(16, '90%', 'Lead was found in 90% of manufactured baby food', 'lead only'),
        trap(16, '80%', '80% of store-bought family food and homemade purees', 'lead only, family foods'),
        trap(16, '68%', 'Arsenic was found in 68% store-bought baby food', 'arsenic only'),
        trap(16, '95%', 'could lower total intake of heavy metals by 95%', 'reduction from swapping teething foods'),
    ]))

Q.append(dict(
    qid='Q9', kind='duration',
    question='How long after it was first spotted did the refrigerator-sized asteroid 2022 EB5 hit Earth\'s atmosphere?',
    answer='about two hours',
    stating=[st(543, 'two hours', [
        'Fridge-sized asteroid hit Earth two hours after it was discovered',
        'two hours after the asteroid was first spotted by Sarneczky, the asteroid hit Earth\'s atmosphere'])],
    traps=[
        trap(543, '40 minutes', 'Scout had only 14 observations over 40 minutes', 'observation window'),
        trap(543, '10 months', 'around every 10 months', 'how often such asteroids enter the atmosphere'),
        trap(543, '6½ feet', '6½-feet-long', 'size'),
    ]))

Q.append(dict(
    qid='Q10', kind='date',
    question="When was Paul Pelosi, House Speaker Nancy Pelosi's husband, attacked at the couple's San Francisco home?",
    answer='2022-10-28 (Friday)',
    stating=[
        st(549, '2022-10-28', ['The man who allegedly attacked House Speaker Nancy Pelosi’s husband early Friday'],
           note='"early Friday" resolved against publication date 2022/10/28, itself a Friday'),
        st(163, 'October 2022 (month only)', ['last month, a male assailant attacked Paul Pelosi, the speaker’s husband, with a hammer'],
           note='"last month" against 2022/11/17; month only', exact=False),
        st(398, 'October 2022 (month only)', ['a brutal October attack that left him with head and hand injuries'], exact=False),
        st(825, 'October 2022 (month only)', ['who was viciously attacked in his home last October'], exact=False),
    ],
    traps=[
        trap(549, '2021-01-06', 'the January 6, 2021, attack on the Capitol', 'Capitol attack date'),
        trap(549, 'August 2022', 'over the course of several days in August 2022', 'blog posts'),
        trap(398, '2023-02-07', 'arrived at the State of the Union about 8:30 p.m. Tuesday', 'State of the Union appearance'),
        trap(163, '2022-11-17', 'House Speaker Nancy Pelosi announced on Thursday that she will relinquish her leadership post', 'her leadership announcement'),
    ],
    judging='exact date right; a month-only "October 2022" from a month-only article counts as right but imprecise; any other day is wrong'))

Q.append(dict(
    qid='Q11', kind='date',
    question='When did country music star Loretta Lynn die?',
    answer='2022-10-04',
    stating=[st(218, '2022-10-04', [
        'Lynn’s family said in a statement to CNN that she died Tuesday at her home in Tennessee.',
        'passed away peacefully this morning, October 4th, in her sleep'])],
    traps=[
        trap(218, '90', 'She was 90.', 'age, not date'),
        trap(218, '1932', 'She was born Loretta Webb in 1932', 'birth year'),
        trap(218, '2017', 'Lynn was hospitalized in 2017 after suffering a stroke', 'stroke'),
        trap(218, '1996', 'Doolittle Lynn died in 1996', "husband's death"),
        trap(218, '1963', 'plane crash in 1963', "Patsy Cline's death"),
    ]))

Q.append(dict(
    qid='Q12', kind='date',
    question="When was the Windsor framework, Rishi Sunak's Northern Ireland Brexit deal with the EU, unveiled?",
    answer='2023-02-27 (Monday)',
    stating=[st(559, '2023-02-27', [
        'claiming the so-called “Windsor framework” unveiled yesterday represents a “decisive breakthrough”'],
        note='"yesterday" against publication date 2023/02/28 (a Tuesday)')],
    traps=[
        trap(559, '2023-02-28', 'as he travelled to Belfast this morning to sell it', 'Belfast trip the day after'),
        trap(560, '2023-02-17', 'Rishi Sunak has travelled to Northern Ireland today to start a weekend of talks', 'talks ten days earlier'),
        trap(560, 'December 2020', 'agreed as part of the post-Brexit deal in December 2020', 'the original protocol'),
        trap(553, '2023-02-27 (publication date only)', 'The new Windsor framework: Rishi Sunak', 'article 553 has only a title and newsletter boilerplate; it states no date'),
    ]))

# newest_of_outlet among stating articles
for q in Q:
    by = {}
    for s in q['stating']:
        by.setdefault(s['outlet'], []).append(s)
    for outlet, ss in by.items():
        newest = max(s['published'] for s in ss)
        for s in ss:
            s['newest_of_outlet'] = (s['published'] == newest)
    assert any(s['article_line'] < 620 for s in q['stating'])

kinds = [q['kind'] for q in Q]
assert kinds.count('count') == 4 and kinds.count('money') == 2 and kinds.count('percent') == 2
assert kinds.count('date') == 3 and kinds.count('duration') + kinds.count('age') == 1

with open(OUT, 'w') as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + '\n')
print('wrote', len(Q), 'labels')
