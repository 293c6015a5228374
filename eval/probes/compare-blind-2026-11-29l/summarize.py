import json,sys
arts=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
hid={a['id']:i for i,a in enumerate(arts)}
for q in sys.argv[1:]:
    d=json.load(open(f'raw/{q}.json'))
    print('#####',q,d['question'],'| by',d.get('by'))
    cites={}
    for a in d['accounts']:
        for c in a['citations']: cites[c['n']]=(a['label'],c)
        print('  ACCOUNT',a['label'],'values=',a['values'])
    for s in d['slots']:
        print('  SLOT kind=%s noun=%s verb=%s'%(s.get('kind'),s.get('noun'),s.get('verb')))
        print('    reported_by',s['reported_by'])
        for acc,rs in s.get('readings',{}).items():
            for r in rs:
                lab,c=cites.get(r['citation'],(None,None))
                print('    READ',acc,r['value'],r['published'],'cit',r['citation'],'art',hid.get(c['article_id']) if c else None,'|',(c['quote'][:230] if c else ''), {k:v for k,v in r.items() if k not in('value','published','citation')})
        for k in ['contradiction','rose','side','side_why','recalled','moved','apart','other_sense','silent']:
            if s.get(k): print('    ',k,s[k])
        extra={k:v for k,v in s.items() if k not in ['kind','noun','verb','reported_by','readings','contradiction','rose','side','side_why','recalled','moved','apart','other_sense','silent']}
        if extra: print('    extra',extra)
