import json,re,math,collections
rows=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
stop=set("the a an and or of to in on for with at by from is was are were be been it its this that as has have had not but he she they we you i his her their our will would can could said says about after over more than into up out new also who what when which how why all one two just no so if do does did there".split())
def toks(r):
    t=(r['title']+' ')*3+r['text'][:3000]
    return [w for w in re.findall(r"[a-z][a-z'-]{2,}",t.lower()) if w not in stop]
docs=[collections.Counter(toks(r)) for r in rows]
df=collections.Counter()
for d in docs: df.update(d.keys())
N=len(rows)
vecs=[]
for d in docs:
    v={w:(1+math.log(c))*math.log(N/df[w]) for w,c in d.items()}
    n=math.sqrt(sum(x*x for x in v.values())); vecs.append({w:x/n for w,x in v.items()})
def sim(a,b):
    if len(a)>len(b): a,b=b,a
    return sum(x*b.get(w,0) for w,x in a.items())
out=[]
for i in range(620,N):
    best=[]
    for j in range(N):
        if j==i or rows[j]['outlet']==rows[i]['outlet']: continue
        s=sim(vecs[i],vecs[j]); best.append((s,j))
    best.sort(reverse=True)
    s,j=best[0]
    if s>0.14: out.append((s,i,j))
out.sort(reverse=True)
for s,i,j in out: print(f"{s:.2f} {i} [{rows[i]['outlet'][:3]}] {rows[i]['title'][:60]} || {j} [{rows[j]['outlet'][:3]}] {rows[j]['title'][:60]}")
