"""Regex search over the archive: python3 grep_corpus.py PATTERN [CONTEXT_PATTERN] [width]
Prints line number, outlet, date, title and each match with context."""
import json, re, sys
CORPUS = '/work/shared/data/newsbench-dev/corpus.jsonl'
pat = re.compile(sys.argv[1], re.I)
ctx = re.compile(sys.argv[2], re.I) if len(sys.argv) > 2 and sys.argv[2] else None
w = int(sys.argv[3]) if len(sys.argv) > 3 else 150
for i, line in enumerate(open(CORPUS)):
    r = json.loads(line)
    full = r['title'] + '\n' + r['text']
    if ctx and not ctx.search(full):
        continue
    ms = list(pat.finditer(full))
    if not ms:
        continue
    print(f"== {i} {r['outlet']} {r['published']} {r['id']} | {r['title'][:100]}")
    for m in ms[:8]:
        s = full[max(0, m.start()-w):m.end()+w].replace('\n', ' ')
        print('   ...', s)
