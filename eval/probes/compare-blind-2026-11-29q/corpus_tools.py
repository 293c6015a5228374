"""Small helpers used while labelling: show an article, regex-search the corpus."""
import json, re, sys
CORPUS = '/work/shared/data/newsbench-dev/corpus.jsonl'
ARTS = [json.loads(l) for l in open(CORPUS)]

def show(i, pat=None, width=300):
    a = ARTS[i]
    print(f"#{i} {a['outlet']} {a['published']} id={a['id']}\n  {a['title']}")
    if pat is None:
        print(a['text'])
    else:
        for m in re.finditer(pat, a['text'], re.I):
            s = max(0, m.start()-width); e = m.end()+width
            print('   ...', a['text'][s:e].replace('\n', ' '), '...\n')

def grep(pat, width=150, maxhits=5):
    rx = re.compile(pat, re.I)
    for i, a in enumerate(ARTS):
        hits = list(rx.finditer(a['title'] + '\n' + a['text']))
        if hits:
            blob = a['title'] + '\n' + a['text']
            print(f"#{i} {a['outlet']} {a['published']} {a['title'][:80]}")
            for m in hits[:maxhits]:
                s = max(0, m.start()-width); e = m.end()+width
                print('     >', blob[s:e].replace('\n', ' '))

if __name__ == '__main__':
    cmd = sys.argv[1]
    if cmd == 'show':
        show(int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
    elif cmd == 'grep':
        grep(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 150)
