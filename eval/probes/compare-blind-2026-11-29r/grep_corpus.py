"""Search the corpus by regex: python3 grep_corpus.py REGEX [context_chars] [maxhits_per_article]"""
import json, re, sys
CORPUS = '/work/shared/data/newsbench-dev/corpus.jsonl'
rows = [json.loads(l) for l in open(CORPUS)]
pat = re.compile(sys.argv[1], re.I)
ctx = int(sys.argv[2]) if len(sys.argv) > 2 else 120
mx = int(sys.argv[3]) if len(sys.argv) > 3 else 3
for i, r in enumerate(rows):
    hay = r['title'] + '\n' + r['text']
    ms = list(pat.finditer(hay))
    if not ms:
        continue
    print(f"== {i} {r['outlet']} {r['published']} {r['id']} | {r['title'][:90]}  ({len(ms)} hits)")
    for m in ms[:mx]:
        s = hay[max(0, m.start()-ctx):m.end()+ctx].replace('\n', ' / ')
        print('   ...', s)
