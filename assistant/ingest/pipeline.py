"""Ingest: sources → articles → chunks → embeddings → index, in crash-safe batches."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.index import Index
from assistant.index.catalog import Analysis
from assistant.ingest.chunking import chunk_article, embedding_text, vector_texts
from assistant.ingest.metadata import content_hash
from assistant.ingest.sources import SourcePlan, load_item, plan_sources
from assistant.types import Article, Chunk, Skipped

ProgressFn = Callable[[int, int | None, str], None]


class IngestReport(BaseModel):
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = Field(default_factory=list)
    ignored: int = Field(0, description="Files in folders that are not an article type.")
    chunks: int = Field(0, description="Chunks written in this run.")
    embedded: int = Field(0, description="Of those, texts embedded (the rest reused a vector).")
    retracted: list[Skipped] = Field(
        default_factory=list, description="Indexed pages taken out again as boilerplate.")
    seconds: float = 0.0
    embed_seconds: float = 0.0

    @property
    def seen(self) -> int:
        return self.added + self.replaced + self.unchanged + len(self.skipped)

    def summary(self) -> str:
        rate = ""
        if self.chunks and self.seconds:
            rate = f", {self.chunks / self.seconds:.1f} chunks/s"
        reused = f", {self.chunks - self.embedded} reused" if self.embedded < self.chunks else ""
        out = (f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged, "
               f"{len(self.skipped)} skipped ({self.chunks} chunks{reused} in "
               f"{self.seconds:.1f}s{rate})")
        if self.retracted:
            out += f"; {len(self.retracted)} earlier page(s) removed as boilerplate"
        return out


def chunk_salt(settings: Settings) -> str:
    """Changing how articles are chunked changes every article's hash, so re-ingest re-chunks."""
    s = settings.ingest
    return (f"chunk:{s.chunk_size}:{s.chunk_overlap}:v1" + ("" if s.embed_overlap else ":own")
            + ("" if s.embed_headline else ":nohead"))


def iter_loaded(plan: SourcePlan, settings: Settings) -> Iterator[Article | Skipped]:
    max_bytes = int(settings.ingest.max_file_mb * 1_000_000)
    yield from plan.skipped
    for item in plan.items:
        yield from load_item(item, max_bytes=max_bytes, timeout=settings.ingest.fetch_timeout_s)


def ingest(
    sources: list[str],
    index: Index,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Load, chunk, embed and index ``sources``. Never raises for one bad input."""
    settings = index.settings
    started = time.perf_counter()
    plan = plan_sources(sources)
    report = IngestReport(ignored=plan.ignored)
    total = plan.estimated_articles()
    salt = chunk_salt(settings)
    batch: dict[str, tuple[Article, str]] = {}

    def flush() -> None:
        if not batch:
            return
        known = index.catalog.hashes(batch)
        items: list[tuple[Article, str, list[Chunk], list[str]]] = []
        analysis: dict[str, Analysis] = {}
        n_new = n_replaced = 0
        for aid, (article, chash) in batch.items():
            if known.get(aid) == chash:
                report.unchanged += 1
                continue
            verdict, member = index.screen(article)
            if verdict.junk:
                report.skipped.append(Skipped(source=article.source or aid, reason=verdict.junk))
                waiting = {i[0].article_id: i[0] for i in items}
                for gone in index.refuse(article, verdict, member, waiting):
                    gid = gone.article_id
                    entry = Skipped(source=gone.source or gid, reason=verdict.junk)
                    if gid not in waiting:
                        report.retracted.append(entry)
                        continue
                    # recognised as boilerplate only now, while still waiting in this batch
                    items[:] = [i for i in items if i[0].article_id != gid]
                    analysis.pop(gid, None)
                    report.skipped.append(entry)
                    n_new -= gid not in known
                    n_replaced -= gid in known
                continue
            index.dedup.add(member)
            analysis[aid] = index.analyse(article, member)
            chunks = chunk_article(
                article, settings.ingest.chunk_size, settings.ingest.chunk_overlap
            )
            texts = [embedding_text(c, article.title) for c in chunks]
            items.append((article, chash, chunks, texts))
            if aid in known:
                n_replaced += 1
            else:
                n_new += 1
        if items:
            texts = [t for article, _h, chunks, _t in items
                     for t in vector_texts(chunks, article, settings.ingest.embed_overlap,
                                           settings.ingest.embed_headline)]
            t0 = time.perf_counter()
            vectors, keys, embedded = index.embed(texts)
            report.embed_seconds += time.perf_counter() - t0
            index.write(items, vectors, analysis, keys)
            report.chunks += len(texts)
            report.embedded += embedded
        report.added += n_new
        report.replaced += n_replaced
        batch.clear()

    with index.writing():
        index.ensure_analysis()
        for loaded in iter_loaded(plan, settings):
            if isinstance(loaded, Skipped):
                report.skipped.append(loaded)
            else:
                chash = content_hash(loaded, salt)
                if loaded.article_id in batch:
                    flush()  # the same article twice in one run: the later copy wins
                batch[loaded.article_id] = (loaded, chash)
                if len(batch) >= settings.ingest.batch_articles:
                    flush()
            if progress:
                progress(report.seen + len(batch), total, f"{report.chunks} chunks")
        flush()
        if progress:
            progress(report.seen, total if total and total >= report.seen else report.seen, "")
    # refresh the keyword index now, so the first question does not pay for it
    index.keyword()
    report.seconds = time.perf_counter() - started
    return report
