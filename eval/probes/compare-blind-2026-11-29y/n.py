import json,sys,re
rows=[json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
NW=r'\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion|percent|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|\d'
for a in sys.argv[1:]:
    r=rows[int(a)]
    print('=====',a,r['outlet'],r['published'],r['title'])
    for s in re.split(r'(?<=[.!?])\s+|\n+', r['text']):
        if re.search(NW,s,re.I): print('  -',s[:300])
