import json,sys
for n in range(1,13):
    d=json.load(open(f'raw/Q{n}.json'))
    print(f'===== Q{n} by={d.get("by")} :: {d["question"]}')
    for a in d['accounts']:
        cits=[(c['outlet'],c['published'],c.get('field'),c.get('speaker')) for c in a['citations']]
        print(f'  ACCT {a["label"]!r} values={a.get("values")} cits={cits}')
        for s in a['sentences']: print('       s:',s[:260].replace('\n',' '))
    for s in d.get('slots',[]):
        print('  SLOT kind=%s noun=%s verb=%s'%(s.get('kind'),s.get('noun'),s.get('verb')))
        for k in s:
            if k not in ('kind','noun','verb'): print('     ',k,'=',json.dumps(s[k],ensure_ascii=False)[:600])
    extra={k:v for k,v in d.items() if k not in ('question','by','accounts','slots')}
    if extra: print('  EXTRA',json.dumps(extra,ensure_ascii=False)[:800])
