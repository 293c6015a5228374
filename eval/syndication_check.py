"""Near-duplicate screening over a suite's corpus, without embedding anything.

    python eval/syndication_check.py ../shared/data/newsbench-dev

Runs every article through the same screen as `newsqa ingest` (MinHash + LSH, boilerplate
rule) in corpus order, and prints what was refused as boilerplate, which groups formed,
and — when given the two known boilerplate bodies of newsbench-dev — precision and recall.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from assistant.index.syndication import Deduper
from assistant.ingest.records import load_jsonl
from assistant.types import Article

KNOWN = ("We will use the details you have shared", "How relevant is this ad to you?")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("suite", type=Path)
    args = ap.parse_args()
    corpus = args.suite / "corpus.jsonl"
    articles = [a for a in load_jsonl(corpus, corpus.read_bytes()) if isinstance(a, Article)]
    d = Deduper()
    junk, groups = set(), Counter()
    for a in articles:
        verdict, member = d.classify(a.article_id, a.title, a.text)
        d.add(member)
        if verdict.junk:
            junk.add(a.article_id)
            junk.update(verdict.retract)
            for r in verdict.retract:
                d.members[r].junk = True
        else:
            groups[verdict.group_id] += 1
    truth = {a.article_id for a in articles if any(k in a.text for k in KNOWN)}
    multi = {g: n for g, n in groups.items() if n > 1}
    tp = len(junk & truth)
    print(f"articles {len(articles)}; refused as boilerplate {len(junk)} "
          f"(known boilerplate {len(truth)}: precision {tp / max(len(junk), 1):.2f}, "
          f"recall {tp / max(len(truth), 1):.2f})")
    print(f"syndication groups with more than one article: {len(multi)}")
    by_id = {a.article_id: a for a in articles}
    for g, n in sorted(multi.items(), key=lambda x: -x[1])[:10]:
        members = [m for m in d.members.values() if m.group_id == g and not m.junk]
        print(f"  {n} × {by_id[g].outlet}: {by_id[g].title[:70]!r} + "
              + "; ".join(f"{by_id[m.article_id].outlet}" for m in members
                          if m.article_id != g))
    sys.exit(0)


if __name__ == "__main__":
    main()
