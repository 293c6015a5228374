"""Text that can be written: every string that enters from outside (a JSON record, a file
name, a browser) may hold a lone surrogate ("\\ud800" with no partner, or a byte of a
non-UTF-8 file name), which no UTF-8 writer accepts. :func:`whole` makes each one U+FFFD,
character for character, so offsets into the text stay what they were."""

from __future__ import annotations


def whole(text: str) -> str:
    """``text`` with every lone surrogate made U+FFFD (the same length)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    return text
