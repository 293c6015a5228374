"""Search the corpus by regex over title+text; print matching articles and snippets."""
import json, re, sys
CORPUS = '/work/shared/data/newsbench-dev/corpus.jsonl'
rows = [json.loads(l) for l in open(CORPUS)]
def search(pat, ctx=120, maxhits=4, flags=re.I):
    rx = re.compile(pat, flags)
    out = []
    for i, r in enumerate(rows):
        blob = r['title'] + '\n' + r['text']
        ms = list(rx.finditer(blob))
        if ms:
            out.append((i, r, blob, ms))
    return out
if __name__ == '__main__':
    pat = sys.argv[1]
    ctx = int(sys.argv[2]) if len(sys.argv) > 2 else 120
    maxhits = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    res = search(pat)
    print(f'## {len(res)} articles match {pat!r}')
    for i, r, blob, ms in res:
        print(f'[{i}] {r["outlet"]} {r["published"]} {r["id"]} | {r["title"][:100]}  ({len(ms)} hits)')
        for m in ms[:maxhits]:
            s = blob[max(0, m.start()-ctx): m.end()+ctx].replace('\n', ' ')
            print('    ...', s, '...')
