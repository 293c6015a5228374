import json,re,sys
rows=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
pat=re.compile(sys.argv[1], re.I)
w=int(sys.argv[2]) if len(sys.argv)>2 else 150
for i,r in enumerate(rows):
    for fld in ('title','text'):
        for m in pat.finditer(r[fld]):
            s=r[fld][max(0,m.start()-w):m.end()+w].replace('\n',' ')
            print(f"[{i} {r['outlet'][:3]} {r['published']} {fld}] ...{s}...")
