import json,re,sys
L=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
for kw in sys.argv[1:]:
    p=re.compile(kw,re.I)
    hits=[(i,L[i]['outlet'][:4],L[i]['published'],len(p.findall(L[i]['title']+' '+L[i]['text']))) for i in range(len(L)) if p.search(L[i]['title']+' '+L[i]['text'])]
    print(kw, len(hits), hits[:25])
