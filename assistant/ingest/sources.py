"""One entry point for every kind of source: paths, folders, URLs and feeds."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from assistant.errors import SourceError
from assistant.ingest.files import (
    HTML_SUFFIXES,
    RECORD_SUFFIXES,
    SUPPORTED,
    TEXT_SUFFIXES,
    is_sidecar,
    missing_reason,
    orphan_reason,
    read_bytes,
    sidecars,
    walk,
)
from assistant.ingest.html import load_html
from assistant.ingest.netguard import AddressPolicy
from assistant.ingest.records import load_json, load_jsonl
from assistant.ingest.text import load_text
from assistant.ingest.web import is_url, load_url
from assistant.types import Article, Skipped

log = logging.getLogger(__name__)


@dataclass
class SourcePlan:
    """What a list of user-given sources expands to, before anything is read."""

    items: list[str | Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    ignored: int = 0  # files in folders that are not an article type

    def estimated_articles(self) -> int | None:
        """Rough count for a progress bar: lines of JSONL files, one per other file."""
        total = 0
        for item in self.items:
            if isinstance(item, str):
                return None
            if item.suffix.lower() in {".jsonl", ".ndjson"}:
                try:
                    with item.open("rb") as f:
                        total += sum(1 for line in f if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
        return total


def plan_sources(sources: list[str]) -> SourcePlan:
    """Expand folders, keep URLs, and reject missing or unsupported paths up front."""
    plan = SourcePlan()
    for source in sources:
        if is_url(source):
            plan.items.append(source)
            continue
        path = Path(source).expanduser()
        if path.is_dir():
            for f in walk(path):
                if f.suffix.lower() in SUPPORTED:
                    plan.items.append(f)
                else:
                    plan.ignored += 1
            for side in sidecars(path):
                if reason := orphan_reason(side):
                    plan.skipped.append(Skipped(source=str(side), reason=reason))
        elif not path.exists():
            plan.skipped.append(Skipped(source=source, reason=missing_reason(path)))
        elif is_sidecar(path):
            if reason := orphan_reason(path):
                plan.skipped.append(Skipped(source=source, reason=reason))
            else:
                plan.ignored += 1
        elif path.suffix.lower() not in SUPPORTED:
            kinds = ", ".join(sorted(SUPPORTED))
            plan.skipped.append(
                Skipped(source=source, reason=f"unsupported file type (supported: {kinds})")
            )
        else:
            plan.items.append(path)
    return plan


def load_item(item: str | Path, *, max_bytes: int, timeout: float,
              policy: AddressPolicy | None = None) -> Iterator[Article | Skipped]:
    """Load one planned item; every failure becomes a :class:`Skipped` naming its source.
    ``policy`` says which addresses a URL may be fetched from (default: any). A URL with a
    user name or password is skipped unfetched (its reason repeated the password: "nonnumeric
    port: 'secret@host'"); its source is named with them masked (see :class:`Skipped`)."""
    if isinstance(item, str) and _carries_credentials(item):
        # urllib would take them for part of the host, and an error would repeat them
        yield Skipped(source=item, reason="a URL with a user name or password is not "
                                          "fetched: newsqa sends no credentials")
        return
    yield from _load_item(item, max_bytes, timeout, policy)


def _carries_credentials(url: str) -> bool:
    try:
        return "@" in urlsplit(url).netloc
    except ValueError:  # not a URL Python can split: the fetcher names it
        return False


def _load_item(item: str | Path, max_bytes: int, timeout: float,
               policy: AddressPolicy | None) -> Iterator[Article | Skipped]:
    try:
        if isinstance(item, str):
            yield from load_url(item, timeout, max_bytes, policy)
            return
        data = read_bytes(item, max_bytes)
        suffix = item.suffix.lower()
        if suffix in TEXT_SUFFIXES:
            yield load_text(item, data)
        elif suffix in HTML_SUFFIXES:
            yield load_html(data, str(item))
        elif suffix in RECORD_SUFFIXES:
            loader = load_json if suffix == ".json" else load_jsonl
            yield from loader(item, data)
    except SourceError as e:
        yield Skipped(source=e.source, reason=e.reason)
    except ImportError as e:  # a parser's missing dependency: this item is named, the rest go in
        log.debug("cannot read %s", item, exc_info=True)
        yield Skipped(source=str(item), reason=f"cannot read it: a package is missing ({e})"[:300])
    except (RecursionError, ValueError, UnicodeError) as e:  # a parser's own failure on
        # hostile input (nesting too deep for it, text it cannot encode): this item only
        log.debug("cannot read %s", item, exc_info=True)
        yield Skipped(source=str(item),
                      reason=f"cannot read it ({type(e).__name__}: {str(e)[:200]})")
