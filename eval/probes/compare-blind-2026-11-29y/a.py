import json,sys
rows=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
for a in sys.argv[1:]:
    r=rows[int(a)]
    print('=====',a,r['outlet'],r['published'],r['title'],r['url'])
    print(r['text'])
