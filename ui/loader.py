"""Load the documents folder once per state of the folder.

The cache key includes ``data_loader.fingerprint(raw_dir)`` (names, sizes and
modification times), so a file added, changed or removed in the folder is picked
up on the next rerun without restarting the server.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

import data_loader
from data_loader import Tables
from data_loader.settings import raw_dir as default_raw_dir


@st.cache_data(show_spinner="Reading the documents…", max_entries=4)
def _load(folder: str, fingerprint: str) -> Tables:  # noqa: ARG001 - the fingerprint is the cache key
    # Looked up on the module at call time so tests can substitute the loader.
    return data_loader.load_corpus(folder)


def load(folder: Path | None = None) -> tuple[Path, Tables]:
    """The documents folder and its tables (raises ``FileNotFoundError`` if it is missing)."""
    folder = Path(folder) if folder is not None else default_raw_dir()
    if not folder.is_dir():
        raise FileNotFoundError(str(folder))
    return folder, _load(str(folder), data_loader.fingerprint(folder))
