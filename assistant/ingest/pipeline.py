"""Ingest: sources → articles → chunks → embeddings → index, in crash-safe batches.

An article whose id is taken by a different story (another outlet *and* another text: two
exports that both number their records from 1) is a conflict: reported, and not written over
the stored one unless ``replace`` is asked for. The same id with a changed text from the same
outlet, or a corrected outlet over the same text, is an ordinary update.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Mapping, Sequence

from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.errors import SourceError, StoreError
from assistant.index import Index
from assistant.index.catalog import Analysis, outlet_key
from assistant.ingest.chunking import chunk_article, embedding_text, vector_texts
from assistant.ingest.metadata import content_hash
from assistant.ingest.netguard import AddressPolicy
from assistant.ingest.records import record_to_article
from assistant.ingest.sources import SourcePlan, load_item, plan_sources
from assistant.types import Article, Chunk, Skipped

ProgressFn = Callable[[int, int | None, str], None]


class IngestReport(BaseModel):
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = Field(default_factory=list)
    conflicts: list[Skipped] = Field(
        default_factory=list,
        description="Articles whose id names a different stored story (other outlet and text); "
                    "not written unless ingest was asked to replace.")
    warnings: list[Skipped] = Field(
        default_factory=list, description="Articles indexed with something dropped, and why.")
    ignored: int = Field(0, description="Files in folders that are not an article type.")
    chunks: int = Field(0, description="Chunks written in this run.")
    embedded: int = Field(0, description="Of those, texts embedded (the rest reused a vector).")
    retracted: list[Skipped] = Field(
        default_factory=list, description="Indexed pages taken out again as boilerplate.")
    seconds: float = 0.0
    embed_seconds: float = 0.0

    @property
    def seen(self) -> int:
        return self.added + self.replaced + self.unchanged + len(self.skipped) + len(
            self.conflicts)

    def summary(self) -> str:
        rate = ""
        if self.chunks and self.seconds:
            rate = f", {self.chunks / self.seconds:.1f} chunks/s"
        reused = f", {self.chunks - self.embedded} reused" if self.embedded < self.chunks else ""
        out = (f"{self.added} added, {self.replaced} replaced, {self.unchanged} unchanged, "
               f"{len(self.skipped)} skipped ({self.chunks} chunk{'' if self.chunks == 1 else 's'}"
               f"{reused} in "
               f"{self.seconds:.1f}s{rate})")
        if self.conflicts:
            out += (f"; {len(self.conflicts)} id conflict(s) not applied (another story holds "
                    "the id)")
        if self.retracted:
            out += f"; {len(self.retracted)} earlier page(s) removed as boilerplate"
        return out


def chunk_salt(settings: Settings) -> str:
    """Changing how articles are chunked changes every article's hash, so re-ingest re-chunks."""
    s = settings.ingest
    return (f"chunk:{s.chunk_size}:{s.chunk_overlap}:v2" + ("" if s.embed_overlap else ":own")
            + ("" if s.embed_headline else ":nohead"))


def iter_loaded(plan: SourcePlan, settings: Settings,
                policy: AddressPolicy | None = None,
                records: Sequence[Mapping[str, object]] = ()) -> Iterator[Article | Skipped]:
    max_bytes = int(settings.ingest.max_file_mb * 1_000_000)
    yield from plan.skipped
    for i, record in enumerate(records, start=1):
        try:
            yield record_to_article(record, f"record {i}")
        except SourceError as e:
            yield Skipped(source=e.source, reason=e.reason)
    for item in plan.items:
        yield from load_item(item, max_bytes=max_bytes, timeout=settings.ingest.fetch_timeout_s,
                             policy=policy)


def conflict(stored: Article, new: Article) -> str | None:
    """Why ``new`` may not silently replace ``stored`` (same id), or None when it may."""
    if outlet_key(stored.outlet) == outlet_key(new.outlet) or stored.text == new.text:
        return None
    title = (stored.title or stored.text)[:60]
    return (f"id {stored.article_id!r} already holds a different article "
            f"({stored.outlet or 'no outlet'}: {title!r}); kept it (ingest --replace to "
            "overwrite it, or give this one its own id)")


def ingest(
    sources: list[str],
    index: Index,
    progress: ProgressFn | None = None,
    *,
    replace: bool = False,
    allow_private_urls: bool = True,
    on_wait: Callable[[str], None] | None = None,
    fetch_budget_s: float | None = None,
    records: Sequence[Mapping[str, object]] = (),
) -> IngestReport:
    """Load, chunk, embed and index ``sources``. Never raises for one bad input.

    ``replace``: let an article overwrite a different story stored under its id (see the
    module docstring). ``allow_private_urls``: False refuses URLs on non-public addresses (the
    web UI's setting; see :mod:`assistant.ingest.netguard`). ``on_wait`` hears it when another
    ingest holds the index. ``fetch_budget_s``: the seconds all its URLs and feeds may take
    together (the web UI's; a URL left when it is spent is skipped, by name). Losing the
    index store half way raises :class:`StoreError`; what was written stays, and running the
    same ingest again completes it. ``records``: articles given as mappings with the fields
    of a JSON export ("text", and "title", "outlet", "published", "url", "id", ...), loaded
    before the sources and named "record N" in the report."""
    settings = index.settings
    started = time.perf_counter()
    policy = AddressPolicy(allow_private=allow_private_urls, deadline=(
        None if fetch_budget_s is None else time.monotonic() + fetch_budget_s))
    plan = plan_sources(sources)
    report = IngestReport(ignored=plan.ignored)
    total = plan.estimated_articles()
    total = None if total is None else total + len(records)
    salt = chunk_salt(settings)
    batch: dict[str, tuple[Article, str]] = {}

    def flush() -> None:
        if not batch:
            return
        known = index.catalog.hashes(batch)
        changed = [aid for aid, (_a, chash) in batch.items() if aid in known
                   and known[aid] != chash]
        stored = index.catalog.get_many(changed) if changed and not replace else {}
        items: list[tuple[Article, str, list[Chunk], list[str]]] = []
        analysis: dict[str, Analysis] = {}
        n_new = n_replaced = 0
        for aid, (article, chash) in batch.items():
            if known.get(aid) == chash:
                report.unchanged += 1
                continue
            if aid in stored and (why := conflict(stored[aid], article)):
                report.conflicts.append(Skipped(source=article.source or aid, reason=why))
                continue
            verdict, member = index.screen(article)
            if verdict.junk:
                report.skipped.append(Skipped(source=article.source or aid, reason=verdict.junk))
                waiting = {i[0].article_id: i[0] for i in items}
                for gone in index.reject(article, verdict, member, waiting):
                    gid = gone.article_id
                    # named by the page that showed it up, not by its own headline
                    entry = Skipped(source=gone.source or gid, reason=(
                        "boilerplate: the same body as a page under another headline (e.g. "
                        f"{article.title[:60]!r}), not about its own"))
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
            texts, titles = [], []
            for article, _h, chunks, _t in items:
                for t in vector_texts(chunks, article, settings.ingest.embed_overlap,
                                      settings.ingest.embed_headline):
                    texts.append(t)
                    titles.append(article.title)
            loaded = getattr(index.embedder, "is_loaded", None)
            if progress and loaded is not None and not loaded():
                # the first embedding loads the model: seconds in which nothing else moves
                progress(report.seen + len(batch), total, "loading the embedding model")
            t0 = time.perf_counter()
            vectors, keys, embedded, spans = index.embed(texts, titles)
            report.embed_seconds += time.perf_counter() - t0
            index.write(items, vectors, analysis, keys, spans)
            report.chunks += len(texts)
            report.embedded += embedded
        report.added += n_new
        report.replaced += n_replaced
        batch.clear()

    try:
        with index.writing(on_wait):
            index.ensure_analysis()
            for loaded in iter_loaded(plan, settings, policy, records):
                if isinstance(loaded, Skipped):
                    report.skipped.append(loaded)
                else:
                    report.warnings += [Skipped(source=loaded.source or loaded.article_id,
                                                reason=w) for w in loaded.warnings]
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
                progress(report.seen, total if total and total >= report.seen else report.seen,
                         "")
    except StoreError as e:
        done = report.added + report.replaced
        raise StoreError(f"{e}. {done} article(s) were indexed before that and are kept; run "
                         "the same ingest again (once the store is back) to complete it") from e
    # refresh the keyword index now, so the first question does not pay for it
    index.keyword()
    report.skipped.sort(key=lambda s: _in_order(s.source))  # as the inputs run, not as found
    report.seconds = time.perf_counter() - started
    return report


def _in_order(source: str) -> tuple[str, int]:
    """A sort key that puts ``export.jsonl:2`` before ``export.jsonl:10``."""
    path, _, line = source.rpartition(":")
    return (path, int(line)) if path and line.isdigit() else (source, 0)
