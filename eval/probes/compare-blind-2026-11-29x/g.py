import json,re,sys
L=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
pat=re.compile(sys.argv[1],re.I)
w=int(sys.argv[2]) if len(sys.argv)>2 else 150
for i,d in enumerate(L):
    s=d['title']+'\n'+d['text']
    for m in pat.finditer(s):
        a=max(0,m.start()-w);b=min(len(s),m.end()+w)
        print(f"[{i}] {d['outlet']} {d['published']} | {s[a:b]!r}")
