"""URLs and RSS/Atom feeds. Only touched when the user passes a URL.

Every fetch goes through :mod:`assistant.ingest.netguard`: what it may connect to is the
caller's :class:`AddressPolicy` (the web UI's refuses non-public addresses)."""

from __future__ import annotations

import http.client
import re
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

from assistant import __version__
from assistant.errors import SourceError
from assistant.ingest.html import load_html
from assistant.ingest.metadata import build_article
from assistant.ingest.netguard import AddressPolicy, Cutoff, opener
from assistant.types import Article, Skipped

USER_AGENT = f"newsqa/{__version__} (+https://example.invalid/newsqa)"
_FEED_TYPES = ("rss", "atom", "xml")
_TAGS = re.compile(r"<[^>]+>")
_READ = 65536
# a feed's entries together may take this many times one fetch's timeout; the entries left
# when it is spent give their own text (a feed of a thousand slow links held ingest for hours)
FEED_BUDGET = 20


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch(url: str, timeout: float, max_bytes: int,
          policy: AddressPolicy | None = None) -> tuple[bytes, str]:
    """GET a URL: its body and content type, within ``timeout`` seconds in all (a server that
    sends a byte at a time is cut off, not waited for). Errors name the URL and the cause."""
    if not is_url(url):
        raise SourceError(url, "not an http(s) URL")
    policy = policy or AddressPolicy()
    seconds = timeout
    if policy.deadline is not None:
        seconds = min(timeout, policy.deadline - time.monotonic())
        if seconds <= 0:
            raise SourceError(url, "not fetched: the time this add may spend fetching is spent")
    timed_out = SourceError(url, f"timed out after {seconds:g}s")
    with Cutoff(seconds) as cutoff:  # the whole fetch: connection, headers, redirects, body
        try:
            req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                                       "Accept": "*/*"})
            with opener(policy, cutoff).open(req, timeout=seconds) as resp:
                ctype = resp.headers.get("Content-Type", "")
                parts: list[bytes] = []
                size = 0
                while size <= max_bytes:
                    part = resp.read1(_READ)  # what has arrived, not a full buffer's worth
                    if not part:
                        break
                    parts.append(part)
                    size += len(part)
                body = b"".join(parts)
        except SourceError as e:  # refused by the address policy, here or after a redirect
            raise SourceError(url, e.reason) from e
        except urllib.error.HTTPError as e:
            raise SourceError(url, f"HTTP {e.code} {e.reason}") from e
        except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as e:
            if cutoff.fired or isinstance(e, TimeoutError) or isinstance(
                    getattr(e, "reason", None), TimeoutError):
                raise timed_out from e
            why = e.reason if isinstance(e, urllib.error.URLError) else e
            raise SourceError(url, f"cannot fetch ({why})") from e  # a malformed URL too
        if cutoff.fired:  # the shut connection read as the end of the body
            raise timed_out
    if len(body) > max_bytes:
        raise SourceError(url, f"response larger than {max_bytes / 1e6:.1f} MB limit")
    if not body.strip():
        raise SourceError(url, "empty response")
    return body, ctype.lower()


def looks_like_feed(body: bytes, ctype: str) -> bool:
    if any(t in ctype for t in _FEED_TYPES) and "html" not in ctype:
        return True
    head = body[:500].lstrip().lower()
    return head.startswith((b"<?xml", b"<rss", b"<feed")) and b"<html" not in head


def _entry_text(entry: Any) -> str:
    contents = entry.get("content") or []
    raw = contents[0].get("value", "") if contents else entry.get("summary", "")
    return _TAGS.sub(" ", raw or "").strip()


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def load_feed(url: str, body: bytes, timeout: float, max_bytes: int,
              policy: AddressPolicy | None = None) -> Iterator[Article | Skipped]:
    """Each feed entry's linked page; the entry's own text when the page cannot be had."""
    import feedparser

    feed = feedparser.parse(body)
    if not feed.entries:
        raise SourceError(url, "feed has no entries")
    site = feed.feed.get("title") or None
    deadline = time.monotonic() + FEED_BUDGET * timeout
    for i, entry in enumerate(feed.entries):
        link = entry.get("link")
        meta: dict[str, object] = {
            "title": entry.get("title"),
            "published": _entry_date(entry),
            "authors": [a.get("name") for a in entry.get("authors", []) if a.get("name")],
            "url": link,
        }
        src = link or f"{url}#entry{i}"
        try:
            if link and is_url(link):
                if time.monotonic() >= deadline:
                    raise SourceError(src, f"the feed's pages took over "
                                           f"{FEED_BUDGET * timeout:g}s in all")
                page, _ = fetch(link, timeout, max_bytes, policy)
                yield load_html(page, src, url=link, extra=meta)
                continue
            raise SourceError(src, "entry has no link")
        except SourceError as page_error:
            text = _entry_text(entry)
            if not text:
                yield Skipped(source=src, reason=page_error.reason)
                continue
            try:
                yield build_article(text, source=src, outlet=site, **meta)  # type: ignore[arg-type]
            except SourceError as e:
                yield Skipped(source=e.source, reason=e.reason)


def load_url(url: str, timeout: float, max_bytes: int,
             policy: AddressPolicy | None = None) -> Iterator[Article | Skipped]:
    body, ctype = fetch(url, timeout, max_bytes, policy)
    if looks_like_feed(body, ctype):
        yield from load_feed(url, body, timeout, max_bytes, policy)
    else:
        yield load_html(body, url, url=url)
