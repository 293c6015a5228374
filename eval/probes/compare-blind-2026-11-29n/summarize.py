"""Compact view of a raw compare JSON: accounts, slots, leading values and the cited sentences."""
import json, sys
for n in sys.argv[1:]:
    d = json.load(open(f'raw/Q{n}.json'))
    print(f'######## Q{n}: {d["question"]}\n  by={d.get("by")}  keys={list(d)}')
    cites = {}
    for a in d['accounts']:
        for c in a['citations']:
            cites[c['n']] = (a['label'], c)
        print(f'  account {a["label"]!r}: values={a.get("values")}')
    for s in d['slots']:
        print('  SLOT', {k: v for k, v in s.items() if k not in ('readings',)})
        for acc, rs in s.get('readings', {}).items():
            for r in rs:
                lab, c = cites.get(r.get('citation'), ('?', {}))
                print(f'    reading {acc}: {r}  <- [{c.get("outlet")} {c.get("published")} {c.get("article_id")}] {c.get("quote","")[:260]!r}')
    for k in d:
        if k not in ('question', 'by', 'accounts', 'slots'):
            print('  EXTRA', k, json.dumps(d[k])[:500])
