"""A synthetic archive-sized index (default 100k chunks) and the answer latency on it.

    python eval/bench_scale.py ../shared/data/newsbench-dev [--chunks 100000] [--questions 100]

How the index is made (embedding 100k chunks would take ~2 h on a 2-core CPU, and the point
is the size of what retrieval searches, not the embedder): the suite's own index (built by
`newsqa eval` and reused) is copied until it holds ``--chunks`` chunks. Copy ``j`` of an
article gets a new id, a different outlet ("<outlet> #j") and a publication date shifted by
``j`` weeks; its text and chunk offsets stay, so BM25 sees real news vocabulary, and each
chunk vector gets seeded Gaussian noise (renormalised; cosine to the original ~0.9), so the
HNSW graph holds distinct, realistically clustered points. Everything is written through the
project's own ``Index.write`` (Chroma, catalog), each copy with the source article's
attributions, dates and signature (each copy its own syndication group), then BM25.

The suite's index is looked up where `newsqa eval` keeps it (``NEWSQA_DATA_DIR``), built
there if missing; the synthetic index is built once under ``--data-dir`` and reused while its
size matches.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import numpy as np

from assistant.config import Settings
from assistant.index import Index
from assistant.index.catalog import ANALYSIS_VERSION, Analysis
from assistant.types import Article, Attribution, Chunk, TimeMention

DEFAULT_DIR = Path("eval/.bench/scale")


def _shift(published: str | None, weeks: int) -> str | None:
    if not published or len(published) != 10 or published.startswith("--"):
        return published
    try:
        day = dt.date.fromisoformat(published)
    except ValueError:
        return published
    return (day + dt.timedelta(weeks=weeks)).isoformat()


def source_index(suite: Path, settings: Settings) -> Index:
    from assistant.evaluation.runner import suite_index
    from assistant.evaluation.suite import load_suite

    index, _cached, _s = suite_index(load_suite(suite), settings)
    return index


def build(source: Index, target: Index, n_chunks: int, noise: float = 0.35,
          seed: int = 0) -> int:
    """Fill ``target`` with copies of ``source`` until it holds ``n_chunks`` chunks."""
    col = source.vectors._col
    total = col.count()
    vecs: dict[str, np.ndarray] = {}
    for off in range(0, total, 2000):
        got = col.get(include=["embeddings"], limit=2000, offset=off)
        for cid, v in zip(got["ids"], got["embeddings"], strict=True):
            vecs[cid] = np.asarray(v, dtype=np.float32)
    rows = source.catalog.chunk_rows()
    by_article: dict[str, list[Any]] = {}
    for r in rows:
        by_article.setdefault(r.article_id, []).append(r)
    articles = source.catalog.get_many(by_article)
    # the source's analysis, copied with each copy (as an ingest would have derived it)
    said: dict[str, list[Attribution]] = {}
    for at in source.catalog.attributions(by_article):
        said.setdefault(at.article_id, []).append(at)
    dated: dict[str, list[TimeMention]] = {}
    for tm in source.catalog.time_mentions(by_article):
        dated.setdefault(tm.article_id, []).append(tm)
    sigs = {aid: (fit, blob) for aid, _g, _t, fit, blob in source.catalog.signatures()}
    rng = np.random.default_rng(seed)
    written, copy = 0, 0
    with target.writing():
        while written < n_chunks:
            batch: list[tuple[Article, str, list[Chunk], list[str]]] = []
            batch_vecs: list[np.ndarray] = []
            analysis: dict[str, Analysis] = {}
            for aid, crows in by_article.items():
                if written >= n_chunks:
                    break
                a = articles[aid]
                new_id = f"{aid}~{copy}"
                art = a.model_copy(update={
                    "article_id": new_id,
                    "outlet": f"{a.outlet} #{copy}" if copy else a.outlet,
                    "published": _shift(a.published, copy),
                })
                chunks = [Chunk(chunk_id=f"{new_id}:{i}", article_id=new_id, index=i,
                                start=r.start, end=r.end, text=a.text[r.start:r.end])
                          for i, r in enumerate(crows)]
                v = np.stack([vecs[r.chunk_id] for r in crows])
                if copy:
                    v = v + rng.normal(0, noise / np.sqrt(v.shape[1]), v.shape).astype(np.float32)
                    v /= np.linalg.norm(v, axis=1, keepdims=True)
                batch.append((art, f"synthetic-{copy}", chunks, [r.embed_text for r in crows]))
                fit, blob = sigs.get(aid, (1.0, b""))
                analysis[new_id] = Analysis(
                    attributions=[x.model_copy(update={"article_id": new_id})
                                  for x in said.get(aid, [])],
                    times=[x.model_copy(update={"article_id": new_id})
                           for x in dated.get(aid, [])],
                    group_id=new_id, fit=fit, minhash=blob)
                batch_vecs.append(v)
                written += len(chunks)
                if len(batch) >= 200:
                    target.write(batch, np.concatenate(batch_vecs), analysis)
                    batch, batch_vecs, analysis = [], [], {}
                    print(f"\r  {written:,} / {n_chunks:,} chunks", end="", flush=True)
            if batch:
                target.write(batch, np.concatenate(batch_vecs), analysis)
            copy += 1
        target.catalog.set_analysis_version(ANALYSIS_VERSION)
    print()
    t0 = time.perf_counter()
    target.keyword()  # as `newsqa ingest` does at its end
    print(f"  keyword index over {written:,} chunks built in {time.perf_counter() - t0:.0f} s")
    return written


def scale_index(suite: Path, data_dir: Path, n_chunks: int) -> Index:
    """The synthetic index of ``n_chunks`` chunks under ``data_dir`` (built if missing)."""
    settings = Settings(data_dir=data_dir, collection="scale")
    settings.ingest.progress = False
    target = Index(settings)
    have = int(target.catalog.stats()["chunks"])  # type: ignore[call-overload]
    if have < n_chunks:  # the last article may overshoot n_chunks a little
        if have:
            raise SystemExit(f"{target.root} holds {have} chunks, not {n_chunks}: remove it")
        t0 = time.perf_counter()
        src = source_index(suite, Settings())  # where `newsqa eval` keeps it
        build(src, target, n_chunks)
        print(f"  built in {time.perf_counter() - t0:.0f} s")
    return target


def latency(index: Index, questions: list[str]) -> dict[str, float]:
    """Question -> verified answer, warm process: p50/p95 in ms, plus the first (cold) query."""
    from assistant.answer.chain import Assistant

    assistant = Assistant(index)
    t0 = time.perf_counter()
    assistant.ask(questions[0])
    first = (time.perf_counter() - t0) * 1000
    totals = [assistant.ask(q).timings_ms["total"] for q in questions]
    return {"p50": float(np.percentile(totals, 50)), "p95": float(np.percentile(totals, 95)),
            "first_ms": first, "n": len(totals)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("suite", type=Path)
    ap.add_argument("--chunks", type=int, default=100_000)
    ap.add_argument("--questions", type=int, default=100)
    ap.add_argument("--data-dir", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--json", action="store_true", help="Print one JSON object.")
    args = ap.parse_args()
    index = scale_index(args.suite, args.data_dir, args.chunks)
    qs = [json.loads(q)["question"] for q in
          (args.suite / "questions.jsonl").read_text().splitlines()][: args.questions]
    res = {"chunks": index.catalog.stats()["chunks"], **latency(index, qs)}
    print(json.dumps(res) if args.json else
          f"{res['chunks']:,} chunks: p50 {res['p50']:.0f} ms, p95 {res['p95']:.0f} ms "
          f"(first query {res['first_ms']:.0f} ms, {res['n']} questions)")


if __name__ == "__main__":
    main()
