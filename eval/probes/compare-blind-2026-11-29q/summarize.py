"""Print a compact view of a raw/Q<n>.json produced by `newsqa compare --json`."""
import json, sys
d = json.load(open(sys.argv[1]))
print('Q:', d['question']); print('by:', d['by'])
acc = {a['label']: a for a in d['accounts']}
cit = {c['n']: c for a in d['accounts'] for c in a['citations']}
for s in d['slots']:
    print('\nSLOT', {k: s[k] for k in s if k not in ('reported_by', 'readings', 'silent', 'side', 'side_why')})
    print(' reported_by:', json.dumps(s['reported_by'], ensure_ascii=False))
    print(' silent:', s.get('silent'))
    print(' side:', s.get('side'), json.dumps(s.get('side_why'), ensure_ascii=False))
    for who, rs in s.get('readings', {}).items():
        for r in rs:
            c = cit.get(r['citation'], {})
            print(f"   [{who}] {r['value']} ({r['published']}) #{r['citation']} {c.get('outlet')} {c.get('article_id')} :: {c.get('quote','')[:260]}")
print('\nACCOUNTS:')
for a in d['accounts']:
    print(' -', a['label'], '| values:', json.dumps(a.get('values'), ensure_ascii=False))
    for c in a['citations']:
        print(f"     #{c['n']} {c['outlet']} {c['published']} {c['article_id']} :: {c['quote'][:200]}")
