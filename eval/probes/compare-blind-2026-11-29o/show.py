import json,sys
for n in sys.argv[1:]:
    d=json.load(open(f'raw/Q{n}.json'))
    print('='*100); print(f'Q{n}', d['question'], '| by:', d['by'])
    cites={}
    for a in d['accounts']:
        for c in a['citations']:
            cites[c['n']]=(a['label'],c)
        if a.get('values'):
            print('  ACCOUNT', a['label'], 'values=', json.dumps(a['values'])[:600])
    for s in d['slots']:
        print('  SLOT', {k:v for k,v in s.items() if k not in ('readings','silent')})
        print('   silent:', s.get('silent'))
        for acc,rs in s.get('readings',{}).items():
            for r in rs:
                lab,c=cites.get(r['citation'],('?',{}))
                print(f"   reading[{acc}] {r['value']} pub={r['published']} cite={r['citation']} repeats={r.get('repeats')} :: {c.get('outlet')} {c.get('article_id')} \"{c.get('title','')[:60]}\"\n        Q: {c.get('quote','')[:400]}")
