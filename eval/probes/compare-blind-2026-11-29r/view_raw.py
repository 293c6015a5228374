"""Compact view of a raw/Q<n>.json compare output: python3 view_raw.py Q1 [Q2 ...]"""
import json, sys, os
D = os.path.dirname(os.path.abspath(__file__))
for q in sys.argv[1:]:
    d = json.load(open(os.path.join(D, 'raw', q + '.json')))
    print('#####', q, d.get('question'), '| by:', d.get('by'))
    for k in d:
        if k not in ('question', 'by', 'accounts', 'slots'):
            print('  top-level', k, ':', json.dumps(d[k])[:300])
    for a in d.get('accounts', []):
        print('  ACCOUNT', a['label'], 'values=', a.get('values'))
        for c in a.get('citations', []):
            print('     [%s] %s %s %s spk=%s: %s' % (c['n'], c['outlet'], c['published'], c['article_id'], c.get('speaker'), c['quote'][:260]))
    for s in d.get('slots', []):
        print('  SLOT', s['kind'], 'noun=', s.get('noun'), 'verb=', s.get('verb'))
        print('     reported_by', s.get('reported_by'))
        print('     silent', s.get('silent'), 'contradiction', s.get('contradiction'), 'rose', s.get('rose'), 'moved', s.get('moved'), 'apart', s.get('apart'))
        print('     side', s.get('side'), 'side_why', s.get('side_why'), 'recalled', s.get('recalled'), 'other_sense', s.get('other_sense'))
        for k, v in s.get('readings', {}).items():
            print('     reading', k, v)
        extra = {k: v for k, v in s.items() if k not in ('kind','noun','verb','reported_by','silent','contradiction','rose','side','side_why','recalled','moved','apart','other_sense','readings')}
        if extra: print('     extra', extra)
