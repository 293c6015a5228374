"""Ingest throughput of the project against the raw embedder on the same chunks, and the
warm query latency of `ask` over the resulting index.

    python eval/bench_ingest.py ../shared/data/newsbench-dev [--articles N] [--questions M]

Method: the corpus's articles are loaded and chunked exactly as `newsqa ingest` does; the
embedding model alone encodes those chunk texts (after a warm-up), then the full pipeline
ingests the same articles into a fresh index in a temporary folder. Finally M questions of
the suite are asked through the whole chain (retrieve, answer, verify) in the same process.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np

from assistant.answer.chain import Assistant
from assistant.config import Settings
from assistant.index import Index
from assistant.index.embedder import Embedder
from assistant.ingest.chunking import chunk_article, embedding_text
from assistant.ingest.pipeline import ingest
from assistant.ingest.records import load_jsonl
from assistant.types import Article


def measure(suite: Path, n_articles: int | None, n_questions: int) -> dict[str, float]:
    """Raw embedder and project ingest on the same chunks, then warm `ask` latency."""
    lines = (suite / "corpus.jsonl").read_text("utf-8").splitlines()[:n_articles]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("\n".join(lines) + "\n")
        settings = Settings(data_dir=Path(tmp) / "data")
        settings.ingest.progress = False
        articles = [a for a in load_jsonl(corpus, corpus.read_bytes()) if isinstance(a, Article)]
        texts = [embedding_text(c, a.title) for a in articles
                 for c in chunk_article(a, settings.ingest.chunk_size,
                                        settings.ingest.chunk_overlap)]
        embedder = Embedder()
        embedder.encode(texts[:64])  # warm-up
        t0 = time.perf_counter()
        embedder.encode(texts)
        raw = len(texts) / (time.perf_counter() - t0)

        index = Index(settings, embedder=embedder)
        report = ingest([str(corpus)], index)

        questions = [json.loads(q)["question"] for q in
                     (suite / "questions.jsonl").read_text().splitlines()][:n_questions]
        assistant = Assistant(index)
        assistant.ask(questions[0])  # warm
        totals = [assistant.ask(q).timings_ms["total"] for q in questions]
    return {"articles": len(articles), "chunks": len(texts), "raw_cps": raw,
            "project_cps": report.chunks / report.seconds,
            "embed_share": report.embed_seconds / report.seconds,
            "p50": float(np.percentile(totals, 50)), "p95": float(np.percentile(totals, 95)),
            "questions": len(totals)}


def main() -> None:
    ap = argparse.ArgumentParser(description="Ingest and query benchmark.")
    ap.add_argument("suite", type=Path, help="A suite folder (corpus.jsonl, questions.jsonl).")
    ap.add_argument("--articles", type=int, default=None, help="Only the first N articles.")
    ap.add_argument("--questions", type=int, default=100, help="Questions for latency.")
    args = ap.parse_args()
    r = measure(args.suite, args.articles, args.questions)
    print("| measure | value | method |\n|---|---|---|")
    print(f"| articles / chunks | {r['articles']} / {r['chunks']} | first N articles |")
    print(f"| raw embedder | {r['raw_cps']:.1f} chunks/s | encode(), same chunks, warm |")
    print(f"| project ingest | {r['project_cps']:.1f} chunks/s | load+chunk+embed+Chroma+catalog |")
    print(f"| ratio | {r['project_cps'] / r['raw_cps']:.2f} | project / raw |")
    print(f"| embed share of ingest | {r['embed_share']:.0%} | |")
    print(f"| ask latency p50 / p95 | {r['p50']:.0f} / {r['p95']:.0f} ms | "
          f"{r['questions']} questions, warm process |")


if __name__ == "__main__":
    main()
