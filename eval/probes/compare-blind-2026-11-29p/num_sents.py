"""Print title and every sentence with a digit (or a weekday) for the given 0-based corpus lines."""
import json, re, sys
rows = [json.loads(l) for l in open('/work/shared/data/newsbench-dev/corpus.jsonl')]
for a in sys.argv[1:]:
    i = int(a); r = rows[i]
    print(f"===== {i} {r['outlet']} {r['published']} {r['id']} | {r['title']}  (len {len(r['text'])})")
    for s in re.split(r'(?<=[.!?])\s+|\n+', r['text']):
        if re.search(r'\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today', s):
            print('  -', s[:300])
