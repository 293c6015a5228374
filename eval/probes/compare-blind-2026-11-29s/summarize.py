import json,sys
for n in sys.argv[1:]:
    d=json.load(open(f'raw/Q{n}.json'))
    print('='*20,f'Q{n}',d['question'],'| by',d.get('by'))
    for s in d.get('slots',[]):
        print(' SLOT',{k:s.get(k) for k in ('kind','noun','verb')})
        print('  reported_by',s.get('reported_by'))
        print('  readings',json.dumps(s.get('readings')))
        print('  silent',s.get('silent'),'contradiction',s.get('contradiction'),'rose',s.get('rose'),'moved',s.get('moved'),'apart',s.get('apart'))
        print('  side',s.get('side'),'side_why',s.get('side_why'),'other_sense',s.get('other_sense'),'recalled',s.get('recalled'))
        extra={k:v for k,v in s.items() if k not in ('kind','noun','verb','reported_by','readings','silent','contradiction','rose','moved','apart','side','side_why','other_sense','recalled')}
        if extra: print('  extra',extra)
    for a in d['accounts']:
        print(' ACCOUNT',a['label'],'values=',a['values'])
        for c in a['citations']:
            print('   [%s] %s %s %s line? | %s'%(c['n'],c['outlet'],c['published'],c['article_id'],c['quote'][:400]))
        extra={k:v for k,v in a.items() if k not in ('label','sentences','citations','values')}
        if extra: print('   extra',extra)
    extra={k:v for k,v in d.items() if k not in ('question','by','accounts','slots')}
    if extra: print(' EXTRA',extra)
