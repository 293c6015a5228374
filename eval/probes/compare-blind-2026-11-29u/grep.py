import json,re,sys
L=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
pat=re.compile(sys.argv[1], re.I)
ctx=int(sys.argv[2]) if len(sys.argv)>2 else 150
for i,d in enumerate(L):
    s=d['title']+' || '+d['text']
    ms=list(pat.finditer(s))
    if ms:
        print(f"=== {i} {d['outlet']} {d['published'][:10]} {d['title'][:90]} ({len(ms)} hits)")
        for m in ms[:6]:
            print('   ...'+s[max(0,m.start()-ctx):m.end()+ctx].replace('\n',' ')+'...')
