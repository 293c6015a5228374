"""Outlet icons for source cards, read from a folder on disk and never fetched.

An icon is a file named after the outlet (``cnn.com.png``, ``tass.com.ico``; a leading
``www.`` and letter case do not matter) in ``ui.favicons_dir`` (default
``DATA_DIR/favicons``). It is inlined as a ``data:`` URI, so the page loads nothing from
anywhere, and the server serves no extra files. An outlet without one gets a lettered badge
(:func:`assistant.ui.cards.badge`).
"""

from __future__ import annotations

import base64
import threading
from pathlib import Path

from assistant.index.catalog import outlet_key

MAX_BYTES = 64_000
TYPES = {".png": "image/png", ".ico": "image/x-icon", ".svg": "image/svg+xml",
         ".gif": "image/gif", ".webp": "image/webp", ".jpg": "image/jpeg"}


class Favicons:
    """``icons(outlet)`` → a ``data:`` URI or None. Looked up once per outlet and file state,
    so adding an icon to the folder shows it without a restart."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._cache: dict[tuple[str, tuple[float, ...]], str | None] = {}
        self._lock = threading.Lock()

    def _files(self, key: str) -> list[Path]:
        return [self.folder / f"{key}{ext}" for ext in TYPES]

    def __call__(self, outlet: str) -> str | None:
        key = outlet_key(outlet)
        if not key or "/" in key or key.startswith("."):
            return None
        files = self._files(key)
        state = tuple(p.stat().st_mtime if p.is_file() else -1.0 for p in files)
        with self._lock:
            if (key, state) not in self._cache:
                self._cache[(key, state)] = self._read(files)
            return self._cache[(key, state)]

    @staticmethod
    def _read(files: list[Path]) -> str | None:
        for path in files:
            try:
                if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_BYTES:
                    continue
                data = path.read_bytes()
            except OSError:
                continue
            if data:
                return f"data:{TYPES[path.suffix]};base64,{base64.b64encode(data).decode()}"
        return None
