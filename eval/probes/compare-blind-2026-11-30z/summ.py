import json,sys
for q in sys.argv[1:]:
    d=json.load(open(f'raw/{q}.json'))
    print('=====',q,d['question'],'| by:',d.get('by'))
    for a in d['accounts']:
        print(' ACC',a['label'],'| values:',a.get('values'))
        for c in a['citations']: print('    [%d] %s %s %s: %s'%(c['n'],c['outlet'],c['published'],c.get('speaker'),c['quote'][:260]))
    for s in d['slots']:
        s2={k:v for k,v in s.items() if v not in ({},[],False,None)}
        print(' SLOT',json.dumps(s2,ensure_ascii=False)[:2500])
    extra={k:v for k,v in d.items() if k not in('question','by','accounts','slots')}
    if extra: print(' EXTRA',json.dumps(extra,ensure_ascii=False)[:800])
