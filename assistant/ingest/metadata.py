"""Building an :class:`Article` from raw text and whatever metadata came with it."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from assistant.errors import SourceError
from assistant.nlp.dates import find_dateline, parse_date
from assistant.nlp.furniture import cut_short
from assistant.textsafe import whole
from assistant.types import Article

# Site furniture that scrapers leave above the headline.
_FURNITURE = frozenset(
    {"all news", "advertisement", "share", "share this", "skip to content", "menu", "home",
     "subscribe", "sign in", "log in", "news", "top stories", "latest news"}
)
_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|cmpid$|ref$)")
_MAX_TITLE = 200

# an article has words: "hello" pasted by mistake, or a table of numbers, is none
MIN_WORDS = 2
_WORDS = re.compile(r"[^\W\d_]{2,}")


def normalise_url(url: str) -> str:
    """Canonical form for identity: lower-case host, no fragment, tracking or trailing slash."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)])
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower() or "https", host, path, query, ""))


def outlet_from_url(url: str | None) -> str:
    if not url:
        return ""
    return urlsplit(url.strip()).netloc.lower().removeprefix("www.").split(":")[0]


def make_article_id(url: str | None, text: str) -> str:
    """Stable id: from the canonical URL when there is one, else from the normalised text."""
    key = "url:" + normalise_url(url) if url else "text:" + " ".join(text.lower().split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def clean_text(raw: str) -> str:
    """Normalise line endings, drop leading site furniture and surrounding blank space."""
    lines = raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and (not lines[0].strip() or lines[0].strip().lower() in _FURNITURE):
        lines.pop(0)
    return "\n".join(line.rstrip() for line in lines).strip()


def guess_title(text: str) -> str:
    """The first line, when it looks like a headline (short, no closing full stop; a
    headline cut short with "..." is one, as search results and feeds give them)."""
    lines = text.split("\n", 2)
    first = lines[0].strip().lstrip("#").strip()
    # (a headline cut short stands apart, a blank line under it; a first sentence that
    # trails off runs on into its paragraph)
    cut = cut_short(first) is not None and len(lines) > 1 and not lines[1].strip()
    if first and len(first) <= _MAX_TITLE and (cut or not first.endswith((".", ":", ";", ","))):
        return first
    return ""


def _authors(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        parts: Iterable[str] = re.split(r"\s*(?:;|,| and )\s*", value) if value else []
    elif isinstance(value, list | tuple):
        parts = [str(v) for v in value if v]
    else:
        parts = [str(value)]
    return [whole(p.strip()) for p in parts if p and p.strip()]


def build_article(
    text: str,
    *,
    source: str,
    title: object = None,
    outlet: object = None,
    published: object = None,
    authors: object = None,
    url: object = None,
    article_id: object = None,
) -> Article:
    """Validate and fill in an article. Raises :class:`SourceError` when there is no text.

    Dates: an explicit ``published`` wins; otherwise a dateline near the top
    ("MOSCOW, November 21. /TASS/.") gives a date, partial (``--11-21``) when
    the dateline has no year. No year is ever guessed. A ``published`` value that is not a
    date ("2025-13-45", an object) is dropped with a warning in ``Article.warnings``.
    """
    # every text from outside made writable here, where articles are built (a lone
    # surrogate from a JSON escape or a non-UTF-8 file name could be neither hashed nor stored)
    source = whole(source)
    body = clean_text(whole(text or ""))
    if not body:
        raise SourceError(source, "no article text (empty)")
    if len(found := _WORDS.findall(body)) < MIN_WORDS:
        raise SourceError(source, f"too short to be an article ({len(found)} word"
                                  f"{'' if len(found) == 1 else 's'}: {body[:40]!r})")
    url_s = whole(str(url).strip()) if url else None
    dateline_date, agency = find_dateline(body)
    warnings = []
    date = parse_date(published) if published not in (None, "") else None
    if date is None and published not in (None, ""):
        shown = repr(published) if not isinstance(published, str) else f"'{published}'"
        kept = f"dated {dateline_date} from its dateline" if dateline_date else "stored undated"
        warnings.append(whole(f"published value {shown[:80]} is not a date; {kept}"))
    if date is None:
        date = dateline_date
    if date and len(date) >= 10 and not date.startswith("--") \
            and date[:10] > (dt.date.today() + dt.timedelta(days=1)).isoformat():
        warnings.append(f"published {date[:10]} is after today; kept as given (a typo in the "
                        "year?)")
    outlet_s = whole(str(outlet).strip()) if outlet else ""
    outlet_s = outlet_s or outlet_from_url(url_s) or (agency or "")
    title_s = whole(str(title).strip()) if title else guess_title(body)
    aid = (whole(str(article_id).strip()) if article_id not in (None, "")
           else make_article_id(url_s, body))
    return Article(
        article_id=aid,
        title=title_s,
        outlet=outlet_s,
        published=date,
        authors=_authors(authors),
        url=url_s,
        text=body,
        source=source,
        warnings=warnings,
    )


def content_hash(article: Article, salt: str = "") -> str:
    """Hash of everything that, if changed, means the article must be re-indexed."""
    h = hashlib.sha256()
    for part in (article.title, article.outlet, article.published or "", "|".join(article.authors),
                 article.url or "", article.text, salt):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:24]
