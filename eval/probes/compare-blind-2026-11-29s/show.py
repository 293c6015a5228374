import json,sys,re
rows=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
def show(i,n=4000):
    r=rows[i]; print('=====',i,r['outlet'],r['published'],r['id'],r['title']); print(r['text'][:n]); print()
def grep(pat, ctx=150, lo=0):
    rx=re.compile(pat, re.I)
    for i,r in enumerate(rows):
        if i<lo: continue
        for field in ('title','text'):
            for m in rx.finditer(r[field]):
                s=r[field]; print(i, r['outlet'][:5], r['published'], field[:2], '|', s[max(0,m.start()-ctx):m.end()+ctx].replace('\n',' '))
if __name__=='__main__':
    if sys.argv[1]=='s':
        for a in sys.argv[2:]: show(int(a), 100000 if len(sys.argv)==3 else 4000)
    else:
        grep(sys.argv[2], int(sys.argv[3]) if len(sys.argv)>3 else 150)
