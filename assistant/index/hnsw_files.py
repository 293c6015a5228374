"""Clear the slots a local Chroma vector index has reserved but not used.

Chroma's vector index (its fork of hnswlib) reserves room for ``max_elements`` vectors when it
creates a segment and writes that whole reservation to ``data_level0.bin`` (one record per
vector) and ``length.bin`` (one float per vector) straight from ``malloc``'d memory it never
clears. The slots past ``cur_element_count`` therefore hold whatever the process had freed
before: pointers, and sometimes pieces of article text, a deleted one's included. Later
writes only touch used slots, so the residue stays until a vector lands there.

:func:`clear_unused_slots` overwrites those unused slots with zeros, reading the counts from
the segment's ``header.bin``. It changes no used slot, so the index reads exactly as before.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

# header.bin, as persistHeader writes it: a version (int), then offsetLevel0, max_elements,
# cur_element_count, size_data_per_element (each a size_t). Only these are read.
_HEADER = struct.Struct("<iQQQQ")
_VERSION = 1
_LENGTH_BYTES = 4  # one float per slot


def _zero_from(path: Path, start: int) -> int:
    """Overwrite ``path`` with zeros from byte ``start`` to its end; the bytes that were not
    zero already (0 when the tail was clean or the file is shorter)."""
    size = path.stat().st_size
    if start >= size:
        return 0
    with path.open("r+b") as f:
        f.seek(start)
        tail = f.read(size - start)
        dirty = len(tail) - tail.count(0)
        if dirty:
            f.seek(start)
            f.write(bytes(size - start))
            f.flush()
            os.fsync(f.fileno())
    return dirty


def _header(segment: Path) -> tuple[int, int, int, int] | None:
    """``(offsetLevel0, max_elements, cur_element_count, size_data_per_element)`` of a
    vector-index folder's ``header.bin``; None when it is missing, short or of another
    version."""
    header = segment / "header.bin"
    if not header.is_file() or header.stat().st_size < _HEADER.size:
        return None
    version, *fields = _HEADER.unpack(header.read_bytes()[:_HEADER.size])
    return (fields[0], fields[1], fields[2], fields[3]) if version == _VERSION else None


def saved_elements(segment: Path) -> int | None:
    """How many vectors the saved index of one vector-index folder holds (deleted ones
    included), or None when it has no readable header (nothing saved yet)."""
    read = _header(segment)
    return None if read is None else int(read[2])


def clear_unused_slots(segment: Path) -> int:
    """Zero the reserved, unused slots of one vector-index folder; the number of non-zero
    bytes cleared. A folder whose header is missing, of another version or inconsistent is
    left untouched (0): better a residue than a broken index."""
    read = _header(segment)
    if read is None:
        return 0
    offset0, capacity, used, record = read
    if offset0 != 0 or record <= 0 or used > capacity:
        return 0
    cleared = 0
    data, lengths = segment / "data_level0.bin", segment / "length.bin"
    if data.is_file():
        cleared += _zero_from(data, used * record)
    if lengths.is_file():
        cleared += _zero_from(lengths, used * _LENGTH_BYTES)
    return cleared
