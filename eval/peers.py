"""The naive peers of issue 12, scored on a newsbench suite beside newsqa, in one table.

    python eval/peers.py ../shared/data/newsbench-dev --ours eval/reports/newsbench-dev/report.json

What a user gets without newsqa, built the way the tutorials build it, over the same corpus
and scored with the same metrics (``assistant/evaluation/metrics.py``: a passage "hits" when
it holds a gold answer string; an answer is correct when it does):

- **bm25s**: BM25 (bm25s, English stop words) over the tutorial's chunks.
- **LangChain tutorial**: ``RecursiveCharacterTextSplitter(1000, 200)`` over "title + text",
  all-MiniLM-L6-v2 (the bundled files), a Chroma collection, top-k by distance.
- **naive RRF**: reciprocal-rank fusion (k=60, equal weights) of those two.
- **naive extractive, best 1 / best 3**: the dense top 5 chunks, split into sentences, the
  1 or 3 sentences closest to the question by MiniLM cosine. It never refuses.

Chunk vectors are cached under ``--cache`` (keyed by the corpus file's hash), so a second run
only embeds the questions. The newsqa row comes from a ``newsqa eval`` report (``--ours``).
Nothing here is fitted: there is nothing to tune, so it may read any suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from assistant.evaluation.metrics import contains_any

SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[A-Z\"“‘(])")


def load(suite: Path) -> tuple[list[dict], list[dict], str]:
    corpus = suite / "corpus.jsonl"
    articles = [json.loads(line) for line in corpus.read_text("utf-8").splitlines() if line]
    questions = [json.loads(line) for line in (suite / "questions.jsonl").read_text("utf-8")
                 .splitlines() if line]
    return articles, questions, hashlib.sha256(corpus.read_bytes()).hexdigest()[:12]


def chunk(articles: list[dict]) -> list[str]:
    from langchain_core.documents import Document
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    docs = [Document(page_content=f"{a.get('title') or ''}\n\n{a['text']}".strip(),
                     metadata={"id": a["id"]}) for a in articles]
    return [d.page_content for d in splitter.split_documents(docs)]


def model() -> Any:
    from assistant.config import BUNDLED_MODEL
    from assistant.index.embedder import load_model

    return load_model(BUNDLED_MODEL, "cpu")


def encode(m: Any, texts: list[str]) -> np.ndarray:
    return np.asarray(m.encode(texts, batch_size=32, normalize_embeddings=True,
                               show_progress_bar=False), dtype=np.float32)


def chroma_ranks(vectors: np.ndarray, queries: np.ndarray, k: int) -> list[list[int]]:
    """Top-k chunk indices per query from an in-memory Chroma collection (the tutorial's
    store; L2 distance, its default)."""
    import chromadb

    client = chromadb.EphemeralClient()
    col = client.get_or_create_collection(f"peer{time.time_ns()}")
    ids = [str(i) for i in range(len(vectors))]
    step = 4000
    for s in range(0, len(ids), step):
        col.add(ids=ids[s:s + step], embeddings=vectors[s:s + step].tolist())
    out = col.query(query_embeddings=queries.tolist(), n_results=k)
    return [[int(i) for i in row] for row in out["ids"]]


def bm25_ranks(chunks: list[str], questions: list[str], k: int) -> list[list[int]]:
    import bm25s

    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(chunks, stopwords="en", show_progress=False),
                    show_progress=False)
    docs, _ = retriever.retrieve(bm25s.tokenize(questions, stopwords="en", show_progress=False),
                                 k=k, show_progress=False)
    return [[int(i) for i in row] for row in docs]


def rrf(*lists: list[int], k: int = 60) -> list[int]:
    score: dict[int, float] = defaultdict(float)
    for ranked in lists:
        for r, c in enumerate(ranked, start=1):
            score[c] += 1.0 / (k + r)
    return sorted(score, key=lambda c: -score[c])


def firsts(ranks: list[list[int]], chunks: list[str], qs: list[dict]) -> dict[str, int | None]:
    """Per question id, the rank (from 1) of the first of the top 10 that holds a gold
    string, or None."""
    return {q["id"]: next((r for r, c in enumerate(ranked[:10], 1)
                           if contains_any(chunks[c], q["answers"])), None)
            for ranked, q in zip(ranks, qs, strict=True)}


def retrieval(first: dict[str, int | None]) -> dict[str, float]:
    n = len(first) or 1
    return {"hit@5": sum(1 for r in first.values() if r and r <= 5) / n,
            "MRR@10": sum(1 / r for r in first.values() if r) / n}


def extractive(m: Any, dense: list[list[int]], chunks: list[str], qs: list[dict],
               qvecs: np.ndarray, best: int) -> dict[str, bool]:
    """Per question id, whether the ``best`` sentences closest to it hold a gold string."""
    right = {}
    for ranked, q, qv in zip(dense, qs, qvecs, strict=True):
        sents = [s for c in ranked[:5] for s in SENTENCE_END.split(chunks[c]) if s.strip()]
        sims = encode(m, sents) @ qv
        answer = " ".join(sents[i] for i in np.argsort(-sims)[:best])
        right[q["id"]] = contains_any(answer, q["answers"])
    return right


# the days before the quiz's date that count as its week's coverage, and after it (a story
# dated tomorrow in another time zone)
WEEK_BEFORE, WEEK_AFTER = 8, 1


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "")[:10].replace("/", "-"))
    except ValueError:
        return None


def where_answered(q: dict, articles: list[dict]) -> str:
    """Where a question's gold string sits in the corpus: "week" when an article of the
    quiz's week holds it, else "undated" when an undated article does, else "other weeks"
    (it is only in coverage from before or after the week, often by chance: "Shein" in
    "Sheinbaum", "TRUE" in "a true testament")."""
    asked = _day(q.get("date"))
    undated = False
    for a in articles:
        if not contains_any(f"{a.get('title') or ''}\n{a['text']}", q["answers"]):
            continue
        day = _day(a.get("published"))
        if day is None or asked is None:
            undated = True
        elif -WEEK_AFTER <= (asked - day).days <= WEEK_BEFORE:
            return "week"
    return "undated" if undated else "other weeks"


def ours(report: Path | None) -> dict[str, float] | None:
    if not report:
        return None
    data = json.loads(report.read_text("utf-8"))
    m = data["overall"]
    return {"hit@5": m.get("answer_hit@5"), "MRR@10": m.get("mrr@10"),
            "accuracy": m.get("answer_accuracy")}


def ours_by_question(report: Path | None) -> dict[str, dict[str, bool]] | None:
    """Per question id, newsqa's hit@5 and correctness, from the ``details.jsonl`` beside
    its report."""
    details = report.parent / "details.jsonl" if report else None
    if details is None or not details.is_file():
        return None
    out = {}
    for line in details.read_text("utf-8").splitlines():
        row = json.loads(line)
        if row.get("answerable"):
            v = row["verdict"]
            out[row["id"]] = {"hit@5": bool(v.get("hit@5")), "correct": bool(v.get("correct"))}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("suite", type=Path, help="a newsbench folder (corpus.jsonl, questions.jsonl)")
    ap.add_argument("--ours", type=Path, help="newsqa's report.json on the same suite")
    ap.add_argument("--cache", type=Path, default=Path(".cache/peers"),
                    help="where chunk vectors are kept between runs")
    ap.add_argument("--json", type=Path, help="also write the table as JSON here")
    args = ap.parse_args()

    articles, questions, digest = load(args.suite)
    qs = [q for q in questions if q.get("answerable", True) and q.get("answers")]
    chunks = chunk(articles)
    m = model()
    cache = args.cache / f"{args.suite.name}-{digest}-rcts1000.npy"
    if cache.is_file():
        vectors = np.load(cache)
    else:
        print(f"embedding {len(chunks)} chunks ...", file=sys.stderr)
        vectors = encode(m, chunks)
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.save(cache, vectors)
    qvecs = encode(m, [q["question"] for q in qs])
    dense = chroma_ranks(vectors, qvecs, 10)
    sparse = bm25_ranks(chunks, [q["question"] for q in qs], 10)
    fused = [rrf(a, b)[:10] for a, b in zip(sparse, dense, strict=True)]

    rows: dict[str, dict[str, float | None]] = {}
    # per system, per question: hit@5 and (for answerers) correct
    per_q: dict[str, dict[str, dict[str, bool]]] = {}
    if (o := ours(args.ours)) is not None:
        rows["newsqa"] = dict(o)
        if (by_q := ours_by_question(args.ours)) is not None:
            per_q["newsqa"] = by_q
    for name, ranks in (("bm25s (RCTS 1000/200 chunks)", sparse),
                        ("LangChain tutorial (RCTS 1000/200, MiniLM, Chroma)", dense),
                        ("naive RRF of the two", fused)):
        first = firsts(ranks, chunks, qs)
        rows[name] = {**retrieval(first), "accuracy": None}
        per_q[name] = {i: {"hit@5": bool(r and r <= 5)} for i, r in first.items()}
    for best in (1, 3):
        name = f"naive extractive, best {best} sentence{'s' if best > 1 else ''} of dense top 5"
        right = extractive(m, dense, chunks, qs, qvecs, best)
        rows[name] = {"hit@5": None, "MRR@10": None,
                      "accuracy": sum(right.values()) / (len(right) or 1)}
        per_q[name] = {i: {"correct": r} for i, r in right.items()}

    def cell(v: float | None) -> str:
        return "–" if v is None else f"{v:.3f}"

    print(f"\n{args.suite.name}: {len(articles)} articles, {len(chunks)} peer chunks, "
          f"{len(qs)} answerable questions\n")
    print("| system | hit@5 | MRR@10 | answer accuracy |\n|---|---|---|---|")
    for name, r in rows.items():
        print(f"| {name} | {cell(r['hit@5'])} | {cell(r['MRR@10'])} | {cell(r['accuracy'])} |")

    # the same, by where the gold string sits in the corpus
    where = {q["id"]: where_answered(q, articles) for q in qs}
    parts = [w for w in ("week", "undated", "other weeks") if w in where.values()]
    sizes = {w: sum(1 for v in where.values() if v == w) for w in parts}
    by_where: dict[str, dict[str, dict[str, float]]] = {}
    print("\nBy where the gold string is: in an article of the quiz's week, only in undated "
          "ones, or only in other weeks' coverage (hit@5 / answer accuracy):\n")
    print("| system | " + " | ".join(f"{w} (n={sizes[w]})" for w in parts) + " |")
    print("|---|" + "---|" * len(parts))
    for name, got in per_q.items():
        cells = []
        for w in parts:
            ids = [i for i, v in where.items() if v == w and i in got]
            stats: dict[str, float] = {
                m: sum(got[i][m] for i in ids) / len(ids)
                for m in ("hit@5", "correct") if ids and m in got[ids[0]]}
            by_where.setdefault(name, {})[w] = stats
            cells.append(" / ".join(f"{stats[m]:.3f}" if m in stats else "–"
                                    for m in ("hit@5", "correct")))
        print(f"| {name} | " + " | ".join(cells) + " |")
    if args.json:
        args.json.write_text(json.dumps({"suite": args.suite.name, "rows": rows,
                                         "where": sizes, "by_where": by_where}, indent=2))


if __name__ == "__main__":
    main()
