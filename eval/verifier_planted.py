"""How well the verifier catches planted errors, and how often it flags correct paraphrases.

    python eval/verifier_planted.py ../shared/data/newsbench-dev [--n 60] [--seed 7]

From real article sentences (with a number, a date word or a proper name), it builds wrong
sentences, ``--n`` of each kind:

- number: one number changed; name: one name swapped for a name from another article;
  date: one month/weekday changed; unrelated: a sentence of another article cited against
  this passage; unrelated-plain: the same with no name, number or date in it;
- negation: a negation put in ("was" -> "was not", "has" -> "hasn't") or taken out
  ("did not" -> "did", "never " -> "");
- swapped-roles: two names that stand on either side of a content word are swapped
  ("Biden told McCarthy" -> "McCarthy told Biden");
- reversed-direction: a word of a direction pair replaced by its opposite (rose/fell,
  more/less, before/after, won/lost, approved/rejected, "over 60"/"under 60", ...);
- flipped-quantifier: all/some/none/most/few/many, every/no, always/never, first/last,
  only/also swapped.

The generators' word lists are written here, apart from the verifier's lexicon, and cover
pairs that the lexicon does not: a miss is reported, not hidden.

And correct sentences, as many as all the wrong ones together, in four groups of a quarter:
- reworded: attribution moved to the front, "said" -> "stated", "more than" -> "over", a
  leading time phrase moved to the end, thousands separators dropped, a trailing clause
  dropped;
- negation kept: a sentence that holds a negation, reworded as above or with the negation
  contracted or expanded ("did not" <-> "didn't");
- clause taken out: one clause of a sentence cut at "; ", ", but", ", while", ... on its
  own (so "Y did not attend; X attended" gives "X attended.");
- reordered: two coordinated names swapped ("A and B" -> "B and A"), or a leading
  subordinate clause moved to the end ("After X, Y." -> "Y after X.").

Each is verified against its source passage (the 1,000 characters around the original),
with the attribution of the original sentence as ingest would store it. It prints the catch
rate per kind, the false-flag rate per group, and the verification time per answer (three
sentences, one passage each) at p50 and p95.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import random
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from assistant.answer import verify
from assistant.answer.attribution import covering
from assistant.answer.contradiction import align, roles
from assistant.answer.verify import checkable_facts, verify_sentence
from assistant.nlp import clauses
from assistant.nlp.attribution import find_attributions
from assistant.nlp.sentences import split_sentences
from assistant.types import Attribution

_NUM = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\w,.]\d)")
_NAME = re.compile(r"(?<=\s)([A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})+)")
_MONTHS = ("January February March April May June July August September October November "
           "December").split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

CACHES = (verify._indexed, align.sentences_of, clauses.clauses, clauses.masked, roles._words)
Item = tuple[str, str, str]  # (original sentence, sentence to verify, passage)


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


KINDS = ("number", "name", "date", "unrelated", "unrelated-plain", "negation",
         "swapped-roles", "reversed-direction", "flipped-quantifier")
_NEGATABLE = re.compile(r"\b(is|was|were|are|will|has|had|can|would)\b")
_CONTRACT = {"is": "isn't", "was": "wasn't", "were": "weren't", "are": "aren't",
             "will": "won't", "has": "hasn't", "had": "hadn't", "can": "can't",
             "would": "wouldn't"}
_NEGATED = re.compile(r"\b(?:(did|does|do|was|were|is|are|has|have|had|could|would|will|can)"
                      r" not|(did|does|do|was|were|is|are|has|have|had|could|would)n[’']t"
                      r"|never) ")

# the reversed-direction generator's own pairs (each way)
_OPPOSITES = [
    ("more", "less"), ("more", "fewer"), ("increased", "decreased"), ("increase", "decrease"),
    ("increases", "decreases"), ("increasing", "decreasing"), ("rose", "fell"),
    ("rise", "fall"), ("rising", "falling"), ("rises", "falls"), ("higher", "lower"),
    ("highest", "lowest"), ("before", "after"), ("won", "lost"), ("win", "lose"),
    ("wins", "loses"), ("approved", "rejected"), ("approve", "reject"), ("gained", "lost"),
    ("largest", "smallest"), ("biggest", "smallest"), ("most", "least"), ("better", "worse"),
    ("best", "worst"), ("earlier", "later"), ("older", "younger"), ("longer", "shorter"),
    ("grew", "shrank"), ("raised", "lowered"), ("supported", "opposed"),
    ("support", "oppose"), ("maximum", "minimum"), ("strengthened", "weakened"),
    ("accepted", "rejected"), ("passed", "rejected"), ("boosted", "cut"), ("jumped", "dropped"),
    ("surged", "plunged"), ("climbed", "declined"), ("ahead", "behind"), ("upper", "lower"),
    ("gain", "loss"), ("growth", "decline"), ("expanded", "contracted"),
    ("allowed", "banned"), ("convicted", "acquitted"), ("first", "last"),
]
_QUANTITY_WORDS = {"over": "under", "under": "over", "above": "below", "below": "above",
                   "up": "down", "down": "up"}
# the flipped-quantifier generator's own replacements
_FLIPS = {
    "all": ["no", "some"], "every": ["no"], "each": ["no"], "some": ["all", "no"],
    "none": ["all"], "most": ["few"], "many": ["few"], "few": ["many", "most"],
    "always": ["never"], "never": ["always"], "first": ["last"], "last": ["first"],
    "only": ["also"], "everyone": ["no one"], "nobody": ["everybody"],
    "everything": ["nothing"], "nothing": ["everything"], "both": ["neither"],
}
_ROLE_STOP = frozenset("""of the and with for from into onto over under about a an in on at
to by or as than that this these those his her their its our which who whom whose""".split())


def _case(like: str, word: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _negate(s: str, rng: random.Random) -> str | None:
    m = _NEGATED.search(s)
    if m and rng.random() < 0.4:  # take an existing negation out
        aux = m.group(1) or m.group(2)
        return s[:m.start()] + (f"{aux} " if aux else "") + s[m.end():]
    m = _NEGATABLE.search(s)
    if not m:
        return None
    word = m.group(1)
    new = _CONTRACT[word] if rng.random() < 0.3 else f"{word} not"
    return s[:m.start()] + new + s[m.end():]


_NOT_NAME = frozenset("""The A An In On At But And Or If When What Who Which Where Why How
He She It They We I You His Her Its Their Our This That These Those There However After
Before While Although Because As Since Until More Less Most Some All Many No Not""".split())


def _name_runs(s: str) -> list[re.Match[str]]:
    """Whole runs of capitalised words, not at the start of the sentence."""
    runs = re.finditer(r"(?<=[\s“\"(])([A-Z][a-z]+(?:\s[A-Z][a-z]+)*)(?=[\s,.”\")])", s)
    return [m for m in runs if m.start() > 1 and m.group(1) not in _MONTHS + _DAYS
            and not set(m.group(1).split()) & _NOT_NAME
            and not re.search(r"[A-Z][\w.’']*[\s/]$", s[:m.start()])  # a whole run:
            and not re.match(r"[’']s\b|\.?\s[A-Z]", s[m.end():])]  # none before or after


def _swap_roles(s: str) -> str | None:
    """Two names on either side of a content word, swapped."""
    runs = _name_runs(" " + s)
    for a, b in itertools.pairwise(runs):
        x, y = a.group(1), b.group(1)
        between = s[a.end() - 1:b.start() - 1]
        words = re.findall(r"[a-z]+", between)
        if x == y or set(x.split()) & set(y.split()) or not 1 <= len(words) <= 8:
            continue
        if s.count(x) > 1 or s.count(y) > 1:
            continue  # a name said twice: which one was swapped is not clear
        if re.search(r"[^\w\s]", between.strip(" ")) or not any(
                len(w) >= 4 and w not in _ROLE_STOP for w in words):
            continue
        start, end = a.start() - 1, b.end() - 1
        return s[:start] + y + s[a.end() - 1:b.start() - 1] + x + s[end:]
    return None


def _reverse_direction(s: str, rng: random.Random) -> str | None:
    options = []
    for w, v in _QUANTITY_WORDS.items():
        for m in re.finditer(rf"\b{w} (?=\$?\d)", s, re.I):
            options.append((m.start(), m.start() + len(w), _case(m.group(0), v)))
    for a, b in _OPPOSITES:
        for x, y in ((a, b), (b, a)):
            for m in re.finditer(rf"\b{x}\b", s, re.I):
                options.append((m.start(), m.end(), _case(m.group(0), y)))
    if not options:
        return None
    start, end, new = rng.choice(sorted(options))
    return s[:start] + new + s[end:]


def _flip_quantifier(s: str, rng: random.Random) -> str | None:
    options = [(m.start(), m.end(), m.group(0)) for w in _FLIPS
               for m in re.finditer(rf"\b{w}\b", s, re.I)
               if not (w == "some" and re.match(r"\s\d", s[m.end():]))  # about 50
               and not re.search(r"(?:\b(?:a|at|after|above|for)\s|-)$", s[:m.start()], re.I)
               and not re.match(r"-|\s(?:over|but|right)\b", s[m.end():])]
    # ("a few", "at all", "after all", "all-time", "all over", "all but" are idioms)
    if not options:
        return None
    start, end, word = rng.choice(sorted(options))
    return s[:start] + _case(word, rng.choice(_FLIPS[word.lower()])) + s[end:]


def corrupt(s: str, kind: str, rng: random.Random, names: list[str],
            plain: list[str], pool: list[tuple[str, str]]) -> str | None:
    if kind == "unrelated":
        return rng.choice(pool)[0]
    if kind == "unrelated-plain":  # no name, number or date: only the overlap check can help
        return rng.choice(plain) if plain else None
    if kind == "negation":
        return _negate(s, rng)
    if kind == "swapped-roles":
        return _swap_roles(s)
    if kind == "reversed-direction":
        return _reverse_direction(s, rng)
    if kind == "flipped-quantifier":
        return _flip_quantifier(s, rng)
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
    (re.compile(r"(?<!\bno )(?<!\bnot )\bmore than\b"), lambda m: "over"),
    (re.compile(r"\b(\d{1,3}),(\d{3})\b"), lambda m: m.group(1) + m.group(2)),
    (re.compile(r"^(?P<head>.{40,}?), (?:which|who|while|as|after|before) [^,]+\.$"),
     lambda m: m["head"] + "."),
]


def reworded(s: str) -> str | None:
    """Every rule that applies, one after another; None when none does."""
    out = s
    for pattern, make in _RULES:
        m = pattern.search(out)
        if m:
            out = make(m) if pattern.pattern.startswith("^") else (
                out[:m.start()] + make(m) + out[m.end():])
    return out if out != s else None


_CONTRACTIONS = [(f"{a} not", f"{a}n't") for a in
                 ("did", "does", "do", "was", "were", "is", "are", "has", "have", "had",
                  "could", "would", "should")] + [("will not", "won't"), ("cannot", "can't")]


def negation_kept(s: str) -> str | None:
    """A sentence with a negation, reworded with the negation intact."""
    if not _NEGATED.search(s) and not re.search(r"\b(?:not|never|cannot|no)\b|n[’']t\b", s):
        return None
    out = s
    for full, short in _CONTRACTIONS:
        for a, b in ((full, short), (short, full), (short.replace("'", "’"), full)):
            if re.search(rf"\b{a}\b", out):
                out = re.sub(rf"\b{a}\b", b, out, count=1)
                break
        else:
            continue
        break
    return reworded(out) or (out if out != s else None)


_CUT = re.compile(r"; |, but |, while |, whereas |, although |, though |, yet ")


def clause_taken_out(s: str, passage: str, rng: random.Random) -> str | None:
    """One clause of a sentence that has several, on its own (from sentences that attribute
    nothing: a clause cut from reported speech would drop the attribution)."""
    if said_for(s, passage)[0] is not None:
        return None
    if re.search(r"\bnot (?:only|just|merely)\b", s):
        return None  # "not only X, but Y": the "but" does not start a clause of its own
    parts = [p.strip(" .") for p in _CUT.split(s)]
    parts = [p for p in parts if len(p.split()) >= 6 and not p.startswith(("“", '"'))
             and p.count("“") == p.count("”") and p.count('"') % 2 == 0]
    if len(_CUT.findall(s)) == 0 or not parts:
        return None
    p = rng.choice(parts)
    return p[0].upper() + p[1:] + "."


_LEADING = re.compile(r"^(?P<sub>(?:After|Before|When|While|Although|Because|As|Since|Until) "
                      r"[^,]{8,80}), (?P<main>[a-z][^;]+)\.$")


def reordered(s: str) -> str | None:
    """Coordinated names swapped, or a leading subordinate clause moved to the end."""
    runs = {m.start(): m for m in _name_runs(" " + s)}
    for m in runs.values():
        rest = (" " + s)[m.end():]
        if not rest.startswith(" and "):
            continue
        other = runs.get(m.end() + 5)
        if other is None or re.match(r"[’'\w-]", (" " + s)[other.end():other.end() + 1]):
            continue
        a, b = m.group(1), other.group(1)
        return s[:m.start() - 1] + f"{b} and {a}" + s[other.end() - 1:]
    if (m := _LEADING.match(s)) and not re.match(r"[A-Z]", m["main"]):
        sub = m["sub"][0].lower() + m["sub"][1:]
        return f"{m['main'][0].upper()}{m['main'][1:]} {sub}."
    return None


GROUPS = ("reworded", "negation kept", "clause taken out", "reordered")


def correct(s: str, passage: str, group: str, rng: random.Random) -> str | None:
    makers: dict[str, Callable[[], str | None]] = {
        "reworded": lambda: reworded(s), "negation kept": lambda: negation_kept(s),
        "clause taken out": lambda: clause_taken_out(s, passage, rng),
        "reordered": lambda: reordered(s)}
    return makers[group]()


@functools.cache
def said_for(original: str, passage: str) -> list[Attribution | None]:
    """The attribution ingest would store for the span quoted from ``passage``."""
    i = passage.find(original)
    attributions = find_attributions("p", passage)
    return [covering(attributions, "p", i, i + len(original)) if i >= 0 else None]


REJECTED: list[str] = []


def build(pool: list[tuple[str, str]], n: int, rng: random.Random,
          ) -> tuple[dict[str, list[Item]], dict[str, list[Item]]]:
    names = sorted({m.group(1) for s, _ in pool[:3000] for m in _NAME.finditer(s)})
    plain = [x for x, _ in pool[:4000] if not checkable_facts(x)]
    wrong: dict[str, list[Item]] = {k: [] for k in KINDS}
    right: dict[str, list[Item]] = {g: [] for g in GROUPS}
    per_group = -(-n * len(KINDS) // len(GROUPS))
    for s, passage in pool:
        if not verify_sentence(s, [passage], 0.5, said_for(s, passage)).supported:
            REJECTED.append(s)  # the verbatim sentence is flagged: no rewording can be right
            continue
        for kind in sorted(KINDS, key=lambda k: len(wrong[k])):
            if len(wrong[kind]) < n and (bad := corrupt(s, kind, rng, names, plain, pool)) \
                    and bad != s:
                wrong[kind].append((s, bad, passage))
                break
        else:
            for group in sorted(GROUPS, key=lambda g: len(right[g])):
                if len(right[group]) < per_group and (good := correct(s, passage, group, rng)) \
                        and good != s:
                    right[group].append((s, good, passage))
                    break
        if all(len(v) >= n for v in wrong.values()) and \
                all(len(v) >= per_group for v in right.values()):
            break
    return wrong, right


def main() -> None:
    ap = argparse.ArgumentParser(description="Planted-error benchmark for the verifier.")
    ap.add_argument("suite", type=Path)
    ap.add_argument("--n", type=int, default=60, help="Sentences of each kind (default 60).")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--show", type=int, default=0, help="Print N misses and false flags each.")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    pool = candidates(args.suite / "corpus.jsonl")
    rng.shuffle(pool)
    wrong, right = build(pool, args.n, rng)
    said = {(s, p): said_for(s, p) for items in (*wrong.values(), *right.values())
            for s, _, p in items}
    n_wrong, n_right = sum(map(len, wrong.values())), sum(map(len, right.values()))
    print(f"{args.suite.name}: {n_wrong} wrong sentences ({args.n} of each kind), {n_right} "
          f"correct ones (seed {args.seed}); {len(REJECTED)} source sentences left out because "
          "the verifier flags them verbatim (an attribution they do not carry)\n")

    def check(item: Item, t: float = 0.5):
        s, x, p = item
        return verify_sentence(x, [p], t, said[(s, p)])

    print("| planted error | caught at min_support 0.5 | as contradicted | as unsupported |")
    print("|---|---|---|---|")
    for k in KINDS:
        got = [check(i) for i in wrong[k]]
        c = sum(not v.supported for v in got)
        contra = sum(v.verdict == "contradicted" for v in got)
        print(f"| {k} | {c}/{len(got)} = {c / len(got):.2f} | {contra} | {c - contra} |")
    print("\n| correct sentences | flagged at min_support 0.5 | as contradicted |")
    print("|---|---|---|")
    total = 0
    for g in GROUPS:
        got = [check(i) for i in right[g]]
        c = sum(not v.supported for v in got)
        total += c
        contra = sum(v.verdict == "contradicted" for v in got)
        print(f"| {g} | {c}/{len(got)} = {c / len(got):.3f} | {contra} |")
    print(f"| **all** | **{total}/{n_right} = {total / n_right:.3f}** | |")

    print("\n| min_support | caught: all planted | false flags |")
    print("|---|---|---|")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7):
        c = sum(not check(i, t).supported for v in wrong.values() for i in v)
        f = sum(not check(i, t).supported for v in right.values() for i in v)
        print(f"| {t:.1f} | {c}/{n_wrong} = {c / n_wrong:.3f} | {f}/{n_right} = "
              f"{f / n_right:.3f} |")

    # time per answer: three sentences, each against its own passage, as the chain does
    # (caches emptied before each answer: a new answer cites passages not seen before)
    items = [i for v in (*wrong.values(), *right.values()) for i in v]
    random.Random(args.seed).shuffle(items)
    # (CPU time is what verifying costs; wall time adds whatever else the machine runs)
    wall, cpu = [], []
    for j in range(0, len(items) - 2, 3):
        for cache in CACHES:
            cache.cache_clear()
        t0, c0 = time.perf_counter(), time.process_time()
        for item in items[j:j + 3]:
            check(item)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    print(f"\nverification per answer (3 sentences, each citing its own passage not seen "
          f"before; {len(wall)} answers):")
    for name, times in (("CPU time", cpu), ("wall time", wall)):
        q = statistics.quantiles(times, n=20)
        print(f"  {name}: p50 {statistics.median(times):.2f} ms, p95 {q[18]:.2f} ms, "
              f"max {max(times):.2f} ms")

    print("\nexamples:")
    for k in KINDS:
        s, b, _ = wrong[k][0]
        print(f"  {k}: {b}\n   from: {s}")
    for g in GROUPS:
        s, x, _ = right[g][0]
        print(f"  {g}: {x}\n   from: {s}")
    if args.show:
        print("\nmisses:")
        for k in KINDS:
            for item in [i for i in wrong[k] if check(i).supported][:args.show]:
                print(f"  [{k}] {item[1]}\n     from: {item[0]}")
        print("\nfalse flags:")
        for g in GROUPS:
            for item in [i for i in right[g] if not check(i).supported][:args.show]:
                v = check(item)
                print(f"  [{g}] {item[1]}\n     from: {item[0]}\n     {v.verdict}: {v.reason}")


if __name__ == "__main__":
    main()
