import json,re,sys
C=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
EX=set()
for l in open('/tmp/probe-z-exclude.txt'):
    EX.add(int(l.split('\t')[0]))
def line(i): return C[i-1]
def search(pat, field='both', flags=re.I):
    r=re.compile(pat,flags); out=[]
    for i,a in enumerate(C,1):
        t=(a['title']+'\n'+a['text']) if field=='both' else a[field]
        if r.search(t): out.append(i)
    return out
def show(i, pat=None, w=200):
    a=C[i-1]
    print(f"[{i}] {'EXCL ' if i in EX else ''}{a['outlet']} {a['published']} {a['title']}")
    if pat:
        for m in re.finditer(pat,a['text'],re.I):
            s=max(0,m.start()-w); print('   ...'+a['text'][s:m.end()+w].replace('\n',' ')+'...')
if __name__=='__main__':
    cmd=sys.argv[1]
    if cmd=='s':
        pat=sys.argv[2]; ctx=sys.argv[3] if len(sys.argv)>3 else None
        for i in search(pat): show(i, ctx)
    elif cmd=='p':
        a=C[int(sys.argv[2])-1]; print(a['outlet'],a['published'],a['title'],a['url']); print(a['text'])
    elif cmd=='t':
        for i in search(sys.argv[2],'title'): show(i)
def sents(t):
    return [s for s in re.split(r'(?<=[.!?”"])\s+(?=[A-Z“"])|\n+', t) if s.strip()]
if __name__=='__main__' and sys.argv[1]=='ss':
    for i in search(sys.argv[2]):
        a=C[i-1]; ss=sents(a['text']); hits=[(k,s) for k,s in enumerate(ss) if re.search(sys.argv[3],s,re.I)]
        print(f"[{i}] {'EXCL ' if i in EX else ''}{a['outlet']} {a['published']} {a['title']}  ({len(hits)} hits)")
        for k,s in hits[:int(sys.argv[4]) if len(sys.argv)>4 else 8]: print(f"   {k}: {s[:400]}")
