"""The errors newsqa raises on purpose.

    NewsQAError                 anything the user can fix or should know about
    ├── ConfigError             a setting or flag has a value that cannot work
    ├── SourceError             one input (file, record, URL) could not be read
    │   └── UnsupportedSource   the input's type is not one we load
    ├── StoreError              the index on disk (or the Chroma server) failed
    │   └── NotFound            an article id (or a start of one) naming no article, or several
    ├── BackendError            a generator (LLM) failed, timed out, or talked nonsense
    └── PromptError             a prompt template is missing or rendered without a variable

The CLI prints any of these as one line; anything else is a bug and keeps its
traceback.
"""

from __future__ import annotations


class NewsQAError(Exception):
    """Base class: an error with a message meant for the user."""


class ConfigError(NewsQAError):
    """A setting or flag has a value that cannot work."""


class SourceError(NewsQAError):
    """One input could not be read. ``source`` names it (a path, path:line, or URL)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UnsupportedSource(SourceError):
    """The input exists but is not a kind of file or URL that we load."""


class StoreError(NewsQAError):
    """The index on disk, or the Chroma server, failed."""


class NotFound(StoreError):
    """An article id, or a start of one, that names no indexed article (or, a start, more
    than one: the message lists them)."""


class BackendError(NewsQAError):
    """A generator backend failed, timed out, or returned something unusable."""


class PromptError(NewsQAError):
    """A prompt template is missing, malformed, or rendered without a variable."""
