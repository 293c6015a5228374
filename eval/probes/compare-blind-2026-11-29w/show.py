import json,sys
for n in sys.argv[1:]:
    d=json.load(open(f'raw/Q{n}.json'))
    print('=================== Q'+n, d['question']); print('by:',d.get('by'), 'keys:', [k for k in d if k not in ('accounts','slots','question')])
    for k in d:
        if k not in ('accounts','slots','question','by'): print('  ',k,':',json.dumps(d[k])[:500])
    for s in d['slots']:
        print(' SLOT', json.dumps({k:v for k,v in s.items()}, ensure_ascii=False)[:2500])
    for a in d['accounts']:
        print(' ACC', a['label'], '| values:', json.dumps(a['values'],ensure_ascii=False)[:800])
        for c in a['citations']:
            print('     [%s] %s %s %s | %s' % (c['n'], c['outlet'], c['published'], c.get('speaker'), c['quote'][:300]))
