import json,sys
L=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
n=int(sys.argv[2]) if len(sys.argv)>2 else 4000
for a in sys.argv[1].split(','):
    d=L[int(a)]; print('=====',a,d['outlet'],d['published'],d['url']); print(d['title']); print(d['text'][:n]); print()
