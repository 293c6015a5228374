"""Secrets never leave the process in text: API keys and URL passwords are masked.

Whoever learns a secret (the LLM backend factory, the web UI's login) registers it with
:func:`remember`; :func:`redact` then masks it, in any encoding a message might carry it
(a long one, an API key, in any letter case too), together with the user-info part of every
URL (``http://user:key@host`` becomes ``http://***@host``) whether registered or not. The
CLI's error and notice lines, the web UI's messages and every log record
(:func:`install_log_redaction`) pass through :func:`redact`.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, unquote, urlsplit

MASK = "***"
_MIN_SECRET = 4  # shorter strings would mask ordinary words
# a scheme is short: unbounded, "a.a.a.a…://" made every word a start that scanned the whole
# run, quadratic in a message's length (a 48 KB URL held the web server for 6 s)
_USERINFO = re.compile(r"(?P<scheme>\b[a-zA-Z][a-zA-Z0-9+.-]{0,31}://)(?P<userinfo>[^/\s@?#]+)@")
_secrets: set[str] = set()
_lock = threading.Lock()
_installed = False
# a secret this long is masked in any letter case (a server may echo a key upper-cased); a
# shorter one, a password such as "news", only as written, or it would mask ordinary words
_ANY_CASE = 16
_any_case: re.Pattern[str] | None = None  # the long secrets, one pattern (rebuilt on change)


_KEY_ANY_CASE = 8  # an API key is no word: masked in any case from this length
_keys: set[str] = set()  # secrets that are keys, masked in any case however long


def remember(secret: str | None, key: bool = False) -> None:
    """Mask ``secret`` (and its URL-encoded forms) in everything :func:`redact` sees. A
    ``key`` (an API key, not a password) of 8 characters or more is masked in any letter
    case (a server echoed "sk-secret-123" as "SK-SECRET-123")."""
    if not secret or len(secret) < _MIN_SECRET:
        return
    global _any_case
    with _lock:
        forms = {secret, quote(secret, safe=""), unquote(secret)}
        _secrets.update(forms)
        if key and len(secret) >= _KEY_ANY_CASE:
            _keys.update(forms)
        long = sorted((x for x in _secrets if len(x) >= _ANY_CASE or x in _keys), key=len,
                      reverse=True)
        _any_case = (re.compile("|".join(map(re.escape, long)), re.IGNORECASE) if long
                     else None)


def remember_url(url: str | None) -> None:
    """Mask the password (and user name) that ``url`` carries, if any."""
    if not url:
        return
    parts = urlsplit(url)
    remember(parts.password)
    if parts.password:
        remember(parts.username)


def redact(text: str, extra: Iterable[str | None] = ()) -> str:
    """``text`` with every known secret, ``extra`` ones and URL user-info masked."""
    with _lock:
        known = set(_secrets)
        any_case = _any_case
    known.update(s for s in extra if s and len(s) >= _MIN_SECRET)
    for secret in sorted(known, key=len, reverse=True):
        text = text.replace(secret, MASK)
    if any_case is not None:
        text = any_case.sub(MASK, text)
    return _USERINFO.sub(lambda m: f"{m['scheme']}{MASK}@", text)


class _RedactingRecords:
    """A log-record factory that masks the formatted message (and traceback) of every record,
    whichever logger or handler it goes to."""

    def __init__(self, factory: Any):
        self.factory = factory

    def __call__(self, *args: Any, **kwargs: Any) -> logging.LogRecord:
        record = self.factory(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call: leave it to logging to report
            return record
        record.msg, record.args = redact(message), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return record


def install_log_redaction() -> None:
    """Mask secrets in every log record made from now on (idempotent)."""
    global _installed
    with _lock:
        if _installed:
            return
        logging.setLogRecordFactory(_RedactingRecords(logging.getLogRecordFactory()))
        _installed = True
