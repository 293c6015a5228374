"""Write judged.jsonl from hand judgements of raw/Q*.json against labels.jsonl.

The judgements below were made by reading each raw JSON (see summarize.py);
this script checks that every judged (account, value) pair is exactly the set
of leading values in the raw output, then writes judged.jsonl and prints totals.
"""
import json, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))

J = {
 'Q1': dict(values=[
    ('The flight-tracking website FlightAware', 'speaker', 'At least 800 flights', False,
     "All US cancellations that Monday, not Delta's; the Delta sentence (224) was never retrieved."),
    ('United', 'speaker', '56 flights', False,
     "United's Saturday cancellations: another airline and another day."),
    ('cnn.com', 'outlet', 'more than 1,500 domestic flights', False,
     "US-wide total for Saturday and Sunday, not Delta on Monday."),
  ], missed=["cnn.com (#867): 'Delta alone canceled at least 224 flights Monday' - sentence never cited; cnn.com led with 1,500 instead"],
  contradictions=[dict(flagged=True, right=False, note="800 vs 56 vs 1,500 are different things (all US Monday, United Saturday, US weekend); none is Delta's figure")]),
 'Q2': dict(values=[
    ('usatoday.com', 'outlet', 'As many as 4,500 police officers', True,
     "Right. (The slot lists usatoday.com under 'recalled', which is odd for the article's own lead sentence, but the value still leads.)"),
  ], missed=[], contradictions=[]),
 'Q3': dict(values=[], missed=["usatoday.com (#889): 'When it was over, 36 people were dead' - usatoday.com silent; it cited only the 'May 6 inferno ... 32 seconds' sentence"], contradictions=[]),
 'Q4': dict(values=[], missed=["cnn.com / Benjamin Daly (#1058): 'shrank from around 8 billion in 2018 to 1 billion in 2021, according to Benjamin Daly' - Daly silent (another Daly quote cited); sentence never retrieved"], contradictions=[]),
 'Q5': dict(values=[
    ('New Jersey Attorney General Christopher Porrino', 'speaker', 'about $30 million', False,
     "Part of the settlement set aside for borrowers, not the $45 million total (a part for the whole)."),
    ('usatoday.com', 'outlet', '$45M', True, "Right (taken from the headline)."),
  ], missed=[], contradictions=[dict(flagged=False, right=None, note="$30M and $45M not flagged; correct, since $30M is a part of $45M")]),
 'Q6': dict(values=[], missed=["usatoday.com (#859): 'One sold in 2019 for $120,000' - usatoday.com silent; sentence never retrieved"], contradictions=[]),
 'Q7': dict(values=[
    ('Labor Department data', 'speaker', '38%', False,
     "Gasoline prices in the year to February 2022 (another article, other item, other period)."),
    ('The Office for National Statistics', 'speaker', '9.9%', False,
     "UK overall inflation to August 2022: wrong country, wrong measure, wrong period."),
    ('cnn.com', 'outlet', '8.3%', False,
     "Overall CPI to April 2022 from the right article; the grocery figure (10.8%) two paragraphs up was never retrieved."),
  ], missed=["cnn.com (#1236): 'Grocery prices jumped 10.8% for the year.' - never cited; cnn.com led with overall CPI 8.3%. (BLS 9.4% all-food figure was sided; it is wrong too.)"],
  contradictions=[]),
 'Q8': dict(values=[], missed=["cnn.com (#731): 'about 4% of the women who frequently use such hair-straightening products developed uterine cancer by age 70' - no accounts at all were returned"], contradictions=[]),
 'Q9': dict(values=[
    ('usatoday.com', 'outlet', 'a year', False,
     "How long Biden had avoided solo press conferences, not the length of the press conference (next sentence: 1 hour 51 minutes)."),
  ], missed=["usatoday.com (#749): 'For 1 hour and 51 minutes, Biden stood at a lectern' - never cited"], contradictions=[]),
 'Q10': dict(values=[
    ('White House', 'speaker', '2023-02-10 (Friday)', True, "Right: 'Friday' resolved against the 2023-02-10 (Friday) publication date."),
    ('usatoday.com', 'outlet', '2023-02-10 (Friday)', True,
     "Right date, wrong sentence: the quote is Canada's defence minister meeting Austin 'on Friday', not the shoot-down. Right by coincidence."),
  ], missed=[], contradictions=[]),
 'Q11': dict(values=[
    ('The FDA', 'speaker', '2016-08 (August 2016)', False,
     "When e-cigarettes came under FDA authority, not the Juul order."),
    ('cnn.com', 'outlet', '2019-07 (July 2019)', False,
     "Date of a court decision setting an application deadline, not the Juul order."),
  ], missed=["cnn.com / the FDA (#880): '... or risk enforcement action,' the FDA said on Thursday' (Thursday = 2022-06-23, the publication day) - never cited"], contradictions=[]),
 'Q12': dict(values=[
    ('Uber', 'speaker', '2022-06-03 (June 3)', False,
     "Day Uber published its 2022 index (cnn #751), not the most forgetful day."),
    ('cnn.com', 'outlet', '2022 (this year)', False,
     "A year from a quote ('more forgetful than ever this year'), not a day; also the quote is Uber's Lexi Levin Mitchel, not CNN's own voice."),
  ], missed=["usatoday.com (#750): 'April 5 of last year was the most common day of the year for people to forget items.' (= 2022-04-05) - article absent from the output"], contradictions=[]),
}


def main():
    labels = {json.loads(l)['qid']: json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'))}
    out = []
    for qid in [f'Q{i}' for i in range(1, 13)]:
        raw = json.load(open(os.path.join(HERE, 'raw', f'{qid}.json')))
        lead = set()
        for s in raw['slots']:
            for v, accs in s['reported_by'].items():
                for a in accs:
                    lead.add((a, v))
        judged = {(a, v) for a, _, v, _, _ in J[qid]['values']}
        assert lead == judged, (qid, lead ^ judged)
        rec = dict(qid=qid, kind=labels[qid]['kind'],
                   values=[dict(account=a, voice=vo, value=v, right=r, diagnosis=d) for a, vo, v, r, d in J[qid]['values']],
                   missed=J[qid]['missed'], contradictions=J[qid]['contradictions'])
        out.append(rec)
    with open(os.path.join(HERE, 'judged.jsonl'), 'w') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    # totals
    tot = collections.Counter()
    kind = collections.defaultdict(collections.Counter)
    voice = collections.defaultdict(collections.Counter)
    for r in out:
        if not r['values']:
            tot['no_value'] += 1
            kind[r['kind']]['no_value'] += 1
        for v in r['values']:
            for c in (tot, kind[r['kind']], voice[v['voice']]):
                c['values'] += 1
                c['right'] += v['right']
        for c in r['contradictions']:
            if c['flagged']:
                tot['contra'] += 1
                tot['contra_false'] += (c['right'] is False)
    print('total', dict(tot))
    for k, c in kind.items():
        print('kind', k, dict(c))
    for k, c in voice.items():
        print('voice', k, dict(c))


if __name__ == '__main__':
    main()
