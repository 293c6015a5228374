import json,re,collections
rows=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
idx=collections.defaultdict(set)
ctx={}
for i,r in enumerate(rows):
    full=r['title']+'\n'+r['text']
    for m in re.finditer(r'\$?\d[\d,.]*\d(?:\s?(?:million|billion|trillion|%|percent))?|\$\d+(?:\s?(?:million|billion|trillion))', full):
        tok=m.group(0)
        if re.fullmatch(r'(19|20)\d\d',tok): continue
        if len(tok)<4: continue
        idx[tok].add(i)
        ctx[(tok,i)]=full[max(0,m.start()-80):m.end()+80].replace('\n',' ')
stop=set('the a an of to in and for on at by with from that this is was were be as it its said has have had are or but not after over more than about'.split())
def words(s): return set(w.lower() for w in re.findall(r'[A-Za-z]{4,}',s))-stop
for tok,lines in idx.items():
    outs={rows[i]['outlet'] for i in lines}
    if len(outs)<2 or not any(i<620 for i in lines) or len(lines)>6: continue
    L=sorted(lines)
    # require context overlap between some pair of different outlets
    best=0;pair=None
    for a in L:
        for b in L:
            if rows[a]['outlet']<rows[b]['outlet']:
                ov=len(words(ctx[(tok,a)])&words(ctx[(tok,b)]))
                if ov>best: best=ov;pair=(a,b)
    if best==2:
        a,b=pair
        print(f"{tok!r} ov={best} | {a}:{rows[a]['outlet'][:3]}: {ctx[(tok,a)][:160]} || {b}:{rows[b]['outlet'][:3]}: {ctx[(tok,b)][:160]}")
