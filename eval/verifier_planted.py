"""How well the verifier catches planted errors, and how often it flags correct paraphrases.

    python eval/verifier_planted.py ../shared/data/newsbench-dev [--n 60] [--seed 7]

From real article sentences (with a number, a date word or a proper name), it builds:
- wrong sentences, in equal shares: one number changed; one name swapped for a name from
  another article; one month/weekday changed; a sentence of another article cited against
  this passage (unrelated), the same with no name, number or date in it (unrelated-plain,
  where only the term-overlap threshold can help); and a negation ("was" -> "was not"),
  which a lexical check is not expected to catch and is reported so the limit is visible;
- correct paraphrases: the same facts reworded by rules (attribution moved to the front,
  "said" → "stated", "more than" → "over", a leading time phrase moved to the end,
  thousands separators dropped, a trailing clause dropped).
Each is verified against its source passage (the 1,000 characters around the original).
It prints the catch rate and false-flag rate for several min_support thresholds.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from assistant.answer.verify import checkable_facts, verify_sentence
from assistant.nlp.sentences import split_sentences

_NUM = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w,.]\d)")
_NAME = re.compile(r"(?<=\s)([A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})+)")
_MONTHS = ("January February March April May June July August September October November "
           "December").split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def candidates(corpus: Path) -> list[tuple[str, str]]:
    """(sentence, passage) pairs from real articles."""
    out = []
    for line in corpus.read_text("utf-8").splitlines():
        text = json.loads(line)["text"]
        if "We will use the details" in text or "How relevant is this ad" in text:
            continue  # the benchmark's boilerplate non-articles
        for s in split_sentences(text):
            if 60 <= len(s) <= 260 and (_NUM.search(s) or _NAME.search(s)):
                i = text.find(s)
                out.append((s, text[max(0, i - 450): i + len(s) + 450]))
    return out


KINDS = ("number", "name", "date", "unrelated", "unrelated-plain", "negation")
_NEGATABLE = re.compile(r"\b(is|was|were|are|will|has|had|can|would)\b")


def corrupt(s: str, kind: str, rng: random.Random, names: list[str],
            pool: list[tuple[str, str]]) -> str | None:
    if kind == "unrelated":
        return rng.choice(pool)[0]
    if kind == "unrelated-plain":  # no name, number or date: only the overlap check can help
        plain = [x for x, _ in pool[:4000] if not checkable_facts(x)]
        return rng.choice(plain) if plain else None
    if kind == "negation":
        m = _NEGATABLE.search(s)
        return s[:m.end()] + " not" + s[m.end():] if m else None
    if kind == "number" and (m := _NUM.search(s)):
        value = int(m.group(1).replace(",", ""))
        new = value + rng.choice([1, 2, 3, 10]) if value < 1900 or value > 2100 else value - 1
        text = f"{new:,}" if "," in m.group(1) else str(new)
        return s[:m.start()] + text + s[m.end():]
    if kind == "name" and (m := _NAME.search(s)):
        other = rng.choice([n for n in names if n.split()[-1] not in s])
        return s[:m.start()] + other + s[m.end():]
    if kind == "date":
        for group in (_MONTHS, _DAYS):
            for w in group:
                if re.search(rf"\b{w}\b", s):
                    return re.sub(rf"\b{w}\b", rng.choice([x for x in group if x != w]), s,
                                  count=1)
    return None


_RULES = [
    (re.compile(r"^(?P<claim>.+?), (?P<who>(?:[A-Z][\w.'-]*\s?){1,4}) (?P<verb>said|says|told)"
                r"(?P<rest>[^,]*)\.$"), lambda m: f"{m['who']} {m['verb']}{m['rest']} that "
                                                  f"{m['claim'][0].lower()}{m['claim'][1:]}."),
    (re.compile(r"^(?P<claim>.+?), according to (?P<src>[^,]+)\.$"),
     lambda m: f"According to {m['src']}, {m['claim'][0].lower()}{m['claim'][1:]}."),
    (re.compile(r"^(?P<when>(?:On|In|By|Last|Earlier) [^,]{3,30}), (?P<rest>.+)\.$"),
     lambda m: f"{m['rest'][0].upper()}{m['rest'][1:]} {m['when'][0].lower()}{m['when'][1:]}."),
    (re.compile(r"\bsaid\b"), lambda m: "stated"),
    (re.compile(r"\bmore than\b"), lambda m: "over"),
    (re.compile(r"\b(\d{1,3}),(\d{3})\b"), lambda m: m.group(1) + m.group(2)),
    (re.compile(r"^(?P<head>.{40,}?), (?:which|who|while|as|after|before) [^,]+\.$"),
     lambda m: m["head"] + "."),
]


def paraphrase(s: str) -> str | None:
    """Every rule that applies, one after another; None when none does."""
    out = s
    for pattern, make in _RULES:
        m = pattern.search(out)
        if m:
            out = make(m) if pattern.pattern.startswith("^") else (
                out[:m.start()] + make(m) + out[m.end():])
    return out if out != s else None


def main() -> None:
    ap = argparse.ArgumentParser(description="Planted-error benchmark for the verifier.")
    ap.add_argument("suite", type=Path)
    ap.add_argument("--n", type=int, default=60, help="Sentences of each kind (default 60).")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pool = candidates(args.suite / "corpus.jsonl")
    rng.shuffle(pool)
    names = sorted({m.group(1) for s, _ in pool[:3000] for m in _NAME.finditer(s)})
    wrong: dict[str, list[tuple[str, str, str]]] = {k: [] for k in KINDS}
    right: list[tuple[str, str, str]] = []
    per_kind = args.n
    for i, (s, passage) in enumerate(pool):
        kind = KINDS[i % len(KINDS)]
        if len(wrong[kind]) < per_kind and (bad := corrupt(s, kind, rng, names, pool)) \
                and bad != s:
            wrong[kind].append((s, bad, passage))
        elif len(right) < args.n and (good := paraphrase(s)):
            right.append((s, good, passage))
        if all(len(v) >= per_kind for v in wrong.values()) and len(right) >= args.n:
            break
    planted = [w for k in ("number", "name", "date") for w in wrong[k]]
    print(f"{sum(map(len, wrong.values()))} wrong sentences ({per_kind} of each kind), "
          f"{len(right)} correct paraphrases (seed {args.seed})\n")
    print("| min_support | " + " | ".join(f"caught: {k}" for k in KINDS)
          + " | caught: number+name+date | false flags on paraphrases |")
    print("|---|" + "---|" * (len(KINDS) + 2))
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        cells = []
        for k in KINDS:
            c = sum(not verify_sentence(b, [p], t).supported for _, b, p in wrong[k])
            cells.append(f"{c}/{len(wrong[k])}")
        c = sum(not verify_sentence(b, [p], t).supported for _, b, p in planted)
        false = sum(not verify_sentence(g, [p], t).supported for _, g, p in right)
        print(f"| {t:.1f} | " + " | ".join(cells) + f" | {c}/{len(planted)} = "
              f"{c / len(planted):.0%} | {false}/{len(right)} = {false / len(right):.0%} |")
    print("\nexamples:")
    for k in KINDS:
        s, b, _ = wrong[k][0]
        print(f"  {k}: {b}\n   from: {s}")
    for s, g, _ in right[:3]:
        print(f"  paraphrase: {g}\n        from: {s}")


if __name__ == "__main__":
    main()
