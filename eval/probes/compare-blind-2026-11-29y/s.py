import json,re,sys
rows=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
pat=re.compile(sys.argv[1], re.I)
w=int(sys.argv[2]) if len(sys.argv)>2 else 150
for i,r in enumerate(rows):
    for fld in ('title','text'):
        t=r[fld]
        for m in pat.finditer(t):
            s=max(0,m.start()-w); e=min(len(t),m.end()+w)
            print(f"[{i} {r['outlet'][:5]} {r['published']} {fld}] ...{t[s:e]!r}...")
