"""Reading input files safely: size, emptiness, binary content and encoding are checked."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator
from pathlib import Path

from assistant.errors import SourceError

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
RECORD_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
SIDECAR = ".meta.json"


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR)


def orphan_reason(sidecar: Path) -> str | None:
    """Why a metadata sidecar will not be read, or None when its article file is beside it:
    ``story.md.meta.json`` belongs to ``story.md``."""
    stem = sidecar.name[: -len(SIDECAR)]
    if stem and (sidecar.parent / stem).is_file():
        return None
    # "side.meta.json" beside "side.md": the name it should have
    near = sorted(p.name for p in sidecar.parent.glob(f"{stem}.*")
                  if stem and p.is_file() and not is_sidecar(p))
    hint = (f"; for {near[0]} name it {near[0]}{SIDECAR}" if near
            else f" (story.md{SIDECAR} goes with story.md)")
    return f"metadata sidecar of no article file here, so it was not read{hint}"


def missing_reason(path: Path) -> str:
    """Why ``path`` cannot be opened although it was named: a looping or broken symbolic
    link reads as "no such file" to ``Path.exists``, which would send the user hunting."""
    if path.is_symlink():
        try:
            os.stat(path)
        except OSError as e:
            if e.errno == errno.ELOOP:
                return "symbolic link loop (the link points back to itself)"
            return f"broken symbolic link (it points to {os.readlink(path)}, which does not exist)"
    return "no such file or folder"


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, or a :class:`SourceError` that says what is wrong with it."""
    src = str(path)
    if not path.exists():
        raise SourceError(src, missing_reason(path))
    if not path.is_file():
        raise SourceError(src, "not a regular file")
    size = path.stat().st_size
    if size > max_bytes:
        raise SourceError(src, f"too large ({size / 1e6:.1f} MB > {max_bytes / 1e6:.1f} MB limit)")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise SourceError(src, f"cannot read ({e.strerror or e})") from e
    if not data.strip():
        raise SourceError(src, "empty file")
    if b"\x00" in data[:8192]:
        raise SourceError(src, "binary data, not text")
    return data


def decode_text(data: bytes, source: str) -> str:
    """Strict UTF-8 (a BOM is allowed): a wrongly decoded article would cite garbage."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise SourceError(
            source, f"not UTF-8 text (byte 0x{data[e.start]:02x} at offset {e.start})"
        ) from e


def read_sidecar(path: Path) -> dict[str, object]:
    """Metadata from ``NAME.meta.json`` beside a file, if present."""
    side = path.with_name(path.name + SIDECAR)
    if not side.is_file():
        return {}
    try:
        meta = json.loads(side.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise SourceError(str(side), f"malformed metadata sidecar ({e})") from e
    except RecursionError as e:
        raise SourceError(str(side), "malformed metadata sidecar (nested too deeply)") from e
    if not isinstance(meta, dict):
        raise SourceError(str(side), "metadata sidecar must be a JSON object")
    return meta


def _hidden(path: Path, folder: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(folder).parts)


def sidecars(folder: Path) -> Iterator[Path]:
    """Every metadata sidecar below ``folder``, sorted, skipping hidden entries."""
    for path in sorted(folder.rglob(f"*{SIDECAR}")):
        if path.is_file() and not _hidden(path, folder):
            yield path


def walk(folder: Path) -> Iterator[Path]:
    """Every file below ``folder``, sorted, skipping hidden entries and sidecars. A symbolic
    link that leads nowhere is yielded too, so that reading it reports why."""
    for path in sorted(folder.rglob("*")):
        if _hidden(path, folder):
            continue
        dangling = path.is_symlink() and not path.exists()
        if (path.is_file() or dangling) and not is_sidecar(path):
            yield path
