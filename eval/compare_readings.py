"""Print every compare reading of a suite, marked right or wrong against its labels.

    NEWSQA_EMBEDDING__PRECISION=fp32 python eval/compare_readings.py eval/suites/coverage-real \\
        > before.txt
    # change a rule, then
    NEWSQA_EMBEDDING__PRECISION=fp32 python eval/compare_readings.py eval/suites/coverage-real \\
        > after.txt && diff before.txt after.txt

A rule is kept only if this diff shows no reading turned wrong (docs/coverage.md). Each line:
the mark (blank when right, WRONG, or "earlier" for a reading that does not lead), the kind,
the account, the value, the report's date and the sentence it comes from. The last line is
the suite's slot precision, recall and false contradictions, as ``newsqa eval`` counts them.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from assistant.answer.chain import Assistant
from assistant.config import Settings
from assistant.evaluation.coverage import load_labels, score_compare
from assistant.evaluation.runner import suite_index
from assistant.evaluation.suite import load_suite


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("suite", type=Path)
    args = ap.parse_args()
    suite = load_suite(args.suite)
    settings = Settings()
    index, _, _ = suite_index(suite, settings)
    assistant = Assistant(index, index.settings.model_copy(
        update={"retrieval": settings.retrieval, "answer": settings.answer}))
    tally: Counter[str] = Counter()
    for gold in load_labels(args.suite).compare:
        c = assistant.compare(gold.question)
        n, row = score_compare(gold, c)
        tally.update(n)
        print(f"== {gold.split} {gold.id} {gold.question}")
        for g in gold.slots:
            print("   gold", g.kind, dict(g.values))
        quotes = {ci.n: ci.quote for a in c.accounts for ci in a.citations}
        for slot in c.slots:
            for account, readings in slot.readings.items():
                for r in readings:
                    scored = [x for x in row["reported"] if x["value"] == r.value]
                    mark = "" if any(x["right"] for x in scored) else \
                        "WRONG" if scored else "earlier"
                    print(f"   {mark:7} {slot.kind} [{account}] {r.value!r} {r.published} :: "
                          f"{quotes.get(r.citation, '')[:300]!r}")
    index.close()
    print(f"precision {tally['right']}/{tally['reported']} recall {tally['found']}/"
          f"{tally['gold']} false contradictions {tally['false']}/{tally['compared']}")


if __name__ == "__main__":
    main()
