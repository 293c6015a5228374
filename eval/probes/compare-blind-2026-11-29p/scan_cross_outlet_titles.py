import json,re,math,collections
rows=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
def toks(r):
    return set(w.lower() for w in re.findall(r"\b[A-Z][a-zA-Z]{3,}\b", r['title']+' '+r['text'][:3000]))
T=[toks(r) for r in rows]
df=collections.Counter(w for t in T for w in t)
N=len(rows)
def vec(t): return {w:math.log(N/df[w]) for w in t if df[w]<40}
V=[vec(t) for t in T]
def sim(a,b):
    s=sum(min(a[w],b[w]) for w in a.keys()&b.keys()); 
    return s/ (math.sqrt(sum(v*v for v in a.values()))*math.sqrt(sum(v*v for v in b.values()))+1e-9)
for i in range(620):
    best=[]
    for j in range(N):
        if j==i or rows[j]['outlet']==rows[i]['outlet']: continue
        s=sim(V[i],V[j])
        if s>0.08: best.append((s,j))
    best.sort(reverse=True)
    if best:
        print(i, rows[i]['outlet'][:3], rows[i]['title'][:70], '||', '; '.join(f"{j}:{rows[j]['outlet'][:3]}:{s:.2f}:{rows[j]['title'][:50]}" for s,j in best[:3]))
