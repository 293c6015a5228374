"""Turning sources (files, folders, records, URLs, feeds) into indexed articles."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def sample_path() -> Path:
    """The bundled sample coverage (a TASS report of 21 November 2017), a folder."""
    return Path(str(resources.files("assistant") / "sample_data"))
