import json,re,math
from collections import Counter
L=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
toks=[set(re.findall(r'\b[A-Z][a-z]{3,}\b', d['title']+' '+d['text'][:6000])) for d in L]
df=Counter(t for s in toks for t in s)
N=len(L)
res=[]
for i in range(620):
    for j in range(len(L)):
        if j==i or L[i]['outlet']==L[j]['outlet']: continue
        if j<620 and j<i: continue
        sh=toks[i]&toks[j]
        sc=sum(math.log(N/df[t]) for t in sh if df[t]<=6)
        if sc>25: res.append((sc,i,j,sorted([t for t in sh if df[t]<=6])[:8]))
res.sort(reverse=True)
for sc,i,j,sh in res[:150]:
    print(f"{sc:.0f} [{i}] {L[i]['outlet'][:4]} {L[i]['title'][:50]} || [{j}] {L[j]['outlet'][:4]} {L[j]['title'][:50]} {sh}")
