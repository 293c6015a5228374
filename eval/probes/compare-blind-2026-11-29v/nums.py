import json,sys,re
rows=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
for a in sys.argv[1:]:
    r=rows[int(a)]; print('#',a,r['outlet'],r['published'],r['title'][:90])
    sents=re.split(r'(?<=[.!?])\s+',r['text'])
    n=0
    for s in sents:
        if re.search(r'\d|percent|million|billion',s) and n<12:
            print('   -',s[:220].replace('\n',' ')); n+=1
