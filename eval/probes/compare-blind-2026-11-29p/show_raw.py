"""Compact view of raw/Q*.json: accounts, their citations and values, slots."""
import json, sys
for n in sys.argv[1:]:
    d = json.load(open(f'raw/Q{n}.json'))
    print(f'######## Q{n}: {d.get("question")}  by={d.get("by")}')
    extra = {k: v for k, v in d.items() if k not in ('question', 'by', 'accounts', 'slots')}
    if extra: print('  extra:', json.dumps(extra)[:600])
    for a in d.get('accounts', []):
        print(f'  ACCOUNT {a["label"]!r} values={json.dumps(a.get("values"))}')
        for k, v in a.items():
            if k not in ('label', 'sentences', 'citations', 'values'):
                print(f'     {k}: {json.dumps(v)[:300]}')
        for c in a.get('citations', []):
            print(f'     [{c["n"]}] {c["outlet"]} {c["published"]} {c["article_id"]} spk={c.get("speaker")} :: {c["quote"][:260]}')
    for s in d.get('slots', []):
        print('  SLOT', json.dumps({k: v for k, v in s.items()})[:1500])
