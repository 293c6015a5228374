#!/usr/bin/env python3
"""Compact view of a raw compare JSON: slots and accounts."""
import json, sys
for f in sys.argv[1:]:
    d = json.load(open(f))
    print("=" * 100)
    print(f, "| by:", d.get("by"), "|", d["question"])
    for s in d.get("slots", []):
        print(" SLOT kind=%s noun=%s verb=%s" % (s.get("kind"), s.get("noun"), s.get("verb")))
        print("   reported_by:", json.dumps(s.get("reported_by"), ensure_ascii=False))
        for k in ("silent", "side", "side_why", "other_sense", "recalled", "readings", "contradiction", "rose", "moved", "apart"):
            v = s.get(k)
            if v:
                print("   %s: %s" % (k, json.dumps(v, ensure_ascii=False)[:600]))
    for a in d.get("accounts", []):
        print(" ACCOUNT", a["label"], "| values:", json.dumps(a.get("values"), ensure_ascii=False)[:500])
        for c in a.get("citations", []):
            print("    [%s] %s %s %s sp=%s | %s" % (c["n"], c["outlet"], c["published"], c["article_id"], c.get("speaker"), c["quote"][:260].replace("\n", " ")))
    extra = set(d) - {"question", "by", "accounts", "slots"}
    if extra:
        print(" EXTRA keys:", {k: d[k] for k in extra})
