"""newsqa's ingest against LangChain's tutorial pipeline, on the same articles, in one run.

    pip install -e ".[bench]"
    python eval/bench_peer.py ../shared/data/newsbench-dev [--articles N]

Peer: RecursiveCharacterTextSplitter(1000, 200) -> HuggingFaceEmbeddings(all-MiniLM-L6-v2,
the same bundled files) -> langchain-chroma add_documents, into a fresh temporary store.
newsqa: `ingest` of the same articles into a fresh index. Both start with the model loaded
and warm. The peer's overlap yields more chunks, so articles/s is the like-for-like figure.

``--levers`` also times newsqa with each ingest lever, on the same articles, in the same run:
``--overlap-once``; ``--workers 2`` (pool start-up included); and re-ingesting the articles
after an update that changes only their last sentence (what an archive that re-fetches
feeds sees), where unchanged chunks reuse their vectors.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description="newsqa ingest vs the LangChain tutorial pipeline.")
    ap.add_argument("suite", type=Path)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--json", action="store_true", help="Print one JSON object.")
    ap.add_argument("--levers", action="store_true", help="Also time each ingest lever.")
    args = ap.parse_args()

    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_huggingface import HuggingFaceEmbeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from assistant.config import Settings
    from assistant.index import Index
    from assistant.index.embedder import Embedder, resolve_model
    from assistant.ingest.pipeline import ingest
    from assistant.ingest.records import load_jsonl
    from assistant.types import Article

    lines = (args.suite / "corpus.jsonl").read_text("utf-8").splitlines()[: args.articles]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("\n".join(lines) + "\n")
        articles = [a for a in load_jsonl(corpus, corpus.read_bytes()) if isinstance(a, Article)]

        path, _ = resolve_model("bundled:all-MiniLM-L6-v2")
        hf = HuggingFaceEmbeddings(model_name=path, model_kwargs={"device": "cpu"},
                                   encode_kwargs={"normalize_embeddings": True})
        hf.embed_documents(["warm up"])
        t0 = time.perf_counter()
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        docs = splitter.split_documents([
            Document(page_content=a.text, metadata={"title": a.title, "outlet": a.outlet})
            for a in articles])
        store = Chroma(collection_name="peer", embedding_function=hf,
                       persist_directory=str(Path(tmp) / "peer"),
                       client_settings=ChromaSettings(anonymized_telemetry=False))
        store.add_documents(docs)
        peer_s = time.perf_counter() - t0

        settings = Settings(data_dir=Path(tmp) / "ours")
        settings.ingest.progress = False
        embedder = Embedder()
        embedder.encode(["warm up"])
        report = ingest([str(corpus)], Index(settings, embedder=embedder))
        levers = _levers(Path(tmp), corpus, embedder, settings) if args.levers else {}

    ours_s = report.seconds
    if args.json:
        import json

        print(json.dumps({"articles": len(articles), "peer_chunks": len(docs), "peer_s": peer_s,
                          "ours_chunks": report.chunks, "ours_s": ours_s, "levers": levers}))
        return
    print("| pipeline | chunks | seconds | chunks/s | articles/s |\n|---|---|---|---|---|")
    print(f"| LangChain tutorial (1000/200 splitter, HF embeddings, Chroma) | {len(docs)} | "
          f"{peer_s:.1f} | {len(docs) / peer_s:.1f} | {len(articles) / peer_s:.2f} |")
    print(f"| newsqa ingest | {report.chunks} | {ours_s:.1f} | {report.chunks / ours_s:.1f} | "
          f"{len(articles) / ours_s:.2f} |")
    print(f"\nnewsqa / peer, articles per second: {peer_s / ours_s:.2f}x "
          f"({len(articles)} articles)")


def _levers(tmp: Path, corpus: Path, embedder: object, base: object) -> dict[str, dict]:
    """newsqa ingest of ``corpus`` with each lever: seconds, chunks written, chunks embedded."""
    import json

    from assistant.config import Settings
    from assistant.index import Index
    from assistant.ingest.pipeline import ingest

    def run(source: Path, index: Index) -> dict:
        try:
            r = ingest([str(source)], index)
        finally:
            index.close()
        return {"seconds": r.seconds, "chunks": r.chunks, "embedded": r.embedded,
                "replaced": r.replaced}

    def fresh(name: str, **overrides: object) -> Index:
        s = Settings(data_dir=tmp / name)
        s.ingest.progress = False
        for key, value in overrides.items():
            setattr(s.embedding if key == "workers" else s.ingest, key, value)
        return Index(s, embedder=None if overrides.get("workers") else embedder)

    out = {"overlap_once": run(corpus, fresh("own", embed_overlap=False)),
           "workers_2": run(corpus, fresh("w2", workers=2))}
    updated = tmp / "updated.jsonl"
    with updated.open("w") as fh:
        for line in corpus.read_text("utf-8").splitlines():
            rec = json.loads(line)
            rec["text"] = rec["text"].rstrip() + "\n\nThis story has been updated."
            fh.write(json.dumps(rec) + "\n")
    out["update"] = run(updated, Index(base.model_copy(deep=True), embedder=embedder))
    return out


if __name__ == "__main__":
    main()
