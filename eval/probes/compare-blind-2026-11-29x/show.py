import json,sys
for n in sys.argv[1:]:
    d=json.load(open(f'raw/Q{n}.json'))
    print('#####',f'Q{n}',d['question'],'| by:',d.get('by'))
    for k in d:
        if k not in ('question','by','accounts','slots'): print('  extra key',k, json.dumps(d[k])[:300])
    for a in d['accounts']:
        print('  ACCOUNT',a['label'],'values=',a.get('values'))
        for c in a['citations']:
            print('     [%s] %s %s %s | %s'%(c['n'],c['outlet'],c['published'],c['article_id'],c['quote'][:260].replace('\n',' ')))
    for s in d['slots']:
        print('  SLOT kind=%s noun=%s verb=%s'%(s['kind'],s['noun'],s['verb']))
        print('    reported_by',s['reported_by'])
        print('    readings',json.dumps(s['readings'])[:800])
        print('    silent',s['silent'],'side',s['side'],'side_why',s['side_why'])
        print('    contradiction',s['contradiction'],'rose',s['rose'],'recalled',s['recalled'],'moved',s['moved'],'apart',s['apart'],'other_sense',s['other_sense'])
        for k in s:
            if k not in ('kind','noun','verb','reported_by','readings','silent','side','side_why','contradiction','rose','recalled','moved','apart','other_sense'): print('    extra',k,json.dumps(s[k])[:300])
