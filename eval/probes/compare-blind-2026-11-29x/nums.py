import json,re,sys
L=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
for a in sys.argv[1].split(','):
    i=int(a); t=L[i]['title']+'\n'+L[i]['text']
    print(i, sorted(set(re.findall(r'\$[\d,.]+(?: (?:million|billion))?|\d[\d,.]*%|\b\d[\d,.]*\b', t))))
