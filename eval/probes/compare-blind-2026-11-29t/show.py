#!/usr/bin/env python3
import json, sys
L = open("/work/shared/data/newsbench-dev/corpus.jsonl").readlines()
for a in sys.argv[1:]:
    d = json.loads(L[int(a)])
    print(f"##### line {a} {d['outlet']} {d['published']} {d['id']} {d['url']}\n{d['title']}\n{d['text']}\n")
