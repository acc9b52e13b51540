"""Load the documents folder once per state of the folder.

The cache key includes ``data_loader.fingerprint(raw_dir)`` (names, sizes and
modification times of the files, and the registries' content), so a file added,
changed or removed in the folder is picked up on a rerun a second later at most,
without restarting the server.
"""

from __future__ import annotations

import time
from pathlib import Path

import streamlit as st

import data_loader
from data_loader import Tables
from data_loader.settings import raw_dir as default_raw_dir


@st.cache_resource(show_spinner="Reading the documents…", max_entries=1)
def _load(folder: str, fingerprint: str) -> Tables:  # noqa: ARG001 - the fingerprint is the cache key
    """One shared, read-only set of tables per state of the folder. ``cache_resource`` hands every
    rerun the same object instead of a copy (pages only read the tables; filtering builds new frames),
    which keeps a filter change fast on a large corpus. One entry: the tables of an earlier state of
    the folder are of no use once it has changed (see ``load``)."""
    # Looked up on the module at call time so tests can substitute the loader.
    return data_loader.load_corpus(folder)


#: folder -> (monotonic time, fingerprint): scanning a folder of tens of thousands of files on every
#: rerun costs more than the rest of a filter change, so the scan is reused for FINGERPRINT_TTL seconds.
_FINGERPRINTS: dict[str, tuple[float, str]] = {}
FINGERPRINT_TTL = 1.0


def _fingerprint(folder: Path) -> str:
    key = str(folder)
    now = time.monotonic()
    seen = _FINGERPRINTS.get(key)
    if seen is None or now - seen[0] > FINGERPRINT_TTL:
        seen = (now, data_loader.fingerprint(folder))
        _FINGERPRINTS[key] = seen
    return seen[1]


def invalidate(folder: Path | None = None) -> None:
    """Forget the folder's last scan, so the next load sees a file just saved (the upload page)."""
    if folder is None:
        _FINGERPRINTS.clear()
    else:
        _FINGERPRINTS.pop(str(Path(folder)), None)


def load(folder: Path | None = None) -> tuple[Path, Tables]:
    """The documents folder and its tables (raises ``FileNotFoundError`` if it is missing)."""
    folder = Path(folder) if folder is not None else default_raw_dir()
    if not folder.is_dir():
        raise FileNotFoundError(str(folder))
    fingerprint = _fingerprint(folder)
    if _LOADED.get(str(folder), fingerprint) != fingerprint:
        # the folder changed: let the old tables go before the new ones are built, not after (at
        # 50,000 documents a rebuild beside the old tables took the server past 1.5 GB)
        _load.clear()
    _LOADED[str(folder)] = fingerprint
    return folder, _load(str(folder), fingerprint)


#: folder -> fingerprint of the tables last handed out
_LOADED: dict[str, str] = {}
