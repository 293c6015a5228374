import json,re,math
from collections import Counter
rows=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
docs=[Counter(re.findall(r'[a-z]{4,}',(r['title']+' '+r['text'][:4000]).lower())) for r in rows]
df=Counter()
for d in docs: df.update(d.keys())
N=len(rows)
vecs=[]
for d in docs:
  v={w:c*math.log(N/df[w]) for w,c in d.items() if df[w]<N*0.3}
  n=math.sqrt(sum(x*x for x in v.values())) or 1
  vecs.append({w:x/n for w,x in v.items()})
def sim(a,b):
  if len(a)>len(b): a,b=b,a
  return sum(x*b.get(w,0) for w,x in a.items())
def nums(t):
  out=set()
  for m in re.finditer(r'\$?\d[\d,.]*(?:\s?(?:million|billion|%|percent))?',t):
    s=m.group().rstrip('.,')
    if re.fullmatch(r'(19|20)\d\d',s): continue
    if re.fullmatch(r'\d',s): continue
    out.add(s)
  return out
for i in range(620,N):
  ni=nums(rows[i]['title']+' '+rows[i]['text'])
  for j in range(N):
    if rows[j]['outlet']==rows[i]['outlet']: continue
    s=sim(vecs[i],vecs[j])
    if s<0.2: continue
    shared=ni & nums(rows[j]['title']+' '+rows[j]['text'])
    if shared: print(i,j,round(s,2),rows[i]['title'][:45],'|',rows[j]['title'][:45],sorted(shared)[:12])
