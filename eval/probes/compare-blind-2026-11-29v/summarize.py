import json,sys
for n in sys.argv[1:]:
    d=json.load(open(f'raw/Q{n}.json'))
    print(f"=== Q{n} by={d['by']} :: {d['question']}")
    for a in d['accounts']:
        cits=[(c['n'],c['outlet'][:4],c['published'],c['speaker']) for c in a['citations']]
        print('  ACC',a['label'],'| values',a['values'],'|',cits)
        for s in a['sentences']: print('      >',s[:250])
    for s in d['slots']:
        print('  SLOT',s['kind'],s['noun'],s['verb'],'reported_by=',s['reported_by'])
        print('     readings=',{k:[(r['value'],r['published']) for r in v] for k,v in s['readings'].items()})
        for k in ('side','side_why','other_sense','recalled','silent'):
            if s.get(k): print('    ',k,'=',s[k])
        print('     contradiction=',s['contradiction'],'rose=',s['rose'],'moved=',s['moved'],'apart=',s['apart'])
        extra={k:v for k,v in s.items() if k not in ('kind','noun','verb','reported_by','readings','side','side_why','other_sense','recalled','silent','contradiction','rose','moved','apart')}
        if extra: print('     extra=',extra)
