"""Load the documents folder once per state of the folder.

The cache key includes ``data_loader.fingerprint(raw_dir)`` (names, sizes and
modification times of the files, and the registries' content), so a file added,
changed or removed in the folder is picked up on the next rerun, without restarting
the server. The folder is listed again only when the operating system reports a change
under it (``data_loader.load.folder_watch``), or every second where it cannot.
"""

from __future__ import annotations

import threading
from pathlib import Path

import streamlit as st

import data_loader
from data_loader import Tables
from data_loader.load.folder_watch import FolderWatch
from data_loader.lookup.registries import REGISTRY_DIR
from data_loader.settings import raw_dir as default_raw_dir


@st.cache_resource(show_spinner="Reading the documents…", max_entries=1)
def _load(folder: str, fingerprint: str) -> Tables:  # noqa: ARG001 - the fingerprint is the cache key
    """One shared, read-only set of tables per state of the folder. ``cache_resource`` hands every
    rerun the same object instead of a copy (pages only read the tables; filtering builds new frames),
    which keeps a filter change fast on a large corpus. One entry: the tables of an earlier state of
    the folder are of no use once it has changed (see ``load``)."""
    # Looked up on the module at call time so tests can substitute the loader.
    return data_loader.load_corpus(folder)


#: folder -> its watch: the folder is listed again only when the operating system reports a change
#: (listing 10,000 files on every rerun cost more than the rest of a filter change), or every second
#: where changes cannot be watched (see data_loader.load.folder_watch)
_WATCHES: dict[str, FolderWatch] = {}
MAX_WATCHES = 4
_WATCHES_LOCK = threading.Lock()


def _fingerprint(folder: Path) -> str:
    key = str(folder)
    with _WATCHES_LOCK:
        watch = _WATCHES.get(key)
        if watch is None:
            while len(_WATCHES) >= MAX_WATCHES:  # each watch holds an inotify instance (128 per user)
                _WATCHES.pop(next(iter(_WATCHES))).stop()
            watch = _WATCHES[key] = FolderWatch(folder, data_loader.fingerprint, also=(REGISTRY_DIR,))
    return watch.fingerprint()


def invalidate(folder: Path | None = None) -> None:
    """List the folder again on the next load, so it sees a file just saved (the upload page)."""
    with _WATCHES_LOCK:
        watches = list(_WATCHES.values()) if folder is None else [w for k, w in _WATCHES.items()
                                                                  if k == str(Path(folder))]
    for watch in watches:
        watch.forget()


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
