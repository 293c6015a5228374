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


def retrieval(ranks: list[list[int]], chunks: list[str], qs: list[dict]) -> dict[str, float]:
    hit5 = mrr = 0.0
    n = 0
    for ranked, q in zip(ranks, qs, strict=True):
        if not (q.get("answerable", True) and q.get("answers")):
            continue
        n += 1
        first = next((r for r, c in enumerate(ranked[:10], 1) if contains_any(chunks[c],
                                                                              q["answers"])), None)
        if first:
            mrr += 1 / first
            hit5 += first <= 5
    return {"hit@5": hit5 / n, "MRR@10": mrr / n}


def extractive(m: Any, dense: list[list[int]], chunks: list[str], qs: list[dict],
               qvecs: np.ndarray, best: int) -> float:
    right = n = 0
    for ranked, q, qv in zip(dense, qs, qvecs, strict=True):
        if not (q.get("answerable", True) and q.get("answers")):
            continue
        n += 1
        sents = [s for c in ranked[:5] for s in SENTENCE_END.split(chunks[c]) if s.strip()]
        sims = encode(m, sents) @ qv
        answer = " ".join(sents[i] for i in np.argsort(-sims)[:best])
        right += contains_any(answer, q["answers"])
    return right / n


def ours(report: Path | None) -> dict[str, float] | None:
    if not report:
        return None
    data = json.loads(report.read_text("utf-8"))
    m = data["overall"]
    return {"hit@5": m.get("answer_hit@5"), "MRR@10": m.get("mrr@10"),
            "accuracy": m.get("answer_accuracy")}


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
    if (o := ours(args.ours)) is not None:
        rows["newsqa"] = o
    rows["bm25s (RCTS 1000/200 chunks)"] = {**retrieval(sparse, chunks, qs), "accuracy": None}
    rows["LangChain tutorial (RCTS 1000/200, MiniLM, Chroma)"] = {
        **retrieval(dense, chunks, qs), "accuracy": None}
    rows["naive RRF of the two"] = {**retrieval(fused, chunks, qs), "accuracy": None}
    for best in (1, 3):
        rows[f"naive extractive, best {best} sentence{'s' if best > 1 else ''} of dense top 5"] = {
            "hit@5": None, "MRR@10": None,
            "accuracy": extractive(m, dense, chunks, qs, qvecs, best)}

    def cell(v: float | None) -> str:
        return "–" if v is None else f"{v:.3f}"

    print(f"\n{args.suite.name}: {len(articles)} articles, {len(chunks)} peer chunks, "
          f"{len(qs)} answerable questions\n")
    print("| system | hit@5 | MRR@10 | answer accuracy |\n|---|---|---|---|")
    for name, r in rows.items():
        print(f"| {name} | {cell(r['hit@5'])} | {cell(r['MRR@10'])} | {cell(r['accuracy'])} |")
    if args.json:
        args.json.write_text(json.dumps({"suite": args.suite.name, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
