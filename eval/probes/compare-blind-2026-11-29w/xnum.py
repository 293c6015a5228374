import json,re,collections
rows=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
pat=re.compile(r"(\$?\d[\d,\.]*\s?(?:%|percent|million|billion|trillion)?(?:\s+[a-z]+){1,2})")
idx=collections.defaultdict(set)
for i,r in enumerate(rows):
    t=r['title']+' '+r['text']
    for m in pat.finditer(t):
        k=m.group(1).lower()
        if re.match(r"^(19|20)\d\d\b",k): continue
        if re.match(r"^\d{1,2}\s",k) and not re.search(r"%|percent|million|billion",k): continue
        idx[k].add(i)
out=[]
for k,s in idx.items():
    outs={rows[i]['outlet'] for i in s}
    if len(outs)>=2 and any(i>=620 for i in s) and len(s)<=6:
        out.append((k,sorted(s)))
for k,s in sorted(out,key=lambda x:x[1][0]):
    print(k,'|',[(i,rows[i]['outlet'][:3]) for i in s])
