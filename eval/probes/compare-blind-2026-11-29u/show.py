import json,sys
L=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
for a in sys.argv[1:]:
    d=L[int(a)]
    print('#####',a,d['outlet'],d['published'],d['title'],d['url'])
    print(d['text'][:int(__import__('os').environ.get('N','6000'))])
    print()
