import json,re,sys
C='/work/shared/data/newsbench-dev/corpus.jsonl'
docs=[json.loads(l) for l in open(C)]
def grep(pat, ctx=150, lines=None, maxhits=6):
    r=re.compile(pat, re.I)
    for i,d in enumerate(docs):
        if lines and i not in lines: continue
        s=d['title']+'\n'+d['text']
        hits=list(r.finditer(s))
        if not hits: continue
        print(f"== {i} {d['outlet']} {d['published']} {d['title'][:90]} ({len(hits)} hits)")
        for m in hits[:maxhits]:
            a=max(0,m.start()-ctx); b=min(len(s),m.end()+ctx)
            print('   ...'+s[a:b].replace('\n',' ')+'...')
if __name__=='__main__':
    pat=sys.argv[1]; ctx=int(sys.argv[2]) if len(sys.argv)>2 else 150
    grep(pat,ctx)
