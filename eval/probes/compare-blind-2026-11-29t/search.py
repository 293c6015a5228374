#!/usr/bin/env python3
"""Regex search over the whole archive (title + text). Usage: search.py REGEX [ctx] [maxhits_per_article]"""
import json, re, sys
CORPUS = "/work/shared/data/newsbench-dev/corpus.jsonl"
pat = re.compile(sys.argv[1], re.I)
ctx = int(sys.argv[2]) if len(sys.argv) > 2 else 150
mx = int(sys.argv[3]) if len(sys.argv) > 3 else 3
for i, line in enumerate(open(CORPUS)):
    d = json.loads(line)
    blob = d["title"] + "\n" + d["text"]
    hits = list(pat.finditer(blob))
    if not hits:
        continue
    print(f"### line {i} {d['outlet']} {d['published']} {d['id']} | {d['title'][:100]}")
    for m in hits[:mx]:
        s = blob[max(0, m.start()-ctx): m.end()+ctx].replace("\n", " / ")
        print("   ..." + s + "...")
